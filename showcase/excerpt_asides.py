"""Paragraphs about the project rather than what it is: news and announcements, praise, its history,
credits for the work and the artwork, who funds or maintains it, translations, wishes and convictions.
`excerpt_rules.is_notice` reads them as asides, used only when nothing else reads as a description.
"""

from __future__ import annotations

import re

from showcase.excerpt_self import NAME

# Paragraphs about the project rather than what it is: news, praise, legal, credits, translations.
# Fallbacks only, used when nothing else reads as a description.
ASIDE = re.compile(
    r"^(we('re| are) (excited|happy|pleased|thrilled|proud) to (announce|introduce|share)|announcing\b|🎉)"
    # "**New: [A Tour of CodevOS](…)** — A deep dive into …", "Update: v2 is out": news, labelled.
    r"|^\W*(new|news|update|announcement)\W{0,3}\s*[:：]\s"
    r"|^(recognized|featured|selected|ranked|named|trusted|loved) (by|as|in)\b|\bone of the (top|best|most)\b"
    # "Work on this started in 2021 as a side project.", "This project began as a hackathon entry.":
    # how the work began, its history.
    r"|^((work|development)( on [\w ]{1,20}?)?|(this|the|our|my) [\w-]+|it|i|we)( (originally|initially|first))?"
    r" (started|began)( out)? (in (19|20)\d\d|as an? |back in|during)"
    # "On 28 December 2017, WeChat released version 6.6.1 …", "2017 年 12 月 28 日下午，微信发布了 …": news told
    # from its date, in any language.
    r"|^\W*[^,.!?]{0,25}?\b(19|20)\d\d\b[^,.!?\d]{0,12},\s|^(19|20)\d\d\s?年[^，。,]{0,15}[，,]"
    # "Coaster received the Paul Gampe Prize for "Best Open Source Project" in …": an award won.
    r"|" + NAME + r"(received|won|was awarded|has been awarded|earned) (the |a |an )?[^.!?]{0,60}?\b(prize|award)s?\b"
    r"|^(created|written|made|developed|maintained|authored|brought to you)( in \d{4})?( with \S+)? by\b"
    # "Project developed by João Silva.", "Proyecto desarrollado por …", "Проект разработан Иваном …": a byline.
    r"|^((the )?project|projeto|projecto|proyecto|projet|projekt|progetto|proyek)\s(developed|made|created|built"
    r"|desenvolvido|desarrollado|réalisé|développé|entwickelt|erstellt|sviluppato|realizzato|stworzony|dibuat|dikembangkan)"
    r"\s(by|por|par|von|da|przez|oleh)\b|^(проект\s)?(разработан|создан|сделан)[аоы]?\s"
    # "Hecho por Ana Souza.", "Fait par …", "Gemacht von …", "Zrobione przez …": made by, with no subject.
    r"|^(hecho|feito|fait|gemacht|fatto|zrobione|dibuat|creado|criado|créé|erstellt|creato|desarrollado|desenvolvido"
    r"|développé|entwickelt|sviluppato)\s(por|par|von|da|przez|oleh)\s"
    # "個人獨立開發，自 2026 年 3 月起持續開發 …", "由 Ann 开发": who made it, in Chinese.
    r"|^(个人|個人)(独立|獨立)?(开发|開發)|^由\s?[^，。,]{1,20}?\s?(开发|開發|维护|維護|制作|製作|编写|編寫)"
    r"|^[^、。]{1,20}?\s?が(作りました|作成しました|開発しました|制作しました)"  # "Ana Souza が作りました。"
    # "Project was never released for public use.": the history of the work, not what it is.
    r"|^((this|the|our) )?(project|app|application|game|code|repo|repository|tool|site|website) (was|has) never (been )?"
    r"(released|finished|completed|published|launched|shipped)\b"
    # "This site was built in 18 days as a capstone project for …": how long it took, its history.
    r"|^((this|the|our) )?(project|app|application|game|site|website|tool) was (built|made|created|developed|written)"
    r" in (\d+|one|two|three|four|five|six|a few|a couple of) (hours|days|weeks|months)\b"
    # "Hi, I'm Champ — a passionate full-stack developer from Bangkok …": the author introducing
    # themselves, before what they made.
    r"|^((hi|hello|hey)( there)?[,!]?\s+)?(i am|i['’]m|my name is) [\w.'’ -]{1,40}?(\s[—–-]|,) (a|an) ([\w+-]+ ){0,4}"
    r"(developer|engineer|programmer|designer|student|researcher|scientist|coder|hobbyist)\b"
    # "A Welcome to Monday Project", "A project by the Orbit lab": whose it is, a byline.
    r"|^an? ([\w&.'-]+ ){1,4}(project|production|initiative)\W*$|^an? (\w+ )?project (by|of|from)\b"
    # "Part of this work has been funded by the European project Alvis": who paid for it, a credit
    # (when it opens a paragraph; at the end of a description it takes nothing away).
    r"|^((part of )?(this|the) (work|project|research)( \w+){0,3} (is|was|has been|have been) )?(partly |partially )?"
    r"(funded|financed|supported) by\b"
    # "This provider plugin is maintained by Linode.": who looks after it, not what it is.
    r"|^(this|the|our) (\w+ ){0,2}(is|are|was|has been) (currently |actively |now )?(maintained|sponsored|funded) by\b"
    # "icon is from next.bgm.tv", "Logo by @ana", "The cover art was drawn by …": where a picture came
    # from, a credit for the artwork, not the work.
    r"|^(the |our |this )?(app |project )?(icon|logo|banner|artwork|cover( art)?|illustration|mascot|header image)s?"
    r" (is |are |was |were )?(taken |borrowed |designed |drawn |made )?(from|by|courtesy of)\b"
    r"|\b(available|translated) in (other|several|many|multiple|\d+) languages\b"
    # "We hope you can use it to build many great applications …": a wish for the reader.
    r"|^(we|i) hope (you|that|this|it)\b"
    # "We believe that by empowering scientists … we can revolutionize …": a conviction, not the work.
    r"|^(we|i) (firmly |strongly )?believe\b"
    # "Part of **Crucible** — a Nous Ergon product: a harness for …": the whole it belongs to, said.
    r"|^part of (the )?[\w.&' -]{1,40}?\s+[—–:-]\s"
    # "The main reason for developing this is so that I can use feature flags in CI", "The second
    # reason is for debugging": why it was made.
    r"|^the (main |primary |original |first |second |other )?(reason|motivation)( (for|why|behind) (developing|"
    r"building|making|creating|writing|starting) (this|it)| is)\b"
    # "This project is based on Project Skyfire & TrinityCore", "Forked from …": where it came from ("This
    # is a fork of viking" says what it is: a fork).
    r"|^((this|the|our) (\w+ ){0,2}(is|was) )?(based on|forked from|derived from)\b"
    # "This codebase has been imported into Git for archival and educational purposes by Chris Done.":
    # how the code came to be here, not what it is.
    r"|^(this|the) (codebase|code|source code|repository|repo|project) (has been|was|is) (imported|mirrored|copied"
    r"|migrated|moved|uploaded) (in)?to (git|github|this repository)\b"
    # "This is a portfolio project and is intended to demonstrate development skills.": why it was
    # made, said before what it is ("Apricot is a portfolio project built to …" names it, and stays).
    r"|^this (is|was) (a|my) (personal )?portfolio project\b"
    # "This repository is a fork of SimpleMDE, made by Sparksuite.": where the repository came from,
    # said before what the project is (alone, it is the fallback).
    r"|^(this|the|our) (repository|repo) is a fork of\b"
    # "Also known as PM Dashboard v5.": its other name, said alone ("Formerly known as X, Y is …" goes
    # on to say what it is).
    r"|^(also|formerly|previously|originally) (known as|called|named)\b[^,;:]*$"
    # "v2.0.0 — renamed from icom-lan.", "The default branch has been renamed from master to main.":
    # news of a change of name, not what the project is.
    r"|^(v?\d+(\.\d+)+\s*[—–-]\s*)?((this|the|our) (\w+ ){0,2}(has been|have been|was|were|is now) )?"
    r"(recently )?renamed (from|to)\b"
    # "This operating system was written entirely using AI.": how it was made, said first.
    r"|^(this|the|all|everything)( \w+){0,3} (was|were|is|has been) (written|built|generated|created|coded|made"
    r"|developed) (entirely |fully |completely |mostly |largely )?(using|with|by) (an? )?"
    r"(ai|llms?|chatgpt|claude|copilot|gpt|cursor|gemini)\b",
    re.IGNORECASE,
)
