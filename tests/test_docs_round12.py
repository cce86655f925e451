"""Round 12 on documentation (tuning data docs11): excerpts of the Biome website and its
Chinese translation (MIT, attribution in fixtures/SOURCES.md), each with a twin that stays
reported (or, for a drift, a clean twin that stays quiet). The Ansible catalogues are
GPL-3.0-or-later and are not copied here: their catalogue cases are written in this
project's own words, in the same reST shape."""

from __future__ import annotations

from tests.conftest import catalogue_findings, loud_texts, pair_findings


def _catalogue(tmp_path, entries: list[tuple[str, str]], lang: str = "ja"):
    return catalogue_findings(tmp_path, entries, lang)


# docs11/biome/suppressions-zhcn: the suppression comment kept, its placeholder word
# ("reason") written as a placeholder in Chinese.
EN_SUPPRESSION = "The following code will suppress the rule: `biome-ignore lint/suspicious/noDebugger: reason`.\n"
ZH_SUPPRESSION = "以下代码将禁用该规则：`biome-ignore lint/suspicious/noDebugger: <说明>`。\n"


def test_a_placeholder_word_translated_in_inline_code_is_a_localised_example():
    found = pair_findings(EN_SUPPRESSION, "en", ZH_SUPPRESSION, "zh")
    assert [(f.rule, f.severity) for f in found] == [("XL704", "info")]


def test_the_code_around_a_translated_placeholder_changed_stays_an_error():
    drifted = ZH_SUPPRESSION.replace("suspicious/noDebugger", "suspicious/noConsole")
    assert [rule for rule, _ in loud_texts(EN_SUPPRESSION, "en", drifted, "zh")] == ["XL702"]


# Interpreted text with no role in a reST catalogue (docutils' default role: a title
# reference, shown as a citation) is prose; inline code in Markdown is not.
REST_SOURCE = "``u=bob`` is the user `running` the tool, not the remote user."
REST_TRANSLATION = "``u=bob`` はツールを `実行` しているユーザーです。リモートユーザーではありません。"


def test_interpreted_text_translated_in_a_rest_catalogue_is_localised(tmp_path):
    found = _catalogue(tmp_path, [(REST_SOURCE, REST_TRANSLATION)])
    assert [(f.rule, f.severity) for f in found] == [("XL704", "info")]


def test_a_literal_translated_in_a_rest_catalogue_stays_an_error(tmp_path):
    found = _catalogue(tmp_path, [(REST_SOURCE.replace("`running`", "``running``"),
                                   REST_TRANSLATION.replace("`実行`", "``実行``"))])
    assert [f.rule for f in found if f.severity == "error"] == ["XL702"]


def test_inline_code_word_translated_in_markdown_stays_an_error():
    found = pair_findings("Set `root` to the folder.\n", "en", "将 `根目录` 设为该文件夹。\n", "zh")
    assert [f.rule for f in found if f.severity == "error"] == ["XL702"]


# docs11/biome/suppressions-zhcn: a block whose comments are the syntax shown, kept as
# written by the translation (placeholders aside); the source added two lines.
EN_SYNTAX = """Suppression comments have the following format:

```js
// biome-ignore lint: <explanation>
// biome-ignore assist: <explanation>
// biome-ignore syntax: <explanation>
// biome-ignore lint/suspicious: <explanation>
// biome-ignore lint/plugin: <explanation>
// biome-ignore lint/plugin/<plugin-name>: <explanation>
// biome-ignore-all lint: <explanation>
```
"""
ZH_SYNTAX = """禁用检查注释具有以下格式：

```js
// biome-ignore lint: <说明>
// biome-ignore assist: <说明>
// biome-ignore syntax: <说明>
// biome-ignore lint/suspicious: <说明>
// biome-ignore-all lint: <说明>
```
"""


def test_comment_lines_added_to_a_block_of_kept_comments_are_reported():
    found = loud_texts(EN_SYNTAX, "en", ZH_SYNTAX, "zh")
    assert sorted(found) == [("XL703", "biome-ignore lint/plugin/<plugin-name>: <explanation>"),
                             ("XL703", "biome-ignore lint/plugin: <explanation>")]


