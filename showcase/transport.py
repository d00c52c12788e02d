"""HTTP with hard bounds: a total deadline per request, a run deadline, a byte cap while reading.

requests and urllib3 only bound each socket read: a server that drips one byte every few seconds,
in the headers or the body, keeps a request alive forever, and an endless body is read into
memory before anyone can look at its size. Here every socket read of an attempt is given at most
the time left until the attempt's deadline (and the run's), and the body is counted as it is
decoded, so the cap holds against compression bombs too.

Wired in through urllib3's public extension points: `PoolManager.pool_classes_by_scheme` and a
pool's `ConnectionCls`.
"""

from __future__ import annotations

import io
import math
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, cast

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

MiB = 1024 * 1024


# What a fetch reads at most, REST or GraphQL: a README's bytes for an excerpt, and listing pages
# of 100 (3,000 repositories; a `Link` header may claim any number).
MAX_README_BYTES = 512 * 1024
MAX_LISTING_PAGES = 30


class ResponseTooLarge(requests.RequestException):
    """The body passed the byte cap while it was being read."""


class DeadlineExceeded(requests.Timeout):
    """An attempt, or the whole run, passed its deadline."""


class RunDeadlineExceeded(DeadlineExceeded):
    """The whole run passed its deadline: nothing more may be asked."""


@dataclass(frozen=True)
class Limits:
    # An API answer is at most a listing page of 100 repositories or one README of 512 KiB in
    # base64; 16 MiB is far past either (README: Limits).
    max_bytes: int = 16 * MiB  # one answer, decoded
    attempt_seconds: float = 60.0  # one attempt, from sending the request to the last body byte
    run_deadline: float = math.inf  # time.monotonic() after which no request may go on


class _DeadlineSocket:
    """A socket whose every blocking read waits at most until its owner's deadline."""

    def __init__(self, sock: socket.socket, owner: _Bounded) -> None:
        self._sock = sock
        self._owner = owner
        self._base_timeout = sock.gettimeout()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)

    def settimeout(self, value: float | None) -> None:
        self._base_timeout = value
        self._sock.settimeout(value)

    def _arm(self) -> None:
        left = self._owner.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        base = self._base_timeout
        self._sock.settimeout(left if base is None else min(base, left))

    def recv(self, size: int, flags: int = 0) -> bytes:
        self._arm()
        return self._sock.recv(size, flags)

    def recv_into(self, buffer: Any, size: int = 0, flags: int = 0) -> int:
        self._arm()
        return self._sock.recv_into(buffer, size, flags)

    def makefile(self, mode: str = "rb", buffering: int | None = None, **kwargs: Any) -> Any:
        """http.client reads an answer through `makefile("rb")`: a buffered reader over this object,
        so every read comes back through `recv_into` and its deadline."""
        if mode != "rb":
            return self._sock.makefile(mode, buffering, **kwargs)  # type: ignore[call-overload]
        raw = socket.SocketIO(cast(socket.socket, self), "rb")
        return io.BufferedReader(raw, buffering or io.DEFAULT_BUFFER_SIZE)

    def _decref_socketios(self) -> None:
        """Called by SocketIO.close(); the socket itself is closed by its owner."""


class _Bounded:
    """Mixin for urllib3 connections: each request starts an attempt with its own deadline."""

    limits: Limits = Limits()
    deadline: float = math.inf
    sock: Any

    def request(self, *args: Any, **kwargs: Any) -> None:
        self.deadline = min(time.monotonic() + self.limits.attempt_seconds, self.limits.run_deadline)
        if time.monotonic() >= self.deadline:
            raise DeadlineExceeded("the run's deadline passed")
        super().request(*args, **kwargs)  # type: ignore[misc]

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self.sock = _DeadlineSocket(self.sock, self)


def _pool_classes(limits: Limits) -> dict[str, type]:
    http = type("BoundedHTTPConnection", (_Bounded, HTTPConnection), {"limits": limits})
    https = type("BoundedHTTPSConnection", (_Bounded, HTTPSConnection), {"limits": limits})
    return {
        "http": type("BoundedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
        "https": type("BoundedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
    }


class _CappedBody:
    """urllib3's response with its body counted while it is decoded; everything else as it was."""

    def __init__(self, raw: Any, limits: Limits, url: str) -> None:
        object.__setattr__(self, "_raw", raw)
        object.__setattr__(self, "_limits", limits)
        object.__setattr__(self, "_url", url)
        object.__setattr__(self, "_seen", 0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._raw, name, value)

    def _count(self, chunk: bytes) -> bytes:
        seen = self._seen + len(chunk)
        object.__setattr__(self, "_seen", seen)
        if seen > self._limits.max_bytes:
            self._raw.close()
            raise ResponseTooLarge(f"answer larger than {self._limits.max_bytes // MiB} MiB from {self._url}")
        if time.monotonic() > self._limits.run_deadline:
            self._raw.close()
            raise RunDeadlineExceeded("the run's deadline passed")
        return chunk

    def stream(self, amt: int | None = 2**16, decode_content: bool | None = None) -> Iterator[bytes]:
        for chunk in self._raw.stream(amt, decode_content=decode_content):
            yield self._count(chunk)

    def read(self, amt: int | None = None, *args: Any, **kwargs: Any) -> bytes:
        if amt is None:  # read it all, but still in bounded steps
            return b"".join(iter(lambda: self.read(2**16, *args, **kwargs), b""))
        return self._count(self._raw.read(amt, *args, **kwargs))


class BoundedAdapter(HTTPAdapter):
    """requests' adapter, with `Limits` on every connection it opens and every body it returns."""

    def __init__(self, limits: Limits, on_answer: Callable[[str, str, int], None] | None = None, **kwargs: Any) -> None:
        self.limits = limits
        self.on_answer = on_answer  # (method, URL, status) of every exchange with the server
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _pool_classes(self.limits)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        try:
            response = super().send(request, *args, **kwargs)
        except (requests.ConnectionError, requests.Timeout) as exc:
            if time.monotonic() >= self.limits.run_deadline:
                raise RunDeadlineExceeded(f"the run's deadline passed while asking {_where(request)}") from None
            if isinstance(exc, requests.Timeout) or "deadline passed" in str(exc):
                raise DeadlineExceeded(f"no complete answer from {_where(request)} in time") from None
            raise
        if self.on_answer is not None:
            self.on_answer(request.method or "GET", request.url or "", response.status_code)
        response.raw = _CappedBody(response.raw, self.limits, _where(request))
        return response


def _where(request: requests.PreparedRequest) -> str:
    return (request.url or "").split("?")[0]
