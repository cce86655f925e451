"""Round 136 on documentation (tuning data: every docs set): a program's output that both
versions give as a block of plain text (```` ```text ````) with no prose in it is compared
line by line, as a listing is. Read as prose, its values were compared in any order, so
lines a translation repeats (three more ``Hello version: …`` lines) or an output printed for
another example (``न``, ``म``… for ``З``, ``д``) said nothing. A block with a caption, a
message or a placeholder in the reader's words stays prose.

Sources (fixtures/SOURCES.md): the Kmesh documentation in English and Chinese,
kmesh-net/website@529dff44 ``docs/application-layer/locality-loadbalance.md`` and its
``i18n/zh/docusaurus-plugin-content-docs/current/`` page (as in
``fixtures/heldout/docs42/mdx-kmesh-zh``), CC BY 4.0; "The Rust Programming Language",
rust-lang/book@91754488 and rust-lang-ja/book-ja@822ffbb7 ``src/ch08-02-strings.md`` (as in ``fixtures/heldout/docs30/md-rustbook-ja``), MIT / Apache-2.0.
"""

from __future__ import annotations

from tests.conftest import loud_located

WORKER3 = "Hello version: region.zone1.subzone2-worker3, instance: helloworld-region.zone1.subzone2-worker3-6d6fdfd856-6kd2s"
SUBZONE2 = "Hello version: region.zone1.subzone2, instance: helloworld-region.zone1.subzone2-948c95bdb-7p6zb"
LOCALITY_EN = f"""Responses will alternate between the two instances in the same locality, for example:

```text
{WORKER3}
{SUBZONE2}
```
"""
LOCALITY_ZH = f"""输出随机显示 helloworld-region.zone1.subzone2 和 helloworld-region.zone1.subzone2-worker3：

```text
{WORKER3}
{SUBZONE2}
{SUBZONE2}
{WORKER3}
{SUBZONE2}
```
"""


def test_output_lines_only_the_translation_has_are_reported_each_at_its_line():
    found = [f for f in loud_located(LOCALITY_EN, "en", LOCALITY_ZH, "zh") if f[0] == "XL703"]
    assert sorted(line for _, _, line in found) == [6, 7, 8]
    assert all(value.startswith("code:Hello version: region.zone1.subzone2") for _, value, _ in found)


def test_the_same_output_is_clean():
    zh = LOCALITY_ZH.replace(f"{SUBZONE2}\n{WORKER3}\n{SUBZONE2}\n", "", 1)
    assert f"```text\n{WORKER3}\n{SUBZONE2}\n```" in zh
    assert loud_located(LOCALITY_EN, "en", zh, "zh") == []


CHARS_EN = """This code will print the following:

```text
З
д
```
"""
CHARS_JA = """このコードは、以下のように出力します:

```text
न
म
स
्
त
े
```
"""


def test_an_output_printed_for_another_example_is_reported_line_by_line():
    # each line against the line in its place, the lines left over on their own
    found = loud_located(CHARS_EN, "en", CHARS_JA, "ja")
    assert sorted(found, key=lambda f: f[2]) == [
        ("XL703", "code:З", 4), ("XL703", "code:д", 5), ("XL703", "code:स", 6), ("XL703", "code:्", 7),
        ("XL703", "code:त", 8), ("XL703", "code:े", 9)]


BYTES_EN = """This code will print the 4 bytes that make up this string:

```text
208
151
208
180
```
"""
BYTES_JA = """このコードは、`String`をなす18バイトを出力します:

```text
224
164
// --snip--
165
135
```
"""


def test_figures_changed_in_an_output_are_reported_once_by_the_number_check():
    found = loud_located(BYTES_EN, "en", BYTES_JA, "ja")
    assert ("XL102", "208", 4) in found and ("XL101", "135", 8) in found
    assert [f for f in found if f[0] == "XL703"] == []


def test_the_same_characters_are_clean():
    ja = CHARS_JA.replace("न\nम\nस\n्\nत\nे\n", "З\nд\n")
    assert loud_located(CHARS_EN, "en", ja, "ja") == []


def test_an_output_in_the_readers_words_stays_prose():
    # a translated message, and a placeholder given in the reader's words, are the translator's
    en = "This prints:\n\n```text\nHello, world!\nRun it again\n```\n"
    ja = "このように出力されます:\n\n```text\nこんにちは、世界！\nもう一度実行してください\n```\n"
    assert [f for f in loud_located(en, "en", ja, "ja") if f[0] == "XL703"] == []
    en = "Get the pod:\n\n```text\nkubectl get pod <name> -n sample\n```\n"
    zh = "获取 pod：\n\n```text\nkubectl get pod <名称> -n sample\n```\n"
    assert [f for f in loud_located(en, "en", zh, "zh") if f[0] == "XL703"] == []
