"""Round 8 on documentation (tuning data docs7): excerpts of the Apache RocketMQ website
(Apache-2.0) and of the Pinia docs (MIT), attribution in fixtures/SOURCES.md, each with a
drifted twin that stays reported."""

from __future__ import annotations

from conftest import loud_texts, pair_findings

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
