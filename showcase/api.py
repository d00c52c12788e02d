"""The library API: what the CLI calls, and what tests and other programs can call too.

Example::

    from showcase import api
    result = api.build(Path("showcase.yaml"), offline=True)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from showcase import discover, summary
from showcase import snapshot as snapshots
from showcase.client import ClientOptions
from showcase.config import load_resume, load_resumes, locate
from showcase.config import untranslated as config_untranslated
from showcase.errors import UsageError
from showcase.fetch import fetch_snapshot
from showcase.jsonresume import export as export_json_resume
from showcase.links import in_language
from showcase.merge import merge
from showcase.models import Resume
from showcase.pdf import MissingFont
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


def load_configs(config: Path) -> dict[str, Resume]:
    """The config once per language of `showcase.locales`, the first first."""
    return load_resumes(config)


def untranslated(config: Path) -> list[str]:
    """`file:line:col: path: no zh …` for each localized text missing a language of the config."""
    load_resumes(config)  # a config that doesn't validate says so first
    return config_untranslated(config)


def export_all(resumes: dict[str, Resume], out: Path, include_hidden: bool = False) -> list[Path]:
    """One JSON Resume document per language: resume.json for the first, resume.LANG.json after."""
    languages = list(resumes)
    written = []
    for language, resume in resumes.items():
        target = out / in_language("resume.json", language, languages)
        text = json.dumps(export_json_resume(resume, include_hidden), indent=2, ensure_ascii=False) + "\n"
        write_atomic(target, text.encode("utf-8"))
        written.append(target)
    return written


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


def render(config: Path, out: Path | None = None, force: bool = False, pdf_optional: bool = False) -> Result:
    """Render outputs from the snapshot and curated data. Never touches the network."""
    resume = load_resumes(config)
    out = out or default_out(config)
    with output_lock(out):
        leftovers = _remove_leftovers(out)
        snap = _require_snapshot(out)
        plan, warnings = plan_render(resume, snap, out, config, force, pdf_optional)
        return _apply(plan, Result(warnings=leftovers + warnings))


def build(
    config: Path,
    out: Path | None = None,
    offline: bool = False,
    force: bool = False,
    options: ClientOptions | None = None,
) -> Result:
    """Fetch (unless offline), then render. Nothing is written unless both succeed."""
    resumes = load_resumes(config)
    resume = next(iter(resumes.values()))
    out = out or default_out(config)
    if offline:
        snap, result = _require_snapshot(out), Result()
    else:
        snap, result = _fetch(resume, out, options or ClientOptions(), config)
    with output_lock(out):
        result.warnings += _remove_leftovers(out)
        plan, warnings = plan_render(resumes, snap, out, config, force)
        result.warnings += warnings
        if not offline:
            plan.put(snapshots.SNAPSHOT_PATH.as_posix(), snapshots.dumps(snap).encode("utf-8"))
        return _apply(plan, result)


def check(config: Path, out: Path | None = None) -> list[str]:
    """Relative paths `render` would change or delete; writes nothing."""
    resume = load_resumes(config)
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
    # The demo runs anywhere python3 does: without a CJK font it writes no Chinese PDF, and says so.
    return render(example / "showcase.yaml", out, pdf_optional=True)


def plan_render(
    resume: Resume | dict[str, Resume],
    snap: Snapshot,
    out: Path,
    config: Path,
    force: bool,
    pdf_optional: bool = False,
) -> tuple[Plan, list[str]]:
    """Every file to write, in every language of the config (a Resume: its one language).
    `pdf_optional` (the demo): a language whose PDF needs a font this machine lacks gets none."""
    resumes = resume if isinstance(resume, dict) else {resume.showcase.languages[0]: resume}
    outputs: dict[str, str | bytes] = {}
    warnings: list[str] = []
    for language, localized in resumes.items():
        settings = localized.showcase.in_language(language)
        profile, said = merge(localized.model_copy(update={"showcase": settings}), snap)
        try:
            outputs.update(render_all(profile, settings, [user_templates(config)]))
        except MissingFont as exc:
            if not pdf_optional:
                raise
            warnings.append(f"{language}: no résumé PDF: {exc.message}; {exc.hint}")
            settings = settings.model_copy(update={"outputs": settings.outputs.model_copy(update={"pdf": False})})
            outputs.update(render_all(profile, settings, [user_templates(config)]))
        warnings += [w for w in said if w not in warnings]
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
