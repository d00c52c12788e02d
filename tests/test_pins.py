"""Pinned SHAs live in one place (showcase/pins.py); every workflow and action.yml agrees with it."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from showcase.pins import ACTIONS, uses

YAML_FILES = [ROOT / "action.yml", *sorted((ROOT / ".github" / "workflows").glob("*.yml"))]
USES = re.compile(r"^\s*(?:-\s*)?uses:\s*(\S+)(.*)$", re.MULTILINE)


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.name)
def test_every_third_party_action_is_pinned_as_in_pins_py(path):
    for match in USES.finditer(path.read_text(encoding="utf-8")):
        reference, comment = match.group(1), match.group(2).strip()
        if reference.startswith("./"):
            continue  # this repository's own action
        action, _, sha = reference.partition("@")
        assert action in ACTIONS, f"{path.name}: {action} is not in showcase/pins.py"
        assert f"{reference} {comment}".strip() == uses(action), f"{path.name}: {match.group(0).strip()}"
        assert re.fullmatch(r"[0-9a-f]{40}", sha)
