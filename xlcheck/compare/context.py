"""What every comparer shares: the aligned documents, their invariants, and how to point
at a place in them (locations, paragraph numbers, ``de paragraph 7``)."""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

import regex

from xlcheck.glossary import Glossary
from xlcheck.locales import base_language
from xlcheck.model import Document, Finding, Invariant, Location, Segment, Status
from xlcheck.patterns import LETTER_RUNS, AsciiTwin, lazy, pieces
from xlcheck.scripts import main_script

# Words, and the parts of camel-case identifiers (an ASCII text has no letter beyond Latin).
WORD_PARTS = AsciiTwin(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|[^\p{Latin}\P{L}]+", r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_WORD = LETTER_RUNS
_INLINE_CODE = lazy(r"`[^`\n]*+`")


def unaccented(word: str) -> str:
    """A word lower-cased without its accents: ``integração`` is ``integracao``.

    >>> unaccented("Integração")
    'integracao'
    """
    if word.isascii():
        return word.lower()  # (NFKD leaves ASCII as it is, and no ASCII character combines)
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


# A paragraph of prose, not an admonition's line or a tag: it starts with a letter or code.
_PROSE_START = lazy(r"\s*+[`*_]*+[\p{L}`]")
# A page's title: a Markdown heading of level one.
_TITLE = lazy(r"#[ \t]")
_PAGE_FORMATS = frozenset({"markdown"})
_BRACKETED = lazy(r"[(（][^()（）\n]*+[)）]")


@dataclass(frozen=True, slots=True)
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
    pair: int | None = None  # two candidates with one number are one change, seen from each side
    # Where a version that lacks the value would have it (a character offset), when known:
    # the line of a code block a translation lacks.
    near: dict[int, int] = field(default_factory=dict)


def latin_paragraphs(ctx: Context, group: Group, docs: list[int]) -> Iterator[tuple[int, list[int], Segment]]:
    """(k, the versions in Latin letters, a paragraph of doc k in `group`) for every
    paragraph of a version written in Latin letters, where two versions or more are."""
    latin = [k for k in docs if group.members[k] and main_script(ctx.text(k, group)) == "latin"]
    for k in latin if len(latin) >= 2 else ():
        for index in group.members[k]:
            yield k, latin, ctx.documents[k].paragraphs[index]



def english_against_latin(ctx: Context, group: Group, docs: list[int]) -> Iterator[tuple[int, list[int]]]:
    """(k, the other versions whose text in `group` is in Latin letters) for every English
    version k with a paragraph in `group`: what the rules on people an English source names
    (`speakers.py`, `surnames.py`) compare."""
    for k in docs:
        if base_language(ctx.documents[k].lang) != "en" or not group.members[k]:
            continue
        yield k, [o for o in docs if o != k and group.members[o] and main_script(ctx.text(o, group)) == "latin"]

def name_lacking(g: int, docs: list[int], o: int, k: int, value: str, inv: Invariant) -> Candidate:
    """A name of group `g` that every version but doc o has, as doc k writes it (`inv`)."""
    return Candidate(g, "name", value, frozenset(d for d in docs if d != o), frozenset({o}), {k: inv})


class Context:
    """The documents being compared, with their invariants per paragraph."""

    def __init__(
        self,
        documents: list[Document],
        invariants: list[tuple[tuple[Invariant, ...], ...]],
        glossary: Glossary,
    ) -> None:
        self.documents = documents
        self.invariants = invariants
        self.glossary = glossary
        self._words: dict[int, frozenset[str]] = {}
        self._own: dict[tuple[int, int], frozenset[str]] = {}
        self._folded: dict[int, str] = {}
        self._opened: dict[tuple[int, str], bool] = {}
        # The texts of the group compared last, by version (see `text`).
        self._text_group: Group | None = None
        self._texts: dict[int, str] = {}

    @cached_property
    def _starts(self) -> list[list[int]]:
        return [[p.start for p in doc.paragraphs] for doc in self.documents]

    def starts(self, k: int) -> list[int]:
        """Where each of document k's paragraphs starts (a character offset), in order."""
        return self._starts[k]

    @cached_property
    def punctuated(self) -> list[frozenset[int]]:
        """Each version's paragraphs (0-based) that hold a quotation mark left open (an
        invariant of kind "punctuation")."""
        return [frozenset(i for i, invariants in enumerate(per_paragraph)
                          if any(inv.kind == "punctuation" for inv in invariants))
                for per_paragraph in self.invariants]

    @cached_property
    def first_prose(self) -> list[int | None]:
        """Each version's first paragraph of prose (0-based), or None."""
        return [next((i for i, p in enumerate(doc.paragraphs) if p.kind == "text" and _PROSE_START.match(p.text)),
                     None) for doc in self.documents]

    @cached_property
    def subjects(self) -> frozenset[str]:
        """The inline code every version's first paragraph of prose names: the page's subject
        (`` `file-logger` `` in "The `file-logger` Plugin is used to…"), which a translation
        may call "this plugin" (该插件) further down. A catalogue's entries (PO, key/value
        files) stand each on its own: it has none."""
        if any(doc.format == "po" or any(p.key is not None for p in doc.paragraphs[:1]) for doc in self.documents):
            return frozenset()
        named = None
        for invariants, first in zip(self.invariants, self.first_prose):
            codes = frozenset(inv.value for inv in invariants[first] if inv.kind == "markup"
                              and inv.value.startswith("`")) if first is not None else frozenset()
            named = codes if named is None else named & codes
        return named or frozenset()

    @cached_property
    def title_names(self) -> frozenset[str]:
        """The names every version's title (a Markdown page's first paragraph, a heading
        of level one) holds: the product the page is about (``# Seata AT mode`` / ``#
        Seata AT 模式``), which a translation's paragraph further down may leave unsaid
        (\"the default isolation level\" for \"Seata 的默认隔离级别\")."""
        named = None
        for doc, invariants in zip(self.documents, self.invariants):
            title = doc.paragraphs[0] if doc.paragraphs and doc.format in _PAGE_FORMATS else None
            if title is None or title.kind != "heading" or not _TITLE.match(title.text):
                return frozenset()
            # (not an abbreviation the title defines in brackets, "# End-Of-Life (EOL)": a term
            # of the page, which a paragraph that drops it no longer states)
            names = frozenset(inv.value for inv in invariants[0] if inv.kind == "name"
                              and not _BRACKETED.match(doc.text, max(0, inv.start - 1), inv.end + 1))
            named = names if named is None else named & names
        return named or frozenset()

    def words(self, k: int) -> frozenset[str]:
        """The lower-cased words of document k, camel-case identifiers split
        (``defineConfig`` gives ``define`` and ``config``)."""
        if k not in self._words:
            written: set[str] = set()  # each distinct word lower-cased once: a document repeats them
            for piece in pieces(self.documents[k].text):
                written.update(WORD_PARTS.findall(piece))
            self._words[k] = frozenset(w.lower() for w in written)
        return self._words[k]

    def own_words(self, k: int, source: int) -> frozenset[str]:
        """The words document k writes in its prose (outside code blocks and inline code,
        lower-cased, accents folded) that document `source` never writes: words of k's
        language, by which a literal renamed in that language is told from one changed."""
        key = (k, source)
        if key not in self._own:
            def folded(texts) -> set[str]:
                # Each distinct word folded once: a catalogue repeats its words thousands of times.
                # (Read piece by piece: no word runs over a line break.)
                words: set[str] = set()
                for text in texts:
                    words.update(_WORD.findall(text.lower()))
                return {unaccented(w) for w in words}

            prose = (_INLINE_CODE.sub(" ", p.text) for p in self.documents[k].paragraphs
                     if p.kind not in ("code", "frontmatter"))
            self._own[key] = frozenset(folded(prose) - folded(pieces(self.documents[source].text)))
        return self._own[key]

    @cached_property
    def _months(self) -> list[frozenset[str]]:
        # --12-10 (a date without its year), 2021-12 and 2021-12-10: month 12.
        return [frozenset(inv.value[2:4] if inv.value.startswith("--") else inv.value[5:7]
                          for paragraph in invariants for inv in paragraph
                          if inv.kind == "date" and len(inv.value) in (7, 10) and inv.value[4] == "-"
                          and inv.value[2:4].isdigit() and inv.value[5:7].isdigit())
                for invariants in self.invariants]

    @cached_property
    def reference_year(self) -> int | None:
        """The year the documents are written in, as far as they tell: the latest year of a
        date with its month in any version (a dateline), else the latest year named."""
        dated, named = [], []
        for invariants in self.invariants:
            for paragraph in invariants:
                for inv in paragraph:
                    value = inv.value
                    if inv.kind == "date" and len(value) >= 4 and value[:4].isdigit() and value[:2] in ("19", "20"):
                        (dated if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit() else named).append(
                            int(value[:4]))
        return max(dated or named, default=None)

    def folded_text(self, k: int) -> str:
        """Document k's whole text case-folded, folded once (a catalogue's checks ask for it
        group after group)."""
        if k not in self._folded:
            self._folded[k] = self.documents[k].text.casefold()
        return self._folded[k]

    def opens_word(self, k: int, start: str) -> bool:
        """Whether document k writes `start` (as given: the caller lower-cases it) at a
        word's start anywhere, no letter before it. Searched once per document and start: a
        catalogue's checks ask again for the same words entry after entry."""
        key = (k, start)
        found = self._opened.get(key)
        if found is None:
            found = self._opened[key] = regex.search(r"(?<![\p{L}])" + regex.escape(start),
                                                     self.documents[k].text) is not None
        return found

    def months(self, k: int) -> frozenset[str]:
        """The months (``"12"``) that document k's dates name anywhere: a day it writes
        alone (12日) is a day of one of them."""
        return self._months[k]

    def paragraph_of(self, k: int, offset: int) -> int | None:
        """The number of document k's paragraph that holds a character offset."""
        paragraphs = self.documents[k].paragraphs
        index = bisect.bisect_right(self._starts[k], offset) - 1
        if index >= 0 and paragraphs[index].start <= offset <= paragraphs[index].end:
            return paragraphs[index].n
        return None

    def per_doc(self, group: Group, k: int) -> list[Invariant]:
        return [inv for index in group.members[k] for inv in self.invariants[k][index]]

    def units(self, group: Group, present: list[int], accept: Callable[[Segment], bool]) -> dict[int, Segment]:
        """Each version's one paragraph in `group`, when every version in `present` has
        exactly one and `accept` takes it (a catalogue entry, a unit with placeholders);
        else none."""
        units = {}
        for k in present:
            members = group.members[k]
            if len(members) != 1:
                return {}
            paragraph = self.documents[k].paragraphs[members[0]]
            if not accept(paragraph):
                return {}
            units[k] = paragraph
        return units

    def text(self, k: int, group: Group) -> str:
        """Version k's text of `group`, its paragraphs joined by line breaks.

        Kept for the group asked about last (the very object, held here, so its identity is
        not reused): the checks of a group ask for it a few dozen times, and a catalogue
        entry's text is otherwise sliced anew each time. One string for all of them also
        lets the caches keyed by text (`scripts.main_script`...) find it by identity.
        """
        if group is not self._text_group:
            self._text_group = group
            self._texts = {}
        text = self._texts.get(k)
        if text is None:
            doc = self.documents[k]
            members = group.members[k]
            text = doc.paragraphs[members[0]].text if len(members) == 1 else \
                "\n".join(doc.paragraphs[i].text for i in members)
            self._texts[k] = text
        return text

    def document_offset(self, k: int, group: Group, at: int) -> int:
        """The document offset of offset `at` of version k's group text (`text`, its
        paragraphs joined by one line break each), or of any text laid out as it is (the
        same lengths, a character masked by a space)."""
        paragraphs = self.documents[k].paragraphs
        for index in group.members[k]:
            size = paragraphs[index].end - paragraphs[index].start
            if at <= size:
                return paragraphs[index].start + at
            at -= size + 1
        return paragraphs[group.members[k][-1]].end

    def location(self, k: int, group: Group | None, inv: Invariant | None, status: Status) -> Location:
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

    def location_near(self, k: int, group: Group | None, offset: int | None, status: Status) -> Location:
        """Where document k lacks a value: the line of `offset` when known, else its paragraph."""
        if offset is None:
            return self.location(k, group, None, status)
        doc = self.documents[k]
        line, _ = doc.position(offset)
        return Location(doc.path, doc.lang, self.paragraph_of(k, offset), line, None, None, None, status)

    def single(self, group: Group, k: int, inv: Invariant, rule, message: str) -> Finding:
        """A finding about one version alone (a separator, an ambiguous date)."""
        return Finding(rule.check, rule.code, rule.severity, message, inv.value,
                       (self.location(k, group, inv, "different"),))

    def where(self, k: int, group: Group | None) -> str:
        """``de paragraph 7``: a version named by its language, or by its file when two
        versions share a language; a catalogue's units are entries, a key/value file's
        are named by their keys (``de “upload.limit”``)."""
        doc = self.documents[k]
        name = doc.lang
        if sum(1 for other in self.documents if other.lang == doc.lang) > 1:
            name = doc.path
        members = group.members[k] if group else ()
        if not members or group.whole:
            return name
        keys = [doc.paragraphs[i].key for i in members]
        if all(keys):
            return f"{name} " + ", ".join(f"“{key}”" for key in keys)
        numbers = [str(doc.paragraphs[i].n) for i in members]
        one, several = ("entry", "entries") if doc.format == "po" else ("paragraph", "paragraphs")
        word = one if len(numbers) == 1 else several
        return f"{name} {word} {'–'.join([numbers[0], numbers[-1]]) if len(numbers) > 1 else numbers[0]}"

    def relative(self, k: int, group: Group, inv: Invariant) -> float:
        """Where an invariant sits in its group's text, from 0 (start) to 1 (end)."""
        paragraphs = [self.documents[k].paragraphs[i] for i in group.members[k]]
        start, end = paragraphs[0].start, paragraphs[-1].end
        return (inv.start - start) / max(1, end - start)
