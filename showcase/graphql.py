"""The GitHub GraphQL queries showcase sends.

Three kinds, each validated against GitHub's published schema and priced with GitHub's formula
in the tests (tests/test_graphql.py):

- `profile()`: the user, pinned repositories, last year's contributions, merged pull requests and
  the owner's public repositories, 100 from each end of the alphabet (so up to 200 in one
  request with no cursor). Listed fields are plain values, not connections, so a whole listing
  costs 1 point; the latest release is one of them, so a release published for an old tag is
  seen on every refresh without re-asking details.
- `page()`: the next 100 repositories, for owners with more than 200.
- `details()`: per shown repository, what only it needs: topics, language sizes, releases when
  prereleases are wanted, the names in the folders GitHub looks for a README in, and the text of
  a root README.md (most READMEs), so a cold build is usually two requests.
- `blobs()`: README texts found elsewhere, by their real paths, once `details()` told which.
"""

from __future__ import annotations

import json

# Listing fields: none is a connection, so they cost nothing beyond their page.
LISTED = """
fragment Listed on Repository {
  nameWithOwner
  name
  owner { login }
  url
  description
  homepageUrl
  stargazerCount
  forkCount
  primaryLanguage { name }
  licenseInfo { spdxId }
  pushedAt
  updatedAt
  isArchived
  isFork
  isPrivate
  defaultBranchRef { name }
  parent { nameWithOwner }
  latestRelease { tagName name publishedAt url }
}
"""

_LISTING = "ownerAffiliations: OWNER, privacy: PUBLIC, orderBy: {{field: NAME, direction: {direction}}}"
RATE = "rateLimit { cost remaining resetAt }"
PINNED_LIMIT = 6
PULL_REQUESTS_LIMIT = 100


def profile(both_ends: bool) -> str:
    """One request for everything but the details. `both_ends` adds the last 100 repositories by
    name: with the first 100, every repository of an owner with up to 200."""
    tail = (
        f"    tail: repositories(first: 100, {_LISTING.format(direction='DESC')}) {{ nodes {{ ...Listed }} }}\n"
        if both_ends
        else ""
    )
    return (
        "query Profile($login: String!) {\n"
        f"  {RATE}\n"
        "  user(login: $login) {\n"
        "    login name bio websiteUrl location url\n"
        "    followers { totalCount }\n"
        f"    pinnedItems(first: {PINNED_LIMIT}, types: [REPOSITORY]) {{ nodes {{ ... on Repository {{ ...Listed }} }} }}\n"
        "    contributionsCollection {\n"
        "      totalCommitContributions totalPullRequestContributions totalIssueContributions\n"
        "      totalPullRequestReviewContributions\n"
        "      contributionCalendar { totalContributions weeks { contributionDays { date contributionCount } } }\n"
        "    }\n"
        "    repositoriesContributedTo(first: 1,\n"
        "      contributionTypes: [COMMIT, ISSUE, PULL_REQUEST, PULL_REQUEST_REVIEW]) { totalCount }\n"
        f"    pullRequests(first: {PULL_REQUESTS_LIMIT}, states: MERGED, orderBy: {{field: CREATED_AT, direction: DESC}}) {{\n"
        "      nodes { title url number mergedAt\n"
        "        repository { nameWithOwner url stargazerCount isPrivate owner { login } } }\n"
        "    }\n"
        f"    head: repositories(first: 100, {_LISTING.format(direction='ASC')}) {{\n"
        "      totalCount pageInfo { hasNextPage endCursor } nodes { ...Listed }\n"
        "    }\n"
        f"{tail}"
        "  }\n"
        "}\n" + LISTED
    )


PAGE = (
    "query Page($login: String!, $after: String!) {\n"
    f"  {RATE}\n"
    "  user(login: $login) {\n"
    f"    repositories(first: 100, after: $after, {_LISTING.format(direction='ASC')}) {{\n"
    "      pageInfo { hasNextPage endCursor } nodes { ...Listed }\n"
    "    }\n"
    "  }\n"
    "}\n" + LISTED
)

# GitHub shows the README it finds first in .github/, then the root, then docs/.
README_FOLDERS = (".github", "", "docs")


# Most READMEs are README.md at the root: its text comes with the details, saving a round trip.
LIKELY_README = "README.md"


def details(repositories: list[str], releases: bool, readme_text: bool = True) -> str:
    """One request for the shown repositories' details, aliased r0, r1, … in the given order.
    `releases` adds the newest ten releases (for prereleases); `latestRelease` is in the listing.
    `readme_text` adds the text of a root README.md, if there is one."""
    blocks = []
    for index, full_name in enumerate(repositories):
        owner, name = full_name.split("/", 1)
        folders = "\n".join(
            f"    folder{n}: object(expression: {_string('HEAD:' + folder)}) {{ ... on Tree {{ entries {{ name type size mode }} }} }}"
            for n, folder in enumerate(README_FOLDERS)
        )
        recent = (
            "    releases(first: 10, orderBy: {field: CREATED_AT, direction: DESC}) {\n"
            "      nodes { tagName name publishedAt url isPrerelease isDraft } }\n"
            if releases
            else ""
        )
        blocks.append(
            f"  r{index}: repository(owner: {_string(owner)}, name: {_string(name)}) {{\n"
            "    ...Listed\n"
            "    repositoryTopics(first: 20) { nodes { topic { name } } }\n"
            "    languages(first: 20, orderBy: {field: SIZE, direction: DESC}) { edges { size node { name } } }\n"
            f"{recent}{folders}\n"
            + (
                f"    likely: object(expression: {_string('HEAD:' + LIKELY_README)}) {{ ... on Blob {{ text byteSize isBinary }} }}\n"
                if readme_text
                else ""
            )
            + "  }"
        )
    return f"query Details {{\n  {RATE}\n" + "\n".join(blocks) + "\n}\n" + LISTED


def blobs(paths: list[tuple[str, str]]) -> str:
    """README texts: (owner/name, path) → aliased b0, b1, … in the given order."""
    blocks = []
    for index, (full_name, path) in enumerate(paths):
        owner, name = full_name.split("/", 1)
        blocks.append(
            f"  b{index}: repository(owner: {_string(owner)}, name: {_string(name)}) {{\n"
            f"    object(expression: {_string('HEAD:' + path)}) {{ ... on Blob {{ text byteSize isBinary }} }}\n"
            "  }"
        )
    return f"query Readmes {{\n  {RATE}\n" + "\n".join(blocks) + "\n}\n"


def _string(value: str) -> str:
    """A GraphQL string literal: JSON's escapes are GraphQL's, so no name can end the string."""
    return json.dumps(value)
