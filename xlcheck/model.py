"""Values that cross module borders: documents, segments, alignments, invariants, findings.

Everything here is a frozen dataclass, so a value built by one stage of the pipeline
cannot be changed behind the back of the next one.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from sys import intern
from typing import Literal

Severity = Literal["error", "warning", "info"]
Status = Literal["present", "missing", "different", "extra", "absent"]

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
# A catalogue entry's or a key/value unit's own newlines, as its document's text holds
# them: one unit stays one line of the document.
LINE_SEPARATOR = "\u2028"


@dataclass(frozen=True, slots=True)
class Segment:
    """A paragraph (or sentence, or line) of a document, with its offsets.

    `n` is 1-based in the document's own numbering; `line` and `end_line` are 1-based.
    `kind` says what the block is in a structured format (``text``, ``heading``,
    ``code``, ``frontmatter``, ``list``, ``table``, ``html``). In a key/value file
    (JSON, strings.xml, .properties…) `key` names the unit and versions pair by it;
    `syntax` names the placeholder syntaxes its text uses (``icu``, ``printf``…).
    """

    n: int
    start: int
    end: int
    line: int
    end_line: int
    text: str
    kind: str = "text"
    key: str | None = None
    syntax: tuple[str, ...] = ()


class EntrySegment(Segment):
    """A segment whose text is `document_text[start:end]`, sliced when asked for instead
    of kept: a catalogue's entries would otherwise hold every message a second time
    (once in the document's text, once in its paragraph), a string of its own per entry.

    It equals, hashes and pickles as the `Segment` with the same fields.
    """

    __slots__ = ("_document_text",)

    def __init__(self, n: int, start: int, end: int, line: int, end_line: int, document_text: str,
                 kind: str = "text", key: str | None = None, syntax: tuple[str, ...] = ()) -> None:
        # The parent's `text` slot stays empty: the property below stands for it. (Slots set
        # through their descriptors, bound once, as in `Invariant.__init__`: a catalogue
        # makes two of these an entry.)
        _SEGMENT_N(self, n)
        _SEGMENT_START(self, start)
        _SEGMENT_END(self, end)
        _SEGMENT_LINE(self, line)
        _SEGMENT_END_LINE(self, end_line)
        _SEGMENT_KIND(self, kind)
        _SEGMENT_KEY(self, key)
        _SEGMENT_SYNTAX(self, syntax)
        _ENTRY_TEXT(self, document_text)

    @property
    def text(self) -> str:  # type: ignore[override]
        return self._document_text[self.start:self.end]

    def _fields(self) -> tuple:
        return (self.n, self.start, self.end, self.line, self.end_line, self.text, self.kind, self.key, self.syntax)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Segment):
            return self._fields() == (other.n, other.start, other.end, other.line, other.end_line, other.text,
                                      other.kind, other.key, other.syntax)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return "Segment(" + ", ".join(f"{name}={value!r}" for name, value in zip(
            ("n", "start", "end", "line", "end_line", "text", "kind", "key", "syntax"), self._fields())) + ")"

    def __reduce__(self):
        # Pickled with the document's text, which pickle keeps once for all the entries.
        return EntrySegment, (self.n, self.start, self.end, self.line, self.end_line, self._document_text, self.kind,
                              self.key, self.syntax)


_SEGMENT_N, _SEGMENT_START, _SEGMENT_END, _SEGMENT_LINE, _SEGMENT_END_LINE, _SEGMENT_KIND, _SEGMENT_KEY, \
    _SEGMENT_SYNTAX = (Segment.__dict__[name].__set__
                       for name in ("n", "start", "end", "line", "end_line", "kind", "key", "syntax"))
_ENTRY_TEXT = EntrySegment.__dict__["_document_text"].__set__


@dataclass(frozen=True)
class Document:
    """One language version of a text, read and segmented into paragraphs."""

    path: str
    lang: str
    text: str
    paragraphs: tuple[Segment, ...]
    format: str = "text"
    line_starts: Sequence[int] = field(default=(0,), repr=False, compare=False)  # a tuple or an array
    # A catalogue read with its fuzzy entries: their paragraph numbers -> previous msgid ("" if none kept).
    fuzzy: Mapping[int, str] = field(default_factory=dict, repr=False, compare=False)
    # A catalogue's entries cut from Markdown pages (mdBook, po4a, MyST): their paragraph
    # numbers. Their inline markup is Markdown's, not reST's.
    markdown: frozenset[int] = field(default=frozenset(), repr=False, compare=False)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of a character offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1


@dataclass(frozen=True, slots=True)
class Bead:
    """One step of an alignment: segments of A (0-based indices) matched to segments of B."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float | None


@dataclass(frozen=True)
class Alignment:
    """A monotonic alignment of two segment lists, covering every segment once."""

    beads: tuple[Bead, ...]
    score: float
    # The aligner's own verdict where the score cannot judge (versions in different
    # scripts: `xlcheck/verdict.py`); None leaves it to the score.
    verdict: bool | None = None

    @property
    def translation(self) -> bool:
        """Whether the two sides look like translations of each other.

        Documents of a few paragraphs are given the benefit of the doubt: one dropped
        paragraph or a short heading weighs too much in their score to judge.
        """
        segments = sum(len(b.a) + len(b.b) for b in self.beads)
        if segments < MIN_SEGMENTS_FOR_VERDICT:
            return True
        return self.verdict if self.verdict is not None else self.score >= TRANSLATION_THRESHOLD


# Mean bead score below which two documents are taken to share a topic, not a text.
TRANSLATION_THRESHOLD = 0.45
MIN_SEGMENTS_FOR_VERDICT = 10


@dataclass(frozen=True, slots=True)
class Invariant:
    """A value that must survive translation, found at `start:end` of a document.

    `value` is the normalised form compared across languages (``"50000"``,
    ``"2023-10"``, ``"H200"``); `text` is what the document wrote. `alternatives`
    are other readings of an ambiguous token, matched with a warning (`flag`).
    """

    kind: str
    value: str
    text: str
    start: int
    end: int
    alternatives: tuple[str, ...] = ()
    flag: str | None = None

    def __init__(self, kind: str, value: str, text: str, start: int, end: int,
                 alternatives: tuple[str, ...] = (), flag: str | None = None) -> None:
        # The dataclass's own __init__, but through the slots' descriptors (`_SET_*`, bound
        # once) instead of `object.__setattr__`, which looks each name up first: extraction
        # builds hundreds of thousands of these.
        _SET_KIND(self, kind)
        _SET_VALUE(self, value)
        _SET_TEXT(self, text)
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_ALTERNATIVES(self, alternatives)
        _SET_FLAG(self, flag)


_SET_KIND, _SET_VALUE, _SET_TEXT, _SET_START, _SET_END, _SET_ALTERNATIVES, _SET_FLAG = (
    Invariant.__dict__[name].__set__ for name in ("kind", "value", "text", "start", "end", "alternatives", "flag"))
_INVARIANT_FIELDS = ("kind", "value", "text", "start", "end", "alternatives", "flag")


class ExtractedInvariant(Invariant):
    """An `Invariant` as extraction makes them, tens of thousands a catalogue: its end is
    kept as its length, which (below 257) is an int Python shares, instead of an int
    object of its own (32 bytes an invariant), and its value and text are interned.

    It equals, hashes, prints and pickles as the `Invariant` with the same fields.
    """

    __slots__ = ("_length",)

    def __init__(self, kind: str, value: str, text: str, start: int, end: int,
                 alternatives: tuple[str, ...] = (), flag: str | None = None) -> None:
        # The parent's `end` slot stays empty: the property below stands for it. (Slots set
        # through their descriptors, as in `Invariant.__init__`.)
        _SET_KIND(self, kind)
        # One string for each value and spelling, however often a catalogue repeats it
        # ("Python", "3", "None"): extraction slices a new one every time.
        _SET_VALUE(self, intern(value))
        _SET_TEXT(self, intern(text))
        _SET_START(self, start)
        _SET_LENGTH(self, end - start)
        _SET_ALTERNATIVES(self, alternatives)
        _SET_FLAG(self, flag)

    @property
    def end(self) -> int:  # type: ignore[override]
        return self.start + self._length

    def _fields(self) -> tuple:
        return (self.kind, self.value, self.text, self.start, self.start + self._length, self.alternatives, self.flag)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Invariant):
            return self._fields() == (other.kind, other.value, other.text, other.start, other.end,
                                      other.alternatives, other.flag)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return "Invariant(" + ", ".join(f"{name}={value!r}" for name, value in zip(_INVARIANT_FIELDS,
                                                                                   self._fields())) + ")"

    def __reduce__(self):
        return ExtractedInvariant, self._fields()


