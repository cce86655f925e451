"""Round 61 on documentation: a translation cut into paragraphs where the source wraps
its lines (tuning data docs16). Source, Apache-2.0: volcano-sh/website at 0ef50ca7
(`docs/UserGuide/user_guide_how_to_configure_scheduler.md` and its
`i18n/zh-Hans/docusaurus-plugin-content-docs/current/` page, as in
`fixtures/heldout/docs16/docusaurus-volcano`), the opening sections "Requirements",
"Background" and "Key Points", cut before the last item of the key points (trailing spaces of
the English lines dropped). The twins are the same excerpt with the translation mended, or
changed, written for the test."""

from __future__ import annotations

from tests.conftest import loud_located

SCHEDULER_EN = """## Requirements
* Before reading the guidance, please make sure you are aware of basic concepts such as `action` `plugin` `session` `tier`
`volcano job` `podgroup` `queue` and so on. If they are still strange to you, please refer to [Volcano Docs](../Home/Introduction)
for more details.
* Before reading the guidance, please make sure you have general understanding of Volcano scheduling workflow.

## Background
In order to adjust the scheduling process and algorithms to different scenarios, Volcano allows users to configure actions
and plugins for volcano scheduler. The scheduling pipeline consists of a series of actions. The plugins implement the algorithms,
which will be called in actions as registered session functions. As what you can see in the configmap `volcano-scheduler-configmap`,
plugins are divided into 2 tiers by default. It may confuse some users. Besides, it is necessary to provide a guidance about
how to configure volcano scheduler.

## Key Points
* All the configurations are configured in the configmap `volcano-scheduler-configmap`, which is under the namespace `volcano-system`.
* The configuration is made up of 2 parts: `actions` and `tiers`.
* `actions` defines the scheduling pipeline. They will be executed in order in each session.
* `tiers` divides the plugins into several categories. All the functions defined in the plugins will be registered when
a session is open and called when actions are executed.
"""
# The Chinese as the site has it: a blank line wherever the English wraps a line that the
# translation went on with ("…请参阅 [Volcano 文档](../Home/Introduction)" / "了解更多详情。",
# "…Volcano 允许用户配置操作" / "和插件。…"), and every item of a list apart.
SCHEDULER_ZH = """## 要求

* 在阅读本指南之前，请确保您了解一些基本概念，例如 `action`、`plugin`、`session`、`tier`、`volcano job`、`podgroup`、`queue` 等。如果您仍然不熟悉这些概念，请参阅 [Volcano 文档](../Home/Introduction)

了解更多详情。

* 在阅读本指南之前，请确保您对 Volcano 调度工作流程有基本的了解。

## 背景

为了根据不同的场景调整调度流程和算法，Volcano 允许用户配置操作

和插件。调度管道由一系列操作组成。插件实现了算法，
这些算法将作为已注册的会话函数在操作中调用。正如您在 configmap `volcano-scheduler-configmap` 中看到的那样，

插件默认分为 2 个层级。这可能会让一些用户感到困惑。此外，还需要提供关于如何配置 Volcano 调度器的指南。

## 要点

* 所有配置都在 `volcano-scheduler-configmap` 中进行，该配置位于命名空间 `volcano-system` 下。

* 配置由两部分组成：`actions` 和 `tiers`。

* `actions` 定义了调度管道。它们将在每个会话中按顺序执行。

* `tiers` 将插件分为几个类别。插件中定义的所有函数将在会话打开时注册，并在执行操作时调用。
"""


def test_pieces_of_a_sentence_cut_where_the_source_wraps_pair_with_their_paragraph():
    # Each piece joins the source's paragraph it belongs to, and the loose list's items
    # follow: no paragraph left over, no list item missing, no figure missing.
    assert loud_located(SCHEDULER_EN, "en", SCHEDULER_ZH, "zh") == []


def test_clean_twin_the_sentences_written_whole():
    whole = SCHEDULER_ZH.replace("(../Home/Introduction)\n\n了解更多详情。", "(../Home/Introduction)了解更多详情。") \
        .replace("配置操作\n\n和插件", "配置操作和插件").replace("那样，\n\n插件默认", "那样，插件默认")
    assert whole.count("\n\n") == SCHEDULER_ZH.count("\n\n") - 3
    assert loud_located(SCHEDULER_EN, "en", whole, "zh") == []


def test_a_piece_with_a_link_of_its_own_is_still_a_paragraph_the_source_lacks():
    # The sentence's end replaced by a paragraph that links a page the source does not:
    # not a piece of the source's paragraph, whatever the paragraph before ends with.
    linked = SCHEDULER_ZH.replace("了解更多详情。", "另见 [常见问题](../FAQ)")
    found = loud_located(SCHEDULER_EN, "en", linked, "zh")
    assert ("XL002", "另见 [常见问题](../FAQ)", 5) in found
