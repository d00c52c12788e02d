"""HTML blocks in a README → candidate paragraphs: many READMEs put their tagline in a centred `<p>`
or `<h3>`. The markup is re-serialised by html5ever (nh3) first, so html.parser reads it in linear
time whatever was fetched.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

from showcase.excerpt_prose import is_sentence
from showcase.excerpt_slogans import a_thing_for, names_its_kind
from showcase.readme_blocks import Candidate, head, share

_BLOCK_TAGS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "td",
    "th",
    "br",
    "tr",
    "table",
    "section",
    "header",
    "center",
    "blockquote",
    "details",
    "summary",
    "figcaption",
    "picture",
}
_SKIP_TAGS = {"script", "style", "pre", "summary", "sup", "sub", "svg"}

_CAPTION_WORDS = 20

# At most this much of one HTML block is read: parsers slow down on hostile input.
MAX_HTML_CHARS = 16 * 1024


class _TextCollector(HTMLParser):
    """Splits an HTML block into paragraphs, noting links, emphasis, headings and table cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[dict[str, object]] = []
        self.open = {"skip": 0, "a": 0, "em": 0, "table": 0, "code": 0}
        self.heading = False
        self.small = False  # an <h3>: a subtitle, as "###" is in Markdown
        self._new()

    def _new(self) -> None:
        self.current = {
            "text": "",
            "linked": "",
            "emph": "",
            "code": "",
            "heading": self.heading,
            "small": self.small,
            "table": self.open["table"] > 0,
            "image": False,
            "logo": False,
        }
        self.paragraphs.append(self.current)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.open["skip"] += 1
        elif tag == "a":
            self.open["a"] += 1
        elif tag in {"em", "i", "b", "strong"}:
            self.open["em"] += 1
        elif tag == "table":
            self.open["table"] += 1
        elif tag == "code":
            self.open["code"] += 1
        if tag == "br" and self._mid_sentence():
            self.current["text"] += " "  # type: ignore[operator]
        elif tag in _BLOCK_TAGS:
            if tag != "br":  # a line break inside a heading is still the heading
                self.heading = tag in {"h1", "h2", "h3"}
                self.small = tag == "h3"
            self._new()
        if tag == "img":
            self.current["text"] += " "  # type: ignore[operator]
            self.current["image"] = True
            # "<img src="assets/logo.svg">", "<img alt="Kassa logo">": the project's mark, not a screenshot.
            self.current["logo"] = self.current["logo"] or any(
                _LOGO.search(value or "") for name, value in attrs if name in {"src", "alt"}
            )

    def handle_endtag(self, tag: str) -> None:
        for name, tags in (
            ("skip", _SKIP_TAGS),
            ("a", {"a"}),
            ("em", {"em", "i", "b", "strong"}),
            ("table", {"table"}),
            ("code", {"code"}),
        ):
            if tag in tags and self.open[name]:
                self.open[name] -= 1
        if tag == "br" and self._mid_sentence():
            return
        if tag in _BLOCK_TAGS:
            self.heading = self.heading and tag == "br"
            self.small = self.small and tag == "br"
            self._new()

    def _mid_sentence(self) -> bool:
        """ "The <a>Sandstone</a> booth for …,<br>written entirely in TypeScript.": a line that ends
        with a comma goes on after the break; lines without one stay apart (taglines set one per
        line). Only the tail is looked at, so a run of breaks is read in linear time."""
        return str(self.current["text"])[-64:].rstrip().endswith((",", "，", "、"))

    def handle_data(self, data: str) -> None:
        if self.open["skip"]:
            return
        self.current["text"] += data  # type: ignore[operator]
        if self.open["a"]:
            self.current["linked"] += data  # type: ignore[operator]
        if self.open["em"]:
            self.current["emph"] += data  # type: ignore[operator]
        if self.open["code"]:
            self.current["code"] += data  # type: ignore[operator]


_LOGO = re.compile(r"logo|\bicon\b|brand|wordmark|banner", re.IGNORECASE)

