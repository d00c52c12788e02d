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


def discovered(resume: Resume, repos: dict[str, RepoData], renamed: dict[str, str] | None = None) -> list[RepoData]:
    """The owner's repositories shown besides curated ones: most stars first, ties by latest push."""
    settings = resume.showcase.discover
    login = (resume.login or "").lower()
    taken = set(curated_keys(resume, renamed))
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
    return candidates[: settings.limit]


def shown_keys(resume: Resume, repos: dict[str, RepoData], renamed: dict[str, str] | None = None) -> list[str]:
    """Every repository a render will show, curated first, lowercase owner/name."""
    return curated_keys(resume, renamed) + [repo.key for repo in discovered(resume, repos, renamed)]


def _excluded(repo: RepoData, patterns: list[str]) -> bool:
    names = (repo.name.lower(), repo.full_name.lower())
    return any(fnmatchcase(name, pattern.lower()) for pattern in patterns for name in names)
