"""Which paragraphs of a README describe its project: the patterns and tests the excerpt uses.

Each pattern names a kind of paragraph that is not a description (notices, plugs, labels, template
blanks, a generator's manual …) or a sign of one that is; the functions at the end judge a
paragraph's text with them. The readers (`readme_markdown`, `readme_html`, `readme_rst`,
`readme_asciidoc`) find the paragraphs; `excerpt` chooses among them. What starters and templates
write is in `excerpt_templates`; the greetings and labels set before a paragraph's words, in
`excerpt_openings`; whether its words read as prose at all, in `excerpt_prose`; the openings that
say what the project is in so many words, in `excerpt_self`; what a section's heading says of the
text under it, in `excerpt_headings`; notes, alerts and deprecations, in `excerpt_warnings`.
"""

from __future__ import annotations

import html
import re

from showcase import excerpt_lexicon as lexicon
from showcase.excerpt_asides import ASIDE
from showcase.excerpt_headings import ABOUT, SECTION_NOISE
from showcase.excerpt_quotations import credits_the_quotation
from showcase.excerpt_self import SAYS_WHAT_IT_IS
from showcase.excerpt_warnings import is_warning

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Thai, Lao, Khmer and Myanmar space phrases, not words: their length is in letters, as CJK's is.
UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Text that turns to the reader ("Please note …", "Please use X instead", "psst! we recommend …")
# asks or advises; it doesn't describe. "PS: Please refer to helper.md …" is said in passing, too.
REQUEST = re.compile(r"^\W*(please|psst|p\.s\.|ps\s*[:：])(?!\w)", re.IGNORECASE)
# "See …" in Korean, Japanese and Chinese: "…내용을 확인해주세요.", "…をご覧ください。", "请参考 …", "详见 …".
CJK_POINTER = re.compile(
    r"(확인|참고|참조)(해\s*)?(주세요|하세요|바랍니다)|(ご覧|参照して|確認して)(ください|下さい)"
    r"|^\W*(请|請)(参考|參考|参阅|參閱|查看|查閱|见|見)|详见|詳見"
    # "可以在这里查看一些数据的制作样例": "you can see … here", where "here" was a link.
    r"|(在|於|于)(这里|這裡|此处|此處)(查看|查閱|找到)"
    # "just for fun,见分支master1": "see branch …", where the work is.
    r"|(见|見|参见|參見)\s?(分支|branch)"
)
# "This README explains …", "Welcome to …", "Bienvenue sur Estoque !", "欢迎…": the file or a welcome.
META = re.compile(
    rf"^(this (readme|document|file|page|directory|folder)\b|({lexicon.WELCOME_TO})\b|{lexicon.WELCOME_CJK})"
    # "Este README explica …", "Dieses README beschreibt …", "本文档介绍 …": the file, in other languages.
    r"|^(este|esta|ce|cet|dieses|diese|этот|эта|цей|questo|ten|ta|bu)\s(readme|documento|document|dokument|документ"
    r"|файл|arquivo|archivo|fichier|datei|file)\b|^本(文档|文件|readme)|^この(ドキュメント|文書|readme)|^이 (문서|readme)"
    # "Context document for handing this codebase to an assistant.": the file says what it is for.
    r"|^(\w+ ){0,2}(document|readme) (for|to|that)\b"
    r"|^(a pen created on codepen|this (project|package|app|repository) was (bootstrapped|generated|created) with)\b"
    r"|^this is the (source )?code (that runs|that powers|behind|of)\b"  # "This is the code that runs goclimate.com"
    r"|\b(consider (donating|sponsoring|supporting)|buy me a coffee|become a sponsor)\b",
    re.IGNORECASE,
)
# The services a project's chat lives on.
_CHATS = "slack|discord|gitter|matrix|telegram|irc|zulip"
# Asking for money or for a chat, or selling something, is never what a project is: not even a
# fallback ("🚀 MiniMax Token Plan 惊喜上线！好友立享 8.8折 专属优惠 …", "Use code X for 20% off").
PLUG = re.compile(
    r"\b((?<!visa )sponsors?|(?<!visa )sponsorship|donat(e|ions?|ing)|funding|open ?collective|patreon|backers?)\b"
    r"|\b(promo(tion)? code|coupon|discount code|\d+ ?% off)\b|专属优惠|限时优惠|立即参与|惊喜上线|返利|割引クーポン"
    # "Join the Gitter chat room to ask questions.": the chat named by its service.
    rf"|\b(join (us|our|the) (({_CHATS}) )?(community|discord|slack|chat|server"
    r"|mailing list|gitter|matrix|zulip)|chat with us|come (chat|say hi)"
    # "Need help? Join us on Slack": the chat named after "join us".
    rf"|join us (on|in|at) (the )?({_CHATS}|reddit|twitter|x)"
    r"|ask (us|questions) (on|in)|mailing list)\b"
    # "New measurements land first on @KyaniteLabs_ on X — follow the build in public.": a call to follow.
    r"|\bfollow (the build|along|our progress|the journey|the project)( in public| on (x|twitter|mastodon|bluesky))?\b"
    r"|\b(land|appear|are posted|go out) first on\b"
    # "Dear community, we are looking for people to help maintain it": a call for help.
    r"|\b(we are|we're) (looking for|seeking) (people|contributors|maintainers|volunteers|help|new maintainers)\b"
    # "If you want to join us, check out our open positions": a job advert.
    # (A system "for tracking tech job openings" names them as its subject, not as an advert.)
    r"|\b((we are|we're) hiring|(our|we have|check out|see) (current |many )?(open (positions|roles)|job openings)"
    r"|join (our|the) team)\b"
    # "This is the project's repository, come here if you found a bug, if you want to request new
    # features or if you want to contribute.": where to report bugs, an invitation to contributors.
    r"|\bcome here (if|when|to)\b|\bif you (have )?(found|find|spot|hit|run into) (a|any) bugs?\b"
    # "If you'd like to contribute and make this much better for other users, have a look at Issues."
    r"|^\W*if you(['’]d| would)? (like|want|wish) to \W*contribute\b"
    # "[My free course in Gumroad]. Feel free to rate!": the author's paid or free course, sold alongside.
    r"|\b(my|our) (free |paid |online |video )*(course|masterclass|ebook|e-book)\b[^.!?]{0,20}\b(on|in|at) (gumroad|udemy"
    r"|coursera|skillshare|teachable|leanpub)\b|\bfeel free to (rate|star|give (it|us) a star|leave a (star|review))\b",
    re.IGNORECASE,
)
# "You need to restart the computer", "нужно перезагрузить", "再起動する必要があります": telling the
# reader what to do, which a later section may be full of; never what the project is.
OBLIGATION = re.compile(
    r"\b(you (will |may |might )?(need|must|should|have to)( to)?|you(['’]ll| will| may| might) want to|make sure|double[- ]check (that|your)|be sure to|нужно|необходимо|надо|следует|müssen Sie|sie müssen|"
    r"vous devez|il faut|debes|tienes que|hay que|es necesario|é preciso|é necessário|você precisa|voce precisa)\b"
    r"|必要があります|需要先|必须|請先|请先",
    re.IGNORECASE,
)
# "Add the following to .vimrc", "以下を追加すると": a paragraph that introduces what comes below it.
POINTS_BELOW = re.compile(r"\b(the following|as follows|below)\b|以下|下面|如下|次の|다음", re.IGNORECASE)
# Money asked for is a plug wherever it is asked ("… made possible by these awesome backers").
_FUNDING = re.compile(r"\b(sponsor\w*|donat\w*|funding|open ?collective|patreon|backers?)\b", re.IGNORECASE)
# Thanks, to contributors or to the reader: "Thanks to everyone who contributed", "해당 Repository 에
# 기여를 해주신 분들입니다", "感谢以下贡献者", "…ドキュメントにご関心をお寄せいただき、ありがとうございます。".
# Never a description, not even for want of one.
# "Thanks to its flexible design, you choose …", "Thanks to Restlet Framework's routing …,
# developers can build …": a cause before a comma is no thanks ("Thanks to X for …" is).
THANKS = re.compile(
    r"^(many |special )?thanks\b(?! to (?:(?!\bfor\b)[^.!?,]){1,150}, )|^thank you\b|\b(people|everyone|all) who (have )?contributed\b"
    r"|기여(를|해)?\s*(해\s*)?주신|^감사합니다|感谢|感謝|贡献者|貢獻者|コントリビューター|ありがとう",
    re.IGNORECASE,
)
# "See the site live at …", "Check out the demo", "Visit the docs": a short line sending the reader away.
SEE_ELSEWHERE = re.compile(
    r"^(see|visit|check ?out|try it|try the|head (over )?to|go to|read more|(have|take) a look|look in|siehe|voir|véase|vedi|zie"
    r"|veja|vea|ver|consult[ae]|lihat|zobacz|смотрите|см\.|подробнее|дивіться|xem"
    # "Por favor, lea el archivo INSTALL.": read another file first.
    r"|(por favor,? )?(lea|leia|lisez) (el |o |le |la )?(archivo|arquivo|fichier)\b"
    # "Ссылка на документацию - …", "Link to the docs: …", "Enlace a la demo": a link, named as one.
    r"|(ссылка|посилання) на|link (to|para)|enlace a|lien vers"
    r"|(run|read|explore|open) the (live |online )?(demo|docs|documentation|api reference|reference|guide)\b"
    r"|(more|further|additional|full) (info(rmation)?|details|documentation)( is| are| can be)? (available|found)\b"
    r"|for (more|further|additional|full) (details|info(rmation)?|documentation)\b[^.!?]{0,20}\b(see|visit|check|go to|refer to|read))\b",
    re.IGNORECASE,
)
# "The original software can be found in the archive branch": a sentence about where something is.
# "You can find a clickable specification at:": the same, said to the reader.
FOUND_ELSEWHERE = re.compile(
    r"^[^.!?]{0,80}\b(can|could|may) be (found|tracked|followed) (in|at|on|here)\b"
    r"|^(you|one) (can|could|may|will) find\b[^.!?]{0,60}\b(at|on|here)\W*$"
    # "The contents of this repository are still available in the Git source code management system."
    r"|^[^.!?]{0,80}\b(is|are) (still |now )?available (in|at|on|from|here)\b"
    # "Gameplay videos here (old retail version running on modern OS): https://youtu.be/…": a
    # pointer to things found at the addresses that follow.
    r"|^[^.!?:]{0,80}\bhere\b[^.!?:]{0,60}:\s*https?://"
    # "[Here](…) is the link to the dataset that has been analysed for this report.": where a thing
    # the README is about can be had, not what the project is.
    r"|^here(?: is|'s|’s| are) (?:the |a )?links? (?:to|for)\b"
    # "Will also be available to download from F-Droid once out of beta status": where it is to be.
    r"|^[^.!?]{0,80}\bwill (also |soon )?be available (to download )?(in|at|on|from)\b"
    # "Automatically exported from code.google.com/p/boblight4j": Google Code's export line, where it was.
    r"|^(automatically )?exported from code\.google\.com/p/\S+\W*$"
    # "A full manual is available as well:" over its address: a paragraph saying only that it exists.
    r"|^[^.!?]{0,80}\b(is|are) (also |still |now )?available( as well| online| here)?\s*[:：]?\s*$"
    # "The canonical source for Helm charts is the Artifact Hub, an aggregator …": where the real
    # thing is kept now, elsewhere.
    r"|^the (canonical|official|primary|main|new) (source|home|location|repository|repo) (for|of) [^.!?]{1,60} is (now )?"
    r"(the |at |on |in )"
    # "Our Web Application is deployed on this link": where it runs, with the link to it.
    r"|^(our|the|this) ([\w-]+ ){0,2}(app|application|site|website|project|demo|service|bot) (is|was|has been) "
    r"(deployed|hosted|live) (on|at|to|here)\b"
    # WooCommerce's lines, copied into many WordPress plugins' READMEs: "Here you can browse the source,
    # look at open issues and keep track of development.", "If you are not a developer, please use the
    # … plugin page on WordPress.org." (what the repository is for, and where the plugin is)
    r"|^(here,? )?you can browse the source, look at open issues\b|^if you('re| are) not a developer\b",
    re.I,
)
# An address to go to or to write to; ASCII only: "PC/移动端" is words.
# Each alternative starts only where a run of its letters starts: tried from every letter of a long
# word ("aaaa…" with no "/" or "@"), the search was quadratic in the word's length.
URL = re.compile(
    r"https?://\S+|(?<![A-Za-z0-9_.~-])[A-Za-z0-9_.~-]+/[A-Za-z0-9_./~-]*"
    r"|(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+",
    re.ASCII,
)
# "TOOL v. 0.2.6 (C) Copyright 2010 Ann Example", "© 2021 Example Corp": a legal line, wherever the
# notice sits in it; checked on short paragraphs only, so a description may still close with one.
COPYRIGHT = re.compile(r"(\(c\)|©|\bcopyright\b)\s*(\(c\)|©|copyright)?\s*\d{4}", re.IGNORECASE)


