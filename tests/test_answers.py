"""GitHub's answers are validated where they enter: one repository's bad answer costs that
repository, a bad user or listing is one line and exit 1, and no shape of JSON crashes a run."""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

import pytest
from conftest import TOKEN
from fake_github import FakeGitHub, Fault
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from showcase import api as showcase
from showcase.client import ClientOptions
from showcase.errors import FetchError

CONFIG = "basics: {name: Me}\nshowcase: {github: me}\n"
REPO = "/repos/me/tool"


def _listing_entry(api: FakeGitHub, **changes) -> bytes:
    _status, payload, _ = api.answer("/users/me/repos", {"page": "1", "per_page": "100"})
    next(entry for entry in payload if entry["name"] == "tool").update(changes)
    return json.dumps(payload).encode()


def _setup(api: FakeGitHub, tmp_path: Path) -> Path:
    api.add_user("me")
    api.add_repo(
        "me",
        "tool",
        stars=5,
        description="Tool  of tools \n",
        readme="# tool\n\nA tool that works.\n",
        languages={"Go": 100},
        releases=[{"tag_name": "v1", "published_at": "2026-01-02T00:00:00Z"}],
    )
    api.add_repo("me", "other", stars=1, description="The other one", readme="# other\n\nThe other tool.\n")
    config = tmp_path / "showcase.yaml"
    config.write_text(CONFIG)
    return config


BAD_FIELDS = {
    "list where an object belongs": {"owner": []},
    "month 13": {"pushed_at": "2026-13-01T00:00:00Z"},
    "day 00": {"pushed_at": "2026-01-00T00:00:00Z"},
    "lone surrogate": {"description": "\ud800"},
    "non-finite number": {"stargazers_count": math.inf},
    "NaN": {"forks_count": math.nan},
    "string parent": {"parent": "upstream/tool"},
    "string topics": {"topics": "a,b"},
}


@pytest.mark.parametrize("bad", sorted(BAD_FIELDS))
def test_a_malformed_listing_entry_costs_that_repository(api, tmp_path, options, bad):
    config = _setup(api, tmp_path)
    body = _listing_entry(api, **BAD_FIELDS[bad]).replace(b"Infinity", b"1e999")
    api.fault = lambda index, method, path: Fault(raw=body) if path == "/users/me/repos" else None
    result = showcase.build(config, options=options)
    readme = (tmp_path / "README.md").read_text()
    assert "projects/other.md" in readme and "projects/tool.md" not in readme  # the run succeeded without it
    assert any(w.startswith("me/tool: left out") and "malformed" in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("bad", sorted(BAD_FIELDS))
def test_a_malformed_detail_answer_costs_that_repositorys_details(api, tmp_path, options, bad):
    config = _setup(api, tmp_path)
    api.repos["me/tool"].fork = True  # forks are asked for again at /repos/OWNER/NAME
    api.repos["me/tool"].parent = "upstream/tool"
    _status, payload, _ = api.answer(REPO, {})
    payload.update(BAD_FIELDS[bad])
    body = json.dumps(payload, allow_nan=True).encode().replace(b"Infinity", b"1e999")
    api.fault = lambda index, method, path: Fault(raw=body) if path == REPO else None
    text = CONFIG.replace("github: me}", "github: me, discover: {forks: true}}")
    config.write_text(text)
    result = showcase.build(config, options=options)
    assert (tmp_path / "projects" / "other.md").exists()
    assert any(warning.startswith("me/tool:") for warning in result.warnings), result.warnings


@pytest.mark.parametrize("endpoint", ["/repos/me/tool/languages", "/repos/me/tool/releases", "/repos/me/tool/readme"])
@pytest.mark.parametrize(
    "body", [b'{"Go": "a lot"}', b'[{"tag_name": ["v1"]}]', b'{"content": 7}', b"[1, 2]", b'"text"']
)
def test_every_detail_endpoint_shrugs_off_a_wrong_shape(api, tmp_path, options, endpoint, body):
    config = _setup(api, tmp_path)
    api.fault = lambda index, method, path: Fault(raw=body) if path == endpoint else None
    showcase.build(config, options=options)
    assert "tool" in (tmp_path / "README.md").read_text()  # the run went on; the page may or may not exist


@pytest.mark.parametrize(
    "body", [b'{"login": ["me"]}', b"[]", b'{"followers": -1, "login": "me"}', b'{"login": "\\ud800"}']
)
def test_a_malformed_user_is_one_line_and_exit_1(api, tmp_path, options, body):
    config = _setup(api, tmp_path)
    api.fault = lambda index, method, path: Fault(raw=body) if path == "/users/me" else None
    with pytest.raises(FetchError) as failed:
        showcase.build(config, options=options)
    assert "malformed" in failed.value.message and "\n" not in failed.value.message


def test_description_white_space_is_normalised(api, tmp_path, options):
    config = _setup(api, tmp_path)
    showcase.build(config, options=options)
    assert "Tool of tools" in (tmp_path / "projects" / "tool.md").read_text()


# ---- random JSON at every endpoint ----------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "login",
                    "full_name",
                    "name",
                    "owner",
                    "content",
                    "tag_name",
                    "parent",
                    "topics",
                    "size",
                    "stargazers_count",
                    "pushed_at",
                    "private",
                    "fork",
                    "path",
                    "x",
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=6,
        )
    ),
    max_leaves=12,
)
ENDPOINTS = ["/users/me", "/users/me/repos", REPO, f"{REPO}/languages", f"{REPO}/releases", f"{REPO}/readme"]


@pytest.fixture(scope="module")
def shared_api():
    with FakeGitHub() as fake:
        fake.add_user("me")
        fake.add_repo("me", "tool", stars=5, fork=True, parent="up/tool", readme="# t\n\nA tool.\n")
        yield fake


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(endpoint=st.sampled_from(ENDPOINTS), value=json_values)
def test_random_json_at_any_endpoint_is_a_build_or_one_clean_error(shared_api, endpoint, value):
    body = json.dumps(value, allow_nan=True).encode()
    shared_api.fault = lambda index, method, path: Fault(raw=body) if path == endpoint else None
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "showcase.yaml"
        config.write_text(CONFIG.replace("github: me}", "github: me, discover: {forks: true}}"))
        options = ClientOptions(api_url=shared_api.base_url, token=TOKEN, cache_dir=None, max_sleep=0.01, retries=0)
        try:
            showcase.build(config, options=options)
        except FetchError as exc:
            assert endpoint in {"/users/me", "/users/me/repos"}, (endpoint, exc.message)
            assert "\n" not in exc.message
