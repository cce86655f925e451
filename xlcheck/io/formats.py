"""The key/value formats xlcheck reads natively, by file extension.

Each reader takes a path and the language tags the caller gives (None: from the file or
its path) and returns the file's documents: one for a file of one language (``de.json``,
``values-de/strings.xml``), one per language for a file that holds many (``.xcstrings``,
TMX, CSV), the source first.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from xlcheck.model import Document

KeyedReader = Callable[[str, Sequence[str | None]], list[Document]]


def _text(path: str) -> str:
    from xlcheck.io import read_text  # the one place files are decoded (import here: io imports us)

    return read_text(path)


def _first(langs: Sequence[str | None]) -> str | None:
    return langs[0] if langs else None


def _json(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.jsonfile import read_json

    return read_json(path, _text(path), _first(langs))


def _arb(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.jsonfile import read_arb

    return read_arb(path, _text(path), _first(langs))


def _yaml(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.yamlfile import read_yaml

    return read_yaml(path, _text(path), _first(langs))


def _android(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.android import read_android

    return read_android(path, _text(path), _first(langs))


def _strings(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.apple import read_strings

    return read_strings(path, _first(langs))


def _stringsdict(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.apple import read_stringsdict

    return read_stringsdict(path, _text(path), _first(langs))


def _xcstrings(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.apple import read_xcstrings

    return read_xcstrings(path, _text(path), langs)


def _properties(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.properties import read_properties

    return read_properties(path, _first(langs))


def _fluent(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.fluent import read_fluent

    return read_fluent(path, _text(path), _first(langs))


def _tmx(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.tmx import read_tmx

    return read_tmx(path, _text(path), langs)


def _table(path: str, langs: Sequence[str | None]) -> list[Document]:
    from xlcheck.io.table import read_table

    return read_table(path, _text(path), langs)


# Extension -> reader. Files of one language each, paired with their counterparts by key.
KEYED: dict[str, KeyedReader] = {
    ".json": _json,
    ".arb": _arb,
    ".yml": _yaml,
    ".yaml": _yaml,
    ".xml": _android,  # only in a values*/ folder (see keyed_reader)
    ".strings": _strings,
    ".stringsdict": _stringsdict,
    ".xcstrings": _xcstrings,
    ".properties": _properties,
    ".ftl": _fluent,
    ".tmx": _tmx,
    ".csv": _table,
    ".tsv": _table,
}

# Extensions whose one file holds every language (their first document is the source).
MULTILINGUAL: frozenset[str] = frozenset({".xcstrings", ".tmx", ".csv", ".tsv"})

# What `xlcheck` reads, for the error on any other extension.
SUPPORTED = ("text (.txt)", "Markdown/MDX (.md, .mdx)", "reStructuredText (.rst)", "PO (.po, .pot)",
             "XLIFF (.xlf, .xliff)", "JSON (.json)", "ARB (.arb)", "YAML (.yml, .yaml)",
             "Android strings (values*/…xml)", "Apple .strings, .stringsdict, .xcstrings",
             "Java .properties", "Fluent (.ftl)", "TMX (.tmx)", "CSV/TSV tables (.csv, .tsv)")


def keyed_reader(path: str) -> KeyedReader | None:
    """The reader of a key/value file, or None when the path is no such file."""
    extension = os.path.splitext(path)[1].lower()
    if extension == ".xml" and not os.path.basename(os.path.dirname(os.path.abspath(path))).startswith("values"):
        return None
    return KEYED.get(extension)


def multilingual(path: str) -> bool:
    """Whether one file holds every language (``--langs`` then picks among them)."""
    return os.path.splitext(path)[1].lower() in MULTILINGUAL
