"""The history of the work, never what the project is: a row of facts (a version, "last updated"),
a changelog entry, a log of dated revisions, news that it launched. `excerpt_never` asks these.
"""

from __future__ import annotations

import re

# "Versión v4.8.0 | Última actualización: 21 de agosto de 2026 | …", "Last updated: 2024-03-01": a
# version or a date set as a row of facts, the README's state, not the project.
FACTS_ROW = re.compile(
    # "**Version 2.2.1** — bump criteria: AGENTS.md." too: a version, then a dash to what it is about.
    r"^\W*(version|versión|versão|release|v)\s*[:：]?\s*v?\d+(\.\d+){1,3}\S{0,20}?\s*([|·•]|[—–]\s)"  # bounded
    r"|^\W*(last updated|updated|última actualización|última atualização|dernière mise à jour|zuletzt aktualisiert"
    r"|ultimo aggiornamento|laatst bijgewerkt|последнее обновление|останнє оновлення|ostatnia aktualizacja"
    r"|最后更新|最後更新|最終更新|마지막 업데이트)\s*[:：]"
    # "SSAFY 8기 2학기 공통 프로젝트 2023.01.03 ~ 2023.02.17 (46일)": the course a project was made for
    # and the dates it ran, a line of facts however short.
    # The range ends the line ("2026-08-15 – 2026-08-31，2 位成人自助旅行的個人行程 App。" goes on to what it is).
    r"|^[^.!?。]{0,60}?\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\s*[~\uff5e–—-]\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}\b\W{0,3}(\([^()]{0,20}\))?\W*$"
    # "诞生于 2017-09-06，重生于 2019-01-25": when it was born and reborn, dates and a word or two each.
    r"|^(\D{0,12}\d{4}[./-]\d{1,2}[./-]\d{1,2}){2,4}\D{0,12}$",
    re.IGNORECASE,
)


# "3.0.1: Fix không nhận được quotes", "v2.1 - adds dark mode": an entry of a changelog; "Updated the
# header and footer.": one with no version, what was done last.
CHANGELOG_ENTRY = re.compile(
    r"^\W*v?\d+(\.\d+){1,3}\s*[:：–—-]\s"
    r"|^(updated|added|fixed|removed|changed|improved|refactored|tweaked|renamed|deleted|moved|cleaned up)"
    r" (the|some|a few|more|new|minor|small|missing|several)\b",
    re.IGNORECASE,
)


# "ssiegel 2010-06-10 Created / ssiegel 2010-07-26 ISE 12.2 Updates / …": a log of dated revisions.
DATED = re.compile(r"(?<!\d)(19|20)\d\d[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])(?!\d)")
DATED_ENTRIES = 3


def is_dated_log(text: str) -> bool:
    """Three dates or more in one paragraph: entries of a log, never what the project is."""
    return len(DATED.findall(text)) >= DATED_ENTRIES


# "The MVP of this app is live 🚀", "It is ONLINE!!!!!": news that it launched, never what it is.
LAUNCHED = re.compile(
    r"^\W*(it|this|the [\w ]{1,30}?|[\w.-]+) (is|are) (now )?(live|online|launched)(\s*[!.]+|\s*[^\w\s-]+|\s+at\b|\s*$)"
    # "Mainnet Live Now! (from Sep. 30, 2020)": the same news, said as a banner.
    r"|^\W*[\w.-]+( [\w.-]+)? (live|online) now\b",
    re.IGNORECASE,
)


# "In 2021, a group was made by the name Minorites …", "In late 2021 it was patched …": a year opens a
# chapter of the project's story, not what the project is.
STORY_YEAR = re.compile(r"^\W*in (early |late |mid-?)?(19|20)\d\d\b", re.IGNORECASE)
