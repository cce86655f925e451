"""How a name sounds (its skeleton, where transliterations of it meet) and whether one word
is another name misspelt: a letter dropped, doubled or changed, an ending cut, a syllable
lost in transliteration, read once a language's own spelling (German ß, umlauts, sch) is set
aside. A spelling of the name's own (Mohammed / Mohamed) is not one."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

import regex

from xlcheck.compare.context import Candidate, Context, Group, name_lacking, unaccented
from xlcheck.compare.places import UNDECOMPOSED, place_key
from xlcheck.locales import base_language
from xlcheck.model import Invariant
from xlcheck.patterns import lazy
from xlcheck.romanise import sound_distance
from xlcheck.scripts import main_script

# Transliteration variants that are one sound: Prigozhin / Prigoschin, Zelensky / Selenskyj.
_SOUNDS = (("tsch", "c"), ("tch", "c"), ("sch", "s"), ("sh", "s"), ("zh", "s"), ("ch", "c"), ("kh", "h"),
           ("ph", "f"), ("ck", "k"), ("w", "v"), ("z", "s"), ("y", "i"), ("j", "i"), ("k", "c"), ("q", "c"),
           ("x", "cs"), ("ou", "u"))
DOUBLES = lazy(r"(.)\1+")


def skeleton(word: str) -> str:
    """A name folded to how it sounds, so transliterations of one name meet.

    >>> skeleton("Prigozhin") == skeleton("Prigoschin"), skeleton("Zelensky") == skeleton("Selenskyj")
    (True, True)
    >>> skeleton("Úkrænu")[:4] == skeleton("Ukraine")[:4]
    True
    """
    text = unicodedata.normalize("NFKD", word.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(UNDECOMPOSED)
    for a, b in _SOUNDS:
        text = text.replace(a, b)
    return DOUBLES.sub(r"\1", text)


def near_miss(name: str, word: str) -> bool:
    """Whether `word` is `name` with its last one or two letters cut, one letter dropped
    inside, or one letter changed (not its first): never longer, so never an inflection."""
    if len(word) < 4 or len(word) > len(name):
        return False
    if len(word) == len(name):
        return sum(a != b for a, b in zip(name, word)) == 1
    if len(name) - len(word) <= 2 and name.startswith(word) and len(word) >= 5:
        return True
    if len(name) - len(word) == 1:
        return any(name[:i] + name[i + 1:] == word for i in range(1, len(name) - 1))
    return False


def near_sound(a: str, b: str, most: float) -> bool:
    """Whether two skeletons begin alike and differ by more than a spelling but at most
    `most` (Robbie / robin, Portnoy / poruno)."""
    return a[:1] == b[:1] and 0 < sound_distance(a, b) <= most


_VOWELS = frozenset("aeiouyаеёиоуыэюяйαεηιουω")


def letter_dropped(name: str, word: str) -> bool:
    """Whether `word` is `name` with one letter dropped inside, its first and last kept
    (Suisse / Suise, Bloomberg / Blomberg, Ventures / Ventres), an accent lost with it or
    not (Fernández / Fernadez).

    >>> letter_dropped("Suisse", "Suise"), letter_dropped("Bloomberg", "Bloomberg"), letter_dropped("Putin", "Puti")
    (True, False, False)
    >>> letter_dropped("Fernández", "Fernadez")
    True
    """
    if len(word) != len(name) - 1 or len(word) < 4:
        return False
    name, word = unaccented(name), unaccented(word)
    return any(name[:i] + name[i + 1:] == word for i in range(1, len(name) - 1))


def consonant_drops(name: str, latin: bool) -> set[str]:
    """A Latin `name` with an inner consonant and the vowel after it dropped (Kelleher /
    `Келлер`: a lost syllable; a consonant alone may be silent or part of a digraph,
    Thompson / `Томпсон`, Scotland / `Шотландия`); a Cyrillic or Greek one with one inner
    consonant dropped, "й" too (`Байден` / "Baden"), not one of a double (Одесса /
    Odesa) and not in the last two letters, where a case ending may be.

    >>> "keller" in consonant_drops("Kelleher", True), "tompson" in consonant_drops("Thompson", True)
    (True, False)
    >>> "баден" in consonant_drops("Байден", False)
    True
    """
    lower = name.lower()
    last = len(lower) - (1 if latin else 2)  # the letters from here on stay
    out = set()
    for i in range(1, last):
        ch = lower[i]
        if ch in _VOWELS and ch != "й":
            continue
        if latin and i + 1 < last and lower[i + 1] in _VOWELS and ch != lower[i - 1]:
            out.add(lower[:i] + lower[i + 2:])  # a syllable lost (not after its double: Kelley / Келли keeps the l)
        if latin or ch == lower[i - 1] or ch == lower[i + 1]:
            continue  # one of a double; a Latin consonant alone may be silent or a digraph's
        out.add(lower[:i] + lower[i + 1:])
    return out


_ENDING = lazy(r"[aeiou]{1,2}|[aeiou][mvh]")


def same_stem(a: str, b: str) -> bool:
    """Whether two skeletons are one word, or one with a case ending of up to two
    letters (`Келлера` / "Keller").

    >>> same_stem("celera", "celer"), same_stem("americanci", "american")
    (True, False)
    """
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long.startswith(short) and bool(_ENDING.fullmatch(long[len(short):]))


def typo_of(name: str, word: str) -> bool:
    """Whether `word` is `name` with one inner letter dropped, not one of a double
    consonant (Scotsman / Scotman, but Mohammed / Mohamed is a spelling of its own, and
    Spanish writes Rusia); one of a double "oo" or "ee" is (Bloomberg / Blomberg): no
    language's spelling of a name shortens those. A changed letter may be another word
    (Ending / Endung) or another transliteration (Kenya / Kenia): only a dropped one tells.

    >>> typo_of("Bloomberg", "Blomberg"), typo_of("Mohammed", "Mohamed"), typo_of("Scotsman", "Scotman")
    (True, False, True)
    """
    if len(word) != len(name) - 1:
        return False
    for i in range(1, len(name) - 1):
        if name[:i] + name[i + 1:] == word:
            double = name[i] in (name[i - 1], name[i + 1])
            return not double or name[i] in "oe"
    return False


# (German j and w are English y and v in names transliterated from Russian, Hebrew or Arabic:
# Netanjahu / Netanyahu, Lawrow / Lavrov.)
_GERMAN_SPELLING = (("ß", "ss"), ("ä", "e"), ("ö", "o"), ("ü", "u"), ("tsch", "ch"), ("sch", "sh"), ("k", "c"), ("z", "c"),
                    ("j", "y"), ("w", "v"))


def misspelt_noun(name: str, word: str, known: bool = False) -> bool:
    """Whether `word` is a German `name` with one inner letter dropped (one of a double
    vowel, or a consonant not of a double), one put in as a double, or one or two inner letters changed (six letters
    or more, not only vowels), read once German spelling is set aside (ß, umlauts, sch,
    k and z as c: Mischustin / Mishustin). Where the translation is `known` to write the
    name right elsewhere, any single letter dropped (Daheim / Dheim).

    >>> misspelt_noun("Riiber", "Riber"), misspelt_noun("Comedian", "Commedian"), misspelt_noun("Rießle", "Riegele")
    (True, True, True)
    >>> misspelt_noun("Hannover", "Hanover"), misspelt_noun("Republik", "Republic"), misspelt_noun("Senat", "Senate")
    (False, False, False)
    >>> misspelt_noun("Rhein", "Rhin")  # exonyms shift vowels
    False
    >>> misspelt_noun("Netanjahu", "Netanyahu"), misspelt_noun("Coruña", "Coruna"), misspelt_noun("Gisèle", "Gisle")
    (False, False, True)
    """
    a, b = name.casefold(), word.casefold()
    if a[:1] != b[:1]:
        return False
    for x, y in _GERMAN_SPELLING:
        a, b = a.replace(x, y), b.replace(x, y)
    if len(a) == len(b):
        a, b = unaccented(a), unaccented(b)  # accents English drops (Coruña / Coruna), not a letter (Gisèle / Gisle)
    if a == b:
        return False
    if len(b) == len(a) - 1:
        for i in range(1, len(a) - 1):
            if a[:i] + a[i + 1:] == b:
                double = a[i] in (a[i - 1], a[i + 1])
                return double == (a[i] in "aeiou") or known and not double
        return False
    if len(b) == len(a) + 1:
        return any(b[:i] + b[i + 1:] == a and b[i] == b[i - 1] for i in range(1, len(b) - 1))
    if len(a) == len(b) >= 6 and a[:2] == b[:2] and a[-1] == b[-1]:
        changed = [(x, y) for x, y in zip(a, b) if x != y]
        # A vowel for a vowel is a cognate's spelling (Endung / Ending).
        return len(changed) <= 2 and not all(x in "aeiouy" and y in "aeiouy" for x, y in changed)
    return False


# A capitalised word ending in a single s that opens a longer name ("Pinellas County",
# "Ladbrokes Premiership"). English gives a name no bare genitive s (DeepSeek's), and
# a plural name does not stand before another name: that s is the name's own.
_S_OPENS_NAME = lazy(r"(?<![\p{L}\p{M}'’.-])\p{Lu}\p{Ll}{3,}(?<![sui])s(?=[ \u00a0]+\p{Lu}\p{Ll})")
_CAPITALISED = lazy(r"(?<![\p{L}\p{M}])\p{Lu}")
_LOWER_WORD = lazy(r"(?<![\p{L}\p{M}])\p{Ll}{3,}")


def ending_s_dropped(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """Names of an English paragraph whose own final s a translation in Latin letters
    cuts: "in or offshore of Pinellas County" / "ao largo do condado de Pinella",
    "Ladbrokes Premiership" / "Ladbroke Premiership". The name matches its stem
    wherever a version writes it (a genitive, DeepSeeks / DeepSeek; a plural), so it
    is looked for here: the English word opens a longer name inside a sentence, English
    writes its stem nowhere (the Obamas beside Obama is a plural), no place is spelt
    so (Athens / Athen), and the translation writes the stem, capitalised, where its
    whole document never writes the name."""
    out = []
    for k in docs:
        if base_language(ctx.documents[k].lang) != "en":
            continue
        doc = ctx.documents[k]
        for index in group.members[k]:
            paragraph = doc.paragraphs[index]
            for match in _S_OPENS_NAME.finditer(paragraph.text):
                word, stem = match.group(), match.group()[:-1]
                if stem.lower() in ctx.words(k) or place_key("en", word) or _headline(paragraph.text):
                    continue
                for o in docs:
                    if o == k or word.lower() in ctx.words(o) or stem.lower() not in ctx.words(o):
                        continue
                    text = ctx.text(o, group)
                    if main_script(text) != "latin" or place_key(ctx.documents[o].lang, stem) \
                            or not regex.search(r"(?<![\p{L}\p{M}])" + regex.escape(stem) + r"(?![\p{L}\p{M}])", text):
                        continue
                    at = Invariant("name", word, word, paragraph.start + match.start(), paragraph.start + match.end())
                    out.append(name_lacking(g, docs, o, k, word, at))
    return out


def _headline(text: str) -> bool:
    """Whether a paragraph capitalises as many of its words as it writes in lower case
    (a headline in title case, where every word opens a name)."""
    return len(_CAPITALISED.findall(text)) >= len(_LOWER_WORD.findall(text))


# A person's name as a text in Latin letters writes it: two or three capitalised words, a
# hyphened or apostrophed part in each (Al-Bashir, Da'u).
_PERSON = lazy(r"(?<![\p{L}\p{M}'’.-])\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*+(?:[ \u00a0]\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*+){1,2}"
               r"(?![\p{L}\p{M}]|[ \u00a0]\p{Lu})")


_SENTENCE_START = lazy(r"(?:^|[.!?:;\"“”«»‘’'(\[–—-])\s*+$")


def surname_replaced(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """Names of two or three words that an English translation writes with their
    first words kept and the last one replaced by a capitalised word the source does not
    write and that is no spelling of it, the surname written nowhere in its paragraph:
    "Hassan Jallow" / "Hassan Da", "Omar Hassan Al-Bashir" / "Omar Hassan Al-Din", or cut
    ("Roger Taylor" / "Roger Tayl"); a place's name before it is no part of it ("kasar Gambia
    Hassan Jallow" / "Hassan Da"). A surname inflected or respelt (Jallowa, el-Béchir)
    or a name translated word by word ("Kano State" / "jihar Kano") is not. Only into
    English, which keeps a foreign name's words as they are: other languages translate the
    last word of a body's name and capitalise it (Premier League, Premier-Liga; Paget
    Hospital, isibhedlela sasePaget)."""
    out = []
    latin = [k for k in docs if group.members[k] and main_script(ctx.text(k, group)) == "latin"]
    for k in latin if len(latin) >= 2 else ():
        english = [o for o in latin if o != k and base_language(ctx.documents[o].lang) == "en"]
        if not english:
            continue  # (only a translation into English is read for a replaced surname)
        doc = ctx.documents[k]
        source = ctx.text(k, group)
        for index in group.members[k]:
            paragraph = doc.paragraphs[index]
            for match in _PERSON.finditer(paragraph.text):
                words = match.group().split()
                while len(words) > 2 and (place_key(doc.lang, words[0]) or place_key("en", words[0])):
                    words = words[1:]  # "kasar Gambia Hassan Jallow" (the country of Gambia's Hassan Jallow)
                *given, surname = words
                start = paragraph.text.index(words[0], match.start())
                name = paragraph.text[start:match.end()]
                if len(surname) < 3 or ctx.opens_word(k, surname.lower()):
                    continue  # a common word the source also writes in lower case ("Sydney airport")
                if any(place_key(doc.lang, part) for part in (*given, surname, name)):
                    continue  # a place's name or a body's named after it ("Melbourne Airport")
                if _SENTENCE_START.search(paragraph.text[:match.start()]):
                    continue  # any word is capitalised there ("In Oberbayern")
                for o in english:
                    if _replaced(" ".join(given), surname, ctx.text(o, group), source):
                        at = Invariant("name", name, name, paragraph.start + start, paragraph.start + match.end())
                        out.append(name_lacking(g, docs, o, k, name, at))
    return out


def _replaced(given: str, surname: str, text: str, source: str) -> bool:
    """Whether `text` writes `given` followed by a capitalised word in place of `surname`,
    one the `source` does not write as it is (Hausa's "da", and, is no name: "Hassan Da"
    for Hassan Jallow), and no word like the surname anywhere."""
    after = regex.search(r"(?<![\p{L}\p{M}'’-])" + regex.escape(given) + r"[ \u00a0](\p{Lu}[\p{L}'’-]*)", text)
    if after is None:
        return False
    other = after.group(1)
    if regex.search(r"(?<![\p{L}\p{M}])" + regex.escape(other) + r"(?![\p{L}\p{M}])", source) or SequenceMatcher(None, unaccented(other), unaccented(surname)).ratio() >= 0.6 \
            and not (surname.startswith(other) and len(other) >= 3):
        return False
    folded = unaccented(surname)
    return not any(SequenceMatcher(None, unaccented(word), folded).ratio() >= 0.6
                   for word in regex.findall(r"\p{L}[\p{L}'’-]*", text) if word[:1].casefold() == folded[:1])
