"""Markdown README → candidate paragraphs, walked token by token with markdown-it-py.

Headings, code, tables and lists (tables of contents) are passed over; each paragraph's scope is
recorded: the intro, the first section, an About-like one, or a later section read only when nothing
before it describes the project. Raw HTML blocks go to `readme_html`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from markdown_it.token import Token

from showcase.excerpt_headings import ABOUT, NOTICE_HEADING, SECTION_NOISE, is_about
from showcase.excerpt_openings import DESCRIPTION_LABEL
from showcase.excerpt_prose import is_line_list, is_sentence
from showcase.excerpt_quotations import signs_the_quotation
from showcase.excerpt_rules import is_notice, tidy
from showcase.excerpt_self import TAGLINE, speaks_of_itself
from showcase.excerpt_warnings import NOTICE, is_warning
from showcase.readme_blocks import Candidate, share
from showcase.readme_headings import (
    THE_PHRASE,
    after_name,
    h1_follows,
    is_long_h2_tagline,
    is_setup,
    is_subtitle,
    is_tagline_heading,
)
from showcase.readme_html import html_candidates
from showcase.readme_inline import (
    MARKDOWN,
    after_label_line,
    after_slogan,
    inline_parts,
    label_line,
    leading_emphasis,
    without_trailing_label,
)
from showcase.readme_leadins import joined_with_list
from showcase.readme_lines import described_among_lines
from showcase.readme_naming import bullet_says_what_it_is, named_in_setup, names_the_project, says_what_the_project_is

# "#Heading" with no space: a heading to GitHub's renderer before 2017 (and to the people who
# wrote such READMEs), text to CommonMark. Read as the heading it was meant to be.
_OLD_HEADING = re.compile(r"^(#{1,6})(?=[^#\s])", re.MULTILINE)


# "[![VersionBadge]][Releases]": a shortcut image inside a reference link is a badge too.
_REFERENCE_BADGE = re.compile(r"\[!\[[^\]\n]*\](\[[^\]\n]*\]|\([^)\n]*\))?\]\[[^\]\n]*\]|!\[[^\]\n]*\]\[[^\]\n]*\]")
_REFERENCE_LINK = re.compile(r"(?<![!\]\\])\[([^\[\]\n]+)\]\[([^\[\]\n]*)\]")
_DEFINITION = re.compile(r"^ {0,3}\[([^\]\n]+)\]:", re.MULTILINE)


# "== Section": an RDoc or AsciiDoc heading in a file named .md (Rails' generated READMEs).
_RDOC_HEADING = re.compile(r"^(={1,6})(?= \S)", re.MULTILINE)


def markdown_candidates(text: str) -> list[Candidate]:
    text = _RDOC_HEADING.sub(lambda m: "#" * len(m.group(1)), _OLD_HEADING.sub(r"\1 ", text))
    # Reference-style badges ("[![ci][]][ci link]") whose definitions sit past the part read show
    # as brackets; an image is never a description, so they go before parsing.
    text = _REFERENCE_BADGE.sub("", text)
    return _Walk(MARKDOWN.parse(_without_undefined_references(text))).candidates()


@dataclass
class _Walk:
    """One pass over a README's tokens, keeping where it is: inside which blocks, under which
    heading, in which section, and whether that section is read."""

    tokens: list[Token]
    found: list[Candidate] = field(default_factory=list)
    intro_items: list[Candidate] = field(default_factory=list)
    late: list[Candidate] = field(default_factory=list)
    depth: dict[str, int] = field(default_factory=lambda: {"list": 0, "table": 0, "blockquote": 0})
    numbered: int = 0  # ordered lists open: their items are steps ("1. Register an account"), never a description
    quote_notice: bool = False
    sections: int = 0  # level-2 headings seen: descriptions live in the intro, the first section or an "About"
    in_scope: bool = True
    about: bool = False  # in an About-like section ("## About", "## What is this?")
    in_notice: bool = False  # a notice runs on until the next heading, rule or picture
    notice_section: bool = False  # under a heading that makes its section a notice ("## Note")
    lead_in: bool = False  # the last paragraph ended with a colon: the list after it continues it
    title: str = ""  # the latest heading
    # Every heading since the last h1 or h2, siblings kept: once a section has had "### Install",
    # its later "### CLI tools" is read as part of the same setup (dropping siblings cost 2 tune).
    # An About-like heading ("### Game Overview") starts afresh under its h2.
    section: str = ""
    name: str = ""  # the first heading's first word: the project's name, as a bullet may open with it
    headings: int = 0
    setup: bool = False
    setup_level: int = 0  # the level of the setup heading whose subsections are read as setup too
    preamble: bool = False  # sections before the title ("## Support" over "# Snowflake Terraform Provider")
    # "<details>" still open: what GitHub shows collapsed is read only when nothing shown says more.
    collapsed: int = 0

    def candidates(self) -> list[Candidate]:
        for index, token in enumerate(self.tokens):
            self._nest(token.type, index)
            if token.type == "heading_open":
                self.title = inline_parts(self.tokens[index + 1])[0]
            if token.type in {"hr", "heading_open"}:
                self.notice_section = token.type == "heading_open" and bool(NOTICE_HEADING.match(self.title))
            if token.type in {"hr", "heading_open", "blockquote_close"}:
                # A quoted notice ends with its quote; a section under "## Taverna Project Retired"
                # runs on past a quote in it ("> tl;dr: … no longer maintained") to the next heading.
                self.in_notice = self.notice_section
                self.lead_in = False
            if token.type == "heading_open":
                self._heading(token, index)
            self._block(token, index)
        return self.found + self.intro_items[:1] + self.late

    def _nest(self, kind: str, index: int) -> None:
        if kind in {"bullet_list_open", "ordered_list_open"}:
            self.depth["list"] += 1
            self.numbered += kind == "ordered_list_open"
        elif kind in {"bullet_list_close", "ordered_list_close"}:
            self.depth["list"] -= 1
            self.numbered -= kind == "ordered_list_close"
        elif kind == "table_open":
            self.depth["table"] += 1
        elif kind == "table_close":
            self.depth["table"] -= 1
        elif kind == "blockquote_open":
            self.depth["blockquote"] += 1
            self.quote_notice = _quote_is_notice(self.tokens, index) or self._quotes_the_notice_above(index)
        elif kind == "blockquote_close":
            self.depth["blockquote"] -= 1

    def _quotes_the_notice_above(self, index: int) -> bool:
        """ "## PSA: NYU has implemented reCAPTCHA …" over "> The scraper … is in progress": a quote
        straight under a notice said as a heading goes on with it."""
        return index > 0 and self.tokens[index - 1].type == "heading_close" and bool(NOTICE.match(self.title))

    def _heading(self, token: Token, index: int) -> None:
        self.headings += 1
        self.name = self.name or (self.title.split() or [""])[0]
        self.section = self._section_of(token.tag)
        if self.preamble and token.tag == "h1":
            self.preamble = False  # the title after the preamble: headings count from here
            self.headings = 1
        self._setup_scope(token, index)
        # "## PSA: NYU has implemented reCAPTCHA …" over "# Schedge": a notice put first is a preamble too,
        # and so is a table of contents ("## Table of Contents" over "# gd-datamesh-tutorial").
        self.preamble = self.preamble or (
            (self.setup or bool(NOTICE.match(self.title) or _TABLE_OF_CONTENTS.match(self.title)))
            and self.headings == 1
            and token.tag != "h1"
            and h1_follows(self.tokens, index)
        )
        small = token.tag in {"h3", "h4", "h5", "h6"}
        if DESCRIPTION_LABEL.match(self.title) and not self.setup:
            # "##### 3.프로젝트 설명 : 가상의 치킨 프랜차이즈 그룹웨어 입니다.": a README of labelled
            # headings, one labelled as the description.
            self.found.append(Candidate(self.title, False, headings_before=self.headings))
        elif self.headings == 1 and is_sentence(self.title) and (small or self.title.rstrip().endswith((".", "。"))):
            # "###### Repositories for study in diverse programming languages", "# Reverse
            # engineered launcher for … with night mode and fuel statistics.": a first heading
            # set small, or ending with a full stop, the length of a sentence is a sentence
            # set in a heading's type, not a title.
            self.found.append(Candidate(after_name(self.title), False, headings_before=self.headings))
        elif self.headings == 1 and is_long_h2_tagline(token.tag, tidy(self.title)):
            # "## Frontend application for the movies surfing via TheMovieDataBase API" first, over
            # "## Techstack:": a tagline set as an h2, which a paragraph saying what the project is
            # outranks, as it does a slogan.
            self.found.append(Candidate(self.title, True, headings_before=self.headings))
        elif not self.setup and is_sentence(self.title) and speaks_of_itself(tidy(self.title)):
            # "The project is a web API for a service where students hand in homework" set as a
            # setext heading: the project saying what it is, in a heading's type.
            self.found.append(Candidate(self.title, False, headings_before=self.headings))
        elif small and says_what_the_project_is(self.title, self.name):
            # "#### nut-struct 是简易 STL 库，使用 RAII …" under "## 介绍": a small heading that names
            # the project and says what it is is a sentence set in a heading's type, even where its
            # words ("使用", use) read as a set-up section's.
            self.found.append(Candidate(self.title, False, headings_before=self.headings))
        elif (
            self.headings == 2 and not _has_text(self.found) and is_subtitle(self.tokens, index, self.title, self.name)
        ):
            # "### The Lineage Editing and Validation tool" may only spell out the name: a "The …"
            # subtitle gives way to a paragraph that says what the project is, as a slogan does.
            # So does a phrase with no article ("### Minimalistic Vulkan engine for fast prototyping."):
            # "### One CLI to rule them all." is a slogan over the paragraph that says what it is.
            tidied = tidy(self.title)
            weak = bool(THE_PHRASE.match(tidied)) or not (
                TAGLINE.match(tidied) or len(self.title.split()) > 8 or is_tagline_heading(self.tokens, index, tidied)
            )
            self.found.append(Candidate(self.title, weak, headings_before=self.headings))

    def _section_of(self, tag: str) -> str:
        """The headings a late paragraph is read under. "### Game Overview and How to Play" after
        "### Compilation Instructions": an About-like heading starts afresh under its h2, so a setup
        sibling before it does not make it setup too."""
        if tag in {"h1", "h2"}:
            return self.title
        above = self.section.split("\n", 1)[0] if ABOUT.search(self.title) else self.section
        return f"{above}\n{self.title}"

    def _setup_scope(self, token: Token, index: int) -> None:
        level = int(token.tag[1])
        if self.setup_level and level > self.setup_level and not ABOUT.search(self.title):
            self.setup = True  # "# Installing" / "## Create the database first": still setting up
            return
        # An h2 under text already read ("Welcome to … on GitHub." then "## Support") is a
        # section of a README without a title, not its title.
        may_be_title = token.tag == "h1" or not (h1_follows(self.tokens, index) or _has_text(self.found))
        self.setup = is_setup(self.title, token.tag, self.headings, self.headings > 1 or may_be_title)
        self.setup_level = level if self.setup else 0

    def _block(self, token: Token, index: int) -> None:
        kind = token.type
        paragraph = kind == "inline" and self.tokens[index - 1].type == "paragraph_open"
        # An h1 after other headings ("# Submitting your tasks" below "## Exercises") starts a section
        # as an h2 does.
        starts_section = token.tag == "h2" or (token.tag == "h1" and self.headings > 1)
        if kind == "heading_open" and starts_section and not self.preamble:
            self.sections += 1
            self.about = is_about(self.title)
            self.in_scope = self.sections <= 1 or self.about
        elif not self.in_scope:
            if paragraph and not self.setup and not any(self.depth.values()) and not is_line_list(token.content):
                self.late.append(Candidate(inline_parts(token)[0], False, late_section=self.section))
        elif paragraph:
            self._paragraph(token, index)
        elif kind == "code_block" and not any(self.depth.values()) and _indented_prose(token.content):
            # "Project goal\n\n      To build a USB MIDI synth …": a paragraph indented by accident
            # is a code block to Markdown, but its words are still the author's sentences.
            self.found.append(Candidate(" ".join(token.content.split()), False, headings_before=self.headings))
        elif kind == "html_block":
            self._collapse(token.content)
            found = html_candidates(token.content)
            if not found:
                self.in_notice = False  # a block of pictures sets a notice apart, as a picture does
            self.found.extend(replace(c, headings_before=self.headings) for c in found)

    def _collapse(self, html: str) -> None:
        opened = len(_DETAILS_OPEN.findall(html)) - len(_DETAILS_CLOSE.findall(html))
        self.collapsed = max(0, self.collapsed + opened)

    def _paragraph(self, token: Token, index: int) -> None:
        if self.depth["list"] and not self.setup and DESCRIPTION_LABEL.match(token.content):
            # "- Description: Cross-platform 3D scene editor …" in a list of facts about the
            # project: the item that says what it is, wherever the list sits.
            self.found.append(Candidate(inline_parts(token)[0], False, headings_before=self.headings))
        elif self.depth["list"] and not (self.setup or self.depth["table"] or self.depth["blockquote"]):
            # "## Introduce" over "1. 这是一个Java学习笔记仓库，…": under an About heading a numbered
            # item may say what the project is too; elsewhere numbers mark steps.
            about = self.about and bullet_says_what_it_is(token.content, self.name)
            if about or not (self.sections or self.numbered):
                self._intro_item(token)
        elif self.setup and not any(self.depth.values()) and named_in_setup(token.content, self.title, self.name):
            # "## Yarrow - Getting Started" then "Yarrow is a lightweight Java library for …": a
            # set-up section that opens by saying what the project is, under a heading naming it.
            self.found.append(Candidate(inline_parts(token)[0], False, headings_before=self.headings))
        elif not (self.depth["list"] or self.depth["table"] or self.setup):
            if not is_line_list(token.content):
                self._text(token, index)
            elif described := described_among_lines(token.content, self.name):
                self.found.append(Candidate(described, False, headings_before=self.headings))

    def _intro_item(self, token: Token) -> None:
        """A bullet under the title: the description of READMEs written as lists; under an About
        heading, one that opens as a noun phrase ("## About\\n- An open source MP3 Player for
        Android.", not a template's "- Breve descripción del propósito …"). Used only when no
        paragraph reads as one (appended last, as a fallback)."""
        text, linked, _, code_only = inline_parts(token)
        # "… developers who need to:" then "understand the existing infrastructure,": the items
        # of a lead-in are the pieces of its sentence, never a description.
        if self.lead_in:
            return
        if self.about and speaks_of_itself(text):
            # "## Introduce" over "1. 这是一个Java学习笔记仓库，…": an item under About that says "this is
            # a …" is the description as a paragraph would be, not a fallback.
            self.found.append(Candidate(text, False, headings_before=self.headings, link_share=share(linked, text)))
            return
        # Where it sits counts as a paragraph's does: past a generator's line, its manual's list is the
        # generator's too.
        self.intro_items.append(
            Candidate(text, True, link_share=share(linked, text), code_only=code_only, headings_before=self.headings)
        )

    def _text(self, token: Token, index: int) -> None:
        text, linked, emphasised, code_only = inline_parts(token)
        text = without_trailing_label(token.content, text)
        self.lead_in = text.rstrip().endswith((":", "："))
        slogan = leading_emphasis(token)
        # "**v2.0.0 — renamed from `icom-lan`.** The package … now ship as rigplane.": news set in
        # bold makes the whole paragraph news; it is not a slogan to pass over.
        if not names_the_project(slogan, self.name) and not is_notice(tidy(slogan)):
            text = after_slogan(text, slogan)
        label = label_line(token)
        text = after_label_line(text, label)
        if _names_a_setup_section(label):
            # "****Running the System****" over "Run `mvn clean compile package` …": a bold line naming
            # a setup section heads one, as "## Running the System" would.
            self.late.append(Candidate(text, False, late_section=label.strip()))
            return
        text = joined_with_list(text, self.tokens, index, self.name, not _has_text(self.found))
        quoted = self.depth["blockquote"] > 0
        if quoted:
            # "> [!NOTE]" over the words: GitHub draws the marker as the alert's title, not as text. (A
            # "[!WARNING]" or "[!CAUTION]" keeps it: what a warning says is never the description.)
            text = _ALERT_MARKER.sub("", text, count=1)
        if not text.strip() and not quoted:
            self.in_notice = False  # a picture between them sets the notice apart from what follows
        if self.in_notice and says_what_the_project_is(text, self.name or _own_name(text)):
            self.in_notice = False  # "NOTE: … no longer developed." then "Hummingbird is a … system": a new start
        warning = not quoted and is_warning(tidy(text))
        self.found.append(
            Candidate(
                text,
                (quoted and self.quote_notice) or self.in_notice or warning or self.collapsed > 0,
                link_share=share(linked, text),
                emphasis_share=share(emphasised, text),
                code_only=code_only,
                headings_before=self.headings,
            )
        )
        # A note set wholly in bold ("**Note: first-time users should build joern instead.**") is
        # complete in itself; one in plain type may run on ("… maintenance-only mode.", then
        # "generally you want to use pre-commit.ci …").
        self.in_notice = self.in_notice or (warning and share(emphasised, text) < 0.9)


_ALERT_MARKER = re.compile(r"^\s*\[!(note|tip|important)\]\s*", re.IGNORECASE)


def _names_a_setup_section(label: str) -> bool:
    words = label.strip(" :*_").split()
    return 0 < len(words) <= 4 and bool(SECTION_NOISE.search(label)) and not ABOUT.search(label)


_DETAILS_OPEN = re.compile(r"<details\b", re.IGNORECASE)
_DETAILS_CLOSE = re.compile(r"</details\s*>", re.IGNORECASE)
# "## Table of Contents", "## Contents", "## 目录", "## Índice": a list of the sections below.
_TABLE_OF_CONTENTS = re.compile(
    r"^\W*(table of contents|contents|toc|índice|indice|sommaire|inhalt(sverzeichnis)?|содержание|目录|目錄|目次|목차)\W*$",
    re.IGNORECASE,
)


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


def _indented_prose(content: str) -> bool:
    """Sentences, not code: ends with a full stop, no brackets, operators or shell prompts."""
    text = " ".join(content.split())
    return text.endswith((".", "。")) and not re.search(r"[{}\[\]<>=;$#|\\`]|\(\)|^\W|::|->|//", text)


def _own_name(text: str) -> str:
    """ "Furnace is a property graph algorithms package …" in a README with no heading: the word a
    paragraph opens with may be the project's name; "This", "It" and "There" never are."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return "" if first.lower() in {"this", "it", "that", "there", "here"} else first


def _quote_is_notice(tokens: list[Token], start: int) -> bool:
    """A blockquote that is a notice ("> **Note**") or a quotation with an attribution ("— Name")."""
    depth = 0
    first = True
    for token in tokens[start:]:
        depth += token.nesting if token.type.startswith("blockquote") else 0
        if depth == 0:
            break
        if token.type == "inline":
            if first and (is_notice(inline_parts(token)[0]) or NOTICE.match(token.content)):
                return True
            first = False
            lines = token.content.split("\n")
            if any(signs_the_quotation(line) for line in lines):
                return True
    return False
