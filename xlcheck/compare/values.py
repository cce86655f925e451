"""Numbers, dates, codes, URLs and markup: values compared by their normalised form.

A value one version states and another lacks is a candidate drift, unless the other
version holds it in another guise: a number word ("drei"), a year read as a number, a
version read as a number, a date written without its year, or the same text word for
word but outside the markup that made it a value (a number in inline code).
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal
from itertools import permutations, zip_longest

import regex

from xlcheck import regexcache
from xlcheck.align import heading_as_item
from xlcheck.compare.blame import MARKED_ITEM
from xlcheck.compare.centuries import century_changed
from xlcheck.compare.code import block_renames, pair_ids
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.compare.eras import era_dropped
from xlcheck.compare.implied import title_above
from xlcheck.compare.initialisms import counted_out
from xlcheck.compare.items import fewer_in_item, surplus_in_items
from xlcheck.compare.literals import (
    _CODE_SPAN,
    _LOWER_WORD,
    code_word,
    format_placeholders,
    interface_label,
    name_partly_translated,
    names_a_placeholder,
    prose_text,
    prose_words,
    same_file,
    without_code_spans,
    written_as_text,
)
from xlcheck.compare.literals import edit_distance as _edit_distance
from xlcheck.compare.months import month_dropped
from xlcheck.compare.ranks import penultimate_dropped, place_dropped, rank_dropped
from xlcheck.compare.units import currency_changes, currency_dropped, excuse_conversions, unit_changes, zone_changes
from xlcheck.extract import urls
from xlcheck.extract.code import is_prose, read_block
from xlcheck.extract.codes import FILE_EXTENSION, SNAKE_CASE, bare_shape, member_of, one_folder_apart
from xlcheck.extract.dates import RELATIVE_LANGUAGES
from xlcheck.extract.markup import BROKEN_EMPHASIS, IMAGE, image_tag, unknown_element
from xlcheck.extract.numbers import canonical, han_value, is_cardinal
from xlcheck.locales import (
    WEEKDAY_LANGUAGES,
    base_language,
    fold,
    latin_script,
    locale_info,
    partial_number_words,
    weekday_names,
)
from xlcheck.model import Finding, Invariant, Location
from xlcheck.patterns import lazy
from xlcheck.romanise import brahmic_initials
from xlcheck.rules import RULES, rule_for

HARD_KINDS = ("number", "date", "code", "url", "markup")
# Kinds compared as multisets between two versions: how often a literal or link occurs.
COUNTED_KINDS = frozenset({"markup", "url"})
# Invariants that satisfy a value on the other side but are never missed themselves:
# number words ("drei"), prose roles (":term:") and images in Markdown.
SOFT_FLAGS = frozenset({"word", "prose-role", "image", "title"})
_DASH_SIGN = lazy(r"[−–](?=\d)")
_CLOCK_VALUE = lazy(r"T\d\d:\d\d")
_CASED = r"\p{Latin}\p{Greek}\p{Cyrillic}\p{Armenian}\p{Georgian}"
_RST_ESCAPE = lazy(r"\\(.)")
_HEADING_LEVEL = lazy(r"h[1-6]$")
_NUMERAL = lazy(r"\d+(?:\.\d+)*")
_DIGIT_IN = lazy(r"\d")
_WEEKDAY = lazy(r"W[1-7]")
_DAY_ALONE = lazy(r"---\d\d")
_MONTH_DAY = lazy(r"(?:\d{4})?--?\d\d-\d\d")
# 年 after a number, not as years counted (３０年間, ３０年前, ３０年代, ３０年ぶり, ３０年目,
# ３０年以上); 以降 after it is "since", a year's (５８年以降初土俵 = since 1958).
_SHORT_YEAR = lazy(r"[ ]?年(?![間间前代ぶ目生余超後后来]|以(?!降))")
# A title written as a line of text: words, no markup at its start, no sentence's end.
_ITEM_HEADING = lazy(r"\s*+(?:[-*+]|\d{1,3}[.)])[ \t]++#{1,6}[ \t]")
_ITEM_LINE = lazy(r"(?:[-*+]|\d{1,3}[.)])[ \t]++[^\n]{1,100}")
# A heading's hashes with no space after them: a line of text to CommonMark.
_GLUED_HASHES = lazy(r"(#{1,6})[^\s#][^\n]*+")
_TITLE_LINE = lazy(r"[\p{L}\p{N}][^\n]{0,78}(?<![.:;!?。：；！？,，])")


def value_candidates(ctx: Context, g: int, group: Group, docs: list[int]) -> tuple[list[Candidate], list[Finding]]:
    """The hard values some of `docs` have in group `g` and others lack, and the findings
    that need no comparison across the group (separator warnings, ambiguous dates)."""
    out: list[Candidate] = []
    notes: list[Finding] = []
    per_doc: dict[int, list[Invariant]] = {}
    by_kind: dict[int, dict[str, list[Invariant]]] = {}
    # A year is also a number: "2000 caracteres" read as a year still matches "2,000".
    years: dict[int, set[str]] = {}
    # A year of two digits before 年 (３０年までに, by 2030; 20年, 2020) is the year written out.
    short: dict[int, set[str]] = {}
    # A version is also a number: "since 3.4" (a number) = "desde a versão 3.4" (a code),
    # and "since 2.0" (the number 2) = "v2.0から" (version 2.0).
    numerals: dict[int, set[str]] = {}
    listed: list[int] = []
    for k in docs:
        per_doc[k], by_kind[k], years[k], short[k], numerals[k], lists_days = _read_values(ctx, group, k)
        if lists_days:
            listed.append(k)
    if not any(per_doc.values()):
        return out, notes  # (every kind below is skipped where no version has a value of it)
    for k in docs:
        years[k] |= {century + value for value in short[k] for century in ("19", "20")}
    short_written = set().union(*short.values())
    shortened = {k: {year[2:] for year in years[k] if year[:2] in ("19", "20")} & short_written for k in docs}
    # A day of the month alone (１９～２１日 after ３月１１～１４日) is a bare number where a
    # translation lists the days after a date that names their month ("March 11 to 14,
    # 19 to 21"); a figure in a compound, "30-day notice", is a count of days, not a day.
    # ("1st" read as a day is no date of a list: "After the 1st" is a score, 1:1).
    days = {k: {str(int(inv.value[3:])) for inv in by_kind[k].get("date", ()) if not inv.flag
                and _DAY_ALONE.fullmatch(inv.value)} if k in listed else set() for k in docs}
    counts = {k: {inv.value for inv in by_kind[k].get("number", ())
                  if not (inv.flag and _DIGIT_IN.search(inv.text))} if k in listed else set() for k in docs}
    dotted = _dotted_months(ctx, docs, by_kind)
    for kind in HARD_KINDS:
        if not any(by_kind[k].get(kind) for k in docs):
            continue
        values: dict[int, dict[str, Invariant]] = {}
        soft: dict[int, set[str]] = {}
        # A block's language is compared between blocks that pair up: where one version
        # has a block more, the block is what differs (XL703, XL002), not its language.
        blocks = {sum(inv.value.startswith("code:") for inv in by_kind[k].get(kind, ())) for k in docs}
        for k in docs:
            values[k] = {}
            soft[k] = set()
            plain = ctx.documents[k].format == "text"
            for inv in by_kind[k].get(kind, ()):
                if inv.value.startswith("code:") or (inv.value.startswith("lang:") and len(blocks) > 1):
                    continue  # code blocks are compared by `code.py`
                if plain and kind == "markup" and (inv.value in ("-", "1.", ">") or inv.value.startswith("file:")
                                                   or inv.value[:1] == "<" and inv.value[1:2].isupper()
                                                   or unknown_element(inv.value)):
                    # Plain text has no lists ("- Chinanews.com" is a byline), no
                    # components ("<Saga Taberu Ki>" is a title in angle brackets, ＜…＞),
                    # and no elements HTML does not know: "<unk>" is what machine
                    # translation writes for a character it could not produce.
                    continue
                if inv.flag in SOFT_FLAGS:
                    soft[k].add(inv.value)
                    soft[k].add(inv.value.lstrip("~"))  # "une centaine" excuses "100"
                    if inv.flag == "word" and not _DIGIT_IN.search(inv.text):
                        soft[k].update(canonical(a) for a in inv.alternatives if isinstance(a, Decimal))
                else:
                    values[k].setdefault(inv.value, inv)
                    if kind == "number":
                        # "–4" with a dash for a minus, "Base-2, -8": a sign is typography.
                        soft[k].add(inv.value.lstrip("-"))
            if kind == "number":
                # A clock reading's figures: "on 3:35" of a match is "3 分 35 秒", minutes and
                # seconds the other version writes as two numbers.
                soft[k].update(str(int(part)) for inv in by_kind[k].get("date", ())
                               if _CLOCK_VALUE.fullmatch(inv.value) for part in inv.value[1:].split(":"))
        for k in docs:
            soft[k].update(dotted[k].get(kind, ()))
        _resolve_alternatives(ctx, group, docs, values, notes, soft)
        if kind == "number":
            excuse_conversions(ctx, docs, values, soft)
        if kind == "code" and len(docs) == 2:
            _renamed_in_comments(ctx, group, docs, values, soft)
        if kind == "url":
            _same_files(docs, values, soft, {k: ctx.documents[k].lang for k in docs})
            _hashtags_as_words(ctx, docs, values, soft)
        if kind == "markup":
            _same_quoting(docs, values, soft)
            _images_written_otherwise(docs, values, soft)
            _code_widened(docs, values, soft, {k: ctx.text(k, group) for k in docs})
            _same_but_number(docs, values, soft, [ctx.documents[k].lang for k in docs])
            _spelt_alternatives(docs, values, soft)
            _words_in_code_translated(docs, values, soft)
            _phrases_translated(ctx, group, docs, values, soft)
            _same_python_object(docs, values, soft)
            _placeholders_localised(docs, values, soft)
        every = {v for k in docs for v in values[k]}
        if kind == "markup" and not all(any(_HEADING_LEVEL.match(v) for v in values[k]) for k in docs) \
                and not _lost_marker(ctx, group, docs, values):
            # A heading level is compared between headings: a heading aligned with a
            # paragraph of prose is the aligner's matter (XL002), not a level that changed.
            every = {v for v in every if not _HEADING_LEVEL.match(v)}
        if kind == "markup" and _retitled(ctx, group, docs):
            # A heading written as a list item of the same words (``### Open``, ``* Open``):
            # the title is kept, its level and bullet are the page's layout.
            every = {v for v in every if v != "-" and not _HEADING_LEVEL.match(v)}
        if kind == "markup" and _listed_otherwise(ctx, group, docs):
            every -= _ITEM_MARKS
        if kind == "markup":
            every = {v for v in every if not v.startswith("</") or _closed_in_markup(ctx, group, docs, v, values)}
        for value in sorted(every):
            have = frozenset(k for k in docs if value in values[k] or value in soft[k]
                             or (kind == "number" and value.lstrip("-") in soft[k])
                             or (kind in ("number", "date") and value in years[k])
                             or (kind == "number" and (value in shortened[k] or value in days[k]))
                             or (kind == "date" and _DAY_ALONE.fullmatch(value) is not None
                                 and str(int(value[3:])) in counts[k])
                             or (kind in ("number", "code") and value in numerals[k])
                             or (kind == "code" and _NUMERAL.fullmatch(value) and _numeral(value) in numerals[k])
                             or (kind == "code" and _word_translated(value, ctx.text(k, group)))
                             or (kind == "code" and _bare_named_elsewhere(ctx, k, group, value))
                             or (kind == "code" and counted_out(value, ctx.text(k, group).split()))
                             or (kind == "code" and spelt_in_devanagari(value, ctx.text(k, group)))
                             or (kind == "code" and ctx.documents[k].format != "text"
                                 and _numeronym_of(value, ctx.text(k, group)))
                             or (kind == "markup" and _under_its_title(ctx, k, group, value))
                             or (kind == "date" and _date_covered(value, values[k], ctx.months(k),
                                                                   ctx.reference_year))
                             or (kind == "date" and _relative_covered(value, soft[k], ctx.reference_year))
                             or (kind == "date" and _ordinal_day(value, ctx.text(k, group)))
                             or (kind == "date" and _unread_date(value, ctx.documents[k].lang)))
            if len(have) < len(docs):
                written = [values[k][value] for k in have if value in values[k]]
                verbatim = {k for k in docs if k not in have and _verbatim(ctx, k, group, kind, written)}
                if kind == "markup" and verbatim:
                    o = min(k for k in have if value in values[k])
                    written_there = [inv for inv in by_kind[o]["markup"] if inv.value == value]
                    for k in sorted(verbatim):
                        notes.extend(_markup_dropped(ctx, group, k, o, written_there))
                have |= verbatim
                if kind == "date" and _WEEKDAY.fullmatch(value):
                    # "Soccer Saturday" kept as it is: a name, not the day; and the day's
                    # name opening a compound ("Sunday Best" / "Sonntagskleidung").
                    have |= {k for k in docs if k not in have and (any(
                        regex.search(rf"\b{regex.escape(inv.text)}\b", ctx.text(k, group)) for inv in written)
                        or _weekday_compound(int(value[1]), ctx.text(k, group), ctx.documents[k].lang))}
            if kind == "number" and len(have) < len(docs) and _alt_text_only(per_doc, have, docs, value):
                continue
            if kind == "code" and len(have) < len(docs) and SNAKE_CASE.fullmatch(value) \
                    and not _respelt_identifier(value, [v for o in docs if o not in have for v in values[o]
                                                        if not any(v in values[h] for h in have)]) \
                    and not _hyphenated(value, {k: ctx.text(k, group) for k in docs}, have) \
                    and not all(_dropped_from_list(value, ctx.text(h, group), ctx.text(o, group))
                                for h in have for o in docs if o not in have):
                continue  # "a message_id" as メッセージID, in words: only an identifier respelt or
                # translated as one (delay_gcode, diamètre_buse) is a changed name
            if kind == "code" and len(have) < len(docs) and "/" in value and not any(
                    one_folder_apart(value, v) for o in docs if o not in have for v in values[o]):
                continue  # "const/var/type/func" as words: only a path with one folder changed is drift
            if kind == "code" and len(have) < len(docs) and (member := member_of(value)) and all(
                    regex.search(rf"(?<![\w.]){member}(?!\w)", ctx.text(o, group)) for o in docs if o not in have):
                continue  # "configurations.YurtCluster", a sentence run on, where the other says "YurtCluster"
            if len(have) == len(docs):
                if kind in COUNTED_KINDS and len(docs) == 2 and (not (_named_once(ctx, value, docs)
                                                                      or _named_again(ctx, group, value, docs))
                                                                 or _literal_translated(ctx, docs, values)):
                    out.extend(_fewer(g, kind, value, docs, by_kind, ctx))
                elif kind == "number" and ctx.documents[docs[0]].format == "markdown":
                    out.extend(fewer_in_item(ctx, g, group, value, docs, by_kind))
                continue
            written = {k: values[k][value] for k in have if value in values[k]}
            numbered = _numbered_name(ctx, group, written, frozenset(docs) - have) if kind == "number" else None
            # A name a corpus anonymised ("(PERSON3)") is reported as the name it stands for.
            out.append(Candidate(g, "name" if kind == "code" and any(
                _anonymised(ctx, k, inv) for k, inv in written.items()) or numbered else kind, numbered or value,
                have, frozenset(docs) - have, written))
            if (kind == "url" or kind == "markup" and (value.startswith("`") or _ROLE_VALUE.match(value)) or kind == "code"
                    and SNAKE_CASE.fullmatch(value) or kind == "number" and ctx.documents[0].format == "markdown"
                    and not group.whole) and len(docs) == 2 and len(have) == 1:
                # A link changed at each of its places is changed as often (two items of
                # a list that both moved to another page of the API), and so is a literal
                # or an identifier (`bazel-bin` twice in a paragraph, `bazel-genfiles` twice
                # in its translation), and a role (:meth:`!add_subparsers` twice, written
                # :meth:`add_subparsers` twice): one candidate each. A number only within aligned
                # paragraphs: two whole documents hold many numbers of each.
                (k,) = have
                # (a number of a page's title in a link's target only excuses: `extract.markup`)
                again = [inv for inv in by_kind[k].get(kind, ()) if inv.value == value and inv.flag != "title"][1:]
                if kind != "url" and not _changed_as_often(by_kind, values, kind, k, 1 - k, len(again) + 1,
                                                           kind == "markup" and not value.startswith("`")):
                    # a literal missing, not changed, is reported once; one whose code marks
                    # the other version drops, at each place that version writes it plain
                    plain = _written_plain(value, ctx.text(1 - k, group)) if kind == "markup" \
                        and value.startswith("`") else 0
                    again = again[:max(plain - 1, 0)]
                out.extend(Candidate(g, kind, value, have, frozenset(docs) - have, {k: inv}) for inv in again
                           if value in values[k])
        if kind == "number":
            out.extend(_cardinal_candidates(ctx, g, group, docs, by_kind, values, soft, years, numerals))
            numbers = {k: by_kind[k].get("number", []) for k in docs}
            out.extend(currency_changes(ctx, g, docs, numbers))
            out.extend(currency_dropped(ctx, g, group, docs, numbers))
            out.extend(unit_changes(ctx, g, docs, numbers))
            out.extend(rank_dropped(ctx, g, group, docs, by_kind))
        if kind == "date":
            out.extend(_night_moved(g, docs, by_kind))
            made = _year_made_decade(ctx, g, docs, by_kind)
            # (a year read as a plain number, made a decade, is one change, not a number too)
            out = [c for c in out if not (c.kind == "number" and any(
                c.value == m.value and c.have == m.have for m in made))] + made
            out.extend(zone_changes(ctx, g, docs, {k: by_kind[k].get("date", []) for k in docs}))
            out.extend(month_dropped(ctx, g, group, docs, by_kind))
        if kind == "url":
            out = _lost_anchors(out, g, docs)
        if kind == "markup" and len(docs) == 2:
            out.extend(surplus_in_items(ctx, g, group, docs, by_kind, out))
            out = _renamed_in_places(ctx, g, group, docs, by_kind, out)
            out = _items_marked_otherwise(g, docs, by_kind, out)
    out.extend(era_dropped(ctx, g, group, docs, by_kind))
    out.extend(century_changed(ctx, g, group, docs))
    out.extend(penultimate_dropped(ctx, g, group, docs))
    out.extend(place_dropped(ctx, g, group, docs))
    return out, notes


_BROKEN_LINK_URL = lazy(r"\] ++\(([^\s()]++)\)")


# A year and its month joined by a dot in Chinese or Japanese prose ("Nacos在2019.1发布了",
# released in January 2019): read as a decimal, it is the month the other version dates.
_DOTTED_MONTH = lazy(r"(1[89]\d\d|20\d\d)\.(0?[1-9]|1[0-2])")


def _dotted_months(ctx: Context, docs: list[int], by_kind) -> dict[int, dict[str, set[str]]]:
    """The year-and-month figures (``2019.1``) of a Chinese or Japanese version that another
    version writes as that month of that year ("January 2019"), by kind: each side's value
    excuses the other's (a number on one side, a month's date on the other)."""
    out: dict[int, dict[str, set[str]]] = {k: {} for k in docs}
    for k in docs:
        if base_language(ctx.documents[k].lang) not in ("zh", "ja"):
            continue
        for inv in by_kind[k].get("number", ()):
            found = _DOTTED_MONTH.fullmatch(inv.text.strip())
            if found is None:
                continue
            month = f"{found[1]}-{int(found[2]):02d}"
            for o in docs:
                if o != k and any(date.value == month for date in by_kind[o].get("date", ())):
                    out[k].setdefault("date", set()).add(month)
                    out[o].setdefault("number", set()).add(inv.value)
    return out


def _read_values(ctx: Context, group: Group, k: int) -> tuple[list[Invariant], dict[str, list[Invariant]], set[str],
                                                             set[str], set[str], bool]:
    """Version k's values in group `group`, read in one pass: its invariants (a list's first
    number only where it starts a list), by kind; the four-digit figures of its dates and
    numbers (years); its two-digit numbers before 年 (short years); the forms of its
    numbers and codes that are numerals; and whether a date of it names a month and a day."""
    kept: list[Invariant] = []
    by_kind: dict[str, list[Invariant]] = defaultdict(list)
    years: set[str] = set()
    short: set[str] = set()
    numerals: set[str] = set()
    month_day = False
    for inv in ctx.per_doc(group, k):
        if inv.flag == "list-start" and not _starts_a_list(ctx, k, inv):
            continue
        kept.append(inv)
        kind, value = inv.kind, inv.value
        by_kind[kind].append(inv)
        if kind == "number" or kind == "date":
            if len(value) == 4 and value.isdigit():
                years.add(value)
            if kind == "date":
                month_day = month_day or _MONTH_DAY.match(value) is not None
            elif len(value) == 2 and _SHORT_YEAR.match(ctx.documents[k].text, inv.end):
                short.add(value)
        if (kind == "number" or kind == "code") and _NUMERAL.fullmatch(value):
            numerals.add(value)
            numerals.add(_numeral(value))
    return kept, by_kind, years, short, numerals, month_day


def _starts_a_list(ctx: Context, k: int, inv: Invariant) -> bool:
    """Whether the list item whose first number is `inv` starts a list: the paragraph
    before it is no item of a list, nor indented under one (an item after a blank line,
    or after a code block indented under the item before, continues its list, whose
    number is the list's, renumbered freely)."""
    paragraphs = ctx.documents[k].paragraphs
    index = bisect.bisect_right(ctx.starts(k), inv.start) - 1
    while index > 0:
        before = paragraphs[index - 1]
        if before.kind == "list":
            return False
        if not before.text[:1].isspace():
            return True
        index -= 1
    return True


def _respelt_identifier(value: str, others: list[str]) -> bool:
    """Whether an identifier in snake case that a version lacks has become another one in
    it (`others`, the identifiers only that version writes): respelt or translated
    (``delayed_gcode`` / ``delay_gcode``, ``nozzle_diameter`` / ``diamètre_buse``). One
    letter off (``eos_lldp_interface`` / ``eos_lldp_interfaces``) is a misspelt name, the
    names check's (XL401); a letter dropped or added to a name with underscores
    (``connected_slaves`` / ``connected_slave``) is not, which that check does not read
    as a misspelling: the name is another identifier, respelt (in camel case, a name
    that takes an ending, ``phpMyAdmin`` / ``phpMyAdmins`` in a German genitive, is
    the same). An identifier of the other case (``copyrightStatus`` /
    ``StatutDroitsAuteur``) is words of the translator's, no respelling.

    >>> _respelt_identifier("connected_slaves", ["connected_slave"]), _respelt_identifier("eos_lldp", ["eds_lldp"])
    (True, False)
    >>> _respelt_identifier("phpMyAdmin", ["phpMyAdmins"])
    False
    """
    respelt = [v for v in others if SNAKE_CASE.fullmatch(v) and v[0].isupper() == value[0].isupper()]
    return bool(respelt) and all(_edit_distance(v, value) > 1 or (len(v) != len(value) and "_" in value)
                                 for v in respelt)


def _hyphenated(value: str, texts: dict[int, str], have: frozenset[int]) -> bool:
    """Whether every version that lacks a snake-case identifier writes it with hyphens
    more often than the versions that have it (``canal-json`` for the format name
    ``canal_json``, beside a link to the page ``canal-json`` they both have): the name
    respelt, which the configuration does not read, not words a translation renders.

    >>> _hyphenated("canal_json", {0: "canal_json, see [canal-json](x)", 1: "canal-json, see [canal-json](x)"}, frozenset({0}))
    True
    >>> _hyphenated("canal_json", {0: "canal_json, see [canal-json](x)", 1: "见 [canal-json](x)"}, frozenset({0}))
    False
    """
    pattern = regexcache.compile(rf"(?<![\w-]){regex.escape(value.replace('_', '-'))}(?![\w-])")
    counts = {k: len(pattern.findall(text)) for k, text in texts.items()}
    most = max((counts[k] for k in have), default=0)
    return all(counts[k] > most for k in texts if k not in have)


# An item of a list written in prose, and what parts two items: a comma (Latin, ideographic,
# full-width), or "and" / "or" and their like, with a comma before it or not.
_LIST_ITEM = r"[\p{L}\p{N}_.-]++"
_LIST_JOIN = r"(?:\s*+[,、，]\s*+(?:(?:and|or|und|oder|et|ou|y|o|e)\s++)?|\s++(?:and|or|und|oder|et|ou|y|o|e)\s++|\s*+[和或]\s*+)"


def _dropped_from_list(value: str, text: str, other: str) -> bool:
    """Whether a snake-case identifier that `other` lacks is an item of a list in `text`
    whose other identifiers (two or more) `other` all writes, as they are or with hyphens:
    the item dropped with its value (``canal_json, debezium_json, ogg_json and avro`` /
    ``canal-json、debezium-json 、 avro``), not an identifier a translation gives in words,
    which it would not do beside identifiers it keeps.

    >>> _dropped_from_list("ogg_json", "Optional text, canal_json, debezium_json, ogg_json and avro.",
    ...                    "可选文本格式，canal-json、debezium-json 、 avro 和 protobuf。")
    True
    >>> _dropped_from_list("ogg_json", "Optional text, canal_json, debezium_json, ogg_json and avro.",
    ...                    "可选文本格式，canal-json、debezium-json 、ogg 格式 和 avro。")
    True
    >>> _dropped_from_list("message_id", "Use message_id and avro.", "message 和 avro")
    False
    """
    item = regex.escape(value)
    for match in regexcache.compile(rf"((?:{_LIST_ITEM}{_LIST_JOIN})*)(?<![\w.-]){item}(?![\w-])"
                                    rf"((?:{_LIST_JOIN}{_LIST_ITEM})*+)").finditer(text):
        items = regex.split(_LIST_JOIN, match.group(1)) + regex.split(_LIST_JOIN, match.group(2))
        names = {i.strip(".") for i in items if i and SNAKE_CASE.fullmatch(i.strip("."))} - {value}
        if len(names) >= 2 and all(regexcache.compile(
                rf"(?<![\w-]){regex.escape(name).replace('_', '[_-]')}(?![\w-])").search(other) for name in names):
            return True
    return False


# The letters and digits of a literal, the parts a version may write apart or joined
# (`Kube-APIServer` as Kube APIServer).
_LITERAL_PART = lazy(r"[\p{L}\p{N}]++")


def _written_plain(value: str, text: str) -> int:
    """How often `text` writes inline code `value` (`` `Kube-APIServer` ``) outside code, in
    any case and with its parts apart or joined (Kube APIServer): the places where its code
    marks were dropped, not the literal. Each is reported, as XL705 reports each place of a
    literal written letter for letter, where a literal missing is reported once."""
    parts = _LITERAL_PART.findall(value.strip("`"))
    if not parts:
        return 0
    spelt = r"[\s\-_.]*+".join(regex.escape(part) for part in parts)
    return len(regex.findall(rf"(?i)(?<![\p{{Latin}}0-9_]){spelt}(?![\p{{Latin}}0-9_])", without_code_spans(text)))


# A reST role as compared (``:meth:`add_parser```), what a role of doc k may have become in o.
_ROLE_VALUE = lazy(r":[\w.+-]++(?::[\w.+-]++)*+:`")


def _changed_as_often(by_kind, values, kind: str, k: int, o: int, times: int, role: bool = False) -> bool:
    """Whether doc o holds inline code (or an identifier, of kind ``code``, or a number) that
    doc k lacks as often as `times`: what a literal of k written that many times may have
    become in o (``Listing 18-11 … Listing 18-13``, ja リスト17-11 … リスト17-13); with
    `role`, a role that doc k lacks (:meth:`add_subparsers` for :meth:`!add_subparsers`)."""
    counts: dict[str, int] = defaultdict(int)
    for inv in by_kind[o].get(kind, ()):
        if role:
            counted = _ROLE_VALUE.match(inv.value) is not None
        else:
            counted = inv.value.startswith("`") if kind == "markup" else kind == "number" or SNAKE_CASE.fullmatch(inv.value)
        if counted and inv.value not in values[k]:
            counts[inv.value] += 1
    return any(n >= times for n in counts.values())


def anchored_links(ctx: Context, group: Group, found: list[Candidate]) -> list[Candidate]:
    """`found` with a link that one version has more often than the other, to a page whose
    anchors both versions write alike (``option.html#series-lines`` in each, not a heading
    translated), told by its anchors: each anchor the other version lacks, one changed into
    another bound as one change (``[bar charts](option.html#series-line)`` for
    ``#series-bar``), instead of one link to the page missing."""
    links = [c for c in found if c.kind == "url" and len(c.have) == 1 and len(c.lack) == 1 and "#" not in c.value]
    if not links:
        return found
    out = [c for c in found if c not in links]
    for c in links:
        k, o = min(c.have), min(c.lack)
        anchors = {side: [inv for i in group.members[side] for inv in ctx.invariants[side][i]
                          if inv.kind == "url" and inv.value == c.value and "#" in inv.text]
                   for side in (k, o)}
        written = {side: Counter(inv.text.split("#", 1)[1] for inv in invs) for side, invs in anchors.items()}
        if sum(written[o].values()) < 2 or sum((written[o] & written[k]).values()) * 2 < sum(written[o].values()):
            out.append(c)  # anchors of translated headings, or too few to tell
            continue
        lacking = {side: _surplus(anchors[side], written[side] - written[other], anchors[other])
                   for side, other in ((k, o), (o, k))}
        if not lacking[k]:
            out.append(c)
            continue
        for inv_k, inv_o in zip_longest(lacking[k], lacking[o]):
            pair = next(pair_ids)
            for side, other, inv in ((k, o, inv_k), (o, k, inv_o)):
                if inv is not None:
                    value = c.value + "#" + inv.text.split("#", 1)[1]
                    out.append(Candidate(c.group, "url", value, frozenset({side}), frozenset({other}),
                                         {side: Invariant("url", value, inv.text, inv.start, inv.end)}, pair))
    return out


def _surplus(links: list[Invariant], surplus: Counter, other: list[Invariant]) -> list[Invariant]:
    """The links of one version whose anchors are more than the other version writes, in
    order: of an anchor written several times, the ones at the places (rank among the
    links) where the other version's link says otherwise."""
    def anchor(inv: Invariant) -> str:
        return inv.text.split("#", 1)[1]

    mismatched = [n for n, inv in enumerate(links) if n >= len(other) or anchor(other[n]) != anchor(inv)]
    out = []
    for value, count in surplus.items():
        places = [n for n, inv in enumerate(links) if anchor(inv) == value]
        places.sort(key=lambda n: min((abs(n - m) for m in mismatched), default=0))
        out.extend(places[:count])
    return [links[n] for n in sorted(out)]


def fixed_links(ctx: Context, group: Group, found: list[Candidate], reference: int | None) -> list[Candidate]:
    """A link the source breaks (``[GitLab] (https://gitlab.com/…)``, a space before its
    target) and the translation writes whole, to the same address, was mended by the
    translator: no drift to fix in the translation; so was emphasis the source breaks
    (``* Note:*``). (A link or emphasis the translation breaks stays reported.)"""
    if reference is None:
        return found

    def mended(c: Candidate) -> bool:
        if c.kind != "markup" or c.have != frozenset({reference}):
            return False
        if c.value == BROKEN_EMPHASIS:
            return True  # stars shown as they are in the source, emphasis in the translation
        if c.value != "[…] (…)":
            return False
        broken = c.occurrences.get(reference)
        target = _BROKEN_LINK_URL.search(broken.text) if broken else None
        return bool(target) and all(f"]({target.group(1)})" in ctx.text(k, group) for k in c.lack)

    return [c for c in found if not mended(c)]


def _same_files(docs: list[int], values, soft, langs: dict[int, str]) -> None:
    """A link relative to the page (``[Traces](traces)``) and a link from the site's root
    to the same file (``/docs/concepts/signals/traces``), or two links to each version's
    own edition of a page (``/components/button`` / ``/components/button-cn``): each
    version holds the other's."""
    for k, o in permutations(docs, 2):
        for value in values[k]:
            if value not in values[o] and any(same_file(value, w) or same_file(w, value)
                                               or _same_source_page(value, w)
                                               or urls.without_language_query(value) == urls.without_language_query(w)
                                               or urls.same_page(value, langs[k], w, langs[o])
                                               for w in values[o] if w not in values[k]):
                soft[o].add(value)


# A hashtag that opens a sentence and goes on into its words ("#today I have coffee",
# "#Venting into the Fediverse time."): the tag is a word of the sentence, which a
# translation translates with the rest ("Сьогодні у мене є кава").
_SENTENCE_BEFORE = lazy(r"(?:^|\n|[.!?…][\"”»)]?[ \u00a0]+)$")
_WORDS_AFTER = lazy(r"[ \u00a0]+\p{L}+[ \u00a0]+\p{L}")


def _hashtags_as_words(ctx: Context, docs: list[int], values, soft) -> None:
    """Each version holds a hashtag another writes as the first word of a sentence."""
    for k in docs:
        text = ctx.documents[k].text
        for value, inv in values[k].items():
            if value.startswith("#") and inv.text.startswith("#") and _WORDS_AFTER.match(text, inv.end) \
                    and _SENTENCE_BEFORE.search(text[max(0, inv.start - 4):inv.start]) \
                    and (inv.start < 4 or text[inv.start - 1] in " \u00a0\n"):
                for o in docs:
                    soft[o].add(value)


_PAGE_SUFFIX = lazy(r"\.(?:md|mdx|html?)$")


def _same_source_page(link_a: str, link_b: str) -> bool:
    """Whether two links of the site itself name one page with and without the suffix of
    its file (``./meta.md`` / ``./meta``): VitePress, Docusaurus and MkDocs resolve both.

    >>> _same_source_page("meta.md", "meta"), _same_source_page("/guide/x.html", "/guide/x")
    (True, True)
    >>> _same_source_page("example.com/meta.md", "example.com/meta"), _same_source_page("meta.md", "meta.mdx")
    (False, False)
    """
    if link_a == link_b or _hosted(link_a) or _hosted(link_b):
        return False
    stripped_a, stripped_b = _PAGE_SUFFIX.sub("", link_a), _PAGE_SUFFIX.sub("", link_b)
    return stripped_a == stripped_b and (stripped_a == link_a or stripped_b == link_b)


def _hosted(link: str) -> bool:
    """Whether a link (as `normalise_url` left it) starts with a host: another site."""
    head = link.split("/", 1)[0]
    return "." in head and not head.startswith(".") and not ("/" not in link and _PAGE_SUFFIX.search(head))


# A string in single or double quotes, with no quote mark inside.
_QUOTED_STRING = lazy(r"'([^'\"\n]*+)'|\"([^'\"\n]*+)\"")


def _requoted(code: str) -> str:
    """Inline code with each of its strings in double quotes: ``type='number'`` and
    ``type="number"`` are one attribute in HTML, JavaScript, Python and YAML alike.

    >>> _requoted("`type='number'`") == _requoted('`type="number"`'), _requoted("`it's`")
    (True, "`it's`")
    """
    return _QUOTED_STRING.sub(lambda m: '"' + (m.group(1) if m.group(1) is not None else m.group(2)) + '"', code)


_ALT = lazy(r"\salt=")


def _alt_text_only(per_doc: dict[int, list[Invariant]], have: frozenset[int], docs: list[int], value: str) -> bool:
    """Whether a number is written only in the alt text of Markdown images (``![Rollout
    status showing 1 of 10 pods](…/first-batch.jpg)``) that each version lacking it shows
    by an ``<img>`` tag with no alt text at all: a description it never had, not a value
    it lost."""
    for k in have:
        images = [inv for inv in per_doc[k] if inv.flag == "image"]
        numbers = [inv for inv in per_doc[k] if inv.kind == "number" and inv.value == value]
        if not images or not numbers:
            return False
        for number in numbers:
            shown = [i.value[len(IMAGE):] for i in images if i.start <= number.start < i.end]
            if not shown or not all(any(inv.value.startswith("<img") and " src=" + link in inv.value
                                        and not _ALT.search(inv.text) for inv in per_doc[o])
                                    for o in docs if o not in have for link in shown):
                return False
    return True


def _images_written_otherwise(docs: list[int], values, soft) -> None:
    """An ``<img>`` tag showing the image another version shows in Markdown: that version
    holds the tag (the image's link is compared as a link)."""
    for k, o in permutations(docs, 2):
        images = {v[len(IMAGE):] for v in soft[o] if v.startswith(IMAGE)}
        for value in values[k] if images else ():
            if value not in values[o] and image_tag(value, images):
                soft[o].add(value)


def _same_quoting(docs: list[int], values, soft) -> None:
    """Inline code that another version writes with its strings in the other quote marks
    (``type='number'`` / ``type="number"``): each version holds the other's."""
    for k, o in permutations(docs, 2):
        others = {_requoted(w) for w in values[o] if w.startswith("`") and w not in values[k]}
        if not others:
            continue
        for value in values[k]:
            if value.startswith("`") and value not in values[o] and ("'" in value or '"' in value) \
                    and _requoted(value) in others:
                soft[o].add(value)


def _code_widened(docs: list[int], values, soft, texts: dict[int, str]) -> None:
    """Inline code that another version widens to the word written after or before it
    (`` `default` export `` / `` `default export` ``): the same words, the backticks moved.
    Each version holds the other's."""
    for k, o in permutations(docs, 2):
        plain = None
        for value in values[k]:
            inner = value[1:-1]
            if not value.startswith("`") or " " not in inner or value in values[o]:
                continue
            narrower = [w for w in values[o] if w.startswith("`") and w not in values[k] and w[1:-1].strip()
                        and (inner.startswith(w[1:-1] + " ") or inner.endswith(" " + w[1:-1]))]
            if not narrower:
                continue
            plain = plain if plain is not None else texts[o].replace("`", "")
            if regex.search(rf"(?<!\w){regex.escape(inner)}(?!\w)", plain) \
                    or any(_shared_noun(w[1:-1], inner, texts[o]) for w in narrower):
                soft[o].add(value)
                soft[k].update(narrower)


def _shared_noun(narrow: str, wide: str, text: str) -> bool:
    """Whether `text` writes inline code `narrow` before the rest of `wide`, a noun, in the
    plural or shared with another literal (`` `default` and `named` exports `` holds
    `` `named export` `` and `` `default export` ``).

    >>> _shared_noun("default", "default export", "mixing up `default` and `named` exports.")
    True
    >>> _shared_noun("named", "named export", "mixing up `default` and `named` exports.")
    True
    >>> _shared_noun("named", "named export", "a `named` exporter")
    False
    """
    if not wide.startswith(narrow + " "):
        return False
    noun = regex.escape(wide[len(narrow) + 1:])
    return regex.search(rf"`{regex.escape(narrow)}`(?:,?\s+(?:and|or)\s+`[^`\n]+`|,\s+`[^`\n]+`)?\s+{noun}(?:e?s)?(?!\w)",
                        text) is not None


# Languages whose nouns have no plural: a Chinese page names the concept `getters` in
# the singular.
_NO_PLURAL = frozenset({"zh", "ja", "ko"})
# (a word in lower case, or a name in Pascal case: ``QuerySets`` for QuerySet objects; not
# one in camel case, `toRefs`, which names another function than `toRef`)
_PLAIN_WORD = lazy(r"`++(?:[a-z]{3,}|(?:[A-Z][a-z]++)++)`++")


def _same_but_number(docs: list[int], values, soft, langs: list[str]) -> None:
    """Inline code that is an English word, which a version in a language without plurals
    writes in the singular (`` `getters` `` / `` `getter` ``, reST's ````QuerySets```` /
    ````QuerySet````): each version holds the other's. (A literal that took in the
    sentence's comma or full stop, `` `true,` `` / `` `true` ``, reads otherwise to the
    reader who copies it: a changed literal, as docs13 and docs46 are labelled.)"""
    plural = any(base_language(lang) in _NO_PLURAL for lang in langs)
    for k, o in permutations(docs, 2):
        for value in values[k]:
            ticks = value[:len(value) - len(value.lstrip("`"))]
            other = value[:-len(ticks) - 1] + ticks  # the literal without its last character
            if not ticks or value in values[o] or other not in values[o]:
                continue
            if plural and _PLAIN_WORD.fullmatch(value) and value.rstrip("`").endswith("s"):
                soft[o].add(value)
                soft[k].add(other)


# What a reader replaces in a literal: a brace group of words joined by hyphens, which no
# language names a variable (``[VARIABLE{variable-number}]``), and a path of words on a
# host reserved for examples by RFC 2606 (``https://www.example.net/path_to_your_directory/``).
_BRACED_WORDS = lazy(r"\{\p{L}++(?:-\p{L}++)++\}")
_EXAMPLE_URL = lazy(r"(https?://(?:[\w-]+\.)*(?:example\.(?:com|net|org)|[\w-]++\.(?:example|test|invalid)))"
                    r"((?:/[\p{L}_-]*+)++)")


def _reader_shape(literal: str) -> str:
    """A literal with the parts its reader replaces set aside as ``…``.

    >>> _reader_shape("``https://www.example.net/path_to_your_phpMyAdmin_directory/``")
    '``https://www.example.net/…``'
    >>> _reader_shape("``[VARIABLE{variable-nummer}]``"), _reader_shape("`/users/{id}`")
    ('``[VARIABLE{…}]``', '`/users/{id}`')
    """
    literal = _BRACED_WORDS.sub("{…}", literal)
    return _EXAMPLE_URL.sub(lambda m: m.group(1) + "/…", literal)


def _renamed_in_comments(ctx: Context, group: Group, docs: list[int], values, soft) -> None:
    """Names joined by underscores that a code block's comments write only as placeholders
    of their prose (``[starting_index..ending_index]``), each translated in the same
    places of the other version's comments (``[índice_inicial..índice_final]``,
    `code.block_renames`): each version holds the other's."""
    code = {k: [ctx.documents[k].paragraphs[i] for i in group.members[k]
                if ctx.documents[k].paragraphs[i].kind == "code"] for k in docs}
    a, b = docs
    if len(code[a]) != 1 or len(code[b]) != 1 or not any(values[a]) or not any(values[b]):
        return
    renames = block_renames(ctx, a, b, code[a][0].text, code[b][0].text)
    for k, o in permutations(docs, 2):
        for value in values[k]:
            if renames.get(value) in values[o]:
                soft[o].add(value)


def _placeholders_localised(docs: list[int], values, soft) -> None:
    """A literal whose placeholders a version words in its language (``{variable-nummer}``
    for ``{variable-number}``, an example address's path): each version holds the other's.
    What is not the reader's to replace (a host, a digit, the code around) still counts."""
    for k, o in permutations(docs, 2):
        for value in values[k]:
            if not value.startswith("`") or value in values[o]:
                continue
            shape = _reader_shape(value)
            if shape == value:
                continue
            for other in values[o]:
                if other.startswith("`") and other not in values[k] and _reader_shape(other) == shape:
                    soft[o].add(value)
                    soft[k].add(other)


# A role of Sphinx's Python domain and its dotted target: :attr:`flask.Flask.root_path`
# (names parted by single dots: `_SubParsersAction..add_parser` names nothing).
_PYTHON_ROLE = lazy(r"(:(?:py:)?(?:func|meth|attr|class|mod|data|exc|obj|const|type|property):)`(\w++(?:\.\w++)*+)`")


def _same_python_object(docs: list[int], values, soft) -> None:
    """Roles of Sphinx's Python domain whose targets name one object by two dotted paths:
    the same last name, the source's path a subsequence of the translation's
    (:attr:`Flask.root_path`, found from the current module, and
    :attr:`~flask.Flask.root_path`; :func:`werkzeug.secure_filename`, re-exported by its
    package, and :func:`~werkzeug.utils.secure_filename`). Sphinx resolves both to the
    object, and a ``~`` shows its last name only: each version holds the other's.
    A path to another object (another last name, or names the other path lacks on both
    sides) is still a changed target, and so is a translation's path that drops the
    source's qualifiers (:meth:`~object.__eq__` as :meth:`__eq__`, which Sphinx no longer
    finds outside the class) or writes one of its names twice
    (:meth:`re.Pattern.Pattern.split`)."""
    for k, o in permutations(docs, 2):
        if o == 0:
            continue  # the source (or first version) is the longer path: the other one dropped names
        for value in values[k]:
            mine = _PYTHON_ROLE.fullmatch(value)
            if mine is None or value in values[o]:
                continue
            path = mine.group(2).split(".")
            for other in values[o]:
                theirs = _PYTHON_ROLE.fullmatch(other)
                if theirs is None or theirs.group(1) != mine.group(1) or other in values[k]:
                    continue
                longer = theirs.group(2).split(".")
                if len(longer) > len(path) and longer[-1] == path[-1] and _subsequence(path, longer) \
                        and _repeats(longer) <= _repeats(path):
                    soft[o].add(value)
                    soft[k].add(other)


def _repeats(path: list[str]) -> int:
    """How many names of a dotted path repeat the name before them (``socket.socket``)."""
    return sum(a == b for a, b in zip(path, path[1:]))


def _subsequence(short: list[str], long: list[str]) -> bool:
    """Whether `short`'s items appear in `long` in the same order."""
    items = iter(long)
    return all(item in items for item in short)


# Inline code that names several members at once: `Modal.confirm|success|info`.
_ALTERNATIVES = lazy(r"`((?:[\w$]+\.)*)([\w$]+(?:\|[\w$]+)+)(\(\))?`")


def _spelt_alternatives(docs: list[int], values, soft) -> None:
    """Inline code that joins alternatives with ``|`` (`` `Modal.confirm|success|info` ``)
    and a version that names each member as inline code of its own (`` `Modal.info` ``,
    `` `Modal.success` ``…): each version holds the other's. A member left out is still
    a value the other version lacks."""
    for k in docs:
        for value in values[k]:
            match = _ALTERNATIVES.fullmatch(value)
            if not match:
                continue
            prefix, suffix = match.group(1), match.group(3) or ""
            members = {f"`{prefix}{name}{suffix}`" for name in match.group(2).split("|")}
            for o in docs:
                if o != k and value not in values[o] and members <= set(values[o]):
                    soft[o].add(value)
                    soft[k].update(members)


# Words inside inline code: Latin words between spaces (or the code's ends; a bracket before
# them, as `_OPERATOR_SPACE` leaves ``matches[i] and``), and a run of Chinese, Japanese or
# Korean letters.
_LATIN_WORDS = lazy(r"(?:(?<=^`)|(?<=[ \])]))\p{Latin}+(?: \p{Latin}+)*(?=`$| )")
_CJK_WORDS = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]++")


