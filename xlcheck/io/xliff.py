"""XLIFF 1.2 and 2.x files: like a PO catalogue, one file holds the source and the target.

Each translated unit becomes one paragraph of each document, on the line of the file
where the unit's `<source>` (or `<target>`) starts. Inline codes (`<x/>`, `<ph>`,
`<g>`, `<pc>`…) become `{tag:id}` placeholders, so the markup check compares them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from xlcheck.errors import InputError
from xlcheck.io.keyed import inline_text
from xlcheck.io.po import Entry, entry_documents
from xlcheck.model import Document
from xlcheck.patterns import lazy

if TYPE_CHECKING:
    import xml.etree.ElementTree as ElementTree

_INLINE = frozenset({"x", "bx", "ex", "ph", "bpt", "ept", "it", "g", "pc", "sc", "ec", "mrk", "sm", "em", "cp"})
_OPEN = lazy(r"<(?:[\w-]+:)?(source|target)\b")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(element: ElementTree.Element) -> str:
    """An element's text with inline codes as `{tag:id}` placeholders."""
    return inline_text(element, _INLINE, frozenset({"g", "pc", "mrk"}), ("id", "rid"))


def read_xliff(path: str, text: str, source_lang: str | None = None,
               target_lang: str | None = None) -> tuple[Document, Document]:
    """The (source, target) documents of an XLIFF file."""
    import xml.etree.ElementTree as ElementTree  # (here: only an XLIFF file loads it)

    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise InputError(path, f"is not well-formed XML ({exc})", "fix the file or export it again") from exc
    source = source_lang or root.get("srcLang")
    target = target_lang or root.get("trgLang")
    pairs: list[tuple[str, str, bool]] = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "file":
            source = source or element.get("source-language")
            target = target or element.get("target-language")
        if name in ("trans-unit", "segment"):
            src = next((c for c in element if _local(c.tag) == "source"), None)
            trg = next((c for c in element if _local(c.tag) == "target"), None)
            pairs.append((_text(src) if src is not None else "", _text(trg) if trg is not None else "",
                          trg is not None))
    if not source or not target:
        raise InputError(path, "does not name its languages (source-language/target-language or srcLang/trgLang)",
                         "add them, or pass --langs en,de")
    # The lines of the <source> and <target> tags, in file order, place each unit.
    opened = []
    line, counted = 0, 0  # newlines counted once, tag by tag
    for match in _OPEN.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        opened.append((match.group(1), line))
    position = 0
    entries = []
    for source_text, target_text, has_target in pairs:
        while position < len(opened) and opened[position][0] != "source":
            position += 1
        source_line = opened[position][1] if position < len(opened) else 0
        position += 1
        target_line = source_line
        if has_target and position < len(opened) and opened[position][0] == "target":
            target_line = opened[position][1]
            position += 1
        if source_text.strip() and target_text.strip():
            entries.append(Entry(source_text, target_text, source_line, target_line))
    if not entries:
        raise InputError(path, "has no translated units", "translate some units or check another file")
    return entry_documents(path, entries, source, target, text.count("\n") + 1)
