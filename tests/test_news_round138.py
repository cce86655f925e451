"""Round 138 on the numbers and dates the news sets missed by their era, decade or rank: a
year whose era marker a translation lost ("ku-5000 BC" / "emva 5,000 USUK", "62 î.Hr" /
"62 r."), a Zulu decade made its first year ("ngawo-1850" / "ngo-1850"). The excerpts are
WMT21 FLORES, WMT21 newstest and MLQE-PE segments (see fixtures/SOURCES.md)."""

from tests.conftest import loud_values

# -- an era marker lost: XL202 -------------------------------------------------------------

ZU_SKIING = ("Umcabango wokushushuluza eqhweni owakudala kakhulu — imidwebo yasemihumeni eveza abashushuluzi "
             "baseqhweni ihlehlela emuva ku-5000 BC!")
XH_SKIING = "I kakhulu ubudala unye ka-skiing — cavemen paintings ukuba depict skiers imihla emva 5,000 USUK!"
RO_CATILINA = "thumbleft150pxCupa de propagandă a lui [ [ Catilina pentru alegerile consulare din 62 î.Hr ."
EN_CATILINA = "his propaganda copper thumbleft150pxCup [ Catalyn for consular elections 62 r ."
ZU_CASABLANCA = ("Idolobha lanamuhla laseCasablanca lasungulwa abadobi baseBerber ngekhulu lama-10 leminyaka BCE, futhi "
                 "belisetshenziswa abantu baseFenike, eRoma, kanye namaMerenid njengetheku elisendaweni ekahle "
                 "elibizwa nge-Anfa.")
XH_CASABLANCA = ("Idolophu yanamhlanje yaseCasablanca yasungulwa ngabadobi baseBerber ngenkulungwane ye-10 BCE, kwaye "
                 "belisetyenziswa abantu baseFenike, eRoma, kunye namaMerenid njengetheku elikwindawo efanelekileyo "
                 "ebizwa ngokuba yiAnfa.")
EN_PERSIANS = "First produced in 472 B.C., Aeschylus's \"The Persians\" is considered the oldest surviving Greek play."
CS_PERSIANS = ("Aischylova hra Peršané, která byla poprvé uvedena v roce 472 př. n. l., je považována za nejstarší "
               "dochovanou řeckou hru.")


def test_a_year_that_loses_its_era_marker_is_another_year():
    assert ("XL202", "5000 BC") in loud_values(ZU_SKIING, "zu", XH_SKIING, "xh")
    assert ("XL202", "62 î.Hr") in loud_values(RO_CATILINA, "ro", EN_CATILINA, "en")
    # the marker added where the source has none is the same change, seen from the other side
    assert ("XL202", "62") in loud_values(EN_CATILINA, "en", RO_CATILINA, "ro")


def test_a_year_with_its_era_marker_in_each_version_is_clean():
    assert loud_values(ZU_CASABLANCA, "zu", XH_CASABLANCA, "xh") == []
    assert loud_values(EN_PERSIANS, "en", CS_PERSIANS, "cs") == []
    assert loud_values(EN_PERSIANS, "en", CS_PERSIANS.replace("472 př. n. l.", "472 před naším letopočtem"), "cs") == []
    assert loud_values(RO_CATILINA, "ro", EN_CATILINA.replace("62 r .", "62 BC ."), "en") == []
    assert not [f for f in loud_values(ZU_SKIING, "zu", XH_SKIING.replace("USUK", "ngaphambi kukaKristu"), "xh")
                if f[0].startswith("XL2")]


def test_an_era_marker_is_not_read_where_it_is_not_one():
    # B.C. is British Columbia where a version names the province
    en = "Nearly 1,200 B.C. residents were evacuated as the fires spread."
    fr = "Près de 1 200 habitants de la Colombie-Britannique ont été évacués à cause des incendies."
    assert not [f for f in loud_values(en, "en", fr, "fr") if f[0].startswith("XL2")]
    # a version in a language whose markers are not read is no evidence of a marker lost
    assert not [f for f in loud_values(EN_PERSIANS, "en", EN_PERSIANS.replace(" B.C.", ""), "sw")
                if f[0].startswith("XL2")]


# -- a Zulu decade made a year: XL202 ------------------------------------------------------

ZU_APIA = ("I-Aphiya yasungulwa ngawo-1850 futhi yaba yinhlokodolobha engokomthetho yaseSamowa kusukela ngo-1959.")
XH_APIA = "I-Aphiya yasekwa ngo-1850 yaza yaba yikomkhulu elisemthethweni laseSamowa ukususela ngo-1959."


def test_a_zulu_decade_made_its_first_year_is_another_date():
    assert loud_values(ZU_APIA, "zu", XH_APIA, "xh") == [("XL202", "185X")]
    # the year in each version, and the decade in each
    assert loud_values(ZU_APIA.replace("ngawo-1850", "ngo-1850"), "zu", XH_APIA, "xh") == []
    assert not [f for f in loud_values(ZU_APIA, "zu", XH_APIA.replace("ngo-1850", "ngo 1850s"), "xh")
                if f[0].startswith("XL2")]


# -- an ordinal dropped: XL101 ---------------------------------------------------------------

RU_FILM = ("На студиях, кстати, тоже не дураки сидят: чтобы растянуть зрительское удовольствие и напоследок выжать "
           "максимум из франшизы, седьмой фильм решили разбить на две части.")
