"""(Resume, Snapshot) → what templates see. Pure: curated fields win, live fields fill the rest."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel

from showcase import contributions, discover
from showcase.contributions import Calendar, ContributedRepo
from showcase.models import HighlightItem, Project, Resume
from showcase.snapshot import Post, Release, RepoData, Snapshot, UserData

_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class LanguageShare:
    name: str
    bytes: int
    percent: float


@dataclass(frozen=True)
class ProjectView:
    slug: str  # file name stem of its page: a strict slug, never a path
    name: str
    curated: bool
    full_name: str | None = None
    url: str | None = None  # the repository, else the curated url
    homepage: str | None = None
    description: str | None = None  # curated
    repo_description: str | None = None  # live
    excerpt: str = ""  # from the README
    highlights: list[HighlightItem] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    stars: int | None = None
    forks: int | None = None
    language: str | None = None
    languages: list[LanguageShare] = field(default_factory=list)
    license: str | None = None
    pushed_at: str | None = None
    archived: bool = False
    fork: bool = False
    parent: str | None = None
    release: Release | None = None
    readme_url: str | None = None
    missing: bool = False  # curated repository GitHub no longer has
    # Everything GitHub said about the repository, for templates: a new field of RepoData is
    # `project.live.FIELD` in any template without a line here.
    live: RepoData | None = None
    start_date: str | None = None
    end_date: str | None = None

    @property
    def thin(self) -> bool:
        """Nothing for a page of its own beyond the README's line (no README excerpt, highlights or
        release): the README links the repository instead of a near-empty page."""
        return not (self.excerpt or self.highlights or self.release or self.missing) and bool(self.url)

    @property
    def summary(self) -> str:
        """One line for the README list: curated description, else the repository's, else the excerpt."""
        return self.description or self.repo_description or self.excerpt or ""

    @property
    def parent_url(self) -> str | None:
        if not self.parent or not self.url:
            return None
        return self.url.rsplit("/", 2)[0] + "/" + self.parent


@dataclass(frozen=True)
class Totals:
    stars: int
    forks: int
    repositories: int
    followers: int
    top_project: str | None


@dataclass(frozen=True)
class ReleaseItem:
    project: ProjectView
    release: Release


@dataclass(frozen=True)
class Profile:
    resume: Resume  # with `showcase.hide` paths already removed
    login: str | None
    user: UserData | None
    projects: list[ProjectView]
    totals: Totals
    languages: list[LanguageShare]  # byte-weighted across shown projects
    releases: list[ReleaseItem]  # newest first, up to showcase.releases.limit
    posts: list[Post]  # newest first, up to showcase.blog.limit
    calendar: Calendar | None = None  # last year's contributions (GraphQL only)
    contributed: list[ContributedRepo] = field(default_factory=list)  # merged pull requests, by repository


def merge(resume: Resume, snapshot: Snapshot) -> tuple[Profile, list[str]]:
    """Build the render model. Returns it with warnings (e.g. curated repositories that are gone)."""
    warnings: list[str] = []
    visible = hide_fields(resume)
    prereleases = resume.showcase.releases.prereleases
    projects: list[ProjectView] = []
    for project in visible.projects:
        repo = snapshot.repo(project.repo) if project.repo else None
        if project.repo and repo is None:
            why = (
                "not found on GitHub (renamed or deleted?)"
                if project.repo.lower() in snapshot.missing
                else "not in the snapshot"
            )
            warnings.append(f"{project.repo}: {why}; showing the curated text only")
        projects.append(
            _curated_view(project, repo, missing=bool(project.repo) and repo is None, prereleases=prereleases)
        )
    projects += [
        _repo_view(repo, prereleases)
        for repo in discover.discovered(
            resume, snapshot.repos, snapshot.renamed, snapshot.user.pinned if snapshot.user else []
        )
    ]
    projects = _unique_slugs(projects)
    return (
        Profile(
            resume=visible,
            login=resume.login,
            user=snapshot.user,
            projects=projects,
            totals=_totals(resume, snapshot),
            languages=language_shares(_merged_bytes(p.languages for p in projects)),
            releases=_recent_releases(projects, resume.showcase.releases.limit),
            posts=snapshot.posts[: resume.showcase.blog.limit] if resume.showcase.blog else [],
            calendar=contributions.calendar(snapshot.contributions),
            contributed=contributions.contributed(snapshot.pull_requests, resume.showcase.contributions),
        ),
        warnings,
    )


def _curated_view(project: Project, repo: RepoData | None, missing: bool, prereleases: bool = False) -> ProjectView:
    live = _repo_view(repo, prereleases) if repo else None
    return ProjectView(
        slug=slugify(repo.name if repo else (project.repo.split("/")[1] if project.repo else project.name)),
        name=project.name,
        curated=True,
        full_name=repo.full_name if repo else project.repo,
        url=(repo.html_url if repo else None) or project.url,
        homepage=project.url
        if repo and project.url and project.url != repo.html_url
        else (live.homepage if live else None),
        description=project.description,
        repo_description=live.repo_description if live else None,
        excerpt=live.excerpt if live else "",
        highlights=list(project.highlights),
        keywords=list(project.keywords) or (live.keywords if live else []),
        stars=live.stars if live else None,
        forks=live.forks if live else None,
        language=live.language if live else None,
        languages=live.languages if live else [],
        license=live.license if live else None,
        pushed_at=live.pushed_at if live else None,
        archived=live.archived if live else False,
        fork=live.fork if live else False,
        parent=live.parent if live else None,
        release=live.release if live else None,
        readme_url=live.readme_url if live else None,
        missing=missing,
        live=repo,
        start_date=project.start_date,
        end_date=project.end_date,
    )


