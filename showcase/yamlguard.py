"""A pass over a YAML document's events before anything is built: the bounds that keep a hostile
or broken config from costing noticeable time or memory, each reported as one Problem with its
line, column and field path.

The pass is iterative (PyYAML's parser is a state machine), so depth is checked before the
recursive composer runs; aliases are counted expanded (billion laughs: a few lines, 10^9 values).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from showcase.errors import ConfigError, Problem

Loc = tuple[str | int, ...]
TOP = "top level"  # the path of a problem that belongs to no field
MAX_DEPTH = 50
MAX_VALUES = 100_000  # scalars and collections after alias expansion


def dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def line_col(text: str) -> tuple[int, int]:
    """1-based line and column of the end of `text`."""
    line = text.count("\n") + 1
    return line, len(text) - (text.rfind("\n") + 1) + 1


# What YAML accepts in a stream (YAML 1.1 as PyYAML reads it), plus no lone surrogates.
_UNACCEPTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def check_characters(text: str, filename: str) -> None:
    bad = _UNACCEPTABLE.search(text)
    if bad is None:
        return
    line, col = line_col(text[: bad.start()])
    path = _path_before(text, bad.start())
    raise ConfigError(
        [Problem(filename, f"character U+{ord(bad.group()):04X} is not allowed in YAML", line, col, path)],
        hint="remove it (a NUL byte or a control character usually comes from a copy and paste)",
    )


def _path_before(text: str, offset: int) -> str:
    """The dotted path of the last key that starts before `offset` (best effort, for messages)."""
    head = _UNACCEPTABLE.sub(" ", text[:offset])
    walk = _ShapeWalk()
    try:
        for event in yaml.parse(head, Loader=yaml.SafeLoader):
            walk.step(event)
    except yaml.YAMLError:
        pass
    return _shown_path(walk.last_path)


@dataclass
class _Frame:
    mapping: bool
    anchor: str | None
    where: str | int | None = None  # the current key, or the current index
    wants_key: bool = True
    values: int = 1  # this collection and everything inside it, aliases expanded


class _ShapeWalk:
    """Follows YAML events without building anything: depth, the dotted path, and how many values
    the document holds once aliases are expanded (billion laughs: a few lines, 10^9 values)."""

    def __init__(self) -> None:
        self.frames: list[_Frame] = []
        self.sizes: dict[str, int] = {}  # anchor → values it expands to
        self.total = 0
        self.last_path: Loc = ()  # where the last value or key was, even after its collection ended

    @property
    def path(self) -> Loc:
        return tuple(frame.where for frame in self.frames if frame.where is not None)

    def step(self, event: yaml.Event) -> None:
        self._step(event)
        if isinstance(event, (yaml.NodeEvent)) and not isinstance(event, yaml.CollectionEndEvent):
            self.last_path = self.path

    def _step(self, event: yaml.Event) -> None:
        top = self.frames[-1] if self.frames else None
        if isinstance(event, yaml.ScalarEvent) and top is not None and top.mapping and top.wants_key:
            top.where, top.wants_key = event.value, False
            self.total += 1
        elif isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
            size = self.sizes.get(event.anchor or "", 1) if isinstance(event, yaml.AliasEvent) else 1
            self._enter_item()
            self._add(size, event.anchor if isinstance(event, yaml.ScalarEvent) else None)
        elif isinstance(event, yaml.CollectionStartEvent):
            self._enter_item()
            self.frames.append(_Frame(isinstance(event, yaml.MappingStartEvent), event.anchor))
            self.total += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            done = self.frames.pop()
            self.total -= 1  # counted at the start already; _add counts it with its contents
            self._add(done.values, done.anchor)

    def _enter_item(self) -> None:
        top = self.frames[-1] if self.frames else None
        if top is not None and not top.mapping:
            top.where = 0 if top.where is None else int(top.where) + 1

    def _add(self, size: int, anchor: str | None) -> None:
        if anchor:
            self.sizes[anchor] = size
        self.total += size
        top = self.frames[-1] if self.frames else None
        if top is not None:
            top.values += size
            top.wants_key = True


def check_shape(text: str, filename: str) -> None:
    walk = _ShapeWalk()
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            walk.step(event)
            problem = None
            if len(walk.frames) > MAX_DEPTH:
                problem = f"nested more than {MAX_DEPTH} levels deep"
            elif walk.total > MAX_VALUES:
                problem = f"more than {MAX_VALUES:,} values once YAML aliases are expanded"
            if problem:
                line, col = (event.start_mark.line + 1, event.start_mark.column + 1) if event.start_mark else (1, 1)
                raise ConfigError([Problem(filename, problem, line, col, _shown_path(walk.path))])
    except yaml.MarkedYAMLError:
        return  # composing reports syntax errors with their position
    except yaml.YAMLError:
        return


def _shown_path(path: Loc) -> str:
    """A dotted path for a message: a pathological depth is shortened, not printed whole."""
    return (dotted(path[:8]) + ("…" if len(path) > 8 else "")) or TOP
