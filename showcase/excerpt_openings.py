"""The words before what a paragraph says: a greeting, the writer's name, which repository this is,
how the writer came to make it, a label or a language's name ("Welcome to my garden! This is …",
"Description: …", "[English] …").
`excerpt` judges a paragraph without them; `readme_markdown` reads a list item under a description
label as the description.
"""

from __future__ import annotations

import re

from showcase import excerpt_lexicon as lexicon
from showcase.excerpt_prose import is_prose

# "Welcome to the official repository of IndonesianVisas.com — a premium platform for …", "Welcome
# to MyCellar, a software that allow to manage cellars.": a welcome that names the project, then
# says what it is after a dash, or after a comma what kind of thing it is ("…, the home of the
# official documentation" says less than the welcome did). "Willkommen bei Kassenbuch — ein Werkzeug
# für …": the same in the languages whose indefinite article shows the kind of thing.
_AN = rf"{lexicon.A_KIND}|um|en"  # after a dash, "um" and "en" are articles too
WELCOME_APPOSITIVE = re.compile(
    rf"^({lexicon.WELCOME_TO})\s"
    rf"([^—–\n]{{2,100}}?\s[—–]\s+(?=({_AN}|the|el|la)\s)|[^—–,\n]{{2,60}}?,\s+(?=({_AN})\s))",
    re.I,
)
# "Welcome to my digital garden! This is where …": a greeting before the description.
GREETING = re.compile(
    rf"^¡?({lexicon.WELCOME}|hi( there)?|hello( there)?|hey|greetings|howdy|hiya|ahoy"
    # "Привіт! Тут я залишив файли …", "Hola! Este es …": hello in the other languages READMEs are written in.
    r"|hola|olá|bonjour|salut|hallo|servus|ciao|salve|hej|hallå|cześć|merhaba|xin chào|привет|привіт|вітаю"
    r"|здравствуйте|добрый день)\b"
    r"([^.!?]{0,60}[.!?]+|\s*[,!]?\s*(👋|🙌|✌️|😊|🙂))\s+(?=\S)"  # "Hi there 👋 Kassa is …": a wave ends it
    # "환영합니다. 이 리포지토리는 …", "欢迎光临！本项目…", "大家好！": a greeting alone in Korean, Chinese and Japanese,
    # where no space need follow the full stop.
    r"|^(환영합니다|欢迎光临|歡迎光臨|ようこそ|안녕하세요|大家好|你好|こんにちは)[^.!?。！？\n]{0,30}[.!?。！？]+\s*(?=\S)",
    re.IGNORECASE,
)
# "We are very excited to have you here!", "This is going to be so much fun!": what a host says after
# a welcome; it says less than the welcome, which at least names the repository.
PLEASANTRY = re.compile(
    r"^(we('re| are) (so |very |really )?(excited|glad|happy|thrilled|delighted) (to have you|(that )?you('re| are) here)"
    r"|(this|it) (is going to|will) be (so much |a lot of )?fun|thanks? (you )?for (stopping by|visiting|coming))\b",
    re.IGNORECASE,
)
# "I am David.", "My name is Ana,", "Je suis Léa.": the writer introducing themselves, a short sentence
# or clause. Not "I'm a starter theme called `_s`, or …": after an article the project speaks.
INTRODUCTION = re.compile(
    r"^(i am|i'm|my name is|je suis|je m'appelle|ich bin|mein name ist|soy|me llamo|sono|mi chiamo)\s+"
    r"(?!(a|an|the|un|une|ein|eine|una?)\s)"
    # "I'm still learning, so be kind.": how the writer is getting on, not their name.
    r"(?!(still|just|currently|new|learning|not|no)\b)"
    r"[^.!?,\s][^.!?,]{0,30}([.!?]+|,)\s+(?=\S)",  # "My name is Son, this is my personal project …"
    re.IGNORECASE,
)
# "This is the official Quasar Labs repository. Quasar is …": a sentence that only says which
# repository this is, before the one that says what the project is.
WHICH_REPOSITORY = re.compile(
    r"^this is the (official |main |home |source )?([\w.&-]+ ){0,4}(repo|repository|monorepo|codebase)[.!]\s+(?=\S)"
    # "Official repository for Epsilon Engine. Epsilon Engine is a next-gen, …"
    r"|^(the )?(official |main |source )(repo|repository|codebase) (for|of) ([\w.&®©-]+ ){0,3}[\w.&®©-]+[.!]\s+(?=\S)",
    re.I,
)
# "After reverse engineering a portion of Yoshi's Island DS, I wanted to have something to show for
# it. So I created Stork Editor, a graphic level editor …": how the writer came to make it, before
# the sentence that names what they made.
BACKSTORY = re.compile(
    r"^(after|while|when|since|as)\s[^.!?]{0,200}[.!?]\s+"
    r"(?=(so |that'?s why |this is why |hence |therefore )?(i|we) (created|made|built|wrote|developed|started)\b)",
    re.I,
)
# "Description: Cross-platform 3D scene editor …", "简介：…", "App Purpose: To create calculators …",
# "**🚀 Mission**: Transform …": a label naming what follows as the description, or as what the
# project is for.
DESCRIPTION_LABEL = re.compile(
    r"^\W*(\d{1,2}[.)]\s*)?((project|app|application|repository|repo|프로젝트) ?)?(description|summary|in brief|in short|synopsis|abstract|overview|about|purpose|objective|mission|goal|aim|简介|簡介|描述|项目描述|項目描述|项目简介|項目簡介|説明|概要|설명|descripción|descrição|"
    r"beschreibung|описание|опис|opis|deskripsi|mô tả|aç\u0131klama|sobre|objetivo|obiettivo|descrizione|objectif|ziel|what"
    r"|цель|мета|cel|tujuan|mục tiêu|amaç)\W*\s*[:：]\s*(?=\S)",
    re.I,
)
# "Introduction\nThe Vending Machine Project is …": a section's name on the line above the sentence,
# joined to it by Markdown; only before a capitalised word, so "Introduction to Algorithms" stays.
# "📖 Project Overview\nhttps://…\nHotelIO is …": with an emoji, "Project" and the live address.
SECTION_WORD_LABEL = re.compile(
    r"^[^\w\s]{0,2}\s*(?i:project\s+)?(?i:introduction|overview|description|summary)\s+(?:https?://\S+\s+)?(?=[A-Z])"
)
# "[日本語] Next2D Playerは…", "[English] Next2D Player reduces …": the name of the language a
# paragraph of a multilingual README is written in, set before it.
LANGUAGE_LABEL = re.compile(
    r"^[\[【(（]\s*(english|en|日本語|japanese|中文|简体中文|簡體中文|繁體中文|繁体中文|chinese|한국어|korean|español|"
    r"deutsch|français|русский|português|italiano|tiếng việt)\s*[\]】)）]\s*[:：]?\s+(?=\S)"
    # "EN: Django-based web service for …" over "FR: Service web …": a language's code or name and a
    # colon, codes in capitals only ("It: …" is a word).
    r"|^(?-i:EN|FR|DE|ES|IT|PT|NL|RU|JA|ZH|KO|PL|TR|VI)\s*[:：]\s+(?=\S)"
    r"|^(english|日本語|中文|简体中文|繁體中文|한국어|español|deutsch|français|русский|português|italiano)\s*[:：]\s*(?=\S)",
    re.I,
)


