"""Calm on a cron: transient faults are retried (boundedly), hard failures stop cleanly and
change nothing, one bad repository never sinks the run."""

from __future__ import annotations

import random
import time

import pytest
from conftest import tree_bytes
from fake_github import Fault

from showcase import api as showcase
from showcase.errors import FetchError


def first_times(times: int, path: str, fault: Fault):
    """A fault for the first `times` requests to exactly `path`; answers normally after."""
    seen = {"n": 0}

    def decide(index: int, method: str, requested: str):
        if requested == path and seen["n"] < times:
            seen["n"] += 1
            return fault
        return None

    return decide


def every_nth(n: int, fault: Fault, path_part: str = ""):
    def decide(index: int, method: str, path: str):
        return fault if index % n == 0 and path_part in path else None

    return decide


def test_5xx_every_third_request_still_builds_correctly(big_api, big_config, options, tmp_path):
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "showcase.yaml").write_text(big_config.read_text())
    showcase.build(
        clean / "showcase.yaml", options=options.__class__(**{**options.__dict__, "cache_dir": tmp_path / "c2"})
    )
    big_api.fault = every_nth(3, Fault(status=502))
    showcase.build(big_config, options=options)
    assert (big_config.parent / "README.md").read_bytes() == (clean / "README.md").read_bytes()
    assert any(seen.status == 502 for seen in big_api.log)


@pytest.mark.parametrize(
    "fault",
    [
        Fault(status=429),  # no Retry-After: retried with backoff anyway
        Fault(status=429, headers={"Retry-After": "0"}),
        Fault(status=403, headers={"Retry-After": "0"}, body={"message": "You have exceeded a secondary rate limit"}),
        Fault(status=503),
        Fault(drop=True),
    ],
    ids=["429", "429-retry-after", "403-secondary", "503", "dropped-socket"],
)
def test_transient_faults_are_retried(big_api, big_config, options, fault):
    big_api.fault = first_times(2, "/users/octo/repos", fault)
    showcase.build(big_config, options=options)
    assert "zz-star" in (big_config.parent / "README.md").read_text()


@pytest.mark.parametrize("status", [429, 403])
def test_retry_after_beyond_the_budget_fails_at_once_with_the_time(big_api, big_config, options, status):
    options.max_sleep = 30
    big_api.fault = first_times(1, "/users/octo", Fault(status=status, headers={"Retry-After": "3600"}))
    before = tree_bytes(big_config.parent)
    started = time.monotonic()
    with pytest.raises(FetchError) as failed:
        showcase.build(big_config, options=options)
    assert time.monotonic() - started < 3  # neither an hour nor the 30 s cap
    assert "3,600 s" in failed.value.message and "UTC" in failed.value.message
    assert tree_bytes(big_config.parent) == before


def test_retry_after_within_the_budget_is_waited_for(big_api, big_config, options):
    options.max_sleep = 2
    big_api.fault = first_times(1, "/users/octo", Fault(status=429, headers={"Retry-After": "1"}))
    showcase.build(big_config, options=options)
    assert "zz-star" in (big_config.parent / "README.md").read_text()


def test_exhausted_primary_limit_exits_fast_and_touches_nothing(big_api, big_config, options):
    showcase.build(big_config, options=options)
    before = tree_bytes(big_config.parent)
    big_api.remaining = 0
    big_api.reset = int(time.time()) + 1800
    big_api.repos["octo/zz-star"].stars = 6000  # would change output, if anything were written
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        showcase.build(big_config, options=options)
    assert time.monotonic() - started < 5
    assert "rate limit exhausted; it resets at" in caught.value.message
    assert "(in 30 min)" in caught.value.message or "(in 29 min)" in caught.value.message
    assert tree_bytes(big_config.parent) == before


def test_bad_credentials_exit_1_and_touch_nothing(big_api, big_config, options):
    big_api.valid_tokens = {"some-other-token"}
    with pytest.raises(FetchError) as caught:
        showcase.build(big_config, options=options)
    assert caught.value.exit_code == 1 and "401 Bad credentials" in caught.value.message
    assert sorted(tree_bytes(big_config.parent)) == ["showcase.yaml"]


def test_persistent_5xx_gives_up_within_budget(big_api, big_config, options):
    big_api.fault = lambda index, method, path: Fault(status=500)
    with pytest.raises(FetchError) as caught:
        showcase.build(big_config, options=options)
    assert "500" in caught.value.message
    # Bounded: the user and the first listing page (asked together) each get one try plus the retries.
    assert len(big_api.requests_to("/users/octo/repos")) == 1 + options.retries
    assert len([s for s in big_api.log if s.path == "/users/octo"]) == 1 + options.retries
    assert len(big_api.log) == 2 * (1 + options.retries)


