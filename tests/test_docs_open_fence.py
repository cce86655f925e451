"""A code fence the writer forgot to close inside a list item: CommonMark ends the block
with its item, so the prose after it stays prose, and a version that closes the fence
where the other leaves it open is reported at that fence.

Source (fixtures/SOURCES.md): the Dapr documentation in Chinese (dapr-cn/docs, MIT),
``src/content/docs/operations/observability/tracing/datadog.md``
and its ``zh_CN`` translation (held-out set docs55).
"""

from __future__ import annotations

from xlcheck import check, document_from_text
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


def test_the_translation_that_closes_the_fences_is_reported_at_each_closing_fence_only():
    assert loud(EN, ZH_CLOSED) == [("XL701", "fence:close", 5), ("XL701", "fence:close", 12)]


def test_versions_that_leave_the_same_fences_open_agree():
    assert loud(EN, ZH_OPEN) == []
    assert loud(ZH_CLOSED.replace("设置", "Set"), ZH_CLOSED) == []
