"""showcase.yaml → Resume, with every problem reported as `file:line:col: path: message`.

PyYAML's composer gives us nodes with positions; we build plain data from them and
remember where every key sits, then map pydantic's error locations back to lines.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from pathlib import Path
from typing import Any, Union

import yaml
from pydantic import BaseModel, ValidationError

from showcase import localized
from showcase.errors import ConfigError, Problem
from showcase.models import Resume
from showcase.yamlguard import TOP, Loc, check_characters, check_shape, dotted, line_col

Positions = dict[Loc, tuple[int, int]]


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text: `2019-07` must stay what the user wrote."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# A résumé is a few kilobytes; these bounds stop a hostile or broken file long before it costs
# noticeable time or memory (YAML aliases can expand a 1 KB file to billions of values).
MAX_CONFIG_BYTES = 1024 * 1024
MAX_INT_DIGITS = 100


def load_resume(path: Path) -> Resume:
    """Read and validate a config file; raise ConfigError listing every problem. The first language's."""
    return next(iter(load_resumes(path).values()))


def load_resumes(path: Path) -> dict[str, Resume]:
    """Read and validate a config file, once per language of `showcase.locales`, first first."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(
            [Problem(str(path), "no such config file")], hint="create one with `showcase init`, or pass -c PATH"
        ) from None
    except OSError as exc:
        raise ConfigError([Problem(str(path), f"cannot read: {exc.strerror or exc}")]) from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError([Problem(str(path), f"the file is larger than {MAX_CONFIG_BYTES // 1024} KiB", 1, 1, TOP)])
    return parse_resumes(_decode(data, str(path)), str(path))


def _decode(data: bytes, filename: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = line_col(data[: exc.start].decode("utf-8", errors="replace"))
        raise ConfigError(
            [Problem(filename, f"not UTF-8 text (byte 0x{data[exc.start]:02x})", line, col, TOP)],
            hint="save the file as UTF-8",
        ) from None


def locate(path: Path, loc: Loc) -> tuple[int, int]:
    """Line and column of the value at `loc` in a config file that loads (for messages)."""
    try:
        _, positions = parse_yaml(_decode(path.read_bytes(), str(path)), str(path))
    except (OSError, ConfigError):
        return 1, 1
    return _nearest_position(loc, positions)


def parse_resume(text: str, filename: str = "showcase.yaml") -> Resume:
    """The config in its first language (the only one, unless `showcase.locales` names more)."""
    return next(iter(parse_resumes(text, filename).values()))


def parse_resumes(text: str, filename: str = "showcase.yaml") -> dict[str, Resume]:
    """The config once per language of `showcase.locales`, first language first: localized maps
    (`summary: {en: …, zh: …}`) resolved, a missing language falling back to the first."""
    data, positions = parse_yaml(text, filename)
    if not isinstance(data, dict):
        raise ConfigError([Problem(filename, "expected a mapping with at least `basics:`", 1, 1)])
    unknown = localized.unknown_languages(data)
    if unknown:
        known = ", ".join(localized.LANGUAGES)
        raise ConfigError(
            [
                Problem(
                    filename,
                    f"unknown language {code!r} (showcase writes {known})",
                    *_nearest_position(loc, positions),
                    dotted(loc),
                )
                for loc, code in unknown
            ]
        )
    languages = localized.languages_of(data)
    resumes = {}
    for language in languages:
        try:
            resume = Resume.model_validate(localized.pick(data, language, languages[0]))
        except ValidationError as exc:
            raise ConfigError(_describe(exc, data, positions, filename)) from None
        problems = _check_references(resume, positions, filename)
        if problems:
            raise ConfigError(problems)
        resumes[language] = resume
    return resumes


def untranslated(path: Path) -> list[str]:
    """`file:line:col: path: no zh` for each localized text that lacks a language of the config."""
    data, positions = parse_yaml(_decode(path.read_bytes(), str(path)), str(path))
    languages = localized.languages_of(data)
    return [
        str(
            Problem(
                str(path),
                f"no {', '.join(missing)} (the {languages[0]} text is used)",
                *_nearest_position(loc, positions),
                dotted(loc),
            )
        )
        for loc, missing in localized.untranslated(data, languages)
    ]


def parse_yaml(text: str, filename: str) -> tuple[Any, Positions]:
    """YAML text → (plain data, position of every key and item)."""
    check_characters(text, filename)
    check_shape(text, filename)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise ConfigError(
                [Problem(filename, "the file is empty", 1, 1)], hint="start with `basics: {name: Your Name}`"
            )
        positions: Positions = {(): _where(node)}
        data = _build(loader, node, (), positions, filename)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ConfigError([Problem(filename, f"YAML syntax error: {exc.problem or exc.context}", line, col)]) from None
    except yaml.YAMLError as exc:
        raise ConfigError([Problem(filename, f"YAML error: {exc}", 1, 1)]) from None
    finally:
        loader.dispose()
    return data, positions


def _where(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(loader: _Loader, node: yaml.Node, loc: Loc, positions: Positions, filename: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # resolves `<<:` merge keys
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            line, col = _where(key_node)
            if isinstance(key, str) and _SURROGATE.search(key):
                raise ConfigError(
                    [
                        Problem(
                            filename, "a key holds a lone surrogate, which is not text", line, col, dotted(loc) or TOP
                        )
                    ]
                )
            if not isinstance(key, str):
                raise ConfigError([Problem(filename, f"keys must be text, got {key!r}", line, col, dotted(loc) or TOP)])
            child: Loc = (*loc, key)
            if key in result:
                raise ConfigError([Problem(filename, "duplicate key", line, col, dotted(child))])
            positions[child] = (line, col)
            result[key] = _build(loader, value_node, child, positions, filename)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            place: Loc = (*loc, index)
            positions[place] = _where(item)
            items.append(_build(loader, item, place, positions, filename))
        return items
    return _scalar(loader, node, loc, filename)


def _scalar(loader: _Loader, node: yaml.Node, loc: Loc, filename: str) -> Any:
    line, col = _where(node)

    def problem(message: str) -> ConfigError:
        return ConfigError([Problem(filename, message, line, col, dotted(loc) or TOP)])

    if node.tag == "tag:yaml.org,2002:int" and len(str(node.value)) > MAX_INT_DIGITS:
        raise problem(f"a number with {len(str(node.value)):,} digits (at most {MAX_INT_DIGITS})")
    try:
        value = loader.construct_object(node, deep=True)
    except (ValueError, OverflowError) as exc:
        raise problem(str(exc).splitlines()[0][:120]) from None
    surrogate = _SURROGATE.search(value) if isinstance(value, str) else None
    if surrogate:
        raise problem(f"holds a lone surrogate (\\u{ord(surrogate.group()):04x}), which is not text")
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")


# ---- pydantic errors → lines -----------------------------------------------------------


def _describe(exc: ValidationError, data: Any, positions: Positions, filename: str) -> list[Problem]:
    problems: list[Problem] = []
    for error in exc.errors():
        path, exists = _data_path(error["loc"], data)
        if error["type"] == "string_type" and isinstance(error["input"], dict):
            continue  # the other member of a `str | {text, items}` union explains it better
        message = _message(error, path, exists)
        line, col = _nearest_position(path, positions)
        problem = Problem(filename, message, line, col, dotted(path) or TOP)
        if problem not in problems:
            problems.append(problem)
    return problems or [Problem(filename, "invalid config", 1, 1)]


def _data_path(loc: tuple[Any, ...], data: Any) -> tuple[Loc, bool]:
    """Drop pydantic's union tags (`str`, `Highlight`) from a location, keeping data keys."""
    path: list[str | int] = []
    current = data
    for index, part in enumerate(loc):
        if (isinstance(current, dict) and part in current) or (
            isinstance(current, list) and isinstance(part, int) and part < len(current)
        ):
            current = current[part]
            path.append(part)
        elif index == len(loc) - 1 and isinstance(part, str) and isinstance(current, dict):
            path.append(part)  # a missing field
            return tuple(path), False
    return tuple(path), True


