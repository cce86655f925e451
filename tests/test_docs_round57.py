"""Round 57 on documentation: lines of a help text and a closing brace a listing drops, an
indented code block, a value in an XML element, a docstring over lines, a path that lost
its slash, an identifier in upper camel case, a link reduced to its code, links of a table
of contents, a figure an item states twice (tuning data docs38, docs39, docs33, docs34 and
docs16). Sources, each
Apache-2.0: WasmEdge/docs at ae18de76 (`docs/start/build-and-run/cli.md`,
`docs/contribute/contribute.md`, `docs/contribute/plugin/develop_plugin_c.md` and their
`i18n/zh/docusaurus-plugin-content-docs/current/` pages); kcl-lang/kcl-lang.io at 0843862a
(`docs/reference/xlang-api/kotlin-api.md`, `docs/reference/xlang-api/go-api.md`,
`docs/community/contribute/contribute-docs.md`, `docs/tools/cli/kcl/docgen.md` and their
`i18n/zh-CN/docusaurus-plugin-content-docs/current/` pages); fluid-cloudnative/fluid at
a826600a (`docs/en/samples/tieredstore_config.md`, `docs/zh/samples/tieredstore_config.md`);
apache/dolphinscheduler at 7e0095dc (`docs/docs/en/architecture/load-balance.md` and its
`docs/docs/zh/` page); volcano-sh/website at 0ef50ca7 (`docs/GettingStarted/Installation.md`
and its `i18n/zh-Hans/docusaurus-plugin-content-docs/current/` page). Each excerpt is cut
to the lines in question; the twins are the same excerpts with the translation mended, or
changed, written for the test."""

from __future__ import annotations

from tests.conftest import loud_located

HELP_EN = """The usage of the `wasmedge` tool will be:

```bash
$ wasmedge -h
USAGE
   wasmedge [SUBCOMMANDS] [OPTIONS] [--] WASM_OR_SO [ARG ...]

SUBCOMMANDS
   compile        Wasmedge compiler subcommand
   run            Wasmedge runtime tool subcommand
   parse          Wasmedge parse tool subcommand
   instantiate    Wasmedge instantiate tool subcommand
   validate       Wasmedge validate tool subcommand

...
```
"""
# The Chinese as the site has it: the older help text, without the subcommands.
HELP_ZH = """`wasmedge` 工具的用法将是：

```bash
$ wasmedge -h
USAGE
   wasmedge [OPTIONS] [--] WASM_OR_SO [ARG ...]

...
```
"""


def test_a_help_texts_usage_line_edited_and_its_subcommands_dropped_are_reported_line_by_line():
    found = sorted((rule, value) for rule, value, _ in loud_located(HELP_EN, "en", HELP_ZH, "zh"))
    assert found == sorted([("XL703", "code:[SUBCOMMANDS]"), ("XL703", "code:SUBCOMMANDS"),
                     ("XL703", "code:compile Wasmedge compiler subcommand"),
                     ("XL703", "code:instantiate Wasmedge instantiate tool subcommand"),
                     ("XL703", "code:parse Wasmedge parse tool subcommand"),
                     ("XL703", "code:run Wasmedge runtime tool subcommand"),
                     ("XL703", "code:validate Wasmedge validate tool subcommand")])


def test_the_same_help_text_is_clean():
    mended = HELP_ZH.split("\n")[0] + HELP_EN[HELP_EN.index("\n"):]
    assert loud_located(HELP_EN, "en", mended, "zh") == []


GETTER_EN = """```c
  static WasmEdge_PluginDescriptor Desc[] = {{
      .Name = "wasmedge_plugintest_c",
      .ProgramOptions = NULL,
  }};

  /* Ensure the Plugin Descriptor is exported */
  WASMEDGE_CAPI_PLUGIN_EXPORT const WasmEdge_PluginDescriptor *
  WasmEdge_Plugin_GetDescriptor(void) {
    return &Desc;
  }
```
"""
# The Chinese page (its text still English) ends the example at the descriptor.
GETTER_ZH = GETTER_EN[:GETTER_EN.index("\n  /* Ensure")] + "\n```\n"


