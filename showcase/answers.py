"""GitHub's JSON answers, validated where they enter (one place, not `.get` chains), and turned
into showcase's own models.

Each model takes only the fields showcase uses and ignores the rest (GitHub adds fields all the
time). Text is cleaned and capped here, before anything parses it; a value that can't be right
(a list where an object belongs, month 13, a lone surrogate, a non-finite number) fails
validation, and fetch decides what that costs: one repository's details, or the run.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from showcase.snapshot import Release, RepoData, UserData

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(limit: int, one_line: bool = True) -> AfterValidator:
    def check(value: str) -> str:
        if _SURROGATE.search(value):
            raise ValueError("holds a lone surrogate")
        value = _CONTROL.sub("", value[: limit * 2])
        value = " ".join(value.split()) if one_line else value.strip()
        return value[:limit]

    return AfterValidator(check)


def _timestamp(value: str) -> str:
    datetime.fromisoformat(value.replace("Z", "+00:00"))  # month 13, day 00 and friends raise
    return value


Name = Annotated[str, _text(200)]
Line = Annotated[str, _text(1000)]  # descriptions, bios: GitHub allows 350 characters
Url = Annotated[str, _text(2000)]
Timestamp = Annotated[str, AfterValidator(_timestamp), Field(max_length=40)]
Count = Annotated[int, Field(ge=0, le=10**12)]


class Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Owner(Answer):
    login: Name


class License(Answer):
    spdx_id: Name | None = None


class ParentRef(Answer):
    full_name: Name


class RepoAnswer(Answer):
    full_name: Name
    name: Name
    owner: Owner
    html_url: Url
    description: Line | None = None
    homepage: Url | None = None
    stargazers_count: Count = 0
    forks_count: Count = 0
    language: Name | None = None
    topics: list[Name] = Field(default=[], max_length=100)
    license: License | None = None
    pushed_at: Timestamp | None = None
    updated_at: Timestamp | None = None
    archived: bool = False
    fork: bool = False
    private: bool = False
    default_branch: Name | None = None
    parent: ParentRef | None = None


class UserAnswer(Answer):
    login: Name
    name: Line | None = None
    bio: Line | None = None
    blog: Url | None = None
    location: Line | None = None
    html_url: Url | None = None
    followers: Count = 0
    public_repos: Count = 0


class ReleaseAnswer(Answer):
    tag_name: Name
    name: Line | None = None
    published_at: Timestamp | None = None
    created_at: Timestamp | None = None
    html_url: Url | None = None
    draft: bool = False
    prerelease: bool = False


class ReadmeLinks(Answer):
    html: Url | None = None


class ReadmeAnswer(Answer):
    path: Annotated[str, _text(500)] | None = None
    name: Name | None = None
    size: Count = 0
    content: str | None = None
    html_url: Url | None = None
    links: ReadmeLinks | None = Field(default=None, alias="_links")

    @property
    def page(self) -> str | None:
        """The README's page on github.com; older answers give it only in `_links.html`."""
        return self.html_url or (self.links.html if self.links else None)


LANGUAGES = TypeAdapter(dict[Name, Count])
RELEASES = TypeAdapter(list[ReleaseAnswer])

Model = TypeVar("Model", bound=Answer)


def parse(model: type[Model], data: Any) -> Model:
    """`data` as `model`; a ValueError with one short line when it doesn't fit."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise MalformedAnswer(describe(exc)) from None


def parse_with(adapter: TypeAdapter[Any], data: Any) -> Any:
    try:
        return adapter.validate_python(data)
    except ValidationError as exc:
        raise MalformedAnswer(describe(exc)) from None


class MalformedAnswer(ValueError):
    """An answer that doesn't have the shape GitHub documents."""


def describe(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "the answer"
    return f"{where}: {str(first['msg'])[:100]} ({exc.error_count()} problem(s))"


# ---- GitHub's shapes → ours -------------------------------------------------------------


def to_repo(raw: RepoAnswer) -> RepoData:
    """Fields with the same name in RepoAnswer and RepoData are copied as they are (so a new
    GitHub field needs no line here); the rest are GitHub's shapes turned into ours."""
    same = {name: value for name, value in raw.model_dump().items() if name in RepoData.model_fields}
    return RepoData.model_validate(
        {
            **same,
            "owner": raw.owner.login,
            "description": raw.description or None,
            "homepage": raw.homepage or None,
            "stars": raw.stargazers_count,
            "forks": raw.forks_count,
            "topics": sorted(raw.topics),
            "license": raw.license.spdx_id if raw.license else None,
            "default_branch": raw.default_branch or "main",
            "parent": raw.parent.full_name if raw.parent else None,
        }
    )


def to_release(raw: ReleaseAnswer) -> Release:
    return Release(
        tag=raw.tag_name,
        name=raw.name or None,
        published_at=raw.published_at,
        url=raw.html_url,
        prerelease=raw.prerelease,
    )


def to_user(raw: UserAnswer) -> UserData:
    return UserData(
        login=raw.login,
        name=raw.name,
        bio=raw.bio,
        blog=raw.blog or None,
        location=raw.location,
        html_url=raw.html_url,
        followers=raw.followers,
        public_repos=raw.public_repos,
    )
