"""Round 12 of the news work: Ukrainian → Czech and German → English (excerpts modelled on
WMT22 uk→cs and de→en news and their machine translations): names a Latin translation
leaves garbled in Cyrillic letters, Czech dates as Czech writes them."""
from tests.conftest import loud_values


def loud(uk: str, cs: str) -> list[tuple[str, str]]:
    return loud_values(uk, "uk", cs, "cs")


# -- names left in Cyrillic by a Latin translation -------------------------------------

_IRPIN_UK = "Як повідомляв Укрінформ, Ірпінь, Гостомель та вся Київська область були звільнені від загарбників."


def test_a_name_left_half_in_cyrillic_is_a_changed_name():
    cs = "Jak informoval Ukrinform, Irpiň, Гостоmel a celá Kyjevská oblast byly osvobozeny od útočníků."
    assert ("XL401", "Гостомель") in loud(_IRPIN_UK, cs)


def test_the_names_in_latin_letters_are_clean():
    cs = "Jak informoval Ukrinform, Irpiň, Hostomel a celá Kyjevská oblast byly osvobozeny od útočníků."
    assert loud(_IRPIN_UK, cs) == []


def test_a_name_left_in_cyrillic_in_another_spelling_is_a_changed_name():
    uk = "Про це повідомив керівник Офісу Президента Андрій Єрмак у Телеграмі."
    cs = "Uvedl to vedoucí Kanceláře prezidenta Andrij Ермак na Telegramu."
    assert [v for _, v in loud(uk, cs)] == ["Єрмак"]


def test_a_name_copied_as_the_source_writes_it_is_clean():
    uk = "Генеральний прокурор Ірина Венедиктова заявила, що 3 квітня вивезено 410 тіл."
    cs = "Generální prokurátorka Irina Венедиктова uvedla, že 3. dubna bylo odvezeno 410 těl."
    assert loud(uk, cs) == []


# -- Czech dates ------------------------------------------------------------------------

def test_a_czech_day_and_month_first_on_a_line_is_the_date():
    uk = "1 квітня міський голова Бучі Анатолій Федорук повідомив, що поховали 280 людей."
    assert loud(uk, "1. dubna starosta Buči Anatolij Fedoruk oznámil, že pohřbili 280 lidí.") == []
    assert loud(uk, "2. dubna starosta Buči Anatolij Fedoruk oznámil, že pohřbili 280 lidí.") == [("XL202", "--04-01")]


def test_a_czech_numeric_date_with_spaces_is_the_date():
    uk = "Брифінг радника Олексія Арестовича (10.04.2022)"
    assert loud(uk, "Brífink poradce Alexeje Arestoviče (10. 4. 2022)") == []
    assert loud(uk, "Brífink poradce Alexeje Arestoviče (10.4. 2022)") == []
    assert [r for r, _ in loud(uk, "Brífink poradce Alexeje Arestoviče (11. 4. 2022)")] == ["XL202"]