def test_the_closing_brace_of_a_function_a_listing_drops_is_a_line_dropped():
    found = [value for rule, value, _ in loud_located(GETTER_EN, "en", GETTER_ZH, "zh") if rule == "XL703"]
    assert "code:}" in found and "code:return &Desc;" in found


def test_a_closing_brace_on_a_line_of_its_own_is_still_layout_where_the_code_is_the_same():
    joined = GETTER_EN.replace("    return &Desc;\n  }\n", "    return &Desc; }\n")
    assert loud_located(GETTER_EN, "en", joined, "zh") == []


MAVEN_EN = """This way you'll be able to import the above dependency to use the SDK.

```xml
<dependency>
    <groupId>com.kcl</groupId>
    <artifactId>kcl-lib-kotlin</artifactId>
    <version>0.12.1</version>
</dependency>
```
"""
MAVEN_ZH = """这样你就可以导入上述依赖来使用 SDK 了。

```xml
<dependency>
    <groupId>com.kcl</groupId>
    <artifactId>kcl-lib-kotlin</artifactId>
    <version>0.10.8-SNAPSHOT</version>
</dependency>
```
"""


def test_a_version_in_an_xml_element_is_a_value_of_the_listing():
    found = [(rule, value) for rule, value, _ in loud_located(MAVEN_EN, "en", MAVEN_ZH, "zh")]
    assert found == [("XL703", "code:<version>0.12.1</version>")]


def test_the_same_version_is_clean_and_an_elements_words_are_still_text():
    assert loud_located(MAVEN_EN, "en", MAVEN_ZH.replace("0.10.8-SNAPSHOT", "0.12.1"), "zh") == []
    words_en = "```xml\n<description>The KCL library for Kotlin</description>\n```\n"
    words_zh = "```xml\n<description>Kotlin 的 KCL 库</description>\n```\n"
    assert loud_located(words_en, "en", words_zh, "zh") == []


DOCSTRING_EN = '''1. Schema description

```python
"""This is a brief description of the Schema
"""
```
'''
DOCSTRING_ZH = '''1. Schema 描述

```python
"""这是Schema一个简短的描述信息
"""
```
'''


def test_a_docstring_over_two_lines_is_text_the_translator_translates():
    assert loud_located(DOCSTRING_EN, "en", DOCSTRING_ZH, "zh") == []


def test_code_beside_a_translated_docstring_is_still_compared():
    en = DOCSTRING_EN.replace('"""\n```', '"""\nschema Person:\n    name: str\n```')
    zh = DOCSTRING_ZH.replace('"""\n```', '"""\nschema Person:\n    age: int\n```')
    assert [(rule, value) for rule, value, _ in loud_located(en, "en", zh, "zh")] == [
        ("XL703", "code:name: str")]


PATH_EN = ('Take the yaml above as an example, with `path` containing both "/mnt/ssd0/cache" and '
           '"/mnt/ssd1/cache", Alluxio will use both directories as the storage of cached data.\n')
PATH_ZH = ('以上述AlluxioRuntime资源对象的yaml配置为例,`path`属性中包含了"/mnt/ssd0/cache"和"mnt/ssd1/cache",'
           '这意味着Alluxio将同时使用这两个目录作为数据缓存的实际存储位置.\n')


def test_a_path_that_lost_its_leading_slash_is_a_changed_literal():
    assert [(rule, value) for rule, value, _ in loud_located(PATH_EN, "en", PATH_ZH, "zh")] == [
        ("XL702", "/mnt/ssd1/cache")]


def test_the_path_with_its_slash_is_clean_and_a_path_dropped_is_still_a_link_missing():
    assert loud_located(PATH_EN, "en", PATH_ZH.replace('"mnt/', '"/mnt/'), "zh") == []
    dropped = PATH_ZH.replace('和"mnt/ssd1/cache"', "")
    assert [(rule, value) for rule, value, _ in loud_located(PATH_EN, "en", dropped, "zh")] == [
        ("XL601", "/mnt/ssd1/cache")]


