"""Round 44 on documentation (tuning data docs34, after its held-out score): Apache
DolphinScheduler's pages in Chinese. Source: apache/dolphinscheduler `docs/docs/en/…` and
`docs/docs/zh/…` at 7e0095dc (Apache-2.0), cut: `guide/task/sqoop.md`,
`guide/project/project-list.md`, `architecture/load-balance.md`, `guide/parameter/local.md`,
`contribute/join/become-a-committer.md`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import loud_located
from xlcheck.api import align_documents, load_documents

# A table of a task's parameters whose labels name the fields of the interface, and a
# sentence that names two of them in code; the Chinese gives them in its interface's words.
SQOOP_EN = """## Task Parameters

- Please refer to [DolphinScheduler Task Parameters Appendix](appendix.md) `Default Task Parameters` section for default parameters.

| **Parameter** | **Description** |
|---|---|
| Job Name | map-reduce job name |
| Data Source - ModelType | (1) Form:Synchronize data from a table, need to fill in the `Table` and `ColumnType`. (2) SQL:Synchronize data of SQL queries result, need to fill in the `SQL Statement`. |
| Data Source - Table | Sets the table name to use when importing to Hive. |
| Data Source - ColumnType | (1) All Columns:Import all fields in the selected table.  (2) Some Columns:Import the specified fields in the selected table, need to fill in the `Column`. |
| Data Source - Column | Fill in the field name, and separate with commas. |
| Data Source - SQL Statement | Fill in SQL query statement. |
| Data Target - CreateHiveTable | Import a table definition into Hive. If set, then the job will fail if the target hive table exits. |
| Data Target - DeleteTargetDir | Delete the target directory if it exists. |
"""
SQOOP_ZH = """## 任务参数

- 默认参数说明请参考[DolphinScheduler任务参数附录](appendix.md)`默认任务参数`一栏。

| **任务参数** | **描述** |
|---|---|
| 任务名称 | map-reduce 任务名称 |
| 数据来源 - 模式 | (1) 单表：同步单张表的数据，需填写`表名`和`列类型`  (2) SQL：同步 SQL 查询的结果，需填写`SQL语句` |
| 数据来源 - 表名 | 设置需要导入 hive 的表名 |
| 数据来源 - 列类型 | (1) 全表导入：导入表中的所有字段  (2) 选择列：导入表中的指定列，需填写`列`信息 |
| 数据来源 - 列 | 填写字段名称，多个字段之间使用英文逗号分割 |
| 数据来源 - SQL 语句 | 填写 SQL 查询语句 |
| 数据目的 - 是否创建新表 | 选择是否自动根据导入数据类型创建数据目的表，如果目标表已经存在了，那么创建任务会失败 |
| 数据目的 - 是否删除目录 | 如果目录已经存在，则删除目录 |
"""


def test_a_tables_labels_and_the_code_naming_them_are_the_interfaces_words():
    assert loud_located(SQOOP_EN, "en", SQOOP_ZH, "zh") == []


def test_a_camel_case_word_in_prose_beside_the_table_is_still_a_name():
    en = SQOOP_EN + "\nThe DeleteTargetDir switch runs before the job.\n"
    zh = SQOOP_ZH + "\n该开关在任务之前运行。\n"
    assert loud_located(en, "en", zh, "zh") == [("XL401", "DeleteTargetDir", 16)]


def test_code_naming_a_row_of_a_table_whose_labels_are_kept_is_still_code():
    en = "| Key | Description |\n|---|---|\n| column | the `column` to read |\n| table | a table |\n| mode | a mode |\n"
    zh = "| Key | Description |\n|---|---|\n| column | 读取的列 |\n| table | 表 |\n| mode | 模式 |\n"
    assert [rule for rule, value, _ in loud_located(en, "en", zh, "zh") if value == "`column`"] == ["XL701"]


# Labels of the interface in code marks, clicked, which the Chinese names in its own words.
STEPS_EN = """## Create Task

- Click `Project Management -> Project Name -> Workflow Definition`, and click the `Create Workflow` button to enter the DAG editing page.
"""
STEPS_ZH = """## 创建任务

- 点击项目管理 -> 项目名称 -> 工作流定义，点击“创建工作流”按钮，进入 DAG 编辑页面；
"""


def test_a_clicked_label_and_a_menu_path_are_named_in_the_readers_words():
    assert loud_located(STEPS_EN, "en", STEPS_ZH, "zh") == []


def test_a_term_in_code_marks_that_nothing_clicks_is_still_code():
    en = "4. Keep the voting process open. Consider the result as `Consensus Approval` if there are 3 votes.\n"
    zh = "4. 保持投票过程开放。至少3票，则视为\"共识批准\"。\n"
    assert [rule for rule, value, _ in loud_located(en, "en", zh, "zh") if "Consensus" in value] == ["XL701"]


# A page whose English added an introduction and a section before the sections the Chinese
# has; each of the Chinese sections opens with a heading and holds an image.
PROJECT_EN = """# Project

This page describes details regarding Project screen in Apache DolphinScheduler.

## Project List

On the project screen, list of all the existing projects along with details like name, owner, workflow definition, process instance, create and update time.

![project-list](../../../../img/new_ui/dev/project/project-list.png)

## Create Project

