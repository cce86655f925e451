"""Regular expressions compiled on first use.

A check's patterns are written at module level, where they read best, but compiling the
~300 of them at import costs more than checking a short document: ``lazy`` keeps the
pattern's text and compiles it (with the `regex` module) the first time it is used, so a
run pays only for the patterns its input reaches.
"""

from __future__ import annotations

from typing import Any

import regex

# The compiled pattern's attributes copied onto the proxy once it is compiled, so that
# every later use is a plain attribute lookup, as fast as on the pattern itself.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "splititer", "pattern", "flags", "groups", "groupindex", "scanner")


class lazy:  # noqa: N801 - read as a function: PATTERN = lazy(r"...")
    """``regex.compile(pattern, flags, **kwargs)``, done on first use.

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
        compiled = regex.compile(pattern, flags, **kwargs)
        self._compiled = compiled
        for attr in _METHODS:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"
