"""The static site in a real browser: Playwright driving Debian's Chromium (never a downloaded
browser), served from 127.0.0.1 under a sub-path as GitHub Pages would, plus axe-core."""

from __future__ import annotations

import functools
import os
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT

from showcase import api

CHROMIUM = os.environ.get("SHOWCASE_CHROMIUM", "/usr/bin/chromium")
AXE = Path(os.environ.get("AXE_CORE_JS", ROOT / ".venv" / "axe" / "node_modules" / "axe-core" / "axe.min.js"))
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing() -> str | None:
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium; `make test` does it as root)"
    if not AXE.exists():
        return f"no axe-core at {AXE} (`make test` installs it from npm)"
    return None


if _missing():
    # In CI a missing browser is a failure, not a quiet skip.
    if os.environ.get("CI"):
        pytest.fail(_missing() or "", pytrace=False)
    pytestmark = pytest.mark.skip(reason=_missing() or "")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site-out")
    api.demo(out)
    assert (out / "site" / "index.html").exists()
    return out / "site"


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """`folder` over HTTP on 127.0.0.1; yields the base URL (ending in /)."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *a: None  # type: ignore[method-assign]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()


@pytest.fixture(scope="module")
def server(site, tmp_path_factory):
    """Serve the site under /profile/ (a Pages project sub-path)."""
    root = tmp_path_factory.mktemp("www")
    shutil.copytree(site, root / "profile")
    with serving(root) as base:
        yield base + "profile/"


class Watch:
    """Console errors, page errors and any request that would leave 127.0.0.1 (blocked)."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.route("**/*", self._route)

    def _route(self, route):
        url = urlsplit(route.request.url)
        if url.scheme == "file" or url.hostname == "127.0.0.1":
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()


def open_page(browser, url, scheme="light"):
    page = browser.new_page(color_scheme=scheme, viewport={"width": 1100, "height": 900})
    watch = Watch(page)
    page.goto(url)
    return page, watch


def test_pages_link_to_each_other_under_a_sub_path(browser, server):
    page, watch = open_page(browser, server)
    assert page.locator("h1").inner_text() == "Ganghuan Liu"
    page.click("a:has-text('rust_http_proxy')")
    page.wait_for_url(server + "projects/rust_http_proxy.html")  # a click may return before the navigation ends
    assert page.locator("h1").inner_text() == "rust_http_proxy"
    assert page.evaluate("getComputedStyle(document.querySelector('.langbar')).display") == "flex"  # CSS loaded
    page.click("nav.back a")
    page.wait_for_url(server + "index.html")
    assert not watch.errors and not watch.foreign


def test_links_work_from_disk(browser, site):
    page, watch = open_page(browser, (site / "index.html").as_uri())
    page.click("a:has-text('axum-bootstrap')")
    page.wait_for_url("**/projects/axum-bootstrap.html")
    assert page.locator("h1").inner_text() == "axum-bootstrap"
    assert not watch.errors and not watch.foreign


def test_no_request_leaves_localhost_on_any_page(browser, server, site):
    pages = ["index.html"] + [f"projects/{p.name}" for p in sorted((site / "projects").glob("*.html"))]
    for path in pages:
        page, watch = open_page(browser, server + path)
        page.wait_for_load_state("networkidle")
        assert not watch.foreign, (path, watch.foreign)
        assert not watch.errors, (path, watch.errors)
        page.close()


def test_dark_scheme_changes_colours(browser, server):
    colours = {}
    for scheme in ("light", "dark"):
        page, _ = open_page(browser, server, scheme)
        colours[scheme] = page.evaluate(
            "[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]"
        )
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"site-{scheme}.png"), full_page=True)
        page.close()
    assert colours["light"] != colours["dark"]
    assert colours["light"][0] == "rgb(255, 255, 255)"


def test_print_stylesheet_drops_cards_and_navigation(browser, server):
    page, _ = open_page(browser, server + "projects/rust_http_proxy.html")
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('nav.back')).display") == "none"
    page, _ = open_page(browser, server)
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.card')).borderTopWidth") == "0px"
    pdf = page.pdf(path=str(ARTIFACTS / "site-print.pdf"))
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the example résumé prints on {pages} pages"
    # Readable on paper (was 8.4 pt with an eighth of the page empty), each URL printed once, and
    # every project with its repository's address.
    body_pt = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") * 0.75
    assert body_pt >= 9, body_pt
    shown = page.evaluate(
        "[...document.querySelectorAll('.contact a')].map(a => getComputedStyle(a, '::after').content)"
    )
    assert shown[0] == "none" and any("github.com" in content for content in shown), shown
    addresses = page.evaluate(
        "[...document.querySelectorAll('.card .print-only')].map(p => getComputedStyle(p).display)"
    )
    assert addresses and all(display != "none" for display in addresses)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["", "projects/rust_http_proxy.html", "projects/shadowsocks-rust.html"])
def test_axe_reports_no_serious_or_critical_violation(browser, server, path, scheme):
    page, _ = open_page(browser, server + path, scheme)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    assert len(result["passes"]) > 10  # axe really ran its rules on this page
    bad = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, "\n".join(bad)


def test_headings_are_readable_and_the_grid_fits_the_count(browser, server):
    page, _ = open_page(browser, server)
    heading = page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('main h2')); return [parseFloat(s.fontSize), s.textTransform]; })()"
    )
    assert heading[0] >= 18 and heading[1] == "none", heading
    columns = page.evaluate("getComputedStyle(document.querySelector('.grid')).gridTemplateColumns.split(' ').length")
    cards = page.locator(".grid > li").count()
    assert cards % columns == 0, (cards, columns)  # no orphan in the last row
    bar = page.locator(".langbar > span").count()
    assert page.locator("section[aria-labelledby=stats] .legend li").count() == bar  # every segment named


def test_on_a_phone_dates_line_up_and_nothing_overflows(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(server)
    lefts = page.evaluate(
        "[...document.querySelectorAll('.entry .when')].map(e => Math.round(e.getBoundingClientRect().left))"
    )
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    page.screenshot(path=str(ARTIFACTS / "site-phone.png"), full_page=True)
    context.close()
    assert lefts and len(set(lefts)) == 1, lefts
    assert overflow <= 0, overflow


def test_a_project_page_prints_its_legend_no_larger_than_the_body(browser, server):
    page, _ = open_page(browser, server + "projects/rust_http_proxy.html")
    page.emulate_media(media="print")
    sizes = page.evaluate(
        "[getComputedStyle(document.body).fontSize, getComputedStyle(document.querySelector('.legend')).fontSize]"
    )
    assert float(sizes[1].rstrip("px")) <= float(sizes[0].rstrip("px")), sizes
