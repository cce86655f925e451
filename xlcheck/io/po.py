"""Gettext catalogues (PO): one file holds two versions, the msgids and the msgstrs.

Each translated entry becomes one paragraph of a source document and of a target
document, placed on the line of the PO file where its `msgid` (or `msgstr`) starts, so
findings point into the catalogue itself. Untranslated, fuzzy and obsolete entries are
left out: they are not translations yet.
"""

from __future__ import annotations

from dataclasses import dataclass

import polib
import regex

from xlcheck import segment
from xlcheck.errors import InputError
from xlcheck.io.lang import language_from_path
from xlcheck.locales import normalise_tag
from xlcheck.model import Document, Segment

# Newlines inside an entry become line separators, so one entry stays one line.
LINE_SEPARATOR = "\u2028"

# The language of msgids when the catalogue does not say otherwise.
DEFAULT_SOURCE = "en"

# A PO format flag -> the placeholder syntaxes of the entry (`extract/placeholders.py`).
FORMAT_FLAGS = {
    "c-format": ("printf",), "objc-format": ("printf",), "sh-format": ("printf",),
    "python-format": ("printf",), "php-format": ("printf",), "javascript-format": ("printf",),
    "perl-format": ("printf",), "gcc-internal-format": ("printf",), "awk-format": ("printf",),
    "python-brace-format": ("brace",), "csharp-format": ("brace",), "perl-brace-format": ("brace",),
    "java-format": ("icu",), "java-printf-format": ("printf",), "qt-format": ("qt",), "kde-format": ("qt",),
    "qt-plural-format": ("qt",), "ruby-format": ("ruby", "printf"), "lua-format": ("printf",),
}
# The forms of a plural entry (msgid | msgid_plural, msgstr[0] | msgstr[1] …) in one unit.
FORM_SEPARATOR = " \u241e "
_NPLURALS = regex.compile(r"nplurals\s*=\s*(\d+)")


def entry_syntax(flags: list[str]) -> tuple[str, ...]:
    """The placeholder syntaxes an entry's format flags name (``no-c-format`` names none).

    >>> entry_syntax(["fuzzy", "python-format"]), entry_syntax(["no-c-format"])
    (('printf',), ())
    """
    found: list[str] = []
    for flag in flags:
        found.extend(FORMAT_FLAGS.get(flag.strip(), ()))
    return tuple(dict.fromkeys(found))


def _keyword_line(raw: list[str], start: int, keyword: str) -> int:
    """0-based index of the first line at or after `start` that begins with `keyword`."""
    for index in range(max(0, start - 1), len(raw)):
        if raw[index].startswith(keyword + " ") or raw[index].startswith(keyword + "["):
            return index
    return max(0, start - 1)


# A PO string line: a keyword (or none, for a continuation) and one quoted string.
_KEYWORD = regex.compile(r"(?:#~\s*+)?(?:msgctxt|msgid_plural|msgid|msgstr(?:\[\d++\])?+)?+\s*+")
_STRING = regex.compile(r'"(?:[^"\\]++|\\.)*+"\s*+')


def unterminated_line(text: str) -> int | None:
    """The 1-based line of the first PO string that is not closed, or None.

    polib reads an unclosed string up to the end of its line and drops the last
    character, so such a catalogue must be refused before it is parsed.

    >>> unterminated_line('msgid "Hello"\\nmsgstr "Hallo"'), unterminated_line('msgid "Hello\\nmsgstr "x"')
    (None, 1)
    """
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if not stripped or (stripped.startswith("#") and not stripped.startswith("#~")):
            continue
        keyword = _KEYWORD.match(stripped)
        rest = keyword.end() if keyword else 0
        if rest < len(stripped) and stripped[rest] == '"':
            string = _STRING.match(stripped, rest)
            if string is None or string.end() != len(stripped):
                return number
    return None


