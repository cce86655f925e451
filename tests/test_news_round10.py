"""Round 10 of the news work: English names in Ukrainian and Russian Cyrillic, read by
their sound (sentences of our own, modelled on news)."""
import pytest

from tests.conftest import loud_values


def names(en: str, other: str, lang: str) -> list[str]:
    return [value for rule, value in loud_values(en, "en", other, lang) if rule == "XL401"]


@pytest.mark.parametrize("uk", [
    "Фото: Кевін Дітч / Getty Images, Вашингтон.",
    "Фото: Кевіна Дітча / Getty Images, Вашингтон.",
])
def test_an_english_name_transliterated_into_ukrainian_is_the_name(uk):
    assert names("Photo: Kevin Dietsch / Getty Images, Washington.", uk, "uk") == []


def test_an_english_surname_garbled_beside_a_kept_given_name_is_reported():
    en = "Photo: Kevin Dietsch / Getty Images, Washington."
    uk = "Фото: Кевіна Дойтша / Getty Images, Вашингтон."
    assert names(en, uk, "uk") == ["Kevin Dietsch"]


def test_a_given_name_changed_beside_a_kept_surname_is_reported():
    en = "Ignacio Sánchez Recarte, the head of the association, said exports had fallen."
    uk = "Інгасіо Санчес Рекарте, голова асоціації, сказав, що експорт впав."
    assert names(en, uk, "uk") == ["Ignacio Sánchez Recarte"]
    assert names(en, uk.replace("Інгасіо", "Ігнасіо"), "uk") == []


def test_a_hyphened_place_with_one_word_garbled_is_reported():
    en = "The gallery opens at its new location in West Hollywood on Saturday."
    uk = "Галерея відкривається в новому приміщенні у Вест-Хеолі в суботу."
    assert names(en, uk, "uk") == ["West Hollywood"]
    assert names(en, uk.replace("Вест-Хеолі", "Вест-Голлівуді"), "uk") == []


@pytest.mark.parametrize("ru", [
    "Президент Бола Ахмед Тинубу подписал закон во вторник.",
    "Указ Болы Ахмета Тинубу подписан во вторник.",
])
def test_a_russian_spelling_with_a_devoiced_ending_is_the_name(ru):
    assert names("President Bola Ahmed Tinubu signed the law on Tuesday.", ru, "ru") == []


