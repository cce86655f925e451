"""List items one version of a paired list has and the other lacks (XL002).

The aligner pairs a list with its translation as one paragraph; an item the source added
(a link to one more tool) then shows only as the values it holds. An item is missing
where the list of one version has more items than the other's and the item's links (or,
for an item with none, its inline code) are nowhere in the other's list: one finding per such item, no more than the difference in
items, at the line where the item would stand. Where items were added to both lists, an
item is missing when its links are nowhere in the other list and at least three of its
items, and as many as are lost, are still in it.

An item with neither links nor code that is a few words, mostly capitalised (a list of
people), is told by its names, the capitalised words after its first that no version
writes in lower case: names are not translated, so such an item is missing only where at
least three items of its list, and as many as are lost, keep their names in the other list
(a list whose names a translation transliterates keeps none). A name such an item has and
its counterpart in the other list lacks is a name missing (`names_dropped`).
"""

from __future__ import annotations

import functools

import regex

from xlcheck.align import token_anchors
from xlcheck.compare.blame import MARKED_ITEM, Blame, held_facts
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.compare.literals import folded_document
from xlcheck.extract.urls import normalise_url
from xlcheck.locales import known_language, latin_script, locale_info
from xlcheck.model import Finding, Invariant, Location, Segment
from xlcheck.patterns import lazy, pieces
from xlcheck.rules import rule_for

_ITEM = lazy(r"^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]", regex.M)
# A link in an item: inline, by reference, or an address written out.
_LINKED = lazy(r"\]\(|\]\[|<?https?://|www\.")


_ANGLE_WORDS = lazy(r"<[\p{L}\p{N}][\p{L}\p{N}\s'’_.-]*+>")


# Lines a list may stand between in its paragraph: a thematic break, a comment.
_FRAME = lazy(r"(?:[ \t]*+(?:-{3,}+|\*{3,}+|_{3,}+|\{/\*[^\n]*?\*/\}|<!--[^\n]*?-->)[ \t]*+\n)*+")


# A term of a definition list (kramdown, PHP Markdown Extra, Pandoc): a line of its own,
# then its definition on a line that opens with ``:``.
_TERM = lazy(r"^(?![ \t]|:)[^\n]++\n(?=[ \t]{0,3}:[ \t])", regex.M)


# A definition that opens with a bulleted list, and the bullets of such a list.
_DEFINITION_BULLET = lazy(r"[ \t]{0,3}:[ \t]++[-*+][ \t]")
_DEFINED_ITEM = lazy(r"^(?:[ \t]{0,3}:[ \t]++|[ \t]++)([-*+])[ \t]", regex.M)


def _items(text: str) -> list[tuple[int, int]]:
    """(start, end) of each top-level item of a Markdown list, as offsets in `text` (a
    thematic break or a comment may stand before it, ``---`` glued to the list); of a
    definition list, each term with its definition, or the items of the bulleted list
    a definition holds (the term then heads them: ``Informação gerais`` then ``: * [Ruby
    Central][rc]``, ``  * …``).

    >>> _items("---" + chr(10) + "* a" + chr(10) + "* b")
    [(4, 8), (8, 11)]
    >>> _items("[Ruby Central][rc]" + chr(10) + ": A non-profit.")
    [(0, 34)]
    >>> _items("General" + chr(10) + ": * [Ruby Central][rc]" + chr(10) + "  * [Rails][r]")
    [(10, 33), (33, 45)]
    """
    terms = [m.start() for m in _TERM.finditer(text)]
    if terms and terms[0] == 0:
        spans = []
        for start, end in zip(terms, terms[1:] + [len(text)]):
            bullets = [m.start(1) for m in _DEFINED_ITEM.finditer(text, start, end)]
            if bullets and _DEFINITION_BULLET.match(text, text.index("\n", start) + 1):
                spans.extend(zip(bullets, bullets[1:] + [end]))
            else:
                spans.append((start, end))
        return spans
    starts = [m for m in _ITEM.finditer(text)]
    if not starts or starts[0].start() != _FRAME.match(text).end():
        return []
    indent = len(starts[0].group(1))
    tops = [m.start() for m in starts if len(m.group(1)) == indent]
    return list(zip(tops, tops[1:] + [len(text)]))


# A table's delimiter row (``|---|:---:|``), after which each line is a row of the table.
_DELIMITER_ROW = lazy(r"^[ \t]*+\|?+[ \t]*+:?+-{3,}+.*$", regex.M)


