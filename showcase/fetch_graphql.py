"""Live metadata → Snapshot through GitHub's GraphQL API, used when there is a token.

Cold, for an owner with up to 200 public repositories: the profile (user, pins, contributions,
merged pull requests, every repository with its latest release), the shown repositories'
details, and their README texts: 3 requests, 3 points. More repositories: one request per 100
more. A refresh asks the profile, then details and README only for shown repositories pushed or
updated since the previous snapshot: with nothing changed, 1 request and 1 point. A README that is
a symbolic link costs one request more for them all: GitHub shows, and REST answers with, the file
it points to, where GraphQL's blob of the link holds only that file's path. (An ETag'd REST
refresh is 33 requests that cost nothing only while the token stays the same; in Actions it is
new every run. DESIGN.md has the numbers.)
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import Any, NamedTuple

import requests

from showcase import discover, excerpt_lazy, graphql
from showcase.answers import MalformedAnswer, parse
from showcase.errors import FetchError
from showcase.failures import http_failure
from showcase.graphql_answers import (
    Blob,
    Connection,
    Detailed,
    Folder,
    Listed,
    UserNode,
    to_contributions,
    to_pull_requests,
    to_release,
    to_repo,
    to_user,
)
from showcase.models import Resume
from showcase.snapshot import Readme, RepoData, Snapshot, newest
from showcase.transport import MAX_LISTING_PAGES, MAX_README_BYTES, ResponseTooLarge

# README texts asked together add up to at most this many bytes: the answer, JSON-escaped, stays
# far inside the 16 MiB a single answer may have.
README_BATCH_BYTES = 2 * 1024 * 1024
README_SUFFIXES = (".md", ".markdown", ".rst", ".txt", "")
MAX_LINK_CHARS = 1024  # a symbolic link's target is a path, never longer

Say = Callable[[str], None]
# What a server without GitHub's GraphQL endpoint answers (an old Enterprise, a proxy): use REST.
NO_GRAPHQL = {404, 405, 410, 501}


class GraphQLUnavailable(Exception):
    """This GitHub can't answer showcase's queries (an old Enterprise Server): use REST."""


class Asker:
    """Posts queries through showcase's session (bounded, retried, counted; PyGithub's
    `graphql_query` would raise on any error and lose the data GraphQL sends beside it, e.g. one
    missing repository among thirty) and keeps GraphQL's partial answers."""

    def __init__(
        self, session: requests.Session, url: str, points: Callable[[int], None], has_token: bool = True
    ) -> None:
        self.session = session
        self.url = url
        self.points = points
        self.has_token = has_token

    def __call__(self, query: str, variables: dict[str, Any] | None = None) -> tuple[dict[str, Any], list[Any]]:
        response = self.session.post(self.url, json={"query": query, "variables": variables or {}})
        if response.status_code in NO_GRAPHQL:
            raise GraphQLUnavailable(f"{self.url} answered {response.status_code}")
        answer = _json(response)
        if response.status_code != 200:
            message = answer.get("message")
            text = message[:200] if isinstance(message, str) else ""
            raise http_failure(response.status_code, response.headers, text, has_token=self.has_token)
        errors: list[Any] = answer["errors"] if isinstance(answer.get("errors"), list) else []
        if any(isinstance(e, dict) and e.get("type") == "RATE_LIMITED" for e in errors):
            raise http_failure(403, response.headers, "", has_token=self.has_token, rate_limited=True)
        data = answer.get("data")
        if not isinstance(data, dict):
            first = errors[0].get("message") if errors and isinstance(errors[0], dict) else "no data"
            raise GraphQLUnavailable(f"GitHub refused the query: {str(first)[:200]}")
        cost = data.get("rateLimit", {}).get("cost") if isinstance(data.get("rateLimit"), dict) else None
        self.points(cost if isinstance(cost, int) and 0 <= cost < 10**6 else 1)
        return data, errors


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        answer = response.json()
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        if response.status_code == 200:
            raise ValueError("malformed GraphQL answer")
        return {}
    return answer


