from __future__ import annotations

import pytest

from showcase.merge import merge
from showcase.models import Resume
from showcase.render import compact, render_all
from showcase.snapshot import RepoData, Snapshot


@pytest.mark.parametrize(
    "number, shown, zh",
    [
        (0, "0", "0"),
        (999, "999", "999"),
        (1000, "1K", "1,000"),
        (1234, "1.2K", "1,200"),  # Chinese writes no short form below 万: two significant digits
        (1299, "1.3K", "1,300"),
        (12345, "12.3K", "1.2万"),
        (123456, "123.5K", "12.3万"),
        (2_500_000, "2.5M", "250万"),
    ],
)
def test_compact_counts_follow_cldr(number, shown, zh):
    assert compact(number) == shown
    assert compact(number, locale="zh") == zh


def test_significance_off_shows_exact_counts():
    assert compact(1234, significance=False) == "1234"


def render_with(settings: dict, stars: int) -> str:
    resume = Resume.model_validate({"basics": {"name": "Me"}, "showcase": {"github": "me", **settings}})
    repo = RepoData(full_name="me/r", name="r", owner="me", html_url="https://github.com/me/r", stars=stars)
    profile, _ = merge(resume, Snapshot(repos={"me/r": repo}))
    return render_all(profile, resume.showcase)["README.md"]


def test_small_star_changes_do_not_change_the_readme_by_default():
    assert render_with({}, 1203) == render_with({}, 1249)
    assert render_with({"significance": False}, 1203) != render_with({"significance": False}, 1249)


def test_zh_locale_labels_and_dates():
    resume = Resume.model_validate(
        {
            "basics": {"name": "刘"},
            "work": [
                {"name": "小红书", "startDate": "2023-03", "endDate": "2024-06"},
                {"name": "字节跳动", "startDate": "2024-06"},
            ],
            "education": [{"institution": "南京大学", "startDate": "2015", "endDate": "2019"}],
            "showcase": {"github": "me", "locale": "zh"},
        }
    )
    profile, _ = merge(resume, Snapshot())
    readme = render_all(profile, resume.showcase)["README.md"]
    assert "## 工作经历" in readme and "## 教育经历" in readme
    assert "2023年3月—2024年6月" in readme and "2024年6月—至今" in readme


def test_render_is_deterministic():
    assert render_with({}, 5) == render_with({}, 5)


def test_outputs_can_be_switched_off():
    resume = Resume.model_validate(
        {"basics": {"name": "Me"}, "showcase": {"github": "me", "outputs": {"pages": False}}}
    )
    repo = RepoData(full_name="me/r", name="r", owner="me", html_url="https://github.com/me/r")
    profile, _ = merge(resume, Snapshot(repos={"me/r": repo}))
    outputs = render_all(profile, resume.showcase)
    assert list(outputs) == ["README.md"]
    assert "[r](https://github.com/me/r)" in outputs["README.md"]  # links to the repository instead


def test_a_thin_project_links_its_repository_instead_of_a_near_empty_page():
    from showcase.snapshot import Readme, RepoData, Snapshot, UserData

    resume = Resume.model_validate({"basics": {"name": "Me"}, "showcase": {"github": "me", "outputs": {"html": True}}})
    thin = RepoData(full_name="me/thin", name="thin", owner="me", html_url="https://github.com/me/thin", stars=2)
    rich = RepoData(
        full_name="me/rich",
        name="rich",
        owner="me",
        html_url="https://github.com/me/rich",
        stars=1,
        readme=Readme(path="README.md", excerpt="Rich does a lot."),
    )
    profile, _ = merge(resume, Snapshot(user=UserData(login="me"), repos={"me/thin": thin, "me/rich": rich}))
    out = render_all(profile, resume.showcase)
    assert "projects/thin.md" not in out and "site/projects/thin.html" not in out
    assert "projects/rich.md" in out and "site/projects/rich.html" in out
    assert "[thin](https://github.com/me/thin)" in out["README.md"]
    assert '<a href="https://github.com/me/thin">thin</a>' in out["site/index.html"]