def test_a_block_of_kept_comments_with_every_line_is_quiet():
    complete = ZH_SYNTAX.replace("// biome-ignore-all", "// biome-ignore lint/plugin: <说明>\n"
                                 "// biome-ignore lint/plugin/<plugin-name>: <说明>\n// biome-ignore-all")
    assert loud_texts(EN_SYNTAX, "en", complete, "zh") == []


def test_a_comment_translated_in_a_block_is_no_line_added():
    translated = ZH_SYNTAX.replace("// biome-ignore lint/suspicious: <说明>", "// 可疑规则组")
    assert loud_texts(EN_SYNTAX.replace("// biome-ignore lint/plugin: <explanation>\n"
                                        "// biome-ignore lint/plugin/<plugin-name>: <explanation>\n", "")
                      .replace("// biome-ignore lint/suspicious: <explanation>", "// the suspicious group"),
                      "en", translated, "zh") == []


# docs11/biome/suppressions-zhcn: a list item with inline code and no link added to the source.
EN_ITEMS = """Let's break it down:

- After the space follows the **category** of the suppression comment. It can be `lint`, `assist`, or `syntax`.
- The category is followed by an optional group, for example `/suspicious` or `/suspicious/noDebugger`.
- Plugin diagnostics use `lint/plugin`. You can target a single plugin with `lint/plugin/<plugin-name>`.
- Some rules allow you to specify values, for example: `(foo)`.
- `<explanation>` explanation why the rule is disabled.
"""
ZH_ITEMS = """让我们分解一下：

- 空格后面是禁用检查注释的 **类别**。可以是 `lint`、`assist` 或 `syntax`。
- 类别后面可以跟可选的组，例如 `/suspicious` 或 `/suspicious/noDebugger`。
- 有些规则允许你指定值，例如：`(foo)`。
- `<说明>` 说明禁用该规则的原因。
"""


def test_a_list_item_of_inline_code_added_to_the_source_is_reported():
    found = pair_findings(EN_ITEMS, "en", ZH_ITEMS, "zh")
    assert [(f.rule, f.locations[1].line) for f in found if f.rule == "XL002"] == [("XL002", 5)]


def test_a_list_with_every_item_of_inline_code_is_quiet():
    complete = ZH_ITEMS.replace("- 有些", "- 插件诊断使用 `lint/plugin`。也可以用 `lint/plugin/<插件名>` 指定单个插件。\n- 有些")
    assert loud_texts(EN_ITEMS, "en", complete, "zh") == []


# docs11/biome/investigate-slowness-pl: the source names `files.includes` three times, the
# Polish page once, and `files.experimentalScannerIgnores` (the old setting) at the other two.
EN_SCANNER = """* Verify if ignoring those using the `!!` syntax in
  [`files.includes`](https://biomejs.dev/reference/configuration/#interaction-with-the-scanner)
  makes a difference.
* A first step can be to add `**/node_modules` to
  [`files.includes`](https://biomejs.dev/reference/configuration/#filesincludes).
  You can tweak `files.includes` further to ignore a specific dependency.
"""
PL_SCANNER = """* Sprawdź, czy ignorowanie ich za pomocą
  [`files.includes`](https://biomejs.dev/reference/configuration/#interaction-with-the-scanner)
  robi różnicę, używając składni `!!`.
* Pierwszym krokiem może być dodanie `**/node_modules` do
  [`files.experimentalScannerIgnores`](https://biomejs.dev/reference/configuration/#filesincludes).
  Możesz dalej dostosować `files.experimentalScannerIgnores`, aby ignorować konkretną zależność.
"""


def test_a_setting_renamed_where_the_sentence_kept_it_is_reported_at_each_place():
    found = [(f.rule, f.value, f.locations[1].line) for f in pair_findings(EN_SCANNER, "en", PL_SCANNER, "pl")]
    assert found == [("XL702", "`files.includes`", 5), ("XL702", "`files.includes`", 6)]


def test_inline_code_named_fewer_times_with_no_other_name_is_quiet():
    fewer = PL_SCANNER.replace("Możesz dalej dostosować `files.experimentalScannerIgnores`", "Możesz to dalej dostosować")
    fewer = fewer.replace("[`files.experimentalScannerIgnores`]", "[`files.includes`]")
    assert loud_texts(EN_SCANNER, "en", fewer, "pl") == []


