"""Round 77 on documentation (tuning data docs44 after its held-out score). Source, Apache-2.0:
apache/hertzbeat@f64da5fc (`home/docs/help/almalinux.md`, `help/doris_fe.md` and their
`home/i18n/zh-cn/docusaurus-plugin-content-docs/current/` pages, as in
`fixtures/heldout/docs44/mdx-hertzbeat-zh`). The twins are written for the test."""

from __future__ import annotations

from tests.conftest import loud_located

# The AlmaLinux page's last sections: a heading the Chinese writes "Top10 CPU进程".
PROCESSES_EN = """
| Metric Name | Metric Unit | Metric Help Description |
|-------------|-------------|-------------------------|
| filesystem  | None        | Name of the file system |
| used        | Mb          | Used disk size          |
| available   | Mb          | Available disk size     |
| usage       | %           | Usage rate              |
| mounted     | None        | Mount point directory   |

#### Metric Set: Top 10 CPU Processes

Statistics for the top 10 processes using the CPU. Statistics include: process ID, CPU usage, memory usage, and executed command.

| Metric Name | Metric Unit | Metric Help Description |
|-------------|-------------|-------------------------|
| pid         | None        | Process ID              |
| cpu_usage   | %           | CPU usage               |
| mem_usage   | %           | Memory usage            |
| command     | None        | Executed command        |

#### Metric Set: Top 10 Memory Processes

Statistics for the top 10 processes using memory. Statistics include: process ID, memory usage, CPU usage, and executed command.

| Metric Name | Metric Unit | Metric Help Description |
|-------------|-------------|-------------------------|
| pid         | None        | Process ID              |
| mem_usage   | %           | Memory usage            |
| cpu_usage   | %           | CPU usage               |
| command     | None        | Executed command        |
"""
PROCESSES_ZH = """
|    指标名称    | 指标单位 | 指标帮助描述  |
|------------|------|---------|
| filesystem | 无    | 文件系统的名称 |
| used       | Mb   | 已使用磁盘大小 |
| available  | Mb   | 可用磁盘大小  |
| usage      | %    | 使用率     |
| mounted    | 无    | 挂载点目录   |

#### 指标集合：Top10 CPU进程

统计进程使用CPU的Top10进程。统计信息包括：进程ID、CPU占用率、内存占用率、执行命令。

|   指标名称    | 指标单位 | 指标帮助描述 |
|-----------|------|--------|
| pid       | 无    | 进程ID   |
| cpu_usage | %    | CPU占用率 |
| mem_usage | %    | 内存占用率  |
| command   | 无    | 执行命令   |

#### 指标集合：Top10 内存进程

统计进程使用内存的Top10进程。统计信息包括：进程ID、内存占用率、CPU占用率、执行命令。

|   指标名称    | 指标单位 | 指标帮助描述 |
|-----------|------|--------|
| pid       | 无    | 进程ID   |
| mem_usage | %    | 内存占用率  |
| cpu_usage | %    | CPU占用率 |
| command   | 无    | 执行命令   |
"""


def test_a_heading_whose_words_are_glued_to_a_number_pairs_with_its_source():
    assert loud_located(PROCESSES_EN, "en", PROCESSES_ZH, "zh") == []


def test_twin_a_heading_with_another_number_is_still_drift():
    zh = PROCESSES_ZH.replace("Top10 CPU进程", "Top5 CPU进程", 1)
    assert ("XL101", "10", 10) in {(rule, value, line) for rule, value, line in loud_located(PROCESSES_EN, "en", zh, "zh")}


# The Doris FE page's lead: the version the Chinese glues to the product's name.
DORIS_EN = "> Collect and monitor general performance metrics for DORIS database FE. Supports DORIS 2.0.0.\n"
DORIS_ZH = "> 对DORIS数据库FE的通用性能指标进行采集监控。支持DORIS2.0.0。\n"


def test_a_version_glued_to_the_product_name_is_the_version():
    assert loud_located(DORIS_EN, "en", DORIS_ZH, "zh") == []


def test_twin_a_glued_version_that_differs_is_drift():
    zh = DORIS_ZH.replace("2.0.0", "1.2.0")
    assert [(rule, value) for rule, value, _ in loud_located(DORIS_EN, "en", zh, "zh")] == [("XL302", "2.0.0")]
