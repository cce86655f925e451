"""Every rule is documented the same way; `explain` and SARIF read that documentation."""

from __future__ import annotations

import pytest

from xlcheck.rules import RULES

SECTIONS = ("What it finds:", "Why it matters:", "Example:", "How to fix:")


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_all_doc_sections(code):
    rule = RULES[code]
    assert rule.code == code
    assert rule.severity in ("error", "warning", "info")
    for section in SECTIONS:
        assert section in rule.doc, f"{code} lacks {section}"


def test_codes_and_names_are_unique():
    names = [r.name for r in RULES.values()]
    assert len(names) == len(set(names))


def test_docs_rules_md_is_generated_from_the_rules():
    from pathlib import Path

    from xlcheck.rules import markdown

    docs = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    assert docs.read_text(encoding="utf-8") == markdown(), "run: xlcheck explain --markdown > docs/rules.md"
