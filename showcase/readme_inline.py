"""A Markdown paragraph's inline tokens → its words, and the parts of them that are links or emphasis.

`readme_markdown` walks the blocks of a README; this reads what one paragraph (or list item) says:
plain text with a `<br>` read as GitHub shows it, and how much of it is linked or emphasised; and
the labels that head a paragraph's words on a line of their own ("**Design goal**", "Docs:").
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from showcase.excerpt_headings import NOTICE_HEADING
from showcase.excerpt_prose import is_sentence
from showcase.excerpt_rules import CJK
from showcase.excerpt_self import TAGLINE
from showcase.excerpt_taglines import is_noun_tagline

# The parser GitHub's Markdown is read with: CommonMark, with its tables and strikethrough.
MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def words_of(line: str) -> str:
    """One line of Markdown source as the words it shows (emphasis, links and code marks gone)."""
    return inline_parts(MARKDOWN.parseInline(line)[0])[0]


def leading_emphasis(token: Token) -> str:
    """The emphasised words a paragraph opens with ("*Being productive is no longer optional.*")."""
    words: list[str] = []
    depth = 0
    for child in token.children or []:
        if child.type in {"em_open", "strong_open"}:
            depth += 1
        elif child.type in {"em_close", "strong_close"}:
            depth -= 1
            if depth == 0:
                return "".join(words)
        elif depth:
            words.append(child.content if child.type in {"text", "code_inline"} else " ")
        elif child.type != "text" or child.content.strip():
            return ""
    return ""


def label_line(token: Token) -> str:
    """ "❤️**此仓库设计目的**" alone on a paragraph's first line, then a line break: the words of a
    first line set wholly in emphasis (after an emoji or other mark, kept), or ""."""
    words: list[str] = []
    depth = 0
    closed = False
    for child in token.children or []:
        kind = child.type
        if kind in {"softbreak", "hardbreak"}:
            return "".join(words) if closed else ""
        if closed and not (kind == "text" and not child.content.strip()):
            return ""  # more on the first line after the emphasis: a sentence that opens in bold
        if kind in {"em_open", "strong_open"}:
            depth += 1
        elif kind in {"em_close", "strong_close"}:
            depth -= 1
            closed = depth == 0
        elif depth and kind in {"text", "code_inline"}:
            words.append(child.content)
        elif depth or kind != "text" or re.search(r"\w", child.content):
            return ""  # a link or plain words on the line: not a label set apart
        else:
            words.append(child.content)  # "❤️": a mark before the label
    return ""


def after_label_line(text: str, label: str) -> str:
    """ "**Design goal**" or "❤️**此仓库设计目的**" on a line of its own above the paragraph's
    sentences: a label set in bold, heading what follows like a small heading, not words of it. A
    phrase of more than four words, or one that ends a sentence, is a tagline and stays; so does
    "**Note**", which makes what follows a notice."""
    if NOTICE_HEADING.match(label.strip()):
        return text
    words = label.split()
    short = len(words) <= 4 and len(CJK.findall(label)) <= 12 and not label.rstrip().endswith(tuple(".!?。！？"))
    # "**Blind Routing Protocol (BRP) · Black Hole Storage (BHS)**": a row of names set apart by
    # dots is a label however many words it adds up to.
    parts = re.split(r"\s[·•|]\s", label.strip())
    short = short or (len(parts) >= 2 and all(0 < len(part.split()) <= 5 for part in parts))
    rest = text[len(label) :].lstrip() if label and text.startswith(label) else ""
    return rest if short and is_sentence(rest) else text


def without_trailing_label(source: str, text: str) -> str:
    """ "Hazard detection system for scooter riders" / "Docs:": a label on the paragraph's last line
    heads what follows it (links set as paragraphs of their own), not the words above it."""
    lines = source.strip().split("\n")
    label = _LABEL_LINE.fullmatch(lines[-1].strip())
    if len(lines) < 2 or label is None or not text.rstrip().endswith(label.group(0)):
        return text
    return text.rstrip()[: -len(label.group(0))].rstrip()


# "Docs:", "Useful links:": up to three words and a colon, opening with a capital ("… a platform
# for the club that" / "facilitates:" is a sentence running on into its list).
_LABEL_LINE = re.compile(r"[A-Z]\w*(?: \w+){0,2}\s?[:：]")


def after_slogan(text: str, slogan: str) -> str:
    """ "*Being productive is no longer optional.* FateForger integrates Slack …": a slogan set in
    emphasis before the description in the same paragraph gives way to it. A name with a "!" in
    it, going on in lower case ("**Metronome!** is a highly customizable …"), is the sentence's
    subject, not a slogan before it."""
    rest = text[len(slogan) :] if slogan and text.startswith(slogan) else ""
    ends = slogan.rstrip().endswith((".", "!", "?", "。", "！", "？"))
    # "… is …" goes on the sentence; "— Santa Cruz, Bolivia." after a dash is the same line's tail.
    goes_on = rest.lstrip()[:1].islower() or rest.lstrip()[:1] in "—–―-"
    # "Sensor fusion → world model → inference → tasking": a pipeline drawn in arrows is a diagram
    # of the slogan, not a description to give way to.
    diagram = sum(rest.count(arrow) for arrow in ("→", "->", "⇒", "=>")) >= 2
    # "**A serverless, peer-to-peer collaborative table.** Your data lives in *your* browser …": a
    # kind of thing in bold says what the project is; what follows tells how it works.
    # "**Macro-aware C/C++ code pruner for LLM agents.**": a noun phrase naming what it is for, too.
    purpose = is_noun_tagline(slogan.strip()) and len(slogan.split()) >= 4 and " for " in slogan
    kind = bool(TAGLINE.match(slogan.lstrip())) or purpose
    return rest.strip() if ends and not goes_on and not diagram and not kind and len(rest.split()) >= 4 else text


def first_item(tokens: list[Token], start: int) -> str:
    """The words of the first item of the list that opens at `start`."""
    for token in tokens[start:]:
        if token.type == "inline":
            return inline_parts(token)[0]
        if token.type == "bullet_list_close":
            break
    return ""


def list_items(tokens: list[Token], start: int) -> list[str]:
    """The words of each item of the list that opens at `start`, nested lists left out."""
    items: list[str] = []
    depth = 0
    for token in tokens[start:]:
        if token.type == "bullet_list_open":
            depth += 1
        elif token.type == "bullet_list_close":
            depth -= 1
            if depth == 0:
                break
        elif token.type == "inline" and depth == 1:
            items.append(inline_parts(token)[0])
    return items


_SENTENCE_BREAK = "\u2029"  # where a <br> ends a sentence: a full stop once the line is joined


def _line_break(before: list[str], children: list[Token], index: int) -> str:
    """ "This repository contains the solutions to BOJ and Codeforces<br>The challenges can be found
    at": a line the author ended with <br> and no stop, before a line that opens with a capitalised
    word, ends a sentence; elsewhere a <br> is a space, as GitHub's line break is inside one.
    Only the nearest words on either side are looked at, so a paragraph of many <br> stays linear."""
    last = next((piece.rstrip() for piece in reversed(before) if piece.strip()), "")
    following = next(
        (
            children[at].content
            for at in range(index + 1, len(children))
            if children[at].type == "text" and children[at].content.strip()
        ),
        "",
    )
    ended_bare = re.search(r"[^\W_]$", last) is not None
    # "• Implemented CAD design …": a line that opens with a bullet typed as a character is a new item.
    return _SENTENCE_BREAK if ended_bare and re.match(r"\s*([•▪◦]\s*)?[A-Z][a-z]", following) else " "


def _footnote_mark(children: list[Token], index: int, parts: list[str]) -> bool:
    """ "Castanet[1] contains …" with "[1]: https://…" below: a link whose words are a number, set
    straight after a word, marks a note; its digits are no part of the sentence ("Castanet1")."""
    inside = 0 < index < len(children) - 1 and children[index - 1].type == "link_open"
    closed = inside and children[index + 1].type == "link_close"
    number = closed and re.fullmatch(r"\d{1,3}", children[index].content) is not None
    # The last character written so far, found without joining every piece on each number.
    before = next((piece[-1] for piece in reversed(parts) if piece), "")
    return number and before.isalnum()


def inline_parts(token: Token) -> tuple[str, str, str, bool]:
    """(plain text, the part inside links, the part inside emphasis, whether it is only code)."""
    parts: list[str] = []
    linked: list[str] = []
    emphasised: list[str] = []
    links = emphasis = 0
    code_only = True
    for index, child in enumerate(token.children or []):
        kind = child.type
        piece = ""
        if kind == "text" and _footnote_mark(token.children or [], index, parts):
            piece = ""
        elif kind == "text":
            piece = child.content
            code_only = code_only and not piece.strip()
        elif kind == "code_inline":
            piece = child.content
        elif kind in {"softbreak", "hardbreak"}:
            piece = "\n"  # kept a break, so tidying tells a wrapped Chinese line from a typed space
        elif kind == "link_open":
            links += 1
        elif kind == "link_close":
            links -= 1
        elif kind in {"em_open", "strong_open"}:
            emphasis += 1
        elif kind in {"em_close", "strong_close"}:
            emphasis -= 1
        # "</br>", a closing tag for an element that has none, is a line break to every browser.
        elif kind == "html_inline" and re.match(r"</?br\s*/?>", child.content, re.IGNORECASE):
            piece = _line_break(parts, token.children or [], index)
        elif kind == "html_inline" and re.match(r"<a[\s>]", child.content, re.IGNORECASE):
            links += 1  # "<a href=…><strong>Explore the docs »</strong></a>": a link written in HTML
        elif kind == "html_inline" and re.match(r"</a\s*>", child.content, re.IGNORECASE):
            links = max(links - 1, 0)
        # images and other inline HTML add no text
        parts.append(piece)
        if links:
            linked.append(piece)
        if emphasis:
            emphasised.append(piece)
    text = re.sub(r"\s*\u2029\s*", ". ", "".join(parts))
    return text, "".join(linked), "".join(emphasised), code_only and bool(text.strip())
