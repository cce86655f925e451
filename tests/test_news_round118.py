"""Round 118 on Japanese news translated into Chinese (WMT25): a middle dot between
figures is a Japanese newspaper's decimal point (７６・５メートル, 76.5) or a list of two
(１・２位); a two-digit year before 以降 is a year ("５８年以降", since 1958); 両 before a
place's suffix is "both" (岩手、秋田両県 names 秋田); siblings are counted by the pair's
name (四兄妹) and courtyards by 进."""

from tests.conftest import extracted, loud_located, loud_values, pair_findings
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


def test_a_columns_signature_dropped_is_a_name_missing():
    ja = "新たなルールが必要かもしれない。（桑）"
    assert ("XL401", "桑") in loud_values(ja, "ja", "或许我们需要建立新的规则。", "zh")
    assert loud_values(ja, "ja", "或许我们需要建立新的规则。（桑）", "zh") == []
    assert ("XL401", "仲間清隆") in loud_values("鳥が怖がるとも。（仲間清隆）", "ja", "鸟会害怕。", "zh")
    assert loud_values("鳥が怖がるとも。（仲間清隆）", "ja", "鸟会害怕。（仲间清隆）", "zh") == []
    # honorifics left out, in brackets, sign nothing
    assert loud_values("表彰された。（敬称略）", "ja", "受到了表彰。", "zh") == []


def test_a_signature_after_the_last_sentence_does_not_hide_a_cut():
    from xlcheck.compare.truncation import ends_sentence

    assert ends_sentence("花粉症の季節が始まる。（桑）") and ends_sentence("He left. (AP)")
    assert not ends_sentence("大阪府の（北川）")


_COLUMN_JA = ("雪国では雪が匂うという。北陸を旅した作家が土地の人の話を書きとめている。雪が降り出しそうな日に匂い立つ。"
              "ようやく寒気が緩んだきのう、春の匂いを吸い込もうと外へ出れば、空がかすんでいる。"
              "今年の花粉はかなり手ごわいらしい。飛散量は前年の3倍近く、過去10年では最も多くなりそう、との予測もある。"
              "今や日本人の4割がかかっているという花粉症。現代の豊かさがもたらした病だろうか。（桑）")
_COLUMN_ZH = ("雪国之所以闻到雪，是有其道理的。作家记录了当地人说的话，提到雪开始飘的时候会有特殊的香气。"
              "前天气温渐渐升高，我也想吸一口春天的空气，所以走了出去，却发现天空朦胧不清。"
              "今年的花粉据说相当厉害")


def test_a_japanese_column_cut_off_is_cut_at_a_sentence():
    findings = {f.rule: f for f in pair_findings(_COLUMN_JA, "ja", _COLUMN_ZH, "zh", "txt", "text")}
    assert "XL005" in findings
    tail = findings["XL005"].message.split("the rest of ja paragraph 1, “")[1]
    # the untranslated tail starts at a sentence, not at the paragraph's first word
    assert not tail.startswith("雪国") and tail.startswith(("今年", "飛散量", "今や"))


_QUAKE_JA = ("地震からどう身を守るか。台湾の語学センターで学んでいた時、その対応方法を説明した中国語のテキストを読む機会があった。"
             "印象に残っているのは、海外の学生が真剣な表情で話していたことだ。"
             "台湾も日本も地震国だ。能登半島地震ではベトナムなどから来た外国人も身を寄せた。"
             "石垣市観光危機管理計画では、コミュニケーションの難しさへの配慮を挙げている。（松田良孝）")
_QUAKE_ZH = ("如何在地震中保护自己？在台湾的语言中心学习时，我有机会阅读一本介绍应对地震的中文教材。"
             "印象深刻的是，国外学生认真地说")


def test_the_places_and_kanji_names_of_a_cut_tail_are_lost_names():
    found = loud_values(_QUAKE_JA, "ja", _QUAKE_ZH, "zh")
    assert "XL005" in {rule for rule, _ in found}
    names = {value for rule, value in found if rule == "XL401"}
    assert {"日本", "ベトナム", "能登半島", "石垣市", "松田良孝"} <= names
    # the places the translated head names, and a language named after a place, are not lost
    assert not names & {"台湾", "中国"}