def fetch(asker: Asker, resume: Resume, login: str, previous: Snapshot | None, say: Say) -> Snapshot:
    old = previous.repos if previous else {}
    both_ends = previous is None or previous.user is None or previous.user.public_repos > 100
    data, _ = asker(graphql.profile(both_ends), {"login": login})
    if not isinstance(data.get("user"), dict):
        raise FetchError(f"GitHub user {login} not found (GraphQL)", hint="check showcase.github")
    user = parse(UserNode, data["user"])
    total, nodes = _listing(asker, login, data["user"], say)
    repos = {repo.key: repo for repo in (_listed(node, say) for node in nodes) if repo is not None}
    pinned = [repo for repo in (_listed(node, say) for node in user.pinned_items.nodes if node) if repo is not None]
    for repo in pinned:
        repos.setdefault(repo.key, repo)
    renamed = dict(previous.renamed) if previous else {}
    missing: list[str] = []
    known_missing = set(previous.missing) if previous else set()
    pins = [repo.full_name for repo in pinned]
    shown = discover.shown_keys(resume, repos, renamed, pins)
    # The listing holds every public repository of the owner: one of theirs that was missing
    # before and isn't listed is still gone (asked once, not every run).
    gone = [key for key in shown if key not in repos and key.split("/")[0] == login.lower() and key in known_missing]
    missing += gone
    wanted = [key for key in shown if key not in gone]
    prereleases = resume.showcase.releases.prereleases
    stale = [key for key in wanted if prereleases or not _unchanged(repos.get(key), old.get(key))]
    for key in wanted:
        if key not in stale:
            repos[key] = repos[key].with_details_of(old[key], _DETAILS)
    detailed = _details(asker, stale, prereleases, old, missing, say)
    for key, repo in detailed.items():
        if repo.key != key:
            renamed[key] = repo.full_name
        repos[repo.key] = repo
    curated = {project.repo.lower() for project in resume.projects if project.repo}
    collection = user.contributions_collection
    contributed = user.repositories_contributed_to.total_count if user.repositories_contributed_to else 0
    return Snapshot(
        user=to_user(user, total, pins),
        repos=repos,
        missing=missing,
        renamed={key: new for key, new in renamed.items() if key in curated},
        contributions=to_contributions(collection, contributed) if collection else None,
        pull_requests=to_pull_requests(user.pull_requests, login) if user.pull_requests else [],
        note=previous.note if previous else None,
    )


def _listing(asker: Asker, login: str, user: dict[str, Any], say: Say) -> tuple[int, list[Any]]:
    """(how many public repositories the owner has, every listed node): the profile's first and
    last 100 by name, then pages after the first 100 while some are still unseen."""
    head = parse(Connection, user.get("head") or {})
    nodes = head.nodes + parse(Connection, user.get("tail") or {}).nodes
    seen = {_name(node) for node in nodes}
    page, pages = head.page_info, 1
    while len(seen) < head.total_count and page.has_next_page and page.end_cursor and pages < MAX_LISTING_PAGES:
        data, _ = asker(graphql.PAGE, {"login": login, "after": page.end_cursor})
        connection = parse(Connection, (data.get("user") or {}).get("repositories") or {})
        nodes += connection.nodes
        seen |= {_name(node) for node in connection.nodes}
        page, pages = connection.page_info, pages + 1
    if len(seen) < head.total_count:
        say(f"{login} has {head.total_count:,} repositories; read the first {len(seen):,}")
    return head.total_count, nodes


def _name(node: Any) -> str:
    name = node.get("nameWithOwner") if isinstance(node, dict) else None
    return name.lower() if isinstance(name, str) else ""


def _listed(node: Any, say: Say) -> RepoData | None:
    try:
        answer = parse(Listed, node)
    except MalformedAnswer as exc:
        name = node.get("nameWithOwner") if isinstance(node, dict) else None
        say(f"{name if isinstance(name, str) else 'a repository'}: left out, GitHub listed it malformed ({exc})")
        return None
    return None if answer.is_private else to_repo(answer)


