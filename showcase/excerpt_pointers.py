"""Pointers: a paragraph that only sends the reader elsewhere, to an address, the docs or "more
details", is never a project's description. `excerpt_never` asks `sends_elsewhere` and `FOR_MORE`.
"""

from __future__ import annotations

import re

from showcase import excerpt_lexicon as lexicon
from showcase.excerpt_rules import CJK, CJK_POINTER, SEE_ELSEWHERE, URL, WORD, opening_sentence
from showcase.excerpt_self import NAME_IS_A, TAGLINE, THIS_IS
from showcase.excerpt_taglines import is_noun_tagline

# "Visit the Prebid documentation to study the available integration approaches …": a pointer to
# the docs, however long the sentence around it.
TO_THE_DOCS = re.compile(
    # "Follow the Get started tutorial on the website to get a hands-on introduction …": the same, for
    # the tutorial.
    r"^(please )?(visit|see|read|consult|check out|refer to|head (over )?to|go to|take a look at|have a look at|look at"
    r"|follow|work through)"
    r" (the|our) ([\w.-]+ ){0,3}"
    r"(documentation|docs|wiki|guide|handbook|manual|website|site|tutorial|walkthrough|quickstart)\b"
    # "View the respective directory and their READMEs for more information.": elsewhere, for more.
    # "See https://locust.cloud for general information on …": a full stop inside an address ends nothing.
    r"|^(please )?(view|see|read|check|visit|consult|refer to)\b([^.!?]|[.!?](?=\S)){0,100}\bfor (more|further|additional|full|general) "
    r"(information|info|details)\b"
    # "See meteor2 branch for newest version of code": where the current work is, elsewhere.
    # "See https://github.com/angulardart for current updates on this project.": where its news is.
    r"|^(please )?(see|visit|check( out)?|go to|use)\b([^.!?]|[.!?](?=\S)){0,80}\bfor (the )?(newest|latest|current"
    r"|most recent|up-to-date) (version|code|release|source|development|updates|news)\b"
    # "The latest development code for the CSS Validator is available through the GitHub repository.": the
    # same, said of the code.
    r"|^(the )?(newest|latest|current|most recent) (development )?(code|version|source|release)s? (for|of) [^.!?]{1,60}"
    r" (is|are) available (through|on|at|from|in|via)\b"
    # "For architecture, design notes, tests, and deeper docs, see AGENTS.md.": what to read for what.
    r"|^for [^.!?]{1,80}, (please )?(see|read|check( out)?|refer to|visit|consult|follow)\b"
    # "Se filen Sketch och Game filerna för hur ni bör börja …", "Siehe die Datei …": see the file, abroad.
    r"|^(se|siehe|voir|vedi|zie|zobacz) (filen|filerna|die datei(en)?|le fichier|les fichiers|il file|het bestand|plik)\b"
    # "Browse the patterns as a human-readable site: ramparte.github.io/…": what to look at, then
    # only its address after the colon.
    r"|^(please )?(browse|view|read|explore|visit|see|check out|try)\b[^.!?:]{0,80}[:：]\s*\S+\s*$"
    # "Check the releases page.", "Download the latest release.": where the builds are.
    r"|^(please )?(check|see|visit|go to|download) the (latest |newest )?(releases?|downloads?|builds?)( page| tab| section)?\W*$"
    # "You'll find the documentation on https://…", "You can find the docs at …": where the docs are.
    r"|^(you(['’]ll| will| can| may)( also)? )?find (the |our |more |full |all )?(documentation|docs|wiki|guide|manual)s?"
    r" (on|at|in|here)\b"
    # "You can also watch this excellent introduction video to see what's possible: https://…": a video
    # to watch elsewhere.
    r"|^(you can )?(also )?(watch|view) (this|the|our|an?) ([\w'-]+ ){0,3}(video|screencast|talk|recording)s?\b"
    # "If you need help to use twigfiddle, please read the twigfiddle's help page.": where help is.
    r"|^if you (need|want|would like) (help|support|assistance)\b[^.!?]{0,60}, (please )?(read|see|visit|check|consult|refer to|go to|ask)\b",
    re.I,
)
# "📖 ", "👉 ", "→ " before a pointer: a mark to catch the eye, not a word of the line.
LEADING_MARKS = re.compile(r"^[^\w\s\"'“‘(\[]+\s*")


