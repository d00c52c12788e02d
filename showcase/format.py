"""Numbers for people: one rule, used by every output."""

from __future__ import annotations


def compact(number: int | None, significance: bool = True) -> str:
    """1234 → 1.2k (when significance is on): +3 stars must not rewrite the README."""
    if number is None:
        return ""
    if not significance or number < 1000:
        return str(number)
    for size, suffix in ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k")):
        if number >= size:
            value = number / size
            text = f"{value:.1f}" if value < 100 else f"{value:.0f}"
            return text.removesuffix(".0") + suffix
    return str(number)
