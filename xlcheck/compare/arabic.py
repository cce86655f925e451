"""Latin names that a translation into Arabic writes in Arabic letters, by their sound.

Arabic writes a foreign name by its consonants and long vowels ("BlackRock" is بلاك روك,
"OpenAI" أوبن إيه آي, its acronym spelt out letter by letter), often in as many words as
the name has parts or syllables, and glues "and", "with", "for" and the article to its
first word (وبلاك روك, "and BlackRock"). A name is written there when a run of the
paragraph's Arabic words, a particle taken off the first, has a consonant skeleton near
the name's (`xlcheck.romanise.english_arabic_distance`).
"""

from __future__ import annotations

from xlcheck.patterns import lazy
from xlcheck.romanise import arabic_words, english_arabic_distance, latin_sounds, latin_spoken, name_pieces, name_words

# How near a run of Arabic words must sound to a name, by the length of the name's
# skeleton: never for two consonants or fewer (a word in four of a paragraph has such a
# skeleton), exact for three (one in thirteen), within a near sound (b for v, s for ch, j for g) for four,
# within one consonant or two near sounds for five or more. Measured on the Arabic of
# news45 (`wmt25-enar`): every camel-case brand of its clean paragraphs is within these,
# and no brand is found in another document's paragraph.
_LIMITS = ((2, -1.0), (3, 0.0), (5, 0.5))
_LONGEST = 1.0
_SPACE = lazy(r"\s+")


def _limit(length: int) -> float:
    for most, limit in _LIMITS:
        if length <= most:
            return limit
    return _LONGEST


# The names of the Latin letters as Arabic writes them when it spells an acronym out ("GPT"
# is جي بي تي, "AI" إيه آي), hamza and alif maqsura left out (`_plain`).
_LETTER_NAMES = {"A": "ايه اي", "B": "بي", "C": "سي", "D": "دي", "E": "اي", "F": "اف", "G": "جي", "H": "اتش",
                 "I": "اي", "J": "جاي جيه", "K": "كيه كاي", "L": "ال", "M": "ام", "N": "ان", "O": "او", "P": "بي",
                 "Q": "كيو", "R": "ار", "S": "اس", "T": "تي", "U": "يو", "V": "في", "W": "دبليو", "X": "اكس",
                 "Y": "واي", "Z": "زد"}
_PLAIN = str.maketrans("أإآٱى", "اااا" + "ي")


def _plain(word: str) -> str:
    return word.translate(_PLAIN)


def _spelt(acronym: str, words: list[str]) -> bool:
    """Whether `words` spell `acronym` out, letter by letter."""
    return len(words) == len(acronym) and all(
        _plain(word) in _LETTER_NAMES.get(letter, "").split() for letter, word in zip(acronym, words))


def _near(name: str, words: list[tuple[str, int]], text: str, i: int, j: int, spelt: bool = False) -> bool:
    """Whether the Arabic words i to j (adjacent) sound like `name`; exactly at least
    beside an acronym spelt out (`spelt`: "Open" of "OpenAI" has two consonants)."""
    sounds = latin_sounds(latin_spoken(name), silent_r=False)
    if not sounds or len(sounds[0]) < (1 if spelt else 2) or j > len(words) or not _adjacent(words, text, i, j):
        return False
    limit = max(_limit(len(sounds[0])), 0.0) if spelt else _limit(len(sounds[0]))
    return english_arabic_distance(name, " ".join(w for w, _ in words[i:j])) <= limit


def _adjacent(words: list[tuple[str, int]], text: str, i: int, j: int) -> bool:
    """Whether words i to j follow each other with spaces only between them (no comma, no
    bracket)."""
    return all(_SPACE.fullmatch(text, words[n][1] + len(words[n][0]), words[n + 1][1]) for n in range(i, j - 1))


def written_in_arabic(value: str, text: str) -> bool:
    """Whether `text` writes the Latin name `value` in Arabic letters by its sound: a run
    of adjacent Arabic words near it, up to as many as the name's words and three more.
    A name with an acronym at its end or its start ("ChatGPT", "OpenAI") is written where
    the acronym is spelt out letter by letter next to the rest of the name. A name of two
    consonants or fewer with no acronym ("Meta") is never found by sound: too many words
    of a paragraph have its skeleton.

    >>> written_in_arabic("BlackRock", "وعرضت جولدمان ساكس، وبلاك روك - عروضًا")
    True
    >>> written_in_arabic("OpenAI", "ذكرت رويترز أن شركة أوبن إيه آي تضع اللمسات"), written_in_arabic("OpenAI", "بين")
    (True, False)
    >>> written_in_arabic("ChatGPT", "مبتكرة «شات جي بي تي»، تضع"), written_in_arabic("Nvidia", "أبل")
    (True, False)
    """
    parts = name_words(value)
    whole = "".join(parts)
    words = arabic_words(text)
    pieces = name_pieces(whole)
    acronyms = [n for n, piece in enumerate(pieces) if len(piece) >= 2 and piece.isupper()]
    if len(pieces) >= 2 and acronyms in ([0], [len(pieces) - 1]):
        acronym = pieces[acronyms[0]]
        rest = "".join(pieces[1:]) if acronyms == [0] else "".join(pieces[:-1])
        n = len(acronym)
        for i in range(len(words) - n + 1):
            if not _spelt(acronym, [w for w, _ in words[i:i + n]]) or not _adjacent(words, text, i, i + n):
                continue
            for m in range(1, len(parts) + 2):
                if acronyms == [0] and _near(rest, words, text, i + n, i + n + m, True) and _adjacent(words, text, i, i + n + 1):
                    return True
                if acronyms != [0] and i - m >= 0 and _near(rest, words, text, i - m, i, True) \
                        and _adjacent(words, text, i - 1, i + 1):
                    return True
        return False
    span = len(parts) + 1
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + span) + 1):
            if not _adjacent(words, text, j - 2, j) if j - i >= 2 else False:
                break  # words in a row only, none across a comma or a bracket
            if _near(whole, words, text, i, j):
                return True
    return False
