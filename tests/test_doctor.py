from __future__ import annotations

from conftest import TOKEN
from typer.testing import CliRunner

from showcase.cli import app

runner = CliRunner()


def doctor(config, api, **env):
    return runner.invoke(app, ["doctor", "-c", str(config)], env={"GITHUB_API_URL": api.base_url, **env})


def test_doctor_all_good(big_api, big_config):
    result = doctor(big_config, big_api, GH_TOKEN="github_pat_" + TOKEN)
    assert result.exit_code == 0, result.output
    assert "✓ token: fine-grained personal access token, from GH_TOKEN" in result.output
    assert "requests left, resets at" in result.output and "✓ user: octo: 144 public repositories" in result.output
    assert result.output.strip().endswith("ready")
    assert TOKEN not in result.output


def test_doctor_finds_problems_and_says_how_to_fix(big_api, big_config):
    (big_config.parent / "README.md").write_text("# mine\n")
    big_api.valid_tokens = {"other"}
    result = doctor(big_config, big_api, GH_TOKEN="ghp_wrong")
    assert result.exit_code == 1
    assert "✗ api:" in result.output and "401" in result.output
    assert "✗ readme:" in result.output and "<!-- showcase:start projects -->" in result.output


def test_doctor_reports_bad_config_and_missing_token(big_api, tmp_path):
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: A, emial: x}\n")
    result = doctor(config, big_api, GH_TOKEN="", GITHUB_TOKEN="", PATH="")
    assert result.exit_code == 1
    assert 'unknown key "emial"' in result.output and "! token: no token" in result.output


def test_doctor_warns_when_budget_is_low(big_api, big_config):
    big_api.remaining = 3
    result = doctor(big_config, big_api, GH_TOKEN="ghp_x")
    assert "! api:" in result.output and "3/5000 requests left" in result.output


def test_doctor_gives_up_on_a_dripping_api_in_bounded_time(big_api, big_config, monkeypatch):
    import time

    from fake_github import Fault

    from showcase.transport import Limits

    def drip(out):
        out.write(b"HTTP/1.1 200 OK\r\n")
        for _ in range(1000):
            out.write(b"X")
            out.flush()
            time.sleep(0.05)

    big_api.fault = lambda index, method, path: Fault(writer=drip)
    monkeypatch.setattr("showcase.doctor.LIMITS", Limits(max_bytes=1024 * 1024, attempt_seconds=1.0))
    started = time.monotonic()
    result = doctor(big_config, big_api, GH_TOKEN="ghp_" + TOKEN)
    assert time.monotonic() - started < 8
    assert "✗ api:" in result.output
