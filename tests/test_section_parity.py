"""The README and the site are two layouts of one model: the same sections, in the same order,
showing the same fields, for every `showcase.sections` setting."""

from __future__ import annotations

import html
import re

import pytest

from showcase.merge import merge
from showcase.models import SECTIONS, Resume
from showcase.render import render_all
from showcase.snapshot import Contributions, Post, PullRequest, Readme, Release, RepoData, Snapshot, UserData

RESUME = {
    "basics": {"name": "Ada", "label": "Engineer", "summary": "Builds engines.", "url": "https://ada.example"},
    "work": [
        {
            "name": "Engines Ltd",
            "position": "Programmer",
            "location": "London",
            "startDate": "2020-01",
            "summary": "Ran the mill.",
            "highlights": ["Wrote note G", {"text": "Led", "items": ["a team"]}],
        }
    ],
    "education": [
        {
            "institution": "Uni",
            "area": "Maths",
            "studyType": "BSc",
            "startDate": "2015",
            "endDate": "2019",
            "score": "First class",
            "courses": ["Analysis", "Algebra"],
        }
    ],
    "skills": [{"name": "Rust", "level": "Expert", "keywords": ["tokio", "axum"]}],
    "publications": [
        {
            "name": "On Engines",
            "publisher": "Royal Society",
            "releaseDate": "2021-05",
            "url": "https://pub.example",
            "summary": "A paper.",
        }
    ],
    "awards": [{"title": "Medal", "awarder": "Society", "date": "2022", "summary": "For engines."}],
    "languages": [{"language": "English", "fluency": "Native"}, {"language": "French", "fluency": "Fluent"}],
    "projects": [{"name": "Engine", "repo": "ada/engine", "description": "The engine."}],
}
SNAPSHOT = Snapshot(
    user=UserData(login="ada", followers=3),
    repos={
        "ada/engine": RepoData(
            full_name="ada/engine",
            name="engine",
            owner="ada",
            html_url="https://github.com/ada/engine",
            stars=5,
            detailed=True,
            languages={"Rust": 10},
            readme=Readme(path="README.md"),
            latest_release=Release(tag="v1", name="One", published_at="2026-01-01T00:00:00Z"),
        )
    },
    posts=[Post(title="Hello", url="https://blog.example/hello", published="2026-02-01", feed="f")],
    contributions=Contributions(
        commits=40,
        pull_requests=6,
        issues=2,
        reviews=9,
        total=57,
        first_day="2026-01-04",
        calendar=[0, 3, 1, 0, 5, 2, 0],
    ),
    pull_requests=[
        PullRequest(
            repo="babbage/engine",
            repo_url="https://github.com/babbage/engine",
            stars=1200,
            title="Add the mill",
            url="https://github.com/babbage/engine/pull/7",
            number=7,
            merged_at="2026-03-01T00:00:00Z",
        )
    ],
)
HEADING_OF = {"header": "about"}  # the header's summary is the site's "about" section


def outputs(sections: list[str]) -> tuple[str, str]:
    data = {
        **RESUME,
        "showcase": {
            "github": "ada",
            "sections": sections,
            "outputs": {"html": True, "cards": False},
            "blog": {"feed": "https://blog.example/feed.xml"},
        },
    }
    resume = Resume.model_validate(data)
    profile, _ = merge(resume, SNAPSHOT)
    rendered = render_all(profile, resume.showcase)
    return rendered["README.md"], rendered["site/index.html"]


def readme_sections(readme: str) -> list[str]:
    return re.findall(r"<!-- showcase:start (\w+) -->", readme)


def site_sections(page: str) -> list[str]:
    ids = re.findall(r'<section aria-labelledby="(\w+)">', page)
    return [next((name for name, heading in HEADING_OF.items() if heading == i), i) for i in ids]


def text(markup: str) -> str:
    """What a reader sees: tags, Markdown punctuation and entities gone, white space folded."""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    plain = re.sub(r"[*_#\[\]()`]|\]\([^)]*\)", " ", plain).replace("\u2060", "")
    return " ".join(plain.split())


CASES = [[name] for name in SECTIONS] + [list(SECTIONS), list(reversed(SECTIONS)), ["header", "projects"]]


@pytest.mark.parametrize("sections", CASES, ids=["+".join(c) if len(c) < 3 else f"{len(c)} sections" for c in CASES])
def test_the_site_shows_exactly_the_readmes_sections_in_order(sections):
    readme, page = outputs(sections)
    assert readme_sections(readme) == site_sections(page) == [s for s in sections if s in readme_sections(readme)]
    assert readme_sections(readme), sections


FIELDS = {
    "work": ["Engines Ltd", "Programmer", "London", "Ran the mill.", "Wrote note G", "a team"],
    "education": ["Uni", "BSc in Maths", "First class", "Analysis", "Algebra"],
    "skills": ["Rust", "Expert", "tokio", "axum"],
    "publications": ["On Engines", "Royal Society", "A paper."],
    "awards": ["Medal", "Society", "For engines."],
    "languages": ["English", "Native", "French", "Fluent"],
    "releases": ["Engine", "One", "v1"],
    "posts": ["Hello"],
    "contributions": ["babbage/engine", "1.2K", "Add the mill", "7"],
    "stats": ["57 contributions in the last year", "40 commits", "6 pull requests", "2 issues", "9 reviews"],
}


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_a_field_shown_in_one_output_is_shown_in_the_other(name):
    readme, page = outputs([name])
    for value in FIELDS[name]:
        assert value in text(readme), (name, value, "README")
        assert value in text(page), (name, value, "site")
