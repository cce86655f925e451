"""Apple localisation files: ``de.lproj/Localizable.strings`` (often UTF-16 with a BOM),
``.stringsdict`` (plural rules, a property list) and ``.xcstrings`` (String Catalogs: one
JSON file, every language, so one check compares three versions or more).

A key is one unit. Plural variations (``NSStringPluralRuleType``, xcstrings
``variations.plural``) are read as an ICU plural, so a translation may have its own
language's categories. Placeholders: printf with Objective-C and Swift forms (``%@``,
``%1$@``, ``%lld``).
"""

from __future__ import annotations

import json
import plistlib

import regex

from xlcheck.errors import InputError
from xlcheck.io.keyed import DEFAULT_LANGUAGE, Unit, keyed_document, keyed_language, lines_of
from xlcheck.model import Document
from xlcheck.patterns import lazy

_APPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "0": "\0"}
# A string runs to its closing quote or, unclosed, to the end of the text (then refused):
# one scan, never one per quote (`"\\"\\"…` would otherwise be quadratic).
_TOKEN = lazy(r'\s+|//[^\n]*|/\*.*?\*/|"(?:[^"\\]++|\\.?)*+(?P<close>"?)|[^\s"=;/]+|=|;', regex.S)


def decode(path: str) -> str:
    """A ``.strings`` file's text: UTF-16 (with a BOM, or without one when it has NULs) or UTF-8."""
    from xlcheck.io import read_bytes  # regular files only, within the size limit (io imports us)

    data = read_bytes(path)
    try:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return data.decode("utf-16")
        if b"\x00" in data[:200]:
            return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is neither UTF-8 nor UTF-16 ({exc.reason})",
                         "save it as UTF-8 or UTF-16 from Xcode") from exc


def _unquote(token: str) -> str:
    if not token.startswith('"'):
        return token
    body = token[1:-1]

    def escape(match: regex.Match) -> str:
        code = match.group(1)
        if code[0] in "uU" and len(code) > 1:
            return chr(int(code[1:].lstrip("+"), 16))
        return _APPLE_ESCAPES.get(code, code)

    return regex.sub(r"\\([uU]\+?[0-9a-fA-F]{4}|.)", escape, body)


def read_strings(path: str, lang: str | None = None) -> list[Document]:
    """The one document of a ``.strings`` file (``"key" = "value";`` with comments)."""
    text = decode(path).replace("\r\n", "\n")
    line_of = lines_of(text)
    tokens = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.isspace() or token.startswith(("//", "/*")):
            continue
        if token.startswith('"') and not match.group("close"):
            raise InputError(path, f"line {line_of(match.start()) + 1}: a string is not closed",
                             "close it with a quote")
        tokens.append((token, match.start()))
    units: list[Unit] = []
    i = 0
    while i < len(tokens):
        if i + 3 < len(tokens) and tokens[i + 1][0] == "=" and tokens[i + 3][0] == ";":
            key, value = _unquote(tokens[i][0]), _unquote(tokens[i + 2][0])
            units.append(Unit(key, value, line_of(tokens[i + 2][1]), ("printf",)))
            i += 4
        elif i + 1 < len(tokens) and tokens[i + 1][0] == ";":  # "key"; means "key" = "key";
            i += 2
        else:
            raise InputError(path, f"is not a valid .strings file (unexpected {tokens[i][0][:20]!r} at line "
                             f"{line_of(tokens[i][1]) + 1})", "check its quotes and semicolons")
    tag = lang or keyed_language(path) or DEFAULT_LANGUAGE
    return [keyed_document(path, tag, units, "strings", text.count("\n") + 1)]


def _icu_case(text: str) -> str:
    return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'") if "{" in text or "}" in text else text


_VARIABLE = lazy(r"%#@(\w+)@")


def _plural_rule(format_key: str, variables: dict[str, dict]) -> str:
    """A ``.stringsdict`` entry as one message: ``%#@files@`` becomes an ICU plural."""

    def variable(match: regex.Match) -> str:
        name = match.group(1)
        spec = variables.get(name)
        if not isinstance(spec, dict):
            return match.group()
        cases = [(c, spec[c]) for c in ("zero", "one", "two", "few", "many", "other") if isinstance(spec.get(c), str)]
        body = " ".join(f"{c} {{{_icu_case(_VARIABLE.sub(variable, v))}}}" for c, v in cases)
        return f"{{{name}, plural, {body}}}"

    return _VARIABLE.sub(variable, format_key)


