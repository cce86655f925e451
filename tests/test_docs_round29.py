"""Round 29 on documentation (tuning data docs27): passages in the manner of the OpenKruise
documentation in English and Chinese (Docusaurus MDX; the site states no licence, so these are
short passages of our own words and values written the way its pages are) and entries of the
Japanese Django catalogues; sources in fixtures/SOURCES.md, each with its clean twin."""

from __future__ import annotations

from tests.conftest import loud_catalogue, loud_located


def rules(a: str, b: str, lang_b: str = "zh") -> list[str]:
    return [rule for rule, _, _ in loud_located(a, "en", b, lang_b)]


# An image in Markdown, its alt text written later in English; the Chinese page shows it with
# an <img> tag centred and no alt text, its file reached from the site's static folder.
IMAGE_EN = """\
Check the status after the first batch:

![Rollout status with 1 of 4 pods upgraded](../../static/img/rollouts/first-batch.jpg)

Approve the next batch.
"""
IMAGE_ZH = """\
检查第一批发布后的状态：

<center><img src={require('/static/img/rollouts/first-batch.jpg').default} width="90%" /></center>

批准下一批发布。
"""


def test_an_image_written_as_a_centred_img_tag_is_clean():
    assert rules(IMAGE_EN, IMAGE_ZH) == []


def test_a_number_of_the_alt_text_is_compared_when_the_img_tag_has_one():
    described = IMAGE_ZH.replace("width=", 'alt="发布状态：5 个 Pod 中 1 个已升级" width=')
    assert "XL101" in rules(IMAGE_EN, described)


def test_another_image_in_the_img_tag_is_reported():
    other = IMAGE_ZH.replace("first-batch.jpg", "second-batch.jpg")
    assert rules(IMAGE_EN, other) != []


def test_an_image_dropped_is_reported():
    dropped = IMAGE_ZH.replace(IMAGE_ZH.split("\n\n")[1], "<center></center>")
    assert rules(IMAGE_EN, dropped) != []


def test_a_centred_img_tag_in_both_versions_still_compares_its_width():
    img = "<center><img src={require('/static/img/rollouts/first-batch.jpg').default} width=\"90%\" /></center>"
    source = IMAGE_EN.replace(IMAGE_EN.split("\n\n")[1], img)
    assert rules(source, IMAGE_ZH) == []
    assert rules(source, IMAGE_ZH.replace('width="90%"', 'width="50%"')) == ["XL702"]


REQUIRED_EN = """\
The workflow of a custom provider:

<img src={require('../../static/img/rollouts/provider-flow.png').default} />
"""
REQUIRED_ZH = """\
自定义网关的工作流程：

<img src={require('/static/img/rollouts/provider-flow.png').default} />
"""


def test_a_required_image_reached_from_the_sites_root_is_clean():
    assert rules(REQUIRED_EN, REQUIRED_ZH) == []
    assert rules(REQUIRED_EN, REQUIRED_ZH.replace("/static/img", "@site/static/img")) == []


def test_another_required_image_is_reported():
    assert rules(REQUIRED_EN, REQUIRED_ZH.replace("provider-flow", "provider-steps")) == ["XL702"]


STATIC_EN = "The server is deleted when the pod is gone:\n\n![grace](../../static/img/game/gs-lifecycle-2.png)\n"
STATIC_ZH = "pod 被删除时游戏服也被删除：\n\n![grace](/img/game/gs-lifecycle-2.png)\n"


def test_a_static_image_linked_from_the_sites_root_is_clean():
    assert rules(STATIC_EN, STATIC_ZH) == []


def test_another_static_image_is_reported():
    assert rules(STATIC_EN, STATIC_ZH.replace("gs-lifecycle-2", "gs-lifecycle-3")) == ["XL602"]


# Bold inline code after a comma in Chinese: the second ** closes the first's emphasis.
BOLD_EN = """\
The **`resource`** field describes the resource to distribute, and **`targets`** the namespaces.
"""
BOLD_ZH = """\
其中 **`resource`** 字段用于描述所要分发的资源，**`targets`** 字段用于描述目标命名空间。
"""


def test_bold_code_after_chinese_punctuation_is_clean():
    assert rules(BOLD_EN, BOLD_ZH) == []


def test_emphasis_broken_by_a_space_is_still_reported():
    broken = BOLD_ZH.replace("其中 **`resource`**", "其中 ** 资源 **")
    assert "XL701" in rules(BOLD_EN.replace("**`resource`**", "**resource**"), broken)


