"""reStructuredText README → candidate paragraphs, as docutils (RST's own reader) sees them:
references (`Name_`), roles and emphasis are text; substitutions (badges) and directives are not;
nothing is ever included from a file or a URL.

# Imported inside functions: docutils (about 100 ms) only for a README in reStructuredText.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from showcase.excerpt_headings import NOTICE_HEADING, is_about
from showcase.excerpt_rules import is_notice
from showcase.readme_blocks import Candidate, plain_paragraphs
from showcase.readme_headings import is_setup

# Where a paragraph is not the project's description: lists, tables, admonitions, sidebars,
# footnotes, contents, field lists, quotations with an attribution.
_RST_OUTSIDE = (
    "list_item",
    "table",
    "Admonition",
    "sidebar",
    "topic",
    "footnote",
    "citation",
    "field_list",
    "substitution_definition",
    "comment",
    "system_message",
    "line_block",
)
_OUTSIDE_BUT_TABLES = frozenset(_RST_OUTSIDE) - {"table"}
# Read-only and quiet: no file or URL is ever opened (include, raw, csv-table), no message printed.
_RST_SETTINGS = {
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "report_level": 5,
    "halt_level": 5,
    "warning_stream": False,
    "input_encoding": "unicode",
    "_disable_config": True,
    "syntax_highlight": "none",
}


def rst_candidates(text: str) -> list[Candidate]:
    """Paragraphs as reStructuredText's own reader (docutils) sees them: references (`Name_`),
    roles and emphasis are text, substitutions (badges) and directives are not."""
    from docutils import nodes
    from docutils.core import publish_doctree

    try:
        document = publish_doctree(text, settings_overrides=_RST_SETTINGS)
    except Exception:  # docutils gives up on some broken markup: read it as plain paragraphs
        return [Candidate(p, is_notice(p)) for p in plain_paragraphs(text)]
    for message in list(document.findall(nodes.system_message)):  # docutils' own warnings, not the README's
        message.parent.remove(message)
    candidates: list[Candidate] = []
    late: list[Candidate] = []
    # Sections holding no paragraph (a title over a link, a transition) don't count as the first.
    top_sections = [
        child for child in document.children if isinstance(child, nodes.section) and child.next_node(nodes.paragraph)
    ]
    for paragraph in document.findall(nodes.paragraph):
        ancestors = _ancestors(paragraph)
        if _outside(ancestors, _RST_OUTSIDE, nodes) and (
            _outside(ancestors, _OUTSIDE_BUT_TABLES, nodes) or not _beside_a_picture(ancestors, nodes)
        ):
            continue
        if _in_setup_section(ancestors, nodes):
            continue  # "Quick Start" over "Installation": how to set it up, skipped as in Markdown
        words = _words(paragraph, nodes)
        if not _rst_in_scope(paragraph, top_sections, nodes):
            late.append(Candidate(words, False, late_section=_rst_section_title(paragraph, nodes)))
            continue
        quoted = any(
            isinstance(parent, nodes.block_quote) and parent.next_node(nodes.attribution) for parent in ancestors
        )
        # "IMPORTANT!" over "This code is intended for reference only …": a notice, as in Markdown.
        under_notice = bool(NOTICE_HEADING.match(_rst_section_title(paragraph, nodes)))
        candidates.append(Candidate(words, is_notice(words) or quoted or under_notice))
    return candidates + late


def _outside(ancestors: list[object], kinds: Sequence[str] | frozenset[str], nodes: Any) -> bool:
    """Whether a paragraph sits in a list, a table, an admonition … (`kinds`, by node class name)."""
    return any(type(parent).__name__ in kinds or isinstance(parent, nodes.Admonition) for parent in ancestors)


def _beside_a_picture(ancestors: list[object], nodes: Any) -> bool:
    """A cell of a table row whose other cell holds only a picture: "| |logo| | pelican_nlp stands for
    …|" sets a logo beside the description, a layout rather than a table of facts."""
    row = next((parent for parent in ancestors if isinstance(parent, nodes.row)), None)
    if row is None or len(row.children) > 3:  # a logo and words, perhaps a second picture: no wider
        return False
    cells = [cell for cell in row.children if not any(parent is cell for parent in ancestors)]
    return any(cell.next_node(nodes.image) is not None and not _words(cell, nodes).strip() for cell in cells)


def _words(node: Any, nodes: Any) -> str:
    """A node's text without its pictures' alternative text (docutils gives an image's as its text)."""
    return "".join(text.astext() for text in node.findall(nodes.Text) if not _under(text, (nodes.image, nodes.raw)))


def _in_setup_section(ancestors: list[object], nodes: Any) -> bool:
    """Whether a paragraph sits in a section, or a section within one, about setting the project up
    ("Quick Start", "Installation"), judged as Markdown judges its headings: a section at the top
    may be the title ("Fang: Dependency injection for Python"), so only a setup section's bare name
    counts there."""
    for section in ancestors:
        title = section.next_node(nodes.title) if isinstance(section, nodes.section) else None
        top = isinstance(getattr(section, "parent", None), nodes.document)
        if title is not None and is_setup(title.astext(), "h1" if top else "h2", 1 if top else 2, top):
            return True
    return False


def _rst_section_title(paragraph: object, nodes: Any) -> str:
    section = next((parent for parent in _ancestors(paragraph) if isinstance(parent, nodes.section)), None)
    title = section.next_node(nodes.title) if section is not None else None
    return str(title.astext()) if title is not None else ""


def _rst_in_scope(paragraph: object, top_sections: Sequence[object], nodes: Any) -> bool:
    """As in Markdown: a description lives before the first section, in the first one, or in one
    titled like an introduction (About, Overview, What is …)."""
    outer = [parent for parent in _ancestors(paragraph) if any(parent is section for section in top_sections)]
    if not outer:
        return True
    section = outer[-1]
    if section is top_sections[0]:
        return True
    title = section.next_node(nodes.title)  # type: ignore[attr-defined]  # a docutils node
    return bool(title is not None and is_about(title.astext()))


def _ancestors(node: object) -> list[object]:
    found = []
    parent = getattr(node, "parent", None)
    while parent is not None:
        found.append(parent)
        parent = getattr(parent, "parent", None)
    return found


def _under(node: object, kinds: tuple[type, ...]) -> bool:
    return any(isinstance(parent, kinds) for parent in _ancestors(node))
