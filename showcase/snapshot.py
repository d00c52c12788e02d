"""The fetched half, as our own frozen models, and its stable file form.

`.showcase/snapshot.json` is the replay file: render reads only this (never the
network), and its bytes change only when the data does: keys sorted, lists in a
defined order, and no timestamp of the fetch itself.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from showcase.errors import Problem, UsageError

SCHEMA_VERSION = 1
SNAPSHOT_PATH = Path(".showcase") / "snapshot.json"


class Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Release(Frozen):
    tag: str
    name: str | None = None
    published_at: str | None = None
    url: str | None = None
    prerelease: bool = False


def newest(published: list[Release]) -> tuple[Release | None, Release | None]:
    """(newest release, a prerelease newer than it) of published releases, newest first."""
    stable = next((r for r in published if not r.prerelease), None)
    newer = [
        r
        for r in published
        if r.prerelease and (stable is None or (r.published_at or "") > (stable.published_at or ""))
    ]
    return stable, (newer[0] if newer else None)


class Readme(Frozen):
    path: str
    html_url: str | None = None
    excerpt: str = ""
    extractor: int = Field(default=0, description="excerpt_lazy.VERSION that made the excerpt; a newer one re-reads it")


class RepoData(Frozen):
    """One repository as GitHub reported it. Listing fields always; details for shown ones."""

    full_name: str
    name: str
    owner: str
    html_url: str
    description: str | None = None
    homepage: str | None = None
    stars: int = 0
    forks: int = 0
    language: str | None = None
    topics: list[str] = []
    license: str | None = None
    pushed_at: str | None = None
    updated_at: str | None = Field(default=None, description="moves with pushes, topics, description and stars")
    archived: bool = False
    fork: bool = False
    default_branch: str = "main"
    # Filled for repositories that are shown (per-repository requests):
    detailed: bool = False
    parent: str | None = Field(default=None, description="owner/name of the upstream, for forks")
    languages: dict[str, int] = {}
    latest_release: Release | None = Field(
        default=None, description="newest published release, not a draft or prerelease"
    )
    latest_prerelease: Release | None = Field(
        default=None, description="a published prerelease newer than latest_release"
    )
    readme: Readme | None = None

    @property
    def key(self) -> str:
        return self.full_name.lower()

    def details_hold_for(self, listed: RepoData, extractor: int) -> bool:
        """These details still describe the repository as now listed: nothing was pushed since, and
        its README was read by the current excerpt extractor (`extractor`)."""
        return (
            self.detailed
            and self.pushed_at == listed.pushed_at
            and (self.readme is None or self.readme.extractor == extractor)
        )

    def with_details_of(self, before: RepoData, carried: tuple[str, ...]) -> RepoData:
        """This listing's fresh values (stars, latest release …) with `before`'s details: the
        `carried` fields, which only a per-repository request fills, and its language as a fallback."""
        kept = {name: getattr(before, name) for name in carried}
        return self.model_copy(update={"detailed": True, **kept, "language": self.language or before.language})


class Post(Frozen):
    title: str
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    feed: str


def newest_first(posts: list[Post]) -> list[Post]:
    return sorted(posts, key=lambda p: (p.published or "", p.title, p.url or ""), reverse=True)


class UserData(Frozen):
    login: str
    name: str | None = None
    bio: str | None = None
    blog: str | None = None
    location: str | None = None
    html_url: str | None = None
    followers: int = 0
    public_repos: int = 0
    pinned: list[str] = Field(default=[], description="owner/name of the pinned repositories, in pin order")


class Contributions(Frozen):
    """The last year's contributions as the profile page counts them (GraphQL only)."""

    commits: int = 0
    pull_requests: int = 0
    issues: int = 0
    reviews: int = 0
    repositories: int = Field(default=0, description="repositories contributed to")
    total: int = Field(default=0, description="the calendar's total, private contributions included if shown")
    first_day: str | None = Field(default=None, description="YYYY-MM-DD of calendar[0]")
    calendar: list[int] = Field(default=[], description="contributions per day from first_day on")


class PullRequest(Frozen):
    """A merged pull request into somebody else's public repository."""

    repo: str  # owner/name
    repo_url: str
    stars: int = 0
    title: str
    url: str
    number: int
    merged_at: str


class Snapshot(Frozen):
    schema_version: int = SCHEMA_VERSION
    note: str | None = Field(default=None, description="Free text, e.g. that counts are sample data.")
    user: UserData | None = None
    # Every public repository the owner has, plus curated ones owned elsewhere; keyed by owner/name, lowercase.
    repos: dict[str, RepoData] = {}
    # Curated repositories that GitHub answered 404 for (deleted, or private now).
    missing: list[str] = []
    # Curated repositories that GitHub redirects to a new owner/name: old (lowercase) → new.
    renamed: dict[str, str] = {}
    # Newest posts of the configured feeds; a failing feed keeps its previous posts.
    posts: list[Post] = []
    # GraphQL only: last year's contributions, and merged pull requests into others' repositories.
    contributions: Contributions | None = None
    pull_requests: list[PullRequest] = []

    def repo(self, full_name: str) -> RepoData | None:
        key = full_name.lower()
        return self.repos.get(self.renamed.get(key, key).lower())


def dumps(snapshot: Snapshot) -> str:
    data = snapshot.model_copy(update={"posts": newest_first(snapshot.posts)}).model_dump(mode="json")
    data["repos"] = {key: data["repos"][key] for key in sorted(data["repos"])}
    for repo in data["repos"].values():
        repo["topics"] = sorted(repo["topics"])
    data["missing"] = sorted(set(data["missing"]))
    data["pull_requests"].sort(key=lambda pr: (pr["merged_at"], pr["url"]), reverse=True)
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def loads(text: str, source: str) -> Snapshot:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(
            Problem(source, f"snapshot is not valid JSON: {exc.msg}", exc.lineno, exc.colno),
            hint="delete it and run `showcase fetch` to make a new one",
        ) from None
    version = data.get("schema_version") if isinstance(data, dict) else None
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise UsageError(
            f"{source}: snapshot schema_version {version} is newer than this showcase understands ({SCHEMA_VERSION})",
            hint="upgrade showcase (the gh-showcase package), or run `showcase fetch` to rewrite it",
        )
    try:
        return Snapshot.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UsageError(
            f"{source}: snapshot field {where}: {first['msg']}",
            hint="delete it and run `showcase fetch` to make a new one",
        ) from None


def load(path: Path) -> Snapshot | None:
    """The snapshot at `path`, or None when there is none yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read snapshot: {exc}") from None
    return loads(text, str(path))
