"""Numbers: digits read with the document's own separators, number words, scale words.

`50.000` in a German text and `50,000` in an English one are both 50000; `1,5` (de)
and `1.5` (en) are both 1.5. A token that is grouped in a foreign style (`50,000` in a
Portuguese text) keeps its locale reading as value and the foreign reading as an
alternative, flagged so the comparison can warn when that is the reading that matched.
"""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal, InvalidOperation

import regex

from xlcheck import regexcache
from xlcheck.locales import (
    CJK_SCALES,
    COLLECTIVE_RU,
    DUTCH_RANKS,
    HAUSA_NUMBERS,
    KOREAN_COUNTERS,
    LEADING_SCALES,
    NGUNI_NUMBERS,
    NGUNI_ROUND,
    POLISH_RANKS,
    ROMANCE_RANKS,
    RUSSIAN_ORDINALS,
    SLAVIC_RANKS,
    SPACES,
    LocaleInfo,
    fold,
    locale_info,
    partial_number_words,
)
from xlcheck.model import Invariant
from xlcheck.patterns import lazy, longest_first
from xlcheck.prefixes import PREFIXING

# A digit run with optional separators; validated and parsed by `parse_number`.
_NUMBER = lazy(
    r"""
    # not inside a word, code or version; a Hebrew letter before a hyphen is a prefix
    # ("כ-44 אלף", about 44 thousand; "ב-540", at 540), not a code's letters; a point
    # before is a version's, unless it closes the abbreviation of "number" ("zák.č.372");
    # nor the second group of such a number ("abayizi-6 000" is not 0), where a group of
    # three figures follows ("the par-3 16th hole" is a number of its own)
    (?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}_/#@:\\]|(?!\p{Hebrew})\p{L}[-‑]|[\p{N}][.,]
        |(?!\p{Hebrew})\p{L}[-‑]\d{1,3}[ \u00a0\u202f\u2009](?=\d{3}(?!\d))
        |(?<!\.|(?<![\p{L}])(?:č|Č|No|no|Nr|nr))\.)
    (?:(?<=^|[\s(\[])(?P<sign>[-−–])(?=\d))?               # a sign only after a space: "15-16" is a range
    (?P<num>
        (?<=^|[\s(\[])[.,]\d+(?![.,]\d)                        # ".66": a decimal without its zero
      |
        \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?                   # Indian grouping: 5,00,000
      | \d{1,2}(?:\.\d{2})+\.\d{3}(?:,\d+)?                   # ... with the points of a locale: 2.06.737
      | \d{1,3}[ ]\.\d{3}(?![.,]?\d)                          # "25 .000": a space typed before the point
      | \d{1,3}(?:(?P<sep>[.,'’\u00a0\u202f\u2009 ])\d{3})(?:(?P=sep)\d{3})*(?:[.,]\d+)?
      | \d+(?:[.,]\d+)?
    )
    (?![\p{N}]|[.,]\d)                                    # not the start of a longer run
    """,
    regex.VERBOSE,
)

