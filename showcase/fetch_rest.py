"""Live metadata → Snapshot through the REST API: for anonymous use, `--rest`, and servers
without GitHub's GraphQL endpoint. Asks GitHub only what it can't already know.

Request plan (cold): the user, the listing pages (later pages in parallel), then for each shown
repository its languages, README and newest release, plus the repository itself for forks
(the listing lacks the parent) and for curated repositories the listing doesn't carry.
Warm: a shown repository whose `pushed_at` matches the previous snapshot keeps its details,
so only the user and the listing are asked, and both answer 304.
"""

from __future__ import annotations

import base64
import codecs
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs, urlsplit

import github
import requests
from github import GithubException

from showcase import discover, excerpt_lazy
from showcase.answers import (
    LANGUAGES,
    RELEASES,
    MalformedAnswer,
    ReadmeAnswer,
    RepoAnswer,
    UserAnswer,
    parse,
    parse_with,
    to_release,
    to_repo,
    to_user,
)
from showcase.client import ClientOptions, HttpStats
from showcase.errors import FetchError
from showcase.failures import http_failure, short
from showcase.models import Resume
from showcase.rest_client import github_client
from showcase.snapshot import Readme, Release, RepoData, Snapshot, newest
from showcase.transport import MAX_LISTING_PAGES, MAX_README_BYTES, Limits, RunDeadlineExceeded

Say = Callable[[str], None]


def fetch(
    options: ClientOptions,
    stats: HttpStats,
    limits: Limits,
    resume: Resume,
    login: str,
    previous: Snapshot | None,
    say: Say,
) -> Snapshot:
    """The snapshot through REST; a failure of the run as a whole is one FetchError."""
    with github_client(options, stats, limits) as client:
        try:
            return _fetch(client, resume, login, previous, options, say)
        except GithubException as exc:
            raise _as_fetch_error(exc, client, options.api_url, has_token=options.token is not None) from None


def _fetch(
    client: github.Github,
    resume: Resume,
    login: str,
    previous: Snapshot | None,
    options: ClientOptions,
    say: Say,
) -> Snapshot:
    requester = client.requester
    old = previous.repos if previous else {}
    known_missing = set(previous.missing) if previous else set()
    renamed = dict(previous.renamed) if previous else {}
    missing: list[str] = []
    # One bounded pool for everything: the user and the first listing page go out together,
    # later listing pages in parallel once the last page is known, then per-repository details.
    with ThreadPoolExecutor(max_workers=options.workers) as pool:
        user_answer = pool.submit(_get_json, requester, f"/users/{login}")
        repos = {repo.key: repo for repo in _list_repos(requester, login, pool, options.workers, say)}
        user = user_answer.result()
        # REST can't see pins: the last ones GraphQL saw stand.
        pinned = previous.user.pinned if previous and previous.user else []
        shown = discover.shown_keys(resume, repos, renamed, pinned)

        def detail(key: str) -> RepoData | None:
            listed = repos.get(key)
            before = old.get(key)
            if listed is None and key.split("/")[0] == login.lower() and key in known_missing:
                # The listing holds every public repository of the owner; a 404 for this one before
                # means it is still gone (asked once, not every run).
                missing.append(key)
                return None
            if listed is not None and before is not None and before.details_hold_for(listed, excerpt_lazy.VERSION):
                # Releases are asked for every run: a release published for an old tag doesn't
                # move pushed_at. The conditional request answers 304, free, when nothing changed.
                return _with_releases(requester, listed.with_details_of(before, _DETAILS), say)
            return _detail(requester, key, listed, before, missing, say)

        for key, repo in zip(shown, pool.map(detail, shown), strict=False):
            if repo is None:
                continue
            if repo.key != key:  # GitHub redirected: the repository has a new owner or name
                renamed[key] = repo.full_name
            repos[repo.key] = repo
    curated = {project.repo.lower() for project in resume.projects if project.repo}
    return Snapshot(
        user=to_user(parse(UserAnswer, user)).model_copy(update={"pinned": pinned}),
        repos=repos,
        missing=missing,
        renamed={old_key: new for old_key, new in renamed.items() if old_key in curated},
        note=previous.note if previous else None,
        contributions=previous.contributions if previous else None,
        pull_requests=previous.pull_requests if previous else [],
    )


