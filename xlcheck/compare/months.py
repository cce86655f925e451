"""A month an English text names alone ("in March", "on Oct.") that a translation drops, and
one that Chinese, Japanese or Korean writes alone in figures ("６月から", "９月号").

A month named without a day or a year is soft: it excuses "11月" on the other side and is
never looked for by itself (prose names months loosely). After a preposition of time in
English, though, it dates the event, and a translation that names that month in no form
(no date of that month, no word starting as the month's name does in its language, no
figure for it) has lost the date: "a narrow win in a widely watched in March special
election" / "een nipte overwinning in een goed bekeken speciale verkiezing". A month in figures
before 月 or 월 is a month by its very form, whatever follows ("６月から週３日", from June three
days a week; "９月号の表紙", the cover of the September issue), and is taken the same way: not
one in Han numerals (十月围城 is a film's title), and not a fiscal term (３月期, the year that
ends in March, which English may write "FY2023").
"""

from __future__ import annotations

import functools
import os

import regex

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.extract.numbers import han_value
from xlcheck.locales import base_language, locale_info
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

# A preposition or modifier of time right before the month ("in March", "by early March",
# "mid-September", "last August").
_DATING = lazy(r"(?i)(?<![\p{L}])(?:in|since|by|until|till|from|on|during|through|before|after|early|late|mid|last"
               r"|next|this)[ \u00a0-]$")
_MONTH_ALONE = lazy(r"--(\d\d)")
_HAN_MONTH = lazy(r"([一二三四五六七八九十]{1,3})月")
_FIGURE_MONTH = lazy(r"[0-9０-９]{1,2}[ \u00a0]?[月월]")
_CJK = frozenset({"ja", "zh", "ko"})
# The old Japanese names of the months (弥生 for March, 霜月 for November), which a literary
# translation may write for 三月 or 11月.
_JA_OLD_MONTHS = ("睦月", "如月", "弥生", "卯月", "皐月", "水無月", "文月", "葉月", "長月", "神無月", "霜月", "師走")


@functools.cache
def _stems(tag: str) -> dict[int, frozenset[str]]:
    """Each month's stems in a language: its names and the longest start they share ("mar"
    of marzec and marca, so "w marcu" names it too), and the English names, of three
    letters or more."""
    stems: dict[int, set[str]] = {}
    for language in {tag, "en"}:
        forms: dict[int, list[str]] = {}
        for name, month in locale_info(language).months:
            forms.setdefault(month, []).append(name.casefold().rstrip("."))
        for month, names in forms.items():
            stems.setdefault(month, set()).update(names, [os.path.commonprefix(names)])
    return {month: frozenset(stem for stem in found if len(stem) >= 3) for month, found in stems.items()}


def _named(month: int, text: str, tag: str, dates: list[Invariant]) -> bool:
    """Whether a version names the month: a date of it, a word starting as its name, or its
    figure or Han numeral before the Korean, Japanese or Chinese word for a month (10월,
    4月, 二月)."""
    if any(f"-{month:02d}" in inv.value for inv in dates):
        return True
    folded = text.casefold()
    if any(han_value(numeral) == month for numeral in _HAN_MONTH.findall(text)):
        return True  # 二月份, February
    if base_language(tag) == "ja" and _JA_OLD_MONTHS[month - 1] in text:
        return True
    return regex.search(rf"(?<![\p{{N}}])0?{month}[ \u00a0]?[월月]", folded) is not None or any(
        regex.search(rf"(?<![\p{{L}}]){regex.escape(stem)}", folded) for stem in _stems(tag).get(month, ()))


def _dating(text: str, inv: Invariant, language: str) -> bool:
    """Whether a month alone dates what its sentence tells: after a preposition of time in
    English, written in figures in Chinese, Japanese or Korean (not a fiscal term)."""
    if language == "en":
        return inv.text[:1].isupper() and _DATING.search(text, max(0, inv.start - 8), inv.start) is not None
    return _FIGURE_MONTH.fullmatch(inv.text) is not None and not text.startswith("期", inv.end)


def month_dropped(ctx: Context, g: int, group: Group, docs: list[int], by_kind) -> list[Candidate]:
    """The months an English version names alone after a preposition of time, or a Chinese,
    Japanese or Korean one writes alone in figures, that another version names in no form."""
    out = []
    for k in docs:
        language = base_language(ctx.documents[k].lang)
        if language != "en" and language not in _CJK:
            continue
        text = ctx.documents[k].text
        for inv in by_kind[k].get("date", ()):
            alone = _MONTH_ALONE.fullmatch(inv.value)
            if alone is None or not _dating(text, inv, language):
                continue
            month = int(alone.group(1))
            lack = frozenset(o for o in docs if o != k and base_language(ctx.documents[o].lang) != language
                             and not _named(month, ctx.text(o, group), ctx.documents[o].lang,
                                            by_kind[o].get("date", [])))
            if lack:
                out.append(Candidate(g, "date", inv.value, frozenset(docs) - lack, lack, {k: inv}))
    return out
