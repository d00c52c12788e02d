"""HTTP for a cron job: tokens, options, one session per run (cached or not), bounded retries,
counting. PyGithub is wired to it in rest_client.py; GraphQL posts through it directly.

# Imported inside functions: requests_cache (about 80 ms of a 1 s cold build) only by a session
# that caches; the GraphQL path sends POSTs, which are never cached, so it doesn't pay for it.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import platformdirs
import requests
from urllib3.exceptions import MaxRetryError, ResponseError
from urllib3.util.retry import Retry

from showcase.errors import UsageError
from showcase.transport import BoundedAdapter, Limits

DEFAULT_API_URL = "https://api.github.com"
# The whole fetch may take this long (README: Limits); one answer's bounds are transport.Limits'.
RUN_SECONDS = 600.0
CACHE_BUSY_SECONDS = 60
# What GitHub asks every REST client to send (docs: "API versions", "Media types").
GITHUB_HEADERS = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"}


@dataclass(frozen=True)
class Credentials:
    token: str | None
    source: str  # "GH_TOKEN", "GITHUB_TOKEN", "gh auth token" or "none"


# Every kind of GitHub token is printable ASCII without spaces. Anything else (a pasted line break,
# a trailing space, a smart quote) would be sent in a header, or echoed by an HTTP library's error.
_TOKEN_SHAPE = re.compile(r"[\x21-\x7e]{1,1024}")


def check_token(token: str, source: str) -> str:
    """The token, or a UsageError that names where it came from and never the token itself."""
    if not _TOKEN_SHAPE.fullmatch(token):
        raise UsageError(
            f"{source} is not a valid token: it holds white space, a line break, a control character or "
            "non-ASCII characters (or is longer than 1,024 characters)",
            hint=f'set {source} to the token alone, e.g. export {source}="$(gh auth token)"',
        )
    return token


def resolve_token(env: Mapping[str, str] | None = None, use_gh_cli: bool = True) -> Credentials:
    """GH_TOKEN, then GITHUB_TOKEN, then `gh auth token`, else anonymous. A malformed token is a
    UsageError (exit 2) before any request."""
    env = os.environ if env is None else env
    for name in ("GH_TOKEN", "GITHUB_TOKEN"):
        if env.get(name, ""):
            return Credentials(check_token(env[name], name), name)
    if use_gh_cli and shutil.which("gh"):
        try:
            out = subprocess.run(["gh", "auth", "token"], capture_output=True, text=True, timeout=5, check=False)
        except (OSError, subprocess.SubprocessError):
            out = None
        if out is not None and out.returncode == 0 and out.stdout.strip():
            return Credentials(check_token(out.stdout.strip(), "`gh auth token`"), "gh auth token")
    return Credentials(None, "none")


def resolve_api_url(override: str | None = None, env: Mapping[str, str] | None = None) -> str:
    values = os.environ if env is None else env
    return (override or values.get("GITHUB_API_URL") or DEFAULT_API_URL).rstrip("/")


def default_cache_dir(env: Mapping[str, str] | None = None) -> Path:
    values = os.environ if env is None else env
    if values.get("SHOWCASE_CACHE_DIR"):
        return Path(values["SHOWCASE_CACHE_DIR"])

    return Path(platformdirs.user_cache_dir("showcase", appauthor=False))


@dataclass
class HttpStats:
    """What went over the wire, counted from the client side."""

    sent: int = 0  # requests that reached the server
    not_modified: int = 0  # of those, answered 304 (free with GitHub)
    points: int = 0  # GraphQL rate-limit points, as GitHub reported them
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # Called with one line per request (method, URL without query secrets, status, cache);
    # the token lives in a header and never reaches it.
    log: Callable[[str], None] | None = field(default=None, repr=False)

    def record(self, method: str, url: str, status: int) -> None:
        """One exchange with the server, as the transport saw it: counted and logged exactly once
        (a response hook fires twice for a revalidated answer: the 304 and the cached copy)."""
        if self.log is not None:
            self.log(f"{method} {shown_url(url)} {status}")
        with self.lock:
            self.sent += 1
            self.not_modified += 1 if status == 304 else 0


_SHOWN_PARAMETERS = {"page", "per_page", "type", "sort"}


def shown_url(url: str) -> str:
    """A URL for --verbose: the API's paging parameters kept, any other query value hidden (a
    feed's URL may carry a secret)."""

    parts = urlsplit(url)
    query = [(k, v if k in _SHOWN_PARAMETERS else "…") for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(query, safe="…")))


