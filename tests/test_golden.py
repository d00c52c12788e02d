"""Golden files: the rendered example, byte for byte. After an intended change to templates:
`.venv/bin/python -m pytest tests/test_golden.py --update-golden`, then review the diff."""

from __future__ import annotations

from pathlib import Path

import pytest

from showcase import api

GOLDEN = Path(__file__).parent / "golden"
FILES = ["README.md", "projects/rust_http_proxy.md", "projects/shadowsocks-rust.md"]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("golden")
    api.demo(out)
    return out


@pytest.mark.parametrize("name", FILES)
def test_matches_golden(rendered, name, update_golden):
    actual = (rendered / name).read_text(encoding="utf-8")
    expected_path = GOLDEN / name
    if update_golden:
        expected_path.parent.mkdir(parents=True, exist_ok=True)
        expected_path.write_text(actual, encoding="utf-8")
    assert actual == expected_path.read_text(encoding="utf-8")
