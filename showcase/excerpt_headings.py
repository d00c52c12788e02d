"""What a README section's heading says of the text under it: that it tells what the project is
("About", "Overview", "简介" …), that it is a notice ("## Note", "## Project status"), or that it
tells how to get, run or build the project, or is about one file ("## Installation", "## backup.sh").
The readers mark the paragraphs under such headings; `excerpt` weighs them. What a paragraph's own
words are is `excerpt_rules`'s to say.
"""

from __future__ import annotations

import re

from showcase import excerpt_lexicon as lexicon

# A section under such a heading is a notice through and through ("## Note", "# 维护公告").
NOTICE_HEADING = re.compile(
    r"^\W*(notes?|notice|warning|caution|important( notes?)?|attention|disclaimer|deprecat\w*|project deprecated|"
    # "## Maturity: Alpha, incomplete test coverage …", "## Project status", "# Work In Progress": how
    # far along it is.
    r"maturity|(project )?status|stability|new|what'?s new|work in progress|wip|under construction|"
    r"announcements?|news|update|公告|维护公告|維護公告|通知|注意|お知らせ|공지|"
    # "## メモ", "## 备注": notes, in Japanese and Chinese.
    r"メモ|備考|备注)\W*$"
    # "Notes about the repository content", "Important notes for users": what the notes are about.
    r"|^\W*(important )?(notes?|notice|disclaimer|warning) (about|on|regarding|for)\b"
    # "## Taverna Project Retired": news that the work has ended.
    r"|^\W*([\w.-]+ )?(project )?(retired|archived|discontinued|end of life)\W*$"
    # "# ❗ANNOUNCEMENT: Security Changes❗", "## Warning: breaking changes in 2.0": a notice's label.
    r"|^\W*(announcements?|notice|important|attention|warning|caution|psa|heads up)\s*[:：]",
    re.IGNORECASE,
)


ABOUT = re.compile(
    r"about|intro|overview|description|why|\b(purpose|role) of\b|简介|介绍|概述|关于|概要|はじめに|紹介|소개|프로젝트 설명|개요"
    # The same headings in the European languages READMEs are written in.
    r"|描述|inledning|beskrivning|om projektet|einleitung|einführung|überblick|beschreibung|introducci|descripci|acerca"
    r"|présentation|à propos|introdu|descri[cç]|sobre|inleiding|beschrijving|введение|описание|\u043e проекте|wstęp|opis"
    r"|giới thiệu|mô tả|tổng quan"  # Vietnamese
    r"|\bsummary\b|\bresumo\b|\bresumen\b|zusammenfassung|摘要|요약"  # "## 1. Project Summary", numbered or not
    r"|hakk\u0131nda|tentang|เกี่ยวกับ|درباره|опис"  # Turkish, Indonesian, Thai, Persian, Ukrainian
    # "What is X?", "¿Qué es X?", "X とは", "X란?", "## 这啥？": "what is (this)?" in any language ("란" alone
    # ends many a Korean word, so only with its question mark).
    rf"|({lexicon.WHAT_IS})\b|{lexicon.WHAT_IS_BEFORE_CJK}|とは|이란|란\?|是什么|是什麼|这啥",
    re.IGNORECASE,
)
# "Repository layout overview", "Architecture overview", "Data Overview": an overview of how it is
# laid out or of what its folders hold, not of what it is.
LAYOUT = re.compile(r"\b(layout|structure|architecture|director(y|ies)|folders?|files?|tree|data)\b", re.IGNORECASE)


# "About the author", "About me", "关于作者": about the people, not the project.
ABOUT_PEOPLE = re.compile(
    r"about (the )?(author|authors|me|us|team|maintainers?|creators?)\b|关于(作者|我)|作者(简介|介绍)|作者について|저자",
    re.IGNORECASE,
)


# "## Why is this named Adze?", "### Etymology", "# The origin of the name": the story of the name,
# not of the project, even when it asks "why".
NAME_STORY = re.compile(
    r"\bwhy (is (this|it) )?(named|called)\b|\bwhy the name\b|\b(origin of|about) the name\b|\betymolog"
    r"|what'?s in a name|\bpronunciation\b",
    re.IGNORECASE,
)


def is_about(title: str) -> bool:
    """A section that tells what the project is ("About", "Overview", "What is X?", "简介" …)."""
    aside = LAYOUT.search(title) or ABOUT_PEOPLE.search(title) or NAME_STORY.search(title)
    return bool(ABOUT.search(title)) and not aside


