from __future__ import annotations

import pytest

from showcase.errors import RefusedOverwrite
from showcase.markers import find_regions, splice

GENERATED = (
    "<!-- showcase:start header -->\n# New Name\n<!-- showcase:end header -->\n\n"
    "<!-- showcase:start projects -->\n## Projects\n- new\n<!-- showcase:end projects -->\n"
)


def test_only_text_between_markers_changes():
    existing = (
        "Hand-written intro ✨\r\n\n<!-- showcase:start projects -->\nold\n<!-- showcase:end projects -->\n"
        "trailing hand text without newline"
    )
    result, warnings = splice(existing, GENERATED)
    assert result == (
        "Hand-written intro ✨\r\n\n<!-- showcase:start projects -->\n## Projects\n- new\n<!-- showcase:end projects -->\n"
        "trailing hand text without newline"
    )
    assert warnings == []


def test_unnamed_pair_takes_the_whole_body_without_inner_markers():
    result, _ = splice("top\n<!-- showcase:start -->\n<!-- showcase:end -->\nbottom\n", GENERATED)
    assert result == "top\n<!-- showcase:start -->\n# New Name\n\n## Projects\n- new\n<!-- showcase:end -->\nbottom\n"


def test_splice_is_idempotent():
    existing = "x\n<!-- showcase:start header -->\n<!-- showcase:end header -->\ny\n"
    once, _ = splice(existing, GENERATED)
    twice, _ = splice(once, GENERATED)
    assert once == twice


def test_no_markers_is_refused_with_how_to():
    with pytest.raises(RefusedOverwrite) as caught:
        splice("# my own readme\n", GENERATED)
    assert "no showcase markers" in caught.value.message
    assert "<!-- showcase:start projects -->" in caught.value.hint


def test_unknown_region_is_left_alone_with_a_warning():
    existing = "<!-- showcase:start mystery -->\nkeep me\n<!-- showcase:end mystery -->\n"
    result, warnings = splice(existing, GENERATED)
    assert result == existing and "mystery" in warnings[0]


def test_known_but_empty_section_is_emptied():
    existing = "<!-- showcase:start education -->\nstale\n<!-- showcase:end education -->\n"
    result, _ = splice(existing, GENERATED, known=("education",))
    assert result == "<!-- showcase:start education -->\n<!-- showcase:end education -->\n"


@pytest.mark.parametrize(
    "text, line",
    [
        ("<!-- showcase:start a -->\nx\n", 1),
        ("<!-- showcase:start a -->\n<!-- showcase:start b -->\n", 2),
        ("x\n<!-- showcase:end a -->\n", 2),
        ("<!-- showcase:start a -->\n<!-- showcase:end b -->\n", 2),
    ],
)
def test_unbalanced_markers_name_the_line(text, line):
    with pytest.raises(RefusedOverwrite) as caught:
        find_regions(text, "README.md")
    assert caught.value.message.startswith(f"README.md:{line}:")


def test_marker_text_inside_a_line_is_not_a_marker():
    text = "<!-- showcase:start a -->\ninline <!-- showcase:end a --> text\n<!-- showcase:end a -->\n"
    (region,) = find_regions(text)
    assert text[region.start : region.end] == "inline <!-- showcase:end a --> text\n"


@pytest.mark.parametrize(
    "code",
    [
        "```\n<!-- showcase:start projects -->\n```\n",
        "~~~md\n<!-- showcase:end projects -->\n~~~\n",
        "    <!-- showcase:start -->\n",
        "```html\n<!-- showcase:start projects -->\n<!-- showcase:end projects -->\n```\n",
        "````\n```\n<!-- showcase:end projects -->\n```\n````\n",
    ],
)
def test_markers_inside_code_blocks_are_text(code):
    readme = (
        "# Me\n\nHow I use showcase:\n\n"
        + code
        + "\n<!-- showcase:start projects -->\nold\n<!-- showcase:end projects -->\n\nbye\n"
    )
    generated = "<!-- showcase:start projects -->\nnew\n<!-- showcase:end projects -->\n"
    spliced, _ = splice(readme, generated)
    assert spliced == readme.replace("\nold\n", "\nnew\n")
    assert [r.name for r in find_regions(readme)] == ["projects"]
