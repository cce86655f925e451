"""News, round 3 (issue #11): names missed in news translations, without new false alarms.

The sets these patterns come from have no licence, so each is reproduced by a short
invented sentence pair: the clean twin must stay quiet, the drifted one must be found.
"""

from __future__ import annotations

import pytest

from xlcheck import check, document_from_text


def _names(a: str, lang_a: str, b: str, lang_b: str) -> list[str]:
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.txt"), document_from_text(b, lang_b, f"a.{lang_b}.txt")],
                   reference=0)
    return [f.value for f in report.findings if f.rule.startswith("XL4") and f.severity in ("error", "warning")]


# A name one or two letters off where the translation spells it right elsewhere.
EN_MISSPELT = ("The bill passed.\n\n\"We have had enough,\" Congressman Matt Rosendale of Montana told reporters.\n\n"
               "The vote of Rosendale was against it.")
ES_MISSPELT = ("El proyecto fue aprobado.\n\n\"Ya basta\", dijo a los periodistas el congresista Matt {} de Montana.\n\n"
               "El voto de Rosendale fue en contra.")


@pytest.mark.parametrize("spelling", ["Rosendal", "Rosendele", "Rosndale"])
def test_misspelt_name_is_found(spelling):
    found = _names(EN_MISSPELT, "en", ES_MISSPELT.format(spelling), "es")
    assert any("Rosendale" in value for value in found), found


@pytest.mark.parametrize("spelling", ["Rosendale", "Rósendale"])
def test_name_spelt_right_or_accented_is_quiet(spelling):
    assert not _names(EN_MISSPELT, "en", ES_MISSPELT.format(spelling), "es")


def test_misspelling_found_when_the_right_spelling_opens_a_sentence():
    # The translation writes the right spelling only at a sentence start: the name is
    # not attested there as a name, yet the version knows it.
    en = EN_MISSPELT.replace("The vote of Rosendale was against it.", "Rosendale voted against it.")
    es = ES_MISSPELT.format("Rosendal").replace("El voto de Rosendale fue en contra.", "Rosendale votó en contra.")
    assert any("Rosendale" in value for value in _names(en, "en", es, "es"))


def test_a_local_spelling_with_an_accent_is_quiet():
    en = "Flights from Sydney to Perth resumed.\n\nThe airline in Sydney said so."
    es = "Se reanudaron los vuelos de Sídney a Perth.\n\nLa aerolínea en Sydney lo dijo."
    assert not _names(en, "en", es, "es")


def test_a_related_name_of_its_own_is_quiet():
    # "Israel" beside "Israeli": a word the source writes itself is not a misspelling.
    en = "An Israeli official visited Israel.\n\nThe Israeli delegation left."
    es = "Un funcionario de Israel visitó Israel.\n\nLa delegación Israeli se fue."
    assert "Israeli" not in _names(en, "en", es, "es")
