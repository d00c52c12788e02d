"""What a README's title says: its first heading, a first line that is a title without its "#",
the words after the name ("robotoc - efficient ROBOT Optimal Control solvers") and a short phrase
straight under it ("Recipe Website"). `excerpt` reads these when no paragraph says what the
project is.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from showcase import excerpt_rules as rules
from showcase.excerpt_never import never_the_description
from showcase.excerpt_openings import WORK_IN_PROGRESS
from showcase.excerpt_prose import BUILT_WITH, INSTRUCTION, is_prose, not_prose_shape
from showcase.readme_blocks import Candidate


def title_line(candidates: list[Candidate], title: str) -> tuple[list[Candidate], str]:
    """ "Introduction to Programming Nanodegree" as a README's first line, with no heading above it:
    a name in title case is a title written without its "#", never the description."""
    first = next((c for c in candidates if c.text.strip()), None)
    if title or first is None or first.heading or first.headings_before or first.link_share:
        return candidates, title
    text = rules.tidy(first.text)
    if _is_bare_title(text):
        return [c for c in candidates if c is not first], text
    # "Factorio Production Calculator" on the first line, the description on the next, with no
    # blank line between: Markdown joins them into one paragraph; the first line is still the title.
    line, _, rest = first.text.strip().partition("\n")
    # "Мессенджер" over "Учебный проект на курсе …": one capitalised word on a line of its own, a
    # capital opening the next, is a name set over its description; a sentence goes on in lower case.
    one_word = len(line.split()) == 1 and line.isalpha() and line.istitle() and rest.strip()[:1].isupper()
    if rest.strip() and (one_word or _is_bare_title(rules.tidy(line))):
        return [replace(c, text=rest) if c is first else c for c in candidates], rules.tidy(line)
    return candidates, title


def _is_bare_title(text: str) -> bool:
    # "Menu Interattivo Ristorante – Progetto Java": a dash between a name and its kind is punctuation.
    words = [w for w in text.split() if w not in _TITLE_DASHES]
    if not 2 <= len(words) <= 7 or not all(_TITLE_CASE_WORD.fullmatch(w) for w in words) or words[0].islower():
        return False
    return not _WHAT_THE_REPOSITORY_HOLDS.match(text)


# "Repo for CS147 Study Buddy Application", "Backend for Solviolin Academy Course Reservation
# Application": what the repository is, and for what, a description in title case.
_WHAT_THE_REPOSITORY_HOLDS = re.compile(
    r"(repo|repository|code|source code|backend|back-end|frontend|front-end|api|server|client) (for|of)\b",
    re.IGNORECASE,
)


# A word of a name in title case: a capital first ("Programming", "CLI", "2D"), or a short word
# that stays lower case in titles ("to", "of", "and", the "&" of "Friends & Flagons"). No end
# punctuation: a sentence ends with one.
# The same small words in the other languages titles are written in ("Sistema de Gestão Escolar",
# "Gestion des Stocks", "Verwaltung der Mitglieder").
_TITLE_DASHES = frozenset({"-", "\u2013", "\u2014", "|"})
_TITLE_CASE_WORD = re.compile(
    r"[A-Z0-9À-ÞА-Я][\w'’&+-]*|a|an|and|&|as|at|by|for|from|in|of|on|or|the|to|with"
    r"|de|da|do|das|dos|del|della|di|du|des|la|le|les|el|los|las|e|y|et|und|der|die|von|zu|für|van|het|en|och|för|и|в|для"
)


def tagline(title: str) -> str:
    """ "robotoc - efficient ROBOT Optimal Control solvers", "Maxine VM: A Metacircular VM for Java in
    Java": a title that names the project and then says what it is, read when nothing else says so.
    Fewer than four words after the name are a subtitle ("FinanceOS - Production Architecture Plan")."""
    title = rules.tidy(title)
    marked = WORK_IN_PROGRESS.match(title)
    after_mark = title[marked.end() :] if marked else ""
    if len(after_mark.split()) >= _MARKED_TAGLINE_WORDS and is_prose(after_mark + "."):
        # "# WIP Just simple todo list + some tested feature like posts, comments etc": the mark, then
        # what the project is, set as the title.
        return after_mark
    match = NAME_THEN_WORDS.match(title)
    rest = title[match.end() :] if match else ""
    # "ProdCycleAI - 智能循环经济平台": Chinese and Japanese put no spaces between their words.
    worded = len(rest.split()) >= 4 or len(rules.CJK.findall(rest)) >= 6 or len(rules.UNSPACED.findall(rest)) >= 10
    if not match and (match := _NAME_THEN_CJK.match(title)):
        # "loach_im 基于netty实现的即时通讯项目": a Latin name, then a Chinese or Japanese sentence,
        # no dash between them; a short phrase ("Zephyr 项目中文文档") is a subtitle. Korean is
        # left out: it spaces its words, so ten letters are a phrase ("백준 알고리즘 솔루션").
        rest = title[match.end() :]
        worded = len(_HAN_OR_KANA.findall(rest)) >= 10
    # "Tempo Claro — TCC · TSI · IFSul Pelotas": labels set side by side are no sentence; nor is a
    # stack joined by pluses ("… Fullstack: React (Vite) + Flask + MySQL con Docker").
    labels = _LABEL_SEPARATOR.search(rest) or _stack_only(rest)
    return rest if worded and not labels and is_prose(rest + ".") else ""


_MARKED_TAGLINE_WORDS = 4


def _stack_only(rest: str) -> bool:
    """ "React (Vite) + Flask + MySQL con Docker": names joined by pluses, no word of what it does."""
    words = [w for w in rest.split() if w != "+" and not w.startswith("(")]
    plain = [w for w in words if w[:1].islower() and w.lower() not in _STACK_JOINERS]
    return rest.count("+") >= 2 and not plain


_STACK_JOINERS = frozenset({"and", "with", "con", "y", "e", "et", "und", "mit", "com", "avec"})
_LABEL_SEPARATOR = re.compile(r"\s[·•|]\s")

# "robotoc - ", "Maxine VM: ": up to three words of a name, then a colon or a dash before more words.
NAME_THEN_WORDS = re.compile(r"^([^\s:|–—-]+(?: [^\s:|–—-]+){0,2})\s*(?::|\s[-–—|])\s+(?=\S)")
_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_NAME_THEN_CJK = re.compile(r"^[!-~]+\s+(?=" + _HAN_OR_KANA.pattern + ")")


def subtitle(candidates: list[Candidate], title: str) -> str:
    """ "# Recipe" then "Recipe Website", "# FASTAPI" then "FastAPI boilerplate", "# tutorials4j" then
    "Java 教程": a phrase of two to six words straight under the title, before any other words, says
    what the project is when no sentence does. Words only: "index.md", "This is branch1",
    "app_conf_detail配置" and "good luck!" are a file, a pointer, a key and a wish."""
    first = next((c for c in candidates if c.text.strip()), None)
    if first is None or first.headings_before != 1 or first.heading or first.notice or first.link_share > 0:
        return ""
    text = rules.tidy(first.text)
    words = text.removesuffix(".").split()  # "GBA emulator.": a phrase may end with a full stop
    if not 2 <= len(words) <= 6 or _same_words(text, title) or not all(_PHRASE_WORD.fullmatch(w) for w in words):
        return ""
    if words[0] in _HOW_WORDS:  # "using apktool", "with React": how it was made, not what it is
        return ""
    if never_the_description(text) or rules.is_notice(text) or not_prose_shape(text):
        return ""
    if BUILT_WITH.match(text) or INSTRUCTION.match(text):  # "Built with React", "To run the application"
        return ""
    return text if any(sum(ch.isalpha() for ch in w) >= 4 or rules.CJK.search(w) for w in words) else ""


# A word of a subtitle: letters (a hyphen or an apostrophe inside), "&", "+" or "/" ("order /
# booking"); no digits, dots or underscores, which make a version, a file name or a key.
_PHRASE_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[&+/]")


_HOW_WORDS = frozenset({"using", "with", "via", "by", "from", "in", "on", "at", "through"})


def only_the_name(text: str, title: str) -> bool:
    """ "Repositorio para el proyecto RambutanGuard", "This is the Kassa project.": a one-word name in
    words for a repository and nothing of what it is. (Under a title of several words the same words
    may be the title's own description: "HamperGift Ecommerce Full stack web app.")"""
    return bool(_ONE_WORD.fullmatch(rules.tidy(title))) and _same_words(text, title)


_ONE_WORD = re.compile(r"\w{3,}")


def _same_words(text: str, title: str) -> bool:
    """The title again, or some of its words ("UnifiedHealth Global" under "# UnifiedHealth Global
    Platform"), perhaps with a word for a repository ("Pithia Project"), or the title's run-together
    words spelled out ("The Law Network" under "# lawnetwork"): a name, not what it is."""
    title = rules.tidy(title).lower()
    spelled = re.sub(r"^the\s+", "", text.lower())
    if re.sub(r"\W|_", "", spelled) == re.sub(r"\W|_", "", title):
        return True
    return set(re.findall(r"\w+", text.lower())) - _KIND_WORDS <= set(re.findall(r"\w+", title))


# "Pithia Project" under "# Pithia": the name and a word for any repository, no more ("Recipe
# Website" under "# Recipe" says it is a website). "Repositorio para el proyecto RambutanGuard",
# "This is the Kassa project": the same in the other languages and the small words around them.
_KIND_WORDS = frozenset(
    {"project", "repo", "repository", "code", "source", "this", "is", "the", "a", "for", "of", "my", "our"}
    | {"repositorio", "proyecto", "para", "el", "del", "de", "la", "código"}
    | {"repositório", "projeto", "do", "da", "o", "projet", "dépôt", "pour", "le", "du"}
    | {"projekt", "für", "das", "der", "progetto", "per", "il"}
)


_TITLE = re.compile(r"^#{1,2}\s*(\S.*?)\s*#*\s*$|^(\S.*)\n(?:=+|-+)\s*$", re.MULTILINE)


# '<h1 align="center">Osmanthus</h1>': a title set in HTML, as centred headers are. What it holds is
# bounded and stops at the next heading, so a README of unclosed "<h1" costs a short look at each.
_HTML_TITLE = re.compile(r"<h[12]\b[^>\n]{0,300}>((?:[^<]|<(?!/?h[12]\b)){1,300})</h[12]\s*>", re.IGNORECASE)


def first_heading(text: str) -> str:
    """The README's first heading (ATX, underlined or in HTML), where a project's name usually is."""
    match = _TITLE.search(text)
    in_html = _HTML_TITLE.search(text, 0, match.start() if match else len(text))
    if in_html:
        words = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", in_html.group(1))).split())
        if words:
            return words
        # '<h1><img src="banner.png" alt="Malachite"></h1>': a banner for a title; its words are the alt.
        alt = _IMAGE_ALT.search(in_html.group(1))
        return " ".join(_PICTURE_WORD.sub(" ", html.unescape(alt.group(1))).split()) if alt else ""
    return _as_words((match.group(1) or match.group(2) or "").strip()) if match else ""


# "Kassa logo", "banner": the words that name the picture, not the project.
_PICTURE_WORD = re.compile(r"\b(logo|banner|header|image|img|picture|icon|screenshot)\b", re.IGNORECASE)
_IMAGE_ALT = re.compile(r"<img\b[^>]{0,500}?\balt\s*=\s*[\"']([^\"'<>]{1,100})[\"']", re.IGNORECASE)


def _as_words(heading: str) -> str:
    """ "[Kassa](https://kassa.example)", "Kassa ![badge](x.svg)": a heading's words as GitHub shows
    them, a link's text without its address and no picture."""
    words = _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_IMAGE.sub("", heading))
    return " ".join(words.split()) or heading


_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]{0,200}\]\([^)\s]{0,500}\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]]{1,200})\]\([^)\s]{0,500}\)")
