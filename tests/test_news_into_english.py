"""Japanese, Chinese and Korean news told in English: days of the month as ordinals,
recurring weekdays, dates relative to the day of writing, multiples and decades of age,
ranges of codes (sentences of our own, modelled on news)."""
from tests.conftest import loud_values


def test_a_day_of_the_month_with_its_weekday_is_the_english_ordinal():
    ja = "現地時間の10日 (金) 夜から11日 (土) にかけて、竜巻が多発しました。"
    en = "From the evening of the 10th (Friday) to the 11th (Saturday) local time, tornadoes struck."
    assert loud_values(ja, "ja", en, "en") == []
    assert loud_values("地震は12日に起きた。", "ja", "The earthquake struck on the 12th.", "en") == []


def test_a_day_of_the_month_changed_is_still_reported():
    ja = "地震は12日に起きた。"
    assert loud_values(ja, "ja", "The earthquake struck on the 13th.", "en")
    assert ("XL201", "W5") in loud_values("地震は12日（木）に起きた。", "ja",
                                          "The earthquake struck on the 12th (Thursday) and Friday.", "en")


def test_recurring_weekdays_in_the_plural():
    ja = "イルミネーションは金曜・土曜・日曜に点灯している。"
    assert loud_values(ja, "ja", "The lights are on on Fridays, Saturdays and Sundays.", "en") == []
    assert ("XL201", "W7") in loud_values(ja, "ja", "The lights are on on Fridays and Saturdays.", "en")


def test_multiples_and_decades_of_age_in_words():
    assert loud_values("住民は備蓄食料を３倍にした。", "ja", "Residents tripled their food stocks.", "en") == []
    assert loud_values("70代の男性が見つかった。", "ja", "A man in his seventies was found.", "en") == []


def test_metres_a_second_are_no_millions():
    ja = "70m/s前後の突風が吹いた。"
    assert loud_values(ja, "ja", "A gust of around 70m/s blew.", "en") == []
    assert ("XL102", "70") in loud_values(ja, "ja", "A gust of around 60m/s blew.", "en") \
        or ("XL101", "70") in loud_values(ja, "ja", "A gust of around 60m/s blew.", "en")


def test_the_second_end_of_a_range_of_codes():
    ja = "EF4～5と判定される可能性もある。"
    assert loud_values(ja, "ja", "It may be rated EF4 to EF5.", "en") == []
    assert ("XL301", "EF5") in loud_values(ja, "ja", "It may be rated EF4.", "en")


def test_this_year_and_last_year_against_the_year_itself():
    assert loud_values("軍事支援は今年、４億ドルに達した。", "ja", "Military aid reached $400 million in 2021.", "en") == []
    assert loud_values("去年的援助达到4亿美元。", "zh", "Aid reached $400 million in 2020.", "en") == []
    assert loud_values("大統領は今年９月１日に承認していた。", "ja", "The president approved it on September 1.", "en") == []
    assert loud_values("同神社は一昨年から依頼している。", "ja", "The shrine has asked since the year before last.", "en") == []


def test_relative_dates_are_compared_in_japanese_chinese_and_korean():
    en = "Last year aid reached $400 million."
    assert loud_values(en, "en", "援助は昨年、４億ドルに達した。", "ja") == []
    assert loud_values(en, "en", "지난해 원조는 4억 달러에 달했다.", "ko") == []
    assert ("XL201", "R-1y") in loud_values(en, "en", "援助は４億ドルに達した。", "ja")
    assert ("XL201", "R+1m") in loud_values("The election will be held next month.", "en", "将举行选举。", "zh")
    assert loud_values("The election will be held next month.", "en", "下个月将举行选举。", "zh") == []


def test_the_week_or_year_of_writing_said_only_in_japanese_is_no_drift():
    # English leaves the week implied where Japanese names it
    assert loud_values("It is a quieter week of earnings.", "en", "今週は決算発表が落ち着いた週となる。", "ja") == []


def test_a_date_without_the_year_is_not_excused_by_this_year():
    # "this year" in one version does not stand for a date the other one gives
    assert ("XL201", "--09-01") in loud_values("大統領は今年承認していた。", "ja",
                                               "The president approved it on September 1.", "en")


def test_a_month_the_source_names_elsewhere_may_be_added_to_a_day():
    ja = "12月10日、事故が起きた。\n\n警察は12日朝、運転手を送検した。"
    en = "The crash happened on December 10.\n\nPolice sent the driver to prosecutors on the morning of December 12."
    assert loud_values(ja, "ja", en, "en") == []
    wrong = en.replace("December 12", "October 12")
    assert ("XL201", "--10-12") in loud_values(ja, "ja", wrong, "en")


