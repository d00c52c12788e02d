"""Posts, releases and totals; configurable sections."""

from __future__ import annotations

import json

import pytest
from fake_github import Fault

from showcase import api as showcase
from showcase.snapshot import SNAPSHOT_PATH


def rss(*items: tuple[str, str]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>https://blog.example/{i}</link><pubDate>{date}</pubDate></item>"
        for i, (title, date) in enumerate(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>{entries}</channel></rss>'.encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Atom &lt;b&gt;newest&lt;/b&gt;</title><link href="https://atom.example/n"/><updated>2026-11-20T00:00:00Z</updated></entry>
</feed>"""


@pytest.fixture
def blog(api, tmp_path, options):
    api.add_user("me", followers=12)
    api.add_repo(
        "me",
        "tool",
        stars=40,
        languages={"Go": 300, "Shell": 100},
        releases=[{"tag_name": "v1.2.0", "name": "Quicker", "published_at": "2026-10-01T00:00:00Z"}],
    )
    api.add_repo("me", "lib", stars=2, releases=[{"tag_name": "v0.1.0", "published_at": "2026-11-01T00:00:00Z"}])
    api.add_repo("me", "fork", stars=500, fork=True)
    api.add_repo("me", "old", stars=7, archived=True)
    api.feeds["rss"] = (
        200,
        rss(
            ("Third", "Wed, 03 Sep 2025 10:00:00 GMT"),
            ("First", "Mon, 01 Sep 2025 10:00:00 GMT"),
            ("Second", "Tue, 02 Sep 2025 10:00:00 GMT"),
        ),
    )
    api.feeds["atom"] = (200, ATOM)
    config = tmp_path / "showcase.yaml"
    config.write_text(
        "basics: {name: Me}\nshowcase:\n  github: me\n"
        f"  blog: {{feed: ['{api.base_url}/feeds/rss', '{api.base_url}/feeds/atom'], limit: 3}}\n"
    )
    return config


def test_posts_newest_first_limit_honoured_titles_escaped(blog, options):
    showcase.build(blog, options=options)
    readme = (blog.parent / "README.md").read_text()
    section = readme.split("<!-- showcase:start posts -->")[1].split("<!-- showcase:end posts -->")[0]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert lines == [
        "- [Atom &lt;b&gt;newest&lt;/b&gt;](https://atom.example/n) · *Nov 20, 2026*",
        "- [Third](https://blog.example/0) · *Sep 3, 2025*",
        "- [Second](https://blog.example/2) · *Sep 2, 2025*",
    ]


def test_latest_releases_newest_first(blog, options):
    showcase.build(blog, options=options)
    readme = (blog.parent / "README.md").read_text()
    assert (
        "- **lib** [v0.1.0](https://github.com/me/lib/releases/tag/v0.1.0) · *Nov 1, 2026*\n"
        "- **tool** [Quicker](https://github.com/me/tool/releases/tag/v1.2.0) (v1.2.0) · *Oct 1, 2026*" in readme
    )


def test_totals_count_non_fork_repos_including_archived(blog, options):
    showcase.build(blog, options=options)  # cards on (the default): totals on the card and in its alt text
    readme = (blog.parent / "README.md").read_text()
    assert 'alt="On GitHub: ★ 49, 4 repositories, 12 followers"' in readme
    card = (blog.parent / "assets" / "stats.svg").read_text()
    assert ">49</text>" in card and ">tool</text>" in card
    blog.write_text(blog.read_text().replace("  github: me\n", "  github: me\n  outputs: {cards: false}\n"))
    showcase.build(blog, options=options)  # without cards: a line of text
    readme = (blog.parent / "README.md").read_text()
    assert "★ 49 total stars · 4 repositories · 12 followers · Top project: tool" in readme
    assert "Languages: Go 75% · Shell 25%" in readme


@pytest.mark.parametrize(
    "broken",
    [(200, b"<rss><channel><item><title>unclosed"), (404, b"gone"), (200, b"just text, not a feed")],
    ids=["malformed", "404", "not-a-feed"],
)
def test_a_broken_feed_keeps_the_last_good_posts(blog, options, api, broken):
    showcase.build(blog, options=options)
    api.feeds["rss"] = broken
    result = showcase.build(blog, options=options)
    assert any("feed " in w and "/feeds/rss" in w and "keeping the 3 previous post(s)" in w for w in result.warnings)
    posts = json.loads((blog.parent / SNAPSHOT_PATH).read_text())["posts"]
    assert [p["title"] for p in posts] == ["Atom <b>newest</b>", "Third", "Second", "First"]


def test_a_slow_feed_times_out_and_keeps_its_posts(blog, options, api):
    showcase.build(blog, options=options)
    options.timeout = 1
    api.fault = lambda i, m, p: Fault(delay=2) if p == "/feeds/rss" else None
    result = showcase.build(blog, options=options)
    assert any("/feeds/rss" in w for w in result.warnings)
    assert "Third" in (blog.parent / "README.md").read_text()


def test_an_unchanged_feed_is_revalidated_not_refetched(blog, options, api):
    showcase.build(blog, options=options)
    api.reset_log()
    showcase.build(blog, options=options)
    assert [s.status for s in api.log if s.path.startswith("/feeds/")] == [304, 304]


def test_sections_are_ordered_and_switched_off_by_config(blog, options):
    text = blog.read_text().replace("  github: me\n", "  github: me\n  sections: [stats, releases, posts]\n")
    blog.write_text(text)
    showcase.build(blog, options=options)
    readme = (blog.parent / "README.md").read_text()
    starts = [line for line in readme.splitlines() if line.startswith("<!-- showcase:start")]
    assert starts == [
        "<!-- showcase:start stats -->",
        "<!-- showcase:start releases -->",
        "<!-- showcase:start posts -->",
    ]


def test_unknown_or_repeated_section_is_a_config_error(tmp_path):
    from showcase.config import parse_resume
    from showcase.errors import ConfigError

    with pytest.raises(ConfigError) as caught:
        parse_resume("basics: {name: A}\nshowcase:\n  sections: [header, header]\n")
    assert "showcase.sections: listed twice: header" in caught.value.problems[0]


def test_an_empty_feed_means_no_posts_and_no_warning(blog, options, api):
    api.feeds["rss"] = (200, rss())
    api.feeds["atom"] = (200, rss())
    result = showcase.build(blog, options=options)
    assert not any("feed" in w for w in result.warnings)
    assert "<!-- showcase:start posts -->" not in (blog.parent / "README.md").read_text()


def test_the_site_shows_posts_releases_and_totals(blog, options):
    blog.write_text(blog.read_text().replace("  github: me\n", "  github: me\n  outputs: {html: true}\n"))
    showcase.build(blog, options=options)
    index = (blog.parent / "site" / "index.html").read_text()
    assert '<h2 id="posts">' in index and "Atom &lt;b&gt;newest&lt;/b&gt;" in index
    assert '<h2 id="releases">' in index and "Quicker" in index
    assert "★ 49 total stars" in index
