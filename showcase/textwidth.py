"""Text measured in display columns: East Asian Wide/Fullwidth characters count 2.

Cutting works on grapheme clusters (wcwidth.iter_graphemes), so an emoji sequence or a
letter with combining marks is never split.
"""

from __future__ import annotations

import wcwidth

SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")
ELLIPSIS = "…"


def width(text: str) -> int:
    return max(0, wcwidth.width(text))


def _is_wide(grapheme: str) -> bool:
    return width(grapheme) >= 2


def cut(text: str, columns: int) -> str:
    """`text` if it fits in `columns`, else a prefix ending at a sentence end within range, else at
    a word boundary (any character between wide CJK characters), plus an ellipsis."""
    if width(text) <= columns:
        return text
    budget = columns - width(ELLIPSIS)
    graphemes: list[str] = []
    used = 0
    for grapheme in wcwidth.iter_graphemes(text):
        step = width(grapheme)
        if used + step > budget:
            break
        graphemes.append(grapheme)
        used += step
    # A sentence end in the last half of the room reads better than a clipped clause.
    for end in range(len(graphemes), 0, -1):
        if graphemes[end - 1] in SENTENCE_ENDS and used_width(graphemes[:end]) >= columns // 2:
            following = graphemes[end] if end < len(graphemes) else text[len("".join(graphemes)) :][:1]
            if graphemes[end - 1] not in "." or not following or following.isspace():
                return "".join(graphemes[:end])
    for end in range(len(graphemes), 0, -1):
        before, after = graphemes[end - 1], (graphemes[end] if end < len(graphemes) else "")
        breakable = after.isspace() or (after and (_is_wide(after) or _is_wide(before)))
        if breakable and used_width(graphemes[:end]) >= columns // 3:
            return "".join(graphemes[:end]).rstrip(" ,;:、，；：") + ELLIPSIS
    return "".join(graphemes).rstrip() + ELLIPSIS


_OPENING_MARKS = "(「『【《“‘["
_CLOSING_MARKS = ")」』】》”’]"


def first_sentence(text: str, columns: int = 200) -> str:
    """The first sentence of `text` (ended by . ! ? or their CJK forms), cut to `columns`. A mark
    inside quotes or brackets ends the quotation, not the sentence: '"약 먹을 시간이에요?" - 가족 약
    관리 플랫폼' runs on past its question mark."""
    depth = 0
    quoted = False  # inside straight double quotes, which open and close alike
    for index, char in enumerate(text):
        following = text[index + 1 : index + 2]
        if char in _OPENING_MARKS:
            depth += 1
        elif char in _CLOSING_MARKS:
            depth = max(depth - 1, 0)
        elif char == '"':
            quoted = not quoted
        elif char in SENTENCE_ENDS and not (depth or quoted) and (char != "." or not following or following.isspace()):
            return cut(text[: index + 1], columns)
    return cut(text, columns)


def used_width(graphemes: list[str]) -> int:
    return sum(width(g) for g in graphemes)
