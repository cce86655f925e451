"""Round 46 on the thirty-fourth and thirty-sixth news sets (FLORES zu→xh, NTREX-128 en→es and
en→ja; tuning data after their held-out scores): what faithful translations write another way.
A comma before three digits in a locale that points decimals (Xhosa) groups them."""

from tests.conftest import loud_values

# WMT21 FLORES zu→xh (CC BY-SA 4.0), document 234 segment 1, HuaweiTSC's Xhosa.
_ISLANDS = ("Ngeziqhingi ezingu-17,000 ongakhetha kuzo, ukudla kwase-Indonesia igama elihlanganisa "
            "izinhlobo eziningi zokudlwa kwendawo okutholakala ezweni lonke.\n",
            "Ngeziqithi eziyi-17,000 onokukhetha kuzo, ukutya kwaseIndonesia ligama elibandakanya "
            "iintlobo ezininzi zokudlwa kwendawo ekhoyo kulo lonke ilizwe.\n")


def test_a_comma_groups_where_the_locale_points_decimals():
    zu, xh = _ISLANDS
    assert loud_values(zu, "zu", xh, "xh") == []
    assert loud_values(zu, "zu", xh.replace("17,000", "17 000"), "xh") == []


def test_a_comma_grouped_figure_changed_is_still_a_changed_number():
    zu, xh = _ISLANDS
    assert loud_values(zu, "zu", xh.replace("17,000", "13,000"), "xh") == [("XL102", "17000")]