def _list_repos(
    requester: Any, login: str, pool: ThreadPoolExecutor, batch: int, say: Callable[[str], None]
) -> list[RepoData]:
    """Every page of the owner's public repositories (up to MAX_LISTING_PAGES); pages after the
    first in parallel, a batch at a time, so a `Link` claiming millions of pages costs nothing."""
    path = f"/users/{login}/repos"
    params = {"type": "owner", "sort": "full_name", "per_page": 100}
    headers, first = requester.requestJsonAndCheck("GET", path, parameters={**params, "page": 1})
    pages = [_expect_list(first, path)]
    last = _last_page(headers)
    if last > MAX_LISTING_PAGES:
        say(
            f"{login} has {last} pages of repositories; reading the first {MAX_LISTING_PAGES} ({MAX_LISTING_PAGES * 100:,})"
        )
    numbers = list(range(2, min(last, MAX_LISTING_PAGES) + 1))
    for start in range(0, len(numbers), batch):
        answers = pool.map(lambda n: _get_json(requester, path, {**params, "page": n}), numbers[start : start + batch])
        pages += [_expect_list(answer, path) for answer in answers]
    return [repo for page in pages for repo in _listed(page, say) if repo is not None]


def _last_page(headers: dict[str, Any]) -> int:
    """The page number of the `rel="last"` link, parsed as requests parses Link headers."""
    for link in requests.utils.parse_header_links(str(headers.get("link") or "")):
        if link.get("rel") == "last":
            number = parse_qs(urlsplit(link.get("url", "")).query).get("page", ["1"])[0]
            return int(number) if number.isdigit() and len(number) < 10 else 1
    return 1


def _listed(page: list[dict[str, Any]], say: Callable[[str], None]) -> list[RepoData | None]:
    """A listing page's public repositories; a malformed entry costs that entry, with a warning."""
    repos: list[RepoData | None] = []
    for raw in page:
        try:
            answer = parse(RepoAnswer, raw)
        except MalformedAnswer as exc:
            name = raw.get("full_name") if isinstance(raw.get("full_name"), str) else "a repository"
            say(f"{name}: left out, GitHub listed it malformed ({exc})")
            continue
        repos.append(None if answer.private else to_repo(answer))
    return repos


def _detail(
    requester: Any,
    key: str,
    listed: RepoData | None,
    before: RepoData | None,
    missing: list[str],
    say: Callable[[str], None],
) -> RepoData | None:
    """Per-repository requests. A failure here costs this repository, never the run."""
    try:
        repo = listed
        if repo is None or repo.fork:
            answer = parse(RepoAnswer, _get_json(requester, f"/repos/{key}"))
            if answer.private:
                missing.append(key)  # a token may see it; a public profile must not show it
                return None
            repo = to_repo(answer)
        url = f"/repos/{repo.full_name}"
        languages = _get_json(requester, f"{url}/languages")
        if isinstance(languages, dict):
            languages = {k: v for k, v in languages.items() if k != "url"}  # PyGithub may add its own url
        sizes: dict[str, int] = parse_with(LANGUAGES, languages)
        stable, prerelease = _newest_releases(requester, repo.full_name)
        return repo.model_copy(
            update={
                "detailed": True,
                # A fork's listing (and often its own answer) says language null; its bytes don't.
                "language": repo.language or (max(sizes, key=lambda name: (sizes[name], name)) if sizes else None),
                "languages": sizes,
                "latest_release": stable,
                "latest_prerelease": prerelease,
                "readme": _readme(requester, repo, say),
            }
        )
    except github.UnknownObjectException:
        if listed is None:
            missing.append(key)
            return None
        say(f"{key}: vanished while fetching; keeping what the listing said")
        return listed
    except (github.RateLimitExceededException, github.BadCredentialsException, RunDeadlineExceeded):
        raise  # the run can't go on: these stop everything
    except (GithubException, requests.RequestException, ValueError) as exc:
        say(f"{key}: {_short(exc)}; keeping the previous data")
        return before or listed
    except Exception as exc:  # a shape nobody foresaw in one answer: it costs this repository only
        say(f"{key}: unexpected answer ({type(exc).__name__}); keeping the previous data")
        return before or listed


