"""Round 56 on documentation: a command quoted in one version and set in code marks in the
other, and where a value a translation's list lacks is reported (tuning data docs38 and
docs39, after their held-out scores). Sources: kcl-lang/kcl-lang.io at 0843862a
(Apache-2.0), `docs/community/contribute/contribute-docs.md` and its
`i18n/zh-CN/docusaurus-plugin-content-docs/current/` page; WasmEdge/docs at ae18de76
(Apache-2.0), `docs/start/build-and-run/aot.md` and its
`i18n/zh/docusaurus-plugin-content-docs/current/` page. Each excerpt is cut to the lines
in question; the twins are the same excerpts with the translation mended, written for
the test."""

from __future__ import annotations

from tests.conftest import loud_located

KCL_EN = ("First, clone the document warehouse, and then test the viewing effect locally with the "
          "'npm run start' and 'npm run build' commands to ensure that you can browse normally and then submit PR.\n")
KCL_ZH = "先克隆文档仓库，本地通过 `npm run start` 和 `npm run build` 命令测试查看效果，确保可以正常浏览后提交 PR 即可。\n"


def test_a_command_quoted_in_the_source_and_in_code_marks_in_the_translation_is_the_same_literal():
    assert loud_located(KCL_EN, "en", KCL_ZH, "zh") == []


def test_a_quoted_command_the_translation_lacks_is_still_missing():
    found = loud_located(KCL_EN, "en", KCL_ZH.replace("`npm run build`", "构建"), "zh")
    assert [(rule, value) for rule, value, _ in found] == [("XL501", "npm run build")]


AOT_EN = """4. _(Optional)_ Statistics information:
   - By default, the AOT-compiled WASM does not support all statistics even if the options are turned on when running the `wasmedge` tool.
   - Use `--enable-time-measuring` to generate code for enabling time-measuring statistics in execution.
   - Use `--enable-gas-measuring` to generate code for enabling the statistics of gas measuring in execution.
   - Use `--enable-instruction-count` to generate code for enabling the statistics of counting WebAssembly instructions.
   - Or use `--enable-all-statistics` to generate code for enabling all of the statistics.
5. _(Optional)_ `--generic-binary`: Generate the generic binary of the current host CPU architecture.
6. _(Optional)_ WebAssembly proposals:
   - Use `--wasm-1` to set the compilation environment as WASM 1.0 standard. This standard includes the following proposals:
      - [Import/Export of Mutable Globals](https://github.com/WebAssembly/mutable-global)
   - Use `--disable-import-export-mut-globals` to disable the [Import/Export of Mutable Globals](https://github.com/WebAssembly/mutable-global) proposal (Default `ON`).
   - Use `--disable-simd` to disable the [Fixed-width SIMD](https://github.com/webassembly/simd) proposal (Default `ON`).
   - Use `--disable-gc` to disable the [Garbage Collection](https://github.com/WebAssembly/gc) proposal (Default `ON`).
"""
# The Chinese as the site has it: the statistics item, the `--wasm-1` item and the `--disable-gc` item lacking.
AOT_ZH = """4. （可选）统计信息：
   - 默认情况下，即使在运行 `wasmedge` 工具时打开选项，AOT 编译的 WASM 也不支持所有统计信息。
   - 使用 `--enable-time-measuring` 生成用于启用执行时间测量统计的代码。
   - 使用 `--enable-gas-measuring` 生成用于启用执行中的 gas 测量统计的代码。
   - 使用 `--enable-instruction-count` 生成用于启用 WebAssembly 指令计数统计的代码。
5. （可选）`--generic-binary`：生成通用二进制文件。
6. （可选）WebAssembly 提案：
   - 使用 `--disable-import-export-mut-globals` 禁用[可变全局变量的导入/导出](https://github.com/WebAssembly/mutable-global) 提案（默认为 `ON`）。
   - 使用 `--disable-simd` 禁用[固定宽度 SIMD](https://github.com/webassembly/simd) 提案（默认为 `ON`）。
"""


