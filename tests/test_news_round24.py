"""Round 24 of the news work: the twentieth news set (WMT21 de→fr and fr→de, tuning data).
Quarters written with a French ordinal figure ("au 1er trimestre 2020") or a German ordinal
word in the neuter ("ein negatives viertes Quartal"); a German day with no space after its
point ("bis zum 1.März 2021"); "this year" said in Southern German and Austrian ("heuer");
French "earlier in the week" ("en début de semaine", "dans le courant du mois"); a falling
pair after "from" that writes its scale word once ("de 500 à 390 milliards"); a name written
without its accents where the translation writes it with them elsewhere ("Aïn Témouchent" /
"Ain Temouchent")."""
from tests.conftest import pair_findings
from xlcheck.extract import Claims, dates
from xlcheck.locales import locale_info


def _loud(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, int]]:
    return [(f.rule, f.value, f.locations[1].paragraph) for f in pair_findings(a, lang_a, b, lang_b, "txt", "text")
            if f.severity in ("error", "warning")]


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(inv.value, inv.text) for inv in dates.extract(text, locale_info(lang), Claims(len(text), text), "text")]


# -- quarters: XL201 / XL202 ---------------------------------------------------------------

# algerie-presse-service-tzm-01-1805 (LISN), segments 12 and 14; kurier-at-204632 (talp_upc),
# segment 7 (sentences of the same shape).
_QUARTERS_FR = ("L'industrie a enregistré une croissance négative au 1er trimestre 2020.\n\n"
                "L'activité a connu durant le 1er trimestre une baisse conséquente.\n\n"
                "Cela nous vaudrait un quatrième trimestre négatif, a averti l'économiste.\n")
_QUARTERS_DE = ("Die Industrie verzeichnete im 1. Quartal 2020 ein negatives Wachstum.\n\n"
                "Die Aktivität habe im ersten Quartal einen deutlichen Rückgang erlebt.\n\n"
                "Das würde uns ein negatives viertes Quartal einbrocken, warnte der Ökonom.\n")


def test_quarters_with_a_french_ordinal_figure_or_a_neuter_german_word_are_quarters():
    assert _loud(_QUARTERS_FR, "fr", _QUARTERS_DE, "de") == []
    assert _dates("au 1er trimestre 2020", "fr") == [("2020-Q1", "1er trimestre 2020")]
    assert _dates("au 2e trimestre", "fr") == [("Q2", "2e trimestre")]
    assert _dates("ein negatives viertes Quartal", "de") == [("Q4", "viertes Quartal")]


def test_a_changed_quarter_is_reported():
    de = _QUARTERS_DE.replace("im 1. Quartal 2020", "im 2. Quartal 2020").replace("viertes", "drittes")
    found = _loud(_QUARTERS_FR, "fr", de, "de")
    assert [(rule[:4], paragraph) for rule, _, paragraph in found] == [("XL20", 1), ("XL20", 3)]


# -- a German day with no space after its point: XL101 / XL202 -------------------------------

# faz-79588 (Online-A), segment 11 (a sentence of the same shape).
_DAY_DE = "Die Erklärung muss erst bis zum 1.März 2021 das Finanzamt erreichen.\n"
_DAY_FR = "La déclaration ne doit parvenir au fisc que le 1er mars 2021.\n"


def test_a_day_written_without_a_space_after_its_point_is_the_date():
    assert _loud(_DAY_DE, "de", _DAY_FR, "fr") == []
    assert _dates("bis zum 1.März 2021", "de") == [("2021-03-01", "1.März 2021")]


def test_the_same_day_changed_is_reported():
    assert [rule for rule, _, _ in _loud(_DAY_DE, "de", _DAY_FR.replace("1er mars", "2 mars"), "fr")] == ["XL202"]
    # a version number with a point before a word is no date: no month follows
    assert _dates("Version 1.Beta", "de") == []


# -- relative dates: heuer, en début de semaine, dans le courant du mois: XL201 ---------------

