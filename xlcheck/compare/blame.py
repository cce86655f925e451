"""Grouping and blame: which paragraphs of the versions belong together, and which
version drifted. The only place that decides a location's status.

Who is blamed (DESIGN.md, "JSON report"):

1. A source is known (`Blame(reference=k)`): the source is never blamed. A version
   lacking a source value is `missing`, one stating it otherwise `different`, one still
   carrying a value the source no longer has `extra` (the source is then `absent`).
2. No source is known (`Blame(None)`): the odd one out is blamed — the minority side;
   on a tie, the side without the first version.

In a comparison of two versions, what only the later one adds is never reported when it
is what translators add without losing anything (a name given to clarify, a small count
made explicit, code formatting).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import regex

from xlcheck.align import TAG_ONLY, is_title
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.compare.literals import (
    Translation,
    edit_distance,
    explicitation,
    format_placeholders,
    interface_label,
    label_in_own_script,
    name_partly_translated,
    prose_words,
    renamed_throughout,
    resolved_reference,
    rule_of,
    table_cell,
    type_words_changed,
    words_in_code_marks,
    words_translated,
    written_code,
)
from xlcheck.extract import urls
from xlcheck.extract.codes import file_name, one_folder_apart
from xlcheck.extract.markup import BROKEN_EMPHASIS, emphasis_broken_in
from xlcheck.model import TRANSLATION_THRESHOLD, Alignment, Finding, Invariant, Location, Segment, Status
from xlcheck.patterns import lazy
from xlcheck.rules import RULES, Rule, rule_for
from xlcheck.segment import sentences

# How many of a dropped paragraph's invariants its message names.
MAX_FACTS = 10
# The order they are named in: the hard facts first, names last.
FACT_ORDER = ("number", "date", "code", "url", "markup", "quote", "name")
# Kinds whose leftover values on two sides are paired as one change.
PAIRED_KINDS = frozenset(("number", "date", "code", "url", "markup"))
_NON_DIGITS = lazy(r"\D*")
_PROSE_WORD = lazy(r"(?<![<`/{])\b\p{L}{2,}\b")
_UNSPACED = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# A word that may be a surname: capitalised, in lower case after its first letter.
_SURNAME = lazy(r"\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*")
# A capitalised word right before a name (its given name, a title): the name written in full.
_CAPITALISED_BEFORE = lazy(r"\p{Lu}[\p{L}\p{M}.'’-]*[ \u00a0]$")


@dataclass(frozen=True)
class Blame:
    """Who drifted when versions disagree: `reference` is the index of the source among
    the compared documents, or None when no source is known."""

    reference: int | None = None

    def sides(self, have: frozenset[int], lack: frozenset[int]) -> tuple[Status, Status]:
        """(status of the versions that have a value, status of those that lack it)."""
        if self._have_is_right(have, lack):
            return "present", "missing"
        return "extra", "absent"

    def may_blame(self, k: int) -> bool:
        """Whether a finding about version k alone (an unclosed quotation mark, a separator
        of another locale) may be reported: never about the source, which is not drift."""
        return k != self.reference

    def orient(self, x: Candidate, y: Candidate) -> tuple[Candidate, Candidate]:
        """A change seen as two candidates: (the right side's value, the drifted side's)."""
        return (x, y) if self._have_is_right(x.have, y.have) else (y, x)

    def _have_is_right(self, have: frozenset[int], lack: frozenset[int]) -> bool:
        if self.reference is not None and self.reference in have | lack:
            return self.reference in have
        if len(have) != len(lack):
            return len(have) > len(lack)
        return min(have | lack) in have


def build_groups(count: int, alignments: list[Alignment]) -> list[Group]:
    """Groups of aligned paragraphs across `count` documents, pivoting on document 0.

    `alignments[k - 1]` aligns document 0 with document k.
    """
    if count == 2 and _one_to_one(alignments[0]):
        # Each bead is its own group (a catalogue's entries): what the general case
        # below gives for them, without its bookkeeping.
        # (`tuple` keeps a bead's tuples as they are, shared: a catalogue has tens of thousands)
        return [Group((tuple(bead.a), tuple(bead.b))) for bead in alignments[0].beads]
    return _joined_groups(count, alignments)


def _joined_groups(count: int, alignments: list[Alignment]) -> list[Group]:
    """`build_groups` in general: beads that share a paragraph of document 0 are one group."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for alignment in alignments:
        for bead in alignment.beads:
            for i in bead.a:
                parent[find(i)] = find(bead.a[0])
    roots: dict[int, list[set[int]]] = {}
    orphans: dict[int, list[set[int]]] = {}
    more: dict[int, list[list[set[int]]]] = {}
    for i in sorted(parent):
        roots.setdefault(find(i), [set() for _ in range(count)])[0].add(i)
    for k, alignment in enumerate(alignments, start=1):
        last_root = -1
        for bead in alignment.beads:
            if bead.a:
                last_root = find(bead.a[0])
                roots[last_root][k].update(bead.b)
            elif count == 2 and last_root in orphans and orphans[last_root][k]:
                # Two versions: each unpaired bead is its own group, so that every paragraph
                # one version lacks is reported where it stands.
                extra = [set() for _ in range(count)]
                extra[k].update(bead.b)
                more.setdefault(last_root, []).append(extra)
            else:
                orphans.setdefault(last_root, [set() for _ in range(count)])[k].update(bead.b)
    ordered = sorted(roots.items(), key=lambda item: min(item[1][0]))
    groups = []
    if -1 in orphans:
        groups.append(Group(tuple(tuple(sorted(m)) for m in orphans[-1])))
        groups.extend(Group(tuple(tuple(sorted(m)) for m in extra)) for extra in more.get(-1, ()))
    for root, members in ordered:
        groups.append(Group(tuple(tuple(sorted(m)) for m in members)))
        if root in orphans:
            groups.append(Group(tuple(tuple(sorted(m)) for m in orphans[root])))
            groups.extend(Group(tuple(tuple(sorted(m)) for m in extra)) for extra in more.get(root, ()))
    return groups


def split_trailing_prose(ctx: Context, groups: list[Group]) -> list[Group]:
    """Two documentation versions only: a code block is no translation of prose. Where one
    version's lone code block is paired with the other's code block and the prose paragraphs
    after it, each prose paragraph is a group of its own (one only that version has)."""
    if len(ctx.documents) != 2 or not all(doc.format == "markdown" for doc in ctx.documents):
        return groups
    out: list[Group] = []
    for group in groups:
        split = None
        for k in (0, 1):
            mine, other = group.members[k], group.members[1 - k]
            paragraphs = ctx.documents[k].paragraphs
            theirs = ctx.documents[1 - k].paragraphs
            if (len(other) == 1 and theirs[other[0]].kind == "code" and len(mine) >= 2
                    and paragraphs[mine[0]].kind == "code"
                    and all(paragraphs[i].kind == "text" and len(_PROSE_WORD.findall(paragraphs[i].text)) >= 3
                            for i in mine[1:])):
                split = k
        if split is None:
            out.append(group)
            continue
        mine = group.members[split]
        kept = [(), ()]
        kept[split], kept[1 - split] = (mine[0],), group.members[1 - split]
        out.append(Group(tuple(kept)))
        for i in mine[1:]:
            rest = [(), ()]
            rest[split] = (i,)
            out.append(Group(tuple(rest)))
    return out


