"""Real entry pairs from the Python docs translations, hand-labelled (fixtures/po/)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES
from xlcheck import check
from xlcheck.io.po import Entry, entry_documents

ROWS = [json.loads(line) for line in (FIXTURES / "po" / "labelled-numbers-dates.jsonl").open(encoding="utf-8")]


def _number_and_date_findings(row):
    a, b = entry_documents("entry.po", [Entry(row["msgid"], row["msgstr"], 0, 0)], "en", row["lang"], 1)
    # Versions ("Python 3.6") are codes: a changed version is a code finding.
    return [f for f in check([a, b]).findings if f.check in ("number", "date", "code") and f.severity != "info"]


@pytest.mark.parametrize("row", [r for r in ROWS if r["expect"] == "clean"], ids=lambda r: r["source"])
def test_former_false_alarm_stays_quiet(row):
    assert [f.value for f in _number_and_date_findings(row) if f.value == row["value"]] == []


@pytest.mark.parametrize("row", [r for r in ROWS if r["expect"] != "clean"], ids=lambda r: r["source"])
def test_real_drift_is_reported(row):
    values = {f.value for f in _number_and_date_findings(row)}
    # A version read whole since the labelling ("1.5.2" where "1.5" was labelled) still counts.
    assert row["value"] in values or any(v.startswith(row["value"] + ".") for v in values)
