"""Round 22 on documentation (tuning data docs18): excerpts of the French catalogues of the
CryptPad documentation (cryptpad/documentation, CC BY 4.0) and of the Preact website in
English and Japanese (preactjs/preact-www, MIT), sources in fixtures/SOURCES.md, each with
its clean twin."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import loud_catalogue, loud_located

# cryptpad/documentation locale/fr/LC_MESSAGES/user_guide/apps/code.po: the project's own
# role :badge_user: (defined in its conf.py) marks who may use a feature; its content is a
# label the translator translates.
INSERT = ("|picture-o| **Insert**: Add an image to the document. The image can be chosen in the drive or "
          "uploaded. :badge_user:`Logged in users`",
          "|picture-o| **Insérer** : Intègre une image dans le document. L'image peut être choisie dans le "
          "drive ou importée. :badge_user:`Utilisateurs enregistrés`")
# cryptpad/documentation locale/fr/LC_MESSAGES/user_guide/user_account.po: the role alone.
ACCOUNT = (":badge_user:`Logged in users`", ":badge_user:`Utilisateur·ices enregistré·es`")


def test_a_project_role_holding_words_is_translated_prose(tmp_path):
    assert loud_catalogue(tmp_path, [INSERT, ACCOUNT], "fr") == []


def test_a_project_role_holding_a_name_is_still_compared(tmp_path):
    entry = (INSERT[0].replace("`Logged in users`", "`logged_in`"), INSERT[1].replace("`Utilisateurs enregistrés`",
                                                                                      "`enregistres`"))
    assert loud_catalogue(tmp_path, [entry], "fr") == [("XL702", ":badge_user:`logged_in`")]


def test_a_standard_role_holding_words_is_still_compared(tmp_path):
    entry = ("Run :command:`git commit` in the drive.", "Lancez :command:`git valider` dans le drive.")
    assert loud_catalogue(tmp_path, [entry], "fr") == [("XL702", ":command:`git commit`")]


def _pair(source: str, translation: str) -> list[tuple[str, str, int]]:
    return loud_located(source, "en", translation, "ja")


# preactjs/preact-www content/en/guide/v10/debugging.md and content/ja/guide/v10/debugging.md:
# the second paragraph on the `undefined` component error; ja puts the word after the code
# inside the backticks (`named export`).
EN_EXPORT = ("The same error will be thrown when it's the other way around. When you declare a `named` export "
             "and are trying to use it as a `default` export.\n")
JA_EXPORT = "逆の場合も同じエラーがスローされます。\nそれは`named export`と宣言して`default export`を使おうとする場合です。\n"


def test_inline_code_widened_to_the_next_word_is_the_same_code():
    assert _pair(EN_EXPORT, JA_EXPORT) == []


def test_inline_code_widened_to_another_word_is_still_reported():
    assert _pair(EN_EXPORT, JA_EXPORT.replace("`default export`", "`default import`")) == [
        ("XL702", "`default`", 2)]


# preactjs/preact-www content/en/guide/v10/debugging.md and content/ja/guide/v10/debugging.md:
# the "same key" example; the source's formatter wraps the JSX of several lines in
# parentheses, ja's older copy writes it on one line.
EN_KEYS = ("```jsx\n"
           "// Both children will have the same key \"A\"\n"
           "<div>\n"
           "\t{['A', 'A'].map(char => (\n"
           "\t\t<p key={char}>{char}</p>\n"
           "\t))}\n"
           "</div>\n"
           "```\n")
JA_KEYS = ("```jsx\n"
           "// 両方の子要素が同じ\"A\"keyを持っています。\n"
           "<div>\n"
           "  {['A', 'A'].map(char => <p key={char}>{char}</p>)}\n"
           "</div>\n"
           "```\n")


def test_jsx_wrapped_in_parentheses_over_lines_is_the_same_code():
    assert _pair(EN_KEYS, JA_KEYS) == []


def test_jsx_over_lines_with_another_key_is_still_reported():
    assert _pair(EN_KEYS, JA_KEYS.replace("key={char}", "key={index}")) == [
        ("XL703", "code:(", 4), ("XL703", "code:<p key={char}>{char}</p> ))}", 1)]


# preactjs/preact-www content/en/guide/v10/components.md and content/ja/guide/v10/components.md:
# the Fragment example; the source marks it runnable on the site with `// --repl`, ja's
# older copy has no marker.
EN_FRAGMENT = ("```jsx\n"
               "// --repl\n"
               "import { Fragment, render } from 'preact';\n"
               "```\n")
JA_FRAGMENT = ("```jsx\n"
               "import { Fragment, render } from 'preact';\n"
               "```\n")


def test_a_dropped_repl_marker_comment_is_reported():
    assert _pair(EN_FRAGMENT, JA_FRAGMENT) == [("XL703", "code:--repl", 2)]


def test_a_kept_repl_marker_comment_is_clean():
    assert _pair(EN_FRAGMENT, EN_FRAGMENT) == []


# preactjs/preact-www content/{en,ja}/guide/v10/web-components.md, as committed in
# heldout/docs18/markdown-preact: the source moved its last section ("Creating a Web
# Component") to a page of its own; ja still ends with it.
PREACT = Path(__file__).parent.parent / "fixtures" / "heldout" / "docs18" / "markdown-preact"


def _page(name: str) -> str:
    return (PREACT / name).read_text(encoding="utf-8")


def test_a_translation_that_keeps_a_section_the_source_moved_away_is_compared_paragraph_by_paragraph():
    found = _pair(_page("web-components-ja.en.md"), _page("web-components-ja.ja.md"))
    assert not [f for f in found if f[0] == "XL001"]
    assert ("XL002", "## Webコンポーネントを作成する") in {(rule, value) for rule, value, _ in found}


def test_another_page_with_a_section_of_its_own_is_still_not_a_translation():
    found = _pair(_page("web-components-ja.en.md"), _page("options-ja.ja.md"))
    assert [f[0] for f in found if f[0] == "XL001"] == ["XL001"]


# preactjs/preact-www content/{en,ja}/guide/v10/web-components.md: the first example; the
# source's formatter puts a call's arguments one per line, ja's older copy on one line.
EN_DEFINE = ("```js\n"
             "customElements.define(\n"
             "\t'x-foo',\n"
             "\tclass extends HTMLElement {\n"
             "\t\t// ...\n"
             "\t}\n"
             ");\n"
             "```\n")
JA_DEFINE = ("```js\n"
             "customElements.define('x-foo', class extends HTMLElement {\n"
             "  // ...\n"
             "});\n"
             "```\n")


def test_a_call_with_its_arguments_one_per_line_is_the_same_code():
    assert _pair(EN_DEFINE, JA_DEFINE) == []


def test_a_call_with_another_argument_is_still_reported():
    assert _pair(EN_DEFINE, JA_DEFINE.replace("'x-foo'", "'x-bar'")) == [
        ("XL703", 'code:"x-foo",', 1), ("XL703", "code:customElements.define(", 2), ("XL703", "code:} );", 4)]
