"""SVG cards: valid, accessible, self-contained, with dark variants; CJK text fits."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from showcase import api
from showcase.cards import text_px
from showcase.merge import merge
from showcase.models import Resume
from showcase.render import render_all
from showcase.snapshot import RepoData, Snapshot, UserData

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("cards")
    api.demo(out)
    return out


@pytest.mark.parametrize("name", ["languages", "stats"])
def test_each_card_is_valid_accessible_svg_with_a_dark_variant(demo, name):
    light = (demo / "assets" / f"{name}.svg").read_text()
    dark = (demo / "assets" / f"{name}-dark.svg").read_text()
    for text in (light, dark):
        root = ElementTree.fromstring(text)
        assert root.tag == f"{SVG}svg" and root.get("role") == "img"
        title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
        assert title is not None and title.text and desc is not None and desc.text
        assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", text)  # no external resources
        assert "@import" not in text and "<image" not in text
        assert "-apple-system" in text  # the system font stack, no web font
    assert light != dark and "#0d1117" in dark and "#ffffff" in light


def test_languages_card_names_top_languages_with_shares(demo):
    desc = ElementTree.fromstring((demo / "assets" / "languages.svg").read_text()).find(f"{SVG}desc").text
    assert desc.startswith("Rust 5") and "C 3" in desc


def test_readme_shows_cards_through_picture(demo):
    readme = (demo / "README.md").read_text()
    assert (
        '<picture><source media="(prefers-color-scheme: dark)" srcset="assets/stats-dark.svg"><img src="assets/stats.svg" alt="On GitHub: ★ 166'
        in readme
    )
    assert 'srcset="assets/languages-dark.svg"><img src="assets/languages.svg" alt="Languages: Rust, C, ' in readme


def cards_for(locale: str, language: str) -> dict[str, str]:
    resume = Resume.model_validate(
        {
            "basics": {"name": "Me"},
            "showcase": {"github": "me", "locale": locale, "cards": {"ignoreLanguages": ["HTML"]}},
        }
    )
    repo = RepoData(
        full_name="me/r",
        name="r",
        owner="me",
        html_url="https://github.com/me/r",
        stars=1,
        detailed=True,
        languages={language: 100, "HTML": 900, "Go": 50},
    )
    profile, _ = merge(resume, Snapshot(user=UserData(login="me"), repos={"me/r": repo}))
    return {k: v for k, v in render_all(profile, resume.showcase).items() if k.endswith(".svg")}


def test_ignored_languages_are_left_off_the_card():
    desc = ElementTree.fromstring(cards_for("en", "Rust")["assets/languages.svg"]).find(f"{SVG}desc").text
    assert "HTML" not in desc and desc.startswith("Rust 66.7%")


def test_cjk_text_is_measured_in_display_columns():
    assert text_px("中文") == 2 * text_px("ab")
    wide = ElementTree.fromstring(cards_for("en", "非常长的中文语言名称示例文字")["assets/languages.svg"])
    narrow = ElementTree.fromstring(cards_for("en", "Rust")["assets/languages.svg"])
    assert int(wide.get("width")) > int(narrow.get("width"))
    label_w = text_px("非常长的中文语言名称示例文字")
    assert int(wide.get("width")) >= 2 * (label_w + 90)


def test_zh_cards_use_the_catalogue():
    svg = cards_for("zh", "Rust")["assets/stats.svg"]
    assert "星标总数" in svg and "GitHub 数据" in svg
