"""Round 146 on documentation (tuning data docs59 and docs60 after their held-out scores):
a catalogue of Markdown pages that holds a fenced code block read as one that writes reST
(its plain words in code marks then styling); inline code mixing a formula and a phrase of
prose whose prose, capitalised words and all, the Chinese translates inside the marks; two
quotations around "you ask" that the Chinese joins into one, the second holding inline
code; a rooted path whose folders the Japanese writes as a localised file manager shows
them; a call of the prose, require(), written as its bare name; a full reference link
written as a collapsed one followed by its label.
Sources: rust-lang/rust-by-example@898f0ac1 (MIT or Apache-2.0; `po/zh.po`, as in
`fixtures/heldout/docs60/po-rbe-zh`): the entries of `src/hello/print/print_debug.md:8`,
`src/std_misc/threads.md:10`, `src/meta/doc.md:61`, `src/hello/print/fmt.md:83` (cut to its
first sentence) and `src/std/hash/hashset.md:6`; electron/i18n@b5831481 (MIT;
`content/{en-US,ja-JP}/docs/api/notification.md`, as in `fixtures/heldout/docs59/md-electron-ja`),
its sound-folder list, and `content/{en-US,ja-JP}/docs/glossary.md`, its native-modules and OSR entries;
apache/dolphinscheduler@7e0095dc (Apache-2.0; `docs/docs/{en,zh}/contribute/join/become-a-committer.md`,
as in `fixtures/heldout/docs34/md-dolphinscheduler-zh`), a subject line in code marks. The
changed twins are written for the test."""

from __future__ import annotations

from tests.conftest import catalogue_findings, loud_catalogue, loud_located
from xlcheck.compare.literals import _system_folders_translated
from xlcheck.compare.values import _prose_translated_in_code

# src/hello/print/print_debug.md:8
DEBUG_EN = ("The `fmt::Debug` `trait` makes this very straightforward. _All_ types can "
            "`derive` (automatically create) the `fmt::Debug` implementation. This is not"
            " true for `fmt::Display` which must be manually implemented.")
DEBUG_ZH = ("`fmt::Debug` trait 使这变得非常简单。**所有**类型都可以 `derive`（自动创建）\\n"
            "`fmt::Debug` 实现。但这对 `fmt::Display` 不适用，后者必须手动实现。")
# src/std_misc/threads.md:10, a code-block comment
MAIN_EN = "// This is the `main` thread\\n"
MAIN_ZH = "// 这是主线程\\n"
# src/meta/doc.md:61, a fenced block kept as it is
FENCE = ("```shell\\n$ rustc doc.rs --crate-type lib\\n"
         "$ rustdoc --test --extern doc=\\\"libdoc.rlib\\\" doc.rs\\n```")
# the same kind of catalogue entry of a reST page (docs of Python): a ``literal``
REST = "Use ``sys.argv`` to read them."


def _lines(tmp_path, entries, lang, reference="src/hello/print/print_debug.md:8"):
    return sorted((f.rule, f.value, f.locations[-1].line) for f in catalogue_findings(tmp_path, entries, lang, reference)
                  if f.severity != "info")


def test_code_marks_dropped_in_a_catalogue_that_holds_a_fence_are_reported(tmp_path):
    # docs60: the entry with the shell block made the whole catalogue read as reST, whose
    # `plain words` are the default role's styling
    found = _lines(tmp_path, [(FENCE, FENCE), (DEBUG_EN, DEBUG_ZH)], "zh")
    assert found == [("XL701", "`trait`", 12)]  # (the msgstr line)


def test_a_code_span_translated_in_a_comment_in_that_catalogue_is_reported(tmp_path):
    assert _lines(tmp_path, [(FENCE, FENCE), (MAIN_EN, MAIN_ZH)], "zh") == [("XL701", "`main`", 12)]


def test_twin_the_marks_kept_are_quiet(tmp_path):
    kept = DEBUG_ZH.replace("`fmt::Debug` trait", "`fmt::Debug` `trait`")
    assert loud_catalogue(tmp_path, [(FENCE, FENCE), (DEBUG_EN, kept)], "zh", "src/hello/print/print_debug.md:8") == []


