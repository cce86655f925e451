"""`check()`: the one orchestration function the CLI, the tests and library users call.

read -> segment -> extract -> align -> compare -> Report. Nothing here prints.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from xlcheck import __version__
from xlcheck.align import Alignment, Profile, align_profiles, definitions_only, length_ratio, mean_score, profile
from xlcheck.choices import UNITS
from xlcheck.compare import Blame, compare
from xlcheck.compare.keys import key_alignment, keyed
from xlcheck.config import Config, fingerprint, inline_ignored, load_baseline
from xlcheck.embed import encoder_for
from xlcheck.errors import InputError, UsageError, XlcheckError
from xlcheck.extract import extract_document, extract_documents, serial_for
from xlcheck.glossary import BUILTIN, Glossary
from xlcheck.io import BILINGUAL, read_documents
from xlcheck.io.formats import multilingual
from xlcheck.io.lang import as_tag
from xlcheck.io.po import msgid_changes
from xlcheck.locales import base_language, same_language, written_tag
from xlcheck.model import AlignmentReport, Bead, Document, Finding, Location, Report
from xlcheck.rules import RULES
from xlcheck.scripts import distant
from xlcheck.segment import sentence_document, source_comments, units

if TYPE_CHECKING:
    from xlcheck.io.discover import DocumentSet, Tree

ALIGNER = "dp-band"


def load_documents(sources: Sequence[str | Document], langs: Sequence[str] = (), fuzzy: bool = False) -> list[Document]:
    """Documents from paths (or ready-made `Document`s), in order.

    `langs` gives one tag per document, overriding what paths and headers say; a PO
    catalogue or XLIFF file yields two documents (source, target) and takes two tags.
    `fuzzy`: a PO catalogue's fuzzy entries are read too.
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
        if multilingual(str(source)):
            wanted = len(pending) or 1  # a file of many languages: --langs picks among them
        tags = tuple(pending[:wanted]) if pending else (None,) * wanted
        pending = pending[wanted:]
        documents.extend(read_documents(str(source), tags, fuzzy))
    if langs and (pending or len(langs) < len(documents)):
        raise UsageError(f"--langs names {len(langs)} languages for {len(documents)} documents; give one per "
                         "document (a PO catalogue counts two: source and target)")
    # A language written in another script than CLDR's default for it (Serbian in Latin
    # letters) is read in that script's locale: its month and country names are those.
    return [doc if (tag := written_tag(doc.lang, doc.text)) == doc.lang else replace(doc, lang=tag)
            for doc in documents]


def pre_aligned(a: Document, b: Document) -> bool:
    """Whether two documents are the two sides of one catalogue, entry for entry."""
    return a.format == b.format == "po" and a.path == b.path and len(a.paragraphs) == len(b.paragraphs)


# Languages that count in Han numerals as often as in figures.
_HAN_COUNTING = frozenset({"ja", "zh"})


def align_documents(a: Document, b: Document, inv_a=None, inv_b=None, aligner: str = "default") -> Alignment:
    """The paragraph alignment of two documents (`aligner`: ``default`` or ``embed``)."""
    if pre_aligned(a, b):
        # One tuple for both sides of a bead: a catalogue has tens of thousands.
        return Alignment(tuple(Bead(pair, pair, 1.0) for pair in ((i,) for i in range(len(a.paragraphs)))), 1.0)
    if keyed(a) and keyed(b):
        return key_alignment(a, b)  # key/value files pair by key, never by position
    inv_a = inv_a if inv_a is not None else extract_document(a)
    inv_b = inv_b if inv_b is not None else extract_document(b)
    by_comments = _by_source_comments(a, b, inv_a), _by_source_comments(b, a, inv_b)
    counts = {base_language(a.lang), base_language(b.lang)} <= _HAN_COUNTING
    profiles_a = by_comments[0] or [profile(p, i, titles=True, han_counts=counts) for p, i in zip(a.paragraphs, inv_a)]
    profiles_b = by_comments[1] or [profile(p, i, titles=True, han_counts=counts) for p, i in zip(b.paragraphs, inv_b)]
    alignment = align_profiles(profiles_a, profiles_b, encoder=encoder_for(aligner))
    if not alignment.translation and (by_comments[0] or by_comments[1]) \
            and _declared_source(alignment, profiles_b if by_comments[0] else profiles_a, bool(by_comments[0])):
        return replace(alignment, verdict=True)
    return alignment


