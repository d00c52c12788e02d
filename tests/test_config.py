from __future__ import annotations

import pytest

from showcase.config import parse_resume
from showcase.errors import ConfigError

MINIMAL = "basics:\n  name: A\n"


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_resume(text, "showcase.yaml")
    return caught.value.problems


def test_minimal_config_loads_with_defaults():
    resume = parse_resume(MINIMAL)
    assert resume.basics.name == "A"
    assert resume.showcase.discover.limit == 6
    assert resume.showcase.outputs.readme and resume.showcase.outputs.pages


def test_bad_date_names_file_line_column_and_path():
    text = "basics:\n  name: A\nwork:\n  - name: X\n  - name: Y\n    startDate: March 2023\n"
    assert problems(text) == [
        'showcase.yaml:6:5: work[1].startDate: expected YYYY, YYYY-MM or YYYY-MM-DD, got "March 2023"'
    ]


@pytest.mark.parametrize("value", ["2019", "2019-07", "2019-07-31"])
def test_dates_stay_as_written(value):
    resume = parse_resume(f"basics: {{name: A}}\nwork:\n  - name: X\n    startDate: {value}\n")
    assert resume.work[0].start_date == value


def test_unknown_key_suggests_the_near_miss():
    assert problems("basics:\n  name: A\n  emial: a@b.c\n") == [
        'showcase.yaml:3:3: basics.emial: unknown key "emial" (did you mean "email"?)'
    ]


def test_unknown_key_in_settings_suggests_camel_case_fix():
    found = problems("basics: {name: A}\nshowcase:\n  discover:\n    limt: 3\n")
    assert found == ['showcase.yaml:4:5: showcase.discover.limt: unknown key "limt" (did you mean "limit"?)']


def test_missing_required_field_points_at_parent():
    assert problems("basics:\n  label: X\n") == ['showcase.yaml:1:1: basics.name: missing required field "name"']


def test_wrong_type_says_what_it_got():
    (problem,) = problems("basics: {name: A}\nshowcase: {discover: {limit: lots}}\n")
    assert problem.startswith("showcase.yaml:2:23: showcase.discover.limit:") and '"lots"' in problem


def test_yaml_syntax_error_has_line():
    (problem,) = problems("basics:\n  name: [A\n")
    assert problem.startswith("showcase.yaml:3:1: YAML syntax error")


def test_duplicate_key_is_an_error():
    assert problems("basics: {name: A}\nbasics: {name: B}\n") == ["showcase.yaml:2:1: basics: duplicate key"]


def test_bad_repo_reference():
    (problem,) = problems("basics: {name: A}\nprojects:\n  - name: p\n    repo: not-a-repo\n")
    assert problem == 'showcase.yaml:4:5: projects[0].repo: expected owner/name, got "not-a-repo"'


@pytest.mark.parametrize("repo", ["a/..", "../b", "a/b/c", "/etc/passwd"])
def test_repo_reference_cannot_be_a_path(repo):
    (problem,) = problems(f"basics: {{name: A}}\nprojects:\n  - {{name: p, repo: '{repo}'}}\n")
    assert "projects[0].repo: expected owner/name" in problem


def test_duplicate_projects_are_an_error():
    text = "basics: {name: A}\nprojects:\n  - {name: a, repo: o/r}\n  - {name: b, repo: O/R}\n"
    assert problems(text) == ["showcase.yaml:4:15: projects[1].repo: O/R is already projects[0]"]


def test_hide_path_must_exist():
    assert problems("basics: {name: A}\nshowcase:\n  hide: [basics.phnoe]\n") == [
        'showcase.yaml:3:10: showcase.hide[0]: no field "basics.phnoe" (did you mean "basics.phone"?)'
    ]


def test_nested_highlight_with_typo_reports_the_key_not_the_union():
    text = "basics: {name: A}\nwork:\n  - name: X\n    highlights:\n      - fine\n      - {txt: bad}\n"
    found = problems(text)
    assert any('unknown key "txt" (did you mean "text"?)' in p for p in found)
    assert not any("valid string" in p for p in found)


def test_nested_highlights_load():
    text = "basics: {name: A}\nwork:\n  - name: X\n    highlights:\n      - plain\n      - text: group\n        items: [one, two]\n"
    highlights = parse_resume(text).work[0].highlights
    assert highlights[0] == "plain" and highlights[1].items == ["one", "two"]


def test_empty_file():
    assert problems("") == ["showcase.yaml:1:1: the file is empty"]


def test_login_from_profiles():
    text = "basics:\n  name: A\n  profiles:\n    - {network: GitHub, url: 'https://github.com/someone/'}\n"
    assert parse_resume(text).login == "someone"


def test_every_problem_is_reported_not_just_the_first():
    text = "basics:\n  name: A\n  emial: x\nwork:\n  - name: X\n    startDate: soon\n"
    assert len(problems(text)) == 2


def test_a_json_resume_document_validates_as_is():
    text = (
        '{"$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",'
        ' "basics": {"name": "R", "location": {"city": "X", "countryCode": "CN"}},'
        ' "volunteer": [{"organization": "O"}], "awards": [{"title": "T", "date": "2020-01-01"}],'
        ' "languages": [{"language": "English", "fluency": "Fluent"}], "meta": {"theme": "x"}}'
    )
    resume = parse_resume(text)
    assert resume.basics.location.country_code == "CN" and resume.languages[0].fluency == "Fluent"


def test_the_readme_example_config_validates():
    import re

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# yaml-language-server.*?)```", readme, re.S).group(1)
    resume = parse_resume(block, "README.md")
    assert resume.showcase.excerpt_width == 160 and resume.showcase.cards.ignore_languages == ["Jupyter Notebook"]
