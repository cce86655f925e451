"""JSON message files: nested (i18next, vue-i18n, FormatJS, ngx-translate) or flat, one
file per language (``locales/de.json``, ``locales/de/translation.json``), and Flutter ARB
(``app_de.arb``: ``@@locale`` names the language, ``@key`` entries are metadata, not text).

A nested key is its dotted path (``home.title``). i18next plural keys (``items_one``,
``items_other``, ``items_few``) are one unit, read as an ICU plural, since each language
has its own set of them. Placeholders: ``{{name}}`` (i18next) where a string uses them,
else ICU MessageFormat (``{name}``, ``{count, plural, …}``), which vue-i18n and FormatJS
share.
"""

from __future__ import annotations

import json

import regex

from xlcheck.errors import InputError
from xlcheck.io.keyed import DEFAULT_LANGUAGE, Unit, keyed_document, keyed_language, lines_of
from xlcheck.model import Document
from xlcheck.patterns import lazy

_PLURAL_SUFFIX = lazy(r"^(?P<base>.+)_(?P<category>zero|one|two|few|many|other)$")


def _pairs(pairs: list[tuple[str, object]]) -> list[tuple[str, object]]:
    return pairs  # keep the file's order and every key


class _Walker:
    """Walks a parsed JSON tree in file order, finding each key's line as it goes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cursor = 0
        self.line_of = lines_of(text)
        self.units: list[tuple[str, str, int]] = []

    def seek(self, token: str) -> int:
        """The line of the next occurrence of a key (``"key":``) or string, from the cursor."""
        for form in dict.fromkeys((json.dumps(token, ensure_ascii=False), json.dumps(token))):
            match = regex.compile(regex.escape(form) + r"\s*:?").search(self.text, self.cursor)
            if match:
                self.cursor = match.end()
                return self.line_of(match.start())
        return self.line_of(self.cursor)

    def walk(self, value: object, path: str, line: int) -> None:
        if isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
            for key, child in value:
                key_line = self.seek(key)
                self.walk(child, f"{path}.{key}" if path else key, key_line)
        elif isinstance(value, list):
            for index, child in enumerate(value):
                child_line = self.seek(child) if isinstance(child, str) else line
                self.walk(child, f"{path}[{index}]", child_line)
        elif isinstance(value, str):
            self.units.append((path, value, line))


def _syntax(text: str) -> tuple[str, ...]:
    # Plain JSON may be vue-i18n or i18next, where "l'{name}" is no ICU quoting.
    return ("mustache",) if "{{" in text or "$t(" in text else ("icu", "noquote")


def _units(walked: list[tuple[str, str, int]], syntax_of=_syntax) -> list[Unit]:
    """Units from (key, text, line), i18next plural keys merged into one ICU plural."""
    plural: dict[str, list[tuple[str, str, int]]] = {}
    for key, text, line in walked:
        match = _PLURAL_SUFFIX.match(key)
        if match:
            plural.setdefault(match.group("base"), []).append((match.group("category"), text, line))
    merged = {base for base, forms in plural.items() if any(c == "other" for c, _, _ in forms)}
    units: list[Unit] = []
    done: set[str] = set()
    for key, text, line in walked:
        match = _PLURAL_SUFFIX.match(key)
        if match and match.group("base") in merged:
            base = match.group("base")
            if base in done:
                continue
            done.add(base)
            forms = plural[base]
            body = " ".join(f"{category} {{{form}}}" for category, form, _ in forms)
            syntax = tuple(dict.fromkeys(("icu",) + tuple(s for _, form, _ in forms for s in syntax_of(form))))
            # i18next ordinals: "place_ordinal_one", "place_ordinal_two"…
            kind = "selectordinal" if base.endswith("_ordinal") else "plural"
            units.append(Unit(base, f"{{count, {kind}, {body}}}", forms[0][2], syntax))
            continue
        units.append(Unit(key, text, line, syntax_of(text)))
    return units


def read_json(path: str, text: str, lang: str | None = None) -> list[Document]:
    """The one document of a JSON message file."""
    try:
        tree = json.loads(text, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
                         "fix the file") from exc
    if not isinstance(tree, list) or (tree and not isinstance(tree[0], tuple)):
        raise InputError(path, "is not a JSON object of messages", "give xlcheck a file of key/value strings")
    walker = _Walker(text)
    walker.walk(tree, "", 0)
    tag = lang or keyed_language(path) or DEFAULT_LANGUAGE
    return [keyed_document(path, tag, _units(walker.units), "json", text.count("\n") + 1)]


def read_arb(path: str, text: str, lang: str | None = None) -> list[Document]:
    """The one document of a Flutter ARB file: ``@key`` metadata and ``@@`` attributes
    are not text; ``@@locale`` names the language."""
    try:
        tree = json.loads(text, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
                         "fix the file") from exc
    if not isinstance(tree, list):
        raise InputError(path, "is not an ARB object", "give xlcheck an .arb file")
    walker = _Walker(text)
    locale = None
    for key, value in tree:
        line = walker.seek(key)
        if key == "@@locale" and isinstance(value, str):
            locale = value
        elif not key.startswith("@") and isinstance(value, str):
            walker.units.append((key, value, line))
    tag = lang or (locale.replace("_", "-") if locale else None) or keyed_language(path) or DEFAULT_LANGUAGE
    # Flutter's gen-l10n reads apostrophes as text unless `use-escaping` is on.
    units = [Unit(key, value, line, ("icu", "noquote")) for key, value, line in walker.units]
    return [keyed_document(path, tag, units, "arb", text.count("\n") + 1)]
