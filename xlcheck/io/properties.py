"""Java ``.properties`` resource bundles: ``Messages.properties`` (the default language)
and ``Messages_de.properties``, ``messages_pt_BR.properties`` (translations).

The syntax is Java's (``key=value``, ``key: value``, ``key value``; ``#`` and ``!``
comments; a trailing backslash continues a line; ``\\uXXXX``, ``\\t``, ``\\n`` escapes).
The file is UTF-8, or ISO-8859-1 when it is not valid UTF-8 (what Java 9+ does).
Placeholders: ``java.text.MessageFormat`` (``{0}``, ``{1,number}``, ``choice``), read as
ICU MessageFormat, which it is a subset of.
"""

from __future__ import annotations

from xlcheck.io.keyed import DEFAULT_LANGUAGE, Unit, keyed_document, keyed_language
from xlcheck.model import Document

_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}


def decode(path: str) -> str:
    from xlcheck.io import read_bytes  # regular files only, within the size limit (io imports us)

    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("iso-8859-1")


def _unescape(text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            if n == "u" and i + 6 <= len(text):
                try:
                    out.append(chr(int(text[i + 2:i + 6], 16)))
                    i += 6
                    continue
                except ValueError:
                    pass
            out.append(_ESCAPES.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _split(logical: str) -> tuple[str, str]:
    """A logical line's key and raw value (the separator is the first unescaped ``=``,
    ``:`` or white space)."""
    i = 0
    while i < len(logical):
        c = logical[i]
        if c == "\\":
            i += 2
            continue
        if c in "=: \t\f":
            break
        i += 1
    key = logical[:i]
    rest = logical[i:].lstrip(" \t\f")
    if rest[:1] in ("=", ":"):
        rest = rest[1:].lstrip(" \t\f")
    return key, rest


def parse_properties(text: str) -> list[tuple[str, str, int]]:
    """(key, value, 0-based line) of every entry.

    >>> parse_properties("# c\\na = x\\\\\\n   y\\nb:\\\\u00e9t\\\\u00e9\\nc d")
    [('a', 'xy', 1), ('b', 'été', 3), ('c', 'd', 4)]
    """
    entries = []
    lines = text.replace("\r\n", "\n").split("\n")
    index = 0
    while index < len(lines):
        start = index
        line = lines[index].lstrip(" \t\f")
        index += 1
        if not line or line[0] in "#!":
            continue
        logical = line
        while _continues(logical) and index < len(lines):
            logical = logical[:-1] + lines[index].lstrip(" \t\f")
            index += 1
        if _continues(logical):
            logical = logical[:-1]
        key, value = _split(logical)
        entries.append((_unescape(key), _unescape(value), start))
    return entries


def _continues(line: str) -> bool:
    backslashes = len(line) - len(line.rstrip("\\"))
    return backslashes % 2 == 1


def read_properties(path: str, lang: str | None = None) -> list[Document]:
    """The one document of a ``.properties`` resource bundle."""
    text = decode(path)
    units = [Unit(key, value, line, ("icu",)) for key, value, line in parse_properties(text)]
    tag = lang or keyed_language(path) or DEFAULT_LANGUAGE
    return [keyed_document(path, tag, units, "properties", text.count("\n") + 1)]
