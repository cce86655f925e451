"""Round 8 on documentation (tuning data docs7): excerpts of the Apache RocketMQ website
(Apache-2.0) and of the Pinia docs (MIT), attribution in fixtures/SOURCES.md, each with a
drifted twin that stays reported."""

from __future__ import annotations

from tests.conftest import loud_texts, pair_findings

# docs7/rocketmq/pull-request-en: the zh source shows shell prompts, the en translation none.
ZH_PROMPTS = """# 贡献代码

③ 在本地仓库修改

```shell
$ git checkout -b RocketMQ-Vxx.0 # git checkout [-b] [new-branch]
$ git add /rocketmq/pom.xml # git add [dir/file]
$ git commit -a -m "pom"\t# git commit [-all] [-msg] [message]
```
"""
EN_NO_PROMPTS = """# Contribute code

③ Make changes in the local repository

```shell
git checkout -b RocketMQ-Vxx.0 # git checkout [-b] [new-branch]
git add /rocketmq/pom.xml # git add [dir/file]
git commit -a -m "pom"\t# git commit [-all] [-msg] [message]
```
"""


def test_prompts_the_translation_drops_are_no_drift():
    assert loud_texts(ZH_PROMPTS, "zh", EN_NO_PROMPTS, "en") == []


def test_a_changed_command_without_prompts_stays_reported():
    drifted = EN_NO_PROMPTS.replace("git add /rocketmq/pom.xml", "git add /rocketmq/pom.xm")
    found = loud_texts(ZH_PROMPTS, "zh", drifted, "en")
    assert found and all(rule.startswith("XL7") for rule, _ in found)
    assert any("pom.xm" in text for _, text in found)


def test_a_prompt_only_the_translation_keeps_stays_reported():
    # (docs5/kubevela: the source dropped its prompts, the translation still has them)
    found = pair_findings(EN_NO_PROMPTS, "en", ZH_PROMPTS.replace("# 贡献代码", "# Contribute code"), "zh")
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [("XL703", "code:$")] * 3


# docs7/rocketmq/helm-kubernetes-en: comments of Chinese words with no space after `#`, a
# fence whose info string follows a no-break space.
ZH_HELM = """# 部署

```bash
$ helm install rocketmq-demo ./rocketmq
#查看pod状态
#若参数正常，则表明部署成功
$ kubectl get pods -o wide -n default
```

``` bash
#登录pod内（需要管理工具），也可以在宿主机执行
$ kubectl exec -ti rocketmq-demo-broker-0  -- /bin/bash
```
"""
EN_HELM = """# Deploy

```bash
$ helm install rocketmq-demo ./rocketmq
# Check pod status
# If the parameters are normal, it indicates successful deployment
$ kubectl get pods -o wide -n default
```

``` bash
# Log into the pod (requires management tools), or you can execute on the host
$ kubectl exec -ti rocketmq-demo-broker-0  -- /bin/bash
```
"""


def test_chinese_comments_without_a_space_are_comments():
    assert loud_texts(ZH_HELM, "zh", EN_HELM, "en") == []


def test_a_changed_pod_in_a_commented_block_stays_reported():
    drifted = EN_HELM.replace("rocketmq-demo-broker-0", "rocketmq-demo-broker-1")
    found = [(f.rule, f.value) for f in pair_findings(ZH_HELM, "zh", drifted, "en") if f.severity != "info"]
    assert found == [("XL703", "code:rocketmq-demo-broker-0")]


# docs7/rocketmq/quickstart-docker-en: ```code names no language; its `#` lines are comments.
ZH_CODE = "# 启动\n\n```code\n# 配置 Broker 的 IP 地址\necho \"brokerIP1=127.0.0.1\" > broker.conf\n```\n"
EN_CODE = "# Start\n\n```code\n# Configure the broker's IP address\necho \"brokerIP1=127.0.0.1\" > broker.conf\n```\n"


def test_a_code_info_string_reads_comments():
    assert loud_texts(ZH_CODE, "zh", EN_CODE, "en") == []
    drifted = EN_CODE.replace("broker.conf", "broker.cnf")
    assert any(rule == "XL703" for rule, _ in loud_texts(ZH_CODE, "zh", drifted, "en"))


