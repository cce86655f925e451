"""Round 17 of the news work: names a translation respells, cuts short or writes in lower
case between two Latin-script languages (WMT22 en→hr, WMT24 en→is; news5 and news8,
tuning data), where the other name checks took the look-alike for another
transliteration of the name."""
from tests.conftest import loud_values


def names(en: str, other: str, lang: str) -> list[str]:
    return [value for rule, value in loud_values(en, "en", other, lang) if rule == "XL401"]


# -- a "w" respelt "v": a name of Latin origin has one spelling -----------------------------

_ARREST_EN = ("He was arrested on Monday in Wasilla, Alaska, and charged with domestic violence assault on a "
              "female, interfering with a report of domestic violence and possession of a weapon while intoxicated, "
              "according to Dan Bennett, a spokesman for the Wasilla Police Department.")
_ARREST_HR = ("Uhićen je u ponedjeljak u Vasilli na Aljasci i optužen za nasilje u obitelji nad ženom, miješanje u "
              "prijavljivanje nasilja u obitelji i posjedovanje oružja dok je bio u alkoholiziranom stanju, rekao je "
              "dan Bennett, glasnogovornik Policijske uprave Vasilla.")


def test_a_place_respelt_by_ear_is_reported():
    assert any("Wasilla" in value for value in names(_ARREST_EN, _ARREST_HR, "hr"))


def test_the_place_with_a_case_ending_is_kept():
    hr = _ARREST_HR.replace("u Vasilli", "u Wasilli").replace("uprave Vasilla", "uprave Wasilla")
    assert not any("Wasilla" in value for value in names(_ARREST_EN, hr, "hr"))


_QUAKE_EN = ("Many people were reported trapped in the rubble of buildings brought down in the 7.5 magnitude "
             "earthquake which struck Friday and triggered waves as high as 20 feet, agency spokesman Sutopo Purwo "
             "Nugroho told a news conference.")
_QUAKE_HR = ("Mnogi su ljudi navodno zarobljeni ispod ruševina zgrada uništenih u potresu magnitude 7,5 koji se "
             "dogodio u petak i izazvao valove visoke i do 20 metara, rekao je glasnogovornik agencije Sutopo Purvo "
             "Nugroho na konferenciji za novinare.")


def test_a_surname_respelt_is_reported():
    assert "Sutopo Purwo Nugroho" in names(_QUAKE_EN, _QUAKE_HR, "hr")


def test_the_surname_as_written_passes():
    assert names(_QUAKE_EN, _QUAKE_HR.replace("Purvo", "Purwo"), "hr") == []


# -- a doubled vowel respelt, and the name in lower case -------------------------------------

_TRIAL_EN = ("In 2016, Matthew de Grood, the man who killed five people at a house party in Calgary, was found to "
             "be not criminally responsible for his actions.")
_TRIAL_HR = ("2016. godine Matej de grud, čovjek koji je ubio pet osoba na kućnoj zabavi u Kalgariju, proglašen je "
             "neokaljanim za svoje postupke.")


def test_a_surname_respelt_in_lower_case_is_reported():
    assert any("Grood" in value for value in names(_TRIAL_EN, _TRIAL_HR, "hr"))


def test_the_surname_kept_with_a_case_ending_passes():
    hr = _TRIAL_HR.replace("Matej de grud", "Matthew de Grood").replace("Kalgariju", "Calgaryju")
    assert names(_TRIAL_EN, hr, "hr") == []


# -- a surname cut short after the given name ------------------------------------------------

_ATTORNEY_EN = ("Ethan Frenchman is a Disability Rights Washington staff attorney who advocates for people with "
                "disabilities in jails and prisons.")
_ATTORNEY_IS = ("Ethan French er lögfræðingur um réttindi fatlaðs fólks í Washington sem berst fyrir málefnum "
                "fatlaðs fólks í fangelsum og fangelsum.")


def test_a_surname_cut_short_is_reported():
    assert "Ethan Frenchman" in names(_ATTORNEY_EN, _ATTORNEY_IS, "is")


def test_the_whole_surname_passes():
    assert "Ethan Frenchman" not in names(_ATTORNEY_EN, _ATTORNEY_IS.replace("French ", "Frenchman "), "is")


# -- a case ending that replaces a name's last vowel is no respelling ------------------------

def test_a_case_ending_replacing_a_doubled_vowel_passes():
    en = "Red Tide Update: Concentrations decrease in Pinellas, Manatee and Sarasota"
    hr = 'Ažuriranje "crvene plime": smanjenje koncentracije u Pinellasu, Manateu i Sarasoti'
    assert names(en, hr, "hr") == []


# -- a speaker's surname dropped with "said" ------------------------------------------------

_GREGGS_EN = ('Chief executive Roisin Currie told PA she has "no plans currently" to up prices at the till as it '
              "expects a more stable cost base over the year ahead.\n\n"
              "It will keep looking at expanding across retail parks, travel sites, and roadside locations, plus "
              "industrial estates. Currie said: \"Where there's any location where you can't currently access a "
              'Greggs easily, we want to try and get into that location."')
_GREGGS_IS = ('Framkvæmdastjórinn Roisin Currie sagði PA að hún hafi "engin áform" um að hækka verð á kassa þar sem '
              "það gerir ráð fyrir stöðugri kostnaðargrunni á árinu framundan.\n\n"
              "Það mun halda áfram að skoða að stækka yfir verslunargarða, ferðasíður og staði við veginn, auk "
              'iðnaðarjarða. "Þar sem Það er einhver staðsetning þar sem þú getur ekki fengið aðgang að Greggs '
              'auðveldlega, viljum við reyna að komast inn á þann stað."')


def test_a_speaker_dropped_is_reported():
    assert "Currie" in names(_GREGGS_EN, _GREGGS_IS, "is")


def test_the_speaker_kept_passes():
    is_ = _GREGGS_IS.replace('iðnaðarjarða. "Þar', 'iðnaðarjarða. Currie sagði: "Þar')
    assert not any("Currie" in value for value in names(_GREGGS_EN, is_, "is"))


def test_the_calendar_words_a_speaker_is_not_are_cldr_wide_english_months_and_weekdays():
    from xlcheck.locales import wide_calendar_names

    assert wide_calendar_names("en") == frozenset("monday tuesday wednesday thursday friday saturday sunday january february march "
                                            "april may june july august september october november december".split())


# -- a "ck" respelt --------------------------------------------------------------------------

_MASSIE_EN = ("Congressman Thomas Massie of Kentucky, one of the Republican Party's most vocal budget hawks but not "
              "among those who protested the Wednesday vote, said a yearlong CR that triggers the 1 percent spending "
              'cut may be the most feasible way to keep the government open while ending ongoing "brinkmanship."')
_MASSIE_CS = ("Kongresmanka z Kentišku Thomase Masseyeová je jednou ze zakřiknutých republikánských straníků v "
              "oblasti rozpočtu ale není mezi těmi kdo vystupovali proti hlasovaní ve středu. Řekla že nejvhodnější "
              "možností jak udržet vládu otevře přes rok dlouho bude spustit výdajové škrty na úroveň 1.% co by mělo "
              "vést ke konci „bordelingu“.")


def test_a_state_respelt_is_reported():
    assert "Kentucky" in names(_MASSIE_EN, _MASSIE_CS, "cs")


def test_the_state_as_written_passes():
    assert "Kentucky" not in names(_MASSIE_EN, _MASSIE_CS.replace("z Kentišku", "z Kentucky"), "cs")
