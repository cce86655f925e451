"""Regular expressions compiled on first use.

A check's patterns are written at module level, where they read best, but compiling the
~300 of them at import costs more than checking a short document: ``lazy`` keeps the
pattern's text and compiles it (with the `regex` module) the first time it is used, so a
run pays only for the patterns its input reaches, and a pattern compiled in an earlier run
is read back from disk (`xlcheck.regexcache`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from xlcheck import regexcache

# The compiled pattern's attributes copied onto the proxy once it is compiled, so that
# every later use is a plain attribute lookup, as fast as on the pattern itself.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "splititer", "pattern", "flags", "groups", "groupindex", "scanner")


def pieces(text: str, size: int = 1 << 16) -> Iterator[str]:
    """A long text in pieces of about `size` characters, each cut at a line break (the
    break itself left out): what a pattern that never matches across a line break finds
    in the whole text, it finds in the pieces, without a list of every match of a large
    document in memory at once.

    >>> list(pieces("ab\\ncd\\nef", size=2))
    ['ab', 'cd', 'ef']
    """
    start = 0
    while start <= len(text):
        end = text.find("\n", start + size)
        if end < 0:
            end = len(text)
        yield text[start:end]
        start = end + 1



def places(word: str, text: str, apart: Callable[[str, int, int], bool]) -> Iterator[tuple[int, bool]]:
    """Each place `text` writes `word` at, from the left, found with `str.find`: its start,
    and whether `apart(text, start, end)` accepts the characters around it (the boundaries
    of a pattern such as ``(?<!\\w)word(?!\\w)``, which compiled per word costs more than
    its search). After a place accepted the next is looked for from its end, after one
    refused from its next character, as a pattern's search goes on.

    >>> list(places("ab", "ab xab ab", lambda text, at, end: at == 0 or text[at - 1] == " "))
    [(0, True), (4, False), (7, True)]
    """
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if apart(text, at, end):
            yield at, True
            at = text.find(word, end)
        else:
            yield at, False
            at = text.find(word, at + 1)

def casefolded(text: str) -> str:
    """``text.casefold()``, folded piece by piece in a long text (case folding is
    character by character): CPython folds a text that is not ASCII in a buffer of
    twelve bytes a character, 150 MB for a 12 MB catalogue.

    >>> casefolded("Straße\\nÆON") == "Straße\\nÆON".casefold()
    True
    """
    if text.isascii() or len(text) <= 1 << 16:
        return text.casefold()
    return "\n".join(piece.casefold() for piece in pieces(text))


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of an alternation: the longest first (a word must not lose to
    its own beginning), words of one length in a fixed order. A set iterates in an order that
    changes from one process to the next (strings hash with a random seed), so sorting one by
    length alone wrote another pattern text each run, which no cache of compiled patterns
    finds again.

    >>> sorted({"mai", "may", "march"}, key=longest_first)
    ['march', 'mai', 'may']
    """
    return -len(word), word


class lazy:  # noqa: N801 - read as a function: PATTERN = lazy(r"...")
    """``regex.compile(pattern, flags, **kwargs)``, done on first use (through the cache of
    compiled patterns on disk, `regexcache`).

    >>> word = lazy(r"\\w+")
    >>> "_compiled" in vars(word)
    False
    >>> word.findall("two words"), "_compiled" in vars(word)
    (['two', 'words'], True)
    """

    def __init__(self, pattern: str, flags: int = 0, **kwargs: Any) -> None:
        self._source = (pattern, flags, kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or "_compiled" in self.__dict__:
            raise AttributeError(name)
        pattern, flags, kwargs = self._source
        compiled = regexcache.compile(pattern, flags, **kwargs)
        self._compiled = compiled
        for attr in _METHODS:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


class AsciiTwin:
    """``lazy(pattern)`` whose ``findall`` and ``finditer`` read an ASCII text with `ascii`, a pattern of
    the standard `re` module that finds the same there (several times cheaper per call
    than `regex`: in ASCII the letters are ``[A-Za-z]``, the digits ``[0-9]``, and there is
    no mark). Every twin is in `ASCII_TWINS`, and a test checks each on ASCII texts.

    >>> LETTER_RUNS.findall("Ein Straßenname: Zoë_2x"), LETTER_RUNS.findall("plain ASCII_text 2x")
    (['Ein', 'Straßenname', 'Zoë', 'x'], ['plain', 'ASCII', 'text', 'x'])
    """

    def __init__(self, pattern: str, ascii: str, flags: int = 0) -> None:
        self._pattern = lazy(pattern, flags)
        self._ascii_source = ascii
        self._ascii: re.Pattern[str] | None = None
        ASCII_TWINS.append(self)

    def findall(self, text: str) -> list:
        if text.isascii():
            return (self._ascii or self._compile_ascii()).findall(text)
        return self._pattern.findall(text)

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Iterator:
        """The matches of the whole of `text` (the `re` twin's in ASCII: the same spans and
        groups; a search from a position, or with `regex`'s options, is `regex`'s)."""
        if text.isascii() and not args and not kwargs:
            return (self._ascii or self._compile_ascii()).finditer(text)
        return self._pattern.finditer(text, *args, **kwargs)

    def _compile_ascii(self) -> re.Pattern[str]:
        self._ascii = re.compile(self._ascii_source)
        return self._ascii

    def __getattr__(self, name: str) -> Any:  # every other method: the pattern's own
        return getattr(self._pattern, name)


ASCII_TWINS: list[AsciiTwin] = []
LETTER_RUNS = AsciiTwin(r"[\p{L}\p{M}]+", r"[A-Za-z]+")