def _rows(text: str) -> list[tuple[int, int]]:
    """(start, end) of each row of a Markdown table after its header, as offsets in `text`.

    >>> _rows("| a | b |" + chr(10) + "|---|---|" + chr(10) + "| `x` | 1 |" + chr(10) + "| `y` | 2 |")
    [(20, 32), (32, 43)]
    """
    delimiter = _DELIMITER_ROW.search(text)
    if delimiter is None:
        return []
    starts = [delimiter.end() + 1 + m.start() for m in regex.finditer(r"^[ \t]*+\|", text[delimiter.end() + 1:],
                                                                       regex.M)]
    return list(zip(starts, starts[1:] + [len(text)]))


# A row's first cell when it is a key: a name of code, in inline code or not (`steps[x].pause`,
# cancelText), not words a translation translates.
_ROW_KEY = lazy(r"[ \t]*+\|[ \t]*+`?+([A-Za-z_$][\w$.\[\]()-]*+)`?+[ \t]*+\|")


def _row_key(row: str) -> set[str]:
    """The key a table's row names in its first cell, as a set (empty for a cell of words)."""
    key = _ROW_KEY.match(row)
    return {key.group(1)} if key else set()


_CODE_OR_LINK = lazy(r"`[^`\n]*+`|\(?https?://\S++|\]\([^)\s]*+\)")
_WORD_RUN = lazy(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*+")
_BRACKETED = lazy(r"\([^()]*+\)")
# A word written in lower case (in running text): a common word, not a name.
_LOWER_WORD = lazy(r"(?<![\p{L}\p{M}\p{N}_./-])\p{Ll}[\p{Ll}\p{M}]++")
_NAME_ITEM_WORDS = 6  # an item of names is short: "Marten van Kerkwijk", "Eric Wieser (2017-2025)"


def _names(ctx: Context, k: int, index: int, start: int, end: int, lower: frozenset[str]) -> set[str]:
    """The names that tell an item of doc k's paragraph `index` (between offsets `start`
    and `end` of it): none unless the item is names, a few words outside brackets, at
    least half of them capitalised ("Stéfan van der Walt", not "Várias melhorias nas
    anotações"); then its names after its first word (what follows an item's opening
    capital), without the capitalised words some version writes in lower case."""
    paragraph = ctx.documents[k].paragraphs[index]
    marked = _ITEM.match(paragraph.text, start)
    opening = marked.end() if marked else start  # (a definition list's term has no mark)
    words = _WORD_RUN.findall(_BRACKETED.sub(" ", paragraph.text[opening:end]))
    if not words or len(words) > _NAME_ITEM_WORDS or 2 * sum(w[0].isupper() for w in words) < len(words):
        return set()
    first = _WORD_RUN.search(paragraph.text, opening, end)
    return {"name:" + inv.value for inv in ctx.invariants[k][index]
            if inv.kind == "name" and first.end() <= inv.start - paragraph.start < end
            and inv.value.lower() not in lower}


# An item's label: a few capitalised words in Latin letters before a colon, the item going on
# after it ("- Stargz Cold Boot: Use containerd to pull…"), a term a translation into another
# script keeps as written.
_LABEL = lazy(r"(?:\*\*)?+([A-Z][A-Za-z0-9]*+(?:[ \t]++(?:&|[A-Z][A-Za-z0-9]*+)){0,4}+)(?:\*\*)?+"
              r"[ \t]*+[:：](?:\*\*)?+[ \t]++\S")


def _label(ctx: Context, k: int, index: int, start: int, end: int) -> set[str]:
    """The label that tells an item of doc k's paragraph `index` (between offsets `start`
    and `end` of it), as a set: the capitalised Latin words before the colon that opens it,
    which a translation into another script keeps ("- Hit Stargz Cache: 使用 containerd…"); an item told this way is
    missing only where at least three items, and as many as are lost, keep theirs in the
    other list, as an item of names is.

    >>> _LABEL.match("Stargz & Dragonfly Cold Boot: 使用 containerd").group(1)
    'Stargz & Dragonfly Cold Boot'
    """
    paragraph = ctx.documents[k].paragraphs[index]
    marked = _ITEM.match(paragraph.text, start)
    label = _LABEL.match(paragraph.text, marked.end() if marked else start, end)
    return {"label:" + label.group(1).casefold()} if label else set()


# A folder of a link that names a language (``/en-US/``): each version may link its own.
_LANGUAGE_FOLDER = lazy(r"/([a-z]{2,3}(?:-[A-Za-z]{2,4})?)(?=/)")


def _without_language(link: str) -> str:
    """A link without the folders that name a language, as `xlcheck.extract.urls` leaves
    in a link to another language's edition (MDN's ``/en-US/docs/…`` on a Korean page), and
    without the mark of the reader's own edition of a site (``ja.vite.dev`` on a Japanese
    page, ``{lang}.vite.dev``, for ``vite.dev``: the same item links it).

    >>> _without_language("developer.mozilla.org/en-US/docs/Web"), _without_language("a.io/api/x")
    ('developer.mozilla.org/docs/Web', 'a.io/api/x')
    >>> _without_language("{lang}.vite.dev")
    'vite.dev'
    """
    link = _OWN_EDITION.sub(r"\1", link)
    return _LANGUAGE_FOLDER.sub(lambda m: "" if known_language(m.group(1)) else m.group(), link)


_OWN_EDITION = lazy(r"^((?:http://)?+)\{lang\}\.")


def _lower_words(ctx: Context) -> frozenset[str]:
    """The words some version writes in lower case (outside inline code and links)."""
    return _lower_words_of(tuple(doc.text for doc in ctx.documents))


@functools.lru_cache(maxsize=4)
def _lower_words_of(texts: tuple[str, ...]) -> frozenset[str]:
    # (asked for each list of names of a page, by two checks: read once per set of versions)
    return frozenset(word for text in texts for piece in pieces(text)
                     for word in _LOWER_WORD.findall(_CODE_OR_LINK.sub(" ", piece)))


def _lists(ctx: Context, group: Group, present: list[int]) -> dict | None:
    """Each version's list in a group as (paragraph, item spans, what tells each item, the
    inline code of all, each item's place when its names tell it), or None when the group
    is not one Markdown list in each version."""
    docs = ctx.documents
    lists = {}
    for k in present:
        members = group.members[k]
        if len(members) > 1:
            # a lead-in and its list paired with the other version's: the one list of each
            members = [i for i in members if docs[k].paragraphs[i].kind == "list"]
            if len(members) != 1:
                return None
        index = members[0]
        paragraph = docs[k].paragraphs[index]
        if paragraph.kind not in ("list", "text", "table") or docs[k].format != "markdown":
            return None
        # (a table's rows are its items: a row of fields one version lacks is one missing)
        table = paragraph.kind == "table"
        spans = _rows(paragraph.text) if table else _items(paragraph.text)
        if not spans:
            return None
        links, codes, by_name = [], set(), []
        if table:  # a row is told by its key alone: its links and literals may be the reader's
            lists[k] = (paragraph, spans, [_row_key(paragraph.text[start:end]) for start, end in spans], codes,
                        [None] * len(spans))
            continue
        for start, end in spans:
            held, code = _tells(ctx, k, index, start, end)
            codes |= code
            links.append(held or code)
            by_name.append((index, start, end) if not held and not code else None)
        lists[k] = (paragraph, spans, links, codes, by_name)
    if any(n for k in present for n in lists[k][4]):
        lower = _lower_words(ctx)
        # (a translation into another script keeps the Latin labels it does not translate)
        labelled = not all(latin_script(docs[k].lang) for k in present)
        for k in present:
            links, by_name = lists[k][2], lists[k][4]
            for n, place in enumerate(by_name):
                if place is not None:
                    links[n] = labelled and _label(ctx, k, *place) or _names(ctx, k, *place, lower)
    return lists


def _tells(ctx: Context, k: int, index: int, start: int, end: int) -> tuple[set[str], set[str]]:
    """The links and the inline code of the item text[start:end] of doc k's paragraph
    `index`: an item is told by its links, one with none by its inline code."""
    paragraph = ctx.documents[k].paragraphs[index]
    defined = link_definitions(ctx.documents[k].text, ctx.documents[k].lang)
    held = {_without_language(inv.value) for inv in ctx.invariants[k][index]
            if inv.kind == "url" and start <= inv.start - paragraph.start < end}
    held |= {_without_language(link) for link in _references(paragraph.text[start:end], defined)}
    # an item with no link is told by its inline code (placeholders in either
    # language aside: `<explanation>` is `<说明>`)
    code = {_ANGLE_WORDS.sub("<…>", inv.value) for inv in ctx.invariants[k][index]
            if inv.kind == "markup" and inv.value.startswith("`") and start <= inv.start - paragraph.start < end}
    return held, code


_LINK_DEFINITION = lazy(r"^[ \t]{0,3}\[([^\]\n]++)\]:[ \t]*+<?+([^\s>]++)", regex.M)
# A reference-style link: ``[text][label]``, or ``[label][]``.
REFERENCE = lazy(r"\[((?:[^\[\]\n]|\[[^\[\]\n]*+\])++)\]\[([^\[\]\n]*+)\]")


def label(text: str) -> str:
    """A link's label as Markdown matches it: case and spacing folded."""
    return " ".join(text.split()).casefold()


@functools.lru_cache(maxsize=8)
def link_definitions(text: str, lang: str) -> dict[str, str]:
    """The link definitions of a Markdown page (``[ruby-weekly]: https://rubyweekly.com/``):
    each label (case and spacing folded) with its target as `normalise_url` gives it."""
    info = locale_info(lang)
    return {label(m.group(1)): normalise_url(m.group(2), info) for m in _LINK_DEFINITION.finditer(text)}


def _references(text: str, defined: dict[str, str]) -> set[str]:
    """The targets of the reference-style links of a text (``[**Ruby Weekly**][ruby-weekly]``),
    as its page defines them: an item linked that way is told by its target as much as
    one that writes the address inline.

    >>> sorted(_references("[**Ruby Weekly**][rw] and [RubyFlow][]", {"rw": "rubyweekly.com", "rubyflow": "rubyflow.com"}))
    ['rubyflow.com', 'rubyweekly.com']
    """
    if "][" not in text:
        return set()
    return {defined[name] for m in REFERENCE.finditer(text)
            if (name := label(m.group(2) or m.group(1))) in defined}


def items_missing(ctx: Context, group: Group, present: list[int],
                  blame: Blame) -> tuple[list[Finding], dict[int, list[tuple[int, int]]]]:
    """XL002 for each list item of one version that the other version's list lacks, and
    the items' spans by version (`lost_item_spans`), read from the same search."""
    lost = _lost_items(ctx, group, present)
    return [_finding(ctx, *item, blame) for item in lost], _spans(lost)


def lost_item_spans(ctx: Context, group: Group, present: list[int]) -> dict[int, list[tuple[int, int]]]:
    """For each version, the spans (offsets in its document) of the list items of a group
    that `items_missing` reports: a missing item carries its values with it, so a value in
    one is not missing again on its own."""
    return _spans(_lost_items(ctx, group, present))


def _spans(lost: list[tuple]) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for more, _, paragraph, (start, end), *_ in lost:
        spans.setdefault(more, []).append((paragraph.start + start, paragraph.start + end))
    return spans


def _lost_items(ctx: Context, group: Group, present: list[int]) -> list[tuple]:
    """The list items of one version that the other version's list lacks, each as the
    arguments `_finding` reports it by."""
    if len(ctx.documents) != 2 or len(present) != 2:
        return []
    lists = _lists(ctx, group, present)
    if lists is None:
        return []
    lost_items = []
    a, b = present
    replaced = _replaced(ctx, lists, a, b)
    for more, fewer in ((a, b), (b, a)):
        paragraph, spans, links, _, by_name = lists[more]
        other_paragraph, other_spans, other_links, other_codes, _ = lists[fewer]
        extra = len(spans) - len(other_spans)
        if not other_spans:
            continue
        theirs = set().union(*other_links) | other_codes
        lost = [n for n, held in enumerate(links) if held and not held & theirs]
        if not lost and extra > 0 and _one_target(links + other_links):
            # Every item links the same page (a connector's key features, each linking the
            # page that defines them): the links tell no item apart, and a list the source
            # grew grew at its end.
            lost = list(range(len(spans) - extra, len(spans)))
        kept = sum(1 for held in links if held & theirs)
        # More items lost than the lists' lengths differ by: items added on both sides of
        # one list (an index of APIs that gained some and dropped others), when most of
        # its linked items are still the other's.
        if not lost or ((len(lost) > extra or any(by_name[n] for n in lost)) and (kept < 3 or kept < len(lost))
                        and not replaced):
            continue
        lost_items.extend((more, fewer, paragraph, spans[n], other_paragraph, other_spans, n) for n in lost)
    if len(lists[a][1]) == len(lists[b][1]) and not any(lists[k][0].kind == "table" for k in present):
        # Lists of one length each losing the items at the same places, none of them with
        # a link (a Markdown link or an address): those items were rewritten in place (a
        # default value translated inside its code, `answer_random characters` /
        # `answer_随机字符`; a path's words, `/Year/Month/Day` / `/年/月/日`), each the
        # other's counterpart, compared as values are, not missing on both sides. (An item
        # whose link changed stays missing: its link is what it names.)
        places = [{item[6] for item in lost_items if item[0] == k} for k in (a, b)]
        if places[0] and places[0] == places[1] and not any(
                _LINKED.search(item[2].text, *item[3]) for item in lost_items):
            lost_items = []
    if not lost_items and all(lists[k][0].kind == "table" for k in present) and len(lists[a][1]) != len(lists[b][1]):
        lost_items.extend(_rows_unpaired(lists, a, b))
    if not lost_items and not any(lists[k][0].kind == "table" for k in present) \
            and len(lists[a][1]) == len(lists[b][1]):
        for n in range(len(lists[a][1])):
            lost_items.extend(_lost_subitems(lists, a, b, n) or _lost_told_subitems(ctx, lists, a, b, n))
    return lost_items


# What pairing two rows is worth: each pair, each anchor they share, each figure one holds alone.
_ROW_PAIR, _ROW_SHARED, _ROW_FIGURE = 1.0, 2.0, 0.4


def _rows_unpaired(lists: dict, a: int, b: int) -> list[tuple]:
    """The rows of two tables of unlike length that pair with no row of the other, in
    order: a configuration table whose translation has rows its source dropped (``| 任务名称
    | …``, ``| 采集间隔 | … 30秒 |`` against a source of five rows), or lacks rows the source
    added. Rows are told by their keys where both have one, else by the anchors they share
    (figures, capitalised words, initialisms: ``Host``, ``IPV6``, ``6379``); a figure only
    one row holds weighs against the pair, and the search keeps the most pairs it can, so
    that rows without anchors pair in order and only as many as the lengths differ by, or
    those no row can pair with, are left over."""
    rows, columns, values = {}, set(), {}
    for k in (a, b):
        paragraph, spans = lists[k][0], lists[k][1]
        rows[k] = [(token_anchors(paragraph.text[s:e]), _row_key(paragraph.text[s:e])) for s, e in spans]
        columns.add(paragraph.text[spans[0][0]:spans[0][1]].strip().count("|"))
        values[k] = [_row_values(paragraph.text[s:e]) for s, e in spans]
    if len(columns) > 1:
        return []  # (columns added or dropped, or a table turned: its rows are another layout)

    def weight(i: int, j: int) -> float:
        (mine, key_a), (theirs, key_b) = rows[a][i], rows[b][j]
        if key_a and key_b:
            return _ROW_PAIR + _ROW_SHARED if key_a == key_b else 0.0
        figures = sum(1 for x in mine ^ theirs if x.startswith("n:"))
        return _ROW_PAIR + _ROW_SHARED * len(mine & theirs) - _ROW_FIGURE * figures

    n, m = len(rows[a]), len(rows[b])
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            w = weight(i, j)
            best[i][j] = max(best[i + 1][j], best[i][j + 1], w + best[i + 1][j + 1] if w > 0 else 0.0)
    paired, i, j = [], 0, 0
    while i < n and j < m:
        w = weight(i, j)
        if w > 0 and best[i][j] == w + best[i + 1][j + 1]:
            paired.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    out = []
    for more, fewer, mine in ((a, b, 0), (b, a, 1)):
        paragraph, spans = lists[more][0], lists[more][1]
        other_paragraph, other_spans = lists[fewer][0], lists[fewer][1]
        kept = {pair[mine] for pair in paired}
        elsewhere = set().union(*values[fewer])
        for r in range(len(spans)):
            # (a row whose figures or literals the other table holds is no row lost)
            if r not in kept and not values[more][r] & elsewhere:
                # (it would stand before the other's row paired with the next row kept)
                at = next((pair[1 - mine] for pair in paired if pair[mine] > r), len(other_spans))
                out.append((more, fewer, paragraph, spans[r], other_paragraph, other_spans, at))
    return out


_ROW_VALUE = lazy(r"`[^`\n]++`|(?<![\p{L}\p{N}])\p{Nd}++(?:[.,]\p{Nd}++)*+")


def _row_values(row: str) -> set[str]:
    """The inline code and the figures a table's row writes.

    >>> sorted(_row_values("| Port | default `6379`, sentinel 26379 |"))
    ['26379', '`6379`']
    """
    return set(_ROW_VALUE.findall(row))


# A task list's box (``[x]``, ``[ ]``) and a run of Latin letters.
_TASK_BOX = lazy(r"\[[ xX]\][ \t]")
_LATIN_WORD = lazy(r"[A-Za-z][A-Za-z0-9]*+")
# Items of a sublist kept in the other version's, at the least, for its missing ones to be told.
_KEPT_SUBITEMS = 3


def _subitems(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each item of the list nested in the item text[start:end], as
    offsets in `text`."""
    line_end = text.find("\n", start, end)
    if line_end < 0:
        return []
    return [(line_end + 1 + s, line_end + 1 + e) for s, e in _items(text[line_end + 1:end])]


def _latin_words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _LATIN_WORD.findall(_TASK_BOX.sub(" ", text)))


def _sublists(lists: dict, a: int, b: int, n: int):
    """The sublists of item n of the two versions' lists, each way round: (the version
    read, the other, its paragraph, its sublist's item spans, the other's paragraph, the
    other's spans)."""
    for more, fewer in ((a, b), (b, a)):
        paragraph, spans = lists[more][0], lists[more][1]
        other_paragraph, other_spans = lists[fewer][0], lists[fewer][1]
        yield (more, fewer, paragraph, _subitems(paragraph.text, *spans[n]),
               other_paragraph, _subitems(other_paragraph.text, *other_spans[n]))


def _lost_subitems(lists: dict, a: int, b: int, n: int) -> list[tuple]:
    """The items that the sublist of item n of one version's list has past the end of the
    other's (``- [x] file format`` then ``  - [x] xml``, ``  - [x] binary``): a sublist of
    names kept in Latin letters (formats, engines) that the source grew at its end, told
    by those names. Each trailing item is missing when none of its words is in the other
    version's sublist, at least three of whose items keep their words from this one."""
    found = []
    for more, fewer, paragraph, mine, other_paragraph, theirs in _sublists(lists, a, b, n):
        extra = len(mine) - len(theirs)
        if extra <= 0 or not theirs:
            continue
        words = [_latin_words(paragraph.text[s:e]) for s, e in mine]
        other = frozenset().union(*(_latin_words(other_paragraph.text[s:e]) for s, e in theirs))
        kept = sum(1 for held in words[:-extra] if held & other)
        if kept >= _KEPT_SUBITEMS and all(held and not held & other for held in words[-extra:]):
            found.extend((more, fewer, paragraph, mine[m], other_paragraph, theirs, m)
                         for m in range(len(mine) - extra, len(mine)))
    return found


def _lost_told_subitems(ctx: Context, lists: dict, a: int, b: int, n: int) -> list[tuple]:
    """The items of the sublist of item n of one version's list that the other version's
    sublist lacks, each told as a list's item is, by its links (or its inline code): an
    option or a link the source added under an item both lists keep. An item is missing
    where its sublist is longer than the other's by as many items as are lost, and at
    least three of its items are still in the other's."""
    found = []
    for more, fewer, paragraph, mine, other_paragraph, theirs in _sublists(lists, a, b, n):
        if len(mine) <= len(theirs) or not theirs:
            continue
        tells = [_tells(ctx, more, paragraph.n - 1, s, e) for s, e in mine]
        other = [_tells(ctx, fewer, other_paragraph.n - 1, s, e) for s, e in theirs]
        known = set().union(*(held | code for held, code in other))
        told = [held or code for held, code in tells]
        lost = [m for m, held in enumerate(told) if held and not held & known]
        kept = sum(1 for held in told if held & known)
        if lost and len(lost) <= len(mine) - len(theirs) and kept >= _KEPT_SUBITEMS:
            found.extend((more, fewer, paragraph, mine[m], other_paragraph, theirs, m) for m in lost)
    return found


def _one_target(links: list[set[str]]) -> bool:
    """Whether every item of two lists holds the same links, and some.

    >>> _one_target([{"a.md"}, {"a.md"}, {"a.md"}]), _one_target([{"a.md"}, {"b.md"}]), _one_target([set(), set()])
    (True, False, False)
    """
    return bool(links) and bool(links[0]) and all(held == links[0] for held in links)


def _replaced(ctx: Context, lists: dict, a: int, b: int) -> bool:
    """Whether two linked lists share no item: each has two items or more, every item
    linked, no link of one in the other, and no item's link text (``[**Ruby Inside**][10]``)
    written anywhere in the other version. The source replaced the list (notable blogs
    of 2018 against those of today): each item is missing or left over, not a list whose
    most items are kept with some added."""
    for k, o in ((a, b), (b, a)):
        paragraph, spans, links, _, by_name = lists[k]
        theirs = set().union(*lists[o][2])
        if len(spans) < 2 or any(place is not None or not held or held & theirs
                                 for held, place in zip(links, by_name)):
            return False
        other = folded_document(ctx.documents[o].text)
        for start, end in spans:
            texts = [m.group(1).strip("*_ ") for m in _LINK_TEXT.finditer(paragraph.text, start, end)]
            if not texts or any(text.casefold() in other for text in texts):
                return False
    return True


# The text of a Markdown link, inline or by reference.
_LINK_TEXT = lazy(r"\[((?:[^\[\]\n]|\[[^\[\]\n]*+\])++)\](?=[(\[])")


def names_dropped(ctx: Context, g: int, group: Group, present: list[int]) -> list[Candidate]:
    """The names of an item of names (``Quansight (Nathan Goldbaum, …, Mateusz Sokol)``)
    that its counterpart in the other version's list lacks, the item that shares two of its
    names or more (and is the only one to): a person left out of an item that keeps the
    others. Only names the other version writes nowhere: a name it writes elsewhere is the
    name comparison's matter (moved, or written otherwise)."""
    if len(ctx.documents) != 2 or len(present) != 2:
        return []
    lists = _lists(ctx, group, present)
    if lists is None:
        return []
    out = []
    a, b = present
    for k, o in ((a, b), (b, a)):
        paragraph, _, tells, _, by_name = lists[k]
        other_paragraph, other_spans, other_tells, _, other_by_name = lists[o]
        for n, place in enumerate(by_name):
            if place is None or not tells[n]:
                continue
            partners = [m for m, theirs in enumerate(other_tells) if other_by_name[m] is not None
                        and len(tells[n] & theirs) >= 2]
            if len(partners) != 1:
                continue
            lacking = tells[n] - other_tells[partners[0]]
            near = other_paragraph.start + other_spans[partners[0]][0]
            for run in _name_runs(ctx, k, *place):
                value = " ".join(inv.value for inv in run)
                if all("name:" + inv.value in lacking and not _written(ctx, o, inv.value) for inv in run):
                    occurrence = Invariant("name", value, value, run[0].start, run[-1].end, (), run[0].flag)
                    out.append(Candidate(g, "name", value, frozenset({k}), frozenset({o}), {k: occurrence},
                                         near={o: near}))
    return out


def _name_runs(ctx: Context, k: int, index: int, start: int, end: int) -> list[list[Invariant]]:
    """The runs of names (words parted by one space) of an item of doc k's paragraph."""
    paragraph = ctx.documents[k].paragraphs[index]
    text = ctx.documents[k].text
    runs: list[list[Invariant]] = []
    for inv in ctx.invariants[k][index]:
        if inv.kind != "name" or not start <= inv.start - paragraph.start < end:
            continue
        if runs and text[runs[-1][-1].end:inv.start] == " ":
            runs[-1].append(inv)
        else:
            runs.append([inv])
    return runs


def _written(ctx: Context, k: int, word: str) -> bool:
    """Whether doc k writes a word anywhere, as a word of its own."""
    return regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])",
                        ctx.documents[k].text) is not None


