"""README → the sentence a person would quote to describe the project, as plain text.

Markdown is parsed with markdown-it-py and walked token by token: headings, code, tables,
lists (tables of contents), images and badges are passed over; the first paragraph that reads
as prose wins. Notices ("> **Note**", "This project is deprecated") are skipped when a real
description follows. Raw HTML blocks are read for their text, since many READMEs put their
tagline in a centred `<p>` or `<h3>`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePosixPath

from markdown_it import MarkdownIt
from markdown_it.token import Token

# Bump when extraction changes, so fetch re-reads READMEs it would otherwise reuse.
VERSION = 1

_md = MarkdownIt("commonmark").enable(["table", "strikethrough"])

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_NOTICE = re.compile(
    r"^\s*(\[!(note|tip|important|warning|caution)\]|(note|notice|warning|caution|important|tip|update|news|"
    r"attention|disclaimer|heads up)\b\s*[:：!-]?|⚠|ℹ|📢|🚧)",
    re.IGNORECASE,
)
_DEPRECATED = re.compile(
    r"\b(deprecated|no longer (maintained|supported|developed)|unmaintained|has (been )?moved|"
    r"(is|was) moved|moved to|archived|not maintained|in maintenance mode)\b",
    re.IGNORECASE,
)
_NOISE = re.compile(
    r"^\s*(english|简体中文|中文|繁體中文|日本語|한국어|languages?|read this in|documentation|docs|website|"
    r"installation|install|license|table of contents|contents|build status|see also)\b",
    re.IGNORECASE,
)
_SENTENCE_END = "。．.!?！？"
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "br", "tr", "table", "section",
               "header", "center", "blockquote", "details", "summary", "figcaption", "picture"}
_SKIP_TAGS = {"script", "style", "code", "pre", "summary", "sup", "sub", "svg"}


@dataclass
class _Candidate:
    text: str
    notice: bool
    heading: bool = False


def extract(text: str, path: str = "README.md") -> str:
    """The first meaningful paragraph of a README as plain text, or "" when it has no prose."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    suffix = PurePosixPath(path).suffix.lower()
    if suffix == ".rst":
        candidates = _rst_candidates(text)
    elif suffix in {".txt", ".text", ".adoc", ".asciidoc", ".org"}:
        candidates = [_Candidate(p, _is_notice(p)) for p in _plain_paragraphs(text)]
    else:
        candidates = _markdown_candidates(text)
    return _choose(candidates)


def _choose(candidates: list[_Candidate]) -> str:
    fallback = ""
    for candidate in candidates:
        cleaned = _tidy(candidate.text)
        if not _is_prose(cleaned) or candidate.heading:
            continue
        if candidate.notice or _is_notice(cleaned):
            fallback = fallback or cleaned
            continue
        return cleaned
    return fallback


# ---- Markdown -----------------------------------------------------------------------------


def _markdown_candidates(text: str) -> list[_Candidate]:
    tokens = _md.parse(text)
    candidates: list[_Candidate] = []
    depth = {"list": 0, "table": 0, "blockquote": 0}
    quote_notice = False
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
        elif kind == "inline" and tokens[index - 1].type == "paragraph_open":
            if depth["list"] or depth["table"]:
                continue
            candidates.append(_Candidate(_inline_text(token), depth["blockquote"] > 0 and quote_notice))
        elif kind == "html_block":
            candidates.extend(_Candidate(part, False) for part in _html_paragraphs(token.content))
    return candidates


def _quote_is_notice(tokens: list[Token], start: int) -> bool:
    for token in tokens[start + 1 : start + 4]:
        if token.type == "inline":
            return _is_notice(_inline_text(token)) or bool(_NOTICE.match(token.content))
    return False


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    link_depth = 0
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            parts.append(child.content)
        elif kind == "code_inline":
            parts.append(child.content)
        elif kind in {"softbreak", "hardbreak"}:
            parts.append(" ")
        elif kind == "link_open":
            link_depth += 1
        elif kind == "link_close":
            link_depth -= 1
        elif kind == "html_inline":
            if re.match(r"<br\s*/?>", child.content, re.IGNORECASE):
                parts.append(" ")
        # images, emphasis markers and other inline HTML add no text
    return "".join(parts)


# ---- HTML blocks -----------------------------------------------------------------------------


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = [""]
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.paragraphs.append("")
        if tag == "img":
            self.paragraphs[-1] += " "

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in _BLOCK_TAGS:
            self.paragraphs.append("")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.paragraphs[-1] += data


def _html_paragraphs(markup: str) -> list[str]:
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return [p for p in collector.paragraphs if p.strip()]


# ---- reStructuredText and plain text -----------------------------------------------------------

_RST_UNDERLINE = re.compile(r"^([=\-`:'\"~^_*+#<>])\1{2,}\s*$")


def _rst_candidates(text: str) -> list[_Candidate]:
    candidates = []
    for block in _plain_paragraphs(text):
        lines = block.split("\n")
        if any(_RST_UNDERLINE.match(line) for line in lines):
            continue  # a title (with its over/underline)
        first = lines[0].lstrip()
        if first.startswith(("..", ":", "|", "* ", "- ", "+ ", ">>>", "$ ")) or lines[0].startswith((" ", "\t")):
            continue  # directives, comments, field lists, substitutions, lists, literal blocks
        prose = " ".join(line.strip() for line in lines)
        prose = re.sub(r"`([^`<]+?)\s*<[^>]+>`_+", r"\1", prose)  # `text <url>`_
        prose = re.sub(r":[\w:-]+:`([^`]+)`", r"\1", prose)  # :role:`text`
        prose = re.sub(r"``([^`]+)``", r"\1", prose)
        prose = re.sub(r"`([^`]+)`_*", r"\1", prose)
        prose = re.sub(r"\*\*?([^*]+)\*\*?", r"\1", prose)
        prose = re.sub(r"\|[^|]+\|_*", "", prose)
        candidates.append(_Candidate(prose, _is_notice(prose)))
    return candidates


def _plain_paragraphs(text: str) -> list[str]:
    return [block.strip("\n") for block in re.split(r"\n\s*\n", text) if block.strip()]


# ---- judging text -------------------------------------------------------------------------------


def _tidy(text: str) -> str:
    text = html.unescape(text)
    text = re.sub(r"[\u200b-\u200d\ufeff]", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" |·•-–—")


def _is_notice(text: str) -> bool:
    return bool(_NOTICE.match(text)) or bool(_DEPRECATED.search(text[:200]))


def _is_prose(text: str) -> bool:
    if not text or _NOISE.match(text) and len(text) < 80:
        return False
    cjk = len(_CJK.findall(text))
    words = _WORD.findall(text)
    if cjk >= 6:
        return True
    if len(words) < 3:
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.5 * len(text.replace(" ", ""))
