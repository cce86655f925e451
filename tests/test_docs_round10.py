"""Round 10 on documentation (tuning data docs7): excerpts of the Apache RocketMQ website
(Apache-2.0) and of the Pinia docs (MIT), attribution in fixtures/SOURCES.md, each with a
drifted twin that stays reported."""

from __future__ import annotations

from tests.conftest import loud_texts, pair_findings

# docs7/rocketmq/deploy-en: "RAID10时" is "when (the disk is) RAID10", no ten o'clock.
ZH_RAID = "- 优点：在磁盘配置为RAID10时，即使机器宕机不可恢复情况下，消息也不会丢；\n"
EN_RAID = "- Advantages: when the disk is configured as RAID10, even if the machine is down, messages will not be lost;\n"


def test_digits_glued_to_a_latin_word_are_no_chinese_clock_time():
    assert loud_texts(ZH_RAID, "zh", EN_RAID, "en") == []


def test_a_chinese_clock_time_stays_read():
    found = pair_findings("会议在下午3时开始。\n", "zh", "The meeting starts at 4 pm.\n", "en")
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [("XL202", "T15:00")]


def test_a_changed_raid_level_stays_reported():
    assert [rule for rule, _ in loud_texts(ZH_RAID.replace("RAID10", "RAID5"), "zh", EN_RAID, "en")] == ["XL302"]


# docs7/rocketmq/dledger-en: "等待约 10s 左右" is ten seconds, not the 2010s.
ZH_SECONDS = "部署成功，杀掉 Leader 之后（杀掉端口 30931 所在的进程），等待约 10s 左右，用 clusterList 命令查看集群。\n"
EN_SECONDS = ("After the successful deployment, kill the Leader process (kill process that binds port 30931), "
              "then wait for 10 seconds, use clusterList command to check cluster status.\n")


def test_seconds_in_chinese_are_no_decade():
    assert loud_texts(ZH_SECONDS, "zh", EN_SECONDS, "en") == []


def test_changed_seconds_in_chinese_stay_reported():
    found = pair_findings(ZH_SECONDS.replace("10s", "20s"), "zh", EN_SECONDS, "en")
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [("XL102", "20")]


def test_an_english_decade_stays_a_decade():
    found = pair_findings("It was written in the 1990s.\n", "en", "It was written in the 1980s.\n", "en")
    assert [f.rule for f in found if f.severity != "info"] == ["XL202"]


# docs7/rocketmq/pull-request-en: "10k+" in both versions.
ZH_10K = "如果您想到通过打包压缩然后复制粘贴的方式，那么请再试想一下扩大参与者的范围至 10k+ 级别\n"
EN_10K = "If you think of packaging, compression, and then copy and paste, think of expanding the scope of participants to the 10k+ level\n"


def test_a_latin_thousand_in_chinese_is_a_thousand():
    assert loud_texts(ZH_10K, "zh", EN_10K, "en") == []


def test_a_latin_thousand_in_chinese_is_read_as_thousands():
    zh = "请再试想一下扩大参与者的范围至 10k 人\n"
    same = pair_findings("Think of expanding the scope of participants to 10,000 people\n", "en", zh, "zh")
    assert [f.rule for f in same if f.severity != "info"] == []
    other = pair_findings("Think of expanding the scope of participants to 100,000 people\n", "en", zh, "zh")
    assert [(f.rule, f.value) for f in other if f.severity != "info"] == [("XL101", "100000")]


# docs7/pinia/options-api-zh: zh adds a trailing comma before the closing bracket.
EN_STORES = """```js
export default {
  computed: {
    // note we are not passing an array, just one store after the other
    ...mapStores(useCartStore, useUserStore)
  },
}
```
"""
ZH_STORES = EN_STORES.replace("useUserStore)\n", "useUserStore),\n").replace(
    "// note we are not passing an array, just one store after the other", "// 注意，我们不是在传递一个数组，而是一个接一个的 store。")


def test_a_trailing_comma_before_a_closing_bracket_is_no_drift():
    assert loud_texts(EN_STORES, "en", ZH_STORES, "zh") == []


def test_a_changed_name_with_a_trailing_comma_stays_reported():
    found = pair_findings(EN_STORES, "en", ZH_STORES.replace("useUserStore),", "useAdminStore),"), "zh")
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [("XL703", "code:useUserStore)")]


def test_a_comma_between_items_stays_reported():
    en = '```json\n{\n  "a": 1,\n  "b": 2\n}\n```\n'
    zh = '```json\n{\n  "a": 1\n  "b": 2\n}\n```\n'
    assert [rule for rule, _ in loud_texts(en, "en", zh, "zh")] == ["XL703"]


