"""Round 37 on documentation (tuning data docs32, after its held-out score): Apache SeaTunnel's
connector pages in Chinese. Source: apache/seatunnel `docs/en/…` and `docs/zh/…` at 15431c94
(Apache-2.0), cut: `connector-v2/source/Elasticsearch.md`, `connector-v2/sink/Rabbitmq.md`,
`connector-v2/sink/LocalFile.md`, `connector-v2/sink/Kafka.md`,
`connector-v2/Config-Encryption-Decryption.md`, `concept/schema-feature.md`."""

from __future__ import annotations

from tests.conftest import loud_located
from xlcheck.align import kept_words
from xlcheck.compare.names import written_as_term
from xlcheck.extract import numbers

# Sections of options under headings that differ only in an option's name, in lower case.
OPTIONS_EN = """### hosts [array]

Elasticsearch cluster http address, the format is `host:port`, allowing multiple hosts to be specified. Such as `["host1:9200", "host2:9200"]`.

### username [string]

x-pack username.

### password [string]

x-pack password.

### index [string]

Elasticsearch index name, support * fuzzy matching.

### scroll_size [int]

Maximum number of hits to be returned with each Elasticsearch scroll request.
"""
OPTIONS_ZH = """### hosts [array]

Elasticsearch 集群的 HTTP 地址，格式为 `host:port`，允许指定多个主机。例如：`["host1:9200", "host2:9200"]`。

### username [string]

用户名

### password [string]

密码

### index [string]

Elasticsearch 索引名称，支持 * 模糊匹配。比如存在索引index1,index2,可以指定index*同时读取两个索引的数据。

### scroll_size [int]

滚动查询的最大文档数量。
"""


def test_a_heading_and_a_tables_keys_are_anchors_of_their_own():
    assert kept_words("### index [string]", "heading") == {"k:index [string]"}
    assert kept_words("| name | type |\n|---|---|\n| `hosts` | array |\n| 数组 | 是 |", "table") == {"k:name", "k:hosts"}


def test_option_sections_pair_by_their_headings():
    # Without the headings' words the longer Chinese paragraph under "### index" shifted
    # every heading after it onto the next one's counterpart (XL002 twice, XL701 "###").
    assert loud_located(OPTIONS_EN, "en", OPTIONS_ZH, "zh") == []


def test_an_option_section_the_translation_lacks_is_still_reported():
    dropped = OPTIONS_ZH.replace("### index [string]\n\nElasticsearch 索引名称，支持 * 模糊匹配。比如存在索引index1,index2,"
                                 "可以指定index*同时读取两个索引的数据。\n\n", "")
    assert {(rule, line) for rule, _, line in loud_located(OPTIONS_EN, "en", dropped, "zh")} == {("XL701", 11), ("XL002", 13)}


SOURCE_EN = """### source [array]

The fields of index.
You can get the document id by specifying the field `_id`.If sink _id to other index,you need specify an alias for _id due to the Elasticsearch limit.
If you don't config source, it is automatically retrieved from the mapping of the index.

### array_column [array]
"""
SOURCE_ZH = """### source [array]

索引的字段

你可以通过指定字段 `_id` 来获取文档 ID。如果将 `_id` 写入到其他索引，由于 Elasticsearch 的限制，你需要为 `_id` 指定一个别名。

如果你没有配置 `source`，它将自动从索引的映射中获取。

### array_column [array]
"""


def test_a_word_marked_as_code_by_the_translation_tells_no_paragraph_apart():
    # "config source" / "配置 `source`": the paragraph split off is the source's third line.
    assert loud_located(SOURCE_EN, "en", SOURCE_ZH, "zh") == []


def test_a_paragraph_with_code_the_source_never_writes_is_still_apart():
    added = SOURCE_ZH.replace("如果你没有配置 `source`", "如果你没有配置 `mapping_cache`")
    assert ("XL002", 7) in {(rule, line) for rule, _, line in loud_located(SOURCE_EN, "en", added, "zh")}


