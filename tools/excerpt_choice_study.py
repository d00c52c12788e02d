"""Would a learned choice beat the excerpt's hand-ordered one? A study, not part of showcase.

`excerpt.readings` lists every sentence the extractor could give for a README. This fits a
conditional logit (one score per reading, the highest wins) over the rules' own predicates on the
tune split, scores it by five-fold cross-validation there, then once on the test split beside the
rules' own choice. Run from the checkout (numpy comes with the `study` extra, not with showcase):

    .venv/bin/python -m pip install -e '.[test,study]'
    .venv/bin/python tools/excerpt_choice_study.py

Its answer at 825 READMEs (DESIGN.md): the learned choice scores what the rules score on the test
split and misses the same READMEs, so the misses are knowledge the predicates lack, not their order.
Again at 1,775: five-fold 1,253 of 1,366 on the tune split; test split learned 347, rules 348 of 409.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_excerpt_corpus import _corpus_excerpts, judge, split

from showcase import excerpt_prose as prose
from showcase import excerpt_rules as rules
from showcase import excerpt_status as status
from showcase import excerpt_templates as templates
from showcase.excerpt import Reading, readings
from showcase.excerpt_never import never_the_description
from showcase.excerpt_self import SELF, TAGLINE
from showcase.excerpt_slogans import is_slogan
from showcase.excerpt_taglines import is_noun_tagline

Row = tuple[np.ndarray, np.ndarray, bool]  # features of each reading, which are right, rules right


def features(reading: Reading, good_before: int, index: int) -> dict[str, float]:
    """What the rules know of one reading, as numbers."""
    if reading.candidate is None:
        return {"empty": float(not reading.sentence), "title_tagline": float(bool(reading.sentence))}
    candidate, text = reading.candidate, reading.sentence
    words = len(text.split())
    good = reads_as_description(reading)
    return {
        "first": float(index == 0),
        "position": min(index, 10) / 10,
        "first_good": float(good and good_before == 0),
        "second_good": float(good and good_before == 1),
        "heading": float(candidate.heading),
        "code": float(candidate.code_only),
        "links": candidate.link_share,
        "emphasis": candidate.emphasis_share,
        "late": float(candidate.late_section is not None),
        "intro": float(candidate.headings_before <= 1),
        "notice": float(candidate.notice or rules.is_notice(text)),
        "prose": float(prose.is_prose(text)),
        "never": float(never_the_description(text)),
        "slogan": float(is_slogan(text, candidate.emphasis_share)),
        "self": float(bool(SELF.match(text))),
        "article": float(bool(TAGLINE.match(text))),
        "noun_tagline": float(is_noun_tagline(text)),
        "title_like": float(prose.is_title(text)),
        "status": float(status.is_status(text)),
        "readme_talk": float(bool(templates.README_TALK.search(text))),
        "obligation": float(bool(rules.OBLIGATION.search(text))),
        "short": float(words < 4),
        "log_words": math.log1p(words) / 4,
        "cjk": float(bool(rules.CJK.search(text))),
        "lead_in": float(text.endswith((".", "。")) and candidate.text.rstrip().endswith((":", "："))),
        "question": float(text.endswith(("?", "？"))),
        "address": float(bool(rules.URL.search(text))),
    }


def reads_as_description(reading: Reading) -> bool:
    candidate, text = reading.candidate, reading.sentence
    if candidate is None or candidate.heading or candidate.late_section is not None or candidate.notice:
        return False
    plain = prose.is_prose(text) and not never_the_description(text)
    return plain and not rules.is_notice(text) and not is_slogan(text, candidate.emphasis_share)


def rows() -> dict[str, list[Row]]:
    names: dict[str, int] = {}
    table: list[tuple[str, list[dict[str, float]], list[bool], bool]] = []
    for entry, excerpt in _corpus_excerpts():
        text = (entry["folder"] / entry["file"]).read_text(encoding="utf-8")
        found, seen, good = [], set(), 0
        for index, reading in enumerate(readings(text, entry.get("path") or "README.md")):
            if reading.sentence in seen:
                continue  # the same sentence twice is one choice
            seen.add(reading.sentence)
            found.append((features(reading, good, index), judge(entry, reading.sentence) is None))
            good += reads_as_description(reading)
        for numbers, _ in found:
            for name in numbers:
                names.setdefault(name, len(names))
        table.append((split(entry), [f for f, _ in found], [r for _, r in found], judge(entry, excerpt) is None))
    by_split: dict[str, list[Row]] = {"tune": [], "test": []}
    for part, numbers, right, rules_right in table:
        matrix = np.zeros((len(numbers), len(names)))
        for row, named in enumerate(numbers):
            for name, value in named.items():
                matrix[row, names[name]] = value
        by_split[part].append((matrix, np.array(right, dtype=float), rules_right))
    return by_split


def fit(train: list[Row], l2: float = 0.1) -> np.ndarray:
    """Newton's method on the log-likelihood of choosing a right reading, with an L2 penalty."""
    weights = np.zeros(train[0][0].shape[1])
    for _ in range(30):
        gradient, hessian = l2 * weights, l2 * np.eye(len(weights))
        for matrix, right, _ in train:
            if not right.any():
                continue
            scores = matrix @ weights
            p = np.exp(scores - scores.max())
            p /= p.sum()
            target = p * right / (p * right).sum()
            mean = matrix.T @ p
            gradient += matrix.T @ (p - target)
            hessian += matrix.T @ (matrix * p[:, None]) - np.outer(mean, mean)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-6:
            break
    return weights


def right_choices(weights: np.ndarray, items: list[Row]) -> list[bool]:
    return [bool(right[int(np.argmax(matrix @ weights))]) for matrix, right, _ in items]


def main() -> None:
    data = rows()
    tune, test = data["tune"], data["test"]
    order = list(range(len(tune)))
    random.Random(1).shuffle(order)
    held_right = 0
    for fold in range(5):
        held = [tune[i] for i in order[fold::5]]
        rest = [tune[i] for n, i in enumerate(order) if n % 5 != fold]
        held_right += sum(right_choices(fit(rest), held))
    print(f"learned choice, five-fold on the tune split: {held_right}/{len(tune)}")
    print(f"rules on the tune split (tuned there): {sum(r for _, _, r in tune)}/{len(tune)}")
    learned = right_choices(fit(tune), test)
    both = sum(a and r for a, (_, _, r) in zip(learned, test, strict=True))
    print(
        f"test split: learned {sum(learned)}/{len(test)}, rules {sum(r for _, _, r in test)}/{len(test)}, both {both}"
    )
    offered = sum(bool(right.any()) for _, right, _ in test)
    print(f"test split: a right reading offered for {offered}/{len(test)}")


if __name__ == "__main__":
    main()