def without_dangling_preposition(lead_in: str) -> str:
    """ "Working through the roguelike tutorials at" once its colon and the links it led into are
    gone: the preposition points at nothing, so it goes too."""
    head, _, last = lead_in.rstrip().rpartition(" ")  # the last word, found without backtracking
    if head and last.lower() in _DANGLING:
        # "A secure authentication system built with" over its stack: the participle goes too.
        before, _, participle = head.rstrip().rpartition(" ")
        return before.rstrip(" ,") if before and participle.lower() in _MAKING else head.rstrip()
    # "… a collection of web-based games built with Flask, including" once its list is gone.
    if head and last.lower() in _INTRODUCING:
        return head.removesuffix(" such").rstrip(" ,")
    # "… creator marketing platform that unifies" once its list is gone: the clause lost its object.
    before, _, relative = head.rpartition(" ")
    return before.rstrip(" ,") if before and relative.lower() in {"that", "which"} else lead_in


_MAKING = frozenset({"built", "made", "developed", "written", "created", "powered", "implemented"})
_DANGLING = frozenset(
    {"at", "from", "on", "in", "to", "of", "by", "for", "with", "via", "into", "here", "below"}
    # "Esta es una plantilla diseñada para", "Un outil pour", "Ein Werkzeug für": the same, abroad.
    | {"para", "por", "pour", "für", "per", "voor", "för", "de", "di", "da", "em", "en", "com", "con", "avec", "mit"}
    | {"sur", "zu", "bei", "van", "op", "om", "med", "aquí", "aqui", "ici", "hier", "abajo", "unten", "sotto"}
)