def _release(repo: RepoData, prereleases: bool) -> Release | None:
    """The release to show: a prerelease only when the owner asks for them (showcase.releases.prereleases)."""
    return (repo.latest_prerelease if prereleases else None) or repo.latest_release


def _repo_view(repo: RepoData, prereleases: bool = False) -> ProjectView:
    return ProjectView(
        slug=slugify(repo.name),
        name=repo.name,
        curated=False,
        full_name=repo.full_name,
        url=repo.html_url,
        homepage=repo.homepage,
        repo_description=repo.description,
        excerpt=repo.readme.excerpt if repo.readme else "",
        keywords=list(repo.topics),
        stars=repo.stars,
        forks=repo.forks,
        language=repo.language,
        languages=language_shares(repo.languages),
        license=repo.license if repo.license != "NOASSERTION" else None,
        pushed_at=repo.pushed_at,
        archived=repo.archived,
        fork=repo.fork,
        parent=repo.parent,
        release=_release(repo, prereleases),
        readme_url=repo.readme.html_url if repo.readme else None,
        live=repo,
    )


# Names Windows reserves for devices, with or without an extension ("con.md" can't be created).
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"{port}{n}" for port in ("com", "lpt") for n in [*"123456789", "¹", "²", "³"]),
}


def slugify(name: str) -> str:
    """A file-name-safe stem on every OS: letters, digits, `.`, `_`, `-`; never empty, never a
    dot file, never a name Windows reserves."""
    slug = _SLUG_UNSAFE.sub("-", name).strip("-.")[:100].rstrip("-.") or "project"
    head, dot, tail = slug.partition(".")
    if head.lower() in _RESERVED:
        slug = f"{head}-project{dot}{tail}"
    return slug


def _unique_slugs(projects: list[ProjectView]) -> list[ProjectView]:
    """Page names unique case-insensitively (macOS and Windows would make `Foo` and `foo` one file)."""

    taken: set[str] = set()
    result = []
    for project in projects:
        slug = project.slug
        if slug.casefold() in taken and project.full_name:
            slug = slugify(project.full_name.replace("/", "-"))
        number = 2
        while slug.casefold() in taken:
            slug = f"{project.slug}-{number}"
            number += 1
        taken.add(slug.casefold())
        result.append(replace(project, slug=slug) if slug != project.slug else project)
    return result


def language_shares(languages: dict[str, int], top: int | None = None) -> list[LanguageShare]:
    total = sum(languages.values())
    if not total:
        return []
    ordered = sorted(languages.items(), key=lambda item: (-item[1], item[0]))
    shares = [LanguageShare(name, size, round(100 * size / total, 1)) for name, size in ordered]
    if top is not None and len(shares) > top:
        rest = sum(s.bytes for s in shares[top:])
        shares = [*shares[:top], LanguageShare("Other", rest, round(100 * rest / total, 1))]
    return shares


def _merged_bytes(groups: Any) -> dict[str, int]:
    merged: dict[str, int] = {}
    for group in groups:
        for share in group:
            merged[share.name] = merged.get(share.name, 0) + share.bytes
    return merged


def _recent_releases(projects: list[ProjectView], limit: int) -> list[ReleaseItem]:
    items = [ReleaseItem(p, p.release) for p in projects if p.release is not None]
    items.sort(key=lambda item: (item.release.published_at or "", item.project.name), reverse=True)
    return items[:limit]


def _totals(resume: Resume, snapshot: Snapshot) -> Totals:
    login = (resume.login or "").lower()
    owned = [r for r in snapshot.repos.values() if r.owner.lower() == login and not r.fork]
    active = [r for r in owned if not r.archived]  # totals count archived work; the top project is a live one
    top = max(active, key=lambda r: (r.stars, r.full_name.lower()), default=None)
    return Totals(
        stars=sum(r.stars for r in owned),
        forks=sum(r.forks for r in owned),
        repositories=snapshot.user.public_repos if snapshot.user else len(owned),
        followers=snapshot.user.followers if snapshot.user else 0,
        top_project=top.name if top and top.stars else None,
    )


# ---- showcase.hide --------------------------------------------------------------------------


def hide_fields(resume: Resume) -> Resume:
    """`resume` with every `showcase.hide` path emptied, in every list element it runs through."""
    for path in resume.showcase.hide:
        resume = _hide(resume, path.split("."))  # type: ignore[assignment]
    return resume


def _hide(model: BaseModel, parts: list[str]) -> BaseModel:
    name = _field_name(model, parts[0])
    value = getattr(model, name)
    if len(parts) == 1:
        empty: Any = [] if isinstance(value, list) else ("" if type(model).model_fields[name].is_required() else None)
        return model.model_copy(update={name: empty})
    if isinstance(value, list):
        value = [_hide(item, parts[1:]) if isinstance(item, BaseModel) else item for item in value]
    elif isinstance(value, BaseModel):
        value = _hide(value, parts[1:])
    return model.model_copy(update={name: value})


def _field_name(model: BaseModel, alias: str) -> str:
    for name, info in type(model).model_fields.items():
        if (info.alias or name) == alias:
            return name
    raise KeyError(alias)  # config.py already refused unknown hide paths
