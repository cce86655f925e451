"""Round 43 on the thirty-fifth news set (NTREX-128 en→pt and en→de, professional human
translations, tuning data): what a faithful Portuguese or German translation writes another
way. Relative dates in their other forms (no mês que vem, deste ano, beim diesjährigen),
an hour with its part of the day (às duas da tarde), an acronym with full stops (E.U.A.),
a capital said for its country's government and translated by the country's name, and a
number after a figure hyphened to a word (the par-3 16th hole)."""

from tests.conftest import extracted, loud_values
from xlcheck.extract import dates, numbers
from xlcheck.glossary import Glossary

# NTREX-128 (MicrosoftTranslator/NTREX, CC BY-SA 4.0), WMT19 newstest with its human
# translations: reuters.218861 lines 764-766, guardian.221762 line 613, bbc.381790 line 455,
# dailymail.298732 line 164, euronews.153826 lines 1961-1964, newsweek.51318 line 988.
_PYONGYANG_EN = (
    "The Security Council has unanimously boosted sanctions on North Korea since 2006 in a bid to choke off "
    "funding for Pyongyang's nuclear and ballistic missile programs.\n\n"
    "Pompeo met Ri on the sidelines of the U.N. General Assembly and said afterwards that he would visit "
    "Pyongyang again next month to prepare for a second summit.\n")
_PYONGYANG_PT = (
    "O Conselho de Segurança reforçou por unanimidade as sanções contra a Coreia do Norte impostas desde 2006, "
    "numa tentativa de estrangular o financiamento dos programas nucleares e de mísseis balísticos da Coreia do "
    "Norte.\n\n"
    "Pompeo encontrou-se com Ri à margem da Assembleia Geral da ONU e declarou depois que visitaria Pyongyang "
    "novamente no mês que vem para preparar uma segunda cimeira.\n")
_NEXT_YEAR = ("Evo Morales, Bolivia's charismatic indigenous president - who faces a controversial battle for "
              "re-election next year - also has plenty riding on Monday's ruling.\n",
              "Evo Morales, o carismático presidente indígena boliviano, que enfrenta uma controversa batalha pela "
              "reeleição no ano que vem, tem também muito em jogo na sentença de segunda-feira.\n")
_THIS_YEAR = ("West said earlier this year, discussing his album title with radio host Big Boy.\n",
              "afirmou West no início deste ano, quando comentou o título do seu álbum junto do apresentador de "
              "rádio Big Boy.\n")
_TWO_PM = ("At 2pm two police vans were inside the cordon with another van just outside.\n",
           "Às duas da tarde, duas carrinhas da polícia encontravam-se dentro do cordão e outra estava "
           "estacionada na zona imediatamente exterior.\n")
_RYDER_EN = (
    "Team Europe has won the 2018 Ryder Cup defeating Team USA by a final score of 16.5 to 10.5 at Le Golf "
    "National outside Paris, France.\n\n"
    "The US has now lost six consecutive times on European soil and has not won a Ryder Cup in Europe since "
    "1993.\n\n"
    "US star Phil Mickelson, who struggled most of the tournament, plunked his tee-shot into the water at the "
    "par-3 16th hole, conceding his match to Francesco Molinari.\n")
_RYDER_PT = (
    "A Seleção da Europa bate os E.U.A. e ganha a Ryder Cup de 2018 com uma pontuação final de 16,5 para 10,5 "
    "no Le Golf National nos arredores de Paris, França.\n\n"
    "Os E.U.A. acumulam agora seis derrotas consecutivas em solo europeu desde a última vez que venceram a "
    "Ryder Cup na Europa em 1993.\n\n"
    "A estrela norte-americana Phil Mickelson, que demonstrou ter sérias dificuldades durante quase todo o "
    "torneio, arremessou o tee de partida para a água no buraco 16, par 3, dando a vitória a Francesco "
    "Molinari.\n")
_THIS_YEARS = ("Janelle Monáe are among some of the acts performing at this year's event in New York.\n",
               "Janelle Monáe gehören zu den Künstlern, die beim diesjährigen Event in New York auftreten.\n")


def test_relative_dates_in_their_other_portuguese_forms():
    assert extracted(dates, "visitaria Pyongyang novamente no mês que vem", "pt") == [("R+1m", "mês que vem")]
    assert extracted(dates, "no início deste ano", "pt") == [("R0y", "deste ano")]
    assert extracted(dates, "el año que viene", "es") == [("R+1y", "año que viene")]
    assert extracted(dates, "l'an prochain", "fr") == [("R+1y", "an prochain")]


def test_the_german_adjectives_of_the_year():
    assert extracted(dates, "beim diesjährigen Event und der vorjährigen Messe", "de") == [
        ("R0y", "diesjährigen"), ("R-1y", "vorjährigen")]
    assert loud_values(*_THIS_YEARS[:1], "en", _THIS_YEARS[1], "de") == []
    assert loud_values(_THIS_YEARS[0], "en", "beim Event in New York auftreten.\n", "de") == [("XL201", "R0y")]


