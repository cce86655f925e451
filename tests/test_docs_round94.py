"""Round 94 on documentation (tuning data docs50 and docs49 after their held-out scores): a
code span opened right after a colon (`attributes:`width``); words of a Chinese source
set in code marks that the English translation writes in its own words (`zrender 事件` /
`zrender events`, `[内半径, 外半径]` / `[innerRadius, outerRadius]`); the names and
numbers of translated code comments (`// 维度0  维度1` / `// dim0  dim1`, a term of the
page, `dataItem`, in a comment dropped); a paragraph reworded in place apart from a
trademark's `<sup>`; a paragraph the translation writes as two; a command's placeholder
described in brackets and translated (`xxxx (your GitHub username)` / `xxxx(你的github用户名)`);
bold broken by a space before its closing stars; links told by their anchors.
Sources: apache/echarts-doc@24cf98b1 (Apache-2.0; the pages of
`fixtures/heldout/docs50/md-echarts-en`) and apache/fury-site@58559f7c (Apache-2.0; the
pages of `fixtures/heldout/docs49/mdx-fory-zh`). The twins that change a value are written
for the test."""

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


# rich-text.md: the page's opening (its first 38 lines), the English wording its first paragraph
# its own way.
RICH_ZH = """
{{target: rich-text}}

# 富文本标签

在许多地方（如图、轴的标签等）都可以使用富文本标签。例如：

~[800x400](${galleryViewPath}pie-rich-text&edit=1&reset=1)

~[800x550](${galleryViewPath}treemap-obama&edit=1&reset=1)

~[800x400](${galleryViewPath}bar-rich-text&edit=1&reset=1)

<br>

其他一些例子：
[Map Labels](${galleryEditorPath}map-labels&edit=1&reset=1),
[Pie Labels](${galleryEditorPath}pie-nest&edit=1&reset=1),
[Gauge](${galleryEditorPath}gauge-car&edit=1&reset=1).


<br>


原先 Apache ECharts<sup>TM</sup> 中的文本标签，只能对整块统一进行样式设置，并且仅仅支持颜色和字体的设置，从而导致不易于制作表达能力更强的文字描述信息。

echarts v3.7 以后，支持了富文本标签，能够：

+ 定制文本块整体的样式（如背景、边框、阴影等）、位置、旋转等。
+ 对文本块中个别片段定义样式（如颜色、字体、高宽、背景、阴影等）、对齐方式等。
+ 在文本中使用图片做小图标或者背景。
+ 特定组合以上的规则，可以做出简单表格、分割线等效果。


开始下面的介绍之前，先说明一下下面会使用的两个名词的含义：
+ 文本块（Text Block）：文本标签块整体。
+ 文本片段（Text fragment）：文本标签块中的部分文本。

"""
RICH_EN = """
{{target: rich-text}}

# Rich Text

Rich text can be used in Apache ECharts<sup>TM</sup> labels of series, axis or other components. For example:

~[800x400](${galleryViewPath}pie-rich-text&edit=1&reset=1)

~[800x550](${galleryViewPath}treemap-obama&edit=1&reset=1)

~[800x400](${galleryViewPath}bar-rich-text&edit=1&reset=1)

<br>

More examples:
[Map Labels](${galleryEditorPath}map-labels&edit=1&reset=1),
[Pie Labels](${galleryEditorPath}pie-nest&edit=1&reset=1),
[Gauge](${galleryEditorPath}gauge-car&edit=1&reset=1).


<br>

Before v3.7, the style options was only able to applied to the whole label text block, and only color and font can be configured, which restricted the expressability of text descriptions.

Since v3.7, rich text has been supported:

+ Box styles (background, border, shadow, etc.), rotation, position of a text block can be specified.
+ Styles (color, font, width/height, background, shadow, etc.) and alignment can be customized on fragments of text.
+ Image can be used in text as icon or background.
+ Combine these configurations, some special effects can be made, such as simple table, horizontal rule (hr).


At the beginning, the meanings of two terms that will be used below should be clarified:
+ Text Block: The whole block of label text.
+ Text fragment: Some piece of text in a text block.

For example:
"""


def test_a_paragraph_reworded_in_place_with_a_trademark_added_is_paired():
    # (the second gap, "Before v3.7, …" / "原先 …", is told apart by its version: both still reported)
    assert [(rule, line) for rule, _, line in loud_located(RICH_ZH, "zh", RICH_EN, "en")] == [
        ("XL002", 24), ("XL002", 26)]


def test_twin_a_paragraph_reworded_with_a_value_added_still_reports_the_value():
    valued = RICH_EN.replace("Rich text can be used", "Since v4.2, rich text can be used")
    assert ("XL002", 6) in [(rule, line) for rule, _, line in loud_located(RICH_ZH, "zh", valued, "en")]


