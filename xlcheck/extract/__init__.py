"""Extractors: find the invariants of each paragraph, one extractor per kind.

Extractors run in the order of `EXTRACTORS`; each one may claim the characters it
used, so a later one does not read them again (the year in "Oktober 2023" is a date,
not a number; the 100 in "H100" is a code, not a number).
"""

from __future__ import annotations

import contextlib
import gc
import operator
import os
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from xlcheck.extract import codes, dates, markup, names, numbers, placeholders, prescreen, quotes, urls
from xlcheck.locales import LocaleInfo, locale_info
from xlcheck.model import Document, ExtractedInvariant, Invariant, Segment
from xlcheck.patterns import LETTER_RUNS, lazy

if TYPE_CHECKING:
    import concurrent.futures

_FOLDED_WORDS = LETTER_RUNS
# A translator's note states what the translator adds on purpose: nothing in it is drift.
# (Bounded: an unclosed "(NdT" must not scan to the end of the paragraph each time.)
TRANSLATOR_NOTE = lazy(
    r"[(（]\s*(?:訳注|訳者注|译注|NDT|NdT|N\.\s?d\.\s?T\.?|N\.\s?do\s?T\.?|N\.\s?del\s?T\.?"
    r"|Anm\.\s?d\.\s?Übers\.?|Note du traducteur|Nota do tradutor|Nota del traductor)[^)）]{0,500}+[)）]"
)


# A line break inside a paragraph is soft (re-wrapping moves it freely): extractors see
# a space, so "January\n2023" is one date. A break before a list item, quote, table row
# or heading stays a break. One character for one keeps every offset.
# Full-width separators between digits (Japanese and Chinese type ３６．５, １，２００,
# １２：３０, ２０２１／１２／２５, ５０％): extractors see the ASCII separator, one
# character for one, so the value is read as its half-width twin would be and every
# offset stays. Full-width digits are digits to the extractors' patterns and are kept
# ("１８００枚" is a count, not the year "1800"); other full-width punctuation (，。！？ in
# running text) is left alone. The text an invariant reports is the document's own.
_FULL_WIDTH = lazy(r"(?<=[0-9０-９])[，．：－／](?=[0-9０-９])|(?<=[0-9０-９])％")


def half_width(text: str) -> str:
    """Full-width separators between digits, and a per cent sign after one, as ASCII.

    >>> half_width("気温は３６．５度、湿度５０％、価格は１，２００円、ＡＢＣ，ＤＥ。")
    '気温は３６.５度、湿度５０%、価格は１,２００円、ＡＢＣ，ＤＥ。'
    """
    return _FULL_WIDTH.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)


# Digits of other scripts (Bengali ১২:০০, Devanagari १९९४, Arabic-Indic ١٢) as ASCII digits,
# one character for one: the extractors' patterns spell an hour, a minute or a year's
# century with ASCII ranges ([01]?\d, [0-5]\d, 1[89]\d\d), which a native digit never
# meets, so "১২:০০" read as the number 12 beside a "12:00" that is a time. Full-width
# digits stay as they are (see above: ２０２１ is read as its own script's digits). Bengali
# writes the visarga ঃ for the colon of a time or a ratio (৭ঃ১৯, ৩ঃ২), and a Hindi
# translation may copy it as Devanagari's (7ः19).
_NATIVE_DIGIT = lazy(r"(?![0-9０-９])\p{Nd}|(?<=\p{Nd})[ঃः](?=\p{Nd})")


def ascii_digits(text: str) -> str:
    """Every decimal digit outside ASCII and the full-width forms as its ASCII twin, and a
    Bengali visarga between digits as a colon.

    >>> ascii_digits("আনুমানিক ১২:০০ জিএমটি, অনুপাত ৩ঃ২, सन १९९४, ١٢, ３６")
    'আনুমানিক 12:00 জিএমটি, অনুপাত 3:2, सन 1994, 12, ３６'
    """
    return _NATIVE_DIGIT.sub(lambda m: ":" if m.group() in "ঃः" else str(_digit_value(m.group())), text)


_DECIMAL_DIGIT = lazy(r"\p{Nd}")


