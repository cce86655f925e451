"""Round 16 on documentation (tuning data docs13): excerpts of the German catalogues of the
MusicBrainz Picard documentation (CC0 1.0) and of the Chaos Mesh documentation (CC BY 4.0,
© Chaos Mesh Authors), attribution in fixtures/SOURCES.md, each with a twin that stays
reported."""

from __future__ import annotations

from tests.conftest import loud_catalogue, loud_texts, pair_findings

# picard-docs-markup.de.po: keyboard shortcuts named by the keys of a German keyboard.
KEYS = [(":kbd:`Ctrl+Shift+S`", ":kbd:`Strg+Umschalt+S`"), (":kbd:`Del`", ":kbd:`Entf`"),
        (":kbd:`Return`", ":kbd:`Eingabe`")]


def _loud(tmp_path, entries, lang="de"):
    return loud_catalogue(tmp_path, entries, lang)


def test_keys_named_by_the_readers_keyboard_are_the_shortcut(tmp_path):
    assert _loud(tmp_path, KEYS) == []


def test_another_letter_of_a_shortcut_stays_reported(tmp_path):
    entries = [*KEYS, (":kbd:`Ctrl+V`", ":kbd:`Strg+C`")]
    assert _loud(tmp_path, entries) == [("XL702", ":kbd:`Ctrl+V`")]


# picard-docs-markup.de.po, functions/func_copy: the arguments of the example named in German.
COPY = ("Copies metadata from variable ``source`` to ``target``. The difference from "
        "``$set(target,%source%)`` is that ``$copy(target,source)`` copies multi-value variables "
        "without flattening them.",
        "Kopiert Metadaten von der Variablen ``quelle`` nach ``ziel``. Der Unterschied zu "
        "``$set(ziel,%quelle%)`` ist, dass ``$copy(ziel,quelle)`` mehrwertige Variablen kopiert, "
        "ohne sie zu glätten.")
# functions/func_eq_any: the list's three dots typeset as an ellipsis.
EQ_ANY = ("Functionally equivalent to ``$or($eq(x,a1),$eq(x,a2) ...)``.",
          "Funktional gleichwertig zu ``$or($eq(x,a1),$eq(x,a2) …)``.")
# functions/func_firstwords: the words to truncate translated, with the count that fits them.
FIRSTWORDS = ("(e.g.: ``$firstwords(one two three,-3)`` is the same as ``$firstwords(one two three,10)``)",
              "(z. B. ist ``$firstwords(eins zwei drei,-3)`` gleichwertig zu ``$firstwords(eins zwei drei,11)``)")


def test_the_words_of_an_example_translated_are_localised(tmp_path):
    assert _loud(tmp_path, [COPY, EQ_ANY, FIRSTWORDS]) == []


def test_a_function_renamed_stays_reported(tmp_path):
    renamed = (COPY[0], COPY[1].replace("$copy(ziel", "$kopiere(ziel"))
    assert _loud(tmp_path, [renamed, EQ_ANY]) == [("XL702", "``$copy(target,source)``")]


def test_a_number_changed_alone_stays_reported(tmp_path):
    alone = (FIRSTWORDS[0], FIRSTWORDS[1].replace("eins zwei drei", "one two three"))
    assert _loud(tmp_path, [COPY, alone]) == [("XL702", "``$firstwords(one two three,10)``")]


def test_three_dots_that_are_code_stay_reported(tmp_path):
    spread = ("Call ``f(a, ...args)``.", "Rufen Sie ``f(a, …args)`` auf.")
    assert [rule for rule, _ in _loud(tmp_path, [COPY, spread])] == ["XL702"]


def test_a_word_kept_in_another_literal_of_the_entry_was_not_translated(tmp_path):
    kept = (COPY[0], COPY[1].replace("``$copy(ziel,quelle)``", "``$copy(target,quelle)``"))
    assert ("XL702", "``target``") in _loud(tmp_path, [kept, EQ_ANY])


# picard-docs-markup.de.po, extending/extending: "MusicBrainz Picard" written "Picard", in a
# catalogue whose links are musicbrainz.org's: the documentation's own project, implied.
EXTENDING = ("There are two primary ways that the functionality of MusicBrainz Picard can be extended: "
             ":doc:`plugins <plugins>` and :doc:`scripts <scripts>`.",
             "Der Funktionsumfang von Picard kann hauptsächlich auf zwei Arten erweitert werden: "
             ":doc:`Plugins <plugins>` und :doc:`Skripte <scripts>`.")
LINKS = [("...add metadata tags to your music files, based on information available from the "
          "`MusicBrainz website <https://musicbrainz.org/>`_.",
          "… Musik-Dateien mit Metadaten, basierend auf den Informationen von der "
          "`MusicBrainz-Website <https://musicbrainz.org/>`_, versehen."),
         ("`Artist <https://musicbrainz.org/doc/Artist>`_", "`Interpret <https://musicbrainz.org/doc/Artist>`_"),
         ("`ISRC <https://musicbrainz.org/doc/ISRC>`_", "`ISRC <https://musicbrainz.org/doc/ISRC>`_")]


def test_the_documentations_own_project_left_implied_is_no_drift(tmp_path):
    assert _loud(tmp_path, [EXTENDING, *LINKS]) == []


def test_a_name_of_a_project_not_linked_stays_missing(tmp_path):
    assert _loud(tmp_path, [EXTENDING]) == [("XL401", "MusicBrainz")]


