"""One view model per section, built once and rendered by every format.

The README, the site and (later) the PDF lay out the same `Section` objects; what a section shows
is decided here, not in each template. A résumé section is a list of `Entry`s; an entry's fields
are all shown by every format that can hold them, so adding a field means: the model, the builder
below, and one line in each format's entry macro.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from showcase.merge import Profile
from showcase.models import SECTIONS, HighlightItem, Settings


@dataclass(frozen=True)
class Entry:
    """One item of a résumé section. `summary`, `details` and `note` are the owner's inline Markdown."""

    title: str
    url: str | None = None
    subtitle: str | None = None  # position, degree, level, awarder, publisher, fluency
    when: str | None = None  # dates, already formatted for the locale
    where: str | None = None  # a location
    summary: str | None = None
    details: list[HighlightItem] = field(default_factory=list)  # highlights, courses, keywords
    note: str | None = None  # a score


@dataclass(frozen=True)
class Section:
    name: str  # one of models.SECTIONS: also the README marker name and the HTML id
    title: str
    # "entries": headed blocks (work, education); "list": one line each; "inline": one line in all.
    layout: str = "list"
    entries: list[Entry] = field(default_factory=list)

    @property
    def template(self) -> str:
        return self.name if self.name in _OWN_TEMPLATE else "entries"


# Sections whose data isn't a list of entries; each has a template of its own in every format.
_OWN_TEMPLATE = {"header", "projects", "contributions", "releases", "posts", "stats"}

DateRange = Callable[[Any, Any], str]
Date = Callable[[Any], str]


def build(
    profile: Profile, settings: Settings, t: dict[str, object], date_range: DateRange, date: Date
) -> list[Section]:
    """The sections `settings.sections` asks for, in its order, each only when it has content."""
    builders: dict[str, Callable[[], Section | None]] = {
        "header": lambda: Section("header", str(t["about"])),
        "projects": lambda: Section("projects", str(t["projects"])) if profile.projects else None,
        "contributions": lambda: Section("contributions", str(t["contributions"])) if profile.contributed else None,
        "releases": lambda: Section("releases", str(t["releases"])) if profile.releases else None,
        "posts": lambda: Section("posts", str(t["posts"])) if profile.posts else None,
        "stats": lambda: Section("stats", str(t["stats"])) if profile.user else None,
        "work": lambda: _work(profile, t, date_range),
        "education": lambda: _education(profile, t, date_range),
        "skills": lambda: _skills(profile, t),
        "publications": lambda: _publications(profile, t, date),
        "awards": lambda: _awards(profile, t, date),
        "languages": lambda: _languages(profile, t),
    }
    assert set(builders) == set(SECTIONS), "every section has a builder"
    built = (builders[name]() for name in settings.sections)
    return [section for section in built if section is not None]


def _section(name: str, t: dict[str, object], layout: str, entries: list[Entry]) -> Section | None:
    return Section(name, str(t[name]), layout, entries) if entries else None


def _work(profile: Profile, t: dict[str, object], date_range: DateRange) -> Section | None:
    entries = [
        Entry(
            title=w.name,
            url=w.url,
            subtitle=w.position,
            when=date_range(w.start_date, w.end_date),
            where=w.location,
            summary=w.summary,
            details=list(w.highlights),
        )
        for w in profile.resume.work
    ]
    return _section("work", t, "entries", entries)


def _education(profile: Profile, t: dict[str, object], date_range: DateRange) -> Section | None:
    entries = [
        Entry(
            title=e.institution,
            url=e.url,
            subtitle=str(t["study_in"]).format(type=e.study_type, area=e.area)
            if e.study_type and e.area
            else (e.study_type or e.area),
            when=date_range(e.start_date, e.end_date) if (e.start_date or e.end_date) else None,
            note=e.score,
            details=list(e.courses),
        )
        for e in profile.resume.education
    ]
    return _section("education", t, "entries", entries)


def _skills(profile: Profile, t: dict[str, object]) -> Section | None:
    entries = [Entry(title=s.name, subtitle=s.level, details=list(s.keywords)) for s in profile.resume.skills]
    return _section("skills", t, "list", entries)


def _publications(profile: Profile, t: dict[str, object], date: Date) -> Section | None:
    entries = [
        Entry(
            title=p.name,
            url=p.url,
            subtitle=p.publisher,
            when=date(p.release_date) if p.release_date else None,
            summary=p.summary,
        )
        for p in profile.resume.publications
    ]
    return _section("publications", t, "list", entries)


def _awards(profile: Profile, t: dict[str, object], date: Date) -> Section | None:
    entries = [
        Entry(title=a.title, subtitle=a.awarder, when=date(a.date) if a.date else None, summary=a.summary)
        for a in profile.resume.awards
    ]
    return _section("awards", t, "list", entries)


def _languages(profile: Profile, t: dict[str, object]) -> Section | None:
    entries = [Entry(title=lang.language, subtitle=lang.fluency) for lang in profile.resume.languages]
    return _section("languages", t, "inline", entries)
