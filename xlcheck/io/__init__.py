"""Readers: turn files (or strings) into `Document`s with a language and paragraphs.

A reader is chosen by file extension from `READERS`; the language comes from the file
name (``doc.pt.txt``), a language folder (``pt/doc.txt``), or the caller.

Only regular files are read, up to `max_size()` bytes. Text is decoded by its
byte-order mark (UTF-8, UTF-16, UTF-32), else by what a PO header or an XML
declaration says, else as UTF-8; then normalised (`normalise_text`): line ends become
LF and characters are composed (NFC). Line numbers in reports are those of the file
as written; a column counts characters of the composed text.
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata

from xlcheck import segment
from xlcheck.errors import InputError, UnknownLanguageError, UsageError
from xlcheck.io.formats import SUPPORTED, keyed_reader
from xlcheck.io.lang import language_from_path
from xlcheck.io.po import read_catalogue
from xlcheck.io.xliff import read_xliff
from xlcheck.locales import normalise_tag
from xlcheck.model import Document
from xlcheck.patterns import lazy

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


def normalise_text(text: str) -> str:
    """The text as xlcheck reads it: line ends as LF, characters composed (NFC).

    CRLF and a lone CR become LF, so every line keeps its number; NFC only joins a
    letter and its combining marks (``c`` + U+0327 -> ``ç``), so a column counts
    characters as a reader sees them, in the composed text.

    >>> normalise_text("Franc\\u0327ais\\r\\nline 2\\rline 3") == "Français\\nline 2\\nline 3"
    True
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        # Only the lines not composed already are composed (Hangul costs: a catalogue's
        # whole text took 0.3 s): a line break composes with nothing, so the NFC of the
        # text is the NFC of each line, joined.
        text = "\n".join(line if unicodedata.is_normalized("NFC", line) else unicodedata.normalize("NFC", line)
                          for line in text.split("\n"))
    return text


def document_from_text(text: str, lang: str, path: str = "<text>", fmt: str = "text") -> Document:
    """Build a `Document` from a string (for library users and tests); the text is
    normalised first (`normalise_text`).

    >>> doc = document_from_text("Olá.\\n\\nSegundo parágrafo.", "pt")
    >>> [p.n for p in doc.paragraphs], doc.lang
    ([1, 2], 'pt')
    """
    text = normalise_text(text)
    return Document(
        path=path,
        lang=normalise_tag(lang),
        text=text,
        paragraphs=segment.paragraphs(text, fmt),
        format=fmt,
        line_starts=segment.line_starts(text),
    )


# Largest file read, in bytes; XLCHECK_MAX_SIZE overrides it ("200MB", "1G", "5000000").
DEFAULT_MAX_SIZE = 50 * 1000 * 1000
_UNITS = {"": 1, "B": 1, "K": 1000, "KB": 1000, "M": 1000**2, "MB": 1000**2, "G": 1000**3, "GB": 1000**3,
          "KIB": 1024, "MIB": 1024**2, "GIB": 1024**3}
# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def max_size() -> int:
    """The size limit in bytes: XLCHECK_MAX_SIZE, or 50 MB.

    >>> os.environ["XLCHECK_MAX_SIZE"] = "2MB"; max_size()
    2000000
    >>> del os.environ["XLCHECK_MAX_SIZE"]; max_size() == DEFAULT_MAX_SIZE
    True
    """
    raw = os.environ.get("XLCHECK_MAX_SIZE", "").strip().upper().replace(" ", "")
    if not raw:
        return DEFAULT_MAX_SIZE
    number = raw.rstrip("KMGIB")
    try:
        size = int(float(number) * _UNITS[raw[len(number):]])
    except (KeyError, ValueError, OverflowError) as exc:
        raise UsageError(f"XLCHECK_MAX_SIZE={raw!r} is not a size; write it like 50MB or 200000000") from exc
    if size <= 0:
        raise UsageError(f"XLCHECK_MAX_SIZE={raw!r} is not a size; write it like 50MB or 200000000")
    return size


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


_DIRECTORY = ("is a directory, not a file", "name a file, or use `xlcheck check DIR`")


