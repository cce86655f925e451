"""Compare the invariants of aligned paragraphs and turn every drift into a `Finding`.

Two or more documents are grouped through the first one (the reference): paragraphs of
every version that align with the same reference paragraphs form one group, and each
group's invariants are compared value by value. The version that drifted is blamed:
with two versions, the one lacking a value is `missing`; with three or more, the odd
one out is (`missing`, or `extra` when only it still carries the value).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

import regex

from xlcheck.glossary import Glossary
from xlcheck.locales import locale_info
from xlcheck.model import Alignment, Document, Finding, Invariant, Location, Status
from xlcheck.rules import RULES, rule_for

HARD_KINDS = ("number", "date", "code", "url", "markup")
# Invariants that satisfy a value on the other side but are never missed themselves:
# number words ("drei") and prose roles (":term:").
SOFT_FLAGS = frozenset({"word", "prose-role"})
# Counts up to this a translation may spell out where the source left them implicit.
SMALL_COUNT = 12
# Kinds whose leftover values on two sides are paired as one change.
PAIRED_KINDS = frozenset(HARD_KINDS)
# Words, with Latin runs split from Chinese and Japanese ones ("Pythonの" holds "Python").
_WORDS = regex.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}\p{M}\p{N}]+|[^\p{Latin}\p{Greek}\p{Cyrillic}\p{M}\p{N}\W_]+")
# "OpenAIs", "NVIDIAs": a genitive s after a brand's capitals is never part of the name.
_CAMEL_OR_CAPS = regex.compile(r"\p{Ll}\p{Lu}|\p{Lu}{2}$")
_LOWER_WORDS = regex.compile(r"(?<![\p{L}\p{M}\p{N}_./-])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{M}\p{N}_(])")
_DASH_SIGN = regex.compile(r"[−–](?=\d)")
_RST_ESCAPE = regex.compile(r"\\(.)")
_CODE_SPANS = regex.compile(r"`[^`\n]*`|https?://\S+")


@dataclass(frozen=True)
class Group:
    """Aligned paragraphs: for each document, the 0-based indices of its paragraphs."""

    members: tuple[tuple[int, ...], ...]
    whole: bool = False  # the whole documents, compared as one (not translations)


@dataclass
class Candidate:
    """A value some versions of a group have and others lack, before it is reported."""

    group: int
    kind: str
    value: str
    have: frozenset[int]
    lack: frozenset[int]
    occurrences: dict[int, Invariant]


def build_groups(count: int, alignments: list[Alignment]) -> list[Group]:
    """Groups of aligned paragraphs across `count` documents, pivoting on document 0.

    `alignments[k - 1]` aligns document 0 with document k.
    """
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
    for i in sorted(parent):
        roots.setdefault(find(i), [set() for _ in range(count)])[0].add(i)
    for k, alignment in enumerate(alignments, start=1):
        last_root = -1
        for bead in alignment.beads:
            if bead.a:
                last_root = find(bead.a[0])
                roots[last_root][k].update(bead.b)
            else:
                orphans.setdefault(last_root, [set() for _ in range(count)])[k].update(bead.b)
    ordered = sorted(roots.items(), key=lambda item: min(item[1][0]))
    groups = []
    if -1 in orphans:
        groups.append(Group(tuple(tuple(sorted(m)) for m in orphans[-1])))
    for root, members in ordered:
        groups.append(Group(tuple(tuple(sorted(m)) for m in members)))
        if root in orphans:
            groups.append(Group(tuple(tuple(sorted(m)) for m in orphans[root])))
    return groups


class Comparison:
    """Compares the invariants of a set of aligned documents."""

    def __init__(
        self,
        documents: list[Document],
        invariants: list[tuple[tuple[Invariant, ...], ...]],
        glossary: Glossary,
    ) -> None:
        self.documents = documents
        self.invariants = invariants
        self.glossary = glossary
        self.vocabulary = frozenset(
            glossary.canonical(inv.value)
            for per_paragraph in invariants for paragraph in per_paragraph for inv in paragraph if inv.kind == "name"
        )
        self.comparable_names = self._comparable_names()

    # -- names ---------------------------------------------------------------

    def name_value(self, inv: Invariant) -> str:
        """The canonical name: glossary form, without a genitive or plural `s`
        when some version writes the bare stem (DeepSeeks -> DeepSeek)."""
        value = self.glossary.canonical(inv.value)
        if value.endswith("s") and (value[:-1] in self.vocabulary or _CAMEL_OR_CAPS.search(value[:-1])):
            return self.glossary.canonical(value[:-1])
        return value

    def _comparable_names(self) -> frozenset[str]:
        """Names at least two versions write the same way (or camel-case brands)."""
        attested: dict[str, set[int]] = defaultdict(set)
        camel: set[str] = set()
        for k, per_paragraph in enumerate(self.invariants):
            text = self.documents[k].text
            for term in self.glossary.find(text):
                attested[term].add(k)
            for paragraph in per_paragraph:
                for inv in paragraph:
                    if inv.kind != "name" or not inv.flag:
                        continue
                    value = self.name_value(inv)
                    if inv.flag.startswith("camel"):
                        camel.add(value)
                    if "initial" not in inv.flag:
                        attested[value].add(k)
        shared = {v for v, docs in attested.items() if len(docs) >= 2}
        common = self._common_words()
        # Month and weekday names are capitalised in some languages (Monday / lundi).
        common |= locale_info("en").calendar_words
        for doc in self.documents:
            common |= locale_info(doc.lang).calendar_words
        return frozenset(v for v in shared | camel if v.lower() not in common)

    def _common_words(self) -> set[str]:
        """Words some version writes in lower case in running text: common nouns, not names
        ("Windows and Pads" is a heading, "a window object" gives it away)."""
        words: set[str] = set()
        for doc in self.documents:
            prose = _CODE_SPANS.sub(" ", doc.text)
            for word in _LOWER_WORDS.findall(prose):
                words.add(word)
                if word.endswith("s"):
                    words.add(word[:-1])
        return words

    def _names_in(self, k: int, paragraphs: tuple[int, ...]) -> dict[str, Invariant]:
        """The comparable names of a group in document k, each with one occurrence."""
        found: dict[str, Invariant] = {}
        doc = self.documents[k]
        for index in paragraphs:
            paragraph = doc.paragraphs[index]
            for term, start, end in self.glossary.find_spans(paragraph.text):
                if term in self.comparable_names and term not in found:
                    found[term] = Invariant("name", term, paragraph.text[start:end],
                                            paragraph.start + start, paragraph.start + end)
            for inv in self.invariants[k][index]:
                if inv.kind != "name":
                    continue
                value = self.name_value(inv)
                if value not in self.comparable_names and value.endswith("s") and value[:-1] in self.comparable_names:
                    value = value[:-1]
                if value in self.comparable_names and value not in found:
                    found[value] = inv
        return found

    def _words_in(self, k: int, paragraphs: tuple[int, ...]) -> set[str]:
        """Every word form of a group in document k, lower-cased (also without a final s)."""
        words: set[str] = set()
        doc = self.documents[k]
        for index in paragraphs:
            text = doc.paragraphs[index].text
            for word in _WORDS.findall(text):
                lower = word.lower()
                words.add(lower)
                if lower.endswith("s"):
                    words.add(lower[:-1])
            for term, _, _ in self.glossary.find_spans(text):
                words.add(term.lower())
            for inv in self.invariants[k][index]:
                if inv.kind == "name":
                    words.add(self.name_value(inv).lower())
        return words

    # -- groups --------------------------------------------------------------

    def candidates(self, g: int, group: Group, docs: list[int]) -> tuple[list[Candidate], list[Finding]]:
        """The values that some of `docs` have in group `g` and others lack.

        Also returns the findings that need no comparison across the group (separator
        warnings, ambiguous dates).
        """
        out: list[Candidate] = []
        notes: list[Finding] = []
        if not group.whole and len({self._text(k, group) for k in docs}) == 1:
            return out, notes  # an untranslated copy states the same facts
        per_doc: dict[int, list[Invariant]] = {
            k: [inv for index in group.members[k] for inv in self.invariants[k][index]] for k in docs
        }
        # A year is also a number: "2000 caracteres" read as a year still matches "2,000".
        years = {k: {inv.value for inv in per_doc[k] if inv.kind in ("date", "number") and len(inv.value) == 4
                     and inv.value.isdigit()} for k in docs}
        # A version is also a number: "since 3.4" (a number) = "desde a versão 3.4" (a code).
        numerals = {k: {form for inv in per_doc[k] if inv.kind in ("number", "code")
                        and _NUMERAL.fullmatch(inv.value) for form in (inv.value, _numeral(inv.value))}
                    for k in docs} if any(inv.kind in ("number", "code") for k in docs for inv in per_doc[k]) else {
                        k: set() for k in docs}
        by_kind: dict[int, dict[str, list[Invariant]]] = {k: defaultdict(list) for k in docs}
        for k in docs:
            for inv in per_doc[k]:
                by_kind[k][inv.kind].append(inv)
        for kind in HARD_KINDS:
            if not any(by_kind[k].get(kind) for k in docs):
                continue
            values: dict[int, dict[str, Invariant]] = {}
            soft: dict[int, set[str]] = {}
            for k in docs:
                values[k] = {}
                soft[k] = set()
                for inv in by_kind[k].get(kind, ()):
                    if inv.flag in SOFT_FLAGS:
                        soft[k].add(inv.value)
                        soft[k].add(inv.value.lstrip("~"))  # "une centaine" excuses "100"
                    else:
                        values[k].setdefault(inv.value, inv)
                        if kind == "number":
                            # "–4" with a dash for a minus, "Base-2, -8": a sign is typography.
                            soft[k].add(inv.value.lstrip("-"))
            self._resolve_alternatives(g, group, kind, docs, values, notes)
            every = {v for k in docs for v in values[k]}
            for value in sorted(every):
                have = frozenset(k for k in docs if value in values[k] or value in soft[k]
                                 or (kind == "number" and value.lstrip("-") in soft[k])
                                 or (kind in ("number", "date") and value in years[k])
                                 or (kind in ("number", "code") and value in numerals[k])
                                 or (kind == "date" and _date_covered(value, values[k])))
                if len(have) < len(docs):
                    written = [values[k][value] for k in have if value in values[k]]
                    have |= {k for k in docs if k not in have and self._verbatim(k, group, kind, written)}
                if len(have) == len(docs):
                    continue
                out.append(Candidate(g, kind, value, have, frozenset(docs) - have,
                                     {k: values[k][value] for k in have if value in values[k]}))
        out.extend(self._name_candidates(g, group, docs))
        quotes, unbalanced = self._quote_candidates(g, group, docs, per_doc)
        out.extend(quotes)
        notes.extend(unbalanced)
        return out, notes

    def _text(self, k: int, group: Group) -> str:
        doc = self.documents[k]
        return "\n".join(doc.paragraphs[i].text for i in group.members[k])

    def _masked_text(self, k: int, group: Group, kind: str) -> str:
        """The group's text with the dates, codes and links of other kinds blanked out, so
        that "13" is not found inside "January 13" or "A13"."""
        doc = self.documents[k]
        parts = []
        for index in group.members[k]:
            paragraph = doc.paragraphs[index]
            chars = list(paragraph.text)
            for inv in self.invariants[k][index]:
                if inv.kind != kind and inv.kind in ("date", "code", "url"):
                    for position in range(inv.start - paragraph.start, inv.end - paragraph.start):
                        chars[position] = " "
            parts.append("".join(chars))
        return "\n".join(parts)

    def _verbatim(self, k: int, group: Group, kind: str, written: list[Invariant]) -> bool:
        """Whether doc k's group holds a value word for word, though not as that kind.

        A number the translator put in inline code (``-1``), a code literal whose
        backticks were dropped, a date left in English inside a quoted literal: the
        value is there, only its markup differs.
        """
        text = _DASH_SIGN.sub("-", _RST_ESCAPE.sub(r"\1", self._masked_text(k, group, kind)))
        for inv in written:
            if inv.value.startswith("code:") or (kind == "date" and not inv.text.isdigit()):
                continue  # a code block is compared by its digest; a date by its value, since
                # "janeiro de 2000" is also the tail of "1 de janeiro de 2000"
            needle = _DASH_SIGN.sub("-", inv.text)
            suffix = ""
            if kind == "markup" and inv.value.startswith("`"):
                needle = inv.text.strip("`")
                if needle.isalpha():
                    suffix = r"\p{L}{0,2}"  # ``action`` translated as "actions"
            elif kind == "markup" and inv.value.startswith(":"):
                needle = inv.value.rsplit("`", 2)[-2] if inv.value.endswith("`") else ""
            if not needle.strip():
                continue
            pattern = rf"(?<![\p{{N}}\p{{L}}.,_]){regex.escape(needle)}{suffix}(?![\p{{N}}\p{{L}}_]|[.,]\d)"
            if kind == "number" or (kind == "date" and needle.isdigit()):
                needles = {self._digit_run(inv), needle}
                if "." not in inv.value and len(inv.value.lstrip("-")) >= 5:
                    needles.add(inv.value.lstrip("-"))  # "1,114,111" written ``1114111``
                # Bounded so as not to match inside a grouped number ("13" in "13 000,01") or a
                # code ("13" in "A13"); glued to a lower-case word it counts ("entre1970").
                pattern = "|".join(
                    rf"(?<![\p{{N}}\p{{Lu}}.,]|\d[ \u00a0\u202f']){regex.escape(n)}(?![\p{{N}}]|[.,]\d|[ \u00a0\u202f']\d{{3}})"
                    for n in needles)
            if regex.search(pattern, text):
                return True
        return False

    def _digit_run(self, inv: Invariant) -> str:
        """The whole run of digits and separators an invariant was read from ("1,13" in "1,13-1,17")."""
        text = self._owner_text(inv)
        start, end = inv.start, inv.end
        while start > 0 and (text[start - 1].isdigit() or (text[start - 1] in ".," and start > 1
                                                              and text[start - 2].isdigit())):
            start -= 1
        while end < len(text) and (text[end].isdigit() or (text[end] in ".," and end + 1 < len(text)
                                                         and text[end + 1].isdigit())):
            end += 1
        return _DASH_SIGN.sub("-", text[start:end])

    def _owner_text(self, inv: Invariant) -> str:
        for doc in self.documents:
            if inv.end <= len(doc.text) and doc.text[inv.start:inv.end] == inv.text:
                return doc.text
        return inv.text

    def _resolve_alternatives(self, g, group, kind, docs, values, notes) -> None:
        """Swap an ambiguous token's value for the reading another version confirms.

        A numeric date nobody disambiguates is reported as ambiguous (XL203); a number
        whose separators are another locale's is a warning (XL103).
        """
        for k in docs:
            others = [values[o] for o in docs if o != k]
            for value, inv in list(values[k].items()):
                if not inv.alternatives:
                    continue
                if inv.flag == "ambiguous" and not any(
                    reading in other and other[reading].flag != "ambiguous"
                    for other in others for reading in (value, *inv.alternatives)
                ):
                    # Only numeric dates on every side: nobody says which reading is meant.
                    notes.append(self._single(g, group, k, inv, rule_for("date", "ambiguous"),
                                              f"“{inv.text}” can be read as {inv.value} or {inv.alternatives[0]}"))
                if any(value in other for other in others):
                    continue
                for alternative in inv.alternatives:
                    parts = alternative.split("|")
                    if all(any(p in other for other in others) for p in parts):
                        del values[k][value]
                        for part in parts:
                            values[k].setdefault(part, inv)
                        if inv.flag == "ambiguous-separator":
                            notes.append(self._separator_note(g, group, k, inv, value, alternative))
                        break

    def _separator_note(self, g, group, k, inv, value, meant) -> Finding:
        lang = self.documents[k].lang
        reading = f"reads as {value} in {lang}" if value != meant else f"is grouped the way {lang} does not group"
        return self._single(g, group, k, inv, rule_for("number", "separator"),
                            f"“{inv.text}” {reading}; the other version says {meant}: write it with {lang} separators")

    def _name_candidates(self, g: int, group: Group, docs: list[int]) -> list[Candidate]:
        names = {k: self._names_in(k, group.members[k]) for k in docs}
        words: dict[int, set[str]] = {}
        out = []
        every = sorted({v for k in docs for v in names[k]})
        for value in every:
            lacking = [k for k in docs if value not in names[k]]
            for k in lacking:
                if k not in words:
                    words[k] = self._words_in(k, group.members[k])  # only when a name is missing
            have = frozenset(k for k in docs if value in names[k] or self._word_present(value, words[k]))
            if len(have) == len(docs):
                continue
            if len(docs) == 2 and 0 not in have:
                continue  # a name only the translation has: translators add clarifications
            out.append(Candidate(g, "name", value, have, frozenset(docs) - have,
                                 {k: names[k][value] for k in have if value in names[k]}))
        return out

    def _word_present(self, value: str, words: set[str]) -> bool:
        """Whether a name occurs among a group's words, inflected or compounded
        ("Checklist" in "Checkliste", "DeepSeek" in "DeepSeeks")."""
        for term in self.glossary.terms(value) | {value}:
            lower = term.lower()
            if lower in words:
                return True
            if len(lower) >= 4 and any(w.startswith(lower) and len(w) - len(lower) <= 3 for w in words):
                return True
        return False

    def _quote_candidates(self, g, group, docs, per_doc) -> tuple[list[Candidate], list[Finding]]:
        quotes = {k: [inv for inv in per_doc[k] if inv.kind == "quote"] for k in docs}
        unbalanced = {k: [inv for inv in per_doc[k] if inv.kind == "punctuation"] for k in docs}
        findings = []
        for k in docs:
            balanced_elsewhere = all(not unbalanced[o] for o in docs if o != k)
            if unbalanced[k] and balanced_elsewhere:
                inv = unbalanced[k][0]
                findings.append(self._single(g, group, k, inv, rule_for("punctuation", "unbalanced"),
                                             f"quotation mark opened at “{inv.text}…” is never closed"))
        speech = {k: [inv for inv in quotes[k] if inv.flag != "title"] for k in docs}
        if not any(speech.values()):
            return [], findings
        # Every quotation of speech needs a quotation (of any kind) near the same place
        # in the other versions; a title needs no partner.
        positions = {k: [self._relative(k, group, inv) for inv in quotes[k]] for k in docs}
        out = []
        seen: set[tuple[int, int]] = set()
        for k in docs:
            for inv in speech[k]:
                here = self._relative(k, group, inv)
                have = {k}
                for o in docs:
                    if o != k and positions[o] and min(abs(here - p) for p in positions[o]) < 0.35:
                        have.add(o)
                key = (min(have), round(here * 20))
                if len(have) < len(docs) and key not in seen:
                    seen.add(key)
                    out.append(Candidate(g, "quote", inv.value, frozenset(have), frozenset(docs) - have, {k: inv}))
        return out, findings

    def _relative(self, k: int, group: Group, inv: Invariant) -> float:
        paragraphs = [self.documents[k].paragraphs[i] for i in group.members[k]]
        start, end = paragraphs[0].start, paragraphs[-1].end
        return (inv.start - start) / max(1, end - start)

    # -- findings ------------------------------------------------------------

    def location(self, k: int, group: Group, inv: Invariant | None, status: Status) -> Location:
        doc = self.documents[k]
        if inv is not None:
            line, column = doc.position(inv.start)
            return Location(doc.path, doc.lang, self.paragraph_of(k, inv.start), line, column, inv.text,
                            inv.value, status)
        members = group.members[k] if group else ()
        if members and not group.whole:
            first = doc.paragraphs[members[0]]
            return Location(doc.path, doc.lang, first.n, first.line, None, None, None, status)
        return Location(doc.path, doc.lang, None, None, None, None, None, status)

    def paragraph_of(self, k: int, offset: int) -> int | None:
        paragraphs = self.documents[k].paragraphs
        index = bisect.bisect_right([p.start for p in paragraphs], offset) - 1
        if index >= 0 and paragraphs[index].start <= offset <= paragraphs[index].end:
            return paragraphs[index].n
        return None

    def _single(self, g, group, k, inv, rule, message) -> Finding:
        return Finding(rule.check, rule.code, rule.severity, message, inv.value,
                       (self.location(k, group, inv, "different"),))

    def where(self, k: int, group: Group) -> str:
        """``de paragraph 7``: a version named by its language, or by its file when two
        versions share a language."""
        doc = self.documents[k]
        name = doc.lang
        if sum(1 for other in self.documents if other.lang == doc.lang) > 1:
            name = doc.path
        members = group.members[k] if group else ()
        if not members or group.whole:
            return name
        numbers = [str(doc.paragraphs[i].n) for i in members]
        word = "paragraph" if len(numbers) == 1 else "paragraphs"
        return f"{name} {word} {'–'.join([numbers[0], numbers[-1]]) if len(numbers) > 1 else numbers[0]}"


def blame(have: frozenset[int], lack: frozenset[int]) -> tuple[Status, Status]:
    """(status of the versions that have the value, status of those that lack it)."""
    total = len(have) + len(lack)
    if total >= 3 and len(have) == 1 and len(lack) >= 2:
        return "extra", "absent"
    return "present", "missing"


def reconcile_neighbours(candidates: list[Candidate]) -> list[Candidate]:
    """Drop pairs of candidates that are one value moved across a paragraph boundary."""
    by_key: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_key[(c.kind, c.value)].append(c)
    dropped: set[int] = set()
    for group in by_key.values():
        for x in group:
            for y in group:
                if id(x) in dropped or id(y) in dropped or x is y or abs(x.group - y.group) != 1:
                    continue
                if x.lack <= y.have and y.lack <= x.have and x.lack and y.lack:
                    dropped.update((id(x), id(y)))
    return [c for c in candidates if id(c) not in dropped]


def _numeral(value: str) -> str:
    """A version's value as a number would read it ("3.10" -> "3.1")."""
    whole, _, fraction = value.partition(".")
    fraction = fraction.rstrip("0") if fraction.count(".") == 0 else fraction
    return whole + ("." + fraction if fraction else "")


