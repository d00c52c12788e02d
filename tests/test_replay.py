"""Whole builds against recorded real api.github.com answers (tests/replay/exchanges.json: public
recordings of PyGithub, github3.py and octokit.rb, each with its provenance)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TOKEN
from replay_github import RECORDINGS, ReplayGitHub

from showcase import api as showcase
from showcase.client import ClientOptions
from showcase.errors import FetchError

CONFIG = """\
basics: {name: Donald Stufft}
projects:
  - {name: netlib, repo: dstufft/netlib}
  - {name: requests, repo: kennethreitz/requests}
  - {name: gone, repo: dstufft/does-not-exist}
showcase:
  github: dstufft
  discover: {limit: 0}  # the recordings hold details for the curated repositories only
  outputs: {html: true}
"""


@pytest.fixture
def replay():
    with ReplayGitHub() as server:
        yield server


@pytest.fixture
def profile(tmp_path) -> Path:
    config = tmp_path / "showcase.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    return config


def options(replay: ReplayGitHub, tmp_path: Path) -> ClientOptions:
    return ClientOptions(
        api_url=replay.base_url, token=TOKEN, cache_dir=tmp_path / "cache", max_sleep=0.05, backoff=0.01, graphql=False
    )


def test_every_fixture_keeps_its_provenance():
    for exchange in RECORDINGS["exchanges"]:
        source = exchange["provenance"]
        assert source["repository"] in RECORDINGS["sources"] and len(source["commit"]) == 40
        assert source["file"] and source["recorded_url"].startswith("https://")


def test_cold_build_of_a_real_profile(replay, profile, tmp_path):
    result = showcase.build(profile, options=options(replay, tmp_path))
    readme = (tmp_path / "README.md").read_text()
    assert "projects/netlib.md" in readme and "projects/requests.md" in readme
    snapshot = json.loads((tmp_path / ".showcase" / "snapshot.json").read_text())
    assert len(snapshot["repos"]) >= 200  # all three real pages
    assert result.requests == replay.counted()


def test_a_draft_is_never_the_latest_release(replay, profile, tmp_path):
    showcase.build(profile, options=options(replay, tmp_path))
    for path in ("README.md", "projects/netlib.md", "site/index.html", "site/projects/netlib.html"):
        text = (tmp_path / path).read_text()
        assert "untagged-" not in text and "Test Get Release" not in text, path
    assert "test-tag" in (tmp_path / "projects" / "netlib.md").read_text()


def test_a_forks_language_comes_from_its_byte_breakdown(replay, profile, tmp_path):
    showcase.build(profile, options=options(replay, tmp_path))
    snapshot = json.loads((tmp_path / ".showcase" / "snapshot.json").read_text())
    assert snapshot["repos"]["dstufft/netlib"]["language"] == "Python"  # 99.5 % of its bytes
    assert "Python" in (tmp_path / "projects" / "netlib.md").read_text()


def test_a_renamed_repository_is_named_once_and_asked_for_by_its_new_name(replay, profile, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "showcase", "build", "--rest", "-c", str(profile)],
        env={
            "GITHUB_API_URL": replay.base_url,
            "GH_TOKEN": TOKEN,
            "SHOWCASE_CACHE_DIR": str(tmp_path / "cache"),
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "requests/requests" in line]
    assert len(warnings) == 1 and "kennethreitz/requests" in warnings[0]
    assert "showcase.yaml:4" in warnings[0]  # the config line to change
    assert "Following Github server redirection" not in done.stderr
    replay.log.clear()
    showcase.build(profile, options=options(replay, tmp_path))
    assert not [s for s in replay.log if s.path.startswith("/repos/kennethreitz/")]  # remembered


def test_every_304_is_counted_once_and_printed_once(replay, profile, tmp_path):
    showcase.build(profile, options=options(replay, tmp_path))
    replay.log.clear()
    lines: list[str] = []
    opts = options(replay, tmp_path)
    opts.log = lines.append
    result = showcase.build(profile, options=opts)
    assert result.requests == replay.counted()
    assert result.not_modified == replay.counted(304)
    assert len(lines) == len(replay.log)
    assert len({line for line in lines}) == len(lines)  # each URL once


def test_verbose_prints_each_request_once_with_its_status(replay, profile, tmp_path):
    env = {
        "GITHUB_API_URL": replay.base_url,
        "GH_TOKEN": TOKEN,
        "SHOWCASE_CACHE_DIR": str(tmp_path / "cache"),
        "PATH": "/usr/bin:/bin",
    }
    for run in ("cold", "warm"):
        replay.log.clear()
        done = subprocess.run(
            [sys.executable, "-m", "showcase", "build", "--rest", "-v", "-c", str(profile)],
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        requests = [line for line in done.stderr.splitlines() if line.startswith("GET ")]
        assert len(requests) == len(replay.log) == len(set(requests)), (run, requests)
        assert sorted(int(line.rsplit(" ", 1)[-1]) for line in requests) == sorted(s.status for s in replay.log)
        summary = next(line for line in done.stderr.splitlines() if line.startswith("fetched:"))
        assert f"{len(replay.log)} requests" in summary and f"{replay.counted(304)} unchanged" in summary


def test_a_real_rate_limit_with_a_token_does_not_say_set_a_token(replay, profile, tmp_path):
    replay.scenario = "rate-limited"
    with pytest.raises(FetchError) as failed:
        showcase.build(profile, options=options(replay, tmp_path))
    assert "rate limit" in failed.value.message
    assert "set GH_TOKEN" not in (failed.value.hint or "")


def test_a_release_published_after_the_last_push_appears_for_free(replay, profile, tmp_path):
    showcase.build(profile, options=options(replay, tmp_path))
    recorded = next(e for e in RECORDINGS["exchanges"] if e["path"] == "/repos/dstufft/netlib/releases")
    releases = json.loads(recorded["body"])
    published = {
        **releases[-1],
        "tag_name": "v9.9",
        "name": "Nine",
        "published_at": "2026-11-20T00:00:00Z",
        "html_url": releases[-1]["html_url"].replace("test-tag", "v9.9"),
    }
    # The tag was pushed long ago; publishing its release doesn't move pushed_at.
    replay.overrides["/repos/dstufft/netlib/releases"] = json.dumps([published, *releases])
    showcase.build(profile, options=options(replay, tmp_path))
    assert "v9.9" in (tmp_path / "projects" / "netlib.md").read_text()
    replay.log.clear()
    result = showcase.build(profile, options=options(replay, tmp_path))
    assert not result.changed and replay.counted() == replay.counted(304)  # nothing changed: all free


def test_descriptions_lose_trailing_white_space(replay, profile, tmp_path):
    showcase.build(profile, options=options(replay, tmp_path))
    snapshot = json.loads((tmp_path / ".showcase" / "snapshot.json").read_text())
    assert (
        snapshot["repos"]["dstufft/python-guide"]["description"]
        == "Python best practices guidebook, written in Sphinx."
    )
    assert "  " not in snapshot["repos"]["dstufft/oh-my-zsh"]["description"]


def test_the_older_readme_answer_still_links_the_readme(replay, profile, tmp_path):
    showcase.build(profile, options=options(replay, tmp_path))
    snapshot = json.loads((tmp_path / ".showcase" / "snapshot.json").read_text())
    assert snapshot["repos"]["dstufft/netlib"]["readme"]["html_url"].endswith("/blob/master/ReadMe.md")


def test_requests_carry_the_headers_github_asks_for(replay, profile, tmp_path):
    showcase.build(profile, options=options(replay, tmp_path))
    for served in replay.log:
        assert served.headers.get("accept") == "application/vnd.github+json", served
        assert served.headers.get("x-github-api-version") == "2022-11-28", served


def test_a_deleted_repository_is_a_warning_not_a_failure(replay, profile, tmp_path):
    result = showcase.build(profile, options=options(replay, tmp_path))
    snapshot = json.loads((tmp_path / ".showcase" / "snapshot.json").read_text())
    assert "dstufft/does-not-exist" in snapshot["missing"]
    assert result.warnings is not None
