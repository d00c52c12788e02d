"""What is never a project's description, not even for want of one.

An address to look at or a pointer to the docs (`excerpt_pointers`), where something can be found,
a template's blank or line, talk about the README, plugs, caveats, status, thanks, licence and
copyright words, lead-ins to lists or code, terms of use, where it runs, changelog entries, dated
logs and rows of version facts, prerequisites, citation requests, contacts, checklist steps,
code-of-conduct lines, a tour of the files, and steps told to the reader (`excerpt_steps`); what it
says to the reader about taking part is `excerpt_to_the_reader`'s, and credits `excerpt_credits`'s.
`excerpt` skips such a paragraph wherever it stands; the rest of what a paragraph is lives in
`excerpt_rules`.
"""

from __future__ import annotations

import re

from showcase.excerpt_controls import are_controls
from showcase.excerpt_credits import BUILT_BY, BYLINE, DATA_SOURCE, HELP_CREDIT, INSPIRED_BY, LAYOUT_CREDIT, MADE_FOR
from showcase.excerpt_history import CHANGELOG_ENTRY, FACTS_ROW, LAUNCHED, STORY_YEAR, is_dated_log
from showcase.excerpt_openings import NAMES_LABELLED
from showcase.excerpt_placeholders import PLACEHOLDER
from showcase.excerpt_pointers import (
    FOR_MORE,
    LOOKING_ELSEWHERE,
    OFFICIAL_SOURCE,
    leads_into_what_follows,
    says_where_the_docs_are,
    sends_elsewhere,
    shows_elsewhere,
)
from showcase.excerpt_prose import IN_BRACKETS
from showcase.excerpt_remarks import REMARK
from showcase.excerpt_rules import FOUND_ELSEWHERE, THANKS, is_plug, opening_sentence
from showcase.excerpt_stack import ROLES_STACK, STACK
from showcase.excerpt_status import is_status
from showcase.excerpt_steps import is_a_step
from showcase.excerpt_templates import GENERATED, README_TALK
from showcase.excerpt_terms import FOR_STUDY_ONLY, TERMS_OF_USE
from showcase.excerpt_to_the_reader import CITATION, CONDUCT, CONTACT, INVITATION, PERMISSION, asks_and_leaves_it
from showcase.excerpt_warnings import CAVEAT

# "Below is a list of the software used by …", "Here is a list of …": it introduces a list, and says
# nothing of what the project is.
LIST_LEAD_IN = re.compile(
    r"^(below (is|are|you('ll| will) find)|the following (is|are)|here (is|are) (a|the) (list|collection|summary) of)\b"
    # "Our frontend is built with the following tools:": what it is made of, listed below.
    r"|^([\w-]+ ){1,4}(is|are) (built|made|written|developed|powered) (with|using|on|by) the following\b"
    # "It uses Turborepo and contains:", "This repository contains:": a tour of its parts follows.
    r"|^(it|this (repo|repository|monorepo|project)) (uses [^.!?:]{1,100}? and )?(contains|includes|consists of)\s*[:：]\s*$"
    # "The project aims to address the following key motivations:": the list below says them.
    r"|^[^.!?]{0,80}\bthe following( [\w-]+){0,2} (motivations|goals|objectives|aims|points|problems|challenges|questions|"
    r"requirements|components|parts)\s*[:：]?\s*$"
    # "This application consists of two branches:": how the repository's branches are laid out.
    r"|^(this|the) (app|application|project|repo|repository) (consists of|has|contains) (two|three|four|\d+) branches\b",
    re.IGNORECASE,
)


