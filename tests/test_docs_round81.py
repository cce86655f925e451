"""Round 81 on documentation (tuning data docs43, docs30 and docs44 after their held-out
scores): the names of a code block's comments that only stand in the comments' prose
(``[starting_index..ending_index]``), which the translator translates with the comments
(``[índice_inicial..índice_final]``); numbered steps a translation writes as bullets; a short
word of an example with two letters swapped in a Chinese page (``tow`` for ``two``). Sources
are named above each excerpt and in `fixtures/SOURCES.md`; the Rust block and the twins are
written for the test."""

from __future__ import annotations

from tests.conftest import loud_catalogue, loud_located

# rust-lang/rust-by-example@898f0ac1 (MIT or Apache-2.0; `po/es.po`, src/primitives/array.md:43,
# as in `fixtures/heldout/docs43/po-rbe-es`).
SLICES_EN = ("// Slices can point to a section of an array.\n"
             "    // They are of the form [starting_index..ending_index].\n"
             "    // `starting_index` is the first position in the slice.\n"
             "    // `ending_index` is one more than the last position in the slice.\n")
SLICES_ES = ("// Los slices pueden apuntar a una sección de un arreglo.\n"
             "   // Estos son de la forma [índice_inicial..índice_final].\n"
             "   // `índice_inicial` es la primera posición en el slice.\n"
             "   // `índice_final` es uno más que la última posición en la porción.\n")
WHERE = "src/primitives/array.md:43"


def _entry(source: str, target: str) -> tuple[str, str]:
    return source.replace("\n", "\\n"), target.replace("\n", "\\n")


def test_placeholders_of_a_comment_translated_with_it_are_no_drift(tmp_path):
    assert loud_catalogue(tmp_path, [_entry(SLICES_EN, SLICES_ES)], "es", WHERE) == []


def test_twin_one_placeholder_in_place_of_two_stays_reported(tmp_path):
    # the translation's range names its first index twice: not each name translated
    es = SLICES_ES.replace("[índice_inicial..índice_final]", "[índice_inicial..índice_inicial]")
    found = loud_catalogue(tmp_path, [_entry(SLICES_EN, es)], "es", WHERE)
    assert ("XL301", "ending_index") in found
    assert ("XL703", "code:They are of the form [starting_index..ending_index].") in found


def test_twin_another_english_name_stays_reported(tmp_path):
    es = SLICES_ES.replace("índice_inicial", "first_index")
    found = loud_catalogue(tmp_path, [_entry(SLICES_EN, es)], "es", WHERE)
    assert ("XL301", "starting_index") in found


RUST_EN = """Take a slice:

```rust
fn main() {
    let xs = [1, 2, 3, 4, 5];
    // A slice of the form [start_index..end_index]:
    // `start_index` is the first position in it.
    let slice = &xs[1..4];
}
```
"""
RUST_ES = """Toma un slice:

```rust
fn main() {
    let xs = [1, 2, 3, 4, 5];
    // Un slice de la forma [índice_inicio..índice_fin]:
    // `índice_inicio` es su primera posición.
    let slice = &xs[1..4];
}
```
"""


def test_placeholders_of_a_markdown_block_comment_translated_are_no_drift():
    assert loud_located(RUST_EN, "en", RUST_ES, "es") == []


def test_twin_a_name_the_block_code_uses_stays_reported():
    # `start_index` is a variable of the block's code, which the translation's comment no
    # longer names
    en = RUST_EN.replace("let slice = &xs[1..4];", "let start_index = 1;\n    let slice = &xs[start_index..4];")
    es = RUST_ES.replace("let slice = &xs[1..4];", "let start_index = 1;\n    let slice = &xs[start_index..4];")
    found = loud_located(en, "en", es, "es")
    assert [(rule, value, line) for rule, value, line in found if rule == "XL703"] == [
        ("XL703", "code:`índice_inicio` es su primera posición.", 7)]


