"""Round 55 on the thirty-eighth and thirty-ninth news sets (NTREX-128 en→ko, en→nl, tuning
data after their held-out scores): clock times a faithful translation writes its own way, the
Korean hour with 시 ("오후 3시" for "3 p.m.", "04시" for "04:00") and the Dutch one with a point
and "uur" ("19.30 uur" for "19:30")."""

from tests.conftest import extracted, loud_values
from xlcheck.extract import dates

# NTREX-128 (MicrosoftTranslator/NTREX, CC BY-SA 4.0), WMT19 newstest with its human
# translations: upi.176249 line 143 and bbc.381765 line 379 (Korean), bbc.381780 line 300
# (Dutch).
_NAPOLI = ("Liverpool battles Napoli in the group stage of the Champions League at 3 p.m. on Wednesday at Stadio San "
           "Paolo in Naples, Italy.\n",
           "리버풀은 이탈리아 나폴리의 스타디오 산 파올로에서 수요일 오후 3시 챔피언스 리그 조별 경기에서 나폴리와 싸운다.\n")
_NORTON = ("The teenage boy was found injured in the Excelsior Terrace area of Midsomer Norton, at about 04:00 BST on "
           "Saturday.\n",
           "그 십대 소년은 영국 서머 타임 기준 토요일 04시 경 미드서머 노튼의 엑셀시어 테라스(Excelsior Terrace)에서 "
           "발견되었습니다.\n")
_CRESCENT = ("The incident unfolded in Ballynagard Crescent on Thursday at about 19:30 BST.\n",
             "Het incident deed zich donderdag rond 19.30 uur plaatselijke tijd voor in Ballynagard Crescent.\n")


def test_a_korean_hour_with_its_part_of_the_day_is_the_english_time():
    assert loud_values(_NAPOLI[0], "en", _NAPOLI[1], "ko") == []
    assert loud_values(_NORTON[0], "en", _NORTON[1], "ko") == []


def test_a_korean_hour_changed_is_reported():
    en, ko = _NAPOLI
    assert ("XL202", "T15:00") in loud_values(en, "en", ko.replace("오후 3시", "오후 5시"), "ko")
    assert ("XL202", "T15:00") in loud_values(en, "en", ko.replace("오후 3시", "오전 3시"), "ko")
    en, ko = _NORTON
    assert ("XL202", "T04:00") in loud_values(en, "en", ko.replace("04시", "05시"), "ko")


def test_korean_hours_minutes_and_what_is_no_clock():
    assert [v for v, _ in extracted(dates, "오후 3시", "ko")] == ["T15:00"]
    assert [v for v, _ in extracted(dates, "새벽 4시 30분", "ko")] == ["T04:30"]
    assert [v for v, _ in extracted(dates, "저녁 7시 반", "ko")] == ["T19:30"]
    # a number of hours, an era, a season are no clock
    assert extracted(dates, "3시간 동안", "ko") == []
    assert extracted(dates, "2시즌 연속", "ko") == []


def test_a_dutch_clock_with_a_point_and_uur_is_the_english_time():
    en, nl = _CRESCENT
    assert loud_values(en, "en", nl, "nl") == []
    assert ("XL202", "T19:30") in loud_values(en, "en", nl.replace("19.30", "20.30"), "nl")
    assert [v for v, _ in extracted(dates, "om 8.15 uur", "nl")] == ["T08:15"]


# bbc.381705 line 1736, bbc.381746 line 315, reuters.218923 line 733 (Russian), cut to the
# clause with the name.
_DUNDEE = ("Francois Bouchard equalised for Dundee before two Lukas Lundvald Nielsen goals secured their victory.\n",
           "Франсуа Бушар сравнял счёт «Данди», прежде чем два гола Лукаса Лундвальда Нильсена закрепили их победу.\n")
_MENGA = ("Livingston worked an opening, Declan Gallagher and Robinson combining to set up Menga.\n",
          "«Ливингстон» воспользовался возможностью: Деклан Галлагер и Робинсон сделали передачу Менге.\n")
_BJORN = ("Thomas Bjorn's European side dominated a misfiring American side in the morning fourballs.\n",
          "Европейская команда Томаса Бьорна доминировала над допускающей ошибки американской командой в утренних "
          "играх.\n")


def test_names_russian_writes_as_they_sound_are_the_names():
    # a French name's silent last d (Бушар), gh between vowels read g (Галлагер), a
    # Scandinavian j after the first consonant read as a y (Бьорн)
    for en, ru in (_DUNDEE, _MENGA, _BJORN):
        assert [f for f in loud_values(en, "en", ru, "ru") if f[0] == "XL401"] == []


def test_those_names_changed_are_reported():
    assert ("XL401", "Francois Bouchard") in loud_values(_DUNDEE[0], "en", _DUNDEE[1].replace("Бушар", "Бланк"), "ru")
    assert ("XL401", "Declan Gallagher") in loud_values(_MENGA[0], "en", _MENGA[1].replace("Галлагер", "Галтон"), "ru")
    assert ("XL401", "Thomas Bjorn") in loud_values(_BJORN[0], "en", _BJORN[1].replace("Бьорна", "Бэрри"), "ru")


# newsweek.51310 lines 702-703 (Polish): the translation keeps the paper's name whole and
# writes the state's with its own word for the point.
_WHEELING = ('Scheduled for Wesbanco Arena in Wheeling, tonight\'s rally could bring supporters from "Ohio and '
             'Pennsylvania and draw coverage from the Pittsburgh media," according to the West Virginia Metro '
             'News.\n\nSaturday will be the second time in the past month that Trump has visited West Virginia, the '
             'state he won by more than 40 percentage points in 2016.\n',
             'Dzisiejszy wiec wyborczy w Wesbanco Arena w Wheeling może przyciągnąć zwolenników z „Ohio i '
             'Pennsylvanii, a także uwagę mediów z Pittsburga” — West Virginia Metro News.\n\nW sobotę Trump '
             'odwiedzi Wirginię Zachodnią — stan, w którym w 2016 roku wygrał o ponad 40 punktów procentowych — po '
             'raz drugi w ostatnim miesiącu.\n')


def test_a_point_of_the_compass_translated_is_the_name_s():
    en, pl = _WHEELING
    assert loud_values(en, "en", pl, "pl") == []
    assert ("XL401", "West") in loud_values(en, "en", pl.replace("Zachodnią", "Wschodnią"), "pl")
