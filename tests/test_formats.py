"""Key/value formats: each real excerpt has a clean translation (no finding), one with a
planted number drift and a planted placeholder drift (both reported), and one with its
keys reordered (still clean: versions pair by key, never by position)."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from xlcheck import check
from xlcheck.cli import main

BASE = FIXTURES / "formats"

# format -> (source, translation under clean/, drift/, reordered/)
CASES = {
    "json": ("json/en/translation.json", "de/translation.json"),
    "arb": ("arb/app_en.arb", "app_de.arb"),
    "yaml": ("yaml/en.yml", "de.yml"),
    "android": ("android/res/values/strings.xml", "values-de/strings.xml"),
    "apple": ("apple/en.lproj/Localizable.strings", "de.lproj/Localizable.strings"),  # de is UTF-16
    "stringsdict": ("stringsdict/en.lproj/Localizable.stringsdict", "de.lproj/Localizable.stringsdict"),
    "xcstrings": (None, "Localizable.xcstrings"),  # one file, four languages
    "properties": ("properties/messages.properties", "messages_de.properties"),
    "fluent": ("fluent/en-US.ftl", "pl.ftl"),
    "tmx": (None, "datetime.tmx"),  # one file, the languages of each unit in it
    "csv": (None, "text.csv"),  # a key column and one column per language
}


def _paths(fmt: str, variant: str) -> list[str]:
    source, translation = CASES[fmt]
    return ([str(BASE / source)] if source else []) + [str(BASE / fmt / variant / translation)]


def _findings(fmt: str, variant: str):
    return check(_paths(fmt, variant)).findings


def _loud(findings):
    return [(f.rule, f.value) for f in findings if f.severity != "info"]


@pytest.mark.parametrize("fmt", CASES)
def test_clean_translation_has_no_finding(fmt):
    assert _loud(_findings(fmt, "clean")) == []


@pytest.mark.parametrize("fmt", CASES)
def test_reordered_keys_are_no_drift(fmt):
    def shown(findings):
        return sorted((f.rule, f.value) for f in findings)

    assert shown(_findings(fmt, "reordered")) == shown(_findings(fmt, "clean"))
    assert _loud(_findings(fmt, "reordered")) == []


@pytest.mark.parametrize("fmt", CASES)
def test_planted_number_and_placeholder_drift_are_reported(fmt):
    findings = _findings(fmt, "drift")
    rules = {f.rule for f in findings}
    assert any(rule.startswith("XL1") for rule in rules), findings  # the number
    assert rules & {"XL801", "XL802", "XL803", "XL701", "XL702"}, findings  # the placeholder
    placeholder = next(f for f in findings if f.rule in {"XL801", "XL802", "XL803", "XL701", "XL702"})
    assert placeholder.severity == "error"
    assert placeholder.blamed.path.endswith(CASES[fmt][1].split("/")[-1]) and placeholder.blamed.line


@pytest.mark.parametrize("fmt", CASES)
def test_messages_name_the_key_not_a_paragraph_number(fmt):
    report = check(_paths(fmt, "drift"))
    number = next(f for f in report.findings if f.rule.startswith("XL1"))
    document = next(d for d in report.documents if d.path == number.blamed.path)
    key = document.paragraphs[number.blamed.paragraph - 1].key
    assert "paragraph" not in number.message and f"{document.lang} “{key}”" in number.message, number.message


def test_catalogue_messages_count_entries():
    findings = check([str(FIXTURES / "po" / "python-docs.fr.po")]).findings
    assert findings and all(" entry " in f.message and "paragraph" not in f.message for f in findings)


@pytest.mark.parametrize("fmt", CASES)
def test_cli_pairs_two_files_of_a_format(fmt, capsys):
    assert main(["check", *_paths(fmt, "drift")]) == 1
    assert main(["check", *_paths(fmt, "clean")]) == 0
    if CASES[fmt][0]:
        assert main(["diff", *_paths(fmt, "clean")]) == 0


def test_a_string_catalog_is_checked_in_every_language():
    report = check(_paths("xcstrings", "clean"))
    assert [d.lang for d in report.documents] == ["en", "de", "fr", "pl"]


def test_polish_plural_with_its_own_categories_is_clean():
    findings = check([str(BASE / "arb/app_en.arb"), str(BASE / "arb/clean/app_pl.arb")]).findings
    assert [f.rule for f in findings if f.check in ("placeholder", "key")] == []


def test_keys_only_one_side_has_are_information(tmp_path):
    (tmp_path / "en.json").write_text('{"a": "Open", "b": "Close", "gone": "Old"}', encoding="utf-8")
    (tmp_path / "de.json").write_text('{"b": "Schließen", "a": "Öffnen", "new": "Neu"}', encoding="utf-8")
    findings = check([str(tmp_path / "en.json"), str(tmp_path / "de.json")]).findings
    assert sorted((f.rule, f.value, f.severity, f.blamed.status) for f in findings) == [
        ("XL901", "gone", "info", "missing"), ("XL902", "new", "info", "extra")]


def test_unsupported_extension_names_the_supported_formats(tmp_path, capsys):
    (tmp_path / "a.en.docx").write_bytes(b"PK")
    (tmp_path / "a.de.docx").write_bytes(b"PK")
    assert main(["diff", str(tmp_path / "a.en.docx"), str(tmp_path / "a.de.docx")]) == 2
    err = capsys.readouterr().err
    assert ".docx" in err and "JSON" in err and "PO" in err


def test_a_message_the_translation_left_out_is_a_missing_key():
    findings = _findings("fluent", "clean")
    assert [(f.rule, f.value, f.severity) for f in findings] == [("XL901", "today-weekday", "info")]


def test_langs_pick_the_columns_of_a_table(capsys):
    path = str(BASE / "csv" / "drift" / "text.csv")
    assert main(["check", path, "--langs", "en,ja", "--format", "json"]) == 1
    import json

    report = json.loads(capsys.readouterr().out)
    assert [d["lang"] for d in report["documents"]] == ["en", "ja"]
    assert {f["rule"] for f in report["findings"]} == {"XL803"}


def test_columns_name_a_table_whose_headers_are_no_language_tags(tmp_path, capsys):
    """A spreadsheet exported for translators: "English" and "German" are column names."""
    import json

    rows = (BASE / "csv" / "drift" / "text.csv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split(",")
    rows[0] = ",".join(["id", "English", "Spanish", "Japanese", "Russian"][: len(header)])
    table = tmp_path / "strings.csv"
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["check", str(table), "--columns", "English=en,Japanese=ja", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [d["lang"] for d in report["documents"]] == ["en", "ja"]
    assert {f["rule"] for f in report["findings"]} == {"XL803"}
    assert main(["check", str(table), "--columns", "English=en,Deutsch=de"]) == 2
    assert "no column for 'Deutsch=de'" in capsys.readouterr().err


def _app_tree(root):
    """An app repository with translations in the layouts each platform uses."""
    import shutil

    def put(source, target):
        (root / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(BASE / source, root / target)

    put("android/res/values/strings.xml", "app/src/main/res/values/strings.xml")
    put("android/drift/values-de/strings.xml", "app/src/main/res/values-de/strings.xml")
    put("json/en/translation.json", "web/locales/en.json")
    put("json/clean/de/translation.json", "web/locales/de.json")
    put("apple/en.lproj/Localizable.strings", "ios/en.lproj/Localizable.strings")
    put("apple/clean/de.lproj/Localizable.strings", "ios/de.lproj/Localizable.strings")
    put("properties/messages.properties", "server/messages/messages.properties")
    put("properties/clean/messages_de.properties", "server/messages/messages_de.properties")
    put("xcstrings/drift/Localizable.xcstrings", "mac/Localizable.xcstrings")
    (root / "web" / "package.json").write_text('{"name": "web", "version": "1.0.0"}', encoding="utf-8")
    return root


def test_a_tree_pairs_key_value_files_by_their_layouts(tmp_path):
    from xlcheck.api import check_paths

    report = check_paths([str(_app_tree(tmp_path))])
    read = {(d.path.replace(str(tmp_path) + "/", ""), d.lang) for d in report.documents}
    assert ("app/src/main/res/values-de/strings.xml", "de") in read
    assert ("web/locales/de.json", "de") in read and ("ios/de.lproj/Localizable.strings", "de") in read
    assert ("server/messages/messages_de.properties", "de") in read
    assert not any(path.endswith("package.json") for path, _ in read)
    blamed = {(f.rule, f.blamed.path.replace(str(tmp_path) + "/", "")) for f in report.findings
              if f.severity == "error"}
    assert ("XL803", "app/src/main/res/values-de/strings.xml") in blamed
    assert ("XL801", "mac/Localizable.xcstrings") in blamed
    assert report.errors == ()


def test_a_changed_translation_is_checked_against_its_counterpart(tmp_path):
    from xlcheck.api import check_paths

    root = _app_tree(tmp_path)
    (root / ".git").mkdir()  # counterparts are looked for in the enclosing checkout
    report = check_paths([str(root / "app/src/main/res/values-de/strings.xml")])
    assert {d.lang for d in report.documents} == {"en", "de"}
    assert "XL803" in {f.rule for f in report.findings}


@pytest.mark.parametrize(("module", "fixture"), [("yaml", "yaml/en.yml"), ("fluent", "fluent/en-US.ftl")])
def test_a_missing_optional_parser_is_exit_2_naming_the_install_command(module, fixture, monkeypatch, capsys):
    import sys

    monkeypatch.setitem(sys.modules, module, None)
    if module == "fluent":
        monkeypatch.setitem(sys.modules, "fluent.syntax", None)
    assert main(["check", str(BASE / fixture), str(BASE / fixture)]) == 2
    assert "pip install 'xlcheck[" in capsys.readouterr().err


def test_i18next_ordinal_keys_are_one_selectordinal(tmp_path):
    (tmp_path / "en.json").write_text('{"place_ordinal_one": "{{count}}st", "place_ordinal_two": "{{count}}nd", '
                                      '"place_ordinal_few": "{{count}}rd", "place_ordinal_other": "{{count}}th"}',
                                      encoding="utf-8")
    (tmp_path / "de.json").write_text('{"place_ordinal_other": "{{count}}."}', encoding="utf-8")
    report = check([str(tmp_path / "en.json"), str(tmp_path / "de.json")])
    assert [p.key for p in report.documents[1].paragraphs] == ["place_ordinal"]
    assert report.findings == ()


def test_android_formatted_false_strings_have_no_placeholders(tmp_path):
    for folder, text in (("values", "100% sure, %d"), ("values-de", "100% sicher")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "strings.xml").write_text(
            f'<resources><string name="a" formatted="false">{text}</string></resources>', encoding="utf-8")
    report = check([str(tmp_path / "values/strings.xml"), str(tmp_path / "values-de/strings.xml")])
    assert not [f for f in report.findings if f.check == "placeholder"]


def test_arb_apostrophes_are_text_as_flutter_reads_them(tmp_path):
    # Flutter Gallery's nl translation quotes the argument: gen-l10n (use-escaping off) shows it.
    (tmp_path / "app_en.arb").write_text('{"a": "You selected: \\"{value}\\""}', encoding="utf-8")
    (tmp_path / "app_nl.arb").write_text('{"a": "Je hebt \'{value}\' geselecteerd"}', encoding="utf-8")
    assert check([str(tmp_path / "app_en.arb"), str(tmp_path / "app_nl.arb")]).findings == ()
