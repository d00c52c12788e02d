"""Credits, never what a project is: who made it ("By Jane Doe and John Smith"), with what and by whom
("Developed with Unreal Engine 5 by Franco Barrera."), who helped ("ChatGPT and classmate assistance
were used …"), where the idea, the layout or the data came from. `excerpt_never` asks each.
"""

from __future__ import annotations

import re

# "Project structure inspired by Cookiecutter Data Science.", "Project based on the cookiecutter
# data science project template.": where the layout came from, never what the project is.
LAYOUT_CREDIT = re.compile(
    r"^\W*(the |this )?(project |folder |directory |repo |repository |code )?"
    r"(structure|layout|skeleton|scaffold(ing)?|boilerplate|template|organi[sz]ation) "
    r"(is |was )?(inspired by|based on|adapted from|derived from|taken from|borrowed from)\b"
    r"|^\W*project based on the \S+( [\w-]+){0,3} (project )?template\b",
    re.I,
)


# "Developed with Unreal Engine 5 by Franco Barrera.": what it was made with and by whom, a credit.
BUILT_BY = re.compile(
    r"^(built|made|developed|created|coded|written) (with|using|in) [^.!?]{1,60} by \S+( \S+){0,3}\W*$"
    # "The Dynatrace Terraform Provider is officially supported by Dynatrace.": who stands behind it.
    r"|^(the |this )?[\w .-]{1,60} (is|are) (officially |fully |actively )?(supported|maintained|backed|sponsored) by"
    r" [^.!?]{1,40}[.!]?$",
    re.IGNORECASE,
)


# "ChatGPT, Copilot, and classmate assistance were used in the code generation …", "All code written by
# me.": who helped write it, or that no one did, never what it is.
HELP_CREDIT = re.compile(
    r"^[^.!?]{0,80}\b(chatgpt|copilot|claude|gemini|classmates?|tutors?|ai)\b[^.!?]{0,60}\b(as+is+t\w*|help)\b[^.!?]{0,20}"
    r"\b(was|were) (used|utili[sz]ed)\b|^\W*(all )?(the )?(code|work)( was)? (written|done|made) (by me|myself)\b",
    re.IGNORECASE,
)


# "Inspired by http://www.theonion.com/…", "Heavily inspired by the kassa project.": where the idea came
# from, alone ("Inspired by Trello, Kassa is a board …" goes on to what it is).
INSPIRED_BY = re.compile(
    r"^\W*((heavily|loosely|largely|partly|originally) )?inspired by [^,;]{1,80}$"
    # "Following the tutorial at https://…", "Code along with the Udemy course.": the lesson it follows.
    r"|^\W*(following|followed|code ?along( with)?|coded along( with)?|made following|built following) (the |a |an |this )?"
    r"[^.!?]{0,50}\b(tutorial|course|video|series|book|lesson|guide|playlist)s?\b.{0,80}$"
    # "参考了某某教程。", "跟着 B 站视频做的。": the same, in Chinese.
    r"|^\W*(参考了?|參考了?|跟着|跟著|照着|照著|按照)[^。]{0,20}(教程|视频|視頻|课程|課程|书|書)(做的|写的|寫的|完成的?|学习的?|學習的?)?[。.!！]?$"
    # "Este bot esta basado en el trabajo de Yukutu, aqui el repositorio =>", "This package based on
    # flutter_rust_bridge generator.": whose work or which generator it stands on, and no more.
    r"|^\W*(this|the|este|esta|el|la) (bot|project|package|library|app|plugin|tool|proyecto|paquete|aplicaci[oó]n)"
    r" (is |was |est[aá] |es )?(based on|basad[oa] en|baseado em) (the work of |el trabajo de |o trabalho de )?"
    r"[^.!?,]{1,40}( generator| template)?[.!]?(,[^.!?]{0,40})?(\s*https?://\S+?)?[.!]?$",
    re.IGNORECASE,
)
# "Built during a hackathon.", "Submitted to HackMIT 2024.", "Part of the #100DaysOfCode challenge.": the
# occasion it was made for, and nothing of what it is.
MADE_FOR = re.compile(
    r"^\W*((this|it) (was|is) )?(built|made|created|developed|written|coded)( in \d+ ?(h|hrs?|hours|days))? (during|for|at)"
    r" [^.!?]{0,40}\b(hackathon|game ?jam|jam|challenge|competition|contest|bootcamp|workshop)\b[^.!?]{0,30}[.!]?$"
    r"|^\W*(submitted|entered) (to|for|in) [^.!?]{1,50}[.!]?$"
    r"|^\W*part of (the |my |a |an )?[^.!?]{0,40}\b(challenge|bootcamp|program|programme|curriculum)\b[^.!?]{0,20}[.!]?$"
    # "Project Ini dibuat berdasarkan Tugas Akhir" (made for a final assignment), and nothing more.
    r"|^\W*(project|proyek|projek|aplikasi|website|repo(sitory)?)\s+ini\s+dibuat\s+(berdasarkan|untuk( memenuhi)?|sebagai)"
    r"\s+tugas\s+(akhir|besar|kuliah)\W*$"
    # "Aplikasi ini dikembangkan sebagai syarat kelulusan program Strata-1 …", "This app is developed as a
    # prerequisite of computer education's bachelor degree.": a degree's requirement, the occasion.
    r"|^\W*(aplikasi|proyek|project|projek|sistem|website)\s+ini\s+(dikembangkan|dibuat|dibangun)\s+sebagai\s+"
    r"(salah satu )?(syarat|prasyarat)\b"
    r"|^\W*(this|the) (app|application|project|system|website|repository|repo) (is|was) (developed|made|built|created)"
    r" as (a|one) (pre)?requisite (of|for)\b"
    # "This is a class project for COMP 424, McGill University, Fall 2024 (…)", "This project was created as
    # a diploma thesis for the completion of my Bachelor's degree in …": the course or degree, nothing of what.
    r"|^\W*(this|it) is (a|my|our) class project (for|in|at) [^.!?]{1,80}(\([^()]{0,120}\))?[.!]?$"
    r"|^\W*(this|the) (app|application|project|system|website|repository|repo|work) (is|was) (developed|made|built|created"
    r"|written) as (a|my|our) (diploma|bachelor'?s?|master'?s?|graduation|final) (thesis|project|work) (for|at|in)\b"
    r"[^.!?]{0,80}[.!]?$"
    # "These projects are part of a hackathon demonstration of spec-driven development, given by …".
    r"|^\W*(these|this|the) (projects?|apps?|repos?|repository|repositories) (is|are|was|were) part of (the |a |an )?"
    r"[^.!?]{0,40}\b(hackathon|game ?jam|challenge|bootcamp)\b[^.!?]{0,80}[.!]?$"
    # "Repositorio para el Hackathon IBM Consulting Junio 2026", "Repository for the CS50 course": a
    # repository for an occasion; "… where we build a shop" goes on to what, and is read.
    r"|^\W*(repositorio|repositório|repository|repo|dépôt) (para|for|pour|de|do|del|da) (el |la |o |a |the |le |l['’])?"
    r"[^.!?]{0,30}\b(hackathon|game ?jam|challenge|competition|contest|bootcamp|workshop|course|class|curso|clase|materia"
    r"|disciplina|asignatura|taller|reto|desaf[ií]o|cours|concours)\b"
    r"(?![^.!?]*\b(where|which|that|to build|donde|que|onde|para (crear|construir|criar|desarrollar|desenvolver)|où|qui)\b)"
    r"[^.!?]{0,60}[.!]?$"
    # "卒研用リポジトリです。", "卒展用リボジトリー": a repository for graduation research or a class,
    # and nothing of what; "2022 강남대학교 가상현실전공 졸업작품." (a major's graduation work, the year).
    r"|^\W*(これは)?(卒研|卒論|卒業研究|卒業制作|卒制|卒展|授業|講義|課題|演習)(用|の)の?(リ[ポボ]ジトリ|レポジトリ)ー?(です|である)?\W*$"
    r"|^\W*(\d{4}\s*(년\s*)?)?[^.!?]{0,40}(졸업 ?작품|졸업 ?프로젝트|캡스톤 ?디자인|卒業制作|卒業作品)(입니다|です)?\W*$",
    re.IGNORECASE,
)