def _digit_value(digit: str) -> int:
    """A decimal digit's value, also for digits newer than this Python's Unicode data
    (which `regex` knows: U+1CCF0, OUTLINED DIGIT ZERO of Unicode 16): Unicode encodes every
    script's digits as runs of ten from zero, so a digit is its distance from the start of
    its block of digits, modulo ten.

    >>> _digit_value("\U0001ccf7"), _digit_value("\U0001d7d9")
    (7, 1)
    """
    try:
        return int(digit)
    except ValueError:
        start = ord(digit)
        while start > 0 and _DECIMAL_DIGIT.fullmatch(chr(start - 1)):
            start -= 1
        return (ord(digit) - start) % 10


# A paragraph in a spreadsheet's (CSV) escaping: wrapped in straight quotes, with each
# quotation mark inside doubled ("স্টেশনের ওয়েবসাইট ""একটি নতুন … থিয়েটার"" হিসাবে …! ").
# Exports of translation data keep it, some escaped twice (three marks around the field,
# four around a quotation inside).
# Read as the text it escapes, one character for one: the wrapping marks as spaces, each
# run of doubled marks as half as many marks and as many spaces (the spaces on the side
# away from the word), so that no quotation opens at the wrapper and each mark inside
# pairs as written.
_CSV_FIELD = lazy(r'\A\s*+"((?:[^"]|"")*+)"\s*+\Z')
_CSV_DOUBLED = lazy(r'(?:"")++(?=([\p{L}\p{M}\p{N}])?)')
_CSV_DEPTH = 3


def csv_unescaped(text: str) -> str:
    """`text` read as the spreadsheet field it is, if it is one whose inner marks are
    doubled, as often as it was escaped (same length, same offsets); otherwise `text`.

    >>> csv_unescaped('"He said ""no"" twice. "')
    ' He said  "no"  twice.  '
    >>> csv_unescaped('"' * 3 + 'Very ' + '"' * 4 + 'sad' + '"' * 4 + ', he said.' + '"' * 3)
    '   Very    "sad"   , he said.   '
    >>> csv_unescaped('"A whole quotation."')
    '"A whole quotation."'
    """
    for _ in range(_CSV_DEPTH):
        field = _CSV_FIELD.match(text)
        if field is None or '""' not in field.group(1):
            return text
        inner = _CSV_DOUBLED.sub(lambda m: _halved(len(m.group()) // 2, before_word=m.group(1) is not None),
                                 field.group(1))
        start, end = field.span(1)
        text = f"{text[:start - 1]} {inner} {text[end + 1:]}"
    return text


def _halved(marks: int, before_word: bool) -> str:
    return " " * marks + '"' * marks if before_word else '"' * marks + " " * marks


_SOFT_BREAK = lazy(r"\n(?![ \t]*+(?:[-*+•>|#]|\d{1,3}[.)])(?:[ \t]|$))")
SOFT_KINDS = frozenset({"text", "list"})


def soft_breaks_as_spaces(text: str, kind: str = "text") -> str:
    """`text` with its soft line breaks as spaces (same length, same offsets).

    >>> soft_breaks_as_spaces("em janeiro\\nde 2023\\n- item")
    'em janeiro de 2023\\n- item'
    """
    if "\n" not in text or kind not in SOFT_KINDS:
        return text
    return _SOFT_BREAK.sub(" ", text)


class Claims:
    """The character spans of one paragraph that an extractor has already used, and the
    paragraph case-folded and its words (read once, used by every extractor that looks
    words up)."""

    def __init__(self, length: int, text: str = "") -> None:
        self._mask = bytearray(length)
        self._text = text
        self._folded: str | None = None
        self._words: frozenset[str] | None = None

    @property
    def folded(self) -> str:
        """The paragraph's text case-folded."""
        if self._folded is None:
            self._folded = self._text.casefold()
        return self._folded

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(_FOLDED_WORDS.findall(self.folded))
        return self._words

    def free(self, start: int, end: int) -> bool:
        # (`take` writes only ones: a search for one in C, not a walk of Python ints)
        return 1 not in self._mask[start:end]

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)


