"""Whether a paragraph's words read as prose at all: not a label over a value, a list written without
its bullets, a command line, SQL, a title, a caption in brackets or an address alone.

`excerpt_rules` judges what a prose paragraph says (a notice, a plug, a description); this module
judges only its shape, so the readers (`readme_markdown`, `readme_html`) can ask it too.
"""

from __future__ import annotations

import re

from showcase import excerpt_lexicon as lexicon
from showcase.excerpt_rules import CJK, UNSPACED, URL, WORD, opening_sentence, tidy
from showcase.excerpt_self import NAME_IS_A, TAGLINE

NOISE = re.compile(
    r"^[\s\[(【|]*(english|简体中文|中文|繁體中文|日本語|한국어|languages?|read this in|documentation|docs|website|"
    r"installation|install|how to (use|install)|usage|getting started|quick ?start|license|table of contents|"
    r"contents|build status|see also)\b",
    re.IGNORECASE,
)
# "Installation Tracker logs solar panel installs.": a name that begins with a menu word, then its
# verb, is a sentence about the project, not a menu line.
_NAME_THEN_VERB = re.compile(r"\s+[A-Z][\w-]*\s+(is|are|[a-z]{2,}s)\b")


def is_menu_line(text: str) -> bool:
    """ "Installation | Usage | License", "Documentation: docs.rs/kiln": a menu or a pointer, short."""
    match = NOISE.match(text)
    if not (match and len(text) < 80) or _NAME_THEN_VERB.match(text, match.end()):
        return False
    # "Install script collection for MateriApps Software": a menu word that goes on into a phrase of
    # its own is a noun's first word, not an entry of a menu.
    rest = text[match.end() :].lstrip()
    return not rest or not rest[0].isalnum() or bool(NOISE.match(rest)) or not _PHRASE_GOES_ON.match(rest)


# A lower-case noun and another word after the menu word: "script collection for …" goes on as a
# phrase; "Add it to …" (a new line's sentence), "the tools …" (the verb's object) and "v2" do not.
_PHRASE_GOES_ON = re.compile(
    r"(?!(the|a|an|it|its|this|that|these|those|your|my|our|their|all|them|and|or|with|from|to|of|on|in)\b)"
    r"[a-z]{2,}\s+[^\W\d_]{2,}\b"
)


# "deploy test Fri Oct 24 04:36:59 PM UTC 2025": a line a script stamped with `date`, a log entry.
TIME_STAMP = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2},? "
    r"\d{1,2}:\d{2}:\d{2}\b",
    re.IGNORECASE,
)

POINTER = re.compile(r"^(this|here|see|it|that|siehe|voir|vedi|zie)\b", re.IGNORECASE)

LICENSE_LINE = re.compile(
    # "This project is open source under the MIT license.": the licence it is under, however said.
    r"\b(dual[- ]licensed|licensed under|released under the|open[- ]sourced? under|(available|distributed) under the)\b",
    re.IGNORECASE,
)
# "Исходный код распространяется под лицензией GNU GPL v3", "Ce logiciel est distribué sous licence
# MIT": the code or the work, then the licence it is under, in Russian, French, Spanish, Portuguese
# or German. Only in the opening sentence: a description in these languages is not recognised as
# one, so a licence named after it must not take it down.
LICENCE_ABROAD = re.compile(
    r"\b(код|программа|проект|logiciel|code|projet|proyecto|código|software|projeto|programm|projekt|progetto)\w{0,3}\b"
    r"[^.!?]{0,60}?\b(под лицензией|sous (la )?licence|bajo (la )?licencia|sob (a )?licen[çc]a|unter der [\w.-]+[- ]?lizenz"
    r"|sotto (la )?licenza|na licencji)"
    # "本项目基于 MIT 协议开源。", "このプロジェクトは MIT ライセンスです。", "이 프로젝트는 MIT 라이선스를 따릅니다.": the
    # same in Chinese, Japanese and Korean.
    r"|^(本|该|此)?(项目|項目|仓库|倉庫|代码|代碼)[^。，,]{0,20}(协议|協議|许可证|許可證)"
    r"|^(この)?(プロジェクト|リポジトリ)[^。、]{0,20}ライセンス|^(이 )?(프로젝트|저장소)[^.]{0,20}라이선스"
    r"|^ライセンスは|^라이선스는",
    re.IGNORECASE,
)
IN_BRACKETS = re.compile(r"\([^()]{0,80}\)")

