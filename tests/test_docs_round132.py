"""Round 132 on documentation (tuning data: every docs set): an identifier in snake case
dropped with its item of a list whose other identifiers the translation keeps
(``canal_json, debezium_json, ogg_json and avro`` / ``canal-json、debezium-json 、 avro``)
is reported; one the translation gives in words, with no identifier of its list kept
beside it, stays the translator's.

Source (fixtures/SOURCES.md): the Apache SeaTunnel documentation in English and Chinese,
apache/seatunnel@15431c94 ``docs/{en,zh}/connector-v2/sink/Kafka.md``, the ``format`` row
of the sink options table (as in ``fixtures/heldout/docs32/md-seatunnel-zh``), Apache-2.0.
"""

from __future__ import annotations

from tests.conftest import loud_located

TABLE = "| Name | Type | Required | Default | Description |\n|---|---|---|---|---|\n"
FORMAT_EN = TABLE + ("| format | String | No | json | Data format. The default format is json. Optional text format, "
                     "canal_json, debezium_json, ogg_json and avro.If you use json or text format. The default field "
                     "separator is \", \". If you customize the delimiter, add the \"field_delimiter\" option. |\n")
FORMAT_ZH = TABLE + ("| format | String | 否 | json | 数据格式。默认格式是json。可选文本格式，canal-json、debezium-json 、 "
                     "avro 和 protobuf。如果使用 json 或文本格式。默认字段分隔符是`,`。如果自定义分隔符，"
                     "请添加`field_delimiter`选项。 |\n")


def test_an_identifier_dropped_from_a_list_of_kept_ones_is_reported():
    # the neighbours respelt with hyphens are reported as before (round 37), and now the
    # identifier dropped with its item too, at the table (the paragraph) it is missing from
    assert loud_located(FORMAT_EN, "en", FORMAT_ZH, "zh") == [
        ("XL301", "canal_json", 1), ("XL301", "debezium_json", 1), ("XL301", "ogg_json", 1)]
    kept_neighbours = FORMAT_ZH.replace("canal-json、debezium-json", "canal_json、debezium_json")
    assert loud_located(FORMAT_EN, "en", kept_neighbours, "zh") == [("XL301", "ogg_json", 1)]


def test_the_list_kept_whole_is_clean():
    kept = FORMAT_ZH.replace("canal-json、debezium-json 、 avro", "canal_json、debezium_json、ogg_json 、 avro")
    assert loud_located(FORMAT_EN, "en", kept, "zh") == []


def test_an_identifier_given_in_words_beside_no_kept_identifier_is_clean():
    en = TABLE + "| topic | String | Yes | - | The message_id field and the avro format are written to the topic. |\n"
    zh = TABLE + "| topic | String | 是 | - | 消息 ID 字段和 avro 格式会写入该主题。 |\n"
    assert loud_located(en, "en", zh, "zh") == []
    # two identifiers of a list, one kept: no identifier list to drop an item from
    en = TABLE + "| topic | String | Yes | - | Either message_id or event_time orders the topic. |\n"
    zh = TABLE + "| topic | String | 是 | - | 按消息 ID 或 event_time 排序。 |\n"
    assert loud_located(en, "en", zh, "zh") == []
