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
