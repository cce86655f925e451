"""Compare the invariants of aligned versions and turn every drift into a `Finding`.

`compare()` groups the paragraphs that align across the versions (`blame.py`), asks
each comparer for the values some versions have and others lack (`values.py`,
`names.py`, `quotes.py`), and lets `blame.py` decide who drifted.
"""

from __future__ import annotations

import math
from functools import partial

import regex

from xlcheck.align import DIRECTIVE_LINE
from xlcheck.compare.anchors import own_table_of_contents, repointed
from xlcheck.compare.blame import (
    Blame,
    build_groups,
    findings_for,
    gap_line,
    has_content,
    locate_in_beads,
    not_a_translation,
    paragraph_missing,
    split_trailing_prose,
)
from xlcheck.compare.code import code_candidates, comment_numbers_named, pair_ids
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.compare.definitions import carried_away, defined_alike
from xlcheck.compare.fuzzy import gained_names
from xlcheck.compare.glued import bare_call_candidates, glued_candidates
from xlcheck.compare.implied import link_to_named_site, stated_otherwise
from xlcheck.compare.items import items_missing, names_dropped
from xlcheck.compare.keys import key_findings, keyed
from xlcheck.compare.linebreaks import line_break_findings
from xlcheck.compare.listing import INDENTED
from xlcheck.compare.literals import (
    format_placeholders,
    holds_inline_code,
    interface_label,
    labels_clicked,
    labels_set_off,
    title_in_own_words,
)
from xlcheck.compare.misspelt import Misspellings
from xlcheck.compare.moves import paired_moves
from xlcheck.compare.names import Names
from xlcheck.compare.paths import slash_lost
from xlcheck.compare.placeholders import placeholder_findings
from xlcheck.compare.quotes import quote_candidates
from xlcheck.compare.references import broken_reference_candidates
from xlcheck.compare.repositories import repository_candidates
from xlcheck.compare.rst import broken_markup_findings, translated_parameter_findings, translated_term_findings
from xlcheck.compare.split import split_candidates
from xlcheck.compare.tables import cell_candidates, names_translated_row
from xlcheck.compare.truncation import Cut, cut_findings, dropped, repair
from xlcheck.compare.values import (
    SOFT_FLAGS,
    anchored_links,
    fixed_links,
    relevelled,
    relevelled_heading,
    value_candidates,
)
from xlcheck.extract import forked_pool, pool_workers
from xlcheck.extract.code import fence_language
from xlcheck.glossary import Glossary
from xlcheck.locales import base_language, fold, language_name
from xlcheck.model import Alignment, Document, Finding, Invariant
from xlcheck.patterns import lazy

# Kinds still compared document-wide when two versions are not translations of each other.
REWRITE_KINDS = ("number", "date", "code", "url")


def compare(
    documents: list[Document],
    invariants: list[tuple[tuple[Invariant, ...], ...]],
    alignments: list[Alignment],
    glossary: Glossary,
    blame: Blame,
) -> list[Finding]:
    """The drift between versions: `alignments[k - 1]` aligns document 0 with document k.

    A version that does not look like a translation of document 0 gets one XL001 and the
    facts only one side states, document-wide; the others are compared paragraph group by
    paragraph group.
    """
    findings: list[Finding] = key_findings(documents, blame)
    alignments = list(alignments)
    cuts: dict[int, list[Cut]] = {}
    if blame.reference in (0, None):
        # Paragraphs a translation cut short are paired again and left out of the verdict;
        # the sentences a translated paragraph leaves out are found on the pairs that result.
        for k in range(1, len(documents)):
            alignments[k - 1], cuts[k] = repair(documents[0], documents[k], invariants[0], invariants[k],
                                                alignments[k - 1])
            cuts[k] += dropped(documents[0], documents[k], invariants[0], invariants[k], alignments[k - 1], cuts[k])
    translated = [0] + [k for k in range(1, len(documents)) if alignments[k - 1].translation]
    for k in range(1, len(documents)):
        if k not in translated:
            findings.extend(_rewrite(documents[0], documents[k], invariants[0], invariants[k],
                                     alignments[k - 1], glossary, blame))
    if len(translated) >= 2:
        ctx = Context([documents[k] for k in translated], [invariants[k] for k in translated], glossary)
        groups = split_trailing_prose(ctx, build_groups(len(translated), [alignments[k - 1] for k in translated[1:]]))
        groups = paired_moves(ctx, groups)
        local = Blame(translated.index(blame.reference) if blame.reference in translated else None)
        findings.extend(_compare_groups(ctx, groups, local, _cut_groups(groups, translated, cuts)))
    return findings