def _message(error: Any, path: Loc, exists: bool) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        key = str(path[-1])
        choices = _keys_at(path[:-1])
        close = difflib.get_close_matches(key, choices, n=1, cutoff=0.6)
        lowered = [c for c in choices if c.lower() == key.lower()]
        suggestion = next(iter(lowered or close), None)
        return f'unknown key "{key}"' + (f' (did you mean "{suggestion}"?)' if suggestion else "")
    if kind == "missing" and not exists:
        return f'missing required field "{path[-1]}"'
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind in {"string_type", "int_type", "bool_type", "list_type", "model_type", "int_parsing", "bool_parsing"}:
        message += f", got {_shown(error['input'])}"
    return message


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value) if not isinstance(value, str) else f'"{value}"'


def _nearest_position(path: Loc, positions: Positions) -> tuple[int, int]:
    for end in range(len(path), -1, -1):
        if path[:end] in positions:
            return positions[path[:end]]
    return 1, 1


# ---- what keys a place allows (for "did you mean" and `hide:` paths) --------------------


def _model_at(model: type[BaseModel], path: Loc) -> type[BaseModel] | None:
    current: type[BaseModel] | None = model
    for part in path:
        if isinstance(part, int) or current is None:
            continue
        field = next((f for name, f in current.model_fields.items() if (f.alias or name) == part), None)
        if field is None:
            return None
        current = _first_model(field.annotation)
    return current


def _first_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is Union or origin is types.UnionType or origin is list:
        for arg in typing.get_args(annotation):
            found = _first_model(arg)
            if found is not None:
                return found
    return None


def _keys_at(path: Loc) -> list[str]:
    model = _model_at(Resume, path)
    return [f.alias or name for name, f in model.model_fields.items()] if model else []


def _check_references(resume: Resume, positions: Positions, filename: str) -> list[Problem]:
    """Checks that need the whole document: hide paths exist, no project listed twice."""
    problems: list[Problem] = []
    for index, hidden in enumerate(resume.showcase.hide):
        parts = tuple(hidden.split("."))
        if not all(parts) or _model_at(Resume, parts[:-1]) is None or parts[-1] not in _keys_at(parts[:-1]):
            choices = _keys_at(parts[:-1]) if all(parts) else []
            close = difflib.get_close_matches(parts[-1], choices, n=1)
            hint = f' (did you mean "{".".join((*parts[:-1], close[0]))}"?)' if close else ""
            line, col = positions.get(("showcase", "hide", index), (1, 1))
            problems.append(Problem(filename, f'no field "{hidden}"{hint}', line, col, f"showcase.hide[{index}]"))
    seen: dict[str, int] = {}
    for index, project in enumerate(resume.projects):
        if project.repo is None:
            continue
        key = project.repo.lower()
        if key in seen:
            line, col = positions.get(("projects", index, "repo"), (1, 1))
            message = f"{project.repo} is already projects[{seen[key]}]"
            problems.append(Problem(filename, message, line, col, f"projects[{index}].repo"))
        seen.setdefault(key, index)
    return problems
