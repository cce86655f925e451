"""Sentence alignment quality: strict and lax F1 against gold beads, speed and peak memory.

`python -m xlcheck.bench_sentences [--heldout DIR] [--mac DIR] [--aligner NAME ...] [--save-beads FILE]`

Gold files hold one bead a line, zero-based line numbers of each side, as vecalign and
Bleualign write them: ``[0]:[0, 1]`` (a 1-2 bead), ``[5]:[]`` (a line only A has).

Scores follow Sennrich and Volk (2011), as vecalign's ``score.py`` computes them:

- strict: a predicted bead counts only if the gold has exactly that bead;
- lax: a predicted bead counts if some sentence of its A side is paired in the gold with
  some sentence of its B side (credit for overlap);
- precision is over the predicted beads (one-sided ones included: a predicted 1-0 is
  right only if the gold has that 1-0), recall over the gold beads that pair something
  (predicted one-sided beads are left out of the recall count, as in the reference).
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

BeadList = list[tuple[tuple[int, ...], tuple[int, ...]]]


def read_beads(path: str | Path) -> BeadList:
    """The beads of a gold (or predicted) file."""
    beads = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            left, right = line.split(":")
            beads.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return beads


def _counts(gold: BeadList, test: BeadList) -> tuple[int, int, int, int]:
    """(strict hits, strict misses, lax hits, lax misses) of `test` against `gold`."""
    gold_set = {bead for bead in gold if bead[0] or bead[1]}
    partners: dict[int, set[int]] = defaultdict(set)
    for a, b in gold_set:
        for i in a:
            partners[i].update(b)
    strict_hit = strict_miss = lax_hit = lax_miss = 0
    for a, b in {bead for bead in test if bead[0] or bead[1]}:
        if (a, b) in gold_set:
            strict_hit += 1
            lax_hit += 1
            continue
        strict_miss += 1
        if set(b) & {j for i in a for j in partners[i]}:
            lax_hit += 1
        else:
            lax_miss += 1
    return strict_hit, strict_miss, lax_hit, lax_miss


def score(golds: Sequence[BeadList], tests: Sequence[BeadList]) -> dict[str, float]:
    """Strict and lax precision, recall and F1 over several documents."""
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for gold, test in zip(golds, tests):
        p = [x + y for x, y in zip(p, _counts(gold, test))]
        paired_test = [bead for bead in test if bead[0] and bead[1]]
        paired_gold = [bead for bead in gold if bead[0] and bead[1]]
        r = [x + y for x, y in zip(r, _counts(paired_test, paired_gold))]

    def ratio(hit: int, miss: int) -> float:
        return hit / (hit + miss) if hit + miss else 0.0

    def f1(precision: float, recall: float) -> float:
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    result = {"precision_strict": ratio(p[0], p[1]), "recall_strict": ratio(r[0], r[1]),
              "precision_lax": ratio(p[2], p[3]), "recall_lax": ratio(r[2], r[3])}
    result["f1_strict"] = f1(result["precision_strict"], result["recall_strict"])
    result["f1_lax"] = f1(result["precision_lax"], result["recall_lax"])
    return {k: round(v, 3) for k, v in result.items()}


# --- Gale and Church (1993), the classic length-only baseline -----------------------

_GC_MOVES = ((1, 1, 0.89), (1, 0, 0.0099 / 2), (0, 1, 0.0099 / 2), (2, 1, 0.089 / 2), (1, 2, 0.089 / 2),
             (2, 2, 0.011))


def gale_church(lengths_a: Sequence[int], lengths_b: Sequence[int], variance: float = 6.8) -> BeadList:
    """Gale and Church's length-based alignment (full dynamic programming, for the
    benchmark only: it keeps the whole matrix)."""
    n, m = len(lengths_a), len(lengths_b)
    ratio = (sum(lengths_b) or 1) / (sum(lengths_a) or 1)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    prefix_a = [0]
    for x in lengths_a:
        prefix_a.append(prefix_a[-1] + x)
    prefix_b = [0]
    for x in lengths_b:
        prefix_b.append(prefix_b[-1] + x)
    for i in range(n + 1):
        for j in range(m + 1):
            for di, dj, prior in _GC_MOVES:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or cost[pi][pj] == inf:
                    continue
                la, lb = prefix_a[i] - prefix_a[pi], prefix_b[j] - prefix_b[pj]
                mean = (la + lb / ratio) / 2
                delta = (lb / ratio - la) / math.sqrt(variance * mean) if mean else 0.0
                tail = max(1e-12, math.erfc(abs(delta) / math.sqrt(2)))
                total = cost[pi][pj] - math.log(prior) - math.log(tail)
                if total < cost[i][j]:
                    cost[i][j] = total
                    back[i][j] = (pi, pj)
    beads = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = back[i][j]
        beads.append((tuple(range(pi, i)), tuple(range(pj, j))))
        i, j = pi, pj
    return beads[::-1]


# --- data sets ------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldPair:
    name: str
    split: str
    path_a: Path
    path_b: Path
    lang_a: str
    lang_b: str
    gold: Path


def fixture_pairs(folder: Path) -> list[GoldPair]:
    """The sentence-aligned gold of `fixtures/align-sentences/`: ``PAIR.SPLIT.LANG`` and ``PAIR.SPLIT.gold``."""
    pairs = []
    for gold in sorted(folder.glob("*.gold")):
        pair, split = gold.name.split(".")[:2]
        lang_a, lang_b = pair.split("-")
        pairs.append(GoldPair(pair, split, folder / f"{pair}.{split}.{lang_a}", folder / f"{pair}.{split}.{lang_b}",
                              lang_a, lang_b, gold))
    return pairs


def bleualign_pairs(folder: Path) -> list[GoldPair]:
    """The held-out de-fr gold of Bleualign (``dev.de``, ``test0.de``…, ``*.defr``), as
    vecalign's repository ships it; `dev` and `test0`-`test6` become the dev and test split."""
    pairs = []
    for gold in sorted(folder.glob("*.defr")):
        stem = gold.name.split(".")[0]
        split = "dev" if stem == "dev" else "test"
        pairs.append(GoldPair("de-fr (held out)", split, folder / f"{stem}.de", folder / f"{stem}.fr", "de", "fr", gold))
    return pairs


