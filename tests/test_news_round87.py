"""Round 87 on the forty-fourth news set's false alarms (tuning data after its held-out score):
Czech decades with their century ("1970. léta"), a season's second year after a slash
("2024/2025" = "2024-25"), Czech round numbers as nouns ("do první padesátky", the top 50), a
name's last word that the translation writes only where the source writes it alone too ("Bram
Stoker's novel … Stoker's book" / "Stokerova románu … Stoker"), a saint's name in the translation's own form ("St Patrick's Day" / "San
Patrizio") and two sentences joined with a colon ("Undeniably, Guinness is everywhere. For the
2024-25 season" / "È innegabile che Guinness sia ovunque: per la stagione 2024-2025")."""

from tests.conftest import extracted, loud_values
from xlcheck.extract import dates, numbers

# WMT25 en→cs and en→it (wmt-conference/wmt25-general-mt, released for MT evaluation; the
# English sources as the WMT25 metrics task's condrift set copies them): sentences of
# guardian-231314, guardian-228996, guardian-230238, and nytimes-153341 with
# the outputs of Laniqo and CUNI-DocTransformer, some cut to the clause the test needs, and
# paragraphs 5 and 7 of guardian-228996 (Laniqo it) whole.
_SLASHERS = ("There are 1970s Italian slasher films with less gruesome plotlines.\n",
             "Je tu 1970. léta italský horor s ještě brutálnějším dějem.\n")
_SEASON = ("For the 2024-25 season, it shafted Budweiser to become the official beer of the Premier League.\n",
           "Pro sezónu 2024/2025 se s Budweiserem utkal o to, kdo bude oficiálním pivem Premier League.\n")
_TOP = ("Did Orange Juice suffer the indignity of their eponymous third album not even entering the top 50 in 1984?\n",
        "Trpěli Orange Juice nedůstojností svého eponymního třetího alba, které se v roce 1984 ani nedostalo do "
        "první padesátky?\n")
_STOKER = ('An unauthorized adaptation of "Dracula," Bram Stoker\'s compulsively readable fever dream of a novel, '
           "a notion nowhere in Stoker's book.\n",
           "Neoficiálním přepracováním Stokerova románu „Drákula“, i když tuto myšlenku Stoker ve své knize "
           "nenalezneme.\n")
_GUINNESS_EN = ('Undeniably, Guinness is everywhere. For the 2024-25 season, it shafted Budweiser to become the '
    'official beer of the Premier League, and will hold this honour for the next four years. It is the '
    "official beer of rugby's Six Nations tournament (meaning that for the next month, it is also the "
    'official beer of people called Henry). And a few months ago, news broke that the brand will be '
    'opening a Guinness Storehouse attraction, described as a "microbrewery and culture hub," in Covent '
    'Garden - despite the fact that London has nothing to do with Guinness or its 250-year-old heritage. '
    'Add to this the countless Hinge prompts about "splitting the G," and the impenetrable gaggle of '
    "gilets that pretty much always surrounds Soho's Guinness Disneyland, otherwise known as the wildly "
    "successful Devonshire pub, and you have to admit that the brand's cool stock is sinking.\n\nWhile "
    'Guinness may be at significant risk of losing its edge among, say, people who queue outside '
    'bakeries, this hardly matters to its bottom line. It has surpassed cult status, and has in essence '
    'become too big to fail. Debra Crew, chief executive of Diageo, the drinks conglomerate that owns the'
    ' brand, told press this week that demand for the stout in October and November 2024 had surpassed '
    "even the amount called for during St Patrick's Day celebrations, noting that the clamour was "
    '"unprecedented." Crew also stated that Diageo is spending €200m (£170m) on a new Guinness factory in'
    ' Kildare to keep supplies up to the level now required.\n')
