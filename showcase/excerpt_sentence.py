"""A paragraph → its first sentence, in every language, for the excerpt: CJK full stops (。！？)
end a sentence outside brackets; elsewhere a full stop before a capital (or any letter of a script
without capitals) does, unless it ends an abbreviation or an initial, as do the full stops of other
scripts (Devanagari's danda, the Armenian, Ethiopic and Myanmar full stops …); a tagline of
short fragments runs on as one sentence; and emoji that open or close it are decoration, not words."""

from __future__ import annotations

import re
import unicodedata

from showcase import excerpt_rules as rules
from showcase.excerpt_credits import BYLINE
from showcase.excerpt_self import NAME_IS_A, SOLVES_IT, TAGLINE
from showcase.excerpt_taglines import is_noun_tagline
from showcase.textwidth import cut, first_sentence

MAX_CJK_COLUMNS = 240  # a sentence longer than this is cut at a clause
_CJK_SENTENCE_ENDS = "。！？"
# A question put to the reader ("总是找不到钥匙？", "鍵をよくなくしますか？"), not one the text goes on to
# answer about the work ("为什么要做这个？").
_CJK_PITCH = re.compile(
    r"^(?!.*(为什么|為什麼|なぜ|왜))(.*(你|您|是否|有没有|还在|還在|总是|總是|あなた|당신)|.*(ますか|ませんか|나요|까요)？)"
)
_OPENING = "（(「『【《“\u3014"  # \u3014: a tortoise-shell bracket
_CLOSING = "）)」』】》”\u3015"
# Where a sentence may end in a script that spaces its words: . ! ? (and a closing quote or bracket),
# a space, then what starts a sentence: a capital, a digit or an opening quote, after an emoji or a
# symbol if one leads it ("… Kraken. ⚠️ Note: …", "… suite. 🚀 Fast builds …"), or a bullet typed
# as a character ("… the xylophone. • Implemented …").
_MARKS_BEFORE = "\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff\u2022\u25aa\u25e6"
# Scripts without capitals (Hebrew, Arabic, the Indic scripts, Georgian, Armenian, Ethiopic, Myanmar,
# Khmer): any of their letters may start a sentence. And the full stops of their own (the danda and
# double danda, the Armenian, Ethiopic, Myanmar, Urdu and Khmer full stops) end one whatever follows.
_CASELESS = "\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\u1000-\u109f\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff"
_OWN_FULL_STOPS = "\u0964\u0965\u0589\u1362\u104b\u06d4\u17d4"
_IN_A_CASELESS_SCRIPT = re.compile(f"[{_CASELESS}]")
_SENTENCE_BREAK = re.compile(
    rf"[.!?\u061f][\"'”’)\]]*\s+(?=([{_MARKS_BEFORE}]+\s*)?[\"'“‘(\[]?[A-Z0-9\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F{_CASELESS}])"
    rf"|[{_OWN_FULL_STOPS}][\"'”’)\]]*\s*(?=\S)"
)
# "Please visit civet.js.org for more information.", "See the docs.": a pointer after a short
# description, never part of its tagline.
_POINTER = re.compile(
    r"^(please )?(visit|see|check|refer to|read|go to|head to)\b|^for (more|further|detailed|full) (info|information|details)\b",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^(it|its|this|that|these|those|they|we|you|i|he|she|the|a|an|our|my|your|there)\b", re.I)
_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "etc",
    "vs",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "nr",  # "your nr. 1 tech forum": number, as Germanic languages write it
    "approx",
    "incl",
    "cf",
    "al",
    "inc",
    "ltd",
    "co",
    "jr",
    "sr",
    "a.k.a",
    "fig",
    "ca",
    "resp",
    "sp",  # "Coregonus sp. \"Balchen\"": a species not yet named, in biology
    "spp",
    # The same in the other languages READMEs are written in: German "z.B.", "d.h.", "bzw.", "usw.";
    # Portuguese, Spanish and French "p.ex.", "p. ej.", "p. ex.", "Sra.", "Dpto."; Russian "that is",
    # "and so on", "for example"; Italian "ecc.".
    "z.b",
    "d.h",
    "u.a",
    "usw",
    "bzw",
    "ggf",
    "evtl",
    "vgl",
    "bspw",
    "inkl",
    "p.ex",
    "p.ej",
    "ej",
    "ex",
    "sra",
    "srta",
    "dpto",
    "depto",
    "prof",
    "profa",
    "núm",
    "pág",
    "ecc",
    "\u0442.\u0435",  # Russian "that is"
    "т.д",
    "т.п",
    "т.к",
    "напр",
    "др",
}