DEMOS_EN = """## Examples

Demo 1

```hocon
Elasticsearch {
    hosts = ["localhost:9200"]
}
```

Demo 2 : Multi-table synchronization

```hocon
source {
  Elasticsearch {
    hosts = ["https://localhost:9200"]
  }
}
```
"""
DEMOS_ZH = DEMOS_EN.replace("## Examples", "## 使用案例").replace("Demo 1", "案例一").replace(
    "Demo 2 : Multi-table synchronization", "案例二：多索引同步")


def test_a_han_numeral_ending_a_label_is_its_number():
    found = [(inv.value, inv.text, inv.flag) for inv in _numbers("案例一", "zh") + _numbers("案例二：多索引同步", "zh")]
    assert found == [("1", "一", "word"), ("2", "二", "word")]
    assert _numbers("统一的接口", "zh") == []  # a numeral inside a word


def test_numbered_demos_written_with_han_numerals_are_clean():
    assert loud_located(DEMOS_EN, "en", DEMOS_ZH, "zh") == []


def test_a_demo_renumbered_is_still_reported():
    assert [(rule, value) for rule, value, _ in loud_located(DEMOS_EN, "en", DEMOS_ZH.replace("案例二", "案例三"), "zh")] \
        == [("XL101", "2")]


def _numbers(text: str, lang: str):
    from xlcheck.extract import Claims
    from xlcheck.locales import locale_info

    return numbers.extract(text, locale_info(lang), Claims(len(text), text), "text")


HOW_EN = """## How to use

You can refer to this chapter [How to implement user-defined encryption and decryption](#How to implement user-defined encryption and decryption) get more details about it.

## How to implement user-defined encryption and decryption

1. Create a java maven project
"""
HOW_ZH = """## 如何使用

您可以参考本章节[如何实现用户自定义的加密和解密](#如何实现用户自定义的加密和解密)以获取更多相关细节。

## 如何实现用户自定义的加密和解密

1. 创建一个 java maven 项目
"""


def test_a_link_to_a_heading_spelt_with_spaces_is_a_link():
    # "#How" was read as a hashtag, changed into the Chinese link's anchor (XL602).
    assert loud_located(HOW_EN, "en", HOW_ZH, "zh") == []


STEPS_EN = """Next, I'll show how to quickly use SeaTunnel's own `base64` encryption:

1. And a new option `shade.identifier` in env block of config file, this option indicate what the encryption method that you want to use, in this example, we should add `shade.identifier = base64` in config as the following shown:

   ```hocon
   env {
     shade.identifier = "base64"
   }
   ```
"""
STEPS_ZH = """接下来，将展示如何快速使用 SeaTunnel 自带的 `base64` 加密功能：

1. 在配置文件的环境变量（env）部分新增了一个选项 `shade.identifier`。此选项用于表示您想要使用的加密方法。
2. 在这个示例中，我们在配置文件中添加了 `shade.identifier = base64`，如下所示：

   ```hocon
   env {
     shade.identifier = "base64"
   }
   ```
"""


def test_a_step_the_translation_writes_as_two_is_no_extra_step():
    assert loud_located(STEPS_EN, "en", STEPS_ZH, "zh") == []


def test_a_step_of_the_translations_own_is_still_reported():
    added = STEPS_ZH.replace("2. 在这个示例中", "2. 运行 `bin/seatunnel.sh`。\n3. 在这个示例中")
    assert [rule for rule, _, _ in loud_located(STEPS_EN, "en", added, "zh")] == ["XL002"]


FEATURES_EN = """## Key Features

- [x] [exactly-once](../../concept/connector-v2-features.md)
- [x] [support multiple table write](../../concept/connector-v2-features.md)

By default, we use 2PC commit to ensure `exactly-once`
"""
FEATURES_ZH = """## 主要特性

- [x] [精确一次](../../concept/connector-v2-features.md)

默认情况下，我们使用 2PC 提交以确保`精确一次`。
"""


