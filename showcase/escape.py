"""One escaper per output format. Fetched text is data: never markup, never template code.

Markdown templates run every `{{ … }}` through `md_escape` (Jinja's `finalize`); filters that
build markup on purpose return `MdSafe`, which `finalize` leaves alone. HTML and SVG use
Jinja's autoescape with Markup.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape


class MdSafe(str):
    """Markdown that showcase built itself and that must not be escaped again."""


_MD_SPECIAL = re.compile(r"([\\`*\[\]|~])")
_INTRAWORD_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_LINE_START = re.compile(r"^(\s*)(\d*)([#+=.)-])(?=\s|$)", re.MULTILINE)


def md_escape(value: object) -> str:
    """Escape text for Markdown inline context (GitHub's renderer): no HTML, no links, no
    emphasis, no table breaks, nothing that looks like a showcase marker."""
    if isinstance(value, MdSafe):
        return value
    text = "" if value is None else str(value)
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _INTRAWORD_UNDERSCORE.sub(r"\\_", text)
    text = re.sub(r"\s*\n\s*", " ", text)
    # Backslash escapes only work before punctuation: "1. x" becomes "1\. x", "# x" becomes "\# x".
    text = _LINE_START.sub(lambda m: m.group(1) + m.group(2) + "\\" + m.group(3), text)
    return text


def md_finalize(value: object) -> str:
    return md_escape(value)


def md_curated(value: object) -> MdSafe:
    """Curated text (the owner's own) may use inline Markdown, but not raw HTML or markers."""
    text = "" if value is None else str(value)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return MdSafe(re.sub(r"\s*\n\s*", " ", text).strip())


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
    label = md_escape(text)
    if not target:
        return MdSafe(label)
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


def md_page_link(text: object, relative: str) -> MdSafe:
    """A link to a page showcase wrote itself (its path is built from a slug, never from data)."""
    return MdSafe(f"[{md_escape(text)}]({quote(relative, safe='/.-_~')})")


@lru_cache(maxsize=1)
def _inline_parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

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