def _words_in_code_translated(docs: list[int], values, soft) -> None:
    """Inline code whose words between code a Chinese, Japanese or Korean version
    translates, the code kept (`` `steps[x].matches[i] and steps[x].matches[j]` `` /
    `` `steps[x].matches[i]和steps[x].matches[j]` ``): each version holds the other's. A
    name changed beside them is still a value the other lacks; a literal that is all words
    (`` `Complete` `` / `` `完了した` ``) is a literal translated."""
    for k, o in permutations(docs, 2):
        translated = {shape: w for w in values[o] if w.startswith("`") and w not in values[k]
                      and _CJK_WORDS.search(w) and (shape := _code_shape(w, _CJK_WORDS)).strip("`\x00")}
        for value in values[k] if translated else ():
            if value.startswith("`") and value not in values[o] and not _CJK_WORDS.search(value):
                other = translated.get(_code_shape(value, _LATIN_WORDS))
                if other is None:
                    other = next((w for w in translated.values() if _prose_translated_in_code(value, w)), None)
                if other is not None:
                    soft[o].add(value)
                    soft[k].add(other)


# A token of code (a name, a figure), and a run of three words or more, prose.
_CODE_TOKEN = lazy(r"[\p{Latin}\d_]+")
_PROSE_RUN = lazy(r"(?<![\p{Latin}\d_])\p{Latin}+(?: \p{Latin}+){2,}(?![\p{Latin}\d_])")
# What makes code a formula or an expression: an operator or a figure.
_FORMULA = lazy(r"[=+*<>{}\[\]\d]")


