"""Round 16 of the news work: the thirteenth news set (WMT22 en→ja, WMT24 en→zh, tuning
data), false alarms where the translation keeps a value in a form xlcheck did not read."""
from tests.conftest import loud_values


def loud(en: str, other: str, lang: str) -> list[tuple[str, str]]:
    return loud_values(en, "en", other, lang)


# -- 1986 -88年: a range of years with a space before the dash, not minus 88 ----------------

_DALLAS_EN = "It has been more than 30 years since it has defeated Dallas in three straight meetings (1986-88)."
_DALLAS_JA = "3連覇 (1986 -88年) でダラスを破ってから30年以上が経過した。"


def test_a_short_year_after_a_spaced_dash_is_a_year():
    assert loud(_DALLAS_EN, _DALLAS_JA, "ja") == []


def test_another_short_year_is_reported():
    assert ("XL102", "1988") in loud(_DALLAS_EN, _DALLAS_JA.replace("-88年", "-89年"), "ja")


# -- FM105.3: a number glued to the abbreviation it stood beside -------------------------

_RADIO_EN = ('Owner Jerry Jones foreshadowed that earlier this week when he said on 105.3 FM in Dallas, "We have '
             "always sold more Cowboys' hats, caps, T-shirts.")
_RADIO_JA = ("オーナーのジェリー・ジョーンズは今週初めにダラスのFM105.3局で次のように述べて、この状況を予示していた"
             "「私達はいつでもカウボーイズの帽子、キャップ、Tシャツをより多く売ってきた。")


def test_a_number_glued_to_its_abbreviation_is_kept():
    assert loud(_RADIO_EN, _RADIO_JA, "ja") == []


def test_another_number_glued_to_the_abbreviation_is_reported():
    assert ("XL101", "105.3") in loud(_RADIO_EN, _RADIO_JA.replace("FM105.3", "FM107.5"), "ja")


# -- その週: "earlier in the week", the story's week ------------------------------------------

_WEEK_EN = ("Earlier in the week, Cowboys running back Ezekiel Elliott actually commented about the benefits of "
            "playing outdoors in colder games, because of the heated benches are beneficial to his knee injury.")
_WEEK_JA = ("実際、その週以前に、カウボーイズのランニングバック、エゼキエル・エリオットは、膝の怪我には暖房付きベンチが"
            "効くため、寒い時期の試合で屋外でプレーする利点についてコメントしていた。")


def test_that_week_is_the_week_of_writing():
    assert loud(_WEEK_EN, _WEEK_JA, "ja") == []


def test_the_week_dropped_is_reported():
    assert ("XL201", "R0w") in loud(_WEEK_EN, _WEEK_JA.replace("その週以前に、", ""), "ja")


# -- four-in-ten: a share given in per cent -----------------------------------------------

_SHARE_EN = ("An 83-hour wait in a hospital A&E; four-in-ten patients waiting longer than four hours; 30 ambulances "
             "queuing outside a hospital, unable to respond to other emergency calls.")
_SHARE_ZH = "在一家医院的急诊室等待83小时；40%的患者等待时间超过4小时；30辆救护车排队等在外面，无法回应其他紧急呼叫。"


def test_four_in_ten_is_forty_per_cent():
    assert loud(_SHARE_EN, _SHARE_ZH, "zh") == []


def test_another_share_is_reported():
    assert ("XL101", "60") in loud(_SHARE_EN, _SHARE_ZH.replace("40%", "60%"), "zh")


# -- 晚上6-8点: a range of hours with its part of the day -------------------------------------

_HOURS_EN = ('"Vicente Siso: Memories of the Land and Water" opens on Saturday, Jan. 13, with a reception from '
             "6-8 p.m. The exhibition is on view through Sunday, March 3.")
_HOURS_ZH = ('"维森特·西索：土地与水的记忆" 展览将于1月13日（星期六）开幕，开幕式时间为晚上6-8点。'
             "展览将持续到3月3日（星期日）。")


def test_a_range_of_hours_in_the_evening():
    assert loud(_HOURS_EN, _HOURS_ZH, "zh") == []


def test_another_end_of_the_range_is_reported():
    assert ("XL202", "T20:00") in loud(_HOURS_EN, _HOURS_ZH.replace("晚上6-8点", "晚上6-9点"), "zh")


# -- Two quotations joined into one -------------------------------------------------------

