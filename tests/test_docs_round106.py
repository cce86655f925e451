"""Round 106 on documentation (tuning data: docs51 and docs52 after their held-out first
scores): a code block whose lines each gain tokens in the translation (a column's ``COMMENT
'…'``) is read line by line; a list whose items each repeat a code span the translation's
items drop or write fewer times is reported item by item, occurrence by occurrence, and the
one the translation writes in its next paragraph does not cancel the others; a quoted run
of marks (``"|||||"``) is a literal; a handle written in another case (``@GlobalTransaction``
/ ``@globaltransaction``) is an annotation respelt, code. Sources: apache/iotdb-docs@ec936229,
``src/zh/UserGuide/latest/Tools-System/Backup-Tool.md`` and
``Tools-System/Maintenance-Tool_apache.md`` with their English pages (Apache-2.0; as in
`fixtures/heldout/docs51/md-iotdb-en`). The SQL table and the annotations are written for the
test, after the Seata pages of docs52 (no licence stated, not quoted)."""

from __future__ import annotations

from tests.conftest import loud_located
from xlcheck.compare.code import _grown

TABLE_ZH = """建表语句如下：

```sql
CREATE TABLE `orders` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` varchar(64) NOT NULL,
  `amount` int(11) NOT NULL,
  `status` tinyint(4) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `paid_at` datetime NOT NULL,
  `shipped_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
```
"""
TABLE_EN = """The statement is:

```sql
CREATE TABLE `orders` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT 'order id',
  `user_id` varchar(64) NOT NULL COMMENT 'buyer',
  `amount` int(11) NOT NULL COMMENT 'amount in cents',
  `status` tinyint(4) NOT NULL COMMENT 'order status',
  `created_at` datetime NOT NULL COMMENT 'create time',
  `updated_at` datetime NOT NULL COMMENT 'update time',
  `paid_at` datetime NOT NULL COMMENT 'payment time',
  `shipped_at` datetime NOT NULL COMMENT 'shipping time',
  `remark` varchar(255) DEFAULT NULL COMMENT 'remark',
  PRIMARY KEY (`id`),
  KEY `idx_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
```
"""


def test_lines_that_each_gain_tokens_are_reported_each_at_its_line():
    found = loud_located(TABLE_ZH, "zh", TABLE_EN, "en")
    assert [(rule, line) for rule, _, line in found if rule == "XL703"] == [
        ("XL703", 13), ("XL703", 5), ("XL703", 6), ("XL703", 7), ("XL703", 8), ("XL703", 9), ("XL703", 10),
        ("XL703", 11), ("XL703", 12)]
    assert ("XL703", "code:NULL,", 12) in found


def test_a_table_kept_is_no_drift():
    assert loud_located(TABLE_ZH, "zh", TABLE_ZH.replace("建表语句如下：", "The statement is:"), "en") == []


def test_a_line_grown_keeps_the_other_around_what_was_put_in():
    assert _grown("`id`bigint(20)NOTNULL,", "`id`bigint(20)NOTNULLCOMMENT'id',")
    assert _grown("`id`bigint(20)NOTNULLCOMMENT'id',", "`id`bigint(20)NOTNULL,")  # either way
    assert not _grown("`id`bigint(20)NOTNULL,", "`id`varchar(64)NOTNULL,")  # a token changed
    assert not _grown("x=1,", "x=1,y=2,")  # too short to tell
    assert not _grown("`id`bigint(20)NOTNULL,", "`id`bigint(20)NOTNULL,")  # the same line


RULES_ZH = """#### 匹配规则总结

* 当 `dn_data_dirs` 仅有 `;` 分割时：
  **规则**：* `-targetdatadir` 可以只输入一个路径（路径中没有 `;` 和 `,`）。
    * `-targetdatadir` 也可以按照 `;` 分割多个路径，但数量必须和 `dn_data_dirs` 中的路径数量相等，且路径中不能有 `,`。
* 当 `dn_data_dirs` 仅有 `,` 分割时：
  **规则**：* `-targetdatadir` 可以只输入一个路径（路径中没有 `;` 和 `,`）。
    * `-targetdatadir` 也可以按照 `,` 分割多个路径，但数量必须和 `dn_data_dirs` 中的路径数量相等，且路径中不能有 `;`。
* 当 `dn_data_dirs` 同时有 `;` 和 `,` 分割时：
  **规则**：* `-targetdatadir` 可以只输入一个路径（路径中没有 `;` 和 `,`）。
    * `-targetdatadir` 也可以优先按照 `;` 分割多个路径，数量必须和 `dn_data_dirs` 中的路径数量相等。每个 `;` 分割的路径中可以只输入一个路径，也可以按照 `,` 分割多个路径，但`,`分割的路径数量必须相等。

> `wal` 路径通常通过 `dn_wal_dirs` 参数指定，规则同上
"""
RULES_EN = """#### Path Matching Rules Summary

* **Paths separated by `;` only**:
    * `-targetdatadir` can be a single path (no `;` or `,`).
    * `-targetdatadir` can also use `;` to split paths, but the count must match the source paths.
* **Paths separated by `,` only**:
    * `-targetdatadir` can be a single path (no `;` or `,`).
    * `-targetdatadir` can also use `,` to split paths, but the count must match the source paths.
* **Paths with both `;` and `,`**:
    * `-targetdatadir` can be a single path (no `;` or `,`).
    * Split paths first by `;`, then by `,`. The number of paths at each level must match.

> **Note**: The `dn_wal_dirs` parameter (for WAL paths) follows the same rules as `dn_data_dirs`.
"""