# Chaos Mesh, simulate-time-chaos-on-kubernetes: a tag HTML does not know styles a name the
# translation writes as inline code.
TIME_EN = ("| clockIds | []string | Specifies the ID of clock that will be offset. See the "
           "[<clock>clock_gettime</clock> documentation](https://man7.org/linux/man-pages/man2/clock_gettime.2.html) "
           "for details. | `[\"CLOCK_REALTIME\"]` | No |\n")
TIME_ZH = ("| clockIds | []string | 指定时间偏移作用的时钟，详见 "
           "[`clock_gettime` 文档](https://man7.org/linux/man-pages/man2/clock_gettime.2.html) "
           "| `[\"CLOCK_REALTIME\"]` | 否 |\n")
HEAD = "| Name | Type | Description | Default | Required |\n| --- | --- | --- | --- | --- |\n"
HEAD_ZH = "| 参数 | 类型 | 说明 | 默认值 | 是否必填 |\n| --- | --- | --- | --- | --- |\n"


def test_an_unknown_tag_styling_a_name_is_typography():
    assert loud_texts(HEAD + TIME_EN, "en", HEAD_ZH + TIME_ZH, "zh") == []


def test_an_element_html_knows_stays_compared():
    known = HEAD + TIME_EN.replace("<clock>", '<a id="clock">').replace("</clock>", "</a>")
    assert [rule for rule, _ in loud_texts(known, "en", HEAD_ZH + TIME_ZH, "zh")] == ["XL701"]


# simulate-network-chaos-on-kubernetes: the source's bulleted list numbered by the translation.
NETWORK_EN = ("NetworkChaos is a fault type in Chaos Mesh. By creating a NetworkChaos experiment, you can "
              "simulate a network fault scenario for a cluster. Currently, NetworkChaos supports the following "
              "fault types:\n\n"
              "- **Partition**: network disconnection and partition.\n"
              "- **Net Emulation**: poor network conditions, such as high delays, high packet loss rate, "
              "packet reordering, and so on.\n"
              "- **Bandwidth**: limit the communication bandwidth between nodes.\n")
NETWORK_ZH = ("NetworkChaos 用于模拟集群中网络故障的场景，目前支持以下几种类型：\n\n"
              "1. **Partition**：网络断开、分区。\n"
              "2. **Net Emulation**：用于模拟网络状态不良的情况，比如高延迟、高丢包率、包乱序等情况。\n"
              "3. **Bandwidth**：用于限制节点之间通信的带宽。\n")


def test_a_bulleted_list_numbered_by_the_translation_is_the_same_list():
    assert loud_texts(NETWORK_EN, "en", NETWORK_ZH, "zh") == []


def test_a_bulleted_list_turned_into_prose_stays_reported():
    prose = NETWORK_ZH.split("\n\n")[0] + "\n\n" + "Partition、Net Emulation、Bandwidth：网络断开、网络状态不良、限制带宽。\n"
    assert "XL701" in [rule for rule, _ in loud_texts(NETWORK_EN, "en", prose, "zh")]


# simulate-disk-pressure-in-physical-nodes: a size whose product lost a factor.
SIZE_EN = ("| `size` | Specifies the volume of data to be read. | type: string; default: `\"\"`; legal form: the "
           "combination of an integer and a unit. Supported units are c=1, w=2, b=512, kB=1000, K=1024, "
           "MB=1000\\*1000, M=1024\\*1024, GB=1000\\*1000\\*1000, G=1024\\*1024\\*1024\\*1024 BYTE and so on. |\n")
SIZE_ZH = ("| `size` | 指定读取多少数据。 | string 类型，默认为 `\"\"`。合法形式为一个整数加一个单位。支持的单位有 c=1、w=2、"
           "b=512、kB=1000、K=1024、MB=1000\\*1000,M=1024\\*1024、GB=1000\\*1000\\*1000、G=1024\\*1024\\*1024\\*1024 BYTE 等。 |\n")
SIZE_HEAD = "| Parameter | Description | Value |\n| :-- | :-- | :-- |\n"
SIZE_HEAD_ZH = "| 参数 | 说明 | 值 |\n| :-- | :-- | :-- |\n"


def test_a_product_is_compared_as_one_size():
    assert loud_texts(SIZE_HEAD + SIZE_EN, "en", SIZE_HEAD_ZH + SIZE_ZH, "zh") == []


def test_a_product_that_lost_a_factor_is_another_size():
    short = SIZE_ZH.replace("G=1024\\*1024\\*1024\\*1024", "G=1024\\*1024\\*1024")
    assert loud_texts(SIZE_HEAD + SIZE_EN, "en", SIZE_HEAD_ZH + short, "zh") == [
        ("XL102", "1024\\*1024\\*1024\\*1024")]


def test_a_literal_pairs_with_the_one_it_is_a_prefix_away_from():
    en = "Set `payload-process-num` to the number of dd processes; the path defaults to `\"\"\"`.\n"
    zh = "将 `\"\"` 设为路径的默认值，`process-num` 指定 dd 进程数。\n"
    found = [(f.rule, f.value, f.locations[1].text) for f in pair_findings(en, "en", zh, "zh") if f.rule == "XL702"]
    assert ("XL702", "`payload-process-num`", "`process-num`") in found