# "[AWS Solution Retirement Notice] Research Service Workbench on AWS will be retired on …": a
# notice's name in brackets, set before the notice. Not GitHub's "[!WARNING]", an alert, which says
# the notice is a caveat.
BRACKETED_LABEL = re.compile(
    r"^[\[【]\s*(?!!)[^\[\]【】\n]{0,60}\b(notice|announcement|update|news|note|alert|warning)\s*[\]】]\s*[:：]?\s+(?=\S)"
    # "[Deprecated] Kassa is …", "(Unofficial) …", "Beta: …": the project's standing, as a label.
    r"|^[\[(]\s*(deprecated|archived|unofficial|unmaintained|experimental|beta|alpha|obsolete|legacy)\s*[\])]\s*[:：]?\s+(?=\S)"
    r"|^(beta|alpha|experimental|unofficial|deprecated|archived|new|update|news)\s*[:：!]\s+(?=\S)",
    re.I,
)

# "**WIP** Laravel Segment integration using drivers", "[WIP] …", "Work in progress: …": how far along
# the project is, set before what it is (a status said as a sentence is `excerpt_status`'s).
# "NAME\n    Mojo::UserAgent - Non-blocking I/O HTTP and WebSocket user agent": a README written as a
# manual page (pod2text's, CPAN's), its NAME section the name, a dash, and what it is.
MANPAGE_NAME = re.compile(r"^NAME\s+[\w:.+-]+(\s*,\s*[\w:.+-]+)*\s+[-–—]\s+(?=\S)")
# "> **Note:** This repository serves as the core execution engine for …", "NB: This project is a till
# …": a note's label over the project saying what it is; the label goes, the sentence is the description.
NOTE_LABEL = re.compile(
    r"^\W*(note|nb|n\.b\.|fyi)\W{0,3}\s*[:：]\s*(?=(this|the) (repository|repo|project|library|package|tool|app"
    r"|application|module|crate|plugin|site|website|codebase) )",
    re.IGNORECASE,
)
WORK_IN_PROGRESS = re.compile(
    r"^[\[(]?(?-i:WIP)[\])]?\s*[:：!.–—-]?\s+(?=\S)|^[\[(]?work in progress[\])]?\s*[:：.–—-]\s*(?=\S)", re.I
)

