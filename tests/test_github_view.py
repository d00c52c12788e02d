"""The bundled example's profile README as a visitor sees it on github.com: rendered by cmark-gfm,
sanitized like GitHub, styled by github-markdown-css, in Chromium, light and dark, desktop and phone."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from github_view import GITHUB_CSS, page
from test_site import ARTIFACTS, _missing, serving

from showcase import api

if _missing() or not GITHUB_CSS.exists():
    reason = _missing() or f"no github-markdown-css at {GITHUB_CSS} (`make test` installs it from npm)"
    if os.environ.get("CI"):  # in CI a missing tool is a failure, not a quiet skip
        pytest.fail(reason, pytrace=False)
    pytestmark = pytest.mark.skip(reason=reason)

MAX_HEIGHT = 1400  # px at 1012 px: the whole README in under two screens
FOLD = 800  # px: the first card starts above it


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    out = tmp_path_factory.mktemp("profile")
    api.demo(out)
    markdown = (out / "README.md").read_text(encoding="utf-8")
    (out / "readme.html").write_text(page(markdown), encoding="utf-8")
    shutil.copy(GITHUB_CSS, out / "github-markdown.css")
    with serving(out) as base:
        yield base + "readme.html", out


MEASURE = """() => {
  const box = document.querySelector('.markdown-body').getBoundingClientRect();
  const images = [...document.images].map(i => ({src: i.currentSrc, ok: i.complete && i.naturalWidth > 0,
                                                   top: i.getBoundingClientRect().top}));
  return {height: box.height, images, overflow: document.documentElement.scrollWidth - window.innerWidth};
}"""


RAW = "https://raw.githubusercontent.com/arloor/arloor/HEAD/"


def look(browser, served, width, scheme, name):
    """The page in Chromium; the profile repository's raw files come from the output folder, as
    raw.githubusercontent.com would serve them once committed (nothing else leaves the machine)."""
    url, out = served
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)

    def raw(route):
        path = out / route.request.url.removeprefix(RAW)
        if path.resolve().is_relative_to(out.resolve()) and path.is_file():
            route.fulfill(path=str(path), content_type="image/svg+xml" if path.suffix == ".svg" else None)
        else:
            route.fulfill(status=404)

    context.route(RAW + "**", raw)
    tab = context.new_page()
    tab.goto(url)
    tab.wait_for_load_state("networkidle")
    seen = tab.evaluate(MEASURE)
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"github-readme-{name}.png"), full_page=True)
    context.close()
    return seen


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_readme_fits_in_under_two_screens_with_a_card_above_the_fold(browser, served, scheme):
    seen = look(browser, served, 1012, scheme, f"1012-{scheme}")
    print(json.dumps({"height": seen["height"], "first_card_top": min(i["top"] for i in seen["images"])}))
    assert seen["height"] <= MAX_HEIGHT, seen["height"]
    assert min(image["top"] for image in seen["images"]) < FOLD
    assert all(image["ok"] for image in seen["images"]), seen["images"]
    assert seen["overflow"] <= 0


def test_dark_mode_shows_the_dark_cards(browser, served):
    seen = look(browser, served, 1012, "dark", "1012-dark-cards")
    cards = [image["src"] for image in seen["images"] if "/assets/" in image["src"]]
    assert cards and all(src.endswith("-dark.svg") for src in cards), cards


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_on_a_phone_nothing_overflows_and_every_image_loads(browser, served, scheme):
    seen = look(browser, served, 390, scheme, f"390-{scheme}")
    assert seen["overflow"] <= 0, seen["overflow"]
    assert all(image["ok"] for image in seen["images"]), seen["images"]