# "For more information please visit the project's readthedocs page": a pointer, however long;
# "Details about the purpose of the scanner." over a link: a label for what is elsewhere.
# "Looking for the old version? See the v1 branch.": a question the reader may have, then where to go.
LOOKING_ELSEWHERE = re.compile(
    r"^\W*(looking|searching) for [^?]{1,60}\?\s*(see|check|head|go|visit|try|use|find)\b", re.IGNORECASE
)
FOR_MORE = re.compile(
    r"^(for|para|pour|für) (more|further|additional|full|mais|más|plus d|weitere)\w*\W+(details|info|documentation|informa)"
    r"|^((more|further|additional|full) )?(details|information|info) (about|on|regarding)\b"
    # "For tutorials on how to use the MongoDB JVM Drivers, please reference MongoDB University.":
    # where to learn it, sent elsewhere.
    r"|^for (tutorials|guides|examples|docs|documentation|help|support|questions|instructions)\b[^.]{0,120}\b(please |kindly )?"
    r"(see|visit|refer|reference|check|read|consult|head|go)\b"
    # "For other platform can follow the link https://nodejs.org/…", "For Windows, see …": how it is
    # done elsewhere, sent to another page.
    r"|^for (other|another|all other|(windows|mac ?os|macos|linux|ubuntu|debian|android|ios)"
    r"( and \w+)?) ?(platforms?|systems?|os|operating systems?|distros?|distributions?)?\b,?[^.!?]{0,30}"
    r"\b(see|visit|refer|follow|check|read|go|head)\b"
    # "Click here to see the demo.", "Watch the video.", "Get it on Google Play.": a call to go and look.
    r"|^\W*click (here|the (link|image|button|badge|picture))\b"
    # "Haz clic aquí para ver la demo.", "点击这里查看演示。", "デモはこちら。", "데모는 여기에서 볼 수 있습니다.".
    r"|^\W*(haz clic|clique|cliquez|klicke|klicken sie) (aquí|aqui|ici|hier)\b"
    r"|^\W*(点击|點擊|点此|點此)(这里|這裡|此处|此處)?\s?(查看|访问|訪問|进入|進入|体验|體驗)|^\W*(デモ|demo)は\s?こちら|^\W*(데모|demo)는 여기"
    # "更新日志见 CHANGELOG.md。", "使用方法见下文。": see elsewhere, in Chinese.
    r"|^[^。，,]{0,12}(见|詳見|详见|参见|參見|请参阅|請參閱|请看|請看)\s?(下文|下方|以下|文档|文檔|wiki|[\w.-]+\.md)"
    # "使い方は Wiki を見てください。", "バグ報告は Issue へお願いします。", "Qiita に記事を書きました。",
    # "버그는 이슈로 알려주세요.": see elsewhere, where to ask, the article written on it, in Japanese and Korean.
    r"|^[^。]{0,30}(を|は)\s?(見て|参照して|ご覧になって|ご覧|確認して)(ください|下さい)\W*$"
    r"|^\W*(バグ報告|不具合報告|質問|要望|ご意見)は?\s?[^。]{0,15}(へ|に|まで)\s?(お願いします|どうぞ)"
    r"|^\W*(qiita|zenn|note|ブログ|はてな)\s?(に|の|で)\s?(記事|解説)(を書きました|はこちら|を書いています|にまとめました|\s?[:：])"
    r"|^\W*(버그|문의|질문|제안)(는|은|사항은)?\s?[^.]{0,15}(이슈|issue)(로|에|를)?\s?(알려|남겨|등록해)"
    # "Подробности в вики.", "Вопросы и предложения пишите в issues.": see elsewhere, where to ask, in Russian.
    r"|^\W*(подробн(ости|\u0435\u0435)|детали)\s+(\u0432|\u043d\u0430|\u0441\u043c\.?)\s"
    r"|^\W*(вопросы|предложения|пожелания|баги|ошибки)[^.]{0,30}(пишите|сообщайте|оставляйте|создавайте)\b"
    # "如有问题请提 issue。": where to ask, in Chinese.
    r"|^\W*(如有|有任何|遇到)(问题|問題|疑问|疑問|bug)[^。]{0,10}(请|請|欢迎|歡迎)?(提|开|開|发|發)\s?(issue|问题|問題)"
    r"|^\W*watch (the |a |my |our )?(video|demo|trailer|walkthrough|showcase)\b[^.!?]{0,40}[.!]?$"
    r"|^\W*(available|download( it)?|get it) (on|from|in) (the )?(app store|play store|google play|microsoft store"
    r"|chrome web store|f-droid|steam|itch\.io)\b[^,;:]{0,30}$"
    # "New here? Getting Started Guide — zero to productive in 10 minutes.", "New to Rust? Start …":
    # a newcomer sent to where to begin.
    r"|^(new here|new to [^?.!]{1,40}|first time here)\s*\?"
    # "Navigate to one of the folders for further details about the project": sent elsewhere to
    # learn more, however many words it takes.
    r"|^(please )?(see|visit|navigate to|go to|head (over )?to|refer to|check)\b[^.!?]{0,80}\bfor (more|further|additional|full) "
    r"(details|info\w*|documentation|background)\b"
    # "See the main repo for more informaton and background here.": sent to the project this one is part of.
    r"|^(please )?(see|visit|check|refer to) the (main|original|parent|upstream|umbrella|mother) (repo|repository|project)\b",
    re.I,
)


