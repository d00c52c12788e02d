"""Markdown README → candidate paragraphs, walked token by token with markdown-it-py.

Headings, code, tables and lists (tables of contents) are passed over; each paragraph's scope is
recorded: the intro, the first section, an About-like one, or a later section read only when nothing
before it describes the project. Raw HTML blocks go to `readme_html`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from markdown_it import MarkdownIt
from markdown_it.token import Token

from showcase.excerpt_openings import DESCRIPTION_LABEL
from showcase.excerpt_prose import is_line_list, is_sentence
from showcase.excerpt_rules import (
    ABOUT,
    ATTRIBUTION,
    CJK,
    NOTICE,
    NOTICE_HEADING,
    OBLIGATION,
    SECTION_NOISE,
    TAGLINE,
    is_about,
    is_notice,
    is_noun_tagline,
    is_warning,
    tidy,
)
from showcase.readme_blocks import Candidate, share
from showcase.readme_html import html_candidates

_md = MarkdownIt("commonmark").enable(["table", "strikethrough"])


# "#Heading" with no space: a heading to GitHub's renderer before 2017 (and to the people who
# wrote such READMEs), text to CommonMark. Read as the heading it was meant to be.
_OLD_HEADING = re.compile(r"^(#{1,6})(?=[^#\s])", re.MULTILINE)


_REFERENCE_BADGE = re.compile(r"\[!\[[^\]\n]*\](\[[^\]\n]*\]|\([^)\n]*\))\]\[[^\]\n]*\]|!\[[^\]\n]*\]\[[^\]\n]*\]")
_REFERENCE_LINK = re.compile(r"(?<![!\]\\])\[([^\[\]\n]+)\]\[([^\[\]\n]*)\]")
_DEFINITION = re.compile(r"^ {0,3}\[([^\]\n]+)\]:", re.MULTILINE)


# "== Section": an RDoc or AsciiDoc heading in a file named .md (Rails' generated READMEs).
_RDOC_HEADING = re.compile(r"^(={1,6})(?= \S)", re.MULTILINE)


def markdown_candidates(text: str) -> list[Candidate]:
    text = _RDOC_HEADING.sub(lambda m: "#" * len(m.group(1)), _OLD_HEADING.sub(r"\1 ", text))
    # Reference-style badges ("[![ci][]][ci link]") whose definitions sit past the part read show
    # as brackets; an image is never a description, so they go before parsing.
    text = _REFERENCE_BADGE.sub("", text)
    tokens = _md.parse(_without_undefined_references(text))
    candidates: list[Candidate] = []
    depth = {"list": 0, "table": 0, "blockquote": 0}
    numbered = 0  # ordered lists open: their items are steps ("1. Register an account"), never a description
    quote_notice = False
    sections = 0  # level-2 headings seen: descriptions live in the intro, the first section or an "About"
    in_scope = True
    about = False  # in an About-like section ("## About", "## What is this?")
    in_notice = False  # a notice runs on until the next heading, rule or picture
    lead_in = False  # the last paragraph ended with a colon: the list after it continues it
    intro_items: list[Candidate] = []
    late: list[Candidate] = []
    title = section = ""  # the latest heading; the section's headings from its h2 down
    name = ""  # the first heading's first word: the project's name, as a bullet may open with it
    headings = 0
    setup = False
    setup_level = 0  # the level of the setup heading whose subsections are read as setup too
    preamble = False  # sections before the title ("## Support" over "# Snowflake Terraform Provider")
    for index, token in enumerate(tokens):
        kind = token.type
        if kind in {"bullet_list_open", "ordered_list_open"}:
            depth["list"] += 1
            numbered += kind == "ordered_list_open"
        elif kind in {"bullet_list_close", "ordered_list_close"}:
            depth["list"] -= 1
            numbered -= kind == "ordered_list_close"
        elif kind == "table_open":
            depth["table"] += 1
        elif kind == "table_close":
            depth["table"] -= 1
        elif kind == "blockquote_open":
            depth["blockquote"] += 1
            quote_notice = _quote_is_notice(tokens, index)
        elif kind == "blockquote_close":
            depth["blockquote"] -= 1
        if kind == "heading_open":
            title = _inline_parts(tokens[index + 1])[0]
        if kind in {"hr", "heading_open", "blockquote_close"}:
            in_notice = kind == "heading_open" and bool(NOTICE_HEADING.match(title))
            lead_in = False
        if kind == "heading_open":
            headings += 1
            name = name or (title.split() or [""])[0]
            section = title if token.tag in {"h1", "h2"} else f"{section}\n{title}"
            if preamble and token.tag == "h1":
                preamble = False  # the title after the preamble: headings count from here
                headings = 1
            level = int(token.tag[1])
            if setup_level and level > setup_level and not ABOUT.search(title):
                setup = True  # "# Installing" / "## Create the database first": still setting up
            else:
                # An h2 under text already read ("Welcome to … on GitHub." then "## Support") is a
                # section of a README without a title, not its title.
                may_be_title = token.tag == "h1" or not (_h1_follows(tokens, index) or _has_text(candidates))
                setup = _is_setup(title, headings, headings > 1 or may_be_title)
                setup_level = level if setup else 0
            preamble = preamble or (setup and headings == 1 and token.tag != "h1" and _h1_follows(tokens, index))
            small = token.tag in {"h3", "h4", "h5", "h6"}
            if headings == 1 and is_sentence(title) and (small or title.rstrip().endswith((".", "。"))):
                # "###### Repositories for study in diverse programming languages", "# Reverse
                # engineered launcher for … with night mode and fuel statistics.": a first heading
                # set small, or ending with a full stop, the length of a sentence is a sentence
                # set in a heading's type, not a title.
                candidates.append(Candidate(_after_name(title), False, headings_before=headings))
            elif headings == 2 and not _has_text(candidates) and _is_subtitle(tokens, index, title):
                candidates.append(Candidate(title, False, headings_before=headings))
        # An h1 after other headings ("# Submitting your tasks" below "## Exercises") starts a section
        # as an h2 does.
        if kind == "heading_open" and (token.tag == "h2" or (token.tag == "h1" and headings > 1)) and not preamble:
            sections += 1
            about = is_about(title)
            in_scope = sections <= 1 or about
        elif not in_scope:
            paragraph = kind == "inline" and tokens[index - 1].type == "paragraph_open"
            if paragraph and not setup and not any(depth.values()) and not is_line_list(token.content):
                late.append(Candidate(_inline_parts(token)[0], False, late_section=section))
            continue
        elif kind == "inline" and tokens[index - 1].type == "paragraph_open":
            if depth["list"] and not setup and DESCRIPTION_LABEL.match(token.content):
                # "- Description: Cross-platform 3D scene editor …" in a list of facts about the
                # project: the item that says what it is, wherever the list sits.
                candidates.append(Candidate(_inline_parts(token)[0], False, headings_before=headings))
                continue
            if (
                depth["list"]
                and not (numbered or setup or depth["table"] or depth["blockquote"])
                and (not sections or (about and _says_what_it_is(token.content, name)))
            ):
                # A bullet under the title: the description of READMEs written as lists; under an
                # About heading, one that opens as a noun phrase ("## About\n- An open source MP3
                # Player for Android.", not a template's "- Breve descripción del propósito …").
                # Used only when no paragraph reads as one (appended last, as a fallback).
                text, linked, _, code_only = _inline_parts(token)
                # "… developers who need to:" then "understand the existing infrastructure,": the items
                # of a lead-in are the pieces of its sentence, never a description.
                if not lead_in:
                    intro_items.append(Candidate(text, True, link_share=share(linked, text), code_only=code_only))
                continue
            if depth["list"] or depth["table"] or setup or is_line_list(token.content):
                continue
            text, linked, emphasised, code_only = _inline_parts(token)
            lead_in = text.rstrip().endswith((":", "："))
            text = _after_slogan(text, _leading_emphasis(token))
            if OFFERS.search(text) and tokens[index + 2].type == "bullet_list_open":
                # "This Jekyll plugin adds:" over a list: the lead-in and its first item are one
                # sentence ("This Jekyll plugin adds a generator for favicons …").
                text = f"{text.rstrip()[:-1].rstrip()} {_first_item(tokens, index + 2)}"
            elif _names_the_list(text, tokens, index) and not _has_text(candidates):
                text = text.rstrip()[:-1].rstrip()
            if not text.strip() and not depth["blockquote"]:
                in_notice = False  # a picture between them sets the notice apart from what follows
            warning = not depth["blockquote"] and is_warning(tidy(text))
            candidates.append(
                Candidate(
                    text,
                    (depth["blockquote"] > 0 and quote_notice) or in_notice or warning,
                    link_share=share(linked, text),
                    emphasis_share=share(emphasised, text),
                    code_only=code_only,
                    headings_before=headings,
                )
            )
            # A note set wholly in bold ("**Note: first-time users should build joern instead.**") is
            # complete in itself; one in plain type may run on ("… maintenance-only mode.", then
            # "generally you want to use pre-commit.ci …").
            in_notice = in_notice or (warning and share(emphasised, text) < 0.9)
        elif kind == "code_block" and in_scope and not any(depth.values()) and _indented_prose(token.content):
            # "Project goal\n\n      To build a USB MIDI synth …": a paragraph indented by accident
            # is a code block to Markdown, but its words are still the author's sentences.
            candidates.append(Candidate(" ".join(token.content.split()), False, headings_before=headings))
        elif kind == "html_block":
            found = html_candidates(token.content)
            if not found:
                in_notice = False  # a block of pictures sets a notice apart, as a picture does
            candidates.extend(replace(c, headings_before=headings) for c in found)
    return candidates + intro_items[:1] + late


def _has_text(candidates: list[Candidate]) -> bool:
    """Whether any words were read yet (a picture or badge row is a candidate without them)."""
    return any(c.text.strip() for c in candidates)


def _without_undefined_references(text: str) -> str:
    """ "[`SwedbankPay.Sdk`][nuget] is a library …": a reference link whose definition sits past the
    part read would show its brackets; its words are what the author wrote, so they stay."""
    defined = {label.strip().lower() for label in _DEFINITION.findall(text)}

    def words(link: re.Match[str]) -> str:
        label = (link.group(2) or link.group(1)).strip().lower()
        return link.group(0) if label in defined else link.group(1)

    return _REFERENCE_LINK.sub(words, text)


def _names_the_list(text: str, tokens: list[Token], index: int) -> bool:
    """ "Минимальный скелет магазина:" over a list of its parts: a noun phrase of three words or more
    that leads into a bullet list names what the items make up."""
    lead_in = text.rstrip().endswith((":", "：")) and len(text.split()) >= 3
    listed = index + 2 < len(tokens) and tokens[index + 2].type == "bullet_list_open"
    return lead_in and listed and is_noun_tagline(text.rstrip()[:-1]) and not OBLIGATION.search(text)


def _is_subtitle(tokens: list[Token], index: int, title: str) -> bool:
    """ "# **HIYAS NG SALITA**" then "## _A Web-Based Filipino Word Puzzle Game_": a smaller heading
    straight under the title that opens as a noun phrase of four words or more is its subtitle, not
    a section ("## An overview", "## A Quick Start Guide" are sections)."""
    above = tokens[index - 1]
    straight_under = above.type == "heading_close" and int(above.tag[1]) < int(tokens[index].tag[1])
    words = len(title.split())
    named_section = bool(SECTION_NOISE.search(title) or ABOUT.search(title))
    return straight_under and words >= 4 and bool(TAGLINE.match(tidy(title))) and not named_section


def _says_what_it_is(bullet: str, name: str) -> bool:
    """A bullet under an About heading that is the description: one that opens as a noun phrase, in
    Korean, Chinese or Japanese (which open with no article) any, or one that opens with the
    project's name ("- FlashCard-App (Flashly) là ứng dụng Android …")."""
    words = bullet.split()
    opening = words[0].strip("*_`[]()").lower() if words else ""
    named = len(name) > 2 and opening == name.strip("*_`").lower() and len(words) > 2
    return bool(TAGLINE.match(bullet) or CJK.search(bullet)) or named


