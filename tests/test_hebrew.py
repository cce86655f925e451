"""Hebrew. Large numbers: a figure and a scale word ("50 אלף", 50 thousand; "540 מיליון"), and a
one-letter prefix joined to the figure by a hyphen ("כ-44", about 44; "ב-540", at 540). Real
segments of WMT23 he→en (news14, GPT4-5shot and NLLB_MBR_BLEU) with their English translations. Places after the letters Hebrew glues before a word.
"""
from tests.conftest import loud_values
from xlcheck.compare.places import _place_pattern

_SIZES_HE = ("המדד מחלק את הרשויות לשלוש קבוצות גודל לפי מספר תושבים, שכן רשות מקומית של עד 50 אלף תושבים "
             "אינה דומה לרשות מקומית של יותר מ־150 אלף תושבים.")
_SIZES_EN = ("The index divides the authorities into three size groups according to the number of residents, "
             "as a local authority of up to 50,000 residents is not similar to a local authority of more than "
             "150,000 residents.")
_JOBS_HE = ("אחריהן היו תפקידי שירות לקוחות ואדמיניסטרציה עם כ-44 אלף משרות בכל תחום, מכירות ותוכנה עם 41 אלף "
            "משרות כל אחת, הוראה וחינוך עם 24 אלף משרות פנויות, ומחסנאים עדיין מבוקשים ב-19 אלף משרות פנויות.")
_JOBS_EN = ("They were followed by customer service and administration with about 44,000 jobs in each area, sales "
            "and software with 41,000 jobs each, teaching and education with 24,000 vacancies, and warehousing "
            "still in demand with 19,000 vacancies.")


def test_a_figure_and_a_hebrew_scale_word_are_one_number():
    assert loud_values(_SIZES_HE, "he", _SIZES_EN, "en") == []
    assert loud_values(_SIZES_EN, "en", _SIZES_HE, "he") == []


def test_a_hebrew_prefix_before_a_hyphen_leaves_the_figure_a_number():
    assert loud_values(_JOBS_HE, "he", _JOBS_EN, "en") == []


def test_a_changed_hebrew_number_is_reported():
    changed = _SIZES_EN.replace("150,000", "15,000")
    assert ("XL102", "150000") in loud_values(_SIZES_HE, "he", changed, "en")
    dropped = _JOBS_EN.replace("with about 44,000 jobs in each area", "in each area")
    assert ("XL101", "44000") in loud_values(_JOBS_HE, "he", dropped, "en")


# WMT23 he→en (news14), line 1473, the human reference: לכיוון ("one way", "towards") holds the
# letters of יוון (Greece) after ל and כ, two prepositions, which Hebrew never stacks.
_SUITCASE_HE = ("אם תרצו להזמין מזוודה במשקל של עד 40 קילוגרם, תשלמו 40 דולרים לכיוון בהזמנה מראש, כאשר בנמל "
                "התעופה זה יעלה לכם 80 דולרים.")
_SUITCASE_EN = ("If you want to board a suitcase weighing up to 40 kilograms, you will pay 40 dollars one way in "
                "pre-order, while at the airport it will cost you 80 dollars.")


def test_a_word_is_no_place_behind_two_prepositions():
    assert loud_values(_SUITCASE_HE, "he", _SUITCASE_EN, "en") == []
    places = [m.group(1) for m in _place_pattern("he").finditer("ובישראל, שבצרפת, מהודו, ביוון, לכיוון")]
    assert places == ["ישראל", "צרפת", "הודו", "יוון"]
