"""Benchmarks: `python -m xlcheck.bench [PATH ...]` (or `nox -s bench -- PATH ...`), run
from the repository root.

1. Start-up: whole-process wall clock of `xlcheck --version`, `xlcheck diff` on the
   seed pair, `pofilter --version` and bare Python.
2. `xlcheck check` against `pofilter -t numbers -t acronyms` (translate-toolkit) on the
   same PO catalogues, in the same run, as whole commands (start-up included): units/s
   of each, the ratio (above 1: xlcheck is faster), peak memory, and how many findings
   each produced. The catalogues: (a) a synthetic en->de catalogue of `--units` entries
   (50,000 by default), every one distinct, so no cache can win; (b) each PATH given:
   a PO file or a folder of them, e.g. a checkout of python-docs-ko or python-docs-pl,
   whose distinct translated entries are merged into one catalogue.
   `--save-findings DIR` keeps xlcheck's findings to diff two versions of xlcheck; the
   digest printed with them compares at a glance.
   The `scaling` section (not run by default) times xlcheck alone at `--scaling` sizes.
3. Alignment speed on a 5,000-paragraph synthetic document pair, and alignment quality
   and speed on the hand-checked gold set (`fixtures/align/`).
   (Sentence alignment has its own: `python -m xlcheck.bench_sentences`.)

`--sections startup,synthetic,real,align` picks some. Timings are wall-clock medians of
`--repeat` runs (3 by default) on this machine; compare ratios measured in one run, not
absolute numbers, across runs and machines. Peak memory is that of the largest process
of the command (its workers included), the interpreter's own ~25 MB included.
Progress goes to stderr, the JSON result to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
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


# --- Catalogues: xlcheck against pofilter ---------------------------------------------

WORDS_EN = ("report", "server", "module", "function", "value", "request", "client", "table", "method", "buffer",
            "thread", "socket", "option", "string", "object", "record", "window", "handler", "stream", "parser")
WORDS_DE = ("Bericht", "Server", "Modul", "Funktion", "Wert", "Anfrage", "Client", "Tabelle", "Methode", "Puffer",
            "Thread", "Socket", "Option", "Zeichenkette", "Objekt", "Datensatz", "Fenster", "Handler", "Strom", "Parser")
NAMES = ("Wang", "Müller", "García", "Okafor", "Tanaka", "Smith", "Novak", "Rossi", "Silva", "Kowalski")
MONTHS_EN = ("January", "March", "May", "July", "October", "December")
MONTHS_DE = ("Januar", "März", "Mai", "Juli", "Oktober", "Dezember")
TEMPLATES = (
    ("The {w0} {w1} returns {n0} items after {n1} seconds.",
     "Der {W0} {W1} liefert {n0} Einträge nach {n1} Sekunden."),
    ("According to {name}, the {w0} handled {n0} requests in {month} {year}.",
     "Laut {name} verarbeitete der {W0} im {MONTH} {year} {n0} Anfragen."),
    ("Use the {w0} option with {code} to set the {w1} limit to {n0}.",
     "Verwenden Sie die {W0}-Option mit {code}, um das {W1}-Limit auf {n0} zu setzen."),
    ("See the {w0} {w1} section at https://example.org/{w0}/{n0} for details.",
     "Siehe den Abschnitt {W0} {W1} unter https://example.org/{w0}/{n0} für Details."),
    ("The {w0} keeps a {w1} of {n0} entries; the {w2} writes them back.",
     "Der {W0} hält einen {W1} mit {n0} Einträgen; der {W2} schreibt sie zurück."),
    ("Changed in version {n0}.{n1}: the {w0} accepts a *{w1}* argument.",
     "Geändert in Version {n0}.{n1}: der {W0} akzeptiert ein *{w1}*-Argument."),
)


def synthetic_catalogue(units: int, target: Path, seed: int = 12, drift: float = 0.05) -> int:
    """Write an en->de PO catalogue of `units` entries, every one distinct (no entry is
    repeated, so no cache can win), with numbers, dates, names, codes, URLs and markup;
    about `drift` of them have a number changed in the translation."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: de\\n"', ""]
    while len(seen) < units:
        english, german = TEMPLATES[rng.randrange(len(TEMPLATES))]
        picks = [rng.randrange(len(WORDS_EN)) for _ in range(3)]
        month = rng.randrange(len(MONTHS_EN))
        values = {"n0": str(rng.randint(2, 99999)), "n1": str(rng.randint(2, 999)), "year": str(rng.randint(1990, 2030)),
                  "name": rng.choice(NAMES), "code": f"{rng.choice('HRXB')}{rng.randint(10, 999)}",
                  "month": MONTHS_EN[month], "MONTH": MONTHS_DE[month]}
        for k, pick in enumerate(picks):
            values[f"w{k}"], values[f"W{k}"] = WORDS_EN[pick], WORDS_DE[pick]
        msgid = english.format(**values)
        if msgid in seen:
            continue
        seen.add(msgid)
        if rng.random() < drift:
            values["n0"] = str(int(values["n0"]) + 1)
        msgstr = german.format(**values)
        out += [f"#: synthetic.rst:{len(seen)}", f'msgid "{msgid}"', f'msgstr "{msgstr}"', ""]
    target.write_text("\n".join(out), encoding="utf-8")
    return units


