"""The speed work changes no result, and a catalogue's check grows linearly.

The prefilters of `xlcheck.extract` decide only whether an extractor runs: every
fixture document gives the same invariants with and without them. The check of a
catalogue is timed at n and 8n entries, with a fifth of them drifted (so findings grow
with it), and the ratio is compared, never an absolute time (as in test_adversarial.py).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import xlcheck.extract
from xlcheck import check
from xlcheck.bench import synthetic_catalogue
from xlcheck.errors import XlcheckError
from xlcheck.extract import extract_segment
from xlcheck.io import read_documents
from xlcheck.io.po import read_catalogue
from xlcheck.locales import locale_info

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SUFFIXES = {".txt": 1, ".md": 1, ".mdx": 1, ".po": 2, ".xlf": 2}
MAX_RATIO = 12
SCALE = 8


def _fixture_documents():
    for path in sorted(FIXTURES.rglob("*")):
        wanted = SUFFIXES.get(path.suffix)
        if wanted is None or not path.is_file():
            continue
        try:
            yield from read_documents(str(path), (None,) * wanted)
        except XlcheckError:
            continue  # a file whose language the name does not tell


DOCUMENTS = list(_fixture_documents())


def test_the_fixtures_hold_real_catalogues_and_documents():
    formats = {d.format for d in DOCUMENTS}
    assert "po" in formats and len(DOCUMENTS) > 50


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: f"{d.path}:{d.lang}")
def test_prefilters_change_no_invariant(document):
    info = locale_info(document.lang)
    for paragraph in document.paragraphs:
        assert extract_segment(paragraph, info) == extract_segment(paragraph, info, prefilter=False), paragraph.text


def test_prefilters_skip_what_cannot_match():
    from xlcheck.extract import MAY_HAVE

    assert not MAY_HAVE["code"]("no digits here", False)
    assert MAY_HAVE["code"]("NASDAQ:NVDA", False)
    assert not MAY_HAVE["name"]("tout en minuscules, 한국어", False)
    assert MAY_HAVE["name"]("Été", False)


def _cpu(function, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return max(best, 1e-3)


@pytest.fixture
def in_process(monkeypatch):
    # CPU time is measured in this process, so extraction must not fork workers.
    monkeypatch.setattr(xlcheck.extract, "PARALLEL_FROM", 10**9)


def test_catalogue_check_grows_linearly_with_entries_and_findings(tmp_path, in_process):
    small, large = tmp_path / "small.de.po", tmp_path / "large.de.po"
    synthetic_catalogue(150, small, seed=5, drift=0.2)
    synthetic_catalogue(150 * SCALE, large, seed=5, drift=0.2)
    check([str(small)])  # load the locales once
    assert len(check([str(large)]).findings) > SCALE * 10
    ratio = _cpu(lambda: check([str(large)])) / _cpu(lambda: check([str(small)]))
    assert ratio < MAX_RATIO, ratio


def test_po_reading_grows_linearly(tmp_path):
    path = tmp_path / "catalogue.de.po"
    synthetic_catalogue(400 * SCALE, path, seed=6)
    text = path.read_text(encoding="utf-8")
    cut = text.index("#: synthetic.rst:401\n")
    small_text = text[:cut]
    ratio = (_cpu(lambda: read_catalogue(str(path), text)) / _cpu(lambda: read_catalogue(str(path), small_text)))
    assert ratio < MAX_RATIO, ratio
