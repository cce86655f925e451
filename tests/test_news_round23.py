"""Round 23 of the news work: the nineteenth news set (WMT23 cs→uk and en→uk, tuning data).
Czech clock times written with a point ("od 8.30 do 11.45") and a Ukrainian one with a
space after the colon ("з 14: 00 до 17: 00"); Czech numeric date ranges whose first end
leaves out what the second states ("od 1. do 8. 7. 2022", "od 1.7. do 8.7.2022"); a
metric unit with its power in Cyrillic letters ("0,06 м2"); a numbered question whose
number the translation drops; the Moon capitalised in Czech (Měsíc) beside a month
(měsíc); a sum made another currency ("90 Kč" / "90 копель"); an adjective of a people
before a name (Americký / Американський); a law number glued to "č."; an acronym typed in
Cyrillic capitals (MT / МТ); hours listed before the word for o'clock ("о 11, 12 та 14
годині"); a hashtag that opens a sentence ("#today I have coffee")."""
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import pair_findings
from xlcheck.extract import Claims, dates
from xlcheck.extract.codes import latin_readings
from xlcheck.locales import locale_info


def _loud(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, int]]:
    return [(f.rule, f.value, f.locations[1].paragraph) for f in pair_findings(a, lang_a, b, lang_b, "txt", "text")
            if f.severity in ("error", "warning")]


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(inv.value, inv.text) for inv in dates.extract(text, locale_info(lang), Claims(len(text), text), "text")]


# -- clock times with a point, and with a space after the colon: XL101 / XL201 --------------

# lines-1001-1011 (ONLINE-B), segment 9; lines-509-517 (NLLB_Greedy), segment 3;
# lines-940-950 (GTCOM_Peter), segment 5 (a sentence of the same shape).
_HOURS_CS = ("Dopoledne jsou studenti ve skupinách, od 8.30 do 11.45.\n\n"
             "Navštívit nás můžete každé pondělí od 8.00 do 17.00 hodin.\n\n"
             "Nahlížení do spisů bude umožněno 28. 4. 2022 od 14:00 do 17:00.\n")
_HOURS_UK = ("Вранці студенти займаються групами з 8:30 до 11:45.\n\n"
             "Ви можете відвідати нас кожного понеділка з 8:00 до 17:00.\n\n"
             "Ознайомлення буде дозволено 28 квітня 2022 року з 14: 00 до 17: 00.\n")


def test_czech_clock_times_with_a_point_and_spaced_colons_are_the_same_times():
    assert _loud(_HOURS_CS, "cs", _HOURS_UK, "uk") == []


def test_the_same_times_changed_are_reported():
    uk = _HOURS_UK.replace("до 11:45", "до 11:15").replace("до 17: 00", "до 18: 00")
    found = _loud(_HOURS_CS, "cs", uk, "uk")
    assert [(rule[:4], paragraph) for rule, _, paragraph in found] == [("XL20", 1), ("XL20", 3)]
    assert ("XL202", "T11:45", 1) in found


def test_a_point_between_numbers_is_no_clock_without_a_range_of_two():
    assert _dates("Krok 2: 30 minut", "cs") == []
    assert _dates("cena od 1.50 do 2.30 € za kus", "cs") == []
    assert _dates("od 8.30 do 11.45", "cs") == [("T08:30", "8.30"), ("T11:45", "11.45")]
    assert _dates("v 8.30 hod. začne", "cs") == [("T08:30", "8.30 hod.")]


@given(st.integers(0, 23), st.integers(0, 59), st.integers(0, 23), st.integers(0, 59),
       st.sampled_from(["od {} do {}", "з {} до {}", "od {} až {}"]))
def test_a_range_of_clock_times_written_with_a_point_reads_as_with_a_colon(h1, m1, h2, m2, frame):
    pointed = _dates(frame.format(f"{h1}.{m1:02d}", f"{h2}.{m2:02d}"), "cs")
    colon = _dates(frame.format(f"{h1}:{m1:02d}", f"{h2}:{m2:02d}"), "cs")
    assert [value for value, _ in pointed] == [value for value, _ in colon] == [f"T{h1:02d}:{m1:02d}",
                                                                                f"T{h2:02d}:{m2:02d}"]


# -- Czech numeric date ranges with a short first end: XL101 / XL201 ------------------------

