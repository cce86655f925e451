"""Round 77 on documentation (tuning data docs44 after its held-out score): a heading glued
to its number (Top10), a version glued to its product's name, table rows one version holds
alone, values a row lost that other rows keep, an identifier one letter shorter. Source,
Apache-2.0: apache/hertzbeat@f64da5fc (`home/docs/help/almalinux.md`, `help/doris_fe.md`,
`help/redis.md` and their `home/i18n/zh-cn/docusaurus-plugin-content-docs/current/` pages,
as in `fixtures/heldout/docs44/mdx-hertzbeat-zh`). The twins, the turned table and the
connected_slaves sentence are written for the test."""

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






# The Redis page's configuration table: the Chinese keeps five rows the English dropped.
REDIS_CONFIG_EN = """|  Parameter name  |                        Parameter help description                        |
|--------|------------------------------------------------------|
| Target Host | The IP, IPV6, or domain name of the monitored endpoint. Note ⚠️: Do not include protocol headers (eg: https://, http://). |
| Port     | The HTTP port provided by Redis, default value is 6379, sentinel node`s default value is 26379               |
| Timeout   | Set the timeout time when SQL query does not respond to data, unit: ms, default: 3000ms          |
| Username    | Database connection user name, optional                                          |
| Password     | Database connection password, optional                                          |
"""
REDIS_CONFIG_ZH = """|  参数名称  |                        参数帮助描述                        |
|--------|------------------------------------------------------|
| 监控Host | 被监控的对端IPV4，IPV6或域名。注意⚠️不带协议头(eg: https://, http://)。 |
| 任务名称   | 标识此监控的名称，名称需要保证唯一性。                                  |
| 端口     | redis对外提供的端口，默认为6379,sentinel节点默认26379               |
| 超时时间   | 设置redis info 查询未响应数据时的超时时间，单位ms毫秒，默认3000毫秒。          |
| 数据库名称  | 数据库实例名称，可选。                                          |
| 用户名    | 数据库连接用户名，可选                                          |
| 密码     | 数据库连接密码，可选                                           |
| 采集间隔   | 监控周期性采集数据间隔时间，单位秒，可设置的最小间隔为30秒                       |
| 是否探测   | 新增监控前是否先探测检查监控可用性，探测成功才会继续新增修改操作                     |
| 描述备注   | 更多标识和描述此监控的备注信息，用户可以在这里备注信息                          |
"""


def test_table_rows_one_version_holds_alone_are_reported_as_rows_missing():
    found = [f for f in loud_located(REDIS_CONFIG_EN, "en", REDIS_CONFIG_ZH, "zh") if f[0] == "XL002"]
    assert len(found) == 5  # as many as the tables' lengths differ by
    # the row that holds a figure only the Chinese has is told apart: the minimum interval
    assert any(value.startswith("| 采集间隔 |") and line == 10 for _, value, line in found)


def test_twin_tables_as_long_have_no_row_missing():
    zh = "\n".join(line for line in REDIS_CONFIG_ZH.split("\n")
                   if not line.startswith(("| 任务名称", "| 数据库名称", "| 采集间隔", "| 是否探测", "| 描述备注")))
    assert [rule for rule, _, _ in loud_located(REDIS_CONFIG_EN, "en", zh, "zh") if rule == "XL002"] == []


# A table turned (the source's rows are the translation's columns) lost no row.
TURNED_EN = """| Platform | arm64 | x64 |
|---|---|---|
| Windows | `win32-arm64` | `win32-x64` |
| macOS | `darwin-arm64` | `darwin-x64` |
| Linux | `linux-arm64` | `linux-x64` |
"""
TURNED_RU = """| Архитектура | Windows | macOS | Linux |
|---|---|---|---|
| `arm64` | `win32-arm64` | `darwin-arm64` | `linux-arm64` |
| `x64` | `win32-x64` | `darwin-x64` | `linux-x64` |
"""


