"""Keep the benchmark runnable (no timing assertions here: `make bench` reports the numbers)."""

from __future__ import annotations

import sys

from conftest import ROOT


def test_benchmark_render_runs_on_a_small_profile():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench

    assert bench.render_projects(25) >= 0
