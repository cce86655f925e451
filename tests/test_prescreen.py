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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xlcheck.api import check
from xlcheck.compare import names as names_module
from xlcheck.compare import prescreen
from xlcheck.config import Config
from xlcheck.io import document_from_text
from xlcheck.strategies import all_facts, translation_pairs

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "heldout"

# Sets in other scripts than Latin and in pairs of languages that the guarded checks compare.
_SETS = ["news/mlqepe-ruen", "news/wmt23-zhen", "news/wmt23-ende", "news13/wmt22-enja", "news3/wmt24-jazh",
         "news8/wmt24-enhi", "news31/wmt21-flores-hibn", "news33/wmt21-flores-bnhi", "news11/wmt22-ukcs",
         "news14/wmt23-enhe", "news10/wmt22-enru", "news7/wmt24-enja", "news4/wmt22-enzh", "news27/wmt21-haen"]


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
_FUNCTIONS = {"brahmic_candidates", "one_letter_changed", "surname_replaced", "speaker_dropped", "surname_dropped",
              "ending_s_dropped", "agency_dropped"}


def _guard_every_check(monkeypatch) -> dict[str, list[int]]:
    """Run every guarded check on every group, and assert that one the pre-screen would
    skip finds nothing there: the counts of groups skipped and run, by check."""
    counts: dict[str, list[int]] = {name: [0, 0] for name in prescreen._TESTS}

    def guarded(name, original, takes_ctx):
        def run(*args, **kwargs):
            if takes_ctx:
                ctx, _, group, docs = args[:4]
            else:
                ctx, group, docs = args[0].ctx, args[2], args[3]
            found = original(*args, **kwargs)
            if not real_may_run(prescreen.GroupScripts(ctx, group, docs), name):
                counts[name][0] += 1
                assert not found, (name, [c.value for c in found])
            else:
                counts[name][1] += 1
            return found
        return run

    real_may_run = prescreen.GroupScripts.may_run
    monkeypatch.setattr(prescreen.GroupScripts, "may_run", lambda self, check: True)
    for name in prescreen._TESTS:
        if name in _FUNCTIONS:
            monkeypatch.setattr(names_module, name, guarded(name, getattr(names_module, name), True))
        else:
            monkeypatch.setattr(names_module.Names, name, guarded(name, getattr(names_module.Names, name), False))
    return counts


@pytest.mark.parametrize(("folder", "item"), list(_items()))
def test_a_check_the_prescreen_skips_finds_nothing(folder, item, monkeypatch):
    _guard_every_check(monkeypatch)
    files = [str(folder / f) for f in item["files"]]
    check(files, Config(langs=tuple(item.get("langs", ()))), reference=0)


# Real catalogues from English into languages in Latin letters: some entries hold no capital
# letter, more no name (the checks of capitalised words or of names are skipped there).
_CATALOGUES = ["po/python-docs.fr.po", "heldout/docs/po-python-pl/python-docs.pl.po",
               "heldout/docs13/po-picard-de/picard-docs.de.po", "heldout/docs17/po-frcdocs-es/frc-docs.es.po",
               "heldout/docs15/po-mixxx-nl/mixxx-manual.nl.po"]
# The checks skipped where no version holds a capital letter (or a name).
_CAPITALS_CHECKS = {"surname_dropped", "ending_s_dropped", "_streets_and_pairs", "_lone_candidates", "_unaccounted",
                    "_respelt_candidates", "agency_dropped", "one_letter_changed", "surname_replaced",
                    "speaker_dropped"}


@pytest.mark.parametrize("catalogue", _CATALOGUES)
def test_the_checks_of_capitalised_words_find_nothing_where_no_version_has_one(catalogue, monkeypatch):
    path = FIXTURES.parent / catalogue
    if not path.exists():
        pytest.skip(f"{catalogue} is not built")
    counts = _guard_every_check(monkeypatch)
    check([str(path)], Config(), reference=0)
    assert all(sum(counts[name]) > 0 for name in _CAPITALS_CHECKS)
    assert counts["_lone_candidates"][0] > 0 and counts["_lone_candidates"][1] > 0  # entries without a name and with


