"""Warnings and notices set before what a project is: a note's label ("Note:", "注意：", "Hinweis:"),
GitHub's alerts, a caveat, a deprecation ("no longer maintained", in the languages READMEs are
written in), or who the project is not for. `excerpt_rules.is_notice` and the Markdown reader ask
`is_warning`; nothing here knows about the rest of the rules.
"""

from __future__ import annotations

import re

# GitHub's alerts ("> [!IMPORTANT]", "> [!NOTE]") set what they hold apart from the text, as a box.
_GITHUB_ALERT = r"\[!(note|tip|important|warning|caution)\]"
NOTICE = re.compile(
    rf"^\W*({_GITHUB_ALERT}|(note|notice|warning|caution|important|tip|update|news|"
    r"attention|disclaimer|heads up)\b\s*[:：!-]?|⚠|ℹ|📢|🚧"
    # "PSA: NYU has implemented reCAPTCHA …": a public service announcement; with its colon only, as
    # "PSA" alone may be a name.
    r"|psa\s*[:：]"
    # The same labels in Chinese, Japanese and Korean: "说明：…", "注意：…", "お知らせ：…", "공지: …".
    r"|(注意|提示|说明|說明|公告|警告|重要|お知らせ|注意事項|주의|공지|알림|注|참고)\s*[:：]"
    # And in the other languages: "Nota:", "Hinweis:", "Remarque :", "Примечание:", "Uwaga:" …
    r"|(nota|obs|observação|observación|aviso|atenção|atención|hinweis|achtung|anmerkung|remarque|avertissement"
    r"|примечание|замечание|внимание|важно|примітка|увага|uwaga|catatan|lưu ý|avvertenza|attenzione|opmerking)\s*[:：])"
    # "AI-Usage Disclaimer:", "Quick note:": the same words after a word or two of label, with a colon.
    # ("[^\w-]", not "\W": a run of dashes may not be split between the two, which made it quadratic.)
    # "AI documentation reminder: when behavior changes, update the ADRs …": a note to whoever edits.
    r"|^[^\w-]*[\w-]+(\s[\w-]+)?\s(notes?|notice|disclaimer|warning|reminders?)\s*[:：]",
    re.IGNORECASE,
)
# "Warning: this is for development, use it at your own risk", or an alert: a caveat, never what a
# project is.
CAVEAT = re.compile(
    rf"^\W*({_GITHUB_ALERT}|warning|caution|disclaimer|⚠|🚧)"
    # "This is not an officially supported Google product.": Google's disclaimer, in many public READMEs.
    r"|^\W*this is not an officially supported google product\b"
    # "Use at your own risk.", "Do not use in production.": who should not rely on it, alone.
    r"|^\W*(use (it |this |them )?at your own risk|do not use (it |this )?in production|not (meant |intended )?for production( use)?)\W*$"
    # "Do not use the old separate API/WebSocket host deployment path.": what the reader must not do.
    r"|^\W*(do not|don['’]t) (use|run|deploy|follow|install) the (old|legacy|previous|deprecated)\b"
    # "Use por sua conta e risco.", "Úsalo bajo tu propio riesgo.": the same, abroad.
    r"|^\W*(use|usa|úsalo|usalo|utilisez|utilise|benutzung|nutzung|usalo|uso)\b[^.!?]{0,20}\b(conta e risco|propio riesgo"
    r"|vos risques|propres risques|eigene gefahr|eigenes risiko|proprio rischio)\W*$",
    re.IGNORECASE,
)
DEPRECATED = re.compile(
    # "will no longer actively maintain this repository" as well as "is no longer maintained", and
    # "We've moved! Find version 6 and up at …"; "a fork of the archived Lilac project" says what
    # another project is.
    r"\b(deprecated|no longer (be )?(actively )?(maintain|support|develop)\w*|unmaintained|has (been )?moved|"
    r"(is|was) moved|moved to|(we|they)(['’]ve| have) moved|have moved|(has been |was )?migrated to|(?<!\bthe )archived"
    r"|not maintained|in maintenance mode|"
    r"maintenance[- ]only|"
    # "📱 Mobile App: Now in separate repository": a part that moved out.
    r"now (lives |lives on |resides |hosted )?in (a |its own )?(separate|own|dedicated|different|new) repo(sitory)?|"
    # "App has been discontinued due to …"; "a client for the discontinued Google Reader" describes.
    r"(has|have) been discontinued|(is|are|was|were)( now)? discontinued|"
    # "The project was suspended because of the lack of fundings.": the work stopped; "a tool to
    # resume suspended processes" describes, so only the project or its development stops.
    r"(project|development|work)( \w+){0,2} (is|was|has been)( now)? (suspended|abandoned|halted|on hold))\b"
    # "Este projeto não é mais mantido.", "Dieses Projekt wird nicht mehr gepflegt.", "不再维护": no longer
    # maintained, in the other languages READMEs are written in.
    r"|\b(não é mais|não está mais sendo|ya no (se|está|es)|n['’]est plus|wird nicht mehr|non (è|viene) più"
    r"|nie jest już|больше не|більше не|không còn (được )?|art\u0131k|tidak (lagi )?)\s?"
    r"(mantid|mantien|maintenu|gepflegt|gewartet|weiterentwickelt|mantenut|rozwijan|utrzymywan|поддерживает|развивает"
    r"|підтримує|розробляє|duy trì|phát triển|geliştirilmiyor|güncellenmiyor|desteklenmiyor|dikembangkan|dipelihara)"
    r"|不再维护|停止维护|不再維護|停止維護|不再更新|メンテナンスされていません|더 이상 (유지|관리|개발)되지"
    # "Este repositorio se ha movido a …", "Репозиторий переехал в …", "本仓库已迁移至 …": it moved.
    r"|\b(se ha movido|se ha mudado|se mudó|foi movido|foi migrado|a été déplacé|a été migré|ist umgezogen"
    r"|wurde verschoben|è stato spostato|è stato migrato|переехал|перенесен|перенесён|переїхав|został[oa]? przeniesion\w*"
    r"|dipindahkan)\b|已(迁移|遷移|迁|搬迁|搬遷)(至|到)|に(移動|移転)しました|(으로|로) (이전|이동)(되었습니다|했습니다)",
    re.IGNORECASE,
)


def is_warning(text: str) -> bool:
    return bool(NOTICE.match(text) or DEPRECATED.search(text[:200]) or _NOT_FOR_USE.match(text) or _MIRROR.match(text))


# "Mirror of https://gitlab.com/ana/kassa.", "This is a read-only mirror of …": where the work really is,
# said first; a notice before what the project is (a fork's "Fork of X" still says what it is).
_MIRROR = re.compile(r"^\W*(this (repo|repository) is a |this is a )?(read-only )?mirror (of|from)\b", re.IGNORECASE)


# "*This is an experimental personal project not intended for general use*": who should not use it,
# said of the project as a whole, is a caveat set before what it is.
_NOT_FOR_USE = re.compile(
    r"^\W*(this|it)\b[^.!?]{0,60}\bnot (intended|meant|designed|ready|suitable) (for|to be used)\b", re.IGNORECASE
)
