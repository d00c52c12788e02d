"""Reading an Org README (README.org, which GitHub shows like any README) into candidates.

Org's paragraphs, lists and headings line up with Markdown's, so, as with AsciiDoc, the text is
rewritten as the Markdown it means and read by the Markdown reader: "* Section" becomes a
heading, "#+begin_src" and "#+begin_example" blocks become fences, "#+begin_quote" a blockquote,
and what GitHub shows as no text (keyword lines such as "#+startup:", "# comment" lines, comment
blocks, property drawers) goes. A link ("[[https://example.org][the site]]") keeps its words, and
*bold*, /italic/, =verbatim= and ~code~ become their Markdown. No well-kept Org parser exists for
Python, and the excerpt needs only the prose.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(\*+)\s+(\S.*?)(\s+:[\w@#%:]+:)?\s*$")  # "* Section   :tag:"
_TITLE = re.compile(r"^#\+title:\s*(\S.*)$", re.IGNORECASE)
_DROPPED_LINE = re.compile(r"^(#\+\w+:.*|#(\s.*)?|:[\w-]+:.*)$")  # keyword, comment, drawer lines
_BLOCK = re.compile(r"^#\+(begin|end)_(\w+)", re.IGNORECASE)
_LINK = re.compile(r"\[\[([^\[\]\n]{1,2000})\](?:\[([^\[\]\n]{0,2000})\])?\]")
# Code first, so that "~*.m~" is code before "*" could be read as bold; bold and italic never
# reach across a code span.
_EMPHASIS = (
    (re.compile(r"(?<![\w=])=(\S|\S[^=\n]{0,500}?\S)=(?![\w=])"), r"`\1`"),
    (re.compile(r"(?<![\w~])~(\S|\S[^~\n]{0,500}?\S)~(?![\w~])"), r"`\1`"),
    (re.compile(r"(?<![\w*`])\*([^\s*`]|[^\s*`][^*\n`]{0,500}?[^\s*`])\*(?![\w*])"), r"**\1**"),
    (re.compile(r"(?<![\w/:`])/([^\s/`]|[^\s/`][^/\n`]{0,500}?[^\s/`])/(?![\w/])"), r"*\1*"),
)


def as_markdown(text: str) -> str:
    lines: list[str] = []
    block = ""  # the kind of #+begin_ block open: "" when none
    for line in text.split("\n"):
        stripped = line.strip()
        fence = _BLOCK.match(stripped)
        if fence:
            block = _block_edge(fence.group(1).lower(), fence.group(2).lower(), lines)
            continue
        if block == "comment" or (block != "code" and _dropped(stripped)):
            continue
        if block == "code":
            lines.append(line)
        elif block == "quote":
            lines.append("> " + _inline(stripped))
        else:
            lines.append(_line(line, stripped))
    return "\n".join(lines)


def _block_edge(edge: str, kind: str, lines: list[str]) -> str:
    """Opens or closes a block; returns the kind open after it ("code", "quote", "comment", "")."""
    kind = kind if kind in {"quote", "comment"} else "code"
    if kind == "code":
        lines.append("```")
    return kind if edge == "begin" else ""


def _dropped(stripped: str) -> bool:
    return bool(_DROPPED_LINE.match(stripped)) and not _TITLE.match(stripped)


def _line(line: str, stripped: str) -> str:
    title = _TITLE.match(stripped)
    if title:
        return "# " + _inline(title.group(1))
    heading = _HEADING.match(line)
    if heading:
        return "#" * min(len(heading.group(1)), 6) + " " + _inline(heading.group(2))
    return _inline(line)


def _inline(line: str) -> str:
    line = _LINK.sub(lambda m: f"[{m.group(2) or m.group(1)}]({m.group(1)})" if m.group(2) else m.group(1), line)
    for pattern, replacement in _EMPHASIS:
        line = pattern.sub(replacement, line)
    return line