# "Docs : link", "github地址：https://…", "QQ群：123456": a label and an address, not a sentence.
LABEL_LINE = re.compile(
    r"^[^:：]{1,40}\s[:：]\s*\S+$|^[^:：。!?！？]{1,40}[:：]\s*(https?://\S+|[\d\s+()-]{5,})$"
    # "API for the project - https://openweathermap.org/current": the same label, set off by a dash.
    r"|^[^:：。!?！？]{1,40}\s[-–—]\s*https?://\S+$"
    # "Demo: https://… (beta)", "もう一つのリポジトリ：https://… （データ置き場）": an address with a note.
    r"|^[^:：。!?！？]{1,40}[:：]\s*https?://\S+\s*[(（][^)）]{0,40}[)）]$"
    # "VERSIONINFO: versionCode=23000962 versionName=8.0": a key in capitals over settings.
    r"|^[A-Z][A-Z0-9_]{2,30}\s*[:：]\s*\S+(\s\S+){0,3}$"
    # "Version: 1.0", "Исходный код: GitHub", "License: MIT": a label over a word or two.
    r"|^[^:：。!?！？\s]+(\s[^:：。!?！？\s]+){0,2}[:：]\s*(?=.{1,24}$)\S+(\s\S+)?(?<![.!?。！？])$"
)

# One line of a metadata block ("最終更新: 2026-04-20", "Tags: setup, core"): a label, then values.
# A label holds no link: the colon in "… is a [Brain](https://…) like software" is an address's.
FIELD_LINE = re.compile(r"^[^:：\s\[(][^:：。.!?！？\[(]{0,30}[:：]\s*\S")

# "To start the development server run", "To install it:": an instruction's lead, not a description,
# in French, Spanish, Portuguese and Italian too ("Pour lancer le serveur de dev :", "Para rodar os
# testes:").
INSTRUCTION = re.compile(
    r"^to (be able to )?(start|run|install|build|use|get started|set up|setup|compile|deploy|test|launch|begin|update|upgrade)\b"
    # "Para poder probar este proyecto solo deben Instalar:": "to be able to" before the verb.
    r"|^(pour|para|per) (pouvoir |poder |potere )?(lancer|installer|démarrer|exécuter|utiliser|compiler|déployer|tester|ejecutar|instalar"
    r"|iniciar|correr|usar|rodar|executar|compilar|desplegar|probar|testar|avviare|installare|eseguire|usare)\b",
    re.IGNORECASE,
)

# "API used - API.", "Technologies used: React, Node": a label over what it uses.
_USED_LABEL = re.compile(r"^\W*(\w+ ){0,2}used\s*[-–—:：]\s*", re.IGNORECASE)

# "Built with React.js", "Made using Flutter": how it is built, not what it is.
BUILT_WITH = re.compile(
    r"^(built|made|written|developed|powered|created|done)\s+(with|using|in|on|by)\b"
    # "Based on PHP, MySQL": the stack alone, a few names and no more.
    r"|^based on [\w.#+-]+( [\w.#+-]+)?((,| and| &| \+) [\w.#+-]+( [\w.#+-]+)?){0,4}\.?$"
    # "Desenvolvido com React e Node.", "Entwickelt mit …", "使用 React 和 Node 开发。", "React と Node で開発しました。"
    r"|^(desenvolvid[oa]|desarrollad[oa]|développé|réalisé|entwickelt|erstellt|(разработан|сделан|написан)(\u043e|\u0430)?"
    r"|dibuat|zbudowan[ey]|feit[oa]|hech[oa]|fait|sviluppat[oa]|realizzat[oa])\s+(com|con|avec|mit|на|dengan|w|em|en|in)\b"
    r"|^使用[^、，,。]{1,40}(开发|開發|构建|構建|实现|實現|编写|編寫)了?[。.!！]?$|^[^、，,。]{1,25}?(で開発|で作成|で作り|로 개발|으로 개발|로 만들|으로 만들)\S{0,6}[。.!！]?$",
    re.IGNORECASE,
)