def _date_covered(value: str, others: dict[str, Invariant]) -> bool:
    """Whether a date without a year (``--08-16``) is one of the full dates of the other side,
    or a full date is written there without its year: the year was said elsewhere."""
    if value.endswith("X"):
        return value[:3] + "0" in others  # "the 1970s" = "a década de 1970"
    if len(value) == 4 and value.isdigit() and value.endswith("0"):
        return value[:3] + "X" in others
    if value.startswith("--"):
        return any(v.endswith(value[1:]) and len(v) == 10 for v in others)
    if len(value) == 10 and value[4] == "-":
        return "-" + value[4:] in others
    return False


def _same_family(kind: str, a: str, b: str) -> bool:
    if kind == "code":
        prefix_a = _NON_DIGITS.match(a).group()
        prefix_b = _NON_DIGITS.match(b).group()
        return prefix_a.lower() == prefix_b.lower() or (len(prefix_a) == 1 and len(prefix_b) == 1)
    return True


def pair_changes(candidates: list[Candidate]) -> tuple[list[tuple[Candidate, Candidate]], list[Candidate]]:
    """Pair a value only some versions have with a value only the others have.

    Returns (changes as (reference side, drifted side), candidates left unpaired).
    """
    pairs: list[tuple[Candidate, Candidate]] = []
    used: set[int] = set()
    by_slot: dict[tuple[int, str], list[Candidate]] = defaultdict(list)
    for c in candidates:
        if c.kind in PAIRED_KINDS:
            by_slot[(c.group, c.kind)].append(c)
    for slot in by_slot.values():
        slot.sort(key=lambda c: min((inv.start for inv in c.occurrences.values()), default=0))
        for x in slot:
            if id(x) in used:
                continue
            for y in slot:
                if id(y) in used or x is y:
                    continue
                if x.have == y.lack and x.lack == y.have and _same_family(x.kind, x.value, y.value):
                    reference, drifted = (x, y) if len(x.have) > len(y.have) or (
                        len(x.have) == len(y.have) and min(x.have) < min(y.have)) else (y, x)
                    pairs.append((reference, drifted))
                    used.update((id(x), id(y)))
                    break
    return pairs, [c for c in candidates if id(c) not in used]


