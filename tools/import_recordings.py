"""Build tests/replay/exchanges.json from public recordings of real api.github.com exchanges.

    python tools/import_recordings.py PYGITHUB_DIR GITHUB3_DIR OCTOKIT_RB_DIR

Each directory is a checkout (or `git archive`) of PyGithub/PyGithub, sigmavirus24/github3.py and
octokit/octokit.rb at the commit named in SOURCES. The recordings are put together as one profile,
`dstufft` (whose real three-page listing github3.py recorded), by changing only names; bodies keep
`https://api.github.com`, which the replay server swaps for its own address. Every exchange keeps
its provenance: repository, commit, file, interaction and the URL it was recorded at.
"""

from __future__ import annotations

import ast
import base64
import contextlib
import gzip
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SOURCES = {
    "PyGithub/PyGithub": "5cdf6ab395c52efb652d0bc1f28fdf2e452b1b41",
    "sigmavirus24/github3.py": "9eeac0ddb241bf3099a6c904411e3aa23b62fd0d",
    "octokit/octokit.rb": "ea3413c3174571e87c83d358fc893cc7613091fa",
}
KEPT_HEADERS = {
    "etag",
    "link",
    "last-modified",
    "location",
    "retry-after",
    "content-type",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "x-ratelimit-used",
    "x-ratelimit-resource",
}
OUT = Path(__file__).resolve().parent.parent / "tests" / "replay" / "exchanges.json"


@dataclass
class Take:
    """Serve the recorded answer `interaction` of `file` at `path` (plus `query`), names changed."""

    repository: str
    file: str
    interaction: int
    path: str
    query: dict[str, str] = field(default_factory=dict)
    renames: list[tuple[str, str]] = field(default_factory=list)
    scenario: str = "default"


TO_DSTUFFT = [("sigmavirus24", "dstufft"), ("240830", "145979")]
NETLIB = [
    ("MrBatschner/github3.py", "dstufft/netlib"),
    ("sigmavirus24/github3.py", "mitmproxy/netlib"),
    ("MrBatschner", "dstufft"),
    ('"name":"github3.py"', '"name":"netlib"'),
]
PLAYGROUND = [("api-playground/<GITHUB_TEST_REPOSITORY>", "dstufft/netlib"), ("<GITHUB_TEST_REPOSITORY>", "netlib")]
OLD_README = [("PyGithub/PyGithub", "dstufft/netlib")]
LANGUAGES = [("PyGithub/PyGithub", "dstufft/netlib")]
REQUESTS_DETAILS = [("sigmavirus24/github3.py", "requests/requests")]

TAKES = [
    Take("sigmavirus24/github3.py", "tests/cassettes/GitHub_user.json", 0, "/users/dstufft", renames=TO_DSTUFFT),
    # The real three pages of dstufft's repositories; GitHub's Link URLs name the user by ID.
    Take(
        "sigmavirus24/github3.py",
        "tests/cassettes/GitHub_repositories_by.json",
        0,
        "/users/dstufft/repos",
        {"page": "1"},
    ),
    Take(
        "sigmavirus24/github3.py",
        "tests/cassettes/GitHub_repositories_by.json",
        1,
        "/users/dstufft/repos",
        {"page": "2"},
    ),
    Take(
        "sigmavirus24/github3.py",
        "tests/cassettes/GitHub_repositories_by.json",
        2,
        "/users/dstufft/repos",
        {"page": "3"},
    ),
    # dstufft/netlib is a fork whose listing says "language": null, and so does its own answer (a
    # real fork's), which names parent and source. Its /languages says 99.5 % Python.
    Take(
        "sigmavirus24/github3.py", "tests/cassettes/Repository_secret.json", 0, "/repos/dstufft/netlib", renames=NETLIB
    ),
    Take(
        "PyGithub/PyGithub",
        "tests/ReplayData/Repository.testGetLanguages.txt",
        0,
        "/repos/dstufft/netlib/languages",
        renames=LANGUAGES,
    ),
    # Drafts first, as a token with push access sees them: three untagged drafts, then test-tag.
    Take(
        "octokit/octokit.rb",
        "spec/cassettes/Octokit_Client_Releases/_releases/lists_releases_for_a_repo.json",
        0,
        "/repos/dstufft/netlib/releases",
        renames=PLAYGROUND,
    ),
    # The older README answer: `_links.html`, no `html_url`.
    Take(
        "PyGithub/PyGithub",
        "tests/ReplayData/Repository.testGetContents.txt",
        0,
        "/repos/dstufft/netlib/readme",
        renames=OLD_README,
    ),
    # kennethreitz/requests was moved: 301 to /repositories/1362490, which is requests/requests.
    Take("sigmavirus24/github3.py", "tests/cassettes/Repository_assignees.json", 0, "/repos/kennethreitz/requests"),
    Take("sigmavirus24/github3.py", "tests/cassettes/Repository_assignees.json", 1, "/repositories/1362490"),
    Take("sigmavirus24/github3.py", "tests/cassettes/Repository_assignees.json", 1, "/repos/requests/requests"),
    Take(
        "sigmavirus24/github3.py",
        "tests/cassettes/Repository_languages.json",
        1,
        "/repos/requests/requests/languages",
        renames=REQUESTS_DETAILS,
    ),
    Take(
        "sigmavirus24/github3.py",
        "tests/cassettes/Repository_releases.json",
        1,
        "/repos/requests/requests/releases",
        renames=REQUESTS_DETAILS,
    ),
    Take(
        "sigmavirus24/github3.py",
        "tests/cassettes/Repository_readme.json",
        1,
        "/repos/requests/requests/readme",
        renames=REQUESTS_DETAILS,
    ),
    # A real 404 body, served for anything not recorded (a deleted repository, a missing README).
    Take("PyGithub/PyGithub", "tests/ReplayData/Artifact.testGetNonexistentArtifact.txt", 1, "*"),
    # A real primary rate limit: 403, X-RateLimit-Remaining: 0.
    Take(
        "PyGithub/PyGithub",
        "tests/ReplayData/SpecificExceptions.testRateLimitExceeded.txt",
        1,
        "/users/dstufft",
        scenario="rate-limited",
    ),
]