def test_malformed_listing_is_a_clean_failure(big_api, big_config, options):
    big_api.fault = lambda index, method, path: Fault(raw=b"{not json") if path.endswith("/repos") else None
    with pytest.raises(FetchError) as caught:
        showcase.build(big_config, options=options)
    assert "malformed" in caught.value.message


@pytest.mark.parametrize(
    "repo_fault",
    [Fault(status=451, body={"message": "Unavailable For Legal Reasons"}), Fault(raw=b"<html>oops"), Fault(status=404)],
    ids=["451", "malformed", "vanished"],
)
def test_one_repository_failing_warns_and_the_run_goes_on(big_api, big_config, options, repo_fault):
    big_api.fault = lambda index, method, path: repo_fault if path.startswith("/repos/octo/zz-star/") else None
    result = showcase.build(big_config, options=options)
    assert any("octo/zz-star" in w for w in result.warnings)
    readme = (big_config.parent / "README.md").read_text()
    assert "zz-star" in readme and "The Curated One" in readme


def test_empty_repo_and_binary_readme_are_fine(api, tmp_path, options):
    api.add_user("me")
    api.add_repo("me", "empty", stars=2)  # no README, no languages, no releases
    api.add_repo("me", "binary", stars=1, readme=b"\x89PNG\r\n\x1a\n\x00\x00")
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    showcase.build(config, options=options)
    readme = (tmp_path / "README.md").read_text()
    # Nothing to say beyond the README's line: both link their repositories instead of a page.
    assert "[empty](https://github.com/me/empty)" in readme and "[binary](https://github.com/me/binary)" in readme
    assert not (tmp_path / "projects").exists()


def test_randomized_faults_leave_old_or_new_bytes_never_a_mix(big_api, big_config, tmp_path, options):
    """100 seeded runs with random faults: each output is either the previous bytes or the
    correct new bytes, and a run either succeeds or raises a clean FetchError."""
    options.retries = 2
    showcase.build(big_config, options=options)
    old = tree_bytes(big_config.parent)
    big_api.repos["octo/zz-star"].stars = 7777  # the new truth
    big_api.repos["octo/zz-star"].pushed_at = "2026-09-09T00:00:00Z"
    expected_dir = tmp_path / "expected"
    expected_dir.mkdir()
    (expected_dir / "showcase.yaml").write_text(big_config.read_text())
    showcase.build(expected_dir / "showcase.yaml", options=options)
    new = tree_bytes(expected_dir)
    faults = [Fault(status=500), Fault(status=502), Fault(drop=True), Fault(status=429), Fault(raw=b"[")]
    rng = random.Random(20261125)
    outcomes = {"ok": 0, "failed": 0}
    for run in range(100):
        # Reset the output to the old state, then build under random faults.
        for name, data in old.items():
            (big_config.parent / name).write_bytes(data)
        rate = rng.choice([0.01, 0.05, 0.25])
        chance = random.Random(run)
        big_api.fault = lambda i, m, p, r=chance, rate=rate: r.choice(faults) if r.random() < rate else None
        try:
            showcase.build(big_config, options=options)
            outcomes["ok"] += 1
        except FetchError as exc:
            outcomes["failed"] += 1
            outcomes.setdefault("why", set()).add(exc.message[:60])
        now = tree_bytes(big_config.parent)
        for name, data in now.items():
            assert data in (old.get(name), new.get(name)), f"run {run}: {name} is neither old nor new"
        if now != old:
            # A successful run is all-new for the files it shows; a failure changed nothing.
            assert all(now[name] == new[name] for name in ("README.md",) if name in new)
    assert outcomes["ok"] > 10 and outcomes["failed"] > 5, outcomes


def test_a_slow_answer_times_out_and_is_retried(big_api, big_config, options):
    options.timeout = 1
    big_api.fault = first_times(1, "/users/octo", Fault(delay=2.5))
    showcase.build(big_config, options=options)
    assert big_api.arrivals.count("/users/octo") == 2  # the slow one timed out, the retry answered
    assert "zz-star" in (big_config.parent / "README.md").read_text()


def test_a_huge_readme_is_skipped_with_a_warning(api, tmp_path, options):
    api.add_user("me")
    api.add_repo("me", "huge", stars=1, readme="# huge\n\n" + "Huge docs here. " * 40_000)
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    result = showcase.build(config, options=options)
    assert any("me/huge: README is" in w and "skipping its excerpt" in w for w in result.warnings)
    assert "Huge docs here" not in (tmp_path / "README.md").read_text()
    assert not (tmp_path / "projects" / "huge.md").exists()  # no excerpt: no page of its own
