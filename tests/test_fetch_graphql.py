"""Fetch through GitHub's GraphQL API (the path with a token), against the stand-in that executes
every query on GitHub's published schema: requests, points, refreshes, pins, READMEs, failures."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest
from conftest import populate_big_user, tree_bytes
from fake_github import Fault

from showcase import api as showcase
from showcase.errors import FetchError
from showcase.snapshot import SNAPSHOT_PATH


@pytest.fixture
def gql(options):
    return dataclasses.replace(options, graphql=True)


def snapshot_of(out):
    return json.loads((out / SNAPSHOT_PATH).read_text())


def test_a_cold_build_is_two_requests_and_two_points(big_api, big_config, gql):
    result = showcase.build(big_config, options=gql)
    assert [(s.method, s.path) for s in big_api.log] == [("POST", "/graphql")] * 2  # profile, details
    assert big_api.points == 2 and result.points == 2 and result.requests == 2
    readme = (big_config.parent / "README.md").read_text()
    assert "zz-star" in readme  # last by name: only the second end of the listing has it
    page = (big_config.parent / "projects" / "zz-star.md").read_text()
    assert "ZZ is a fast tool for stars." in page and "(v2.0.0)" in page


def test_graphql_and_rest_build_the_same_pages(big_api, tmp_path, big_config, options, gql):
    rest_out, graphql_out = tmp_path / "rest", tmp_path / "graphql"
    showcase.build(big_config, rest_out, options=options)
    showcase.build(big_config, graphql_out, options=dataclasses.replace(gql, cache_dir=tmp_path / "other"))
    rest, graph = tree_bytes(rest_out), tree_bytes(graphql_out)
    pages = [path for path in rest if path.startswith("projects/")]
    assert len(pages) == 7 and all(rest[path] == graph[path] for path in pages)
    assert rest["README.md"] == graph["README.md"]
    shown = ["octo/zz-star", "octo/repo-010"]
    for key in shown:
        one, other = snapshot_of(rest_out)["repos"][key], snapshot_of(graphql_out)["repos"][key]
        for field in ("stars", "languages", "latest_release", "topics", "description", "readme", "language"):
            assert one[field] == other[field], (key, field)


def test_a_refresh_with_nothing_changed_is_one_request_one_point_and_no_write(big_api, big_config, gql):
    showcase.build(big_config, options=gql)
    before = tree_bytes(big_config.parent)
    big_api.reset_log()
    result = showcase.build(big_config, options=gql)
    assert len(big_api.log) == 1 and big_api.points == 1
    assert not result.changed and tree_bytes(big_config.parent) == before


# Run in a fresh interpreter: this one imported the excerpt rules long ago.
QUIET_REFRESH = """
import sys
from pathlib import Path
from showcase import api
from showcase.client import ClientOptions
result = api.build(Path(sys.argv[1]), options=ClientOptions(api_url=sys.argv[2], token="t", cache_dir=Path(sys.argv[3])))
print(result.requests, *(name for name in ("showcase.excerpt", "feedparser") if name in sys.modules))
"""


def test_a_refresh_loads_the_excerpt_rules_only_to_read_a_readme(big_api, big_config, gql):
    """Importing them compiles a few hundred patterns (a fifth of start-up), and a quiet refresh,
    the common run on a cron, needs only their version; feedparser, only for a feed."""
    showcase.build(big_config, options=gql)
    argv = [str(big_config), big_api.base_url, str(gql.cache_dir)]
    quiet = subprocess.run([sys.executable, "-c", QUIET_REFRESH, *argv], capture_output=True, text=True, check=True)
    assert quiet.stdout.split() == ["1"]
    big_api.repos["octo/zz-star"].pushed_at = "2026-06-01T00:00:00Z"
    big_api.repos["octo/zz-star"].readme = "# zz\n\nZZ is now the fastest tool for stars.\n"
    pushed = subprocess.run([sys.executable, "-c", QUIET_REFRESH, *argv], capture_output=True, text=True, check=True)
    assert pushed.stdout.split() == ["2", "showcase.excerpt"]
    assert "now the fastest" in (big_config.parent / "projects" / "zz-star.md").read_text()


def test_a_push_asks_details_of_that_repository_only(big_api, big_config, gql):
    showcase.build(big_config, options=gql)
    big_api.repos["octo/zz-star"].pushed_at = "2026-06-01T00:00:00Z"
    big_api.repos["octo/zz-star"].readme = "# zz\n\nZZ is now the fastest tool for stars.\n"
    big_api.reset_log()
    showcase.build(big_config, options=gql)
    assert len(big_api.log) == 2  # profile, details (with the README.md text)
    details = big_api.queries[1]
    assert details.count("repository(owner:") == 1 and '"zz-star"' in details
    assert "now the fastest" in (big_config.parent / "projects" / "zz-star.md").read_text()


def test_a_release_for_an_old_tag_is_seen_without_a_push(big_api, big_config, gql):
    showcase.build(big_config, options=gql)
    big_api.repos["octo/zz-star"].releases.insert(
        0, {"tag_name": "v2.1.0", "name": "Two one", "published_at": "2026-04-01T00:00:00Z"}
    )
    big_api.reset_log()
    showcase.build(big_config, options=gql)
    assert len(big_api.log) == 1  # the listing carries the latest release
    assert "(v2.1.0)" in (big_config.parent / "projects" / "zz-star.md").read_text()


def test_more_than_two_hundred_repositories_page_by_cursor(api, tmp_path, gql):
    populate_big_user(api, count=254)
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Octo}\nshowcase: {github: octo}\n")
    showcase.build(config, options=gql)
    assert len(api.log) == 2 + 1  # profile (first and last 100), one page (the middle 50), details
    assert len(snapshot_of(tmp_path)["repos"]) == 253


def test_pinned_repositories_come_first(big_api, tmp_path, gql):
    big_api.add_repo("friend", "shared-work", stars=3, description="Pinned work in a friend's repository")
    big_api.users["octo"]["pinned"] = ["octo/repo-001", "friend/shared-work", "octo/secret"]
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Octo}\nshowcase: {github: octo, discover: {limit: 4}}\n")
    showcase.build(config, options=gql)
    readme = (tmp_path / "README.md").read_text()
    order = [name for name in ("repo-001", "shared-work", "zz-star", "repo-049") if name in readme]
    assert order == ["repo-001", "shared-work", "zz-star", "repo-049"]
    assert sorted(readme.index(name) for name in order) == [readme.index(name) for name in order]
    assert "secret" not in readme  # a private pin is never shown
    assert snapshot_of(tmp_path)["user"]["pinned"] == ["octo/repo-001", "friend/shared-work"]

    config.write_text("basics: {name: Octo}\nshowcase: {github: octo, discover: {limit: 4, pinned: false}}\n")
    showcase.build(config, options=gql)
    assert "repo-001" not in (tmp_path / "README.md").read_text()


@pytest.mark.parametrize("path", ["docs/Readme.rst", ".github/README.md", "README.markdown", "readme"])
def test_the_readme_is_found_by_its_real_name(api, tmp_path, gql, path):
    api.add_user("me")
    text = "Real words\n==========\n\nThe first real sentence is here.\n"
    api.add_repo("me", "tool", stars=1, readme=text, readme_path=path)
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    showcase.build(config, options=gql)
    readme = snapshot_of(tmp_path)["repos"]["me/tool"]["readme"]
    assert readme["path"] == path and "first real sentence" in readme["excerpt"]
    assert readme["html_url"] == f"https://github.com/me/tool/blob/main/{path}"


@pytest.mark.parametrize(("path", "link"), [("README.md", "Diaryx.md"), ("docs/README.md", "../guide/Diaryx.md")])
def test_a_readme_that_is_a_symbolic_link_is_read_where_it_points_as_over_rest(api, tmp_path, gql, options, path, link):
    """GitHub shows, and REST answers with, the file a README link points to; GraphQL's blob of the
    link holds only that file's path ("Diaryx.md"), which is no description."""
    api.add_user("me")
    text = "# Diaryx\n\nDiaryx is a space for important memories.\n"
    api.add_repo("me", "diaryx", stars=1, readme=text, readme_path=path, readme_link=link)
    built = {}
    for name, how in (("graphql", gql), ("rest", options)):
        (tmp_path / name).mkdir()
        config = tmp_path / name / "showcase.yaml"
        config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
        showcase.build(config, options=how)
        built[name] = snapshot_of(tmp_path / name)["repos"]["me/diaryx"]["readme"]
        if name == "graphql":  # profile, details (with a root README.md's text), [the link,] its target
            assert [s.path for s in api.log] == ["/graphql"] * (3 if path == "README.md" else 4)
    assert built["graphql"]["excerpt"] == "Diaryx is a space for important memories." == built["rest"]["excerpt"]
    assert built["graphql"]["path"] == path


