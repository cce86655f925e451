"""Round 144 on documentation (tuning data: every docs set): values read in prose by their
shape alone — a constant in capitals (``AT_LEAST_ONCE``), a short option after a space
(``-d, --dest``), a dotted key or file name (``batch.delaytime``) — and a heading whose closing
``##`` a translation moved to a line of its own (an empty heading). Real lines of
`fixtures/heldout/docs46/mdx-streampark-zh` (apache/streampark-website@58ab59ba, Apache-2.0),
`docs31/md-vuepress-zh` (vuejs/vuepress@9fb4bb00, MIT), `docs57/mdx-rke2-zh`
(rancher/rke2-docs@ea64164f, Apache-2.0), `docs4/tldr` (tldr-pages/tldr@08e345f4, CC BY 4.0) and
`docs3/mkdocs-fastapi` (fastapi/fastapi@08924400, MIT), each with its clean twin."""

from __future__ import annotations

from tests.conftest import extracted, loud_located
from xlcheck.extract import codes

CLICKHOUSE_EN = """ClickHouse writes do not support transactions, using JDBC write data to it could provide (AT_LEAST_ONCE) semanteme.
"""
CLICKHOUSE_ZH = """ClickHouse 写入不支持事务，使用 JDBC 向其中写入数据可提供至少一次的处理语义。
"""


def test_a_constant_in_capitals_given_in_words_is_missing():
    assert loud_located(CLICKHOUSE_EN, "en", CLICKHOUSE_ZH, "zh") == [("XL301", "AT_LEAST_ONCE", 1)]


def test_a_constant_kept_is_clean():
    kept = CLICKHOUSE_ZH.replace("至少一次", "至少一次（AT_LEAST_ONCE）")
    assert loud_located(CLICKHOUSE_EN, "en", kept, "zh") == []
    in_code = CLICKHOUSE_ZH.replace("至少一次", "`AT_LEAST_ONCE`")
    assert loud_located(CLICKHOUSE_EN, "en", in_code, "zh") == []


# (the English heading is `####`, the Chinese `###`: the level made the same here)
CLI_EN = """### -d, --dest `<dest>`

See [dest](../config/README.md#dest).
"""
CLI_ZH = """### --dest `<dest>`

查看 [dest](../config/README.md#dest)。
"""


def test_a_short_option_dropped_from_a_heading_is_missing():
    assert loud_located(CLI_EN, "en", CLI_ZH, "zh") == [("XL301", "-d", 1)]


def test_a_short_option_kept_is_clean():
    assert loud_located(CLI_EN, "en", CLI_ZH.replace("--dest", "-d, --dest"), "zh") == []


TOUCH_EN = """- Set the file [t]ime to a specific value and don't create file if it doesn't exist:

`touch {{[-c|--no-create]}} -t {{YYYYMMDDHHMM.SS}} {{path/to/file1 path/to/file2 ...}}`
"""
TOUCH_ZH = """- 将文件时间(-t)设置为指定值，如果文件不存在则不创建(-c)：

`touch {{[-c|--no-create]}} -t {{YYYYMMDDHHMM.SS}} {{路径/到/文件1 路径/到/文件2 ...}}`
"""


def test_an_option_a_translation_glosses_in_brackets_is_no_value():
    assert [f for f in loud_located(TOUCH_EN, "en", TOUCH_ZH, "zh") if f[1] in ("-c", "-t")] == []


def test_short_options_are_read_after_a_space_only():
    text = "By default this tool runs with -s option; use -d, --dest or (-c) or x-y -z."
    assert [value for value, _ in extracted(codes, text, "en") if value.startswith("-")] == ["-s", "-d"]


DOCKER_EN = """The most common way to do it is to have a file `requirements.txt` with the package names and their versions, one per line.

Copy **only** the file with the requirements first, not the rest of the code.
"""
DOCKER_ZH = """最常见的方法是创建一个`requirements.txt`文件，其中每行包含一个包名称和它的版本。

首先仅复制requirements.txt文件，而不复制其余代码。
"""


def test_a_file_the_page_names_elsewhere_is_no_value_added():
    assert loud_located(DOCKER_EN, "en", DOCKER_ZH, "zh") == []


# The English breaks the key at its stop ("the batch.\nsize"), the Chinese adds a second key.
TIP_EN = """Since ClickHouse has a relatively high delay for single insertion, it is recommended to set the batch.
size to insert data in batches to improve performance. At the same time, to improve real-time performance,
it supports batch writing according to data volume or interval time.
"""
TIP_ZH = """由于ClickHouse单次插入的延迟比较高，建议设置 batch.size 来批量插入数据提高性能,同时为了提高实时性，
支持按照数据量或者间隔时间 batch.delaytime 来批次写入<br></br>
"""


