from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fake_github import FakeGitHub

from showcase.client import ClientOptions

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout (as in CI); SHOWCASE_SHARED points elsewhere.
SHARED = Path(os.environ.get("SHOWCASE_SHARED", ROOT.parent / "shared"))
TOKEN = "ghp_PLANTEDtoken0123456789abcdefSECRET"

BIG_CONFIG = """\
basics:
  name: Octo Cat
  label: Maker of things
  email: octo@example.com
  phone: "555-0100-SECRET"
  profiles:
    - network: GitHub
      username: octo
      url: https://github.com/octo
work:
  - name: Example Corp
    position: Engineer
    startDate: 2020-01
    highlights:
      - Built the thing
projects:
  - name: The Curated One
    repo: octo/repo-010
    description: Curated words win over live ones.
    highlights:
      - A curated highlight
  - name: Gone
    repo: octo/deleted-repo
    description: This one was deleted upstream.
showcase:
  hide: [basics.phone]
  discover:
    limit: 5
"""


def populate_big_user(api: FakeGitHub, count: int = 145) -> None:
    """`octo` owns `count` repositories over two pages; the most-starred non-fork, non-archived
    one (`zz-star`) sorts last, so it only appears on page 2."""
    api.add_user("octo", name="Octo Cat", followers=42, bio="bio", blog="https://octo.example")
    for i in range(count - 4):
        api.add_repo(
            "octo",
            f"repo-{i:03d}",
            stars=i % 50,
            language="Python",
            languages={"Python": 1000 + i, "Shell": 10},
            description=f"Live description {i}",
            readme=f"# repo-{i:03d}\n\nRepository number {i} does useful things.\n",
            pushed_at=f"2026-01-{1 + i % 28:02d}T00:00:00Z",
        )
    api.add_repo(
        "octo",
        "zz-star",
        stars=5000,
        language="Rust",
        languages={"Rust": 5000},
        description="The star of the show",
        readme="# zz\n\n[![b](https://img.shields.io/x)](x)\n\nZZ is a fast tool for stars.\n",
        releases=[{"tag_name": "v2.0.0", "name": "Two", "published_at": "2026-03-01T00:00:00Z"}],
    )
    api.add_repo("octo", "big-fork", stars=9000, fork=True, parent="upstream/big")
    api.add_repo("octo", "old-archive", stars=8000, archived=True)
    api.add_repo("octo", "secret", stars=7000, private=True)


@pytest.fixture
def api():
    with FakeGitHub() as fake:
        yield fake


@pytest.fixture
def big_api(api):
    populate_big_user(api)
    return api


@pytest.fixture
def options(api, tmp_path) -> ClientOptions:
    # The REST path: these tests are about ETags, pages and per-repository requests.
    return ClientOptions(
        api_url=api.base_url, token=TOKEN, cache_dir=tmp_path / "cache", max_sleep=0.05, backoff=0.01, graphql=False
    )


@pytest.fixture
def big_config(tmp_path) -> Path:
    path = tmp_path / "site" / "showcase.yaml"
    path.parent.mkdir()
    path.write_text(BIG_CONFIG, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> Path:
    """The bundled example rendered once, as `showcase demo` does; read it, don't write into it."""
    from showcase import api

    out = tmp_path_factory.mktemp("demo")
    api.demo(out)
    return out


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# Scores a test measured, printed at the end of the run (make test shows them; -q or not).
SCORES = pytest.StashKey[list[str]]()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    lines = config.stash.get(SCORES, [])
    if lines:
        terminalreporter.section("scores")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current output")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright, one for every browser test (test_site, test_github_view)."""
    from playwright.sync_api import sync_playwright
    from test_site import CHROMIUM, FLAGS

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()