def mac_pairs(folder: Path, cache: Path) -> list[GoldPair]:
    """The MAC-Test gold of Bertalign (24 chapters of six Chinese novels and their published
    English translations, hand-aligned), from a checkout's ``corpus/mac/test`` folder:
    ``split/NNN.zh`` and ``split/NNN.en`` one sentence a line, ``intertext/`` the InterText
    links, turned into gold files (zero-based lines) in `cache`."""
    import xml.etree.ElementTree as ET

    pairs = []
    cache.mkdir(parents=True, exist_ok=True)
    for links in sorted((folder / "intertext").glob("corpus_test.*_zh.*_en.xml")):
        number = links.name.split(".")[1].split("_")[0]
        index = {side: {s.get("id"): n for n, s in enumerate(
            ET.parse(folder / "intertext" / f"corpus_test.{number}_{side}.xml").iter("s"))} for side in ("zh", "en")}
        beads = []
        for link in ET.parse(links).iter("link"):
            en, zh = link.get("xtargets").split(";")  # the English ids first, in every file
            beads.append(f"{[index['zh'][i] for i in zh.split()]}:{[index['en'][i] for i in en.split()]}")
        gold = cache / f"mac.{number}.gold"
        gold.write_text("\n".join(beads) + "\n", encoding="utf-8")
        pairs.append(GoldPair("zh-en MAC (held out)", "test", folder / "split" / f"{number}.zh",
                              folder / "split" / f"{number}.en", "zh", "en", gold))
    return pairs


# WMT 2022 general test sets read from a checkout of wmt-conference/wmt22-news-systems
# (``txt/sources``, ``txt/references``): pair, source file, reference file.
WMT_PAIRS = (("de-fr", "generaltest2022.de-fr.src.de", "generaltest2022.de-fr.ref.A.fr"),
             ("en-ja", "generaltest2022.en-ja.src.en", "generaltest2022.en-ja.ref.A.ja"),
             ("zh-en", "generaltest2022.zh-en.src.zh", "generaltest2022.zh-en.ref.A.en"))
_NO_SPACE = ("ja", "zh", "th")


