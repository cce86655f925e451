"""News, round 2 (issue #11): false alarms and misses seen on the third news set.

That set's texts have no licence, so each pattern is reproduced here by a short
invented sentence pair: the clean twin must stay quiet, the drifted one must be found.
"""

from __future__ import annotations

import pytest

from xlcheck import check, document_from_text


def _loud(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str]]:
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.txt"), document_from_text(b, lang_b, f"a.{lang_b}.txt")],
                   reference=0)
    return [(f.rule, f.value) for f in report.findings if f.severity in ("error", "warning")]


# Chinese writes the digits of a Japanese source as Han numerals: 中３年 -> 三年级.
JA_GRADE = "男子は山田太郎（三重ＧＴＣ）＝大池中３年＝が優勝した。"
ZH_GRADE = "男子组由山田太郎（三重GTC）=大池中学三年级=获得冠军。"


def test_han_numeral_satisfies_a_digit():
    assert not [f for f in _loud(JA_GRADE, "ja", ZH_GRADE, "zh") if f[0].startswith("XL1")]


def test_han_numeral_does_not_hide_a_changed_digit():
    # The drifted twin: the grade written with a digit that differs.
    found = _loud(JA_GRADE, "ja", ZH_GRADE.replace("三年级", "5年级"), "zh")
    assert ("XL101", "3") in found or any(r == "XL102" for r, _ in found), found


def test_han_numeral_values():
    from xlcheck.extract.numbers import han_value
    assert [han_value(n) for n in ("两", "十五", "一百零五", "三万", "二〇二四", "一一")] == [2, 15, 105, 30000, 2024, None]


# A film title in 「」 in Japanese is in the book-title marks 《》 in Chinese.
JA_TITLE = "宮崎駿監督の「君たちはどう生きるか」が米国で賞を受けた。"
ZH_TITLE = "宫崎骏导演的《你想活出怎样的人生》在美国获奖。"


def test_book_title_marks_partner_a_japanese_quotation():
    assert not [f for f in _loud(JA_TITLE, "ja", ZH_TITLE, "zh") if f[0].startswith("XL5")]


def test_japanese_quotation_dropped_in_chinese_is_found():
    assert any(r == "XL501" for r, _ in _loud(JA_TITLE, "ja", "宫崎骏导演的新片在美国获奖。", "zh"))


@pytest.mark.parametrize(("zh", "clean"), [("全球票房超过了1.36亿美元。", True), ("全球票房超过了1.63亿美元。", False)])
def test_japanese_number_in_two_scales(zh, clean):
    # 1億3600万 is one number, 136 million.
    found = [f for f in _loud("興行収入は全世界で1億3600万ドルを記録した。", "ja", zh, "zh") if f[0].startswith("XL1")]
    assert (not found) == clean, found


@pytest.mark.parametrize(("zh", "clean"), [("在B4T酒店内不出售。", True), ("在B5T酒店内不出售。", False)])
def test_full_width_code_is_its_half_width_form(zh, clean):
    found = [f for f in _loud("ホテルＢ４Ｔ館内では販売していない。", "ja", zh, "zh") if f[0].startswith("XL3")]
    assert (not found) == clean, found


@pytest.mark.parametrize(("zh", "clean"), [("推出一晚两日计划，每天限定15间客房。", True),
                                           ("推出一晚两日计划，每天限定5间客房。", False)])
def test_a_count_of_days_is_not_a_day_of_the_month(zh, clean):
    # １泊２日 (one night, two days) and １日15室 (15 rooms a day) are not dates.
    found = _loud("１日15室限定の１泊２日プランを販売する。", "ja", zh, "zh")
    assert not [f for f in found if f[0].startswith("XL2")], found
    assert (not found) == clean, found


def test_a_day_of_the_month_with_its_hour_is_still_a_date():
    found = _loud("式典は13日15時から行われる。", "ja", "仪式将于14日15时举行。", "zh")
    assert any(r.startswith("XL2") for r, _ in found), found


def test_a_han_numeral_is_never_missed_itself():
    # 十 "ten" in a phrase an English version renders freely is not a number to look for.
    found = _loud("他们花了十年时间才完成这个项目。", "zh", "It took them a decade to finish the project.", "en")
    assert not [f for f in found if f[0].startswith("XL1")], found