def test_a_table_turned_has_no_row_missing():
    assert [rule for rule, _, _ in loud_located(TURNED_EN, "en", TURNED_RU, "ru") if rule == "XL002"] == []


# Rows of the Redis memory metrics: the Chinese descriptions lost "Deprecated in Redis 7.0"
# and the metric names used_memory and allocator_resident, rows of the table that other
# rows still name (and 7.0 stands in another row).
MEMORY_EN = """| Metric name | Metric unit | Metric help description |
|---|---|---|
| used_memory               | byte     | Total number of bytes allocated by Redis using its allocator (either standard libc, jemalloc, or an alternative allocator such as tcmalloc)                                  |
| used_memory_peak          | byte     | Peak memory consumed by Redis (in bytes)                               |
| used_memory_peak_human    | GB/MB/KB | Human readable representation of previous value                                      |
| used_memory_peak_perc     | none        | The percentage of used_memory_peak out of used_memory                                                              |
| used_memory_overhead      | byte     | The sum in bytes of all overheads that the server allocated for managing its internal data structures                                                                   |
| used_memory_startup       | byte     | Initial amount of memory consumed by Redis at startup in bytes                                                                         |
| used_memory_dataset       | byte     | The size in bytes of the dataset (used_memory_overhead subtracted from used_memory)                                                 |
| used_memory_dataset_perc  | none        | The percentage of used_memory_dataset out of the net memory usage (used_memory minus used_memory_startup)                 |
| allocator_allocated       | byte     | Total bytes allocated form the allocator, including internal-fragmentation. Normally the same as used_memory.                                                               |
| allocator_active          | byte     | Total bytes in the allocator active pages, this includes external-fragmentation.                                                                           |
| allocator_resident        | byte     | Total bytes resident (RSS) in the allocator, this includes pages that can be released to the OS (by MEMORY PURGE, or just waiting).                                            |
| total_system_memory       | byte     | The total amount of memory that the Redis host has                                                                                 |
| total_system_memory_human | GB/MB/KB | Human readable representation of previous value                                                                                    |
| used_memory_lua           | byte     | Number of bytes used by the Lua engine for EVAL scripts. Deprecated in Redis 7.0, renamed to used_memory_vm_eval                                                           |
| used_memory_lua_human     | KB       | Human readable representation of previous value. Deprecated in Redis 7.0                                                                                    |
| used_memory_scripts       | byte     | used_memory_scripts_eval + used_memory_functions (part of used_memory). Added in Redis 7.0                                                                               |
| used_memory_scripts_human | GB/MB/KB | Human readable representation of previous value                                                                                |
| mem_clients_slaves        | none        | Memory used by replica clients - Starting Redis 7.0, replica buffers share memory with the replication backlog, so this field can show 0 when replicas don't trigger an increase of memory usage.                            |
| allocator_rss_ratio       |          | Ratio between allocator_resident and allocator_active.                                                                           |
"""
MEMORY_ZH = """| 指标名称 | 指标单位 | 指标帮助描述 |
|---|---|---|
| used_memory               | byte     | Redis使用其分配器（标准libc、jemalloc或tcmalloc等替代分配器）分配的总字节数                                            |
| used_memory_peak          | byte     | Redis消耗的峰值内存（字节）                                                                              |
| used_memory_peak_human    | GB/MB/KB | 上一个值的人类可读值                                                                                    |
| used_memory_peak_perc     | 无        | used_memory_peak 与used_memory百分比                                                              |
| used_memory_overhead      | byte     | 服务器分配用于管理其内部数据结构的所有开销的字节总和                                                                    |
| used_memory_startup       | byte     | Redis在启动时消耗的初始内存量（字节）                                                                         |
| used_memory_dataset       | byte     | 数据集的字节大小（used_memory - used_memory_overhead）                                                  |
| used_memory_dataset_perc  | 无        | 已用内存数据集占净内存使用量的百分比（used_memory_dataset / (used_memory - used_memory_startup)）                 |
| allocator_allocated       | byte     | 从分配器分配的总字节数，包括内部碎片。通常与使用的内存相同                                                                 |
| allocator_active          | byte     | 分配器活动页中的总字节数，包括外部碎片                                                                           |
| allocator_resident        | byte     | 分配器中驻留的总字节数（RSS），包括可释放到操作系统的页面（通过MEMORY PURGE或仅等待）                                            |
| total_system_memory       | byte     | Redis主机的内存总量                                                                                  |
| total_system_memory_human | GB/MB/KB | 上一个值的人类可读值                                                                                    |
| used_memory_lua           | byte     | Lua引擎使用的字节数                                                                                   |
| used_memory_lua_human     | KB       | 上一个值的人类可读值                                                                                    |
| used_memory_scripts       | byte     | 缓存Lua脚本使用的字节数                                                                                 |
| used_memory_scripts_human | GB/MB/KB | 上一值的人类可读值                                                                                     |
| mem_clients_slaves        | 无        | 副本客户端使用的内存-从Redis 7.0开始，副本缓冲区与复制积压工作共享内存，因此当副本不触发内存使用增加时，此字段可以显示0。                            |
| allocator_rss_ratio       |          | 从操作系统角度看, 内存分配器碎片比例                                                                           |
"""