class BoundedRetry(Retry):
    """urllib3 Retry that never sleeps past `max_sleep` and fails fast on an exhausted primary limit.

    - 5xx, dropped connections and 429 are retried with jittered exponential backoff.
    - 403/429 with Retry-After wait that long (capped); with X-RateLimit-Remaining: 0 they wait
      for the reset only if it comes within `max_sleep`, else give up at once so the run can
      exit and say when the limit resets.
    - A 403 with neither header is a permission error: not retried.
    """

    def __init__(self, *args: Any, max_sleep: float = 60.0, **kwargs: Any) -> None:
        self.max_sleep = max_sleep
        super().__init__(*args, **kwargs)

    def new(self, **kw: Any) -> BoundedRetry:
        kw["max_sleep"] = self.max_sleep
        return super().new(**kw)

    def is_retry(self, method: str, status_code: int, has_retry_after: bool = False) -> bool:
        if status_code == 403 and not has_retry_after:
            return False
        return super().is_retry(method, status_code, has_retry_after)

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):  # type: ignore[no-untyped-def]
        wait = self._wait_asked(response) if response is not None and response.status in (403, 429) else None
        if wait is not None and wait > self.max_sleep:
            # handed back as the 403/429 (raise_on_status is off), which fetch turns into one line
            raise MaxRetryError(_pool, url, ResponseError("rate limit exhausted"))
        return super().increment(method, url, response, error, _pool, _stacktrace)

    def _wait_asked(self, response: Any) -> float | None:
        """How long the server asked us to wait (Retry-After, else the primary limit's reset)."""
        try:
            asked = self.parse_retry_after(response.headers.get("Retry-After") or "")
        except Exception:  # missing or malformed: urllib3 raises its own InvalidHeader
            asked = None
        return asked if asked is not None else self._primary_wait(response)

    @staticmethod
    def _primary_wait(response: Any) -> float | None:
        if response.headers.get("X-RateLimit-Remaining") != "0" or response.headers.get("Retry-After"):
            return None
        reset = response.headers.get("X-RateLimit-Reset", "")
        return max(0.0, float(reset) - time.time()) if reset.isdigit() else 60.0

    def get_retry_after(self, response: Any) -> float | None:
        seconds = super().get_retry_after(response)
        if seconds is None:
            seconds = self._primary_wait(response)
        return None if seconds is None else min(seconds, self.max_sleep)

    def get_backoff_time(self) -> float:
        base = super().get_backoff_time()
        return min(self.max_sleep, base * (0.5 + random.random())) if base else 0.0


def make_retry(retries: int, backoff: float, max_sleep: float) -> BoundedRetry:
    return BoundedRetry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        backoff_factor=backoff,
        backoff_max=max_sleep,
        status_forcelist={403, 429, 500, 502, 503, 504},
        # The only POST showcase sends is a GraphQL query: it changes nothing, so a retry is safe.
        allowed_methods={"GET", "HEAD", "POST"},
        respect_retry_after_header=True,
        raise_on_status=False,  # hand the last answer to PyGithub, which turns it into an exception
        max_sleep=max_sleep,
    )


def make_session(
    cache_dir: Path | None,
    stats: HttpStats,
    limits: Limits | None = None,
    retry: Retry | int = 0,
    pool_size: int = 10,
) -> requests.Session:
    """A requests session that revalidates every answer by ETag, never stores the token, and reads
    every answer within `limits` (time and bytes)."""
    if cache_dir is None:
        session: requests.Session = requests.Session()
    else:
        import requests_cache  # 80 ms to import: only the paths that revalidate by ETag pay for it

        cache_dir.mkdir(parents=True, exist_ok=True)
        session = requests_cache.CachedSession(
            str(cache_dir / "http-cache"),
            backend="sqlite",
            # JSON, not pickle: a cache restored from a CI artifact must not be able to run code.
            serializer="json",
            # GitHub answers `Vary: Authorization`; revalidating every time turns each repeat into a
            # free 304 instead of a full download.
            always_revalidate=True,
            # Stale at once: a response is stored only if it has a validator (ETag) and is revalidated
            # on every use; one without (a proxy's error page, a malformed body) is never served again.
            expire_after=0,
            allowable_codes=(200,),
            allowable_methods=("GET",),
            ignored_parameters=(*requests_cache.DEFAULT_IGNORED_PARAMS, "Cookie", "X-GitHub-OTP"),
            stale_if_error=False,
            # Two runs may share one cache (a cron and a local refresh): wait for the other's write.
            busy_timeout=CACHE_BUSY_SECONDS * 1000,
            timeout=CACHE_BUSY_SECONDS,
            wal=True,
        )
    adapter = BoundedAdapter(
        limits or Limits(),
        on_answer=stats.record,
        max_retries=retry,
        pool_connections=pool_size,
        pool_maxsize=pool_size,
    )
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update(GITHUB_HEADERS)
    return session


@dataclass
class ClientOptions:
    api_url: str = DEFAULT_API_URL
    token: str | None = None
    cache_dir: Path | None = None
    max_sleep: float = 60.0
    retries: int = 4
    backoff: float = 0.5
    timeout: int = 20
    # In flight at once: well inside GitHub's secondary limits, enough to hide most latency.
    workers: int = 8
    graphql: bool = True  # with a token: GraphQL (a few requests); REST + ETags without one, or when False
    log: Callable[[str], None] | None = None  # --verbose: one line per request
    max_bytes: int = Limits.max_bytes  # one API answer, decoded
    attempt_seconds: float = Limits.attempt_seconds  # one attempt, headers to last byte
    run_seconds: float = RUN_SECONDS  # everything fetch sends, from its first request

    def limits(self, started: float) -> Limits:
        return Limits(self.max_bytes, self.attempt_seconds, started + self.run_seconds)


def graphql_session(options: ClientOptions, stats: HttpStats, limits: Limits) -> requests.Session:
    """A session for GitHub's GraphQL endpoint: the same bounds, retries and counting as REST, no
    HTTP cache (POSTs are never cached), the token in the Authorization header only."""
    retry = make_retry(options.retries, options.backoff, options.max_sleep)
    session = make_session(None, stats, limits, retry=retry)
    if options.token:
        session.headers["Authorization"] = f"bearer {options.token}"
    session.trust_env = False  # no .netrc: the token is ours to send, and only to the API
    return session


def graphql_url(api_url: str) -> str:
    """The GraphQL endpoint for a REST base URL, as PyGithub derives it: api.github.com/graphql,
    HOST/api/graphql for GitHub Enterprise Server's HOST/api/v3."""
    parts = urlsplit(api_url)
    path = parts.path.rstrip("/").removesuffix("/v3")
    return urlunsplit(parts._replace(path=path + "/graphql"))
