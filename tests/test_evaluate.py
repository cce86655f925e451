"""The scorer of labelled sets: recall per kind and false alarms on clean units."""

import json
import shutil
from pathlib import Path

from xlcheck.config import Config
from xlcheck.evaluate import score_set

SEED = Path(__file__).parent.parent / "fixtures" / "seed"


def test_found_missed_and_false_alarm_are_told_apart(tmp_path):
    shutil.copy(SEED / "deepseek.pt.txt", tmp_path / "a.pt.txt")
    german = (SEED / "deepseek.de.txt").read_text(encoding="utf-8")
    german = german.replace("H100- und H200-GPUs", "H100-GPUs").replace("Oktober 2023", "2023")
    (tmp_path / "a.de.txt").write_text(german, encoding="utf-8")
    labels = {"set": "t", "items": [{"files": ["a.pt.txt", "a.de.txt"], "drifts": [
        {"kind": "code", "value": "H200", "file": "a.de.txt", "line": 13},
        {"kind": "name", "value": "Wang", "file": "a.de.txt", "line": 1},
    ]}]}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    _, score = score_set(tmp_path / "labels.json", Config())
    assert score.found == {"code": 1}
    assert score.labelled == {"code": 1, "name": 1}
    # The dropped date was not labelled: it counts as a false alarm on a clean unit.
    assert score.false_alarms == 1 and "XL201" in score.alarms[0]
    assert score.clean_units == 18


def test_a_po_label_may_name_any_line_of_its_entry(tmp_path):
    # Each entry is one unit placed on its msgstr line; a label on the entry's comment or
    # msgid line must still name that entry, not the one before it.
    (tmp_path / "c.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n'
        '#: a.rst:1\nmsgid "Return the list."\nmsgstr "Renvoie la liste."\n\n'
        '#: a.rst:2\nmsgid "It holds 5 items."\nmsgstr "Elle contient 6 éléments."\n', encoding="utf-8")
    labels = {"set": "t", "items": [{"files": ["c.po"], "drifts": [
        {"kind": "number", "value": "5", "file": "c.po", "line": 9, "source_line": 9}]}]}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    _, score = score_set(tmp_path / "labels.json", Config())
    assert score.found == {"number": 1}
    assert score.false_alarms == 0 and score.clean_units == 1


def _two_page_report(tmp_path, blamed_lang):
    """A real pair of documents and one invented finding on paragraph 2 of both."""
    from xlcheck.api import load_documents
    from xlcheck.model import Finding, Location, Report

    (tmp_path / "p.en.md").write_text("First.\n\nIt is v2.\n\nLast.\n", encoding="utf-8")
    (tmp_path / "p.fr.md").write_text("Premier.\n\nC'est v1.\n\nDernier.\n", encoding="utf-8")
    docs = load_documents([str(tmp_path / "p.en.md"), str(tmp_path / "p.fr.md")], ())
    locations = tuple(Location(d.path, d.lang, 2, 3, 1, None, "v2", "missing" if d.lang == blamed_lang else "present")
                      for d in docs)
    return Report(tuple(docs), (Finding("code", "XL301", "error", "v2", "v2", locations),), "", "")


def test_a_finding_that_blames_the_source_neither_finds_the_drift_nor_is_a_false_alarm(tmp_path, monkeypatch):
    labels = {"set": "t", "items": [{"files": ["p.en.md", "p.fr.md"], "drifts": [
        {"kind": "code", "value": "v2", "file": "p.fr.md", "line": 3, "source_line": 3}]}]}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    for blamed, found, on_source in (("fr", {"code": 1}, {}), ("en", {}, {"code": 1})):
        report = _two_page_report(tmp_path, blamed)
        monkeypatch.setattr("xlcheck.evaluate.check", lambda files, config, report=report, **kw: report)
        _, score = score_set(tmp_path / "labels.json", Config())
        assert (+score.found, +score.blamed_on_source, score.false_alarms) == (found, on_source, 0)
    # Unlabelled, the same finding is a false alarm on the translation's clean unit.
    (tmp_path / "labels.json").write_text(json.dumps({"set": "t", "items": [{"files": ["p.en.md", "p.fr.md"]}]}),
                                          encoding="utf-8")
    _, score = score_set(tmp_path / "labels.json", Config())
    assert score.false_alarms == 1 and score.alarms[0].startswith(str(tmp_path / "p.fr.md") + ":2:")


def test_a_drift_found_by_a_finding_that_does_not_state_its_value_is_listed(tmp_path, monkeypatch):
    labels = {"set": "t", "items": [{"files": ["p.en.md", "p.fr.md"], "drifts": [
        {"kind": "code", "value": "main", "file": "p.fr.md", "line": 3, "source_line": 3}]}]}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    report = _two_page_report(tmp_path, "fr")
    monkeypatch.setattr("xlcheck.evaluate.check", lambda files, config, **kw: report)
    _, score = score_set(tmp_path / "labels.json", Config())
    # The drift sits on the unit the finding blames, but the finding reports "v2".
    assert score.found == {"code": 1}
    assert len(score.unnamed) == 1 and "'main'" in score.unnamed[0]


def test_one_finding_credits_one_drift_the_one_it_names(tmp_path):
    shutil.copy(SEED / "deepseek.pt.txt", tmp_path / "a.pt.txt")
    german = (SEED / "deepseek.de.txt").read_text(encoding="utf-8").replace("H100- und H200-GPUs", "H100-GPUs")
    (tmp_path / "a.de.txt").write_text(german, encoding="utf-8")
    # Two codes labelled in one paragraph, one reported: the label it names is found, the other missed.
    labels = {"set": "t", "items": [{"files": ["a.pt.txt", "a.de.txt"], "drifts": [
        {"kind": "code", "value": "B100", "file": "a.de.txt", "line": 13},
        {"kind": "code", "value": "H200", "file": "a.de.txt", "line": 13},
    ]}]}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    _, score = score_set(tmp_path / "labels.json", Config())
    assert score.found == {"code": 1} and score.labelled == {"code": 2}
    assert len(score.misses) == 1 and "'B100'" in score.misses[0]
    assert score.false_alarms == 0


def test_a_version_labelled_as_a_number_is_found_by_a_code_finding_that_names_it(tmp_path, monkeypatch):
    report = _two_page_report(tmp_path, "fr")  # one code finding (XL301) stating "v2"
    monkeypatch.setattr("xlcheck.evaluate.check", lambda files, config, **kw: report)
    for value, found in (("v2", {"number": 1}), ("3", {})):
        labels = {"set": "t", "items": [{"files": ["p.en.md", "p.fr.md"], "drifts": [
            {"kind": "number", "value": value, "file": "p.fr.md", "line": 3, "source_line": 3}]}]}
        (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
        _, score = score_set(tmp_path / "labels.json", Config())
        # Named, the code finding credits the number label; naming another value, not.
        assert +score.found == found and score.labelled == {"number": 1}


def test_a_number_in_a_literal_is_found_by_the_literal_finding_that_names_it(tmp_path):
    (tmp_path / "c.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n'
        '#: a.rst:1\nmsgid "The weight is ``0.1`` by default."\nmsgstr "Le poids vaut ``0,1`` par défaut."\n',
        encoding="utf-8")
    labels = {"set": "t", "items": [{"files": ["c.po"], "drifts": [
        {"kind": "number", "value": "0.1", "file": "c.po", "line": 7, "source_line": 6}]}]}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    _, score = score_set(tmp_path / "labels.json", Config())
    assert score.found == {"number": 1} and score.false_alarms == 0
