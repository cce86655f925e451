"""Round 32 on documentation (tuning data: the false alarms that recur across sites):
headings of the Volcano documentation's membership page in English and Chinese, demoted
whole; terms in Pascal case and a phrase in code marks in the manner of the OpenKruise,
OpenYurt and Karmada pages in English and Chinese (OpenKruise and OpenYurt state no licence,
so their passages are our own words; the Karmada phrase is cut from its page); sources in
fixtures/SOURCES.md, each with its clean twin."""

from __future__ import annotations

from tests.conftest import loud_located


def rules(a: str, b: str, lang_b: str = "zh") -> list[str]:
    return [rule for rule, _, _ in loud_located(a, "en", b, lang_b)]


# Volcano's "Community Membership", cut shorter (a line of each section): the Chinese page
# demotes every heading a level.
MEMBERSHIP_EN = """\
# Volcano Community Membership

This document gives a brief overview of the Volcano community roles.

## Member

Members are active participants in the community.

### Requirements

- Sponsored by 2 approvers

## Approver

Approvers are active members who have extensive experience and knowledge of a particular domain.

### Requirements

- Sponsored by 2 maintainers
"""
MEMBERSHIP_ZH = """\
## Volcano社区成员

本文档将对Volcano社区成员各角色的要求和职责做简要说明

### Member

成员是社区中的积极参与者。

#### 要求

- 至少由2名approvers通过

### Approver

Approvers是指在某个领域具有较好的基础或较深入研究的活跃的Member。

#### 要求

- 至少由2名maintainers通过
"""


def test_headings_demoted_all_over_the_page_are_clean():
    assert rules(MEMBERSHIP_EN, MEMBERSHIP_ZH) == []


def test_headings_at_the_sources_levels_are_clean():
    kept = "\n".join(line[1:] if line.startswith("##") else line for line in MEMBERSHIP_ZH.split("\n"))
    assert rules(MEMBERSHIP_EN, kept) == []


def test_headings_promoted_all_over_the_page_are_reported():
    # ``###`` written ``##`` ranks with sections the page may have above: labelled in docs11
    en = MEMBERSHIP_EN.replace("# Volcano", "## Volcano").replace("## Member", "### Member")
    zh = MEMBERSHIP_ZH.replace("### Member", "## Member")
    assert "XL702" in rules(en, zh)


def test_sections_flattened_into_their_parents_level_are_reported():
    # ``####`` written ``###`` under ``###`` sections kept: labelled in docs7
    flat = "\n".join(line[1:] if line.startswith("##") else line for line in MEMBERSHIP_ZH.split("\n"))
    flat = flat.replace("### 要求", "## 要求")
    assert "XL702" in rules(MEMBERSHIP_EN, flat)


def test_one_section_demoted_among_sections_kept_is_reported():
    kept = "\n".join(line[1:] if line.startswith("##") else line for line in MEMBERSHIP_ZH.split("\n"))
    one = kept.replace("## Approver", "### Approver")
    assert "XL702" in rules(MEMBERSHIP_EN, one)


def test_a_level_that_becomes_two_is_reported():
    # ``##`` written ``###`` once and ``##`` once: not a layout, a section that moved
    mixed = MEMBERSHIP_ZH.replace("### Approver", "## Approver")
    assert "XL702" in rules(MEMBERSHIP_EN, mixed)


# In the manner of OpenKruise's "InPlace Update" page (our own words): the Chinese names the
# concept 原地升级 where the English writes `InPlace`, and the English writes "in-place" too.
INPLACE_EN = """\
Workloads can update Pods in-place when only the image changes.

With InPlace update, the Pod object is kept and only its fields change.
"""
INPLACE_ZH = """\
当只有镜像改变时，工作负载可以原地升级 Pod。

使用原地升级时，Pod 对象被保留，只修改其中的字段。
"""


def test_a_pascal_case_concept_given_by_its_meaning_is_clean():
    assert rules(INPLACE_EN, INPLACE_ZH) == []


def test_the_concept_kept_in_latin_letters_is_clean():
    assert rules(INPLACE_EN, INPLACE_ZH.replace("使用原地升级时", "使用 InPlace 升级时")) == []


def test_a_pascal_case_name_the_source_never_writes_apart_is_reported():
    en = INPLACE_EN.replace("in-place", "at once").replace("InPlace", "OpenKruise")
    assert "XL401" in rules(en, INPLACE_ZH)


