"""A stand-in GitHub REST API on 127.0.0.1 for tests and benchmarks.

It answers the endpoints showcase uses with GitHub-shaped JSON whose `url` fields and `Link`
headers point at its own base URL (PyGithub refuses to follow foreign hosts), with ETags tied to
the token (as GitHub's are), 304s on `If-None-Match`, and rate-limit headers. It counts what
GitHub would charge: every answer but a 304. Faults can be injected per request.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)  # a client that gave up is not an error


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    status: int
    token: str | None
    charged: bool


@dataclass
class Fault:
    """What to do instead of (or before) answering. Return one from FakeGitHub.fault."""

    status: int | None = None  # answer this status with `body`
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False  # close the socket without answering
    delay: float = 0.0  # sleep first, then answer normally (unless status/drop/raw is set)
    raw: bytes | None = None  # answer 200 with these bytes (malformed JSON)
    # Write the whole answer yourself, bytes and timing (dripping or endless answers).
    writer: Callable[[Any], None] | None = None


@dataclass
class Repo:
    owner: str
    name: str
    stars: int = 0
    forks: int = 0
    language: str | None = None
    languages: dict[str, int] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    description: str | None = None
    homepage: str | None = None
    license: str | None = None
    readme: str | bytes | None = None
    readme_path: str = "README.md"
    releases: list[dict[str, Any]] = field(default_factory=list)
    fork: bool = False
    parent: str | None = None
    archived: bool = False
    private: bool = False
    pushed_at: str = "2026-01-01T00:00:00Z"

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"


class FakeGitHub:
    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.users: dict[str, dict[str, Any]] = {}
        self.repos: dict[str, Repo] = {}
        self.log: list[Seen] = []  # answered requests, in the order answered
        self.arrivals: list[str] = []  # paths as requests arrive, before any delay
        self.limit = 5000
        self.remaining = 5000
        self.reset = int(time.time()) + 3600
        self.valid_tokens: set[str] | None = None  # None: any token is fine
        self.token_sees_private = False
        self.feeds: dict[str, tuple[int, bytes]] = {}  # path under /feeds/ → (status, body)  # as a token with access to private repositories would
        self.fault: Callable[[int, str, str], Fault | None] | None = None
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.base_url = ""

    # ---- data ------------------------------------------------------------------------------

    def add_user(self, login: str, **fields: Any) -> None:
        self.users[login.lower()] = {"login": login, **fields}

    def add_repo(self, owner: str, name: str, **fields: Any) -> Repo:
        repo = Repo(owner=owner, name=name, **fields)
        self.repos[repo.full_name.lower()] = repo
        return repo

    # ---- counting ----------------------------------------------------------------------------

    @property
    def charged(self) -> int:
        return sum(1 for seen in self.log if seen.charged)

    def requests_to(self, fragment: str) -> list[Seen]:
        return [seen for seen in self.log if fragment in seen.path]

    def reset_log(self) -> None:
        with self._lock:
            self.log.clear()
            self.arrivals.clear()

    # ---- server ------------------------------------------------------------------------------

    def start(self) -> str:
        handler = type("Handler", (_Handler,), {"api": self})
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self.base_url

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> FakeGitHub:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- answers ---------------------------------------------------------------------------------

    def answer(self, path: str, query: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        parts = [p for p in path.split("/") if p]
        if parts == ["rate_limit"]:
            core = {"limit": self.limit, "remaining": self.remaining, "reset": self.reset, "used": self.limit - self.remaining}
            return 200, {"resources": {"core": core}, "rate": core}, {}
        if len(parts) == 2 and parts[0] == "users":
            user = self.users.get(parts[1].lower())
            return (200, self._user_json(user), {}) if user else _not_found()
        if len(parts) == 3 and parts[0] == "users" and parts[2] == "repos":
            return self._listing(parts[1], query)
        if len(parts) >= 3 and parts[0] == "repos":
            repo = self.repos.get(f"{parts[1]}/{parts[2]}".lower())
            if repo is None or (repo.private and not self.token_sees_private):
                return _not_found()
            rest = parts[3:]
            if not rest:
                return 200, self._repo_json(repo, full=True), {}
            if rest == ["languages"]:
                return 200, dict(repo.languages), {}
            if rest == ["readme"]:
                return self._readme(repo)
            if rest == ["releases"]:
                per_page = int(query.get("per_page", "30"))
                return 200, [self._release_json(repo, r) for r in repo.releases[:per_page]], {}
            if rest == ["releases", "latest"]:
                return (200, self._release_json(repo, repo.releases[0]), {}) if repo.releases else _not_found()
        return _not_found()

    def _listing(self, login: str, query: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        if login.lower() not in self.users:
            return _not_found()
        owned = sorted(
            (r for r in self.repos.values() if r.owner.lower() == login.lower() and not r.private),
            key=lambda r: r.full_name.lower(),
        )
        per_page = min(int(query.get("per_page", "30")), 100)
        page = max(int(query.get("page", "1")), 1)
        last = max(1, -(-len(owned) // per_page))
        items = owned[(page - 1) * per_page : page * per_page]
        links = []
        base = f"{self.base_url}/users/{login}/repos?type=owner&sort=full_name&per_page={per_page}"
        if page < last:
            links += [f'<{base}&page={page + 1}>; rel="next"', f'<{base}&page={last}>; rel="last"']
        if page > 1:
            links += [f'<{base}&page={page - 1}>; rel="prev"', f'<{base}&page=1>; rel="first"']
        headers = {"Link": ", ".join(links)} if links else {}
        return 200, [self._repo_json(r) for r in items], headers

    def _readme(self, repo: Repo) -> tuple[int, Any, dict[str, str]]:
        if repo.readme is None:
            return _not_found()
        raw = repo.readme.encode("utf-8") if isinstance(repo.readme, str) else repo.readme
        url = f"{self.base_url}/repos/{repo.full_name}/contents/{repo.readme_path}"
        return 200, {
            "type": "file",
            "encoding": "base64",
            "size": len(raw),
            "name": repo.readme_path.rsplit("/", 1)[-1],
            "path": repo.readme_path,
            "content": base64.encodebytes(raw).decode("ascii"),
            "sha": hashlib.sha1(raw).hexdigest(),
            "url": url,
            "git_url": None,
            "html_url": f"https://github.com/{repo.full_name}/blob/main/{repo.readme_path}",
            "download_url": None,
            "_links": {"self": url},
        }, {}

    def _user_json(self, user: dict[str, Any]) -> dict[str, Any]:
        login = user["login"]
        public = sum(1 for r in self.repos.values() if r.owner.lower() == login.lower() and not r.private)
        return {
            "login": login,
            "id": 1,
            "type": "User",
            "url": f"{self.base_url}/users/{login}",
            "html_url": f"https://github.com/{login}",
            "repos_url": f"{self.base_url}/users/{login}/repos",
            "name": user.get("name"),
            "bio": user.get("bio"),
            "blog": user.get("blog", ""),
            "location": user.get("location"),
            "followers": user.get("followers", 0),
            "following": 0,
            "public_repos": public,
        }

    def _repo_json(self, repo: Repo, full: bool = False) -> dict[str, Any]:
        api = f"{self.base_url}/repos/{repo.full_name}"
        data: dict[str, Any] = {
            "id": abs(hash(repo.full_name)) % 10**8,
            "name": repo.name,
            "full_name": repo.full_name,
            "private": repo.private,
            "owner": {"login": repo.owner, "url": f"{self.base_url}/users/{repo.owner}", "type": "User"},
            "html_url": f"https://github.com/{repo.full_name}",
            "description": repo.description,
            "fork": repo.fork,
            "url": api,
            "languages_url": f"{api}/languages",
            "releases_url": f"{api}/releases{{/id}}",
            "homepage": repo.homepage,
            "stargazers_count": repo.stars,
            "watchers_count": repo.stars,
            "forks_count": repo.forks,
            "language": repo.language,
            "topics": list(repo.topics),
            "license": {"key": repo.license.lower(), "spdx_id": repo.license} if repo.license else None,
            "archived": repo.archived,
            "pushed_at": repo.pushed_at,
            "default_branch": "main",
        }
        if full and repo.fork and repo.parent:
            owner, name = repo.parent.split("/")
            data["parent"] = {
                "full_name": repo.parent,
                "name": name,
                "owner": {"login": owner, "url": f"{self.base_url}/users/{owner}"},
                "url": f"{self.base_url}/repos/{repo.parent}",
                "html_url": f"https://github.com/{repo.parent}",
            }
        return data

    def _release_json(self, repo: Repo, release: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": f"{self.base_url}/repos/{repo.full_name}/releases/1",
            "html_url": f"https://github.com/{repo.full_name}/releases/tag/{release['tag_name']}",
            "tag_name": release["tag_name"],
            "name": release.get("name"),
            "published_at": release.get("published_at", "2026-01-01T00:00:00Z"),
            "created_at": release.get("published_at", "2026-01-01T00:00:00Z"),
            "draft": False,
            "prerelease": False,
        }


def _not_found() -> tuple[int, Any, dict[str, str]]:
    return 404, {"message": "Not Found", "documentation_url": "https://docs.github.com/rest", "status": "404"}, {}


class _Handler(BaseHTTPRequestHandler):
    api: FakeGitHub
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle's algorithm on, each keep-alive answer
    # would wait ~40 ms for the client's delayed ACK, a stall real GitHub doesn't have.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        api = self.api
        split = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        auth = self.headers.get("Authorization", "")
        token = auth.split(" ", 1)[1] if " " in auth else None
        with api._lock:
            index = len(api.log)
            api.arrivals.append(split.path)
        fault = api.fault(index, "GET", split.path) if api.fault else None
        if api.latency:
            time.sleep(api.latency)
        if fault and fault.delay:
            time.sleep(fault.delay)
        if fault and fault.writer is not None:
            self._record("GET", split.path, query, 200, token, charged=True)
            self.close_connection = True
            try:
                fault.writer(self.wfile)
            except OSError:
                pass  # the client gave up, as it should
            return
        if fault and fault.drop:
            self._record("GET", split.path, query, 0, token, charged=True)
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if fault and fault.raw is not None:
            self._record("GET", split.path, query, 200, token, charged=True)
            self._send(200, fault.raw, {"Content-Type": "application/json; charset=utf-8", **self._rate_headers()})
            return
        if fault and fault.status:
            self._record("GET", split.path, query, fault.status, token, charged=fault.status != 304)
            body = json.dumps(fault.body if fault.body is not None else {"message": "fault"}).encode()
            self._send(fault.status, body, {"Content-Type": "application/json", **self._rate_headers(), **fault.headers})
            return
        if api.valid_tokens is not None and token not in api.valid_tokens:
            self._record("GET", split.path, query, 401, token, charged=False)
            body = json.dumps({"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"})
            self._send(401, body.encode(), {"Content-Type": "application/json"})
            return
        if split.path != "/rate_limit" and api.remaining <= 0:
            self._record("GET", split.path, query, 403, token, charged=False)
            body = json.dumps({"message": "API rate limit exceeded for 127.0.0.1.", "documentation_url": "x"})
            self._send(403, body.encode(), {"Content-Type": "application/json", **self._rate_headers()})
            return
        if split.path.startswith("/feeds/"):
            status, body = api.feeds.get(split.path[len("/feeds/"):], (404, b"not found"))
            headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
        else:
            status, payload, headers = api.answer(split.path, query)
            body = json.dumps(payload, sort_keys=True).encode()
        etag = 'W/"' + hashlib.sha256(body + (token or "").encode()).hexdigest()[:40] + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self._record("GET", split.path, query, 304, token, charged=False)
            self._send(304, b"", {"ETag": etag, **self._common(), **self._rate_headers()})
            return
        charged = split.path != "/rate_limit"
        if charged:
            with api._lock:
                api.remaining -= 1
        self._record("GET", split.path, query, status, token, charged=charged)
        extra = {"ETag": etag} if status == 200 else {}
        more = fault.headers if fault else {}
        self._send(status, body, {"Content-Type": "application/json; charset=utf-8", **extra, **self._common(), **self._rate_headers(), **headers, **more})

    def _common(self) -> dict[str, str]:
        return {"Cache-Control": "private, max-age=60, s-maxage=60", "Vary": "Accept, Authorization, Cookie, X-GitHub-OTP"}

    def _rate_headers(self) -> dict[str, str]:
        api = self.api
        return {
            "X-RateLimit-Limit": str(api.limit),
            "X-RateLimit-Remaining": str(max(api.remaining, 0)),
            "X-RateLimit-Reset": str(api.reset),
            "X-RateLimit-Used": str(api.limit - max(api.remaining, 0)),
            "X-RateLimit-Resource": "core",
        }

    def _record(self, method: str, path: str, query: dict[str, str], status: int, token: str | None, charged: bool) -> None:
        with self.api._lock:
            self.api.log.append(Seen(method, path, query, status, token, charged))

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)
