"""The plain-text aligner's second search: word pairs learnt from the first path's 1-1
beads (a lexical term) and the 2-3 / 3-2 beads."""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from xlcheck.align import (
    _MOVES,
    _WIDE_MOVES,
    PARAMS,
    Params,
    Profile,
    _CostModel,
    _Lexical,
    align_profiles,
    learn_lexicon,
)

# A toy vocabulary of 60 word pairs with no letters in common; each sentence holds four
# of them and a function word.
_LETTERS = "bcdfghjklmnpqrstvwxz"
VOCAB = [("ka" + _LETTERS[k % 20] + _LETTERS[k // 20] + "en", "lo" + _LETTERS[k // 20] + _LETTERS[k % 20] + "ir")
         for k in range(60)]


def _text(words: list[str]) -> Profile:
    text = " ".join(words) + "."
    return Profile(frozenset(), len(text), "text", text)


def _pair(count: int, seed: int) -> tuple[list[Profile], list[Profile]]:
    rng = random.Random(seed)
    a, b = [], []
    for _ in range(count):
        chosen = rng.sample(VOCAB, 4)
        a.append(_text(["und"] + [de for de, _ in chosen]))
        b.append(_text(["et"] + [fr for _, fr in chosen]))
    return a, b


def _diagonal(count: int) -> list[tuple[int, int, int, int]]:
    return [(k, k + 1, k, k + 1) for k in range(count)]


def test_lexicon_pairs_the_words_that_occur_together():
    a, b = _pair(60, seed=1)
    lexicon = learn_lexicon(a, b, _diagonal(60))
    assert len(lexicon) >= 50
    assert all(VOCAB[[de for de, _ in VOCAB].index(u)][1] == v for u, v in lexicon.items())
    assert "und" not in lexicon  # in every bead: a function word, left out


def test_lexicon_needs_one_to_one_beads_and_repeated_words():
    a, b = _pair(10, seed=2)
    assert learn_lexicon(a, b, [(0, 10, 0, 10)]) == {}  # one 10-10 bead: nothing to count
    once_a = [_text([f"wort{k}"]) for k in range(10)]
    once_b = [_text([f"mot{k}"]) for k in range(10)]
    assert learn_lexicon(once_a, once_b, _diagonal(10)) == {}  # each word once: below the count


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000))
def test_lexicon_does_not_depend_on_the_order_of_the_beads(seed):
    a, b = _pair(40, seed=seed)
    order = list(range(40))
    random.Random(seed).shuffle(order)
    shuffled_a = [a[k] for k in order]
    shuffled_b = [b[k] for k in order]
    assert learn_lexicon(a, b, _diagonal(40)) == learn_lexicon(shuffled_a, shuffled_b, _diagonal(40))


def test_lexical_cost_is_lower_for_the_translation():
    a, b = _pair(30, seed=3)
    lexical = _Lexical(a, b, learn_lexicon(a, b, _diagonal(30)))
    for i in range(1, 31):
        costs = lexical.costs(1, 1, np.full(30, i), np.arange(1, 31))  # A's segment i-1 against each B segment
        assert costs[i - 1] == costs.min()
        assert np.all((costs >= 0) & (costs <= 1))


def test_second_search_recovers_a_merge_the_words_show():
    a, b = _pair(80, seed=4)
    # B's segments 40 and 41 become one: a 2-1 bead.
    merged = Profile(frozenset(), b[40].length + b[41].length + 1, "text", b[40].text + " " + b[41].text)
    b = b[:40] + [merged] + b[42:]
    beads = [(bead.a, bead.b) for bead in align_profiles(a, b).beads]
    assert ((40, 41), (40,)) in beads
    assert all(len(x) == len(y) == 1 for x, y in beads if x != (40, 41))


def test_wide_beads_only_in_plain_text():
    a, b = _pair(5, seed=5)
    assert _CostModel(a, b, PARAMS).moves == _WIDE_MOVES
    heading = Profile(frozenset(), 10, "heading", "Gipfel")
    assert _CostModel([heading, *a], b, PARAMS).moves == _MOVES
    assert _CostModel(a, b, Params(merge23=float("inf"))).moves == _MOVES


def test_a_passage_cut_two_ways_on_one_side_and_three_on_the_other_is_one_bead():
    a, b = _pair(60, seed=6)
    words = [a[k].text[:-1].split() for k in (30, 31, 32)]
    # A's sentences 30-32 re-cut into two: the first ends inside sentence 31.
    a = a[:30] + [_text(words[0] + words[1][:3]), _text(words[1][3:] + words[2])] + a[33:]
    beads = [(bead.a, bead.b) for bead in align_profiles(a, b, params=Params(merge23=1.0)).beads]
    assert ((30, 31), (30, 31, 32)) in beads
    assert len(beads) == 58  # 30 1-1 beads before it, 27 after
