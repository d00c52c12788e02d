"""The corpus labels themselves: a second, blind labelling of a random sample (tests/corpus/relabel.json)
measures how far the expected starts can be trusted, and so how high a score can mean anything."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from conftest import SHARED

OWN_CORPUS = Path(__file__).parent / "corpus"
RELABEL = json.loads((OWN_CORPUS / "relabel.json").read_text(encoding="utf-8"))


def _manifest() -> list[dict]:
    shared = json.loads((SHARED / "data" / "readmes" / "manifest.json").read_text(encoding="utf-8"))
    own = json.loads((OWN_CORPUS / "manifest.json").read_text(encoding="utf-8"))
    return shared + own


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _agrees(blind: str | None, entry: dict) -> bool:
    """Both say nothing is to be quoted, or one start lies within the other (a label is the start
    of a sentence, written as long as its writer chose)."""
    if entry.get("no_prose") or blind is None:
        return bool(entry.get("no_prose")) and blind is None
    starts = [entry["expected_excerpt_start"], *entry.get("alt_excerpt_starts", [])]
    return any(_letters(blind) in _letters(s) or _letters(s) in _letters(blind) for s in starts)


def test_the_relabelled_sample_is_the_one_its_seed_draws():
    drawn = random.Random(RELABEL["seed"]).sample(_manifest()[: RELABEL["drawn_from_first"]], len(RELABEL["entries"]))
    assert [e["file"] for e in drawn] == [e["file"] for e in RELABEL["entries"]]


def test_the_blind_labels_agree_with_the_corpus_as_recorded():
    by_file = {e["file"]: e for e in _manifest()}
    counted = [e for e in RELABEL["entries"] if not e["seen_with_label_before"]]
    agreeing = sum(_agrees(e["blind_label"], by_file[e["file"]]) for e in counted)
    assert (agreeing, len(counted)) == (RELABEL["agreeing"], RELABEL["counted"])


def test_agreement_needs_the_same_sentence_or_both_silent():
    entry = {"expected_excerpt_start": "Fang is a dependency injection library", "no_prose": False}
    assert _agrees("Fang is a dependency", entry)
    assert _agrees("Fang is a dependency injection library for Python.", entry)
    assert not _agrees("Dependency injection (DI) is uncommon in Python", entry)
    assert not _agrees(None, entry)
    assert _agrees(None, {"expected_excerpt_start": None, "no_prose": True})
    assert not _agrees("I lost the game", {"expected_excerpt_start": None, "no_prose": True})
