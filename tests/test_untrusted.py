"""Fetched text is data: never markup, never template code, never a link, never a marker."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from showcase.markers import find_regions
from showcase.merge import merge
from showcase.models import Resume
from showcase.render import render_all
from showcase.snapshot import Readme, Release, RepoData, Snapshot, UserData

HOSTILE = (
    "<script>alert(1)</script> | {{ 7*7 }} {% if true %}X{% endif %} <!-- showcase:end --> "
    "<img src=x onerror=alert(1)> [x](javascript:alert(1))"
)


def hostile_build(api, tmp_path, options):
    from showcase import api as showcase

    api.add_user("me", name=HOSTILE)
    api.add_repo(
        "me",
        "evil",
        stars=1,
        description=HOSTILE,
        homepage="javascript:alert(1)",
        topics=["<b>t</b>", "{{x}}"],
        language="<i>Py</i>",
        readme=f"# evil\n\n{HOSTILE} is a tool.\n",
        releases=[{"tag_name": "<script>v1</script>", "name": "{{ 7*7 }} <!-- showcase:start -->"}],
    )
    config = tmp_path / "showcase.yaml"
    config.write_text("basics: {name: Me}\nshowcase: {github: me}\n")
    showcase.build(config, options=options)
    return tmp_path


def test_hostile_description_is_inert_everywhere(api, tmp_path, options):
    out = hostile_build(api, tmp_path, options)
    readme = (out / "README.md").read_text()
    page = (out / "projects" / "evil.md").read_text()
    for text in (readme, page):
        assert "<script>" not in text and "<img src=x" not in text and "<b>t</b>" not in text
        assert "X{% endif %}" in text  # the Jinja syntax is printed, not run
        assert not re.search(r"(?<!\\)\]\(javascript:", text)
        assert "&lt;!-- showcase:end --&gt;" in text
    # The marker regions of the README are exactly the template's.
    names = [r.name for r in find_regions(readme)]
    assert names == ["stats", "projects", "releases"]  # compact: no label or summary, so no hook
    # A second build splices into those same regions and stays stable.
    assert "javascript:alert(1)" not in page.split("Repository")[1].split("\n")[0]


def test_hostile_build_twice_keeps_regions_and_bytes(api, tmp_path, options):
    from showcase import api as showcase

    out = hostile_build(api, tmp_path, options)
    before = (out / "README.md").read_bytes()
    result = showcase.build(out / "showcase.yaml", options=options)
    assert not result.changed and (out / "README.md").read_bytes() == before


MD_TAGS = {"br": set(), "sub": set(), "picture": set(), "source": {"media", "srcset"}, "img": {"src", "alt"}}
SVG_ELEMENTS = {"svg", "title", "desc", "style", "rect", "text", "clipPath", "g", "circle"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.seen: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, dict(attrs)))


def assert_only_our_tags(text: str, path: str) -> None:
    """Raw HTML in Markdown output is only the template's own, with only its own attributes."""
    parser = _Tags()
    parser.feed(re.sub(r"<!--.*?-->", "", text, flags=re.S))
    for tag, attrs in parser.seen:
        assert tag in MD_TAGS and set(attrs) == MD_TAGS[tag], (path, tag, attrs)
        assert all(not (value or "").startswith("javascript") for value in attrs.values()), (path, attrs)
        if tag in {"img", "source"}:
            image = attrs.get("src") or attrs.get("srcset") or ""
            assert re.fullmatch(r"https://raw\.githubusercontent\.com/me/me/HEAD/assets/[a-z-]+\.svg", image), (
                path,
                attrs,
            )


HTML_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "link",
    "body",
    "header",
    "h1",
    "h2",
    "h3",
    "p",
    "ul",
    "li",
    "a",
    "main",
    "section",
    "article",
    "span",
    "strong",
    "em",
    "code",
    "dl",
    "dt",
    "dd",
    "nav",
    "footer",
    "blockquote",
    "div",
}
SAFE_HREF = re.compile(r"^(https?://|mailto:|projects/|\.\./|style\.css$|index\.html$)")


