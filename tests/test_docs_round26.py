"""Round 26 on documentation (tuning data docs22 and docs23): passages of the KubeEdge pages in
English and Chinese, the French Klipper catalogues, the TensorFlow guides in English and
Japanese and the Japanese Flask catalogue, sources in fixtures/SOURCES.md, each with its clean
twin."""

from __future__ import annotations

from tests.conftest import loud_catalogue, loud_located

# tensorflow/docs-l10n site/{en-snapshot,ja}/lite/performance/measurement.md: the benchmark's
# options, each name and type in inline code; ja writes them as plain text.
OPTIONS_EN = """You can specify more optional parameters for running the benchmark.

*   `num_threads`: `int` (default=1) \\
    The number of threads to use for running TFLite interpreter.
*   `use_gpu`: `bool` (default=false) \\
    Use [GPU delegate](gpu).
*   `use_nnapi`: `bool` (default=false) \\
    Use [NNAPI delegate](nnapi).
"""
OPTIONS_JA = """ベンチマークを実行するためのオプションのパラメータをさらに指定できます。

- num_threads: int (デフォルト=1)  TFLite インタープリタの実行に使用するスレッドの数。
- use_gpu: bool (デフォルト=false) [GPU デレゲート](gpu)を使用する。
- use_nnapi: bool (デフォルト=false) [NNAPI デレゲート](nnapi)を使用する。
"""


def test_inline_code_written_as_plain_text_lost_its_markup():
    assert loud_located(OPTIONS_EN, "en", OPTIONS_JA, "ja") == [
        ("XL705", "`bool`", 4),
        ("XL705", "`bool`", 5),
        ("XL705", "`int`", 3),
        ("XL705", "`num_threads`", 3),
        ("XL705", "`use_gpu`", 4),
        ("XL705", "`use_nnapi`", 5),
    ]


def test_inline_code_kept_as_code_is_clean():
    kept = OPTIONS_JA
    for name in ("num_threads", "use_gpu", "use_nnapi", "int", "bool"):
        kept = kept.replace(f" {name}:", f" `{name}`:").replace(f": {name} (", f": `{name}` (")
    assert loud_located(OPTIONS_EN, "en", kept, "ja") == []


def test_a_name_the_source_also_writes_plain_is_no_lost_markup():
    # The source writes "num_threads" as plain text in another sentence of the page: its
    # code marks are styling, and the translation writes it as the source does there.
    source = OPTIONS_EN + "\nThe num_threads option is optional.\n"
    translation = OPTIONS_JA + "\nnum_threads オプションは省略できます。\n"
    assert ("XL705", "`num_threads`", 3) not in loud_located(source, "en", translation, "ja")


# kubeedge/website docs/setup/install-with-keadm.md (zh: i18n/zh/…): a flag written plain, and
# docs/developer/mapper-framework.md: a port set in Chinese quotation marks.
SKIP_EN = "> Add `--skip-crds` flag to skip outputting the CRDs.\n"
SKIP_ZH = "> 使用 --skip-crds 跳过打印 CRDs\n"
PORT_EN = "Port `7777` is enabled by default. User can change the Mapper API port in [config file](config.yaml).\n"
PORT_ZH = "默认情况下启用端口“7777”。你可以在Mapper的[config文件](config.yaml)中自行设置端口号。\n"


def test_a_flag_written_plain_and_a_port_in_quotation_marks_lost_their_markup():
    assert loud_located(SKIP_EN, "en", SKIP_ZH, "zh") == [("XL705", "`--skip-crds`", 1)]
    assert loud_located(PORT_EN, "en", PORT_ZH, "zh") == [("XL705", "`7777`", 1)]


def test_the_flag_and_the_port_in_code_are_clean():
    assert loud_located(SKIP_EN, "en", SKIP_ZH.replace("--skip-crds", "`--skip-crds`"), "zh") == []
    assert loud_located(PORT_EN, "en", PORT_ZH.replace("“7777”", "`7777`"), "zh") == []


# docs/setup/install-with-keadm.md: the binary `edgecore` named after the component EdgeCore;
# zh keeps the component's name once and drops the binary.
EDGE_EN = (
    "You can also use `keadm deprecated join` to start EdgeCore from the release package. It will "
    "download release packages from [KubeEdge release website](https://github.com/kubeedge/kubeedge/releases), "
    "and then start `edgecore` in binary progress.\n"
)
EDGE_ZH = (
    "您可以使用 `keadm deprecated join` 来启动EdgeCore的release版本. 它会从 [KubeEdge release website]"
    "(https://github.com/kubeedge/kubeedge/releases) 下载并作为系统服务启动。\n"
)


def test_a_binary_whose_name_only_the_component_keeps_is_missing():
    assert loud_located(EDGE_EN, "en", EDGE_ZH, "zh") == [("XL701", "`edgecore`", 1)]


