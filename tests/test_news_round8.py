"""Round 8 of the news work: Japanese quarters and amounts per day (sentences of our own, modelled on news)."""
from tests.conftest import loud_values


def test_japanese_quarter_is_the_english_quarter():
    en = "Sales rose 3% in the fourth quarter, the shop said."
    assert loud_values(en, "en", "店舗によると、第4四半期の売上高は3%増えた。", "ja") == []
    assert loud_values(en, "en", "店舗によると、第四四半期の売上高は3%増えた。", "ja") == []


def test_japanese_quarter_changed_is_reported():
    en = "Sales rose 3% in the fourth quarter, the shop said."
    assert [rule for rule, _ in loud_values(en, "en", "店舗によると、第3四半期の売上高は3%増えた。", "ja")
            if rule.startswith("XL2")]


def test_an_amount_a_day_is_not_the_first_of_the_month():
    en = "The strike could cost the firms €50 a day."
    assert loud_values(en, "en", "ストライキで企業は1日€50を失う可能性がある。", "ja") == []
    assert loud_values(en, "en", "ストライキで企業は1日あたり€50を失う可能性がある。", "ja") == []


def test_the_first_of_the_month_is_still_a_date():
    en = "The strike starts on March 2 and could cost the firms €50m."
    assert [rule for rule, _ in loud_values(en, "en", "ストライキは3月1日に始まり、企業は€50mを失う可能性がある。", "ja")
            if rule.startswith("XL2")]


_SINGER_EN = """A teenage singer was detained after a concert of songs by Viktor Tsoy in Lviv.

Several teachers who spoke Russian to their pupils were dismissed in Lviv."""
_SINGER_JA = """10代のシンガーが、ヴィクトル・ツォイの歌をリヴィウで歌った後に拘束された。

リヴィウでは、ロシア語で授業をしていた教師数人が解雇された。"""


def test_a_demonym_written_as_its_place_in_katakana_is_the_name():
    # シンガー elsewhere sounds like "Russian"; ロシア語 is CLDR's Russia, not a changed name
    assert loud_values(_SINGER_EN, "en", _SINGER_JA, "ja") == []


def test_a_demonym_changed_into_another_place_is_reported():
    drifted = _SINGER_JA.replace("ロシア語", "ルーマニア語")
    assert ("XL401", "Russian") in loud_values(_SINGER_EN, "en", drifted, "ja")


_FAA_EN = """A useful resource the FAA links to is the yearly summary of airline accidents.

You can compare aircraft models on the data, but the FAA advises against comparing airlines on their records.

The differences are largely due to the rare but catastrophic nature of a crash, according to the FAA, and they change."""
_FAA_UK = """Корисним ресурсом, на який посилається FAA, є щорічний підсумок авіакатастроф.

Ви можете порівнювати моделі літаків за даними, але FAA радить не порівнювати авіакомпанії за їхніми записами.

Відмінності пояснюються рідкісним, але катастрофічним характером аварії, за словами ФАА, і вони змінюються."""


def test_an_acronym_in_cyrillic_capitals_is_the_acronym():
    assert loud_values(_FAA_EN, "en", _FAA_UK, "uk") == []


def test_another_acronym_in_cyrillic_capitals_is_reported():
    assert ("XL401", "FAA") in loud_values(_FAA_EN, "en", _FAA_UK.replace("ФАА", "ФБР"), "uk")


def test_a_stray_straight_quote_the_source_has_is_not_the_translations_drift():
    en = 'Bakers fume over millers" exemption from the new flour rules'
    uk = 'Пекарі обурені "звільненням мірошників від нових правил щодо борошна'
    assert [rule for rule, _ in loud_values(en, "en", uk, "uk") if rule == "XL502"] == []


def test_a_stray_quote_only_the_translation_has_is_reported():
    en = "Bakers fume over the millers' exemption from the new flour rules"
    uk = 'Пекарі обурені "звільненням мірошників від нових правил щодо борошна'
    assert [rule for rule, _ in loud_values(en, "en", uk, "uk") if rule == "XL502"] == ["XL502"]


def test_the_first_hour_of_a_twelve_hour_range_shares_its_pm():
    en = "The show opens on Friday, with a reception from 6-8 p.m."
    assert loud_values(en, "en", "展示会は金曜日に開幕し、レセプションは午後6時から8時まで。", "ja") == []
    assert loud_values(en, "en", "Die Ausstellung öffnet am Freitag, mit einem Empfang von 18 bis 20 Uhr.", "de") == []


def test_a_changed_first_hour_of_a_range_is_reported():
    en = "The show opens on Friday, with a reception from 6-8 p.m."
    assert [rule for rule, _ in loud_values(en, "en", "展示会は金曜日に開幕し、レセプションは午後5時から8時まで。", "ja")
            if rule.startswith(("XL1", "XL2"))]


def test_a_day_written_before_its_month_in_japanese_is_the_date():
    en = "The 18 December summit gave winemakers an exemption."
    assert loud_values(en, "en", "18 12月のサミットはワイン製造者に免除を与えた。", "ja") == []


def test_a_changed_day_before_its_month_is_reported():
    en = "The 18 December summit gave winemakers an exemption."
    assert [rule for rule, _ in loud_values(en, "en", "19 12月のサミットはワイン製造者に免除を与えた。", "ja")
            if rule.startswith(("XL1", "XL2"))]


_CR_EN = """Congress will need to pass a CR to keep things open, the leader said.

He said a yearlong CR that triggers the cut is the best way to end the crisis."""
_CR_JA = """指導者は、政府を維持するために議会はCRを通過させる必要があると述べた。

彼は、削減を引き起こす１年間のＣＲが危機を終わらせる最善の方法だと述べた。"""


def test_an_acronym_in_full_width_letters_is_the_acronym():
    assert loud_values(_CR_EN, "en", _CR_JA, "ja") == []


def test_an_acronym_dropped_next_to_full_width_letters_is_reported():
    assert ("XL401", "CR") in loud_values(_CR_EN, "en", _CR_JA.replace("１年間のＣＲ", "１年間の予算"), "ja")


_TITLE_EN = ("The agency also lists recent incidents on its Aviation Safety Information Analysis and Sharing "
             "page, which is updated daily.")
_TITLE_UK = ("Агентство також наводить нещодавні інциденти на своїй сторінці Аналізу та обміну інформацією "
             "про безпеку авіації, яка оновлюється щодня.")


def test_a_word_of_a_translated_title_is_not_a_lookalike_name():
    # Analysis / Аналізу: a cognate in a title translated word by word
    assert loud_values(_TITLE_EN, "en", _TITLE_UK, "uk") == []


def test_a_lone_name_that_lost_a_letter_is_still_a_lookalike():
    en = "Dennis Kelleher, the head of the group, said the approval was a mistake."
    uk = "Денніс Келлер, голова групи, заявив, що схвалення було помилкою."
    assert ("XL401", "Kelleher") in loud_values(en, "en", uk, "uk")