# "In short, Kassa is …", "Simply put, …", "This is where Kassa comes in.": words that hand over to
# what the project is, said before it.
HAND_OVER = re.compile(
    r"^(in short|in brief|simply put|put simply|in a nutshell|basically|long story short|in other words)\s*[,:]\s+(?=\S)"
    r"|^(this|that) is where [^.!?]{1,40} comes? in[.!]\s+(?=\S)"
    # "Note: beta software. Kassa is …", "Status: alpha. …", "UPDATE 2024: moved to Codeberg. …": a short
    # labelled notice, then the paragraph goes on to what the project is.
    r"|^(note|status|update( \d{4})?|heads up)\s*[:：][^.!?]{1,40}[.!]\s+(?=\S)"
    # "v2.0 — Kassa is …": the version, set before what it is.
    r"|^(v\d+(\.\d+){0,3}|\d+\.\d+\.\d+)\s*[—–]\s+(?=\S)",  # not "65.6 — +5.3 ahead of …", a score
    re.I,
)

# "(Note! If using spyder run in ipython console.) Final Project for …": a note in brackets, set before
# the paragraph's words, is said aside.
ASIDE_FIRST = re.compile(
    r"^[(（](note|nb|n\.b\.|ps|p\.s\.|tip|hint|warning|caution|edit|update)\b[^()（）]{0,200}[)）]\s+(?=\S)", re.I
)

# "【1】 papaya内核是我学习linux的一个习作。": the number of a numbered part, set before its words.
PART_NUMBER = re.compile(r"^[【\uff3b]\s*\d{1,3}\s*[】\uff3d]\s*")  # 【1】 or the full-width square bracket form

# "fwchen/oyster - RSS 2.0 and Atom 1.0 generator for Node.js": the repository's owner/name set as a
# label before what it is.
REPOSITORY_SLUG = re.compile(r"^[\w.-]{1,39}/[\w.-]{1,100}\s*[—–:-]\s+(?=\S)")


def without_opening(text: str) -> str:
    """ "Hi ! I am David. I wrote a copy of …", "Welcome to Foo — a tool for …", "This is the official
    Foo repository. Foo is …", "Description: …", "[日本語] …", "WIP …": a greeting, the writer's name,
    which repository this is, a backstory, a label, a language's name, a work-in-progress mark and an
    owner/name come before what the paragraph says; each is dropped when prose follows it."""
    for opening in (
        WELCOME_APPOSITIVE,
        MANPAGE_NAME,
        GREETING,
        INTRODUCTION,
        WHICH_REPOSITORY,
        BACKSTORY,
        DESCRIPTION_LABEL,
        SECTION_WORD_LABEL,
        LANGUAGE_LABEL,
        BRACKETED_LABEL,
        WORK_IN_PROGRESS,
        NOTE_LABEL,
        PART_NUMBER,
        HAND_OVER,
        ASIDE_FIRST,
        REPOSITORY_SLUG,
    ):
        found = opening.match(text)
        if found and opening is GREETING and PLEASANTRY.match(text[found.end() :]):
            break  # "Welcome to X! We are excited to have you here!": the welcome says more
        if found and is_prose(text[found.end() :]):
            text = text[found.end() :]
            if opening is WELCOME_APPOSITIVE:
                # "Welcome to Woosho, a cutting-edge …": the kind of thing now opens the sentence.
                text = text[:1].upper() + text[1:]
    return text


# "Working title: **Fenrix Terraform UI** · Recommended public name: …", "Codename: Falcon": what it
# is called, labelled as such.
NAMES_LABELLED = re.compile(
    r"^\W*(working title|code ?name|project (name|title)|also known as|formerly known as"
    # "Titre du projet : Plateforme UniShop", "Description du projet (max. 50 mots) :": a form's labels.
    r"|titre du projet|nom du projet|t[ií]tulo del proyecto|nombre del proyecto|projektname|projekttitel)\s*[:：]"
    r"|^\W*(project )?description( (du|del|do|of the) (projet|proyecto|projeto|project))?( \([^()]{0,30}\))?\s*[:：]\s*$",
    re.I,
)