# Sections that tell how to get, run, build or join a project, not what it is; and a section dated
# in its heading ("Bounded outcome learning (2026-07-29)"), which is news of a change.
SECTION_NOISE = re.compile(
    # "## Use the Pattern Library": how to use it ("## Use cases" say what it is for).
    r"^\W*use (the|this|it|with|in|as)\b|"
    r"\b(make|npm|yarn|available|useful) commands\b|"
    r"install|usage|using|branch(ing)? (strateg|workflow)|\bgit ?flow\b|getting started|\bstatus\b|\bcommit(s|ting)?\b|environment|\benv\b|technolog|tecnolog|\btech stack\b|\bstack\b|built with|quick ?start|setup|set up|setting up|\binit\b|initiali[sz]|running|\brun\b|build|compil|test|depend|"
    r"require|prerequisite|requisitos|prérequis|updat|upgrad|configur|option|licen[cs]e|contribut|develop|changelog|changes|history|"
    r"releas|\bversioning\b|\balternatives?\b|credit|author|maintainer|feedback|cloning|code of conduct|security|acknowledg|thank|faq|troubleshoot|support|contact|donat|sponsor|example|api|terminolog|glossar|"
    r"reference(?! (software|implementation)\b)|screenshot|demo|third[- ]party|\bauth(entication|orization)?\b|\b(19|20)\d\d-\d\d-\d\d\W*$|roadmap|todo|deploy|\blinks\b|continuous integration|\bci(/cd)?\b|issues|bugs|\(new!?\)|\bnew!|\bnews\b|announcement|locali[sz]ation|internationali[sz]ation|\bi18n\b|translations\b|q ?& ?a|question|legal|trademark|法的|法律|商标|商標|법적|"
    r"安装|使用|用法|许可|协议|贡献|更新|部署|问题|反馈|インストール|使い方|ライセンス|質問|既知|フィードバック|설치|사용법|라이선스|기여|질문|피드백|"
    # The same in German, French and Spanish, which READMEs are also written in.
    r"veröffentlich|einricht|entwickl|konfigur|bereitstell|lizenz|mitwirk|\bbeitrag(en)?\b|déploi|licence|contribuer|instalaci|despliegue|licencia|"
    r"установ|настро|запуск|сборк|лиценз|добавлен|зависимост|развёрт|развертыв|автор|тестирован|"
    # And in Portuguese, Indonesian, Polish, Turkish, Vietnamese, Ukrainian, Persian and Thai.
    r"instala|\bcomo (usar|rodar|executar)\b|\brodando\b|\bexecutando\b|^\W*(para|pour) (rodar|executar|iniciar|ejecutar|correr|lancer|exécuter)\b|penggunaan|menjalankan|uruchom|użycie|kurulum|kullan\u0131m|çal\u0131şt\u0131r|"
    r"cài đặt|cách (sử dụng|chạy)|hướng dẫn|встановлен|використан|نصب|ติดตั้ง|วิธีใช้|"
    # A Japanese team's workflow: "## issue の作成", "## ブランチの命名規則", "## コミットメッセージ".
    r"\bissue ?の(作成|書き方)|ブランチ(の|運用|戦略|命名)|コミット(メッセージ|ルール|規約)|\bPR ?の(作成|出し方)|プルリク|"
    # Using, requirements, settings and running it, in Russian, Chinese, Japanese, Korean, Spanish,
    # French, German and Polish: "## Использование", "## 环境要求", "## 動作環境", "## 실행 방법", "## Uso".
    r"использован|требовани|环境要求|開発環境|开发环境|运行环境|环境搭建|環境構築|^\W*환경\W*$|(개발|실행|동작) ?환경|환경 ?(설정|구성)|運行|运行|配置|設定|動作環境|実行|(?<!기능 )(?<!기능)요구 ?사항|설정|실행|^\W*(modo de )?uso\W*$|ejecu|"
    r"lancer|lancement|exécut|ausführ|voraussetzung|pré-?requis|zależno|wymagania|"
    # "## Project structure", "### Struktura kodu", "## 目录结构", "## folders": how the code is laid out.
    r"\bstru[ck]tur[ae]\b|\bproject layout\b|\bfolders\b|\bdirectories\b|\bestrutura\b|\bestructura\b|структур|目录结构|项目结构|ディレクトリ構成|"
    # "## Migrations & Seeds": how the database is set up and filled.
    r"migrat|\bseed(s|ing)?\b|\bschema\b|"
    # "## 奖项设置", "## 奖金", "## Prizes", "## Premios": what an event awards, never what the project is.
    r"\bprizes?\b|\bawards?\b|奖项|獎項|奖金|獎金|\bpremios\b|\bprêmios\b|\bpremiação\b|\bprix\b|\bpreise\b|"
    # "## Список выполненых основных задач", "## Completed tasks": a log of the work done.
    r"список (выполнен\w* )?(основных )?задач|\b(completed|finished|done) tasks\b|\btarefas (concluídas|realizadas)\b|"
    # "# Notas importantes", "## Important notes": caveats for whoever runs it.
    r"\b(notas importantes|important notes|notes importantes|wichtige hinweise|note importanti)\b|важные (замечания|примечания)|"
    # "# Who is this repository for ?": who would use it, not what it is.
    r"\bwho is (this|it)\b[^?]{0,20}\bfor\b",
    re.IGNORECASE,
)


# "## backup.sh", "ndexmisctools.py": a section about one file of the project.
# "### `backend/`": a heading that is a folder's path is about that folder, as one naming a file is.
FILE_NAME = re.compile(
    r"\w\.(py|js|ts|sh|rb|go|rs|c|h|cpp|java|php|pl|ps1|bat|json|ya?ml|toml|md|txt)\b|^`?[\w.-]+/`?$"
    # "## Main pages (`pages/`)": a section on a folder, named in brackets.
    r"|\(`?[\w.-]+/`?\)",
    re.MULTILINE,
)
