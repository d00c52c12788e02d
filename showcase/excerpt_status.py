"""Lines about how far along the work is, never what the project is: "Under construction",
"开发中，敬请期待", "Many advanced features … are still under development", "**Status:** …".
`excerpt_never` asks `is_status`; nothing here knows about the rest of the rules.
"""

from __future__ import annotations

import re

# "This site is under construction.", "El contenido irá creciendo …", "开发中，敬请期待": the state of the
# work, never what it is. Only the opening of a short first sentence counts, so "This project is a
# work-in-progress compiler for …" still describes.
STATUS = re.compile(
    r"^\W*((this|the) (site|page|project|repo|repository|website|app) is )?(still )?(a )?"
    r"(work in progress|wip|under (heavy )?(construction|development)|coming soon)\W*$"
    r"|^\W*(en construcción|em construção|in arbeit|en (cours de )?construction|в разработке)\W*$"
    # "Experimenting, work in progress.", "Experimental / WIP", "Unfinished and unstable.": stage words
    # and nothing else, however many.
    r"|^\W*(?:(?:experiment(?:al|ing)|work in progress|wip|unstable|unfinished|incomplete|in progress|alpha|beta"
    r"|not (?:yet )?ready(?: for (?:production|use))?)(?:\W+|\s+and\s+|$)){1,4}$"
    # "Trabajo en progreso.", "Travail en cours.", "Lavori in corso.", "Prace w toku.": "work in progress".
    r"|^\W*(trabajo en (progreso|curso)|trabalho em (andamento|progresso)|travail en cours|lavor[oi] in corso"
    r"|prace? w toku|werk in uitvoering|в процессе (разработки)?|\u0443 процесі розробки)\W*$"
    r"|^\W*(the |el |o |le |der )?(content|contenido|conteúdo|contenu|inhalt)s? (will|irá|vai|va|wird)\b"
    r"|^\W*(施工中|建设中|建設中|工事中|开发中|開発中|制作中|作成中|准备中|準備中)"
    # "작업 중입니다.", "更新予定", "업데이트 예정": work going on, or an update to come, in Korean and Japanese.
    r"|^\W*(작업 중|개발 중|제작 중)(입니다)?\W*$|^\W*(更新予定|追記予定|업데이트 예정)(です)?\W*$"
    # "O projeto ainda está em desenvolvimento.", "Проект ещё в разработке.", "项目仍在开发中。": a
    # sentence ending on its stage, in the other languages.
    r"|^[^.!?。！？]{0,40}\b(em desenvolvimento|en desarrollo|en (cours de )?développement|in der entwicklung|"
    r"в разработке|in (fase di )?sviluppo|w (trakcie )?(rozwoju|budowy)|dalam (tahap )?pengembangan|"
    r"đang (được )?phát triển|geliştirme aşamas\u0131nda)\W*$"
    r"|(仍|还|還|正)在(开发|開發|建设|建設)中|まだ開発中|아직 개발 중|^\W*在(开发|開發|建设|建設)中\W*$"
    # "Descripción pendiente.", "Próximamente más información.", "Em breve mais informações.": to come.
    r"|^\W*(descripci[óo]n|descri[çc][ãa]o) pendiente\W*$|^\W*(próximamente|em breve|bientôt|demnächst)( más| mais| plus d['’])?"
    r"( información| informações| informations| infos?)?\W*$"
    # "Updated regularly.": that it is kept up to date, in English too.
    # (Not "Updated daily, a feed of new Rust crates.": cut at its comma, the sentence goes on.)
    r"|^\W*(updated|maintained) (regularly|frequently|daily|weekly|often|constantly)[.!…]*$"
    # "This software is Incubating and subject to ECMWF's guidelines on Software Maturity.", "This
    # project is in beta.": how mature it is, and nothing of what it is.
    r"|^\W*(this|the) (software|project|package|library|repo|repository|code|app|tool) is (currently |still )?"
    r"(incubating|experimental|in (alpha|beta|incubation)|alpha|beta|pre-release|unstable)\b[^.!?,;:]{0,80}[.!]?$"
    # "Still a lot to do.", "Much left to do": work left, nothing of what the work is.
    r"|^\W*(still )?(a lot|lots|much|plenty|loads|some work|work) (left )?(to do|to be done|left)\W*$"
    # "持续更新中……", "不定期更新": that it is kept up to date, and nothing of what it is.
    r"|^\W*(持续|持續|不断|不斷|不定期|陆续|陸續)?(更新中|更新)\W*$"
    # "The OCI Terraform Provider is now available for automatic download through …": news of a
    # release, not what the project is.
    r"|^\W{0,8}\w[\w .-]{0,60} (is|are) now (available|published|live|released)\b"
    # "**File Fridge is currently under active development.**": the whole sentence is its stage.
    r"|^\W{0,8}\w[\w .-]{0,60} (is|are) (still |currently |now )?(under (active |heavy )?(construction|development)"
    r"|in (active |early )?development|a work in progress)\W*$"
    # "The mod is still in beta, please submit an issue …", "This project is in early alpha": its stage.
    r"|^\W*((the|this) [\w-]+|it) is (still |currently |now )?(in )?(an? )?(early |public |open |closed )?(alpha|beta)\b"
    # "🛠️ ALPHA SOFTWARE UNDER CONSTRUCTION — Use at your own risk.": a stage and a warning.
    r"|^\W*(alpha|beta|experimental|pre-release)( software| project| release)? (is )?(still )?"
    r"(under (heavy )?(construction|development)|work in progress)\b"
    # "**Pre-alpha** — kiln is under active development.": a stage, then a dash before what it means.
    r"|^\W*(pre-?alpha|alpha|beta|experimental|pre-release)\W*\s[—–-]\s"
    # "Working on bringing back audio/better documentation, sorry!": what is being done to it.
    r"|^\W*((i'?m|we'?re|i am|we are) )?(currently |still )?working on \w+ing\b"
    # "Still working on it": that the work goes on, and nothing of what it is.
    r"|^\W*((i'?m|we'?re|i am|we are) )?still working on (it|this)\W*$"
    # "Note: this codebase is currently undergoing a refactor from … to …": work being done to it.
    r"|\b(is|are) (currently |now )?(undergoing|being) (a )?(major |large |big )?(refactor|rewrit|overhaul|migrat|redesign)\w*"
    # "Documentation on using OneWorld Db Client is not available currently, sorry.": docs still to come.
    r"|^\W*(documentation|docs|readme|description)\b[^.!?]{0,50}\b(is|are) (currently |still )?not (yet )?"
    r"(available|ready|written|done)\b"
    # "Will be updated (not frequently cuz i have a life)": what will happen to the README.
    r"|^\W*((this|it|readme|(the )?description) )?(will be|to be) (updated|added|continued|completed|finished"
    r"|documented|filled|written)\b"
    # "More info soon.", "Readme coming soon.", "Will add more later.", "More to come!": what is to come.
    r"|^\W*((more )?(info|information|details|docs|documentation|content)|readme|description) (coming )?soon\W*$"
    r"|^\W*(i |we )?(will|'ll) add more( \w+)? (later|soon)\W*$|^\W*more to come\W*$"
    # "Descrição em breve.", "README em construção.", "即将推出。", "近日公開予定。", "곧 공개됩니다.": the same abroad.
    r"|^\W*(descri[çc][ãa]o|descripci[óo]n|documenta[çc][ãa]o|documentaci[óo]n|readme|info)\s(em breve|pronto|próximamente"
    r"|en construcción|em construção)\W*$|^(即将推出|敬请期待|近日公開|近日公開予定|coming soon)\W*$|^곧 공개(됩니다|예정)",
    re.IGNORECASE,
)
# "Many advanced features, such as suggested load order and mod merger, are still under development":
# the state of some of its parts, however long the sentence that lists them.
PARTS_STATUS = re.compile(
    r"^\W*(many|some|most|several|certain|other|a few) ([\w-]+ ){0,2}(features|parts|functions|functionality|"
    r"things|modules|pages|components)\b[^.!?]{0,120}\b(are|is) (still |currently |not yet )?(under (heavy )?"
    r"(development|construction)|not (yet )?(fully )?(implemented|functional|working|supported|available))",
    re.IGNORECASE,
)
# "**Status:** …", "**Beta Software**: Fluxbase is currently in beta.", "Current status, production
# environment.": a label over the state of the work.
STATUS_LABEL = re.compile(
    r"^\W*((project|development|current) )?(status|maturity|stage|state|(alpha|beta|experimental) software)\W*[:：]"
    r"|^\W*current (status|state|stage),",
    re.I,
)


def is_status(text: str) -> bool:
    """A line about how far along the work is ("Under construction", "内容会逐步增加", "**Status:**
    Engineering Chapter 1 CLOSED · Baseline 1.0 Frozen")."""
    opening = re.split(r"(?<=[.!?。！？，,])\s?", text, maxsplit=1)[0]
    short_status = len(opening.split()) <= 20 and bool(STATUS.search(opening))
    return short_status or bool(PARTS_STATUS.match(text) or STATUS_LABEL.match(text))
