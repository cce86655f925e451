"""Round 124 on the numbers and dates the news sets missed: a clock time given in another
zone ("13:25 мск" / "13:25 GMT", "0200GMT" / "02:00 SEČ"), a sum made another currency in
Icelandic ("£1.8 billion" / "1,8 milljarða króna") and in Hausa ("Dala biliyan 62" /
"N62 billion"), and a weight in Hebrew kilograms made pounds ("8 קילוגרם" / "8 pounds").
The excerpts are WMT21 and WMT23/24 segments (see fixtures/SOURCES.md)."""

from tests.conftest import loud_values

# -- a clock time in another zone: XL202 ---------------------------------------------------

RU = "Авария произошла в 12:25 по местному времени (13:25 мск) в районе горной вершины Глечершпитц в муниципалитете Блаттен."
EN = ("The accident occurred at 12:25 local time (13:25 GMT) near the Glecherspitz mountaintop in the municipality "
      "of Blatten.")
EN_CONSULATE = ("The editor of China's Global Times tabloid tweeted that the U.S. consulate in Chengdu was given 72 hours "
                "to close, or until 10 a.m. (0200GMT) Monday, July 27.")
CS_CONSULATE = ("Redaktor čínského bulvárního deníku Global Times na Twitteru uvedl, že americký konzulát v Čcheng-tu "
                "dostal 72 hodin na uzavření, nebo do pondělí 27. července do 10:00 (02:00 SEČ).")
RU_CONSULATE = ("Редактор китайского таблоида Global Times написал в Твиттере, что консульству США в Чэнду было дано "
                "72 часа на закрытие или до 10 часов утра (02:00 GMT) понедельника, 27 июля.")


def test_a_time_given_in_another_zone_is_another_moment():
    assert ("XL202", "13:25 мск") in loud_values(RU, "ru", EN, "en")
    assert ("XL202", "0200GMT") in loud_values(EN_CONSULATE, "en", CS_CONSULATE, "cs")


def test_a_time_in_the_same_zone_is_clean():
    assert loud_values(EN_CONSULATE, "en", RU_CONSULATE, "ru") == []
    assert not [f for f in loud_values(RU, "ru", EN.replace("GMT", "MSK"), "en") if f[0].startswith("XL2")]
    # GMT and UTC name one zone
    assert not [f for f in loud_values(EN_CONSULATE, "en", RU_CONSULATE.replace("GMT", "UTC"), "ru")
                if f[0].startswith("XL2")]


def test_a_zone_written_in_words_or_both_zones_named_are_not_read_as_a_change():
    # "at Moscow time" is no abbreviation: nothing to compare
    assert not [f for f in loud_values(RU, "ru", EN.replace("GMT", "Moscow time"), "en") if f[0].startswith("XL2")]
    # a version that names both zones for the time converts between them
    both = EN.replace("(13:25 GMT)", "(13:25 GMT, 13:25 MSK)")
    assert not [f for f in loud_values(RU, "ru", both, "en") if f[0].startswith("XL2")]


# -- a sum made another currency: XL102 -----------------------------------------------------

EN_GREGGS = "It saw full-year comparable growth of 13.7 per cent, with total full-year sales up by a fifth to £1.8 billion."
IS_GREGGS = ("Það var sambærilegur vöxtur í heilt ár upp á 13,7 prósent, en heildarsala í heilt ár jókst um fimmtung "
             "til 1,8 milljarða króna.")
HA_MALABU = ("Najeriya ta yi nasarar kwato kudin da ya kai Dala biliyan 62 daga hannayen kamfanonin mai.")
EN_MALABU = "Nigeria has managed to recover the sum of N62 billion from oil companies."


def test_pounds_made_kronur_are_another_sum():
    assert ("XL102", "1800000000 £") in loud_values(EN_GREGGS, "en", IS_GREGGS, "is")
    assert loud_values(EN_GREGGS, "en", IS_GREGGS.replace("1,8 milljarða króna", "1,8 milljarða punda"), "is") == []


def test_hausa_dollars_made_naira_are_another_sum():
    assert ("XL102", "62000000000 Dala") in loud_values(HA_MALABU, "ha", EN_MALABU, "en")
    # the same sum in dollars, and the clean segment of the same article
    assert loud_values(HA_MALABU, "ha", EN_MALABU.replace("N62 billion", "62 billion dollars"), "en") == []
    assert loud_values("Najeriya za ta karbo Dala miliyan 200 na badakalar Malabu.", "ha",
                       "Nigeria will withdraw 200 million dollars from the Malabu scandal.", "en") == []


# -- a weight in kilograms made pounds: XL101 ------------------------------------------------

HE_TROLLEY = "טרולי במשקל של עד 8 קילוגרם יעלה 9 דולר לכיוון."
EN_TROLLEY = "A trolley weighing up to 8 pounds would cost $9 each way."


def test_hebrew_kilograms_made_pounds_are_another_weight():
    assert ("XL101", "8 pounds") in loud_values(HE_TROLLEY, "he", EN_TROLLEY, "en")
    assert loud_values(HE_TROLLEY, "he", EN_TROLLEY.replace("pounds", "kilograms"), "en") == []
    assert loud_values(HE_TROLLEY.replace("קילוגרם", 'ק"ג'), "he", EN_TROLLEY.replace("pounds", "kilos"), "en") == []
