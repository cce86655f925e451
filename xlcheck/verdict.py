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

import bisect
import math
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from xlcheck.model import Bead

# Share of the segments in 1-1 pairs, and the most a pair's length ratio may stray
# (median absolute deviation of the log ratio) for a translation.
MIN_ONE_TO_ONE = 0.85
MAX_LENGTH_SPREAD = 0.3
MIN_SCORE = 0.3
# A mean bead score no pair of unrelated articles reached (their best: 0.45).
SURE_SCORE = 0.5
# Close pairing: a third of the paragraphs (at least three) in 1-1 pairs scoring this much,
# with a mean score of at least CLOSE_SCORE and CLOSE_ONE_TO_ONE of the segments 1-1.
HIGH_BEAD = 0.6
CLOSE_SCORE = 0.44
CLOSE_ONE_TO_ONE = 0.65
# One script, two languages whose letters share few n-grams (English and Czech): a
# translation that follows its source paragraph for paragraph (as the test across scripts
# asks, or every paragraph in step) with a mean score of at least this. Faithful WMT23
# en→cs windows score 0.36-0.44; of 1,792 unrelated en→cs windows of news6, news14 and
# news16 none so paired scored above 0.32 (docs/quality.md, round 20).
ONE_SCRIPT_SCORE = 0.35
# Every segment in a 1-1 pair, at least MIN_ALL_PAIRED of them, at a steady length ratio: a
# translation down to this mean score. Machine translations of Japanese news that mangle
# names and terms score 0.26-0.29 so (WMT21 ja→en windows of five to nine segments); of 420
# unrelated ja→en, en→ja and zh→en windows of news5, news9, news13, news16, news18 and
# news21 (one's source against another's translation), one paired every segment 1-1 at a
# steady ratio, and it scored 0.32, which the first test passes already (docs/quality.md,
# round 25).
ALL_PAIRED_SCORE = 0.2
MIN_ALL_PAIRED = 5
# ... and their length ratio may stray this far (a one-line heading, a note of results):
# faithful windows so paired stray up to 0.33, the unrelated one 0.2.
ALL_PAIRED_SPREAD = 0.35
# Paragraphs in step: as many on both sides, lengths at a ratio this steady.
MIN_IN_STEP = 4
IN_STEP_SPREAD = 0.15
# ... and, to be paired n-th with n-th, none more than this off (a third of its length
# cut, or a paragraph the other lacks, breaks the step).
IN_STEP_WORST = 0.6


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
    if 2 * len(one_to_one) == covered and len(one_to_one) >= MIN_ALL_PAIRED and score >= ALL_PAIRED_SCORE:
        return _steady(one_to_one, lengths_a, lengths_b, ALL_PAIRED_SPREAD)
    if 2 * len(one_to_one) / covered < MIN_ONE_TO_ONE or score < MIN_SCORE:
        return pairs_closely(beads, lengths_a, lengths_b, score)
    return _steady(one_to_one, lengths_a, lengths_b)


def follows_in_one_script(beads: Sequence[Bead], lengths_a: Sequence[float], lengths_b: Sequence[float],
                          values_a: Sequence[frozenset[str]], values_b: Sequence[frozenset[str]],
                          score: float) -> bool:
    """The verdict for versions in one script scoring under the threshold: a mean score of
    at least ONE_SCRIPT_SCORE, and the paragraphs follow one to one or in step, as across
    scripts.

    >>> pairs = [Bead((i,), (i,), 0.4) for i in range(10)]
    >>> follows_in_one_script(pairs, [10, 40, 25] * 4, [12, 45, 28] * 4, [frozenset()] * 12, [frozenset()] * 12, 0.4)
    True
    >>> follows_in_one_script(pairs, [10, 40, 25] * 4, [12, 45, 28] * 4, [frozenset()] * 12, [frozenset()] * 12, 0.31)
    False
    """
    return score >= ONE_SCRIPT_SCORE and (follows_paragraphs(beads, lengths_a, lengths_b, score)
                                          or follows_in_step(lengths_a, lengths_b, values_a, values_b))