# reST links in a catalogue (the shape of docs11/po-ansible-ja's, in this project's words):
# a link that lost its trailing "_" is interpreted text; a link whose text touches its
# target ("リスト<https://…>") is a reference named by the whole text.
LINK_SOURCE = "Install the SDK following `these steps <https://github.com/example/sdk#install>`_."
LINK_TRANSLATION = "`こちらの手順 <https://github.com/example/sdk#install>`_ に従って SDK をインストールします。"


def test_a_link_that_lost_its_underscore_is_reported(tmp_path):
    found = _catalogue(tmp_path, [(LINK_SOURCE, LINK_TRANSLATION.replace(">`_", ">`"))])
    assert [(f.rule, f.value) for f in found] == [("XL701", "https://github.com/example/sdk#install")]


def test_a_link_whose_text_touches_its_target_is_reported(tmp_path):
    found = _catalogue(tmp_path, [(LINK_SOURCE, LINK_TRANSLATION.replace("手順 <", "手順<"))])
    assert [(f.rule, f.value) for f in found] == [("XL701", "https://github.com/example/sdk#install")]


def test_a_link_kept_whole_is_quiet(tmp_path):
    assert list(_catalogue(tmp_path, [(LINK_SOURCE, LINK_TRANSLATION)])) == []


# A module name in snake case misspelt in a catalogue's prose (the shape of
# docs11/po-ansible-ja's porting guide entry, in this project's words).
MODULE_SOURCE = "eos_lldp_interface is deprecated, use :ref:`eos_lldp_interfaces <eos_lldp_interfaces_module>` instead."
MODULE_TRANSLATION = ("eos_lldp_interface は非推奨です。代わりに :ref:`eos_lldp_interfaces <eos_lldp_interfaces_module>` "
                      "を使用してください。")


def test_a_snake_case_name_one_letter_off_is_reported(tmp_path):
    found = _catalogue(tmp_path, [(MODULE_SOURCE, MODULE_TRANSLATION.replace("eos_lldp_interface は", "eds_lldp_interface は"))])
    assert [(f.rule, f.value) for f in found] == [("XL401", "eos_lldp_interface")]


def test_a_snake_case_name_kept_is_quiet(tmp_path):
    assert list(_catalogue(tmp_path, [(MODULE_SOURCE, MODULE_TRANSLATION)])) == []


def test_another_snake_case_name_is_no_misspelling(tmp_path):
    other = MODULE_TRANSLATION.replace("eos_lldp_interface は", "eos_lldp_interfaces は")
    assert [f.rule for f in _catalogue(tmp_path, [(MODULE_SOURCE, other)]) if f.check == "name"] == []


