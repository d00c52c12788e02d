"""A replay server for recorded real api.github.com exchanges (tests/replay/exchanges.json, built
by tools/import_recordings.py from PyGithub's, github3.py's and octokit.rb's public recordings).

It serves each recorded answer at its path, with `https://api.github.com` swapped for its own
address, and answers a conditional request whose ETag matches the recorded one with a 304 and the
strong ETag, as GitHub does. Anything not recorded gets the recorded 404. `scenario` switches a
path to another recording (a rate-limited user, say); `override` replaces one answer's body.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

RECORDINGS = json.loads((Path(__file__).parent / "replay" / "exchanges.json").read_text(encoding="utf-8"))
REAL_API = "https://api.github.com"


@dataclass
class Served:
    path: str
    query: dict[str, str]
    status: int
    headers: dict[str, str]


@dataclass
class ReplayGitHub:
    scenario: str = "default"
    log: list[Served] = field(default_factory=list)
    overrides: dict[str, str] = field(default_factory=dict)  # path → body to serve instead
    base_url: str = ""

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def find(self, path: str, query: dict[str, str]) -> dict[str, Any]:
        page = query.get("page", "1")
        candidates = [e for e in RECORDINGS["exchanges"] if e["path"] == path and e["query"].get("page", "1") == page]
        chosen = [e for e in candidates if e["scenario"] == self.scenario] or [
            e for e in candidates if e["scenario"] == "default"
        ]
        return chosen[0] if chosen else next(e for e in RECORDINGS["exchanges"] if e["path"] == "*")

    def __enter__(self) -> ReplayGitHub:
        handler = type("Handler", (_Handler,), {"replay": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def counted(self, status: int | None = None) -> int:
        return sum(1 for s in self.log if status is None or s.status == status)


class _Handler(BaseHTTPRequestHandler):
    replay: ReplayGitHub
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        split = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        recorded = self.replay.find(split.path, query)
        base = self.replay.base_url
        headers = {k: v.replace(REAL_API, base) for k, v in recorded["headers"].items() if k != "content-length"}
        body = self.replay.overrides.get(split.path, recorded["body"]).replace(REAL_API, base).encode("utf-8")
        etag = headers.get("etag", "")
        status = recorded["status"]
        sent = {
            k.lower(): v
            for k, v in self.headers.items()
            if k.lower() in {"accept", "x-github-api-version", "if-none-match"}
        }
        if split.path in self.replay.overrides:
            etag = headers["etag"] = 'W/"' + str(abs(hash(body))) + '"'
        if etag and status == 200 and sent.get("if-none-match", "").removeprefix("W/") == etag.removeprefix("W/"):
            status, body, headers = 304, b"", {"etag": etag.removeprefix("W/")}
        with self.replay._lock:
            self.replay.log.append(Served(split.path, query, status, sent))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)
