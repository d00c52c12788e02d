"""Live metadata → Snapshot. Asks GitHub only what it can't already know.

Request plan (cold): the user, the listing pages (later pages in parallel), then for each shown
repository its languages, README and newest release, plus the repository itself for forks
(the listing lacks the parent) and for curated repositories the listing doesn't carry.
Warm: a shown repository whose `pushed_at` matches the previous snapshot keeps its details,
so only the user and the listing are asked, and both answer 304.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import github
import requests
from github import GithubException

from showcase import discover, excerpt
from showcase.client import ClientOptions, HttpStats, make_client, make_session
from showcase.feeds import fetch_posts
from showcase.errors import FetchError
from showcase.models import Resume
from showcase.snapshot import Post, Readme, Release, RepoData, Snapshot, UserData

MAX_README_BYTES = 512 * 1024
_LAST_PAGE = re.compile(r'<[^>]*[?&]page=(\d+)[^>]*>;\s*rel="last"')


@dataclass
class FetchReport:
    warnings: list[str] = field(default_factory=list)
    stats: HttpStats = field(default_factory=HttpStats)
    reused: int = 0  # shown repositories whose details came from the previous snapshot


def fetch_snapshot(
    resume: Resume,
    previous: Snapshot | None,
    options: ClientOptions,
    warn: Callable[[str], None] | None = None,
) -> tuple[Snapshot, FetchReport]:
    """Fetch everything a render of `resume` needs. Raises FetchError when the run as a whole fails."""
    login = resume.login
    if not login:
        raise FetchError(
            "no GitHub login: set showcase.github or add a GitHub entry to basics.profiles",
        )
    report = FetchReport()
    report.stats.log = options.log
    client = make_client(options, report.stats)
    say = _collector(report, warn)
    try:
        return _fetch(client, resume, login, previous, options, report, say), report
    except GithubException as exc:
        raise _as_fetch_error(exc, client, options.api_url) from None
    except requests.RequestException as exc:
        raise FetchError(
            f"cannot reach {options.api_url}: {_short(exc)}", hint="check the network, or GITHUB_API_URL / --api-url"
        ) from None
    except ValueError as exc:  # a malformed answer for the user or the listing: nothing to build on
        raise FetchError(f"GitHub sent a malformed answer: {_short(exc)}", hint="try again later") from None
    finally:
        client.close()


def _fetch(
    client: github.Github,
    resume: Resume,
    login: str,
    previous: Snapshot | None,
    options: ClientOptions,
    report: FetchReport,
    say: Callable[[str], None],
) -> Snapshot:
    requester = client.requester
    old = previous.repos if previous else {}
    missing: list[str] = []
    # One bounded pool for everything: the user and the first listing page go out together,
    # later listing pages in parallel once the last page is known, then per-repository details.
    with ThreadPoolExecutor(max_workers=options.workers) as pool:
        user_answer = pool.submit(_get_json, requester, f"/users/{login}")
        repos = {repo.key: repo for repo in _list_repos(requester, login, pool)}
        user = user_answer.result()
        shown = discover.shown_keys(resume, repos)

        def detail(key: str) -> RepoData | None:
            listed = repos.get(key)
            before = old.get(key)
            if listed is None and key.split("/")[0] == login.lower():
                # The listing holds every public repository of the owner: not there means gone.
                missing.append(key)
                return None
            if listed is not None and _unchanged(listed, before):
                report.reused += 1
                return _carry_details(listed, before)  # type: ignore[arg-type]
            return _detail(requester, key, listed, before, missing, say)

        for key, repo in zip(shown, pool.map(detail, shown)):
            if repo is not None:
                repos[key] = repo
    return Snapshot(
        user=_to_user(user),
        repos=repos,
        missing=missing,
        posts=_posts(resume, previous, options, report, say),
        note=previous.note if previous else None,
    )


def _posts(
    resume: Resume, previous: Snapshot | None, options: ClientOptions, report: FetchReport, say: Callable[[str], None]
) -> list[Post]:
    blog = resume.showcase.blog
    if blog is None:
        return []
    session = make_session(options.cache_dir, report.stats)
    try:
        return fetch_posts(blog.feeds, blog.limit, session, previous.posts if previous else [], say, options.timeout)
    finally:
        session.close()


def _list_repos(requester: Any, login: str, pool: ThreadPoolExecutor) -> list[RepoData]:
    """Every page of the owner's public repositories; pages after the first in parallel."""
    path = f"/users/{login}/repos"
    params = {"type": "owner", "sort": "full_name", "per_page": 100}
    headers, first = requester.requestJsonAndCheck("GET", path, parameters={**params, "page": 1})
    pages = [_expect_list(first, path)]
    match = _LAST_PAGE.search(headers.get("link", ""))
    if match:
        numbers = range(2, int(match.group(1)) + 1)
        answers = pool.map(lambda n: _get_json(requester, path, {**params, "page": n}), numbers)
        pages += [_expect_list(answer, path) for answer in answers]
    return [_to_repo(raw) for page in pages for raw in page if not raw.get("private")]


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
            raw = _get_json(requester, f"/repos/{key}")
            if raw.get("private"):
                missing.append(key)  # a token may see it; a public profile must not show it
                return None
            repo = _to_repo(raw).model_copy(update={"parent": (raw.get("parent") or {}).get("full_name")})
        url = f"/repos/{repo.full_name}"
        languages = _get_json(requester, f"{url}/languages")
        releases = _expect_list(_get_json(requester, f"{url}/releases", {"per_page": 1}), f"{url}/releases")
        readme = _readme(requester, repo, say)
        return repo.model_copy(
            update={
                "detailed": True,
                "languages": {k: v for k, v in languages.items() if isinstance(v, int) and not isinstance(v, bool)},
                "latest_release": _to_release(releases[0]) if releases else None,
                "readme": readme,
            }
        )
    except github.UnknownObjectException:
        if listed is None:
            missing.append(key)
            return None
        say(f"{key}: vanished while fetching; keeping what the listing said")
        return listed
    except (github.RateLimitExceededException, github.BadCredentialsException):
        raise  # the run can't go on: these stop everything
    except (GithubException, requests.RequestException, ValueError) as exc:
        say(f"{key}: {_short(exc)}; keeping the previous data")
        return before or listed


