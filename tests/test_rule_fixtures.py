"""One real excerpt per rule: the clean twin stays quiet, the drifted one gets the rule."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES
from xlcheck import check, document_from_text
from xlcheck.rules import RULES

CASES = json.loads((FIXTURES / "rules" / "cases.json").read_text(encoding="utf-8"))


def _check(case, text_b):
    a = document_from_text(case["a"], case["lang_a"], f"a.{case['lang_a']}", case["format"])
    b = document_from_text(text_b, case["lang_b"], f"b.{case['lang_b']}", case["format"])
    return check([a, b]).findings


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['rule']}-{c['source'][:30]}")
def test_clean_twin_has_no_finding(case):
    findings = _check(case, case["clean"])
    assert [(f.rule, f.value) for f in findings if f.severity != "info" or f.rule == case["rule"]] == []


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['rule']}-{c['source'][:30]}")
def test_drift_gets_the_rule(case):
    findings = _check(case, case["drift"])
    matching = [f for f in findings if f.rule == case["rule"]]
    assert matching, [(f.rule, f.value) for f in findings]
    if case["value"] is not None:
        assert case["value"] in {f.value for f in matching}
    assert matching[0].blamed.path == f"b.{case['lang_b']}" or case["rule"] in ("XL502",)


def test_every_comparison_rule_has_a_real_fixture():
    covered = {c["rule"] for c in CASES}
    # XL001 and XL203 have tests of their own (test_seed, test_numbers_dates); XL003 and
    # XL004 are about trees, not pairs (test_layouts); placeholder and key rules are
    # about key/value files and catalogues (test_formats, test_placeholders).
    formats = {code for code in RULES if code.startswith(("XL8", "XL9"))}
    assert set(RULES) - covered <= {"XL001", "XL203", "XL003", "XL004"} | formats
