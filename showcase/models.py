"""The curated half: JSON Resume's vocabulary plus the `showcase:` settings.

Field names are JSON Resume's own (camelCase aliases), so a JSON Resume document
validates as it is. Every model forbids unknown keys: a typo is an error with a
"did you mean" hint, never a silently ignored field.
"""

from __future__ import annotations

import re
import typing
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
REPO_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")
LOGIN_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")


def _date_text(value: Any) -> Any:
    # YAML reads `2019` as an int; a date is still a date.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _check_date(value: str) -> str:
    if not DATE_RE.match(value):
        raise ValueError(f'expected YYYY, YYYY-MM or YYYY-MM-DD, got "{value}"')
    return value


def _check_repo(value: str) -> str:
    if not REPO_RE.match(value) or value.split("/")[1] in {".", ".."}:
        raise ValueError(f'expected owner/name, got "{value}"')
    return value


def _check_login(value: str) -> str:
    if not LOGIN_RE.match(value):
        raise ValueError(f'expected a GitHub login (letters, digits, "-"), got "{value}"')
    return value


PartialDate = Annotated[str, BeforeValidator(_date_text), AfterValidator(_check_date)]
RepoRef = Annotated[str, AfterValidator(_check_repo)]
Login = Annotated[str, AfterValidator(_check_login)]


class Strict(BaseModel):
    """Base: JSON Resume field names, unknown keys rejected, immutable once loaded."""

    model_config = ConfigDict(
        extra="forbid",
        alias_generator=to_camel,
        validate_by_alias=True,
        validate_by_name=False,
        serialize_by_alias=True,
        frozen=True,
    )


class Profile(Strict):
    network: str
    username: str | None = None
    url: str | None = None


class Location(Strict):
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country_code: str | None = None
    region: str | None = None


class Basics(Strict):
    name: str
    label: str | None = None
    image: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: list[Profile] = []


class Highlight(Strict):
    """A bullet with nested bullets: `{text, items: [str]}`."""

    text: str
    items: list[str] = []


HighlightItem = str | Highlight


class Work(Strict):
    name: str
    position: str | None = None
    location: str | None = None
    description: str | None = None
    url: str | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    summary: str | None = None
    highlights: list[HighlightItem] = []


class Volunteer(Strict):
    organization: str
    position: str | None = None
    url: str | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    summary: str | None = None
    highlights: list[HighlightItem] = []


class Education(Strict):
    institution: str
    url: str | None = None
    area: str | None = None
    study_type: str | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    score: str | None = None
    courses: list[str] = []


class Award(Strict):
    title: str
    date: PartialDate | None = None
    awarder: str | None = None
    summary: str | None = None


class Certificate(Strict):
    name: str
    date: PartialDate | None = None
    issuer: str | None = None
    url: str | None = None


class Publication(Strict):
    name: str
    publisher: str | None = None
    release_date: PartialDate | None = None
    url: str | None = None
    summary: str | None = None


class Skill(Strict):
    name: str
    level: str | None = None
    keywords: list[str] = []


class Language(Strict):
    language: str
    fluency: str | None = None


class Interest(Strict):
    name: str
    keywords: list[str] = []


class Reference(Strict):
    name: str
    reference: str | None = None


class Project(Strict):
    name: str
    repo: RepoRef | None = Field(default=None, description="owner/name of the GitHub repository this project is.")
    description: str | None = None
    highlights: list[HighlightItem] = []
    keywords: list[str] = []
    url: str | None = None
    roles: list[str] = []
    entity: str | None = None
    type: str | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None


class Meta(Strict):
    model_config = ConfigDict(extra="allow")

    canonical: str | None = None
    version: str | None = None
    last_modified: str | None = None


# ---- showcase: settings -------------------------------------------------------------


class Discover(Strict):
    limit: int = Field(default=6, ge=0, le=100)
    forks: bool = False
    archived: bool = False
    exclude: list[str] = Field(default=[], description="Glob patterns matched against name and owner/name.")
    pinned: bool = Field(default=True, description="Pinned repositories first (needs a token: GitHub's GraphQL API).")


class Outputs(Strict):
    readme: bool = True
    pages: bool = True
    html: bool = False
    cards: bool = True
    pdf: bool = Field(default=False, description="resume.pdf, typeset by Typst; CJK text needs a CJK font installed.")


SectionName = Literal[
    "header",
    "projects",
    "contributions",
    "releases",
    "posts",
    "stats",
    "work",
    "education",
    "skills",
    "publications",
    "awards",
    "languages",
]
SECTIONS: tuple[SectionName, ...] = typing.get_args(SectionName)  # the default order of the full layout
# The compact layout's default: the cards right under the hook, then projects and what's new.
COMPACT_SECTIONS: tuple[SectionName, ...] = ("header", "stats", *(s for s in SECTIONS if s not in {"header", "stats"}))


class Blog(Strict):
    feed: str | list[str] = Field(description="RSS 2.0 or Atom feed URL, or several to merge.")
    limit: int = Field(default=5, ge=1, le=50)

    @property
    def feeds(self) -> list[str]:
        return [self.feed] if isinstance(self.feed, str) else list(self.feed)


class Cards(Strict):
    top_languages: int = Field(default=6, ge=1, le=12, description="Languages named on the card; the rest is Other.")
    ignore_languages: list[str] = Field(
        default=[], description="Left out of the languages card, e.g. Jupyter Notebook."
    )