# docs30 (The Rust Programming Language, ja): three of the five steps of
# ch12-04-testing-the-librarys-functionality, numbered in the English (rust-lang/book@91754488),
# bulleted in the Japanese (rust-lang-ja/book-ja@822ffbb7); MIT / Apache-2.0, as in
# `fixtures/heldout/docs30/md-rustbook-ja`; the sentences around them cut shorter.
STEPS_EN = """Our program needs to follow these steps:

1. Iterate through each line of the contents.
2. Check whether the line contains our query string.
3. Return the list of results that match.

Let's work through each step.
"""
STEPS_JA = """プログラムは以下の手順に従う必要があります:

* 中身を各行ごとに繰り返す。
* 行にクエリ文字列が含まれるか確認する。
* 一致する結果のリストを返す。

各ステップを追っていきましょう。
"""


def test_each_step_that_lost_its_number_is_reported_at_its_place():
    assert loud_located(STEPS_EN, "en", STEPS_JA, "ja") == [
        ("XL701", "-", 3), ("XL701", "1.", 3), ("XL701", "1.", 4), ("XL701", "1.", 5)]


def test_twin_a_bulleted_list_the_translation_numbers_is_quiet():
    # (docs13, Chaos Mesh: the fault types bulleted in English, numbered in Chinese)
    en = STEPS_EN.replace("1. Iterate", "- Iterate").replace("2. Check", "- Check").replace("3. Return", "- Return")
    ja = STEPS_JA.replace("* 中身", "1. 中身").replace("* 行に", "2. 行に").replace("* 一致", "3. 一致")
    assert loud_located(en, "en", ja, "ja") == []


def test_twin_steps_numbered_in_both_are_quiet():
    ja = STEPS_JA.replace("* 中身", "1. 中身").replace("* 行に", "2. 行に").replace("* 一致", "3. 一致")
    assert loud_located(STEPS_EN, "en", ja, "ja") == []


def test_twin_a_list_of_another_length_is_one_change_of_its_marks():
    ja = STEPS_JA.replace("* 行にクエリ文字列が含まれるか確認する。\n", "")
    assert [(rule, value) for rule, value, _ in loud_located(STEPS_EN, "en", ja, "ja") if value in ("1.", "-")] \
        == [("XL701", "-"), ("XL701", "1.")]


# docs44 (Apache HertzBeat, zh): the JDBC monitor page's example fields, `two` typed `tow` in
# the Chinese wherever the example is repeated, the table below it spelt right. Source:
# apache/hertzbeat@f64da5fc (Apache-2.0; `home/docs/advanced/extend-jdbc.md` and its
# `home/i18n/zh-cn/docusaurus-plugin-content-docs/current/` page), cut shorter.
FIELDS_EN = """eg：
queried Metric fields：one two three four
query SQL：select one, two, three, four from book limit 1;
Here the Metric field and the response data can be mapped into a row of collected data one by one.

|  key  | value |
|-------|-------|
| one   | 243   |
| two   | 435   |
"""
FIELDS_ZH = """例如：
查询的指标字段为：one tow three four
查询SQL：select one, tow, three, four from book limit 1;
这里指标字段就能和响应数据一一映射为一行采集数据。

|  key  | value |
|-------|-------|
| one   | 243   |
| two   | 435   |
"""


def test_a_short_word_with_two_letters_swapped_is_reported_at_each_place():
    assert loud_located(FIELDS_EN, "en", FIELDS_ZH, "zh") == [("XL301", "two", 2), ("XL301", "two", 3)]


def test_twin_the_word_spelt_right_is_quiet():
    assert loud_located(FIELDS_EN, "en", FIELDS_ZH.replace("tow", "two"), "zh") == []


def test_twin_a_latin_script_translation_may_write_its_own_short_word():
    # German writes its own words in Latin letters: `tow` could be one of them
    de = FIELDS_EN.replace("eg：", "z. B.:").replace("one two three", "one tow three").replace(
        "select one, two,", "select one, tow,")
    assert [v for r, v, _ in loud_located(FIELDS_EN, "en", de, "de") if v == "two"] == []