# Selling merchandise or followers: never the description when a paragraph opens with it or is a
# short line of it (a description may end with "follow me on Mastodon").
SOCIAL = re.compile(
    r"\b(t-shirts?|mugs|stickers|merch(andise)?|swag|show your (love|support)|follow (me|us) on)\b"
    r"|\b(give|leave|drop) (us |it |me |this (repo|project) )?an? (⭐|star)|\bstar (this|the|our) (repo|repository|project)\b"
    r"|关注我|关注我们|フォローして|点个\s*star|给个\s*star|star一下|点个赞|スターを"
    # "¡Dale una ⭐ si te gustó!", "Если понравилось, поставьте ⭐", "気に入ったら⭐をお願いします".
    r"|\b(deixe|deja|dale|dê|поставьте|поставь|daj|zostaw|berikan|beri|b\u0131rak)\b[^.!?⭐]{0,20}⭐|⭐[^.!?]{0,10}(お願い|부탁)"
    # "Feito com ❤️ por João", "Hecho con ❤️ por Juan", "Fait avec ❤️ par Jean": a credit with a heart.
    r"|^\W*(made|built|coded|crafted|feito|hecho|fait|gemacht|fatto|zrobione|dibuat|сделано|зроблено)"
    r" (with|com|con|avec|mit|z|dengan|\u0441|\u0437) (❤️|❤|♥|💜|💙|💚|🧡|💛|🖤|love|amor|amour|liebe|любовью|cinta)"
    # "Mit ❤️ gemacht in Berlin.", "¡Dale una estrella si te gusta!": the same, in German's order and in words.
    r"|^\W*mit (❤️|❤|♥|liebe) (gemacht|entwickelt|gebaut)\b|^\W*¡?(dale|deja|deixe|dê) (una |uma )?(estrella|estrela)\b",
    re.IGNORECASE,
)


# The words of a licence, pasted into a README: "This program is free software: you can
# redistribute it …". Never a description, not even for want of one.
LICENCE_TEXT = re.compile(
    r"\b(this (program|library|software) is free software\b|distributed in the hope that it will be useful"
    # Perl's: "This is free software; you can redistribute it and/or modify it under the same terms …".
    r"|you (can|may) redistribute it and/or modify it\b"
    r"|you should have received a copy of the\b|permission is hereby granted,? free of charge"
    r"|licensed under the apache license,? version|provided (by the copyright holders and contributors )?\W?as is\W?"
    r"|appropriate legal notices)"
    # "MIT License", "GPLv3": a licence's name alone.
    r"|^\W*(the )?(mit|apache|gpl|lgpl|agpl|bsd|isc|mpl|unlicense|cc0|cc[- ]by)\b[\w .-]{0,12}(licen[cs]e)?\W*$"
    r"|^\W*(licencia|licença|lizenz|licence)\s*[:：]?\s*(mit|apache|gpl|lgpl|agpl|bsd|isc|mpl)\b[\w .-]{0,12}$",
    re.IGNORECASE,
)


# "Copyright (c) Dequeue Ltd and its licensors.", "All rights reserved": who owns it, never what it
# is, not even for want of a description (a README of nothing else has none).
COPYRIGHT_LINE = re.compile(
    r"^\W*(copyright\b|©|\(c\) ?\d|\(c\) [\w .-]{1,60}, (19|20)\d\d\W*$|all rights reserved|todos (los derechos reservados|os direitos reservados)|版权所有)"
    # "ButterflyPACK, Copyright (c) 2018, The Regents of …": the name, then whose it is.
    r"|^\W*[\w.-]+( [\w.-]+)?,\s*(copyright\b|©)"
    # "This software is copyright (c) 2013 by Infinity Interactive, Inc.": Perl's way of saying it.
    r"|^\W*this (software|program|library|module|code|distribution|package|work) is (copyright\b|©)"
    # "作者保留全部的权利。" (the author keeps all rights), "保留所有权利": the same, in Chinese.
    r"|^\W*(作者|本人|开发者|開發者)?(保留|保有)(全部|所有)的?(权利|權利|版权|版權)",
    re.IGNORECASE,
)


