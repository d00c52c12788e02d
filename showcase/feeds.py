"""Blog posts from RSS 2.0 / Atom feeds, through the same HTTP cache as the API.

A feed that fails (network, 404, malformed, slow) costs a warning, never the build: its
previous posts from the snapshot are kept.

# Imported inside functions: feedparser (25 to 40 ms of start-up) only when a feed is read; most
# profiles list none.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import requests

from showcase.snapshot import Post, newest_first

MAX_FEED_BYTES = 5 * 1024 * 1024


def fetch_posts(
    feeds: list[str],
    limit: int,
    session: requests.Session,
    previous: list[Post],
    say: Callable[[str], None],
    timeout: float = 15,
) -> list[Post]:
    posts: list[Post] = []
    for url in feeds:
        try:
            posts += _read_feed(url, limit, session, timeout)
        except FeedError as exc:
            kept = [post for post in previous if post.feed == url]
            say(f"feed {url}: {exc}; keeping the {len(kept)} previous post(s)")
            posts += kept
    return newest_first(posts)


class FeedError(Exception):
    pass


def _read_feed(url: str, limit: int, session: requests.Session, timeout: float) -> list[Post]:
    try:
        response = session.get(
            url, timeout=timeout, headers={"Accept": "application/rss+xml, application/atom+xml, */*"}
        )
    except requests.RequestException as exc:
        raise FeedError(type(exc).__name__) from None
    if response.status_code != 200:
        raise FeedError(f"HTTP {response.status_code}")
    if len(response.content) > MAX_FEED_BYTES:
        raise FeedError("larger than 5 MB")
    import feedparser

    parsed: Any = feedparser.parse(response.content)
    posts = [post for post in (_post(entry, url) for entry in parsed.entries) if post.title]
    # feedparser recovers what it can from broken XML; a broken feed with nothing usable has failed,
    # while a well-formed feed with no entries is simply empty.
    if not posts and (parsed.bozo or not parsed.get("feed")):
        raise FeedError("not a valid RSS or Atom feed")
    return newest_first(posts)[:limit]


def _post(entry: Any, feed: str) -> Post:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    published = time.strftime("%Y-%m-%d", moment) if moment else None
    return Post(
        title=" ".join(str(entry.get("title") or "").split()),
        url=entry.get("link") or None,
        published=published,
        feed=feed,
    )