def test_a_twelve_hour_time_with_a_space_after_its_colon():
    ja = "12日午後0時31分ごろ、地震があった。"
    assert loud_values(ja, "ja", "At around 12: 31 p.m. on the 12th, an earthquake struck.", "en") == []


def test_a_title_in_angle_brackets_is_no_tag_in_plain_text():
    assert loud_values("＜佐賀食べる記＞ 佐賀市の店を紹介する。", "ja", "<Saga Taberu Ki> A shop in Saga City.", "en") == []


def test_a_number_grouped_with_spaces_after_a_month_is_no_day():
    en = "1,910 people were delayed in hospital in November, up from 1,730 in April."
    uk = "у листопаді 1 910 людей опинилися в лікарні, порівняно з 1 730 у квітні."
    assert loud_values(en, "en", uk, "uk") == []
    assert ("XL102", "1910") in loud_values(en, "en", uk.replace("1 910", "1 810"), "uk")


def test_decades_in_words_are_tens_of_years():
    assert loud_values("It took Rwanda more than two decades.", "en", "ルワンダは20年以上かかった。", "ja") == []
    assert loud_values("It happened 3 decades ago.", "en", "Es geschah vor 3 Jahrzehnten.", "de") == []


def test_months_joined_before_one_year_share_it():
    en = "Demand in October and November 2024 surpassed St Patrick's Day."
    assert loud_values(en, "en", "2024年10月と11月の需要は聖パトリックの日を上回った。", "ja") == []
    assert ("XL201", "2024-10") in loud_values(en, "en", "2024年11月の需要は聖パトリックの日を上回った。", "ja")


def test_an_amount_in_oku_and_man_with_grouping_or_sen_is_one_number():
    en = "Diageo is spending €200m (£170m) on a new factory."
    assert loud_values(en, "en", "ディアジオは新工場に2億ユーロ（1億7,000万ポンド）を投じる。", "ja") == []
    assert loud_values(en, "en", "ディアジオは新工場に2億ユーロ（1億7千万ポンド）を投じる。", "ja") == []


def test_a_code_with_a_hacek_is_its_cyrillic_spelling():
    assert loud_values("Podle ČT24 je to tak.", "cs", "За даними ЧТ24 це так.", "uk") == []
    assert ("XL301", "CT24") in loud_values("Podle ČT24 je to tak.", "cs", "За даними ЧТ25 це так.", "uk")


def test_a_height_converted_into_metres_in_a_slavic_case():
    en = "It grew from a maximum height of 150 feet to the towers of today."
    assert loud_values(en, "en", "Rozrostlo se z maximální výšky 45 metrů na dnešní věže.", "cs") == []
    assert ("XL102", "150") in loud_values(en, "en", "Rozrostlo se z maximální výšky 95 metrů na dnešní věže.", "cs")


def test_the_metric_figure_the_source_gives_itself_does_not_excuse_the_imperial_one():
    assert ("XL101", "45") in loud_values("Waves reached 45 miles (72 kilometers) inland.", "en",
                                          "Valovi su dosegli 72 kilometra u unutrašnjost.", "hr")


def test_a_relative_year_told_as_a_year_of_another_time_is_reported():
    en = "On 3 March 2024 the minister spoke. Last year the party lost."
    assert loud_values(en, "en", "Am 3. März 2024 sprach der Minister. 2023 verlor die Partei.", "de") == []
    assert ("XL202", "R-1y") in loud_values(en, "en", "Am 3. März 2024 sprach der Minister. 2015 verlor die Partei.", "de") \
        or ("XL201", "R-1y") in loud_values(en, "en", "Am 3. März 2024 sprach der Minister. 2015 verlor die Partei.", "de")


def test_decades_in_han_numerals():
    zh = "二十世纪六七十年代，该地区开始发展。"
    assert loud_values(zh, "zh", "In the 1960s and 1970s, the area began to develop.", "en") == []
    assert ("XL201", "197X") in loud_values(zh, "zh", "In the 1960s, the area began to develop.", "en")
    assert loud_values("上世纪八十年代的工厂", "zh", "a factory of the 1980s", "en") == []


def test_units_written_after_ten_thousands_are_one_number():
    zh = "沙巴今年至今共发出2万4801张报生纸。"
    assert loud_values(zh, "zh", "Sabah has issued 24,801 birth certificates so far this year.", "en") == []
    assert ("XL102", "24801") in loud_values(zh, "zh", "Sabah has issued 24,081 birth certificates so far this year.", "en")
