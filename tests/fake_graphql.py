"""GitHub's GraphQL API for the stand-in: queries are executed by graphql-core against GitHub's
published schema (tests/schemas/github.graphql), so a query GitHub would reject fails here too,
over the stand-in's own data. Without a token the answer is 401, as GitHub's is."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from graphql import GraphQLSchema, build_schema, graphql_sync

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
    query.fields["repository"].resolve = lambda root, info, owner, name, **_: root.repository(f"{owner}/{name}")
    repository = schema.type_map["Repository"]
    # `object(expression: "HEAD:NAME")` finds the README only by its real file name, as on GitHub.
    repository.fields["object"].resolve = lambda repo, info, expression=None, **_: (  # type: ignore[attr-defined]
        repo["_readme"] if repo["_readme"] and expression == f"HEAD:{repo['_readme_path']}" else None
    )
    return schema


def execute(api: Any, query: str, variables: dict[str, Any] | None) -> dict[str, Any]:
    """The JSON GitHub would answer for `query` over `api`'s users and repositories."""
    result = graphql_sync(github_schema(), query, root_value=_Root(api), variable_values=variables)
    answer: dict[str, Any] = {"data": result.data}
    if result.errors:
        answer["errors"] = [{"message": error.message} for error in result.errors]
    return answer


class _Root:
    def __init__(self, api: Any) -> None:
        self.api = api

    def user(self, login: str) -> dict[str, Any] | None:
        user = self.api.users.get(login.lower())
        if user is None:
            return None
        owned = sorted(
            (r for r in self.api.repos.values() if r.owner.lower() == login.lower() and not r.private),
            key=lambda r: r.full_name.lower(),
        )
        return {
            "__typename": "User",
            "login": user["login"],
            "name": user.get("name"),
            "bio": user.get("bio"),
            "websiteUrl": user.get("blog"),
            "location": user.get("location"),
            "url": f"https://github.com/{user['login']}",
            "followers": {"totalCount": user.get("followers", 0)},
            "pinnedItems": {"nodes": [_repository(r) for r in owned if r.full_name in user.get("pinned", [])]},
            "contributionsCollection": user.get("contributions") or _no_contributions(),
            "repositories": {
                "totalCount": len(owned),
                "pageInfo": {"hasNextPage": False, "endCursor": None},
                "nodes": [_repository(r) for r in owned],
            },
        }

    def repository(self, full_name: str) -> dict[str, Any] | None:
        repo = self.api.repos.get(full_name.lower())
        return _repository(repo) if repo is not None and not repo.private else None


def _repository(repo: Any) -> dict[str, Any]:
    readme = repo.readme.encode("utf-8") if isinstance(repo.readme, str) else repo.readme
    published = [r for r in repo.releases if not r.get("draft") and not r.get("prerelease")]
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
        "isArchived": repo.archived,
        "isFork": repo.fork,
        "isPrivate": repo.private,
        "defaultBranchRef": {"name": "main"},
        "parent": {"nameWithOwner": repo.parent} if repo.parent else None,
        "languages": {
            "edges": [{"size": s, "node": {"name": n}} for n, s in sorted(repo.languages.items(), key=lambda i: -i[1])]
        },
        "latestRelease": {
            "tagName": published[0]["tag_name"],
            "name": published[0].get("name"),
            "publishedAt": published[0].get("published_at"),
            "url": f"https://github.com/{repo.full_name}/releases",
            "isPrerelease": False,
            "isDraft": False,
        }
        if published
        else None,
    }
    blob = (
        {"__typename": "Blob", "text": readme.decode("utf-8", "replace"), "byteSize": len(readme)} if readme else None
    )
    data["_readme"], data["_readme_path"] = blob, repo.readme_path
    return data


def _no_contributions() -> dict[str, Any]:
    return {
        "totalCommitContributions": 0,
        "totalPullRequestContributions": 0,
        "totalIssueContributions": 0,
        "totalPullRequestReviewContributions": 0,
        "totalRepositoriesWithContributedCommits": 0,
        "contributionCalendar": {"totalContributions": 0, "weeks": []},
    }