SENTENCE_END = "。．.!?！？"
# A lead-in that ends on its verb, "is", "are" or "include", waiting for the list below.
_WAITS_ON_ITS_VERB = re.compile(
    rf"\b(were|was|include|includes|{lexicon.IS}|son|são|sont|sind|sono|zijn)\s*[:：]\s*$", re.IGNORECASE
)


def is_line_list(source: str) -> bool:
    """Lines of a word or three, none ending a sentence ("username leon / password leon", an address),
    all "label: value" (a metadata block), or each numbered: a list written without its bullets."""
    lines = [line.strip() for line in source.split("\n") if line.strip()]
    # Chinese and Japanese put no spaces between words: a line of theirs is short by its characters.
    # Thai, Lao, Khmer and Myanmar space phrases, not words: theirs too.
    short = all(
        len(line.split()) <= 3
        and len(CJK.findall(line)) < 12
        and len(UNSPACED.findall(line)) < 12
        and line[-1] not in SENTENCE_END
        for line in lines
    )
    # "3 Commonalities of habitat …?" / "4 GPS data representative …?": lines numbered by hand, each an item.
    numbered = all(_NUMBERED_LINE.match(line) for line in lines)
    return len(lines) >= 2 and (
        short or numbered or all(FIELD_LINE.match(line) for line in lines) or _hard_broken_labels(source)
    )


_NUMBERED_LINE = re.compile(r"\(?\d{1,3}(?:[.)]|\s)\s*\S")


def _hard_broken_labels(source: str) -> bool:
    """Three or more lines each broken by hand (two spaces or a backslash), none ending a sentence:
    "Season 2026 / Team of … / **National champions …**" is a list of facts, not a paragraph."""
    raw = [line for line in source.split("\n") if line.strip()]
    hard = all(line.endswith(("  ", "\\")) for line in raw[:-1])
    ends = [line.rstrip(" \\").rstrip("*_~`") for line in raw]
    return len(raw) >= 3 and hard and not any(end.endswith(tuple(SENTENCE_END)) for end in ends)


def is_sentence(text: str) -> bool:
    cleaned = tidy(text)
    return len(cleaned.split()) >= 6 or len(CJK.findall(cleaned)) >= 12


# "CS 338 Final Project", "COMP 2150 Assignment 3": a course's code, then the kind of work it is.
COURSE_WORK = re.compile(
    r"^[A-Z]{2,6}[ -]?\d{2,4}[A-Z]?\b[^.!?]{0,40}\b(?i:project|assignment|homework|lab|coursework|capstone)\b"
)


def is_title(text: str) -> bool:
    """ "Recipe Website", "Machine Learning Notes": a few capitalised words with no stop. One that
    opens with an article and runs to four words ("A Web-Based Filipino Word Puzzle Game") is a
    tagline set in title case."""
    if len(CJK.findall(text)) >= 4:
        return False  # Chinese and Japanese have no capitals and no spaces: "RedisSyncer是一个…" is one "word"
    if COURSE_WORK.match(text) or _LETTERED_WORK.search(text):
        # "CS 338 Final Project", "Angewandte Programmierung Projekt A": what the repository is, a
        # course's work, not a name.
        return False
    labelled = _WORK_LABEL.match(text)
    if labelled and _capitalised(text[labelled.end() :].split()) and text[-1:] not in SENTENCE_END:
        # "Submission Pertama: Menyelesaikan Permasalahan Human Resources …", "Assignment 2: Caching
        # The Mean Of A Vector": which piece of coursework, then its title, however long.
        return len(text.split()) <= _TITLE_WORDS * 2
    words = text.split()
    tagline = bool(TAGLINE.match(text)) and len(words) >= 4
    return len(words) <= _TITLE_WORDS and text[-1:] not in SENTENCE_END and _capitalised(words) and not tagline


