"""Names a fuzzy catalogue entry's msgid gained since the msgid its msgstr translates.

A fuzzy entry (checked with ``--fuzzy``) keeps its previous msgid (``#| msgid``): the msgstr
translates that one. A name the msgid gained since (``a Canon EF lens adapted to a Nikon Z
body`` for ``a Four Thirds lens adapted to a Micro Four Thirds body``) is one the msgstr
cannot have: where it writes none of the name's words, the name is missing, though no other
version names it and the name checks compare only names two versions write.
"""

from __future__ import annotations

from collections import Counter

from xlcheck.compare.context import Candidate, Context, Group, name_lacking
from xlcheck.model import Invariant
from xlcheck.patterns import LETTER_RUNS


def gained_names(ctx: Context, g: int, group: Group, docs: list[int], source: int | None,
                 reported: set[str]) -> list[Candidate]:
    """The names of the source's msgid that it gained since a fuzzy entry's previous
    msgid and that the msgstr does not write (those in `reported` aside: already found)."""
    if source is None or source not in docs or not ctx.documents[source].fuzzy \
            or len(group.members[source]) != 1:
        return []
    paragraph = ctx.documents[source].paragraphs[group.members[source][0]]
    previous = ctx.documents[source].fuzzy.get(paragraph.n)
    if not previous:
        return []
    gained = Counter(LETTER_RUNS.findall(paragraph.text)) - Counter(LETTER_RUNS.findall(previous))
    out = []
    for o in docs:
        if o == source:
            continue
        written = {word.casefold() for word in LETTER_RUNS.findall(ctx.text(o, group))}
        for inv in _runs(ctx, source, group.members[source][0]):
            words = LETTER_RUNS.findall(inv.text)
            if inv.value not in reported and words and all(gained[w] for w in words) \
                    and not any(w.casefold() in written for w in words):
                out.append(name_lacking(g, docs, o, source, inv.value, inv))
    return out


def _runs(ctx: Context, k: int, index: int) -> list[Invariant]:
    """The names of doc k's paragraph, those a single space apart joined into one
    (``Canon`` and ``EF``: ``Canon EF``)."""
    text = ctx.documents[k].text
    runs: list[Invariant] = []
    for inv in ctx.invariants[k][index]:
        line = text[max(text.rfind("\n", 0, inv.start), text.rfind("\u2028", 0, inv.start)) + 1:inv.start]
        if inv.kind != "name" or not any(c.isalpha() for c in line) \
                or inv.flag and "initial" in inv.flag and not inv.flag.startswith("acronym"):
            continue  # (a sentence's or a line's first word may be any word)
        if runs and text[runs[-1].end:inv.start] == " ":
            last = runs.pop()
            joined = text[last.start:inv.end]
            inv = Invariant("name", joined, joined, last.start, inv.end, (), last.flag)
        runs.append(inv)
    return runs
