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
    seen = _failed_attempts(
        run,
        make(size // GROWTH),
        make(size),
        within=lambda small: LIMIT * small + SLACK,
        # Far past anything a hiccup gives, and a worse-than-quadratic path is slow to time again.
        hopeless=lambda small: 4 * (LIMIT * small + SLACK),
    )
    if seen:
        raise AssertionError(f"work grew faster than its input (CPU s at 1/{GROWTH} size, full size): {seen}")


def assert_capped(run: Callable[[str], object], make: Callable[[int], str], cap: int, *, past: int = 20) -> None:
    """`run` on an input `past` times the cap costs about what it costs on one at the cap: the cap
    holds before any work that grows with the input."""
    seen = _failed_attempts(
        run,
        make(cap),
        make(cap * past),
        within=lambda base: 2 * base + SLACK,
        hopeless=lambda base: 8 * base + 4 * SLACK,  # far past anything a hiccup gives
    )
    if seen:
        raise AssertionError(f"work grew past the cap of {cap:,} (CPU s at the cap, {past} times past it): {seen}")


def _failed_attempts(
    run: Callable[[str], object],
    first: str,
    second: str,
    *,
    within: Callable[[float], float],
    hopeless: Callable[[float], float],
) -> list[tuple[float, float]]:
    """The (first, second) timings of each attempt whose second run cost more than `within` the
    first's, or [] as soon as one attempt stays within it."""
    seen: list[tuple[float, float]] = []
    with _collector_held():
        # Once untimed: a first call pays one-off costs (memory the process has yet to take, a cold
        # cache) that doubled the small run of "a*b" on a two-core VM and hid its sixteenfold growth.
        run(first)
        for _ in range(ATTEMPTS):
            before = cpu_seconds(lambda: run(first))
            after = cpu_seconds(lambda: run(second))
            if after <= within(before):
                return []
            seen.append((round(before, 3), round(after, 3)))
            if after > hopeless(before):
                break
    return seen
