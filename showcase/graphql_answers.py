"""GitHub's GraphQL answers, validated where they enter, and turned into showcase's models.

The same rules as answers.py (text cleaned and capped, impossible values refused), for the
shapes of the queries in graphql.py. A malformed repository costs that repository.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pydantic import ConfigDict, Field
from pydantic.alias_generators import to_camel

from showcase.answers import Answer, Count, Line, Name, Timestamp, Url
from showcase.snapshot import Contributions, PullRequest, Release, RepoData, UserData

MAX_CALENDAR_DAYS = 400  # a year of days and a week either side


class Node(Answer):
    model_config = ConfigDict(extra="ignore", frozen=True, alias_generator=to_camel, populate_by_name=True)


class Named(Node):
    name: Name


class Login(Node):
    login: Name


class FullName(Node):
    name_with_owner: Name


class License(Node):
    spdx_id: Name | None = None


class ReleaseNode(Node):
    tag_name: Name
    name: Line | None = None
    published_at: Timestamp | None = None
    url: Url | None = None
    is_prerelease: bool = False
    is_draft: bool = False


class Listed(Node):
    """The `Listed` fragment: what a listing says of every repository."""

    name_with_owner: Name
    name: Name
    owner: Login
    url: Url
    description: Line | None = None
    homepage_url: Url | None = None
    stargazer_count: Count = 0
    fork_count: Count = 0
    primary_language: Named | None = None
    license_info: License | None = None
    pushed_at: Timestamp | None = None
    updated_at: Timestamp | None = None
    is_archived: bool = False
    is_fork: bool = False
    is_private: bool = False
    default_branch_ref: Named | None = None
    parent: FullName | None = None
    latest_release: ReleaseNode | None = None


class Topic(Node):
    topic: Named


class Topics(Node):
    nodes: list[Topic] = Field(default=[], max_length=100)


class LanguageEdge(Node):
    size: Count
    node: Named


class Languages(Node):
    edges: list[LanguageEdge] = Field(default=[], max_length=100)


class Releases(Node):
    nodes: list[ReleaseNode] = Field(default=[], max_length=100)


SYMLINK_MODE = 0o120000  # git's file mode of a symbolic link


class Entry(Node):
    name: Name
    type: Name
    size: Count = 0
    mode: Count = 0

    @property
    def is_link(self) -> bool:
        return self.mode == SYMLINK_MODE


class Folder(Node):
    entries: list[Entry] = Field(default=[], max_length=100_000)


class Blob(Node):
    text: str | None = None
    byte_size: Count = 0
    is_binary: bool | None = None


class Detailed(Listed):
    """A shown repository: the listing plus what only it needs."""

    repository_topics: Topics = Topics()
    languages: Languages = Languages()
    releases: Releases | None = None
    folder0: Folder | None = None
    folder1: Folder | None = None
    folder2: Folder | None = None
    likely: Blob | None = None


class Day(Node):
    date: Timestamp
    contribution_count: Count


class Week(Node):
    contribution_days: list[Day] = Field(default=[], max_length=7)


class Calendar(Node):
    total_contributions: Count = 0
    weeks: list[Week] = Field(default=[], max_length=60)


class Collection(Node):
    total_commit_contributions: Count = 0
    total_pull_request_contributions: Count = 0
    total_issue_contributions: Count = 0
    total_pull_request_review_contributions: Count = 0
    contribution_calendar: Calendar = Calendar()


class Total(Node):
    total_count: Count = 0


class PullRequestRepository(Node):
    name_with_owner: Name
    url: Url
    stargazer_count: Count = 0
    is_private: bool = True  # unknown is private: never shown
    owner: Login


class PullRequestNode(Node):
    title: Line
    url: Url
    number: Count
    merged_at: Timestamp | None = None
    repository: PullRequestRepository


class PullRequests(Node):
    nodes: list[PullRequestNode | None] = Field(default=[], max_length=100)


class PageInfo(Node):
    has_next_page: bool = False
    end_cursor: Name | None = None


class Connection(Node):
    """A page of repositories; each node is validated on its own, so one bad one costs only itself."""

    total_count: Count = 0
    page_info: PageInfo = PageInfo()
    nodes: list[Any] = Field(default=[], max_length=100)


class Pinned(Node):
    nodes: list[dict[str, object] | None] = Field(default=[], max_length=6)


class UserNode(Node):
    login: Name
    name: Line | None = None
    bio: Line | None = None
    website_url: Url | None = None
    location: Line | None = None
    url: Url | None = None
    followers: Total = Total()
    pinned_items: Pinned = Pinned()
    contributions_collection: Collection | None = None
    repositories_contributed_to: Total | None = None
    pull_requests: PullRequests | None = None


def to_user(node: UserNode, public_repos: int, pinned: list[str]) -> UserData:
    return UserData(
        login=node.login,
        name=node.name or None,
        bio=node.bio or None,
        blog=node.website_url or None,
        location=node.location or None,
        html_url=node.url,
        followers=node.followers.total_count,
        public_repos=public_repos,
        pinned=pinned,
    )


def to_release(node: ReleaseNode) -> Release:
    return Release(
        tag=node.tag_name,
        name=node.name or None,
        published_at=node.published_at,
        url=node.url,
        prerelease=node.is_prerelease,
    )


def to_repo(node: Listed) -> RepoData:
    return RepoData(
        full_name=node.name_with_owner,
        name=node.name,
        owner=node.owner.login,
        html_url=node.url,
        description=node.description or None,
        homepage=node.homepage_url or None,
        stars=node.stargazer_count,
        forks=node.fork_count,
        language=node.primary_language.name if node.primary_language else None,
        license=node.license_info.spdx_id if node.license_info else None,
        pushed_at=node.pushed_at,
        updated_at=node.updated_at,
        archived=node.is_archived,
        fork=node.is_fork,
        default_branch=node.default_branch_ref.name if node.default_branch_ref else "main",
        parent=node.parent.name_with_owner if node.parent else None,
        latest_release=to_release(node.latest_release) if node.latest_release else None,
    )


def to_contributions(node: Collection, repositories: int) -> Contributions:
    """The calendar as one count per day from its first day (GitHub's weeks flattened; a day
    missing in between counts 0), at most MAX_CALENDAR_DAYS."""
    counts: dict[date, int] = {}
    for week in node.contribution_calendar.weeks:
        for day in week.contribution_days:
            counts[date.fromisoformat(day.date[:10])] = day.contribution_count
    first = min(counts) if counts else None
    span = min((max(counts) - first).days + 1, MAX_CALENDAR_DAYS) if first else 0
    return Contributions(
        commits=node.total_commit_contributions,
        pull_requests=node.total_pull_request_contributions,
        issues=node.total_issue_contributions,
        reviews=node.total_pull_request_review_contributions,
        repositories=repositories,
        total=node.contribution_calendar.total_contributions,
        first_day=first.isoformat() if first else None,
        calendar=[counts.get(first + timedelta(days=i), 0) for i in range(span)] if first else [],
    )


def to_pull_requests(node: PullRequests, login: str) -> list[PullRequest]:
    """Merged pull requests into public repositories somebody else owns."""
    return [
        PullRequest(
            repo=pr.repository.name_with_owner,
            repo_url=pr.repository.url,
            stars=pr.repository.stargazer_count,
            title=pr.title,
            url=pr.url,
            number=pr.number,
            merged_at=pr.merged_at,
        )
        for pr in node.nodes
        if pr is not None
        and pr.merged_at
        and not pr.repository.is_private
        and pr.repository.owner.login.lower() != login.lower()
    ]