_DIGIT = lazy(r"\d")
# A prefix in lower case hyphened to a figure ("ngo-400", "kwabangu-330,000"), or a vowel
# prefix capitalised at a paragraph's start ("I-20 yeepesenti").
_PREFIX_HYPHEN = lazy(r"(?<![\p{L}\p{M}\p{N}_-])(\p{Ll}{1,12}|(?<=^|\n)[AEIOU])-(?=\d)")
# "1981-87", "1986 -88": a range of years whose second is written short (a space may come
# before the dash, which the number pattern then takes for a sign).
_SLASHED_YEARS = lazy(r"(?<![\p{N}/.,])((?:1[89]|20)\d\d)/((?:1[89]|20)?\d\d)(?![\p{N}/])")
_YEAR_RANGE = lazy(r"(?<!\d)(?:1[89]|20)\d\d ?[-–]")
_INDIAN = lazy(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_INDIAN_POINTED = lazy(r"\d{1,2}(?:\.\d{2})+\.\d{3}(?:,\d+)?")
# "2) Putting…", "3. Saves…", "3/ économise…": list markers, not quantities.
_ENUMERATOR = lazy(r"[.)/]\s")
_COMPOUND = lazy(r"[-‑]\p{L}")
# "1D", "64bit", "10x": a number glued to letters names a thing more than a quantity.
_UNIT_GLUED = lazy(r"[\p{Latin}\p{Greek}\p{Cyrillic}]")  # not 个 or 枚: classifiers count
_MONEY_SIGNS = frozenset("£$€¥₹₩₦")
_ORDINAL = lazy(r"(?:st|nd|rd|th|º|ª|er|re|e|ème|°)(?![\p{L}\p{N}])")
_IN_BRACKETS = lazy(r"[\[(]\d+,\d+[\])]")
_GROUPED = lazy(r"[1-9]\d{0,2},\d{3}")
_WAN_LETTER = lazy(r"[wW](?![\p{L}\p{N}_])")
_CJK_UNITS = lazy(r"\d{1,4}(?![\d,.万萬千亿億])")  # after 万: the units below it
# 1億7,000万, 1億7千万; Korean with a space after its larger scale: 1억 7천만, 1억 7000만, 3조 5천억.
_CJK_TAIL = lazy(r"(?:(?<=[억조만])[ ])?(\d{1,3}(?:,\d{3})++|\d+)(千[万萬]|천[만억]|[万萬千천만억])(?![万萬亿億만억조])")
_SCALE_GAP = lazy(r"(?:[ \u00a0\u202f]*|[-‑](?=\p{L}{3}))(\p{L}[\p{L}\p{M}]*\.?)")  # marks: Devanagari करोड़

# Approximate quantities: the same order of magnitude written as words.
APPROXIMATE: dict[str, dict[str, int]] = {
    "en": {"tens of thousands": 10**4, "hundreds of thousands": 10**5, "thousands": 10**3,
           "hundreds": 10**2, "millions": 10**6, "billions": 10**9, "dozens": 12,
           "tens of millions": 10**7, "hundreds of millions": 10**8, "tens of billions": 10**10,
           "hundreds of billions": 10**11},
    "de": {"zehntausende": 10**4, "hunderttausende": 10**5, "tausende": 10**3,
           "hunderte": 10**2, "millionen von": 10**6, "dutzende": 12, "millionen": 10**6, "milliarden": 10**9,
           "zig millionen": 10**7, "zigmillionen": 10**7, "dutzende millionen": 10**7, "hunderte millionen": 10**8,
           "abermillionen": 10**6},
    "pt": {"centena": 10**2, "dezena": 10, "milhar": 10**3, "dezenas de milhares": 10**4, "centenas de milhares": 10**5, "milhares": 10**3,
           "centenas": 10**2, "milhões de": 10**6, "dezenas": 12, "dúzias": 12, "dezenas de milhões": 10**7,
           "centenas de milhões": 10**8},
    "es": {"centenar": 10**2, "decena": 10, "millar": 10**3, "decenas de miles": 10**4, "cientos de miles": 10**5, "miles": 10**3,
           "cientos": 10**2, "centenares": 10**2, "millones de": 10**6, "docenas": 12, "decenas de millones": 10**7,
           "cientos de millones": 10**8},
    "fr": {"vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
           "centaine": 10**2, "dizaine": 10, "millier": 10**3, "dizaines de milliers": 10**4, "centaines de milliers": 10**5, "milliers": 10**3,
           "centaines": 10**2, "millions de": 10**6, "dizaines": 12, "douzaines": 12, "dizaines de millions": 10**7,
           "centaines de millions": 10**8},
    "it": {"ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50, "sessantina": 60,
           "centinaio": 10**2, "decina": 10, "migliaio": 10**3, "decine di migliaia": 10**4, "centinaia di migliaia": 10**5, "migliaia": 10**3,
           "centinaia": 10**2, "milioni di": 10**6, "dozzine": 12, "decine": 12, "decine di milioni": 10**7,
           "centinaia di milioni": 10**8},
    # "более тысячи" (more than a thousand), "тысячи людей" (thousands of people): the
    # genitive singular and the plural are one word.
    "ru": {"десяток": 10, "десятка": 10, "десятки": 12, "десятков": 12, "дюжина": 12, "дюжины": 12,
           "сотня": 10**2, "сотни": 10**2, "сотен": 10**2, "сотнями": 10**2, "тысячи": 10**3, "тысяч": 10**3,
           "тысячами": 10**3, "десятки тысяч": 10**4, "десятков тысяч": 10**4, "сотни тысяч": 10**5,
           "сотен тысяч": 10**5, "миллионы": 10**6, "миллионов": 10**6, "миллионами": 10**6,
           "десятки миллионов": 10**7, "десятков миллионов": 10**7, "сотни миллионов": 10**8,
           "сотен миллионов": 10**8, "миллиарды": 10**9, "миллиардов": 10**9, "десятки миллиардов": 10**10,
           "десятков миллиардов": 10**10},
    "uk": {"десятки": 12, "десятків": 12, "сотні": 10**2, "сотень": 10**2, "тисячі": 10**3, "тисяч": 10**3,
           "десятки тисяч": 10**4, "десятків тисяч": 10**4, "сотні тисяч": 10**5, "мільйони": 10**6,
           "мільйонів": 10**6, "десятки мільйонів": 10**7},
    "cs": {"desítky": 12, "desítek": 12, "stovky": 10**2, "stovek": 10**2, "tisíce": 10**3, "tisíců": 10**3,
           "desítky tisíc": 10**4, "statisíce": 10**5, "miliony": 10**6, "milionů": 10**6, "desítky milionů": 10**7,
           # a round number as a noun, "do první padesátky" (into the top 50), "dvacítka" (a group of twenty)
           **{f"{stem}{ending}": tens for stem, tens in (
               ("dvacít", 20), ("třicít", 30), ("čtyřicít", 40), ("padesát", 50), ("šedesát", 60),
               ("sedmdesát", 70), ("osmdesát", 80), ("devadesát", 90))
              for ending in ("ka", "ky", "ce", "ku", "kou", "kám", "kách", "kami", "ek")}},
    "pl": {"dziesiątki": 12, "dziesiątek": 12, "setki": 10**2, "setek": 10**2, "tysiące": 10**3, "tysięcy": 10**3,
           "dziesiątki tysięcy": 10**4, "setki tysięcy": 10**5, "miliony": 10**6, "milionów": 10**6,
           "dziesiątki milionów": 10**7},
}


# Number words that are not plain cardinals: ordinals, collectives, number bases. They
# excuse digits on the other side but are never missed themselves.
NOT_CARDINAL = frozenset("""
first second third fourth fifth both pair twice couple binary octal decimal hexadecimal hex dozen fortnight half single
once double doubled triple tripled threefold quadruple quadrupled fourfold thrice
twenties thirties forties fifties sixties seventies eighties nineties
sixth seventh eighth ninth tenth eleventh twelfth half-hour round-the-clock around-the-clock
erste ersten zweite dritte beide beiden paar binär binäre oktal dezimal hexadezimal dutzend
primeiro primeira segundo segunda terceiro terceira ambos ambas par binário binária dúzia
primero tercero binario docena premier première deuxième troisième paire binaire décimal décimale
hexadécimal hexadécimale douzaine primo prima secondo terzo entrambi ottale decimale esadecimale dozzina
""".split()) | frozenset(RUSSIAN_ORDINALS) | frozenset(w for forms in COLLECTIVE_RU.values() for w in forms.split()) \
    | frozenset(word for ranks in ROMANCE_RANKS.values() for word in ranks) | frozenset(DUTCH_RANKS) \
    | frozenset({"beide", "beiden"}) | frozenset(POLISH_RANKS) | frozenset(SLAVIC_RANKS) \
    | frozenset("oba obie obaj obu obydwa obydwie obydwaj obydwu".split())
_AFTER_WORD = lazy(r"[\s\u00a0-]+(\p{L}+)")


class NotANumber(ValueError):
    """A digit token that is several numbers (``0,255`` in an English text)."""


def canonical(value: Decimal) -> str:
    """A number as plain digits with '.' decimal, no exponent, no trailing zeros.

    >>> canonical(Decimal("50000")), canonical(Decimal("1.50")), canonical(Decimal("-0"))
    ('50000', '1.5', '0')
    """
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def parse_number(token: str, info: LocaleInfo) -> tuple[Decimal, tuple[Decimal | str, ...], str | None]:
    """Read a digit token in a locale: (value, other readings, flag).

    The flag is ``"foreign-separator"`` when the token is grouped or pointed in a way
    that is wrong for the locale but unambiguous, and ``"ambiguous-separator"`` when
    only the locale decides (``1.500`` is 1.5 in English and 1500 in German).

    >>> from xlcheck.locales import locale_info
    >>> parse_number("50.000", locale_info("de"))
    (Decimal('50000'), (), None)
    >>> parse_number("50,000", locale_info("pt"))
    (Decimal('50.000'), (Decimal('50000'),), 'ambiguous-separator')
    >>> parse_number("1,5", locale_info("de"))[0], parse_number("1.5", locale_info("en"))[0]
    (Decimal('1.5'), Decimal('1.5'))
    >>> parse_number("50 000", locale_info("fr"))[0], parse_number("50’000", locale_info("de-CH"))[0]
    (Decimal('50000'), Decimal('50000'))
    >>> parse_number("17,000", locale_info("xh"))
    (Decimal('17000'), (), 'foreign-separator')
    """
    if token[0] in ".,":
        return Decimal("0." + token[1:]), (), None
    seps = [c for c in token if not c.isdigit()]
    digits_only = "".join(c for c in token if c.isdigit())
    if not seps:
        return Decimal(token), (), None
    if _INDIAN.fullmatch(token):
        integer, _, fraction = token.partition(".")
        return Decimal(integer.replace(",", "") + ("." + fraction if fraction else "")), (), None
    if "." in info.groups and _INDIAN_POINTED.fullmatch(token):
        # 2.06.737: an Indian grouping copied with the points the locale groups by
        integer, _, fraction = token.partition(",")
        return Decimal(integer.replace(".", "") + ("." + fraction if fraction else "")), (), None
    kinds = set(seps)
    if len(kinds) > 1:
        # "1.234,5" or "1,234.5": the last separator is the decimal point.
        last = seps[-1]
        integer, _, fraction = token.rpartition(last)
        value = Decimal("".join(c for c in integer if c.isdigit()) + "." + fraction)
        flag = None if last == info.decimal else "foreign-separator"
        return value, (), flag
    sep = seps[0]
    if sep not in ".,":
        # Spaces and apostrophes only ever group digits (a space is the SI style in any
        # locale); an apostrophe outside de-CH and friends is worth a warning.
        flag = None if sep in info.groups or sep in SPACES else "foreign-separator"
        return Decimal(digits_only), (), flag
    if len(seps) > 1:
        flag = None if sep in info.groups else "foreign-separator"
        return Decimal(digits_only), (), flag
    integer, fraction = token.split(sep)
    if sep == "," and info.decimal == "." and len(fraction) != 3:
        raise NotANumber(token)  # "[0,4294967295]": a list, not one number
    as_decimal = Decimal(integer + "." + fraction)
    if sep == "," and len(fraction) <= 2 and not integer.startswith("0") and not fraction.startswith("0"):
        # "6,7 y 8": a decimal by the locale, or a list of two numbers; the other
        # version decides (the alternative "6|7" stands for both numbers).
        return as_decimal, (f"{integer}|{fraction}",), "ambiguous-list"
    if len(fraction) != 3 or integer.startswith("0"):
        return as_decimal, (), None
    as_group = Decimal(integer + fraction)
    if sep in info.groups:
        return as_group, (), None
    if sep == "," and info.decimal == ".":
        # A comma where the locale points decimals can only group: Xhosa groups with a
        # space, and "eziyi-17,000" copies the English grouping a Zulu source writes.
        return as_group, (), "foreign-separator"
    # The locale's decimal point before exactly three digits: a decimal by the
    # locale's rules, but also what a foreign grouping would look like.
    return as_decimal, (as_group,), "ambiguous-separator"


# Scales read after a number word only: "two decades" is 20 (years), "3 decades" stays 3,
# as "vor 3 Jahrzehnten" writes it.
_WORD_ONLY_SCALES = frozenset({"decade", "decades"})
# Romanian puts "de" between a count from 20 up and what it counts, a scale word too: "100
# de milioane de euro" (100 million euros), "20 de mii".
_SCALE_LINKS: dict[str, str] = {"ro": "de"}


def _scale(text: str, end: int, info: LocaleInfo) -> tuple[int, int]:
    """A scale word (or two: "mil milhões") right after a number: (multiplier, new end)."""
    scales = dict(info.scale_words)
    multiplier = 1
    pos = end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    if pos + 1 < len(text) and text[pos] in "余多" and text[pos + 1] in CJK_SCALES:
        pos += 1  # 500余万: "more than 5 million"
    if pos < len(text) and text[pos] in CJK_SCALES:
        while pos < len(text) and text[pos] in CJK_SCALES:
            multiplier *= CJK_SCALES[text[pos]]  # 3 万 = 30000, 26万亿 = 26 trillion
            pos += 1
        return multiplier, pos
    pos = end
    link = _SCALE_LINKS.get(info.language)
    if link and (match := _SCALE_GAP.match(text, pos)) and match.group(1) == link:
        following = _SCALE_GAP.match(text, match.end())
        if following and fold(following.group(1)).rstrip(".") in scales:
            pos = match.end()
    for _ in range(2):
        match = _SCALE_GAP.match(text, pos)
        if not match:
            break
        word = fold(match.group(1)).rstrip(".")
        factor = scales.get(word) if word not in _WORD_ONLY_SCALES else None
        if factor is None or (len(word) <= 2 and (match.group(1) != match.group(1).lower()
                                                  or text.startswith("/", match.end()))) \
                or (len(word) == 1 and match.start(1) > pos):
            break  # "70M" is no scale, nor "70m/s" (metres a second), nor "1500 m" (£5m is)
        multiplier *= factor
        pos = match.end()
    return multiplier, pos


@functools.cache
def _leading_scale_pattern(language: str) -> regex.Pattern[str]:
    words = "|".join(sorted(LEADING_SCALES[language], key=longest_first))
    return regexcache.compile(rf"(?<![\p{{L}}])({words})(?:[ \u00a0]+(dari))?[ \u00a0]+$", regex.IGNORECASE)


def _leading_scale(text: str, start: int, info: LocaleInfo) -> tuple[int, int]:
    """A scale word written before the number, as Hausa writes it ("miliyan 200", 200
    million; "dubu dari 3", 300,000): (multiplier, new start)."""
    if info.language not in LEADING_SCALES:
        return 1, start
    match = _leading_scale_pattern(info.language).search(text, max(0, start - 24), start)
    if match is None:
        return 1, start
    hundred = 100 if match.group(2) else 1
    return LEADING_SCALES[info.language][fold(match.group(1))] * hundred, match.start()


_HAUSA_PERCENT = lazy(r"(?<=(?<![\p{L}])kashi[ \u00a0]+\d+(?:[.,]\d+)?[ \u00a0]+)cikin[ \u00a0]+100(?![\p{N}])",
                      regex.IGNORECASE)
_HAUSA_TAIL = lazy(r"[ \u00a0]+da[ \u00a0]+(?:(rabi)|(dubu)[ \u00a0]+(\d{1,3}))(?![\p{L}\p{N}])", regex.IGNORECASE)


def _hausa_tail(text: str, end: int, value: Decimal, multiplier: int) -> tuple[Decimal, int]:
    """What Hausa adds after a scaled number: "miliyan 2 da rabi" (and a half: 2.5
    million), "miliyan 6 da dubu 300" (and 300 thousand: 6.3 million)."""
    tail = _HAUSA_TAIL.match(text, end)
    if tail is None:
        return value, end
    if tail.group(1):
        return value + multiplier / Decimal(2), tail.end()
    if multiplier > 1000:
        return value + int(tail.group(3)) * 1000, tail.end()
    return value, end


_HAUSA_APOSTROPHES = str.maketrans("’ʼ", "''")
_HAUSA_WORD = "|".join(regex.escape(w).replace("'", "['’ʼ]") for w in sorted(
    (*HAUSA_NUMBERS, *LEADING_SCALES["ha"], "dari", "rabi"), key=longest_first))
_HAUSA_NUMBER = lazy(rf"(?<![\p{{L}}'’ʼ])(?:{_HAUSA_WORD})(?:[ \u00a0]+(?:(?:da|sha)[ \u00a0]+)?(?:{_HAUSA_WORD}))*"
                     r"(?![\p{L}'’ʼ])", regex.IGNORECASE)
_HAUSA_PART = lazy(rf"(?<![\p{{L}}'’ʼ])(?:{_HAUSA_WORD})(?![\p{{L}}'’ʼ])", regex.IGNORECASE)
# Words that are numbers only beside another: "daya" is also "the same", "tara" "to gather".
_HAUSA_ALONE_NOT = frozenset({"daya", "ɗaya", "tara", "rabi"})


def _hausa_value(words: list[str]) -> list[Decimal]:
    """The value of a Hausa number read word by word, in its parts, one a scale word: a
    scale word (dubu, miliyan) counts what follows it until the next one; "dari" makes
    the next unit hundreds; "rabi" is half the scale ("miliyan biyu da rabi", 2.5
    million). Empty where no word counts."""
    parts: list[Decimal] = []
    scale, count, hundreds = 1, Decimal(0), False
    for word in words:
        if word in LEADING_SCALES["ha"]:
            if count:
                parts.append(count * scale)
            scale, count = LEADING_SCALES["ha"][word], Decimal(0)
        elif word == "dari":
            hundreds = True
            continue
        elif word == "rabi":
            count += Decimal("0.5")
        else:
            count += HAUSA_NUMBERS[word] * (100 if hundreds else 1)
        hundreds = False
    if hundreds:
        count += 100  # "dari" last: a hundred
    if count:
        parts.append(count * scale)
    return parts


def _hausa_numbers(text: str, claims) -> list[Invariant]:
    """Hausa numbers in words ("mutum ashirin", "naira biliyan talatin da daya")."""
    found = []
    for match in _HAUSA_NUMBER.finditer(text):
        start, end = match.span()
        words = [fold(w.group()).translate(_HAUSA_APOSTROPHES) for w in _HAUSA_PART.finditer(match.group())]
        if len(words) == 1 and words[0] in _HAUSA_ALONE_NOT or not claims.free(start, end):
            continue
        parts = _hausa_value(words)
        if not parts:
            continue
        claims.take(start, end)
        # One word is soft as every number word; a number of several is read whole ("dari
        # shida da biyu", 602) and looked for as digits are. One of two scales may be
        # written as two numbers ("sixty-seven billion and sixty-three million").
        alternatives = ("|".join(canonical(p) for p in parts),) if len(parts) > 1 else ()
        found.append(Invariant("number", canonical(sum(parts)), match.group(), start, end, alternatives,
                               "word" if len(words) == 1 else None))
    return found


# A Xhosa or Zulu word (in lower case: "ngoLwesithathu", on Wednesday, is a day's name).
_NGUNI_WORD = lazy(r"(?<![\p{L}\p{M}'’-])\p{Ll}+(?![\p{L}\p{M}'’-])")
_NGUNI_COUNT = lazy(r"\p{Ll}{0,9}?(?:" + "|".join(f"(?P<n{value}>{stems})" for value, stems in NGUNI_NUMBERS.items())
                    + "|" + "|".join(f"(?P<r{value}>{stems})" for value, stems in NGUNI_ROUND.items()) + ")")


def _nguni_count(word: str) -> tuple[int, bool] | None:
    """The value a Xhosa or Zulu number word stands for, and whether it is a round count
    (thousands, millions) or a plural of tens ("amashumi").

    >>> _nguni_count("ezine"), _nguni_count("yeshumi"), _nguni_count("amashumi"), _nguni_count("phambili")
    ((4, False), (10, False), (10, True), None)
    """
    match = _NGUNI_COUNT.fullmatch(word)
    if match is None:
        return None
    name = next(name for name, part in match.groupdict().items() if part is not None)
    value = int(name[1:])
    return value, name[0] == "r" or value == 10 and word.endswith("mashumi")


def _nguni_numbers(text: str, claims) -> list[Invariant]:
    """Xhosa and Zulu counts in words, soft as every number word: "ezine" (4), "ishumi
    elinesixhenxe" (10 and 7), "amashumi amabini" (20), "izigidi" (millions)."""
    found = []
    words = list(_NGUNI_WORD.finditer(text))
    i = 0
    while i < len(words):
        first = words[i]
        count = _nguni_count(first.group())
        i += 1
        if count is None or not claims.free(*first.span()):
            continue
        value, plural = count
        end = first.end()
        # Past ten: the units follow, word after word ("ishumi elinesixhenxe", "amashumi amabini
        # anesihlanu"): added to a ten, multiplying tens, then added to them.
        while value % 10 == 0 and i < len(words) and text[end:words[i].start()] == " ":
            unit = _nguni_count(words[i].group())
            if unit is None or unit[0] >= 10:
                break
            value = value * unit[0] if plural and value == 10 else value + unit[0]
            plural = False
            end = words[i].end()
            i += 1
        if value == 1 or not claims.free(first.start(), end):
            continue  # one alone is also "another" ("elinye")
        claims.take(first.start(), end)
        approximate = "~" if plural else ""
        found.append(Invariant("number", approximate + canonical(Decimal(value)), text[first.start():end],
                               first.start(), end, (), "word"))
    return found


def _list_items(text: str, start: int, token: str, claims) -> list[Invariant]:
    found = []
    offset = start
    for part in token.split(","):
        claims.take(offset, offset + len(part))
        found.append(Invariant("number", canonical(Decimal(part)), part, offset, offset + len(part)))
        offset += len(part) + 1
    return found


# Superscript digits after a letter, an exponent (m², s⁻¹ aside): read as the digits.
_SUPERSCRIPT = lazy(r"(?<=\p{L})[⁰¹²³⁴⁵⁶⁷⁸⁹]++")
_SUPERSCRIPT_HINT = lazy(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# "10s of", "100s of": tens, hundreds, an order of magnitude in figures.
_TENS_OF = lazy(r"s[ \u00a0]++of\b")


def _is_enumerator(text: str, start: int, end: int) -> bool:
    """A list marker ("2) ", "3. ") first on its line, or first in a quoted line ("> 1. "
    in a Markdown note). Only the blanks and quote marks right before the number are
    read, never the whole line: a line of many numbers stays linear.

    The marker that opens a paragraph of running text (a numbered question or exercise
    of a worksheet, "6) Pozorovatel na Měsíci…") is read as a number all the same: one
    paragraph per item, it numbers the item as its text does, and a translation that
    drops it has lost which item it is. A list block's markers stay markers (Markdown
    lists are renumbered freely)."""
    if end - start > 3 or not _ENUMERATOR.match(text, end):
        return False
    index = start - 1
    while index >= 0 and text[index] in " \t>":
        index -= 1
    return index < 0 or text[index] == "\n"


# Currencies written with letters glued to the amount: N585 million (naira), R1,500 (rand),
# K200m (kwacha), P5,000 (peso, pula), Rs500 (rupee), Rp5.000 (rupiah), RM2.50 (ringgit),
# KSh500 (Kenyan shilling), Tk500 (taka). The amount is the number; a capital and digits
# alone ("N95", "R1", "K2") stay a code.
_CURRENCY_AMOUNT = lazy(
    r"(?<![\p{L}\p{N}_.,/@#-])(?P<cur>N|R|K|P|RM|Rp|Rs|KSh|Ksh|Sh|Tk)\.?"
    r"(?P<num>\d{1,3}(?:(?P<sep>[.,])\d{3})(?:(?P=sep)\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}]|[.,]\d)")
_CURRENCY_HINT = lazy(r"(?<=[NRKPMpshk]\.?)\d")  # a digit first: the engine skips to digits
_CENTS = lazy(r"\d+[.,]\d\d")


def _currency_amount(match: regex.Match[str], text: str, info: LocaleInfo) -> bool:
    """Whether a currency-letter match is an amount: a prefix no code has (Rs, KSh), or
    digits grouped, in cents, or followed by a scale word ("N585 million")."""
    if not match.group("cur").isupper():
        return True
    if match.group("sep") or _CENTS.fullmatch(match.group("num")):
        return True
    return _scale(text, match.end(), info)[0] != 1


def currency_amount_at(text: str, start: int, info: LocaleInfo) -> bool:
    """Whether an amount with a currency letter ("N585 million") starts at `start`; the
    code reader leaves it to the number reader.

    >>> from xlcheck.locales import locale_info
    >>> text = "a N585 million fund, N95 masks"
    >>> currency_amount_at(text, 2, locale_info("en")), currency_amount_at(text, 21, locale_info("en"))
    (True, False)
    """
    match = _CURRENCY_AMOUNT.match(text, start)
    return match is not None and _currency_amount(match, text, info)


def _currency_amounts(text: str, info: LocaleInfo, claims) -> list[Invariant]:
    found = []
    for match in _CURRENCY_AMOUNT.finditer(text):
        start, end = match.span()
        if not claims.free(start, end) or not _currency_amount(match, text, info):
            continue
        try:
            value, alternatives, flag = parse_number(match.group("num"), info)
        except (NotANumber, InvalidOperation):
            continue
        multiplier, end = _scale(text, end, info)
        claims.take(start, end)
        found.append(Invariant("number", canonical(value * multiplier), text[start:end], start, end,
                               tuple(canonical(a * multiplier) for a in alternatives if not isinstance(a, str)),
                               flag))
    return found


# Between the two ends of a range whose scale word is written once: "12 to 14 million",
# "zwischen 12 und 14 Millionen", "от 12 до 14 миллионов", "12至14万", "60 إلى 90 مليار"
# (Arabic glues its "and" to the next word: "بين 60 و90 مليار").
# (Czech and Slovak "3 až 8 milionů", "3 nebo 4 miliony"; Polish and Czech "od 3 do 8";
# Icelandic "60 til 90 milljarðar", "milli 3 og 4 milljóna", "3 eða 4"; Hindi and Bhojpuri
# "60 से 90 अरब" (from 60 to 90 billion), "3 या 4", "3 आ 4")
_RANGE_GAP = lazy(r"[ \u00a0]*+(?:[-–—~～/至到]|(?<=[ \u00a0])(?:to|bis|und|and|or|oder|a|à|y|e|et|ou|o|až|nebo|do|lub|til|og|eða|до|и|или"
                           r"|إلى|الى|أو|او|से|और|या|आ|भा)(?=[ \u00a0])|(?<=[ \u00a0])و)[ \u00a0]*+")


_FROM = lazy(r"(?<![\p{L}])(?:from|von|de|du|da|desde|od|от|з|від)[ \u00a0]+$", regex.IGNORECASE)


def _share_scales(text: str, found: list[Invariant], scaled: list[tuple[int, Decimal, int]]) -> None:
    """A range's first number takes the scale its second one is written with: "12 to 14
    million" is 12 million to 14 million (the plain 12 stays an alternative reading)."""
    for (i, first, alone), (j, second, multiplier) in zip(scaled, scaled[1:]):
        a, b = found[i], found[j]
        if alone != 1 or multiplier == 1 or a.flag or not 0 < first or first == second \
                or not _RANGE_GAP.fullmatch(text, a.end, b.start):
            continue
        # A falling pair shares the scale only as a change "from" one "to" the other ("de 500
        # à 390 milliards" = "von 500 Milliarden auf 390 Milliarden"); elsewhere it may be
        # two things ("article 12 à 3 millions").
        if first > second and not _FROM.search(text, max(0, a.start - 8), a.start):
            continue
        found[i] = Invariant("number", canonical(first * multiplier), a.text, a.start, a.end,
                             (a.value, *a.alternatives), a.flag)


# A year and a month of one digit after a point, padded with a zero ("2023.01").
_YEAR_MONTH = lazy(r"(?:19|20)\d\d\.0[1-9]")


def _first_year(text: str, start: int) -> str | None:
    """The year before the dash of "1981-87" or "1986 -88", for the short year at `start`."""
    for back in (5, 6):
        if start >= back and _YEAR_RANGE.fullmatch(text, start - back, start):
            return text[start - back:start - back + 4]
    return None


# A product of whole numbers written with stars (1000*1000, 1024\*1024\*1024 escaped in
# Markdown), as sizes and units are defined.
_PRODUCT = lazy(r"(?<![\w.*])\d++(?:\\?\*\d++)++(?![\w.*])")
_FACTOR = lazy(r"\d++")


# Figures in English idioms that translations render with words ("a Catch-22" / "eine
# Zwickmühle", "24/7" / "rund um die Uhr"): no number to compare.
_IDIOM = lazy(r"(?<![\p{L}\p{N}/-])(?:[Cc]atch[- ]22|24[ ]?/[ ]?7)(?![\p{N}/])")


# A middle dot between figures in Japanese: the decimal point of a newspaper's style
# (７６・５メートル, 76.5 metres) or a list (１・２年生, first and second years). Read as
# the decimal, with the two figures as its other reading, whichever the other version
# confirms; not in a run of three (１・２・３), which is a list.
_DOT_DECIMAL = lazy(r"(?<=(?<![\p{N}・])\p{N}++)・(?=\p{N}++(?![\p{N}・]))")


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    found = []
    for match in _IDIOM.finditer(text) if "22" in text or "24" in text else ():
        claims.take(*match.span())
    scaled: list[tuple[int, Decimal, int]] = []  # (index in found, value before its scale, scale)
    if _CURRENCY_HINT.search(text):
        found.extend(_currency_amounts(text, info, claims))
    for match in _PRODUCT.finditer(text) if "*" in text else ():
        # G=1024\*1024\*1024: one size, its value the product (a factor more or less is
        # another size, which the factors compared one by one would not tell)
        if claims.free(*match.span()):
            claims.take(*match.span())
            product = math.prod(int(factor) for factor in _FACTOR.findall(match.group()))
            found.append(Invariant("number", str(product), match.group(), *match.span()))
    for match in _SUPERSCRIPT.finditer(text) if not text.isascii() and _SUPERSCRIPT_HINT.search(text) else ():
        # "mm/s²": an exponent, the "2" of "mm/sec^2"
        if claims.free(*match.span()):
            claims.take(*match.span())
            digits = match.group().translate(_SUPERSCRIPT_DIGITS)
            found.append(Invariant("number", str(int(digits)), match.group(), *match.span()))
    for match in _HAUSA_PERCENT.finditer(text) if info.language == "ha" and "cikin" in text else ():
        claims.take(*match.span())  # "kashi 70 cikin 100": 70 in a hundred, "70 percent"
    # (a language that hyphens a prefix to a figure counts with it: "ngo-400", about 400)
    digits = _PREFIX_HYPHEN.sub(r"\1 ", text) if info.language in PREFIXING and "-" in text else text
    if info.language == "ja" and "・" in text:
        digits = _DOT_DECIMAL.sub(".", digits)
    for match in _NUMBER.finditer(digits) if _DIGIT.search(text) else ():
        start, end = match.span()
        if not claims.free(start, end):
            continue
        token = match.group("num")
        if _is_enumerator(text, start, end) and not (block == "text" and not text[:start].strip(" \t")):
            claims.take(start, end)
            continue
        try:
            value, alternatives, flag = parse_number(token.replace(" .", "."), info)
        except NotANumber:
            found.extend(_list_items(text, match.start("num"), token, claims))
            continue
        except InvalidOperation:
            continue
        first_year = _first_year(text, match.start("num")) if len(token) == 2 and token.isdigit() else None
        if first_year:
            # "1981-87": the second year of a range written short; its full form is
            # what another version writes ("de 1981 a 1987").
            value, alternatives = Decimal(first_year[:2] + token), (Decimal(token),)
        elif match.group("sign"):
            value = -value
            alternatives = tuple(a if isinstance(a, str) else -a for a in alternatives)
        elif "." in token and text[match.start("num"):match.end("num")].count("・") == 1:
            # ７６・５: 76.5, or the list of 76 and 5
            alternatives = (*alternatives, "|".join(str(int(part)) for part in token.split(".")))
        elif _YEAR_MONTH.fullmatch(token):
            # "2023.01": a year and its month (a release table's date), which another
            # version writes without the month's zero ("2023.1")
            alternatives = (*alternatives, Decimal(token[:5] + token[6]))
        if token.count(",") == 1 and "." not in token and _IN_BRACKETS.match(text, start - 1) if start else False:
            if not (info.decimal != "," and _GROUPED.fullmatch(token)):  # "(5,837)", a count in English
                found.extend(_list_items(text, match.start("num"), token, claims))  # "[0,23]", "(2,4)"
                continue
        if _COMPOUND.match(text, end) or _ORDINAL.match(text, end) or _UNIT_GLUED.match(text, end) \
                or text.startswith("年生", end):
            # "2-tuple", "16-bit": part of a term a translator may render as a word; a
            # school year (高校3年生), which another school system numbers otherwise ("a senior")
            flag = "word"
        multiplier, scaled_end = _scale(text, end, info)
        if multiplier == 1 and value < 1000:  # not "dubu 2,020": a figure in full
            multiplier, start = _leading_scale(text, start, info)
            scaled_end = end
        if multiplier != 1 and flag == "word" and _COMPOUND.match(text, end):
            flag = None  # "2,5-Milliarden-Dollar-Programm": an amount, compounded
        elif multiplier != 1 and flag == "word" and start and text[start - 1] in _MONEY_SIGNS \
                and not _UNIT_GLUED.match(text, scaled_end):
            flag = None  # "£170m", "$3.6bn": a sum of money in millions, its scale glued on
        wan = multiplier == 1 and info.language == "zh" and _WAN_LETTER.match(text, end) is not None
        if wan:
            # "300w": Chinese technical writing abbreviates 万 as w (300万, 3 million); the
            # bare number stays a reading (300 W of power).
            multiplier, scaled_end, flag = 10**4, end + 1, None
        unscaled = value
        if multiplier != 1:
            value *= multiplier
            alternatives = tuple(a * multiplier for a in alternatives if not isinstance(a, str))
            end = scaled_end
            tail = _CJK_TAIL.match(text, end) if multiplier >= 10**4 and multiplier in CJK_SCALES.values() else None
            while tail and math.prod(CJK_SCALES[c] for c in tail.group(2)) < multiplier:
                # 1億3600万: one number, 136 million, in two parts.
                multiplier = math.prod(CJK_SCALES[c] for c in tail.group(2))
                value += int(tail.group(1).replace(",", "")) * multiplier
                alternatives = ()
                end = tail.end()
                tail = _CJK_TAIL.match(text, end)
            units = _CJK_UNITS.match(text, end) if multiplier == 10**4 and text[end - 1] in "万萬" else None
            if units:
                value += int(units.group())  # 2万4801: 24,801, the units after the ten thousands
                alternatives = ()
                end = units.end()
            if wan:
                alternatives = (unscaled, *alternatives)
            if info.language == "ha":
                value, end = _hausa_tail(text, end, value, multiplier)
        claims.take(start, end)
        # "10s of microns": tens, an order of magnitude ("dizaines de microns"), no count
        approximate = "~" if token in ("10", "100", "1000") and _TENS_OF.match(text, end) else ""
        found.append(
            Invariant("number", approximate + canonical(value), text[start:end], start, end,
                      tuple(a if isinstance(a, str) else canonical(a) for a in alternatives), flag)
        )
        scaled.append((len(found) - 1, unscaled, multiplier))
    for match in _SLASHED_YEARS.finditer(text) if "/" in text else ():
        # "2024/25", "2024/2025": a season or a fiscal year, whose second year another
        # version writes after a dash ("2024-25") or in full; a figure after a slash is
        # otherwise no number of its own (a path, a fraction, a date)
        first, second = match.group(1), match.group(2)
        full = first[:2] + second if len(second) == 2 else second
        if 0 < int(full) - int(first) <= 1 and claims.free(*match.span(2)):
            claims.take(*match.span(2))
            found.append(Invariant("number", full, second, *match.span(2),
                                   (second,) if len(second) == 2 else ()))
    if len(scaled) > 1:
        _share_scales(text, found, scaled)
    if info.language == "cs" and _CZECH_COMPOUND_HINT.search(text):
        found.extend(_czech_compounds(text, info, claims))
    if info.language == "pl":
        found.extend(_polish_compounds(text, claims))
    suffix = _MULTIPLICATIVE_SUFFIX.get(info.language)
    if suffix and suffix in claims.folded:
        found.extend(_multiplicatives(text, info, claims))
    found.extend(_words(text, info, claims))
    if info.language == "ha" and not claims.words.isdisjoint(HAUSA_NUMBERS):
        found.extend(_hausa_numbers(text, claims))
    if info.language in PREFIXING:
        found.extend(_nguni_numbers(text, claims))
    if info.language in ("zh", "ja") and _HAN_NUMERAL.search(text):
        found.extend(_han_numerals(text, claims))
    if info.language == "ja" and "アラ" in text:
        found.extend(_age_brackets(text, claims))
    if "万" in text or "亿" in text or "億" in text:
        # 千亿美元 "a hundred billion dollars", 上万元 "ten thousand yuan": a round scale said
        # without a digit; soft (it excuses the other version's number, it is not looked for).
        for match in _CJK_ROUND.finditer(text):
            start, end = match.span()
            if claims.free(start, end):
                claims.take(start, end)
                value = {"十": 10, "百": 100, "千": 1000, "上": 1, "数": 1}[match.group(1)] * CJK_SCALES[match.group(2)]
                found.append(Invariant("number", canonical(Decimal(value)), match.group(), start, end, (), "word"))
    return found


HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
_HAN_NUMERAL = lazy(r"[〇零一二两兩三四五六七八九十百千]+(?:[万萬亿億][〇零一二两兩三四五六七八九十百千]*)*")
# Classifiers and units a count is written before (三名, 一周年, 两日, 三年级, ５種類).
_HAN_COUNTERS = frozenset("个個名位人次回年月日天周週岁歳才节節届屆号號层層楼樓階家所项項件只隻条條本张張台辆輛场場种種類倍"
                          "分秒点點时時元円角块塊米克吨噸度成折期轮輪局队隊组組部座栋棟间間套首集章篇段句字页頁晚夜枚つ战戰进進")
# Siblings counted by the pair's name (四兄妹 "four siblings", 三姐妹 "three sisters").
_HAN_KIN = ("兄妹", "兄弟", "姐妹", "姊妹", "姐弟")
# Measure words of servings and things counted by their container or shape (一杯饮品 "one
# drink", 一份小吃 "one snack", 两瓶, 三棵树), and hours said with 小时 (两小时, ２時間): the
# count a Japanese source writes in digits (ドリンク１杯とおつまみ１品).
_HAN_MEASURES = frozenset("杯份碗瓶盒袋罐箱束朵棵株颗顆粒艘双雙幅封顿頓餐户戶")
_HAN_HOURS = ("小时", "小時", "钟头", "鐘頭")
# A round count made approximate before its classifier: 五十多岁 (fifty-odd years old, a
# Japanese 50代), 二十余人, 三十来岁.
_HAN_ODD = frozenset("多余餘来來")
_HAN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}


def han_value(numeral: str) -> int | None:
    """The value of a number in Han characters, or None when it is not one.

    >>> [han_value(n) for n in ("三", "二十三", "十二", "三百五十", "两千", "一万二千", "二〇二四", "1")]
    [3, 23, 12, 350, 2000, 12000, 2024, None]
    """
    if not numeral or any(c not in HAN_DIGITS and c not in _HAN_UNITS and c not in _HAN_BIG for c in numeral):
        return None
    if len(numeral) > 1 and all(c in HAN_DIGITS for c in numeral):
        if not any(c in "〇零" for c in numeral):
            return None  # 一一 "one by one", 三四 "three or four"
        return int("".join(str(HAN_DIGITS[c]) for c in numeral))  # 二〇二四: digit by digit
    total = section = digit = 0
    for c in numeral:
        if c in HAN_DIGITS:
            digit = HAN_DIGITS[c]
        elif c in _HAN_UNITS:
            section += (digit or 1) * _HAN_UNITS[c]
            digit = 0
        else:
            total += (section + digit) * _HAN_BIG[c]
            section = digit = 0
    return total + section + digit


# What follows the number of a label (案例二：多索引同步 "Demo 2: Multi-table
# synchronization", 步骤三 "Step 3"): a colon, or the end of the line.
_LABEL_NUMBER = lazy(r"[ \t]*+(?:[:：]|$)", regex.M)


def _han_numerals(text: str, claims) -> list[Invariant]:
    """Numbers in Han characters (三名, 第二节, 一周年, 两日, 案例三：): soft, like number
    words in other languages, and only after 第, before a classifier (not 三重, a place)
    or a pair of siblings (四兄妹), or ending a label (before a colon or the line's end, 案例一 "Demo 1"). Written by a
    Chinese translation for the digits of a Japanese source (３年, 第２クオーター), or of
    a numbered label, they satisfy those digits; they are never missed."""
    found = []
    for match in _HAN_NUMERAL.finditer(text):
        start, end = match.span()
        value = han_value(match.group())
        if value is None or not claims.free(start, end):
            continue
        scaled = match.group()[0] in HAN_DIGITS and match.group()[-1] in _HAN_BIG  # 七千万, 三亿: a count as it stands
        if not scaled and not (start and text[start - 1] == "第") and not _han_counted(text, end, value) \
                and not text.startswith(_HAN_KIN, end) and not _LABEL_NUMBER.match(text, end):
            continue  # 三重 (a place), 一些 "some", 统一 "unify": a numeral inside a word
        claims.take(start, end)
        found.append(Invariant("number", str(value), match.group(), start, end, (), "word"))
    return found


def _han_counted(text: str, end: int, value: int) -> bool:
    """Whether a Han numeral ending at `end` counts something: a classifier or measure word
    follows (三名, 一杯, 两小时), after 多, 余 or 来 when the count is round (五十多岁).

    >>> [_han_counted(t, 1, v) for t, v in (("三名", 3), ("一杯", 1), ("两小时", 2), ("一些", 1), ("五多岁", 5))]
    [True, True, True, False, False]
    >>> _han_counted("五十多岁", 2, 50), _han_counted("五十多", 2, 50)
    (True, False)
    """
    if end < len(text) and text[end] in _HAN_ODD and value >= 10 and value % 10 == 0:
        end += 1  # 五十多岁, 二十余人: the count before "-odd"
    if end >= len(text):
        return False
    return text[end] in _HAN_COUNTERS or text[end] in _HAN_MEASURES or text.startswith(_HAN_HOURS, end)


# Japanese words for an age "around" a round one (アラフィフ, "around fifty"): the age a
# translation states ("a mother of around 50") or drops.
_AGE_BRACKET = lazy(r"アラ(サー|フォー|フィフ|カン|還)")
_AGE_BRACKETS = {"サー": 30, "フォー": 40, "フィフ": 50, "カン": 60, "還": 60}


def _age_brackets(text: str, claims) -> list[Invariant]:
    """Ages said as アラサー, アラフォー, アラフィフ, アラカン: 30, 40, 50, 60."""
    found = []
    for match in _AGE_BRACKET.finditer(text):
        if claims.free(*match.span()):
            claims.take(*match.span())
            found.append(Invariant("number", str(_AGE_BRACKETS[match.group(1)]), match.group(), *match.span()))
    return found


_CJK_ROUND = lazy(r"(?<![\p{N}一二三四五六七八九十两几百千])([十百千上数])([万萬亿億])(?![万萬亿億])")


def is_cardinal(text: str, inv: Invariant, info: LocaleInfo) -> bool:
    """Whether a number word (an invariant flagged ``word``) is a plain count ("drei neue
    Chips", "twelve"), which a translation must keep: not "one" (also an article), not an
    ordinal or "both", and not the first word of a larger number ("six thousand" =
    "sechstausend").

    >>> from xlcheck.locales import locale_info
    >>> text = "vier neue Chips, sechs tausend Plätze"
    >>> vier, sechs = Invariant("number", "4", "vier", 0, 4), Invariant("number", "6", "sechs", 17, 22)
    >>> is_cardinal(text, vier, locale_info("de")), is_cardinal(text, sechs, locale_info("de"))
    (True, False)
    """
    word = fold(inv.text)
    if _HAN_NUMERAL.fullmatch(inv.text) or partial_number_words(info.language):
        return False  # a Han numeral, or a word of a partial table, excuses digits; it is not looked for
    if inv.value.startswith("~") or " " in word or word in NOT_CARDINAL or not inv.value.isdigit() \
            or not 2 <= int(inv.value) <= 99:
        return False
    end = inv.end
    if inv.text.isdigit() and (_ORDINAL.match(text, end) or text.startswith("年生", end)):
        # "85ème jour", "3rd day", 3年生 (third-year): a rank, which "85. Tag" writes as a
        # list number would and another school system numbers otherwise
        return False
    after = _AFTER_WORD.match(text, end)
    if after:
        following = fold(after.group(1))
        if following in dict(info.scale_words) or following in ("hundred", "hundert", "cent", "cento", "cien",
                                                                   "ciento", "cem", "mil", "mille"):
            return False
        if following in dict(info.number_words) or following in ("and", "und", "e", "y", "et"):
            return False
    return True


def _word_pattern(words: list[str]) -> regex.Pattern[str]:
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=longest_first))
    # Not before an apostrophe and a letter: Ukrainian "сім'я" is a family, not seven. A
    # mark (a Devanagari or Bengali vowel sign) is part of its word: "विचार" holds no "चार".
    return regexcache.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}-])(?:{alternation})(?![\p{{L}}\p{{M}}\p{{N}}]|['’ʼ]\p{{L}})",
                              regex.IGNORECASE)


_WORD_PATTERNS: dict[str, tuple[regex.Pattern[str], dict[str, int]]] = {}
_FIRST_WORDS: dict[str, frozenset[str]] = {}
# Where a number word can start: a run of letters (and marks) after no letter, mark, digit
# or hyphen (what the pattern's look-behind demands).
_LETTER_RUN = lazy(r"(?<![\p{L}\p{M}\p{N}-])[\p{L}\p{M}]+")


@functools.cache
def _ascii_leads(leads: frozenset[str]) -> re.Pattern[str]:
    """In a case-folded ASCII text, the runs of letters after no letter, digit or hyphen
    that are one of `leads`, whole: found in C, where walking every run of letters in
    Python cost a third of the number words of an English paragraph."""
    alternation = "|".join(re.escape(lead) for lead in sorted(leads, key=longest_first) if lead.isascii())
    return re.compile(rf"(?<![a-z0-9-])(?:{alternation or '(?!)'})(?![a-z])")


_LETTERS = lazy(r"[\p{L}\p{M}]+")


def _lead(word: str) -> str:
    """The case-folded letters a number word starts with ("forty" of "forty-two")."""
    match = _LETTERS.match(word)
    return match.group().casefold() if match else ""


def _word_matches(pattern: regex.Pattern[str], text: str, leads: frozenset[str],
                  present: frozenset[str] | None = None):
    """What `pattern.finditer(text)` finds, trying the pattern only where a run of letters
    starts that some number word starts with (the full alternation is costly to try at
    every word). A word matches only where its leading letters are a whole run of the
    text's letters after no letter, digit or hyphen, so no match is lost; matches do not
    overlap, as in `finditer`. `present` are the leads among the paragraph's words: their
    places are found by substring search, not by walking every word."""
    folded = text.casefold()
    if present is None:
        present = leads & frozenset(run.casefold() for run in _LETTER_RUN.findall(text))
    if text.isascii():
        # The runs of letters that are leads, in one pass of the standard `re` (the same
        # runs as _LETTER_RUN's in ASCII, whose letters are [A-Za-z]: a test checks it),
        # instead of a match tried at each occurrence of a lead: "a" is an English number word.
        runs = [run.start() for run in _ascii_leads(leads).finditer(folded) if run.group() in present]
    elif len(folded) == len(text):  # casefolding kept every offset
        starts = []
        for lead in present:
            at = folded.find(lead)
            while at >= 0:
                run = _LETTER_RUN.match(text, at)
                if run is not None and run.group().casefold() == lead:
                    starts.append(at)
                at = folded.find(lead, at + 1)
        runs = sorted(starts)
    else:
        runs = [run.start() for run in _LETTER_RUN.finditer(text) if run.group().casefold() in leads]
    end = 0
    for start in runs:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def _words(text: str, info: LocaleInfo, claims) -> list[Invariant]:
    """Number words ("drei", "três") and approximate quantities ("Zehntausende").

    They are flagged ``"word"``: a word satisfies digits on the other side, but a word
    with no counterpart is not reported (prose drops "two" in "the two labs" freely).
    The words for one are also the indefinite article; being soft, they only ever
    excuse a "1" on the other side.
    """
    cached = _WORD_PATTERNS.get(info.language)
    if cached is None:
        table = dict(info.number_words)
        table.update(APPROXIMATE.get(info.language, {}))
        if not table:
            return []
        cached = (_word_pattern(list(table)), table)
        _WORD_PATTERNS[info.language] = cached
        # A word's first run of letters ("п" of "п'ять", "twenty" of "twenty-one") is a
        # word of the paragraph wherever the number word is.
        _FIRST_WORDS[info.language] = frozenset(_lead(w) for w in table)
    pattern, table = cached
    found = []
    present = _FIRST_WORDS[info.language] & claims.words
    if not present:
        return found
    leads = _FIRST_WORDS[info.language]
    matches = pattern.finditer(text) if "" in leads else _word_matches(pattern, text, leads, present)
    for match in matches:
        start, end = match.span()
        if not claims.free(start, end):
            continue
        word = fold(match.group())
        if info.language == "ko" and not _korean_counter().match(text, end):
            continue  # a native numeral is a count only before its counter
        value = Decimal(str(table[word]))
        approximate = word in APPROXIMATE.get(info.language, {})
        if not approximate and word not in NOT_CARDINAL:
            if info.language in _SPACED_COMPOUNDS:
                value, end = _joined(text, end, value, pattern, table, info.language)
            multiplier, end = _word_scale(text, end, info)
            value *= multiplier
            if not claims.free(start, end):
                end = match.end()
                value = Decimal(str(table[word]))
        share = _IN_TEN.match(text, end) if info.language == "en" and value < 10 else None
        if share and claims.free(start, share.end()):
            end, alternatives = share.end(), (value * 10,)  # "four-in-ten patients": 40 %
        elif value == Decimal("0.5") and not approximate:
            alternatives = (Decimal(50),)  # "half" / "50%", "наполовину" / "50%"
        else:
            alternatives = ()
        claims.take(start, end)
        found.append(
            Invariant("number", ("~" if approximate else "") + canonical(value), text[start:end],
                      start, end, alternatives, "word")
        )
    return found


@functools.cache
def _korean_counter() -> regex.Pattern[str]:
    """A Korean counter after a space (두 명, 세 번째), with the particle glued to it, if
    any (명이, 개의, 번째): not the first syllable of another noun (두 대학 is read no more)."""
    counters = "|".join(sorted(KOREAN_COUNTERS, key=len, reverse=True))
    return regex.compile(rf"[ \u00a0](?:{counters})(?:이|가|을|를|의|은|는|에|에서|과|와|도|만|째|씩|로|으로|까지|부터"
                         rf"|이다|입니다)?(?!\p{{Hangul}})")


# Czech writes a count as the first part of one word: a distance or a sum (čtyřstovka, the
# 400 m; sedmitisícová hranice, the 7,000 mark), an age or a span (sedmdesátiletý, seventy
# years old), after the count's genitive (čtyř, osmi, sedmatřiceti); a thousand alone
# (tisícovka) too.
_CZECH_COMPOUND_HINT = lazy(r"(?i)stovk|tisícov|let[ýáéíou]")
_CZECH_HEADS = {"stovk": 100, "tisícov": 1000, "let": 1}


@functools.cache
def _czech_compound() -> tuple[regex.Pattern[str], dict[str, int]]:
    counts = {form: int(value) for form, value in locale_info("cs").number_words
              if 2 <= value < 100 and value == int(value) and (form.endswith("i") or form in ("dvou", "tří", "čtyř"))}
    counts.update({"sto": 100, "jedno": 1})
    prefixes = "|".join(sorted(counts, key=longest_first))
    pattern = regexcache.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?:(?P<count>{prefixes})(?P<head>stovk|tisícov|let(?=[ýáéíou]))|(?P<head>tisícov)k)"
        r"\p{L}*+", regex.IGNORECASE)
    return pattern, counts