# "Curso: Análise e Desenvolvimento de Sistemas", "Integrantes: João, Maria e Pedro", "Студент: Иван
# Петров, группа ИВТ-21": the course, the class or the people, labelled, in the languages coursework
# READMEs are written in; never what the project is.
COURSE_LABEL = re.compile(
    r"^\W*(curso|course|cours|kurs|курс|disciplina|materia|matière|предмет|(team |group )?members|integrantes"
    r"|membres|mitglieder|miembros|participantes|участники|студент(ка|ы)?|students?|estudiantes?|estudantes?|alun[oa]s?"
    r"|grupo|group|equipe|equipo|équipe|группа|turma|professora?|profesora?|docente|teacher|lecturer|instructor"
    r"|преподаватель|orientador|supervisor|universidade|universidad|university|université|universität|университет"
    # "Выполнил: Иванов И.И.", "Проверил: …", "Виконав: …", "Wykonał: …": who did the work and who marked it.
    r"|выполнил[аи]?|проверил[аи]?|виконав|виконала|перевірив|перевірила|wykonał[aoy]?|sprawdził[aoy]?"
    # "Studierende der HAW:", "Students of group 3:": the people, labelled with where they study.
    r"|(studierende|studenten|teilnehmer\w*|students|estudiantes|estudantes|alumnos)\b[^:：\n]{1,25})"
    r"\s*[:：]",
    re.IGNORECASE,
)
# "DDM501 – AI in Production … Final Project · FSB Institute … Instructor: Huynh Cong Viet Ngu": a
# course's header, whoever marks the work named in it, on whatever line.
MARKED_BY = re.compile(
    r"\b(instructor|lecturer|professor|supervisor|tutor|teaching assistant)s?\s*[:：]\s*\w", re.IGNORECASE
)
# "Reproduction instructions for all submission predictions.", "These are the instructions to run …":
# what the README holds, not what the project is.
INSTRUCTIONS_HERE = re.compile(
    r"^\W*(reproduction|reproducibility|installation|install|setup|set-up|build|usage|deployment|running)"
    r" (instructions|steps|guide|notes)\b"
    # "These are the instructions to run a full-stack framework using Next.js.": the same, said whole.
    r"|^\W*(these|this|here) (are|is) (the )?(instructions|steps|notes) (to|for|on|about)\b"
    # "This is the guide on how to use the … source code to …": the README names itself a guide.
    r"|^\W*(this|here) is (the|a) (guide|tutorial|walkthrough) (on|to|for|about) how to\b"
    # "This deployment guide is superseded.": the file's own standing, not the project's.
    r"|^\W*(this|the) ([\w-]+ )?(guide|document|doc|readme|file|page) (is|has been) (now )?(superseded|obsolete|outdated"
    r"|deprecated|out of date)\b",
    re.IGNORECASE,
)
# "From https://github.com/OCA/account-analytic.git commit 81d2c28… Author: OCA-git-bot … Date: …": a
# commit as `git log` prints it, pasted in; what changed, never what the project is.
GIT_LOG = re.compile(r"\bcommit [0-9a-f]{7,40}\b[\s\S]{0,200}?\bauthor\s*:", re.IGNORECASE)
# "(When creating a new issue please follow the template)", "If you find a bug, please open an issue.":
# what to do on an occasion, asked of the reader.
PLEASE_WHEN = re.compile(r"^\W*(when|if|before|after|while)\b[^.!?]{0,80}\bplease\b", re.IGNORECASE)


# "This package is for use in .NET 9 Blazor projects.": where it runs, not what it is. "Requires C3,
# D3, Bootstrap and Font Awesome": what it needs, said without a subject; "Support but not limited
# to: Shadowsocks, V2Ray, Trojan": a list of what it works with, after a label.
COMPATIBILITY = re.compile(
    r"^(also )?(requires|depends on)\b|^supports?( but not limited to| only| also)?\s*[:：]|"
    # "Min production stack: nginx, uwsgi, …", "Tech stack: React, Node": what it runs on, labelled.
    r"^[^\w-]*([\w-]+\s){0,3}?(stack|technolog(y|ies)|built with|made with)\s*[:：]|"
    # "技术栈：dumi2.x + lerna6.x + …", "技術スタック：React + Go", "기술 스택: …": the same, in Chinese, Japanese, Korean.
    r"^\W*(技术栈|技術棧|技术选型|技術選型|使用技术|使用技術|技術スタック|기술 ?스택)\s*[:：]|"
    r"^(this|the) (package|library|plugin|module|extension|tool|app|project|crate|gem|sdk) "
    r"(is (only )?(for use (in|with)|compatible with|meant (to be used|for use) (in|with)|supported on)|requires|works (only )?(with|on))\b"
    # "The project is made on the node version 14.15.4": the runtime's version it was built with.
    r"|^(this|the) (\w+ ){0,2}(is|was) (made|built|developed|written|tested) (on|with|using|in) (the )?"
    r"(node(\.?js)?|python|java|jdk|php|ruby|go|dotnet|\.net|flutter|dart) (version )?v?\d",
    re.IGNORECASE,
)


