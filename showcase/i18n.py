"""Section labels and date formats from a message catalogue (locales/<code>.json).

Adding a locale is adding one file; templates never branch on the locale.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_skeleton, get_day_names

LOCALES = Path(__file__).parent / "locales"


@cache
def catalogue(locale: str) -> dict[str, object]:
    english: dict[str, object] = json.loads((LOCALES / "en.json").read_text(encoding="utf-8"))
    if locale == "en":
        return english
    # Missing keys fall back to English so a partial translation still renders.
    return {**english, **json.loads((LOCALES / f"{locale}.json").read_text(encoding="utf-8"))}


# CLDR skeletons (through Babel) for a year, a month and a day: the locale decides the pattern.
_SKELETONS = {1: "y", 2: "yMMM", 3: "yMMMd"}


def format_date(value: str | None, locale: str) -> str:
    """`2023-03` → `Mar 2023` / `2023年3月` (CLDR, through Babel); None → "present"."""
    if not value:
        return str(catalogue(locale)["present"])
    parts = [int(part) for part in value[:10].split("-")]
    day = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return str(format_skeleton(_SKELETONS[len(parts)], day, locale=_babel_locale(locale)))


def _babel_locale(locale: str) -> str:
    return "zh_Hans_CN" if locale == "zh" else locale


def format_range(start: str | None, end: str | None, locale: str) -> str:
    if not start and not end:
        return ""
    if not start:
        return format_date(end, locale)
    separator = str(catalogue(locale)["date_range_sep"])
    return f"{format_date(start, locale)}{separator}{format_date(end, locale)}"


def month_abbreviation(value: str, locale: str) -> str:
    """`2026-03-01` → `Mar` / `3月`."""
    return str(format_skeleton("MMM", date.fromisoformat(value[:10]), locale=_babel_locale(locale)))


def weekday_abbreviations(locale: str) -> list[str]:
    """Monday first, as CLDR abbreviates them: Mon, Tue … / 周一, 周二 …"""
    names = get_day_names("abbreviated", locale=_babel_locale(locale))
    return [str(names[day]) for day in range(7)]


def plural_form(number: int, locale: str) -> str:
    """CLDR's plural category of `number`: "one" or "other" in English, always "other" in Chinese."""
    return str(Locale.parse(_babel_locale(locale)).plural_form(number))
