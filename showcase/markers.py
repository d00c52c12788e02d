"""Marker regions: `<!-- showcase:start NAME -->` … `<!-- showcase:end NAME -->`.

Only the text between a pair is ever replaced; every byte outside stays as it was. Markers
count only on a line of their own and outside code: a marker shown in a fenced or indented code
block (a README explaining showcase, say) is text. Code blocks are found by markdown-it-py's
block parser, as GitHub's renderer would find them. showcase escapes `<` in fetched text, so data
can never contain a line that ends a region early.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from showcase.errors import Problem, RefusedOverwrite

_MARKER = re.compile(r"^<!--[ \t]*showcase:(start|end)(?:[ \t]+([A-Za-z0-9_-]+))?[ \t]*-->[ \t\r]*$", re.MULTILINE)

HOW_TO_ADD = (
    "add marker pairs where showcase may write, e.g.\n"
    "  <!-- showcase:start projects -->\n  <!-- showcase:end projects -->\n"
    "(or <!-- showcase:start --> / <!-- showcase:end --> for everything), or pass --force to replace the file"
)


@dataclass(frozen=True)
class Region:
    name: str | None
    start: int  # offset where the content begins (after the start marker's line)
    end: int  # offset of the end marker's line


def _code_lines(text: str) -> set[int]:
    """0-based numbers of the lines inside fenced or indented code blocks, at any depth."""
    from markdown_it import MarkdownIt

    lines: set[int] = set()
    for token in MarkdownIt("commonmark").parse(text):
        if token.type in {"fence", "code_block"} and token.map:
            lines.update(range(*token.map))
    return lines


def _markers(text: str) -> list[tuple[re.Match[str], int]]:
    """Marker lines outside code, each with its 1-based line number."""
    found = []
    code: set[int] | None = None
    line, position = 1, 0
    for match in _MARKER.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        if code is None:
            code = _code_lines(text)  # parse only documents that have marker-like lines
        if line - 1 not in code:
            found.append((match, line))
    return found


def find_regions(text: str, source: str = "README.md") -> list[Region]:
    regions: list[Region] = []
    open_name: str | None = None
    open_at: int | None = None
    open_line = 0
    for match, line in _markers(text):
        kind, name = match.group(1), match.group(2)
        if kind == "start":
            if open_at is not None:
                raise RefusedOverwrite(
                    Problem(source, f"showcase:start inside the region opened at line {open_line}", line, 1),
                    hint="close each region with its showcase:end before starting another",
                )
            open_name, open_line = name, line
            newline = text.find("\n", match.end())
            open_at = len(text) if newline == -1 else newline + 1
        else:
            if open_at is None or name != open_name:
                expected = f" for the start at line {open_line}" if open_at is not None else ""
                raise RefusedOverwrite(
                    Problem(
                        source, f"showcase:end{' ' + name if name else ''} does not match a start{expected}", line, 1
                    ),
                    hint="each <!-- showcase:start NAME --> needs <!-- showcase:end NAME --> with the same NAME",
                )
            regions.append(Region(name, open_at, match.start()))
            open_at = None
    if open_at is not None:
        raise RefusedOverwrite(
            Problem(source, f"showcase:start{' ' + open_name if open_name else ''} has no showcase:end", open_line, 1),
            hint="add the matching end marker on a line of its own",
        )
    return regions


def sections(generated: str) -> dict[str, str]:
    """The content of each named region of a freshly rendered document."""
    return {r.name: generated[r.start : r.end] for r in find_regions(generated, "template") if r.name}


def without_markers(generated: str) -> str:
    for match, _ in reversed(_markers(generated)):
        generated = generated[: match.start()] + generated[match.end() :]
    text = re.sub(r"\n{3,}", "\n\n", generated)
    return text.strip("\n") + "\n"


def splice(
    existing: str, generated: str, source: str = "README.md", known: tuple[str, ...] = ()
) -> tuple[str, list[str]]:
    """`existing` with each marker region's content replaced by what `generated` has for it.

    A region of a `known` section that has nothing this run (no education entries, say) is
    emptied. Returns the new text and warnings for regions whose NAME no template produces;
    those are left as they are."""
    regions = find_regions(existing, source)
    if not regions:
        raise RefusedOverwrite(f"{source} exists and has no showcase markers; refusing to overwrite it", HOW_TO_ADD)
    fresh = sections(generated)
    warnings: list[str] = []
    pieces: list[str] = []
    position = 0
    for region in regions:
        pieces.append(existing[position : region.start])
        if region.name is None:
            pieces.append(without_markers(generated))
        elif region.name in fresh:
            pieces.append(fresh[region.name].lstrip("\n"))
        elif region.name in known:
            pass
        else:
            warnings.append(f'{source}: no section named "{region.name}" to fill; left as it is')
            pieces.append(existing[region.start : region.end])
        position = region.end
    pieces.append(existing[position:])
    return "".join(pieces), warnings