# Drafts come first to a token with push access (tag `untagged-…`, no publication date), and
# prereleases may sit on top: read enough to get past both.
RELEASES_PER_PAGE = 10


def _newest_releases(requester: Any, full_name: str) -> tuple[Release | None, Release | None]:
    """(newest published release, a published prerelease newer than it); never a draft."""
    answers = parse_with(
        RELEASES, _get_json(requester, f"/repos/{full_name}/releases", {"per_page": RELEASES_PER_PAGE})
    )
    return newest([to_release(a) for a in answers if not a.draft and a.published_at])


def _with_releases(requester: Any, repo: RepoData, say: Callable[[str], None]) -> RepoData:
    try:
        stable, prerelease = _newest_releases(requester, repo.full_name)
    except (GithubException, requests.RequestException, ValueError) as exc:
        if isinstance(exc, RunDeadlineExceeded):
            raise
        say(f"{repo.full_name}: releases: {_short(exc)}; keeping the previous ones")
        return repo
    return repo.model_copy(update={"latest_release": stable, "latest_prerelease": prerelease})


def _readme(requester: Any, repo: RepoData, say: Callable[[str], None]) -> Readme | None:
    try:
        raw = parse(ReadmeAnswer, _get_json(requester, f"/repos/{repo.full_name}/readme"))
    except github.UnknownObjectException:
        return None
    path = raw.path or raw.name or "README"
    content = raw.content or ""
    if raw.size > MAX_README_BYTES or len(content) > MAX_README_BYTES * 2:
        say(f"{repo.full_name}: README is {max(raw.size, len(content) * 3 // 4):,} bytes; skipping its excerpt")
        return Readme(path=path, html_url=raw.page)
    try:
        text = _decoded(base64.b64decode(content))
    except (ValueError, UnicodeDecodeError):
        say(f"{repo.full_name}: README is not UTF-8 text; skipping its excerpt")
        return Readme(path=path, html_url=raw.page)
    if "\x00" in text:
        return Readme(path=path, html_url=raw.page)
    return Readme(
        path=path, html_url=raw.page, excerpt=excerpt_lazy.extract(text, path), extractor=excerpt_lazy.VERSION
    )


def _decoded(data: bytes) -> str:
    """A README's text: UTF-8, or UTF-16 when a byte order mark says so (Windows PowerShell's `>`
    writes it, and GitHub shows such a README as text)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")  # the mark gives the byte order and is dropped
    return data.decode("utf-8")


# What only per-repository requests fill in on the REST path; a refresh with nothing pushed keeps it.
_DETAILS = ("parent", "languages", "latest_release", "latest_prerelease", "readme")


# ---- GitHub JSON → our models -----------------------------------------------------------


def _get_json(requester: Any, path: str, parameters: dict[str, Any] | None = None) -> Any:
    _, data = requester.requestJsonAndCheck("GET", path, parameters=parameters)
    if not isinstance(data, (dict, list)) or (isinstance(data, dict) and set(data) == {"data"}):
        raise ValueError(f"malformed answer from {path}")
    return data


def _expect_list(data: Any, path: str) -> list[dict[str, Any]]:
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ValueError(f"malformed answer from {path}: expected a list")
    return data


# ---- errors ---------------------------------------------------------------------------


def _as_fetch_error(exc: GithubException, client: github.Github, api_url: str, has_token: bool) -> FetchError:
    if isinstance(exc, github.UnknownObjectException):
        return FetchError(f"GitHub user not found at {api_url} (404)", hint="check showcase.github")
    return http_failure(
        exc.status,
        exc.headers,
        _short(exc),
        has_token=has_token,
        rate_limited=isinstance(exc, github.RateLimitExceededException),
        known_reset=client.requester.rate_limiting_resettime,
    )


def _short(exc: BaseException) -> str:
    if isinstance(exc, GithubException):
        data = exc.data if isinstance(exc.data, dict) else {}
        return f"{exc.status} {data.get('message') or ''}".strip()
    return short(exc)
