"""`showcase doctor`: a preflight that says what will go wrong before a cron run does.

Checks the config, the token (present, what kind, budget left), the API URL, the user, the
markers of an existing README, the snapshot, the style of the README's links (and why), and that
the outputs are writable. Each check is
a line with a fix; nothing is written.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import requests

from showcase import links, pdf, snapshot
from showcase.client import Credentials, resolve_api_url, resolve_token
from showcase.config import load_resume
from showcase.errors import ShowcaseError
from showcase.markers import HOW_TO_ADD, find_regions
from showcase.models import Resume
from showcase.resources import output_root
from showcase.transport import BoundedAdapter, Limits, MiB

OK, WARN, FAIL = "ok", "warn", "fail"
# A preflight must never hang either: each request 10 s in all, 1 MiB at most.
LIMITS = Limits(max_bytes=MiB, attempt_seconds=10.0)

TOKEN_KINDS = {
    "github_pat_": "fine-grained personal access token",
    "ghp_": "classic personal access token",
    "gho_": "OAuth token (gh CLI)",
    "ghu_": "GitHub App user token",
    "ghs_": "GitHub Actions / App installation token",
}


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # OK, WARN or FAIL
    detail: str
    fix: str | None = None


def diagnose(config: Path, out: Path | None = None, api_url: str | None = None) -> list[Check]:

    out = output_root(config, out)
    checks: list[Check] = []
    resume = _check_config(config, checks)
    try:
        credentials = resolve_token()
    except ShowcaseError as exc:  # a malformed token: say so, then go on without it
        checks.append(Check("token", FAIL, exc.message, exc.hint))
        credentials = Credentials(None, "none")
    else:
        checks.append(_check_token(credentials.token, credentials.source))
    base = resolve_api_url(api_url)
    reachable = _check_api(base, credentials.token, checks)
    if reachable and resume is not None and resume.login:
        _check_user(base, credentials.token, resume.login, checks)
    checks.append(_check_readme(out / "README.md"))
    checks.append(_check_snapshot(out))
    if resume is not None:
        checks.append(check_links(resume, out))
        if resume.showcase.outputs.pdf:
            checks.append(check_pdf_fonts(config, out))
    checks.append(_check_writable(out))
    return checks


def _check_config(config: Path, checks: list[Check]):  # type: ignore[no-untyped-def]

    try:
        resume = load_resume(config)
    except ShowcaseError as exc:
        checks.append(Check("config", FAIL, exc.message, exc.hint or "fix the line named above"))
        return None
    if not resume.login:
        checks.append(Check("config", FAIL, f"{config}: valid, but no GitHub login", "set showcase.github: LOGIN"))
    else:
        checks.append(Check("config", OK, f"{config}: valid ({len(resume.projects)} projects, GitHub: {resume.login})"))
    return resume


def _check_token(token: str | None, source: str) -> Check:
    if token is None:
        return Check(
            "token",
            WARN,
            "no token: 60 requests/hour, shared by everyone on this IP address",
            "export GH_TOKEN=$(gh auth token), or a fine-grained token with public read access",
        )
    kind = next((name for prefix, name in TOKEN_KINDS.items() if token.startswith(prefix)), "token of unknown kind")
    return Check("token", OK, f"{kind}, from {source}")


def _get(url: str, token: str | None):  # type: ignore[no-untyped-def]
    """One bounded request (10 s in all, 1 MiB): a preflight must never hang either."""

    headers = {"Accept": "application/vnd.github+json", "User-Agent": "showcase-doctor"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    with requests.Session() as session:
        adapter = BoundedAdapter(LIMITS)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        return session.get(url, headers=headers, timeout=10, allow_redirects=False)


def _check_api(base: str, token: str | None, checks: list[Check]) -> bool:

    try:
        response = _get(f"{base}/rate_limit", token)
    except requests.RequestException as exc:
        checks.append(
            Check("api", FAIL, f"cannot reach {base}: {type(exc).__name__}", "check the network or GITHUB_API_URL")
        )
        return False
    if response.status_code == 401:
        checks.append(Check("api", FAIL, f"{base} rejected the token (401)", "renew the token or unset it"))
        return False
    try:
        core = response.json()["resources"]["core"]
        remaining, limit, reset = int(core["remaining"]), int(core["limit"]), int(core["reset"])
    except (ValueError, KeyError, TypeError):
        checks.append(
            Check(
                "api",
                FAIL,
                f"{base}/rate_limit answered {response.status_code} without a rate limit",
                "is this a GitHub API URL?",
            )
        )
        return False
    when = datetime.fromtimestamp(reset, timezone.utc).strftime("%H:%M UTC")
    status = OK if remaining > 50 else (WARN if remaining else FAIL)
    checks.append(
        Check(
            "api",
            status,
            f"{base}: {remaining}/{limit} requests left, resets at {when}",
            None if status == OK else "wait for the reset, or use a token",
        )
    )
    return True


def _check_user(base: str, token: str | None, login: str, checks: list[Check]) -> None:

    try:
        response = _get(f"{base}/users/{login}", token)
    except requests.RequestException:
        return
    if response.status_code == 404:
        checks.append(Check("user", FAIL, f"no GitHub user {login!r}", "check showcase.github / basics.profiles"))
    elif response.ok:
        checks.append(Check("user", OK, f"{login}: {response.json().get('public_repos', '?')} public repositories"))


def _check_readme(readme: Path) -> Check:

    if not readme.exists():
        return Check("readme", OK, f"{readme} does not exist yet; showcase will write it with markers")
    try:
        regions = find_regions(readme.read_text(encoding="utf-8", errors="replace"), str(readme))
    except ShowcaseError as exc:
        return Check("readme", FAIL, exc.message, exc.hint)
    if not regions:
        return Check("readme", FAIL, f"{readme} has no showcase markers: build will refuse it", HOW_TO_ADD)
    names = ", ".join(region.name or "(whole body)" for region in regions)
    return Check("readme", OK, f"{readme}: marker regions {names}")


def _check_snapshot(out: Path) -> Check:

    path = out / snapshot.SNAPSHOT_PATH
    try:
        loaded = snapshot.load(path)
    except ShowcaseError as exc:
        return Check("snapshot", FAIL, exc.message, exc.hint)
    if loaded is None:
        return Check("snapshot", WARN, f"no snapshot at {path}: --offline can't render yet", "run `showcase fetch`")
    return Check("snapshot", OK, f"{path}: {len(loaded.repos)} repositories")


def check_links(resume: Resume, out: Path) -> Check:
    """Which link style the README gets, and why: absolute links work on the profile page too."""
    try:
        loaded = snapshot.load(out / snapshot.SNAPSHOT_PATH)
    except ShowcaseError:
        loaded = None
    own = links.links(resume.showcase, resume.login, loaded.user if loaded else None)
    if own.repository is None:
        return Check(
            "links",
            WARN,
            f"{own.style}, because {own.why}: they work on the repository page and in a clone, "
            "not on a profile page (github.com/LOGIN)",
            "set showcase.repository: OWNER/REPO if this README is shown on a profile page",
        )
    clone = git_repository(out)
    if clone and clone.lower() != own.repository.lower():
        return Check(
            "links",
            WARN,
            f"{own.style}, because {own.why}; but {out} is a clone of {clone}, so those links miss its files",
            f"set showcase.repository: {clone} (or false for relative links)",
        )
    return Check("links", OK, f"{own.style}, because {own.why}" + (f"; site: {own.site}" if own.site else ""))


_GITHUB_REMOTE = re.compile(r"(?:github\.com[:/])([A-Za-z0-9-]+/[A-Za-z0-9._-]+?)(?:\.git)?/?$")


def git_repository(folder: Path) -> str | None:
    """OWNER/REPO of the GitHub repository `folder` is a clone of (its origin), if it is one."""
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), "remote", "get-url", "origin"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = _GITHUB_REMOTE.search(done.stdout.strip()) if done.returncode == 0 else None
    return match.group(1) if match else None


def check_pdf_fonts(config: Path, out: Path) -> Check:
    """The résumé PDF's fonts: Typst's embedded Latin ones, and a CJK one if the text has CJK."""
    font = pdf.cjk_font()
    texts = [config, out / snapshot.SNAPSHOT_PATH]
    needs_cjk = any(
        path.is_file() and pdf.CJK.search(path.read_text(encoding="utf-8", errors="replace")) for path in texts
    )
    if font is not None:
        return Check("pdf", OK, f"fonts: {pdf.LATIN_FONT} (embedded in Typst), {font} for CJK text")
    if needs_cjk:
        return Check("pdf", FAIL, "the résumé has CJK text and no CJK font is installed", pdf.CJK_HINT)
    return Check("pdf", OK, f"fonts: {pdf.LATIN_FONT} (embedded in Typst); no CJK font, and no CJK text needs one")


def _check_writable(out: Path) -> Check:
    existing = out
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not os.access(existing, os.W_OK):
        return Check("outputs", FAIL, f"{existing} is not writable", "fix the permissions or pass -o DIR")
    return Check("outputs", OK, f"{out} is writable")
