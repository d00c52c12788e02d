"""Pointers: a paragraph that only sends the reader elsewhere, to an address, the docs or "more
details", is never a project's description. `excerpt_never` asks `sends_elsewhere` and `FOR_MORE`.
"""

from __future__ import annotations

import re

from showcase.excerpt_rules import CJK_POINTER, SEE_ELSEWHERE, URL, WORD, opening_sentence

# "Visit the Prebid documentation to study the available integration approaches …": a pointer to
# the docs, however long the sentence around it.
TO_THE_DOCS = re.compile(
    r"^(please )?(visit|see|read|consult|check out|refer to|head (over )?to|go to) (the|our) ([\w.-]+ ){0,3}"
    r"(documentation|docs|wiki|guide|handbook|manual|website|site)\b"
    # "View the respective directory and their READMEs for more information.": elsewhere, for more.
    # "See https://locust.cloud for general information on …": a full stop inside an address ends nothing.
    r"|^(please )?(view|see|read|check|visit|consult|refer to)\b([^.!?]|[.!?](?=\S)){0,100}\bfor (more|further|additional|full|general) "
    r"(information|info|details)\b"
    # "See meteor2 branch for newest version of code": where the current work is, elsewhere.
    r"|^(please )?(see|visit|check( out)?|go to|use)\b[^.!?]{0,80}\bfor (the )?(newest|latest|current|most recent|"
    r"up-to-date) (version|code|release|source|development)\b"
    # "For architecture, design notes, tests, and deeper docs, see AGENTS.md.": what to read for what.
    r"|^for [^.!?]{1,80}, (please )?(see|read|check( out)?|refer to|visit|consult)\b"
    # "Browse the patterns as a human-readable site: ramparte.github.io/…": what to look at, then
    # only its address after the colon.
    r"|^(please )?(browse|view|read|explore|visit|see|check out|try)\b[^.!?:]{0,80}[:：]\s*\S+\s*$"
    # "If you need help to use twigfiddle, please read the twigfiddle's help page.": where help is.
    r"|^if you (need|want|would like) (help|support|assistance)\b[^.!?]{0,60}, (please )?(read|see|visit|check|consult|refer to|go to|ask)\b",
    re.I,
)
# "📖 ", "👉 ", "→ " before a pointer: a mark to catch the eye, not a word of the line.
LEADING_MARKS = re.compile(r"^[^\w\s\"'“‘(\[]+\s*")


# "For more information please visit the project's readthedocs page": a pointer, however long;
# "Details about the purpose of the scanner." over a link: a label for what is elsewhere.
FOR_MORE = re.compile(
    r"^(for|para|pour|für) (more|further|additional|full|mais|más|plus d|weitere)\w*\W+(details|info|documentation|informa)"
    r"|^((more|further|additional|full) )?(details|information|info) (about|on|regarding)\b"
    # "For tutorials on how to use the MongoDB JVM Drivers, please reference MongoDB University.":
    # where to learn it, sent elsewhere.
    r"|^for (tutorials|guides|examples|docs|documentation|help|support|questions|instructions)\b[^.]{0,120}\b(please |kindly )?"
    r"(see|visit|refer|reference|check|read|consult|head|go)\b"
    # "New here? Getting Started Guide — zero to productive in 10 minutes.", "New to Rust? Start …":
    # a newcomer sent to where to begin.
    r"|^(new here|new to [^?.!]{1,40}|first time here)\s*\?"
    # "Navigate to one of the folders for further details about the project": sent elsewhere to
    # learn more, however many words it takes.
    r"|^(please )?(see|visit|navigate to|go to|head (over )?to|refer to|check)\b[^.!?]{0,80}\bfor (more|further|additional|full) "
    r"(details|info|information|documentation)\b",
    re.I,
)


# "🌐 regin.ccday.top — the official project site.": an address, and what it is the address of.
OFFICIAL_SITE = re.compile(
    # The host's parts, then a path that starts with "/": no two parts can take the same characters.
    r"^\W*(https?://)?[\w-]+(\.[\w-]+)+(/\S*)?\s*[—–:-]\s*(the |our )?official (project )?"
    r"(web ?site|site|home ?page|docs|documentation)\W*$",
    re.IGNORECASE,
)


def sends_elsewhere(text: str) -> bool:
    """Only an address to look at: "siehe https://…", "For more details see https://…" (six words
    at most besides the address), a pointer to the docs however long ("Visit the Prebid
    documentation to study …"), a label over one ("Maintainer: Tecnoteca - http://…", three
    words at most after the label), an address named as the official site, or "see …" in Korean,
    Japanese and Chinese ("…확인해주세요"). An emoji or arrow in front changes nothing."""
    text = LEADING_MARKS.sub("", text)
    short = len(WORD.findall(URL.sub("", text))) <= 6
    label = re.match(r"^\W*\w+( \w+)?\s*[:：]", text)
    labelled = bool(label and URL.search(text) and len(WORD.findall(URL.sub("", text[label.end() :]))) <= 3)
    pointer = (SEE_ELSEWHERE.match(text) and short) or TO_THE_DOCS.match(text)
    return bool(pointer or labelled or OFFICIAL_SITE.match(text) or CJK_POINTER.search(opening_sentence(text)))
