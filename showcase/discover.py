"""Which repositories a profile shows. Pure, so fetch (what to ask for) and merge (what to
render) can never disagree."""

from __future__ import annotations

from fnmatch import fnmatchcase

from showcase.models import Resume
from showcase.snapshot import RepoData


def curated_keys(resume: Resume, renamed: dict[str, str] | None = None) -> list[str]:
    """Curated repositories, lowercase owner/name, by their current names when GitHub renamed them."""
    renamed = renamed or {}
    keys = (project.repo.lower() for project in resume.projects if project.repo)
    return [renamed.get(key, key).lower() for key in keys]


def discovered(
    resume: Resume,
    repos: dict[str, RepoData],
    renamed: dict[str, str] | None = None,
    pinned: list[str] | None = None,
) -> list[RepoData]:
    """The repositories shown besides curated ones: the pinned ones in pin order (the owner chose
    them, forks, archives and other owners' included), then the owner's by most stars, ties by
    latest push."""
    settings = resume.showcase.discover
    login = (resume.login or "").lower()
    taken = set(curated_keys(resume, renamed))
    pins = [
        repos[key]
        for key in dict.fromkeys(name.lower() for name in (pinned or []) if settings.pinned)
        if key in repos and key not in taken and not _excluded(repos[key], settings.exclude)
    ]
    taken |= {repo.key for repo in pins}
    candidates = [
        repo
        for key, repo in repos.items()
        if key not in taken
        and repo.owner.lower() == login
        and (settings.forks or not repo.fork)
        and (settings.archived or not repo.archived)
        and not _excluded(repo, settings.exclude)
    ]
    # Sort keys: stars desc, pushed_at desc, then name so the order never depends on dict order.
    candidates.sort(key=lambda r: r.full_name.lower())
    candidates.sort(key=lambda r: r.pushed_at or "", reverse=True)
    candidates.sort(key=lambda r: r.stars, reverse=True)
    return (pins + candidates)[: settings.limit]


def shown_keys(
    resume: Resume, repos: dict[str, RepoData], renamed: dict[str, str] | None = None, pinned: list[str] | None = None
) -> list[str]:
    """Every repository a render will show, curated first, lowercase owner/name."""
    return curated_keys(resume, renamed) + [repo.key for repo in discovered(resume, repos, renamed, pinned)]


def _excluded(repo: RepoData, patterns: list[str]) -> bool:
    names = (repo.name.lower(), repo.full_name.lower())
    return any(fnmatchcase(name, pattern.lower()) for pattern in patterns for name in names)
