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


# French and Spanish news, invented sentences in the shape of the third set's alarms.
@pytest.mark.parametrize(("de", "clean"), [
    ("Die Emirate genehmigten letzten Monat eine Lizenz, teilte Frau Moris in Abu Dhabi mit.", True),
    ("Die Emirate genehmigten eine Lizenz, teilte Frau Moris mit.", False),
])
def test_french_relative_date_title_and_transliteration(de, clean):
    fr = "Les Emirats ont approuvé le mois dernier une licence, a indiqué Mme Moris à Abou Dhabi."
    found = _loud(fr, "fr", de, "de")
    assert (not found) == clean, found
    if not clean:
        assert ("XL201", "R-1m") in found, found


def test_french_preceding_week_is_last_week():
    found = _loud("Un recul de 17 % par rapport à la semaine précédente.", "fr",
                  "Ein Rückgang um 17 % im Vergleich zur Vorwoche.", "de")
    assert not found, found


def test_a_preposition_opening_a_sentence_is_not_part_of_a_name():
    found = _loud("Selon Philippe de Villiers, Eric Zemmour l'a invité.", "fr",
                  "Laut Philippe de Villiers hat Eric Zemmour ihn eingeladen.", "de")
    assert not [f for f in found if f[0] == "XL401"], found


@pytest.mark.parametrize(("es", "clean"), [
    ("&quot;Circulan llamamientos con fantasías de revolución&quot;, advirtió el señor Habeck.", True),
    ("Circulan llamamientos con fantasías de revolución, advirtió el señor Habeck.", False),
])
def test_escaped_quotation_marks_are_quotation_marks(es, clean):
    found = _loud('"Appeals are circulating with fantasies of revolution," warned Mr Habeck.', "en", es, "es")
    assert (not [f for f in found if f[0].startswith("XL5")]) == clean, found


@pytest.mark.parametrize(("es", "clean"), [
    ("El estado tuvo una oficina de supervisión desde 1981 a 1987.", True),
    ("El estado tuvo una oficina de supervisión desde 1981 a 1989.", False),
])
def test_a_short_year_ending_a_range_is_the_full_year(es, clean):
    found = _loud("The state had an oversight office from 1981-87.", "en", es, "es")
    assert (not found) == clean, found


def test_an_age_in_decades_is_not_a_decade():
    found = _loud("He moved to Madrid in his early 20s.", "en", "Se mudó a Madrid cuando tenía poco más de 20 años.",
                  "es")
    assert not found, found


def test_the_year_to_come_is_next_year():
    found = _loud("It will test the labour relations in the year to come.", "en",
                  "Pondrá a prueba las relaciones laborales el próximo año.", "es")
    assert not found, found


@pytest.mark.parametrize(("de", "clean"), [("Die Bahn ist täglich von 10 bis 22 Uhr geöffnet.", True),
                                           ("Die Bahn ist täglich von 9 bis 22 Uhr geöffnet.", False)])
def test_two_hours_sharing_one_unit(de, clean):
    found = _loud("La patinoire est ouverte tous les jours de 10h à 22h.", "fr", de, "de")
    assert (not found) == clean, found


@pytest.mark.parametrize(("de", "clean"), [("Zwischen dem 5. und 11. Dezember lag er bei 275 pro Tag.", True),
                                           ("Zwischen dem 6. und 11. Dezember lag er bei 275 pro Tag.", False)])
def test_french_day_range_with_articles(de, clean):
    found = _loud("Une moyenne de 275 par jour entre le 5 et le 11 décembre.", "fr", de, "de")
    assert (not found) == clean, found


def test_a_year_range_is_not_a_decade():
    found = _loud("Dans les années 2000-2010, il était directeur de casting.", "fr",
                  "In den Jahren 2000-2010 war er Casting Director.", "de")
    assert not found, found


def test_a_german_closing_mark_after_a_word_opens_nothing():
    # The quotation opened in the paragraph before; „ … “ in German, " … " in French.
    found = _loud('Maintenant", a tweeté Mme Moris samedi soir.', "fr", "Jetzt“, twitterte Frau Moris am Samstagabend.",
                  "de")
    assert not [f for f in found if f[0] == "XL502"], found


@pytest.mark.parametrize(("zh", "clean"), [("13日和14日，在商场购物的顾客可以参加抽奖。", True),
                                           ("13日和15日，在商场购物的顾客可以参加抽奖。", False)])
