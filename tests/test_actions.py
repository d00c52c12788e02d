"""The GitHub Action path: init, the generated workflow, zizmor, and a local replay of the
refresh steps against a bare remote."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, TOKEN
from typer.testing import CliRunner

from showcase import api as showcase
from showcase.cli import app
from showcase.init import COMMIT_SCRIPT, WORKFLOW

runner = CliRunner()


ACTION = "octo-tools/showcase@0123456789abcdef0123456789abcdef01234567"


def run_init(api, directory: Path, *extra: str, action: str | None = ACTION):
    env = {"GITHUB_API_URL": api.base_url, "GH_TOKEN": TOKEN, "SHOWCASE_CACHE_DIR": str(directory.parent / "cache")}
    pin = ["--action", action] if action else []
    return runner.invoke(app, ["init", "--user", "octo", "--dir", str(directory), *pin, *extra], env=env)


def test_init_writes_a_config_that_builds_without_edits(big_api, tmp_path, options):
    profile = tmp_path / "octo"
    result = run_init(big_api, profile)
    assert result.exit_code == 0, result.output
    config = (profile / "showcase.yaml").read_text()
    assert config.startswith("# yaml-language-server: $schema=showcase.schema.json\n")
    assert "repo: octo/zz-star" in config and "name: Octo Cat" in config
    showcase.build(profile / "showcase.yaml", options=options)
    readme = (profile / "README.md").read_text()
    assert "bio" in readme and "zz-star" in readme and "assets/stats.svg" in readme  # compact: hook, cards, projects


def test_second_init_leaves_an_edited_config_alone(big_api, tmp_path):
    profile = tmp_path / "octo"
    run_init(big_api, profile)
    (profile / "showcase.yaml").write_text("basics: {name: Edited}\n")
    result = run_init(big_api, profile)
    assert result.exit_code == 1 and "already exist; leaving them as they are" in result.output
    assert (profile / "showcase.yaml").read_text() == "basics: {name: Edited}\n"
    assert run_init(big_api, profile, "--force").exit_code == 0


def test_generated_workflow_pins_every_action_by_sha(big_api, tmp_path):
    profile = tmp_path / "octo"
    run_init(big_api, profile)
    workflow = yaml.safe_load((profile / WORKFLOW).read_text())
    steps = workflow["jobs"]["refresh"]["steps"]
    for step in steps:
        if "uses" in step:
            ref = step["uses"].split("@")[1]
            assert len(ref) == 40 and all(c in "0123456789abcdef" for c in ref), step["uses"]
    assert workflow["permissions"] == {} and workflow["jobs"]["refresh"]["permissions"] == {"contents": "write"}
    cron = workflow[True]["schedule"][0]["cron"] if True in workflow else workflow["on"]["schedule"][0]["cron"]
    assert not cron.startswith("0 ")


def test_generated_workflow_never_installs_a_package_by_name(big_api, tmp_path):
    """`showcase` on PyPI is somebody else's project: the workflow runs our action, pinned by SHA."""
    profile = tmp_path / "octo"
    assert run_init(big_api, profile).exit_code == 0
    text = (profile / WORKFLOW).read_text()
    assert "pip install" not in text and "showcase==" not in text
    steps = yaml.safe_load(text)["jobs"]["refresh"]["steps"]
    assert steps[-1]["uses"] == ACTION and steps[-1]["with"] == {"config": "showcase.yaml"}


@pytest.mark.parametrize(
    "bad", ["octo/showcase@main", "octo/showcase@v1.0.0", "octo/showcase@0123abc", "showcase@" + "a" * 40]
)
def test_init_refuses_an_action_not_pinned_by_full_sha(big_api, tmp_path, bad):
    result = run_init(big_api, tmp_path / "octo", action=bad)
    assert result.exit_code == 2 and "full 40-character commit SHA" in result.output
    assert not (tmp_path / "octo").exists()


def test_init_pins_the_commit_showcase_was_installed_from(monkeypatch):
    from showcase import init

    monkeypatch.setattr(init, "_checkout_ref", lambda folder: None)
    assert (
        init._github_ref("git+https://github.com/octo-tools/showcase.git", "a" * 40)
        == "octo-tools/showcase@" + "a" * 40
    )
    assert init._github_ref("git@github.com:octo-tools/showcase.git", "b" * 40) == "octo-tools/showcase@" + "b" * 40
    assert init._github_ref("https://example.com/octo/showcase", "a" * 40) is None
    assert init._github_ref("https://github.com/octo/showcase", "main") is None
    with pytest.raises(Exception) as unknown:
        init.resolve_action(None)
    assert "--action OWNER/showcase@FULL_COMMIT_SHA" in str(getattr(unknown.value, "hint", ""))


def zizmor() -> str:
    found = shutil.which("zizmor") or str(Path(os.sys.executable).parent / "zizmor")
    if not Path(found).exists():
        pytest.fail("zizmor is not installed (it is part of the test extras)")
    return found


def test_zizmor_is_clean_on_the_action_and_every_workflow(big_api, tmp_path):
    profile = tmp_path / "octo"
    run_init(big_api, profile)
    targets = [ROOT / "action.yml", *sorted((ROOT / ".github" / "workflows").glob("*.yml")), profile / WORKFLOW]
    done = subprocess.run([zizmor(), "--offline", *map(str, targets)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings to report" in done.stdout + done.stderr


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def replay(repo: Path, options) -> None:
    """The workflow's steps after checkout and install: build, then the commit step's script."""
    showcase.build(repo / "showcase.yaml", options=options)
    env = {**os.environ, "SHOWCASE_CONFIG": "showcase.yaml", "COMMIT_MESSAGE": "chore: refresh profile (showcase)"}
    env.pop("GITHUB_OUTPUT", None)
    subprocess.run(["bash", str(COMMIT_SCRIPT)], cwd=repo, env=env, check=True, capture_output=True)


def test_local_replay_commits_only_when_something_changed(big_api, tmp_path, options):
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", str(remote)], check=True)
    repo = tmp_path / "octo"
    subprocess.run(["git", "clone", "--quiet", str(remote), str(repo)], check=True, capture_output=True)
    git(repo, "config", "user.name", "t")
    git(repo, "config", "user.email", "t@example.com")
    run_init(big_api, tmp_path / "init")
    shutil.copy(tmp_path / "init" / "showcase.yaml", repo / "showcase.yaml")
    git(repo, "add", "showcase.yaml")
    git(repo, "commit", "--quiet", "-m", "config")
    git(repo, "push", "--quiet", "origin", "HEAD:main")

    def remote_commits() -> int:
        return int(git(remote, "rev-list", "--count", "main"))

    replay(repo, options)
    assert remote_commits() == 2  # the config, then the first refresh
    replay(repo, options)
    assert remote_commits() == 2  # nothing changed: no commit, no empty commit
    big_api.repos["octo/zz-star"].stars = 9100  # 5k → 9.1k: a visible change
    replay(repo, options)
    assert remote_commits() == 3
    assert "★ 9.1K" in git(remote, "show", "main:README.md")