def _prose_translated_in_code(code: str, translated: str) -> bool:
    """Whether inline code that mixes code and a phrase of prose keeps its code in a version
    that translates the phrase into Chinese, Japanese or Korean: every name and figure of it
    kept, none added, and the only ones lost words of its prose, some in lower case (`` `RGB = (R*65536)+
    (G*256)+B , (when R is RED, G is GREEN and B is BLUE)` `` / `` `RGB = (R*65536)+(G*256)+B
    （R は RED, G は GREEN and B は BLUE）` ``, `` `RGB = (R*65536)+(G*256)+B，（其中 R 是红色，G 是绿色，B 是蓝色）` ``).
    A keyword or a name of the code dropped is a changed literal (`B` of the formula, though
    the phrase names it too), and so is a capitalised word dropped alone (nothing of the
    phrase around it translated).

    >>> _prose_translated_in_code("`x = f(a) (when a is set)`", "`x = f(a) （a が設定されたとき）`")
    True
    >>> _prose_translated_in_code("`let x = y (when y is set)`", "`x = y （y が設定されたとき）`")
    False
    >>> _prose_translated_in_code("`x = f(a) (when a is SET)`", "`x = f(a) (when a is 設定)`")
    False
    """
    tokens = Counter(_CODE_TOKEN.findall(code))
    kept = Counter(_CODE_TOKEN.findall(translated))
    if not kept or kept - tokens:
        return False
    prose = {word for run in _PROSE_RUN.findall(code) for word in run.split()}
    lost = tokens - kept
    # (a capitalised word of that prose goes with it where the rest is a formula, as the
    # Chinese gives "R is RED" as "R 是红色": a phrase translated; not a name the formula
    # writes too, nor a title's words, `Welcome to the Apache Software Foundation (ASF)!`)
    rest = _PROSE_RUN.sub(" ", code)
    named = set(_CODE_TOKEN.findall(rest)) if _FORMULA.search(rest) else None
    return any(word.islower() for word in lost) and all(
        word in prose and word.isalpha() and (word.islower() or named is not None and word not in named)
        for word in lost)