# A list written loose in English (an item a paragraph) and tight in Chinese, each after a
# lead-in: the second one's lead-in in bold on a line of its own.
LISTS_EN = """\
## Targets

The **`targets`** field supports three rules: `allNamespaces`, `includedNamespaces` and `excludedNamespaces`:

- `allNamespaces`: match every namespace if `true`;

- `includedNamespaces`: match the namespaces by name;

- `excludedNamespaces`: leave out the namespaces named;

**How the target namespaces are worked out:**

1. Start from an empty set *T*;

2. Add every namespace if `allNamespaces=true`;

3. Add the namespaces in `includedNamespaces`;

4. Remove the namespaces in `excludedNamespaces`;

The `kube-system` namespace is always left out.
"""
LISTS_ZH = """\
## 目标

**`targets`** 字段支持三种规则：`allNamespaces`、`includedNamespaces` 以及 `excludedNamespaces`：
- `allNamespaces`：如果为 `true`，则匹配所有命名空间；
- `includedNamespaces`：通过名字匹配命名空间；
- `excludedNamespaces`：排除所列的命名空间；

**目标命名空间的计算规则：**
1. 初始化空集合 *T*；
2. 如果设置了 `allNamespaces=true`，则加入所有命名空间；
3. 加入 `includedNamespaces` 中的命名空间；
4. 从 *T* 中剔除 `excludedNamespaces` 中的命名空间；

`kube-system` 命名空间总是被排除。
"""


def test_loose_lists_written_tight_after_their_lead_ins_are_clean():
    assert rules(LISTS_EN, LISTS_ZH) == []


def test_an_item_dropped_from_the_tight_list_is_reported():
    dropped = LISTS_ZH.replace("- `includedNamespaces`：通过名字匹配命名空间；\n", "")
    assert rules(LISTS_EN, dropped) != []


def test_a_step_dropped_from_the_tight_list_is_reported():
    dropped = LISTS_ZH.replace("3. 加入 `includedNamespaces` 中的命名空间；\n4.", "3.")
    assert rules(LISTS_EN, dropped) != []


# A YAML example whose comments, written right after the values, are translated.
YAML_EN = """\
Deploy the game servers:

```yaml
spec:
  template:
    spec:
      hostIPC: true #When set, the Pod shares the IPC namespace of the host.
      nodeSelector:
        app: shared-mem #Select the nodes by labels.
```
"""
YAML_ZH = """\
部署游戏服：

```yaml
spec:
  template:
    spec:
      hostIPC: true #设置后，Pod 将使用宿主机的 IPC 命名空间
      nodeSelector:
        app: shared-mem #通过标签选择节点
```
"""


def test_yaml_comments_after_values_translated_are_clean():
    assert rules(YAML_EN, YAML_ZH) == []


def test_a_value_changed_before_a_translated_comment_is_reported():
    assert rules(YAML_EN, YAML_ZH.replace("hostIPC: true", "hostIPC: false")) == ["XL703"]


# A comment in a JSON example naming a field in the singular; the translation, in the plural.
STATUS_EN = """\
```json
{
  "containerBatchesRecord":[
    {"timestamp":"2022-03-22T09:06:55Z","containers":["sidecar"]}  // the batch updated (its images in pod.spec.container)
  ]
}
```
"""
STATUS_ZH = STATUS_EN.replace(
    "the batch updated (its images in pod.spec.container)", "已更新的批次（即 pod.spec.containers 中的镜像）"
)


def test_a_field_named_in_the_plural_in_a_translated_comment_is_clean():
    assert rules(STATUS_EN, STATUS_ZH) == []


def test_another_field_named_in_a_translated_comment_is_reported():
    assert rules(STATUS_EN, STATUS_ZH.replace("pod.spec.containers", "pod.spec.volumes")) != []


# A C++ example whose translation names the file in a comment atop the block.
CPP_EN = """\
```cpp
#include <sys/shm.h>
int main() { return 0; }
```
"""
CPP_ZH = CPP_EN.replace("```cpp\n", "```cpp\n/* writer.cpp 写端代码 */\n")


def test_a_file_named_atop_the_block_by_the_translation_is_clean():
    assert rules(CPP_EN, CPP_ZH) == []


def test_a_file_named_further_down_by_the_translation_is_reported():
    below = CPP_EN.replace("int main()", "/* 见 writer.cpp */\nint main()")
    assert rules(CPP_EN, below) == ["XL703"]


# A code span of two paths joined by a word the translation translates.
SPANS_EN = """\
- `steps[x].matches[i] and steps[x].matches[j]` have an **Or** relationship.
"""
SPANS_ZH = """\
- `steps[x].matches[i]和steps[x].matches[j]`之间具有**或**关系。
"""


