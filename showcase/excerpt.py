"""README → the sentence a person would quote to describe the project, as plain text.

The readers (`readme_markdown`, `readme_html`, `readme_rst`, `readme_asciidoc`, `readme_org`,
`readme_textile`) find the candidate paragraphs; the first that reads as a description wins;
notices, plugs and other asides (`excerpt_rules`) and slogans (`excerpt_slogans`) are used only
when nothing better follows, and what is never a description (`excerpt_never`) not at all; a
paragraph may give way to the one beside it (`excerpt_neighbours`); what the title says
(`excerpt_title`) is read when no paragraph says what the project is, and whether words name the
project is `excerpt_names`'s to say. The result is one sentence in every language
(`excerpt_sentence`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from showcase import excerpt_headings as headings
from showcase import excerpt_lexicon as lexicon
from showcase import excerpt_neighbours as neighbours
from showcase import excerpt_rules as rules
from showcase import excerpt_templates as templates
from showcase import readme_asciidoc, readme_org, readme_textile
from showcase.excerpt_commands import SHELL_PROMPT
from showcase.excerpt_finish import as_excerpt
from showcase.excerpt_names import defines_the_kind, name_and_tagline, names, opens_with_name, spelled_like_the_title
from showcase.excerpt_never import never_the_description
from showcase.excerpt_prose import is_prose, is_sentence
from showcase.excerpt_self import NAME_IS_A, PURPOSE, SELF, TAGLINE, THIS_IS, speaks_of_itself
from showcase.excerpt_slogans import is_slogan
from showcase.excerpt_taglines import is_noun_tagline
from showcase.excerpt_title import first_heading, only_the_name, subtitle, tagline, title_line
from showcase.readme_blocks import Candidate, head, plain_paragraphs
from showcase.readme_markdown import markdown_candidates
from showcase.readme_rst import rst_candidates

# The description sits near the top: reading more only costs time (parsers slow down on hostile
# input), so the excerpt looks at this much of a README.
MAX_INPUT_CHARS = 24 * 1024
_FRONT_MATTER_LINES = 200  # front matter longer than this is not front matter but a README of rules


def extract(text: str, path: str = "README.md") -> str:
    """The first meaningful paragraph of a README as plain text, or "" when it has no prose."""
    candidates, title = _read(text, path)
    return _choose(candidates, title)


@dataclass(frozen=True)
class Reading:
    """A sentence `extract` could give for a README, and the paragraph it comes from (None for the
    title's words after the name, and for no excerpt at all)."""

    sentence: str
    candidate: Candidate | None


def readings(text: str, path: str = "README.md") -> list[Reading]:
    """Every sentence `extract` could choose for a README, in reading order: each paragraph read as
    the description, then the title's tagline and no excerpt. For studying how it chooses
    (tools/excerpt_choice_study.py): whether a miss is a wrong choice or a sentence never offered."""
    candidates, title = _read(text, path)
    found = [Reading(as_excerpt(neighbours.judged_text(c)), c) for c in candidates]
    return [*found, Reading(tagline(title), None), Reading("", None)]


def _read(text: str, path: str) -> tuple[list[Candidate], str]:
    """The README's candidate paragraphs, by the reader its file name calls for, and its title."""
    # A byte order mark ("\ufeff# Title", as Windows editors save) would hide the first heading.
    text = head(text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n"), MAX_INPUT_CHARS)
    suffix = PurePosixPath(path).suffix.lower()
    if suffix == ".rst":
        return rst_candidates(text), first_heading(text)
    if suffix in {".adoc", ".asciidoc"}:
        text = readme_asciidoc.as_markdown(text)
    elif suffix == ".org":
        text = readme_org.as_markdown(text)
    elif suffix == ".textile":
        text = readme_textile.as_markdown(text)
    elif suffix in {".txt", ".text"}:
        return title_line([Candidate(p, rules.is_notice(p)) for p in plain_paragraphs(text)], first_heading(text))
    else:
        text = _without_front_matter(text)
    return title_line(markdown_candidates(text), first_heading(text))


def _without_front_matter(text: str) -> str:
    """ "---\ntitle: Diaryx\nauthor: …\n---": YAML front matter, which Jekyll, Hugo and Obsidian read
    and GitHub shows as a table above a Markdown file, is metadata, never the description. Looked
    for in the first lines only, so a README of rules ("---") is read as written."""
    lines = text.split("\n", _FRONT_MATTER_LINES + 1)
    # "# Auto-generated front matter" above the first key is a YAML comment, not a heading.
    first_key = next((line for line in lines[1:_FRONT_MATTER_LINES] if not line.startswith("#")), "")
    if len(lines) < 3 or lines[0].rstrip() != "---" or not re.match(r"[\w-]+[ \t]*:", first_key):
        return text
    for index, line in enumerate(lines[1:_FRONT_MATTER_LINES], start=1):
        if line.rstrip() in {"---", "..."}:
            return "\n".join(lines[index + 1 :])
    return text


def _choose(candidates: list[Candidate], title: str = "") -> str:
    opening = [title, *(rules.tidy(c.text) for c in candidates[:_OPENING])]
    if any(templates.SOMEONE_ELSES_README.match(text) for text in opening):
        return ""
    candidates = _before_a_theme_letter(candidates)
    primary = [c for c in candidates if c.late_section is None]
    generated = next((c for c in primary if templates.GENERATED.search(rules.tidy(c.text))), None)
    if generated is not None:
        # A generator's README (Create React App, Rails, Flutter …): past the heading that follows
        # its line, the rest is the generator's manual, never the project's description.
        # Its lead-ins ("Things you may want to cover:") are the template's too.
        own = [
            c
            for c in primary
            if c.headings_before <= generated.headings_before and not templates.STARTER_BLURB.search(rules.tidy(c.text))
        ]
        kept = [c for c in own if not (_a_fallback_bullet(c) or c.text.rstrip().endswith((":", "：")))]
        return _without_the_name(_pick(kept, title), title)
    # What the intro says, else what the title says after the name ("RZEmulator - An Open Source
    # MMORPG Framework") before an aside such as where the project came from.
    found = _without_the_name(_pick(primary, title, fallback_allowed=False), title)
    found = (
        as_excerpt(neighbours.past_the_pitch(found, candidates, title))
        or found
        or tagline(title)
        or subtitle(primary, title)
        or as_excerpt(neighbours.naming_paragraph(primary, lambda text: name_and_tagline(text, title)))
    )
    if found:
        return found
    # Nothing where descriptions live: a later section may hold one ("Automatic Import: The ideal
    # use for Time Reporter is …"), but never one about installing, using or a single file.
    # A section that tells the reader what to do ("After these commands you need to restart") is
    # instructions through and through, whatever its heading says.
    if any(templates.README_TALK.search(rules.tidy(c.text)) for c in primary):
        return _pick(primary, title)  # a guide that talks about itself: its sections are its content
    telling = {c.late_section for c in candidates if c.late_section and rules.OBLIGATION.search(c.text)}
    late = [
        c
        for c in candidates
        if c.late_section is not None and c.late_section not in telling and _worth_reading(c.late_section, c.text)
    ]
    from_later = _pick(late, title, fallback_allowed=False)
    # A later section's paragraph stands only when it is about the project, never a detail of one
    # part of it ("## Addons": "Currently, there is only two addons implemented.").
    if from_later and not (
        _about_the_project(from_later, title, _words_of(title, primary))
        or _under_a_name(late, primary, from_later, title)
    ):
        from_later = ""
    aside = _pick(primary, title)
    if aside and rules.META.match(aside) and not (SELF.match(from_later) or names(from_later, title)):
        # "Welcome to monday-u official github repository!" names the project; a later section's
        # "Create a pull request …" does not say what it is.
        return aside
    return from_later or aside  # at last, an aside


def _without_the_name(found: str, title: str) -> str:
    """ "# Once: The best way to be productive …", a title that is a sentence and so read as the
    description: its words after the name, as the title's tagline gives them."""
    return (tagline(title) or found) if found and found == as_excerpt(rules.tidy(title)) else found


def _past_the_name_as_a_label(text: str, name: str) -> str:
    """ "**Kassa** — Kassa is a till …", "Kassa. Kassa is …": the name (the title, lowered) set as a
    label before the sentence that opens with it again. Matched as text, not as a pattern per title."""
    lowered = text.lower()
    if len(name) < 2 or not lowered.startswith(name):
        return text
    label = _NAME_LABEL_END.match(text, len(name))
    return text[label.end() :] if label and lowered.startswith(name, label.end()) else text


_NAME_LABEL_END = re.compile(r"\W{0,3}\s*[.:—–-]\s+")


def _before_a_theme_letter(candidates: list[Candidate]) -> list[Candidate]:
    """The paragraphs above a theme author's letter (HTML5 UP's README), the only ones the site's own."""
    at = next((i for i, c in enumerate(candidates) if templates.THEME_LETTER.search(rules.tidy(c.text))), None)
    return candidates if at is None else candidates[:at]


_OPENING = 3  # paragraphs that open a README, where a whole-file template shows itself


def _a_fallback_bullet(candidate: Candidate) -> bool:
    """In a generator's README, a bullet kept for want of a paragraph ("前端采用Vue、Element UI。" under
    RuoYi's line) is the generator's list as likely as the owner's; a notice ("This repository is
    archived") is the owner's still."""
    return candidate.notice and not rules.is_notice(rules.tidy(candidate.text))


def _words_of(title: str, primary: list[Candidate]) -> set[str]:
    """The words of the title and the opening paragraphs, lower-cased: the names a README uses."""
    return set(re.split(r"[\W_]+", " ".join([title, *(c.text for c in primary)]).lower()))


def _about_the_project(text: str, title: str, known: set[str]) -> bool:
    """Whether a later section's paragraph is about the project rather than a detail of it: it says
    what the project is, refers to itself ("This training application …"), opens with a name and
    "is" ("Request is designed to be …"), states its purpose ("The ideal use for Time Reporter is
    to …"), or is in Chinese, Japanese or Korean, where none of these is read."""
    named = _NAME_IS.match(text)
    # "Request is designed to be …" where the opening says "request", or under a title that is a
    # notice ("# Deprecated!") and so names nothing: the project by its name; "Sentry is the REST API
    # that the Validator worker uses …" under "# Ambire AdEx Validator Stack" names a part.
    by_its_name = named is not None and (rules.is_notice(title) or named.group(1).lower() in known)
    return _says_what_it_is(text, title) or by_its_name or bool(_ITSELF.match(text) or _CJK_ITSELF.search(text))


# "本项目是一个 …", "这是一个 …", "このリポジトリは …です", "이 프로젝트는 …입니다": a later section's CJK
# paragraph that refers to the work or says what something is; not any CJK paragraph ("如果你在 Windows
# 上使用 WSL，…" is a detail).
_CJK_ITSELF = re.compile(
    r"(本|该|該|这|這|此|我的|我们的|我們的)(个|個)?\s?(项目|項目|工具|仓库|倉庫|库|庫|系统|系統|程序|程式|应用|應用|插件|框架|网站|網站|游戏|遊戲)"
    r"|是一(个|個|款|套|种|種)|^这是|^這是|(この|本)(リポジトリ|プロジェクト|ツール|アプリ|ライブラリ)|です|である"
    r"|(이|본)\s?(프로젝트|저장소|레포|도구|앱)|입니다|[한이]다[.。]?$"
)


def _under_a_name(late: list[Candidate], primary: list[Candidate], chosen: str, title: str) -> bool:
    """ "# Q" after a notice that says "When work on Q began, …": the chosen paragraph sits under a
    heading of a word or two that the README's opening paragraphs use as a name, or that the title
    spells ("# Volcengine Provider" in "# terraform-provider-volcengine")."""
    section = next((c.late_section for c in late if as_excerpt(neighbours.judged_text(c)) == chosen), None)
    heading = (section or "").rsplit("\n", 1)[-1].strip()
    opening = " ".join(c.text for c in primary)
    words = heading.lower().split()
    in_the_title = set(words) <= set(re.split(r"[-_\s./]+", title.lower()))
    named = names(opening, heading) or in_the_title
    return 0 < len(words) <= 2 and not headings.SECTION_NOISE.search(heading) and named


_NAME_IS = re.compile(r"(?!the )((?-i:[A-Z])[\w.-]{2,40})( (?-i:[A-Z])[\w.-]{2,40})? (is|are)\b", re.IGNORECASE)
# "This training application is …", "The ideal use for X is to …".
_ITSELF = re.compile(
    r"(this|these)\b"
    r"|(the|our|my) (\w+ ){0,2}(goal|aim|purpose|use|idea)\b[^.!?]{0,60}\bis to\b",
    re.IGNORECASE,
)


# "What is FreeHealth EHR?", "¿Qué es X?", "X とは？", "什么是 X？": the question asks what the project is.
_WHAT_IS = re.compile(
    rf"^\W*({lexicon.WHAT_IS})\b|({lexicon.WHAT_IS_AFTER})\W*$|^\W*({lexicon.WHAT_IS_BEFORE_CJK})",
    re.IGNORECASE,
)


def _worth_reading(section: str, text: str) -> bool:
    # "This project aims to offer … on Azure. It offers three tools to achieve this goal:": only a
    # paragraph whose first sentence leads into what follows is a lead-in; the excerpt is one sentence.
    opening = rules.opening_sentence(text.strip())
    # "## Elo" over "Current playing strength" and a table: a later section's caption of a few
    # words names what follows; only a sentence there can say what the project is.
    caption = not is_sentence(opening) and opening.rstrip()[-1:] not in ".!?。！？"
    lead_in = caption or opening.rstrip().endswith((":", "：")) or bool(rules.POINTS_BELOW.search(opening))
    # An FAQ's answer is about one detail; "What is FreeHealth EHR?" asks what the project is.
    asked = section.rsplit("\n", 1)[-1]
    answer = asked.rstrip(" .…").endswith(("?", "？")) and not _WHAT_IS.match(asked)
    noisy = (
        headings.SECTION_NOISE.search(section)
        or headings.FILE_NAME.search(section)
        or headings.ABOUT_PEOPLE.search(section)
        or headings.NOTICE_HEADING.match(asked)  # "## Notes", "## メモ": asides about the work
    )
    return not (lead_in or answer or noisy)


def _pick(candidates: list[Candidate], title: str, fallback_allowed: bool = True) -> str:
    fallback = described = ""
    notice_at = -2  # where the fallback is, when it is a notice
    name = rules.tidy(title).strip(" *_`").lower()  # for the name set as a label, once per README
    for index, candidate in enumerate(candidates):
        cleaned = _past_the_name_as_a_label(neighbours.judged_text(candidate), name)
        if templates.DISTRIBUTION_LEAD.match(cleaned) and index + 1 < len(candidates):
            return as_excerpt(neighbours.judged_text(candidates[index + 1]))
        if candidate.heading or candidate.code_only or _a_link(candidate, cleaned) or not is_prose(cleaned):
            continue
        if never_the_description(cleaned) or _index_entry(candidate) or SHELL_PROMPT.search(candidate.text):
            continue
        if only_the_name(cleaned, title):  # "Repositorio para el proyecto RambutanGuard"
            continue
        notice = rules.is_notice(cleaned)
        next_one = candidates[index + 1 : index + 2]
        if candidate.notice or notice or is_slogan(cleaned, candidate.emphasis_share):
            if not (fallback or notice) and neighbours.kind_before_detail(cleaned, next_one, title):
                return as_excerpt(cleaned)
            # "This project is no longer maintained." then "A web app to track expenses.": the notice
            # runs on, but the paragraph after it says what the project is, the better fallback.
            if notice_at == index - 1 and not notice and candidate.notice and _run_on_description(cleaned):
                described = described or cleaned
            if not fallback:
                fallback, notice_at = cleaned, (index if notice else -2)
            continue
        if not _opens_as_description(cleaned, title) and (solution := neighbours.solved_below(candidate, next_one)):
            return as_excerpt(solution)
        if not opens_with_name(cleaned, title) and (answer := neighbours.overcome_below(candidate, next_one)):
            return as_excerpt(answer)
        nearby = candidates[index + 1 : index + 3]
        if part := (
            neighbours.own_part(cleaned, candidate, nearby)
            or neighbours.for_the_whole(cleaned, candidate, nearby, title)
            or neighbours.a_client_of_it(cleaned, candidate, nearby)
        ):
            return as_excerpt(part)
        if longer := neighbours.said_at_length(cleaned, next_one):
            return as_excerpt(longer)
        if named := neighbours.named_below(cleaned, candidate, next_one, title):
            return as_excerpt(named)
        if kind := neighbours.past_the_spelled_out_name(cleaned, candidate, next_one, title):
            return as_excerpt(kind)
        if not _says_what_it_is(cleaned, title):
            cleaned = (
                neighbours.self_description(candidate, candidates[index + 1 : index + 1 + _CONTEXT_REACH], title)
                or neighbours.after_the_story(cleaned, candidates[index + 1 : index + 5], title)
                or cleaned
            )
        return as_excerpt(cleaned)
    return as_excerpt(described or fallback) if fallback_allowed else ""


# How many paragraphs of context may come before the one that says what the project is: three
# ("Small shops keep accounts on paper …", "Most tills cost a fortune …", "Cloud tills need …").
_CONTEXT_REACH = 3


def _run_on_description(text: str) -> bool:
    """ "A web app to track expenses.", "Uma aplicação para controle de estoque.", "一个用于管理图书借阅的系统。":
    one short sentence of its own after a notice, not one that goes on with it ("However, …",
    "Please use …")."""
    opening = rules.opening_sentence(text)
    short = len(opening.split()) <= _RUN_ON_WORDS and len(opening) <= _RUN_ON_CHARS
    talks_to_reader = bool(_TO_THE_READER.search(text))  # "Generally you want to use Other instead."
    return short and opening.strip() == text.strip() and not (_GOES_ON.match(text) or talks_to_reader)


_RUN_ON_WORDS = 25
_RUN_ON_CHARS = 160
_TO_THE_READER = re.compile(r"\b(you|your|instead|use)\b", re.IGNORECASE)
# Words that carry a notice on into the next paragraph.
_GOES_ON = re.compile(
    r"\W*(further|however|but|also|so|this|that|these|it|its|they|please|if|for|to|instead|use|see|you|we|i|in|as|note"
    r"|and|or|then|until|since|because|the (new|old|original|current|latest|previous))\b",
    re.IGNORECASE,
)


def _a_link(candidate: Candidate, cleaned: str) -> bool:
    """A paragraph that is mostly a link's words is the link. "This is a solution to the [In-browser
    markdown editor challenge on Frontend Mentor](…)." says what it is, its link the object."""
    return candidate.link_share > _LINK_SHARE and not THIS_IS.match(cleaned)


_LINK_SHARE = 0.7


def _index_entry(candidate: Candidate) -> bool:
    """ "**Exercise 1** - [HTML, CSS, JS.](src/ex1)": a bold label and a link with no plain words
    between them is an entry of an index, set as a paragraph. A bold sentence with a link inside
    ("**Catalogue for [Universe IT](…)**") counts its linked letters twice, past the whole."""
    both = candidate.link_share + candidate.emphasis_share
    # A bold label and a link each take a good part: "**Rust compiler for [StyleX](…) that …**", all
    # bold with a word linked, is a bold sentence.
    parts = candidate.link_share >= 0.1 and 0 < candidate.emphasis_share < 0.95
    # An entry is a line or two: "API for [Food Ordering App](…) written in Go." over three lines
    # of bold and italic notes is a paragraph that happens to be mostly emphasis.
    short = len(candidate.text.split()) <= _INDEX_ENTRY_WORDS
    return parts and short and 0.95 <= both <= 1.05


_INDEX_ENTRY_WORDS = 25


def _says_what_it_is(text: str, title: str) -> bool:
    """ "This library provides …", "This is the SDK for …", a paragraph naming the project, "A tool
    for …", "Suite of …": a description in itself, not context before one. "A nyckelharpa is …"
    under "# Nyckelharpa" says what the kind of thing is: context before what the project is."""
    if defines_the_kind(text, title):
        return False
    return bool(
        SELF.match(text)
        or THIS_IS.match(text)
        or PURPOSE.match(text)
        or names(text, title)
        or opens_with_name(text, title)
        or TAGLINE.match(text)
        or is_noun_tagline(text)
        # "HotelIO is a MERN web application …" in a README with no title: a name, then what it is.
        or (neighbours.no_name(title) and bool(NAME_IS_A.match(text)))
        or spelled_like_the_title(text, title)
    )


def _opens_as_description(text: str, title: str) -> bool:
    """ "This library …", "This is …", "Kiln is …": a paragraph that opens by saying what the project
    is sets out no problem, whatever follows it."""
    return speaks_of_itself(text) or bool(NAME_IS_A.match(text)) or opens_with_name(text, title)
