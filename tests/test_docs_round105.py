"""Round 105 on documentation (tuning data docs51 and docs52 after their held-out scores):
false alarms of faithful Chinese → English pages. Sources: apache/iotdb-docs@ec936229
(Apache-2.0; `fixtures/heldout/docs51/md-iotdb-en`: the maintenance tool's command lines, the
data-partitioning page's figures), cut to the lines in question; the twins (another command,
another figure) are written for the test."""

from __future__ import annotations

from tests.conftest import loud_located

COMMAND_ZH = """使用方式：

```bash
.\\print-iotdb-data-dir.bat <IoTDB数据文件夹路径，如果是多个文件夹用逗号分隔> (<输出结果的存储路径>)
```
"""
COMMAND_EN = """Usage:

```bash
.\\print-iotdb-data-dir.bat <IoTDB data folder path, separated by commas if there are multiple folders> (<storage path of the output overview file>)
```
"""


def test_a_placeholder_of_words_in_a_command_line_is_translated_text():
    assert loud_located(COMMAND_ZH, "zh", COMMAND_EN, "en") == []


def test_the_command_around_a_translated_placeholder_is_still_compared():
    other = COMMAND_EN.replace("print-iotdb-data-dir.bat", "print-tsfile-sketch.bat")
    assert [rule for rule, _, _ in loud_located(COMMAND_ZH, "zh", other, "en")] == ["XL703"]


def test_a_placeholder_of_one_name_stays_code():
    from xlcheck.extract.code import read_block

    tokens = [t.value for t in read_block("```bash\nstart-cli.sh -h <host>\nsort < in.txt > out.txt\n```").tokens]
    assert tokens == ["start-cli.sh", "-h", "<host>", "sort", "<", "in.txt", ">", "out.txt"]
    assert [t.value for t in read_block("```bash\necho <输出结果的存储路径>\n```").tokens] == ["echo", "<>"]
    assert [t.value for t in read_block("```bash\necho <path of the output file>\n```").tokens] == ["echo", "<>"]


FIGURE = ('分区表如下图所示：\n\n<img style="width:100%; max-width:800px; display:block;" '
          'src="/img/partition_table_{}.png?raw=true">\n')


def test_a_figure_drawn_in_each_language_is_a_localised_asset():
    en = FIGURE.format("en").replace("分区表如下图所示：", "The partition table is shown below:")
    assert loud_located(FIGURE.format("cn"), "zh", en, "en") == []


def test_another_figure_is_still_markup_changed():
    en = FIGURE.format("en").replace("partition_table", "placement").replace(
        "分区表如下图所示：", "The partition table is shown below:")
    assert [rule for rule, _, _ in loud_located(FIGURE.format("cn"), "zh", en, "en")] == ["XL702"]


# A page laid out as docs52's AT-mode page (seata/seata.github.io states no licence, so the
# words are written for the test): a title naming the product, a heading only the English
# adds under it, and paragraphs the English words without the product's name.
TITLED_ZH = """# Kestrel AT 模式

## 前提

- 基于支持本地事务的关系型数据库，如 MySQL。

## 读隔离

在本地事务隔离级别为读已提交的基础上，Kestrel（AT 模式）的默认全局隔离级别是读未提交。

如果应用需要全局的读已提交，目前 Kestrel 的方式是通过 SELECT FOR UPDATE 语句的代理。
"""
TITLED_EN = """# Kestrel AT mode

# The basic idea

## Prerequisite

- Relational databases that support local transactions, such as MySQL.

## Read isolation

The isolation level of the local database is read committed or above, so the default isolation level of the global transaction is read uncommitted.

If the global transaction needs read committed, currently it is done by a proxy of the SELECT FOR UPDATE statement.
"""


def test_the_product_the_title_names_may_go_unsaid_further_down():
    assert loud_located(TITLED_ZH, "zh", TITLED_EN, "en") == []


def test_a_title_pairs_with_the_title_not_with_a_heading_added_under_it():
    from xlcheck.api import align_documents
    from xlcheck.io import document_from_text

    zh, en = document_from_text(TITLED_ZH, "zh", fmt="markdown"), document_from_text(TITLED_EN, "en", fmt="markdown")
    beads = align_documents(zh, en).beads
    assert (beads[0].a, beads[0].b) == ((0,), (0,))
    assert (beads[1].a, beads[1].b) == ((), (1,))


