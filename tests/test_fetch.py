"""Fetch and build against the stand-in API: discovery, merge, caching, request budget, secrets."""

from __future__ import annotations

import json

import pytest
from conftest import TOKEN, tree_bytes

from showcase import api as showcase
from showcase.snapshot import SNAPSHOT_PATH


def snapshot_of(out):
    return json.loads((out / SNAPSHOT_PATH).read_text())


def test_build_shows_most_starred_including_one_only_on_page_two(big_api, big_config, options):
    showcase.build(big_config, options=options)
    readme = (big_config.parent / "README.md").read_text()
    assert "zz-star" in readme  # 5,000 stars, listed on page 2 only
    assert big_api.requests_to("/users/octo/repos")[-1].query["page"] == "2"
    assert "big-fork" not in readme and "old-archive" not in readme and "secret" not in readme
    shown = [line for line in readme.splitlines() if line.startswith("- **[")]
    assert len(shown) == 2 + 5  # two curated, five discovered (limit)


def test_curated_text_wins_and_live_fields_fill(big_api, big_config, options):
    showcase.build(big_config, options=options)
    readme = (big_config.parent / "README.md").read_text()
    assert (
        "**[The Curated One](https://github.com/octo/octo/blob/HEAD/projects/repo-010.md)** · Python · ★ 10<br>\n"
        "  Curated words win over live ones." in readme
    )
    page = (big_config.parent / "projects" / "repo-010.md").read_text()
    assert "A curated highlight" in page and "Repository number 10 does useful things." in page


def test_star_counts_and_release_on_pages(big_api, big_config, options):
    showcase.build(big_config, options=options)
    page = (big_config.parent / "projects" / "zz-star.md").read_text()
    assert "★ 5K" in page
    assert "[Two](https://github.com/octo/zz-star/releases/tag/v2.0.0) (v2.0.0) · *Mar 1, 2026*" in page
    assert "ZZ is a fast tool for stars." in page and "shields.io" not in page


def test_deleted_curated_repo_warns_and_keeps_curated_text(big_api, big_config, options):
    result = showcase.build(big_config, options=options)
    assert any("octo/deleted-repo: not found on GitHub" in w for w in result.warnings)
    assert "This one was deleted upstream." in (big_config.parent / "README.md").read_text()
    assert snapshot_of(big_config.parent)["missing"] == ["octo/deleted-repo"]


def test_cold_build_request_budget(big_api, big_config, options):
    showcase.build(big_config, options=options)
    # 1 user + 2 listing pages + 3 per shown repository (1 curated + 5 discovered); no fork shown;
    # and once, the curated repository the listing lacks: a 404 (gone) or a 301 (renamed)?
    assert big_api.charged == 1 + 2 + 3 * 6 + 1
    assert [s.status for s in big_api.requests_to("/repos/octo/deleted-repo")] == [404]
    big_api.reset_log()
    showcase.build(big_config, options=options)
    assert not big_api.requests_to("/repos/octo/deleted-repo")  # remembered as gone


def test_warm_rebuild_spends_no_rate_limit_and_writes_no_byte(big_api, big_config, options):
    showcase.build(big_config, options=options)
    before = tree_bytes(big_config.parent)
    # Every file but the run lock, which taking the lock may touch.
    mtimes = {p: p.stat().st_mtime_ns for p in big_config.parent.rglob("*") if p.is_file() and p.name != "lock"}
    big_api.reset_log()
    result = showcase.build(big_config, options=options)
    assert big_api.charged == 0
    # user + two listing pages + each shown repository's releases (a release can come without a push)
    assert [s.status for s in big_api.log] == [304] * (3 + 6)
    assert len(big_api.requests_to("/releases")) == 6
    assert not result.changed and not result.snapshot_written
    assert tree_bytes(big_config.parent) == before
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes


