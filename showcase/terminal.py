"""Text for a terminal: what a server sent can't move the cursor, clear the screen, or start a line.

Error messages, warnings and `--verbose` lines carry text from GitHub and from feeds. Printed raw,
a newline would let a server forge a `wrote …` line and an escape sequence could rewrite the
terminal. Every line showcase prints goes through `clean`.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the invisible characters that reorder or hide text (bidi controls,
# zero-width characters, line and paragraph separators).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_SPACES = re.compile(r"[ \t\r\n\x0b\x0c\x85\u2028\u2029]+")


def clean(text: object) -> str:
    """One printable line: runs of white space become one space, other controls a visible escape."""
    line = _SPACES.sub(" ", str(text))
    return _UNSAFE.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", line
    )


def clean_lines(text: object) -> list[str]:
    """Several lines (a hint showcase wrote on purpose), each cleaned."""
    return [clean(line) for line in str(text).split("\n")]