# "… Projekt A", "… Assignment 3", "… Lab IV": a piece of coursework by its letter or number.
_LETTERED_WORK = re.compile(
    r"\s(?i:project|projekt|proyecto|projeto|projet|assignment|lab|praktikum|übung|aufgabe|homework|exercise|tugas)"
    r"\s([A-Z]|\d{1,2}|[IVX]{1,4})\s*$"
)


def _capitalised(words: list[str]) -> bool:
    return bool(words) and all(not w[:1].isalpha() or w[:1].isupper() for w in words)


# "Submission Pertama:", "Final Project -", "Tugas Akhir:", "Trabajo Práctico 2:": a piece of
# coursework, set as the label before its title.
_WORK_LABEL = re.compile(
    r"^((final|first|second|third|capstone|mini|group) )?(submission|assignment|project|homework|coursework|lab"
    r"|proyek|tugas|projeto|proyecto|trabajo|trabalho|projet|devoir|aufgabe|praktikum)"
    r"( (akhir|pertama|kedua|ketiga|final|pr[aá]ctico|pr[aá]tico|\d{1,2}|[ivx]{1,4}))*\s*[:：–—-]\s+",
    re.I,
)


# "ALTER TABLE CHANGAN_BIGINT.PRC_MID_API_LOG ADD REQ_DATA …": SQL pasted as text is code.
SQL = re.compile(r"\b(ALTER|CREATE|DROP) TABLE\b|\bINSERT INTO\b|\bSELECT\b[^.;]{1,200}\bFROM\b|\bUPDATE \w+ SET\b")

# "dotnet ef migrations add AddIdentity --project Data", "$ npm install --save-dev x": a command line
# set as a paragraph is code.
COMMAND_LINE = re.compile(
    r"^(\$\s*)?(sudo\s+)?(dotnet|npm|npx|yarn|pnpm|pip3?|python3?|node|git|docker(-compose)?|kubectl|helm|cargo|"
    r"go|make|mvn|gradle|php|composer|rails|bundle|brew|apt(-get)?|curl|wget|ng|flutter|dart)\s+[\w.:/@-]+(\s+\S+)*\s+--?\w"
    # "npm run test-with-coverage": a package manager's own verb needs no flag to be a command.
    # A few words at most, none a sentence's end: "npm run scripts made visible in …" is words.
    r"|^(\$\s*)?(npm|yarn|pnpm)\s+(run|install|i|ci|start|test|build|exec|dlx)(\s+[\w.:/@=-]*[\w:/@=-]){0,4}$"
    # "$php composer.phar update", "$ ./vendor/bin/phing main": a shell prompt before a command.
    r"|^\$\s*(\.{0,2}/)?[a-z][\w./-]*(\s+[\w.:/@=-]+){0,6}$"
    # "pip install Flask scikit-learn librosa", "source env/bin/activate", "export set FLASK_APP=webapp",
    # "flask run --host=0.0.0.0": a step typed with no prompt, the words a command's and no more.
    r"|^pip3? install(\s+[\w.:/@=<>~-]+){1,12}$|^source\s+[\w./-]+$|^(export\s+(set\s+)?|set\s+)[A-Z_]+=\S*$"
    r"|^flask run(\s+[\w.:/@=-]+)*$|^echo \$\w+$|^python3? [\w/.-]+\.py(\s+[\w.:/@=-]+){0,6}$"
    # "sudo nginx -t", "mkdir -p ~/texmf", "cmake ..", "chmod +x run.sh": what no sentence opens with.
    r"|^(\$\s*)?(sudo|mkdir|chmod|chown|cmake|ssh|scp|unzip)\s+[\w.~/@+:-]"
    r"|^(\$\s*)?(ln|tar|rm|cp|mv)\s+-[a-zA-Z]+\s+\S",
)

# "(click for video)", "[screenshot above]": a few words in brackets, a caption or an aside.
BRACKETED_ASIDE = re.compile(r"[(\[（【][^()\[\]（）【】]{1,60}[)\]）】]")


