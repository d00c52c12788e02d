"""The GitHub GraphQL queries showcase sends, and what each costs.

GraphQL answers in one request what REST needs dozens for (a profile's repositories with their
languages, topics, latest release and README), and it alone knows pinned repositories and the
contribution calendar. Each query here is validated against GitHub's published schema in the
tests, and `points()` computes its rate-limit cost with GitHub's documented formula.

Not wired into `fetch` yet (issue 17): the REST + ETag path is still the one that runs.
"""

from __future__ import annotations

from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    parse,
)

# One page of the owner's public repositories with everything a shown project needs, the pinned
# repositories and last year's contributions: the whole profile in one request per 100 repositories.
PROFILE = """
query Profile($login: String!, $after: String) {
  user(login: $login) {
    login
    name
    bio
    websiteUrl
    location
    url
    followers { totalCount }
    pinnedItems(first: 6, types: [REPOSITORY]) {
      nodes { ... on Repository { nameWithOwner } }
    }
    contributionsCollection {
      totalCommitContributions
      totalPullRequestContributions
      totalIssueContributions
      totalPullRequestReviewContributions
      totalRepositoriesWithContributedCommits
      contributionCalendar {
        totalContributions
        weeks { contributionDays { date contributionCount } }
      }
    }
    repositories(first: 100, after: $after, ownerAffiliations: OWNER, privacy: PUBLIC,
                 orderBy: {field: NAME, direction: ASC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        nameWithOwner
        name
        owner { login }
        url
        description
        homepageUrl
        stargazerCount
        forkCount
        primaryLanguage { name }
        repositoryTopics(first: 20) { nodes { topic { name } } }
        licenseInfo { spdxId }
        pushedAt
        isArchived
        isFork
        isPrivate
        defaultBranchRef { name }
        parent { nameWithOwner }
      }
    }
  }
}
"""

# README candidates asked for by their real file names (GraphQL has no "the README" field).
README_NAMES = ("README.md", "README.rst", "README", "readme.md", "README.markdown", "README.txt")


def details(repositories: list[tuple[str, str]]) -> str:
    """One request for the shown repositories' details: byte sizes per language, the latest
    release (GitHub's `latestRelease` skips drafts and prereleases) and the README text."""
    blocks = []
    for index, (owner, name) in enumerate(repositories):
        readmes = "\n".join(
            f'    readme{n}: object(expression: "HEAD:{file}") {{ ... on Blob {{ text byteSize }} }}'
            for n, file in enumerate(README_NAMES)
        )
        blocks.append(
            f'  r{index}: repository(owner: "{_quoted(owner)}", name: "{_quoted(name)}") {{\n'
            "    nameWithOwner\n"
            "    languages(first: 20, orderBy: {field: SIZE, direction: DESC}) { edges { size node { name } } }\n"
            "    latestRelease { tagName name publishedAt url isPrerelease isDraft }\n"
            f"{readmes}\n"
            "  }"
        )
    return "query Details {\n" + "\n".join(blocks) + "\n}\n"


def _quoted(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def points(query: str) -> int:
    """The query's rate-limit cost as GitHub documents it: the requests needed to fill every
    connection (each assumed to reach its `first`/`last`, nested ones multiplied by their parents),
    divided by 100 and rounded, at least 1."""
    document = parse(query)
    fragments: dict[str, object] = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    requests = 0
    for definition in _operations(document):
        requests += _requests(definition.selection_set, 1, fragments)
    return max(1, round(requests / 100))


def _operations(document: DocumentNode) -> list[OperationDefinitionNode]:
    return [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]


def _requests(selections: SelectionSetNode | None, multiplier: int, fragments: dict[str, object]) -> int:
    total = 0
    for selection in selections.selections if selections else ():
        if isinstance(selection, FieldNode):
            size = _page_size(selection)
            if size is not None:  # a connection: one request per parent, then each node multiplies
                total += multiplier
                total += _requests(selection.selection_set, multiplier * size, fragments)
            else:
                total += _requests(selection.selection_set, multiplier, fragments)
        elif isinstance(selection, InlineFragmentNode):
            total += _requests(selection.selection_set, multiplier, fragments)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            total += _requests(getattr(fragment, "selection_set", None), multiplier, fragments)
    return total


def _page_size(field: FieldNode) -> int | None:
    for argument in field.arguments or ():
        if isinstance(argument, ArgumentNode) and argument.name.value in {"first", "last"}:
            if isinstance(argument.value, IntValueNode):
                return int(argument.value.value)
            if isinstance(argument.value, VariableNode):
                return 100  # the most a page can hold
    return None
