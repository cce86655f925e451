"""Round 95 on news46 (tuning data): Serbian in Latin letters. A text tagged ``sr`` (CLDR's
Serbian is Cyrillic) written in Latin letters is read as ``sr-Latn``: its month and country
names are CLDR's Latin ones (oktobar, Evropa, Ukrajina, Poljska), its month cases too (u
oktobru), and a foreign name it writes by its sound (Boris Džonson, Kir Starmer, Gadafi) is
compared as the same name in Cyrillic letters would be. Each clean pair has a drifted twin.

Invented sentences modelled on WMT25 en→sr (Latin) news translations.
"""

from __future__ import annotations

from tests.conftest import loud_values, pair_findings
from xlcheck import check, document_from_text
from xlcheck.locales import latin_script, written_tag

_EN = ("Boris Johnson praised Keir Starmer in Europe.\n\n"
       "Trump has grabbed Ukraine, and Poland waits.\n\n"
       "Demand in October and November 2024 surpassed St Patrick's Day.\n")
_SR = ("Boris Džonson je pohvalio Kira Starmera u Evropi.\n\n"
       "Tramp je zgrabio Ukrajinu, a Poljska čeka.\n\n"
       "Potražnja u oktobru i novembru 2024. godine premašila je Dan svetog Patrika.\n")


def test_serbian_in_latin_letters_is_read_in_its_script():
    assert written_tag("sr", _SR) == "sr-Latn"
    assert written_tag("sr", "Борис Џонсон је похвалио Кира Стармера.") == "sr"
    assert latin_script("sr-Latn") and not latin_script("sr")
    report = check([document_from_text(_EN, "en", "a.en.txt", "text"), document_from_text(_SR, "sr", "b.sr.txt", "text")],
                   reference=0)
    assert [d.lang for d in report.documents] == ["en", "sr-Latn"]


def test_names_written_by_sound_exonyms_and_month_cases_are_clean():
    assert loud_values(_EN, "en", _SR, "sr") == []
    # the same in Cyrillic letters, tagged sr or sr-Cyrl
    cyrillic = ("Борис Џонсон је похвалио Кира Стармера у Европи.\n\n"
                "Трамп је зграбио Украјину, а Пољска чека.\n\n"
                "Потражња у октобру и новембру 2024. године премашила је Дан светог Патрика.\n")
    assert [v for v in loud_values(_EN, "en", cyrillic, "sr") if v[0] == "XL201"] == []


def test_a_month_or_a_name_changed_in_serbian_latin_is_reported():
    findings = pair_findings(_EN, "en", _SR.replace("novembru", "decembru"), "sr", "txt", "text")
    assert [(f.rule, f.value) for f in findings if f.rule.startswith("XL2")] == [("XL202", "2024-11")]
    # another surname in the transcription's place
    assert loud_values(_EN, "en", _SR.replace("Džonson", "Jovanović"), "sr") == [("XL401", "Boris Johnson")]


def test_a_transcription_the_document_writes_otherwise_elsewhere_is_a_misspelling():
    en = ("Marko Elez, 25, used to work for SpaceX.\n\n"
          "Elez was given access to the payment systems.\n")
    sr = ("Marko Elez, 25, radio je za SpaceX.\n\n"
          "Elezu je dat pristup sistemima plaćanja.\n")
    assert loud_values(en, "en", sr, "sr") == []
    findings = pair_findings(en, "en", sr.replace("Elezu", "Elzu"), "sr", "txt", "text")
    assert [(f.rule, f.value, f.locations[-1].line) for f in findings] == [("XL401", "Elez", 3)]


def test_half_is_fifty_per_cent_and_round_the_clock_is_24_hours():
    en = "An audience which is at least 50% made up of critics.\n"
    assert loud_values(en, "en", "Аудитория, которая наполовину состоит из критиков.\n", "ru") == []
    assert loud_values(en.replace("50%", "60%"), "en", "Аудитория, которая наполовину состоит из критиков.\n",
                       "ru") == [("XL101", "60")]
    assert loud_values("Half of the audience are critics.\n", "en", "50% аудитории — критики.\n", "ru") == []
    en = "His staff work round the clock.\n"
    assert loud_values(en, "en", "Njegovi ljudi rade 24 sata na dan.\n", "sr") == []
    assert loud_values(en, "en", "Его сотрудники работают круглосуточно.\n", "ru") == []
    assert ("XL101", "24") in loud_values("His staff work all week.\n", "en", "Njegovi ljudi rade 24 sata na dan.\n", "sr")


def test_a_name_kept_as_written_with_a_letter_put_in_is_reported_in_serbian_latin():
    en = ("We did not know how to get to the Furama.\n\n"
          "DNA tests found Gaddafi's cousin in Ukraine.\n")
    sr = ("Nismo znali kako da dođemo do Furame.\n\n"
          "DNK testovi su pronašli Gadafijevog rođaka u Ukrajini.\n")
    assert loud_values(en, "en", sr, "sr") == []
    findings = pair_findings(en, "en", sr.replace("Furame", "Furamua"), "sr", "txt", "text")
    assert [(f.rule, f.value, f.locations[-1].line) for f in findings] == [("XL401", "Furama", 1)]


def test_a_reference_named_by_its_language_finds_the_version_read_in_another_script():
    from xlcheck.config import Config

    report = check([document_from_text(_SR, "sr", "b.sr.txt", "text"), document_from_text(_EN, "en", "a.en.txt", "text")],
                   Config(reference="sr"))
    assert report.documents[0].lang == "sr-Latn"
    assert [(f.rule, f.value) for f in report.findings if f.severity != "info"] == []
    # the English translation names another man
    report = check([document_from_text(_SR, "sr", "b.sr.txt", "text"),
                    document_from_text(_EN.replace("Johnson", "Jackson"), "en", "a.en.txt", "text")], Config(reference="sr"))
    assert [(f.rule, f.value) for f in report.findings if f.severity != "info"] == [("XL401", "Boris Džonson")]
