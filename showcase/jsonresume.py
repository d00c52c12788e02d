"""JSON Resume in and out: `showcase import` and `showcase export`.

Import keeps every field as written and adds `repo: owner/name` to projects whose URL is on
github.com; export drops what showcase added, so a document survives the round trip unchanged.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from showcase.config import parse_resume
from showcase.errors import RefusedOverwrite, UsageError
from showcase.localized import LANGUAGES
from showcase.merge import hide_fields
from showcase.models import Resume
from showcase.write import write_atomic

SCHEMA_FILE = "showcase.schema.json"
_GITHUB_REPO = re.compile(r"^https?://(?:www\.)?github\.com/([A-Za-z0-9-]+)/([A-Za-z0-9._-]+?)(?:\.git)?/?$")

HEADER = """\
# yaml-language-server: $schema={schema}
# showcase.yaml: your résumé in JSON Resume's vocabulary, plus `showcase:` settings.
# Check it with `showcase validate`; build with `showcase build`. Docs: `showcase --help`.
"""

SETTINGS_COMMENT = """
# How showcase builds your profile. Every key is optional.
showcase:
{github}  discover:
    limit: 6            # besides curated projects, your most-starred public repositories
    forks: false
    archived: false
  hide: [basics.phone]  # dotted paths never written to any output
  locale: en            # en | zh
  outputs: {{readme: true, pages: true}}
"""


def read_document(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or "basics" not in data:
        raise UsageError(f"{path}: not a JSON Resume document (no `basics`)")
    return data


def to_showcase_yaml(document: dict[str, Any]) -> str:
    """A commented showcase.yaml holding every field of `document`, plus `repo:` links."""
    data = json.loads(json.dumps(document))  # a deep copy
    for project in data.get("projects", []) or []:
        match = _GITHUB_REPO.match(str(project.get("url") or ""))
        if match and "repo" not in project:
            project["repo"] = f"{match.group(1)}/{match.group(2)}"
    login = _github_login(data)
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    github = "" if login else "  github: YOUR-LOGIN   # or add a GitHub entry to basics.profiles\n"
    text = HEADER.format(schema=SCHEMA_FILE) + body + SETTINGS_COMMENT.format(github=github)
    if not login:
        text = text.replace("  github: YOUR-LOGIN", "  # github: YOUR-LOGIN")

    parse_resume(text, "imported showcase.yaml")  # what we write must validate
    return text


def _github_login(data: dict[str, Any]) -> str | None:
    for profile in (data.get("basics") or {}).get("profiles") or []:
        if str(profile.get("network", "")).lower() == "github":
            found = profile.get("username") or profile.get("url")
            return str(found) if found else None
    return None


def import_file(source: Path, target: Path, force: bool = False) -> list[Path]:
    """Write `target` (and the JSON Schema beside it). Refuses to overwrite without force."""
    text = to_showcase_yaml(read_document(source))
    if target.exists() and not force:
        raise RefusedOverwrite(f"{target} exists; not overwriting it", hint="pass --force, or -o another path")

    write_atomic(target, text.encode("utf-8"))
    schema = target.parent / SCHEMA_FILE
    write_atomic(schema, (schema_text() + "\n").encode("utf-8"))
    return [target, schema]


def schema_text() -> str:
    document: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **Resume.model_json_schema(by_alias=True),
        "title": "showcase.yaml",
    }
    definitions = document.get("$defs", {})
    for name, definition in definitions.items():
        if name not in SETTINGS_DEFINITIONS:
            _text_may_be_localized(definition)
    _text_may_be_localized({"properties": {k: v for k, v in document["properties"].items() if k != "showcase"}})
    definitions["Localized"] = LOCALIZED
    return json.dumps(document, indent=2, ensure_ascii=False)


# A text in several languages: {en: "…", zh: "…"} (see localized.py).
LOCALIZED = {
    "type": "object",
    "description": "The text in several languages; a language left out falls back to the first of showcase.locales.",
    "propertyNames": {"enum": list(LANGUAGES)},
    "additionalProperties": {"type": "string"},
    "minProperties": 1,
}
# The `showcase:` settings are not text to translate.
SETTINGS_DEFINITIONS = {
    "Settings",
    "Discover",
    "Outputs",
    "Blog",
    "Cards",
    "Releases",
    "ContributionSettings",
}


def _text_may_be_localized(node: Any) -> None:
    """Every plain string of the résumé may also be a map of languages."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if (
                isinstance(value, dict)
                and value.get("type") == "string"
                and "enum" not in value
                and key != "propertyNames"
            ):
                node[key] = {"anyOf": [value, {"$ref": "#/$defs/Localized"}]}
            elif isinstance(value, dict) and "anyOf" in value:
                value["anyOf"] = [
                    {"anyOf": [option, {"$ref": "#/$defs/Localized"}]}
                    if isinstance(option, dict) and option.get("type") == "string"
                    else option
                    for option in value["anyOf"]
                ]
                _text_may_be_localized(value)
            else:
                _text_may_be_localized(value)
    elif isinstance(node, list):
        for item in node:
            _text_may_be_localized(item)


def export(resume: Resume, include_hidden: bool = False) -> dict[str, Any]:
    """The résumé as a JSON Resume document: showcase's own additions removed."""

    source = resume if include_hidden else hide_fields(resume)
    data = source.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude={"showcase"})
    for project in data.get("projects", []):
        project.pop("repo", None)
    if not include_hidden:
        _drop_empty_hidden(data, resume.showcase.hide)
    return data


def _drop_empty_hidden(data: Any, paths: list[str]) -> None:
    for path in paths:
        _drop(data, path.split("."))


def _drop(node: Any, parts: list[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _drop(item, parts)
    elif isinstance(node, dict) and parts[0] in node:
        if len(parts) == 1:
            del node[parts[0]]
        else:
            _drop(node[parts[0]], parts[1:])