# "[![StyleX compatibility](https://img.shields.io/…)](…)": Markdown's own syntax left as text (GitHub
# shows it so inside an HTML block), a badge, not words.
MARKDOWN_LEFT_OVER = re.compile(r"^\[?!\[[^\]\n]{0,200}\]\(")
# "[Xylophonica Live App] [heroku]": a reference link typed with a space between its brackets is
# text to CommonMark (the second pair, defined below, becomes a link of its own), not a sentence.
SPACED_REFERENCE = re.compile(r"^\[[^\[\]\n]{1,80}\] ?\[?[^\s\[\]]{1,40}\]?$")


# "… let's say that you have a text file cricket.txt that looks like this:", "… as follows:": a
# paragraph of one sentence that ends by pointing at the example or steps below sets them up; it
# says nothing of what the project is ("X is used for … Major functions are as follows:" opens with
# what it is).
SHOWN_BELOW = re.compile(
    r"\b(looks?|reads?|goes|is|are) (like|as) (this|these|so)\s*[:：]$|\bas follows\s*[:：]$"
    # "The project is made of 2 applications:": a count of the parts listed below.
    r"|(\b(is|are) (made|composed) (up )?of|\bconsists? of)( (\d+|two|three|four|five|several|many|multiple))? [\w -]{1,30}[:：]$",
    re.I,
)


def is_prose(text: str) -> bool:
    if not text or is_menu_line(text):
        return False
    if MARKDOWN_LEFT_OVER.match(text) or SPACED_REFERENCE.match(text):
        return False
    if BRACKETED_ASIDE.fullmatch(text.strip()) and len(text.split()) <= 6:
        return False
    if COMMAND_LINE.match(text.strip()):
        return False
    if not WORD.search(URL.sub("", text)):
        return False  # an address alone ("https://www.figma.com/file/…") says nothing
    if (
        (text.endswith((":", "：")) and not is_sentence(text))
        # "The canonical app surfaces in this repo are:": the list below finishes the sentence.
        or (bool(_WAITS_ON_ITS_VERB.search(text)) and opening_sentence(text) == text)
        or (bool(SHOWN_BELOW.search(text)) and opening_sentence(text) == text)
        or (BUILT_WITH.match(text) and len(text.split()) <= 6)
        or (_USED_LABEL.match(text) and len(text.split()) <= 12)
        or (INSTRUCTION.match(text) and len(text.split()) <= 12)
        or (TIME_STAMP.search(text) and len(text.split()) <= 12)
        or (LABEL_LINE.match(text) and not _phrase_before_colon(text))
        # "Stack Auth is a managed user authentication solution. It is … fully open-source (licensed
        # under MIT and AGPL).": a licence named in brackets is an aside to a description.
        or _about_the_licence(text)
        or SQL.search(text)
        or is_title(text)
    ):
        return False
    if _is_label_row(text) or _is_name_list(text):
        return False
    cjk = len(CJK.findall(text))
    words = WORD.findall(text)
    if cjk >= 4:
        return True
    if sum(len(w) >= 3 and len(set(w.lower())) == 1 for w in words) * 2 >= len(words) > 0:
        return False  # "oooooo oooooooo …": a picture drawn in letters, not words
    if len(words) < 3 or (len(words) == 3 and text[-1:] not in SENTENCE_END and POINTER.match(text)):
        return False  # "This is branch1", "See the docs": a pointer, not a tagline like "An anagram utility"
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.5 * len(text.replace(" ", ""))


_PHRASE_CJK = 7


def _phrase_before_colon(text: str) -> bool:
    """ "阿里PAI运行DAG时的算法组件：Spark实现", "我的本科毕设项目：在线教育系统": seven Chinese or Japanese
    characters or more before the colon are a phrase (Alibaba PAI's algorithm components for DAGs, my
    undergraduate graduation project), not a label such as "最終更新" or "项目地址".
    Over an address or a number it is a label however long ("博客地址(内附使用教程)：http://…",
    "技术交流群(仅作技术交流)：367260654")."""
    before, _, after = re.split("([:：])", text, maxsplit=1)
    worded = re.search(r"[^\W\d_]", URL.sub("", after)) is not None
    return len(CJK.findall(before)) >= _PHRASE_CJK and worded


