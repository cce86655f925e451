"""Round 28 of the news work: the twenty-sixth news set (WMT21 en→ja and en→zh; tuning data).
An English name written inside a sentence that the Japanese translation writes in katakana
elsewhere in the document but in its segment in no form, while every katakana word of the
segment renders a word of the English: the name was dropped ("Typically, Vallat finds
moments" / "普段は…", the sentence left with no subject)."""

from tests.conftest import loud_values

# WMT23 en-ja lines-589-598 (NLLB_MBR_BLEU), segments 2 and 4 (the first cut).
_VALLAT_EN = (
    "\"I feel like when I'm about to burn out, basically every task feels like a mountain that you need "
    'to climb, and feels super urgent and important," says Vallat.\n\n'
    "Typically, Vallat finds moments in his day where he can pause and spend time in nature to ground "
    "himself before returning to work.\n"
)
_VALLAT_JA = (
    'ヴァラット は こう 述べ て い ます".疲労 に 耐えられなかったとき,どの 事柄 も,登る 必要 が ある ような 山 の よう に '
    '感じる と,とても 緊急 と 重要 な もの に 思える と思う".\n\n'
    "普段は 仕事に戻る前に 自然の中に立ち止まって 時間を過ごすようなときがあります\n"
)
# The quotation's marks, mangled by the system (". … ".), written 「」 for the test; the twin
# names him in the second segment (written for the test).
_VALLAT_JA = _VALLAT_JA.replace('ます".', "ます「").replace('と思う".', "と思う」。")
_VALLAT_JA_KEPT = _VALLAT_JA.replace("普段は ", "普段 ヴァラット は ")


def test_a_name_the_translation_transliterates_elsewhere_and_drops_here_is_reported():
    assert ("XL401", "Vallat") in loud_values(_VALLAT_EN, "en", _VALLAT_JA, "ja")


def test_the_name_kept_in_katakana_is_no_finding():
    assert loud_values(_VALLAT_EN, "en", _VALLAT_JA_KEPT, "ja") == []


def test_a_place_the_translation_writes_in_kanji_is_left_to_the_place_checks():
    english = _VALLAT_EN.replace("in nature", "in Britain")
    assert ("XL401", "Britain") not in loud_values(english, "en", _VALLAT_JA_KEPT, "ja")
