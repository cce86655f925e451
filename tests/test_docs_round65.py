"""Round 65 on documentation: a numbered acronym written apart and glued (``GPU 1`` /
``GPU1``), two headings of one level reworded where each stands alone, a list item told by
the label a translation keeps, an acronym the source defines given by its meaning in a
paragraph of Chinese that holds much Latin, a heading paired with the one that heads its
body, paragraphs that share no value merged with a stranger left apart, and a reST
substitution of words translated (tuning data docs40, docs41, docs38, docs22 and docs17).

Sources: Project-HAMi/website@0d64adad (`docs/developers/scheduling.md` and its
`i18n/zh/docusaurus-plugin-content-docs/current/` page, as in
`fixtures/heldout/docs41/mdx-hami-zh`; CC BY 4.0): the "GPU-scheduler-policy" section up to
its Binpack result. dragonflyoss/d7y.io@a92c4331
(`docs/operations/integrations/container-runtime/stargz.md` and its Chinese page, as in
`fixtures/heldout/docs40/mdx-dragonfly-zh`; Apache-2.0): the page's first 240 lines, read from
the committed fixture, and its "Performance testing" list. WasmEdge/docs@ae18de76
(`docs/start/build-and-run/cli.md` and its Chinese page, as in
`fixtures/heldout/docs38/mdx-wasmedge-zh`; Apache-2.0): the title and first two paragraphs.
kubeedge/website@fd5ba0c5 (`docs/setup/install-with-binary.md` and its Chinese page, as in
`fixtures/heldout/docs22/md-kubeedge-zh`; Apache-2.0): the cloud side's sections from "Create
CRDs" to "Run", read from the committed fixture. The HAMi protocol page, whole, is round 64's
(`tests/test_docs_round64.py`). wpilibsuite/frc-docs-translations@69a06270 (the Spanish
catalogue of `docs/software/wpilib-overview/debugging-robot-program`, as in
`fixtures/heldout/docs17/po-frcdocs-es`; CC BY 4.0): two entries. The twins are the same excerpts mended or
changed, written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import loud_catalogue, loud_located, pair_findings

GPU_EN = """### GPU-scheduler-policy

![HAMi GPU scheduler policy diagram, comparing Binpack and Spread scores on each card](/img/docs/common/developers/scheduling/gpu-scheduler-policy-demo.png)

#### Binpack

Binpack mainly focuses on the computing power and video memory usage of each card. The more it is used, the higher the score.

```text
score: ((request.core + used.core) / allocatable.core + (request.mem + used.mem) / allocatable.mem)) * 10
```

1. Binpack scoring information for GPU 1 is as follows

```text
GPU1 Score: ((20+10)/100 + (1000+2000)/8000)) * 10 = 6.75
```

1. Binpack scoring information for GPU 2 is as follows

```text
GPU2 Score: ((20+70)/100 + (1000+6000)/8000)) * 10 = 17.75
```

In `Binpack` policy, `GPU2` is selected.
"""
# The Chinese as the site has it: "GPU1 的 Binpack 评分信息如下", the card's number glued.
GPU_ZH = """### GPU-scheduler-policy

![HAMi GPU 调度策略示意图，展示在单卡上的 Binpack 与 Spread 评分对比](/img/docs/common/developers/scheduling/gpu-scheduler-policy-demo.png)

#### Binpack

Binpack 主要关注每张卡的计算能力和显存使用情况。使用越多，得分越高。

```text
score: ((request.core + used.core) / allocatable.core + (request.mem + used.mem) / allocatable.mem)) * 10
```

1. GPU1 的 Binpack 评分信息如下

```text
GPU1 Score: ((20+10)/100 + (1000+2000)/8000)) * 10 = 6.75
```

1. GPU2 的 Binpack 评分信息如下

```text
GPU2 Score: ((20+70)/100 + (1000+6000)/8000)) * 10 = 17.75
```

因此，在 `Binpack` 策略中我们可以选择 `GPU2`。
"""


def test_a_numbered_acronym_glued_to_its_number_is_no_missing_name():
    assert loud_located(GPU_EN, "en", GPU_ZH, "zh") == []


def test_clean_twin_the_number_written_apart_as_the_english_writes_it():
    mended = GPU_ZH.replace("1. GPU1 的", "1. GPU 1 的").replace("1. GPU2 的", "1. GPU 2 的")
    assert loud_located(GPU_EN, "en", mended, "zh") == []


def test_an_acronym_glued_to_another_number_is_still_missing():
    # "GPU3" is another card: the English's GPU 1 is not in the item.
    changed = GPU_ZH.replace("1. GPU1 的", "1. GPU3 的")
    assert ("XL401", "GPU", 13) in loud_located(GPU_EN, "en", changed, "zh")


STARGZ = Path(__file__).resolve().parents[1] / "fixtures/heldout/docs40/mdx-dragonfly-zh"


def _stargz_head(lang: str) -> str:
    """The stargz page's first 240 lines: its setup, then "## Install Stargz Snapshotter for
    containerd with Systemd" (en) / "## containerd 集成 Stargz" (zh), at line 208 of each."""
    lines = (STARGZ / f"stargz-zh.{lang}.md").read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[:240])