def test_the_binary_named_is_clean():
    kept = EDGE_ZH.replace("下载并作为系统服务启动", "下载并以二进制进程启动 `edgecore`")
    assert loud_located(EDGE_EN, "en", kept, "zh") == []


# site/{en-snapshot,ja}/xla/tfcompile.md: the generated header's folder, named twice by the source
# and twice, stale, by ja.
HEADER_EN = (
    "The generated header file is located in the `bazel-bin` directory. The generated file, in "
    "`bazel-bin`, contains additional useful comments.\n"
)
HEADER_JA = (
    "生成されたヘッダファイルは `bazel-genfiles` に配置されます。`bazel-genfiles` に生成されたファイルは、"
    "役立つ付加的なコメントを含みます。\n"
)


def test_a_literal_changed_at_each_of_its_places_is_changed_as_often():
    assert loud_located(HEADER_EN, "en", HEADER_JA, "ja") == [("XL702", "`bazel-bin`", 1)] * 2


def test_the_literal_kept_at_both_places_is_clean():
    assert loud_located(HEADER_EN, "en", HEADER_JA.replace("bazel-genfiles", "bazel-bin"), "ja") == []


# site/{en-snapshot,ja}/xla/tfcompile.md: a ```textproto block and a ```build block, their comments translated
# and wrapped otherwise; xlcheck knows neither language's comments.
CONFIG_EN = """```textproto
# Each feed is a positional input argument for the generated function.  The order
# of each entry matches the order of each input argument.  Here “x_hold” and “y_hold”
# refer to the names of placeholder nodes defined in the graph.
feed {
  id { node_name: "x_hold" }
}
```

```build
# The same tf_library call from step 2 above.
tf_library(
    name = "test_graph_tfmatmul",
    # This is the tf2xla config; if you want to use the text format instead,
    # use the ‘.pbtxt’ suffix.
    config = "test_graph_tfmatmul.config.pbtxt",
)
```
"""
CONFIG_JA = """```textproto
# 各feedは、生成されたファンクションにおける入力の位置指定引数です。
# ここで "x_hold" と "y_hold" は、グラフ上に定義されたPlaceholderノードの名前を指します。
feed {
  id { node_name: "x_hold" }
}
```

```build
# ステップ2におけるtf_libraryの呼び出しとおなじ
tf_library(
    name = "test_graph_tfmatmul",
    # tf2xlaの設定です。テキストフォーマットを使用する場合、接尾辞 '.pbtxt' を使ってください。
    config = "test_graph_tfmatmul.config.pbtxt",
)
```
"""


def test_comments_of_a_block_in_an_unknown_language_are_prose():
    assert loud_located(CONFIG_EN, "en", CONFIG_JA, "ja") == []


def test_a_changed_line_and_a_respelt_suffix_in_such_a_block_are_reported():
    drifted = CONFIG_JA.replace('node_name: "x_hold"', 'node_name: "x_holder"').replace("'.pbtxt'", "'.pbtex'")
    found = loud_located(CONFIG_EN, "en", drifted, "ja")
    assert [(rule, line) for rule, _, line in found] == [("XL703", 5), ("XL703", 13), ("XL703", 14)]
    assert found[0][1] == 'code:"x_hold"' and "'.pbtex'" in found[1][1]


# site/{en-snapshot,ja}/js/guide/node_in_cloud.md: a step numbered 2 after a code
# block that ended the list before; ja starts it at 1.
STEPS_EN = """1. Run the `npm install` command in your local directory to install the dependencies.

```
$ npm install
```

2. Train the model locally by running `npm start`.
"""
STEPS_JA = """1. ローカルディレクトリで`npm install`コマンドを実行して依存関係をインストールします。

```
$ npm install
```

1. `npm start`を実行してモデルをローカルでトレーニングします。
"""


def test_a_list_that_starts_at_another_step_is_renumbered():
    assert loud_located(STEPS_EN, "en", STEPS_JA, "ja") == [("XL101", "2", 7)]


def test_an_item_after_a_blank_line_continues_its_list():
    # (CommonMark: a blank line between items makes the list loose, not a new one)
    assert loud_located("1. Run it.\n\n2. Train it.\n", "en", "1. 実行します。\n\n1. 学習します。\n", "ja") == []


def test_the_step_numbered_as_the_source_is_clean():
    assert loud_located(STEPS_EN, "en", STEPS_JA.replace("1. `npm start`", "2. `npm start`"), "ja") == []


# docs/advanced/support_ipv6.md: an acronym the source defines, given by its meaning in zh.
IOT_EN = (
    "With the surge of Internet of Things (IoT) devices and the increasing demand for real-time data "
    "processing, edge computing has emerged as a vital computing paradigm.\n"
)
IOT_ZH = "随着物联网设备的激增和对实时数据处理需求的不断增长，边缘计算逐渐成为一种重要的计算模式。\n"


