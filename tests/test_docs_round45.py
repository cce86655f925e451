"""Round 45 on documentation (tuning data docs35, after its held-out score, with the
leftovers of docs33 and docs34). Sources: apache/eventmesh-site at 2702ed06 (Apache-2.0),
`docs/design-document/02-observability/04-zipkin.md` and its
`i18n/zh/docusaurus-plugin-content-docs/current/` page, whole (the Chinese is the older
step-by-step page); fluid-cloudnative/fluid at a826600a (Apache-2.0),
`docs/{en,zh}/samples/fuse_affinity.md`, cut to its step titles and the sentence between,
and `docs/{en,zh}/dev/pprof.md`, its first `kubectl get po` listing."""

from __future__ import annotations

from tests.conftest import loud_located, pair_findings

ZIPKIN_EN = """# Collect Trace with Zipkin

## Zipkin

Distributed tracing is a method used to profile and monitor applications built with microservices architecture. Distributed tracing helps pinpoint where failures occur and what causes poor performance.

[Zipkin](https://zipkin.io) is a distributed tracing system that helps collect timing data needed to troubleshoot latency problems in service architectures. EventMesh exposes a collection of trace data that could be collected and analyzed by Zipkin. Please follow [the "Zipkin Quickstart" tutorial](https://zipkin.io/pages/quickstart.html) to download and install the latest release of Zipkin.

## Configuration

To enable the trace exporter of EventMesh Runtime, set the `eventMesh.server.trace.enabled` field in the `conf/eventmesh.properties` file to `true`.

```properties
# Trace plugin
eventMesh.server.trace.enabled=true
eventMesh.trace.plugin=zipkin
```

To customize the behavior of the trace exporter such as timeout or export interval, edit the `exporter.properties` file.

```properties
# Set the maximum batch size to use
eventmesh.trace.max.export.size=512
# Set the queue size. This must be >= the export batch size
eventmesh.trace.max.queue.size=2048
# Set the max amount of time an export can run before getting(TimeUnit=SECONDS)
eventmesh.trace.export.timeout=30
# Set time between two different exports (TimeUnit=SECONDS)
eventmesh.trace.export.interval=5
```

To send the exported trace data to Zipkin, edit the `eventmesh.trace.zipkin.ip` and `eventmesh.trace.zipkin.port` fields in the `conf/zipkin.properties` file to match the configuration of the Zipkin server.

```properties
# Zipkin's IP and Port
eventmesh.trace.zipkin.ip=localhost
eventmesh.trace.zipkin.port=9411
```
"""
ZIPKIN_ZH = """# 通过 Zipkin 观察 Trace

### 1、下载和运行 Zipkin

请参考 https://zipkin.io/pages/quickstart.html

### 2、运行 EventMesh

运行 eventmesh-starter（参考 [eventmesh-runtime-quickstart](../../instruction/03-runtime.md))

运行 eventmesh-example（参考 [eventmesh-sdk-java-quickstart](../../instruction/05-demo.md))

### 3、相关的设置

eventmesh-runtime/conf/eventmesh.properties 中：

默认的 exporter 是 log，需要手动改成 Zipkin

```properties
#trace exporter
eventmesh.trace.exporter.type=Zipkin
```
下面是关于 Zipkin 的各种配置
```properties
#set the maximum batch size to use
eventmesh.trace.exporter.max.export.size=512
#set the queue size. This must be >= the export batch size
eventmesh.trace.exporter.max.queue.size=2048
#set the max amount of time an export can run before getting(TimeUnit=SECONDS)
eventmesh.trace.exporter.export.timeout=30
#set time between two different exports(TimeUnit=SECONDS)
eventmesh.trace.exporter.export.interval=5

#zipkin
eventmesh.trace.export.zipkin.ip=localhost
eventmesh.trace.export.zipkin.port=9411
```

以上都是相关的配置，如果你十分熟悉 Zipkin 的话可以自行修改。

### 4、观察

浏览器打开 `localhost:9411`
"""


def _rules(en: str, zh: str) -> set[tuple[str, int]]:
    return {(f.rule, f.locations[-1].line or 0) for f in pair_findings(en, "en", zh, "zh")}


def test_a_stale_page_that_keeps_its_title_and_listings_is_a_translation():
    found = _rules(ZIPKIN_EN, ZIPKIN_ZH)
    assert not any(rule == "XL001" for rule, _ in found)
    # its drifts are reported where they are: the renamed keys of the listing, the
    # paragraph only the Chinese has, the heading a level lower
    assert {("XL703", 26), ("XL002", 17), ("XL702", 3)} <= found


