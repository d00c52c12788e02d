"""Live metadata → Snapshot. Asks GitHub only what it can't already know.

Request plan (cold): the user, the listing pages (later pages in parallel), then for each shown
repository its languages, README and newest release, plus the repository itself for forks
(the listing lacks the parent) and for curated repositories the listing doesn't carry.
Warm: a shown repository whose `pushed_at` matches the previous snapshot keeps its details,
so only the user and the listing are asked, and both answer 304.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, urlsplit

import github
import requests
from github import GithubException

from showcase import discover, excerpt, fetch_graphql
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
from showcase.client import ClientOptions, HttpStats, github_client, make_session
from showcase.errors import FetchError
from showcase.feeds import MAX_FEED_BYTES, fetch_posts
from showcase.models import Resume
from showcase.snapshot import Post, Readme, Release, RepoData, Snapshot, newest
from showcase.transport import DeadlineExceeded, Limits, ResponseTooLarge, RunDeadlineExceeded

MAX_README_BYTES = 512 * 1024
# 30 pages of 100: 3,000 repositories (README: Limits). A `Link` header may claim any number.
MAX_LISTING_PAGES = 30


@dataclass
class FetchReport:
    warnings: list[str] = field(default_factory=list)
    stats: HttpStats = field(default_factory=HttpStats)


def fetch_snapshot(
    resume: Resume,
    previous: Snapshot | None,
    options: ClientOptions,
) -> tuple[Snapshot, FetchReport]:
    """Fetch everything a render of `resume` needs. Raises FetchError when the run as a whole fails."""
    login = resume.login
    if not login:
        raise FetchError(
            "no GitHub login: set showcase.github or add a GitHub entry to basics.profiles",
        )
    report = FetchReport()
    report.stats.log = options.log
    limits = options.limits(time.monotonic())
    with github_client(options, report.stats, limits) as client:
        try:
            snapshot = _either(client, resume, login, previous, options, report)
            posts = _posts(resume, previous, options, report, report.warnings.append, limits)
            return snapshot.model_copy(update={"posts": posts}), report
        except GithubException as exc:
            raise _as_fetch_error(exc, client, options.api_url, has_token=options.token is not None) from None
        except ResponseTooLarge as exc:
            raise FetchError(f"{exc}", hint="is GITHUB_API_URL a GitHub API? try again later") from None
        except DeadlineExceeded as exc:
            raise FetchError(
                f"GitHub did not answer in time: {exc}",
                hint=f"each request may take {options.attempt_seconds:.0f} s and the run {options.run_seconds:.0f} s; "
                "try again later",
            ) from None
        except requests.RequestException as exc:
            raise FetchError(
                f"cannot reach {options.api_url}: {_short(exc)}",
                hint="check the network, or GITHUB_API_URL / --api-url",
            ) from None
        except ValueError as exc:  # a malformed answer for the user or the listing: nothing to build on
            raise FetchError(f"GitHub sent a malformed answer: {_short(exc)}", hint="try again later") from None


def _either(
    client: github.Github,
    resume: Resume,
    login: str,
    previous: Snapshot | None,
    options: ClientOptions,
    report: FetchReport,
) -> Snapshot:
    """GraphQL with a token (a few requests), REST without one or where GraphQL can't answer."""
    if options.token is not None and options.graphql:

        def count(points: int) -> None:
            report.stats.points += points

        try:
            return fetch_graphql.fetch(
                fetch_graphql.Asker(client.requester, count), resume, login, previous, report.warnings.append
            )
        except fetch_graphql.GraphQLUnavailable as exc:
            report.warnings.append(f"GraphQL: {exc}; using the REST API")
    return _fetch(client, resume, login, previous, options, report)


