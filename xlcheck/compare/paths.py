"""File paths a translation writes changed: a path is a literal, compared as one.

A path written plain in prose (``"/mnt/ssd1/cache"``) is read as a link's target, so a
translation that lost its leading slash (``"mnt/ssd1/cache"``, no longer read as a path)
lacked the link. A reviewer reads a changed literal: the same directories, the path now
relative, which a reader who types it gets wrong.
"""

from __future__ import annotations

import regex

from xlcheck.compare.code import pair_ids
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

# An absolute path of two folders or more, no host (``/mnt/ssd1/cache``; not ``/`` nor ``/docs``).
_ABSOLUTE = lazy(r"/[\w.@-]++(?:/[\w.@-]++)++/?+")


def slash_lost(ctx: Context, group: Group, found: list[Candidate]) -> list[Candidate]:
    """`found` with each absolute path that one version lacks and writes without its
    leading slash reported as the literal changed (two markup candidates, one change)."""
    out = []
    for c in found:
        changed = _relative(ctx, group, c) if c.kind == "url" and len(c.occurrences) == 1 else None
        if changed is None:
            out.append(c)
            continue
        (k, inv), (o, rel) = next(iter(c.occurrences.items())), changed
        pair = next(pair_ids)
        out.append(Candidate(c.group, "markup", inv.text, frozenset({k}), frozenset({o}),
                             {k: Invariant("markup", inv.text, inv.text, inv.start, inv.end)}, pair))
        out.append(Candidate(c.group, "markup", rel.text, frozenset({o}), frozenset({k}), {o: rel}, pair))
    return out


def _relative(ctx: Context, group: Group, c: Candidate) -> tuple[int, Invariant] | None:
    """The one version lacking candidate `c`, an absolute path, and where it writes that
    path without its leading slash, if it does."""
    (k, inv), = c.occurrences.items()
    if len(c.lack) != 1 or not _ABSOLUTE.fullmatch(inv.text):
        return None
    (o,) = c.lack
    pattern = regex.compile(r"(?<![\w/.~-])" + regex.escape(inv.text[1:]) + r"(?![\w/])")
    document = ctx.documents[o]
    for index in group.members[o]:
        paragraph = document.paragraphs[index]
        match = pattern.search(paragraph.text)
        if match is not None:
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            return o, Invariant("markup", match.group(), match.group(), start, end)
    return None
