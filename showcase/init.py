"""`showcase init`: a starting showcase.yaml from the live profile, plus the refresh workflow.

Reads the user and their top repositories, writes a commented `showcase.yaml` (with a
yaml-language-server schema line and the schema beside it) that builds without edits, and
`.github/workflows/showcase.yml` with every action pinned by commit SHA. Existing files are
never overwritten without --force.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from importlib import metadata
from pathlib import Path

import yaml

from showcase import __version__
from showcase.client import ClientOptions
from showcase.discover import discovered
from showcase.errors import RefusedOverwrite, UsageError
from showcase.fetch import fetch_snapshot
from showcase.jsonresume import SCHEMA_FILE, schema_text
from showcase.models import Resume
from showcase.pins import SHOWCASE_REF, uses
from showcase.write import write_atomic

CURATED = 4  # top repositories written out as curated projects, for the user to edit
WORKFLOW = Path(".github") / "workflows" / "showcase.yml"
COMMIT_SCRIPT = Path(__file__).parent / "data" / "commit-if-changed.sh"
PACKAGE_DIR = Path(__file__).resolve().parent
DISTRIBUTION = "gh-showcase"  # on PyPI `showcase` is somebody else's project


def init(
    login: str, directory: Path, options: ClientOptions, force: bool = False, action: str | None = None
) -> list[Path]:
    """Write showcase.yaml, its schema and the refresh workflow. The workflow runs showcase's own
    composite action pinned by commit SHA (`action`, else where this showcase was installed from):
    never a package by a name somebody else may own."""
    action_ref = resolve_action(action)
    targets = [directory / "showcase.yaml", directory / SCHEMA_FILE, directory / WORKFLOW]
    existing = [path for path in (targets[0], targets[2]) if path.exists()]
    if existing and not force:
        names = ", ".join(str(path) for path in existing)
        raise RefusedOverwrite(f"{names} already exist; leaving them as they are", hint="pass --force to replace them")
    config = config_text(login, options)
    write_atomic(targets[0], config.encode("utf-8"))
    write_atomic(targets[1], (schema_text() + "\n").encode("utf-8"))
    write_atomic(targets[2], workflow_text(login, action_ref).encode("utf-8"))
    return targets


def resolve_action(given: str | None) -> str:
    """`OWNER/REPO@SHA` of the showcase action the workflow should run."""
    if given is not None:
        if not SHOWCASE_REF.fullmatch(given):
            raise UsageError(
                f"--action {given!r} is not OWNER/REPO@SHA with a full 40-character commit SHA",
                hint="e.g. --action OWNER/showcase@$(git -C path/to/showcase rev-parse HEAD)",
            )
        return given
    found = installed_from()
    if found is None:
        raise UsageError(
            "can't tell which showcase repository and commit to pin the workflow to "
            "(this showcase was not installed from a GitHub repository)",
            hint="pass --action OWNER/showcase@FULL_COMMIT_SHA: the repository of showcase's action and a commit of it",
        )
    return found


def installed_from() -> str | None:
    """OWNER/REPO@SHA where this showcase came from: pip's record of a `git+https://github.com/…`
    install (PEP 610 direct_url.json), else the git checkout it runs from."""

    try:
        record = json.loads(metadata.distribution(DISTRIBUTION).read_text("direct_url.json") or "{}")
    except (metadata.PackageNotFoundError, ValueError):
        record = {}
    commit = (record.get("vcs_info") or {}).get("commit_id")
    if commit:
        return _github_ref(str(record.get("url", "")), str(commit))
    return _checkout_ref(PACKAGE_DIR.parent)


def _checkout_ref(folder: Path) -> str | None:

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=10, check=False
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    try:
        return _github_ref(git("remote", "get-url", "origin"), git("rev-parse", "HEAD"))
    except OSError:
        return None


def _github_ref(url: str, commit: str) -> str | None:

    match = re.match(
        r"^(?:git\+)?(?:https://github\.com/|git@github\.com:|ssh://git@github\.com/)([^/]+/[^/]+?)(?:\.git)?/?$", url
    )
    ref = f"{match.group(1)}@{commit}" if match else ""
    return ref if SHOWCASE_REF.fullmatch(ref) else None


def config_text(login: str, options: ClientOptions) -> str:

    probe = Resume.model_validate(
        {"basics": {"name": login}, "showcase": {"github": login, "discover": {"limit": CURATED}}}
    )
    snapshot, _ = fetch_snapshot(probe, None, options)
    user = snapshot.user
    top = discovered(probe, snapshot.repos)
    basics: dict[str, object] = {"name": (user.name if user and user.name else login)}
    if user and user.bio:
        basics["summary"] = user.bio
    if user and user.blog:
        basics["url"] = user.blog if "://" in user.blog else f"https://{user.blog}"
    if user and user.location:
        basics["location"] = {"city": user.location}
    basics["profiles"] = [{"network": "GitHub", "username": login, "url": f"https://github.com/{login}"}]
    projects = [
        {"name": repo.name, "repo": repo.full_name, **({"description": repo.description} if repo.description else {})}
        for repo in top
    ]
    body = yaml.safe_dump({"basics": basics}, sort_keys=False, allow_unicode=True, width=100)
    if projects:
        body += "\n# Curated projects: your words win over GitHub's; add highlights, keywords, dates.\n"
        body += yaml.safe_dump({"projects": projects}, sort_keys=False, allow_unicode=True, width=100)
    text = (
        f"# yaml-language-server: $schema={SCHEMA_FILE}\n"
        f"# Made by `showcase init` from github.com/{login}. Edit freely; check with `showcase validate`.\n"
        "# Add work, education and skills in JSON Resume's vocabulary (see `showcase schema`).\n\n"
        + body
        + "\nshowcase:\n"
        f"  github: {login}\n"
        "  discover:\n"
        f"    limit: {CURATED}   # more of your most-starred repositories, besides the curated ones\n"
        "  hide: [basics.phone]   # never written anywhere\n"
        "  locale: en             # or zh\n"
    )
    Resume.model_validate(yaml.safe_load(text))  # what we write must validate
    return text


def workflow_text(login: str, action: str) -> str:
    # Spread the daily runs over the hour: a minute derived from the login, never :00.
    minute = 1 + int(hashlib.sha256(login.encode()).hexdigest(), 16) % 58
    return f"""\
# Made by `showcase init`: refreshes the profile README daily and commits only real changes.
# Every action is pinned by commit SHA; showcase itself is this repository's action, never a package
# installed by name.
name: showcase

on:
  schedule:
    - cron: "{minute} 4 * * *"
  workflow_dispatch:

permissions: {{}}

concurrency:
  group: showcase
  cancel-in-progress: false

jobs:
  refresh:
    runs-on: ubuntu-latest
    permissions:
      contents: write # to push the refreshed README
    steps:
      - uses: {uses("actions/checkout")}
        with:
          persist-credentials: true # the action pushes the refresh with the job's token
      - uses: {action} # showcase {__version__}
        with:
          config: showcase.yaml
"""