# Words that introduce a list ("including", "such as", "namely"), left with nothing to introduce.
_INTRODUCING = frozenset({"including", "includes", "include", "namely", "as", "like", "e.g.", "incl."})


# Between two Chinese or Japanese characters (punctuation included) a line break is no space, nor
# is a space beside their punctuation ("功能完备、 开源开放"), which is set with its own room. A space
# typed between two words ("Gopher道場 自習室") is the author's and stays. Korean puts spaces
# between words, so Hangul is not among them.
_CJK = r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
# Ideographic punctuation and the fullwidth forms of ASCII punctuation ("，", "（"), not letters.
_CJK_MARK = r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
CJK_GAP = re.compile(rf"(?<={_CJK})[^\S\n]*\n\s*(?={_CJK})|(?<={_CJK_MARK})\s+(?={_CJK})|(?<={_CJK})\s+(?={_CJK_MARK})")
QUOTES = "\"“”'‘’「」『』"


# GitHub's emoji shortcodes (":poodle:", ":+1:"); not times ("12:30:45") or words around colons.
SHORTCODE = re.compile(r"(?<![\w:]):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{1,40}:(?![\w:])")


_SPACED_ENTITY = re.compile(r"&\s(ensp|emsp|nbsp|thinsp);")


def tidy(text: str) -> str:
    # "&ensp;& ensp;&ensp; This program is …": a space typed into an indent's entity leaves it as text.
    text = html.unescape(_SPACED_ENTITY.sub(" ", text))
    # A zero-width space or a byte order mark is nothing; a zero-width (non-)joiner is part of a
    # word in Persian and the Indic scripts, and of an emoji (a woman and a laptop joined: a coder).
    text = re.sub(r"[\u200b\ufeff]", "", text)
    text = CJK_GAP.sub("", text)  # a hard-wrapped Chinese paragraph: the breaks are not spaces
    text = re.sub(r"\[\^[^\]\s]+\]", "", text)  # footnote marks ([^1]): GitHub shows them as a superscript
    text = SHORTCODE.sub("", text)  # ":rocket:": an emoji on GitHub, letters in an excerpt
    # "** Quick Reference links: **": bold markers set apart from the words are no emphasis to
    # CommonMark, and no words either.
    text = re.sub(r"(?<!\S)(\*\*\*?|___?)(?!\S)", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" |·•-–—")


