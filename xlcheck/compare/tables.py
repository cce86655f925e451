"""Tables of attributes: a row's yes/no cell and a column of names compared across versions.

A table of a plugin's attributes says, row by row, whether each is required (`True`,
`False` in English; `是`, `否` in Chinese). The words are translated, so no value is
kept as written; but a row both versions hold under the same key (its first cell, an
attribute's name) must say yes or no alike in each column: `| params_type_desc | string
| True |` against `| params_type_desc | string | 否 |` is drift. A column of names the
translation keeps as written must keep every one of them, and a table must stay a table.
In a table whose cells of inline code the translation keeps as written, a row keyed alike
holds the same code in each column: a literal moved to another column, or one a row still
holds though the source dropped it, is drift that the paragraph's values miss when the
literal stands in another row too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from xlcheck.compare.code import pair_ids
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.compare.literals import table_cell
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


def cell_candidates(ctx: Context, g: int, group: Group, present: list[int],
                    found: Sequence[Candidate] = ()) -> list[Candidate]:
    """A yes/no cell that one version's row says the other way, as two candidates bound as
    one change; inline code a row's cell has in one version and not the other (a value
    `found` already reports for the paragraph aside)."""
    if len(present) != 2 or not all(ctx.documents[k].paragraphs[i].kind == "table"
                                    for k in present for i in group.members[k][:1]):
        return []
    a, b = present
    rows_b = _rows(ctx, b, group)
    out = _rows_apart(ctx, g, group, a, b)
    rows_a = _rows(ctx, a, group)
    paired = [(cells_a, rows_b[key]) for key, cells_a in rows_a.items()
              if key in rows_b and len(rows_b[key]) == len(cells_a)]
    # (the header, a table's first row, holds the columns' titles: words, translated)
    body = paired[1:] if next(iter(rows_a), None) in rows_b else paired
    out.extend(_names_translated(g, a, b, body))
    reported = {(c.value.strip("`"), c.have) for c in found}
    out.extend(c for c in _code_moved(ctx, g, group, (a, b), body) if (c.value, c.have) not in reported)
    out.extend(c for c in _values_in_rows(ctx, g, group, (a, b)) if (c.value, c.have) not in reported)
    out.extend(_units_swapped(g, a, b, body))
    out.extend(_full_width_bars(ctx, g, (a, b), rows_a, rows_b))
    flags = _flag_columns(body)
    for cells_a, cells_b in paired:
        for column, ((text_a, start_a, end_a), (text_b, start_b, end_b)) in enumerate(zip(cells_a[1:], cells_b[1:]), 1):
            said_a, said_b = truth(text_a), truth(text_b)
            for have, lack, text, start, end, other, blank in ((a, b, text_a, start_a, end_a, text_b, start_b),
                                                                (b, a, text_b, start_b, end_b, text_a, start_a)):
                if column in flags and truth(text) is not None and not other:
                    # a flag the other version's row leaves blank: "required" unsaid
                    out.append(Candidate(g, "markup", text, frozenset({have}), frozenset({lack}),
                                         {have: Invariant("markup", text, text, start, end)}, near={lack: blank}))
            if said_a is None or said_b is None or said_a == said_b:
                continue
            pair = next(pair_ids)
            out.append(Candidate(g, "markup", text_a, frozenset({a}), frozenset({b}),
                                 {a: Invariant("markup", text_a, text_a, start_a, end_a)}, pair))
            out.append(Candidate(g, "markup", text_b, frozenset({b}), frozenset({a}),
                                 {b: Invariant("markup", text_b, text_b, start_b, end_b)}, pair))
    return out


def _full_width_bars(ctx: Context, g: int, docs: tuple[int, int], rows_a: dict, rows_b: dict) -> list[Candidate]:
    """A row keyed alike in both versions whose cell bar one version writes as the
    full-width ``｜`` (``|mysql｜>=1.3.0|``): Markdown splits no cell there, so the row has
    one cell fewer and its last cells sit under other columns. One candidate per row, at
    the full-width bar."""
    a, b = docs
    out = []
    for key, cells_a in rows_a.items():
        cells_b = rows_b.get(key)
        if cells_b is None:
            continue
        for (more, cells_more), (fewer, cells_fewer) in (((a, cells_a), (b, cells_b)), ((b, cells_b), (a, cells_a))):
            if len(cells_more) != len(cells_fewer) + 1 or any("｜" in text for text, _, _ in cells_more):
                continue
            bars = [(text, start, end) for text, start, end in cells_fewer if text.count("｜") == 1]
            if len(bars) != 1 or sum(text.count("｜") for text, _, _ in cells_fewer) != 1:
                continue
            _, start, end = bars[0]
            at = start + ctx.documents[fewer].text[start:end].index("｜")
            column = cells_fewer.index(bars[0]) + 1
            _, bar, _ = cells_more[column]
            out.append(Candidate(g, "markup", "|", frozenset({more}), frozenset({fewer}),
                                 {more: Invariant("markup", "|", "|", bar - 1, bar)}, near={fewer: at}))
    return out


# Rows of a column that say yes or no in both versions, at the least, for it to be a column of flags.
_FLAG_ROWS = 2


def _flag_columns(paired: list) -> set[int]:
    """The columns (by index) in which at least two rows say yes or no in both versions
    (``| hosts | array | yes |`` / ``| username | string | no |``)."""
    counts: Counter = Counter()
    for cells_a, cells_b in paired:
        for column, ((text_a, _, _), (text_b, _, _)) in enumerate(zip(cells_a[1:], cells_b[1:]), 1):
            counts[column] += truth(text_a) is not None and truth(text_b) is not None
    return {column for column, count in counts.items() if count >= _FLAG_ROWS}


# A cell that names something the software reads (an action, a plugin): one word of code.
_IDENTIFIER = lazy(r"[A-Za-z][\w.-]*+")
# A column whose names every version keeps as written in at least this many rows.
KEPT_NAMES = 3


def _names_translated(g: int, a: int, b: int, paired: list) -> list[Candidate]:
    """A name in a column of names that the other version keeps as written in its other
    rows (``| 5 | 回收 | N |`` where the source's actions table says ``reclaim``, and
    ``enqueue``, ``allocate``, ``backfill`` stand as written): the name was translated,
    and the configuration it tells to write is wrong. One candidate each, kind code.

    >>> rows = [([(k, 0, 0), (n, 0, 0)], [(k, 0, 0), (m, 0, 0)]) for k, n, m in
    ...         (("1", "enqueue", "enqueue"), ("2", "allocate", "allocate"), ("3", "backfill", "backfill"),
    ...          ("5", "reclaim", "回收"))]
    >>> [c.value for c in _names_translated(0, 0, 1, rows)]
    ['reclaim']
    """
    out = []
    for column in range(1, min((len(cells) for cells, _ in paired), default=0)):
        cells = [(cells_a[column], cells_b[column]) for cells_a, cells_b in paired]
        kept = sum(1 for (text_a, _, _), (text_b, _, _) in cells if text_a == text_b and _IDENTIFIER.fullmatch(text_a))
        if kept < KEPT_NAMES or 2 * kept < len(cells):
            continue
        for (text_a, start_a, end_a), (text_b, _, _) in cells:
            # (a capitalised word, "None" written 无 in a column of flags, is the table's prose)
            if text_a != text_b and _IDENTIFIER.fullmatch(text_a) and text_a[0].islower() \
                    and truth(text_a) is None and not _IDENTIFIER.fullmatch(text_b):
                out.append(Candidate(g, "code", text_a, frozenset({a}), frozenset({b}),
                                     {a: Invariant("code", text_a, text_a, start_a, end_a)}))
    return out


def _rows_apart(ctx: Context, g: int, group: Group, a: int, b: int) -> list[Candidate]:
    """A table that one version writes as one block and the other with its rows apart, by
    blank lines (the aligner pairs them, `xlcheck.align._fold_list_items`): Markdown makes
    no table of rows apart, they show as text. One candidate, the table's first line."""
    out = []
    for whole, apart in ((a, b), (b, a)):
        if len(group.members[whole]) == 1 and len(group.members[apart]) > 1 and all(
                ctx.documents[apart].paragraphs[i].kind == "table" for i in group.members[apart]):
            table = ctx.documents[whole].paragraphs[group.members[whole][0]]
            first = table.text.split("\n", 1)[0]
            out.append(Candidate(g, "markup", "| … |", frozenset({whole}), frozenset({apart}),
                                 {whole: Invariant("markup", "| … |", first, table.start, table.start + len(first))}))
    return out


