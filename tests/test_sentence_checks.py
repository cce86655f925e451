"""`--segment sentence`: the checks compare aligned sentences, and each finding still
points at its paragraph, line and column. Also headings across spelling variants and a
dropped heading in news prose."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES, SEED_DE, SEED_PT
from xlcheck import check, document_from_text
from xlcheck.api import align
from xlcheck.cli import main
from xlcheck.config import Config
from xlcheck.segment import paragraphs, sentence_document

# Line 31 of the seed: three sentences; the second holds "50.000 H100".
LINE = 31


def _drifted(tmp_path):
    """The seed pair with the German number of line 31 changed (50.000 -> 5.000)."""
    lines = SEED_DE.read_text(encoding="utf-8").split("\n")
    assert "etwa 50.000 H100" in lines[LINE - 1]
    lines[LINE - 1] = lines[LINE - 1].replace("etwa 50.000 H100", "etwa 5.000 H100")
    path = tmp_path / "deepseek.de.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, lines[LINE - 1].index("5.000") + 1


def test_sentence_document_keeps_offsets_and_paragraph_numbers():
    text = SEED_DE.read_text(encoding="utf-8")
    doc = document_from_text(text, "de", "a.de")
    cut = sentence_document(doc)
    assert len(cut.paragraphs) > len(doc.paragraphs)
    assert {s.n for s in cut.paragraphs} == {p.n for p in doc.paragraphs}
    for sentence in cut.paragraphs:
        assert text[sentence.start:sentence.end] == sentence.text
        assert doc.position(sentence.start)[0] == sentence.line


def test_catalogue_is_not_cut():
    doc = document_from_text("One. Two.\n", "en", "a.en")
    po = type(doc)("a.po", "en", doc.text, paragraphs(doc.text), format="po")
    assert sentence_document(po) is po


@pytest.mark.parametrize("segment", ["paragraph", "sentence"])
def test_seed_pair_is_clean_in_either_mode(segment):
    report = check([str(SEED_PT), str(SEED_DE)], Config(segment=segment), reference=0)
    assert report.findings == ()


def test_sentence_mode_finds_the_drift_at_its_sentence(tmp_path, capsys):
    de, column = _drifted(tmp_path)
    code = main(["diff", str(SEED_PT), str(de), "--segment", "sentence", "--format", "json"])
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    assert "segment=sentence" in data["tool"]["signature"]
    [finding] = data["findings"]
    assert (finding["rule"], finding["value"]) == ("XL102", "50000")
    blamed = [loc for loc in finding["locations"] if loc["status"] == "different"][0]
    assert (blamed["lang"], blamed["line"], blamed["column"], blamed["text"]) == ("de", LINE, column, "5.000")
    source = [loc for loc in finding["locations"] if loc["status"] == "present"][0]
    pt_line = SEED_PT.read_text(encoding="utf-8").split("\n")[LINE - 1]
    assert (source["line"], source["column"]) == (LINE, pt_line.index("50.000") + 1)
    # the paragraph is the document's own paragraph number, as without --segment
    paragraph_mode = check([str(SEED_PT), str(de)], reference=0).findings[0]
    assert blamed["paragraph"] == paragraph_mode.blamed.paragraph


def test_sentence_mode_clean_twin_exits_zero(capsys):
    assert main(["diff", str(SEED_PT), str(SEED_DE), "--segment", "sentence"]) == 0
    assert main(["check", str(SEED_PT), str(SEED_DE), "--segment", "sentence"]) == 0


def test_check_by_sentence_blames_the_odd_version(tmp_path, capsys):
    de, column = _drifted(tmp_path)
    assert main(["check", str(SEED_PT), str(de), "--segment", "sentence", "--format", "json"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert finding["value"] in ("50000", "5000")
    assert {(loc["line"], loc["column"]) for loc in finding["locations"]} == {
        (LINE, SEED_PT.read_text(encoding="utf-8").split("\n")[LINE - 1].index("50.000") + 1), (LINE, column)}


def test_segment_option_rejects_line_for_checks(capsys):
    assert main(["diff", str(SEED_PT), str(SEED_DE), "--segment", "line"]) == 2


NEWS = FIXTURES / "heldout" / "news" / "wmt23-ende"


def _news(lang):
    return (NEWS / f"cbsnews-120102.refa.{lang}.txt").read_text(encoding="utf-8").strip().split("\n\n")


def test_heading_pairs_with_abbreviation_against_full_form():
    # "… bullied at NJ school" / "… in einer Schule in New Jersey …": the one-line
    # heading's initialism matches the initials of the capitalised run.
    en, de = _news("en")[:4], _news("de")[:4]
    assert " NJ " in en[1] and "New Jersey" in de[1]
    report = align([document_from_text("\n\n".join(en) + "\n", "en", "a.en"),
                    document_from_text("\n\n".join(de) + "\n", "de", "b.de")])
    assert [(bead.a, bead.b) for bead in report.alignment.beads] == [((k,), (k,)) for k in range(4)]


@pytest.mark.parametrize("segment", ["paragraph", "sentence"])
def test_dropped_news_heading_is_reported(segment):
    en, de = _news("en")[:6], _news("de")[:6]
    dropped = de[:1] + de[2:]
    report = check([document_from_text("\n\n".join(en) + "\n", "en", "a.en"),
                    document_from_text("\n\n".join(dropped) + "\n", "de", "b.de")], Config(segment=segment),
                   reference=0)
    missing = [f for f in report.findings if f.rule == "XL002"]
    assert [(f.blamed.lang, f.blamed.status) for f in missing] == [("de", "missing")]
    present = [loc for loc in missing[0].locations if loc.status == "present"][0]
    assert present.paragraph == 2


def test_directive_line_is_a_sentence_of_its_own():
    # The German page glues ":::tip[…]" to the tip's first sentence, the English one
    # gives it a paragraph: by sentence, both are the same two segments.
    pair = [str(FIXTURES / "align" / f"astro-tut-setup2-de.{lang}.mdx") for lang in ("en", "de")]
    report = check(pair, Config(segment="sentence"), reference=0)
    assert [(f.rule, f.value) for f in report.findings] == []
    text = ":::tip[Astro-Entwicklungsserver verwenden]\nSolange der Server läuft, warte. Dann los.\n"
    doc = document_from_text(text, "de", "a.de.md")
    cut = sentence_document(doc).paragraphs
    assert [(s.text, s.line) for s in cut] == [(":::tip[Astro-Entwicklungsserver verwenden]", 1),
                                               ("Solange der Server läuft, warte.", 2), ("Dann los.", 2)]
    assert all(text[s.start:s.end] == s.text for s in cut)
