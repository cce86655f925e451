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


@pytest.mark.parametrize("doc", ["", "One line.", "  First.\n\n    Indented.\n      More.\n    ", "\n\tTabbed\n\t  x\n\n",
                                 "First\n  \n  second\n"])
def test_rule_docs_are_cleaned_as_inspect_cleans_them(doc):
    import inspect

    from xlcheck import rules

    assert rules.cleandoc(doc) == inspect.cleandoc(doc)
    for module in (rules.alignment, rules.codes, rules.dates, rules.names, rules.markup):
        for *_, function in module.RULES:
            assert rules.cleandoc(function.__doc__) == inspect.cleandoc(function.__doc__)
