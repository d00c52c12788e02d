"""Every input is bounded in time and memory: dripping, endless and lying answers cost a clean
exit 1 (API) or a warning (feeds), never a hang or gigabytes."""

from __future__ import annotations

import gzip
import time

import pytest
from fake_github import Fault

from showcase import api as showcase
from showcase.errors import FetchError

CONFIG = "basics: {name: Me}\nshowcase: {github: me}\n"


def _drip_headers(out) -> None:
    out.write(b"HTTP/1.1 200 OK\r\n")
    for _ in range(10_000):  # one byte at a time, each well inside the per-read timeout
        out.write(b"X")
        out.flush()
        time.sleep(0.05)


def _drip_body(out) -> None:
    out.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[")
    out.flush()
    for _ in range(100_000):
        out.write(b" ")
        out.flush()
        time.sleep(0.05)


def _endless_body(out) -> None:
    out.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
    chunk = b" " * 65536
    for _ in range(100_000):  # 6.5 GB if nobody stops reading
        out.write(b"10000\r\n" + chunk + b"\r\n")


def _gzip_bomb(out) -> None:
    body = gzip.compress(b"[" + b" " * (200 * 1024 * 1024) + b"]", compresslevel=9)  # 200 MB in ~200 KB
    out.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )


HOSTILE = {
    "dripping headers": _drip_headers,
    "dripping body": _drip_body,
    "endless body": _endless_body,
    "gzip bomb": _gzip_bomb,
}


def _config(tmp_path):
    config = tmp_path / "showcase.yaml"
    config.write_text(CONFIG)
    return config


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_a_hostile_api_answer_is_a_clean_exit_1_in_bounded_time(api, tmp_path, options, shape):
    api.add_user("me")
    api.fault = lambda index, method, path: Fault(writer=HOSTILE[shape]) if path == "/users/me" else None
    options.attempt_seconds, options.retries, options.max_bytes = 1.5, 0, 4 * 1024 * 1024
    started = time.monotonic()
    with pytest.raises(FetchError) as failed:
        showcase.build(_config(tmp_path), options=options)
    assert time.monotonic() - started < 6
    assert "\n" not in failed.value.message
    assert not (tmp_path / "README.md").exists()


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_a_hostile_feed_costs_a_warning(api, tmp_path, options, shape):
    api.add_user("me")
    api.add_repo("me", "tool", stars=1)
    api.fault = lambda index, method, path: Fault(writer=HOSTILE[shape]) if path.startswith("/feeds/") else None
    options.timeout = 1
    config = tmp_path / "showcase.yaml"
    config.write_text(CONFIG.replace("github: me}", f"github: me, blog: {{feed: '{api.base_url}/feeds/x.xml'}}}}"))
    started = time.monotonic()
    result = showcase.build(config, options=options)
    assert time.monotonic() - started < 8
    assert any("feed" in warning for warning in result.warnings), result.warnings
    assert (tmp_path / "README.md").exists()


def test_a_link_header_claiming_millions_of_pages_reads_at_most_the_cap(api, tmp_path, options):
    from showcase.transport import MAX_LISTING_PAGES

    api.add_user("me")
    api.add_repo("me", "tool", stars=1)
    claim = f'<{api.base_url}/user/1/repos?per_page=100&page=5000000>; rel="last"'
    api.fault = lambda index, method, path: Fault(headers={"Link": claim}) if path == "/users/me/repos" else None
    started = time.monotonic()
    result = showcase.build(_config(tmp_path), options=options)
    listing = [seen for seen in api.log if seen.path == "/users/me/repos"]
    assert len(listing) == MAX_LISTING_PAGES
    assert any("5000000 pages" in warning for warning in result.warnings)
    assert time.monotonic() - started < 10


def test_the_whole_run_has_a_deadline(big_api, big_config, options):
    big_api.latency = 0.2
    options.run_seconds, options.retries = 1.0, 0
    started = time.monotonic()
    with pytest.raises(FetchError) as failed:
        showcase.build(big_config, options=options)
    assert time.monotonic() - started < 4
    assert "in time" in failed.value.message


def test_a_build_waits_for_another_run_holding_the_shared_http_cache(big_api, big_config, options):
    """Two runs share one cache (a cron and a local refresh): the second waits for the first's
    write instead of failing with 'database is locked' (SQLite's default wait is 5 s)."""
    import sqlite3
    import threading

    showcase.build(big_config, options=options)  # the cache exists
    database = next(options.cache_dir.glob("http-cache*.sqlite"))
    held, release = threading.Event(), threading.Event()

    def other_run() -> None:
        connection = sqlite3.connect(database, timeout=1)
        connection.execute("BEGIN EXCLUSIVE")
        held.set()
        release.wait(10)
        connection.rollback()
        connection.close()

    holder = threading.Thread(target=other_run)
    holder.start()
    assert held.wait(5)
    threading.Timer(6.0, release.set).start()
    big_api.repos["octo/zz-star"].stars = 6000  # something to store
    try:
        showcase.build(big_config, options=options)
    finally:
        release.set()
        holder.join()
    assert "6K" in (big_config.parent / "README.md").read_text()


def test_a_readme_answer_far_past_the_byte_cap_costs_that_repository(api, tmp_path, options):
    """A 24 MB README answer (the API cap is 16 MiB): that repository keeps its listing data, with a
    warning; the run succeeds."""
    api.add_user("me")
    api.add_repo("me", "huge", stars=2, readme="# huge\n\n" + "x" * (18 * 1024 * 1024))
    api.add_repo("me", "fine", stars=1, readme="# fine\n\nFine is a tool.\n")
    result = showcase.build(_config(tmp_path), options=options)
    assert any(w.startswith("me/huge:") and "larger than 16 MiB" in w for w in result.warnings), result.warnings
    assert "Fine is a tool." in (tmp_path / "projects" / "fine.md").read_text()
