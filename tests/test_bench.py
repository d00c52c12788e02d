"""Keep the benchmark runnable (no timing assertions here: `make bench` reports the numbers)."""

from __future__ import annotations

import sys

from conftest import ROOT


def test_benchmark_render_runs_on_a_small_profile():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench

    assert bench.render_projects(25) >= 0


def test_benchmark_excerpt_runs_on_a_sample_of_the_corpus():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench

    count, per_readme_ms = bench.excerpt_corpus(step=500)
    assert count >= 9 and per_readme_ms > 0
