"""Round 9 on documentation (tuning data docs8): excerpts of the Apache APISIX and Apache
HugeGraph documentation (Apache-2.0), attribution in fixtures/SOURCES.md, each with a twin
that stays reported."""

from __future__ import annotations

from tests.conftest import pair_findings

# docs8/apisix/profile-zh: the English page grew a section and rewrote the rest; the
# Chinese page is the 2021 text, whose paths and variable are all still in the source.
EN_PROFILE = """Extracting configuration from the code makes APISIX adaptable to changes in the operating environments. For example, APISIX can be deployed in a development environment for testing and then moved to a production environment. The configuration for APISIX in these environments would be different.

APISIX supports managing multiple configurations through environment variables in two different ways:

1. Using environment variables in the configuration file
2. Using an environment variable to switch between multiple configuration profiles

## Using environment variables in the configuration file

This is useful when you want to change some configurations based on the environment.

When you run APISIX, you can set these environment variables dynamically:

```shell
export APISIX_NODE_LISTEN=8132
export DEPLOYMENT_ADMIN_ADMIN_LISTEN=9232
```

Now when you start APISIX, it will listen on port `8132` and expose the Admin API on port `9232`.

Similarly, you can also use environment variables in `apisix.yaml` when deploying APISIX in standalone mode.

## Using the `APISIX_PROFILE` environment variable

If you have multiple configuration changes for multiple environments, it might be better to have a different configuration file for each.

Although this might increase the number of configuration files, you would be able to manage each independently and can even do version management.

APISIX uses the `APISIX_PROFILE` environment variable to switch between environments, i.e. to switch between different sets of configuration files. If the value of `APISIX_PROFILE` is `env`, then APISIX will look for the configuration files `conf/config-env.yaml`, `conf/apisix-env.yaml`, and `conf/debug-env.yaml`.

For example for the production environment, you can have:

* conf/config-prod.yaml
* conf/apisix-prod.yaml
* conf/debug-prod.yaml

And if no environment is specified, APISIX can use the default configuration files:

* conf/config.yaml
* conf/apisix.yaml
* conf/debug.yaml

To use a particular configuration, you can specify it in the environment variable:

```shell
export APISIX_PROFILE=prod
```

APISIX will now use the `-prod.yaml` configuration files.
"""
ZH_PROFILE = """配置之所以从代码中提取出来，就是为了更好适应变化。通常我们的应用都有开发环境、生产环境等不同运行环境，这些环境下应用的一些配置肯定会有不同，比如：配置中心的地址等。

如果把所有环境的配置都放在同一个文件里，非常不好管理，我们接到新需求后，在开发环境进行开发时，需要将配置文件中的参数都改成开发环境的，提交代码时还要改回去，这样改来改去非常容易出错。

上述问题的解决办法就是通过环境变量来区分当前运行环境，并通过环境变量来切换不同配置文件。APISIX 中对应的环境变量就是：`APISIX_PROFILE`。

在没有设置 `APISIX_PROFILE` 时，默认使用以下三个配置文件：

* conf/config.yaml
* conf/apisix.yaml
* conf/debug.yaml

如果设置了 `APISIX_PROFILE` 的值为 `prod`，则使用以下三个配置文件：

* conf/config-prod.yaml
* conf/apisix-prod.yaml
* conf/debug-prod.yaml

通过这种方式虽然会增加配置文件的数量，但可以独立管理，再配置 git 等版本管理工具，还能更好实现版本管理。
"""
# docs8/apisix/gzip-zh, the start of another page of the same site.
ZH_GZIP = """## 描述

`gzip` 插件能动态设置 [NGINX](https://docs.nginx.com/nginx/admin-guide/web-server/compression/) 的压缩行为。当启用 `gzip` 插件时，客户端在发起请求时需要在请求头中添加 `Accept-Encoding: gzip`，以表明客户端支持 `gzip` 压缩。

:::info 重要

该插件要求 Apache APISIX 运行在 [APISIX-Runtime](../FAQ.md#如何构建-apisix-runtime-环境) 上。

:::

## 属性

| 名称           | 类型                  | 必选项 | 默认值        | 有效值 | 描述                                                                                    |
|----------------|----------------------|--------|--------------|-------------|-----------------------------------------------------------------------------------------|
| types          | array[string] or "*" | 否  |  ["text/html"] |             | 动态设置 [`gzip_types`](https://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip_types) 指令，特殊值 `"*"` 匹配任何 MIME 类型。 |
| min_length     | integer              | 否  |  20          | >= 1        | 动态设置 [`gzip_min_length`](https://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip_min_length) 指令。 |
| comp_level     | integer              | 否  |  1           | [1, 9]      | 动态设置 [`gzip_comp_level`](https://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip_comp_level) 指令。 |

## 启用插件

```shell
curl -i http://127.0.0.1:9180/apisix/admin/routes/1 \\
-H "X-API-KEY: $admin_key" -X PUT -d '
{
    "uri": "/index.html",
    "plugins": {
        "gzip": {
            "buffers": {
                "number": 8
            }
        }
    },
    "upstream": {
        "type": "roundrobin",
        "nodes": {
            "127.0.0.1:1980": 1
        }
    }
}'
```

## 使用示例

通过上述命令启用插件后，可以通过以下方法测试插件：

```shell
curl http://127.0.0.1:9080/index.html -i -H "Accept-Encoding: gzip"
```
"""