# Inline code of two words or more and nothing else (`resource model`), or of words in
# Chinese, Japanese or Korean only (`资源模型`).
_PHRASE_CODE = lazy(r"`\p{Latin}+(?: \p{Latin}+)+`")
_CJK_CODE = lazy(r"`[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー]+`")


def _phrases_translated(ctx: Context, group: Group, docs: list[int], values, soft) -> None:
    """Inline code that is a phrase of words the page also writes as prose, a term
    (`` `resource model` `` beside "the cluster resource model", `` `Volcano descheduler` ``
    beside "Install Volcano descheduler"), which a Chinese, Japanese or Korean version gives
    by its meaning (资源模型, "Volcano的重调度器", `` `自定义集群资源模型` ``): where a word of it is
    not written in that version's paragraph, in code marks or out, that version holds the
    phrase, and the other its code of words in its own script. A phrase only ever in code
    marks is a command or a literal (`` `npm config set prefix` ``, `` `Select a time` ``),
    reported; so are the words all kept as plain text (code marks dropped), the words run
    together (`` `Gzip Stream` `` / `` `GzipStream` ``: a name respelt, not translated),
    one word translated (`` `layout` `` / `` `布局` ``) and a name in code marks still,
    some of its words kept and the others translated (`` `OpenFunction Gateway` `` /
    `` `OpenFunction 网关` ``: `literals.name_partly_translated`)."""
    for k, o in permutations(docs, 2):
        if base_language(ctx.documents[k].lang) not in ("zh", "ja", "ko"):
            continue
        text = urls.without_urls(ctx.text(k, group))  # (a word in a link's address is none of the sentence's)
        squeezed = "".join(text.split()).casefold()
        lost = [v for v in values[o] if v not in values[k] and _PHRASE_CODE.fullmatch(v) and not all(
            regex.search(rf"(?i)(?<!\p{{Latin}}){word}(?!\p{{Latin}})", text) for word in v.strip("`").split())
            and "".join(v.strip("`").split()).casefold() not in squeezed]
        if lost:
            lost = [v for v in lost if not any(
                w.startswith("`") and name_partly_translated(v.strip("`"), w.strip("`")) for w in values[k])]
        if lost:
            # (a format's placeholder, `[`Issue Type`]`, is verbatim however the page's prose words it)
            placeholders = format_placeholders(ctx.documents[o].text)
            lost = [v for v in lost if v.strip("`") not in placeholders]
        if lost:
            prose = " ".join(prose_text(ctx.documents[o].text).split())
            lost = [v for v in lost if regex.search(rf"(?i)(?<!\p{{Latin}}){regex.escape(v.strip('`'))}(?!\p{{Latin}})",
                                                    prose)]
        if lost:
            soft[k].update(lost)
            soft[o].update(v for v in values[k] if v not in values[o] and _CJK_CODE.fullmatch(v))


def _code_shape(code: str, words) -> str:
    """Inline code with its runs of `words` as one mark, spaces aside."""
    return "".join(words.sub("\x00", code).split())


def _named_once(ctx: Context, value: str, docs: list[int]) -> bool:
    """Inline code in Markdown prose is a name (`Dockerfile`, `None`): a translation may
    name it once where the source names it twice ("the top of the `Dockerfile` and ... of
    the `Dockerfile`"). In a catalogue a reST literal is counted, as links are."""
    return value.startswith("`") and not value.startswith("``") and all(
        ctx.documents[k].format == "markdown" for k in docs)


# The end of a sentence, or of a line (a code block's comment), in one entry's text.
_SENTENCE_BREAK = lazy(r"[.!?。！？](?:\s|$)|\n")


def _named_again(ctx: Context, group: Group, value: str, docs: list[int]) -> bool:
    """Inline code a catalogue entry cut from a Markdown page names twice in one sentence,
    of one subject ("`hello.txt` doesn't exist, or `hello.txt` is not readable"), which the
    translation names once and then leaves implicit ("`hello.txt`が存在しないとか、読み込み権限が
    ないとか"): one name, as `_named_once` has it in a page. Named again in another sentence or
    line, a code span a translation drops is still counted."""
    if not value.startswith("`") or value.startswith("``") or not all(
            group.members[k] and all(ctx.documents[k].paragraphs[i].n in ctx.documents[k].markdown
                                     for i in group.members[k]) for k in docs):
        return False
    for k in docs:
        text = ctx.text(k, group)
        first, last = text.find(value), text.rfind(value)
        if first != last and _SENTENCE_BREAK.search(text, first + len(value), last) is None:
            return True
    return False


# The first word of a setting's or member's path: ``files`` in ``files.includes``.
_PATH_HEAD = lazy(r"([A-Za-z_$][\w$]*+)[./:]\w")


# Inline code of words in another script than Latin; of one word in lower case.
_OTHER_SCRIPT_WORDS = lazy(r"`[^\P{L}\p{Latin}][^\p{Latin}`]*+`")
_ONE_WORD = lazy(r"`\p{Ll}{4,}+`")


def _literal_translated(ctx: Context, docs: list[int], values) -> bool:
    """Whether one of two versions holds inline code of words in another script than Latin
    that the other lacks (`` `发布` `` where the source names `` `publish` `` twice and the
    translation once), or, between two languages written in Latin script, of one word in
    lower case that the other never writes (`` `pertahankan` `` for a second
    `` `preserve` ``): the literal it lost was translated, not named once for twice."""
    latin = all(latin_script(ctx.documents[k].lang) for k in docs)
    return any(value not in values[o] and (_OTHER_SCRIPT_WORDS.fullmatch(value) or (
        latin and _ONE_WORD.fullmatch(value) and value.strip("`") not in ctx.documents[o].text))
        for k in docs for o in docs if o != k for value in values[k])