def _czech_compounds(text: str, info: LocaleInfo, claims) -> list[Invariant]:
    """Counts written as the first part of a Czech word. A distance or a sum with its count
    is a number to find in the other version (the 800 m, osmistovka, made "the final
    eight" is a drift); an age, a span and a thousand alone (tisícovka lidí, a thousand
    people) only excuse one, as "-year-old" and number words do."""
    pattern, counts = _czech_compound()
    found = []
    for match in _claimed(pattern, text, claims):
        count = match.group("count")
        value = (counts[count.casefold()] if count else 1) * _CZECH_HEADS[match.group("head").casefold()]
        flag = None if count and match.group("head").casefold() != "let" else "word"
        found.append(Invariant("number", canonical(Decimal(value)), match.group(), *match.span(), (), flag))
    return found


# Polish writes a count as the first part of an adjective, in its combining form: an age or
# a span (czterdziestodwuletni, forty-two years old; dwuletni), a score or a share
# (trzypunktowa strata, a three-point gap), a size (trzyosobowy, dwupiętrowy).
_POLISH_UNITS = {"jedno": 1, "dwu": 2, "trzy": 3, "cztero": 4, "pięcio": 5, "sześcio": 6, "siedmio": 7, "ośmio": 8,
                 "dziewięcio": 9}