def _one_to_one(alignment: Alignment) -> bool:
    """Whether every bead pairs one paragraph with one, in increasing order on both sides."""
    last_a = last_b = -1
    for bead in alignment.beads:
        if len(bead.a) != 1 or len(bead.b) != 1 or bead.a[0] <= last_a or bead.b[0] <= last_b:
            return False
        last_a, last_b = bead.a[0], bead.b[0]
    return True


def reconcile_neighbours(candidates: list[Candidate],
                         count: Callable[[int, int, Candidate], int] | None = None) -> list[Candidate]:
    """Drop pairs of candidates that are one value moved across a paragraph boundary; a
    name, across two: a translation that names the person a sentence earlier and says "he"
    where the source names him ("He said his efforts…" / "Selon Trump, ses efforts…", then
    "…," Trump said / "…», critiqua-t-il").

    A literal (a code span, a code) that a version repeats in its paragraph, three times or
    more and three times as often as the other version writes it next door, did not all
    move: the other version dropped it there (a list of rules each naming `dn_data_dirs`,
    which the translation rewrote without it, its note below naming it once); only the
    one written next door is reconciled. `count(group, k, candidate)` is how often version
    k writes the candidate's value in the group."""
    by_key: dict[tuple[str, str], dict[int, list[Candidate]]] = defaultdict(lambda: defaultdict(list))
    for c in candidates:
        by_key[(c.kind, c.value)][c.group].append(c)
    dropped: set[int] = set()
    for (kind, _), by_group in by_key.items():
        if len(by_group) < 2:
            continue
        for step in (1, 2) if kind == "name" else (1,):
            for g in sorted(by_group):
                for x in by_group[g]:
                    for y in by_group.get(g + step, ()):
                        if id(x) in dropped or id(y) in dropped:
                            continue
                        if x.lack <= y.have and y.lack <= x.have and x.lack and y.lack:
                            # (of a value repeated, the one written next door moved; the
                            # others were dropped)
                            repeated = {id(c) for c, other in ((x, y), (y, x)) if count is not None
                                        and kind in _REPEATED_KINDS and _repeated(count, c, other)}
                            dropped.update({id(x), id(y)} - repeated)
    return [c for c in candidates if id(c) not in dropped]


# The kinds of value a version repeated in a paragraph is not moved by a neighbour's one
# (`reconcile_neighbours`): literals, which no pronoun stands for.
_REPEATED_KINDS = frozenset({"markup", "code"})


def _repeated(count: Callable[[int, int, Candidate], int], x: Candidate, y: Candidate) -> bool:
    """Whether the versions that have x's value write it three times or more in x's group,
    and three times as often as they write it, lacking it there, in y's."""
    have = min(count(x.group, k, x) for k in x.have)
    there = max(count(y.group, k, x) for k in x.lack)
    return have >= 3 and have >= 3 * there


def _name_moved_on(ctx: Context, groups: list[Group], c: Candidate) -> bool:
    """Whether a name some versions lack in a group is one they write in the paragraph
    right before or after it that only they hold: the sentence that names it ("The Apache
    RocketMQ broker persists subscriptions") grew into a paragraph of its own, whose
    missing counterpart is reported there, not a name dropped."""
    if c.kind != "name" or not c.lack or not c.have:
        return False
    for g in (c.group - 1, c.group + 1):
        if 0 <= g < len(groups) and not any(groups[g].members[k] for k in c.have) and all(
                any(inv.kind == c.kind and inv.value == c.value for i in groups[g].members[k]
                    for inv in ctx.invariants[k][i]) for k in c.lack):
            return True
    return False


def _named_just_before(ctx: Context, groups: list[Group], c: Candidate) -> bool:
    """Whether a one-word name some versions lack in a group is one every version writes
    in the paragraph right before: the person just named, whom a translation calls "he"
    where the source repeats the surname (`… d’Ari Fleischer, l’ancien attaché de presse` /
    `« Ce déni est de la colère », a-t-il écrit` for "Fleischer wrote"), not a name dropped.
    Only a surname the source writes alone (a person named again): where it writes the full
    name once more ("U.S. Rep. Maxine Waters on Saturday denounced", after the headline), the
    name is what the sentence introduces; an acronym (the NHS, a CR) names no person."""
    if c.kind != "name" or not _SURNAME.fullmatch(c.value) or not c.lack or not c.have or c.group == 0 or any(
            _CAPITALISED_BEFORE.search(ctx.documents[k].text, max(0, inv.start - 40), inv.start)
            for k, inv in c.occurrences.items() if k in c.have):
        return False
    before, group = groups[c.group - 1], groups[c.group]
    if not all(before.members[k] and any(inv.kind == "name" and inv.value == c.value
                                         for i in before.members[k] for inv in ctx.invariants[k][i])
               for k in c.lack | c.have):
        return False
    # Nothing else lost with it, and nothing in its place: as many sentences, and no name
    # of its own (a name dropped with its sentence, or garbled into another word, is not
    # a pronoun).
    names = {inv.value for k in c.have for inv in ctx.per_doc(group, k) if inv.kind == "name"}
    most = max(_sentence_total(ctx, k, group) for k in c.have)
    return all(_sentence_total(ctx, k, group) >= most and not any(
        inv.kind == "name" and inv.value not in names for inv in ctx.per_doc(group, k)) for k in c.lack)


def _sentence_total(ctx: Context, k: int, group: Group) -> int:
    return sum(len(sentences(ctx.documents[k].paragraphs[i])) for i in group.members[k])


def _same_family(kind: str, a: str, b: str) -> bool:
    if kind == "code":
        prefix_a = _NON_DIGITS.match(a).group()
        prefix_b = _NON_DIGITS.match(b).group()
        return prefix_a.lower() == prefix_b.lower() or (len(prefix_a) == 1 and len(prefix_b) == 1) \
            or one_folder_apart(a, b)
    if kind == "markup":  # structure (a list item, a literal-block marker) or a block's code is no literal changed
        return _structure(a) == _structure(b)
    return True


def _structure(value: str) -> str:
    if value in ("-", "1.", "::"):
        return value
    return value[:5] if value.startswith(("file:", "code:")) else ""  # a block's code pairs with code


def _block_of(ctx: Context, k: int, candidate: Candidate) -> str:
    """The text of the code block of document k that holds a candidate's code, or ''."""
    inv = candidate.occurrences.get(k)
    if inv is None or not candidate.value.startswith("code:"):
        return ""
    n = ctx.paragraph_of(k, inv.start)
    return ctx.documents[k].paragraphs[n - 1].text if n else ""


# reST's own inline markup: a ``literal`` or a :role:`target`.
_REST_MARKUP = lazy(r"(?<!`)``[^`\s]|:[\w.+-]++:`")


