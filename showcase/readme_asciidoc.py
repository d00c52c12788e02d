"""Reading an AsciiDoc README (README.adoc) into candidates.

AsciiDoc's paragraphs, lists and headings line up with Markdown's, so the text is rewritten as
the Markdown it means and read by the Markdown reader: "= Title" and "== Section" become headings,
listing and literal blocks become fences, and what GitHub shows as no text (attribute entries,
block attributes, comments, block macros such as image::, inline badge images) goes. A link
("https://example.org[the site]") keeps its words. There is no well-kept AsciiDoc parser for
Python (Asciidoctor is Ruby), and the excerpt needs only the prose.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(=+)\s+(\S.*)$")
_DROPPED_LINE = re.compile(
    r"^(:[\w-]+!?:.*"  # attribute entry ":toc: left"
    r"|\[[^\]]*\]"  # block attribute "[source,java]"
    r"|//(?!/).*"  # line comment
    r"|(ifdef|ifndef|ifeval|endif)::.*"  # preprocessor directive
    r"|\w+::\S*\[.*\])$"  # block macro "image::logo.png[]", "include::x.adoc[]", "toc::[]"
)
_FENCE = re.compile(r"^(-{4,}|\.{4,})$")  # listing and literal blocks: code, never prose
_DELIMITER = re.compile(r"^(\*{4,}|={4,}|_{4,}|\+{4,})$")  # sidebar, example, quote, passthrough
_COMMENT_BLOCK = re.compile(r"^/{4,}$")
# The "[…]" is optional in the patterns and required in the replacement: a run with no "[" is then
# read once, not tried again from each "image:" or "http" inside it (quadratic in its length). The
# words in "[…]" stop at the next "[", so "https://x[https://x[…" with no "]" is read once too.
_INLINE_IMAGE = re.compile(r"image:[^\s\[]+(\[[^\[\]]*\])?")
_LINK = re.compile(r"(?:link:)?(https?://[^\s\[]+)(\[([^\[\]]*)\])?")


def as_markdown(text: str) -> str:
    lines: list[str] = []
    attributes: dict[str, str] = {}
    in_comment = False
    header_lines = 0  # the author and revision lines that may follow the document's title
    has_text = False
    for line in text.split("\n"):
        stripped = line.strip()
        if _COMMENT_BLOCK.match(stripped):
            in_comment = not in_comment
            continue
        if in_comment or _DROPPED_LINE.match(stripped) or _DELIMITER.match(stripped):
            _remember(attributes, stripped)
            continue
        line = _substituted(line, attributes)
        if header_lines and stripped:
            # "Blair Stacey <bobbias@gmail.com>" and "v1.0, 2024-01-02": the header's metadata, which
            # GitHub shows as a byline, never the document's text. A blank line ends the header.
            header_lines -= 1
            continue
        header_lines = 2 if not has_text and line.startswith("= ") else 0
        has_text = has_text or bool(stripped)
        if _FENCE.match(stripped):
            lines.append("```")
            continue
        heading = _HEADING.match(line)
        if heading:
            lines.append("#" * min(len(heading.group(1)), 6) + " " + _inline(heading.group(2)))
            continue
        lines.append(_inline(line))
    return "\n".join(lines)


def _remember(attributes: dict[str, str], line: str) -> None:
    """ ":uri-kroki: https://kroki.io/": an attribute entry, whose value "{uri-kroki}" stands for below."""
    entry = _ATTRIBUTE_ENTRY.match(line)
    if entry and len(attributes) < _MOST_ATTRIBUTES:
        attributes[entry.group(1).lower()] = entry.group(2).strip()[:_LONGEST_VALUE]


def _substituted(line: str, attributes: dict[str, str]) -> str:
    """ "{uri-kroki}[Kroki] provides …": each attribute reference replaced by its value, once (a value
    that holds a reference is not read again), and no further than a budget of added characters, so
    a line of references to a long value cannot grow without bound. An unknown one stays as written."""
    budget = _SUBSTITUTION_BUDGET

    def value(match: re.Match[str]) -> str:
        nonlocal budget
        found = attributes.get(match.group(1).lower())
        if found is None or len(found) > budget:
            return match.group(0)
        budget -= len(found)
        return found

    return _ATTRIBUTE_REFERENCE.sub(value, line) if attributes and "{" in line else line


_ATTRIBUTE_ENTRY = re.compile(r"^:([\w][\w-]*):[ \t]+(\S.*)$")
_ATTRIBUTE_REFERENCE = re.compile(r"\{([\w][\w-]*)\}")
_MOST_ATTRIBUTES = 200
_LONGEST_VALUE = 500
_SUBSTITUTION_BUDGET = 4_000  # characters a line may gain


def _inline(line: str) -> str:
    line = _INLINE_IMAGE.sub(lambda m: "" if m.group(1) is not None else m.group(0), line)
    return _LINK.sub(_markdown_link, line)


def _markdown_link(match: re.Match[str]) -> str:
    if match.group(2) is None:
        return match.group(0)  # an address with no "[…]" after it stays as written
    return f"[{match.group(3) or match.group(1)}]({match.group(1)})"