# "Do you often type Markdown code manually …?", "Ever wanted your HUD to feel …?", "Tired of …?",
# "Let's face it, …", "_Now, you can process **1M context 10x faster** …, try it right now!_": a
# pitch to the reader, before the words on what the project is.
PITCH = re.compile(
    r"^\W*((do|are|have|did|can|would|need|want|ever|tired of|sick of|looking for|searching for|wondering)\b[^.!?]{0,200}\?|let'?s (face it|say)\b"
    r"|imagine\b|now,? you can\b"
    # "Você já perdeu suas chaves?", "¿Cansado de perder tus llaves?", "Marre de perdre vos clés ?",
    # "Schon wieder die Schlüssel verloren?", "Устали терять ключи?": the same, in other languages.
    r"|(você já|voce ja|cansad[oa]s? de|já pensou|precisa de|alguna vez|harto de|necesitas|te has|marre de|besoin d|"
    r"vous avez déjà|fatigué de|en avez assez|schon wieder|brauchst du|hast du|kennst du|willst du|устали|надоело"
    r"|хотите|вам нужн|stanco di|hai bisogno|ti è mai|masz dość|potrzebujesz|pernah|lelah)[^.!?]{0,200}\?)",
    re.IGNORECASE,
)


def is_plug(text: str) -> bool:
    """A plug anywhere in a paragraph makes it one ("… is our community-powered funding platform"),
    unless it opens by saying what the project is and names its mailing list, not money, on the
    way ("Ottoman is intended to be an easy to use open source library … We will be setting up a
    project site, mailing list, and issue tracker."). Money named straight after the opening makes
    it a plug ("Vue.js is an MIT-licensed open source project. Its development is made possible by
    these awesome backers."); a platform named sentences later is a detail ("Sundial Lite is the free
    and open source version of Sundial … For legit issues, I'll try avoid … platforms … like Patreon").
    """
    text = _HANDLES_MONEY.sub(" ", text)
    opening = opening_sentence(text)
    described = SAYS_WHAT_IT_IS.match(opening) and not _FUNDING.search(_two_sentences(text))
    return bool(PLUG.search(opening) or (PLUG.search(text) and not described))