def test_a_translation_the_source_outgrew_has_its_gaps_reported():
    found = pair_findings(EN_PROFILE, "en", ZH_PROFILE, "zh")
    rules = [f.rule for f in found if f.severity != "info"]
    assert "XL001" not in rules
    # The new section is missing after the Chinese first paragraph (blamed at its line 3),
    # the closing sentence at the end; the files APISIX_PROFILE=env selects at line 5.
    gaps = [(f.blamed.line, f.locations[0].paragraph) for f in found if f.rule == "XL002"]
    assert [(3, n) for n in range(3, 11)] == gaps[:8]
    assert gaps[-1] == (14, 20)
    assert {(f.rule, f.blamed.line, f.value) for f in found if "env.yaml" in f.value} == {
        ("XL701", 5, "`conf/config-env.yaml`"), ("XL701", 5, "`conf/apisix-env.yaml`"),
        ("XL701", 5, "`conf/debug-env.yaml`")}


def test_another_page_of_the_site_is_still_no_translation():
    found = pair_findings(EN_PROFILE, "en", ZH_GZIP, "zh")
    assert [f.rule for f in found if f.rule == "XL001"] == ["XL001"]


def test_the_source_of_another_page_is_still_no_source():
    found = pair_findings(EN_PROFILE.replace("`APISIX_PROFILE`", "`APISIX_ENV`").replace("conf/", "etc/"), "en",
                          ZH_PROFILE, "zh")
    assert [f.rule for f in found if f.rule == "XL001"] == ["XL001"]


# docs8/apisix/brotli-zh: the source glues the tip's first sentence to `:::note`, the
# translation leaves a blank line after it.
EN_NOTE = """## Enable Plugin

The example below enables the `brotli` Plugin on the specified Route:

:::note
You can fetch the `admin_key` from `config.yaml` and save to an environment variable with the following command:

```bash
admin_key=$(yq '.deployment.admin.admin_key[0].key' conf/config.yaml | sed 's/"//g')
```

:::

## Example usage

Once you have configured the Plugin as shown above, you can make a request as shown below:

```shell
curl http://127.0.0.1:9080/ -i -H "Accept-Encoding: br"
```
"""
ZH_NOTE = """## 启用插件

如下示例中，在指定的路由上启用 `brotli` 插件：

:::note

您可以这样从 `config.yaml` 中获取 `admin_key` 并存入环境变量：

```bash
admin_key=$(yq '.deployment.admin.admin_key[0].key' conf/config.yaml | sed 's/"//g')
```

:::

## 使用示例

通过上述命令启用插件后，可以通过以下方法测试插件：

```shell
curl http://127.0.0.1:9080/ -i -H "Accept-Encoding: br"
```
"""


def test_an_admonition_line_of_its_own_is_the_glued_one():
    assert [f.rule for f in pair_findings(EN_NOTE, "en", ZH_NOTE, "zh") if f.severity != "info"] == []


def test_an_admonition_the_translation_drops_stays_reported():
    found = pair_findings(EN_NOTE, "en", ZH_NOTE.replace(":::note\n\n", ""), "zh")
    assert ("XL701", "note") in [(f.rule, f.value) for f in found]


# docs8/apisix/file-logger-zh: the translation continues the command over two lines and
# writes the nested objects on one line each.
EN_METADATA = """Configure the log format:

```shell
curl http://127.0.0.1:9180/apisix/admin/plugin_metadata/file-logger -H "X-API-KEY: $admin_key" -X PUT -d '
{
  "path": "logs/metadata-file.log",
  "log_format": {
    "host": "$host",
    "@timestamp": "$time_iso8601",
    "client_ip": "$remote_addr",
    "request": {
      "method": "$request_method",
      "uri": "$request_uri"
    },
    "response": {
      "status": "$status"
    }
  }
}'
```
"""
ZH_METADATA = """配置日志格式：

```shell
curl http://127.0.0.1:9180/apisix/admin/plugin_metadata/file-logger \\
-H "X-API-KEY: $admin_key" -X PUT -d '
{
    "path": "logs/metadata-file.log",
    "log_format": {
        "host": "$host",
        "@timestamp": "$time_iso8601",
        "client_ip": "$remote_addr",
        "request": { "method": "$request_method", "uri": "$request_uri" },
        "response": { "status": "$status" }
    }
}'
```
"""