def _renamed_in_places(ctx: Context, g: int, group: Group, docs: list[int], by_kind,
                       out: list[Candidate]) -> list[Candidate]:
    """Inline code of Markdown prose is not counted (see `_named_once`), unless the version
    that names it fewer times names, at least as often as it falls short, one other path
    of the same namespace that the other version never names (`files.includes` three
    times in the source; once in the translation, which writes `files.experimentalScanner
    Ignores` three times), or the same code misspelt (`_misspelt`): a setting renamed in the
    sentences that kept it, each place a change of its own, paired with the new name at
    the nearest place."""
    a, b = docs
    if not (all(ctx.documents[k].format == "markdown" for k in docs)
            and by_kind[a].get("markup") and by_kind[b].get("markup")):
        return out
    counts = {k: defaultdict(list) for k in docs}
    for k in docs:
        for inv in by_kind[k]["markup"]:
            if inv.value.startswith("`") and not inv.value.startswith("``"):
                counts[k][inv.value].append(inv)
    singles = {(c.value, min(c.have)): c for c in out if c.kind == "markup" and len(c.have) == 1}
    for value in sorted(set(counts[a]) & set(counts[b])):
        if len(counts[a][value]) == len(counts[b][value]):
            continue
        more, fewer = (a, b) if len(counts[a][value]) > len(counts[b][value]) else (b, a)
        head = _PATH_HEAD.match(value[1:])
        short = len(counts[more][value]) - len(counts[fewer][value])
        renamed = [other for other in counts[fewer] if other not in counts[more] and (other, fewer) in singles
                   and len(counts[fewer][other]) >= short and (_misspelt(value, other) or head is not None and (
                       m := _PATH_HEAD.match(other[1:])) is not None and m.group(1) == head.group(1))]
        if len(renamed) != 1:
            continue
        new = renamed[0]
        lost = _unmatched(ctx, group, counts[more][value], counts[fewer][value], more, fewer)
        places = list(counts[fewer][new])
        out = [c for c in out if c is not singles[(new, fewer)]]
        for inv in lost:
            near = min(places, key=lambda p: abs(_place(ctx, group, fewer, p.start) - _place(ctx, group, more, inv.start)))
            places.remove(near)
            pair = next(pair_ids)
            out.append(Candidate(g, "markup", value, frozenset({more}), frozenset({fewer}), {more: inv}, pair))
            out.append(Candidate(g, "markup", new, frozenset({fewer}), frozenset({more}), {fewer: near}, pair))
        out.extend(Candidate(g, "markup", new, frozenset({fewer}), frozenset({more}), {fewer: inv}) for inv in places)
    return out


def _items_marked_otherwise(g: int, docs: list[int], by_kind, out: list[Candidate]) -> list[Candidate]:
    """A numbered list that the other version writes with bullets, item for item
    (``1. Iterate …`` / ``2. Check …`` against ``* 中身を…`` / ``* 行に…``): each item's
    number is a value of its own, placed at the bullet that stands for it, so a stale
    list of steps is reported at every step. (Which side drifted is blame's: a source's
    bullets that the translation numbers are the same items.) Lists of other lengths stay
    one change of the list's marks (an item added or dropped is told apart by its values)."""
    found = {c.value: c for c in out if c.kind == "markup" and c.value in _ITEM_MARKS and len(c.have) == 1}
    if set(found) != _ITEM_MARKS or found["1."].have == found["-"].have:
        return out
    numbered, bulleted = min(found["1."].have), min(found["-"].have)
    items = {mark: [inv for inv in by_kind[k]["markup"] if inv.value == mark]
             for mark, k in (("1.", numbered), ("-", bulleted))}
    if len(items["1."]) != len(items["-"]) or len(items["1."]) < 2:
        return out
    kept = [c for c in out if c is not found["1."]]
    kept.extend(Candidate(g, "markup", "1.", frozenset({numbered}), frozenset({bulleted}), {numbered: number},
                          near={bulleted: bullet.start}) for number, bullet in zip(items["1."], items["-"]))
    return kept


def _misspelt(value: str, other: str) -> bool:
    """Whether inline code is another one misspelt: one letter added, dropped or replaced
    in a name of six letters or more (`` `errrorCaptured` `` for `` `errorCaptured` ``),
    which no translation does on purpose.

    >>> _misspelt("`errorCaptured`", "`errrorCaptured`"), _misspelt("`ref`", "`reg`")
    (True, False)
    """
    return len(value) >= 8 and _edit_distance(value, other) == 1


def _place(ctx: Context, group: Group, k: int, offset: int) -> float:
    """Where an offset stands in a group's text of version k, from 0 (its start) to 1."""
    paragraphs = [ctx.documents[k].paragraphs[i] for i in group.members[k]]
    start, end = paragraphs[0].start, paragraphs[-1].end
    return (offset - start) / max(end - start, 1)


def _unmatched(ctx: Context, group: Group, mine: list[Invariant], theirs: list[Invariant], k: int,
               other: int) -> list[Invariant]:
    """The occurrences of `mine` left when each of `theirs` takes the nearest one."""
    left = list(mine)
    for inv in theirs:
        nearest = min(left, key=lambda m: abs(_place(ctx, group, k, m.start) - _place(ctx, group, other, inv.start)))
        left.remove(nearest)
    return left


def _under_its_title(ctx: Context, k: int, group: Group, value: str) -> bool:
    """Whether inline code is the title right above doc k's paragraph (`` `Open` indicates
    that the queue is available`` under ``### Open`` or ``* Open``): a translation that
    says "this queue" names the subject its title names.

    >>> from xlcheck import document_from_text
    >>> doc = document_from_text("* Open" + chr(10) * 2 + "该queue当前处于可用状态", "zh", "q.zh.md", "markdown")
    >>> ctx = Context([doc], [((), ())], None)
    >>> _under_its_title(ctx, 0, Group(((1,),)), "`Open`"), _under_its_title(ctx, 0, Group(((1,),)), "`Closed`")
    (True, False)
    """
    if not (value.startswith("`") and value.endswith("`")) or value.startswith("``"):
        return False
    return title_above(ctx, k, group) == value.strip("`").casefold()


def _retitled(ctx: Context, group: Group, docs: list[int]) -> bool:
    """Whether the group pairs one version's heading with the others' one-line list items
    of the same words (see `xlcheck.align.heading_as_item`)."""
    if any(len(group.members[k]) != 1 for k in docs):
        return False
    first, *others = (ctx.documents[k].paragraphs[group.members[k][0]] for k in docs)
    return all(heading_as_item(first, other) for other in others)


_ITEM_MARKS = frozenset({"-", "1."})
_DEFINITION = lazy(r"^(?![ \t]|:)[^\n]++\n[ \t]{0,3}:[ \t]", regex.M)


def _listed_otherwise(ctx: Context, group: Group, docs: list[int]) -> bool:
    """Whether one version writes as a definition list with no bullet (``[Ruby Meetup
    Groups][meetup]`` then ``: Um número…``) what another writes as a bulleted list
    (``- [Ruby Meetup Groups on meetup.com][meetup]. A substantial…``): the items are kept,
    their marks are the page's layout.

    >>> bool(_DEFINITION.match("[Meetup][m]" + chr(10) + ": Groups.")), bool(_DEFINITION.match("- a" + chr(10) + "- b"))
    (True, False)
    """
    texts = [ctx.text(k, group) for k in docs]
    return any(_DEFINITION.search(text) and not MARKED_ITEM.search(text) for text in texts) \
        and any(MARKED_ITEM.search(text) and not _DEFINITION.search(text) for text in texts)


def _closed_in_markup(ctx: Context, group: Group, docs: list[int], value: str, values) -> bool:
    """Whether each version without a component's closing tag (``</Listing>``) writes other
    markup in its place (a caption ``<span>``): an element written otherwise. Where it
    has prose or a heading there, the tag's line was paired across a gap, and the opening
    tag tells whether the version has the element."""
    return all(ctx.text(k, group).lstrip().startswith("<") for k in docs if value not in values[k])


def _lost_marker(ctx: Context, group: Group, docs: list[int], values) -> bool:
    """Whether a heading is aligned with a title that lost its ``#``: one short line of
    words with no sentence's end (``# Branding of Node.js`` / ``Node.js'in markalaşması``)."""
    if len(docs) != 2:
        return False
    plain = [k for k in docs if not any(_HEADING_LEVEL.match(v) for v in values[k])]
    heading = [k for k in docs if k not in plain]
    if len(plain) != 1 or len(group.members[heading[0]]) != 1:
        return False
    if _ITEM_HEADING.match(ctx.text(heading[0], group)):
        # a step's title that is a heading in a list item (``1. ##### Update the
        # configuration``), against a list item of one line (``1. Mettez à jour … :``)
        return bool(_ITEM_LINE.fullmatch(ctx.text(plain[0], group).strip()))
    text = ctx.text(plain[0], group).strip()
    glued = _GLUED_HASHES.fullmatch(text)
    if glued and any(v == f"h{len(glued.group(1))}" for v in values[heading[0]]):
        # ``###I want to…`` under ``### 启动…``: the hashes lost their space, and CommonMark
        # reads the line as a paragraph; the same count of hashes was meant as that heading.
        return True
    return bool(_TITLE_LINE.fullmatch(text))


def relevelled(ctx: Context, groups: list[Group]) -> dict[int, dict[int, int]]:
    """The versions whose headings all sit the same number of levels deeper than the first
    version's, with the level each of the first version's levels became: a page demoted
    whole (``#``, ``##``, ``###`` written ``##``, ``###``, ``####``) keeps its outline, each
    section under its parent, and is the site's layout (the page's title given by its front
    matter), not a section that moved. Two headings at least must change; one section
    demoted among others kept, a level that becomes two, a page demoted by two levels or
    more (``#`` written ``###``, under no heading of the level between), and headings
    promoted (``###`` written ``##``, now ranking with sections the page may have above
    them, and sections flattened into their parent's level) are still reported. The page's
    title is what makes room: a page whose top level is ``##`` (its title in front matter
    already) written ``###`` throughout has no ``##`` left, every section a level below the
    one its site gives it, and is reported."""
    out = {}
    for k in range(1, len(ctx.documents)):
        levels: dict[int, int] = {}
        changed = 0
        for group in groups:
            pair = (_heading_level(ctx, 0, group), _heading_level(ctx, k, group))
            if None in pair:
                continue
            if levels.setdefault(pair[0], pair[1]) != pair[1]:
                break
            changed += pair[0] != pair[1]
        else:
            shifts = {levels[a] - a for a in levels}
            if changed >= 2 and shifts == {1} and 1 in levels:
                out[k] = levels
    return out


def _heading_level(ctx: Context, k: int, group: Group) -> int | None:
    """The level of the heading that is doc k's one paragraph in the group, or None."""
    if len(group.members[k]) != 1 or ctx.documents[k].paragraphs[group.members[k][0]].kind != "heading":
        return None
    return next((int(inv.value[1]) for inv in ctx.invariants[k][group.members[k][0]]
                 if inv.kind == "markup" and _HEADING_LEVEL.match(inv.value)), None)


def relevelled_heading(candidate: Candidate, groups: list[Group], ctx: Context,
                       levels: dict[int, dict[int, int]]) -> bool:
    """Whether a candidate is a heading's level that its version changed as it changed
    every level of the page (see `relevelled`)."""
    if candidate.kind != "markup" or not _HEADING_LEVEL.match(candidate.value):
        return False
    group = groups[candidate.group]
    first = _heading_level(ctx, 0, group)
    return first is not None and all(
        k in levels and levels[k].get(first) == _heading_level(ctx, k, group)
        for k in candidate.have | candidate.lack if k != 0)


def _lost_anchors(out: list[Candidate], g: int, docs: list[int]) -> list[Candidate]:
    """A link's anchor (``#``, see `xlcheck.extract.markup`) is reported only where the
    first version's link has one and the other's lacks it: a link dropped whole is
    reported once, by its page, and an anchor only the other version has is no loss."""
    pages = {(c.have, c.lack) for c in out if c.group == g and c.kind == "url" and c.value != "#"}
    return [c for c in out if not (c.group == g and c.kind == "url" and c.value == "#"
                                   and (docs[0] in c.lack or (c.have, c.lack) in pages))]


def _fewer(g: int, kind: str, value: str, docs: list[int], by_kind, ctx: Context | None = None) -> list[Candidate]:
    """Markup and links are counted: a literal the source writes twice and the
    translation once is missing once. A link whose target the same sentence links again
    right before (``[NEW ISSUE](…/issues/new)打开[问题](…/issues/new)``, "open an issue
    via [NEW ISSUE](…/issues/new)") is one link's words chosen otherwise."""
    counts = {k: [inv for inv in by_kind[k].get(kind, ()) if inv.value == value] for k in docs}
    a, b = docs
    if len(counts[a]) == len(counts[b]) or not counts[a] or not counts[b]:
        return []
    more, fewer = (a, b) if len(counts[a]) > len(counts[b]) else (b, a)
    extra = counts[more][len(counts[fewer])]
    if kind == "url" and ctx is not None and len(counts[more]) - len(counts[fewer]) == 1 and any(
            x.text == y.text and _LINKED_AGAIN.fullmatch(ctx.documents[more].text, x.end, y.start)
            for x, y in zip(counts[more], counts[more][1:])):
        return []
    return [Candidate(g, kind, value, frozenset({more}), frozenset({fewer}), {more: extra})]


# What stands between a link's target and the same target linked again in one sentence:
# the first link's end, a few words, the second link's text.
_LINKED_AGAIN = lazy(r"[^\n.!?。！？]{0,40}\]\(")

_MARK_RUN = lazy(r"([^\p{L}\p{N}\s])\1++")


