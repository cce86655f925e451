"""A century is a date: "secolului VI î.e.n." is the sixth century BC, and a translation that
writes "the 19th century" there has moved the story by thirteen hundred years.

Centuries are written with a Roman numeral ("secolul XIX", "XIXe siècle", "siglo XIX", "XIX
wieku", "XIX века") or an ordinal figure ("19th century", "19. Jahrhundert", "19. století",
"19世纪", "19세기"), and are read here only in those forms; a century spelt out ("the
nineteenth century") is not. So a century is compared only where each version states as
many centuries as it has words for a century, all of them read: one that states another
century and none the same has changed the date (`century_changed`). One that names no
century at all is left alone ("in the 1800s", "in modern times"). The era is not compared:
"VI î.e.n." and "6th century" are one century here (a lost era is `eras`' finding for a
year).
"""

from __future__ import annotations

import regex

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.extract.numbers import han_value
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}
_ROMAN = r"X{0,2}(?:IX|IV|V?I{0,3})"
# Each form, with the century's numeral in the group "n".
_FORMS = lazy(
    r"(?<![\p{L}\p{N}])(?:"
    # English "19th century", "6th-century", "the 5th and 6th centuries"
    r"(?P<n>\d{1,2})(?:st|nd|rd|th)[ \u00a0-]+centur(?:y|ies)"
    # German, Czech, Slovak, Polish, Croatian "19. Jahrhundert", "19. století", "19. wiek", "19. stoljeća"
    r"|(?P<n>\d{1,2})\.[ \u00a0]?(?:Jh\.|(?:Jahrhundert|stolet|storoč|wiek|stoljeć)\p{L}*)"
    # Romanian "secolul XIX", "secolului al XIX-lea", "sec. XIX"; Spanish, Portuguese, Italian,
    # Catalan "siglo XIX", "século XIX", "secolo XIX", "segle XIX"
    r"|(?:secol(?:ul|ului|ele|elor)?|sec\.|siglos?|séculos?|secolo|secoli|segles?)[ \u00a0]+(?:al[ \u00a0]+)?"
    rf"(?=[IVX])(?P<n>{_ROMAN})(?:-lea)?(?![\p{{L}}\p{{N}}])"
    # French "XIXe siècle", Italian "XIX secolo", Polish "XIX wieku", Russian "XIX века",
    # Ukrainian "XIX століття", Czech "XIX. století", Croatian "XIX. stoljeća"
    rf"|(?=[IVX])(?P<n>{_ROMAN})(?:e|ème|è)?\.?[ \u00a0]+(?:siècles?|secol[oi]|(?:wiek|век|столітт|сторіч|stolet|stoljeć)\p{{L}}*)"
    r")"
    # Chinese, Japanese "19世纪", "十九世紀", Korean "19세기" (no word boundary before them)
    r"|(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?:世[纪紀]|세기)",
    regex.IGNORECASE)
# Every word for a century, read or not: a version with more of them than centuries read
# writes one in a form not read ("the nineteenth century").
_WORDS = lazy(r"(?<![\p{L}])(?:centur(?:y|ies)|jahrhundert|jh\.|stolet|storoč|wiek|stoljeć|secol|sec\.|siglo|século"
              r"|segle|siècle|век|столітт|сторіч)|世纪|世紀|세기", regex.IGNORECASE)


def _value(numeral: str) -> int | None:
    if numeral.isdigit():
        return int(numeral)
    if numeral[0] in "一二三四五六七八九十":
        return han_value(numeral)
    if not numeral or not regex.fullmatch(_ROMAN, numeral):
        return None
    digits = [_ROMAN_DIGITS[c] for c in numeral]
    return sum(-d if d < after else d for d, after in zip(digits, [*digits[1:], 0], strict=True))


def _centuries(text: str) -> list[tuple[int, regex.Match[str]]] | None:
    """Each century a text states, with its match; None where it has a word for a century
    in a form not read."""
    found = []
    for match in _FORMS.finditer(text):
        numeral = match.group("n")
        # a Roman numeral is a century only in capitals ("XIX", not the word "vi")
        value = _value(numeral) if numeral.upper() == numeral else None
        if value is None or not 1 <= value <= 21:
            return None
        found.append((value, match))
    if len(_WORDS.findall(text)) != len(found):
        return None
    return found


def century_changed(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """A century one version states that another, stating centuries in forms read, writes
    as another century and never as this one ("În India secolului VI î.e.n." / "in the 19th
    century"): a date changed, each side's century paired as one change."""
    out: list[Candidate] = []
    texts = {k: ctx.text(k, group) for k in docs if group.members[k]}
    if sum(1 for text in texts.values() if _WORDS.search(text)) < 2:
        return out
    read = {k: _centuries(text) for k, text in texts.items()}
    for k, mine in read.items():
        for o, theirs in read.items():
            if o <= k or not mine or not theirs:
                continue
            ours, others = {value for value, _ in mine}, {value for value, _ in theirs}
            if ours & others:
                continue
            for side, other, centuries in ((k, o, mine), (o, k, theirs)):
                value, match = centuries[0]
                start = ctx.document_offset(side, group, match.start())
                inv = Invariant("date", match.group(), match.group(), start, start + len(match.group()))
                out.append(Candidate(g, "date", inv.value, frozenset({side}), frozenset({other}), {side: inv}))
    return out
