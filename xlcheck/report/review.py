"""What a side-by-side review needs beyond a `Report`: document sets, aligned rows, and
where each finding sits.

A `Report` carries documents and findings only. The review view also needs to know
which documents are versions of one text (a tree holds many such sets), how their
paragraphs pair, and the invariants of every paragraph. `document_sets` recomputes
the last two with the public `align_documents` and `extract_document` (every version
against the first, the reference, as `check()` does), so this module depends on
nothing but the Report and those two functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xlcheck.model import Alignment, AlignmentReport, Document, Finding, Invariant, Location, Report, Segment


@dataclass(frozen=True)
class DocumentSet:
    """The versions of one text, cut into segments, with their invariants and alignments.

    `alignments[k - 1]` pairs the segments of `documents[0]` (the reference) with those
    of `documents[k]`; `invariants[k][i]` are those of segment `i` of `documents[k]`.
    Both are empty for a set whose rows the page does not show (a clean set of a tree).
    """

    documents: tuple[Document, ...]
    segments: tuple[tuple[Segment, ...], ...]
    invariants: tuple[tuple[tuple[Invariant, ...], ...], ...]
    alignments: tuple[Alignment, ...]


@dataclass(frozen=True)
class Row:
    """Segments that say the same thing: 0-based segment indices per document (maybe
    none), and each later document's alignment score for them (None for the reference
    and for a side with nothing to pair)."""

    cells: tuple[tuple[int, ...], ...]
    scores: tuple[float | None, ...]


@dataclass(frozen=True)
class Mark:
    """Where one location of a finding shows: document `doc`, segment `segment`, and the
    span (offsets into the segment's text) when the location names a value.

    A version blamed for lacking a whole paragraph has no segment to show it in: its
    mark has `segment` None and sits in that version's column of the row of `anchor`,
    the (document, segment) where another version states what it lacks.
    """

    finding: int
    doc: int
    segment: int | None
    span: tuple[int, int] | None
    blamed: bool
    anchor: tuple[int, int] | None = None

    @property
    def where(self) -> tuple[int, int]:
        """The (document, segment) whose row the mark belongs to."""
        return self.anchor if self.segment is None else (self.doc, self.segment)  # type: ignore[return-value]


def _components(path: str) -> list[str]:
    parts = path.replace("\\", "/").split("/")
    return parts[:-1] + parts[-1].split(".")


def _tag(word: str) -> str:
    return word.lower().replace("_", "-")


def _same_text(first: Document, other: Document) -> bool:
    """Whether two paths name versions of one document: the same path (a catalogue's two
    sides), or paths that differ only where each names its own language (``guide.pt.md``
    / ``guide.de.md``, ``pt/guide.md`` / ``de/guide.md``)."""
    if first.path == other.path:
        return True
    a, b = _components(first.path), _components(other.path)
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differ) == 1 and _tag(differ[0][0]) == _tag(first.lang) and _tag(differ[0][1]) == _tag(other.lang)


def partition(report: Report) -> list[list[int]]:
    """Indices of the report's documents, one list per set of versions.

    `check_tree` lists each set's versions together, reference first. When the paths do
    not split into sets of two or more versions each (``xlcheck diff a.txt other/b.txt``),
    or a finding would straddle two sets, all documents are one set.
    """
    documents = report.documents
    sets: list[list[int]] = []
    for index, doc in enumerate(documents):
        if sets and _same_text(documents[sets[-1][0]], doc):
            sets[-1].append(index)
        else:
            sets.append([index])
    whole = [list(range(len(documents)))]
    if len(sets) == 1 or any(len(s) < 2 for s in sets):
        return whole
    set_of = {(documents[i].path, documents[i].lang): n for n, members in enumerate(sets) for i in members}
    for finding in report.findings:
        if len({set_of.get((loc.path, loc.lang)) for loc in finding.locations}) > 1:
            return whole
    return sets


def document_sets(report: Report) -> list[DocumentSet]:
    """The report's documents grouped into sets, each aligned and extracted.

    A report that already carries its sets (``report.sets``, as `check()` can fill them
    from what it computed anyway) is taken as it is.
    """
    given = getattr(report, "sets", None)
    if given:
        return list(given)
    sets = []
    for members in partition(report):
        documents = tuple(report.documents[i] for i in members)
        sets.append(DocumentSet(documents, tuple(d.paragraphs for d in documents), (), ()))
    # A tree's report shows no rows of a clean set: its invariants and alignment are not needed.
    wanted = [bool(f) or len(sets) == 1 for f in findings_by_set(sets, report.findings)]
    return [complete(s) if w else s for s, w in zip(sets, wanted)]


def complete(document_set: DocumentSet) -> DocumentSet:
    """A set with its invariants extracted and every version aligned with the reference."""
    from xlcheck.api import align_documents
    from xlcheck.extract import extract_document

    documents = document_set.documents
    invariants = tuple(extract_document(d) for d in documents)
    alignments = tuple(align_documents(documents[0], d, invariants[0], inv)
                       for d, inv in zip(documents[1:], invariants[1:]))
    return DocumentSet(documents, document_set.segments, invariants, alignments)


def findings_by_set(sets: Sequence[DocumentSet], findings: Sequence[Finding]) -> list[list[tuple[int, Finding]]]:
    """Each set's findings as (index in the report, finding): a finding belongs to the set
    of the version it blames."""
    owner: dict[tuple[str, str], int] = {}
    for n, document_set in enumerate(sets):
        for doc in document_set.documents:
            owner.setdefault((doc.path, doc.lang), n)
            owner.setdefault((doc.path, ""), n)
    out: list[list[tuple[int, Finding]]] = [[] for _ in sets]
    for index, finding in enumerate(findings):
        blamed = finding.blamed
        out[owner.get((blamed.path, blamed.lang), owner.get((blamed.path, ""), 0))].append((index, finding))
    return out


def alignment_set(report: AlignmentReport) -> DocumentSet:
    """The one set an `xlcheck align` run shows, segments as it cut them."""
    from xlcheck.extract import extract_segment
    from xlcheck.locales import locale_info

    invariants = tuple(tuple(extract_segment(s, locale_info(d.lang)) for s in segments)
                       for d, segments in zip(report.documents, report.segments))
    return DocumentSet(tuple(report.documents), tuple(report.segments), invariants, (report.alignment,))


def rows(reference_count: int, counts: Sequence[int], alignments: Sequence[Alignment]) -> list[Row]:
    """Rows of segments across all documents, in reading order.

    Each alignment pairs the reference with one version. Reference segments that any
    version merges (a 2-1 bead) share a row; a version's segment with no reference
    counterpart gets a row of its own after the row it follows.

    >>> from xlcheck.model import Bead
    >>> one = Alignment((Bead((0,), (0,), 0.9), Bead((1, 2), (1,), 0.8)), 0.85)
    >>> two = Alignment((Bead((0,), (0,), 0.7), Bead((), (1,), None), Bead((1,), (2,), 0.6), Bead((2,), (3,), 0.5)), 0.6)
    >>> [r.cells for r in rows(3, [3, 2, 4], [one, two])]
    [((0,), (0,), (0,)), ((), (), (1,)), ((1, 2), (1,), (2, 3))]
    """
    join = [False] * reference_count
    for alignment in alignments:
        for bead in alignment.beads:
            for i in bead.a[:-1]:
                join[i] = True
    row_of: list[int] = []
    for i in range(reference_count):
        row_of.append(row_of[-1] + (0 if join[i - 1] else 1) if i else 0)
    width = 1 + len(alignments)
    total = (row_of[-1] + 1) if row_of else 0
    cells: list[list[list[int]]] = [[[] for _ in range(width)] for _ in range(total)]
    scores: list[list[float | None]] = [[None] * width for _ in range(total)]
    inserts: dict[int, list[list[int]]] = {}
    for i in range(reference_count):
        cells[row_of[i]][0].append(i)
    for k, alignment in enumerate(alignments, 1):
        after = -1
        for bead in alignment.beads:
            if not bead.a:
                inserts.setdefault(after, [[] for _ in range(width)])[k].extend(bead.b)
                continue
            row = row_of[bead.a[0]]
            cells[row][k].extend(bead.b)
            if bead.b and bead.score is not None:
                known = scores[row][k]
                scores[row][k] = bead.score if known is None else min(known, bead.score)
            after = row_of[bead.a[-1]]
    out: list[Row] = []
    for position in range(-1, total):
        if position >= 0:
            out.append(Row(tuple(tuple(c) for c in cells[position]), tuple(scores[position])))
        if position in inserts:
            out.append(Row(tuple(tuple(c) for c in inserts[position]), (None,) * width))
    return out


def _span(doc: Document, segment: Segment, location: Location) -> tuple[int, int] | None:
    """The location's value as offsets into the segment's text, or None."""
    text = location.text
    if not text:
        return None
    if location.line is not None and location.column is not None and location.line <= len(doc.line_starts):
        start = doc.line_starts[location.line - 1] + location.column - 1
        if doc.text[start:start + len(text)] == text and segment.start <= start < segment.end:
            return start - segment.start, start - segment.start + len(text)
    found = segment.text.find(text)
    return (found, found + len(text)) if found >= 0 else None


def marks(document_set: DocumentSet, findings: Sequence[tuple[int, Finding]]) -> tuple[list[Mark], list[int]]:
    """Where the set's findings show: marks in segments, and the findings (report
    indices) that point at no row (a whole-document verdict)."""
    documents = document_set.documents
    by_key = {(d.path, d.lang): k for k, d in enumerate(documents)}
    numbers = [{s.n: i for i, s in enumerate(segments)} for segments in document_set.segments]
    out: list[Mark] = []
    loose: list[int] = []
    for index, finding in findings:
        blamed = finding.blamed
        placed = False
        for location in finding.locations:
            k = by_key.get((location.path, location.lang))
            if k is None or location.paragraph is None or location.paragraph not in numbers[k]:
                continue
            i = numbers[k][location.paragraph]
            segment = document_set.segments[k][i]
            is_blamed = location is blamed
            out.append(Mark(index, k, i, _span(documents[k], segment, location), is_blamed))
            placed = placed or is_blamed
        if placed:
            continue
        anchor = next((m for m in reversed(out) if m.finding == index), None)
        k = by_key.get((blamed.path, blamed.lang))
        if anchor is not None and k is not None and blamed.paragraph is None:
            out.append(Mark(index, k, None, None, True, (anchor.doc, anchor.segment)))  # type: ignore[arg-type]
        else:
            loose.append(index)
    return out, loose
