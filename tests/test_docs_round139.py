"""Round 139 on documentation (tuning data docs58 after its held-out score): a code span a
catalogue entry cut from a Markdown page names twice in one sentence, of one subject, which
the Japanese names once and then leaves implicit; inline code mixing a formula and a phrase
of prose, whose prose the Japanese translates inside the code marks; code marks a
translation drops in a code-block comment of a catalogue, from names it still writes.
Source: rust-lang/rust-by-example@898f0ac1 (MIT or Apache-2.0; `po/ja.po`, as in
`fixtures/heldout/docs58/po-rbe-ja`): the entries of `src/std_misc/file/open.md:44`,
`src/error/result.md:41`, `src/hello/print/fmt.md:83` (cut to its first sentence),
`src/flow_control/if_let.md:32` and `src/scope/lifetime/static_lifetime.md:3` and `:96`. The
changed twins are written for the test."""

from __future__ import annotations

from tests.conftest import loud_catalogue
from xlcheck.compare.values import _prose_translated_in_code

# src/std_misc/file/open.md:44
OPEN_EN = ("(You are encouraged to test the previous example under different failure conditions: "
           "`hello.txt` doesn't exist, or `hello.txt` is not readable, etc.)")
OPEN_JA = ("（気が向いたなら、上記の例を様々な形で失敗させてみましょう。例えば`hello.txt`が存在しないとか、"
           "読み込み権限がないとか、そういった状況で実行してみてください。）")
# src/error/result.md:41: `panic` named in two sentences, the first translated (パニック)
PANIC_EN = ("In the unsuccessful case, `parse()` leaves us with an error for `unwrap()` to `panic` on. "
            "Additionally, the `panic` exits our program and provides an unpleasant error message.")
PANIC_JA = ("失敗例では、`parse()`がエラーを返すため`unwrap()`がパニックします。そして、`panic`はプログラムを"
            "終了させて不快なエラーメッセージを出力します。")
# src/hello/print/fmt.md:83, its first sentence
RGB_EN = ("The formula for calculating a color in the RGB color space is: `RGB = (R*65536)+(G*256)+B , "
          "(when R is RED, G is GREEN and B is BLUE)`.")
RGB_JA = "RGB色空間で色を計算する式は`RGB = (R*65536)+(G*256)+B （R は RED, G は GREEN and B は BLUE）`です。"


def test_a_code_span_named_twice_in_one_sentence_may_be_named_once(tmp_path):
    assert loud_catalogue(tmp_path, [(OPEN_EN, OPEN_JA)], "ja", "src/std_misc/file/open.md:44") == []


def test_twin_the_code_span_dropped_is_reported(tmp_path):
    dropped = OPEN_JA.replace("`hello.txt`が", "ファイルが")
    assert loud_catalogue(tmp_path, [(OPEN_EN, dropped)], "ja", "src/std_misc/file/open.md:44") == [
        ("XL701", "`hello.txt`")]


def test_twin_in_a_catalogue_of_rest_pages_the_literal_is_counted(tmp_path):
    assert ("XL701", "`hello.txt`") in loud_catalogue(tmp_path, [(OPEN_EN, OPEN_JA)], "ja", "../../library/open.rst:44")


def test_twin_a_code_span_named_again_in_another_sentence_is_counted(tmp_path):
    # docs58's label: the first `panic` translated as パニック, the second kept
    assert loud_catalogue(tmp_path, [(PANIC_EN, PANIC_JA)], "ja", "src/error/result.md:41") == [("XL701", "`panic`")]


def test_prose_translated_inside_a_code_span_keeps_the_code(tmp_path):
    assert loud_catalogue(tmp_path, [(RGB_EN, RGB_JA)], "ja", "src/hello/print/fmt.md:83") == []


def test_twin_a_figure_changed_inside_the_code_span_is_reported(tmp_path):
    changed = RGB_JA.replace("65536", "65535")
    assert [rule for rule, _ in loud_catalogue(tmp_path, [(RGB_EN, changed)], "ja", "src/hello/print/fmt.md:83")] == [
        "XL702"]


