"""The review report: one self-contained HTML page with every version side by side.

Segments that align share a row, one column per language; every invariant is
underlined by kind; each finding is a marker in the segment that drifted, its value
highlighted wherever a version states it. Filters, keyboard navigation and the lazy
loading of a tree's document sets are a few lines of inline script.

Safe by construction: every piece of document text goes through `_e` (HTML-escaped),
no document text ever becomes a link, a script or a style, and the page's
Content-Security-Policy allows no network request and runs only its own script
(pinned by hash).
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections import Counter
from html import escape

from xlcheck.model import TRANSLATION_THRESHOLD, AlignmentReport, Finding, Report
from xlcheck.report.html_assets import CHECKS, KIND_CLASS, KINDS, SCRIPT, SEVERITIES, STYLE
from xlcheck.report.review import DocumentSet, Mark, Row, alignment_set, document_sets, findings_by_set, marks, rows

# A run of at least this many clean rows folds away, keeping CONTEXT rows around findings.
COLLAPSE = 6
CONTEXT = 2
LOW_SCORE = 0.3
# A set's list of findings starts open up to this many.
FINDINGS_LISTED = 8


def _e(text: object) -> str:
    """Escape text for element content and quoted attribute values alike."""
    return escape(str(text), quote=True)


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = ("default-src 'none'; style-src " + _hash(STYLE) + "; script-src " + _hash(SCRIPT)
       + "; img-src 'none'; base-uri 'none'; form-action 'none'")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class _Page:
    """Renders document sets into one page; `with_findings` is False for `xlcheck align`."""

    def __init__(self, sets: list[DocumentSet], findings: tuple[Finding, ...], with_findings: bool,
                 title: str, meta: str) -> None:
        self.sets = sets
        self.findings = findings
        self.per_set = findings_by_set(sets, findings)
        self.with_findings = with_findings
        self.title = title
        self.meta = meta

    # -- the page -------------------------------------------------------------------------

    def render(self) -> str:
        lazy = len(self.sets) > 1
        parts = [
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n',
            '<meta name="referrer" content="no-referrer">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{_e(self.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            self._header(),
            "<main>\n",
            self._summary(),
        ]
        for number, document_set in enumerate(self.sets):
            parts.append(self._set(number, document_set, lazy))
        parts.append(f"</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n")
        return "".join(parts)

    def _header(self) -> str:
        out = [f'<header class="top"><h1>{_e(self.title)}</h1><span class="meta">{_e(self.meta)}</span>\n']
        if self.with_findings:
            checks = Counter(f.check for f in self.findings)
            severities = Counter(f.severity for f in self.findings)
            out.append('<nav class="toolbar" aria-label="Filters and navigation">')
            for attribute, legend, values, counts in (("check", "Check", CHECKS, checks),
                                                      ("sev", "Severity", SEVERITIES, severities)):
                out.append(f"<fieldset><legend>{legend}</legend>")
                for value in values:
                    if not counts[value] and attribute == "check":
                        continue
                    out.append(f'<label><input type="checkbox" data-filter="{attribute}" value="{value}" checked> '
                               f'{value} <span class="n">{counts[value]}</span></label>')
                out.append("</fieldset>")
            out.append('<span><button type="button" id="prev" title="previous finding (k or p)">◀</button> '
                       '<span id="position">– / 0</span> '
                       '<button type="button" id="next" title="next finding (j or n)">▶</button></span>'
                       '<span class="keys"><kbd>j</kbd>/<kbd>n</kbd> next · <kbd>k</kbd>/<kbd>p</kbd> previous'
                       '</span></nav>')
        out.append("</header>\n")
        return "".join(out)

    def _summary(self) -> str:
        out = ['<section class="summary" aria-label="Summary">']
        if self.with_findings:
            out.append(self._counts_table())
        if len(self.sets) > 1:
            out.append(self._index())
        else:
            out.append(self._alignment_table(self.sets[0]))
        legend = " ".join(f'<u class="{KIND_CLASS[kind]}">{kind}</u>' for kind in KINDS)
        out.append(f'<p class="legend">Underlined: {legend}. ')
        if self.with_findings:
            out.append("A finding sits in the segment that drifted; its value is highlighted where a version "
                       "states it. Unticked checks and severities are hidden. ")
        out.append("</p></section>\n")
        return "".join(out)

    def _counts_table(self) -> str:
        if not self.findings:
            return '<p><span class="badge clean">no findings</span> The versions state the same facts.</p>'
        langs = sorted({f.blamed.lang for f in self.findings})
        counts = Counter((f.check, f.blamed.lang) for f in self.findings)
        head = "".join(f'<th class="num">{_e(lang)}</th>' for lang in langs)
        body = []
        for check in CHECKS:
            total = sum(counts[check, lang] for lang in langs)
            if not total:
                continue
            cells = "".join(f'<td class="num">{counts[check, lang] or ""}</td>' for lang in langs)
            body.append(f"<tr><th>{check}</th>{cells}<td class=\"num\">{total}</td></tr>")
        per_lang = "".join(f'<td class="num">{sum(counts[c, lang] for c in CHECKS)}</td>' for lang in langs)
        body.append(f"<tr><th>all</th>{per_lang}<td class=\"num\">{len(self.findings)}</td></tr>")
        return (f'<table class="counts"><caption>Findings per check and language (the version to fix)</caption>'
                f'<tr><th>check</th>{head}<th class="num">all</th></tr>{"".join(body)}</table>')

    @staticmethod
    def _verdict(score: float, translation: bool) -> str:
        if translation:
            return f'{score:.2f} <span class="verdict-ok">a translation</span>'
        return (f'{score:.2f} <span class="verdict-bad">NOT a translation</span> (below {TRANSLATION_THRESHOLD:.2f}: '
                "facts compared document-wide)")

    def _alignment_table(self, document_set: DocumentSet) -> str:
        reference = document_set.documents[0]
        body = "".join(
            f"<tr><td>{_e(doc.lang)}</td><td>{self._verdict(alignment.score, alignment.translation)}</td></tr>"
            for doc, alignment in zip(document_set.documents[1:], document_set.alignments)
        )
        return (f'<table class="alignment"><caption>Alignment with {_e(reference.lang)} '
                f'({_e(reference.path)})</caption><tr><th>version</th><th>score</th></tr>{body}</table>')

    def _index(self) -> str:
        """The sets with findings in a table, linked to their sections; the clean ones
        folded into a list (a tree of 3,000 pages is mostly clean)."""
        rows_html = []
        clean = []
        for number, document_set in enumerate(self.sets):
            severities = Counter(f.severity for _, f in self.per_set[number])
            langs = ", ".join(_e(d.lang) for d in document_set.documents)
            if self.with_findings and not severities:
                clean.append(f"<li>{_e(document_set.documents[0].path)} ({langs})</li>")
                continue
            worst = min((a.score for a in document_set.alignments), default=1.0)
            translation = all(a.translation for a in document_set.alignments)
            score = f"{worst:.2f}" + ("" if translation else ' <span class="verdict-bad">NOT a translation</span>')
            counts = "".join(f'<td class="num">{severities[s] or ""}</td>' for s in SEVERITIES)
            rows_html.append(f'<tr><td><a href="#s{number}">{_e(document_set.documents[0].path)}</a></td>'
                             f"<td>{langs}</td>{counts}<td class=\"num\">{score}</td></tr>")
        out = [f'<div class="index"><p><b>{_plural(len(self.sets), "document set")}</b>, '
               f"{len(rows_html)} with findings</p>"]
        if rows_html:
            out.append('<table class="index"><tr><th>reference</th><th>versions</th><th class="num">errors</th>'
                       '<th class="num">warnings</th><th class="num">info</th><th class="num">alignment</th></tr>'
                       f'{"".join(rows_html)}</table>')
        if clean:
            out.append(f'<details class="clean-sets"><summary>{_plural(len(clean), "set")} without findings</summary>'
                       f'<ul>{"".join(clean)}</ul></details>')
        out.append("</div>")
        return "".join(out)

    # -- one document set -----------------------------------------------------------------

    def _set(self, number: int, document_set: DocumentSet, lazy: bool) -> str:
        documents = document_set.documents
        findings = self.per_set[number]
        if lazy and self.with_findings and not findings:
            return ""  # listed in the index, and that is all there is to say
        table = rows(len(document_set.segments[0]), [len(s) for s in document_set.segments], document_set.alignments)
        placed, loose = marks(document_set, findings)
        row_of = {(k, i): r for r, row in enumerate(table) for k, cell in enumerate(row.cells) for i in cell}
        at: dict[tuple[int, int], list[Mark]] = {}
        for mark in placed:
            if mark.segment is not None:
                at.setdefault((mark.doc, mark.segment), []).append(mark)
        lacking: dict[int, list[Mark]] = {}  # row -> marks of versions that lack the row's paragraph
        for mark in placed:
            if mark.segment is None and mark.where in row_of:
                lacking.setdefault(row_of[mark.where], []).append(mark)
        severities = Counter(f.severity for _, f in findings)
        badges = "".join(f'<span class="badge sev-{s}">{_plural(severities[s], s)}</span>'
                         for s in SEVERITIES if severities[s])
        if self.with_findings and not findings:
            badges = '<span class="badge clean">no findings</span>'
        names = " · ".join(f"{_e(d.lang)} {_e(d.path)}" for d in documents)
        out = [f'<details class="set" id="s{number}"{"" if lazy else " open"}><summary><h2>{names}</h2>{badges}'
               f"</summary>\n<div class=\"set-head\">"]
        if lazy:
            out.append(self._alignment_table(document_set))
        by_index = dict(findings)
        for index in loose:
            out.append(self._finding(index, by_index[index]))
        if self.with_findings and findings:
            # Reading order: whole-document findings first, then row by row, column by column.
            position = {m.finding: (1, row_of.get(m.where, 0), m.doc) for m in placed if m.blamed}
            order = sorted((index for index, _ in findings), key=lambda index: (*position.get(index, (0, 0, 0)), index))
            out.append(f'<details class="findings"{" open" if len(order) <= FINDINGS_LISTED else ""}>'
                       f"<summary>{_plural(len(order), 'finding')}, in reading order</summary><ol>")
            for index in order:
                f = by_index[index]
                out.append(f'<li class="nav" data-fid="{index}" data-check="{_e(f.check)}" data-sev="{_e(f.severity)}">'
                           f'<a href="#f{index}">{_e(f.rule)}</a> {_e(f.blamed.lang)}: {_e(f.message)}</li>')
            out.append("</ol></details>")
        out.append("</div>\n")
        grid = self._grid(document_set, table, at, lacking)
        if lazy:
            out.append(f'<template class="lazy">{grid}</template>')
        else:
            out.append(grid)
        out.append("</details>\n")
        return "".join(out)

    def _grid(self, document_set: DocumentSet, table: list[Row], at: dict[tuple[int, int], list[Mark]],
              lacking: dict[int, list[Mark]]) -> str:
        documents = document_set.documents
        head = "".join(f'<div class="cell"><b>{_e(d.lang)}</b> {_e(d.path)}{" (reference)" if k == 0 else ""}</div>'
                       for k, d in enumerate(documents))
        out = [f'<div class="grid"><div class="row head">{head}</div>\n']
        dirty = [r in lacking or any((k, i) in at for k, cell in enumerate(row.cells) for i in cell)
                 for r, row in enumerate(table)]
        shown = self._shown(dirty)
        position = 0
        while position < len(table):
            if shown[position]:
                out.append(self._row(document_set, table[position], at, lacking.get(position, [])))
                position += 1
                continue
            end = position
            while end < len(table) and not shown[end]:
                end += 1
            stretch = table[position:end]
            ranges = []
            for k, doc in enumerate(documents):
                members = [i for row in stretch for i in row.cells[k]]
                if members:
                    first, last = (document_set.segments[k][members[0]].n, document_set.segments[k][members[-1]].n)
                    ranges.append(f"{_e(doc.lang)} {first}–{last}" if first != last else f"{_e(doc.lang)} {first}")
            out.append(f'<details class="clean"><summary>{len(stretch)} rows without findings '
                       f'({"; ".join(ranges)})</summary>\n')
            out.extend(self._row(document_set, row, at, []) for row in stretch)
            out.append("</details>\n")
            position = end
        out.append("</div>\n")
        return "".join(out)

    def _shown(self, dirty: list[bool]) -> list[bool]:
        """Which rows stay open: all of them without findings to show, else the rows with
        findings and their neighbours, and any clean run too short to be worth folding."""
        if not self.with_findings:
            return [True] * len(dirty)
        near = [False] * len(dirty)
        for r, is_dirty in enumerate(dirty):
            if is_dirty:
                for j in range(max(0, r - CONTEXT), min(len(dirty), r + CONTEXT + 1)):
                    near[j] = True
        r = 0
        while r < len(near):
            if near[r]:
                r += 1
                continue
            end = r
            while end < len(near) and not near[end]:
                end += 1
            if end - r < COLLAPSE:
                for j in range(r, end):
                    near[j] = True
            r = end
        return near

    def _row(self, document_set: DocumentSet, row: Row, at: dict[tuple[int, int], list[Mark]],
             lacking: list[Mark]) -> str:
        insert = not row.cells[0]
        # Every capitalised word is a name candidate; only one that another version of the
        # row writes too (or a camel-case brand) is shown as a name.
        seen: Counter[str] = Counter()
        for k, cell in enumerate(row.cells):
            seen.update({inv.value.casefold() for i in cell for inv in document_set.invariants[k][i]
                         if inv.kind == "name"})
        names = frozenset(value for value, count in seen.items() if count > 1)
        cells = []
        for k, (cell, score) in enumerate(zip(row.cells, row.scores)):
            doc = document_set.documents[k]
            inner = []
            scored = "" if score is None else f' data-score="{score:.2f}"' + (" data-low" if score < LOW_SCORE else "")
            if not cell:
                inner.append('<div class="empty">no counterpart</div>')
            for i in cell:
                inner.append(self._segment(document_set, k, i, at.get((k, i), []), names))
            inner.extend(self._finding(m.finding, self.findings[m.finding]) for m in lacking if m.doc == k)
            cells.append(f'<div class="cell" lang="{_e(doc.lang)}"{scored}>{"".join(inner)}</div>')
        return f'<div class="row{" insert" if insert else ""}">{"".join(cells)}</div>\n'

    def _segment(self, document_set: DocumentSet, k: int, i: int, here: list[Mark], names: frozenset[str]) -> str:
        segment = document_set.segments[k][i]
        text = segment.text
        hits = [m for m in here if m.span is not None]
        spans: list[tuple[int, int, Mark | None, str | None, str, str]] = []  # start, end, hit, kind, value, flag

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e, *_ in spans)

        for mark in hits:
            start, end = mark.span  # type: ignore[misc]
            if 0 <= start < end <= len(text) and free(start, end):
                spans.append((start, end, mark, None, "", ""))
        for inv in document_set.invariants[k][i]:
            if inv.kind == "name" and inv.value.casefold() not in names and not (inv.flag or "").startswith("camel"):
                continue
            start, end = inv.start - segment.start, inv.end - segment.start
            if not 0 <= start < end <= len(text):
                continue
            same = next((n for n, s in enumerate(spans) if s[0] == start and s[1] == end and s[3] is None), None)
            if same is not None:
                s = spans[same]
                spans[same] = (s[0], s[1], s[2], inv.kind, inv.value, inv.flag or "")
            elif free(start, end):
                spans.append((start, end, None, inv.kind, inv.value, inv.flag or ""))
        spans.sort(key=lambda s: s[0])
        out = []
        cursor = 0
        for start, end, mark, kind, value, flag in spans:
            out.append(_e(text[cursor:start]))
            piece = _e(text[start:end])
            if kind:
                word = " w" if flag == "word" else ""
                # The normalised value as a tooltip, where it says more than the text.
                title = f' title="{_e(value)}"' if value != text[start:end] else ""
                piece = f'<u class="{KIND_CLASS.get(kind, "m")}{word}"{title}>{piece}</u>'
            if mark is not None:
                f = self.findings[mark.finding]
                # The drifted version's value in its severity's colour; the others' plainly highlighted.
                tone = f"sev-{_e(f.severity)}" if mark.blamed else "agrees"
                out.append(f'<mark class="hit {tone}" data-fid="{mark.finding}" '
                           f'data-check="{_e(f.check)}" data-sev="{_e(f.severity)}" '
                           f'title="{_e(f.rule)}: {_e(f.message)}">{piece}</mark>')
            else:
                out.append(piece)
            cursor = end
        out.append(_e(text[cursor:]))
        markers = "".join(self._finding(m.finding, self.findings[m.finding]) for m in here if m.blamed)
        kind = "" if segment.kind == "text" else f" k-{_e(segment.kind)}"
        return f'<div class="para{kind}" data-n="{segment.n}">{"".join(out)}{markers}</div>'

    @staticmethod
    def _finding(index: int, finding: Finding) -> str:
        blamed = finding.blamed
        value = f'<span class="val">{_e(finding.value)}</span>' if finding.value else ""
        return (f'<div class="finding sev-{_e(finding.severity)}" id="f{index}" tabindex="-1" '
                f'data-fid="{index}" data-rule="{_e(finding.rule)}" data-check="{_e(finding.check)}" '
                f'data-sev="{_e(finding.severity)}"><span class="rule">{_e(finding.rule)}</span>'
                f'<span class="status">{_e(blamed.status)}</span>{value}'
                f'<span class="msg">{_e(finding.message)}</span></div>')


def _meta(report: Report) -> str:
    counts = report.summary()
    parts = [f"{counts[s]} {s}" for s in SEVERITIES if counts[s]]
    found = f"{_plural(len(report.findings), 'finding')} ({', '.join(parts)})" if report.findings else "no findings"
    return f"{_plural(len(report.documents), 'document')} · {found} · xlcheck {report.version}"


def _names(documents) -> str:
    """``drift.pt.txt ↔ deepseek.de.txt``, or ``ui.po: en ↔ de`` for a catalogue's two sides."""
    names = [os.path.basename(d.path) for d in documents]
    if len(set(names)) == 1:
        return f"{names[0]}: " + " ↔ ".join(d.lang for d in documents)
    return " ↔ ".join(names)


class HtmlReporter:
    """The review page for a check run: versions side by side, findings marked."""

    def render(self, report: Report) -> str:
        sets = document_sets(report)
        if len(sets) == 1:
            title = "xlcheck review: " + _names(sets[0].documents)
        else:
            title = f"xlcheck review: {_plural(len(sets), 'document set')}"
        return _Page(sets, report.findings, True, title, _meta(report)).render()


class AlignmentHtmlReporter:
    """The same page for `xlcheck align`: segments side by side, without findings."""

    def render(self, report: AlignmentReport) -> str:
        a, b = report.documents
        meta = (f"{a.lang} ↔ {b.lang} by {report.unit}: {len(report.segments[0])} and "
                f"{len(report.segments[1])} segments in {len(report.alignment.beads)} pairs")
        title = f"xlcheck alignment: {_names(report.documents)}"
        return _Page([alignment_set(report)], (), False, title, meta).render()
