"""Key/value files: versions pair by key, never by position, and a key one version
lacks is reported (XL901, XL902) instead of being aligned as a missing paragraph."""

from __future__ import annotations

from xlcheck.compare.blame import Blame
from xlcheck.io.keyed import KEYED_FORMATS
from xlcheck.model import Alignment, Bead, Document, Finding, Location
from xlcheck.rules import RULES


def keyed(document: Document) -> bool:
    """Whether a document's paragraphs are keyed units (a key/value file)."""
    if document.format in KEYED_FORMATS:
        return True
    return bool(document.paragraphs) and all(p.key is not None for p in document.paragraphs)


def key_alignment(a: Document, b: Document) -> Alignment:
    """The units of two keyed documents paired by key, in A's order. Units only one
    side has are left out of the alignment: `key_findings` reports them."""
    where = {p.key: j for j, p in enumerate(b.paragraphs)}
    beads = tuple(Bead((i,), (where[p.key],), 1.0) for i, p in enumerate(a.paragraphs) if p.key in where)
    return Alignment(beads, 1.0)


def key_findings(documents: list[Document], blame: Blame) -> list[Finding]:
    """XL901 for a key of the source (or of the first version) that a translation lacks,
    XL902 for a key only a translation has."""
    if len(documents) < 2 or not all(keyed(d) for d in documents):
        return []
    pivot = blame.reference if blame.reference is not None else 0
    source = documents[pivot]
    findings: list[Finding] = []
    source_keys = {p.key: p for p in source.paragraphs}
    for k, doc in enumerate(documents):
        if k == pivot:
            continue
        have = {p.key: p for p in doc.paragraphs}
        for key, paragraph in source_keys.items():
            if key not in have:
                rule = RULES["XL901"]
                findings.append(Finding(rule.check, rule.code, rule.severity,
                                        f"key “{key}” of {source.lang} has no {doc.lang} translation", key, (
                                            _at(source, paragraph, "present"),
                                            Location(doc.path, doc.lang, None, None, None, None, None, "missing"))))
        for key, paragraph in have.items():
            if key not in source_keys:
                rule = RULES["XL902"]
                findings.append(Finding(rule.check, rule.code, rule.severity,
                                        f"key “{key}” is only in {doc.lang}; {source.lang} has no such key", key, (
                                            Location(source.path, source.lang, None, None, None, None, None,
                                                     "absent"),
                                            _at(doc, paragraph, "extra"))))
    return findings


def _at(doc: Document, paragraph, status) -> Location:
    return Location(doc.path, doc.lang, paragraph.n, paragraph.line, 1, paragraph.key, paragraph.key, status)