def test_a_defined_acronym_given_by_its_meaning_is_clean():
    assert loud_located(IOT_EN, "en", IOT_ZH, "zh") == []


def test_an_acronym_the_page_never_spells_out_is_still_missing():
    undefined = IOT_EN.replace("Internet of Things (IoT)", "IoT")
    assert loud_located(undefined, "en", IOT_ZH, "zh") == [("XL401", "IoT", 1)]
    assert loud_located(undefined, "en", IOT_ZH.replace("物联网", "IoT"), "zh") == []


# Klipper3d/klipper-translations docs/locales/fr/LC_MESSAGES/{Command_Templates,Measuring_Resonances,
# Resonance_Compensation,Bed_Level}.po: a config section misspelt, an image folder in capitals,
# an exponent in superscript, and "10s of microns" as tens.
DELAYED = (
    "For example, the below delayed_gcode will execute 5 seconds after the printer is ready.",
    "Par exemple, le delay_gcode ci-dessous s'exécutera 5 secondes après que l'imprimante soit prête.",
)
IMAGE = ("![Pico menuconfig](img/klipper_pico_menuconfig.png)", "![Pico menuconfig](IMG/klipper_pico_menuconfig.png)")
ACCEL = (
    "So the good value for max_accel = 3000 (mm/sec^2) in this case to avoid the excessive smoothing.",
    "Dans ce cas, la valeur pour max_accel = 3000 (mm/s²) permet d'éviter un lissage excessif.",
)
TENS = (
    "Adjustments of this type are typically in 10s of microns (.010mm).",
    "Les ajustements de ce type se font généralement en dizaines de microns (0,010 mm).",
)


def test_a_misspelt_identifier_and_a_folder_in_capitals_are_changed(tmp_path):
    assert loud_catalogue(tmp_path, [DELAYED], "fr") == [("XL301", "delayed_gcode"), ("XL301", "delay_gcode")]
    assert loud_catalogue(tmp_path, [IMAGE], "fr") == [("XL602", "img/klipper_pico_menuconfig.png")]


def test_the_identifier_and_the_folder_kept_are_clean(tmp_path):
    assert loud_catalogue(tmp_path, [(DELAYED[0], DELAYED[1].replace("delay_gcode", "delayed_gcode"))], "fr") == []
    assert loud_catalogue(tmp_path, [(IMAGE[0], IMAGE[1].replace("IMG/", "img/"))], "fr") == []


# Rapptz/discord.py docs/locale/ja/LC_MESSAGES/whats_new.po: an identifier given in words.
MESSAGE_ID = (
    "Add :class:`PartialMessage` to allow working with a message via channel objects and just a message_id "
    "(:issue:`5905`)",
    "チャンネルオブジェクトとメッセージIDのみでメッセージを操作できるようにするために、 :class:`PartialMessage` "
    "を追加しました。 (:issue:`5905`)",
)


def test_an_identifier_given_in_words_is_no_changed_name(tmp_path):
    assert loud_catalogue(tmp_path, [MESSAGE_ID], "ja") == []
    respelt = (MESSAGE_ID[0], MESSAGE_ID[1].replace("メッセージID", "message_ident"))
    assert loud_catalogue(tmp_path, [respelt], "ja") == [("XL301", "message_id"), ("XL301", "message_ident")]


def test_an_exponent_in_superscript_and_tens_in_words_are_clean(tmp_path):
    assert loud_catalogue(tmp_path, [ACCEL, TENS], "fr") == []


def test_another_exponent_is_reported(tmp_path):
    assert loud_catalogue(tmp_path, [(ACCEL[0], ACCEL[1].replace("s²", "s³"))], "fr") != []


# pallets/flask docs (msiz07/flask-docs-ja-rtd, locales/ja/LC_MESSAGES/config.po): an attribute
# named from the current module in the source and by its full path with "~" in ja.
ROOT_PATH = (
    "Flask for a long time made it possible to refer to paths relative to the application's folder "
    "directly (via :attr:`Flask.root_path`).",
    "Flaskは長い間、アプリケーションのフォルダからの相対パスを直接参照できるようにしていました"
    "（:attr:`~flask.Flask.root_path` をとおして）。",
)


def test_a_python_role_by_its_full_path_is_the_same_target(tmp_path):
    assert loud_catalogue(tmp_path, [ROOT_PATH], "ja") == []


def test_a_role_to_another_attribute_is_changed(tmp_path):
    other = (ROOT_PATH[0], ROOT_PATH[1].replace("root_path", "instance_path"))
    assert loud_catalogue(tmp_path, [other], "ja") == [("XL702", ":attr:`Flask.root_path`")]