# docs8/apisix/api-breaker-zh (Apache-2.0): the source's table, heading and lead-in, and
# its tip glued to its first line; the translation's lead-in longer (it tells what the
# example configures) and its tip's opening line a paragraph of its own.
EN_BREAKER = """## Attributes

| Name                    | Type           | Required | Default | Valid values    | Description                                                                                                                                                                                                                                  |
|-------------------------|----------------|----------|---------|-----------------|----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------|
| break_response_code     | integer        | True     |         | [200, ..., 599] | HTTP error code to return when Upstream is unhealthy.                                                                                                                                                                                        |
| break_response_body     | string         | False    |         |                 | Body of the response message to return when Upstream is unhealthy.                                                                                                                                                                           |
| break_response_headers  | array[object]  | False    |         | [{"key":"header_name","value":"can contain Nginx $var"}] | Headers of the response message to return when Upstream is unhealthy. Can only be configured when the `break_response_body` attribute is configured. The values can contain APISIX variables. For example, we can use `{"key":"X-Client-Addr","value":"$remote_addr:$remote_port"}`. |
| max_breaker_sec         | integer        | False    | 300     | >=3             | Maximum time in seconds for circuit breaking.                                                                                                                                                                                                |
| unhealthy.http_statuses | array[integer] | False    | [500]   | [500, ..., 599] | Status codes of Upstream to be considered unhealthy.                                                                                                                                                                                         |
| unhealthy.failures      | integer        | False    | 3       | >=1             | Number of failures within a certain period of time for the Upstream service to be considered unhealthy.                                                                                                                                                          |
| healthy.http_statuses   | array[integer] | False    | [200]   | [200, ..., 499] | Status codes of Upstream to be considered healthy.                                                                                                                                                                                           |
| healthy.successes       | integer        | False    | 3       | >=1             | Number of consecutive healthy requests for the Upstream service to be considered healthy.                                                                                                                                                    |

## Enable Plugin

The example below shows how you can configure the Plugin on a specific Route:

:::note
You can fetch the `admin_key` from `config.yaml` and save to an environment variable with the following command:

```bash
admin_key=$(yq '.deployment.admin.admin_key[0].key' conf/config.yaml | sed 's/"//g')
```

:::
"""
ZH_BREAKER = """## 属性

| 名称                    | 类型           | 必选项 | 默认值     | 有效值          | 描述                             |
| ----------------------- | -------------- | ------ | ---------- | --------------- | -------------------------------- |
| break_response_code     | integer        | 是   |           | [200, ..., 599] | 当上游服务处于不健康状态时返回的 HTTP 错误码。                 |
| break_response_body     | string         | 否   |           |                 | 当上游服务处于不健康状态时返回的 HTTP 响应体信息。                   |
| break_response_headers  | array[object]  | 否   |           | [{"key":"header_name","value":"can contain Nginx $var"}] | 当上游服务处于不健康状态时返回的 HTTP 响应头信息。该字段仅在配置了 `break_response_body` 属性时生效，并能够以 `$var` 的格式包含 APISIX 变量，比如 `{"key":"X-Client-Addr","value":"$remote_addr:$remote_port"}`。 |
| max_breaker_sec         | integer        | 否   | 300        | >=3             | 上游服务熔断的最大持续时间，以秒为单位。                 |
| unhealthy.http_statuses | array[integer] | 否   | [500]      | [500, ..., 599] | 上游服务处于不健康状态时的 HTTP 状态码。               |
| unhealthy.failures      | integer        | 否   | 3          | >=1             | 上游服务在一定时间内触发不健康状态的异常请求次数。 |
| healthy.http_statuses   | array[integer] | 否   | [200]      | [200, ..., 499] | 上游服务处于健康状态时的 HTTP 状态码。                 |
| healthy.successes       | integer        | 否   | 3          | >=1             | 上游服务触发健康状态的连续正常请求次数。   |

## 启用插件

以下示例展示了如何在指定路由上启用 `api-breaker` 插件，该路由配置表示在一定时间内返回 `500` 或 `503` 状态码达到 3 次后触发熔断，返回 `200` 状态码 1 次后恢复健康：

:::note

您可以这样从 `config.yaml` 中获取 `admin_key` 并存入环境变量：

```bash
admin_key=$(yq '.deployment.admin.admin_key[0].key' conf/config.yaml | sed 's/"//g')
```

:::
"""


def _pairs(a: str, b: str) -> list[tuple[list[int], list[int]]]:
    from xlcheck import document_from_text
    from xlcheck.api import align_documents

    alignment = align_documents(document_from_text(a, "en", "a.en.md", "markdown"),
                                document_from_text(b, "zh", "b.zh.md", "markdown"))
    return [(list(bead.a), list(bead.b)) for bead in alignment.beads]


def test_a_table_never_merges_with_the_heading_after_it():
    pairs = _pairs(EN_BREAKER, ZH_BREAKER)
    assert ([1], [1]) in pairs and ([2], [2]) in pairs  # the tables, then the headings


def test_a_lone_tip_line_folds_past_a_lead_in_left_alone():
    assert ([4], [4, 5]) in _pairs(EN_BREAKER, ZH_BREAKER)  # ":::note You can fetch" / ":::note", "您可以…"


# docs8/apisix/file-logger-zh: the translation keeps a note the source dropped, its
# opening line a paragraph of its own.
EN_METADATA = """| Name       | Type   | Required | Default | Description |
| ---------- | ------ | -------- | ------- | ----------- |
| log_format | object | False    |         | Log format declared as key-value pairs in JSON. |

The example below shows how you can configure through the Admin API:
"""
ZH_METADATA = """| 名称       | 类型   | 必选项 | 默认值 | 描述 |
| ---------- | ------ | ------ | ------ | ---- |
| log_format | object | 否     |        | 以 JSON 格式的键值对来声明日志格式。 |

:::note 注意

该设置全局生效。如果指定了 `log_format`，则所有绑定 `file-logger` 的路由或服务都将使用该日志格式。

:::

以下示例展示了如何通过 Admin API 配置插件元数据：
"""


