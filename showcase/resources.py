"""Where things are: the built-in templates, the bundled example, the outputs, user templates.

In a wheel they sit inside the package (force-included at build time); in a source checkout
or an editable install they are the top-level `templates/` and `examples/` folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(inside: str, beside: str) -> Path:
    packaged = _PACKAGE / inside
    return packaged if packaged.is_dir() else _PACKAGE.parent / beside


def output_root(config: Path, out: Path | None = None) -> Path:
    """Where outputs go: `-o OUT` when given, else the config file's folder. The one rule."""
    return out if out is not None else config.resolve().parent


def user_templates(config: Path) -> Path:
    """Templates that override the built-ins: `.showcase/templates/` beside the config."""
    return config.resolve().parent / ".showcase" / "templates"


def templates_dir() -> Path:
    return _find("templates", "templates")


def example_dir() -> Path:
    return _find("examples/arloor", "examples/arloor")