ABI_EN = "## Constants\n\nKclAbiVersion is the current kcl ABI version.\n"
ABI_ZH = "## Constants\n\nKclvmAbiVersion is the current kclvm ABI version.\n"


def test_an_identifier_in_upper_camel_case_renamed_is_a_changed_name_of_code():
    assert sorted((rule, value) for rule, value, _ in loud_located(ABI_EN, "en", ABI_ZH, "zh")) == [
        ("XL301", "KclAbiVersion"), ("XL301", "KclvmAbiVersion")]


def test_the_same_identifier_is_clean_and_a_brand_of_two_parts_is_no_identifier():
    assert loud_located(ABI_EN, "en", ABI_EN, "zh") == []
    assert loud_located("Publish it on GitHub Pages.\n", "en", "将其发布到 GitHub Pages。\n", "zh") == []


LINK_EN = ("- Internal link: in the form of [`/docs/user_docs/getting-started/intro`]"
           "(/docs/user_docs/getting-started/intro) absolute path\n")
LINK_ZH = "- 内部链接：采用 `/docs/user_docs/getting-started/intro` 绝对路径形式\n"


def test_a_link_reduced_to_the_code_of_its_label_is_a_link_missing():
    assert [(rule, value) for rule, value, _ in loud_located(LINK_EN, "en", LINK_ZH, "zh")] == [
        ("XL601", "/docs/user_docs/getting-started/intro")]


def test_the_link_kept_is_clean():
    mended = LINK_ZH.replace("`/docs/user_docs/getting-started/intro`",
                             "[`/docs/user_docs/getting-started/intro`](/docs/user_docs/getting-started/intro)")
    assert loud_located(LINK_EN, "en", mended, "zh") == []


INSTALL_EN = """## Installation Modes
 - Install with YAML files
 - Install from code
 - Install with Helm

### Install with YAML files

### Install from code

### Install with Helm
"""
INSTALL_ZH = """##  安装

- [通过 Deployment Yaml 安装](#通过-deployment-yaml-安装).
- [通过源代码安装](#通过源代码安装)
- [通过 Helm 方式安装](#通过-helm-安装).

## 通过 Deployment Yaml 安装

## 通过源代码安装

## 通过 Helm 安装
"""


def test_a_table_of_contents_only_the_translation_links_to_its_own_headings_is_clean():
    assert [rule for rule, _, _ in loud_located(INSTALL_EN, "en", INSTALL_ZH, "zh") if rule.startswith("XL6")] == []


def test_a_link_only_the_translation_has_to_a_heading_its_page_lacks_is_still_reported():
    lost = INSTALL_ZH.replace("## 通过 Helm 安装\n", "## 通过 Helm Chart 安装\n")
    assert [(rule, value) for rule, value, _ in loud_located(INSTALL_EN, "en", lost, "zh")
            if rule.startswith("XL6")] == [("XL601", "/")]


CONTENTS_EN = """# Contributing Guide

* [New Contributor Guide](#contributing-guide)
  * [Development Environment Setup](#development-environment-setup)
  * [Commit Format](#commit-format)
  * [Pull Request Checklist](#pull-request-checklist)

## Development Environment Setup

To build WasmEdge from the source, please refer to the build guide.

## Commit Format

The commit messages should follow [Conventional Commit](https://www.conventionalcommits.org/en/v1.0.0/).

Please check the full specification from [Conventional Commit](https://www.conventionalcommits.org/en/v1.0.0/#specification).

### DCO - Sign Your Commits

Licensing is important to open source projects. It provides some assurances that
the software will continue to be available based under the terms that the
author(s) desired.

## Pull Request Checklist

When you submit your pull request, or you push new commits to it, our automated systems will run some checks.
"""
# The Chinese page (its text still English) keeps the older section on signing commits.
CONTENTS_ZH = """# Contributing Guide

* [New Contributor Guide](#contributing-guide)
  * [Development Environment Setup](#development-environment-setup)
  * [Sign Your Commits](#sign-your-commits)
  * [Pull Request Checklist](#pull-request-checklist)

## Development Environment Setup

To build WasmEdge from the source, please refer to the build guide.

## Sign Your Commits

### DCO

Licensing is important to open source projects. It provides some assurances that
the software will continue to be available based under the terms that the
author(s) desired.

## Pull Request Checklist

When you submit your pull request, or you push new commits to it, our automated systems will run some checks.
"""


