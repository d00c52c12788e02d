"""Nothing hand-written is lost; nothing showcase no longer produces stays; every write is all-or-nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import tree_bytes as _all_files

from showcase import api, write
from showcase.errors import RefusedOverwrite
from showcase.markers import GENERATED
from showcase.merge import merge, slugify
from showcase.models import Resume
from showcase.snapshot import Readme, RepoData, Snapshot, UserData, dumps

CONFIG = "basics: {name: Me}\nshowcase:\n  github: me\n  outputs: {html: true, cards: true}\n"


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under root but the run lock (an empty file a refused run may create)."""
    files = _all_files(root)
    files.pop(".showcase/lock", None)
    return files


def _repo(name: str, stars: int = 1) -> RepoData:
    return RepoData(
        full_name=f"me/{name}",
        name=name,
        owner="me",
        html_url=f"https://github.com/me/{name}",
        stars=stars,
        readme=Readme(path="README.md", excerpt=f"{name} does things."),  # enough for a page of its own
    )


def _site(tmp_path: Path, names: list[str], config: str = CONFIG) -> Path:
    """An output folder whose snapshot holds repositories `names` (rendered offline)."""
    (tmp_path / "showcase.yaml").write_text(config, encoding="utf-8")
    snapshot = Snapshot(
        user=UserData(login="me"), repos={f"me/{n}".lower(): _repo(n, 10 - i) for i, n in enumerate(names)}
    )
    path = tmp_path / ".showcase" / "snapshot.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(dumps(snapshot), encoding="utf-8")
    return tmp_path / "showcase.yaml"


# ---- hand-written files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "relative", ["projects/alpha.md", "site/index.html", "site/projects/alpha.html", "assets/stats.svg"]
)
def test_a_file_showcase_did_not_write_is_never_overwritten(tmp_path, relative):
    config = _site(tmp_path, ["alpha"])
    mine = tmp_path / relative
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("my own words\n")
    before = tree_bytes(tmp_path)
    with pytest.raises(RefusedOverwrite) as refused:
        api.render(config)
    assert relative in refused.value.message and "--force" in (refused.value.hint or "")
    assert tree_bytes(tmp_path) == before  # nothing else written either
    api.render(config, force=True)
    assert mine.read_text() != "my own words\n"