def _is_setup(title: str, headings: int, may_be_title: bool) -> bool:
    """ "# Prerequisite", "## Нужно установить flatpak": what follows says how to set it up, or who
    supports it. The first heading is a title, unless it is a section's few words set below an h1
    that follows ("## Support" over "# Snowflake Terraform Provider"): a preamble, not the intro."""
    if ABOUT.search(title) or not SECTION_NOISE.search(title):
        return False
    return (
        headings > 1
        or bool(_SETUP_TITLE.fullmatch(title.strip(" :*_`#")))
        or not (may_be_title or len(title.split()) > 3)
    )


# A heading that is only a setup section's name ("### quickstart", "## Installation") is never a
# README's title, even first.
_SETUP_TITLE = re.compile(
    r"(quick ?start|getting started|install(ation|ing)?|setup|set ?up|usage|how to (use|run)|running|build(ing)?"
    r"|requirements|prerequisites|dependencies|development|deploy(ment|ing)?)",
    re.IGNORECASE,
)


def _h1_follows(tokens: list[Token], start: int) -> bool:
    return any(token.type == "heading_open" and token.tag == "h1" for token in tokens[start + 1 :])


# A lead-in that ends on what the project does, waiting for the list below to say what.
OFFERS = re.compile(
    r"\b(adds|provides|includes|offers|supports|contains|lets you|allows you to|helps you)\s*[:：]\s*$",
    re.IGNORECASE,
)