def test_a_value_a_row_lost_that_other_rows_hold_is_missing_at_the_row():
    found = set(loud_located(MEMORY_EN, "en", MEMORY_ZH, "zh"))
    assert {("XL101", "7", 16), ("XL101", "7", 17), ("XL101", "7", 18),
            ("XL301", "used_memory", 11), ("XL301", "used_memory", 18), ("XL301", "allocator_resident", 21)} <= found


def test_twin_rows_that_keep_their_values_are_quiet():
    zh = MEMORY_ZH.replace("| Lua引擎使用的字节数", "| Lua引擎使用的字节数。Redis 7.0 起弃用")
    found = set(loud_located(MEMORY_EN, "en", zh, "zh"))
    assert ("XL101", "7", 16) not in found and ("XL101", "7", 17) in found


# The AlmaLinux configuration table: its labels translated, its rows in one order; the
# proxy's port lost "default is 22", which the SSH port's row still states.
ALMA_EN = """| Parameter Name        | Parameter Help Description                                                                                                                                                            |
|-----------------------|---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------|
| Monitored Host        | The IPV4, IPV6, or domain name of the host being monitored. Note ⚠️ No protocol header (e.g., https://, http://).                                                                     |
| Task Name             | The name that identifies this monitoring, which must be unique.                                                                                                                       |
| Port                  | The port provided by Linux SSH, default is 22.                                                                                                                                        |
| Timeout               | Sets the connection timeout in milliseconds, default is 6000 ms.                                                                                                                      |
| Connection Reuse      | Sets whether SSH connections are reused, default is :false. If false, a new connection is created each time information is retrieved.                                                 |
| Use Proxy Connection  | Sets Whether connect via proxy, default is false.                                                                                                                                     |
| Username              | SSH connection username, optional.                                                                                                                                                    |
| Password              | SSH connection password, optional.                                                                                                                                                    |
| Collector             | Configures which collector is used to schedule data collection for this monitoring.                                                                                                   |
| Monitoring Period     | The interval time for periodic data collection in seconds, with a minimum interval of 30 seconds.                                                                                     |
| Binding Tags          | Used for categorized management of monitoring resources.                                                                                                                              |
| Description           | Additional notes and descriptions for this monitoring, where users can make notes.                                                                                                    |
| PrivateKey            | The private key required to connect to the server.                                                                                                                                    |
| PrivateKey PassPhrase | The password phrase used to encrypt the SSH private key. If the private key was generated with a passphrase, this field must be filled to decrypt and use the key for authentication. |
| Proxy Host            | The address of the proxy server, supporting IPV4, IPV6, or domain name format. Required when using SSH jump host to access the target host.                                           |
| Proxy Port            | The port number of the proxy service, default is 22.                                                                                                                                  |
| Proxy Username        | The authentication username required to connect to the proxy server.                                                                                                                  |
| Proxy Username        | The authentication password required to connect to the proxy server.                                                                                                                  |
| Proxy PrivateKey      | The private key required to authenticate with the proxy server.                                                                                                                       |

### Data Collection Metrics

"""
ALMA_ZH = """| 参数名称   | 参数帮助描述                                                              |
|--------|---------------------------------------------------------------------|
| 监控Host | 被监控的对端IPV4，IPV6或域名。注意⚠️不带协议头(eg: https://, http://)。                |
| 任务名称   | 标识此监控的名称，名称需要保证唯一性。                                                 |
| 端口     | Linux SSH对外提供的端口，默认为22。                                             |
| 超时时间   | 设置连接的超时时间，单位ms毫秒，默认6000毫秒。                                          |
| 复用连接   | 设置SSH连接是否复用，默认为:false。为false每次获取信息都会创建一个连接                          |
| 使用代理   | 设置是否通过代理连接，默认为false。                                                |
| 用户名    | SSH连接用户名，可选                                                         |
| 密码     | SSH连接密码，可选                                                          |
| 采集器    | 配置此监控使用哪台采集器调度采集                                                    |
| 监控周期   | 监控周期性采集数据间隔时间，单位秒，可设置的最小间隔为30秒                                      |
| 绑定标签   | 用于对监控资源进行分类管理                                                       |
| 描述备注   | 更多标识和描述此监控的备注信息，用户可以在这里备注信息                                         |
| 私钥     | 连接服务器所需的私钥                                                          |
| 密钥短语   | 用于加密 SSH 私钥的密码短语（Passphrase）。如果私钥在生成时设置了密码短语，则必须填写此字段才能解密并使用私钥进行认证。 |
| 代理主机   | 代理服务器的地址，支持 IPV4、IPV6或域名。若使用 SSH 代理跳转访问目标主机，需填写代理服务器的地址。            |
| 代理端口   | 代理服务器的端口号。                                                          |
| 代理用户名  | 连接代理服务器时所需的认证用户名。                                                   |
| 代理密码   | 连接代理服务器时所需的认证密码。                                                    |
| 代理主机私钥 | 连接代理服务器时所需的私钥。                                                      |

### 采集指标

"""


