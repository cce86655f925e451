"""Tell a file's language from its path: ``doc.pt.txt``, ``doc_pt-BR.md``, ``pt/doc.txt``."""

from __future__ import annotations

from pathlib import PurePath

from xlcheck.locales import known_language
from xlcheck.patterns import lazy

_TAG = lazy(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
# Words that look like language tags in file names but are not meant as one.
_NOT_TAGS = frozenset({"md", "txt", "mdx", "po", "pot", "min", "old", "new", "bak", "orig", "tmp", "src", "doc", "docs"})


def as_tag(word: str) -> str | None:
    """The word if it is a language tag CLDR knows (``pt``, ``pt-BR``), else None; file-name
    words that look like tags but are not (``md``, ``docs``, ``old``) are never tags."""
    if not _TAG.match(word) or word.lower() in _NOT_TAGS:
        return None
    return word if known_language(word) else None


def language_from_path(path: str) -> str | None:
    """The language a path names, or None.

    >>> language_from_path("fixtures/seed/deepseek.pt.txt")
    'pt'
    >>> language_from_path("docs/de/guide.md")
    'de'
    >>> language_from_path("docs/pt-br/guide.md")
    'pt-br'
    >>> language_from_path("notes.txt") is None
    True
    """
    p = PurePath(path)
    suffixes = p.name.split(".")[1:-1]
    for word in reversed(suffixes):
        tag = as_tag(word)
        if tag:
            return tag
    for parent in reversed(p.parts[:-1]):
        tag = as_tag(parent)
        if tag:
            return tag
    return None
