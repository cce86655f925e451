"""Round 74 on documentation (tuning data: the docs sets of `start-s11`): a heading paired
with an earlier one of its level whose first paragraphs paired too, where the later heading
and as many paragraphs of the same kinds are the pairs; inline code written in quotation
marks where the source quotes the value elsewhere; words of a type's parameters translated. Source: kubeedge/website@fd5ba0c5
(`docs/setup/install-with-binary.md` and its Chinese page, as in
`fixtures/heldout/docs22/md-kubeedge-zh`; Apache-2.0): the edge side's sections from "Setup
Edge Side" to "Prepare config file", read from the committed fixture. The twin (the
edgecore section translated too) is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import loud_catalogue, loud_located

KUBEEDGE = Path(__file__).resolve().parents[1] / "fixtures/heldout/docs22/md-kubeedge-zh"


def _edge_side(lang: str, first: int, last: int) -> str:
    """Lines `first` to `last` of the binary installation page: the English has "### Prepare
    edgecore binary" (its text, three list items, two code blocks) before "### Prepare config
    file" and "- generate config file"; the Chinese goes from 设置边缘端 to 准备配置文件 and
    生成配置文件."""
    lines = (KUBEEDGE / f"install-with-binary-zh.{lang}.md").read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[first - 1:last])


EN, ZH = _edge_side("en", 43, 103), _edge_side("zh", 22, 59)


def test_a_heading_and_its_first_item_pair_with_the_later_section():
    findings = loud_located(EN, "en", ZH, "zh")
    missing = [value for rule, value, _ in findings if rule == "XL002"]
    # the section the Chinese lacks is "Prepare edgecore binary", whole; "Prepare config
    # file" and "generate config file" pair with 准备配置文件 and 生成配置文件
    assert "### Prepare edgecore binary" in missing and "- Download from github release." in missing
    assert not any(value.startswith(("### Prepare config file", "- generate config file")) for value in missing)
    # reported at 准备配置文件 (line 20 of the excerpt), before which the section is missing
    assert {line for rule, _, line in findings if rule == "XL002"} == {20}


# The edgecore section as a translation of it would give it (written for the test).
EDGECORE_ZH = """### 准备 edgecore 二进制文件
有三种方式下载 `edgecore` 二进制文件。

- 从 github release 下载。

  KubeEdge github 官方提供三种架构的发行版：amd64、arm、arm64。请根据你的平台下载正确架构和版本（例如 v1.21.0）的包。
  ```shell
  wget https://github.com/kubeedge/kubeedge/releases/download/v1.21.0/kubeedge-v1.21.0-linux-amd64.tar.gz
  tar -zxvf kubeedge-v1.21.0-linux-amd64.tar.gz
  cp kubeedge-v1.21.0-linux-amd64/edge/edgecore /usr/local/bin/edgecore
  ```

- 从 dockerhub 的 KubeEdge 官方发行镜像下载。
```shell
docker run --rm kubeedge/installation-package:v1.21.0 cat /usr/local/bin/edgecore > /usr/local/bin/edgecore && chmod +x /usr/local/bin/edgecore
```

