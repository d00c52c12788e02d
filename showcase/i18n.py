"""Section labels and date formats from a message catalogue (locales/<code>.json).

Adding a locale is adding one file; templates never branch on the locale.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

LOCALES = Path(__file__).parent / "locales"


@cache
def catalogue(locale: str) -> dict[str, object]:
    english: dict[str, object] = json.loads((LOCALES / "en.json").read_text(encoding="utf-8"))
    if locale == "en":
        return english
    # Missing keys fall back to English so a partial translation still renders.
    return {**english, **json.loads((LOCALES / f"{locale}.json").read_text(encoding="utf-8"))}


def format_date(value: str | None, locale: str) -> str:
    """`2023-03` → `Mar 2023` / `2023年3月`; None → the locale's word for "present"."""
    messages = catalogue(locale)
    if not value:
        return str(messages["present"])
    parts = value[:10].split("-")
    year = parts[0]
    if len(parts) == 1:
        return str(messages["date_year"]).format(year=year)
    month = int(parts[1])
    fields = {"year": year, "month": month, "month_name": messages["months"][month - 1]}  # type: ignore[index]
    if len(parts) == 2:
        return str(messages["date_month"]).format(**fields)
    return str(messages["date_day"]).format(day=int(parts[2]), **fields)


def format_range(start: str | None, end: str | None, locale: str) -> str:
    if not start and not end:
        return ""
    if not start:
        return format_date(end, locale)
    separator = str(catalogue(locale)["date_range_sep"])
    return f"{format_date(start, locale)}{separator}{format_date(end, locale)}"