def _finding(ctx: Context, more: int, fewer: int, paragraph, span: tuple[int, int], other_paragraph,
             other_spans: list[tuple[int, int]], n: int, blame: Blame) -> Finding:
    rule = rule_for("alignment", "paragraph-missing")
    have_status, lack_status = blame.sides(frozenset({more}), frozenset({fewer}))
    doc, other = ctx.documents[more], ctx.documents[fewer]
    item = paragraph.text[span[0]:span[1]]
    words = " ".join(item.split()[:8])
    facts = held_facts(inv for inv in ctx.invariants[more][paragraph.n - 1]
                       if span[0] <= inv.start - paragraph.start < span[1])
    held = f" (holds {', '.join(facts)})" if facts else ""
    line, _ = doc.position(paragraph.start + span[0])
    # The item would stand where the other list's item of the same rank does (or after its last).
    at = other_spans[n][0] if n < len(other_spans) else other_spans[-1][1]
    other_line, _ = other.position(other_paragraph.start + min(at, len(other_paragraph.text) - 1))
    locations = [None, None]
    locations[more] = Location(doc.path, doc.lang, paragraph.n, line, 1, words, None, have_status)
    locations[fewer] = Location(other.path, other.lang, other_paragraph.n, other_line, None, None, None, lack_status)
    what = "table row" if paragraph.kind == "table" else "list item"
    if have_status == "extra":
        message = (f"{doc.lang} paragraph {paragraph.n}: {what} “{words}…”{held} is not in {other.lang} "
                   f"paragraph {other_paragraph.n}: left over from an earlier version?")
    else:
        message = (f"{doc.lang} paragraph {paragraph.n}: {what} “{words}…”{held} has no counterpart in "
                   f"{other.lang} paragraph {other_paragraph.n}")
    return Finding(rule.check, rule.code, rule.severity, message, words, tuple(locations))