def test_a_page_on_something_else_with_the_same_listings_is_not():
    other = ZIPKIN_ZH.replace("# 通过 Zipkin 观察 Trace", "# 通过 Prometheus 观察 Metrics")
    assert ("XL001", 0) in _rules(ZIPKIN_EN, other)


def test_a_page_on_the_same_thing_with_other_listings_is_not():
    start, end = ZIPKIN_ZH.index("```properties"), ZIPKIN_ZH.rindex("```") + 3
    other = ZIPKIN_ZH[:start] + "```shell\ndocker run -d -p 9411:9411 openzipkin/zipkin\n```" + ZIPKIN_ZH[end:]
    assert ("XL001", 0) in _rules(ZIPKIN_EN, other)


# Three step titles that set `AlluxioRuntime` in code, and a sentence that names it plain in passing.
FUSE_EN = """**Check the `AlluxioRuntime` object to be created**

In this configuration snippet, use `spec.fuse.nodeSelector` to set AlluxioRuntime to the node just marked with `select-node=true`

**Create `AlluxioRuntime` object **

**Check status of the `AlluxioRuntime` object**
"""
FUSE_ZH = """**检查待创建的AlluxioRuntime资源对象**

该配置文件片段中，通过 `spec.fuse.nodeSelector` 将AlluxioRuntime设置到刚刚被标注`select-node=true`的节点上

**创建AlluxioRuntime资源并查看状态**

**检查AlluxioRuntime状态**
"""


def test_code_of_the_sources_titles_written_plain_in_the_translations_titles_lost_its_marks():
    assert loud_located(FUSE_EN, "en", FUSE_ZH, "zh") == [("XL705", "`AlluxioRuntime`", line) for line in (1, 5, 7)]


def test_code_in_a_title_where_other_titles_write_it_plain_is_the_sources_styling_of_a_name():
    en = FUSE_EN.replace("**Create `AlluxioRuntime` object **", "**Create AlluxioRuntime object **")
    en = en.replace("**Check status of the `AlluxioRuntime` object**", "**Check status of the AlluxioRuntime object**")
    assert loud_located(en, "en", FUSE_ZH, "zh") == []


def test_code_in_one_title_alone_is_styled_as_the_sentences_please():
    en, zh = FUSE_EN.split("\n\n**Create")[0], FUSE_ZH.split("\n\n**创建")[0]
    assert loud_located(en, "en", zh, "zh") == []


# A command's output in columns, every row another pod (the Chinese ran it on another cluster).
PODS_EN = """```shell
$ kubectl get po -n fluid-system
NAME                                         READY   STATUS              RESTARTS   AGE
csi-nodeplugin-fluid-ctc4l                   2/2     Running             0          113s
csi-nodeplugin-fluid-k7cqt                   2/2     Running             0          113s
csi-nodeplugin-fluid-x9dfd                   2/2     Running             0          113s
dataset-controller-57ddd56b54-9vd86          1/1     Running             0          113s
fluid-webhook-84467465f8-t65mr               1/1     Running             0          113s
```
"""
PODS_ZH = """```shell
$ kubectl get pod -n fluid-system
alluxioruntime-controller-5b64fdbbb-84pc6   1/1     Running   0          8h
csi-nodeplugin-fluid-fwgjh                  2/2     Running   0          8h
csi-nodeplugin-fluid-ll8bq                  2/2     Running   0          8h
dataset-controller-5b7848dbbb-n44dj         1/1     Running   0          8h
```
"""


def test_rows_of_a_commands_output_are_compared_row_by_row():
    found = loud_located(PODS_EN, "en", PODS_ZH, "zh")
    assert {rule for rule, _, _ in found} == {"XL703"}
    # each row that changed, was dropped or added, and the command line (po / pod)
    assert len(found) >= 7


def test_the_same_output_in_columns_is_clean():
    assert loud_located(PODS_EN, "en", PODS_EN, "zh") == []


def test_a_stretch_of_commands_rewritten_is_still_one_change():
    en = "```shell\n$ npm install --save-dev vitest\n$ npx vitest run --coverage\n$ npx vitest bench\n```\n"
    zh = "```shell\n$ yarn add -D jest\n$ yarn jest --ci\n```\n"
    assert len(loud_located(en, "en", zh, "zh")) == 1