# "🌐 regin.ccday.top — the official project site.": an address, and what it is the address of.
OFFICIAL_SITE = re.compile(
    # The host's parts, then a path that starts with "/": no two parts can take the same characters.
    r"^\W*(https?://)?[\w-]+(\.[\w-]+)+(/\S*)?\s*[—–:-]\s*(the |our )?official (project )?"
    r"(web ?site|site|home ?page|docs|documentation)\W*$",
    re.IGNORECASE,
)


# "The documentation is in the docs folder.", "De documentatie staat in het mapje /docs.", "文档位于 docs
# 目录中。": where the docs are kept, in a short sentence, in any language.
_DOCS_IN_A_FOLDER = re.compile(
    rf"^(\w+ ){{0,2}}({lexicon.DOCS})\b[^.!?。]{{0,60}}(\b({lexicon.FOLDER})\b|/docs\b)"
    rf"|^({lexicon.DOCS})[^。！？]{{0,20}}({lexicon.FOLDER})"
    # "The documentation for discO is hosted on Read the docs.": where the docs are published.
    rf"|^(the )?({lexicon.DOCS})\b[^.!?]{{0,40}}\b(is|are) (hosted|published|available) (on|at)\b",
    re.IGNORECASE,
)
_DOCS_WORDS = 12
# "The versioning cycle follows the convention below.", "…segue a convenção abaixo.", "版本周期遵循以下约定。":
# a short sentence ending on what follows it leads into it.
_ENDS_BELOW = re.compile(rf"\b({lexicon.BELOW})(\s+\S+){{0,3}}\W*$", re.IGNORECASE)
_BELOW_CJK = re.compile(lexicon.BELOW_CJK)
_LEAD_IN_WORDS = 15
_LEAD_IN_CJK_CHARACTERS = 30


def _says_its_kind(opening: str) -> bool:
    """ "A Twitter clone with …", "An online demo of React hooks.": it opens saying what it is."""
    kind_alone = TAGLINE.match(opening) and is_noun_tagline(opening)  # not "A live demo is available online."
    return bool(kind_alone or THIS_IS.match(opening) or NAME_IS_A.match(opening))


def leads_into_what_follows(opening: str) -> bool:
    """A short opening sentence that ends by pointing at what follows it ("… the convention below."),
    unless it opens by saying what the project is ("A Twitter clone with the following features.")."""
    if _says_its_kind(opening):
        return False
    if CJK.search(opening):
        return len(opening) <= _LEAD_IN_CJK_CHARACTERS and bool(_BELOW_CJK.search(opening))
    return len(opening.split()) <= _LEAD_IN_WORDS and bool(_ENDS_BELOW.search(opening))


def says_where_the_docs_are(opening: str) -> bool:
    """ "The documentation is in the docs folder.": a short sentence on where the docs are kept."""
    return len(opening.split()) <= _DOCS_WORDS and bool(_DOCS_IN_A_FOLDER.match(opening))