# docs7/rocketmq/consumergroup-v5-en and how-to-contribute-en: one page linked relative to
# the page, through its folder, or from the site's root without its .md.
ZH_LINKS = ("# 消费者分组\n\n* 订阅关系：详细信息，请参见[订阅关系（Subscription）](./09subscription.md)。\n\n"
            "* 请遵循 [code-guidelines](/docs/contributionGuide/02code-guidelines) 中的编码规范。\n")
EN_LINKS = ("# Consumer group\n\n* Subscription: For more information, see "
            "[Subscriptions](../03-domainModel/09subscription.md).\n\n"
            "* Follow the [code-guidelines](./02code-guidelines.md).\n")


def test_one_page_linked_from_another_folder_depth_is_no_drift():
    assert loud_texts(ZH_LINKS, "zh", EN_LINKS, "en") == []


def test_another_page_through_a_folder_stays_reported():
    drifted = EN_LINKS.replace("09subscription.md", "10subscription.md").replace("02code-guidelines.md",
                                                                                 "03code-guidelines.md")
    found = [(f.rule, f.value) for f in pair_findings(ZH_LINKS, "zh", drifted, "en") if f.severity != "info"]
    assert [rule for rule, _ in found] == ["XL602", "XL602"]


# docs7/rocketmq/autofailover-v5-en: the zh source numbers two paragraphs "（1）" and "（2）",
# the en translation writes a list.
ZH_STEPS = ("## 升级注意事项\n\n针对 Broker 升级，分为两种情况：\n\n（1）Master-Slave 部署升级成 Controller 切换架构\n\n"
            "可以带数据进行原地升级。\n\n（2）原 DLedger 模式升级到 Controller 切换架构\n")
EN_STEPS = ("## Upgrade notes\n\nThere are two cases for Broker upgrades:\n\n"
            "1. Master-Slave deployment is upgraded to controller switching architecture\n\n"
            "   In-place upgrade with data is possible.\n\n"
            "2. Upgrade from DLedger mode to Controller switching architecture\n")


def test_numbered_paragraphs_and_a_list_are_one_structure():
    assert loud_texts(ZH_STEPS, "zh", EN_STEPS, "en") == []


def test_a_step_that_lost_its_number_stays_reported():
    drifted = EN_STEPS.replace("2. Upgrade from", "Upgrade from")
    found = [(f.rule, f.value) for f in pair_findings(ZH_STEPS, "zh", drifted, "en") if f.severity != "info"]
    assert ("XL701", "1.") in found


def test_a_word_in_inline_code_written_in_the_singular_by_a_language_without_plurals():
    from tests.conftest import pair_findings

    en = "Stores are made of `state`, `getters` and `actions`.\n"
    zh = "Store 由 `state`、`getter` 和 `action` 组成。\n"
    loud = [(f.rule, f.value) for f in pair_findings(en, "en", zh, "zh", "md", "markdown")
            if f.severity in ("error", "warning")]
    assert loud == []
    de = "Stores bestehen aus `state`, `getter` und `action`.\n"
    assert [f for f in pair_findings(en, "en", de, "de", "md", "markdown") if f.severity == "error"]


def test_a_literal_that_took_in_the_sentence_comma_is_a_changed_literal():
    # docs13 (Chaos Mesh) labels the source's `true,` against the translation's `true`, and
    # docs46 (StreamPark) `access_token=.` against `access_token=`: the literal a reader
    # copies differs (round 81; earlier rounds held the two the same).
    from tests.conftest import pair_findings

    en = "If this parameter is set to `true,` the file is deleted.\n"
    zh = "如果此参数为 `true`，则删除文件。\n"
    found = [(f.rule, f.value, f.locations[1].line) for f in pair_findings(en, "en", zh, "zh")
             if f.severity == "error"]
    assert found == [("XL702", "`true,`", 1)]
    es = "Llama a `defineStore(),` y luego úsalo.\n"
    assert [f.value for f in pair_findings("Call `defineStore()`, then use it.\n", "en", es, "es")
            if f.rule == "XL702"] == ["`defineStore()`"]


def test_a_literal_kept_before_the_sentence_comma_is_no_drift():
    en = "If this parameter is set to `true`, the file is deleted.\n"
    zh = "如果此参数为 `true`，则删除文件。\n"
    from tests.conftest import pair_findings

    assert [f for f in pair_findings(en, "en", zh, "zh") if f.severity == "error"] == []