_SET_LENGTH = ExtractedInvariant.__dict__["_length"].__set__


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points in one document (the JSON `locations[]` entry)."""

    path: str
    lang: str
    paragraph: int | None
    line: int | None
    column: int | None
    text: str | None
    value: str | None
    status: Status

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "lang": self.lang,
            "paragraph": self.paragraph,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "value": self.value,
            "status": self.status,
        }


@dataclass(frozen=True)
class Finding:
    """A drift between versions, as a check reports it."""

    check: str
    rule: str
    severity: Severity
    message: str
    value: str | None
    locations: tuple[Location, ...]
    fuzzy: bool = False  # in a fuzzy catalogue entry (checked only when asked: --fuzzy)

    @property
    def blamed(self) -> Location:
        """The location of the version that drifted (the first one, if none is blamed)."""
        for location in self.locations:
            if location.status in ("missing", "different", "extra"):
                return location
        return self.locations[0]

    def as_dict(self) -> dict[str, object]:
        return {
            "check": self.check,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "value": self.value,
            "locations": [location.as_dict() for location in self.locations],
            **({"fuzzy": True} if self.fuzzy else {}),
        }


@dataclass(frozen=True)
class Report:
    """The result of one check run: the documents read and the findings, in order."""

    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    signature: str
    version: str
    errors: tuple[str, ...] = ()  # files of a tree that could not be read, one line each
    hidden: int = 0  # findings left out because the baseline already has them

    def summary(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def worst(self) -> Severity | None:
        """The most severe finding's severity, or None when there is none."""
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__)


@dataclass(frozen=True)
class AlignmentReport:
    """What `xlcheck align` shows: two documents cut into units and how the units pair."""

    documents: tuple[Document, Document]
    unit: str
    segments: tuple[tuple[Segment, ...], tuple[Segment, ...]]
    alignment: Alignment
