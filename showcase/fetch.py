"""Live metadata → Snapshot: GraphQL with a token (fetch_graphql.py: 3 requests cold, 1 for a
quiet refresh), REST otherwise or where GraphQL can't answer (fetch_rest.py), then the feeds.

# Imported inside functions: fetch_rest (PyGithub, about 120 ms of a 1 s cold build) only when
# the REST path runs.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import requests

from showcase import fetch_graphql
from showcase.client import ClientOptions, HttpStats, graphql_session, graphql_url, make_session
from showcase.errors import FetchError
from showcase.failures import short
from showcase.feeds import MAX_FEED_BYTES, fetch_posts
from showcase.models import Resume
from showcase.snapshot import Post, Snapshot
from showcase.transport import DeadlineExceeded, Limits, ResponseTooLarge


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
    snapshot = None
    with _guarded(options):
        if options.token is not None and options.graphql:
            snapshot = _graphql(options, report, limits, resume, login, previous)
        if snapshot is None:
            from showcase import fetch_rest

            snapshot = fetch_rest.fetch(options, report.stats, limits, resume, login, previous, report.warnings.append)
        posts = _posts(resume, previous, options, report, report.warnings.append, limits)
    return snapshot.model_copy(update={"posts": posts}), report


@contextlib.contextmanager
def _guarded(options: ClientOptions) -> Iterator[None]:
    """Failures of the whole run, whichever path it took, as one FetchError with a hint."""
    try:
        yield
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
            f"cannot reach {options.api_url}: {short(exc)}",
            hint="check the network, or GITHUB_API_URL / --api-url",
        ) from None
    except ValueError as exc:  # a malformed answer for the user or the listing: nothing to build on
        raise FetchError(f"GitHub sent a malformed answer: {short(exc)}", hint="try again later") from None


def _graphql(
    options: ClientOptions, report: FetchReport, limits: Limits, resume: Resume, login: str, previous: Snapshot | None
) -> Snapshot | None:
    """GraphQL with a token; None where this GitHub can't answer it (then REST runs)."""

    def count(points: int) -> None:
        report.stats.points += points

    session = graphql_session(options, report.stats, limits)
    try:
        asker = fetch_graphql.Asker(session, graphql_url(options.api_url), count, has_token=True)
        return fetch_graphql.fetch(asker, resume, login, previous, report.warnings.append)
    except fetch_graphql.GraphQLUnavailable as exc:
        report.warnings.append(f"GraphQL: {exc}; using the REST API")
        return None
    finally:
        session.close()


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
