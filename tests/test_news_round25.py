"""Round 25 of the news work: the twenty-first news set (WMT21 en→is and ja→en, tuning data).
English ranks past the fifth ("the ninth inning" for ９回) and half an hour (30分); a Japanese
year written two-digit with its era in brackets (２３（大正１２）年, 1923); an age said as アラフィフ
(around fifty); a school year (高校3年生) a translation names as "a senior"; a name in 「」
before として (as), not speech, and its English marks left open; an Indian number grouped
with the points of the translation's locale (2.06.737); an acronym's plural on a code
(T20Is); a date-like name copied from the source ("Mars 2020", the mission); "Following"
opening a quotation; Icelandic hours with their part of the day ("8 á kvöldin")."""

from tests.conftest import extracted, loud_values
from xlcheck.extract import dates, names, numbers

# -- ranks past the fifth and half an hour: XL101 ---------------------------------------------

# yahoo-ja.978109 (WeChat-AI), segment 3; yahoo-ja.977696 (Online-A), segment 6 (cut).
_INNING_JA = "２４日のロッテ戦は２―２の９回、不振の４人が勝利への執念を見せた。\n\n前半30分、倒されたフランスの若きスターは痛みで顔をゆがめた。\n"
_INNING_EN = ("The match against Lotte on the 24th was 2-2 in the ninth inning, and the four players showed "
              "their tenacity to win.\n\nThe young French star was knocked down in the first half hour, and his "
              "face was distorted in pain.\n")


def test_an_inning_written_as_a_rank_and_half_an_hour_are_the_numbers():
    assert loud_values(_INNING_JA, "ja", _INNING_EN, "en") == []
    assert ("9", "ninth") in extracted(numbers, "in the ninth inning", "en")


def test_another_inning_or_no_half_hour_is_reported():
    assert [rule for rule, _ in loud_values(_INNING_JA, "ja", _INNING_EN.replace("ninth", "eighth"), "en")] == ["XL101"]
    assert loud_values(_INNING_JA, "ja", _INNING_EN.replace("first half hour", "first half"), "en") == [("XL101", "30")]


# -- a Japanese year with its era in brackets: XL201 / XL202 ---------------------------------

# iwate-nippo-ja.5299 (Illini), segment 2 (cut).
_ERA_JA = "宮沢賢治が、同市豊沢町の住民とともに２３（大正１２）年の関東大震災の被災地に義援金を送った。\n"
_ERA_EN = ("Kenji Miyazawa sent relief money to the areas affected by the Great Kanto Earthquake of 1923 along "
           "with the residents of Toyosawa Town.\n")


def test_a_two_digit_year_with_its_era_in_brackets_is_the_year():
    assert loud_values(_ERA_JA, "ja", _ERA_EN, "en") == []
    assert extracted(dates, "２３（大正１２）年", "ja") == [("1923", "２３（大正１２）年")]
    assert extracted(dates, "明治元年", "ja") == [("1868", "明治元年")]


def test_another_year_is_reported_and_a_year_the_era_does_not_give_is_not_read():
    assert [rule for rule, _ in loud_values(_ERA_JA, "ja", _ERA_EN.replace("1923", "1925"), "en")] == ["XL202"]
    assert extracted(dates, "２５（大正１２）年", "ja") == []
    assert extracted(dates, "０３（平成５）年", "ja") == []  # 1993, not 2003


# -- an age around fifty, and a school year: XL101 -------------------------------------------

# yahoo-ja.979148, segment 12 (refA and Facebook-AI).
_AGE_JA = "A子さんは、高校3年生と高校1年生の娘がいるアラフィフのワーママです。\n"
_AGE_EN = ("Take the case of A-san, a working mother around 50 who has two daughters, a freshman and a senior, "
           "in high school.\n")


def test_an_age_said_as_arafifu_and_school_years_said_as_words_agree():
    assert loud_values(_AGE_JA, "ja", _AGE_EN, "en") == []
    assert ("50", "アラフィフ") in extracted(numbers, _AGE_JA, "ja")


