"""Feeds on their own: RSS and Atom read into posts; a failing feed keeps its previous posts."""

from __future__ import annotations

from showcase.client import HttpStats, make_session
from showcase.feeds import fetch_posts
from showcase.snapshot import Post

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>
<item><title>  Second   post </title><link>https://b.example/2</link><pubDate>Tue, 03 Feb 2026 10:00:00 GMT</pubDate></item>
<item><title>First post</title><link>https://b.example/1</link><pubDate>Thu, 01 Jan 2026 10:00:00 GMT</pubDate></item>
<item><title></title><link>https://b.example/untitled</link></item>
</channel></rss>"""


def test_rss_items_become_posts_newest_first_with_clean_titles(api):
    api.feeds["rss"] = (200, RSS)
    warnings: list[str] = []
    url = f"{api.base_url}/feeds/rss"
    posts = fetch_posts([url], 5, make_session(None, HttpStats()), [], warnings.append)
    assert [(p.title, p.published) for p in posts] == [("Second post", "2026-02-03"), ("First post", "2026-01-01")]
    assert warnings == []


def test_a_failing_feed_warns_and_keeps_only_its_own_previous_posts(api):
    api.feeds["bad"] = (200, b"<html>not a feed")
    url = f"{api.base_url}/feeds/bad"
    previous = [Post(title="kept", feed=url), Post(title="other feed's", feed="elsewhere")]
    warnings: list[str] = []
    posts = fetch_posts([url], 5, make_session(None, HttpStats()), previous, warnings.append)
    assert [p.title for p in posts] == ["kept"]
    assert len(warnings) == 1 and "keeping the 1 previous post(s)" in warnings[0]


def test_the_limit_applies_per_feed(api):
    api.feeds["rss"] = (200, RSS)
    posts = fetch_posts([f"{api.base_url}/feeds/rss"], 1, make_session(None, HttpStats()), [], lambda _: None)
    assert [p.title for p in posts] == ["Second post"]