def test_the_same_code_cut_into_other_lines_is_no_drift():
    assert [f.rule for f in pair_findings(EN_METADATA, "en", ZH_METADATA, "zh") if f.severity != "info"] == []


def test_a_value_changed_in_code_cut_otherwise_stays_reported():
    found = pair_findings(EN_METADATA, "en", ZH_METADATA.replace('"uri": "$request_uri"', '"uri": "$uri"'), "zh")
    loud = [f for f in found if f.severity != "info"]
    assert {f.rule for f in loud} == {"XL703"} and any("$uri" in f.message and f.blamed.line == 12 for f in loud)
    found = pair_findings(EN_METADATA, "en", ZH_METADATA.replace("-X PUT", "-X POST"), "zh")
    loud = [f for f in found if f.severity != "info"]
    assert {f.rule for f in loud} == {"XL703"} and any("POST" in f.message and f.blamed.line == 5 for f in loud)


# docs8/apisix/azure-functions-zh: the placeholder of the API key, `<…>` in the source and
# `${…}` in the translation (which a shell would substitute).
EN_APIKEY = """```shell
curl http://127.0.0.1:9180/apisix/admin/routes/1 -H "X-API-KEY: $admin_key" -X PUT -d '
{
    "plugins": {
        "azure-functions": {
            "function_uri": "http://test-apisix.azurewebsites.net/api/HttpTrigger",
            "authorization": {
                "apikey": "<Generated API key to access the Azure-Function>"
            }
        }
    },
    "uri": "/azure"
}'
```
"""


def test_a_placeholder_written_in_another_syntax_is_reported():
    zh = EN_APIKEY.replace("<Generated API key to access the Azure-Function>",
                           "${Generated API key to access the Azure-Function}")
    found = [(f.rule, f.blamed.line, f.value) for f in pair_findings(EN_APIKEY, "en", zh, "zh")]
    assert found == [("XL703", 8, "code:<Generated API key to access the Azure-Function>")]


def test_a_placeholder_translated_is_no_drift():
    zh = EN_APIKEY.replace("<Generated API key to access the Azure-Function>", "<用于访问 Azure 函数的 API 密钥>")
    assert [f.rule for f in pair_findings(EN_APIKEY, "en", zh, "zh") if f.severity != "info"] == []


# docs8/apisix/gzip-zh: the translation links each directive of the attribute table to the
# nginx reference; the source names them as inline code.
EN_GZIP_TABLE = """## Attributes

| Name           | Type                 | Required | Default       | Valid values | Description                                                                             |
|----------------|----------------------|----------|---------------|--------------|-----------------------------------------------------------------------------------------|
| types          | array[string] or "*" | False    | ["text/html"] |              | Dynamically sets the `gzip_types` directive. Special value `"*"` matches any MIME type. |
| min_length     | integer              | False    | 20            | >= 1         | Dynamically sets the `gzip_min_length` directive.                                       |
"""
ZH_GZIP_TABLE = """## 属性

| 名称           | 类型                  | 必选项 | 默认值        | 有效值 | 描述                                                                                    |
|----------------|----------------------|--------|--------------|-------------|-----------------------------------------------------------------------------------------|
| types          | array[string] or "*" | 否  |  ["text/html"] |             | 动态设置 [`gzip_types`](https://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip_types) 指令，特殊值 `"*"` 匹配任何 MIME 类型。 |
| min_length     | integer              | 否  |  20          | >= 1        | 动态设置 [`gzip_min_length`](https://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip_min_length) 指令。 |
"""


def test_a_reference_link_added_to_a_code_name_is_no_drift():
    assert [f.rule for f in pair_findings(EN_GZIP_TABLE, "en", ZH_GZIP_TABLE, "zh") if f.severity != "info"] == []


def test_a_link_to_something_else_than_the_code_name_stays_reported():
    zh = ZH_GZIP_TABLE.replace("#gzip_min_length", "#gzip_vary")
    found = pair_findings(EN_GZIP_TABLE, "en", zh, "zh")
    assert [(f.rule, f.blamed.line, f.value) for f in found if f.severity != "info"] == [
        ("XL601", 6, "nginx.org/en/docs/http/ngx_http_gzip_module.html")]