# Interpreted text of words in lower case (`bends`), with no role.
_INTERPRETED_WORDS = lazy(r"`\p{Ll}++(?: \p{Ll}++)*+`")


def _styled_words(ctx: Context, candidate: Candidate) -> bool:
    """Whether a candidate is interpreted text of plain words in catalogues that write
    reST: docutils' default role, a title reference shown in italics, which a translation
    may set otherwise ('ombuigt' for `bends`): styling, as emphasis is, not a value."""
    return candidate.kind == "markup" and _INTERPRETED_WORDS.fullmatch(candidate.value) is not None and all(
        ctx.documents[k].format == "po" and _REST_MARKUP.search(ctx.documents[k].text) for k in candidate.have)


def _writes_rest(ctx: Context, k: int, candidate: Candidate) -> bool:
    """Whether a candidate of document k is in a catalogue entry that writes reST (a
    ``literal`` or a role), where single backticks mark interpreted text, not code."""
    inv = candidate.occurrences.get(k)
    if inv is None:
        return False
    n = ctx.paragraph_of(k, inv.start)
    if not n:
        return False
    paragraph = ctx.documents[k].paragraphs[n - 1]
    return paragraph.kind == "entry" and _REST_MARKUP.search(paragraph.text) is not None


def pair_changes(candidates: list[Candidate], blame: Blame) -> tuple[list[tuple[Candidate, Candidate]], list[Candidate]]:
    """Pair a value only some versions have with a value only the others have.

    Returns (changes as (right side, drifted side), candidates left unpaired).
    """
    pairs: list[tuple[Candidate, Candidate]] = []
    used: set[int] = set()
    bound: dict[int, list[Candidate]] = defaultdict(list)
    for c in candidates:
        if c.pair is not None:
            bound[c.pair].append(c)
    for two in bound.values():
        if len(two) == 2:
            pairs.append(blame.orient(*two))
            used.update(id(c) for c in two)
    by_slot: dict[tuple[int, str], list[Candidate]] = defaultdict(list)
    for c in candidates:
        if c.kind in PAIRED_KINDS and id(c) not in used and c.pair is None:
            by_slot[(c.group, c.kind)].append(c)
    for slot in by_slot.values():
        slot.sort(key=lambda c: min((inv.start for inv in c.occurrences.values()), default=0))
        # A literal one mark or a prefix away from another (`"""` / `""`,
        # `payload-process-num` / `process-num`), or a name with some of its words kept
        # (`OpenFunction Gateway` / `OpenFunction 网关` where `Kubernetes 网关` comes first),
        # is that one changed, wherever it stands in the unit; the others pair in their order.
        for close in (True, False):
            for x in slot:
                if id(x) in used:
                    continue
                for y in slot:
                    if id(y) in used or x is y:
                        continue
                    if x.have == y.lack and x.lack == y.have and _same_family(x.kind, x.value, y.value) \
                            and (not close or _one_edit_or_affix(x, y) or _name_kept_in_part(x, y)):
                        pairs.append(blame.orient(x, y))
                        used.update((id(x), id(y)))
                        break
    return pairs, [c for c in candidates if id(c) not in used]


def _one_edit_or_affix(x: Candidate, y: Candidate) -> bool:
    """Whether two literals differ by one character, or one is the other with words
    added before or after (``process-num`` in ``payload-process-num``); or two handles
    (annotations) that differ in case only (``@GlobalLock`` / ``@globallock``)."""
    if x.kind == "url" and _HANDLE_NAME.fullmatch(x.value) and x.value.casefold() == y.value.casefold():
        return True
    if x.kind != "markup" or not (x.value.startswith("`") and y.value.startswith("`")):
        return False
    a, b = sorted((x.value.strip("`"), y.value.strip("`")), key=len)
    if not a:
        return False
    if len(b) - len(a) <= 1 and edit_distance(a, b) <= 1:
        return True
    return len(a) >= 4 and (b.endswith("-" + a) or b.startswith(a + "-") or b.endswith("_" + a) or b.startswith(a + "_"))


def _name_kept_in_part(x: Candidate, y: Candidate) -> bool:
    """Whether one of two inline code spans is a name of capitalised words and the other
    that name with some words kept and the rest translated (`literals.name_partly_translated`)."""
    if x.kind != "markup" or not (x.value.startswith("`") and y.value.startswith("`")) \
            or x.value.startswith("``") or y.value.startswith("``"):
        return False
    a, b = x.value.strip("`"), y.value.strip("`")
    return name_partly_translated(a, b) or name_partly_translated(b, a)


def _numbered_instead(ctx: Context, group: Group, candidate: Candidate) -> bool:
    """Whether every version lacking a candidate's bullets (``-``) numbers as many more
    items (``1.``) than the versions that have them: the list is kept, its markers are
    the translation's."""
    def count(k: int, value: str) -> int:
        return sum(inv.kind == "markup" and inv.value == value for inv in ctx.per_doc(group, k))

    return all(count(k, "1.") - count(h, "1.") >= count(h, "-") - count(k, "-") > 0
               for k in candidate.lack for h in candidate.have)


# Fewer characters than this are no passage kept: a name, a command, a short label.
_KEPT_PASSAGE = 40


def _source_kept(ctx: Context, group: Group, candidate: Candidate) -> bool:
    """Whether every version that holds a value more often than the others writes their
    whole text of the group word for word, as well as its own (an English paragraph left
    above its Chinese rendering, which links the page again): each value the kept copy
    holds is counted twice, not added."""
    kept = []
    for k in candidate.lack:
        passage = " ".join(ctx.text(k, group).split())
        if len(passage) < _KEPT_PASSAGE or not any(inv.value == candidate.value for inv in ctx.per_doc(group, k)):
            return False
        kept.append(passage)
    return all(passage in " ".join(ctx.text(h, group).split()) for h in candidate.have for passage in kept)


_ITEM_VALUES = frozenset({"-", "1."})


def _steps_split(ctx: Context, group: Group, candidate: Candidate) -> bool:
    """Whether the versions that number more steps than the others (``1.`` / ``2.``
    where the source has one ``1.``) hold nothing in their steps that the others' lack,
    and every one of their steps holds a value (a code span, a link, a number): one
    step cut in two, not a step the source dropped, whose values would be gone with it
    (a step of words alone says nothing, and is reported)."""
    def values(invariants: list[Invariant]) -> set[tuple[str, str]]:
        return {(inv.kind, inv.value) for inv in invariants if not (inv.kind == "markup" and inv.value in _ITEM_VALUES)}

    lacking = [values(ctx.per_doc(group, k)) for k in candidate.lack]
    for k in candidate.have:
        held = sorted(ctx.per_doc(group, k), key=lambda inv: inv.start)
        marks = [n for n, inv in enumerate(held) if inv.kind == "markup" and inv.value == "1."]
        steps = [values(held[n + 1:end]) for n, end in zip(marks, marks[1:] + [len(held)])]
        if not steps or not all(steps) or not all(set().union(*steps) <= other for other in lacking):
            return False
    return True


def quote_text(value: str) -> str:
    return f"“{value}”"