# oberpfalznetz-de-99395 (Online-G), segment 3; lemondefr-110205 (talp_upc), segment 7;
# rt-german-14747 (LISN), segment 9 (sentences of the same shape).
_RELATIVE_DE = ("Die Leiterin durfte sich heuer stolz zeigen.\n\n"
                "Der Fall gipfelte zu Beginn der Woche mit der Verhaftung.\n\n"
                "Der Impfstoff tritt im Laufe dieses Monats in die Endphase ein.\n")
_RELATIVE_FR = ("La directrice a pu se montrer fière cette année.\n\n"
                "L'affaire avait culminé avec l'arrestation, en début de semaine.\n\n"
                "Le vaccin entre dans la phase finale dans le courant du mois.\n")


def test_heuer_and_french_earlier_in_the_week_are_relative_dates():
    assert _loud(_RELATIVE_DE, "de", _RELATIVE_FR, "fr") == []
    assert sorted(value for value, _ in _dates(_RELATIVE_FR, "fr")) == ["R0m", "R0w", "R0y"]
    assert sorted(value for value, _ in _dates(_RELATIVE_DE, "de")) == ["R0m", "R0w", "R0y"]


def test_a_named_month_or_another_week_is_not_the_current_one():
    # faz-79571 (Online-Y), segment 6: "Anfang Oktober" / "au début du mois d'octobre"
    assert "R0m" not in [value for value, _ in _dates("au début du mois d'octobre", "fr")]
    assert "R0w" not in [value for value, _ in _dates("au début de la semaine prochaine", "fr")]


def test_a_relative_date_dropped_is_reported():
    fr = _RELATIVE_FR.replace("La directrice a pu se montrer fière cette année.", "La directrice a pu se montrer fière.")
    assert [(rule, paragraph) for rule, _, paragraph in _loud(_RELATIVE_DE, "de", fr, "fr")] == [("XL201", 1)]


# -- a falling range whose scale word is written once: XL101 ----------------------------------

# faz-79602 (LISN), segment 10 (a sentence of the same shape).
_FALL_DE = "Sie willigten ein, die Summe von 500 Milliarden auf 390 Milliarden Euro zu verringern.\n"
_FALL_FR = "Ils ont accepté de réduire le montant de 500 à 390 milliards d'euros.\n"


def _numbers(text: str, lang: str) -> list[str]:
    from xlcheck.extract import numbers
    return [inv.value for inv in numbers.extract(text, locale_info(lang), Claims(len(text), text), "text")]


def test_a_change_from_one_amount_down_to_another_shares_its_scale_word():
    assert _loud(_FALL_DE, "de", _FALL_FR, "fr") == []
    assert _numbers("de 500 à 390 milliards", "fr") == ["500000000000", "390000000000"]


def test_the_falling_amount_changed_is_reported_and_two_things_keep_their_own_numbers():
    assert [(rule, paragraph) for rule, _, paragraph in _loud(_FALL_DE, "de", _FALL_FR.replace("500", "600"), "fr")
            if rule.startswith("XL10")] != []
    # no "from" before it: a falling pair may be two things
    assert _numbers("article 12 à 3 millions", "fr") == ["12", "3000000"]



# -- a straight double quote typed for an elision's apostrophe: XL502 -----------------------

# handelsblatt-com-292814 (LISN), segment 12 (a sentence of the same shape).
_ELISION_DE = "Vier weitere Jahre Trump werden der Wirtschaft mehr schaden als ein Präsident Biden.\n"
_ELISION_FR = "Quatre années de Trump feront plus de mal à l \"économie qu'un président Biden.\n"


def test_a_double_quote_typed_for_an_apostrophe_opens_no_quotation():
    assert _loud(_ELISION_DE, "de", _ELISION_FR, "fr") == []


def test_a_quotation_opened_and_never_closed_is_still_reported():
    fr = _ELISION_FR.replace("l \"économie", "l'économie").replace("qu'un", "\"qu'un")
    assert [f.rule for f in pair_findings(_ELISION_DE, "de", fr, "fr", "txt", "text")] == ["XL502"]
    # an even number of marks: a quotation that opens on an elided word is one
    fr = "Il parle de l \"économie réelle\" et de Biden.\n"
    from xlcheck.extract.quotes import quotations
    assert quotations(fr) == [(fr.index('"'), fr.rindex('"') + 1, True)]