# Units of measure as a table's column of units writes them, by what they measure (folded
# to lower case): a cell of one is translated, so only its meaning is compared.
_UNITS = {word: unit for unit, words in (
    ("count", ("count", "counts", "times", "个", "次", "次数", "个数")),
    ("ms", ("ms", "millisecond", "milliseconds", "毫秒")),
    ("s", ("s", "sec", "second", "seconds", "秒")),
    ("us", ("μs", "us", "microsecond", "microseconds", "微秒")),
    ("min", ("min", "minute", "minutes", "分钟")),
    ("byte", ("b", "byte", "bytes", "字节")),
    ("percent", ("%", "percent", "percentage", "百分比"))) for word in words}
# Rows of a column whose units both versions give alike, at the least, for it to be a column of units.
_UNIT_ROWS = 3


def unit(cell: str) -> str | None:
    """What a table cell's unit measures when the cell is a unit alone, else None.

    >>> unit(" Milliseconds "), unit("毫秒"), unit("个"), unit("none"), unit("Count of keys")
    ('ms', 'ms', 'count', None, None)
    """
    return _UNITS.get(cell.strip().casefold())


def _units_swapped(g: int, a: int, b: int, paired: list) -> list[Candidate]:
    """A unit in a column of units that the other version's row (keyed alike) gives as
    another unit: ``| GcTimeMillis | Milliseconds |`` against ``| GcTimeMillis | 个 |``
    (a count). A column is one of units where at least `_UNIT_ROWS` rows give a unit in
    both versions and most of them agree. Two candidates bound as one change, kind number.

    >>> rows = [([(k, 0, 0), (n, 0, 0)], [(k, 0, 0), (m, 0, 0)]) for k, n, m in
    ...         (("a", "Count", "个"), ("b", "ms", "毫秒"), ("c", "Count", "次"), ("d", "Milliseconds", "个"))]
    >>> [c.value for c in _units_swapped(0, 0, 1, rows)]
    ['Milliseconds', '个']
    """
    out = []
    for column in range(1, min((len(cells) for cells, _ in paired), default=0)):
        cells = [(cells_a[column], cells_b[column]) for cells_a, cells_b in paired
                 if unit(cells_a[column][0]) and unit(cells_b[column][0])]
        agree = sum(1 for (text_a, _, _), (text_b, _, _) in cells if unit(text_a) == unit(text_b))
        if agree < _UNIT_ROWS or 2 * agree <= len(cells):
            continue
        for (text_a, start_a, end_a), (text_b, start_b, end_b) in cells:
            if unit(text_a) != unit(text_b):
                pair = next(pair_ids)
                out.append(Candidate(g, "number", text_a, frozenset({a}), frozenset({b}),
                                     {a: Invariant("number", text_a, text_a, start_a, end_a)}, pair))
                out.append(Candidate(g, "number", text_b, frozenset({b}), frozenset({a}),
                                     {b: Invariant("number", text_b, text_b, start_b, end_b)}, pair))
    return out


