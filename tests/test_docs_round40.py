"""Round 40 on documentation (tuning data docs33, after its held-out score): the Fluid
documentation in Chinese. Source: fluid-cloudnative/fluid `docs/en/…` and `docs/zh/…` at
a826600a (Apache-2.0), cut: `samples/data_warmup.md`, `samples/tieredstore_config.md`,
`samples/dataset_sharedOptions.md`, `core-concepts/introduction.md`,
`core-concepts/concepts.md`, `operation/monitoring.md`."""

from __future__ import annotations

from tests.conftest import loud_located
from xlcheck.align import Profile, _prose_kinds
from xlcheck.compare.literals import _tag_localised
from xlcheck.extract.urls import for_readers_of

STEPS_EN = """**Check the Dataset and AlluxioRuntime objects to be created**

```yaml
apiVersion: data.fluid.io/v1alpha1
kind: Dataset
```

**Wait for the Dataset and AlluxioRuntime to be ready**

You can check their status by running:

```
kubectl get datasets spark
```
"""
STEPS_ZH = """**配置待创建的Dataset和Runtime对象**

```yaml
apiVersion: data.fluid.io/v1alpha1
kind: Dataset
```

**等待Dataset和Runtime准备就绪**

```
kubectl get datasets spark
```
"""


def test_a_type_named_by_its_head_and_a_lead_in_to_a_command_are_clean():
    # "AlluxioRuntime" / "Runtime" (XL401 twice), "You can check their status by
    # running:" left out before the command it announces (XL002).
    assert loud_located(STEPS_EN, "en", STEPS_ZH, "zh") == []


def test_a_type_the_translation_names_otherwise_is_still_reported():
    other = STEPS_ZH.replace("配置待创建的Dataset和Runtime对象", "配置待创建的Dataset和JuiceFSRuntime对象")
    assert ("XL401", "AlluxioRuntime", 1) in loud_located(STEPS_EN, "en", other, "zh")


def test_a_lead_in_that_says_what_the_command_does_is_still_reported():
    instruction = STEPS_EN.replace("You can check their status by running:", "Create the propagation policy for it:")
    assert [rule for rule, _, _ in loud_located(instruction, "en", STEPS_ZH, "zh")] == ["XL002"]


OPTIONS_EN = """# DEMO - Use SharedOptions in Dataset

CacheRuntime implements cache acceleration, including JindoFS which accelerates OSS, and GooseFS which supports COS.
"""
OPTIONS_ZH = """# 示例 - Dataset公共option使用

CacheRuntime实现缓存加速，阿里云JindoFSRuntime加速OSS，腾讯云GooseFSRuntime支持COS。
"""


def test_a_name_inside_a_types_name_and_a_types_head_kept_in_latin_letters_are_clean():
    assert loud_located(OPTIONS_EN, "en", OPTIONS_ZH, "zh") == []


def test_a_name_glued_to_another_word_than_a_types_is_still_missing():
    dropped = OPTIONS_ZH.replace("腾讯云GooseFSRuntime", "腾讯云Runtime")
    assert ("XL401", "GooseFS", 3) in loud_located(OPTIONS_EN, "en", dropped, "zh")


QUOTA_EN = """Take the yaml above as an example, with `quota` setting to "4Gi", each directory in `path` will have "2Gi".
"""
QUOTA_ZH = """以上述yaml配置为例进行说明:`quota`被设置为了"4Gi",那么`path`中设置的两个目录均会获得最大"2Gi"的缓存容量.
"""


def test_inline_code_after_a_colon_of_chinese_text_is_read():
    # `(?<![`:])` took the closing tick of `quota` for an opening one: XL702 `path` /
    # `被设置为了"4Gi",那么`.
    assert loud_located(QUOTA_EN, "en", QUOTA_ZH, "zh") == []
    assert [(rule, value) for rule, value, _ in loud_located(QUOTA_EN, "en", QUOTA_ZH.replace("`path`", "`dirs`"), "zh")] \
        == [("XL702", "`path`")]


def test_a_picture_named_for_each_language_is_the_same_picture():
    en = '<img src="../../../static/concepts/perspective_en.png" title="perspective" height="60%" width="60%" alt="">'
    assert _tag_localised(en, en.replace("_en.png", "_cn.png"))
    assert not _tag_localised(en, en.replace("perspective_en.png", "overview.png"))
    assert loud_located(en + "\n", "en", en.replace("_en.png", "_cn.png") + "\n", "zh") == []


def test_a_page_for_the_translations_readers_is_no_link_left_over():
    assert for_readers_of("https://kubernetes.io/zh-cn/docs/concepts/scheduling-eviction/kube-scheduler/", "zh")
    assert not for_readers_of("https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/", "zh")
    en = "We use a mirror site of Apache downloads as an example of remote file.\n"
    zh = "本示例将以Apache镜像站点( e.g. [清华镜像源](https://mirrors.tuna.tsinghua.edu.cn/apache) )上的资源作为远程文件。\n"
    assert loud_located(en, "en", zh, "zh") == []
    stale = zh.replace("https://mirrors.tuna.tsinghua.edu.cn/apache", "https://archive.apache.org/dist")
    assert [rule for rule, _, _ in loud_located(en, "en", stale, "zh")] == ["XL601"]