def merged_catalogue(folder: Path, target: Path) -> int:
    """Write one catalogue of the distinct translated entries of every PO file under
    `folder` (a checkout of python-docs-ko, python-docs-pl, ...): returns their number."""
    files = sorted(folder.rglob("*.po")) if folder.is_dir() else [folder]
    out = polib.POFile(encoding="utf-8")
    language = None
    seen: set[tuple[str, str]] = set()
    for path in files:
        catalogue = polib.pofile(str(path))
        language = language or catalogue.metadata.get("Language")
        for entry in catalogue:
            if not entry.msgid or not entry.msgstr or entry.fuzzy or entry.obsolete or entry.msgid_plural:
                continue
            if (entry.msgid, entry.msgstr) in seen:
                continue
            seen.add((entry.msgid, entry.msgstr))
            out.append(polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr=entry.msgstr,
                                     occurrences=[(str(path.relative_to(folder) if folder.is_dir() else path), "")]))
    out.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": language or "xx"}
    out.save(str(target))
    return len(seen)


# Runs a command and writes its wall time, CPU time and peak memory to a file. The
# measured command is started from this small process, not from the benchmark (whose own
# peak, on Linux, a child inherits in its ru_maxrss).
_WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[2:])
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as out:
    out.write(f"{seconds} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}")