# Cells of inline code both versions write alike, at least this many and two in three of
# the cells with code, make a table whose code is kept as written.
KEPT_CODE_CELLS = 3


def _code_moved(ctx: Context, g: int, group: Group, docs: tuple[int, int], paired: list) -> list[Candidate]:
    """Inline code one version's cell holds and the same cell of the other version's row
    (keyed alike) lacks, in a table that keeps its cells of code as written: PowerShell's
    `Write-Output` still given for `save` where the source gives `Out-File`, `> foo.txt`.
    One candidate each, kind code (its text without the backticks), paired with none."""
    a, b = docs
    code = {k: [inv for index in group.members[k] for inv in ctx.invariants[k][index]
                if inv.kind == "markup" and inv.value.startswith("`")] for k in docs}

    def held(k: int, cell: tuple[str, int, int]) -> list[Invariant]:
        return [inv for inv in code[k] if cell[1] <= inv.start and inv.end <= cell[2]]

    cells = [((cell_a[0], held(a, cell_a)), (cell_b[0], held(b, cell_b))) for cells_a, cells_b in paired
             for cell_a, cell_b in zip(cells_a[1:], cells_b[1:])]
    cells = [(side_a, side_b) for side_a, side_b in cells if side_a[1] or side_b[1]]
    kept = sum(1 for (_, have_a), (_, have_b) in cells
               if Counter(i.value for i in have_a) == Counter(i.value for i in have_b))
    if kept < KEPT_CODE_CELLS or 3 * kept < 2 * len(cells):
        return []
    out = []
    for side_a, side_b in cells:
        for k, other, (_, mine), (text, theirs) in ((a, b, side_a, side_b), (b, a, side_b, side_a)):
            extra = Counter(i.value for i in mine) - Counter(i.value for i in theirs)
            # (a name the other cell writes as plain text, ``clock_gettime``, is formatting
            # added or dropped, the same value; a number of its own: each is reported as it
            # stands, not paired with a value another row lacks; kind code: a cell of a
            # column of code is no formatting the translation added)
            out.extend(Candidate(g, "code", value, frozenset({k}), frozenset({other}),
                                 {k: Invariant("code", value, inv.text, inv.start, inv.end)}, next(pair_ids))
                       for inv in mine if extra[inv.value] > 0 for value in [inv.value.strip("`")]
                       if value.casefold() not in text.casefold())
    return out


