"""Round 80 on documentation (tuning data docs44 and docs43 after their held-out scores): a
command in capitals one letter off in a Chinese translation, glued to the Han words around it
(FLUSHALL / "调用UNLINK或FLUSHDB和FLUSHOLL"); a code-block comment whose code span is closed by
an apostrophe, or whose quoted output is given another width. Sources: apache/hertzbeat@f64da5fc
(Apache-2.0; `home/docs/help/redis.md` and its `home/i18n/zh-cn/docusaurus-plugin-content-docs/current/`
page, as in `fixtures/heldout/docs44/mdx-hertzbeat-zh`), rust-lang/rust-by-example@898f0ac1
(MIT or Apache-2.0; `po/es.po`, as in `fixtures/heldout/docs43/po-rbe-es`). The German twin is
written for the test."""

from __future__ import annotations

from tests.conftest import catalogue_findings, loud_catalogue, loud_located
from xlcheck.compare.misspelt import _TOKEN

# Rows of the Redis page's memory metrics table.
LAZYFREE_EN = """
| Metric name               | Metric unit | Metric help description |
|---------------------------|-------------|-------------------------|
| mem_allocator             | none        | Memory allocator, chosen at compile time.                                                                     |
| lazyfree_pending_objects  | none        | The number of objects waiting to be freed (as a result of calling UNLINK, or FLUSHDB and FLUSHALL with the ASYNC option)                                                  |
| lazyfreed_objects         | none        | The number of objects that have been lazy freed.                                                                                   |
"""
LAZYFREE_ZH = """
| 指标名称                      | 指标单位 | 指标帮助描述 |
|---------------------------|------|--------|
| mem_allocator             | 无        | 内存分配器，在编译时选择。                                                                                 |
| lazyfree_pending_objects  | 无        | 等待释放的对象数（使用ASYNC选项调用UNLINK或FLUSHDB和FLUSHOLL）                                                  |
| lazyfreed_objects         | 无        | 已延迟释放的对象数。                                                                                    |
"""


def test_latin_words_glued_to_han_are_tokens_of_their_own():
    assert _TOKEN.findall("（使用ASYNC选项调用UNLINK或FLUSHDB和FLUSHOLL）") == ["ASYNC", "UNLINK", "FLUSHDB", "FLUSHOLL"]
    assert _TOKEN.findall("Zoë-x kube-apiserver a.b 3x") == ["Zoë-x", "kube-apiserver"]
    # docs29's OpenYurt page: a common word glued in lower case is no token of its own
    assert "Requst" not in _TOKEN.findall("向OpenYurt仓库提交Pull Requst后，会自动触发")


def test_a_command_in_capitals_one_letter_off_is_reported_where_it_is_misspelt():
    assert loud_located(LAZYFREE_EN, "en", LAZYFREE_ZH, "zh") == [("XL301", "FLUSHALL", 5)]


def test_twin_the_command_spelt_right_is_quiet():
    assert loud_located(LAZYFREE_EN, "en", LAZYFREE_ZH.replace("FLUSHOLL", "FLUSHALL"), "zh") == []


def test_twin_a_latin_script_translation_may_write_its_own_word_in_capitals():
    en = "WARNING: the command FLUSHALL deletes every key.\n"
    de = "WARNUNG: der Befehl FLUSHALL löscht alle Schlüssel.\n"
    assert loud_located(en, "en", de, "de") == []


# Entries of the Spanish catalogue of Rust by Example: code-block comments, src/primitives/array.md:55
# (a code span closed by an apostrophe) and src/hello/print.md:41 (a stated output one
# space wider).
ARRAY_EN = ("// Arrays can be safely accessed using `.get`, which returns an\n"
            "    // `Option`. This can be matched as shown below, or used with\n"
            "    // `.expect()` if you would like the program to exit with a nice\n"
            "    // message instead of happily continue.\n")
ARRAY_ES = ("// Se pueden acceder a las arreglos de forma segura usando `.get`, el cual devuelve un \n"
            "    // `Option'. Aquí se puede usar un match como se muestra a continuación, o en su caso con \n"
            "    // `.expect()` si desees que el programa termine con un amable\n"
            "    // mensaje en lugar de continuar felizmente.\n")
WIDTH_EN = ("// You can right-justify text with a specified width. This will\n"
            "    // output \\\"    1\\\". (Four white spaces and a \\\"1\\\", for a total width of 5.)\n")
WIDTH_ES = ("// Puedes justificar el texto a la derecha con un ancho especificado. Esto será\n"
            "// salida \\\"    1 \\\". (Cuatro espacios blancos y un \\\"1\\\", para un ancho totalde 5.)\n")


def _entry(source: str, target: str) -> tuple[str, str]:
    return source.replace("\n", "\\n"), target.replace("\n", "\\n")


def test_a_code_span_closed_by_an_apostrophe_in_a_comment_is_reported(tmp_path):
    found = loud_catalogue(tmp_path, [_entry(ARRAY_EN, ARRAY_ES)], "es", "src/primitives/array.md:55")
    assert [(rule, value) for rule, value in found if "Option" in value] == [
        ("XL703", "code:`Option`. This can be matched as shown below, or used with")]


def test_twin_the_code_span_closed_is_quiet(tmp_path):
    kept = _entry(ARRAY_EN, ARRAY_ES.replace("`Option'", "`Option`"))
    assert loud_catalogue(tmp_path, [kept], "es", "src/primitives/array.md:55") == []


def test_a_stated_output_given_another_width_is_one_change(tmp_path):
    found = loud_catalogue(tmp_path, [_entry(WIDTH_EN, WIDTH_ES)], "es", "src/hello/print.md:41")
    assert [rule for rule, _ in found] == ["XL703"]
    assert "salida" in catalogue_findings(tmp_path, [_entry(WIDTH_EN, WIDTH_ES)], "es",
                                          "src/hello/print.md:41")[0].locations[-1].text


def test_twin_the_stated_output_as_wide_is_quiet(tmp_path):
    kept = _entry(WIDTH_EN, WIDTH_ES.replace('1 \\\"', '1\\\"'))
    assert loud_catalogue(tmp_path, [kept], "es", "src/hello/print.md:41") == []
