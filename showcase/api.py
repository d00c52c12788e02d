"""The library API: what the CLI calls, and what tests and other programs can call too.

Example::

    from showcase import api
    result = api.build(Path("showcase.yaml"), offline=True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from showcase import discover, summary
from showcase import snapshot as snapshots
from showcase.client import ClientOptions
from showcase.config import load_resume, locate
from showcase.errors import UsageError
from showcase.fetch import fetch_snapshot
from showcase.merge import merge
from showcase.models import Resume
from showcase.render import render_all
from showcase.resources import example_dir, output_root, user_templates
from showcase.snapshot import Snapshot
from showcase.write import STATE_GITIGNORE, Plan, apply, output_lock, plan_outputs, remove_leftovers, write_atomic


@dataclass
class Result:
    written: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    snapshot_written: bool = False
    requests: int | None = None  # sent to the API (fetch only)
    points: int = 0  # GraphQL rate-limit points those requests cost
    not_modified: int | None = None  # of those, answered 304
    reasons: list[str] = field(default_factory=list)  # what changed on GitHub, in words (fetch only)

    @property
    def changed(self) -> bool:
        return bool(self.written or self.deleted)


def default_out(config: Path) -> Path:
    return output_root(config)


def snapshot_file(out: Path) -> Path:
    return out / snapshots.SNAPSHOT_PATH


def load_config(config: Path) -> Resume:
    return load_resume(config)


def fetch(config: Path, out: Path | None = None, options: ClientOptions | None = None) -> Result:
    """Fetch live metadata and write the snapshot (only if its bytes changed). Renders nothing."""
    resume = load_resume(config)
    out = out or default_out(config)
    new, result = _fetch(resume, out, options or ClientOptions(), config)
    with output_lock(out):
        plan = Plan(out, warnings=_remove_leftovers(out))
        plan.put(*STATE_GITIGNORE)
        plan.put(snapshots.SNAPSHOT_PATH.as_posix(), snapshots.dumps(new).encode("utf-8"))
        return _apply(plan, result)


def render(config: Path, out: Path | None = None, force: bool = False) -> Result:
    """Render outputs from the snapshot and curated data. Never touches the network."""
    resume = load_resume(config)
    out = out or default_out(config)
    with output_lock(out):
        leftovers = _remove_leftovers(out)
        snap = _require_snapshot(out)
        plan, warnings = plan_render(resume, snap, out, config, force)
        return _apply(plan, Result(warnings=leftovers + warnings))


def build(
    config: Path,
    out: Path | None = None,
    offline: bool = False,
    force: bool = False,
    options: ClientOptions | None = None,
) -> Result:
    """Fetch (unless offline), then render. Nothing is written unless both succeed."""
    resume = load_resume(config)
    out = out or default_out(config)
    if offline:
        snap, result = _require_snapshot(out), Result()
    else:
        snap, result = _fetch(resume, out, options or ClientOptions(), config)
    with output_lock(out):
        result.warnings += _remove_leftovers(out)
        plan, warnings = plan_render(resume, snap, out, config, force)
        result.warnings += warnings
        if not offline:
            plan.put(snapshots.SNAPSHOT_PATH.as_posix(), snapshots.dumps(snap).encode("utf-8"))
        return _apply(plan, result)


def check(config: Path, out: Path | None = None) -> list[str]:
    """Relative paths `render` would change or delete; writes nothing."""
    resume = load_resume(config)
    out = out or default_out(config)
    plan, _ = plan_render(resume, _require_snapshot(out), out, config, force=False)
    return plan.stale


def demo(out: Path) -> Result:
    """Render the bundled example offline into `out`."""

    example = example_dir()
    out.mkdir(parents=True, exist_ok=True)
    source = example / snapshots.SNAPSHOT_PATH
    target = snapshot_file(out)
    if not target.exists() or target.read_bytes() != source.read_bytes():
        write_atomic(target, source.read_bytes())
    return render(example / "showcase.yaml", out)


def plan_render(resume: Resume, snap: Snapshot, out: Path, config: Path, force: bool) -> tuple[Plan, list[str]]:

    profile, warnings = merge(resume, snap)
    outputs = render_all(profile, resume.showcase, [user_templates(config)])
    plan = plan_outputs(out, outputs, force=force)
    return plan, warnings + plan.warnings


# ---- helpers ------------------------------------------------------------------------------


def _fetch(resume: Resume, out: Path, options: ClientOptions, config: Path) -> tuple[Snapshot, Result]:

    previous = snapshots.load(snapshot_file(out))
    snap, report = fetch_snapshot(resume, previous, options)
    shown = discover.shown_keys(resume, snap.repos, snap.renamed, snap.user.pinned if snap.user else [])
    return snap, Result(
        warnings=[*report.warnings, *_renamed_warnings(resume, snap, config)],
        requests=report.stats.sent,
        not_modified=report.stats.not_modified,
        points=report.stats.points,
        reasons=summary.reasons(previous, snap, shown, resume.showcase.significance),
    )


def _renamed_warnings(resume: Resume, snap: Snapshot, config: Path) -> list[str]:
    """One line per curated repository GitHub now knows by another name, naming the line to change."""

    warnings = []
    for index, project in enumerate(resume.projects):
        new = snap.renamed.get((project.repo or "").lower())
        if new:
            line, col = locate(config, ("projects", index, "repo"))
            warnings.append(
                f"{config}:{line}:{col}: projects[{index}].repo: {project.repo} is now {new} on GitHub; "
                f"showcase follows it, but change the line to `repo: {new}`"
            )
    return warnings


def _require_snapshot(out: Path) -> Snapshot:
    snap = snapshots.load(snapshot_file(out))
    if snap is None:
        raise UsageError(
            f"no snapshot at {snapshot_file(out)}",
            hint="run `showcase fetch` (or `showcase build` without --offline) first",
        )
    return snap


def _remove_leftovers(out: Path) -> list[str]:
    return [f"removed {path}, left by an interrupted run" for path in remove_leftovers(out)]


def _apply(plan: Plan, result: Result) -> Result:
    apply(plan)
    result.written = plan.written
    result.deleted = plan.removed
    result.unchanged = len(plan.unchanged)
    result.snapshot_written = snapshot_file(plan.root) in plan.changes
    return result