def _cardinal_candidates(ctx: Context, g: int, group: Group, docs: list[int], by_kind, values, soft, years,
                         numerals) -> list[Candidate]:
    """Counts written as words ("vier neue Chips" / "three new chips", "Four teenagers" /
    "Zwei Jugendliche"): compared with each other and with digits. A count of two is
    dropped freely in prose ("the two labs" / "die Labore"), so it is reported only
    when the other version states another count instead (a count it states more often
    than the first version does)."""
    counted: dict[int, dict[str, Invariant]] = {k: {} for k in docs}  # every count in words
    for k in docs:
        doc = ctx.documents[k]
        info = locale_info(doc.lang)
        for inv in by_kind[k].get("number", ()):
            if inv.flag == "word" and is_cardinal(doc.text, inv, info):
                counted[k].setdefault(inv.value, inv)

    def stated(o: int, value: str) -> int:
        """How often version o states a number: "drie keer … drie punten" states three twice
        where "Three-times … two points" states it once, and a count besides."""
        return sum(inv.value == value for inv in by_kind[o].get("number", ()))

    # The counts in words a version does not also write in digits, or writes in words once
    # more than another version states them ("2&1 … the opening two holes" / "2&1 … de
    # eerste vier holes": the score's 2 is no count of holes).
    cardinals = {k: {value: inv for value, inv in counted[k].items()
                     if value not in values[k] or any(stated(k, value) > stated(o, value) for o in docs)}
                 for k in docs}

    def holds(o: int, value: str) -> bool:
        return value in values[o] or value in soft[o] or value in years[o] or value in numerals[o]

    def compounded(o: int, value: str) -> bool:
        """"vierjährige" for "four-year": the word starts a compound."""
        words = [w for w, v in locale_info(ctx.documents[o].lang).number_words if str(v) in (value, value + ".0")]
        text = ctx.text(o, group).casefold()
        return any(regex.search(rf"(?<!\p{{L}}){regex.escape(w)}\p{{L}}", text) for w in words if len(w) >= 3)

    def kept(o: int, word: str) -> bool:
        """The source's word written as it is ("The Twelve-Factor App", a title left untranslated)."""
        return regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}(?![\p{{L}}\p{{N}}])", ctx.text(o, group)) is not None

    def shown(o: int, value: str) -> bool:
        """"three dashes" shown as they are, `---`: a run of that many of one mark."""
        return 3 <= int(value) <= 9 and any(len(run.group()) == int(value)
                                            for run in _MARK_RUN.finditer(ctx.text(o, group)))

    out = []
    for k in docs:
        for value, inv in cardinals[k].items():
            have = frozenset(o for o in docs if holds(o, value) and (value not in values[k] or stated(o, value)
                                                                     >= stated(k, value))
                             or not locale_info(ctx.documents[o].lang).number_words
                             or partial_number_words(locale_info(ctx.documents[o].lang).language)
                             or compounded(o, value) or kept(o, inv.text) or shown(o, value))
            lack = frozenset(docs) - have
            if not lack:
                continue
            if int(value) < 3 and not any(not holds(k, other) or stated(o, other) > stated(k, other)
                                          for o in lack for other in counted[o]):
                continue
            out.append(Candidate(g, "number", value, have, lack, {k: inv}))
    return out


# A code of Latin capitals and figures (C8, V2, MH17) and, in a Devanagari text, a word that
# spells letters by their names before figures: "सी 8", "वी2", "एमएच17".
_LETTERS_FIGURES = lazy(r"(\p{Lu}{1,4})-?(\d{1,4})")
_SPELT_LETTERS = lazy(r"(?<![\p{L}\p{M}])(\p{Devanagari}+)[ \u00a0-]?(\d{1,4})(?![\p{N}])")


def spelt_in_devanagari(value: str, text: str) -> bool:
    """Whether a code of Latin capitals and figures is in a Devanagari text with its letters
    spelt by their names, as Hindi and Bhojpuri write them.

    >>> spelt_in_devanagari("C8", "पेडेंट्री (सी 8) खातिर"), spelt_in_devanagari("V2", "वी2 रॉकेट")
    (True, True)
    >>> spelt_in_devanagari("V2", "वी3 रॉकेट"), spelt_in_devanagari("C8", "सी 8"[:2])
    (False, False)
    """
    code = _LETTERS_FIGURES.fullmatch(value)
    if code is None or not _SPELT_LETTERS.search(text):
        return False
    return any(figures == code.group(2) and brahmic_initials(word) == code.group(1)
               for word, figures in _SPELT_LETTERS.findall(text))


def _word_translated(value: str, text: str) -> bool:
    """Whether a code made of a Latin word and a number (PERSON3, PROJECT1: the anonymised
    speakers and names of a transcript) is in a text that writes the word in another script
    and keeps the number, or in brackets in another word: the word translated ("(Человек3)",
    "[Человек 1]", "[ČLOVEK 1]", "[osobě1]").

    >>> _word_translated("PERSON3", "(Человек3) Я думаю"), _word_translated("PERSON3", "(Человек4)")
    (True, False)
    >>> _word_translated("PERSON1", "Takže [ČLOVEK 1] řekl"), _word_translated("PERSON1", "řekl ČLOVEK 1")
    (True, False)

    In Chinese a word of one character is a word, and the number may be a Han numeral
    ("(人7)", "（第六个人）"):

    >>> _word_translated("PERSON7", "(人7) 好"), _word_translated("PERSON6", "（第六个人）是的"), _word_translated("PERSON6", "(人7)")
    (True, True, False)

    A software catalogue's label in capitals (LINE5, a dialog's placeholder text) is
    written as the word of the translation's language, of the same start, and the number
    apart ("Linie 5"):

    >>> _word_translated("LINE5", "Linie 5"), _word_translated("LINE5", "Linie 6"), _word_translated("LINE5", "Zeile 5")
    (True, False, False)
    """
    match = _WORD_AND_NUMBER.fullmatch(value)
    if match is None:
        return False
    if regex.search(rf"(?<![\p{{L}}\p{{N}}])(?:(?!\p{{Latin}})\p{{L}}){{3,}}[ \u00a0]?{match.group(1)}(?![\p{{N}}])"
                    rf"|[\[(]\p{{L}}{{3,}}[ \u00a0]?{match.group(1)}[\])]", text):
        return True
    if value.isupper() and regex.search(rf"(?<![\p{{L}}\p{{N}}])(?i:{value[:3]})\p{{Ll}}*+[ \u00a0]{match.group(1)}(?!\p{{N}})",
                                        text):
        return True
    number = int(match.group(1))
    return any((n.isdigit() and int(n) == number or han_value(n) == number) and (head or tail)
               for head, n, tail in _HAN_BRACKETED.findall(text))


def _numeronym_of(value: str, text: str) -> bool:
    """Whether a code is a numeronym (K8s, i18n: a word's first and last letters around the
    count of the letters between) of a word the text writes: documentation abbreviates
    Kubernetes as K8s, or spells the abbreviation out. A code's plural `s` is dropped
    before it is compared (K8s is read K8): a numeronym ending in a digit ends in `s`.

    >>> _numeronym_of("K8", "a pod in Kubernetes"), _numeronym_of("i18n", "internationalization")
    (True, True)
    >>> _numeronym_of("K8", "a pod in Kubelet"), _numeronym_of("H100", "Hopper")
    (False, False)
    """
    match = _NUMERONYM.fullmatch(value)
    return match is not None and regex.search(
        rf"(?<!\p{{L}})(?i:{match.group(1)}\p{{L}}{{{int(match.group(2))}}}{match.group(3) or 's'})(?!\p{{L}})",
        text) is not None


_NUMERONYM = lazy(r"(\p{Latin})(\d{1,2})(\p{Latin})?")
_WORD_AND_NUMBER = lazy(r"\p{Latin}{3,}(\d{1,3})")
# A speaker's tag in brackets written in Han characters, with its number in digits or in
# Han numerals: (人7), （第六个人）, [人物 2].
_HAN_BRACKETED = lazy(r"[\[(（［【](\p{Han}{0,4}?)[ \u00a0]?(\d{1,3}|[〇零一二两兩三四五六七八九十百]{1,4})[ \u00a0]?"
                      r"(\p{Han}{0,4})[\])）］】]")


# Capitalised words right before a figure: the name it closes ("Nord Stream 2").
_NAME_BEFORE = lazy(r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)+)[ \u00a0]$")


def _numbered_name(ctx: Context, group: Group, written: dict[int, Invariant], lack: frozenset[int]) -> str | None:
    """The name of two words or more that a small figure dropped by the other versions
    closes, where they still write the name without it ("the Nord Stream 2 pipeline" / "o
    pipeline Nord Stream"): another name (Nord Stream is the older pipeline), not a count."""
    for k, inv in written.items():
        if not (inv.text.isdigit() and len(inv.text) <= 2):
            continue
        text = ctx.documents[k].text
        before = _NAME_BEFORE.search(text, max(0, inv.start - 60), inv.start)
        if before and text[inv.end:inv.end + 1] not in ("", "\n") and all(
                regex.search(rf"(?<![\p{{L}}]){regex.escape(before.group(1))}(?![\p{{L}}\p{{N}}]|[ \u00a0]\d)",
                             ctx.text(o, group)) for o in lack):
            return f"{before.group(1)} {inv.text}"
    return None


def _anonymised(ctx: Context, k: int, inv: Invariant) -> bool:
    """Whether a code stands for a name a corpus anonymised: a word in capitals and a number
    in brackets, as meeting transcripts write their speakers and what they name ("(PERSON3)",
    "[PERSON9]'s courses", "[PROJECT1]")."""
    text = ctx.documents[k].text
    return inv.value.isupper() and _WORD_AND_NUMBER.fullmatch(inv.value) is not None \
        and text[inv.start - 1:inv.start] in ("(", "[") and text[inv.end:inv.end + 1] in (")", "]")


def _unread_date(value: str, lang: str) -> bool:
    """Whether a weekday or a relative date ("last year") cannot be looked for in a
    language, because xlcheck does not read its forms there: it is then not compared."""
    language = base_language(lang)
    if _WEEKDAY.fullmatch(value):
        return language not in WEEKDAY_LANGUAGES
    return value.startswith("R") and language not in RELATIVE_LANGUAGES


def _bare_named_elsewhere(ctx: Context, k: int, group: Group, value: str) -> bool:
    """Whether a value read in prose by its shape alone (a constant ``AT_LEAST_ONCE``, a short
    option ``-s``, a dotted key or file name ``batch.size``) is one that version k writes
    somewhere on its page, or writes here broken at a full stop ("the batch.\nsize") or as
    its words ("the device spec" for ``device.spec``), or a file named by its stem.

    Such a value is read without code marks, so a version that names it in another
    paragraph is taken to know it: a translation that writes ``requirements.txt`` where the
    source says "the file with the requirements", naming the page's file, adds nothing; a
    constant or an option dropped is missing from the whole page.
    """
    if not bare_shape(value):
        return False
    # (a path that ends in the name names it: "./startup.sh")
    pattern = rf"(?<![\w.$@-]){regex.escape(value)}(?![\w$/@-]|\.\w)"
    if regex.search(pattern, ctx.documents[k].text):
        return True
    # Broken at its stop, or its words given apart ("the device spec" for device.spec).
    broken = r"(?:\.\s+|\s+)".join(regex.escape(piece) for piece in value.split("."))
    if "." in value and regex.search(rf"(?<![\w.$/@-]){broken}(?![\w$/@-])", ctx.text(k, group)):
        return True
    # A file named by its stem ("Helm Charts values" for values.yaml).
    stem, _, extension = value.rpartition(".")
    return bool(stem) and FILE_EXTENSION.fullmatch(extension) is not None and regex.search(
        rf"(?<![\w.$/@-]){regex.escape(stem)}(?![\w$/@-]|\.\w)", ctx.text(k, group)) is not None


def _masked_text(ctx: Context, k: int, group: Group, kind: str) -> str:
    """The group's text with the dates, codes and links of other kinds blanked out, so
    that "13" is not found inside "January 13" or "A13"."""
    doc = ctx.documents[k]
    parts = []
    for index in group.members[k]:
        paragraph = doc.paragraphs[index]
        if paragraph.kind == "code" and not is_prose(paragraph.text):
            # Only a block's comments are text; its code holds values of its own.
            chars = [" "] * len(paragraph.text)
            for start, end in read_block(paragraph.text).comments:
                chars[start:end] = paragraph.text[start:end]
        else:
            chars = list(paragraph.text)
        for inv in ctx.invariants[k][index]:
            if inv.kind != kind and inv.kind in ("date", "code", "url") and not (
                    kind == "markup" and inv.kind == "code" and (SNAKE_CASE.fullmatch(inv.text) or bare_shape(inv.text))):
                # (an identifier in snake case, a constant, an option or a dotted key is
                # inline code's whole value written plain)
                for position in range(inv.start - paragraph.start, inv.end - paragraph.start):
                    chars[position] = " "
        parts.append("".join(chars))
    return "\n".join(parts)


def _verbatim(ctx: Context, k: int, group: Group, kind: str, written: list[Invariant]) -> bool:
    """Whether doc k's group holds a value word for word, though not as that kind.

    A number the translator put in inline code (``-1``), a placeholder inside a
    literal the translator added, a date left in English inside a quoted literal: the
    value is there, only its markup differs. A role or an inline literal is not: one
    written as plain text is broken markup.
    """
    text = _DASH_SIGN.sub("-", _RST_ESCAPE.sub(r"\1", _masked_text(ctx, k, group, kind)))
    for inv in written:
        if kind == "markup" and _code_as_text(ctx, k, group, inv, text):
            return True  # Markdown inline code whose value the translation writes as text
        if kind == "markup" and (inv.value.startswith(("`", ":")) or _HEADING_LEVEL.match(inv.value)):
            continue  # a role or literal written as plain text is broken markup, not the same value
        if kind == "date" and not inv.text.isdigit() and " " in inv.text.strip() and _copied_date(ctx, k, group, inv):
            return True  # "Mars 2020" (a mission) copied from a version that reads no such date in it
        if inv.value.startswith("code:") or (kind == "date" and not inv.text.isdigit()):
            continue  # a code block is compared by its digest; a date by its value, since
            # "janeiro de 2000" is also the tail of "1 de janeiro de 2000"
        needle = _DASH_SIGN.sub("-", inv.text)
        if not needle.strip():
            continue
        model = _MODEL_NUMBER.fullmatch(_nfkc(needle)) if kind == "code" else None
        if model and regex.search(rf"(?<![\p{{N}}{_CASED}.,_]){model.group(1)}[ \u00a0-]{model.group(2)}"
                                  rf"(?![\p{{N}}{_CASED}_]|[.,]\d)", _nfkc(ctx.text(k, group))):
            return True  # "D-Link DAP1522" written "DAP 1522": the model's letters and number apart; in
            # full-width forms too, and read unmasked (ＦＥＳＴＡ２０２５ / "FESTA 2025", whose 2025 is a year)
        # Bounded by the letters of cased scripts only, as the extractors read a code: in
        # "x86_64/arm64两种架构" arm64 stands alone, glued to Chinese.
        pattern = rf"(?<![\p{{N}}{_CASED}.,_]){regex.escape(needle)}(?![\p{{N}}{_CASED}_]|[.,]\d)"
        if (kind == "number" or kind == "date" and needle.isdigit()) \
                and _abbreviation_glued(_owner_text(ctx, inv), inv, needle, ctx.text(k, group)):
            return True
        if kind == "number" or (kind == "date" and needle.isdigit()):
            needles = {_digit_run(ctx, inv), needle}
            if "." not in inv.value and len(inv.value.lstrip("-")) >= 5:
                needles.add(inv.value.lstrip("-"))  # "1,114,111" written ``1114111``
            # Bounded so as not to match inside a grouped number ("13" in "13 000,01") or a
            # code ("13" in "A13"); glued to a lower-case word it counts ("entre1970").
            pattern = "|".join(
                rf"(?<![\p{{N}}\p{{Lu}}.,]|\d[ \u00a0\u202f']){regex.escape(n)}(?![\p{{N}}]|[.,]\d|[ \u00a0\u202f']\d{{3}})"
                for n in needles)
            if not any(n in text for n in needles):
                continue  # no needle written at all: no pattern to build
        elif kind == "code" and needle.casefold() in text.casefold():
            # a code's case aside: "k8s" is K8s, "h100" the H100
            if regex.search(pattern, text, regex.IGNORECASE):
                return True
            continue
        elif needle not in text:
            continue
        if kind == "url" and _link_as_code(ctx, inv, pattern, text):
            continue  # [`/docs/intro`](/docs/intro) written `/docs/intro`: the link is gone, its code kept
        if regex.search(pattern, text):
            return True
    return False


