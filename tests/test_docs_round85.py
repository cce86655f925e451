"""Round 85 on documentation (tuning data docs46 after its held-out score): labels of the
interface in code marks that a Chinese translation gives in its own words (`edit button` /
`编辑`, `Settings` / `设置`, `required` / `必填项`); the words of an address's placeholders
translated inside a code block (`jdbc:mysql://Database IP address:…` /
`jdbc:mysql://数据库IP地址:…`); a step's number opening a comment only the translation has
(`// 1) 接入数据源`); a Markdown link whose text the translation sets in code marks, its
address after it bare. Source: apache/streampark-website@58ab59ba (Apache-2.0; the pages
of `fixtures/heldout/docs46/mdx-streampark-zh`). The twins that change a value are written
for the test."""

from __future__ import annotations

from tests.conftest import loud_located, pair_findings

# alert.md (docs/ and the zh-CN i18n page): modifying and deleting an alert, the WeChat robot's
# settings, the DingTalk robot's note.
ALERT_EN = """## Modify alert configuration:

Click the `edit button` below the corresponding alarm configuration information to modify the corresponding configuration information. click `Submit` to save.

## Delete alert configuration:

Click the `trash can button` below the corresponding alarm configuration information to delete the corresponding configuration information。

Then, Enter robot `WeChat token`, click `Submit`.

1. `WeChat token`：<font color='red'>`required`</font>.It is the default address of the group robot, and intercepts the content after `key=`

:::info DingTalk robot application
Please refer to [DingTalk official documentation](https://open.dingtalk.com/document/group/custom-robot-access) for robot application and configuration
:::
"""
ALERT_ZH = """## 修改报警配置

点击相应报警配置信息的下侧 `编辑` 图标，即为修改相对应的配置信息。同样修改后，点击 `Submit` 进行保存。

## 删除报警配置

点击相应报警配置信息的下侧 `垃圾桶` 图标，即为删除相对应的配置信息。

之后，输入机器人 `WeChat token`，而后点击 `Submit` 保存。

1.   `WeChat token`：<font color='red'>`必填项`</font>。为群机器人默认地址，截取 `key=` 后面内容。

:::info 钉钉群机器人申请
请参考 [钉钉官方文档](https://open.dingtalk.com/document/group/custom-robot-access) 进行机器人申请和配置
:::
"""

# yarn-queue.md: the steps to the Yarn queue page.
QUEUE_EN = """- Locate the `Add New` button of the `Yarn Queue` page as followed steps and the fig.
  - Use the admin user account to login the system with a target team.
  - Click `Settings`.
"""
QUEUE_ZH = """- 定位 `Yarn 队列` 页面的 `添加` 按钮，按照以下步骤和图示操作：
  - 使用管理员用户帐户登录系统，并选择目标团队。
  - 单击 `设置`。
"""


def test_labels_in_code_marks_given_in_the_translations_own_words_are_quiet():
    assert loud_located(ALERT_EN, "en", ALERT_ZH, "zh") == []
    assert loud_located(QUEUE_EN, "en", QUEUE_ZH, "zh") == []


def test_the_labels_are_reported_as_localised():
    rules = {f.value: f.rule for f in pair_findings(ALERT_EN, "en", ALERT_ZH, "zh")}
    assert rules["`edit button`"] == "XL704"
    assert rules["`trash can button`"] == "XL704"
    assert rules["`required`"] == "XL704"  # one word, on a page whose labels are translated


def test_twin_one_phrase_alone_translated_among_code_kept_is_a_changed_literal():
    # (docs34's DolphinScheduler page: `reply all` / `回复所有`, labelled drift)
    alone = ALERT_ZH.replace("`垃圾桶`", "`trash can button`").replace("`必填项`", "`required`")
    assert [(rule, value) for rule, value, _ in loud_located(ALERT_EN, "en", alone, "zh")] == [
        ("XL702", "`edit button`")]


def test_twin_one_word_alone_translated_is_a_changed_literal():
    # the page's one phrase kept: `Settings` / `设置` alone, though the source clicks it
    kept = QUEUE_ZH.replace("`添加`", "`Add New`")
    assert loud_located(QUEUE_EN, "en", kept, "zh") == [("XL702", "`Settings`", 3)]


def test_twin_a_label_replaced_by_other_code_is_still_a_changed_literal():
    changed = ALERT_ZH.replace("`编辑`", "`edit_icon`")
    assert ("XL702", "`edit button`", 3) in loud_located(ALERT_EN, "en", changed, "zh")