- Click `Project Management` to enter the project management page, click the `Create Project` button, enter the project name, project description, and click `Submit` to create a new project.

![project-list](../../../../img/new_ui/dev/project/project-create.png)

## Project Worker Group Authorization

- On the project management page, click the `Worker Group Authorization` button to enter the worker group authorization page, as shown in the figure below, select the worker group, click `WorkerGroup`, after successful authorization, the project can access the worker group.
"""
PROJECT_ZH = """# 项目管理

## 创建项目

点击"项目管理"进入项目管理页面，点击“创建项目”按钮，输入项目名称，项目描述，点击“提交”，创建新的项目。

![project](../../../../img/new_ui/dev/project/project-create.png)

## 项目工作组授权

在项目管理页面，点击“工作组授权”按钮，进入工作组授权页面，如下图所示，选择工作组，点击“分配WorkerGroup”，授权成功后，该项目可以访问该工作组。
"""


def _pairs(a: str, b: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    en, zh = load_documents([a, b], ["en", "zh"])
    return [(bead.a, bead.b) for bead in align_documents(en, zh).beads]


def test_the_sections_a_stale_translation_holds_pair_with_their_own(tmp_path):
    (tmp_path / "a.md").write_text(PROJECT_EN, encoding="utf-8")
    (tmp_path / "b.md").write_text(PROJECT_ZH, encoding="utf-8")
    pairs = _pairs(str(tmp_path / "a.md"), str(tmp_path / "b.md"))
    assert ((5,), (1,)) in pairs and ((6,), (2,)) in pairs  # ## Create Project / ## 创建项目, and its text
    assert ((2,), ()) in pairs and ((3,), ()) in pairs  # ## Project List and its text: the Chinese lacks them


def test_the_sections_the_translation_lacks_are_reported_and_nothing_else():
    found = loud_located(PROJECT_EN, "en", PROJECT_ZH, "zh")
    assert {rule for rule, _, _ in found} == {"XL002"}
    assert {line for _, _, line in found} <= {3}


# A list written as paragraphs: items of three, each its own paragraph (drift), and a
# note whose terms the Chinese writes glued.
BALANCE_EN = """DolphinScheduler-Master allocates tasks to workers, and by default provides three algorithms:

- Weighted random (random)

- Smoothing polling (round-robin)

- Linear load (lower weight)

The default configuration is the linear load, for a stand-alone deployment.
"""
BALANCE_ZH = """DolphinScheduler-Master 分配任务至 worker,默认提供了三种算法:

加权随机（random）

平滑轮询（roundrobin）

线性负载（lowerweight）

默认配置为线性加权负载，适用于 standalone 部署。
"""


def test_a_term_written_with_its_words_glued_is_reported_but_not_a_compound_of_prose():
    found = loud_located(BALANCE_EN, "en", BALANCE_ZH, "zh")
    assert {(value, line) for rule, value, line in found if rule != "XL701"} >= {("round-robin", 5), ("lower weight", 7)}
    assert not [value for _, value, _ in found if "stand" in value]


def test_items_of_a_list_written_as_paragraphs_are_still_reported():
    found = loud_located(BALANCE_EN, "en", BALANCE_ZH, "zh")
    assert [line for rule, value, line in found if rule == "XL701" and value == "-"] == [3, 5, 7]


# A note that ends on a link, which the Chinese ends on too, without a full stop.
NOTE_EN = """> Note: The local parameter can be used in the workflow of the current task node. If it is set to OUT, it can be passed to the downstream workflow. Please refer to: [Parameter Context](context.md).
"""
NOTE_ZH = """> 注：本地参数可以在当前任务节点的工作流中，设置其为 OUT 则可以传递给下游的工作流使用，可以参考：[参数传递](context.md)
"""


def test_a_translation_that_ends_on_its_sources_last_link_is_not_cut():
    assert [rule for rule, _, _ in loud_located(NOTE_EN, "en", NOTE_ZH, "zh") if rule == "XL005"] == []


def test_a_clicked_label_dropped_with_its_sentence_is_still_reported():
    # (KubeVela's RBAC page, Apache-2.0: the Chinese drops "Click the `Create` button then complete.")
    en = ("Click the `New Role` button, you can open the drawer page for creating a role, you should input some "
          "required info, such as the role's name, alias and permissions. Click the `Create` button then complete.\n")
    zh = "点击右上方的 `添加角色` 按钮即可进入添加页面，填写角色名称选择包含的权限即可。\n"
    assert ("XL701", "`Create`", 1) in loud_located(en, "en", zh, "zh")


# APISIX's OpenWhisk plugin page (Apache-2.0), as docs8 keeps it: the Chinese adds a
# heading, ### 创建路由, before the paragraph that enables the plugin on a route.
APISIX = Path(__file__).resolve().parents[1] / "fixtures/heldout/docs8/apisix"


def test_a_heading_only_the_translation_has_does_not_pull_a_pair_onto_it():
    en, zh = load_documents([str(APISIX / "openwhisk-zh.en.md"), str(APISIX / "openwhisk-zh.zh.md")], ["en", "zh"])
    heading = next(i for i, p in enumerate(zh.paragraphs) if p.text == "### 创建路由")
    assert ((), (heading,)) in [(bead.a, bead.b) for bead in align_documents(en, zh).beads]
