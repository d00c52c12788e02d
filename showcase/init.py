"""`showcase init`: a starting showcase.yaml from the live profile, plus the refresh workflow.

Reads the user and their top repositories, writes a commented `showcase.yaml` (with a
yaml-language-server schema line and the schema beside it) that builds without edits, and
`.github/workflows/showcase.yml` with every action pinned by commit SHA. Existing files are
never overwritten without --force.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from showcase import __version__
from showcase.client import ClientOptions
from showcase.errors import RefusedOverwrite
from showcase.jsonresume import SCHEMA_FILE, schema_text
from showcase.models import Resume
from showcase.write import write_atomic

CURATED = 4  # top repositories written out as curated projects, for the user to edit
WORKFLOW = Path(".github") / "workflows" / "showcase.yml"
COMMIT_SCRIPT = Path(__file__).parent / "data" / "commit-if-changed.sh"

# Pinned by commit SHA (zizmor's default policy); the comment names the release.
CHECKOUT = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2"
SETUP_PYTHON = "actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0"
CACHE_RESTORE = "actions/cache/restore@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3"
CACHE_SAVE = "actions/cache/save@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3"


def init(login: str, directory: Path, options: ClientOptions, force: bool = False) -> list[Path]:
    targets = [directory / "showcase.yaml", directory / SCHEMA_FILE, directory / WORKFLOW]
    existing = [path for path in (targets[0], targets[2]) if path.exists()]
    if existing and not force:
        names = ", ".join(str(path) for path in existing)
        raise RefusedOverwrite(f"{names} already exist; leaving them as they are", hint="pass --force to replace them")
    config = config_text(login, options)
    write_atomic(targets[0], config.encode("utf-8"))
    write_atomic(targets[1], (schema_text() + "\n").encode("utf-8"))
    write_atomic(targets[2], workflow_text(login).encode("utf-8"))
    return targets


def config_text(login: str, options: ClientOptions) -> str:
    from showcase.discover import discovered
    from showcase.fetch import fetch_snapshot

    probe = Resume.model_validate({"basics": {"name": login}, "showcase": {"github": login, "discover": {"limit": CURATED}}})
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


def workflow_text(login: str) -> str:
    # Spread the daily runs over the hour: a minute derived from the login, never :00.
    minute = 1 + int(hashlib.sha256(login.encode()).hexdigest(), 16) % 58
    commit_lines = [
        line for line in COMMIT_SCRIPT.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    ]
    commit = "\n".join(f"          {line}" for line in commit_lines)
    return f"""\
# Made by `showcase init`: refreshes the profile README daily and commits only real changes.
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
      - uses: {CHECKOUT}
        with:
          persist-credentials: true # the last step pushes with the job's token
      - uses: {SETUP_PYTHON}
        with:
          python-version: "3.12"
      - name: Install showcase
        run: python -m pip install "showcase=={__version__}"
      - name: Restore the HTTP cache
        uses: {CACHE_RESTORE}
        with:
          path: ${{{{ runner.temp }}}}/showcase-cache
          key: showcase-http-${{{{ github.run_id }}}}
          restore-keys: showcase-http-
      - name: Build
        env:
          GH_TOKEN: ${{{{ github.token }}}}
          SHOWCASE_CACHE_DIR: ${{{{ runner.temp }}}}/showcase-cache
        run: showcase build -c showcase.yaml
      - name: Save the HTTP cache
        if: always()
        uses: {CACHE_SAVE}
        with:
          path: ${{{{ runner.temp }}}}/showcase-cache
          key: showcase-http-${{{{ github.run_id }}}}
      - name: Commit and push what changed
        env:
          SHOWCASE_CONFIG: showcase.yaml
          COMMIT_MESSAGE: "chore: refresh profile (showcase)"
        run: |
{commit}
"""
