"""How the paragraph `excerpt` chooses becomes the excerpt: one sentence, without the pictures that
decorate it, the address GitHub shows after it or the colon of a lead-in whose list is not quoted,
and ending cleanly."""

from __future__ import annotations

import re

from showcase import excerpt_rules as rules
from showcase.excerpt_credits import BYLINE
from showcase.excerpt_sentence import one_sentence, without_leading_pictures, without_trailing_pictures


def as_excerpt(paragraph: str) -> str:
    sentence = _without_trailing_credit(
        one_sentence(
            _end_well(_without_trailing_address(_without_bracketed_address(without_leading_pictures(paragraph))))
        )
    )
    # "… Modular Tower Garden :cactus: .": the full stop goes back against the words once the picture
    # before it is gone (and where the writer set it apart).
    # "… 10-2020-q4-preview , providing …": a link set on its own line before a comma leaves a space.
    sentence = _SPACE_BEFORE_A_COMMA.sub("", without_trailing_pictures(_CITATION_MARKS.sub("", sentence)))
    return _SPACE_BEFORE_THE_END.sub(r"\1", sentence)


# "… ongoing meter reading and billing [1, 2].": numbered marks pointing at sources a generated
# summary cited, which are not quoted with the sentence.
_CITATION_MARKS = re.compile(r"(?<=\S)\s?\[\d{1,3}(\s*[,–-]\s*\d{1,3})*\](?=[.,;:!?]|$)")

_CJK_LEAD_IN_CLAUSE = 6  # characters: "支持", "功能如下", "主要包括以下"

_SPACE_BEFORE_THE_END = re.compile(r"(?<=\w)\s+(\.)$")  # not "!" or "?", which French sets apart
_SPACE_BEFORE_A_COMMA = re.compile(r"(?<=\w)\s+(?=,\s)")


def _without_trailing_address(text: str) -> str:
    """ "The source code of the Lawliet Discord Bot https://top.gg/bot/…": an address on the line
    after a description is a link GitHub shows, not words of the sentence. Kept when the words
    before it lead into it ("Docs at https://…")."""
    match = _TRAILING_ADDRESS.search(text)
    if not match:
        return text
    before = text[: match.start()]
    leads_in = re.search(r"(\b(at|on|in|to|from|see|via|visit|here)|[:：])$", before, re.IGNORECASE)
    return text if leads_in or len(before.split()) < 4 else before


def _without_bracketed_address(text: str) -> str:
    """ "… solutions to the Advent of Code (AoC) (https://github.com/topics/advent-of-code) puzzles.":
    an address in brackets after a name is where the name lives, which the reader cannot follow
    from a card; the sentence reads whole without it."""
    return _BRACKETED_ADDRESS.sub("", text)


# Only brackets that hold an address and nothing else: "(see https://…)" and "(docs: www.…)" are words.
_BRACKETED_ADDRESS = re.compile(r"\s+\(\s*(?:https?://|www\.)[^\s()]+\s*\)", re.I)


def _without_trailing_credit(sentence: str) -> str:
    """ "Make Android screenshots of scrollable screen content - brought to you by PGS Software SA",
    "A till for small shops, made by Acme.": who made it, set after what it is, is no part of it;
    nor is the tool that made it ("… ace the coding interview! - Created using LeetHub.")."""
    for match in _BYLINE_TAIL.finditer(sentence):
        tail = sentence[match.end() :]
        if BYLINE.match(tail) and len(sentence[: match.start()].split()) >= 3:
            return sentence[: match.start()] + ("." if tail.endswith(".") else "")
    tool = _TOOL_TAIL.search(sentence)
    if tool and len(sentence[: tool.start()].split()) >= 3:
        kept = sentence[: tool.start()]
        return kept + ("." if tool.group().endswith(".") and kept[-1:] not in ".!?" else "")
    return sentence


_BYLINE_TAIL = re.compile(r"\s*(,|\s[-–—])\s+(?=(brought to you|made|written|created|developed|maintained) by\b)", re.I)
# "Collection of LeetCode questions to ace the coding interview! - Created using LeetHub.": the tool
# that made the repository, set after what it is, is no part of it.
_TOOL_TAIL = re.compile(r"\s[-–—]\s+(created|made|generated|built|synced) (using|with) [\w.-]+( [\w.-]+)?[.!]?$", re.I)


# "https://top.gg/bot/…", and one written without its scheme: "www.kassa.se", "augitesite.ddns.net/drama.php"
# (a host and a path; a bare "Next.js" or "kassa.se" may be a name).
_TRAILING_ADDRESS = re.compile(r"\s+<?(https?://\S+|www\.[\w-]+(\.[\w-]+)+\S*|[\w-]+(\.[\w-]+)*\.[a-z]{2,}/\S*)$", re.I)


def _end_well(text: str) -> str:
    """A lead-in ("… for Python:") reads as a description once its colon is a full stop; one that
    ends on a preposition ("… tutorials at:") loses it, since what it pointed at is not quoted."""
    if text.endswith("："):
        # "…的个人记账应用，当前聚焦本地优先的记账体验，支持：" over a list: the clause that led into it
        # ("支持", "包括", "如下") goes with the list.
        head, comma, last = text[:-1].rpartition("，")
        return (head if comma and len(last) <= _CJK_LEAD_IN_CLAUSE else text[:-1]) + "。"
    if text.endswith(":"):
        # "A quiz app built with the following tech:" over its stack: what it is, without the pointer
        # to the list that is not quoted.
        lead_in = _POINTS_AT_THE_LIST.sub("", text[:-1])
        # "PANDORA is a Matlab Toolbox that:" over what it does: the relative word goes with the list.
        return _DANGLING_RELATIVE.sub("", rules.without_dangling_preposition(lead_in)) + "."
    # "Telegram bot which enables" over "- to get the timetable": a lead-in whose colon was never
    # written, its clause left without the list it led into.
    listless, pointed = _POINTS_AT_THE_LIST.subn("", text)
    if pointed:
        return listless + "."  # "A quiz app built with the following tech", its colon gone
    return rules.without_dangling_preposition(text) + "." if _CLAUSE_WITHOUT_OBJECT.search(text) else text


_POINTS_AT_THE_LIST = re.compile(
    r"(?<=\w)\s+((built|made|developed|written|created)\s+)?(with|using)\s+the\s+following(\s+[\w-]+){0,2}$", re.I
)
_DANGLING_RELATIVE = re.compile(r"(?<=\w)\s+(that|which|who)$", re.I)
_CLAUSE_WITHOUT_OBJECT = re.compile(
    r"\S\s+(that|which)\s+(enables|allows|lets|helps|supports|provides|includes|offers)$", re.I
)
