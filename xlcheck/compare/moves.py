"""Sections moved: a run of paragraphs one version holds at one place and the other at
another (Vue Router's Chinese page gives the HTML5 mode after the hash and memory modes,
the English before them).

The aligner pairs paragraphs in order, so a moved run is left unpaired on both sides and
would be reported as lost in one place and left over in the other. Where a run of
paragraphs only one version holds and a run only the other holds are the same paragraphs,
one by one (each pair of the same kind and holding the same facts), they are paired where
the first stands and compared as any aligned paragraphs are.
"""

from __future__ import annotations

from xlcheck.compare.context import Context, Group
from xlcheck.patterns import lazy

# Values of markup that say how a paragraph is laid out, not what it says.
_LAYOUT = lazy(r"^(?:#{1,6}|[-*+]|\d+[.)]|>|\|)$")
_FENCE = lazy(r"^[ \t]*(?:`{3,}+(?![^`\n]*`)|~{3,})")  # (no backtick after a backtick fence: inline code)
_HEADING = lazy(r"^#{1,6}\s")
_ITEM = lazy(r"^\s*(?:[-*+]|\d+[.)])\s")
# Link reference definitions, one a line ([queryo]: https://…): Markdown reads them
# wherever on the page they stand, so a translation may gather them elsewhere.
_DEFINITIONS = lazy(r"(?:[ \t]{0,3}+\[[^\[\]\n]++\]:[ \t]*+\S[^\n]*+(?:\n|$))++")
# Two runs are matched only when they hold this many facts between them: two paragraphs
# that state nothing checkable could be any two paragraphs.
MIN_SHARED = 2


def _kind(text: str) -> str:
    if _FENCE.match(text):
        return "code"
    if _HEADING.match(text):
        return "heading:" + text.split(None, 1)[0]
    if _ITEM.match(text):
        return "item"
    if text.lstrip().startswith("|"):
        return "table"
    if _DEFINITIONS.fullmatch(text.strip()):
        return "definitions"
    return "prose"


# Kinds a translation keeps as written (names and quotations are translated or
# transcribed, and compared with their own tolerance once paired).
_KEPT = frozenset({"number", "date", "code", "url", "markup"})


def _facts(ctx: Context, k: int, index: int) -> frozenset[tuple[str, str]]:
    """The values a translation keeps as written in a paragraph, without its layout marks
    (nor an image's mark, which its link already counts)."""
    return frozenset((inv.kind, inv.value) for inv in ctx.invariants[k][index]
                     if inv.kind in _KEPT and inv.flag != "image"
                     and not (inv.kind == "markup" and _LAYOUT.match(inv.value)))


def _same_paragraph(ctx: Context, i: int, j: int) -> int | None:
    """How many facts paragraph `i` of version 0 and `j` of version 1 share, when they
    can be the same paragraph moved: the same kind, and neither holding a fact the other
    lacks but for one slip (None otherwise)."""
    text_a, text_b = ctx.documents[0].paragraphs[i].text, ctx.documents[1].paragraphs[j].text
    if _kind(text_a) != _kind(text_b):
        return None
    facts_a, facts_b = _facts(ctx, 0, i), _facts(ctx, 1, j)
    shared = len(facts_a & facts_b)
    # (a value changed is one slip, though each side holds one the other lacks)
    slips = max(len(facts_a - facts_b), len(facts_b - facts_a))
    if slips > max(1, shared // 2) or (facts_a or facts_b) and not shared:
        return None
    return shared


def _alike(ctx: Context, i: int, j: int) -> bool:
    """Whether paragraph `i` of version 0 and `j` of version 1, moved past one paragraph
    (the heading a translation puts it under, not above), can be one paragraph though
    they hold fewer facts than a move further away needs: prose both, sharing a name,
    neither more than twice as long as the other."""
    paragraph_a, paragraph_b = ctx.documents[0].paragraphs[i], ctx.documents[1].paragraphs[j]
    if _kind(paragraph_a.text) != "prose" or _kind(paragraph_b.text) != "prose":
        return False
    names_a = {inv.value for inv in ctx.invariants[0][i] if inv.kind == "name"}
    names_b = {inv.value for inv in ctx.invariants[1][j] if inv.kind == "name"}
    length_a, length_b = len(paragraph_a.text), len(paragraph_b.text)
    return bool(names_a & names_b) and max(length_a, length_b) <= 2 * min(length_a, length_b)


def _runs(groups: list[Group], k: int) -> list[tuple[int, int]]:
    """The runs of consecutive groups that only version `k` holds: (first, last + 1)."""
    out = []
    g = 0
    while g < len(groups):
        if groups[g].members[k] and not groups[g].members[1 - k] and not groups[g].whole:
            start = g
            while g < len(groups) and groups[g].members[k] and not groups[g].members[1 - k]:
                g += 1
            out.append((start, g))
        else:
            g += 1
    return out


def paired_moves(ctx: Context, groups: list[Group]) -> list[Group]:
    """`groups` with each run of paragraphs one of two versions holds alone paired with the
    same run that the other version holds alone elsewhere."""
    if len(ctx.documents) != 2:
        return groups
    runs_a, runs_b = _runs(groups, 0), _runs(groups, 1)
    if not runs_a or not runs_b:
        return groups
    paired: dict[int, int] = {}  # group of version 0's run -> group of version 1's run
    used: set[int] = set()
    for start_a, end_a in runs_a:
        members_a = [i for g in range(start_a, end_a) for i in groups[g].members[0]]
        for start_b, end_b in runs_b:
            if start_b in used:
                continue
            members_b = [j for g in range(start_b, end_b) for j in groups[g].members[1]]
            if len(members_a) != len(members_b) or end_a - start_a != len(members_a) \
                    or end_b - start_b != len(members_b):
                continue
            shared = [_same_paragraph(ctx, i, j) for i, j in zip(members_a, members_b)]
            if any(s is None for s in shared) or (sum(shared) < MIN_SHARED and not (
                    abs(start_a - start_b) <= 2 and all(_alike(ctx, i, j) for i, j in zip(members_a, members_b)))
                    and not all(s and _kind(ctx.documents[0].paragraphs[i].text) == "definitions"
                                for s, i in zip(shared, members_a))):
                continue
            used.add(start_b)
            paired.update(zip(range(start_a, end_a), range(start_b, end_b)))
            break
    if not paired:
        return groups
    dropped = set(paired.values())
    return [Group((groups[g].members[0], groups[paired[g]].members[1])) if g in paired else groups[g]
            for g in range(len(groups)) if g not in dropped]
