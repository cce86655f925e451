"""The names' pre-screen (`xlcheck/compare/prescreen.py`) skips only checks that find nothing.

Every check it guards is run on every group of labelled pairs in many scripts (Russian,
Ukrainian, Chinese, Japanese, Hindi, Bengali, Hebrew, German): wherever the pre-screen
would skip a check, the check, run anyway, finds nothing. The texts held out of git are
used where they are present (a fresh checkout has the Russian, Chinese and German ones).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xlcheck.api import check
from xlcheck.compare import names as names_module
from xlcheck.compare import prescreen
from xlcheck.config import Config

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "heldout"

# Sets in other scripts than Latin and in pairs of languages that the guarded checks compare.
_SETS = ["news/mlqepe-ruen", "news/wmt23-zhen", "news/wmt23-ende", "news13/wmt22-enja", "news3/wmt24-jazh",
         "news8/wmt24-enhi", "news31/wmt21-flores-hibn", "news33/wmt21-flores-bnhi", "news11/wmt22-ukcs",
         "news14/wmt23-enhe", "news10/wmt22-enru", "news7/wmt24-enja", "news4/wmt22-enzh"]


def _items(per_set: int = 3):
    for name in _SETS:
        labels = FIXTURES / name / "labels.json"
        if not labels.exists():
            continue
        items = [item for item in json.loads(labels.read_text(encoding="utf-8"))["items"]
                 if all((labels.parent / f).exists() for f in item["files"])]
        for item in items[:per_set]:
            yield pytest.param(labels.parent, item, id=f"{name}:{item['files'][0]}")


# The guarded checks that are functions of the context, not methods of `Names`.
_FUNCTIONS = {"brahmic_candidates", "one_letter_changed", "surname_replaced", "speaker_dropped"}


@pytest.mark.parametrize(("folder", "item"), list(_items()))
def test_a_check_the_prescreen_skips_finds_nothing(folder, item, monkeypatch):

    def guarded(name, original, takes_ctx):
        def run(*args, **kwargs):
            if takes_ctx:
                ctx, _, group, docs = args[:4]
            else:
                ctx, group, docs = args[0].ctx, args[2], args[3]
            found = original(*args, **kwargs)
            if not real_may_run(prescreen.GroupScripts(ctx, group, docs), name):
                assert not found, (name, [c.value for c in found])
            return found
        return run

    real_may_run = prescreen.GroupScripts.may_run
    monkeypatch.setattr(prescreen.GroupScripts, "may_run", lambda self, check: True)
    for name in prescreen._TESTS:
        if name in _FUNCTIONS:
            monkeypatch.setattr(names_module, name, guarded(name, getattr(names_module, name), True))
        else:
            monkeypatch.setattr(names_module.Names, name, guarded(name, getattr(names_module.Names, name), False))
    files = [str(folder / f) for f in item["files"]]
    check(files, Config(langs=tuple(item.get("langs", ()))), reference=0)


# What a pair of versions in Latin letters, one of them English, may run.
_LATIN_PAIR = {"one_letter_changed", "surname_replaced", "speaker_dropped"}


def test_the_prescreen_rules_out_checks_of_absent_scripts():
    from xlcheck.compare.context import Context, Group
    from xlcheck.glossary import Glossary
    from xlcheck.io import document_from_text

    def screen(a: tuple[str, str], b: tuple[str, str]) -> prescreen.GroupScripts:
        docs = [document_from_text(text, lang, f"x.{lang}.txt") for text, lang in (a, b)]
        ctx = Context(docs, [((),) * len(d.paragraphs) for d in docs], Glossary({}))
        return prescreen.GroupScripts(ctx, Group(((0,), (0,))), [0, 1])

    german = screen(("Novak met Schmidt in Berlin.", "en"), ("Novak traf Schmidt in Berlin.", "de"))
    assert {name for name in prescreen._TESTS if german.may_run(name)} == _LATIN_PAIR
    korean = screen(("Novak met Schmidt in Berlin.", "en"), ("노바크는 베를린에서 슈미트를 만났다.", "ko"))
    assert not _LATIN_PAIR & {name for name in prescreen._TESTS if korean.may_run(name)}
    czech = screen(("Novák potkal Schmidta v Berlíně.", "cs"), ("Novak traf Schmidt in Berlin.", "de"))
    assert {name for name in prescreen._TESTS if czech.may_run(name)} == {"one_letter_changed"}
    russian = screen(("Novak met Schmidt in Berlin.", "en"), ("Новак встретил Шмидта в Берлине.", "ru"))
    assert {name for name in prescreen._TESTS if russian.may_run(name)} == {
        "_script_candidates", "_left_in_cyrillic", "_changed_across_scripts", "_known_transliteration_lost",
        "_sound_candidates", "_lookalike_candidates"}
    japanese = screen(("Novak met Schmidt.", "en"), ("ノヴァクはシュミットに会った。", "ja"))
    assert japanese.may_run("_sound_candidates") and japanese.may_run("_unrendered_in_kana")
    assert not japanese.may_run("_left_in_cyrillic") and not japanese.may_run("_kanji_candidates")
