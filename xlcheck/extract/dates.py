"""Dates: month names from CLDR for the document's locale, ISO and numeric dates, years.

Values are partial ISO dates: ``2024-12-25``, ``2023-10``, ``--12-25`` (no year),
``2022`` (a year). A numeric date that reads two ways (``03/04/2024``) keeps the
locale's reading as value, the other as alternative, and is flagged ``ambiguous``.
"""

from __future__ import annotations

import functools

import regex

from xlcheck.locales import LocaleInfo, fold
from xlcheck.model import Invariant

_ISO = regex.compile(r"(?<![\p{L}\p{N}.-])(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![\p{N}-])")
_NUMERIC = regex.compile(
    r"(?<![\p{L}\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[./-]\d)"
)
_YEAR = regex.compile(r"(?<![\p{L}\p{N}.,/:#@$-]|\p{L}-)(1[89]\d\d|20\d\d)(?![\p{N}]|[.,]\d|\p{L})")
# Locales that write the month first in numeric dates.
_MONTH_FIRST = frozenset({"en-US", "en"})


@functools.cache
def _month_pattern(tag: str, months: tuple[tuple[str, int], ...]) -> regex.Pattern[str]:
    names = sorted((name for name, _ in months), key=len, reverse=True)
    alternation = "|".join(regex.escape(n) for n in names)
    return regex.compile(
        rf"""
        (?:(?P<day>\d{{1,2}})(?:\.|º|°|er|st|nd|rd|th)?[ \u00a0]+(?:de[ \u00a0]+|del[ \u00a0]+)?)?
        (?<![\p{{L}}])(?P<month>{alternation})(?![\p{{L}}])\.?
        (?:[ \u00a0]+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?![\p{{N}}]|[.,]\d))?
        (?:,?[ \u00a0]+(?:de[ \u00a0]+|del[ \u00a0]+|of[ \u00a0]+)?(?P<year>\d{{4}})(?![\p{{N}}]))?
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


def _iso(year: str | None, month: int, day: str | None) -> str | None:
    if day is not None and not 1 <= int(day) <= 31:
        return None
    if year and day:
        return f"{year}-{month:02d}-{int(day):02d}"
    if year:
        return f"{year}-{month:02d}"
    if day:
        return f"--{month:02d}-{int(day):02d}"
    return None


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    found: list[Invariant] = []

    def add(start: int, end: int, value: str, alternatives: tuple[str, ...] = (), flag: str | None = None) -> None:
        if claims.free(start, end):
            claims.take(start, end)
            found.append(Invariant("date", value, text[start:end], start, end, alternatives, flag))

    for match in _ISO.finditer(text):
        year, month, day = match.groups()
        add(*match.span(), f"{year}-{month}" + (f"-{day}" if day else ""))

    pattern = _month_pattern(info.tag, info.months)
    for match in pattern.finditer(text):
        name = match.group("month")
        if info.language == "en" and not name[0].isupper():
            continue  # "may", "march" as verbs
        month = info.month_names[fold(name).rstrip(".")]
        day = match.group("day") or match.group("day2")
        value = _iso(match.group("year"), month, day)
        if value is None:
            continue
        start, end = match.span()
        add(start, end, value)

    for match in _NUMERIC.finditer(text):
        first, _, second, year = match.groups()
        if len(year) == 2:
            continue  # "3.4.24" is as likely a version as a date
        a, b = int(first), int(second)
        day_first = (b, a) if info.tag in _MONTH_FIRST else (a, b)
        day, month = day_first
        if not (1 <= month <= 12 and 1 <= day <= 31):
            day, month = month, day
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            add(*match.span(), f"{year}-{month:02d}-{day:02d}")
            continue
        other_ok = 1 <= day <= 12 and day != month
        value = f"{year}-{month:02d}-{day:02d}"
        if other_ok:
            add(*match.span(), value, (f"{year}-{day:02d}-{month:02d}",), "ambiguous")
        else:
            add(*match.span(), value)

    for match in _YEAR.finditer(text):
        add(*match.span(), match.group(1))
    return found
