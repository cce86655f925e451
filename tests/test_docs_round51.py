"""Round 51 on documentation: code listings and code literals compared as code (tuning data
docs33, docs34 and docs35, after their held-out scores). Sources: apache/eventmesh-site at
2702ed06 (Apache-2.0), `docs/instruction/07-workflow-demo.md`,
`docs/design-document/02-observability/04-zipkin.md` and
`docs/design-document/03-connect/10-file-connector.md` with their
`i18n/zh/docusaurus-plugin-content-docs/current/` pages; apache/dolphinscheduler at 7e0095dc
(Apache-2.0), `docs/docs/{en,zh}/guide/start/docker.md`, `contribute/join/issue.md` and
`guide/parameter/local.md`; fluid-cloudnative/fluid at a826600a (Apache-2.0),
`docs/{en,zh}/samples/accelerate_pvc.md`. Each excerpt is cut to the listing or lines in
question; the clean twins are the same excerpts with the translation mended, or with the
changes a translator makes (a listing indented by four spaces, comments translated or
shortened, a misspelt comment), written for the test."""

from __future__ import annotations

from tests.conftest import loud_located

WORKFLOW_EN = """Modify the service's runtime configuration file `./configs/workflow.yaml`

```yml
server:
  port: 11012
  name: "EVENTMESH-workflow"
flow:
  queue:
    store: in-memory
  scheduler:
    type: in-line
    interval: 10 # milliseconds
  protocol: meshmessage
```
"""
# The Chinese as the site has it: two spaces of indentation lost on every nested line.
WORKFLOW_ZH = """修改服务运行配置文件 `./configs/workflow.yaml`

```yml
server:
port: 11012
name: "EVENTMESH-workflow"
flow:
queue:
  store: in-memory
scheduler:
  type: in-line
  interval: 10 # milliseconds
protocol: meshmessage
```
"""


def test_a_yaml_key_that_lost_its_indentation_belongs_to_another_section():
    found = loud_located(WORKFLOW_EN, "en", WORKFLOW_ZH, "zh")
    assert [(rule, line) for rule, _, line in found] == [("XL703", 5)]
    assert "server: › port: 11012" in found[0][1]


def test_a_yaml_listing_nested_alike_is_clean_however_wide_its_indentation():
    mended = WORKFLOW_EN.replace("Modify the service's runtime configuration file", "修改服务运行配置文件")
    assert loud_located(WORKFLOW_EN, "en", mended, "zh") == []
    wider = mended.replace("\n    ", "\n        ").replace("\n  ", "\n    ")
    assert loud_located(WORKFLOW_EN, "en", wider, "zh") == []


def test_python_nesting_counts_and_a_listing_without_syntax_of_indentation_does_not():
    en = "```python\nfor item in items:\n    print(item)\nprint(done)\n```\n"
    zh = "```python\nfor item in items:\n    print(item)\n    print(done)\n```\n"
    assert [rule for rule, _, _ in loud_located(en, "en", zh, "zh")] == ["XL703"]
    assert loud_located(en.replace("python", "text"), "en", zh.replace("python", "text"), "zh") == []


DOCKER_EN = """```shell
$ DOLPHINSCHEDULER_VERSION=<version>
$ tar -zxf apache-dolphinscheduler-"${DOLPHINSCHEDULER_VERSION}"-src.tar.gz
# Going to docker-compose's location
# For Mac or Linux users
$ cd apache-dolphinscheduler-"${DOLPHINSCHEDULER_VERSION}"-src/deploy/docker
# For Windows users, you should run command `cd apache-dolphinscheduler-"${DOLPHINSCHEDULER_VERSION}"-src\\deploy\\docker`

# Initialize the database, use profile schema
$ docker-compose --profile schema up -d

# start all dolphinscheduler server, use profile all
$ docker-compose --profile all up -d
```
"""
DOCKER_ZH = """```shell
$ DOLPHINSCHEDULER_VERSION=<version>
$ tar -zxf apache-dolphinscheduler-"${DOLPHINSCHEDULER_VERSION}"-src.tar.gz
# Mac Linux 用户
$ cd apache-dolphinscheduler-"${DOLPHINSCHEDULER_VERSION}"-src/deploy/docker
# Windows 用户, `cd apache-dolphinscheduler-"${DOLPHINSCHEDULER_VERSION}"-src\\deploy\\docker`

# 如果需要初始化或者升级数据库结构，需要指定profile为schema
$ docker-compose --profile schema up -d

# 启动dolphinscheduler所有服务，指定profile为all
$ docker-compose --profile all up -d
```
"""


def test_a_comment_line_naming_the_code_dropped_between_two_commands_is_a_line_dropped():
    found = loud_located(DOCKER_EN, "en", DOCKER_ZH, "zh")
    assert [(rule, value) for rule, value, _ in found] == [("XL703", "code:Going to docker-compose's location")]


