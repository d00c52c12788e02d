"""Whether a README's words name the project: by its title, the name before a title's tagline, the
name a "What is …?" or "About …" title is about, or a library's name without its suffix. `excerpt` asks these
to tell a paragraph that says what the project is from context around it."""

from __future__ import annotations

import re

from showcase import excerpt_lexicon as lexicon
from showcase import excerpt_rules as rules
from showcase.excerpt_self import NAME_IS_A, SOLVES_IT
from showcase.excerpt_title import NAME_THEN_WORDS, tagline


def name_and_tagline(text: str, title: str) -> bool:
    """ "**Focera – Free Online Tools & AI Utilities**" under "# Focera": set in bold it reads as a
    slogan, but the project's name and then what it is say what a title's tagline would, before
    anything a later section says."""
    named = NAME_THEN_WORDS.match(text)
    return bool(named and named.group(1).lower() == rules.tidy(title).lower() and tagline(text))


def opens_with_title_words(text: str, title: str) -> bool:
    """ "Copy as Markdown is a browser extension …" under "# Copy as Markdown for Chrome & Firefox":
    the project's name, the title's first words (two or more), then "is"."""
    words = rules.tidy(title).split()
    return opens_with_name(text, title) or any(
        _opens_with_this_name(text, " ".join(words[:count]).lower()) for count in range(2, min(len(words), 9))
    )


def spelled_like_the_title(text: str, title: str) -> bool:
    """ "Aloha Tuner is a simple … web application" under "# Aloha Tune": a name of the same words
    as the title, the last one spelled a little longer, then what it is."""
    named = NAME_IS_A.match(text)
    words = rules.tidy(title).lower().split()
    subject = named.group(0).lower().split()[: len(words)] if named else []
    return (
        len(words) >= 2
        and len(subject) == len(words)
        and subject[:-1] == words[:-1]
        and subject[-1] != words[-1]
        and subject[-1].startswith(words[-1])
    )


def asks_what_it_is(title: str) -> bool:
    """ "What's Paperclip?", "¿Qué es Kassa?": a title that asks what the project is, by its name (not
    "What is this?")."""
    asked = _ASKS_WHAT.match(title)
    return asked is not None and not _ASKS_WHAT_THIS.fullmatch(asked.group(1))


def opens_with_name(text: str, title: str) -> bool:
    """ "Kubeflow pipelines are reusable end-to-end ML workflows …" under "# Kubeflow Pipelines",
    after a paragraph about Kubeflow itself: the project, by its whole name (or the name before a
    title's tagline, "Marmdown - Parser for …"), saying what it is."""
    # "🚀 LibScript: The Universal Provisioning Engine": an emoji before the name is no part of it.
    title = _EMOJI_FIRST.sub("", rules.tidy(title))
    named = NAME_THEN_WORDS.match(title)  # "Marmdown - Parser for …": the name before the dash
    names = {title, named.group(1)} if named else {title}
    asked = _ASKS_WHAT.match(title) or _ABOUT.match(title)  # "What is Paperclip?", "About Hemlock"
    names |= {asked.group(1)} if asked else set()
    # "CanaryLib": the repository's name for a library called "Canary".
    names |= {_LIBRARY_SUFFIX.sub("", name) for name in names}
    # "Silver-Brain": the repository's spelling of "Silver Brain".
    names |= {re.sub(r"[-_]+", " ", name) for name in names}
    # "PAI exists to …" under "# Personal AI Infrastructure": the title by its initials.
    names |= {initials for name in names if (initials := _initials(name))}
    return any(_opens_with_this_name(text, name.strip(" *_`").lower()) for name in names)


def defines_the_kind(text: str, title: str) -> bool:
    """ "A nyckelharpa is a Swedish \"keyed fiddle\" …" under "# Nyckelharpa": the title's word with
    "a" or "an" before it is the kind of thing in general, as a dictionary puts it, not the project."""
    name = rules.tidy(title).strip(" *_`").lower()
    lowered = text.lower()
    return len(name) > 2 and any(
        lowered.startswith(f"{article} {name} {verb} ") for article in ("a", "an") for verb in ("is", "are")
    )


def _initials(name: str) -> str:
    """ "PAI" for "Personal AI Infrastructure": the first letter of each capitalised word, for a name
    of three such words or more ("" otherwise: "AI" alone would be any sentence about AI)."""
    words = name.split()
    capitalised = len(words) >= 3 and all(word[:1].isupper() for word in words)
    return "".join(word[0] for word in words) if capitalised else ""


