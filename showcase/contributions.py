"""Contributions as the render model shows them: last year's calendar (weeks of days with a
level 0–4 each, as GitHub colours them) with the facts a reader would look for, and merged pull
requests into other people's repositories grouped by repository, most-starred first.

Built once from the snapshot; the SVG card, the README and the site render these objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from showcase import i18n
from showcase.format import compact
from showcase.models import ContributionSettings
from showcase.snapshot import Contributions, PullRequest


@dataclass(frozen=True)
class Day:
    date: str  # YYYY-MM-DD
    count: int
    level: int  # 0 none, 1–4 quarters of the busiest day


@dataclass(frozen=True)
class Calendar:
    totals: Contributions
    weeks: list[list[Day | None]]  # Sunday first; None pads the first and last week
    months: list[tuple[int, str]]  # (week index, YYYY-MM-01) where a month begins
    busiest: Day | None
    longest_streak: int  # days in a row with a contribution
    first: str
    last: str


@dataclass(frozen=True)
class ContributedRepo:
    repo: str  # owner/name
    url: str
    stars: int
    pull_requests: list[PullRequest]  # newest first, up to the setting's per_repository
    more: int  # merged ones not listed


def calendar(totals: Contributions | None) -> Calendar | None:
    if totals is None or totals.first_day is None or not totals.calendar:
        return None
    first = date.fromisoformat(totals.first_day)
    peak = max(totals.calendar)
    days = [
        Day((first + timedelta(days=i)).isoformat(), count, _level(count, peak))
        for i, count in enumerate(totals.calendar)
    ]
    lead = (first.weekday() + 1) % 7  # GitHub's weeks start on Sunday
    padded: list[Day | None] = [None] * lead + list(days)
    padded += [None] * (-len(padded) % 7)
    weeks = [padded[i : i + 7] for i in range(0, len(padded), 7)]
    return Calendar(
        totals=totals,
        weeks=weeks,
        months=_month_starts(weeks),
        busiest=max(days, key=lambda d: (d.count, d.date)) if peak else None,
        longest_streak=_longest_streak(totals.calendar),
        first=days[0].date,
        last=days[-1].date,
    )


def _level(count: int, peak: int) -> int:
    return 0 if count <= 0 or peak <= 0 else max(1, min(4, -(-4 * count // peak)))


def _month_starts(weeks: list[list[Day | None]]) -> list[tuple[int, str]]:
    starts: list[tuple[int, str]] = []
    for index, week in enumerate(weeks):
        for day in week:
            if day is not None and day.date.endswith("-01") and index < len(weeks) - 1:
                starts.append((index, day.date))
    return starts


def _longest_streak(counts: list[int]) -> int:
    best = run = 0
    for count in counts:
        run = run + 1 if count > 0 else 0
        best = max(best, run)
    return best


def contributed(pull_requests: list[PullRequest], settings: ContributionSettings) -> list[ContributedRepo]:
    groups: dict[str, list[PullRequest]] = {}
    for pr in sorted(pull_requests, key=lambda pr: (pr.merged_at, pr.url), reverse=True):
        groups.setdefault(pr.repo.lower(), []).append(pr)
    repos = [
        ContributedRepo(
            repo=prs[0].repo,
            url=prs[0].repo_url,
            stars=max(pr.stars for pr in prs),
            pull_requests=prs[: settings.per_repository],
            more=max(0, len(prs) - settings.per_repository),
        )
        for prs in groups.values()
    ]
    repos.sort(key=lambda r: (-r.stars, -(len(r.pull_requests) + r.more), r.repo.lower()))
    return repos[: settings.repositories]


def words(calendar: Calendar, messages: dict[str, object], locale: str, significance: bool) -> dict[str, str]:
    """The calendar in words, for every format: its title, the facts line (last year's totals)
    and the summary a screen reader gets in place of the picture."""
    totals = calendar.totals

    def n(value: int) -> str:
        return compact(value, significance, locale)

    busiest = calendar.busiest
    return {
        "title": str(messages["contributions_title"]).format(n=n(totals.total)),
        "facts": str(messages["contributions_facts"]).format(
            commits=n(totals.commits),
            pull_requests=n(totals.pull_requests),
            issues=n(totals.issues),
            reviews=n(totals.reviews),
        ),
        "summary": str(messages["contributions_summary"]).format(
            n=n(totals.total),
            first=i18n.format_date(calendar.first, locale),
            last=i18n.format_date(calendar.last, locale),
            busiest=n(busiest.count) if busiest else "0",
            day=i18n.format_date(busiest.date, locale) if busiest else "–",
            streak=calendar.longest_streak,
        ),
    }
