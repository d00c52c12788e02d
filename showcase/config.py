"""showcase.yaml → Resume, with every problem reported as `file:line:col: path: message`.

PyYAML's composer gives us nodes with positions; we build plain data from them and
remember where every key sits, then map pydantic's error locations back to lines.
"""

from __future__ import annotations

import difflib
import types
import typing
from pathlib import Path
from typing import Any, Union

import yaml
from pydantic import BaseModel, ValidationError

from showcase.errors import ConfigError
from showcase.models import Resume

Loc = tuple[Union[str, int], ...]
Positions = dict[Loc, tuple[int, int]]


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text: `2019-07` must stay what the user wrote."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_resume(path: Path) -> Resume:
    """Read and validate a config file; raise ConfigError listing every problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            [f"{path}: no such config file"], hint="create one with `showcase init`, or pass -c PATH"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([f"{path}: cannot read: {exc}"]) from None
    return parse_resume(text, str(path))


def parse_resume(text: str, filename: str = "showcase.yaml") -> Resume:
    data, positions = parse_yaml(text, filename)
    if not isinstance(data, dict):
        raise ConfigError([f"{filename}:1:1: expected a mapping with at least `basics:`"])
    try:
        resume = Resume.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, data, positions, filename)) from None
    problems = _check_references(resume, data, positions, filename)
    if problems:
        raise ConfigError(problems)
    return resume


def parse_yaml(text: str, filename: str) -> tuple[Any, Positions]:
    """YAML text → (plain data, position of every key and item)."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise ConfigError([f"{filename}:1:1: the file is empty"], hint="start with `basics: {name: Your Name}`")
        positions: Positions = {(): _where(node)}
        data = _build(loader, node, (), positions, filename)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ConfigError([f"{filename}:{line}:{col}: YAML syntax error: {exc.problem or exc.context}"]) from None
    except yaml.YAMLError as exc:
        raise ConfigError([f"{filename}:1:1: YAML error: {exc}"]) from None
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
            if not isinstance(key, str):
                raise ConfigError([f"{filename}:{line}:{col}: {_dotted(loc) or 'top level'}: keys must be text, got {key!r}"])
            if key in result:
                raise ConfigError([f"{filename}:{line}:{col}: {_dotted(loc + (key,))}: duplicate key"])
            positions[loc + (key,)] = (line, col)
            result[key] = _build(loader, value_node, loc + (key,), positions, filename)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            positions[loc + (index,)] = _where(item)
            items.append(_build(loader, item, loc + (index,), positions, filename))
        return items
    return loader.construct_object(node, deep=True)


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# ---- pydantic errors → lines -----------------------------------------------------------


def _describe(exc: ValidationError, data: Any, positions: Positions, filename: str) -> list[str]:
    problems: list[str] = []
    for error in exc.errors():
        path, exists = _data_path(error["loc"], data)
        if error["type"] == "string_type" and isinstance(error["input"], dict):
            continue  # the other member of a `str | {text, items}` union explains it better
        message = _message(error, path, exists)
        line, col = _nearest_position(path, positions)
        problem = f"{filename}:{line}:{col}: {_dotted(path) or 'top level'}: {message}"
        if problem not in problems:
            problems.append(problem)
    return problems or [f"{filename}:1:1: invalid config"]


def _data_path(loc: tuple[Any, ...], data: Any) -> tuple[Loc, bool]:
    """Drop pydantic's union tags (`str`, `Highlight`) from a location, keeping data keys."""
    path: list[Union[str, int]] = []
    current = data
    for index, part in enumerate(loc):
        if isinstance(current, dict) and part in current:
            current = current[part]
            path.append(part)
        elif isinstance(current, list) and isinstance(part, int) and part < len(current):
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
        suggestion = (lowered or close or [None])[0]
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


def _check_references(resume: Resume, data: Any, positions: Positions, filename: str) -> list[str]:
    """Checks that need the whole document: hide paths exist, no project listed twice."""
    problems = []
    for index, hidden in enumerate(resume.showcase.hide):
        parts = tuple(hidden.split("."))
        if not all(parts) or _model_at(Resume, parts[:-1]) is None or parts[-1] not in _keys_at(parts[:-1]):
            choices = _keys_at(parts[:-1]) if all(parts) else []
            close = difflib.get_close_matches(parts[-1], choices, n=1)
            hint = f' (did you mean "{".".join(parts[:-1] + (close[0],))}"?)' if close else ""
            line, col = positions.get(("showcase", "hide", index), (1, 1))
            problems.append(f'{filename}:{line}:{col}: showcase.hide[{index}]: no field "{hidden}"{hint}')
    seen: dict[str, int] = {}
    for index, project in enumerate(resume.projects):
        if project.repo is None:
            continue
        key = project.repo.lower()
        if key in seen:
            line, col = positions.get(("projects", index, "repo"), (1, 1))
            problems.append(
                f"{filename}:{line}:{col}: projects[{index}].repo: {project.repo} is already projects[{seen[key]}]"
            )
        seen.setdefault(key, index)
    return problems