# xlang_type_mapping.md: the notes and the table's first rows, and the sections after the table, the
# Chinese writing one paragraph as two.
XLANG_EN = """Note:

- For type definition, see [Type Systems in Spec](../../specification/xlang_serialization_spec.md#type-systems)
- `int16_t[n]/vector<T>` indicates `int16_t[n]/vector<int16_t>`
- The cross-language serialization is not stable, do not use it in your production environment.

## Type Mapping

| Fory Type               | Fory Type ID | Java            | Python                            | Javascript      | C++                            | Golang           | Rust             |
|-------------------------|--------------|-----------------|-----------------------------------|-----------------|--------------------------------|------------------|------------------|
| bool                    | 1            | bool/Boolean    | bool                              | Boolean         | bool                           | bool             | bool             |
| int8                    | 2            | byte/Byte       | int/pyfory.Int8                   | Type.int8()     | int8_t                         | int8             | i8               |
| int16                   | 3            | short/Short     | int/pyfory.Int16                  | Type.int16()    | int16_t                        | int16            | i6               |
| int32                   | 4            | int/Integer     | int/pyfory.Int32                  | Type.int32()    | int32_t                        | int32            | i32              |


## Type info(not implemented currently)

Due to differences between type systems of languages, those types can't be mapped one-to-one between languages.

If the user notices that one type on a language corresponds to multiple types in Fory type systems, for example, `long`
in java has type `int64/varint64/sliint64`, it means the language lacks some types, and the user must provide extra type
info when using Fory.

## Type annotation

If the type is a field of another class, users can provide meta hints for fields of a type, or for the whole type.
Such information can be provided in other languages too:

- java: use annotation.
- cpp: use macro and template.
- golang: use struct tag.
- python: use typehint.
- rust: use macro.

Here is en example:

- Java:

    ```java
    class Foo {
      @Int32Type(varint = true)
      int f1;
      List<@Int32Type(varint = true) Integer> f2;
    }
    ```

- Python:

    ```python
    class Foo:
        f1: Int32Type(varint=True)
        f2: List[Int32Type(varint=True)]
    ```

## Type wrapper

If the type is not a field of a class, the user must wrap this type with a Fory type to pass the extra type info.

For example, suppose Fory Java provide a `VarInt64` type, when a user invoke `fory.serialize(long_value)`, he need to
invoke like `fory.serialize(new VarInt64(long_value))`.
"""
XLANG_ZH = """注意：

- 有关类型定义，请参阅 [Spec 中的类型系统](https://fory.apache.org/docs/specification/fory_xlang_serialization_spec#type-systems)
- `int16_t[n]/vector<T>` 表示 `int16_t[n]/vector<int16_t>`.
- 跨语言序列化并不稳定，请勿在生产环境中使用。

## Type Mapping

| Fory 类型          | Fory 类型 ID | Java            | Python               | Javascript      | C++                            | Golang           | Rust             |
|--------------------|--------------|-----------------|----------------------|-----------------|--------------------------------|------------------|------------------|
| bool               | 1            | bool/Boolean    | bool                 | Boolean         | bool                           | bool             | bool             |
| int8               | 2            | byte/Byte       | int/pyfory.Int8      | Type.int8()     | int8_t                         | int8             | i8               |
| int16              | 3            | short/Short     | int/pyfory.Int16     | Type.int16()    | int16_t                        | int16            | i6               |
| int32              | 4            | int/Integer     | int/pyfory.Int32     | Type.int32()    | int32_t                        | int32            | i32              |


### 类型信息（目前尚未实现）

由于语言类型系统之间的差异，这些类型无法在语言之间一对一地映射。

如果用户看到一种语言中的一种类型对应 Apache Fory 类型系统中的多种类型。

例如：java 中的 `long` 类型对应 `int64/varint64/sliint64` 类型。类型为 `int64/varint64/sliint64` 这意味着该语言缺少某些类型，用户在使用 Fory 时必须提供额外的类型信息。

### 类型注解

如果类型是另一个类的字段，用户可以为类型的字段或整个类型提供 meta hints。
这些信息也可以用其他语言提供：

- java：使用注解；
- cpp：使用宏和模板；
- golang：使用 struct tag；
- python: 使用 typehint；
- rust：使用宏。

下面是一个例子：

- Java:

    ```java
    class Foo {
      @Int32Type(varint = true)
      int f1;
      List<@Int32Type(varint = true) Integer> f2;
    }
    ```

- Python:

    ```python
    class Foo:
        f1: Int32Type(varint=True)
        f2: List[Int32Type(varint=True)]
    ```

## 类型包装器

如果类型不是类的字段，用户必须用 Fory 类型来包装该类型，以传递额外的类型信息。

例如：假设 Apache Fory Java 提供了 `VarInt64` 类型，当用户调用 `fory.serialize(long_value)` 时，需要像下面这样调用
调用 `fory.serialize(new VarInt64(long_value))`。
"""


