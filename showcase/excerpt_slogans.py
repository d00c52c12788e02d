"""Slogans: a short line set wholly in emphasis, a quotation, a quip to the reader, the place the
work was done. `excerpt` gives one only when nothing better follows; what a line says about the
project (`excerpt_rules`) is judged apart from how it is set.
"""

from __future__ import annotations

import re

from showcase.excerpt_rules import CJK, QUOTES

# "Open-source, framework-agnostic, drag-and-drop email editor.": a bold line that ends in the kind of
# thing the project is names it, however short; a slogan does not.
_KINDS = (
    r"(editor|library|framework|toolkit|tool|app|application|platform|engine|client|server|sdk|plugin|"
    r"extension|bot|database|compiler|language|emulator|interpreter|runtime|shell|manager|generator|parser|controller)"
)
KIND_OF_THING = re.compile(rf"\b{_KINDS}\W*$", re.IGNORECASE)
# "A Go-native runtime for AI agents": a kind of thing named anywhere in a phrase.
NAMES_A_KIND = re.compile(rf"\b{_KINDS}s?\b", re.IGNORECASE)


def is_slogan(text: str, emphasis_share: float) -> bool:
    """Short all-emphasis taglines and quotations: fine if nothing better follows."""
    short = len(text.split()) <= 8 and len(CJK.findall(text)) < 12
    quoted = len(text) > 2 and text[0] in QUOTES and text.rstrip(".!")[-1] in QUOTES
    # "*City University of New York, College of Staten Island Bachelor of Computer Science*": where
    # the work was done, set in emphasis under the title, is its setting, not what it is.
    setting = bool(_INSTITUTION.search(text)) and text.rstrip()[-1:] not in ".!?。！？"
    # "_It's a microservice that returns bitterness suggestion._": a sentence that says what the
    # project is stays one, set in italics or not.
    # "**Low-level primitives for building AI agents with Effect.**": things and what they are for,
    # set in bold, say what the project is, as a kind of thing named would.
    says = bool(_IT_IS_A.match(text) or _THINGS_FOR_DOING.match(text))
    return (
        quoted
        or (
            (short or setting or _quip_to_the_reader(text) or _WH_CLAUSE.match(text))
            and emphasis_share > 0.9
            and not (KIND_OF_THING.search(text) or says or names_its_kind(text))
        )
        or (_SHOUT.match(text) is not None and not (NAMES_A_KIND.search(text) or says))
        or _LABELS_SIDE_BY_SIDE.match(text) is not None
        or _BEATS.match(text) is not None
        or _DONT_JUST.match(text) is not None
        or (_GERUND_MOTTO.match(text) is not None and len(text.split()) <= _MOTTO_WORDS)
    )


# "Transforming waste into wealth through intelligent recycling solutions": a motto led by what it is
# doing, with no subject and no full stop, under the title; a sentence that names the project follows.
_GERUND_MOTTO = re.compile(
    r"^(Transforming|Empowering|Making|Bringing|Turning|Connecting|Redefining|Reimagining|Revolutionizing|Bridging)\s[^.!?]+$"
)
_MOTTO_WORDS = 12


# "**Centralize · Analyze · Value · Forecast — all in one platform.**": three or more words set side
# by side with dots or bars between them are a motto's beats, whatever follows them.
_LABELS_SIDE_BY_SIDE = re.compile(r"^\W*[\w-]+( [\w-]+)?( [·•|] [\w-]+( [\w-]+)?){2,}(\W|$)")
# "Don't just review the agent's code — put it through the gauntlet.": a dare to the reader, a pitch.
_DONT_JUST = re.compile(r"^\W*(don['’]?t|do not) just\b[^.!?]{1,80}[—–-]\s*[^.!?]{1,80}[.!]?\W*$", re.IGNORECASE)
# "Análise. Estratégia. Decisão.", "Fast. Simple. Secure.": three or more words, each its own sentence.
_BEATS = re.compile(r"^\W*(\w[\w-]*[.!] ){2,4}\w[\w-]*[.!]?\W*$")


# "Get started developing faster!": a few words and an exclamation mark, the whole paragraph, are
# cheered, not said; set in emphasis or not, they are a slogan.
_SHOUT = re.compile(r"^[^\W\d][^.!?]{0,40}(?<=\w)!+$")


# "**What's happening on your server — and what to do next.**": a clause that opens with what, where or
# how, set in emphasis, is a headline's promise, not a sentence saying what the project is.
_WH_CLAUSE = re.compile(r"^(what|where|how|when)\b(?!.*\?)", re.IGNORECASE)


_IT_IS_A = re.compile(r"^(it'?s|it is|this is) (a|an)\s+\w+", re.IGNORECASE)
_THINGS_FOR_DOING = re.compile(r"^([\w-]+ ){0,3}[\w-]+s for (?!(you|everyone|all)\b)[a-z]+ing\b")


_INSTITUTION = re.compile(
    r"\b(university|college|school|institute|academy|universidad|universit[éàä]t?|faculty)\b", re.I
)


def _quip_to_the_reader(text: str) -> bool:
    """ "You don't need to outrun the bear. You just need to outrun everyone else.": a few short
    sentences said to the reader, all in emphasis, are a quip, however many words they add up to."""
    sentences = _short_sentences(text)
    return bool(
        re.match(r"\W*you\b", text, re.IGNORECASE)
        and len(sentences) <= 3
        and all(len(sentence.split()) <= 8 for sentence in sentences)
    )


def clipped_phrases(text: str, words: int = 4) -> bool:
    """ "Native Power. Docker Optional. Zero YAML Bloat. Provision anything, anywhere.": three or more
    phrases of a few words each (four, unless told) read as a slogan, however many words they add
    up to."""
    sentences = _short_sentences(text)
    return len(sentences) >= 3 and all(len(sentence.split()) <= words for sentence in sentences)


def _short_sentences(text: str) -> list[str]:
    """A paragraph split after each full stop, question or exclamation mark: enough to count a
    slogan's parts (`excerpt_sentence` finds where a description's first sentence really ends)."""
    return re.split(r"(?<=[.!?])\s+", text.strip())


# "An autonomous white-hat security auditor.": a kind of thing and the words before it, set as a
# phrase of its own.
_A_KIND = re.compile(r"^(a|an)\s+[\w-]+,?(\s+[\w-]+,?){0,7}\.?$", re.IGNORECASE)


def is_kind_phrase(text: str) -> bool:
    # "A multi-agent environment (PettingZoo/Gym) for hospital lab automation": words in brackets
    # name an example or an alias; the phrase around them is what counts.
    return bool(_A_KIND.match(_BRACKETED.sub("", text)))


_BRACKETED = re.compile(r"\s*\([^()\n]{1,40}\)")


def names_its_kind(text: str) -> bool:
    """ "**A production-grade framework for building agentic AI applications**": "a/an", then the kind
    of thing it is and what it is for, set in bold, is the description, not a slogan."""
    return is_kind_phrase(text) and bool(NAMES_A_KIND.search(text))


def a_thing_for(text: str) -> bool:
    """ "*A till for small shops that runs in the browser*", "**An app that keeps …**": a kind of thing
    and what it is for, whatever the noun; "*A screenshot of the main window*" is a caption's."""
    return bool(_A_THING_FOR.match(text))


_A_THING_FOR = re.compile(
    r"^(a|an)\s+(?!(screenshot|picture|photo|image|preview|view|glimpse|demo|gif|video|sample|example|snapshot|look|shot)s?\b)"
    r"[\w-]+(\s+[\w-]+){0,3}\s+(for|that|which|to)\b",
    re.IGNORECASE,
)