def test_a_push_refetches_only_that_repository(big_api, big_config, options):
    showcase.build(big_config, options=options)
    big_api.repos["octo/zz-star"].pushed_at = "2026-06-01T00:00:00Z"
    big_api.repos["octo/zz-star"].readme = "# zz\n\nZZ now explains itself better.\n"
    big_api.reset_log()
    showcase.build(big_config, options=options)
    detail_paths = {s.path for s in big_api.log if s.path.startswith("/repos/") and not s.path.endswith("/releases")}
    assert detail_paths == {"/repos/octo/zz-star/languages", "/repos/octo/zz-star/readme"}
    assert "ZZ now explains itself better." in (big_config.parent / "projects" / "zz-star.md").read_text()


def test_star_change_updates_snapshot_but_not_readme_when_insignificant(big_api, big_config, options):
    showcase.build(big_config, options=options)
    readme_before = (big_config.parent / "README.md").read_bytes()
    big_api.repos["octo/zz-star"].stars = 5003  # still "5k"
    result = showcase.build(big_config, options=options)
    assert result.snapshot_written
    assert (big_config.parent / "README.md").read_bytes() == readme_before


def test_fork_names_its_upstream(api, tmp_path, options):
    api.add_user("me")
    api.add_repo("me", "ss", fork=True, parent="shadowsocks/shadowsocks-rust", stars=3)
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nprojects:\n  - {name: ss, repo: me/ss}\nshowcase: {github: me}\n")
    showcase.build(config, options=options)
    readme = (tmp_path / "README.md").read_text()
    assert "fork of [shadowsocks/shadowsocks-rust](https://github.com/shadowsocks/shadowsocks-rust)" in readme
    assert len(api.requests_to("/repos/me/ss")) == 4  # the repo (for its parent) + 3 details


def test_curated_repo_of_another_owner_is_fetched(api, tmp_path, options):
    api.add_user("me")
    api.add_repo("some-org", "tool", stars=77, description="Org tool")
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nprojects:\n  - {name: Tool, repo: some-org/tool}\nshowcase: {github: me}\n")
    showcase.build(config, options=options)
    assert "★ 77" in (tmp_path / "README.md").read_text()


def test_token_appears_in_no_file_and_no_output(big_api, big_config, options, capfd):
    from typer.testing import CliRunner

    from showcase.cli import app

    runner = CliRunner()
    env = {
        "GH_TOKEN": TOKEN,
        "GITHUB_API_URL": big_api.base_url,
        "SHOWCASE_CACHE_DIR": str(options.cache_dir),
    }
    for _ in range(2):
        result = runner.invoke(app, ["build", "--verbose", "-c", str(big_config)], env=env)
        assert result.exit_code == 0, result.output
        assert "POST " in result.output and "/graphql" in result.output  # verbose really logged
        assert TOKEN not in result.output and "PLANTEDtoken" not in result.output
    assert all(seen.token == TOKEN for seen in big_api.log)  # it was really used
    for root in (big_config.parent, options.cache_dir):
        for name, data in tree_bytes(root).items():
            assert TOKEN.encode() not in data, name
            assert b"PLANTEDtoken" not in data, name
    captured = capfd.readouterr()
    assert TOKEN not in captured.out + captured.err


def test_hidden_field_appears_nowhere(big_api, big_config, options):
    showcase.build(big_config, options=options)
    for name, data in tree_bytes(big_config.parent).items():
        if name != "showcase.yaml":
            assert b"555-0100" not in data, name


def test_snapshot_is_sorted_and_has_no_fetch_time(big_api, big_config, options):
    showcase.build(big_config, options=options)
    text = (big_config.parent / SNAPSHOT_PATH).read_text()
    data = json.loads(text)
    assert list(data["repos"]) == sorted(data["repos"])
    assert json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n" == text
    assert "fetched" not in text and "timestamp" not in text


def test_fetch_writes_only_the_snapshot(big_api, big_config, options):
    showcase.fetch(big_config, options=options)
    # Besides the snapshot, only showcase's bookkeeping: the run lock and the .gitignore that keeps it out of git.
    assert sorted(tree_bytes(big_config.parent)) == [
        ".showcase/.gitignore",
        ".showcase/lock",
        ".showcase/snapshot.json",
        "showcase.yaml",
    ]