# docs7/rocketmq/dashboard-en: a paragraph that opens with inline code in triple backticks
# is no code fence (a backtick fence's info string holds no backtick), so it does not
# swallow the section after it.
ZH_TIP = """:::tip

```namesrv.addr:port``` 替换为 ```rocketmq```  中配置的 nameserver 地址：端口号

- 云服务器：设置安全组访问规则
- 本地虚拟机：关闭防火墙，或 ```-add-port```

:::

### 2. 源码安装

源码地址：[apache/rocketmq-dashboard](https://github.com/apache/rocketmq-dashboard)

① 编译 ```rocketmq-dashboard```

```shell
$ mvn clean package -Dmaven.test.skip=true
```
"""
EN_TIP = """:::tip

Replace namesrv.addr:port with the nameserver address and port configured in rocketmq

- Cloud server: Set security group access rules
- Local virtual machine: Turn off firewall, or -add-port

:::

### 2. Source installation

Source address：[apache/rocketmq-dashboard](https://github.com/apache/rocketmq-dashboard)

① Compile ```rocketmq-dashboard```

```shell
mvn clean package -Dmaven.test.skip=true
```
"""


def test_inline_code_in_triple_backticks_opens_no_fence():
    from xlcheck import document_from_text

    zh = document_from_text(ZH_TIP, "zh", "a.zh.md", "markdown")
    assert zh.paragraphs[1].text.startswith("```namesrv.addr:port```")
    assert len(zh.paragraphs) == len(document_from_text(EN_TIP, "en", "b.en.md", "markdown").paragraphs) == 8
    assert loud_texts(ZH_TIP, "zh", EN_TIP, "en") == []


def test_a_changed_command_after_such_a_paragraph_stays_reported():
    drifted = EN_TIP.replace("-Dmaven.test.skip=true", "-DskipTests")
    assert [rule for rule, _ in loud_texts(ZH_TIP, "zh", drifted, "en")] == ["XL703"]


# docs7/rocketmq/consumergroup-v5-en: the zh source glosses its terms with the type names
# (消费者分组（ConsumerGroup）, PushConsumer), en writes them as words.
ZH_GROUP = """# 消费者分组（ConsumerGroup）

本文介绍 Apache RocketMQ 中消费者分组（ConsumerGroup）的定义、模型关系、内部属性、行为约束、版本兼容性及使用建议。

* 约束：重试间隔仅在PushConsumer消费类型下有效。
"""
EN_GROUP = """# Consumer Group

This section describes the definition, model relationship, internal attributes, and behavior constraints of consumer groups in Apache RocketMQ.

* Constraint: Retry interval is available only for push consumers.
"""


def test_a_run_together_name_written_as_words_is_present():
    assert loud_texts(ZH_GROUP, "zh", EN_GROUP, "en") == []


def test_a_run_together_name_whose_words_changed_stays_reported():
    drifted = EN_GROUP.replace("push consumers", "simple consumers")
    found = pair_findings(ZH_GROUP, "zh", drifted, "en")
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [("XL401", "PushConsumer")]


# docs5/kubevela/trigger-zh: the en source breaks its link with a space, zh writes it whole.
EN_BROKEN = ("This source code of this demo is on the [GitLab] (https://gitlab.com/FogDong/KubeVela-GitOps-Demo-Code). "
             "There is also a CI file in this repo.\n")
ZH_MENDED = ("这个 Demo 应用的源码放在了 [GitLab](https://gitlab.com/FogDong/KubeVela-GitOps-Demo-Code) 上。"
             "仓库里除了源码，还有一份 CI 文件。\n")


def test_a_link_the_source_breaks_and_the_translation_mends_is_no_drift():
    assert loud_texts(EN_BROKEN, "en", ZH_MENDED, "zh") == []


def test_a_mended_link_to_another_address_stays_reported():
    other = ZH_MENDED.replace("Demo-Code)", "Demo)")
    assert [rule for rule, _ in loud_texts(EN_BROKEN, "en", other, "zh")] == ["XL701"]


def test_a_link_the_translation_breaks_stays_reported():
    assert [rule for rule, _ in loud_texts(ZH_MENDED, "zh", EN_BROKEN, "en")] == ["XL701"]


# docs4/antd/modal-zh: en joins the methods with `|`, zh names each one.
EN_METHODS = ("`Modal.destroyAll()` could destroy all confirmation modal dialogs(`Modal.confirm|success|info|error|warning`). "
              "Usually, you can use it in router change event.\n")
ZH_METHODS = ("使用 `Modal.destroyAll()` 可以销毁弹出的确认窗（即上述的 `Modal.info`、`Modal.success`、`Modal.error`、"
              "`Modal.warning`、`Modal.confirm`）。通常用于路由监听当中。\n")


def test_alternatives_joined_by_a_bar_are_the_members_named_one_by_one():
    assert loud_texts(EN_METHODS, "en", ZH_METHODS, "zh") == []


def test_a_member_left_out_stays_reported():
    found = pair_findings(EN_METHODS, "en", ZH_METHODS.replace("、`Modal.warning`", ""), "zh")
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [
        ("XL702", "`Modal.confirm|success|info|error|warning`")]