def test_the_age_dropped_is_reported():
    en = "Ako is a stay-at-home mother who has a daughter in her third year of high school and one in her first.\n"
    assert loud_values(_AGE_JA, "ja", en, "en") == [("XL101", "50")]


# -- a name in 「」 before として, its English marks left open: XL501 / XL502 ------------------

# sanyo-shimbun-ja.6160, segment 10 (refA and Online-W).
_AWARD_JA = "品質などが特に優れた商品は「ベストセレクション賞」として表彰。\n"
_AWARD_EN = "Products with particularly excellent quality are awarded the \"Best Selection Award.\n"


def test_a_name_in_brackets_before_toshite_is_no_quotation_and_its_open_mark_no_drift():
    assert loud_values(_AWARD_JA, "ja", _AWARD_EN, "en") == []
    assert loud_values(_AWARD_JA, "ja", _AWARD_EN.replace("\"", ""), "en") == []


def test_speech_before_to_is_still_a_quotation_and_speech_left_open_still_reported():
    ja = "木下さんは「長時間の使用や着けたまま寝ないようにしてください」と話した。\n"
    assert [rule for rule, _ in loud_values(ja, "ja", "Kinoshita urged people not to sleep with their lenses in.\n",
                                      "en")] == ["XL501"]
    en = "Kinoshita said, \"Do not use them for a long time or sleep with them in.\n"
    assert "XL502" in [rule for rule, _ in loud_values(ja, "ja", en, "en")]


# -- an Indian number with the locale's points, a code's plural: XL101 / XL302 ---------------

# en-ndtv-com.75164 (HuaweiTSC), segment 8; en-ndtv-com.75143 (Online-B), segment 2 (cut).
_INDIA_EN = ("Tamil Nadu has reported an overall 2,06,737 positive cases of the virus as of Saturday.\n\n"
             "Pakistan and England will be facing each other in three Tests and as many T20Is.\n")
_INDIA_IS = ("Tamil Nadu hefur í heild greint frá 2.06.737 jákvæðum tilvikum veirunnar frá og með laugardaginn.\n\n"
             "Pakistan og England munu mætast í þremur prófum og jafn mörgum T20I.\n")


def test_an_indian_number_with_points_and_a_codes_plural_agree():
    assert loud_values(_INDIA_EN, "en", _INDIA_IS, "is") == []
    assert extracted(numbers, "frá 2.06.737 jákvæðum", "is") == [("206737", "2.06.737")]


def test_the_number_or_the_code_changed_is_reported():
    assert [rule for rule, _ in loud_values(_INDIA_EN, "en", _INDIA_IS.replace("2.06.737", "2.06.787"), "is")] == ["XL102"]
    assert [rule for rule, _ in loud_values(_INDIA_EN, "en", _INDIA_IS.replace("T20I", "T10I"), "is")] == ["XL302"]


# -- a date-like name copied, "Following" opening a quotation: XL201 / XL401 ------------------

# guardian.306607 (Manifold), segment 8; sky-com.33889 (Facebook-AI), segment 12 (cut).
_MARS_EN = ("Scientists were confident, added Smith, who is also a member of the Mars 2020 science team.\n\n"
            "The former manager, John Woolf, wrote on Twitter: \"Following Wiley's antisemitic tweets today we "
            "have cut all ties with him.\"\n")
_MARS_IS = ("Vísindamenn voru þess fullvissir, bætti Smith við, en hann er einnig í vísindateymi Mars 2020.\n\n"
            "Fyrrverandi umboðsmaður, John Woolf, skrifaði á Twitter: „Eftir andsemítísk tíst Wileys í dag höfum "
            "við slitið öll tengsl við hann.“\n")


def test_a_name_that_reads_as_a_date_in_the_translation_and_a_quotation_opening_on_following():
    assert loud_values(_MARS_EN, "en", _MARS_IS, "is") == []
    assert "Following" not in [value for value, _ in extracted(names, _MARS_EN, "en")]