def _doc(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


_BIDEN_EN = _doc("The rules were tightened under Biden last year.",
                 "Critics said Biden's department moved too slowly on the cases.")


def test_a_one_word_name_garbled_where_the_translation_renders_it_right_elsewhere_is_reported():
    uk = _doc("Правила посилили за Байдена минулого року.",
              "Критики заявили, що відомство Бааденом діяло надто повільно у справах.")
    assert names(_BIDEN_EN, uk, "uk") == ["Biden"]


@pytest.mark.parametrize("form", ["Байдена", "Байденове", "Байден"])
def test_a_one_word_name_in_another_case_is_the_name(form):
    uk = _doc("Правила посилили за Байдена минулого року.",
              f"Критики заявили, що відомство {form} діяло надто повільно у справах.")
    assert names(_BIDEN_EN, uk, "uk") == []


def test_a_vowel_or_a_doubled_letter_between_renderings_is_a_spelling():
    en = _doc("Congressman Thomas Massie of Kentucky spoke on Tuesday. Massie said he would vote no.",
              "Massie told reporters the bill would fail.")
    uk = _doc("Конгресмен Томас Массі з Кентуккі виступив у вівторок. Массі сказав, що голосуватиме проти.",
              "Масі сказав журналістам, що законопроєкт провалиться.")
    assert names(en, uk, "uk") == []


def test_a_given_name_swapped_for_a_native_one_beside_the_right_rendering_is_reported():
    en = _doc("The gallery shows work by the painter Vicente from Monday.",
              "Born in Madrid, Vicente moved to Caracas in 1980.")
    uk = _doc("Галерея показує роботи художника Вісенте з понеділка.",
              "Народжений у Мадриді, Вікентій переїхав до Каракаса у 1980 році.")
    assert names(en, uk, "uk") == ["Vicente"]


def test_a_garbled_rendering_that_repeats_is_still_told_from_the_right_one():
    en = _doc("Doctor Connor Bowman was charged on Monday.",
              "Police said Connor had planned it for days.",
              "A friend said Connor seemed calm.")
    uk = _doc("Лікаря Коннора Боумана звинуватили в понеділок.",
              "Поліція заявила, що Конан планував це кілька днів.",
              "Друг сказав, що Конан здавався спокійним.")
    assert names(en, uk, "uk") == ["Connor", "Connor"]


# The translation keeps the acronym in one paragraph and renders it by its meaning in others.
_ETF_EN = _doc("The commission approved 10 exchange-traded funds, or ETFs, that invest in bitcoin.",
               "Analysts expect the ETFs to draw new money into the market, the SEC said.",
               "Eleven ETFs began trading on Thursday.")


def test_an_acronym_spelt_out_in_the_plural_may_be_rendered_by_its_meaning():
    ru = _doc("Комиссия одобрила 10 биржевых фондов, инвестирующих в биткоин.",
              "Аналитики ожидают, что биржевые фонды привлекут на рынок новые деньги, заявила SEC.",
              "Одиннадцать ETFs начали торговаться в четверг.")
    assert names(_ETF_EN, ru, "ru") == []


def test_an_acronym_spelt_out_in_brackets_in_the_plural_may_be_rendered_by_its_meaning():
    en = _doc('"We approved the listing of certain spot Bitcoin ETP shares today," Gensler said on Wednesday.',
              "Gensler said the SEC would not approve exchange-traded products (ETPs) based on other assets.",
              "Eleven ETP issuers began trading on Thursday.")
    uk = _doc('"Сьогодні ми схвалили лістинг певних акцій біржових продуктів на біткоїн", - сказав Генслер у середу.',
              "Генслер сказав, що SEC не схвалюватиме біржові продукти на основі інших активів.",
              "Одинадцять емітентів ETP почали торги в четвер.")
    assert names(en, uk, "uk") == []


# A surname one letter off its letter-for-letter spelling: near in sound, but misspelt.
@pytest.mark.parametrize("en, other, lang", [
    ("Tony Nicod of Collaroy wrote to the paper.", "Тони Никоди из Коллароя написал в газету.", "ru"),
    ("Tony Nicod of Collaroy wrote to the paper.", "Тоні Нікодо з Коллароя написав до газети.", "uk"),
    ("Peter Miniutti of Ashbury wrote to the paper.", "Пітер Мінітті з Ешбері написав до газети.", "uk"),
])
def test_a_surname_with_a_vowel_added_or_dropped_is_reported(en, other, lang):
    assert names(en, other, lang) == [en.split(" of ")[0]]


@pytest.mark.parametrize("en, other, lang", [
    ("Tony Nicod of Collaroy wrote to the paper.", "Тони Никод из Коллароя написал в газету.", "ru"),
    ("Tony Nicod of Collaroy wrote to the paper.", "Письмо Тони Никода из Коллароя пришло в газету.", "ru"),
    ("Peter Miniutti of Ashbury wrote to the paper.", "Пітер Мініутті з Ешбері написав до газети.", "uk"),
    ("Peter Miniutti of Ashbury wrote to the paper.", "Пітер Мініуті з Ешбері написав до газети.", "uk"),
    ("Justin Bieber sang at the gala on Friday.", "Джастин Бибер спел на гала-концерте в пятницу.", "ru"),
    ("Anna Maryin spoke at the meeting on Friday.", "Анна Марьин выступила на встрече в пятницу.", "ru"),
])
def test_a_surname_in_its_usual_spelling_or_case_is_not_reported(en, other, lang):
    assert names(en, other, lang) == []
