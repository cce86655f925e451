"""Link definitions of Markdown pages (``[ruby-weekly]: https://rubyweekly.com/``): a block
of them shows nothing; its links are read where a label is used (``[**Ruby Weekly**][ruby-weekly]``).

A link that one version's definitions have and the other's lack went with the text that
used it, when every use of its label lies in a paragraph or a list item that the other
version has no counterpart of: that paragraph or item is reported missing (XL002) and
names its facts, so the definition is not reported again. A definition whose label is
used in text both versions keep is compared as before: its link is missing, or changed.

Definitions are a set of label -> target, not prose: a block one version holds in another
place, another order or twice, each of whose labels the other version defines to the same
target somewhere on its page, has its counterpart there and is not missing (a target the
other version lacks or changed still is).
"""

from __future__ import annotations

from xlcheck.align import definitions_only
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.compare.items import REFERENCE, label, link_definitions, lost_item_spans
from xlcheck.patterns import lazy

_DEFINITION_LINE = lazy(r"[ \t]{0,3}\[([^\]\n]++)\]:[ \t]*+\S[^\n]*+")


def carried_away(ctx: Context, groups: list[Group], docs_of_group: list[list[int]],
                 candidates: list[Candidate]) -> list[Candidate]:
    """The candidates but the links of definitions that went with the text that used them."""
    if not any(c.kind == "url" and _in_definitions(ctx, groups[c.group], k)
               for c in candidates for k in c.have):
        return candidates
    count = len(ctx.documents)
    gone: dict[int, list[tuple[int, int]]] = {k: [] for k in range(count)}
    for group, present in zip(groups, docs_of_group):
        if len(present) < count:
            for k in present:
                gone[k].extend((p.start, p.end) for p in (ctx.documents[k].paragraphs[i] for i in group.members[k]))
        elif count == 2:
            for k, spans in lost_item_spans(ctx, group, present).items():
                gone[k].extend(spans)
    return [c for c in candidates if not (c.kind == "url" and c.have and all(
        _in_definitions(ctx, groups[c.group], k) and _used_only_in(ctx, k, c.occurrences.get(k), gone[k])
        for k in c.have))]


def _in_definitions(ctx: Context, group: Group, k: int) -> bool:
    doc = ctx.documents[k]
    return doc.format == "markdown" and bool(group.members[k]) and all(
        definitions_only(doc.paragraphs[i].text) for i in group.members[k])


def _used_only_in(ctx: Context, k: int, occurrence, spans: list[tuple[int, int]]) -> bool:
    """Whether the label defined where `occurrence` stands is used, and only inside `spans`."""
    if occurrence is None:
        return False
    text = ctx.documents[k].text
    start = text.rfind("\n", 0, occurrence.start) + 1
    match = _DEFINITION_LINE.match(text, start)
    if match is None:
        return False
    wanted = label(match.group(1))
    uses = [m.start() for m in REFERENCE.finditer(text) if label(m.group(2) or m.group(1)) == wanted]
    return bool(uses) and all(any(a <= use < b for a, b in spans) for use in uses)


def defined_alike(ctx: Context, group: Group, present: list[int]) -> bool:
    """Whether a group that some versions lack is link definitions only, in every version
    that has it, each of which every version lacking it defines to the same target
    elsewhere on its page (``[rdp]: https://…`` written twice, or moved to the end)."""
    count = len(ctx.documents)
    lacking = [j for j in range(count) if j not in present]
    if not lacking or any(ctx.documents[j].format != "markdown" for j in range(count)):
        return False
    theirs: dict[int, dict[str, str]] = {}
    for k in present:
        doc = ctx.documents[k]
        paragraphs = [doc.paragraphs[i].text for i in group.members[k]]
        if not all(definitions_only(text) for text in paragraphs):
            return False
        mine = link_definitions("\n".join(paragraphs), doc.lang)
        if not mine:
            return False
        for j in lacking:
            if j not in theirs:
                theirs[j] = link_definitions(ctx.documents[j].text, ctx.documents[j].lang)
            if any(theirs[j].get(name) != target for name, target in mine.items()):
                return False
    return True
