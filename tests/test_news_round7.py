"""News round 7 (issue #11): Czech and Ukrainian forms of numbers, dates and names, each on
invented sentences with the drifted twin that must still be reported."""

from __future__ import annotations

from tests.conftest import loud_values

_loud = loud_values


def _rules(a: str, la: str, b: str, lb: str) -> set[str]:
    return {rule for rule, _ in _loud(a, la, b, lb)}


# A scale word after a figure takes the case the sentence needs (instrumental after "з").
SCALE_CS = ("Film vydělal asi 412,5 milionu dolarů neboli 9,3 miliardy korun.\n\n"
            "Další díl se natáčí v létě.\n")
SCALE_UK = ("Фільм заробив близько 412,5 мільйонами доларів або 9,3 мільярдами крон.\n\n"
            "Наступна частина знімається влітку.\n")
SCALE_UK_DRIFTED = ("Фільм заробив близько 412,5 мільйонами доларів або 9,3 мільйонами крон.\n\n"
                    "Наступна частина знімається влітку.\n")


def test_a_ukrainian_scale_word_in_the_instrumental_scales_its_figure():
    assert not {"XL101", "XL102"} & _rules(SCALE_CS, "cs", SCALE_UK, "uk")
    assert {"XL101", "XL102"} & _rules(SCALE_CS, "cs", SCALE_UK_DRIFTED, "uk")


# Czech names the day of an event with the weekday's adjective ("středeční program").
WEEKDAY_CS = ("Ministr na začátku středečního programu navštívil továrnu v Brně.\n\n"
              "Odpoledne jednal s podnikateli.\n")
WEEKDAY_UK = ("У середу на початку програми міністр відвідав завод у Брно.\n\n"
              "Після обіду він провів переговори з підприємцями.\n")
WEEKDAY_UK_DRIFTED = ("У п'ятницю на початку програми міністр відвідав завод у Брно.\n\n"
                      "Після обіду він провів переговори з підприємцями.\n")


def test_a_czech_weekday_adjective_is_the_weekday():
    assert not {"XL201", "XL202"} & _rules(WEEKDAY_CS, "cs", WEEKDAY_UK, "uk")
    assert "XL202" in _rules(WEEKDAY_CS, "cs", WEEKDAY_UK_DRIFTED, "uk")  # Wednesday is now Friday


def test_a_ukrainian_weekday_adjective_is_the_weekday():
    cs = "Před čtvrtečním zasedáním vlády se sešli ministři.\n\nJednání trvalo dvě hodiny.\n"
    uk = "Перед четверговим засіданням уряду зібралися міністри.\n\nПереговори тривали дві години.\n"
    drifted = "Перед четвертим засіданням уряду зібралися міністри.\n\nПереговори тривали дві години.\n"
    assert not {"XL201", "XL202"} & _rules(cs, "cs", uk, "uk")
    assert "XL201" in _rules(cs, "cs", drifted, "uk")


# A decade: Czech writes "80. let" (of the eighties), Ukrainian "1980-х", Polish "lat 80.".
DECADE_CS = "Počet obyvatel klesne na úroveň z počátku 80. let.\n\nVláda to odmítá.\n"
DECADE_UK = "Кількість населення впаде до рівня початку 1980-х.\n\nУряд це заперечує.\n"
DECADE_UK_DRIFTED = "Кількість населення впаде до рівня початку 1990-х.\n\nУряд це заперечує.\n"


def test_a_czech_decade_is_the_ukrainian_decade():
    assert not {"XL101", "XL201", "XL202"} & _rules(DECADE_CS, "cs", DECADE_UK, "uk")
    assert ("XL202", "198X") in _loud(DECADE_CS, "cs", DECADE_UK_DRIFTED, "uk")


def test_a_polish_and_a_russian_decade_agree():
    pl = "Wróciliśmy do poziomu z lat 70. ubiegłego wieku.\n\nRząd milczy.\n"
    ru = "Мы вернулись к уровню 70-х годов прошлого века.\n\nПравительство молчит.\n"
    assert not {"XL101", "XL201", "XL202"} & _rules(pl, "pl", ru, "ru")
    assert "XL202" in _rules(pl, "pl", ru.replace("70-х", "60-х"), "ru")


def test_a_russian_decade_matches_a_tokenised_english_one():
    ru = "Дети 80-х , во что вы играли ?\n\nРасскажите нам .\n"
    en = "Children of the 80 's , what did you play ?\n\nTell us .\n"
    assert not {"XL101", "XL201", "XL202"} & _rules(ru, "ru", en, "en")
    assert "XL202" in _rules(ru, "ru", en.replace("80 's", "70 's"), "en")


# Czech names in Ukrainian Cyrillic, each side in its own case: one word of the name kept,
# the word next to it turned into a near but other name.
NAME_CS = ("Lékařka Klára Dvořáková (41) byla obviněna z podvodu. Podle policie jednala sama.\n\n"
           "Soud s Dvořákovou začne v březnu.\n")
NAME_UK = ("Лікарка Клара Дворжакова (41) обвинувачується у шахрайстві. За даними поліції, вона діяла сама.\n\n"
           "Суд над Дворжаковою почнеться в березні.\n")
NAME_UK_CHANGED = ("Лікарка Клавдія Дворжакова (41) обвинувачується у шахрайстві. За даними поліції, вона діяла "
                   "сама.\n\nСуд над Дворжаковою почнеться в березні.\n")