# lines-1057-1068 (GTCOM_Peter), segments 3 and 8 (cut to the dates).
_CAMP_CS = ("Dítě je schopno zúčastnit se tábora v termínu od 1. do 8. 7. 2022\n\n"
            "aby po dobu konání akce, tj. od 1.7. do 8.7.2022 udělovali souhlas.\n")
_CAMP_UK = ("Дитина може взяти участь у таборі з 1 по 8 липня 2022 року\n\n"
            "Щоб на час проведення акції, тобто з 1 липня по 8 липня 2022 року, вони дали згоду.\n")


def test_a_czech_numeric_range_of_days_is_the_range_written_with_the_month():
    assert _loud(_CAMP_CS, "cs", _CAMP_UK, "uk") == []


def test_the_same_range_with_another_first_day_is_reported():
    uk = _CAMP_UK.replace("з 1 по 8", "з 2 по 8").replace("з 1 липня", "з 3 липня")
    found = _loud(_CAMP_CS, "cs", uk, "uk")
    assert found == [("XL202", "2022-07-01/2022-07-08", 1), ("XL202", "--07-01", 2)]


def test_the_short_first_end_takes_the_month_and_year_of_the_second():
    assert _dates("od 1. do 8. 7. 2022", "cs") == [("2022-07-01/2022-07-08", "1. do 8. 7. 2022")]
    assert _dates("od 1.7. do 8.7.2022", "cs") == [("--07-01", "1.7."), ("2022-07-08", "8.7.2022")]
    assert all(not value.startswith("--") for value, _ in _dates("On 7.1. to 7.8.2022", "en"))  # month first


# -- a metric unit with its power in Cyrillic letters: XL302 ---------------------------------

# lines-776-784 (CUNI-GA), segments 1-2 (cut to the areas).
_AREA_CS = "a) dívka na sáních s plochou skluznic 0,06 m2\n\nb) eskymačka s plochou jedné sněžnice 0,1 m2\n"
_AREA_UK = "а) дівчина на санях площею ковзанки 0,06 м2;\n\nб) ескімос з площею одного снігоступа 0,1 м2;\n"


def test_square_metres_written_in_cyrillic_are_the_same_unit():
    assert _loud(_AREA_CS, "cs", _AREA_UK, "uk") == []


def test_another_unit_in_cyrillic_is_reported():
    uk = _AREA_UK.replace("0,1 м2", "0,1 см2")
    assert [(rule, value, paragraph) for rule, value, paragraph in _loud(_AREA_CS, "cs", uk, "uk")
            if rule.startswith("XL30")] == [("XL301", "m2", 2), ("XL301", "cm2", 2)]


def test_cyrillic_units_with_a_power_read_as_their_latin_symbols():
    assert [latin_readings(unit) for unit in ("м2", "км2", "см3", "мм2", "мг2")] == [
        ("m2",), ("km2",), ("cm3",), ("mm2",), ()]


# -- a numbered question or exercise whose number the translation drops: XL101 -------------

# lines-762-772 (GTCOM_Peter), segments 3-4 (sentences of the same shape, without the Moon),
# and lines-1088-1099 (GPT4-5shot), segment 3.
_QUESTIONS_CS = ("5) Je-li Slunce nízko, je osvětlena pouze polovina.\n\n"
                 "6) Pozorovatel může vidět fáze Země.\n\n"
                 "6. Na hladkém stole leží dva hranoly s provázkem.\n")
_QUESTIONS_UK = ("5) Якщо Сонце низько, то освітлюється тільки половина.\n\n"
                 "6) Спостерігач може бачити фази Землі.\n\n"
                 "6. На гладкому столі лежать два бруски зі шнурком.\n")


def _numbers(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, int]]:
    return [(rule, value, paragraph) for rule, value, paragraph in _loud(a, lang_a, b, lang_b)
            if rule.startswith("XL10")]


def test_numbered_paragraphs_keeping_their_numbers_are_clean():
    assert _loud(_QUESTIONS_CS, "cs", _QUESTIONS_UK, "uk") == []


def test_a_numbered_paragraph_that_lost_its_number_is_reported():
    uk = _QUESTIONS_UK.replace("6) Спостерігач", "Спостерігач").replace("6. На", "На")
    assert _numbers(_QUESTIONS_CS, "cs", uk, "uk") == [("XL101", "6", 2), ("XL101", "6", 3)]