# "./index.ts contains handler routing and login", "`src/` holds the sources": a tour of the
# project's files, one path at a time, never what the project is.
FILE_TOUR = re.compile(
    r"^\W{0,2}(\.{1,2}/[\w./-]*|[\w.-]+/[\w./-]*|[\w-]+\.(py|rpy|ipynb|js|ts|tsx|sh|rb|go|rs|c|h|cpp|cs|java|kt|swift|lua|php|html|css|sql|json|ya?ml|toml))"
    r"\W{0,2} (contains|holds|includes|stores|keeps|is the (main )?(\w+ )?(file|script|module|entry ?point)\b)\b"
    # "The working game script is: game/script.odt", "The sprites go in: game/images": where a part is.
    r"|^(the|our|all|your) [^.!?:：]{1,60}? (is|are|go(es)?|lives?|sits?|can be found)( in| at| under)?\s*[:：]\s*\S*/"
    # "W pliku `database_code.sql` znajduje się cały kod …", "In the folder gramy you will find …": what a
    # named file or folder holds, in English, Polish, Spanish, Portuguese, German and French.
    r"|^(in|w|en|no|na|im|dans)\s+(the\s|el\s|la\s|o\s|a\s|der\s|dem\s|le\s)?(file|folder|directory|pliku|folderze"
    r"|katalogu|archivo|carpeta|arquivo|pasta|datei|ordner|verzeichnis|fichier|dossier|répertoire)\s+`?[\w./-]+`?[\s,]"
    # "Cada disciplina possui a sua pasta própria, …": each part in a folder of its own.
    r"|^(cada|each)\s[\w ]{1,30}\s(possui|tem|tiene|has)\s(a\s|la\s|its\s)?(sua\s|su\s|own\s)?(pasta|carpeta|folder|directory)\b"
    # "El proyecto está dividido en dos partes dentro del mismo repositorio.": how it is split up.
    r"|^(the|this|el|este|o|este) (project|repo|repository|proyecto|projeto|repositorio|repositório) (is (divided|split)"
    r"|está dividido|se divide|é dividido|est divisé) (into|en|em) (two|three|dos|tres|dois|três|deux|trois|\d) (parts|partes"
    r"|parties|folders|carpetas|pastas)\b",
    re.IGNORECASE,
)


# "This project name is rock_ptarmigan.", "The project is called Ariel.": the name, said again, and
# nothing of what it names.
NAME_ONLY = re.compile(
    r"^(this|the|our) (project|repo|repository|app|application|tool|library)('s)? "
    r"(name is|is called|is named|is titled)\s+\S+(\s+\S+){0,2}?\s*[.!]?$",
    re.I,
)
# "Runs on Tanstack Start + Vite + PostCSS.", "Tested on Ubuntu 22.04.": what it runs on, in a short
# sentence; a longer one may go on to say what it does.
RUNS_ON = re.compile(
    r"^(runs|running|tested|works) (only )?(on|under|with)\b|^tested (for|against)\s*[:：]|^(deployed|hosted) (on|at|to|with|via)\b"
    # "Compatible with Windows 10 and later.", "This assumes you have Python 3 installed.": what it needs.
    r"|^(fully )?compatible with\b|^this (assumes|requires) (that )?you\b"
    # "Testado no Ubuntu 22.04.", "Getestet unter …", "Déployé sur Vercel.", "Протестировано на …": the same abroad.
    r"|^(testado|probado|testé|getestet|testato|przetestowan[oy]|протестирован(\u043e|\u0430)?|deploy|deployado|implantado"
    r"|publicado|hospedado|desplegado|alojado|déployé|hébergé|gehostet|bereitgestellt|funciona|fonctionne|läuft)"
    r" (no|na|em|en|sur|auf|unter|bei|su|na|на)\b|^在\s?[^，。]{1,30}?\s?上(测试|運行|运行|部署)",
    re.IGNORECASE,
)
_RUNS_ON_WORDS = 12


