"""Extractors: find the invariants of each paragraph, one extractor per kind.

Extractors run in the order of `EXTRACTORS`; each one may claim the characters it
used, so a later one does not read them again (the year in "Oktober 2023" is a date,
not a number; the 100 in "H100" is a code, not a number).
"""

from __future__ import annotations

from typing import Protocol

from xlcheck.extract import codes, dates, markup, names, numbers, quotes, urls
from xlcheck.locales import LocaleInfo, locale_info
from xlcheck.model import Document, Invariant, Segment


class Claims:
    """The character spans of one paragraph that an extractor has already used."""

    def __init__(self, length: int) -> None:
        self._mask = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return not any(self._mask[start:end])

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

KINDS = tuple(EXTRACTORS)


def extract_segment(segment: Segment, info: LocaleInfo, kinds: tuple[str, ...] = KINDS) -> tuple[Invariant, ...]:
    """The invariants of one segment, with offsets into the whole document."""
    claims = Claims(len(segment.text))
    found: list[Invariant] = []
    for kind, extractor in EXTRACTORS.items():
        if kind not in kinds:
            continue
        for inv in extractor(segment.text, info, claims, segment.kind):
            found.append(
                Invariant(inv.kind, inv.value, inv.text, inv.start + segment.start, inv.end + segment.start,
                          inv.alternatives, inv.flag)
            )
    found.sort(key=lambda inv: inv.start)
    return tuple(found)


def extract_document(document: Document, kinds: tuple[str, ...] = KINDS) -> tuple[tuple[Invariant, ...], ...]:
    """The invariants of every paragraph of `document`, paragraph by paragraph."""
    info = locale_info(document.lang)
    return tuple(extract_segment(p, info, kinds) for p in document.paragraphs)
