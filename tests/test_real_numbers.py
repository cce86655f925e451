"""Real entry pairs from the Python docs translations, hand-labelled (fixtures/po/)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES
from xlcheck import check
from xlcheck.io.po import Entry, entry_documents

ROWS = [json.loads(line) for line in (FIXTURES / "po" / "labelled-numbers-dates.jsonl").open(encoding="utf-8")]


def _findings(row, checks=("number", "date", "code")):
    a, b = entry_documents("entry.po", [Entry(row["msgid"], row["msgstr"], 0, 0)], "en", row["lang"], 1)
    # Versions ("Python 3.6") are codes: a changed version is a code finding.
    return [f for f in check([a, b]).findings if f.check in checks and f.severity != "info"]


def _number_and_date_findings(row):
    return _findings(row)


@pytest.mark.parametrize("row", [r for r in ROWS if r["expect"] == "clean"], ids=lambda r: r["source"])
def test_former_false_alarm_stays_quiet(row):
    assert [f.value for f in _number_and_date_findings(row) if f.value == row["value"]] == []


@pytest.mark.parametrize("row", [r for r in ROWS if r["expect"] not in ("clean", "known-miss")],
                         ids=lambda r: r["source"])
def test_real_drift_is_reported(row):
    checks = ("markup",) if row["expect"].startswith("XL7") else ("number", "date", "code")
    values = {f.value for f in _findings(row, checks)}
    # A version read whole since the labelling ("1.5.2" where "1.5" was labelled) still counts.
    assert row["value"] in values or any(v.startswith(row["value"] + ".") for v in values)


@pytest.mark.parametrize("row", [r for r in ROWS if r["expect"] == "known-miss"], ids=lambda r: r["source"])
def test_known_miss_is_still_missed(row):
    """A real drift xlcheck knowingly lets pass (the row's note says why): if this starts
    failing, xlcheck catches it now; make the row expect its rule."""
    assert _findings(row, ("number", "date", "code", "markup")) == []