def read_bytes(path: str) -> bytes:
    """A regular file's bytes, at most `max_size()` of them; anything else is an `InputError`.

    The file is opened without blocking and checked before it is read, so a FIFO or a
    device (``/dev/zero``) is refused at once instead of hanging or growing forever.
    """
    limit = max_size()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError as exc:
        raise InputError(path, "no such file", "check the path") from exc
    except OSError as exc:
        if os.path.isdir(path):
            raise InputError(path, *_DIRECTORY) from exc
        raise InputError(path, f"cannot be read ({exc.strerror})", "check its permissions") from exc
    except ValueError as exc:  # a NUL in the path
        raise InputError(path, "is not a valid path", "check the path") from exc
    chunks = []
    size = 0
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(path, *_DIRECTORY)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, f"is {_kind(info.st_mode)}", "give xlcheck a regular file (save the text first)")
        if info.st_size > limit:
            raise InputError(path, f"is {info.st_size:,} bytes, over the limit of {limit:,}",
                             "check a smaller file, or raise the limit with XLCHECK_MAX_SIZE=200MB")
        while size <= limit:  # the file may grow while it is read
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except InputError:
        raise
    except OSError as exc:
        if exc.errno == 21:  # EISDIR
            raise InputError(path, *_DIRECTORY) from exc
        raise InputError(path, f"cannot be read ({exc.strerror})", "check its permissions") from exc
    finally:
        os.close(fd)
    if size > limit:
        raise InputError(path, f"is over the limit of {limit:,} bytes",
                         "check a smaller file, or raise the limit with XLCHECK_MAX_SIZE=200MB")
    return b"".join(chunks)


def decode(path: str, data: bytes, declared: str | None = None) -> str:
    """Bytes as text: by their byte-order mark, else by `declared` (a PO or XML header), else UTF-8.

    >>> decode("x", "Olá".encode("utf-16")), decode("x", "Olá".encode("utf-32")), decode("x", b"Ol\\xe1", "latin-1")
    ('Olá', 'Olá', 'Olá')
    """
    encoding, name = "utf-8", "UTF-8"
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            data, encoding, name = data[len(bom):], codec, label
            break
    else:
        if b"\x00" in data:
            raise InputError(path, "looks like a binary file (it holds a NUL byte)",
                             "give xlcheck a text file (UTF-8, or UTF-16 with a byte-order mark)")
        if declared:
            encoding, name = declared, declared
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"is not valid {name} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            "convert it, e.g. `iconv -f LATIN1 -t UTF-8`" if name == "UTF-8" else "fix its encoding",
        ) from exc
    if "\x00" in text:
        raise InputError(path, "looks like a binary file (it holds a NUL character)", "give xlcheck a text file")
    return text


def read_text(path: str, declared: str | None = None) -> str:
    """Read a file as normalised text (`normalise_text`), or raise `InputError` saying
    what is wrong and what to do."""
    text = decode(path, read_bytes(path), declared)
    if not text.strip():
        raise InputError(path, "is empty", "give xlcheck a file with text in it")
    return normalise_text(text)


_PO_CHARSET = lazy(rb"charset\s*+=\s*+([A-Za-z0-9_.:-]{1,40})")
_XML_ENCODING = lazy(rb"\A\s*+<\?xml[^>]{0,200}?encoding\s*+=\s*+[\"']([A-Za-z0-9_.:-]{1,40})[\"']")


def declared_encoding(path: str, data: bytes, extension: str) -> str | None:
    """The encoding a PO header (``charset=ISO-8859-1``) or an XML declaration names.

    >>> declared_encoding("a.po", b'msgid ""\\nmsgstr ""\\n"Content-Type: text/plain; charset=ISO-8859-1\\\\n"\\n', ".po")
    'iso8859-1'
    >>> declared_encoding("a.xlf", b'<?xml version="1.0" encoding="windows-1252"?>', ".xlf")
    'cp1252'
    """
    if extension in (".po", ".pot"):
        end = data.find(b"\n\n", 0, 65536)
        match = _PO_CHARSET.search(data, 0, end if end != -1 else 65536)
    else:
        match = _XML_ENCODING.search(data[:400])
    if not match:
        return None
    name = match.group(1).decode("ascii")
    if name.upper() == "CHARSET":
        return None  # the template's placeholder
    try:
        return codecs.lookup(name).name
    except LookupError as exc:
        raise InputError(path, f"declares an unknown encoding {name!r}", "declare UTF-8 and convert the file") from exc


def read_documents(path: str, langs: tuple[str | None, ...] = (None,), fuzzy: bool = False) -> list[Document]:
    """The documents in one file: one for a text file, two (source and target) for a PO catalogue.

    `langs` holds one tag per document the file yields (None: from the path or header);
    `fuzzy`: a PO catalogue's fuzzy entries are read too.
    """
    extension = os.path.splitext(path)[1].lower()
    keyed = keyed_reader(path)
    if keyed is not None:
        return keyed(path, langs)
    if extension in BILINGUAL:
        source, target = (tuple(langs) + (None, None))[:2]
        data = read_bytes(path)
        text = decode(path, data, declared_encoding(path, data, extension))
        del data  # (a large catalogue: its bytes, its text and its text normalised are not all kept)
        if not text.strip():
            raise InputError(path, "is empty", "give xlcheck a file with text in it")
        text = normalise_text(text)
        if fuzzy and BILINGUAL[extension] is read_catalogue:
            return list(read_catalogue(path, text, source, target, fuzzy=True))
        return list(BILINGUAL[extension](path, text, source, target))
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