- 从源码构建

  参考：[从源码构建](#build-from-source)

"""


def test_twin_the_section_translated_too_pairs_heading_for_heading():
    cloud, edge = ZH.rsplit("### 准备配置文件", 1)
    zh = cloud + EDGECORE_ZH + "### 准备配置文件" + edge
    assert not [f for f in loud_located(EN, "en", zh, "zh") if f[0] == "XL002"]


# fluid-cloudnative/fluid@a826600a (`docs/en/samples/tieredstore_config.md` and its Chinese
# page, as in `fixtures/heldout/docs33/md-fluid-zh`; Apache-2.0): the property list and the
# level-order paragraph, abridged.
TIERS_EN = """A brief description for each property involved in the above-mentioned example is as follows:
- `path`: where data cache actually stores
- `mediumtype`: one of the three values(`MEM`, `SSD`, `HDD`), used to specify medium for `path`
- `quota`: maximium cache capacity for the level

Level order defined in `spec.tieredstore.levels` will not affect the actual level order used by Alluxio.
Before Alluxio launched, Fluid will firstly sort the levels according to `mediumtype`, and storages with higher I/O throughput will get higher priority.
That is, Fluid will sort tieredstores in the following orders: "MEM" < "SSD" < "HDD".
"""
TIERS_ZH = """分层配置中各项属性解释如下:
- `path`: 数据缓存在Alluxio Worker所在结点的实际存储位置
- `mediumtype`: 取值只能为"MEM","SSD","HDD"三者之一,用于指明`path`目录所使用的存储设备类型.
- `quota`: 该层存储所允许的最大缓存容量(Cache Capacity)

`spec.tieredstore.levels`中定义的层级顺序不会影响Alluxio集群分层存储的层级顺序.在Alluxio集群启动前,Fluid会按照`mediumtype`对多个层级进行重排序,以保证数据访问速度快的存储介质("MEM" < "SSD" < "HDD")会被优先使用.
"""


def test_inline_code_quoted_where_the_source_quotes_it_elsewhere_lost_its_marks():
    # The source's "MEM" < "SSD" < "HDD" sets the values off as literals, not as words of
    # its prose: the Chinese list item's "MEM","SSD","HDD" dropped the code marks.
    assert loud_located(TIERS_EN, "en", TIERS_ZH, "zh") == [("XL705", "`HDD`", 3), ("XL705", "`MEM`", 3),
                                                           ("XL705", "`SSD`", 3)]


def test_twin_a_value_the_source_writes_as_a_word_of_its_prose_is_kept():
    # "SSD to get bigger cache capacity": the source itself writes the value as a word.
    en = TIERS_EN.replace("That is,", "The second level uses SSD to get bigger cache capacity. That is,")
    assert {value for _, value, _ in loud_located(en, "en", TIERS_ZH, "zh")} == {"`HDD`", "`MEM`"}


def test_twin_an_attributes_value_is_the_name_as_the_page_writes_it():
    # `component="MEM"` in the page's markup names the value as the page writes it (as
    # Ant Design's `component="TreeSelect"` does): the Chinese writes it as the page does.
    en = TIERS_EN + '\n<ComponentTokenTable component="MEM"></ComponentTokenTable>\n'
    zh = TIERS_ZH + '\n<ComponentTokenTable component="MEM"></ComponentTokenTable>\n'
    assert {value for _, value, _ in loud_located(en, "en", zh, "zh")} == {"`HDD`", "`SSD`"}


def test_clean_twin_the_code_marks_kept():
    zh = TIERS_ZH.replace('"MEM","SSD","HDD"', "`MEM`、`SSD`、`HDD`")
    assert loud_located(TIERS_EN, "en", zh, "zh") == []


# rust-lang/rust-by-example@898f0ac1 (the Spanish catalogue, as in
# `fixtures/heldout/docs43/po-rbe-es`; MIT / Apache-2.0): src/hello/print.md:46 and :40,
# src/hello/print/print_display.md:36, src/primitives/array.md:3. The Spanish writes `number`
# as `numero` all over the page, inside the types too.
TYPES = [('\\"{number:0>5}\\"', '\\"{numero:0>5}\\"'), ('\\"{number:0<5}\\"', '\\"{numero:0<5}\\"'),
         ("`Vec<number>`: `1,2,3` (split on `,`)", "`Vec<numero>`: `1,2,3` (partido en `,`)"),
         ("their length, which is known at compile time, is part of their type signature `[T; length]`.",
          "su longitud, que se conoce en el momento de la compilación, es parte de su anotación de tipo "
          "`[T; longitud]`.")]


def test_a_word_of_a_type_translated_is_another_type(tmp_path):
    found = loud_catalogue(tmp_path, TYPES, "es", "src/hello/print.md:46")
    assert ("XL702", "`Vec<number>`") in found and ("XL702", "`[T; length]`") in found


def test_clean_twin_the_types_kept(tmp_path):
    kept = [(source, target.replace("<numero>", "<number>").replace("; longitud]", "; length]"))
            for source, target in TYPES]
    assert not [value for _, value in loud_catalogue(tmp_path, kept, "es", "src/hello/print.md:46")
                if value.startswith("`")]


def test_twin_a_placeholder_apart_from_a_name_is_the_readers_to_fill_in(tmp_path):
    # `<branch>` after a space is what to type, in the reader's words: no type's parameter.
    entries = [("Run `git checkout <branch>` to switch.", "Ejecuta `git checkout <rama>` para cambiar.")]
    assert loud_catalogue(tmp_path, entries, "es", "src/hello/print.md:46") == []
