"""News false alarms in the core pairs (issue #11): each on invented sentences with the
drifted twin that must still be reported."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from xlcheck import check, document_from_text
from xlcheck.compare.units import agrees


def _loud(a: str, la: str, b: str, lb: str) -> list[tuple[str, str]]:
    report = check([document_from_text(a, la, f"a.{la}.txt"), document_from_text(b, lb, f"a.{lb}.txt")],
                   reference=0)
    return [(f.rule, f.value) for f in report.findings if f.severity in ("error", "warning")]


NHS_EN = ("Waiting times in the NHS rose again this winter, the figures show.\n\n"
          "Doctors said the NHS could not cope with the number of patients arriving at night.\n")


@pytest.mark.parametrize(("lang", "clean"), [
    ("de", "Die Wartezeiten im NHS stiegen in diesem Winter erneut, wie die Zahlen zeigen.\n\n"
           "Ärzte sagten, das Gesundheitssystem komme mit der Zahl der nachts eintreffenden Patienten nicht zurecht.\n"),
    ("es", "Los tiempos de espera en el NHS volvieron a aumentar este invierno, según las cifras.\n\n"
           "Los médicos dijeron que el sistema de salud no podía con el número de pacientes que llegaban de noche.\n"),
    ("fr", "Les délais d'attente du NHS ont encore augmenté cet hiver, selon les chiffres.\n\n"
           "Les médecins ont dit que le système de santé ne pouvait pas faire face au nombre de patients la nuit.\n"),
    ("pt", "Os tempos de espera no NHS voltaram a subir neste inverno, mostram os números.\n\n"
           "Os médicos disseram que o serviço de saúde não conseguia lidar com o número de doentes à noite.\n"),
])
def test_an_institution_acronym_translated_by_its_meaning_is_the_name(lang, clean):
    assert ("XL401", "NHS") not in _loud(NHS_EN, "en", clean, lang)
    # The drifted twin drops the institution from the second sentence altogether.
    drifted = clean.replace({"de": "das Gesundheitssystem", "es": "el sistema de salud",
                             "fr": "le système de santé", "pt": "o serviço de saúde"}[lang],
                            {"de": "man", "es": "nadie", "fr": "on", "pt": "ninguém"}[lang])
    assert drifted != clean
    assert ("XL401", "NHS") in _loud(NHS_EN, "en", drifted, lang)


@pytest.mark.parametrize(("en", "other", "lang", "drifted"), [
    ("The old town had a maximum height of 150 feet before the towers came.",
     "La ciudad vieja tenía una altura máxima de 45 metros antes de las torres.", "es", "60"),
    ("The race covers 26 miles through the city.",
     "Das Rennen führt über 42 Kilometer durch die Stadt.", "de", "52"),
    ("The parcel weighed 10 pounds on arrival.",
     "Le colis pesait 4,5 kg à son arrivée.", "fr", "6,5"),
    ("Temperatures reached 104°F on Sunday afternoon.",
     "As temperaturas chegaram aos 40 °C na tarde de domingo.", "pt", "30"),
    ("The screen measures 12 inches across.",
     "La pantalla mide 30 centímetros de ancho.", "es", "40"),
])
def test_a_number_converted_with_its_unit_is_the_same_quantity(en, other, lang, drifted):
    assert not [f for f in _loud(en, "en", other, lang) if f[0].startswith("XL10")]
    # The drifted twin converts wrongly: the number changed.
    written = regex.search(r"\d+(?:,\d+)?(?= ?(?:metros|Kilometer|kg|°C|centímetros))", other)
    assert written
    wrong = other[:written.start()] + drifted + other[written.end():]
    assert [f for f in _loud(en, "en", wrong, lang) if f[0].startswith("XL10")]


def test_a_rank_in_digits_is_not_a_count_a_headline_must_keep():
    """"85ème jour" / "85. Tag" opening a headline: the German ordinal reads as a list number."""
    fr = ("85ème jour d'éruption pour le volcan de l'île\n\n"
          "Cela fait 85 jours que la lave jaillit du volcan de l'île.\n")
    de = ("85. Tag des Ausbruchs für den Vulkan auf der Insel\n\n"
          "Seit 85 Tagen sprudelt Lava aus dem Vulkan der Insel.\n")
    assert not [f for f in _loud(fr, "fr", de, "de") if f[0].startswith("XL10")]
    # The drifted twin loses the count in the body.
    drifted = de.replace("Seit 85 Tagen", "Seit Tagen")
    assert ("XL101", "85") in _loud(fr, "fr", drifted, "de")


LEGISLATURE_EN = (
    "The state once had an office that inspected its jails, praised as a model across the country.\n\n"
    "Unfortunately, the Legislature closed the office over the objections of jail administrators.\n\n"
    "Independent oversight would build public trust in a field that has long worked without transparency. "
    "We ask the Legislature to restore independent oversight of our city and county jails this year.\n")
LEGISLATURE_ES = (
    "El estado tuvo una oficina que inspeccionaba sus cárceles, elogiada como modelo en todo el país.\n\n"
    "Por desgracia, la legislatura cerró la oficina pese a las objeciones de los administradores.\n\n"
    "La supervisión independiente generaría confianza pública. "
    "Pedimos al congreso restaurar la supervisión.\n")


def test_an_institution_named_by_its_noun_is_a_common_noun_where_the_translation_writes_it_so():
    """"the Legislature" / "la legislatura" elsewhere, "al congreso" in a paragraph that
    lost text: the translation renders the noun, it does not drop a name."""
    assert ("XL401", "Legislature") not in _loud(LEGISLATURE_EN, "en", LEGISLATURE_ES, "es")
    # Where the translation never writes the noun, the lost paragraph lost the name.
    drifted = LEGISLATURE_ES.replace("la legislatura", "el gobierno")
    assert ("XL401", "Legislature") in _loud(LEGISLATURE_EN, "en", drifted, "es")


WORKS_EN = ("The firm has opened its second recycling site, regenerating the old Gartshore Works near Cumbernauld. "
            "The new plant will serve building sites in the west.\n\n"
            "As part of the redevelopment of the derelict Gartshore Works site, it has recruited new staff.\n")
WORKS_ES = ("La empresa ha abierto su segundo sitio de reciclaje, regenerando las viejas obras de Gartshore cerca "
            "de Cumbernauld. La nueva planta servirá a obras de construcción en el oeste.\n\n"
            "Como parte de la remodelación del abandonado sitio de Gartshore Works, ha contratado nuevo personal.\n")


def test_the_noun_of_a_name_translated_before_it_keeps_the_name():
    """"the old Gartshore Works" / "las viejas obras de Gartshore"."""
    assert not [f for f in _loud(WORKS_EN, "en", WORKS_ES, "es") if f[0] == "XL401"]
    drifted = WORKS_ES.replace("las viejas obras de Gartshore", "un viejo terreno")
    assert [f for f in _loud(WORKS_EN, "en", drifted, "es") if f[0] == "XL401"]


@given(st.floats(min_value=1, max_value=100_000, allow_nan=False))
def test_a_conversion_rounded_to_the_unit_agrees(converted):
    """A converted quantity written rounded to its unit, or (from 40 on, where tens are
    within 15 %) to its tens, is the same quantity; one 30 % off is not."""
    assert agrees(converted, str(round(converted)))
    if converted >= 40:
        assert agrees(converted, str(int(round(converted, -1))))
    assert not agrees(converted, str(round(converted * 1.3 + 2)))
