"""Plain text's 1-4 / 4-1 beads and its own skip cost (documents with structure keep
the paragraph constants)."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_align_lexicon import _pair
from xlcheck.align import _FOUR_MOVES, PARAMS, Params, Profile, _CostModel, _Side, align_profiles


def _joined(profiles: list[Profile]) -> Profile:
    text = " ".join(p.text for p in profiles)
    return Profile(frozenset(), len(text), "text", text)


def test_a_sentence_cut_in_four_is_one_bead():
    a, b = _pair(60, seed=7)
    # A's segments 30-33 are one sentence in B.
    b = b[:30] + [_joined(b[30:34])] + b[34:]
    beads = [(bead.a, bead.b) for bead in align_profiles(a, b).beads]
    assert ((30, 31, 32, 33), (30,)) in beads
    assert len(beads) == 57
    swapped = [(bead.a, bead.b) for bead in align_profiles(b, a).beads]
    assert ((30,), (30, 31, 32, 33)) in swapped


def test_without_four_beads_the_same_cut_is_no_single_bead():
    a, b = _pair(60, seed=7)
    b = b[:30] + [_joined(b[30:34])] + b[34:]
    beads = [(bead.a, bead.b) for bead in align_profiles(a, b, params=Params(merge14=math.inf)).beads]
    assert ((30, 31, 32, 33), (30,)) not in beads


def test_four_beads_only_in_plain_text():
    heading = Profile(frozenset(), 10, "heading", "Gipfel")
    a, b = _pair(5, seed=5)
    assert not set(_FOUR_MOVES) & set(_CostModel([heading, *a], b, PARAMS).moves)
    # A document with structure gets none through align_profiles, whatever it holds.
    a, b = _pair(40, seed=8)
    b = b[:20] + [_joined(b[20:24])] + b[24:]
    beads = align_profiles([heading, *a], [Profile(frozenset(), 10, "heading", "Sommet"), *b]).beads
    assert all(len(bead.a) < 4 and len(bead.b) < 4 for bead in beads)


def test_plain_text_skip_cost_only_from_the_long_text_size(monkeypatch):
    lone = Profile(frozenset(), 40, "text", "x" * 40)
    short_a, short_b = [lone] * 5, [lone] * 5
    # The model reads the skip cost from its params: align_profiles chooses them.
    chosen = []

    class Spy(_CostModel):
        def __init__(self, a, b, params, *rest, **kw):
            chosen.append(params.skip)
            super().__init__(a, b, params, *rest, **kw)

    monkeypatch.setattr("xlcheck.align._CostModel", Spy)
    align_profiles(short_a, short_b)
    align_profiles([lone] * 40, [lone] * 40)
    assert chosen[0] == PARAMS.skip
    assert chosen[1] == PARAMS.skip_text


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(1, 60), min_size=1, max_size=9))
def test_side_sums_runs_of_four(lengths):
    profiles = [Profile(frozenset(), n, "text", "a" * n) for n in lengths]
    side = _Side(profiles, {}, np.zeros(0), None)
    for end in range(4, len(lengths) + 1):
        assert side.prefix[end] - side.prefix[end - 4] == sum(lengths[end - 4:end])
        assert side.marks[4][end] == 0