# Words to build a pair of versions from: lower-case prose, capitalised names, a title or a
# verb of saying before a name, agencies (one written in lower case, dpa), a street, a pair
# of names with a slash, a dotted and a hyphenated name.
_WORDS = ["the", "report", "said", "told", "mr", "Mr", "Ms.", "Dr", "dpa", "AP", "Reuters", "reuters", "ap",
          "Hassan", "Jallow", "hassan", "jallow", "Talstraße", "talstraße", "Ehlers/Flüggen", "ehlers/flüggen",
          "Pinellas", "Premiership", "Ladbrokes", "ladbrokes", "Currie", "currie", "Roisin", "Omar", "Al-Bashir",
          "al-bashir", "DeepSeek", "deepseek", "said:", ",", ".", "who", "Wasilla", "vasilla", "ČEZ", "čez"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(translation_pairs(st.sampled_from(["en"]), st.sampled_from(["de", "fr", "cs", "pl", "en"]),
                         max_paragraphs=3, fact_strategy=all_facts()),
       st.lists(st.lists(st.sampled_from(_WORDS), max_size=12), min_size=1, max_size=3),
       st.lists(st.lists(st.sampled_from(_WORDS), max_size=12), min_size=1, max_size=3),
       st.sampled_from(["", "a", "b", "ab"]))
def test_the_prescreen_skips_only_checks_that_find_nothing(pair, words_a, words_b, lowered):
    """Generated pairs (`xlcheck.strategies`) with words of names and lower-case prose
    added, either version or both lower-cased (no capital left): every check the
    pre-screen skips finds nothing when run anyway."""
    texts = []
    for doc, words, side in ((pair.a, words_a, "a"), (pair.b, words_b, "b")):
        paragraphs = doc.text.rstrip("\n").split("\n\n")
        text = "\n\n".join(p + " " + " ".join(w) + "." for p, w in zip(paragraphs, words + [[]] * len(paragraphs)))
        texts.append((text.lower() if side in lowered else text) + "\n")
    docs = [document_from_text(text, doc.lang, doc.path) for text, doc in zip(texts, (pair.a, pair.b))]
    with pytest.MonkeyPatch.context() as monkeypatch:
        _guard_every_check(monkeypatch)
        check(docs, Config(), reference=0)


# What a pair of versions in Latin letters, one of them English, may run.
_LATIN_PAIR = {"one_letter_changed", "surname_replaced", "speaker_dropped"}
# What any group with a capital letter may run (and with a name, `_lone_candidates`, `_unaccounted`).
_CAPITALISED = {"surname_dropped", "ending_s_dropped", "_streets_and_pairs", "_respelt_candidates", "agency_dropped"}


def test_the_prescreen_rules_out_checks_of_absent_scripts():
    from xlcheck.compare.context import Context, Group
    from xlcheck.glossary import Glossary
    from xlcheck.model import Invariant

    def screen(a: tuple[str, str], b: tuple[str, str], named: bool = False) -> prescreen.GroupScripts:
        docs = [document_from_text(text, lang, f"x.{lang}.txt") for text, lang in (a, b)]
        invariants = [((),) * len(d.paragraphs) for d in docs]
        if named:
            invariants[0] = ((Invariant("name", "Novak", "Novak", 0, 5),),)
        ctx = Context(docs, invariants, Glossary({}))
        return prescreen.GroupScripts(ctx, Group(((0,), (0,))), [0, 1])

    german = screen(("Novak met Schmidt in Berlin.", "en"), ("Novak traf Schmidt in Berlin.", "de"))
    assert {name for name in prescreen._TESTS if german.may_run(name)} == _LATIN_PAIR | _CAPITALISED | {
        "_misspelt_from_nouns"}
    korean = screen(("Novak met Schmidt in Berlin.", "en"), ("노바크는 베를린에서 슈미트를 만났다.", "ko"))
    assert not _LATIN_PAIR & {name for name in prescreen._TESTS if korean.may_run(name)}
    czech = screen(("Novák potkal Schmidta v Berlíně.", "cs"), ("Novak traf Schmidt in Berlin.", "de"))
    assert {name for name in prescreen._TESTS if czech.may_run(name)} == {"one_letter_changed", "_misspelt_from_nouns"} | _CAPITALISED
    russian = screen(("Novak met Schmidt in Berlin.", "en"), ("Новак встретил Шмидта в Берлине.", "ru"))
    assert {name for name in prescreen._TESTS if russian.may_run(name)} == {
        "_script_candidates", "_left_in_cyrillic", "_changed_across_scripts", "_known_transliteration_lost",
        "_sound_candidates", "_lookalike_candidates", "_organisation_adjectives", "_listed_name_lost"} | _CAPITALISED
    # Lower-case prose only: none of the checks of capitalised words, but an agency written
    # in lower case (dpa) and a name the extractors found still let theirs run.
    lower = screen(("novak met schmidt in berlin.", "en"), ("novak traf schmidt in berlin.", "de"))
    assert not {name for name in prescreen._TESTS if lower.may_run(name)}
    agency = screen(("novak told dpa in berlin.", "en"), ("novak sagte der dpa in berlin.", "de"))
    assert {name for name in prescreen._TESTS if agency.may_run(name)} == {"agency_dropped"}
    named = screen(("novak met schmidt in berlin.", "en"), ("novak traf schmidt in berlin.", "de"), named=True)
    assert {name for name in prescreen._TESTS if named.may_run(name)} == {
        "_lone_candidates", "_unaccounted", "_respelt_candidates", "_misspelt_from_nouns"}
    japanese = screen(("Novak met Schmidt.", "en"), ("ノヴァクはシュミットに会った。", "ja"))
    assert japanese.may_run("_sound_candidates") and japanese.may_run("_unrendered_in_kana")
    assert not japanese.may_run("_left_in_cyrillic") and not japanese.may_run("_kanji_candidates")


def _screen(a: tuple[str, str], b: tuple[str, str]) -> set[str]:
    """The guarded checks the pre-screen lets run on a group of two one-paragraph versions."""
    from xlcheck.compare.context import Context, Group
    from xlcheck.glossary import Glossary

    docs = [document_from_text(text, lang, f"x.{lang}.txt") for text, lang in (a, b)]
    ctx = Context(docs, [((),) * len(d.paragraphs) for d in docs], Glossary({}))
    screen = prescreen.GroupScripts(ctx, Group(((0,), (0,))), [0, 1])
    return {name for name in prescreen._TESTS if screen.may_run(name)}


def test_the_prescreen_rules_out_the_checks_of_given_languages():
    """Speed round 32: seven more checks of names, each first asking for a language, a
    script or a letter outside ASCII in two versions."""
    # German lower-case prose and English: a noun misspelt needs a capitalised name
    assert not {"_misspelt_from_nouns", "_broken_apart"} & _screen(("der bericht über straßen.", "de"),
                                                                     ("the report on roads.", "en"))
    assert "_misspelt_from_nouns" in _screen(("Der Bericht von Riiber.", "de"), ("The report by Riber.", "en"))
    assert "_misspelt_from_nouns" not in _screen(("Der Bericht von Riiber.", "de"), ("Der Bericht von Riber.", "de"))
    # two versions outside ASCII: a letter set apart may be a word's
    assert "_broken_apart" in _screen(("Die Schöneberger Straße.", "de"), ("The Sch ö neberg street.", "fr"))
    assert "_broken_apart" not in _screen(("Die Schöneberger Straße.", "de"), ("The Sch o neberg street.", "en"))
    ukrainian = _screen(("Натовські сили біля Київщини.", "uk"), ("Natovské síly u Kyjeva.", "cs"))
    assert {"_organisation_adjectives", "_place_made_city", "_listed_name_lost"} <= ukrainian
    assert not {"_byline_candidates", "_acronym_never_written", "_misspelt_from_nouns"} & ukrainian
    russian = _screen(("В Балтийске, Владивостоке и Каспийске.", "ru"), ("In Baltiysk, Vladivostok and Kaspiysk.", "en"))
    assert {"_organisation_adjectives", "_listed_name_lost"} <= russian and "_place_made_city" not in russian
    chinese = _screen(("中新网北京2月11日电(门睿)", "zh"), ("Beijing, Feb 11 (Men Rui)", "en"))
    assert "_byline_candidates" in chinese and "_listed_name_lost" not in chinese
    assert "_byline_candidates" not in _screen(("中新网北京2月11日电(门睿)", "zh"), ("北京2月11日(门睿)", "ja"))
    hausa = _screen(("Hukumar NDDC ta ce.", "ha"), ("The Idps said.", "en"))
    assert "_acronym_never_written" in hausa and "_byline_candidates" not in hausa
    assert "_acronym_never_written" not in _screen(("Hukumar NDDC ta ce.", "ha"), ("La NDDC a dit.", "fr"))


# Words for the checks ruled out by language or script: German nouns and names, Cyrillic
# and Greek lists of places, organisations' adjectives, regions, Hausa acronyms, a Chinese
# byline, a letter outside ASCII set apart.
_LANGUAGE_WORDS = ["Riiber", "Riber", "Comedian", "Commedian", "Daheim", "Dheim", "„Daheim“", "der", "the",
                   "Балтийске,", "Владивостоке,", "Североморске", "и", "Каспийске", "Baltiysk,", "Vladivostok",
                   "натовські", "NATO", "natovské", "Київщини", "Kyjeva", "Kyjevské", "Plzeňský", "kraj", "Пльзень",
                   "NDDC", "Idps", "FUTA", "中新网北京2月11日电(门睿)", "Men", "Rui", "Sch ö neberg", "Schöneberg",
                   "S ä bener", "Säbener", "Αθήνα,", "Πάτρα,", "Λάρισα", "και", "Βόλος", "Athens", ",", "."]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(translation_pairs(st.sampled_from(["de", "uk", "ru", "ha", "zh", "el", "en"]),
                         st.sampled_from(["en", "cs", "pl", "de", "uk", "fr"]), max_paragraphs=3,
                         fact_strategy=all_facts()),
       st.lists(st.lists(st.sampled_from(_LANGUAGE_WORDS), max_size=12), min_size=1, max_size=3),
       st.lists(st.lists(st.sampled_from(_LANGUAGE_WORDS), max_size=12), min_size=1, max_size=3),
       st.sampled_from(["", "a", "b", "ab"]))
def test_the_checks_ruled_out_by_language_find_nothing(pair, words_a, words_b, lowered):
    """Generated pairs between the languages the checks of speed round 32 compare (and
    others), with their names, lists, adjectives, acronyms and bylines added to either
    version, either or both lower-cased: every check the pre-screen skips finds nothing
    when run anyway."""
    texts = []
    for doc, words, side in ((pair.a, words_a, "a"), (pair.b, words_b, "b")):
        paragraphs = doc.text.rstrip("\n").split("\n\n")
        text = "\n\n".join(p + " " + " ".join(w) + "." for p, w in zip(paragraphs, words + [[]] * len(paragraphs)))
        texts.append((text.lower() if side in lowered else text) + "\n")
    docs = [document_from_text(text, doc.lang, doc.path) for text, doc in zip(texts, (pair.a, pair.b))]
    with pytest.MonkeyPatch.context() as monkeypatch:
        _guard_every_check(monkeypatch)
        check(docs, Config(), reference=0)


# Labelled sets where the checks of speed round 32 are let run (and run anyway elsewhere).
_LANGUAGE_SETS = {"news11/wmt22-ukcs": {"_place_made_city", "_organisation_adjectives", "_broken_apart"},
                  "news/mlqepe-ruen": {"_listed_name_lost", "_organisation_adjectives"},
                  "news/wmt23-zhen": {"_byline_candidates"}, "news27/wmt21-haen": {"_acronym_never_written"},
                  "news/wmt23-ende": {"_misspelt_from_nouns"}}


@pytest.mark.parametrize("name", sorted(_LANGUAGE_SETS))
def test_the_checks_ruled_out_by_language_run_where_their_languages_are(name, monkeypatch):
    labels = FIXTURES / name / "labels.json"
    items = [item for item in json.loads(labels.read_text(encoding="utf-8"))["items"]
             if all((labels.parent / f).exists() for f in item["files"])] if labels.exists() else []
    if not items:
        pytest.skip(f"{name} is not built")
    counts = _guard_every_check(monkeypatch)
    for item in items[:3]:
        check([str(labels.parent / f) for f in item["files"]], Config(langs=tuple(item.get("langs", ()))), reference=0)
    assert all(counts[check_][1] > 0 for check_ in _LANGUAGE_SETS[name]), counts
