"""Markdown rendered the way github.com renders it: cmark-gfm (through cmarkgfm) with GitHub's
extensions. Raw HTML is kept (GitHub sanitizes afterwards), so tests see every tag we wrote."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import cmarkgfm
from cmarkgfm.cmark import Options


def to_html(markdown: str) -> str:
    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)


class _Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headings = 0
        self.breaks = 0
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if re.fullmatch(r"h[1-6]", tag):
            self.headings += 1
        if tag == "hr":
            self.breaks += 1
        self.hrefs += [value or "" for name, value in attrs if name in {"href", "src", "srcset"}]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def structure(markdown: str) -> _Structure:
    parser = _Structure()
    parser.feed(to_html(markdown))
    parser.close()
    return parser
