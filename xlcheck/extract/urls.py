"""URLs and e-mail addresses: they must survive translation verbatim."""

from __future__ import annotations

import regex

from xlcheck.locales import LocaleInfo
from xlcheck.model import Invariant

_URL = regex.compile(r"(?:https?|ftp)://[^\s<>\"'`)\]}“”„«»]+|www\.[^\s<>\"'`)\]}“”„«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TRAILING = ".,;:!?'’"


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    found = []
    for match in _URL.finditer(text):
        start, end = match.span()
        raw = match.group().rstrip(_TRAILING)
        end = start + len(raw)
        if not claims.free(start, end):
            continue
        claims.take(start, end)
        found.append(Invariant("url", raw, raw, start, end))
    return found
