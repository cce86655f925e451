"""Round 46 on the thirty-fourth and thirty-sixth news sets (FLORES zu→xh, NTREX-128 en→es and
en→ja; tuning data after their held-out scores): what faithful translations write another way.
A comma before three digits in a locale that points decimals (Xhosa) groups them; a Japanese
quotation left open runs on where a later paragraph closes it; 週4日 and 1日分 are counts of days;
"six in the morning" is an hour; "los años 30" with a no-break space is a decade; "a principios
de año" is this year; "The Sunday Times" is a paper, not a day."""

from tests.conftest import extracted, loud_values
from xlcheck.extract import dates

# WMT21 FLORES zu→xh (CC BY-SA 4.0), document 234 segment 1, HuaweiTSC's Xhosa.
_ISLANDS = ("Ngeziqhingi ezingu-17,000 ongakhetha kuzo, ukudla kwase-Indonesia igama elihlanganisa "
            "izinhlobo eziningi zokudlwa kwendawo okutholakala ezweni lonke.\n",
            "Ngeziqithi eziyi-17,000 onokukhetha kuzo, ukutya kwaseIndonesia ligama elibandakanya "
            "iintlobo ezininzi zokudlwa kwendawo ekhoyo kulo lonke ilizwe.\n")


def test_a_comma_groups_where_the_locale_points_decimals():
    zu, xh = _ISLANDS
    assert loud_values(zu, "zu", xh, "xh") == []
    assert loud_values(zu, "zu", xh.replace("17,000", "17 000"), "xh") == []


def test_a_comma_grouped_figure_changed_is_still_a_changed_number():
    zu, xh = _ISLANDS
    assert loud_values(zu, "zu", xh.replace("17,000", "13,000"), "xh") == [("XL102", "17000")]


# NTREX-128 (MicrosoftTranslator/NTREX, CC BY-SA 4.0), WMT19 newstest with its human
# translations: dailymail.298686 lines 947-949, independent.226346 line 1129 (Japanese),
# nytimes.184853 line 33, telegraph.405408 line 1943 (Spanish).
_LABOUR_EN = (
    "Shifting to a four-day week has been endorsed by the Trades Union Congress as a way for workers to take "
    "advantage of the changing economy.\n\n"
    "A senior Labour Party source told The Sunday Times: 'A policy review is expected to be announced before "
    "the end of the year.\n\n"
    "'It won't happen overnight but a four-day working week is an aspiration that fits in with the party's "
    "approach to rebalancing the economy in favour of the worker as well as the party's overall industrial "
    "strategy.'\n")
_LABOUR_JA = (
    "週4日制への移行は、労働者が変化する経済から恩恵を受ける方法として、労働組合議会からもお墨付きを受けている。\n\n"
    "サンデー・タイムズ紙に労働党幹部は次のように語っている。「政策の見直しは年末までには発表されることになっている。\n\n"
    "「一夜で出来ることではないが、週4日労働制度は労働者に有利なように経済を再調整する党のアプローチと党の全体的な"
    "産業戦略に適合する目標である。」\n")
_SUNDAY = ("\"But it's six in the morning on a Sunday there and we won't be able to work this out until Sunday our "
           "time, Monday their time.\n",
           "「しかしながら、日曜日の朝6時だったので、こちらの日曜日、英国の月曜日の放送時間までには調整できなかったのです。\n")
_THIRTIES = ("The original white Methodist congregation moved out in the 1930s.\n",
             "La congregación metodista blanca original se fue en los años\u00a030 del siglo\u00a0XX.\n")
_EARLIER = ("Donald Trump, the US President, fired the first warning earlier this year by taxing key Chinese "
            "exports including solar panels, steel and aluminium.\n",
            "Donald Trump, el presidente de Estados Unidos, lanzó la primera advertencia a principios de año al "
            "poner aranceles a las principales exportaciones chinas, como los paneles solares, el acero y el "
            "aluminio.\n")


def test_a_japanese_quotation_runs_on_into_the_paragraph_that_closes_it():
    assert loud_values(_LABOUR_EN, "en", _LABOUR_JA, "ja") == []
    # The twin: the closing mark lost in the last paragraph leaves the quotation open.
    unclosed = _LABOUR_JA.replace("目標である。」", "目標である。")
    assert "XL502" in [rule for rule, _ in loud_values(_LABOUR_EN, "en", unclosed, "ja")]


def test_days_a_week_and_a_days_worth_are_no_day_of_the_month():
    assert extracted(dates, "週4日制への移行は", "ja") == []
    assert extracted(dates, "1日分を超える在庫を維持する", "ja") == []
    assert extracted(dates, "5日分别会见了", "zh") == [("---05", "5日")]
    assert extracted(dates, "3月4日に発表した", "ja") == [("--03-04", "3月4日")]


def test_an_english_hour_with_its_part_of_the_day():
    en, ja = _SUNDAY
    assert ("T06:00", "six in the morning") in extracted(dates, en, "en")
    assert loud_values(en, "en", ja, "ja") == []
    # A word only excuses (as the Romance hours do); a figure is looked for.
    assert ("XL201", "T06:00") in loud_values(en.replace("six", "6"), "en", ja.replace("朝6時", "朝"), "ja")
    assert extracted(dates, "she came second in the afternoon session", "en") == []


def test_a_weekday_in_a_papers_title_is_no_day():
    assert extracted(dates, "A senior Labour Party source told The Sunday Times: 'A policy", "en") == []
    assert extracted(dates, "the talks resume on Sunday Trump said", "en") == [("W7", "Sunday")]


def test_a_decade_after_a_no_break_space():
    en, es = _THIRTIES
    assert loud_values(en, "en", es, "es") == []
    assert loud_values(en, "en", es.replace("30", "40"), "es") == [("XL202", "193X")]


def test_the_start_of_the_year_is_this_year():
    en, es = _EARLIER
    assert loud_values(en, "en", es, "es") == []
    assert ("XL201", "R0y") in loud_values(en, "en", es.replace(" a principios de año", ""), "es")
