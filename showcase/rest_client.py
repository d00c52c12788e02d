"""PyGithub wired to showcase's session: every REST request cached (ETag revalidation), bounded,
retried within budget and counted, through PyGithub's documented seam for its HTTP layer.

The only module besides fetch_rest.py that imports github.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import github
import requests
from github.Requester import HTTPRequestsConnectionClass, HTTPSRequestsConnectionClass, Requester

from showcase.client import ClientOptions, HttpStats, make_retry, make_session
from showcase.transport import Limits


def _connection_classes(session: requests.Session) -> tuple[type, type]:
    """PyGithub's own connection classes, answering through `session` (cached, bounded, counted)."""

    def shared(base: type) -> type:
        class SharedSessionConnection(base):  # type: ignore[misc]
            session: requests.Session

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                session.auth = self.session.auth  # PyGithub's no-op auth: never a .netrc fallback
                self.session.close()
                self.session = session

            def close(self) -> None:
                """PyGithub closes a connection before making the next; the session outlives them."""

        return SharedSessionConnection

    return shared(HTTPRequestsConnectionClass), shared(HTTPSRequestsConnectionClass)


# PyGithub's documented seam for its HTTP layer (Requester.injectConnectionClasses) is
# process-wide, so one client at a time uses it.
_INJECTION = threading.Lock()


@contextmanager
def github_client(options: ClientOptions, stats: HttpStats, limits: Limits) -> Iterator[github.Github]:
    """A PyGithub client whose every request goes through one session of ours: the HTTP cache
    (ETag revalidation), the bounds of `limits`, the retry policy, and `stats`."""
    # PyGithub logs redirects and retries itself; showcase says what matters (a rename, a retry
    # budget spent) in its own words, and --verbose prints every exchange.
    logging.getLogger("github").setLevel(logging.WARNING)
    retry = make_retry(options.retries, options.backoff, options.max_sleep)
    size = max(options.workers, 2)
    session = make_session(options.cache_dir, stats, limits, retry=retry, pool_size=size)
    with _INJECTION:
        Requester.injectConnectionClasses(*_connection_classes(session))
        client = github.Github(
            auth=github.Auth.Token(options.token) if options.token else None,
            base_url=options.api_url,
            timeout=options.timeout,
            per_page=100,
            retry=retry,
            pool_size=size,
            # We bound concurrency ourselves; PyGithub's default 0.25 s pause per request is pure latency.
            seconds_between_requests=None,
            seconds_between_writes=None,
            lazy=True,
        )
        try:
            yield client
        finally:
            Requester.resetConnectionClasses()
            client.close()
            session.close()