# Of a page's prose blocks, the share that must have a source comment above them.
_SOURCE_COMMENTED = 0.5


def _by_source_comments(doc: Document, other: Document, invariants) -> list[Profile] | None:
    """Profiles of a Markdown translation that keeps, above its paragraphs, the source
    each translates in comments: each such paragraph is aligned by its comment.

    The comment is what the translator declared the paragraph to translate, a far surer
    guide than the translation's own words across scripts; only alignment reads it, so a
    value written only in a comment satisfies nothing. Comments in another script than
    the other version (a translator's note) are no source. None when the page does not
    have this layout, or is written in the other version's script (its own words pair
    with the source's there, as they are).
    """
    if doc.format != "markdown" or other.format != "markdown" or "<!--" not in doc.text:
        return None
    sample = " ".join(p.text for p in other.paragraphs[:40])
    comments = [c if c and not distant(c, sample) else None for c in source_comments(doc.text, doc.paragraphs)]
    prose = [c for p, c in zip(doc.paragraphs, comments) if p.kind != "code"]
    if len(prose) < 3 or sum(c is not None for c in prose) < _SOURCE_COMMENTED * len(prose) \
            or not distant(" ".join(p.text for p in doc.paragraphs[:40]), sample):
        return None
    return [profile(replace(p, text=c) if c else p, i, titles=True)
            for p, c, i in zip(doc.paragraphs, comments, invariants)]


# A bead of a paragraph and the comment of the same text (stale by a few words) scores this or more.
_SAME_TEXT = 0.8


def _declared_source(alignment: Alignment, source: list[Profile], source_is_b: bool) -> bool:
    """Whether the comments of a translation hold nearly every paragraph of prose of the
    other version (`source`): a translation of this page that keeps a section its source
    dropped (or lacks one it added), not another page, however many paragraphs go unpaired."""
    prose = {i for i, p in enumerate(source) if p.kind in ("text", "heading", "list") and not definitions_only(p.text)}
    sure = {i for bead in alignment.beads if (bead.score or 0.0) >= _SAME_TEXT
            for i in (bead.b if source_is_b else bead.a)}
    return len(prose) >= 2 and len(prose & sure) >= 0.75 * len(prose)


def align(sources: Sequence[str | Document], unit: str = "paragraph", config: Config | None = None) -> AlignmentReport:
    """Align two versions at the paragraph, sentence or line level."""
    config = config or Config()
    encoder = encoder_for(config.aligner)
    if unit not in UNITS:
        raise UsageError(f"unknown segment unit {unit!r}; use one of {', '.join(UNITS)}")
    documents = load_documents(sources, config.langs, config.fuzzy)
    if len(documents) != 2:
        raise UsageError(f"xlcheck align takes two versions, got {len(documents)} documents")
    a, b = documents
    if unit == "paragraph":
        alignment = align_documents(a, b, aligner=config.aligner)
        return AlignmentReport((a, b), unit, (a.paragraphs, b.paragraphs), alignment)
    segments = tuple(units(d.paragraphs, d.text, unit) for d in documents)
    # Lines and sentences are profiled by their tokens alone (numbers, capitalised words,
    # identifiers): running every extractor on each of them costs more than the alignment.
    profiles = [[profile(s) for s in segs] for segs in segments]
    if unit == "line":
        return AlignmentReport((a, b), unit, segments, align_profiles(*profiles, encoder=encoder))
    return AlignmentReport((a, b), unit, segments,
                           _sentences_within(align_documents(a, b, aligner=config.aligner), (a, b), segments,
                                             profiles, encoder))


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



