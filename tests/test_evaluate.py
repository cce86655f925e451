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
