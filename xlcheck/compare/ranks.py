"""An ordinal is a value with a rank: "седьмой фильм" is the seventh film of a series.

Number words that are ordinals excuse a figure on the other side and were never looked for
themselves (`extract.numbers.NOT_CARDINAL`): "first", "second" and "third" are common words
("second" is also a unit of time, "primero" an adverb, "third-party" a kind of module) that
faithful translations render as "again", "other", "then" or "external". From the fourth to the
tenth, an ordinal word says a rank that a
translation keeps, as a word or a figure ("the seventh film", "the 7th film", "Film 7");
one that keeps neither has lost it (`rank_dropped`). Compared only between languages whose
ordinal words are all read here, so that a rank written as a word on the other side is seen.
"""

from __future__ import annotations

import functools
from decimal import Decimal

import regex

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.locales import (
    DUTCH_RANKS,
    POLISH_RANKS,
    ROMANCE_RANKS,
    RUSSIAN_ORDINALS,
    SLAVIC_RANKS,
    base_language,
    fold,
)
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

# Third is as common a word as first and second: a third party, the Third World, a third of,
# thirdly ("third-party modules" / "modules externes" in every documentation set).
_LOW, _HIGH = 4, 10
# Slavic multiples and groups share SLAVIC_RANKS with the ordinals ("trojnásobek", "трійка",
# "троє"): they are not ranks.
_NOT_RANK = lazy(r"násob|dvojic|trojic|čtveřic|pětic|šestic|sedmic|osmic|devític|desític|dvojk|trojk|čtyřk|pětk"
                 r"|^в|^дво|^тро|^четверо|^п.ятеро|ійк|івк")