def test_twin_a_catalogue_of_rest_pages_still_styles_plain_words(tmp_path):
    # a ``literal`` elsewhere: the catalogue writes reST, where `trait` is interpreted text
    assert loud_catalogue(tmp_path, [(REST, REST), (DEBUG_EN, DEBUG_ZH)], "zh", "src/hello/print/print_debug.md:8") == []


# src/hello/print/fmt.md:83, its first sentence
RGB_EN = ("The formula for calculating a color in the RGB color space is: `RGB = (R*65536)+(G*256)+B , "
          "(when R is RED, G is GREEN and B is BLUE)`.")
RGB_ZH = "RGB 颜色空间中颜色的计算公式是：`RGB = (R*65536)+(G*256)+B，（其中 R 是红色，G 是绿色，B 是蓝色）`。"


def test_prose_translated_with_its_capitalised_words_inside_a_code_span_is_quiet(tmp_path):
    assert loud_catalogue(tmp_path, [(RGB_EN, RGB_ZH)], "zh", "src/hello/print/fmt.md:83") == []


def test_twin_a_figure_changed_is_reported(tmp_path):
    changed = RGB_ZH.replace("65536", "65535")
    assert [rule for rule, _ in loud_catalogue(tmp_path, [(RGB_EN, changed)], "zh", "src/hello/print/fmt.md:83")] == [
        "XL702"]


def test_a_capitalised_word_may_go_only_with_its_phrase():
    code = "`RGB = (R*65536)+(G*256)+B , (when R is RED, G is GREEN and B is BLUE)`"
    assert _prose_translated_in_code(code, "`RGB = (R*65536)+(G*256)+B，（其中 R 是红色，G 是绿色，B 是蓝色）`")
    # the phrase kept in English but for one capitalised word: a name dropped, not prose translated
    assert not _prose_translated_in_code(code, "`RGB = (R*65536)+(G*256)+B , (when R is 红色, G is GREEN and B is BLUE)`")
    # a name of the formula dropped, though the phrase names it too
    assert not _prose_translated_in_code(code, "`RGB = (R*65536)+(G*256)，（其中 R 是红色，G 是绿色，B 是蓝色）`")
    # a capitalised word of the code, outside the phrase
    assert not _prose_translated_in_code("`Some(x) if x is set and valid`", "`(x) （x 已设置且有效）`")


# src/std/hash/hashset.md:6
ASK_EN = ("\\\"What's the point of that?\\\" you ask. \\\"I could just store the keys in a "
          "`Vec`.\\\"")
ASK_ZH = "你可能会问：\\\"这有什么意义？我可以直接把键存储在 `Vec` 中啊。\\\""


def test_two_quotations_joined_around_you_ask_are_quiet(tmp_path):
    assert loud_catalogue(tmp_path, [(ASK_EN, ASK_ZH)], "zh", "src/std/hash/hashset.md:6") == []


def test_twin_the_first_quotation_dropped_is_reported(tmp_path):
    dropped = "你可能会问：\\\"我可以直接把键存储在 `Vec` 中啊。\\\""
    assert loud_catalogue(tmp_path, [(ASK_EN, dropped)], "zh", "src/std/hash/hashset.md:6") == [
        ("XL501", "What's the point of that?")]


# api/notification.md, Playing Sounds (en lines 187-190, ja 175-178)
SOUNDS_EN = ("On macOS, be sure that the sound file is copied under the app bundle (e.g.,\n"
             "`YourApp.app/Contents/Resources`), or one of the following locations:\n\n"
             "* `~/Library/Sounds`\n* `/Library/Sounds`\n* `/Network/Library/Sounds`\n* `/System/Library/Sounds`\n")
SOUNDS_JA = ("macOS では、サウンドファイルがアプリバンドル (`YourApp.app/Contents/Resources` など) "
             "または以下のいずれかの場所にコピーされることに留意してください。\n\n"
             "* `~/ライブラリ/Sounds`\n* `/ライブラリ/Sounds`\n* `/ネットワーク/ライブラリ/Sounds`\n* `/システム/ライブラリ/Sounds`\n")