def test_two_headings_of_one_level_reworded_where_each_stands_alone_are_one():
    findings = loud_located(_stargz_head("en"), "en", _stargz_head("zh"), "zh")
    assert not [f for f in findings if f[0] == "XL002"]


def test_twin_a_heading_of_another_level_stays_apart():
    # A "###" against the English "##" is another section's heading, not the same one.
    zh = _stargz_head("zh").replace("## containerd 集成 Stargz\n", "#### containerd 集成 Stargz\n")
    findings = loud_located(_stargz_head("en"), "en", zh, "zh")
    assert ("XL002", "#### containerd 集成 Stargz", 208) in findings


PERFORMANCE_EN = """![stargz-mirror-dragonfly](../../../resource/operations/integrations/stargz-mirror-dragonfly.png)

- OCIv1: Use containerd to pull image directly.
- Stargz Cold Boot: Use containerd to pull image via stargz-snapshotter and doesn't hit any cache.
- Stargz & Dragonfly Cold Boot: Use containerd to pull image via stargz-snapshotter.
  Transfer the traffic to Dragonfly P2P based on Stargz mirror mode and no cache hits.
"""
# The Chinese lists a fourth scenario, "Hit Stargz Cache", that the English does not have.
PERFORMANCE_ZH = """![stargz-mirror-dragonfly](../../../resource/operations/integrations/stargz-mirror-dragonfly.png)

- OCIv1: 使用 containerd 直接拉取镜像并且启动成功的数据。
- Stargz Cold Boot: 使用 containerd 通过 Stargz 拉取镜像，没有命中任何缓存并且启动成功的数据。
- Stargz & Dragonfly Cold Boot: 使用 containerd 通过 Stargz 拉取镜像，并且基于 Stargz Mirror 模式流量转发至 Dragonfly P2P，在没有命中任何缓存并且启动成功的数据。
- Hit Stargz Cache: 使用 containerd 通过 Stargz 拉取镜像，
  并且基于 Stargz Mirror 模式流量转发至 Dragonfly P2P，在命中 Stargz 的本地缓存的情况下并且成功启动的数据。
"""


def test_an_item_told_by_its_kept_label_that_the_english_lacks_is_reported():
    assert loud_located(PERFORMANCE_EN, "en", PERFORMANCE_ZH, "zh") == [
        ("XL002", "- Hit Stargz Cache: 使用 containerd 通过 Stargz", 6)]


def test_clean_twin_the_lists_item_for_item():
    mended = PERFORMANCE_ZH.split("- Hit Stargz Cache")[0]
    assert loud_located(PERFORMANCE_EN, "en", mended, "zh") == []


def test_twin_labels_translated_tell_no_item():
    # Labels the translation gives in its own words keep none of the English's: the items
    # are not told apart, and the longer list is no item missing.
    zh = PERFORMANCE_ZH.replace("OCIv1:", "直接拉取:").replace("Stargz Cold Boot:", "Stargz 冷启动:") \
        .replace("Stargz & Dragonfly Cold Boot:", "Stargz 与 Dragonfly 冷启动:").replace("Hit Stargz Cache:", "命中缓存:")
    assert not [f for f in loud_located(PERFORMANCE_EN, "en", zh, "zh") if f[0] == "XL002"]


CLI_EN = """# The `wasmedge` CLI

After installing WasmEdge, you can use the `wasmedge` CLI to execute WASM files. We will cover how to run WASM files with WasmEdge on your machine and Docker images.

The `wasmedge` binary is a command line interface (CLI) program that runs WebAssembly programs.
"""
# The Chinese as the site has it: the title "命令行工具" (command-line tool), no CLI in the
# first paragraph, and the definition kept.
CLI_ZH = """# `wasmedge` 命令行工具

在安装了 WasmEdge 后，你可以使用 `wasmedge` 来执行 WASM 文件。我们将介绍如何在你的机器和 Docker 镜像上使用 WasmEdge 运行 WASM 文件。

`wasmedge` 二进制文件是一个命令行界面（CLI）程序，用于运行 WebAssembly 程序。
"""


def test_an_acronym_the_source_defines_given_by_its_meaning_is_no_missing_name():
    # The title and the first paragraph hold more Latin letters than Chinese ones.
    assert loud_located(CLI_EN, "en", CLI_ZH, "zh") == []