def findings_for(ctx: Context, groups: list[Group], docs_of_group: list[list[int]], candidates: list[Candidate],
                 blame: Blame) -> list[Finding]:
    """Turn the surviving candidates into findings, one per drifted value."""
    findings: list[Finding] = []
    def count(g: int, k: int, c: Candidate) -> int:
        return sum(inv.kind == c.kind and inv.value == c.value for inv in ctx.per_doc(groups[g], k))

    candidates = [c for c in reconcile_neighbours(candidates, count)
                  if not _name_moved_on(ctx, groups, c) and not _named_just_before(ctx, groups, c)]
    changes, singles = pair_changes(candidates, blame)
    for (reference, drifted), rule in zip(changes, _change_rules(ctx, groups, changes)):
        group = groups[reference.group]
        locations = []
        for k in docs_of_group[reference.group]:
            if k in reference.have:
                locations.append(ctx.location(k, group, reference.occurrences.get(k), "present"))
            else:
                locations.append(ctx.location(k, group, drifted.occurrences.get(k), "different"))
        shown_ref = reference.occurrences[min(reference.occurrences)].text if reference.occurrences else reference.value
        shown_new = drifted.occurrences[min(drifted.occurrences)].text if drifted.occurrences else drifted.value
        message = (
            f"{quote_text(shown_ref)} in {', '.join(ctx.where(k, group) for k in sorted(reference.have))} "
            f"is {quote_text(shown_new)} in {', '.join(ctx.where(k, group) for k in sorted(drifted.have))}"
        )
        findings.append(Finding(rule.check, rule.code, rule.severity, message, reference.value, tuple(locations)))
    for c in singles:
        have_status, lack_status = blame.sides(c.have, c.lack)
        if have_status == "extra" and len(docs_of_group[c.group]) == 2 and (explicitation(
                c, ctx.documents[min(c.lack)].text, ctx.documents[min(c.have)].text) or resolved_reference(
                c, ctx.documents[min(c.have)].text, ctx.text(min(c.have), groups[c.group]),
                ctx.text(min(c.lack), groups[c.group]))):
            continue
        if have_status == "extra" and c.kind == "url" and all(
                urls.for_readers_of(c.occurrences[k].text, ctx.documents[k].lang) for k in c.occurrences):
            continue  # a page in the translation's language (kubernetes.io/zh-cn/…) added for its readers
        if lack_status == "missing" and c.kind == "markup" and c.occurrences and all(
                _stray_tick(ctx.documents[k].text, inv) for k, inv in c.occurrences.items()):
            continue  # `'`encryptOptions`: a typo's stray backtick, not a literal the translation lost
        if lack_status == "missing" and c.kind == "markup" and c.value in ctx.subjects \
                and all(ctx.first_prose[k] not in groups[c.group].members[k] for k in c.lack):
            continue  # the page's subject, which the translation calls "this plugin" further down
        if lack_status == "missing" and c.kind == "name" and c.value in ctx.title_names \
                and all(0 not in groups[c.group].members[k] for k in c.lack):
            continue  # the product the page's title names, left unsaid in a paragraph further down
        if have_status == "extra" and c.kind == "markup" and c.value == "1." and not any(
                inv.kind == "markup" and inv.value == "1." for k in c.lack for inv in ctx.per_doc(groups[c.group], k)):
            continue  # steps the translation numbers where the source writes them as prose
        if lack_status == "missing" and c.kind == "markup" and all(
                words_in_code_marks(c.value, ctx.text(k, groups[c.group])) for k in c.lack):
            continue  # `臭代码` in code marks, "smelly code" in the translation's words
        if have_status == "extra" and c.kind == "code" and file_name(c.value):
            continue  # a file's name only the translation writes bare, in prose ("依据 project.yaml 和
            # stack.yaml 文件"): as often the translator's naming of what the sentence is about
            # as a stale clause; a file the source names and the translation drops is reported
        if have_status == "extra" and c.kind == "markup" and c.value in _BULLETS and _prose_as_list(ctx, groups[c.group], c):
            continue  # a sentence of the source the translation sets out as a bulleted list
        if have_status == "extra" and _source_kept(ctx, groups[c.group], c):
            continue  # the source's own words kept above their translation: its values twice
        if have_status == "extra" and c.kind == "markup" and c.value == "1." and _steps_split(ctx, groups[c.group], c):
            continue  # a step of the source that the translation writes as two: the same facts
        if have_status == "extra" and c.kind == "markup" and c.value in _BULLETS and any(
                inv.kind == "markup" and inv.value == c.value for k in c.lack for inv in ctx.per_doc(groups[c.group], k)):
            continue  # more items in a list both versions bullet: an item's values are reported, its bullet says nothing
        if lack_status == "missing" and c.kind == "markup" and c.value == "-" and _numbered_instead(
                ctx, groups[c.group], c):
            continue  # the source's bulleted list numbered by the translation: the same items
        if _styled_words(ctx, c):
            continue  # `bends` written 'ombuigt': the default role's italics set otherwise
        group = groups[c.group]
        rule = rule_of(c, "missing")
        if c.kind == "url" and any(_recased_handle(c.value, ctx.text(k, group)) for k in c.lack):
            rule = RULES["XL301"]  # ``@globaltransactional`` for GlobalTransactional: an annotation respelt
        locations = []
        for k in docs_of_group[c.group]:
            if k in c.have:
                locations.append(ctx.location(k, group, c.occurrences.get(k), have_status))
            else:
                near = c.near.get(k)
                if near is None and len(group.members[k]) > 1:
                    near = _same_kind(ctx, group, c, k)
                elif near is None:
                    near = _same_item(ctx, group, c, k)
                locations.append(ctx.location_near(k, group, near, lack_status))
        shown = c.value if c.kind == "quote" or not c.occurrences else c.occurrences[min(c.occurrences)].text
        have_where = ", ".join(ctx.where(k, group) for k in sorted(c.have))
        lack_where = ", ".join(ctx.where(k, group) for k in sorted(c.lack))
        noun = "quotation " if c.kind == "quote" else ""
        if have_status == "extra":
            verb = "does" if len(c.lack) == 1 else "do"
            message = f"{noun}{quote_text(shown)} is only in {have_where}; {lack_where} {verb} not have it"
        else:
            message = f"{noun}{quote_text(shown)} is in {have_where} but missing in {lack_where}"
            if c.kind == "url":
                message += "".join(f"; {ctx.where(k, group)} writes “{broken}”, a link broken by a space"
                                   for k in sorted(c.lack) if (broken := urls.broken_by_space(shown, ctx.text(k, group))))
        if have_status == "extra" and (emphasis := _emphasis_broken(ctx, group, c)):
            o, inv = emphasis
            locations = [ctx.location(o, group, inv, lack_status) if loc.path == ctx.documents[o].path
                         and loc.lang == ctx.documents[o].lang else loc for loc in locations]
            message = (f"the emphasis {quote_text(inv.text)} of {lack_where} is written {quote_text(shown)} in "
                       f"{have_where}: its marks no longer make emphasis and show as they are")
        findings.append(Finding(rule.check, rule.code, rule.severity, message, c.value, tuple(locations)))
    return findings


