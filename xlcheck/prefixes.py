"""Noun-class and locative prefixes that some languages glue to names and figures.

Zulu and Xhosa (the Nguni languages of southern Africa) write "in Greece" as one word,
``eGrisi``, "of Hong Kong" as ``zaseHong Kong`` or ``base-Hong Kong``, "about 400" as
``ngo-400``: the name keeps its capital behind a prefix in lower case, and a sentence's
first word capitalises the prefix instead (``URolando Mendoza``, ``IGiza Plateau``). A
writer may also set the prefix apart (``lase Kananan``, ``Owase Australia``). Because the
prefix marks a name, a capitalised word that follows an ordinary word with no prefix
(``okukhethekileyo Kwaku``) is a word capitalised by mistake, not a name.
"""

from __future__ import annotations

from xlcheck.locales import base_language
from xlcheck.patterns import lazy

# The Nguni languages: Zulu, Xhosa, Swati, Southern and Northern Ndebele.
PREFIXING = frozenset({"zu", "xh", "ss", "nr", "nd"})

# A name behind a prefix in lower case ("eGrisi", "zaseHong", "kwiSithili"), or behind a
# vowel prefix that opens a sentence ("URolando", "IGiza").
_GLUED = lazy(r"(?<![\p{L}\p{M}\p{N}'’-])(?:\p{Ll}{1,7}|[AEIOU])(\p{Lu}\p{Ll}[\p{L}\p{M}]*)")
# A prefix written as a word of its own: a vowel, a class or locative consonant, and a
# vowel, or the possessive "-ase" ("e", "ye", "kwi", "nge", "lase", "owase").
_BARE_PREFIX = lazy(r"[aeiou]?(?:kw|ng|[bklmnswyz])?(?:[aeiou]|ase)")
# A word of the language itself: Nguni words end in a vowel.
_VOWEL_END = lazy(r"\p{Ll}{2,}[aeiou]")


def glues_prefixes(lang: str) -> bool:
    """Whether `lang` glues noun-class and locative prefixes to names.

    >>> glues_prefixes("zu"), glues_prefixes("xh-ZA"), glues_prefixes("sw")
    (True, True, False)
    """
    return base_language(lang) in PREFIXING


def glued_names(text: str) -> list[tuple[str, int, int]]:
    """The names `text` writes behind a prefix, each with its span (the prefix left out).

    >>> [name for name, _, _ in glued_names("izivakashi zaseHong Kong eManila. URolando wadubula")]
    ['Hong', 'Manila', 'Rolando']
    """
    return [(match.group(1), *match.span(1)) for match in _GLUED.finditer(text)]


def bare_prefix(word: str) -> bool:
    """Whether `word` is a prefix written apart from the name it marks.

    >>> bare_prefix("Owase"), bare_prefix("lase"), bare_prefix("kwi"), bare_prefix("Mitchell")
    (True, True, True, False)
    """
    return _BARE_PREFIX.fullmatch(word.lower()) is not None


def unmarked(before: str) -> bool:
    """Whether a capitalised word written after the word `before` lacks the prefix that
    marks a name: `before` is an ordinary word of the language, not a prefix.

    >>> unmarked("okukhethekileyo"), unmarked("lase"), unmarked("of")
    (True, False, False)
    """
    return _VOWEL_END.fullmatch(before) is not None and not bare_prefix(before)


# Zulu writes an aspirated consonant with an "h" that Xhosa loans often leave out, and the
# other way round: "Inthanethi" / "Intanethi" (the Internet), "Septhemba" / "Septemba".
_ASPIRATED = lazy(r"(?<=[tkpc])h")


def aspiration_apart(a: str, b: str, lang: str) -> bool:
    """Whether two words of a Nguni text differ only in the "h" of aspirated consonants, as
    Zulu and Xhosa spell one loan (elsewhere "Tompson" is Thompson misspelt).

    >>> aspiration_apart("Inthanethi", "Intanethi", "zu"), aspiration_apart("Pherisi", "Persi", "zu")
    (True, False)
    >>> aspiration_apart("Thompson", "Tompson", "en")
    False
    """
    return glues_prefixes(lang) and a != b and _ASPIRATED.sub("", a.casefold()) == _ASPIRATED.sub("", b.casefold())