# docs8/apisix/file-logger-zh: the page names its plugin first, and calls it "this plugin"
# (该插件) further down.
EN_SUBJECT = """## Description

The `file-logger` Plugin is used to push log streams to a specific location.

## Delete Plugin

To remove the `file-logger` Plugin, you can delete the corresponding JSON configuration from the Plugin configuration. APISIX will automatically reload and you do not have to restart for this to take effect.
"""
ZH_SUBJECT = """## 描述

`file-logger` 插件可用于将日志数据存储到指定位置。

## 删除插件

当你需要删除该插件时，可以通过如下命令删除相应的 JSON 配置，APISIX 将会自动重新加载相关配置，无需重启服务：
"""


def test_the_page_subject_called_this_plugin_is_no_drift():
    assert [f.rule for f in pair_findings(EN_SUBJECT, "en", ZH_SUBJECT, "zh") if f.severity != "info"] == []


def test_inline_code_that_is_not_the_page_subject_stays_reported():
    en = EN_SUBJECT.replace("from the Plugin configuration", "from the `plugins` configuration")
    found = pair_findings(en, "en", ZH_SUBJECT, "zh")
    assert [(f.rule, f.blamed.line, f.value) for f in found if f.severity != "info"] == [("XL701", 7, "`plugins`")]
    zh = ZH_SUBJECT.replace("`file-logger` 插件", "该插件")
    found = pair_findings(EN_SUBJECT, "en", zh, "zh")
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [("XL701", "`file-logger`")] * 2


# docs8/hugegraph/subscribe-en: the zh source links each URL with itself as the text, the en
# translation writes the bare URLs.
ZH_LINKS = """有关邮件订阅的更多信息，请参阅：

- [https://lists.apache.org/list.html?dev@hugegraph.apache.org](https://lists.apache.org/list.html?dev@hugegraph.apache.org)
- [http://apache.org/foundation/mailinglists.html#subscribing](http://apache.org/foundation/mailinglists.html#subscribing)
"""
EN_LINKS = """More information on mailing subscribe can be found at:

- https://lists.apache.org/list.html?dev@hugegraph.apache.org
- http://apache.org/foundation/mailinglists.html#subscribing
"""


def test_a_link_whose_text_is_its_url_is_the_bare_url():
    assert [f.rule for f in pair_findings(ZH_LINKS, "zh", EN_LINKS, "en") if f.severity != "info"] == []


def test_a_bare_url_that_changed_stays_reported():
    en = EN_LINKS.replace("mailinglists.html", "lists.html")
    found = pair_findings(ZH_LINKS, "zh", en, "en")
    assert [(f.rule, f.blamed.line) for f in found if f.severity != "info"] == [("XL602", 4)]


# docs8/hugegraph/benchmark-056-en: the zh source writes the dataset list loose (a blank line
# between items), the en translation tight.
ZH_DATASETS = """##### 1.2.2 测试数据集

测试使用人造数据和真实数据

- MIW、SIW 和 QW 使用 SNAP 数据集

  - [Enron Dataset](http://snap.stanford.edu/data/email-Enron.html)

  - [Amazon dataset](http://snap.stanford.edu/data/amazon0601.html)

  - [Youtube dataset](http://snap.stanford.edu/data/com-Youtube.html)

  - [LiveJournal dataset](http://snap.stanford.edu/data/com-LiveJournal.html)

- CW 使用[LFR-Benchmark generator](https://sites.google.com/site/andrealancichinetti/files)生成的人造数据
"""
EN_DATASETS = """##### 1.2.2 Test dataset

Tests are conducted using both synthetic and real data.

- MIW, SIW, and QW use SNAP datasets:

  - [Enron Dataset](http://snap.stanford.edu/data/email-Enron.html)
  - [Amazon dataset](http://snap.stanford.edu/data/amazon0601.html)
  - [Youtube dataset](http://snap.stanford.edu/data/com-Youtube.html)
  - [LiveJournal dataset](http://snap.stanford.edu/data/com-LiveJournal.html)

- CW uses synthetic data generated by the [LFR-Benchmark generator](https://sites.google.com/site/andrealancichinetti/files).
"""


def test_a_loose_list_is_the_tight_one():
    assert [f.rule for f in pair_findings(ZH_DATASETS, "zh", EN_DATASETS, "en") if f.severity != "info"] == []


def test_an_item_the_tight_list_lacks_stays_reported():
    en = EN_DATASETS.replace("  - [LiveJournal dataset](http://snap.stanford.edu/data/com-LiveJournal.html)\n", "")
    found = pair_findings(ZH_DATASETS, "zh", en, "en")
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [
        ("XL002", "- [LiveJournal dataset](http://snap.stanford.edu/data/com-LiveJournal.html)")]


# docs8/hugegraph/benchmark-056-en: the zh source writes 300万 as "300w".
ZH_WAN = "- 例如，HugeGraph 使用 RocksDB 插入 amazon0601 数据集的 300w 条边，花费 5.711s\n"
EN_WAN = "- For example, HugeGraph(RocksDB) spent 5.711 seconds to insert 3 million edges of the amazon0601 dataset.\n"