def _emphasis_broken(ctx: Context, group: Group, c: Candidate) -> tuple[int, Invariant] | None:
    """The emphasis of the version without broken emphasis that the translation broke
    (``*custom*`` written ``* personnalisé*``), with where it stands, when one paragraph of
    each tells which (`emphasis_broken_in`)."""
    if c.value != BROKEN_EMPHASIS or len(c.lack) != 1 or len(c.occurrences) != 1:
        return None
    ((k, broken),), (o,) = c.occurrences.items(), c.lack
    if len(group.members[k]) != 1 or len(group.members[o]) != 1:
        return None
    mine, theirs = (ctx.documents[d].paragraphs[group.members[d][0]] for d in (k, o))
    span = emphasis_broken_in(theirs.text, mine.text, broken.start - mine.start, broken.end - mine.start)
    if span is None:
        return None
    text = theirs.text[span[0]:span[1]]
    return o, Invariant("markup", text, text, theirs.start + span[0], theirs.start + span[1])


# A named format field (`{number:0>5}`, `%(count)d`): the call that fills it names it, and
# keeps its name however the translation words the page.
_NAMED_FIELD = lazy(r"\{[A-Za-z_]\w*+[^{}\s]*+\}|%\(\w++\)[-+#0-9.]*+[a-zA-Z]")


def _change_rules(ctx: Context, groups: list[Group], changes: list[tuple[Candidate, Candidate]]) -> list[Rule]:
    """The rule of each change. A name the translation spells its own way all over the
    page is an example's name localised (XL704), and so is a name renamed throughout the
    page in a code block where the translator localised other names of the example
    (``data`` / ``dado`` beside ``methods`` / ``metodos`` and ``makeObject`` /
    ``fazObjeto``): a translator who translates an example's names translates them all.
    Not a named format field (``{number:0>5}`` / ``{numero:0>5}``): the call that fills it
    still passes ``number``; nor a word of a type's parameters (``Vec<number>`` /
    ``Vec<numero>``): the type is another one, however the page's prose words it."""
    judged = []
    for reference, drifted in changes:
        source, target = min(reference.have), min(drifted.have)
        where = drifted.occurrences.get(target)
        translation = Translation(ctx.documents[target].lang, ctx.own_words(target, source),
                                  _block_of(ctx, target, drifted),
                                  table_cell(ctx.documents[target].text, where.start) if where is not None else 0,
                                  prose_words(ctx.documents[source].text),
                                  _writes_rest(ctx, source, reference), ctx.text(target, groups[reference.group]),
                                  written_code(ctx.documents[target].text))
        judged.append((rule_of(reference, "changed", drifted, ctx.words(source), translation), translation))
    renaming = {(min(drifted.have), translation.block) for (_, drifted), (rule, translation) in zip(changes, judged)
                if rule.code == "XL704" and translation.block}
    # (a translation that gives two of the page's code spans of plain words in its own words, one
    # of them a control the source clicks or names, translates the page's labels: "Click
    # `Settings`" / "单击 `设置`" beside `Add New` / `添加`, "click the `edit button`" / `编辑` beside
    # `required` / `必填项`. One alone so translated among code kept, "choose `reply all`" /
    # `回复所有`, or terms no control names, `method` / `方法` and `bad code` / `臭代码`, a value of
    # an API, `Complete` / `완료`, are literals changed; a format's placeholders are the format's.)
    spans: dict[int, set[str]] = defaultdict(set)
    clicked: set[int] = set()
    for (reference, drifted), (_, translation) in zip(changes, judged):
        source, target = min(reference.have), min(drifted.have)
        text = ctx.documents[source].text
        if not _label_translated(reference, drifted, translation) \
                or reference.value.strip("`") in format_placeholders(text):
            continue
        spans[target].add(reference.value)
        where = reference.occurrences.get(source)
        if where is not None and interface_label(text, where.start, where.end):
            clicked.add(target)
    labelling = {target for target, values in spans.items() if len(values) >= 2 and target in clicked}
    rules = []
    for (reference, drifted), (rule, translation) in zip(changes, judged):
        source, target = min(reference.have), min(drifted.have)
        if rule.code in ("XL702", "XL703") and len(reference.have) == 1 and len(drifted.have) == 1 and \
                not _NAMED_FIELD.fullmatch(reference.value) \
                and not type_words_changed(reference.value.strip("`"), drifted.value.strip("`")) \
                and renamed_throughout(reference, drifted, ctx.documents[source].text, ctx.documents[target].text,
                                   translation, (target, translation.block) in renaming):
            rule = RULES["XL704"]  # an example's name spelt the translation's way all over the page
        if rule.code == "XL702" and target in labelling \
                and _label_translated(reference, drifted, translation):
            rule = RULES["XL704"]  # `edit button` written `编辑` among the page's labels translated
        if rule.code == "XL602" and _HANDLE_NAME.fullmatch(reference.value) \
                and reference.value.casefold() == drifted.value.casefold():
            rule = RULES["XL302"]  # ``@GlobalTransaction`` written ``@globaltransaction``: an annotation
        if rule.code == "XL702" and target in spans and _name_kept_in_part(reference, drifted):
            # `Yarn Queue` written `Yarn 队列` on a page that gives `Add New` as `添加`: the
            # translation names the interface's labels in its own words, part of a name too
            rule = RULES["XL704"]
        if rule.code == "XL702" and _words_translated(reference, drifted):
            rule = RULES["XL704"]  # `zrender 事件` written `zrender events`: the source's words in code marks
        if rule.code == "XL704" and reference.value.startswith("`") and not reference.value.startswith("``") \
                and reference.value.strip("`") in format_placeholders(ctx.documents[source].text):
            rule = RULES["XL702"]  # `Issue Type` written `Issue 类型`: a format's placeholder, verbatim
        rules.append(rule)
    return rules


# A handle's or an annotation's name after its ``@``.
_HANDLE_NAME = lazy(r"@\w++")


def _recased_handle(value: str, other_text: str) -> bool:
    """Whether a handle (``@globaltransactional``) is a name the other version writes in
    another case (``GlobalTransactional``, ``@GlobalTransactional``), and nowhere in its
    case. A network's handles ignore case: a handle spelt in another case is the same
    account, and a name whose case changed is an identifier (a Java annotation), whose
    case counts: code, not an address."""
    if not _HANDLE_NAME.fullmatch(value):
        return False
    name = value[1:]
    found = regex.findall(rf"(?<![A-Za-z0-9_]){regex.escape(name)}(?![A-Za-z0-9_])", other_text, regex.IGNORECASE)
    return bool(found) and name not in found


def _label_translated(reference: Candidate, drifted: Candidate, translation: Translation) -> bool:
    """Whether a change is inline code of plain words written in the translation's own
    script (`literals.label_in_own_script`)."""
    if not reference.value.startswith("`") or reference.value.startswith("``") or not drifted.value.startswith("`"):
        return False
    return label_in_own_script(reference.value.strip("`"), drifted.value.strip("`"), translation.lang)


