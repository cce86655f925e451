"""Round 133 on the naira: the Hausa currency names before an amount ("Dala biliyan 62") and
the naira letter of Nigerian English ("N62 billion") are read (tests/test_news_round124.py),
so the naira must be known where a translation names it: 奈拉 in Chinese, ナイラ in Japanese,
наира/найра in Russian, and a country's dollars ("нигерийских долларов", Nigerian dollars;
Canadian dollars) are dollars but not the US dollar. The excerpts are the WMT24
ventures-africa-ar-1773 article of news4, news7 and news13 (see fixtures/SOURCES.md)."""

from tests.conftest import loud_values

EN = ("In a recent incident involving Betta Edu, the Minister of Humanitarian Affairs and Poverty Alleviation, "
      "there have been calls for her removal from office amid allegations of misappropriation of a N585 million "
      "palliative fund.")
RU = ("В ходе недавнего инцидента, связанного с Беттой Эду, министром по делам гуманитарной помощи и снижения "
      "бедности, прозвучали призывы к ее увольнению в связи с обвинениями в присвоении 585 миллионов нигерийских "
      "долларов из фонда паллиативной помощи.")
RU_REF = ("В недавнем инциденте с участием Бетты Эду, министра по гуманитарным вопросам и борьбе с бедностью, "
          "прозвучали голоса в пользу ее отставки в связи с обвинениями в незаконном присвоении фонда паллиативной "
          "помощи в размере 585 миллионов наир.")
JA = ("人道問題・貧困緩和大臣ベッタ・エドゥ氏をめぐる最近の事件では、5億8500万ナイラの救済基金の不正流用疑惑が浮上し、"
      "同氏の解任を求める声が上がっている。")
ZH = ("最近，人道主义事务和扶贫部长贝塔·埃杜卷入了一起事件，由于涉嫌挪用 5.85 亿奈拉的救济资金，人们呼吁将她免职。")


# -- the naira in Chinese and Japanese: no currency dropped (XL101) ---------------------------

def test_naira_in_chinese_and_japanese_is_a_currency():
    assert loud_values(EN, "en", ZH, "zh") == []
    assert loud_values(EN, "en", JA, "ja") == []
    # the twins that name no currency have lost it
    assert ("XL101", "585000000 N") in loud_values(EN, "en", ZH.replace("奈拉", ""), "zh")
    assert ("XL101", "585000000 N") in loud_values(EN, "en", JA.replace("ナイラ", ""), "ja")


# -- the naira in Russian, and a country's dollars: XL102 -------------------------------------

def test_naira_in_russian_is_the_naira():
    assert loud_values(EN, "en", RU_REF, "ru") == []
    # the same sum in US dollars is another sum
    assert ("XL102", "585000000 $") in loud_values(EN.replace("N585 million", "$585 million"), "en", RU_REF, "ru")


def test_a_countrys_dollars_are_not_the_us_dollar():
    assert loud_values(EN, "en", RU, "ru") == []
    assert loud_values(EN.replace("N585 million", "$585 million"), "en", RU, "ru") == []
    assert loud_values(EN.replace("N585 million", "585 million Canadian dollars"), "en",
                       RU.replace("нигерийских долларов", "наир"), "ru") == []
    # dollars with no country are the US dollar, which the naira is not
    assert ("XL102", "585000000 N") in loud_values(EN, "en", RU.replace("нигерийских долларов", "долларов"), "ru")
