"""Align the paragraphs of two language versions by dynamic programming.

Beads may be 1-1, 2-1, 1-2, 1-0 and 0-1. A bead is scored by three signals:
language-independent anchors (numbers, codes, names, URLs both sides share), a
character n-gram F-score (chrF's formula with beta 2 on the sets of character 4-grams
that sacrebleu's chrF extracts: one set intersection in C, about 5 µs, where a full
sacrebleu sentence chrF takes about 400 µs; 4-grams alone score as well as orders 3-5
on the gold set), and the length ratio against the documents' overall ratio.
Headings, lists, tables and code blocks prefer a partner of their own kind; a merge
pays for lengths that do not add up. The search runs in a band around a backbone of
anchors unique to one segment on each side, widened only when the best path touches
its edge, so time and memory grow linearly with the document.

The verdict (is this a translation at all?) is the mean bead score, weighted by the
segments each bead covers, with unpaired segments counting zero.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

import regex

from xlcheck.model import Alignment, Bead, Invariant, Segment

# Costs are 1 - score; a skipped segment costs SKIP, a merge adds MERGE.
SKIP = 0.42
MERGE = 0.25
BAND_MIN = 16
ANCHOR_KINDS = frozenset({"number", "date", "code", "url", "markup"})
_NGRAM_ORDERS = (4,)
_TAG_ONLY = regex.compile(r"^\s*(?:</?[\w.:-]+[^<>]*>\s*)+$")
_BETA2 = 4.0  # chrF's beta = 2, squared


@dataclass(frozen=True)
class Profile:
    """What the aligner needs to know about one segment, computed once."""

    ngrams: frozenset[str]
    anchors: frozenset[str]
    length: int
    kind: str


def profile(segment: Segment, invariants: tuple[Invariant, ...]) -> Profile:
    """The n-grams, anchors and length of a segment."""
    # Imported here: sacrebleu takes a tenth of a second to import, and a PO catalogue,
    # aligned entry by entry, never needs it.
    from sacrebleu.metrics.helpers import extract_char_ngrams

    text = segment.text.lower()
    grams: set[str] = set()
    for order in _NGRAM_ORDERS:
        grams.update(extract_char_ngrams(text, order))  # chrF's own tokenisation
    anchors = set()
    for inv in invariants:
        if inv.kind in ANCHOR_KINDS and inv.flag != "word":
            anchors.add(inv.kind + ":" + inv.value)
        elif inv.kind == "name" and inv.flag and "initial" not in inv.flag:
            anchors.add("name:" + inv.value.lower())
    kind = "tag" if _TAG_ONLY.match(segment.text) else segment.kind
    return Profile(frozenset(grams), frozenset(anchors), max(1, len(segment.text)), kind)


def shared_anchors(a: list[Profile], b: list[Profile]) -> tuple[list[Profile], list[Profile]]:
    """Keep only anchors that occur somewhere in both documents.

    An anchor one side never mentions (a German noun, a dropped name) says nothing
    about where paragraphs meet, so it must not count against a bead.
    """
    common = frozenset().union(*(p.anchors for p in a)) & frozenset().union(*(p.anchors for p in b))

    def keep(profiles: list[Profile]) -> list[Profile]:
        return [Profile(p.ngrams, p.anchors & common, p.length, p.kind) for p in profiles]

    return keep(a), keep(b)


def _merge(profiles: list[Profile]) -> Profile:
    if len(profiles) == 1:
        return profiles[0]
    return Profile(
        frozenset().union(*(p.ngrams for p in profiles)),
        frozenset().union(*(p.anchors for p in profiles)),
        sum(p.length for p in profiles),
        _merged_kind([p.kind for p in profiles]),
    )


def _merged_kind(kinds: list[str]) -> str:
    # A line of bare tags (<Steps>) belongs to whatever it wraps.
    kinds = [k for k in kinds if k != "tag"] or ["tag"]
    return kinds[0] if all(k == kinds[0] for k in kinds) else "mixed"


def ngram_f(a: frozenset[str], b: frozenset[str]) -> float:
    """chrF's F-beta (beta 2) over two n-gram sets, in [0, 1]."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    if not common:
        return 0.0
    precision = common / len(a)
    recall = common / len(b)
    return (1 + _BETA2) * precision * recall / (_BETA2 * precision + recall)


