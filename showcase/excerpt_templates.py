"""What generators, starters and README templates write: lines that are never a project's words.

A starter's README ("This project was bootstrapped with Create React App") is the starter's manual
from its line on; a README that talks about READMEs is a course's or a template's instructions. The
starters' lines were checked against public READMEs before they went in. A template's blank ("Add a
short description here!") is in `excerpt_placeholders`.
`excerpt_never.never_the_description` and `excerpt` use these patterns.
"""

from __future__ import annotations

import re

# WordPress's own readme.html, kept at the root of a site committed with the whole install: its page
# title and tagline open it, then Matt Mullenweg's welcome and the five-minute install. Nothing in it
# is the site's; found so in public repositories.
SOMEONE_ELSES_README = re.compile("^(wordpress \u203a readme|semantic personal publishing platform)$", re.IGNORECASE)


# Dist::Zilla's README, on thousands of CPAN distributions: "This archive contains the distribution
# Net-Bullfinch, version 0.16:" over the distribution's abstract ("Perl wrapper for talking with
# Bullfinch"), then its copyright and licence. The line names the archive; the abstract says what it is.
DISTRIBUTION_LEAD = re.compile(
    r"^this archive contains the distribution \S{1,100}, version \S{1,30}\s*:$", re.IGNORECASE
)

# HTML5 UP's themes ship a README that is their author's letter ("Dimension by HTML5 UP /
# html5up.net | @ajlkn / Free for personal and commercial use under the CCA 3.0 license …", then what
# the theme looks like, demo images, credits), kept by the sites made from them, often under the
# site's own lines: from its credit on, nothing is the site's. Found so in public READMEs.
THEME_LETTER = re.compile(
    r"\bhtml5up\.net \| @\w+|\bfree for personal and commercial use under the cca 3\.0 license\b", re.IGNORECASE
)

