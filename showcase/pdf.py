"""The résumé as a PDF, typeset by Typst (the `typst` package ships the compiler: no browser, no
LaTeX) from the same view model as the README and the site.

The template (templates/pdf/resume.typ) reads the view model as JSON from `sys.inputs`: curated
and fetched text reach Typst as strings, never as markup, so nothing in them can typeset, include
a file or run code. Same inputs, same bytes: the document date is fixed and fonts are Typst's
embedded ones, plus a CJK font from the system only when the text needs one.

# Imported inside functions: typst (the compiler, a native module) only when a PDF is wanted.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from showcase.errors import ShowcaseError
from showcase.escape import plain_text
from showcase.merge import Profile
from showcase.models import HighlightItem
from showcase.sections import Entry, Section

# Sections a résumé holds; the README's stats, releases and posts are the profile's news.
RESUME_SECTIONS = {"projects", "contributions", "work", "education", "skills", "publications", "awards", "languages"}
PROJECT_HIGHLIGHTS = 3  # per project: the page is one page

# Han, kana, hangul and CJK punctuation: text no embedded font of Typst can show.
CJK = re.compile("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
# Tried in this order; the first installed one typesets every CJK character.
CJK_FONTS = ("Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "Source Han Sans SC")
LATIN_FONT = "Libertinus Serif"  # embedded in Typst: the same glyphs on every machine
CJK_HINT = (
    "install a CJK font: `apt-get install fonts-noto-cjk` (Debian, Ubuntu; in the showcase Action: cjk-font: true), "
    "`brew install --cask font-noto-serif-cjk-sc` (macOS); or turn the PDF off with outputs.pdf: false"
)


class MissingFont(ShowcaseError):
    """The résumé has CJK text and no installed font can show it: no PDF of empty boxes."""


def typeset(template: str, data: dict[str, Any]) -> bytes:
    """The PDF of `data` laid out by the Typst source `template`."""
    import typst  # 10 ms, and only when a PDF is wanted

    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    fonts = [LATIN_FONT]
    if CJK.search(text):
        cjk = next((font for font in CJK_FONTS if font in installed_fonts()), None)
        if cjk is None:
            raise MissingFont("the résumé has Chinese, Japanese or Korean text and no CJK font is installed", CJK_HINT)
        fonts.append(cjk)
    inputs = {"data": text, "fonts": json.dumps(fonts)}
    result: bytes = typst.compile(template.encode("utf-8"), sys_inputs=inputs)
    return result


@cache
def installed_fonts() -> frozenset[str]:
    import typst

    return frozenset(typst.Fonts().families())


def cjk_font() -> str | None:
    """The CJK font a PDF would use, or None when none is installed (for `showcase doctor`)."""
    return next((font for font in CJK_FONTS if font in installed_fonts()), None)


def view(profile: Profile, built: list[Section], t: dict[str, object], facts: Any, lang: str) -> dict[str, Any]:
    """The résumé as plain data for the template: the same sections, in the same order, as the
    README and the site; curated inline Markdown as plain text; `facts(project)` the live line."""
    basics = profile.resume.basics
    sections = []
    for section in built:
        if section.name == "projects":
            entries = [_project(p, facts(p)) for p in profile.projects]
            sections.append({"title": section.title, "layout": "projects", "entries": entries})
        elif section.name == "contributions":
            entries = [
                _entry(
                    Entry(
                        title=r.repo,
                        url=r.url,
                        subtitle=facts(r),
                        summary=", ".join(pr.title for pr in r.pull_requests),
                    )
                )
                for r in profile.contributed
            ]
            sections.append({"title": section.title, "layout": "list", "entries": entries})
        elif section.name in RESUME_SECTIONS:
            sections.append(
                {"title": section.title, "layout": section.layout, "entries": [_entry(e) for e in section.entries]}
            )
    contacts: list[dict[str, str | None]] = [{"text": _bare(basics.url), "url": basics.url}] if basics.url else []
    contacts += [{"text": basics.email, "url": f"mailto:{basics.email}"}] if basics.email else []
    contacts += [{"text": _bare(p.url or p.network), "url": p.url} for p in basics.profiles if p.url]
    if basics.location and basics.location.city:
        contacts.append({"text": basics.location.city, "url": None})
    return {
        "lang": lang,
        "colon": str(t["colon"]),
        "title": f"{basics.name} · {t['resume']}",
        "name": basics.name,
        "label": basics.label,
        "summary": plain_text(basics.summary) if basics.summary else None,
        "contacts": [c for c in contacts if c["url"] is None or _web(c["url"])],
        "sections": sections,
    }


def _entry(e: Entry) -> dict[str, Any]:
    return {
        "title": e.title,
        "url": e.url if _web(e.url) else None,
        "subtitle": e.subtitle,
        "when": e.when,
        "where": e.where,
        "summary": plain_text(e.summary) if e.summary else None,
        "note": plain_text(e.note) if e.note else None,
        "details": [_detail(item) for item in e.details],
    }


def _project(p: Any, facts: str) -> dict[str, Any]:
    summary = p.description or p.summary
    return {
        "title": p.name,
        "url": p.url if _web(p.url) else None,
        "subtitle": facts or None,
        "when": None,
        "where": None,
        "summary": plain_text(summary) if summary else None,
        "note": None,
        "details": [_detail(item) for item in p.highlights[:PROJECT_HIGHLIGHTS]],
    }


def _detail(item: HighlightItem) -> dict[str, Any]:
    if isinstance(item, str):
        return {"text": plain_text(item), "items": []}
    return {"text": plain_text(item.text), "items": [plain_text(sub) for sub in item.items]}


def _web(url: str | None) -> bool:
    """Links in the PDF: web and mail addresses only (a PDF viewer would open anything else)."""
    return url is None or url.startswith(("https://", "http://", "mailto:"))


def _bare(url: str) -> str:
    return url.removeprefix("https://").removeprefix("http://").rstrip("/")