def one_sentence(text: str) -> str:
    """One sentence, in every language. A paragraph with CJK full stops (。！？, which end nothing
    but sentences) is cut after the first, whatever else it mixes in; a CJK paragraph without them
    at its first sentence end; other scripts at the first full stop that ends a sentence."""
    end = _first_cjk_end(text)
    if end >= 5:
        # "总是找不到钥匙？KeyFinder 是一个…小应用。": a question put to the reader opens a pitch; the
        # sentence that answers it says what the project is.
        answer = _first_cjk_end(text[end + 1 :]) if text[end] == "？" else -1
        if answer >= 5 and _CJK_PITCH.search(text[: end + 1]):
            return cut(text[end + 1 : end + answer + 2].strip(), MAX_CJK_COLUMNS)
        return cut(text[: end + 1], MAX_CJK_COLUMNS)
    if len(rules.CJK.findall(text)) * 2 < sum(ch.isalpha() for ch in text):
        return _lead_sentences(text)
    return first_sentence(text, MAX_CJK_COLUMNS)


def _first_cjk_end(text: str) -> int:
    """Where the first CJK sentence ends (。！？), or -1. One inside brackets ends the bracketed
    remark, not the sentence: "注册账号（假设名为javalover。已注册则跳过）；…" is not cut inside "（"."""
    depth = 0
    for index, char in enumerate(text):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif char in _CJK_SENTENCE_ENDS and depth == 0:
            return index
    return -1


def _lead_sentences(text: str) -> str:
    """The first sentence of a paragraph in a script that spaces its words. A tagline written as
    short fragments ("Typer, build great CLIs. Easy to code. Based on Python type hints.") reads
    as one, so fragments of up to six words run on, to twenty words at most."""
    sentences = _sentences(text)
    start = _first_about_the_work(sentences)
    if _short_answer_to_the_pitch(sentences, start):
        return " ".join(sentences[: start + 1])
    sentences = sentences[start:]
    lead = sentences[0]
    if len(sentences) == 2 and len(sentences[1].split()) == 1 and lead.endswith("!") and sentences[1].endswith("!"):
        # "Collection of scripts used in Puffball! Panic!": a lone exclaimed word after an
        # exclamation is the tail of a name ("Puffball! Panic!"), not a sentence of its own.
        return f"{lead} {sentences[1]}"
    # Short fragments are a tagline's style in the scripts with capitals; in one without them a full
    # stop ends a sentence, however few its words ("تطبيق ويب لتتبع النفقات الشخصية. تم بناؤه …").
    if len(lead.split()) < 6 and not _IN_A_CASELESS_SCRIPT.search(lead):
        for following in sentences[1:]:
            if (
                len(following.split()) > 6
                or len(lead.split()) + len(following.split()) > 20
                or _SUBJECT.match(following)  # "It also sends mail.": a sentence of its own
                or _POINTER.match(following)  # "Please visit civet.js.org …": where to read more
                or BYLINE.match(following)  # "Brought to you by Acme.": who made it, not what it is
            ):
                break
            lead = f"{lead} {following}"
    return lead


def _past_a_flourish(first: str, second: str) -> bool:
    """ "Finally, an answer. A meal planning app for …", "The whole taco. This repo contains both the
    server configuration and the theme for …": a few words, then what the project is. "A bitcoin
    wallet. This tool is currently not suitable for use." said it in the few words."""
    return bool(TAGLINE.match(second) or (_ITSELF.match(second) and not TAGLINE.match(first)))


_ITSELF = re.compile(r"(this|our) (project|repo|repository|library|tool|app|application|package|site|website)\b", re.I)


def _first_about_the_work(sentences: list[str]) -> int:
    """Where a paragraph starts saying what the project is: past a flourish ("Finally, an answer. A
    meal planning app for …"), the work's history, the work it builds on, or an abstract's field."""
    if len(sentences) > 1 and len(sentences[0].split()) <= 3 and _past_a_flourish(sentences[0], sentences[1]):
        return 1
    if len(sentences) > 1 and (
        _history_then_what_it_is(sentences[0], sentences[1])
        or _others_work_then_ours(sentences[0], sentences[1])
        or _problem_then_the_fix(sentences[0], sentences[1])
        or _context_then_the_name(sentences[0], sentences[1])
    ):
        return 1
    return _past_the_pitch(sentences) or _first_of_this_work(sentences)