_POLISH_TEENS = {"dziesięcio": 10, "jedenasto": 11, "dwunasto": 12, "trzynasto": 13, "czternasto": 14,
                 "piętnasto": 15, "szesnasto": 16, "siedemnasto": 17, "osiemnasto": 18, "dziewiętnasto": 19,
                 "stu": 100}
_POLISH_TENS = {"dwudziesto": 20, "trzydziesto": 30, "czterdziesto": 40, "pięćdziesięcio": 50,
                "sześćdziesięcio": 60, "siedemdziesięcio": 70, "osiemdziesięcio": 80, "dziewięćdziesięcio": 90}
_POLISH_COMPOUND = lazy(
    r"(?i)(?<![\p{L}\p{M}])(?:(?P<tens>" + "|".join(_POLISH_TENS) + r")(?P<unit>" + "|".join(_POLISH_UNITS)
    + r")?|(?P<alone>" + "|".join(sorted({**_POLISH_UNITS, **_POLISH_TEENS}, key=longest_first)) + r"))"
    r"(?:letn|punktow|krotn|osobow|dniow|godzinn|minutow|tygodniow|miesięczn|procentow|metrow|kilometrow"
    r"|piętrow|bramkow)\p{L}*+")


def _polish_compounds(text: str, claims) -> list[Invariant]:
    """Counts written as the first part of a Polish adjective; soft, as number words are
    (they excuse the other version's "42" or "three", they are not looked for)."""
    found = []
    for match in _claimed(_POLISH_COMPOUND, text, claims):
        tens, unit, alone = (match.group(name) for name in ("tens", "unit", "alone"))
        value = (_POLISH_TENS[tens.casefold()] + (_POLISH_UNITS[unit.casefold()] if unit else 0) if tens
                 else {**_POLISH_UNITS, **_POLISH_TEENS}[alone.casefold()])
        found.append(Invariant("number", str(value), match.group(), *match.span(), (), "word"))
    return found


