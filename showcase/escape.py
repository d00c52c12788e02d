"""One escaper per output format. Fetched text is data: never markup, never template code.

Markdown templates run every `{{ … }}` through `md_escape` (Jinja's `finalize`); filters that
build markup on purpose return `MdSafe`, which `finalize` leaves alone. HTML and SVG use
Jinja's autoescape with Markup.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, urlsplit

from markdown_it import MarkdownIt
from markupsafe import Markup, escape


class MdSafe(str):
    """Markdown that showcase built itself and that must not be escaped again."""


# Characters that start HTML, entities, code, emphasis, links, tables or strikethrough.
_MD_SPECIAL = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", **{char: "\\" + char for char in "\\`*[]|~"}})
_INTRAWORD_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
# A block marker at the start of a line: "# x", "1. x", "+ x", and any leading "-" or "=" (a run of
# them is a thematic break, or a setext underline that turns the line above into a heading).
_LINE_START = re.compile(r"^(\d*)([#+.)])(?=\s|$)|^([-=])")
# GitHub's autolink extension links bare URLs, `www.` names and e-mail addresses in text. A
# backslash before `:` of `://` or the `.` after `www` stops the first two; e-mail addresses are
# linked even across escapes and entities, so a WORD JOINER (invisible) goes before the `@`.
_SCHEME = re.compile(r"(?<=[A-Za-z0-9])://")
_WWW = re.compile(r"(?i)(?<![A-Za-z0-9])(www)\.")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


_SPACE_RUN = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Every run of white space (newlines included) as one space: no line breaks, and no run of
    spaces at a line start that could indent a code block. Linear time."""
    return _SPACE_RUN.sub(" ", text)


def md_escape(value: object, in_link: bool = False) -> str:
    """Escape text for Markdown inline context (GitHub's renderer): no HTML, no links or autolinks,
    no emphasis, no headings or breaks, no table breaks, nothing that looks like a showcase marker.
    Inside a link's text (`in_link`) GitHub links nothing else, so URLs stay as they are."""
    if isinstance(value, MdSafe):
        return value
    text = one_line(_CONTROL.sub("", "" if value is None else str(value)))
    text = text.translate(_MD_SPECIAL)
    text = _INTRAWORD_UNDERSCORE.sub(r"\\_", text)
    if not in_link:
        text = _SCHEME.sub(r"\\://", text)
        text = _WWW.sub(r"\1\\.", text)
        text = text.replace("@", "&#x2060;@")
    # Backslash escapes only work before punctuation: "1. x" becomes "1\. x", "# x" becomes "\# x".
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(3):
        return "\\" + match.group(3)
    return match.group(1) + "\\" + match.group(2)


_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def md_emphasis(value: object) -> MdSafe:
    """Escaped text in italics, except Chinese, Japanese and Korean, which have no italics: a
    slanted Han character is a faux italic that reads worse, not as emphasis."""
    text = md_escape(value)
    return MdSafe(text if _CJK.search(text) or not text else f"*{text}*")


def lang_attribute(value: object, page_lang: str) -> Markup:
    """` lang="…"` for text in another language than the page (a Chinese README excerpt on an
    English page), so screen readers and fonts pick the right one; empty otherwise."""
    text = "" if value is None else str(value)
    has_cjk = bool(_CJK.search(text))
    if page_lang.startswith("zh") and not has_cjk and re.search("[A-Za-z]{3}", text):
        return Markup(' lang="en"')
    if not page_lang.startswith("zh") and has_cjk:
        return Markup(' lang="zh"')
    return Markup("")


def md_finalize(value: object) -> str:
    return md_escape(value)


def md_curated(value: object) -> MdSafe:
    """Curated text (the owner's own) may use inline Markdown, but not raw HTML or markers."""
    text = "" if value is None else str(value)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return MdSafe(" ".join(line.strip() for line in text.splitlines() if line.strip()))


def safe_url(url: object) -> str | None:
    """The URL if it is http(s) with a host, else None: `javascript:` and friends never become links."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if url.startswith("www."):
        url = "https://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    # Percent-encode what would end a Markdown link or an HTML attribute early.
    return quote(url, safe=":/?#@!$&'*+,;=%-._~")


def mailto(email: object) -> str | None:
    if not isinstance(email, str) or not re.fullmatch(r"[^@\s<>()\"']+@[^@\s<>()\"']+\.[^@\s<>()\"']+", email):
        return None
    return "mailto:" + quote(email, safe="@.+-_")


def md_link(text: object, url: object) -> MdSafe:
    """`[text](url)` for http(s) URLs; escaped text alone for anything else."""
    target = url if isinstance(url, str) and url.startswith("mailto:") else safe_url(url)
    if not target:
        return MdSafe(md_escape(text))
    label = md_escape(text, in_link=True)
    return MdSafe(f"[{label}]({target})")


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_finalize(value: object) -> object:
    """HTML/SVG: drop characters XML 1.0 forbids (control codes), before autoescape runs."""
    if isinstance(value, Markup):
        return Markup(_XML_INVALID.sub("", value))
    if isinstance(value, str):
        return _XML_INVALID.sub("", value)
    return value


def md_attr(value: object) -> MdSafe:
    """Text for an HTML attribute value that showcase writes into Markdown: quotes included."""
    text = str(escape(re.sub(r"\s+", " ", "" if value is None else str(value)).strip()))
    # Brackets as character references too: nothing in an attribute can read as Markdown link syntax.
    return MdSafe(text.translate({ord("["): "&#91;", ord("]"): "&#93;", ord("("): "&#40;", ord(")"): "&#41;"}))


def md_page_link(text: object, address: str) -> MdSafe:
    """A link to a page showcase wrote itself: `address` comes from links.Links (a slug under a
    validated repository and host, already percent-encoded), never from fetched text."""
    return MdSafe(f"[{md_escape(text, in_link=True)}]({quote(address, safe='/.-_~:%')})")


@lru_cache(maxsize=1)
def _inline_parser():  # type: ignore[no-untyped-def]

    return MarkdownIt("commonmark", {"html": False, "linkify": False})


def inline_markdown(value: object) -> Markup:
    """Curated inline Markdown (the owner's own text) as HTML: raw HTML off, unsafe link schemes refused.
    (Characters XML forbids are dropped by the environment's finalize, like every other expression.)"""
    return Markup(_inline_parser().renderInline("" if value is None else str(value)).strip())


def html_link(text: object, url: object, attrs: str = "") -> Markup:
    target = url if isinstance(url, str) and url.startswith("mailto:") else safe_url(url)
    if not target:
        return escape(text)
    extra = f" {attrs}" if attrs else ""
    return Markup(f'<a href="{escape(target)}"{extra}>{escape(text)}</a>')


def plain_text(value: object) -> str:
    """Curated inline Markdown as the words a reader sees: emphasis, code marks and link targets
    gone, line breaks as spaces (for the PDF, where text is shown, never parsed)."""
    words: list[str] = []
    for token in _inline_parser().parseInline("" if value is None else str(value)):
        for child in token.children or []:
            if child.type in {"text", "code_inline"}:
                words.append(child.content)
            elif child.type in {"softbreak", "hardbreak"}:
                words.append(" ")
    return " ".join("".join(words).split())