# The line under a table's header: dashes, colons and bars only.
_RULE_LINE = lazy(r"(?=[^-]*+-)[ \t:|-]++")


def row_labels(text: str) -> list[str]:
    """The first cells of the body rows of a text's Markdown tables: the labels of the
    fields a table describes (not its header, nor the line of dashes under it).

    >>> row_labels("| Parameter | Description |\\n|---|---|\\n| Job Name | x |\\n| Data Source - Type | y |")
    ['Job Name', 'Data Source - Type']
    """
    out: list[str] = []
    header = True
    for line in text.split("\n"):
        row = _ROW.fullmatch(line)
        if row is None:
            header = True  # a line that is no row ends a table: the next row heads another
        elif header:
            header = False
        elif not _RULE_LINE.fullmatch(line):
            out.append(row.group(1).split("|", 1)[0].strip())
    return out


def labels_translated(source: str, translation: str) -> bool:
    """Whether the translation's tables give their rows' labels in its own words: of at
    least `KEPT_NAMES` labels, most are none of the source's (``| 数据来源 - 类型 |`` for
    ``| Data Source - Type |``). The labels are then the interface's, which the
    translation names as its readers' edition of the interface does; a table of keys
    (``| params_type_desc |``) keeps them as written.

    >>> labels_translated("|a|b|\\n|-|-|\\n| Job Name | x |\\n| Table | y |\\n| Column | z |",
    ...                   "|甲|乙|\\n|-|-|\\n| 任务名称 | x |\\n| 表名 | y |\\n| 列 | z |")
    True
    """
    theirs = set(row_labels(source))
    ours = row_labels(translation)
    return len(ours) >= KEPT_NAMES and 2 * sum(label not in theirs for label in ours) > len(ours)


