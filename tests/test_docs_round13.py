"""Round 13 on documentation (tuning data docs12): excerpts of the Hexo documentation and
its translations (MIT, attribution in fixtures/SOURCES.md) and of the discord.py Japanese
catalogues (MIT), each with a twin that stays reported (or, for a drift, a clean twin
that stays quiet)."""

from __future__ import annotations

from tests.conftest import catalogue_findings, loud_texts, pair_findings

# docs12/hexo/troubleshooting-zhcn: the shell prompt left out of an inline command.
EN_PROMPT = "Sometimes when running the command `$ hexo server` it returns an error:\n"
ZH_PROMPT = "在执行 `hexo server` 后返回如下错误：\n"


def test_a_shell_prompt_left_out_of_inline_code_is_the_same_command():
    assert loud_texts(EN_PROMPT, "en", ZH_PROMPT, "zh") == []


def test_the_command_after_the_prompt_changed_stays_an_error():
    drifted = ZH_PROMPT.replace("hexo server", "hexo serve")
    assert [rule for rule, _ in loud_texts(EN_PROMPT, "en", drifted, "zh")] == ["XL702"]


# docs12/hexo/writing-zhcn: a word of code written as the name it is, capitalised, in a
# Chinese sentence.
EN_FORMAT = ("For example, Hexo has `hexo-renderer-marked` and `hexo-renderer-ejs` installed by default, "
             "so you can write your posts in `markdown` or in `ejs`.\n")
ZH_FORMAT = ("例如，Hexo 默认安装了 `hexo-renderer-marked` 和 `hexo-renderer-ejs`，"
             "因此你不仅可以用 Markdown 写作，你还可以用 EJS 写作。\n")


def test_a_word_of_code_capitalised_amid_another_script_is_kept():
    assert loud_texts(EN_FORMAT, "en", ZH_FORMAT, "zh") == []


def test_a_word_of_code_left_out_amid_another_script_stays_reported():
    drifted = ZH_FORMAT.replace("用 Markdown 写作，你还可以", "")
    assert [rule for rule, _ in loud_texts(EN_FORMAT, "en", drifted, "zh")] == ["XL701"]


# docs12/hexo/front-matter-ru: a link broken with escaped brackets and a space.
EN_LINK = ("[Tag plugins](/docs/tag-plugins) are always processed regardless of layout, unless disabled "
           "by the `disableNunjucks` setting or [renderer](/api/renderer#Disable-Nunjucks-tags).\n")
RU_LINK = ("[Плагины тегов](/ru/docs/tag-plugins) всегда обрабатываются независимо от макета, если только "
           "они не отключены настройкой `disableNunjucks` или \\[средство визуализации\\] "
           "(/api/renderer#Disable-Nunjucks-tags).\n")


def test_a_link_broken_with_escaped_brackets_is_reported():
    assert "XL701" in [rule for rule, _ in loud_texts(EN_LINK, "en", RU_LINK, "ru")]


def test_the_same_link_written_whole_is_clean():
    whole = RU_LINK.replace("\\[средство визуализации\\] (", "[средство визуализации](")
    assert loud_texts(EN_LINK, "en", whole, "ru") == []


# docs12/po-discordpy-ja: "since 2.0" (a number) written as the version "v2.0".
def test_a_number_written_as_a_version_is_the_same(tmp_path):
    found = catalogue_findings(tmp_path, [(":class:`abc.GuildChannel` (since 2.0)",
                                           ":class:`abc.GuildChannel` (v2.0から)")], "ja")
    assert [f.rule for f in found if f.severity != "info"] == []


def test_a_version_that_differs_from_the_number_stays_reported(tmp_path):
    found = catalogue_findings(tmp_path, [(":class:`abc.GuildChannel` (since 2.0)",
                                           ":class:`abc.GuildChannel` (v2.1から)")], "ja")
    assert [f.rule for f in found if f.severity != "info"]