def test_w_after_a_chinese_number_is_wan():
    assert [f.rule for f in pair_findings(ZH_WAN, "zh", EN_WAN, "en") if f.severity != "info"] == []
    # the bare number stays a reading: 300 W of power
    assert [f.rule for f in pair_findings("- 使用 300W 电源。\n", "zh", "- Use a 300 W power supply.\n", "en")
            if f.severity != "info"] == []


def test_another_count_than_the_w_one_stays_reported():
    found = pair_findings(ZH_WAN, "zh", EN_WAN.replace("3 million", "30 million"), "en")
    assert [(f.rule, f.blamed.line, f.value) for f in found if f.severity != "info"] == [("XL102", 1, "3000000")]


# docs8/hugegraph/client-en: the zh source repeats its heading as a paragraph, which the en
# translation leaves out.
ZH_REPEAT = """#### 4.2 添加 hugegraph-client 依赖

添加 hugegraph-client 依赖

```xml
<dependency>
    <artifactId>hugegraph-client</artifactId>
    <version>1.7.0</version>
</dependency>
```
"""
EN_REPEAT = """#### 4.2 Add Hugegraph-Client Dependency In POM

```xml
<dependency>
    <artifactId>hugegraph-client</artifactId>
    <version>1.7.0</version>
</dependency>
```
"""


def test_a_paragraph_repeating_its_heading_is_no_drift_when_left_out():
    assert [f.rule for f in pair_findings(ZH_REPEAT, "zh", EN_REPEAT, "en") if f.severity != "info"] == []


def test_a_paragraph_saying_more_than_its_heading_stays_reported():
    zh = ZH_REPEAT.replace("添加 hugegraph-client 依赖\n\n```", "在 pom 文件中添加 hugegraph-client 依赖\n\n```")
    found = pair_findings(zh, "zh", EN_REPEAT, "en")
    assert [(f.rule, f.locations[0].paragraph) for f in found if f.severity != "info"] == [("XL002", 2)]


# docs8/apisix/openwhisk-zh: the source added a row to the attribute table; its key is
# written plain.
EN_ATTRIBUTES = """| Name              | Type    | Required | Default | Valid values | Description |
| ----------------- | ------- | -------- | ------- | ------------ | ----------- |
| max_req_body_size | integer | False | 67108864 | >= 1 | Maximum request body size in bytes buffered into memory. Requests with a larger body are rejected. |
| api_host          | string  | True     |         |              | OpenWhisk API host address. For example, `https://localhost:3233`. |
| ssl_verify        | boolean | False    | true    |              | When set to `true` verifies the SSL certificate. |
| keepalive_timeout | integer | False    | 60000ms | [1000,...]ms | Time is ms for connection to remain idle without closing. |
"""
ZH_ATTRIBUTES = """| 名称              | 类型    | 必选项 | 默认值  | 有效值       | 描述 |
| ----------------- | ------- | ------ | ------- | ------------ | ---- |
| api_host          | string  | 是     |         |              | OpenWhisk API Host 地址，例如 `https://localhost:3233`。 |
| ssl_verify        | boolean | 否     | true    |              | 当设置为 `true` 时执行 SSL 验证。 |
| keepalive_timeout | integer | 否     | 60000ms | [1000,...]ms | 当连接空闲时，保持该连接处于活动状态的时间（以毫秒为单位）。 |
"""


def test_a_row_the_translation_lacks_is_reported_by_its_key():
    # (since round 29 as the row, where it would stand, its key telling it from the others)
    found = pair_findings(EN_ATTRIBUTES, "en", ZH_ATTRIBUTES, "zh")
    row = "| max_req_body_size | integer | False | 67108864"
    assert [(f.rule, f.blamed.line, f.value) for f in found if f.severity != "info"] == [("XL002", 3, row)]


def test_the_same_rows_are_no_drift():
    en = "\n".join(line for line in EN_ATTRIBUTES.split("\n") if "max_req_body_size" not in line)
    assert [f.rule for f in pair_findings(en, "en", ZH_ATTRIBUTES, "zh") if f.severity != "info"] == []


# docs8/apisix/openwhisk-zh: the source turned its numbered steps into prose; the translation
# still numbers them.
EN_STEPS = """Install the [openwhisk-cli](https://github.com/apache/openwhisk-cli) utility.

You can download the released executable binaries wsk for Linux systems from the [openwhisk-cli](https://github.com/apache/openwhisk-cli) repository.
"""
ZH_STEPS = """2. 安装 [openwhisk-cli](https://github.com/apache/openwhisk-cli) 工具：

你可以在 [openwhisk-cli](https://github.com/apache/openwhisk-cli) 仓库下载已发布的适用于 Linux 系统的可执行二进制文件 wsk。
"""


