"""Whether work grows in step with its input: the check for a path that must not be quadratic.

A wall-clock bound ("under 1.5 s") failed on a loaded CI machine while the code under it was linear:
it measured the machine as much as the code. Here one machine at one moment runs the same path on an
input and on one four times its size, timed in CPU seconds of this process (other processes' load
does not count). Linear work grows about four times; quadratic work sixteen times, so a bound of
eight tells them apart on a slow machine as on a fast one.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

GROWTH = 4
LIMIT = 8.0  # linear work grows about GROWTH times, quadratic work GROWTH squared
# Below this much CPU time a path is fast whatever its shape, and timer noise would dominate a ratio.
SLACK = 0.05
ATTEMPTS = 3  # a genuinely quadratic path fails every attempt; a timer hiccup fails one


def cpu_seconds(run: Callable[[], object]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


@contextmanager
def _collector_held() -> Iterator[None]:
    """The cyclic garbage collector held off while timing, as `timeit` does: late in a test session a
    collection walks every object the session made, and once cost 0.5 s inside a 0.15 s run (CI,
    Textile "signatures": 20 times the small run instead of 4). No collection first: in a long
    session that alone costs more than the checks."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def assert_linear(run: Callable[[str], object], make: Callable[[int], str], size: int) -> None:
    """`run` on `make(size)` costs at most LIMIT times `run` on `make(size // GROWTH)`."""
    small_input, large_input = make(size // GROWTH), make(size)
    with _collector_held():
        seen = _grown(run, small_input, large_input)
    if seen:
        raise AssertionError(f"work grew faster than its input (CPU s at 1/{GROWTH} size, full size): {seen}")


def _grown(run: Callable[[str], object], small_input: str, large_input: str) -> list[tuple[float, float]]:
    """The (small, large) timings of each failed attempt, or [] once one passes."""
    seen: list[tuple[float, float]] = []
    for _ in range(ATTEMPTS):
        small = cpu_seconds(lambda: run(small_input))
        large = cpu_seconds(lambda: run(large_input))
        if large <= LIMIT * small + SLACK:
            return []
        seen.append((round(small, 3), round(large, 3)))
        if large > 4 * (LIMIT * small + SLACK):
            break  # far past anything a hiccup gives, and a worse-than-quadratic path is slow to time again
    return seen


def assert_capped(run: Callable[[str], object], make: Callable[[int], str], cap: int, *, past: int = 20) -> None:
    """`run` on an input `past` times the cap costs about what it costs on one at the cap: the cap
    holds before any work that grows with the input."""
    at_cap, far_past = make(cap), make(cap * past)
    with _collector_held():
        seen = _past_the_cap(run, at_cap, far_past)
    if seen:
        raise AssertionError(f"work grew past the cap of {cap:,} (CPU s at the cap, {past} times past it): {seen}")


def _past_the_cap(run: Callable[[str], object], at_cap: str, far_past: str) -> list[tuple[float, float]]:
    seen: list[tuple[float, float]] = []
    for _ in range(ATTEMPTS):
        base = cpu_seconds(lambda: run(at_cap))
        beyond = cpu_seconds(lambda: run(far_past))
        if beyond <= 2 * base + SLACK:
            return []
        seen.append((round(base, 3), round(beyond, 3)))
        if beyond > 8 * base + 4 * SLACK:
            break  # far past anything a hiccup gives
    return seen
