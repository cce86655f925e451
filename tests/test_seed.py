"""The seed articles: the faithful pt/de pair checks clean; each drift is reported."""

from __future__ import annotations

import pytest

from tests.conftest import REWRITE_EN, SEED_DE, SEED_EN, SEED_PT
from xlcheck import check


def _errors_and_warnings(report):
    return [f for f in report.findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize(
    "files",
    [(SEED_PT, SEED_DE), (SEED_DE, SEED_PT), (SEED_EN, SEED_PT), (SEED_EN, SEED_DE), (SEED_EN, SEED_PT, SEED_DE)],
    ids=["pt-de", "de-pt", "en-pt", "en-de", "en-pt-de"],
)
def test_faithful_versions_check_clean(files):
    report = check([str(f) for f in files])
    assert _errors_and_warnings(report) == []


def test_dropped_model_name_is_blamed_on_pt(drift):
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100")
    report = check([str(SEED_DE), str(pt)])
    assert [(f.rule, f.check, f.value) for f in report.findings] == [("XL301", "code", "H200")]
    present, missing = report.findings[0].locations
    assert (missing.path, missing.status, missing.paragraph, missing.line, missing.column) == (
        str(pt), "missing", 7, 13, None)
    assert (present.status, present.paragraph, present.line, present.column, present.text) == (
        "present", 7, 13, 74, "H200")


def test_dropped_date_is_a_date_finding(drift):
    de = drift(SEED_DE, "ab Oktober 2023 ", "")
    report = check([str(SEED_PT), str(de)])
    assert [(f.rule, f.check, f.value) for f in report.findings] == [("XL201", "date", "2023-10")]
    assert report.findings[0].blamed.path == str(de)
    assert report.findings[0].blamed.paragraph == 14


def test_changed_number_is_a_number_finding(drift):
    de = drift(SEED_DE, "etwa 50.000 H100", "etwa 5.000 H100")
    report = check([str(SEED_PT), str(de)])
    assert [(f.rule, f.check, f.value) for f in report.findings] == [("XL102", "number", "50000")]
    changed = report.findings[0].blamed
    assert (changed.path, changed.status, changed.value, changed.paragraph) == (str(de), "different", "5000", 16)


def test_three_versions_blame_the_odd_one_out(drift):
    en = drift(SEED_EN, "H100 and H200 GPUs", "H100 GPUs")
    report = check([str(en), str(SEED_PT), str(SEED_DE)])
    assert [(f.rule, f.value) for f in report.findings] == [("XL301", "H200")]
    statuses = {loc.lang: loc.status for loc in report.findings[0].locations}
    assert statuses == {"en": "missing", "pt": "present", "de": "present"}


def test_stale_value_in_one_of_three_is_extra(drift):
    en = drift(SEED_EN, "H100 and H200 GPUs", "H100 GPUs")
    de = drift(SEED_DE, "H100- und H200-GPUs", "H100-GPUs")
    report = check([str(en), str(SEED_PT), str(de)])
    assert [(f.rule, f.value) for f in report.findings] == [("XL301", "H200")]
    statuses = {loc.lang: loc.status for loc in report.findings[0].locations}
    assert statuses == {"en": "absent", "pt": "extra", "de": "absent"}


def test_rewrite_is_one_alignment_finding_then_facts():
    report = check([str(SEED_PT), str(REWRITE_EN)])
    rules = [f.rule for f in report.findings]
    assert rules[0] == "XL001"
    assert rules.count("XL001") == 1
    assert "XL002" not in rules
    assert len(report.findings) < 15
    assert {"H200", "2023-10"} <= {f.value for f in report.findings}
