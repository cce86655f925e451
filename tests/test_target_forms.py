"""Dates, numbers and names in the translation's own forms (issue #11, the false alarms of
the fourth news set): Chinese decades and day ranges, Slavic month and weekday cases,
French "sept", number words in every case, currency letters before an amount, names a
translation writes in its own script. Invented sentences modelled on the news, each
with a drifted twin that must still be reported."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlcheck import check, document_from_text
from xlcheck.extract import extract_document
from xlcheck.locales import MONTH_CASES, locale_info


def _values(text: str, lang: str, kind: str) -> list[str]:
    doc = document_from_text(text, lang, f"a.{lang}.txt")
    return [inv.value for paragraph in extract_document(doc) for inv in paragraph if inv.kind == kind]


def _loud(a: str, la: str, b: str, lb: str) -> list[tuple[str, str]]:
    report = check([document_from_text(a, la, f"a.{la}.txt"), document_from_text(b, lb, f"a.{lb}.txt")],
                   reference=0)
    return [(f.rule, f.value) for f in report.findings if f.severity in ("error", "warning")]


def _changed(findings: list[tuple[str, str]], kind_prefix: str, value: str) -> bool:
    """Whether `value` is reported missing or changed (XL201/XL202, XL101/XL102)."""
    return any(rule.startswith(kind_prefix) and found == value for rule, found in findings)


# --- Chinese and Japanese decades and day ranges -------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("故事发生在19世纪80年代的纽约。", "188X"),
    ("上世纪90年代，这里还是农田。", "199X"),
    ("80年代的音乐又流行起来。", "198X"),
    ("00年代初的手机。", "200X"),
    ("本世纪20年代的经济。", "202X"),
    ("1970年代の日本。", "197X"),
])
def test_a_chinese_decade_reads_as_a_decade(text, value):
    lang = "ja" if "の" in text else "zh"
    assert _values(text, lang, "date") == [value]
    assert _values(text, lang, "number") == []  # neither the century nor the decade is a count


def test_a_decade_in_centuries_matches_the_english_decade_and_a_wrong_one_is_reported():
    en = "Set in 1880s New York, the series follows a young widow into society."
    zh = "这部剧以19世纪80年代的纽约为背景，讲述一位年轻寡妇进入上流社会的故事。"
    assert _loud(en, "en", zh, "zh") == []
    drifted = zh.replace("19世纪80年代", "19世纪90年代")
    assert _changed(_loud(en, "en", drifted, "zh"), "XL20", "188X")


@pytest.mark.parametrize(("text", "value"), [
    ("11月26日和27日，风暴造成破坏。", "--11-26/--11-27"),
    ("11月26日至27日举行。", "--11-26/--11-27"),
    ("11月26～27日に開催。", "--11-26/--11-27"),
    ("2021年11月26日到27日。", "2021-11-26/2021-11-27"),
])
def test_a_range_of_days_in_one_month_is_one_range(text, value):
    assert _values(text, "ja" if "に" in text else "zh", "date") == [value]


def test_a_day_range_matches_the_english_pair_of_days_and_a_changed_day_is_reported():
    en = "More than 100,000 homes lost power in the storm on November 26 and 27."
    zh = "11月26日和27日，风暴造成超过10万个家庭断电。"
    assert _loud(en, "en", zh, "zh") == []
    drifted = zh.replace("27日", "28日")
    assert any(rule.startswith("XL20") for rule, _ in _loud(en, "en", drifted, "zh"))


def test_a_range_covers_the_same_days_written_as_two_dates():
    en = "The talks were held on November 26 and November 27."
    zh = "会谈于11月26日至27日举行。"
    assert not [f for f in _loud(en, "en", zh, "zh") if f[0].startswith("XL20")]


def test_a_count_of_days_is_not_a_day_of_the_month():
    assert _values("快递将在3至5日内送达。", "zh", "date") == []


# --- Slavic months and weekdays in their cases --------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Закон вступил в силу в октябре 2022 года.", "ru"),
    ("Закон набув чинності у жовтні 2022 року.", "uk"),
    ("Ustawa weszła w życie w październiku 2022 r.", "pl"),
    ("Zákon vstoupil v platnost v říjnu 2022.", "cs"),
    ("Zákon vstúpil do platnosti v októbri 2022.", "sk"),
    ("Zakon je stupio na snagu u listopadu 2022.", "hr"),
    ("Zakon je začel veljati oktobra 2022.", "sl"),
    ("Laki tuli voimaan lokakuussa 2022.", "fi"),
    ("A törvény októberben 2022 lépett hatályba.", "hu"),
    ("Ο νόμος ψηφίστηκε τον Οκτώβριο του 2022.", "el"),
])
def test_a_month_in_the_locative_reads_as_the_month(text, lang):
    assert _values(text, lang, "date") == ["2022-10"]


@given(st.sampled_from(sorted(MONTH_CASES)), st.integers(1, 12), st.integers(1990, 2030), st.data())
def test_every_listed_case_of_a_month_reads_as_that_month(lang, month, year, data):
    form = data.draw(st.sampled_from(MONTH_CASES[lang][month - 1].split()))
    assert _values(f"Это было {form} {year}.", lang, "date") == [f"{year}-{month:02d}"]


def test_an_inflected_month_matches_and_a_changed_one_is_reported():
    en = "Prices rose after the law was introduced in October 2022."
    ru = "Цены выросли после того, как закон был принят в октябре 2022 года."
    assert _loud(en, "en", ru, "ru") == []
    drifted = ru.replace("октябре", "ноябре")
    assert _changed(_loud(en, "en", drifted, "ru"), "XL20", "2022-10")


@pytest.mark.parametrize(("text", "value"), [
    ("Консультации закончатся в этот понедельник.", "W1"),
    ("Он вернётся в следующую пятницу.", "W5"),
    ("Работы продлятся до воскресенья.", "W7"),
    ("Понедельник стал самым холодным днём.", "W1"),
    ("Встреча перенесена на четверг.", "W4"),
    ("Перед субботой магазины работают дольше.", "W6"),
    ("В прошлую среду прошёл митинг.", "W3"),
    ("Це важлива частина середи міста.", None),  # no preposition before середа ("the middle")
    ("Це сталося минулої середи.", "W3"),  # "last" before it: the genitive of time
    ("Зустріч відбудеться у цей понеділок.", "W1"),
    ("Магазини працюють до неділі.", "W7"),
])
def test_a_weekday_in_any_case_reads_as_the_weekday(text, value):
    lang = "uk" if any(c in text for c in "іїєґ") else "ru"
    assert _values(text, lang, "date") == ([value] if value else [])


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Jednání skončí v pondělí.", "cs", ["W1"]),
    ("Obchody jsou otevřené do pátku.", "cs", ["W5"]),
    ("Konzultace skončí ve čtvrtek.", "cs", ["W4"]),
    ("Konsultacje zakończą się w poniedziałek.", "pl", ["W1"]),
    ("Sklepy są otwarte od poniedziałku do piątku.", "pl", ["W1", "W5"]),
    ("Spotkanie odbędzie się w środę.", "pl", ["W3"]),
])
def test_a_czech_or_polish_weekday_in_any_case_reads_as_the_weekday(text, lang, value):
    assert _values(text, lang, "date") == value


@pytest.mark.parametrize(("lang", "clean", "old", "new"), [
    ("cs", "Konzultace skončí v pondělí a navrhuje nová pravidla.", "pondělí", "úterý"),
    ("pl", "Konsultacje zakończą się w poniedziałek i proponują nowe zasady.", "poniedziałek", "wtorek"),
])
def test_a_czech_or_polish_weekday_matches_and_a_changed_one_is_reported(lang, clean, old, new):
    en = "The consultation ends on Monday and proposes new rules."
    assert _loud(en, "en", clean, lang) == []
    assert _changed(_loud(en, "en", clean.replace(old, new), lang), "XL20", "W1")


def test_in_the_middle_is_not_looked_for_as_wednesday():
    """"ve středu" is on Wednesday and in the middle: it excuses a Wednesday only."""
    en = "The fountain stands in the middle of the square."
    cs = "Fontána stojí ve středu náměstí."
    assert _loud(en, "en", cs, "cs") == []
    assert _loud("The market opens on Wednesday.", "en", "Trh se otevírá ve středu.", "cs") == []


def test_wednesday_as_environment_is_not_a_weekday():
    assert _values("Среда обитания этих птиц исчезает.", "ru", "date") == []


def test_a_weekday_with_a_demonstrative_matches_and_a_changed_one_is_reported():
    en = "The consultation ends this Monday and proposes new rent controls."
    ru = "Консультации закончатся в этот понедельник, и будут предложены новые меры контроля."
    assert _loud(en, "en", ru, "ru") == []
    drifted = ru.replace("понедельник", "вторник")
    assert _changed(_loud(en, "en", drifted, "ru"), "XL20", "W1")


# --- French "sept": seven, not September --------------------------------------------

def test_sept_alone_is_seven_and_with_a_year_september():
    assert _values("La valeur sur sept jours était de 1025.", "fr", "number") == ["7", "1025"]
    assert _values("La valeur sur sept jours était de 1025.", "fr", "date") == []
    assert _values("Le 7 sept. 2023 et en sept 2023.", "fr", "date") == ["2023-09-07", "2023-09"]


def test_sept_matches_sieben_and_a_changed_count_is_reported():
    de = "Das rund sieben Kilometer lange Erdkabel wird die 110-Kilovolt-Leitung verbinden."
    fr = "Le câble souterrain, long d'environ sept kilomètres, reliera la ligne de 110 kilovolts."
    assert _loud(de, "de", fr, "fr") == []
    drifted = fr.replace("sept", "huit")
    assert _changed(_loud(de, "de", drifted, "fr"), "XL10", "7")


# --- Number words: every cardinal below a hundred, Russian in every case -------------

def _french_spelling(n: int) -> str:
    """French cardinals as the grammar spells them (an independent spelling of the table)."""
    units = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
    if n < 17:
        return units[n]
    if n < 20:
        return "dix-" + units[n - 10]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
    if n < 70:
        ten, unit = divmod(n, 10)
        return tens[ten] + ("" if unit == 0 else " et un" if unit == 1 else "-" + units[unit])
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + _french_spelling(n - 60)
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + _french_spelling(n - 80)


def _russian_spelling(n: int) -> str:
    """Russian cardinals in the nominative, below a thousand."""
    units = ("ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
             "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать").split()
    tens = "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
    hundreds = "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()
    if n < 20:
        return units[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else " " + units[n % 10])
    return hundreds[n // 100] + ("" if n % 100 == 0 else " " + _russian_spelling(n % 100))


@given(st.integers(0, 99))
def test_every_french_cardinal_below_a_hundred_is_read(n):
    assert _values(f"Il y a {_french_spelling(n)} maisons.", "fr", "number") == [str(n)]


@given(st.integers(2, 999))
def test_every_russian_cardinal_below_a_thousand_is_read(n):
    assert _values(f"Там было {_russian_spelling(n)} домов.", "ru", "number") == [str(n)]


@pytest.mark.parametrize(("text", "value"), [
    ("Комиссия одобрила десять фондов.", "10"),
    ("Речь идёт о десяти фондах.", "10"),
    ("С десятью фондами.", "10"),
    ("Более тысячи манифестантов.", "~1000"),
    ("Три тысячи человек.", "3000"),
    ("Пять миллионов рублей.", "5000000"),
    ("Кроме того, в разделе седьмой главы.", "7"),
    ("Десятки миллионов людей.", "~10000000"),
])
def test_a_russian_number_word_in_any_case_is_read(text, value):
    assert _values(text, "ru", "number") == [value]


def test_family_is_not_seven():
    assert _values("Он переехал в Москву вместе с семью.", "ru", "number") == []


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Zählte dreissig Teilnehmer.", "de", "30"),
    ("Tens of millions of people were affected.", "en", "~10000000"),
    ("Zig Millionen Menschen waren betroffen.", "de", "~10000000"),
    ("Des dizaines de millions de personnes.", "fr", "~10000000"),
    ("Decenas de millones de personas.", "es", "~10000000"),
    ("Drei Millionen Menschen leben dort.", "de", "3000000"),
    ("Septante-deux personnes.", "fr", "72"),
])
def test_number_words_missing_from_the_tables_are_read(text, lang, value):
    assert _values(text, lang, "number") == [value]


@pytest.mark.parametrize(("en", "ru", "old", "new"), [
    ("The commission authorised 10 exchange-traded funds that invest in bitcoin.",
     "Комиссия одобрила десять биржевых фондов, которые инвестируют в биткойн.", "десять", "девять"),
    ("In Luxembourg, more than 1,000 people protested against the new measures.",
     "В Люксембурге более тысячи человек протестовали против новых мер.", "тысячи", "сотни"),
    ("Chapter Seven of the regulations forbids it.", "Седьмая глава правил это запрещает.", "Седьмая", "Восьмая"),
])
def test_a_russian_number_word_matches_the_digits_and_a_changed_one_is_reported(en, ru, old, new):
    assert not [f for f in _loud(en, "en", ru, "ru") if f[0].startswith("XL10")]
    drifted = ru.replace(old, new)
    assert drifted != ru
    assert [f for f in _loud(en, "en", drifted, "ru") if f[0].startswith("XL10")]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Rund zweitausend Menschen kamen.", "de", "2000"),
    ("Es waren dreihundert Gäste.", "de", "300"),
    ("Hanno partecipato duemila persone.", "it", "2000"),
    ("Llegaron quinientas personas.", "es", "500"),
    ("Chegaram duzentos manifestantes.", "pt", "200"),
    ("Dos mil personas protestaron.", "es", "2000"),
    ("Mil milhões de euros.", "pt", "1000000000"),
])
def test_hundreds_and_thousands_written_as_words_are_read(text, lang, value):
    assert _values(text, lang, "number") == [value]


def test_a_number_word_with_its_scale_matches_digits_and_a_changed_one_is_reported():
    en = "About 3 million people live in the region."
    de = "Etwa drei Millionen Menschen leben in der Region."
    assert _loud(en, "en", de, "de") == []
    assert _changed(_loud(en, "en", de.replace("drei", "vier"), "de"), "XL10", "3000000")


# --- An amount after a currency letter ---------------------------------------------

@pytest.mark.parametrize(("text", "number", "code"), [
    ("allegations over a N585 million palliative fund", ["585000000"], []),
    ("the price rose to R1,500 a month", ["1500"], []),
    ("a loan of K200m from the bank", ["200000000"], []),
    ("tickets cost Rs500 each", ["500"], []),
    ("a cup of coffee at RM2.50", ["2.5"], []),
    ("N95 masks were handed out", [], ["N95"]),
    ("DeepSeek R1 was released", [], ["R1"]),
    ("climbers on K2 this winter", [], ["K2"]),
])
def test_a_currency_letter_before_an_amount_is_a_number_not_a_code(text, number, code):
    assert [v for v in _values(text, "en", "number") if v != "1"] == number  # not the article "a"
    assert _values(text, "en", "code") == code


def test_an_amount_in_naira_matches_the_translation_and_a_changed_one_is_reported():
    en = "There have been calls for her removal over a N585 million palliative fund."
    ru = "Прозвучали призывы к её отставке из-за фонда помощи в размере 585 миллионов наир."
    assert _loud(en, "en", ru, "ru") == []
    drifted = ru.replace("585", "558")
    assert _changed(_loud(en, "en", drifted, "ru"), "XL10", "585000000")


# --- Codes and names a translation writes in its own words -------------------------

@pytest.mark.parametrize(("en", "other", "lang", "gone"), [
    ("Iran reports its lowest number of daily COVID-19 cases in more than a year.",
     "伊朗报告的每日新冠肺炎病例数为一年多来最低。", "zh", "伊朗报告的每日病例数为一年多来最低。"),
    ("COVID-19 cases fell again this week, officials said.",
     "Die Zahl der Corona-Fälle sank diese Woche erneut, sagten Beamte.", "de",
     "Die Zahl der Fälle sank diese Woche erneut, sagten Beamte."),
    ("Leaders of the G20 met in Rome on Saturday.", "二十国集团领导人周六在罗马会晤。", "zh",
     "七国集团领导人周六在罗马会晤。"),
])
def test_a_code_written_as_a_word_is_the_code_and_a_dropped_one_is_reported(en, other, lang, gone):
    assert not [f for f in _loud(en, "en", other, lang) if f[0].startswith("XL30")]
    code = "G20" if "G20" in en else "COVID-19"
    assert ("XL301", code) in _loud(en, "en", gone, lang)


def test_a_coronation_is_not_the_virus():
    assert _values("The coronation of the king drew crowds.", "en", "code") == []


def test_a_code_word_without_a_digit_is_read_with_the_prefilter_too():
    from xlcheck.extract import extract_segment
    from xlcheck.locales import locale_info
    from xlcheck.model import Segment

    text = "伊朗报告的每日新冠肺炎病例数为一年多来最低"
    segment = Segment(1, 0, len(text), 1, 1, text)
    fast = extract_segment(segment, locale_info("zh"))
    assert fast == extract_segment(segment, locale_info("zh"), prefilter=False)
    assert [inv.value for inv in fast if inv.kind == "code"] == ["COVID-19"]


def test_a_brand_written_in_chinese_is_the_brand_and_a_dropped_one_is_reported():
    en = "The sideline benches at FedEx Field were in need of an upgrade, the Cowboys said."
    zh = "牛仔队表示，联邦快递球场的边线长椅需要升级。"
    assert _loud(en, "en", zh, "zh") == []
    assert ("XL401", "FedEx") in _loud(en, "en", zh.replace("联邦快递", ""), "zh")


# --- A range's scale written once, codes typed in Cyrillic, Kiev / Kyiv -----------------

@pytest.mark.parametrize(("text", "lang", "values"), [
    ("Between 12 to 14 million visitors are expected.", "en", ["12000000", "14000000"]),
    ("Erwartet werden zwischen 12 und 14 Millionen Besucher.", "de", ["12000000", "14000000"]),
    ("Ожидается от 12 до 14 миллионов туристов.", "ru", ["12000000", "14000000"]),
    ("The vote was 67 to 75 in the end.", "en", ["67", "75"]),
])
def test_a_range_takes_the_scale_of_its_second_number(text, lang, values):
    assert _values(text, lang, "number") == values


def test_a_range_with_one_scale_matches_a_chinese_range_and_a_changed_end_is_reported():
    zh = "新加坡旅游局预计，2023年到访的国际旅客可达1200万至1400万人次。"
    en = "The tourism board expects 12 to 14 million international visitors in 2023."
    assert not [f for f in _loud(zh, "zh", en, "en") if f[0].startswith("XL10")]
    assert _changed(_loud(zh, "zh", en.replace("12 to", "11 to"), "en"), "XL10", "12000000")


def test_a_code_typed_in_cyrillic_capitals_is_the_latin_code():
    ru = "В этом корнеплоде много витаминов B1, B3, В6 и витамин С."
    en = "This root crop contains a lot of vitamins B1, B3, B6 and vitamin C."
    assert _loud(ru, "ru", en, "en") == []
    assert [f for f in _loud(ru, "ru", en.replace("B6", "B12"), "en") if f[0].startswith("XL30")]
    assert _values("Россия поставила системы С-400.", "ru", "code") == ["C-400"]
    assert _loud("Россия поставила системы С-400.", "ru", "Russia delivered S-400 systems.", "en") == []


def test_kiev_in_a_case_ending_is_kyiv_or_kiev():
    ru = "Москва обвинила в этом руководство страны, а связи с Киевом прерваны."
    assert _loud(ru, "ru", "Moscow blamed the country's leadership, and ties with Kiev were cut.", "en") == []
    assert _loud(ru, "ru", "Moscow blamed the country's leadership, and ties with Kyiv were cut.", "en") == []
    assert ("XL401", "Киевом") in _loud(ru, "ru", "Moscow blamed the country's leadership, and ties with Minsk "
                                                   "were cut.", "en")


# --- Japanese era years and short weekdays; Russian days with an ordinal ending --------

@pytest.mark.parametrize(("text", "values"), [
    ("令和5年11月26日（火）に発表した。", ["2023-11-26", "W2"]),
    ("平成元年に生まれた。", ["1989"]),
    ("火曜の夜に会見を開いた。", ["W2"]),
])
def test_a_japanese_era_year_and_a_short_weekday_are_read(text, values):
    assert _values(text, "ja", "date") == values


def test_an_era_year_matches_the_western_year_and_a_changed_one_is_reported():
    en = "The plan was announced in 2023 and will take effect next spring."
    ja = "計画は令和5年に発表され、来春施行される。"
    assert not [f for f in _loud(en, "en", ja, "ja") if f[0].startswith("XL20")]
    assert _changed(_loud(en, "en", ja.replace("令和5年", "令和4年"), "ja"), "XL20", "2023")


def test_a_russian_day_with_an_ordinal_ending_is_the_day():
    assert _values("Это случилось 26-го ноября 2021 года.", "ru", "date") == ["2021-11-26"]


# --- Scale words and number words of Ukrainian, Czech, Polish, Dutch, Hindi -----------

@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Rozpočet činí 5 milionů korun.", "cs", "5000000"),
    ("Přišlo 200 tis. lidí.", "cs", "200000"),
    ("Budżet wynosi 5 mln zł.", "pl", "5000000"),
    ("Бюджет становить 5 мільйонів гривень.", "uk", "5000000"),
    ("De begroting is 5 miljoen euro.", "nl", "5000000"),
    ("बजट 5 करोड़ रुपये है।", "hi", "50000000"),
])
def test_a_scale_word_after_digits_is_read(text, lang, value):
    assert _values(text, lang, "number") == [value]


@pytest.mark.parametrize(("lang", "clean", "drifted"), [
    ("uk", "Комісія схвалила десять біржових фондів.", "Комісія схвалила дев'ять біржових фондів."),
    ("cs", "Komise schválila deset burzovních fondů.", "Komise schválila devět burzovních fondů."),
    ("pl", "Komisja zatwierdziła dziesięć funduszy giełdowych.", "Komisja zatwierdziła dziewięć funduszy giełdowych."),
    ("is", "Nefndin samþykkti tíu kauphallarsjóði.", "Nefndin samþykkti níu kauphallarsjóði."),
])
def test_a_slavic_number_word_excuses_the_digits_and_a_changed_one_is_reported(lang, clean, drifted):
    en = "The commission authorised 10 exchange-traded funds."
    assert _loud(en, "en", clean, lang) == []
    assert _changed(_loud(en, "en", drifted, lang), "XL10", "10")


def test_a_count_in_words_is_found_in_a_czech_group_noun():
    """A group noun ("trojice", a trio) states the count: "three" is there in the Czech text."""
    en = "Three new chips were shown at the fair."
    assert not [f for f in _loud(en, "en", "Na veletrhu byla představena trojice nových čipů.", "cs")
                if f[0].startswith("XL10")]


def test_family_is_not_seven_in_ukrainian():
    assert _values("Моя сім'я живе в Києві.", "uk", "number") == []


_SLAVIC_WORDS = sorted({w for lang in ("ru", "uk", "cs", "pl", "is") for w in dict(locale_info(lang).number_words)})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_SLAVIC_WORDS), st.sampled_from(_SLAVIC_WORDS).map(str.upper),
                          st.sampled_from([" ", "-", "'", "’", ",", "\n", "2", "я", "x", "\u0301"]), st.text(max_size=3)),
                max_size=25).map("".join), st.sampled_from(["ru", "uk", "cs", "pl", "is"]))
def test_number_words_found_by_substring_search_are_all_of_them(text, lang):
    """The reader finds number words where the paragraph's words hold their first
    letters; it must find what the whole pattern finds."""
    from xlcheck.extract import numbers

    table = dict(locale_info(lang).number_words)
    table.update(numbers.APPROXIMATE.get(lang, {}))
    pattern = numbers._word_pattern(list(table))
    leads = frozenset(numbers._lead(w) for w in table)
    assert [m.span() for m in numbers._word_matches(pattern, text, leads)] == \
        [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("text", "lang", "values"), [
    ("Это случилось 26 и 27 ноября 2021 года.", "ru", ["2021-11-26/2021-11-27"]),
    ("Выставка пройдёт с 3 по 5 мая.", "ru", ["--05-03/--05-05"]),
    ("Stało się to 26 i 27 listopada 2021 r.", "pl", ["2021-11-26/2021-11-27"]),
    ("Це сталося 26 та 27 листопада 2021 року.", "uk", ["2021-11-26/2021-11-27"]),
    ("זה קרה בינואר 2023.", "he", ["2023-01"]),
])
def test_slavic_day_ranges_and_hebrew_prefixed_months_are_read(text, lang, values):
    assert _values(text, lang, "date") == values


def test_a_slavic_day_range_matches_the_english_one_and_a_changed_day_is_reported():
    en = "The storm cut power to 100,000 homes on November 26 and 27."
    ru = "26 и 27 ноября шторм оставил без света 100 000 домов."
    assert _loud(en, "en", ru, "ru") == []
    assert any(rule.startswith("XL20") for rule, _ in _loud(en, "en", ru.replace("27 ноября", "28 ноября"), "ru"))


def test_a_greek_month_whose_letters_fold_to_several_is_read():
    """ΐ case-folds to three characters; the text writes it as one."""
    assert _values("Η συνάντηση έγινε στις 5 Μαΐου 2023.", "el", "date") == ["2023-05-05"]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("5. Oktober 2023 war ein Montag.", "de", "2023-10-05"),
    ("12. března 2023 se to stalo.", "cs", "2023-03-12"),
])
def test_a_date_first_on_a_line_is_a_date_though_its_day_looks_like_a_list_number(text, lang, value):
    assert value in _values(text, lang, "date")


def test_a_date_first_on_a_line_matches_and_a_changed_one_is_reported():
    en = "October 5, 2023 was a Monday."
    de = "5. Oktober 2023 war ein Montag."
    assert not [f for f in _loud(en, "en", de, "de") if f[0].startswith("XL20")]
    assert _changed(_loud(en, "en", de.replace("5.", "6."), "de"), "XL20", "2023-10-05")
