"""How a program is driven, never what it is: its controls, labelled ("Controls:", "Hotkeys:") or
typed as a table of keys and what each does. `excerpt_never` asks `are_controls`.
"""

from __future__ import annotations

import re

# "Controls: WASD to move, space to jump.": the keys to play or drive it, not what it is.
_CONTROLS = re.compile(r"^\W*(controls|keys|key ?bindings|keyboard shortcuts|shortcuts|hotkeys)\s*[:：]", re.IGNORECASE)
# "0 Toggle Wireframe F1 Toggle Camera Auto Move F2 Switch the engine WASDQE Move the camera": keys and
# what each does, a table of controls typed as lines; two or more such pairs make one.
_KEY_AND_ACTION = re.compile(
    r"(?<!\S)(F\d{1,2}|(Ctrl|Alt|Shift|Cmd)\+\w+|WASD\w*|Esc|Space|Tab|Enter|[LR]M[BC]|\d( -> \d)?)\s+(?-i:[A-Z])?"
    r"(toggle|move|rotate|switch|render|open|close|quit|exit|pause|zoom|jump|fire|select|show|hide)\b",
    re.IGNORECASE,
)


def are_controls(text: str) -> bool:
    """ "Controls: arrows move, space jumps", or keys and what each does set side by side."""
    return bool(_CONTROLS.match(text)) or len(_KEY_AND_ACTION.findall(text)) >= 2
