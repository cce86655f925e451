"""Round 32 of the news work: missed names pooled across the news sets (tuning data).

A name that a source in a language writing its nouns in lower case (Hausa, Icelandic,
Czech) writes inside a sentence, and that the English writes in no form, was reported
only when every capitalised word of the English segment was one the source writes too:
one capitalised word of the translation's own ("Minister of state", "the Supreme Court")
kept every name of the segment silent. Now such a word keeps silent only the names it
may translate: one spelt with the same first three letters ("Danmerkur" / "Denmark"),
or one at about the same place in the sentence ("Landspítalans" / "the National
Hospital"). Each excerpt is a segment of news24 (WMT21 is→en) or news27 (WMT21 ha→en)
as a system translated it; each clean twin is a faithful English written for the test."""

from tests.conftest import loud_values

# newstest2021-ha-en-834-837 (TWB), segment 836.
_CONTRACTS_HA = (
    "Daga cikin sunayen ƴan majalisun da suka karbi kwangilar har da shugaban Kwamitin Majalisar Dattawa "
    "mai Kula da Yankin Niger Delta, Peter Nwabaoshi wanda ya karbi jerin kwangiloli har guda 53 kamar "
    "yadda Minista Akpabio ya sanar.\n"
)
_CONTRACTS_EN = (
    "Among the names of the candidates who received the contract include the chairman of the Senate "
    "Committee on the Niger Delta, Peterba, who received a list of 53 contracts as Minister of state.\n"
)
_CONTRACTS_EN_FAITHFUL = (
    "Among the lawmakers who received contracts is the chairman of the Senate Committee on the Niger "
    "Delta, Peter Nwabaoshi, who received 53 contracts, as Minister Akpabio announced.\n"
)

# newstest2021-ha-en-660-665 (TWB), segment 663.
_SEAT_HA = (
    "Kafin Kotun ƙoli, Kotun Daukaka Kara ta Tarayya ta yanke hukuncin a mayar da Aminu Babba a kan kujerar sa.\n"
)
_SEAT_EN = "Prior to the Supreme Court, the Federal Court of appeal ruled in favor of the chief judge.\n"
_SEAT_EN_FAITHFUL = (
    "Prior to the Supreme Court, the Federal Court of Appeal ruled that Aminu Babba be returned to his seat.\n"
)

# newstest2021-is-en, window text-126-8-11 (Facebook-AI), segment 9.
_CURFEW_IS = "Þá er útgöngubann nú í gildi fyrir 200 þúsund íbúa í Segria-sýslu í vesturhluta Katalóníu.\n"
_CURFEW_EN = "A curfew is also in place for 200,000 people in the western region of Catalonia.\n"
_CURFEW_EN_FAITHFUL = "A curfew is now in force for 200,000 residents of Segria county in western Catalonia.\n"

# newstest2021-is-en, window text-84-1-7 (Mideind), segment 3.
_HOME_IS = "Samkvæmt danska miðlinum Bold er Tobias tilbúinn að fara aftur heim til Danmerkur.\n"
_HOME_EN = "According to Danish medium Bold, Tobias is ready to go back home to Denmark.\n"

# newstest2021-is-en, window text-134-1-4 (Facebook-AI), segment 3.
_VIRUS_IS = (
    "Þetta er ekki eitthvað sem hefur verið að malla hér innanlands,“ segir Már Kristjánsson, yfirlæknir á "
    "smitsjúkdómadeild Landspítalans, um þær fregnir að „ný tegund veiru“ hafi greinst hér á landi.\n"
)
_VIRUS_EN = (
    'This is not something that has been simmering here in Iceland," says Már Kristjánsson, chief physician '
    'at the infectious diseases department of the National Hospital, about the reports that a "new type of '
    'virus" has been detected in Iceland.\n'
)

# newstest2021-ha-en-949-954 (TWB), segment 950.
_TRIBE_HA = (
    "Wani shugaban Ƙabila ya bayyana cewa wannan na zuwa ne biyo bayan cimma wata yarjejeniya da masu "
    "gonaki cewar za su koma bakin aikin su na noma, sai dai a yammacin jiya ne ƴan tada kayar baya suka "
    "bude musu wuta tare da kashe mutane 20 ciki har da mata da kananan yara.\n"
)
_TRIBE_EN = (
    "A tribal leader stated that this comes after reaching a agreement with the landowners that they would "
    "return to their agriculture, but the West yesterday announced they had opened fire with 20 people "
    "including women and children.\n"
)


def test_a_minister_s_name_dropped_beside_a_title_of_the_translation_is_reported():
    # "Minister of state" is the English's own capital, at the end where the name was
    assert ("XL401", "Akpabio") in loud_values(_CONTRACTS_HA, "ha", _CONTRACTS_EN, "en")


def test_the_minister_named_is_no_finding():
    assert loud_values(_CONTRACTS_HA, "ha", _CONTRACTS_EN_FAITHFUL, "en") == []


def test_a_name_dropped_from_a_sentence_naming_courts_is_reported():
    # "Supreme Court" and "Federal Court" open the sentence; the name stood at its end
    assert loud_values(_SEAT_HA, "ha", _SEAT_EN, "en") == [("XL401", "Aminu Babba")]


def test_the_name_kept_beside_the_courts_is_no_finding():
    assert loud_values(_SEAT_HA, "ha", _SEAT_EN_FAITHFUL, "en") == []


def test_an_icelandic_county_dropped_is_reported():
    assert loud_values(_CURFEW_IS, "is", _CURFEW_EN, "en") == [("XL401", "Segria")]


def test_the_county_kept_is_no_finding():
    assert loud_values(_CURFEW_IS, "is", _CURFEW_EN_FAITHFUL, "en") == []


def test_a_country_the_translation_spells_with_its_first_letters_is_no_finding():
    assert loud_values(_HOME_IS, "is", _HOME_EN, "en") == []


def test_a_name_the_translation_renders_at_the_same_place_is_no_finding():
    assert loud_values(_VIRUS_IS, "is", _VIRUS_EN, "en") == []


def test_a_word_after_a_title_in_lower_case_is_no_finding():
    # "shugaban Ƙabila", a tribal leader; "the West" renders "a yammacin jiya" (yesterday evening)
    assert loud_values(_TRIBE_HA, "ha", _TRIBE_EN, "en") == []
