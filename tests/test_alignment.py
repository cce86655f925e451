"""Alignment: merged, split and dropped paragraphs, rewrites, Markdown, the align command,
and quality on the hand-checked gold set of real documentation pages."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import FIXTURES, REWRITE_EN, SEED_DE, SEED_PT
from xlcheck import check, document_from_text
from xlcheck.api import align
from xlcheck.bench import evaluate_gold


def _paragraphs(path):
    return path.read_text(encoding="utf-8").strip().split("\n\n")


def _doc(paragraphs, lang, name):
    return document_from_text("\n\n".join(paragraphs) + "\n", lang, name)


def test_merged_paragraphs_are_no_finding():
    de = _paragraphs(SEED_DE)
    merged = de[:15] + [de[15] + " " + de[16]] + de[17:]
    report = check([_doc(_paragraphs(SEED_PT), "pt", "a.pt"), _doc(merged, "de", "b.de")])
    assert [f.rule for f in report.findings] == []


def test_split_paragraph_is_no_finding():
    de = _paragraphs(SEED_DE)
    first, second = de[4].split(". ", 1)
    split = de[:4] + [first + ".", second] + de[5:]
    report = check([_doc(_paragraphs(SEED_PT), "pt", "a.pt"), _doc(split, "de", "b.de")])
    assert [f.rule for f in report.findings] == []


def test_dropped_paragraph_is_one_alignment_finding():
    de = _paragraphs(SEED_DE)
    dropped = de[:13] + de[14:]  # paragraph 14 holds 2022, H800, A800 and October 2023
    report = check([_doc(_paragraphs(SEED_PT), "pt", "a.pt"), _doc(dropped, "de", "b.de")])
    assert [(f.rule, f.blamed.lang, f.blamed.status) for f in report.findings] == [("XL002", "de", "missing")]
    present = [loc for loc in report.findings[0].locations if loc.status == "present"][0]
    assert present.paragraph == 14
    assert "H800" in report.findings[0].message and "outubro de 2023" in report.findings[0].message


def test_rewrite_is_reported_once_with_score():
    report = align([str(SEED_PT), str(REWRITE_EN)])
    assert not report.alignment.translation
    assert report.alignment.score < 0.45
    assert align([str(SEED_PT), str(SEED_DE)]).alignment.translation


def test_markdown_blocks_are_segments_of_their_own():
    text = "---\ntitle: X\n---\n# Heading\nText under it.\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n- item\n- item\n"
    doc = document_from_text(text, "en", "page.en.md", "markdown")
    assert [p.kind for p in doc.paragraphs] == ["frontmatter", "heading", "text", "code", "list"]


def test_align_command_json_contract():
    result = subprocess.run([sys.executable, "-m", "xlcheck", "align", str(SEED_PT), str(SEED_DE), "--format", "json"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "xlcheck.alignment/1" and data["segment"] == "paragraph"
    assert [d["lang"] for d in data["documents"]] == ["pt", "de"]
    first = data["documents"][0]["segments"][0]
    assert set(first) == {"n", "line", "end_line", "text"} and first["n"] == 1 and first["line"] == 1
    covered_a = [n for pair in data["pairs"] for n in pair["a"]]
    covered_b = [n for pair in data["pairs"] for n in pair["b"]]
    assert covered_a == list(range(1, 21)) and covered_b == list(range(1, 21))
    assert data["verdict"]["translation"] is True


def test_align_by_sentence_and_line():
    sentences = align([str(SEED_PT), str(SEED_DE)], "sentence")
    assert sentences.unit == "sentence" and len(sentences.segments[0]) > 20
    # Sentences pair inside paired paragraphs, and every sentence appears once, in order.
    covered_a = [i for bead in sentences.alignment.beads for i in bead.a]
    covered_b = [j for bead in sentences.alignment.beads for j in bead.b]
    assert covered_a == list(range(len(sentences.segments[0])))
    assert covered_b == list(range(len(sentences.segments[1])))
    quote = [b for b in sentences.alignment.beads if b.a and "No futuro" in sentences.segments[0][b.a[0]].text]
    assert quote and "In Zukunft" in " ".join(sentences.segments[1][j].text for j in quote[0].b)
    lines = align([str(SEED_PT), str(SEED_DE)], "line")
    assert [s.n for s in lines.segments[0]][:3] == [1, 3, 5]


def test_gold_set_f1():
    result = evaluate_gold(FIXTURES / "align")
    assert result["pairs"] >= 20
    assert result["f1"] >= 0.95, result
