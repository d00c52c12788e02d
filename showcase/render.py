"""Profile → {relative path: text}, through Jinja2 templates (and the PDF through Typst).

User templates (`.showcase/templates/` beside the config) come first, then the built-ins.
Markdown templates escape every expression by default (finalize=md_escape); HTML and SVG
templates autoescape. StrictUndefined turns a template typo into an error, not a blank.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from showcase import cards, contributions, escape, i18n, links, pdf, sections
from showcase.format import compact
from showcase.markers import GENERATED
from showcase.merge import Profile
from showcase.models import Settings
from showcase.resources import templates_dir
from showcase.textwidth import cut, first_sentence


@lru_cache(maxsize=8)
def _environments(extra_dirs: tuple[str, ...]) -> tuple[jinja2.Environment, jinja2.Environment]:
    """(Markdown env, HTML/SVG env), built once per template search path so templates compile once."""

    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(d) for d in extra_dirs] + [jinja2.FileSystemLoader(str(templates_dir()))]
    )
    common: dict[str, Any] = dict(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    markdown = jinja2.Environment(autoescape=False, finalize=escape.md_finalize, **common)
    markup = jinja2.Environment(autoescape=True, finalize=escape.xml_finalize, **common)
    for env in (markdown, markup):
        env.filters.update(
            cut=cut,
            first_sentence=first_sentence,
            compact=compact,
            safe_url=escape.safe_url,
            mailto=escape.mailto,
        )
    markdown.filters.update(
        link=escape.md_link,
        page_link=escape.md_page_link,
        attr=escape.md_attr,
        curated=escape.md_curated,
        raw=escape.MdSafe,
        md=lambda value: escape.MdSafe(escape.md_escape(value)),
        em=escape.md_emphasis,
    )
    markup.filters.update(link=escape.html_link, inline_md=escape.inline_markdown, lang_attr=escape.lang_attribute)
    return markdown, markup


def render_all(profile: Profile, settings: Settings, template_dirs: list[Path] | None = None) -> dict[str, str | bytes]:
    """Every output file for this profile, as {relative POSIX path: text, or bytes for the PDF}."""
    markdown, markup = _environments(tuple(str(d) for d in template_dirs or [] if d.is_dir()))
    messages = i18n.catalogue(settings.locale)

    def date_range(start: Any, end: Any) -> str:
        return i18n.format_range(start, end, settings.locale)

    def date(value: Any) -> str:
        return i18n.format_date(value, settings.locale)

    def count(number: int | None) -> str:
        return compact(number, settings.significance, settings.locale)

    def phrase(key: str, number: int | None) -> str:
        """A count in the locale's word order and CLDR plural form: "1 repository", "4 repositories",
        "4 个仓库". A catalogue may give `KEY_one`; the plain key is the other forms."""
        one = f"{key}_one"
        if one in messages and i18n.plural_form(number or 0, settings.locale) == "one":
            key = one
        return str(messages[key]).format(n=count(number))

    context = {
        "profile": profile,
        "resume": profile.resume,
        "basics": profile.resume.basics,
        "projects": profile.projects,
        "settings": settings,
        "t": messages,
        "generated": escape.MdSafe(GENERATED),
        "date_range": date_range,
        "date": date,
        "count": count,
        "phrase": phrase,
        "significance": settings.significance,
        # The one model of the sections every format renders: README and site show the same.
        "sections": sections.build(profile, settings, messages, date_range, date),
        "posts": profile.posts,
        "releases": profile.releases,
        "cards": settings.outputs.cards,
        "contributed": profile.contributed,
        # Where the README's own pages and cards are read from (absolute for a known repository).
        "own": links.links(settings, profile.login, profile.user),
        # This language's suffix for the site's own relative links ("" or ".zh"), and its siblings.
        "sfx": links.suffix(settings.locale, settings.languages),
        "suffix_of": lambda code: links.suffix(code, settings.languages),
        "siblings": [(str(i18n.catalogue(code)["language_name"]), code) for code in settings.languages]
        if len(settings.languages) > 1
        else [],
        "calendar": profile.calendar if settings.contributions.calendar else None,
        "calendar_words": contributions.words(profile.calendar, messages, settings.locale, settings.significance)
        if profile.calendar
        else None,
    }
    outputs: dict[str, str | bytes] = {}
    if settings.outputs.readme:
        outputs["README.md"] = markdown.get_template("README.md.j2").render(context, pages=settings.outputs.pages)
    if settings.outputs.pages:
        page = markdown.get_template("project.md.j2")
        for project in profile.projects:
            if not project.thin:
                outputs[f"projects/{project.slug}.md"] = page.render(context, project=project)
    if settings.outputs.cards:
        outputs.update(cards.render_cards(markup, profile, settings, messages))
    if settings.outputs.html:
        outputs.update(_render_site(markup, context))
    if settings.outputs.pdf:
        outputs[PDF_PATH] = _render_pdf(markup, context)
    if links.suffix(settings.locale, settings.languages):
        # Another language's files sit beside the first's (README.zh.md); the stylesheet is shared.
        return {
            links.in_language(path, settings.locale, settings.languages): content
            for path, content in outputs.items()
            if path != "site/style.css"
        }
    return outputs


PDF_PATH = "resume.pdf"


def _render_pdf(env: jinja2.Environment, context: dict[str, Any]) -> bytes:
    """The résumé PDF from the same sections; the Typst template may be overridden like any other."""
    assert env.loader is not None
    template = env.loader.get_source(env, "pdf/resume.typ")[0]
    settings: Settings = context["settings"]
    count, phrase, date = context["count"], context["phrase"], context["date"]

    def facts(item: Any) -> str:
        if isinstance(item, contributions.ContributedRepo):
            return f"★ {count(item.stars)} · {phrase('merged_pull_requests', len(item.pull_requests) + item.more)}"
        bits = [item.language] if item.language else []
        bits += [f"★ {count(item.stars)}"] if item.stars is not None else []
        if item.release is not None:
            when = f" ({date(item.release.published_at[:10])})" if item.release.published_at else ""
            bits.append(f"{item.release.tag}{when}")
        return " · ".join(bits)

    data = pdf.view(context["profile"], context["sections"], context["t"], facts, settings.locale)
    return pdf.typeset(template, data)


def _render_site(env: jinja2.Environment, context: dict[str, Any]) -> dict[str, str]:
    """site/: index.html, one page per project, and the stylesheet (user templates may override it)."""
    context = {**context, "lang_color": cards.color}
    site = {"site/index.html": env.get_template("site/index.html.j2").render(context)}
    page = env.get_template("site/project.html.j2")
    for project in context["projects"]:
        if not project.thin:
            site[f"site/projects/{project.slug}.html"] = page.render(context, project=project)
    assert env.loader is not None
    site["site/style.css"] = env.loader.get_source(env, "site/style.css")[0]
    return site
