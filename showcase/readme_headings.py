"""What a Markdown heading is, beside a section's name: a setup section's, a title's subtitle, a
sentence set in a heading's type. `readme_markdown` walks the headings; this says what each is.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from showcase.excerpt_headings import ABOUT, NAME_STORY, SECTION_NOISE
from showcase.excerpt_prose import is_sentence
from showcase.excerpt_rules import CJK, tidy
from showcase.excerpt_self import TAGLINE, speaks_of_itself
from showcase.excerpt_taglines import is_noun_tagline


def is_subtitle(tokens: list[Token], index: int, title: str, name: str = "") -> bool:
    """ "# **HIYAS NG SALITA**" then "## _A Web-Based Filipino Word Puzzle Game_": a smaller heading
    straight under the title that opens as a noun phrase of four words or more is its subtitle, not
    a section ("## An overview", "## A Quick Start Guide" are sections)."""
    at = _above_index(tokens, index)
    straight_under = at is not None and int(tokens[at].tag[1]) < int(tokens[index].tag[1])
    words = len(title.split())
    # "## A Quick Start Guide" names a section; "### ⚡ The Modern, High-Performance Blog Platform Built
    # for Developers" (Athenavi/fast_blog) runs too long to be one, whatever words it holds.
    named_section = bool(SECTION_NOISE.search(title) or ABOUT.search(title)) and words <= 6
    # "### Nova Blocks is a collection of distinctive Gutenberg blocks, … star.": a sentence with
    # its full stop, set in a heading's type, is the description whatever words it holds; a short
    # one is a slogan ("### One CLI to rule them all.").
    sentence = words > 8 and is_sentence(title) and title.rstrip().endswith((".", "。"))
    tidied = tidy(title)
    # "#### Pukeko goes in the wild, create tailored wordlists …" under "## Pukeko": a sentence that
    # opens with the project's name says what it does, with a full stop or without.
    opening = tidied.split()[:2]
    named = (
        words > 8
        and len(opening) == 2
        and opening[0].lower() == name.lower()
        and opening[1].isalpha()
        and opening[1].islower()  # "Pukeko goes …", not "Liberu Accounting — open-source …"
    )
    # "### Minimalistic Vulkan engine for fast prototyping.": a noun phrase with its full stop, or
    # set small, as a tagline is.
    ended = title.rstrip().endswith(".") and is_noun_tagline(tidied)
    phrase = ended or _tagline_heading(tokens, index, tidied, at)
    tagline = bool(TAGLINE.match(tidied) or THE_PHRASE.match(tidied)) or phrase
    # "#### ORM-like API MongoDB for Rust": a phrase set small saying what it is for names no
    # section, whatever section word ("API") it holds.
    purpose = phrase and " for " in f" {tidied.lower()} "
    # "## 验证规则集合，可直接用于vue-element-ui中的rules" under "# validing": a Chinese phrase of eight
    # characters or more that names a kind of thing or a use is a tagline; sections are named short,
    # and a motto ("天行健，君子以自强不息") names neither.
    cjk = len(CJK.findall(tidied)) >= _CJK_TAGLINE_CHARS and bool(_CJK_KIND.search(tidied)) and not named_section
    return straight_under and (sentence or named or cjk or (words >= 4 and tagline and (purpose or not named_section)))


_CJK_TAGLINE_CHARS = 8
_CJK_KIND = re.compile(
    r"用于|工具|框架|系统|平台|插件|组件|集合|应用|程序|库"
    # "### 학창 시절 작성하던 롤링페이퍼를 … 작성할 수 있는 웹 사이트": the same kinds in Korean and Japanese.
    r"|웹 ?사이트|서비스|애플리케이션|어플리케이션|플랫폼|시스템|프로그램|라이브러리|프레임워크|플러그인"
    r"|ツール|アプリ|システム|ライブラリ|サービス|フレームワーク|プラグイン|サイト"
)


def is_tagline_heading(tokens: list[Token], index: int, tidied: str) -> bool:
    """A noun phrase set small (h4–h6), or set in an h3 straight under a title of one word, a name
    ("### React accordion component with customizable flexbox header" under "#
    react-accordion-with-header"): the project's tagline, not a section's name."""
    return _tagline_heading(tokens, index, tidied, _above_index(tokens, index))


def _tagline_heading(tokens: list[Token], index: int, tidied: str, above: int | None) -> bool:
    """`is_tagline_heading`, given where the heading above closes (`_above_index`)."""
    if is_small_phrase(tokens[index].tag, tidied):
        return True
    one_word_title = above is not None and above > 0 and len(tokens[above - 1].content.split()) == 1
    if not one_word_title:
        return False
    # "## Sistema de gerenciamento de IP's para o CEI (…)" under "# Trabalho-Eng-de-Software-25-2":
    # an h2 as long as a tagline under a title that is only the name says what it names.
    # It names a kind of thing and what it is for or of: "## Horizontal/Vertical ListView, GridView,
    # ViewPager, and GridPatternView" lists names, "## Best Open Source Project - 2016 Innovation
    # Showcase" an award.
    tag = tokens[index].tag
    return (tag == "h3" and is_noun_tagline(tidied)) or is_long_h2_tagline(tag, tidied)


def is_long_h2_tagline(tag: str, tidied: str) -> bool:
    """ "## Frontend application for the movies surfing via TheMovieDataBase API": an h2 as long as a
    tagline that names a kind of thing and what it is for or of."""
    long_enough = len(tidied.split()) >= _LONG_H2_TAGLINE
    return tag == "h2" and long_enough and bool(_FOR_OR_OF.search(tidied)) and is_noun_tagline(tidied)


_LONG_H2_TAGLINE = 6  # words; "## Sobre o projeto", "## Project setup" name sections
_FOR_OR_OF = re.compile(r"\b(for|para|pour|für|per|voor|för|de|di|del|du|des)\b", re.IGNORECASE)


def is_small_phrase(tag: str, tidied: str) -> bool:
    """ "###### Real-time web quiz application" under "# Tusky": a kind of thing (no verb before its
    first clause) in a heading set small is a tagline, not a section's name."""
    return tag in {"h4", "h5", "h6"} and is_noun_tagline(tidied)


def _above_index(tokens: list[Token], index: int) -> int | None:
    """Where the heading straight above `tokens[index]` closes, past blocks of pictures with no
    words (a photo in an HTML link between "# Guanaco" and its "## A cute and cuddly … engine");
    else None."""
    at = index - 1
    while at >= 0:  # a loop, not recursion: a README may hold thousands of pictures in a row
        if _only_pictures(tokens[at]):
            at -= 1  # an HTML block of pictures
        elif at >= 2 and tokens[at].type == "paragraph_close" and _only_pictures(tokens[at - 1]):
            at -= 3  # a paragraph of pictures: its close, its words, its open
        else:
            break
    return at if at >= 0 and tokens[at].type == "heading_close" else None


def _only_pictures(token: Token) -> bool:
    if token.type == "html_block":
        return not re.sub(r"<[^<>]*>", "", token.content).strip()
    if token.type == "inline":
        kinds = {child.type for child in token.children or []}
        texts = "".join(child.content for child in token.children or [] if child.type == "text")
        return "image" in kinds and not texts.strip()
    return False


def is_setup(title: str, tag: str, headings: int, may_be_title: bool) -> bool:
    """A heading that starts a section about setting the project up, or about one part of its code
    ("## Frontend" below the title)."""
    bare = title.strip(" :*_`#")
    return (
        _is_setup(title, headings, may_be_title)
        or (tag != "h1" and bool(_CODE_PART.fullmatch(bare)))
        or (headings > 1 and bool(NAME_STORY.search(title)))  # its paragraphs tell of the name
        # "### Plot Summary", "## Lore": a game's or a book's story, told; "### The Problem": what is
        # wrong without the project. Neither is what the project is.
        or (headings > 1 and bool(_STORY.fullmatch(bare) or _PROBLEM.fullmatch(bare)))
        # "## 1. Preprocessing", "## Step 2: Scoring": one step of a pipeline, not what it is for.
        # "## 1. What it is", "## 1. AlgoSim là gì?" answer what it is, numbered or not.
        or (headings > 1 and bool(_NUMBERED_STEP.match(title)) and not (ABOUT.search(title) or _ASKS.search(title)))
    )


_STORY = re.compile(r"(the )?(plot|story|storyline|lore|backstory|premise)( summary| overview)?", re.IGNORECASE)
_PROBLEM = re.compile(r"(the )?(problem|challenge|pain points?)( statement)?", re.IGNORECASE)
# "## Step 2: Scoring", and the same word abroad: "### Langkah 1: Install Node.js", "## Paso 2: …", "## Шаг 3: …".
_NUMBERED_STEP = re.compile(
    r"^\W*((step|langkah|paso|passo|étape|etape|schritt|stap|steg|krok|ad\u0131m|bước|шаг|крок)\s*)?\d+\s*[.):]\s*\w"
    r"|^\W*(步骤|ステップ|단계)\s*\d+",
    re.IGNORECASE,
)
_ASKS = re.compile(r"what (it|this) is|[?？]\W*$", re.IGNORECASE)


def _is_setup(title: str, headings: int, may_be_title: bool) -> bool:
    """ "# Prerequisite", "## Нужно установить flatpak": what follows says how to set it up, or who
    supports it. The first heading is a title, unless it is a section's few words set below an h1
    that follows ("## Support" over "# Snowflake Terraform Provider"): a preamble, not the intro."""
    if ABOUT.search(title) or not SECTION_NOISE.search(title) or _SAID_AS_A_NOTE.match(title):
        return False
    if speaks_of_itself(tidy(title)):
        return False  # "Проект представляет собой web api для сервиса …": what it is, whatever its words
    if headings == 2 and _ARTICLE_PHRASE.match(_NAME_BEFORE.sub("", title.strip(" :*_`#"))) and len(title.split()) >= 5:
        # "## The first REST API framework for Java" under the title, "# Plum. A Hydra head to support
        # digitization workflows" under a notice: a tagline, not "API" or "support".
        return False
    if headings == 2 and len(title.split()) >= _KIND_FOR_WORDS and _KIND_FOR.search(title):
        # "## Javascript Wrapper and Helper Functions for the NHTSA VPIC API": a kind of thing and what
        # it is for, under the title, is a tagline however it ends.
        return False
    return (
        headings > 1
        or bool(_SETUP_TITLE.fullmatch(title.strip(" :*_`#")))
        or not (may_be_title or len(title.split()) > 3)
    )


_ARTICLE_PHRASE = re.compile(r"(the|a|an) ", re.IGNORECASE)
_KIND_FOR = re.compile(
    r"\b(wrappers?|bindings|library|client|sdk|framework|toolkit|plugin|extension|helpers?|utilities)\b[^.!?]{0,40}\bfor\b",
    re.IGNORECASE,
)
_KIND_FOR_WORDS = 6
# "### NOTE: This repository is in a early stage of development.": a note set as a heading, whose
# words ("development") name no section; the paragraphs under it go on with the section above.
_SAID_AS_A_NOTE = re.compile(r"^\W*(note|notice|important|attention)\s*[:：]\s*\S+(\s+\S+){3}", re.IGNORECASE)
# "Plum. ", "Plum: ", "Plum - ": a name and a stop before the words about it.
_NAME_BEFORE = re.compile(r"^[^\s.:|–—-]+(?: [^\s.:|–—-]+){0,2}\s*(?:[.:]|\s[|–—-])\s+")
# A heading that opens with "The" after a decoration ("⚡ The Modern … Platform"), as a tagline may.
THE_PHRASE = re.compile(r"^[^\w\s]{0,4}\s?the\s", re.IGNORECASE)


# A heading that is only a setup section's name ("### quickstart", "## Installation") is never a
# README's title, even first.
_SETUP_TITLE = re.compile(
    r"(quick ?start|getting started|install(ation|ing)?|setup|set ?up|usage|how to (use|run)|running|build(ing)?"
    r"|requirements|prerequisites|dependencies|development|deploy(ment|ing)?"
    # "## Тестирование" first, over the tests it holds; installing and running, abroad.
    r"|tests?|testing|тестирование|установка|запуск|instalaci[oó]n|instala[cç][aã]o|instalacja|uruchomienie"
    # "### 환경" (environment) first, over versions and an install command: the set-up's section.
    r"|((development|runtime) )?environment|((개발|실행) ?)?환경|開発環境|環境構築|开发环境|运行环境"
    r"|run(ning)?( it| the (app|project|server))? locally|local (setup|development)"
    # "## Contributing" first, with no title above it (smartopm/open-platform): a section, not a name.
    r"|contributing|contributions?|how to contribute"
    # "# Commit Type" over "- feat : 새로운 기능에 대한 커밋": how the team writes commits and branches.
    r"|(git )?commit (types?|conventions?|messages?|rules?)|(git )?(branch(ing)?|git) (strategy|strategies|conventions?|rules?|workflow)"
    r"|git ?flow"
    # "## So... how do I make this run remotely/automatically?": the reader's set-up question.
    r"|(so\W*)?how (do|can|should) (i|we|you) ((make|get) (this|it) )?(run|install|deploy|set ?up|build|start|host)\b.{0,40}"
    # "# Who is this repository for ?": who would use it, not what it is.
    r"|who is (this|it)( \w+)? for\s*\?*"
    # "# Installation de Supwarden", "# Setup of the Kiln server": setting up the project, named.
    r"|(installation|installing|setup|deployment) (de|du|des|of|for) .{1,40})",
    re.IGNORECASE,
)


# "## Frontend" then "## Backend", each saying how to run its half: sections about a part of the
# code. Only below h1 level, where a heading is a section: "# frontend" may be a repository's name.
_CODE_PART = re.compile(r"(front|back)-?end", re.IGNORECASE)


def h1_follows(tokens: list[Token], start: int) -> bool:
    return any(token.type == "heading_open" and token.tag == "h1" for token in tokens[start + 1 :])


def after_name(heading: str) -> str:
    """ "PageRegexFile - Convert page source using Regex into text file.": the sentence after the name."""
    match = re.match(r"^\S+(\s\S+){0,2}\s+[-–—:|]\s+(?=\S)", heading)
    rest = heading[match.end() :] if match else ""
    return rest if is_sentence(rest) else heading
