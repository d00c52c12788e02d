"""Where the built-in templates and the bundled example live.

In a wheel they sit inside the package (force-included at build time); in a source checkout
or an editable install they are the top-level `templates/` and `examples/` folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(inside: str, beside: str) -> Path:
    packaged = _PACKAGE / inside
    return packaged if packaged.is_dir() else _PACKAGE.parent / beside


def templates_dir() -> Path:
    return _find("templates", "templates")


def example_dir() -> Path:
    return _find("examples/arloor", "examples/arloor")