def read_catalogue(path: str, text: str, source_lang: str | None = None,
                   target_lang: str | None = None) -> tuple[Document, Document]:
    """The (source, target) documents of a PO catalogue."""
    bad = unterminated_line(text)
    if bad is not None:
        raise InputError(path, f"line {bad}: a string is not closed (or has text after its closing quote)",
                         "close the string with a quote; `msgfmt -c` checks the file")
    try:
        catalogue = polib.pofile(text)
    except (OSError, ValueError) as exc:
        raise InputError(path, f"is not a valid PO catalogue ({exc})", "check it with `msgfmt -c`") from exc
    target = target_lang or catalogue.metadata.get("Language") or language_from_path(path)
    if not target:
        raise InputError(path, "does not say its language (no Language: header)",
                         "add the header, name the file like doc.fr.po, or pass --langs en,fr")
    source = source_lang or DEFAULT_SOURCE
    raw = text.split("\n")
    entries = []
    match = _NPLURALS.search(catalogue.metadata.get("Plural-Forms", ""))
    nplurals = f"nplurals={match.group(1)}" if match else None
    for entry in catalogue:
        if not entry.msgid or entry.fuzzy or entry.obsolete:
            continue
        syntax = entry_syntax(entry.flags)
        msgid_at = _keyword_line(raw, entry.linenum, "msgid")
        msgstr_at = _keyword_line(raw, msgid_at + 1, "msgstr")
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)]
            if not any(forms):
                continue
            # Every msgstr[n] against msgid and msgid_plural (compare/placeholders.py).
            syntax = (*syntax, "gettext-plural", *((nplurals,) if nplurals else ()))
            entries.append(Entry(entry.msgid + FORM_SEPARATOR + entry.msgid_plural, FORM_SEPARATOR.join(forms),
                                 msgid_at, msgstr_at, syntax))
            continue
        if not entry.msgstr:
            continue
        entries.append(Entry(entry.msgid, entry.msgstr, msgid_at, msgstr_at, syntax))
    if not entries:
        raise InputError(path, "has no translated entries", "translate some entries or check another file")
    return entry_documents(path, entries, source, target, len(raw))


@dataclass(frozen=True)
class Entry:
    """One translated entry: the two strings and the 0-based lines they start on."""

    source: str
    target: str
    source_line: int
    target_line: int
    syntax: tuple[str, ...] = ()


_COLUMNS = regex.compile(r"\S\s{3,}+\S")
_CODE_LINE = regex.compile(r"^(?:>>>|\.\.\. |\$ |[ \t]{2,}\S)", regex.M)


def is_code(message: str) -> bool:
    """Whether an entry is a literal block (a doctest, a shell session, indented code).

    >>> is_code(">>> print(1)" + chr(10) + "1"), is_code("A sentence." + chr(10) + "Another one.")
    (True, False)
    """
    lines = [line for line in message.split("\n") if line.strip()]
    if len(lines) < 2:
        return message.startswith(">>> ")
    if message.lstrip().startswith((">>>", "$ ")) or len(_CODE_LINE.findall(message)) * 2 >= len(lines):
        return True
    # Program output in columns ("1,0-1,3:      NAME     'def'"): few words per line.
    return sum(1 for line in lines if _COLUMNS.search(line)) * 2 >= len(lines)


def entry_documents(path: str, entries: list[Entry], source: str, target: str, count: int) -> tuple[Document, Document]:
    """The source and target documents of a list of entries, one paragraph each.

    Each string sits on its entry's line, with its own newlines turned into line
    separators (U+2028), so that every entry is one paragraph on one line.
    """
    kinds = ["code" if is_code(e.source) else "entry" for e in entries]
    syntax = [e.syntax for e in entries]
    return (
        _document(path, source, [(e.source_line, e.source) for e in entries], kinds, count, syntax),
        _document(path, target, [(e.target_line, e.target) for e in entries], kinds, count, syntax),
    )


def _document(path: str, lang: str, placed: list[tuple[int, str]], kinds: list[str], count: int,
              syntax: list[tuple[str, ...]] | None = None) -> Document:
    lines = [""] * max(count, max(line for line, _ in placed) + 1)
    for index, message in placed:
        lines[index] = message.replace("\n", LINE_SEPARATOR)
    text = "\n".join(lines)
    syntax = syntax or [()] * len(kinds)
    paragraphs = tuple(
        Segment(n=i + 1, start=p.start, end=p.end, line=p.line, end_line=p.end_line, text=p.text, kind=kind,
                syntax=forms)
        for i, (p, kind, forms) in enumerate(zip(segment.non_empty_lines(text), kinds, syntax))
    )
    return Document(path=path, lang=normalise_tag(lang), text=text, paragraphs=paragraphs, format="po",
                    line_starts=segment.line_starts(text))
