"""A quotation's signature: "— Edsger Dijkstra" on a line of its own, or after the quotation on its
line ("… open gets all kinds of interruptions.” — Richard Hamming", "… Having Fun. -**Albert
Einstein**"). `readme_markdown` asks it of a blockquote's lines: a signed quotation is someone
else's words, never the project's description. So is a quotation credited to its source in
brackets, in a blockquote or not (`excerpt_rules.is_notice` asks that of a paragraph).
"""

from __future__ import annotations

import re

# "> — Edsger Dijkstra": the attribution on a line of its own.
_ATTRIBUTION = re.compile(r"^\s*(—|–|--|―)\s*\S")
# "> “[One] who works with the door open gets …” — Richard Hamming": the attribution on the line
# of the quotation, after its closing mark.
_ATTRIBUTED_QUOTE = re.compile(
    r"[”\"»]\s*(—|–|--|―)\s*[^\W\d_][^.!?\n]{0,60}$"
    # "> The guanaco … is a camelid native to South America, … - [Wikipedia](…)": a finished sentence,
    # then a dash and its source, a name of a few capitalised words, linked or not.
    # "> Creativity is Intelligence Having Fun.   -**Albert Einstein**": or set in bold.
    # '> *"God's temple is everything."* - Terry A. Davis': the quotation set in emphasis.
    r"|[.!?][”\"»]?[*_]{0,3}\s+(—|–|--|―|-)\s*[*_]{0,3}\[?[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,3}\]?(?:\([^()\s]{1,300}\))?[*_]{0,3}\s*$"
)


def signs_the_quotation(line: str) -> bool:
    """Whether a line of a blockquote is, or ends with, the name of the person quoted."""
    return bool(_ATTRIBUTION.match(line) or _ATTRIBUTED_QUOTE.search(line))


# '"The Microlife CRADLE VSA [is a device that can] accurately measure …" (Credit: CRADLE Trial)':
# the quotation, then its source in brackets.
_CREDITED_QUOTATION = re.compile(
    r"^\W{0,3}[\"“«„][^\n]{10,600}?[\"”»][^\n]{0,3}\s*\((credit|credits|source|quelle|fuente|via)\s*[:：]", re.I
)


def credits_the_quotation(text: str) -> bool:
    """Whether a paragraph is a quotation followed by the credit to its source."""
    return bool(_CREDITED_QUOTATION.search(text))