def test_a_date_the_source_does_not_write_is_still_reported():
    assert [rule for rule, _ in loud_values(_MARS_EN, "en", _MARS_IS.replace("Mars 2020", "Mars 2021"), "is")] == ["XL202"]


# -- Icelandic hours with their part of the day: XL201 / XL202 -------------------------------

# kcal.8567 (Mideind), segments 3 and 4 (cut).
_HOURS_EN = "The Karen Fire was reported just after 3 p.m.\n\nThe fire grew to roughly 250 acres as of 8 p.m.\n"
_HOURS_IS = "Tilkynnt var um Karen Fire rétt eftir klukkan 3 síðdegis.\n\nEldurinn óx í ríflega 250 ekrur frá og með 8 á kvöldin.\n"


def test_icelandic_hours_in_the_afternoon_and_evening_are_the_times():
    assert loud_values(_HOURS_EN, "en", _HOURS_IS, "is") == []
    assert extracted(dates, "klukkan 3 í nótt", "is") == [("T03:00", "3 í nótt")]


def test_an_afternoon_hour_made_a_night_one_is_reported():
    assert loud_values(_HOURS_EN, "en", _HOURS_IS.replace("3 síðdegis", "3 í nótt"), "is") == [("XL202", "T15:00")]


# -- a GMT time in four figures, Icelandic "klukkan 22: 00": XL201 / XL202 --------------------

# voa-en.100681 (NiuTrans), segment 4 (cut).
_GMT_EN = "The consulate was given 72 hours to close, or until 10 a.m. (0200GMT) Monday, July 27.\n"
_GMT_IS = "Ræðismannsskrifstofunni voru gefnar 72 klukkustundir til að loka, eða til klukkan 10 að morgni (0200GMT) mánudaginn 27. júlí.\n"


def test_a_gmt_time_in_four_figures_is_a_time():
    assert loud_values(_GMT_EN, "en", _GMT_IS, "is") == []
    assert ("T02:00", "0200GMT") in extracted(dates, _GMT_EN, "en")
    assert extracted(dates, "til klukkan 22: 00 mánudaginn", "is")[0] == ("T22:00", "22: 00")


def test_the_gmt_time_dropped_and_the_hour_changed_are_reported():
    is_ = _GMT_IS.replace("klukkan 10 að morgni (0200GMT)", "klukkan 22: 00")
    assert sorted(rule for rule, _ in loud_values(_GMT_EN, "en", is_, "is")) == ["XL201", "XL202"]


# -- a window whose every segment pairs one to one: XL001 ------------------------------------

def test_every_segment_paired_one_to_one_at_a_steady_ratio_is_a_translation():
    from xlcheck.model import Bead
    from xlcheck.verdict import follows_paragraphs

    pairs = [Bead((i,), (i,), 0.26) for i in range(6)]
    lengths_ja, lengths_en = [40, 25, 60, 30, 45, 35], [130, 80, 200, 95, 150, 110]
    assert follows_paragraphs(pairs, lengths_ja, lengths_en, 0.26)
    # four segments only, a score near nothing, or a merge among them: no verdict from this
    assert not follows_paragraphs(pairs[:4], lengths_ja[:4], lengths_en[:4], 0.26)
    assert not follows_paragraphs(pairs, lengths_ja, lengths_en, 0.15)
    merged = pairs[:4] + [Bead((4, 5), (4,), 0.26)]
    assert not follows_paragraphs(merged, lengths_ja, lengths_en[:5], 0.26)
    # lengths that do not keep a ratio
    assert not follows_paragraphs(pairs, lengths_ja, [130, 300, 40, 95, 20, 110], 0.26)


# -- a name whose first word is kept and the rest made other names: XL401 ---------------------

