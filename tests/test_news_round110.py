"""Round 110 on sentences a translation drops: an English name is written by its sound only
in a capitalised Cyrillic word or a lower-case one spelt like it (ківи for Kiwi polish), so a
common Ukrainian word only near its sound (його for Hugo, людей for Lord, хорошим for Hulk) no
longer makes the sentence that names it look kept."""

from tests.conftest import loud_values
from tests.test_news_round108 import _RUMBLE_EN, _RUMBLE_TR
from xlcheck.compare.truncation import _sounded


def test_a_lower_case_cyrillic_word_does_not_write_a_name_by_its_sound():
    assert not _sounded("Hugo", "якби у нього були в його розпорядженні")
    assert not _sounded("Lord", "уряд США і соціальні медіа")
    assert not _sounded("Hulk", "була хорошим способом")
    # a name written by its sound is capitalised, or spelt as it is (a brand as a common noun)
    assert _sounded("Kiwi", "заповненим старим лаком для ківи та кистями")
    assert _sounded("Guinness", "рейтингу Лондона Гіннесса за допомогою")
    assert _sounded("Hugo", "Хуго Босс") and _sounded("Boss", "Хуго Босс")


def test_a_dropped_sentence_of_names_common_words_sound_like_is_reported():
    found = loud_values(_RUMBLE_EN, "en", _RUMBLE_TR, "uk")
    assert ("XL006", "He wouldn't have needed the V2 rocket, Lord") in found
    assert ("XL401", "Lord Haw-Haw and Hugo Boss") in found
