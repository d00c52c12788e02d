"""Plan every change first, then write: only changed files, each through a temp file + rename.

Planning reads and checks everything (markers, paths) before anything is written, so a refusal
or an error leaves the disk exactly as it was; a crash while writing leaves each file either
old or new, never half-written.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from showcase import markers
from showcase.errors import RefusedOverwrite, UsageError
from showcase.render import GENERATED, README_SECTIONS


@dataclass
class Plan:
    root: Path
    changes: dict[Path, bytes] = field(default_factory=dict)
    deletions: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def stale(self) -> list[str]:
        """Relative paths that would change, for `check`."""
        return sorted(self.relative(p) for p in [*self.changes, *self.deletions])

    def relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()


def safe_join(root: Path, relative: str) -> Path:
    """`root/relative`, refusing anything that could land outside root."""
    parts = PurePosixPath(relative)
    if parts.is_absolute() or ".." in parts.parts or "\\" in relative or not parts.parts:
        raise UsageError(f"refusing to write outside the output folder: {relative!r}")
    path = root.joinpath(*parts.parts)
    if not path.resolve().is_relative_to(root.resolve()):
        raise UsageError(f"refusing to write outside the output folder: {relative!r}")
    return path


def plan_outputs(root: Path, outputs: dict[str, str], force: bool = False) -> Plan:
    plan = Plan(root)
    for relative, text in sorted(outputs.items()):
        path = safe_join(root, relative)
        old = _read(path)
        if relative == "README.md" and old is not None and not force:
            text, warnings = markers.splice(old.decode("utf-8", errors="surrogateescape"), text, str(path), README_SECTIONS)
            plan.warnings += warnings
            data = text.encode("utf-8", errors="surrogateescape")
        else:
            data = text.encode("utf-8")
        if old == data:
            plan.unchanged.append(path)
        else:
            plan.changes[path] = data
    plan.deletions = _stale_pages(root, outputs)
    return plan


def _stale_pages(root: Path, outputs: dict[str, str]) -> list[Path]:
    """Project pages showcase wrote earlier for projects no longer shown (never a hand-written file)."""
    folder = root / "projects"
    if not folder.is_dir():
        return []
    stale = []
    for path in sorted(folder.glob("*.md")):
        if f"projects/{path.name}" in outputs:
            continue
        head = _read(path) or b""
        if head.startswith(GENERATED.encode()):
            stale.append(path)
    return stale


def apply(plan: Plan) -> None:
    for path, data in plan.changes.items():
        write_atomic(path, data)
    for path in plan.deletions:
        path.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, mode)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise RefusedOverwrite(f"{path} is a folder; showcase wants to write a file there") from None
