"""The snapshot file: stable bytes, clear errors, forward-compatible versions."""

from __future__ import annotations

import pytest

from showcase.errors import UsageError
from showcase.snapshot import Post, RepoData, Snapshot, dumps, load, loads


def test_bytes_do_not_depend_on_insertion_order():
    a = RepoData(full_name="me/a", name="a", owner="me", html_url="h", topics=["z", "a"])
    b = RepoData(full_name="me/b", name="b", owner="me", html_url="h")
    posts = [Post(title="old", published="2026-01-01", feed="f"), Post(title="new", published="2026-02-01", feed="f")]
    one = Snapshot(repos={"me/a": a, "me/b": b}, missing=["x", "x"], posts=posts)
    two = Snapshot(repos={"me/b": b, "me/a": a}, missing=["x"], posts=list(reversed(posts)))
    assert dumps(one) == dumps(two)
    assert loads(dumps(one), "s").posts[0].title == "new"


def test_a_renamed_repository_is_found_by_its_old_name():
    repo = RepoData(full_name="psf/requests", name="requests", owner="psf", html_url="h")
    snapshot = Snapshot(repos={"psf/requests": repo}, renamed={"kennethreitz/requests": "psf/requests"})
    assert snapshot.repo("KennethReitz/Requests") == repo


@pytest.mark.parametrize(
    "text, expected",
    [
        ("{not json", "s:1:2: snapshot is not valid JSON"),
        ('{"schema_version": 99}', "newer than this showcase understands"),
        ('{"repos": {"a": {"name": 1}}}', "snapshot field repos.a"),
    ],
)
def test_a_broken_snapshot_is_one_clear_line(text, expected):
    with pytest.raises(UsageError) as caught:
        loads(text, "s")
    assert expected in caught.value.message and caught.value.hint


def test_no_snapshot_yet_is_none(tmp_path):
    assert load(tmp_path / "missing.json") is None