def test_words_in_code_spans_translated_are_clean():
    assert rules(SPANS_EN, SPANS_ZH) == []


def test_a_path_changed_beside_a_translated_word_is_reported():
    changed = SPANS_ZH.replace("steps[x].matches[j]`", "steps[x].headers[j]`")
    assert rules(SPANS_EN, changed) == ["XL702"]


# A version at the end of a sentence; a code in another case.
IMAGE_TAG_EN = "The image stays the updated one: registry.example.com/demo:1.12.2-new.\n"
IMAGE_TAG_ZH = "当前镜像依然是更新后的registry.example.com/demo:1.12.2-new\n"
CASE_EN = "Many gateway providers who provide a k8s CRD API still lack Gateway API support.\n"
CASE_ZH = "即使对于提供了K8s CRD接口的网关提供商，很多也没有提供Gateway API实现。\n"


def test_a_version_before_the_sentences_period_is_clean():
    assert rules(IMAGE_TAG_EN, IMAGE_TAG_ZH) == []


def test_another_version_is_reported():
    assert rules(IMAGE_TAG_EN, IMAGE_TAG_ZH.replace("1.12.2", "1.12.3")) == ["XL302"]


def test_a_code_in_another_case_is_clean():
    assert rules(CASE_EN, CASE_ZH) == []


def test_another_code_is_reported():
    assert rules(CASE_EN, CASE_ZH.replace("K8s", "K3s")) == ["XL301"]


# django/django-docs-translations (ja): topics/db/queries, ref/class-based-views, ref/models.
QUERYSETS = (
    "The :class:`~django.db.models.Manager` is the main source of ``QuerySets`` for a model.",
    ":class:`~django.db.models.Manager` はモデルの ``QuerySet`` の主な取得元になります。",
)
NEXT_YEAR = (
    "``next_year``: A :class:`~datetime.date` object representing the first day of the next year.",
    "``next_year``: 次の年の最初の日を表す :class:`~datetime.date` オブジェクト。",
)
FULL_CLEAN = (
    "Validation is run when you call :meth:`~Model.full_clean`.",
    ":meth:`~Model.full_clean()` を呼び出すとバリデーションが実行されます。",
)


def test_django_entries_in_japanese_are_clean(tmp_path):
    assert loud_catalogue(tmp_path, [QUERYSETS, NEXT_YEAR, FULL_CLEAN], "ja") == []


def test_another_literal_is_reported(tmp_path):
    other = (QUERYSETS[0], QUERYSETS[1].replace("``QuerySet``", "``Manager``"))
    assert [rule for rule, _ in loud_catalogue(tmp_path, [other], "ja")] == ["XL702"]


def test_another_year_is_reported(tmp_path):
    other = (NEXT_YEAR[0], NEXT_YEAR[1].replace("次の年", "今年"))
    assert [rule for rule, _ in loud_catalogue(tmp_path, [other], "ja")] == ["XL201"]


def test_another_method_is_reported(tmp_path):
    other = (FULL_CLEAN[0], FULL_CLEAN[1].replace("full_clean()", "clean()"))
    assert [rule for rule, _ in loud_catalogue(tmp_path, [other], "ja")] == ["XL702"]


# A table of fields whose translation lacks a row the English added (after a Rollout spec's
# notes: each row a field, its type, default and description).
TABLE_EN = """\
| Field | Type | Default | Explanation |
|---|---|---|---|
| `steps[x].traffic` | string | nil | (optional) percent weight of the canary traffic |
| `steps[x].replicas` | integer | nil | (optional) replicas of the canary pods |
| `steps[x].pause` | map | {} | (optional) how long to wait after the step |
| `steps[x].matches` | []object | [] | (optional) the header rules of the step |
"""
TABLE_ZH = """\
| 字段 | 类型 | 默认值 | 说明 |
|---|---|---|---|
| `steps[x].traffic` | 字符串 | nil | （可选）金丝雀流量的百分比 |
| `steps[x].replicas` | 整数 | nil | （可选）金丝雀 Pod 的副本数 |
| `steps[x].pause` | map | {} | （可选）该步骤之后等待的时长 |
| `steps[x].matches` | []对象 | [] | （可选）该步骤的请求头规则 |
"""


def test_a_table_of_fields_translated_is_clean():
    assert rules(TABLE_EN, TABLE_ZH) == []


def test_a_row_the_translation_lacks_is_a_missing_row():
    lacking = TABLE_ZH.replace("| `steps[x].pause` | map | {} | （可选）该步骤之后等待的时长 |\n", "")
    assert loud_located(TABLE_EN, "en", lacking, "zh") == [("XL002", "| `steps[x].pause` | map | {} | (optional)", 5)]
