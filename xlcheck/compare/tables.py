"""Tables of attributes: a row's yes/no cell compared across versions.

A table of a plugin's attributes says, row by row, whether each is required (`True`,
`False` in English; `是`, `否` in Chinese). The words are translated, so no value is
kept as written; but a row both versions hold under the same key (its first cell, an
attribute's name) must say yes or no alike in each column: `| params_type_desc | string
| True |` against `| params_type_desc | string | 否 |` is drift.
"""

from __future__ import annotations

import regex

from xlcheck.compare.code import _pairs
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

_ROW = lazy(r"^[ \t]*+\|(.*)\|[ \t]*+$", regex.M)
_CELL = lazy(r"[^|]++")
# Yes and no as tables write them, by language (folded to lower case).
_YES = frozenset({"true", "yes", "y", "是", "はい", "예", "ja", "oui", "sí", "si", "sim", "да", "так", "tak"})
_NO = frozenset({"false", "no", "n", "否", "いいえ", "아니요", "아니오", "nein", "non", "não", "нет", "ні", "nie"})


def truth(cell: str) -> bool | None:
    """What a table cell says when it says yes or no, else None.

    >>> truth(" True "), truth("否"), truth("string"), truth("`true`")
    (True, False, None, None)
    """
    word = cell.strip().casefold()
    return True if word in _YES else False if word in _NO else None


def _rows(ctx: Context, k: int, group: Group) -> dict[str, list[tuple[str, int, int]]]:
    """The rows of the tables of a version in a group, by their first cell: each row's cells
    as (text, start, end), offsets in the document."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for index in group.members[k]:
        paragraph = ctx.documents[k].paragraphs[index]
        if paragraph.kind != "table":
            continue
        for row in _ROW.finditer(paragraph.text):
            offset = paragraph.start + row.start(1)
            cells = [(cell.group().strip(), offset + cell.start(), offset + cell.end())
                     for cell in _CELL.finditer(row.group(1))]
            if cells and cells[0][0]:
                out.setdefault(cells[0][0], cells)
    return out


def cell_candidates(ctx: Context, g: int, group: Group, present: list[int]) -> list[Candidate]:
    """A yes/no cell that one version's row says the other way, as two candidates bound as
    one change."""
    if len(present) != 2 or not all(ctx.documents[k].paragraphs[i].kind == "table"
                                    for k in present for i in group.members[k][:1]):
        return []
    a, b = present
    rows_b = _rows(ctx, b, group)
    out = []
    for key, cells_a in _rows(ctx, a, group).items():
        cells_b = rows_b.get(key)
        if cells_b is None or len(cells_a) != len(cells_b):
            continue
        for (text_a, start_a, end_a), (text_b, start_b, end_b) in zip(cells_a[1:], cells_b[1:]):
            said_a, said_b = truth(text_a), truth(text_b)
            if said_a is None or said_b is None or said_a == said_b:
                continue
            pair = next(_pairs)
            out.append(Candidate(g, "markup", text_a, frozenset({a}), frozenset({b}),
                                 {a: Invariant("markup", text_a, text_a, start_a, end_a)}, pair))
            out.append(Candidate(g, "markup", text_b, frozenset({b}), frozenset({a}),
                                 {b: Invariant("markup", text_b, text_b, start_b, end_b)}, pair))
    return out