def test_a_value_a_translations_list_lacks_is_reported_where_its_item_would_stand():
    found = {(rule, value[:24]): line for rule, value, line in loud_located(AOT_EN, "en", AOT_ZH, "zh")}
    # the item of the same rank in the Chinese list (its last line past its last item)
    assert found[("XL701", "`--wasm-1`")] == 9
    assert found[("XL601", "github.com/WebAssembly/m")] == 9


def test_an_option_item_a_translations_sublist_lacks_is_a_missing_item():
    found = [(rule, value[:24], line) for rule, value, line in loud_located(AOT_EN, "en", AOT_ZH, "zh")
             if rule == "XL002"]
    # the statistics sublist keeps four of five items, the proposals sublist three of four
    assert found == [("XL002", "- Or use `--enable-all-s", 6), ("XL002", "- Use `--disable-gc` to ", 9)]


def test_a_sublist_that_keeps_fewer_than_three_items_reports_no_item():
    shorter = AOT_ZH.replace("   - 使用 `--disable-simd` 禁用[固定宽度 SIMD](https://github.com/webassembly/simd) 提案（默认为 `ON`）。\n", "")
    en = AOT_EN.replace("   - Use `--disable-simd` to disable the [Fixed-width SIMD](https://github.com/webassembly/simd) "
                        "proposal (Default `ON`).\n", "")
    assert [value[:24] for rule, value, _ in loud_located(en, "en", shorter, "zh") if rule == "XL002"] == [
        "- Or use `--enable-all-s"]


def test_a_list_with_every_item_translated_is_clean():
    mended = AOT_ZH.replace(
        "5. （可选）`--generic-binary`", "   - 或使用 `--enable-all-statistics` 生成用于启用所有统计的代码。\n"
        "5. （可选）`--generic-binary`").replace(
        "6. （可选）WebAssembly 提案：\n", "6. （可选）WebAssembly 提案：\n"
        "   - 使用 `--wasm-1` 将编译环境设置为 WASM 1.0 标准。该标准包括以下提案：\n"
        "      - [可变全局变量的导入/导出](https://github.com/WebAssembly/mutable-global)\n") + (
        "   - 使用 `--disable-gc` 禁用[垃圾回收](https://github.com/WebAssembly/gc) 提案（默认为 `ON`）。\n")
    assert loud_located(AOT_EN, "en", mended, "zh") == []


KINDS_EN = """- User's Guide: The corresponding usage document allows users to quickly use the KCL tool to complete their work at the minimum cost, without involving too much internal principles and implementation
- Reference: KCL language, tools, IDE and other documents with all features, covering the most extensive but trivial content
- Blog: There are no special restrictions. They can be shared for specific scenarios, technical points or overall development prospects
"""
# The Chinese as the site has it: two kinds of documents the English no longer lists.
KINDS_ZH = """- 用户指南：对应使用文档，是让用户以最小的代价快速使用 KCL 工具完整工作，不要涉及太多的内部原理和实现
- 开发文档：内部是怎么实现的，主要针对希望了解 KCL 原理和参与贡献和开发的同学
- 内部文档：针对企业用户的一些内部场景定制的文档
- 参考手册：KCL 语言、工具和 IDE 等全部特性的文档，内容覆盖最广但比较琐碎
- 博客文章：没有特别的限制，可以是针对某些具体的场景、某些技术点或者是整体发展展望等分享文章
"""


def test_items_only_the_translation_has_with_no_value_are_not_a_bullet_left_over():
    assert loud_located(KINDS_EN, "en", KINDS_ZH, "zh") == []


def test_a_value_in_an_item_only_the_translation_has_is_still_reported():
    found = loud_located(KINDS_EN, "en", KINDS_ZH.replace("定制的文档", "定制的文档，见 `kcl-internal`"), "zh")
    # the item told by its code: left over from an earlier version, where it stands
    assert [(rule, "`kcl-internal`" in value, line) for rule, value, line in found] == [("XL002", True, 3)]
