"""A stand-in GitHub REST API on 127.0.0.1 for tests and benchmarks.

It answers the endpoints showcase uses with GitHub's own JSON: every body starts from the example
in GitHub's OpenAPI description (tests/schemas/github-rest.json, extracted from @octokit/openapi),
our data laid over it, and tests/test_stand_in.py validates every kind of answer against the
response schemas of the same description. Like GitHub it serves `""` and `null` where GitHub
does, `parent` and `source` on forks only, drafts first to a token with push access, weak ETags
(answered by strong ones in 304s) tied to the token, `Last-Modified`, gzip when asked, 301s for
renamed repositories (to /repositories/ID) and `Link` headers of the real shape
(/user/ID/repos?page=N). `url` fields and links point at its own base URL (PyGithub refuses to
follow foreign hosts). It counts what GitHub would charge: every answer but a 304. Faults can be
injected per request.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import gzip
import hashlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)  # a client that gave up is not an error


LAST_MODIFIED = formatdate(1767225600, usegmt=True)  # answers don't change while a test runs
SCHEMAS = json.loads((Path(__file__).parent / "schemas" / "github-rest.json").read_text(encoding="utf-8"))
EXAMPLES = SCHEMAS["examples"]


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    status: int
    token: str | None
    charged: bool
    headers: dict[str, str] = field(default_factory=dict)


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
    # A README that is a symbolic link: where it points, from its folder ("Diaryx.md"). REST answers
    # with the target's text, as GitHub's does; GraphQL sees the link's own blob.
    readme_link: str | None = None
    releases: list[dict[str, Any]] = field(default_factory=list)
    fork: bool = False
    parent: str | None = None
    archived: bool = False
    private: bool = False
    pushed_at: str = "2026-01-01T00:00:00Z"
    id: int = 0  # set by add_repo

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
        self.feeds: dict[
            str, tuple[int, bytes]
        ] = {}  # path under /feeds/ → (status, body)  # as a token with access to private repositories would
        self.fault: Callable[[int, str, str], Fault | None] | None = None
        self.renames: dict[str, str] = {}  # old owner/name (lowercase) → current owner/name
        self.push_access = False  # a token that can push sees draft releases, listed first
        self.graphql = True  # False: /graphql answers 404, as an old GitHub Enterprise might
        self.points = 0  # GraphQL points spent, by GitHub's formula
        self.queries: list[str] = []  # GraphQL queries answered
        # Seconds GraphQL answers went out past `latency`: executing a big query on GitHub's schema
        # can take longer than the latency the benchmark means to simulate.
        self.late = 0.0
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.base_url = ""

    # ---- data ------------------------------------------------------------------------------

    def add_user(self, login: str, **fields: Any) -> None:
        self.users[login.lower()] = {"login": login, "id": 1000 + len(self.users), **fields}

    def add_repo(self, owner: str, name: str, **fields: Any) -> Repo:
        repo = Repo(owner=owner, name=name, **fields)
        repo.id = repo.id or int(hashlib.sha256(repo.full_name.lower().encode()).hexdigest(), 16) % 10**8
        self.repos[repo.full_name.lower()] = repo
        return repo

    def rename(self, old: str, new: str) -> None:
        """Rename a repository as GitHub does: the old name answers 301 to /repositories/ID."""
        repo = self.repos.pop(old.lower())
        repo.owner, repo.name = new.split("/")
        self.repos[new.lower()] = repo
        self.renames[old.lower()] = repo.full_name

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
            self.queries.clear()
            self.points = 0
            self.late = 0.0

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
            core = {
                "limit": self.limit,
                "remaining": self.remaining,
                "reset": self.reset,
                "used": self.limit - self.remaining,
            }
            example = copy.deepcopy(EXAMPLES["rate-limit"])
            example["resources"]["core"] = core
            example["rate"] = core
            return 200, example, {}
        if len(parts) == 2 and parts[0] == "users":
            user = self.users.get(parts[1].lower())
            return (200, self._user_json(user), {}) if user else _not_found()
        if len(parts) == 3 and parts[0] == "users" and parts[2] == "repos":
            return self._listing(parts[1], query)
        if len(parts) == 3 and parts[0] == "user" and parts[2] == "repos":  # the shape of GitHub's Link URLs
            login = next((u["login"] for u in self.users.values() if str(u["id"]) == parts[1]), None)
            return self._listing(login, query) if login else _not_found()
        if len(parts) >= 2 and parts[0] == "repositories":
            repo = next((r for r in self.repos.values() if str(r.id) == parts[1]), None)
            return self._repo_answer(repo, parts[2:], query) if repo else _not_found()
        if len(parts) >= 3 and parts[0] == "repos":
            key = f"{parts[1]}/{parts[2]}".lower()
            if key in self.renames and key not in self.repos:
                repo = self.repos[self.renames[key].lower()]
                location = f"{self.base_url}/repositories/{repo.id}" + "".join(f"/{p}" for p in parts[3:])
                body = {
                    "message": "Moved Permanently",
                    "url": location,
                    "documentation_url": "https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects",
                }
                return 301, body, {"Location": location}
            return self._repo_answer(self.repos.get(key), parts[3:], query)
        return _not_found()

    def _repo_answer(
        self, repo: Repo | None, rest: list[str], query: dict[str, str]
    ) -> tuple[int, Any, dict[str, str]]:
        if repo is None or (repo.private and not self.token_sees_private):
            return _not_found()
        if not rest:
            return 200, self._repo_json(repo, full=True), {}
        if rest == ["languages"]:
            return 200, dict(repo.languages), {}
        if rest == ["readme"]:
            return self._readme(repo)
        if rest == ["releases"]:
            per_page = int(query.get("per_page", "30"))
            visible = [r for r in repo.releases if self.push_access or not r.get("draft")]
            # GitHub lists drafts (no tag yet, no publication date) before published releases.
            ordered = sorted(visible, key=lambda r: not r.get("draft"))
            return 200, [self._release_json(repo, r) for r in ordered[:per_page]], {}
        if rest == ["releases", "latest"]:
            published = [r for r in repo.releases if not r.get("draft") and not r.get("prerelease")]
            return (200, self._release_json(repo, published[0]), {}) if published else _not_found()
        return _not_found()

    def _listing(self, login: str, query: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        user = self.users.get(login.lower())
        if user is None:
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
        # GitHub's links name the user by ID, whatever the request said.
        base = f"{self.base_url}/user/{user['id']}/repos?type=owner&sort=full_name&per_page={per_page}"
        if page > 1:
            links += [f'<{base}&page={page - 1}>; rel="prev"']
        if page < last:
            links += [f'<{base}&page={page + 1}>; rel="next"', f'<{base}&page={last}>; rel="last"']
        if page > 1:
            links += [f'<{base}&page=1>; rel="first"']
        headers = {"Link": ", ".join(links)} if links else {}
        return 200, [self._repo_json(r) for r in items], headers

    def _readme(self, repo: Repo) -> tuple[int, Any, dict[str, str]]:
        if repo.readme is None:
            return _not_found()
        raw = repo.readme.encode("utf-8") if isinstance(repo.readme, str) else repo.readme
        body = self._rebased(EXAMPLES["readme"], repo)
        url = f"{self.base_url}/repos/{repo.full_name}/contents/{repo.readme_path}?ref=main"
        html = f"https://github.com/{repo.full_name}/blob/main/{repo.readme_path}"
        git = f"{self.base_url}/repos/{repo.full_name}/git/blobs/{hashlib.sha1(raw).hexdigest()}"
        body.update(
            type="file",
            encoding="base64",
            size=len(raw),
            name=repo.readme_path.rsplit("/", 1)[-1],
            path=repo.readme_path,
            content=base64.encodebytes(raw).decode("ascii"),
            sha=hashlib.sha1(raw).hexdigest(),
            url=url,
            git_url=git,
            html_url=html,
            download_url=f"https://raw.githubusercontent.com/{repo.full_name}/main/{repo.readme_path}",
            _links={"self": url, "git": git, "html": html},
        )
        return 200, body, {}

    def _rebased(self, example: Any, repo: Repo | None = None, login: str | None = None) -> Any:
        """GitHub's example with its URLs on this server and its names replaced by ours."""
        text = json.dumps(example).replace("https://api.github.com", self.base_url)
        if repo is not None:
            text = text.replace("octocat/Hello-World", repo.full_name).replace("Hello-World", repo.name)
        owner = login or (repo.owner if repo else None)
        if owner:
            text = text.replace("/octocat", f"/{owner}").replace('"octocat"', json.dumps(owner))
        return json.loads(text)

    def _user_json(self, user: dict[str, Any]) -> dict[str, Any]:
        login = user["login"]
        public = sum(1 for r in self.repos.values() if r.owner.lower() == login.lower() and not r.private)
        data = self._rebased(EXAMPLES["user"], login=login)
        data.update(
            login=login,
            id=user["id"],
            html_url=f"https://github.com/{login}",
            name=user.get("name"),
            bio=user.get("bio"),
            blog=user.get("blog") or "",
            location=user.get("location"),
            company=None,
            email=None,
            followers=user.get("followers", 0),
            following=0,
            public_repos=public,
            public_gists=0,
            twitter_username=None,
            hireable=None,
        )
        data.pop("plan", None)  # only for the user themselves
        return data

    def _owner_json(self, login: str) -> dict[str, Any]:
        user = self.users.get(login.lower())
        owner = self._rebased(EXAMPLES["listed-repository"]["owner"], login=login)
        owner.update(login=login, id=user["id"] if user else 1, html_url=f"https://github.com/{login}")
        return owner

    def _repo_json(self, repo: Repo, full: bool = False) -> dict[str, Any]:
        data = self._rebased(EXAMPLES["repository" if full else "listed-repository"], repo)
        for key in ("security_and_analysis", "parent", "source", "organization", "template_repository"):
            data.pop(key, None)
        data.update(
            id=repo.id,
            name=repo.name,
            full_name=repo.full_name,
            private=repo.private,
            visibility="private" if repo.private else "public",
            owner=self._owner_json(repo.owner),
            html_url=f"https://github.com/{repo.full_name}",
            description=repo.description,
            fork=repo.fork,
            homepage=repo.homepage,
            stargazers_count=repo.stars,
            watchers_count=repo.stars,
            forks_count=repo.forks,
            language=repo.language,
            topics=list(repo.topics),
            archived=repo.archived,
            pushed_at=repo.pushed_at,
            default_branch="main",
            mirror_url=None,
            license={
                "key": repo.license.lower(),
                "name": repo.license,
                "spdx_id": repo.license,
                "url": f"{self.base_url}/licenses/{repo.license.lower()}",
                "node_id": "MDc6TGljZW5zZTA=",
            }
            if repo.license
            else None,
        )
        if full:
            data.update(
                forks=repo.forks, watchers=repo.stars, open_issues=0, network_count=repo.forks, subscribers_count=1
            )
        if full and repo.fork and repo.parent:
            # A fork's own answer names its parent and the root of the network (here the same).
            upstream = self.repos.get(repo.parent.lower()) or Repo(*repo.parent.split("/"), stars=0)
            upstream.id = upstream.id or int(hashlib.sha256(repo.parent.lower().encode()).hexdigest(), 16) % 10**8
            data["parent"] = self._repo_json(upstream, full=False) | {"forks": 1, "watchers": 0, "open_issues": 0}
            data["source"] = data["parent"]
        return data

    def _release_json(self, repo: Repo, release: dict[str, Any]) -> dict[str, Any]:
        data = self._rebased(EXAMPLES["release"], repo)
        draft = bool(release.get("draft"))
        tag = release["tag_name"]
        published = None if draft else release.get("published_at", "2026-01-01T00:00:00Z")
        data.update(
            tag_name=tag,
            name=release.get("name"),
            draft=draft,
            prerelease=bool(release.get("prerelease")),
            published_at=published,
            created_at=release.get("created_at", published or "2026-01-01T00:00:00Z"),
            html_url=f"https://github.com/{repo.full_name}/releases/{'untagged-' if draft else 'tag/'}{tag}",
            author=release.get("author", data["author"]),
            assets=[],
            body=release.get("body"),
        )
        return data


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

    def do_POST(self) -> None:
        """GitHub's GraphQL endpoint: executed against GitHub's published schema (fake_graphql)."""
        from fake_graphql import execute

        api = self.api
        split = urlsplit(self.path)
        auth = self.headers.get("Authorization", "")
        token = auth.split(" ", 1)[1] if " " in auth else None
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
        with api._lock:
            index = len(api.log)
        fault = api.fault(index, "POST", split.path) if api.fault else None
        # Latency is the time from request to answer: what executing the query takes is part of it.
        answer_at = time.monotonic() + api.latency

        def wait() -> None:
            time.sleep(max(0.0, answer_at - time.monotonic()))

        if split.path != "/graphql" or not api.graphql:
            wait()
            self._record("POST", split.path, {}, 404, token, charged=False)
            self._send(404, b'{"message": "Not Found"}', {"Content-Type": "application/json"})
            return
        if not token:
            wait()
            self._record("POST", split.path, {}, 401, token, charged=False)
            message = {"message": "This endpoint requires you to be authenticated."}
            self._send(401, json.dumps(message).encode(), {"Content-Type": "application/json"})
            return
        if fault and fault.status:
            self._record("POST", split.path, {}, fault.status, token, charged=True)
            answer = json.dumps(fault.body if fault.body is not None else {"message": "fault"}).encode()
            self._send(fault.status, answer, {"Content-Type": "application/json", **fault.headers})
            return
        if fault and fault.raw is not None:
            self._record("POST", split.path, {}, 200, token, charged=True)
            self._send(200, fault.raw, {"Content-Type": "application/json; charset=utf-8"})
            return
        answer = execute(api, body.get("query", ""), body.get("variables"))
        late = time.monotonic() - answer_at
        wait()
        cost = ((answer.get("data") or {}).get("rateLimit") or {}).get("cost", 1)
        with api._lock:
            api.late += max(0.0, late) if api.latency else 0.0
            api.queries.append(body.get("query", ""))
            api.points += cost
        self._record("POST", split.path, {}, 200, token, charged=True)
        self._send(200, json.dumps(answer).encode(), {"Content-Type": "application/json; charset=utf-8"})

    def do_GET(self) -> None:
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
            with contextlib.suppress(OSError):  # the client gave up, as it should
                fault.writer(self.wfile)
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
            self._send(
                fault.status, body, {"Content-Type": "application/json", **self._rate_headers(), **fault.headers}
            )
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
            status, body = api.feeds.get(split.path[len("/feeds/") :], (404, b"not found"))
            headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
        else:
            status, payload, headers = api.answer(split.path, query)
            body = json.dumps(payload, sort_keys=True).encode()
        tag = hashlib.sha256(body + (token or "").encode()).hexdigest()[:40]
        # GitHub sends weak ETags with 200s and answers If-None-Match with a strong one in the 304.
        sent = self.headers.get("If-None-Match", "").removeprefix("W/")
        if status == 200 and sent == f'"{tag}"':
            self._record("GET", split.path, query, 304, token, charged=False)
            self._send(304, b"", {"ETag": f'"{tag}"', **self._common(), **self._rate_headers()})
            return
        charged = split.path != "/rate_limit"
        if charged:
            with api._lock:
                api.remaining -= 1
        self._record("GET", split.path, query, status, token, charged=charged)
        extra = {"ETag": f'W/"{tag}"', "Last-Modified": LAST_MODIFIED} if status == 200 else {}
        more = fault.headers if fault else {}
        if "gzip" in self.headers.get("Accept-Encoding", "") and len(body) > 1024:
            body = gzip.compress(body, mtime=0)
            extra["Content-Encoding"] = "gzip"
        self._send(
            status,
            body,
            {
                "Content-Type": "application/json; charset=utf-8",
                **extra,
                **self._common(),
                **self._rate_headers(),
                **headers,
                **more,
            },
        )

    def _common(self) -> dict[str, str]:
        return {
            "Cache-Control": "private, max-age=60, s-maxage=60",
            "Vary": "Accept, Authorization, Cookie, X-GitHub-OTP",
        }

    def _rate_headers(self) -> dict[str, str]:
        api = self.api
        return {
            "X-RateLimit-Limit": str(api.limit),
            "X-RateLimit-Remaining": str(max(api.remaining, 0)),
            "X-RateLimit-Reset": str(api.reset),
            "X-RateLimit-Used": str(api.limit - max(api.remaining, 0)),
            "X-RateLimit-Resource": "core",
        }

    def _record(
        self, method: str, path: str, query: dict[str, str], status: int, token: str | None, charged: bool
    ) -> None:
        sent = {
            k: v
            for k, v in self.headers.items()
            if k.lower() in {"accept", "x-github-api-version", "if-none-match", "user-agent"}
        }
        with self.api._lock:
            self.api.log.append(Seen(method, path, query, status, token, charged, sent))

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)