def test_a_table_of_contents_that_links_a_section_the_source_replaced_lacks_the_sources_link():
    found = [(rule, value, line) for rule, value, line in loud_located(CONTENTS_EN, "en", CONTENTS_ZH, "zh")
             if rule == "XL601"]
    assert found == [("XL601", "#commit-format", 5)]


def test_a_table_of_contents_whose_headings_are_translated_is_clean():
    zh = CONTENTS_EN.replace("Development Environment Setup", "开发环境设置").replace(
        "development-environment-setup", "开发环境设置").replace("Commit Format", "提交格式").replace(
        "commit-format", "提交格式")
    assert [rule for rule, _, _ in loud_located(CONTENTS_EN, "en", zh, "zh") if rule.startswith("XL6")] == []


RESERVED_EN = """You can customise the configuration by changing the following properties in worker.properties

- worker.max.cpu.load.avg=-1 (worker max cpu load avg, only higher than the system cpu load average, worker server can be dispatched tasks. default value -1: the number of cpu cores * 2)
- worker.reserved.memory=0.3 (worker reserved memory, only lower than system available memory, worker server can be dispatched tasks. default value 0.3, the unit is percentage)
"""
RESERVED_ZH = """你可以在 worker.properties 修改下面的属性来自定义配置

* worker.max.cpu.load.avg=-1 (worker最大cpu load均值，只有高于系统cpu load均值时，worker服务才能被派发任务. 默认值为-1: cpu cores * 2)
* worker.reserved.memory=0.3 (worker预留内存，只有低于系统可用内存时，worker服务才能被派发任务，单位为百分比)
"""


def test_a_default_an_item_states_beside_its_setting_and_the_translation_drops_is_missing():
    assert [(rule, value, line) for rule, value, line in loud_located(RESERVED_EN, "en", RESERVED_ZH, "zh")] == [
        ("XL101", "0.3", 4)]


def test_the_default_stated_again_is_clean():
    mended = RESERVED_ZH.replace("，单位为百分比", "，默认值为 0.3，单位为百分比")
    assert loud_located(RESERVED_EN, "en", mended, "zh") == []


SIGN_OFF_EN = """You sign-off by adding the following to your commit messages. Your sign-off must
match the git user and email associated with the commit.

    docs: this commit updates something at somedoc.md

    Signed-off-by: Your Name <your.name@example.com>

Git has a `-s` command line option to do this automatically:
"""
# The Chinese page (its text still English) keeps the older example's message.
SIGN_OFF_ZH = SIGN_OFF_EN.replace("docs: this commit updates something at somedoc.md", "This is my commit message")


def test_an_indented_code_block_is_compared_as_code():
    assert [(rule, value) for rule, value, _ in loud_located(SIGN_OFF_EN, "en", SIGN_OFF_ZH, "zh")] == [
        ("XL703", "code:docs: this commit updates something at somedoc.md")]


def test_the_same_indented_block_is_clean_and_an_items_indented_paragraph_is_still_text():
    assert loud_located(SIGN_OFF_EN, "en", SIGN_OFF_EN, "zh") == []
    item_en = "1. Fork the repository.\n\n    Then clone your fork and create a branch for the change.\n"
    item_zh = "1. Fork 仓库。\n\n    然后克隆你的 fork，并为修改创建一个分支。\n"
    assert loud_located(item_en, "en", item_zh, "zh") == []