"""


def _run_once(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, bytes]:
    """(wall seconds, CPU seconds, peak KB of its largest process, stdout) of one run.

    With an `env` that sets PYTHONPATH (a baseline checkout), the command runs from that
    folder: `python -m` puts the working directory first on the path."""
    cwd = env["PYTHONPATH"] if env and "PYTHONPATH" in env else None
    with tempfile.TemporaryDirectory() as scratch:
        result = Path(scratch) / "measure"
        stdout = subprocess.run([sys.executable, "-c", _WRAPPER, str(result), *command], env=env, cwd=cwd,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
        seconds, cpu, peak = result.read_text().split()
    return float(seconds), float(cpu), int(peak), stdout


def _measure_together(commands: dict[str, tuple[list[str], dict[str, str] | None]],
                      repeat: int) -> dict[str, dict[str, object]]:
    """Each command `repeat` times, in interleaved rounds (a, b, c, a, b, c, ...) so that the
    load of a shared machine falls on all alike: median wall and CPU time, peak memory."""
    runs: dict[str, list[tuple[float, float, int, bytes]]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, (command, env) in commands.items():
            runs[name].append(_run_once(command, env))
    return {name: {"seconds": statistics.median(r[0] for r in measured),
                   "cpu": statistics.median(r[1] for r in measured),
                   "peak_kb": max(r[2] for r in measured), "stdout": measured[-1][3]}
            for name, measured in runs.items()}


def _measure(command: list[str], repeat: int) -> dict[str, object]:
    return _measure_together({"command": (command, None)}, repeat)["command"]


def _pofilter_findings(output: Path) -> int:
    """Failures pofilter wrote: one `(pofilter) test: ...` comment per failed test."""
    if not output.exists():
        return 0
    return sum(line.count("(pofilter)") for line in output.read_text(encoding="utf-8").split("\n")
               if line.startswith("#"))


def bench_catalogue(catalogue: Path, units: int, repeat: int, save: Path | None = None,
                    baseline: str | None = None) -> dict[str, object]:
    """xlcheck and pofilter (-t numbers -t acronyms) on one catalogue, in the same run.

    With `baseline` (a checkout of another version of xlcheck), that version is timed in
    the same rounds. With `save`, xlcheck's findings are written there as JSON, to compare
    two versions finding for finding (the digest compares them at a glance)."""
    commands: dict[str, tuple[list[str], dict[str, str] | None]] = {
        "xlcheck": ([sys.executable, "-m", "xlcheck", "check", str(catalogue), "--format", "json"], None)}
    if baseline is not None:
        env = dict(os.environ, PYTHONPATH=os.path.abspath(baseline))
        commands["baseline"] = (commands["xlcheck"][0], env)
    pofilter = shutil.which("pofilter")
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "out.po"
        if pofilter is not None:
            commands["pofilter"] = ([pofilter, "--progress=none", "--nofuzzy", "-t", "numbers", "-t", "acronyms",
                                     str(catalogue), str(output)], None)
        measured = _measure_together(commands, repeat)
        pofilter_findings = _pofilter_findings(output)
    result: dict[str, object] = {"units": units}
    for name, run in measured.items():
        result.update({
            f"{name}_seconds": round(run["seconds"], 2),
            f"{name}_units_per_s": round(units / run["seconds"]),
            f"{name}_cpu_units_per_s": round(units / max(run["cpu"], 1e-6)),
            f"{name}_peak_mb": round(run["peak_kb"] / 1024, 1),
            f"{name}_kb_per_unit": round(run["peak_kb"] / units, 2),
        })
        if name == "pofilter":
            result["pofilter_findings"] = pofilter_findings
        else:
            findings = json.loads(run["stdout"] or b"{}").get("findings", [])
            result[f"{name}_findings"] = len(findings)
            result[f"{name}_findings_digest"] = _digest(findings)
            if save is not None and name == "xlcheck":
                save.write_text(json.dumps(findings, indent=1, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    if pofilter is None:
        result["pofilter"] = "not installed (pip install translate-toolkit)"
        return result
    for name in [n for n in measured if n != "pofilter"]:
        result[f"{name}_ratio"] = round(measured["pofilter"]["seconds"] / measured[name]["seconds"], 2)
        result[f"{name}_cpu_ratio"] = round(measured["pofilter"]["cpu"] / measured[name]["cpu"], 2)
    return result


def _digest(findings: list[dict]) -> str:
    """A short hash of the findings (rule, value, where): equal digests, equal findings."""
    import hashlib

    keys = sorted(json.dumps([f.get("rule"), f.get("value"), f.get("message"),
                              [[loc.get("line"), loc.get("column"), loc.get("status")] for loc in f.get("locations", [])]],
                             ensure_ascii=False, sort_keys=True) for f in findings)
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]


def bench_scaling(sizes: list[int], scratch: Path) -> dict[str, dict[str, float]]:
    """xlcheck alone on synthetic catalogues of growing size: linear cost keeps units/s flat."""
    out = {}
    for size in sizes:
        catalogue = scratch / f"scaling{size}.de.po"
        synthetic_catalogue(size, catalogue)
        run = _measure([sys.executable, "-m", "xlcheck", "check", str(catalogue), "--format", "json"], 1)
        out[str(size)] = {"units_per_s": round(size / run["seconds"]), "peak_mb": round(run["peak_kb"] / 1024, 1),
                          "kb_per_unit": round(run["peak_kb"] / size, 2)}
        catalogue.unlink()
    return out


def bench_startup(fixtures: Path, repeat: int, baseline: str | None = None) -> dict[str, float]:
    """Whole-process wall clock of `xlcheck --version`, `xlcheck diff` on the seed pair,
    `pofilter --version` and bare Python (medians of interleaved runs). Bytecode is cached
    as after an install (a PYTHONDONTWRITEBYTECODE of the shell is left out: it would time
    compiling xlcheck's sources on every run, which no installed copy does)."""
    xlcheck = [sys.executable, "-m", "xlcheck"]
    seed = fixtures.resolve() / "seed"
    cached = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    versions: dict[str, dict[str, str]] = {"xlcheck": cached}
    if baseline is not None:
        versions["baseline"] = dict(cached, PYTHONPATH=os.path.abspath(baseline))
    commands: dict[str, tuple[list[str], dict[str, str] | None]] = {"python -c pass": ([sys.executable, "-c", "pass"],
                                                                                       cached)}
    for name, env in versions.items():
        commands[f"{name} --version"] = (xlcheck + ["--version"], env)
        if (seed / "deepseek.pt.txt").exists():
            commands[f"{name} diff (seed pair)"] = (xlcheck + ["diff", str(seed / "deepseek.pt.txt"),
                                                               str(seed / "deepseek.de.txt")], env)
    if shutil.which("pofilter"):
        commands["pofilter --version"] = ([shutil.which("pofilter"), "--version"], cached)
    measured = _measure_together(commands, max(repeat, 5))
    return {name: round(run["seconds"], 3) for name, run in measured.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xlcheck.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalogues", nargs="*", metavar="PATH",
                        help="real catalogues to time against pofilter: a PO file or a folder of them (e.g. a "
                             "checkout of python-docs-ko); the distinct translated entries are merged into one")
    parser.add_argument("--sections", default="startup,synthetic,real,align",
                        help="comma-separated: startup, synthetic, real, scaling, align (default: all but scaling)")
    parser.add_argument("--scaling", default="10000,100000",
                        help="catalogue sizes for the scaling section: xlcheck's units/s at each (one run each)")
    parser.add_argument("--units", type=int, default=50_000, help="entries of the synthetic catalogue")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing (the median is kept)")
    parser.add_argument("--baseline", metavar="DIR",
                        help="also time the xlcheck of DIR (a checkout of another commit) in the same rounds")
    parser.add_argument("--save-findings", metavar="DIR",
                        help="write xlcheck's findings on each catalogue to DIR (to diff two versions of xlcheck)")
    parser.add_argument("--paragraphs", type=int, default=5000, help="size of the synthetic document pair")
    parser.add_argument("--fixtures", default="fixtures", help="the repository's fixtures folder")
    args = parser.parse_args(argv)
    sections = set(args.sections.split(","))
    fixtures = Path(args.fixtures)
    results: dict[str, object] = {}
    if "startup" in sections:
        results["startup_seconds"] = bench_startup(fixtures, args.repeat, args.baseline)
        _show(results)
    with tempfile.TemporaryDirectory() as scratch:
        if "synthetic" in sections:
            catalogue = Path(scratch) / "synthetic.de.po"
            units = synthetic_catalogue(args.units, catalogue)
            results["synthetic_catalogue"] = bench_catalogue(catalogue, units, args.repeat,
                                                             _saved(args.save_findings, "synthetic"), args.baseline)
            _show(results)
        if "scaling" in sections:
            results["scaling"] = bench_scaling([int(n) for n in args.scaling.split(",")], Path(scratch))
            _show(results)
        if "real" in sections:
            for path in args.catalogues:
                catalogue = Path(scratch) / f"real{len(results)}.po"
                units = merged_catalogue(Path(path), catalogue)
                results[f"real_catalogue {path}"] = bench_catalogue(
                    catalogue, units, args.repeat, _saved(args.save_findings, Path(path).name), args.baseline)
                _show(results)
    if "align" in sections:
        results["synthetic_alignment"] = bench_synthetic(args.paragraphs)
        if (fixtures / "align").is_dir():
            results["gold_alignment"] = evaluate_gold(fixtures / "align")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


def _saved(folder: str | None, name: str) -> Path | None:
    if folder is None:
        return None
    Path(folder).mkdir(parents=True, exist_ok=True)
    return Path(folder) / f"{name}.findings.json"


def _show(results: dict[str, object]) -> None:
    """Progress on stderr: the last result as soon as it is measured."""
    name, value = list(results.items())[-1]
    print(name, json.dumps(value, ensure_ascii=False), file=sys.stderr, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
