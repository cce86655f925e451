"""Codes and model names: tokens that carry a digit (``H100``, ``o1``, ``GPT-4o``,
``UTF-16``) or a ticker (``NASDAQ:NVDA``).

Morphology around a code is not part of it: ``H100s`` (plural), ``H100-GPUs``
(compound) and ``H100- und H200-GPUs`` (suspended hyphen) all yield ``H100``.
"""

from __future__ import annotations

import regex

from xlcheck.locales import LocaleInfo
from xlcheck.model import Invariant

_CODE = regex.compile(
    r"""
    (?<![\p{L}\p{N}_.@/\\:-])
    (?P<code>
        [A-Z]{2,}:[A-Z]{1,6}                       # ticker: NASDAQ:NVDA
      | \p{Lu}[\p{Lu}\p{N}]*-\d{1,3}(?:\.\d+)?[a-z]?(?![\p{N}])   # GPT-4o, UTF-16, F-35
      | \p{Lu}{1,6}\d+(?:\p{Lu}+\d*)?[a-z]?        # H100, A800, R1, RTX4090, H100s
      | \p{Ll}{1,3}\d{1,4}(?![\p{N}])              # o1, v3, mp3
    )
    (?![\p{L}\p{N}]|[.,]\d)
    """,
    regex.VERBOSE,
)


def normalise(code: str) -> str:
    """A code without the plural `s` a language adds (``H100s`` -> ``H100``).

    >>> normalise("H100s"), normalise("GPT-4o"), normalise("o1")
    ('H100', 'GPT-4o', 'o1')
    """
    if len(code) > 2 and code.endswith("s") and code[-2].isdigit():
        return code[:-1]
    return code


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    found = []
    for match in _CODE.finditer(text):
        start, end = match.span("code")
        if not claims.free(start, end):
            continue
        claims.take(start, end)
        raw = match.group("code")
        found.append(Invariant("code", normalise(raw), raw, start, end))
    return found