def test_an_item_missing_from_a_list_whose_items_all_link_one_page():
    # Reported as the item it is, where a link and a bullet fewer were reported before.
    # (`精确一次` for `exactly-once`, translated inside its code marks, is XL702.)
    assert loud_located(FEATURES_EN, "en", FEATURES_ZH, "zh") == [
        ("XL002", "- [x] [support multiple table write](../../concept/connector-v2-features.md)", 3),
        ("XL702", "`exactly-once`", 5)]


def test_lists_of_one_page_as_long_as_each_other_are_clean():
    kept = FEATURES_ZH.replace("(../../concept/connector-v2-features.md)\n",
                               "(../../concept/connector-v2-features.md)\n- [x] [支持多表写入](../../concept/connector-v2-features.md)\n", 1)
    assert [rule for rule, _, _ in loud_located(FEATURES_EN, "en", kept, "zh") if rule == "XL002"] == []


TERMS_EN = """## Supported DataSource Info

| Datasource | Supported Versions |
|------------|--------------------|
| Kafka      | Universal          |
"""
TERMS_ZH = """## 支持的数据源信息

| 数据源 | 支持的版本 |
|--------|------------|
| Kafka  | Universal  |
"""


def test_a_camel_case_term_the_source_writes_in_other_case_is_no_brand():
    assert written_as_term([TERMS_EN, TERMS_ZH], 0, "DataSource")
    assert written_as_term(["| ConstraintType |\nconstraintType = KEY", "constraintType = KEY"], 0, "ConstraintType")
    assert not written_as_term(["[TanStack Query](x), [Tanstack Router](y)", "[Tanstack Router](y)"], 0, "TanStack")
    assert not written_as_term(["DeepSeek, see deepseek.com", "深度求索"], 0, "DeepSeek")
    assert loud_located(TERMS_EN, "en", TERMS_ZH, "zh") == []


FORMAT_EN = ("| format | String | No | json | Data format. Optional text format, canal_json, debezium_json and avro. "
             "If you use canal format, please refer to [canal-json](../formats/canal-json.md) for details. |\n")
FORMAT_ZH = ("| format | String | 否 | json | 数据格式。可选文本格式，canal-json、debezium-json 和 avro。"
             "如果使用canal格式，请参考[canal-json](../formats/canal-json.md)。 |\n")


def test_an_identifier_respelt_with_hyphens_is_reported():
    table = "| name | type | required | default | description |\n|---|---|---|---|---|\n"
    found = {(rule, value) for rule, value, _ in loud_located(table + FORMAT_EN, "en", table + FORMAT_ZH, "zh")}
    assert found == {("XL301", "canal_json"), ("XL301", "debezium_json")}


def test_an_identifier_kept_is_clean():
    table = "| name | type | required | default | description |\n|---|---|---|---|---|\n"
    kept = FORMAT_ZH.replace("canal-json、debezium-json", "canal_json、debezium_json")
    assert loud_located(table + FORMAT_EN, "en", table + kept, "zh") == []


KEPT_EN = """### rabbitmq.config [map]

In addition to the above parameters that must be specified by the RabbitMQ client, the user can also specify multiple non-mandatory parameters for the client, covering [all the parameters specified in the official RabbitMQ document](https://www.rabbitmq.com/configure.html).
"""
KEPT_ZH = """### rabbitmq.config [map]

In addition to the above parameters that must be specified by the RabbitMQ client, the user can also specify multiple non-mandatory parameters for the client, covering [all the parameters specified in the official RabbitMQ document](https://www.rabbitmq.com/configure.html).
除了上面提及必须设置的RabbitMQ客户端参数，你也还可以为客户端指定多个非强制参数，参见 [RabbitMQ官方文档参数设置](https://www.rabbitmq.com/configure.html)。
"""


def test_the_source_kept_above_its_translation_holds_its_link_once():
    assert loud_located(KEPT_EN, "en", KEPT_ZH, "zh") == []


