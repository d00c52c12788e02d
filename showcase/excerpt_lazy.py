"""The excerpt as fetch needs it: its version at once, its rules only when a README is read.

Importing `excerpt` compiles a few hundred patterns (about 200 ms, a fifth of start-up). A refresh
where no README changed reads none and needs only `VERSION`, to see that the excerpts it has are
current; so fetch imports this module, and `excerpt` is loaded by the first README read.

# Imported inside functions: excerpt (its rules), by the first README read.
"""

from __future__ import annotations

# Bump when extraction changes, so fetch re-reads READMEs it would otherwise reuse.
VERSION = 666


def extract(text: str, path: str) -> str:
    """`excerpt.extract`, importing the rules on first use."""
    from showcase import excerpt

    return excerpt.extract(text, path)
