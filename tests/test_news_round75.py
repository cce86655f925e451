"""Round 75 on the news sets' name false alarms (tuning data): a word made from a name with
-eer (Brexiteer) rendered by the name it is made from, a common word that opens the source's
sentence before a name rendered by a word of the translation's own, a short name with a
case ending glued on (Kimin, Leeho), and a French given name's silent s in Cyrillic."""

from tests.conftest import loud_values
from xlcheck.compare.respelt import respelt

# NTREX-128 (MicrosoftTranslator/NTREX, CC BY-SA 4.0), WMT19 newstest with its human
# translations: dailymail-co-uk.298696 (window 1665-1667, its last line, the quotation closed
# here) (Finnish; 1665-1668 for Romanian), bbc.381746 (304-310, its first two lines)
# (Finnish), bbc.381736 (1885-1891, its first two lines) (Finnish).
_JENKYNS = ("Tory Brexiteer Andrea Jenkyns was also at the march, telling reporters: 'I am simply saying: Prime "
            "Minister, listen to the people.'\n",
            "Konservatiivinen brexitin kannattaja Andrea Jenkyns osallistui myös marssille ja sanoi toimittajille: "
            "“Sanon vain: pääministeri, kuunnelkaa kansaa.”\n",
            "Andrea Jenkyns, membră a Partidului Conservator care susține Brexitul, a fost, de asemenea, la "
            "demonstrație și le-a spus reporterilor: „Vreau să spun doar atât: doamnă prim-ministru, ascultați "
            "vocile oamenilor.”\n")
_LIVINGSTON = ("Dolly Menga's first goal for Livingston secured victory\n\nPromoted Livingston stunned Rangers to "
               "consign Steven Gerrard to just his second defeat in 18 games as manager of the Ibrox club.\n",
               "Dolly Mengan ensimmäinen maali Livingstonissa varmisti voiton\n\nSarjanousija Livingston ällistytti "
               "Rangersin ja aiheutti Steven Gerrardille vasta toisen tappion 18 ottelussa Ibrox-seuran managerina.\n")
_KIM = ("North Korea defector numbers 'drop' under Kim\n\nThe number of North Korean defectors to South Korea has "
        "fallen since Kim Jong-un came to power seven years ago, a South Korean lawmaker has said.\n",
        "Pohjois-Korean loikkarien määrä putoaa Kimin aikana\n\nEteläkorealaisen lainsäätäjän mukaan Etelä-Koreaan "
        "Pohjois-Koreasta loikanneiden henkilöiden määrä on vähentynyt Kim Jong-unin seitsemän vuoden takaisen "
        "valtaantulon jälkeen.\n")
# WMT22 general test set en→cs (wmt-conference/wmt22-news-systems): en-ndtv-com.58686,
# cuni-bergamot's translation, its lines 7 and 21.
_LEE = ("POSTECH announced on the 10th that a research team led by Professor Lee Jung-wook of the Department of "
        "Chemical Engineering has developed molecular diagnostic technology.\n\nAccording to Professor Lee, Omicron "
        "has a strong signal for N genes in PCR tests but has a weak signal for S genes.\n",
        "POSTECH 10. oznámil, že výzkumný tým vedený profesorem Lee Jung-wookem z katedry chemického inženýrství "
        "vyvinul molekulární diagnostickou technologii.\n\nPodle profesora Leeho má Omicron silný signál pro N geny "
        "v PCR testech, ale má slabý signál pro S geny.\n")
# WMT24 en→is (wmt-conference/wmt24-news-systems, CommandR-plus): newsrepublic.com.6817, one
# sentence of its segment 7.
_POLITE = ("Kenneth Polite Jr., former assistant attorney general for DOJ's Criminal Division, revised the division's "
           "corporate enforcement policy so as to limit prosecutions.\n",
           "Kenni Polite Jr., fyrri aðstoðarþingmaður lögmanns í Bandalagsdeild Réttarvarnardeildar, endurskoðaði "
           "bandalagsábyrgðarstefnu deildarinnar til að takmarka ákærð.\n")
# NTREX-128: telegraph.405404 (window 1836-1838, its first two lines) (Ukrainian).
_PASTEUR = ("My daughter was dying and I had to say goodbye over the phone\n\nOn landing her daughter had been "
            "rushed to Nice's Hospital Louis Pasteur 2, where doctors worked in vain to save her life.\n",
            "Моя дочка помирала, і мені довелося попрощатися телефоном\n\nПісля приземлення її дочку доправили в 2 "
            "лікарню імені Луї Пастера в Ніцці, де лікарі безуспішно намагалися врятувати її життя.\n")


def test_a_word_made_from_a_name_with_eer_is_rendered_by_the_name():
    en, fi, ro = _JENKYNS
    assert loud_values(en, "en", fi, "fi") == []
    assert loud_values(en, "en", ro, "ro") == []
    assert respelt("Brexiteer", "brexitin") is False and respelt("Brexiteer", "Brexitul") is False
    # a doubled vowel respelt inside a name is still a name respelt by ear
    assert respelt("Wasilla", "Vasilla") is True and respelt("Greer", "Grir") is True


def test_a_common_word_opening_the_sentence_before_a_name_rendered_by_the_translations_own():
    en, fi = _LIVINGSTON
    assert loud_values(en, "en", fi, "fi") == []
    # the given name dropped, the surname left alone at the sentence's start, is still lost
    person = ("Dolly Menga stunned Rangers to consign Steven Gerrard to just his second defeat in 18 games.\n",
              "Menga ällistytti Rangersin ja aiheutti Steven Gerrardille vasta toisen tappion 18 ottelussa.\n")
    assert ("XL401", "Dolly Menga") in loud_values(person[0], "en", person[1], "fi")
    # and so is a given name respelt there (Kenneth / Kenni), where the word before begins as it
    respelt_given = _POLITE
    assert ("XL401", "Kenneth Polite Jr") in loud_values(respelt_given[0], "en", respelt_given[1], "is")


def test_a_short_name_with_a_case_ending_glued_on():
    en, fi = _KIM
    assert loud_values(en, "en", fi, "fi") == []
    assert ("XL401", "Kim") in loud_values(en, "en", fi.replace("Kimin aikana", "Moonin aikana"), "fi")
    # another name that begins with it (Kimmo) is not its case form
    assert ("XL401", "Kim") in loud_values(en, "en", fi.replace("Kimin aikana", "Kimmon aikana"), "fi")
    en, cs = _LEE
    assert loud_values(en, "en", cs, "cs") == []
    assert ("XL401", "Lee") in loud_values(en, "en", cs.replace("profesora Leeho", "profesora Parka"), "cs")


def test_a_french_given_names_silent_s_in_cyrillic():
    en, uk = _PASTEUR
    assert loud_values(en, "en", uk, "uk") == []
    # Louis made another name beside the surname kept is still a name changed
    assert ("XL401", "Hospital Louis Pasteur") in loud_values(en, "en", uk.replace("Луї", "Луки"), "uk")
