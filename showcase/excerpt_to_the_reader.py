"""What a README says to its reader about taking part, never what the project is: leave to use it,
an invitation to contribute, how to cite it, how to reach its authors, the code of conduct.
`excerpt_never` asks each; nothing here knows about the rest of the rules.
"""

from __future__ import annotations

import re

# "Pull requests are welcome.", "Issues and PRs welcome!", "Any feedback is appreciated.", "Found a
# bug? Open an issue.", "Please read CONTRIBUTING.md before opening a PR.": how to take part.
INVITATION = re.compile(
    r"^\W*(pull requests|prs|contributions|contributors|issues|feedback|suggestions|ideas|bug reports)"
    r"( (and|&|or) (pull requests|prs|contributions|issues|feedback|suggestions|ideas|bug reports))?"
    r" (are |is )?(always |very |more than |most |highly )?(welcome|appreciated|encouraged)\b"
    r"|^\W*(any|all) (kind of )?(feedback|contributions|suggestions|help)( \w+){0,3} (is|are|would be) (welcome|appreciated)\b"
    r"|^\W*(found a bug|questions|have a question|need help|problems|issues)\s*\?\s*(please )?(open|file|create|submit|raise)"
    r" an? (issue|ticket|pr|pull request)\b"
    r"|^\W*please read [\w./-]+\.md before\b"
    # "Discuss with us on Discussions, or raise an issue.": where to talk about it.
    r"|^\W*(come )?(discuss|chat|talk) (it |this )?with us\b|^\W*(please )?(raise|open|file|create) an issue\b"
    # "Contribuições são bem-vindas.", "Beiträge sind willkommen.", "欢迎提交 PR。", "プルリクエスト歓迎です。",
    # "기여는 언제나 환영합니다.": the same, abroad.
    r"|^\W*([\w-]+ ){1,3}(são|son|sont|sind|sono|zijn|är) (les |sempre |siempre |toujours |immer |sempre )?"
    r"(muito |très |herzlich |molto )?(bem-vind[oa]s|bienvenid[oa]s|bienvenu(e)?s|willkommen|benvenut[ie]|welkom|välkomna)\W*$"
    r"|^\W*(se aceptan|aceitamos|nous acceptons) (contribuciones|contribuições|les contributions|pull requests)\b"
    # "Contribuciones bienvenidas.", "Contribuições bem-vindas!": the invitation without its verb.
    r"|^\W*(contribuciones|contribuições|contributions|beiträge|pull requests|prs) (bienvenidas|bem-vindas|bienvenues|willkommen)\W*$"
    r"|^[^.!?]{0,40}приветству(ются|ется)\W*$|^\W*欢迎(提交|贡献|参与|提出|大家)?\s?(pr|pull request|issue|代码|贡献)"
    r"|(プルリクエスト|pr|issue|コントリビューション|貢献)(を|も)?(大|いつでも)?歓迎|(기여|이슈|피드백|풀 리퀘스트|pr)(는|를|도|은)? (언제나 |언제든지 |언제든 )?환영"
    # "有问题请提 issue。": a question goes to the issue tracker.
    r"|^\W*有(任何)?(问题|問題|疑问|疑問|建议|建議)[^。！]{0,12}(提|开|開|发|發)\s?(issue|pr)",
    re.IGNORECASE,
)


# "Feel free to use it.", "All credit goes to the original author.", "The code is messy, sorry.": leave
# to use it, whose it is, an apology; none says what it is.
PERMISSION = re.compile(
    # "If you are interested in developing plug-ins for quince …": an invitation to take part.
    r"^if you('re| are) (interested|keen|curious) in (developing|contributing|helping|working)\b|"
    # "This is obviously where the client side code is": a tour of where the code lives.
    r"^this is (obviously |basically |just )?where (the )?[\w -]{1,30} (code|files|source)( \w+)? (is|are|lives?)\b|"
    r"^feel free to (use|fork|copy|modify|clone|contribute|open|reach|share|adapt)\b|^all credit (goes )?to\b"
    r"|^use (it|this|them) (as|however|how(ever)?) you (like|want|wish|please)\W*$"
    # "Use my custom snippets for fast developing": the author's own helpers, offered to the reader.
    r"|^\W*use (my|our) (own |custom )*(snippets?|configs?|settings|dotfiles|templates?|extensions?|presets?|aliases)\b"
    r"|^[^.!?]{0,40}\b(messy|ugly|bad|hacky),? (sorry|lol)\W*$"
    # "Sinta-se à vontade para usar.", "Siéntete libre de usarlo.", "N'hésitez pas à l'utiliser.": the same abroad.
    r"|^(sinta-se à vontade|siéntete libre|sientete libre|n['’]hésitez pas|sentiti libero|fühl dich frei)\b",
    re.IGNORECASE,
)


