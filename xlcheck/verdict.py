"""Whether two versions in different scripts are translations of each other.

Character n-grams say nothing across scripts (Chinese and English share none), so the
alignment's mean bead score cannot tell a faithful Chinese translation from an English
article on another subject. What does: a translation follows its source paragraph by
paragraph, so the aligner pairs them one to one at a steady length ratio, while an
unrelated text only fits by merging paragraphs until the lengths add up. Measured on the
WMT 2023 zh-en and MLQE-PE ru-en pairs: faithful translations put 90-100 % of their
paragraphs in 1-1 pairs (one partly invented MT output 70 %), any two unrelated
articles of the same sets at most 80 % (lists of twenty one-line sentences of similar
lengths; articles of ten paragraphs at most 65 %).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from xlcheck.model import Bead

# Share of the segments in 1-1 pairs, and the most a pair's length ratio may stray
# (median absolute deviation of the log ratio) for a translation.
MIN_ONE_TO_ONE = 0.85
MAX_LENGTH_SPREAD = 0.3
MIN_SCORE = 0.3
# A mean bead score no pair of unrelated articles reached (their best: 0.45).
SURE_SCORE = 0.5


def follows_paragraphs(beads: Sequence[Bead], lengths_a: Sequence[float], lengths_b: Sequence[float],
                       score: float) -> bool:
    """The verdict for versions in different scripts: most segments paired one to one,
    at a steady length ratio, with bead scores not near zero (or a high mean score).

    >>> pairs = [Bead((i,), (i,), 0.6) for i in range(10)]
    >>> follows_paragraphs(pairs, [10, 40, 25] * 4, [42, 150, 90] * 4, 0.6)
    True
    >>> merged = [Bead((i, i + 1), (i // 2,), 0.4) for i in range(0, 10, 2)]
    >>> follows_paragraphs(merged, [10] * 10, [80] * 5, 0.4)
    False
    """
    if score >= SURE_SCORE:
        return True
    covered = sum(len(b.a) + len(b.b) for b in beads) or 1
    one_to_one = [b for b in beads if len(b.a) == 1 and len(b.b) == 1]
    if 2 * len(one_to_one) / covered < MIN_ONE_TO_ONE or score < MIN_SCORE:
        return False
    logs = sorted(math.log(max(1.0, lengths_b[b.b[0]]) / max(1.0, lengths_a[b.a[0]])) for b in one_to_one)
    middle = logs[len(logs) // 2]
    spread = sorted(abs(x - middle) for x in logs)[len(logs) // 2]
    return spread <= MAX_LENGTH_SPREAD


def discounting(beads: Sequence[Bead], lengths_a: Sequence[float], lengths_b: Sequence[float], score: float,
                far: bool) -> tuple[float, bool | None]:
    """The verdict on the beads left when paragraphs a translation cut short are set
    aside (`xlcheck/compare/truncation.py`): (score, verdict), where the verdict is None
    for versions in one script (the score decides) and the paragraph test otherwise. A
    translation that stops in mid-paragraph is still a translation of what it kept.

    >>> pairs = [Bead((i,), (i,), 0.6) for i in range(10)]
    >>> discounting(pairs, [10, 40, 25] * 4, [42, 150, 90] * 4, 0.6, far=True)
    (0.6, True)
    """
    return score, (follows_paragraphs(beads, lengths_a, lengths_b, score) if far else None)
