"""What a paragraph of short lines (a list written without its bullets, which `readme_markdown`
passes over) may still hold: the line labelled as the description, the one line beside an address,
the one line under a row of badges that names the project.
"""

from __future__ import annotations

import re

from showcase.excerpt_openings import DESCRIPTION_LABEL
from showcase.readme_inline import words_of
from showcase.readme_naming import names_the_project, says_what_the_project_is


def described_among_lines(content: str, name: str) -> str:
    """The description a paragraph of short lines holds, as plain words, or ""."""
    return _labelled(content) or _beside_an_address(content) or _beside_badges(content, name)


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
