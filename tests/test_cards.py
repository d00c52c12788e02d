"""SVG cards: valid, accessible, self-contained, with dark variants; CJK text fits."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from showcase.cards import text_px
from showcase.merge import merge
from showcase.models import Resume
from showcase.render import render_all
from showcase.snapshot import RepoData, Snapshot, UserData

SVG = "{http://www.w3.org/2000/svg}"


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
        '<picture><source media="(prefers-color-scheme: dark)" srcset="https://raw.githubusercontent.com/arloor/arloor/HEAD/assets/stats-dark.svg">'
        '<img src="https://raw.githubusercontent.com/arloor/arloor/HEAD/assets/stats.svg" alt="On GitHub: ★ 166'
        in readme
    )
    raw = "https://raw.githubusercontent.com/arloor/arloor/HEAD/assets"
    assert f'srcset="{raw}/languages-dark.svg"><img src="{raw}/languages.svg" alt="Languages: Rust, C, ' in readme


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
    # The cards fill the README column together; a wide (CJK) label widens the stats card, and the
    # languages card gives way so the pair still fits.
    wide = cards_for("zh", "Rust")
    narrow = cards_for("en", "Rust")
    stats_w = [int(ElementTree.fromstring(c["assets/stats.svg"]).get("width")) for c in (wide, narrow)]
    pair = [
        sum(int(ElementTree.fromstring(c[f"assets/{n}.svg"]).get("width")) for n in ("stats", "languages"))
        for c in (wide, narrow)
    ]
    assert pair[0] == pair[1] == 960 - 4 and stats_w[0] >= stats_w[1]


def test_zh_cards_use_the_catalogue():
    svg = cards_for("zh", "Rust")["assets/stats.svg"]
    assert "星标总数" in svg and "GitHub 数据" in svg


def _many_languages(locale: str = "en") -> dict[str, str]:
    resume = Resume.model_validate({"basics": {"name": "Me"}, "showcase": {"github": "me", "locale": locale}})
    sizes = {
        "Rust": 5000,
        "C": 3000,
        "CSS": 900,
        "JavaScript": 400,
        "Python": 300,
        "Lua": 200,
        "Makefile": 60,
        "Zig": 50,
    }
    repo = RepoData(full_name="me/r", name="r", owner="me", html_url="h", stars=1, detailed=True, languages=sizes)
    profile, _ = merge(resume, Snapshot(user=UserData(login="me"), repos={"me/r": repo}))
    return {k: v for k, v in render_all(profile, resume.showcase).items() if k.endswith(".svg")}


def test_the_cards_are_a_set_of_one_height():
    cards = _many_languages()
    for suffix in ("", "-dark"):
        heights = {
            ElementTree.fromstring(cards[f"assets/{n}{suffix}.svg"]).get("height") for n in ("stats", "languages")
        }
        assert len(heights) == 1, heights


@pytest.mark.parametrize("theme, background", [("", "#ffffff"), ("-dark", "#0d1117")])
def test_every_segment_stands_out_three_to_one_in_both_themes(theme, background):
    from showcase.cards import contrast

    svg = _many_languages()[f"assets/languages{theme}.svg"]
    fills = set(re.findall(r'<circle [^>]*fill="(#[0-9a-f]{6})"', svg))
    assert len(fills) >= 6
    for fill in fills:
        assert contrast(fill, background) >= 3.0, (fill, background)


def test_the_legend_names_every_segment_of_the_bar():
    svg = _many_languages()["assets/languages.svg"]
    root = ElementTree.fromstring(svg)
    segments = root.findall(f".//{SVG}g/{SVG}rect")
    legend = root.findall(f".//{SVG}circle")
    assert len(segments) == len(legend)


def test_other_is_translated_on_the_card():
    svg = _many_languages("zh")["assets/languages.svg"]
    assert ">其他</text>" in svg and ">Other</text>" not in svg