def never_the_description(text: str) -> bool:
    """What is never a project's description, not even for want of one: an address to look at,
    where something can be found, a template's blank or line, talk about the README, plugs,
    caveats, status, thanks, licence words, lead-ins to lists or code, terms of use, where it runs,
    changelog entries, citation requests, contacts, checklist steps, file tours, selling, lines of
    features, cheers, instructions to the reader."""
    opening = opening_sentence(text)
    return bool(
        sends_elsewhere(text)
        or FOUND_ELSEWHERE.match(opening)
        or FOR_MORE.match(opening)
        or LOOKING_ELSEWHERE.match(text)
        or says_where_the_docs_are(opening)
        or leads_into_what_follows(opening)
        or shows_elsewhere(opening)
        or PLACEHOLDER.search(text)
        or README_TALK.search(text)
        or GENERATED.search(text)
        # "(free_rsvp today; paid, donation, door, vip reserved)": a word in brackets is an aside's.
        or is_plug(IN_BRACKETS.sub("", text))
        or CAVEAT.match(text)
        or is_status(text)
        or THANKS.search(opening)
        or LICENCE_TEXT.search(opening)
        or COPYRIGHT_LINE.match(text)
        or LIST_LEAD_IN.match(text)
        or TERMS_OF_USE.search(text)
        or COMPATIBILITY.match(text)
        or (RUNS_ON.match(opening) is not None and len(opening.split()) <= _RUNS_ON_WORDS)
        or BUILT_BY.match(opening)
        or BYLINE.match(text)
        or DATA_SOURCE.match(opening)
        or INSPIRED_BY.match(text)
        or MADE_FOR.match(text)
        or HELP_CREDIT.match(opening)
        or CHANGELOG_ENTRY.match(text)
        or are_controls(text)
        or COURSE_LABEL.match(text)
        or MARKED_BY.search(opening)
        or INSTRUCTIONS_HERE.match(opening)
        or GIT_LOG.search(text)
        or PLEASE_WHEN.match(text)
        or OFFICIAL_SOURCE.match(text)
        or STORY_YEAR.match(text)
        or is_dated_log(text)
        or FACTS_ROW.match(text)
        or CITATION.search(opening)
        or CONTACT.match(text)
        or FILE_TOUR.match(text)
        or NAME_ONLY.match(opening)
        or NAMES_LABELLED.match(text)
        or LAYOUT_CREDIT.match(opening)
        or CONDUCT.search(opening)
        or SOCIAL.search(text if len(text) < 120 else opening)
        or WHAT_IT_IS_NOT.match(opening)
        or BRANCH_NOTE.search(opening)
        or PERMISSION.match(opening)
        or INVITATION.match(text)
        or asks_and_leaves_it(text, opening)
        or FOR_STUDY_ONLY.search(opening)
        or REMARK.match(text)
        or CHEER.match(text)
        or DICTIONARY_ENTRY.match(text)
        or NUMBERED_MODE.match(text)
        or LAUNCHED.match(opening)
        or FEATURE_LINE.match(text)
        or _marked_items(text)
        or STACK.match(text)
        or ROLES_STACK.match(text)
        or is_a_step(text, opening)
    )


# "🔖 Save Bookmarks – Store links with titles …", "📌 Pin Important Links – Keep …": an emoji, a feature's
# name in title case (two words or more) and a dash, one line of a list of features set as
# paragraphs; "🚀 Tool Kit – a fast tool for …" is a name and what it is.
FEATURE_LINE = re.compile(r"^[^\w\s]+\s*[A-Z][\w&/]*\s([A-Z][\w&/]*\s|[&+/]\s){1,4}[–—-]\s(?!(?i:a|an|the)\s)")


def _marked_items(text: str) -> bool:
    """ "⚡️ Created with React + TypeScript ⚡️ JSON file upload": lines that each open with the same
    emoji, a few words apiece, are a list of features typed as lines, not a sentence."""
    mark = re.match(r"[^\w\s\[(\"'“‘*_`#-]+", text)
    if mark is None:
        return False
    items = [item.split() for item in text.split(mark.group())[1:]]
    return len(items) >= 2 and all(0 < len(words) <= _ITEM_WORDS for words in items)