def test_the_name_misspelt_in_latin_letters_is_reported():
    en = INPLACE_EN.replace("InPlace update", "KoordRuntimeProxy").replace("in-place", "with koord runtime proxy")
    zh = INPLACE_ZH.replace("使用原地升级时", "使用 KoordRounmeProxy 时")
    assert "XL401" in rules(en, zh)


# In the manner of OpenYurt's CoreDNS page (our own words): the Chinese names the `NodePool`
# 节点池, and the English writes the concept as the label key's last word, ``nodepool``.
POOL_EN = """\
Annotate the service: `openyurt.io/topologyKeys: openyurt.io/nodepool`.

Requests are then resolved by the CoreDNS instance in the same NodePool.
"""
POOL_ZH = """\
为服务增加注解：`openyurt.io/topologyKeys: openyurt.io/nodepool`。

这样请求只会由同一节点池内的 CoreDNS 实例解析。
"""


def test_a_pascal_case_concept_the_source_keys_in_lower_case_is_clean():
    assert rules(POOL_EN, POOL_ZH) == []


def test_the_concept_kept_in_latin_letters_there_is_clean():
    assert rules(POOL_EN, POOL_ZH.replace("同一节点池内", "同一 NodePool 内")) == []


def test_a_name_the_source_writes_in_lower_case_only_in_an_address_is_reported():
    # github.com names no concept "GitHub": a product's name dropped is still reported
    en = POOL_EN.replace("openyurt.io/topologyKeys: openyurt.io/nodepool", "https://github.com/openyurtio")
    en = en.replace("in the same NodePool", "on GitHub")
    zh = POOL_ZH.replace("openyurt.io/topologyKeys: openyurt.io/nodepool", "https://github.com/openyurtio")
    zh = zh.replace("由同一节点池内的", "由")
    assert "XL401" in rules(en, zh)


# Karmada's "Cluster Resources" page: a phrase in code marks that the Chinese translates.
MODEL_EN = """\
In some cases, the default cluster resource model may not match your cluster.

By default, a `resource model` is as follows:
"""
MODEL_ZH = """\
在某些情况下，默认的集群资源模型可能与你的集群不相匹配。

默认的资源模型如下:
"""


def test_a_phrase_in_code_marks_translated_is_clean():
    assert rules(MODEL_EN, MODEL_ZH) == []


def test_the_phrase_translated_in_code_marks_is_clean():
    assert rules(MODEL_EN, MODEL_ZH.replace("默认的资源模型", "默认的`资源模型`")) == []


def test_one_word_in_code_marks_translated_is_reported():
    # a literal of one word may be a key (`layout` / `布局`): still reported
    en = MODEL_EN.replace("`resource model`", "`layout`")
    zh = MODEL_ZH.replace("默认的资源模型", "默认的`布局`")
    assert "XL702" in rules(en, zh)


def test_a_phrase_the_page_writes_only_in_code_marks_is_reported():
    # a command or a literal (`npm config set prefix`, `Select a time`), not a term
    en = MODEL_EN.replace("default cluster resource model", "default cluster model")
    assert "XL701" in rules(en, MODEL_ZH)


# Volcano's load-aware descheduling page: the Chinese writes `Volcano descheduler` as
# Volcano的重调度器, its link to the repository naming "descheduler" in the address only.
DESCHEDULER_EN = """\
### Install Volcano descheduler

To address the above issues, `Volcano descheduler` can evict Pods that do not comply with the configured strategies. See repo：[https://github.com/volcano-sh/descheduler](https://github.com/volcano-sh/descheduler).
"""
DESCHEDULER_ZH = """\
### 安装Volcano descheduler

为了解决上述问题，Volcano的重调度器可以根据设置的策略，驱逐不符合配置策略的Pod。项目地址：[https://github.com/volcano-sh/descheduler](https://github.com/volcano-sh/descheduler)。
"""


def test_a_phrase_whose_word_only_an_address_holds_is_translated():
    assert rules(DESCHEDULER_EN, DESCHEDULER_ZH) == []


def test_the_phrase_kept_in_code_marks_beside_the_address_is_clean():
    kept = DESCHEDULER_ZH.replace("Volcano的重调度器", "`Volcano descheduler`")
    assert rules(DESCHEDULER_EN, kept) == []
