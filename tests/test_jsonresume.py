"""JSON Resume in and out."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from showcase.cli import app
from showcase.config import load_resume

runner = CliRunner()
SAMPLE = Path(__file__).parent / "data" / "resume.json"


def test_import_writes_a_commented_config_with_schema_line_and_repo_links(tmp_path):
    target = tmp_path / "showcase.yaml"
    result = runner.invoke(app, ["import", str(SAMPLE), "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text()
    assert text.startswith("# yaml-language-server: $schema=showcase.schema.json\n")
    assert json.loads((tmp_path / "showcase.schema.json").read_text())["title"] == "showcase.yaml"
    resume = load_resume(target)
    assert resume.projects[0].repo == "richard/miss-direction"
    assert resume.login == "richard"


def test_import_refuses_to_overwrite(tmp_path):
    target = tmp_path / "showcase.yaml"
    target.write_text("mine")
    result = runner.invoke(app, ["import", str(SAMPLE), "-o", str(target)])
    assert result.exit_code == 1 and "exists; not overwriting" in result.output
    assert target.read_text() == "mine"


def test_round_trip_keeps_every_field(tmp_path):
    target = tmp_path / "showcase.yaml"
    runner.invoke(app, ["import", str(SAMPLE), "-o", str(target)])
    # The imported settings hide basics.phone; --include-hidden is the full round trip.
    result = runner.invoke(app, ["export", "-c", str(target), "--include-hidden"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == json.loads(SAMPLE.read_text())


def test_export_leaves_hidden_fields_out(tmp_path):
    target = tmp_path / "showcase.yaml"
    runner.invoke(app, ["import", str(SAMPLE), "-o", str(target)])
    exported = runner.invoke(app, ["export", "-c", str(target)]).output
    assert "555-4321" not in exported and "phone" not in json.loads(exported)["basics"]


def test_imported_config_builds_and_shows_profile_sections(tmp_path):
    from showcase import api
    from showcase.snapshot import SNAPSHOT_PATH, Snapshot, dumps

    target = tmp_path / "showcase.yaml"
    runner.invoke(app, ["import", str(SAMPLE), "-o", str(target)])
    (tmp_path / SNAPSHOT_PATH).parent.mkdir()
    (tmp_path / SNAPSHOT_PATH).write_text(dumps(Snapshot()))
    api.build(target, offline=True)
    readme = (tmp_path / "README.md").read_text()
    for text in (
        "## Experience",
        "## Education",
        "## Skills",
        "## Projects",
        "## Languages",
        "## Awards",
        "Digital Compression Pioneer Award",
        "Video compression for 3d media",
    ):
        assert text in readme
    assert "555-4321" not in readme


def test_export_json_schema_is_the_schema():
    assert runner.invoke(app, ["export", "--format", "json-schema"]).output == runner.invoke(app, ["schema"]).output


def test_bad_json_is_a_clear_error(tmp_path):
    bad = tmp_path / "r.json"
    bad.write_text("{nope")
    result = runner.invoke(app, ["import", str(bad), "-o", str(tmp_path / "s.yaml")])
    assert result.exit_code == 2 and f"{bad}:1:2: not valid JSON" in result.output
