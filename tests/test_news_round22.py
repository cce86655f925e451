"""Round 22 of the news work: the eighteenth news set (WMT23 uk→en, en→ja, tuning data).
A Japanese segment an NLLB system cut short where no mark is written, on a particle that
joins its clause to what follows (…握っているので, "because …"); a quotation over two segments
whose Japanese closes the last with the mark alone (…永遠に悪い"); a handle written with a
full-width mark (＠awr_hawkins) and an e-mail address run together with Japanese."""
from tests.conftest import pair_findings

# -- a Japanese translation that stops on a joining particle: XL005 ---------------------------

# lines-822-830 (NLLB_MBR_BLEU), segments 6-7: segment 6 stops on ので (because).
_PENCE_EN = (
    "That Pence, too, likely has unique information would help the DOJ in any subpoena fight.\n\n"
    "And the reason we think Pence has such information is yet another reason that a privilege claim should "
    "fail.\n")
_PENCE_JA = (
    "ペンスも 特別情報を握っているので\n\n"
    "そして,ペンスはそんな情報を握っていると思うのは 機密権主張が 失敗する理由です\n")


def _cuts(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, int]]:
    return [(f.rule, f.severity, f.locations[1].paragraph) for f in pair_findings(a, lang_a, b, lang_b, "txt", "text")
            if f.rule in ("XL001", "XL005")]


def test_a_japanese_segment_that_stops_on_a_joining_particle_is_cut():
    assert _cuts(_PENCE_EN, "en", _PENCE_JA, "ja") == [("XL005", "error", 1)]


def test_the_same_segment_translated_whole_is_clean():
    ja = _PENCE_JA.replace("握っているので\n", "握っているので,召喚状をめぐるどんな争いでも司法省の助けになるだろう.\n", 1)
    assert _cuts(_PENCE_EN, "en", ja, "ja") == []


# -- a quotation over two segments whose Japanese closes the last with the mark alone ----------

# lines-387-394 (NLLB_Greedy), segments 2-3: the English opens the quotation in one segment
# and closes it in the next; the Japanese closes both, the second with no full stop before it.
_GAME_EN = '"A good game is only late until it ships.\n\nA bad game is bad forever."\n'
_GAME_JA = '"良いゲームは 運ばれるまで遅い"\n\n悪いゲームは永遠に悪い"\n'


def _quotes(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, int]]:
    return [(f.rule, f.value, f.locations[1].paragraph) for f in pair_findings(a, lang_a, b, lang_b, "txt", "text")
            if f.rule.startswith("XL50")]


def test_a_japanese_segment_closing_a_quotation_with_the_mark_alone_keeps_it():
    assert _quotes(_GAME_EN, "en", _GAME_JA, "ja") == []


def test_the_same_segment_without_the_mark_has_lost_the_quotation():
    ja = _GAME_JA.replace('悪い"\n', "悪い\n")
    assert _quotes(_GAME_EN, "en", ja, "ja") == [("XL501", "A bad game is bad…", 2)]


# -- a handle written with a full-width mark, an e-mail address run together with Japanese -----

# lines-884-893 (refA), segments 7 and 9.
_REACH_EN = "Follow him on Instagram: @awr_hawkins.\n\nReach him directly at awrhawkins@breitbart.com.\n"
_REACH_JA = "インスタグラムで＠awr_hawkinsをフォローしよう。\n\n直接連絡はawrhawkins@breitbart.com.まで。\n"


def _links(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, int]]:
    return [(f.rule, f.value, f.locations[1].paragraph) for f in pair_findings(a, lang_a, b, lang_b, "txt", "text")
            if f.rule.startswith("XL60")]


def test_a_full_width_handle_and_an_address_run_together_with_japanese_are_kept():
    assert _links(_REACH_EN, "en", _REACH_JA, "ja") == []


def test_the_same_handle_and_address_changed_are_reported():
    ja = _REACH_JA.replace("＠awr_hawkins", "＠awr_hawk").replace("awrhawkins@", "hawkins@")
    # (a handle cut short is another handle, not one in the reader's words: XL602)
    assert _links(_REACH_EN, "en", ja, "ja") == [("XL602", "@awr_hawkins", 1),
                                                 ("XL602", "awrhawkins@breitbart.com", 2)]