def _past_the_pitch(sentences: list[str]) -> int:
    """ "Ever wanted your HUD to feel like it was inside your HHelmet? Would you like more control …?
    Well boy howdy do I have the add-on for you! Loading this … will add a new Helmet Overlay …":
    questions put to the reader and a short exclamation are a pitch; the first sentence after them,
    among the first five, says what the project does. Else 0."""
    if not rules.PITCH.match(sentences[0]) or not sentences[0].endswith("?"):
        return 0
    return next((index for index, sentence in enumerate(sentences[1:5], 1) if not _pitch_line(sentence)), 0)


def _short_answer_to_the_pitch(sentences: list[str], answer: int) -> bool:
    """ "Tired of slow builds? Bolt caches every step.", "Ever wanted to …? Now you can.": an answer
    of a few words says what the project does only with the question it answers."""
    asked = " ".join(sentences[: answer + 1])
    return (
        answer > 0
        and _past_the_pitch(sentences) == answer
        and len(sentences[answer].split()) <= _SHORT_ANSWER_WORDS
        and len(asked.split()) <= _PITCH_AND_ANSWER_WORDS
    )


_SHORT_ANSWER_WORDS = 5
_PITCH_AND_ANSWER_WORDS = 30


def _pitch_line(sentence: str) -> bool:
    """A question or a short exclamation ("Well boy howdy do I have the add-on for you!"): a line
    of the pitch, not a sentence on what the project does. (Not `excerpt_never.CHEER`, which is a
    whole paragraph of cheer.)"""
    return sentence.endswith("?") or (sentence.endswith("!") and len(sentence.split()) <= 12)


# "The Lizard Core was designed by … at Cornell University.": who made the project and when.
_MADE_BY = re.compile(
    r"^(?P<subject>(the |this )?[\w.+-]+( [\w.+-]+){0,3}) (was|were) (originally |first )?"
    r"(designed|created|developed|written|built|made|started) (by|at|during|in|as)\b",
    re.IGNORECASE,
)


def _history_then_what_it_is(first: str, second: str) -> bool:
    """ "The Lizard Core was designed by … The Lizard Core is a modular … core": the work's history
    first, then the same subject saying what it is: the second sentence is the description."""
    made = _MADE_BY.match(first)
    subject = re.escape(made["subject"]) if made else ""
    return bool(made and re.match(rf"{subject} (is|are) (a|an|the)\b", second, re.IGNORECASE))


# "Recent work by Gendreau-Distler et al. demonstrated …", then "We extend this approach to …": an
# abstract opens with the work it builds on; the next sentence says what this work is.
_OTHERS_WORK = re.compile(r"^(recent|prior|previous|earlier|existing) (work|research|studies|approaches)\b", re.I)
_OUR_WORK = re.compile(
    r"^(we|this (work|paper|project|repository)) (extend|propose|present|introduce|build|develop|describe)", re.I
)


def _others_work_then_ours(first: str, second: str) -> bool:
    return bool(_OTHERS_WORK.match(first) and _OUR_WORK.match(second))


# "I got very upset that Native Instruments never got the time to make their Maschine useful for Linux
# users.", then "This work solves that, hacking the Maschine Mikro MK3 to work with Linux …": the
# trouble first, then the work that answers it, which is what the work is.
_FIXES_THAT = re.compile(
    rf"^this (work|project|repo|repository|tool|library|driver|app|application|plugin|script|package) {SOLVES_IT}", re.I
)


# "Kassa is a till …", "Small Shop Till is an app …": a name (capitalised, no pronoun or article) and
# what kind of thing it is.
_NAME_THEN_KIND = re.compile(
    r"^(?!(it|this|that|these|those|the|there|here|he|she|they|we|i|our|my|its|their|a|an)\b)"
    r"(?-i:[A-Z])[\w.+-]*( [\w.+-]+){0,2} (is|are) (a|an)\s",
    re.IGNORECASE,
)


