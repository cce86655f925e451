"""Round 128 on Japanese news translated into Chinese (WMT25, news51's false alarms): a
kanji name in a list of prize-winners starts after the pupil's grade (小４年植田美幸さん)
and ends before a title's "former" (元首相); a model name of capitals and a number in
full-width letters (ＦＥＳＴＡ２０２５) is the same name written apart in half-width
("FESTA 2025"), its number a year; a Japanese paper's horizontal bar joins the two days of
a range (３月１―30日)."""

from tests.conftest import extracted, loud_values
from xlcheck.extract import dates


def test_a_kanji_name_after_a_grade_starts_after_the_grade():
    ja = "最優秀賞に北山小４年山田花子さん（１０）、南中３年川口結衣さん（１５）が選ばれた。"
    zh = "最高奖由北山小学4年级学生山田花子（10岁）与南中学3年级学生川口结衣（15岁）获得。"
    assert loud_values(ja, "ja", zh, "zh") == []
    # the name itself changed is still a name missing, without the grade glued to it
    changed = zh.replace("山田花子", "山田春子")
    assert loud_values(ja, "ja", changed, "zh") == [("XL401", "山田花子")]
    # after a year, and after 年生, too
    assert loud_values("２０２４年生まれ。５年生山田花子さんが話した。", "ja", "2024年出生。5年级学生山田花子说。", "zh") == []


def test_a_former_title_does_not_end_the_name():
    ja = "岡山市出身の森田一郎元首相をしのぶ書道展。"
    assert loud_values(ja, "ja", "为纪念出身于冈山市的森田一郎前首相举办的书法展。", "zh") == []
    assert loud_values(ja, "ja", "为纪念出身于冈山市的前首相举办的书法展。", "zh") == [("XL401", "森田一郎")]
    assert loud_values("田中前知事が出席した。", "ja", "前知事田中出席了。", "zh") == []


def test_a_full_width_model_name_is_the_same_name_written_apart():
    ja = "「春の女性デー ＳＰＲＩＮＧ ＦＥＳＴＡ２０２６」を開催する。"
    assert loud_values(ja, "ja", "举办“春季女性节 SPRING FESTA 2026”活动。", "zh") == []
    assert loud_values(ja, "ja", "举办“春季女性节 SPRING FESTA2026”活动。", "zh") == []
    # and the other way round, half-width apart in the Japanese
    assert loud_values("「SPRING FESTA 2026」を開催する。", "ja", "举办“SPRING FESTA2026”活动。", "zh") == []
    # another number is still a code changed and a year added
    assert sorted(loud_values(ja, "ja", "举办“春季女性节 SPRING FESTA 2027”活动。", "zh")) == [
        ("XL201", "2027"), ("XL301", "FESTA2026")]


def test_a_horizontal_bar_joins_the_days_of_a_range():
    assert extracted(dates, "（４月２―20日）", "ja") == [("--04-02/--04-20", "４月２―20日")]
    assert extracted(dates, "（４月２日―20日）", "ja") == [("--04-02/--04-20", "４月２日―20日")]
    ja = "宿泊プラン（４月２―20日）を用意している。"
    assert loud_values(ja, "ja", "推出住宿套餐（4月2日至20日）。", "zh") == []
    assert loud_values(ja, "ja", "推出住宿套餐（4月2日至21日）。", "zh") == [("XL202", "--04-02/--04-20")]