# "Here are some screenshots of the app.", "Voici quelques captures d'écran …", "以下是应用的一些截图。": a
# lead-in to pictures.
_PICTURES_FOLLOW = re.compile(
    rf"^({lexicon.HERE_ARE})\b[^.!?。]{{0,40}}?({lexicon.SCREENSHOTS})|^[^.!?。]{{0,20}}({lexicon.SCREENSHOTS})です"
    # "The GIF above shows Kassa in action.": a caption.
    r"|^(the|this) (gif|image|picture|screenshot|video|animation|screencast|recording)( (above|below))? shows\b",
    re.IGNORECASE,
)
# "A live demo is available online.", "Une démo est disponible en ligne.", "在线演示已上线。": a demo to try.
_DEMO = re.compile(rf"(?<![a-zà-ÿа-я])({lexicon.DEMO})", re.IGNORECASE)  # "在线演示": no space before it
_AVAILABLE = re.compile(rf"({lexicon.AVAILABLE})", re.IGNORECASE)
_DEMO_WORDS = 10
_DEMO_CJK_CHARACTERS = 25


def shows_elsewhere(opening: str) -> bool:
    """A short sentence that leads into screenshots or says a demo is online: what to look at, not
    what the project is."""
    short = len(opening) <= _DEMO_CJK_CHARACTERS if CJK.search(opening) else len(opening.split()) <= _DEMO_WORDS
    demo = short and bool(_DEMO.search(opening) and _AVAILABLE.search(opening)) and not _says_its_kind(opening)
    return demo or bool(_PICTURES_FOLLOW.match(opening))


def sends_elsewhere(text: str) -> bool:
    """Only an address to look at: "siehe https://…", "For more details see https://…" (six words
    at most besides the address), a pointer to the docs however long ("Visit the Prebid
    documentation to study …"), a label over one ("Maintainer: Tecnoteca - http://…", three
    words at most after the label), an address named as the official site, or "see …" in Korean,
    Japanese and Chinese ("…확인해주세요"). An emoji or arrow in front changes nothing."""
    text = LEADING_MARKS.sub("", text)
    short = len(WORD.findall(URL.sub("", text))) <= 6
    label = re.match(r"^\W*\w+( \w+)?\s*[:：]", text)
    labelled = bool(label and URL.search(text) and len(WORD.findall(URL.sub("", text[label.end() :]))) <= 3)
    pointer = (SEE_ELSEWHERE.match(text) and short) or TO_THE_DOCS.match(text)
    opening = opening_sentence(text)
    return bool(
        pointer or labelled or OFFICIAL_SITE.match(text) or CJK_POINTER.search(opening) or LIVES_AT.match(opening)
    )


# "Core Contracts have been verified on https://neoxscan…", "The app is deployed at https://…": where
# something was checked, put or published, an address and nothing of what it is.
LIVES_AT = re.compile(
    r"^[^.!?]{0,80}\b(is|are|was|were|has been|have been) (now )?(verified|deployed|published|hosted|listed|indexed"
    r"|mirrored|live|available) (on|at|to|in|from)\s+<?\[?https?://"
    # "Play it online at https://kassa.itch.io": where to try it.
    r"|^(play|try|use|test) (it |the game |the app |the demo )?(online |live )?(here |now )?(at|on|in)\s+<?\[?https?://\S+\W*$"
    # "The starter template for Vue is on https://github.com/…": where something else is, and no more.
    r"|^(the |a |an )?[^.!?:]{1,60}? (is|are|lives|live|can be found) (on|at|in)\s+<?\[?https?://\S+\s*$"
    # "Find the project online at projects.raspberrypi.org/…": where it is, an address and no more.
    r"|^(find|view|see) (the|this) (project|app|game|site|tutorial|course|resource)( \w+)? (online )?(at|on|here)\b",
    re.IGNORECASE,
)


# "This is the only offical source of Harmonica.", "This is the official repository of Kassa.": where the
# real one lives, said of a name, and nothing of what it is.
OFFICIAL_SOURCE = re.compile(
    r"^\W*this is the (only |one and only )?(offici?al|offic?ial|original|real) (source|repo|repository|release|mirror|home"
    r"|download|version)( code)? (of|for) [^.!?,;:]{1,40}[.!]?$",
    re.IGNORECASE,
)