def test_comment_lines_translated_one_for_one_are_clean():
    zh = DOCKER_ZH.replace("# Mac Linux 用户", "# 进入 docker-compose 所在目录\n# Mac Linux 用户")
    assert loud_located(DOCKER_EN, "en", zh, "zh") == []


def test_a_dropped_comment_of_prose_alone_is_the_translators_shortening():
    en = DOCKER_EN.replace("# Going to docker-compose's location\n", "# Going to the right folder\n")
    assert loud_located(en, "en", DOCKER_ZH, "zh") == []


TRACE_EN = """```properties
# Trace plugin
eventMesh.server.trace.enabled=true
```

```properties
# Set the maximum batch size to use
eventmesh.trace.max.export.size=512
# Set time between two different exports (TimeUnit=SECONDS)
eventmesh.trace.export.interval=5
```
"""
TRACE_ZH = """```properties
#trace exporter
eventMesh.server.trace.enabled=true
```

```properties
#set the maximum batch size to use
eventmesh.trace.max.export.size=512
#set time between two different exports(TimeUnit=SECONDS)
eventmesh.trace.export.interval=5
```
"""


def test_a_comment_left_in_the_sources_letters_that_says_something_else_changed():
    found = loud_located(TRACE_EN, "en", TRACE_ZH, "zh")
    assert [(rule, value, line) for rule, value, line in found] == [("XL703", "code:Trace plugin", 2)]


def test_a_comment_left_in_the_sources_letters_shortened_or_misspelt_is_clean():
    zh = TRACE_ZH.replace("#trace exporter", "#trace plugin").replace("maximum batch", "maximun batch")
    assert loud_located(TRACE_EN, "en", zh, "zh") == []
    assert loud_located(TRACE_EN, "en", zh.replace("#trace plugin", "# plugin"), "zh") == []
    assert loud_located(TRACE_EN, "en", zh.replace("#trace plugin", "# 追踪插件"), "zh") == []


ISSUE_EN = """Title Format: [`Issue Type`][`Module Name`] `Issue Description`

The `Issue Type` is as follows:

| Issue Type | Description |
| --- | --- |
| Feature | Include expected new features and functions |
"""
ISSUE_ZH = """标题格式：[`Issue 类型`][`模块名`] `Issue 描述`

其中`Issue 类型`如下：

| Issue 类型 | 描述 |
| --- | --- |
| Feature | 包括期望的新功能和新特性 |
"""


def test_a_placeholder_of_a_format_translated_inside_its_code_marks_changed():
    found = loud_located(ISSUE_EN, "en", ISSUE_ZH, "zh")
    assert {(rule, value, line) for rule, value, line in found} >= {
        ("XL702", "`Issue Type`", 1), ("XL702", "`Module Name`", 1), ("XL702", "`Issue Description`", 1),
        ("XL702", "`Issue Type`", 3)}
    assert {rule for rule, _, _ in found} == {"XL702"}


def test_a_format_with_its_placeholders_kept_verbatim_is_clean():
    zh = ISSUE_ZH.replace("`Issue 类型`", "`Issue Type`").replace("`模块名`", "`Module Name`").replace(
        "`Issue 描述`", "`Issue Description`")
    assert loud_located(ISSUE_EN, "en", zh, "zh") == []


def test_a_title_in_code_outside_a_format_is_still_translated_freely():
    en, zh = ISSUE_EN.split("\n\n", 1)[1], ISSUE_ZH.split("\n\n", 1)[1]
    assert loud_located(en, "en", zh, "zh") == []


LOCAL_EN = "- DATE: indicates the DATE of the data type.\n- $[YYYY-MM-DD] : indicates a built-in parameter derived from a user-defined format.\n"
LOCAL_ZH = "- DATE：数据类型，日期\n- $[yyyy-MM-dd]：自定义格式的衍生内置参数\n"


def test_a_time_parameter_written_in_another_case_changed():
    assert loud_located(LOCAL_EN, "en", LOCAL_ZH, "zh") == [("XL702", "$[YYYY-MM-DD]", 2)]
    assert loud_located(LOCAL_EN, "en", LOCAL_ZH.replace("yyyy-MM-dd", "YYYY-MM-DD"), "zh") == []


CONNECTOR_EN = "1. Start your EventMesh Runtime.\n2. Enable sinkConnector and check `source-config.yml`.\n"
CONNECTOR_ZH = "1. 启动你的 EventMesh Runtime。\n2. 启用 sourceConnector 并检查 `source-config.yml`。\n"


def test_an_identifier_in_camel_case_in_prose_is_compared_as_written():
    found = loud_located(CONNECTOR_EN, "en", CONNECTOR_ZH, "zh")
    assert {value for _, value, _ in found} == {"sinkConnector", "sourceConnector"}
    assert loud_located(CONNECTOR_EN, "en", CONNECTOR_ZH.replace("sourceConnector", "sinkConnector"), "zh") == []


