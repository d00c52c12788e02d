"""The command line: exit codes, one-line errors, nothing written on failure."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT, tree_bytes
from typer.testing import CliRunner

from showcase import __version__
from showcase.cli import app

runner = CliRunner()
EXAMPLE = ROOT / "examples" / "arloor"


@pytest.fixture
def example(tmp_path):
    target = tmp_path / "arloor"
    shutil.copytree(EXAMPLE, target)
    return target


def run(*args, env=None):
    return runner.invoke(app, list(args), env={"NO_COLOR": "1", **(env or {})})


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"showcase {__version__}"


@pytest.mark.parametrize(
    "command", ["build", "fetch", "render", "check", "validate", "schema", "demo", "doctor", "init", "import", "export"]
)
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output


def test_render_offline_from_snapshot(example):
    result = run("render", "-c", str(example / "showcase.yaml"))
    assert result.exit_code == 0, result.output
    assert "Software Engineer · Observability" in (example / "README.md").read_text()


def test_build_offline_never_needs_the_network(example):
    result = run(
        "build", "--offline", "-c", str(example / "showcase.yaml"), env={"GITHUB_API_URL": "http://127.0.0.1:9"}
    )
    assert result.exit_code == 0, result.output


def test_offline_opens_no_connection(example, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("--offline opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    result = run("build", "--offline", "-c", str(example / "showcase.yaml"), env={"GH_TOKEN": "x"})
    assert result.exit_code == 0, result.output


def test_offline_without_snapshot_fails_clearly(example):
    (example / ".showcase" / "snapshot.json").unlink()
    result = run("build", "--offline", "-c", str(example / "showcase.yaml"))
    assert result.exit_code == 2
    assert "no snapshot at" in result.output and "Traceback" not in result.output


def test_config_error_exits_2_with_location_and_writes_nothing(example):
    config = example / "showcase.yaml"
    config.write_text(config.read_text().replace("startDate: 2023-03", "startDate: March 2023"))
    before = tree_bytes(example)
    result = run("build", "--offline", "-c", str(config))
    assert result.exit_code == 2
    line = next(n for n, text in enumerate(config.read_text().splitlines(), 1) if "March 2023" in text)
    assert (
        f'{config}:{line}:5: work[1].startDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got "March 2023"' in result.output
    )
    assert "Traceback" not in result.output
    assert tree_bytes(example) == before


def test_missing_config_exits_2(tmp_path):
    result = run("validate", "-c", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2 and "no such config file" in result.output


def test_validate_ok(example):
    result = run("validate", "-c", str(example / "showcase.yaml"))
    assert result.exit_code == 0 and "valid (4 projects, 4 jobs, GitHub: arloor)" in result.output


def test_check_lists_stale_files_then_passes(example):
    config = str(example / "showcase.yaml")
    result = run("check", "-c", config)
    assert result.exit_code == 1 and "README.md" in result.output
    assert not (example / "README.md").exists()
    assert run("render", "-c", config).exit_code == 0
    result = run("check", "-c", config)
    assert result.exit_code == 0, result.output


def test_readme_without_markers_is_refused_then_forced(example):
    config = str(example / "showcase.yaml")
    (example / "README.md").write_text("# My own words\n")
    result = run("render", "-c", config)
    assert result.exit_code == 1
    assert "no showcase markers" in result.output and "<!-- showcase:start projects -->" in result.output
    assert (example / "README.md").read_text() == "# My own words\n"
    assert not (example / "projects").exists()  # a refusal writes nothing at all
    assert run("render", "--force", "-c", config).exit_code == 0
    assert "Software Engineer · Observability" in (example / "README.md").read_text()


def test_hand_written_text_outside_markers_survives(example):
    config = str(example / "showcase.yaml")
    readme = example / "README.md"
    readme.write_bytes(
        b"Hi there \xf0\x9f\x91\x8b\r\n\n<!-- showcase:start projects -->\n<!-- showcase:end projects -->\n\nfooter"
    )
    assert run("render", "-c", config).exit_code == 0
    data = readme.read_bytes()
    assert data.startswith(b"Hi there \xf0\x9f\x91\x8b\r\n\n<!-- showcase:start projects -->\n## Projects")
    assert data.endswith(b"<!-- showcase:end projects -->\n\nfooter")


def test_corrupt_snapshot_is_a_clear_error(example):
    (example / ".showcase" / "snapshot.json").write_text("{not json")
    result = run("render", "-c", str(example / "showcase.yaml"))
    assert result.exit_code == 2 and "snapshot is not valid JSON" in result.output


def test_newer_snapshot_schema_is_a_clear_error(example):
    path = example / ".showcase" / "snapshot.json"
    data = json.loads(path.read_text())
    data["schema_version"] = 99
    path.write_text(json.dumps(data))
    result = run("render", "-c", str(example / "showcase.yaml"))
    assert result.exit_code == 2 and "newer than this showcase understands" in result.output


def test_schema_is_json_schema_2020_12_with_every_section():
    result = run("schema")
    schema = json.loads(result.output)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for section in ("basics", "work", "education", "skills", "projects", "showcase", "volunteer", "awards"):
        assert section in schema["properties"]


def test_committed_schema_matches_the_models():
    assert (ROOT / "showcase.schema.json").read_text() == run("schema").output


def test_unknown_option_is_a_usage_error():
    assert run("build", "--nope").exit_code == 2


def test_network_down_exits_1_and_touches_nothing(example, tmp_path):
    config = str(example / "showcase.yaml")
    assert run("render", "-c", config).exit_code == 0
    before = tree_bytes(example)
    env = {"GITHUB_API_URL": "http://127.0.0.1:9", "GH_TOKEN": "x", "SHOWCASE_CACHE_DIR": str(tmp_path / "c")}
    result = run("build", "-c", config, env=env)
    assert result.exit_code == 1
    assert "cannot reach http://127.0.0.1:9" in result.output and "Traceback" not in result.output
    assert tree_bytes(example) == before
