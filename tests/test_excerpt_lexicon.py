"""The lexicon's promise: each entry is a bare alternation a rule can wrap."""

from __future__ import annotations

import re

import pytest

from showcase import excerpt_lexicon as lexicon

_ENTRIES = sorted(name for name in vars(lexicon) if name.isupper())


@pytest.mark.parametrize("name", _ENTRIES)
def test_an_entry_captures_nothing_and_anchors_nothing(name: str) -> None:
    alternation = getattr(lexicon, name)
    # A capturing group would shift the groups of every rule that wraps it.
    assert re.compile(alternation).groups == 0
    assert not alternation.startswith("^") and not alternation.endswith("$")


def test_every_entry_is_checked() -> None:
    assert {"WELCOME", "WELCOME_TO", "WHAT_IS", "COMMAND_TOOLS"} <= set(_ENTRIES)
