"""Inside GitHub Actions: the wrong config line is annotated, and a build writes a job summary."""

from __future__ import annotations

from typer.testing import CliRunner

from showcase.actions import error_commands
from showcase.cli import app
from showcase.errors import ConfigError, FetchError, Problem

runner = CliRunner()


def test_a_bad_config_in_actions_annotates_its_line(tmp_path):
    config = tmp_path / "showcase.yaml"
    config.write_text("basics:\n  name: A\nwork:\n  - name: X\n    startDate: March 2023\n")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(tmp_path)}
    result = runner.invoke(app, ["validate", "-c", str(config)], env=env)
    assert result.exit_code == 2
    assert "::error file=showcase.yaml,line=5,col=5,title=showcase::work[0].startDate: expected YYYY" in result.output


def test_outside_actions_there_is_no_workflow_command(tmp_path):
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: A}\nbogus: 1\n")
    result = runner.invoke(app, ["validate", "-c", str(config)], env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 2 and "::error" not in result.output


def test_annotation_escapes_what_would_end_the_command():
    error = ConfigError([Problem("a,b:c.yaml", "bad\nvalue 100%", 3, 4, "x")])
    [line] = error_commands(error)
    assert line == "::error file=a%2Cb%3Ac.yaml,line=3,col=4,title=showcase::x: bad%0Avalue 100%25"
    assert error_commands(FetchError("GitHub said no")) == ["::error title=showcase::GitHub said no"]


def test_a_build_in_actions_writes_a_job_summary(big_api, big_config, tmp_path):
    from conftest import TOKEN

    summary = tmp_path / "summary.md"
    env = {
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_API_URL": big_api.base_url,
        "GH_TOKEN": TOKEN,
        "SHOWCASE_CACHE_DIR": str(tmp_path / "cache"),
    }
    assert runner.invoke(app, ["build", "-c", str(big_config)], env=env).exit_code == 0
    first = summary.read_text()
    assert "wrote `README.md`" in first and "first fetch" in first
    summary.unlink()
    big_api.repos["octo/zz-star"].stars = 5300
    big_api.repos["octo/zz-star"].releases.insert(0, {"tag_name": "v3.2.0", "published_at": "2026-05-01T00:00:00Z"})
    big_api.repos["octo/zz-star"].pushed_at = "2026-05-01T00:00:00Z"
    assert runner.invoke(app, ["build", "-c", str(big_config)], env=env).exit_code == 0
    second = summary.read_text()
    assert "★ 5K → 5.3K on zz-star" in second and "new release v3.2.0 of zz-star" in second
    summary.unlink()
    assert runner.invoke(app, ["build", "-c", str(big_config)], env=env).exit_code == 0
    assert "Nothing changed" in summary.read_text()