# docs12/hexo/variables-ko: a link reference definition gathered with the others at the
# end of the page (Markdown reads it wherever it stands).
EN_DEFINITIONS = """### Site Variables

| Variable | Description | Type |
| --- | --- | --- |
| `site.posts` | All posts | [Query][queryo] object |

[queryo]: https://hexojs.github.io/warehouse/classes/query.default.html

### Page Variables

**Article (`page`)**

| Variable | Description | Type |
| --- | --- | --- |
| `page.title` | Title | `string` |

[Moment.js]: http://momentjs.com/
"""
KO_DEFINITIONS = """### 사이트 변수

| 변수 | 설명 | Type |
| --- | --- | --- |
| `site.posts` | 모든 포스트 | [Query][queryo] object |

### 페이지 변수

**Article (page)**

| 변수 | 설명 | Type |
| --- | --- | --- |
| `page.title` | 제목 | `string` |

[queryo]: https://hexojs.github.io/warehouse/classes/query.default.html

[Moment.js]: http://momentjs.com/
"""


def test_a_link_definition_moved_down_the_page_is_the_same_definition():
    # (ko's "**Article (page)**" for "**Article (`page`)**" lost its code markup: XL705 since
    # round 26, issue #10; the moved definition is no drift)
    assert loud_texts(EN_DEFINITIONS, "en", KO_DEFINITIONS, "ko") == [("XL705", "page")]


def test_a_moved_link_definition_to_another_address_stays_reported():
    drifted = KO_DEFINITIONS.replace("classes/query.default.html", "classes/query.html")
    assert loud_texts(EN_DEFINITIONS, "en", drifted, "ko")


# electron/i18n (MIT) docs/api/debugger.md and its pt-BR page: the Portuguese, exported
# from Crowdin, gathers the page's link definitions at its end and writes `[rdp]` twice.
EN_DEBUGGER = """Chrome Developer Tools has a [special binding][rdp] available at JavaScript runtime.

[rdp]: https://chromedevtools.github.io/devtools-protocol/

#### `debugger.sendCommand(method[, commandParams, sessionId])`

* `method` String - Method name, defined by the [remote debugging protocol][rdp].
* `sessionId` String - obtained by sending [Target.attachToTarget][attachToTarget] message.

[attachToTarget]: https://chromedevtools.github.io/devtools-protocol/tot/Target/#method-attachToTarget
"""
PT_DEBUGGER = """As ferramentas do Chrome possuem [special binding][rdp] disponível no runtime do JavaScript.

#### `debugger.sendCommand(method[, commandParams, sessionId])`

* `method` String - Nome do método, definido pelo [remote debugging protocol][rdp].
* `sessionId` String - obtido enviando a mensagem [Target.attachToTarget][attachToTarget].

[rdp]: https://chromedevtools.github.io/devtools-protocol/

[rdp]: https://chromedevtools.github.io/devtools-protocol/

[attachToTarget]: https://chromedevtools.github.io/devtools-protocol/tot/Target/#method-attachToTarget
"""


def test_link_definitions_moved_and_written_twice_are_no_paragraph_lost():
    # Definitions are a set of label -> target: their order and a repeat are no drift.
    assert [f for f in loud_texts(EN_DEBUGGER, "en", PT_DEBUGGER, "pt") if f[0] == "XL002"] == []


def test_a_moved_definition_to_another_target_is_still_a_paragraph_lost():
    # both of the translation's [rdp] point elsewhere: the source's [rdp] has no counterpart
    drifted = PT_DEBUGGER.replace("devtools-protocol/\n", "v8-protocol/\n")
    assert "XL002" in [rule for rule, _ in loud_texts(EN_DEBUGGER, "en", drifted, "pt")]


def test_a_word_of_code_in_brackets_translated_stays_reported():
    drifted = KO_DEFINITIONS.replace("Article (page)", "Article (페이지)")
    assert "XL701" in [rule for rule, _ in loud_texts(EN_DEFINITIONS, "en", drifted, "ko")]


# docs12/hexo/writing-zhcn: a command named twice in inline code, translated inside the
# code once (`发布`) and kept the second time.
EN_COMMAND = ("You can use the `publish` command to move drafts to the `source/_posts` folder. "
              "`publish` works in a similar way to the `new` command.\n")
ZH_COMMAND = "您可以使用 `发布` 命令将草稿移动到 `source/_posts` 文件夹。 `publish` 工作方式类似于 `new` 命令。\n"


