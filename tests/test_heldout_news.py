"""The held-out news sets: every label is read and scored (the scores are in docs/quality.md).

The sets are held out: nothing here asserts a recall, which will change as xlcheck does.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

from xlcheck.config import Config
from xlcheck.evaluate import score_set

NEWS = Path(__file__).parent.parent / "fixtures" / "heldout" / "news"
SETS = sorted(NEWS.glob("*/labels.json"))


def _segments(path: Path) -> list[str]:
    return [s for s in path.read_text(encoding="utf-8").split("\n\n") if s.strip()]


def test_the_news_sets_are_there():
    assert [p.parent.name for p in SETS] == ["mlqepe-ruen", "wmt23-ende", "wmt23-zhen"]


@pytest.mark.slow
@pytest.mark.parametrize("labels", SETS, ids=lambda p: p.parent.name)
def test_every_label_is_scored(labels):
    data = json.loads(labels.read_text(encoding="utf-8"))
    expected = Counter(drift["kind"] for item in data["items"] for drift in item["drifts"])
    segments = drifted = 0
    for item in data["items"]:
        source, translation = (_segments(labels.parent / name) for name in item["files"])
        assert len(source) == len(translation), item["files"]
        segments += len(translation)
        drifted += len({drift["line"] for drift in item["drifts"]})
        for drift in item["drifts"]:
            assert drift["file"] == item["files"][1] and drift["line"] == drift["source_line"]
            assert drift["line"] % 2 == 1 and (drift["line"] + 1) // 2 <= len(translation)
    _, score = score_set(labels, Config())
    assert score.labelled == expected
    assert sum(score.found.values()) + len(score.misses) == sum(expected.values())
    assert score.clean_units == segments - drifted
