"""A short round on the twenty-ninth news set (WMT21 TED talks en→de, tuning data after its
held-out score): English "the preceding year" is German "Vorjahr"."""

from tests.conftest import loud_values

# WMT21 TED talks test suite, talk.6 segment 511 (HuaweiTSC), as released with MQM annotations
# in google/wmt-mqm-human-evaluation (`ted/ende/mqm_ted_ende.tsv`).
_PRECEDING_EN = "This is the percent of the population with any mental illness in the preceding year.\n"
_PRECEDING_DE = "Dies ist der Prozentsatz der Bevölkerung mit einer psychischen Erkrankung im Vorjahr.\n"


def test_the_preceding_year_is_the_vorjahr():
    assert loud_values(_PRECEDING_EN, "en", _PRECEDING_DE, "de") == []


def test_a_vorjahr_the_english_does_not_state_is_still_reported():
    without = _PRECEDING_EN.replace(" in the preceding year", "")
    assert [rule for rule, _ in loud_values(without, "en", _PRECEDING_DE, "de")] == ["XL201"]


def test_the_preceding_year_is_never_missed_itself():
    assert loud_values(_PRECEDING_EN, "en", _PRECEDING_DE.replace(" im Vorjahr", ""), "de") == []


# WMT21 TED talks test suite, talk.1 segment 56 (HuaweiTSC), the same release: German writes
# "10 times the mass" as one word, a multiplicative.
_TENFOLD_EN = "Maybe they started as stars and collapsed to two black holes -- each one 10 times the mass of the Sun.\n"
_TENFOLD_DE = ("Vielleicht begannen sie als Sterne und kollabierten zu zwei Schwarzen Löchern - "
               "jedes zehnfache der Masse der Sonne.\n")


def test_a_multiplicative_is_its_count():
    assert loud_values(_TENFOLD_EN, "en", _TENFOLD_DE, "de") == []
    assert loud_values(_TENFOLD_EN.replace("10 times", "tenfold"), "en", _TENFOLD_DE, "de") == []
    assert loud_values(_TENFOLD_EN, "en", _TENFOLD_DE.replace("zehnfache", "10-fache"), "de") == []


def test_a_multiplicative_of_another_count_is_a_changed_number():
    changed = _TENFOLD_DE.replace("zehnfache", "zwanzigfache")
    assert [(rule, value) for rule, value in loud_values(_TENFOLD_EN, "en", changed, "de")] == [("XL102", "10")]


def test_einfach_is_no_count():
    english = "It is simple: each one 2 times the mass of the Sun.\n"
    german = "Es ist einfach: jedes der Masse der Sonne.\n"
    assert [(rule, value) for rule, value in loud_values(english, "en", german, "de")] == [("XL101", "2")]