def _readme(requester: Any, repo: RepoData, say: Callable[[str], None]) -> Readme | None:
    try:
        raw = _get_json(requester, f"/repos/{repo.full_name}/readme")
    except github.UnknownObjectException:
        return None
    path = str(raw.get("path") or raw.get("name") or "README")
    size = raw.get("size") or 0
    if size > MAX_README_BYTES:
        say(f"{repo.full_name}: README is {size} bytes; skipping its excerpt")
        return Readme(path=path, html_url=raw.get("html_url"))
    try:
        text = base64.b64decode(raw.get("content") or "").decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        say(f"{repo.full_name}: README is not UTF-8 text; skipping its excerpt")
        return Readme(path=path, html_url=raw.get("html_url"))
    if "\x00" in text:
        return Readme(path=path, html_url=raw.get("html_url"))
    return Readme(
        path=path, html_url=raw.get("html_url"), excerpt=excerpt.extract(text, path), extractor=excerpt.VERSION
    )


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
            "readme": before.readme,
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


def _to_repo(raw: dict[str, Any]) -> RepoData:
    try:
        return RepoData(
            full_name=raw["full_name"],
            name=raw["name"],
            owner=raw["owner"]["login"],
            html_url=raw["html_url"],
            description=raw.get("description") or None,
            homepage=raw.get("homepage") or None,
            stars=int(raw.get("stargazers_count") or 0),
            forks=int(raw.get("forks_count") or 0),
            language=raw.get("language"),
            topics=sorted(str(t) for t in raw.get("topics") or []),
            license=((raw.get("license") or {}).get("spdx_id") or None),
            pushed_at=raw.get("pushed_at"),
            archived=bool(raw.get("archived")),
            fork=bool(raw.get("fork")),
            default_branch=raw.get("default_branch") or "main",
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed repository entry (missing {exc})") from None


def _to_release(raw: dict[str, Any]) -> Release:
    return Release(
        tag=str(raw.get("tag_name") or ""),
        name=raw.get("name") or None,
        published_at=raw.get("published_at") or raw.get("created_at"),
        url=raw.get("html_url"),
    )


def _to_user(raw: dict[str, Any]) -> UserData:
    return UserData(
        login=raw["login"],
        name=raw.get("name"),
        bio=raw.get("bio"),
        blog=raw.get("blog") or None,
        location=raw.get("location"),
        html_url=raw.get("html_url"),
        followers=int(raw.get("followers") or 0),
        public_repos=int(raw.get("public_repos") or 0),
    )


# ---- errors ---------------------------------------------------------------------------


def _collector(report: FetchReport, warn: Callable[[str], None] | None) -> Callable[[str], None]:
    def say(message: str) -> None:
        report.warnings.append(message)
        if warn is not None:
            warn(message)

    return say


def _as_fetch_error(exc: GithubException, client: github.Github, api_url: str) -> FetchError:
    if isinstance(exc, github.BadCredentialsException):
        return FetchError("GitHub rejected the token (401 Bad credentials)", hint="check GH_TOKEN / GITHUB_TOKEN")
    headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
    if isinstance(exc, github.RateLimitExceededException) or headers.get("x-ratelimit-remaining") == "0":
        reset = headers.get("x-ratelimit-reset") or str(client.requester.rate_limiting_resettime or "")
        when = ""
        if reset.isdigit() and int(reset) > 0:
            moment = datetime.fromtimestamp(int(reset), timezone.utc)
            minutes = max(0, round((moment - datetime.now(timezone.utc)).total_seconds() / 60))
            when = f"; it resets at {moment:%H:%M} UTC (in {minutes} min)"
        return FetchError(
            f"GitHub API rate limit exhausted{when}",
            hint="set GH_TOKEN for 5,000 requests/hour; a warm cache makes a refresh nearly free",
        )
    if isinstance(exc, github.UnknownObjectException):
        return FetchError(f"GitHub user not found at {api_url} (404)", hint="check showcase.github")
    return FetchError(f"GitHub API error {exc.status}: {_short(exc)}")


def _short(exc: BaseException) -> str:
    if isinstance(exc, GithubException):
        data = exc.data if isinstance(exc.data, dict) else {}
        return f"{exc.status} {data.get('message') or ''}".strip()
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