def _one_list_each(ctx: Context, group: Group, docs: list[int]) -> dict[int, Segment] | None:
    """Each of two versions' part of the group, where each is one list paragraph (else None):
    the lists whose items `fewer_in_item` and `surplus_in_items` compare rank by rank."""
    if len(docs) != 2:
        return None
    paragraphs = {}
    for d in docs:
        if len(group.members[d]) != 1:
            return None
        paragraph = ctx.documents[d].paragraphs[group.members[d][0]]
        if paragraph.kind != "list":
            return None
        paragraphs[d] = paragraph
    return paragraphs


def fewer_in_item(ctx: Context, g: int, group: Group, value: str, docs: list[int], by_kind) -> list[Candidate]:
    """A figure that an item of one version's list states twice or more and the item of
    the same rank in the other's list states fewer times, at least once (``worker.reserved.memory=0.3
    (… default value 0.3 …)`` translated ``worker.reserved.memory=0.3 (…)``): the statement
    of the default is lost, though the figure is still there. Both versions' part of the
    group one list, with as many items. (Over a paragraph of prose, figures are compared as
    sets: a translation states once what its source repeats in another sentence.)"""
    paragraphs = _one_list_each(ctx, group, docs)
    if paragraphs is None:
        return []
    lists = {k: [p.start + m.start() for m in MARKED_ITEM.finditer(p.text)] + [p.end]
             for k, p in paragraphs.items()}
    a, b = docs
    if len(lists[a]) != len(lists[b]) or len(lists[a]) < 3:
        return []
    out = []
    for rank in range(len(lists[a]) - 1):
        held = {k: [inv for inv in by_kind[k].get("number", ()) if inv.value == value and not inv.flag
                    and lists[k][rank] <= inv.start < lists[k][rank + 1]] for k in docs}
        more, fewer = (a, b) if len(held[a]) > len(held[b]) else (b, a)
        if len(held[more]) >= 2 and 1 <= len(held[fewer]) < len(held[more]):
            out.append(Candidate(g, "number", value, frozenset({more}), frozenset({fewer}),
                                 {more: held[more][len(held[fewer])]}))
    return out



