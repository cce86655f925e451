"""Round 145 on dates and a rank the news sets missed: a month that Japanese writes alone in
figures (６月から, from June; ９月号, the September issue) and a translation names in no form, a
century made another ("secolului VI î.en." / "the 19th century"), and a first, second or
third place that Chinese or Japanese states (第一位) and English drops.

Sources (fixtures/SOURCES.md): WMT21 newstest ja→en sanyo-shimbun-ja.6157 segment 5 (Online-G
and refA), WMT25 ja→zh sanyo-shimbun-ja-32232 (Laniqo) paragraph 7 cut to its first two
sentences, WMT21 newstest zh→en (a film title, refA, cut), WMT24 ja→zh (the old month name 弥生
of a literary source; its refA's 三月 written 3月), MLQE-PE ro→en test20 sentence 35 of
test20-0541-0990, WMT23 cs→uk segment 914 (ONLINE-G and refA), WMT23 ja→en segment 71 (AIRC,
NLLB-MBR-BLEU and refA). The changed and faithful twins not named here are written for the test."""

from __future__ import annotations

from tests.conftest import loud_values

# -- a month alone in figures: XL201 ---------------------------------------------------------

JA_FIGURES = "高等部の１１人が６月から週３日、午前中に授業の一環として制作。"
EN_FIGURES = "11 people from the high school produced as part of the class in the morning from 6 month to 3 days a week."
EN_FIGURES_REF = ("Starting in June, 11 high school seniors made the figures three days a week as part of their "
                  "morning classes.")
JA_ISSUE = ("「一枚写真」部門の特選は、県北エリアを舞台に初開催の「森の芸術祭」を特集した真庭市。"
            "９月号の表紙に使った子どもが森の中へ走っていく様子を捉えた作品が芸術祭への期待感を高めたとした。")
ZH_ISSUE = ("“单张照片”类评选的特等奖由真庭市获得，该市在报纸封面上展示了“森的艺术节”，这是该市首次举办；"
            "作品中展示了一个孩子在森林中奔跑的场景，激发了人们对“森的艺术节”的期待。")


def test_a_month_alone_in_figures_that_a_translation_drops_is_a_date_missing():
    assert loud_values(JA_FIGURES, "ja", EN_FIGURES, "en") == [("XL201", "--06")]
    assert loud_values(JA_ISSUE, "ja", ZH_ISSUE, "zh") == [("XL201", "--09")]
    # another month: the date changed
    assert loud_values(JA_FIGURES, "ja", EN_FIGURES_REF.replace("June", "July"), "en") == [("XL202", "--06")]


def test_a_month_alone_that_the_translation_names_is_clean():
    assert loud_values(JA_FIGURES, "ja", EN_FIGURES_REF, "en") == []
    assert loud_values(JA_ISSUE, "ja", ZH_ISSUE.replace("在报纸封面上", "在9月号封面上"), "zh") == []
    assert loud_values(JA_ISSUE, "ja", ZH_ISSUE.replace("在报纸封面上", "在九月号封面上"), "zh") == []
    # the old Japanese name of the month (弥生, March) names it too
    zh = "不清不楚地拖到了现在，已是3月中的今天。"
    ja = "離別とも、一時の別居ともつかぬ形のまま年を越し、すでに弥生なかばの今日に至っているのであった。"
    assert not [f for f in loud_values(zh, "zh", ja, "ja") if f[0].startswith("XL2")]


def test_a_month_in_han_numerals_or_a_fiscal_term_is_not_looked_for():
    # 《十月围城》 is a film's title (Bodyguards and Assassins)
    zh = "导演陈德森执导过《十月围城》《紫雨风暴》， 监制郑保瑞曾拍摄《杀破狼2》《西游记之孙悟空三打白骨精》等。"
    en = ("Director Chen Desen previously directed TV series including The Stand-in and Purple Storm, producer "
          "Zheng Baorui previously produced Kill Zone 2 and The Monkey King 2.")
    assert not [f for f in loud_values(zh, "zh", en, "en") if f[0].startswith("XL2")]
    # ３月期 is the fiscal year that ends in March
    ja = "同社の３月期の純利益は前年の２倍になった。"
    en = "The company's net profit for the fiscal year doubled from the year before."
    assert not [f for f in loud_values(ja, "ja", en, "en") if f[0].startswith("XL2")]


# -- a century changed: XL202 ------------------------------------------------------------------

RO_BUDDHA = "În India secolului VI î.en. , la 29 de ani , Gautama Siddhartha , un prinț , era nesatisfăcut de viața sa ."
EN_BUDDHA = "In India , I was satisfied with his life in the 19th century with Gautama Siddhartha , a catch ."
CS_PERESTROIKA = "V polovině 80. let 20. století se začal režim uvolňovat vlivem přestavby (perestrojky) v Sovětském svazu."
UK_PERESTROIKA = ("Середина 80-х.рейс 20. у XIX столітті режим почав слабшати під впливом перебудови в Радянському "
                  "Союзі.")
UK_PERESTROIKA_REF = ("У середині 80-х років 20 сторіччя настало послаблення режиму під впливом перебудови "
                      "(перестройки) у Радянському Союзі.")


def test_a_century_made_another_is_a_date_changed():
    assert ("XL202", "secolului VI") in loud_values(RO_BUDDHA, "ro", EN_BUDDHA, "en")
    assert loud_values(CS_PERESTROIKA, "cs", UK_PERESTROIKA, "uk") == [("XL202", "20. století")]
    de = "Im 6. Jahrhundert v. Chr. war Gautama Siddhartha, ein Prinz, mit 29 Jahren mit seinem Leben unzufrieden."
    assert ("XL202", "19th century") in loud_values(EN_BUDDHA, "en", de, "de")


def test_the_same_century_or_one_not_read_is_clean():
    en = "In India in the 6th century BC, at the age of 29, Gautama Siddhartha, a prince, was dissatisfied with his life."
    assert loud_values(RO_BUDDHA, "ro", en, "en") == []
    # spelt out, the century is not read: not compared
    assert loud_values(RO_BUDDHA, "ro", en.replace("6th", "sixth"), "en") == []
    assert loud_values(CS_PERESTROIKA, "cs", UK_PERESTROIKA_REF, "uk") == []
    # a version with a century word in a form not read ("the nineteenth") is not compared at all
    fr = "Au XIXe siècle et au XXe siècle, la ville a grandi."
    en = "In the nineteenth century and the 20th century, the city grew."
    assert not [f for f in loud_values(fr, "fr", en, "en") if f[0].startswith("XL2")]


# -- a first, second or third place in Chinese or Japanese: XL101 ---------------------------------

JA_PLACE = "「担当者の提案力」で第一位獲得。"


def test_a_place_in_a_ranking_that_english_states_in_no_form_is_a_number_missing():
    assert loud_values(JA_PLACE, "ja", '"Responsibility for Proposal."', "en") == [("XL101", "1")]
    assert loud_values("该队在比赛中获得第二名。", "zh", "The team took part in the competition.", "en") == [("XL101", "2")]


def test_a_place_that_english_states_as_a_word_a_figure_or_a_win_is_clean():
    assert loud_values(JA_PLACE, "ja", 'Achieved No. 1 for "Employee Proposal Capability."', "en") == []
    assert loud_values(JA_PLACE, "ja", 'It won first place in the "responsible proposal".', "en") == []
    assert loud_values(JA_PLACE, "ja", 'Topped the ranking for "the staff\'s proposals".', "en") == []
    assert loud_values("该队在比赛中获得第二名。", "zh", "The team was runner-up in the competition.", "en") == []