def check(sources: Sequence[str | Document], config: Config | None = None, reference: int | None = None) -> Report:
    """Check two or more versions of one text against each other.

    `sources` are file paths or `Document`s. `reference` is the index of the source among
    the documents read (`diff A B` passes 0); without it, the version in the configured
    `reference` language is the source, the msgids are a catalogue's, and otherwise no
    source is known and the odd one out is blamed. Raises `XlcheckError` on bad input.
    """
    config = config or Config()
    encoder_for(config.aligner)  # a missing extra is a usage error before any work
    documents = load_documents(sources, config.langs, config.fuzzy)
    if len(documents) < 2:
        raise UsageError("xlcheck needs at least two versions to compare; name two or more files "
                         "(or one PO catalogue)")
    with serial_for(config.jobs):
        findings = _drift(documents, _reference_index(documents, config, reference), config)
    return finished_report(documents, findings, config)


def _reference_index(documents: Sequence[Document], config: Config, reference: int | None) -> int | None:
    if reference is not None:
        return reference
    if config.reference:
        for k, doc in enumerate(documents):
            # (`sr` names a Serbian version read as sr-Latn, its letters' script)
            if same_language(doc.lang, config.reference) or same_language(doc.lang, written_tag(config.reference, doc.text)):
                return k
        raise UsageError(f"reference language {config.reference!r} is none of the versions' "
                         f"({', '.join(d.lang for d in documents)}); name its file or change --reference")
    if len({d.path for d in documents}) == 1 and (documents[0].format == "po" or keyed(documents[0])):
        return 0  # a catalogue (PO, XLIFF) or a file of many languages: its first version is the source
    return None


def _drift(documents: list[Document], reference: int | None, config: Config) -> list[Finding]:
    """Every drift between the versions: against the source when one is known (each
    translation on its own), else all versions together, the odd one out blamed."""
    if config.segment == "sentence":  # the findings' documents stay the paragraph ones
        documents = [sentence_document(d) for d in documents]
    invariants = extract_documents(documents)
    glossary = Glossary(BUILTIN).extended(config.glossary)

    def versions(indices: list[int], blame: Blame) -> list[Finding]:
        first = indices[0]
        alignments = [align_documents(documents[first], documents[k], invariants[first], invariants[k],
                                      config.aligner) for k in indices[1:]]
        return compare([documents[k] for k in indices], [invariants[k] for k in indices], alignments, glossary,
                       blame)

    if reference is None:
        return versions(list(range(len(documents))), Blame(None))
    translations = [k for k in range(len(documents)) if k != reference]
    findings = [f for k in translations for f in versions([reference, k], Blame(0))]
    if config.compare_translations and len(translations) >= 2:
        findings.extend(versions(translations, Blame(None)))
    return findings


def finished_report(documents: Sequence[Document], findings: list[Finding], config: Config,
            errors: Sequence[str] = ()) -> Report:
    """Filter (rules, baseline), set severities, sort: the findings as a user sees them."""
    findings = [f for f in findings if config.enabled(f.rule, f.check, f.blamed.path)
                and not inline_ignored(f.rule, f.check, f.blamed.path, f.blamed.line)]
    if any(d.fuzzy for d in documents):
        findings = _marked_fuzzy(documents, findings)
    if config.severity:
        findings = [replace(f, severity=config.severity.get(f.rule, f.severity)) for f in findings]
    hidden = 0
    if config.baseline:
        known = load_baseline(config.baseline)
        shown = [f for f in findings if fingerprint(f.rule, f.value, f.blamed.path, f.blamed.status) not in known]
        hidden, findings = len(findings) - len(shown), shown
    order = {d.path: i for i, d in enumerate(documents)}
    findings.sort(key=lambda f: (f.rule != "XL001", order.get(f.blamed.path, 0), f.blamed.line or 0,
                                 f.blamed.column or 0, f.rule))
    return Report(tuple(documents), tuple(findings), signature(documents, config), __version__, tuple(errors),
                  hidden)