_GUINNESS_IT = ('È innegabile che Guinness sia ovunque: per la stagione 2024-2025 ha strappato il titolo di birra '
    "ufficiale della Premier League a Budweiser e per i prossimi quattro anni si prenderà quest'onore. È "
    'la birra ufficiale del torneo delle Sei Nazioni (ciò significa che per il prossimo mese sarà anche '
    'la birra ufficiale delle persone che si chiamano Henry). Qualche mese fa si è diffusa la notizia che'
    ' la marca aprirà una Guinness Storehouse, descritta come «micro-birreria e hub culturale», a Covent '
    'Garden, nonostante Londra non abbia niente a che fare con Guinness o con la sua storia che ha ormai '
    '250 anni. Se si aggiungono gli innumerevoli messaggi su Hinge dove si parla di «dividere il G», e il'
    ' gruppo di gilet che quasi sempre circonda il Guinness Disneyland di Soho, conosciuto anche come il '
    'pub Devonshire, che ha fatto un gran successo, dobbiamo ammettere che il fascino della marca sta '
    'iniziando a scemare.\n\nIl marchio Guinness potrebbe correre il rischio di perdere terreno, ad '
    'esempio, tra chi fa la fila fuori dalle panetterie, ma ciò influisce poco sulla sua situazione '
    'finanziaria. Ha oltrepassato il proprio status di culto e in sostanza è diventato troppo grande per '
    'fallire. Questa settimana, Debra Crew, amministratore delegato di Diageo, la società che possiede il'
    ' marchio, ha riferito ai giornalisti che la domanda di stout nel mese di ottobre e novembre 2024 ha '
    'superato persino quella richiesta durante le celebrazioni del giorno di San Patrizio, sottolineando '
    'che la domanda era «senza precedenti». Crew ha inoltre dichiarato che Diageo investirà 200 milioni '
    'di euro (170 milioni di sterline) in un nuovo stabilimento Guinness a Kildare per garantire che la '
    'produzione soddisfi le attuali esigenze.\n')


def test_czech_decade_with_its_century():
    assert loud_values(*_SLASHERS[:1], "en", _SLASHERS[1], "cs") == []
    assert extracted(dates, "Je tu 1970. léta italský horor", "cs") == [("197X", "1970. ")]
    assert ("XL202", "196X") in loud_values(_SLASHERS[0].replace("1970s", "1960s"), "en", _SLASHERS[1], "cs")


def test_second_year_of_a_season_after_a_slash():
    assert loud_values(*_SEASON[:1], "en", _SEASON[1], "cs") == []
    assert extracted(numbers, "sezóna 2024/25", "cs") == [("2024", "2024"), ("2025", "25")]
    assert ("XL101", "2025") in loud_values(_SEASON[0], "en", _SEASON[1].replace("2024/2025", "2024/2026"), "cs")
    # not a fraction, a date or a path: the figure after the slash stays unread there
    assert extracted(numbers, "1/2 of 2024/5 and 2024/2023", "en") == [("1", "1"), ("2024", "2024"), ("2024", "2024")]


def test_czech_round_number_as_a_noun():
    assert loud_values(*_TOP[:1], "en", _TOP[1], "cs") == []
    assert ("XL101", "40") in loud_values(_TOP[0].replace("top 50", "top 40"), "en", _TOP[1], "cs")


def test_surname_alone_where_the_source_writes_it_alone_too():
    assert loud_values(*_STOKER[:1], "en", _STOKER[1], "cs") == []
    # one lone surname more than the source writes: the given name dropped
    assert ("XL401", "Bram Stoker") in loud_values("An adaptation of Dracula, by Bram Stoker.\n", "en",
                                                     "Přepracování románu Drákula, který napsal Stoker.\n", "cs")
    assert ("XL401", "David Brown") in loud_values("David Brown said it. Brown added more.\n", "en",
                                                     "Brown to řekl. Brown dodal víc.\n", "cs")


def test_saint_named_in_the_translation_s_words_and_sentences_joined_with_a_colon():
    assert ("XL006", "Undeniably, Guinness is everywhere.") not in loud_values(_GUINNESS_EN, "en", _GUINNESS_IT, "it")
    assert ("XL401", "Patrick") not in loud_values(_GUINNESS_EN, "en", _GUINNESS_IT, "it")
    # the saint's title dropped, or another saint: the name is missing
    assert ("XL401", "Patrick") in loud_values(_GUINNESS_EN, "en", _GUINNESS_IT.replace("San Patrizio", "Patrizio"),
                                               "it")
    # the colon gone, the first sentence left out: XL006 again
    dropped = _GUINNESS_IT.replace("È innegabile che Guinness sia ovunque: per", "Per")
    assert ("XL006", "Undeniably, Guinness is everywhere.") in loud_values(_GUINNESS_EN, "en", dropped, "it")
