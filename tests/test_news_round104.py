"""Round 104 on Icelandic (tuning data: news48 after its held-out score, every older news set):
names of an English source a translation keeps with a letter doubled before a consonant
(Caddwalladr), the last consonant changed (Hegsett), two inner letters changed (Pinckock,
Ngiyoi) or one letter off beside the name written right (Keir Stamer ... Starmer); a given
name left out where the source itself names the person by the surname alone; an interjection
is no name; Icelandic decades by ordinal ("á tíunda áratugnum") and ranges sharing their
scale ("60 til 90 milljarðar")."""

from tests.conftest import extracted, loud_located, loud_values
from xlcheck.compare.oneletter import _inner_change, _two_inner_edits
from xlcheck.extract import dates, names, numbers

# WMT25 en→is (AMI), segments of news48, shortened to the clauses that name.
_CADWALLADR = ("An endless web of bad influence that only \"cat woman\" Carole Cadwalladr had the persistence "
               "of vision to apprehend.\n",
               "Endalausa vef af slæmum áhrifum sem Carole Caddwalladr hafði þrautseigju til þess að greina.\n")
_HEGSETH = ("Or so he can suck up his Diet Coke fast enough to amuse Elon Musk, Pete Hegseth and JD Vance.\n",
            "Eða svo hann geti drukkið Diet Coke nógu hratt til að skemmta Elon Musk, Pete Hegsett og JD Vance.\n")
_PINNOCK = ("Keeping the pre-social media setting, Winsome Pinnock's new adaptation draws upon the heightened "
            "poetic style of Blackman's opening chapter.\n",
            "Með því að halda sögusviðinu á undan samfélagsmiðlunum tekur Winsome Pinckock nýja útgáfu af sögunni "
            "mið af hækkaðri ljóðrænni stíl Blackmans í upphafskaflanum.\n")
_STARMER = ("For a brief period around teatime on Monday, Keir Starmer delusionally imagined he could be some "
            "kind of go-between. But did the Wedding Present retool their sound just so Starmer could become "
            "a go-between?\n",
            "Um kaffitímann á mánudag ímyndaði Keir Stamer sér að hann gæti orðið einhvers konar milligöngumaður. "
            "En gerði Wedding Present nýja útgáfu bara til að Starmer yrði milligöngumaður?\n")
# guardian-230238 lines 19 and 21 (AMI), shortened, and a sentence written for the test in
# which the translation names Keir Starmer in full (as its line 1 does): the source names
# Starmer alone later.
_KEIR = ("Keir Starmer backed away, as one might from a neighbour's unpredictable weapon dog.\n\n"
         "I didn't expect Starmer to do it with performative cruelty.\n\n"
         "Keir Starmer once left his village.\n",
         "Starmer dró sig til baka eins og maður frá ófyrirsjáanlegu vopndýri nágranna síns.\n\n"
         "Ég bjóst ekki við því að Starmer myndi gera það með frammistöðuofbeldi.\n\n"
         "Keir Starmer yfirgaf einu sinni þorpið sitt.\n")
# guardian-229703 line 15 (Erlendur) and cnbc-com-52094 line 5 (Erlendur), shortened.
_NINETIES = ("The whole scene is reminiscent of the 90s boom in management consultancy.\n",
             "Allt sviðið minnir á uppsveiflu ráðgjafarþjónustu á tíunda áratugnum.\n")
_BILLIONS = ("Tan estimated the company's service addressable market was $60 billion to $90 billion.\n",
             "Tan áætlaði að þjónustuhæfur markaður fyrirtækisins væri 60 til 90 milljarðar dollara.\n")


def test_a_consonant_doubled_before_another_consonant():
    assert loud_located(*_CADWALLADR[:1], "en", _CADWALLADR[1], "is") == [("XL401", "Carole Cadwalladr", 1)]
    assert loud_values(*_CADWALLADR[:1], "en", _CADWALLADR[1].replace("Caddwalladr", "Cadwalladr"), "is") == []
    # between vowels a double consonant is a spelling of the name's own (Mohammed / Mohamed)
    assert _inner_change("Caddwalladr", "Cadwalladr") and not _inner_change("Mohammed", "Mohamed")
    assert not _inner_change("Matthews", "Mathews")  # th: a digraph