def test_the_markers_of_a_markdown_list_stay_markers():
    source = "Steps:\n\n1. Install the tool.\n2. Run it.\n"
    target = "Kroky:\n\n- Nainstalujte nástroj.\n- Spusťte jej.\n"
    assert [f.rule for f in pair_findings(source, "en", target, "cs") if f.rule.startswith("XL10")] == []


# -- a common noun capitalised as a body: not a name changed in Cyrillic (XL401) ------------

# lines-762-772 (GTCOM_Peter), segments 1-2 and 6 (cut): Czech writes the Moon Měsíc and a
# month měsíc; Ukrainian Місяць and місяць.
_MOON_CS = ("a) Měsíc nevidíme vůbec.\n\nb) Měsíc vidíme jako plný osvětlený kruh.\n\n"
            "7) Všechny fáze Měsíce se vystřídají přibližně za měsíc.\n")
_MOON_UK = ("а) Місяць ми не бачимо зовсім.\n\nб) Місяць ми бачимо як повне освітлене коло.\n\n"
            "7) Всі фази Місяця змінюються приблизно через місяць.\n")


def _names(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, int]]:
    return [(rule, value, paragraph) for rule, value, paragraph in _loud(a, lang_a, b, lang_b)
            if rule.startswith("XL40")]


def test_a_capitalised_noun_the_source_also_writes_in_lower_case_is_no_name():
    assert _names(_MOON_CS, "cs", _MOON_UK, "uk") == []


def test_a_name_never_written_in_lower_case_is_still_compared_by_its_vowels():
    cs = _MOON_CS.replace("Měsíc vidíme", "Měsíc a Jurečka vidí")
    uk = _MOON_UK.replace("Місяць ми бачимо", "Місяць і Юрічка бачать")
    assert _names(cs, "cs", uk, "uk") == [("XL401", "Jurečka", 2)]


# -- a sum stated in another currency: XL102 ------------------------------------------------

# lines-810-820 (NLLB_Greedy), segments 3-4 (cut): crowns made kopecks.
_PRICES_CS = ("Jakub koupil směs granulí po 90 kč/kg a levnějších za 55 Kč/kg.\n\n"
              "Směs vážila 1,2 kg a Jakub zaplatil 83,50 Kč.\n")
_PRICES_UK = ("Якуб купив суміш гранул за 90 крон за кілограм і дешевших за 55 чеських крон за кілограм.\n\n"
              "Суміш важила 1,2 кілограми, і Якуб заплатив 83,50 крони.\n")


def test_sums_in_the_same_currency_are_clean():
    assert _loud(_PRICES_CS, "cs", _PRICES_UK, "uk") == []


def test_sums_made_another_currency_are_reported():
    uk = _PRICES_UK.replace("90 крон", "90 копель").replace("55 чеських крон", "55 копель").replace(
        "83,50 крони", "83,50 копеек")
    assert _numbers(_PRICES_CS, "cs", uk, "uk") == [("XL102", "90 kč", 1), ("XL102", "55 Kč", 1),
                                                    ("XL102", "83.5 Kč", 2)]


def test_a_sum_whose_translation_names_no_currency_is_left_to_the_other_checks():
    uk = _PRICES_UK.replace("83,50 крони", "83,50")
    assert _numbers(_PRICES_CS, "cs", uk, "uk") == []


# -- an adjective of a people before a name, built the other language's way: XL401 ---------

# lines-328-338 (GTCOM_Peter), segment 6 (cut).
_ISW_CS = "Americký Institut pro studium války (ISW) v nejnovější zprávě informuje o aktivitách okupantů.\n"
_ISW_UK = "Американський Інститут вивчення війни (ISW) в останньому звіті повідомляє про діяльність окупантів.\n"


def test_a_czech_adjective_of_a_people_rendered_as_the_ukrainian_one_is_kept():
    assert _names(_ISW_CS, "cs", _ISW_UK, "uk") == []


def test_another_people_before_the_same_name_is_reported():
    uk = _ISW_UK.replace("Американський", "Австрійський")
    assert _names(_ISW_CS, "cs", uk, "uk") == [("XL401", "Americký Institut", 1)]


# -- a number glued to the abbreviation of "number": XL101 ----------------------------------