# docs7/rocketmq/helm-kubernetes-en: zh marks the requirement `Helm 3.7.0+` as code, en
# writes it plain.
ZH_NEEDS = """这一节介绍如何在 Kubernetes 环境下，使用 Helm 快速部署一个单节点 RocketMQ 服务。

:::tip 系统要求

- 一个运行中的 `Kubernetes` 集群
- 已安装的 `Helm 3.7.0+`
- 64位 `JDK 1.8+`

:::
"""
EN_NEEDS = """This section describes how to quickly deploy a single-node RocketMQ service in a Kubernetes with Helm.

:::tip SYSTEM REQUIREMENTS

- A running Kubernetes cluster
- Installed Helm 3.7.0+
- 64-bit JDK 1.8+

:::
"""


def test_a_name_and_version_in_code_written_plain_is_the_same_value_without_its_markup():
    # (not a missing value; since round 26 its lost code markup is XL705, issue #10)
    assert loud_texts(ZH_NEEDS, "zh", EN_NEEDS, "en") == [("XL705", "Helm 3.7.0+"), ("XL705", "JDK 1.8+")]


def test_a_name_and_another_version_written_plain_stays_reported():
    found = pair_findings(ZH_NEEDS, "zh", EN_NEEDS.replace("Helm 3.7.0+", "Helm 3.6.0+"), "en")
    assert ("XL701", "`Helm 3.7.0+`") in [(f.rule, f.value) for f in found if f.severity != "info"]


def test_a_phrase_of_words_in_code_written_plain_stays_reported():
    from xlcheck.compare.literals import written_as_text

    assert written_as_text("Helm 3.7.0+", "- Installed Helm 3.7.0+", frozenset({"helm"}))
    assert not written_as_text("yarn test", "- run yarn test first", frozenset({"yarn", "test"}))


# docs7/pinia/hmr-zh: zh links the Chinese edition of the Vite docs, which serves its pages
# without `.html`.
EN_HMR = ("Pinia supports Hot Module replacement so you can edit your stores. "
          "Check the [Vite HMR API](https://vitejs.dev/guide/api-hmr.html#hmr-api) for details.\n")
ZH_HMR = ("Pinia 支持热更新，所以你可以修改你的 store。"
          "请查看 [Vite HMR API](https://cn.vitejs.dev/guide/api-hmr#hmr-api) 了解详情。\n")


def test_an_edition_of_a_site_at_clean_addresses_is_a_localised_link():
    assert [(f.rule, f.severity) for f in pair_findings(EN_HMR, "en", ZH_HMR, "zh")] == [("XL603", "info")]


def test_another_page_of_the_edition_stays_reported():
    other = ZH_HMR.replace("api-hmr#", "api-plugin#")
    assert [(f.rule, f.severity) for f in pair_findings(EN_HMR, "en", other, "zh")] == [("XL602", "error")]


# docs9/react (tuning data since its second score): the Spanish page links the Spanish
# editions of other sites.
EN_VITE = "Read the [Vite SSR guide](https://vite.dev/guide/ssr.html#pre-rendering-ssg) first.\n"
ES_VITE = "Lee primero la [guía de SSR de Vite](https://es.vite.dev/guide/ssr#prerenderizado).\n"


def test_the_translations_own_edition_of_another_site_is_a_localised_link():
    assert [(f.rule, f.severity) for f in pair_findings(EN_VITE, "en", ES_VITE, "es")] == [("XL603", "info")]


def test_another_site_stays_a_changed_link():
    other = ES_VITE.replace("https://es.vite.dev/guide/ssr", "https://es.rollupjs.org/guide")
    assert ("XL602", "error") in [(f.rule, f.severity) for f in pair_findings(EN_VITE, "en", other, "es")]


def test_a_language_asked_for_in_the_query_is_the_same_link():
    en = "Measure the [Time to First Byte](https://web.dev/articles/ttfb) of each route.\n"
    es = "Mide el [tiempo hasta el primer byte](https://web.dev/articles/ttfb?hl=es-419) de cada ruta.\n"
    assert [f for f in pair_findings(en, "en", es, "es") if f.severity != "info"] == []
    moved = es.replace("ttfb?hl", "lcp?hl")
    assert [f.rule for f in pair_findings(en, "en", moved, "es") if f.severity == "error"]


def test_a_search_for_the_translations_words_is_the_same_search():
    en = "Some prefer [tabs or spaces](https://www.google.com/search?q=tabs+vs+spaces).\n"
    es = "Algunos prefieren [tabulaciones o espacios](https://www.google.com/search?q=tabulaciones+vs+espacios).\n"
    assert [(f.rule, f.severity) for f in pair_findings(en, "en", es, "es")] == [("XL603", "info")]
    elsewhere = es.replace("google.com/search", "google.com/maps")
    assert ("XL602", "error") in [(f.rule, f.severity) for f in pair_findings(en, "en", elsewhere, "es")]
