"""Round 9 of the news work: Hindi and Icelandic (sentences of our own, modelled on news)."""
from tests.conftest import loud_values


def test_a_gaelic_surname_transliterated_into_devanagari_is_not_a_brand_dropped():
    en = "Senate leader Mitch McConnell said the vote would be held on Friday."
    hi = "सीनेट नेता मिच मैककोनेल ने कहा कि मतदान शुक्रवार को होगा।"
    assert [value for rule, value in loud_values(en, "en", hi, "hi") if rule == "XL401"] == []


def test_a_gaelic_surname_misspelt_in_latin_letters_is_still_reported():
    en = "Senate leader Mitch McConnell said the vote would be held on Friday."
    es = "El líder del Senado, Mitch McConnel, dijo que la votación se celebraría el viernes."
    assert ("XL401", "McConnell") in loud_values(en, "en", es, "es")


def test_a_brand_in_camel_case_is_still_looked_for_in_devanagari():
    en = "The DeepSeek model was released on Friday."
    hi = "मॉडल शुक्रवार को जारी किया गया।"
    assert ("XL401", "DeepSeek") in loud_values(en, "en", hi, "hi")


def test_a_hindi_month_written_without_its_nukta_is_the_month():
    en = "The deadline was moved to February 2 for the remaining bills."
    hi = "शेष विधेयकों की समय सीमा 2 फरवरी तक बढ़ा दी गई।"
    assert loud_values(en, "en", hi, "hi") == []


def test_a_hindi_month_changed_is_reported():
    en = "The deadline was moved to February 2 for the remaining bills."
    hi = "शेष विधेयकों की समय सीमा 2 मार्च तक बढ़ा दी गई।"
    assert [rule for rule, _ in loud_values(en, "en", hi, "hi") if rule.startswith("XL2")]


def test_a_hindi_quarter_in_cldr_words_is_the_quarter():
    en = "Sales rose 9.4 per cent in the fourth quarter, the bakery said."
    hi = "बेकरी ने कहा कि चौथी तिमाही में बिक्री 9.4 प्रतिशत बढ़ी।"
    assert loud_values(en, "en", hi, "hi") == []


def test_a_hindi_quarter_changed_is_reported():
    en = "Sales rose 9.4 per cent in the fourth quarter, the bakery said."
    hi = "बेकरी ने कहा कि तीसरी तिमाही में बिक्री 9.4 प्रतिशत बढ़ी।"
    assert [rule for rule, _ in loud_values(en, "en", hi, "hi") if rule.startswith("XL2")]


def test_a_trillion_transliterated_into_hindi_is_the_scale():
    en = "The plan does too little to cut the $34 trillion national debt."
    hi = "यह योजना 34 ट्रिलियन डॉलर के राष्ट्रीय ऋण को कम करने के लिए बहुत कम करती है।"
    assert loud_values(en, "en", hi, "hi") == []
    assert ("XL102", "34000000000000") in loud_values(en, "en", hi.replace("34 ट्रिलियन", "34 बिलियन"), "hi")