def _unchanged(listed: RepoData | None, before: RepoData | None) -> bool:
    """Details still hold: nothing was pushed, and topics, description and stars stayed (updatedAt)."""
    return (
        listed is not None
        and before is not None
        and before.details_hold_for(listed, excerpt_lazy.VERSION)
        and before.updated_at == listed.updated_at
    )


# What only the details query fills in on the GraphQL path (the listing brings parent and release).
_DETAILS = ("topics", "languages", "latest_prerelease", "readme")


def _details(
    asker: Asker, keys: list[str], prereleases: bool, old: dict[str, RepoData], missing: list[str], say: Say
) -> dict[str, RepoData]:
    """The shown repositories' details in one request, then their README texts."""
    if not keys:
        return {}
    try:
        data, errors = asker(graphql.details(keys, prereleases))
    except ResponseTooLarge:  # READMEs far past the cap: ask again without their texts
        say(f"details of {len(keys)} repositories came too large with README texts; asking for those apart")
        data, errors = asker(graphql.details(keys, prereleases, readme_text=False))
    not_found = {
        str(e["path"][0]) for e in errors if isinstance(e, dict) and e.get("type") == "NOT_FOUND" and e.get("path")
    }
    found: dict[str, tuple[Detailed, RepoData]] = {}
    kept: dict[str, RepoData] = {}
    for index, key in enumerate(keys):
        node = data.get(f"r{index}")
        if node is None and f"r{index}" in not_found:
            missing.append(key)
            continue
        try:
            answer = parse(Detailed, node)
        except MalformedAnswer as exc:
            say(f"{key}: no usable details from GitHub ({exc}); keeping the previous data")
            if key in old:
                kept[key] = old[key]
            continue
        if answer.is_private:
            missing.append(key)  # a token may see it; a public profile must not show it
            continue
        found[key] = (answer, _with_details(answer))
    readmes = _readmes(asker, found, say)
    return kept | {key: repo.model_copy(update={"readme": readmes.get(key)}) for key, (_, repo) in found.items()}


def _with_details(answer: Detailed) -> RepoData:
    repo = to_repo(answer)
    sizes = {edge.node.name: edge.size for edge in answer.languages.edges}
    nodes = answer.releases.nodes if answer.releases else None
    published = [to_release(node) for node in nodes or [] if not node.is_draft and node.published_at]
    stable, prerelease = newest(published) if nodes is not None else (repo.latest_release, None)
    return repo.model_copy(
        update={
            "detailed": True,
            "topics": sorted(topic.topic.name for topic in answer.repository_topics.nodes),
            "languages": sizes,
            # A fork's primary language may be null; its bytes say.
            "language": repo.language or (max(sizes, key=lambda name: (sizes[name], name)) if sizes else None),
            "latest_release": stable,
            "latest_prerelease": prerelease,
        }
    )


class Located(NamedTuple):
    """Where a repository's README is: its path, its size, and whether it is a symbolic link (whose
    blob holds the path of the file GitHub shows)."""

    path: str
    size: int
    link: bool = False


def readme_path(folders: list[tuple[str, Folder | None]]) -> Located | None:
    """The README GitHub shows: the first folder (.github, root, docs) holding one, and there the
    name with the most preferred extension."""
    for folder, tree in folders:
        candidates = [
            entry
            for entry in (tree.entries if tree else [])
            if entry.type == "blob" and entry.name.lower().split(".", 1)[0] == "readme"
        ]
        if candidates:

            def rank(name: str) -> tuple[int, str]:
                suffix = name[6:].lower()
                return (README_SUFFIXES.index(suffix) if suffix in README_SUFFIXES else len(README_SUFFIXES), name)

            best = min(candidates, key=lambda entry: rank(entry.name))
            return Located(f"{folder}/{best.name}" if folder else best.name, best.size, best.is_link)
    return None


