"""The stand-in serves what GitHub serves: every kind of answer it gives validates against the
response schema of its endpoint in GitHub's official OpenAPI description (@octokit/openapi,
extracted by tools/extract_openapi_schemas.py into tests/schemas/github-rest.json)."""

from __future__ import annotations

import gzip
import json
import urllib.request

import pytest
from conftest import TOKEN
from fake_github import SCHEMAS, FakeGitHub
from jsonschema import Draft202012Validator

# Where the published schema and GitHub's real answers disagree, the stand-in serves the real one.
KNOWN_GAPS = {
    # author is null once the release's author account is deleted: a real answer recorded in
    # sigmavirus24/github3.py tests/cassettes/GitHub_release_author_null.json; the schema says object.
    ("/repos/{owner}/{repo}/releases", "author", "None is not of type 'object'"),
}


def _gap(endpoint: str, error) -> bool:  # type: ignore[no-untyped-def]
    return (endpoint, str(list(error.path)[-1]), error.message) in KNOWN_GAPS


def validator(path: str, status: str) -> Draft202012Validator:
    # The endpoint's schema with the component schemas beside it, so `#/components/…` resolves.
    schema = {**SCHEMAS["endpoints"][path][status], "components": SCHEMAS["components"]}
    return Draft202012Validator(schema)


def fetch(api: FakeGitHub, path: str, **headers: str) -> tuple[int, dict[str, str], object]:
    request = urllib.request.Request(api.base_url + path, headers={"Authorization": f"Bearer {TOKEN}", **headers})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        response = opener.open(request)
        status, raw, got = response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        status, raw, got = error.code, error.read(), dict(error.headers)
    if got.get("Content-Encoding") == "gzip":
        raw = gzip.decompress(raw)
    return status, got, json.loads(raw) if raw else None


@pytest.fixture(scope="module")
def github():
    with FakeGitHub() as api:
        api.add_user("octo", name="Octo Cat", bio=None, blog="", location=None, followers=3)
        api.add_repo(
            "octo", "plain", stars=3, language=None, description=None, homepage="", readme="# plain\n\nPlain.\n"
        )
        api.add_repo(
            "octo",
            "full",
            stars=9,
            language="Rust",
            languages={"Rust": 10},
            topics=["cli"],
            license="MIT",
            description="Full",
            homepage="https://x.example",
            readme="# full\n",
            releases=[
                {"tag_name": "v2", "draft": True},
                {"tag_name": "v1.1-rc", "prerelease": True},
                {"tag_name": "v1", "name": "One", "published_at": "2026-02-01T00:00:00Z"},
                {"tag_name": "v0", "author": None},
            ],
        )
        api.add_repo("octo", "fork", fork=True, parent="up/stream", language=None, languages={"Python": 995, "C": 5})
        api.add_repo("up", "stream", stars=100)
        api.add_repo("octo", "old-name", stars=1)
        api.rename("octo/old-name", "octo/new-name")
        for i in range(120):
            api.add_repo("octo", f"bulk-{i:03d}")
        api.push_access = True
        yield api


CASES = [
    ("/users/{username}", "200", "/users/octo"),
    ("/users/{username}", "404", "/users/nobody"),
    ("/users/{username}/repos", "200", "/users/octo/repos?per_page=100"),
    ("/users/{username}/repos", "200", "/users/octo/repos?per_page=100&page=2"),
    ("/repos/{owner}/{repo}", "200", "/repos/octo/plain"),
    ("/repos/{owner}/{repo}", "200", "/repos/octo/full"),
    ("/repos/{owner}/{repo}", "200", "/repos/octo/fork"),
    ("/repos/{owner}/{repo}", "301", "/repos/octo/old-name"),
    ("/repos/{owner}/{repo}", "404", "/repos/octo/missing"),
    ("/repos/{owner}/{repo}/languages", "200", "/repos/octo/fork/languages"),
    ("/repos/{owner}/{repo}/languages", "200", "/repos/octo/plain/languages"),
    ("/repos/{owner}/{repo}/releases", "200", "/repos/octo/full/releases?per_page=10"),
    ("/repos/{owner}/{repo}/releases", "200", "/repos/octo/plain/releases"),
    ("/repos/{owner}/{repo}/readme", "200", "/repos/octo/plain/readme"),
    ("/repos/{owner}/{repo}/readme", "404", "/repos/octo/fork/readme"),
    ("/rate_limit", "200", "/rate_limit"),
]


@pytest.mark.parametrize(("endpoint", "status", "url"), CASES, ids=[c[2] for c in CASES])
def test_every_answer_validates_against_githubs_schema(github, endpoint, status, url):
    got_status, _, body = fetch(github, url)
    assert str(got_status) == status
    errors = [e for e in validator(endpoint, status).iter_errors(body) if not _gap(endpoint, e)]
    assert not errors, [f"{list(e.path)}: {e.message[:200]}" for e in errors[:5]]


def test_the_stand_in_serves_githubs_quirks(github):
    listing = (
        fetch(github, "/users/octo/repos?per_page=100")[2] + fetch(github, "/users/octo/repos?per_page=100&page=2")[2]
    )
    plain = next(r for r in listing if r["name"] == "plain")
    assert plain["language"] is None and plain["description"] is None and plain["homepage"] == ""
    assert "parent" not in plain and "source" not in plain
    _, _, fork = fetch(github, "/repos/octo/fork")
    assert fork["parent"]["full_name"] == "up/stream" and fork["source"]["full_name"] == "up/stream"
    _, _, releases = fetch(github, "/repos/octo/full/releases?per_page=10")
    assert (
        releases[0]["draft"] and releases[0]["published_at"] is None and releases[0]["html_url"].endswith("untagged-v2")
    )
    assert any(r["author"] is None for r in releases) and any(r["prerelease"] for r in releases)
    status, headers, _ = fetch(github, "/repos/octo/old-name")
    assert status == 301 and "/repositories/" in headers["Location"]
    status, headers, body = fetch(github, headers["Location"].removeprefix(github.base_url))
    assert status == 200 and body["full_name"] == "octo/new-name"


def test_link_headers_have_githubs_shape(github):
    _, headers, _ = fetch(github, "/users/octo/repos?per_page=100")
    assert "/user/" in headers["Link"] and 'rel="last"' in headers["Link"]
    next_url = headers["Link"].split(">")[0].lstrip("<").removeprefix(github.base_url)
    assert next_url.startswith("/user/") and "page=2" in next_url
    status, _, page = fetch(github, next_url)
    assert status == 200 and len(page) == 24  # 124 repositories


def test_weak_etags_are_answered_by_strong_ones_and_gzip_when_asked(github):
    status, headers, _ = fetch(github, "/users/octo/repos?per_page=100", **{"Accept-Encoding": "gzip"})
    assert headers["ETag"].startswith('W/"') and headers["Content-Encoding"] == "gzip" and "Last-Modified" in headers
    status, again, _ = fetch(github, "/users/octo/repos?per_page=100", **{"If-None-Match": headers["ETag"]})
    assert status == 304 and again["ETag"] == headers["ETag"].removeprefix("W/")
    status, _, _ = fetch(github, "/users/octo/repos?per_page=100", **{"If-None-Match": again["ETag"]})
    assert status == 304


def test_the_schemas_record_where_they_came_from():
    source = SCHEMAS["source"]
    assert source["package"] == "@octokit/openapi" and source["version"]
