"""Round 15 of the news work: false alarms of WMT22 ja→en (news5, tuning data), where the
translation keeps a date in the form English uses."""
from tests.conftest import loud_values


def loud(ja: str, en: str) -> list[tuple[str, str]]:
    return loud_values(en, "en", ja, "ja")


# -- 年明け, the turn of the year: "at the beginning of next year" ---------------------------

_AID_JA = ("軍事援助は総額６０００万ドル（約６８億円）相当で、年明けには迫撃砲などの発射地点を特定するレーダー４基を"
           "含む最後の装備品がウクライナに輸送される。")
_AID_EN = ("This military aid is worth a total of 60 million dollars (approx. 6.8 billion yen) and a further shipment "
           "containing four radars capable of pinpointing the location of launch sites of mortars and other "
           "ballistic weapons will be sent to Ukraine at the beginning of next year.")


def test_the_turn_of_the_year_is_next_year():
    assert loud(_AID_JA, _AID_EN) == []


def test_next_year_without_the_turn_of_the_year_is_reported():
    ja = _AID_JA.replace("年明けには", "今後")
    assert any(value == "R+1y" for _, value in loud(ja, _AID_EN))


# -- 1日で, "in a single day": a stretch of time, not the first of the month -------------------

_TORNADO_JA = "冬期に1日で発表された竜巻警報は150回近くに達し、記録的な多さでした。"
_TORNADO_EN = ("The number of tornado warnings issued in a single day during the winter season reached nearly 150, "
               "a record high.")


def test_one_day_with_de_is_a_stretch_of_time():
    assert loud(_TORNADO_JA, _TORNADO_EN) == []


def test_the_first_of_the_month_is_still_a_date():
    ja = _TORNADO_JA.replace("1日で", "1日に")
    assert ("XL201", "---01") in loud(ja, _TORNADO_EN)