# brisbanetimes-com-au.275197 (Online-G), segment 13 (cut); en-ndtv-com.75143 (Online-B),
# segment 4 (cut).
_TRAMS_EN = ("The company works with Yarra Trams in Melbourne.\n\n"
             "The batsman took part in the session, the Pakistan Cricket Board said.\n")
_TRAMS_IS = ("Fyrirtækið vinnur með Yarra Trams í Melbourne.\n\n"
             "Kylfusveinninn tók þátt í æfingunni, sagði Pakistan krikketstjórn.\n")


def test_a_name_kept_or_its_rest_translated_as_words_is_no_drift():
    assert loud_values(_TRAMS_EN, "en", _TRAMS_IS, "is") == []


def test_a_name_whose_rest_is_made_other_capitalised_words_is_reported():
    is_ = _TRAMS_IS.replace("Yarra Trams", "Yarra Dag")
    assert loud_values(_TRAMS_EN, "en", is_, "is") == [("XL401", "Yarra Trams")]


def test_a_window_paired_one_to_one_may_stray_a_little_more_in_length():
    from xlcheck.model import Bead
    from xlcheck.verdict import follows_paragraphs

    # yaeyama-mainichi-shimbun-ja.883 (HuaweiTSC): a one-line heading and a note of results
    # paired with longer English lines (a spread of 0.31)
    pairs = [Bead((i,), (i,), 0.47) for i in range(6)]
    lengths_ja, lengths_en = [40, 8, 180, 30, 8, 120], [120, 60, 560, 70, 20, 300]
    assert follows_paragraphs(pairs, lengths_ja, lengths_en, 0.47)
    assert not follows_paragraphs(pairs[:4] + [Bead((4, 5), (4,), 0.47)], lengths_ja, lengths_en[:5], 0.47)


# -- 第６日目, the sixth day of a meet: XL201 -------------------------------------------------

# yaeyama-mainichi-shimbun-ja.883 (HuaweiTSC), segment 3 (cut).
_DAY_JA = "県高校総合体育大会第６日目は24日、各会場で13競技が行われた。\n"
_DAY_EN = "On the sixth day of the Prefectural High School Athletic Meet, 13 sports were held at each venue on the 24th.\n"


def test_the_sixth_day_of_a_meet_is_a_count_not_a_date():
    assert loud_values(_DAY_JA, "ja", _DAY_EN, "en") == []
    assert [value for value, _ in extracted(dates, _DAY_JA, "ja")] == ["---24"]


def test_another_day_of_the_meet_or_of_the_month_is_reported():
    assert [rule for rule, _ in loud_values(_DAY_JA, "ja", _DAY_EN.replace("sixth", "seventh"), "en")] == ["XL101"]
    assert [rule[:4] for rule, _ in loud_values(_DAY_JA, "ja", _DAY_EN.replace("24th", "25th"), "en")] == ["XL20"]


# -- a quotation's last sentence dropped, its mark left open: XL006 ---------------------------

# sky-com.33889 (Facebook-AI), segment 10.
_MET_EN = ("The Metropolitan Police said on Saturday: \"The Met takes all reports of antisemitism extremely "
           "seriously. The relevant material is being assessed.\"\n")
_MET_IS = ("Lögreglan á höfuðborgarsvæðinu sagði á laugardag: „Lögreglan á höfuðborgarsvæðinu tekur allar "
           "tilkynningar um gyðingahatur mjög alvarlega. Verið er að meta efnið.“\n")


def test_a_quotation_translated_to_its_end_is_no_drift():
    assert loud_values(_MET_EN, "en", _MET_IS, "is") == []


def test_a_quotation_whose_last_sentence_is_dropped_and_left_open_is_reported():
    is_ = _MET_IS.replace(" Verið er að meta efnið.“", "")
    assert "XL006" in [rule for rule, _ in loud_values(_MET_EN, "en", is_, "is")]
    # its closing mark lost alone is no sentence dropped
    assert "XL006" not in [rule for rule, _ in loud_values(_MET_EN, "en", _MET_IS.replace("efnið.“", "efnið."), "is")]
