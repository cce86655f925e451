"""The sentence aligner's cost terms: marks a translation keeps, the second search with
the 1-1 beads' length ratio, and the semi-synthetic gold of bench_sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from xlcheck.align import Profile, _length_ratio_of, _Side, align_profiles, marks, profile
from xlcheck.bench_sentences import perturbed, read_beads, score
from xlcheck.model import Segment

TEXTS = st.text(alphabet=st.sampled_from(list("ab ?!„“«»「」()（）123？！.")), max_size=12)


@given(TEXTS, TEXTS)
def test_marks_of_a_run_are_the_union_of_its_segments_marks(a, b):
    assert marks(a + " " + b) == marks(a) | marks(b)


@given(st.lists(TEXTS, min_size=1, max_size=8))
def test_side_holds_the_marks_of_each_run(texts):
    profiles = [Profile(frozenset(), max(1, len(t)), "text", t) for t in texts]
    side = _Side(profiles, {}, __import__("numpy").zeros(0), None)
    for span in (1, 2, 3):
        for end in range(span, len(texts) + 1):
            assert side.marks[span][end] == marks(" ".join(texts[end - span:end]))


def test_marks_across_scripts():
    assert marks("Wie viele?") == marks("Combien ?") == marks("いくつですか？")
    assert marks("„Ja“, sagte er.") == marks("« Oui », dit-il.") == marks("「はい」と彼は言った。")
    assert marks("Es kostet 30 Franken (netto).") == marks("Cela coûte trente francs (net) : 30.")


def _segments(lines):
    out, start = [], 0
    for n, line in enumerate(lines, 1):
        out.append(Segment(n, start, start + len(line), n, n, line))
        start += len(line) + 1
    return out


@pytest.mark.parametrize("order", [1, -1])
def test_a_quotation_pairs_with_the_quotation(order):
    # Lengths alone pair the German quotation with the longer English sentence; the
    # quotation marks and the exclamation mark pair it with its own.
    en = ["He said: “Come in!”", "We went inside at once."][::order]
    de = ["Er sagte: „Komm rein!“"]
    alignment = align_profiles([profile(s) for s in _segments(en)], [profile(s) for s in _segments(de)])
    quote = en.index("He said: “Come in!”")
    assert ((quote,), (0,)) in [(bead.a, bead.b) for bead in alignment.beads]


def test_length_ratio_of_the_first_path_needs_enough_one_to_one_beads():
    a = [Profile(frozenset(), 100, "text") for _ in range(40)]
    b = [Profile(frozenset(), 50, "text") for _ in range(40)]
    path = [(k, k + 1, k, k + 1) for k in range(40)]
    assert _length_ratio_of(a, b, path) == 0.5
    assert _length_ratio_of(a, b, path[:10]) is None
    merged = [(0, 2, 0, 1)] + [(k, k + 1, k - 1, k) for k in range(2, 40)]
    assert _length_ratio_of(a, b, merged) == 0.5  # merges are left out


@given(st.integers(0, 50), st.floats(0, 0.5), st.floats(0, 0.2), st.integers(0, 10))
def test_perturbed_gold_covers_each_line_once_in_order(count, rate, drop, seed):
    source = [f"S{k}." for k in range(count)]
    target = [f"T{k}." for k in range(count)]
    a, b, gold = perturbed(source, target, seed, rate=rate, drop=drop)
    assert [i for bead in gold for i in bead[0]] == list(range(len(a)))
    assert [j for bead in gold for j in bead[1]] == list(range(len(b)))
    # every original sentence is still on the side its bead keeps, in order
    for (xs, ys) in gold:
        if xs and ys:
            firsts = [int(t.split(".")[0][1:]) for x in xs for t in a[x].split(" ")]
            seconds = [int(t.split(".")[0][1:]) for y in ys for t in b[y].split(" ")]
            assert firsts == seconds


def test_korean_dev_split_survives_merges_and_omissions():
    # The en-ko dev split made harder as the WMT gold is: one-to-one parts perturbed.
    folder = FIXTURES / "align-sentences"
    gold = read_beads(folder / "en-ko.dev.gold")
    en = (folder / "en-ko.dev.en").read_text(encoding="utf-8").split("\n")
    ko = (folder / "en-ko.dev.ko").read_text(encoding="utf-8").split("\n")
    pairs = [(en[a[0]], ko[b[0]]) for a, b in gold if len(a) == len(b) == 1]
    a, b, truth = perturbed([x for x, _ in pairs], [y for _, y in pairs], seed=3)
    alignment = align_profiles([profile(s) for s in _segments(a)], [profile(s) for s in _segments(b)])
    result = score([truth], [[(bead.a, bead.b) for bead in alignment.beads]])
    assert result["f1_strict"] >= 0.9, result
