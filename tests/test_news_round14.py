"""Round 14 of the news work: false alarms of the WMT tuning sets news5–news7 (excerpts from
WMT24 and WMT25 en→ja and en→zh machine translations), each cause a value the translation
keeps in another form its language uses."""
from tests.conftest import loud_values


def loud(en: str, other: str, language: str) -> list[tuple[str, str]]:
    return loud_values(en, "en", other, language)


# -- a count in Han numerals with its scale: 七千万 ------------------------------------------

_SOCIAL_SECURITY_EN = ("One of these 22-year-old jerks spilling his Big Gulp cup over a keyboard at the Treasury "
                       "and wiping the social security data of 70 million Americans.")


def test_a_han_numeral_with_its_scale_is_the_count():
    zh = "某个22岁的混蛋会把他那一大杯汽水洒在财政部的键盘上，从而抹掉七千万美国人的社会保障数据。"
    assert loud(_SOCIAL_SECURITY_EN, zh, "zh") == []


def test_a_han_numeral_with_another_count_is_reported():
    zh = "某个22岁的混蛋会把他那一大杯汽水洒在财政部的键盘上，从而抹掉七百万美国人的社会保障数据。"
    assert ("XL101", "70000000") in loud(_SOCIAL_SECURITY_EN, zh, "zh")


def test_a_han_scale_word_without_a_digit_is_not_a_count():
    # 千万 alone is also "by all means": it is not read as ten million.
    zh = "从而抹掉七千万美国人的社会保障数据，千万不要忘记。"
    assert loud(_SOCIAL_SECURITY_EN, zh, "zh") == []


# -- a rate per million: 100万 ------------------------------------------------------------------

_PER_MILLION_EN = ("It's important to keep in mind that, even though these rates are per million departures, some "
                   "of the plane models in this report have been around for decades.")


def test_per_million_is_one_million():
    ja = ("重要に留意することは、これらの率は100万発車当たりであるが、このレポートの飛行機モデルのいくつかは、"
          "数十年間存在していました。")
    assert loud(_PER_MILLION_EN, ja, "ja") == []


def test_per_million_written_as_ten_million_is_reported():
    ja = ("重要に留意することは、これらの率は1000万発車当たりであるが、このレポートの飛行機モデルのいくつかは、"
          "数十年間存在していました。")
    assert ("XL101", "10000000") in loud(_PER_MILLION_EN, ja, "ja")


# -- two decades sharing one 年代: 60-70年代 ---------------------------------------------------

_BADGES_EN = '"Talk of badges reminds of the famous one from the 1960s-70s," says Merran Loewenthal of Birchgrove.'


def test_two_decades_with_one_nendai_are_both_decades():
    ja = "「バッジの話は、60-70年代に流行った、あの有名なバッジを思い出させますね」と、Birchgrove出身のメラン・ローエンタール氏は語る。"
    assert loud(_BADGES_EN, ja, "ja") == []


def test_the_first_of_two_decades_changed_is_reported():
    ja = "「バッジの話は、50-70年代に流行った、あの有名なバッジを思い出させますね」と、Birchgrove出身のメラン・ローエンタール氏は語る。"
    assert ("XL202", "196X") in loud(_BADGES_EN, ja, "ja")


# -- a year with の before its months: 2024年の10月および11月 -----------------------------------

_GUINNESS_EN = ("Debra Crew, chief executive of Diageo, told press this week that demand for the stout in October "
                "and November 2024 had surpassed even the amount called for during St Patrick's Day celebrations.")


def test_a_year_with_no_before_two_months_dates_both():
    ja = ("ディアジオのデブラ・クルーCEOは今週、プレスで、2024年の10月および11月の売上が、聖パトリックデーの祝典の際の"
          "需要を上回ったと発表した。")
    assert loud(_GUINNESS_EN, ja, "ja") == []


def test_a_year_with_no_before_another_month_is_reported():
    ja = ("ディアジオのデブラ・クルーCEOは今週、プレスで、2024年の10月および12月の売上が、聖パトリックデーの祝典の際の"
          "需要を上回ったと発表した。")
    assert ("XL202", "2024-11") in loud(_GUINNESS_EN, ja, "ja")


# -- days counted back: 30日前の -----------------------------------------------------------------

_NOTICE_EN = "He broke the law - you're supposed to give 30-day notice, you're supposed to give a reason."


def test_days_before_with_a_particle_are_a_count_of_days():
    ja = "法律違反だ－30日前の通知と理由を示すべきだったのに。"
    assert loud(_NOTICE_EN, ja, "ja") == []


def test_a_day_of_the_month_is_still_a_date():
    ja = "法律違反だ－30日までに通知と理由を示すべきだったのに。"
    assert ("XL201", "---30") in loud(_NOTICE_EN, ja, "ja")


# -- a Croatian quarter: u drugom tromjesečju 2018. ---------------------------------------------

_CASES_EN = "About 40,000 new cases were reported in the second quarter of 2018 alone."


def test_a_croatian_quarter_is_the_quarter():
    hr = "Oko 40.000 novih slučajeva prijavljeno je samo u drugom tromjesečju 2018. godine."
    assert loud_values(_CASES_EN, "en", hr, "hr") == []


def test_another_croatian_quarter_is_reported():
    hr = "Oko 40.000 novih slučajeva prijavljeno je samo u trećem tromjesečju 2018. godine."
    assert ("XL202", "2018-Q2") in loud_values(_CASES_EN, "en", hr, "hr")


# -- an hour with its part of the day: oko 1 ujutro ---------------------------------------------

_INQUIRY_EN = ("Police have launched an attempted murder inquiry after they were called to the man's house at "
               "about 1am on Thursday.")


def test_an_hour_in_the_morning_is_the_time():
    hr = ("Policija je pokrenula istragu o pokušaju ubojstva nakon što su pozvani u kuću muškarca oko 1 ujutro "
          "u četvrtak.")
    assert loud_values(_INQUIRY_EN, "en", hr, "hr") == []


def test_another_hour_in_the_morning_is_reported():
    hr = ("Policija je pokrenula istragu o pokušaju ubojstva nakon što su pozvani u kuću muškarca oko 2 ujutro "
          "u četvrtak.")
    assert ("XL202", "T01:00") in loud_values(_INQUIRY_EN, "en", hr, "hr")


def test_an_hour_in_the_evening_is_after_noon():
    hr = ("Policija je pokrenula istragu o pokušaju ubojstva nakon što su pozvani u kuću muškarca oko 1 navečer "
          "u četvrtak.")
    assert ("XL202", "T01:00") in loud_values(_INQUIRY_EN, "en", hr, "hr")