_JOINED_EN = ('"Recent research demonstrates that both social norms and mindsets can change, for example, that '
              'engaging men and boys can foster their support and buy-in for gender equality," a consultative draft '
              'of the plan states. "Positive gender outcomes can be accelerated and scaled with a better '
              'understanding of ... how social norms and mindsets shape everyday expectations, priorities, and '
              'practices."')
_JOINED_ZH = ("该计划的咨询草案指出：“最近的研究表明，社会规范和思维方式都可以改变，例如，吸引男性和男孩可以培养他们对"
              "性别平等的支持和认同。通过更好地理解...社会规范和思维方式如何塑造日常期望、优先事项和实践，可以加速并扩大"
              "积极的性别结果。”")


def test_two_quotations_joined_into_one():
    assert loud(_JOINED_EN, _JOINED_ZH, "zh") == []


def test_a_quotation_that_covers_one_of_two_is_reported():
    zh = ("该计划的咨询草案指出，最近的研究表明，社会规范和思维方式都可以改变，例如，吸引男性和男孩可以培养他们对"
          "性别平等的支持和认同。“通过更好地理解...社会规范和思维方式如何塑造日常期望、优先事项和实践，可以加速并扩大"
          "积极的性别结果。”")
    assert [rule for rule, _ in loud(_JOINED_EN, zh, "zh")] == ["XL501"]


# -- Calais / カレー: a French name's silent last letter ----------------------------------------

def test_a_silent_last_letter_sounds_alike():
    from xlcheck.romanise import sounds_alike

    assert sounds_alike("Calais", "karē") and sounds_alike("Illinois", "irinoi")
    assert not sounds_alike("Calais", "kabē")


# -- A place the Chinese paragraph has no character of: left out, not abbreviated -----------

_HEADLINE_EN = "Complaints of Russian language use in Ukraine rise 30% - RT Russia & Former Soviet Union"


def test_a_place_with_no_character_left_is_reported():
    assert ("XL401", "Ukraine") in loud(_HEADLINE_EN, "俄罗斯和前苏联对俄语使用的投诉增加了 30%", "zh")


def test_a_place_named_or_abbreviated_is_not():
    assert loud(_HEADLINE_EN, "乌克兰俄语使用投诉增加30% - RT 俄罗斯和前苏联", "zh") == []
    assert loud(_HEADLINE_EN, "俄乌：俄语使用投诉增加30% - RT 俄罗斯和前苏联", "zh") == []


# -- An acronym with one letter changed: ENRD / EPRD -----------------------------------------

_DIVISION_EN = ("The problems at the EPA are distinct but not unrelated to those at the Department of Justice, which "
                "handles environmental crimes via its Environment and Natural Resources Division, or ENRD.")
_DIVISION_ZH = "环境保护局的问题与司法部的环境犯罪部门（EPRD），也就是美国环保署所属自然资源和环境事务分署有关联。"


def test_an_acronym_with_a_letter_changed_is_reported():
    assert ("XL401", "ENRD") in loud(_DIVISION_EN, _DIVISION_ZH, "zh")


def test_the_same_acronym_is_not():
    assert loud(_DIVISION_EN, _DIVISION_ZH.replace("EPRD", "ENRD"), "zh") == []


# -- A superlative and its noun quoted: a piece of someone's words, not a label -------------

_JOB_EN = ('Dave Stoufer revealed health issues and age-related issues had led to his decision to retire from the '
           '"longest job" he had ever had.')
_JOB_JA = "デイブ・ストーファーは、健康上の問題や年齢に関連する問題が、これまで最も長い仕事から引退することを決意したことを明らかにした。"


def test_a_quoted_superlative_dropped_is_reported():
    assert [rule for rule, _ in loud(_JOB_EN, _JOB_JA, "ja")] == ["XL501"]


def test_a_quoted_superlative_kept_is_not():
    assert loud(_JOB_EN, _JOB_JA.replace("これまで最も長い仕事", "「これまで最も長い仕事」"), "ja") == []


def test_a_term_ending_in_est_is_still_a_label():
    from xlcheck.extract.quotes import _SENTENCE_PIECE

    assert _SENTENCE_PIECE.fullmatch("longest job") and _SENTENCE_PIECE.fullmatch("personally announced")
    assert not _SENTENCE_PIECE.fullmatch("interest rates") and not _SENTENCE_PIECE.fullmatch("honest broker")
