"""Round 135 on Chinese names written in pinyin: an English name of a common surname's
syllable and one pinyin word that no run of the Chinese characters reads as (pypinyin,
every reading of a character) is a changed name — the characters it stands for are
missing from an English translation, the English name from a Chinese one. Names of
three words (Cantonese, Korean), names with a syllable pinyin lacks, and spellings whose
initials match the characters (Wade-Giles) are left alone."""

import pytest

from tests.conftest import loud_values, pair_findings

# WMT21 newstest2021 zh→en segment 1332 (Facebook-AI): 邬娜 (Wu Na) made "Zou Na".
_WU_ZH = ("对此，北京厚德礼蜂业股份有限公司总裁邬娜认为“很值得”：“此举能够扩大青海蜂产品的知名度，"
          "吸引更多消费者了解、喜欢无添加纯天然的蜂产品，带动蜂农增收。”\n")
_WU_EN = ("In this regard, Zou Na, president of Beijing Houdeli Bee Industry Co., Ltd., believes that \"it is "
          "worth it\": \"This move can expand the popularity of Qinghai bee products, attract more consumers to "
          "understand and like pure natural bee products without additives, and drive bee farmers to increase "
          "their income.\"\n")
# WMT21 newstest2021 zh→en segment 81 (Machine_Translation): 王礼稳 (Wang Liwen) made "Wang Lijing".
_WANG_ZH = "王礼稳负责13户村民的转移安置工作，一户一户通知，确认每个人的安置方案。\n"
_WANG_EN = ("Wang Lijing was responsible for the transfer and resettlement of 13 villagers, and one family "
            "notified each other to confirm the resettlement plan for each.\n")
# WMT23 zh→en international-times-zh-9295 (NLLB_MBR_BLEU), the document's ninth segment:
# 李雪主 (Ri Sol Ju) made "Li Shi".
_RI_ZH = "而第一夫人李雪主全程只能走在后头或是坐在一旁，总是距离丈夫和女儿有几步之差。\n"
_RI_EN = ("The First Lady Li Shi was only able to walk in the back or to sit on the side for the entire journey, "
          "always a few steps away from her husband and daughter.\n")
# WMT21 newstest2021 zh→en segment 740 (Borderline): 文汇报 in its Cantonese spelling.
_WWP_ZH = "2020-07-26 06:52:39 来源：文汇报 作者：王思硕 责任编辑：王思硕\n"
_WWP_EN = "2020-07-26 06:52:39 Source: Wen Wei Po Author: Wang Sishuo Editor: Wang Sishuo\n"


@pytest.mark.parametrize(("zh", "en", "characters"), [
    (_WU_ZH, _WU_EN, "邬娜"),
    (_WANG_ZH, _WANG_EN, "王礼稳"),
    (_RI_ZH, _RI_EN, "李雪"),
])
def test_a_chinese_name_renamed_in_pinyin_is_missing_from_the_english(zh, en, characters):
    names = [f for f in pair_findings(zh, "zh", en, "en", "txt", "text") if f.check == "name"]
    assert [(f.rule, f.value, f.severity) for f in names] == [("XL401", characters, "warning")]
    assert [(place.lang, place.paragraph, place.status) for place in names[0].locations] == [
        ("zh", 1, "present"), ("en", 1, "missing")]


@pytest.mark.parametrize(("zh", "en"), [
    (_WU_ZH, _WU_EN.replace("Zou Na", "Wu Na")),
    (_WANG_ZH, _WANG_EN.replace("Lijing", "Liwen")),
    (_RI_ZH, _RI_EN.replace("Li Shi", "Li Xuezhu")),
    (_RI_ZH, _RI_EN.replace("Li Shi", "Ri Sol Ju")),  # the Korean spelling: no pinyin
    (_WWP_ZH, _WWP_EN),  # three words, Cantonese; Wang Sishuo read as 王思硕
])
def test_the_name_in_its_reading_or_another_romanisation_is_no_drift(zh, en):
    assert [v for v in loud_values(zh, "zh", en, "en") if v[0] == "XL401"] == []


def test_an_english_source_name_the_chinese_does_not_read_is_missing_there():
    """The WMT21 pair the other way round: "Wang Lijing" as the source, 王礼稳 as its
    translation, lacks the name (王立静 would hold it)."""
    names = [f for f in pair_findings(_WANG_EN, "en", _WANG_ZH, "zh", "txt", "text") if f.check == "name"]
    assert [(f.rule, f.value) for f in names] == [("XL401", "Wang Lijing")]
    assert [(place.lang, place.status) for place in names[0].locations] == [("en", "present"), ("zh", "missing")]
    assert [v for v in loud_values(_WANG_EN, "en", _WANG_ZH.replace("王礼稳", "王立静"), "zh")
            if v[0] == "XL401"] == []


def test_a_wade_giles_spelling_of_the_characters_is_no_drift():
    """Chu Li-luan is hyphenated (Taiwan's spelling) and not read; "Chang Lun" for 张伦 has
    the initials and final of zhang lun as Wade-Giles writes them. (Constructed.)"""
    zh = "朱立伦和张伦出席了会议。\n"
    assert [v for v in loud_values(zh, "zh", "Chu Li-luan and Chang Lun attended the meeting.\n", "en")
            if v[0] == "XL401"] == []


def test_pinyin_shape():
    from xlcheck.compare.pinyin import pinyin_shaped

    assert pinyin_shaped("Bai Jinhai") == [["bai"], ["jin", "hai"]]
    assert pinyin_shaped("Wang Yi") == [["wang"], ["yi"]]
    for name in ("Kim Jong", "Pham Minh", "Fumio Kishida", "Lee Hyun", "Chen Yiao", "He Said"):
        assert pinyin_shaped(name) is None, name
    assert pinyin_shaped("Fan Fang", frozenset({"fan"})) is None  # "fan" is an English word of the text