def test_steps_numbered_where_the_source_writes_prose_are_no_drift():
    assert [f.rule for f in pair_findings(EN_STEPS, "en", ZH_STEPS, "zh") if f.severity != "info"] == []


def test_a_numbered_step_more_than_the_source_has_stays_reported():
    en = "1. Run OpenWhisk.\n2. Install the `wsk` utility.\n"
    zh = "1. 运行 OpenWhisk。\n2. 安装 `wsk` 工具。\n3. 注册函数。\n"
    found = pair_findings(en, "en", zh, "zh")
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [("XL701", "1.")]


# docs8/apisix/file-logger-zh: a lead-in only the translation has, naming nothing but the
# page's subject.
EN_TIP = """## Description

The `file-logger` Plugin is used to push log streams to a specific location.

:::tip

- `file-logger` plugin can count request and response data for individual routes locally, which is useful for [debugging](../debug-mode.md).
- `file-logger` plugin can get [APISIX variables](../apisix-variable.md) and [NGINX variables](http://nginx.org/en/docs/varindex.html), while `access.log` can only use NGINX variables.
- `file-logger` plugin support hot-loaded so that we can change its configuration at any time with immediate effect.
- `file-logger` plugin saves every data in JSON format.
- The user can modify the functions executed by the `file-logger` during the `log phase` to collect the information they want.

:::
"""
ZH_TIP = """## 描述

`file-logger` 插件可用于将日志数据存储到指定位置。

:::tip 提示

`file-logger` 插件特点如下：

- 可将指定路由的日志发送到指定位置，方便你在本地统计各个路由的请求和响应数据。在使用 [debug mode](../debug-mode.md) 时，你可以很轻松地将出现问题的路由的日志输出到指定文件中，从而更方便地排查问题。
- 可以获取 [APISIX 变量](../apisix-variable.md)和 [NGINX 变量](http://nginx.org/en/docs/varindex.html)，而 `access.log` 仅能使用 NGINX 变量。
- 支持热加载，你可以在路由中随时更改其配置并立即生效。而修改 `access.log` 相关配置，则需要重新加载 APISIX。
- 支持以 JSON 格式保存日志数据。
- 可以在 `log phase` 阶段修改 `file-logger` 执行的函数来收集你所需要的信息。

:::
"""


def test_a_lead_in_naming_only_the_page_subject_is_no_lost_paragraph():
    assert [f.rule for f in pair_findings(EN_TIP, "en", ZH_TIP, "zh") if f.severity != "info"] == []


def test_a_lead_in_naming_another_value_stays_reported():
    zh = ZH_TIP.replace("`file-logger` 插件特点如下：", "`file-logger` 插件有 5 个特点：")
    found = pair_findings(EN_TIP, "en", zh, "zh")
    assert [(f.rule, f.blamed.line) for f in found if f.severity != "info"] == [("XL002", 7)]


# docs8/apisix/http-dubbo-zh: the source made an attribute required (True); the translation's
# row still says it is not (否).
EN_REQUIRED = """| Name             | Type   | Required | Default | Valid values | Description |
|------------------|--------|----------|---------|--------------|-------------|
| service_name     | string | True     |         |              | Dubbo service name |
| service_version  | string | False    | 0.0.0   |              | Dubbo service version |
| params_type_desc | string | True     |         |              | Description of the Dubbo service method signature |
"""
ZH_REQUIRED = """| 名称             | 类型   | 必选项 | 默认值 | 有效值 | 描述 |
|------------------|--------|-----|--------|--------|------|
| service_name     | string | 是   |        |        | dubbo 服务名 |
| service_version  | string | 否   | 0.0.0  |        | dubbo 服务版本 默认 0.0.0 |
| params_type_desc | string | 否   |        |        | dubbo 服务方法签名描述，入参如果是 void 可不填写 |
"""


def test_a_required_cell_said_the_other_way_is_reported():
    found = pair_findings(EN_REQUIRED, "en", ZH_REQUIRED, "zh")
    assert [(f.rule, f.blamed.line, f.value) for f in found if f.severity != "info"] == [("XL702", 5, "True")]


def test_required_cells_said_alike_are_no_drift():
    zh = ZH_REQUIRED.replace("| params_type_desc | string | 否 ", "| params_type_desc | string | 是 ")
    assert [f.rule for f in pair_findings(EN_REQUIRED, "en", zh, "zh") if f.severity != "info"] == []


