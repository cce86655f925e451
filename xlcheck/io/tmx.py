"""TMX translation memories: one file, any number of languages per unit (``<tu>`` with a
``<tuv xml:lang>`` per language). One document per language, the header's ``srclang``
first; a unit's key is its ``tuid``, else its position in the file (the units of one
file are paired already). Inline codes (``<ph>``, ``<bpt>``, ``<ept>``, ``<it>``,
``<hi>``) become ``{tag:id}`` placeholders, as in XLIFF, so the markup check compares them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from xlcheck.errors import InputError
from xlcheck.io.keyed import Unit, inline_text, keyed_document, parse_xml
from xlcheck.model import Document

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_INLINE = frozenset({"ph", "bpt", "ept", "it", "hi", "ut"})


def _segment_text(element: ElementTree.Element) -> str:
    return inline_text(element, _INLINE, frozenset({"hi"}), ("x", "i"))


def read_tmx(path: str, text: str, langs=()) -> list[Document]:
    """One document per language of a TMX file, the source language first."""
    root, lines = parse_xml(path, text, "fix the file or export it again")
    if root.tag != "tmx":
        raise InputError(path, "is not a TMX file (no <tmx> root)", "give xlcheck a .tmx translation memory")
    line_of = {id(element): line for element, line in zip(root.iter(), lines)}
    header = root.find("header")
    source = header.get("srclang") if header is not None else None
    per_lang: dict[str, list[Unit]] = {}
    for number, tu in enumerate(root.iter("tu"), start=1):
        key = tu.get("tuid") or f"tu{number}"
        for tuv in tu.findall("tuv"):
            lang = tuv.get(_XML_LANG) or tuv.get("lang")
            seg = tuv.find("seg")
            if not lang or seg is None:
                continue
            per_lang.setdefault(lang, []).append(Unit(key, _segment_text(seg), line_of.get(id(seg), 0)))
    if not per_lang:
        raise InputError(path, "has no translation units", "check that it is the file you meant")
    if not source or source == "*all*" or source not in per_lang:
        source = next(iter(per_lang))
    order = [source] + [lang for lang in per_lang if lang != source]
    count = text.count("\n") + 1
    return [keyed_document(path, lang.replace("_", "-"), per_lang[lang], "tmx", count) for lang in order]
