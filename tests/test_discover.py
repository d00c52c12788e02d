"""Which repositories a profile shows: one pure ranking for fetch and merge."""

from __future__ import annotations

from showcase.discover import curated_keys, discovered, shown_keys
from showcase.models import Resume
from showcase.snapshot import RepoData


def repo(name: str, stars: int = 0, pushed: str = "2026-01-01", **kw: object) -> RepoData:
    return RepoData(
        full_name=f"me/{name}",
        name=name,
        owner="me",
        html_url=f"https://github.com/me/{name}",
        stars=stars,
        pushed_at=f"{pushed}T00:00:00Z",
        **kw,
    )


def resume(**discover: object) -> Resume:
    return Resume.model_validate(
        {
            "basics": {"name": "Me"},
            "projects": [{"name": "C", "repo": "Me/Curated"}],
            "showcase": {"github": "me", "discover": discover},
        }
    )


REPOS = {
    r.key: r
    for r in [
        repo("curated", 100),
        repo("a", 5),
        repo("b", 5, "2026-02-01"),
        repo("c", 9),
        repo("fork", 50, fork=True),
        repo("old", 40, archived=True),
        repo("x.github.io", 30),
    ]
}


def test_most_stars_first_ties_by_latest_push_curated_never_twice():
    names = [r.name for r in discovered(resume(limit=3, exclude=["*.github.io"]), REPOS)]
    assert names == ["c", "b", "a"]


def test_forks_and_archived_only_when_asked():
    assert "fork" not in [r.name for r in discovered(resume(limit=10), REPOS)]
    names = [r.name for r in discovered(resume(limit=10, forks=True, archived=True), REPOS)]
    assert names[:2] == ["fork", "old"]


def test_shown_keys_put_curated_first_and_follow_renames():
    assert curated_keys(resume()) == ["me/curated"]
    assert curated_keys(resume(), {"me/curated": "Me/New-Name"}) == ["me/new-name"]
    assert shown_keys(resume(limit=1), REPOS) == ["me/curated", "me/x.github.io"]