_EMOJI_FIRST = re.compile(r"^[^\w\s!-~]+\s+")
_ASKS_WHAT = re.compile(rf"^¿?(?:{lexicon.WHAT_IS}) ([^?]{{2,60}})\?$", re.IGNORECASE)  # "¿Qué es Kassa?"
_ASKS_WHAT_THIS = re.compile(r"(this|it|that|this project|esto|das|это)\s*", re.IGNORECASE)
# "## About Hemlock" as the first heading of a README whose title is a logo: the name it is about.
_ABOUT = re.compile(r"^about (?:the )?(\S.{1,58}?)(?: project)?$", re.IGNORECASE)
_LIBRARY_SUFFIX = re.compile(r"(?<=[a-z])(Lib|JS|SDK|API)$|(?i:[.-](js|lib|sdk|api|core))$")


def _opens_with_this_name(text: str, name: str) -> bool:
    """The name, then "is" or "are" and what it is, "是", or what it solves. "The Tank Arduino
    library is used to control …": the name may take "the". The name is matched as text, not
    compiled into a pattern: a pattern per name filled the `re` cache and was compiled anew for
    nearly every paragraph."""
    if len(name) <= 2:
        return False
    lowered = text.lower()
    starts = [at for at in (0, 4) if lowered.startswith(name, at) and (at == 0 or lowered.startswith("the "))]
    return any(_AFTER_THE_NAME.match(lowered, _past_an_aside(lowered, at + len(name))) for at in starts)


def _past_an_aside(lowered: str, at: int) -> int:
    """Where the words after a name go on, past a bracketed aside ("Nacos (official site: nacos.io) is …")."""
    aside = _ASIDE_AFTER_NAME.match(lowered, at)
    return aside.end() if aside else at


_ASIDE_AFTER_NAME = re.compile(r" [(（][^()（）]{1,60}[)）]")


# "Ruler solves this by providing a single source of truth …" after the problem it answers.
_SOLVES = rf" {SOLVES_IT}"
_NOT_WHAT = (
    # "… is used by Mozilla" says who uses it; "… is used to control the Tanks" says what it does.
    r"(now |also |still )?(used(?! (to|for)\b)|maintained|published|developed|sponsored|funded|licensed|released|"
    r"written|hosted)\b"
)
# "Boto3 is maintained and published by Amazon Web Services.": who keeps it, not what it is.
# "GPTWork 是一个面向 … 的系统": in Chinese, the name then 是 ("is").
# "Kassa es una …", "Kassa — это …": the name's verb in the other languages READMEs are written in.
# "Kassa helps small shops …", "Kassa lets you …", "Kassa provides …": what the project does, by name.
_DOES = (
    rf" ({lexicon.DOES_EN}|was (built|made|created|designed|written) (to|for)"
    r"|will be|was|can be used as|acts as|serves as|works as|functions as)\b"
    rf"| ({lexicon.DOES})\b"  # "Kassa permite …", "Kassa hilft …", "Kassa помогает …"
)
# What follows the name to say what kind of thing it is, in other turns of phrase.
_THEN_ITS_KIND = (
    # "Kassa は …", "Kassa는 …", "Kassa — це …", "Kassa — веб-приложение …", "Kassa to aplikacja …": the
    # name's particle, dash or "to" in Japanese, Korean, Ukrainian, Russian and Polish.
    r" ?は|는|은| [—–-] (це |это )?[\u0430-\u044f\u0451\u0456\u0457\u0454\u0491]| to (?!the |be |do |a |an )[a-ząćęłńóśźż]"
    # "Kassa, … bir web uygulamas\u0131d\u0131r.": Turkish says "is" with a suffix at the end of the sentence.
    rf"|,[^.!?]{{1,150}}({lexicon.IS_SUFFIX_TR})(?=[.!]|$)"
    # "Kassa: a till …", "Kassa — a till …", "Kassa, a till for small shops, runs …": the name, then what
    # kind of thing it is; "Kassa's goal is …"; "The Kassa app is …"; "Kassa v2 is …".
    r"|(:|,| [—–-]) (a|an|the) |['’]s (goal|aim|purpose|mission) is\b"
    r"| (app|application|project|tool|library|bot|website|site|cli|api|framework|package|plugin|extension|game|engine)"
    r" (is|helps|lets|provides)\b| v?\d+(\.\d+)* (is|are)\b"
)
_AFTER_THE_NAME = re.compile(
    rf"( ({lexicon.IS})\b(?! {_NOT_WHAT})| [—–-] это\b| ?是(?!否)|{_SOLVES}| exists? to\b|{_DOES}|{_THEN_ITS_KIND})"
)


def names(text: str, title: str) -> bool:
    # "🔗 nvim-oxi", "`tool`", "**Name**": what decorates a title is not part of the name.
    # Matched as whole words, so the title "C" is not named by every "c" in a paragraph; CJK has no
    # spaces between words, so there a name is found anywhere.
    name = re.sub(r"[-_]+", " ", re.sub(r"^[^\w+#]+|[^\w+#]+$", "", title)).strip().lower()
    words = re.sub(r"[-_]+", " ", rules.opening_sentence(text)).lower()
    if not name or rules.CJK.search(name):
        return bool(name) and name in words
    return re.search(rf"(?<!\w){re.escape(name)}(?![\w+#])", words) is not None