_KEPT_TAGS = (_BLOCK_TAGS | _SKIP_TAGS | {"a", "em", "i", "b", "strong", "img", "code"}) - {"script", "style", "svg"}


def _well_formed(markup: str) -> str:
    """The block re-serialised by a real HTML5 parser (html5ever, through nh3): every tag closed,
    no comments, no attributes. html.parser alone rescans unclosed tags and comments from every
    `<`, which is quadratic on hostile input; on this output it reads each character once."""

    return nh3.clean(
        markup,
        tags=_KEPT_TAGS,
        attributes={"img": {"src", "alt"}},
        clean_content_tags={"script", "style", "svg"},
        strip_comments=True,
        link_rel=None,
        url_schemes=set(),
    )


# "<p>… explore [Weaviate instances](https://github.com/…).</p>": Markdown written inside HTML, which
# GitHub shows as typed; the author meant a link, so its words are what the paragraph says.
# A badge written so ("[![CI](…/badge.svg)](…)") is a picture in a link: no words at all.
_MARKDOWN_LINK = re.compile(r"!?\[([^\[\]\n]{0,200})\]\(\s*(?:https?://|\.{0,2}/|#)[^()\s]{0,500}\s*\)")


def _link_words(link: re.Match[str]) -> str:
    return "" if link.group(0).startswith("!") else link.group(1)


def _without_markdown_links(text: str) -> str:
    """Markdown links and pictures typed inside HTML, as their words. Twice: a badge is a picture
    inside a link, so the first pass drops the picture and the second the link it leaves empty."""
    return _MARKDOWN_LINK.sub(_link_words, _MARKDOWN_LINK.sub(_link_words, text))


def html_candidates(markup: str) -> list[Candidate]:
    collector = _TextCollector()
    collector.feed(_well_formed(head(markup, MAX_HTML_CHARS)))
    collector.close()
    found = []
    picture = False  # the paragraph before was only a picture
    logo = False  # …and that picture was the project's logo
    # A table that holds the title ("<td><img></td><td><h1>Kassa</h1><p>A till …</p></td>") lays out
    # the header: its cells are the README's first words, not sponsors or screenshots.
    header_table = any(p["table"] and p["heading"] and str(p["text"]).strip() for p in collector.paragraphs)
    for p in collector.paragraphs:
        text = _without_markdown_links(str(p["text"]))
        # A caption is a line; "Prowler is the Open Cloud Security Platform trusted by thousands to
        # automate …", all italic under the logo, runs to sentences.
        # "A Kubernetes controller for Elastic Load Balancers", bold under the logos, names what the
        # project is: a tagline, not a caption.
        caption = (
            picture
            and not logo  # under a logo, emphasised words are the tagline ("**Local-First Point of Sale**")
            and share(str(p["emph"]), text) > 0.9
            and len(text.split()) <= _CAPTION_WORDS
            and not names_its_kind(" ".join(text.split()))
            and not a_thing_for(" ".join(text.split()))
        )
        if text.strip() or p["image"]:
            picture = bool(p["image"]) and not text.strip()
            logo = picture and bool(p["logo"])
        if not text.strip() or (p["table"] and not header_table) or caption:
            # Table cells are layout (sponsors, badges, screenshots), and emphasised words under a
            # picture its caption ("HP-41CV desktop GUI on macOS — v2.2"): neither is a description.
            continue
        found.append(
            Candidate(
                text,
                # A heading that reads as a sentence may be the description; a paragraph beats it,
                # unless it is set small ("<h3>", as "###" in Markdown: a subtitle).
                bool(p["heading"]) and not p["small"],
                heading=bool(p["heading"]) and not is_sentence(text),
                link_share=share(str(p["linked"]), text),
                emphasis_share=share(str(p["emph"]), text),
                # "<p><code>pip install kassa</code></p>": a command set apart, as a code span alone
                # is in Markdown; inside a sentence ("an API: <code>NDArray</code>, …") it is a word.
                code_only=share(str(p["code"]), text) > _CODE_ONLY_SHARE,
            )
        )
    return found


_CODE_ONLY_SHARE = 0.9
