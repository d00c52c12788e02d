from __future__ import annotations

import os

import pytest

from showcase.errors import UsageError
from showcase.markers import GENERATED
from showcase.write import apply, plan_outputs, safe_join, write_atomic


@pytest.mark.parametrize("bad", ["../x.md", "/etc/passwd", "projects/../../x", "a\\..\\b", ""])
def test_nothing_can_be_written_outside_out(tmp_path, bad):
    with pytest.raises(UsageError):
        safe_join(tmp_path, bad)


def test_symlink_escape_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "out"
    root.mkdir()
    (root / "projects").symlink_to(outside)
    with pytest.raises(UsageError):
        safe_join(root, "projects/x.md")


def test_unchanged_files_are_not_rewritten(tmp_path):
    (tmp_path / "a.md").write_text("same")
    os.utime(tmp_path / "a.md", (1, 1))
    plan = plan_outputs(tmp_path, {"a.md": "same", "b.md": "new"})
    apply(plan)
    assert (tmp_path / "a.md").stat().st_mtime == 1
    assert (tmp_path / "b.md").read_text() == "new"


def test_stale_generated_pages_are_removed_but_hand_written_ones_stay(tmp_path):
    projects = tmp_path / "projects"
    projects.mkdir()
    (projects / "old.md").write_text(GENERATED + "\n# old\n")
    (projects / "mine.md").write_text("# my notes\n")
    plan = plan_outputs(tmp_path, {"projects/new.md": GENERATED + "\n# new\n"})
    apply(plan)
    assert not (projects / "old.md").exists()
    assert (projects / "mine.md").read_text() == "# my notes\n"


def test_atomic_write_leaves_no_temp_file_and_keeps_mode(tmp_path):
    target = tmp_path / "f.md"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and (target.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["f.md"]


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "f.md"
    target.write_text("old")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.md"]