class ContributionSettings(Strict):
    repositories: int = Field(default=6, ge=0, le=50, description="Repositories in the open-source section.")
    per_repository: int = Field(default=3, ge=1, le=20, description="Merged pull requests named per repository.")
    calendar: bool = Field(default=True, description="The contribution calendar card (needs a token).")


class Releases(Strict):
    limit: int = Field(default=5, ge=0, le=50)
    prereleases: bool = Field(default=False, description="Show a prerelease when it is newer than the latest release.")


Locale = Literal["en", "zh"]


def _unique_locales(value: list[str]) -> list[str]:
    if not value:
        raise ValueError("name at least one language")
    if len(set(value)) != len(value):
        raise ValueError("a language is listed twice")
    return value


def _unique_sections(value: list[str]) -> list[str]:
    duplicates = sorted({name for name in value if value.count(name) > 1})
    if duplicates:
        raise ValueError(f"listed twice: {', '.join(duplicates)}")
    return value


def _check_site_url(value: str) -> str:
    if not re.match(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/%-]*)?$", value):
        raise ValueError(f"expected an http(s) address like https://me.github.io/, got {value!r}")
    return value


class Settings(Strict):
    github: Login | None = Field(
        default=None, description="GitHub login; default: the GitHub entry of basics.profiles."
    )
    repository: RepoRef | Literal[False] | None = Field(
        default=None,
        description="OWNER/REPO whose root the README is: its links to pages and cards are absolute, so they work "
        "on the profile page (github.com/LOGIN) too. Default: LOGIN/LOGIN, the profile repository; false: relative links.",
    )
    site_url: Annotated[str, AfterValidator(_check_site_url)] | None = Field(
        default=None,
        description="Where the site (outputs.html) is published; default for the profile repository on github.com: "
        "https://LOGIN.github.io/LOGIN/ (GitHub Pages).",
    )
    discover: Discover = Discover()
    hide: list[str] = Field(default=[], description="Dotted paths never written to any output, e.g. basics.phone.")
    locale: Locale = Field(default="en", description="The language written (labels, dates); with locales, the first.")
    locales: Annotated[list[Locale], AfterValidator(_unique_locales)] | None = Field(
        default=None,
        description="Languages to write, the first as README.md and the others as README.LANG.md, projects/NAME.LANG.md, "
        "site/index.LANG.html, resume.LANG.pdf, each linking to the others. Any text may then be a map of languages, "
        "e.g. summary: {en: …, zh: …}; a missing language falls back to the first.",
    )
    outputs: Outputs = Outputs()
    excerpt_width: int = Field(default=160, ge=20, le=2000, description="Excerpt length in display columns.")
    layout: Literal["compact", "full"] = Field(
        default="compact",
        description="compact: a hook, the cards, projects and news in the first screen, the résumé in one line per "
        "entry with details folded; full: every section written out.",
    )
    sections: Annotated[list[SectionName], AfterValidator(_unique_sections)] = Field(
        default=list(COMPACT_SECTIONS),
        description="README sections, in order; leave one out to switch it off. Empty ones are skipped. "
        "Default: the cards (stats) right after the header in the compact layout, after posts in the full one.",
    )
    blog: Blog | None = None
    releases: Releases = Releases()
    contributions: ContributionSettings = Field(
        default=ContributionSettings(),
        description="Merged pull requests into others' repositories and the calendar (GitHub's GraphQL API).",
    )
    cards: Cards = Cards()
    significance: bool = Field(
        default=True,
        description="Show volatile counts at readable precision (1.2k), so small changes don't rewrite the README.",
    )

    @model_validator(mode="before")
    @classmethod
    def _default_order_follows_the_layout(cls, data: Any) -> Any:
        if isinstance(data, dict) and "sections" not in data and data.get("layout") == "full":
            return {**data, "sections": list(SECTIONS)}
        return data

    @model_validator(mode="after")
    def _locale_is_one_of_the_locales(self) -> Settings:
        if self.locales and self.locale not in self.locales:
            raise ValueError(
                f"locale {self.locale} is not one of locales ({', '.join(self.locales)}): leave locale out"
            )
        return self

    @property
    def languages(self) -> list[str]:
        """Every language written, the first one the main README's."""
        return list(self.locales) if self.locales else [self.locale]

    def in_language(self, language: str) -> Settings:
        """These settings writing `language` (one of `languages`)."""
        return self.model_copy(update={"locale": language})


class Resume(Strict):
    """A showcase.yaml: a JSON Resume document plus `showcase:` settings."""

    schema_: str | None = Field(default=None, alias="$schema")
    basics: Basics
    work: list[Work] = []
    volunteer: list[Volunteer] = []
    education: list[Education] = []
    awards: list[Award] = []
    certificates: list[Certificate] = []
    publications: list[Publication] = []
    skills: list[Skill] = []
    languages: list[Language] = []
    interests: list[Interest] = []
    references: list[Reference] = []
    projects: list[Project] = []
    meta: Meta | None = None
    showcase: Settings = Settings()

    @property
    def login(self) -> str | None:
        """The GitHub login: `showcase.github`, else the GitHub entry of `basics.profiles`."""
        if self.showcase.github:
            return self.showcase.github
        for profile in self.basics.profiles:
            if profile.network.lower() == "github":
                if profile.username:
                    return profile.username
                if profile.url:
                    return profile.url.rstrip("/").rsplit("/", 1)[-1] or None
        return None
