"""Reporters for `xlcheck align`: side by side as text or HTML, or the ``xlcheck.alignment/1`` JSON."""

from __future__ import annotations

import json

from xlcheck.model import AlignmentReport, Segment

SCHEMA = "xlcheck.alignment/1"
FIRST_WORDS = 8


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def _numbers(segments: tuple[Segment, ...], indices: tuple[int, ...]) -> list[int]:
    return [segments[i].n for i in indices]


class AlignmentTextReporter:
    """One line a bead: numbers on each side, the score, the first words of each side."""

    def render(self, report: AlignmentReport) -> str:
        seg_a, seg_b = report.segments
        a, b = report.documents
        lines = [f"{a.path} ({a.lang})  ↔  {b.path} ({b.lang})   by {report.unit}"]
        for bead in report.alignment.beads:
            left = ",".join(map(str, _numbers(seg_a, bead.a))) or "-"
            right = ",".join(map(str, _numbers(seg_b, bead.b))) or "-"
            score = f"{bead.score:.2f}" if bead.score is not None else "  - "
            text_a = first_words(seg_a[bead.a[0]].text, 6) if bead.a else ""
            text_b = first_words(seg_b[bead.b[0]].text, 6) if bead.b else ""
            lines.append(f"{left:>7} ↔ {right:<7} {score}  {text_a:<48.48} | {text_b}")
        verdict = "a translation" if report.alignment.translation else "NOT a translation"
        lines.append(f"Aligned {len(seg_a)} and {len(seg_b)} {report.unit}s in {len(report.alignment.beads)} "
                     f"pairs; score {report.alignment.score:.2f}: {verdict}.")
        return "\n".join(lines) + "\n"


class AlignmentJsonReporter:
    """The ``xlcheck.alignment/1`` document."""

    def render(self, report: AlignmentReport) -> str:
        documents = []
        for doc, segments in zip(report.documents, report.segments):
            documents.append({
                "path": doc.path,
                "lang": doc.lang,
                "segments": [{"n": s.n, "line": s.line, "end_line": s.end_line, "text": first_words(s.text)}
                             for s in segments],
            })
        seg_a, seg_b = report.segments
        pairs = [
            {"a": _numbers(seg_a, bead.a), "b": _numbers(seg_b, bead.b),
             "score": round(bead.score, 4) if bead.score is not None else None}
            for bead in report.alignment.beads
        ]
        data = {
            "schema": SCHEMA,
            "segment": report.unit,
            "documents": documents,
            "pairs": pairs,
            "verdict": {"translation": report.alignment.translation, "score": round(report.alignment.score, 4)},
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