def link_target(link: str, text: str) -> str | None:
    """The path a README's symbolic link points to, from the link's folder ("Diaryx.md",
    "../docs/README.md"), as GitHub follows it: a file inside the repository, or None."""
    target = text.strip()
    if not target or "\n" in target or target.startswith("/") or len(target) > MAX_LINK_CHARS:
        return None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(link), target))
    return None if resolved in {".", ""} or resolved.startswith("../") or resolved == ".." else resolved


def _readmes(asker: Asker, found: dict[str, tuple[Detailed, RepoData]], say: Say) -> dict[str, Readme | None]:
    readmes: dict[str, Readme | None] = {}
    wanted: list[tuple[str, str, int]] = []  # READMEs whose text the details answer lacks
    texts: dict[str, str] = {}
    links: list[str] = []  # READMEs that are symbolic links: their text is where GitHub looks
    for key, (answer, repo) in found.items():
        located = readme_path(
            list(zip(graphql.README_FOLDERS, (answer.folder0, answer.folder1, answer.folder2), strict=True))
        )
        if located is None:
            readmes[key] = None
            continue
        readmes[key] = Readme(path=located.path, html_url=f"{repo.html_url}/blob/{repo.default_branch}/{located.path}")
        if located.link:
            links.append(key)
        if located.size > MAX_README_BYTES:
            say(f"{repo.full_name}: README is {located.size:,} bytes; skipping its excerpt")
            continue
        text = _text(answer.likely) if located.path == graphql.LIKELY_README else None
        if text is None:
            wanted.append((key, located.path, located.size))
        else:
            texts[key] = text
    texts |= _blob_texts(asker, found, wanted)
    # GitHub shows the file a README link points to (one step, inside the repository), as the REST
    # API answers with it: one more request for them all, only when a shown README is a link.
    targets = [(key, target, MAX_README_BYTES) for key in links if (target := _target(readmes[key], texts.get(key)))]
    texts = {key: text for key, text in texts.items() if key not in links} | _blob_texts(asker, found, targets)
    for key, text in texts.items():
        readme = readmes[key]
        if readme is not None:
            readmes[key] = _excerpted(readme, text)
    return readmes


def _target(readme: Readme | None, text: str | None) -> str | None:
    return link_target(readme.path, text) if readme is not None and text is not None else None


def _blob_texts(
    asker: Asker, found: dict[str, tuple[Detailed, RepoData]], wanted: list[tuple[str, str, int]]
) -> dict[str, str]:
    """The text of each (key, path) blob that is text within the cap, asked in batches."""
    texts: dict[str, str] = {}
    for batch in _batches(wanted):
        data, _ = asker(graphql.blobs([(found[key][1].full_name, path) for key, path, _ in batch]))
        for index, (key, _, _) in enumerate(batch):
            holder = data.get(f"b{index}")
            text = _text(holder.get("object") if isinstance(holder, dict) else None)
            if text is not None:
                texts[key] = text
    return texts


def _excerpted(readme: Readme, text: str) -> Readme:
    return readme.model_copy(
        update={"excerpt": excerpt_lazy.extract(text, readme.path), "extractor": excerpt_lazy.VERSION}
    )


def _batches(wanted: list[tuple[str, str, int]]) -> list[list[tuple[str, str, int]]]:
    batches: list[list[tuple[str, str, int]]] = [[]]
    used = 0
    for item in wanted:
        if batches[-1] and used + item[2] > README_BATCH_BYTES:
            batches.append([])
            used = 0
        batches[-1].append(item)
        used += item[2]
    return [batch for batch in batches if batch]


def _text(node: Any) -> str | None:
    """A blob's text, when it is text and within the cap."""
    if node is None:
        return None
    try:
        blob = node if isinstance(node, Blob) else parse(Blob, node)
    except MalformedAnswer:
        return None
    if blob.is_binary or blob.text is None or "\x00" in blob.text or len(blob.text) > MAX_README_BYTES:
        return None
    return blob.text