# docs44/mdx-hertzbeat-zh/hdfs-namenode-zh: the translation's column of units gives a count
# in milliseconds and a time in counts (个), rows keyed alike; its other units agree.
EN_UNITS = """| Metric Name | Metric Unit | Metric Description |
|---|---|---|
| GcCountParNew | Count | Number of ParNew GC events |
| GcTimeMillisParNew | Milliseconds | Time spent in ParNew GC |
| GcCountConcurrentMarkSweep | Count | Number of ConcurrentMarkSweep GC events |
| GcTimeMillisConcurrentMarkSweep | Milliseconds | Time spent in ConcurrentMarkSweep GC |
| GcCount | Count | Total number of GC events |
"""
ZH_UNITS = """| 指标名称 | 指标单位 | 指标帮助描述 |
|---|---|---|
| GcCountParNew | 次 | 新生代GC次数 |
| GcTimeMillisParNew | 毫秒 | 新生代GC消耗时间 |
| GcCountConcurrentMarkSweep | 毫秒 | 老年代GC次数 |
| GcTimeMillisConcurrentMarkSweep | 个 | 老年代GC消耗时间 |
| GcCount | 个 | GC次数 |
"""


def test_a_unit_cell_given_as_another_unit_is_reported():
    found = [f for f in pair_findings(EN_UNITS, "en", ZH_UNITS, "zh") if f.severity != "info"]
    assert [(f.rule, f.blamed.line, f.value) for f in found] == [("XL102", 5, "Count"), ("XL102", 6, "Milliseconds")]


def test_unit_cells_translated_alike_are_no_drift():
    zh = ZH_UNITS.replace("| GcCountConcurrentMarkSweep | 毫秒 |", "| GcCountConcurrentMarkSweep | 次 |")
    zh = zh.replace("| GcTimeMillisConcurrentMarkSweep | 个 |", "| GcTimeMillisConcurrentMarkSweep | 毫秒 |")
    assert [f.rule for f in pair_findings(EN_UNITS, "en", zh, "zh") if f.severity != "info"] == []


# docs44/mdx-hertzbeat-zh/redis-zh: the translation's rows add the values a flag takes
# (``0 - 否 1 - 是``), which the source's rows do not give: no small count made explicit.
EN_FLAGS = """| Metric name | Metric unit | Metric help description |
|---|---|---|
| loading | none | Flag indicating if the load of a dump file is on-going |
| rdb_changes_since_last_save | none | Number of changes since the last dump |
| rdb_bgsave_in_progress | none | Flag indicating a RDB save is on-going |
"""
ZH_FLAGS = """| 指标名称 | 指标单位 | 指标帮助描述 |
|---|---|---|
| loading | 无 | 服务器是否正在进行持久化 0 - 否 1 -是 |
| rdb_changes_since_last_save | 无 | 离最近一次成功生成rdb文件，写入命令的个数 |
| rdb_bgsave_in_progress | 无 | 服务器是否正在创建rdb文件 |
"""


def test_the_values_of_a_flag_a_row_adds_are_reported():
    found = [f for f in pair_findings(EN_FLAGS, "en", ZH_FLAGS, "zh") if f.severity != "info"]
    assert [(f.rule, f.value, loc.line) for f in found for loc in f.locations if loc.lang == "zh"] == [("XL101", "0", 3)]


def test_a_small_count_a_row_makes_explicit_is_no_drift():
    zh = ZH_FLAGS.replace("0 - 否 1 -是", "（2 个阶段）")
    assert [f.rule for f in pair_findings(EN_FLAGS, "en", zh, "zh") if f.severity != "info"] == []


def test_a_catalogue_has_no_page_subject(tmp_path):
    from xlcheck import check

    catalogue = tmp_path / "glob.po"
    catalogue.write_text('msgid ""\nmsgstr ""\n"Language: pl\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                         'msgid "The `glob` module finds pathnames."\nmsgstr "Moduł `glob` znajduje ścieżki."\n\n'
                         'msgid "Use the `glob` module for patterns."\nmsgstr "Użyj tego modułu do wzorców."\n',
                         encoding="utf-8")
    found = check([str(catalogue)]).findings
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [("XL701", "`glob`")]


def test_a_lone_list_item_before_the_pair_of_lists_joins_it():
    from xlcheck.align import Profile, _fold_list_items

    def item(url: str) -> Profile:
        return Profile(frozenset({"markup:-", "url:" + url}), 40, "list", "- [x](" + url + ")")

    loose = [item("a.org/1"), item("a.org/2"), item("a.org/3")]
    tight = Profile(frozenset({"markup:-", "url:a.org/1", "url:a.org/2", "url:a.org/3"}), 120, "list", "- …")
    # item 0 alone first, items 1-2 paired with the tight list: the first bead has no bead before it
    assert _fold_list_items(loose, [tight], [(0, 1, 0, 0), (1, 3, 0, 1)]) == [(0, 3, 0, 1)]