def test_twin_one_word_of_an_api_translated_is_still_a_changed_literal():
    # no label clicked, and no phrase of the page's labels translated: a value of the API
    en = "Clean up finished Jobs (either `Complete` or `Failed`) automatically.\n"
    zh = "自动清理已完成的 Job（`完成` 或 `失败`）。\n"
    assert [rule for rule, _, _ in loud_located(en, "en", zh, "zh")] == ["XL702", "XL702"]


def test_a_link_whose_text_is_set_in_code_marks_before_its_bare_address_is_reported():
    broken = ALERT_ZH.replace("[钉钉官方文档](https://open.dingtalk.com/document/group/custom-robot-access)",
                              "`钉钉官方文档` https://open.dingtalk.com/document/group/custom-robot-access")
    found = loud_located(ALERT_EN, "en", broken, "zh")
    assert [(rule, line) for rule, _, line in found] == [("XL701", 14)]
    assert found[0][1] == "[…] (…)"  # a link broken, as one broken by a space is


def test_twin_a_source_link_broken_alike_is_quiet():
    # the source's own link broken by a space ([WeChat official] (…)), the translation's by code marks
    en = ("Please refer to the [WeChat official] (https://developer.work.weixin.qq.com/document/path/91770) "
          "for robot application and configuration\n")
    zh = "请参考 `企业微信官方文档` https://developer.work.weixin.qq.com/document/path/91770 进行机器人申请和配置\n"
    assert loud_located(en, "en", zh, "zh") == []


# platform-build.md: the database settings and the address to check the installation.
PLATFORM_EN = """```bash
spring:
  datasource:
    username: Database username
    url: jdbc:mysql://Database IP address:Database port number/streampark?useSSL=false&useUnicode=true
```

```bash
# If the page opens normally, it indicates a successful deployment.
http://Deployed streampark service IP or domain:10000/
admin/streampark
```
"""
PLATFORM_ZH = """```bash
spring:
  datasource:
    username: 数据库用户名
    url: jdbc:mysql://数据库IP地址:数据库端口号/streampark?useSSL=false&useUnicode=true
```

```bash
# 页面正常打开，则说明部署成功。
http://部署streampark服务IP或域名:10000/
admin/streampark
```
"""


def test_an_addresss_placeholder_words_translated_are_quiet():
    assert loud_located(PLATFORM_EN, "en", PLATFORM_ZH, "zh") == []


def test_twin_the_address_around_them_changed_is_reported():
    for old, new in (("数据库端口号/streampark", "数据库端口号/streampark_db"), (":10000/", ":8080/")):
        found = loud_located(PLATFORM_EN, "en", PLATFORM_ZH.replace(old, new), "zh")
        assert [rule for rule, _, _ in found] == ["XL703"], old


# clickhouse.md: the example's body, whose comments only the Chinese has.
SINK_EN = """```scala
  override def handle(): Unit = {
    val source = context.addSource(new TestSource)
     ClickHouseSink().syncSink[TestEntity](source)(x => {
         s"(${x.userId},${x.siteId})"
     }).setParallelism(1)
  }
```
"""
SINK_ZH = """```scala
  override def handle(): Unit = {
    // 1) 接入数据源
    val source = context.addSource(new TestSource)

    // 2) 写出数据
     ClickHouseSink().syncSink[TestEntity](source)(x => {
         s"(${x.userId},${x.siteId})"
     }).setParallelism(1)
  }
```
"""


def test_a_steps_number_opening_an_added_comment_is_quiet():
    assert loud_located(SINK_EN, "en", SINK_ZH, "zh") == []


def test_twin_an_added_comment_holding_a_number_is_reported():
    found = loud_located(SINK_EN, "en", SINK_ZH.replace("// 1) 接入数据源", "// 接入 3 个数据源"), "zh")
    assert [(rule, line) for rule, _, line in found] == [("XL703", 3)]


def test_twin_terms_no_control_names_translated_are_changed_literals():
    # (docs34's unit-test page: `method` / `方法`, `bad code` / `臭代码`, labelled drift; written for the test)
    en = "When you find a `method` hard to test and it turns out to be `bad code`, refactor it.\n"
    zh = "当你发现一个`方法`很难测试，并且它是`臭代码`时，重构它。\n"
    assert [(rule, value) for rule, value, _ in loud_located(en, "en", zh, "zh")] == [
        ("XL702", "`bad code`"), ("XL702", "`method`")]