PVC_EN = "## Test scenario: ResNet50 model training\n\n- Machine： V100 x8\n- NFS Server：38037492dc-pol25.cn-shanghai.nas.aliyuncs.com\n"
PVC_ZH = "## 测试场景：ResNet50 模型训练\n\n- 测试机型： V100 x8\n- 容量型nfs\n"


def test_a_host_name_replaced_by_words_is_missing():
    # reported at the item that replaced it (round 56: the item of the same rank)
    assert loud_located(PVC_EN, "en", PVC_ZH, "zh") == [
        ("XL301", "38037492dc-pol25.cn-shanghai.nas.aliyuncs.com", 4)]
    zh = PVC_ZH.replace("容量型nfs", "NFS 服务器：38037492dc-pol25.cn-shanghai.nas.aliyuncs.com")
    assert loud_located(PVC_EN, "en", zh, "zh") == []


# volcano-sh/website@0ef50ca7 (Apache-2.0, as in heldout/docs16),
# `docs/GettingStarted/Installation.md` and its `i18n/zh-Hans/docusaurus-plugin-content-docs/current/`
# page, the block verifying the components: the English shows the
# command behind a root shell's prompt (`# kubectl …`), the Chinese without it.
VOLCANO_EN = """## Verify status of Volcano components.

```shell
# kubectl get all -n volcano-system
NAME                                       READY   STATUS      RESTARTS   AGE
pod/volcano-admission-5bd5756f79-p89tx     1/1     Running     0          6m10s
pod/volcano-admission-init-d4dns           0/1     Completed   0          6m10s
pod/volcano-controllers-687948d9c8-bd28m   1/1     Running     0          6m10s
pod/volcano-scheduler-94998fc64-9df5g      1/1     Running     0          6m10s


NAME                                TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE
service/volcano-admission-service   ClusterIP   10.96.140.22   <none>        443/TCP   6m10s


NAME                                  READY   UP-TO-DATE   AVAILABLE   AGE
deployment.apps/volcano-admission     1/1     1            1           6m10s
deployment.apps/volcano-controllers   1/1     1            1           6m10s
deployment.apps/volcano-scheduler     1/1     1            1           6m10s

NAME                                             DESIRED   CURRENT   READY   AGE
replicaset.apps/volcano-admission-5bd5756f79     1         1         1       6m10s
replicaset.apps/volcano-controllers-687948d9c8   1         1         1       6m10s
replicaset.apps/volcano-scheduler-94998fc64      1         1         1       6m10s



NAME                               COMPLETIONS   DURATION   AGE
job.batch/volcano-admission-init   1/1           28s        6m10s

```
"""
VOLCANO_ZH = VOLCANO_EN.replace("## Verify status of Volcano components.", "## 验证 Volcano 组件的状态").replace(
    "# kubectl get all", "kubectl get all")


def test_a_command_behind_a_root_prompt_written_without_it_is_not_a_dropped_comment():
    assert loud_located(VOLCANO_EN, "en", VOLCANO_ZH, "zh") == []


def test_another_command_than_the_root_prompts_is_still_a_changed_line():
    other = VOLCANO_ZH.replace("kubectl get all -n volcano-system", "kubectl get all -n kube-system")
    found = loud_located(VOLCANO_EN, "en", other, "zh")
    assert [(rule, value, line) for rule, value, line in found] == [
        ("XL703", "code:kubectl get all -n kube-system", 4)]


def test_a_root_prompt_only_the_translation_keeps_turns_the_sources_command_into_a_comment():
    # the other way round (KubeEdge's keadm page, docs22, labels it): the source removed the
    # prompt, the translation still shows `# keadm init …`, a comment when copied
    source = VOLCANO_ZH.replace("## 验证 Volcano 组件的状态", "## Verify status of Volcano components.")
    translation = VOLCANO_EN.replace("## Verify status of Volcano components.", "## 验证 Volcano 组件的状态")
    found = loud_located(source, "en", translation, "zh")
    assert ("XL703", "code:kubectl get all -n volcano-system") in [(rule, value) for rule, value, _ in found]


def test_commented_out_code_is_no_root_prompt():
    # apache/incubator-hugegraph-doc@0d3b632c (Apache-2.0), the Go client page of the committed
    # heldout/docs8/hugegraph pair: both versions comment out `// if err != nil {` … `// }`
    # above code that closes its own blocks with `}`; a comment is a root prompt only behind #
    from pathlib import Path
    folder = Path(__file__).resolve().parent.parent / "fixtures/heldout/docs8/hugegraph"
    en, zh = ((folder / f"client-go-en.{lang}.md").read_text(encoding="utf-8") for lang in ("en", "zh"))
    assert [value for _, value, _ in loud_located(en, "en", zh, "zh") if value.startswith("code:")] == []
