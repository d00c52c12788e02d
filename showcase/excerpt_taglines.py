"""Whether a phrase reads as a tagline: a noun phrase naming what the project is ("Local-first
resume search engine for …"), with no verb of its own, as opposed to a sentence of context ("Maps are
hard to draw by hand."). The readers ask it of headings, bold openings and lead-ins; `excerpt` asks
it of a paragraph that may be a description in itself.
"""

from __future__ import annotations

import re

from showcase import excerpt_lexicon as lexicon
from showcase.excerpt_rules import CJK, opening_sentence

_COPULA = re.compile(
    r"\b(is|are|was|were|be|been|am|has|have|had|does|did|can|could|will|would|should|must|may|might|becomes?|became|seems?|seemed|remains?|remained)\b|n't\b"
    # "it's", "that's": the verb in a contraction; "Lannon's Portfolio", "IP's" are a possessive, a plural.
    r"|\b(it|that|what|there|here|he|she|who|where)['’]s\b"
    # "Si OpenClaw es un empleado, …": the verb that says what a thing is, in the other languages.
    rf"|(?<!\w)({lexicon.IS}|{lexicon.AUXILIARY}|{lexicon.DOES})(?!\w)"
    rf"|(?<=\w)({lexicon.IS_SUFFIX_TR})\W*$",
    re.IGNORECASE,
)
# "… that …", "Herramienta que permite …", "Outil qui …", "Бот, который …": where a relative clause,
# whose verb is no verb of the tagline's, begins.
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where|que|qui|che|som|który|która|которы\w+|який|яка|yang)\b", re.I)
_SECOND_CLAUSE = re.compile(
    rf",\s({lexicon.AND_THEN})\s"
    # "Every shop needs a till, but most tills cost a fortune.": "but" then a clause's subject.
    r"|,\s(but|yet)\s(most|many|all|it|its|they|their|we|you|i|the|this|these|there|no)\b",
    re.IGNORECASE,
)
# "Small shops still count cash by hand.", "Teams often lose track of …": an adverb of how often
# early on, before a word, stands between a subject and its verb; a noun phrase has none ("… powered
# by the SDKs you already use" has one late, in a clause of its own).
_HOW_OFTEN = re.compile(
    r"^\W*(\S+\s+){1,4}?(still|often|always|never|usually|rarely|already|sometimes|seldom|typically|frequently|constantly|"
    r"mostly|generally|commonly|routinely)\s+(?!(the|a|an|in|on|at|for|with|to|of|and|or|more|less|most|very|be)\b)[a-z]+\b",
    re.IGNORECASE,
)
_CLAUSE_OPENING = re.compile(
    r"^(in|on|at|when|if|since|after|before|ever|why|how|what|where|who|while|as|because|although|though|during|"
    r"with|without|for|from|by|to|once|today|now|here|there|this|that|these|those|it|its|we|you|i|he|she|they|my|our|"
    # "Every shop needs a till …", "A few years ago, …": a claim about the world, a time in a story.
    r"every|most|(a few|some|many|two|three|several) (years|months|weeks|days) ago|years ago|last (year|month|week))\b"
    # "The problem: small shops still count cash by hand.": a problem, labelled, is context.
    r"|^\W*(the )?(problem|challenge|context|background|motivation|pain point)( statement)?\s*[:：]",
    re.IGNORECASE,
)


def is_noun_tagline(text: str) -> bool:
    """ "Suite of enhancements that make YouTube live chat easier to follow.", "Local-first resume
    search engine for …": a noun phrase naming what the project is, with no verb of its own before
    its first relative clause, up to forty words (a tagline may list what it offers). Context ("Maps
    are hard to draw by hand.") has a verb."""
    opening = opening_sentence(text)
    if CJK.search(opening) or opening.rstrip().endswith("?") or len(opening.split()) > 40:
        return False
    head = _RELATIVE.split(opening, maxsplit=1)[0]
    return not (
        _CLAUSE_OPENING.match(opening)
        or _COPULA.search(head)
        or _english_do(head)
        or _SECOND_CLAUSE.search(head)
        or _HOW_OFTEN.match(head)
    )


def _english_do(head: str) -> bool:
    """ "Tools that do one thing": English "do" is a verb; Portuguese "do" ("… para o CEI … do
    INF-UFRGS") is "of the", in a phrase with the language's other small words."""
    return bool(_DO.search(head)) and not _PORTUGUESE_SMALL_WORDS.search(head)


_DO = re.compile(r"\bdo\b", re.IGNORECASE)
_PORTUGUESE_SMALL_WORDS = re.compile(r"\b(de|da|das|dos|para|pelo|pela|com|em|no|na|um|uma)\b", re.IGNORECASE)
