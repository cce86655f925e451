"""The search in plain Python (`xlcheck.pathsearch`) against numpy's (`align._search`):
the same cost for every bead cell and the same path, on generated documents and on
every pair of versions in `fixtures/`."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlcheck import align, pathsearch
from xlcheck.align import _FOUR_MOVES, PARAMS, Params, Profile, _block_costs, _CostModel, _orphans, _search
from xlcheck.api import check

FIXTURES = Path(__file__).parent.parent / "fixtures"

_KINDS = ("text", "text", "text", "heading", "list", "table", "code", "frontmatter", "tag", "html", "quote")
# Anchors from a small pool, so that segments share them; "markup:`...`" ones are inline
# code (a segment with two the other version lacks is an orphan).
_ANCHORS = st.sampled_from([f"w:{k}" for k in range(14)] + [f"n:{k}" for k in range(6)]
                           + [f"markup:`c{k}`" for k in range(5)])
_TEXTS = st.sampled_from(["", "Quem?", "Wer? 3 Leute!", "„Zitat“ (Fonte)", "plain words here", "x", "2024",
                          "Deixe um comentário", "代码", "«Olá» ¿qué?"])


@st.composite
def _profiles(draw, kinds: bool) -> list[Profile]:
    count = draw(st.integers(1, 14))
    out = []
    for _ in range(count):
        text = draw(_TEXTS)
        anchors = frozenset(draw(st.lists(_ANCHORS, max_size=12)))
        kind = draw(st.sampled_from(_KINDS)) if kinds else "text"
        out.append(Profile(anchors, draw(st.integers(1, 400)), kind, text))
    return out


def _numpy_costs(model: _CostModel, n: int, m: int) -> np.ndarray:
    lo, hi = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    return _block_costs(model, 0, n + 1, lo, hi, model.skip_costs()[0])


def _same_search(model: _CostModel) -> None:
    n, m = len(model.profiles[0]), len(model.profiles[1])
    cost, skip_a, totals_b = pathsearch.bead_costs(model)
    costs = _numpy_costs(model, n, m)
    for index, (di, dj) in enumerate(model.moves):
        for i in range(n + 1):
            for j in range(m + 1):
                expected = costs[index, i * (m + 1) + j]
                if di == 0 or i < di or j < dj:
                    assert expected == math.inf
                    continue
                got = skip_a[i - 1] if dj == 0 else cost(di, dj, i, j)
                assert got == expected, (di, dj, i, j)
    assert totals_b == model.skip_costs()[1].tolist()
    lo, hi = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
    assert pathsearch.search(model, n, m) == _search(model, n, m, lo, hi)


def _plain_text(a, b, four, ratio):
    model = _CostModel(a, b, PARAMS, None, ratio)
    if four:
        model.moves = model.moves + _FOUR_MOVES  # as the second search of plain text has them
    _same_search(model)


def _structured(a, b, params):
    a, b = align.shared_anchors(a, b)
    model = _CostModel(a, b, Params(**{**params.__dict__, "merge14": math.inf}))
    model.orphans_a, model.orphans_b = _orphans(a, b), _orphans(b, a)
    _same_search(model)


_PLAIN_PAIRS = given(_profiles(kinds=False), _profiles(kinds=False), st.booleans(), st.floats(0.5, 2.0))
_STRUCTURED_PAIRS = given(_profiles(kinds=True), _profiles(kinds=True),
                          st.sampled_from([PARAMS, Params(length_weight=0.75), Params(mark_mismatch=0.0, mark_match=0.0)]))
# A few examples in the default run, many more in the slow one.
test_plain_text_searches_are_the_same = settings(max_examples=40, deadline=None)(_PLAIN_PAIRS(_plain_text))
test_structured_searches_are_the_same = settings(max_examples=40, deadline=None)(_STRUCTURED_PAIRS(_structured))
test_plain_text_searches_are_the_same_at_length = pytest.mark.slow(
    settings(max_examples=1500, deadline=None)(_PLAIN_PAIRS(_plain_text)))
test_structured_searches_are_the_same_at_length = pytest.mark.slow(
    settings(max_examples=1500, deadline=None)(_STRUCTURED_PAIRS(_structured)))


def test_many_shared_anchors_in_a_row_are_summed_as_numpy_sums_them():
    # More than eight pairs in a row (numpy then adds a row's pairs from its last column)
    # and more than eight anchors in a run (numpy's pairwise sum).
    many = frozenset(f"w:{k}" for k in range(20))
    a = [Profile(many, 120, "text", "x" * 120) for _ in range(12)]
    b = [Profile(frozenset(list(many)[k:k + 10]), 60 + k, "text", "y" * 60) for k in range(11)]
    model = _CostModel(a, b, PARAMS)
    assert any(len(cols) > 8 for cols in model.pair_cols)
    _same_search(model)


def test_a_short_document_is_aligned_without_numpy(monkeypatch):
    calls = []
    monkeypatch.setattr(align, "_search", lambda *args: calls.append(args))
    a = [Profile(frozenset({"n:2024"}), 40, "text", "Im Jahr 2024 kam er."), Profile(frozenset(), 30, "text", "Dann ging er.")]
    b = [Profile(frozenset({"n:2024"}), 42, "text", "In 2024 he came."), Profile(frozenset(), 28, "text", "Then he left.")]
    beads = align.align_profiles(a, b).beads
    assert [(bead.a, bead.b) for bead in beads] == [((0,), (0,)), ((1,), (1,))]
    assert not calls


def _versions() -> list[list[str]]:
    """Every group of language versions of one text in fixtures/ (name.LANG.ext)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for path in sorted(FIXTURES.rglob("*")):
        if "heldout" in path.parts or not path.is_file():
            continue
        found = re.fullmatch(r"(.+)\.([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\.(txt|md|mdx|rst|html)", path.name)
        if found:
            groups.setdefault((str(path.parent), found[1]), []).append(str(path))
    return [paths for paths in groups.values() if len(paths) > 1]


@pytest.mark.parametrize("paths", _versions(), ids=lambda paths: Path(paths[0]).name)
def test_every_fixture_pair_is_aligned_as_numpy_aligns_it(paths, monkeypatch):
    searched, search = [], pathsearch.search

    def both(model, n, m):
        path = search(model, n, m)
        lo, hi = np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)
        assert path == _search(model, n, m, lo, hi)
        searched.append(n)
        return path

    # Every search of a whole matrix up to twenty times the size the Python one is used for.
    monkeypatch.setattr(align, "_PLAIN_CELLS", 20 * align._PLAIN_CELLS)
    monkeypatch.setattr(pathsearch, "search", both)
    check(paths)
    if "seed" in paths[0]:
        assert searched
