"""Writing systems: which script a text is written in, how long its content is, and
Latin spellings of names written in Cyrillic or Greek.

Two versions in different scripts (Chinese and English, Russian and English) share no
character n-grams, and a Chinese character carries about as much as four Latin letters:
the aligner and the translation verdict need both facts, the name comparison the
transliteration.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

from xlcheck.patterns import lazy, pieces

# Runs of one script at a time (the scripts are disjoint, so a run counts what its letters
# one by one would); letters of other scripts one by one, as \p{L} overlaps the others.
_LETTER = lazy(
    r"(\p{Latin}+)|(\p{Cyrillic}+)|(\p{Greek}+)|([\p{Han}\p{Hiragana}\p{Katakana}]+)|(\p{Hangul}+)|(\p{Arabic}+)"
    r"|(\p{Hebrew}+)|(\p{Devanagari}+)|(\p{Thai}+)|(\p{L})")
# Any letter main_script would count under another script than Latin.
_NOT_LATIN = lazy(
    r"(?V1)[[\p{Cyrillic}\p{Greek}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Arabic}\p{Hebrew}\p{Devanagari}"
    r"\p{Thai}\p{L}]--\p{Latin}]")
_LATIN = lazy(r"\p{Latin}")
_NAMES = ("latin", "cyrillic", "greek", "cjk", "hangul", "arabic", "hebrew", "devanagari", "thai", "other")
# How many Latin letters one character of a script stands for in a translation: measured
# on the WMT 2023 zh-en news (English is 3.5 to 5.5 times as long as the Chinese, median
# 4.2) and, for kana and Hangul, from the documentation sets' ja-en and ko-en pages.
_WEIGHTS = lazy(r"(\p{Han}+)|([\p{Hiragana}\p{Katakana}]+)|(\p{Hangul}+)")  # runs: disjoint scripts
_HAN, _KANA, _HANGUL = 3.5, 1.5, 2.5


# Every pattern above reads one character at a time, so a character's answer never
# depends on its neighbours: each distinct character of the texts seen is classified once
# (by the patterns themselves) and a text is then tested through its set of characters,
# built in C, instead of a pattern walked over every character of every paragraph.
_SCRIPT_OF_CHAR: dict[str, int] = {}  # index into _NAMES, -1 for a character no pattern counts
_NOT_LATIN_CHARS: set[str] = set()  # characters _NOT_LATIN matches
_LATIN_CHARS: set[str] = set()  # characters _LATIN matches
_WEIGHT_OF_CHAR: dict[str, float] = {}  # characters _WEIGHTS matches (Han, kana, Hangul): their weight
_WEIGHTED_CHARS = _WEIGHT_OF_CHAR.keys()


def _classified(text: str) -> set[str]:
    """The distinct characters of `text`, each classified into the tables above."""
    chars = set(text)
    new = chars.difference(_SCRIPT_OF_CHAR)
    for ch in new:
        match = _LETTER.fullmatch(ch)
        _SCRIPT_OF_CHAR[ch] = match.lastindex - 1 if match else -1
        if _NOT_LATIN.fullmatch(ch):
            _NOT_LATIN_CHARS.add(ch)
        if _LATIN.fullmatch(ch):
            _LATIN_CHARS.add(ch)
        weighted = _WEIGHTS.fullmatch(ch)
        if weighted:
            _WEIGHT_OF_CHAR[ch] = (_HAN, _KANA, _HANGUL)[weighted.lastindex - 1]
    return chars


def beyond_latin(text: str) -> bool:
    """Whether a text holds a letter of another script than Latin.

    >>> beyond_latin("Ökonomie"), beyond_latin("联邦快递 FedEx")
    (False, True)
    """
    if text.isascii():
        return False  # every ASCII letter is Latin (and checked in C, before the pattern)
    if len(text) > 4096:  # (a whole document: read piece by piece, to stop at the first such letter)
        return any(not _NOT_LATIN_CHARS.isdisjoint(_classified(piece)) for piece in pieces(text, 4096))
    return not _NOT_LATIN_CHARS.isdisjoint(_classified(text))


@lru_cache(maxsize=4096)
def main_script(text: str) -> str | None:
    """The script most of a text's letters are written in (None without letters); asked
    of the same paragraph by several checks, so remembered for the last few thousand.

    >>> main_script("Путин сказал, что NATO"), main_script("中新网11日电"), main_script("2024")
    ('cyrillic', 'cjk', None)
    """
    text = text[:20_000]
    if text.isascii():  # the common case, and every ASCII letter is Latin
        return "latin" if text.upper() != text.lower() else None
    chars = _classified(text)
    if _NOT_LATIN_CHARS.isdisjoint(chars):  # German, Polish...: only Latin letters counted
        return "latin" if not _LATIN_CHARS.isdisjoint(chars) else None
    counts = _counts(text)
    best = max(range(len(counts)), key=counts.__getitem__)
    return _NAMES[best] if counts[best] else None


def letters_by_script(text: str) -> dict[str, int]:
    """How many letters of each script a text holds, by `main_script`'s names (the scripts
    it writes no letter of left out).

    >>> letters_by_script("Boris Džonson, Борис")
    {'latin': 12, 'cyrillic': 5}
    """
    _classified(text)
    return {name: n for name, n in zip(_NAMES, _counts(text)) if n}


def _counts(text: str) -> list[int]:
    """The letters of `text` per script of `_NAMES`, its characters classified already.
    Each character is counted under its script (what one match per run of one script
    counts), the characters tallied in C: a character's script does not depend on its
    neighbours."""
    counts = [0] * len(_NAMES)
    script_of = _SCRIPT_OF_CHAR
    for ch, n in Counter(text).items():
        index = script_of[ch]
        if index >= 0:
            counts[index] += n
    return counts


def distant(a: str, b: str) -> bool:
    """Whether two texts are written in different scripts, so that their characters
    cannot be compared (a Latin name or number inside either does not change that).

    >>> distant("Путин сказал", "Putin said"), distant("Er sagte", "He said")
    (True, False)
    """
    sa, sb = main_script(a), main_script(b)
    return sa is not None and sb is not None and sa != sb


def content_length(text: str) -> float:
    """The length of a text in Latin-letter equivalents: a Chinese character counts as
    3.5 letters, a kana 1.5 and a Hangul syllable 2.5, so that a translation's length
    predicts its source's across scripts.

    >>> content_length("abc"), content_length("中国")
    (3.0, 7.0)
    """
    extra = 0.0
    if text.isascii():
        return len(text) + extra
    if _WEIGHTED_CHARS.isdisjoint(_classified(text)):
        return len(text) + extra
    # Counted per character in C (each weight less one is a multiple of 0.5, so the sum
    # is exact in any order).
    weight_of = _WEIGHT_OF_CHAR
    for ch, n in Counter(text).items():
        weight = weight_of.get(ch)
        if weight is not None:
            extra += (weight - 1) * n
    return len(text) + extra


# A plain ASCII romanisation of Cyrillic (close to BGN/PCGN and GOST 7.79 B without
# diacritics); fuzzy matching absorbs the systems' differences (Zelenskiy / Zelensky).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz", "ѕ": "dz",
}
# Russian's and Ukrainian's letters as an English name spells them letter for letter
# (`cyrillic.one_letter_off`, which reads the English name with its y as i and its h
# against х, г or nothing): the romanisation above but for y read as i (й, ы, ю, я; Ukrainian
# ї and є as their vowel) and х as h, so that Boyd / Бойди and Harrod / Харроди are one
# vowel off and not three letters; a word with a letter of another alphabet (ў, Serbian ј,
# љ …) is not compared.
LETTER_FOR_LETTER = {ch: _CYRILLIC[ch] for ch in "абвгґдеёжзиіклмнопрстуфцчшщъьэ"} | {
    "й": "i", "ы": "i", "ю": "iu", "я": "ia", "ї": "i", "є": "e", "х": "h"}
# Serbian's two alphabets, letter for letter (Vuk's Cyrillic and Gaj's Latin): a Serbian
# text in Latin letters writes a foreign name as the Cyrillic one does, by its sound
# (Džonson is Џонсон), so it is read with the Cyrillic names' rules.
_SERBIAN_LATIN = {"lj": "љ", "nj": "њ", "dž": "џ", "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д",
                  "đ": "ђ", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м",
                  "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з",
                  "ž": "ж"}


def serbian_cyrillic(word: str) -> str:
    """A Serbian word in Latin letters in its Cyrillic spelling; letters Serbian Latin
    does not have (q, w, x, y) are kept.

    >>> serbian_cyrillic("Džonson"), serbian_cyrillic("Ukrajinu"), serbian_cyrillic("LJiljana")
    ('Џонсон', 'Украјину', 'Љиљана')
    """
    out = []
    i = 0
    while i < len(word):
        pair = word[i:i + 2]
        letter = _SERBIAN_LATIN.get(pair.lower()) if len(pair) == 2 else None
        size = 2 if letter else 1
        if not letter:
            letter = _SERBIAN_LATIN.get(word[i].lower())
        if letter is None:
            out.append(word[i])
        else:
            out.append(letter.upper() if word[i].isupper() else letter)
        i += size
    return "".join(out)


_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}


@lru_cache(maxsize=4096)
def romanise(word: str) -> str:
    """A Latin spelling of a Cyrillic or Greek word (other letters kept), in lower case.

    >>> romanise("Зеленский"), romanise("Ёлкина"), romanise("Αθήνα")
    ('zelenskiy', 'yolkina', 'athina')
    """
    out = []
    for n, ch in enumerate(unicodedata.normalize("NFC", word.lower())):
        if ch in "её" and (n == 0 or ch == "ё"):
            out.append("yo" if ch == "ё" else "ye")  # Ёлкин / Yolkin, Ельцин / Yeltsin
            continue
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out.append(_GREEK.get(base, base))
    return "".join(out)