def _leading_emphasis(token: Token) -> str:
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


def _after_slogan(text: str, slogan: str) -> str:
    """ "*Being productive is no longer optional.* FateForger integrates Slack …": a slogan set in
    emphasis before the description in the same paragraph gives way to it."""
    rest = text[len(slogan) :] if slogan and text.startswith(slogan) else ""
    ends = slogan.rstrip().endswith((".", "!", "?", "。", "！", "？"))
    return rest.strip() if ends and len(rest.split()) >= 4 else text


def _first_item(tokens: list[Token], start: int) -> str:
    """The words of the first item of the list that opens at `start`."""
    for token in tokens[start:]:
        if token.type == "inline":
            return _inline_parts(token)[0]
        if token.type == "bullet_list_close":
            break
    return ""


def _indented_prose(content: str) -> bool:
    """Sentences, not code: ends with a full stop, no brackets, operators or shell prompts."""
    text = " ".join(content.split())
    return text.endswith((".", "。")) and not re.search(r"[{}\[\]<>=;$#|\\`]|\(\)|^\W|::|->|//", text)


def _after_name(heading: str) -> str:
    """ "PageRegexFile - Convert page source using Regex into text file.": the sentence after the name."""
    match = re.match(r"^\S+(\s\S+){0,2}\s+[-–—:|]\s+(?=\S)", heading)
    rest = heading[match.end() :] if match else ""
    return rest if is_sentence(rest) else heading


def _quote_is_notice(tokens: list[Token], start: int) -> bool:
    """A blockquote that is a notice ("> **Note**") or a quotation with an attribution ("— Name")."""
    depth = 0
    first = True
    for token in tokens[start:]:
        depth += token.nesting if token.type.startswith("blockquote") else 0
        if depth == 0:
            break
        if token.type == "inline":
            if first and (is_notice(_inline_parts(token)[0]) or NOTICE.match(token.content)):
                return True
            first = False
            if any(ATTRIBUTION.match(line) for line in token.content.split("\n")):
                return True
    return False


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
    return _SENTENCE_BREAK if ended_bare and re.match(r"\s*[A-Z][a-z]", following) else " "


def _inline_parts(token: Token) -> tuple[str, str, str, bool]:
    """(plain text, the part inside links, the part inside emphasis, whether it is only code)."""
    parts: list[str] = []
    linked: list[str] = []
    emphasised: list[str] = []
    links = emphasis = 0
    code_only = True
    for index, child in enumerate(token.children or []):
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
