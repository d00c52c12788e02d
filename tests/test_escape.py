from __future__ import annotations

import pytest

from showcase.escape import MdSafe, html_link, md_curated, md_escape, md_link, safe_url


@pytest.mark.parametrize(
    "raw, escaped",
    [
        ("plain words", "plain words"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a | b", "a \\| b"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("*bold* `code`", "\\*bold\\* \\`code\\`"),
        ("<!-- showcase:end -->", "&lt;!-- showcase:end --&gt;"),
        ("rust_http_proxy", "rust_http_proxy"),
        ("_leading", "\\_leading"),
        ("# heading", "\\# heading"),
        ("1. item", "1\\. item"),
        ("57.5%", "57.5%"),
        ("line one\nline two", "line one line two"),
        ("AT&T", "AT&amp;T"),
    ],
)
def test_md_escape(raw, escaped):
    assert md_escape(raw) == escaped


def test_md_safe_is_not_escaped_twice():
    assert md_escape(MdSafe("[a](https://x)")) == "[a](https://x)"


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://example.com/a?b=1", True),
        ("http://example.com", True),
        ("www.arloor.com", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("data:text/html,x", False),
        ("//evil.example", False),
        ("ftp://x", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url_allows_only_http(url, ok):
    assert (safe_url(url) is not None) is ok


def test_safe_url_encodes_what_would_break_out():
    assert safe_url('https://x.example/a b)"<') == "https://x.example/a%20b%29%22%3C"


def test_md_link_with_bad_scheme_is_text():
    assert md_link("click", "javascript:alert(1)") == "click"
    assert md_link("a]b", "https://x.example") == "[a\\]b](https://x.example)"


def test_html_link_escapes_and_refuses_bad_schemes():
    assert str(html_link("<b>", "javascript:x")) == "&lt;b&gt;"
    assert str(html_link("x", 'https://a.example/"onmouseover')) == '<a href="https://a.example/%22onmouseover">x</a>'


def test_curated_markdown_keeps_emphasis_but_not_html():
    assert md_curated("**Bold** <img src=x>") == "**Bold** &lt;img src=x&gt;"
