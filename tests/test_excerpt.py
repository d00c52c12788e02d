"""README excerpts: the extractor's unit cases, most from a README met in the corpus (the corpus
itself is scored in `tests/test_excerpt_corpus.py`; one shape written many ways is in
`tests/test_excerpt_wordings.py`)."""

from __future__ import annotations

import re

import pytest

from showcase.excerpt import extract
from showcase.excerpt_title import first_heading


@pytest.mark.parametrize(
    "readme, expected",
    [
        (
            "# Tool\n\n[![ci](https://img.shields.io/x.svg)](https://ci)\n\nTool turns *this* into **that**.\n",
            "Tool turns this into that.",
        ),
        ("# T\n\n> [!WARNING]\n> This project is deprecated.\n\nT does things well.\n", "T does things well."),
        ("# T\n\n- [Install](#install)\n- [Usage](#usage)\n\nT makes tea from code.\n", "T makes tea from code."),
        (
            '<p align="center"><img src="logo.png"></p>\n<p align="center">A tiny web server for humans.</p>\n',
            "A tiny web server for humans.",
        ),
        ("# T\n\n```sh\npip install t\n```\n", ""),
        ("# T\n\nUse [the docs](https://x) &amp; enjoy the `fast` path.\n", "Use the docs & enjoy the fast path."),
        ("# T\n\nThis project has moved to example/new.\n", "This project has moved to example/new."),
    ],
)
def test_extract_cases(readme, expected):
    assert extract(readme) == expected


def test_rst_readme():
    text = "Title\n=====\n\n.. image:: https://x/badge.svg\n   :target: https://x\n\n``tool`` is a *small* library for `things <https://x>`_.\n"
    assert extract(text, "README.rst") == "tool is a small library for things."


# ---- classes of misses seen on READMEs nobody tuned for (issue 20) ----------------------------------


def test_rst_references_and_roles_are_text_through_docutils():
    text = (
        "Tool\n====\n\n|build| |docs|\n\n.. |build| image:: https://x/b.svg\n\n"
        "Tool_ is a small library by Company_ for :code:`parsing` things.\n\n"
        ".. _Tool: https://x\n.. _Company: https://y\n\n.. note:: Not this.\n"
    )
    assert extract(text, "README.rst") == "Tool is a small library by Company for parsing things."


def test_rst_never_opens_a_file_or_a_url():
    text = ".. include:: /etc/passwd\n\n.. raw:: html\n   :url: https://example.com\n\nThe real words are here today.\n"
    assert extract(text, "README.rst") == "The real words are here today."


def test_a_description_that_goes_on_to_its_mailing_list_is_still_a_description():
    # jwalgran/ottoman: what it is, then plans for a site, a mailing list and an issue tracker.
    readme = (
        "== Ottoman\n\nOttoman is intended to be an easy to use open source library for .NET applications\n"
        "using CouchDB for persistence.  We will be setting up a project site,\nmailing list, and issue tracker.\n\n"
        "A little disclaimer:\n\nOttoman at it's current state is pre-alpha software.\n"
    )
    assert extract(readme, "README") == (
        "Ottoman is intended to be an easy to use open source library for .NET applications using CouchDB for persistence."
    )
    # Money asked for is a plug however the paragraph opens.
    readme = (
        "# Vue\n\nVue.js is an MIT-licensed open source project. Its development is made possible by these"
        " awesome backers.\n"
    )
    assert extract(readme) == ""


@pytest.mark.parametrize(
    "aside",
    [
        "Open Collective is our community-powered funding platform. Become a backer today and help us.",
        "Join our Discord server to chat with us about anything and everything.",
        "Dear super-csv community, we are looking for people to help maintain super-csv. See issue 47.",
        "We are looking for contributors to help us translate the documentation.",
        # getsentry/sentry-java: the company's mission and a job advert, above every README it has.
        "Bad software is everywhere. We are on a mission to fix it. If you want to join us, check out our open positions.",
        "We're hiring! Come build the future of parsing with us.",
        "We're excited to announce the release of version 3.0 with many new features!",
        "Recognized by GitHub as one of the top open source projects of the year.",
        # UQdeco2800/coaster (part 457): an award won, above "## Description".
        'Tool received the Paul Gampe Prize for "Best Open Source Project" in the 2016 UQ Innovation Showcase.',
        "Copyright (c) 2024 The Authors. All rights reserved by the people.",
        "This guide is available in other languages: 中文, 日本語, Español and more.",
        "This directory contains the source code for the examples used below.",
        "Created in 2009 by Joshua Choi and maintained by friends since then.",
        "Made with love by the Example team in Berlin.",
        "A Welcome to Monday Project",  # WelcomeToMonday/ladybug: an h6 byline under the title
        "A project by the Orbit lab at Example University.",
        "Project was never released for public use. Since my startup has pivoted, we are releasing it.",
        # new-kids-on-the-blockchain/block-and-mortar (part 397): how long it took, for whom.
        "This site was built in 18 days as a capstone project for the Grace Hopper Program at Fullstack Academy.",
        "A Pen created on CodePen.io. Original URL: https://codepen.io/x/pen/y.",
        "This project was bootstrapped with Create React App and then some.",
        "See the site live at example.herokuapp.com",
        "Check out the demo at https://example.com/demo today.",
        "Please note that there is no other official account except this repository.",
        "Please consider using the native API instead of this library: it is faster.",
        "..psst! While Tool is maintained, we recommend Other for new projects!",
        # Ge-eez/Driveway-Pro-Webapp (part 480): a postscript set above the description.
        "PS: Please refer to helper.md file in the root directory if you need an assistance using the system",
        "说明：中国大陆用户如果访问 GitHub 比较慢的话，可以关注我的知乎号。",
    ],
)
def test_asides_give_way_to_the_description(aside):
    readme = f"# Tool\n\n{aside}\n\nTool parses configuration files into typed objects.\n"
    assert extract(readme) == "Tool parses configuration files into typed objects."


def test_an_attributed_quotation_gives_way_to_the_description():
    readme = "# T\n\n> Simplicity is prerequisite for reliability.\n>\n> — Edsger Dijkstra\n\nT keeps services simple and reliable.\n"
    assert extract(readme) == "T keeps services simple and reliable."
    # The attribution on the quotation's own line, after its closing mark.
    readme = (
        "# Quartz v4\n\n> “[One] who works with the door open gets all kinds of interruptions.” — Richard Hamming\n\n"
        "Quartz is a set of tools that helps you publish your digital garden.\n"
    )
    assert extract(readme) == "Quartz is a set of tools that helps you publish your digital garden."
    # Fiesty-Cushion/Echo: the name signed in bold, spaced out on the quotation's line.
    readme = (
        "# ECHO - Speech to Text\n\n> Creativity is Intelligence Having Fun.           -**Albert Einstein**\n\n"
        "## Introduction\n\nEcho is an innovative application designed to turn spoken words into text.\n"
    )
    assert extract(readme) == "Echo is an innovative application designed to turn spoken words into text."
    # NotBrianZach/templedb (part 497): the quotation set in italics, the name after a hyphen.
    readme = (
        '# TempleDB\n\n> *"God\'s temple is everything."* - Terry A. Davis\n\n## What is TempleDB?\n\n'
        "TempleDB is a project management and version control system.\n"
    )
    assert extract(readme) == "TempleDB is a project management and version control system."


def test_an_italic_slogan_beats_a_translations_line():
    readme = (
        "# Guide\n\n*The friendly guide to writing shell scripts.*\n\nThis guide is available in other languages.\n"
    )
    assert extract(readme) == "The friendly guide to writing shell scripts."


def test_a_slogan_gives_way_to_the_application_saying_what_it_is():
    # egrimstad/scalpel (part 407): a pun set as a kind of thing, then "## About" in the project's words.
    readme = (
        "# Scalpel\n>*A clean cut in surgical planning*\n## About\n"
        "This application is made to complement the desktop program that doctors use to plan surgeries.\n"
    )
    assert extract(readme) == (
        "This application is made to complement the desktop program that doctors use to plan surgeries."
    )
    # Over detail that does not say what the project is, the phrase is the description.
    readme = "# Auditor\n\n**An autonomous white-hat security auditor.**\n\nSecurity automation for target prep.\n"
    assert extract(readme) == "An autonomous white-hat security auditor."


def test_a_bold_phrase_naming_what_the_project_is_for_opens_the_description():
    # shouchengcheng/macropruner-ctx (part 412): a noun phrase for its purpose, then how it works.
    readme = (
        "# MacroPruner-Ctx\n\n> **Macro-aware C/C++ code pruner for LLM agents.** Strips inactive `#ifdef` "
        "branches before code reaches the LLM context.\n"
    )
    assert extract(readme) == "Macro-aware C/C++ code pruner for LLM agents."
    # A slogan before the description still gives way to it.
    readme = "# F\n\n*Being productive is no longer optional.* FateForger integrates Slack with your calendar.\n"
    assert extract(readme) == "FateForger integrates Slack with your calendar."


def test_a_bold_kind_of_thing_over_a_notice_is_the_description():
    # fraware/LabTrust-Gym: a bold phrase with an alias in brackets, then an install line.
    readme = (
        "# LabTrust-Gym\n\n**A multi-agent environment (PettingZoo/Gym) for hospital lab automation**\n\n"
        "**Install:** `pip install labtrust-gym` then `labtrust --version`.\n\n"
        "## Principles\n\nSystem and threat model: [Systems and threat model](docs/threat.md).\n"
    )
    assert extract(readme) == "A multi-agent environment (PettingZoo/Gym) for hospital lab automation"


@pytest.mark.parametrize(
    ("lead_in", "sentence"),
    [
        # wothn/sextant (part 719): "…记账体验，支持：" over a list of what it supports.
        (
            "Sextant 是一个基于 React Native + Expo 的个人记账应用，当前聚焦本地优先的记账体验，支持：",
            "Sextant 是一个基于 React Native + Expo 的个人记账应用，当前聚焦本地优先的记账体验。",
        ),
        ("这是一个基于Vue的博客系统，功能如下：", "这是一个基于Vue的博客系统。"),
        # A long last clause says something of its own; only its colon becomes a full stop.
        (
            "这是一个工具，它可以帮助你快速整理和归档大量的照片文件：",
            "这是一个工具，它可以帮助你快速整理和归档大量的照片文件。",
        ),
    ],
)
def test_a_chinese_lead_in_loses_the_short_clause_that_introduced_its_list(lead_in: str, sentence: str) -> None:
    assert extract(f"# k\n\n{lead_in}\n\n- 支出\n- 收入\n") == sentence


def test_hard_wrapped_chinese_is_joined_without_spaces_and_cut_to_one_sentence():
    readme = "# 工具\n\n这是一个用于处理配置文件的\n命令行工具。它还支持\n插件扩展。\n"
    assert extract(readme) == "这是一个用于处理配置文件的命令行工具。"


def test_korean_keeps_the_spaces_between_its_words():
    readme = "# 도구\n\n설정 파일을 처리하는\n명령줄 도구입니다.\n"
    assert extract(readme) == "설정 파일을 처리하는 명령줄 도구입니다."


def test_label_lines_with_an_address_or_a_number_are_not_prose():
    readme = "# 工具\n\ngithub地址：https://github.com/me/tool\n\n技术交流群：367260654\n\n这是一个命令行工具。\n"
    assert extract(readme) == "这是一个命令行工具。"


def test_three_words_pointing_elsewhere_are_not_a_description():
    assert extract("This is branch1\n", "README") == ""
    assert extract("# nodebrew\n\nNode.js version manager.\n") == "Node.js version manager."
    assert extract("# pynagram\n\nAn anagram utility\n") == "An anagram utility"


def test_a_readme_written_as_bullets_under_its_title_gives_the_first_bullet():
    readme = "# Tool\n\n- Generates sentences with Markov chains\n- Uses markovify\n\n## Install\n\nSee below:\n"
    assert extract(readme) == "Generates sentences with Markov chains"
    assert extract("# Tool\n\n- [Install](#install)\n- [Usage](#usage)\n") == ""  # a table of contents is not one


def test_a_cjk_full_stop_ends_the_sentence_even_in_mixed_script():
    readme = "# t\n\nAWS Signature Version 4 を 100 行未満の Python で実装したもの。外部依存ゼロで動く。\n"
    assert extract(readme) == "AWS Signature Version 4 を 100 行未満の Python で実装したもの。"


def test_usage_pointers_are_not_a_description():
    assert extract("# T\n\nHow to use\nAdd it to your build.gradle :\n") == ""


@pytest.mark.parametrize(
    "lead",
    ["Pour lancer le serveur de dev :", "Para rodar os testes:", "Para ejecutar el proyecto", "Per avviare il server:"],
)
def test_a_lead_into_a_command_in_french_spanish_portuguese_or_italian_is_not_a_description(lead):
    assert extract(f"# PomoTask\n\n## Use\n\n{lead}\n\n```shell\nphp -S localhost:8000 -t public\n```\n") == ""


def test_a_lead_in_to_steps_for_being_able_to_run_it_is_an_instruction():
    readme = (
        "Para poder probar este proyecto solo deben Instalar:\n*  Python3+\n\nCorrer:\n"
        "*  pip install -r requeriments.txt\n*  python3 manage.py runserver\n"
    )
    assert extract(readme) == ""
    assert extract("# X\n\nTo be able to run the tests you need:\n\n- Docker\n") == ""


def test_a_long_sentence_opening_with_a_purpose_still_describes():
    readme = "# T\n\nPara usar en clase, esta herramienta ofrece una calculadora de matrices escrita en Python con ejemplos.\n"
    assert extract(readme).startswith("Para usar en clase")


def test_a_bare_package_manager_command_is_no_description():
    # Sphere/sunbird-cb-uiproxy (part 258): "To run tests" over the command, set as a paragraph.
    assert extract("# sunbird-cb-uiproxy\n\nTo run tests\n\nnpm run test-with-coverage\n") == ""
    assert extract("# T\n\nyarn install\n") == ""
    # Words about a package manager are still words.
    assert extract("# T\n\nnpm run scripts made visible in a tree view for VS Code.\n").startswith("npm run scripts")


def test_a_heading_written_without_its_space_is_still_a_heading():
    assert extract("#MemorySlot\n\nMemorySlot is a card game for two.\n") == "MemorySlot is a card game for two."
    assert extract("#Tool\n##Usage\nRun it.\n") == ""


def test_rdoc_and_asciidoc_headings_in_a_markdown_file_are_headings():
    readme = "== Welcome to Rails\n\nRails is a web-application framework.\n"
    assert extract(readme) == "Rails is a web-application framework."


def test_a_section_dated_in_its_heading_is_news_not_the_description():
    # js0094q/AlpacaTrading (part 158): under the title, only a dated changelog section.
    readme = (
        "# Alpaca Trading Research Infrastructure\n\n## Bounded PostgreSQL outcome learning (2026-07-29)\n\n"
        "Section 10 adds derived, paper-only outcome evidence without changing order submission.\n"
    )
    assert extract(readme) == ""
    undated = readme.replace(" (2026-07-29)", "")
    assert extract(undated).startswith("Section 10 adds derived")


def test_the_name_before_a_titles_tagline_names_the_project_after_context():
    # marmota-app/marmdown (part 158): the paragraph before is about the product it parses for.
    readme = (
        "# Marmdown - Parser for marmota-flavored-markdown (MfM)\n\n"
        "[marmota.app](https://marmota.app) is a presentation software that uses markdown to create slides.\n\n"
        "marmdown is the parser for this markdown dialect.\n"
    )
    assert extract(readme) == "marmdown is the parser for this markdown dialect."
    # Who keeps it is not what it is; a paragraph that opens with the name already says it.
    kept = readme.replace("marmdown is the parser for this markdown dialect.", "Marmdown is maintained by David.")
    assert extract(kept).startswith("marmota.app is a presentation software")
    first = "# Boto3 - The AWS SDK for Python\n\nBoto3 is the AWS SDK for Python.\n\nBoto3 is a project of AWS.\n"
    assert extract(first) == "Boto3 is the AWS SDK for Python."


def test_frontend_and_backend_sections_say_how_to_run_a_half_not_what_it_is():
    # Noprop/Geckode (part 157): "## Frontend" and "## Backend" come first, then "## Core Concept".
    readme = (
        "## Frontend\n\nIt's Nextjs. Make sure to install pnpm first.\n\n"
        "## Backend\n\nWe're using Django for the backend.\n\n"
        "## Core Concept\n\nKids learn to code by dragging and dropping visual blocks.\n"
    )
    assert extract(readme) == "Kids learn to code by dragging and dropping visual blocks."
    # As an h1, "frontend" may be the repository's name: its words are still the description.
    assert extract("# frontend\n\nThe web client of the Foo shop, written in React.\n") == (
        "The web client of the Foo shop, written in React."
    )


def test_a_chinese_what_is_this_heading_is_an_about_section():
    # slamacraft/dingo-nav-backend (part 167): bullets under "## 这啥？" ("what's this?").
    readme = (
        "# dingo-nav-backend\n## 这啥？\n* 这是Moyu-nav的后端实现\n* 使用typescript开发\n\n## 这能干啥？\n* 导航页\n"
    )
    assert extract(readme) == "这是Moyu-nav的后端实现"


def test_a_later_paragraph_that_says_what_it_is_and_then_leads_into_a_list_is_read():
    # alexeldeib/incendiary-iguana (part 157): only the last sentence leads into the list.
    readme = (
        "Incendiary Iguana\n---\n\n![status](https://x/badge.svg)\n\n# Motivation\n\n"
        "This project aims to offer a declarative layer for resource management on Azure. "
        "It offers three tools to achieve this goal:\n\n- clients\n- controllers\n"
    )
    assert extract(readme).startswith("This project aims to offer a declarative layer")
    lead_in = readme.replace("This project aims to offer a declarative layer for resource management on Azure. ", "")
    assert extract(lead_in) == ""  # a paragraph that only leads in is still passed over


def test_rst_a_section_under_a_notice_heading_is_a_notice():
    # ghouchin/cormorant (part 162): "IMPORTANT!" over a licensing caveat, then "Overview".
    readme = (
        "==========\nIMPORTANT!\n==========\nThis code is intended for reference only while licensing issues are"
        " sorted out.\n\n========\nOverview\n========\n\nThis is the home of the cormorant package.\n"
    )
    assert extract(readme, "README.rst") == "This is the home of the cormorant package."


def test_rst_a_logo_beside_the_description_in_a_table_is_a_layout_not_a_table_of_facts():
    # ypauli/pelican_nlp (part 156): a grid table sets the logo beside the description.
    layout = (
        "Tool\n====\n\n.. |logo| image:: https://x/logo.png\n   :alt: Tool logo\n\n"
        "+--------+------------------------------------+\n"
        "| |logo| | Tool sorts your photos by date.    |\n"
        "+--------+------------------------------------+\n\n"
        "Installation\n============\n\nCreate a conda environment\n"
    )
    assert extract(layout, "README.rst") == "Tool sorts your photos by date."
    facts = layout.replace("| |logo| |", "| Speed  |")  # a table of facts is still passed over
    assert extract(facts, "README.rst") == ""
    # Inside an admonition the layout is the note's, passed over as every paragraph there is.
    noted = (
        "Tool\n====\n\n.. note::\n\n   +--------+------------------------------+\n"
        "   | |logo| | Not the description, a note. |\n   +--------+------------------------------+\n\n"
        ".. |logo| image:: https://x/logo.png\n\nTool sorts your photos by date.\n"
    )
    assert extract(noted, "README.rst") == "Tool sorts your photos by date."


def test_rst_descriptions_come_from_the_intro_or_the_first_section_as_in_markdown():
    text = "Tool\n====\n\nHighlights\n----------\n\nRun the tool on a folder of files.\n\nInstall\n-------\n\nInstalled with pip if you ask nicely.\n"
    assert extract(text, "README.rst") == "Run the tool on a folder of files."
    text = (
        "Tool\n====\n\nFeatures\n--------\n\n* fast\n* small\n\nInstall\n-------\n\nInstalled with pip if you ask nicely.\n\n"
        "About\n-----\n\nTool sorts your photos by date.\n"
    )
    assert extract(text, "README.rst") == "Tool sorts your photos by date."


def test_rst_a_setup_section_and_the_sections_within_it_are_skipped_as_in_markdown():
    # RoseateSpoonbill/python-bigquery-storage (part 278): the title, a lead-in to two links, then
    # "Quick Start" with "Installation" inside it, whose prose is how to use virtualenv.
    text = (
        "Python Client for Storage API\n=============================\n\nStorage API:\n\n- `Docs <https://x>`_\n\n"
        "Quick Start\n-----------\n\nIn order to use this library, you first need to do this:\n\n"
        "Installation\n~~~~~~~~~~~~\n\nInstall this library in a virtualenv using pip.\n"
    )
    assert extract(text, "README.rst") == ""
    markdown = "# Tool\n\n## Usage\n\nRun the tool on a folder of files.\n\n## Install\n\nUse pip.\n"
    rst = "Tool\n====\n\nUsage\n-----\n\nRun the tool on a folder of files.\n\nInstall\n-------\n\nUse pip.\n"
    assert extract(markdown) == extract(rst, "README.rst") == ""
    # A section at the top may be the title: "Dependency" in it is not a setup section's name.
    fang = (
        "NOTE: This project has moved.\n=============================\n\n"
        "Fang: Dependency injection for Python\n=====================================\n\n"
        "Fang is a dependency injection library for Python.\n"
    )
    assert extract(fang, "README.rst") == "Fang is a dependency injection library for Python."


def test_a_discontinued_line_is_a_notice_over_the_description():
    readme = "# Notifier\n\nThe app has been discontinued.\n\n## About\n\nA free notification manager for the app of the day.\n"
    assert extract(readme) == "A free notification manager for the app of the day."


def test_a_project_for_a_discontinued_service_still_describes():
    assert extract("# Reader\n\nA desktop client for the discontinued Google Reader service.\n") == (
        "A desktop client for the discontinued Google Reader service."
    )


def test_a_fork_of_an_archived_project_still_describes():
    readme = (
        "# Osmanthus\n\nOsmanthus is a production-ready fork of the archived Lilac project.\n\n"
        "## Documentation\n\nFor detailed guides, please refer to the docs/ folder.\n"
    )
    assert extract(readme) == "Osmanthus is a production-ready fork of the archived Lilac project."
    assert extract("# Old\n\nThis repository is archived.\n\n## Use\n\nIt parses logs for you.\n") == (
        "It parses logs for you."
    )
    # jpn--/larch (part 372): where the project went, before what it is.
    moved = "larch\n=====\n\n**We've moved!  Find version 6 and up at [x].**\n\nThis is a tool for logit models.\n"
    assert extract(moved, "README.rst") == "This is a tool for logit models."
    # gogsia86/farmers-market: a part of the project that moved out, then what the project is.
    readme = (
        "# 🌾 Market\n\n> 📱 **Mobile App**: Now in [separate repository](https://x.example) - See [guide](G.md)\n\n"
        "Market is a production-ready e-commerce platform for local farms.\n"
    )
    assert extract(readme) == "Market is a production-ready e-commerce platform for local farms."


def test_a_title_set_in_html_gives_its_tagline():
    readme = (
        '<h1 align="center"><img src="logo.png"> RZEmulator - An Open Source MMORPG Framework</h1>\n\n'
        "## Setup\n\nRun `make` first.\n"
    )
    assert extract(readme) == "An Open Source MMORPG Framework"
    # An unclosed heading holds no title, and is cheap to look through however often it opens.
    assert first_heading("<h1>" * 5000 + "\n# Name\n") == "Name"


def test_where_the_ideas_are_published_is_no_description():
    readme = (
        "Helium: Lifting Stencil Kernels from x86 Binaries to Halide\n=====\n\n### Publications\n\n"
        "The ideas of the project are published in the following paper.\n\n* [Helium](paper.pdf)\n"
    )
    assert extract(readme) == "Lifting Stencil Kernels from x86 Binaries to Halide"
    assert extract("# Fish\n\nThis repository holds the code for the methods described in the paper:\n") == (
        "This repository holds the code for the methods described in the paper."
    )


def test_another_way_to_do_a_step_and_a_check_to_make_are_instructions():
    # cleverapollo/farm-flutter-mobile (part 404): steps under "## L10n" and "## ENV", nothing more.
    readme = "# CMO\n\n## L10n\n\nor run `python l10n.py <key> <en>` to add strings and generate `LocaleKeys`.\n"
    assert extract(readme) == ""
    checked = "# CMO\n\nDouble-check that the files containing your API key contain the correct data.\n"
    assert extract(checked) == ""
    # A sentence with "or" and "use" further in still describes.
    assert extract("# T\n\nT renders maps, or use it to tile images.\n") == "T renders maps, or use it to tile images."


def test_a_cheer_is_never_the_description():
    # ChineseCharacterCottage/ChineseCharacterCottage (part 484): the whole README under its title.
    assert extract("# ChineseCharacterCottage\nlet's do it.\n") == ""
    assert extract("# T\n\nLet's go!\n\nT renders maps as SVG.\n") == "T renders maps as SVG."
    assert extract("# T\n\nLet's build a compiler together in Rust.\n") == "Let's build a compiler together in Rust."


def test_a_remark_on_a_detail_is_never_the_description():
    readme = (
        "# FitPro\n\n## Phase 1\n\nTo run the frontend:\n\n- `npm start`\n\n"
        "Note that user and user2 represent the authorization levels of the client and the trainer.\n"
    )
    assert extract(readme) == ""
    assert extract("# Old\n\nNOTE: This code will be archived by the end of July.\n") == (
        "NOTE: This code will be archived by the end of July."
    )


def test_what_github_shows_collapsed_gives_way_to_what_it_shows():
    readme = (
        "# LAB | Unit Testing\n\n<details>\n  <summary>\n   <h2>Learning Goals</h2>\n  </summary>\n\n"
        "This exercise allows you to practice the concepts taught in class.\n\n</details>\n\n"
        "## Introduction\n\nIn this lab, you will practice writing programs test first.\n"
    )
    assert extract(readme) == "In this lab, you will practice writing programs test first."
    # With nothing shown, the collapsed paragraph is still read.
    alone = "# Lab\n\n<details>\n<summary>Goals</summary>\n\nThis exercise practises loops.\n\n</details>\n"
    assert extract(alone) == "This exercise practises loops."


def test_another_name_said_alone_gives_way_to_the_description():
    # Northeastern-Electric-Racing/FinishLine (part 365).
    readme = "# FinishLine by NER\n\nAlso known as PM Dashboard v5.\n\nA project management web application.\n"
    assert extract(readme) == "A project management web application."
    # Said before what it is, in the same sentence, it is part of the description.
    named = "# Fennec\n\nFormerly known as GeckoEMF, Fennec is a modelling toolkit.\n"
    assert extract(named) == "Formerly known as GeckoEMF, Fennec is a modelling toolkit."


def test_a_section_on_database_migrations_is_never_the_description():
    # PBSA/StreamersEdge (part 369): a pointer to the API docs, setup, then "## Migrations & Seeds".
    readme = (
        "# StreamersEdge\n\n## API Documentation\n\nYou can find API documentation here - [docs](docs/api.md)\n\n"
        "## Migrations & Seeds\n\nTo undo single migrations yarn db-migrate-undo\n"
    )
    assert extract(readme) == ""


def test_telling_the_reader_what_to_do_is_never_the_description():
    # TremendousPorcupines/bangazon-node-api: set-up steps under headings that do not say so.
    readme = (
        "# bangazon-node-api\n\n### Database:\n\n"
        "To instantiate a new database you will need to run `$ npm run db:reset` in your terminal.\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\nBefore you start, you must sign in.\n\nT plots maps.\n") == "T plots maps."
    assert extract("# T\n\nДля подключения необходимо скопировать .github.\n\nT plots maps.\n") == "T plots maps."
    # "… you need" inside a noun phrase is no instruction.
    assert extract("# Dash\n\nOnly the feeds you need.\n") == "Only the feeds you need."


def test_a_line_of_features_set_as_a_paragraph_is_never_the_description():
    # JamesVicuna/bookmark-manager: features as emoji-led paragraphs, the purpose further down.
    readme = (
        "## Bookmark Manager\n\n### Features\n\n🔖 Save Bookmarks – Store links with titles and favicons\n\n"
        "🔎 Search & Filtering – Quickly find bookmarks by title\n\n### Purpose\n"
        "This project demonstrates modern full-stack web development practices.\n"
    )
    assert extract(readme) == "This project demonstrates modern full-stack web development practices."
    # An emoji before a name and what it is, with a dash, is a tagline, not a feature.
    assert extract("# T\n\n🚀 Tool Kit – a fast tool for drawing maps.\n") == "Tool Kit – a fast tool for drawing maps."


def test_a_step_that_leads_into_a_command_is_never_the_description():
    # cleverapollo/farm-flutter-mobile (part 404): "## L10n", then a step and its command.
    readme = (
        "# CMO - Supply Chain Integrity\n\n## L10n\n\nUse `flutter_gen` to generate assets and fonts:\n\n"
        "```\nflutter packages pub run build_runner build\n```\n"
    )
    assert extract(readme) == ""
    # shivani-atmecs/katabat: a lead-in to links, in a README of links.
    links = "# Example\n\nRun both Back-end & Front-end in one place:\n> [Integrate Angular](https://x.test/a)\n"
    assert extract(links) == ""
    assert extract("# T\n\nTo generate the keys after adding strings:\n\n```\nmake keys\n```\n") == ""
    # An imperative that says what the project lets you do is a description.
    assert extract("# Excalidraw\n\nCreate beautiful hand-drawn like diagrams.\n") == (
        "Create beautiful hand-drawn like diagrams."
    )


def test_what_the_project_is_not_is_never_the_description():
    # alderjhuynh/zephyr (part 375): a module's notes that open with what they leave out.
    readme = "# Zephyr Module Notes\n\n## Disclaimer\n\nThis project does not include anti-cheat bypasses.\n"
    assert extract(readme) == ""
    assert extract("# T\n\nThis project isn't affiliated with Valve.\n\nT plots maps.\n") == "T plots maps."


def test_where_it_will_be_available_is_no_description():
    readme = (
        "# Notifier\n\n## Download\n\nWill also be available to download from F-Droid once out of beta status\n\n"
        "## About\n\nNotifier is a free notification manager for the app of the day.\n"
    )
    assert extract(readme) == "Notifier is a free notification manager for the app of the day."


DIST_ZILLA_README = (
    "\n\nThis archive contains the distribution Net-Bullfinch,\nversion 0.16:\n\n"
    "  Perl wrapper for talking with Bullfinch\n\n"
    "This software is copyright (c) 2013 by Infinity Interactive, Inc.\n\n"
    "This is free software; you can redistribute it and/or modify it under\n"
    "the same terms as the Perl 5 programming language system itself.\n"
)


@pytest.mark.parametrize("path", ["README", "README.txt"])
def test_a_dist_zilla_readme_gives_the_distributions_abstract(path):
    # gitpan/Net-Bullfinch (part 253): the archive's line, then the abstract, then copyright.
    assert extract(DIST_ZILLA_README, path) == "Perl wrapper for talking with Bullfinch"


def test_a_perl_distributions_copyright_and_licence_are_never_the_description():
    readme = DIST_ZILLA_README.split("This software", 1)[1]
    assert extract("This software" + readme, "README") == ""


def test_code_the_dreams_class_readme_is_the_class_instructions():
    # Armanchi/react-cockatoo (part 255) and Vjohnson222/react-cockatoo keep the class's README.
    readme = (
        "# Welcome to Code the Dream's React Class!  \n\n### During class you will be building **TWO** React apps...\n\n"
        "The **FIRST** will be a **BLOG APP** that you build while working through the class textbook.\n"
    )
    assert extract(readme) == ""


def test_a_line_about_what_the_document_is_for_gives_way_to_what_the_project_is():
    # flandrestoy/libreamp (part 264): a context document for an assistant, then "What it is".
    readme = (
        "# LibreAmp — project overview\n\nContext document for handing this codebase to an assistant. It describes "
        "what the app is.\n\n## 1. What it is\n\nAn Android audio player that decodes through its own FFmpeg build.\n"
    )
    assert extract(readme) == "An Android audio player that decodes through its own FFmpeg build."
    # A document the project is stays its description: "Design documents for …" names what it holds.
    assert (
        extract("# T\n\nDesign documents for the T flight controller.\n")
        == "Design documents for the T flight controller."
    )


def test_asking_for_money_or_a_chat_is_never_the_description_not_even_as_a_fallback():
    assert extract("# T\n\nBecome a backer on Open Collective and support our work.\n") == ""
    assert extract("# T\n\nNothing works yet.\n\nJoin our Discord server to chat with us.\n") == "Nothing works yet."


def test_praise_closing_a_description_does_not_make_it_an_aside():
    readme = (
        "# Flask\n\nFlask is a web framework. It has become one of the most popular Python frameworks.\n\n"
        "Flask offers suggestions, but doesn't enforce any dependencies.\n"
    )
    assert extract(readme).startswith("Flask is a web framework.")


@pytest.mark.parametrize(
    "label", ["AI-Usage Disclaimer", "Legal disclaimer", "Quick note", "Important Notice", "AI documentation reminder"]
)
def test_a_notice_word_after_a_word_or_two_of_label_is_a_notice(label):
    readme = (
        f"# Minesweeper\n\n> {label}: <br>\n> This project started as a way to learn Rust.\n\n"
        "## Overview\n\nA Rust library for generating and solving Minesweeper fields.\n"
    )
    assert extract(readme) == "A Rust library for generating and solving Minesweeper fields."
    # Without the colon a label is words of the sentence: "Quick notes app for the terminal."
    assert extract("# QN\n\nQuick notes app for the terminal.\n") == "Quick notes app for the terminal."


def test_a_section_headed_note_is_a_notice_to_its_end():
    readme = (
        "## Note\n\nConsider native promises.\n\nWhen work on Q began, promises were a novelty.\n\n"
        "# Q\n\nIf a function cannot return a value without blocking, it can return a promise.\n"
    )
    assert extract(readme).startswith("If a function cannot return a value")


@pytest.mark.parametrize(
    "plug",
    [
        "Show your love for tool -- T-shirts, mugs, and stickers now available!",
        "Just type tool.re to go here. Check out my apps and follow me on Twitter.",
    ],
)
def test_merchandise_and_follower_plugs_are_never_the_description(plug):
    assert extract(f"# tool\n\n{plug}\n") == ""
    assert extract(f"# tool\n\n{plug}\n\ntool finds files fast.\n") == "tool finds files fast."


def test_a_description_may_end_by_asking_to_be_followed():
    readme = (
        "Currently working on Datasette, LLM and associated projects. Read my blog, subscribe to my newsletter, "
        "follow me on Mastodon or on Bluesky.\n"
    )
    assert extract(readme).startswith("Currently working on Datasette")


def test_a_copyright_line_is_never_the_description_not_even_as_a_fallback():
    readme = (
        "Copyright (c) Dequeue Ltd and its licensors.\nUse of this code is subject to our "
        "[Terms and Conditions](https://x/terms).\nBy contributing code you assign all rights to us.\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\n© 2024 Ann Example. All rights reserved.\n") == ""
    assert extract("# Dartzee\n\nAll rights reserved\n\n## Setup\n\nRun daktari.\n") == ""
    # The name, then whose it is: the overview under it is what the project is.
    readme = (
        "# ButterflyPACK\nButterflyPACK, Copyright (c) 2018, The Regents of the University of California. "
        "All rights reserved.\n\n## Overview\nButterflyPACK is a mathematical software for solving dense systems.\n"
    )
    assert extract(readme) == "ButterflyPACK is a mathematical software for solving dense systems."
    # A comma after a name with no copyright is a sentence as any other.
    assert extract("# T\n\nT, a tiny tool, copies files.\n") == "T, a tiny tool, copies files."


def test_a_library_named_without_its_repositorys_suffix_still_names_the_project():
    # toddharrison/CanaryLib: "Canary is …", then "This repository contains the library/specifications."
    readme = (
        "CanaryLib\n=========\n\nCanary is a Minecraft Server modification and library with built-in data "
        "management.\n\nThis repository contains the library/specifications.\n"
    )
    assert extract(readme) == "Canary is a Minecraft Server modification and library with built-in data management."
    readme = "# beetle.js\n\nBeetle is a tiny router for single-page apps.\n\nThis repository holds the sources.\n"
    assert extract(readme) == "Beetle is a tiny router for single-page apps."


def test_a_note_runs_on_until_the_project_says_what_it_is():
    # troubling/hummingbird: the note under the title, then the description by the project's name.
    readme = (
        "Hummingbird\n===========\n\nNOTE: Hummingbird is no longer under active development.\n\n"
        "Hummingbird is a scalable, performant distributed object storage system written in Go.\n"
    )
    assert extract(readme) == "Hummingbird is a scalable, performant distributed object storage system written in Go."
    # What follows a note without naming the project is still part of the note.
    readme = "# Tool\n\nNOTE: Tool is in maintenance-only mode.\n\nGenerally you want to use Other instead.\n"
    assert extract(readme) == "NOTE: Tool is in maintenance-only mode."


def test_a_warning_is_never_the_description_not_even_as_a_fallback():
    readme = "tool\n====\n\n**Warning: This repository is for development. Use it at your own risk.**\n\nDependencies\n------------\n\n* ndex2\n"
    assert extract(readme, "README.rst") == ""
    assert extract("# T\n\n> [!WARNING]\n> Experimental, use at your own risk.\n") == ""
    assert extract("# T\n\nThis project is deprecated: use U.\n") == "This project is deprecated: use U."


def test_a_line_stamped_with_the_time_is_a_log_entry_not_a_description():
    assert extract("deploy test Fri Oct 24 04:36:59 PM UTC 2025\n") == ""
    # A sentence that mentions a time of day in passing still reads.
    assert extract(
        "# T\n\nT posts the day's headlines to Slack every morning at 07:30:00 local time, with links.\n"
    ) == ("T posts the day's headlines to Slack every morning at 07:30:00 local time, with links.")


def test_short_lines_without_sentences_are_a_list_and_about_headings_count_in_other_languages():
    readme = (
        "#Dokumentation\n\n##ADMIN\nanvändarnamn leon  \nlösenord leon\n\n##SETUP\nProjektet använder django 1.4.\n\n"
        "##INLEDNING\nMitt projekt heter TimeForTale och handlar om berättelser.\n"
    )
    assert extract(readme) == "Mitt projekt heter TimeForTale och handlar om berättelser."


def test_an_html_heading_broken_by_br_stays_a_heading_and_a_paragraph_beats_it():
    readme = (
        '<div align="center"><h2>An open source whiteboard. <br/>Collaborative and encrypted. <br/></h2></div>\n\n'
        '<p align="center">Create beautiful hand-drawn like diagrams.</p>\n'
    )
    assert extract(readme) == "Create beautiful hand-drawn like diagrams."
    readme = '<h2 align="center">chinese-poetry: 最全中文诗歌古典文集数据库</h2>\n\n最全的中华古典文集数据库，包含唐诗。数据来源于互联网。\n'
    assert extract(readme) == "最全的中华古典文集数据库，包含唐诗。"
    assert extract('<h3 align="center">A tiny web server written for humans and robots.</h3>\n').startswith(
        "A tiny web"
    )


def test_a_sentence_broken_by_br_after_a_comma_goes_on_and_taglines_broken_by_br_stay_apart():
    readme = (
        '<div align="center">\n  <h1>Summit 2026 Booth</h1>\n\n  <p>The <a href="https://sandstone.dev">Sandstone</a> '
        "booth for Smithed Summit 2026,<br>\n  written entirely in TypeScript.</p>\n</div>\n"
    )
    assert extract(readme) == "The Sandstone booth for Smithed Summit 2026, written entirely in TypeScript."
    taglines = '<p align="center">Your personal notebook for ideas<br>Jot it down, clip what you read</p>\n'
    assert extract(taglines) == "Your personal notebook for ideas"


def test_context_first_then_this_project_gives_the_project():
    readme = (
        "100km results\n=======\n\nEach year, there's a 100km walk race in Steenwerck.\n\n"
        "This project provides a website to check where your friends are in the race.\n"
    )
    assert extract(readme) == "This project provides a website to check where your friends are in the race."
    # A first paragraph that names the project is its description, whatever follows.
    readme = "# Tool\n\nTool turns logs into charts.\n\nThis project is inspired by Other.\n"
    assert extract(readme) == "Tool turns logs into charts."
    # "This is the SDK for …" says what it is too, though it calls itself by no word of SELF's
    # (oracle/oci-python-sdk, where the overlined "About" is read as the title).
    readme = (
        "About\n=====\n\nThis is the Python SDK for Oracle Cloud Infrastructure.\n\n"
        "The project is open source and maintained by Oracle Corp.\n"
    )
    assert extract(readme) == "This is the Python SDK for Oracle Cloud Infrastructure."
    # "This repository contains an … application" says what it holds, and so what it is.
    readme = (
        "# ThunderbirdsBoardGameEngine\n\nThis repository contains an experimental ASP.NET based application\n"
        "built around the *Thunderbirds* board game domain.\n\n"
        "The project is primarily intended to demonstrate SDET-focused engineering practices.\n"
    )
    assert extract(readme).startswith("This repository contains an experimental ASP.NET based application")
    # So does "contains the … package" after context (Microchip-MPLAB-Harmony/smartenergy, part 166);
    # "contains the code for …" still only says where the code is.
    readme = (
        "# MPLAB Harmony 3 Smart Energy Support Package\n\nMPLAB Harmony 3 is an extension of the MPLAB ecosystem.\n\n"
        "This repository contains the MPLAB Harmony 3 Smart Energy package, which includes PLC solutions.\n"
    )
    assert extract(readme).startswith("This repository contains the MPLAB Harmony 3 Smart Energy package")
    assert extract(readme.replace("the MPLAB Harmony 3 Smart Energy package", "the code for it")).startswith("MPLAB")
    # Context, then the question about the project and its answer: the answer.
    readme = (
        "# JUNOS Terraform Automation Framework (JTAF)\n\nTerraform is traditionally used for managing virtual "
        "infrastructure.\n\nSo what is JTAF? It's a framework that takes you from YANG models to a Terraform provider.\n"
    )
    assert extract(readme) == "It's a framework that takes you from YANG models to a Terraform provider."


def test_a_later_section_gives_the_description_when_nothing_before_it_does():
    text = (
        "Report Time Tool\n================\n\nInstalling\n----------\nInstallation::\n\n    ./setup.sh\n\n"
        "Updating\n--------\nYou can use Git to update to the latest release::\n\n    git pull\n\n"
        "Automatic Import\n----------------\nThe ideal use for Time Reporter is to export tracked time.\n"
    )
    assert extract(text, "README.rst") == "The ideal use for Time Reporter is to export tracked time."
    readme = "# T\n\n## Install\n\n```\nmake\n```\n\n## The idea\n\nT keeps notes in plain text files.\n"
    assert extract(readme) == "T keeps notes in plain text files."
    # request/request: under a title that is a notice, the project by a name and "is".
    readme = "# Deprecated!\n\n## Install\n\nnpm i\n\n## Super simple to use\n\nRequest is designed to be simple.\n"
    assert extract(readme) == "Request is designed to be simple."
    readme = "# T\n\n## Install\n\nmake\n\n## Motivation\n\nThis tool keeps notes in plain text files.\n"
    assert extract(readme) == "This tool keeps notes in plain text files."


@pytest.mark.parametrize(
    "later",
    [
        "## Dependencies\n\nInstalled if you ask pip for the extra one.\n",
        "## backup.py\n\n**backup.py** lets the caller copy a folder to the server.\n",
        "## Q&A\n\n### Why are arrows half-width?\n\nArrows are rare in source code, so they are narrow.\n",
        "## Fonts\n\n### Icons missing in NERDTree\n\nAdd the following to your vimrc to see them.\n",
        # hypermesh: a report on how far along it is, not what it is.
        "## Implementation Status Assessment\n\nEstimated production ready: 3-6 months from now.\n",
        # SofZll/SlothSelfie (part 164): a heading that is a folder's path, over what the folder holds.
        "## Organizzazione in file\n\n### `backend/`\n\nContiene tutta la logica server-side.\n",
        # rodobarcaaa/tapir-http4s-seed (part 164): how it signs users in, one feature among many.
        "## Authentication\n\nThis project includes JWT-based authentication. See the guide.\n",
        # lmariscal/axolotl (part 167): where the libraries it uses are kept, and their licences.
        "## Third Party Libraries\n\nAll third party libraries are located under directory 'third/'.\n",
        # ChimpGamer/NetworkManagerWebbie: a detail of one part, neither naming the project nor
        # saying of itself what it is.
        "## Addons\n\nCurrently, there is only two addons implemented.\n",
        "## Themes\n\nCharts (and chart components) can now be 'themed'.\n",
    ],
)
def test_later_sections_about_setup_status_one_file_or_a_question_are_not_the_description(later):
    assert extract(f"# T\n\n## Download\n\n[T.zip](T.zip)\n\n{later}") == ""


def test_a_what_is_question_in_a_later_section_is_answered_by_the_description():
    # FreeHealth/freehealth: past a heading that is a note, "### What is FreeHealth EHR?" is no
    # FAQ entry about one detail, as "### Why are arrows half-width?" is.
    readme = (
        "# FreeHealth EHR\n\n# https://freehealth.io\n\n## FreeHealth EHR is a fork of FreeMedForms\n\n"
        "### What is FreeHealth EHR?\n\nA free and open source electronic health record\n"
    )
    assert extract(readme) == "A free and open source electronic health record"


def test_a_licence_line_is_no_description_but_a_licence_in_brackets_is_an_aside():
    readme = "# T\n\nThis project is licensed under the MIT License.\n\nT renders maps.\n"
    assert extract(readme) == "T renders maps."
    # stack-auth/stack-auth: the licence named in brackets after the description.
    readme = (
        "# Stack Auth\n\nStack Auth is a managed user authentication solution. It is developer-friendly and"
        " fully open-source (licensed under MIT and AGPL).\n\nStack Auth gets you started in five minutes.\n"
    )
    assert extract(readme) == "Stack Auth is a managed user authentication solution."


def test_a_licence_line_or_the_authors_in_russian_are_no_description():
    # axsapronov/QSopherim: a setext title, "### Авторы" over a name and an address, then the licence.
    readme = (
        "projectQ\n=======\n\n### Авторы\n\n* Sapronov Alexander sapronov.alexander92[@]gmail.com\n\n"
        "### Исходный код\n\nИсходный код распространяется под лицензией GNU GPL v3.\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\n## Авторы\n\nSapronov Alexander, 2013.\n") == ""
    assert extract("# T\n\nCe logiciel est distribué sous licence MIT.\n") == ""
    # A description that names its licence after saying what the project is stays one.
    assert extract("# T\n\nT ist ein Werkzeug für Karten. Es steht unter der MIT-Lizenz.\n") == (
        "T ist ein Werkzeug für Karten."
    )


def test_a_description_that_goes_on_to_its_licence_is_still_a_description():
    # skordal/wagtail: what it is, then its licence, in one paragraph.
    readme = (
        "# WagtailOS README\n\n## Introduction\n\nWagtailOS is a simple operating system for the BeagleBoard"
        " written in C++. It is licensed under the Modified BSD license, which can be found in the LICENSE"
        " file.\n\nThe goal of Wagtail is to be a simple operating system for the BeagleBoard.\n"
    )
    assert extract(readme) == "WagtailOS is a simple operating system for the BeagleBoard written in C++."
    # A paragraph that opens with its licence, or does not say what the project is, is about the licence.
    licence = "# T\n\nT is licensed under the MIT License. T is a map renderer.\n\nT renders maps.\n"
    assert extract(licence) == "T renders maps."
    thanks = "# T\n\nWe are glad to share T with you. It is licensed under MIT.\n\nT renders maps.\n"
    assert extract(thanks) == "T renders maps."
    # LanternPowered/Lantern (part 365): what kind of thing it is, then its licence.
    kind = "# Lantern\n\nA compatible Minecraft server. It is licensed under the MIT License.\n\n## Clone\n\nRun it.\n"
    assert extract(kind) == "A compatible Minecraft server."


def test_the_line_labelled_description_in_a_block_of_facts_is_the_description():
    # New-Vision-2050/Contsrix_Core_Api: a block of bold labels, one of them "Description".
    readme = (
        "# T\n\n**Project Name:** T\n**Type:** Laravel API Backend\n"
        "**Description:** This is the core API for the T platform. It serves tenants.\n\n"
        "The project follows a modular architecture.\n"
    )
    assert extract(readme) == "This is the core API for the T platform."
    # Without such a line the block is still facts, not prose.
    readme = "# T\n\n**Project Name:** T\n**Type:** Laravel API Backend\n\nT renders maps.\n"
    assert extract(readme) == "T renders maps."


@pytest.mark.parametrize("label", ["In brief", "In short", "Synopsis", "Abstract", "Overview", "About"])
def test_a_line_labelled_as_a_summary_in_a_block_of_facts_is_the_description(label):
    # LuiguiGallardo/transcriptome_soursop-guanabana (part 733): "Start date: …" then "In brief: …".
    readme = f"# T\nStart date: 07.10.2019\n{label}: De novo assembly of a fruit's transcriptome\n"
    assert extract(readme) == "De novo assembly of a fruit's transcriptome"


def test_a_heading_labelled_as_the_description_is_the_description():
    # nammuung/s-chicken (part 209): a README of numbered h5 headings, the third the description.
    readme = (
        "# 팀명 : S-chicken\n##### 1.프로젝트 명 : S-chicken 그룹웨어\n##### 2.팀원 : 김범서, 이동일\n"
        "##### 3.프로젝트 설명 :  가상의 치킨 프랜차이즈 그룹웨어 입니다.   \n"
    )
    assert extract(readme) == "가상의 치킨 프랜차이즈 그룹웨어 입니다."
    assert extract("# T\n\n## Description: A map renderer for hikers.\n\n## Usage\n\nRun it.\n") == (
        "A map renderer for hikers."
    )


def test_a_section_announcing_something_new_is_not_the_description():
    # BiglionX/3CEP (part 210): the title's Chinese tagline, a row of slogans, then a section that
    # announces another product, with its own tagline in a blockquote.
    readme = (
        "# ProdCycleAI - 智能循环经济平台\n\n🚀 **一站式方案** | 🌍 **绿色发展** | 💡 **智能匹配**\n\n---\n\n"
        "## 🦞 Proclaw Desktop - AI 驱动的商业操作系统 (NEW!)\n\n> **全新桌面端产品** - 统一入口、离线优先、技能扩展\n"
    )
    assert extract(readme) == "智能循环经济平台"
    news = "# T\n\n## News\n\nVersion 2 ships a faster tile cache for all users.\n\n## About\n\nT draws maps.\n"
    assert extract(news) == "T draws maps."


def test_an_overview_label_and_address_run_into_a_name_is_a_sentence():
    # Daceman00/HotelIO_FullStack (part 274): no Markdown at all, so a section's name, the live
    # address and the description are one paragraph; the sentence after says less.
    readme = (
        "📖 Project Overview\nhttps://hotelio.example.app\nHotelIO is a MERN web application developed to "
        "digitalize hotel business operations.\n\nThe application is designed to be user-friendly and flexible.\n"
    )
    assert extract(readme) == "HotelIO is a MERN web application developed to digitalize hotel business operations."
    # Without a title, a name then "is a" says what the project is; a later "The app is …" does not
    # win over it.
    assert extract("Tilemill is a map editor for cartographers.\n\nThe app is fast.\n") == (
        "Tilemill is a map editor for cartographers."
    )
    # emd4600/SporeModder-FX (part 367): a section's heading below the paragraphs names nothing.
    sectioned = "Tilemill is a map editor for cartographers.\n\nThe app is fast.\n\n## Development\n\nRun mvn.\n"
    assert extract(sectioned) == "Tilemill is a map editor for cartographers."


def test_here_is_the_link_to_the_data_is_a_pointer_not_the_description():
    # RuddyTurnstone/Airbnb-Europe-Exercise (part 277): where the dataset is, then what the report does.
    readme = (
        "# Airbnb Europe Exercise\n### Exploratory Data Analysis report\n---\n[Here](https://x.example) is the link "
        "to the dataset that has been analysed for this report.\n\nIn this report i will go through the findings "
        "i had answering the questions from the task sheet.\n"
    )
    assert (
        extract(readme)
        == "In this report i will go through the findings i had answering the questions from the task sheet."
    )


def test_the_symfony_installers_line_is_not_the_description():
    # jserrano99/gestion-caracal (part 283): the README the Symfony installer writes, unchanged.
    assert extract("gestion-caracal\n===============\n\nA Symfony project created on August 17, 2017, 7:57 am.\n") == ""
    readme = "sym1\n====\n\nA Symfony project created on October 17, 2015, 11:02 am.\n\nSym1 books rooms for clubs.\n"
    assert extract(readme) == "Sym1 books rooms for clubs."


def test_the_course_and_dates_a_project_ran_are_facts_not_the_description():
    # jis22u/Meerkat (part 283): the title's tagline says what it is; the line under it is the
    # course and the dates it ran.
    readme = "# 거기어때 - 실시간 정보 공유 플랫폼\nSSAFY 8기 2학기 공통 프로젝트   \n2023.01.03 ~ 2023.02.17 (46일)\n"
    assert extract(readme) == "실시간 정보 공유 플랫폼"
    assert extract("# T\n\nBootcamp project, 2024-01-08 – 2024-03-01\n\nT tracks lending between neighbours.\n") == (
        "T tracks lending between neighbours."
    )
    # verybiggest80/faroe-dolomites-2026 (part 679): the dates, then what the app is; "需要 Node.js 20 以上。"
    # below is a requirement.
    readme = "# 法羅群島 2026\n\n2026-08-15 – 2026-08-31，2 位成人自助旅行的個人行程 App。\n\n## 本機執行\n\n需要 Node.js 20 以上。\n"
    assert extract(readme) == "2026-08-15 – 2026-08-31，2 位成人自助旅行的個人行程 App。"
    assert extract("# 法羅群島 2026\n\n需要 Node.js 20 以上。\n") == ""
    assert extract("# T\n\nPython 3.10 以上が必要です。\n") == ""


def test_a_first_line_in_title_case_is_a_title_without_its_hash():
    # peweew/Intro-to-Programming-Nanodegree (part 271): a plain first line, then sessions passed.
    readme = "Introduction to Programming Nanodegree\n\n1. Session 1...(Passed)\n1. Session 2...(Passed)\n"
    assert extract(readme) == ""
    # Read as the title, so a sentence below it is still the description; a first line that is a
    # sentence is not a title.
    assert extract("Weather Station\n\nReads a BME280 sensor and logs the readings.\n") == (
        "Reads a BME280 sensor and logs the readings."
    )
    assert extract("Reads a BME280 sensor and logs the readings\n\n1. Wire it up\n") == (
        "Reads a BME280 sensor and logs the readings"
    )
    # CEOFYEAST/FactorioProductionCalculator (part 368): no blank line between the title and the
    # description, so Markdown joins them; the first line is still the title.
    joined = "Factorio Production Calculator\nA web app for planning factory production chains.\n"
    assert extract(joined) == "A web app for planning factory production chains."


def test_a_lead_in_loses_the_relative_clause_whose_object_was_its_list():
    # oks-citadel/UGC-Content-Creation-SaaS-Platform (part 488): "… platform that unifies:" over a list.
    readme = "# N\n\nNEXUS is an AI-powered creator marketing platform that unifies:\n\n- discovery\n- analytics\n"
    assert extract(readme) == "NEXUS is an AI-powered creator marketing platform."
    which = "# W\n\nWardrobe is a monorepo for a styling platform, which combines:\n\n- a web app\n- an API\n"
    assert extract(which) == "Wardrobe is a monorepo for a styling platform."


def test_a_first_line_on_what_the_repository_is_for_is_no_title():
    # jvbbott/porpoise (part 332): the whole README, in title case, says what the repository holds.
    assert extract("\nRepo for CS147 Study Buddy Application\n") == "Repo for CS147 Study Buddy Application"


def test_a_lead_in_loses_the_preposition_that_pointed_at_its_links():
    # shaddockh/js_roguelike_tutorial (part 268): "Working through the roguelike tutorials at:" over
    # two bare links, which are not quoted, so "at" would point at nothing on the card.
    readme = "Roguelike Tutorial Workshop\n===\n\nWorking through the roguelike tutorials at:\n* http://a.example/one\n* http://b.example/two\n"
    assert extract(readme) == "Working through the roguelike tutorials"
    assert extract("# T\n\nT is a Rust port of the parser found at:\n\nhttps://x.example\n") == (
        "T is a Rust port of the parser found."
    )
    # OslothLAS/ProyectoDeploy: "diseñada para:" over a list, in Spanish as in English.
    spanish = "# jbp\n\nEsta es una plantilla de proyecto diseñada para:\n\n* Java 17.\n* JUnit 5.\n"
    assert extract(spanish) == "Esta es una plantilla de proyecto diseñada."
    german = "# K\n\nKassa ist eine Projektvorlage mit Maven, gedacht für:\n\n* Java 17\n* JUnit 5\n"
    assert extract(german) == "Kassa ist eine Projektvorlage mit Maven, gedacht."
    # drfoehn/kidsgames (part 716): "… built with Flask, including:" over the games; "including" and
    # "like" introduce a list that is not quoted.
    games = "# Kids Games\n\nThis repository contains web-based games built with Flask, including:\n\n- Chess\n- Go\n"
    assert extract(games) == "This repository contains web-based games built with Flask."
    assert extract("# K\n\nKassa is a till for shops like:\n\n- bakeries\n- kiosks\n") == "Kassa is a till for shops."


def test_a_pointer_after_a_short_description_is_not_run_on_with_it():
    # civet-org/core (part 287): "This is a Civet module. Please visit civet.js.org for more
    # information." Short fragments of a tagline run on; a pointer to read more elsewhere does not.
    readme = "# @civet/core\n\nThis is a Civet module.\nPlease visit [civet.js.org](http://civet.js.org) for more information.\n"
    assert extract(readme) == "This is a Civet module."
    assert extract("# T\n\nTyper, build great CLIs. Easy to code.\n") == "Typer, build great CLIs. Easy to code."


def test_a_name_with_exclamation_marks_stays_whole():
    # tconti97/PuffballPanic: the game is "Puffball! Panic!".
    readme = "# PuffballPanic\n Collection of scripts used in Puffball! Panic!\n"
    assert extract(readme) == "Collection of scripts used in Puffball! Panic!"
    # A sentence after an exclamation is still a sentence of its own.
    readme = "# T\n\nA long and careful tool for drawing maps of cities! It renders fast.\n"
    assert extract(readme) == "A long and careful tool for drawing maps of cities!"


def test_a_species_not_yet_named_does_not_end_the_sentence():
    # RishiDeKayne/WhitefishReferenceGenome (part 270): "sp." is biology's "species", and the
    # quoted name after it belongs to the same sentence. (Its label held either way; the excerpt
    # stopped at "sp.".)
    readme = '# W\n\nScripts used for Coregonus sp. "Balchen" genome assembly/analysis in De-Kayne, Zoller 2020\n'
    assert (
        extract(readme) == 'Scripts used for Coregonus sp. "Balchen" genome assembly/analysis in De-Kayne, Zoller 2020'
    )


def test_a_chinese_sentence_after_the_name_in_the_title_is_its_tagline():
    # yealoooo/loach_im (part 269): a one-line README whose title carries the description after the
    # name, with no dash between them.
    assert extract("# loach_im 基于netty实现的即时通讯项目  此项目为服务端\n").startswith("基于netty实现的即时通讯项目")
    # A short phrase after the name is a subtitle, and Korean spaces its words like English.
    assert extract("# Zephyr 项目中文文档\n") == ""
    assert extract("# algo 백준 알고리즘 솔루션 자바 코드 저장소\n") == ""


def test_where_the_app_is_deployed_and_how_its_branches_are_laid_out_are_not_what_it_is():
    # UOA-CS732-SE750-Students-2024/project-group-noble-nightingales (part 217).
    readme = (
        "# COMPSCI 732 project - Team Noble Nightingales\n\nOur Web Application is deployed on this "
        "[link](https://example.org/explore)\n\n- This application consists of two branches:\n  - main branch\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\nThis repository consists of two branches: main and gh-pages.\n\nT draws maps.\n") == (
        "T draws maps."
    )


def test_metadata_blocks_and_labels_over_a_word_or_two_are_not_prose():
    readme = (
        "# Dotfiles\n\n最終更新: 2026-04-20\n対象: 開発者\nタグ: `setup`, `core`\n\nA fast development environment.\n"
    )
    assert extract(readme) == "A fast development environment."
    html_body = "<p>\n<b>Info:</b><br>Версия: 1.0<br>Исходный код: GitHub<br><br>Приложение создано как дипломный проект.\n</p>\n"
    assert extract(html_body) == "Приложение создано как дипломный проект."


def test_a_paragraph_whose_lines_hold_links_is_not_a_metadata_block():
    # sheepduke/silver-brain (part 208): each line had "…(https:" within its first 31 characters,
    # which read as a label and its colon, so the whole description was dropped as facts.
    readme = (
        "# Silver Brain\n\nSilver Brain is a [Brain](https://www.thebrain.com/) like software, inspired by\n"
        "[org-brain](https://github.com/Kungsgeten/org-brain). It helps you build a knowledge center.\n"
    )
    assert extract(readme) == "Silver Brain is a Brain like software, inspired by org-brain."


def test_a_prologue_in_the_first_person_leads_up_to_the_paragraph_naming_the_project():
    # sheepduke/silver-brain (part 208): the author's story, then under the next heading the project
    # by its name, which the repository spells with a hyphen.
    readme = (
        "# Silver-Brain\n\n## Overview\n\n### Prologue\n\nBack to the time when I was preparing the final "
        "examinations, I wrote down all the concepts on a big white paper.\n\nAfter Emacs became my partner, "
        "I always wanted software that records everything in a structured way.\n\n### Introduction\n\n"
        "Silver Brain is a Brain like software inspired by org-brain.\n"
    )
    assert extract(readme) == "Silver Brain is a Brain like software inspired by org-brain."
    # A story with nothing naming the project after it is still what there is to quote.
    story = "# T\n\nI wrote this because my old map app kept losing my tracks on long hikes.\n"
    assert extract(story) == "I wrote this because my old map app kept losing my tracks on long hikes."


def test_a_pitch_to_the_reader_gives_way_to_the_paragraph_naming_the_project():
    # yorkxin/copy-as-markdown and namhai923/Bison-Bank-of-Canada (own corpus): a question or a "let's face
    # it" to the reader, then, even in a later section, the project by the title's first words.
    readme = (
        "# Copy as Markdown for Chrome & Firefox\n\nDo you often type Markdown links by hand, and feel "
        "tired? **Copy as Markdown** can help you!\n\n## Features\n\n**Copy as Markdown** is a browser "
        "extension that copies links as Markdown.\n"
    )
    assert extract(readme) == "Copy as Markdown is a browser extension that copies links as Markdown."
    # With nothing naming the project, the pitch is still what there is to quote.
    pitch = "# T\n\nLet's face it, keeping a budget by hand is no fun at all for anyone.\n"
    assert extract(pitch) == "Let's face it, keeping a budget by hand is no fun at all for anyone."


def test_lines_numbered_by_hand_are_a_list_not_a_paragraph():
    # vincelessard/long_billed_curlew_dispersal_patterns (part 232): research questions numbered
    # without Markdown's list marks; nothing in the README says what the project is.
    readme = (
        "# Long-billed curlew dispersal patterns\n\n### Objectives\n\n"
        "3 Commonalities of habitat type between summer and winter places?\n"
        "4 GPS data representative of all occurrences? -> GPS data area as % of GBIF data area\n"
    )
    assert extract(readme) == ""
    # One numbered line opening a paragraph is a sentence that starts with a number.
    assert extract("# T\n\n3 friends built this small tracker for their shared allotment garden.\n") == (
        "3 friends built this small tracker for their shared allotment garden."
    )


def test_a_paragraph_saying_only_that_something_is_available_points_elsewhere():
    # apache/guacamole-server (part 236): "A full manual is available as well:" over its address,
    # then, under "What is guacamole-server?", what it is.
    readme = (
        "About this README\n-----------------\n\nA full manual is available as well:\n\n"
        "    http://guacamole.apache.org/doc/gug/\n\nWhat is guacamole-server?\n-------------------------\n\n"
        "The guacamole-server package is a set of software which forms the basis of the Guacamole stack.\n"
    )
    assert extract(readme, "README") == (
        "The guacamole-server package is a set of software which forms the basis of the Guacamole stack."
    )


def test_where_the_work_was_done_set_in_emphasis_is_its_setting():
    # ChrisPipitone/Payrolls (part 238): the university in italics under the title, then what it is.
    readme = (
        "# Payrolls\n*City University of New York, College of Staten Island Bachelor of Computer Science*\n\n"
        "A payroll system written in C++ with Windows Forms, built as a course project.\n"
    )
    assert extract(readme) == "A payroll system written in C++ with Windows Forms, built as a course project."
    # A sentence in emphasis that mentions a university is still a sentence.
    said = "# T\n\n*A course planner for students of any university, with a calendar view.*\n"
    assert extract(said) == "A course planner for students of any university, with a calendar view."


def test_a_label_on_a_paragraphs_last_line_heads_what_follows():
    # tomnisim/ScooterGotcha (part 239): "Docs:" on the line under the description, over links.
    readme = "# ScooterMobileye\nHazard detection system for scooter riders\nDocs:\n\nWebsite:\nhttps://example.org\n"
    assert extract(readme) == "Hazard detection system for scooter riders"
    # A sentence running on into its list keeps its last word, not taken for a label: "that
    # facilitates:" goes with the list it led into, a clause without its object.
    running = "# T\n\nThe app is a platform for the science club of the university that\nfacilitates:\n\n- events\n"
    assert extract(running) == "The app is a platform for the science club of the university."


def test_a_sentence_in_italics_that_says_what_it_is_is_no_slogan():
    # EzequielLeonardoLeotta/Bitterness-Suggestion (part 241): every paragraph in italics.
    readme = (
        "# Bitterness-Suggestion\n\n_It's a microservice that returns bitterness suggestion._\n\n"
        "## Starting\n\n_First the project is required to be cloned on the pc_\n"
    )
    assert extract(readme) == "It's a microservice that returns bitterness suggestion."


@pytest.mark.parametrize(
    "template_line",
    [
        "These instructions will get you a copy of the project up and running on your local machine for "
        "development and testing purposes.",
        "_Estas instrucciones te permitirán obtener una copia del proyecto en funcionamiento en tu máquina "
        "local para propósitos de desarrollo y pruebas._",
    ],
)
def test_the_readme_templates_getting_started_line_is_never_the_description(template_line):
    # PurpleBooth's README template and its Spanish translation (checked with the code search: both
    # stand in many READMEs, under "Getting Started" / "Comenzando" or straight under the title).
    assert extract(f"# Project\n\n{template_line}\n\n### Prerequisites\n\nNode.js\n") == ""


def test_how_it_is_built_and_how_to_start_it_are_not_what_it_is():
    readme = "# Sudoku Web App\n\nBuilt with React.js\n\nTo start the development server run\n\n`npm run start`\n"
    assert extract(readme) == ""


def test_footnote_marks_are_not_part_of_the_excerpt():
    readme = "# Tools\n\nOfficially recommended extension for Dataform by Google[^1] ✨.\n\n[^1]: Says the docs.\n"
    assert extract(readme) == "Officially recommended extension for Dataform by Google ✨."


def test_a_tagline_opening_with_an_article_keeps_its_place_before_this_repository():
    readme = (
        "# ~ 🍭 ~\n\nA Nix-flake-powered personal workstation setup for Unix machines.\n\n"
        "This repository is the single source of truth for my configuration.\n"
    )
    assert extract(readme) == "A Nix-flake-powered personal workstation setup for Unix machines."


@pytest.mark.parametrize(
    "paragraph, sentence",
    [
        ("Tool turns logs into charts. It also sends them by mail.", "Tool turns logs into charts."),
        (
            "Tool reads formats, e.g. JSON and YAML, very fast. It is small.",
            "Tool reads formats, e.g. JSON and YAML, very fast.",
        ),
        ("Tool follows R. Pike's rules for clear code. More below.", "Tool follows R. Pike's rules for clear code."),
        # Tommelskinke/likkit (part 339): "nr." is number, as Germanic languages abbreviate it.
        (
            "Your nr. 1 tech forum for all your coding needs. Log in.",
            "Your nr. 1 tech forum for all your coding needs.",
        ),
        ("Tool runs on Node.js and v1.2 of the API! Try it now.", "Tool runs on Node.js and v1.2 of the API!"),
        (
            "Typer, build great CLIs. Easy to code. Based on Python type hints.",
            "Typer, build great CLIs. Easy to code. Based on Python type hints.",
        ),
        ("Бэкенд для бота с панелью и API. Сервис построен на Slim 4.", "Бэкенд для бота с панелью и API."),
        (  # the work's history first, then what it is (cornell-brg/lizard)
            "The Tool Core was designed by Ann Lee in 2018 at a university. The Tool Core is a small RISC-V core.",
            "The Tool Core is a small RISC-V core.",
        ),
        (  # an abstract: the work it builds on, then this work (yellowchicken280/codex_topreconstruction)
            "Recent work by Lee et al. showed that agents can run parts of an analysis. We extend this approach "
            "to a framework that discovers strategies.",
            "We extend this approach to a framework that discovers strategies.",
        ),
        (  # an abstract that opens with its field (zyrrron/Oriole)
            "Synthetic consortia represent an emerging research area in biology. Existing strategies lack "
            "scalability. In this work, we propose an approach to partitioning networks. We validated it.",
            "In this work, we propose an approach to partitioning networks.",
        ),
        (  # a problem, then the work by its name (harmonica-project/BANCO, part 543)
            "The design of a blockchain application is quite challenging. With BANCO, we propose a tool "
            "to simplify this step.",
            "With BANCO, we propose a tool to simplify this step.",
        ),
        (  # a first sentence about the work itself stays
            "We study maps for hikers. In this work, we propose a faster tile cache for them.",
            "We study maps for hikers.",
        ),
        (  # history with no "is" after it is the sentence there is
            "Tool was written by Ann Lee in 2018. It runs anywhere.",
            "Tool was written by Ann Lee in 2018.",
        ),
        (  # a hard line break, then a notice led by an emoji (icure/kraken-common)
            "Tool holds the shared resources of the suite.  \n⚠️ Note: this repo is a submodule and will not build.",
            "Tool holds the shared resources of the suite.",
        ),
        (  # a sentence led by an emoji (🚀) after a full stop
            "Tool holds the shared resources of the suite. 🚀 Fast builds for everyone who uses the suite daily.",
            "Tool holds the shared resources of the suite.",
        ),
        (  # the quote that closes after the full stop is the sentence's (eelyort/shrewdSnek2)
            'A webbased evolution simulator for the classic arcade game "snake." The end product was fun.',
            'A webbased evolution simulator for the classic arcade game "snake."',
        ),
        (
            "Tool is a till for small shops (and for market stalls.) It is free to use.",
            "Tool is a till for small shops (and for market stalls.)",
        ),
    ],
)
def test_the_excerpt_is_one_sentence_in_scripts_that_space_their_words(paragraph, sentence):
    assert extract(f"# Tool\n\n{paragraph}\n") == sentence


CREATE_REACT_APP = """# Getting Started with Create React App

This project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).

## Available Scripts

In the project directory, you can run:

### `npm start`

Runs the app in the development mode.

## Learn More

You can learn more in the [Create React App documentation](https://facebook.github.io/create-react-app/docs/getting-started).
"""


def test_a_generators_readme_has_no_description_but_what_its_owner_wrote():
    assert extract(CREATE_REACT_APP) == ""
    own = CREATE_REACT_APP.replace("create-react-app).\n", "create-react-app).\n\nTodo keeps lists in sync.\n", 1)
    assert extract(own) == "Todo keeps lists in sync."
    rails = "== README\n\nThis README would normally document whatever steps are necessary to get the application up and running.\n\nThings you may want to cover:\n"
    assert extract(rails) == ""
    # The whole template, as `rails new` wrote README.rdoc: its closing line is the template's too.
    rdoc = (
        rails
        + "\n* Ruby version\n\nPlease feel free to use a different markup language if you do not plan to run\n<tt>rake doc:app</tt>.\n"
    )
    assert extract(rdoc, "README.rdoc") == ""
    flutter = "# app\n\nA new Flutter project.\n\n## Getting Started\n\nThis project is a starting point for a Flutter application.\n"
    assert extract(flutter) == ""
    ktor = (
        "# qlink-backend\n\nThis project was created using the [Ktor Project Generator](https://start.ktor.io).\n\n"
        "Here are some useful links to get you started:\n\n* [Ktor Documentation](https://ktor.io/docs)\n\n"
        "## Features\n\nHere's a list of features included in this project:\n"
    )
    assert extract(ktor) == ""
    spring = "# demo\n\nThis project was generated with the Spring Initializr.\n\n## Build\n\nRun the app.\n"
    assert extract(spring) == ""


@pytest.mark.parametrize(
    "blank",
    [
        "Add a short description here!",
        "A longer description of your project goes here...",
        "이곳에 프로젝트에 대한 간단한 설명을 작성합니다.",
        # sormin-the-red/Drawbridge-Cadviewer (part 512): blanks in brackets, under the title and "## Overview".
        "[Short description of what this project does and why it exists — revise before pushing]",
        "[Describe the problem: engineers need a way to view CAD models from a browser.]",
    ],
)
def test_a_templates_blank_for_the_description_is_not_one(blank):
    assert extract(f"# Project\n\n{blank}\n") == ""


@pytest.mark.parametrize("heading", ["About the author", "About me", "关于作者", "作者简介"])
def test_a_section_about_the_author_is_not_about_the_project(heading):
    readme = f"# T\n\n## Install\n\nRun make.\n\n## {heading}\n\nA developer from Oslo who loves maps and trains.\n"
    assert extract(readme) == ""
    # "About" alone still is.
    assert extract(readme.replace(heading, "About")) == "A developer from Oslo who loves maps and trains."


def test_a_byte_order_mark_before_the_title_leaves_it_a_title():
    # Windows editors save "\ufeff# Title": the mark is no character of the heading.
    readme = "\ufeff# Canvas\n\nCanvas is a web CAD.\n\nThis repository is moving to C++/WASM.\n"
    assert extract(readme) == "Canvas is a web CAD."


def test_reference_badges_whose_definitions_are_not_read_are_not_text():
    readme = "# twilight\n\n[![codecov badge][]][codecov link] [![rust badge][]][rust link] ![rust badge]\n\n![logo][logo]\n\n`twilight` is a set of Rust libraries for the Discord API.\n"
    assert extract(readme) == "twilight is a set of Rust libraries for the Discord API."


def test_a_greeting_before_the_description_is_left_out():
    readme = "# Garden\n\nWelcome to my digital garden! This is where I document what I learn.\n"
    assert extract(readme) == "This is where I document what I learn."
    # So is a sentence that only says which repository this is.
    readme = "# Quasar\n\nThis is the official Quasar Labs repository.\nQuasar is an app-chain for asset management.\n"
    assert extract(readme) == "Quasar is an app-chain for asset management."
    # ImanolFotia/Epsilon-Engine: said the other way round, "Official repository for X.".
    readme = "# Epsilon\n\nOfficial repository for Epsilon Engine.\nEpsilon Engine is a general purpose game engine.\n"
    assert extract(readme) == "Epsilon Engine is a general purpose game engine."
    # Alone, it is still what the README says.
    assert (
        extract("# Epsilon\n\nOfficial repository for Epsilon Engine.\n") == "Official repository for Epsilon Engine."
    )


@pytest.mark.parametrize(
    "pleasantry",
    [
        "We are very excited to have you here!",
        "We're so glad you're here.",
        "This is going to be so much fun!",
        "Thanks for stopping by!",
    ],
)
def test_a_greeting_is_kept_when_only_pleasantries_follow_it(pleasantry):
    # The host's welcome says which repository this is; "We are excited to have you here!" says nothing.
    readme = f"# Course\n\nWelcome to the course's official repository! {pleasantry} Here are a few details:\n"
    assert extract(readme) == "Welcome to the course's official repository!"
    # Nor does an index of bold labels and links below it ("**Exercise 1** - [HTML, CSS, JS.](…)").
    index = "## Exercises\n\n**Exercise 1** - [HTML, CSS, JS.](ex1)\n\n**Exercise 2** - [Express.js](ex2)\n"
    assert extract(f"{readme}\n{index}") == "Welcome to the course's official repository!"
    # A bold sentence with a link inside is a sentence.
    readme = "# T\n\n**Catalogue of code examples for [Universe IT](https://example.org)**\n"
    assert extract(readme) == "Catalogue of code examples for Universe IT"


def test_a_welcome_that_names_the_repository_beats_a_later_sections_aside():
    # An h1 after other headings starts a section as an h2 does; what such a section says about
    # submitting work is not what the project is, and the welcome above at least names it.
    readme = (
        "# Course\n\nWelcome to Course's official repository!\n\n## Exercises\n\n- HTML\n\n"
        "# Submitting your tasks\n\nCreate a pull request and send it to your mentor.\n\n"
        "# Solutions\n\nEvery friday the solution for the previous one will be published\n"
    )
    assert extract(readme) == "Welcome to Course's official repository!"
    # A later section that says what the project is still beats the welcome.
    readme = readme.replace("Create a pull request", "Course is a set of exercises for new developers. Open a PR")
    assert extract(readme) == "Course is a set of exercises for new developers."


def test_where_something_else_can_be_found_is_not_the_description():
    readme = (
        "# LEVER\n\nThe original software can be found in the archive branch, but use the new one instead!\n\n"
        "LEVER is a set of tools for analyzing microscopy images.\n"
    )
    assert extract(readme) == "LEVER is a set of tools for analyzing microscopy images."
    readme = (
        "# CPG\n\nYou can find a clickable specification at:\n\nhttps://cpg.example.org\n\n"
        "**Note: for first-time users, we recommend building joern instead.**\n\nA CPG is a representation of code.\n"
    )
    assert extract(readme) == "A CPG is a representation of code."
    # Not even for want of anything else.
    readme = "# T\n\n## Documentation\n\nThe documentation can be found at https://t.readthedocs.io/.\n"
    assert extract(readme) == ""


def test_a_first_commits_placeholder_and_a_german_pointer_are_not_descriptions():
    assert extract("# Project\n\nThis is our first file.\nLet's just begin our work.\n") == ""
    readme = (
        "# Website\n\n## Get started\n\n- Installiere `git`\n\n## Aufbau / Entwicklung\n\n### Apps\n\nsiehe src/Apps.\n\n"
        "## Automatische Veröffentlichung\n\nDer Fortschritt kann auf GitHub verfolgt werden.\n"
    )
    assert extract(readme) == ""


@pytest.mark.parametrize(
    "blank",
    [
        "One Paragraph of project description goes here",
        "Breve descripción o lema del proyecto.",
        "**简介**  \n用 1-3 句话描述项目的目标和核心功能。",
        "このプロジェクトの簡単な説明をここに記述します。",
        "Un archivo README.md debe contener la siguiente información básica:",
        "一个项目应该有个 `README.md` 文档, 解释下这是什么, 怎么用.",
    ],
)
def test_template_blanks_and_instructions_about_readmes_in_any_language_are_not_descriptions(blank):
    assert extract(f"# Proyecto\n\n{blank}\n") == ""


def test_a_description_that_mentions_a_readme_is_still_one():
    readme = "# showcase\n\nshowcase turns a résumé into a GitHub profile README and keeps the README fresh.\n"
    assert extract(readme).startswith("showcase turns a résumé")


def test_asking_for_a_star_is_not_the_description_and_a_cjk_list_after_a_colon_is_not_a_label():
    readme = (
        "# sample\n\n#### 介绍\n\nSpringBoot 2.3.x 整合其他框架：MyBatis、Dubbo、Swagger2、RabbitMQ、Redis、MongoDB等\n\n"
        "如果感觉有帮助，帮忙点个star！\n"
    )
    assert extract(readme).startswith("SpringBoot 2.3.x 整合其他框架")
    assert extract("# T\n\nIf you like it, give us a ⭐ on GitHub!\n\nT renders maps.\n") == "T renders maps."


def test_a_bare_address_to_look_at_is_never_the_excerpt():
    assert extract("# Website\n\n## Docs\n\nsiehe https://example.github.io/site/\n") == ""
    assert extract("# T\n\nSee docs/\n") == ""


def test_later_sections_about_setting_up_in_russian_are_skipped():
    readme = (
        "# Сборник микропроектов\n\n## Нужно установить flatpak\n\n```\napt install flatpak\n```\n\n"
        "## Добавление репозитория Flathub\n\nПосле этого нужно перезагрузить систему, чтобы изменения вступили в силу\n"
    )
    assert extract(readme) == ""


def test_a_name_and_copyright_line_heading_a_plain_readme_is_not_the_description():
    readme = (
        "\nTOOL v. 0.2.6   (C) Copyright 2010 Ann Example\n\n1. ABOUT\n\n"
        "The aim of tool is to extract bibliographic data from journal articles.\n"
    )
    assert extract(readme, "README.txt").startswith("The aim of tool is")
    assert extract("# T\n\n© 2021 Example Corp\n\nT renders maps.\n") == "T renders maps."


def test_a_title_with_an_emoji_still_names_the_project_its_first_paragraph_describes():
    readme = (
        "# 🔗 nvim-oxi\n\nnvim-oxi provides safe Rust bindings to the API of Neovim.\n\n"
        "The project is mostly intended for plugin authors.\n"
    )
    assert extract(readme) == "nvim-oxi provides safe Rust bindings to the API of Neovim."


def test_a_title_names_the_project_as_a_word_in_latin_and_anywhere_in_cjk():
    # A paragraph that names the project is its description, not context before "This project …".
    assert extract("# C\n\nWe solved the exercises from class one by one.\n\nThis project is my homework.\n") == (
        "This project is my homework."
    )
    cjk = "# 采集器\n\n知识星球采集器用于下载文件。\n\n本项目是一个工具。\n"
    assert extract(cjk) == "知识星球采集器用于下载文件。"


def test_a_section_about_releasing_is_not_read_for_the_description():
    readme = "## Roc\n\n\n## Releasing\nA summary of development workflow involving multiple git branches.\n\n* Push: `git push`\n"
    assert extract(readme) == ""


def test_a_section_about_reporting_issues_is_not_read_for_the_description():
    readme = (
        "English | [简体中文](README-CN.md)\n\n# Cloud SDK\n\n## Usage\n - [Usage for Go](./docs/go.md)\n\n"
        "## Issues\n[Opening an Issue](https://example.com/issues/new), Issues not conforming to the "
        "guidelines may be closed immediately.\n"
    )
    assert extract(readme) == ""


def test_a_block_of_hard_broken_label_lines_is_a_list_not_the_description():
    readme = (
        "# Team 2026\n\n> RoboCupJunior Soccer Open League — Temporada 2026  \n> Equipo del IITA, Salta  \n"
        "> **Campeones nacionales — Diciembre 2025**  \n> **Clasificados para RoboCup 2026**\n\n"
        "## Sobre este repositorio\n\nEste es el repositorio central de ingeniería del equipo.\n"
    )
    assert extract(readme) == "Este es el repositorio central de ingeniería del equipo."
    poem = "# T\n\nFast to start,  \nslow to anger,  \nand kind to your disk.\n"
    assert extract(poem).startswith("Fast to start")


def test_a_label_with_an_address_and_a_note_in_brackets_is_not_prose():
    assert extract("# 研究室\n\nもう一つのリポジトリ：https://github.com/lab/sub （研究のデータ置き場）\n") == ""
    assert extract("# T\n\nDemo: https://t.example (beta)\n\nT renders maps.\n") == "T renders maps."


@pytest.mark.parametrize(
    "status",
    [
        "🚧 Work in progress 🚧",
        "This site is under construction.",
        "Coming soon!",
        "El contenido irá creciendo progresivamente con los aportes del creador principal.",
        "Em construção.",
        "开发中，敬请期待。",
        "Will be updated (not frequently cuz i have a life)",
        "> Note: this codebase is currently undergoing a refactor from Keplr's architecture to a tRPC stack.",
        # robertpelloni/marketing_agent: a stage, then a warning, in one line.
        "🛠️ ALPHA SOFTWARE UNDER CONSTRUCTION — Use at your own risk. Backwards compatibility not guaranteed.",
        # wayli-app/fluxbase: a label naming the stage, over what it means.
        "> **Beta Software**: Fluxbase is currently in beta. You may encounter breaking changes between versions.",
        # oracle/terraform-provider-oci: news of a release.
        "**The OCI Terraform Provider is now available for automatic download through the Terraform Registry.**",
        # Team-Jackdaw/chat-with-NPC (part 230): its stage, in a blockquote over the introduction.
        "> The mod is still in beta, please submit an issue if you find any problems.",
        # takkii/rock_ptarmigan (part 242): a label and a comma, in a centred bold line.
        "**Current status, production environment.**",
        # roddarjohn/kiln (part 423): the stage in bold, a dash, then what it means.
        "> **Pre-alpha** — kiln is under active development. APIs may change between releases.",
    ],
)
def test_a_line_about_the_state_of_the_work_is_not_the_description(status):
    assert extract(f"# Repo\n\n{status}\n") == ""
    assert extract(f"# Repo\n\n{status}\n\nRepo renders maps.\n") == "Repo renders maps."


def test_a_stage_before_a_dash_must_be_a_label():
    # "Beta — a word" in a name or a tagline: only a stage set apart by a dash is one.
    assert extract("# Beta\n\nBetamax — a tape format emulator for retro video.\n") == (
        "Betamax — a tape format emulator for retro video."
    )


def test_a_sentence_that_only_gives_the_projects_name_is_not_the_description():
    for name_only in [
        "This project name is rock_ptarmigan.",
        "The project is called Ariel.",
        "Our app is named Fox Hole!",
    ]:
        assert extract(f"# Repo\n\n{name_only}\n") == ""
    assert extract("# Repo\n\nThe project is called Ariel and it renders maps.\n") == (
        "The project is called Ariel and it renders maps."
    )


@pytest.mark.parametrize(
    "credit",
    [
        # datakind/permanent-colandr-back (part 317): its one line.
        "Project structure inspired by [Cookiecutter Data Science](http://drivendata.github.io/cookiecutter-data-science/).",
        # The line the cookiecutter-data-science template writes at the foot of every README it makes.
        "Project based on the [cookiecutter data science project template](https://drivendata.github.io/"
        "cookiecutter-data-science/). #cookiecutterdatascience",
        "The folder layout is adapted from the Rails guides.",
    ],
)
def test_where_the_layout_came_from_is_not_the_description(credit):
    assert extract(f"# Repo\n\n{credit}\n") == ""
    assert extract(f"# Repo\n\n{credit}\n\nRepo screens papers for systematic reviews.\n") == (
        "Repo screens papers for systematic reviews."
    )


def test_a_description_that_says_it_is_early_work_is_still_one():
    readme = "# T\n\nThis project is a work-in-progress compiler for a small language.\n"
    assert extract(readme).startswith("This project is a work-in-progress compiler")


def test_a_small_first_heading_the_length_of_a_sentence_is_read_as_one():
    assert extract("###### Repositories for study in diverse programming languages\n\n<br>\n") == (
        "Repositories for study in diverse programming languages"
    )
    cjk = "### Kotlin + Compose Ui 开发，用于学习和自用的安卓天气 App 项目\n\n架构遵循官方新架构指南\n"
    assert extract(cjk).startswith("Kotlin + Compose Ui 开发，用于学习和自用的安卓天气 App 项目")
    # A title set large, or a short small one, is still a title.
    assert extract("# Machine learning tutorials for absolute beginners\n\n## Install\n") == ""
    assert extract("### Weather app\n\nA weather app for Shenzhen.\n") == "A weather app for Shenzhen."


def test_a_heading_right_under_the_title_that_opens_as_a_noun_phrase_is_its_subtitle():
    readme = "# **HIYAS NG SALITA**\n## _A Web-Based Filipino Word Puzzle Game_\n"
    assert extract(readme) == "A Web-Based Filipino Word Puzzle Game"
    # Set as a paragraph, the same title-case words are a tagline; a few capitalised words without
    # an article are still a title, which gives way to any sentence (and is read only for want of one).
    assert extract("# X\n\nA Web-Based Filipino Word Puzzle Game\n") == "A Web-Based Filipino Word Puzzle Game"
    assert extract("# X\n\nRecipe Website\n\nX keeps a family's recipes.\n") == "X keeps a family's recipes."
    # A section's name there is not one, nor is a heading with text between it and the title.
    assert extract("# Tool\n\n## An overview\n\n- fast\n") == ""
    assert extract("# Tool\n\nTool draws maps.\n\n## A note on speed\n\nIt is fast.\n") == "Tool draws maps."
    # Athenavi/fast_blog: a long "The …" subtitle, with no sentence in the README to give way to.
    readme = "# FastBlog\n\n### ⚡ The Modern, High-Performance Blog Platform Built for Developers\n\n## Features\n\n- Fast\n"
    assert extract(readme) == "The Modern, High-Performance Blog Platform Built for Developers"
    # A "The …" subtitle that spells out the name gives way to the paragraph that says what it is.
    readme = (
        "# **LEVER**\n### The Lineage Editing and Validation tool\n\n"
        "LEVER is a set of software tools for analyzing time-lapse microscopy images.\n"
    )
    assert extract(readme) == "LEVER is a set of software tools for analyzing time-lapse microscopy images."


def test_a_long_sentence_set_as_a_heading_under_the_title_is_the_description():
    # pixelgrade/nova-blocks sets its description as an h3 straight under the title.
    readme = (
        "# Nova Blocks for Gutenberg\n\n### Nova Blocks is a collection of distinctive Gutenberg blocks,"
        " committed to making your site shine.\n\n### Positioning\n\n*Clear and obvious, exciting.*\n"
    )
    assert extract(readme).startswith("Nova Blocks is a collection of distinctive Gutenberg blocks")
    # A short one is a slogan (polymetrics-ai/cli), which gives way to the paragraph after it.
    readme = "# Polymetrics CLI\n\n### One CLI to rule them all.\n\npm is a local-first data CLI for ETL.\n"
    assert extract(readme) == "pm is a local-first data CLI for ETL."
    # With no paragraph after it, a phrase set there is the description (kruseborn/mongoose, part 162).
    readme = "## Mongoose\n### Minimalistic Vulkan engine for fast prototyping.\n    Windows and Linux\n"
    assert extract(readme) == "Minimalistic Vulkan engine for fast prototyping."


def test_what_a_setup_section_says_is_not_the_description_even_before_the_second_section():
    readme = (
        "# Wallet\n\n<p align=center><img src=logo.png></p>\n\n# Prerequisite\n\n"
        "`macOS/linux` _Webpack path resolving will fail on Windows because of the backslashes._\n\n"
        "# UI Prototype\n\nhttps://www.figma.com/file/0Zdej/Wallet?node-id=0%3A1\n\n"
        "# How it works\n\nFor more details see https://developer.chrome.com/docs/extensions/\n"
    )
    assert extract(readme) == ""
    # The first heading is the title, whatever its words: "## Weather API" names a project.
    assert extract("## Weather API\n\nA weather API for Shenzhen.\n") == "A weather API for Shenzhen."


def test_a_first_heading_that_ends_with_a_full_stop_is_a_sentence():
    readme = (
        "# Reverse engineered launcher for FYT head units with night mode and fuel statistics.\n\n"
        "**The mod has been tested on Android 10 only, as this is the only device I own.**\n"
    )
    assert extract(readme).startswith("Reverse engineered launcher for FYT head units")
    assert extract("# Launcher for FYT head units with a night mode\n\nSee docs/\n") == ""


@pytest.mark.parametrize(
    "pointer",
    [
        "디테일한 가이드는 guide 폴더에 있는 md 파일 내용을 확인해주세요.",
        "詳しくはドキュメントをご覧ください。",
        "请参考 docs 目录中的文档。",
    ],
)
def test_see_elsewhere_in_korean_japanese_and_chinese_is_never_the_description(pointer):
    assert extract(f"# repo\n\n> {pointer}\n\n## 설치\n\n- clone\n") == ""


def test_an_assignment_that_asks_for_work_is_still_described_by_its_request():
    readme = "# 테스트 작성하기\n\n## 과제 목표\n\n우리가 작성한 코드가 올바르게 동작하는지 확인하는 유닛 테스트를 작성해 주세요.\n"
    assert extract(readme).startswith("우리가 작성한 코드가")


def test_a_sentence_heading_after_the_projects_name_gives_the_sentence():
    readme = "# PageRegexFile - Convert page source using Regex into text file.\n\nNOTE: it only writes text files.\n"
    assert extract(readme) == "Convert page source using Regex into text file."


def test_numbered_steps_under_the_title_are_not_a_description():
    readme = "# 作业提交流程\n\n1. 注册github账号（假设账户名称为javalover。若已注册则跳过此步骤）；\n2. 用此账号登陆github；\n"
    assert extract(readme) == ""
    assert extract("# T\n\n- A tiny tool that renames photos by date.\n- Fast.\n").startswith("A tiny tool")


def test_a_cjk_full_stop_inside_brackets_does_not_end_the_sentence():
    readme = "# 工具\n\n本工具用于批量下载文件（支持断点续传。需要登录）。另外还有别的功能。\n"
    assert extract(readme) == "本工具用于批量下载文件（支持断点续传。需要登录）。"


def test_an_address_on_the_line_after_a_description_is_not_part_of_it():
    readme = "# Lawliet\nThe source code of the Lawliet Discord Bot  \nhttps://top.gg/bot/368521195940741122\n"
    assert extract(readme) == "The source code of the Lawliet Discord Bot"
    assert extract("# T\n\nT renders the maps documented at https://t.example\n").endswith("https://t.example")
    # AugiteSoul/MinecraftDramaGenerator (part 737): an address written without its scheme.
    readme = "# M\nMine is oriented toward GC and my Discord community. augitesite.ddns.net/drama.php\n"
    assert extract(readme) == "Mine is oriented toward GC and my Discord community."
    assert extract("# T\n\nA till for small shops www.kassa.se\n") == "A till for small shops"
    # A version with a slash is no address; nor is a name with a dot.
    readme = "# T\n\nA playable reconstruction of the game in Godot 4.7.1/.NET.\n"
    assert extract(readme) == "A playable reconstruction of the game in Godot 4.7.1/.NET."
    assert extract("# T\n\nA till for small shops built on Node.js\n") == "A till for small shops built on Node.js"


def test_an_address_in_brackets_after_a_name_is_not_part_of_the_sentence():
    # gmulberry/Advent-of-Code (part 758): the address is where the name lives, not words to read.
    readme = "This repository contains my solutions to the Advent of Code (AoC) (https://github.com/topics/advent-of-code) puzzles.\n"
    assert extract(readme) == "This repository contains my solutions to the Advent of Code (AoC) puzzles."
    assert extract("# c\n\ncrowdAI (www.crowdAI.org) is a platform for open data challenges.\n").startswith(
        "crowdAI is a"
    )
    # Brackets with words beside the address, and a link's own brackets, are kept.
    readme = "# T\n\nA client for the Hubway API (docs: https://hubway.example/api) in Go.\n"
    assert extract(readme) == "A client for the Hubway API (docs: https://hubway.example/api) in Go."
    readme = "This repo holds the source of [Nine](http://nine.example), an engine.\n"
    assert extract(readme) == "This repo holds the source of Nine, an engine."


def test_a_numbered_step_in_any_form_is_a_step():
    # dsm-cefet-rj/trabalho-integrado-2022-2-grupo_7_psw (part 761): "To run the site you need:",
    # then steps numbered "1- ", "4-" and told as infinitives.
    readme = (
        "<h1>Droppr</h1>\n\n<h3>Para rodar o site é necessário:</h3>\n\n<p>1- Baixar as dependências do folder"
        " frontend</p>\n\n<p>4-Inicializar o frontend</p>\n"
    )
    assert extract(readme) == ""
    assert extract("# D\n\n1- Baixar as dependências do folder frontend\n") == ""
    assert extract("# D\n\n4-Inicializar o frontend\n\n5- Rodar o servidor node\n") == ""
    assert extract("# D\n\n2) Install the dependencies with npm\n") == ""
    # A number that counts something, and a description after a heading that is no set-up, stay.
    assert extract("# D\n\n3-in-a-row game for the terminal.\n") == "3-in-a-row game for the terminal."
    assert (
        extract("# D\n\n## Para quem\n\nUm jogo de cartas para dois jogadores.\n")
        == "Um jogo de cartas para dois jogadores."
    )


def test_an_environment_heading_and_a_korean_lead_in_to_a_command_are_set_up():
    # Rockheung/textarea-mission (part 762): "### 환경" (environment) first, versions, then "You can
    # install the packages with the following command."
    readme = "\n### 환경\n\nmongodb@4.0.9, nodejs@8.16, react@16.8\n다음 명령을 통해 패키지를 설치할 수 있습니다.\n"
    assert extract(readme) == ""
    assert extract("# T\n\n다음을 실행하신 후 포트포워딩되는 주소에 접속하시면 됩니다.\n") == ""
    assert extract("### Development environment\n\nNode 18 and MongoDB 6 on the machine.\n") == ""
    # What the project offers, "the following features", is no command.
    readme = "# T\n\n다음과 같은 기능을 제공하는 채팅 서비스입니다.\n"
    assert extract(readme) == "다음과 같은 기능을 제공하는 채팅 서비스입니다."


def test_a_labelled_address_on_a_line_under_the_words_is_not_part_of_them():
    # Naiery0/face_gwaje (part 763): "The face recognition assignment I did" over "Face recognition
    # original source code URL : https://…".
    readme = "얼굴 인식 과제했던거\n얼굴인식 원 소스 코드 주소 URL : https://github.com/EnEhJ/EnEh\n"
    assert extract(readme) == "얼굴 인식 과제했던거"
    readme = "A face recognition assignment I did\nOriginal source code URL : https://example.org/face\n"
    assert extract(readme) == "A face recognition assignment I did"
    # An address the words lead into stays theirs.
    readme = "# T\n\nT renders the maps documented at\nhttps://t.example\n"
    assert extract(readme) == "T renders the maps documented at https://t.example"


def test_a_chinese_project_built_with_a_stack_and_no_more_says_nothing_of_what_it_is():
    # taxeric/Zither2-compose-jb (part 769): "a project built with Compose Multiplatform".
    assert extract("# Zither2-compose-jb\n使用Compose Multiplatform构建的项目\n\n## 功能\n- [x] 重签名\n") == ""
    assert extract("# T\n\n本项目基于 Vue3 开发的示例。\n") == ""
    # What it is, built with something, still says what it is.
    readme = "# T\n\n一个使用Compose Multiplatform构建的APK签名工具。\n"
    assert extract(readme) == "一个使用Compose Multiplatform构建的APK签名工具。"


def test_a_branching_workflow_and_a_getting_started_label_are_no_description():
    # zitherean/wc-predictions, MarkZither/FitnessTracker (part 769).
    readme = (
        "## Branching Workflow\n\n```text\nfrontend ── alpha ── main\n```\n\nThis project uses separate branches to"
        " keep development organized before deploying changes to the live website.\n"
    )
    assert extract(readme) == ""
    readme = (
        "\n## Essentials\nGetting started with MAUI essentials\nhttps://docs.example.com/essentials/get-started\n"
        "https://github.com/dotnet/maui/blob/main/MainActivity.cs\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\nGetting-started guides for new contributors, in one place.\n").startswith(
        "Getting-started guides"
    )


def test_for_reference_only_and_a_bare_stack_say_nothing_of_what_it_is():
    # lkwong1013/BagpipeShop (part 770): the title, the stack, and a term of use.
    readme = "# Bagpipe Online Shop\nBased on PHP, MySQL\n\nSource Code for reference only\n"
    assert extract(readme) == ""
    assert extract("# T\n\nThis code is for reference only.\n") == ""
    # "Based on" a source, then what it is, is a description.
    readme = "# T\n\nBased on the Raft paper, a consensus library for Go.\n"
    assert extract(readme) == "Based on the Raft paper, a consensus library for Go."
    assert extract("# T\n\nA reference implementation of Raft for the course.\n").startswith(
        "A reference implementation"
    )


def test_a_numbered_step_heading_abroad_is_a_step():
    # fienda87/MetaBlackjack (part 772): "Step 3: Open the browser", then "GAME READY TO PLAY!".
    readme = (
        "# 🎰 BlackJack Game - README\n\n## 🚀 **SUPER MUDAH - 3 LANGKAH MAIN!**\n\n### **Langkah 1: Install Node.js**\n"
        "Download di: https://nodejs.org/ (Pilih LTS)\n\n### **Langkah 3: Buka Browser**\nPergi ke: http://localhost:3000\n\n"
        "**🎉 GAME SIAP DIMAINKAN!**\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\n## Paso 2: Configurar la base\n\nUna tabla por cliente, creada a mano.\n") == ""
    # The word alone, with no number, names no step.
    readme = "# T\n\n## Langkah Kecil\n\nAplikasi pencatat kebiasaan harian untuk Android.\n"
    assert extract(readme) == "Aplikasi pencatat kebiasaan harian untuk Android."


def test_the_projects_story_by_year_and_its_only_official_source_say_nothing_of_what_it_is():
    # nexusverypro/Harmonica (part 775): who made it and when it was patched, then where the real one is.
    readme = (
        "# Overview\nIn 2021, a group was made by the name Minorites, with the members being Nexus and Icy.\n\n"
        "In late 2021 post september it was then subsequently patched by the Rec Room developer team.\n\n"
        "This is the only offical source of Harmonica.\n"
    )
    assert extract(readme) == ""
    assert extract("# Kassa\n\nThis is the official repository of Kassa.\n") == ""
    # What it is, said after "the official repository of", still says it.
    readme = "# Kassa\n\nThis is the official repository of Kassa, a till for small shops.\n"
    assert extract(readme) == "This is the official repository of Kassa, a till for small shops."


def test_a_clause_left_without_the_list_it_led_into_goes():
    # Sunagatov/TIMETABLE.IS (part 776): no colon was written before the list.
    assert extract("# TIME.IS\nTelegram bot which enables\n- to get the timetable\n") == "Telegram bot."
    # A clause with its object stays.
    readme = "# T\n\nA Telegram bot which enables students to get their timetable.\n"
    assert extract(readme) == "A Telegram bot which enables students to get their timetable."


def test_a_toy_or_side_project_alone_says_nothing_of_what_it_is():
    # zaboco/tic-tac-toe-cli (part 777): "A toy project." under "# TicTacToe CLI", then usage.
    assert extract("# TicTacToe CLI\n\nA toy project.\n\n## Usage\n\nnpm start\n") == ""
    assert extract("# T\n\nJust a side project.\n") == ""
    # A toy project that says what it is, is described.
    readme = "# T\n\nA toy project that renders the Mandelbrot set in the terminal.\n"
    assert extract(readme) == "A toy project that renders the Mandelbrot set in the terminal."


def test_what_the_students_are_to_do_is_the_brief_not_the_description():
    # ivanosevic/simple-url-shortener (part 780): the course's brief, then what the system does.
    readme = (
        "# Simple Url Shortener\n\n## About the project\nStudents will perform each of the requirements assigned to their"
        " respective\nProjects. They must take care of the presentation.\n\nThe system to be developed will be used to"
        " obtain a URL and return a new URL\nfrom the project domain.\n"
    )
    assert extract(readme).startswith("The system to be developed will be used to obtain a URL")
    # Students as those the project serves are no brief.
    readme = "# T\n\nStudents can book study rooms on campus with this app.\n"
    assert extract(readme) == "Students can book study rooms on campus with this app."


def test_a_japanese_teams_setup_and_workflow_rules_are_no_description():
    # qin-team-recipe/10-recipe-app (part 782): the team's rules, set-up, issues and branches.
    readme = (
        "## 開発するにあたっての厳守する項目\n\n- パッケージマネージャーは**yarn**固定\n\n## はじめに\n\n環境構築は yarn で行う。\n\n"
        "## issue の作成\n\nissue の頭に作業内容に沿ったタグをつけ、簡潔に分かりやすくタイトルを作成。\n\n"
        "## ブランチの命名規則\n\nfeature/ から始める。\n"
    )
    assert extract(readme) == ""
    # What the app is, in Japanese, stays the description.
    assert (
        extract("# T\n\nレシピを共有できるアプリです。\n\n## 環境構築\n\nyarn install\n")
        == "レシピを共有できるアプリです。"
    )


def test_a_long_first_h2_that_names_a_kind_of_thing_is_a_tagline_a_sentence_outranks():
    # json-stateham/movie-app (part 783): a badge, then the tagline as the first heading.
    readme = (
        "[![Quality](https://example.com/q.png)](https://example.com)\n\n## Frontend application for the movies surfing"
        " via TheMovieDataBase API\n\n## Techstack:\n\n* Next.js\n"
    )
    assert extract(readme) == "Frontend application for the movies surfing via TheMovieDataBase API"
    # A paragraph that says what the project is outranks it.
    readme = "## The Open-Source Data Platform for Robotics and AI\n\nMosaico is a fast data platform for robots.\n"
    assert extract(readme) == "Mosaico is a fast data platform for robots."
    # A short h2 first is a section's name.
    assert extract("## Setup for the project\n\nRun make.\n") == ""


def test_a_korean_app_for_study_says_what_it_is():
    # "공부용 앱입니다" names an app for study: only the use alone, with nothing after it, is a term of use.
    assert extract("# T\n\n공부용 단어장 앱입니다.\n") == "공부용 단어장 앱입니다."


def test_a_lead_in_of_what_it_lets_you_do_runs_on_into_its_first_item_abroad():
    # gio9772rm/weather-app (part 785): "This mini-platform lets you:" over its list, in Italian.
    readme = (
        "# Meteo Locale — Web Dashboard (Streamlit)\n\nQuesta mini‑piattaforma ti permette di:\n"
        "- Ingerire automaticamente **dati della tua stazione**\n- Visualizzare tutto via **browser**\n"
    )
    assert extract(readme) == "Questa mini‑piattaforma ti permette di ingerire automaticamente dati della tua stazione"
    readme = "# T\n\nCette application vous permet de:\n- Suivre vos dépenses\n- Exporter en CSV\n"
    assert extract(readme) == "Cette application vous permet de suivre vos dépenses"


def test_a_title_marked_work_in_progress_gives_what_follows_the_mark():
    # xartv/todo-list (part 786): the whole README is one heading.
    readme = "# WIP Just simple todo list + some tested feature like posts, comments etc (TS, React)\n"
    assert extract(readme).startswith("Just simple todo list + some tested feature")
    # A mark before a name alone is no tagline.
    assert extract("# WIP todo-list\n") == ""


def test_projects_that_are_part_of_a_hackathon_say_the_occasion_not_what_they_are():
    # OsamabinAdnan/Hackathon-2-Todo-List (part 786): its closing line.
    readme = (
        "# Hackathon-II\n\n## Phase 1 (Completed)\n\n- Build a Todo In-Memory Python Console App\n\n"
        "These projects are part of a hackathon demonstration of spec-driven development, given by panaverity.\n"
    )
    assert extract(readme) == ""
    # A course line still says what the repository is (the labels' convention).
    readme = "# T\n\nThis project is part of the CS50 Web course: a wiki in Django.\n"
    assert extract(readme).startswith("This project is part of the CS50 Web course")


def test_a_section_of_make_or_npm_commands_is_set_up():
    # coding-beagle/portfolio-website (part 788): a title, scene previews, then the make targets.
    readme = (
        "# Nicholas Teague's public portfolio website\n\n## Scene previews:\n\n### Snow:\n![SNOW](snow.gif)\n\n"
        "## Make Commands:\n\n`make install` -> Install JS deps\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\n## Useful commands\n\nThe dev server reloads on change.\n") == ""


def test_a_pointer_to_the_list_below_goes_with_the_list():
    # dannytannertantrum/quiz-app (part 789), zhengxun890311/Tweezer: "with the following …", no list quoted.
    readme = (
        "# quiz-app\n\nA quiz app built with the following tech:\n\n- [FastAPI](https://fastapi.tiangolo.com/)\n"
        "- [Docker with Docker Compose](https://docs.docker.com/compose/)\n- [SQLAlchemy](https://sqlalchemy.org) with"
        " [Alembic](https://alembic.sqlalchemy.org)\n\n## Getting Started\n"
    )
    assert extract(readme) == "A quiz app."
    readme = "# T\n\nA Twitter clone with the following features:\n\n- posts with pictures and links\n- likes\n"
    assert extract(readme) == "A Twitter clone."
    # "the following" inside the sentence, with words after it, stays.
    readme = "# T\n\nA bot that answers the following questions about trains in Zurich.\n"
    assert extract(readme) == "A bot that answers the following questions about trains in Zurich."


def test_the_libgdx_generators_readme_is_the_generators():
    # Imanuelkarl/snake-game-remake (part 793): gdx-liftoff's README, kept as written.
    readme = (
        "# SnakeVsBlock\n\nA [libGDX](https://libgdx.com/) project generated with"
        " [gdx-liftoff](https://github.com/libgdx/gdx-liftoff).\n\nThis project was generated with a template"
        " including simple application launchers and an `ApplicationAdapter` extension that draws libGDX logo.\n\n"
        "## Platforms\n\n- `core`: Main module with the application logic shared by all platforms.\n"
    )
    assert extract(readme) == ""


def test_what_to_do_before_starting_is_a_step():
    # lcaohoanq/SpringBoot-Snake-Game (part 793): a screenshot, then the steps.
    readme = (
        "![image](https://example.com/a.png)\n\n- Before start the project, ensure run the below command to"
        " establish the database connection\n```bash\ndocker-compose up\n```\n"
    )
    assert extract(readme) == ""
    readme = "# T\n\nBefore you begin, make sure you have installed Node 20 and created a database user.\n"
    assert extract(readme) == ""
    # A story that opens with "before" is no step.
    readme = "# T\n\nBefore this library, parsing dates in Lua meant hand-written patterns for every format.\n"
    assert extract(readme).startswith("Before this library")


def test_a_sentence_that_says_this_is_a_linked_thing_is_no_link():
    # sumanjitsg/markdown-editor (part 795): Frontend Mentor's line with nothing after it, its
    # challenge's name linked (over seven tenths of the letters).
    readme = (
        "# Frontend Mentor - In-browser Markdown Editor\n\nThis is a solution to the [In-browser markdown editor"
        " challenge on Frontend Mentor](https://www.frontendmentor.io/challenges/x).\n\n## Table of contents\n"
    )
    assert extract(readme) == "This is a solution to the In-browser markdown editor challenge on Frontend Mentor."
    # A link with a word or two around it is still a link.
    readme = "# T\n\nRead [the whole story of how the markdown editor came to be](https://example.com/story) here.\n"
    assert extract(readme) == ""


def test_a_repository_that_is_a_fork_says_so_before_what_it_is():
    # Ionaru/easy-markdown-editor (part 795): a quoted fork note, then the description.
    readme = (
        "# EasyMDE - Markdown Editor\n\n> This repository is a fork of\n[SimpleMDE, made by Sparksuite]"
        "(https://github.com/sparksuite/simplemde-markdown-editor/).\nGo to the [dedicated section](#simplemde-fork)"
        " for more information.\n\nA drop-in JavaScript text area replacement for writing beautiful and"
        " understandable Markdown.\n"
    )
    assert extract(readme) == (
        "A drop-in JavaScript text area replacement for writing beautiful and understandable Markdown."
    )
    # Alone, the fork note is what there is to say.
    assert extract("# T\n\nThis repository is a fork of SimpleMDE.\n\n## Install\n") == (
        "This repository is a fork of SimpleMDE."
    )


def test_a_first_line_naming_its_kind_over_facts_is_the_tagline():
    # JunHaoShih/markdown-editor (part 795): three lines broken by hand under the title.
    readme = (
        "# Markdown editor (makrdown-editor)\n\nSimple markdown editor  \nHosted on Firebase  \n"
        "[Click here](https://markdown-editor-da01c.web.app/) to try it\n\n## Features\n"
    )
    assert extract(readme) == "Simple markdown editor"
    # Facts that name no kind on their first line stay a list of facts.
    assert extract("# T\n\nSeason 2026  \nTeam of nine  \nNational champions\n") == ""


def test_a_later_sections_caption_is_not_read_for_the_description():
    # marvinkarhan/chess-engine (part 796): an ASCII-art name, its history, then "## Elo".
    readme = (
        "# NoPy++\n\n```\n| $$\\ | $$\n```\n\n## History\n\nThis Chess engine was started as a small project in an"
        " university class.\n\n## Elo\n\nCurrent playing strength\n\n```\nSTC (10+0.1s):  2670.1\n```\n"
    )
    assert extract(readme) == ""
    # A later section's sentence still can.
    readme = "# T\n\n## What it does\n\nIt turns a folder of notes into a searchable static site.\n"
    assert extract(readme) == "It turns a folder of notes into a searchable static site."


def test_a_first_heading_asking_how_to_run_it_opens_the_set_up():
    # kacan98/web-scraper (part 797): a deployment diary under a question, no title.
    readme = (
        "## So... how do I make this run remotely/automatically?\n### Database\nI have a Postgress with Neon,"
        " since they have a free tier. But I also tried render but they will shut the database down.\n"
    )
    assert extract(readme) == ""
    # A question about what it is stays a title.
    readme = "# How do octopuses see colour?\n\nA simulation of cephalopod vision for teaching optics.\n"
    assert extract(readme) == "A simulation of cephalopod vision for teaching optics."


def test_a_course_header_naming_who_marks_it_is_not_the_description():
    # RocketUp-Team/Sentiment-Analysis-Service (part 799): badges, the course quoted, then what it is.
    readme = (
        "# Sentiment Analysis Service\n\n> **DDM501 \u2013 AI in Production: From Models to Systems**\n"
        "> Final Project \u00b7 FSB Institute of Management and Technology, FPT University\n"
        "> Instructor: Huynh Cong Viet Ngu\n\nA **production-grade NLP microservice** that performs real-time"
        " sentiment classification.\n"
    )
    assert extract(readme) == "A production-grade NLP microservice that performs real-time sentiment classification."
    # A supervisor named at the end of the description's own paragraph takes nothing away.
    readme = "# T\n\nA solver for sparse linear systems on GPUs, written for my thesis. Supervisor: Dr Ada Byron.\n"
    assert extract(readme).startswith("A solver for sparse linear systems on GPUs")


def test_what_the_readme_holds_is_not_what_the_project_is():
    # ThorgeHamprecht/CIL-Sentiment-Analysis-YBG-Agents (part 799): the README's first line says what it holds.
    readme = (
        "# CIL 2026 \u2014 Ordinal Sentiment Classification\n\nReproduction instructions for all submission"
        " predictions.\nNeural baselines run on the student cluster.\n\n## 1. Cluster environment setup\n"
    )
    assert not extract(readme).startswith("Reproduction instructions")
    assert extract("# T\n\nInstallation instructions for the plugin are below.\n") == ""


def test_made_for_a_final_assignment_in_indonesian_is_the_occasion():
    # zainuull/tugas-akhir (part 801): the occasion, then the steps.
    readme = "Project Ini dibuat berdasarkan Tugas Akhir\n\n## Getting Started\n\nFirst, run the development server:\n"
    assert extract(readme) == ""
    # Said with what it is, it describes.
    readme = "# T\n\nAplikasi ini dibuat untuk mencatat peminjaman alat praktikum di laboratorium kampus.\n"
    assert extract(readme).startswith("Aplikasi ini dibuat untuk mencatat")


def test_a_degrees_requirement_is_the_occasion():
    # syahrilhanla/proyek-skripsi (part 802): the requirement, in Indonesian and then in English.
    readme = (
        "# T\n\nAplikasi ini dikembangkan sebagai syarat kelulusan program Strata-1 Pendidikan Komputer.\n\n"
        "This app is developed as a prerequisite of computer education's bachelor degree.\n"
    )
    assert extract(readme) == ""


def test_a_portfolio_note_gives_way_to_what_the_project_is():
    # giovanicascaes/pokedex (part 804): why it was made, then what it is.
    readme = (
        "# Pok\u00e9dex\n\nThis is a portfolio project and is intended to demonstrate development skills.\n\n"
        "This project is a web-based Pok\u00e9dex based on [Pok\u00e9API](https://pokeapi.co/).\n"
    )
    assert extract(readme) == "This project is a web-based Pok\u00e9dex based on Pok\u00e9API."
    # Alone, it is what there is to say.
    readme = "# T\n\nThis is a portfolio project and is intended to demonstrate development skills.\n"
    assert extract(readme) == "This is a portfolio project and is intended to demonstrate development skills."


def test_how_the_code_came_to_git_gives_way_to_what_it_is():
    # haskell-implementations/hbc (part 810): the archivist's note, a pointer, then the wiki's words.
    readme = (
        "# hbc\n\nThis codebase has been imported into Git for archival and educational\npurposes by Chris Done.\n\n"
        "See README.txt for the original README file.\n\n## HaskellWiki commentary\n\nThe Chalmers Haskell-B"
        " compiler 0.9999.5c implements Haskell 98, as\nwell as some extensions.\n"
    )
    assert extract(readme).startswith("The Chalmers Haskell-B compiler 0.9999.5c implements Haskell 98")


def test_instructions_announced_and_the_port_it_listens_on_are_not_the_description():
    # quizslides/peer-evaluation-lsbu (part 811): the README's own words about itself, then a port.
    readme = (
        "# Peer Evaluation London South Bank University\n\nThese are the instructions to run a full-stack framework"
        " using Next.js.\n\nThe frontend, by default, will listen through the port `3000` to avoid conflicts with"
        " any other system the developer might have running.\n\n## Prerequisites\n"
    )
    assert extract(readme) == ""
    # A server described by what it does still describes, port or not.
    readme = "# T\n\nA tiny DNS server that answers queries for a home network from a YAML file of names.\n"
    assert extract(readme).startswith("A tiny DNS server")


def test_a_relative_word_before_the_list_goes_with_the_list():
    # cengique/pandora-matlab (part 812): "… a Matlab Toolbox that:" over what it does.
    readme = (
        "THE PANDORA TOOLBOX\n====================\n\nPANDORA is a Matlab Toolbox that: \n\n- Makes database"
        " management accessible from your electrophysiology project; \n- Works offline within Matlab; \n"
    )
    assert extract(readme) == "PANDORA is a Matlab Toolbox."


def test_a_pasted_git_log_entry_is_not_the_description():
    # rpinset/all-addons-OCA (part 815): one git log entry per vendored repository, nothing else.
    readme = (
        "## account-analytic\nFrom [https://github.com/OCA/account-analytic.git](https://github.com/OCA/account-analytic.git)"
        "\ncommit 81d2c283adf77fce0c198b777ac7db4f1a8ad53a\nAuthor: OCA-git-bot <oca-git-bot@odoo-community.org>\n"
        "Date:   Thu Oct 17 06:05:19 2024 +0000\n\n    [BOT] post-merge updates\n"
    )
    assert extract(readme) == ""


def test_a_menu_word_that_opens_a_phrase_is_no_menu():
    # wistaria/MateriAppsInstaller (part 816): "Install" as the first word of what it is.
    readme = "# MateriApps Installer\n\nInstall script collection for MateriApps Software\n\n# Document\n"
    assert extract(readme) == "Install script collection for MateriApps Software"
    # A menu is still a menu, and a note that the docs are to come is no description.
    assert extract("# T\n\nInstallation | Usage | License\n") == ""
    readme = "# T\n\nDocumentation on using the client is not available currently, sorry.\n"
    assert extract(readme) == ""


def test_what_to_do_on_an_occasion_asked_of_the_reader_is_not_the_description():
    # The-Fireplace-Minecraft-Mods/Wars-Mod (part 819): issue guidelines, the last one in brackets.
    readme = (
        "[The Wars Mod](https://example.com)\n====\n\n[Issue Reporting](https://example.com/issues)\n----\n\n"
        "Please include the following:\n\n* Minecraft version\n\n*(When creating a new issue please follow the"
        " template)*\n"
    )
    assert extract(readme) == ""
    # A condition in a description, with no request, stays.
    readme = "# T\n\nWhen a build fails, this bot bisects the commits and names the one that broke it.\n"
    assert extract(readme).startswith("When a build fails, this bot bisects")


def test_a_chinese_rights_reserved_line_is_not_the_description():
    # expeditionist-cj/HuoDianXiTong (part 826): a licence section and nothing else.
    readme = "## 协议和授权\n\n作者保留全部的权利。\n\n### 权益\n\n1. 个人使用\n"
    assert extract(readme) == ""


def test_what_a_named_file_holds_is_a_file_tour_abroad_too():
    # ONier9/Aplikacja-Webowa-Do-Recenzonowania-gier-wideo (part 829): two sentences about files.
    readme = (
        "W pliku `database_code.sql` znajduje si\u0119 ca\u0142y kod potrzebny do rekonstrukcji bazy danych SQL w"
        " Supabase. W folderze gramy znajduje si\u0119 aplikacja webowa napisana w Next.js.\n"
    )
    assert extract(readme) == ""
    readme = "# T\n\nIn the folder `examples` you will find three small games to start from.\n"
    assert extract(readme) == ""


def test_the_stack_and_its_places_is_not_the_description():
    # RivorX/Aplikacja-E-firma (part 829): logos, "## O Projekcie", then the stack.
    readme = (
        "## O Projekcie\n\nNasz projekt wykorzystuje **Laravel** jako backend i **React** jako frontend. Poni\u017cej"
        " znajdziesz kroki.\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\nOur project uses Laravel as the backend and React as the frontend.\n") == ""
    # What a project uses something for, when that is what it does, stays.
    readme = "# T\n\nThis project uses OpenCV to count the bees that leave a hive each minute.\n"
    assert extract(readme).startswith("This project uses OpenCV to count the bees")


def test_a_first_line_title_with_a_dash_before_its_kind_is_still_a_title():
    # R-Giuseppe/ApplicazioneRistorante (part 830): no "#", the title's line joined to the description.
    readme = (
        "Menu Interattivo Ristorante \u2013 Progetto Java\nQuesto progetto \u00e8 una semplice applicazione Java da"
        " terminale che consente la gestione di un men\u00f9 interattivo per un ristorante.\n"
    )
    assert extract(readme).startswith("Questo progetto \u00e8 una semplice applicazione Java")


def test_a_german_contributing_label_is_a_section_in_one_line():
    # ChoosenMEME/xstandardanwendung (part 831): a quoted "Beitragen:" pointer over the course line.
    readme = (
        "# GewSt-Bescheidassistent\n\n> \U0001f91d **Beitragen:** Eine Schritt-f\u00fcr-Schritt-Anleitung findet sich in"
        " [`CONTRIBUTING.md`](CONTRIBUTING.md).\n\nPr\u00fcfungsleistung im Modul **Digitale Transformation** (6."
        " Semester DSWVI, SoSe 2026).\n"
    )
    assert extract(readme).startswith("Pr\u00fcfungsleistung im Modul Digitale Transformation")


def test_the_owners_words_over_flutters_blank_are_a_description():
    # Jpec57/benkyou (part 832): link lists under "# TODOs" and "# READ", then the project's section.
    readme = (
        "# TODOs\nhttps://jisho.org/api/v1/search/words?keyword=house\n\n# READ\nhttps://docs.fastlane.tools/\n\n"
        "# Benkyou\n\nA new Flutter application using the SRS System to learn.\n"
    )
    assert extract(readme) == "A new Flutter application using the SRS System to learn."
    # The blank itself stays a blank.
    assert extract("# kassa\n\nA new Flutter application.\n") == ""
    assert extract("# kassa\n\nA new Flutter package project.\n") == ""


def test_a_reference_software_section_is_what_the_project_is():
    # andrefpf/tcc-jplm (part 833): "Reference software" names the kind, not an API reference.
    readme = (
        "JPEG Pleno Model RC\n===\n\n[TOC]\n\n# Part 4, Reference software\n\nProvides reference implementations"
        " for the standardized technologies within the JPEG Pleno framework.\n\n# Scope of the project\n\nThe aim"
        " is to be recognized by ISO/IEC as JPEG Pleno Reference Software.\n"
    )
    assert extract(readme).startswith("Provides reference implementations for the standardized technologies")
    # An API reference is still no place for the description.
    readme = (
        "# T\n\n## API reference\n\nReturns the parsed tree of a document.\n\n## About\n\nA parser for INI files.\n"
    )
    assert extract(readme) == "A parser for INI files."


def test_a_portuguese_line_of_versions_it_was_built_with_is_no_description():
    # amandajuchem/TCC-ONG (part 833): versions with dots, a stack longer than forty characters.
    readme = (
        "# Projeto API\n\nEste projeto foi construido utilizando Java 17 + Spring Boot 3.1.0 no backend e TypeScript"
        " + Angular 15\n\n## Rede do projeto\n\n<pre><code>docker network create projeto</code></pre>\n"
    )
    assert extract(readme) == ""
    # What it was built for stays.
    readme = "# T\n\nEste projeto foi desenvolvido com React para ajudar ONGs a encontrar volunt\u00e1rios.\n"
    assert extract(readme).startswith("Este projeto foi desenvolvido com React para ajudar ONGs")


def test_labels_set_side_by_side_after_a_title_are_no_tagline():
    # Rodrimir/tempo-claro-tcc-tsi (part 833): the course's labels after the name, then a table.
    readme = "# Tempo Claro \u2014 TCC \u00b7 TSI \u00b7 IFSul Pelotas\n\n## 1. Informa\u00e7\u00f5es Acad\u00eamicas\n\n| Campo | Valor |\n|---|---|\n| **Curso** | TSI |\n"
    assert extract(readme) == ""
    # A tagline of words is still read.
    readme = "# robotoc - efficient ROBOT Optimal Control solvers\n\n## Install\n\n```\npip install robotoc\n```\n"
    assert extract(readme).startswith("efficient ROBOT Optimal Control solvers")


def test_a_lead_in_built_with_a_list_ends_before_the_participle():
    # zeinebchekir/pfe-prospection-client (part 834): "… built with:" over the stack's list.
    readme = (
        "# CrmPfe \u2014 Production-Ready Full-Stack Auth System\n\nA secure, production-grade authentication system"
        " built with:\n\n- **Backend**: Django 5\n- **Frontend**: Vue 3\n"
    )
    assert extract(readme) == "A secure, production-grade authentication system"


def test_words_set_side_by_side_with_dots_are_a_motto():
    # Mohamedamine2004/PFE-smartBiz-AI (part 834): a bold motto between the title and the description.
    readme = (
        "# SmartBiz AI\n\n**Centralize \u00b7 Analyze \u00b7 Value \u00b7 Forecast \u2014 all in one platform.**\n\n"
        "SmartBiz AI is a SaaS platform that values small firms from their books.\n"
    )
    assert extract(readme) == "SmartBiz AI is a SaaS platform that values small firms from their books."
    readme = "# Kiosk\n\nFast | Simple | Secure\n\nKiosk is a point-of-sale app for market stalls.\n"
    assert extract(readme) == "Kiosk is a point-of-sale app for market stalls."


def test_one_capitalised_word_over_a_capitalised_line_is_a_title():
    # ElenaMalyugina/middle.messenger.praktikum.yandex (part 835): plain lines, no "#", no blank line.
    readme = (
        "\u041c\u0435\u0441\u0441\u0435\u043d\u0434\u0436\u0435\u0440\n\u0423\u0447\u0435\u0431\u043d\u044b\u0439"
        " \u043f\u0440\u043e\u0435\u043a\u0442 \u043c\u0435\u0441\u0441\u0435\u043d\u0434\u0436\u0435\u0440\u0430.\n"
    )
    assert (
        extract(readme)
        == "\u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u043f\u0440\u043e\u0435\u043a\u0442 \u043c\u0435\u0441\u0441\u0435\u043d\u0434\u0436\u0435\u0440\u0430."
    )
    # A sentence wrapped after its first word goes on in lower case, and stays whole.
    readme = "Kiosk\nis a point-of-sale app for market stalls.\n"
    assert extract(readme) == "Kiosk is a point-of-sale app for market stalls."


def test_a_russian_lead_in_of_what_it_includes_runs_on_into_its_first_item():
    # athens-praktikum-yandex/furry-eureka (part 835): "Игра включает:" over what the game holds.
    readme = (
        "# Athens game\n## \u041e\u043f\u0438\u0441\u0430\u043d\u0438\u0435\n\n\u0418\u0433\u0440\u0430"
        " \u0432\u043a\u043b\u044e\u0447\u0430\u0435\u0442:\n- \u043f\u0435\u0440\u0435\u043c\u0435\u0449\u0435\u043d\u0438\u0435"
        " \u0433\u0435\u0440\u043e\u044f\n- \u0441\u0440\u0430\u0436\u0435\u043d\u0438\u0435\n\n"
        "\u0422\u0435\u043a\u0443\u0449\u0430\u044f \u0432\u0435\u0440\u0441\u0438\u044f \u0438\u0433\u0440\u044b"
        " - [\u0437\u0434\u0435\u0441\u044c](https://athens-game.herokuapp.com/)\n"
    )
    assert (
        extract(readme)
        == "\u0418\u0433\u0440\u0430 \u0432\u043a\u043b\u044e\u0447\u0430\u0435\u0442 \u043f\u0435\u0440\u0435\u043c\u0435\u0449\u0435\u043d\u0438\u0435 \u0433\u0435\u0440\u043e\u044f"
    )


def test_the_authors_own_helpers_offered_to_the_reader_are_no_description():
    # Johnny-sel/middle.messenger.praktikum.yandex (part 835): links, steps, then a note.
    readme = (
        "# Yandex practicum sprint_4\n[Pull request #1](https://github.com/a/b/pull/2)\n\n### Note\n\n"
        "\U0001f514 Use my custom snippets for fast developing\n"
    )
    assert extract(readme) == ""
    # A tool that uses the reader's snippets says what it is.
    readme = "# snip\n\nA launcher that pastes your snippets into any window.\n"
    assert extract(readme) == "A launcher that pastes your snippets into any window."


def test_a_study_project_and_nothing_of_what_is_no_description():
    # jjharvard/mf.messenger.praktikum.yandex (part 835): "Study project. Sprint 4 of Yandex Practicum."
    uchebny = "\u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u043f\u0440\u043e\u0435\u043a\u0442"
    readme = f"{uchebny}. 4 \u0441\u043f\u0440\u0438\u043d\u0442 Yandex.\n\nA chat client in the browser.\n"
    assert extract(readme) == "A chat client in the browser."
    assert extract("# T\n\nProjeto de estudo.\n") == ""
    # One that goes on to say for which course is read (alkoval, ElenaMalyugina in the corpus).
    readme = f"# T\n\n{uchebny} \u043d\u0430 \u043a\u0443\u0440\u0441\u0435 Middle Frontend.\n"
    assert extract(readme).startswith(uchebny)


def test_numbered_citation_marks_are_not_quoted_with_the_sentence():
    # nguyenducdung10032003/CMSN-Capstone-Project-Team (part 838), mozilla/skylight in the corpus.
    readme = "# CMSN\n\nCMSN is a platform that manages water service requests, from application to billing [1, 2].\n"
    assert extract(readme) == "CMSN is a platform that manages water service requests, from application to billing."
    assert (
        extract("# T\n\nA decision tree for the Titanic dataset [1].\n") == "A decision tree for the Titanic dataset."
    )
    # A bracket that is part of the words stays.
    assert (
        extract("# T\n\nA parser for arrays written as [1, 2] in YAML.\n")
        == "A parser for arrays written as [1, 2] in YAML."
    )


def test_a_repository_for_graduation_work_and_nothing_of_what_is_no_description():
    # Yoruichigo/TeamSotsuten-1, mhcoma/Sotsugyo (part 839): the occasion alone.
    assert extract("# TeamSotsuten\n\u5352\u5c55\u7528\u30ea\u30dc\u30b8\u30c8\u30ea\u30fc\n") == ""
    readme = (
        "# ROBMAZ\n* 2022 \uac15\ub0a8\ub300\ud559\uad50 \uac00\uc0c1\ud604\uc2e4\uc804\uacf5"
        " \uc878\uc5c5\uc791\ud488.\n* Unity 2021.3.11 f1\n"
    )
    assert extract(readme) == ""


def test_what_a_japanese_repository_holds_runs_on_into_its_first_item():
    # yudai0804/sotsuken (part 839): "卒研用リポジトリです。" then "本リポジトリには" over a list.
    readme = (
        "# sotsuken\n\u5352\u7814\u7528\u30ea\u30dd\u30b8\u30c8\u30ea\u3067\u3059\u3002\n\n"
        "\u672c\u30ea\u30dd\u30b8\u30c8\u30ea\u306b\u306f\n- OFDM\u306e\u5909\u5fa9\u8abf\u306e"
        "\u30b7\u30df\u30e5\u30ec\u30fc\u30b7\u30e7\u30f3\u30d7\u30ed\u30b0\u30e9\u30e0(Python)\n- FPGA\n\n"
        "\u306a\u3069\u304c\u5165\u3063\u3066\u3044\u307e\u3059\u3002\n"
    )
    assert extract(readme) == (
        "\u672c\u30ea\u30dd\u30b8\u30c8\u30ea\u306b\u306fOFDM\u306e\u5909\u5fa9\u8abf\u306e"
        "\u30b7\u30df\u30e5\u30ec\u30fc\u30b7\u30e7\u30f3\u30d7\u30ed\u30b0\u30e9\u30e0(Python)"
    )


def test_a_numbered_summary_heading_is_about_the_project_not_a_step():
    # AHMED9937/ASD-SmartCare-Graduation-Project (part 840): "## 1. Project Summary" under a long title.
    readme = (
        "# Autistic Spectrum Disorders Smart Care Flutter Project Overview\n\n## 1. Project Summary\n\n"
        "**ASD SmartCare** is a cross-platform Flutter application designed to support autism care.\n\n"
        "## 2. Goals and Scope\n\n- Screening\n"
    )
    assert extract(readme) == "ASD SmartCare is a cross-platform Flutter application designed to support autism care."


def test_a_motto_led_by_what_it_is_doing_gives_way_to_the_sentence_naming_the_project():
    # EsraaAhmedAli/ITI-Graduation-Project-Recycling-System (part 840): the motto, then the overview.
    readme = (
        "# Karakeeb Web - Smart Recycling Platform\n\nTransforming waste into wealth through intelligent recycling"
        " solutions\n\n---\n\n## Overview\n\nKarakeeb Web is a web application that connects customers,"
        " recyclers and buyers.\n"
    )
    assert extract(readme).startswith("Karakeeb Web is a web application that connects customers")
    # "Reproducing images by evolving populations of polygons" says what it does, and stays.
    readme = "# genetic\n\nReproducing images by evolving populations of polygons\n\n## Background\n\nMetaheuristics are a type of optimization.\n"
    assert extract(readme) == "Reproducing images by evolving populations of polygons"


def test_the_source_of_a_kind_of_thing_says_nothing_of_what():
    # swc137/xiaochengxu (part 841b): "WeChat mini program source code" under the slug.
    assert extract("# xiaochengxu\n\u5fae\u4fe1\u5c0f\u7a0b\u5e8f\u6e90\u7801\n") == ""
    # One that names what the program is for says what it is.
    readme = "# shop\n\u5546\u57ce\u5c0f\u7a0b\u5e8f\u6e90\u7801\n"
    assert extract(readme) == "\u5546\u57ce\u5c0f\u7a0b\u5e8f\u6e90\u7801"


def test_a_class_project_or_a_thesis_and_nothing_of_what_is_the_occasion():
    # gabbrousset/othello-ai and FMI-OpenSource-Lab/chess-engine (corpus, tune split).
    readme = (
        "# Othello\n\nThis is a class project for COMP 424, McGill University, Fall 2024 (it was originally forked"
        " with the permission of Jackie Cheung).\n\nAn Othello agent that searches with alpha-beta pruning.\n"
    )
    assert extract(readme) == "An Othello agent that searches with alpha-beta pruning."
    readme = (
        "# engine\n\nThis project was created as a diploma thesis for the completion of my Bachelor's degree in"
        " Computer Science.\n\nA UCI chess engine written in Rust.\n"
    )
    assert extract(readme) == "A UCI chess engine written in Rust."
    # The course's final project, named as what the repository is, stays (Narwhale14/ShooterGame).
    assert extract("# Shooter\n\nThis is the final project for CS151.\n") == "This is the final project for CS151."


def test_a_readme_that_calls_itself_a_guide_or_superseded_says_nothing_of_the_project():
    # RamBanjo/multi-character-story-generator (corpus, tune split): the README names itself a guide.
    readme = (
        "# Story Generator\n\nThis is the guide on how to use the Multi Character Story Generator's source code"
        " to generate your stories.\n\n## Steps\n\n1. Run it.\n"
    )
    assert extract(readme) == ""
    # nafew0/MindSpear (corpus, tune split): the file's standing, a pointer, a warning.
    readme = (
        "# MindSpear\n\nThis deployment guide is superseded.\n\nFor production hosting, follow"
        " [READMEv2.md](READMEv2.md).\n\nDo not use the old separate API/WebSocket host deployment path.\n"
    )
    assert extract(readme) == ""
    # A guide that is the project says what it is.
    assert (
        extract("# g\n\nA guide to the birds of Patagonia, with maps.\n")
        == "A guide to the birds of Patagonia, with maps."
    )


def test_whose_work_it_stands_on_the_first_step_and_the_authors_card_are_no_description():
    # Tecnologer/MorsingBot (corpus, tune split): the work it is based on, then the author's card.
    readme = (
        "# MorsingBot\n\nEste bot esta basado en el trabajo de Yukutu, aqui el repositorio =>"
        " https://github.com/yukuku/telebot.\n\nRey David Dominguez Soto - rdominguez@tecnologer.net\n"
    )
    assert extract(readme) == ""
    # broxus/nekoton_bridge (corpus, tune split): the generator it is based on, then the first step.
    readme = (
        "# nekoton_bridge\n\nThis package based on flutter_rust_bridge generator.\n\n## Usage\n\n"
        "The first thing you need to do is to setup logger.\n"
    )
    assert extract(readme) == ""
    # Based on something, and then what it is, stays.
    readme = "# k\n\nThis app is based on Flask and lets a shop keep its accounts in the browser.\n"
    assert extract(readme).startswith("This app is based on Flask and lets a shop keep")


def test_a_forms_labels_for_the_title_and_the_description_are_not_the_description():
    # Puissance4/Devoir (part 844): a course's form, filled in as plain lines.
    readme = (
        "Titre du projet : Plateforme UniShop\n\nDescription du projet (max. 50 mots) :\n\n"
        "Plateforme de vente en ligne. Elle permet \u00e0 des utilisateurs d'acheter ou de vendre des produits.\n"
    )
    assert extract(readme) == "Plateforme de vente en ligne."
    # A label with the description on its own line still reads.
    readme = "# T\n\nProject description: a till for small shops that runs in the browser.\n"
    assert extract(readme) == "a till for small shops that runs in the browser."


def test_the_files_a_course_points_at_and_the_stack_named_alone_are_no_description():
    # tomasis7/snake-game-2d-typescript-oop (corpus, tune split): a Swedish course template.
    readme = (
        "# Snake\n\nSe filen Sketch och Game filerna f\u00f6r hur ni b\u00f6r b\u00f6rja skriva er kod!\n\n"
        "Projektet anv\u00e4nder sig av [Typescript](https://www.typescriptlang.org/) och [p5.js](https://p5js.org/)."
        " Det \u00e4r varmt rekommenderat att ni l\u00e4ser p\u00e5 om dessa.\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\nThis project uses React and Redux.\n") == ""
    # What it uses them for says what it is.
    assert extract("# T\n\nThis project uses OpenCV to count bees.\n") == "This project uses OpenCV to count bees."
    # magnomont12/DisciplinasUFC (corpus, tune split): each course in a folder of its own.
    readme = "# UFC\n\nCada disciplina possui a sua pasta pr\u00f3pria, voc\u00ea pode acessar cada uma.\n"
    assert extract(readme) == ""


def test_google_codes_export_line_and_a_title_of_pluses_say_nothing_of_what():
    # andreasgebauer/boblight4j (part 847): the export line, then a pointer elsewhere.
    readme = (
        "# boblight4j\nAutomatically exported from code.google.com/p/boblight4j\n\n"
        "Use Hyperion (https://github.com/hyperion-project/hyperion)\n"
    )
    assert extract(readme) == ""
    # luispee/obligatorio-mundial (part 847): a title whose tail is its stack joined by pluses.
    readme = (
        "# Desde plantilla Fullstack: React (Vite) + Flask + MySQL con Docker\n\n## Comandos\n\n`docker compose up`\n"
    )
    assert extract(readme) == ""
    # A tagline that says what it does with its stack stays.
    readme = "# kassa: a till for small shops built on React + Flask + MySQL\n\n## Install\n\n`make`\n"
    assert extract(readme) == "a till for small shops built on React + Flask + MySQL"


def test_a_testing_or_installing_section_first_is_set_up_not_the_title():
    # Kapitoshka-2008/Domashka (part 850): sample output, then "## Тестирование" over what the tests do.
    readme = (
        "- Visa Platinum 7000 ** **** 6361\n- 11.03.2024\n\n## \u0422\u0435\u0441\u0442\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u0435\n\n"
        "\u041f\u0440\u043e\u0435\u043a\u0442 \u0441\u043e\u0434\u0435\u0440\u0436\u0438\u0442 \u0441\u0431\u043e\u0440\u043d\u0438\u043a"
        " \u0442\u0435\u0441\u0442\u043e\u0432.\n"
    )
    assert extract(readme) == ""
    assert extract("## Testing\n\nThe project contains a collection of tests written with pytest.\n") == ""
    assert extract("## Instalaci\u00f3n\n\nEl proyecto necesita Node 18.\n") == ""
    # A heading that names the project stays its title.
    assert extract("## Kassa\n\nA till for small shops.\n") == "A till for small shops."


def test_made_for_fun_a_remark_on_the_code_or_a_step_first_is_not_the_description():
    # carloseduardodb/LojaVirtual (part 851): made for fun and why, then remarks, then set-up.
    readme = (
        "# Loja\n\nEste projeto foi feito com o intuito de me divertir, queria saber se eu daria conta.\n\n"
        "N\u00e3o usei tecnicas avan\u00e7adas de seguran\u00e7a aqui.\n\n"
        "Se voc\u00ea estiver come\u00e7ando em java web nada melhor que olhar o backend.\n\n"
        "Antes de come\u00e7ar esteja ciente que pode dar alguns erros de conex\u00e3o.\n\n"
        "Entre no IntelliJ IDEA e clique em file->open e selecione a pasta do projeto.\n\n"
        "A store front for a small shop, with a cart and an admin page.\n"
    )
    assert extract(readme) == "A store front for a small shop, with a cart and an admin page."
    assert extract("# Toy\n\nThis project was made just for fun, I wanted to see if I could.\n") == ""
    # Made for fun, and then what it is, is read.
    readme = "# Toy\n\nThis project was made just for fun: a Tetris clone in Rust.\n"
    assert extract(readme) == "This project was made just for fun: a Tetris clone in Rust."
    # "## Rodando o projeto" is set-up, as "## Running" is.
    readme = "# Loja\n\n## Rodando o projeto\n\nO servidor sobe na porta 8080 e a loja abre no navegador.\n"
    assert extract(readme) == ""


def test_a_repository_for_an_occasion_a_shared_experience_a_regret_or_prizes_are_not_the_description():
    # eigarciaortega/IBMHackathon2026 (part 855): a repository for a hackathon, and nothing of what.
    assert extract("# IBMHackathon2026\nRepositorio para el Hackathon IBM Consulting Junio 2026\n") == ""
    assert extract("# cs50\n\nRepository for the CS50 course, Fall 2024.\n") == ""
    # Going on to what it holds, it is read.
    readme = "# tienda\n\nRepositorio para el curso de React donde construimos una tienda online.\n"
    assert extract(readme) == "Repositorio para el curso de React donde construimos una tienda online."
    # SAP-archive/smb-summit-hackathon (part 855): the reader's experience, then a regret, then what it is.
    readme = (
        "# Summit Hackathon\n\nIf you have attended any hackathons in the past, then you know how much time it"
        " takes to get a project started.\n\nUnfortunately we don't have much time for this exercise.\n\n"
        "Sample apps and a starter kit for teams building on the Service Layer.\n"
    )
    assert extract(readme) == "Sample apps and a starter kit for teams building on the Service Layer."
    # substrate-asia/hackathon-2023-summer (part 855): what an event awards is no description.
    readme = "# hackathon-2023-summer\n\n## \u5956\u91d1\n\n16\u4e2a\u5956\u9879\u5171\u7533\u8bf7\u3002\n"
    assert extract(readme) == ""
    assert extract("# jam\n\n## Prizes\n\nThe winning team gets a trip to the final in Berlin.\n") == ""


def test_the_parts_and_what_runs_them_are_not_the_description():
    # Shad0wCrow/TIS-Sistema-Portafolios (part 859): each part's stack, how it is split, what runs it,
    # then "# Notas importantes".
    readme = (
        "# Proyecto Fullstack\n\nBackend **Laravel 8 + PHP 7.4 + PostgreSQL 12.7**\nFrontend **React + Vite**\n\n"
        "El proyecto est\u00e1 dividido en dos partes dentro del mismo repositorio.\n\n"
        "Docker se utiliza para ejecutar el backend y la base de datos.\nEl frontend se ejecuta con Node.js.\n\n"
        "# Notas importantes\n\nNo instalar PHP ni PostgreSQL manualmente.\n"
    )
    assert extract(readme) == ""
    # A part named alone is a title's words, and stays ("Backend Assignment").
    assert extract("# armillary\n\nBackend Assignment\n\n## Setup\n\n`make`\n") == "Backend Assignment"
    # What a part does is read.
    readme = "# shop\n\nThe backend runs the checkout and sends receipts to every customer by mail.\n"
    assert extract(readme) == "The backend runs the checkout and sends receipts to every customer by mail."


def test_a_bold_kind_phrase_with_commas_between_its_words_is_the_description():
    # jjviscomi/bqemulator (part 861): "a", words set apart by commas, then the kind of thing.
    readme = (
        "# bqemulator\n\n**A local, drop-in emulator for Google BigQuery.**\n\n"
        "DuckDB-backed, SQLGlot-powered, and tested against the real service.\n"
    )
    assert extract(readme) == "A local, drop-in emulator for Google BigQuery."
    # A bold line of adjectives with no kind of thing named is still a slogan.
    readme = "# quick\n\n**A fast, small, friendly way.**\n\nQuick renders Markdown to HTML in one pass.\n"
    assert extract(readme) == "Quick renders Markdown to HTML in one pass."


def test_wip_with_a_full_stop_is_a_mark_and_take_a_look_at_the_wiki_is_a_pointer():
    # SeniorMars/typst.nvim (part 862): "WIP." set before the goals, on the same line.
    readme = (
        "# typst.nvim\nWIP. Goals: Tree-sitter highlighting, snippets, and a smooth integration with neovim.\n\n"
        "For the past week, I've been thinking what I want for Neovim and typst.\n"
    )
    assert extract(readme) == "Goals: Tree-sitter highlighting, snippets, and a smooth integration with neovim."
    readme = "# till\n\nWork in progress. A till for small shops.\n"
    assert extract(readme) == "A till for small shops."
    # nvim-tree/nvim-tree.lua (part 862): where to look for more is no description.
    readme = "# nvim-tree\n\nTake a look at the [wiki](https://x.org) for Showcases, Tips, Recipes and more.\n"
    assert extract(readme) == ""


def test_a_words_further_sense_is_not_the_description():
    # crownedgrouse/geas: what the name means, its sense "by extension", then what the tool is.
    readme = (
        "# geas\n\nBy extension, obligation or prohibition imposed by an Erlang application or module.\n\n"
        "## Goal\n\nGeas is a tool detecting the runnable official Erlang release window for your project.\n"
    )
    assert extract(readme) == "Geas is a tool detecting the runnable official Erlang release window for your project."


def test_the_tool_that_made_the_repository_is_no_part_of_the_excerpt():
    # evialbert/LeetCode (part 865): LeetHub's line, the tool that made it set after a dash.
    readme = (
        "# LeetCode\nCollection of LeetCode questions to ace the coding interview! - Created using "
        "[LeetHub](https://github.com/QasimWani/LeetHub).\n"
    )
    assert extract(readme) == "Collection of LeetCode questions to ace the coding interview!"
    readme = "# absensi\n\nEmployee Attendance Management System for JNT Martapura \u2014 built with Next.js.\n"
    assert extract(readme) == "Employee Attendance Management System for JNT Martapura."
    # Built with something as part of what it is, with no dash, stays.
    readme = "# kassa\n\nA till for small shops built with Flask.\n"
    assert extract(readme) == "A till for small shops built with Flask."


def test_a_later_heading_the_title_spells_holds_the_description_and_who_backs_it_is_none():
    # volcengine/terraform-provider-volcengine (part 866): links and requirements, then "# Volcengine
    # Provider", words of the title, over what it is.
    readme = (
        "# terraform-provider-volcengine\n\n## Requirements\n\n- Go 1.13\n\n# Volcengine Provider\n\n"
        "The Volcengine provider is used to interact with many resources supported by Volcengine.\n"
    )
    assert extract(readme) == "The Volcengine provider is used to interact with many resources supported by Volcengine."
    # dynatrace-oss/terraform-provider-dynatrace (part 866): who stands behind it, and nothing of what.
    readme = (
        "# Dynatrace Terraform Provider\n\nThe Dynatrace Terraform Provider is officially supported by Dynatrace.\n"
    )
    assert extract(readme) == ""


def test_an_address_card_a_table_of_keys_and_who_the_text_is_for_are_not_the_description():
    # karajensen/shader-editor (part 867): a banner, the author's addresses, then keys and what they do.
    readme = (
        "SHADER EDITOR\n\nmail@KaraJensen.com\nwww.KaraJensen.com\nhttps://github.com/karajensen/shader-editor.git\n\n"
        "1 -> 7     Render a specific layer\n0          Toggle Wireframe\nF1         Toggle Camera Auto Move\n"
        "WASDQE     Move the camera\n"
    )
    assert extract(readme, "readme.txt") == ""
    # shaderLABS/shaderBOT (part 867): who the text below is for.
    readme = (
        "# shaderBOT\n\nThe following information is for developers and contributors. If you're a user, please"
        " go to the wiki instead.\n"
    )
    assert extract(readme) == ""
    # A sentence that names a key is read.
    readme = "# jumper\n\nA platform game where you press Space to jump over the gaps in a city at night.\n"
    assert extract(readme) == "A platform game where you press Space to jump over the gaps in a city at night."


def test_a_kind_and_what_it_is_for_under_the_title_is_a_tagline_whatever_word_ends_it():
    # ShaggyTech/nhtsa-api-wrapper (part 869): "## … Wrapper … for the NHTSA VPIC API" is no API section.
    readme = (
        "# @shaggytools/nhtsa-api-wrapper Monorepo\n\n"
        "## Javascript Wrapper and Helper Functions for the [NHTSA VPIC API](https://vpic.nhtsa.dot.gov)\n\n"
        "A universal (browser/server) javascript wrapper for the NHTSA Vehicle Information API.\n"
    )
    assert extract(readme) == "A universal (browser/server) javascript wrapper for the NHTSA Vehicle Information API."
    # A short API section under the title stays one.
    assert extract("# kassa\n\n## API\n\nCall `open()` to start a sale on the till.\n") == ""


def test_pet_project_and_a_name_is_no_description():
    # Kirillkuss/klinik (part 870): the kind of effort and the name, no article.
    assert extract("# Klinika\nPet project Klinika\n\n## Technologies\n\n1. **Spring Boot**\n") == ""
    assert extract("# kassa\n\nSide project\n") == ""
    # A pet project that says what it is stays.
    readme = "# kassa\n\nPet project: a till for small shops that runs in the browser.\n"
    assert extract(readme) == "Pet project: a till for small shops that runs in the browser."


def test_words_each_their_own_sentence_are_a_motto():
    # gontijolucca-prog/calculadoraempresaouindividual (part 871): three beats, then what it is.
    readme = (
        "# Estudo 360\n\nAn\u00e1lise. Estrat\u00e9gia. Decis\u00e3o.\n\n"
        "**estudo360.pt** \u2014 plataforma de simula\u00e7\u00e3o fiscal para contabilistas e empres\u00e1rios.\n"
    )
    assert extract(readme).startswith("estudo360.pt \u2014 plataforma")
    # Alone, the motto is all there is, and stays.
    assert extract("# Vault\n\nFast. Simple. Secure.\n") == "Fast. Simple. Secure."


def test_a_course_sold_alongside_and_a_question_left_unanswered_are_not_the_description():
    # xiaoiver/infinite-canvas-tutorial (part 872): the author's course, then "Feel free to rate!".
    readme = (
        "# An Infinite Canvas Tutorial\n\n[My free course in Gumroad]. Feel free to rate!\n\n"
        "What is an Infinite Canvas? The term is described as follows:\n\n- High scalability.\n\n"
        "This tutorial builds an infinite canvas with WebGL and WebGPU, one lesson at a time.\n"
    )
    assert extract(readme) == "This tutorial builds an infinite canvas with WebGL and WebGPU, one lesson at a time."
    # thatvineyard/Snapswriter: a question and no answer.
    assert extract("# Snapswriter\n\nWhy do thing when computer can?\n") == ""
    # A question the same paragraph answers is read.
    readme = "# kassa\n\nWhat is Kassa? Kassa is a till for small shops.\n"
    assert extract(readme) == "Kassa is a till for small shops."


def test_what_was_used_to_build_it_and_a_log_of_tasks_done_are_not_the_description():
    # roman-rachkov/diplom (part 877): the approach and tools used, a log of tasks, then the description.
    readme = (
        "# \u0414\u0438\u043f\u043b\u043e\u043c\n\n"
        "\u041f\u0440\u0438 \u0440\u0430\u0437\u0440\u0430\u0431\u043e\u0442\u043a\u0435 \u0438\u0441\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u043b\u0441\u044f"
        " \u0421\u0435\u0440\u0432\u0438\u0441-\u0420\u0435\u043f\u043e\u0437\u0438\u0442\u043e\u0440\u043d\u044b\u0439 \u043f\u043e\u0434\u0445\u043e\u0434.\n\n"
        "## \u0421\u043f\u0438\u0441\u043e\u043a \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u044b\u0445 \u043e\u0441\u043d\u043e\u0432\u043d\u044b\u0445"
        " \u0437\u0430\u0434\u0430\u0447\n\n\u0418\u043d\u0442\u0435\u0433\u0440\u0430\u0446\u0438\u044f \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u044b\n\n"
        "### 1. \u041e\u043f\u0438\u0441\u0430\u043d\u0438\u0435 \u043f\u0440\u043e\u0435\u043a\u0442\u0430\n\n"
        "\u0418\u043d\u0442\u0435\u0440\u043d\u0435\u0442-\u043c\u0430\u0433\u0430\u0437\u0438\u043d, \u0430\u0433\u0440\u0435\u0433\u0430\u0442\u043e\u0440"
        " \u0442\u043e\u0432\u0430\u0440\u043e\u0432 \u0440\u0430\u0437\u043b\u0438\u0447\u043d\u044b\u0445 \u043f\u0440\u043e\u0434\u0430\u0432\u0446\u043e\u0432.\n"
    )
    assert extract(readme).startswith(
        "\u0418\u043d\u0442\u0435\u0440\u043d\u0435\u0442-\u043c\u0430\u0433\u0430\u0437\u0438\u043d"
    )
    readme = "# shop\n\nDuring development the repository pattern was used.\n\n## Completed tasks\n\nAbout page\n"
    assert extract(readme) == ""


def test_a_dare_where_the_code_is_and_what_it_does_not_grant_are_not_the_description():
    # Codagent-AI/agent-validator (part 878): a dare to the reader, then what it is.
    readme = (
        "> Don't just review the agent's code \u2014 put it through the gauntlet.\n\n"
        "Agent Validator is a configurable feedback loop runner for AI-assisted development.\n"
    )
    assert extract(readme) == "Agent Validator is a configurable feedback loop runner for AI-assisted development."
    # w3c/css-validator (part 878): where the latest code is, and what downloading it does not grant.
    readme = (
        "# CSS Validator Project\n\nThe latest development code for the CSS Validator is available through the"
        " [GitHub repository](https://github.com/w3c/css-validator).\n\nDownload and compilation of the software"
        " do not give the right to use the W3C logo on the service.\n"
    )
    assert extract(readme) == ""
    readme = "# CSS\n\nDownload and compilation of the software do not give the right to use the W3C logo.\n"
    assert extract(readme) == ""


def test_who_may_not_use_it_is_terms_of_use():
    # yii-starter-kit/yii2-starter-kit (part 879): a statement of who is barred from using it, then what it is.
    readme = (
        "# Yii 2 Starter Kit\n\nWhile war goes on, any company or citizen who does nothing about it is prohibited"
        " from using this package.\n\nThis is Yii2 start application template.\n"
    )
    assert extract(readme) == "This is Yii2 start application template."


def test_reference_badges_a_shrug_and_what_it_was_tested_for_are_not_the_description():
    # poingstudios/godot-admob-plugin (part 887): shortcut images inside reference links, their
    # definitions past the part read, then the bold tagline.
    readme = (
        '<div align="center">\n  <h1>Godot AdMob Plugin</h1>\n\n'
        "  [![VersionBadge]][Releases] [![GodotBadge]][AssetStore] <br>\n  [![DownloadsBadge]][Releases]\n\n"
        "  **The complete solution for Google AdMob integration in Godot using GDScript or C#.**\n</div>\n"
    )
    assert extract(readme) == "The complete solution for Google AdMob integration in Godot using GDScript or C#."
    # UmnganeWami/Random-Haxe-Godot-First-Person-Game (part 887): a shrug, and nothing of what.
    readme = (
        "# RANDOM GAME\nthis project is just something random i've been cooking up, no idea what it'll turn into.\n"
    )
    assert extract(readme) == ""
    # MasDhany/Godot-CPP-Snake-Case (part 887): steps, then what it was tested for.
    readme = "1. Build (Requires C++20).\n2. Run the program.\n\nTested for: [Godot CPP 3.x](https://github.com/x/y)\n"
    assert extract(readme) == ""


def test_a_credit_for_the_icon_is_not_the_description():
    # CottonCandyZ/bangumi-electron (part 891): where the icon came from, under the logo, before the
    # section that says what the app is.
    readme = (
        "<p align='center'><img src=\"icon.png\"></p>\n<p align='center'>icon is from <a href='https://next.bgm.tv'>"
        "next.bgm.tv</a></p>\n\n## 这是什么？\n\n这是一个 [bgm.tv](https://bgm.tv) 的桌面客户端，目标是做一个收藏整理工具。\n"
    )
    assert extract(readme) == "这是一个 bgm.tv 的桌面客户端，目标是做一个收藏整理工具。"
    readme = "# Kite\n\nLogo by @ana\n\nKite flies small drones from a phone.\n"
    assert extract(readme) == "Kite flies small drones from a phone."


def test_stage_words_alone_are_status_not_the_description():
    # ykmnkmi/svelte.dart (part 893): a blockquote of stage words over what the project is.
    readme = (
        "svelte.dart\n===========\n\n> Experimenting, work in progress.\n\n"
        "[Svelte][Svelte] web framework (not yet) ported to [Dart][Dart].\n\n[Svelte]: https://svelte.dev\n"
        "[Dart]: https://dart.dev\n"
    )
    assert extract(readme) == "Svelte web framework (not yet) ported to Dart."
    readme = "# Kiln\n\nUnfinished and unstable.\n\nExperimental compiler for Lua.\n"
    assert extract(readme) == "Experimental compiler for Lua."


def test_a_tutorial_or_a_video_to_follow_is_a_pointer_not_the_description():
    # ciscoheat/sveltekit-superforms (part 893): the HTML header's tagline, then a feature list, then
    # where to learn it: a tutorial to follow and a video to watch.
    readme = (
        '<p align="center">\n  <h1 align="center">Superforms</h1>\n'
        '  <p align="center">Making SvelteKit forms a pleasure to use!</p>\n</p>\n\n# Feature list\n\n'
        "- Server- and client-side validation\n- Auto-centering and focusing\n\n# Get started\n\n"
        "Follow the Get started tutorial on the website to get a hands-on introduction to Superforms:"
        " https://superforms.rocks/get-started\n\nYou can also watch this excellent introduction video to see"
        " what's possible: https://www.youtube.com/watch?v=MiKzH3kcVfs\n"
    )
    assert extract(readme) == "Making SvelteKit forms a pleasure to use!"


def test_numbered_step_names_are_steps():
    # ORCID/orcid-angular (part 894): a title, then "1- …" steps written as paragraphs, not a list.
    readme = (
        '<h1 align="center">ORCID Angular Frontend</h1>\n\n# Get started\n\n## Serve the frond-end locally\n\n'
        "1- Clone the repo\n\n```\ngit clone https://github.com/ORCID/orcid-angular\n```\n\n"
        "2- Install its dependencies\n\n```\nyarn\n```\n\n3- Serve the front-end locally\n\n```\nyarn start\n```\n"
    )
    assert extract(readme) == ""


def test_a_footnote_a_chat_room_and_where_the_news_is_are_not_the_description():
    # angulardart/angular (part 894): where the news is, a table of packages with footnotes under
    # it, and the chat room; nothing says what the project is.
    readme = (
        "See https://github.com/angulardart for current updates on this project.\n\n## Packages\n\n"
        "| Source code | Version |\n|---|---|\n| angular | 8.0 |\n\n"
        "&ddagger; _Infrastructure packages. Not typically used directly.\nIncluded for completeness._\n\n"
        "## Resources\n\nJoin the [Gitter chat room] to ask questions.\n\n[Gitter chat room]: https://gitter.im/x\n"
    )
    assert extract(readme) == ""
    assert extract("# Kiln\n\n¹ Measured on an M1 laptop with a warm cache.\n") == ""
    assert extract("# Kiln\n\nJoin the Gitter chat room to ask questions.\n") == ""


def test_a_games_rule_is_no_obligation_and_where_to_find_it_is_a_pointer():
    # raspberrypilearning/brain-game (part 895): "you have to" inside the game's description, then
    # where the project is online.
    readme = (
        "# Brain Game\n\n![Brain Game](/en/images/banner.png)\n\nLearn how to create a times table quiz, in which"
        " you have to get as many answers correct as you can in 30 seconds.\n\nFind the project online at"
        " [projects.raspberrypi.org/en/projects/brain-game](https://projects.raspberrypi.org/en/projects/brain-game)\n"
    )
    assert extract(readme).startswith("Learn how to create a times table quiz, in which you have to")
    readme = "# Rocks\n\nFind the project online at [rocks.example](https://rocks.example)\n"
    assert extract(readme) == ""
    # An obligation told to the reader stays one.
    assert extract("# Rocks\n\nYou have to install Godot 4 before opening the project.\n") == ""


def test_a_one_digit_version_ends_a_sentence_and_an_ordinal_does_not():
    # Justineo/vue-clamp (corpus, tune split): "Vue 3." ends the first sentence.
    readme = "# vue-clamp\n\nClamping primitives for Vue 3. The package includes components for multiline text.\n"
    assert extract(readme) == "Clamping primitives for Vue 3."
    # MichaelHorv/Java_Uebungen (corpus, tune split): "des 1. Semesters" is an ordinal, mid-sentence.
    readme = '# Java\n\nIn diesem Repository befinden sich die Aufgaben für "Einführung" des 1. Semesters.\n'
    assert extract(readme) == 'In diesem Repository befinden sich die Aufgaben für "Einführung" des 1. Semesters.'


def test_nuxt_uis_template_line_and_where_something_else_is_are_not_the_description():
    # AVMG20/nuxtpolymarket (part 896): Nuxt UI's starter template README, unedited.
    readme = (
        "# Nuxt Starter Template\n\nUse this template to get started with [Nuxt UI](https://ui.nuxt.com) quickly.\n\n"
        "- [Live demo](https://starter-template.nuxt.dev/)\n\n"
        "> The starter template for Vue is on https://github.com/nuxt-ui-templates/starter-vue.\n\n"
        "## Quick Start\n\n```bash\nnpm create nuxt@latest -- -t ui\n```\n"
    )
    assert extract(readme) == ""
    assert extract("# Kiln\n\nThe Python version is on https://github.com/kiln/kiln-py\n") == ""


def test_a_later_cjk_paragraph_stands_only_when_it_says_what_something_is():
    # substrate-asia/hackathon-2023-summer (corpus, tune split): sections of an event's rules, each a
    # detail ("During the contest the organisers hold an online meeting for each team.").
    readme = "# hackathon-2023-summer\n\n## 时间点\n\n- 报名：6 月\n\n## 项目报名\n\n比赛过程中，主办方会组织每个参赛战队的线上讨论会议。\n"
    assert extract(readme) == ""
    # A later section that says what the project is still stands.
    readme = "# kiln\n\n## 安装\n\n- pip install kiln\n\n## 关于\n\n本项目是一个用于烧制陶瓷的温度记录工具。\n"
    assert extract(readme) == "本项目是一个用于烧制陶瓷的温度记录工具。"


def test_a_later_section_that_names_a_part_is_not_the_description():
    # AmbireTech/adex-validator-stack-rust (corpus, tune split): set-up, then "## Sentry", which says
    # what one part of the stack is.
    readme = (
        "# Ambire AdEx Validator Stack\n\n## Local & Testing setup\n\n- cargo build\n\n## Sentry\n\n"
        "Sentry is the REST API that the Validator worker uses for storing and retrieving information.\n"
    )
    assert extract(readme) == ""
    # The project by the name its opening uses stays (request/request, in ../shared).
    readme = (
        "# Deprecated!\n\nAs of Feb 11th 2020, request is fully deprecated.\n\n## Super simple to use\n\n"
        "Request is designed to be the simplest way possible to make http calls.\n"
    )
    assert extract(readme) == "Request is designed to be the simplest way possible to make http calls."


def test_seven_cjk_characters_before_a_colon_are_a_phrase_not_a_label():
    # QRYaa/BiShe-Online-Education (part 902): "My undergraduate graduation project: an online
    # education system", under the title.
    assert extract("# BiShe-Online-Education\n我的本科毕设项目：在线教育系统\n") == "我的本科毕设项目：在线教育系统"
    # A label of four characters over a value stays a label.
    assert extract("# x\n\n开发环境：Windows 10\n") == ""


def test_a_step_named_by_its_number_is_a_step():
    # summernecman/Lib (part 904): a fragment under the title, then "Step 1. …" and its code.
    readme = "# Lib\nandroid lib\ngradle\n\nStep 1. Add the JitPack repository to your build file\n\n\tallprojects {}\n"
    assert extract(readme) == ""
    assert extract("# Kiln\n\nPaso 2: instala las dependencias con npm.\n") == ""
    assert extract("# Kiln\n\n第一步，安装依赖。\n") == ""


def test_the_commands_below_and_a_caption_for_a_command_are_not_the_description():
    # PS222407/cgi-talpa-groepsopdracht (part 906): where the commands below must be run, then a
    # caption over each command, in Dutch; and the same in English.
    for line in (
        'Voor de onderstaande commands moeten uitgevoerd worden in "source\\Talpa"',
        "The following commands must be run in the source folder.",
        "Deze command maakt een nieuwe migratie bestand aan",
        "This command creates a new migration file",
    ):
        assert extract(f"# x\n\n{line}\n\n```bash\ndotnet ef migrations add Create\n```\n") == "", line
    # A command-line tool is a kind of tool.
    assert extract("# x\n\nThis command line tool renames photos by date.\n") == (
        "This command line tool renames photos by date."
    )


def test_news_labelled_new_is_an_aside():
    # cluesmith/codev (part 908): a blockquote of news in bold, then what the project does.
    readme = (
        "# Codev: A Human-Agent Software Development OS\n\n> **New: [A Tour of CodevOS](https://x.example)** — A deep"
        " dive into how Codev orchestrates human-agent collaboration.\n\nCodev turns GitHub Issues into tested,"
        " reviewed PRs. You write specs; autonomous AI builders handle the rest.\n"
    )
    assert extract(readme) == "Codev turns GitHub Issues into tested, reviewed PRs."


def test_where_to_find_the_documentation_is_a_pointer():
    # Mohammad-Alavi/laravel-openapi (part 912): a descriptive title, badges, then where the docs are.
    readme = (
        "# Generate OpenAPI specification for Laravel Applications\n\n## Documentation\n\nYou'll find the"
        " documentation on https://mohammad-alavi.github.io/laravel-openapi/\n"
    )
    assert extract(readme) == ""
    assert extract("# Kiln\n\nYou can find the docs at https://kiln.example/docs.\n") == ""


def test_join_us_on_a_chat_service_is_a_plug():
    # Typescript-TDD/ts-auto-mock (part 916): "Need help? Join us on Slack" under the badges.
    readme = "# TS auto mock\n\nNeed help? Join us\non [Slack](https://join.slack.com/t/x)\n\nA TypeScript transformer that creates mocks.\n"
    assert extract(readme) == "A TypeScript transformer that creates mocks."
    assert extract("# Kiln\n\nJoin us on Discord to talk about Kiln.\n") == ""


def test_a_legal_notices_section_is_not_read_for_the_description():
    readme = (
        "# Edge ドキュメント\n\n## 行動規範\n\n詳細は CODE_OF_CONDUCT.md を参照してください。\n\n## 法的通知\n\n"
        "Microsoft および任意の投稿者は、このリポジトリ内のコンテンツにライセンスを付与します。\n"
    )
    assert extract(readme) == ""


@pytest.mark.parametrize(
    "promotion",
    [
        "🚀 MiniMax Token Plan 惊喜上线！好友立享 8.8折 专属优惠 + Builder 权益！",
        "Use the promo code SHOW for 20% off your first month!",
    ],
)
def test_a_promotion_is_never_the_description(promotion):
    readme = f"# TSPL\n\n{promotion}\n\nThis repository contains the source for The Swift Programming Language.\n"
    assert extract(readme) == "This repository contains the source for The Swift Programming Language."


def test_a_later_section_that_tells_the_reader_what_to_do_is_instructions_throughout():
    readme = (
        "# Сборник микропроектов\n\n## Нужно установить flatpak\n\n```\napt install flatpak\n```\n\n"
        "## Предоставление прав Flatpak\n\nПосле выполнения всех этих команд нужно перезагрузить компьютер.\n\n"
        "Это важный шаг, чтобы применить изменения в группе dialout.\n"
    )
    assert extract(readme) == ""
    later = "# T\n\n## Install\n\n```\nmake\n```\n\n## The idea\n\nT keeps notes in plain text files.\n"
    assert extract(later) == "T keeps notes in plain text files."


def test_you_have_been_is_no_obligation_in_a_later_section():
    """ "You have been tasked with building" says what happened, not what to do: only "you have to"
    tells the reader what to do, so the section still gives the description."""
    readme = (
        "# Nutshell: The Information Dashboard\n\n## Setup\n\n1. Clone this repository\n1. Make a file\n\n"
        "## Instructions\n\nNutshell is a new product offering that you have been tasked with building.\n\n"
        "## Features\n\nThis dashboard shows the news, events and tasks of the day.\n"
    )
    assert extract(readme) == "Nutshell is a new product offering that you have been tasked with building."
    told = readme.replace("you have been tasked with building", "you have to build")
    assert extract(told) == "This dashboard shows the news, events and tasks of the day."


def test_a_bold_kind_of_thing_before_detail_that_does_not_name_the_project_is_the_description():
    readme = (
        '<h1 align="center">Flounder</h1>\n\n<p align="center"><strong>An autonomous white-hat security auditor.'
        "</strong><br/>Security automation for target prep, audit, exploit construction, and execution proof.</p>\n\n"
        "## Use It With An Agent\n\nAsk your agent to read the docs.\n"
    )
    assert extract(readme) == "An autonomous white-hat security auditor."
    # Before a sentence that names the project, the bold phrase is a slogan and the sentence says more.
    named = "# Laravel Tackle\n\n**An AI agent harness for Laravel.**\n\nTackle is the runtime layer for AI agents.\n"
    assert extract(named) == "Tackle is the runtime layer for AI agents."
    # Before detail that is itself a kind of thing, the phrase above it is a slogan.
    slogan = "# Aspen Grove\n\n_A watered idea blooms_\n\nA mobile application for branching chats with models.\n"
    assert extract(slogan) == "A mobile application for branching chats with models."


def test_a_paragraph_indented_by_accident_is_still_read_and_indented_code_is_not():
    readme = "# imbAVR.ArduinoSynth\n\nProject goal\n\n      To make a USB MIDI bass synth on an Arduino Pro Micro.\n"
    assert extract(readme) == "To make a USB MIDI bass synth on an Arduino Pro Micro."
    assert extract("# T\n\n    pip install t\n    t --help\n") == ""
    assert extract("# T\n\n    result = compute(x); print(result).\n") == ""


def test_an_asciidoc_readme_is_read_as_the_markdown_it_means():
    readme = (
        ':toc: left\n= Spring Data Examples image:https://img.shields.io/badge/x.svg["Badge", link="https://x"]\n\n'
        "image:https://travis-ci.org/x.svg?branch=main[Build Status,link=https://travis-ci.org/x]\n\n"
        "// a comment nobody sees\n"
        "This repository contains example projects for the https://spring.io/projects/spring-data[Spring Data] modules.\n\n"
        "== Spring Data JPA\n\n[source,java]\n----\nclass Example {}\n----\n"
    )
    assert extract(readme, "README.adoc") == "This repository contains example projects for the Spring Data modules."
    assert extract("= Tool\n\n----\nmake install\n----\n", "README.adoc") == ""


@pytest.mark.parametrize(
    ("adoc", "expected"),
    [
        # EnemyV/EnemyNationsRevival (part 257): GitHub shows them as a byline under the title.
        (
            '\n= Enemy Nations\nBlair "Bobbias" Stacey <bobbias@gmail.com>\nv1.0, $DATE$\n:toc:\n\n'
            "== Introduction\n\nEnemy Nations is a real-time strategy game released in 1996.\n",
            "Enemy Nations is a real-time strategy game released in 1996.",
        ),
        # Past the header, a line after a heading is the document's text.
        ("= T\n\n== About\nT is a tool for maps.\n", "T is a tool for maps."),
    ],
)
def test_an_asciidoc_headers_author_and_revision_lines_are_no_text(adoc, expected):
    assert extract(adoc, "README.adoc") == expected


def test_an_asciidoc_attribute_reference_reads_as_its_value():
    # yuzutech/kroki (part 738): the link's address is an attribute set in the header.
    adoc = (
        ":uri-kroki: https://kroki.io/\n:uri-docs: https://docs.kroki.io/\n\n"
        "{uri-kroki}[Kroki] provides a unified API for diagrams.\n\n== Quickstart\n\nSee {uri-docs}[the docs].\n"
    )
    assert extract(adoc, "README.adoc") == "Kroki provides a unified API for diagrams."
    # One never set stays as written, as Asciidoctor leaves it.
    assert extract("= T\n\nT renders {unset} maps for hikers.\n", "README.adoc") == "T renders {unset} maps for hikers."


def test_things_here_then_an_address_is_a_pointer_not_a_description():
    readme = (
        "# Game\n\nGameplay videos here (old version on a new OS): https://youtu.be/abc\n\n"
        "Released in 1996 by a small studio, Game is a strategy game.\n"
    )
    assert extract(readme) == "Released in 1996 by a small studio, Game is a strategy game."


def test_a_slash_between_cjk_words_is_not_an_address():
    readme = "# 海报\n\n> 一个完整的、专业的、可扩展的活动海报解决方案，包含营销功能集成和PC/移动端双预览\n"
    assert extract(readme).startswith("一个完整的、专业的、可扩展的活动海报解决方案")


def test_emoji_shortcodes_are_emoji_on_github_not_letters_in_an_excerpt():
    assert extract("# T\n\n:rocket: A fast tool for maps. :tada:\n") == "A fast tool for maps."
    assert extract("# T\n\nT runs the backup at 12:30:45 every day of the week.\n").endswith(
        "12:30:45 every day of the week."
    )


@pytest.mark.parametrize(
    ("paragraph", "excerpt"),
    [
        ("📜 Napkin integration for pi.", "Napkin integration for pi."),  # cad0p/pi-napkin
        ("☕️ Simple, flexible, fun JavaScript test framework ☕️", "Simple, flexible, fun JavaScript test framework"),
        ("🇩🇪 Ein Kassensystem für kleine Läden.", "Ein Kassensystem für kleine Läden."),
        ("Certificates on a blockchain. 📜", "Certificates on a blockchain."),
        ("👩‍💻 Kassa is a till for small shops.", "Kassa is a till for small shops."),  # a joined emoji
        ("Kassa™ is a till for small shops.", "Kassa™ is a till for small shops."),  # a mark, not a picture
        ("Kassa is a till for small shops™", "Kassa is a till for small shops™"),
    ],
)
def test_emoji_that_open_or_close_the_excerpt_are_decoration_not_words(paragraph: str, excerpt: str) -> None:
    assert extract(f"# Kassa\n\n{paragraph}\n") == excerpt


@pytest.mark.parametrize(
    ("paragraph", "excerpt"),
    [
        # ZanzyTHEbar/ESP32GreenhouseTowerDIY: the full stop goes back against the words.
        ("Kassa is a till for small shops :cactus: .", "Kassa is a till for small shops."),
        ("Kassa is a till for small shops .", "Kassa is a till for small shops."),
        # loopgazer/clepsydra.toolchain-armv7 (part 722): a link on its own line before a comma.
        (
            "Kassa is a till for [small shops](https://x.y)\n, cafés and stalls.",
            "Kassa is a till for small shops, cafés and stalls.",
        ),
        # French sets "!" and "?" apart by rule.
        ("Kassa est une caisse pour les petits commerces !", "Kassa est une caisse pour les petits commerces !"),
    ],
)
def test_a_space_left_before_a_full_stop_or_a_comma_goes(paragraph: str, excerpt: str) -> None:
    assert extract(f"# Kassa\n\n{paragraph}\n") == excerpt


def test_thanks_to_contributors_give_way_to_the_description():
    readme = (
        "# Interview\n\n> 해당 Repository 에 기여를 해주신 분들입니다. 감사합니다. :pray:\n\n"
        "예비 개발자들의 기술 면접 준비를 위한 자료를 정리해놓은 저장소입니다.\n"
    )
    assert extract(readme).startswith("예비 개발자들의 기술 면접 준비를 위한")
    assert extract("# T\n\nThanks to everyone who contributed!\n\nT renders maps.\n") == "T renders maps."


def test_thanks_to_a_cause_before_a_comma_is_no_thanks():
    # structlog, restlet: "Thanks to its flexible design, …" says why, it thanks no one.
    readme = "# T\n\nThanks to its flexible design, you choose where your logs go.\n\nMore text.\n"
    assert extract(readme) == "Thanks to its flexible design, you choose where your logs go."
    readme = "# T\n\nThanks to BrowserStack for a free account, we test on IE8.\n\nT renders maps.\n"
    assert extract(readme) == "T renders maps."


def test_a_tagline_set_as_the_first_section_heading_is_no_setup_section():
    # restlet/restlet-framework-java: "API" names setup sections ("## API"), not this heading.
    readme = (
        "# Restlet Framework\n\n## The first REST API framework for Java\n\n"
        "Restlet lets developers build secure and scalable RESTful web APIs.\n"
    )
    assert extract(readme) == "Restlet lets developers build secure and scalable RESTful web APIs."
    assert extract("# T\n\n## API\n\nT.render(map) draws the map you pass.\n") == ""


def test_a_maintainers_section_and_a_line_saying_who_maintains_it_are_not_the_description():
    readme = "# Terraform Provider for Linode\n\n## Maintainers\n\nThis provider plugin is maintained by Linode.\n"
    assert extract(readme) == ""
    assert (
        extract("# T\n\nThis library is actively maintained by Example Corp.\n\nT renders maps.\n") == "T renders maps."
    )


def test_a_section_heading_set_small_before_the_title_is_a_preamble_not_the_intro():
    readme = (
        "## Support\n\nFor urgent, production-impacting issues, please contact Example Support.\n\n"
        "# Example Terraform Provider\n\nThis is a terraform provider for managing Example resources.\n\n"
        "## Getting started\n\nInstall it by adding a block.\n"
    )
    assert extract(readme) == "This is a terraform provider for managing Example resources."
    # With no title below it, a first heading is the title, whatever its words.
    assert extract("## Build tools\n\nBuild tools compile the site.\n\n## Usage\n\nRun it.\n") == (
        "Build tools compile the site."
    )


def test_a_section_written_as_a_labelled_line_is_not_the_description():
    readme = "# T\n\n> **Contributing**: We welcome any contributions to the project!\n\nT renders maps for hikers.\n"
    assert extract(readme) == "T renders maps for hikers."
    assert extract("# T\n\nLicense: MIT, see the file for the whole text.\n\nT renders maps.\n") == "T renders maps."


def test_a_picture_after_a_notice_sets_the_description_below_it_apart():
    readme = (
        "# godot-kotlin\n\nNOTICE: Project is being merged at other/place. No further development will be done here.\n\n"
        "![logo](logo.png)\n\nKotlin Native bindings for Godot.\n\n## Versioning\n\n"
        "Checkout the documentation for information about how this project is versioned.\n"
    )
    assert extract(readme) == "Kotlin Native bindings for Godot."


@pytest.mark.parametrize(
    "pointer",
    [
        "More information available on http://q37.info/computing/epeios/.",
        "Full documentation is available at docs.example.com for every version.",
        "Checkout the documentation for information about how this project is versioned.",
    ],
)
def test_a_line_that_says_where_more_is_is_not_the_description(pointer):
    assert extract(f"# T\n\n{pointer}\n\nT renders maps.\n") == "T renders maps."


def test_an_address_with_a_few_words_is_never_the_excerpt_even_for_want_of_one():
    assert extract("# T\n\nMore information available on http://q37.info/computing/epeios/.\n") == ""


def test_a_greeting_in_french_gives_way_to_the_sentence_after_it():
    readme = "# Documentation\n\nBienvenue ! Ce dépôt contient des fichiers sources pour la documentation technique.\n"
    assert extract(readme) == "Ce dépôt contient des fichiers sources pour la documentation technique."
    # In Spanish a greeting opens with "¡".
    readme = "# Flipper\n\n¡Bienvenido a **Flipper**!  \nEste proyecto simula el funcionamiento esencial de Twitter.\n"
    assert extract(readme) == "Este proyecto simula el funcionamiento esencial de Twitter."


@pytest.mark.parametrize(
    "command",
    [
        "dotnet ef migrations add AddIdentity --project Data --startup-project Diplomna_Netflix",
        "npm install --save-dev my-package",
        "$ docker compose up -d --build",
    ],
)
def test_a_command_line_set_as_a_paragraph_is_code(command):
    assert extract(f"# App\n\n{command}\n") == ""
    assert extract(f"{command}\n\ndotnet ef database update --project Data\n") == ""


@pytest.mark.parametrize(
    "section, words",
    [
        ("Cloning", "This repository uses git submodules (for the time being)."),
        ("フィードバックをお寄せください", "お客様からのフィードバックを重視しています。"),
        ("Give us your feedback", "We value your feedback on these documents and samples."),
        ("Code of conduct", "This project has adopted the Example Open Source Code of Conduct."),
    ],
)
def test_sections_about_cloning_feedback_and_conduct_hold_no_description(section, words):
    assert extract(f"# Tool\n\n## {section}\n\n{words}\n") == ""


def test_a_code_of_conduct_line_is_never_the_description_even_as_the_only_section():
    readme = (
        "## Microsoft Open Source Code of Conduct\nThis project has adopted the [Microsoft Open Source Code of "
        "Conduct](https://opensource.microsoft.com/codeofconduct/).\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\nThis project follows the Contributor Covenant code of conduct.\n") == ""


def test_a_section_on_how_to_use_the_project_is_setup():
    # rocketsofawesome/mirage: a demo link, then "## Use the Pattern Library" over install steps.
    readme = (
        "# Mirage\n\n[Live Demo of the Pattern Library](https://rocketsofawesome.github.io/mirage/)\n\n"
        "## Use the Pattern Library\n\nFirst run the command:\n\n`npm install @rocketsofawesome/mirage`\n\n"
        "Then inside of your react project wrap the application in the theme wrapper.\n"
    )
    assert extract(readme) == ""
    # "## Use cases" says what the project is for.
    assert extract("# T\n\n## Use cases\n\nT renders hiking maps offline.\n") == "T renders hiking maps offline."


@pytest.mark.parametrize("heading", ["Client init", "SQLServer init", "Initialization", "Initialisation"])
def test_a_section_that_initialises_the_project_is_setup(heading):
    readme = f"# voting\n\n## {heading}\n\n### Available Scripts\n\nIn the project directory, you can run:\n"
    assert extract(readme) == ""


def test_thanks_to_the_reader_are_never_the_description_even_for_want_of_one():
    readme = "# Docs\n\nMicrosoft Graph ドキュメントにご関心をお寄せいただき、ありがとうございます。\n"
    assert extract(readme) == ""
    assert extract("# T\n\nThank you for your interest in T!\n") == ""
    assert extract("# T\n\n> **Note**\n> T is not maintained any more.\n") == "Note T is not maintained any more."


def test_an_astro_starter_readme_is_the_starters_manual_not_a_description():
    readme = (
        "# Starlight Starter Kit: Basics\n\n> 🧑\u200d🚀 **Seasoned astronaut?** Delete this file. Have fun!\n\n"
        "## 🚀 Project Structure\n\nInside of your Astro + Starlight project, you'll see the following folders and files:\n\n"
        "Starlight looks for `.md` or `.mdx` files in the `src/content/docs/` directory.\n"
    )
    assert extract(readme) == ""


def test_an_astro_starter_without_its_astronaut_line_is_still_the_starters_manual():
    # rebeccahongsf/astro-decanter: the starter's README under the project's own title.
    tour = (
        "## 🚀 Project Structure\n\nInside of your Astro project, you'll see the following folders and files:\n\n"
        "```text\n/\n├── public/\n└── package.json\n```\n\n"
        "Astro looks for `.astro` or `.md` files in the `src/pages/` directory. Each page is exposed as a route"
        " based on its file name.\n"
    )
    assert extract("# Astro Decanter Starter Kit\n\n" + tour) == ""
    # What the owner wrote above the starter's tour is still the description.
    assert extract("# Birds\n\nA blog about the birds of Lisbon.\n\n" + tour) == "A blog about the birds of Lisbon."


def test_context_on_other_projects_gives_way_to_what_this_package_does():
    # henzeb/laravel-pennant-unleash: what the two projects it joins are, then what it does.
    readme = (
        "# Unleash driver for Laravel Pennant\n\n"
        "Laravel Pennant is a lightweight feature flag package, but its built-in drivers store state locally."
        " Unleash is a feature management platform that evaluates flags server-side.\n\n"
        "This package bridges the two: it registers an `unleash` Pennant driver.\n"
    )
    assert extract(readme) == "This package bridges the two: it registers an unleash Pennant driver."
    readme = "# Glue\n\nThere are two tools.\n\nThis library wraps both behind one API.\n"
    assert extract(readme) == "This library wraps both behind one API."


def test_a_tagline_is_not_replaced_by_a_self_description_in_a_section_of_its_own():
    readme = (
        "# resume-ir\n\nLocal-first resume search engine for large collections of Word and PDF resumes.\n\n"
        "## Goal\n\nThis repository is building a Rust-based local search kernel with:\n\n- a daemon\n"
    )
    assert extract(readme) == "Local-first resume search engine for large collections of Word and PDF resumes."
    # In the same stretch of text, context still gives way to the paragraph that says what it is.
    readme = "# T\n\nMaps are hard to draw by hand.\n\nThis project turns GPS tracks into maps.\n"
    assert extract(readme) == "This project turns GPS tracks into maps."
    # kubeflow/pipelines: a paragraph about the parent project, then this one by its whole name.
    readme = (
        "# Kubeflow Pipelines\n\nKubeflow is a machine learning toolkit for Kubernetes.\n\n"
        "**Kubeflow pipelines** are reusable end-to-end ML workflows.\n"
    )
    assert extract(readme) == "Kubeflow pipelines are reusable end-to-end ML workflows."
    # 9018/gpt-codex-workspace: a quoted date and roles, then the project by name and 是 ("is").
    readme = (
        "# GPTWork\n\n> 文档基准：2026-07-22，按当前源码整理，不以历史文档为准。\n>\n"
        "> ChatGPT 负责规划与验收，Codex 负责执行与取证。\n\nGPTWork 是一个面向复杂软件项目的 AI 执行编排系统。\n"
    )
    assert extract(readme) == "GPTWork 是一个面向复杂软件项目的 AI 执行编排系统。"
    # A question set as a small heading and the answer below it are one stretch of text.
    readme = "#### Tired of editing your profile by hand?\n\nThis tool provides an easy way to make one.\n\n## Demo\n"
    assert extract(readme) == "This tool provides an easy way to make one."


@pytest.mark.parametrize(
    "not_a_description",
    [
        "This program is free software: you can redistribute it and/or modify it under the terms of the GNU GPL.",
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software.",
        "Below is a list of the publicly available software and resources used by and distributed with T.",
        "Here is a list of the plugins that ship with this release of the tool.",
    ],
)
def test_licence_words_and_list_lead_ins_are_never_the_description(not_a_description):
    assert extract(f"# T\n\n{not_a_description}\n") == ""
    assert extract(f"# T\n\n{not_a_description}\n\nT renders maps.\n") == "T renders maps."


def test_a_label_over_an_address_only_sends_the_reader_elsewhere():
    assert extract("# T\n\nMaintainer: Tecnoteca - http://www.tecnoteca.com/en/\n") == ""
    assert extract("# T\n\nT: a fast map renderer for hikers, see https://t.example\n").startswith("T: a fast map")


@pytest.mark.parametrize(
    "terms",
    [
        "__仅供学习使用__",
        "__ONLY FOR STUDY__",
        "NO COMMERCIAL USAGE",
        "For educational purposes only.",
        "学習目的のみ",
        "**Research and simulation only** — This project is for research, benchmarks, and regression testing.",
    ],
)
def test_terms_of_use_are_never_the_description(terms):
    assert extract(f"# client\n\n{terms}\n") == ""
    assert (
        extract(f"# client\n\n{terms}\n\nA Minecraft client written for fun.\n")
        == "A Minecraft client written for fun."
    )
    # A description that names its purpose is still one.
    assert (
        extract("# T\n\nA Python script for educational purposes only.\n")
        == "A Python script for educational purposes only."
    )


def test_the_package_skeletons_blank_is_not_a_description():
    readme = (
        "# Dashed Ecommerce Core package\n\nThis is where your description should go. Limit it to a paragraph or two.\n\n"
        "## Support us\n\nWe invest a lot of resources into creating best in class open source packages.\n"
    )
    assert extract(readme) == ""


def test_a_later_section_of_label_and_address_lines_is_a_list_not_a_description():
    readme = (
        "# [BOJ] 백준 알고리즘 솔루션 자바 코드 저장소\n\n## Language\n- java 8\n\n## IDE\n- Intellij\n\n## 프로필\n"
        "[풀이] - https://devteo77.tistory.com/  \n[BOJ] - https://www.acmicpc.net/user/hohoyou77  \n"
        "[Solved.ac] - https://solved.ac/profile/hohoyou77\n"
    )
    assert extract(readme) == ""


def test_a_line_about_who_uses_a_project_does_not_stand_in_for_its_definition():
    readme = (
        "<img src='logo.png'/>\n\nJLaTeXMath is a Java library. Its main purpose is to display formulas.\n\n"
        "This library is used by numerous important projects like Scilab, Geogebra, etc.\n"
    )
    assert extract(readme) == "JLaTeXMath is a Java library."
    # Context, then what this project is, still gives the latter.
    readme = "# T\n\nRedis is an in-memory database.\n\nThis library is a Go client for Redis.\n"
    assert extract(readme) == "This library is a Go client for Redis."


def test_an_org_readme_is_read_as_the_markdown_it_means():
    readme = (
        "#+startup: showall\n#+options: toc:nil\n\n# Copyright (C) 2016-2025 Free Software Foundation, Inc.\n\n"
        "* Emacs MATLAB-mode\n\n[[https://mathworks.com][MathWorks]] MATLAB® and [[https://gnu.org/emacs][GNU Emacs]]"
        " integration for editing ~*.m~ files with *style*.\n\n#+begin_example\n  Local Computer\n#+end_example\n"
    )
    assert extract(readme, "README.org") == (
        "MathWorks MATLAB® and GNU Emacs integration for editing *.m files with style."
    )
    assert extract("#+title: Tool\n\n#+begin_src sh\nmake install\n#+end_src\n", "README.org") == ""
    assert extract("* T\n\n#+begin_comment\nA secret plan.\n#+end_comment\n\nT renders maps.\n", "README.org") == (
        "T renders maps."
    )


def test_a_textile_readme_is_read_as_the_markdown_it_means():
    readme = (
        'h1. joinx\n\n"!https://travis-ci.org/x.png!":https://travis-ci.org/x\n\n'
        "p. Joinx is a lightweight tool for operations on genomic data in @vcf@ files. It is fast.\n\n"
        "h2. Build\n\n# Clone the repository\n"
    )
    assert (
        extract(readme, "README.textile") == "Joinx is a lightweight tool for operations on genomic data in vcf files."
    )
    # A code block, plain or extended past blank lines, is code; a numbered item is no heading.
    assert extract("h1. T\n\nbc. make install\n", "README.textile") == ""
    assert extract("h1. T\n\nbc.. make\n\nmake install\n\np. T renders maps.\n", "README.textile") == (
        "T renders maps."
    )
    assert extract("h1. T\n\n# Install the package\n\n# Run it daily\n", "README.textile") == ""
    assert extract('p. T renders "trail maps":https://example.org for hikers.\n', "README.textile") == (
        "T renders trail maps for hikers."
    )


def test_the_subsections_of_a_setup_section_are_setup_too():
    readme = (
        "# Shower Пример Интернет-магазина на laravel + next\n\n# ----- Installing -----\n"
        "## до этого вы должны были создать БД\ncomposer install\n\n## в этот файл указать доступы к базе\n"
        "cp .env.example .env\n"
    )
    assert extract(readme) == ""
    # A section that is not about setting up, after one that is, is read as before.
    readme = "# T\n\n## Install\n\nRun make.\n\n### Linux\n\nUse apt.\n\n## About\n\nT renders maps for hikers.\n"
    assert extract(readme) == "T renders maps for hikers."
    # "Setting up" names a setup section as "Set up" does.
    readme = "# T Repository\n\n## Setting up locally\n\n### Environment\n\nThis repository provides a .env file.\n"
    assert extract(readme) == ""


@pytest.mark.parametrize(
    "opening",
    ["Hi ! I am David.", "My name is Ana.", "Hello! I'm Sam.", "Je suis Léa."],
)
def test_the_writer_introducing_themselves_comes_before_the_description(opening):
    readme = f"# PomodoroApp\n\n{opening} I wrote a copy of the well-known pomodoro app with React.\n"
    assert extract(readme) == "I wrote a copy of the well-known pomodoro app with React."
    # Alone, or before nothing that reads as prose, the sentence stays.
    assert extract("# T\n\nI am the maintainer of this tool and its website.\n") == (
        "I am the maintainer of this tool and its website."
    )


def test_a_welcome_in_korean_comes_before_the_description():
    readme = (
        "# Visual Studio 2017 설명서\n\n환영합니다. 이 리포지토리는 Visual Studio 2017 기술 문서의 소스 파일을 포함합니다.\n\n"
        "이 리포지토리는 2017년 6월 23일에 이동되었습니다.\n"
    )
    assert extract(readme) == "이 리포지토리는 Visual Studio 2017 기술 문서의 소스 파일을 포함합니다."


def test_a_project_speaking_in_the_first_person_is_not_a_writer_introducing_themselves():
    readme = "_s\n===\n\nHi. I'm a starter theme called `_s`, or `underscores`, if you like. I'm a theme for hacking.\n"
    assert extract(readme) == "I'm a starter theme called _s, or underscores, if you like."


def test_the_readme_laravel_new_writes_describes_laravel_not_the_project():
    skeleton = (
        '<p align="center"><img src="laravel-logo.svg" width="400"></p>\n\n## About Laravel\n\n'
        "Laravel is a web application framework with expressive, elegant syntax. We believe development "
        "must be an enjoyable and creative experience.\n\n- Simple, fast routing engine.\n\n"
        "Laravel is accessible, powerful, and provides tools required for large, robust applications.\n\n"
        "## Learning Laravel\n\nLaravel has the most extensive and thorough documentation.\n"
    )
    assert extract(skeleton) == ""
    assert extract("# Shop\n\nShop sells socks to hikers.\n\n" + skeleton) == "Shop sells socks to hikers."
    # Older skeletons say it in other words (dogandroosterinc09/areaa).
    older = skeleton.replace(
        "Laravel is accessible, powerful, and provides tools required",
        "Laravel is accessible, yet powerful, providing tools needed",
    )
    assert extract(older) == ""


def test_the_codeigniter_app_starters_readme_describes_codeigniter_not_the_project():
    # BelfryLuna/InternProject (part 519): the README `composer create-project codeigniter4/appstarter` writes.
    starter = (
        "# CodeIgniter 4 Application Starter\n\n## What is CodeIgniter?\n\n"
        "CodeIgniter is a PHP full-stack web framework that is light, fast, flexible and secure.\n"
        "More information can be found at the [official site](https://codeigniter.com).\n\n"
        "This repository holds a composer-installable app starter.\nIt has been built from the\n"
        "[development repository](https://github.com/codeigniter4/CodeIgniter4).\n\n"
        "## Installation & updates\n\n`composer create-project codeigniter4/appstarter` then `composer update`.\n"
    )
    assert extract(starter) == ""
    assert extract("# Clinic\n\nClinic books dental appointments.\n\n" + starter) == "Clinic books dental appointments."


@pytest.mark.parametrize(
    "template_line",
    [
        "This is a [T3 Stack](https://create.t3.gg/) project bootstrapped with `create-t3-app`.",
        "This is a new [**React Native**](https://reactnative.dev) project, bootstrapped using "
        "[`@react-native-community/cli`](https://github.com/react-native-community/cli).",
        "This is an [Expo](https://expo.dev) project created with [`create-expo-app`](https://www.npmjs.com/package/create-expo-app).",
        "This template should help get you started developing with Vue 3 in Vite.",
        "This template should help get you started developing with Tauri in vanilla HTML, CSS and Typescript.",
        "Everything you need to build a Svelte project, powered by [`sv`](https://github.com/sveltejs/cli).",
        "This website is built using [Docusaurus](https://docusaurus.io/), a modern static website generator.",
        "This project demonstrates a basic Hardhat use case. It comes with a sample contract.",
        "This Turborepo starter is maintained by the Turborepo core team.",
        "This is a NextJS starter in Firebase Studio.",
        # DanyalAnsari/Dukaan (part 303): the shadcn CLI's Next.js template, found so in ten public READMEs.
        "This is a Next.js template with shadcn/ui.",
        # webabbey247/new-amatnow (part 520): Expo's router example, found so in ten public READMEs.
        "Use [`expo-router`](https://expo.github.io/router) to build native navigation using files in the `app/` directory.",
        "This application was generated using JHipster 8.4.0, you can find documentation and help at "
        "[https://www.jhipster.tech](https://www.jhipster.tech).",
        "Look at the [Nuxt documentation](https://nuxt.com/docs/getting-started/introduction) to learn more.",
        "Kick off your project with this default boilerplate. This starter ships with the main Gatsby files.",
        "*Automatically synced with your [v0.app](https://v0.app) deployments*",
        "Academic Pages is a Github Pages template for academic websites.",
        "**A simple, clean, and responsive [Jekyll](https://jekyllrb.com/) theme for academics.**",
        "**Jekyll Now** makes it easier to create your Jekyll blog, by eliminating a lot of the up front setup.",
        # a-bunting/daily-grind (part 225): a tool that says it wrote the project.
        "This application was automatically generated from a monolithic React file using **Splitter Pro**.",
    ],
)
def test_a_starters_readme_is_the_starters_not_the_projects(template_line):
    readme = f"# my-app\n\n{template_line}\n\n## Getting Started\n\nThe app is a simple dashboard for you.\n"
    assert extract(readme) == ""
    # What the owner wrote beside the starter's line is still read.
    owned = f"# Tetra Face\n\n{template_line}\n\nThe idea for this project is a multiplayer game with chat.\n"
    assert extract(owned) == "The idea for this project is a multiplayer game with chat."


def test_the_wix_cli_templates_readme_is_the_templates():
    wix = (
        "# Git Integration & Wix CLI\n\nThis repo is part of Git Integration & Wix CLI, a set of tools that allows you "
        "to write, test, and publish code for your Wix site locally on your computer.\n\nConnect your site to GitHub, "
        "develop in your favorite IDE, test your code in real time, and publish your site from the command line.\n\n"
        "## Set up this repository in your IDE\nThis repo is connected to a Wix site.\n"
    )
    assert extract(wix) == ""
    assert extract(wix.replace("\n\nThis repo is part", "\n\nA bakery's shop and menu.\n\nThis repo is part")) == (
        "A bakery's shop and menu."
    )


def test_gatsbys_default_starter_readme_is_the_starters():
    # peder87/bettazorza (part 341): the starter's aside, under its first line, is the starter's too.
    gatsby = (
        '<h1 align="center">\n  Gatsby\'s default starter\n</h1>\n\nKick off your project with this default boilerplate.'
        " This starter ships with the main Gatsby configuration files you might need.\n\n_Have another more specific"
        " idea? You may want to check out our vibrant collection of [official and community-created starters]"
        "(https://www.gatsbyjs.org/docs/gatsby-starters/)._\n\n## 🚀 Quick start\n"
    )
    assert extract(gatsby) == ""


def test_the_ftc_sdks_readme_in_a_teams_repository_is_the_sdks():
    ftc = (
        "## NOTICE\n\nThis repository contains the public FTC SDK for the CENTERSTAGE (2023-2024) competition season.\n\n"
        "## Welcome!\nThis GitHub repository contains the source code that is used to build an Android app to control "
        "a *FIRST* Tech Challenge competition robot.  To use this SDK, download/clone the entire project.\n"
    )
    assert extract(ftc) == ""
    assert extract("# Team 7083\n\nOur robot for the 2024 season.\n\n" + ftc) == "Our robot for the 2024 season."


def test_a_description_that_names_its_toolchain_is_not_a_starters_line():
    readme = "# T\n\nT plots GPS tracks on maps, and its site was generated with Hugo in a minute.\n"
    assert extract(readme).startswith("T plots GPS tracks on maps")


def test_where_a_package_runs_is_not_what_it_is():
    readme = (
        "# FluentUI Blazor Community Extensions\nThis package is for use in .NET 9 Blazor projects.\n\n"
        "## Introduction\n\nThe Components package provides a collection of open-source Razor components.\n"
    )
    assert extract(readme) == "The Components package provides a collection of open-source Razor components."


def test_a_noun_phrase_tagline_is_not_replaced_by_a_statement_about_the_project():
    readme = (
        "# Chat Enhancer for YouTube\n\nSuite of enhancements that make YouTube live chat easier to follow.\n\n"
        "The extension is free, open-source, requires no account, and does not run analytics.\n"
    )
    assert extract(readme) == "Suite of enhancements that make YouTube live chat easier to follow."
    # Context with a verb of its own still gives way to what the project is.
    readme = "# T\n\nMaps are hard to draw by hand.\n\nThis tool turns GPS tracks into maps.\n"
    assert extract(readme) == "This tool turns GPS tracks into maps."
    readme = "# T\n\nIn 2017, drawing maps by hand took days.\n\nThis tool turns GPS tracks into maps.\n"
    assert extract(readme) == "This tool turns GPS tracks into maps."


def test_a_line_about_work_going_on_is_status():
    readme = "# SpotifyLib\n\nWorking on bringing back audio/better documentation, sorry!\n\n## ABOUT\na .NET implementation of spotify.\n"
    assert extract(readme) == "a .NET implementation of spotify."


def test_a_lead_in_to_a_snippet_is_not_the_description():
    readme = (
        "# SpotifyLib\n\nA real simple program can be created using the following snippet if you wanna mess around:\n\n"
        "```\nvar x = 1;\n```\n\n## ABOUT\na .NET Standard implementation of spotify.\n"
    )
    assert extract(readme) == "a .NET Standard implementation of spotify."
    # A lead-in to what a tool offers still reads as its description.
    assert (
        extract("# T\n\nT is a toolkit for maps with these features:\n\n- tiles\n")
        == "T is a toolkit for maps with these features."
    )


def test_a_welcome_that_names_the_project_gives_what_follows_its_dash():
    readme = (
        "# 🇮🇩 PT Indonesian Visas Agency™\n\nWelcome to the official repository of **IndonesianVisas.com** — "
        "a premium, AI-orchestrated platform for Indonesian visa services.\n\n## 🚀 Vision\nTo provide the best.\n"
    )
    # The kind of thing opens the sentence now, so it takes the capital (Sarmiz1/E-Commerce-React, part 781).
    assert extract(readme) == "A premium, AI-orchestrated platform for Indonesian visa services."
    # sebastienduche/MyCellar (part 370): after a comma, with a requirement the next sentence.
    comma = "# MyCellar\n\nWelcome to MyCellar, a software that manages cellars.\n\nMyCellar requires Java 11.\n"
    assert extract(comma) == "A software that manages cellars."


@pytest.mark.parametrize(
    ("welcome", "kind"),
    [
        ("Bem-vindo ao Kassa — ", "uma ferramenta para controlar o caixa de pequenas lojas."),
        ("Willkommen bei Kassa — ", "ein Werkzeug für die Buchhaltung kleiner Läden."),
        ("Benvenuti in Kassa — ", "uno strumento per gestire la cassa dei piccoli negozi."),
        ("Welkom bij Kassa — ", "een hulpmiddel om de kas van kleine winkels bij te houden."),
        ("Välkommen till Kassa, ", "ett verktyg för att sköta kassan i små butiker."),
    ],
)
def test_a_welcome_that_names_the_project_gives_what_follows_it_in_other_languages(welcome: str, kind: str) -> None:
    # Every welcome the lexicon knows opens an apposition, not only the English, French and Spanish.
    assert extract(f"# Kassa\n\n{welcome}{kind}\n\n## Install\n\nnpm i\n") == kind[:1].upper() + kind[1:]


def test_a_later_section_that_tells_the_reader_what_to_do_in_portuguese_is_instructions():
    readme = (
        "FEB\n===\n\nDependências externas\n---------------------\n* Java 8\n\n"
        "Criação da base de dados PostgreSQL\n-----------------------------------\n\n"
        "É preciso criar o usuário, importar o esquema da base e popular o banco de dados.\n\n"
        "Isso irá criar uma base de dados federacao com um usuário feb.\n"
    )
    assert extract(readme) == ""


def test_a_heading_under_the_title_that_opens_with_its_name_and_a_verb_says_what_it_does():
    """francesco1119/Pukeko (part 321): the author's story of why follows the heading."""
    readme = (
        "## Pukeko\n#### Pukeko goes in the wild, create tailored wordlists and enumerate credentials from a local folder\n\n"
        "Tired of using `sort input.txt | uniq > output.txt` I wanted to create a cross OS script.\n"
    )
    assert extract(readme) == (
        "Pukeko goes in the wild, create tailored wordlists and enumerate credentials from a local folder"
    )
    # The name, then a dash and a tagline, is no sentence about what it does: the paragraph says more.
    tagline = (
        "# Liberu Accounting\n### Liberu Accounting — open-source, double-entry accounting built on Laravel 13 and PHP\n\n"
        "Liberu Accounting is a modular, open-source accounting platform.\n"
    )
    assert extract(tagline) == "Liberu Accounting is a modular, open-source accounting platform."


def test_a_copyright_line_under_a_name_line_leaves_a_label_not_a_description():
    """earwig/lobo (part 325): the name and its tagline, then whose it is, then the description."""
    readme = (
        "__lobo__: _Logo Bolo_\n(c) Ben Kurtovic, 2011\n\n__Lobo__ is Logo Bolo: a re-envisioning of the classic "
        "tank game by Stuart Cheshire in NetLogo.\n\nTUTORIAL\n--------\n\nIn Lobo, you control a tank.\n"
    )
    assert (
        extract(readme) == "Lobo is Logo Bolo: a re-envisioning of the classic tank game by Stuart Cheshire in NetLogo."
    )
    # A paragraph that opens with its copyright stays a legal block, terms of use and all.
    legal = "Copyright (c) Dequeue Ltd and its licensors.\nUse of this code is subject to our Terms and Conditions.\n"
    assert extract(legal) == ""


def test_a_subtitle_set_in_an_html_h3_reads_as_the_description():
    readme = (
        '<p align="center"><img src="logo.png" /></p>\n'
        '<h3 align="center">The API & platform builder, build your apps 10x faster, even more.</h3>\n'
        '<p align="center">It\'s open source & 100% free !</p>\n'
    )
    assert extract(readme) == "The API & platform builder, build your apps 10x faster, even more."
    # An <h1> sentence still gives way to a paragraph.
    readme = "<h1>Build apps ten times faster than you ever did.</h1>\n<p>Tool generates CRUD backends.</p>\n"
    assert extract(readme) == "Tool generates CRUD backends."


def test_a_notes_section_before_the_title_is_a_notice():
    readme = (
        "# Notes about the repository content\n\nThis is an (unfinished) experimental project. Almost all is AI generated.\n\n"
        "# hippo-llm-memory\n\nHippocampus-inspired memory modules for small language models.\n"
    )
    assert extract(readme) == "Hippocampus-inspired memory modules for small language models."


def test_a_title_with_a_tagline_under_a_notice_is_not_a_setup_section():
    # pulibrary/plum (part 170): "support" in the tagline is not a "Support" section.
    readme = (
        "# Note: Plum was retired on 2018-04-16. Please see Figgy for current development.\n---\n\n"
        "# Plum. A Hydra head to support digitization workflows\n\nPlum is a Hydra head based on Hyrax.\n"
    )
    assert extract(readme) == "Plum is a Hydra head based on Hyrax."


def test_a_later_section_on_how_the_code_is_laid_out_is_not_read():
    # rafaelkallis/neutral-api (part 177): usage, tests and the app's structure, no description.
    readme = (
        "# Covee Network 2.0\n\n## Usage\n\n```\nnpm run dev\n```\n\n## App Structure\n\n"
        "The app is divided into logical units, so called modules, each of which is a bounded context.\n"
    )
    assert extract(readme) == ""
    readme = "# T\n\n## Usage\n\n`t run`\n\n## Motivation\n\nT draws maps for hikers who get lost.\n"
    assert extract(readme) == "T draws maps for hikers who get lost."
    # Hubs-Foundation/turkey-ops (part 223): "## folders", one line about each under its path.
    readme = (
        "# turkey-ops\n< overview words >\n\n## folders\n### deps\ndependencies, basically a bunch of helper services\n"
    )
    assert extract(readme) == ""


@pytest.mark.parametrize("heading", ["Struktura kodu", "Project structure", "目录结构"])
def test_a_first_section_on_the_code_s_structure_is_not_the_description(heading):
    # jkowiesk/Piranhas (part 181): a tour of the folders straight under the title.
    readme = (
        f"# Piranhas - aplikacja z fiszkami do nauki języków obcych\n\n### {heading}\n\n"
        "Całość kodu źródłowego można podzielić na dwa główne foldery public oraz src.\n"
    )
    assert extract(readme) == "aplikacja z fiszkami do nauki języków obcych"


def test_who_a_repository_is_for_is_not_what_it_is():
    # HalibutGitWiz/dotfiles.pub (part 182): the first heading asks who it is for, then features.
    readme = (
        "# Who is this repository for ?\n\nAny PHP / Javascript developer who wants a free, open-source and "
        "mostly keyboard-driven environment.\n\n# What do you get if you use it ?\n\n- Fuzzy search\n"
    )
    assert extract(readme) == ""
    readme = "# T\n\nT draws maps for hikers.\n\n## Who is it for?\n\nAnyone who gets lost.\n"
    assert extract(readme) == "T draws maps for hikers."


@pytest.mark.parametrize("heading", ["Commit Type", "Commit Convention", "Git Branch Strategy", "Git Flow"])
def test_how_the_team_writes_commits_and_branches_is_not_what_it_is(heading):
    # sunny3631/PawPaw-FE (part 744): a README that is only the team's commit and branch rules.
    readme = f"# {heading}\n\n- feat : 새로운 기능에 대한 커밋\n- fix : 버그 수정에 대한 커밋\n"
    assert extract(readme) == ""
    assert extract(f"# {heading}\n\n- feat: a new feature\n\n## About\n\nKassa is a till.\n") == "Kassa is a till."


def test_the_name_and_project_is_still_only_the_name():
    # BarracudaX/Pithia (part 181): "Pithia Project" under "# Pithia" says nothing more.
    assert extract("# Pithia\nPithia Project\n") == ""
    assert extract("# Recipe\n\nRecipe Website\n") == "Recipe Website"  # a website: it says what it is


def test_a_line_naming_the_project_under_a_line_of_badges_is_its_description():
    # codeinvoid/hematite (part 682): the badge and the sentence share a paragraph, two short lines.
    readme = (
        "# Hematite\n[![CircleCI](https://dl.circleci.com/status-badge/img/gh/P/h/tree/main.svg)](https://x)\n"
        "Hematite是ProjectRTSN官网的前端程序\n\n关于工作原理的说明，请参阅Vue.js文档\n"
    )
    assert extract(readme) == "Hematite是ProjectRTSN官网的前端程序"
    # A slogan under badges stays a row of labels, not the description.
    slogan = (
        "# Kit\n[![ci](https://x/b.svg)](https://x)\nNative Power. Zero Bloat.\n\nKit is a provisioning framework.\n"
    )
    assert extract(slogan) == "Kit is a provisioning framework."


def test_a_short_phrase_under_the_title_may_end_with_a_full_stop():
    # ExPixel/pyrite (part 681): a setext title, badges, then "GBA emulator." and nothing else.
    readme = "Pyrite\n======\n\n[![ci](https://x/b.svg)](https://x)\n\nGBA emulator.\n"
    assert extract(readme) == "GBA emulator."
    assert extract("# Pithia\nPithia Project.\n") == ""  # still only the name


@pytest.mark.parametrize(
    "line",
    [
        "Repositorio para el proyecto RambutanGuard",  # Ray-Garza/RambutanGuard (part 709)
        "This is the RambutanGuard project.",
        "Repository for the RambutanGuard project",
        "Repo for RambutanGuard.",
        "Repositório do projeto RambutanGuard",
    ],
)
def test_a_one_word_name_in_words_for_a_repository_says_nothing_of_what_it_is(line: str) -> None:
    assert extract(f"# RambutanGuard\n{line}\n") == ""
    # What the repository holds beyond its name is a description; under a title of several words the
    # same words may be the title's own description.
    assert extract("# RambutanGuard\nRepository for the RambutanGuard drone, a crop scout.\n") == (
        "Repository for the RambutanGuard drone, a crop scout."
    )
    assert extract("# HamperGift Ecommerce web app\n\nThis is the HamperGift Ecommerce web app.\n") == (
        "This is the HamperGift Ecommerce web app."
    )


def test_a_subtitle_of_words_joined_by_a_slash_says_what_it_is():
    # fennec-fox/neotropical-otter (part 364): "order / booking" under the title, nothing else.
    assert extract("# neotropical-otter\norder / booking\n") == "order / booking"
    assert extract("# T\n\nsrc/main.py\n") == ""  # a path is no phrase


def test_a_backstory_gives_way_to_what_was_made():
    # ethanarns/stork-editor (part 175): how the writer came to it, then what they made.
    readme = (
        "# Stork Editor\n\nAfter reverse engineering a portion of Yoshi's Island DS, I wanted to have something "
        "to show for it. So I created Stork Editor, a graphic level editor for the game.\n"
    )
    assert extract(readme) == "So I created Stork Editor, a graphic level editor for the game."
    # Without a sentence that says what was made, the backstory is all there is.
    assert extract("# T\n\nAfter moving house, I lost my keys.\n") == "After moving house, I lost my keys."


def test_a_tour_of_the_files_is_never_the_description():
    # CougarCS/CougarCS-Bot (part 173): build steps and a folder tour under the title, nothing else.
    readme = (
        "# CougarCS Discord Bot!\n\n- #### Structure\n  - `./index.ts` contains handler routing and login\n"
        "  - `./commands` contains individual commands\n"
    )
    assert extract(readme) == ""
    assert extract("# T\n\n`src/` holds the sources.\n\nT draws maps for hikers.\n") == "T draws maps for hikers."
    # A repository's owner and name are not a path: "microsoft/fluent-ui-react has moved to …".
    assert extract("# T\n\nmicrosoft/t has moved to microsoft/u.\n") == "microsoft/t has moved to microsoft/u."


def test_an_important_note_section_is_a_notice():
    # alfmel/cougar (part 173): the note says the framework is dead; the description follows it.
    readme = (
        "# COUGAR FRAMEWORK\n\n## IMPORTANT NOTE\nThe Cougar Framework is dead. I am not maintaining it.\n\n"
        "## END OF IMPORTANT NOTE\n\nThe Cougar Framework is an object-oriented application framework for PHP.\n"
    )
    assert extract(readme) == "The Cougar Framework is an object-oriented application framework for PHP."


@pytest.mark.parametrize("entry", ["3.0.1: Fix quotes not arriving in threads", "v2.1 - adds a dark mode to the app"])
def test_a_changelog_entry_is_never_the_description(entry):
    assert extract(f"# T\n\n## Updates\n\n{entry}\n") == ""
    assert extract(f"# T\n\n{entry}\n\nT renders maps for hikers.\n") == "T renders maps for hikers."


def test_a_question_in_quotes_does_not_end_the_sentence():
    readme = '# AMApill\n\n> **"약 먹을 시간이에요?"** - 노인 부모와 성인 자녀를 위한 가족 중심 약 관리 플랫폼\n'
    assert extract(readme) == '"약 먹을 시간이에요?" - 노인 부모와 성인 자녀를 위한 가족 중심 약 관리 플랫폼'


def test_a_self_introduction_ending_in_a_comma_comes_before_the_description():
    readme = "# SS\n\nMy name is Nguyen Minh Son, this is my personal project about building microservices in .NET.\n"
    assert extract(readme) == "this is my personal project about building microservices in .NET."


def test_an_overview_of_the_repository_layout_is_not_an_about_section():
    readme = (
        "# Molecular Biophysics Database\n\n## Requirements\n\n * Docker\n\n## Installation\n\nRun it.\n\n"
        "## Repository layout overview\n\nThe models directory holds compiled models of the app.\n\n"
        "## About\n\nThe database keeps measurements of molecular interactions.\n"
    )
    assert extract(readme) == "The database keeps measurements of molecular interactions."
    readme = "# T\n\n## Install\n\nRun it.\n\n## Project overview\n\nT renders maps for hikers.\n"
    assert extract(readme) == "T renders maps for hikers."
    # "Data Overview" tells what the data folder holds; the title says what the project is.
    readme = (
        "# CTForge: Automatically Generating Configuration Tests for Large Systems\n\n## Setup\n\nRun it.\n\n"
        "## Data Overview\n\nThe `data/` directory contains artifacts produced during experiments:\n\n- tests\n"
    )
    assert extract(readme) == "Automatically Generating Configuration Tests for Large Systems"


def test_have_a_look_sends_the_reader_elsewhere():
    readme = "# T\n\nHave a look at the docs folder for how these files are defined.\n\nT renders maps.\n"
    assert extract(readme) == "T renders maps."


@pytest.mark.parametrize(
    "tagline",
    [
        "<em>A till for small shops that runs in the browser</em>",
        "<b>An app that keeps the till of small shops</b>",
    ],
)
def test_a_kind_of_thing_and_what_it_is_for_under_a_logo_is_a_tagline_not_a_caption(tagline: str) -> None:
    # A probe of centred HTML headers: the noun ("till") is no kind the slogan rules list.
    readme = f'<p align="center">\n  <img src="logo.svg" alt="Kassa" width="300">\n</p>\n<p align="center">\n  {tagline}\n</p>\n'
    assert extract(readme) == re.sub(r"<[^>]+>", "", tagline)
    # A picture's own words stay its caption.
    caption = '<p align="center"><img src="shot.png"></p>\n<p align="center"><em>A screenshot of the till for shops</em></p>\n'
    assert extract(caption) == ""


@pytest.mark.parametrize("mark", ['src="assets/logo.svg"', 'src="x.svg" alt="Kassa logo"', 'src="brand/mark.png"'])
def test_emphasised_words_under_a_logo_are_the_tagline_however_few(mark: str) -> None:
    # A probe of HTML headers (and s0duku/phi-agent, part 741): the picture above is the project's mark.
    readme = (
        f'<div align="center">\n<img {mark} width="96">\n<p><strong>Local-First Point of Sale</strong></p>\n</div>\n'
    )
    assert extract(readme + "\n## Install\n\nRun make.\n") == "Local-First Point of Sale"
    # Under a screenshot the same words are its caption.
    readme = '<div align="center">\n<img src="shot.png">\n<p><strong>Local-First Point of Sale</strong></p>\n</div>\n'
    assert extract(readme) == ""


def test_emphasised_words_under_a_picture_are_its_caption():
    readme = (
        '<p align="center">\n  <img src="docs/gui.png" alt="GUI">\n  <br>\n'
        "  <em>HP-41CV desktop GUI on macOS — v2.2 with feature-complete ROM built-ins</em>\n</p>\n\n"
        "A faithful, open-source emulation of the HP-41C programmable calculator, written in Rust.\n"
    )
    assert (
        extract(readme) == "A faithful, open-source emulation of the HP-41C programmable calculator, written in Rust."
    )
    # An emphasised tagline with no picture above it is still read.
    assert extract('<p align="center"><em>A tiny web server for humans and robots.</em></p>\n') == (
        "A tiny web server for humans and robots."
    )
    # prowler-cloud/prowler: under the logo, a description in italics runs to sentences; no caption does.
    readme = (
        '<p align="center">\n  <img src="logo.png" alt="Prowler">\n</p>\n<p align="center">\n  <b><i>Prowler</b> is'
        " the Open Cloud Security Platform trusted by thousands to automate security and compliance in any"
        " cloud environment. With thousands of checks, Prowler makes cloud security simple.\n</p>\n"
    )
    assert extract(readme).startswith("Prowler is the Open Cloud Security Platform trusted by thousands")


def test_a_slogan_in_emphasis_before_the_description_gives_way_to_it():
    readme = "# FateForger\n\n*Being productive is no longer optional.* FateForger integrates Slack, Google\nCalendar and AutoGen.\n"
    assert extract(readme) == "FateForger integrates Slack, Google Calendar and AutoGen."
    # An emphasised phrase inside a description stays part of it.
    assert extract("# T\n\n**T** renders maps for hikers and cyclists.\n") == "T renders maps for hikers and cyclists."
    # kevinrhaas/relay.polecat.live (part 365): a kind of thing in bold is the description itself.
    kind = "# relay\n\n**A serverless, peer-to-peer table.** Your data lives in *your* browser and syncs.\n"
    assert extract(kind) == "A serverless, peer-to-peer table."
    # What follows a dash is the same line's tail (a place, an attribution), not a sentence after it.
    readme = "# ISALWA OS\n\n**The commercial operating system for ISALWA S.R.L.** — Santa Cruz, Bolivia.\n\nNot a CRM clone.\n"
    assert extract(readme) == "The commercial operating system for ISALWA S.R.L. — Santa Cruz, Bolivia."
    # A pipeline drawn in arrows under the slogan is its diagram, not a description to give way to.
    readme = (
        "# Heli.OS\n\n**Autonomous coordination platform for the physical world.**\n"
        "Sensor fusion → world model → inference → tasking → human-in-the-loop.\n\nA Branca.ai product.\n"
    )
    assert extract(readme) == "Autonomous coordination platform for the physical world."
    # A bold sentence that opens with the project's name says what it is: no slogan before one.
    readme = (
        "# Ripple\n\n**Ripple helps you make video with a coding agent.** It combines an opinionated\n"
        "skill with recommended workflows and services.\n"
    )
    assert extract(readme) == "Ripple helps you make video with a coding agent."
    # A bold line that ends in the kind of thing the project is names it: the fragments under it
    # don't say more (snxstudio/lit-pigeon).
    readme = (
        '<h1 align="center">Lit Pigeon</h1>\n\n<p align="center">\n  <strong>Open-source, framework-agnostic, '
        "drag-and-drop email editor.</strong><br/>\n  Build beautiful emails visually. Ship as HTML. No vendor lock-in.\n</p>\n"
    )
    assert extract(readme) == "Open-source, framework-agnostic, drag-and-drop email editor."


def test_a_lead_in_that_ends_on_what_it_does_joins_the_first_item_of_its_list():
    readme = (
        "# Jekyll Favicon\n\nThis Jekyll plugin adds:\n\n- a generator for favicons, webmanifests and browserconfig files\n"
        "- a tag for the links and metadata\n\n## Prerequisites\n\nImageMagick.\n"
    )
    assert extract(readme) == "This Jekyll plugin adds a generator for favicons, webmanifests and browserconfig files"
    # A lead-in that names what follows is still read on its own.
    assert extract("# T\n\nT is a toolkit for maps with these features:\n\n- tiles\n") == (
        "T is a toolkit for maps with these features."
    )


def test_a_purpose_that_ends_on_to_runs_on_into_the_first_item_of_its_list():
    readme = (
        "# HYPERMEDIATOR\n\nA pet project to:\n\n- Scratch an itch I have for an online debate site\n"
        "- Demonstrate that I can build websites with React\n\nThis is WORK IN PROGRESS!\n"
    )
    assert extract(readme) == "A pet project to scratch an itch I have for an online debate site"
    # An acronym keeps its capitals; a lead-in that asks the reader to do something stays setup.
    assert extract("# T\n\nScripts used to:\n\n- GPU-train small models\n") == "Scripts used to GPU-train small models"
    assert "install" not in extract("# T\n\nA tool.\n\nYou will need to:\n\n- Install Python\n")


@pytest.mark.parametrize("lead_in", ["This Jekyll plugin adds:", "`peregrine` is:"])
def test_a_lead_in_that_ends_the_readme_has_no_list_to_join(lead_in):
    # The paragraph's words are the last tokens but one: there is nothing after its close to read.
    assert extract(f"# peregrine\n\n{lead_in}\n") == ""


def test_the_name_then_is_over_a_list_joins_what_the_first_item_says_it_is():
    readme = (
        "# `peregrine`\n\n`peregrine` is:\n\n * A collection of notes on the Groningen computer cluster\n"
        " * An R package for some cluster functions\n\n## Example\n\nUsing scripts/test.R.\n"
    )
    assert extract(readme) == "peregrine is a collection of notes on the Groningen computer cluster"
    assert extract("# Tool\n\nThis project is:\n\n- The fastest map tiler in Rust\n") == (
        "This project is the fastest map tiler in Rust"
    )


def test_a_list_of_what_something_else_is_is_no_description():
    # "Its features are:" over features, "Requirements are:" over requirements: not the project.
    assert extract("# Tool\n\nIts main features are:\n\n- Fast startup\n") == ""
    assert extract("# Tool\n\nRequirements are:\n\n- Python 3.11\n") == ""


def test_a_numbered_parts_number_is_not_part_of_its_words():
    # albert2lyu/papaya: a Chinese plain-text README whose paragraphs open with "【1】", "【2】".
    readme = "【1】 \npapaya内核是我学习linux的一个习作。\n很多人是通过读源码来学习它。\n"
    assert extract(readme, "README").startswith("papaya内核是我学习linux的一个习作")


def test_an_indent_entity_typed_with_a_space_is_no_word():
    # myweber-org/blockchain_golang: "&ensp;& ensp;&ensp;" indents the first line, one typed with a space.
    readme = "\n&ensp;& ensp;&ensp; This program is a blockchain demo that mimics Bitcoin.\n"
    assert extract(readme) == "This program is a blockchain demo that mimics Bitcoin."
    assert extract("# T\n\nFish & chips shop; open late.\n") == "Fish & chips shop; open late."


def test_a_line_about_writing_the_readme_itself_is_not_the_description():
    readme = "\n_This is why you write a readme on projects, so you know how to work them years later._\n\n# Running Locally\n\n1. run it\n"
    assert extract(readme) == ""
    # PitiNarak/condormhub-backend (part 159): a joke about the README not being finished.
    unfinished = "If nothing here is meant to indicate that someone hasn't yet completed the README.md file\n"
    assert extract(unfinished) == ""


def test_a_first_heading_that_only_names_a_setup_section_is_no_title():
    readme = (
        "[![ci](https://x/badge.svg)](https://x)\n\n### quickstart\n\n`ENV=dev yarn dev` or `ENV=dev yarn dev:watch`\n\n"
        "### Security\n\nNode.js security checklist: https://blog.example.com/checklist/\n\n"
        "* Rate-limit logins to stop brute-force attacks on authentication.\n"
    )
    assert extract(readme) == ""
    # A starter's README that opens with its line and then "## Getting Started" keeps its sections.
    readme = (
        "This is a [Next.js](https://nextjs.org/) project bootstrapped with [`create-next-app`](https://x).\n\n"
        "## Getting Started\n\nRun the development server.\n\n## Learn More\n\n- [Next.js Documentation](https://x) - learn about Next.js.\n"
    )
    assert extract(readme) == ""
    # smartopm/open-platform opens with "## Contributing": a section about joining in, not a name.
    readme = (
        "## Contributing\n\nIf you would like to contribute to this project, please read our contributor guidelines.\n\n"
        "## License\n\nCode is released under the MIT License.\n"
    )
    assert extract(readme) == ""


def test_a_four_character_chinese_description_is_prose():
    assert extract("# www.psvmc.cn\n我的博客\n") == "我的博客"
    assert extract("# ShaderProject\n材质效果汇总\n") == "材质效果汇总"


def test_sql_pasted_as_text_is_code():
    readme = (
        "ca-mdf-prc cf\n\n数据库更新:\n2024-01-29\nALTER TABLE LOG ADD REQ_DATA LONGTEXT NULL COMMENT '请求数据';\n"
    )
    assert extract(readme) == ""


def test_a_description_section_in_chinese_is_about_the_project():
    readme = (
        "# 智能文章推荐系统\n\n## 目录\n\n- [描述](#描述)\n\n## 组件说明\n\n所有服务通过统一网关进行访问，实现了服务治理功能。\n\n"
        "## 描述\n\n这是一个基于多语言技术栈构建的智能文章推荐与知识问答系统。\n"
    )
    assert extract(readme) == "这是一个基于多语言技术栈构建的智能文章推荐与知识问答系统。"


def test_a_github_alert_is_never_the_description_not_even_for_want_of_one():
    readme = "# T\n\n> [!IMPORTANT]\n> This software is **Incubating** and subject to our guidelines.\n\n## Install\n\n`pip install t`\n"
    assert extract(readme) == ""
    escaped = "# T\n\n> \\[!NOTE\\]\n> This package is in beta.\n"
    assert extract(escaped) == ""


def test_a_title_name_and_tagline_gives_the_tagline_when_nothing_else_describes():
    readme = "## robotoc - efficient ROBOT Optimal Control solvers\n\n![gif](x.gif)\n\n## Features\n- Fast.\n- Small.\n"
    assert extract(readme) == "efficient ROBOT Optimal Control solvers"
    readme = (
        "# Maxine VM: A Metacircular VM for Java in Java\n\n#### Releases\n\n- 2019-12-20: Maxine VM 2.9.0 Release\n"
    )
    assert extract(readme) == "A Metacircular VM for Java in Java"
    # A paragraph that describes still comes first; a title's few words after a dash are a subtitle.
    assert extract("# T - a fast tool for maps\n\nT turns GPS tracks into maps.\n") == "T turns GPS tracks into maps."
    assert extract("# FinanceOS - Production Architecture Plan\nGenerated: 2026-03-06\n") == ""


def test_a_request_to_cite_a_paper_is_never_the_description():
    readme = "# M\n\n#### Publications\n\nFor the original M please cite:\n[C. Wimmer et al, “M: An approachable VM”, 2013.](http://x)\n"
    assert extract(readme) == ""
    readme = "# M\n\nIf you use this code in your research, please cite our paper.\n"
    assert extract(readme) == ""


def test_an_email_address_alone_and_whom_to_contact_are_not_the_description():
    assert extract("# M\n\n#### Users Mailing list\n\nmaxinevm@googlegroups.com\n") == ""
    assert extract("# M\n\nFor academic collaborations please contact Ann Example or Bo Example.\n") == ""
    assert extract("# M\n\nGet in touch at hello@example.com if you want to help.\n") == ""
    # Notes-Makers/notes-app-android (part 779): a long "for …" before the verb is the same request.
    readme = (
        "# M\n\nFor any inquiries, feedback, or support regarding Notes-app-android, reach out to me at"
        " pawkrzysciak@gmail.com.\n"
    )
    assert extract(readme) == ""


@pytest.mark.parametrize(
    "contact",
    [
        "if you have any questions, please reach me out:\n\n[![](https://img.shields.io/badge/twitter-x)](https://x.com/a)",
        "If you find a bug in the parser, please open an issue on the tracker.",
        "If you run into problems with the build, ask in the discussions.",
    ],
)
def test_what_to_do_when_something_goes_wrong_gives_way_to_the_description(contact):
    readme = (
        f"# Restaurant App\n\n{contact}\n\nRestaurant App is a polyglot microservices application for a restaurant.\n"
    )
    assert extract(readme).startswith("Restaurant App is a polyglot")


def test_a_label_over_links_and_a_section_introducing_itself_are_not_the_description():
    readme = (
        "DLS Barcode Scanner Readme\n==========================\n\nBackground\n----------\n"
        "Details about the purpose of the Diamond Light Source Barcode Scanner.\n\n* [Background](docs/problem.md)\n\n"
        "User Guide\n----------\nThis section is a guide for users of the DLS Barcode Scanner application.\n\n"
        "* [User Guide](docs/user-guide.md)\n"
    )
    assert extract(readme) == ""
    assert extract("# M\n\nMore information about the build lives in the wiki pages.\n") == ""
    # Only a paragraph opening with the label is one: a description may mention details later.
    described = "# M\n\nM reads the barcodes of sample pucks at a synchrotron. Details about its purpose are below.\n"
    assert extract(described) == "M reads the barcodes of sample pucks at a synchrotron."


def test_sent_elsewhere_for_further_details_is_a_pointer_however_long():
    # Shower-Capybara/CapybaraOnRails (part 288): the only words under "## About".
    readme = "# Station Manager LPNU project\n\n## About\n\nNavigate to one of the folders for further details about the project\n"
    assert extract(readme) == ""
    assert extract("# T\n\nPlease see the wiki pages of this repository for more details on T.\n") == ""
    # A sentence that only mentions details is still read.
    assert extract("# T\n\nT checks links and reports details for every broken one.\n") == (
        "T checks links and reports details for every broken one."
    )


def test_a_pointer_behind_an_emoji_or_ending_in_only_an_address_is_not_the_description():
    # ramparte/agent-building-playbook (part 509): a quote over the description.
    readme = (
        "# Agent-Building Playbook\n\n> 📖 **Browse the patterns as a human-readable site: "
        "[ramparte.github.io/agent-building-playbook](https://ramparte.github.io/agent-building-playbook/)**\n\n"
        "A curated, growing collection of patterns for building better in the agentic age.\n"
    )
    assert extract(readme) == "A curated, growing collection of patterns for building better in the agentic age."
    assert extract("# D\n\n👉 Visit the docs: https://d.example.org\n") == ""
    # Words after the colon are no address: a line that reads on is still read.
    assert extract("# D\n\nExplore your data as tables: D loads CSV files into a browser grid.\n") == (
        "Explore your data as tables: D loads CSV files into a browser grid."
    )


def test_an_overview_after_build_steps_in_the_same_section_is_read():
    # junyeong-Cho/GamProject--Bastion (part 510): the only description, under the third h3.
    readme = (
        "# Author: J\n\nIf you have any questions, please contact me at **j@example.org**.\n\n"
        "# Team: Exodia\n\n## Game: Bastion\n\n### Team Members\n- J\n- K\n\n"
        "### Compilation Instructions\n1. Open the command prompt.\n2. Follow `README_COMPILE.md`.\n\n"
        "### Game Overview and How to Play\n\n"
        "**Bastion** is a top-down tower defense game where you defend a fortress from waves of enemies.\n"
    )
    assert (
        extract(readme) == "Bastion is a top-down tower defense game where you defend a fortress from waves of enemies."
    )
    # A plain sibling after the build steps is still read as part of them.
    setup = readme.replace("### Game Overview and How to Play", "### Game Tools")
    assert extract(setup) == ""


def test_a_log_of_dated_revisions_is_never_the_description():
    # ShepardSiegel/ocpi (part 514): a plain-text README that opens with its revision log.
    log = (
        "OpenCPI HDL Tree - README\nssiegel 2010-06-10 Created\nssiegel 2010-07-26 ISE 12.2 Updates\n"
        "ssiegel 2010-09-17 Included LICENSE.TXT\n\nOpenCPI builds FPGA bitstreams for many boards.\n"
    )
    assert extract(log, "README.txt") == "OpenCPI builds FPGA bitstreams for many boards."
    # Two dates say when, not a log.
    dated = "# E\n\nE maps the results of the elections held on 2016-11-08 and 2020-11-03.\n"
    assert extract(dated) == "E maps the results of the elections held on 2016-11-08 and 2020-11-03."


def test_for_more_information_is_a_pointer_however_long():
    readme = "# M\n\nFor more information please visit the Maxine VM's readthedocs page, which has it all.\n"
    assert extract(readme) == ""
    assert extract("# M\n\nPara más información, consulta la documentación del proyecto en línea.\n") == ""


def test_a_description_label_in_a_list_of_facts_gives_the_description_without_its_label():
    readme = (
        "# T\n\nNote: The server is a compiled version with built-in mongodb.\n\n"
        "- Name: T\n- Version: v0.6.1\n- Description: Cross-platform 3D scene editor based on three.js.\n\n"
        "## v0.6.1 is Coming Soon\n\n**Starting from v0.6.1, T only provides core features and APIs.**\n"
    )
    assert extract(readme) == "Cross-platform 3D scene editor based on three.js."
    assert (
        extract("# T\n\n简介：一个基于 three.js 的跨平台三维场景编辑器。\n")
        == "一个基于 three.js 的跨平台三维场景编辑器。"
    )


def test_a_section_word_on_the_line_above_a_sentence_is_its_label():
    # Plain text in a .md file: "Introduction" on its own line, then the sentence, joined by Markdown.
    readme = "Vending Machine Project Documentation\n\nIntroduction\nThe Vending Machine Project is an Android application.\n"
    assert extract(readme) == "The Vending Machine Project is an Android application."
    # Words that begin a sentence stay: "Introduction to Algorithms …", "About 40 tools …".
    assert extract("# T\n\nIntroduction to Algorithms exercises, solved in Rust.\n").startswith("Introduction to")
    assert extract("# T\n\nAbout 40 small tools for working with maps.\n").startswith("About 40")


def test_reference_links_whose_definitions_are_not_read_keep_their_words():
    readme = (
        "# SDK\n\n[`SwedbankPay.Sdk`][nuget] is a library that talks to [Swedbank Pay's API][dev-portal] "
        "in a typed client.\n"
    )
    assert extract(readme) == "SwedbankPay.Sdk is a library that talks to Swedbank Pay's API in a typed client."
    defined = (
        "# T\n\n[T][home] is a tool for maps, see [the docs][].\n\n[home]: https://t.example\n[the docs]: https://d\n"
    )
    assert extract(defined) == "T is a tool for maps, see the docs."


def test_a_flourish_of_three_words_gives_way_to_the_tagline_after_it():
    readme = "# Babe, What's for Dinner?\n\nFinally, an answer. A meal planning app for couples and families.\n"
    assert extract(readme) == "A meal planning app for couples and families."
    # Fragments of a tagline still run on as one.
    assert extract("# Typer\n\nTyper, build great CLIs. Easy to code.\n") == "Typer, build great CLIs. Easy to code."


def test_a_flourish_of_three_words_gives_way_to_the_repository_saying_what_it_holds():
    # badgerherald/badgerherald.com: a quip, then what the repository is.
    readme = (
        "# badgerherald.com\n\nThe whole taco. This repo contains both server configuration, front-end theming"
        " and local development support for The Badger Herald's WordPress website.\n"
    )
    assert extract(readme).startswith("This repo contains both server configuration")
    # A kind of thing in the few words says what it is already (clample/lambdabtc).
    readme = "# LamdaBtc\n\nA bitcoin wallet. This tool is currently not suitable for use.\n"
    assert extract(readme) == "A bitcoin wallet."


def test_chinese_lines_broken_by_br_are_a_paragraph_not_a_list_of_facts():
    readme = (
        "# LeetCode成长记录\n这是一个用于记录刷题的仓库，目前已经解决了很多道题。<br/>\n"
        "![img.png](img.png)\n其中包含且不限于数组，字符串，链表等常用数据结构算法题的解法思路。<br/>\n"
    )
    assert extract(readme) == "这是一个用于记录刷题的仓库，目前已经解决了很多道题。"


def test_status_sections_deprecation_divs_and_notes_to_a_kind_of_reader_give_way():
    maturity = (
        "# boxer\n\n## Maturity\nAlpha, incomplete test coverage, unstable, API may still change heavily.\n\n"
        "## Why\nFor a small data team, boxer is a data-engineering toolkit over ClickHouse.\n"
    )
    assert extract(maturity) == "For a small data team, boxer is a data-engineering toolkit over ClickHouse."
    deprecated = (
        "<h2>Firefly</h2>\n\n<div>\n<h3>Deprecated Repository</h3>\n<p>The Foundation will no longer actively "
        "maintain this repository.</p>\n</div>\n\n## About\n\nFirefly is the official wallet for the Shimmer network.\n"
    )
    assert extract(deprecated) == "Firefly is the official wallet for the Shimmer network."
    note = (
        "> **AI assistants:** Read [README.ai.md](./README.ai.md) first for an AI-friendly overview of DC3.\n\n"
        "DC3 is an open-source industrial IoT platform for many protocols.\n"
    )
    assert extract(note) == "DC3 is an open-source industrial IoT platform for many protocols."


def test_where_a_project_came_from_gives_way_to_the_tagline_in_its_title():
    readme = (
        "# RZEmulator - An Open Source MMORPG Framework\n\n"
        "This project is based on Project Skyfire & TrinityCore, both a World of Warcraft emulator.\n\n"
        "## Dependencies\n* Boost 1.74\n"
    )
    assert extract(readme) == "An Open Source MMORPG Framework"
    # With no title to say more, where it came from is still better than nothing; a label over an
    # address, set off by a dash, is not prose.
    readme = (
        "This app is based on udemy course\nhttps://www.udemy.com/course/weather-app/\n"
        "Project was amended with Retrofit, Hilt, Room and MVVM.\n\nAPI for the project - https://openweathermap.org/current\n"
    )
    assert extract(readme).startswith("This app is based on udemy course")


def test_a_fork_says_what_it_is():
    # acerion/slavgps: "a fork of" says what the project is, where "based on" says where it came from.
    readme = (
        "This is a fork of viking (http://viking.sf.net/). See README.viking for details.\n\n"
        "The plan for this project is following: 1. Convert the project from C to C++.\n"
    )
    assert extract(readme, "README") == "This is a fork of viking."


def test_what_a_project_requires_is_not_what_it_is():
    readme = "# mwater-visualization\n\nRequires C3, D3, Bootstrap and Font Awesome\n\nAlso requires that server has hexgrid functions\n"
    assert extract(readme) == ""


def test_a_news_section_and_a_status_label_are_not_the_description():
    readme = (
        "# Vanilla.PDF\n\n## NEW\n\nThis repository has been recently open-sourced and might be missing a few pieces.\n\n"
        "## About\n\nVanilla PDF is a cross-platform SDK for creating and modifying PDF documents.\n"
    )
    assert extract(readme) == "Vanilla PDF is a cross-platform SDK for creating and modifying PDF documents."
    status = "# KCCC\n\n**Status:** **Engineering Chapter 1 CLOSED** · Baseline **1.0 Frozen** · Phase **Evidence**\n\n| Field | Value |\n|-|-|\n| Path | x |\n"
    assert extract(status) == ""


def test_azure_devops_template_and_a_chinese_lead_in_to_code_are_not_descriptions():
    readme = (
        "# Introduction \nTODO: Give a short introduction of your project. Let this section explain the objectives "
        "or the motivation behind this project. \n\n# Getting Started\nTODO: Guide users through getting your code up.\n"
    )
    assert extract(readme) == ""
    assert extract("- 这是我输出的关键代码片段：\n\n```rust\nfn main() {}\n```\n\n## TUN\n") == ""
    # 1019lixy/star-horse-form (part 208): "the following code" leads in without its colon.
    assert extract("#说明\n\n#配置方法\n\n在main.js 中引入以下代码\n\n```\nimport x from 'y'\n```\n") == ""


def test_a_question_put_to_the_reader_gives_way_to_the_answer():
    readme = (
        "# clojure-llm\n\nCan an 8B-parameter model beat frontier models at Clojure code generation?\n\n"
        "This project trains Qwen3 models with a verifier in the loop.\n"
    )
    assert extract(readme) == "This project trains Qwen3 models with a verifier in the loop."
    # With nothing after it, the question is still better than nothing.
    assert extract("# T\n\nWhat if maps drew themselves?\n") == "What if maps drew themselves?"
    # dev-sudeep018/fluorite-architecture (part 683): a kind of thing, then the question it studies, is
    # what the project is, not a question put to the reader.
    readme = (
        "# fluorite\n\nA sustained empirical research program into one question: **what does it take to "
        "build an AI that keeps its identity?**\n\nMotivated by Vivy, an android with a mission.\n"
    )
    assert extract(readme).startswith("A sustained empirical research program into one question:")


def test_a_checklist_step_is_never_the_description():
    readme = (
        "Pre-Condition Checklist\n1. Environment Setup\n\n- Ensure Java 8 (version 1.8.0_xx) is installed and "
        "configured in your system PATH.\n- Use any suitable IDE for running the automation.\n"
    )
    assert extract(readme) == ""


def test_a_link_written_in_html_is_a_link_and_where_contents_are_is_a_pointer():
    header = (
        '<div align="center">\n\n<h1>Climate Mind</h1>\n\n  <a href="https://docs.example.org"><strong>Explore the docs »</strong></a>\n\n'
        "</div>\n\n## Prerequisites\n\n- Node.js\n"
    )
    assert extract(header) == ""
    retired = (
        "This project is no longer maintained.\n\nThe contents of this repository are still available in the Git\n"
        "source code management system.\n\nFor any further questions, please email dev@example.org.\n"
    )
    assert extract(retired, "README.rst") == "This project is no longer maintained."
    runs = "# GoClimate\n\nThis is the code that runs http://www.goclimate.com\n\n## What the app does\n\nGoClimate makes climate action easy.\n"
    assert extract(runs) == "GoClimate makes climate action easy."


def test_an_owners_line_bootstrapped_with_a_framework_is_not_a_starters_and_a_demo_pointer_is_a_pointer():
    readme = "## General Information\n\nThis is SwiftPWA base project bootstrapped with [Next.js](https://nextjs.org/).\n\nDemo: [https://pwa.example](https://pwa.example)\n"
    assert extract(readme) == "This is SwiftPWA base project bootstrapped with Next.js."
    starter = "This is a [Next.js](https://nextjs.org) project bootstrapped with [`create-next-app`](https://x).\n\n## Getting Started\n\nRun it.\n"
    assert extract(starter) == ""
    demo = (
        "# SwiftTUI\n\n**SwiftUI semantics, drawn in terminal cells.**\n\n> Run the live demo and read the API reference at "
        "**<https://swifttui.sh>**.\n\nSwiftTUI borrows the model SwiftUI has proven at scale and aims it at terminal cells.\n"
    )
    assert extract(demo) == "SwiftTUI borrows the model SwiftUI has proven at scale and aims it at terminal cells."


def test_a_course_template_in_portuguese_and_a_terminology_section_are_not_descriptions():
    readme = (
        "### Termos e acordos\n\nAo iniciar este projeto, você concorda com as diretrizes do Código de Ética e Conduta.\n\n"
        "# Boas vindas ao repositório do projeto Store Manager!\n\nVocê já usa o GitHub diariamente para desenvolver os "
        "exercícios, certo? Agora, siga as instruções a seguir.\n"
    )
    assert extract(readme) == ""
    guide = (
        "# Performance Tracing Guide\n\nThis document explains how performance is instrumented in the app. "
        "It is intended for developers who need to:\n\n* understand the existing infrastructure,\n"
        "* debug traces, or\n* add new measurements.\n\n## 1. Terminology\n\n### Common Constants\n\n"
        "The PerformanceConstants object defines standard keys used across traces.\n\n## 2. Trace catalogue\n\n"
        "All trace names live in VideoPerformanceConstants.\n"
    )
    assert extract(guide) == ""


def test_a_heading_ends_a_lead_in_so_the_list_under_it_stands_alone():
    readme = "# T\n\nIt can be used to:\n\n### What it is\n\n- A fast tool for drawing maps from GPS tracks.\n"
    assert extract(readme) == "A fast tool for drawing maps from GPS tracks."


def test_a_welcome_with_a_wish_gives_way_and_pictures_end_a_notice():
    welcome = (
        "# Azure Kinect SDK (K4A)\n\nWelcome to the Azure Kinect Sensor SDK! We hope you can use it to build many "
        "great applications.\n\n## Introduction\n\n**Azure Kinect SDK** is a cross platform user mode SDK to read data "
        "from your Azure Kinect device.\n"
    )
    assert extract(welcome).startswith("Azure Kinect SDK is a cross platform user mode SDK")
    archived = (
        "# SensorBox - record all your sensors to csv files\n\nThis repository is now archived and will no longer be "
        'actively maintained.\n\n<p align="center">\n<img src="icon.png" width="250">\n</p>\n\n'
        "The SensorBox provides easy way to access sensors in Android phone and Wear Os.\n"
    )
    assert extract(archived) == "The SensorBox provides easy way to access sensors in Android phone and Wear Os."


def test_a_capitalised_key_over_settings_is_a_label_line():
    readme = "DISPLAYNAME: Hangouts\n\nPKGNAME: com.google.android.talk\n\nVERSIONINFO: versionCode=23000962 versionName=8.0.1\n"
    assert extract(readme) == ""


def test_a_bullet_under_an_about_heading_opening_as_a_noun_phrase_is_the_description():
    readme = (
        "# Android Music Player\n\n## Download\n\n[![Play](play.png)](https://play.google.com/x)\n\n## About\n"
        "- An open source MP3 Player for Android.\n- Developed using the design principles of a tutorial.\n\n"
        "## Disclaimer\nNote: All icon images used in this project are free to use.\n"
    )
    assert extract(readme) == "An open source MP3 Player for Android."
    template = (
        "# README.md\n\n## 1. Título\n- Nombre del proyecto.\n\n## 2. Descripción\n- Breve descripción del propósito.\n"
    )
    assert extract(template) == ""
    # In Korean, Chinese or Japanese a description has no article to open with: under "프로젝트 설명"
    # ("project description"), the bullet is the description.
    readme = "# 마켓노트 Server\n\n## 📋 프로젝트 설명\n\n- 마켓플레이스 서비스 API를 제공하는 서버\n  <br><br>\n\n## 📅 기간\n\n2025\n"
    assert extract(readme) == "마켓플레이스 서비스 API를 제공하는 서버"
    # A bullet that opens with the project's name says what it is, in any language; "Giới thiệu"
    # is Vietnamese for introduction.
    readme = (
        "# FlashCard-App\n\n## 1. Người đóng góp\n- [Phan An Phúc](https://github.com/x)\n\n"
        "## 2. Giới thiệu\n- FlashCard-App (Flashly) là ứng dụng Android hỗ trợ người học.\n- Các tính năng:\n"
    )
    assert extract(readme) == "FlashCard-App (Flashly) là ứng dụng Android hỗ trợ người học."
    readme = "# Foo\n\n## Install\n\nRun make.\n\n## About\n- Foo is a tool for drawing maps.\n"
    assert extract(readme) == "Foo is a tool for drawing maps."
    # The name is the bullet's first word, not its first letters: under "# A Cool Tool", "- automatic
    # builds on push" is a feature, not the description.
    readme = "# A Cool Tool\n\n## Install\n\nRun make.\n\n## About\n- automatic builds on every push\n"
    assert extract(readme) == ""


def test_the_name_of_a_paragraphs_language_is_not_part_of_it():
    readme = (
        "Next2D Player\n=============\n\n[日本語]  \nNext2D Playerは、WebGL/WebGPUで描画パフォーマンスを向上させています。  \n\n"
        "[English]  \nNext2D Player reduces graphics processing load with WebGL.\n"
    )
    assert extract(readme) == "Next2D Playerは、WebGL/WebGPUで描画パフォーマンスを向上させています。"
    assert (
        extract("# X\n\n[English] X reduces the load of drawing with WebGL.\n")
        == "X reduces the load of drawing with WebGL."
    )


def test_a_work_in_progress_mark_is_not_part_of_the_description():
    # hatchetaustralia/segment-drivers (part 406).
    readme = "# SegmentAnalytics\n\n**WIP** Laravel Segment integration using drivers\n\n## Example Usage\n"
    assert extract(readme) == "Laravel Segment integration using drivers"
    assert extract("# T\n\n[WIP] A tool for drawing maps.\n") == "A tool for drawing maps."
    assert extract("# T\n\nWork in progress: a tool for drawing maps.\n") == "a tool for drawing maps."
    # "Wipe" is a word, not the mark.
    assert extract("# T\n\nWipe your disks safely.\n") == "Wipe your disks safely."


def test_a_noun_phrase_leading_into_a_list_names_what_the_items_make_up():
    readme = "# tg-shop (Spring Boot)\n\nМинимальный скелет магазина:\n- Telegram Bot\n- Mini App\n\n## Запуск\n"
    # Two short items finish the phrase (see test_a_few_short_items_finish_the_phrase_that_leads_into_them).
    assert extract(readme) == "Минимальный скелет магазина: Telegram Bot, Mini App"
    assert extract("# T\n\nA tiny toolkit for maps:\n- tiles\n- routing\n") == "A tiny toolkit for maps: tiles, routing"
    # A lead-in that tells the reader what to do, or a one-word label, is not one.
    assert extract("# T\n\nДля запуска нужно:\n- Java\n- MySQL\n") == ""
    assert extract("# T\n\nFeatures:\n- tiles\n") == ""


@pytest.mark.parametrize("caption", ["(click for video)", "(click to enlarge)", "[screenshot above]"])
def test_a_caption_in_brackets_under_a_picture_is_not_the_description(caption):
    readme = f"# P\n\n[![video](https://img.youtube.com/vi/x/0.jpg)](https://youtu.be/x)\n\n{caption}\n\nP steers swarms of aquatic robots.\n"
    assert extract(readme) == "P steers swarms of aquatic robots."


def test_a_list_of_what_it_supports_after_a_label_is_not_the_description():
    readme = "# **ProxyPanel**\n\nSupport but not limited to: Shadowsocks,ShadowsocksR,V2Ray,Trojan,VNET,Hysteria2\n"
    assert extract(readme) == ""
    assert extract("# Y\n\nSupports: Windows, macOS and Linux.\n") == ""
    # Nor is the stack it runs on, after a label.
    stack = "Min production stack: nginx, uwsgi, python3.x, Django 2.2.x, postgresql 11, redis (for queue)"
    assert extract(f"# LMS\n\n{stack}\n") == ""
    assert extract("# T\n\nTech stack: React, Node.\n\nT renders maps.\n") == "T renders maps."
    # A name that ends in "Tech" is a name: "Smart Tech: a platform …" stays.
    assert extract("# Smart Tech\n\nSmart Tech: a platform for booking repairs.\n").startswith("Smart Tech: a platform")


def test_an_unchanged_nest_starter_has_no_description():
    readme = (
        '<p align="center"><img src="https://nestjs.com/img/logo-small.svg" alt="Nest Logo" /></p>\n\n'
        '  <p align="center">A progressive <a href="http://nodejs.org">Node.js</a> framework for building efficient '
        "and scalable server-side applications.</p>\n\n## Description\n\n[Nest](https://github.com/nestjs/nest) "
        "framework TypeScript starter repository.\n\n## Installation\n\n```bash\n$ npm install\n```\n"
    )
    assert extract(readme) == ""


def test_the_wordpress_plugin_repository_lines_are_not_the_description():
    readme = (
        "[![Build Status](https://travis-ci.com/x/y.svg)](https://travis-ci.com/x/y)\n\n"
        "Welcome to the Foo Cache repository on GitHub. Here you can browse the source, look at open issues and "
        "keep track of development.\n\nIf you are not a developer, please use the "
        "[Foo Cache plugin page](https://wordpress.org/plugins/foo/) on WordPress.org.\n"
    )
    assert extract(readme) == ""


def test_an_h2_under_text_already_read_is_a_section_not_the_title():
    readme = (
        "Read the docs at https://foo.example.org.\n\n## Support\n\nSupport is given on the forum only, never here.\n"
    )
    assert extract(readme) == ""


def test_a_section_about_continuous_integration_is_not_read_for_a_description():
    readme = (
        "# Foo\n\n![logo](logo.png)\n\n## Overview\n\n- [Docs](docs.md)\n\n## Continuous Integration\n\n"
        "The plugin's tests run on PHPUnit with polyfills for every PHP version from 7.4 to 8.5.\n"
    )
    assert extract(readme) == ""


def test_a_bracketed_bar_of_languages_is_not_the_description():
    readme = (
        "# Tracker\n\n\\[ English | [简体中文](./README-zh.md) \\]\n\nTracker is a browser extension to track time.\n"
    )
    assert extract(readme) == "Tracker is a browser extension to track time."


@pytest.mark.parametrize(
    "readme",
    [
        "# Welcome to React Router!\n\nA modern, production-ready template for building full-stack React applications using React Router.\n\n[![Open in StackBlitz](https://developer.stackblitz.com/img/open_in_stackblitz.svg)](https://stackblitz.com/x)\n\n## Features\n\n- 🚀 Server-side rendering\n- ⚡️ Hot Module Replacement (HMR)\n\n## Getting Started\n\n### Installation\n\nInstall the dependencies:\n\n```bash\nnpm install\n```\n",
        '# Org\n\n<a alt="Nx logo" href="https://nx.dev" target="_blank" rel="noreferrer"><img src="https://raw.githubusercontent.com/nrwl/nx/master/images/nx-logo.png" width="45"></a>\n\n✨ Your new, shiny [Nx workspace](https://nx.dev) is almost ready ✨.\n\n[Learn more about this workspace setup and its capabilities](https://nx.dev/nx-api/js) or run `npx nx graph` to visually explore what was created. Now, let\'s get you up to speed!\n\n## Finish your CI setup\n',
        "This is a [Plasmo extension](https://docs.plasmo.com/) project bootstrapped with [`plasmo init`](https://www.npmjs.com/package/plasmo).\n\n## Getting Started\n\nFirst, run the development server:\n",
        "# my-app\n\nTo install dependencies:\n\n```bash\nbun install\n```\n\nTo run:\n\n```bash\nbun run index.ts\n```\n\nThis project was created using `bun init` in bun v1.1.29. [Bun](https://bun.sh) is a fast all-in-one JavaScript runtime.\n",
        "This is a Kotlin Multiplatform project targeting Android, iOS, Desktop.\n\n* `/composeApp` is for code that will be shared across your Compose Multiplatform applications.\n  It contains several subfolders:\n  - `commonMain` is for code that’s common for all targets.\n",
        "## Foundry\n\n**Foundry is a blazing fast, portable and modular toolkit for Ethereum application development written in Rust.**\n\nFoundry consists of:\n\n-   **Forge**: Ethereum testing framework (like Truffle, Hardhat and DappTools).\n\n## Documentation\n\nhttps://book.getfoundry.sh/\n",
        "# README\n\n## About\n\nThis is the official Wails React-TS template.\n\nYou can configure the project by editing `wails.json`. More information about the project settings can be found\nhere: https://wails.io/docs/reference/project-config\n\n## Live Development\n",
        '# Fresh project\n\nYour new Fresh project is ready to go. You can follow the Fresh "Getting Started" guide here: https://fresh.deno.dev/docs/getting-started\n\n### Usage\n',
        "# MyApp\n\nTo start your Phoenix server:\n\n  * Run `mix setup` to install and setup dependencies\n  * Start Phoenix endpoint with `mix phx.server` or inside IEx with `iex -S mix phx.server`\n\nNow you can visit [`localhost:4000`](http://localhost:4000) from your browser.\n\nReady to run in production? Please [check our deployment guides](https://hexdocs.pm/phoenix/deployment.html).\n\n## Learn more\n\n  * Official website: https://www.phoenixframework.org/\n",
        "# 🎈 Blank app template\n\nA simple Streamlit app template for you to modify!\n\n[![Open in Streamlit](https://static.streamlit.io/badges/streamlit_badge_black_white.svg)](https://blank-app-template.streamlit.app/)\n\n### How to run it on your own machine\n",
        "# Qwik City App ⚡️\n\n- [Qwik Docs](https://qwik.dev/)\n- [Discord](https://qwik.dev/chat)\n\n---\n\n## Project Structure\n\nThis project is using Qwik with [QwikCity](https://qwik.dev/qwikcity/overview/). QwikCity is just an extra set of tools on top of Qwik to make it easier to build a full site, including directory-based routing, layouts, and more.\n",
    ],
)
def test_more_starters_readmes_have_no_description(readme):
    # React Router, Nx, Plasmo, bun init, Kotlin Multiplatform, Foundry, Wails, Fresh, Phoenix,
    # Streamlit and Qwik City, as each writes its README (checked against public READMEs).
    assert extract(readme) == ""


def test_the_owners_line_above_a_starters_stays_and_a_frameworks_own_blurb_is_kept():
    torrex = (
        "# Torrex\n\nA small BitTorrent client written in Elixir.\nYou can read the [blog post](http://x.me/p) for "
        "more information.\n\nTo start your Phoenix server:\n\n- Run `mix setup` to install and setup dependencies\n\n"
        "Now you can visit [`localhost:4000`](http://localhost:4000) from your browser.\n"
    )
    assert extract(torrex) == "A small BitTorrent client written in Elixir."
    nest = (
        '<p align="center">A progressive <a href="http://nodejs.org">Node.js</a> framework for building efficient and '
        "scalable server-side applications.</p>\n\n## Description\n\nNest is a framework for building efficient, "
        "scalable Node.js server-side applications.\n"
    )
    assert extract(nest).startswith("A progressive Node.js framework")


@pytest.mark.parametrize(
    "readme",
    [
        "# my-app\n\nThis README outlines the details of collaborating on this Ember application.\nA short introduction of this app could easily go here.\n\n## Prerequisites\n\nYou will need the following things properly installed on your computer.\n",
        "# Payload Blank Template\n\nThis template comes configured with the bare minimum to get started on anything you need.\n\n## Quick start\n",
        "# 🚀 Getting started with Strapi\n\nStrapi comes with a full featured [Command Line Interface](https://docs.strapi.io/dev-docs/cli) (CLI) which lets you scaffold and manage your project in seconds.\n\n### `develop`\n",
        '# my-ext README\n\nThis is the README for your extension "my-ext". After writing up a brief description, we recommend including the following sections.\n\n## Features\n\nDescribe specific features of your extension including screenshots of your extension in action. Image paths are relative to this README file.\n',
        "Below are the steps to get your plugin running. You can also find instructions at:\n\n  https://www.figma.com/plugin-docs/plugin-quickstart-guide/\n\nThis plugin template uses Typescript and NPM, two standard tools in creating JavaScript applications.\n",
        "## Welcome to your new SaaS App! 🎉\n\nYou've decided to build a SaaS app with the Open SaaS x Railway template. Great choice!\n\nThis template is:\n\n1. fully open-source\n",
    ],
)
def test_templates_whose_lines_run_through_their_readme_give_no_description(readme):
    # Ember CLI, Payload's blank template, Strapi, VS Code's "yo code", Figma's plugin template and
    # Wasp's Open SaaS.
    assert extract(readme) == ""


GITLAB_README = (
    "# einvoicevn.com\n\n## Getting started\n\nTo make it easy for you to get started with GitLab, here's a list "
    "of recommended next steps.\n\nAlready a pro? Just edit this README.md and make it your own. Want to make it "
    "easy? [Use the template at the bottom](#editing-this-readme)!\n\n## Add your files\n\n- [ ] Create or upload "
    "files\n\n# Editing this README\n\nWhen you're ready to make this README your own, just edit this file and use "
    "the handy template below (or feel free to structure it however you want - this is just a starting point!).\n\n"
    "## Suggestions for a good README\n\nEvery project is different, so consider which of these sections apply to "
    "yours.\n\n## Name\nChoose a self-explaining name for your project.\n\n## Description\nLet people know what "
    "your project can do specifically. Provide context and add a link to any reference visitors might be "
    "unfamiliar with.\n\n## Badges\nOn some READMEs, you may see small images that convey metadata.\n"
)


def test_the_readme_gitlab_writes_into_new_projects_gives_no_description():
    """The README GitLab writes into every new project (makeareadme.com's template; the code search
    finds it in public READMEs, filled in or not). Two test-split READMEs carry it."""
    assert extract(GITLAB_README) == ""
    filled = GITLAB_README.replace(
        "Let people know what your project can do specifically.", "einvoicevn issues e-invoices for Vietnam."
    )
    assert extract(filled) == "einvoicevn issues e-invoices for Vietnam."


@pytest.mark.parametrize(
    ("language", "blank", "next_line"),
    [
        (
            "Java",
            "This is a blank project for Java development with CDK.",
            "It is a [Maven](https://maven.apache.org/) "
            "based project, so you can open this project with any Maven compatible Java IDE to build and run tests.",
        ),
        ("TypeScript", "This is a blank project for CDK development with TypeScript.", ""),
        (
            "Python",
            "This is a blank project for CDK development with Python.",
            "This project is set up like a standard "
            "Python project. The initialization\nprocess also creates a virtualenv within this project.",
        ),
    ],
)
def test_the_aws_cdk_template_is_a_starters_readme(language, blank, next_line):
    readme = (
        f"# Welcome to your CDK {language} project!\n\n{blank}\n\n"
        f"The `cdk.json` file tells the CDK Toolkit how to execute your app.\n\n{next_line}\n\n## Useful commands\n"
    )
    assert extract(readme) == ""
    # The owner's line above the template's still reads.
    assert extract(f"# Orders API\n\nOrders API stores orders in DynamoDB.\n\n## original\n\n{blank}\n") == (
        "Orders API stores orders in DynamoDB."
    )


def test_tanstack_and_the_nextjs_course_starters_and_cookiecutter_djangos_blank():
    tanstack = "Welcome to your new TanStack app! \n\n# Getting Started\n\nTo run this application:\n\n```bash\nnpm install\n```\n"
    assert extract(tanstack) == ""
    course = (
        "## Next.js App Router Course - Starter\n\nThis is the starter template for the Next.js App Router Course. "
        "It contains the starting code for the dashboard application.\n"
    )
    assert extract(course) == ""
    django = (
        "# pfa-backend\n\nBehold My Awesome Project!\n\nThis project is a backend application built with Django, "
        "serving the finance app.\n"
    )
    assert extract(django) == "This project is a backend application built with Django, serving the finance app."


def test_a_freecodecamp_boilerplate_line_gives_way_to_the_owners():
    readme = (
        "# File Metadata Microservice\n\nThis is the boilerplate for the File Metadata Microservice project. "
        "Instructions for building your project can be found at https://www.freecodecamp.org/learn/x\n\n"
        "This project lets you upload a file and read its name, type and size.\n"
    )
    assert extract(readme) == "This project lets you upload a file and read its name, type and size."


def test_le_wagons_rails_line_and_microverses_template_blanks():
    wagon = (
        "# Beddit\n\nBook a bed anywhere.\n\nRails app generated with [lewagon/rails-templates]"
        "(https://github.com/lewagon/rails-templates), created by the [Le Wagon coding bootcamp](https://www.lewagon.com) team.\n"
    )
    assert extract(wagon) == "Book a bed anywhere."
    assert extract(wagon.split("\n\n", 2)[2]) == ""
    microverse = (
        '# 📖 vet clinic <a name="about-project"></a>\n\n> Describe your project in 1 or 2 sentences.\n\n'
        "**vet clinic** is a...\n\n## 🛠 Built With\n"
    )
    assert extract(microverse) == ""
    filled = microverse.replace("**vet clinic** is a...", "**Vet clinic** is a database of animals and their visits.")
    assert extract(filled) == "Vet clinic is a database of animals and their visits."


def test_a_line_ended_by_br_without_a_stop_ends_the_sentence_before_a_capitalised_line():
    readme = (
        "BOJ & CodeForces\n----------------\n\nThis repository contains the solutions to BOJ and Codeforces\n"
        "<br>The challenges can be found at\n+ https://www.acmicpc.net/\n"
    )
    assert extract(readme) == "This repository contains the solutions to BOJ and Codeforces."
    # Inside a sentence, or before an acronym, a <br> is a space.
    assert extract("# T\n\nThis tool reads<br>YAML files and prints them as tables.\n") == (
        "This tool reads YAML files and prints them as tables."
    )


@pytest.mark.parametrize(
    ("readme", "expected"),
    [
        (
            "# Recipe\n\nRecipe Website\n\n## Deploy Instructions\n\n1. Deploy the API, `npm run dev`\n",
            "Recipe Website",
        ),
        ("# FASTAPI\nFastAPI boilerplate\n\n## Setup\n\n1. Create a virtual environment.\n", "FastAPI boilerplate"),
        ("# tutorials4j\n\nJava 教程\n\n## 项目列表\n\n| 组件 | 作用 |\n|---|---|\n| a | b |\n", "Java 教程"),
        ("mobile_labs\n===========\n\nMobile Labs Website\n", "Mobile Labs Website"),
        (
            "# app\n\nmodified wechat\n\n> **Warning** 近期微信对使用此客户端的用户会发出封号警告，慎重使用。\n",
            "modified wechat",
        ),
    ],
)
def test_a_few_words_under_the_title_are_its_subtitle_when_no_sentence_says_more(readme, expected):
    assert extract(readme) == expected


@pytest.mark.parametrize(
    "readme",
    [
        "# Linux\n\nThis is branch1\n",  # a pointer
        "# Homework\n\nindex.md\n",  # a file
        "# Homework\n\ngood luck!\n",  # a wish
        "# vue-app\n\napp_conf_detail配置\n",  # a key
        "# capstone-ccp\n\nCapstone CCP\n",  # the title again
        "# Sudoku\n\nBuilt with React.js\n",  # how it is built
        "# Decompiled WhatsApp\n\nusing apktool\n",  # how it was made
        "# pms-ui-staff\n\nTo run the application\n\n1. npm i\n",  # the lead of an instruction
        "Pre-Condition Checklist\n1. Environment Setup\n\n- Ensure Java 8 is installed.\n",  # no title above it
    ],
)
def test_what_is_no_subtitle_stays_out(readme):
    assert extract(readme) == ""


def test_pointers_to_tutorials_and_a_versioning_policy_say_nothing_of_what_it_is():
    readme = (
        "## Release Notes\n\nRelease notes are available [here](https://x/releases).\n\n"
        "## Tutorials / Training\n\nFor tutorials on how to use the MongoDB JVM Drivers, please reference "
        "[MongoDB University](https://learn.mongodb.com/).\n\n## Versioning\n\n"
        "We follow semantic versioning when releasing.\n\n### @Alpha\n\nAPIs marked @Alpha may change.\n"
    )
    assert extract(readme) == ""


def test_a_prerequisite_and_a_pointer_to_the_docs_are_no_description():
    readme = (
        "# Prebid Mobile Android SDK\n\nTo work with Prebid Mobile, you will need access to a Prebid Server.\n\n"
        "Visit the [Prebid documentation](https://docs.prebid.org) to study the available integration approaches.\n"
    )
    assert extract(readme) == ""
    # A purpose that opens with "To" and goes on to say what the project does stays.
    assert extract("# T\n\nTo keep hikers safe, T renders their maps offline.\n") == (
        "To keep hikers safe, T renders their maps offline."
    )
    readme = "# Libris XL UI Repository\n\n## Contents\n\nView the respective directory and their READMEs for more information.\n"
    assert extract(readme) == ""
    # An address's full stops end no sentence, and "general information" is more of it too.
    readme = (
        "# Locust Cloud\n\nSee https://locust.cloud for general information on Locust Cloud, or "
        "https://docs.locust.cloud for usage instructions.\n"
    )
    assert extract(readme) == ""
    # An address and what it is the address of ("— the official project site") send elsewhere too.
    readme = "# regin\n\n🌐 **[regin.ccday.top](https://regin.ccday.top)** — the official project site.\n"
    assert extract(readme) == ""
    # quiltdata/raja: a README on how it is written, then what to read for what, over set-up steps.
    readme = (
        "# RAJA\n\nThis README is intentionally short and focused on day-to-day usage.\n\n"
        "For architecture, design notes, tests, and deeper docs, see [AGENTS.md](AGENTS.md).\n"
    )
    assert extract(readme) == ""
    # "For" and a purpose before what the project does is no pointer.
    assert extract("# T\n\nFor hikers, T renders maps offline.\n") == "For hikers, T renders maps offline."


def test_a_notice_named_in_brackets_reads_without_its_name():
    readme = "# **End of Life Notice**\n\n[AWS Solution Retirement Notice] Research Workbench will be retired on 2024-11-30.\n"
    assert extract(readme) == "Research Workbench will be retired on 2024-11-30."


def test_a_section_of_alternatives_is_not_what_the_project_is():
    readme = (
        "# More Cars - REST API\n\n## Quickstart (local dev environment)\n\nThis quickstart manual shows the "
        "fastest way to get the app running.\n\n## Alternative: Minikube (local Kubernetes cluster)\n\n"
        "Minikube allows to quickly set up a local Kubernetes cluster.\n"
    )
    assert extract(readme) == ""
    readme = "# T\n\n## Install\n\nRun it.\n\n## Alternatives\n\nU is a similar tool with a web interface.\n"
    assert extract(readme) == ""


def test_a_paragraph_set_wholly_in_brackets_is_an_aside():
    readme = (
        "# Suntime JS\n\n(static-js was taken (So was js-engine))\n\n"
        "A (work in progress) JavaScript interpreter built on the TC39 ECMAScript standard.\n"
    )
    assert extract(readme) == "A (work in progress) JavaScript interpreter built on the TC39 ECMAScript standard."
    # Alone, it is still better than nothing.
    assert (
        extract("# T\n\n(T renders maps for hikers, offline and fast.)\n")
        == "(T renders maps for hikers, offline and fast.)"
    )


def test_a_funding_credit_at_the_end_of_a_description_takes_nothing_away():
    readme = (
        "# Description\n\nAlvisNLP is a configurable NLP batch processing pipeline. Part of this work has been "
        "funded by the European project Alvis.\n\nAlvisNLP is held by the Bibliome group at Inra, France\n"
    )
    assert extract(readme) == "AlvisNLP is a configurable NLP batch processing pipeline."
    # Opening a paragraph, the credit is an aside.
    readme = "# T\n\nThis work was funded by the Example Foundation.\n\nT renders maps for hikers.\n"
    assert extract(readme) == "T renders maps for hikers."


def test_what_it_is_built_with_leading_into_a_list_is_no_description():
    readme = (
        "# Osmosis Frontend\n\n## Overview\n\nOur [frontend](https://app.osmosis.zone) is built with the following "
        "tools:\n\n- TypeScript: type checking\n- React: ui\n"
    )
    assert extract(readme) == ""


@pytest.mark.parametrize(
    "lead_in",
    [
        "It uses [Turborepo](https://turborepo.org/) and the t3-Stack and contains:",
        "This monorepo uses pnpm workspaces and includes:",
    ],
)
def test_what_a_repository_contains_leading_into_a_tour_is_no_description(lead_in):
    # hieudaok63/homelizard (part 201): an "About" section that only leads into a tree of folders.
    readme = (
        f"# Homelizard\n\n## Installation\n\n1. Install pnpm\n\n## About\n\n{lead_in}\n\n```\napps\n  └─ expo\n```\n"
    )
    assert extract(readme) == ""
    assert (
        extract("# T\n\nThis repository contains the T map renderer.\n")
        == "This repository contains the T map renderer."
    )


@pytest.mark.parametrize("heading", ["Localization", "i18n", "Translations"])
def test_a_later_section_on_translating_the_interface_is_not_read(heading):
    # hieudaok63/homelizard (part 201): "The project uses react-i18next for localization." is a detail.
    readme = f"# T\n\n## Setup\n\n`pnpm i`\n\n## {heading}\n\nThe project uses react-i18next for localization.\n"
    assert extract(readme) == ""


def test_a_quip_to_the_reader_and_a_pointer_for_newcomers_are_not_the_description():
    # dancing-bear-show/dancing-bear (part 206): an italic quip, then a pointer, then the description.
    readme = (
        "# Personal Assistants\n\n> *You don't need to outrun the bear. You just need to outrun everyone else.*\n\n"
        "New here? [Getting Started Guide](GETTING_STARTED.md) — zero to productive in 10 minutes.\n\n---\n\n"
        "Unified, dependency-light CLIs for personal workflows across mail and calendars.\n"
    )
    assert extract(readme) == "Unified, dependency-light CLIs for personal workflows across mail and calendars."
    # With nothing else to say, the quip is still the fallback; "New to T? …" never is.
    assert extract("# T\n\n*You will not get lost. You will find the way.*\n") == "You will not get lost."
    assert extract("# T\n\nNew to T? Read the [guide](g.md) and try the examples first.\n") == ""


def test_a_badge_left_as_markdown_inside_an_html_comment_line_is_not_words():
    readme = (
        "# StyleX SWC Compiler\n\n<!-- compat:start -->[![StyleX compatibility](https://img.shields.io/badge/x-blue)]"
        "(https://stylexjs.com)<!-- compat:end -->\n\n> **Rust compiler for [StyleX](https://stylexjs.com) that "
        "replaces the official Babel transform and adds fast integrations for Next.js, Vite, webpack, Rspack, Rollup, "
        "Turbopack, PostCSS and Jest.**\n"
    )
    # All bold with one word linked: a bold sentence, not an index entry of a bold label and a link.
    assert extract(readme).startswith("Rust compiler for StyleX that replaces the official Babel transform")


def test_a_row_of_version_and_date_is_no_description():
    readme = (
        "# Benchmark de Modelos AI Alternativos: comparación abierta de LLMs en español\n\n"
        "**Versión v4.8.0** | Última actualización: 21 de agosto de 2026 | [Datasheet](d.md)\n\n"
        "> **Encuentra alternativas a Claude y Gemini** comparadas con tests reales.\n"
    )
    assert extract(readme) == "Encuentra alternativas a Claude y Gemini comparadas con tests reales."
    assert extract("# T\n\nLast updated: 2024-03-01\n\nT renders maps.\n") == "T renders maps."
    # Gargoyle-Apps/Local-Model-Assessor (part 518): a version, then a dash to what the line is about.
    versioned = "# T\n\n**Version 2.2.1** — bump criteria: [AGENTS.md](AGENTS.md).\n\nT assesses local models.\n"
    assert extract(versioned) == "T assesses local models."
    # A sentence about a version says what that version is.
    assert extract("# T\n\nVersion 2.0 is a complete rewrite of T in Rust.\n") == (
        "Version 2.0 is a complete rewrite of T in Rust."
    )


def test_a_conviction_and_a_section_of_links_give_way_to_an_archive_notice():
    readme = (
        "<div>\n  <h3>NO LONGER ACTIVELY MAINTAINED</h3>\n  <p><strong>This repository is archived and no longer "
        "actively maintained.</strong></p>\n</div>\n\n## Our Mission\n\nWe believe that by empowering scientists "
        "to publish academic content we can revolutionize research.\n\n## Important Links\n\n"
        "Got an idea or request? [Open an issue](https://x).\n"
    )
    assert extract(readme) == "This repository is archived and no longer actively maintained."


def test_yaml_front_matter_is_metadata_not_the_description():
    readme = (
        "---\ntitle: Diaryx\ndescription: README/repo for the Diaryx project\ncontents:\n- '[AGENTS](/AGENTS.md)'\n---\n"
        '<div>\n  <h1 align="center">Diaryx</h1>\n  <p align="center"><strong>Your writing. Worth sharing.</strong></p>\n</div>\n\n'
        "Diaryx is a space for important memories. It lets you choose who sees what.\n"
    )
    assert extract(readme) == "Diaryx is a space for important memories."
    # A rule ("---") over a paragraph is not front matter.
    assert (
        extract("---\nDiaryx keeps a diary in plain Markdown files.\n---\n")
        == "Diaryx keeps a diary in plain Markdown files."
    )
    # Only Markdown has front matter: in a text file the lines are the author's.
    assert extract("---\nnote: Diaryx keeps a diary in plain Markdown files.\n---\n", "README.txt") != ""


def test_front_matter_may_open_with_a_yaml_comment():
    # BhaveetKumar/nail-it: a generator's comment above the keys; "# …" in YAML is no heading.
    readme = (
        "---\n# Auto-generated front matter\nTitle: Readme\nStatus: draft\n---\n\n"
        "# Interview Preparation\n\n> **The most comprehensive backend interview preparation repository**\n"
    )
    assert extract(readme) == "The most comprehensive backend interview preparation repository"
    # A rule, a heading and a paragraph, then a rule, are the README's own.
    assert extract("---\n# Kiln\nKiln caches builds for monorepos.\n\n---\n") == "Kiln caches builds for monorepos."


def test_a_purpose_label_before_the_sentence_is_left_out():
    readme = "# Aquarium Information\n\nApp Purpose:\nTo create calculators and converters tailored for aquarists.\n"
    assert extract(readme) == "To create calculators and converters tailored for aquarists."
    # rbasina/meetara-lab: "**🚀 Mission**: Transform …", the project's mission named as such.
    readme = "# Lab\n\n**🚀 Mission**: Transform a CPU training pipeline into a GPU one.\n"
    assert extract(readme) == "Transform a CPU training pipeline into a GPU one."
    assert extract("# T\n\nGoal: extract formulas from papers.\n") == "extract formulas from papers."


def test_a_section_about_commit_messages_is_not_the_description():
    readme = (
        "# Teleskop Web\n\n- [Commit Formats](#commit-formats)\n\n## Commit Formats\n\n### Scopes\n\n"
        "The `scope` provides additional contextual information.\n"
    )
    assert extract(readme) == ""
    # A commitment is no commit: "## Our commitment" still says what the project does.
    later = "# Tool\n\n- [Docs](docs)\n\n## Install\n\nRun it.\n\n## Our commitment\n\nTool keeps every backup readable for ten years.\n"
    assert extract(later) == "Tool keeps every backup readable for ten years."


def test_a_readme_titled_run_locally_is_setup_through_and_through():
    readme = "# Run locally\n\nCreate an .env file with the following content:\n\n```shell\nX=1\n```\n"
    assert extract(readme) == ""


@pytest.mark.parametrize(
    "step",
    [
        "Copy the .npmrc.example and rename it to .npmrc (ignored in git).",
        "Create an .env file and add your keys to it.",
        "Edit the config.yaml to point at your database server.",
    ],
)
def test_a_step_done_to_a_file_is_never_the_description(step):
    readme = f"# app\n\n## Project Setup\n\n1. Install Yarn\n\n## NPMRC\n\n{step}\n"
    assert extract(readme) == ""
    # Words about files in a tagline are not a step: "Edit Markdown files with a live preview."
    assert extract("# md\n\nEdit Markdown files with a live preview beside them.\n") != ""


def test_a_language_code_before_each_paragraph_of_a_bilingual_intro_is_left_out():
    readme = (
        "# Lyrics Slide Show\n\nEN: Django-based web service for preparing and projecting song lyrics as live "
        "slides, with open guest access for public use cases and Keycloak-based authentication for member access.\n\n"
        "FR: Service web Django dédié a la preparation et a la projection en direct de paroles de chants.\n\n"
        "This repository is documented from the docs/ directory, which is the source of truth.\n"
    )
    assert extract(readme).startswith("Django-based web service for preparing and projecting song lyrics")
    # "It: …" and "De: …" are words, not codes: only capitals are.
    assert extract("# X\n\nIt: a tool that counts the words of a text file.\n").startswith("It:")


@pytest.mark.parametrize(
    "conduct",
    [
        "Ez a projekt a Microsoft nyílt forráskóddal kapcsolatos viselkedési szabályzata alapján működik.",
        "Ce projet a adopté le Code de conduite Open Source de Microsoft.",
        "此项目已采用 Microsoft 开源行为准则。",
    ],
)
def test_a_localized_code_of_conduct_line_is_not_the_description(conduct):
    readme = f"# PowerShell-Docs\n\n{conduct}\n\nWelcome to the PowerShell-Docs repository, the home of the official documentation.\n"
    assert extract(readme).startswith("Welcome to the PowerShell-Docs repository")


def test_how_a_project_was_made_gives_way_to_what_it_is():
    readme = (
        "# ArgonOS\n\nThis operating system was written entirely using AI.\n\n"
        "A small, fast operating system for ESP32-class microcontrollers.\n"
    )
    assert extract(readme) == "A small, fast operating system for ESP32-class microcontrollers."
    # Said on its own, it is still something: an aside is read when nothing else is.
    assert extract("# ArgonOS\n\nThis operating system was written entirely using AI.\n") != ""


def test_a_section_about_the_environment_is_setup():
    readme = (
        "# CSB Portal\n\n## Environment\n\nThe repo now includes checked-in example env files:\n\n- `.env.example`\n"
    )
    assert extract(readme) == ""


def test_a_picture_drawn_in_letters_is_not_prose():
    # Lines of four "words" or more, not indented as code, as the corpus README draws its logo.
    art = "\n".join(" " * (n % 3) + "o" * n + " oo  oo " + "o" * n + " ooo" for n in range(3, 10))
    readme = f"# Tweets\n\n![image](https://example.com/a.png)\n\n## Tracing\n{art}\n"
    assert extract(readme) == ""
    # A word or two that repeat a letter ("Zzz", "aaa") in a sentence are still words.
    assert extract("# Sleep\n\nZzz is a tiny sleep tracker that logs naps from your watch.\n").startswith("Zzz is")


def test_a_chinese_sentence_opening_with_a_latin_name_is_no_title():
    readme = "# RedisSyncer\n\nRedisSyncer是一个redis多任务同步工具集，应用于redis单实例及集群同步。\n该工具集包括：\n\n* 同步服务引擎\n"
    assert extract(readme) == "RedisSyncer是一个redis多任务同步工具集，应用于redis单实例及集群同步。"


def test_a_row_of_labels_between_bars_and_a_section_outlining_itself_are_not_the_description():
    readme = (
        '# UnifiedHealth Global Platform\n\n<div align="center">\n\n**UnifiedHealth Global**\n\n'
        "**Multi-Currency | Multi-Region | AI-Powered The Unified Health Ecosystem**\n\n"
        "**Production Ready | Revenue Score: 100/100 | All Services Operational**\n\n</div>\n\n"
        "## Documentation Guidelines\n\nThis section outlines the standards for contributing to this documentation.\n"
    )
    assert extract(readme) == ""
    # Words between bars that make sentences are prose: "Fast. | Small. | Safe." is not a row of labels.
    assert extract("# X\n\nX parses logs fast. | It runs anywhere. | It costs nothing.\n") != ""
    # Between middle dots or bullets, the same.
    readme = (
        '<p align="center"><strong>Quantitative market intelligence.</strong></p>\n\n'
        '<p align="center">Research · Market Context · Risk · Alerts · Journaling</p>\n\n'
        "## What is ZTerminal?\n\nZTerminal is a market research terminal for traders.\n"
    )
    assert extract(readme) == "ZTerminal is a market research terminal for traders."
    row = (
        "# jaato\n\nMulti-provider AI integration • 55+ plugins • Server-first architecture\n\njaato is a framework.\n"
    )
    assert extract(row) == "jaato is a framework."
    # ibisheng/onlyoffice-ibisheng (part 160): Chinese labels, a space on one side of some bars.
    cjk_row = "# onlyoffice ibisheng\n\n[毕升文档](https://x)| 多人协同编辑 | 在线Office| onlyOffice\n"
    assert extract(cjk_row) == ""


def test_some_of_the_titles_words_under_it_are_no_subtitle():
    assert extract("# UnifiedHealth Global Platform\n\n**UnifiedHealth Global**\n") == ""
    assert extract("# Recipe\n\nRecipe Website\n") == "Recipe Website"  # a word the title lacks


def test_a_bold_name_ending_in_an_exclamation_mark_is_the_sentences_subject():
    readme = "# Metronome!\n\n**Metronome!** is a highly customizable metronome app built with flexibility in mind.\n"
    assert extract(readme) == "Metronome! is a highly customizable metronome app built with flexibility in mind."
    # A slogan before a sentence of its own still gives way to it.
    slogan = "# F\n\n*Being productive is no longer optional.* FateForger integrates Slack with your calendar.\n"
    assert extract(slogan) == "FateForger integrates Slack with your calendar."


def test_visa_sponsorship_is_no_plug():
    readme = (
        "# Career Copilot\n\n> An intelligent job search assistant specializing in EU opportunities with visa "
        "sponsorship support for AI professionals\n"
    )
    assert extract(readme).startswith("An intelligent job search assistant")
    # Sponsors of the project still are one.
    assert extract("# X\n\nBecome a sponsor of X to keep it free for everyone.\n") == ""
    # A plug's word in brackets, in a list of what the code supports, is no plug.
    readme = (
        "# Silver Glider Events\n\nBeautiful event pages, RSVPs, and email reminders for independent organizers. "
        "Free RSVP events only (free_rsvp today; paid, donation, door, vip reserved).\n"
    )
    assert extract(readme) == "Beautiful event pages, RSVPs, and email reminders for independent organizers."


@pytest.mark.parametrize("heading", ["Tecnologias :globe_with_meridians:", "Technologies", "Tech Stack", "Built With"])
def test_a_section_about_what_the_project_is_built_with_is_not_what_it_is(heading):
    readme = f"# Área21\n\n## {heading}\n\nForam utilizadas as seguintes tecnologias na construção deste projeto:\n\n* ASP.NET\n"
    assert extract(readme) == ""


def test_under_a_section_word_one_name_then_what_it_does_follows_the_background():
    readme = (
        "# Overview\n\nTernary plot is one of the popular ways to visualize preference data. However, "
        "preference data often has more than 3 alternatives.\n\n"
        "`prefviz` provides a solution for creating ternary plots of both two and higher dimensions.\n"
    )
    assert (
        extract(readme) == "prefviz provides a solution for creating ternary plots of both two and higher dimensions."
    )
    # A title that names the project keeps its first paragraph: "Argo is …" is no rename.
    named = (
        "# What is Argo Workflows?\n\nArgo Workflows is an open source container-native workflow engine.\n\n"
        "Argo is a Cloud Native Computing Foundation (CNCF) graduated project.\n"
    )
    assert extract(named) == "Argo Workflows is an open source container-native workflow engine."


def test_a_title_asking_what_the_project_is_names_it():
    readme = (
        "# What is Paperclip?\n\n## Open-source orchestration for zero-human companies\n\n"
        "If OpenClaw is an employee, Paperclip is the company\n\n"
        "Paperclip is a Node.js server and React UI that orchestrates a team of AI agents to run a business.\n"
    )
    assert extract(readme) == (
        "Paperclip is a Node.js server and React UI that orchestrates a team of AI agents to run a business."
    )
    # gschier/hemlock (part 374): under a logo, "## About Hemlock" is about the project by its name.
    about = (
        '<p align="center"><img src="logo.svg"></p>\n\n## About Hemlock\n\nHemlock is a web framework for Go.\n\n'
        "**This project is still in the proof-of-concept phase!**\n"
    )
    assert extract(about) == "Hemlock is a web framework for Go."


@pytest.mark.parametrize(
    ("title", "slogan", "description"),
    [
        (
            "What's Paperclip?",  # two words, like "About this": it was taken for a title naming nothing
            "If OpenClaw is an employee, Paperclip is the company",
            "Paperclip is a Node.js server and React UI that orchestrates a team of AI agents.",
        ),
        (
            "¿Qué es Paperclip?",
            "Si OpenClaw es un empleado, Paperclip es la empresa",
            "Paperclip es un servidor Node.js con una interfaz React que orquesta un equipo de agentes.",
        ),
        (
            "Was ist Paperclip?",
            "Wenn OpenClaw ein Angestellter ist, ist Paperclip die Firma",
            "Paperclip ist ein Node.js-Server mit React-Oberfläche, der ein Team von KI-Agenten steuert.",
        ),
    ],
)
def test_a_short_title_asking_what_the_project_is_names_it_in_any_language(
    title: str, slogan: str, description: str
) -> None:
    readme = f"# {title}\n\n## Open-source orchestration\n\n{slogan}\n\n{description}\n"
    assert extract(readme) == description


def test_a_space_typed_between_japanese_words_stays_and_a_line_break_goes():
    readme = "# Gopher道場 自習室\n[Gopher道場 自習室](https://gopherdojo.org/studyroom)用のリポジトリです。\n"
    assert extract(readme) == "Gopher道場 自習室用のリポジトリです。"
    # A hard-wrapped Chinese paragraph joins without a space, and a space typed beside Chinese
    # punctuation goes: the mark is set with its own room.
    wrapped = "# 标题\n\n这是一个简约、 开源的\n翻译扩展，它可以做很多事情。\n"
    assert extract(wrapped) == "这是一个简约、开源的翻译扩展，它可以做很多事情。"


def test_after_a_scene_set_for_the_reader_the_stated_goal_says_what_it_is():
    readme = (
        "# Favors\n\nSometimes you're feeling feverish and all you need is some Advil but you don't have any. "
        "Other people have bottles of Advil just sitting around.\n\n"
        "Our goal is to help connect our community by providing a service where people can help each other out.\n"
    )
    assert extract(readme) == (
        "Our goal is to help connect our community by providing a service where people can help each other out."
    )


def test_a_problem_set_out_gives_way_to_the_paragraph_that_solves_it():
    # hallwaytechgrupo/SkyHawk (part 480): the problem, with no "is" to tell it from a tagline.
    readme = (
        "## 📖 Sobre o Projeto\n\nO crescente volume de dados geoespaciais de satélites representa um desafio "
        "para pesquisadores.\n\nO projeto **SkyHawk** surge como uma solução para este problema, desenvolvendo "
        "uma aplicação web intuitiva.\n"
    )
    assert extract(readme).startswith("O projeto SkyHawk surge como uma solução")
    english = (
        "# Ledger\n\nThe growing pile of receipts in every small business drawer means hours of typing.\n\n"
        "Ledger solves this by reading receipts from photos into a spreadsheet.\n"
    )
    assert extract(english) == "Ledger solves this by reading receipts from photos into a spreadsheet."
    # A paragraph that opens by saying what the project is sets out no problem.
    described = "# Kiln\n\nKiln is a build cache for monorepos.\n\nKiln solves this by hashing every input.\n"
    assert extract(described) == "Kiln is a build cache for monorepos."


def test_after_the_whole_the_paragraph_naming_the_repositorys_part_of_it_says_what_it_is():
    # buildbarn/bb-storage (part 481), RamonSerraVasconcelos/icritic-movies-service (part 482).
    readme = (
        "# The Buildbarn storage daemon\n\nThe Buildbarn project provides an implementation of the Remote "
        "Execution protocol.\n\nThis repository provides Buildbarn's storage daemon. It can be used to build "
        "a scalable build cache.\n"
    )
    assert extract(readme) == "This repository provides Buildbarn's storage daemon."
    service = (
        "# iCritic-movies-service\n\n## Description\n\nThe icritic application is a platform to rate movies.\n\n"
        "The icritic-movies-service is a microservice from this application which manages movie requests.\n"
    )
    assert extract(service).startswith("The icritic-movies-service is a microservice")
    # Under a heading of its own, a part is a section, not the repository's description.
    apart = (
        "# Hub\n\nThe Hub platform lets teams share dashboards.\n\n## Services\n\n"
        "The auth service is a component of the Hub platform that signs tokens.\n"
    )
    assert extract(apart) == "The Hub platform lets teams share dashboards."


def test_a_line_of_the_dates_a_project_was_born_and_reborn_is_never_the_description():
    readme = "# Grain(海大助手)\n\n> 诞生于 2017-09-06，重生于 2019-01-25\n\n浙江海洋大学校园应用。\n"
    assert extract(readme) == "浙江海洋大学校园应用。"
    # A sentence with a date in it still reads as one.
    dated = "# Log\n\nA tool that reads logs written between 2017-09-06 and 2019-01-25 by the old server.\n"
    assert extract(dated).startswith("A tool that reads logs")


def test_a_subtitle_under_the_title_counts_past_a_picture_between_them():
    readme = (
        '# Guanaco\n\n<a href="https://example.com/llama">\n    <img src="llama.jpg" height="300">\n</a>\n\n'
        "## A cute and cuddly cryptocurrency quant trading engine in TypeScript.\n\n"
        "> The guanaco is a camelid native to South America, closely related to the llama.\n\n"
        "## ✨ Features\n\n- Live trading\n"
    )
    assert extract(readme) == "A cute and cuddly cryptocurrency quant trading engine in TypeScript."
    # A picture in Markdown is passed over the same way.
    pictured = readme.replace(
        '<a href="https://example.com/llama">\n    <img src="llama.jpg" height="300">\n</a>', "![llama](llama.jpg)"
    )
    assert extract(pictured) == "A cute and cuddly cryptocurrency quant trading engine in TypeScript."


def test_a_blockquote_ending_with_its_source_after_a_dash_is_a_quotation():
    readme = (
        "# Guanaco\n\n> The guanaco is a camelid native to South America, closely related to the llama. "
        "- [Wikipedia](https://en.wikipedia.org/wiki/Guanaco)\n\n"
        "Guanaco is a quant trading engine written in TypeScript.\n"
    )
    assert extract(readme) == "Guanaco is a quant trading engine written in TypeScript."
    # A blockquote whose last words after a dash are no name is the project's own line.
    own = "# Guanaco\n\n> A quant trading engine for crypto. - written in TypeScript\n\nSee the docs.\n"
    assert extract(own).startswith("A quant trading engine for crypto.")


def test_a_line_on_how_far_some_features_are_is_never_the_description():
    readme = (
        '<p align="center">\n\t<strong>⚠️ This project is a work in progress! ⚠️</strong><br>\n\t<em>Many advanced '
        "features, such as suggested load order and mod merger, are still under development and may not be fully "
        "functional yet.</em>\n</p>\n\n# Stellaris Mod Manager\n\n"
        '<p align="center"><b>Desktop mod manager for Stellaris built with Electron, Vite, React, and TypeScript.</b></p>\n'
    )
    assert extract(readme) == "Desktop mod manager for Stellaris built with Electron, Vite, React, and TypeScript."
    # What the features are is still a description.
    features = "# M\n\nSome features of the manager are drag-and-drop load order and profiles you can share.\n"
    assert extract(features).startswith("Some features of the manager")


def test_a_name_that_begins_with_contact_is_no_request_to_get_in_touch():
    readme = (
        "# Contact Grouper\n\nContact Grouper is an Android app for organizing device contacts into groups.\n\n"
        "## Features\n\nWhen a contact belongs to several groups, the newest assigned group takes precedence.\n"
    )
    assert extract(readme) == "Contact Grouper is an Android app for organizing device contacts into groups."
    # Asking to be contacted is still never the description.
    assert extract("# X\n\nContact us at hello@example.com for a demo of the product.\n") == ""


def test_thousands_of_pictures_between_the_title_and_its_subtitle_are_walked_past():
    # 2,300 picture paragraphs fit in the part of a README that is read; each was one level of
    # recursion, far past Python's limit of 1,000.
    pictures = "![a](b)\n\n" * 2300
    readme = f"# Guanaco\n\n{pictures}## A cute and cuddly cryptocurrency quant trading engine in TypeScript.\n"
    assert len(readme) < 24 * 1024
    assert extract(readme) == "A cute and cuddly cryptocurrency quant trading engine in TypeScript."


def test_a_chinese_phrase_before_a_colon_is_a_description_not_a_label():
    readme = "\n阿里PAI运行DAG时的算法组件：Spark实现\n- 核心思想：\n  - 输入输出表用ClickHouse\n"
    assert extract(readme) == "阿里PAI运行DAG时的算法组件：Spark实现"
    # However long, a label over an address or a number is a label; a short one over words too.
    assert extract("# X\n\n博客地址(内附使用教程)：http://www.cnblogs.com/x/p/1.html\n") == ""
    assert extract("# X\n\n技术交流群(仅作技术交流)：367260654\n") == ""
    assert extract("# X\n\n最終更新：まだです\n") == ""


def test_a_chinese_line_on_what_can_be_seen_here_points_at_a_link():
    readme = "# 无限世界象棋\n\n可以在这里查看一些数据的制作样例：数据模板示例\n"
    assert extract(readme) == ""


def test_an_abstract_is_quoted_from_the_sentence_that_presents_the_work():
    # saeid93/sponge (part 337): the scene, then "This paper presents Sponge, …".
    readme = (
        "# Abstract\nMobile and IoT applications increasingly adopt deep learning inference to provide"
        " intelligence. Inference requests are typically sent to a cloud infrastructure. \nThis paper presents"
        " Sponge, a novel deep learning inference serving system that maximizes resource efficiency. Sponge"
        " achieves its goal by applying in-place vertical scaling.\n\n## 1 Project Setup Steps\n"
    )
    assert extract(readme) == (
        "This paper presents Sponge, a novel deep learning inference serving system that maximizes resource efficiency."
    )
    # A paragraph that opens by naming the project already says what it is.
    named = "# Sponge\n\nSponge is an inference server. We present its design in a paper.\n"
    assert extract(named) == "Sponge is an inference server."


def test_a_bold_name_and_tagline_comes_before_a_later_section():
    # mantasppl/focera (part 343): bold, so a slogan, but it names the project and says what it is.
    readme = (
        "# Focera\n\n**Focera – Free Online Tools & AI Utilities**\n\nProduction site: [https://focera.co](https://focera.co)"
        "\n\n## Getting started\n\n```bash\nnpm install\n```\n\n## Secure admin analytics\n\n"
        "Set both values in Vercel → Project → Settings → Environment Variables, then redeploy.\n"
    )
    assert extract(readme) == "Focera – Free Online Tools & AI Utilities"
    # A bold slogan that does not name the project still gives way to a later section that describes.
    slogan = readme.replace("**Focera – Free Online Tools & AI Utilities**", "**Tools for everyone, free.**").replace(
        "Set both values in Vercel → Project → Settings → Environment Variables, then redeploy.",
        "The ideal use for Focera is a quick edit of a picture or a video.",
    )
    assert extract(slogan) == "The ideal use for Focera is a quick edit of a picture or a video."


def test_sections_on_a_folder_or_the_project_layout_are_not_read_for_a_description():
    # punypeony/NUFINDS (part 347): a course project's title over setup, a folder's pages and the layout.
    readme = (
        "# Database Systems Final Project\n\n## Setup\n\n1. Start MySQL.\n\n"
        "## Main pages (`pages/`)\n\nAll .html files under pages/ run as PHP via pages/.htaccess.\n\n"
        "## Project layout\n\nOld URLs such as database/php/home.php redirect to the matching page in pages/.\n"
    )
    assert extract(readme) == ""
    # Either section alone would still be quoted without its rule.
    assert extract(readme.replace(" (`pages/`)", "")) == "All .html files under pages/ run as PHP via pages/.htaccess."
    assert extract(readme.replace("Project layout", "Redirects")).startswith("Old URLs such as")


@pytest.mark.parametrize(
    "label, sentence",
    [
        # Primroses/MonitorSDK (part 349): the label ran into the sentence, "❤️此仓库设计目的很多公司…".
        ("❤️**此仓库设计目的**", "很多公司都是以业务快速开发为主，不注重后续的项目稳定性的监控。"),
        ("**Design goal**", "Many companies ship fast and never watch their apps in production."),
    ],
)
def test_a_bold_label_on_its_own_line_does_not_run_into_the_sentence_below(label, sentence):
    assert extract(f"# T\n\n{label}  \n{sentence}\n") == sentence


def test_a_notice_label_on_its_own_line_still_marks_a_notice():
    # "**Note**" on a line of its own is kept with what it heads, so the paragraph stays a notice.
    readme = (
        "# Tracemap\n\n**Note**  \nThe options below changed in version two of the command line tool.\n\n"
        "Tracemap is a tool that renders maps from GPS traces.\n"
    )
    assert extract(readme) == "Tracemap is a tool that renders maps from GPS traces."


def test_a_course_line_under_the_title_says_what_the_repository_is():
    # nettlespike/trip-planner (part 353): a course's code and the kind of work, then setup steps.
    readme = (
        "# trip-planner\nCS 338 Final Project\n\n## 1. Download the project.\n- Use GitHub Desktop\n\n"
        "## 2. Ensure you have the necessary things downloaded\n### Node:\nCheck if you have node installed by running\n"
    )
    assert extract(readme) == "CS 338 Final Project"
    # A name in capitals with a number is still a title: "Project" must follow the course code.
    assert extract("# T\n\nMASH 4077 Field Hospital\n\n## Setup\n\nRun make.\n") == ""


@pytest.mark.parametrize(
    "line",
    [
        # TamarillowBonaparte/Submission-Pertama-… (part 735): which submission, then its title.
        "Submission Pertama: Menyelesaikan Permasalahan Human Resources Perusahan JAYA JAYA MAJU",
        "Assignment 2: Caching The Mean Of A Vector",
        "Tugas Akhir: Sistem Informasi Perpustakaan Berbasis Web Dengan Laravel",
    ],
)
def test_a_piece_of_coursework_and_its_title_is_a_title_not_the_description(line):
    readme = f"# Proyek Akhir\n{line}\n\nAplikasi ini dirancang untuk membantu perusahaan Jaya.\n"
    assert extract(readme) == "Aplikasi ini dirancang untuk membantu perusahaan Jaya."
    # Words in lower case make it a sentence, however it opens.
    sentence = "Final project: a web app that helps a company keep its staff"
    assert extract(f"# Proyek Akhir\n\n{sentence}\n\n## Setup\n\nRun it.\n") == sentence


def test_a_set_up_section_naming_the_project_may_say_what_it_is():
    # DeityLamb/yarrow: "# EARLY ALPHA" then "## Yarrow - Getting Started" over its only description.
    readme = (
        "# EARLY ALPHA\n## Yarrow - Getting Started\n\nYarrow is a lightweight Java library for animations\n\n"
        "It uses a **fluent API**.\n\n## Installation\n\nAdd the package.\n"
    )
    assert extract(readme) == "Yarrow is a lightweight Java library for animations"
    # Only a sentence saying what the project named in the heading (or title) is: set-up steps stay out.
    assert extract("# EARLY ALPHA\n## Yarrow - Getting Started\n\nGradle is a build tool you need first.\n") == ""


def test_a_name_with_a_korean_particle_still_names_the_project() -> None:
    # yohan-work/basalt (part 670): the first section, "## ENV Process", reads as set-up; its
    # paragraph names the project with the particle written onto it ("Basalt는").
    description = "Basalt는 짧은 프론트엔드 수정 요청을 AI가 계획하고 검증까지 남기는 작업 관리 프로토타입입니다."
    readme = f"# Basalt\n\n## ENV Process\n\n![image](a.png)\n\n{description}\n\n## 사용\n\nBasalt의 기본 사용 흐름은 다음과 같습니다.\n"
    assert extract(readme) == description


def test_a_short_slogan_gives_way_to_the_paragraph_naming_the_project_below_it():
    # 777genius/workload-funnel: a quoted slogan, then the project by name and what it is.
    readme = (
        "# WorkloadFunnel\n\n> Turn unlimited demand into controlled execution.\n\n"
        "WorkloadFunnel is a durable workload admission and execution system for agents and jobs.\n"
    )
    assert extract(readme) == "WorkloadFunnel is a durable workload admission and execution system for agents and jobs."
    # A short line opening as a kind of thing is the tagline; under a heading of its own the
    # naming paragraph is a section's.
    assert extract("# Tool\n\nA fast map renderer.\n\nTool is a renderer written in C.\n") == "A fast map renderer."
    readme = "# Tool\n\nTurn tracks into maps.\n\n## Internals\n\nTool is a renderer written in C.\n"
    assert extract(readme) == "Turn tracks into maps."


def test_clipped_phrases_give_way_to_the_paragraph_naming_the_project_below_them():
    # SamuelMarks/libscript: a bold run of short phrases under an emoji and the name, then what it is.
    readme = (
        "# 🚀 LibScript: The Universal Provisioning Engine\n\n"
        "**Native Power. Docker Optional. Zero YAML Bloat. Provision anything, anywhere.**\n\n"
        "LibScript is a high-performance software provisioning framework and multicloud orchestrator.\n"
    )
    assert (
        extract(readme)
        == "LibScript is a high-performance software provisioning framework and multicloud orchestrator."
    )
    # The emoji before the name is no part of it, after a short slogan too.
    readme = "# 🚀 Kiln\n\nBuild once, ship often.\n\nKiln is a build cache for monorepos.\n"
    assert extract(readme) == "Kiln is a build cache for monorepos."


def test_the_titles_initialism_spelled_out_gives_way_to_what_the_project_is():
    # Magpiefelt/pfmt_complete_application: "PFMT" spelled out in bold, then a kind of thing.
    readme = (
        "# PFMT Enhanced Application\n\n**Professional Financial Management Tool - Enhanced Edition with Dual-Wizard "
        "System**\n\n"
        "A comprehensive project management application with role-based access control.\n"
    )
    assert extract(readme) == "A comprehensive project management application with role-based access control."
    # A line that spells out nothing stays.
    readme = readme.replace("# PFMT Enhanced Application", "# Ledger Enhanced Application")
    assert extract(readme) == "Professional Financial Management Tool - Enhanced Edition with Dual-Wizard System"
    # cesar-andress/caliper: the initials in bold, then the project by name saying what it is.
    readme = (
        "# CALIPER\n\n**C**omparative **A**nalysis of **L**LM **I**nference **P**erturbation, **E**valuation, and "
        "**R**anking\n\nCALIPER is a reproducible research artifact for factorial LLM evaluation experiments.\n"
    )
    assert extract(readme) == "CALIPER is a reproducible research artifact for factorial LLM evaluation experiments."


def test_a_noun_phrase_set_small_under_the_title_is_its_subtitle():
    # snapperVibes/Tusky: "###### Real-time web quiz application" under "# Tusky", then a notice
    # and, far below, notes on the code's quality.
    readme = (
        "# Tusky\n###### Real-time web quiz application\n(Work in progress; not ready to scale)\n\n"
        "## Notes\n### Code\nThe frontend contains low quality code.\n"
    )
    assert extract(readme) == "Real-time web quiz application"
    # Set large, a phrase without an article is still a section's name.
    assert extract("# Tusky\n## Real-time web quiz application\n\nTusky is a quiz app for classrooms.\n") == (
        "Tusky is a quiz app for classrooms."
    )


@pytest.mark.parametrize(
    "intro, said",
    [
        (  # Eplankton/nut-struct: a course's name, then what the library is, each set as an h4
            "## 介绍\n#### 软件工程学院 2022春 数据结构实验课\n#### Tool 是简易 STL 库，使用 RAII 对动态内存进行管理\n",
            "Tool 是简易 STL 库，使用 RAII 对动态内存进行管理",
        ),
        (
            "## Intro\n#### Course work for the spring of 2022\n#### Tool is a simple STL library, using RAII\n",
            "Tool is a simple STL library, using RAII",
        ),
    ],
)
def test_a_small_heading_that_says_what_the_project_is_is_read(intro, said):
    readme = (
        f"# Tool\n\n{intro}#### Known flaw: the end iterator points at end()-1\n\n## Contents\n\n| a |\n|---|\n| 1 |\n"
    )
    assert extract(readme) == said


def test_a_line_beside_an_address_on_its_own_line_is_read():
    # yaochangyu/sample.dotblog: the blog's address, then "範例程式" (sample code) on the next line,
    # one paragraph of two short lines that read as a list without bullets.
    assert extract("# sample.dotblog\nhttps://dotblogs.com.tw/yc421206/\n範例程式\n") == "範例程式"
    assert extract("# demo\n<https://example.org/>\n**Blog sample code**\n") == "Blog sample code"
    # Two lines of words beside it are still a list.
    assert extract("# demo\nhttps://example.org/\nusername leon\npassword leon\n") == ""


def test_a_figurative_phrase_over_a_kind_of_thing_said_at_length_is_a_slogan():
    # 4ndr0666/userscripts: "### An Arsenal for Digital Sovereignty" under the title, then a quote
    # that says what the scripts are.
    readme = (
        "# ☠️ 4ndr0tools ☠️\n### An Arsenal for Digital Sovereignty\n\n"
        "> A suite of purpose-built userscripts designed to dismantle anti-user patterns.\n"
    )
    assert extract(readme) == "A suite of purpose-built userscripts designed to dismantle anti-user patterns."
    # A phrase that names the kind of thing ("runtime") says it already.
    readme = "# gormes\n\nA Go-native runtime for AI agents.\n\nA single static binary for the whole runtime surface.\n"
    assert extract(readme) == "A Go-native runtime for AI agents."


def test_a_pitch_exclaimed_to_the_reader_over_a_kind_of_thing_is_a_slogan():
    # willmiao/ComfyUI-Lora-Manager (as younyokel's fork): a bold pitch in a blockquote, badges, then
    # what the project is.
    readme = (
        "# ComfyUI LoRA Manager\n\n> **Revolutionize your workflow with the ultimate LoRA companion for ComfyUI!**\n\n"
        "[![Discord](https://img.shields.io/discord/1?label=Discord)](https://discord.gg/x)\n"
        "[![Release](https://img.shields.io/github/v/release/w/C?color=blue)](https://github.com/w/C/releases)\n\n"
        "A comprehensive toolset that streamlines organizing, downloading, and applying LoRA models in ComfyUI."
        " With powerful features, working with models becomes easier.\n"
    )
    assert extract(readme) == (
        "A comprehensive toolset that streamlines organizing, downloading, and applying LoRA models in ComfyUI."
    )
    # Said calmly to the reader, the line is kept.
    readme = "# DriveOS\n\nYour journeys, places, and music remembered.\n\nA private driving journal for Tesla data.\n"
    assert extract(readme) == "Your journeys, places, and music remembered."


def test_a_few_words_exclaimed_alone_are_a_slogan():
    # openlattice/openlattice: "Get started developing faster!" under the title, then what the
    # superproject is.
    readme = (
        "OpenLattice Super Project\n=========\n\nGet started developing faster!\n\n"
        "This superproject helps you get started building on the OpenLattice platform by providing a single"
        " repository.\n"
    )
    assert extract(readme).startswith("This superproject helps you get started building")
    # Alone, it is still quoted; a kind of thing exclaimed says what the project is.
    assert extract("# Go\n\nGet started developing faster!\n") == "Get started developing faster!"
    readme = "# Tiny\n\nA tiny web server!\n\nIt serves files from the current folder.\n"
    assert extract(readme) == "A tiny web server!"


def test_a_set_up_section_may_open_with_a_sentence_naming_the_project():
    # Greedysky/TTKMusicPlayer: its one description, in bold, sits under an underlined "Usage".
    readme = (
        "# TTKMusicPlayer\n\nUsage\n--------\n**TTKMusicPlayer imitates Kugou music, uses the qmmp core library.**\n\n"
        "Build it with Qt.\n"
    )
    assert extract(readme) == "TTKMusicPlayer imitates Kugou music, uses the qmmp core library."
    # A section's word for a name names nothing: "## Support" is no project called Support.
    from showcase.readme_naming import named_in_setup

    sentence = "Support requests in issues on this repository will be closed on sight."
    assert not named_in_setup(sentence, "Support", "Support")
    assert named_in_setup("**TTKMusicPlayer imitates Kugou music, uses qmmp.**", "Usage", "TTKMusicPlayer")


def test_the_program_file_of_the_project_names_it():
    # mattseabrook/v64tng: "`v64tng.exe` is a Windows x86_64 executable …", under a build section.
    readme = (
        "# v64tng\n\n## Build and Disassembly Status\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "`v64tng.exe` is a Windows x86_64 executable that re-creates the 7th Guest game engine.\n"
    )
    assert extract(readme) == "v64tng.exe is a Windows x86_64 executable that re-creates the 7th Guest game engine."


def test_a_long_paragraph_mostly_in_emphasis_is_no_index_entry():
    # vladlent-portfolio/food-ordering-backend: a plain sentence with a link, then lines of bold and
    # italic notes, added up to the shares of an index entry ("**Exercise 1** - [HTML](…)").
    readme = (
        "# Backend for Food Ordering App\n\n## Overview\nAPI for [Food Ordering App](https://x.org) written in Go.  \n"
        "**Schema and interaction are available via [Swagger](https://x.org/swagger/index.html).**  \n"
        "*Since Swagger doesn't support cookie-based authorizations you should **Sign In** [here](https://x.org)\n"
        "(it already has ready-to-use users, available with a single click) to be able to interact with guarded routes.*\n"
    )
    assert extract(readme) == "API for Food Ordering App written in Go."


@pytest.mark.parametrize("command", ["$php composer.phar update", "$./vendor/bin/phing main", "$ ./vendor/bin/phpunit"])
def test_a_command_after_its_shell_prompt_is_no_description(command):
    # dwcarrar/Goggle-Colander: each step's command on its own line, the prompt written on.
    assert extract(f"# Goggle-Colander\n\nTo install the packages, use the command:\n\n{command}\n") == ""


def test_a_dollar_amount_is_still_words():
    assert extract("# Fund\n\n$5 buys a month of hosting for the community wiki.\n") == (
        "$5 buys a month of hosting for the community wiki."
    )


def test_google_ai_studio_s_exported_readme_says_nothing_of_the_app():
    # Ltongs/rnfkorea-site: the README AI Studio writes into every exported app, left as it is.
    readme = (
        "# Run and deploy your AI Studio app\n\nThis contains everything you need to run your app locally.\n\n"
        "View your app in AI Studio: https://ai.studio/apps/drive/1kC\n\n## Run Locally\n\n**Prerequisites:**  Node.js\n"
    )
    assert extract(readme) == ""


def test_the_runtime_version_a_project_was_made_on_is_no_description():
    # igraterol1410/Kokoro-mobile: one line above a Create React App README left as generated.
    readme = (
        "The project is made on the node version 14.15.4\n\n# Getting Started with Create React App\n\n"
        "This project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).\n"
    )
    assert extract(readme) == ""
    # Made with a tool, not on a runtime's version, it may still say what the project is.
    assert (
        extract("# T\n\nThe game was made with Godot for a weekend jam.\n")
        == "The game was made with Godot for a weekend jam."
    )


def test_the_story_of_the_name_is_not_the_description():
    # adzejs/adze: "Why is this named Adze?" asks "why", as "Why Adze?" would, but tells of the word.
    readme = (
        "# Adze\n\n**Please visit our official docs at [adzejs.com](http://www.adzejs.com/).**\n\n"
        '## Why is this named Adze?\n\n(Pronounced "Ads") Adze was chosen as a name for this library to '
        "maintain solidarity with the logging puns.\n\n## Why should I use Adze?\n\n"
        "> Adze is **UNIVERSAL**, meaning it can run in any JS runtime without any special considerations.\n"
    )
    assert extract(readme).startswith("Adze is UNIVERSAL, meaning it can run in any JS runtime")
    # A section of its own that says what the project is, under any heading with "why", is still read.
    assert extract("# Kiln\n\n## Why Kiln?\n\nKiln is a build cache for monorepos.\n") == (
        "Kiln is a build cache for monorepos."
    )


def test_a_games_plot_is_not_the_description():
    # Eduard-Kechyan/PixelMansion (part 485): the story told first, what the game is below it.
    readme = (
        "# Merge Game\n\n### Title\nPixel Mansion - Merge Mystery\n\n### Plot Summary\n"
        "Julia's tranquil drive takes a dramatic turn when she crashes near a mysterious mansion.\n\n"
        "### Gameplay\nA mobile merge game like Merge Mansion with worldbuilding like Homescapes.\n"
    )
    assert extract(readme) == "A mobile merge game like Merge Mansion with worldbuilding like Homescapes."
    # "## Storybook" names no story: only a heading that is the story's word alone sets one apart.
    assert extract("# Kit\n\n## Storybook\n\nKit is a set of React components for forms.\n") == (
        "Kit is a set of React components for forms."
    )


def test_news_of_a_new_name_is_not_the_description():
    # rigplane/rigplane-core: the rename notice in bold, then the rest of the notice, in a blockquote.
    readme = (
        "# rigplane\n\n> **v2.0.0 — renamed from `icom-lan`.** The package, console script, repo,\n"
        "> and docs now ship as `rigplane`.\n\n**rigplane** is a multi-vendor radio control library and Web UI.\n"
    )
    assert extract(readme) == "rigplane is a multi-vendor radio control library and Web UI."
    plain = "# r\n\nRenamed from icom-lan in 2024.\n\nrigplane is a radio control library.\n"
    assert extract(plain) == "rigplane is a radio control library."
    # A tool that renames files says what it does.
    assert (
        extract("# r\n\nRenames photos by the date they were taken.\n") == "Renames photos by the date they were taken."
    )


def test_a_later_section_of_notes_is_no_description():
    # nanoGimlet/Software10-1: a list of folders, then "## メモ" (notes) on where the work was done.
    readme = (
        "# Software10-1\n## ファイルの説明\n・slide：発表に使用したスライドです。  \n・src：実際の制作物となります。\n\n## メモ\n"
        "・実際に作業に使っていたリポジトリは別にあるのですが、新しいリポジトリにまとめました。\n"
    )
    assert extract(readme) == ""
    # Under "## Notes" too; under a heading of its own a later paragraph about the project stays.
    notes = "# Kiln\n\n## Build\n\n    make\n\n## Notes\n\nKiln is a build cache for monorepos.\n"
    assert extract(notes) == ""
    assert extract(notes.replace("## Notes", "## Design")) == "Kiln is a build cache for monorepos."


def test_a_numbered_step_is_not_what_the_project_is():
    # Gimlettt/AI_Hackathon: the title, then "## 1. Preprocessing" and "## 2. …": a pipeline's steps.
    readme = (
        "# AI_Hackathon - Now What?\n\n## 1. Preprocessing\nRead a set of assignment descriptions downloaded "
        "from moodle.\n\n## 2. User Mood and Task Suggestions\nAsks the user about daily mood.\n"
    )
    assert extract(readme) == ""
    # A numbered section that says what it is is still read: "What it is", or a question.
    overview = "# LibreAmp\n\n## 1. What it is\n\nAn Android audio player that decodes through FFmpeg.\n"
    assert extract(overview) == "An Android audio player that decodes through FFmpeg."
    asked = "# AlgoSim\n\n## 1. AlgoSim là gì?\n\nAlgoSim là hệ thống mô phỏng tương tác cho môn Tin học.\n"
    assert extract(asked) == "AlgoSim là hệ thống mô phỏng tương tác cho môn Tin học."


def test_a_note_set_as_a_heading_does_not_make_its_section_setup():
    # HenryssonDaniel/teacup-java-protocol-opc-ua: "## What ##", then a note in a heading's type whose
    # "development" reads as a section word, then what the project is.
    readme = (
        "# [User Guide](https://henryssondaniel.github.io/teacup.github.io/)\n## What ##\n"
        "### NOTE: This repository is in a early stage of development.\nOPC UA support.  \n\n"
        "There is also support for an OPC UA server.\n## Why ##\nThis makes it possible to test OPC UA.\n"
    )
    assert extract(readme) == "OPC UA support."
    # A heading that names a set-up section is still one.
    assert extract("# T\n\n## Development notes\n\nRun make to build the maps.\n") == ""


def test_markdown_links_written_inside_html_keep_their_words():
    # StudioSpindle/weaviate-playground: Markdown inside a centred <p>, which GitHub shows as typed.
    readme = (
        '<h1 align="center">Weaviate Playground</h1>\n\n<p align="center">Weaviate Playground is a Javascript web '
        "app that allows users to explore [Weaviate instances](https://github.com/creativesoftwarefdn/weaviate)."
        "</p>\n"
    )
    assert (
        extract(readme)
        == "Weaviate Playground is a Javascript web app that allows users to explore Weaviate instances."
    )
    # A badge written so is a picture in a link: nothing to read.
    badge = "<p>[![CI](https://img.shields.io/badge/ci-green)](https://ci.example)</p>\n\nT renders maps.\n"
    assert extract(badge) == "T renders maps."


def test_code_written_inside_an_html_sentence_keeps_its_words_and_alone_is_a_command():
    # SciSharp/NumSharp: "a NumPy-shaped API: <code>NDArray</code>, broadcasting, …" lost its word.
    sentence = "<p>NumSharp is a .NET array library with a NumPy-shaped API: <code>NDArray</code>, broadcasting.</p>\n"
    assert extract(sentence) == "NumSharp is a .NET array library with a NumPy-shaped API: NDArray, broadcasting."
    command = "# kassa\n\n<p><code>pip install kassa</code></p>\n\n<p>A till for small shops.</p>\n"
    assert extract(command) == "A till for small shops."
    block = "# kassa\n\n<p>Install:</p><pre><code>pip install kassa</code></pre><p>A till for small shops.</p>\n"
    assert extract(block) == "A till for small shops."


def test_the_repositorys_owner_and_name_set_as_a_label_go():
    # can-cc/oyster: "<code>fwchen/oyster</code> - <strong>RSS 2.0 …</strong> generator …".
    assert extract("`fwchen/oyster` - **RSS 2.0 and Atom 1.0** generator for **Node.js**\n") == (
        "RSS 2.0 and Atom 1.0 generator for Node.js"
    )
    assert extract("<p><code>fwchen/oyster</code> - RSS generator for Node.js</p>\n") == "RSS generator for Node.js"


def test_the_project_solving_the_problem_above_says_what_it_is():
    # intellectronica/ruler: the problem under "## Why Ruler?", a list of its costs, then the answer.
    readme = (
        "# Ruler: Centralise Your AI Coding Assistant Instructions\n\n## Why Ruler?\n\n"
        "Managing instructions across multiple AI coding tools becomes complex as your team grows, leading to:\n\n"
        "- **Inconsistent guidance** across AI tools\n- **Duplicated effort**\n\n"
        "Ruler solves this by providing a single source of truth for all your AI agent instructions.\n"
    )
    assert (
        extract(readme) == "Ruler solves this by providing a single source of truth for all your AI agent instructions."
    )


def test_a_linking_verb_makes_a_sentence_not_a_tagline():
    from showcase.excerpt_taglines import is_noun_tagline

    assert not is_noun_tagline("Managing instructions across many tools becomes complex as your team grows.")
    assert not is_noun_tagline("Keeping notes in sync seems simple until you own three laptops.")
    assert is_noun_tagline("Local-first resume search engine for busy recruiters.")


def test_a_verb_of_what_a_thing_does_makes_a_sentence_not_a_tagline_abroad():
    from showcase.excerpt_taglines import is_noun_tagline

    # atijaguar/A1BACKEND: "Con la utilización de Zend-framework 3 y Apigility, nos permite administrar …".
    assert not is_noun_tagline("Con la utilización de Zend-framework 3 y Apigility, nos permite administrar las APIs.")
    assert not is_noun_tagline("Avec Symfony et API Platform, ce dépôt fournit les services du back-office.")
    # A relative clause's verb is not the tagline's: "Herramienta que permite …" names a kind of thing.
    assert is_noun_tagline("Herramienta que permite administrar las versiones de una API.")
    assert is_noun_tagline("Outil qui permet de tenir la caisse des petits commerces.")
    assert is_noun_tagline("Бот, который помогает вести учёт расходов.")


def test_a_possessive_or_a_portuguese_do_is_no_verb_of_a_tagline():
    from showcase.excerpt_taglines import is_noun_tagline

    # mati-fp/Trabalho-Eng-de-Software-25-2 (part 761): "IP's" is a plural, "do" is "of the".
    assert is_noun_tagline("Sistema de gerenciamento de IP's para o CEI (Centro de Empreendedorismo do INF-UFRGS)")
    assert is_noun_tagline("Standalone server for Nathan's portfolio site")
    assert not is_noun_tagline("It's a small server for my portfolio.")
    assert is_noun_tagline("Tools that do one thing well.")  # the relative clause's verb is not the tagline's
    assert not is_noun_tagline("Small teams do their planning in spreadsheets.")


def test_a_long_h2_under_a_title_that_is_only_the_name_says_what_it_is():
    readme = (
        "# Trabalho-Eng-de-Software-25-2\n## Sistema de gerenciamento de IP's para o CEI (Centro de Empreendedorismo"
        " e Inovação do INF-UFRGS)\n\n# Project setup\n\n## Versão do node é a 20 LTS\n"
    )
    assert extract(readme).startswith("Sistema de gerenciamento de IP's para o CEI")
    # A list of names and an award are no taglines: the paragraph under them says what it is.
    readme = "# Coaster\n\n## Best Open Source Project - 2016 Innovation Showcase\nWe won a prize.\n\n## Description\nA 2D sci-fi adventure game.\n"
    assert extract(readme) == "A 2D sci-fi adventure game."
    assert extract("# Setup\n\n## Install the tools for the project first\n\nRun make.\n") == ""


def test_a_two_letter_name_is_asked_about_too():
    from showcase.excerpt_names import asks_what_it_is

    assert asks_what_it_is("¿QUÉ ES A1?")
    assert asks_what_it_is("What is Go?")
    assert not asks_what_it_is("What is this?")


def test_asp_net_boilerplates_startup_template_says_nothing_of_the_project():
    # NoofSaeidh/SavageRuler: the README of ASP.NET Boilerplate's startup template, kept as it came;
    # the search tool finds it in many public READMEs, also as "a template that was created from".
    readme = (
        "# Introduction\n\nThis is a template to create **ASP.NET Core MVC / Angular** based startup projects for "
        "[ASP.NET Boilerplate](https://aspnetboilerplate.com/Pages/Documents). It has 2 different versions:\n\n"
        "1. ASP.NET Core MVC & jQuery.\n2. ASP.NET Core & Angular.\n\n"
        "User Interface is based on [BSB Admin theme](https://github.com/gurayyarar/AdminBSBMaterialDesign).\n\n"
        "# Download\n\nCreate & download your project from https://aspnetboilerplate.com/Templates\n"
    )
    assert extract(readme) == ""
    created = readme.replace("a template to create", "a template that was created from")
    assert extract(created) == ""


def test_a_small_subtitle_saying_what_it_is_for_may_hold_a_section_word():
    # kebasyaty/green-barrel: "API" would make "#### ORM-like API MongoDB for Rust" a section's name.
    readme = (
        "[![Logo](logo.svg)](https://github.com/kebasyaty/green-barrel)\n\n# Green Barrel\n\n"
        "#### ORM-like API MongoDB for Rust\n\n## Attention\n\n#### MongoDB tested on versions 4.2 and 4.4\n"
    )
    assert extract(readme) == "ORM-like API MongoDB for Rust"
    # A section named so, with no purpose, is still a section: nothing here says what it is.
    assert extract(readme.replace("ORM-like API MongoDB for Rust", "Public API and its types")) == ""


def test_a_project_suspended_or_abandoned_is_a_notice():
    # OhaoTech/paintbrushmagic: the notice in bold above the title, then what the project is.
    readme = (
        "**The project was suspended because of the lack of fundings.**\n***\n# Paintbrush Magic\n\n"
        "**Paintbrush Magic** is a web application for generating AI-based images.\n"
    )
    assert extract(readme) == "Paintbrush Magic is a web application for generating AI-based images."
    assert extract("# Thaw\n\nDevelopment has been abandoned.\n\nThaw is a tool that restores frozen VMs.\n") == (
        "Thaw is a tool that restores frozen VMs."
    )
    # What the project does to suspended things is no notice.
    assert extract("# Thaw\n\nA tool to resume suspended processes after a reboot.\n") == (
        "A tool to resume suspended processes after a reboot."
    )


def test_a_bold_sentence_that_addresses_the_project_by_name_is_its_description():
    # jugol/OpenDelegate: the bold sentence tells the reader what to ask of it.
    readme = (
        "# OpenDelegate\n\n**Tell OpenDelegate the outcome you want in Discord; it decides where to run it.** "
        "Your phone may disconnect while the Main coordinates the rest.\n"
    )
    assert extract(readme) == "Tell OpenDelegate the outcome you want in Discord; it decides where to run it."
    # A bold slogan that names no project still gives way to what follows.
    readme = "# Tally\n\n**Tell the truth about time.** Tally logs hours from your calendar.\n"
    assert extract(readme) == "Tally logs hours from your calendar."


def test_a_sentence_saying_only_that_the_project_is_under_development_is_its_status():
    # EasyCloudDeploy/file-fridge: a caution in bold above "What is File Fridge?".
    readme = (
        "# File Fridge\n\n**File Fridge is currently under active development.** Use it at your own risk.\n\n"
        "## What is File Fridge?\n\n**File Fridge** is a storage tool that moves cold files to cheap disks.\n"
    )
    assert extract(readme) == "File Fridge is a storage tool that moves cold files to cheap disks."
    # A project whose description names its development is still described.
    assert extract("# Kiln\n\nKiln is a build cache under active development for monorepos.\n") == (
        "Kiln is a build cache under active development for monorepos."
    )


def test_the_kotlin_multiplatform_wizards_closing_lines_are_its_own():
    # ernestovega/MahjongScoring3: the wizard's README, untouched, down to its last two paragraphs.
    readme = (
        "This is a Kotlin Multiplatform project targeting Android, iOS, Web, Desktop.\n\n"
        "We would appreciate your feedback on Compose/Web and Kotlin/Wasm in the public Slack channel "
        "[#compose-web](https://slack-chats.kotlinlang.org/c/compose-web).\n"
        "If you face any issues, please report them on [GitHub](https://github.com/JetBrains/compose-multiplatform/issues).\n\n"
        "You can open the web application by running the `:composeApp:wasmJsBrowserDevelopmentRun` Gradle task.\n"
    )
    assert extract(readme) == ""
    # What the owner wrote above the wizard's lines is still the description.
    owned = "Tally keeps score of mahjong games on every device at the table.\n\n" + readme
    assert extract(owned) == "Tally keeps score of mahjong games on every device at the table."


def test_a_work_in_progress_heading_makes_its_section_a_notice():
    # DevonXDal/smart-doorbell: the warning under it came before the title and the description.
    readme = (
        "# Work In Progress\nThis code and documentation is incomplete, serious problems may occur.\n\n"
        "# Raspberry Pi Smart Doorbell\n\nThis is a smart doorbell project built on a Raspberry Pi.\n"
    )
    assert extract(readme) == "This is a smart doorbell project built on a Raspberry Pi."
    # A heading that only opens with the words names more than the state of the work.
    readme = "# Doorbell\n\n## Work in progress features\n\nA doorbell built on a Raspberry Pi.\n"
    assert extract(readme) == "A doorbell built on a Raspberry Pi."


def test_the_redwoodjs_readme_is_a_generators():
    # LES-DETRITIVORES/rw-clic-compost: "yarn create redwood-app"'s README, untouched.
    template = (
        "# README\n\nWelcome to [RedwoodJS](https://redwoodjs.com)!\n\nStart by installing dependencies:\n\n"
        "```\nyarn install\n```\n\nThen change into that directory and start the development server:\n\n"
        "```\ncd my-redwood-project\nyarn redwood dev\n```\n\nYour browser should automatically open to "
        "http://localhost:8910 where you'll see the Welcome Page, which links out to a ton of great resources.\n"
    )
    assert extract(template) == ""
    # What the owner set above it is the description.
    owned = "# Clic Compost\n\nClic Compost books collections of food waste for composting.\n\n---\n\n" + template
    assert extract(owned) == "Clic Compost books collections of food waste for composting."


def test_the_vendure_generators_readme_is_a_generators():
    # everandalways/backend (part 487): "@vendure/create"'s README under the project's name.
    template = (
        "# ena_backend\n\nThis project was generated with [`@vendure/create`](https://github.com/vendure-ecommerce/"
        "vendure/tree/master/packages/create).\n\nUseful links:\n\n- [Vendure docs](https://www.vendure.io/docs)\n\n"
        "## Directory structure\n\n* `/src` contains the source code of your Vendure server.\n"
    )
    assert extract(template) == ""
    # An owner who says what the project is, and how it began, keeps the description.
    owned = (
        "# real-world-vendure\n\nThis project demonstrates a real-world Vendure server setup. It was generated "
        "with [`@vendure/create`](https://github.com/vendure-ecommerce/vendure), but adds extra tooling.\n"
    )
    assert extract(owned) == "This project demonstrates a real-world Vendure server setup."


def test_a_bold_line_naming_a_setup_section_heads_one():
    # stackroute/ibm-wave6-manoranjan (part 488): badges, then the step under its bold label.
    readme = "[![Build](https://x/b.svg)](https://x)\n\n****Running the System****\nRun ```mvn clean package``` on all the services\n"
    assert extract(readme) == ""
    # A bold line that is not a section's name stays a label over the description.
    kept = "# T\n\n**Design goal**\nT renders vector maps as SVG for print.\n"
    assert extract(kept) == "T renders vector maps as SVG for print."


def test_a_section_on_the_problem_is_not_what_the_project_is():
    # oks-citadel/UGC-Content-Creation-SaaS-Platform (part 488): "### The Problem" before the solution.
    readme = (
        "# NEXUS\n\n## Executive Summary\n\n### The Problem\n\nThe creator economy is projected to reach "
        "$480 billion by 2027, yet brands struggle.\n\n### The NEXUS Solution\n\n"
        "NEXUS is an AI-powered, end-to-end creator marketing platform.\n"
    )
    assert extract(readme) == "NEXUS is an AI-powered, end-to-end creator marketing platform."


def test_news_that_it_launched_is_never_the_description():
    # yumietzk/remotely (part 490): the launch line and its link above "## About the project".
    readme = (
        "# Remotely\n\nThe MVP of this app is live 🚀  \n[Remotely](https://remotelyapp.vercel.app/)\n\n"
        "## About the project\n\nA job board platform where you can search for remote jobs.\n"
    )
    assert extract(readme) == "A job board platform where you can search for remote jobs."
    # michael54/HallWay (part 480), in plain text.
    assert extract("It is ONLINE!!!!!\nhttp://hallway.example/\n", "README") == ""
    # "live" as part of what it does still describes.
    assert (
        extract("# T\n\nT is live-reloading server for static sites.\n")
        == "T is live-reloading server for static sites."
    )


def test_a_line_on_what_the_project_is_called_is_never_the_description():
    # IvayloDGeorgiev/Fenrix-Terraform-UI (part 491): a quoted note on its names above the description.
    readme = (
        "# Fenrix IaC Studio\n\n> Working title: **Fenrix Terraform UI** · Recommended public name: **Fenrix IaC "
        "Studio**\n\nA modern Windows desktop application that lets engineers manage Terraform infrastructure.\n"
    )
    assert (
        extract(readme) == "A modern Windows desktop application that lets engineers manage Terraform infrastructure."
    )
    assert (
        extract("# F\n\nCodename: Falcon\n\nF syncs calendars across accounts.\n")
        == "F syncs calendars across accounts."
    )


def test_a_retired_projects_notice_runs_to_its_next_heading_and_a_later_name_says_what_it_is():
    # apache/incubator-taverna-language (part 493): the retirement first, the description under "# Taverna Language".
    readme = (
        "## Taverna Project Retired\n\n> tl;dr: The Taverna code base is **no longer maintained**.\n\n"
        "From 2014 till 2020 this code base was maintained by the Apache Incubator.\n\n"
        "### Previous releases\n\nReleases are available from the archive.\n\n"
        "# Taverna Language\n\nTaverna Language is a set of APIs for workflow definitions.\n"
    )
    assert extract(readme) == "Taverna Language is a set of APIs for workflow definitions."
    # A quoted note under an ordinary heading still ends with its quote.
    quoted = "# Kiln\n\n> **Note:** Kiln needs Go 1.22.\n\nKiln is a build cache for monorepos.\n"
    assert extract(quoted) == "Kiln is a build cache for monorepos."


def test_a_repository_of_works_of_one_kind_says_what_it_is_before_its_goal():
    # MonasteryStudent/ml-from-scratch (part 495): what it holds, then why.
    readme = (
        "# ML from Scratch\n\n## Introduction\n\nThis repository contains machine learning algorithms implemented "
        "from scratch using Python and NumPy.\n\nThe goal is to build a deeper understanding of machine learning.\n"
    )
    assert extract(readme) == (
        "This repository contains machine learning algorithms implemented from scratch using Python and NumPy."
    )


def test_a_title_that_names_setting_the_project_up_makes_the_readme_a_guide():
    # ChapelleNathan/Supwarden (part 495): "# Installation de Supwarden", steps, then a last cheer.
    readme = (
        "# Installation de Supwarden\n\n## I - Téléchargement du projet\n\n```bash\ngit clone x\n```\n\n"
        "## III - Lancement du projet\n\nVoilà, l'application Supwarden est maintenant prête à être utilisée !\n"
    )
    assert extract(readme) == ""
    english = "# Setup of the Kiln server\n\n## Steps\n\n```\nmake\n```\n\nThe Kiln server is now ready to use!\n"
    assert extract(english) == ""
    # A title with a setup word in its name stays a title.
    named = "# Deploy Dash\n\nDeploy Dash shows every release of every service on one page.\n"
    assert extract(named) == "Deploy Dash shows every release of every service on one page."


@pytest.mark.parametrize(
    "sentence",
    ["Installation Tracker logs solar panel installs.", "Documentation Hub is a wiki for small teams."],
)
def test_a_name_that_begins_with_a_menu_word_still_says_what_it_is(sentence):
    assert extract(f"# Tracker\n\n{sentence}\n") == sentence


@pytest.mark.parametrize("line", ["Installation | Usage | License", "Documentation: docs.rs/kiln"])
def test_a_menu_line_is_still_no_description(line):
    assert extract(f"# Kiln\n\n{line}\n") == ""


def test_a_notice_set_as_a_first_heading_is_a_preamble_with_its_quote():
    # BUGS-NYU/schedge (part 498): a public service announcement, quoted on, above the title.
    readme = (
        "## PSA: NYU has implemented reCAPTCHA on the current data source for Schedge.\n"
        "> The scraper for semesters after the Captcha was added is in progress, but will take time.\n\n"
        "# Schedge\nSchedge is an open source API to NYU's course catalog.\n"
    )
    assert extract(readme) == "Schedge is an open source API to NYU's course catalog."


def test_a_requirements_section_in_portuguese_or_spanish_is_set_up():
    # BergamotaCorp/inf-academics (part 723): "## Pré-Requisitos" over the tools and their versions.
    readme = "# Inf Academics\n\n## Pré-Requisitos\n\nNode 4.4+  \nMySQL 5.5 (Criar usuário root sem senha)\n"
    assert extract(readme) == ""
    spanish = (
        "# Kassa\n\n## Requisitos\n\nNode 18 y PostgreSQL 15.\n\n## Acerca de\n\nKassa es una caja registradora.\n"
    )
    assert extract(spanish) == "Kassa es una caja registradora."
    # Only the requirements: a heading about requisitions is no set-up heading.
    requisitions = "# Req\n\n## Purchase Requisition Tracker\n\nReq tracks purchase requisitions for small teams.\n"
    assert extract(requisitions) == "Req tracks purchase requisitions for small teams."


def test_a_database_schema_section_is_never_read_for_the_description():
    # salakofavour/Converse_Aid (part 731): notes, then "## Database Schema" and its tables.
    readme = (
        "## Important\n - The converse-aid folder contains the webapp.\n\n## Database Schema\nThe database schema of "
        "both the webapp & the agent\n\n### Jobs Table\ncreate table public.jobs (id uuid);\n"
    )
    assert extract(readme) == ""


def test_a_table_of_contents_set_above_the_title_is_a_preamble():
    # gnomondigital/gd-datamesh-tutorial (part 720): "## Table of Contents" and its links, then the title.
    readme = (
        "## Table of Contents\n\n1. [Introduction](#introduction)\n2. [Creating a Pipeline](#creating-a-pipeline)\n\n"
        "# gd-datamesh-tutorial\n\nWelcome to the Data Mesh Tutorial project! This repository contains a guide to "
        "implementing a data mesh architecture.\n\n## Introduction\n\nIn this tutorial, we will walk you through it.\n"
    )
    assert extract(readme) == "This repository contains a guide to implementing a data mesh architecture."


def test_a_demo_that_says_what_it_shows_says_what_it_is():
    # alexpulver/aws-cdk-sam-chalice (part 498): the demo said, then the service it deploys.
    readme = (
        "## Example project for working with AWS CDK, AWS SAM and AWS Chalice\n\n"
        "This project shows how AWS CDK, AWS SAM and AWS Chalice can be used together to deliver a service.\n\n"
        "The service is based on Amazon API Gateway and AWS Lambda.\n"
    )
    assert extract(readme).startswith("This project shows how AWS CDK")


@pytest.mark.parametrize(
    ("phrase", "detail"),
    [
        (
            "The [A2UI](https://a2ui.org) renderer for Svelte 5.",
            "A2UI is the agent-to-UI protocol: an agent describes a UI.",
        ),
        ("A small Python client for Redis.", "Redis is an in-memory data store used as a cache."),
    ],
)
def test_a_bold_phrase_over_what_the_thing_it_serves_is_says_what_the_project_is(phrase, detail):
    # ChaliceForAuri/a2ui-svelte (part 498): the paragraph below says what A2UI is, not the renderer.
    readme = f"# svelte-a2ui\n\n**{phrase}**\n\n{detail}\n"
    assert extract(readme) == re.sub(r"\[(.*?)\]\(.*?\)", r"\1", phrase)


def test_a_first_line_title_with_an_ampersand_is_still_a_title():
    # SpencerFaust/Friends-and-Flagons (part 499): the name on the first line, joined to the next.
    readme = "Friends & Flagons\nThis app is a full stack app which lets users play table top roleplaying games.\n"
    assert extract(readme) == "This app is a full stack app which lets users play table top roleplaying games."


def test_the_project_by_name_with_the_and_what_it_is_used_to_do_says_what_it_is():
    # umdenes100/TankArduinoLibrary (part 499): context over a list, then the library by name.
    readme = (
        "# Tank Arduino Library\n\nAs the name suggests, the Tanks serve two purposes in ENES100:\n"
        "1) testing tractive systems.\n2) mimicking the simulator.\n\n"
        "The Tank Arduino library is used to control both the simulator Tanks and the physical Tanks.\n"
    )
    assert (
        extract(readme)
        == "The Tank Arduino library is used to control both the simulator Tanks and the physical Tanks."
    )
    # Who uses it is still not what it is.
    used_by = "# Kiln\n\nBuild caches are slow.\n\nKiln is used by Mozilla and Shopify.\n"
    assert extract(used_by) == "Build caches are slow."


def test_the_reason_a_project_was_made_is_not_what_it_is():
    # Pondidum/Flagon (part 499): an italic line under the title, then "## Why?" and the reasons.
    readme = (
        "# Flagon\n\n*Query flags on the command line*\n\n## Why?\n\n"
        "The main reason for developing this is so that I can use feature flags in the CI processes.\n\n"
        "The second reason is for debugging: is a particular flag on or off for a given user?\n"
    )
    assert extract(readme) == "Query flags on the command line"


def test_a_paragraph_naming_what_it_is_ends_a_notice_in_a_readme_with_no_heading():
    # tinkerpop/furnace (part 500): no heading, a notice, then the project by name.
    readme = (
        "*IMPORTANT* - TinkerPop is now a part of the Apache Software Foundation. This project is no longer active.\n\n"
        "Furnace is a property graph algorithms package for Blueprints enabled graphs.\n"
    )
    assert extract(readme) == "Furnace is a property graph algorithms package for Blueprints enabled graphs."
    # "This is a …" after the notice is still the notice's.
    still = "*IMPORTANT* - This project is no longer active.\n\nThis is a breaking change for all users.\n"
    assert extract(still) != "This is a breaking change for all users."


def test_the_whole_a_repository_is_part_of_is_an_aside():
    # nousergon/crucible-research (part 500): a quote on the product it belongs to, then its own line.
    readme = (
        "# alpha-engine-research\n\n> Part of [**Crucible**](https://nousergon.ai) — a Nous Ergon product: "
        "a harness for rigorous AI/ML experiments in finance.\n\n"
        "Multi-agent investment-research pipeline. Six sector teams scan the S&P 500 weekly.\n"
    )
    assert extract(readme) == "Multi-agent investment-research pipeline."


def test_an_offer_to_the_reader_gives_way_to_the_titles_tagline():
    # HalberdOfPineapple/MInference (part 502): an italic offer, then news; the title says what it is.
    readme = (
        "## MInference: Million-Tokens Prompt Inference for Long-context LLMs\n\n"
        "_Now, you can process **1M context 10x faster in a single A100**, try **MInference 1.0** right now!_\n\n"
        "## News\n\n- [25/05/02] MMInference has been accepted at ICML'25.\n"
    )
    assert extract(readme) == "Million-Tokens Prompt Inference for Long-context LLMs"


def test_a_line_saying_the_project_is_not_for_general_use_is_a_caveat():
    # harryaskham/crossbow (part 503, Org): the caveat in emphasis, a badge, then what it is.
    readme = (
        "#+TITLE: Crossbow\n\n*This is an experimental personal project not intended for general use*\n\n"
        "A dynamically and weakly typed interactive programming language.\n"
    )
    assert extract(readme, "README.org") == "A dynamically and weakly typed interactive programming language."


def test_the_title_spelled_out_under_it_is_no_subtitle():
    # trebuchet90/lawnetwork (part 503): the repository's name, then the same words spaced out.
    assert extract("# lawnetwork\nThe Law Network\n") == ""
    # A subtitle that adds a word still says what it is.
    assert extract("# Recipe\nRecipe Website\n") == "Recipe Website"


def test_a_phrase_saying_the_project_is_for_what_the_first_paragraph_describes_says_what_it_is():
    # ballista-tech/archer-market-maker (part 504): the exchange first, a caution, then the bot.
    readme = (
        "# Archer Market Maker\n\n[Archer](https://archer.exchange) is a fully on-chain order book exchange on Solana.\n\n"
        "> **Caution:** audits are in progress.\n\nA simple market maker for the Archer Exchange.\n"
    )
    assert extract(readme) == "A simple market maker for the Archer Exchange."
    # The project's own name first still says what it is.
    own = "# Archer\n\nArcher is a fully on-chain order book exchange.\n\nA simple market maker for the Archer Exchange.\n"
    assert extract(own) == "Archer is a fully on-chain order book exchange."


@pytest.mark.parametrize("line", ["A new splat project.", "A new Tauri app"])
def test_a_generators_new_project_line_is_a_blank(line):
    # willemhelmet/marble-explorer (part 506): the line a generator writes, alone under the title.
    assert extract(f"# load-world-from-api\n{line}\n\n## Deployment\n\nRun `npm run deploy`.\n") == ""


def test_a_new_kind_of_project_said_at_length_is_still_a_description():
    readme = "# Sprig\n\nA new Lisp dialect for scripting game engines.\n"
    assert extract(readme) == "A new Lisp dialect for scripting game engines."


def test_questions_put_to_the_reader_open_a_pitch_and_the_sentence_after_says_what_it_does():
    # UndeadZeratul/hideous-helmet-extended (part 506): two questions and a cheer, then what it does.
    readme = (
        "# Hideous Helmet Extended\n\nEver wanted your HUD to _feel_ like it was inside your helmet?  "
        "Would you like more control over your HUD Elements?  Well boy howdy do I have the add-on for you!  "
        "Loading this after HUDCore will add a new Helmet Overlay HUD Element, not to mention make it immersive!\n"
    )
    assert extract(readme).startswith("Loading this after HUDCore will add a new Helmet Overlay HUD Element")
    # A question with no plain sentence after it stays the line.
    alone = "# Quiz\n\nEver wanted to test your trivia? Now you can!\n"
    assert extract(alone).startswith("Ever wanted to test your trivia?")


@pytest.mark.parametrize("heading", ["# ❗ANNOUNCEMENT: Security Changes❗", "## Warning: breaking changes in 2.0"])
def test_a_heading_labelled_as_a_notice_makes_its_section_a_notice(heading):
    # pytorch/serve (part 526): an announcement over the title, said as a heading with a label.
    readme = (
        f"{heading}\nTorchServe now enforces token authorization by default.\n\n# TorchServe\n\n"
        "TorchServe is a flexible and easy-to-use tool for serving PyTorch models.\n"
    )
    assert extract(readme) == "TorchServe is a flexible and easy-to-use tool for serving PyTorch models."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # mlverse/torch (part 526): the only words before the examples say where to install it from.
        ("torch can be installed from CRAN with:", ""),
        # Named in a set-up section and saying what it does, it still is.
        (
            "torch trains neural networks in R on the GPU or the CPU.",
            "torch trains neural networks in R on the GPU or the CPU.",
        ),
    ],
)
def test_a_lead_in_to_an_install_command_naming_the_project_is_not_its_description(paragraph, expected):
    readme = f'# torch\n\n## Installation\n\n{paragraph}\n\n```r\ninstall.packages("torch")\n```\n'
    assert extract(readme) == expected


def test_a_paragraph_with_a_line_typed_at_a_shell_prompt_is_set_up_steps():
    # split-notes/pennant (part 526): the README is the steps, their commands after "$ ".
    steps = (
        "install golang 1.13\ncd to project directory\n$ go install\n"
        "OPTIONAL: add 'alias pen=pennant' to your ~/.bashrc or other bash profile\n$ pennant git onboard\n"
    )
    assert extract(f"# pennant\n\n{steps}") == ""
    assert extract(f"# pennant\n\n{steps}\nPennant keeps notes in git.\n") == "Pennant keeps notes in git."
    # A price in dollars opening a line is no prompt.
    assert extract("# T\n\nT sells maps for\n$ 5 each.\n") == "T sells maps for $ 5 each."


def test_a_what_clause_in_bold_under_the_title_gives_way_to_the_name_saying_what_it_is():
    # djinnbanter/WatchTower (part 529): a headline's promise, then links, then what it is.
    readme = (
        "# Watchtower\n**What's happening on your server — and what to do next.**\n\n"
        "[Wiki](https://example.org/wiki) · [Issues](https://example.org/issues)\n\n[Quick start](#q) · [Docs](#d)\n\n"
        "Watchtower is a NeoForge mod for Linux dedicated servers.\n"
    )
    assert extract(readme) == "Watchtower is a NeoForge mod for Linux dedicated servers."


@pytest.mark.parametrize(
    "welcome", ["欢迎来到 T 的全新纪元！本项目在 V25 版本中重构。", "歡迎來到 T 的全新紀元！本專案在 V25 版本中重構。"]
)
def test_a_welcome_in_either_chinese_script_is_the_readme_talking(welcome):
    # zhouyongyou/DungeonDelvers (part 529): a welcome in traditional characters over what players do.
    readme = f"# T\n\n{welcome}\n\n玩家可以招募英雄、鑄造聖物、組建獨一無二的冒險隊伍。\n"
    assert extract(readme) == "玩家可以招募英雄、鑄造聖物、組建獨一無二的冒險隊伍。"


@pytest.mark.parametrize(
    "pointer",
    ["See meteor2 branch for newest version of code", "Please check out the v2 branch for the latest release."],
)
def test_a_line_sending_the_reader_to_the_newest_code_elsewhere_is_a_pointer(pointer):
    # konk353535/sword-clicker (part 531): the README is only that line.
    assert extract(f"{pointer}\n") == ""
    assert extract(f"# T\n\n{pointer}\n\nT is an idle game about swords.\n") == "T is an idle game about swords."


def test_a_bold_phrase_naming_its_kind_and_purpose_is_no_slogan():
    # Jaato-framework-and-examples/jaato: the bold line under the logo names what it is and what for;
    # the sentence further down says it again at more length.
    readme = (
        "# jaato\n\n**A production-grade framework for building agentic AI applications**\n\n"
        "jaato is a framework for building agentic AI applications with LLM function calling.\n"
    )
    assert extract(readme) == "A production-grade framework for building agentic AI applications"


def test_a_bold_kind_phrase_under_logos_in_one_html_block_is_a_tagline_not_a_caption():
    # kubernetes-sigs/aws-load-balancer-controller (part 531): logos, the bold line and badges in one block.
    readme = (
        '<p align="center">\n    <img src="k8s.svg" alt="Kubernetes logo" width="200" />\n</p>\n'
        '<p align="center">\n    <strong>\n        A\n        <a href="https://kubernetes.io/">Kubernetes </a>\n'
        '        controller for\n        <a href="https://aws.amazon.com/elb/">Elastic Load Balancers</a>\n'
        "    </strong>\n</p>\n\n## AWS Load Balancer Controller\n\nIt satisfies Kubernetes Ingress resources.\n"
    )
    assert extract(readme) == "A Kubernetes controller for Elastic Load Balancers"
    # Bold words under a picture (a screenshot, not a logo) that name no kind of thing are its caption.
    caption = readme.replace("controller for", "running in").replace("Elastic Load Balancers", "a lab")
    caption = caption.replace('src="k8s.svg" alt="Kubernetes logo"', 'src="cluster.png" alt="A cluster"')
    assert extract(caption) == "It satisfies Kubernetes Ingress resources."


def test_where_the_canonical_source_now_lives_is_found_elsewhere():
    # helm/charts (part 532): the archive says where charts are kept now, then what it was.
    readme = (
        "# Helm Charts\n\nThe canonical source for Helm charts is the [Artifact Hub](https://artifacthub.io), "
        "an aggregator for distributed chart repos.\n\n"
        "This GitHub project is the source for Helm `stable` and `incubator` chart repositories.\n"
    )
    assert extract(readme) == "This GitHub project is the source for Helm stable and incubator chart repositories."


def test_a_paragraph_on_the_product_gives_way_to_the_sdk_named_after_it():
    # HewlettPackard/oneview-sdk-ruby: what the product does, then the SDK for it, in one stretch.
    readme = (
        "# Acme Cloud SDK for Go\n\nAcme Cloud makes it simple to run servers anywhere.\n\n"
        "The Acme Cloud Go SDK provides a library to manage Acme Cloud servers from Go programs.\n"
    )
    assert extract(readme) == "The Acme Cloud Go SDK provides a library to manage Acme Cloud servers from Go programs."
    # grafos-ml/okapi: the project named twice, as itself and as "The … library", stays itself.
    itself = "# Okapi\n\nOkapi is a library of graph mining algorithms.\n\nThe Okapi library is developed by a lab.\n"
    assert extract(itself) == "Okapi is a library of graph mining algorithms."


def test_a_funding_platform_named_sentences_after_the_description_leaves_it_a_description():
    # GeForceLegend/Sundial-Lite: what it is, then sentences later a platform it avoids.
    readme = (
        "# Sundial Lite\n\nSundial Lite is the free and open source version of Sundial. It's designed to "
        "balance quality and speed. For the full version, visit the site. For legit issues, I'll try to "
        "avoid platforms blocked by the GFW like Patreon.\n"
    )
    assert extract(readme) == "Sundial Lite is the free and open source version of Sundial."


def test_a_sentence_pointing_at_the_example_below_sets_it_up():
    # TheoryInPractice/mandoline (part 539): install steps, then the lead-in to a worked example.
    readme = (
        "# Mandoline\n\nTo install, run\n\n```\npip install mandoline\n```\n\n"
        "To count the tree decompositions of a graph, let's say that you have a text file `g.txt` that "
        "looks like this:\n\n```\n0 1\n1 2\n```\n"
    )
    assert extract(readme) == ""
    # suppershrimp/dmsfwk: a description that goes on to "as follows:" still opens with what it is.
    described = (
        "# dmsfwk\n\nThe dmsfwk component is used for cross-device component management. Major functions "
        "are as follows:\n\n- Remote startup\n"
    )
    assert extract(described) == "The dmsfwk component is used for cross-device component management."


def test_the_title_by_its_initials_saying_what_it_exists_to_do_is_the_description():
    # banjoey/Personal_AI_Infrastructure (part 540): a scene set, a line, then the project by its
    # initials and what it exists to do.
    readme = (
        "# Personal AI Infrastructure\n\nThe most powerful AI systems are being built inside companies.\n\n"
        "**Everyone deserves that.**\n\nPAI exists to democratize access to self-learning AI infrastructure.\n"
    )
    assert extract(readme) == "PAI exists to democratize access to self-learning AI infrastructure."
    # Two words give no initials to go by: "AI exists to …" is about AI.
    assert not extract("# Applied Intelligence\n\nWe study machines.\n\nAI exists to serve people.\n").startswith("AI")


@pytest.mark.parametrize(
    "aside",
    [
        # ninsuo/twigfiddle (part 541): where to come with bugs, where to find help, what it is made of.
        "This is the project's repository, come here if you found a bug or want to contribute.",
        "If you need help to use twigfiddle, please read the twigfiddle's help page.",
        "The project is made of 2 applications:\n\n- cli, the fiddle runner\n- web, the site",
    ],
)
def test_bug_reports_help_and_a_count_of_parts_give_way_to_the_notice_that_says_what_became_of_it(aside):
    readme = (
        "# End of life\n\nTwigfiddle is now decommissioned and replaced by the official Twig playground.\n\n"
        f"# Welcome\n\n{aside}\n"
    )
    assert extract(readme) == "Twigfiddle is now decommissioned and replaced by the official Twig playground."


def test_an_h3_noun_phrase_under_a_one_word_title_is_its_tagline():
    # jforaker/react-accordion-with-header (part 542): the repository's name, then an h3 saying
    # what it is, then badges, a quotation and install steps.
    readme = (
        "# react-accordion-with-header\n\n### React accordion component with customizable flexbox header\n\n"
        "[![NPM](https://nodei.co/npm/x.png)](https://nodei.co/npm/x)\n\n#### Install via NPM:\n\n"
        "```\nnpm install react-accordion-with-header\n```\n\nYou can add styles to any component with a style prop.\n"
    )
    assert extract(readme) == "React accordion component with customizable flexbox header"
    # Under a title of several words, an h3 may name a section: not quoted on that evidence.
    sections = readme.replace("# react-accordion-with-header", "# React Accordion With Header")
    assert extract(sections) == ""


def test_the_author_introducing_themselves_gives_way_to_what_they_made():
    # ChampClarinet/champfolio (part 543): a greeting and who the author is, then the site.
    readme = (
        "# Champ's Dev Portfolio\n\nHi, I’m Champ — a passionate full-stack developer from Bangkok with 7+ "
        "years of experience.\n\nThis is my personal portfolio website where I showcase my work.\n"
    )
    assert extract(readme) == "This is my personal portfolio website where I showcase my work."
    # With nothing else to say, the introduction is still what the README says.
    assert extract("# Ana\n\nI'm Ana, a backend developer in Lisbon.\n").endswith("a backend developer in Lisbon.")


def test_a_teaser_of_fragments_in_italics_gives_way_to_the_paragraph_naming_the_project():
    # HammerOfSteel/tomes_towers_and_transmutation: the story in four italic fragments, then the game.
    readme = (
        "# Tomes, Towers & Transmutation\n\n> *A captive princess. A dusty library of forbidden magic. An "
        "oblivious wizard captor. Revenge.*\n\n**Tomes, Towers & Transmutation** is a narrative-driven "
        "action-RPG built in the browser.\n"
    )
    assert extract(readme) == "Tomes, Towers & Transmutation is a narrative-driven action-RPG built in the browser."
    # Set plainly, phrases that open as kinds of things still say what it is.
    plain = readme.replace("> *A captive", "> A captive").replace("Revenge.*", "Revenge.")
    assert not extract(plain).startswith("Tomes")


@pytest.mark.parametrize("credit", ["個人獨立開發，自 2026 年 3 月起持續開發。", "由 Ann 开发和维护。"])
def test_who_made_it_said_in_chinese_gives_way_to_what_it_is(credit):
    # FrankChen0930/MarketMamba: a quoted credit and history, then under "## 這是什麼" what it is.
    readme = f"# MarketMamba\n\n> {credit}\n\n## 這是什麼\n\nMarketMamba 是一套台股量化投資自動化系統。\n"
    assert extract(readme) == "MarketMamba 是一套台股量化投資自動化系統。"


def test_the_title_spelled_a_little_longer_is_still_the_project_saying_what_it_is():
    # ko-ko-lo/ukulele-tuner (part 544): "# Aloha Tune", then "Aloha Tuner is …", then a note.
    readme = (
        "# Aloha Tune\nAloha Tuner is a simple web application for tuning ukuleles.\n\n"
        "This project is still a work in progress and serves as a way to grow my skills.\n"
    )
    assert extract(readme) == "Aloha Tuner is a simple web application for tuning ukuleles."


def test_bold_markers_set_apart_from_their_words_are_not_words():
    # apigee-127/bagpipes (part 545): "** … **" is no emphasis to CommonMark; the label is a lead-in.
    readme = (
        "# Bagpipes\n\n** Quick Reference links: **\n\n* [Installation](#installation)\n\n## What is Bagpipes?\n\n"
        "Bagpipes was developed as a way to enable API flows to be created declaratively in YAML.\n"
    )
    assert extract(readme) == "Bagpipes was developed as a way to enable API flows to be created declaratively in YAML."


def test_netlifys_cms_starter_readme_has_nothing_of_the_project():
    # xylophonehero/isj-photography (part 547): gatsby-starter-netlify-cms's README, untouched.
    readme = (
        "# Gatsby + Netlify CMS Starter\n\n**Note:** This starter uses [Gatsby v2](https://www.gatsbyjs.org/).\n\n"
        "This repo contains an example business website that is built with [Gatsby](https://www.gatsbyjs.org/), "
        "and [Netlify CMS](https://www.netlifycms.org).\n\nIt follows the [JAMstack architecture](https://jamstack.org) "
        "by using Git as a single source of truth.\n\n## Purgecss\n\nThis plugin uses gatsby-plugin-purgecss and bulma.\n"
    )
    assert extract(readme) == ""


def test_a_reference_link_typed_with_a_space_between_its_brackets_is_no_sentence():
    # sarasharif/xylophone (part 547): "[Label] [ref]" is text to CommonMark; "[ref]" alone links.
    readme = (
        "#Xylophonica\n\n[Xylophonica Live App] [heroku]\n\n[heroku]: http://xylophone.herokuapp.com/\n\n"
        "Xylophonica is a full-stack web application for playing and recording music.\n"
    )
    assert extract(readme) == "Xylophonica is a full-stack web application for playing and recording music."


def test_job_openings_as_what_a_project_tracks_are_no_job_advert():
    # jcTimpani/CareerCrawlerAi (part 549): job openings are the project's subject.
    readme = "# Job Tracker\n\nA comprehensive system for tracking tech job openings in the DFW area.\n"
    assert extract(readme) == "A comprehensive system for tracking tech job openings in the DFW area."
    # An advert for the team's own openings is still a plug.
    advert = "# Job Tracker\n\nCheck out our open positions at example.com.\n"
    assert extract(advert) == ""


def test_a_numbered_link_set_straight_after_a_word_is_a_footnote_mark_not_digits_of_the_sentence():
    # NUBIC/castanet-testing (part 552): "Castanet[1] … Server[2]" with the notes defined below.
    readme = (
        "# castanet-testing\n\nCastanet[1] contains Rake tasks to start the CAS Server[2] in a test environment.\n\n"
        "[1]: https://github.com/NUBIC/castanet\n[2]: https://www.apereo.org/projects/cas\n"
    )
    assert extract(readme) == "Castanet contains Rake tasks to start the CAS Server in a test environment."
    # A number linked on its own, after a space, is a word of the sentence.
    spaced = "# Tool\n\nTool fixes issue [42](https://example.com/42) in the parser.\n"
    assert extract(spaced) == "Tool fixes issue 42 in the parser."


def test_a_quotation_credited_to_its_source_is_someone_elses_words():
    # yla382/cradleplatform: the device's maker quoted, with its credit, over the app's own words.
    readme = (
        '# CRADLE VSA Support App\n\n## Overview\n\n*"The Microlife CRADLE VSA accurately measures blood '
        'pressure and heart rate."* (Credit: [CRADLE Trial](http://cradletrial.com/the-device/))\n\n'
        "Cradle Support is a companion Android app for village health workers.\n"
    )
    assert extract(readme) == "Cradle Support is a companion Android app for village health workers."


def test_the_purpose_of_this_application_after_context_is_the_description():
    # yla382/cradleplatform: how workers use the device, then what the application is for.
    readme = (
        "# CRADLE VSA Support App\n\nVHT (Village Health Team) Workers use the device to read their patients and, "
        "based on the status, VHTs will then make a referral to the appropriate medical facility.\n\n"
        "The purpose of this application is to serve as a companion Android app for VHTs.\n"
    )
    assert extract(readme) == "The purpose of this application is to serve as a companion Android app for VHTs."


def test_a_bold_row_of_names_over_a_sentence_is_a_label_not_words_of_it():
    # KELLERBABG/Vantablack (part 555): two named parts on a bold line, then what it is.
    readme = (
        "# VANTABLACK\n\n> **Blind Routing Protocol (BRP) · Black Hole Storage (BHS)**  \n"
        "> A cryptographically layered, post-quantum peer-to-peer chat system for adversarial networks.\n"
    )
    assert (
        extract(readme)
        == "A cryptographically layered, post-quantum peer-to-peer chat system for adversarial networks."
    )


def test_bullets_typed_as_characters_and_ended_by_a_closing_br_are_items_not_one_sentence():
    # Chinene-C/physical-computing-glockenspiel (part 556): "•" lines ended with "</br>".
    readme = (
        "# physical-computing-glockenspiel\n\n### Summary\n• Created a device using Arduino that teaches "
        "children how to play the xylophone </br>\n•\tImplemented CAD design and woodworking skills </br>\n"
    )
    assert extract(readme) == "Created a device using Arduino that teaches children how to play the xylophone."


def test_a_papers_reference_is_not_the_description():
    # LiDCC/GuzhengTech99 (part 557): the paper's authors, its quoted title and venue.
    readme = (
        "# GuzhengTech99_ICASSP2023\n\n## Paper:\n\nDichucheng Li, Mingjin Che, Wenwu Meng and Wei Li "
        '["Frame-Level Multi-Label Playing Technique Detection"](https://arxiv.org/pdf/2303.13272.pdf), '
        "ICASSP 2023\n"
    )
    assert extract(readme) == ""
    # Words before a quoted title that are no names still say what the project is.
    course = '# Course\n\nSlides, notes and code for "Deep Learning in Practice", a course at our school.\n'
    assert extract(course).startswith("Slides, notes and code")


def test_where_a_part_of_the_project_lies_is_a_tour_not_the_description():
    # didgeridoo40k/rootinAndTootin (part 558): an event line, then where each file is kept.
    readme = (
        "# rootinAndTootin\nGlobal Game Jam Jan 2023\n\nThe working game script is:\n"
        "rootinAndTootin/script/GGJ_2023_Script_finished.odt\nThis can be opened with most document "
        "editing software.\n\nThe renpy project is in:\nrootinAndTootin/game/\n\nscript.rpy\n"
        "Is the main project file where all the logic and markup takes place.\n\nThe sprites go in:\ngame/images\n\n"
        "Please make your own branch of the main branch and include your name in the new branch name.\n"
    )
    assert extract(readme) == ""
    # A colon that opens words, not a path, still says what the project is.
    goal = "# Goal\n\nThe goal is: a tiny clock for the desk that shows the weather.\n"
    assert extract(goal).startswith("The goal is")


def test_the_names_dictionary_entry_gives_way_to_a_bold_line_of_things_and_their_use():
    # betalyra/effect-uai (part 561): the name's entry in a dictionary, then the bold description.
    readme = (
        "> **_Uai_** \\\\ wai \\\\. Mineiro Portuguese, all-purpose interjection.\n\n"
        "**Low-level primitives for building AI agents with [Effect](https://effect.website).**\n\n"
        "effect-uai is not a framework. There's no runtime to learn.\n"
    )
    assert extract(readme) == "Low-level primitives for building AI agents with Effect."
    # A bold line of a few words with no use named stays a slogan.
    slogan = "# Zap\n\n**Fast tools, happy people.**\n\nZap is a build runner for monorepos.\n"
    assert extract(slogan) == "Zap is a build runner for monorepos."


def test_a_banner_saying_the_network_is_live_is_news_not_the_description():
    # LYRA-Block-Lattice/Lyra-Core (part 561): links, then "Mainnet Live Now!" and its date.
    readme = (
        "# Lyra Sites\n\n[LYRA Website](https://lyra.live) - [LYRA on Twitter](https://twitter.com/x)\n\n"
        "Mainnet Live Now! (from Sep. 30, 2020)\n\n[Mainnet Block Explorer](https://nebula.lyra.live/)\n"
    )
    assert extract(readme) == ""


def test_laravels_starter_kit_readme_is_the_kits_not_the_projects():
    # KEVINAMAYI/tabor (part 563): the Livewire starter kit's README, kept as it came.
    readme = (
        "# Laravel + Livewire Starter Kit\n\n## Introduction\n\nOur Laravel + [Livewire](https://livewire.laravel.com) "
        "starter kit provides a robust, modern starting point for building Laravel applications with a Livewire "
        "frontend.\n\nLivewire is a powerful way of building dynamic, reactive, frontend UIs using just PHP.\n"
    )
    assert extract(readme) == ""
    react = (
        "# React Starter Kit\n\n## Introduction\n\nOur React starter kit provides a robust, modern starting point "
        "for building Laravel applications with a React frontend using [Inertia](https://inertiajs.com).\n\n"
        "Inertia allows you to build modern, single-page React applications using classic server-side routing.\n"
    )
    assert extract(react) == ""


def test_what_the_authors_built_against_the_flaws_above_is_the_description():
    # dustinfife/flexplavaan (part 564): a paragraph on SEM at large and its flaws, then the answer.
    readme = (
        "flexplavaan\n===========\n\nSEM is a powerful tool that is infinitely flexible. However, it has two "
        "fatal flaws.\n\nTo overcome both of these limitation, we develop visualization tools designed for "
        "latent variable models.\n"
    )
    assert extract(readme).startswith("To overcome both of these limitation, we develop")
    # A paragraph on the project itself stays the description; the next is a detail of it.
    own = (
        "# Quill\n\nQuill is a static site generator. It can be slow on big sites.\n\n"
        "To address this, we built an incremental cache.\n"
    )
    assert extract(own).startswith("Quill is a static site generator.")


def test_a_path_through_menus_and_numbered_modes_are_not_the_description():
    # coriolan-v/led-djembe (part 567): where to tap in the app, then the drum lights' modes.
    readme = (
        "Bluefruit Connect > LED Djembe > Connect > Controller > Control Pad \n\n"
        "Mode 1: normal interaction mode. At startup it picks a random color palette to start with.\n\n"
        "Mode 2: non interactive demo mode looping\n"
    )
    assert extract(readme) == ""
    # An arrow or two inside a sentence is no menu path.
    flow = "# Pipe\n\nPipe moves rows from Postgres > Kafka > S3 with one command.\n"
    assert extract(flow).startswith("Pipe moves rows")


def test_gatsbys_hello_world_starter_readme_is_the_starters():
    # tuxfede/elcajonfuncional (part 570): the starter's README under a title of the owner's.
    readme = (
        "# El cajón funcional\n\nStarter with the bare essentials needed for a [Gatsby](https://www.gatsbyjs.org/) "
        "site.\n\nInstall this starter (assuming Gatsby is installed) by running from your CLI:\n"
    )
    assert extract(readme) == ""


def test_a_few_short_items_finish_the_phrase_that_leads_into_them():
    # pipan/log-outsourced-api (part 575), tastybamboo/panda-core: a noun phrase over two short items.
    readme = "# Outsourced\n\nStandalone server service for managing your apps:\n\n* logs\n* user permissions\n"
    assert extract(readme) == "Standalone server service for managing your apps: logs, user permissions"
    # Items that are sentences of their own leave the phrase as it is.
    long = (
        "# Shop\n\nMinimal skeleton of an online shop:\n\n* A catalogue that lists every product we sell.\n"
        "* A cart that keeps what the visitor picked.\n"
    )
    assert extract(long) == "Minimal skeleton of an online shop"


def test_wordpresss_own_readme_at_the_root_of_a_site_is_not_the_sites():
    # somoscuatro/sc-website-wp (part 577): WordPress's readme.html, then its install steps.
    readme = (
        '<h1 id="logo"><a href="https://wordpress.org/"><img alt="WordPress" src="logo.png" /></a></h1>\n'
        '<p style="text-align: center">Semantic Personal Publishing Platform</p>\n\n<h2>First Things First</h2>\n'
        "<p>Welcome. WordPress is a very special project to me.</p>\n\n<h2>Installation</h2>\n<ol>\n"
        "<li>Unzip the package in an empty directory and upload everything.</li>\n</ol>\n"
    )
    assert extract(readme, "readme.html") == ""


def test_a_trouble_then_this_work_solves_that_reads_the_second_sentence():
    # davesuonabene/MASCHINETTE (part 579): the author's grievance, then the work that answers it.
    readme = (
        "# Maschine Mikro MK3 Linux Driver +\nI got very upset that Native Instruments never got the time to "
        "make their Maschine useful for Linux users.\nThis work solves that, hacking the Maschine Mikro MK3 "
        "to work with Linux.\n"
    )
    assert extract(readme) == "This work solves that, hacking the Maschine Mikro MK3 to work with Linux."
    # A first sentence that says what the project is stays the excerpt.
    own = "# Q\n\nQ is a queue for Go. This project solves the problem of lost jobs.\n"
    assert extract(own) == "Q is a queue for Go."


def test_set_up_steps_and_bare_commands_are_never_the_description():
    # ShivamSarodia/blockus (part 582): steps to run a simulation, and nothing else.
    assert extract("Create a `precomputed_moves/` directory. Then, run `python generate_moves.py`.\n") == ""
    # Abhishek76/Tanpura_audio_sep (part 583): set-up steps typed as paragraphs, commands and all.
    readme = (
        "# Tanpura_audio_sep\n\nClone/Download the repo \n\nCreate a virtualenv in python3\n\ninstall pip\n\n"
        "pip install Flask scikit-learn librosa pydub matplotlib\n\nopen another terminal from the folder "
        "location\n\nsource env/bin/activate\n\nexport set FLASK_APP=webapp\n\nflask run --host=0.0.0.0\n"
    )
    assert extract(readme) == ""
    # A sentence that opens with a tool's name in capitals is no command.
    tool = "# Pad\n\nDocker images for building Pad on any Linux machine.\n"
    assert extract(tool).startswith("Docker images for building Pad")


def test_a_call_to_follow_the_build_makes_a_paragraph_a_plug():
    # KyaniteLabs/qwen38-27b-strix-halo (part 689): a blockquote over the description.
    readme = (
        "# Qwen on Strix Halo\n\n> Every number in this repo ships with its methodology. New measurements land "
        "first on **[@Kyanite on X](https://x.com/k)** — follow the build in public.\n\n"
        "Fully measured configuration for serving Qwen on AMD Strix Halo with llama.cpp.\n"
    )
    assert extract(readme) == "Fully measured configuration for serving Qwen on AMD Strix Halo with llama.cpp."


def test_donations_a_system_manages_are_its_subject_not_a_plug():
    # Andre-1845/dizimo (part 584): a system for a church's members, donations and reports.
    readme = (
        "# Dízimo Project\n\n**Dízimo Project** is a web-based system designed to manage members, donations, "
        "and financial transparency for religious institutions.\n\nThe application focuses on organization.\n"
    )
    assert extract(readme).startswith("Dízimo Project is a web-based system")
    # Asking for the project's own money is still a plug.
    plug = "# P\n\nP is a parser. Please donate to keep it going.\n\nP reads TOML files fast.\n"
    assert extract(plug) == "P reads TOML files fast."


@pytest.mark.parametrize(
    "description",
    [
        "Feldspar is an integration mechanism for building data donation applications hosted on Next.",
        "Integration mechanism for building data donation apps. It runs custom donation flows in the browser.",
        "A blood donation tracker for hospitals.",
        "A donation platform for local food banks.",
    ],
)
def test_data_blood_or_food_donated_or_a_kind_of_donation_thing_is_no_plug(description: str) -> None:
    # spp-datadonation/feldspar_forks, frodew/feldspar_port_insta (part 669): "data donation" is the
    # research field, not a plea for money.
    assert extract(f"# Feldspar\n\n{description}\n\n## Install\n\nnpm i\n") == description.split(" It ")[0]


def test_a_long_chinese_h2_under_the_title_that_names_a_kind_is_its_tagline():
    # guqingming/validing (part 590): the package's tagline set as an h2 straight under the title.
    readme = "# validing\n\n## 验证规则集合，可直接用于vue-element-ui中的rules\n\n## 截图\n\n![1](docs/1.png)\n"
    assert extract(readme) == "验证规则集合，可直接用于vue-element-ui中的rules"
    # A motto names no kind of thing; it stays a heading.
    motto = "# notes\n\n## 天行健，君子以自强不息\n\n自学过程中记载的笔记\n"
    assert extract(motto) == "自学过程中记载的笔记"


def test_a_korean_or_japanese_heading_under_the_title_that_names_a_kind_is_its_tagline():
    # sorrel012/postcard (part 765): "a web site where you can easily write online the rolling paper
    # we wrote at school", set as an h3 under the title.
    readme = (
        "# 💌 소중한 사람에게 마음을 전하는 롤링페이퍼 💌\n### 학창 시절 작성하던 롤링페이퍼를 인터넷에서 간편하게 작성할 수 있는"
        " 웹 사이트 <br><br>\n\n## 📆 개발 기간\n- 2023.08.08 - 2023.11.03\n"
    )
    assert extract(readme) == "학창 시절 작성하던 롤링페이퍼를 인터넷에서 간편하게 작성할 수 있는 웹 사이트"
    readme = "# mdview\n\n## Markdownをブラウザで手軽にプレビューできるツール\n\n## 使い方\n\nnpm start\n"
    assert extract(readme) == "Markdownをブラウザで手軽にプレビューできるツール"
    # A section's name names no kind of thing.
    assert extract("# postcard\n\n### 학창 시절 작성하던 롤링페이퍼 이야기\n\n## 개발 기간\n- 2023\n") == ""


def test_a_numbered_item_under_about_that_says_this_is_a_is_the_description():
    # guqing/blossom-fall (part 590): "## Introduce" over a numbered list, then the author's story.
    readme = (
        "# Blossomfall\n\n## Introduce\n\n1. 这是一个Java学习笔记仓库，旨在保存自己Java之所学成果；\n"
        "2. 尚在不断完善中\n\n## Why\n\n在java的学习道路上,很多人都无从下手,比如自己经历的过程.\n"
    )
    assert extract(readme).startswith("这是一个Java学习笔记仓库")
    # Numbered items elsewhere are steps, never the description.
    steps = "# T\n\n## Install\n\n1. This is a step you take first.\n"
    assert extract(steps) == ""


def test_lines_that_each_open_with_the_same_emoji_are_a_feature_list():
    # gayazurna/test-firecode (part 604): the commands, then two feature lines under "## Features".
    readme = (
        "# Images ⚡️\n\n## Getting Started 🚀\n\nnpm i\\\nnpm start\n\n## Features ⚡️\n\n"
        "⚡️ Created with React + TypeScript\\\n⚡️ JSON file upload\n"
    )
    assert extract(readme) == ""
    # One emoji before a sentence is only its decoration.
    one = "# Zap\n\n⚡️ Zap is a tiny build runner for monorepos.\n"
    assert extract(one).endswith("Zap is a tiny build runner for monorepos.")


def test_see_branch_in_chinese_is_a_pointer():
    # yangqinjiang/just4yang-weibo (part 605): the name, "just for fun" and "see branch master1".
    assert extract("just4yang-weibo\n===============\n\njust4yang-weibo ,just for fun,见分支master1\n") == ""


def test_a_tasks_brief_is_said_to_whoever_takes_it_not_the_description():
    # tomektarabasz/contact-list (part 608): a recruitment task's brief over Create React App's README.
    readme = (
        "# TODO\n\nPlease do not fork the repo, clone it and put it in your own github / save it locally.\n\n"
        "Doing this task in typescript is preferred.\n\nDecide by yourself if you want to install additional "
        "dependencies.\n\nGood luck and do not hesitate to ask in case of any questions!\n"
    )
    assert extract(readme) == ""
    # A task manager named so is a project like any other.
    tool = "# Tasker\n\nThis task manager is preferred by small teams for its plain-text files.\n"
    assert extract(tool).startswith("This task manager")


def test_a_numbered_step_set_as_a_paragraph_is_never_the_description():
    # baconz/shawmut (part 610): "Our mini home-automation suite!" over steps the list lost.
    readme = (
        "Our mini home-automation suite!\n\nPairing\n-------\n(5) Add the address of your iPhone to bd_addrs "
        "in pillar data\n(7) Run ``sudo salt-call state.highstate``\n"
    )
    assert extract(readme, "README.rst") == "Our mini home-automation suite!"
    # A numbered sentence that is no step keeps its words.
    facts = "# Q\n\n(1) Q is a queue for Go that never loses a job.\n"
    assert extract(facts) != ""


def test_a_spelled_out_name_and_its_short_form_in_a_bullet_under_about_say_what_it_is():
    # yikomuzi/OrcVIO-Stereo-Mapping (part 613): "## About" over bullets, with no title above.
    readme = (
        "## About \n\n- Object residual constrained Visual-Inertial Odometry (OrcVIO) is a visual-inertial "
        "odometry pipeline, which is tightly coupled with tracking.\n\n- OrcVIO-Lite only uses bounding boxs.\n"
    )
    assert extract(readme).startswith("Object residual constrained Visual-Inertial Odometry (OrcVIO) is a")


def test_a_lead_in_to_the_following_motivations_gives_way_to_the_summary():
    # SlavkoMuzdeka/Task-Scheduler-… (part 613): a lead-in, its list, then what was built.
    readme = (
        "# Task Scheduler\n\nThe project aims to address the following key motivations:\n\n- Speed: run tasks in "
        "parallel.\n- Scale: more tasks.\n\nBy developing a task scheduler with parallel processing capabilities, "
        "the project aims to enhance task execution efficiency.\n"
    )
    assert extract(readme).startswith("By developing a task scheduler")


def test_to_build_it_use_make_is_a_step_not_the_description():
    # patmorin/ods (part 619) and fredokun/libpiccolort: the purpose of a step, then what to type.
    assert extract("To make the books (ods-java.pdf and ods-cpp.pdf): mkdir ~/texmf/tex/latex/ods/\n", "README") == ""
    assert extract("# piccolo-rt\n\nTo build the library, use make. It will build lib/libpirt.a.\n") == ""
    # "To make …" that goes on to say what the project does is a purpose, not a step.
    drop = "# Drop\n\nTo make sharing easy, Drop is a one-file server for LAN transfers.\n"
    assert extract(drop).startswith("To make sharing easy")


def test_the_website_is_built_using_is_its_stack_not_the_description():
    # pachocki/Hardanger (part 626): a welcome that says what the site is, then the stack under
    # "# Technical details".
    readme = (
        "# Hardanger Website\nWelcome to the Hardanger website, dedicated to showcasing the beautiful Hardanger "
        "district.\n\n# Technical details\nThe website is built using HTML, CSS, JavaScript and SimpleParallax.js.\n"
    )
    assert extract(readme).startswith("Welcome to the Hardanger website")
    # What the project was developed in (a programme, a course) is no stack.
    made = "# App\n\nThe app was developed in the project LoveIT, part-financed by the EU.\n"
    assert extract(made).startswith("The app was developed in the project")


def test_what_the_kind_of_thing_is_gives_way_to_what_this_repo_is():
    # kiadso/Nyckelharpa (part 629): "A <title> is …" defines the instrument in general.
    readme = (
        '# Nyckelharpa\n\nA nyckelharpa is a Swedish "keyed fiddle" with 12 sympathetic strings.\n\n'
        "This repo is an interactive map showing data about the nyckelharpa over the centuries.\n"
    )
    assert extract(readme).startswith("This repo is an interactive map")
    # The name without an article is the project saying what it is.
    named = "# Nyckelharpa\n\nNyckelharpa is a keyed fiddle tuner.\n\nThis repo is a demo of it.\n"
    assert extract(named).startswith("Nyckelharpa is a keyed fiddle tuner")


def test_a_tagline_before_a_dash_and_a_row_of_labels_is_a_tagline():
    # thierryvm/ankora (part 631): the bold tagline, then an italic slogan.
    readme = "# Ankora\n\n**Cockpit budgétaire personnel — Belgique · RGPD · hébergé UE**\n\n_Ton ancrage financier._\n"
    assert extract(readme).startswith("Cockpit budgétaire personnel")
    # Labels alone are still a row of badges in words.
    row = "# Desk\n\n**Research · Market Context · Risk · Alerts**\n\nDesk is a trading dashboard.\n"
    assert extract(row).startswith("Desk is a trading dashboard")


def test_moving_into_a_folder_setting_a_variable_or_editing_a_file_is_a_step():
    # D3ller/PopSauceRemix, ShepardSiegel/ocpi, imere/voting (tune split): set-up steps as paragraphs.
    for step in (
        "Se rendre dans le dossier client",
        "Go to the backend folder and run the server.",
        "Entrar na pasta do projeto.",
        "Перейти в папку проекта.",
        "Set the environment variable OCPI_DIR to point to this distribution.",
        "Change Authority in Startup.cs",
        "You may need to set certain environment variables first.",
    ):
        assert extract(f"# App\n\n{step}\n") == "", step
    # A folder named in a description is not a step.
    assert extract("# Sync\n\nSync keeps a folder in step across your devices.\n").startswith("Sync keeps")


def test_everything_you_need_is_what_the_project_gives_not_an_obligation():
    assert extract("# Kit\n\nEverything you need to build a SaaS in a weekend.\n").startswith("Everything you need")
    # "You need to …" said to the reader is still a step.
    assert extract("# Kit\n\nYou need to install Node first.\n") == ""


def test_what_it_runs_on_and_who_built_it_with_what_are_no_description():
    # sebastiangraz/hatchet, FrancoBarrera99/Barracks-Castles (tune split).
    assert extract("# Hatchet\n\nRuns on Tanstack Start + Vite + PostCSS.\n") == ""
    assert extract("# Game\n\nTested on Ubuntu 22.04.\n") == ""
    assert extract("# Castles\n\nDeveloped with Unreal Engine 5 by Franco Barrera.\n") == ""
    # A longer sentence that goes on to what it does is a description.
    long = "# Pi\n\nRuns on a Raspberry Pi and turns any speaker into a networked music player for the whole house.\n"
    assert extract(long).startswith("Runs on a Raspberry Pi")


def test_a_condition_before_the_command_to_try_is_a_lead_in_to_code():
    # sebastiangraz/hatchet: "If no dice try" over `npm install --force`.
    readme = "# Hatchet\n\n`npm install`\n\nIf no dice try\n\n`npm install --force`\n"
    assert extract(readme) == ""
    assert extract("# Tool\n\nIf you only need the parser, use the core crate.\n").startswith("If you only need")


def test_a_short_answer_to_a_pitch_keeps_the_question_it_answers():
    assert extract("# Bolt\n\nTired of slow builds? Bolt caches every step.\n") == (
        "Tired of slow builds? Bolt caches every step."
    )
    assert extract("# Lights\n\nEver wanted to control your lights from the terminal? Now you can.\n").startswith(
        "Ever wanted to control your lights"
    )
    # A long answer says it alone.
    long = "# Tool\n\nTired of slow builds? Bolt is a build cache that stores every step of your pipeline.\n"
    assert extract(long).startswith("Bolt is a build cache")


def test_the_purpose_of_this_project_says_what_it_is():
    # nikola-shekerev/accessible_fighting_games (part 641): not context before "This project is for …".
    readme = (
        "# Accessible Fighting Games\n\n# Introduction\n\nThe purpose of this project is to allow any player to "
        "execute any complex command with a single button press.\n\nFighting games are amazing, but hard.\n\n"
        "This project is for casual players who want to enjoy a game.\n"
    )
    assert extract(readme).startswith("The purpose of this project is to allow")


_KIRBY_PLAINKIT = (
    '<img src="http://getkirby.com/assets/images/github/plainkit.jpg" width="300">\n\n'
    "**Kirby: the CMS that adapts to any project, loved by developers and editors alike.**\n"
    "The Plainkit is a minimal Kirby setup with the basics you need to start a project from scratch.\n\n"
    "You can learn more about Kirby at [getkirby.com](https://getkirby.com).\n\n"
    "## What's Kirby?\n\n- **[Try it](https://getkirby.com/try)** – Take a test ride with our online demo.\n"
)


def test_kirbys_kit_readme_is_kirbys_not_the_sites():
    # TimBallaschke/fabian-schwarze (part 646): the Plainkit's README, kept as it came.
    assert extract(_KIRBY_PLAINKIT) == ""
    # A site's own line above the kit's README is the site's description.
    own = "# Hatch\n\nPortfolio site for the Hatch design studio.\n\n## Default README stuff\n\n" + _KIRBY_PLAINKIT
    assert extract(own).startswith("Portfolio site for the Hatch design studio")


def test_create_solana_dapps_line_marks_a_generators_readme():
    # Found in public READMEs with the string search: "generated with the [create-solana-dapp] …".
    line = "This project is generated with the [create-solana-dapp](https://github.com/solana-developers/create-solana-dapp) generator."
    assert extract(f"# sol-push\n\n{line}\n\n## Getting Started\n\nRun `npm install`.\n") == ""
    own = f"# Vesting\n\nA Solana program for managing token vesting schedules.\n\n{line}\n\n## Features\n\nVesting.\n"
    assert extract(own).startswith("A Solana program for managing token vesting")


def test_lines_starters_write_are_never_the_description():
    # Each found so opening public READMEs (string search): Learn Next.js, Obsidian's sample
    # plugin, the Kotlin Multiplatform wizard.
    assert extract("This is a starter template for [Learn Next.js](https://nextjs.org/learn).\n") == ""
    plugin = "# Obsidian Sample Plugin\n\nThis is a sample plugin for Obsidian (https://obsidian.md).\n\nThis project uses TypeScript to provide type checking and documentation.\n"
    assert extract(plugin) == ""
    kmp = "This is a Kotlin Multiplatform project targeting Android, iOS.\n\n* [/composeApp](./composeApp/src) is for code that will be shared across your Compose Multiplatform applications.\n"
    assert extract(kmp) == ""
    # The owner's own words after the same opening still count.
    own = "This is a sample plugin for Obsidian, designed to integrate Obsidian with the Eagle software.\n"
    assert extract(own).startswith("This is a sample plugin for Obsidian, designed")
    notes = "This is a starter template for [Learn Next.js](https://nextjs.org/learn).\n\n## Slack Listener\n\nThis project includes a Next.js port of the BlueFolder listener.\n"
    assert extract(notes).startswith("This project includes a Next.js port")


def test_sam_quarkus_and_svelte_project_templates_are_the_generators():
    # Each found so opening public READMEs (string search).
    sam = (
        "# coin-lister\n\nThis project contains source code and supporting files for a serverless application that "
        "you can deploy with the SAM CLI. It includes the following files and folders.\n\n## Deploy\n\nRun sam deploy.\n"
    )
    assert extract(sam) == ""
    quarkus = (
        "# grpc-vs-rest\n\nThis project uses Quarkus, the Supersonic Subatomic Java Framework.\n\nIf you want to learn "
        "more about Quarkus, please visit its website: https://quarkus.io/ .\n\n## Running the application in dev mode\n"
    )
    assert extract(quarkus) == ""
    svelte = (
        "*Looking for a shareable component template? Go here --> [sveltejs/component-template](https://x)*\n\n---\n\n"
        "# svelte app\n\nThis is a project template for [Svelte](https://svelte.dev) apps. It lives at "
        "https://github.com/sveltejs/template.\n\n## Get started\n\nInstall the dependencies.\n"
    )
    assert extract(svelte) == ""
    # The owner's words in the same shape still count.
    own = "# Catalog\n\nThis project uses Quarkus, the Supersonic Subatomic Java Framework and Kogito.\n"
    assert extract(own).startswith("This project uses Quarkus")


def test_blanks_of_popular_readme_templates_are_never_the_description():
    # Each found so in many public READMEs (string search): Best-README-Template's tagline and About
    # paragraph, the "Simple README" template, dbt's starter.
    best = (
        '<div align="center">\n<h3 align="center">Flask Todo App</h3>\n\n  <p align="center">\n'
        "    An awesome README template to jumpstart your projects!\n  </p>\n</div>\n\n## About The Project\n\n"
        "There are many great README templates available on GitHub; however, I didn't find one that really suited "
        "my needs so I created this enhanced one.\n"
    )
    assert extract(best) == ""
    simple = (
        "# Smart-Parking\nSimple overview of use/purpose.\n\n## Description\n\n"
        "Automate entering and exiting the parking through a unique ID for each car.\n"
    )
    assert extract(simple).startswith("Automate entering and exiting the parking")
    dbt = "Welcome to your new dbt project!\n\n### Using the starter project\n\nTry running the following commands:\n- dbt run\n- dbt test\n"
    assert extract(dbt) == ""


def test_heroku_refine_and_electron_vite_templates_are_the_generators():
    # Each found so opening public READMEs (string search).
    heroku = (
        "# node-docker\n\nA barebones Node.js app using [Express 4](http://expressjs.com/).\n\nThis application "
        "supports the [Getting Started on Heroku with Node.js](https://devcenter.heroku.com/x) article - check it "
        "out.\n\n## Running Locally\n\nMake sure you have Node.js installed.\n"
    )
    assert extract(heroku) == ""
    refine = (
        "This [Refine](https://github.com/refinedev/refine) project was generated with [create refine-app]"
        "(https://github.com/refinedev/refine).\n\n## Getting Started\n\nA React Framework for building internal "
        "tools, admin panels, dashboards & B2B apps with unmatched flexibility.\n"
    )
    assert extract(refine) == ""
    electron = "# pomobar\n\nAn Electron application with React and TypeScript\n\n## Recommended IDE Setup\n\n- [VSCode](https://code.visualstudio.com/)\n"
    assert extract(electron) == ""
    own = "# my-app\n\nAn Electron application with React and TypeScript\n\n## About\n\nA desktop pomodoro timer that lives in the menu bar.\n"
    assert extract(own).startswith("A desktop pomodoro timer")


def test_start_bootstraps_themes_and_the_intellij_plugin_template_are_theirs():
    # Each found so in many public READMEs (string search).
    theme = (
        "# [Start Bootstrap - SB Admin 2](https://startbootstrap.com/theme/sb-admin-2/)\n\n[SB Admin 2](https://x) "
        "is an open source admin dashboard theme for [Bootstrap](https://getbootstrap.com/) created by [Start "
        "Bootstrap](https://startbootstrap.com/).\n\n## About\n\nStart Bootstrap is an open source library of free "
        "Bootstrap templates and themes.\n"
    )
    assert extract(theme) == ""
    plugin = (
        "# Tidyparse\n\n<!-- Plugin description -->\n**IntelliJ Platform Plugin Template** is a repository that "
        "provides a pure template to make it easier to create a new plugin project.\n\nThe main goal of this template "
        "is to speed up the setup phase of plugin development for both new and experienced developers.\n"
    )
    assert extract(plugin) == ""
    own = "# Admin\n\nAn admin panel for the Hermes shop.\n\n# Template\n\n" + theme.split("\n\n## About")[0] + "\n"
    assert extract(own).startswith("An admin panel for the Hermes shop")


def test_cakephps_skeleton_and_sanitys_studio_are_the_generators():
    # Each found so opening public READMEs (string search).
    cake = (
        "# CakePHP Application Skeleton\n\nA skeleton for creating applications with [CakePHP](https://cakephp.org) "
        "4.x.\n\nThe framework source code can be found here: [cakephp/cakephp](https://github.com/cakephp/cakephp)."
        "\n\n## Installation\n\n1. Download Composer.\n"
    )
    assert extract(cake) == ""
    sanity = (
        "# Sanity Clean Content Studio\n\nCongratulations, you have now installed the Sanity Content Studio, an "
        "open-source real-time content editing environment connected to the Sanity backend.\n"
    )
    assert extract(sanity) == ""


def test_ant_design_pros_scaffold_and_ruoyis_readme_are_the_frameworks():
    # Each found so in many public READMEs (string search).
    ant = (
        "# Ant Design Pro\n\nThis project is initialized with [Ant Design Pro](https://pro.ant.design). Follow is the "
        "quick guide for how to use.\n\n## Environment Prepare\n\nInstall `node_modules`.\n"
    )
    assert extract(ant) == ""
    ruoyi = "## 平台简介\n\n若依是一套全部开源的快速开发平台，毫无保留给个人及企业免费使用。\n\n* 前端采用Vue、Element UI。\n"
    assert extract(ruoyi) == ""
    own = "# 仓储系统\n\n基于若依框架开发的仓储管理系统，支持入库、出库和盘点。\n\n## 平台简介\n\n若依是一套全部开源的快速开发平台，毫无保留给个人及企业免费使用。\n"
    assert extract(own).startswith("基于若依框架开发的仓储管理系统")


def test_the_chirpy_starters_readme_is_the_starters():
    # Found so opening many public READMEs (string search).
    readme = (
        "# Chirpy Starter\n\n[![Gem Version](https://img.shields.io/gem/v/jekyll-theme-chirpy)][gem]\n\nWhen "
        "installing the [**Chirpy**][chirpy] theme through [RubyGems.org][gem], Jekyll can only read files in the "
        "folders `_data`, `_layouts`, `_includes`, `_sass` and `assets`.\n\n## Usage\n\nCheck out the theme docs.\n\n"
        "[chirpy]: https://github.com/cotes2020/jekyll-theme-chirpy\n[gem]: https://rubygems.org/gems/x\n"
    )
    assert extract(readme) == ""


def test_a_small_heading_that_says_what_the_project_is_counts_in_other_languages():
    # RaduTarsa/GaL (part 648): a README written as headings, in Romanian.
    readme = (
        "# GaL - Game Learning Monitor\n\n### Proiect Tehnologii Web\n\n#### GaL este o aplicatie care deserveste la "
        "ajutarea userului sa invete regulile unui joc.\n##### Acesta se inregistreaza.\n"
    )
    assert extract(readme).startswith("GaL este o aplicatie")
    spanish = "# Tasko\n\n### Proyecto final\n\n#### Tasko es una aplicación para organizar las tareas de la escuela.\n"
    assert extract(spanish).startswith("Tasko es una aplicación")


def test_better_t_stack_nx_and_hydrogen_lines_are_the_generators():
    # Each found so opening public READMEs (string search).
    better = (
        "# axon\n\nThis project was created with [Better-T-Stack](https://github.com/AmanVarshney01/create-better-t-"
        "stack), a modern TypeScript stack that combines Hono, TRPC, and more.\n\n## Features\n\n- **TypeScript**\n"
    )
    assert extract(better) == ""
    nx = (
        '# Myorg\n\nThis project was generated using [Nx](https://nx.dev).\n\n<p align="center"><img src="nx-logo'
        '.png" width="450"></p>\n\n🔎 **Smart, Fast and Extensible Build System**\n\n## Adding capabilities\n'
    )
    assert extract(nx) == ""
    hydrogen = "# Hydrogen template: Skeleton\n\nHydrogen is Shopify’s stack for headless commerce. Hydrogen is designed to dovetail with Remix.\n"
    assert extract(hydrogen) == ""
    own = "# nestjs-ddd-skeleton\n\nThis project was generated using [Nx](https://nx.dev) and contains an interpretation of a DDD structure.\n"
    assert extract(own).startswith("This project was generated using Nx and contains")


def test_scaffold_eth_and_the_supabase_starter_are_the_generators():
    # Each found so in many public READMEs (string search).
    eth = (
        "# 🏗 Scaffold-ETH 2\n\n🧪 An open-source, up-to-date toolkit for building decentralized applications (dapps) "
        "on the Ethereum blockchain. It's designed to make it easier for developers to create and deploy smart "
        "contracts.\n\n## Requirements\n\n- Node (>= v18.17)\n"
    )
    assert extract(eth) == ""
    supabase = (
        '<a href="https://demo-nextjs-with-supabase.vercel.app/">\n  <h1 align="center">Next.js and Supabase Starter '
        'Kit</h1>\n</a>\n\n<p align="center">\n The fastest way to build apps with Next.js and Supabase\n</p>\n'
    )
    assert extract(supabase) == ""


def test_yii_slim_and_lumen_skeletons_are_the_frameworks():
    # Each found so opening many public READMEs (string search).
    yii = (
        '<p align="center">\n    <h1 align="center">Yii 2 Basic Project Template</h1>\n</p>\n\nYii 2 Basic Project '
        "Template is a skeleton [Yii 2](https://www.yiiframework.com/) application best for\nrapidly creating small "
        "projects.\n\n## DIRECTORY STRUCTURE\n"
    )
    assert extract(yii) == ""
    slim = (
        "# Slim Framework 4 Skeleton Application\n\nUse this skeleton application to quickly setup and start working "
        "on a new Slim Framework 4 application.\n\n## Install the Application\n"
    )
    assert extract(slim) == ""
    lumen = (
        "# Lumen PHP Framework\n\nLaravel Lumen is a stunningly fast PHP micro-framework for building web "
        "applications with expressive, elegant syntax.\n\n## Official Documentation\n"
    )
    assert extract(lumen) == ""
    # olivinesguerra/nodejs_sequelize (part 690): the Moleculer CLI's project README.
    moleculer = (
        "[![Moleculer](https://badgen.net/badge/Powered%20by/Moleculer/0e83cd)](https://moleculer.services)\n\n"
        "# backend\nThis is a [Moleculer](https://moleculer.services/)-based microservices project. Generated with "
        "the [Moleculer CLI](https://moleculer.services/docs/0.14/moleculer-cli.html).\n\n## Usage\n"
    )
    assert extract(moleculer) == ""
    # HiemalBeryl/ZUST_DCIMS_NEW (part 691): RuoYi-Vue-Plus's README, as RuoYi's own already was.
    plus = (
        "## 平台简介\n\n> RuoYi-Vue-Plus1 是重写 RuoYi-Vue 针对 `分布式集群` 场景全方位升级(不兼容原框架)\n\n## 文档\n"
    )
    assert extract(plus) == ""


def test_a_first_line_naming_a_backend_and_what_for_is_a_description_not_a_title():
    # show981111/solviolin_backend (part 655): a centred line with no heading over the stack.
    readme = (
        '<p align="center">\n  Backend for Solviolin Academy Course Reservation Application\n</p>\n\n'
        "<p>Database : MariaDB</p>\n<p>Everything is deployed on the Docker Container</p>\n"
    )
    assert extract(readme) == "Backend for Solviolin Academy Course Reservation Application"
    # A name in title case on the first line is still a title.
    assert extract("Introduction to Programming Nanodegree\n\nMy solutions to the projects.\n").startswith(
        "My solutions"
    )


def test_todo_notes_and_more_starters_readmes_are_never_the_description():
    # Each found so in many public READMEs (string search): Dart's package template, usethis's R
    # package template, Hugo theme Stack's starter, Electron React Boilerplate.
    dart = (
        "<!--\nThis README describes the package.\n-->\n\nTODO: Put a short description of the package here that "
        "helps potential users\nknow whether this package might be useful for them.\n\n## Features\n\nTODO: List "
        "what your package can do.\n"
    )
    assert extract(dart) == ""
    assert extract("# mypkg\n\n<!-- badges: start -->\n<!-- badges: end -->\n\nThe goal of mypkg is to ...\n") == ""
    stack = "# Hugo Theme Stack Starter Template\n\nThis is a quick start template for [Hugo theme Stack](https://github.com/CaiJimmy/hugo-theme-stack).\n\n## Get started\n\nClick Use this template.\n"
    assert extract(stack) == ""
    erb = '<p>\n  Electron React Boilerplate uses <a href="https://electron.atom.io/">Electron</a> and React.\n</p>\n\n## Install\n\nClone the repo.\n'
    assert extract(erb) == ""
    # The goal said in full is the description.
    assert extract("# mypkg\n\nThe goal of mypkg is to read SPSS files fast.\n").startswith("The goal of mypkg")


def test_forges_and_neoforges_mod_development_kits_are_theirs():
    # cqdenn/cqs-armory (tune split) keeps NeoForge's MDK README; Forge's is found so in many mods'
    # READMEs (string search), often below the mod's own lines.
    neoforge = (
        "\nInstallation information\n=======\n\nThis template repository can be directly cloned to get you started "
        "with a new\nmod. Simply create a new repository cloned from this one.\n\nOnce you have your clone, simply "
        "open the repository in the IDE of your choice.\n\n> **Note**: For Eclipse, use tasks in `Launch Group` "
        "instead of ones founds in `Java Application`.\n"
    )
    assert extract(neoforge) == ""
    forge = (
        "# Useless Armour\n\nAdds armour that does nothing at all.\n\n## Source installation information for modders\n\n"
        "This code follows the Minecraft Forge installation methodology. It will apply\nsome small patches to the "
        "vanilla MCP source code.\n"
    )
    assert extract(forge).startswith("Adds armour that does nothing")
    forge_only = "Source installation information for modders\n-------\n\nThis code follows the Minecraft Forge installation methodology.\n"
    assert extract(forge_only) == ""


def test_create_react_apps_available_scripts_are_never_the_description():
    # dunnock/sitegraph (tune split): CRA's script notes kept without its first line.
    readme = (
        "## Available Scripts\n\nIn the project directory, you can run:\n\n### `npm start`\n\nRuns the app in the "
        "development mode.\nOpen http://localhost:3000 to view it in the browser.\n\nThe page will reload if you make "
        "edits.\n"
    )
    assert extract(readme) == ""


def test_cogs_deploy_guide_copied_as_a_readme_is_cogs():
    # shamisen00/my-cog (tune split) and others found with the string search keep Cog's guide.
    readme = (
        "# Deploy models with Cog\n\nCog containers are Docker containers that serve an HTTP server for running "
        "predictions on your model. You can deploy them anywhere that Docker containers run.\n\nThis guide assumes "
        "you have a model packaged with Cog.\n\n## Getting started\n\nBuild the image.\n"
    )
    assert extract(readme) == ""


def test_codespaces_electron_and_jupyter_book_starters_are_theirs():
    # Each found so opening public READMEs (string search), some under the owner's own lines.
    codespace = (
        "# GitHub Codespaces ♥️ React\n\nWelcome to your shiny new Codespace running React! We've got everything "
        "fired up and running for you to explore React.\n\nYou've got a blank canvas to work on from a git "
        "perspective as well. There's a single initial commit with the what you're seeing right now.\n\n"
        "Everything you do here is contained within this one codespace. There is no repository on GitHub yet.\n\n"
        "This project was bootstrapped for you with [Create React App](https://github.com/facebook/create-react-app).\n"
    )
    assert extract(codespace) == ""
    owned = (
        "# Tic Tac Toe\n\nA two-player tic-tac-toe drawn on a canvas.\n\n## GitHub Codespaces ♥️ React\n\n"
        + codespace.split("\n\n", 1)[1]
    )
    assert extract(owned).startswith("A two-player tic-tac-toe drawn on a canvas.")
    electron = (
        "# yozora-launcher\n\n**Clone and run for a quick way to see Electron in action.**\n\nThis is a minimal "
        "Electron application based on the [Quick Start Guide](https://electronjs.org/docs) within the Electron "
        "documentation.\n\n**Use this app along with the [Electron API Demos](https://electronjs.org/) app for API "
        "code examples to help you get started.**\n\nA basic Electron application needs just these files:\n"
    )
    assert extract(electron) == ""
    book = (
        "# Welcome to your Jupyter Book\n\nThis is a small sample book to give you a feel for how book content is\n"
        "structured.\nIt shows off a few of the major file types, as well as some sample content.\n\n"
        "Check out the content pages bundled with this sample book to see more.\n"
    )
    assert extract(book) == ""


def test_package_and_plugin_template_blanks_are_never_the_description():
    # Atom's package generator and WordPress's plugin readme template (string search).
    atom = (
        "# nitrile-preview package\n\nA short description of your package.\n\n![A screenshot of your package]"
        "(https://f.cloud.github.com/assets/69169/2290250/c35d867a.gif)\n"
    )
    assert extract(atom) == ""
    wordpress = (
        "# VABS WordPress Plugin\n\n**Tags:** vabs, booking  \n**License:** GPLv2 or later\n\nHere is a short "
        "description of the plugin. This should be no more than 150 characters. No markup here.\n\n== Description "
        "==\n\nThis is the long description.  No limit, and you can use Markdown (as well as in the following sections).\n"
    )
    assert extract(wordpress) == ""


def test_an_html5_up_themes_letter_is_never_the_sites():
    # The README every HTML5 UP theme ships, kept by sites made from one (string search).
    letter = (
        "Dimension by HTML5 UP\nhtml5up.net | @ajlkn\nFree for personal and commercial use under the CCA 3.0 license "
        '(html5up.net/license)\n\n\nThis is Dimension, a fun little one-pager with modal-ized "pages" and a cool '
        "depth effect.\n\nDemo images* courtesy of Unsplash, a radtastic collection of CC0 (public domain) images.\n"
    )
    assert extract(letter, "README.txt") == ""
    assert extract("# Portfolio\n\n## Arcana by HTML5 UP\n" + letter.split("\n", 1)[1]) == ""
    own = "# Everloft\n\nThe booking site of the Everloft guest house in Goa.\n\n" + letter
    assert extract(own).startswith("The booking site of the Everloft guest house")


def test_github_pages_vaadin_esp_idf_leptos_and_dawn_starters_are_theirs():
    # Each found so in public READMEs (string search), some below the owner's own sections.
    pages = (
        "## Welcome to GitHub Pages\n\nYou can use the [editor on GitHub](https://github.com/x/y/edit/gh-pages/index.md) "
        "to maintain and preview the content for your website in Markdown files.\n\nWhenever you commit to this "
        "repository, GitHub Pages will run [Jekyll](https://jekyllrb.com/) to rebuild the pages in your site.\n\n"
        "### Markdown\n\nMarkdown is a lightweight and easy-to-use syntax for styling your writing.\n"
    )
    assert extract(pages) == ""
    owned = (
        "# SFMuni-Delays\n\nWhich SF Muni bus lines are delayed most as riders return to offices.\n\n## Methodology\n\n"
        + pages
    )
    assert extract(owned).startswith("Which SF Muni bus lines are delayed most")
    vaadin = (
        "# Project Base for Vaadin and Spring Boot\n\nThis project can be used as a starting point to create your own "
        "Vaadin application with Spring Boot.\nIt contains all the necessary configuration.\n\nThe best way to create "
        "your own project based on this starter is [start.vaadin.com](https://start.vaadin.com/).\n\n## Running\n"
    )
    assert extract(vaadin) == ""
    esp = (
        "# _Sample project_\n\n(See the README.md file in the upper level 'examples' directory for more information "
        "about examples.)\n\nThis is the simplest buildable example. The example is used by command `idf.py "
        "create-project`\nthat copies the project to user specified path and set it's name.\n\n## How to use example\n"
    )
    assert extract(esp) == ""
    driver = esp.replace("# _Sample project_", "# _I2C SSD1306 OLED Driver_").replace(
        "## How to use example", "This is the first version of a driver for the SSD1306 OLED display over I2C."
    )
    assert extract(driver).startswith("This is the first version of a driver for the SSD1306")
    leptos = (
        "# Leptos Axum Starter Template\n\nThis is a template for use with the [Leptos](https://github.com/leptos-rs/"
        "leptos) web framework and the [cargo-leptos](https://github.com/akesson/cargo-leptos) tool.\n\n## Creating "
        "your template repo\n"
    )
    assert extract(leptos) == ""
    dawn = (
        "# Dawn\n\nDawn represents a HTML-first, JavaScript-only-as-needed approach to theme development. It's "
        "Shopify's first source available theme.\n\n* **Web-native in its purest form:** Themes run on the web.\n"
    )
    assert extract(dawn) == ""
    # b-estevez/JoeCalamansiPieRevamp (part 736): Shopify's Skeleton theme, under its HTML title.
    skeleton = (
        '<h1 align="center">\n  <img src="./assets/shoppy-x-ray.svg" alt="logo" width="200">\n  <br>\n'
        "  Shopify Skeleton Theme\n</h1>\n\nA minimal, carefully structured Shopify theme designed to help you "
        "quickly get started. Designed with modularity, maintainability, and Shopify's best practices in mind.\n\n"
        "## Getting started\n"
    )
    assert extract(skeleton) == ""


def test_slidevs_starter_lines_are_never_the_description():
    slides = (
        "# Welcome to [Slidev](https://github.com/slidevjs/slidev)!\n\nTo start the slide show:\n\n- `pnpm install`\n"
        "- `pnpm dev`\n- visit <http://localhost:3030>\n\nEdit the [slides.md](./slides.md) to see the changes.\n\n"
        "Learn more about Slidev at the [documentation](https://sli.dev/).\n"
    )
    assert extract(slides) == ""


def test_github_skills_courses_copied_as_the_readme_say_nothing_of_the_project():
    # Found so in many public READMEs (string search): the course's tagline and welcome, and the
    # newer exercises' greeting from Mona.
    course = (
        "<header>\n\n# Introduction to GitHub\n\n_Get started using GitHub in less than an hour._\n\n</header>\n\n"
        "## Welcome\n\nPeople use GitHub to build some of the most advanced technologies in the world. GitHub "
        "Skills’ “Introduction to GitHub” course guides you through everything you need.\n\n"
        "- **Who is this for**: New developers, new GitHub users, and students.\n"
    )
    assert extract(course) == ""
    markdown = (
        "# Communicate using Markdown\n\n_Organize ideas and collaborate using Markdown, a lightweight language for "
        "text formatting._\n\n## Welcome\n\nGitHub is about more than code. It’s a platform for software "
        "collaboration, and Markdown is one of the most important ways developers communicate.\n"
    )
    assert extract(markdown) == ""
    exercise = (
        '# Getting Started with GitHub Copilot\n\n<img src="https://octodex.github.com/images/Professortocat_v2.png" '
        'align="right" height="200px" />\n\nHey V-Rajasekar!\n\nMona here. I\'m done preparing your exercise. Hope '
        "you enjoy! 💚\n\nRemember, it's self-paced so feel free to take a break! ☕️\n\n---\n\n## Running the "
        "Application\n\nFirst, install the dependencies:\n"
    )
    assert extract(exercise) == ""


def test_vue_admin_templates_copied_as_the_readme_are_theirs():
    # Found so in many public READMEs of admin panels (string search).
    template = (
        "# vue-admin-template\n\n> 这是一个极简的 vue admin 管理后台。它只包含了 Element UI & axios & iconfont & "
        "permission control & lint，这些搭建后台必要的东西。\n\n[线上地址](http://panjiachen.github.io/vue-admin-template)\n"
    )
    assert extract(template) == ""
    chinese = (
        "简体中文 | [English](./README.en.md)\n\n## 简介\n\n[vue-element-admin](https://panjiachen.github.io/vue-element-admin) "
        "是一个后台前端解决方案，它基于 [vue](https://github.com/vuejs/vue) 和 [element-ui](https://github.com/ElemeFE/element)"
        "实现。它使用了最新的前端技术栈。\n"
    )
    assert extract(chinese) == ""
    own = "# 仓库管理系统\n\n一个面向中小仓库的库存管理后台。\n\n" + template.split("\n\n", 1)[1]
    assert extract(own).startswith("一个面向中小仓库的库存管理后台")


def test_site_templates_and_themes_kept_by_the_sites_built_on_them_are_theirs():
    # Each found so in public READMEs (string search).
    tailwind = (
        "# Spotlight\n\nSpotlight is a [Tailwind Plus](https://tailwindcss.com/plus) site template built using "
        "[Tailwind CSS](https://tailwindcss.com) and [Next.js](https://nextjs.org).\n\n## Getting started\n"
    )
    assert extract(tailwind) == ""
    theme = (
        "# [Minimal Mistakes Jekyll theme](https://mmistakes.github.io/minimal-mistakes/)\n\nMinimal Mistakes is a "
        "flexible two-column Jekyll theme, perfect for building personal sites, blogs, and portfolios.\n"
    )
    assert extract(theme) == ""
    folio = (
        "# Software Developer Folio ⚡️\n\n## A clean, beautiful and responsive portfolio template for Developers!\n\n"
        "Just change `src/portfolio.js` to get your personal portfolio. Feel free to use it as-is.\n\nIf you'd like "
        "to **contribute** and make this much better for other users, have a look at [Issues](https://x/issues).\n"
    )
    assert extract(folio) == ""


def test_an_invitation_to_contribute_is_never_the_description():
    text = (
        "# Tool\n\nIf you'd like to **contribute** and make this much better for other users, have a look at Issues.\n"
    )
    assert extract(text) == ""
    own = "# Tool\n\nA tool to rename photos by date. If you'd like to contribute, open an issue.\n"
    assert extract(own) == "A tool to rename photos by date."


@pytest.mark.parametrize(
    "readme",
    [
        "# backend\n\nTo run the project locally, first copy `.env.example` to `.env` and fill in the values.\n",
        "# Projeto\n\nPara rodar o projeto, instale as dependências com `npm install` e depois execute `npm start`.\n",
        "# Projet\n\nPour lancer le projet, installez les dépendances puis lancez `npm start`.\n",
        "# frontend\n\n`yarn dev` starts the development server. `yarn build` builds for production.\n",
        "# tasks\n\nmake dev will start a dev environment using webpack-dev-server.\n",
        "# uni\n\nDon't forget to run migrations before starting the server!\n",
        "# app\n\nOpen http://localhost:8080 in your browser after starting the server.\n",
        "# bot\n\nYou need a Discord token to run this bot. Put it in config.json.\n",
    ],
)
def test_a_step_told_to_the_reader_is_never_the_description(readme):
    assert extract(readme) == ""


def test_a_changelog_line_and_the_games_controls_are_never_the_description():
    assert extract("# site\n\nUpdated the header and footer.\n") == ""
    assert extract("# game\n\nControls: WASD to move, space to jump.\n") == ""
    # A description that opens the same way still counts.
    assert extract("# feed\n\nUpdated daily, a feed of new Rust crates.\n").startswith("Updated daily, a feed")
    assert extract("# pyo\n\nPyo compiles CPython to WebAssembly. To run it, open index.html.\n").startswith(
        "Pyo compiles"
    )


def test_phaser_cloudflare_c3_and_turborepo_starters_are_theirs():
    # Each found so in public READMEs (string search).
    phaser = (
        "# Phaser React Template\n\nThis is a Phaser 3 project template that uses the React framework and Vite for "
        "bundling. It includes a bridge for React to Phaser game communication.\n\n### Versions\n\nThis template has "
        "been updated for:\n"
    )
    assert extract(phaser) == ""
    game = (
        "# Word Hunt\n\nA platformer where you spell words before the enemies catch you.\n\n"
        + phaser.split("\n\n", 1)[1]
    )
    assert extract(game).startswith("A platformer where you spell words")
    c3 = (
        "This is a [Next.js](https://nextjs.org/) project bootstrapped with [`c3`](https://developers.cloudflare.com/"
        "pages/get-started/c3).\n\n## Getting Started\n\nFirst, run the development server:\n"
    )
    assert extract(c3) == ""
    assert extract("# Pastebin\nA simple pastebin. " + c3) == "A simple pastebin."
    turbo = "# Turborepo starter\n\nThis is an official starter Turborepo.\n\n## Using this example\n\nRun the following command:\n"
    assert extract(turbo) == ""


def test_nextjs_and_angular_templates_without_their_first_line_say_nothing_of_the_project():
    # Owners often delete the generator's first line and keep the rest (string search).
    nextjs = (
        "# my-shop\n\nYou can start editing the page by modifying `pages/index.js`. The page auto-updates as you edit "
        "the file.\n\n[API routes](https://nextjs.org/docs/api-routes/introduction) can be accessed on "
        "[http://localhost:3000/api/hello](http://localhost:3000/api/hello).\n\nThe `pages/api` directory is mapped to "
        "`/api/*`.\n"
    )
    assert extract(nextjs) == ""
    old_angular = (
        "# MyApp\n\n## Development server\n\nRun `ng serve` for a dev server. Navigate to `http://localhost:4200/`.\n\n"
        "## Code scaffolding\n\nRun `ng generate component component-name` to generate a new component.\n"
    )
    assert extract(old_angular) == ""
    angular = (
        "# MyApp\n\nTo start a local development server, run:\n\n```bash\nng serve\n```\n\nOnce the server is running, "
        "open your browser and navigate to `http://localhost:4200/`.\n\n## Code scaffolding\n\nAngular CLI includes "
        "powerful code scaffolding tools. To generate a new component, run:\n"
    )
    assert extract(angular) == ""
    # A tagline that opens with "Run" still counts.
    assert extract("# llm\n\nRun LLMs locally on your laptop.\n") == "Run LLMs locally on your laptop."


@pytest.mark.parametrize(
    "readme",
    [
        # Expo's, Rails', SvelteKit's and create-t3-app's READMEs, their first line deleted.
        "# Welcome to your Expo app 👋\n\n## Get started\n\nIn the output, you'll find options to open the app in a\n\n"
        "- [development build](https://docs.expo.dev/develop/development-builds/introduction/)\n\nYou can start "
        "developing by editing the files inside the **app** directory.\n\n## Join the community\n\nJoin our community of "
        "developers creating universal apps.\n",
        "# Store\n\nThings you may want to cover:\n\n* Ruby version\n\n* System dependencies\n",
        "# sv\n\n## Creating a project\n\nIf you're seeing this, you've probably already done this step. Congrats!\n",
        "# Create T3 App\n\n## What's next? How do I make an app with this?\n\nWe try to keep this project as simple as "
        "possible, so you can start with just the scaffolding we set up for you.\n",
    ],
)
def test_starter_readmes_without_their_first_line_say_nothing_of_the_project(readme):
    assert extract(readme) == ""


def test_freecodecamps_boilerplates_in_their_other_wordings_are_blanks():
    # Found so in public READMEs (string search), besides "Instructions for building your project …".
    board = (
        "# Anonymous Message Board\n\nThis is the boilerplate for the Anonymous Message Board project. Instructions for "
        "completing your project can be found at https://www.freecodecamp.org/learn/x\n\n# Initial Setup\n\nRun commands "
        "after cloning\n"
    )
    assert extract(board) == ""
    lessons = (
        "# MongoDB and Mongoose Challenges\n\nThis is the boilerplate for the MongoDB and Mongoose lessons. Instructions "
        "for completing these lessons start at [FreeCodeCamp Backend Course](https://www.freecodecamp.org/learn/x)\n"
    )
    assert extract(lessons) == ""


def test_gitees_readme_template_is_a_blank_in_both_its_languages():
    # Kept by many repositories mirrored from Gitee (string search).
    chinese = (
        "# mall\n\n#### 介绍\n{**以下是 Gitee 平台说明，您可以替换此简介**\nGitee 是 OSCHINA 推出的基于 Git 的代码托管平台（同时"
        "支持 SVN）。专为开发者提供稳定、高效、安全的云端软件开发协作平台\n\n#### 软件架构\n软件架构说明\n\n#### 安装教程\n\n1.  xxxx\n"
    )
    assert extract(chinese) == ""
    english = (
        "# shop\n\n#### Description\n{**When you're done, you can delete the content in this README and update the file "
        "with details for others getting started with your repository**}\n\n#### Software Architecture\nSoftware "
        "architecture description\n\n#### Installation\n\n1.  xxxx\n"
    )
    assert extract(english) == ""
    filled = "# shop\n\n#### 介绍\n一个基于 SpringBoot 的商城系统\n\n#### 软件架构\n软件架构说明\n"
    assert extract(filled) == "一个基于 SpringBoot 的商城系统"
    # The architecture blank with a stack tacked on is the blank still; the name under 介绍 says nothing.
    stacked = (
        "# H-2023-08-22\n\n#### 介绍\nH-2023-08-22\n\n#### 软件架构\n软件架构说明-Python\n\n#### 安装教程\n\n1.  xxxx\n"
    )
    assert extract(stacked) == ""


def test_create_vues_older_template_and_siggames_game_clients_are_theirs_not_the_owners():
    # Both found so in many public READMEs (string search).
    vue = (
        "# Vue 3 + Vite\n\nThis template should help get you started developing with Vue 3 in Vite. The template uses "
        "Vue 3 `<script setup>` SFCs, check out the [script setup docs](https://v3.vuejs.org/x) to learn more.\n\n"
        "Learn more about IDE Support for Vue in the [Vue Docs Scaling up Guide](https://vuejs.org/guide/x).\n"
    )
    assert extract(vue) == ""
    client = (
        "# Chess C++ Client\n\nThis is the root of you AI. Stay out of the `joueur/` folder, it does most of the heavy "
        "lifting to play on our game servers.\n\n## How to Run\n\nThis client has been tested on the Campus machines.\n"
    )
    assert extract(client) == ""


@pytest.mark.parametrize(
    "line",
    [  # each found so in many public READMEs (string search)
        "Este proyecto fue generado con [Angular CLI](https://github.com/angular/angular-cli) versión 17.0.0.",
        "Este projeto foi gerado com [Angular CLI](https://github.com/angular/angular-cli) versão 16.2.0.",
        "Este proyecto fue iniciado con [Create React App](https://github.com/facebook/create-react-app).",
    ],
)
def test_a_generators_line_in_spanish_or_portuguese_is_the_generators(line: str) -> None:
    assert extract(f"# Taki\n\n{line}\n\n## Servidor de desarrollo\n\nEjecuta `ng serve`.\n") == ""
    own = f"# Taki\n\nTienda en línea de comida para llevar.\n\n{line}\n"
    assert extract(own) == "Tienda en línea de comida para llevar."


def test_shopifys_app_templates_are_the_templates_not_the_apps():
    # Shopify's Node, Remix, React Router and Next.js app templates (string search: many public READMEs).
    template = (
        "# Shopify App Template - Remix\n\nThis is a template for building a [Shopify app](https://shopify.dev/x) "
        "using the [Remix](https://remix.run) framework.\n\nRather than cloning this repo, you can use your preferred "
        "package manager and the Shopify CLI with [these steps](https://shopify.dev/y).\n\n## Quick start\n\nBefore "
        "you begin, you will need to download and install Node.\n"
    )
    assert extract(template) == ""
    own = template.replace(
        "# Shopify App Template - Remix\n\n", "# Lumen\n\nLumen adds size charts to Shopify stores.\n\n"
    )
    assert extract(own) == "Lumen adds size charts to Shopify stores."


@pytest.mark.parametrize(
    "template",
    [  # each found so in many public READMEs (string search)
        "# churn\n\n## Overview\n\nThis is your new Kedro project, which was generated using `kedro 0.19.5`.\n\n"
        "Take a look at the [Kedro documentation](https://docs.kedro.org) to get started.\n",
        "**Edit a file, create a new file, and clone from Bitbucket in under 2 minutes**\n\nWhen you're done, you can "
        "delete the content in this README and update the file.\n",
        "# Model Card for Model ID\n\n## Model Details\n\nThis is the model card of a 🤗 transformers model that has been "
        "pushed on the Hub. This model card has been automatically generated.\n",
        "# Symfony Docker\n\nA [Docker](https://www.docker.com/)-based installer and runtime for the "
        "[Symfony](https://symfony.com) web framework, with [FrankenPHP](https://frankenphp.dev) inside!\n",
        "# **churn**\n\nThis is a [Blitz.js](https://github.com/blitz-js/blitz) app.\n\n## Getting Started\n",
        "# Jekyll Now\n\n**Jekyll** is a static site generator that's perfect for GitHub hosted blogs "
        "([Jekyll Repository](https://github.com/jekyll/jekyll))\n\n**Jekyll Now** makes it easier to create your "
        "Jekyll blog, by eliminating a lot of the up-front setup.\n",
        "# churn\n\nThis project uses [Gradle](https://gradle.org/).\nTo build and run the application, use the "
        "*Gradle* tool window by clicking the Gradle icon in the right-hand toolbar.\n",
        "# Project\n\n> This repo has been populated by an initial template to help get you started. Please\n> make "
        "sure to update the content.\n\nAs the maintainer of this project, please make a few updates:\n\n- Improving "
        "this README.MD file\n",
        "# Example Package\n\nThis is a simple example package. You can use\n[GitHub-flavored Markdown](https://x.y/z)"
        "\nto write your content.\n",
        "Role Name\n=========\n\nA brief description of the role goes here.\n\nRequirements\n------------\n\nAny "
        "pre-requisites that may not be covered by Ansible itself or the role should be mentioned here.\n",
        "# churn\n\n> Add a short description here!\n\nA longer description of your project goes here...\n\n## Note\n\n"
        "This project has been set up using PyScaffold 4.5. For details see https://pyscaffold.org/.\n",
        "# Remix Indie Stack\n\n![The Remix Indie Stack](https://x.y/z.png)\n\nLearn more about [Remix "
        "Stacks](https://remix.run/stacks).\n",
        "# churn\n\nThis is not an officially supported Google product.\n",
        "# Sample Hardhat 3 Beta Project (`node:test` and `viem`)\n\nThis project showcases a Hardhat 3 Beta project "
        "using the native Node.js test runner (`node:test`) and the `viem` library.\n",
        "# Welcome to your Convex + React (Vite) app\n\nThis is a [Convex](https://convex.dev/) project created with "
        "[`npm create convex`](https://www.npmjs.com/package/create-convex).\n\nAfter the initial setup (<2 minutes) "
        "you'll have a working full-stack app using:\n\n- Convex as your backend\n",
        "# Read Me First\nThe following was discovered as part of building this project:\n\n* The original package "
        "name 'com.example.demo-app' is invalid.\n\n# Getting Started\n\n### Reference Documentation\nFor further "
        "reference, please consider the following sections:\n",
    ],
)
def test_generators_and_hosts_readme_templates_are_theirs_not_the_projects(template: str) -> None:
    assert extract(template) == ""
    owned = template.replace("\n\n", "\n\nChurn prediction pipelines for the telco dataset.\n\n", 1)
    assert extract(owned) == "Churn prediction pipelines for the telco dataset."


def test_sealos_devbox_runtime_templates_lines_are_never_the_description():
    # Sealos Devbox writes these into every runtime's README (string search: "pre-configured in the
    # Devbox environment"); the owner's own line above them is the description.
    template = (
        "# Python HTTP Server Example\n\nThis is a simple Python HTTP server application that demonstrates basic "
        "server functionality.\n\n## Project Description\n\nThis project creates a basic HTTP server using Python's "
        "built-in `http.server` module.\n\n## Environment\n\nThis project runs on a Debian 12 system with Python, which "
        "is pre-configured in the Devbox environment. You don't need to worry about setting up Python.\n"
    )
    assert extract(template) == ""
    own = template.replace("# Python HTTP Server Example\n\n", "# gym\n\nBooking system for the campus gym.\n\n")
    assert extract(own) == "Booking system for the campus gym."


@pytest.mark.parametrize(
    ("setup", "step", "about", "description"),
    [
        (
            "Kurulum",
            "`npm install` komutunu çal\u0131şt\u0131r\u0131n.",
            "Proje Hakk\u0131nda",
            "Bu proje, ders programlar\u0131n\u0131 yöneten bir web uygulamas\u0131d\u0131r.",
        ),
        (
            "Cài đặt",
            "Chạy `npm install`.",
            "Giới thiệu",
            "Ứng dụng quản lý chi tiêu cá nhân được xây dựng bằng React Native.",
        ),
        ("Instalasi", "Jalankan `npm install`.", "Tentang Proyek", "Aplikasi kasir sederhana berbasis web untuk UMKM."),
        (
            "Instalacja",
            "Uruchom `npm install`.",
            "Opis projektu",
            "Aplikacja do zarządzania budżetem domowym napisana w Javie.",
        ),
        ("Встановлення", "Запустіть `npm install`.", "Опис", "Вебзастосунок для бронювання столиків у ресторанах."),
        ("نصب", "دستور `npm install` را اجرا کنید.", "درباره پروژه", "یک فروشگاه اینترنتی ساده با جنگو."),
        ("การติดตั้ง", "รัน `npm install`", "เกี่ยวกับโปรเจกต์", "เว็บแอปพลิเคชันสำหรับจองห้องประชุมภายในบริษัท"),
        (
            "Instalação",
            "Execute `npm install`.",
            "Sobre o projeto",
            "Uma aplicação para controle de estoque de uma padaria.",
        ),
    ],
)
def test_set_up_and_about_headings_in_more_languages(setup, step, about, description):
    # The set-up section's step is never the description; the "about" section below it holds it.
    readme = f"# Proje\n\n## {setup}\n\n{step}\n\n## {about}\n\n{description}\n"
    assert extract(readme) == description


@pytest.mark.parametrize(
    "step",
    [
        "Jalankan `npm install` lalu `npm start`.",
        "Uruchom `npm install`, a następnie `npm start`.",
        "Chạy `npm install` rồi `npm start`.",
        "Execute `npm install` e depois `npm start`.",
        "先运行 `npm install`，然后运行 `npm start`。",
        "`npm install` を実行してから `npm start` を実行します。",
        "Instale as dependências com `npm install`.",
        "Установите зависимости командой `npm install`.",
        "依存関係をインストールします：`npm install`",
        "started clone and bundle install!",
    ],
)
def test_a_command_to_type_makes_a_step_in_any_language(step):
    assert extract(f"# app\n\n{step}\n") == ""


@pytest.mark.parametrize(
    "description",
    [
        "Go bindings for SQLite, usable with go get.",
        "A wrapper around docker compose up that restarts crashed services.",
        "A tiny CLI to rename photos.",
        "Go test helpers for HTTP handlers.",
    ],
)
def test_a_command_the_project_works_with_is_no_step(description):
    assert extract(f"# app\n\n{description} Install it with `pip install renamer`.\n") == description


@pytest.mark.parametrize(
    ("notice", "description"),
    [
        ("This project is no longer maintained.", "A web app to track expenses."),
        ("Este projeto não é mais mantido.", "Uma aplicação para controle de estoque."),
        ("Dieses Projekt wird nicht mehr gepflegt.", "Eine Web-App zur Verwaltung von Vereinsmitgliedern."),
        ("Ce projet n'est plus maintenu.", "Une application web pour suivre ses dépenses."),
        ("Этот проект больше не поддерживается.", "Веб-приложение для учёта расходов."),
        ("Ten projekt nie jest już rozwijany.", "Aplikacja do zarządzania budżetem domowym."),
        ("本项目已不再维护。", "一个用于管理图书借阅的系统。"),
        ("이 프로젝트는 더 이상 유지되지 않습니다.", "동아리 회원을 관리하는 웹 서비스입니다."),
    ],
)
def test_a_short_sentence_of_its_own_after_a_notice_is_the_description(notice, description):
    assert extract(f"# app\n\n{notice}\n\n{description}\n") == description
    # Alone, the notice is all there is to quote.
    assert extract(f"# app\n\n{notice}\n") == notice


def test_a_paragraph_that_goes_on_with_the_notice_is_not_the_description():
    readme = "# app\n\nThis project is no longer maintained.\n\nPlease use the new version at https://x.org instead.\n"
    assert extract(readme) == "This project is no longer maintained."


def test_a_stage_inside_a_description_is_still_the_description():
    assert extract("# app\n\nUma aplicação em desenvolvimento para controle de estoque.\n").startswith("Uma aplicação")


def test_a_chinese_question_the_text_answers_about_the_work_stays_a_question():
    # "Why make this project? Because …": not a pitch put to the reader.
    assert extract("# KeyFinder\n\n为什么要做这个项目？因为市面上的工具都太复杂了。\n") == "为什么要做这个项目？"


def test_a_hard_wrapped_thai_sentence_is_a_paragraph_not_a_list_of_lines():
    # Thai spaces phrases, not words: its lines are short by their letters, as Chinese ones are.
    assert extract("# app\n\nเว็บแอปพลิเคชันสำหรับจอง\nห้องประชุมภายในบริษัท\n") == "เว็บแอปพลิเคชันสำหรับจอง ห้องประชุมภายในบริษัท"
    assert extract("# app\n\nusername leon\npassword leon\n") == ""


def test_a_for_study_only_disclaimer_is_never_the_description():
    description = "一个用于管理图书借阅的系统。"
    assert extract(f"# app\n\n本项目仅供学习交流使用，请勿用于商业用途。\n\n{description}\n") == description
    assert extract("# app\n\nThis project is for educational purposes only.\n\nA web app to track stock.\n") == (
        "A web app to track stock."
    )
    # A description made for learning says what it is.
    learning = "A RISC-V RV32I core written in SystemVerilog for learning purposes."
    assert extract(f"# app\n\n{learning}\n") == learning
    assert extract("# app\n\n一个仅供学习的 React 示例项目，演示路由和状态管理。\n").startswith("一个仅供学习的")


def test_the_readme_template_blogs_lorem_ipsum_blank_is_never_the_description():
    # Found so in many public READMEs (string search).
    template = (
        "# VideoStreamingApp\n\n## Table of contents\n* [General info](#general-info)\n\n## General info\nThis "
        "project is simple Lorem ipsum dolor generator.\n\n## Technologies\nProject is created with:\n* Lorem "
        "version: 12.3\n"
    )
    assert extract(template) == ""
    filler = "# Site\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n\nA site for the bakery.\n"
    assert extract(filler) == "A site for the bakery."


def test_readme_sos_blanks_are_never_the_description():
    # readme.so's editor output, found so in many public READMEs (string search).
    blank = (
        "# Project Title\n\nA brief description of what this project does and who it's for\n\n## Appendix\n\nAny "
        "additional information goes here\n\n## FAQ\n\n#### Question 1\n\nAnswer 1\n\n## Related\n\nHere are some "
        "related projects\n\n## Support\n\nFor support, email fake@fake.com or join our Slack channel.\n"
    )
    assert extract(blank) == ""
    own = (
        "# Terraform AWS Infra\n\nA brief description of what this project does and who it's for\n\nThis repository "
        "contains Terraform code to provision an enterprise-grade infrastructure on AWS.\n"
    )
    assert extract(own).startswith("This repository contains Terraform code")


def test_dbaders_readme_template_blanks_are_never_the_description():
    # Found so in many public READMEs (string search).
    blank = (
        "# Product Name\n> Short blurb about what your product does.\n\n[![NPM Version][npm-image]][npm-url]\n\nOne to "
        "two paragraph statement about your product and what it does.\n\n## Usage example\n\nA few motivating and "
        "useful examples of how your product can be used.\n"
    )
    assert extract(blank) == ""
    own = "# Sudoku\n> Short blurb about what your product does.\n\nA sudoku solver written in Rust.\n"
    assert extract(own) == "A sudoku solver written in Rust."


def test_the_save_you_time_readme_template_is_a_blank():
    readme = (
        "# Accountmanager API\n\n> This is a ReadMe template to help save you time and effort.\n\n---\n\n## Description"
        "\n\nAccountmanager api is a wrapper which performs three operations on the Fabrick API.\n"
    )
    assert extract(readme).startswith("Accountmanager api is a wrapper")
    blank = (
        "# Project Title\n\n> This is a ReadMe template to help save you time and effort.\n\n### Table of Contents\n"
        "You're sections headers will be used to reference location of destination.\n\n## Description\n\nCreating "
        "ReadMe's for your Github repository can be tedious.  I hope this template can save you time.\n"
    )
    assert extract(blank) == ""


def test_chrome_extension_boilerplates_are_the_generators():
    # Found so in many public READMEs (string search).
    webpack = (
        "# My Ext\n\n## Features\n\nThis is a basic Chrome Extensions boilerplate to help you write modular and modern "
        "Javascript code, load CSS easily and [automatic reload the browser on code changes](https://x).\n"
    )
    assert extract(webpack) == ""
    vite = (
        '# Ext\n\n## Intro <a name="intro"></a>\n\nThis boilerplate is made for creating chrome extensions using React '
        "and Typescript.\n> The focus was on improving the build speed and development experience with Vite.\n"
    )
    assert extract(vite) == ""


def test_a_thai_title_tagline_is_counted_in_letters():
    # Thai spaces phrases, not words: "four words or more after the name" never held.
    readme = "# คลังสินค้า - เว็บแอปสำหรับจัดการสต็อกสินค้าในร้านค้าขนาดเล็ก\n\n## Instalação\n\n`npm install`\n"
    assert extract(readme) == "เว็บแอปสำหรับจัดการสต็อกสินค้าในร้านค้าขนาดเล็ก"
    assert extract("# คลังสินค้า - ระบบ\n") == ""


def test_a_sentence_title_read_as_the_description_leaves_its_name_out():
    readme = "# Once: The best way to be productive and limit the usage of time-consuming websites.\n\n## Features\n\n- Block sites\n"
    assert extract(readme) == "The best way to be productive and limit the usage of time-consuming websites."


def test_a_chinese_description_that_names_its_licence_still_counts():
    assert extract("# app\n\n一个基于 MIT 协议开源的库存管理系统。\n") == "一个基于 MIT 协议开源的库存管理系统。"


def test_how_the_project_came_to_be_is_not_what_it_is_in_italian():
    # michelebaruffetti/Airbnb-like-Laravel-Project: "Il progetto è stato realizzato …" says when it
    # was made, like "The project was made …"; the noun phrase before it says what it is.
    readme = (
        "# Airbnb-like\n\nUtilizzo di Laravel per creare un sito ispirato ad Air-Bnb, completo di registrazione utente "
        "e login, possibilità di inserire i propri appartamenti, geolocalizzarli e visualizzarli su una mappa, "
        "ricercare sul sito per città, affinare la ricerca con i servizi inclusi nell'appartamento e promuovere "
        "il proprio appartamento scegliendo uno dei tre piani di sponsorizzazione.\n\n"
        "Il progetto è stato realizzato al termine del corso Boolean Careers, in un team di cinque studenti.\n"
    )
    assert extract(readme).startswith("Utilizzo di Laravel")


def test_a_chinese_paragraph_opening_as_a_kind_of_thing_is_a_tagline():
    # "一个 …" is "A …": the tagline says what the project is; "这是一个课程作业" after it is what it was for.
    readme = "# 仓库管理系统\n\n一个面向中小仓库的库存管理后台。\n\n这是一个课程作业，使用 Vue 和 Element UI 开发。\n"
    assert extract(readme) == "一个面向中小仓库的库存管理后台。"


def test_a_tagline_that_leads_into_its_features_is_still_a_tagline():
    # zhengxun890311/Tweezer: it ends pointing below, but it opens saying what the project is.
    readme = "# Tweezer\n\nA Twitter clone with the following features.\n\n- Profiles\n- Posts\n"
    assert extract(readme) == "A Twitter clone with the following features."


def test_a_tagline_naming_a_demo_is_still_a_tagline():
    assert extract("# hooks\n\nAn online demo of React hooks.\n\n## Run\n\nnpm start\n") == (
        "An online demo of React hooks."
    )


def test_a_section_on_the_role_of_the_project_says_what_it_is_after_a_lead_in():
    # equino-actracker/actracker-api: "… with learning the following topics in mind:" over a list
    # leads into it; "# Role of actracker-api in Actracker project" is about the project.
    readme = (
        "# Purpose of actracker-api\nThis application has been created with learning the following topics in mind:\n"
        "- DDD methodology\n- Relational databases\n\n# Role of actracker-api in Actracker project\n"
        "The role of this application is exposing the API for Actracker entities CRUD operations.\n\n"
        "# Architecture\nThe application runs as a Spring Boot container.\n"
    )
    assert extract(readme) == "The role of this application is exposing the API for Actracker entities CRUD operations."


def test_a_tool_for_branches_is_still_described():
    assert extract("# twig\n\nA tool to tidy up stale git branches.\n") == "A tool to tidy up stale git branches."


def test_a_lead_in_ending_on_its_verb_and_a_requirement_are_never_the_description():
    # gdennen0/EchoZero: a branch note, "The canonical app surfaces in this repo are:" over a list,
    # then "EchoZero requires Python 3.11 or newer. On older macOS installs, …": nothing says what it is.
    readme = (
        "# EchoZero\n\nEchoZero is now trimmed to the EZ2 app lane in this branch.\n\n"
        "The canonical app surfaces in this repo are:\n- `run_echozero.py` for the desktop shell\n- `echozero/` for the core\n\n"
        "## Quick Start\n\nEchoZero requires Python 3.11 or newer. On older macOS installs, python3 may point to 3.9.\n"
    )
    assert extract(readme) == ""


def test_a_heading_in_which_the_project_says_what_it_is_is_its_description():
    # cottonBlanket/SpringBoot_Project: every line a setext heading, one of them "Проект представляет
    # собой web api …" ("The project is a web API …"); its words ("api") made it read as a set-up heading.
    readme = (
        "Project for the Applied Java Programming course by SKB LAB\n===\n\nStudent: Danil M\n---\n\n"
        "The project is a web API for a service where students hand in homework\n---\n\nImplemented:\n---\n"
    )
    assert extract(readme) == "The project is a web API for a service where students hand in homework"
    russian = readme.replace(
        "The project is a web API for a service where students hand in homework",
        "Проект представляет собой web api для сервиса сдачи домашних работ студентами",
    )
    assert extract(russian) == "Проект представляет собой web api для сервиса сдачи домашних работ студентами"


def test_what_was_done_with_the_project_in_korean_is_not_what_it_is():
    # Diving-Seagull/With-u: "이 프로젝트는 … 해커톤 DIVE2024에서 … 진행했습니다." (it was carried out at a
    # hackathon), then under "## 프로젝트 소개" what the app is.
    readme = (
        "# With-u\n#### 이 프로젝트는 부산광역시 공공데이터 활용 해커톤 DIVE2024에서 진행했습니다.\n\n"
        "## 프로젝트 소개\nWith-u는 WYD2027 행사를 위한 팀 관리 애플리케이션입니다.\n"
    )
    assert extract(readme) == "With-u는 WYD2027 행사를 위한 팀 관리 애플리케이션입니다."


def test_a_paragraph_naming_the_project_only_after_its_opening_sentence_is_context():
    # The excerpt is a paragraph's first sentence: "Small shops … are common." says nothing of Kassa,
    # though the paragraph goes on "That is where Kassa comes in."
    readme = (
        "# Kassa\n\nSmall shops often keep their accounts on paper, and mistakes are common. "
        "That is where Kassa comes in.\n\nKassa is a till for small shops that runs in the browser.\n"
    )
    assert extract(readme) == "Kassa is a till for small shops that runs in the browser."


def test_a_description_that_tells_how_it_began_still_describes():
    # underscore95/Chimp: "Chimp is a game framework originally started as a university project …".
    readme = (
        "# Chimp\n\nChimp is a game framework originally started as a university project.\n\nBlaboon uses Chimp v1.\n"
    )
    assert extract(readme) == "Chimp is a game framework originally started as a university project."


def test_it_after_a_definition_is_the_definitions_subject():
    # New-York-Praktikum-Team/game-frontend: "Nyma is a Zuma game clone …" then "It is a classic
    # tile-matching puzzle video-game.": "it" goes on about Nyma; it does not start afresh.
    readme = (
        "# Nyma game\n\n## Overview\n\nNyma is a Zuma game clone developed from scratch for a course.\n\n"
        "It is a classic tile-matching puzzle video-game.\n"
    )
    assert extract(readme) == "Nyma is a Zuma game clone developed from scratch for a course."


def test_a_score_before_a_dash_is_no_version():
    # SignalPilot-Labs/SignalPilot: "**65.6 — +5.3 ahead of the next-best system** …" is a benchmark row.
    readme = (
        "# SignalPilot\n\n**65.6 — +5.3 ahead of the next-best system** (May 2026)\n\n"
        "**Governed AI agents for your data stack — db, dbt, and more.**\n"
    )
    assert extract(readme) == "Governed AI agents for your data stack — db, dbt, and more."


def test_a_plain_text_readme_splits_at_its_rules():
    # tdenewiler/stingray and peter0102/Abalone box their titles between rules of "="; the rule is no
    # word of the paragraph under it.
    readme = (
        "=====================\n= Kassa =\n=====================\n"
        "Kassa is a till for small shops that runs in the browser.\n\n======\n= Install =\n======\nRun make.\n"
    )
    assert extract(readme, "README.txt") == "Kassa is a till for small shops that runs in the browser."


def test_a_name_followed_by_any_word_is_not_the_name_saying_what_it_is():
    from showcase.excerpt_names import opens_with_name

    # Each turn of phrase after the name is one alternative of a pattern; an empty one would match all.
    assert not opens_with_name("Kassa sold twelve copies last year.", "Kassa")
    assert opens_with_name("Kassa helps small shops keep their till.", "Kassa")


def test_a_caption_is_never_the_description():
    description = "Kassa is a till for small shops that runs in the browser."
    assert extract(f"# Kassa\n\nThe GIF above shows Kassa in action.\n\n{description}\n") == description


def test_a_mirror_notice_gives_way_to_the_description():
    description = "Kassa is a till for small shops that runs in the browser."
    assert extract(f"# Kassa\n\nMirror of https://gitlab.com/ana/kassa.\n\n{description}\n") == description
    assert extract("# Kassa\n\nMirror of https://gitlab.com/ana/kassa.\n") == "Mirror of https://gitlab.com/ana/kassa."


def test_the_licence_said_as_open_source_under_it_is_no_description():
    # iccb1013/Sheng.Winform.IDE: "This project is open source under the MIT license. You are free to
    # use it …", then "This project was developed during my spare time between 2009 and 2011. …".
    readme = (
        "# Sheng.Winform.IDE\n\nThis project is open source under the MIT license. You are free to use it.\n\n"
        "This project was developed during my spare time between 2009 and 2011.\n"
    )
    assert extract(readme) == "This project was developed during my spare time between 2009 and 2011."


def test_three_paragraphs_of_context_may_come_before_the_project():
    # YSCJRH/WinChronicle: a Chinese tagline, then context, then "WinChronicle turns …".
    context = [
        "Small shops often keep their accounts on paper, and mistakes are common.",
        "Most till software is built for chains and costs a fortune.",
        "Cloud tills need a connection that many markets do not have.",
    ]
    description = "Kassa is a till for small shops that runs in the browser."
    assert extract("# Kassa\n\n" + "\n\n".join([*context, description]) + "\n") == description


@pytest.mark.parametrize("alt", ["Malachite", "Malachite logo"])
def test_a_banner_set_as_the_title_names_the_project_by_its_alt_text(alt: str) -> None:
    # orbitorg/malachite (part 668): an h1 holding only the banner, then an h4 of two taglines; the
    # first tagline was read as the title, a title-case name written without its "#".
    readme = (
        f'<h1 align="center">\n<img src="./assets/banner.png" alt="{alt}" width="2400">\n</h1>\n\n'
        '<h4 align="center">\n    Flexible BFT Consensus Engine in Rust<br/>\n'
        "    State-of-the-art implementation of Tendermint\n</h4>\n\n## About\n\n"
        "Malachite is a Byzantine-fault tolerant (BFT) consensus engine implemented in Rust.\n"
    )
    assert extract(readme) == "Flexible BFT Consensus Engine in Rust"


def test_a_table_that_holds_the_title_lays_out_the_header():
    # A probe of fifteen HTML headers: a logo in one cell, the title and tagline in the next.
    readme = (
        '<table><tr><td><img src="logo.png"></td><td><h1>Kassa</h1><p>A till for small shops that runs in the '
        "browser.</p></td></tr></table>\n\n## Install\n\nRun make.\n"
    )
    assert extract(readme) == "A till for small shops that runs in the browser."
    # Without a title in it, a table is layout: sponsors, badges, screenshots.
    readme = (
        '# Kassa\n\n<table><tr><td><img src="acme.png"></td><td>Acme sponsors the servers we build on.</td></tr>'
        "</table>\n\nA till for small shops that runs in the browser.\n"
    )
    assert extract(readme) == "A till for small shops that runs in the browser."


def test_a_notes_label_over_the_project_saying_what_it_is_goes():
    # SamuelMarks/ml-switcheroo-compiler (part 747): "> **Note:** This repository serves as …".
    readme = "# X\n\n> **Note:** This repository serves as the core engine for the zero ecosystem.\n\n## Install\n\nRun it.\n"
    assert extract(readme) == "This repository serves as the core engine for the zero ecosystem."
    assert extract("# X\n\nNB: This repository contains the code for the Kassa till.\n") == (
        "This repository contains the code for the Kassa till."
    )
    # Over anything else a note keeps its label: "Note: run it twice." is a note.
    assert extract("# X\n\nNote: the printer must be on before the till starts.\n").startswith("Note:")


def test_what_the_reader_needs_said_of_what_the_project_gives_is_no_obligation():
    # danielsogl/awesome-cordova-plugins (part 748): "any native functionality you need to your … app".
    readme = (
        "# Ionic Native\n\nIonic Native is a curated set of wrappers for Cordova plugins that make adding any native "
        "functionality you need to your Ionic 2 mobile app easy.\n\n"
        "Ionic Native wraps plugin callbacks in a Promise or Observable.\n"
    )
    assert extract(readme).startswith("Ionic Native is a curated set of wrappers for Cordova plugins")
    assert extract("# T\n\nEverything you need to build a Svelte library, in one place.\n").startswith("Everything")
    # An obligation stays one: "You need to run make first." is a step.
    assert extract("# T\n\nYou need to run make before the first start.\n\nT draws maps.\n") == "T draws maps."


def test_a_github_alerts_marker_is_its_title_not_its_words():
    # A probe of blockquote shapes: "> [!NOTE]" is drawn as the alert's title.
    readme = "# kassa\n\n> [!NOTE]\n> A till for small shops that runs in the browser.\n\n## Install\n\nRun make.\n"
    assert extract(readme) == "A till for small shops that runs in the browser."
    # ecmwf/anemoi-datasets: how mature it is says nothing of what it is, in an alert or not.
    readme = "# anemoi\n\n> \\[!IMPORTANT\\]\n> This software is **Incubating** and subject to ECMWF's guidelines.\n"
    assert extract(readme) == ""
    assert extract("# kassa\n\n> [!WARNING]\n> This project is in beta.\n") == ""
    sentence = "This project is experimental, a till for small shops that runs in the browser."
    assert extract(f"# kassa\n\n{sentence}\n") == sentence


def test_a_question_the_reader_may_have_sent_elsewhere_is_a_pointer():
    readme = "# kassa\n\n> Looking for the old version? See the v1 branch.\n\nA till for small shops that runs in the browser.\n"
    assert extract(readme) == "A till for small shops that runs in the browser."


def test_looking_for_something_asked_of_the_reader_is_a_pitch_before_the_answer():
    readme = "# kassa\n\nLooking for a till that runs in the browser? Kassa is one, made for small shops.\n"
    assert extract(readme) == "Kassa is one, made for small shops."


def test_a_readme_written_as_a_manual_page_gives_its_name_sections_words():
    # pod2text's README, kept by many CPAN modules: NAME, then "Module - what it is".
    readme = (
        "NAME\n    Mojo::UserAgent - Non-blocking I/O HTTP and WebSocket user agent\n\n"
        "SYNOPSIS\n      use Mojo::UserAgent;\n"
    )
    assert extract(readme, "README") == "Non-blocking I/O HTTP and WebSocket user agent"
    # "Name" as a word of a sentence is no such section.
    readme = "# Name\n\nName - a till for small shops that runs in the browser.\n"
    assert extract(readme) == "Name - a till for small shops that runs in the browser."


def test_a_course_and_its_lettered_project_say_what_the_repository_is():
    # Physalisx8/SilverFish (part 753): the course's name and "Projekt A", then the students, labelled.
    readme = (
        "# SilverFish\nAngewandte Programmierung Projekt A\n\nStudierende der HAW:\nRössler, Francie \t2435038\n\n"
        'Projekt: \nDas Projekt ist komplett im Ordner "Code" abgelegt.\n'
    )
    assert extract(readme) == "Angewandte Programmierung Projekt A"
    # The students, labelled with where they study, are never the description.
    assert (
        extract("# X\n\nStudents of group 3: Ana, Bo and Cy\n\nA till for small shops.\n") == "A till for small shops."
    )