def _marked_fuzzy(documents: Sequence[Document], findings: list[Finding]) -> list[Finding]:
    """The findings, those in a fuzzy catalogue entry marked so (`Finding.fuzzy`), their
    message saying how the msgid changed since the translation (which may still translate
    the previous one)."""
    fuzzy = {(d.path, d.lang, n): (d, previous) for d in documents for n, previous in d.fuzzy.items()}
    sources = {d.path: d for d in reversed(documents) if d.fuzzy}  # a catalogue's first document: its msgids
    marked = []
    for finding in findings:
        # (a tree's catalogue is reported twice over: once by itself, once with the tree)
        entry = None if finding.fuzzy else next((fuzzy[key] for loc in finding.locations
                                                 if (key := (loc.path, loc.lang, loc.paragraph)) in fuzzy), None)
        if entry is None:
            marked.append(finding)
            continue
        document, previous = entry
        n = next(loc.paragraph for loc in finding.locations if loc.path == document.path)
        source = sources[document.path]
        msgid = next((p.text for p in source.paragraphs[n - 1:n] if p.n == n), None)
        if msgid is None:
            msgid = next((p.text for p in source.paragraphs if p.n == n), "")
        changes = msgid_changes(previous, msgid)
        marked.append(replace(finding, fuzzy=True,
                              message=f"{finding.message} (in a fuzzy entry{': ' + changes if changes else ''})"))
    return marked


Progress = Callable[[int, int], None]


def check_tree(root: str, config: Config | None = None, progress: Progress | None = None) -> Report:
    """Check every document of a tree whose versions the layout pairs, and every catalogue.

    A file that cannot be read is recorded in `Report.errors` and the others are still
    checked. Source pages without a translation (XL003) and translations whose source is
    gone (XL004) are reported as information.
    """
    config = config or Config()
    tree = _discover(root, config)
    units = _tree_units(tree, config)
    if not units:
        raise UsageError(f"{root}: found no documents with two language versions (name them like "
                         "guide.md / guide.fr.md, or put them in en/ and fr/ folders) and no catalogues")
    findings = _coverage(tree, config)
    return _run_units(units, config, findings, progress)


def _discover(root: str, config: Config) -> Tree:
    """The tree under `root` as the configuration restricts it."""
    from xlcheck.io.discover import discover

    return discover(root, config.languages, config.reference, config.include, config.exclude)


def _tree_units(tree: Tree, config: Config):
    """What to check in a tree: its document sets, then its catalogues."""
    wanted = set(config.langs)
    return _set_units(tree.sets, config) + [([path], (), None) for path, lang in tree.catalogues
                                            if not wanted or lang in wanted]


def _set_units(sets: Sequence[DocumentSet], config: Config):
    """What to check: (paths, their languages, index of the source) per document set."""
    wanted = set(config.langs)
    units = []
    for document_set in sets:
        versions = [(lang, path) for lang, path in document_set.versions
                    if not wanted or lang in wanted or path == document_set.source]
        if len(versions) < 2:
            continue
        source = document_set.source
        index = next((k for k, (_, path) in enumerate(versions) if path == source), None)
        units.append(([p for _, p in versions], tuple(lang for lang, _ in versions), index))
    return units


def _run_units(units, config: Config, findings: list[Finding], progress: Progress | None) -> Report:
    from xlcheck import parallel

    if parallel.wanted(units, config):  # --jobs N, --dask: the same report, from several processes
        return parallel.run_jobs(units, config, findings, progress)
    documents: list[Document] = []
    errors: list[str] = []
    for done, (paths, langs, index) in enumerate(units, start=1):
        try:
            report = check(paths, replace(config, langs=langs, baseline=None, select=(), ignore=(), severity={}),
                           reference=index)
        except XlcheckError as exc:
            errors.append(str(exc))
        else:
            documents.extend(report.documents)
            findings.extend(report.findings)
        if progress is not None:
            progress(done, len(units))
    return finished_report(documents, findings, config, errors)


def _coverage(tree: Tree, config: Config) -> list[Finding]:
    """XL003 for a source page lacking a language of the tree, XL004 for a translation
    whose source page is gone."""
    if tree.reference is None:
        return []
    wanted = set(config.langs)
    languages = [t for t in tree.languages if not same_language(t, tree.reference) and (not wanted or t in wanted)]
    missing, orphan = RULES["XL003"], RULES["XL004"]
    findings = []
    for document_set in tree.sets:
        source = document_set.source
        have = {lang for lang, _ in document_set.versions}
        if source is not None:
            lacking = [t for t in languages if t not in have]
            if lacking:
                findings.append(Finding(missing.check, missing.code, missing.severity,
                                        f"{source} has no {', '.join(lacking)} version", ",".join(lacking),
                                        (Location(source, tree.reference, None, None, None, None, None,
                                                  "present"),)))
            continue
        for lang, path in document_set.versions:
            if not wanted or lang in wanted:
                findings.append(Finding(orphan.check, orphan.code, orphan.severity,
                                        f"{path} is a {lang} translation of {document_set.key}, which has no "
                                        f"{tree.reference} source", document_set.key,
                                        (Location(path, lang, None, None, None, None, None, "extra"),)))
    return findings


