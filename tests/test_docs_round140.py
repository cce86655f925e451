"""Round 140 on documentation (tuning data: every docs set, docs57 after its held-out first
score): a stale page whose source was rewritten around the sections its translation kept
(sections dropped and added, a YAML skeleton made a list, tabs made captions) scores under
the threshold, but its translation's paragraphs that hold anchors (paths, code spans, URLs,
versions) nearly all pair in order with paragraphs of the source sharing one: it is judged a
translation, and its drift is reported by place, not document-wide. Pages of the same site
against each other stay no translation (XL001). The real pages of
`fixtures/heldout/docs57/mdx-rke2-zh` (rancher/rke2-docs@ea64164f, Apache-2.0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import pair_findings
from xlcheck.verdict import STALE_ROWS, keeps_anchors_in_order

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "heldout" / "docs57" / "mdx-rke2-zh"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def placed(findings, rule: str) -> set[int]:
    """The translation's lines a rule's findings point at."""
    return {f.locations[-1].line for f in findings if f.rule == rule}


def test_the_stale_private_registry_page_is_a_translation_with_its_drift_placed():
    findings = pair_findings(page("private-registry-zh.en.md"), "en", page("private-registry-zh.zh.md"), "zh")
    assert "XL001" not in {f.rule for f in findings}
    assert all(f.locations[-1].line for f in findings)  # nothing document-wide
    xl002 = [(f.locations[-1].line, f.message) for f in findings if f.rule == "XL002"]
    # the sections the Chinese lacks, where it would have them; its stale note on v1.20
    for line, heading in ((38, "#### Redirects"), (70, "### Wildcard Support"), (141, "## Troubleshooting Image Pulls")):
        assert any(at == line and f"“{heading}" in message for at, message in xl002), heading
    assert any(at == 7 and "v1.20" in message for at, message in xl002)
    # the rewrite example's image tags, compared within their paragraph
    assert {(f.rule, f.value, f.locations[-1].line) for f in findings if f.rule == "XL702"} >= {
        ("XL702", "`rancher/rke2-runtime:v1.30.1-rke2r1`", 42)}
    # the tabs written as italic captions, each at its place
    assert {76, 95, 115, 129} <= placed([f for f in findings if "TabItem" in (f.value or "")], "XL701")


@pytest.mark.parametrize("source, translation", [
    ("private-registry-zh.en.md", "manual-upgrade-zh.zh.md"),
    ("network-options-zh.en.md", "private-registry-zh.zh.md"),
    ("private-registry-zh.en.md", "known-issues-zh.zh.md"),
])
def test_other_pages_of_the_site_stay_no_translation(source, translation):
    findings = pair_findings(page(source), "en", page(translation), "zh")
    assert "XL001" in {f.rule for f in findings}
    assert not placed(findings, "XL002")


def _anchors(name: str, lang: str) -> list[frozenset[str]]:
    from xlcheck.align import neutral_anchors, profile
    from xlcheck.api import extract_document, load_documents

    doc = load_documents([str(PAGES / name)], [lang])[0]
    return [neutral_anchors(profile(p, i, titles=True)) for p, i in zip(doc.paragraphs, extract_document(doc))]


def test_the_translation_keeps_its_anchored_paragraphs_in_the_source_order():
    en, zh = _anchors("private-registry-zh.en.md", "en"), _anchors("private-registry-zh.zh.md", "zh")
    assert keeps_anchors_in_order(en, zh)
    rows = [i for i, anchors in enumerate(zh) if anchors]
    # its sections in another order, or too few anchored paragraphs to tell, do not
    half = rows[len(rows) // 2]
    assert not keeps_anchors_in_order(en, zh[half:] + zh[:half])
    assert not keeps_anchors_in_order(en, zh[:rows[STALE_ROWS - 1]])
    # nor does another page of the site
    assert not keeps_anchors_in_order(en, _anchors("network-options-zh.zh.md", "zh"))