_ITEM_WORDS = 6


# "Mode 1: normal interaction mode.", "Mode 2: non interactive demo mode": one of a numbered set of
# modes or settings, told one by one; none of them is what the project is.
NUMBERED_MODE = re.compile(r"^\W*(mode|setting|preset|option|level)\s*\d{1,2}\s*[:：)-]\s", re.IGNORECASE)


# "Uai \\ wai \\. Mineiro Portuguese, all-purpose interjection.": the name's entry in a dictionary,
# its sound between slashes and what part of speech it is; what the word means, not what the project is.
DICTIONARY_ENTRY = re.compile(
    r"^\W*[\w-]+\W{0,3}\s*(\\[^\\\n]{1,30}\\|/[^/\n]{1,30}/)\W*"
    r"[^.!?]{0,60}\b(noun|verb|adjective|adverb|interjection|n\.|v\.|adj\.)(?!\w)"
    # "Kassa /kasa/ (Swedish for till)": the name's sound, perhaps what the word means, and no more.
    r"|^\W*[\w-]+\W{0,3}\s*/[^/\s][^/\n]{0,29}/\s*(\([^()\n]{1,60}\))?\W*$"
    # "By extension, obligation or prohibition imposed by an Erlang application …": a word's further
    # sense, after its first one.
    r"|^\W*(by extension|figuratively|in a (wider|broader|figurative) sense)\s*,",
    re.IGNORECASE,
)


# "let's do it.", "Let's go!": a cheer at the start of the work, the whole paragraph; it says nothing of
# what the work is ("Let's build a compiler together in Rust." does).
CHEER = re.compile(r"^\W*let['’]?s (do (it|this)|go|get (started|going|it done)|rock)\W*$", re.IGNORECASE)


# "EchoZero is now trimmed to the EZ2 app lane in this branch.", "Existe una rama en el repositorio devA1
# donde …", "该发布分支只保留 slim-source 运行所需文件。": what a branch holds, the repository's upkeep.
BRANCH_NOTE = re.compile(
    r"\b(in|on) this branch\b|^(this|the (dev|develop|development|main|master|stable|release|production)) branch\b"
    r"|^there (is|are) (a|an|two|three|several) (\w+ )?branch(es)?\b"
    r"|^(existe|hay) (una|un) (rama|branch)\b|^(existe|há) (um|uma) (branch|ramo)\b|^(cette|la) branche\b"
    r"|^(dieser|der) (branch|zweig)\b|\bin (diesem|dem) (branch|zweig)\b|^(questo|il) (branch|ramo)\b"
    r"|^(эта|данная) ветка\b|\bв (этой|данной) ветке\b"
    r"|^(该|此|本|这个|這個)(发布|發布|开发|開發)?分支|^このブランチ|^이 브랜치",
    re.IGNORECASE,
)


# "This project does not include anti-cheat bypasses.", "This project is not affiliated with …": what
# the project is not, or does not do, said first; never what it is.
WHAT_IT_IS_NOT = re.compile(
    r"^(this|the|our) (project|repo|repository|tool|app|application|library|mod|plugin|extension|software|code)"
    r" (does not|doesn['’]t|is not|isn['’]t|will not|won['’]t|cannot|can['’]t)\b"
    # "Este projeto não é afiliado à Nintendo.", "Dieses Projekt steht in keiner Verbindung zu …",
    # "本项目与任天堂无关。": the same, in other languages.
    r"|^(este|esta|ce|cet|dieses|diese|этот|questo|ten)\s(projeto|proyecto|projet|projekt|проект|progetto|repositório"
    r"|repositorio|dépôt|repository|репозиторий)\s(não|no|n['’]est pas|ist nicht|steht in keiner|не|non|nie)\b"
    # ("… não é mais mantido", "… nie jest już rozwijany": no longer, a notice, not what it is not.)
    r"(?!\s(é |es |está |jest |è )?(mais|más|plus|mehr|больше|più|już)\b)"
    r"|^本(项目|項目|仓库|倉庫)与[^。]{1,30}无关",
    re.IGNORECASE,
)