def _link_as_code(ctx: Context, inv: Invariant, pattern: str, text: str) -> bool:
    """Whether a Markdown link's target (`inv`) is written in `text` only inside inline
    code: the link reduced to the code of its label, which no reader can follow."""
    owner = _owner_text(ctx, inv)
    if owner[max(0, inv.start - 2):inv.start] != "](":
        return False
    spans = [m.span() for m in _CODE_SPAN.finditer(text)] if "`" in text else []
    return bool(spans) and all(any(start <= m.start() and m.end() <= end for start, end in spans)
                               for m in regex.finditer(pattern, text))


def _code_as_text(ctx: Context, k: int, group: Group, inv: Invariant, text: str) -> str | None:
    """How doc k's group writes Markdown inline code `inv` of another version without its
    backticks, if it does: ``"plain"`` or ``"quoted"`` for the same value as plain text or
    in quotation marks (“7777” for `` `7777` ``: the literal lost its code markup), ``"kept"``
    for a value rendered in the text's own terms (`` `markdown` `` as the name Markdown in
    a sentence of another script, a command's placeholder translated with it, a one-word
    term in the text's spelling, a concept's name quoted in its words), else None.
    `text` is the group's text with values of other kinds masked."""
    if not inv.value.startswith("`") or inv.value.startswith("``") or ctx.documents[k].format != "markdown":
        return None
    code = inv.text.strip("`")
    owner = _owner_text(ctx, inv)
    if names_a_placeholder(code, owner, inv.end, ctx.documents[k].text):
        return "kept"
    # (a phrase holding a version, `Helm 3.7.0+`, is looked for in the text as written:
    # its version is a value of its own, masked)
    for where in (text, ctx.text(k, group)) if " " in code else (text,):
        if written_as_text(code, where, prose_words(owner)):
            if _plain_at(" ".join(code.split()), where) or _identifier_recased(ctx, inv, code, where):
                return "plain"
            return None if _named_by_source(ctx, group, inv, code, where) else "kept"
    if _quoted(code, text):
        return "quoted" if any(m.group(1) == code for m in _QUOTED.finditer(text)) else "kept"
    return None


def _code_or_plain(ctx: Context, k: int, group: Group, inv: Invariant, text: str) -> str | None:
    """`_code_as_text`, with a value its source also writes as plain text elsewhere on
    the page (the name `TreeSelect`, ``Kubernetes``, a file named plain in another
    sentence) ``"kept"``: there its code marks are the source's styling of a name, not
    what the value is, and a translation that writes it plain writes it as the source
    does elsewhere. A value the source writes in quotation marks elsewhere (``"MEM" <
    "SSD"``) is set off as a literal there too, not written as a word of its prose; an
    attribute's value (``component="TreeSelect"``) is the name as the page's markup writes it."""
    how = _code_as_text(ctx, k, group, inv, text)
    if how in ("plain", "quoted"):
        code = " ".join(inv.text.strip("`").split())
        page = _owner_text(ctx, inv)
        running = _TITLES.sub(" ", prose_text(page))
        written = rf"(?<![\w./$-])(?<!(?<!=){_OPENING_QUOTE}(?={regex.escape(code)}{_CLOSING_QUOTE})){regex.escape(code)}(?![\w/-])"
        if regex.search(written, running) and not _title_code(page, inv, written):
            return "kept"
    return how


# Quotation marks that set a value off as a literal where the source writes it outside code.
_OPENING_QUOTE = "[\"'“‘«„]"
_CLOSING_QUOTE = "[\"'”’»“]"
# A title of its own line: a heading, or a bold line (a step's title: "**Create `AlluxioRuntime` object**").
_OWN_LINE_TITLE = lazy(r"^[ \t]{0,3}(?:#{1,6}[ \t][^\n]*+|\*\*[^\n]*\*\*[ \t]*+)$", regex.M)
# How many of a page's titles set a value in code for code to be the value's form there.
TITLES_IN_CODE = 2


def _title_code(page: str, inv: Invariant, written: str) -> bool:
    """Whether inline code `inv` stands in a title of the page (a heading, a bold line),
    the page sets it in code in another title too, and no title of the page writes it
    plain: the page's titles style the value as code throughout (the resource each step
    of a walk-through creates), and a translation's title that writes it plain dropped
    the marks, however the page's sentences name it in passing. (A value in one title
    alone, `## How to Get `params_type_desc``, is styled there as the sentences please.)"""
    titles = list(_OWN_LINE_TITLE.finditer(page))
    if not any(m.start() <= inv.start and inv.end <= m.end() for m in titles):
        return False
    if any(regex.search(written, _CODE_SPAN.sub(" ", m.group())) for m in titles):
        return False
    code = inv.text.strip("`")
    return sum(any(span.group().strip("`").strip() == code for span in _CODE_SPAN.finditer(m.group()))
               for m in titles) >= TITLES_IN_CODE


# Headings and link labels: titles in capitalised words ("# Device Scheduling", "[Cambricon
# Device Plugin](…)"), which tell nothing of how the source's sentences write a value.
_TITLES = lazy(r"^[ \t]{0,3}#{1,6}[ \t][^\n]*+|\[[^\[\]\n]*+\](?=\()", regex.M)


def _identifier_recased(ctx: Context, inv: Invariant, code: str, text: str) -> bool:
    """Whether `text` writes a word of inline code in another case (Kubelet for
    `` `kubelet` ``, ResourceDistribution.Status for `` `status` ``, yurthub for a name in
    Camel case, `` `YurtHub` ``) where the source's page uses the word as code elsewhere too
    (another inline span, a key of its YAML) and its prose never writes that form: an
    identifier written as a name, its code marks dropped. A word the page has in code once
    (`` `markdown` `` rendered 用 Markdown 写作) names a format in passing, and one its prose
    capitalises (the section "Hooks" of the `` `hooks` `` key) is the page's own name: both
    stay the value kept, as does a word of one capital lower-cased (`` `Ready` `` in
    未处于ready状态, a state read as a word)."""
    if _LOWER_WORD.fullmatch(code):
        form = code.capitalize()
    elif _CAMEL_WORD.fullmatch(code):
        form = code.lower()
    else:
        return False
    if not regex.search(code_word(form), without_code_spans(text)):
        return False
    page = _owner_text(ctx, inv)
    prose = prose_text(page)
    if regex.search(code_word(form), prose):
        return False
    word = regex.compile(code_word(code, ignore_case=True))
    return len(word.findall(page)) - len(word.findall(prose)) >= 2


# A name in Camel case: capitals after the first, each after a lower-case letter (YurtHub).
_CAMEL_WORD = lazy(r"[A-Z][a-z]++(?:[A-Z][a-z]++)++")


def _named_by_source(ctx: Context, group: Group, inv: Invariant, code: str, text: str) -> bool:
    """Whether the name a translation's `text` writes for inline code in another case
    (EdgeCore for `` `edgecore` ``) is the source's own word, written by the source's
    paragraph outside code as often: "start EdgeCore … then start `edgecore`" rendered
    with one EdgeCore kept the name and dropped the binary."""
    pattern = regex.compile(code_word(code, ignore_case=True))
    owner = next((o for o in range(len(ctx.documents)) if inv in ctx.per_doc(group, o)), None)
    if owner is None:
        return False
    source = _CODE_SPAN.sub(" ", ctx.text(owner, group))
    return len(pattern.findall(source)) >= len(pattern.findall(_CODE_SPAN.sub(" ", text)))


def _markup_dropped(ctx: Context, group: Group, k: int, o: int, written: list[Invariant]) -> list[Finding]:
    """XL705 where doc k's group writes doc o's Markdown inline code (each of its
    occurrences, `written`) as plain text or in quotation marks: the value is there, its
    code markup is not (issue #10: markup is compared as markup). One finding for each
    occurrence of o that k writes so, about k alone; the caller drops them when k is the
    source (a translation that adds code marks adds formatting, no drift)."""
    if not written:
        return []
    inv = written[0]
    how = _code_or_plain(ctx, k, group, inv, _DASH_SIGN.sub("-", _masked_text(ctx, k, group, "markup")))
    if how not in ("plain", "quoted"):
        return []
    doc, code = ctx.documents[k], " ".join(inv.text.strip("`").split())
    if _label_quoted(ctx, group, (o, k), inv, code):
        return []
    offsets = []
    for word in (code, code.capitalize(), code.lower()):  # (in another case: _identifier_recased)
        for index in group.members[k]:
            paragraph = doc.paragraphs[index]
            offsets.extend(paragraph.start + m.start()
                           for m in regex.finditer(code_word(word), without_code_spans(paragraph.text)))
        if offsets:
            break
    rule = RULES["XL705"]
    shown = "in quotation marks" if how == "quoted" else "as plain text"
    message = (f"“{inv.text}” in {ctx.where(o, group)} is written {shown} in {ctx.where(k, group)}: "
               f"the literal lost its code markup")
    findings = []
    for offset in offsets[:len(written)] or [None]:
        line, column = doc.position(offset) if offset is not None else (None, None)
        where = ctx.paragraph_of(k, offset) if offset is not None else None
        findings.append(Finding(rule.check, rule.code, rule.severity, message, inv.value, (
            Location(doc.path, doc.lang, where, line, column, code if offset is not None else None, inv.value,
                     "different"),)))
    return findings


def _label_quoted(ctx: Context, group: Group, versions: tuple[int, int], inv: Invariant, code: str) -> bool:
    """Whether inline code of version o, a label of the interface by the words around it
    ("click `WorkerGroup`"), stands inside a quotation of version k in a script of its own
    (“分配WorkerGroup”): the label as the readers' edition of the interface shows it, set
    off as that language sets off a label, not code that lost its marks."""
    o, k = versions
    if latin_script(ctx.documents[k].lang) or not interface_label(ctx.documents[o].text, inv.start, inv.end):
        return False
    return any(code in quotation.group() for quotation in _QUOTATION.finditer(ctx.text(k, group)))


def _plain_at(code: str, text: str) -> bool:
    """Whether `text` writes `code` letter for letter outside inline code."""
    return regex.search(code_word(code), " ".join(without_code_spans(text).split())) is not None


def _copied_date(ctx: Context, k: int, group: Group, inv: Invariant) -> bool:
    """Whether doc k's group writes a date's words letter for letter where k reads them
    as no date, or as a shorter one ("Mars 2020", the rover's mission, is March 2020 in
    Icelandic and the year 2020 in English): a name the translation copied. Not the tail
    of a longer date of k ("janeiro de 2000" of "1 de janeiro de 2000")."""
    doc = ctx.documents[k]
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(inv.text)}(?![\p{{L}}\p{{N}}])")
    for index in group.members[k]:
        paragraph = doc.paragraphs[index]
        for match in pattern.finditer(paragraph.text):
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            if not any(d.kind == "date" and d.start <= start and end <= d.end and d.end - d.start > end - start
                       for d in ctx.invariants[k][index]):
                return True
    return False


# A model name of capitals and a number glued (DAP1522, RTX4090), which a translation may
# write apart.
_MODEL_NUMBER = lazy(r"(\p{Lu}{2,})(\d{2,})")
_ABBREVIATION_AFTER = lazy(r"[ \u00a0](\p{Lu}{2,5})(?![\p{L}\p{N}])")
_ABBREVIATION_BEFORE = lazy(r"(?<![\p{L}\p{N}])(\p{Lu}{2,5})[ \u00a0]$")


def _abbreviation_glued(owner: str, inv: Invariant, needle: str, text: str) -> bool:
    """"105.3 FM" written "FM105.3": the number kept, glued to the abbreviation it stood
    beside (read as a code, not a number, in the other version, so looked for in its
    unmasked text). A year too: "FESTA 2025" written ＦＥＳＴＡ２０２５, compared in their
    half-width forms (NFKC)."""
    after = _ABBREVIATION_AFTER.match(owner, inv.end)
    before = _ABBREVIATION_BEFORE.search(owner, max(0, inv.start - 7), inv.start)
    words = {_nfkc(m.group(1)) for m in (after, before) if m}
    if not words:
        return False
    text, needle = _nfkc(text), _nfkc(needle)
    for word in words:
        if regex.search(rf"(?<![\p{{Latin}}\p{{N}}]){word}{regex.escape(needle)}(?![\p{{N}}]|[.,]\d)"
                        rf"|(?<![\p{{N}}.,]){regex.escape(needle)}{word}(?![\p{{Latin}}])", text):
            return True
    return False


