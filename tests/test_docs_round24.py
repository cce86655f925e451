"""Round 24 on documentation (tuning data docs20 and docs18): entries of the Spanish
catalogues of the Spyder documentation (spyder-ide/spyder-docs, MIT) and a paragraph of the
Preact website's debugging page in English and Japanese (preactjs/preact-www, MIT), sources
in fixtures/SOURCES.md, each with its clean twin."""

from __future__ import annotations

from tests.conftest import loud_catalogue, loud_located

# spyder-docs doc/locales/es/LC_MESSAGES/panes.po (panes/projects.rst): the Python keyword in the
# inline literal is translated.
PROJECTS_EN = ("In addition, your project's root folder is used to set your working directory, and "
               "automatically added to the ``PYTHONPATH``, so you can easily ``import`` and work with "
               "any modules and packages you create inside of it.")
PROJECTS_ES = ("Además, la carpeta raíz del proyecto se utiliza para establecer tu directorio de trabajo, "
               "y se añade automáticamente al ``PYTHONPATH``, para que puedas ``importar`` fácilmente y "
               "trabajar con cualquier módulo y paquetes que crees dentro de él.")


def test_a_python_keyword_translated_in_a_literal_is_a_changed_literal(tmp_path):
    assert loud_catalogue(tmp_path, [(PROJECTS_EN, PROJECTS_ES)], "es") == [("XL702", "``import``")]


def test_a_python_keyword_kept_in_a_literal_is_clean(tmp_path):
    kept = PROJECTS_ES.replace("``importar``", "``import``")
    assert loud_catalogue(tmp_path, [(PROJECTS_EN, kept)], "es") == []


# metabrainz/picard-docs _locale/de/LC_MESSAGES/functions/func_if.po (CC0 1.0): the arguments of
# $if(condition,then,else) named in German, the keyword among them.
IF_EN = "If ``condition`` is not empty it returns ``then``, otherwise it returns ``else``."
IF_DE = "Wenn ``bedingung`` nicht leer ist, wird ``wenn`` zurückgegeben, andernfalls ``dann``."


def test_a_keyword_translated_with_the_other_words_of_its_example_is_localised(tmp_path):
    assert loud_catalogue(tmp_path, [(IF_EN, IF_DE)], "de") == []


# spyder-docs panes.po (panes/editor.rst): the regular-expression button, a label of symbols only,
# written with a space inside.
EDITOR_EN = ("Use the :guilabel:`.*` button to process search text as a regular expression, "
             ":guilabel:`Aa` to treat it as case-sensitive and :guilabel:`[–]` to only match whole words.")
EDITOR_ES = ("Usa :guilabel:`. *` para procesar texto de búsqueda como una expresión regular, "
             ":guilabel:`Aa` para tratarlo como sensible a mayúsculas y :guilabel:`[–]` para que solo "
             "coincida con palabras enteras.")


def test_a_label_of_symbols_written_otherwise_is_a_changed_label(tmp_path):
    assert loud_catalogue(tmp_path, [(EDITOR_EN, EDITOR_ES)], "es") == [("XL702", ":guilabel:`.*`")]


def test_a_label_of_symbols_kept_is_clean(tmp_path):
    kept = EDITOR_ES.replace("`. *`", "`.*`")
    assert loud_catalogue(tmp_path, [(EDITOR_EN, kept)], "es") == []


def test_a_label_of_words_is_still_prose(tmp_path):
    label = (EDITOR_EN.replace("`Aa`", "`Match case`"),
             EDITOR_ES.replace("`. *`", "`.*`").replace("`Aa`", "`Coincidir mayúsculas`"))
    assert loud_catalogue(tmp_path, [label], "es") == []


# spyder-docs panes.po (panes/editor.rst, the file switcher): the arrow key named in Spanish.
SWITCHER_EN = ("By clicking the dropdown or press the :kbd:`Down Arrow` key in the filename combobox, "
               "you can select a file.")
SWITCHER_ES = ("Haciendo clic en el menú desplegable o pulsando la tecla :kbd:`Flecha abajo` en el cuadro "
               "del nombre de archivo, puedes seleccionar un archivo.")


def test_an_arrow_key_named_in_the_translation_is_the_same_key(tmp_path):
    assert loud_catalogue(tmp_path, [(SWITCHER_EN, SWITCHER_ES)], "es") == []


def test_another_arrow_key_is_still_reported(tmp_path):
    other = SWITCHER_ES.replace("Flecha abajo", "Flecha arriba")
    assert loud_catalogue(tmp_path, [(SWITCHER_EN, other)], "es") == [("XL702", ":kbd:`Down`")]


# preactjs/preact-www content/en/guide/v10/debugging.md and content/ja/…: the source names
# `default` and `named` before one plural noun; ja widens each literal to its noun.
EXPORTS_EN = ("Preact will throw this error whenever you pass `undefined` instead of a component. "
              "The common cause for this one is mixing up `default` and `named` exports.\n")
EXPORTS_JA = ("Preactはコンポーネントの代わりに`undefined`を渡すとこのエラーをスローします。\n"
              "このエラーのよくある原因は`default export`と`named export`を取り違えていることです。\n")


def test_literals_sharing_one_noun_widened_to_it_are_the_same_code():
    assert loud_located(EXPORTS_EN, "en", EXPORTS_JA, "ja") == []


def test_literals_widened_to_another_noun_are_still_reported():
    found = loud_located(EXPORTS_EN, "en", EXPORTS_JA.replace("`named export`", "`named import`"), "ja")
    assert [(rule, value) for rule, value, _ in found] == [("XL702", "`named`")]


# preactjs/preact-www content/{en,ja}/guide/v10/components.md: the concept's old name, quoted
# inside inline code in the source, quoted in katakana in ja.
STATELESS_EN = ("> Note in earlier versions they were known as `\"Stateless Components\"`. This doesn't hold "
                "true anymore with the [hooks-addon](/guide/v10/hooks).\n")
STATELESS_JA = ("> 注意: 以前のバージョンでは「ステートレスコンポーネント」として知られていましたが、"
                "現在は[フックを使用すること](/guide/v10/hooks)でステートを持つことができます。\n")


def test_a_quoted_term_in_code_quoted_in_the_translation_is_kept():
    assert loud_located(STATELESS_EN, "en", STATELESS_JA, "ja") == []


def test_a_quoted_term_in_code_the_translation_drops_is_reported():
    dropped = STATELESS_JA.replace("「ステートレスコンポーネント」", "ステートレスコンポーネント")
    assert [(rule, value) for rule, value, _ in loud_located(STATELESS_EN, "en", dropped, "ja")] == [
        ("XL701", '`"Stateless Components"`')]