# docs8/hugegraph/subscribe-en: the en translation opens with a heading the zh source does not
# have, and glues the list's lead-in to the list.
ZH_SUBSCRIBE = """按照以下步骤订阅邮件列表：

- 通过您的电子邮件账户发送邮件至 [dev-subscribe@hugegraph.apache.org](mailto:dev-subscribe@hugegraph.apache.org)，然后您将收到一封确认邮件。
- 回复确认邮件以确认您的订阅。然后，您将收到另一封确认邮件。

您可以随时订阅邮件列表。此外，您也可以直接浏览[历史邮件/所有邮件](https://lists.apache.org/list.html?dev@hugegraph.apache.org)（即使没有订阅列表）。

# 退订邮件列表

如果您不再需要了解 HugeGraph 的最新动态，可以退订邮件列表。
"""
EN_SUBSCRIBE = """### Subscribe the mailing list

Subscribe to the mailing list by following steps:
- Email [dev-subscribe@hugegraph.apache.org](mailto:dev-subscribe@hugegraph.apache.org) through your email account, and then you will receive a confirmation email.
- Reply to the confirmation email to confirm your subscription. Then, you will receive another confirmation email.

You can subscribe to the mailing list anytime you want. Additionally, you can check [historical emails / all emails](https://lists.apache.org/list.html?dev@hugegraph.apache.org) easily (even if you are not subscribing to the list).

# Unsubscribe Mailing Lists

If you do not need to know what's going on with HugeGraph, you can unsubscribe from the mailing list.
"""


def test_a_heading_only_the_translation_has_is_no_lead_in_counterpart():
    found = pair_findings(ZH_SUBSCRIBE, "zh", EN_SUBSCRIBE, "en")
    assert [(f.rule, f.blamed.line, f.value) for f in found if f.severity != "info"] == [
        ("XL002", 1, "### Subscribe the mailing list")]


def test_a_lead_in_glued_to_its_list_is_the_lead_in_of_its_own():
    en = EN_SUBSCRIBE.replace("### Subscribe the mailing list\n\n", "")
    assert [f.rule for f in pair_findings(ZH_SUBSCRIBE, "zh", en, "en") if f.severity != "info"] == []


# docs8/apisix/azure-functions-zh: the translation wraps a list in a note the source does not
# have; its opening line holds no other markup.
EN_PRIORITY = """## Metadata

Metadata can be used in the `azure-functions` Plugin to provide fallback authorization.

The relative order priority is as follows:

1. Plugin looks for `x-functions-key` or `x-functions-clientid` key inside the header from the request to APISIX.
2. If not found, the Plugin checks the configured attributes for authorization details.

To add a new master API key, you can make a request to `/apisix/admin/plugin_metadata` with the required metadata.
"""
ZH_PRIORITY = """## 元数据

`azure-functions` 插件的元数据提供了授权回退的功能。

:::note 注意

授权方式优先级排序如下：

1. 首先，`azure-functions` 插件在 APISIX 代理的请求头中寻找 `x-functions-key` 或 `x-functions-clientid` 键。
2. 如果没有找到，`azure-functions` 插件会检查插件属性中的授权凭证。

:::

如果你想添加一个新的 API 密钥，请向 `/apisix/admin/plugin_metadata` 端点发出请求，并附上所需的元数据。
"""


def test_a_note_only_the_translation_opens_is_reported():
    found = pair_findings(EN_PRIORITY, "en", ZH_PRIORITY, "zh")
    assert ("XL002", 5) in [(f.rule, f.blamed.line) for f in found]


# docs7/rocketmq/delaymessage-v5-en: the zh source glues the note's opening line to the
# paragraph before it; the en translation gives it a paragraph of its own.
ZH_GLUED_NOTE = """# 定时/延时消息

定时/延时消息为 Apache RocketMQ 中的高级特性消息，本文为您介绍定时/延时消息的应用场景、功能原理、使用限制、使用方法和使用建议。
:::note

定时消息和延时消息本质相同，都是服务端根据消息设置的定时时间在某一固定时刻将消息投递给消费者消费。因此，下文统一用定时消息描述。

:::
## 应用场景
"""
EN_NOTE_APART = """# Delay Message

Delay messages are messages with advanced features in Apache RocketMQ. This topic describes the scenarios, working mechanism, limits, usage examples, and usage notes of delay messages and delayed messages.

:::note

Scheduled message and delay message are essentially the same. Both of them deliver messages to consumers at a fixed time according to the timing time set by the message. Therefore, delay messages are used in the following sections.

:::

## Scenarios
"""


def test_a_note_line_glued_to_the_paragraph_before_is_the_note_apart():
    assert [f.rule for f in pair_findings(ZH_GLUED_NOTE, "zh", EN_NOTE_APART, "en") if f.severity != "info"] == []
