"""Links to a heading of the page itself (``[Install with Helm](#install-with-helm)``).

Such an anchor is made from its heading's words, so a translation writes it in its own
words; what a reader needs is that it lands on a heading of the page.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

_HEADING = lazy(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", regex.M)
# An explicit anchor after a heading's words (``## Install {#install}``).
_EXPLICIT = lazy(r"[ \t]*\{#([^}\s]+)\}$")
# What a slug keeps of a heading's words: letters, digits, marks, hyphens, underscores, spaces.
_DROPPED = lazy(r"[^\p{L}\p{N}\p{M}\s_-]")


def slug(words: str) -> str:
    """The anchor GitHub and Docusaurus make of a heading's words.

    >>> slug("Install with YAML files"), slug("通过 Deployment Yaml 安装"), slug("DCO - Sign Your Commits")
    ('install-with-yaml-files', '通过-deployment-yaml-安装', 'dco---sign-your-commits')
    """
    return regex.sub(r"\s", "-", _DROPPED.sub("", words.strip().casefold()))


@lru_cache(maxsize=64)
def heading_anchors(text: str) -> frozenset[str]:
    """The anchors of a Markdown page's headings: their slugs and explicit ``{#id}``s."""
    anchors = set()
    for match in _HEADING.finditer(text):
        words = match.group(1)
        explicit = _EXPLICIT.search(words)
        if explicit is not None:
            anchors.add(explicit.group(1))
            words = words[:explicit.start()]
        anchors.add(slug(words))
    return frozenset(anchors)


def own_table_of_contents(ctx: Context, group: Group, c: Candidate, reference: int | None) -> bool:
    """Whether a candidate is a link only a translation has to a heading of its own page,
    an item of a list that is that link alone: a table of contents the translator added
    (``- [通过 Helm 安装](#通过-helm-安装)`` where the source lists the ways to install as
    plain items). It sends the reader to a section the page has; nothing of the source is
    lost. (A link added in a sentence, or to a heading the page lacks, stays reported.)"""
    if c.kind != "url" or reference is None or reference in c.have or not c.occurrences:
        return False
    for k, inv in c.occurrences.items():
        text = ctx.documents[k].text
        if not inv.text.startswith("#") or inv.text[1:] not in heading_anchors(text):
            return False
        start, end = text.rfind("\n", 0, inv.start) + 1, text.find("\n", inv.end)
        if not _CONTENTS_ITEM.fullmatch(text, start, end if end >= 0 else len(text)):
            return False  # a link in a sentence the translation added ("the same as [`Modal.method`](#modalmethod)")
    return True


# An item of a table of contents: a list item that is one link and nothing more.
_CONTENTS_ITEM = lazy(r"[ \t]*+(?:[-*+]|\d{1,3}[.)])[ \t]++\[[^\]\n]++\]\(#[^)\s]++\)[.。]?+[ \t]*+")


# A link to an anchor of the page itself, in Markdown: its target.
_OWN_LINK = lazy(r"\]\((#[^)\s]++)\)")


def repointed(ctx: Context, groups: list[Group], g: int, present: list[int], reference: int | None) -> list[Candidate]:
    """Links of the source to a heading of its page that a translation lacks (the heading's
    paragraph has no counterpart there), where the translation's paragraph links as many
    headings of its page, another in that place: a table of contents that still lists the
    section the source replaced (``[Commit Format](#commit-format)`` in the source,
    ``[Sign Your Commits](#sign-your-commits)`` in the translation). A link dropped with
    its section is told by the count of links and is not reported here again."""
    if reference is None or reference not in present:
        return []
    group = groups[g]
    links = {k: [(m.group(1), paragraph.start + m.start(1), paragraph.start + m.end(1))
                 for paragraph in (ctx.documents[k].paragraphs[i] for i in group.members[k])
                 for m in _OWN_LINK.finditer(paragraph.text)] for k in present}
    out = []
    for o in present:
        if o == reference or len(links[o]) != len(links[reference]) or not links[o]:
            continue
        kept = {anchor for anchor, _, _ in links[o]}
        lost = None
        for anchor, start, end in links[reference]:
            if anchor in kept:
                continue
            if lost is None:
                lost = _unmatched_headings(ctx, groups, reference, o)
            if anchor[1:] in lost:
                inv = Invariant("url", anchor, anchor, start, end)
                out.append(Candidate(g, "url", anchor, frozenset({reference}), frozenset({o}), {reference: inv}))
    return out


def _unmatched_headings(ctx: Context, groups: list[Group], k: int, o: int) -> frozenset[str]:
    """The anchors of version k's headings that have no counterpart in version o."""
    paragraphs = ctx.documents[k].paragraphs
    return frozenset().union(*(heading_anchors(paragraphs[i].text) for group in groups
                               if group.members[k] and not group.members[o]
                               for i in group.members[k] if paragraphs[i].kind == "heading"))