# lines-1057-1068 (GTCOM_Peter), segment 9 (cut to the law).
_LAW_CS = "Ve smyslu ustanovení §31 zák.č.372/2011 Sb., ve znění pozdějších předpisů.\n"
_LAW_UK = "Відповідно до положень § 31 закону № 372 / 2011 Coll., зі змінами та доповненнями.\n"


def test_a_law_number_glued_to_its_abbreviation_is_read():
    assert _numbers(_LAW_CS, "cs", _LAW_UK, "uk") == []


def test_the_law_number_changed_is_reported():
    assert _numbers(_LAW_CS, "cs", _LAW_UK.replace("№ 372", "№ 327"), "uk") == [("XL102", "372", 1)]


# -- an acronym typed in Cyrillic capitals that look like its letters: XL401 ----------------

# wmt23-enuk lines-1422-1429 (NLLB_MBR_BLEU), segments 5 and 8 (cut): the translation
# types the acronym in Cyrillic capitals in one and keeps it in Latin letters in the other.
_MT_EN = ("MT marathons used to have tool papers that were published as a special issue of PBML.\n\n"
          "The tool was presented at the MT marathon.\n")
_MT_UK = ("МТ-марафони мали інструменти, які були опубліковані як спеціальний номер PBML.\n\n"
          "Інструмент був представлений на марафоні MT.\n")


def test_an_acronym_in_cyrillic_look_alike_capitals_is_kept():
    assert _names(_MT_EN, "en", _MT_UK, "uk") == []


def test_the_acronym_dropped_is_still_reported():
    uk = _MT_UK.replace("МТ-марафони", "Марафони")
    assert _names(_MT_EN, "en", uk, "uk") == [("XL401", "MT", 1)]


# -- hours listed before one word for "o'clock"; noon said with a word: XL201 / XL101 --------

# wmt23-enuk lines-679-686 (NLLB_Greedy), segment 6.
_SESSIONS_EN = "Aida had been staging three storytelling sessions on Saturday at 11am, noon and 2pm.\n"
_SESSIONS_UK = "Аїда проводила три сеанси розказу в суботу о 11, 12 та 14 годині.\n"


def _clock(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, int]]:
    return [(rule, value, paragraph) for rule, value, paragraph in _loud(a, lang_a, b, lang_b)
            if rule.startswith(("XL10", "XL20"))]


def test_hours_listed_before_the_word_for_o_clock_are_the_times():
    assert _clock(_SESSIONS_EN, "en", _SESSIONS_UK, "uk") == []


def test_one_of_the_listed_hours_changed_is_reported():
    assert _clock(_SESSIONS_EN, "en", _SESSIONS_UK.replace("та 14", "та 15"), "uk") == [("XL202", "T14:00", 1)]


def test_noon_said_with_a_word_is_never_missing_alone():
    assert _clock("We met at noon.\n", "en", "Ми зустрілися опівдні.\n", "uk") == []


def test_a_number_of_hours_is_no_time():
    assert _dates("Це тривало 11 годин.", "uk") == [] and _dates("Trvalo to 11 hodin.", "cs") == []
    assert _dates("Sejdeme se v 11 hodin.", "cs") == [("T11:00", "11")]


# -- a hashtag that opens a sentence as one of its words: XL601 ------------------------------

# wmt23-enuk lines-426-437 (GTCOM_Peter), segment 12, and lines-13-21 (GPT4-5shot), segment 9.
_TAGS_EN = "#today I have coffee, sunshine and quiet time!\n\n#Venting into the Fediverse time.\n"
_TAGS_UK = "# Сьогодні у мене є кава, сонце і тихий час!\n\nЧас виливати емоції у Федіверс.\n"


def _links(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, int]]:
    return [(rule, value, paragraph) for rule, value, paragraph in _loud(a, lang_a, b, lang_b)
            if rule.startswith("XL60")]


def test_a_hashtag_read_as_the_first_word_of_its_sentence_may_be_translated():
    assert _links(_TAGS_EN, "en", _TAGS_UK, "uk") == []


def test_a_hashtag_inside_a_sentence_or_alone_at_its_end_is_still_reported():
    en = "I like it more than the desktop #bandcamp and that is all.\n\nFollow us: #today\n"
    uk = "Мені подобається більше, ніж десктоп, і все.\n\nСлідкуйте за нами.\n"
    assert _links(en, "en", uk, "uk") == [("XL601", "#bandcamp", 1), ("XL601", "#today", 2)]