def assert_html_is_inert(text: str, path: str) -> None:
    parser = _Tags()
    parser.feed(text)
    assert "<script" not in text.lower(), path
    for tag, attrs in parser.seen:
        assert tag in HTML_TAGS, (path, tag)
        assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
        if "href" in attrs:
            assert SAFE_HREF.match(attrs["href"] or ""), (path, attrs["href"])


def assert_svg_is_inert(text: str, path: str) -> None:
    root = ElementTree.fromstring(text)  # well-formed XML
    for element in root.iter():
        name = element.tag.split("}")[-1]
        assert name in SVG_ELEMENTS, (path, name)
        assert not any(key.startswith("on") or "href" in key for key in element.attrib), (path, element.attrib)


text_strategy = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=60
) | st.sampled_from([HOSTILE, "<!-- showcase:end projects -->", "\n<!-- showcase:start -->\n", "{{ x }}", "]("])


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(
    description=text_strategy,
    topic=text_strategy,
    excerpt=text_strategy,
    language=text_strategy,
    name=text_strategy,
    release=text_strategy,
    homepage=text_strategy,
)
def test_fuzz_any_fetched_text_renders_inert(description, topic, excerpt, language, name, release, homepage):
    resume = Resume.model_validate({"basics": {"name": "Me"}, "showcase": {"github": "me", "outputs": {"html": True}}})
    repo = RepoData(
        full_name="me/repo",
        name="repo",
        owner="me",
        html_url="https://github.com/me/repo",
        description=description,
        homepage=homepage,
        topics=[topic],
        language=language,
        stars=5,
        detailed=True,
        languages={language or "x": 10},
        latest_release=Release(tag=release or "t", name=name, url=homepage),
        readme=Readme(path="README.md", excerpt=excerpt),
    )
    snapshot = Snapshot(user=UserData(login="me", name=name), repos={"me/repo": repo})
    profile, _ = merge(resume, snapshot)
    outputs = render_all(profile, resume.showcase)
    for path, text in outputs.items():
        text.encode("utf-8")  # valid UTF-8
        if path.endswith(".svg"):
            assert_svg_is_inert(text, path)
            continue
        if path.endswith(".html"):
            assert_html_is_inert(text, path)
            continue
        if path.endswith(".css"):
            continue
        assert_only_our_tags(text, path)
        # Every live link (an unescaped "](") points somewhere showcase allows.
        assert not re.search(r"(?<!\\)\]\((?!https?://|projects/|\.\./README\.md|mailto:)", text), path
        regions = [r.name for r in find_regions(text, path)] if path == "README.md" else []
        # Exactly the template's regions, in order: nothing forged, nothing cut short.
        # (The hook is there: a link to the site.)
        assert regions == ([] if path != "README.md" else ["header", "stats", "projects", "releases"]), regions


def test_no_template_is_ever_built_from_a_string():
    """Templates come only from files: no code path can turn data into template source."""
    from conftest import ROOT

    for path in (ROOT / "showcase").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "from_string" not in text and "Template(" not in text, path


# ---- under GitHub's own renderer (cmark-gfm) ------------------------------------------------------

BLOCK_FORGERS = ["---", "===", "-- -", "- - -", "==", "+++", "# x", "1. x", "    indented code", "> quote"]
AUTOLINKS = [
    "www.evil.example",
    "https://evil.example/x",
    "see http://evil.example",
    "x@evil.example",
    "WWW.EVIL.EXAMPLE",
    "mailto:x@evil.example",
    "ftp://evil.example",
]


def _render_with(text: str) -> dict[str, str]:
    resume = Resume.model_validate({"basics": {"name": "Me"}, "showcase": {"github": "me"}})
    repo = RepoData(
        full_name="me/repo",
        name="repo",
        owner="me",
        html_url="https://github.com/me/repo",
        description=text,
        topics=[text],
        language=text,
        stars=5,
        detailed=True,
        languages={"Go": 10},
        latest_release=Release(tag=text, name=text),
        readme=Readme(path="README.md", excerpt=text),
    )
    snapshot = Snapshot(user=UserData(login="me", name=text, bio=text), repos={"me/repo": repo})
    profile, _ = merge(resume, snapshot)
    return {path: out for path, out in render_all(profile, resume.showcase).items() if path.endswith(".md")}