def test_relative_dates_said_another_way_are_clean():
    for en, pt in (_NEXT_YEAR, _THIS_YEAR):
        assert loud_values(en, "en", pt, "pt") == [], pt
    assert loud_values(_NEXT_YEAR[0], "en", _NEXT_YEAR[1].replace("no ano que vem", "no mês que vem"), "pt") \
        == [("XL202", "R+1y")]


def test_an_hour_with_its_part_of_the_day():
    assert extracted(dates, "às 9 da manhã e às dez da noite", "pt") == [("T09:00", "9 da manhã"),
                                                                         ("T22:00", "dez da noite")]
    assert extracted(dates, "a las dos de la tarde", "es") == [("T14:00", "dos de la tarde")]
    assert extracted(dates, "à deux heures de l'après-midi", "fr") == [("T14:00", "deux heures de l'après-midi")]
    assert extracted(dates, "alle 9 di sera e a mezzanotte", "it") == [("T21:00", "9 di sera")]
    assert extracted(dates, "à meia-noite, às doze da noite", "pt") == [("T00:00", "doze da noite")]
    assert loud_values(*_TWO_PM[:1], "en", _TWO_PM[1], "pt") == []
    # a word excuses the other version's hour; a figure is compared
    assert loud_values(_TWO_PM[0], "en", _TWO_PM[1].replace("Às duas da tarde", "Às 3 da tarde"), "pt") \
        == [("XL202", "T14:00")]


def test_an_acronym_with_full_stops_is_the_acronym():
    assert Glossary().canonical("E.U.A.") == "USA"
    assert loud_values(_RYDER_EN, "en", _RYDER_PT, "pt") == []
    assert loud_values(_RYDER_EN, "en", _RYDER_PT.replace("bate os E.U.A.", "bate a equipa"), "pt") \
        == [("XL401", "USA")]


def test_a_number_after_a_figure_hyphened_to_a_word():
    assert extracted(numbers, "at the par-3 16th hole.", "en") == [("16", "16")]
    assert extracted(numbers, "abayizi-6 000 abantu", "zu") == [("6000", "6 000")]


def test_a_capital_said_for_its_country():
    assert loud_values(_PYONGYANG_EN, "en", _PYONGYANG_PT, "pt") == []
    # not where the translation names the country no more often than the source
    dropped = _PYONGYANG_PT.replace("mísseis balísticos da Coreia do Norte", "mísseis balísticos")
    assert loud_values(_PYONGYANG_EN, "en", dropped, "pt") == [("XL401", "Pyongyang")]


# newsweek.51307 lines 1100-1101 (NTREX-128, CC BY-SA 4.0): a quotation opened inside a
# paragraph that runs on into the next, which opens with a mark; the German gives the first
# paragraph's words as indirect speech.
_BERNERS_LEE_EN = (
    'Berners-Lee said that he and his team are not talking to "Facebook and Google about whether or not to '
    'introduce a complete change where all their business models are completely upended overnight.\n\n'
    '"We are not asking their permission."\n')
_BERNERS_LEE_DE = (
    "Berners-Lee teilte mit, dass er und sein Team sich nicht mit Facebook und Google darüber austauschen werden, "
    "ob eine umfassende Änderung vorgenommen werden soll, bei der ihre gesamten Geschäftsmodelle über Nacht "
    "komplett umgestaltet werden.\n\n"
    "„Wir bitten nicht um ihre Erlaubnis.“\n")


def test_a_quotation_opened_inside_a_paragraph_runs_on_into_the_next():
    assert loud_values(_BERNERS_LEE_EN, "en", _BERNERS_LEE_DE, "de") == [("XL501", "Facebook and Google about whether…")]
    kept = _BERNERS_LEE_DE.replace("mit Facebook", "mit „Facebook").replace("umgestaltet werden.\n", "umgestaltet werden.“\n")
    assert loud_values(_BERNERS_LEE_EN, "en", kept, "de") == []
    # a stray mark inside a paragraph the next does not continue is no quotation
    stray = _BERNERS_LEE_EN.replace('"We are not asking their permission."', "We are not asking their permission.")
    assert loud_values(stray, "en", _BERNERS_LEE_DE.replace("„Wir bitten nicht um ihre Erlaubnis.“",
                                                            "Wir bitten nicht um ihre Erlaubnis."), "de") == []


def test_a_translations_mark_left_open_partners_the_quotation_that_runs_on():
    # the translation keeps the quotation open and writes the next paragraph without its mark
    kept_open = _BERNERS_LEE_DE.replace("mit Facebook", "mit „Facebook").replace(
        "„Wir bitten nicht um ihre Erlaubnis.“", "Wir bitten nicht um ihre Erlaubnis.“")
    assert loud_values(_BERNERS_LEE_EN, "en", kept_open, "de") == []