def perturbed(source: list[str], target: list[str], seed: int, join: tuple[str, str] = (" ", " "),
              rate: float = 0.12, drop: float = 0.02) -> tuple[list[str], list[str], BeadList]:
    """A sentence-by-sentence translation turned into one with merges and omissions,
    and its gold: adjacent sentences joined on one side (2-1, 1-2, 3-1, 1-3, 2-2 beads
    at `rate` in all) and sentences dropped from one side (1-0, 0-1 at `drop`), as
    translators and extraction tools do. Seeded: the same input gives the same pair.

    >>> a, b, gold = perturbed(["A.", "B.", "C."], ["a.", "b.", "c."], seed=1, rate=0.0, drop=0.0)
    >>> gold
    [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    """
    import random

    rng = random.Random(seed)
    out_a: list[str] = []
    out_b: list[str] = []
    gold: BeadList = []
    k = 0
    while k < len(source):
        roll = rng.random()
        shapes = ((2, 1), (1, 2), (3, 1), (1, 3), (2, 2))
        weights = (0.38, 0.38, 0.08, 0.08, 0.08)
        if roll < rate:
            shape = rng.choices(shapes, weights)[0]
        elif roll < rate + drop:
            shape = rng.choice(((1, 0), (0, 1)))
        else:
            shape = (1, 1)
        size = 3 if shape == (2, 2) else max(shape)
        if k + size > len(source):
            shape, size = (1, 1), 1
        a_lines, b_lines = source[k:k + size], target[k:k + size]
        # A side with one segment gets the run joined; a 2-2 bead is three sentences
        # cut 2+1 on one side and 1+2 on the other.
        if shape == (2, 2):
            a_parts = [join[0].join(a_lines[:2]), a_lines[2]]
            b_parts = [b_lines[0], join[1].join(b_lines[1:])]
        else:
            a_parts = [join[0].join(a_lines)] if shape[0] == 1 else list(a_lines)
            b_parts = [join[1].join(b_lines)] if shape[1] == 1 else list(b_lines)
            if shape == (1, 0):
                b_parts = []
            elif shape == (0, 1):
                a_parts = []
        gold.append((tuple(range(len(out_a), len(out_a) + len(a_parts))),
                     tuple(range(len(out_b), len(out_b) + len(b_parts)))))
        out_a.extend(a_parts)
        out_b.extend(b_parts)
        k += size
    return out_a, out_b, gold


def wmt_pairs(folder: Path, cache: Path, chunk: int = 120) -> list[GoldPair]:
    """Semi-synthetic gold from WMT 2022 general test sets (news, e-commerce, social,
    conversation): each set cut into documents of `chunk` sentences, perturbed by
    `perturbed`; the first half of the documents is dev, the second half test."""
    pairs = []
    cache.mkdir(parents=True, exist_ok=True)
    for name, src, ref in WMT_PAIRS:
        lang_a, lang_b = name.split("-")
        source = (folder / "sources" / src).read_text(encoding="utf-8").splitlines()
        target = (folder / "references" / ref).read_text(encoding="utf-8").splitlines()
        starts = list(range(0, len(source), chunk))
        for index, start in enumerate(starts):
            join = tuple("" if lang in _NO_SPACE else " " for lang in (lang_a, lang_b))
            a, b, gold = perturbed(source[start:start + chunk], target[start:start + chunk], seed=index, join=join)
            stem = cache / f"wmt-{name}.{index}"
            paths = [Path(f"{stem}.{lang_a}"), Path(f"{stem}.{lang_b}"), Path(f"{stem}.gold")]
            paths[0].write_text("".join(line + "\n" for line in a), encoding="utf-8")
            paths[1].write_text("".join(line + "\n" for line in b), encoding="utf-8")
            paths[2].write_text("".join(f"{list(x)}:{list(y)}\n" for x, y in gold), encoding="utf-8")
            split = "dev" if index < len(starts) // 2 else "test"
            pairs.append(GoldPair(f"wmt {name}", split, paths[0], paths[1], lang_a, lang_b, paths[2]))
    return pairs


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1] if path.read_text(encoding="utf-8").endswith(
        "\n") else path.read_text(encoding="utf-8").split("\n")


Aligner = Callable[[GoldPair], BeadList]


def xlcheck_aligner(name: str = "default") -> Aligner:
    """`xlcheck align --segment line --aligner NAME`, as beads over zero-based line numbers."""
    from xlcheck.api import align
    from xlcheck.config import Config
    from xlcheck.io import document_from_text

    def run(pair: GoldPair) -> BeadList:
        docs = [document_from_text(path.read_text(encoding="utf-8"), lang, str(path))
                for path, lang in ((pair.path_a, pair.lang_a), (pair.path_b, pair.lang_b))]
        config = Config()
        report = align(docs, "line", replace(config, aligner=name))
        seg_a, seg_b = report.segments
        return [(tuple(seg_a[i].line - 1 for i in bead.a), tuple(seg_b[j].line - 1 for j in bead.b))
                for bead in report.alignment.beads]

    return run