# "Dízimo Project is a web-based system designed to manage members, donations, and …": money the
# project handles for its users is what it works on, not a plea for its own.
# "… building data donation applications …", "… custom data extraction and donation flows": what is
# given is data, blood or food, or "donation" names a kind of thing; the project's subject either way.
_HANDLES_MONEY = re.compile(
    r"\b(manag|track|record|collect|accept|process|handl|receiv)\w*\b[^.!?]{0,40}?\b(donations?|sponsorships?|funding)\b"
    r"|\b(data|blood|organ|food|clothing|clothes|books?|items?|plasma|tissue)[ -]donat\w*"
    r"|\bdonation (flows?|apps?|applications?|platforms?|campaigns?|drives?|centers?|centres?|forms?|records?|requests?)\b",
    re.IGNORECASE,
)


def is_notice(text: str) -> bool:
    opening = opening_sentence(text)
    pointer = (
        (len(text) < 100 and bool(SEE_ELSEWHERE.match(text)))
        or bool(FOUND_ELSEWHERE.match(opening))
        or bool(LABELLED_POINTER.match(text))
    )
    # "… has become one of the most popular frameworks" closing a description is no boast: only a
    # paragraph that opens with its news, praise or credits is an aside.
    aside = bool(ASIDE.search(opening) or THANKS.search(opening) or is_plug(text))
    request = bool(REQUEST.match(text))
    # "**Contributing**: We welcome any contributions …", "License: MIT": a section in one line.
    label = re.match(r"^\W*(\w+(?: \w+)?)\s*[:：]", text)
    section = bool(label and SECTION_NOISE.match(label.group(1)) and not ABOUT.search(label.group(1)))
    legal = len(text.split()) <= 12 and bool(COPYRIGHT.search(text))
    # "Can an 8B-parameter model beat frontier models at Clojure code generation?": a question put
    # to the reader opens a pitch; the answer, not the question, says what the project is.
    # "A sustained research program into one question: what does it take to …?" names its kind first;
    # the question is its subject.
    question = text.rstrip().endswith(("?", "？")) and opening == text and not _KIND_THEN_QUESTION.match(text)
    # "(static-js was taken (So was js-engine))": a paragraph set wholly in brackets is said aside.
    bracketed = text.startswith(("(", "（")) and text.rstrip(" .。").endswith((")", "）"))
    # '"The Microlife CRADLE VSA … accurately measure …" (Credit: CRADLE Trial)': someone else's words.
    credited = credits_the_quotation(text)
    return (
        is_warning(text)
        or legal
        or bool(META.search(text))
        or aside
        or pointer
        or request
        or section
        or question
        or bracketed
        or credited
    )


_KIND_THEN_QUESTION = re.compile(rf"^({lexicon.A_KIND})\s[^:?]{{3,120}}[:：]\s", re.IGNORECASE)


def _two_sentences(text: str) -> str:
    opening = opening_sentence(text)
    return opening + " " + opening_sentence(text[len(opening) :].lstrip())


def opening_sentence(text: str) -> str:
    """The first sentence, roughly: enough to tell what a paragraph opens with."""
    # A Latin full stop ends a sentence only before a space ("CODE_OF_CONDUCT.md" goes on).
    return re.split(r"(?<=[.!?])\s|(?<=[。！？])", text, maxsplit=1)[0]


# "**AI assistants:** Read README.ai.md first …", "Users: see the docs": a reader addressed by a label
# and told where to go.
LABELLED_POINTER = re.compile(r"^\W*\w+(?: \w+)?\W*[:：]\W*(read|see|visit|check|refer to|go to|head to)\b", re.I)