SECTION_EN = """## Sync metadata before preloading data

By setting `loadMetadata` to true, you can sync metadata before the data preload starts.

## Clean up
"""
SECTION_ZH = """## 数据加载前首先进行元数据同步

通过设置`loadMetadata`为true，可以在数据加载前同步元数据。

### 指定数据加载任务的调度器
支持指定数据加载任务的调度器, 关于kubernetes调度器请参考文档 [Kubernetes 调度器](https://kubernetes.io/zh-cn/docs/concepts/scheduling-eviction/kube-scheduler/)

## 环境清理
"""


def test_a_sections_heading_and_the_text_glued_under_it_are_reported_once():
    assert [(rule, line) for rule, _, line in loud_located(SECTION_EN, "en", SECTION_ZH, "zh")] == [("XL002", 5)]


def test_text_under_a_heading_after_a_blank_line_is_reported_on_its_own():
    apart = SECTION_ZH.replace("调度器\n支持", "调度器\n\n支持")
    assert [(rule, line) for rule, _, line in loud_located(SECTION_EN, "en", apart, "zh")] == [("XL002", 5), ("XL002", 7)]


HEADINGS_EN = """# Deploy Prometheus and Grafana to monitor Fluid applications

## 1. Deploy or configure Prometheus

If there is no Prometheus in your cluster, you can use the following example.

## 2. Configure Grafana

Configure Grafana in the web page.
"""
HEADINGS_ZH = """Table of Contents
=================

### 部署 Prometheus 和 Grafana 监控 Fluid 应用

#### 1. 部署或配置 Prometheus

如果你的集群中没有Prometheus，可以使用以下示例。

#### 2. 配置 Grafana

在网页中配置Grafana。
"""


def test_a_page_demoted_by_two_levels_is_reported():
    levels = {(rule, value) for rule, value, _ in loud_located(HEADINGS_EN, "en", HEADINGS_ZH, "zh")}
    assert {("XL702", "h1"), ("XL702", "h2")} <= levels or {("XL701", "h1"), ("XL701", "h2")} <= levels


def test_a_page_demoted_by_one_level_is_the_sites_layout():
    one = HEADINGS_ZH.replace("Table of Contents\n=================\n\n", "").replace("### ", "## ").replace("#### ", "### ")
    assert loud_located(HEADINGS_EN, "en", one, "zh") == []


NOTE_EN = """```yaml
loadMetadata: true
```

By setting `loadMetadata` to true, you can sync metadata before the data preload starts.

> Notes: Syncing metadata from remote under storage is usually expensive. We do not suggest you enable it if it's not necessary.

## Clean up
"""
NOTE_ZH = """```yaml
loadMetadata: true
```

> 注意：元数据的同步会使整个数据加载过程变长，如非必要，我们不推荐开启该配置项

### 指定数据加载任务的亲和性

支持指定数据加载任务的亲和性, 关于kubernetes节点亲和性请参考文档 [用节点亲和性把 Pods 分配到节点](https://kubernetes.io/zh-cn/docs/tasks/configure-pod-container/assign-pods-nodes-using-node-affinity/)

## 环境清理
"""


def test_a_quoted_note_pairs_with_its_translation_not_with_a_section_only_one_version_has():
    found = [(rule, value) for rule, value, _ in loud_located(NOTE_EN, "en", NOTE_ZH, "zh")]
    assert ("XL701", ">") not in found and ("XL701", "`loadMetadata`") not in found
    assert found.count(("XL002", found[0][1])) >= 1 and {rule for rule, _ in found} == {"XL002"}


TYPO_EN = """A key with the same name is configured in `options` and `'`encryptOptions`, which will cause failure and error.
"""
TYPO_ZH = """这样`options`和 `encryptOptions`中配置了同名的键，会导致失败报错。
"""


def test_a_stray_backtick_of_the_source_is_no_literal_lost():
    assert loud_located(TYPO_EN, "en", TYPO_ZH, "zh") == []
    quoted = "Quote a value with `'` in `options`.\n"
    assert [(rule, value) for rule, value, _ in loud_located(quoted, "en", "在`options`中用引号括起值。\n", "zh")] \
        == [("XL701", "`'`")]


def test_a_title_line_and_its_translation_wrapped_onto_two_lines_are_one_prose():
    # SeaTunnel's canal-json page (apache/seatunnel, Apache-2.0): the English line reads as
    # a plain-text title, the Chinese wraps it onto two lines.
    title = Profile(frozenset(), 60, "heading", "Changelog-Data-Capture Format Format: Serialization Schema")
    wrapped = Profile(frozenset(), 20, "text", "变更数据捕获格式:\n序列化模式、反序列化模式")
    assert _prose_kinds(title, wrapped)
    assert not _prose_kinds(Profile(frozenset(), 20, "heading", "## Format"), wrapped)