def surplus_in_items(ctx: Context, g: int, group: Group, docs: list[int], by_kind,
                     found: list[Candidate]) -> list[Candidate]:
    """Code spans that an item of one version's list writes more often than the item of the
    same rank in the other's list, both versions' part of the group one list of as many
    top-level items (three or more): one candidate for each occurrence more (a list of
    rules, each naming `dn_data_dirs` twice and the clause 且路径中不能有 `,`, which the
    translation rewrote without them), each item being statements of their own. Only
    where the other item still writes the span, or where the span is missing from the
    other version's list (a candidate of `found`, which stands for its first occurrence;
    a span written there as plain words is not): a span an item lacks and
    another item of its list holds may have moved with its words. (Over a paragraph of
    prose, code spans are compared as sets: a translation says "it" for a span repeated.)"""
    paragraphs = _one_list_each(ctx, group, docs)
    if paragraphs is None:
        return []
    spans = {d: [(p.start + start, p.start + end) for start, end in _items(p.text)] for d, p in paragraphs.items()}
    a, b = docs
    if len(spans[a]) != len(spans[b]) or len(spans[a]) < 3:
        return []
    held: dict[int, list[dict[str, list[Invariant]]]] = {}
    for d in docs:
        held[d] = [{} for _ in spans[d]]
        for inv in by_kind[d].get("markup", ()):
            if inv.value.startswith("`"):
                rank = next((n for n, (start, end) in enumerate(spans[d]) if start <= inv.start < end), None)
                if rank is not None:
                    held[d][rank].setdefault(inv.value, []).append(inv)
    out = []
    for more, fewer in ((a, b), (b, a)):
        for value in {v for item in held[more] for v in item}:
            lost = any(c.kind == "markup" and c.value == value and c.have == frozenset({more}) for c in found)
            first = True
            for rank, item in enumerate(held[more]):
                mine, theirs = item.get(value, ()), held[fewer][rank].get(value, ())
                if len(mine) <= len(theirs) or not (theirs or lost):
                    continue
                extra = list(mine[len(theirs):])
                if lost and first:
                    extra = extra[1:]  # (the group's candidate)
                first = False
                out.extend(Candidate(g, "markup", value, frozenset({more}), frozenset({fewer}), {more: inv})
                           for inv in extra)
    return out