def _about_the_licence(text: str) -> bool:
    """ "Licensed under the Apache License …", "Stack Auth is … fully open-source (licensed under MIT and
    AGPL).": a paragraph on its licence, where a licence named in brackets is an aside. One that
    opens by saying what the project is ("WagtailOS is a simple operating system for the
    BeagleBoard written in C++. It is licensed under …"), or as a kind of thing ("A open source and
    compatible Minecraft server … It is licensed under the MIT License."), is a description that
    goes on to its licence."""
    unbracketed = IN_BRACKETS.sub("", text)
    opening = opening_sentence(unbracketed)
    if LICENCE_ABROAD.search(opening):
        return True
    if not LICENSE_LINE.search(unbracketed):
        return False
    says_what_it_is = NAME_IS_A.match(opening) or TAGLINE.match(opening)
    return bool(LICENSE_LINE.search(opening)) or not says_what_it_is


def not_prose_shape(text: str) -> bool:
    """A menu word, a label over a value, a command line or SQL: never words about the project,
    however short the phrase that is wanted."""
    stripped = text.strip()
    return bool(
        is_menu_line(text)
        or LABEL_LINE.match(text)
        or COMMAND_LINE.match(stripped)
        or SQL.search(text)
        or BRACKETED_ASIDE.fullmatch(stripped)
    )


_TAGLINE_BEFORE_DASH = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’-]+){1,5} [—–] \S")


def _is_label_row(text: str) -> bool:
    """ "Multi-Currency | Multi-Region | AI-Powered …", "Research · Market Context · Risk · Alerts",
    "55+ plugins • Server-first architecture • …": three labels or more set between bars, dots or
    bullets, none of them a sentence, are a row of badges in words."""
    # A space on one side is enough: "毕升文档| 多人协同编辑 | 在线Office| onlyOffice".
    parts = [part.strip() for part in re.split(r"(?: [|·•] ?|(?<=\S)[|·•] )", text)]
    # "Cockpit budgétaire personnel — Belgique · RGPD · hébergé UE": a phrase, a dash, then the
    # labels is a tagline that goes on to what it is for.
    if _TAGLINE_BEFORE_DASH.match(parts[0]):
        return False
    if len(parts) >= 2 and all(_LABELLED_VALUE.match(part) and len(part.split()) <= 6 for part in parts):
        return True  # "Live: kassa.app · Docs: docs": labelled addresses, two are a row already
    return len(parts) >= 3 and all(len(part.split()) <= 6 and part[-1:] not in ".!?。！？" for part in parts)


_LABELLED_VALUE = re.compile(r"^[^\W\d_][\w ]{0,20}[:：]\s*\S")


def _is_name_list(text: str) -> bool:
    """ "React, React Router, Redux Toolkit, MapBox, Node, Express, Sequelize, MySQL", "Charles
    Javerliat, Sophie Villenave, Pierre Raimbaud, Guillaume Lavoué": three names or more between
    commas, each a word or three, every word a name's, too long for a title (`is_title`): the stack
    or the authors, not what the project is. A tagline has words no name has ("… and Webtoon
    Typesetting & Translation Studio")."""
    parts = _LIST_SEPARATOR.split(text.strip().rstrip("."))
    if len(parts) < 3 or len(text.split()) <= _TITLE_WORDS:
        return False
    return all(0 < len(part.split()) <= 3 and all(map(_a_name_word, part.split())) for part in parts)


# Commas, and "and" before the last: "&" joins words of one name ("Typesetting & Translation Studio").
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_TITLE_WORDS = 6


def _a_name_word(word: str) -> bool:
    """ "MySQL", "Node.js", "Émile", "3D": a capital or a digit first; "iOS", "jQuery": a capital after
    a lowercase prefix."""
    return word[:1].isupper() or word[:1].isdigit() or any(ch.isupper() for ch in word[1:])