def _cut_groups(groups: list[Group], translated: list[int], cuts: dict[int, list[Cut]]) -> list[tuple[int, int, Cut]]:
    """(group, version among the compared ones, cut) for each cut paragraph pair that
    is a group of its own."""
    out = []
    for t, k in enumerate(translated):
        for cut in cuts.get(k, ()):
            for g, group in enumerate(groups):
                if group.members[0] == (cut.source,) and group.members[t] == (cut.target,):
                    out.append((g, t, cut))
                    break
    return out


def _compare_groups(ctx: Context, groups: list[Group], blame: Blame,
                    cuts: list[tuple[int, int, Cut]] = ()) -> list[Finding]:
    names = Names(ctx, groups)
    chunks = _chunks(len(groups))
    if len(chunks) > 1:
        # What every group reads of the whole documents (`names`) was computed before the
        # workers fork: each inherits it.
        _POOL_STATE[:] = [(ctx, groups, blame, names)]
        try:
            with forked_pool(len(chunks)) as pool:
                parts = list(pool.map(_pooled_groups, chunks))
        finally:
            _POOL_STATE.clear()
    else:
        parts = [_compare_some(ctx, groups, blame, names, 0, len(groups))]
    findings = [f for part in parts for f in part[0]]
    candidates = [c for part in parts for c in part[1]]
    if len(parts) > 1:
        _renumber_pairs(parts)
    docs_of_group = [present for part in parts for present in part[2]]
    levels = relevelled(ctx, groups)
    if levels:
        candidates = [c for c in candidates if not relevelled_heading(c, groups, ctx, levels)]
    candidates = carried_away(ctx, groups, docs_of_group, candidates)
    if cuts:
        findings.extend(cut_findings(ctx, groups, list(cuts), candidates))
    findings.extend(findings_for(ctx, groups, docs_of_group, candidates, blame))
    return findings


COMPARE_FACTOR = 8  # × `xlcheck.extract.PARALLEL_FROM` groups before comparing workers start
# What forked comparing workers inherit: (context, groups, blame, names).
_POOL_STATE: list[tuple] = []