def test_a_paragraph_the_translation_writes_as_two_is_no_left_over():
    # (the spec's link and two headings demoted are labelled drift)
    assert [rule for rule, _, _ in loud_located(XLANG_EN, "en", XLANG_ZH, "zh")] == ["XL602", "XL702", "XL702"]


# how_to_contribute.md: cloning one's fork.
CLONE_EN = """```
// ssh
git clone git@github.com:xxxx (your GitHub username)/fory.git
// https
git clone https://github.com/xxxx (your GitHub username)/fory.git
```
"""
CLONE_ZH = """```
// ssh
git clone git@github.com:xxxx(你的github用户名)/fory.git
// https
git clone https://github.com/xxxx(你的github用户名)/fory.git
```
"""


def test_a_commands_placeholder_described_in_brackets_and_translated_is_quiet():
    assert loud_located(CLONE_EN, "en", CLONE_ZH, "zh") == []


def test_twin_the_command_around_the_placeholder_changed_is_reported():
    changed = CLONE_ZH.replace("git@github.com:", "git@gitee.com:")
    assert [rule for rule, _, _ in loud_located(CLONE_EN, "en", changed, "zh")] == ["XL703"]


# data-zoom.md and media-query.md: lead-ins in bold that the English closes after a space.
ZOOM_ZH = """**如下例子：**
~[600x400](${galleryViewPath}doc-example/scatter-dataZoom-all&edit=1&reset=1)

**dataZoom 组件现在支持几种子组件：**

**query：**
"""
ZOOM_EN = """**For example: **
~[600x400](${galleryViewPath}doc-example/scatter-dataZoom-all&edit=1&reset=1)

**dataZoom component supports several child components: **

**query: **
"""


def test_bold_closed_after_a_space_is_reported_as_broken_emphasis():
    found = loud_located(ZOOM_ZH, "zh", ZOOM_EN, "en")
    assert [(rule, line) for rule, _, line in found] == [("XL701", 1), ("XL701", 4), ("XL701", 6)]


def test_twin_bold_closed_after_its_last_word_is_quiet():
    mended = ZOOM_EN.replace(": **", ":**")
    assert loud_located(ZOOM_ZH, "zh", mended, "en") == []


def test_twin_a_source_that_breaks_its_bold_alike_is_not_blamed_on_the_translation():
    broken = ZOOM_ZH.replace("：**", "： **")
    assert loud_located(broken, "zh", ZOOM_EN, "en") == []


def test_a_closing_mark_after_a_space_that_a_later_mark_pairs_is_left_alone():
    from xlcheck.extract.markup import _BROKEN_EMPHASIS

    assert [m.group() for m in _BROKEN_EMPHASIS.finditer("**a: ** more **b**")] == []
    assert [m.group() for m in _BROKEN_EMPHASIS.finditer("x * y * z, 2 * 3 **")] == []


# echarts-feature.md: the chart types, each linked to its series' options.
CHARTS_ZH = ("ECharts 提供了常规的[折线图](option.html#series-line)，[柱状图](option.html#series-bar)，"
             "[散点图](option.html#series-scatter)，[饼图](option.html#series-pie)，[热力图](option.html#series-heatmap)，"
             "[线图](option.html#series-lines)，用于关系数据可视化的[关系图](option.html#series-graph)，"
             "[treemap](option.html#series-treemap)。\n")
CHARTS_EN = ("ECharts provides [line charts](option.html#series-line), [bar charts](option.html#series-line), "
             "[scatter charts](option.html#series-scatter), [pie charts](option.html#series-pie), "
             "[heatmaps](option.html#series-heatmap), [treemaps](option.html#series-treemap).\n")


def test_links_to_a_page_whose_anchors_both_versions_write_are_told_by_their_anchors():
    found = loud_located(CHARTS_ZH, "zh", CHARTS_EN, "en")
    assert [(rule, value) for rule, value, _ in found] == [
        ("XL601", "option.html#series-graph"), ("XL601", "option.html#series-lines"),
        ("XL602", "option.html#series-bar")]


def test_twin_links_to_anchors_of_translated_headings_are_counted_as_before():
    zh = "见[安装](guide.html#安装)与[配置](guide.html#配置)，以及[示例](guide.html#示例)。\n"
    en = "See [installing](guide.html#installing) and [setting up](guide.html#setting-up).\n"
    assert [(rule, value) for rule, value, _ in loud_located(zh, "zh", en, "en")] == [("XL601", "guide.html")]
