"""Round 101 on documentation (tuning data docs50 after its held-out score): a statement's
semicolon one version drops after a closing bracket on a line of its own (``});`` written
``})``) where that version ends its other statements with one. Source: apache/echarts-doc@24cf98b1
(Apache-2.0; custom-series.md of `fixtures/heldout/docs50/md-echarts-en`), the listing cut to the
lines in question; the twin written without semicolons throughout and the
function ending in ``};`` (after preactjs/preact-www's options page, MIT) are written for the test."""

from __future__ import annotations

from tests.conftest import loud_located

CLIP_ZH = """```js
var rectShape = echarts.graphic.clipRectByRect({
    // 矩形的位置和大小。
    x: startPoint[0],
    y: startPoint[1] - height / 2,
    width: endPoint[0] - startPoint[0],
    height: height
}, {
    // 当前坐标系的包围盒。
    x: params.coordSys.x,
    y: params.coordSys.y,
    width: params.coordSys.width,
    height: params.coordSys.height
});
var height = api.size([0, 1])[1] * 0.6;
```
"""
CLIP_EN = (CLIP_ZH.replace("// 矩形的位置和大小。", "// position and location of the rectangular.")
           .replace("// 当前坐标系的包围盒。", "// Bounding box of the current cooridinate system (cartesian).")
           .replace("});\n", "})\n"))


def test_a_semicolon_dropped_alone_after_a_closing_bracket_is_reported():
    found = [(rule, value, line) for rule, value, line in loud_located(CLIP_ZH, "zh", CLIP_EN, "en")]
    assert found == [("XL703", "code:});", 14)]


def test_semicolons_a_formatter_drops_throughout_are_layout():
    unsemied = CLIP_EN.replace("* 0.6;", "* 0.6")
    assert loud_located(CLIP_ZH, "zh", unsemied, "en") == []


def test_a_semicolon_after_a_blocks_brace_is_an_empty_statement():
    # (markdown-preact's options page: ``options.vnode = vnode => { … };`` kept as ``}``)
    hook_en = "```js\nconst oldHook = options.vnode;\noptions.vnode = vnode => {\n  oldHook(vnode);\n};\n```\n"
    hook_ja = hook_en.replace("};\n", "}\n")
    assert loud_located(hook_en, "en", hook_ja, "ja") == []
