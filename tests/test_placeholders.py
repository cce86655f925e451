"""Placeholders by syntax: ICU branches and CLDR plural categories, printf positions and
Apple forms, PO format flags and plural entries."""

from __future__ import annotations

import pytest

from xlcheck import check
from xlcheck.extract.placeholders import parse
from xlcheck.io.keyed import Unit, keyed_document


def _pair(source: str, target: str, syntax=("icu",), lang="de"):
    a = keyed_document("en.json", "en", [Unit("k", source, 0, syntax)], "json")
    b = keyed_document(f"{lang}.json", lang, [Unit("k", target, 0, syntax)], "json")
    return [(f.rule, f.value) for f in check([a, b]).findings]


@pytest.mark.parametrize(("text", "syntax", "values"), [
    ("%1$@ sent %2$lld photos", ("printf",), {"%1$@", "%2$lld"}),
    ("%@ and %d", ("printf",), {"%1$@", "%2$d"}),
    ("100%% sure, %(name)s", ("printf",), {"%(name)s"}),
    ("Copy %1 to %2", ("qt",), {"%1", "%2"}),
    ("{name} has {0} and {}", ("brace",), {"{name}", "{0}"}),
    ("Hello %{user}", ("ruby",), {"%{user}"}),
    ("Hi {{name}}, $t(common.ok)", ("mustache",), {"{{name}}", "$t(common.ok)"}),
    ("Hi { $name }", ("fluent",), {"{$name}"}),
    ("It's {n, number} '{literal}'", ("icu",), {"{n}"}),
])
def test_placeholders_of_each_syntax(text, syntax, values):
    assert parse(text, syntax).values() == values


def test_prose_percent_and_braces_are_not_placeholders_without_a_syntax():
    assert parse("50% of {all}", ()).values() == set()


def test_a_translated_select_is_clean():
    source = "{gender, select, female {She invited you} male {He invited you} other {They invited you}}"
    target = "{gender, select, female {Sie hat dich eingeladen} male {Er hat dich eingeladen} other {Man hat dich eingeladen}}"
    assert _pair(source, target) == []


def test_a_select_with_translated_keys_is_reported():
    source = "{gender, select, female {her} male {his} other {their}}"
    assert ("XL805", "female,male,femme") in _pair(source, "{gender, select, femme {sa} other {son}}", lang="fr")


def test_plural_categories_come_from_the_translation_language():
    source = "{count, plural, one {# file in {folder}} other {# files in {folder}}}"
    polish = "{count, plural, one {# plik w {folder}} few {# pliki w {folder}} many {# plików w {folder}} other {# pliku w {folder}}}"
    assert _pair(source, polish, lang="pl") == []
    assert _pair(source, "{count, plural, other {{folder}内の#個のファイル}}", lang="ja") == []
    assert ("XL804", "few,many") in _pair(source, "{count, plural, one {# plik w {folder}} other {# pliku w {folder}}}",
                                          lang="pl")


def test_every_branch_keeps_the_arguments():
    source = "{count, plural, one {# file in {folder}} other {# files in {folder}}}"
    polish = "{count, plural, one {# plik w {folder}} few {# pliki} many {# plików w {folder}} other {# pliku w {folder}}}"
    assert _pair(source, polish, lang="pl") == [("XL801", "{folder}")]


def test_broken_icu_in_the_translation_is_reported():
    assert _pair("{n, plural, one {# item} other {# items}}", "{n, plural, one {# Artikel} other {# Artikel}")[0][0] \
        == "XL806"


def test_swapped_unnumbered_printf_is_a_changed_placeholder():
    found = _pair("%s has %d files", "%d Dateien hat %s", syntax=("printf",))
    assert {rule for rule, _ in found} <= {"XL801", "XL802", "XL803"} and found


def test_reordered_numbered_printf_is_clean():
    assert _pair("%1$s has %2$d files", "%2$d Dateien hat %1$s", syntax=("printf",)) == []


PO = '''msgid ""
msgstr ""
"Language: pl\\n"
"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

#, python-format
msgid "Hello %(name)s"
msgstr "Cześć %(imie)s"

msgid "Hello %(name)s, 100% sure"
msgstr "Cześć, na 100% pewne"

#, c-format
msgid "%d file in %s"
msgid_plural "%d files in %s"
msgstr[0] "%d plik w %s"
msgstr[1] "%d pliki w %s"
msgstr[2] "%d plików"
'''


def test_po_format_flags_and_plural_entries(tmp_path):
    path = tmp_path / "app.pl.po"
    path.write_text(PO, encoding="utf-8")
    findings = check([str(path)]).findings
    found = {(f.rule, f.value, f.blamed.line) for f in findings if f.check == "placeholder"}
    assert ("XL803", "%(name)s", 8) in found  # python-format: the renamed argument
    assert ("XL801", "%2$s", 16) in found  # msgstr[2] lost the folder (the entry sits on msgstr[0])
    assert not any(f.blamed.line == 11 and f.check == "placeholder" for f in findings)  # no flag: not read


def test_po_plural_forms_count_follows_the_header(tmp_path):
    path = tmp_path / "app.pl.po"
    path.write_text(PO.replace('msgstr[2] "%d plików"\n', ""), encoding="utf-8")
    assert "XL804" in {f.rule for f in check([str(path)]).findings}


def test_selectordinal_uses_the_ordinal_categories_of_the_language():
    source = "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}"
    assert _pair(source, "{n, selectordinal, other {#.}}", lang="de") == []
    assert ("XL804", "few") in _pair(source, "{n, selectordinal, one {#st} two {#nd} other {#th}}", lang="en")


def test_a_placeholder_only_the_translation_has_is_extra():
    assert _pair("Saved", "%s gespeichert", syntax=("printf",)) == [("XL802", "%1$s")]


def test_an_apostrophe_before_a_brace_quotes_in_icu_but_not_in_plain_json(tmp_path):
    assert sorted(parse("l'{name}'", ("icu",)).values()) == []
    assert sorted(parse("l'{name}", ("icu", "noquote")).values()) == ["{name}"]
    (tmp_path / "en.json").write_text('{"a": "Photo of {name}"}', encoding="utf-8")
    (tmp_path / "fr.json").write_text('{"a": "Photo d\'{name}"}', encoding="utf-8")
    assert check([str(tmp_path / "en.json"), str(tmp_path / "fr.json")]).findings == ()
