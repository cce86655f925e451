"""Round 36 on documentation (tuning data docs31, after its held-out score): a word that opens
a list item opens a sentence. VuePress's option tables ("- Type: `string`") keep one section
untranslated in Chinese, where "Type" is then written as in English; the other sections'
"- 类型:" must not make "Type" a name the Chinese lost. Source: vuejs/vuepress
`packages/docs/docs/config/README.md` and `zh/config/README.md` (MIT), cut."""

from __future__ import annotations

from tests.conftest import extracted, loud_located
from xlcheck.extract import names

EN = """### port

- Type: `number`
- Default: `8080`

Specify the port to use for the dev server.

### temp

- Type: `string`
- Default: `/path/to/@vuepress/core/.temp`

Specify the temporary directory for client.
"""
ZH = """### port

- 类型: `number`
- 默认值: `8080`

指定 dev server 的端口。

### temp

- Type: `string`
- Default: `/path/to/@vuepress/core/.temp`

指定客户端文件的临时目录。
"""


def _names(text: str):
    from xlcheck.extract import Claims
    from xlcheck.locales import locale_info

    return names.extract(text, locale_info("en"), Claims(len(text), text), "text")


def test_a_list_items_first_word_opens_a_sentence():
    assert [inv.flag for inv in _names("- Type: `string`\n1. Fork it")] == [
        "capitalised|initial",
        "capitalised|initial",
    ]


def test_a_field_label_one_section_keeps_in_english_is_no_lost_name():
    assert loud_located(EN, "en", ZH, "zh") == []


def test_every_section_translated_is_clean_too():
    translated = ZH.replace("- Type: `string`\n- Default:", "- 类型: `string`\n- 默认值:")
    assert loud_located(EN, "en", translated, "zh") == []


def test_a_value_the_list_item_changes_is_still_reported():
    changed = ZH.replace("`8080`", "`8081`")
    assert [rule for rule, _, _ in loud_located(EN, "en", changed, "zh")] == ["XL702"]


def test_a_name_inside_a_list_item_is_still_a_name():
    assert extracted(names, "- Use the port Vite gives", "en") == [("Vite", "Vite")]


# The same page: "URL" is a generic acronym the Chinese writes in words (路径, 链接).
BASE_EN = 'The base URL the site will be deployed at. If you deploy it to `https://foo.github.io/bar/`, set `base` to `"/bar/"`.\n'
BASE_ZH = (
    '部署站点的基础路径。如果你想将你的网站部署到 `https://foo.github.io/bar/`，那么 `base` 应该被设置成 `"/bar/"`。\n'
)


def test_url_written_in_words_is_no_lost_name():
    assert extracted(names, BASE_EN, "en") == []
    assert loud_located(BASE_EN, "en", BASE_ZH, "zh") == []


def test_the_address_itself_changed_is_still_reported():
    changed = BASE_ZH.replace("foo.github.io", "bar.github.io")
    assert [rule for rule, _, _ in loud_located(BASE_EN, "en", changed, "zh")] == ["XL702"]