def test_a_link_the_translation_adds_beside_the_kept_source_is_reported():
    added = KEPT_ZH.replace("参见 [RabbitMQ官方文档参数设置](https://www.rabbitmq.com/configure.html)",
                            "参见 [RabbitMQ官方文档参数设置](https://www.rabbitmq.com/configure.html) 和 "
                            "[指南](https://www.rabbitmq.com/guide.html)")
    assert ("XL601", "rabbitmq.com/guide.html") in {(rule, value) for rule, value, _ in loud_located(KEPT_EN, "en", added, "zh")}


FORMATS_EN = """- [x] [parallelism](../../concept/connector-v2-features.md)
- [x] file format file
  - [x] text
  - [x] csv
  - [x] parquet
  - [x] orc
  - [x] json
  - [x] excel
  - [x] xml
  - [x] binary
"""
FORMATS_ZH = """- [x] [并行度](../../concept/connector-v2-features.md)
- [x] 文件格式
  - [x] 文本
  - [x] CSV
  - [x] Parquet
  - [x] ORC
  - [x] JSON
  - [x] Excel
"""


def test_items_missing_from_the_end_of_a_sublist_are_reported_as_items():
    # Reported as a bullet fewer (XL701 "-") before.
    assert loud_located(FORMATS_EN, "en", FORMATS_ZH, "zh") == [
        ("XL002", "- [x] binary", 8), ("XL002", "- [x] xml", 8)]


def test_a_sublist_as_long_as_the_others_is_clean():
    kept = FORMATS_ZH + "  - [x] XML\n  - [x] 二进制\n"
    assert loud_located(FORMATS_EN, "en", kept, "zh") == []


CHANGELOG_EN = """### schema [Config]

## Changelog

- Add Rabbitmq Sink Connector
- [Improve] Change Connector Custom Config Prefix To Map [3719](https://github.com/apache/seatunnel/pull/3719)
"""
CHANGELOG_ZH = """### schema [Config]

## 变更日志

- 增加Rabbitmq数据接收器
- [Improve] 将连接器自定义配置前缀的数据类型更改为Map [3719](https://github.com/apache/seatunnel/pull/3719)
"""


def test_a_word_of_a_changelog_entry_written_as_a_title_is_no_name():
    assert loud_located(CHANGELOG_EN, "en", CHANGELOG_ZH, "zh") == []


def test_a_name_in_an_entry_written_as_prose_is_still_a_name():
    prose_en = CHANGELOG_EN.replace("Change Connector Custom Config Prefix To Map", "Change the prefix of Config to a map")
    assert [(rule, value) for rule, value, _ in loud_located(prose_en, "en", CHANGELOG_ZH, "zh")] == [("XL401", "Config")]


def test_bold_opened_by_one_asterisk_and_a_space_is_broken_emphasis():
    en = "Then we can use **Two-phase Commit** to ensure **exactly-once**. For example `File`.\n"
    zh = "然后我们可以使用 **两阶段提交** 来确保 * 精确一次**。 例如：`File`.\n"
    assert [(rule, value) for rule, value, _ in loud_located(en, "en", zh, "zh")] == [("XL701", "* … *")]
    assert loud_located(en, "en", zh.replace("* 精确一次**", "**精确一次**"), "zh") == []


OPTIONS_TABLE_EN = """| name     | type   | required | default value |
|----------|--------|----------|---------------|
| hosts    | array  | yes      | -             |
| username | string | no       | -             |
| password | string | no       | -             |
"""


def test_a_flag_a_row_leaves_blank_is_missing():
    zh = OPTIONS_TABLE_EN.replace("| name     | type   | required | default value |", "| 参数名称 | 类型 | 是否必须 | 默认值 |")
    blank = zh.replace("| array  | yes      |", "| array  |          |")
    assert [(rule, value, line) for rule, value, line in loud_located(OPTIONS_TABLE_EN, "en", blank, "zh")] == [
        ("XL701", "yes", 3)]
    assert loud_located(OPTIONS_TABLE_EN, "en", zh.replace("| yes ", "| 是  "), "zh") == []