def test_system_folders_translated_in_a_path_are_reported():
    assert loud_located(SOUNDS_EN, "en", SOUNDS_JA, "ja") == [
        ("XL702", "`/Library/Sounds`", 4), ("XL702", "`/Network/Library/Sounds`", 5),
        ("XL702", "`/System/Library/Sounds`", 6), ("XL702", "`~/Library/Sounds`", 3)]


def test_twin_the_paths_kept_are_quiet():
    kept = SOUNDS_JA.replace("ライブラリ", "Library").replace("ネットワーク", "Network").replace("システム", "System")
    assert loud_located(SOUNDS_EN, "en", kept, "ja") == []


def test_only_rooted_paths_of_capitalised_folders():
    assert _system_folders_translated("/Network/Library/Sounds", "/ネットワーク/ライブラリ/Sounds")
    # an example's own folder, relative (an example name localised: XL704, info)
    assert not _system_folders_translated("my-app/Library", "我的应用/Library")
    # a lower-case folder of a rooted path: an example's name, localised
    assert not _system_folders_translated("/home/user/my-project", "/home/user/我的项目")
    # a whole path in other words, another path
    assert not _system_folders_translated("/Library/Sounds", "/ライブラリ/サウンド/Sounds")


# glossary.md, native modules (en lines 108-112, ja 77)
NATIVE_EN = ("## native modules\n\nNative modules (also called addons in\nNode.js) are modules written in C or C++ "
             "that can be loaded into Node.js or\nElectron using the require() function, and used as if they were an\n"
             "ordinary Node.js module.\n")
NATIVE_JA = ("## ネイティブモジュール\n\nネイティブ モジュールはNode.js ではアドオンとも呼ばれ、requireによってNode.jsや"
             "Electronへ読み込むことの出来る、C またはC++で書かれたモジュールです。通常のNode.jsモジュールと同様に使用することが出来ます。\n")


def test_a_call_written_as_its_bare_name_is_reported():
    assert loud_located(NATIVE_EN, "en", NATIVE_JA, "ja") == [("XL301", "require()", 3)]


def test_twin_the_call_kept_is_quiet():
    assert loud_located(NATIVE_EN, "en", NATIVE_JA.replace("requireによって", "require()によって"), "ja") == []


def test_twin_the_call_in_code_marks_is_quiet():
    marked = NATIVE_JA.replace("requireによって", "`require()`によって")
    assert loud_located(NATIVE_EN, "en", marked, "ja") == []


def test_twin_a_call_the_translation_leaves_out_with_its_name_is_left_to_the_other_checks():
    # no bare name either: the sentence rewritten, not the call made a word
    assert loud_located(NATIVE_EN, "en", NATIVE_JA.replace("requireによって", ""), "ja") == []


def test_twin_a_title_in_code_marks_translated_is_still_a_literal_changed():
    # docs34 (DolphinScheduler zh): an e-mail's subject in code marks, all words, labelled
    assert not _prose_translated_in_code("`Welcome to the Apache Software Foundation (ASF)!`",
                                         "`欢迎来到Apache软件基金会(ASF)!`")


# glossary.md, OSR (en line 135, ja 93)
OSR_EN = "## OSR\n\nFor more information, read the [Offscreen Rendering][osr] tutorial.\n"
OSR_JA = "## OSR\n\n詳しい情報については、[オフスクリーンレンダリング][][osr] のチュートリアルをご参照ください。\n"


def test_a_reference_link_broken_into_a_collapsed_one_and_its_label_is_reported():
    assert loud_located(OSR_EN, "en", OSR_JA, "ja") == [("XL701", "[Offscreen Rendering][osr]", 3)]


def test_twin_the_reference_link_kept_is_quiet():
    kept = OSR_JA.replace("[オフスクリーンレンダリング][][osr]", "[オフスクリーンレンダリング][osr]")
    assert loud_located(OSR_EN, "en", kept, "ja") == []
