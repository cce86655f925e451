"""Round 49 on the thirty-sixth news set (NTREX-128 en→ja, tuning data after its held-out
score): a person's name of two words that a Japanese translation drops whole, in a paragraph
that transliterates the source's other names, is a dropped name; a body's name translated by
its meaning ("his Supreme Court pick", 最高裁判所) is not."""

from tests.conftest import loud_values

# NTREX-128 (MicrosoftTranslator/NTREX, CC BY-SA 4.0), WMT19 newstest with its human
# translations: bbc.381705 line 1740, cnn.304447 line 544 (Japanese).
_EQUALISER = ("In what was a busy opening period, Sullivan brought the home side back into the game on 13:10 "
              "before Matt Marquardt became provider for Cownie's equaliser on 15:16.\n",
              "激しい攻防の第 1 ピリオドで、ホーム チームのサリバンが 13 分 10 秒に点を返し、15 分 16 秒には"
              "コウニーが同点とした。\n")
_KAVANAUGH = ("The President obliquely referred to the situation surrounding his Supreme Court pick Brett Kavanaugh "
              "while talking about the importance of Republican turnout in the midterm elections.\n",
              "大統領は中間選挙で共和党参加者の重要性について話している際、遠回しに最高裁判所周辺がブレット・カバノーを"
              "選択する状況に言及した。\n")


def test_a_person_dropped_whole_from_a_japanese_paragraph_is_a_dropped_name():
    en, ja = _EQUALISER
    assert loud_values(en, "en", ja, "ja") == [("XL401", "Matt Marquardt")]


def test_the_person_written_in_katakana_is_clean():
    en, ja = _EQUALISER
    written = ja.replace("コウニーが", "マット・マーカートのアシストでコウニーが")
    assert loud_values(en, "en", written, "ja") == []


def test_a_body_named_by_its_meaning_is_not_a_dropped_person():
    en, ja = _KAVANAUGH
    assert loud_values(en, "en", ja, "ja") == []


def test_a_body_after_a_longer_name_is_not_a_dropped_person():
    en = ("JC Decaux Australia made $37.7 million in revenue from transport in 2018, according to its 2018 financial "
          "results filed to the Australian Securities and Investment Commission, said Sullivan.\n")
    ja = "サリバンによると、JCドゥコー・オーストラリアは2018年に交通から3770万ドルの収入を得た。\n"
    assert ("XL401", "Investment Commission") not in loud_values(en, "en", ja, "ja")


def test_two_capitals_cut_from_a_longer_run_are_not_a_dropped_person():
    # Written for the test: the end of a place's name, and a headline in title case.
    en = "Sullivan said fires burned across Los Angeles County this week.\n"
    ja = "今週、ロサンゼルス郡全域で火災が発生したとサリバンは述べた。\n"
    assert loud_values(en, "en", ja.replace("ロサンゼルス郡全域", "郡全域"), "ja") == []
    headline = "Sullivan's Threats Darken as Rivals Rage\n"
    assert loud_values(headline, "en", "サリバンの脅しが暗い影を落とす、ライバルは激怒\n", "ja") == []