def _claimed(pattern: regex.Pattern[str], text: str, claims):
    """The matches of `pattern` in `text` that no other invariant claims, each claimed."""
    for match in pattern.finditer(text):
        if claims.free(*match.span()):
            claims.take(*match.span())
            yield match


# A count written as the first part of a multiplicative ("zehnfache", "tenfold", "10-voudig"):
# the language's suffix, and the pattern's tail after it (German declines the adjective).
_MULTIPLICATIVE_SUFFIX = {"de": "fach", "en": "fold", "nl": "voudig"}
_MULTIPLICATIVE_TAIL = {"de": "fach(?:e[nmrs]?)?", "en": "fold", "nl": "voudig(?:e)?"}


@functools.cache
def _multiplicative(language: str) -> tuple[regex.Pattern[str], dict[str, int]]:
    """The pattern of a language's multiplicatives, and the counts of its number words.
    Only counts of two and more: German "einfach" is "simple", not once."""
    forms = [(form, int(value)) for form, value in locale_info(language).number_words
             if 2 <= value <= 1000 and value == int(value)]
    counts = {fold(form): value for form, value in forms}
    words = "|".join(regex.escape(form) for form in sorted((form for form, _ in forms), key=longest_first))
    pattern = regexcache.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:(?P<count>{words})|(?P<digits>\d+)-?){_MULTIPLICATIVE_TAIL[language]}"
        r"(?![\p{L}])", regex.IGNORECASE)
    return pattern, counts


