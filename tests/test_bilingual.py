"""One source, two languages (issue 18, part 1): a text may be a map of languages; each language
gets its README, pages, site, cards and PDF, linked to its siblings; a gap falls back to the first
language and `showcase check` lists it; JSON Resume export writes one document per language."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from conftest import ROOT, tree_bytes
from typer.testing import CliRunner

from showcase import api, pdf
from showcase.cli import app
from showcase.config import parse_resumes
from showcase.errors import ConfigError

CONFIG = """\
basics:
  name: {en: Ada Lovelace, zh: 艾达·洛夫莱斯}
  label: {en: Engineer, zh: 工程师}
  summary: {en: Writes programs for engines.}
work:
  - name: Engines Ltd
    position: {en: Programmer, zh: 程序员}
    startDate: 2020-01
    highlights:
      - {en: Wrote note G, zh: 写了注释 G}
      - text: {en: Led, zh: 带领}
        items: [{en: a team, zh: 一个团队}]
showcase:
  github: ada
  locales: [en, zh]
  outputs: {cards: false}
"""


def test_each_language_resolves_its_texts_and_falls_back_to_the_first():
    resumes = parse_resumes(CONFIG)
    assert list(resumes) == ["en", "zh"]
    en, zh = resumes["en"], resumes["zh"]
    assert (en.basics.name, zh.basics.name) == ("Ada Lovelace", "艾达·洛夫莱斯")
    assert zh.basics.summary == "Writes programs for engines."  # no zh: the first language's
    assert zh.work[0].highlights[0] == "写了注释 G" and zh.work[0].highlights[1].items == ["一个团队"]
    assert en.work[0].name == zh.work[0].name == "Engines Ltd"  # one string: the same in both


def test_an_unknown_language_is_one_line_with_its_place():
    with pytest.raises(ConfigError) as failed:
        parse_resumes(CONFIG.replace("{en: Engineer, zh: 工程师}", "{en: Engineer, fr: Ingénieure}"))
    assert [str(p) for p in failed.value.problems] == [
        "showcase.yaml:3:25: basics.label.fr: unknown language 'fr' (showcase writes en, zh)"
    ]


def test_locale_and_locales_must_agree():
    with pytest.raises(ConfigError) as failed:
        parse_resumes(CONFIG.replace("  locales: [en, zh]\n", "  locale: zh\n  locales: [en]\n"))
    assert "locale zh is not one of locales (en)" in str(failed.value.problems[0])


def test_the_schema_allows_a_map_of_languages_for_text_only():
    schema = json.loads((ROOT / "showcase.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert not list(validator.iter_errors(yaml.safe_load(CONFIG)))
    bad = yaml.safe_load(CONFIG.replace("zh: 工程师", "fr: Ingénieure"))
    assert list(validator.iter_errors(bad))
    settings = yaml.safe_load(CONFIG.replace("github: ada", "github: {en: ada}"))
    assert list(validator.iter_errors(settings))  # settings are not text


@pytest.fixture
def site(tmp_path):
    config = tmp_path / "showcase.yaml"
    config.write_text(CONFIG.replace("{cards: false}", "{cards: false, html: true}"), encoding="utf-8")
    (tmp_path / ".showcase").mkdir()
    (tmp_path / ".showcase" / "snapshot.json").write_text('{"schema_version": 1}', encoding="utf-8")
    api.render(config)
    return tmp_path


def test_each_language_has_its_files_linked_to_the_others(site):
    readme, chinese = (site / "README.md").read_text(), (site / "README.zh.md").read_text()
    assert "**English** · [中文](https://github.com/ada/ada/blob/HEAD/README.zh.md)" in readme
    assert "[English](https://github.com/ada) · **中文**" in chinese  # the profile page shows README.md
    assert "**工程师**" in chinese and "**Engineer**" in readme
    index = (site / "site" / "index.zh.html").read_text()
    assert '<html lang="zh-CN">' in index and 'href="index.html" hreflang="en"' in index
    assert '<span aria-current="page">中文</span>' in index and "艾达·洛夫莱斯" in index
    assert not (site / "site" / "style.zh.css").exists()  # one stylesheet for both


def test_check_lists_what_is_untranslated(site):
    result = CliRunner().invoke(app, ["check", "-c", str(site / "showcase.yaml")])
    assert result.exit_code == 0, result.output
    assert f"untranslated: {site / 'showcase.yaml'}:4:3: basics.summary: no zh (the en text is used)" in result.output


def test_export_writes_one_json_resume_per_language(site, tmp_path):
    result = CliRunner().invoke(app, ["export", "-c", str(site / "showcase.yaml"), "-o", str(tmp_path / "json")])
    assert result.exit_code == 0, result.output
    english = json.loads((tmp_path / "json" / "resume.json").read_text())
    chinese = json.loads((tmp_path / "json" / "resume.zh.json").read_text())
    assert english["basics"]["label"] == "Engineer" and chinese["basics"]["label"] == "工程师"
    assert "showcase" not in chinese
    printed = CliRunner().invoke(app, ["export", "-c", str(site / "showcase.yaml"), "--locale", "zh"])
    assert json.loads(printed.output)["work"][0]["position"] == "程序员"


# ---- the bundled example ---------------------------------------------------------------------------


def test_the_example_builds_both_languages(demo):
    for name in ("README.md", "README.zh.md", "resume.pdf", "projects/rust_http_proxy.zh.md", "site/index.zh.html"):
        assert (demo / name).is_file(), name
    assert (demo / "resume.zh.pdf").is_file() or pdf.cjk_font() is None
    assert "基于 Tokio、Hyper 和 Rustls 的 HTTP 正向代理" in (demo / "README.zh.md").read_text()


def test_a_second_build_of_the_example_changes_no_byte(demo, tmp_path):
    again = tmp_path / "again"
    api.demo(again)
    assert tree_bytes(again) == tree_bytes(demo)


def test_without_a_cjk_font_the_demo_still_runs_and_says_why(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "installed_fonts", lambda: frozenset())
    result = api.demo(tmp_path)
    assert (tmp_path / "resume.pdf").is_file() and not (tmp_path / "resume.zh.pdf").exists()
    assert any(w.startswith("zh: no résumé PDF: the résumé has Chinese") for w in result.warnings)