def names_labels_only(word: str, text: str) -> bool:
    """Whether every time a text writes a word it stands in a table's row, in the row's
    first cell (its label) at least once, and elsewhere only as inline code
    (``| Data Source - ColumnType |``, ``need to fill in the `ColumnType` ``): the name
    of a field of the interface the table describes, not of a product.

    >>> names_labels_only("ColumnType", "| Data Source - ColumnType | (1) All |\\n| Table | the `ColumnType`. |")
    True
    >>> names_labels_only("ColumnType", "| ColumnType | x |\\nSet ColumnType first.")
    False
    """
    labelled = False
    for match in regex.finditer(rf"(?<![\w`]){regex.escape(word)}(?!\w)|`{regex.escape(word)}`", text):
        cell = table_cell(text, match.start())
        if cell == 0 or (cell == 2 and not match.group().startswith("`")):
            return False
        labelled = labelled or cell == 1
    return labelled


def labels_a_row(code: str, text: str) -> bool:
    """Whether inline code names a row of a text's tables: the row's label, or its last
    words (``Column`` for ``| Data Source - Column |``).

    >>> labels_a_row("Column", "|a|b|\\n|-|-|\\n| Data Source - Column | x |"), labels_a_row("Col", "| Column | x |")
    (True, False)
    """
    return any(label == code or label.endswith(" " + code) for label in row_labels(text))


def names_translated_row(ctx: Context, group: Group, candidate: Candidate) -> bool:
    """Whether a candidate is inline code that names a row of its version's table (``need
    to fill in the `Column` `` beside ``| Data Source - Column |``) and every version
    lacking it gives the table's labels in its own words: the field's label, which the
    translation writes as its table does (`列`), not code that changed."""
    code = candidate.value
    if candidate.kind != "markup" or not (code.startswith("`") and code.endswith("`")) or len(code) < 3:
        return False
    texts = {k: ctx.text(k, group) for k in candidate.have | candidate.lack}
    return all(labels_a_row(code[1:-1], texts[o]) and all(labels_translated(texts[o], texts[k]) for k in candidate.lack)
               for o in candidate.have)


# Rows a table pairs, at the least, for its rows to be compared value by value; and the
# share of rows holding values whose values agree, for rows paired by rank to be one table.
_PAIRED_ROWS = 3


def _body_rows(text: str, start: int) -> list[tuple[str, int, int]]:
    """Each body row of a paragraph's Markdown tables as (its first cell, start, end),
    offsets in the document (the paragraph starting at `start`)."""
    out = []
    header = True
    offset = 0
    for line in text.split("\n"):
        row = _ROW.fullmatch(line)
        if row is None:
            header = True
        elif header:
            header = False
        elif not _RULE_LINE.fullmatch(line):
            out.append((row.group(1).split("|", 1)[0].strip(), start + offset, start + offset + len(line)))
        offset += len(line) + 1
    return out


def _row_pairs(rows_a: list, rows_b: list) -> tuple[list[tuple[int, int]], bool]:
    """The rows of two tables that are one row: those keyed alike (the same first cell,
    once in each), or, where the keys are translated and the tables as long, the n-th and
    the n-th; and whether they were paired by rank."""
    keys_a, keys_b = Counter(r[0] for r in rows_a), Counter(r[0] for r in rows_b)
    where_b = {r[0]: j for j, r in enumerate(rows_b)}
    keyed = [(i, where_b[r[0]]) for i, r in enumerate(rows_a) if r[0] and keys_a[r[0]] == 1 and keys_b.get(r[0]) == 1]
    if len(keyed) >= _PAIRED_ROWS and 2 * len(keyed) >= len(rows_a):
        return keyed, False
    if not keyed and len(rows_a) == len(rows_b) >= _PAIRED_ROWS:
        return [(i, i) for i in range(len(rows_a))], True
    return [], False


