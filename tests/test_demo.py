"""The bundled example, as `make demo` renders it."""

from __future__ import annotations

import pytest
from conftest import tree_bytes

from showcase import api


@pytest.fixture
def demo_out(tmp_path):
    out = tmp_path / "showcase-demo"
    api.demo(out)
    return out


def test_demo_names_the_person_projects_work_and_school(demo_out):
    readme = (demo_out / "README.md").read_text()
    # Compact: a hook instead of the name GitHub's sidebar shows; the full site names the person.
    assert readme.startswith(
        "<!-- showcase:start header -->\n**English** · [中文](https://github.com/arloor/arloor/blob/HEAD/README.zh.md)\n\n"
        "**Software Engineer"
    )
    assert "<h1>Ganghuan Liu</h1>" in (demo_out / "site" / "index.html").read_text()
    for project in ("rust_http_proxy", "axum-bootstrap", "shadowsocks-rust"):
        assert f"projects/{project}.md" in readme
    # bpf_rs_hub has no README excerpt, highlights or release: its line links the repository.
    assert "[bpf_rs_hub](https://github.com/arloor/bpf_rs_hub)" in readme
    for employer in ("ByteDance", "Xiaohongshu", "MeiTuan", "China Merchants Bank"):
        assert employer in readme
    assert "Nanjing University" in readme
    assert "  - Instrumentation: Implemented client-side instrumentation" in readme  # nested, folded in <details>
    assert "<details><summary>Details</summary>" in readme
    assert "(fork)" not in readme and "fork of [shadowsocks/shadowsocks-rust]" in readme  # fork said once
    page = (demo_out / "projects" / "rust_http_proxy.md").read_text()
    assert "| |" not in page and "|---|" not in page and "Rust " in page  # languages inline, no empty table header


def test_demo_writes_a_page_per_project(demo_out):
    pages = sorted(p.name for p in (demo_out / "projects").glob("*.md"))
    english = ["axum-bootstrap.md", "rust_http_proxy.md", "shadowsocks-rust.md"]  # bpf_rs_hub is thin
    assert pages == sorted(english + [name.replace(".md", ".zh.md") for name in english])


def test_phone_number_appears_nowhere(demo_out):
    for name, data in tree_bytes(demo_out).items():
        assert b"17625955421" not in data, name


def test_second_demo_changes_no_byte(demo_out):
    before = tree_bytes(demo_out)
    result = api.demo(demo_out)
    assert not result.changed
    assert tree_bytes(demo_out) == before


def test_example_snapshot_says_its_counts_are_sample_data():
    from showcase.resources import example_dir
    from showcase.snapshot import SNAPSHOT_PATH, load

    snapshot = load(example_dir() / SNAPSHOT_PATH)
    assert "SAMPLE" in snapshot.note