# A README a generator wrote: what follows is the generator's manual, not the project's description.
GENERATED = re.compile(
    # Each line is one a generator or starter writes into every README it makes, checked against
    # public READMEs: "This project was bootstrapped with Create React App", "… bootstrapped using
    # @react-native-community/cli", "… bootstrapped with `create-t3-app`", "… created with
    # create-expo-app", "This template should help get you started developing with Vue 3 in Vite" …
    # Bootstrapped by a generator, not by a framework: "This is SwiftPWA base project bootstrapped
    # with Next.js" is the owner's own line.
    r"^(?:[^.!?]|\.(?=\w)){0,100}\b(bootstrapped|scaffolded) (with|using|by) \W{0,3}"  # "Next.js" ends nothing
    r"(create[-\s]\w[\w-]*|@[\w-]+/cli\b|[\w-]+-cli\b|nuxi\b|vite\b|c3\b|angular cli|cookiecutter|yeoman|(plasmo|bun|deno) init\b)"
    # "This project is generated with the [create-solana-dapp](…) generator.": "the" before its name.
    r"|(generated|created) (with|by|using) (the )?\[?`?(angular cli|create-[\w-]+|create refine-app|nuxi|vite|jhipster\b"
    # libGDX's generator: "A [libGDX](…) project generated with [gdx-liftoff](…)."
    r"|gdx-liftoff\b)"
    r"|^this project was generated with a template including simple application launchers\b"
    # "Este proyecto fue generado con Angular CLI", "Este projeto foi gerado com …", "… fue iniciado con
    # Create React App": the generators' lines as Spanish and Portuguese READMEs keep them.
    r"|\b(generado|gerado|iniciado|creado|criado) (con|com|por) (el |o )?\[?`?(angular cli|create[-\s]react[-\s]app|create-[\w-]+)"
    # Better-T-Stack's and Nx's lines, and Shopify's Hydrogen templates.
    r"|^this project was created with \[?better-t-stack\b|^this project was generated using \[?nx\]?(\([^)]*\))?\.?$"
    r"|^hydrogen is shopify['’]s stack for headless commerce\b"
    # Kedro's project template and Symfony Docker's README (found so in many public READMEs).
    r"|^this is your new kedro project\b|-based installer and runtime for the symfony web framework\b"
    # Hardhat 3's sample projects and Convex's app templates (found so in many public READMEs).
    r"|^this project showcases a hardhat 3 beta project\b|^this is a convex project (created with|using)\b"
    # Shopify's app templates (Node, Remix, React Router, Next.js …), found so in many public READMEs.
    r"|^this is a template for building a \[?shopify app\b"
    # Scaffold-ETH 2's and the Next.js and Supabase starter kit's taglines, over their manuals.
    r"|^\W*an open-source, up-to-date toolkit for building decentralized applications \(dapps\) on the ethereum blockchain\b"
    r"|^the fastest way to build apps with next\.js and supabase\b"
    # Start Bootstrap's themes and JetBrains' plugin template, kept by the sites and plugins made from
    # them (some below the owner's own lines, "▼ ReadMe officiel du template ▼").
    r"|\b(theme|template) for bootstrap created by start bootstrap\b"
    r"|\bintellij platform plugin template\W* is a repository that provides a pure template\b"
    # The Chirpy theme's starter, kept by the blogs made from it.
    r"|^when installing the \W*chirpy\W* theme through \W*rubygems\b"
    # Ant Design Pro's scaffold and RuoYi's README, kept by the admin systems made from them.
    r"|^this project is initialized with \[?ant design pro\b"
    r"|^\W*若依是一套全部开源的快速开发平台|^\W*ruoyi-vue-plus\d? ?是重写 ?ruoyi-vue\b"
    # Yii 2's project templates, Slim's skeleton application and Laravel Lumen's README.
    r"|^yii 2 (basic|advanced) project template is a skeleton\b"
    r"|^use this skeleton application to quickly setup and start working on a new slim framework \d"
    r"|^laravel lumen is a stunningly fast php micro-framework\b"
    # The Moleculer CLI's project template: "This is a [Moleculer](…)-based microservices project.
    # Generated with the [Moleculer CLI](…)."
    r"|^this is a \[?moleculer\]?(\([^)]*\))?-based microservices project\b"
    # CakePHP's application skeleton, Sanity's studio.
    r"|^a skeleton for creating applications with \[?cakephp\b"
    r"|^congratulations, you have now installed the sanity content studio\b"
    # Cog's "Deploy models with Cog" guide, copied as the README of models packaged with it.
    r"|^cog containers are docker containers that serve an http server\b"
    # Nuxt UI's starter, dashboard and landing templates: "Use this template to get started with [Nuxt
    # UI](…) quickly.", kept by the apps made from them.
    r"|^use this template to get started with \[?nuxt ui\b"
    # Minecraft Forge's and NeoForge's mod development kits, kept below many mods' own lines.
    r"|^this code follows the minecraft forge installation methodology\b"
    r"|^this template repository can be directly cloned to get you started with a new mod\b"
    # Hugo theme Stack's starter and Electron React Boilerplate, kept by the blogs and apps made from
    # them.
    r"|^this is a quick start template for \[?hugo theme stack\b|^electron react boilerplate uses\b"
    # Heroku's getting-started app, kept by many Express apps.
    r"|^a barebones node\.js app using \[?express 4\b"
    # GitHub Codespaces' templates ("GitHub Codespaces ♥️ React") and Electron's quick start, kept by
    # the apps made from them.
    # GitHub Pages' old "Welcome to GitHub Pages" page, kept as the README (some below the owner's
    # own sections), and Vaadin's project base.
    r"|^you can use the editor on github to maintain and preview the content for your website\b"
    r"|^this project can be used as a starting point to create your own vaadin\b"
    # PanJiaChen's vue-element-admin (its Chinese README; the English one opens its own repository
    # page) and vue-admin-template, whose READMEs many admin panels built on them keep.
    r"|^vue-element-admin ?是一个后台前端解决方案，它基于 ?vue 和 ?element-ui ?实现"
    r"|^这是一个极简的 ?vue admin 管理后台。它只包含了 ?element ui & axios & iconfont\b"
    r"|^a minimal vue admin template with element ui & axios & iconfont\b"
    # Tailwind's site templates (Spotlight, Salient, Protocol …) and the Minimal Mistakes Jekyll
    # theme, kept by the sites built on them (found so in public READMEs).
    r"|\bis a tailwind (ui|plus) site template built using\b"
    r"|^minimal mistakes is a flexible two-column jekyll theme\b"
    # Two Chrome extension boilerplates (lxieyang's with React and Webpack, Jonghakseo's with Vite),
    # kept by the extensions made from them (found so in public READMEs).
    r"|^this is a basic chrome extensions boilerplate to help you write modular\b"
    r"|^this boilerplate is made for creating chrome extensions using\b"
    # Phaser's project templates (React, Vue, Next.js, Vite …), kept by the games made from them.
    r"|^this is a phaser 3 project template that uses\b"
    # Leptos's starter templates, and Shopify's Dawn theme, whose README the stores built on it keep
    # (Dawn's own README reads as theirs, as Foundry's does).
    r"|^this is a template for use with the leptos\b"
    r"|^dawn represents a html-first, javascript-only-as-needed approach to theme development\b"
    # Shopify's Skeleton theme, the newer starting point, kept by the stores built on it.
    r"|^a minimal, carefully structured shopify theme designed to help you quickly get started\b"
    # ESP-IDF's sample project, which "idf.py create-project" copies (found so in public READMEs).
    r"|\bthis is the simplest buildable example\. the example is used by command\b"
    r"|^welcome to your shiny new codespace\b|^we've got everything fired up and running for you to explore\b"
    r"|^\W*clone and run for a quick way to see electron in action\b"
    # "This project was created using the [Ktor Project Generator](https://start.ktor.io)", "…
    # generated with Spring Initializr": a project generator's site, named as such.
    r"|\b(generated|created) (with|by|using) (the )?\[?(\w+ ){1,2}(project generator|initializr)\b"
    # "This application was automatically generated from a monolithic React file using …": a
    # tool says it wrote the project, and so the README.
    r"|^this (application|app|project|repository|repo|package|site|website) (was|has been|is) "
    r"(automatically |auto-?)generated (from|by|with|using)\b"
    r"|this template provides a minimal setup to get react working"
    r"|this template should help get you started developing with (vue|svelte|tauri|react|lit|solid|preact|qwik|wxt)"
    r"|everything you need to build a (svelte|solid) project, powered by"
    r"|this website is built using \[?docusaurus"
    r"|this project demonstrates a basic hardhat use case"
    # Vendure's project generator; "It was generated with `@vendure/create`, but adds …" is the owner's.
    r"|^this project was generated with \W{0,2}@vendure/create\b"
    r"|this turborepo starter is maintained by the turborepo core team|^this is an official (\w+ )?starter turborepo\b"
    r"|this is a nextjs starter in firebase studio"
    r"|^(gatsby )?starter with the bare essentials needed for a \[?gatsby\b"  # Gatsby's hello-world starter
    r"|this contains everything you need to run your app locally"  # Google AI Studio's exported app
    r"|^this is a next\.js template with shadcn/ui\b"  # the shadcn CLI's Next.js template
    r"|^look at the \[?nuxt (3 )?documentation"
    r"|kick off your project with this ([\w-]+ )?boilerplate"
    # Netlify's CMS starters (gatsby-starter-netlify-cms and its Nuxt.js twin), found so in public
    # READMEs and in the site descriptions copied from them.
    r"|this repo contains an example business website that is built with \W?(gatsby|nuxt\.js)\b"
    # ASP.NET Boilerplate's startup template (module-zero-core-template), kept by the projects made
    # from it, some as "This is a template that was created from …".
    r"|^this is a template (to create|that was created from) \**asp\.net core mvc / angular\** based startup projects for"
    r"|automatically synced with your \[?v0\.(dev|app)|will stay in sync with your deployed chats on"
    # Personal sites made from a template keep its README: Academic Pages, al-folio, Jekyll Now.
    r"|academic pages is a github pages template for"
    r"|a simple, clean,? and responsive \[?jekyll\]?(\([^)]*\))? (theme|starter) for academic"
    r"|jekyll now\W*\s+makes it easier to create your jekyll blog"
    r"|this readme would normally document whatever steps are necessary"
    r"|please feel free to use a different markup language if you do not plan to run"  # Rails' README.rdoc
    r"|this project is a starting point for a flutter application"
    # AWS SAM's, Quarkus's and Svelte's project templates, found so opening public READMEs.
    r"|\bsupporting files for a serverless application (that you can deploy|to deploy) with the sam cli\b"
    r"|^this project uses quarkus, the supersonic subatomic java framework\.?$"
    r"|^this is a project template for \[?svelte\]?(\(https://svelte\.dev\))? apps\. it lives at\b"
    # Kirby's Plainkit, Starterkit and Composerkit, kept by the sites made from them (some below
    # the site's own lines, under "## Default README stuff").
    r"|kirby: the cms that adapts to any project, loved by developers and editors alike"
    r"|^the (plain|starter|composer)kit is a (minimal|full-blown) (kirby|plainkit)\b"
    r"|você já usa o github diariamente para desenvolver os exercícios"  # Trybe's project template
    r"|seasoned astronaut\?\W*delete this file"  # every Astro starter's README
    # and its tour of the project's folders, kept where that line is deleted
    r"|^astro looks for \W?\.astro\W? or \W?\.md\W? files in the \W?src/pages/"
    # The README every "laravel new" project starts with describes Laravel, not the project.
    r"|laravel is a web application framework with expressive, elegant syntax"
    r"|laravel is accessible, powerful, and provides tools required for large, robust applications"
    # Older "laravel new" READMEs say it in other words.
    r"|laravel is accessible, yet powerful, providing (powerful )?tools needed for large, robust applications"
    # And Laravel's own React, Vue and Livewire starter kits, whose README an app built on one keeps.
    r"|^our (laravel \+ )?\[?\w+\]?(\([^)]*\))? starter kit provides a robust, modern starting point for building laravel"
    # And every "nest new" project's: "Nest framework TypeScript starter repository." (under Nest's
    # tagline, which STARTER_BLURB drops).
    r"|\bnest framework typescript starter repository\b"
    # Expo's router example ("# Expo Router Example" over this line), found so in public READMEs.
    r"|^use \W?expo-router\W? to build native navigation using files in the \W?app/\W? directory\b"
    # And CodeIgniter 4's app starter, under "## What is CodeIgniter?" (found so in public READMEs).
    r"|^codeigniter is a php full-stack web framework that is light, fast, flexible and secure\b"
    r"|^this repository holds a composer-installable app starter\b"
    # More starters, each line checked against public READMEs with the code search: React Router's
    # templates, Nx, Kotlin Multiplatform's wizard, Foundry's "forge init" (its blurb is the whole
    # README it writes, so Foundry's own README reads as a starter too), Wails, Deno Fresh, Streamlit's
    # blank app, Qwik City, Phoenix ("To start your Phoenix server: …" under the owner's own line).
    r"|a modern, production-ready template for building full-stack react applications using react router"
    r"|your new, shiny nx workspace is (almost )?ready|learn more about this workspace setup and its capabilities"
    r"|this project was (created|generated) (with|using|by) \W?(bun|deno|plasmo) init\b"
    r"|this is a kotlin multiplatform project targeting\b"
    # and the wizard's closing lines, each on its own in the README it writes
    r"|we would appreciate your feedback on compose/web and kotlin/wasm\b"
    r"|^you can open the web application by running the \W?:composeApp:wasmJsBrowserDevelopmentRun\b"
    r"|foundry is a blazing fast, portable and modular toolkit for ethereum"
    r"|this is the official wails [\w-]+ template|you can configure the project by editing \W?wails\.json"
    r"|your new fresh project is ready to go"
    r"|a simple streamlit app template for you to modify"
    r"|this project is using qwik with \W?qwikcity"
    r"|^to start your phoenix server\b|now you can visit \W?localhost:4000\W? from your browser"
    r"|ready to run in production\? please check our deployment guides"
    # Templates whose lines run through the README they write: Ember CLI, Strapi, Payload's blank
    # template, VS Code's "yo code" extension and Figma's plugin template.
    r"|this readme outlines the details of collaborating on this ember (application|addon)"
    r"|strapi comes with a full featured command line interface"
    r"|this template comes configured with the bare minimum to get started on anything you need"
    r"|this is the readme for your extension\b|after writing up a brief description, we recommend including"
    r"|this plugin template uses typescript and npm, two standard tools|^below are the steps to get your plugin running"
    # "yarn create redwood-app" writes "Welcome to [RedwoodJS](…)!" over its set-up steps.
    r"|^\W*welcome to \W*redwoodjs\W*$|^then change into that directory and start the development server\b"
    r"|^your browser should automatically open to \W?http://localhost:8910\b"
    # TanStack's "create" templates and the Next.js App Router course's starter.
    r"|^welcome to your new tanstack app\b|this is the starter template for the next\.js app router course"
    # The AWS CDK's "cdk init app" README, in every language it writes one for.
    r"|this is a blank project for (cdk development with [\w#+.-]+|[\w#+.-]+ development with cdk)\b"
    r"|the \W?cdk\.json\W? file tells the cdk toolkit how to execute your app"
    r"|it is a \[?maven\]?(\([^)]*\))? based project, so you can open this project with any maven compatible"
    r"|this project is set up like a standard python project\.\s+the initialization\s+process also creates a virtualenv"
    # Wasp's Open SaaS template, whose README its SaaS apps keep (checked with the code search).
    r"|you've decided to build a saas app with (the open saas\b[\w ]{0,30}?|this) template"
    # Le Wagon's Rails template, in its students' projects.
    r"|\brails app generated with \W?lewagon/rails-templates"
    # Code the Dream's React class repository, which every student of the class forks.
    r"|^during class you will be building \W{0,2}two\W{0,2} react apps"
    # Every Wix site connected to GitHub gets this README.
    r"|this repo is part of git integration & wix cli\b"
    # FIRST Tech Challenge teams fork the FTC SDK and keep its README (checked with the code search).
    r"|this repository contains the public ftc sdk for the\b"
    r"|this github repository contains the source code that is used to build an android app to control a \W?first\b",
    re.IGNORECASE,
)
# A framework's own blurb, which its starter copies over the starter's line ("A progressive Node.js
# framework for building efficient and scalable server-side applications." over "Nest framework
# TypeScript starter repository."): the framework's words in a generator's README, but the
# framework's own README opens with it too, so it is dropped only where a generator's line is.
STARTER_BLURB = re.compile(
    r"^\W*a progressive node\.?js framework for building efficient,? (and |reliable and )?scalable server-side applications"
    # The Wix CLI template's second line, under its first.
    r"|^connect your site to github, develop in your favorite ide\b"
    # Gatsby's starters, under "Kick off your project with this default boilerplate.".
    r"|^\W*have another more specific idea\? you may want to check out our vibrant collection"
    # ASP.NET Boilerplate's startup template, under its first line.
    r"|^user interface is based on \[?bsb admin theme"
    # Netlify's CMS starter, over its first line and under it.
    r"|^\W*note\W*\s*this starter uses \[?gatsby v\d|^it follows the \[?jamstack architecture by using git as a single source"
    # Laravel's starter kits, under their first line: what Livewire and Inertia are, and the kit's stack.
    r"|^livewire is a powerful way of building dynamic, reactive, frontend uis using just php"
    # Start Bootstrap's "## About" and the IntelliJ plugin template's goal, under their first line.
    r"|^start bootstrap is an open source library of free bootstrap templates\b"
    r"|^the main goal of this template is to speed up the setup phase of plugin development\b"
    # CakePHP's skeleton, under its first line.
    r"|^the framework source code can be found here\b"
    # Heroku's getting-started app, under its first line.
    r"|^this application supports the \[?getting started (on|with) \w+"
    # Quarkus's template under its first line; Svelte's over it.
    r"|^if you want to learn more about quarkus, please visit its website\b"
    r"|^\W*looking for a shareable component template\? go here\b"
    # The Codespaces templates' and Electron's quick start's lines, under their first.
    r"|^you've got a blank canvas to work on from a git perspective\b|^everything you do here is contained within this one codespace\b"
    r"|^this project was bootstrapped for you with\b|^this is a minimal electron application based on the \[?quick start guide\b"
    r"|^\W*use this app along with the \[?electron api demos\b|^a basic electron application needs just these files\b"
    r"|^whenever you commit to this repository, github pages will run\b"
    r"|^the best way to create your own project based on this starter is\b"
    r"|^the focus was on improving the build speed and development experience with vite\b"
    # Cog's guide, under its first line.
    r"|^this guide assumes you have a model packaged with cog\b"
    # NeoForge's mod development kit, under its first line.
    r"|^once you have your clone, simply open the repository in the ide of your choice\b"
    r"|^if at any point you are missing libraries in your ide\b|^\W*note\W*\s*for eclipse, use tasks in \W?launch group\b"
    # Nx's workspace README, under its first line.
    r"|^\W*smart,( fast and)? extensible build (system|framework)\b"
    # Kirby's kits, under their first line.
    r"|^you can learn more about kirby at\b"
    r"|^inertia allows you to build modern, single-page (react|vue) applications using classic server-side routing"
    r"|^this (react|vue|livewire) starter kit utilizes\b"
    # Kedro's project template, under its first line.
    r"|^take a look at the kedro documentation to get started\b"
    # Shopify's app templates, under their first line.
    r"|^rather than cloning this repo, you can use your preferred package manager and the shopify cli\b"
    # Convex's app templates, under their first line.
    r"|^after the initial setup \(<\s?\d+ minutes?\) you['’]ll have a working full-stack app\b"
    # create-vue's Vite template, under its first line (its older wording).
    r"|^learn more about ide support for vue in the\b",
    re.IGNORECASE,
)
# A paragraph about README files themselves ("A README.md should contain …", "一个项目应该有个
# README.md 文档"): a template's or a course's instructions, never a project's description.
README_TALK = re.compile(
    r"\b(a|an|every|un|une|ein|el|cada)\s+(archivo\s+|file\s+|fichier\s+|datei\s+)?README(\.md)?"
    r"(\s+(file|archivo|fichier|datei))?\s+(should|must|needs?|debe|deber[ií]a|sollte|muss|doit|devrait)\b"
    r"|README(\.md)?`?\s*(文档|文件|ファイル|파일)"
    # "This is why you write a readme on projects …", "… hasn’t yet completed the README.md file":
    # about writing the README itself.
    r"|\b(write|writing|wrote|update|updating|keep|keeping|complete|completed|finish|finished|fill in|filled in)\s+(a|the|this|your|my)\s+readme\b"
    # "This document explains how …", "Aqui você vai encontrar os detalhes de como …": a guide
    # talking about itself, not a description of a project.
    r"|^this (document|guide|readme) (explains|describes|covers|walks you through|shows)\b"
    # "This README is intentionally short and focused on day-to-day usage.": how it is written.
    r"|^this (document|guide|readme) is (intentionally |deliberately |kept )?(short|brief|minimal)\b"
    # "This section is a guide for users of …", "This section serves as an introduction for
    # developers": a part of the README introducing itself.
    r"|^this section (is|serves|explains|describes|covers|contains|lists|gives|provides|outlines|details|summari[sz]es)\b"
    r"|^(here you('ll| will) find|aqui (você|voce) vai encontrar|aquí encontrarás) (the |os |las )?(details|detalhes|instructions|instruções|detalles)\b",
    re.IGNORECASE,
)