def test_the_last_consonant_changed():
    assert ("XL401", "Pete Hegseth") in loud_values(*_HEGSETH[:1], "en", _HEGSETH[1], "is")
    assert loud_values(*_HEGSETH[:1], "en", _HEGSETH[1].replace("Hegsett", "Hegseth"), "is") == []
    # voiced for voiceless (Turkish Ahmet), an s a Latvian ending makes: spellings of a language
    assert not _inner_change("Ahmed", "Ahmet") and not _inner_change("Hegseth", "Hegsets")


def test_two_inner_letters_changed():
    assert loud_located(*_PINNOCK[:1], "en", _PINNOCK[1], "is") == [("XL401", "Winsome Pinnock's", 1)]
    assert loud_values(*_PINNOCK[:1], "en", _PINNOCK[1].replace("Pinckock", "Pinnock"), "is") == []
    assert _two_inner_edits("Ngoyi", "Ngiyoi")
    # a case ending, vowels for vowels, one sound spelt two ways, a third letter changed
    assert not _two_inner_edits("Jordan", "Jordanin") and not _two_inner_edits("Mohammed", "Muhammad")
    assert not _two_inner_edits("Dmitry", "Dmitrij") and not _two_inner_edits("Pinnock", "Pancrock")
    # a language that respells foreign names by rule is not asked (Latvian)
    assert loud_values(*_PINNOCK[:1], "en", _PINNOCK[1], "lv") == []


def test_one_letter_off_beside_the_name_written_right():
    assert loud_located(*_STARMER[:1], "en", _STARMER[1], "is") == [("XL401", "Keir Starmer", 1)]
    assert loud_values(*_STARMER[:1], "en", _STARMER[1].replace("Stamer", "Starmer"), "is") == []


def test_given_name_left_out_where_the_source_names_the_surname_alone():
    assert loud_values(*_KEIR[:1], "en", _KEIR[1], "is") == []
    # a person the source never calls by the surname alone, or the translation never names
    # in full, loses the given name
    source = _KEIR[0].replace("I didn't expect Starmer to", "I didn't expect him to")
    assert ("XL401", "Keir Starmer") in loud_values(source, "en", _KEIR[1], "is")
    target = _KEIR[1].replace("Keir Starmer yfirgaf", "Hann yfirgaf")
    assert ("XL401", "Keir Starmer") in loud_values(_KEIR[0], "en", target, "is")


def test_interjection_is_no_name():
    assert [v for v, _ in extracted(names, "Or in the case of Polanski's, of the Hey-nothing-personal malevolence?",
                                    "en")] == ["Polanski"]


def test_icelandic_decade_by_ordinal():
    assert extracted(dates, "á tíunda áratugnum", "is") == [("199X", "tíunda áratugnum")]
    assert extracted(dates, "sjöunda áratugarins", "is") == [("196X", "sjöunda áratugarins")]
    assert loud_values(*_NINETIES[:1], "en", _NINETIES[1], "is") == []
    assert ("XL202", "199X") in loud_values(_NINETIES[0], "en", _NINETIES[1].replace("tíunda", "níunda"), "is")


def test_icelandic_range_shares_its_scale():
    assert extracted(numbers, "60 til 90 milljarðar", "is") == [("60000000000", "60"), ("90000000000", "90 milljarðar")]
    assert loud_values(*_BILLIONS[:1], "en", _BILLIONS[1], "is") == []


def test_a_common_noun_opening_a_name_translated_is_no_misspelling():
    # WMT22 en→hr bbc-381647 line 3 (Online-A, news5) and WMT25 en→it guardian-230238 (Laniqo, news44),
    # shortened: the first word of the run is a common noun translated, two letters off
    assert loud_values("Rapper Kanye West is changing his name to Ye.\n", "en",
                       "Reper Kanye West mijenja ime u Ye.\n", "hr") == []
    assert loud_values("Others enjoyed disappointing trailers for the new Captain America movie.\n", "en",
                       "Altri guardavano i deludenti trailer del nuovo film su Capitan America.\n", "it") == []