def test_another_name_dropped_further_down_is_still_reported():
    en = TITLED_EN.replace("such as MySQL", "such as this one")
    assert loud_located(TITLED_ZH, "zh", en, "en") == [("XL401", "MySQL", 7)]


def test_a_heading_with_text_of_its_own_only_one_version_has_is_reported():
    en = TITLED_EN.replace("# The basic idea\n", "# The basic idea\n\nThe idea in two phases.\n")
    assert ("XL002", "# The basic idea", 3) in loud_located(TITLED_ZH, "zh", en, "en")


# The ecosystem overview's lead (docs51, Apache-2.0), cut to three clauses; the twins
# (a list in both, a clause dropped) are written for the test.
LEAD_ZH = "# 概览\n\nIoTDB 生态集成打通时序数据全链路：通过数据采集实现设备秒级接入，经数据集成构建跨云管道，依托编程框架快速开发业务逻辑。\n"
LEAD_EN = """# Overview

IoTDB Ecosystem Integration Bridges the Full Pipeline of Time-Series Data:
- Through data collection, it enables second-level device connectivity.
- Via data integration, it constructs cross-cloud pipelines.
- Leveraging programming frameworks, it accelerates business logic development.
"""


def test_a_sentence_set_out_as_a_bulleted_list_is_layout():
    assert loud_located(LEAD_ZH, "zh", LEAD_EN, "en") == []


def test_versions_listed_with_a_bare_comma_are_each_a_version():
    from tests.conftest import extracted
    from xlcheck.extract import codes

    assert [value for value, _ in extracted(codes, "release branches (such as 0.6.0,0.6.1)", "en")] == ["0.6.0", "0.6.1"]


# Written for the test after docs52's contributing guide (no licence stated): the Chinese
# links an issue form from two words of one sentence, the English from one.
LINKS_ZH = "然后随时通过[NEW ISSUE](https://github.com/x/y/issues/new/choose)打开[问题](https://github.com/x/y/issues/new/choose)。\n"
LINKS_EN = "Then feel free to open an issue via [NEW ISSUE](https://github.com/x/y/issues/new/choose).\n"


def test_a_target_one_sentence_links_twice_may_be_linked_once():
    assert loud_located(LINKS_ZH, "zh", LINKS_EN, "en") == []


def test_a_target_linked_again_in_another_sentence_is_still_counted():
    zh = LINKS_ZH.replace("打开[问题]", "。请打开[问题]")
    assert [rule for rule, _, _ in loud_located(zh, "zh", LINKS_EN, "en")] == ["XL601"]


# Written for the test after docs52's test-coverage guide and FAQ (no licence stated).
def test_words_of_chinese_in_code_marks_the_english_quotes_are_prose():
    zh = "* 当你发现一个`方法`很难写单元测试时，如果可以确认这个`方法`是`臭代码`，那么就重构它。\n"
    en = '* When you find a `method` hard to test, if you can be sure the `method` is "smelly code", refactor it.\n'
    assert loud_located(zh, "zh", en, "en") == []


def test_code_of_latin_letters_dropped_is_still_reported():
    zh = "* 如果可以确认这个`方法`是`smell()`，那么就重构它。\n"
    en = "* If you can be sure the `method` is smelly, refactor it.\n"
    assert ("XL701", "`smell()`", 1) in loud_located(zh, "zh", en, "en")


FAQ_ZH = """**A:**

* 场景 ： 分支事务a注册TC后，a的本地事务提交前发生了全局事务回滚
* 后果 ： 全局事务回滚成功，a资源被占用掉，产生了资源悬挂问题
* 防悬挂措施： a回滚时发现回滚undo还未插入，则插入一条log_status=1的undo记录。

********
"""
FAQ_EN = """**A:**

**Scenario:** after a branch transaction a registers with TC, a global rollback happens before a's local commit.

**Consequence:** the global rollback succeeds, a's resource is taken, a resource suspension arises.

**Anti-suspension measures:** when a rolls back and finds the undo not yet inserted, an undo record with log_status=1 is inserted.

********
"""