def _multiplicatives(text: str, info: LocaleInfo, claims) -> list[Invariant]:
    """Multiplicatives ("jedes zehnfache der Masse der Sonne": each one 10 times the mass of
    the Sun). Soft, as number words are: the count excuses the other version's number, and
    a multiplicative with no counterpart is not reported (prose says "double" or "twice")."""
    pattern, counts = _multiplicative(info.language)
    found = []
    for match in _claimed(pattern, text, claims):
        count = match.group("count")
        value = counts[fold(count)] if count else int(match.group("digits"))
        found.append(Invariant("number", canonical(Decimal(value)), match.group(), *match.span(), (), "word"))
    return found


# "four in ten", "four-in-ten", "three out of ten": a share a translation gives in per cent.
_IN_TEN = lazy(r"[-\s]+(?:in|out[-\s]+of)[-\s]+ten(?![\p{L}])", regex.IGNORECASE)

# Languages that write 21-999 as words apart, with no "and" ("двадцать пять", "сто
# двадцать"): the reader joins them.
_SPACED_COMPOUNDS = frozenset({"ru", "uk", "cs", "pl"})  # not Icelandic: "tuttugu og fimm"
_HUNDRED = {"hundred": 100, "hundert": 100, "cent": 100, "cents": 100}


def _joined(text: str, end: int, value: Decimal, pattern: regex.Pattern[str], table: dict[str, float],
            language: str) -> tuple[Decimal, int]:
    """A compound number written word by word: "сто двадцать пять" = 125. Each next word
    must be below the place of the last one (not "двадцать тридцать")."""
    last = value
    while last >= 10 and last == int(last):
        place = 10 ** (len(str(int(last))) - len(str(int(last)).rstrip("0")))
        pos = end
        while pos < len(text) and text[pos] in " \u00a0":
            pos += 1
        match = pattern.match(text, pos) if pos > end else None
        if match is None:
            break
        word = fold(match.group())
        following = Decimal(str(table[word]))
        if word in APPROXIMATE.get(language, {}) or word in NOT_CARDINAL or following != int(following) \
                or not 0 < following < place:
            break
        value += following
        last = following
        end = match.end()
    return value, end


@functools.cache
def _word_scales(tag: str) -> tuple[regex.Pattern[str], dict[str, int]]:
    """The scale words written out after a number word, as one pattern (a C call that
    fails at once after most words), with their factors."""
    scales = {word: factor for word, factor in (*locale_info(tag).scale_words, *_HUNDRED.items()) if len(word) >= 3}
    alternation = "|".join(regex.escape(w) for w in sorted(scales, key=longest_first))
    return regexcache.compile(rf"[ \u00a0\u202f]*+({alternation})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE), scales


def _word_scale(text: str, end: int, info: LocaleInfo) -> tuple[int, int]:
    """A scale word written out after a number word ("drei Millionen", "пять тысяч",
    "three hundred thousand"): (multiplier, new end). One- and two-letter abbreviations
    ("k", "m") only follow digits."""
    pattern, scales = _word_scales(info.tag)
    multiplier = 1
    for _ in range(2):
        match = pattern.match(text, end)
        if not match:
            break
        multiplier *= scales[fold(match.group(1))]
        end = match.end()
    return multiplier, end