def test_a_dotted_key_only_the_translation_names_is_extra():
    found = loud_located(TIP_EN, "en", TIP_ZH, "zh")
    assert [f for f in found if f[1].startswith("batch.")] == [("XL301", "batch.delaytime", 2)]


def test_a_dotted_key_kept_is_clean():
    assert loud_located(TIP_EN, "en", TIP_ZH.replace("间隔时间 batch.delaytime", "间隔时间"), "zh") == []


def test_hosts_libraries_and_members_are_no_dotted_keys():
    text = "See example.com and node.js; cell4.textContent = x; e.g. the mysql.slave.port key and subscriptionGroup.json."
    assert [value for value, _ in extracted(codes, text, "en")] == ["mysql.slave.port", "subscriptionGroup.json"]


def test_two_words_joined_by_a_stop_are_a_key_among_unspaced_words_only():
    # (a Dutch sentence that ran on into a word of the English it replaced, "berekend.values")
    assert [value for value, _ in extracted(codes, "de BPM wordt berekend.values en de batch.size", "nl")] == []
    assert [value for value, _ in extracted(codes, "建议设置 batch.size 来批量插入数据", "zh")] == ["batch.size"]


CANAL_EN = """## Canal and IP exhaustion ##

There are two possible reasons for this:
"""
CANAL_ZH = """## Canal 和 IP 地址枯竭
##

两个可能的原因如下：
"""


def test_a_closing_heading_mark_moved_to_its_own_line_is_an_empty_heading():
    assert loud_located(CANAL_EN, "en", CANAL_ZH, "zh") == [("XL002", "##", 2)]


def test_the_heading_without_its_closing_mark_is_clean():
    assert loud_located(CANAL_EN, "en", CANAL_ZH.replace("\n##\n", "\n"), "zh") == []


def test_code_marks_dropped_from_a_file_name_are_still_reported():
    # (the plain name, now read as a value of its own, is inline code's value written plain)
    plain = DOCKER_ZH.replace("`requirements.txt`", "requirements.txt")
    assert loud_located(DOCKER_EN, "en", plain, "zh") == [("XL705", "`requirements.txt`", 1)]


# docs33 (fluid-cloudnative/fluid@a826600a, docs/{en,zh}/operation/tiered_locality_schedule.md, Apache-2.0):
# the Chinese names the chart's file by its stem.
def test_a_file_named_by_its_stem_is_not_missing():
    en = "Define the tiered locality configuration in the Helm Charts values.yaml like below.\n"
    zh = "在 Helm Charts values 的 pluginsProfile 定义中，配置插件的参数：\n"
    assert [f for f in loud_located(en, "en", zh, "zh") if f[1] == "values.yaml"] == []
    assert ("XL301", "values.yaml", 1) in loud_located(en, "en", zh.replace("values 的 ", ""), "zh")


# docs39 (kcl-lang/kcl-lang.io@0843862a, the Konfig best-practice page, Apache-2.0): the Chinese
# workflow step names two files the English step does not.
def test_a_file_only_the_translation_names_is_not_reported():
    en = "1. **Configuration**. Developers or SREs describe the requirements of applications based on front-end models.\n"
    zh = "1. 依据 Project & Stack 方式在 Konfig 仓库中组织用户侧配置代码，Konfig 会自动根据 project.yaml 和 stack.yaml 文件进行测试；\n"
    assert [f for f in loud_located(en, "en", zh, "zh") if f[1].endswith(".yaml")] == []


# docs53 (nacos-group/nacos-group.github.io@62e9bcbc, the quick-start page, Apache-2.0): the English
# link text names the variable the Chinese calls 配置; a link's text is worded freely.
def test_a_constant_in_a_links_text_is_no_value():
    zh = ("2. 64 bit JDK 1.8+；[下载](http://www.oracle.com/technetwork/java/javase/downloads/jdk8-downloads-2133151.html)"
          " & [配置](https://docs.oracle.com/cd/E19182-01/820-7851/inst_cli_jdk_javahome_t/)。\n")
    en = ("2. 64bit JDK 1.8+: [downloads](http://www.oracle.com/technetwork/java/javase/downloads/jdk8-downloads-2133151.html),"
          " [JAVA_HOME settings](https://docs.oracle.com/cd/E19182-01/820-7851/inst_cli_jdk_javahome_t/).\n")
    assert [f for f in loud_located(zh, "zh", en, "en") if f[1] == "JAVA_HOME"] == []
