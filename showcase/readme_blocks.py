"""What the README readers hand the excerpt: candidate paragraphs, and small helpers they share.

The readers — `readme_markdown`, `readme_html`, `readme_rst` (and `plain_paragraphs` here for plain
text) — turn a README into `Candidate` paragraphs in reading order; `excerpt` chooses among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Candidate:
    text: str
    notice: bool  # a notice, slogan or meta line: used only when nothing better follows
    heading: bool = False
    link_share: float = 0.0  # share of the letters that sit inside links
    emphasis_share: float = 0.0  # share of the letters inside emphasis
    code_only: bool = False
    # The title of the section a paragraph sits in when that is past where descriptions live (the
    # intro, the first section, an "About"): read only when nothing before it reads as one.
    late_section: str | None = None
    headings_before: int = 0  # headings above it (Markdown): where a generator's manual begins


def share(part: str, whole: str) -> float:
    letters = sum(ch.isalnum() for ch in whole)
    return sum(ch.isalnum() for ch in part) / letters if letters else 0.0


def head(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, cut at a line break when there is one."""
    if len(text) <= limit:
        return text
    cut_at = text.rfind("\n", 0, limit)
    return text[: cut_at if cut_at > 0 else limit]


def plain_paragraphs(text: str) -> list[str]:
    """A plain-text README's paragraphs: blocks between blank lines or between rules of "=", "-" or
    "*" ("=====================" above and below a boxed "= Stingray Software =")."""
    return [block.strip("\n") for block in _PLAIN_BREAK.split(text) if block.strip()]


_PLAIN_BREAK = re.compile(r"\n\s*\n|(?:^|\n)[ \t]*[=*_~#+-]{3,}[ \t]*(?=\n|$)")
