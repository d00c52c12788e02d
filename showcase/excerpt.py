"""README → the sentence a person would quote to describe the project, as plain text.

Markdown is parsed with markdown-it-py and walked token by token: headings, code, tables,
lists (tables of contents), images and badges are passed over; the first paragraph that reads
as prose wins. Notices ("> **Note**", "This project is deprecated") are skipped when a real
description follows. Raw HTML blocks are read for their text, since many READMEs put their
tagline in a centred `<p>` or `<h3>`. reStructuredText is read by docutils, RST's own parser.

# Imported inside functions: docutils (about 100 ms) only for a README in reStructuredText.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import PurePosixPath
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token

from showcase.textwidth import cut, first_sentence

# Bump when extraction changes, so fetch re-reads READMEs it would otherwise reuse.
VERSION = 4

_md = MarkdownIt("commonmark").enable(["table", "strikethrough"])

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_NOTICE = re.compile(
    r"^\W*(\[!(note|tip|important|warning|caution)\]|(note|notice|warning|caution|important|tip|update|news|"
    r"attention|disclaimer|heads up)\b\s*[:：!-]?|⚠|ℹ|📢|🚧"
    # The same labels in Chinese, Japanese and Korean: "说明：…", "注意：…", "お知らせ：…", "공지: …".
    r"|(注意|提示|说明|說明|公告|警告|重要|お知らせ|注意事項|주의|공지|알림)\s*[:：])",
    re.IGNORECASE,
)
# Text that turns to the reader ("Please note …", "Please use X instead", "psst! we recommend …")
# asks or advises; it doesn't describe.
_REQUEST = re.compile(r"^\W*(please|psst|p\.s\.)(?!\w)", re.IGNORECASE)
# A section under such a heading is a notice through and through ("## Note", "# 维护公告").
_NOTICE_HEADING = re.compile(
    r"^\W*(notes?|notice|warning|caution|important|attention|disclaimer|deprecat\w*|project deprecated|"
    r"announcements?|news|update|公告|维护公告|維護公告|通知|注意|お知らせ|공지)\W*$",
    re.IGNORECASE,
)
# "Warning: this is for development, use it at your own risk": a caveat, never what a project is.
_CAVEAT = re.compile(r"^\W*(\[!(warning|caution)\]|warning|caution|disclaimer|⚠|🚧)", re.IGNORECASE)
_DEPRECATED = re.compile(
    r"\b(deprecated|no longer (maintained|supported|developed)|unmaintained|has (been )?moved|"
    r"(is|was) moved|moved to|archived|not maintained|in maintenance mode|maintenance[- ]only)\b",
    re.IGNORECASE,
)
_NOISE = re.compile(
    r"^\s*(english|简体中文|中文|繁體中文|日本語|한국어|languages?|read this in|documentation|docs|website|"
    r"installation|install|how to (use|install)|usage|getting started|quick ?start|license|table of contents|"
    r"contents|build status|see also)\b",
    re.IGNORECASE,
)
_ABOUT = re.compile(
    r"about|intro|overview|description|what is|what's|why|简介|介绍|概述|关于|概要|はじめに|紹介|소개"
    # The same headings in the European languages READMEs are written in.
    r"|inledning|beskrivning|om projektet|einleitung|einführung|überblick|beschreibung|introducci|descripci|acerca"
    r"|présentation|à propos|introdu|descri[cç]|sobre|inleiding|beschrijving|введение|описание|\u043e проекте|wstęp|opis",
    re.IGNORECASE,
)
_META = re.compile(
    r"^(this (readme|document|file|page|directory|folder)\b|welcome to\b|欢迎|ようこそ|환영)"
    r"|^(a pen created on codepen|this (project|package|app|repository) was (bootstrapped|generated|created) with)\b"
    r"|\b(consider (donating|sponsoring|supporting)|buy me a coffee|become a sponsor)\b",
    re.IGNORECASE,
)
# Asking for money or for a chat is never what a project is: not even a fallback.
_PLUG = re.compile(
    r"\b(sponsors?|sponsorship|donat(e|ions?|ing)|fund(ing|ed by)|open ?collective|patreon|backers?)\b"
    r"|\b(join (us|our|the) (community|discord|slack|chat|server|mailing list)|chat with us|come (chat|say hi)"
    r"|ask (us|questions) (on|in)|mailing list)\b",
    re.IGNORECASE,
)
# Sections that tell how to get, run, build or join a project, not what it is.
_SECTION_NOISE = re.compile(
    r"install|usage|using|getting started|quick ?start|setup|set up|running|\brun\b|build|compil|test|depend|"
    r"require|prerequisite|updat|upgrad|configur|option|licen[cs]e|contribut|develop|changelog|changes|history|"
    r"release|credit|author|acknowledg|thank|faq|troubleshoot|support|contact|donat|sponsor|example|api|"
    r"reference|screenshot|demo|roadmap|todo|deploy|known issues|bugs|q ?& ?a|question|"
    r"安装|使用|用法|许可|协议|贡献|更新|部署|问题|インストール|使い方|ライセンス|質問|既知|설치|사용법|라이선스|기여|질문|"
    # The same in German, French and Spanish, which READMEs are also written in.
    r"veröffentlich|einricht|entwickl|konfigur|bereitstell|lizenz|mitwirk|déploi|licence|contribuer|instalaci|despliegue|licencia|"
    r"установ|настро|запуск|сборк|лиценз|добавлен|зависимост|развёрт|развертыв",
    re.IGNORECASE,
)
# "Add the following to .vimrc", "以下を追加すると": a paragraph that introduces what comes below it.
_POINTS_BELOW = re.compile(r"\b(the following|as follows|below)\b|以下|下面|如下|次の|다음", re.IGNORECASE)
# A README a generator wrote: what follows is the generator's manual, not the project's description.
_GENERATED = re.compile(
    r"bootstrapped with \[?`?(create react app|create-next-app|create-react-app|vite|create-expo-app)"
    r"|this template provides a minimal setup to get react working"
    r"|(generated|created) (with|by) \[?(angular cli|create-expo-app|create-vite|nuxi)"
    r"|this readme would normally document whatever steps are necessary"
    r"|this project is a starting point for a flutter application",
    re.IGNORECASE,
)
# A paragraph about README files themselves ("A README.md should contain …", "一个项目应该有个
# README.md 文档"): a template's or a course's instructions, never a project's description.
_README_TALK = re.compile(
    r"\b(a|an|every|un|une|ein|el|cada)\s+(archivo\s+|file\s+|fichier\s+|datei\s+)?README(\.md)?"
    r"(\s+(file|archivo|fichier|datei))?\s+(should|must|needs?|debe|deber[ií]a|sollte|muss|doit|devrait)\b"
    r"|README(\.md)?`?\s*(文档|文件|ファイル|파일)",
    re.IGNORECASE,
)
# A template's blank where a description was meant to go: "A new Flutter project.", "Add a short
# description here!", "이곳에 프로젝트에 대한 간단한 설명을 작성합니다."
_PLACEHOLDER = re.compile(
    r"^(a new flutter (project|application|plugin|package)\b|add a (short )?description here"
    r"|a longer description of your project goes here|(todo:? )?(write|add) (a|the|your) (short )?(project )?description"
    r"|(short |project )?description (of your project )?goes here|describe your project here"
    r"|this is (my|our) first (file|repo|repository|commit|project|readme)\b)"
    r"|one paragraph of project description goes here|a short description of (the|your) project\b"
    r"|breve descripción (o lema )?del proyecto|una descripción más detallada del proyecto"
    r"|이곳에 프로젝트에 대한|프로젝트에 대한 간단한 설명|プロジェクトの概要を書|簡単な説明をここに記述"
    r"|在这里(写|填写)项目|用\s*\d+\s*[-~到至]\s*\d+\s*句话描述|(简要|简单)(说明|描述)项目的",
    re.IGNORECASE,
)
# "## backup.sh", "ndexmisctools.py": a section about one file of the project.
_FILE_NAME = re.compile(r"\w\.(py|js|ts|sh|rb|go|rs|c|h|cpp|java|php|pl|ps1|bat|json|ya?ml|toml|md|txt)\b")
# A paragraph that says what the project is in so many words: "This project provides …".
_SELF = re.compile(
    r"^(this|the|our) (project|repo|repository|library|lib|tool|utility|app|application|package|module|plugin|"
    r"extension|site|website|script|program|bot|crate|gem|framework|service|game|software|implementation) "
    r"(is|provides|lets|allows|helps|enables|implements|offers|aims|gives|makes|turns|"
    r"was (built|made|created|written|developed) (to|for|as))\b",
    re.IGNORECASE,
)
# "A Nix-flake-powered workstation setup …": a paragraph that opens as a noun phrase is a tagline,
# a description in itself, not context before one.
_TAGLINE = re.compile(r"^(an?)\s", re.IGNORECASE)
# Selling merchandise or followers: never the description when a paragraph opens with it or is a
# short line of it (a description may end with "follow me on Mastodon").
_SOCIAL = re.compile(
    r"\b(t-shirts?|mugs|stickers|merch(andise)?|swag|show your (love|support)|follow (me|us) on)\b"
    r"|\b(give|leave|drop) (us |it |me |this (repo|project) )?an? (⭐|star)|\bstar (this|the|our) (repo|repository|project)\b"
    r"|关注我|关注我们|フォローして|点个\s*star|给个\s*star|star一下|点个赞|スターを",
    re.IGNORECASE,
)
# Paragraphs about the project rather than what it is: news, praise, legal, credits, translations.
# Fallbacks only, used when nothing else reads as a description.
_ASIDE = re.compile(
    r"^(we('re| are) (excited|happy|pleased|thrilled|proud) to (announce|introduce|share)|announcing\b|🎉)"
    r"|^(recognized|featured|selected|ranked|named|trusted|loved) (by|as|in)\b|\bone of the (top|best|most)\b"
    r"|^(copyright\b|©|\(c\) ?\d)"
    r"|^(created|written|made|developed|maintained|authored|brought to you)( in \d{4})?( with \S+)? by\b"
    r"|\b(available|translated) in (other|several|many|multiple|\d+) languages\b",
    re.IGNORECASE,
)
# "See the site live at …", "Check out the demo", "Visit the docs": a short line sending the reader away.
_SEE_ELSEWHERE = re.compile(
    r"^(see|visit|check out|try it|try the|head (over )?to|go to|read more|siehe|voir|véase|vedi|zie)\b", re.IGNORECASE
)
# "The original software can be found in the archive branch": a sentence about where something is.
_FOUND_ELSEWHERE = re.compile(r"^[^.!?]{0,80}\b(can|could|may) be (found|tracked|followed) (in|at|on|here)\b", re.I)
_URL = re.compile(r"https?://\S+|\S+/\S*")
_POINTER = re.compile(r"^(this|here|see|it|that|siehe|voir|vedi|zie)\b", re.IGNORECASE)
# "Welcome to my digital garden! This is where …": a greeting before the description.
_GREETING = re.compile(r"^(welcome( to)?|hi( there)?|hello|hey)\b[^.!?]{0,60}[.!?]+\s+(?=\S)", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"^\s*(—|–|--|―)\s*\S")
# Between two Chinese or Japanese characters (punctuation included) a line break is no space.
# Korean puts spaces between words, so Hangul is not among them.
_CJK_GAP = re.compile(
    r"(?<=[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef])\s+"
    r"(?=[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef])"
)
_LICENSE_LINE = re.compile(r"\b(dual[- ]licensed|licensed under|released under the)\b", re.IGNORECASE)
# "Docs : link", "github地址：https://…", "QQ群：123456": a label and an address, not a sentence.
_LABEL_LINE = re.compile(
    r"^[^:：]{1,40}\s[:：]\s*\S+$|^[^:：。!?！？]{1,40}[:：]\s*(https?://\S+|[\d\s+()-]{5,})$"
    # "Version: 1.0", "Исходный код: GitHub", "License: MIT": a label over a word or two.
    r"|^[^:：。!?！？\s]+(\s[^:：。!?！？\s]+){0,2}[:：]\s*(?=.{1,24}$)\S+(\s\S+)?(?<![.!?。！？])$"
)
# One line of a metadata block ("最終更新: 2026-04-20", "Tags: setup, core"): a label, then values.
_FIELD_LINE = re.compile(r"^[^:：\s][^:：。.!?！？]{0,30}[:：]\s*\S")
# "To start the development server run", "To install it:": an instruction's lead, not a description.
_INSTRUCTION = re.compile(
    r"^to (start|run|install|build|use|get started|set up|setup|compile|deploy|test|launch|begin|update|upgrade)\b",
    re.IGNORECASE,
)
# "Built with React.js", "Made using Flutter": how it is built, not what it is.
_BUILT_WITH = re.compile(
    r"^(built|made|written|developed|powered|created|done)\s+(with|using|in|on|by)\b", re.IGNORECASE
)
_QUOTES = "\"“”'‘’「」『』"
_SENTENCE_END = "。．.!?！？"
_BLOCK_TAGS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "td",
    "th",
    "br",
    "tr",
    "table",
    "section",
    "header",
    "center",
    "blockquote",
    "details",
    "summary",
    "figcaption",
    "picture",
}
_SKIP_TAGS = {"script", "style", "code", "pre", "summary", "sup", "sub", "svg"}


@dataclass
class _Candidate:
    text: str
    notice: bool  # a notice, slogan or meta line: used only when nothing better follows
    heading: bool = False
    link_share: float = 0.0  # share of the letters that sit inside links
    emphasis_share: float = 0.0  # share of the letters inside emphasis
    code_only: bool = False
    # The title of the section a paragraph sits in when that is past where descriptions live (the
    # intro, the first section, an "About"): read only when nothing before it reads as one.
    late_section: str | None = None
    headings_before: int = 0  # headings above it (Markdown): where a generator's manual begins


# The description sits near the top: reading more only costs time (parsers slow down on hostile
# input), so the excerpt looks at this much of a README, and at most this much of one HTML block.
MAX_INPUT_CHARS = 24 * 1024
MAX_CJK_COLUMNS = 240  # a sentence longer than this is cut at a clause
_CJK_SENTENCE_ENDS = "。！？"
# Where a sentence may end in a script that spaces its words: . ! ? (and a closing quote or bracket),
# a space, then what starts a sentence: a capital, a digit or an opening quote.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F])")
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
}
MAX_HTML_CHARS = 16 * 1024


def extract(text: str, path: str = "README.md") -> str:
    """The first meaningful paragraph of a README as plain text, or "" when it has no prose."""
    text = _head(text.replace("\r\n", "\n").replace("\r", "\n"), MAX_INPUT_CHARS)
    suffix = PurePosixPath(path).suffix.lower()
    if suffix == ".rst":
        candidates = _rst_candidates(text)
    elif suffix in {".txt", ".text", ".adoc", ".asciidoc", ".org"}:
        candidates = [_Candidate(p, _is_notice(p)) for p in _plain_paragraphs(text)]
    else:
        candidates = _markdown_candidates(text)
    return _choose(candidates, _title(text))


def _choose(candidates: list[_Candidate], title: str = "") -> str:
    primary = [c for c in candidates if c.late_section is None]
    generated = next((c for c in primary if _GENERATED.search(_tidy(c.text))), None)
    if generated is not None:
        # A generator's README (Create React App, Rails, Flutter …): past the heading that follows
        # its line, the rest is the generator's manual, never the project's description.
        # Its lead-ins ("Things you may want to cover:") are the template's too.
        own = [c for c in primary if c.headings_before <= generated.headings_before]
        return _pick([c for c in own if not c.text.rstrip().endswith((":", "："))], title)
    found = _pick(primary, title)
    if found:
        return found
    # Nothing where descriptions live: a later section may hold one ("Automatic Import: The ideal
    # use for Time Reporter is …"), but never one about installing, using or a single file.
    late = [c for c in candidates if c.late_section is not None and _worth_reading(c.late_section, c.text)]
    return _pick(late, title, fallback_allowed=False)


def _worth_reading(section: str, text: str) -> bool:
    lead_in = text.rstrip().endswith((":", "：")) or bool(_POINTS_BELOW.search(text))
    answer = section.rstrip(" .…").endswith(("?", "？"))  # an FAQ's answer is about one detail
    return not (lead_in or answer or _SECTION_NOISE.search(section) or _FILE_NAME.search(section))


def _pick(candidates: list[_Candidate], title: str, fallback_allowed: bool = True) -> str:
    fallback = ""
    for index, candidate in enumerate(candidates):
        cleaned = _tidy(candidate.text)
        greeting = _GREETING.match(cleaned)
        if greeting and _is_prose(cleaned[greeting.end() :]):
            cleaned = cleaned[greeting.end() :]
        if candidate.heading or candidate.code_only or candidate.link_share > 0.7 or not _is_prose(cleaned):
            continue
        if _SEE_ELSEWHERE.match(cleaned) and len(_WORD.findall(_URL.sub("", cleaned))) <= 3:
            continue  # "siehe https://…", "See docs/": only an address, never even a fallback
        if (
            _PLACEHOLDER.search(cleaned)
            or _README_TALK.search(cleaned)
            or _GENERATED.search(cleaned)
            or _PLUG.search(cleaned)
            or _CAVEAT.match(cleaned)
            or _SOCIAL.search(cleaned if len(cleaned) < 120 else _lead(cleaned))
        ):
            continue
        if candidate.notice or _is_notice(cleaned) or _is_slogan(cleaned, candidate):
            fallback = fallback or cleaned
            continue
        if not _SELF.match(cleaned) and not _names(cleaned, title) and not _TAGLINE.match(cleaned):
            cleaned = _self_description(candidates[index + 1 : index + 3]) or cleaned
        return _one_sentence(_end_well(cleaned))
    return _one_sentence(_end_well(fallback)) if fallback_allowed else ""


def _self_description(following: list[_Candidate]) -> str:
    """Context first, then "This project provides …": the paragraph that says what the project is."""
    for candidate in following:
        cleaned = _tidy(candidate.text)
        if not candidate.heading and not candidate.notice and _SELF.match(cleaned):
            return cleaned
    return ""


def _names(text: str, title: str) -> bool:
    name = re.sub(r"[-_]+", " ", title).strip().lower()
    return bool(name) and name in re.sub(r"[-_]+", " ", text).lower()


_TITLE = re.compile(r"^#{1,2}\s*(\S.*?)\s*#*\s*$|^(\S.*)\n(?:=+|-+)\s*$", re.MULTILINE)


def _title(text: str) -> str:
    """The README's first heading (ATX or underlined), where a project's name usually is."""
    match = _TITLE.search(text)
    return (match.group(1) or match.group(2) or "").strip() if match else ""


def _one_sentence(text: str) -> str:
    """One sentence, in every language. A paragraph with CJK full stops (。！？, which end nothing
    but sentences) is cut after the first, whatever else it mixes in; a CJK paragraph without them
    at its first sentence end; other scripts at the first full stop that ends a sentence."""
    ends = [text.find(mark) for mark in _CJK_SENTENCE_ENDS if mark in text]
    if ends and min(ends) >= 5:
        return cut(text[: min(ends) + 1], MAX_CJK_COLUMNS)
    if len(_CJK.findall(text)) * 2 < sum(ch.isalpha() for ch in text):
        return _lead_sentences(text)
    return first_sentence(text, MAX_CJK_COLUMNS)


def _lead_sentences(text: str) -> str:
    """The first sentence of a paragraph in a script that spaces its words. A tagline written as
    short fragments ("Typer, build great CLIs. Easy to code. Based on Python type hints.") reads
    as one, so fragments of up to six words run on, to twenty words at most."""
    sentences = _sentences(text)
    lead = sentences[0]
    if len(lead.split()) < 6:
        for following in sentences[1:]:
            if (
                len(following.split()) > 6
                or len(lead.split()) + len(following.split()) > 20
                or _SUBJECT.match(following)  # "It also sends mail.": a sentence of its own
            ):
                break
            lead = f"{lead} {following}"
    return lead


def _sentences(text: str) -> list[str]:
    found, start = [], 0
    for end in _SENTENCE_BREAK.finditer(text):
        word = text[: end.start() + 1].rsplit(maxsplit=1)[-1].lower()
        if word.rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"\(?\w\.", word):
            continue  # "e.g. Foo", "J. Smith": the full stop of an abbreviation or an initial
        found.append(text[start : end.start() + 1].strip())
        start = end.end()
    return [*found, text[start:].strip()] if text[start:].strip() else found or [text]


def _end_well(text: str) -> str:
    """A lead-in ("… for Python:") reads as a description once its colon is a full stop."""
    if text.endswith("："):
        return text[:-1] + "。"
    return text[:-1] + "." if text.endswith(":") else text


# ---- Markdown -----------------------------------------------------------------------------


# "#Heading" with no space: a heading to GitHub's renderer before 2017 (and to the people who
# wrote such READMEs), text to CommonMark. Read as the heading it was meant to be.
_OLD_HEADING = re.compile(r"^(#{1,6})(?=[^#\s])", re.MULTILINE)


_REFERENCE_BADGE = re.compile(r"\[!\[[^\]\n]*\](\[[^\]\n]*\]|\([^)\n]*\))\]\[[^\]\n]*\]|!\[[^\]\n]*\]\[[^\]\n]*\]")


# "== Section": an RDoc or AsciiDoc heading in a file named .md (Rails' generated READMEs).
_RDOC_HEADING = re.compile(r"^(={1,6})(?= \S)", re.MULTILINE)


def _markdown_candidates(text: str) -> list[_Candidate]:
    text = _RDOC_HEADING.sub(lambda m: "#" * len(m.group(1)), _OLD_HEADING.sub(r"\1 ", text))
    # Reference-style badges ("[![ci][]][ci link]") whose definitions sit past the part read show
    # as brackets; an image is never a description, so they go before parsing.
    text = _REFERENCE_BADGE.sub("", text)
    tokens = _md.parse(text)
    candidates: list[_Candidate] = []
    depth = {"list": 0, "table": 0, "blockquote": 0}
    quote_notice = False
    sections = 0  # level-2 headings seen: descriptions live in the intro, the first section or an "About"
    in_scope = True
    in_notice = False  # a notice runs on until the next heading or rule
    intro_items: list[_Candidate] = []
    late: list[_Candidate] = []
    title = section = ""  # the latest heading; the section's headings from its h2 down
    headings = 0
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in {"bullet_list_open", "ordered_list_open"}:
            depth["list"] += 1
        elif kind in {"bullet_list_close", "ordered_list_close"}:
            depth["list"] -= 1
        elif kind == "table_open":
            depth["table"] += 1
        elif kind == "table_close":
            depth["table"] -= 1
        elif kind == "blockquote_open":
            depth["blockquote"] += 1
            quote_notice = _quote_is_notice(tokens, index)
        elif kind == "blockquote_close":
            depth["blockquote"] -= 1
        if kind in {"hr", "heading_open", "blockquote_close"}:
            in_notice = kind == "heading_open" and bool(_NOTICE_HEADING.match(_inline_parts(tokens[index + 1])[0]))
        if kind == "heading_open":
            headings += 1
            title = _inline_parts(tokens[index + 1])[0]
            section = title if token.tag in {"h1", "h2"} else f"{section}\n{title}"
        if kind == "heading_open" and token.tag == "h2":
            sections += 1
            in_scope = sections <= 1 or bool(_ABOUT.search(title))
        elif not in_scope:
            if kind == "inline" and tokens[index - 1].type == "paragraph_open" and not any(depth.values()):
                late.append(_Candidate(_inline_parts(token)[0], False, late_section=section))
            continue
        elif kind == "inline" and tokens[index - 1].type == "paragraph_open":
            if depth["list"] and not depth["table"] and not sections and not depth["blockquote"]:
                # A bullet under the title: the description of READMEs written as lists. Used only
                # when no paragraph reads as one (appended last, as a fallback).
                text, linked, _, code_only = _inline_parts(token)
                intro_items.append(_Candidate(text, True, link_share=_share(linked, text), code_only=code_only))
                continue
            if depth["list"] or depth["table"] or _is_line_list(token.content):
                continue
            text, linked, emphasised, code_only = _inline_parts(token)
            in_notice = in_notice or (not depth["blockquote"] and _is_warning(_tidy(text)))
            candidates.append(
                _Candidate(
                    text,
                    (depth["blockquote"] > 0 and quote_notice) or in_notice,
                    link_share=_share(linked, text),
                    emphasis_share=_share(emphasised, text),
                    code_only=code_only,
                    headings_before=headings,
                )
            )
        elif kind == "html_block":
            candidates.extend(replace(c, headings_before=headings) for c in _html_candidates(token.content))
    return candidates + intro_items[:1] + late


def _is_line_list(source: str) -> bool:
    """Lines of a word or three, none ending a sentence ("username leon / password leon", an address),
    or all "label: value" (a metadata block): a list written without its bullets."""
    lines = [line.strip() for line in source.split("\n") if line.strip()]
    short = all(len(line.split()) <= 3 and line[-1] not in _SENTENCE_END for line in lines)
    return len(lines) >= 2 and (short or all(_FIELD_LINE.match(line) for line in lines))


def _share(part: str, whole: str) -> float:
    letters = sum(ch.isalnum() for ch in whole)
    return sum(ch.isalnum() for ch in part) / letters if letters else 0.0


def _quote_is_notice(tokens: list[Token], start: int) -> bool:
    """A blockquote that is a notice ("> **Note**") or a quotation with an attribution ("— Name")."""
    depth = 0
    first = True
    for token in tokens[start:]:
        depth += token.nesting if token.type.startswith("blockquote") else 0
        if depth == 0:
            break
        if token.type == "inline":
            if first and (_is_notice(_inline_parts(token)[0]) or _NOTICE.match(token.content)):
                return True
            first = False
            if any(_ATTRIBUTION.match(line) for line in token.content.split("\n")):
                return True
    return False


def _inline_parts(token: Token) -> tuple[str, str, str, bool]:
    """(plain text, the part inside links, the part inside emphasis, whether it is only code)."""
    parts: list[str] = []
    linked: list[str] = []
    emphasised: list[str] = []
    links = emphasis = 0
    code_only = True
    for child in token.children or []:
        kind = child.type
        piece = ""
        if kind == "text":
            piece = child.content
            code_only = code_only and not piece.strip()
        elif kind == "code_inline":
            piece = child.content
        elif kind in {"softbreak", "hardbreak"}:
            piece = " "
        elif kind == "link_open":
            links += 1
        elif kind == "link_close":
            links -= 1
        elif kind in {"em_open", "strong_open"}:
            emphasis += 1
        elif kind in {"em_close", "strong_close"}:
            emphasis -= 1
        elif kind == "html_inline" and re.match(r"<br\s*/?>", child.content, re.IGNORECASE):
            piece = " "
        # images and other inline HTML add no text
        parts.append(piece)
        if links:
            linked.append(piece)
        if emphasis:
            emphasised.append(piece)
    text = "".join(parts)
    return text, "".join(linked), "".join(emphasised), code_only and bool(text.strip())


# ---- HTML blocks -----------------------------------------------------------------------------


class _TextCollector(HTMLParser):
    """Splits an HTML block into paragraphs, noting links, emphasis, headings and table cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[dict[str, object]] = []
        self.open = {"skip": 0, "a": 0, "em": 0, "table": 0}
        self.heading = False
        self._new()

    def _new(self) -> None:
        self.current = {"text": "", "linked": "", "emph": "", "heading": self.heading, "table": self.open["table"] > 0}
        self.paragraphs.append(self.current)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.open["skip"] += 1
        elif tag == "a":
            self.open["a"] += 1
        elif tag in {"em", "i", "b", "strong"}:
            self.open["em"] += 1
        elif tag == "table":
            self.open["table"] += 1
        if tag in _BLOCK_TAGS:
            if tag != "br":  # a line break inside a heading is still the heading
                self.heading = tag in {"h1", "h2", "h3"}
            self._new()
        if tag == "img":
            self.current["text"] += " "  # type: ignore[operator]

    def handle_endtag(self, tag: str) -> None:
        for name, tags in (
            ("skip", _SKIP_TAGS),
            ("a", {"a"}),
            ("em", {"em", "i", "b", "strong"}),
            ("table", {"table"}),
        ):
            if tag in tags and self.open[name]:
                self.open[name] -= 1
        if tag in _BLOCK_TAGS:
            self.heading = self.heading and tag == "br"
            self._new()

    def handle_data(self, data: str) -> None:
        if self.open["skip"]:
            return
        self.current["text"] += data  # type: ignore[operator]
        if self.open["a"]:
            self.current["linked"] += data  # type: ignore[operator]
        if self.open["em"]:
            self.current["emph"] += data  # type: ignore[operator]


