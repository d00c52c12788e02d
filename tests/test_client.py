"""The PyGithub client is wired through public seams: every request is cached, bounded and counted.
If an upgrade of PyGithub or requests-cache ever bypassed any of it, these fail."""

from __future__ import annotations

import time

import github
import pytest
from conftest import TOKEN
from fake_github import Fault

from showcase.client import ClientOptions, HttpStats, default_cache_dir, resolve_api_url, shown_url
from showcase.rest_client import github_client
from showcase.transport import ResponseTooLarge


def _options(api, tmp_path, **changes) -> ClientOptions:
    options = ClientOptions(
        api_url=api.base_url, token=TOKEN, cache_dir=tmp_path / "cache", max_sleep=0.05, backoff=0.01
    )
    for key, value in changes.items():
        setattr(options, key, value)
    return options


def _get(client: github.Github, path: str) -> object:
    return client.requester.requestJsonAndCheck("GET", path)[1]


def test_every_request_is_cached_by_etag_and_counted_once(api, tmp_path):
    api.add_user("octo", name="Octo")
    stats = HttpStats()
    options = _options(api, tmp_path)
    with github_client(options, stats, options.limits(time.monotonic())) as client:
        assert _get(client, "/users/octo")["name"] == "Octo"
        assert _get(client, "/users/octo")["name"] == "Octo"  # revalidated: a 304 from the server
    assert [seen.status for seen in api.log] == [200, 304]
    assert (stats.sent, stats.not_modified) == (2, 1)
    assert api.log[1].headers.get("If-None-Match")  # the cache asked conditionally


def test_every_request_carries_githubs_headers_and_the_token(api, tmp_path):
    api.add_user("octo")
    options = _options(api, tmp_path)
    with github_client(options, HttpStats(), options.limits(time.monotonic())) as client:
        _get(client, "/users/octo")
    [seen] = api.log
    assert seen.token == TOKEN
    assert seen.headers["Accept"] == "application/vnd.github+json" and seen.headers["X-GitHub-Api-Version"]


def test_every_request_is_bounded(api, tmp_path):
    api.add_user("octo")
    api.fault = lambda index, method, path: Fault(raw=b"[" + b" " * 300_000 + b"]")
    options = _options(api, tmp_path, max_bytes=100_000)
    with (
        github_client(options, HttpStats(), options.limits(time.monotonic())) as client,
        pytest.raises(ResponseTooLarge),
    ):
        _get(client, "/users/octo")


def test_the_seam_is_released_after_use(api, tmp_path):
    """PyGithub's connection classes are process-wide: after a fetch, a plain client is plain again."""
    api.add_user("octo")
    stats = HttpStats()
    options = _options(api, tmp_path)
    with github_client(options, stats, options.limits(time.monotonic())):
        pass
    plain = github.Github(base_url=api.base_url, seconds_between_requests=None)
    plain.requester.requestJsonAndCheck("GET", "/users/octo")
    assert stats.sent == 0 and "X-GitHub-Api-Version" not in api.log[-1].headers


def test_settings_from_the_environment():
    assert resolve_api_url(env={}) == "https://api.github.com"
    assert resolve_api_url(env={"GITHUB_API_URL": "https://ghe.example/api/v3/"}) == "https://ghe.example/api/v3"
    assert resolve_api_url("http://127.0.0.1:1/", env={"GITHUB_API_URL": "x"}) == "http://127.0.0.1:1"
    assert str(default_cache_dir({"SHOWCASE_CACHE_DIR": "/tmp/c"})) == "/tmp/c"


def test_verbose_urls_keep_paging_and_hide_anything_else():
    assert shown_url("https://api.github.com/users/o/repos?per_page=100&page=2") == (
        "https://api.github.com/users/o/repos?per_page=100&page=2"
    )
    assert "secret" not in shown_url("https://blog.example/feed.xml?token=secret&page=1")


@pytest.mark.parametrize(
    ("api_url", "endpoint"),
    [
        ("https://api.github.com", "https://api.github.com/graphql"),
        ("https://ghe.example.com/api/v3", "https://ghe.example.com/api/graphql"),
        ("https://ghe.example.com/api/v3/", "https://ghe.example.com/api/graphql"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/graphql"),
    ],
)
def test_the_graphql_endpoint_is_where_github_puts_it(api_url, endpoint):
    from showcase.client import graphql_url

    assert graphql_url(api_url) == endpoint