class Extractor(Protocol):
    """Finds one kind of invariant in a paragraph's text (offsets relative to `text`)."""

    def __call__(self, text: str, info: LocaleInfo, claims: Claims, block: str) -> list[Invariant]: ...


# Order matters: each extractor sees only what the ones before it left unclaimed.
EXTRACTORS: dict[str, Extractor] = {
    "markup": markup.extract,
    "url": urls.extract,
    "date": dates.extract,
    "code": codes.extract,
    "number": numbers.extract,
    "quote": quotes.extract,
    "name": names.extract,
}

KINDS = (*EXTRACTORS, "placeholder")

# Cheap tests, on one scan of the text (`prescreen.Screen`), that rule a kind out: a
# paragraph without a slash, @, # or "www." has no link, one without a quotation mark no
# quotation, one without a digit, colon, underscore or per cent sign no code, one without
# an upper-case letter no name. They decide only whether an extractor runs, never what it
# finds (`tests/test_speed.py` checks that extraction gives the same invariants with and
# without them). The other extractors test their own trigger characters first.
MAY_HAVE = prescreen.MAY_HAVE


def as_read(text: str) -> str:
    """A paragraph's text (its soft breaks as spaces) as the extractors read it: digits and
    their separators in ASCII, a spreadsheet's escaping undone (same length, same offsets)."""
    if not text.isascii():  # (isascii is one test in C, not a scan)
        if _FULL_WIDTH.search(text):
            text = half_width(text)
        if _NATIVE_DIGIT.search(text):
            text = ascii_digits(text)
    if '""' in text:
        text = csv_unescaped(text)
    return text


def extract_segment(segment: Segment, info: LocaleInfo, kinds: tuple[str, ...] = KINDS,
                    prefilter: bool = True) -> tuple[Invariant, ...]:
    """The invariants of one segment, with offsets into the whole document.

    `prefilter=False` runs every extractor on every paragraph (for tests: the result
    must be the same).
    """
    return tuple(ExtractedInvariant(*fields) for fields in _segment_fields(segment, info, kinds, prefilter))


def _segment_fields(segment: Segment, info: LocaleInfo, kinds: tuple[str, ...] = KINDS,
                    prefilter: bool = True) -> list[tuple]:
    """`extract_segment` as the fields of each invariant (what worker processes send)."""
    written = soft_breaks_as_spaces(segment.text, segment.kind)
    text = as_read(written)
    claims = Claims(len(text), text)
    for note in TRANSLATOR_NOTE.finditer(text) if "(" in text or "（" in text else ():
        claims.take(*note.span())
    found: list[tuple] = []
    offset = segment.start
    if segment.syntax and "placeholder" in kinds:
        # A unit whose reader names its placeholder syntax: read them by that syntax first.
        found.extend((inv.kind, inv.value, inv.text, inv.start + offset, inv.end + offset, (), None)
                     for inv in placeholders.extract(segment.text, segment.syntax, claims))
    screen = prescreen.Screen(text) if prefilter else None
    for kind, extractor in EXTRACTORS.items():
        if kind not in kinds:
            continue
        may_have = MAY_HAVE.get(kind) if screen is not None else None
        if may_have is not None and not may_have(screen):
            continue
        for inv in extractor(text, info, claims, segment.kind):
            shown = written[inv.start:inv.end] if written is not text and inv.text == text[inv.start:inv.end] \
                else inv.text
            if shown == inv.value:
                shown = inv.value  # one string kept for both (names and most numbers): memory per unit
            found.append((inv.kind, inv.value, shown, inv.start + offset, inv.end + offset, inv.alternatives,
                          inv.flag))
    found.sort(key=_START)
    return found


_START = operator.itemgetter(3)


def extract_document(document: Document, kinds: tuple[str, ...] = KINDS) -> tuple[tuple[Invariant, ...], ...]:
    """The invariants of every paragraph of `document`, paragraph by paragraph."""
    info = locale_info(document.lang)
    return tuple(extract_segment(p, info, kinds) for p in document.paragraphs)


# Below this many paragraphs in all, starting worker processes costs more than it saves.
PARALLEL_FROM = 2000

