"""Refresh speed against the physical limit: `make bench` (or python benchmarks/bench.py).

A stand-in GitHub API answers every request after 100 ms; the user owns 150 repositories and
30 are shown. Measures a cold build and a warm rebuild as real `showcase build` processes
(start-up included), counts requests and what GitHub would charge, compares with a sequential
client (requests × latency), renders 1,000 projects, and prints ratios against the targets.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from fake_github import FakeGitHub  # noqa: E402

LATENCY = 0.100
REPOS = 150
SHOWN = 30
TARGETS = {"cold_s": 2.5, "warm_charged": 0, "render_1000_s": 1.5, "peak_mb": 150}

CONFIG = f"""\
basics:
  name: Bench Mark
  profiles: [{{network: GitHub, username: bench}}]
showcase:
  discover: {{limit: {SHOWN}}}
"""


def populate(api: FakeGitHub) -> None:
    api.add_user("bench", name="Bench Mark", followers=10)
    for i in range(REPOS):
        api.add_repo(
            "bench",
            f"project-{i:03d}",
            stars=(i * 37) % 500,
            language="Python",
            languages={"Python": 10_000 + i, "Shell": 100},
            description=f"Project {i}",
            readme=f"# project-{i:03d}\n\n[![ci](https://img.shields.io/x)](x)\n\nProject {i} does one thing well.\n",
            releases=[{"tag_name": f"v{i}.0"}] if i % 3 == 0 else [],
            pushed_at=f"2026-{1 + i % 12:02d}-01T00:00:00Z",
        )


def run_build(config: Path, env: dict[str, str]) -> tuple[float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "showcase", "build", "-c", str(config)], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"build failed:\n{done.stderr}")
    peak_kb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return elapsed, peak_kb


def render_projects(count: int = 1000) -> float:
    from showcase.merge import merge
    from showcase.models import Resume
    from showcase.render import render_all
    from showcase.snapshot import Readme, RepoData, Snapshot

    repos = {
        f"me/p{i}": RepoData(
            full_name=f"me/p{i}",
            name=f"p{i}",
            owner="me",
            html_url=f"https://github.com/me/p{i}",
            stars=i,
            language="Rust",
            languages={"Rust": 1000, "C": i},
            topics=["a", "b"],
            detailed=True,
            readme=Readme(path="README.md", excerpt=f"Project {i} is a thing that does things. " * 3),
        )
        for i in range(count)
    }
    resume = Resume.model_validate(
        {
            "basics": {"name": "Me"},
            "projects": [{"name": f"p{i}", "repo": f"me/p{i}", "highlights": ["x"]} for i in range(count)],
            "showcase": {"github": "me"},
        }
    )
    started = time.perf_counter()
    profile, _ = merge(resume, Snapshot(repos=repos))
    outputs = render_all(profile, resume.showcase)
    elapsed = time.perf_counter() - started
    assert sum(path.endswith(".md") for path in outputs) == count + 1  # README + a page each
    return elapsed


def main() -> None:
    with FakeGitHub(latency=LATENCY) as api, tempfile.TemporaryDirectory() as tmp:
        populate(api)
        config = Path(tmp) / "site" / "showcase.yaml"
        config.parent.mkdir()
        config.write_text(CONFIG)
        env = {
            **os.environ,
            "GITHUB_API_URL": api.base_url,
            "GH_TOKEN": "bench-token",
            "SHOWCASE_CACHE_DIR": str(Path(tmp) / "cache"),
            "NO_COLOR": "1",
        }
        cold_s, cold_kb = run_build(config, env)
        cold_requests, cold_charged = len(api.log), api.charged
        api.reset_log()
        warm_s, warm_kb = run_build(config, env)
        warm_requests, warm_charged = len(api.log), api.charged
    render_s = render_projects()
    sequential = cold_requests * LATENCY
    peak_mb = max(cold_kb, warm_kb) / 1024
    rows = [
        ("cold build, wall (incl. start-up)", f"{cold_s:.2f} s", f"{cold_s / TARGETS['cold_s']:.2f}× of 2.5 s target"),
        (
            "  requests / charged",
            f"{cold_requests} / {cold_charged}",
            f"budget 1 + 2 pages + 3×{SHOWN} = {3 + 3 * SHOWN}",
        ),
        ("  sequential client would need", f"{sequential:.1f} s", f"showcase takes {cold_s / sequential:.2f}× of that"),
        ("  round trips' worth of wall time", f"{cold_s / LATENCY:.1f}", f"vs {cold_requests} requests"),
        ("warm rebuild, wall", f"{warm_s:.2f} s", f"{warm_s / cold_s:.2f}× of cold"),
        ("  requests / charged", f"{warm_requests} / {warm_charged}", "target: 0 charged"),
        ("render 1,000 projects", f"{render_s:.2f} s", f"{render_s / TARGETS['render_1000_s']:.2f}× of 1.5 s target"),
        ("peak memory of a build", f"{peak_mb:.0f} MB", f"{peak_mb / TARGETS['peak_mb']:.2f}× of 150 MB target"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"latency {LATENCY * 1000:.0f} ms per answer, {REPOS} repositories, {SHOWN} shown\n")
    for name, value, ratio in rows:
        print(f"{name:<{width}}  {value:>12}   {ratio}")
    ok = (
        cold_s <= TARGETS["cold_s"]
        and warm_charged == 0
        and render_s <= TARGETS["render_1000_s"]
        and peak_mb <= TARGETS["peak_mb"]
    )
    print("\nall targets met" if ok else "\nSOME TARGETS MISSED")


if __name__ == "__main__":
    main()
