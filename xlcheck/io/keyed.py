"""Key/value files (JSON, YAML, ARB, strings.xml, .strings, .properties, Fluent, TMX,
CSV): each key is one unit, one paragraph of its language's document, on the line of
the file where its value is, so findings point into the file. Versions pair by key.

A reader returns `Unit`s; `keyed_document` turns them into a `Document` the way
`po.entry_documents` does for a catalogue (a string's own newlines become U+2028, so
each unit stays one line).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from xlcheck import segment
from xlcheck.errors import InputError
from xlcheck.io.lang import as_tag, language_from_path
from xlcheck.locales import normalise_tag
from xlcheck.model import LINE_SEPARATOR, Document, Segment
from xlcheck.patterns import lazy

if TYPE_CHECKING:
    import xml.etree.ElementTree as ElementTree

# The formats whose documents are keyed units (`compare/keys.py` pairs them by key).
KEYED_FORMATS = frozenset({"json", "arb", "yaml", "android", "strings", "stringsdict", "xcstrings", "properties",
                           "fluent", "tmx", "table"})

# The language of a base file (values/strings.xml, Messages.properties, Base.lproj) when
# neither the file nor the caller says otherwise: the source language of most apps.
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Unit:
    """One translatable string: its key, its text, the 0-based line of the file it is
    on, and the placeholder syntaxes its text uses."""

    key: str
    text: str
    line: int
    syntax: tuple[str, ...] = ()


def keyed_document(path: str, lang: str, units: list[Unit], fmt: str, line_count: int = 0) -> Document:
    """A document of one paragraph per unit (empty strings left out: not translated)."""
    units = [u for u in units if u.text.strip()]
    # No strings at all is a translation not started: every key is missing (XL901).
    taken: dict[int, Unit] = {}
    seen: set[str] = set()
    for unit in units:
        if unit.key in seen:
            continue  # a later duplicate of a key: the first one is what tools read
        seen.add(unit.key)
        line = max(unit.line, 0)
        while line in taken:  # two strings on one line (a one-line JSON file): the next free line
            line += 1
        taken[line] = unit
    lines = [""] * max(line_count, max(taken, default=0) + 1)
    for line, unit in taken.items():
        lines[line] = unit.text.replace("\r\n", "\n").replace("\n", LINE_SEPARATOR)
    text = "\n".join(lines)
    starts = segment.line_starts(text)
    paragraphs = []
    for n, line in enumerate(sorted(taken), start=1):
        unit = taken[line]
        start = starts[line]
        paragraphs.append(Segment(n=n, start=start, end=start + len(lines[line]), line=line + 1, end_line=line + 1,
                                  text=lines[line], kind="entry", key=unit.key, syntax=unit.syntax))
    return Document(path=path, lang=normalise_tag(lang), text=text, paragraphs=tuple(paragraphs), format=fmt,
                    line_starts=starts)


_SUFFIX = lazy(r"[_-]([A-Za-z]{2,3}(?:[_-](?:[A-Za-z]{4}|[A-Za-z]{2}|\d{3}))*)$")
_ANDROID = lazy(r"^values-(?:b\+([A-Za-z0-9+]+)|([a-z]{2,3})(?:-r([A-Z]{2}))?)(?:-|$)")


def keyed_language(path: str) -> str | None:
    """The language a key/value file's path names, or None for a base file.

    >>> [keyed_language(p) for p in ("locales/de.json", "res/values-pt-rBR/strings.xml",
    ...  "fr.lproj/Localizable.strings", "i18n/Messages_de_CH.properties", "l10n/app_en.arb",
    ...  "res/values/strings.xml", "Messages.properties")]
    ['de', 'pt-BR', 'fr', 'de-CH', 'en', None, None]
    """
    p = PurePath(path)
    for parent in reversed(p.parts[:-1]):
        if parent.endswith(".lproj") and as_tag(parent[:-6]):
            return parent[:-6]
        match = _ANDROID.match(parent)
        if match:
            tag = match.group(1).replace("+", "-") if match.group(1) else (
                match.group(2) + (f"-{match.group(3)}" if match.group(3) else ""))
            if as_tag(tag.replace("-", "_")) or as_tag(tag):
                return tag
    stem = p.name.split(".")[0]
    if as_tag(stem):
        return stem.replace("_", "-")
    match = _SUFFIX.search(stem)
    if match and len(match.group(1)) < len(stem) and as_tag(match.group(1)):
        return match.group(1).replace("_", "-")
    return language_from_path(path)


def lines_of(text: str):
    """A function from a character offset to its 0-based line."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return lambda offset: bisect.bisect_right(starts, offset) - 1


def parse_xml(path: str, text: str, advice: str) -> tuple[ElementTree.Element, list[int]]:
    """An XML file's root element and the 0-based line of every start tag, in document
    order (ElementTree records none); a file that is not well-formed is an input error.
    (The XML modules are imported here: a text or Markdown check never loads them.)"""
    import xml.etree.ElementTree as ElementTree
    from xml.parsers import expat

    try:
        root = ElementTree.fromstring(text)
        lines: list[int] = []
        parser = expat.ParserCreate()
        parser.StartElementHandler = lambda name, attrs: lines.append(parser.CurrentLineNumber - 1)
        parser.Parse(text.encode("utf-8"), True)
    except (ElementTree.ParseError, expat.ExpatError) as exc:
        raise InputError(path, f"is not well-formed XML ({exc})", advice) from exc
    return root, lines


def inline_text(element: ElementTree.Element, inline: frozenset[str], paired: frozenset[str],
                ident_attributes: tuple[str, ...]) -> str:
    """An element's text with its inline codes as ``{tag:id}`` placeholders (XLIFF, TMX).

    A paired code (``<g>``, ``<hi>``) keeps its content between ``{tag:id}`` and
    ``{/tag:id}``; other elements give their text alone.
    """
    parts = [element.text or ""]
    for child in element:
        name = child.tag.rsplit("}", 1)[-1]
        if name in inline:
            ident = next((child.get(a) for a in ident_attributes if child.get(a)), "")
            if name in paired:
                parts.append(f"{{{name}:{ident}}}" + inline_text(child, inline, paired, ident_attributes)
                             + f"{{/{name}:{ident}}}")
            else:
                parts.append(f"{{{name}:{ident}}}")
        else:
            parts.append(inline_text(child, inline, paired, ident_attributes))
        parts.append(child.tail or "")
    return "".join(parts)