def main(roots: dict[str, Path]) -> None:
    exchanges = [exchange(take, roots[take.repository]) for take in TAKES]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps({"sources": SOURCES, "exchanges": exchanges}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(exchanges)} exchanges to {OUT}")


def exchange(take: Take, root: Path) -> dict[str, Any]:
    recorded = _read(root / take.file, take.interaction)
    body, headers = recorded["body"], recorded["headers"]
    for old, new in take.renames:
        body = body.replace(old, new)
        headers = {key: value.replace(old, new) for key, value in headers.items()}
    return {
        "path": take.path,
        "query": take.query,
        "scenario": take.scenario,
        "status": recorded["status"],
        "headers": headers,
        "body": body,
        "provenance": {
            "repository": take.repository,
            "commit": SOURCES[take.repository],
            "file": take.file,
            "interaction": take.interaction,
            "recorded_url": recorded["url"],
            "renamed": [list(pair) for pair in take.renames],
        },
    }


def _read(path: Path, index: int) -> dict[str, Any]:
    if path.suffix == ".txt":
        return _pygithub(path, index)
    data = json.loads(path.read_text(encoding="utf-8"))
    interaction = data["http_interactions"][index]
    request, response = interaction["request"], interaction["response"]
    raw_headers = response["headers"]
    headers = {k.lower(): (v[0] if isinstance(v, list) else v) for k, v in raw_headers.items()}
    status = (response.get("status") or {}).get("code") or int(str(headers.get("status", "0")).split()[0])
    return {"url": request["uri"], "status": status, "headers": _kept(headers), "body": _body(response["body"])}


def _body(body: dict[str, Any]) -> str:
    if body.get("string"):
        return str(body["string"])
    raw = base64.b64decode(body.get("base64_string") or "")
    with contextlib.suppress(OSError):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")


def _pygithub(path: Path, index: int) -> dict[str, Any]:
    """PyGithub's ReplayData: per exchange, ten lines (protocol, method, host, port, path, request
    headers, request body, status, response headers, response body), then a blank line."""
    lines = path.read_text(encoding="utf-8").split("\n")
    blocks, current = [], []
    for line in lines:
        if line == "" and len(current) >= 10:
            blocks.append(current)
            current = []
        elif line != "" or current:
            current.append(line)
    if len(current) >= 10:
        blocks.append(current)
    block = blocks[index]
    headers = {k.lower(): v for k, v in ast.literal_eval(block[8])}
    return {
        "url": f"{block[0]}://{block[2]}{block[4]}",
        "status": int(block[7]),
        "headers": _kept(headers),
        "body": block[9],
    }


def _kept(headers: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in sorted(headers.items()) if key in KEPT_HEADERS}


if __name__ == "__main__":
    main(dict(zip(SOURCES, map(Path, sys.argv[1:4]), strict=False)))