_ROMAN = {3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X"}


def _ranks() -> dict[str, dict[str, int]]:
    english = dict(zip("fourth fifth sixth seventh eighth ninth tenth".split(), range(4, 11), strict=True))
    slavic = {word: value for word, value in SLAVIC_RANKS.items() if not _NOT_RANK.search(word)}
    out = {
        "en": english,
        "ru": dict(RUSSIAN_ORDINALS),
        "uk": {word: value for word, value in slavic.items() if regex.match(r"\p{Cyrillic}", word)},
        "cs": {word: value for word, value in slavic.items() if not regex.match(r"\p{Cyrillic}", word)},
        "pl": dict(POLISH_RANKS),
        "nl": dict(DUTCH_RANKS),
        "fr": dict(ROMANCE_RANKS["fr"]),
        "it": dict(ROMANCE_RANKS["it"]),
        "es": dict(ROMANCE_RANKS["es"]),
    }
    # Spanish and Italian "cuarto", "quarto" are also a quarter and a room ("un cuarto de
    # hora", "cuarto de baño"); Portuguese "quinta", "sexta" are weekdays ("na sexta").
    # Russian "шестом" is also the pole of "прыжок с шестом" (the pole vault).
    for language, word in (("es", "cuarto"), ("es", "cuarta"), ("it", "quarto"), ("it", "quarta"), ("ru", "шестом")):
        out[language].pop(word, None)
    return {language: {word: value for word, value in table.items() if _LOW <= value <= _HIGH}
            for language, table in out.items()}


_RANKS = _ranks()
# A fraction, not a rank: "a third of", "one-fifth", "одна седьмая", "dwie piąte".
# (and a part: "пятая часть населения", a fifth of the population)
_PART_AFTER = lazy(r"(?i)[ \u00a0]+(?:част|дол[яиюе](?![\p{L}])|częś|part(?:ie|e)?(?![\p{L}])|deel(?![\p{L}]))")
_ARTICLE_BEFORE = lazy(r"(?i)(?<![\p{L}])(?:a|an|one|two|three|four|five|un|une|uno|una|een)[ \u00a0-]+$")


def _is_rank(text: str, inv: Invariant, table: dict[str, int], numbers: list[Invariant]) -> bool:
    if inv.flag is None or "word" not in inv.flag or fold(inv.text) not in table:
        return False
    if _ARTICLE_BEFORE.search(text, max(0, inv.start - 8), inv.start) or _PART_AFTER.match(text, inv.end):
        return False
    # a count right before it makes it a fraction ("две седьмых", "2 седьмых")
    return not any(0 <= inv.start - other.end <= 2 for other in numbers if other is not inv)


@functools.cache
def _rank_words(language: str, n: int) -> regex.Pattern[str]:
    """Any of a language's ordinal words for n, as a whole word."""
    words = sorted((word for word, value in _RANKS[language].items() if value == n), key=len, reverse=True)
    return regex.compile(r"(?i)(?<![\p{L}])(?:" + "|".join(map(regex.escape, words)) + r")(?![\p{L}])")


def _kept(n: int, word: str, text: str, language: str, numbers: list[Invariant], dates: list[Invariant]) -> bool:
    """Whether a version states the number n anywhere in its paragraph: as a number it reads
    (a word or a figure), as one of its language's ordinal words for n, as a day of a date,
    as a figure or a Roman numeral in its text, or as the other version's very word ("Fifth
    Avenue" kept in English)."""
    if _rank_words(language, n).search(fold(text)):
        return True
    value = Decimal(n)
    if any(inv.value == str(n) or value in inv.alternatives for inv in numbers):
        return True
    if any(inv.value.endswith(f"-{n:02d}") for inv in dates):
        return True
    return bool(regex.search(rf"(?<![\p{{N}}.,]){n}(?![\p{{N}}]|[.,]\d)|(?<![\p{{L}}]){_ROMAN[n]}(?![\p{{L}}])", text)
                or regex.search(rf"(?i)(?<![\p{{L}}]){regex.escape(word)}(?![\p{{L}}])", text))


def rank_dropped(ctx: Context, g: int, group: Group, docs: list[int], by_kind) -> list[Candidate]:
    """An ordinal word from the fourth to the tenth ("седьмой фильм", "the seventh film") that
    another version states in no form, neither as its own ordinal word nor as a figure: the
    rank dropped ("they have decided to split the film into two parts"), reported as a
    number missing. Only between versions whose languages' ordinal words are all read."""
    out = []
    languages = {k: base_language(ctx.documents[k].lang) for k in docs}
    if sum(languages[k] in _RANKS for k in docs) < 2:
        return out
    for k in docs:
        table = _RANKS.get(languages[k])
        numbers = by_kind[k].get("number", [])
        if table is None or not any(inv.flag and "word" in inv.flag for inv in numbers):
            continue
        text = ctx.documents[k].text
        for inv in numbers:
            if not _is_rank(text, inv, table, numbers):
                continue
            lack = frozenset(o for o in docs if o != k and languages[o] in _RANKS and not _kept(
                table[fold(inv.text)], inv.text, ctx.text(o, group), languages[o], by_kind[o].get("number", []),
                by_kind[o].get("date", [])))
            if lack:
                out.append(Candidate(g, "number", str(table[fold(inv.text)]), frozenset(docs) - lack, lack, {k: inv}))
    return out


# The rank second from the end, in each language that has one word (or one fixed phrase)
# for it: a translation that keeps the rank writes one of them.
_PENULTIMATE = {
    "en": r"penultimate|(?:second|next)[- ](?:to[- ])?last|last[- ]but[- ]one|one[- ]before[- ]last",
    "de": r"vorletzt\p{L}*",
    "fr": r"avant-derni\p{L}+",
    "es": r"penúltim\p{L}+",
    "pt": r"penúltim\p{L}+",
    "it": r"penultim\p{L}+",
    "ru": r"предпоследн\p{L}+",
    "uk": r"передостанн\p{L}+",
    "cs": r"předposledn\p{L}+",
    "sk": r"predposledn\p{L}+",
    "pl": r"przedostatni\p{L}*",
    "nl": r"voorlaatste|op één na laatste",
}
_ANY_PENULTIMATE = lazy(r"(?i)(?<![\p{L}])(?:" + "|".join(_PENULTIMATE.values()) + r")(?![\p{L}])")


def penultimate_dropped(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """A rank second from the end ("Vorletzter Ministerpräsident der DDR", the last but one)
    that another version writes in none of its words ("Last Prime Minister of the GDR"): the
    rank changed, reported as a number missing. Only where the other version's language is
    one whose words for it are read here."""
    out = []
    languages = {k: base_language(ctx.documents[k].lang) for k in docs}
    if sum(languages[k] in _PENULTIMATE for k in docs) < 2:
        return out
    found = {k: _ANY_PENULTIMATE.search(ctx.text(k, group)) for k in docs
             if languages[k] in _PENULTIMATE and group.members[k]}
    for k, match in found.items():
        if match is None:
            continue
        lack = frozenset(o for o, theirs in found.items() if theirs is None)
        if lack:
            start = ctx.document_offset(k, group, match.start())
            inv = Invariant("number", fold(match.group()), match.group(), start, start + len(match.group()))
            out.append(Candidate(g, "number", inv.value, frozenset(docs) - lack, lack, {k: inv}))
    return out


# A place in a ranking, in Chinese or Japanese: 第一位, 第二名 ("first place", "the second
# place"), 排名第一 (ranked first). Unlike the common words first, second and third, these say
# nothing but the rank.
_CJK_PLACE = lazy(r"第([一二三1-3１-３])(?:位|名)|(?:排名|位居|名列|排行)第([一二三1-3１-３])")
# What an English version writes for a first, second or third place: the ordinal, a figure,
# and the words of winning and leading, which may say first place without a number.
_EN_PLACE = {
    1: r"first|1st|No\.?[ \u00a0]?1|number[ -]one|top\p{L}*|best|lead\p{L}*|led|win\p{L}*|won|champion\p{L}*|gold"
       r"|highest|largest|biggest|most|ahead",
    2: r"second|2nd|No\.?[ \u00a0]?2|number[ -]two|runners?[- ]up|silver",
    3: r"third|3rd|No\.?[ \u00a0]?3|number[ -]three|bronze",
}
_PLACE_VALUES = {"一": 1, "二": 2, "三": 3, "1": 1, "2": 2, "3": 3, "１": 1, "２": 2, "３": 3}


def place_dropped(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """A first, second or third place that a Chinese or Japanese version states as one
    (「担当者の提案力」で第一位獲得, "won first place for the staff's proposals") and an English
    version states in no form, neither as the ordinal, nor as a figure, nor as a word of
    winning or leading ("Responsibility for Proposal."): a number missing."""
    out: list[Candidate] = []
    languages = {k: base_language(ctx.documents[k].lang) for k in docs}
    english = [k for k in docs if languages[k] == "en" and group.members[k]]
    if not english:
        return out
    for k in docs:
        if languages[k] not in ("zh", "ja") or not group.members[k]:
            continue
        text = ctx.text(k, group)
        if "第" not in text:
            continue
        for match in _CJK_PLACE.finditer(text):
            n = _PLACE_VALUES[match.group(1) or match.group(2)]
            kept = regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}.,])(?:{_EN_PLACE[n]}|{n})(?![\p{{L}}\p{{N}}]|[.,]\d)")
            lack = frozenset(o for o in english if not kept.search(ctx.text(o, group)))
            if lack:
                start = ctx.document_offset(k, group, match.start())
                inv = Invariant("number", str(n), match.group(), start, start + len(match.group()))
                out.append(Candidate(g, "number", str(n), frozenset(docs) - lack, lack, {k: inv}))
    return out
