"""SARIF output against the official SARIF 2.1.0 schema (OASIS, vendored), and the
fingerprints code scanning uses to follow a finding across commits."""

from __future__ import annotations

import json

import jsonschema
import pytest

from tests.conftest import FIXTURES
from xlcheck.cli import main

SCHEMA = json.loads((FIXTURES / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
FORMATS = FIXTURES / "formats"


def _sarif(capsys, *argv):
    main([*argv, "--format", "sarif"])
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("paths", [
    [FORMATS / "json/en/translation.json", FORMATS / "json/drift/de/translation.json"],
    [FORMATS / "android/res/values/strings.xml", FORMATS / "android/drift/values-de/strings.xml"],
    [FORMATS / "xcstrings/drift/Localizable.xcstrings"],
    [FIXTURES / "seed" / "deepseek.pt.txt", FIXTURES / "seed" / "deepseek-rewrite-a.en.txt"],
    [FORMATS / "json/en/translation.json", FORMATS / "json/clean/de/translation.json"],
], ids=["json", "android", "xcstrings", "rewrite", "clean"])
def test_sarif_is_valid_against_the_official_schema(paths, capsys):
    log = _sarif(capsys, "check", *map(str, paths))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    for result in log["runs"][0]["results"]:
        assert len(result["partialFingerprints"]["xlcheck/v1"]) == 32


def test_a_finding_keeps_its_fingerprint_when_lines_move(tmp_path, capsys):
    source = FORMATS / "json/en/translation.json"
    drift = (FORMATS / "json/drift/de/translation.json").read_text(encoding="utf-8")
    moved = tmp_path / "de" / "translation.json"
    moved.parent.mkdir()
    moved.write_text(drift, encoding="utf-8")
    before = _sarif(capsys, "diff", str(source), str(moved))["runs"][0]["results"]
    moved.write_text(drift.replace("{\n", '{\n  "new": "Neu",\n  "other": "Andere",\n', 1), encoding="utf-8")
    after = _sarif(capsys, "diff", str(source), str(moved))["runs"][0]["results"]

    def prints(results):
        return {r["ruleId"]: (r["partialFingerprints"]["xlcheck/v1"], r["locations"][0]["physicalLocation"]
                              ["region"]["startLine"]) for r in results if r["ruleId"] in ("XL102", "XL803")}

    assert set(prints(before)) == {"XL102", "XL803"}
    for rule, (fingerprint, line) in prints(before).items():
        assert prints(after)[rule][0] == fingerprint and prints(after)[rule][1] == line + 2


def test_the_schema_rejects_a_result_without_a_message(capsys):
    log = _sarif(capsys, "check", str(FORMATS / "xcstrings/drift/Localizable.xcstrings"))
    del log["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(log)