def test_a_dropped_note_is_reported_once_at_its_text():
    found = [(f.rule, f.locations[1].line) for f in pair_findings(EN_METADATA, "en", ZH_METADATA, "zh")
             if f.rule == "XL002"]
    assert found == [("XL002", 7)]


# docs11/biome/third-party-extensions-es: the source replaced the section "Helix 23.10"
# by "Using Biome globally"; the Spanish page keeps the old heading.
EN_HELIX = """### Helix

Biome has an `lsp-proxy` command that acts as a server for the Language Server Protocol over stdin/stdout.

#### Using Biome globally

To use Biome globally, you can set it as the formatter in your `languages.toml` file.
"""
ES_HELIX = """### Helix

Biome dispone de un comando `lsp-proxy` que actúa como servidor para el Language Server Protocol a través de stdin/stdout.

#### Helix 23.10

Para usar Biome globalmente, puedes configurarlo como formateador en tu archivo `languages.toml`.
"""


def test_a_heading_replaced_by_another_section_is_reported_as_paragraphs():
    found = [(f.rule, f.locations[1].line) for f in pair_findings(EN_HELIX, "en", ES_HELIX, "es")]
    assert found == [("XL002", 5), ("XL002", 5)]


def test_a_heading_translated_with_its_number_is_quiet():
    translated = ES_HELIX.replace("#### Helix 23.10", "#### Usar Biome globalmente")
    assert loud_texts(EN_HELIX, "en", translated, "es") == []


# docs11/biome/integrate-in-vcs-fr: the source's caution gained a second paragraph; the
# aligner paired both with the French caution's one.
EN_CAUTION = """Then, add the `--changed` option to your command, to process only those files that your VCS acknowledged as "changed":

```shell showLineNumbers=false
biome check --changed
```

:::caution
Biome doesn't check what's actually changed in the code, meaning even adding spaces or newlines to a file will mark it as "changed".

Also note that `--changed` applies to both the formatter and the linter. Biome only processes the files that have diffs — it won't automatically check downstream files that import from them. If you change an exported type in one file, you might still need to run a full lint to catch related errors in other files.
:::

Alternatively, you can use the option `--since` to specify an arbitrary branch.
"""
FR_CAUTION = """Puis, ajoutez l’option `--changed` à votre commande pour ne traiter que ces fichiers que votre VCS reconnaît comme étant « modifiés » :

```shell showLineNumbers=false
biome check --changed
```

:::caution
Biome ne vérifie pas ce qui a été modifié, ce qui veut dire que même l’ajout d’espaces ou de retours à la ligne à un fichier marquera ce dernier comme étant « modifié ».
:::

Ou bien vous pouvez utiliser l’option `--since` pour spécifier une branche arbitraire.
"""


def test_a_paragraph_added_to_a_tip_is_reported_as_a_paragraph():
    assert [f.rule for f in pair_findings(EN_CAUTION, "en", FR_CAUTION, "fr")] == ["XL002"]


def test_a_tip_with_both_paragraphs_is_quiet():
    complete = FR_CAUTION.replace("« modifié ».\n:::", "« modifié ».\n\nNotez aussi que `--changed` s’applique au "
                                  "formateur comme au linter. Biome ne traite que les fichiers modifiés.\n:::")
    assert loud_texts(EN_CAUTION, "en", complete, "fr") == []


# An acronym of documentation with a letter left out inside (the shape of
# docs11/po-ansible-ja's vmware entry, in this project's words).
NIC_SOURCE = "``vm_info`` returns the NIC settings of the virtual machine."
NIC_TRANSLATION = "``vm_info`` は仮想マシンの NIC 設定を返します。"


def test_an_acronym_with_a_letter_dropped_inside_is_reported(tmp_path):
    found = _catalogue(tmp_path, [(NIC_SOURCE, NIC_TRANSLATION.replace("NIC", "NC"))])
    assert [(f.rule, f.value) for f in found] == [("XL401", "NIC")]


def test_an_acronym_kept_is_quiet(tmp_path):
    assert list(_catalogue(tmp_path, [(NIC_SOURCE, NIC_TRANSLATION)])) == []


def test_an_acronym_cut_at_its_end_is_no_typo(tmp_path):
    found = _catalogue(tmp_path, [(NIC_SOURCE, NIC_TRANSLATION.replace("NIC", "NI"))])
    assert [f.rule for f in found if f.check == "name"] == []