def _words_translated(reference: Candidate, drifted: Candidate) -> bool:
    """Whether a change is inline code holding words of a script other than Latin that
    the translation writes in its own words, the code around them kept
    (`literals.words_translated`)."""
    if not reference.value.startswith("`") or reference.value.startswith("``") or not drifted.value.startswith("`"):
        return False
    return words_translated(reference.value.strip("`"), drifted.value.strip("`"))


_BULLETS = frozenset("-*+")
# The mark that opens an item of a Markdown list, at any depth.
MARKED_ITEM = lazy(r"^[ \t]*+(?:[-*+]|\d{1,3}[.)])[ \t]", regex.M)


def _same_item(ctx: Context, group: Group, c: Candidate, k: int) -> int | None:
    """Where version k's list would hold a value it lacks that another version's list
    holds: the item of k's list of the same rank (counting the items of every depth) as
    the item that holds the value, or the list's last line past its last item; None
    unless both versions' part of the group is one list, a paragraph of several lines.

    Reported at the list's first line, an item lost in the middle of a long list would
    send the reader to look at the wrong place."""
    holder = next(iter(c.occurrences.items()), None)
    if holder is None or len(group.members[holder[0]]) != 1:
        return None
    h, inv = holder
    have, lack = (ctx.documents[d].paragraphs[group.members[d][0]] for d in (h, k))
    if have.kind != "list" or lack.kind != "list" or "\n" not in lack.text:
        return None
    rank = sum(1 for m in MARKED_ITEM.finditer(have.text) if m.start() <= inv.start - have.start) - 1
    items = [m.start() for m in MARKED_ITEM.finditer(lack.text)]
    if rank < 0 or not items:
        return None
    return lack.start + (items[rank] if rank < len(items) else lack.text.rindex("\n") + 1)


def _same_kind(ctx: Context, group: Group, c: Candidate, k: int) -> int | None:
    """Where version k, whose part of the group is several paragraphs, would hold a value it
    lacks: its one paragraph of the kind that holds the value where another version has it
    (the list of a lead-in and its items, an item dropped from it); None when it has no
    such paragraph, or more than one."""
    holder = next(iter(c.occurrences.items()), None)
    if holder is None:
        return None
    h, inv = holder
    kinds = [p.kind for p in (ctx.documents[h].paragraphs[i] for i in group.members[h]) if p.start <= inv.start < p.end]
    if not kinds:
        return None
    kind = kinds[0]
    same = [i for i in group.members[k] if ctx.documents[k].paragraphs[i].kind == kind]
    return ctx.documents[k].paragraphs[same[0]].start if len(same) == 1 else None


def has_content(ctx: Context, group: Group, present: list[int]) -> bool:
    """Whether an unpaired paragraph says anything: a facts-free line of markup
    (``</Steps>``, a lone ``---``) that one version splits off is no drift."""
    for k in present:
        doc = ctx.documents[k]
        for i in group.members[k]:
            paragraph = doc.paragraphs[i]
            if TAG_ONLY.match(paragraph.text):
                if _tag_dropped(ctx, k, paragraph.text, present):
                    return True  # a component (``<Steps>``) the other version never opens
                continue
            if i and _repeats_heading(doc.paragraphs[i - 1], paragraph):
                continue
            if _introduces_code(doc.paragraphs, i) and not any(inv.kind != "name" for inv in ctx.invariants[k][i]):
                continue
            if _unused_definitions(doc.text, paragraph.text):
                continue
            if _section_marker_moved(ctx, paragraph.text, present):
                continue
            if 0 < i + 1 < len(doc.paragraphs) and _groups_sections(paragraph, doc.paragraphs[i + 1]) \
                    and any(p.kind == "heading" for p in doc.paragraphs[:i]) and all(
                    inv.kind == "name" or (inv.kind == "markup" and _HEADING_LEVEL.fullmatch(inv.value))
                    for inv in ctx.invariants[k][i]):
                continue  # ``# The basic idea`` over ``## Prerequisite``: a heading of no section's own text
                # (below the page's title: a title only one version has is drift)
            prose = _indented_prose(paragraph)  # (its code block is no value: its words are)
            if paragraph.kind in ("code", "heading") and not prose or any(
                    inv.kind != "name" and inv.value not in ctx.subjects and inv.flag != "word"
                    and not (prose and inv.value.startswith("code:")) for inv in ctx.invariants[k][i]):
                return True  # a heading is structure: a dropped one is a dropped section
            # (the page's subject, `file-logger`, is no value: "`file-logger` 插件特点如下：" says
            # no more than the words around it; nor is a number word, "दूसरे देशों", other
            # countries, which only excuses a figure elsewhere)
            words = len(_PROSE_WORD.findall(paragraph.text))
            if words >= 3 or (words == 2 and doc.format == "text" and is_title(paragraph.text)
                              and not _UNSPACED.search(paragraph.text)):
                # Plain text marks a title only by a line of its own ("Quelle & Bilder"); two
                # words are a title's worth where words are spaced (a Chinese run is one "word").
                return True
    return False


_LINK_DEFINITION = lazy(r"[ \t]{0,3}\[([^\]\n]++)\]:[ \t]*+\S[^\n]*+")


def _unused_definitions(document: str, text: str) -> bool:
    """Whether a paragraph only defines links (``[two-factor authentication]: https://…``)
    that nothing on its page refers to: Markdown shows nothing of it, so a version without
    it lacks nothing.

    >>> page = "Enable two-factor authentication." + chr(10) * 2
    >>> definition = "[two-factor authentication]: https://help.github.com/articles/about-2fa"
    >>> _unused_definitions(page + definition, definition)
    True
    >>> _unused_definitions("Enable [two-factor authentication]." + chr(10) * 2 + definition, definition)
    False
    """
    lines = [line for line in text.split("\n") if line.strip()]
    labels = [_LINK_DEFINITION.fullmatch(line) for line in lines]
    if not lines or not all(labels):
        return False
    folded = document.casefold()
    return all(folded.count("[" + label.group(1).casefold() + "]") == 1 for label in labels)


_SECTION_SHORTCODE = lazy(r"^\s*+\{\{%\s*+[\w-]++\s++([\w-]++)\s*+%\}\}\s*+$")


def _section_marker_moved(ctx: Context, text: str, present: list[int]) -> bool:
    """Whether a line that only opens a named template section (``{{% capture overview %}}``)
    stands where every version without it marks the same section in a comment
    (``<!-- overview -->``): the page's layout in an older syntax, not text it lacks.

    >>> bool(_SECTION_SHORTCODE.match("{{% capture overview %}}"))
    True
    >>> bool(_SECTION_SHORTCODE.match('{{< feature-state state="alpha" >}}'))
    False
    """
    match = _SECTION_SHORTCODE.match(text)
    if match is None:
        return False
    comment = regex.compile(rf"<!--\s*+{regex.escape(match.group(1))}\s*+-->")
    lacking = [o for o in range(len(ctx.documents)) if o not in present]
    return bool(lacking) and all(comment.search(ctx.documents[o].text) for o in lacking)


