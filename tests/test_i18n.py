"""Labels and dates per locale."""

from __future__ import annotations

import json

import pytest

from showcase.i18n import LOCALES, catalogue, format_date, format_range


def test_every_locale_has_every_key_english_has():
    english = set(json.loads((LOCALES / "en.json").read_text(encoding="utf-8")))
    for path in LOCALES.glob("*.json"):
        assert set(json.loads(path.read_text(encoding="utf-8"))) == english, path.name


@pytest.mark.parametrize(
    "locale, value, expected",
    [("en", "2023-03", "Mar 2023"), ("en", "2023", "2023"), ("zh", "2023-03", "2023年3月"), ("en", None, "Present")],
)
def test_dates(locale, value, expected):
    assert format_date(value, locale) == expected


def test_an_open_range_ends_at_present():
    assert format_range("2020-01", None, "en").endswith(str(catalogue("en")["present"]))
    assert format_range("2020-01", None, "zh").endswith("至今")
