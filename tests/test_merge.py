from __future__ import annotations

from showcase.merge import merge, slugify
from showcase.models import Resume
from showcase.snapshot import RepoData, Snapshot


def repo(owner: str, name: str, stars: int = 1) -> RepoData:
    return RepoData(
        full_name=f"{owner}/{name}", name=name, owner=owner, html_url=f"https://github.com/{owner}/{name}", stars=stars
    )


def test_slugs_are_strict_and_never_paths():
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("..") == "project" and slugify("") == "project"
    assert slugify(".hidden") == "hidden" and slugify("a b/c") == "a-b-c"


def test_same_repo_name_of_two_owners_gets_two_pages():
    resume = Resume.model_validate(
        {
            "basics": {"name": "Me"},
            "projects": [{"name": "Org tool", "repo": "org/tool"}, {"name": "Mine", "repo": "me/Tool"}],
            "showcase": {"github": "me", "discover": {"limit": 0}},
        }
    )
    snapshot = Snapshot(repos={"org/tool": repo("org", "tool"), "me/tool": repo("me", "Tool")})
    profile, _ = merge(resume, snapshot)
    assert [p.slug for p in profile.projects] == ["tool", "me-Tool"]


def test_curated_fields_win_and_live_fields_fill():
    resume = Resume.model_validate(
        {
            "basics": {"name": "Me"},
            "projects": [{"name": "Nice name", "repo": "me/r", "keywords": ["mine"]}],
            "showcase": {"github": "me"},
        }
    )
    live = repo("me", "r", stars=7).model_copy(update={"description": "live words", "topics": ["theirs"]})
    (project,) = merge(resume, Snapshot(repos={"me/r": live}))[0].projects
    assert project.name == "Nice name" and project.keywords == ["mine"]
    assert project.stars == 7 and project.summary == "live words"


def test_discovery_ranks_by_stars_then_latest_push_and_honours_exclude():
    resume = Resume.model_validate(
        {"basics": {"name": "Me"}, "showcase": {"github": "me", "discover": {"limit": 3, "exclude": ["*.github.io"]}}}
    )
    repos = {
        "me/a": repo("me", "a", 5).model_copy(update={"pushed_at": "2026-01-01"}),
        "me/b": repo("me", "b", 5).model_copy(update={"pushed_at": "2026-02-01"}),
        "me/c": repo("me", "c", 9),
        "me/me.github.io": repo("me", "me.github.io", 99),
        "me/d": repo("me", "d", 1),
    }
    profile, _ = merge(resume, Snapshot(repos=repos))
    assert [p.name for p in profile.projects] == ["c", "b", "a"]