def read_stringsdict(path: str, text: str, lang: str | None = None) -> list[Document]:
    """The one document of a ``.stringsdict`` property list."""
    try:
        data = plistlib.loads(text.encode("utf-8"))
    except (plistlib.InvalidFileException, ValueError, Exception) as exc:  # expat errors are not one class
        raise InputError(path, f"is not a valid property list ({exc})", "fix the file") from exc
    if not isinstance(data, dict):
        raise InputError(path, "is not a .stringsdict dictionary", "give xlcheck a .stringsdict file")
    line_of = lines_of(text)
    units: list[Unit] = []
    cursor = 0
    for key, entry in data.items():
        at = text.find(f"<key>{_xml_escape(key)}</key>", cursor)
        line = line_of(at) if at >= 0 else 0
        cursor = at + 1 if at >= 0 else cursor
        if not isinstance(entry, dict) or not isinstance(entry.get("NSStringLocalizedFormatKey"), str):
            continue
        variables = {k: v for k, v in entry.items() if isinstance(v, dict)}
        units.append(Unit(key, _plural_rule(entry["NSStringLocalizedFormatKey"], variables), line, ("icu", "printf")))
    tag = lang or keyed_language(path) or DEFAULT_LANGUAGE
    return [keyed_document(path, tag, units, "stringsdict", text.count("\n") + 1)]


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xc_value(localization: dict) -> str | None:
    """The text of one language of an xcstrings entry (plural variations as ICU)."""
    unit = localization.get("stringUnit")
    if isinstance(unit, dict) and isinstance(unit.get("value"), str):
        return unit["value"]
    plural = (localization.get("variations") or {}).get("plural")
    if isinstance(plural, dict):
        cases = [(c, _xc_value(v)) for c, v in plural.items() if isinstance(v, dict)]
        body = " ".join(f"{c} {{{_icu_case(v)}}}" for c, v in cases if v is not None)
        return f"{{count, plural, {body}}}" if body else None
    substitutions = localization.get("substitutions")
    if isinstance(substitutions, dict) and isinstance(unit, dict):
        return unit.get("value")
    return None


def read_xcstrings(path: str, text: str, langs=()) -> list[Document]:
    """One document per language of a String Catalog, the source language first."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"is not valid JSON ({exc.msg} at line {exc.lineno})", "fix the file") from exc
    strings = data.get("strings") if isinstance(data, dict) else None
    if not isinstance(strings, dict):
        raise InputError(path, "is not a String Catalog (no \"strings\")", "give xlcheck an .xcstrings file")
    source = data.get("sourceLanguage") or DEFAULT_LANGUAGE
    line_of = lines_of(text)
    per_lang: dict[str, list[Unit]] = {source: []}
    cursor = 0
    for key, entry in strings.items():
        at = text.find(json.dumps(key, ensure_ascii=False), cursor)
        key_at = at if at >= 0 else cursor
        cursor = key_at + 1
        if not isinstance(entry, dict) or entry.get("shouldTranslate") is False:
            continue
        localizations = entry.get("localizations") or {}
        if source not in localizations:
            per_lang[source].append(Unit(key, key, line_of(key_at), ("printf",)))
        for lang, localization in localizations.items():
            if not isinstance(localization, dict):
                continue
            value = _xc_value(localization)
            if value is None:
                continue
            lang_at = text.find(f'"{lang}"', key_at)
            value_at = text.find('"value"', lang_at) if lang_at >= 0 else -1
            syntax = ("icu", "printf") if value.startswith("{count, plural,") else ("printf",)
            per_lang.setdefault(lang, []).append(Unit(key, value, line_of(value_at if value_at >= 0 else key_at),
                                                      syntax))
    order = [source] + sorted(lang for lang in per_lang if lang != source)
    lines = text.count("\n") + 1
    return [keyed_document(path, lang, per_lang[lang], "xcstrings", lines) for lang in order if per_lang[lang]]