def test_badge_heavy_readme_gives_clean_prose_on_the_page(api, tmp_path, options):
    from conftest import SHARED

    readme = (SHARED / "data" / "readmes" / "tokio-rs__axum.md").read_text(encoding="utf-8")
    api.add_user("me")
    api.add_repo("me", "axum", stars=3, readme=readme)
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    showcase.build(config, options=options)
    page = (tmp_path / "projects" / "axum.md").read_text()
    assert "axum is an HTTP routing and request-handling library" in page
    for junk in ("shields.io", "[![", "<img", "```"):
        assert junk not in page


def test_rst_readme_is_read_as_rst(api, tmp_path, options):
    api.add_user("me")
    rst = "Tool\n====\n\n.. image:: https://x/b.svg\n\n``tool`` is a *small* thing for `docs <https://x>`_.\n"
    api.add_repo("me", "tool", readme=rst, readme_path="README.rst")
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    showcase.build(config, options=options)
    assert "tool is a small thing for docs." in (tmp_path / "projects" / "tool.md").read_text()


@pytest.mark.parametrize(
    "name, encoded",
    [
        ("utf16le", b"\xff\xfe" + "# Tool\n\nTool renders maps for hikers.\n".encode("utf-16-le")),
        ("utf16be", b"\xfe\xff" + "# Tool\n\nTool renders maps for hikers.\n".encode("utf-16-be")),
        ("utf8bom", b"\xef\xbb\xbf" + b"# Tool\n\nTool renders maps for hikers.\n"),
    ],
    ids=["utf-16-le", "utf-16-be", "utf-8-bom"],
)
def test_a_readme_saved_with_a_byte_order_mark_is_read(api, tmp_path, options, name, encoded):
    # Windows PowerShell's `>` writes UTF-16 with a byte order mark; GitHub shows such a README as text.
    api.add_user("me")
    api.add_repo("me", name, readme=encoded)
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    showcase.build(config, options=options)
    assert "Tool renders maps for hikers." in (tmp_path / "README.md").read_text()


def test_an_answer_without_etag_is_never_served_from_cache(api, tmp_path, options):
    """A cached body without a validator would be replayed forever; it must be asked again."""
    from fake_github import Fault

    api.add_user("me")
    api.add_repo("me", "r", stars=1)
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    api.fault = lambda i, m, p: (
        Fault(status=200, body={"login": "me", "name": "Cached Forever?"}) if p == "/users/me" else None
    )
    showcase.build(config, options=options)
    api.fault = None
    api.users["me"]["name"] = "Fresh Name"
    api.reset_log()
    showcase.build(config, options=options)
    assert [s.status for s in api.log if s.path == "/users/me"] == [200]
    assert json.loads((tmp_path / SNAPSHOT_PATH).read_text())["user"]["name"] == "Fresh Name"


def test_private_repositories_are_never_shown_even_when_the_token_sees_them(api, tmp_path, options):
    api.token_sees_private = True
    api.add_user("me")
    api.add_repo("me", "public-one", stars=1)
    api.add_repo("org", "hidden", stars=99, private=True, description="Private plans")
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nprojects:\n  - {name: Hidden, repo: org/hidden}\nshowcase: {github: me}\n")
    showcase.build(config, options=options)
    for name, data in tree_bytes(tmp_path).items():
        assert b"Private plans" not in data, name


def test_a_github_field_with_the_same_name_needs_no_line_in_fetch(monkeypatch):
    """DESIGN.md: adding a GitHub field touches answers.RepoAnswer, snapshot.RepoData, templates."""
    from showcase.answers import RepoAnswer, to_repo

    raw = RepoAnswer.model_validate(
        {
            "full_name": "me/r",
            "name": "r",
            "owner": {"login": "me"},
            "html_url": "h",
            "archived": True,
            "pushed_at": "2026-01-02T00:00:00Z",
            "fork": True,
            "language": "Go",
        }
    )
    repo = to_repo(raw)
    assert (repo.archived, repo.pushed_at, repo.fork, repo.language) == (True, "2026-01-02T00:00:00Z", True, "Go")
