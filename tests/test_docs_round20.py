"""Round 20 on documentation (tuning data docs16): excerpts of the Volcano documentation
(volcano-sh/website, Apache-2.0) and single entries of the German catalogue of the
phpMyAdmin manual (GPL-2.0, short excerpts for tests), sources in fixtures/SOURCES.md, each
with its clean twin."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import catalogue_findings, loud_located


def _loud(source: str, translation: str, lang: str = "zh") -> list[tuple[str, str, int]]:
    return loud_located(source, "en", translation, lang)


# volcano-sh/website docs/Scheduler/Overview.md and its zh-Hans page: the gang plugin's
# paragraph; zh writes the state `Ready` as ready and `minavailable` as minAvailable, plain
# words of code amid Chinese, retyped in another case.
EN_GANG = ("The gang plugin considers that tasks not in the `Ready` state (including Binding, Bound, Running, "
           "Allocated, Succeed, and Pipelined) have a higher priority. It checks whether the resources allocated "
           "to the queue can meet the resources required by the task to run `minavailable` pods after trying to "
           "evict some pods and reclaim resources.\n")
ZH_GANG = ("gang plugin认为未处于ready状态（包括Binding、Bound、Running、Allocated、Succeed、Pipelined）的任务具有更高的"
           "优先级。它会检查假如驱逐某些任务回收队列部分应得资源后，该任务所属的Job中任务的运行数量是否满足minAvailable的"
           "要求，以决定是否执行驱逐动作。\n")
ZH_GANG_LOST = ZH_GANG.replace("未处于ready状态", "未就绪").replace("满足minAvailable的要求", "满足要求")


def test_inline_code_retyped_in_another_case_amid_chinese_is_the_value_kept():
    assert _loud(EN_GANG, ZH_GANG) == []


def test_inline_code_dropped_with_its_value_is_still_reported():
    assert _loud(EN_GANG, ZH_GANG_LOST) == [("XL701", "`Ready`", 1), ("XL701", "`minavailable`", 1)]


# volcano-sh/website docs/CLI/Commandline.md and its zh-Hans page: the build command's
# block, ```bash in the source and ```shell in zh (one language: Shiki and Prism name bash
# so); a block made ```yaml is another language.
EN_BUILD = "## Configuration\n\n```bash\nmake vcctl\n```\n"
ZH_BUILD = "## 配置\n\n```shell\nmake vcctl\n```\n"


def test_shell_for_bash_is_one_fence_language():
    assert _loud(EN_BUILD, ZH_BUILD) == []


def test_another_fence_language_is_still_reported():
    assert _loud(EN_BUILD, ZH_BUILD.replace("```shell", "```yaml")) == [("XL702", "lang:bash", 3)]


# volcano-sh/website docs/KeyFeatures/QueueResourceManagement.md and its zh-Hans page: the
# closing note numbers its points inside the blockquote (``> 1.``); zh writes them as one
# paragraph of prose. The numbers are list markers, not quantities.
EN_NOTE = ("> **Note**: \n>\n"
           "> 1. capacity plugin and proportion plugin must be used exclusively, they cannot be used simultaneously\n>\n"
           "> 2. The choice between plugins depends on whether you want to set deserved directly (capacity) or "
           "calculate deserved automatically through weights (proportion)\n>\n"
           "> 3. After Volcano v1.9.0, capacity plugin is recommended as it provides more intuitive resource "
           "configuration\n")
ZH_NOTE = ("> **注意**：\n"
           "> capacity 插件和 proportion 插件必须二选一，不能同时使用。选择哪个插件主要取决于您是想直接设置资源量(capacity)"
           "还是通过权重自动计算(proportion)。Volcano v1.9.0版本后推荐使用capacity插件，因为它提供了更直观的资源配置方式\n")


def test_numbers_of_a_list_inside_a_blockquote_are_markers():
    assert [v for v in _loud(EN_NOTE, ZH_NOTE) if v[0] == "XL101"] == []


def test_a_value_inside_the_blockquote_is_still_compared():
    assert _loud(EN_NOTE, ZH_NOTE.replace("v1.9.0", "v1.8.0")) == [("XL302", "1.9.0", 2)]


# phpmyadmin/localized_docs po/de.po (GPL-2.0), three entries of the German manual cut to
# the sentence that holds the literal: keys named as German keyboards and manuals name them
# (Pfeile for arrows), a placeholder's words translated inside a literal, and an example
# address on a host RFC 2606 reserves whose path is the reader's directory.
KBD = ("You can use :kbd:`Ctrl+arrows` (:kbd:`Option+Arrows` in Safari) for moving on most pages.",
       "Sie können :kbd:`Ctrl+Pfeile` (:kbd:`Option+Pfeile` in Safari) verwenden, um sich auf den meisten "
       "Seiten zu bewegen.")
VARIABLE = ("The special string ``[VARIABLE{variable-number}]`` is used inside the comments.",
            "Die spezielle Zeichenkette ``[VARIABLE{variable-nummer}]`` wird innerhalb der Kommentare verwendet.")
EXAMPLE_URL = ("E.g. ``https://www.example.net/path_to_your_phpMyAdmin_directory/``. Note also that the URL is "
               "case sensitive.",
               "Z.B. ``https://www.example.net/pfad_zum_phpMyAdmin_ordner/``. Beachten Sie auch, dass der URL "
               "die Groß-/Kleinschreibung beachtet.")


def _catalogue(tmp_path, entry: tuple[str, str]) -> list[tuple[str, str]]:
    return [(f.rule, f.value) for f in catalogue_findings(tmp_path, [entry], "de") if f.severity != "info"]


def test_arrow_keys_named_in_german_are_the_same_shortcut(tmp_path):
    assert _catalogue(tmp_path, KBD) == []


def test_another_key_is_another_shortcut(tmp_path):
    assert _catalogue(tmp_path, (KBD[0], KBD[1].replace("Ctrl+Pfeile", "Ctrl+S"))) == [
        ("XL702", ":kbd:`Ctrl+Arrows`")]


def test_a_placeholder_worded_in_the_translation_is_the_same_literal(tmp_path):
    assert _catalogue(tmp_path, VARIABLE) == []
    assert _catalogue(tmp_path, EXAMPLE_URL) == []


def test_a_literal_changed_outside_its_placeholders_is_still_reported(tmp_path):
    assert _catalogue(tmp_path, (VARIABLE[0], VARIABLE[1].replace("VARIABLE{", "VARIABEL{"))) == [
        ("XL702", "``[VARIABLE{variable-number}]``")]
    assert _catalogue(tmp_path, (EXAMPLE_URL[0], EXAMPLE_URL[1].replace("example.net", "beispiel.de"))) == [
        ("XL702", "``https://www.example.net/path_to_your_phpMyAdmin_directory/``")]


# volcano-sh/website docs/Concepts/Queue.md and its zh-Hans page: the queue's states are
# headings in the source (### Open) and list items in zh (* Open), each text naming its
# state in the source (`Open` indicates…) and saying "this queue" in zh.
EN_STATES = ("* parent, *optional*\n\n"
             "parent specifies the parent queue.\n\n"
             "## Status\n### Open\n`Open` indicates that the queue is available and can accept new PodGroups.\n"
             "### Closed\n`Closed` indicates that the queue is unavailable and cannot accept any new PodGroups.\n"
             "### Unknown\n`Unknown` indicates that the queue status is unknown because of unexpected situations "
             "such as network jitter.\n")
ZH_STATES = ("* parent,*可选*\n\n"
             "parent用来指定queue的父队列。\n\n"
             "## 资源状态\n* Open\n\n该queue当前处于可用状态，可接收新的podgroup\n\n"
             "* Closed\n\n该queue当前处于不可用状态，不可接收新的podgroup\n\n"
             "* Unknown\n\n该queue当前处于不可知状态，可能是网络或其他原因导致queue的状态暂时无法感知\n")


def test_headings_written_as_items_of_the_same_words_pair_and_are_clean():
    assert _loud(EN_STATES, ZH_STATES) == []


def test_a_state_the_translation_lacks_is_still_reported():
    lost = ZH_STATES.replace("* Closed\n\n该queue当前处于不可用状态，不可接收新的podgroup\n\n", "")
    assert ("XL002", "### Closed", 8) in _loud(EN_STATES, lost)


# volcano-sh/website docs/GettingStarted/Installation.md and its zh-Hans page: the
# architectures, x86_64/arm64 glued to the Chinese that follows.
EN_ARCH = "Install Volcano on an existing Kubernetes cluster. This way is both available for x86_64 and arm64 architecture.\n"
ZH_ARCH = "这种安装方式支持x86_64/arm64两种架构。在你的kubernetes集群上，执行如下的kubectl指令。\n"


def test_a_code_glued_to_chinese_is_kept():
    assert _loud(EN_ARCH, ZH_ARCH) == []


def test_a_code_dropped_next_to_chinese_is_still_reported():
    assert _loud(EN_ARCH, ZH_ARCH.replace("x86_64/arm64两种", "x86_64")) == [("XL301", "arm64", 1)]


# volcano-sh/website docs/UserGuide/user_guide_how_to_configure_scheduler.md and its zh-Hans
# page (fixtures/heldout/docs16, tuning data): zh puts a blank line between the items of its
# lists and the rows of its table, and stops in the middle of the "Tiers and Plugins" list.
# Its code spans are the source's, in the source's order, so it is a translation that stopped,
# and what it lacks is reported paragraph by paragraph.
VOLCANO = Path(__file__).parent.parent / "fixtures" / "heldout" / "docs16" / "docusaurus-volcano"


def _page(name: str) -> str:
    return (VOLCANO / name).read_text(encoding="utf-8")


def test_a_translation_that_breaks_its_lists_and_stops_part_way_is_compared_paragraph_by_paragraph():
    found = _loud(_page("configure-scheduler-zh.en.md"), _page("configure-scheduler-zh.zh.md"))
    assert not [f for f in found if f[0] == "XL001"]
    assert {("XL002", "## Note:"), ("XL002", "## FAQ")} <= {(rule, value) for rule, value, _ in found}


def test_another_page_is_still_not_a_translation():
    found = _loud(_page("configure-scheduler-zh.en.md"), _page("gang-zh.zh.md"))
    assert [f[0] for f in found if f[0] == "XL001"] == ["XL001"]


# volcano-sh/website docs/Concepts/Queue.md and its zh-Hans page: the note on guarantee is
# a blockquote in the source and a plain paragraph in zh.
EN_GUARANTEE = ("guarantee indicates the resources reserved by this queue for all PodGroups in it.\n\n"
                "> **Note**: If guarantee value needs to be configured, it must be less than or equal to the "
                "deserved value\n")
ZH_GUARANTEE = ("guarantee表示该queue为自己队列中的所有podgroup预留的资源，其他队列无法使用该部分资源。\n\n"
                "**注意**: 若需配置guarantee值，则需要小于等于deserved值的配置\n")


def test_a_note_that_lost_its_blockquote_is_reported():
    assert [(rule, value) for rule, value, _ in _loud(EN_GUARANTEE, ZH_GUARANTEE)] == [("XL701", ">")]


def test_a_note_kept_in_its_blockquote_is_clean():
    assert _loud(EN_GUARANTEE, ZH_GUARANTEE.replace("**注意**", "> **注意**")) == []


# volcano-sh/website docs/UserGuide/user_guide_how_to_configure_scheduler.md and its zh-Hans
# page: the actions table (descriptions cut), its rows apart by blank lines in zh and three
# action names translated (回收, 选择, 预留 for reclaim, elect, reserve).
EN_ACTIONS = ("## Actions\n\n"
              "| ID  | Name     | Required | Description |\n|-----|----------|----------|-------------|\n"
              "| 1   | enqueue  | Y        | Judge whether the idle resource can satisfy a workload. |\n"
              "| 2   | allocate | Y        | Try to allocate resource to workloads that are `inqueue`. |\n"
              "| 3   | backfill | N        | Try to allocate resource to workloads whose pods are `BestEffort`. |\n"
              "| 4   | preempt  | N        | Try to evict pods with low priority. |\n"
              "| 5   | reclaim  | N        | Reclaim resources borrowed by other queues. |\n"
              "| 6   | elect    | N        | Select a workload satisfying some conditions. |\n"
              "| 7   | reserve  | N        | Select a series of nodes and reserve resource. |\n")
ZH_ACTIONS = ("## Actions\n\n"
              "| ID | 名称 | 是否必需 | 描述 |\n\n|-----|----------|----------|-------------|\n\n"
              "| 1 | enqueue | Y | 判断集群中的空闲资源是否可以满足工作负载。|\n\n"
              "| 2 | allocate | Y | 尝试将资源分配给 Pod 组状态为 `inqueue` 的工作负载。|\n\n"
              "| 3 | backfill | N | 尝试将资源分配给 Pod 状态为 `BestEffort` 的工作负载。|\n\n"
              "| 4 | preempt | N | 尝试驱逐低优先级 Pod。|\n\n"
              "| 5 | 回收 | N | 回收被其他队列借用的资源。|\n\n"
              "| 6 | 选择 | N | 选择满足某些条件的工作负载。|\n\n"
              "| 7 | 预留 | N | 选择一系列节点并预留资源。|\n")


def test_names_a_column_keeps_elsewhere_and_a_row_translates_are_reported():
    found = _loud(EN_ACTIONS, ZH_ACTIONS)
    assert {(rule, value) for rule, value, _ in found if rule.startswith("XL3")} == {
        ("XL301", "reclaim"), ("XL301", "elect"), ("XL301", "reserve")}
    assert not [f for f in found if f[0] in ("XL101", "XL002")]  # rows apart still pair with the table


def test_names_kept_in_every_row_are_clean():
    kept = ZH_ACTIONS.replace("回收 |", "reclaim |").replace("选择 |", "elect |").replace("预留 |", "reserve |")
    assert not [f for f in _loud(EN_ACTIONS, kept) if f[0].startswith("XL3")]


# volcano-sh/website docs/Contribution/communitymembership.md and its zh-Hans page: the
# source ends with a link reference definition nothing on the page uses; zh has none.
EN_MEMBER = ("### Requirements\n\n- Has enabled two-factor authentication for GitHub account\n\n"
             "[two-factor authentication]: https://help.github.com/articles/about-two-factor-authentication\n")
ZH_MEMBER = "#### 要求\n\n- 已为 GitHub 账户启用双因素认证\n"


def test_an_unused_link_definition_is_no_paragraph_lost():
    assert [f for f in _loud(EN_MEMBER, ZH_MEMBER.replace("####", "###")) if f[0] == "XL002"] == []


def test_a_used_link_definition_is_still_a_paragraph_lost():
    used = EN_MEMBER.replace("two-factor authentication for", "[two-factor authentication] for")
    assert [f[0] for f in _loud(used, ZH_MEMBER.replace("####", "###")) if f[0] == "XL002"] == ["XL002"]