def test_clean_twin_the_acronym_kept():
    mended = CLI_ZH.replace("`wasmedge` 命令行工具", "`wasmedge` CLI").replace("使用 `wasmedge` 来", "使用 `wasmedge` CLI 来")
    assert loud_located(CLI_EN, "en", mended, "zh") == []


def test_twin_a_paragraph_that_lost_figures_too_still_lacks_the_acronym():
    # The sentence went, not the letters: "CLI" is reported with the figures.
    en = CLI_EN + "\nThe `wasmedge` CLI has 5 subcommands and 40 options.\n"
    zh = CLI_ZH + "\n`wasmedge` 有子命令和选项。\n"
    assert ("XL401", "CLI", 7) in loud_located(en, "en", zh, "zh")


KUBEEDGE = Path(__file__).resolve().parents[1] / "fixtures/heldout/docs22/md-kubeedge-zh"


def _cloud_side(lang: str, first: int, last: int) -> str:
    """Lines `first` to `last` of the binary installation page: "### Create CRDs" to the
    "### Run" section (the English also has "### Prepare cloudcore binary" before "###
    Prepare config file"; the Chinese goes from 创建CRD to 准备配置文件)."""
    lines = (KUBEEDGE / f"install-with-binary-zh.{lang}.md").read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


def test_a_heading_pairs_with_the_one_that_heads_its_body():
    en, zh = _cloud_side("en", 9, 60), _cloud_side("zh", 10, 38)
    findings = loud_located(en, "en", zh, "zh")
    # "### Prepare cloudcore binary" (line 17 of the excerpt) is the heading missing, not
    # "### Prepare config file" (line 35)
    missing = [line for rule, value, line in findings if rule == "XL002" and value.startswith("###")]
    assert [value for rule, value, _ in findings if rule == "XL002" and value.startswith("###")] \
        == ["### Prepare cloudcore binary"] and missing


def test_twin_the_section_translated_too_pairs_heading_for_heading():
    en = _cloud_side("en", 9, 60)
    zh = _cloud_side("zh", 10, 38).replace("### 准备配置文件", "### 准备 cloudcore 二进制文件\n\n### 准备配置文件")
    findings = loud_located(en, "en", zh, "zh")
    assert not [value for rule, value, _ in findings if rule == "XL002" and value.startswith("###")]


def test_paragraphs_merged_with_a_stranger_that_share_no_value_are_left_apart():
    from tests.test_docs_round64 import PROTOCOL_EN, PROTOCOL_ZH

    # The English's last two paragraphs ("…after 5 minutes", "…every 30s") paired with
    # the Chinese-only paragraph on the 3 dispatch annotations (bead score 0.17): each is
    # reported as the paragraph it is, the 30s sentence included.
    findings = pair_findings(PROTOCOL_EN, "en", PROTOCOL_ZH, "zh")
    missing = {f.locations[0].text for f in findings if f.rule == "XL002"}
    assert {"Since system clock on scheduler node and 'device'", "A device node may become unavailable due to"} <= missing
    assert not [f for f in findings if f.rule == "XL102" and f.value == "5"]


def test_twin_a_merge_that_shares_a_value_stays_a_pair():
    from tests.test_docs_round64 import PROTOCOL_EN, PROTOCOL_ZH

    # The Chinese paragraph stating the 30s too shares a value with the merge: it stays paired.
    zh = PROTOCOL_ZH.replace("在此过程中，需要设置 3 个注释", "调度器每 30s 更新注释。在此过程中，需要设置 3 个注释")
    findings = pair_findings(PROTOCOL_EN, "en", zh, "zh")
    assert not [f for f in findings if f.rule == "XL002" and f.locations[0].text.startswith("Since system clock")]


# Two entries of the debugging page's catalogue as it has them: the substitutions, which the
# reST source defines by these names (images), translated.
SUBSTITUTIONS = [("|Watch Pane|", "|Panel de observación|"), ("|Call Stack|", "|Pila de llamadas|")]


def test_a_substitution_of_words_translated_is_a_changed_reference(tmp_path):
    assert loud_catalogue(tmp_path, SUBSTITUTIONS, "es") == [
        ("XL702", "|Watch Pane|"), ("XL702", "|Call Stack|")]


def test_clean_twin_the_substitutions_kept(tmp_path):
    assert loud_catalogue(tmp_path, [(en, en) for en, _ in SUBSTITUTIONS], "es") == []


def test_twin_pipes_in_running_text_are_no_substitution(tmp_path):
    # A pipeline written in prose ("cat log|grep error|wc -l") has no substitution in it.
    entries = [("Run cat log|grep error|wc -l to count them.", "Ejecute cat log|grep error|wc -l para contarlos."),
               ("Run cat log|grep error|wc -l to count them.", "Ejecute cat log para contarlos.")]
    assert not [rule for rule, value in loud_catalogue(tmp_path, entries, "es") if value.startswith("|")]
