"""Whether work grows in step with its input: the check for a path that must not be quadratic.

A wall-clock bound ("under 1.5 s") failed on a loaded CI machine while the code under it was linear:
it measured the machine as much as the code. Here one machine at one moment runs the same path on an
input and on one four times its size, timed in CPU seconds of this process (other processes' load
does not count). Linear work grows about four times; quadratic work sixteen times, so a bound of
eight tells them apart on a slow machine as on a fast one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

GROWTH = 4
LIMIT = 8.0  # linear work grows about GROWTH times, quadratic work GROWTH squared
# Below this much CPU time a path is fast whatever its shape, and timer noise would dominate a ratio.
SLACK = 0.05
ATTEMPTS = 3  # a genuinely quadratic path fails every attempt; a timer hiccup fails one


def cpu_seconds(run: Callable[[], object]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


def assert_linear(run: Callable[[str], object], make: Callable[[int], str], size: int) -> None:
    """`run` on `make(size)` costs at most LIMIT times `run` on `make(size // GROWTH)`."""
    small_input, large_input = make(size // GROWTH), make(size)
    seen: list[tuple[float, float]] = []
    for _ in range(ATTEMPTS):
        small = cpu_seconds(lambda: run(small_input))
        large = cpu_seconds(lambda: run(large_input))
        if large <= LIMIT * small + SLACK:
            return
        seen.append((round(small, 3), round(large, 3)))
        if large > 2 * (LIMIT * small + SLACK):
            break  # far past the bound: no hiccup, and a quadratic path is slow to time again
    raise AssertionError(f"work grew faster than its input (CPU s at 1/{GROWTH} size, full size): {seen}")


def assert_capped(run: Callable[[str], object], make: Callable[[int], str], cap: int, *, past: int = 20) -> None:
    """`run` on an input `past` times the cap costs about what it costs on one at the cap: the cap
    holds before any work that grows with the input."""
    at_cap, far_past = make(cap), make(cap * past)
    seen: list[tuple[float, float]] = []
    for _ in range(ATTEMPTS):
        base = cpu_seconds(lambda: run(at_cap))
        beyond = cpu_seconds(lambda: run(far_past))
        if beyond <= 2 * base + SLACK:
            return
        seen.append((round(base, 3), round(beyond, 3)))
        if beyond > 4 * base + 2 * SLACK:
            break  # far past the bound: no hiccup
    raise AssertionError(f"work grew past the cap of {cap:,} (CPU s at the cap, {past} times past it): {seen}")