def test_a_span_each_item_repeats_is_reported_at_each_place_the_translation_drops_it():
    found = loud_located(RULES_ZH, "zh", RULES_EN, "en")
    values = [value for rule, value, _ in found if rule == "XL701"]
    # six `dn_data_dirs`, two in each rule, none in the translation's rules (the note
    # under them names it once: one moved, not six); `,` and `;` of the clauses dropped,
    # and the option the third rule's second line names
    assert values.count("`dn_data_dirs`") == 6
    assert values.count("`,`") == 2 and values.count("`;`") == 2
    assert values.count("`-targetdatadir`") == 1
    assert ("XL701", "`wal`", 13) in found


def test_a_span_a_paragraph_of_prose_repeats_is_compared_once():
    zh = "配置 `dn_data_dirs` 指定数据目录。`dn_data_dirs` 可以有多个路径，`dn_data_dirs` 中的路径用 `,` 分隔。\n"
    en = "The `dn_data_dirs` setting names the data folders: one or more, separated by `,`.\n"
    assert loud_located(zh, "zh", en, "en") == []


def test_items_that_keep_a_span_as_often_are_no_drift():
    zh = "".join(f"* 规则{n}：`-targetdatadir` 按 `;` 分割，`-targetdatadir` 不能有 `,`。\n" for n in range(1, 4))
    en = "".join(f"* Rule {n}: `-targetdatadir` split by `;`; `-targetdatadir` has no `,`.\n" for n in range(1, 4))
    assert loud_located(zh, "zh", en, "en") == []
    fewer = en.replace("; `-targetdatadir` has", "; it has", 1)
    assert loud_located(zh, "zh", fewer, "en") == [("XL701", "`-targetdatadir`", 1)]


MARKER_ZH = """解释：

-   以"|"为分隔，左边是在TsFile文件中的实际位置，右边是梗概内容。
-   "|||||||||||||||||||||"是为增强可读性而添加的导引信息，不是TsFile中实际存储的数据。
-   最后打印的"IndexOfTimerseriesIndex Tree"是对TsFile文件末尾的元数据索引树的重新整理打印，便于直观理解，不是TsFile中存储的实际数据。
"""
MARKER_EN = """Explanations:

-   Separated by "|", the left is the actual position in the TsFile, and the right is the summary content.
-   "||||||||||||||||||||" is the guide information added to enhance readability, not the actual data stored in TsFile.
-   The last printed "IndexOfTimerseriesIndex Tree" is a reorganization of the metadata index tree at the end of the TsFile, which is convenient for intuitive understanding, and again not the actual data stored in TsFile.
"""


def test_a_quoted_run_of_marks_is_a_literal():
    assert loud_located(MARKER_ZH, "zh", MARKER_EN, "en") == [("XL301", "|||||||||||||||||||||", 4)]
    kept = MARKER_EN.replace('"||||||||||||||||||||"', '"|||||||||||||||||||||"')
    assert loud_located(MARKER_ZH, "zh", kept, "en") == []


ANNOTATION_ZH = """脏写必须使用@GlobalTransaction注解。如果接口没有GlobalTransactional包裹，可以使用@GlobalLock注解。
"""
ANNOTATION_EN = """Dirty writes must use the @globaltransaction annotation. If the interface has no @globaltransactional annotation, use the @globallock annotation.
"""


def test_an_annotation_written_in_another_case_is_code():
    found = loud_located(ANNOTATION_ZH, "zh", ANNOTATION_EN, "en")
    assert found == [("XL301", "@globaltransactional", 1), ("XL302", "@GlobalLock", 1),
                     ("XL302", "@GlobalTransaction", 1)]


def test_an_annotation_kept_is_no_drift():
    kept = ANNOTATION_EN.replace("@globaltransaction ", "@GlobalTransaction ").replace(
        "@globaltransactional", "GlobalTransactional").replace("@globallock", "@GlobalLock")
    assert loud_located(ANNOTATION_ZH, "zh", kept, "en") == []
