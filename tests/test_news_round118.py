"""Round 118 on Japanese news translated into Chinese (WMT25): a middle dot between
figures is a Japanese newspaper's decimal point (７６・５メートル, 76.5) or a list of two
(１・２位); a two-digit year before 以降 is a year ("５８年以降", since 1958); 両 before a
place's suffix is "both" (岩手、秋田両県 names 秋田); siblings are counted by the pair's
name (四兄妹) and courtyards by 进."""

from tests.conftest import extracted, loud_located, loud_values
from xlcheck.extract import Claims, numbers
from xlcheck.locales import locale_info


def test_a_middle_dot_between_figures_is_a_decimal_point_or_a_pair():
    assert extracted(numbers, "７６・５メートルの１００点", "ja") == [("76.5", "７６・５"), ("100", "１００")]
    (inv,) = numbers.extract("７６・５メートル", locale_info("ja"), Claims(8, "７６・５メートル"), "text")
    assert inv.alternatives == ("76|5",)
    assert loud_values("小林は７６・５メートルで優勝した。", "ja", "小林以76.5米的成绩夺冠。", "zh") == []
    assert loud_values("１・２位を独占した。", "ja", "包揽第1、2名。", "zh") == []
    # a run of three is a list, read figure by figure
    assert extracted(numbers, "１・２・３位", "ja") == [("1", "１"), ("2", "２"), ("3", "３")]
    # the decimal changed is still a number changed
    assert loud_located("小林は７６・５メートルで優勝した。", "ja", "小林以76米的成绩夺冠。", "zh") == [
        ("XL102", "76.5", 1)]


def test_a_middle_dot_is_a_decimal_point_in_japanese_only():
    assert ("5", "5") in extracted(numbers, "Salle 76・5", "fr")


def test_a_two_digit_year_before_ikou_is_the_year():
    assert loud_values("５８年以降初土俵では最速。", "ja", "自1958年以来最快。", "zh") == []
    # years counted are not a year: ３０年以上 is more than 30 years
    assert ("XL101", "30") in loud_values("３０年以上の歴史。", "ja", "有2030年以上的历史。", "zh")


def test_ryo_before_a_suffix_names_both_places():
    assert loud_values("岩手、秋田両県の３２カ所を巡り", "ja", "位于岩手县和秋田县的32处山岳", "zh") == []
    assert ("XL401", "秋田両県") in loud_values("岩手、秋田両県の３２カ所を巡り", "ja", "位于岩手县和青森县的32处山岳", "zh")


def test_siblings_and_courtyards_are_counted_in_han_numerals():
    assert ("4", "四") in extracted(numbers, "等四兄妹中的老幺", "zh")
    assert ("4", "四") in extracted(numbers, "一栋错缝四进屋", "zh")
    assert loud_values("ら４人きょうだいの末っ子。", "ja", "等四兄妹中的老幺。", "zh") == []
    assert loud_values("母屋は食い違い４間取り。", "ja", "主体是一栋错缝四进屋。", "zh") == []