def test_two_days_sharing_one_day_mark(zh, clean):
    found = _loud("13、14の両日は、商業施設で買い物をした客を対象に抽選会を実施。", "ja", zh, "zh")
    assert (not found) == clean, found


@pytest.mark.parametrize(("es", "clean"), [("Nació en Madrid; se mudó con su familia al sur de California en 2001.", True),
                                           ("Nació en Madrid; se mudó con su familia al norte de California en 2001.",
                                            False)])
def test_a_point_of_the_compass_in_a_place_name_is_translated(es, clean):
    found = _loud("Born in Madrid, he moved with his family to Southern California in 2001.", "en", es, "es")
    assert (not found) == clean, found


# Chinese keeps a Japanese name in its characters, simplified: 中尊寺 stays 中尊寺.
@pytest.mark.parametrize(("zh", "clean"), [
    ("岩手日日新闻社主办的讲座在中尊寺举行，岩手大学名誉教授斋藤德美发表了讲话。", True),
    ("岩手日新闻主办的讲座在中次寺举行，岩手大学名誉教授斋藤德美发表了讲话。", False),
])
def test_a_japanese_name_in_han_characters_is_kept_in_chinese(zh, clean):
    ja = "岩手日日新聞社が主催する講座が中尊寺で開かれ、岩手大の斎藤徳美名誉教授が講演した。"
    found = [f for f in _loud(ja, "ja", zh, "zh") if f[0] == "XL401"]
    assert (not found) == clean, found
    if not clean:
        assert {v for _, v in found} == {"岩手日日新聞社", "中尊寺"}, found


def test_a_common_word_before_a_suffix_is_not_a_name():
    # 全国小学生選手権 is a championship, not a player; 自分同様 "like himself", not a person.
    found = _loud("服部は、自分同様全国小学生選手権で３位に入った。", "ja", "服部和自己一样，在全国小学生锦标赛中获得第三名。", "zh")
    assert not [f for f in found if f[0] == "XL401"], found


def test_japanese_company_words_and_country_abbreviations_are_not_names():
    # 株式会社 "company limited" is not a name; 米連邦航空局 is 美国联邦航空局 (連邦 = 联邦).
    found = _loud("仙台ターミナル株式会社によると、米連邦航空局が点検を命じた。", "ja",
                  "据仙台终端公司称，美国联邦航空局下令进行检查。", "zh")
    assert not [f for f in found if f[0] == "XL401"], found


@pytest.mark.parametrize(("zh", "clean"), [
    ("阿拉斯加航空1282航班从俄勒冈州波特兰飞往加利福尼亚州安大略，起飞后不久机身面板脱落。所有乘客均安全。", True),
    ("阿拉斯加航空的航班在起飞后不久机身面板脱落。", False),
])
def test_a_katakana_place_is_looked_for_where_the_chinese_lost_text(zh, clean):
    ja = "オレゴン州ポートランドからカリフォルニア州オンタリオへ向かっていたアラスカ航空1282便で、離陸直後に機体パネルが吹き飛んだ。乗客は全員無事だった。"
    # Two faithful paragraphs first: they set the usual length ratio of the two versions.
    ja_lead = "米連邦航空局は６日、同型機の点検を命じた。\n\n航空会社は週末に数百便を欠航した。\n\n"
    zh_lead = "美国联邦航空局6日下令检查同型飞机。\n\n航空公司周末取消了数百个航班。\n\n"
    found = [v for r, v in _loud(ja_lead + ja, "ja", zh_lead + zh, "zh") if r == "XL401"]
    assert (not found) == clean, found
    if not clean:
        assert "オレゴン州" in found, found


@pytest.mark.parametrize(("zh", "clean"), [("11日下午1时40分左右，巡逻飞机确认了流冰。", True),
                                           ("11日下午14时40分左右，巡逻飞机确认了流冰。", False)])
def test_a_clock_time_in_japanese_and_chinese(zh, clean):
    found = _loud("11日午後１時４０分ごろ、巡視機が流氷を確認した。", "ja", zh, "zh")
    assert (not found) == clean, found


def test_an_hour_count_is_not_a_clock_time():
    found = _loud("会場まで２時間かかった。", "ja", "到会场花了两个小时。", "zh")
    assert not [f for f in found if f[0].startswith("XL2")], found
