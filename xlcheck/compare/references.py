"""Markdown reference links a translation breaks apart.

A full reference link, ``[Offscreen Rendering][osr]``, names its definition by the label in
its second brackets. A translation that writes ``[オフスクリーンレンダリング][][osr]`` made it a
collapsed reference to its own text, which no definition names, followed by the label in
brackets as plain text: the link is gone from the page (Markdown renders both brackets as
text). Where the source writes a full reference and the translation the collapsed form
followed by the same label, the source's link is reported missing there, kind markup.
"""

from __future__ import annotations

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.compare.literals import without_code_spans
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

# [text][label], not an image's, nor the tail of a longer bracket run.
_FULL_REFERENCE = lazy(r"(?<![\]\\!])\[([^\[\]\n]++)\]\[([^\[\]\n]++)\]")
# [text][][label]: a collapsed reference, then the label in brackets.
_BROKEN = lazy(r"(?<![\]\\])\[[^\[\]\n]++\]\[\]\[([^\[\]\n]++)\]")


def broken_reference_candidates(ctx: Context, g: int, group: Group, present: list[int]) -> list[Candidate]:
    """A full reference link of the source (version 0, Markdown) that a translation writes
    as a collapsed reference followed by the link's label in brackets."""
    if len(present) < 2 or present[0] != 0 or ctx.documents[0].format != "markdown" \
            or not any("][][" in ctx.text(k, group) for k in present[1:]):
        return []
    links: dict[str, tuple[str, int]] = {}
    for index in group.members[0]:
        paragraph = ctx.documents[0].paragraphs[index]
        for match in _FULL_REFERENCE.finditer(without_code_spans(paragraph.text)):
            links.setdefault(match.group(2).casefold(), (match.group(), paragraph.start + match.start()))
    out = []
    for k in present[1:]:
        for index in group.members[k]:
            paragraph = ctx.documents[k].paragraphs[index]
            for match in _BROKEN.finditer(without_code_spans(paragraph.text)) if "][][" in paragraph.text else ():
                link = links.get(match.group(1).casefold())
                if link is not None:
                    shown, at = link
                    out.append(Candidate(g, "markup", shown, frozenset({0}), frozenset({k}),
                                         {0: Invariant("markup", shown, shown, at, at + len(shown))},
                                         near={k: paragraph.start + match.start()}))
    return out
