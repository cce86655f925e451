"""CSV and TSV translation tables: a key column and one column per language (Godot's
``keys,en,es,ja``, spreadsheets exported for translators). One document per language,
the first language column first (the source).

The header row names the columns: the key column is the first whose name is not a
language tag (often empty or ``keys``/``id``); the language columns are those named by a
tag. ``--langs en,de`` keeps only those columns, in that order; ``--columns
English=en,German=de`` names columns whose headers are no language tags (the source
first). Placeholders: printf
(``%s``, ``%d``) and braces (``{name}``), the two Godot and most engines use.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence

from xlcheck.errors import InputError, UsageError
from xlcheck.io.keyed import Unit, keyed_document
from xlcheck.io.lang import as_tag
from xlcheck.locales import same_language
from xlcheck.model import Document

SYNTAX = ("printf", "brace")


def read_table(path: str, text: str, langs: Sequence[str | None] = ()) -> list[Document]:
    """One document per language column of a CSV or TSV file."""
    delimiter = "\t" if os.path.splitext(path)[1].lower() == ".tsv" else ","
    if delimiter == "," and text.count(";") > text.count(",") and text.count(";") > 1:
        delimiter = ";"
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InputError(path, "has no header row", "put the column names (keys,en,de) on its first line") from exc
    columns = [(i, name.strip()) for i, name in enumerate(header) if as_tag(name.strip().replace("_", "-"))]
    wanted = [lang for lang in langs if lang]
    if wanted:
        chosen = []
        for lang in wanted:
            name, _, tag = lang.partition("=")
            if tag:  # --columns English=en: a column whose header is no language tag
                match = next(((i, tag) for i, cell in enumerate(header) if cell.strip().lower() == name.lower()),
                             None)
            else:
                match = next(((i, cell) for i, cell in columns if same_language(cell.replace("_", "-"), lang)), None)
            if match is None:
                raise UsageError(f"{path}: no column for {lang!r}; its header names "
                                 f"{', '.join(cell.strip() for cell in header) or 'nothing'}")
            chosen.append(match)
        columns = chosen
    taken = {i for i, _ in columns}
    key_column = next((i for i, name in enumerate(header)
                       if i not in taken and not as_tag(name.strip().replace("_", "-"))), None)
    if len(columns) < 1:
        raise InputError(path, "names no language in its header row",
                         "name the columns with language tags, e.g. keys,en,de")
    per_column: dict[int, list[Unit]] = {i: [] for i, _ in columns}
    line = reader.line_num
    try:
        for number, row in enumerate(reader, start=1):
            key = row[key_column].strip() if key_column is not None and key_column < len(row) else f"row{number}"
            for i, _ in columns:
                if i < len(row) and key:
                    per_column[i].append(Unit(key, row[i], line, SYNTAX))
            line = reader.line_num
    except csv.Error as exc:
        raise InputError(path, f"is not valid CSV at line {reader.line_num} ({exc})", "fix the file") from exc
    count = text.count("\n") + 1
    return [keyed_document(path, name.replace("_", "-"), per_column[i], "table", count) for i, name in columns]
