"""What a paragraph of short lines (a list written without its bullets, which `readme_markdown`
passes over) may still hold: the line labelled as the description, the one line beside an address,
the one line under a row of badges that names the project, a first line that names its kind.
"""

from __future__ import annotations

import re

from showcase.excerpt_openings import DESCRIPTION_LABEL
from showcase.excerpt_slogans import KIND_OF_THING
from showcase.excerpt_taglines import is_noun_tagline
from showcase.readme_inline import words_of
from showcase.readme_naming import names_the_project, says_what_the_project_is


def described_among_lines(content: str, name: str) -> str:
    """The description a paragraph of short lines holds, as plain words, or ""."""
    return _labelled(content) or _beside_an_address(content) or _beside_badges(content, name) or _kind_on_top(content)


def _labelled(content: str) -> str:
    """ "**Project Name:** Contsrix … **Description:** This is the core API for …": in a block of
    labelled facts, the line labelled as the description says what the project is."""
    for line in content.split("\n"):
        if DESCRIPTION_LABEL.match(line):
            return words_of(line)
    return ""


def _beside_an_address(content: str) -> str:
    """ "https://dotblogs.com.tw/yc421206/" then "範例程式" on the next line: an address on a line of its
    own is where to go, not words; the one line left is what the author wrote about the project."""
    line = _one_line_beside(content, _BARE_ADDRESS)
    return words_of(line) if line else ""


_BARE_ADDRESS = re.compile(r"<?https?://\S+>?")


def _beside_badges(content: str, name: str) -> str:
    """ "[![CircleCI](…)](…)" then "Hematite是ProjectRTSN官网的前端程序": a line of badges holds no words;
    the one line under it that says what the project is, by name, is the description (a slogan under
    badges stays a row of labels)."""
    source = _one_line_beside(content, _BADGES_ONLY)
    if not source:
        return ""
    line = words_of(source)
    # "Hematite是…": Chinese and Japanese write the copula or particle onto the name.
    cjk_named = len(name) > 2 and re.match(re.escape(name) + r"\s?(是|為|为|は|는|은)", line, re.IGNORECASE)
    return line if says_what_the_project_is(line, name) or names_the_project(line, name) or cjk_named else ""


_BADGES_ONLY = re.compile(r"(\[?!\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)(\]\([^)\s]{0,500}\))?\s*)+")


def _one_line_beside(content: str, beside: re.Pattern[str]) -> str:
    """The one line of a paragraph that `beside` does not wholly match (an address, a row of badges),
    when the other lines are all such; else ""."""
    lines = [line.strip() for line in content.split("\n") if line.strip()]
    words = [line for line in lines if not beside.fullmatch(line)]
    return words[0] if len(words) == 1 < len(lines) else ""


def _kind_on_top(content: str) -> str:
    """ "Simple markdown editor  " over "Hosted on Firebase  " and "[Click here](…) to try it": lines
    broken by hand, the first a few words that end in the kind of thing the project is, the rest
    facts about it. The first line is its tagline."""
    lines = content.split("\n")
    if len(lines) < 2 or not all(line.endswith(("  ", "\\")) for line in lines[:-1]):
        return ""
    first = words_of(lines[0].rstrip(" \\"))
    short = 0 < len(first.split()) <= _TAGLINE_WORDS
    return first if short and KIND_OF_THING.search(first) and is_noun_tagline(first) else ""


_TAGLINE_WORDS = 8
