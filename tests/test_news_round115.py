"""Round 115 on names changed between two Latin-script languages (tuning data: every news
set): a person's surname a translation replaces by another word beside the given names it
keeps ("Paul Golding" / "Paul Goldberg", "Mansur Musa Gabari" / "Mansur Musa Da"). Each
excerpt is a segment of news48 (WMT25 en→is) or news27 (WMT21 ha→en) as a system translated
it, shortened; each clean twin writes the surname as the source does, or inflected."""

from tests.conftest import loud_located, loud_values
from xlcheck.compare.oneletter import _another_word

# guardian-230238 (AMI), line 21, its last sentence.
_GOLDING = ("Starmer could send Yvette Cooper out to downgrade the desperate, like Paul Golding in heels.\n",
            "Starmer sent Yvette Cooper út til að lækka örvæntinguna, eins og Paul Goldberg í háhæluðum skóm.\n")
# newstest2021-ha-en-970-974 (TWB), segments 970 and 972, the second shortened: the source
# names another person, Garba, whom the translation writes too.
_GABARI = ("Mansur Musa Gabari ya kuma ce, yana da kyau masu wadata su riƙa tallafawa waɗanda ba su dashi "
           "musamman a lokutan sallah.\n\n"
           "Shugabar gidan, Lauriya Sagir Garba, ta yabawa Gidauniyar.\n",
           "Mansur Musa Da also said that he is good enough to support those who are not particularly "
           "fortunate in times of prayer.\n\n"
           "The head of the home, La Garba Garba, commended the foundation.\n")


def test_a_surname_replaced_beside_the_given_name():
    assert loud_located(*_GOLDING[:1], "en", _GOLDING[1], "is") == [("XL401", "Paul Golding", 1)]
    # the surname as the source spells it, or with an Icelandic genitive ending: no drift
    for kept in ("Golding", "Goldings"):
        assert loud_values(*_GOLDING[:1], "en", _GOLDING[1].replace("Goldberg", kept), "is") == []


def test_a_surname_replaced_in_a_translation_from_hausa():
    assert ("XL401", "Mansur Musa Gabari") in loud_values(*_GABARI[:1], "ha", _GABARI[1], "en")
    # (Garba, a name the source writes itself, is no form of Gabari in the translation;)
    # the surname kept: not reported (the second segment's other changes are)
    kept = _GABARI[1].replace("Musa Da", "Musa Gabari")
    assert not [value for _rule, value in loud_values(*_GABARI[:1], "ha", kept, "en") if "Gabari" in value]


def test_what_is_no_surname_replaced():
    # after a title, a royal name a translation may localise
    source = _GOLDING[0].replace("Paul Golding", "King Charles")
    assert loud_values(source, "en", _GOLDING[1].replace("Paul Goldberg", "King Karl"), "is") == []
    # a word the source writes itself, as a name of its own
    source = _GOLDING[0].replace("in heels.", "in heels, or Goldberg.")
    assert loud_values(source, "en", _GOLDING[1].replace("skóm.", "skóm, eða Goldberg."), "is") == []
    # German writes its nouns with a capital: the word may be a common noun
    assert loud_values(*_GOLDING[:1], "en", "wie Paul Goldberg in Stöckelschuhen.\n", "de") == []
    # inside inline code a literal changed is the markup rule's (XL702, test_docs_round11)
    assert ("XL401", "Paul Golding", 1) not in loud_located("Scope: `Paul Golding`\n", "en", "Svið: `Paul Goldberg`\n", "is")
    # spellings of the surname's own: a case ending, the name cut (another rule's), a look-alike
    assert not _another_word("Golding", "Goldingu") and not _another_word("International", "Internacional")
    assert _another_word("Golding", "Goldberg") and _another_word("Gabari", "Da")


# upi-228777 (Lan-BridgeMT, en→is), segment 2, and lines-140-151 (NLLB, de→en), the end of
# segment 11: the credit of an agency a translation leaves out.
_UPI = ("July 25 (UPI) -- The Centers for Disease Control and Prevention is investigating an outbreak of "
        "salmonella.\n",
        "25. júlí - Sjúkdómsvarnarmiðstöðvarnar rannsaka salmonellufaraldur.\n")
_DPA = ('"Der Versuch des IOC ist der falsche Weg", teilte ein Sprecher des Innenministeriums auf '
        "dpa-Anfrage mit.\n",
        '"The effort of the IOC is the wrong way", said a spokesman of the Ministry of the Interior.\n')


def test_the_credit_of_upi_or_dpa_dropped():
    assert ("XL401", "UPI", 1) in loud_located(*_UPI[:1], "en", _UPI[1], "is")
    assert ("XL401", "UPI") not in loud_values(*_UPI[:1], "en", _UPI[1].replace("júlí -", "júlí (UPI) -"), "is")
    assert loud_located(*_DPA[:1], "de", _DPA[1], "en") == [("XL401", "dpa", 1)]
    # the agency named in capitals or in full is the agency kept
    for kept in ("to a DPA inquiry", "to the Deutsche Presse-Agentur"):
        assert loud_values(*_DPA[:1], "de", _DPA[1].replace("Interior.", f"Interior {kept}."), "en") == []