def _fetch(
    client: github.Github,
    resume: Resume,
    login: str,
    previous: Snapshot | None,
    options: ClientOptions,
    report: FetchReport,
) -> Snapshot:
    requester = client.requester
    say = report.warnings.append
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
            if listed is not None and _unchanged(listed, before):
                # Releases are asked for every run: a release published for an old tag doesn't
                # move pushed_at. The conditional request answers 304, free, when nothing changed.
                return _with_releases(requester, _carry_details(listed, before), say)  # type: ignore[arg-type]
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


def _posts(
    resume: Resume,
    previous: Snapshot | None,
    options: ClientOptions,
    report: FetchReport,
    say: Callable[[str], None],
    limits: Limits,
) -> list[Post]:
    blog = resume.showcase.blog
    if blog is None:
        return []
    feed_limits = Limits(MAX_FEED_BYTES, min(limits.attempt_seconds, options.timeout), limits.run_deadline)
    session = make_session(options.cache_dir, report.stats, feed_limits)
    try:
        return fetch_posts(blog.feeds, blog.limit, session, previous.posts if previous else [], say, options.timeout)
    finally:
        session.close()


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
        text = base64.b64decode(content).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        say(f"{repo.full_name}: README is not UTF-8 text; skipping its excerpt")
        return Readme(path=path, html_url=raw.page)
    if "\x00" in text:
        return Readme(path=path, html_url=raw.page)
    return Readme(path=path, html_url=raw.page, excerpt=excerpt.extract(text, path), extractor=excerpt.VERSION)


def _unchanged(listed: RepoData, before: RepoData | None) -> bool:
    return (
        before is not None
        and before.detailed
        and before.pushed_at == listed.pushed_at
        and (before.readme is None or before.readme.extractor == excerpt.VERSION)
    )


def _carry_details(listed: RepoData, before: RepoData) -> RepoData:
    return listed.model_copy(
        update={
            "detailed": True,
            "parent": before.parent,
            "languages": before.languages,
            "latest_release": before.latest_release,
            "latest_prerelease": before.latest_prerelease,
            "readme": before.readme,
            "language": listed.language or before.language,
        }
    )


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
    if isinstance(exc, github.BadCredentialsException):
        return FetchError("GitHub rejected the token (401 Bad credentials)", hint="check GH_TOKEN / GITHUB_TOKEN")
    headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
    retry_after = str(headers.get("retry-after") or "")
    if exc.status in (403, 429) and retry_after.isdigit() and len(retry_after) < 10:
        moment = datetime.now(timezone.utc) + timedelta(seconds=int(retry_after))
        return FetchError(
            f"GitHub asked to wait {int(retry_after):,} s before retrying (until {moment:%H:%M} UTC); longer than showcase waits",
            hint=f"run again after {moment:%H:%M} UTC; a scheduled run will simply try again next time",
        )
    if isinstance(exc, github.RateLimitExceededException) or headers.get("x-ratelimit-remaining") == "0":
        reset = headers.get("x-ratelimit-reset") or str(client.requester.rate_limiting_resettime or "")
        when = ""
        if reset.isdigit() and int(reset) > 0:
            moment = datetime.fromtimestamp(int(reset), timezone.utc)
            minutes = max(0, round((moment - datetime.now(timezone.utc)).total_seconds() / 60))
            when = f"; it resets at {moment:%H:%M} UTC (in {minutes} min)"
        hint = (
            "the token's hourly requests are spent (other tools using it count too); a warm cache makes a refresh nearly free"
            if has_token
            else "set GH_TOKEN for 5,000 requests/hour; a warm cache makes a refresh nearly free"
        )
        return FetchError(f"GitHub API rate limit exhausted{when}", hint=hint)
    if isinstance(exc, github.UnknownObjectException):
        return FetchError(f"GitHub user not found at {api_url} (404)", hint="check showcase.github")
    return FetchError(f"GitHub API error {exc.status}: {_short(exc)}")


def _short(exc: BaseException) -> str:
    if isinstance(exc, GithubException):
        data = exc.data if isinstance(exc.data, dict) else {}
        return f"{exc.status} {data.get('message') or ''}".strip()
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