def test_only_small_words_of_a_phrase_of_prose_may_go():
    code = "`RGB = (R*65536)+(G*256)+B , (when R is RED, G is GREEN and B is BLUE)`"
    assert _prose_translated_in_code(code, "`RGB = (R*65536)+(G*256)+B （R は RED, G は GREEN and B は BLUE）`")
    # a name of the code dropped, or one added, is no translation of its prose
    assert not _prose_translated_in_code(code, "`RGB = (R*65536)+(G*256) （R は RED, G は GREEN and B は BLUE）`")
    assert not _prose_translated_in_code(code, "`RGB = (R*65536)+(G*256)+B+A （R は RED, G は GREEN and B は BLUE）`")
    # nothing of it lost: a literal translated around its name (docs21's `readonly` /
    # `읽기 전용(readonly)`), not prose translated inside code
    assert not _prose_translated_in_code("`readonly`", "`読み取り専用(readonly)`")
    # a keyword outside a phrase of prose is code
    assert not _prose_translated_in_code("`let x = y`", "`x = y （代入）`")


# src/flow_control/if_let.md:32, a comment of a code block (its lines indented as the code)
IF_LET_EN = ("// The `if let` construct reads: \\\"if `let` destructures `number` into\\n"
             "    // `Some(i)`, evaluate the block (`{}`).\\n")
IF_LET_JA = ("// `if let`文は以下と同じ意味。\\n"
             "    // もしletがnumberをデストラクトした結果が`Some(i)`になるならば\\n"
             "    // ブロック内（`{}`）を実行します。\\n")


def test_code_marks_dropped_in_a_code_block_comment_are_reported(tmp_path):
    found = loud_catalogue(tmp_path, [(IF_LET_EN, IF_LET_JA)], "ja", "src/flow_control/if_let.md:32")
    # the comment line is reported, as a comment whose code changed (XL703)
    assert [rule for rule, _ in found] == ["XL703"]
    assert "if `let` destructures `number`" in found[0][1]


def test_twin_code_marks_kept_in_the_comment_are_quiet(tmp_path):
    kept = IF_LET_JA.replace("もしletがnumberを", "もし`let`が`number`を")
    assert loud_catalogue(tmp_path, [(IF_LET_EN, kept)], "ja", "src/flow_control/if_let.md:32") == []


def test_twin_code_marks_added_in_the_comment_are_quiet(tmp_path):
    # the translation marks what the source writes plain: formatting (docs43's Spanish
    # src/hello/print.md:57 writes `fmt::Display` for fmt::Display)
    plain = IF_LET_EN.replace("`let`", "let").replace("`number`", "number")
    marked = IF_LET_JA.replace("もしletがnumberを", "もし`let`が`number`を")
    assert loud_catalogue(tmp_path, [(plain, marked)], "ja", "src/flow_control/if_let.md:32") == []


# src/scope/lifetime/static_lifetime.md:3 and :96
STATIC_EN = "Rust has a few reserved lifetime names. One of those is `'static`. You might encounter it in two situations:"
STATIC_JA = "Rustにはいくつかの予約されたライフタイム名があります。その1つが`static`で、2つの状況で使用することがあります。"
BOUND_EN = ("It's important to understand this means that any owned data always passes a `'static` lifetime bound, "
            "but a reference to that owned data generally does not:")
BOUND_JA = ("次のポイントを押さえておきましょう。所有権のある値が`'static`ライフタイム境界をパスするとしても、"
            "その値への参照が`'static`ライフタイム境界をパスするとは限りません。")


def test_a_translation_naming_a_code_span_twice_in_one_sentence_hides_no_change_elsewhere(tmp_path):
    # the Japanese names `'static` twice in one sentence where the English names it once:
    # one name, which no longer stands against `'static` written `static` in another entry
    entries = [(STATIC_EN, STATIC_JA), (BOUND_EN, BOUND_JA)]
    assert loud_catalogue(tmp_path, entries, "ja", "src/scope/lifetime/static_lifetime.md:3") == [
        ("XL702", "`'static`")]


def test_twin_both_entries_faithful_are_quiet(tmp_path):
    entries = [(STATIC_EN, STATIC_JA.replace("`static`", "`'static`")), (BOUND_EN, BOUND_JA)]
    assert loud_catalogue(tmp_path, entries, "ja", "src/scope/lifetime/static_lifetime.md:3") == []
