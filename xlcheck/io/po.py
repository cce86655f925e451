"""Gettext catalogues (PO): one file holds two versions, the msgids and the msgstrs.

Each translated entry becomes one paragraph of a source document and of a target
document, placed on the line of the PO file where its `msgid` (or `msgstr`) starts, so
findings point into the catalogue itself. Untranslated, fuzzy and obsolete entries are
left out: they are not translations yet.
"""

from __future__ import annotations

import polib

from xlcheck import segment
from xlcheck.errors import InputError
from xlcheck.io.lang import language_from_path
from xlcheck.locales import normalise_tag
from xlcheck.model import Document

# The language of msgids when the catalogue does not say otherwise.
DEFAULT_SOURCE = "en"


def _placed(lines: list[str], count: int) -> str:
    return "\n".join(lines[i] if i < len(lines) else "" for i in range(count))


def _keyword_line(raw: list[str], start: int, keyword: str) -> int:
    """0-based index of the first line at or after `start` that begins with `keyword`."""
    for index in range(max(0, start - 1), len(raw)):
        if raw[index].startswith(keyword + " ") or raw[index].startswith(keyword + "["):
            return index
    return max(0, start - 1)


def read_catalogue(path: str, text: str, source_lang: str | None = None,
                   target_lang: str | None = None) -> tuple[Document, Document]:
    """The (source, target) documents of a PO catalogue."""
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
    source_lines: dict[int, str] = {}
    target_lines: dict[int, str] = {}
    for entry in catalogue:
        if not entry.msgid or not entry.msgstr or entry.fuzzy or entry.obsolete:
            continue
        msgid_at = _keyword_line(raw, entry.linenum, "msgid")
        msgstr_at = _keyword_line(raw, msgid_at + 1, "msgstr")
        source_lines[msgid_at] = " ".join(entry.msgid.split("\n"))
        target_lines[msgstr_at] = " ".join(entry.msgstr.split("\n"))
    if not source_lines:
        raise InputError(path, "has no translated entries", "translate some entries or check another file")
    return _document(path, source, source_lines, len(raw)), _document(path, target, target_lines, len(raw))


def _document(path: str, lang: str, placed: dict[int, str], count: int) -> Document:
    lines = [""] * count
    for index, line in placed.items():
        lines[index] = line
    text = "\n".join(lines)
    # Every entry sits on its own line between blank ones: one paragraph per entry.
    paragraphs = segment.non_empty_lines(text)
    paragraphs = tuple(
        type(p)(n=i + 1, start=p.start, end=p.end, line=p.line, end_line=p.end_line, text=p.text, kind="entry")
        for i, p in enumerate(paragraphs)
    )
    return Document(path=path, lang=normalise_tag(lang), text=text, paragraphs=paragraphs, format="po",
                    line_starts=segment.line_starts(text))
