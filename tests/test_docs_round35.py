"""Round 35 on documentation (tuning data: inline code a translation writes plain in another
case): a word of code capitalised in a Chinese sentence, in the manner of the OpenYurt and
OpenKruise pages in English and Chinese (no licence stated, so the passages are our own
words), and the clean cases it must leave alone, quoted from the Hexo "Writing" page (MIT) and
the Ionic CLI configuration page (Apache-2.0); sources in fixtures/SOURCES.md, each with its
clean twin."""

from __future__ import annotations

from tests.conftest import loud_located

# In the manner of OpenYurt's YurtHub page: the node agent named as code twice; the Chinese
# writes it as the name Kubelet.
YURTHUB_EN = """\
# YurtHub

`YurtHub` keeps a local cache so that `kubelet` and pods still get their resources offline.

When the network is back, requests from `kubelet` go to the cloud again.
"""
YURTHUB_ZH = """\
# YurtHub

`YurtHub` 在本地缓存资源，使得断网时 Kubelet 以及 Pod 仍能获取所需资源。

网络恢复后，来自 `kubelet` 的请求会重新发往云端。
"""


def test_a_binary_named_as_code_written_capitalised_is_code_marks_dropped():
    assert loud_located(YURTHUB_EN, "en", YURTHUB_ZH, "zh") == [("XL705", "`kubelet`", 3)]


def test_the_binary_kept_in_code_marks_is_clean():
    faithful = YURTHUB_ZH.replace("断网时 Kubelet", "断网时 `kubelet`")
    assert loud_located(YURTHUB_EN, "en", faithful, "zh") == []


# In the manner of OpenKruise's ResourceDistribution page: the `status` field, which the
# page's YAML also holds as a key; the Chinese writes it Status.
DISTRIBUTION_EN = """\
First, the `status` records how many target namespaces the resource was sent to.

```yaml
status:
  desired: 3
```
"""
DISTRIBUTION_ZH = """\
首先，Status记录了资源分发到的目标命名空间数量：

```yaml
status:
  desired: 3
```
"""


def test_a_field_written_capitalised_is_code_marks_dropped():
    assert loud_located(DISTRIBUTION_EN, "en", DISTRIBUTION_ZH, "zh") == [("XL705", "`status`", 1)]


def test_the_field_kept_in_code_marks_is_clean():
    faithful = DISTRIBUTION_ZH.replace("Status记录了", "`status` 记录了")
    assert loud_located(DISTRIBUTION_EN, "en", faithful, "zh") == []


# Hexo's "Writing" page: `markdown`, a format the page has in code this once, is the name
# Markdown in Chinese.
HEXO_EN = """\
For example, Hexo has `hexo-renderer-marked` and `hexo-renderer-ejs` installed by default, so you can write your posts in `markdown` or in `ejs`.
"""
HEXO_ZH = """\
例如，Hexo 默认安装了 `hexo-renderer-marked` 和 `hexo-renderer-ejs`，因此你不仅可以用 Markdown 写作，你还可以用 EJS 写作。
"""


def test_a_format_named_in_code_once_and_capitalised_is_clean():
    assert loud_located(HEXO_EN, "en", HEXO_ZH, "zh") == []


def test_the_format_dropped_is_still_reported():
    drifted = HEXO_ZH.replace("用 Markdown 写作，你还可以", "")
    assert ("XL701", "`markdown`") in [(rule, value) for rule, value, _ in loud_located(HEXO_EN, "en", drifted, "zh")]


# Ionic's CLI configuration page: the `hooks` key, which the page's prose also names as its
# section Hooks, written Hooks in Japanese.
IONIC_EN = """\
## Hooks

Hooks can also be defined in `ionic.config.json`. Define a `hooks` object within the project.

```json
"hooks": {
  "build:before": "./scripts/build-before.js"
},
```
"""
IONIC_JA = """\
## Hooks

Hooks は `ionic.config.json` で定義することもできます。プロジェクト内で Hooks オブジェクトを定義します。

```json
"hooks": {
  "build:before": "./scripts/build-before.js"
},
```
"""


def test_a_key_the_source_prose_capitalises_is_clean():
    assert loud_located(IONIC_EN, "en", IONIC_JA, "ja") == []


def test_the_key_in_a_page_without_that_name_is_code_marks_dropped():
    # the same page without its section name and the prose that capitalises it
    source = IONIC_EN.replace("## Hooks\n\nHooks can also", "They can also")
    translation = IONIC_JA.replace("## Hooks\n\nHooks は", "フックは")
    assert loud_located(source, "en", translation, "ja") == [("XL705", "`hooks`", 1)]


# In the manner of OpenYurt's YurtHub flags page: the component in Camel case, named as code
# in each flag's description; the Chinese writes it yurthub, lower-cased.
FLAGS_EN = """\
Whether pods connect to kube-apiserver through `YurtHub`.

Whether `YurtHub` lists and watches node pools.
"""
FLAGS_ZH = """\
Pod 是否通过 `YurtHub` 连接 kube-apiserver。

yurthub是否需要list/watch节点池资源。
"""


def test_a_component_in_camel_case_lower_cased_is_code_marks_dropped():
    assert loud_located(FLAGS_EN, "en", FLAGS_ZH, "zh") == [("XL705", "`YurtHub`", 3)]


def test_the_component_kept_in_code_marks_is_clean():
    faithful = FLAGS_ZH.replace("yurthub是否", "`YurtHub` 是否")
    assert loud_located(FLAGS_EN, "en", faithful, "zh") == []


# Volcano's scheduler overview: a state of one capital, `Ready`, lower-cased in Chinese.
GANG_EN = """\
The gang plugin considers that tasks not in the `Ready` state (including Binding, Bound, Running, Allocated, Succeed, and Pipelined) have a higher priority.
"""
GANG_ZH = """\
gang plugin认为未处于ready状态（包括Binding、Bound、Running、Allocated、Succeed、Pipelined）的任务具有更高的优先级。
"""


def test_a_state_of_one_capital_lower_cased_is_clean():
    assert loud_located(GANG_EN, "en", GANG_ZH, "zh") == []
