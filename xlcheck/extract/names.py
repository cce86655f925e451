"""Proper names: capitalised words, acronyms and camel-case brands (``DeepSeek``, ``CNBC``).

Extraction is generous (every capitalised word, tagged with its shape); the comparison
decides which candidates are names, because that needs the other versions: a German
noun is capitalised too, but only a name is written the same in two languages.
"""

from __future__ import annotations

import regex

from xlcheck.locales import LocaleInfo
from xlcheck.model import Invariant

_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}_@#/\\.])(?:\p{Ll}{1,4}['’])?(\p{Lu}[\p{L}\p{M}]*)(?:['’]s)?(?![\p{N}_]|['’]?\p{L}|\.\p{L})")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;…]\s+|\n\s*|^[\"“„«‚]|[.!?:]\s+[\"“„«‚(])$")
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")


def shape(word: str) -> str | None:
    """``camel``, ``acronym`` or ``capitalised`` (None for single letters).

    >>> shape("DeepSeek"), shape("GPUs"), shape("Wang"), shape("A")
    ('camel', 'acronym', 'capitalised', None)
    """
    if len(word) < 2:
        return None
    core = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    if len(core) >= 2 and core.isupper():
        return "acronym"
    if _CAMEL.search(word):
        return "camel"
    return "capitalised"


def normalise(word: str) -> str:
    """Drop a plural `s` from an acronym (``GPUs`` -> ``GPU``)."""
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return word[:-1]
    return word


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    if block in ("code", "frontmatter"):
        return []
    found = []
    for match in _WORD.finditer(text):
        start, end = match.span(1)
        if not claims.free(start, end):
            continue
        word = match.group(1)
        kind = shape(word)
        if kind is None:
            continue
        initial = bool(_SENTENCE_START.search(text, 0, start)) or start == 0
        flag = kind + ("|initial" if initial else "")
        found.append(Invariant("name", normalise(word), word, start, end, (), flag))
    return found
