"""GitHub's GraphQL API for the stand-in: queries are executed by graphql-core against GitHub's
published schema (tests/schemas/github.graphql), so a query GitHub would reject fails here too,
over the stand-in's own data. Without a token the answer is 401, as GitHub's is.

Connections page and order as GitHub's do (`first`, `after`, `orderBy` NAME/STARGAZERS, ASC/DESC),
`repository()` follows renames, `object(expression:)` finds trees and blobs by their real paths,
and `rateLimit { cost }` is what GitHub's formula says the query costs (tests/graphql_cost.py).
"""

from __future__ import annotations

import base64
import posixpath
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from graphql import GraphQLSchema, build_schema, graphql_sync
from graphql_cost import points

SCHEMA_FILE = Path(__file__).parent / "schemas" / "github.graphql"
# GitHub's SDL repeats a few Enterprise fields and deprecates some implementations of interface
# fields that aren't deprecated; graphql-core's strict checks reject both, and neither changes
# which queries are valid.
DEPRECATED = re.compile(r'@deprecated\(\s*reason:\s*(?:"""[\s\S]*?"""|"(?:[^"\\]|\\.)*")\s*\)|@deprecated\b(?!\()')


@lru_cache(maxsize=1)
def github_schema() -> GraphQLSchema:
    schema = build_schema(DEPRECATED.sub("", SCHEMA_FILE.read_text(encoding="utf-8")), assume_valid_sdl=True)
    query = schema.query_type
    assert query is not None
    query.fields["user"].resolve = lambda root, info, login: root.user(login)
    query.fields["repository"].resolve = lambda root, info, owner, name, **_: root.repository(
        f"{owner}/{name}", info.path.key
    )
    query.fields["rateLimit"].resolve = lambda root, info, **_: root.rate_limit()
    user = schema.type_map["User"]
    user.fields["repositories"].resolve = _repositories  # type: ignore[attr-defined]
    repository = schema.type_map["Repository"]
    repository.fields["object"].resolve = lambda repo, info, expression=None, **_: _object(repo, expression)  # type: ignore[attr-defined]
    repository.fields["releases"].resolve = lambda repo, info, first=None, **_: {"nodes": repo["_releases"][:first]}  # type: ignore[attr-defined]
    return schema


def execute(api: Any, query: str, variables: dict[str, Any] | None) -> dict[str, Any]:
    """The JSON GitHub would answer for `query` over `api`'s users and repositories."""
    root = _Root(api, query)
    result = graphql_sync(github_schema(), query, root_value=root, variable_values=variables)
    answer: dict[str, Any] = {"data": result.data}
    errors = [{"message": error.message, "path": error.path} for error in result.errors or []]
    errors += root.errors
    if errors:
        answer["errors"] = errors
    return answer


class _Root:
    def __init__(self, api: Any, query: str) -> None:
        self.api = api
        self.query = query
        self.errors: list[dict[str, Any]] = []

    def rate_limit(self) -> dict[str, Any]:
        try:
            cost = points(self.query)
        except Exception:  # an invalid query fails validation before this runs
            cost = 1
        return {"cost": cost, "remaining": self.api.remaining, "resetAt": "2026-01-01T01:00:00Z", "limit": 5000}

    def user(self, login: str) -> dict[str, Any] | None:
        user = self.api.users.get(login.lower())
        if user is None:
            self.errors.append(
                {
                    "type": "NOT_FOUND",
                    "path": ["user"],
                    "message": f"Could not resolve to a User with the login of '{login}'.",
                }
            )
            return None
        owned = [r for r in self.api.repos.values() if r.owner.lower() == login.lower() and not r.private]
        pinned = [self.api.repos.get(name.lower()) for name in user.get("pinned", [])]
        return {
            "__typename": "User",
            "login": user["login"],
            "name": user.get("name"),
            "bio": user.get("bio"),
            "websiteUrl": user.get("blog"),
            "location": user.get("location"),
            "url": f"https://github.com/{user['login']}",
            "followers": {"totalCount": user.get("followers", 0)},
            "pinnedItems": {"nodes": [_repository(r) for r in pinned if r is not None and not r.private]},
            "contributionsCollection": user.get("contributions") or _no_contributions(),
            "repositoriesContributedTo": {"totalCount": user.get("contributed_to", 0)},
            "pullRequests": {"nodes": [self._pull_request(pr) for pr in user.get("pull_requests", [])]},
            "_owned": owned,
        }

    def _pull_request(self, pr: dict[str, Any]) -> dict[str, Any]:
        repo = self.api.repos.get(pr["repo"].lower())
        return {
            "title": pr["title"],
            "url": f"https://github.com/{pr['repo']}/pull/{pr['number']}",
            "number": pr["number"],
            "mergedAt": pr.get("merged_at", "2026-01-01T00:00:00Z"),
            "repository": {
                "nameWithOwner": pr["repo"],
                "url": f"https://github.com/{pr['repo']}",
                "stargazerCount": repo.stars if repo else pr.get("stars", 0),
                "isPrivate": repo.private if repo else pr.get("private", False),
                "owner": {"__typename": "User", "login": pr["repo"].split("/")[0]},
            },
        }

    def repository(self, full_name: str, alias: str) -> dict[str, Any] | None:
        key = self.api.renames.get(full_name.lower(), full_name).lower()
        repo = self.api.repos.get(key)
        if repo is None or repo.private:
            self.errors.append(
                {
                    "type": "NOT_FOUND",
                    "path": [alias],
                    "message": f"Could not resolve to a Repository with the name '{full_name}'.",
                }
            )
            return None
        return _repository(repo)


