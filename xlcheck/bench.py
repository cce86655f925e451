"""Benchmarks: `python -m xlcheck.bench` (or `nox -s bench`), run from the repository root.

1. Alignment speed on a 5,000-paragraph synthetic document pair.
2. Alignment quality and speed on the hand-checked gold set (`fixtures/align/`).
   (Sentence alignment has its own: `python -m xlcheck.bench_sentences`.)
3. `xlcheck check` against `pofilter` (translate-toolkit) on the same PO catalogue, in
   the same run, as whole commands (start-up included); the ratio is what users feel.

Timings are wall-clock medians of a few runs on this machine; compare ratios, not
absolute numbers, across machines.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib

from xlcheck.api import align_documents
from xlcheck.extract import extract_document
from xlcheck.io import document_from_text, read_document

SENTENCES_PT = ("O relatório cita {} unidades.", "A empresa vendeu {} chips H{} em {}.",
                "Segundo Wang, o modelo R{} superou {} concorrentes.", "Foram investidos {} milhões.")
SENTENCES_DE = ("Der Bericht nennt {} Einheiten.", "Das Unternehmen verkaufte {} H{}-Chips im Jahr {}.",
                "Laut Wang übertraf das Modell R{} {} Konkurrenten.", "Es wurden {} Millionen investiert.")


def synthetic_pair(paragraphs: int, seed: int = 1) -> tuple[str, str]:
    """A pt/de pair of `paragraphs` paragraphs, with some merged, split and dropped ones."""
    rng = random.Random(seed)
    pt, de = [], []
    for _ in range(paragraphs):
        chosen = [rng.randrange(len(SENTENCES_PT)) for _ in range(rng.randint(1, 4))]
        args = [[rng.randint(10, 99999), rng.randint(1, 9) * 100, rng.randint(1990, 2030)] for _ in chosen]
        text_pt = " ".join(SENTENCES_PT[c].format(*a[:SENTENCES_PT[c].count("{}")]) for c, a in zip(chosen, args))
        text_de = " ".join(SENTENCES_DE[c].format(*a[:SENTENCES_DE[c].count("{}")]) for c, a in zip(chosen, args))
        roll = rng.random()
        pt.append(text_pt)
        if roll < 0.01:
            continue  # dropped in the translation
        if roll < 0.03 and de:
            de[-1] += " " + text_de  # merged with the previous one
        else:
            de.append(text_de.replace(",", ""))
    return "\n\n".join(pt) + "\n", "\n\n".join(de) + "\n"


def _median_time(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_synthetic(paragraphs: int) -> dict[str, float]:
    text_pt, text_de = synthetic_pair(paragraphs)
    a = document_from_text(text_pt, "pt", "synthetic.pt.txt")
    b = document_from_text(text_de, "de", "synthetic.de.txt")
    inv_a, inv_b = extract_document(a), extract_document(b)
    seconds = _median_time(lambda: align_documents(a, b, inv_a, inv_b), repeat=1)
    total = len(a.paragraphs) + len(b.paragraphs)
    return {"paragraphs": total, "seconds": round(seconds, 3), "paragraphs_per_second": round(total / seconds)}


def evaluate_gold(folder: Path) -> dict[str, float]:
    """Link precision, recall and F1 of paragraph alignment against the gold files.

    Gold beads name paragraphs by the numbering of `gold_tools.segment` (kept beside
    the gold files); predicted pairs are mapped onto that numbering by line.
    """
    sys.path.insert(0, str(folder))
    import gold_tools  # noqa: PLC0415  (lives with the fixtures)

    tp = fp = fn = 0
    paragraphs = 0
    seconds = 0.0
    for gold_file in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        a = read_document(str(folder / gold["a"]), gold["lang_a"])
        b = read_document(str(folder / gold["b"]), gold["lang_b"])
        start = time.perf_counter()
        alignment = align_documents(a, b)
        seconds += time.perf_counter() - start
        paragraphs += len(a.paragraphs) + len(b.paragraphs)
        line_a = _gold_numbering(gold_tools, a.text)
        line_b = _gold_numbering(gold_tools, b.text)
        predicted = {(line_a[a.paragraphs[i].line], line_b[b.paragraphs[j].line])
                     for bead in alignment.beads for i in bead.a for j in bead.b}
        expected = {(i, j) for pair in gold["pairs"] for i in pair["a"] for j in pair["b"]}
        tp += len(predicted & expected)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    return {
        "pairs": len(list(folder.glob("*.gold.json"))),
        "paragraphs": paragraphs,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3),
        "paragraphs_per_second": round(paragraphs / seconds),
    }


def _gold_numbering(gold_tools, text: str) -> dict[int, int]:
    """Line number -> gold paragraph number."""
    lines = text.split("\n")
    numbering = {}
    position = 0
    for number, paragraph in enumerate(gold_tools.segment(text), start=1):
        while lines[position] != paragraph[0]:
            position += 1
        for offset in range(len(paragraph)):
            numbering[position + offset + 1] = number
        position += len(paragraph)
    return numbering


def large_catalogue(sources: list[Path], copies: int, target: Path) -> int:
    """Write a catalogue of `copies` copies of the sources' entries (told apart by msgctxt)."""
    out = polib.POFile()
    first = polib.pofile(str(sources[0]))
    out.metadata = first.metadata
    count = 0
    for copy in range(copies):
        for source in sources:
            for entry in polib.pofile(str(source)):
                if not entry.msgid:
                    continue
                out.append(polib.POEntry(msgctxt=f"copy{copy}", msgid=entry.msgid, msgstr=entry.msgstr,
                                         flags=list(entry.flags), occurrences=entry.occurrences))
                count += 1
    out.save(str(target))
    return count