def test_a_czech_name_in_ukrainian_cyrillic_with_case_endings_is_the_name():
    assert "XL401" not in _rules(NAME_CS, "cs", NAME_UK, "uk")
    assert any(rule == "XL401" and value.endswith("Klára Dvořáková")
               for rule, value in _loud(NAME_CS, "cs", NAME_UK_CHANGED, "uk"))


def test_a_surname_changed_next_to_the_kept_given_name_is_reported():
    cs = "Starosta se sešel s ministrem Vítem Rakušanem. Strana souhlasí.\n\nJednání skončilo.\n"
    uk = "Мер зустрівся з міністром Вітом Ракушаном. Партія згодна.\n\nПереговори закінчилися.\n"
    changed = "Мер зустрівся з міністром Вітом Ракушем. Партія згодна.\n\nПереговори закінчилися.\n"
    assert "XL401" not in _rules(cs, "cs", uk, "uk")
    assert "XL401" in _rules(cs, "cs", changed, "uk")


def test_a_foreign_given_name_transliterated_by_its_vowels_is_not_a_changed_name():
    # David / Девід, Pam / Пем: a Ukrainian translation writes the vowels by their sound.
    cs = "Smlouvu podepsal David Zaslav, šéf studia. Pam Abdy to potvrdila.\n\nNatáčení začne v létě.\n"
    uk = "Угоду підписав Девід Заслав, керівник студії. Пем Абді це підтвердила.\n\nЗйомки почнуться влітку.\n"
    assert "XL401" not in _rules(cs, "cs", uk, "uk")
    assert "XL401" in _rules(cs, "cs", uk.replace("Девід", "Девін"), "uk")


def test_an_english_source_name_is_not_compared_by_czech_spelling():
    en = "The money went to the account of Bridget Oniyelu, the project's accountant.\n\nShe denies it.\n"
    ru = "Деньги ушли на счёт Бриджит Онийелу, бухгалтера проекта.\n\nОна это отрицает.\n"
    assert "XL401" not in _rules(en, "en", ru, "ru")


def test_straight_quotes_spaced_the_wrong_way_round_still_pair():
    from xlcheck.extract.quotes import quotations

    text = 'Погляд на категорію" пул " платформи показує, що все як раніше.'
    assert all(balanced for _, _, balanced in quotations(text))
    cs = 'Pohled na kategorii "bazén" platformy ukazuje, že vše je při starém.\n\nTo je vše.\n'
    uk = text + "\n\nЦе все.\n"
    assert "XL502" not in _rules(cs, "cs", uk, "uk")
    # An odd number of marks is still a quotation left open.
    assert "XL502" in _rules(cs, "cs", uk.replace('категорію" пул "', 'категорію "пул'), "uk")


def test_czech_unit_first_compounds_and_ukrainian_instrumentals_are_numbers():
    from xlcheck.locales import NUMBER_WORDS

    assert NUMBER_WORDS["cs"]["sedmadvacet"] == 27 and NUMBER_WORDS["cs"]["jedenašedesáti"] == 61
    assert NUMBER_WORDS["uk"]["п'ятьома"] == 5 and NUMBER_WORDS["uk"]["двадцятьом"] == 20
    cs = "Na schůzi přišlo sedmadvacet lidí.\n\nJednání trvalo do večera.\n"
    assert "XL102" not in _rules(cs, "cs", "Na schůzi přišlo 27 lidí.\n\nJednání trvalo do večera.\n", "cs")
    assert {"XL101", "XL102"} & _rules(cs, "cs", "Na schůzi přišlo 20 lidí.\n\nJednání trvalo do večera.\n", "cs")


# A quarter in Slavic words: an ordinal in its case before the quarter's word.
QUARTER_EN = "Sales grew by 9.4% in the fourth quarter.\n\nThe firm is upbeat.\n"
QUARTER_CS = "Tržby ve čtvrtém čtvrtletí vzrostly o 9,4 %.\n\nFirma je optimistická.\n"


def test_a_czech_quarter_in_words_is_the_quarter():
    assert not {"XL201", "XL202"} & _rules(QUARTER_EN, "en", QUARTER_CS, "cs")
    assert {"XL201", "XL202"} & _rules(QUARTER_EN, "en", QUARTER_CS.replace("čtvrtém", "třetím"), "cs")


def test_a_ukrainian_quarter_in_words_is_the_quarter():
    uk = "Продажі зросли на 9,4% у четвертому кварталі.\n\nФірма налаштована оптимістично.\n"
    assert not {"XL201", "XL202"} & _rules(QUARTER_EN, "en", uk, "uk")
    assert {"XL201", "XL202"} & _rules(QUARTER_EN, "en", uk.replace("четвертому", "першому"), "uk")


def test_a_foreign_name_declined_from_a_shorter_czech_stem_is_the_name():
    # Miltiades Tentoglou: Czech "Miltiadu Tentoglouovi", Ukrainian "Мілтіадесом Тентоглу".
    cs = "Na mítinku se postaví i olympijskému vítězi Miltiadu Tentoglouovi.\n\nZávod začne v poledne.\n"
    uk = "На мітингу він зустрінеться з олімпійським чемпіоном Мілтіадесом Тентоглу.\n\nЗабіг почнеться опівдні.\n"
    assert "XL401" not in _rules(cs, "cs", uk, "uk")
    assert "XL401" in _rules(cs, "cs", uk.replace("Мілтіадесом", "Мілтіанесом"), "uk")
