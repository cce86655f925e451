"""`check()`: the one orchestration function the CLI, the tests and library users call.

read -> segment -> extract -> align -> compare -> Report. Nothing here prints.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Sequence

import regex

from xlcheck import __version__
from xlcheck.align import Alignment, align_profiles, length_ratio, mean_score, profile
from xlcheck.compare import Comparison, Group, blame, build_groups, findings_for
from xlcheck.config import Config, fingerprint, load_baseline
from xlcheck.embed import encoder_for
from xlcheck.errors import UsageError
from xlcheck.extract import extract_document, extract_documents
from xlcheck.glossary import BUILTIN, Glossary
from xlcheck.io import BILINGUAL, read_documents
from xlcheck.io.discover import discover
from xlcheck.model import TRANSLATION_THRESHOLD, AlignmentReport, Bead, Document, Finding, Location, Report
from xlcheck.rules import rule_for
from xlcheck.segment import units

UNITS = ("paragraph", "sentence", "line")

ALIGNER = "dp-band"


def load_documents(sources: Sequence[str | Document], langs: Sequence[str] = ()) -> list[Document]:
    """Documents from paths (or ready-made `Document`s), in order.

    `langs` gives one tag per document, overriding what paths and headers say; a PO
    catalogue or XLIFF file yields two documents (source, target) and takes two tags.
    """
    documents: list[Document] = []
    pending = list(langs)
    for source in sources:
        if isinstance(source, Document):
            documents.append(source)
            if pending:
                pending.pop(0)
            continue
        wanted = 2 if os.path.splitext(str(source))[1].lower() in BILINGUAL else 1
        tags = tuple(pending[:wanted]) if pending else (None,) * wanted
        pending = pending[wanted:]
        documents.extend(read_documents(str(source), tags))
    if langs and (pending or len(langs) < len(documents)):
        raise UsageError(f"--langs names {len(langs)} languages for {len(documents)} documents; give one per "
                         "document (a PO catalogue counts two: source and target)")
    return documents


def _pre_aligned(a: Document, b: Document) -> bool:
    """Whether two documents are the two sides of one catalogue, entry for entry."""
    return a.format == b.format == "po" and a.path == b.path and len(a.paragraphs) == len(b.paragraphs)


def align_documents(a: Document, b: Document, inv_a=None, inv_b=None, aligner: str = "default") -> Alignment:
    """The paragraph alignment of two documents (`aligner`: ``default`` or ``embed``)."""
    if _pre_aligned(a, b):
        return Alignment(tuple(Bead((i,), (i,), 1.0) for i in range(len(a.paragraphs))), 1.0)
    inv_a = inv_a if inv_a is not None else extract_document(a)
    inv_b = inv_b if inv_b is not None else extract_document(b)
    profiles_a = [profile(p, i, titles=True) for p, i in zip(a.paragraphs, inv_a)]
    profiles_b = [profile(p, i, titles=True) for p, i in zip(b.paragraphs, inv_b)]
    return align_profiles(profiles_a, profiles_b, encoder=encoder_for(aligner))


def align(sources: Sequence[str | Document], unit: str = "paragraph", config: Config | None = None,
          aligner: str | None = None) -> AlignmentReport:
    """Align two versions at the paragraph, sentence or line level."""
    config = config or Config()
    aligner = aligner or getattr(config, "aligner", "default")
    encoder = encoder_for(aligner)
    if unit not in UNITS:
        raise UsageError(f"unknown segment unit {unit!r}; use one of {', '.join(UNITS)}")
    documents = load_documents(sources, config.langs)
    if len(documents) != 2:
        raise UsageError(f"xlcheck align takes two versions, got {len(documents)} documents")
    a, b = documents
    if unit == "paragraph":
        alignment = align_documents(a, b, aligner=aligner)
        return AlignmentReport((a, b), unit, (a.paragraphs, b.paragraphs), alignment)
    segments = tuple(units(d.paragraphs, d.text, unit) for d in documents)
    # Lines and sentences are profiled by their tokens alone (numbers, capitalised words,
    # identifiers): running every extractor on each of them costs more than the alignment.
    profiles = [[profile(s) for s in segs] for segs in segments]
    if unit == "line":
        return AlignmentReport((a, b), unit, segments, align_profiles(*profiles, encoder=encoder))
    return AlignmentReport((a, b), unit, segments,
                           _sentences_within(align_documents(a, b, aligner=aligner), (a, b), segments, profiles,
                                             encoder))


def _sentences_within(paragraphs: Alignment, documents, segments, profiles, encoder=None) -> Alignment:
    """Sentence alignment inside each pair of aligned paragraphs: sentences never pair
    across paragraphs that do not, and each search is small."""
    # For each document, the indices of its sentences, paragraph by paragraph.
    by_paragraph: list[dict[int, list[int]]] = []
    for doc, doc_segments in zip(documents, segments):
        starts = [p.start for p in doc.paragraphs]
        sentences: dict[int, list[int]] = {}
        for index, sentence in enumerate(doc_segments):
            sentences.setdefault(bisect.bisect_right(starts, sentence.start) - 1, []).append(index)
        by_paragraph.append(sentences)
    ratio = length_ratio(*profiles)  # the documents' ratio, not each paragraph's
    beads: list[Bead] = []
    for bead in paragraphs.beads:
        rows = [[i for p in members for i in by_paragraph[side].get(p, ())]
                for side, members in enumerate((bead.a, bead.b))]
        if rows[0] and rows[1]:
            inner = align_profiles([profiles[0][i] for i in rows[0]], [profiles[1][j] for j in rows[1]],
                                   encoder=encoder, ratio=ratio)
            for sub in inner.beads:
                beads.append(Bead(tuple(rows[0][i] for i in sub.a), tuple(rows[1][j] for j in sub.b), sub.score))
        else:
            beads.extend(Bead((i,), (), None) for i in rows[0])
            beads.extend(Bead((), (j,), None) for j in rows[1])
    return Alignment(tuple(beads), mean_score(beads))



def check(sources: Sequence[str | Document], config: Config | None = None, aligner: str | None = None) -> Report:
    """Check two or more versions of one text against each other; the first is the reference.

    `sources` are file paths or `Document`s. Raises `XlcheckError` on bad input.
    """
    config = config or Config()
    aligner = aligner or getattr(config, "aligner", "default")
    encoder_for(aligner)  # a missing extra is a usage error before any work
    documents = load_documents(sources, config.langs)
    if len(documents) < 2:
        raise UsageError("xlcheck needs at least two versions to compare; name two or more files "
                         "(or one PO catalogue)")
    invariants = extract_documents(documents)
    glossary = Glossary(BUILTIN).extended(config.glossary)
    alignments = [align_documents(documents[0], d, invariants[0], inv, aligner) for d, inv in
                  zip(documents[1:], invariants[1:])]

    findings: list[Finding] = []
    translated = [0] + [k for k in range(1, len(documents)) if alignments[k - 1].translation]
    for k in range(1, len(documents)):
        if k not in translated:
            findings.extend(_rewrite_findings(documents[0], documents[k], invariants[0], invariants[k],
                                              alignments[k - 1], glossary))
    if len(translated) >= 2:
        docs = [documents[k] for k in translated]
        invs = [invariants[k] for k in translated]
        groups = build_groups(len(docs), [alignments[k - 1] for k in translated[1:]])
        findings.extend(_group_findings(Comparison(docs, invs, glossary), groups))

    findings = [f for f in findings if config.enabled(f.rule, f.check)]
    if config.baseline:
        known = load_baseline(config.baseline)
        findings = [f for f in findings
                    if fingerprint(f.rule, f.value, f.blamed.path, f.blamed.status) not in known]
    order = {d.path: i for i, d in enumerate(documents)}
    findings.sort(key=lambda f: (f.rule != "XL001", order.get(f.blamed.path, 0), f.blamed.line or 0,
                                 f.blamed.column or 0, f.rule))
    return Report(tuple(documents), tuple(findings), signature(documents, config), __version__)


def check_tree(root: str, config: Config | None = None, aligner: str | None = None) -> Report:
    """Check every document of a tree whose versions can be paired by name or folder."""
    config = config or Config()
    groups = discover(root)
    if not groups:
        raise UsageError(f"{root}: found no documents with two language versions (name them like "
                         "guide.pt.md / guide.de.md, or put them in pt/ and de/ folders)")
    documents: list[Document] = []
    findings: list[Finding] = []
    for group in groups:
        report = check(group, config, aligner)
        documents.extend(report.documents)
        findings.extend(report.findings)
    return Report(tuple(documents), tuple(findings), signature(documents, config), __version__)


def signature(documents: Sequence[Document], config: Config) -> str:
    """A short string that identifies what a run did, so two CI runs can be compared."""
    rules = "all" if not config.select and not config.ignore else (
        "+".join(config.select or ("all",)) + ("-" + "-".join(config.ignore) if config.ignore else ""))
    langs = ",".join(d.lang for d in documents)
    return f"xlcheck={__version__}|aligner={ALIGNER}|langs={langs}|rules={rules}|glossary={len(config.glossary)}"


def _group_findings(comparison: Comparison, groups: list[Group]) -> list[Finding]:
    findings: list[Finding] = []
    candidates = []
    docs_of_group: list[list[int]] = []
    count = len(comparison.documents)
    for g, group in enumerate(groups):
        present = [k for k in range(count) if group.members[k]]
        docs_of_group.append(present)
        if len(present) < count and _has_content(comparison, group, present):
            findings.append(_paragraph_missing(comparison, group, present))
        if len(present) >= 2 and (len(present) == count or count >= 3):
            found, notes = comparison.candidates(g, group, present)
            candidates.extend(found)
            findings.extend(notes)
    findings.extend(findings_for(comparison, groups, docs_of_group, candidates))
    return findings


_PROSE_WORD = regex.compile(r"(?<![<`/{])\b\p{L}{2,}\b")
_TAG_ONLY = regex.compile(r"^\s*(?:</?[\w.:-]+[^<>]*>\s*)+$")


def _has_content(comparison: Comparison, group: Group, present: list[int]) -> bool:
    """Whether an unpaired paragraph says anything: a facts-free line of markup
    (``</Steps>``, a lone ``---``) that one version splits off is no drift."""
    for k in present:
        doc = comparison.documents[k]
        for i in group.members[k]:
            paragraph = doc.paragraphs[i]
            if _TAG_ONLY.match(paragraph.text):
                continue
            if paragraph.kind == "code" or any(inv.kind != "name" for inv in comparison.invariants[k][i]):
                return True
            if len(_PROSE_WORD.findall(paragraph.text)) >= 3:
                return True
    return False


def _paragraph_missing(comparison: Comparison, group: Group, present: list[int]) -> Finding:
    rule = rule_for("alignment", "paragraph-missing")
    count = len(comparison.documents)
    have = frozenset(present)
    lack = frozenset(range(count)) - have
    have_status, lack_status = blame(have, lack)
    k = present[0]
    doc = comparison.documents[k]
    paragraphs = [doc.paragraphs[i] for i in group.members[k]]
    words = " ".join(paragraphs[0].text.split()[:8])
    facts = sorted({inv.text for i in group.members[k] for inv in comparison.invariants[k][i]
                    if inv.kind in ("number", "date", "code", "url") and inv.flag != "word"})
    locations = []
    for j in range(count):
        other = comparison.documents[j]
        if j in have:
            first = other.paragraphs[group.members[j][0]]
            locations.append(Location(other.path, other.lang, first.n, first.line, 1,
                                      " ".join(first.text.split()[:8]), None, have_status))
        else:
            locations.append(comparison.location(j, group, None, lack_status))
    held = f" (holds {', '.join(facts)})" if facts else ""
    lacking = ", ".join(comparison.documents[j].lang for j in sorted(lack))
    message = f"{comparison.where(k, group)} “{words}…”{held} has no counterpart in {lacking}"
    return Finding(rule.check, rule.code, rule.severity, message, words, tuple(locations))


def _rewrite_findings(a: Document, b: Document, inv_a, inv_b, alignment: Alignment, glossary: Glossary) -> list[Finding]:
    """One finding that the two are not translations, then the facts only one side has."""
    rule = rule_for("alignment", "not-a-translation")
    message = (f"{b.path} does not look like a translation of {a.path} (alignment score "
               f"{alignment.score:.2f}, threshold {TRANSLATION_THRESHOLD:.2f}); comparing facts document-wide")
    findings = [Finding(rule.check, rule.code, rule.severity, message, f"{alignment.score:.2f}", (
        Location(a.path, a.lang, None, None, None, None, None, "present"),
        Location(b.path, b.lang, None, None, None, None, None, "different"),
    ))]
    whole = Group((tuple(range(len(a.paragraphs))), tuple(range(len(b.paragraphs)))), whole=True)
    comparison = Comparison([a, b], [inv_a, inv_b], glossary)
    candidates, _ = comparison.candidates(0, whole, [0, 1])
    candidates = [c for c in candidates if c.kind in ("number", "date", "code", "url")]
    findings.extend(findings_for(comparison, [whole], [[0, 1]], candidates))
    return findings


__all__ = ["check", "check_tree", "align", "align_documents", "load_documents"]
