"""Contributions (issue 17): the calendar and open-source sections, built once from the snapshot and
rendered as SVG, Markdown and HTML; fetched from the stand-in's GraphQL answers end to end."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from fake_graphql import calendar as github_calendar
from gfm import structure

from showcase import api as showcase
from showcase import contributions
from showcase.models import ContributionSettings
from showcase.snapshot import SNAPSHOT_PATH, Contributions, PullRequest

HOSTILE = "Fix *the* [thing](javascript:alert(1)) <img src=x onerror=alert(1)> @admin\n# heading"


def pr(repo: str, number: int, stars: int = 10, merged: str = "2026-03-01T00:00:00Z") -> PullRequest:
    return PullRequest(
        repo=repo,
        repo_url=f"https://github.com/{repo}",
        stars=stars,
        title=f"Change {number}",
        url=f"https://github.com/{repo}/pull/{number}",
        number=number,
        merged_at=merged,
    )


# ---- the model ------------------------------------------------------------------------------------


def test_the_calendar_starts_weeks_on_sunday_and_levels_by_quarters_of_the_busiest_day():
    # 2026-01-01 is a Thursday: four empty days lead the first week.
    totals = Contributions(total=20, first_day="2026-01-01", calendar=[0, 1, 4, 8, 2, 0, 5, 0, 0, 0])
    cal = contributions.calendar(totals)
    assert cal is not None
    assert cal.weeks[0][:4] == [None] * 4 and cal.weeks[0][4].date == "2026-01-01"
    assert all(len(week) == 7 for week in cal.weeks) and len(cal.weeks) == 2
    levels = [day.level for week in cal.weeks for day in week if day]
    assert levels == [0, 1, 2, 4, 1, 0, 3, 0, 0, 0]
    assert cal.busiest.date == "2026-01-04" and cal.longest_streak == 4
    assert (cal.first, cal.last) == ("2026-01-01", "2026-01-10")


def test_months_are_labelled_where_they_begin():
    cal = contributions.calendar(Contributions(first_day="2026-01-25", calendar=[1] * 70))
    assert [month for _, month in cal.months] == ["2026-02-01", "2026-03-01"]
    assert [week for week, _ in cal.months] == [1, 5]


def test_no_calendar_without_days():
    assert contributions.calendar(None) is None
    assert contributions.calendar(Contributions()) is None


def test_pull_requests_group_by_repository_most_starred_first_with_the_rest_counted():
    prs = [pr("a/small", 1, stars=5)] + [
        pr("b/big", n, stars=900, merged=f"2026-0{n}-01T00:00:00Z") for n in (1, 2, 3, 4, 5)
    ]
    groups = contributions.contributed(
        prs, ContributionSettings.model_validate({"repositories": 6, "perRepository": 3})
    )
    assert [g.repo for g in groups] == ["b/big", "a/small"]
    assert [p.number for p in groups[0].pull_requests] == [5, 4, 3] and groups[0].more == 2
    assert contributions.contributed(prs, ContributionSettings.model_validate({"repositories": 1})) == groups[:1]


# ---- end to end through the stand-in's GraphQL --------------------------------------------------------


@pytest.fixture
def contributor(big_api):
    user = big_api.users["octo"]
    counts = [(day * 7) % 11 if day % 5 else 0 for day in range(366)]
    user["contributions"] = {
        "totalCommitContributions": 812,
        "totalPullRequestContributions": 64,
        "totalIssueContributions": 23,
        "totalPullRequestReviewContributions": 41,
        "contributionCalendar": github_calendar("2025-11-23", counts),
    }
    user["contributed_to"] = 17
    big_api.add_repo("rust-lang", "rust", stars=98_000)
    big_api.add_repo("psf", "requests", stars=52_000)
    big_api.add_repo("corp", "internal", stars=1, private=True)
    user["pull_requests"] = [
        {"repo": "rust-lang/rust", "title": HOSTILE, "number": 12345, "merged_at": "2026-05-01T00:00:00Z"},
        {"repo": "psf/requests", "title": "Handle an empty Retry-After", "number": 6100},
        {"repo": "octo/zz-star", "title": "My own repository", "number": 3},
        {"repo": "corp/internal", "title": "Private work", "number": 9},
    ]
    return big_api


@pytest.fixture
def site_config(big_config):
    big_config.write_text(
        big_config.read_text().replace("  hide: [basics.phone]\n", "  hide: [basics.phone]\n  outputs: {html: true}\n")
    )
    return big_config


def test_contributions_reach_the_snapshot_without_private_or_own_work(contributor, site_config, options):
    showcase.build(site_config, options=dataclasses.replace(options, graphql=True))
    snap = json.loads((site_config.parent / SNAPSHOT_PATH).read_text())
    assert [p["repo"] for p in snap["pull_requests"]] == ["rust-lang/rust", "psf/requests"]
    totals = snap["contributions"]
    assert (totals["commits"], totals["pull_requests"], totals["issues"], totals["reviews"]) == (812, 64, 23, 41)
    assert totals["repositories"] == 17 and totals["first_day"] == "2025-11-23" and len(totals["calendar"]) == 366


def test_the_calendar_card_light_and_dark_with_words_for_screen_readers(contributor, site_config, options):
    showcase.build(site_config, options=dataclasses.replace(options, graphql=True))
    out = site_config.parent
    light, dark = (out / "assets/contributions.svg").read_text(), (out / "assets/contributions-dark.svg").read_text()
    assert light.count("<rect") == dark.count("<rect") == 1 + 366 + 5  # frame, days, legend
    assert "#216e39" in light and "#56d364" in dark  # GitHub's greens for each theme
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", light).group(1)
    assert desc.startswith("1.5K contributions from Nov 23, 2025 to Nov 23, 2026; most in one day: 10 on ")
    readme = (out / "README.md").read_text()
    raw = "https://raw.githubusercontent.com/octo/octo/HEAD/assets"
    assert f'srcset="{raw}/contributions-dark.svg"><img src="{raw}/contributions.svg" alt="{desc}"' in readme
    stats = (out / "assets/stats.svg").read_text()
    for label, value in [("Commits (last year)", "812"), ("Reviews", "41"), ("Contributed to", "17")]:
        assert f">{label}</text>" in stats and f">{value}</text>" in stats
    # Two columns (the profile, last year), so the pair stays as short as its longest column.
    assert 'height="178"' in stats and 'height="178"' in (out / "assets/languages.svg").read_text()
    columns = {m for m in re.findall(r'<text x="(\d+)" y="\d+" font-size="12"', stats)}
    assert len(columns) == 2, columns
    site = (out / "site/index.html").read_text()
    assert f'role="img" aria-label="{desc}"' in site and len(re.findall(r'class="l[0-4]"', site)) == 366


def test_the_open_source_section_in_markdown_and_on_the_site(contributor, site_config, options):
    showcase.build(site_config, options=dataclasses.replace(options, graphql=True))
    out = site_config.parent
    readme = (out / "README.md").read_text()
    section = readme[
        readme.index("<!-- showcase:start contributions -->") : readme.index("<!-- showcase:end contributions -->")
    ]
    assert section.index("rust-lang/rust") < section.index("psf/requests")  # most stars first
    assert "★ 98K · 1 merged pull request" in section and "(#6100)" in section
    assert "My own repository" not in readme and "Private work" not in readme
    seen = structure(section)
    assert seen.headings == 1  # the section's own: a title can't add one
    assert all(href.startswith("https://github.com/") for href in seen.hrefs), seen.hrefs
    assert "<img" not in section.replace("&lt;img", "")
    site = (out / "site/index.html").read_text()
    assert '<section aria-labelledby="contributions">' in site and "Handle an empty Retry-After" in site
    assert "<img src=x" not in site and "&lt;img src=x onerror=alert(1)&gt;" in site


def test_the_calendar_card_can_be_switched_off(contributor, site_config, options):
    text = site_config.read_text().replace(
        "  outputs: {html: true}\n", "  outputs: {html: true}\n  contributions: {calendar: false}\n"
    )
    site_config.write_text(text)
    showcase.build(site_config, options=dataclasses.replace(options, graphql=True))
    assert not (site_config.parent / "assets/contributions.svg").exists()
    assert "contributions.svg" not in (site_config.parent / "README.md").read_text()


def test_a_rest_refresh_keeps_what_only_graphql_knows(contributor, site_config, options):
    showcase.build(site_config, options=dataclasses.replace(options, graphql=True))
    before = (site_config.parent / "assets/contributions.svg").read_bytes()
    showcase.build(site_config, options=options)  # REST: no calendar, no pins to ask for
    snap = json.loads((site_config.parent / SNAPSHOT_PATH).read_text())
    assert snap["contributions"]["commits"] == 812 and len(snap["pull_requests"]) == 2
    assert (site_config.parent / "assets/contributions.svg").read_bytes() == before


def test_a_calendar_of_absurd_length_is_cut_to_the_bound(contributor, site_config, options):
    weeks = github_calendar("2020-01-05", [1] * 7 * 60)["weeks"]  # 60 weeks: more than GitHub sends
    contributor.users["octo"]["contributions"]["contributionCalendar"] = {"totalContributions": 420, "weeks": weeks}
    showcase.build(site_config, options=dataclasses.replace(options, graphql=True))
    snap = json.loads((site_config.parent / SNAPSHOT_PATH).read_text())
    assert len(snap["contributions"]["calendar"]) == 400


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_sites_contributions_pass_axe(contributor, site_config, options, browser, scheme):
    from test_site import AXE, open_page, serving

    showcase.build(site_config, options=dataclasses.replace(options, graphql=True))
    with serving(site_config.parent / "site") as base:
        page, _ = open_page(browser, base, scheme)
        page.add_script_tag(path=str(AXE))
        assert page.locator("figure.calendar rect").count() == 366
        result = page.evaluate("async () => await axe.run(document)")
    assert len(result["passes"]) > 10  # axe really ran its rules on this page
    bad = [f"{v['id']}: {v['help']}" for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, bad


def test_the_calendar_speaks_the_profiles_language():
    from showcase.merge import merge
    from showcase.models import Resume
    from showcase.render import render_all
    from showcase.snapshot import Snapshot, UserData

    resume = Resume.model_validate({"basics": {"name": "艾达"}, "showcase": {"github": "ada", "locale": "zh"}})
    snapshot = Snapshot(
        user=UserData(login="ada"),
        contributions=Contributions(commits=3, total=3, first_day="2026-01-25", calendar=[1, 0, 2] + [0] * 60),
    )
    profile, _ = merge(resume, snapshot)
    card = render_all(profile, resume.showcase)["assets/contributions.svg"]
    assert ">周一</text>" in card and ">2月</text>" in card and ">少</text>" in card
    assert "过去一年 3 次贡献" in card and "最长连续：1 天" in card
