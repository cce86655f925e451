"""The aligner's search in plain Python, for short documents: the path and every bead's
cost of `align._search` over the whole matrix, without importing numpy.

Importing numpy takes longer than aligning a page of twenty paragraphs, and a `diff` of
two such pages spent a quarter of its time on it. Each cost is worked out with the same
floating-point operations, in the same order, as the vectorised `_CostModel.costs` does
(sums of anchor weights pairwise, as numpy sums a row; a bead's shared weights in the
order of `_Pairs.shared`), and ties go to the same move, so the two searches return the
same beads (`tests/test_pathsearch.py` proves it on generated documents and every
fixture pair).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from xlcheck.align import _KINDS, _MARK_PAIRS, _MOVES, _WORDED, Profile, _CostModel, _mark_pair_costs, _merged_kind

_CODES = {kind: code for code, kind in enumerate(_KINDS)}
_PAIRWISE_BLOCK = 128  # numpy's PW_BLOCKSIZE


def pairwise_sum(values: Sequence[float], start: int = 0, count: int | None = None) -> float:
    """The sum numpy gives for a row of float64 values (`ndarray.sum` along a contiguous
    axis): in order below eight values, in eight running sums up to 128, halves beyond.

    >>> pairwise_sum([0.1] * 10) == float(__import__("numpy").full(10, 0.1).sum())
    True
    """
    count = len(values) - start if count is None else count
    if count < 8:
        total = 0.0
        for k in range(start, start + count):
            total += values[k]
        return total
    if count <= _PAIRWISE_BLOCK:
        sums = list(values[start:start + 8])
        k = 8
        while k < count - count % 8:
            for lane in range(8):
                sums[lane] += values[start + k + lane]
            k += 8
        total = ((sums[0] + sums[1]) + (sums[2] + sums[3])) + ((sums[4] + sums[5]) + (sums[6] + sums[7]))
        for rest in range(start + k, start + count):
            total += values[rest]
        return total
    half = count // 2
    half -= half % 8
    return pairwise_sum(values, start, half) + pairwise_sum(values, start + half, count - half)


class _Runs:
    """One document's runs of 1-4 segments, each by its end (0 where a run would start
    before the first segment), as `align._Side` holds them: lengths, anchor weights,
    merged kinds and marks."""

    def __init__(self, profiles: list[Profile], anchor_ids: dict[str, int], weight_of: list[float],
                 bits: list[int], spans: Sequence[int]) -> None:
        count = len(profiles)
        self.prefix = [0.0] * (count + 1)
        running: float = 0
        for k, p in enumerate(profiles):
            running += p.length
            self.prefix[k + 1] = float(running)
        ids = [sorted(anchor_ids[x] for x in p.anchors if x in anchor_ids) for p in profiles]
        kinds = [p.kind for p in profiles]
        merged: dict[tuple[str, ...], int] = {}
        self.length: dict[int, list[float]] = {}
        self.anchor_weight: dict[int, list[float]] = {}
        self.kind: dict[int, list[int]] = {}
        self.marks: dict[int, list[int]] = {}
        for span in spans:
            length, weight, kind, ored = [0.0] * (count + 1), [0.0] * (count + 1), [0] * (count + 1), [0] * (count + 1)
            for end in range(span, count + 1):
                length[end] = self.prefix[end] - self.prefix[end - span]
                held = sorted(set().union(*ids[end - span:end])) if span > 1 else ids[end - 1]
                if held:
                    weight[end] = pairwise_sum([weight_of[k] for k in held])
                run = tuple(kinds[end - span:end])
                if run not in merged:
                    merged[run] = _CODES.get(_merged_kind(list(run)) if span > 1 else run[0], 0)
                kind[end] = merged[run]
                for k in range(end - span, end):
                    ored[end] |= bits[k]
            self.length[span], self.anchor_weight[span], self.kind[span], self.marks[span] = length, weight, kind, ored
        self.worded = [_WORDED.search(p.text) is not None for p in profiles]


def _skip_costs(model: _CostModel, runs: _Runs) -> list[float]:
    """`_CostModel.skip_costs` of one side: leaving each segment alone."""
    params = model.params
    skip = params.skip_structured if model.structured else params.skip
    out = []
    for k, worded in enumerate(runs.worded):
        scale = min(1.0, (runs.prefix[k + 1] - runs.prefix[k]) / params.short)
        if not model.structured and worded:
            scale = 1.0
        out.append(skip - (skip - params.skip_short) * (1.0 - scale))
    return out


def bead_costs(model: _CostModel) -> tuple[Callable[[int, int, int, int], float], list[float], list[float]]:
    """What `_block_costs` and `_CostModel.skip_costs` give: the cost of the bead
    A[i-di:i] ~ B[j-dj:j] (dj > 0) as a function of (di, dj, i, j), the cost of leaving
    each segment of A alone, and the running total of leaving B's first j segments alone.
    The model has no embeddings and no lexicon."""
    params = model.params
    n, m = len(model.profiles[0]), len(model.profiles[1])
    spans = sorted(({di for di, _ in model.moves} | {dj for _, dj in model.moves}) - {0})
    side_a = _Runs(model.profiles[0], model.anchor_ids, model.weight_of, model.bits[0], spans)
    side_b = _Runs(model.profiles[1], model.anchor_ids, model.weight_of, model.bits[1], spans)
    skip_a = _skip_costs(model, side_a)
    totals_b = [0.0] * (m + 1)
    for k, cost in enumerate(_skip_costs(model, side_b)):
        totals_b[k + 1] = totals_b[k] + cost
    # Each pair's shared anchor weight (0 where none), and whether its row holds more than
    # 8 pairs: `_Pairs.shared` then adds a row's pairs from the last column back.
    pair = [[0.0] * m for _ in range(n)]
    at = 0
    for row, cols in enumerate(model.pair_cols):
        for col in cols:
            pair[row][col] = model.pair_weights[at]
            at += 1
    backwards = [len(cols) > 8 for cols in model.pair_cols]
    ratio, half_variance = model.ratio, model.variance / 2
    penalty, reward = params.anchor_penalty, 2 * params.anchor_penalty + params.anchor_reward
    unshared = model.structured and params.unshared
    kinds = model.kind_table if model.has_kinds else None
    retitled = {(row + 1, col + 1) for row, cols in model.retitled.items() for col in cols}
    retitle = params.kind_mismatch + params.kind_match
    orphan_merge = model.structured and params.orphan_merge
    orphans_a, orphans_b = model.orphans_a, model.orphans_b
    mark_costs, mark_earnings = _mark_pair_costs(params) if model.marked else ((), ())

    def cost(di: int, dj: int, i: int, j: int) -> float:
        length_a = side_a.length[di][i] * ratio
        length_b = side_b.length[dj][j]
        delta = abs(length_b - length_a)
        delta /= math.sqrt((length_a + length_b) * half_variance + 1e-9)
        total = delta * delta
        total *= 0.5
        total += math.log1p(delta * 1.2533)
        if params.length_weight != 1.0:
            total *= params.length_weight
        total += model.prior[(di, dj)]
        total_a, total_b = side_a.anchor_weight[di][i], side_b.anchor_weight[dj][j]
        total += penalty * total_b
        shared = None
        for row in range(i - di, i):
            cols = range(j - 1, j - dj - 1, -1) if dj > 1 and backwards[row] else range(j - dj, j)
            for col in cols:
                shared = pair[row][col] if shared is None else shared + pair[row][col]
        shared = min(shared, min(total_a, total_b))
        total += penalty * total_a
        total -= reward * shared
        if unshared:
            total += unshared * (total_a > 0 and total_b > 0 and shared == 0)
        if kinds is not None:
            total += kinds[side_a.kind[di][i]][side_b.kind[dj][j]]
            if di == 1 and dj == 1 and (i, j) in retitled:
                total -= retitle
        if orphan_merge and (di > 1 or dj > 1):
            orphans = orphans_b[j] - orphans_b[j - dj] if dj > 1 else 0.0
            if di > 1:
                orphans = orphans + (orphans_a[i] - orphans_a[i - di])
            total += orphan_merge * (orphans > 0)
        if mark_costs:
            marks = side_a.marks[di][i] * _MARK_PAIRS + side_b.marks[dj][j]
            total += mark_costs[marks]
            total -= mark_earnings[marks]
        return total

    return cost, skip_a, totals_b


def search(model: _CostModel, n: int, m: int) -> list[tuple[int, int, int, int]]:
    """The cheapest path through the whole matrix of A's n and B's m segments, as
    `align._search` finds it with lo = 0 and hi = m; beads as (i0, i1, j0, j1). The model
    has no embeddings and no lexicon."""
    cost, skip_a, totals_b = bead_costs(model)
    inf = math.inf
    left_alone = _MOVES.index((0, 1))
    rows: list[list[float]] = []
    back: list[list[int]] = []
    for i in range(n + 1):
        best, move = [inf] * (m + 1), [0] * (m + 1)
        # The cheapest move into each cell, the first on a tie (numpy's argmin).
        for index, (di, dj) in enumerate(model.moves):
            if di == 0 or di > i:
                continue
            before = rows[i - di]
            for j in range(dj, m + 1):
                candidate = before[j - dj] + (skip_a[i - 1] if dj == 0 else cost(di, dj, i, j))
                if candidate < best[j]:
                    best[j], move[j] = candidate, index
        if i == 0:
            best[0] = 0.0
        # 0-1 beads along the row, as `_search` scans them (a running minimum of best -
        # steps, compared with a tolerance, never at the edge).
        running = inf
        for j in range(m + 1):
            steps = totals_b[j]
            here = best[j] - steps
            running = here if j == 0 else min(running, here)
            scanned = running + steps
            if j and scanned < best[j] - 1e-9 * (1.0 + abs(scanned)):
                best[j], move[j] = scanned, left_alone
        rows.append(best)
        back.append(move)
    if rows[n][m] == inf:
        raise RuntimeError("alignment lost the path")  # cannot happen: every cell is reachable
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj = model.moves[back[i][j]]
        beads.append((i - di, i, j - dj, j))
        i, j = i - di, j - dj
    beads.reverse()
    return beads