def _nfkc(text: str) -> str:
    """A text with its full-width Latin letters and digits as ASCII (ＦＥＳＴＡ２０２５ is
    FESTA2025), for a search whose offsets are not kept."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


_OPEN_QUOTES, _CLOSE_QUOTES = "“\"「『‘'«„‹", "”\"」』’'»“›"
_QUOTED = lazy(rf"[{regex.escape(_OPEN_QUOTES)}]\s?+([^\s{regex.escape(_CLOSE_QUOTES)}]++)\s?+"
                        rf"[{regex.escape(_CLOSE_QUOTES)}]")


# A term of capitalised words in quotation marks, and a quotation of words without code.
_QUOTED_TERM = lazy(r"[\"“«「]\p{Lu}\p{Ll}++(?: \p{Lu}\p{Ll}++)++[\"”»」]")
# (double quotation marks and corner brackets only: an apostrophe is no quotation mark)
_QUOTATION = lazy(r"[“\"「『«„][^”\"」』»“`\n]{1,60}[”\"」』»“]")


def _quoted(code: str, text: str) -> bool:
    """Whether a Markdown text sets `code` in quotation marks instead of backticks: the
    same path or expression (“./app”), or a one-word term in the text's own spelling (a JSON "`object`"
    written "objet"): a cognate, the same start and at most two letters apart; or a term of
    capitalised words quoted inside the code (`` `"Stateless Components"` ``), a name of a
    concept, not code, which the text quotes in its own words (「ステートレスコンポーネント」).

    >>> _quoted('"Stateless Components"', "以前は「ステートレスコンポーネント」として知られていました")
    True
    >>> _quoted('"Stateless Components"', "以前は`statelessComponents`として"), _quoted('"useState"', "「フック」")
    (False, False)
    """
    if _QUOTED_TERM.fullmatch(code) and _QUOTATION.search(text):
        return True
    for match in _QUOTED.finditer(text) if code else ():
        quoted = match.group(1)
        if quoted == code and not code.isalpha():
            return True  # a path or a call: a bare word in quotes (「color」) lost its code markup
        if code.isalpha() and code.islower() and len(code) >= 5 and quoted.isalpha() and quoted[:3] == code[:3] \
                and quoted != code and _edit_distance(quoted, code) <= 2:
            return True
    return False


def _digit_run(ctx: Context, inv: Invariant) -> str:
    """The whole run of digits and separators an invariant was read from ("1,13" in "1,13-1,17")."""
    text = _owner_text(ctx, inv)
    start, end = inv.start, inv.end
    while start > 0 and (text[start - 1].isdigit() or (text[start - 1] in ".," and start > 1
                                                          and text[start - 2].isdigit())):
        start -= 1
    while end < len(text) and (text[end].isdigit() or (text[end] in ".," and end + 1 < len(text)
                                                     and text[end + 1].isdigit())):
        end += 1
    return _DASH_SIGN.sub("-", text[start:end])


def _owner_text(ctx: Context, inv: Invariant) -> str:
    for doc in ctx.documents:
        if inv.end <= len(doc.text) and doc.text[inv.start:inv.end] == inv.text:
            return doc.text
    return inv.text


def _resolve_alternatives(ctx: Context, group: Group, docs, values, notes, soft) -> None:
    """Swap an ambiguous token's value for the reading another version confirms.

    A numeric date nobody disambiguates is reported as ambiguous (XL203); a number
    whose separators are another locale's is a warning (XL103). A number read whole
    from words of two scales (Hausa "biliyan sittin da bakwai da miliyan sittin da uku")
    is also its parts, which the other version may write as words ("sixty-seven billion
    naira and sixty-three million").
    """
    for k in docs:
        others = [values[o] for o in docs if o != k]
        worded = others + [soft[o] for o in docs if o != k]
        for value, inv in list(values[k].items()):
            if not inv.alternatives:
                continue
            if inv.flag == "ambiguous" and not any(
                reading in other and other[reading].flag != "ambiguous"
                for other in others for reading in (value, *inv.alternatives)
            ):
                # Only numeric dates on every side: nobody says which reading is meant.
                notes.append(ctx.single(group, k, inv, rule_for("date", "ambiguous"),
                                        f"“{inv.text}” can be read as {inv.value} or {inv.alternatives[0]}"))
            if any(value in other for other in others):
                continue
            for alternative in inv.alternatives:
                parts = alternative.split("|")
                if all(any(p in other for other in (others if inv.flag else worded)) for p in parts):
                    del values[k][value]
                    for part in parts:
                        values[k].setdefault(part, inv)
                    if inv.flag == "ambiguous-separator":
                        notes.append(_separator_note(ctx, group, k, inv, value, alternative))
                    break


def _separator_note(ctx: Context, group: Group, k: int, inv: Invariant, value: str, meant: str) -> Finding:
    lang = ctx.documents[k].lang
    reading = f"reads as {value} in {lang}" if value != meant else f"is grouped the way {lang} does not group"
    return ctx.single(group, k, inv, rule_for("number", "separator"),
                      f"“{inv.text}” {reading}; the other version says {meant}: write it with {lang} separators")


def _numeral(value: str) -> str:
    """A version's value as a number would read it ("3.10" -> "3.1")."""
    whole, _, fraction = value.partition(".")
    fraction = fraction.rstrip("0") if fraction.count(".") == 0 else fraction
    return whole + ("." + fraction if fraction else "")


def _date_covered(value: str, others: dict[str, Invariant | None], months: frozenset[str] = frozenset(),
                  year: int | None = None) -> bool:
    """Whether a date without a year (``--08-16``) is one of the full dates of the other side,
    or a full date is written there without its year: the year was said elsewhere."""
    if "/" in value:  # "November 26-27" = "26. und 27. November" written as two dates
        return all(end in others or _date_covered(end, others, months, year) for end in value.split("/"))
    ends = {end for other in others if "/" in other for end in other.split("/")}
    if ends:
        if value in ends:
            return True  # one end of the other's range; the range itself is compared on its own
        others = {**others, **dict.fromkeys(ends)}
    if _relative_covered(value, others, year):
        return True
    if value.endswith("X"):
        return value[:3] + "0" in others  # "the 1970s" = "a década de 1970"
    if len(value) == 4 and value.isdigit() and value.endswith("0"):
        return value[:3] + "X" in others
    if value.startswith("---"):  # a day alone (8日) is the day of a date that names the month
        return any(v.endswith(value[2:]) and len(v) in (7, 10) and not v.startswith("---") for v in others)
    if value.startswith("--"):
        # The other side's full date, or its day alone where that side names the month
        # elsewhere (12日 / "December 12" in an article whose other dates are in December).
        return any(v.endswith(value[1:]) and len(v) == 10 for v in others) \
            or len(value) == 7 and "---" + value[-2:] in others and value[2:4] in months
    if len(value) == 10 and value[4] == "-":
        return "-" + value[4:] in others
    return False


# Languages that write a compound as one word (Sonntagskleidung, zondagskrant); others
# inflect a weekday's name (четвер, четвертим is "fourth").
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb", "nn", "no", "is", "fi", "et", "af", "lb"})


def _night_moved(g: int, docs: list[int], by_kind) -> list[Candidate]:
    """A weekday's night ("overnight on Sunday", Sunday into Monday) that another version
    gives only as the night that ends on that day ("в ночь на воскресенье", Saturday into
    Sunday): the day moved back by one."""
    out = []
    seen: set[tuple[str, int]] = set()
    for k in docs:
        for inv in by_kind[k].get("date", ()):
            if inv.flag != "night":
                continue
            for o in docs:
                theirs = [other for other in by_kind[o].get("date", ()) if other.value == inv.value]
                if o != k and (inv.value, o) not in seen and theirs \
                        and all(other.flag == "night-before" for other in theirs):
                    seen.add((inv.value, o))
                    out.append(Candidate(g, "date", inv.value, frozenset(d for d in docs if d != o), frozenset({o}),
                                         {k: inv}))
    return out


# A year that writes a decade: after the word for a decade or for years ("a década de 1970",
# "de jaren 2000", "los años 2000"), or before an ending or a word for a decade ("1920-м
# годам", "1800 দশক").
_DECADE_BEFORE = lazy(r"(?i)(?:decade|década|décennie|decennio|dekad|Jahrzehnt|decenni|decenium|desetilet"
                      r"|десятилет|десятиліт|jaren|años|anos|années|anni|lata|latach|Jahre|年代|년대)\p{L}*+[ \u00a0]*+"
                      r"(?:\p{L}{1,3}[ \u00a0]++)?$")
_DECADE_AFTER = lazy(r"[-‑–'’]?\p{L}|[ \u00a0]*(?:দশক|दशक|年代|년대|decade|jaren)")


def _year_made_decade(ctx: Context, g: int, docs: list[int], by_kind) -> list[Candidate]:
    """A year that another version writes with the same figures as a decade ("the 1950
    movie" / "в фильме 1950-х годов", a film of the 1950s) and nowhere as the year: the
    year made the decade, or the decade the year. A decade written as its first year after
    the word for a decade ("the 1970s" / "a década de 1970") is the same decade."""
    out = []
    for k in docs:
        text = ctx.documents[k].text
        # (a year read as a plain number too: Xhosa "ngo-1850", in 1850, has no word for a year)
        for inv in [*by_kind[k].get("date", ()), *by_kind[k].get("number", ())]:
            value = inv.value
            if not (len(value) == 4 and value.isdigit() and value.endswith("0")) or inv.text != value \
                    or _DECADE_BEFORE.search(text, max(0, inv.start - 30), inv.start) \
                    or _DECADE_AFTER.match(text, inv.end):
                continue
            decade = value[:3] + "X"
            if any(other.value == decade for other in by_kind[k].get("date", ())):
                continue
            lack = frozenset(o for o in docs if o != k and not any(other.value == value for other in by_kind[o].get(
                "date", ())) and any(other.value == decade and value in other.text and other.text != value
                                     for other in by_kind[o].get("date", ())))
            if lack:
                out.append(Candidate(g, "date", value, frozenset(docs) - lack, lack, {k: inv}))
    return out


def _weekday_compound(day: int, text: str, lang: str) -> bool:
    """Whether a text writes a weekday's name at the start of a longer word, a compound
    of languages that write them as one word (Sonntagskleidung, zondagskrant).

    >>> _weekday_compound(7, "In Sonntagskleidung: Reise ins New York", "de")
    True
    >>> _weekday_compound(7, "am Sonntag", "de"), _weekday_compound(6, "In Sonntagskleidung", "de")
    (False, False)
    >>> _weekday_compound(4, "перед четвертим засіданням", "uk")
    False
    """
    if base_language(lang) not in _COMPOUNDING:
        return False
    names = [name for name, (number, _) in weekday_names(lang).items() if number == day and len(name) >= 5]
    return any(regex.search(rf"(?<![\p{{L}}-]){regex.escape(name)}s?\p{{Ll}}{{3,}}", fold(text)) for name in names)


def _relative_covered(value: str, others, year: int | None = None) -> bool:
    """Whether a date told relative to the day of writing (今年, "last year", ``R0y``) is
    told absolutely on the other side, or the other way round: "this year" is 2021 and
    "yesterday" Monday to whoever knows when the article was written, not to a checker.
    Where the documents tell their year (`year`: see `Context.reference_year`), a year
    must be that one, give or take one ("last year" is not 2015 in an article of 2024).

    >>> _relative_covered("R0y", {"2021": None}), _relative_covered("2021", {"R-1y": None})
    (True, True)
    >>> _relative_covered("W1", {"R-1d": None}), _relative_covered("R-1d", {"---12": None})
    (True, True)
    >>> _relative_covered("R0y", {"--09-01": None}), _relative_covered("--09-01", {"R0y": None})
    (True, False)
    >>> _relative_covered("R0y", {"2021-12": None}), _relative_covered("2021", {"R-1d": None})
    (False, False)
    >>> _relative_covered("--11-11", {"R0m"}), _relative_covered("2021-11", {"R0m"})
    (False, True)
    >>> _relative_covered("R-1y", {"2015"}, 2024), _relative_covered("R-1y", {"2023"}, 2024)
    (False, True)
    """
    def absolute(v: str, unit: str, this: bool = False, shift: int = 0) -> bool:
        if unit == "y":  # a date without its year is one of this year (今年9月1日, "September 1")
            if len(v) == 4 and v.isdigit():
                return year is None or abs(int(v) - (year + shift)) <= 1
            return this and v.startswith("--") and not v.startswith("---")
        if unit == "m":
            return len(v) == 7 and v[:4].isdigit() and v[4] == "-" or len(v) == 4 and v.startswith("--")
        return unit == "d" and (bool(_WEEKDAY.fullmatch(v)) or v.startswith("---"))

    def relative(v: str) -> str | None:
        return v[-1] if v.startswith("R") and v[-1] in "ymwd" else None

    def shift(v: str) -> int:
        return int(v[1:-1]) if v[1:-1].lstrip("+-").isdigit() else 0

    unit = relative(value)
    if unit is not None:
        return any(absolute(v, unit, value == "R0y", shift(value)) for v in others)
    return any(absolute(value, relative(v), shift=shift(v)) for v in others if relative(v))


# An English ordinal day with no month of its own: "on the 12th", "the 10th (Friday)".
_ORDINAL_DAY = lazy(r"(?<![\p{N}.,:/-])(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\p{N}])")


def _ordinal_day(value: str, text: str) -> bool:
    """Whether a day of the month written alone (12日, ``---12``) is written as an ordinal
    in `text`: news in English names a day of the current month "the 12th". A date that
    names its month (2月11日) is not: "the 11th" loses the month.

    >>> _ordinal_day("---12", "on the 12th, police said"), _ordinal_day("---12", "the 12th floor")
    (True, True)
    >>> _ordinal_day("--12-12", "on the 12th"), _ordinal_day("---12", "on 12 May"), _ordinal_day("2021-12", "the 12th")
    (False, False, False)
    """
    if not value.startswith("---") or not value[-2:].isdigit():
        return False
    day = int(value[-2:])
    return any(int(m.group(1)) == day for m in _ORDINAL_DAY.finditer(text))