def check_paths(paths: Sequence[str], config: Config | None = None, progress: Progress | None = None,
                counterparts: bool = False) -> Report:
    """What `xlcheck check PATH...` does: a folder is a tree; catalogues are checked one by
    one; files that are versions of one document are checked together; files from a
    commit (each with counterparts in its tree, as pre-commit passes them) are each
    checked against their counterparts."""
    config = config or Config()
    if len(paths) == 1 and os.path.isdir(paths[0]):
        return check_tree(paths[0], config, progress)
    if not config.langs and len(paths) > 1 and all(_bilingual(p) for p in paths):
        return _run_units([([p], (), None) for p in paths], config, [], progress)
    if counterparts or (not config.langs and len({_plain_key(p) for p in paths}) > 1) or (
            len(paths) == 1 and not _bilingual(paths[0])):
        report = _check_counterparts(paths, config, progress, forced=counterparts)
        if report is not None:
            return report
    if config.dask:  # one document set or catalogue goes to the cluster too
        return _run_units([(list(paths), config.langs, None)], config, [], progress)
    return check(paths, config)


def _check_counterparts(paths: Sequence[str], config: Config, progress: Progress | None,
                        forced: bool) -> Report | None:
    from xlcheck.io.discover import project_root

    for path in paths:
        if not os.path.exists(path):
            raise InputError(path, "does not exist", "check the path")
    trees: dict[str, Tree] = {}
    sets: list[DocumentSet] = []
    catalogues = []
    for path in paths:
        root = project_root(path)
        if root not in trees:
            trees[root] = _discover(root, config)
        tree = trees[root]
        document_set = tree.set_of(path)
        if document_set is None and _bilingual(path):
            catalogues.append(path)
        elif document_set is None and not forced:
            return None  # not every file has counterparts: take them as versions of one document
        elif document_set is not None and document_set not in sets:
            sets.append(document_set)
    units = _set_units(sets, config) + [([p], (), None) for p in catalogues]
    return _run_units(units, config, [], progress)


def _bilingual(path: str) -> bool:
    """Whether one file holds its versions itself (a catalogue, a String Catalog, TMX, CSV)."""
    return os.path.splitext(path)[1].lower() in BILINGUAL or multilingual(path)


def _plain_key(path: str) -> str:
    """A path with its language left out: ``a/de/x.md`` and ``a/fr/x.md`` share one (so
    do ``locales/en.json`` and ``locales/de.json``, ``values/`` and ``values-de/``)."""
    from xlcheck.io.discover import keyed_version

    keyed = keyed_version(path.replace(os.sep, "/"), "en")
    if keyed is not None:
        return keyed[0]
    parts = path.replace(os.sep, "/").split("/")
    pieces = parts[-1].split(".")
    if len(pieces) >= 3 and as_tag(pieces[-2]):
        parts[-1] = ".".join(pieces[:-2] + pieces[-1:])
    return "/".join("*" if as_tag(part) else part for part in parts[:-1]) + "/" + parts[-1]


def signature(documents: Sequence[Document], config: Config) -> str:
    """A short string that identifies what a run did, so two CI runs can be compared."""
    rules = "all" if not config.select and not config.ignore else (
        "+".join(config.select or ("all",)) + ("-" + "-".join(config.ignore) if config.ignore else ""))
    langs = ",".join(sorted({d.lang for d in documents}))
    reference = f"|reference={config.reference}" if config.reference else ""
    reference += "|segment=sentence" if config.segment == "sentence" else ""
    reference += "|fuzzy" if config.fuzzy else ""
    return (f"xlcheck={__version__}|aligner={ALIGNER}-{config.aligner}|langs={langs}{reference}|rules={rules}"
            f"|glossary={len(config.glossary)}")


__all__ = ["check", "check_tree", "check_paths", "align", "align_documents", "load_documents"]
