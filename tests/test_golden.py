"""Golden files: the rendered example, byte for byte, in every format: the README (English and
Chinese), project pages, the site's HTML and the SVG cards. After an intended change to templates:
`.venv/bin/python -m pytest tests/test_golden.py --update-golden`, then review the diff."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from showcase import api
from showcase.resources import example_dir

GOLDEN = Path(__file__).parent / "golden"
FILES = [
    "README.md",
    "projects/rust_http_proxy.md",
    "projects/shadowsocks-rust.md",
    "site/index.html",
    "site/projects/rust_http_proxy.html",
    "assets/stats.svg",
    "assets/languages-dark.svg",
]
ZH_FILES = ["README.md", "assets/languages.svg"]


def _render(out: Path, locale: str) -> Path:
    """The bundled example (which has the site on), in `locale`."""
    shutil.copytree(example_dir(), out, dirs_exist_ok=True)
    config = out / "showcase.yaml"
    text = config.read_text(encoding="utf-8")
    assert "  locale: en\n" in text and "    html: true\n" in text  # the example builds the site
    text = text.replace("  locale: en\n", f"  locale: {locale}\n")
    if locale != "en":  # the zh goldens: a config written in Chinese alone, and text only
        text = re.sub(r"  locales: \[en, zh\].*\n", "", text)
        text = text.replace("    pdf: true\n", "    pdf: false\n")
    config.write_text(text, encoding="utf-8")
    # As the demo does: a Chinese PDF needs a CJK font (tests/test_pdf.py); these goldens are text.
    api.render(config, out, pdf_optional=True)
    return out


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    return _render(tmp_path_factory.mktemp("golden"), "en")


@pytest.fixture(scope="module")
def rendered_zh(tmp_path_factory):
    return _render(tmp_path_factory.mktemp("golden-zh"), "zh")


def _compare(actual: str, expected_path: Path, update: bool) -> None:
    if update:
        expected_path.parent.mkdir(parents=True, exist_ok=True)
        expected_path.write_text(actual, encoding="utf-8")
    assert actual == expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", FILES)
def test_matches_golden(rendered, name, update_golden):
    _compare((rendered / name).read_text(encoding="utf-8"), GOLDEN / name, update_golden)


@pytest.mark.parametrize("name", ZH_FILES)
def test_zh_matches_golden(rendered_zh, name, update_golden):
    _compare((rendered_zh / name).read_text(encoding="utf-8"), GOLDEN / "zh" / name, update_golden)


def test_the_example_renders_as_the_demo_does(rendered, tmp_path):
    """The goldens are the demo's output (plus the site): `make demo` shows what they pin."""
    api.demo(tmp_path)
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == (rendered / "README.md").read_text(encoding="utf-8")
