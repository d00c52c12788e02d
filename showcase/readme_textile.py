"""Reading a Textile README (README.textile, which GitHub shows like any README) into candidates.

As with Org and AsciiDoc, the text is rewritten as the Markdown it means and read by the Markdown
reader. Read as Markdown unchanged, Textile's block signatures leak into the excerpt ("p. Joinx is
a lightweight tool …") and its numbered items ("# Clone it") become headings. So: "h2. Setup"
becomes a heading, "p. " goes, "bq. " is a blockquote, "bc. " and "pre. " open a code block that
runs to the next blank line (or, for "bc.. ", to the next block signature), "# item" is a
numbered item, "###. " comment blocks go. A link ("\"the site\":https://example.org") keeps its
words, an image ("!logo.png!") is dropped like Markdown's, "@code@" is code. No well-kept Textile
parser exists for Python, and the excerpt needs only the prose.
"""

from __future__ import annotations

import re

# A block signature: "h1.", "p(intro).", "bq{color:red}.", "bc..", with its attributes.
# Each alternative starts with its own character, so a run of them is read one way only.
_ATTRIBUTES = r"(?:\([^()\n]{0,100}\)|\{[^{}\n]{0,200}\}|\[[^\[\]\n]{0,20}\]|[<>=])*"
_SIGNATURE = re.compile(rf"^(h[1-6]|p|bq|bc|pre|notextile|###|fn\d{{1,3}})({_ATTRIBUTES})(\.\.?)(?:\s+|$)")
_NUMBERED = re.compile(r"^#{1,6}(?=\s)")  # "# Clone it", "## a nested step"
_LINK = re.compile(
    r'"([^"\n]{1,500})(?:\([^()\n]{0,200}\))?":(https?://[^\s<>"]{1,2000}?|[\w./#-]{1,500}?)(?=[.,;:!?)]?(?:\s|$))'
)
_IMAGE = re.compile(r"!(?:[<>=]|\([^()\n]{0,100}\))?[^!\s]{1,2000}?(?:\([^()\n]{0,200}\))?!(?::\S{1,2000})?")
_EMPTY_LINK = re.compile(r"\[\]\([^()\s]{0,2000}\)")
_CODE = re.compile(r"(?<![\w@])@([^@\n]{1,500})@(?![\w@])")


_CODE_BLOCKS = {"bc", "pre"}


def as_markdown(text: str) -> str:
    lines: list[str] = []
    block, extended = "", False  # the block open ("bc", "###" …) and whether it is "bc.. " long
    for line in text.split("\n"):
        signature = _SIGNATURE.match(line)
        if signature:
            if block in _CODE_BLOCKS:
                lines.append("```")
            kind, extended = signature.group(1), signature.group(3) == ".."
            _open(kind, line[signature.end() :], lines)
            block = kind if extended or kind in _CODE_BLOCKS else ""
        elif block in _CODE_BLOCKS and not line.strip() and not extended:
            lines += ["```", ""]
            block = ""
        elif block in _CODE_BLOCKS:
            lines.append(line)
        elif block != "###":
            lines.append(_inline(_NUMBERED.sub("1.", line)))
    if block in _CODE_BLOCKS:
        lines.append("```")
    return "\n".join(lines)


def _open(kind: str, rest: str, lines: list[str]) -> None:
    """Writes the Markdown a block signature opens: a fence, a heading, a quote or a paragraph."""
    if kind in _CODE_BLOCKS:
        lines += ["```", rest] if rest else ["```"]
    elif kind == "bq":
        lines.append("> " + _inline(rest))
    elif kind[0] == "h":  # h1 … h6
        lines.append("#" * int(kind[1]) + " " + _inline(rest))
    elif kind != "###":  # a comment block writes nothing
        lines.append(_inline(rest))


def _inline(line: str) -> str:
    line = _LINK.sub(lambda m: f"[{m.group(1)}]({m.group(2)})", line)
    line = _EMPTY_LINK.sub("", _IMAGE.sub("", line))  # a linked badge ("!ci.png!":https://ci) goes whole
    return _CODE.sub(r"`\1`", line)