_LETTERS = regex.compile(r"\p{L}+")
_NON_DIGITS = regex.compile(r"\D*")
_NUMERAL = regex.compile(r"\d+(?:\.\d+)*")


def skeleton(literal: str) -> str:
    """A literal with every run of letters replaced by one mark: its shape.

    >>> skeleton("`my-integration.ts`") == skeleton("`minha-integracao.ts`")
    True
    """
    return _LETTERS.sub("a", literal)


def _localised_link(a: str, b: str) -> bool:
    """Same host and one side in its own language, or a path whose words were translated."""
    host_a, host_b = a.split("/", 1)[0], b.split("/", 1)[0]
    if "://" not in a and "." not in host_a and skeleton(a) == skeleton(b):
        return True
    return host_a == host_b and ("{lang}" in a) != ("{lang}" in b)


_NAME_LIKE = regex.compile(r"[./_<>()\[\]{}:+=,-]")


def _names_changed(a: Candidate, b: Candidate) -> bool:
    """Whether the words that differ between two literals are parts of names (paths,
    placeholders, file names) rather than commands: `<branch>` -> `<rama>` is a
    localised example, `npm run build` -> `npm run dev` is another command."""
    text_a = next(iter(a.occurrences.values())).text if a.occurrences else a.value
    text_b = next(iter(b.occurrences.values())).text if b.occurrences else b.value
    if text_a.lower() == text_b.lower() and " " not in text_a.strip("`"):
        return True  # `import` written `Import`: German capitalises the noun
    changed = set(text_a.strip("`").split()) ^ set(text_b.strip("`").split())
    return bool(changed) and all(_NAME_LIKE.search(token) for token in changed)