def _repositories(user: dict[str, Any], info: Any, first: int = 100, after: str | None = None, **args: Any) -> Any:
    order = args.get("orderBy") or {"field": "NAME", "direction": "ASC"}
    key = (lambda r: r.stars) if order["field"] == "STARGAZERS" else (lambda r: r.name.lower())
    ordered = sorted(user["_owned"], key=key, reverse=order["direction"] == "DESC")
    start = int(base64.b64decode(after).decode().split(":")[1]) if after else 0
    page = ordered[start : start + first]
    end = start + len(page)
    return {
        "totalCount": len(ordered),
        "pageInfo": {
            "hasNextPage": end < len(ordered),
            "endCursor": base64.b64encode(f"cursor:{end}".encode()).decode(),
        },
        "nodes": [_repository(r) for r in page],
    }


FILE, LINK, FOLDER = 0o100644, 0o120000, 0o40000  # git's modes of a file, a symbolic link, a tree


def _object(repo: dict[str, Any], expression: str | None) -> dict[str, Any] | None:
    """A blob at the README's real path, or a folder on the way to it (with a LICENSE beside). A
    README that is a symbolic link is a blob holding its target's path, as git stores it, and
    the README's text is at the target."""
    path = (expression or "").removeprefix("HEAD:")
    readme_path: str = repo["_readme_path"]
    link: str | None = repo["_readme_link"]
    folder, _, file = readme_path.rpartition("/")
    readme = repo["_readme"]
    if readme is not None and path == readme_path:
        return {"__typename": "Blob", "text": link, "byteSize": len(link), "isBinary": False} if link else readme
    if readme is not None and link and path == posixpath.normpath(posixpath.join(folder, link)):
        return readme
    if path == folder:
        entries = []
        if readme is not None:
            size, mode = (len(link), LINK) if link else (readme["byteSize"], FILE)
            entries = [{"name": file, "type": "blob", "size": size, "mode": mode}]
        if not folder:
            entries += [
                {"name": "LICENSE", "type": "blob", "size": 1067, "mode": FILE},
                {"name": "src", "type": "tree", "size": 0, "mode": FOLDER},
            ]
        return {"__typename": "Tree", "entries": entries}
    if path == "":
        return {"__typename": "Tree", "entries": [{"name": "LICENSE", "type": "blob", "size": 1067, "mode": FILE}]}
    return None


def _repository(repo: Any) -> dict[str, Any]:
    readme = repo.readme.encode("utf-8") if isinstance(repo.readme, str) else repo.readme
    published = [r for r in repo.releases if not r.get("draft") and not r.get("prerelease")]
    releases = [
        {
            "tagName": r["tag_name"],
            "name": r.get("name"),
            "publishedAt": None if r.get("draft") else r.get("published_at", "2026-01-01T00:00:00Z"),
            "url": f"https://github.com/{repo.full_name}/releases/tag/{r['tag_name']}",
            "isPrerelease": bool(r.get("prerelease")),
            "isDraft": bool(r.get("draft")),
        }
        for r in repo.releases
    ]
    latest = next((r for r in releases if r["tagName"] == published[0]["tag_name"]), None) if published else None
    data: dict[str, Any] = {
        "__typename": "Repository",
        "nameWithOwner": repo.full_name,
        "name": repo.name,
        "owner": {"__typename": "User", "login": repo.owner},
        "url": f"https://github.com/{repo.full_name}",
        "description": repo.description,
        "homepageUrl": repo.homepage,
        "stargazerCount": repo.stars,
        "forkCount": repo.forks,
        "primaryLanguage": {"name": repo.language} if repo.language else None,
        "repositoryTopics": {"nodes": [{"topic": {"name": t}} for t in repo.topics]},
        "licenseInfo": {"spdxId": repo.license} if repo.license else None,
        "pushedAt": repo.pushed_at,
        "updatedAt": repo.pushed_at,
        "isArchived": repo.archived,
        "isFork": repo.fork,
        "isPrivate": repo.private,
        "defaultBranchRef": {"name": "main"},
        "parent": {"nameWithOwner": repo.parent} if repo.parent else None,
        "languages": {
            "edges": [{"size": s, "node": {"name": n}} for n, s in sorted(repo.languages.items(), key=lambda i: -i[1])]
        },
        "latestRelease": latest,
        "_releases": releases,
    }
    binary = isinstance(readme, bytes) and b"\x00" in readme
    data["_readme"] = (
        {
            "__typename": "Blob",
            "text": None if binary else readme.decode("utf-8", "replace"),
            "byteSize": len(readme),
            "isBinary": binary,
        }
        if readme is not None
        else None
    )
    data["_readme_path"] = repo.readme_path
    data["_readme_link"] = repo.readme_link
    return data


def _no_contributions() -> dict[str, Any]:
    return {
        "totalCommitContributions": 0,
        "totalPullRequestContributions": 0,
        "totalIssueContributions": 0,
        "totalPullRequestReviewContributions": 0,
        "contributionCalendar": {"totalContributions": 0, "weeks": []},
    }


def calendar(first_day: str, counts: list[int]) -> dict[str, Any]:
    """A `contributionCalendar` of GitHub's shape: weeks from Sunday, days from `first_day` on."""
    from datetime import date, timedelta

    start = date.fromisoformat(first_day)
    days = [{"date": (start + timedelta(days=i)).isoformat(), "contributionCount": c} for i, c in enumerate(counts)]
    offset = (start.weekday() + 1) % 7  # GitHub's weeks start on Sunday
    weeks = []
    index = 0
    while index < len(days):
        size = 7 - offset if index == 0 else 7
        weeks.append({"contributionDays": days[index : index + size]})
        index += size
    return {"totalContributions": sum(counts), "weeks": weeks}
