"""Template blanks and template lines: words a README template or a starter leaves where a
description was meant to go, each never a project's description on its own.

Unlike `excerpt_templates.GENERATED`, which marks the rest of a generator's section as its manual,
each of these lines is dropped alone: the owner's own lines around it still count. Each was found so
in public READMEs. `excerpt_never.never_the_description` uses them.
"""

from __future__ import annotations

import re

# A template's blank where a description was meant to go: "A new Flutter project.", "Add a short
# description here!", "이곳에 프로젝트에 대한 간단한 설명을 작성합니다."
PLACEHOLDER = re.compile(
    # ("A new Flutter application using the SRS System to learn." is the owner's line, written over it.)
    r"^(a new flutter (project|application|plugin|package|module)( project)?\W*$|add a (short )?description here"
    # "A new splat project.", alone: the same line, written by other generators.
    r"|a new [\w.-]+ (project|app|application|plugin|package)\.?$"
    r"|a longer description of your project goes here|(todo:? )?(write|add) (a|the|your) (short )?(project )?description"
    r"|(short |project )?description (of your project )?goes here|describe your project here"
    r"|this is (my|our) first (file|repo|repository|commit|project|readme)\b)"
    r"|one paragraph of project description goes here"
    # README templates' blanks: "A short description about the project and/or client.", "Brief
    # description of the project.", "Project description here.", "Insert description here.",
    # "Provide a short description explaining the what, why, and how …", "Descrição do projeto.".
    r"|^\W*(a )?(brief|short) description (of|about) (the|this|your) (project|app|repository|repo)\b[^.:：—–-]{0,25}\W*$"
    r"|^\W*(your )?project(['’]s)? description (here|goes here)\W*$|^\W*insert (a |the |project )?description here\W*$"
    r"|^provide a short description explaining the what, why,? and how\b"
    r"|^a little info about your project and/or overview\b"
    # …and a section's name typed as a line of its own: "Descripción del juego", "Description of the game".
    r"|^\W*(descri[çc][ãa]o|descripci[óo]n|description|beschreibung|описание) (do|da|del|de la|de los|du|de l['’]|des|der"
    r"|of the|of this|of my) [\w'-]+( [\w'-]+)?\W*$|^\W*(项目描述|項目描述|项目简介|項目簡介)\W*$"
    # Atom's package generator writes "A short description of your package.", a WordPress plugin's
    # readme template "Here is a short description of the plugin." over "This is the long description."
    r"|a short description of (the|your) (project|package|plugin|library|module|extension|app|application|gem|tool)\b"
    r"|^here is a short description of the plugin\b|^this is the long description\. no limit, and you can use markdown\b"
    r"|breve descripción (o lema )?del proyecto|una descripción más detallada del proyecto"
    r"|이곳에 프로젝트에 대한|프로젝트에 대한 간단한 설명|プロジェクトの概要を書|簡単な説明をここに記述"
    r"|在这里(写|填写)项目|用\s*\d+\s*[-~到至]\s*\d+\s*句话描述|(简要|简单)(说明|描述)项目的"
    r"|^this is where your description should go\b"  # Spatie's package skeletons
    # "This is a test.", "Nothing to see here.", "Ignore this repo.": a line that says there is nothing.
    r"|^(this is (just )?a test|nothing to see here|(please )?ignore this( repo| repository)?)\W*$"
    # "Initial commit", "Nothing here yet.", "test repo": git's first message or a line saying
    # there is nothing yet, where a description was to go.
    r"|^((first|initial) commit|nothing (here )?yet|(a )?test(ing)? (repo|repository|project))\W*$"
    # "Add files via upload", "Update README.md": GitHub's own commit messages; "Hello world", "Just
    # testing.", "My first repository", "No description, website, or topics provided." (GitHub's words
    # for a repository without one): a line where a description was to go.
    r"|^(add files via upload|(create|update) readme(\.md)?|hello,? world|just (a )?test(ing)?)\W*$"
    r"|^(this is )?my (very )?first (github )?(repo|repository)\W*$"
    r"|^no description(, website, or topics)?( provided)?\W*$"
    # The same lines abroad: "Sin descripción.", "Hola mundo", "Mi primer repositorio", "Solo pruebas.".
    r"|^(sin|sem|sans|pas de|keine) (descripci[óo]n|descri[çc][ãa]o|description|beschreibung)\W*$"
    r"|^(hola|olá|ola|bonjour|hallo|ciao) (mundo|monde|welt)\W*$"
    r"|^((mi|meu|mon|mein) )?(primer|primeiro|premier|erstes) (repositorio|repositório|dépôt|repository)\W*$"
    r"|^(solo|apenas|só|nur) (pruebas|testes|probando|testando|tests)\W*$"
    # "A description of this package.": what `swift package init` writes under the package's name.
    r"|^a description of this (package|project|library|module|app|application)\.?$"
    # "A thing that does something.": a description that says, in jest, that it says nothing.
    r"|^an? (thing|program|project|tool|library|app) that does (something|stuff|things)\W*$"
    # "Primeiro commit", "Repositório de teste", "Тестовый репозиторий", "测试仓库", "テスト用リポジトリ": the same abroad.
    r"|^(primeiro|primer|premier|erster|primo) commit\W*$|^первый коммит\W*$|^(初始|首次)提交\W*$|^最初のコミット\W*$|^첫 커밋\W*$"
    r"|^(repositório|repositorio|dépôt|repo|projeto|proyecto|projet|progetto) de (teste|prueba|test)\W*$"
    r"|^test-?(repository|repo|projekt)\W*$|^тестовый (репозиторий|проект)\W*$|^测试(仓库|项目|用)\W*$"
    r"|^テスト用?の?(リポジトリ|プロジェクト)\W*$|^테스트(용)? (저장소|프로젝트|레포)\W*$"
    # "I will add a description later.", "Description to be added.": the description, promised.
    r"|^(i |we )?(will|'ll|am going to|are going to) (add|write) (a |the |an? )?(short )?(description|readme|"
    r"details|documentation)\b[^.!?]{0,30}(later|soon)\W*$|^(description|readme|details|documentation) (to be added|tbd|tba)\W*$"
    # "Generated by cookiecutter.", "managed by chezmoi.": which tool made or keeps the files, alone on its line.
    r"|^(generated|scaffolded|bootstrapped|managed) (by|with|using) [\w.@/-]+\W*$"
    r"|^behold my awesome project\b"  # cookiecutter-django's default description
    # freeCodeCamp's project boilerplates: "This is the boilerplate for the Exercise Tracker project.
    # Instructions for building your project can be found at https://www.freecodecamp.org/learn/…"
    r"|\binstructions for (building|completing) (your|this) project can be found at\b|\binstructions for completing these lessons start at\b"
    # Microverse's README template: "> Describe your project in 1 or 2 sentences." over
    # "**[your_project__name]** is a..." (a blank when nothing follows "is a").
    r"|^describe your project in (1|one) or (2|two) sentences|^\S[^.!?]{0,60}\bis an?\s?(\.\.\.|…)$"
    # Azure DevOps' README template: "TODO: Give a short introduction of your project."
    r"|^todo:? give a short introduction\b|\blet this section explain the objectives\b"
    # PurpleBooth's README template and its Spanish translation, under "Getting Started" / "Comenzando
    # 🚀": "These instructions will get you a copy of the project up and running on your local machine …"
    r"|^these instructions will (get you|allow you to obtain|give you|help you get) a copy of the project\b"
    r"|^estas instrucciones te permitir[áa]n obtener una copia del proyecto\b"
    # The one line the Symfony installer (Symfony 2 and 3) writes under the project's name: "A
    # Symfony project created on August 17, 2017, 7:57 am." (found so in public READMEs).
    r"|^a symfony project created on \w+ \d{1,2}, \d{4}\b"
    # The README GitLab writes into every new project (makeareadme.com's template), found so in
    # public READMEs: "To make it easy for you to get started with GitLab, here's a list of
    # recommended next steps.", "Let people know what your project can do specifically." …
    r"|^to make it easy for you to get started with gitlab\b|^already a pro\? just edit this readme"
    r"|^when you'?re ready to make this readme your own\b|^every project is different, so consider which of these"
    r"|^choose a self-explaining name for your project\b|^let people know what your project can do specifically\b"
    r"|^on some readmes, you may see small images\b|^depending on what you are making, it can be a good idea\b"
    r"|^within a particular ecosystem, there may be a common way\b|^use examples liberally\b"
    r"|^tell people where they can go to for help\b|^if you have ideas for releases in the future\b"
    r"|^state if you are open to contributions\b|^show your appreciation to those who have contributed\b"
    r"|^for open source projects, say how it is licensed\b|^if you have run out of energy or time for your project\b"
    # A blank in brackets, left for the author: "[Short description of what this project does and
    # why it exists — revise before pushing]", "[Describe the problem: …]", "[Brief narrative of …]".
    r"|^\[((a )?(short|brief|one[- ]line) )?(description|summary|overview|narrative|explanation|introduction) of\b[^\]]{0,300}\]$"
    r"|^\[(describe|explain|add|insert|write|summari[sz]e|briefly)\b[^\]]{0,300}\]$"
    # Lines starters write, found so opening public READMEs, often over the owner's own notes: the
    # Learn Next.js course's, Obsidian's sample plugin's, the Kotlin Multiplatform wizard's (and its
    # tour of the project's folders).
    r"|^this is a starter template for \[?learn next\.js\b"
    r"|^this is a sample plugin for obsidian \(?https://obsidian\.md\)?\.?$"
    r"|^this project uses typescript to provide type checking and documentation\b"
    r"|^this is a kotlin multiplatform project targeting [\w ,()]+\.?$"
    r"|^\W{0,2}/(composeapp|iosapp|shared|server)\W{0,2} (is for|contains)\b"
    # electron-vite's templates, over its own "Recommended IDE Setup" (sometimes over the owner's
    # "## About", so only the line goes).
    r"|^an electron application with (react|vue|svelte|solid|vanilla)( and typescript)?\.?$"
    # Best-README-Template's blanks, left in many READMEs made from it: its tagline, its About
    # paragraph and list, its blank version's; the "Simple README" template's; dbt's starter.
    r"|^an awesome readme template to jumpstart your projects\b|^project_description$"
    r"|^there are many great readme templates available on github\b|^here'?s a blank template to get started\b"
    r"|^your time should be focused on creating something amazing\b|^use the \W?blank_readme\.md\W? to get started\b"
    r"|^simple overview of use/purpose\b|^an in-depth paragraph about your project and overview of use\b"
    r"|^welcome to your new dbt project\b"
    # The line over every ESP-IDF example's README.
    r"|^\W*see the readme\.md file in the upper level \W?examples\W? directory for more information about examples\b"
    # GitHub Skills' courses, copied as the learner's README: each course's tagline and welcome
    # (found so in public READMEs), and the newer exercises' greeting from Mona.
    r"|^(get started using github in less than an hour|create a site or blog from your github repositories with github pages"
    r"|create and run a github actions workflow|collaborate and work together on github"
    r"|organize ideas and collaborate using markdown, a lightweight language for text formatting"
    r"|learn why conflicts happen and how to resolve them|develop code using github codespaces and visual studio code)\W*$"
    r"|^people use github to build some of the most advanced technologies in the world\b"
    r"|^with github pages, you can host project blogs, documentation, resumes, portfolios\b"
    r"|^automation is key for streamlining your work processes, and github actions is the best way\b"
    r"|^github is about more than code\. it['’]s a platform for software collaboration\b"
    r"|^merge conflicts happen when two people make changes to the same file on github\b"
    r"|^mona here\. i['’]m done preparing your exercise\b|^remember, it['’]s self-paced so feel free to take a break\b"
    # The Next.js template's lines, kept where its first line is deleted.
    r"|^you can start editing the page by modifying\b|^the \W?pages/api\W? directory is mapped to\b"
    r"|^api routes can be accessed on\b"
    # And the Angular CLI's, where its first line is deleted.
    r"|^angular cli (includes powerful code scaffolding tools|does not come with an end-to-end testing framework)\b"
    r"|^this will compile your project and store the build artifacts in\b|^for more information on using the angular cli\b"
    # Expo's and Rails' templates, where the first line is deleted.
    r"|^in the output, you['’]ll find options to open the app in a\b|^you can start developing by editing the files inside the\b"
    r"|^join our community of developers creating universal apps\b|^things you may want to cover\b"
    # SvelteKit's and create-t3-app's templates, where the first line is deleted.
    r"|^if you're seeing this, you've probably already done this step\b"
    r"|^we try to keep this project as simple as possible, so you can start with just the scaffolding\b"
    # Gitee's README template, in Chinese and English, kept by many repositories mirrored from Gitee
    # (found so in public READMEs): its note and blurb where the introduction goes, and its blanks.
    r"|^\W*以下是 ?gitee 平台说明，您可以替换此简介|^\W*gitee 是 oschina 推出的基于 git 的代码托管平台"
    r"|^\W*when you['’]re done, you can delete the content in this readme and update the file\b"
    # Its architecture blank, also where an owner filled it with a stack ("软件架构说明-Python").
    r"|^(软件架构说明|software architecture description)(\W|$)"
    # Sealos Devbox's runtime templates (found so in many public READMEs): "This is a simple Rust web
    # server application example that demonstrates basic HTTP server functionality.", and the lines
    # under its "## Project Description" and "## Environment".
    r"|^this is a simple [^.!?]{0,60}\bthat demonstrates basic [^.!?]{0,30}\bfunctionality\b"
    r"|^this project creates a basic http server\b|\bwhich (is|are) pre-configured in the devbox environment\b"
    # The SIG-GAME (MegaMinerAI) game clients' README, kept by every team's AI repository (found so in
    # many public READMEs): the client's, never the team's AI.
    r"|^this is the root of you(r)? ai\b|^stay out of the \W?joueur/"
    # Bitbucket's README template, Hugging Face's model card template, IntelliJ's Kotlin wizard, Jekyll
    # Now's README and Blitz.js's app template (each found so in many public READMEs).
    r"|^\W*edit a file, create a new file, and clone from bitbucket in under 2 minutes\b"
    r"|^this is the model card of a\W+transformers model that has been pushed on the hub\b"
    r"|^this modelcard aims to be a base template for new models\b"
    r"|^this project uses gradle\.?\s+to build and run the application, use the\b"
    r"|^\W*jekyll\W* is a static site generator that['’]s perfect for github hosted blogs\b"
    r"|^\W*jekyll now\W* makes it easier to create your jekyll blog\b"
    r"|^this is a blitz\.js app\.?$"
    # Microsoft's repository template, PyPA's packaging tutorial, Ansible's role skeleton, PyScaffold's
    # and Remix Stacks' READMEs (each found so in many public READMEs).
    r"|^this repo has been populated by an initial template to help get you started\b"
    r"|^as the maintainer of this project, please make a few updates\b"
    r"|^this is a simple example package\. you can use\b"
    r"|^a brief description of the role goes here\b|^any pre-requisites that may not be covered by ansible itself\b"
    r"|^\W*add a short description here\W*$|^a longer description of your project goes here\b"
    r"|^this project has been set up using pyscaffold\b|^learn more about remix stacks\b"
    # Spring Initializr's HELP.md, kept as the README under "# Read Me First".
    r"|^the following was discovered as part of building this project\b"
    # dbader's readme-template: "> Short blurb about what your product does." over "One to two
    # paragraph statement about your product and what it does." (found so in many public READMEs).
    r"|^short blurb about what your product does\b|^one to two paragraph statement about your product\b"
    r"|^a few motivating and useful examples of how your product can be used\b"
    r"|^describe how to install all development dependencies\b"
    # Louis3797's awesome-readme-template, scottydocs' README-template and jehna's readme-best-practices
    # (found so in many public READMEs): their taglines and blanks.
    r"|^an awesome readme template for your projects\b"
    r"|^[^.!?]{0,60}\bis an? <utility/tool/feature> that allows <insert_target_audience>"
    r"|^additional line of information text about what the project does\b|^your introduction should be around 2 or 3 sentences\b"
    r"|^additional information or tag ?line\W*$|^a brief description of your project, what it is used for\b"
    r"|^a quick introduction of the minimal setup you need\b"
    # And the "ReadMe template to help save you time and effort", with its table of contents' note.
    r"|^this is a readme template to help save you time and effort\b"
    r"|^you['’]?re sections headers will be used to reference\b|^creating readme['’]?s for your github repository can be tedious\b"
    # readme.so's editor writes "A brief description of what this project does and who it's for"
    # under "# Project Title" (found so in many public READMEs); its other sections' blanks too.
    r"|^a brief description of what this project does and who it['’]s for\b"
    r"|^any additional information goes here\b|^here are some related projects\b|^answer \d+$"
    r"|^for support, email fake@fake\.com\b|^if you have any feedback, please reach out to us at fake@fake\.com\b"
    r"|^this project is used by the following companies\b"
    r"|^insert gif or link to demo$|^what optimizations did you make in your code\b|^what did you learn while building this project\b"
    # The "README template" blog post's blank ("This project is simple Lorem ipsum dolor generator.",
    # over "Project is created with: Lorem version: 12.3"), found so in many public READMEs, and filler
    # text left where the description goes.
    r"|^this project is (a )?simple lorem ipsum dol+or generator\b|^lorem ipsum dolor sit amet\b"
    # developerFolio's subtitle and first line, kept by the portfolios forked from it.
    r"|^a clean, (beautiful|minimal) and responsive portfolio template for\b"
    r"|^just change \W?src/portfolio\.js\W? to get your personal portfolio\b"
    # Slidev's starter, under "Welcome to Slidev!" and its set-up steps.
    r"|^edit the slides\.md to see the changes\b|^learn more about slidev (at|on) (the )?documentations?\b"
    # Jupyter Book's sample book, its introduction page kept as the README.
    r"|^this is a small sample book to give you a feel for how book content is structured\b"
    r"|^check out the content pages bundled with this sample book\b"
    # A note left for later ("TODO: Put a short description of the package here …", the Dart and
    # Flutter package template's) and usethis's R package template, unfilled ("The goal of mypkg is
    # to ...").
    r"|^\W*todo\s*[:：]|^the goal of [\w.]+ is to\s?(\.\.\.|…)$"
    # Create React App's "Available Scripts", kept (without its first line) in many READMEs.
    r"|^in the project directory, you can run\b|^runs the app in the development mode\b|^the page will (automatically )?reload (if|when) you make (edits|changes)\b"
    r"|^launches the test runner in the interactive watch mode\b|^builds the app for production to the\b",
    re.IGNORECASE,
)