# How many callers are inside `serial()` (threads of one worker may overlap).
_serial_lock = threading.Lock()
_serial_depth = 0


@contextlib.contextmanager
def serial() -> Iterator[None]:
    """No worker processes for extraction or comparison while inside: in a worker (of the
    `--jobs` pool or of a cluster, whose processes may not start their own), and for
    `--jobs 1`. Nested and overlapping uses are counted: the pools come back when the last
    one leaves."""
    global _serial_depth
    with _serial_lock:
        _serial_depth += 1
    try:
        yield
    finally:
        with _serial_lock:
            _serial_depth -= 1


def serial_for(jobs: int | None) -> contextlib.AbstractContextManager[None]:
    """`--jobs 1`: a single document set is extracted in this process only."""
    return serial() if jobs == 1 else contextlib.nullcontext()


def pool_workers(total: int, factor: int = 1) -> int:
    """How many forked worker processes to spread `total` paragraphs (or groups of
    them) over: 1 (none) below `factor` × `PARALLEL_FROM`, inside `serial()`, where fork
    is missing, or inside a daemonic process (which may not have children, e.g. a worker
    of a distributed run)."""
    workers = min(os.cpu_count() or 1, 8)
    if _serial_depth or total < PARALLEL_FROM * factor or workers < 2:
        return 1
    import multiprocessing  # (here: a short document never loads it)

    if "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon:
        return 1
    return workers


@contextlib.contextmanager
def held_apart_from_collector() -> Iterator[None]:
    """While inside, the objects this process holds are set apart from the garbage
    collector (`gc.freeze`): the children forked meanwhile never write to them in their
    collections, so they do not copy the memory pages those objects sit on (on
    python-docs-ko's 10,000 entries, each comparing worker took a fifth less)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def forked_pool(workers: int) -> Iterator[concurrent.futures.ProcessPoolExecutor]:
    """A pool of `workers` processes forked from this one, the parent's objects held
    apart from the collector while it runs."""
    import concurrent.futures
    import multiprocessing

    with held_apart_from_collector():
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            yield pool


# The documents being extracted by a pool: forked workers inherit them, so a job is
# only (document, first paragraph, last paragraph) and no paragraph is pickled.
_POOL_DOCUMENTS: list[Document] = []


def _extract_chunk(job: tuple[int, int, int]) -> list[list[tuple]]:
    index, start, end = job
    document = _POOL_DOCUMENTS[index]
    info = locale_info(document.lang)
    # Plain tuples travel back several times cheaper than pickled dataclasses.
    return [_segment_fields(segment, info) for segment in document.paragraphs[start:end]]


def extract_documents(documents: list[Document]) -> list[tuple[tuple[Invariant, ...], ...]]:
    """The invariants of several documents; large inputs are split over the machine's cores.

    Extraction is a pure function of a paragraph and its locale, so the result is the
    same whichever process computes it.
    """
    total = sum(len(d.paragraphs) for d in documents)
    workers = pool_workers(total)
    if workers < 2:
        return [extract_document(d) for d in documents]
    for doc in documents:
        # Compile the locale's patterns once here, so the forked workers inherit them.
        extract_segment(Segment(1, 0, 30, 1, 1, "1 de janeiro de 2000, 1.5 e três"), locale_info(doc.lang))
    size = max(200, total // (workers * 4))
    jobs = [(index, start, start + size) for index, doc in enumerate(documents)
            for start in range(0, len(doc.paragraphs), size)]
    _POOL_DOCUMENTS[:] = documents
    out: list[list[tuple[Invariant, ...]]] = [[] for _ in documents]
    try:
        with forked_pool(workers) as pool:
            # Each chunk's tuples become invariants as it arrives (in order), while the
            # workers go on, and are dropped: never all of them held at once.
            for (index, _, _), result in zip(jobs, pool.map(_extract_chunk, jobs)):
                out[index].extend(tuple(ExtractedInvariant(*fields) for fields in paragraph) for paragraph in result)
    finally:
        _POOL_DOCUMENTS.clear()
    return [tuple(r) for r in out]
