"""Labels and dates per locale."""

from __future__ import annotations

import json

import pytest

from showcase.i18n import LOCALES, catalogue, format_date, format_range


def test_every_locale_has_every_key_english_has():
    # KEY_one is a plural form: a locale has it only if its language has that form (Chinese doesn't).
    english = {key for key in json.loads((LOCALES / "en.json").read_text(encoding="utf-8")) if not key.endswith("_one")}
    for path in LOCALES.glob("*.json"):
        keys = set(json.loads(path.read_text(encoding="utf-8")))
        assert {key for key in keys if not key.endswith("_one")} == english, path.name
        assert all(key.removesuffix("_one") in keys for key in keys), path.name


@pytest.mark.parametrize(
    "locale, value, expected",
    [("en", "2023-03", "Mar 2023"), ("en", "2023", "2023"), ("zh", "2023-03", "2023年3月"), ("en", None, "Present")],
)
def test_dates(locale, value, expected):
    assert format_date(value, locale) == expected


def test_an_open_range_ends_at_present():
    assert format_range("2020-01", None, "en").endswith(str(catalogue("en")["present"]))
    assert format_range("2020-01", None, "zh").endswith("至今")


def _zh_outputs() -> dict[str, str]:
    from showcase.merge import merge
    from showcase.models import Resume
    from showcase.render import render_all
    from showcase.snapshot import Release, RepoData, Snapshot, UserData

    resume = Resume.model_validate(
        {
            "basics": {"name": "刘"},
            "work": [{"name": "字节跳动", "startDate": "2024-06"}],
            "publications": [{"name": "可观测性"}],
            "showcase": {"github": "me", "locale": "zh", "outputs": {"html": True, "cards": False}},
        }
    )
    repo = RepoData(
        full_name="me/r",
        name="r",
        owner="me",
        html_url="h",
        stars=12345,
        detailed=True,
        pushed_at="2025-11-01T00:00:00Z",
        languages={"Rust": 9, "C": 1},
        latest_release=Release(tag="v1", published_at="2026-03-01T00:00:00Z"),
    )
    profile, _ = merge(resume, Snapshot(user=UserData(login="me", followers=150), repos={"me/r": repo}))
    return render_all(profile, resume.showcase)


def test_zh_follows_chinese_typography():
    """DESIGN.md: no faux italics on Han characters, full-width colons, natural word order, CLDR."""
    out = _zh_outputs()
    readme, page, site = out["README.md"], out["projects/r.md"], out["site/index.html"]
    assert "2024年6月" in readme and "*2024年" not in readme and "*2026年" not in readme  # no italics
    assert "最近推送：2025年11月" in page and "最近推送:" not in page  # full-width colon, no space
    assert "★ 星标总数 1.2万" in readme and " 个仓库" in readme and "150 位关注者" in readme
    assert "2024年6月—至今" in readme  # GB/T 15834: a range takes a dash without spaces
    assert "星标总数 1.2万" in site and "★ 1.2万 星标总数" not in site
    assert "## 发表" in readme  # the section holds articles as often as papers; not 出版物 (printed matter)


def test_english_keeps_italic_dates():
    from showcase.escape import md_emphasis

    assert md_emphasis("Mar 2023") == "*Mar 2023*" and md_emphasis("2023年3月") == "2023年3月"


def test_text_in_another_language_is_marked_on_the_site():
    from showcase.escape import lang_attribute

    assert lang_attribute("HTTP forward proxy based on Tokio", "zh-CN") == ' lang="en"'
    assert lang_attribute("基于 Tokio 的 HTTP 代理", "en") == ' lang="zh"'
    assert lang_attribute("基于 Tokio 的 HTTP 代理", "zh-CN") == "" and lang_attribute("A proxy", "en") == ""
    site = _zh_outputs()["site/index.html"]
    assert 'lang="zh-CN"' in site