def _rule(candidate: Candidate, what: str, other: Candidate | None = None):
    if candidate.kind == "markup" and candidate.value.startswith("code:"):
        return RULES["XL703"]
    if (other is not None and candidate.kind == "markup" and candidate.value.startswith("`")
            and skeleton(candidate.value) == skeleton(other.value) and _names_changed(candidate, other)):
        return RULES["XL704"]
    if other is not None and candidate.kind == "url" and _localised_link(candidate.value, other.value):
        return RULES["XL603"]
    return rule_for(candidate.kind, what)


def _explicitation(candidate: Candidate) -> bool:
    """What a translation adds without losing anything of the source: code formatting
    (``True``), or a small count made explicit ("the two arguments", "2つの引数",
    "l'exemple 2"). Reported the other way round (the source's, dropped), never this way."""
    if candidate.kind == "markup":
        return candidate.value.startswith("`")
    if candidate.kind == "number":
        return candidate.value.isdigit() and int(candidate.value) <= SMALL_COUNT
    return False


def quote_text(value: str) -> str:
    return f"“{value}”"


def findings_for(
    comparison: Comparison, groups: list[Group], docs_of_group: list[list[int]], candidates: list[Candidate]
) -> list[Finding]:
    """Turn the surviving candidates into findings, one per drifted value."""
    findings: list[Finding] = []
    candidates = reconcile_neighbours(candidates)
    changes, singles = pair_changes(candidates)
    for reference, drifted in changes:
        group = groups[reference.group]
        rule = _rule(reference, "changed", drifted)
        locations = []
        for k in docs_of_group[reference.group]:
            if k in reference.have:
                locations.append(comparison.location(k, group, reference.occurrences.get(k), "present"))
            else:
                locations.append(comparison.location(k, group, drifted.occurrences.get(k), "different"))
        shown_ref = reference.occurrences[min(reference.occurrences)].text if reference.occurrences else reference.value
        shown_new = drifted.occurrences[min(drifted.occurrences)].text if drifted.occurrences else drifted.value
        message = (
            f"{quote_text(shown_ref)} in {', '.join(comparison.where(k, group) for k in sorted(reference.have))} "
            f"is {quote_text(shown_new)} in {', '.join(comparison.where(k, group) for k in sorted(drifted.have))}"
        )
        findings.append(Finding(rule.check, rule.code, rule.severity, message, reference.value, tuple(locations)))
    for c in singles:
        if len(docs_of_group[c.group]) == 2 and 0 not in c.have and _explicitation(c):
            continue
        group = groups[c.group]
        rule = _rule(c, "missing")
        have_status, lack_status = blame(c.have, c.lack)
        locations = []
        for k in docs_of_group[c.group]:
            if k in c.have:
                locations.append(comparison.location(k, group, c.occurrences.get(k), have_status))
            else:
                locations.append(comparison.location(k, group, None, lack_status))
        shown = c.occurrences[min(c.occurrences)].text if c.occurrences else c.value
        if c.kind == "quote":
            shown = c.value
        have_where = ", ".join(comparison.where(k, group) for k in sorted(c.have))
        lack_where = ", ".join(comparison.where(k, group) for k in sorted(c.lack))
        noun = "quotation " if c.kind == "quote" else ""
        if have_status == "extra":
            message = f"{noun}{quote_text(shown)} is only in {have_where}; {lack_where} no longer have it"
        else:
            message = f"{noun}{quote_text(shown)} is in {have_where} but missing in {lack_where}"
        findings.append(Finding(rule.check, rule.code, rule.severity, message, c.value, tuple(locations)))
    return findings


__all__ = ["Comparison", "Group", "build_groups", "findings_for", "blame"]