# "The dataset was downloaded from Kaggle.", "UIUC tree data was taken from the Campus Tree Inventory
# project …": where the data came from, never what the project does with it.
DATA_SOURCE = re.compile(
    r"^\W*(the |all |our |this )?([\w()-]+ ){0,8}(data|dataset|datasets|data set|images|corpus|photos)\s"
    r"(comes?|came|is|are|was|were) ((taken|downloaded|obtained|collected|sourced|scraped|gathered|retrieved"
    r"|fetched|provided) )?(from|by)\b"
    # "Os dados foram obtidos do Kaggle.", "Die Daten stammen von …", "Данные взяты …", "数据来源于 …": abroad.
    r"|^\W*(os |los |les |die |i )?(dados|datos|données|daten|dati) (foram |fueron |ont été |wurden |sono stati )?"
    r"(obtidos|obtenidos|extraídos|extraidos|proviennent|provienen|proveem|stammen|provengono|tirés|recolectados|coletados)\b"
    r"|^\W*данные (были )?(взяты|получены|собраны)\b|^\W*数据(来源于|来自|取自)",
    re.IGNORECASE,
)


# "By Jane Doe and John Smith", "Par le groupe 1", "Submitted by Jane Doe (12345678)": who made it,
# and nothing of what.
_NAME = r"(@[\w-]+|(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*)"
BYLINE = re.compile(
    rf"^\W*((currently|originally|proudly|now) )?((made|written|created|developed|coded|submitted|prepared|maintained|brought to you"
    rf"|sponsored|funded|backed|notes|code|slides|art|artwork|music"
    rf"|graphics|sprites|design|feito|hecho|fait|réalisé|créé|développé"
    rf"|gemacht|erstellt|entwickelt|fatto|realizzato|creado|criado|desarrollado|desenvolvido|zrobione) )?"
    rf"(by|par|por|von|door|da|przez)\s+({_NAME}|(the |le |el |o )?"
    rf"(group|groupe|grupo|gruppe|team|équipe|equipo|equipe) \w+)((,\s*|\s+(and|&|et|y|e|und|en)\s+|\s+){_NAME}){{0,12}}"
    r"(\s*\(\w{1,20}\))?\W*$",
    re.IGNORECASE,
)
