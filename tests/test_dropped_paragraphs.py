"""A paragraph dropped from a translation is always reported, titles of two words included.

Plain text marks a title only by a line of its own: "Quelle & Bilder" (the German seed's
credits heading) has two words, and a dropped one must still be a missing paragraph
(XL002) blamed on the translation, not a fragment the aligner may leave alone.
"""

from __future__ import annotations

import pytest

from tests.conftest import SEED_DE, SEED_PT
from xlcheck import check, document_from_text

TEXTS = {"pt": SEED_PT.read_text(encoding="utf-8"), "de": SEED_DE.read_text(encoding="utf-8")}
CASES = [(source, target, index) for source, target in (("pt", "de"), ("de", "pt"))
         for index in range(len(TEXTS[target].split("\n\n")))]


def _without(text: str, index: int) -> str:
    return "\n\n".join(p for k, p in enumerate(text.split("\n\n")) if k != index)


@pytest.mark.parametrize(("source", "target", "index"), CASES)
def test_every_dropped_paragraph_of_the_seed_is_a_missing_paragraph(source, target, index):
    report = check([document_from_text(TEXTS[source], source, f"seed.{source}.txt"),
                    document_from_text(_without(TEXTS[target], index), target, f"seed.{target}.txt")])
    missing = [f for f in report.findings if f.rule == "XL002"]
    assert missing, TEXTS[target].split("\n\n")[index]
    assert all(f.blamed.path == f"seed.{target}.txt" for f in missing)


def test_a_two_word_title_only_the_translation_has_is_named():
    title = "Quelle & Bilder"
    index = TEXTS["de"].split("\n\n").index(title)
    report = check([document_from_text(_without(TEXTS["pt"], index), "pt", "seed.pt.txt"),
                    document_from_text(TEXTS["de"], "de", "seed.de.txt")])
    assert any(f.rule == "XL002" and "Quelle" in f.message for f in report.findings)


def test_a_two_word_chinese_title_left_alone_is_no_missing_paragraph():
    """A run of Han characters is one "word" to the count: two of them are no title's worth
    (a headline with its site's name, 长江干流…-新华网, that the aligner left alone)."""
    from xlcheck.compare.blame import _UNSPACED

    assert _UNSPACED.search("长江干流实现水上绿色综合服务区全覆盖-新华网")
    assert not _UNSPACED.search("Quelle & Bilder")
