"""News, round 3 (issue #11): names missed in news translations, without new false alarms.

The sets these patterns come from have no licence, so each is reproduced by a short
invented sentence pair: the clean twin must stay quiet, the drifted one must be found.
"""

from __future__ import annotations

import pytest

from xlcheck import check, document_from_text


def _names(a: str, lang_a: str, b: str, lang_b: str) -> list[str]:
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.txt"), document_from_text(b, lang_b, f"a.{lang_b}.txt")],
                   reference=0)
    return [f.value for f in report.findings if f.rule.startswith("XL4") and f.severity in ("error", "warning")]


# A name one or two letters off where the translation spells it right elsewhere.
EN_MISSPELT = ("The bill passed.\n\n\"We have had enough,\" Congressman Matt Rosendale of Montana told reporters.\n\n"
               "The vote of Rosendale was against it.")
ES_MISSPELT = ("El proyecto fue aprobado.\n\n\"Ya basta\", dijo a los periodistas el congresista Matt {} de Montana.\n\n"
               "El voto de Rosendale fue en contra.")


@pytest.mark.parametrize("spelling", ["Rosendal", "Rosendele", "Rosndale"])
def test_misspelt_name_is_found(spelling):
    found = _names(EN_MISSPELT, "en", ES_MISSPELT.format(spelling), "es")
    assert any("Rosendale" in value for value in found), found


@pytest.mark.parametrize("spelling", ["Rosendale", "Rósendale"])
def test_name_spelt_right_or_accented_is_quiet(spelling):
    assert not _names(EN_MISSPELT, "en", ES_MISSPELT.format(spelling), "es")


def test_misspelling_found_when_the_right_spelling_opens_a_sentence():
    # The translation writes the right spelling only at a sentence start: the name is
    # not attested there as a name, yet the version knows it.
    en = EN_MISSPELT.replace("The vote of Rosendale was against it.", "Rosendale voted against it.")
    es = ES_MISSPELT.format("Rosendal").replace("El voto de Rosendale fue en contra.", "Rosendale votó en contra.")
    assert any("Rosendale" in value for value in _names(en, "en", es, "es"))


def test_a_local_spelling_with_an_accent_is_quiet():
    en = "Flights from Sydney to Perth resumed.\n\nThe airline in Sydney said so."
    es = "Se reanudaron los vuelos de Sídney a Perth.\n\nLa aerolínea en Sydney lo dijo."
    assert not _names(en, "en", es, "es")


def test_a_related_name_of_its_own_is_quiet():
    # "Israel" beside "Israeli": a word the source writes itself is not a misspelling.
    en = "An Israeli official visited Israel.\n\nThe Israeli delegation left."
    es = "Un funcionario de Israel visitó Israel.\n\nLa delegación Israeli se fue."
    assert "Israeli" not in _names(en, "en", es, "es")


# A city in katakana after its state (オレゴン州セーラム) or before its suffix
# (ビーバートン市), dropped with its sentence from the Chinese translation.
JA_HEAD = "小型機が緊急着陸\n\n"
ZH_HEAD = "小型飞机紧急降落\n\n"
JA_TAIL = "\n\n同型機の点検は８日までに終わる見通しだ。航空会社は運航を再開する予定だという。"
ZH_TAIL = "\n\n同型飞机的检查预计将于8日前完成。航空公司计划恢复运营。"
JA_CITY = JA_HEAD + "アメリカのオレゴン州セーラムで６日、小型機が緊急着陸した。乗客３人にけがはなかった。地元の警察が原因を調べている。" + JA_TAIL
ZH_CITY = ZH_HEAD + "6日，美国俄勒冈州塞勒姆一架小型飞机紧急降落。3名乘客没有受伤。当地警方正在调查原因。" + ZH_TAIL
ZH_DROPPED = ZH_HEAD + "当地警方正在调查原因。" + ZH_TAIL


def test_katakana_city_after_its_state_dropped_with_its_sentence_is_found():
    found = _names(JA_CITY, "ja", ZH_DROPPED, "zh")
    assert "セーラム" in found, found


def test_katakana_city_before_its_suffix_dropped_with_its_sentence_is_found():
    found = _names(JA_CITY.replace("オレゴン州セーラム", "ビーバートン市"), "ja", ZH_DROPPED, "zh")
    assert "ビーバートン" in found, found