def gale_church_aligner(pair: GoldPair) -> BeadList:
    """Gale-Church over the non-empty lines, mapped back to line numbers."""
    sides = []
    for path in (pair.path_a, pair.path_b):
        lines = _lines(path)
        kept = [k for k, line in enumerate(lines) if line.strip()]
        sides.append((kept, [len(lines[k].strip()) for k in kept]))
    beads = gale_church(sides[0][1], sides[1][1])
    return [(tuple(sides[0][0][i] for i in a), tuple(sides[1][0][j] for j in b)) for a, b in beads]


def evaluate(aligner: Aligner, pairs: Sequence[GoldPair], memory: bool = False,
             beads: dict[str, BeadList] | None = None) -> dict[str, float]:
    """Scores of one aligner on some gold pairs, with sentences per second (and peak
    Python memory in MB, measured in a second pass under tracemalloc, if asked); each
    pair's predicted beads go into `beads` (by the path of its A side) if given."""
    golds, tests = [], []
    sentences = 0
    seconds = 0.0
    for pair in pairs:
        golds.append(read_beads(pair.gold))
        start = time.perf_counter()
        tests.append(aligner(pair))
        seconds += time.perf_counter() - start
        if beads is not None:
            beads[pair.path_a.name] = tests[-1]
        sentences += sum(1 for path in (pair.path_a, pair.path_b) for line in _lines(path) if line.strip())
    result: dict[str, float] = dict(score(golds, tests))
    result["sentences"] = sentences
    result["sentences_per_second"] = round(sentences / seconds) if seconds else 0
    if memory:
        peak = 0
        for pair in pairs:
            tracemalloc.start()
            aligner(pair)
            peak = max(peak, tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
        result["peak_mb"] = round(peak / 2**20, 1)
    return result


ALIGNERS: dict[str, Callable[[], Aligner]] = {
    "default": lambda: xlcheck_aligner("default"),
    "embed": lambda: xlcheck_aligner("embed"),
    "gale-church": lambda: gale_church_aligner,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m xlcheck.bench_sentences", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fixtures", default="fixtures/align-sentences", help="the sentence-aligned gold folder")
    parser.add_argument("--heldout", help="a folder with Bleualign's de-fr gold (dev.de, dev.fr, dev.defr, test0.de…)")
    parser.add_argument("--wmt", help="a checkout's txt/ folder of wmt-conference/wmt22-news-systems: "
                                      "semi-synthetic de-fr, en-ja and zh-en gold (perturbed, dev/test)")
    parser.add_argument("--mac", help="a checkout's corpus/mac/test folder of bfsujason/bertalign (commit 6d28452): "
                                      "Chinese novels and their English translations, hand-aligned (held out)")
    parser.add_argument("--aligner", action="append", choices=sorted(ALIGNERS),
                        help="aligners to measure (default: default and gale-church)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--memory", action="store_true", help="also measure peak memory (a second, slower pass)")
    parser.add_argument("--save-beads", metavar="FILE",
                        help="write every predicted bead (by aligner and file) as JSON, to compare two versions")
    args = parser.parse_args(argv)
    pairs = fixture_pairs(Path(args.fixtures))
    if args.heldout:
        pairs += bleualign_pairs(Path(args.heldout))
    if args.mac:
        import tempfile

        pairs += mac_pairs(Path(args.mac), Path(tempfile.mkdtemp(prefix="xlcheck-mac-")))
    if args.wmt:
        import tempfile

        pairs += wmt_pairs(Path(args.wmt), Path(tempfile.mkdtemp(prefix="xlcheck-wmt-")))
    groups: dict[tuple[str, str], list[GoldPair]] = defaultdict(list)
    for pair in pairs:
        if args.split in ("all", pair.split):
            groups[(pair.name, pair.split)].append(pair)
    results = {}
    beads: dict[str, dict[str, BeadList]] = {}
    for name in args.aligner or ["default", "gale-church"]:
        aligner = ALIGNERS[name]()
        beads[name] = {}
        results[name] = {f"{pair} {split}": evaluate(aligner, members, args.memory, beads[name])
                         for (pair, split), members in sorted(groups.items())}
    print(json.dumps(results, indent=2))
    if args.save_beads:
        Path(args.save_beads).write_text(json.dumps(beads, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