def test_a_command_translated_inside_inline_code_once_of_twice_is_reported():
    assert [rule for rule, _ in loud_texts(EN_COMMAND, "en", ZH_COMMAND, "zh")] == ["XL702"]


def test_a_command_named_once_for_twice_is_clean():
    named_once = "您可以使用 `publish` 命令将草稿移动到 `source/_posts` 文件夹，其工作方式类似于 `new` 命令。\n"
    assert loud_texts(EN_COMMAND, "en", named_once, "zh") == []


# docs12/hexo/asset-folders-zhcn: a run-together name written by its capitals.
EN_ASSETS = "Assets are non-post files in the `source` folder, such as images, CSS or JavaScript files.\n"
ZH_ASSETS = "资源（Asset）代表 `source` 文件夹中除了文章以外的所有文件，例如图片、CSS、JS 文件等。\n"


def test_a_name_written_by_its_capitals_is_kept():
    assert loud_texts(EN_ASSETS, "en", ZH_ASSETS, "zh") == []


def test_a_name_dropped_stays_reported():
    dropped = ZH_ASSETS.replace("、JS", "")
    assert [rule for rule, _ in loud_texts(EN_ASSETS, "en", dropped, "zh")] == ["XL401"]


# docs12/hexo/front-matter-ru: "three dashes" shown as the dashes themselves.
BLOCKS = """
```yaml
---
title: Hello World
---
```

```json
"title": "Hello World"
;;;
```
"""
EN_MARKS = ("Front-matter is terminated by three dashes when written in YAML or three semicolons "
            "when written in JSON.\n" + BLOCKS)
RU_MARKS = "Окончание шапки определяется строкой `---` или `;;;` при написании в формате JSON.\n" + BLOCKS


def test_a_count_of_marks_shown_as_the_marks_is_kept():
    assert loud_texts(EN_MARKS, "en", RU_MARKS, "ru") == []


def test_a_count_of_marks_shown_otherwise_stays_reported():
    other = RU_MARKS.replace("`---` или `;;;`", "`--` или `;;`")
    assert [rule for rule, _ in loud_texts(EN_MARKS, "en", other, "ru")] == ["XL101"]


# docs12/hexo/github-pages-ru: a dotfile the source no longer names, left in the translation.
EN_FOLDER = ("- The `public/` folder is not (and should not be) uploaded by default, make sure the `.gitignore` "
             "file contains `public/` line. The folder structure should be roughly similar to "
             "[this repo](https://github.com/hexojs/hexo-starter).\n")
RU_FOLDER = ("- Папка `public/` не должна загружаться по умолчанию, проверьте, что файл `.gitignore` содержит "
             "строку `public/`. Структура папки должна быть такой же, как в "
             "[этом репозитории](https://github.com/hexojs/hexo-starter), без файла `.gitmodules`.\n")


def test_a_dotfile_the_source_no_longer_names_is_reported():
    found = pair_findings(EN_FOLDER, "en", RU_FOLDER, "ru")
    assert [(f.rule, f.value) for f in found if f.severity != "info"] == [("XL701", "`.gitmodules`")]


def test_the_dotfiles_the_source_names_are_clean():
    current = RU_FOLDER.replace(", без файла `.gitmodules`", "")
    assert loud_texts(EN_FOLDER, "en", current, "ru") == []


# docs12/hexo/configuration-th: the translation introduces a block with a sentence of its
# own where the source writes "Examples:"; neither states a fact.
BLOCK = """```yaml
skip_render: "mypage/**/*"
```
"""
EN_INTRO = "### Directory\n\nHexo reads the source folder.\n\nExamples:\n\n" + BLOCK
TH_INTRO = "### Directory\n\nHexo อ่านโฟลเดอร์ source\n\nHexo process will ignore files list under this field\n\n" + BLOCK


def test_a_facts_free_introduction_worded_otherwise_is_clean():
    assert loud_texts(EN_INTRO, "en", TH_INTRO, "th") == []


def test_an_introduction_that_states_a_fact_the_source_lacks_stays_reported():
    stale = TH_INTRO.replace("under this field", "under `skip_render:` since 3.2")
    assert "XL002" in [rule for rule, _ in loud_texts(EN_INTRO, "en", stale, "th")]
