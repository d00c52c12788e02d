"""Every GraphQL query showcase sends is valid against GitHub's published schema
(@octokit/graphql-schema, tests/schemas/github.graphql), and costs what GitHub's formula says."""

from __future__ import annotations

import pytest
from fake_graphql import SCHEMA_FILE, github_schema
from graphql import parse, validate

from showcase.graphql import PROFILE, details, points


@pytest.fixture(scope="module")
def schema():
    return github_schema()


def test_the_schema_records_its_source():
    assert SCHEMA_FILE.read_text(encoding="utf-8").startswith("# @octokit/graphql-schema ")


@pytest.mark.parametrize(
    "query",
    [PROFILE, details([("arloor", "rust_http_proxy"), ("shadowsocks", "shadowsocks-rust")])],
    ids=["profile", "details"],
)
def test_queries_are_valid_against_githubs_schema(schema, query):
    assert validate(schema, parse(query)) == []


def test_a_misspelt_field_would_be_caught(schema):
    assert validate(schema, parse(PROFILE.replace("stargazerCount", "stargazersCount")))


def test_points_follow_githubs_documented_example():
    # docs.github.com, "Rate limits and node limits for the GraphQL API": 5,101 requests → 51 points.
    example = """query { viewer { login repositories(first: 100) { edges { node { name
      issues(first: 50) { edges { node { title labels(first: 60) { edges { node { name } } } } } } } } } } }"""
    assert points(example) == 51


def test_the_whole_profile_costs_a_point_per_page():
    assert points(PROFILE) == 1  # 1 + 1 + 100 requests: 100 repositories with their topics, pins
    assert points(details([("me", f"r{i}") for i in range(30)])) == 1  # 30 shown repositories


def test_names_are_quoted_safely_in_the_details_query(schema):
    query = details([('evil"owner', 'x"){ viewer { login } } #')])
    assert validate(schema, parse(query)) == []


def test_fragments_count_like_inline_selections():
    inline = """query { viewer { repositories(first: 100) { nodes { issues(first: 50) { nodes {
      labels(first: 60) { nodes { name } } } } } } } }"""
    spread = """query { viewer { ...Repos } } fragment Repos on User { repositories(first: 100) { nodes {
      issues(first: 50) { nodes { ... on Issue { labels(first: 60) { nodes { name } } } } } } } }"""
    assert points(spread) == points(inline) == 51


# ---- the stand-in speaks GitHub's GraphQL ---------------------------------------------------------


def _post(api, query: str, variables: dict | None = None, token: str | None = "t"):
    import json
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        api.base_url + "/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Authorization": f"bearer {token}"} if token else {},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_stand_in_answers_the_profile_query_from_its_data(big_api):
    big_api.users["octo"]["pinned"] = ["octo/zz-star"]
    status, answer = _post(big_api, PROFILE, {"login": "octo"})
    assert status == 200 and "errors" not in answer, answer.get("errors")
    user = answer["data"]["user"]
    assert user["login"] == "octo" and user["followers"]["totalCount"] == 42
    assert user["repositories"]["totalCount"] == 144  # public ones only
    assert [p["nameWithOwner"] for p in user["pinnedItems"]["nodes"]] == ["octo/zz-star"]
    star = next(r for r in user["repositories"]["nodes"] if r["name"] == "zz-star")
    assert star["stargazerCount"] == 5000 and star["primaryLanguage"] == {"name": "Rust"}


def test_the_stand_in_finds_a_readme_only_by_its_real_name(big_api):
    status, answer = _post(big_api, details([("octo", "zz-star")]))
    repo = answer["data"]["r0"]
    found = [key for key, value in repo.items() if key.startswith("readme") and value]
    assert status == 200 and found == ["readme0"] and "ZZ is a fast tool" in repo["readme0"]["text"]
    assert repo["latestRelease"]["tagName"] == "v2.0.0"


def test_the_stand_in_rejects_what_github_rejects(big_api):
    status, answer = _post(big_api, PROFILE.replace("stargazerCount", "stars"), {"login": "octo"})
    assert status == 200 and answer["errors"] and "stars" in answer["errors"][0]["message"]
    status, answer = _post(big_api, PROFILE, {"login": "octo"}, token=None)
    assert status == 401