@pytest.mark.parametrize("link", ["../../etc/passwd", "/etc/passwd", "..", "a\nb", "x" * 2000])
def test_a_readme_link_out_of_the_repository_is_not_followed(api, tmp_path, gql, link):
    api.add_user("me")
    api.add_repo("me", "odd", stars=1, readme="# Odd\n\nOdd words here.\n", readme_link=link)
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    showcase.build(config, options=gql)
    assert snapshot_of(tmp_path)["repos"]["me/odd"]["readme"]["excerpt"] == ""
    assert [s.path for s in api.log] == ["/graphql"] * 2  # profile, details: nothing more is asked


def test_a_readme_past_the_cap_gives_no_excerpt(api, tmp_path, gql):
    api.add_user("me")
    api.add_repo("me", "huge", stars=2, readme="# Huge\n\nWords. " + "word " * 200_000, readme_path="docs/README.md")
    api.add_repo("me", "small", stars=1, readme="# Small\n\nSmall and fine.\n", readme_path="docs/README.md")
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    result = showcase.build(config, options=gql)
    assert any("me/huge: README is 1,000,015 bytes; skipping its excerpt" in w for w in result.warnings)
    assert '"huge"' not in api.queries[-1] and '"small"' in api.queries[-1]  # asked apart: the small one only
    repos = snapshot_of(tmp_path)["repos"]
    assert repos["me/small"]["readme"]["excerpt"] == "Small and fine." and repos["me/huge"]["readme"]["excerpt"] == ""


