"""One source, several languages: any curated text may be a string or a map of languages
(`summary: {en: "…", zh: "…"}`). The map is resolved on the plain data, before validation, once
per language of `showcase.locales`; a language a map lacks falls back to the first one, and
`untranslated` lists those gaps for `showcase check`.

A map is localized when every key is a language code and every value a string, with at least one
key a language showcase writes; no JSON Resume object has such keys.
"""

from __future__ import annotations

import re
import typing
from typing import Any

from showcase.models import Locale

LANGUAGES: tuple[str, ...] = typing.get_args(Locale)
_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")

Loc = tuple[str | int, ...]


def is_localized(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and bool(value)
        and all(isinstance(k, str) and _CODE.match(k) for k in value)
        and all(isinstance(v, str) for v in value.values())
        and any(k in LANGUAGES for k in value)
    )


def pick(data: Any, language: str, fallback: str) -> Any:
    """`data` with every localized map replaced by its text in `language` (else `fallback`)."""
    if is_localized(data):
        return data.get(language) or data.get(fallback) or next(iter(data.values()))
    if isinstance(data, dict):
        return {key: pick(value, language, fallback) for key, value in data.items()}
    if isinstance(data, list):
        return [pick(item, language, fallback) for item in data]
    return data


def unknown_languages(data: Any, loc: Loc = ()) -> list[tuple[Loc, str]]:
    """(where, code) for keys of localized maps that name a language showcase doesn't write."""
    found: list[tuple[Loc, str]] = []
    if is_localized(data):
        return [((*loc, key), key) for key in data if key not in LANGUAGES]
    if isinstance(data, dict):
        for key, value in data.items():
            found += unknown_languages(value, (*loc, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found += unknown_languages(item, (*loc, index))
    return found


def untranslated(data: Any, languages: list[str], loc: Loc = ()) -> list[tuple[Loc, list[str]]]:
    """(where, missing languages) for every localized map that lacks one of `languages`."""
    if is_localized(data):
        missing = [language for language in languages if not data.get(language)]
        return [(loc, missing)] if missing else []
    found: list[tuple[Loc, list[str]]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            found += untranslated(value, languages, (*loc, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found += untranslated(item, languages, (*loc, index))
    return found


def languages_of(data: Any) -> list[str]:
    """The languages a raw config asks for (`showcase.locales`, else `showcase.locale`, else en);
    anything malformed here is reported by validation, so it falls back quietly."""
    settings = data.get("showcase") if isinstance(data, dict) else None
    settings = settings if isinstance(settings, dict) else {}
    asked = settings.get("locales") or [settings.get("locale") or LANGUAGES[0]]
    valid = [code for code in asked if isinstance(code, str) and code in LANGUAGES] if isinstance(asked, list) else []
    return list(dict.fromkeys(valid)) or [LANGUAGES[0]]