class Scorer:
    """Scores beads between two profiled documents.

    Merged profiles of neighbouring segments are built once per document, so the
    search never merges sets in its inner loop.
    """

    def __init__(self, a: list[Profile], b: list[Profile]) -> None:
        self.a = a
        self.b = b
        self.a2 = [_merge(a[i:i + 2]) for i in range(len(a) - 1)]
        self.b2 = [_merge(b[j:j + 2]) for j in range(len(b) - 1)]
        total_a = sum(p.length for p in a) or 1
        total_b = sum(p.length for p in b) or 1
        # The documents' length ratio, shrunk towards 1 for short documents, where one
        # dropped paragraph would bias it.
        weight = len(a) / (len(a) + 20)
        self.ratio = math.exp(math.log(total_b / total_a) * weight)
        self._cache: dict[tuple[int, int, int, int], float] = {}

    def score(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """Score of the bead A[i0:i1] ~ B[j0:j1] (both non-empty, at most two each), in [0, 1]."""
        key = (i0, i1, j0, j1)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pa = self.a[i0] if i1 - i0 == 1 else self.a2[i0]
        pb = self.b[j0] if j1 - j0 == 1 else self.b2[j0]
        value = bead_score(pa, pb, self.ratio)
        self._cache[key] = value
        return value


def bead_score(pa: Profile, pb: Profile, ratio: float = 1.0) -> float:
    """How well two (merged) segments look like translations of each other, 0..1."""
    chrf = min(1.0, ngram_f(pa.ngrams, pb.ngrams) / 0.35)
    deviation = abs(math.log((pb.length / pa.length) / ratio))
    length = math.exp(-1.6 * deviation)
    union = pa.anchors | pb.anchors
    if union:
        shared = len(pa.anchors & pb.anchors)
        anchor = shared / len(union)
        score = 0.45 * anchor + 0.3 * chrf + 0.25 * length
        if shared == 0:
            score *= 0.7
    else:
        score = 0.55 * chrf + 0.45 * length
    if pa.kind != pb.kind:
        # A heading, list, table or code block is translated as one of the same kind.
        score *= 0.3 if "code" in (pa.kind, pb.kind) else 0.55
    elif pa.kind != "text":
        score += (1.0 - score) * (0.45 if pa.kind == "heading" else 0.25)
    return score


# The moves of the search: (segments of A, segments of B, extra cost).
_MOVES = ((1, 1, 0.0), (1, 0, None), (0, 1, None), (2, 1, MERGE), (1, 2, MERGE))


def align_profiles(a: list[Profile], b: list[Profile], band: int | None = None) -> Alignment:
    """The cheapest monotonic alignment of two profile lists.

    The search visits cells within `band` of the scaled diagonal; the band grows
    with the length difference, so a long run of dropped paragraphs still fits.
    """
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        beads = tuple(Bead((i,), (), None) for i in range(n)) + tuple(Bead((), (j,), None) for j in range(m))
        return Alignment(beads, 0.0)
    a, b = shared_anchors(a, b)
    scorer = Scorer(a, b)
    centres = backbone(a, b)
    width = band if band is not None else BAND_MIN
    while True:
        beads, touched = _search(n, m, scorer, width, centres)
        # A path that runs along the band's edge may have been cut off: widen and retry.
        if not touched or width >= max(n, m):
            break
        width *= 2
    return Alignment(tuple(beads), mean_score(beads))


MERGE_LENGTH = 1.0


def _weak_part(scorer: Scorer, i0: int, i1: int, j0: int, j1: int) -> float:
    """Extra cost of a merge whose lengths do not add up: a paragraph with no counterpart
    must not hide in a merge, and its length is what gives it away (the words of two
    languages share too little to tell)."""
    length_a = sum(p.length for p in scorer.a[i0:i1])
    length_b = sum(p.length for p in scorer.b[j0:j1])
    return MERGE_LENGTH * abs(math.log((length_b / length_a) / scorer.ratio))


def backbone(a: list[Profile], b: list[Profile]) -> list[int]:
    """For each row i of A, the column of B the band is centred on.

    Anchors that occur in exactly one segment of each document (a number, a code, a
    URL) pin points (i, j); the longest chain of points increasing in both i and j
    is the backbone, and rows between two points are interpolated. Without anchors
    the backbone is the scaled diagonal.
    """
    n, m = len(a), len(b)

    def unique(profiles: list[Profile]) -> dict[str, int]:
        seen: dict[str, int] = {}
        dup: set[str] = set()
        for index, p in enumerate(profiles):
            for anchor in p.anchors:
                if anchor in seen and seen[anchor] != index:
                    dup.add(anchor)
                seen.setdefault(anchor, index)
        return {k: v for k, v in seen.items() if k not in dup}

    in_a, in_b = unique(a), unique(b)
    points = sorted({(i, in_b[anchor]) for anchor, i in in_a.items() if anchor in in_b})
    chain = _longest_chain(points)
    knots = [(0, 0)] + chain + [(n, m)]
    centres = []
    k = 0
    for i in range(n + 1):
        while k + 1 < len(knots) - 1 and knots[k + 1][0] <= i:
            k += 1
        (i0, j0), (i1, j1) = knots[k], knots[k + 1]
        centres.append(j0 if i1 == i0 else round(j0 + (i - i0) * (j1 - j0) / (i1 - i0)))
    return centres


def _longest_chain(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of points strictly increasing in both coordinates."""
    tails: list[int] = []
    tail_index: list[int] = []
    parent = [-1] * len(points)
    for index, (i, j) in enumerate(points):
        position = bisect.bisect_left(tails, j)
        if position and points[tail_index[position - 1]][0] == i:
            continue
        if position == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[position] = j
            tail_index[position] = index
        parent[index] = tail_index[position - 1] if position else -1
    chain = []
    index = tail_index[-1] if tail_index else -1
    while index != -1:
        chain.append(points[index])
        index = parent[index]
    return chain[::-1]


def _search(n: int, m: int, scorer: Scorer, width: int, centres: list[int]) -> tuple[list[Bead], bool]:
    """One banded search: the beads of the cheapest path and whether it touched the band edge."""
    inf = float("inf")
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        centre = centres[i]
        for j in range(max(0, centre - width), min(m, centre + width) + 1):
            if i == 0 and j == 0:
                continue
            best = inf
            best_prev = None
            for di, dj, extra in _MOVES:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev = cost.get((pi, pj))
                if prev is None:
                    continue
                if di == 0 or dj == 0:
                    step = SKIP * (di + dj)
                else:
                    # Cost per segment covered, so a merge is no cheaper than its parts;
                    # merging a line of bare tags into its neighbour costs nothing extra.
                    if extra and (scorer.a[pi].kind == "tag" or scorer.a[i - 1].kind == "tag"
                                  or scorer.b[pj].kind == "tag" or scorer.b[j - 1].kind == "tag"):
                        extra = 0.0
                    if extra:
                        extra += _weak_part(scorer, pi, i, pj, j)
                    step = (1.0 - scorer.score(pi, i, pj, j)) * (di + dj) / 2 + (extra or 0.0)
                total = prev + step
                if total < best:
                    best = total
                    best_prev = (pi, pj)
            if best_prev is not None:
                cost[(i, j)] = best
                back[(i, j)] = best_prev
    if (n, m) not in cost:
        return [], True
    beads = []
    touched = False
    cell = (n, m)
    while cell != (0, 0):
        pi, pj = back[cell]
        i, j = cell
        if 0 < i < n and abs(j - centres[i]) >= width - 1:
            touched = True
        ai = tuple(range(pi, i))
        bj = tuple(range(pj, j))
        score = scorer.score(pi, i, pj, j) if ai and bj else None
        beads.append(Bead(ai, bj, score))
        cell = (pi, pj)
    beads.reverse()
    return _pair_replacements(beads, scorer), touched


def _pair_replacements(beads: list[Bead], scorer: Scorer) -> list[Bead]:
    """Pair a segment only A has with a segment only B has at the same place.

    A paragraph the translation rewrote is still its counterpart: the facts it changed
    are then reported as changes, not as one paragraph missing and another extra.
    """
    out: list[Bead] = []
    index = 0
    while index < len(beads):
        run_a, run_b = [], []
        while index < len(beads) and not (beads[index].a and beads[index].b):
            run_a.extend(beads[index].a)
            run_b.extend(beads[index].b)
            index += 1
        for i, j in zip(run_a, run_b):
            out.append(Bead((i,), (j,), scorer.score(i, i + 1, j, j + 1)))
        out.extend(Bead((i,), (), None) for i in run_a[len(run_b):])
        out.extend(Bead((), (j,), None) for j in run_b[len(run_a):])
        if index < len(beads):
            out.append(beads[index])
            index += 1
    return out


def mean_score(beads: list[Bead]) -> float:
    """Document score: bead scores weighted by segments covered; skipped ones count 0."""
    covered = sum(len(bead.a) + len(bead.b) for bead in beads) or 1
    return sum((bead.score or 0.0) * (len(bead.a) + len(bead.b)) for bead in beads) / covered