_HEADING_MARKS = lazy(r"^\s*+#{1,6}\s*+|\s*+#*\s*+$")
_END_PUNCTUATION = lazy(r"[\s.:;!?。：；！？]+$")


def _prose_as_list(ctx: Context, group: Group, c: Candidate) -> bool:
    """Whether a bullet only the translation has marks items it made of the source's
    prose: the source's side of the pair is paragraphs of running text, no item of a list
    among them, and the translation's holds two items or more (a sentence of clauses,
    "通过数据采集实现…，经数据集成构建…", set out as "- Through data collection, …" and
    "- Via data integration, …")."""
    if any(ctx.documents[k].paragraphs[i].kind != "text" for k in c.lack for i in group.members[k]):
        return False
    if any(inv.kind == "markup" and (inv.value in _BULLETS or inv.value == "1.")
           for k in c.lack for inv in ctx.per_doc(group, k)):
        return False
    return all(sum(inv.kind == "markup" and inv.value == c.value for inv in ctx.per_doc(group, k)) >= 2
               for k in c.have)


def _indented_prose(paragraph: Segment) -> bool:
    """Whether a code block indented, not fenced, is one line of prose in a script other
    than Latin (``    注：建议事前做好隔离保证无脏数据``, a note under a list indented short of the
    item's text): Markdown shows it as code, but it says what a paragraph says.

    >>> _indented_prose(Segment(1, 0, 0, 1, 1, "    注：建议事前做好隔离保证无脏数据", "code"))
    True
    >>> _indented_prose(Segment(1, 0, 0, 1, 1, "    x = 注(1)", "code"))
    False
    """
    return paragraph.kind == "code" and _INDENTED_PROSE.fullmatch(paragraph.text) is not None


_INDENTED_PROSE = lazy(r"(?: {4}|\t)[ \t]*+[^\P{L}\p{Latin}][^\n(){}\[\]=;<>$/\\`#]*+")


def _groups_sections(heading: Segment, after: Segment) -> bool:
    """Whether a Markdown heading stands right above a heading of a deeper level: it heads
    sections, with no text of its own, and a version without it lacks no fact.

    >>> head = lambda text: Segment(1, 0, 0, 1, 1, text, "heading")
    >>> _groups_sections(head("# The basic idea"), head("## Prerequisite"))
    True
    >>> _groups_sections(head("## Install"), head("## Usage")), _groups_sections(head("# Usage"), Segment(2, 0, 0, 3, 3, "Run it."))
    (False, False)
    """
    if heading.kind != "heading" or after.kind != "heading":
        return False
    level, deeper = _ATX.match(heading.text), _ATX.match(after.text)
    return level is not None and deeper is not None and len(deeper.group(1)) > len(level.group(1))


_ATX = lazy(r"[ \t]{0,3}(#{1,6})[ \t]")
_HEADING_LEVEL = lazy(r"h[1-6]")


def _repeats_heading(before: Segment, paragraph: Segment) -> bool:
    """Whether a paragraph only repeats the heading right above it ("#### 4.2 添加
    hugegraph-client 依赖", then "添加 hugegraph-client 依赖"): a version without it
    says all the same.

    >>> heading = Segment(1, 0, 0, 1, 1, "#### 4.2 Add hugegraph-client dependency", "heading")
    >>> _repeats_heading(heading, Segment(2, 0, 0, 3, 3, "Add hugegraph-client dependency:"))
    True
    >>> _repeats_heading(heading, Segment(2, 0, 0, 3, 3, "Add it to the pom file."))
    False
    """
    if before.kind != "heading" or "\n" in paragraph.text.strip():
        return False
    said = _END_PUNCTUATION.sub("", paragraph.text.strip()).casefold()
    return bool(said) and said in _HEADING_MARKS.sub("", before.text).casefold()


# Inline code of quotation marks only, glued to the word after it.
_QUOTE_SPAN = lazy(r"`['\"‘’“”]++`(?=\w)")


def _stray_tick(text: str, inv: Invariant) -> bool:
    """Whether inline code holds nothing but a quotation mark and is glued to the word
    after it ("in `options` and `'`encryptOptions`, …"): a backtick typed for a quote,
    the span the typo made, which a translation that fixes the typo does not keep.

    >>> text = "in `options` and `'`encryptOptions`, which"
    >>> _stray_tick(text, Invariant("markup", "`'`", "`'`", text.index("`'`"), text.index("`'`") + 3))
    True
    >>> text = "Quote a string with `'` in SQL."
    >>> _stray_tick(text, Invariant("markup", "`'`", "`'`", text.index("`'`"), text.index("`'`") + 3))
    False
    """
    return _QUOTE_SPAN.match(text, inv.start) is not None


# A short sentence of its own that only says "run this" ("Check its status by running:",
# "Run the following command:"): its last word before the colon names running a command.
_COMMAND_LEAD_IN = lazy(r"[^\n]{0,120}\b(?:run|running|execute|executing|commands?)[ \t]*+[:：]\s*+",
                        regex.IGNORECASE)


def _introduces_code(paragraphs: Sequence[Segment], i: int) -> bool:
    """Whether paragraph `i` only announces the code block right after it as a command to
    run ("You can check their status by running:"): a version that shows the block
    without the sentence leaves out no fact. (One that says what the command does, "Create
    the propagation policy for the application:", is an instruction of its own.)

    >>> code = Segment(2, 0, 0, 3, 5, "```" + chr(10) + "kubectl get datasets" + chr(10) + "```", "code")
    >>> _introduces_code([Segment(1, 0, 0, 1, 1, "Check its status by running:"), code], 0)
    True
    >>> _introduces_code([Segment(1, 0, 0, 1, 1, "Create the propagation policy for the application:"), code], 0)
    False
    """
    paragraph = paragraphs[i]
    return paragraph.kind == "text" and i + 1 < len(paragraphs) and paragraphs[i + 1].kind == "code" \
        and _COMMAND_LEAD_IN.fullmatch(paragraph.text) is not None


_COMPONENT_TAG = lazy(r"<(/?+)([A-Z][\w.:-]*+)")
_ANCHOR_TAG = lazy(r"<a\s++(?:[^<>]*?\s)?(?:id|name)\s*+=\s*+[\"']([^\"'<>]++)[\"']", regex.IGNORECASE)


def _tag_dropped(ctx: Context, k: int, text: str, present: list[int]) -> bool:
    """Whether a line of bare component tags (``<Steps>``, ``</Steps>``) opens or closes a
    component that a version without the line writes fewer times in the whole document:
    a wrapper the translation lacks, not a line it split off elsewhere; or holds an anchor
    that version nowhere has."""
    for anchor in _ANCHOR_TAG.findall(text):
        # An anchor kept for links to a heading's old name (``<a id="…"></a>`` above a
        # renamed heading): a version that nowhere names it breaks those links.
        if any(anchor not in ctx.documents[o].text for o in range(len(ctx.documents)) if o not in present):
            return True
    for slash, name in _COMPONENT_TAG.findall(text):
        tag = regex.compile(rf"<{slash}{regex.escape(name)}(?![\w.:-])")
        own = len(tag.findall(ctx.documents[k].text))
        if any(len(tag.findall(ctx.documents[o].text)) < own
               for o in range(len(ctx.documents)) if o not in present):
            return True
    return False