def test_fetched_text_is_no_heading_break_or_autolink_on_github():
    from gfm import structure

    baseline = {path: structure(text) for path, text in _render_with("plain words").items()}
    for hostile in BLOCK_FORGERS + AUTOLINKS:
        for path, text in _render_with(hostile).items():
            seen = structure(text)
            assert (seen.headings, seen.breaks) == (baseline[path].headings, baseline[path].breaks), (hostile, path)
            assert not [href for href in seen.hrefs if "evil" in href.lower()], (hostile, path, seen.hrefs)
            assert "<pre>" not in text and "<blockquote>" not in text
            # …and the words still read as written.
            shown = " ".join("".join(seen.text).replace("\u2060", "").split())
            assert " ".join(hostile.split()) in shown, (hostile, path)


# ---- no path is quadratic in fetched text ----------------------------------------------------------
# Each shape is (before, a unit repeated to the size asked for, after). Each once took 3 s to minutes
# at the size of the part read; cost.py checks how the work grows, not how fast this machine is.

Shape = tuple[str, str, str]


def _made(shape: Shape) -> Callable[[int], str]:
    before, unit, after = shape
    return lambda size: before + unit * (size // len(unit)) + after


HOSTILE_SHAPES: dict[str, Shape] = {
    "spaces": ("", " ", "x"),
    "unclosed tags": ("<div>\n", "a<b ", ""),
    "open bold": ("", "<b", ""),
    "unclosed comments": ("<div><!--", "<!--", ""),
    "brackets": ("", "[", ""),
    "bold lines": ("", "<b\n", ""),
    "line breaks": ("", "Some words here<br>", ""),
    # One word as long as the part read: address patterns once tried it from every letter.
    "one long word": ("# T\n\n", "a", "\n"),
    "a dashed word": ("# T\n\nx ", "a-", "\n"),
    "a dotted word": ("# T\n\n", "a.b", "\n"),
    # A run of dashes that two patterns could split between their first two parts.
    "a quoted run of dashes": ("# T\n\n> ", "-", "x\n"),
}


ASCIIDOC_SHAPES: dict[str, Shape] = {
    "inline images": ("", "image:", ""),
    "unclosed links": ("", "https://x[", ""),
    "one open link": ("link:https://a", "[", ""),
    "headings": ("", "= ", ""),
    "comment blocks": ("", "////\n", ""),
}


ORG_SHAPES: dict[str, Shape] = {
    "open links": ("", "[[", ""),
    "a link with no end": ("[[https://x][", "a", ""),
    "stars": ("", "*a ", ""),
    "slashes": ("", "/", ""),
    "blocks": ("", "#+begin_src\n", ""),
    "headings": ("", "* ", ""),
}


TEXTILE_SHAPES: dict[str, Shape] = {
    # Alignment marks a pattern could split two ways ("<<" or "<" "<") before a missing full stop.
    "alignment marks": ("p", "<", "x"),
    "quotes": ("", '"a', ":"),
    "a link with no end": ('"a":https://', "a", ""),
    "images": ("", "!a", ""),
    "at signs": ("", "@", ""),
    "a long code block": ("bc.. x\n", "\n", ""),
    "signatures": ("", "h1. \n", ""),
}

READ_AS = {
    "README.md": HOSTILE_SHAPES,
    "README.adoc": ASCIIDOC_SHAPES,
    "README.org": ORG_SHAPES,
    "README.textile": TEXTILE_SHAPES,
}


@pytest.mark.parametrize(
    ("path", "shape"), [(path, name) for path, shapes in sorted(READ_AS.items()) for name in sorted(shapes)]
)
def test_hostile_readme_is_read_in_linear_time_and_only_up_to_the_cap(path, shape):
    from cost import assert_capped, assert_linear

    from showcase import excerpt

    make = _made(READ_AS[path][shape])
    # Sized to fit below the cap with its ends: a longer text is cut at its last line break, which
    # would leave one heading of the one-line shapes.
    assert_linear(lambda text: excerpt.extract(text, path), make, excerpt.MAX_INPUT_CHARS - 64)
    assert_capped(lambda text: excerpt.extract(text, path), make, excerpt.MAX_INPUT_CHARS)


@pytest.mark.parametrize(
    "shape",
    [("", "http://", ""), ("", "image:", ""), ("", "link:https://", ""), ("", "https://x[", ""), ("", "image:x[", "")],
)
def test_asciidoc_inline_patterns_are_linear_even_past_the_cap(shape):
    """A link or image with no closing "[…]" was tried from every "http"/"image:" of a run; the
    excerpt's cap kept that near half a second, but the reader itself must not depend on it. Nor
    may the search for a closing "]" run past the next link's "[" ("https://x[https://x[…": 2.1 s
    on 48,000 characters)."""
    from cost import assert_linear

    from showcase.readme_asciidoc import as_markdown

    assert_linear(as_markdown, _made(shape), 300_000)


def test_asciidoc_attribute_references_cannot_grow_a_line_without_bound():
    """ ":a: <500 characters>" then a line of 100,000 "{a}": each reference is its value only up to a
    budget per line, so the text read grows by thousands of characters, not by fifty million."""
    from showcase.readme_asciidoc import as_markdown

    adoc = ":a: " + "x" * 500 + "\n\n" + "{a}" * 100_000 + "\n"
    assert len(as_markdown(adoc)) < len(adoc) + 5_000


@pytest.mark.parametrize("shape", [("version 1", ".1", "x"), ("v1", ".11111", ""), ("", "a.", "!")])
def test_a_version_with_no_end_is_judged_in_linear_time(shape):
    """A row-of-facts pattern ("Version 4.8 | Updated: …") could split a version with no end between
    two of its parts: 5 s on this line before; so could the official-site pattern split a host name
    with no end between its parts and its path. Judged directly, as the extractor's prose check
    happens to turn this line away first."""
    from cost import assert_linear

    from showcase import excerpt_never

    assert_linear(excerpt_never.never_the_description, _made(shape), 24_000)


@pytest.mark.parametrize("shape", sorted(HOSTILE_SHAPES))
def test_hostile_text_renders_in_linear_time(shape):
    """Fetched text shown as a description, topic, language and release: every output is built in
    time in step with it."""
    from cost import assert_linear

    assert_linear(_render_with, _made(HOSTILE_SHAPES[shape]), 200_000)


def test_the_titles_words_looked_for_in_the_detail_are_a_few_not_all():
    """A bold "An … auditor." before a paragraph asks whether that paragraph names any longer word of
    the title. Asked for every word of a heading of thousands, that was a search of the paragraph per
    word: 0.14 s at 6 KiB, 1.7 s at 24 KiB. Only the title's first eight words are looked for."""
    from cost import assert_linear

    from showcase import excerpt

    def make(size: int) -> str:
        half = size // 2
        title = "wordx " * (half // 6)
        return f"# {title}\n\n**An autonomous security auditor.**\n\n" + "detail words " * (half // 13) + "\n"

    assert excerpt.extract(make(24_000)) == "An autonomous security auditor."
    assert_linear(excerpt.extract, make, 24_000)


def test_the_growth_check_fails_on_quadratic_work_and_passes_linear_work():
    """Searching "a*b" from every "a" of a run with no "b" is the classic quadratic pattern."""
    from cost import assert_linear

    def make(size: int) -> str:
        return "a" * size

    with pytest.raises(AssertionError, match="grew faster than its input"):
        # Big enough that the 50 ms floor is small beside it: 16,000 passed on a fast machine.
        assert_linear(lambda text: re.search(r"a*b", text), make, 32_000)
    assert_linear(lambda text: re.search(r"b", text * 500), make, 16_000)
