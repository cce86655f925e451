"""Misses on the third documentation set (tuning data), each from a real excerpt with its
clean twin.

Sources (fixtures/SOURCES.md): the Ukrainian Python documentation catalogues
(python/python-docs-uk, CC0), the FastAPI documentation (fastapi/fastapi, MIT).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xlcheck import check, document_from_text

HEADER = 'msgid ""\nmsgstr ""\n"Language: uk\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def po_findings(tmp_path: Path, msgid: str, msgstr: str) -> list[tuple[str, str]]:
    path = tmp_path / "entry.uk.po"
    path.write_text(HEADER + f"msgid {msgid}\nmsgstr {msgstr}\n", encoding="utf-8")
    return [(f.rule, f.severity) for f in check([str(path)]).findings]


# python-docs-uk library/2to3.po, whatsnew/2.6.po, library/datetime.po, using/configure.po:
# the code in a ``literal`` of Sphinx documentation is its API; translating its
# identifiers or keywords breaks it.
@pytest.mark.parametrize(("msgid", "msgstr", "kept"), [
    ('"Changes ``dict.has_key(key)`` to ``key in dict``."',
     '"Змінює ``dict.has_key(key)`` на ``ключ у dict``."',
     '"Змінює ``dict.has_key(key)`` на ``key in dict``."'),
    ('"various combinations of ``(start, stop, step)`` are supplied."',
     '"підтримуються різні комбінації ``(початок, зупинка, крок)``."',
     '"підтримуються різні комбінації ``(start, stop, step)``."'),
    ('"``0 <= minute < 60``,"', '"``0 <= хвилина < 60``,"', '"``0 <= minute < 60``,"'),
    ('"``install``: run ``python -m ensurepip --altinstall`` command;"',
     '"``встановити``: запустіть команду ``python -m ensurepip --altinstall``;"',
     '"``install``: запустіть команду ``python -m ensurepip --altinstall``;"'),
])
def test_identifiers_translated_in_a_rest_literal_are_a_changed_literal(tmp_path, msgid, msgstr, kept):
    assert po_findings(tmp_path, msgid, msgstr) == [("XL702", "error")]
    assert po_findings(tmp_path, msgid, kept) == []


# python-docs-uk library/datetime.po: "or" between two alternatives is prose inside the
# literal; translating it is a localised example (information), not an error.
def test_a_connecting_word_translated_in_a_rest_literal_is_localised(tmp_path):
    found = po_findings(tmp_path, '"``t1 = t2 * i or t1 = i * t2``"', '"``t1 = t2 * i або t1 = i * t2``"')
    assert found == [("XL704", "info")]


def loud(en: str, other: str, lang: str) -> list[tuple[str, str]]:
    report = check([document_from_text(en, "en", "a.en.md", "markdown"),
                    document_from_text(other, lang, f"b.{lang}.md", "markdown")], reference=0)
    return [(f.rule, f.blamed.text or next(loc.text for loc in f.locations if loc.text))
            for f in report.findings if f.severity != "info"]


# fastapi/fastapi docs/{en,zh}/docs/deployment/docker.md: the zh requirements.txt is an
# older one; each line of it is a change a reviewer reads on its own.
REQUIREMENTS_EN = ("For example, your `requirements.txt` could look like:\n\n```\n"
                   "fastapi[standard]>=0.113.0,<0.114.0\npydantic>=2.7.0,<3.0.0\n```\n")
REQUIREMENTS_ZH = ("例如，你的 `requirements.txt` 可能如下所示：\n\n```\n"
                   "fastapi>=0.68.0,<0.69.0\npydantic>=1.8.0,<2.0.0\nuvicorn>=0.15.0,<0.16.0\n```\n")


def test_a_changed_requirements_file_is_reported_line_by_line():
    found = loud(REQUIREMENTS_EN, REQUIREMENTS_ZH, "zh")
    assert [rule for rule, _ in found] == ["XL703"] * 3  # two lines changed, one added
    assert {"pydantic>=1.8.0,<2.0.0", "uvicorn>=0.15.0,<0.16.0"} <= {text for _, text in found}
    clean = REQUIREMENTS_EN.replace("For example, your `requirements.txt` could look like:",
                                    "例如，你的 `requirements.txt` 可能如下所示：")
    assert loud(REQUIREMENTS_EN, clean, "zh") == []


# fastapi/fastapi docs/{en,ja}/docs/tutorial/query-params-str-validations.md: the ja page
# still writes the typing module's `List[str]` where the source moved to `list[str]`.
def test_a_capitalised_type_is_another_type_not_a_localised_word():
    en = "Then, with a URL like: the `q` parameter is a Python `list[str]` inside your function.\n"
    ja = "そして、以下のようなURLで: 関数内のPython `List[str]` の中にある `q` になります。\n"
    assert ("XL702", "`List[str]`") in loud(en, ja, "ja")
    assert loud(en, ja.replace("List[str]", "list[str]"), "ja") == []


# fastapi/fastapi docs/{en,fr}/docs/tutorial/body.md: the fr link to the page lost the
# anchor of the section it points to.
ANCHOR_EN = ("If you don't want to use Pydantic models, you can also use **Body** parameters. See the docs for "
             "[Body - Multiple Parameters: Singular values in body](body-multiple-params.md#singular-values-in-body)"
             "{.internal-link target=_blank}.\n")
ANCHOR_FR = ("Si vous ne voulez pas utiliser des modèles Pydantic, vous pouvez aussi utiliser des paramètres de "
             "**Corps**. Pour cela, allez voir la partie de la documentation sur  [Corps de la requête - Paramètres "
             "multiples](body-multiple-params.md){.internal-link target=_blank}.\n")


def test_a_link_that_lost_its_anchor_is_reported_once():
    assert loud(ANCHOR_EN, ANCHOR_FR, "fr") == [("XL601", "body-multiple-params.md#singular-values-in-body")]
    # the anchor translated with its heading is the same link
    translated = ANCHOR_FR.replace("(body-multiple-params.md)", "(body-multiple-params.md#valeurs-singulieres)")
    assert loud(ANCHOR_EN, translated, "fr") == []
    # a link dropped whole is one finding, by its page
    dropped = ANCHOR_FR.replace(" Pour cela, allez voir la partie de la documentation sur  [Corps de la requête - "
                                "Paramètres multiples](body-multiple-params.md){.internal-link target=_blank}.", "")
    assert [rule for rule, _ in loud(ANCHOR_EN, dropped, "fr")] == ["XL601"]
    # an anchor only the translation has is no loss
    assert loud(ANCHOR_FR, ANCHOR_EN, "fr") == []


# nodejs/nodejs.org apps/site/pages/{en,tr}/about/branding.mdx: the tr title lost its "# ".
BRANDING_EN = ("# Branding of Node.js\n\nPlease review the [trademark policy](https://trademark-policy.openjsf.org/) "
               "for information about permissible use of Node.js® logos and marks.\n")
BRANDING_TR = ("Node.js'in markalaşması\n\nNode.js® logolarının ve işaretlerinin izin verilen kullanımına ilişkin "
               "bilgi için lütfen [ticari marka politikasını](https://trademark-policy.openjsf.org/) inceleyin.\n")


def test_a_title_that_lost_its_heading_marker_is_markup_drift():
    assert loud(BRANDING_EN, BRANDING_TR, "tr") == [("XL701", "#")]
    assert loud(BRANDING_EN, "# " + BRANDING_TR, "tr") == []
    # a heading aligned with a sentence of prose is not a title that lost its marker
    sentence = BRANDING_TR.replace("Node.js'in markalaşması", "Node.js'in markalaşması hakkında bilgi verir.")
    assert ("XL701", "#") not in loud(BRANDING_EN, sentence, "tr")


# fastapi/fastapi docs/{en,ja}/docs/tutorial/query-params-str-validations.md: the ja page
# still tells to pass `...`; the source no longer does. A literal of punctuation alone
# formats no word of the source: it is a value only the translation states.
REQUIRED_EN = "So, when you need to declare a value as required while using `Query`, you can simply not declare a default value:\n"
REQUIRED_JA = "そのため、`Query`を使用して必須の値を宣言する必要がある場合は、第一引数に`...`を使用することができます:\n"


def test_a_literal_of_punctuation_only_the_translation_has_is_reported():
    assert loud(REQUIRED_EN, REQUIRED_JA, "ja") == [("XL701", "`...`")]
    assert loud(REQUIRED_EN, REQUIRED_JA.replace("第一引数に`...`を使用することができます",
                                                 "デフォルト値を宣言しないだけです"), "ja") == []
