"""Every third-party action showcase's workflows use, pinned by full commit SHA, in one place.

`showcase init` writes these into the workflow it generates; action.yml and .github/workflows/
use the same lines, and tests/test_pins.py fails when any of them drifts from this table. To
update one, change it here, then the YAML files to match (the test names each line).
"""

from __future__ import annotations

import re

# action → (commit SHA, the release it is)
ACTIONS: dict[str, tuple[str, str]] = {
    "actions/checkout": ("11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2"),
    "actions/setup-python": ("a26af69be951a213d495a4c3e4e4022e16d87065", "v5.6.0"),
    "actions/cache/restore": ("5a3ec84eff668545956fd18022155c47e93e2684", "v4.2.3"),
    "actions/cache/save": ("5a3ec84eff668545956fd18022155c47e93e2684", "v4.2.3"),
    "actions/upload-pages-artifact": ("56afc609e74202658d3ffba0e8f6dda462b719fa", "v3.0.1"),
    "actions/deploy-pages": ("d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e", "v4.0.5"),
}

SHOWCASE_REF = re.compile(r"(?P<repo>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100})@(?P<sha>[0-9a-f]{40})")


def uses(action: str) -> str:
    """The `uses:` value for `action`: pinned, with its release as a comment."""
    sha, release = ACTIONS[action]
    return f"{action}@{sha} # {release}"