def _chunks(count: int) -> list[tuple[int, int]]:
    """The ranges of groups to compare in worker processes (one range: no workers)."""
    # A group costs far less to compare than its paragraphs to extract, and forked
    # workers redo the lazy whole-document work each group reads: measured on 2 cores,
    # workers cost more than they save on 4,000 and 10,000 groups and begin to pay at
    # 50,000. (With the inherited objects set apart from the collector, `forked_pool`,
    # two workers took python-docs-ko's 10,000 entries from 12 s to 8-11 s on an idle
    # machine, but from 11-16 s to 14-18 s with the other core busy: not the default.)
    workers = pool_workers(count, COMPARE_FACTOR)
    if workers < 2:
        return [(0, count)]
    size = -(-count // workers)
    return [(start, min(count, start + size)) for start in range(0, count, size)]


def _renumber_pairs(parts) -> None:
    """Give the candidates bound as one change in each worker numbers unique across
    workers (each counted from where the parent's count stood when they forked)."""
    for _, candidates, _ in parts:
        numbers: dict[int, int] = {}
        for c in candidates:
            if c.pair is not None:
                if c.pair not in numbers:
                    numbers[c.pair] = next(pair_ids)
                c.pair = numbers[c.pair]


def _pooled_groups(chunk: tuple[int, int]):
    ctx, groups, blame, names = _POOL_STATE[0]
    return _compare_some(ctx, groups, blame, names, *chunk)


def _compare_some(ctx: Context, groups: list[Group], blame: Blame, names: Names, first: int,
                  last: int) -> tuple[list[Finding], list[Candidate], list[list[int]]]:
    """The findings, candidates and present versions of groups `first` to `last` - 1:
    each group is compared on its own (what the whole documents share is in `names`)."""
    findings: list[Finding] = []
    candidates: list[Candidate] = []
    docs_of_group: list[list[int]] = []
    count = len(ctx.documents)
    all_keyed = all(keyed(d) for d in ctx.documents)
    misspellings = Misspellings(ctx)
    # One list for every group with the same versions present (read, never changed):
    # a catalogue has one group an entry, and a list each costs more than its group.
    shared: dict[tuple[int, ...], list[int]] = {}
    for g in range(first, last):
        group = groups[g]
        present = [k for k in range(count) if group.members[k]]
        present = shared.setdefault(tuple(present), present)
        docs_of_group.append(present)
        if len(present) < count and not all_keyed and has_content(ctx, group, present) \
                and not _opens_lone_admonition(ctx, groups, g, present) \
                and not _reworded_in_place(ctx, groups, g, present, blame.reference) \
                and not _for_its_readers(ctx, group, present, blame.reference) \
                and not _under_lone_heading(ctx, groups, g, present) \
                and not _joined_to_neighbour(ctx, groups, g, present, blame.reference) \
                and not defined_alike(ctx, group, present):
            findings.append(paragraph_missing(ctx, group, present, blame, partial(gap_line, ctx, groups, g)))
        if len(present) >= 2 and (len(present) == count or count >= 3):
            if _same_words([ctx.text(k, group) for k in present]):
                continue  # an untranslated copy (however its lines wrap) states the same facts
            findings.extend(placeholder_findings(ctx, group, present, blame))
            findings.extend(broken_markup_findings(ctx, group, present, blame))
            findings.extend(line_break_findings(ctx, group, present, blame))
            findings.extend(translated_parameter_findings(ctx, group, present, blame))
            findings.extend(translated_term_findings(ctx, group, present, blame))
            lost_items, lost_spans = items_missing(ctx, group, present, blame)
            findings.extend(lost_items)
            found, notes = value_candidates(ctx, g, group, present)
            found = anchored_links(ctx, group, comment_numbers_named(ctx, group, found))
            found = [c for c in found if not _interface_label(ctx, group, c) and not _lone_item_unlisted(ctx, group, c)
                     and not link_to_named_site(ctx, group, c, blame.reference)
                     and not own_table_of_contents(ctx, group, c, blame.reference)]
            mine = slash_lost(ctx, group, fixed_links(ctx, group, found, blame.reference))
            mine.extend(code_candidates(ctx, g, group, present, blame.reference))
            mine.extend(cell_candidates(ctx, g, group, present, found))
            mine.extend(glued_candidates(ctx, g, group, present))
            mine.extend(bare_call_candidates(ctx, g, group, present))
            mine.extend(broken_reference_candidates(ctx, g, group, present))
            mine.extend(split_candidates(ctx, g, group, present))
            mine.extend(repository_candidates(ctx, g, group, present, blame.reference))
            mine.extend(repointed(ctx, groups, g, present, blame.reference))
            quotes, unbalanced = quote_candidates(ctx, g, group, present, blame.reference)
            mine.extend(quotes)
            named = [c for c in names.candidates(g, group, present) if not stated_otherwise(ctx, group, c)]
            mine.extend(named)
            mine.extend(gained_names(ctx, g, group, present, blame.reference, {c.value for c in named}))
            mine.extend(names_dropped(ctx, g, group, present))
            mine.extend(misspellings.candidates(g, group, present))
            candidates.extend(_outside(mine, lost_spans))
            findings.extend(note for note in notes + unbalanced if blame.may_blame(_version_of(ctx, note)))
    return findings, candidates, docs_of_group


def _interface_label(ctx: Context, group: Group, candidate: Candidate) -> bool:
    """Whether a value one version lacks is a label of the interface the page describes,
    which the versions lacking it name in their readers' words (as their edition of the
    interface does): inline code naming a row of a table whose labels they translate, or
    a title of capitalised words (a button, a menu path) they write in a script of their own."""
    if candidate.pair is not None or candidate.kind != "markup" or not candidate.lack:
        return False
    if any(candidate.value.strip("`") in format_placeholders(ctx.documents[o].text) for o in candidate.have):
        return False  # a format's placeholder (`[`Issue Type`][`Module Name`]`) is written as the format reads
    if names_translated_row(ctx, group, candidate):
        return True
    # (each label the source clicks has one the translation sets off, in quotation marks
    # or a menu path: a button dropped with its sentence leaves one fewer; a translation
    # that writes labels in code marks is compared code for code, `literals.localised`)
    clicked = max(labels_clicked(ctx.text(o, group)) for o in candidate.have)
    return all(interface_label(ctx.documents[o].text, inv.start, inv.end) for o, inv in candidate.occurrences.items()
               if o in candidate.have) and all(
        title_in_own_words(candidate.value, ctx.documents[k].lang, ctx.text(k, group))
        and not holds_inline_code(ctx.text(k, group)) and labels_set_off(ctx.text(k, group)) >= clicked
        for k in candidate.lack)


# A line that opens a bullet list's item.
_BULLET = lazy(r"^[-*+][ \t]", regex.M)


def _lone_item_unlisted(ctx: Context, group: Group, candidate: Candidate) -> bool:
    """Whether a candidate is the bullet of a list of one item (no item before or after
    it) that each version lacking it writes as prose, with no item of its own: one step
    set as a paragraph, the same text (a list of several written as paragraphs is not)."""
    if candidate.kind != "markup" or candidate.value not in ("-", "*", "+") or candidate.pair is not None \
            or not candidate.lack or any(_BULLET.search(ctx.text(k, group)) for k in candidate.lack):
        return False
    for o in candidate.have:
        paragraphs = ctx.documents[o].paragraphs
        inv = candidate.occurrences.get(o)
        i = next((i for i in group.members[o] if inv is not None and paragraphs[i].start <= inv.start < paragraphs[i].end),
                 None)
        if i is None or len(_BULLET.findall(paragraphs[i].text)) != 1 or any(
                0 <= x < len(paragraphs) and _BULLET.match(paragraphs[x].text) for x in (i - 1, i + 1)):
            return False
    return True


def _same_words(texts: list[str]) -> bool:
    """Whether the texts are the same once their whitespace is normalised (an untranslated
    copy, however its lines wrap). Texts that each open on a different character other
    than a space differ there once normalised too: most translations, told apart without
    splitting them into words."""
    firsts = {text[:1] for text in texts}
    if len(firsts) > 1 and all(first and not first.isspace() for first in firsts):
        return False
    if fence_language(texts[0]) in INDENTED:
        # (a listing whose indentation is syntax is the same only with its lines nested alike)
        return len({tuple(_indented(line) for line in text.split("\n") if line.strip()) for text in texts}) == 1
    return len({" ".join(text.split()) for text in texts}) == 1


def _indented(line: str) -> tuple[int, str]:
    return len(line) - len(line.lstrip()), " ".join(line.split())


def _outside(candidates: list[Candidate], lost: dict[int, list[tuple[int, int]]]) -> list[Candidate]:
    """The candidates but those whose every occurrence lies in a list item reported missing
    (`lost`, spans by version): the item's XL002 names what it held."""
    if not lost:
        return candidates
    return [c for c in candidates if not c.occurrences or not all(
        any(start <= inv.start < end for start, end in lost.get(k, ())) for k, inv in c.occurrences.items())]


def _opens_lone_admonition(ctx: Context, groups: list[Group], g: int, present: list[int]) -> bool:
    """Whether group g is only an admonition's opening line (``:::note 注意``) of one
    version, and the paragraph after it, the admonition's text, has no counterpart
    either: the text's finding reports the admonition, and its opening line is no drift
    of its own."""
    if len(present) != 1 or g + 1 >= len(groups):
        return False
    (k,) = present
    members = groups[g].members[k]
    following = groups[g + 1].members
    if len(members) != 1 or not following[k] or following[k][0] != members[0] + 1 \
            or any(following[o] for o in range(len(following)) if o != k):
        return False
    return DIRECTIVE_LINE.fullmatch(ctx.documents[k].paragraphs[members[0]].text) is not None


def _for_its_readers(ctx: Context, group: Group, present: list[int], reference: int | None) -> bool:
    """Whether group g is a page's paragraph (or item) that only translations hold, each of
    which names its own language (``Ruby << portuguese: Esta é a lista de discussão oficial de
    ruby em Portugal``): what a translation adds for its readers, a list or a group in their
    language, not text the source dropped. Plain text (news) is not a page: there a
    sentence only a translation has is what it added, whatever it names."""
    if reference is None or reference in present or ctx.documents[reference].format == "text":
        return False
    for k in present:
        doc = ctx.documents[k]
        code = base_language(doc.lang)
        names = {name for name in (language_name(code, "en"), language_name(code, doc.lang)) if name}
        words = set(_WORD_RUN.findall(fold(ctx.text(k, group))))
        if not names & words:
            return False
    return True


_WORD_RUN = lazy(r"[\p{L}\p{M}]++")


def _under_lone_heading(ctx: Context, groups: list[Group], g: int, present: list[int]) -> bool:
    """Whether group g is the text written on the line right under a heading (no blank
    line between) that the same versions alone hold, in the group before: one section's
    opening, reported once, at its heading ("### 指定调度器" and "支持指定…" under it)."""
    if g == 0 or any(len(group.members[k]) != 1 for group in (groups[g], groups[g - 1]) for k in present):
        return False
    before = groups[g - 1]
    if [k for k in range(len(ctx.documents)) if before.members[k]] != present:
        return False
    for k in present:
        heading = ctx.documents[k].paragraphs[before.members[k][0]]
        text = ctx.documents[k].paragraphs[groups[g].members[k][0]]
        if heading.kind != "heading" or text.kind != "text" or text.line != heading.end_line + 1:
            return False
    return True


def _reworded_in_place(ctx: Context, groups: list[Group], g: int, present: list[int],
                       reference: int | None) -> bool:
    """Whether group g is one paragraph of prose that a translation holds where its source
    holds, unpaired right next to it, another paragraph of prose, and neither states a
    fact but names ("Examples:" above a block, which the translation introduces with a
    sentence of its own): one wording for another, not a paragraph left over. (A source's
    paragraph the translation words otherwise is still reported: what it says is lost.)"""
    if len(present) != 1 or len(ctx.documents) != 2 or reference is None or present[0] == reference:
        return False
    (k,) = present
    o = 1 - k

    def facts_free_prose(h: int, side: int) -> bool:
        members = groups[h].members
        if len(members[side]) != 1 or members[1 - side]:
            return False
        i = members[side][0]
        return ctx.documents[side].paragraphs[i].kind not in ("code", "heading") and all(
            inv.kind == "name" or inv.value in ctx.subjects for inv in ctx.invariants[side][i])

    return facts_free_prose(g, k) and any(0 <= h < len(groups) and facts_free_prose(h, o) for h in (g - 1, g + 1))


def _joined_to_neighbour(ctx: Context, groups: list[Group], g: int, present: list[int],
                         reference: int | None) -> bool:
    """Whether group g is a paragraph of prose stating no fact but names that the other
    version wrote into the paragraph next to it (``Not recommended for use, only for
    compatibility with certain situations`` after the option's description, which the
    Chinese ends with "只是为了一些情况下的兼容性，并不推荐使用"; a source's paragraph the
    translation writes as two, "如果用户看到一种语言中的一种类型对应 Apache Fory 类型系统中的多种类型。"
    apart from its example): the neighbour's counterpart is as long, for the ratio of lengths
    of the page's paragraphs of prose, as the two paragraphs together, not as the one it
    pairs with."""
    if len(present) != 1 or len(ctx.documents) != 2 or reference is None \
            or len(groups[g].members[present[0]]) != 1:
        return False
    k, o = present[0], 1 - present[0]
    i = groups[g].members[k][0]
    lone = ctx.documents[k].paragraphs[i]
    if lone.kind != "text" or any(inv.kind != "name" and inv.flag not in SOFT_FLAGS for inv in ctx.invariants[k][i]):
        return False
    pairs = [(len(a.text), len(b.text)) for x in groups if len(x.members[k]) == 1 and len(x.members[o]) == 1
             and (a := ctx.documents[k].paragraphs[x.members[k][0]]).kind == "text"
             and (b := ctx.documents[o].paragraphs[x.members[o][0]]).kind == "text"]
    if len(pairs) < 5:
        return False
    ratio = sum(b for _, b in pairs) / max(1, sum(a for a, _ in pairs))
    for h in (g - 1, g + 1):
        if not 0 <= h < len(groups) or len(groups[h].members[k]) != 1 or len(groups[h].members[o]) != 1 \
                or abs(groups[h].members[k][0] - i) != 1:
            continue
        source = ctx.documents[k].paragraphs[groups[h].members[k][0]]
        translation = ctx.documents[o].paragraphs[groups[h].members[o][0]]
        if source.kind != "text" or translation.kind != "text":
            continue
        alone = len(translation.text) / (len(source.text) * ratio)
        joined = len(translation.text) / ((len(source.text) + len(lone.text)) * ratio)
        if 1 / 1.5 <= joined <= 1.5 and abs(math.log(joined)) < abs(math.log(alone)):
            return True
    return False


def _version_of(ctx: Context, note: Finding) -> int:
    """The index of the version a one-location finding is about."""
    where = note.locations[0]
    return next(k for k, doc in enumerate(ctx.documents) if (doc.path, doc.lang) == (where.path, where.lang))


def _rewrite(a: Document, b: Document, inv_a, inv_b, alignment: Alignment, glossary: Glossary,
             blame: Blame) -> list[Finding]:
    """One finding that the two are not translations, then the facts only one side has."""
    ctx = Context([a, b], [inv_a, inv_b], glossary)
    findings = [not_a_translation(ctx, 1, alignment.score)]
    whole = Group((tuple(range(len(a.paragraphs))), tuple(range(len(b.paragraphs)))), whole=True)
    candidates, _ = value_candidates(ctx, 0, whole, [0, 1])
    candidates = [c for c in candidates if c.kind in REWRITE_KINDS]
    groups = [whole, *locate_in_beads(ctx, alignment, candidates)]
    findings.extend(findings_for(ctx, groups, [[0, 1]] * len(groups), candidates,
                                 Blame(0 if blame.reference == 0 else None)))
    return findings


__all__ = ["Blame", "Group", "build_groups", "compare"]
