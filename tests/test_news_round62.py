"""Round 62 on the fortieth news set's Turkish false alarms (tuning data after its held-out
scores): a year written first in the genitive ("2009'un Eylül ayında", in September 2009), a
figure with Turkish "milyon", a name whose common-noun part Turkish translates behind the
kept word ("Chuuk Adası", "Paris Moda Haftası"), and a storm named with its designator
translated ("Rosa kasırgası", "l'ouragan Rosa")."""

from tests.conftest import loud_values
from xlcheck.compare.turkish import compound_head

# NTREX-128 (MicrosoftTranslator/NTREX, CC BY-SA 4.0), WMT19 newstest with its human Turkish
# translation: abcnews.306774 (window 1641-1647), rt-com.91334 (1257-1263), cbsnews.248411
# (1774-1776), dailymail-co-uk.298692 (639-642, cut to its second sentence) and abcnews.306815
# (199-204).
_SEPTEMBER = ("The defendant, Khalid Barnes, was convicted of murdering two drug suppliers but was ultimately "
              "sentenced to life in prison in September 2009.\n",
              "Sanık Khalid Barnes iki uyuşturucu tedarikçisini öldürmekle suçlanıyordu fakat sonuç olarak 2009'un "
              "Eylül ayında müebbet hapse mahkum edildi.\n")
_FOLLOWERS = ("Speaking in an Instagram Live video to his 142 million followers hours after the claims were reported, "
              "Ronaldo, 33, slammed the reports as \"fake news.\"\n",
              "İddialar medyada yer bulduktan saatler sonra Instagram canlı yayınında 142 milyon takipçisine konuşan "
              "33 yaşındaki Ronaldo, iddiaların \"yalan haber\" olduğunu söyledi.\n")
_CHUUK = ("Local boats helped rescue the other passengers and crew after the plane hit the water while trying to "
          "land at the Chuuk Island airport.\n",
          "Bölgedeki tekneler Chuuk Adası havalimanına inmeye çalışırken suya çakılan uçaktaki diğer yolcuların ve "
          "mürettebatın kurtarılmasına yardımcı oldu.\n")
_FASHION = ("The hats dazzled the style set at Paris Fashion Week.\n",
            "Bu koleksiyon, Paris Moda Haftası'nda stil trendlerini belirleyen isimleri de büyüledi.\n")
_ROSA = ("As forecast, Hurricane Rosa is weakening as it moves over the cooler waters of the northern coast of "
         "Mexico.\n",
         "Hava tahminine göre, Rosa kasırgası, Meksika'nın kuzey kıyısındaki daha soğuk sular üzerinde hareket "
         "ettikçe zayıflıyor.\n")


def test_a_year_written_first_in_the_genitive_is_the_date():
    en, tr = _SEPTEMBER
    assert loud_values(en, "en", tr, "tr") == []
    assert ("XL202", "2009-09") in loud_values(en, "en", tr.replace("2009'un", "2010'un"), "tr")
    assert ("XL202", "2009-09") in loud_values(en, "en", tr.replace("Eylül", "Ekim"), "tr")
    assert loud_values(en, "en", tr.replace("2009'un Eylül ayında", "Eylül 2009'da"), "tr") == []


def test_turkish_millions():
    en, tr = _FOLLOWERS
    assert loud_values(en, "en", tr, "tr") == []
    assert ("XL102", "142000000") in loud_values(en, "en", tr.replace("142 milyon", "142 bin"), "tr")


def test_the_head_of_a_name_translated_in_turkish_is_no_new_name():
    for en, tr in (_CHUUK, _FASHION):
        assert loud_values(en, "en", tr, "tr") == []
    en, tr = _CHUUK
    # a name's other word made another name (no compound's head) still alarms
    assert ("XL401", "Chuuk Island") in loud_values(en, "en", tr.replace("Chuuk Adası", "Chuuk Weno"), "tr")
    assert compound_head("Adası", "tr") and compound_head("Haftası", "tr") and compound_head("Gölü", "tr")
    assert not compound_head("Adası", "az-Cyrl") and not compound_head("Palau", "tr")
    assert not compound_head("Haftası", "nl")


def test_a_storm_named_with_its_designator_translated():
    en, tr = _ROSA
    assert loud_values(en, "en", tr, "tr") == []
    fr = "Comme prévu, l'ouragan Rosa s'affaiblit au-dessus des eaux plus fraîches de la côte nord du Mexique.\n"
    assert loud_values(en, "en", fr, "fr") == []


# dailymail-co-uk.298692 (window 639-642), cut to its first sentence's clause on the collection.
_SEASON = ("Designers Valentino and Thom Browne unveiled an array of wacky oversized head gear for their SS19 "
           "collection on the runway.\n",
           "Tasarımcı Valentino ve Thom Browne, 2019 İlkbahar/Yaz koleksiyonu için inanılmaz büyüklükteki aksesuar "
           "çeşitlerini podyumda görücüye çıkardı.\n")


def test_a_season_code_is_its_year():
    en, tr = _SEASON
    assert ("XL301", "SS19") not in loud_values(en, "en", tr, "tr")
    assert ("XL201", "2019") not in loud_values(en, "en", tr, "tr")
    assert ("XL202", "2019") in loud_values(en, "en", tr.replace("2019 İlkbahar", "2018 İlkbahar"), "tr")
    # the code kept, or another season's
    assert ("XL202", "2019") in loud_values(en, "en", tr.replace("2019 İlkbahar", "SS18 İlkbahar"), "tr")
    kept = loud_values(en, "en", tr.replace("2019 İlkbahar", "SS19 İlkbahar"), "tr")
    assert not any(rule.startswith(("XL2", "XL3")) for rule, _ in kept)
