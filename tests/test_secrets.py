"""Tokens are checked before use and never printed; server text can't forge lines or control the terminal."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import TOKEN
from typer.testing import CliRunner

from showcase.cli import app
from showcase.terminal import clean

BAD_TOKENS = {
    "newline": TOKEN + "\nX-Injected: 1",
    "trailing newline": TOKEN + "\n",
    "inner space": TOKEN[:10] + " " + TOKEN[10:],
    "leading space": " " + TOKEN,
    "tab": TOKEN + "\t",
    "non-ASCII": TOKEN + "é",
    "smart quote": "“" + TOKEN + "”",
    "NUL": TOKEN + "\x00",
    "escape": TOKEN + "\x1b[2J",
    "only spaces": "   ",
}


def _run(args, env):
    full = {k: v for k, v in os.environ.items() if k not in {"GH_TOKEN", "GITHUB_TOKEN"}}
    full.update(env)
    return subprocess.run(
        [sys.executable, "-m", "showcase", *args], capture_output=True, text=True, env=full, timeout=60
    )


@pytest.mark.parametrize("name", sorted(BAD_TOKENS))
def test_a_malformed_token_is_exit_2_in_one_line_that_never_holds_it(big_api, big_config, tmp_path, name):
    token = BAD_TOKENS[name]
    if "\x00" in token:
        pytest.skip("an environment variable can't hold NUL; covered by test_check_token_rejects_nul")
    done = _run(
        ["build", "-c", str(big_config)],
        {"GH_TOKEN": token, "GITHUB_API_URL": big_api.base_url, "SHOWCASE_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert done.returncode == 2, done.stderr
    error_lines = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and "GH_TOKEN" in error_lines[0]
    assert TOKEN[4:20] not in done.stderr + done.stdout
    assert big_api.log == []  # rejected before any request
    assert "Traceback" not in done.stderr


def test_check_token_rejects_nul():
    from showcase.client import check_token
    from showcase.errors import UsageError

    with pytest.raises(UsageError) as caught:
        check_token(TOKEN + "\x00", "GH_TOKEN")
    assert TOKEN not in caught.value.message and TOKEN not in (caught.value.hint or "")


@pytest.mark.parametrize("name", ["newline", "non-ASCII", "inner space"])
def test_doctor_reports_a_malformed_token_without_crashing(big_api, big_config, name):
    result = CliRunner().invoke(
        app, ["doctor", "-c", str(big_config)], env={"GITHUB_API_URL": big_api.base_url, "GH_TOKEN": BAD_TOKENS[name]}
    )
    assert result.exit_code == 1, result.output
    assert "✗ token: GH_TOKEN is not a valid token" in result.output
    assert (TOKEN[4:20] not in result.output and result.exception is None) or isinstance(result.exception, SystemExit)


def test_verbose_never_prints_a_header_value(big_api, big_config, tmp_path):
    done = _run(
        ["build", "-v", "-c", str(big_config)],
        {"GH_TOKEN": TOKEN, "GITHUB_API_URL": big_api.base_url, "SHOWCASE_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert done.returncode == 0, done.stderr
    assert TOKEN not in done.stderr + done.stdout and "Bearer" not in done.stderr and "token " not in done.stderr


@pytest.mark.parametrize(
    "sent",
    [
        "line\nwrote /home/you/.ssh/authorized_keys",
        "\x1b[2J\x1b[1;1Hall good",
        "a\rwrote x",
        "bidi \u202eevil",
        "nul\x00byte",
        "c1 \x9b31m",
        "sep\u2028wrote y",
    ],
)
def test_server_text_is_printed_as_one_inert_line(sent):
    line = clean(sent)
    assert "\n" not in line and "\r" not in line and "\x1b" not in line and "\x9b" not in line
    assert "\u202e" not in line and "\x00" not in line and "\u2028" not in line


def test_a_server_message_cannot_forge_output_lines(api, tmp_path, options):
    from fake_github import Fault

    api.add_user("me")
    api.fault = lambda index, method, path: (
        Fault(status=422, body={"message": "oops\nwrote /etc/passwd\x1b[2J"})
        if path in ("/users/me", "/graphql")
        else None
    )
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    done = _run(
        ["build", "-c", str(config)],
        {"GH_TOKEN": TOKEN, "GITHUB_API_URL": api.base_url, "SHOWCASE_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert done.returncode == 1
    assert not [line for line in done.stderr.splitlines() if line.startswith("wrote")], done.stderr
    assert "\x1b" not in done.stderr


def test_a_token_far_past_the_length_bound_is_rejected_without_echo():
    from showcase.client import check_token
    from showcase.errors import UsageError

    huge = "ghp_" + "A" * 1_000_000
    with pytest.raises(UsageError) as caught:
        check_token(huge, "GH_TOKEN")
    assert "A" * 20 not in caught.value.message + (caught.value.hint or "")
    assert check_token("ghp_" + "A" * 1020, "GH_TOKEN")  # at the bound: fine
