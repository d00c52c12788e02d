"""Plan every change first, then apply it as one transaction.

Planning reads and checks everything (markers, paths, who owns each file) before anything is
written, so a refusal or an error leaves the disk exactly as it was. Applying stages every new
file beside its target, then renames them into place; if any step fails, the files already
replaced get their old bytes back and the staged ones are removed, so a README never links a
page that was not written. A run killed mid-way leaves only `*.showcase-tmp` files, which the
next run removes before it plans.

Which files are showcase's is recorded in `.showcase/manifest.json`: a file under the output
folder that showcase did not write is never replaced or deleted without --force, and a file it
wrote and no longer produces (a repository that went private, `html: false`) is removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from filelock import FileLock, Timeout

from showcase import markers
from showcase.errors import RefusedOverwrite, UsageError
from showcase.markers import GENERATED
from showcase.models import SECTIONS

STATE_DIR = ".showcase"
MANIFEST = f"{STATE_DIR}/manifest.json"
LOCK = f"{STATE_DIR}/lock"
TEMP_SUFFIX = ".showcase-tmp"
# Keeps the lock and any temp file of a killed run out of commits made with `git add --all`.
STATE_GITIGNORE = (f"{STATE_DIR}/.gitignore", b"lock\n*" + TEMP_SUFFIX.encode() + b"\n")
LOCK_WAIT_SECONDS = 120.0
# Folders showcase writes into, where a killed run's temp files may be left.
OUTPUT_FOLDERS = (".", STATE_DIR, "projects", "assets", "site", "site/projects")


@dataclass
class Plan:
    root: Path
    changes: dict[Path, bytes] = field(default_factory=dict)
    deletions: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Bytes on disk before the run, for every changed path that existed: what a rollback restores.
    before: dict[Path, bytes] = field(default_factory=dict)

    @property
    def stale(self) -> list[str]:
        """Relative paths that would change, for `check` (showcase's own bookkeeping left out)."""
        return sorted([*self.written, *self.removed])

    @property
    def written(self) -> list[str]:
        """Outputs that change (showcase's own bookkeeping under .showcase/ left out)."""
        return sorted(p for p in map(self.relative, self.changes) if not p.startswith(f"{STATE_DIR}/"))

    @property
    def removed(self) -> list[str]:
        return sorted(self.relative(p) for p in self.deletions)

    def relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def put(self, relative: str, data: bytes) -> None:
        """Plan `data` at `relative` (showcase's own files: no ownership check)."""
        path = safe_join(self.root, relative)
        self.record(path, _read(path), data)

    def record(self, path: Path, old: bytes | None, data: bytes) -> bool:
        """Plan `data` at `path`, where `old` is on disk now; False when nothing would change."""
        if old == data:
            self.unchanged.append(path)
            return False
        self.changes[path] = data
        if old is not None:
            self.before[path] = old
        return True


def safe_join(root: Path, relative: str) -> Path:
    """`root/relative`, refusing anything that could land outside root."""
    parts = PurePosixPath(relative)
    if parts.is_absolute() or ".." in parts.parts or "\\" in relative or not parts.parts:
        raise UsageError(f"refusing to write outside the output folder: {relative!r}")
    path = root.joinpath(*parts.parts)
    if not path.resolve().is_relative_to(root.resolve()):
        raise UsageError(f"refusing to write outside the output folder: {relative!r}")
    return path


# ---- planning -------------------------------------------------------------------------------


def as_bytes(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")


def plan_outputs(root: Path, outputs: Mapping[str, str | bytes], force: bool = False) -> Plan:
    """Every change that writing `outputs` under `root` needs; raises before anything is written."""
    _refuse_case_collisions(outputs)
    plan = Plan(root)
    manifest = load_manifest(root)
    refused: list[str] = []
    for relative, content in sorted(outputs.items()):
        path = safe_join(root, relative)
        old = _read(path)
        if relative == "README.md" and old is not None and not force and isinstance(content, str):
            text, warnings = markers.splice(old.decode("utf-8", errors="surrogateescape"), content, str(path), SECTIONS)
            plan.warnings += warnings
            data = text.encode("utf-8", errors="surrogateescape")
        else:
            data = as_bytes(content)
        changed = plan.record(path, old, data)
        if changed and old is not None and relative != "README.md" and not force and not _ours(relative, old, manifest):
            refused.append(relative)
    if refused:
        raise RefusedOverwrite(
            f"{len(refused)} file(s) showcase did not write are in the way: {', '.join(refused[:5])}"
            + (" …" if len(refused) > 5 else ""),
            hint="move them elsewhere (or rename the project), or pass --force to replace them",
        )
    plan.deletions = _no_longer_produced(root, outputs, manifest, plan)
    plan.put(MANIFEST, manifest_bytes(outputs))
    plan.put(*STATE_GITIGNORE)
    return plan


def _refuse_case_collisions(outputs: Mapping[str, str | bytes]) -> None:
    seen: dict[str, str] = {}
    for relative in sorted(outputs):
        other = seen.setdefault(relative.casefold(), relative)
        if other != relative:
            raise UsageError(
                f"{other} and {relative} differ only by case; one would replace the other on macOS and Windows"
            )


def _ours(relative: str, data: bytes, manifest: dict[str, str] | None) -> bool:
    if manifest is not None:
        return relative in manifest
    # Before manifests (showcase 0.1): project pages carried the generated header.
    return relative.startswith("projects/") and data.startswith(GENERATED.encode())


def _no_longer_produced(
    root: Path, outputs: Mapping[str, str | bytes], manifest: dict[str, str] | None, plan: Plan
) -> list[Path]:
    """Files showcase wrote earlier and no longer produces, unless edited by hand since."""
    if manifest is None:
        candidates = {f"projects/{p.name}": "" for p in sorted((root / "projects").glob("*.md"))}
    else:
        candidates = manifest
    by_case = {relative.casefold(): relative for relative in outputs}
    stale = []
    for relative, digest in sorted(candidates.items()):
        if relative in outputs:
            continue
        path = safe_join(root, relative)
        data = _read(path)
        if data is None or (manifest is None and not data.startswith(GENERATED.encode())):
            continue
        twin = by_case.get(relative.casefold())
        if twin is not None and _same_entry(path, safe_join(root, twin)):
            continue  # renamed by case on a case-insensitive file system: deleting it deletes the new page
        if digest and _digest(data) != digest:
            plan.warnings.append(f"{relative} is no longer produced but was edited by hand; left in place")
            continue
        stale.append(path)
    return stale


def _same_entry(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return False


# ---- the manifest -------------------------------------------------------------------------------


def load_manifest(root: Path) -> dict[str, str] | None:
    """{relative path: sha256 of the bytes written} of the last run, or None before the first."""
    data = _read(root / MANIFEST)
    if data is None:
        return None
    try:
        files = json.loads(data)["files"]
        return {str(k): str(v) for k, v in files.items() if isinstance(k, str)}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UsageError(
            f"{root / MANIFEST}: not a showcase manifest", hint="delete it; the next run writes a new one"
        ) from None


def manifest_bytes(outputs: Mapping[str, str | bytes]) -> bytes:
    files = {relative: _digest(as_bytes(content)) for relative, content in outputs.items() if relative != "README.md"}
    return (json.dumps({"version": 1, "files": dict(sorted(files.items()))}, indent=2) + "\n").encode()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- applying -------------------------------------------------------------------------------


def apply(plan: Plan) -> None:
    """Every change or none: stage all, rename all, then delete; undo on any failure."""
    staged: dict[Path, Path] = {}
    replaced: list[Path] = []
    parked: dict[Path, Path] = {}
    try:
        for path, data in plan.changes.items():
            staged[path] = _stage(path, data)
        for path, temp in staged.items():
            os.replace(temp, path)
            replaced.append(path)
        for path in plan.deletions:
            parked[path] = _temp_name(path)
            os.replace(path, parked[path])
    except BaseException:
        _undo(plan, staged, replaced, parked)
        raise
    for temp in parked.values():
        temp.unlink(missing_ok=True)


def _undo(plan: Plan, staged: dict[Path, Path], replaced: list[Path], parked: dict[Path, Path]) -> None:
    for path, temp in parked.items():
        if temp.exists():
            os.replace(temp, path)
    for path in replaced:
        if path in plan.before:
            _stage_and_replace(path, plan.before[path])
        else:
            path.unlink(missing_ok=True)
    for path, temp in staged.items():
        if path not in replaced:
            temp.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes) -> None:
    """One file, through a temp file and a rename: old bytes or new, never half of either."""
    _stage_and_replace(path, data)


def _stage_and_replace(path: Path, data: bytes) -> None:
    temp = _stage(path, data)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def _stage(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    temp = _temp_name(path)
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def remove_leftovers(root: Path) -> list[str]:
    """Temp files a killed run left in the output folders; removed, never published."""
    removed = []
    for folder in OUTPUT_FOLDERS:
        directory = root / folder
        if not directory.is_dir():
            continue
        for path in directory.glob(f".*{TEMP_SUFFIX}"):
            if path.is_file() and not path.is_symlink():
                path.unlink(missing_ok=True)
                removed.append(path.relative_to(root).as_posix())
    return removed


@contextmanager
def output_lock(root: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """One run at a time writes `root`: a second waits for the first, then plans on its result."""

    path = root / LOCK
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(str(path), timeout=wait):
            yield
    except Timeout:
        raise RefusedOverwrite(
            f"another showcase run is writing {root} (waited {wait:.0f} s for {path})",
            hint="let it finish; if none is running, delete the lock file",
        ) from None


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise RefusedOverwrite(f"{path} is a folder; showcase wants to write a file there") from None
