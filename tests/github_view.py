"""A profile README as github.com shows it: cmark-gfm (GitHub's renderer), an allowlist like
GitHub's sanitizer, github-markdown-css (npm), in a column 1012 px wide; for tests in Chromium."""

from __future__ import annotations

import os
from pathlib import Path

import nh3
from conftest import ROOT
from gfm import to_html

GITHUB_CSS = Path(
    os.environ.get(
        "GITHUB_MARKDOWN_CSS", ROOT / ".venv" / "ghcss" / "node_modules" / "github-markdown-css" / "github-markdown.css"
    )
)
# What GitHub's sanitizer keeps (github/markup's html-pipeline allowlist), as far as a README uses it.
TAGS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "b",
    "i",
    "strong",
    "em",
    "a",
    "pre",
    "code",
    "img",
    "picture",
    "source",
    "details",
    "summary",
    "sub",
    "sup",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "blockquote",
    "div",
    "span",
    "kbd",
    "del",
    "ins",
    "s",
    "dl",
    "dt",
    "dd",
    "input",
}
ATTRIBUTES = {
    "a": {"href", "id", "name"},
    "img": {"src", "alt", "width", "height", "align", "title"},
    "source": {"media", "srcset", "type"},
    "td": {"align"},
    "th": {"align"},
    "div": {"align"},
    "p": {"align"},
    "h1": {"align"},
    "h2": {"align"},
    "h3": {"align"},
    "details": {"open"},
    "input": {"type", "checked", "disabled"},
    "*": {"title", "lang", "dir"},
}


def page(markdown: str, width: int = 1012) -> str:
    """The README as an HTML page laid out like GitHub's README box."""
    body = nh3.clean(
        to_html(markdown), tags=TAGS, attributes=ATTRIBUTES, link_rel=None, url_schemes={"http", "https", "mailto"}
    )
    return f"""<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/github-markdown.css">
<style>
  body {{ margin: 0; background: #fff; }}
  @media (prefers-color-scheme: dark) {{ body {{ background: #0d1117; }} }}
  .markdown-body {{ box-sizing: border-box; width: min(100vw, {width}px); padding: 24px; }}
</style></head>
<body><article class="markdown-body">{body}</article></body></html>"""