def _context_then_the_name(first: str, second: str) -> bool:
    """ "Small shops still count cash by hand. Kassa is a till …": a sentence of context, then the
    project by name and what it is. Not when the first already speaks of it ("Kassa keeps … Kassa is
    a …", "This tool …", "A till for …", "Multi-tenant salon platform built as …")."""
    if not _NAME_THEN_KIND.match(second) or NAME_IS_A.match(first) or TAGLINE.match(first) or is_noun_tagline(first):
        return False
    about_the_work = re.match(r"\W*(this|these|we|our|my|i|in this)\b", first, re.IGNORECASE)
    same_subject = first.split(maxsplit=1)[0].lower() == second.split(maxsplit=1)[0].lower()
    return not (about_the_work or same_subject)


def _problem_then_the_fix(first: str, second: str) -> bool:
    return bool(_FIXES_THAT.match(second)) and not NAME_IS_A.match(first)


# "In this work, we propose an application-agnostic approach …", "We propose an alternative approach,
# …", "This paper presents Sponge, …": an abstract's turn from its field to the work itself.
_IN_THIS_WORK = re.compile(
    r"^(in this (work|paper|project|thesis|study|repository),? we (propose|present|introduce|develop|describe|build)"
    # "With BANCO, we propose a tool to simplify this step …": the work by its name.
    r"|(with [\w.-]+( [\w.-]+){0,2},? )?we (propose|present|introduce)"
    r"|this (paper|work|thesis|study) (presents|proposes|introduces))\b",
    re.I,
)


def _first_of_this_work(sentences: list[str]) -> int:
    """Where an abstract that opens with its field ("Synthetic consortia represent an emerging
    research area …") first says what this work is, within its first five sentences; else 0."""
    if re.match(r"(this|these|we|our|in this)\b", sentences[0], re.IGNORECASE) or NAME_IS_A.match(sentences[0]):
        return 0  # "This tool …", "We built …", "Sponge is an …": the first sentence is about the work
    return next((i for i, sentence in enumerate(sentences[1:5], 1) if _IN_THIS_WORK.match(sentence)), 0)


def _sentences(text: str) -> list[str]:
    found, start = [], 0
    for end in _SENTENCE_BREAK.finditer(text):
        word = text[: end.start() + 1].rsplit(maxsplit=1)[-1].lower()
        if word.rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"\(?[^\W\d_]\.", word):
            continue  # "e.g. Foo", "J. Smith": the full stop of an abbreviation or an initial
        if _NUMBER_STOP.fullmatch(word) and not _ends_on_a_number(text[start : end.start()], text[end.end() :]):
            continue  # "1. Redistributions …", "des 1. Semesters": a list's number or an ordinal
        # Up to the marks that close after the full stop: 'the arcade game "snake." The …' ends at its quote.
        found.append(text[start : end.end()].strip())
        start = end.end()
    return [*found, text[start:].strip()] if text[start:].strip() else found or [text]


# "Nuxt 4. It is designed for …": a one-digit version ends a sentence when a sentence's subject follows;
# a list's number ("1. Redistributions …") or an ordinal ("des 1. Semesters", "6. Semester") does not.
_NUMBER_STOP = re.compile(r"\(?\d\.")


def _ends_on_a_number(before: str, after: str) -> bool:
    return len(before.split()) > 1 and bool(_SUBJECT.match(after))


def without_leading_pictures(text: str) -> str:
    """ "📜 Napkin integration for pi.", "🚀 A tool for …": an emoji before the first word decorates the
    paragraph as a bullet would; the sentence begins at the word."""
    start = 0
    while start < len(text) and _a_picture(text[start]):
        start += 1
    rest = text[start:].lstrip()
    return rest if start and rest[:1].isalnum() else text


def without_trailing_pictures(sentence: str) -> str:
    """ "Empowering real-time experiences effortlessly ⚡", "… with Blockchain. 📜": emoji set apart
    after the last word close the line as they opened it; "Kassa™" keeps its mark."""
    end = len(sentence)
    while end > 0 and _a_picture(sentence[end - 1]):
        end -= 1
    return sentence[:end] if sentence[end : end + 1] == " " else sentence


def _a_picture(char: str) -> bool:
    return unicodedata.category(char) in _PICTURE_CATEGORIES or char in _JOINERS


_PICTURE_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})  # symbols, their modifiers and joiners
_JOINERS = "\u200d\ufe0f\ufe0e "
