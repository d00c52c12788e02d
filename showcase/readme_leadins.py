"""A Markdown paragraph that leads into the bullet list below it ("This Jekyll plugin adds:"): the
lead-in and the list's first item are one sentence, or the lead-in names what the items make up.
`readme_markdown` reads each paragraph through `joined_with_list` as it walks.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from showcase.excerpt_rules import OBLIGATION, without_dangling_preposition
from showcase.excerpt_taglines import is_noun_tagline
from showcase.readme_inline import first_item, list_items
from showcase.readme_naming import opens_with


def joined_with_list(text: str, tokens: list[Token], index: int, name: str, first_words: bool) -> str:
    """The paragraph `text` (the words of `tokens[index]`) as it reads with the list after it, if
    one follows; `first_words` when nothing before it had words."""
    listed = list_follows(tokens, index)
    if listed and OFFERS.search(text):
        # "This Jekyll plugin adds:" over a list: the lead-in and its first item are one
        # sentence ("This Jekyll plugin adds a generator for favicons …").
        return _run_on(text, first_item(tokens, index + 2))
    if listed and _HOLDS_IN_JAPANESE.search(text.strip()):
        # "本リポジトリには" over "OFDMの変復調のシミュレーションプログラム(Python)" and "…などが入っています。":
        # what the repository holds, its first item the sentence's object.
        return f"{text.strip()}{first_item(tokens, index + 2)}"
    if listed and _PURPOSE_LEAD.search(text) and not OBLIGATION.search(text):
        # "A pet project to:" over "Scratch an itch …": what it is for runs on into the first item.
        return _run_on(text, _verb_lowered(first_item(tokens, index + 2)))
    if listed and _is_what_follows(text, name):
        # "`peregrine` is:" over "A collection of notes on …": the project, then what it is.
        return _run_on(text, _article_lowered(first_item(tokens, index + 2)))
    if first_words and _names_the_list(text, tokens, index):
        # "Standalone server service for managing your applications's:" over "logs" and "user
        # permissions": a few short items finish the phrase; a long list is only named by it.
        series = _short_series(list_items(tokens, index + 2))
        return f"{text.rstrip()} {series}" if series else without_dangling_preposition(text.rstrip()[:-1].rstrip())
    return text


_SERIES_ITEMS = 4
_SERIES_ITEM_WORDS = 3


def _short_series(items: list[str]) -> str:
    """ "logs, user permissions": two to four items of three words or fewer, with no stops of their
    own, read as the end of the phrase above them; else ""."""
    short = all(0 < len(item.split()) <= _SERIES_ITEM_WORDS and not re.search(r"[.!?:;。]", item) for item in items)
    return ", ".join(item.strip() for item in items) if short and 2 <= len(items) <= _SERIES_ITEMS else ""


def list_follows(tokens: list[Token], index: int) -> bool:
    """Whether a bullet list opens straight after the paragraph whose words are `tokens[index]` (its
    close comes between); a paragraph that ends the README has nothing after it."""
    return index + 2 < len(tokens) and tokens[index + 2].type == "bullet_list_open"


# A lead-in that ends on what the project does, waiting for the list below to say what.
OFFERS = re.compile(
    r"\b(adds|provides|includes|offers|supports|contains|lets you|allows you to|helps you"
    # "Questa mini-piattaforma ti permette di:", "Esta herramienta te permite:", "Cet outil vous permet de:".
    r"|(ti |vi )?permette di|(te |le )?permite|(vous |te )?permet de|ermöglicht( (es )?dir| ihnen)?"
    r"|offre|fornisce|include|ofrece|proporciona|incluye|oferece|fornece|inclui|bietet|enthält|unterstützt"
    # "Игра включает:" (the game includes), "Aplikacja umożliwia:": the same in Russian and Polish.
    r"|включает|позволяет|предоставляет|поддерживает|содержит|умеет|zawiera|oferuje|umożliwia)\s*[:：]\s*$",
    re.IGNORECASE,
)


def _names_the_list(text: str, tokens: list[Token], index: int) -> bool:
    """ "Минимальный скелет магазина:" over a list of its parts: a noun phrase of three words or more
    that leads into a bullet list names what the items make up."""
    lead_in = text.rstrip().endswith((":", "：")) and len(text.split()) >= 3
    return (
        lead_in and list_follows(tokens, index) and is_noun_tagline(text.rstrip()[:-1]) and not OBLIGATION.search(text)
    )


def _run_on(lead_in: str, item: str) -> str:
    """ "This Jekyll plugin adds:" and "a generator for favicons": one sentence, the colon gone."""
    # "… ti permette di:" over "Ingerire automaticamente …": a verb after "lets you", whose capital was
    # the list's, not a name's ("adds:" over "Markdown support" keeps the name's).
    if _LETS_YOU.search(lead_in) and re.match(r"[A-ZÀ-Þ][a-zß-ÿ]", item):
        item = item[0].lower() + item[1:]
    return f"{lead_in.rstrip()[:-1].rstrip()} {item}"


_HOLDS_IN_JAPANESE = re.compile(r"(リポジトリ|レポジトリ|プロジェクト|ツール|アプリ)(に|で)は[:：]?$")
_LETS_YOU = re.compile(r"\b(lets you|allows you to|helps you|permette di|permet de|permite)\s*[:：]\s*$", re.IGNORECASE)


def _is_what_follows(text: str, name: str) -> bool:
    """ "`peregrine` is:", "This project is:": the project, waiting for the list below to say what it
    is ("Its features are:" waits for features)."""
    lead = _IS_LEAD.match(text.strip())
    if lead is None:
        return False
    subject = lead.group(1).split()
    return (opens_with(subject, name, decoration="*_`'’") and len(subject) <= 2) or lead.group(1).lower() in _SELVES


_IS_LEAD = re.compile(r"^(\S+(?: \S+){0,3}) (?:is|are)\s*[:：]$")
_SELVES = frozenset({"this", "it", "this project", "this repository", "this repo", "this tool", "this library"})


# "A pet project to:", "Scripts used to:": three words or more, the last an infinitive's "to".
_PURPOSE_LEAD = re.compile(r"^\S+(?: \S+){1,8} to\s*[:：]$", re.IGNORECASE)


def _verb_lowered(item: str) -> str:
    """ "Scratch an itch" after "A pet project to": a verb inside the sentence takes no capital (an
    acronym such as "GPU" keeps its own)."""
    return item[0].lower() + item[1:] if re.match(r"[A-Z][a-z]", item) else item


def _article_lowered(item: str) -> str:
    """ "A collection of notes" after "peregrine is": one sentence, so its article takes no capital."""
    return item[0].lower() + item[1:] if re.match(r"(A|An|The) ", item) else item
