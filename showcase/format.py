"""Numbers for people: one rule, used by every output."""

from __future__ import annotations

from babel.numbers import format_compact_decimal, format_decimal


def compact(number: int | None, significance: bool = True, locale: str = "en") -> str:
    """A count as CLDR writes it short (Babel): 1234 → 1.2K in English, 12345 → 1.2万 in Chinese.
    With `significance` on, +3 stars must not rewrite the README: where the locale has no short
    form yet (Chinese below 万), two significant digits (1,200)."""
    if number is None:
        return ""
    if not significance or number < 1000:
        return str(number)
    short = format_compact_decimal(number, locale=locale, fraction_digits=1)
    if short.replace(",", "") != str(number):
        return short
    digits = len(str(number)) - 2
    return format_decimal(round(number, -digits), locale=locale)