def test_items_written_as_paragraphs_each_opened_by_a_bold_label_pair_with_the_list():
    assert loud_located(FAQ_ZH, "zh", FAQ_EN, "en") == []
    # the path docs52's FAQ took: the first labelled paragraph left alone before the
    # bead of the list and the other two
    from xlcheck.align import _fold_list_items, profile
    from xlcheck.io import document_from_text

    zh = document_from_text(FAQ_ZH.replace("**A:**\n\n", ""), "zh", fmt="markdown")
    en = document_from_text(FAQ_EN.replace("**A:**\n\n", ""), "en", fmt="markdown")
    a, b = [profile(p) for p in zh.paragraphs], [profile(p) for p in en.paragraphs]
    path = [(0, 0, 0, 1), (0, 1, 1, 3), (1, 2, 3, 4)]
    assert _fold_list_items(a, b, path) == [(0, 1, 0, 3), (1, 2, 3, 4)]


NOTE_ZH = """**A:**
  1. 脏数据需手动处理，根据日志提示修正数据。
  2. 关闭回滚时undo镜像校验，不推荐该方案。

    注：建议事前做好隔离保证无脏数据

********
"""
NOTE_EN = """**A:**
  1. The dirty data needs to be processed manually, corrected according to the log.
  2. Turning off the undo image check on rollback is not recommended.
    Note: it is recommended to isolate the dirty data in advance

********
"""


def test_a_note_indented_into_a_code_block_is_prose():
    assert loud_located(NOTE_ZH, "zh", NOTE_EN, "en") == []


# The Hive connector page's lead-in (docs51, Apache-2.0), one item of its list; the twin
# (the lead-in reworded into a sentence of its own) is written for the test.
HIVE_ZH = "## 1. 什么是 TsFile 的 Hive 连接器\n\n有了这个连接器，用户可以\n* 将单个 Tsfile 文件加载进 Hive\n\n## 2. 系统环境要求\n"
HIVE_EN = ("## 1. About Hive-TsFile-Connector\n\nWith this connector, you can\n\n* Load a single TsFile into hive\n\n"
           "## 2. System Requirements\n")


def test_a_lead_in_broken_off_above_its_list_pairs_with_the_lead_in_glued_to_it():
    assert loud_located(HIVE_ZH, "zh", HIVE_EN, "en") == []
    from xlcheck.align import _fold_list_items, profile
    from xlcheck.io import document_from_text

    zh, en = document_from_text(HIVE_ZH, "zh", fmt="markdown"), document_from_text(HIVE_EN, "en", fmt="markdown")
    a, b = [profile(p) for p in zh.paragraphs], [profile(p) for p in en.paragraphs]
    path = [(0, 1, 0, 1), (1, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4)]  # the path docs51's page took
    assert _fold_list_items(a, b, path) == [(0, 1, 0, 1), (1, 2, 1, 3), (2, 3, 3, 4)]


def test_a_sentence_ended_above_a_list_is_no_lead_in_glued_to_it():
    from xlcheck.align import _GLUED_BROKEN_LEAD_IN

    assert _GLUED_BROKEN_LEAD_IN.match("有了这个连接器，用户可以\n* 将单个文件加载进 Hive")
    assert not _GLUED_BROKEN_LEAD_IN.match("有了这个连接器。\n* 将单个文件加载进 Hive")


def test_a_line_of_code_broken_off_above_a_list_is_no_lead_in():
    from xlcheck.align import _fold_list_items, profile
    from xlcheck.io import document_from_text

    zh = document_from_text("## 1. 设置\n\n设置变量\n* 端口\n\n## 2. 运行\n", "zh", fmt="markdown")
    en = document_from_text("## 1. Settings\n\nPORT=`<member_cluster_entry_port>`\n\n* Port\n\n## 2. Run\n", "en",
                            fmt="markdown")
    a, b = [profile(p) for p in zh.paragraphs], [profile(p) for p in en.paragraphs]
    path = [(0, 1, 0, 1), (1, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4)]
    assert _fold_list_items(a, b, path) == path


def test_a_title_only_one_version_has_is_still_reported_above_its_sections():
    en = "# CLI\n\n## Introduction\n\nThe command line tool manages jobs.\n"
    zh = "## 介绍\n\n命令行工具管理作业。\n"
    assert ("XL002", "# CLI", 1) in loud_located(en, "en", zh, "zh")