# "If you use this code, please cite our paper", "For Maxine VM >= v2.1 please cite:": how to credit
# the work in a paper, never what the work is; nor is "The ideas of the project are published in the
# following paper." ("… code for the methods described in the paper:" says what the code is).
CITATION = re.compile(
    r"\bplease cite\b|\b(cite|citing) (this|our|the following) (work|paper|project|repository|article)"
    r"|^[^.!?]{0,80}?\b(is|are|was|were|has been|have been) (published|described|presented|detailed) in "
    r"(the following|this|our|an?) (paper|article|publication|thesis)"
    # "Dichucheng Li, Mingjin Che, … and Wei Li "Frame-Level …", IEEE … (ICASSP 2023)": a reference
    # itself, its authors' names first, then a quoted title.
    r"|^(?-i:[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}), (?-i:[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}),"
    r"[^\n]{0,300}? [\"“][^\"”]{10,300}[\"”]",
    re.I,
)


# "For academic collaborations please contact …", "Get in touch at …": how to reach the authors;
# "If you have any questions, please reach me out:", "If you find a bug, open an issue": what to do
# when something goes wrong, never what the project is.
CONTACT = re.compile(
    r"^(for [^.!?]{1,80}?,? )?(please )?(contact|reach out|e-?mail|write to|get in touch)\b"
    # "Contact Grouper is an Android app …", "Email Sender is …": the verb's word as a name's first.
    r"(?!\s+[\w-]+(\s+[\w-]+)?\s+(is|are|was)\b)"
    # "Rey David Dominguez Soto - rdominguez@tecnologer.net": a name and an address, the author's card.
    r"|^[^\W\d][\w .'-]{2,60} [-–—:] \S+@\S+\.\w{2,}\W*$"
    r"|^if you (have|find|run into|encounter|hit|notice) (any |a |an )?"
    r"(questions?|issues?|problems?|bugs?|feedback|suggestions?|trouble|difficulties)\b"
    # "Please report bugs at http://bugzilla.novell.com/", "Bugs can be reported at …": where to tell.
    r"|^(please )?(report|file|submit|open) (any |all )?(bugs?|issues?|problems?|bug reports?)\b(?!\s+(is|are|was)\b)"
    r"|^(bugs?|issues?|problems?|bug reports?) (can|should|may) be (reported|filed|submitted|sent)\b"
    # "Reporta los errores en GitHub.", "Reporte os erros …", "Signalez les bugs …": the same abroad.
    r"|^(por favor,? )?(reporta|reporte|reportar|informa|signalez|melden sie) (los |os |les |die )?(errores|erros|bugs|problemas|problèmes|fehler)\b"
    # "mail@KaraJensen.com www.KaraJensen.com https://github.com/…": addresses and nothing else, a card.
    r"|^(\S+@[\w-]+(\.[\w-]+)+|https?://\S+|www\.\S+)(\s+(\S+@[\w-]+(\.[\w-]+)+|https?://\S+|www\.\S+))+\s*$"
    # "The following information is for developers and contributors.": who the text below is for.
    r"|^(the following|this) (information|section|document|readme|guide|page) is (intended |meant )?(only )?(for|aimed at)"
    r" (developers|contributors|maintainers)\b",
    re.I,
)


# "This project has adopted the Microsoft Open Source Code of Conduct.": how people behave, not what
# the project is.
# The same line in Microsoft's localized documentation repositories ("Ez a projekt a Microsoft nyílt
# forráskóddal kapcsolatos viselkedési szabályzata alapján működik.", "… a adopté le Code de conduite …").
_CONDUCT_ABROAD = (
    r"(code de conduite|código de conduc?ta|verhaltens(regeln|kodex)|gedragscode|kodeks postępowania"
    r"|codice di comportamento|viselkedési szabályzat|davran\u0131ş kurallar\u0131|правила поведения|кодекс поведения"
    r"|行为准则|行為準則|行動規範|행동 강령)"
)


CONDUCT = re.compile(
    r"\b(has adopted|adheres to|follows|is governed by) (the |our |a )?[\w .-]{0,40}code of conduct\b"
    rf"|\bmicrosoft\b[^.。!?]{{0,80}}{_CONDUCT_ABROAD}|{_CONDUCT_ABROAD}[^.。!?]{{0,80}}\bmicrosoft\b",
    re.I,
)


def asks_and_leaves_it(text: str, opening: str) -> bool:
    """ "Why do thing when computer can?", "What is an Infinite Canvas? The term … is described as
    follows:": a question put to the reader, answered nowhere in the paragraph, is no description;
    a run of them ("Is it a whiteboard? Is it an editor?") may be a riddle the title answers."""
    if not (_WH_QUESTION.match(opening) and opening.rstrip().endswith(("?", "？"))):
        return False
    rest = text.strip()[len(opening.strip()) :].strip()
    return not rest or rest.endswith((":", "："))


# "What if maps drew themselves?" pitches the project, and stays a fallback.
_WH_QUESTION = re.compile(
    r"^\W*(?!what if\b|why not\b|how about\b)(what|why|how|who|where|when|qu[ée]|por ?qu[ée]|o que|pourquoi|warum|was"
    r"|wie|cos['’]è|perch[ée])\b",
    re.IGNORECASE,
)