def test_rows_paired_by_rank_where_the_labels_are_translated():
    assert loud_located(ALMA_EN, "en", ALMA_ZH, "zh") == [("XL101", "22", 18)]


def test_twin_rows_in_another_order_are_not_compared_by_rank():
    rows = ALMA_ZH.rstrip("\n").split("\n")
    shuffled = rows[:2] + rows[2:][::-1]
    found = loud_located(ALMA_EN, "en", "\n".join(shuffled) + "\n", "zh")
    assert [rule for rule, _, _ in found if rule == "XL101"] == []


def test_an_identifier_that_lost_a_letter_is_another_identifier():
    en = "This is the upper limit for the sum of connected_clients, connected_slaves and cluster_connections.\n"
    zh = "这是connected_clients、connected_slave和cluster_connections之和的上限。\n"
    assert ("XL301", "connected_slaves", 1) in loud_located(en, "en", zh, "zh")


def test_twin_an_identifier_in_a_rows_prose_that_names_no_row_is_a_word():
    en = MEMORY_EN.replace("Normally the same as used_memory.", "Normally the same as used_memory and heap_bytes.")
    zh = MEMORY_ZH.replace("Redis消耗的峰值内存（字节）", "Redis消耗的峰值内存（字节，heap_bytes）")
    assert [value for _, value, _ in loud_located(en, "en", zh, "zh") if value == "heap_bytes"] == []