def bench_against_pofilter(catalogue: Path, entries: int) -> dict[str, object]:
    xlcheck = [sys.executable, "-m", "xlcheck", "check", str(catalogue), "--format", "json"]
    result: dict[str, object] = {"entries": entries}
    result["xlcheck_seconds"] = round(_median_time(lambda: subprocess.run(xlcheck, capture_output=True)), 3)
    pofilter = shutil.which("pofilter")
    if pofilter is None:
        result["pofilter"] = "not installed (pip install translate-toolkit)"
        return result
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out.po"
        every = [pofilter, "--progress=none", "--nofuzzy", str(catalogue), str(out)]
        same = every + ["-t", "numbers", "-t", "variables", "-t", "urls", "-t", "options", "-t", "xmltags",
                        "-t", "brackets", "-t", "doublequoting"]
        result["pofilter_all_tests_seconds"] = round(_median_time(lambda: subprocess.run(every, capture_output=True)), 3)
        result["pofilter_same_invariants_seconds"] = round(
            _median_time(lambda: subprocess.run(same, capture_output=True)), 3)
    result["ratio_vs_all_tests"] = round(result["pofilter_all_tests_seconds"] / result["xlcheck_seconds"], 2)
    result["ratio_vs_same_invariants"] = round(
        result["pofilter_same_invariants_seconds"] / result["xlcheck_seconds"], 2)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xlcheck.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, default=5000, help="size of the synthetic document")
    parser.add_argument("--copies", type=int, default=50, help="copies of the PO fixtures in the catalogue")
    parser.add_argument("--fixtures", default="fixtures", help="the repository's fixtures folder")
    args = parser.parse_args(argv)
    fixtures = Path(args.fixtures)
    results: dict[str, object] = {"synthetic_alignment": bench_synthetic(args.paragraphs)}
    if (fixtures / "align").is_dir():
        results["gold_alignment"] = evaluate_gold(fixtures / "align")
    po_files = sorted((fixtures / "po").glob("*.po"))
    if po_files:
        with tempfile.TemporaryDirectory() as scratch:
            catalogue = Path(scratch) / "catalogue.fr.po"
            entries = large_catalogue(po_files[:1], args.copies, catalogue)
            results["check_vs_pofilter"] = bench_against_pofilter(catalogue, entries)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
