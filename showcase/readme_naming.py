"""Whether a Markdown paragraph or bullet opens with the project's name (the first word of its
first heading) and what that says: the description ("Hummingbird is a … system"), not a slogan
before one. `readme_markdown` asks these while it walks; `excerpt_names` judges excerpts later."""

from __future__ import annotations

import re

from showcase.excerpt_headings import SECTION_NOISE
from showcase.excerpt_rules import CJK, tidy
from showcase.excerpt_self import TAGLINE


def opens_with(words: list[str], name: str, decoration: str) -> bool:
    """Whether the first word, without the `decoration` around it, is the project's name (one of more
    than two letters: a shorter title word names nothing)."""
    first = _PROGRAM_SUFFIX.sub("", _PARTICLE.sub("", words[0].strip(decoration))) if words else ""
    return bool(words) and len(name) > 2 and first.lower() == name.strip("*_`").lower()


# "**Tell OpenDelegate the outcome you want in Discord; …**": the project addressed by name.
_ADDRESSED = re.compile(r"tell|let|ask|give|meet", re.I)
# "`v64tng.exe` is a Windows x86_64 executable" in "# v64tng": the program's file is the project.
_PROGRAM_SUFFIX = re.compile(r"\.(exe|js|py|sh|jar|app)$", re.IGNORECASE)
# "Basalt는 …": a Korean particle written onto a name in Latin letters (Korean spaces its words;
# Japanese, which does not, is read elsewhere).
_PARTICLE = re.compile(r"(?<=[A-Za-z0-9])(는|은|이|가|의|를|을|와|과|에서|으로|로)$")


def names_the_project(slogan: str, name: str) -> bool:
    """ "**Ripple helps you make video with a coding agent.** It combines …": a sentence in bold that
    opens with the project's name, or addresses it ("**Tell OpenDelegate the outcome you want …**"),
    says what it is; it is the description, not a slogan before one."""
    words = slogan.split()
    return len(words) >= 4 and (
        opens_with(words, name, decoration="*_`'’")
        or (_ADDRESSED.fullmatch(words[0].strip("*_")) is not None and opens_with(words[1:], name, decoration="*_`'’"))
    )


def says_what_the_project_is(text: str, name: str) -> bool:
    """ "Hummingbird is a scalable … object storage system", "nut-struct 是简易 STL 库": the project's
    name, then what it is."""
    words = text.split()
    if not opens_with(words, name, decoration="*_`'’") or len(words) < 2:
        return False
    return (len(words) > 3 and bool(_IS_A.match(" ".join(words[1:3])))) or words[1].startswith("是")


# "GaL este o aplicatie …", "Foo es una app …", "Foo ist ein Werkzeug …": "is a" in the languages
# that say it with a copula and an article (Romanian, Spanish, Portuguese, French, Italian, German,
# Swedish, Danish and Norwegian, Dutch).
_IS_A = re.compile(
    r"(is|are) (an?|the)$|(es|é|est|è|ist|este|är|er) (un|una|uno|um|uma|une|ein|eine|o|a|el|la|le|il|en|ett|et|een)$",
    re.IGNORECASE,
)


def named_in_setup(content: str, heading: str, name: str) -> bool:
    """ "## Yarrow - Getting Started" then "Yarrow is a lightweight Java library for …": in a set-up
    section, a paragraph saying what the project named in its heading (or the title) is; or one of
    six words or more opening with the title's name ("TTKMusicPlayer imitates Kugou music, …" under
    "Usage"), unless that name is a section's word ("## Support" over "Support requests …")."""
    tidied = tidy(content)
    subject = tidied.split(" ", 1)[0].strip("*_`'’")
    # "torch can be installed from CRAN with:" leads in to a command; it names the project only to set it up.
    lead_in = tidied.endswith((":", "："))
    if names_the_project(tidied, name) and len(content.split()) >= 6 and not (SECTION_NOISE.search(name) or lead_in):
        return True
    said = says_what_the_project_is(content, subject)
    return said and (subject.lower() == name.lower() or subject.lower() in heading.lower().split())


def bullet_says_what_it_is(bullet: str, name: str) -> bool:
    """A bullet under an About heading that is the description: one that opens as a noun phrase, in
    Korean, Chinese or Japanese (which open with no article) any, or one that opens with the
    project's name ("- FlashCard-App (Flashly) là ứng dụng Android …")."""
    words = bullet.split()
    named = len(words) > 2 and opens_with(words, name, decoration="*_`[]()")
    return bool(TAGLINE.match(bullet) or CJK.search(bullet) or _SPELLED_OUT_IS.match(bullet)) or named


# "Object residual constrained Visual-Inertial Odometry (OrcVIO) is a visual-inertial odometry
# pipeline …": a name spelled out, its short form in brackets, then what it is.
_SPELLED_OUT_IS = re.compile(r"^[\w\s'’-]{3,100}\(([\w.+-]{2,20})\) (is|are) (a|an|the)\s")
