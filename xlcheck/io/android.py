"""Android string resources: ``res/values/strings.xml`` (the default language) and
``res/values-de/strings.xml``, ``values-pt-rBR``, ``values-b+sr+Latn`` (translations).

``<string name>`` is one unit; ``<string-array>`` items are ``name[0]``, ``name[1]``…;
``<plurals>`` is one unit read as an ICU plural (a translation has its own language's
quantities). ``translatable="false"`` strings are left out. Text is unescaped as Android
does (``\\'``, ``\\"``, ``\\n``, ``\\uXXXX``, quoted spans); CDATA is text; inline markup
(``<b>``, ``<xliff:g>``) keeps its words. Placeholders: printf (``%1$s``, ``%d``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import regex

from xlcheck.errors import InputError
from xlcheck.io.keyed import DEFAULT_LANGUAGE, Unit, keyed_document, keyed_language, parse_xml
from xlcheck.model import Document
from xlcheck.patterns import lazy

_ESCAPE = lazy(r"\\(u[0-9a-fA-F]{4}|.)", regex.S)
_SIMPLE = {"n": "\n", "t": "\t", "'": "'", '"': '"', "\\": "\\", "@": "@", "?": "?"}


def unescape(raw: str) -> str:
    """A resource string as the app shows it.

    >>> unescape(r"Don\\'t \\"quote\\"\\nme"), unescape('"  kept  "'), unescape("a   b")
    ('Don\\'t "quote"\\nme', '  kept  ', 'a b')
    """
    out: list[str] = []
    quoted = False
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == "\\" and i + 1 < len(raw):
            match = _ESCAPE.match(raw, i)
            code = match.group(1)
            out.append(chr(int(code[1:], 16)) if code.startswith("u") and len(code) == 5 else _SIMPLE.get(code, code))
            i = match.end()
            continue
        if c == '"':
            quoted = not quoted
        elif c.isspace() and not quoted:
            if not out or out[-1] != " ":
                out.append(" ")
        else:
            out.append(c)
        i += 1
    text = "".join(out)
    return text if '"' in raw else text.strip()


def _text(element: ElementTree.Element) -> str:
    return unescape("".join(element.itertext()))


def read_android(path: str, text: str, lang: str | None = None) -> list[Document]:
    """The one document of an Android ``strings.xml``."""
    root, lines = parse_xml(path, text, "fix the file")
    if root.tag != "resources":
        raise InputError(path, "is not an Android resource file (no <resources> root)",
                         "give xlcheck a res/values*/strings.xml file")
    line_of = {id(element): line for element, line in zip(root.iter(), lines)}
    units: list[Unit] = []
    for element in root:
        name = element.get("name")
        if not name or element.get("translatable") == "false":
            continue
        line = line_of.get(id(element), 0)
        # formatted="false": the string is shown as it is, its percent signs are text.
        printf = () if element.get("formatted") == "false" else ("printf",)
        if element.tag == "string":
            units.append(Unit(name, _text(element), line, printf))
        elif element.tag == "string-array":
            for index, item in enumerate(element.findall("item")):
                units.append(Unit(f"{name}[{index}]", _text(item), line_of.get(id(item), line), printf))
        elif element.tag == "plurals":
            cases = [(item.get("quantity"), _text(item)) for item in element.findall("item") if item.get("quantity")]
            if cases:
                body = " ".join(f"{quantity} {{{_icu_literal(case)}}}" for quantity, case in cases)
                units.append(Unit(name, f"{{count, plural, {body}}}", line, ("icu", *printf)))
    tag = lang or keyed_language(path) or DEFAULT_LANGUAGE
    return [keyed_document(path, tag, units, "android", text.count("\n") + 1)]


def _icu_literal(text: str) -> str:
    """Text placed in an ICU case: braces and the apostrophes before them quoted."""
    return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'") if "{" in text or "}" in text else text