def test_details_too_large_with_readme_texts_are_asked_again_without(api, tmp_path, gql):
    api.add_user("me")
    for name in ("huge-1", "huge-2"):
        api.add_repo("me", name, stars=5, readme="# Huge\n\n" + "word " * 2_000_000)  # 10 MB each
    api.add_repo("me", "small", stars=1, readme="# Small\n\nSmall and fine.\n")
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    result = showcase.build(config, options=dataclasses.replace(gql, max_bytes=16 * 1024 * 1024))
    assert any("came too large with README texts" in w for w in result.warnings)
    assert len(api.log) == 4  # profile, details (cut off at 16 MiB), details without texts, the small README
    repos = snapshot_of(tmp_path)["repos"]
    assert repos["me/small"]["readme"]["excerpt"] == "Small and fine." and repos["me/huge-1"]["readme"]["excerpt"] == ""


def test_a_missing_curated_repository_is_asked_once(big_api, big_config, gql):
    result = showcase.build(big_config, options=gql)
    assert any("octo/deleted-repo: not found on GitHub" in w for w in result.warnings)
    assert snapshot_of(big_config.parent)["missing"] == ["octo/deleted-repo"]
    big_api.reset_log()
    showcase.build(big_config, options=gql)
    assert len(big_api.log) == 1


def test_a_renamed_curated_repository_is_followed(big_api, big_config, gql):
    big_api.rename("octo/repo-010", "octo/repo-ten")
    result = showcase.build(big_config, options=gql)
    assert snapshot_of(big_config.parent)["renamed"] == {"octo/repo-010": "octo/repo-ten"}
    assert any("octo/repo-010" in w and "octo/repo-ten" in w for w in result.warnings)
    assert "Curated words win" in (big_config.parent / "README.md").read_text()


def test_without_graphql_the_rest_path_answers(big_api, big_config, gql):
    big_api.graphql = False  # an Enterprise Server without the endpoint
    result = showcase.build(big_config, options=gql)
    assert any(w.startswith("GraphQL: ") and w.endswith("using the REST API") for w in result.warnings)
    assert "zz-star" in (big_config.parent / "README.md").read_text()


def test_a_query_github_refuses_falls_back_to_rest(big_api, big_config, gql):
    refusal = {"errors": [{"message": "Field 'pinnedItems' doesn't exist on type 'User'", "extensions": {}}]}
    big_api.fault = lambda index, method, path: Fault(status=200, body=refusal) if method == "POST" else None
    result = showcase.build(big_config, options=gql)
    assert any("pinnedItems" in w and "using the REST API" in w for w in result.warnings)
    assert "zz-star" in (big_config.parent / "README.md").read_text()


def test_without_a_token_no_graphql_is_sent(big_api, big_config, gql):
    showcase.build(big_config, options=dataclasses.replace(gql, token=None))
    assert big_api.log and all(s.method == "GET" for s in big_api.log)


def test_an_exhausted_graphql_limit_is_one_clear_failure(big_api, big_config, gql):
    limited = {"data": None, "errors": [{"type": "RATE_LIMITED", "message": "API rate limit exceeded"}]}
    big_api.fault = lambda index, method, path: Fault(status=200, body=limited) if method == "POST" else None
    with pytest.raises(FetchError) as failed:
        showcase.build(big_config, options=gql)
    assert "rate limit exhausted" in failed.value.message and "hourly" in (failed.value.hint or "")
    assert not (big_config.parent / "README.md").exists()


def test_a_malformed_listed_repository_costs_only_itself(big_api, big_config, gql, monkeypatch):
    import fake_graphql

    real = fake_graphql._repository

    def broken(repo):
        data = real(repo)
        if repo.name == "repo-003":
            data["stargazerCount"] = -5
        return data

    monkeypatch.setattr(fake_graphql, "_repository", broken)
    result = showcase.build(big_config, options=gql)
    assert any(w.startswith("octo/repo-003: left out") for w in result.warnings)
    assert "zz-star" in (big_config.parent / "README.md").read_text()


def test_readme_texts_are_asked_in_batches_of_at_most_two_mib(api, tmp_path, gql):
    api.add_user("me")
    for index in range(6):  # 6 × 500 KB, found in docs/: asked by path, not with the details
        api.add_repo(
            "me",
            f"big-{index}",
            stars=10 - index,
            readme="# Big\n\nBig words for big tests.\n\n" + ("w" * 99 + "\n") * 5_000,
            readme_path="docs/README.md",
        )
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    showcase.build(config, options=gql)
    blobs = [query for query in api.queries if query.startswith("query Readmes")]
    assert [query.count("object(expression:") for query in blobs] == [4, 2]  # 4 × 500 KB ≤ 2 MiB < 5 × 500 KB
    assert all(r["readme"]["excerpt"] == "Big words for big tests." for r in snapshot_of(tmp_path)["repos"].values())
