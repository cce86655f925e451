"""Names a translation respells between two Latin-script languages: a foreign name written
by ear in the translation's letters (Wasilla / "Vasilla", de Grood / "de grud", Purwo /
"Purvo") or cut short beside a name word it keeps (Ethan Frenchman / "Ethan French"); and a
speaker's surname an English source names alone, dropped ("warned Mr Habeck" / "varaði Mr.").

The name checks accept a name written in another transliteration (Zelensky / Zelenskyj,
Dmitry / Dmitrij, Kenya / Kenia), since a translation re-transliterates a name from
Cyrillic or Arabic by its own rules. A name of Latin origin has one spelling, which
Croatian, Czech, Icelandic or Spanish keep (with a case ending where the language
inflects names: Calgaryju, Trumpa). Spellings no romanisation produces tell the two apart:
a ``w`` (romanised Slavic names write ``v``) and a doubled vowel (``oo``, ``ee``) written
otherwise are a name respelt, not re-transliterated.

Languages that respell every foreign name by rule (Latvian, Lithuanian, Albanian, Serbian
in Latin letters) are left out: only languages that keep foreign spellings are compared.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import regex

from xlcheck.compare.compass import compass_present
from xlcheck.compare.context import unaccented
from xlcheck.compare.titles import ADDRESS, ADDRESSES
from xlcheck.locales import base_language
from xlcheck.patterns import LETTER_RUNS, lazy

# Languages whose texts keep a foreign Latin-script name as its own language spells it.
KEEPING = frozenset("ca cs cy da de en es et fi fr ga hr hu id is it ms nb nl nn no pl pt ro sk sl sv".split())
# Particles that open a surname, which a translation writes in lower case too (de Grood).
PARTICLES = frozenset({"de", "van", "von", "da", "di", "du", "del", "della", "der", "den", "le", "la", "ter", "ten"})
_WORD = LETTER_RUNS


def keeps_spellings(lang: str) -> bool:
    """Whether a language writes foreign Latin-script names as their own language does.

    >>> keeps_spellings("hr"), keeps_spellings("lv")
    (True, False)
    """
    return base_language(lang) in KEEPING


def faithful(name: str, word: str) -> bool:
    """Whether `word` writes `name` letter for letter, accents and a case ending or a
    compound's head aside (Calgary / Calgaryju, Habeck / Habecks, Galați / Galati).

    >>> faithful("Calgary", "Calgaryju"), faithful("Galați", "Galati"), faithful("Wasilla", "Vasilla")
    (True, True, False)
    """
    a, b = unaccented(name), unaccented(word)
    return b.startswith(a) and len(b) - len(a) <= 4 or (len(a) >= 5 and b.endswith(a))


def respelt(name: str, word: str) -> bool:
    """Whether `word` is `name` respelt by ear: alike, yet with a ``w`` or a doubled vowel
    of the name written otherwise, which no romanisation of another script would change
    (a case ending after the name is no change).

    >>> respelt("Wasilla", "Vasilli"), respelt("Grood", "grudu"), respelt("Purwo", "Purvo")
    (True, True, True)
    >>> respelt("Zelensky", "Zelenskyj"), respelt("Dmitry", "Dmitrij"), respelt("Wasilla", "Washington")
    (False, False, False)
    >>> respelt("Manatee", "Manateu"), respelt("Kentucky", "Kentišku"), respelt("Frederick", "Frederik")
    (False, True, False)
    >>> respelt("Mujahedeen", "Mudschaheddin"), respelt("West", "Vest")
    (False, False)

    An English word made from a name with ``-eer`` (Brexiteer, a supporter of Brexit) is
    rendered by the name it is made from, inflected ("brexitin kannattaja", "Brexitul"):

    >>> respelt("Brexiteer", "brexitin"), respelt("Brexiteer", "Brexitul"), respelt("Greer", "Grir")
    (False, False, True)
    """
    a, b = unaccented(name), unaccented(word)
    if len(a) < 4 or len(b) < 3 or faithful(name, word) or not _alike(a, b):
        return False
    if a.endswith("eer") and len(a) >= 7 and b.startswith(a[:-3]):
        return False  # the name the word was made from, with a case ending of its own
    if compass_present(name, {word.lower()}):
        return False  # a point of the compass translated (West Virginia / Virginia de Vest)
    if any(german in b and german not in a for german in ("dsch", "tsch")):
        return False  # German letters for j and ch: a name from another script, re-transliterated (Mujahedeen / Mudschaheddin)
    ck = a.find("ck")
    if ck > 0 and "ck" not in b and a[ck - 1] + "k" not in b:
        return True  # the "ck" made other letters (Kentucky / Kentišku; Frederick / Frederik drops the c)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag == "equal" or i1 == i2:
            continue  # a letter put in may be a transliteration's (Kiev / Kijev) or an ending
        if "w" in a[i1:i2]:
            return True
        # (a case ending may replace a name's last letters: Manatee / u Manateu)
        if i1 < len(a) - 2 and any(a[i : i + 2] in ("oo", "ee") for i in range(max(0, i1 - 1), i2)):
            return True
    return False


def cut_short(name: str, word: str) -> bool:
    """Whether `word` is `name` with two or more of its last letters cut, not a case
    ending's worth of a stem (Frenchman / French; but Kremlin / Kreml keeps the stem).

    >>> cut_short("Frenchman", "French"), cut_short("Kremlin", "Kreml"), cut_short("Johnson", "Johnsona")
    (True, False, False)
    """
    a, b = unaccented(name), unaccented(word)
    return len(b) >= 4 and a.startswith(b) and len(a) - len(b) >= 3


def _alike(a: str, b: str) -> bool:
    """Two folded spellings alike enough to be one name: the same first letter (or ``w``
    and ``v``, ``i`` and ``j``) and most letters in common, an ending after the name aside."""
    if a[0] != b[0] and {a[0], b[0]} not in ({"w", "v"}, {"i", "j"}):
        return False
    head = b[: len(a) + 1]
    return SequenceMatcher(None, a, head, autojunk=False).ratio() >= 0.6


def words_of(text: str) -> list[regex.Match[str]]:
    """The words of a text, with where they stand."""
    return list(_WORD.finditer(text))


def anchored(text: str, match: regex.Match[str]) -> bool:
    """Whether a word in lower case stands right after a capitalised word or a surname's
    particle, as the rest of a name does ("Trek palin", "Matt de grud").

    >>> text = "posttraumatski poremećaj Trek palin"
    >>> anchored(text, list(_WORD.finditer(text))[-1]), anchored(text, list(_WORD.finditer(text))[1])
    (True, False)
    """
    before = regex.search(r"([\p{L}\p{M}]+) $", text[: match.start()])
    return bool(before) and (before.group(1)[0].isupper() or before.group(1) in PARTICLES)


# A word as `written_like` reads it: letters, marks, apostrophes and hyphens.
_LETTERS_WORD = lazy(r"\p{L}[\p{L}\p{M}'’-]*")


def written_like(part: str, text: str) -> bool:
    """Whether `text` writes a word like `part`: itself, inflected, or respelt; not a word
    shorter than the name by more than two letters, which a language's ending or respelling
    does not make (Icelandic "spil", a game, is no form of Spillane). The speaker and surname
    rules (`speakers.py`, `surnames.py`) ask it of a name's parts in a translation.

    >>> written_like("Spillane", "sagði Spillanes"), written_like("Spillane", "spil"), written_like("Currie", "Kurrie")
    (True, False, False)
    """
    folded = unaccented(part.casefold())
    for word in _LETTERS_WORD.findall(text):
        other = unaccented(word.casefold())
        if other[:1] != folded[:1] or len(other) < len(folded) - 2:
            continue
        if other.startswith(folded[:4]) or SequenceMatcher(None, other, folded).ratio() >= 0.6:
            return True
    return False


# A surname the source names its speaker by: after a title (Mr Habeck) or before a verb of
# saying (Currie said:, Spillane told); English sources only for the verbs.
_SPEAKER = lazy(
    r"(?<![\p{L}\p{M}.])" + ADDRESS + r"\.?\s+(?P<name>\p{Lu}\p{Ll}{2,})(?![\p{L}\p{M}]|\s+\p{Lu})"
    r"|(?<![\p{L}\p{M}]|\p{Lu}\p{Ll}*\s)(?P<name>\p{Lu}\p{Ll}{2,})(?=\s+(?:said|says|told|added|warned|explained)\b)",
    regex.V1,
)
# Every match holds one of these as written (the pattern is case-sensitive): a text without
# any has no speaker, found by a substring test each instead of the pattern's scan.
_SPEAKER_NEEDLES = (*ADDRESSES, "said", "says", "told", "added", "warned", "explained")


def speakers(text: str, lang: str) -> set[str]:
    """The surnames a text names its speakers by, alone (not after a given name).

    >>> sorted(speakers('"Revolution," warned Mr Habeck. Currie said: "Yes." Roisin Currie told us.', "en"))
    ['Currie', 'Habeck']
    """
    if base_language(lang) != "en" or not any(needle in text for needle in _SPEAKER_NEEDLES):
        return set()
    return {match.group("name") for match in _SPEAKER.finditer(text)}
