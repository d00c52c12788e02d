"""README excerpts: unit cases, and the 53-README corpus in ../shared/data/readmes."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED

from showcase.excerpt import extract

CORPUS = SHARED / "data" / "readmes"


def judge(entry: dict, excerpt: str) -> str | None:
    """None when right; else why not."""
    if entry.get("no_prose"):
        return None if excerpt == "" else "expected no excerpt"
    starts = [entry["expected_excerpt_start"], *entry.get("alt_excerpt_starts", [])]
    if not any(excerpt.startswith(start) for start in starts):
        return "starts wrong"
    bad = [s for s in entry.get("must_not_contain", []) if s in excerpt]
    return f"contains {bad}" if bad else None


def test_corpus_score_at_least_90_percent():
    assert CORPUS.is_dir(), f"the README corpus is missing at {CORPUS} (set SHOWCASE_SHARED)"
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    misses = []
    for entry in manifest:
        text = (CORPUS / entry["file"]).read_text(encoding="utf-8")
        excerpt = extract(text, entry.get("path") or "README.md")
        why = judge(entry, excerpt)
        if why:
            misses.append(f"  {entry['file']}: {why}: {excerpt[:100]!r}")
    score = 1 - len(misses) / len(manifest)
    print(f"\nexcerpt corpus: {len(manifest) - len(misses)}/{len(manifest)} right ({score:.0%})")
    print("\n".join(misses))
    assert score >= 0.90, "\n".join(misses)


@pytest.mark.parametrize(
    "readme, expected",
    [
        (
            "# Tool\n\n[![ci](https://img.shields.io/x.svg)](https://ci)\n\nTool turns *this* into **that**.\n",
            "Tool turns this into that.",
        ),
        ("# T\n\n> [!WARNING]\n> This project is deprecated.\n\nT does things well.\n", "T does things well."),
        ("# T\n\n- [Install](#install)\n- [Usage](#usage)\n\nT makes tea from code.\n", "T makes tea from code."),
        (
            '<p align="center"><img src="logo.png"></p>\n<p align="center">A tiny web server for humans.</p>\n',
            "A tiny web server for humans.",
        ),
        ("# T\n\n```sh\npip install t\n```\n", ""),
        ("# T\n\nUse [the docs](https://x) &amp; enjoy the `fast` path.\n", "Use the docs & enjoy the fast path."),
        ("# T\n\nThis project has moved to example/new.\n", "This project has moved to example/new."),
    ],
)
def test_extract_cases(readme, expected):
    assert extract(readme) == expected


def test_rst_readme():
    text = "Title\n=====\n\n.. image:: https://x/badge.svg\n   :target: https://x\n\n``tool`` is a *small* library for `things <https://x>`_.\n"
    assert extract(text, "README.rst") == "tool is a small library for things."