_OPENING = lazy(r"\s*(?:/{3,}|:{3,})\s*\S")
_CLOSING = lazy(r"\s*(?:/{3,}|:{3,}|</[\w.-]+>)\s*$")


def _opened(ctx: Context, run: list[Group]) -> int:
    """How many blocks a run of groups opens (`/// warning`, `::: tip`), as the versions that
    have it write them (a closing fence among them is the one the alignment left over from the
    block before, whose partner it paired with the fence after the gap)."""
    opened = 0
    for group in run:
        k = next((k for k, members in enumerate(group.members) if members), None)
        if k is None:
            continue
        for i in group.members[k]:
            text = ctx.documents[k].paragraphs[i].text
            opened += bool(_OPENING.match(text))
    return opened


def gap_line(ctx: Context, groups: list[Group], g: int, j: int) -> int | None:
    """Where version `j`, which lacks group `g`, would hold it: the first line of its
    paragraph after the gap, or the line after its paragraph before the gap when nothing
    follows (or the alignment crosses there); None when `j` has no aligned paragraph."""
    first = next((h for h in range(g - 1, -1, -1) if groups[h].members[j]), -1)
    last = next((h for h in range(g + 1, len(groups)) if groups[h].members[j]), len(groups))
    before = groups[first].members[j][-1] if first >= 0 else None
    after = groups[last].members[j][0] if last < len(groups) else None
    paragraphs = ctx.documents[j].paragraphs
    if after is not None and (before is None or after > before):
        # A block the gap opens (`/// warning` … `///`) leaves its closing fence to the
        # alignment, which pairs it with the fence of the block before: the gap follows it.
        opened = _opened(ctx, groups[first + 1:last])
        while opened > 0 and after + 1 < len(paragraphs) and _CLOSING.match(paragraphs[after].text):
            after += 1
            opened -= 1
        return paragraphs[after].line
    if before is not None:
        return paragraphs[before].end_line + 1
    return None


def paragraph_missing(ctx: Context, group: Group, present: list[int], blame: Blame,
                      gap: Callable[[int], int | None] | None = None) -> Finding:
    """XL002: paragraphs some versions have and the others lack, with the facts they hold.

    A lacking version has no paragraph to point at; `gap` gives the line where it would
    hold them (between two of its paragraphs), so that the finding has a line to fix."""
    rule = rule_for("alignment", "paragraph-missing")
    count = len(ctx.documents)
    have = frozenset(present)
    lack = frozenset(range(count)) - have
    have_status, lack_status = blame.sides(have, lack)
    k = present[0]
    doc = ctx.documents[k]
    paragraphs = [doc.paragraphs[i] for i in group.members[k]]
    words = " ".join(paragraphs[0].text.split()[:8])
    facts = held_facts(inv for i in group.members[k] for inv in ctx.invariants[k][i])
    locations = []
    for j in range(count):
        other = ctx.documents[j]
        if j in have:
            first = other.paragraphs[group.members[j][0]]
            locations.append(Location(other.path, other.lang, first.n, first.line, 1,
                                      " ".join(first.text.split()[:8]), None, have_status))
        else:
            location = ctx.location(j, group, None, lack_status)
            line = gap(j) if gap is not None and location.paragraph is None else None
            locations.append(location if line is None else replace(location, line=line))
    held = f" (holds {', '.join(facts)})" if facts else ""
    where = ", ".join(ctx.documents[j].lang for j in sorted(lack))
    if have_status == "extra":
        message = f"{ctx.where(k, group)} “{words}…”{held} is not in {where}: left over from an earlier version?"
    else:
        message = f"{ctx.where(k, group)} “{words}…”{held} has no counterpart in {where}"
    return Finding(rule.check, rule.code, rule.severity, message, words, tuple(locations))


def held_facts(invariants) -> list[str]:
    """How the facts a dropped paragraph or item holds are named in its message (names
    that open a sentence aside), in the order of `FACT_ORDER`, at most `MAX_FACTS`."""
    held = [inv for inv in invariants
            if inv.kind != "punctuation" and inv.flag not in ("word", "prose-role")
            and not (inv.kind == "name" and "initial" in (inv.flag or ""))]
    held.sort(key=lambda inv: FACT_ORDER.index(inv.kind) if inv.kind in FACT_ORDER else len(FACT_ORDER))
    facts = list(dict.fromkeys(_fact(inv) for inv in held))
    if len(facts) > MAX_FACTS:
        facts = facts[:MAX_FACTS] + [f"… {len(facts) - MAX_FACTS} more"]
    return facts


def _fact(inv) -> str:
    """How a dropped paragraph's invariant is named in its message."""
    if inv.value.startswith("code:"):
        return "a code block"
    if inv.kind == "quote":
        return "a quotation"
    return inv.text


def not_a_translation(ctx: Context, k: int, score: float) -> Finding:
    """XL001: version k does not look like a translation of version 0."""
    rule = rule_for("alignment", "not-a-translation")
    a, b = ctx.documents[0], ctx.documents[k]
    if score < TRANSLATION_THRESHOLD:
        why = f"alignment score {score:.2f}, threshold {TRANSLATION_THRESHOLD:.2f}"
    else:  # versions in different scripts, judged by how their paragraphs pair (xlcheck/verdict.py)
        why = f"alignment score {score:.2f}, but its paragraphs do not follow the other's one to one"
    message = (f"{b.path} does not look like a translation of {a.path} ({why}); "
               "comparing facts document-wide")
    return Finding(rule.check, rule.code, rule.severity, message, f"{score:.2f}", (
        Location(a.path, a.lang, None, None, None, None, None, "present"),
        Location(b.path, b.lang, None, None, None, None, None, "different"),
    ))


# A bead of two versions that are not translations of each other scoring this well is a
# passage one translates: what it lacks is located there.
LOCAL_SCORE = 0.5


def locate_in_beads(ctx: Context, alignment: Alignment, candidates: list[Candidate]) -> list[Group]:
    """Groups for the document-wide candidates of two versions that are not translations
    (group 0, whole): a value whose occurrence lies in a well-aligned bead moves to that
    bead's group, so its finding names the paragraphs on both sides. Which values are
    reported does not change: only where."""
    groups: list[Group] = []
    bead_of: list[dict[int, int]] = [{}, {}]
    for bead in alignment.beads:
        if bead.a and bead.b and (bead.score or 0.0) >= LOCAL_SCORE:
            groups.append(Group((bead.a, bead.b)))
            for side, members in enumerate((bead.a, bead.b)):
                for index in members:
                    bead_of[side][index] = len(groups)  # group 0 is the whole documents
    starts = [[p.start for p in doc.paragraphs] for doc in ctx.documents]
    for c in candidates:
        if len(c.occurrences) != 1:
            continue
        ((k, inv),) = c.occurrences.items()
        index = bisect.bisect_right(starts[k], inv.start) - 1
        if index in bead_of[k]:
            c.group = bead_of[k][index]
    return groups