def _values_in_rows(ctx: Context, g: int, group: Group, docs: tuple[int, int]) -> list[Candidate]:
    """A figure a table's row holds and the other version's row lacks, though that
    version's table has it in another row (a metric's description that lost "Deprecated
    in Redis 7.0", the proxy's port that lost "default is 22"), or an identifier that
    names a row of the other version's table (``Normally the same as used_memory``)
    which the row lacks. Compared as sets, over the whole table, the value is kept; row
    by row it is not. Rows are paired by their keys, or by rank where
    the keys are translated, the tables are as long and most rows that hold values hold
    the same in each version. One candidate each, at the row that lacks it."""
    a, b = docs
    if any(len(group.members[k]) != 1 for k in docs):
        return []
    paragraphs = {k: ctx.documents[k].paragraphs[group.members[k][0]] for k in docs}
    rows = {k: _body_rows(paragraphs[k].text, paragraphs[k].start) for k in docs}
    pairs, by_rank = _row_pairs(rows[a], rows[b])
    if not pairs:
        return []
    values = {k: [inv for inv in ctx.invariants[k][group.members[k][0]]
                  if inv.kind in ("number", "code") and not inv.flag] for k in docs}

    def held(k: int, row: tuple[str, int, int]) -> list[Invariant]:
        return [inv for inv in values[k] if row[1] <= inv.start and inv.end <= row[2]]

    cells = [(rows[a][i], rows[b][j], held(a, rows[a][i]), held(b, rows[b][j])) for i, j in pairs]
    with_values = [(mine, theirs) for _, _, mine, theirs in cells if mine or theirs]
    agree = sum(1 for mine, theirs in with_values if {i.value for i in mine} == {i.value for i in theirs})
    if by_rank and (agree < _PAIRED_ROWS or 3 * agree < 2 * len(with_values)):
        return []  # (rows paired by rank that do not agree: a table reordered, or another table)
    everywhere = {k: {inv.value for inv in values[k]} for k in docs}
    texts = {k: ctx.documents[k].text for k in docs}
    # An identifier counts where it names another row (a metric the description refers
    # to, ``used_memory``): one in the prose of a row (``treeNodes``) is as often a word.
    keys = {k: {r[0].strip("`~* ") for r in rows[k]} for k in docs}
    out = []
    for row_a, row_b, mine_a, mine_b in cells:
        for k, other, mine, theirs, row in ((a, b, mine_a, mine_b, row_b), (b, a, mine_b, mine_a, row_a)):
            lacking = {inv.value for inv in theirs}
            written = texts[other][row[1]:row[2]]
            for inv in mine:
                # (a name the other row writes as inline code, `treeNodeFilterProp`, is
                # the same name, read there as markup)
                if inv.value in lacking or _written_in(inv, written):
                    continue
                if (inv.kind == "number" and inv.value in everywhere[other]) or inv.value in keys[other]:
                    lacking.add(inv.value)  # (once a row)
                    out.append(Candidate(g, inv.kind, inv.value, frozenset({k}), frozenset({other}),
                                         {k: inv}, near={other: row[1]}))
    return out


def _written_in(inv: Invariant, text: str) -> bool:
    """Whether a text writes a value as the other version does: an identifier in any
    case or mark, a figure as written (not inside a longer one).

    >>> _written_in(Invariant("code", "treeNode", "treeNode", 0, 8), "| `treeNode` |")
    True
    >>> _written_in(Invariant("code", "used_memory", "used_memory", 0, 11), "| used_memory_lua |")
    False
    >>> _written_in(Invariant("number", "7", "7.0", 0, 3), "| since 1970 |")
    False
    """
    if inv.kind == "code":
        return regex.search(rf"(?<![\w.-]){regex.escape(inv.value)}(?![\w-])", text, regex.I) is not None
    return regex.search(rf"(?<![\p{{N}}.,]){regex.escape(inv.text)}(?![\p{{N}}]|[.,]\p{{N}})", text) is not None
