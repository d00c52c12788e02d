"""The wheel carries the templates and the example: build it, install it in a fresh venv, render."""

from __future__ import annotations

import subprocess
import sys
import venv

from conftest import ROOT


def test_wheel_installs_and_renders_the_demo(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = dist.glob("gh_showcase-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    out = tmp_path / "demo"
    # Run from an unrelated folder so nothing can be found through the source checkout.
    done = subprocess.run(
        [str(env_dir / "bin" / "showcase"), "demo", "-o", str(out)], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "**Software Engineer · Observability" in (out / "README.md").read_text()
    located = subprocess.run(
        [str(python), "-c", "import showcase.resources as r; print(r.templates_dir())"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert str(env_dir) in located.stdout
