"""A code fence the writer forgot to close inside a list item: CommonMark ends the block
with its item, so the prose after it stays prose, and a version that closes the fence
where the other leaves it open is reported at that block.

Source (fixtures/SOURCES.md): the Dapr documentation in Chinese (dapr-cn/docs, MIT),
``src/content/docs/operations/observability/tracing/datadog.md``
and its ``zh_CN`` translation (held-out set docs55).
"""

from __future__ import annotations

from xlcheck import check, document_from_text
from xlcheck.extract import extract_document
from xlcheck.segment import paragraphs

EN = """1. Set up a Dapr configuration file that will turn on tracing.

   ```sh
   kubectl apply -f ./deploy/collector-config.yaml

1. Apply the `appconfig` configuration by adding a `dapr.io/config` annotation to the container.

   ```yml
   annotations:
      dapr.io/config: "appconfig"

1. Create and configure the application. Telemetry data is visible in Datadog APM.

## Related Links/References

* [Datadog Application Performance Monitoring](https://docs.datadoghq.com/tracing/)
"""

ZH_CLOSED = """1. 设置一个 Dapr 配置文件，以启用追踪。

   ```sh
   kubectl apply -f ./deploy/collector-config.yaml
   ```

1. 在您希望参与分布式追踪的容器中添加 `dapr.io/config` 注解，以应用 `appconfig` 配置。

   ```yml
   annotations:
      dapr.io/config: "appconfig"
   ```

1. 创建并配置应用程序。遥测数据可以在 Datadog APM 中查看。

## 相关链接/参考

* [Datadog 应用性能监控](https://docs.datadoghq.com/tracing/)
"""

# The same translation leaving its fences open as the English does.
ZH_OPEN = ZH_CLOSED.replace("   ```\n", "")


def loud(en: str, zh: str) -> list[tuple[str, str, int]]:
    report = check([document_from_text(en, "en", "a.en.md", "markdown"),
                    document_from_text(zh, "zh", "b.zh.md", "markdown")], reference=0)
    return [(f.rule, f.value, f.blamed.line) for f in report.findings if f.severity != "info"]


def test_an_open_fence_in_a_list_item_ends_with_the_item():
    kinds = [(p.kind, p.text.split("\n", 1)[0].strip()) for p in paragraphs(EN, "markdown")]
    assert ("code", "```sh") in kinds
    assert ("list", "1. Apply the `appconfig` configuration by adding a `dapr.io/config` annotation to the container.") in kinds
    assert ("heading", "## Related Links/References") in kinds


def test_an_open_fence_at_the_margin_still_runs_to_the_end():
    text = "Intro.\n\n```sh\nls\n\nAfter.\n"
    kinds = [p.kind for p in paragraphs(text, "markdown")]
    assert kinds == ["text", "code"]


def test_a_fence_one_version_leaves_open_is_reported_at_each_block_only():
    assert loud(EN, ZH_CLOSED) == [("XL701", "fence:open", 3), ("XL701", "fence:open", 9)]


def test_a_fence_written_at_the_margin_in_one_version_and_in_the_item_in_the_other_is_the_same():
    # vuejs/router's navigation guards page: the English indents a closed fence under its
    # item, the Chinese writes it at the margin, closed too.
    en = "1. Pass it:\n\n  ```js\n  next(false)\n  ```\n"
    zh = "1. 传入:\n\n```js\nnext(false)\n```\n"
    assert loud(en, zh) == []


def test_versions_that_leave_the_same_fences_open_agree():
    assert loud(EN, ZH_OPEN) == []
    assert loud(ZH_CLOSED.replace("设置", "Set"), ZH_CLOSED) == []


def test_an_indented_code_block_has_no_fence_to_close():
    # seata's FAQ in Chinese: a note indented under a list item, read as an indented block.
    en = "**A:** \n  1. Dirty data needs to be handled manually.\n\nNote: isolate the data beforehand.\n"
    zh = "**A:** \n  1. 脏数据需手动处理，根据日志提示修正\n\n    注：建议事前做好隔离保证无脏数据\n"
    assert [p.kind for p in paragraphs(zh, "markdown")] == ["text", "code"]
    values = {inv.value for invs in extract_document(document_from_text(zh, "zh", "b.zh.md", "markdown"))
              for inv in invs}
    assert "fence:open" not in values
    assert ("XL701", "fence:open") not in [(rule, value) for rule, value, _ in loud(en, zh)]
