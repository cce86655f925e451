"""Round 123 on names in news translated into English from a language that writes them in
Latin letters and inflects them: a person's or a body's name whose first word the English
keeps, without its case ending or its accents ("Lukáše Kropíka" / "Lukáš Kpík"), and whose
rest it makes another capitalised word, is the name changed, also where the English run
goes on into the sentence's next name ("Oastea RomWoentered Bulgaria"). A name of the
source glued to a prefix in the translation ("e-Great Yarmouth" / "Egreat Yarmouth") is
not a renamed word."""

from tests.conftest import loud_values, pair_findings

# WMT21 newstest2021 cs→en 110-113 (Online-A), segment 112.
_KROPIK_CS = "Podle mluvčího banky Lukáše Kropíka se problém mohl týkat tisíců transakcí.\n"
_KROPIK_EN = "According to the bank spokesman Lukáš Kpík, the problem could have involved thousands of transactions.\n"


def test_a_czech_surname_renamed_after_its_given_name_is_reported():
    (finding,) = pair_findings(_KROPIK_CS, "cs", _KROPIK_EN, "en", "txt", "text")
    assert (finding.rule, finding.value, finding.severity) == ("XL401", "Lukáše Kropíka", "warning")
    assert [(place.lang, place.paragraph, place.status) for place in finding.locations] == [
        ("cs", 1, "present"), ("en", 1, "missing")]


def test_the_czech_name_in_its_own_case_or_without_accents_is_no_drift():
    assert loud_values(_KROPIK_CS, "cs", _KROPIK_EN.replace("Kpík", "Kropík"), "en") == []
    assert loud_values(_KROPIK_CS, "cs", _KROPIK_EN.replace("Lukáš Kpík", "Lukas Kropik"), "en") == []


# MLQE-PE ro→en test20 line 835 (segment 12 of the 541-990 item), as tokenised.
_ARMY_RO = "Oastea Română a intrat în Bulgaria pentru a opri această nelegiuire .\n"
_ARMY_EN = "Oastea RomWoentered Bulgaria to stop this illegitimacy .\n"


def test_a_name_run_into_the_next_name_is_still_reported():
    assert loud_values(_ARMY_RO, "ro", _ARMY_EN, "en") == [("XL401", "Oastea Română")]


def test_the_name_translated_or_kept_is_no_drift():
    assert loud_values(_ARMY_RO, "ro", "The Romanian Army entered Bulgaria to stop this lawlessness .\n", "en") == []
    assert loud_values(_ARMY_RO, "ro", "Oastea Română entered Bulgaria to stop this lawlessness .\n", "en") == []


# WMT21 FLORES xh→zu document 82, segment 4 (Online-G).
_PAGET_XH = "Waye wangeniswa kuqala kwisibhedlela i-James Paget Hospital e-Great Yarmouth.\n"
_PAGET_ZU = "Wahambisa izibhedlela zokuqala Esibhedlela Sasejames Paget Egreat Yarmouth.\n"


def test_a_source_name_glued_to_a_prefix_is_not_a_renamed_word():
    assert ("XL401", "James Paget Hospital") not in loud_values(_PAGET_XH, "xh", _PAGET_ZU, "zu")