def test_katakana_city_translated_is_quiet():
    assert not _names(JA_CITY, "ja", ZH_CITY, "zh")
    assert not _names(JA_CITY.replace("オレゴン州セーラム", "ビーバートン市"), "ja",
                      ZH_CITY.replace("俄勒冈州塞勒姆", "比弗顿市"), "zh")


# A lone name with one inner letter dropped, though the translation never writes it right.
EN_PAPER = "Readers of The Scotsman answered the survey.\n\nMost of them live in Edinburgh."
DE_PAPER = "Leser des {} beantworteten die Umfrage.\n\nDie meisten von ihnen leben in Edinburgh."


def test_name_with_an_inner_letter_dropped_is_found():
    assert any("Scotsman" in value for value in _names(EN_PAPER, "en", DE_PAPER.format("Scotman"), "de"))


@pytest.mark.parametrize("spelling", ["Scotsman", "Scotsmans"])
def test_name_kept_or_inflected_is_quiet(spelling):
    assert not _names(EN_PAPER, "en", DE_PAPER.format(spelling), "de")


@pytest.mark.parametrize(("name", "spelling"), [("Mohammed", "Mohamed"), ("Netanyahu", "Netanjahu")])
def test_a_spelling_of_its_own_is_quiet(name, spelling):
    # A doubled letter written once, a letter of another transliteration.
    en = f"The speech of {name} Ali was broadcast.\n\nIt lasted an hour."
    de = f"Die Rede von {spelling} Ali wurde übertragen.\n\nSie dauerte eine Stunde."
    assert not _names(en, "en", de, "de")


# A Chinese reporter's byline whose name the English paragraph drops or changes.
ZH_BYLINE = ("新华网上海3月2日电(王丽)本市今天发布新的公交线路。\n\n"
             "新线路将于下月开通，沿途设有十二个站点。")
EN_BYLINE = ("SHANGHAI, March 2 (Reporter {}) -- The city published a new bus route today.\n\n"
             "The new route will open next month with twelve stops along the way.")


def test_byline_name_dropped_is_found():
    en = EN_BYLINE.replace(" (Reporter {})", "")
    assert "王丽" in _names(ZH_BYLINE, "zh", en, "en")


def test_byline_name_changed_is_found():
    assert "王丽" in _names(ZH_BYLINE, "zh", EN_BYLINE.format("Walter Smith"), "en")


@pytest.mark.parametrize("name", ["Wang Li", "WANG Li"])
def test_byline_name_romanised_is_quiet(name):
    assert "王丽" not in _names(ZH_BYLINE, "zh", EN_BYLINE.format(name), "en")


@pytest.mark.parametrize(("zh", "name"), [("经济日报记者张晓明 基金市场近来活跃。", "张晓明"),
                                          ("经济日报记者张晓明基金市场近来活跃。", "张晓"),  # glued: its start
                                          ("【人民日报驻法国记者李红】据报道，巴黎今天下雪。", "李红")])
def test_byline_forms(zh, name):
    from xlcheck.compare.names import _BYLINE
    assert _BYLINE.search(zh).group("name") == name


def test_a_reporter_mentioned_in_prose_is_no_byline():
    from xlcheck.compare.names import _BYLINE
    assert _BYLINE.search("据本报记者了解，新线路将于下月开通。") is None


# A dateline's agency dropped, though the English names the agency in another paragraph.
ZH_DATELINE = "中新网2月11日电 中国电商行业涌现新变量。\n\n记者夏宾报道，多家企业表示乐观。"
EN_DATELINE = ("{}The Chinese e-commerce industry is emerging with a new variable.\n\n"
               "Reporter Xia Bin of China News reports that several companies are optimistic.")


def test_dateline_agency_dropped_is_found_though_named_elsewhere():
    assert "中新网" in _names(ZH_DATELINE, "zh", EN_DATELINE.format(""), "en")


def test_dateline_agency_kept_is_quiet():
    assert "中新网" not in _names(ZH_DATELINE, "zh", EN_DATELINE.format("BEIJING, Feb. 11 (China News) -- "), "en")