def follows_in_step(lengths_a: Sequence[float], lengths_b: Sequence[float], values_a: Sequence[frozenset[str]],
                    values_b: Sequence[frozenset[str]], worst: float = math.inf) -> bool:
    """Whether two versions go paragraph for paragraph: as many paragraphs (at least
    MIN_IN_STEP), the n-th of one as long as the n-th of the other at one steady ratio
    (median absolute deviation of the log ratio at most IN_STEP_SPREAD), and every n-th
    pair whose two paragraphs both state numbers or dates sharing one (at least one such
    pair). Chinese news in English is in step so (spreads of 0.05-0.13, one to three such
    pairs, all sharing) while its pairs score 0.39-0.47; of about 4,300 pairs of unrelated
    articles in different scripts of the news sets, 7 are as long paragraph for paragraph,
    and none of them shares a value in every such pair (docs/quality.md). With `worst`, no
    pair may stray further than that from the median: no paragraph cut or added anywhere.

    >>> lengths, values = [10, 40, 25, 30], [frozenset({"n:5"}), frozenset(), frozenset({"n:7"}), frozenset()]
    >>> follows_in_step(lengths, [42, 150, 90, 120], values, values)
    True
    >>> follows_in_step(lengths, [150, 42, 120, 90], values, values), follows_in_step(lengths, [42, 150, 90, 120], values, [frozenset()] * 4)
    (False, False)
    """
    if len(lengths_a) != len(lengths_b) or len(lengths_a) < MIN_IN_STEP:
        return False
    deviations = _deviations(zip(lengths_a, lengths_b))
    if deviations[len(deviations) // 2] > IN_STEP_SPREAD or deviations[-1] > worst:
        return False
    both = [(a, b) for a, b in zip(values_a, values_b) if a and b]
    return bool(both) and all(a & b or _as_figures(a) & _as_figures(b) for a, b in both)


def _as_figures(values: frozenset[str]) -> frozenset[str]:
    """A paragraph's values with a year read as a date ("date:2024") written as the figure
    another version's reading keeps ("n:2024"): 2024年 is a date in Chinese, while the
    Japanese ２０２４年に, in full-width digits, is read as a figure.

    >>> sorted(_as_figures(frozenset({"date:2024", "date:2024-07", "n:5"})))
    ['date:2024-07', 'n:2024', 'n:5']
    """
    return frozenset("n:" + v[5:] if len(v) == 9 and v.startswith("date:") and v[5:].isdigit() else v
                     for v in values)


def pairs_closely(beads: Sequence[Bead], lengths_a: Sequence[float], lengths_b: Sequence[float],
                  score: float) -> bool:
    """A second way to be a translation, in any pair of scripts: a third of the
    paragraphs (at least three) in 1-1 pairs that score high, most segments 1-1 at a
    steady length ratio, and a mean score near the threshold. A short document whose
    translation merged two paragraphs, or one with a few degenerate paragraphs, falls
    just under the first test or the score threshold; unrelated articles of the news
    sets (about 700 pairs) never have three such pairs among mostly 1-1 beads at that
    score (the closest: two of seven, or three of sixteen with 38 % of them 1-1).

    >>> good = [Bead((i,), (i,), 0.7 if i % 3 == 0 else 0.3) for i in range(9)]
    >>> pairs_closely(good, [20] * 9, [60] * 9, 0.45)
    True
    >>> pairs_closely(good[:6] + [Bead((6, 7, 8), (6,), 0.3)], [20] * 9, [60] * 7, 0.45)
    False
    """
    covered = sum(len(b.a) + len(b.b) for b in beads) or 1
    one_to_one = [b for b in beads if len(b.a) == 1 and len(b.b) == 1]
    high = sum(1 for b in one_to_one if (b.score or 0.0) >= HIGH_BEAD)
    shorter = min(len(lengths_a), len(lengths_b))
    if score < CLOSE_SCORE or 2 * len(one_to_one) / covered < CLOSE_ONE_TO_ONE or high < max(3, shorter / 3):
        return False
    return _steady(one_to_one, lengths_a, lengths_b)


def _steady(one_to_one: Sequence[Bead], lengths_a: Sequence[float], lengths_b: Sequence[float],
            spread: float = MAX_LENGTH_SPREAD) -> bool:
    """Whether the 1-1 pairs keep a steady length ratio (median absolute deviation of
    the log ratio at most `spread`)."""
    deviations = _deviations((lengths_a[b.a[0]], lengths_b[b.b[0]]) for b in one_to_one)
    return deviations[len(deviations) // 2] <= spread


def _deviations(lengths: Iterable[tuple[float, float]]) -> list[float]:
    """How far each pair's log length ratio (b over a) is from their median, smallest
    first: the middle one is the median absolute deviation, the last the worst pair."""
    logs = sorted(math.log(max(1.0, b) / max(1.0, a)) for a, b in lengths)
    middle = logs[len(logs) // 2]
    return sorted(abs(x - middle) for x in logs)


# A stale translation: this share of one version's language-neutral anchors (at least
# KEPT_ANCHORS of them) occur in the other, and this share of its paragraphs that hold
# them pair, in order, with paragraphs of the other that share one.
KEPT_SHARE = 0.8
KEPT_ANCHORS = 8
KEPT_IN_ORDER = 0.75


def keeps_anchors(anchors_a: Sequence[frozenset[str]], anchors_b: Sequence[frozenset[str]]) -> bool:
    """Whether one version keeps what the other states, in its order: a translation
    left behind by a source that grew (or shrank) by whole sections.

    Its bead scores say little (the source's new paragraphs pair with nothing, and the
    sections it rewrote pair poorly), but the identifiers, paths, code spans, URLs and
    numbers of the shorter story are nearly all in the longer one, in the same order.
    `anchors_a` and `anchors_b` are each paragraph's language-neutral anchors. Measured on
    the documentation sets: of 1,352 pairs of unrelated pages of one site (page i's source
    against page j's translation), none judged no translation keeps more than 57 % of its
    anchors; the stale APISIX profile page keeps 15 of 16, its five paragraphs in order.

    >>> source = [frozenset({f"w:conf/{k}.yaml", f"n:{k}0"}) if k % 2 else frozenset() for k in range(20)]
    >>> keeps_anchors(source, source[2:12])
    True
    >>> keeps_anchors(source, source[2:12][::-1])
    False
    >>> keeps_anchors(source, [frozenset({f"w:etc/{k}.yaml", f"n:{k}0"}) for k in range(10)])
    False
    """
    return _kept(anchors_a, anchors_b) or _kept(anchors_b, anchors_a)


def _kept(longer: Sequence[frozenset[str]], shorter: Sequence[frozenset[str]]) -> bool:
    """Whether `shorter`'s anchors are nearly all in `longer`, its paragraphs in order."""
    own = frozenset().union(*shorter)
    if len(own) < KEPT_ANCHORS or len(own & frozenset().union(*longer)) < KEPT_SHARE * len(own):
        return False
    rows = [anchors for anchors in shorter if anchors]
    return _in_order(rows, longer) >= KEPT_IN_ORDER * len(rows)


# A stale translation rewritten around its sections (it dropped some, the source added
# others): at least STALE_ROWS of one version's paragraphs hold anchors, all but one in
# twenty of them pair in order with paragraphs of the other sharing one, and STALE_SHARE of
# its anchors are in the other. Measured on the 7,394 pairs of unrelated pages of the
# documentation sets (page i's source against page j's translation): 2 pass, Kmesh's twin
# request-routing and traffic-shifting pages, judged translations already by their bead
# scores; the nearest others keep all 23 anchored paragraphs in order but 59 % of their
# anchors (Fluid's hostpath and accelerate-pvc) or 30 of 34 in order (Angular's two
# animation pages). docs57's stale private-registry page pairs all 20 of its Chinese
# anchored paragraphs in order, keeping 27 of its 42 anchors (docs/quality.md, round 140).
STALE_ROWS = 12
STALE_SHARE = 0.6
STALE_IN_ORDER = 0.95


def keeps_anchors_in_order(anchors_a: Sequence[frozenset[str]], anchors_b: Sequence[frozenset[str]]) -> bool:
    """Whether one version's paragraphs that hold language-neutral anchors (at least
    STALE_ROWS of them) nearly all pair, in order, with paragraphs of the other that share
    one, most of its anchors kept: a translation whose source was rewritten around the
    sections it kept (the bead scores fall under the threshold, and fewer than four fifths
    of its anchors survive the rewrite, so `keeps_anchors` does not hold).

    >>> source = [frozenset({f"w:conf/{k}.yaml"}) for k in range(30)]
    >>> kept = [frozenset({f"w:conf/{k}.yaml", f"w:v1.{k // 4}"}) for k in range(0, 30, 2)]
    >>> keeps_anchors_in_order(source, kept)
    True
    >>> keeps_anchors_in_order(source, kept[::-1])
    False
    """
    return _kept_in_order(anchors_a, anchors_b) or _kept_in_order(anchors_b, anchors_a)


def _kept_in_order(longer: Sequence[frozenset[str]], shorter: Sequence[frozenset[str]]) -> bool:
    rows = [anchors for anchors in shorter if anchors]
    if len(rows) < STALE_ROWS:
        return False
    own = frozenset().union(*rows)
    if len(own & frozenset().union(*longer)) < STALE_SHARE * len(own):
        return False
    return _in_order(rows, longer) >= STALE_IN_ORDER * len(rows)


def _in_order(rows: Sequence[frozenset[str]], longer: Sequence[frozenset[str]]) -> int:
    """How many of `rows` pair, in order, with paragraphs of `longer` that share an anchor
    with them (a longest common subsequence, Hunt and Szymanski's way: each row's matches
    from the last, each extending the longest chain that ends at or before it), in time
    that grows with the matches, not with the product of the lengths. Rows in a row may
    pair with one paragraph: a translation that breaks a paragraph or a list in several
    (the Volcano scheduler page's zh, a blank line between every item) keeps its order.

    >>> a, b, c = frozenset({"w:a_1"}), frozenset({"w:b_1"}), frozenset({"w:c_1"})
    >>> _in_order([a, b, c], [c, a, frozenset(), b, c]), _in_order([c, b, a], [a, b, c])
    (3, 1)
    >>> _in_order([a, a | b, b, c], [a | b, c]), _in_order([b, a, b], [a | b])
    (4, 3)
    """
    where: dict[str, list[int]] = {}
    for j, anchors in enumerate(longer):
        for anchor in anchors:
            where.setdefault(anchor, []).append(j)
    tails: list[int] = []  # tails[n]: the least paragraph of `longer` a chain of n + 1 rows can end at
    for anchors in rows:
        for j in sorted({j for anchor in anchors for j in where.get(anchor, ())}, reverse=True):
            n = bisect.bisect_right(tails, j)
            if n == len(tails):
                tails.append(j)
            else:
                tails[n] = j
    return len(tails)


# A stale translation that keeps its source's listings: this share of the listing lines of
# the version with fewer (at least KEPT_LINES of them, of MIN_LINE characters or more once
# spaces are dropped and case folded) match a line of the other's listings, in order, as
# near as NEAR_LINE (a key renamed by a word, `eventmesh.trace.exporter.max.export.size` /
# `eventmesh.trace.max.export.size`, matches). Measured on the documentation sets: of the
# 5,570 pairs of unrelated pages of one site, ten keep half of their listing lines or more
# (OpenYurt's node-resource-manager and edge-local-storage, one ConfigMap, all 21), and none
# of them has a title whose names the other's title holds; the stale EventMesh Zipkin page
# keeps 10 of 12, and its title's names (docs/quality.md, round 45).
KEPT_LINES = 8
KEPT_LINES_SHARE = 0.75
NEAR_LINE = 0.85
MIN_LINE = 10
# ... and whose title names what the source's title names: at least this many names.
TITLE_NAMES = 2


def keeps_title_and_listings(title_a: frozenset[str], title_b: frozenset[str], listings_a: Sequence[str],
                             listings_b: Sequence[str]) -> bool:
    """Whether one version is a translation of an older form of the other page: its
    title names the same things (every name of the title with fewer, at least
    TITLE_NAMES of them, is in the other's) and it keeps the listings line for line,
    however its prose and sections were rewritten since. Listings are not translated, and
    a page's title says what it is about: pages of one site share neither whole, a stale
    translation both (its sections pair poorly and its keys were renamed, so neither the
    bead scores nor the anchors kept tell it from another page).

    `title_a` and `title_b` are the names of each page's title; `listings_a` and
    `listings_b` its code blocks, fences included.

    >>> block = "```properties" + chr(10) + chr(10).join(f"# set the limit number {k}" + chr(10)
    ...                                                    + f"eventmesh.trace.max.size{k}=5{k}" for k in range(5)) + chr(10) + "```"
    >>> renamed = block.replace("trace.max", "trace.exporter.max").replace("# set", "#set")
    >>> names = frozenset({"w:zipkin", "w:trace"})
    >>> keeps_title_and_listings(names | {"w:collect"}, names, [block], [renamed])
    True
    >>> keeps_title_and_listings(frozenset({"w:kafka", "w:trace"}), names, [block], [renamed])
    False
    """
    small, large = sorted((title_a, title_b), key=len)
    if len(small) < TITLE_NAMES or not small <= large:
        return False
    lines_a, lines_b = sorted((_listing_lines(listings_a), _listing_lines(listings_b)), key=len)
    if len(lines_a) < KEPT_LINES:
        return False
    return _near_in_order(lines_a, lines_b) >= max(KEPT_LINES, KEPT_LINES_SHARE * len(lines_a))


def _listing_lines(listings: Sequence[str]) -> list[str]:
    """The lines of code blocks, spaces dropped and case folded, fences and short lines left out."""
    out = []
    for block in listings:
        for line in block.split("\n"):
            folded = "".join(line.casefold().split())
            if len(folded) >= MIN_LINE and not folded.startswith(("```", "~~~")):
                out.append(folded)
    return out


def _near_in_order(rows: Sequence[str], other: Sequence[str]) -> int:
    """How many of `rows` match, in order, a line of `other` at least NEAR_LINE alike (a
    longest common subsequence under that likeness)."""
    previous = [0] * (len(other) + 1)
    for row in rows:
        current = [0] * (len(other) + 1)
        for j, line in enumerate(other):
            if row == line or _near(row, line):
                current[j + 1] = previous[j] + 1
            else:
                current[j + 1] = max(previous[j + 1], current[j])
        previous = current
    return previous[-1]


def _near(a: str, b: str) -> bool:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= NEAR_LINE and matcher.quick_ratio() >= NEAR_LINE \
        and matcher.ratio() >= NEAR_LINE


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