def _head(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, cut at a line break when there is one."""
    if len(text) <= limit:
        return text
    cut_at = text.rfind("\n", 0, limit)
    return text[: cut_at if cut_at > 0 else limit]


_KEPT_TAGS = (_BLOCK_TAGS | _SKIP_TAGS | {"a", "em", "i", "b", "strong", "img"}) - {"script", "style", "svg"}


def _well_formed(markup: str) -> str:
    """The block re-serialised by a real HTML5 parser (html5ever, through nh3): every tag closed,
    no comments, no attributes. html.parser alone rescans unclosed tags and comments from every
    `<`, which is quadratic on hostile input; on this output it reads each character once."""

    return nh3.clean(
        markup,
        tags=_KEPT_TAGS,
        attributes={},
        clean_content_tags={"script", "style", "svg"},
        strip_comments=True,
        link_rel=None,
        url_schemes=set(),
    )


def _html_candidates(markup: str) -> list[_Candidate]:
    collector = _TextCollector()
    collector.feed(_well_formed(_head(markup, MAX_HTML_CHARS)))
    collector.close()
    found = []
    for p in collector.paragraphs:
        text = str(p["text"])
        if not text.strip() or p["table"]:
            continue  # table cells are layout (sponsors, badges, screenshots), not descriptions
        found.append(
            _Candidate(
                text,
                # A heading that reads as a sentence may be the description; a paragraph beats it.
                bool(p["heading"]),
                heading=bool(p["heading"]) and not _is_sentence(text),
                link_share=_share(str(p["linked"]), text),
                emphasis_share=_share(str(p["emph"]), text),
            )
        )
    return found


# ---- reStructuredText and plain text -----------------------------------------------------------

# Where a paragraph is not the project's description: lists, tables, admonitions, sidebars,
# footnotes, contents, field lists, quotations with an attribution.
_RST_OUTSIDE = (
    "list_item",
    "table",
    "Admonition",
    "sidebar",
    "topic",
    "footnote",
    "citation",
    "field_list",
    "substitution_definition",
    "comment",
    "system_message",
    "line_block",
)
# Read-only and quiet: no file or URL is ever opened (include, raw, csv-table), no message printed.
_RST_SETTINGS = {
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "report_level": 5,
    "halt_level": 5,
    "warning_stream": False,
    "input_encoding": "unicode",
    "_disable_config": True,
    "syntax_highlight": "none",
}


def _rst_candidates(text: str) -> list[_Candidate]:
    """Paragraphs as reStructuredText's own reader (docutils) sees them: references (`Name_`),
    roles and emphasis are text, substitutions (badges) and directives are not."""
    from docutils import nodes
    from docutils.core import publish_doctree

    try:
        document = publish_doctree(text, settings_overrides=_RST_SETTINGS)
    except Exception:  # docutils gives up on some broken markup: read it as plain paragraphs
        return [_Candidate(p, _is_notice(p)) for p in _plain_paragraphs(text)]
    for message in list(document.findall(nodes.system_message)):  # docutils' own warnings, not the README's
        message.parent.remove(message)
    candidates: list[_Candidate] = []
    late: list[_Candidate] = []
    # Sections holding no paragraph (a title over a link, a transition) don't count as the first.
    top_sections = [
        child for child in document.children if isinstance(child, nodes.section) and child.next_node(nodes.paragraph)
    ]
    for paragraph in document.findall(nodes.paragraph):
        outside = any(
            type(parent).__name__ in _RST_OUTSIDE or isinstance(parent, nodes.Admonition)
            for parent in _ancestors(paragraph)
        )
        if outside:
            continue
        words = "".join(
            node.astext() for node in paragraph.findall(nodes.Text) if not _under(node, (nodes.image, nodes.raw))
        )
        if not _rst_in_scope(paragraph, top_sections, nodes):
            late.append(_Candidate(words, False, late_section=_rst_section_title(paragraph, nodes)))
            continue
        quoted = any(
            isinstance(parent, nodes.block_quote) and parent.next_node(nodes.attribution)
            for parent in _ancestors(paragraph)
        )
        candidates.append(_Candidate(words, _is_notice(words) or quoted))
    return candidates + late


def _rst_section_title(paragraph: object, nodes: Any) -> str:
    section = next((parent for parent in _ancestors(paragraph) if isinstance(parent, nodes.section)), None)
    title = section.next_node(nodes.title) if section is not None else None
    return str(title.astext()) if title is not None else ""


def _rst_in_scope(paragraph: object, top_sections: Sequence[object], nodes: Any) -> bool:
    """As in Markdown: a description lives before the first section, in the first one, or in one
    titled like an introduction (About, Overview, What is …)."""
    outer = [parent for parent in _ancestors(paragraph) if any(parent is section for section in top_sections)]
    if not outer:
        return True
    section = outer[-1]
    if section is top_sections[0]:
        return True
    title = section.next_node(nodes.title)  # type: ignore[attr-defined]  # a docutils node
    return bool(title is not None and _ABOUT.search(title.astext()))


def _ancestors(node: object) -> list[object]:
    found = []
    parent = getattr(node, "parent", None)
    while parent is not None:
        found.append(parent)
        parent = getattr(parent, "parent", None)
    return found


def _under(node: object, kinds: tuple[type, ...]) -> bool:
    return any(isinstance(parent, kinds) for parent in _ancestors(node))


def _plain_paragraphs(text: str) -> list[str]:
    return [block.strip("\n") for block in re.split(r"\n\s*\n", text) if block.strip()]


# ---- judging text -------------------------------------------------------------------------------


def _tidy(text: str) -> str:
    text = html.unescape(text)
    text = re.sub(r"[\u200b-\u200d\ufeff]", "", text)
    text = _CJK_GAP.sub("", text)  # a hard-wrapped Chinese paragraph: the breaks are not spaces
    text = re.sub(r"\[\^[^\]\s]+\]", "", text)  # footnote marks ([^1]): GitHub shows them as a superscript
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" |·•-–—")


def _is_warning(text: str) -> bool:
    return bool(_NOTICE.match(text) or _DEPRECATED.search(text[:200]))


def _is_notice(text: str) -> bool:
    pointer = (len(text) < 100 and bool(_SEE_ELSEWHERE.match(text))) or bool(_FOUND_ELSEWHERE.match(_lead(text)))
    # "… has become one of the most popular frameworks" closing a description is no boast: only a
    # paragraph that opens with its news, praise or credits is an aside.
    aside = bool(_ASIDE.search(_lead(text)) or _PLUG.search(text))
    request = bool(_REQUEST.match(text))
    return _is_warning(text) or bool(_META.search(text)) or aside or pointer or request


def _lead(text: str) -> str:
    """The first sentence, roughly: enough to tell what a paragraph opens with."""
    return re.split(r"(?<=[.!?。！？])\s?", text, maxsplit=1)[0]


def _is_slogan(text: str, candidate: _Candidate) -> bool:
    """Short all-emphasis taglines and quotations: fine if nothing better follows."""
    short = len(text.split()) <= 8 and len(_CJK.findall(text)) < 12
    quoted = len(text) > 2 and text[0] in _QUOTES and text.rstrip(".!")[-1] in _QUOTES
    return quoted or (short and candidate.emphasis_share > 0.9)


def _is_sentence(text: str) -> bool:
    cleaned = _tidy(text)
    return len(cleaned.split()) >= 6 or len(_CJK.findall(cleaned)) >= 12


def _is_title(text: str) -> bool:
    words = text.split()
    return (
        len(words) <= 6
        and text[-1:] not in _SENTENCE_END
        and all(not w[:1].isalpha() or w[:1].isupper() for w in words)
    )


def _is_prose(text: str) -> bool:
    if not text or (_NOISE.match(text) and len(text) < 80):
        return False
    if (
        (text.endswith((":", "：")) and not _is_sentence(text))
        or (_BUILT_WITH.match(text) and len(text.split()) <= 6)
        or (_INSTRUCTION.match(text) and len(text.split()) <= 12)
        or _LABEL_LINE.match(text)
        or _LICENSE_LINE.search(text)
        or _is_title(text)
    ):
        return False
    cjk = len(_CJK.findall(text))
    words = _WORD.findall(text)
    if cjk >= 6:
        return True
    if len(words) < 3 or (len(words) == 3 and text[-1:] not in _SENTENCE_END and _POINTER.match(text)):
        return False  # "This is branch1", "See the docs": a pointer, not a tagline like "An anagram utility"
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.5 * len(text.replace(" ", ""))
