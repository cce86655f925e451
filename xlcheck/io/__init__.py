"""Readers: turn files (or strings) into `Document`s with a language and paragraphs.

A reader is chosen by file extension from `READERS`; the language comes from the file
name (``doc.pt.txt``), a language folder (``pt/doc.txt``), or the caller.
"""

from __future__ import annotations

import os
from pathlib import Path

from xlcheck import segment
from xlcheck.errors import InputError, UnknownLanguageError
from xlcheck.io.formats import SUPPORTED, keyed_reader
from xlcheck.io.lang import language_from_path
from xlcheck.io.po import read_catalogue
from xlcheck.io.xliff import read_xliff
from xlcheck.locales import normalise_tag
from xlcheck.model import Document

# Extension -> segmentation format. Anything else is read as plain text.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".rst": "text",
}


# Formats whose one file holds two versions (source and target).
BILINGUAL = {".po": read_catalogue, ".pot": read_catalogue, ".xlf": read_xliff, ".xliff": read_xliff}


def document_from_text(text: str, lang: str, path: str = "<text>", fmt: str = "text") -> Document:
    """Build a `Document` from a string (for library users and tests).

    >>> doc = document_from_text("Olá.\\n\\nSegundo parágrafo.", "pt")
    >>> [p.n for p in doc.paragraphs], doc.lang
    ([1, 2], 'pt')
    """
    return Document(
        path=path,
        lang=normalise_tag(lang),
        text=text,
        paragraphs=segment.paragraphs(text, fmt),
        format=fmt,
        line_starts=segment.line_starts(text),
    )


def read_text(path: str) -> str:
    """Read a file as UTF-8 text, or raise `InputError` saying what is wrong and what to do."""
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file", "check the path")
    if p.is_dir():
        raise InputError(path, "is a directory, not a file", "name a file, or use `xlcheck check DIR`")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})", "check its permissions") from exc
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(path, "is UTF-16", "convert it to UTF-8, e.g. `iconv -f UTF-16 -t UTF-8`")
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks like a binary file", "give xlcheck a text file (UTF-8)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            "convert it, e.g. `iconv -f LATIN1 -t UTF-8`",
        ) from exc
    if not text.strip():
        raise InputError(path, "is empty", "give xlcheck a file with text in it")
    return text.replace("\r\n", "\n")


def read_documents(path: str, langs: tuple[str | None, ...] = (None,)) -> list[Document]:
    """The documents in one file: one for a text file, two (source and target) for a PO catalogue.

    `langs` holds one tag per document the file yields (None: from the path or header).
    """
    extension = os.path.splitext(path)[1].lower()
    keyed = keyed_reader(path)
    if keyed is not None:
        return keyed(path, langs)
    if extension in BILINGUAL:
        source, target = (tuple(langs) + (None, None))[:2]
        return list(BILINGUAL[extension](path, read_text(path), source, target))
    return [read_document(path, langs[0] if langs else None)]


def read_document(path: str, lang: str | None = None) -> Document:
    """Read one file as a `Document`; `lang` overrides what the path says."""
    extension = os.path.splitext(path)[1].lower()
    if extension and extension not in FORMATS:
        raise InputError(path, f"is a {extension} file, which xlcheck does not read",
                         "give it one of: " + ", ".join(SUPPORTED))
    text = read_text(path)
    tag = lang or language_from_path(path)
    if tag is None:
        raise UnknownLanguageError(
            f"{path}: cannot tell its language; name it like doc.pt.txt, put it in a pt/ folder, "
            "or pass --langs"
        )
    fmt = FORMATS.get(os.path.splitext(path)[1].lower(), "text")
    try:
        return document_from_text(text, tag, path=path, fmt=fmt)
    except UnknownLanguageError as exc:
        raise UnknownLanguageError(f"{path}: {exc}") from exc
