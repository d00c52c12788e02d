"""Every GraphQL query showcase sends is valid against GitHub's published schema
(@octokit/graphql-schema, tests/schemas/github.graphql), and costs what GitHub's formula says."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from fake_graphql import SCHEMA_FILE, github_schema
from graphql import parse, validate
from graphql_cost import points

from showcase import graphql

SHOWN = [f"me/r{i}" for i in range(30)]
QUERIES = {
    "profile": graphql.profile(both_ends=True),
    "profile, one end": graphql.profile(both_ends=False),
    "page": graphql.PAGE,
    "details": graphql.details(["arloor/rust_http_proxy", "shadowsocks/shadowsocks-rust"], releases=False),
    "details with releases": graphql.details(SHOWN, releases=True),
    "readmes": graphql.blobs([("arloor/rust_http_proxy", "README.md"), ("me/x", "docs/README.rst")]),
}


@pytest.fixture(scope="module")
def schema():
    return github_schema()


def test_the_schema_records_its_source():
    assert SCHEMA_FILE.read_text(encoding="utf-8").startswith("# @octokit/graphql-schema ")


@pytest.mark.parametrize("query", QUERIES.values(), ids=QUERIES.keys())
def test_queries_are_valid_against_githubs_schema(schema, query):
    assert validate(schema, parse(query)) == []


def test_a_misspelt_field_would_be_caught(schema):
    assert validate(schema, parse(QUERIES["profile"].replace("stargazerCount", "stargazersCount")))


def test_points_follow_githubs_documented_example():
    # docs.github.com, "Rate limits and node limits for the GraphQL API": 5,101 requests → 51 points.
    example = """query { viewer { login repositories(first: 100) { edges { node { name
      issues(first: 50) { edges { node { title labels(first: 60) { edges { node { name } } } } } } } } } } }"""
    assert points(example) == 51


def test_each_query_costs_one_point():
    # The listing has no nested connection: 200 repositories, pins, pull requests = 5 requests.
    assert points(QUERIES["profile"]) == 1
    assert points(QUERIES["page"]) == 1
    # 30 shown repositories × (topics, languages, releases) = 90 requests.
    assert points(QUERIES["details with releases"]) == 1
    assert points(graphql.blobs([("me/x", "README.md")] * 30)) == 1


def test_names_are_quoted_safely_in_the_details_query(schema):
    query = graphql.details(['evil"owner/x"){ viewer { login } } #\\'], releases=False)
    document = parse(query)
    assert validate(schema, document) == []
    aliases = [s.alias.value for s in document.definitions[0].selection_set.selections if s.alias]
    assert aliases == ["r0"]


def test_fragments_count_like_inline_selections():
    inline = """query { viewer { repositories(first: 100) { nodes { issues(first: 50) { nodes {
      labels(first: 60) { nodes { name } } } } } } } }"""
    spread = """query { viewer { ...Repos } } fragment Repos on User { repositories(first: 100) { nodes {
      issues(first: 50) { nodes { ... on Issue { labels(first: 60) { nodes { name } } } } } } } }"""
    assert points(spread) == points(inline) == 51


# ---- the stand-in speaks GitHub's GraphQL ---------------------------------------------------------


def _post(api, query: str, variables: dict | None = None, token: str | None = "t"):
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
    status, answer = _post(big_api, QUERIES["profile"], {"login": "octo"})
    assert status == 200 and "errors" not in answer, answer.get("errors")
    data = answer["data"]
    user = data["user"]
    assert user["login"] == "octo" and user["followers"]["totalCount"] == 42
    assert user["head"]["totalCount"] == 144  # public ones only
    assert [p["nameWithOwner"] for p in user["pinnedItems"]["nodes"]] == ["octo/zz-star"]
    star = next(r for r in user["tail"]["nodes"] if r["name"] == "zz-star")  # last by name
    assert star["stargazerCount"] == 5000 and star["primaryLanguage"] == {"name": "Rust"}
    assert star["latestRelease"]["tagName"] == "v2.0.0"
    assert data["rateLimit"]["cost"] == 1


def test_the_stand_in_pages_by_cursor(big_api):
    _, answer = _post(big_api, QUERIES["profile, one end"], {"login": "octo"})
    head = answer["data"]["user"]["head"]
    assert len(head["nodes"]) == 100 and head["pageInfo"]["hasNextPage"]
    _, answer = _post(big_api, graphql.PAGE, {"login": "octo", "after": head["pageInfo"]["endCursor"]})
    rest = answer["data"]["user"]["repositories"]
    assert len(rest["nodes"]) == 44 and not rest["pageInfo"]["hasNextPage"]
    names = [n["name"].lower() for n in head["nodes"] + rest["nodes"]]
    assert names == sorted(names) and len(set(names)) == 144


def test_the_stand_in_finds_a_readme_only_by_its_real_name(big_api):
    big_api.repos["octo/zz-star"].readme_path = "docs/Readme.rst"
    _, answer = _post(big_api, graphql.details(["octo/zz-star"], releases=False))
    repo = answer["data"]["r0"]
    assert repo["folder2"]["entries"][0]["name"] == "Readme.rst" and repo["folder0"] is None
    _, answer = _post(big_api, graphql.blobs([("octo/zz-star", "README.md"), ("octo/zz-star", "docs/Readme.rst")]))
    assert answer["data"]["b0"]["object"] is None
    assert "ZZ is a fast tool" in answer["data"]["b1"]["object"]["text"]


def test_the_stand_in_rejects_what_github_rejects(big_api):
    status, answer = _post(big_api, QUERIES["profile"].replace("stargazerCount", "stars"), {"login": "octo"})
    assert status == 200 and answer["errors"] and "stars" in answer["errors"][0]["message"]
    status, answer = _post(big_api, QUERIES["profile"], {"login": "octo"}, token=None)
    assert status == 401


def test_the_stand_in_says_not_found_beside_the_data(big_api):
    _, answer = _post(big_api, graphql.details(["octo/zz-star", "octo/nope"], releases=False))
    assert answer["data"]["r0"]["nameWithOwner"] == "octo/zz-star" and answer["data"]["r1"] is None
    assert answer["errors"] == [
        {"type": "NOT_FOUND", "path": ["r1"], "message": "Could not resolve to a Repository with the name 'octo/nope'."}
    ]