def test_refusal_is_exit_1_with_a_how_to(tmp_path):
    config = _site(tmp_path, ["alpha"])
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "stats.svg").write_text("<svg>mine</svg>")
    done = subprocess.run(
        [sys.executable, "-m", "showcase", "render", "-c", str(config)], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "assets/stats.svg" in done.stderr and "hint:" in done.stderr and "--force" in done.stderr


def test_hand_written_files_beside_generated_ones_are_never_deleted(tmp_path):
    config = _site(tmp_path, ["alpha", "beta"])
    api.render(config)
    for relative in ("projects/notes.md", "site/projects/notes.html", "assets/logo.svg", "site/extra.css"):
        (tmp_path / relative).write_text("mine\n")
    _site(tmp_path, [])
    api.render(config)
    for relative in ("projects/notes.md", "site/projects/notes.html", "assets/logo.svg", "site/extra.css"):
        assert (tmp_path / relative).read_text() == "mine\n"


# ---- nothing stale or private stays public ------------------------------------------------------------


def test_a_repository_gone_private_leaves_no_page_anywhere(tmp_path):
    config = _site(tmp_path, ["alpha", "secret"])
    api.render(config)
    assert (tmp_path / "site" / "projects" / "secret.html").exists()
    _site(tmp_path, ["alpha"])  # `secret` went private: the listing no longer has it
    result = api.render(config)
    assert {"projects/secret.md", "site/projects/secret.html"} <= set(result.deleted)
    for path, data in tree_bytes(tmp_path).items():
        assert b"secret" not in data, path


def test_switching_outputs_off_removes_what_they_wrote(tmp_path):
    config = _site(tmp_path, ["alpha"])
    api.render(config)
    assert (tmp_path / "assets" / "stats.svg").exists() and (tmp_path / "site" / "index.html").exists()
    (tmp_path / "showcase.yaml").write_text(CONFIG.replace("html: true, cards: true", "html: false, cards: false"))
    api.render(config)
    assert not list((tmp_path / "assets").glob("*")) and not list((tmp_path / "site").rglob("*.*"))


def test_a_generated_page_edited_by_hand_is_kept_when_no_longer_produced(tmp_path):
    config = _site(tmp_path, ["alpha", "beta"])
    api.render(config)
    (tmp_path / "projects" / "beta.md").write_text("my edits\n")
    _site(tmp_path, ["alpha"])
    result = api.render(config)
    assert (tmp_path / "projects" / "beta.md").read_text() == "my edits\n"
    assert any("beta.md" in warning and "by hand" in warning for warning in result.warnings)


# ---- names that differ only by case; names Windows reserves ----------------------------------------------


def test_slugs_are_unique_case_insensitively():
    resume = Resume.model_validate({"basics": {"name": "Me"}, "showcase": {"github": "me", "discover": {"limit": 5}}})
    snapshot = Snapshot(repos={"me/foo": _repo("foo", 3), "me/Foo2": _repo("Foo", 2), "me/FOO": _repo("FOO", 1)})
    profile, _ = merge(resume, snapshot)
    slugs = [p.slug for p in profile.projects]
    assert len({s.casefold() for s in slugs}) == 3, slugs


@pytest.mark.parametrize("name", ["CON", "aux", "Nul", "com1", "LPT9", "con.tools", "prn"])
def test_windows_reserved_names_get_a_safe_slug(name):
    stem = slugify(name).partition(".")[0].lower()
    assert stem not in {"con", "prn", "aux", "nul", "com1", "lpt9"}


def test_a_rename_by_case_never_deletes_the_new_page_on_a_case_insensitive_disk(tmp_path, monkeypatch):
    config = _site(tmp_path, ["Foo"])
    api.render(config)
    # On macOS or Windows `projects/Foo.md` and `projects/foo.md` are one file.
    monkeypatch.setattr(write, "_same_entry", lambda a, b: a.name.casefold() == b.name.casefold())
    _site(tmp_path, ["foo"])
    plan, _ = api.plan_render(api.load_config(config), _snapshot(tmp_path), tmp_path, config, force=False)
    assert not [p for p in plan.deletions if p.name.casefold() == "foo.md"], plan.deletions
    assert not [p for p in plan.deletions if p.name.casefold() == "foo.html"], plan.deletions


def test_a_rename_by_case_on_a_case_sensitive_disk_leaves_one_page(tmp_path):
    config = _site(tmp_path, ["Foo"])
    api.render(config)
    _site(tmp_path, ["foo"])
    api.render(config)
    assert sorted(p.name for p in (tmp_path / "projects").iterdir()) == ["foo.md"]


def _snapshot(root: Path) -> Snapshot:
    from showcase import snapshot

    loaded = snapshot.load(root / ".showcase" / "snapshot.json")
    assert loaded is not None
    return loaded


# ---- all or nothing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("failing", ["rename", "stage"])
def test_a_failed_write_leaves_every_file_as_it_was(tmp_path, monkeypatch, failing):
    config = _site(tmp_path, ["alpha"])
    api.render(config)
    _site(tmp_path, ["alpha", "beta"])  # beta: a new page, linked from the new README and index
    before = tree_bytes(tmp_path)
    real_replace, real_open = os.replace, open

    def replace(src, dst, *args, **kwargs):
        if failing == "rename" and str(dst).endswith("beta.md"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst, *args, **kwargs)

    def opener(file, mode="r", *args, **kwargs):
        if failing == "stage" and "beta.html" in str(file) and "x" in mode:
            raise OSError(28, "No space left on device")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr("builtins.open", opener)
    with pytest.raises(OSError):
        api.render(config)
    monkeypatch.undo()
    assert tree_bytes(tmp_path) == before  # README.md and site/index.html never link a page that was not written


def test_temp_files_of_a_killed_run_are_removed_and_never_committed(tmp_path):
    config = _site(tmp_path, ["alpha"])
    api.render(config)
    leftovers = [
        tmp_path / "projects" / ".alpha.md.1a2b3c4d.showcase-tmp",
        tmp_path / ".README.md.00ff00ff.showcase-tmp",
    ]
    for path in leftovers:
        path.write_text("half")
    result = api.render(config)
    assert not any(path.exists() for path in leftovers)
    assert any("interrupted run" in warning for warning in result.warnings)
    script = (Path(__file__).parent.parent / "showcase" / "data" / "commit-if-changed.sh").read_text()
    assert "showcase-tmp" in script


# ---- two runs at once ---------------------------------------------------------------------------------


def test_two_runs_into_one_folder_take_turns(tmp_path, monkeypatch):
    config = _site(tmp_path, ["alpha"])
    api.render(config)
    inside, release = threading.Event(), threading.Event()
    real_apply = write.apply
    order: list[str] = []

    def slow_apply(plan):
        if threading.current_thread().name == "first":
            inside.set()
            release.wait(5)
        real_apply(plan)
        order.append(threading.current_thread().name)

    monkeypatch.setattr(api, "apply", slow_apply)
    first = threading.Thread(target=api.render, args=(config,), name="first")
    second = threading.Thread(target=api.render, args=(config,), kwargs={"force": True}, name="second")
    first.start()
    assert inside.wait(5)
    second.start()
    time.sleep(0.5)
    assert order == []  # the second waits for the first's lock
    release.set()
    first.join(10)
    second.join(10)
    assert order == ["first", "second"]


def test_legacy_generated_pages_are_still_recognised(tmp_path):
    """Before manifests, project pages carried the generated header: still showcase's, still replaced."""
    config = _site(tmp_path, ["alpha"])
    (tmp_path / "projects").mkdir()
    (tmp_path / "projects" / "alpha.md").write_text(GENERATED + "\n# old\n")
    (tmp_path / "projects" / "gone.md").write_text(GENERATED + "\n# gone\n")
    api.render(config)
    assert "# old" not in (tmp_path / "projects" / "alpha.md").read_text()
    assert not (tmp_path / "projects" / "gone.md").exists()