EN_FILM_REFA = ("The people sitting in the studios aren't idiots either, by the way: in order to expand the enjoyment of "
                "the viewing experience and, ultimately, squeeze as much as they can out of the franchise, they have "
                "decided to split the film into two parts.")
EN_FILM_NLLB = ("By the way, the studios are not fooled either: In order to prolong the viewer's pleasure and finally make "
                "the most out of the franchise, they decided to divide the seventh film into two parts.")


def test_an_ordinal_that_a_translation_drops_is_a_number_missing():
    assert ("XL101", "7") in loud_values(RU_FILM, "ru", EN_FILM_REFA, "en")
    assert ("XL101", "7") in loud_values(EN_FILM_NLLB, "en", RU_FILM.replace("седьмой фильм", "фильм"), "ru")


def test_an_ordinal_kept_as_a_word_a_figure_or_a_numeral_is_clean():
    assert loud_values(RU_FILM, "ru", EN_FILM_NLLB, "en") == []
    assert loud_values(RU_FILM, "ru", EN_FILM_NLLB.replace("seventh film", "7th film"), "en") == []
    assert loud_values(RU_FILM, "ru", EN_FILM_NLLB.replace("the seventh film", "Film VII"), "en") == []


def test_a_fraction_first_second_or_an_unread_language_is_not_a_rank():
    # "a third" and "одна седьмая" are fractions; "second" is not compared
    assert not [f for f in loud_values("A third of the budget went to roads.", "en",
                                       "Часть бюджета ушла на дороги.", "ru") if f[0] == "XL101"]
    assert not [f for f in loud_values("Одна седьмая бюджета ушла на дороги.", "ru",
                                       "Part of the budget went to roads.", "en") if f[0] == "XL101"]
    assert not [f for f in loud_values("He won for the second time.", "en", "Он снова победил.", "ru")
                if f[0] == "XL101"]
    # German ordinal words are not all read: the rank is not looked for there
    assert not [f for f in loud_values(EN_FILM_NLLB, "en", "Sie teilten den siebten Film in zwei Teile.", "de")
                if f[0] == "XL101"]


# -- the rank second from the end changed: XL101 --------------------------------------------

DE_MODROW = "Vorletzter Ministerpräsident der DDR Hans Modrow gestorben"
EN_MODROW = "Last Prime Minister of the GDR, Hans Modrow has died."
EN_WATFORD = "Watford was also relegated as the next-to-last team after losing 3-2 at Arsenal."
CS_WATFORD = "Watford byl také vyřazen jako předposlední tým po prohře 3:2 na hřišti Arsenalu."


def test_second_to_last_made_last_is_a_rank_changed():
    assert loud_values(DE_MODROW, "de", EN_MODROW, "en") == [("XL101", "vorletzter")]
    assert ("XL101", "předposlední") in loud_values(CS_WATFORD, "cs", EN_WATFORD.replace("next-to-last", "last"), "en")


def test_second_to_last_in_each_version_is_clean():
    assert loud_values(EN_WATFORD, "en", CS_WATFORD, "cs") == []
    assert loud_values(DE_MODROW, "de", EN_MODROW.replace("Last", "Penultimate"), "en") == []
    assert loud_values(DE_MODROW, "de", EN_MODROW.replace("Last", "The second-to-last"), "en") == []
    # a language whose words for it are not read
    assert not [f for f in loud_values(DE_MODROW, "de", "Hans Modrow, DDR:n näst sista premiärminister, är död.", "sv")
                if f[0] == "XL101"]


def test_a_word_that_is_also_another_word_or_a_part_is_not_a_rank():
    # "прыжок с шестом" is the pole vault (WMT23 ru→en, NLLB, news17)
    ru = "Регистрация в прыжке с шестом начинается за 80 минут и заканчивается за 55 минут до начала вида."
    en = "Registration for the pole vault begins 80 minutes before the start and ends 55 minutes before."
    assert not [f for f in loud_values(ru, "ru", en, "en") if f[0] == "XL101"]
    assert not [f for f in loud_values("Пятая часть населения живёт в столице.", "ru",
                                       "Much of the population lives in the capital.", "en") if f[0] == "XL101"]


def test_a_rank_kept_in_the_other_language_is_clean():
    # WMT24 cs→uk, radio-praha 11404 (Command R+, news6); the rank made the seventh for the test
    cs = "Indie je po Číně a Japonsku třetí největší ekonomikou v Asii."
    uk = "Індія є третьою за величиною економікою в Азії після Китаю та Японії."
    assert loud_values(cs, "cs", uk, "uk") == []
    sedma = cs.replace("třetí", "sedmá")
    assert loud_values(sedma, "cs", uk.replace("третьою", "сьомою"), "uk") == []
    assert ("XL101", "7") in loud_values(sedma, "cs", uk.replace("третьою за величиною", "великою"), "uk")


def test_third_is_not_compared():
    # "Third-party modules and PyPI.org" / "Moduły zewnętrzne i PyPI.org" (python-docs-pl, docs)
    assert loud_values("Third-party modules and PyPI.org", "en", "Moduły zewnętrzne i PyPI.org", "pl") == []
    assert loud_values("The third film was split in two.", "en", "Фильм разбили на две части.", "ru") == []
