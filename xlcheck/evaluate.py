"""Score xlcheck against hand-labelled drift: `python -m xlcheck.evaluate LABELS.json...`.

A labels file (``labels.json``) describes one labelled set of real translations::

    {"set": "hugo-docs-de", "kind": "docs", "source": "owner/repo@commit", "licence": "CC-BY-4.0",
     "items": [
       {"files": ["page.en.md", "page.de.md"],          # the source (reference) first
        "langs": ["en", "de"],                          # optional: when the paths name none
        "drifts": [{"kind": "number", "value": "24", "file": "page.de.md",
                    "line": 12, "source_line": 10, "note": "24 -> 22"}]}]}

Paths are relative to the labels file. A PO catalogue is one file (``"files": ["x.po"]``)
and its fuzzy entries are skipped, as xlcheck skips them by default; a set whose labels
include fuzzy entries (a reviewer checks them too) says ``"fuzzy": true`` at its top level,
and is checked as ``--fuzzy`` checks (``--fuzzy on``/``off`` of this command overrides
what every set says: ``off`` gives the score of a run with the defaults).
and a drift's ``line`` (and ``source_line``) is any line of its entry. ``line`` is where the drifted version
states (or should state) the value; ``source_line`` where the source states it. Every
unit (paragraph, catalogue entry, news segment) of a translation with no drift on it is
a clean unit.

A drift is found when an error or warning blames its file at its unit, with a matching
check (any check for a missing paragraph, XL002). A finding credits one drift only
(preferring the one whose value it names), except XL002, which credits every drift of
its unit. A finding that reports the drift at its
unit but blames the source instead (the source is the reference and never the version to
fix) does not find it; such drifts are counted apart as *blamed on the source*. A false
alarm is an error or warning that blames a clean unit of a translation; one that blames
the source counts against the translation unit it was compared with. Findings on a unit
with drift that match none of its labels are listed apart, to be read by hand, and so are
drifts found by a finding on their unit that does not state their value (a code block
whose digest changed, a value reported missing because the paragraphs were misaligned).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from xlcheck.api import check
from xlcheck.config import Config
from xlcheck.model import Document, Finding, Report

BLAMED = ("missing", "different", "extra")
# Label kinds and the checks that report them: inline code literals and model codes
# are one thing to a reviewer and two checks to xlcheck.
COMPATIBLE = {"code": {"code", "markup"}, "markup": {"markup", "code", "url"}, "url": {"url", "markup"},
              "quote": {"quote", "punctuation"}, "paragraph": {"alignment"}}


@dataclass
class Score:
    """Counts of one labelled set (or of all of them)."""

    labelled: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    blamed_on_source: Counter = field(default_factory=Counter)
    clean_units: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)
    unexplained: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.labelled.update(other.labelled)
        self.found.update(other.found)
        self.blamed_on_source.update(other.blamed_on_source)
        self.clean_units += other.clean_units
        self.false_alarms += other.false_alarms
        self.misses += other.misses
        self.alarms += other.alarms
        self.unexplained += other.unexplained
        self.unnamed += other.unnamed

    def as_dict(self) -> dict[str, object]:
        kinds = sorted(self.labelled)
        return {
            "recall": {k: [self.found[k], self.labelled[k]] for k in kinds},
            "recall_all": [sum(self.found.values()), sum(self.labelled.values())],
            "blamed_on_source": {k: self.blamed_on_source[k] for k in kinds if self.blamed_on_source[k]},
            "clean_units": self.clean_units,
            "found_without_naming_the_value": len(self.unnamed),
            "false_alarms": self.false_alarms,
            "false_alarms_per_100": round(100 * self.false_alarms / self.clean_units, 2) if self.clean_units else None,
        }


def _po_keyword_line(path: str, line: int, keyword: str) -> int:
    """The 1-based line where the `msgid` or `msgstr` of the PO entry holding `line` starts.

    An entry is one paragraph placed on its msgid (source) or msgstr (translation) line; the
    comment and msgid lines of an entry come before its msgstr, so the nearest paragraph
    before them would be the previous entry's.
    """
    raw = Path(path).read_text(encoding="utf-8").split("\n")
    start = min(max(line, 1), len(raw)) - 1
    while start > 0 and raw[start - 1].strip():
        start -= 1
    for index in range(start, len(raw)):
        if raw[index].startswith((keyword + " ", keyword + "[")):
            return index + 1
        if index > start and not raw[index].strip():
            break
    return line


def _unit_at(document: Document, line: int, *, source: bool = False) -> int | None:
    """The paragraph number of a document that holds a 1-based line (or the nearest before it).

    In a PO catalogue, any line of an entry stands for that entry.
    """
    if document.format == "po":
        line = _po_keyword_line(document.path, line, "msgid" if source else "msgstr")
    best = None
    for paragraph in document.paragraphs:
        if paragraph.line <= line <= paragraph.end_line:
            return paragraph.n
        if paragraph.line <= line:
            best = paragraph.n
    return best


def _blamed(finding: Finding) -> list[tuple[str, str, int | None]]:
    return [(loc.path, loc.lang, loc.paragraph) for loc in finding.locations if loc.status in BLAMED]


def _gap_units(document: Document, line: int) -> set[int]:
    """The paragraphs either side of the place a version lacks text (an XL002 location
    with a line and no paragraph): a label on such an absence names one of the two."""
    for paragraph in document.paragraphs:
        if paragraph.line >= line:
            return {paragraph.n - 1, paragraph.n} - {0}
    return {document.paragraphs[-1].n} if document.paragraphs else set()


def _places(finding: Finding, documents: dict[str, Document]) -> set[tuple[str, str, int | None]]:
    """The units a finding points at, the gap of a version to blame standing for its two
    neighbours (the source's gap beside a paragraph it lacks names no drift of the source)."""
    places = set()
    for loc in finding.locations:
        if loc.paragraph is None and loc.line is not None and loc.status in BLAMED and loc.path in documents:
            places |= {(loc.path, loc.lang, n) for n in _gap_units(documents[loc.path], loc.line)}
        else:
            places.add((loc.path, loc.lang, loc.paragraph))
    return places


def _names(value: object, finding: Finding) -> bool:
    """Whether a finding states a label's value (or part of it), not only its unit."""
    wanted = str(value or "").strip("`'\" ").casefold()
    said = [str(x).casefold() for x in (finding.value, *(loc.text for loc in finding.locations),
                                        *(loc.value for loc in finding.locations)) if x]
    return bool(wanted) and any(wanted in x or (len(x) > 1 and x in wanted) for x in said)


def _matches(drift: dict, finding: Finding) -> bool:
    kind = drift["kind"]
    if finding.rule == "XL002" or finding.check == kind or finding.check in COMPATIBLE.get(kind, ()):
        return True
    # A version is both a number and a code ("14.2.3" vs "13.4.19"), a number in inline
    # code both a number and a literal (``0.1`` vs ``0,1``), a year both a number and a
    # date (2006年): a finding of the other kind credits the label when it names the
    # label's value.
    return kind != finding.check and {kind, finding.check} <= _VALUE_CHECKS and _names(drift.get("value"), finding)


_VALUE_CHECKS = frozenset({"number", "date", "code", "markup"})


def score_item(folder: Path, item: dict, config: Config) -> Score:
    """Check one labelled item and compare the findings with its labels."""
    files = [str(folder / name) for name in item["files"]]
    langs = tuple(item.get("langs", ()))
    report: Report = check(files, Config(langs=langs, select=config.select, ignore=config.ignore, fuzzy=config.fuzzy),
                           reference=0)
    source, *translations = report.documents
    by_path = {d.path: d for d in report.documents}
    score = Score()
    loud = [f for f in report.findings if f.severity in ("error", "warning")]
    # Labels as (path, unit) keys; a drift may name its source line, its translation line, or both.
    labelled_units: set[tuple[str, int | None]] = set()
    wanted = []
    for drift in item.get("drifts", ()):
        path = str(folder / drift["file"])
        target = next((d for d in translations if d.path == path), translations[0])
        units = set()
        if drift.get("line") is not None:
            units.add((target.path, target.lang, _unit_at(target, int(drift["line"]))))
        if drift.get("source_line") is not None:
            units.add((source.path, source.lang, _unit_at(source, int(drift["source_line"]), source=True)))
        labelled_units.update((p, n) for p, lang, n in units if lang == target.lang)
        wanted.append((drift, target, units))
    # Each finding credits one labelled drift (a dropped sentence with three names and one
    # name reported is one name found, not three), preferring the label whose value it names;
    # a missing paragraph (XL002) credits every drift of its unit.
    candidates: list[list[Finding]] = []
    misblamed: set[int] = set()
    explained: set[int] = set()
    for i, (drift, target, units) in enumerate(wanted):
        found = []
        for finding in loud:
            if not _matches(drift, finding):
                continue
            if not _places(finding, by_path) & units:
                continue
            blamed = {(path, lang) for path, lang, _ in _blamed(finding)}
            if (target.path, target.lang) in blamed:
                found.append(finding)
            elif (source.path, source.lang) in blamed:
                misblamed.add(i)
                explained.add(id(finding))
        candidates.append(found)
    explained |= {id(f) for found in candidates for f in found}
    credit: dict[int, Finding] = {i: next(f for f in found if f.rule == "XL002")
                                  for i, found in enumerate(candidates) if any(f.rule == "XL002" for f in found)}
    used: set[int] = set()
    for by_value in (True, False):
        for i, found in enumerate(candidates):
            if i in credit:
                continue
            for finding in found:
                if id(finding) not in used and (not by_value or _names(wanted[i][0].get("value"), finding)):
                    credit[i] = finding
                    used.add(id(finding))
                    break
    for i, (drift, _, _) in enumerate(wanted):
        kind = drift["kind"]
        score.labelled[kind] += 1
        line = f"{drift['file']}:{drift.get('line')}: {kind} {drift.get('value')!r} ({drift.get('note', '')})"
        if i in credit:
            score.found[kind] += 1
            if credit[i].rule != "XL002" and not _names(drift.get("value"), credit[i]):
                score.unnamed.append(line)
        else:
            score.blamed_on_source[kind] += i in misblamed
            score.misses.append(line + (" [reported, blamed on the source]" if i in misblamed else ""))
    for document in translations:
        drifted = {n for p, n in labelled_units if p == document.path}
        score.clean_units += sum(1 for p in document.paragraphs if p.n not in drifted)
    for finding in loud:
        if id(finding) in explained:
            continue
        for path, lang, n in _blamed(finding):
            if (path, lang) == (source.path, source.lang):
                # The source is never the version to fix: the unit in question is the
                # translation's that the finding compared it with.
                path, n = next(((loc.path, loc.paragraph) for loc in finding.locations
                                if (loc.path, loc.lang) != (source.path, source.lang)), (path, n))
            if n is None:
                near = sorted(p for p_, _, p in _places(finding, by_path) if p_ == path and p is not None)
                n = next((x for x in near if (path, x) in labelled_units), near[-1] if near else None)
            line = f"{path}:{n}: {finding.rule} {finding.message}"
            if (path, n) in labelled_units:
                score.unexplained.append(line)
            else:
                score.false_alarms += 1
                score.alarms.append(line)
            break
    return score


def score_set(labels: Path, config: Config, fuzzy: bool | None = None) -> tuple[dict, Score]:
    """The scores of one labels file; `fuzzy` (None: as the set says) checks fuzzy PO entries."""
    data = json.loads(labels.read_text(encoding="utf-8"))
    config = replace(config, fuzzy=bool(data.get("fuzzy", False)) if fuzzy is None else fuzzy)
    total = Score()
    for item in data["items"]:
        total.add(score_item(labels.parent, item, config))
    return data, total


def _table(rows: list[tuple[str, Score]]) -> str:
    kinds = sorted({k for _, s in rows for k in s.labelled})
    head = ["set", *kinds, "all", "blamed on the source", "clean units", "false alarms", "per 100"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, s in rows:
        cells = [name] + [f"{s.found[k]}/{s.labelled[k]}" if s.labelled[k] else "–" for k in kinds]
        found, labelled = sum(s.found.values()), sum(s.labelled.values())
        cells.append(f"{found}/{labelled} ({100 * found / labelled:.0f} %)" if labelled else "–")
        cells += [str(sum(s.blamed_on_source.values())), str(s.clean_units), str(s.false_alarms),
                  f"{100 * s.false_alarms / s.clean_units:.1f}" if s.clean_units else "–"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xlcheck.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("labels", nargs="+", help="labels.json files")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses, false alarms, unexplained")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--fuzzy", choices=("labels", "on", "off"), default="labels",
                        help="check fuzzy PO entries as each set says (labels, the default), always or never")
    args = parser.parse_args(argv)
    fuzzy = {"labels": None, "on": True, "off": False}[args.fuzzy]
    rows: list[tuple[str, Score]] = []
    everything = Score()
    for name in args.labels:
        data, score = score_set(Path(name), Config(), fuzzy)
        rows.append((data.get("set", name), score))
        everything.add(score)
    if len(rows) > 1:
        rows.append(("all", everything))
    if args.json:
        sys.stdout.write(json.dumps({name: s.as_dict() for name, s in rows}, indent=2) + "\n")
    else:
        sys.stdout.write(_table(rows))
    if args.verbose:
        for name, s in rows[: len(rows) - (len(rows) > 1)]:
            by = defaultdict(list)
            by["missed"], by["false alarms"], by["unexplained (in drifted units)"] = s.misses, s.alarms, s.unexplained
            by["found, but no finding on the unit names the value"] = s.unnamed
            for title, lines in by.items():
                if lines:
                    sys.stdout.write(f"\n{name}: {title}\n" + "".join(f"  {line}\n" for line in lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
