"""Names a translation in Latin letters keeps with one letter changed or a word cut short: "US
film-maker Dustin Lance Black" / "de Amerikaanse filmmaker Dustin Lance Back", "said Neal Baer"
/ "powiedział Neal Bear", the film "Bells of Coronado" / "Bells or Coronado", "Roger Taylor's
birthday" / "ranar haihuwar Roger Tayl".

The name checks compare a name two versions write; a word of a name that the translation
misspells is written by one version only, so it is never compared (and a lone word one
letter off may be the language's own spelling: Kenya / Kenia, Präsident). Here a name of
several words anchors it: the translation writes the name's other words as they are, in
their order, and in place of one word a word one letter away from it. The name's word is
then changed, not translated, where the translation writes it nowhere in its document, the
source never writes the other word, and the change is no spelling of a language's own: not
the first letter nor the last (a case ending, Blacka; Institute / Institut), not a vowel
for another (Präsident, Ahmed / Ahmad), not a letter of a double consonant dropped (Asad,
Mohamed), not a sound spelt another way (Nawalny, k for c), not an accent. A word cut by two
letters or more in an English source is changed too: a language adds an ending to a foreign
name, it takes none off. A short word
between a title's capitalised words (of, and) is a letter of the title too: "Bells or
Coronado", where the translation writes that word nowhere else and both are English words
(German "Washington und Canberra" translates "Washington and Canberra")."""

from __future__ import annotations

import functools
from difflib import SequenceMatcher

import regex

from xlcheck.compare.context import Candidate, Context, Group, latin_paragraphs, name_lacking, unaccented
from xlcheck.compare.cyrillic import same_name, serbian_sound
from xlcheck.compare.misspelt import one_edit
from xlcheck.compare.places import place_key, territory
from xlcheck.compare.respelt import keeps_spellings
from xlcheck.compare.spelling import skeleton
from xlcheck.compare.titles import TITLES
from xlcheck.locales import base_language, serbian_latin
from xlcheck.model import Invariant
from xlcheck.patterns import lazy, places

_WORD = r"\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*+"
_JOINER = r"(?:of|and|the|de|del|la|le|van|von|der|du|da)"
# Two or more capitalised words, short joiners between them (Bells of Coronado).
_RUN = lazy(r"(?<![\p{L}\p{M}'’.-])" + _WORD + r"(?:[ \u00a0](?:" + _JOINER + r"[ \u00a0])?" + _WORD + r")++"
            r"(?![\p{L}\p{M}])")
_POSSESSIVE = lazy(r"['’]s$")
_VOWELS = frozenset("aeiouy")
_ANY_WORD = r"(\p{L}[\p{L}\p{M}'’-]*+)"


def _inner_change(name: str, word: str) -> bool:
    """Whether `word` is `name` with one letter inside dropped, added, changed into a
    consonant (or a consonant into a vowel) or swapped with its neighbour, which no
    language's spelling of a name does (see the module's notes)."""
    a, b = unaccented(name.casefold()), unaccented(word.casefold())
    if a == b or len(a) < 4 or a[0] != b[0]:
        return False
    if a[-1] != b[-1]:
        return _last_consonant_changed(a, b)
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True  # Baer / Bear
        if len(diff) != 1:
            return False
        x, y = a[diff[0]], b[diff[0]]
        return not (x in _VOWELS and y in _VOWELS) and skeleton(a) != skeleton(b)
    long_, short = (a, b) if len(a) > len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    for i in range(1, len(long_) - 1):
        if long_[:i] + long_[i + 1:] == short:
            if long_[i] not in _VOWELS and long_[i] in (long_[i - 1], long_[i + 1]):
                # A double consonant (Mohammed / Mohamed, Assad / Asad) is a spelling of
                # the name's own between vowels; before another consonant it is none
                # (Cadwalladr / Caddwalladr), h aside, which makes a digraph (Matthew).
                after = long_[i + 2:i + 3] if long_[i + 1] == long_[i] else long_[i + 1:i + 2]
                return bool(after) and after not in _VOWELS and after != "h"
            return skeleton(a) != skeleton(b)  # not a spelling of one sound (Abou / Abu)
    return False


def _two_inner_edits(name: str, word: str) -> bool:
    """Whether `word` is `name` (five letters or more) with two letters inside changed,
    dropped or added, its first and last kept, no case ending added (Jordan / Jordanin),
    not only vowels changed for vowels (Mohammed / Muhammad) and not a spelling of one
    sound (Dmitry / Dmitrij): Pinnock / Pinckock, Ngoyi / Ngiyoi. Asked of the last word (a
    surname) of a name an English source writes in Latin letters where a language that
    keeps foreign spellings translates it: no spelling of that language changes two letters
    of it. (A run's first word may be a common noun the translation translates: "Rapper
    Kanye West" / "Reper Kanye West", "Captain America" / "Capitan America".)

    >>> _two_inner_edits("Pinnock", "Pinckock"), _two_inner_edits("Ngoyi", "Ngiyoi"), _two_inner_edits("Jordan", "Jordanin")
    (True, True, False)
    >>> _two_inner_edits("Mohammed", "Muhammad"), _two_inner_edits("Pinnock", "Pinnok")
    (False, False)
    """
    a, b = unaccented(name.casefold()), unaccented(word.casefold())
    if len(a) < 5 or abs(len(a) - len(b)) > 1 or a[0] != b[0] or a[-1] != b[-1] \
            or b.startswith(a[:-1]) or a.startswith(b[:-1]) or skeleton(a) == skeleton(b):
        return False
    if len(a) == len(b) and all(x in _VOWELS and y in _VOWELS for x, y in zip(a, b) if x != y):
        return False
    # Edit distance (adjacent swaps one edit), on the letters between the first and last.
    x, y = a[1:-1], b[1:-1]
    row = list(range(len(y) + 1))
    before = row[:]
    for i in range(1, len(x) + 1):
        current = [i] + [0] * len(y)
        for j in range(1, len(y) + 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (x[i - 1] != y[j - 1]))
            if i > 1 and j > 1 and x[i - 1] == y[j - 2] and x[i - 2] == y[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1] == 2


# Final consonants a language's spelling of a name may put for each other: voiced and
# voiceless (Ahmed / Ahmet, Hamburg / Hamburk), one sound (Kiev / Kiew), m and n (Portuguese
# Benjamim, Joaquim); and an s a case ending makes of the last letter (Latvian Hegsets).
_FINAL_PAIRS = frozenset({frozenset(pair) for pair in ("dt", "bp", "gk", "vf", "zs", "ck", "kq", "cs", "wv", "mn")})


def _last_consonant_changed(a: str, b: str) -> bool:
    """Whether folded `b` is folded `a` (five letters or more) with its last letter, a
    consonant, changed into another that is no case ending and no spelling of one sound
    (Hegseth / Hegsett): an ending adds to a name, it does not turn one consonant into
    another.

    >>> _last_consonant_changed("hegseth", "hegsett"), _last_consonant_changed("ahmed", "ahmet")
    (True, False)
    """
    x, y = a[-1], b[-1]
    return len(a) == len(b) >= 5 and a[:-1] == b[:-1] and x.isalpha() and y.isalpha() \
        and x not in _VOWELS and y not in _VOWELS and y != "s" and frozenset((x, y)) not in _FINAL_PAIRS \
        and skeleton(a) != skeleton(b)


# Case endings Estonian and Finnish glue onto a foreign name as it is spelt (Crameriga,
# Cramerin, Teslaga), longest first.
_GLUED_ENDINGS = {lang: tuple(sorted(text.split(), key=len, reverse=True)) for lang, text in {
    "et": "iga ile ilt ist isse iks il is i ga le lt st sse ks l s",
    "fi": "issa issä ista istä illa illä ilta iltä ille iksi ineen iin in ia iä ssa ssä sta stä lla llä lta ltä lle "
          "ksi hen hin na nä ta tä n",
}.items()}


def _changed_under_ending(name: str, word: str, lang: str, text: str) -> bool:
    """Whether `word` is `name` one letter off (`_inner_change`) with an Estonian or
    Finnish case ending glued on, or with a consonant doubled where the translation's
    `text` also spells the name right (Crammeriga beside Crameri: the doubled letter is
    no spelling of the translation's own, as Mohammed / Mohamed may be).

    >>> _changed_under_ending("Cramer", "Crammeriga", "et", "Crameri sõnul"), _changed_under_ending("Cramer", "Crameriga", "et", "")
    (True, False)
    >>> _changed_under_ending("Cramer", "Crammeriga", "et", "Crammeri sõnul")
    False
    """
    for ending in _GLUED_ENDINGS.get(base_language(lang), ()):
        if not word.endswith(ending) or len(word) - len(ending) < 4:
            continue
        stem = word[:-len(ending)]
        if _inner_change(name, stem):
            return True
        if len(stem) == len(name) + 1 and stem[-1] == name[-1] and any(
                stem[:i] + stem[i + 1:] == name and stem[i] not in _VOWELS and stem[i] == stem[i - 1]
                for i in range(1, len(stem) - 1)) \
                and regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)}", text):
            return True
    return False


def _cut(name: str, word: str, last: bool = True) -> bool:
    """Whether `word` is `name` cut short by two letters or more (Roger Taylor / Roger
    Tayl), or by the s an English name ends on (Alfredo Morelos / Alfredo Morelo: English
    writes its genitive with an apostrophe, so the s is the name's, not a case ending a
    Swedish or German reader may take off): an ending is added to a name, never a part of
    it taken off. (Asked of an English name only: a Czech or German source writes its own
    endings, which a translation leaves out: Abrahamová / Abraham, Dortmunder / Dortmund.)
    The s only on the run's `last` word, the surname: a first word's (Ladbrokes Premiership /
    Ladbroke Premiership) is the name check's, which reports the word alone."""
    lost = len(name) - len(word)
    return len(word) >= 3 and name.startswith(word) \
        and (lost >= 2 or last and lost == 1 and name[-1] == "s" != word[-1])


# English words a title's joiner may be misspelt into (of / or): a translation's own joiner
# (und, en, van, de) is the title translated, not misspelt.
_ENGLISH_SHORT = frozenset("of or on in at to as if and any the she for nor".split())


def _joiner_changed(joiner: str, word: str) -> bool:
    """Whether `word` is a title's English joiner with one letter changed into another
    English word (of / or)."""
    return word != joiner and {joiner, word} <= _ENGLISH_SHORT and len(word) == len(joiner) \
        and sum(x != y for x, y in zip(joiner, word)) == 1


def one_letter_changed(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """Names of several words a translation in Latin letters writes with one of them one
    letter off, its other words kept around it (see the module's notes), and brands a
    translation writes with a capital changed (`_recased`)."""
    out = []
    for k, latin, paragraph in latin_paragraphs(ctx, group, docs):
        for match in _MIXED_CASE.finditer(paragraph.text) if _MIXED_HINT.search(paragraph.text) else ():
            name = match.group()
            for o in latin:
                if o != k and _recased(ctx, k, o, name, ctx.text(o, group)):
                    at = Invariant("name", name, name, paragraph.start + match.start(), paragraph.start + match.end())
                    out.append(name_lacking(g, docs, o, k, name, at))
        for match in _RUN.finditer(paragraph.text):
            words = [_POSSESSIVE.sub("", w) for w in match.group().split()]  # Trump's / Trumps
            for o in latin:
                if o == k:
                    continue
                if _changed_word(ctx, k, o, words, ctx.text(o, group)):
                    name = match.group()
                    at = Invariant("name", name, name, paragraph.start + match.start(), paragraph.start + match.end())
                    out.append(name_lacking(g, docs, o, k, name, at))
        if base_language(ctx.documents[k].lang) in _SLAVIC_ENDINGS:
            continue
        for match in _SINGLE.finditer(paragraph.text):
            name = match.group()
            for o in latin:
                if o != k and _misspelt_declined(ctx, o, name, ctx.text(o, group)):
                    at = Invariant("name", name, name, paragraph.start + match.start(), paragraph.start + match.end())
                    out.append(name_lacking(g, docs, o, k, name, at))
    return out


# Case endings Czech, Slovak, Croatian, Slovene, Serbian, Bosnian and Polish add to a
# foreign name as it is spelt (Guinnessu, Cramerem, Cramerovi, Jennerové, Cramera), longest
# first, and none.
_SLAVIC_ENDINGS = {lang: tuple(sorted(text.split(), key=len, reverse=True)) + ("",) for lang, text in {
    "cs": "a u em ovi ové ová ou y i e ů ům ech ovou ovy ho",
    "sk": "a u om ovi ovia ová ou y i e ov ovej ho",
    "hr": "a u om ovi e i em ima ovog ovom",
    "sl": "a u om ovi e i em ju",
    "sr": "a u om ovi e i em",
    "bs": "a u om ovi e i em",
    "pl": "a u em owi ów y i e ie ą om ach ami",
}.items()}
_SINGLE = lazy(r"(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}\p{Ll}{4,}(?![\p{L}\p{M}\p{N}])")


def _one_edit(name: str, stem: str) -> bool:
    """Whether `stem` is `name` (folded) one letter away (`misspelt.one_edit`), its first
    and last letters kept, and not a vowel dropped before the last letter (the fleeting e
    of Karel / Karla, Marek / Marka; a doubled one, Kareel / Karel, is a letter dropped)."""
    a, b = unaccented(name.casefold()), unaccented(stem.casefold())
    if a[0] != b[0] or a[-1] != b[-1] or not one_edit(a, b):
        return False
    return not (len(b) == len(a) - 1 and a[-2] in _VOWELS and a[-3] != a[-2] and b == a[:-2] + a[-1])


def _misspelt_declined(ctx: Context, o: int, name: str, text: str) -> bool:
    """Whether doc o's `text` (the aligned paragraph of a Slavic translation) writes the one
    word `name` with one letter off under a case ending (Guinessu for Guinness) while
    it writes the name right nowhere in the paragraph but does elsewhere in its document
    (Guinnessu, Guinness: so the changed stem is no spelling of its own), the changed word
    once only and never in lower case (no word of the language)."""
    endings = _SLAVIC_ENDINGS.get(base_language(ctx.documents[o].lang))
    if not endings or regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)}", text):
        return False
    doc = ctx.documents[o].text
    if not regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)}", doc):
        return False
    for word in set(regex.findall(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name[0])}[\p{{L}}\p{{M}}]{{3,}}", text)):
        if word.lower() in ctx.words(o) and _lower_case_word(ctx, o, word) or not _written_once(ctx, o, word):
            continue
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= 4 and _one_edit(name, word[:len(word) - len(ending)]):
                return True
    return False


def _changed_word(ctx: Context, k: int, o: int, words: list[str], text: str) -> bool:
    """Whether doc o's `text` writes the name of `words` with one of them changed."""
    lang, other_lang = ctx.documents[k].lang, ctx.documents[o].lang
    for i, word in enumerate(words):
        joiner = word.islower()
        if not joiner and (len(word) < 4 or word.lower() in ctx.words(o) and not _slip(ctx, o, word, text)
                           or place_key(lang, word)
                           or territory(word, lang)):
            continue
        if not all(w in text for j, w in enumerate(words) if j != i):
            continue  # the pattern below needs every other word as written: none to compile
        pattern = r"(?<![\p{L}\p{M}'’-])" + r"[ \u00a0]".join(
            _ANY_WORD if j == i else regex.escape(w) for j, w in enumerate(words)) + r"(?![\p{L}\p{M}])"
        for found in regex.finditer(pattern, text):
            other = found.group(1)
            if not joiner and i == len(words) - 1 and not _in_inline_code(text, found.start()) \
                    and _surname_replaced(ctx, k, o, words, other):
                return True
            if joiner:
                if _joiner_changed(word, other) and _written_once(ctx, o, other):
                    return True
                continue
            if other[0] != word[0] or other.lower() in ctx.words(k) or not other.isalpha() \
                    or not (_inner_change(word, other) or base_language(lang) == "en" and _cut(word, other, i == len(words) - 1)
                            or _changed_under_ending(word, other, other_lang, ctx.documents[o].text)
                            or i == len(words) - 1 and base_language(lang) == "en" and keeps_spellings(other_lang)
                            and _two_inner_edits(word, other)):
                continue
            if place_key(other_lang, other) or territory(other, other_lang) or _lower_case_word(ctx, o, other):
                continue
            if serbian_latin(other_lang) and same_name(word, serbian_sound(other), "en", "sr"):
                continue  # Serbian writes a name by its sound (Kir Starmer for Keir Starmer)
            return True
    return False


# Sources whose languages write a person's name without a case ending (Hausa, English,
# the Romance languages, Dutch, Indonesian): the name's last word as the source writes it
# is the surname itself, so a translation's form of it starts with it.
_UNINFLECTED = frozenset("en ha fr es it pt ca nl id ms".split())


def _surname_replaced(ctx: Context, k: int, o: int, words: list[str], other: str) -> bool:
    """Whether `other`, which doc o writes after the given names of the person `words` of
    doc k, in place of the surname, is another word: "Paul Golding" / "Paul Goldberg",
    "Mansur Musa Gabari" / "Mansur Musa Da". A translation into a language that keeps
    foreign spellings writes a surname as it is spelt, inflected at most; here it writes
    nothing like it anywhere in its document, and the word it writes instead is no form of
    it, no word of its language (never in lower case) and no word the source writes. Not after a title (King Charles / King Karl, a royal name localised), not a
    place, not a word the source writes in lower case ("Social Democrats", "Champions
    League": a name of common words the translation may translate), not into German,
    whose nouns take a capital.

    >>> _another_word("Golding", "Goldberg"), _another_word("Golding", "Goldingu"), _another_word("Gabari", "Da")
    (True, False, True)
    >>> _another_word("International", "Internacional"), _another_word("Jonsson", "Jonssyni")
    (False, False)
    """
    surname = words[-1]
    lang, other_lang = base_language(ctx.documents[k].lang), ctx.documents[o].lang
    if lang not in _UNINFLECTED or not keeps_spellings(other_lang) or base_language(other_lang) in _CAPITALISING:
        return False
    if len(surname) < 5 or not other.isalpha() or not other[0].isupper() or len(other) < 2 \
            or any(w in TITLES or w.islower() for w in words) or not _another_word(surname, other):
        return False
    if any(_lower_case_word(ctx, k, w) for w in words) or _writes_word(ctx.documents[k].text, other):
        return False
    if any(place_key(lang, w) or territory(w, lang) for w in words) \
            or place_key(other_lang, other) or territory(other, other_lang):
        return False
    if _lower_case_word(ctx, o, other):
        return False
    return not _form_written(ctx.documents[o].text, surname, ctx.documents[k].text)


def _in_inline_code(text: str, start: int) -> bool:
    """Whether `start` in `text` is inside a backtick span of its line: a literal changed
    there is the markup rule's (XL702), not a person's name ("`Vite Plugin Authors`")."""
    return text.count("`", text.rfind("\n", 0, start) + 1, start) % 2 == 1


def _another_word(name: str, word: str) -> bool:
    """Whether `word` is no form of the surname `name`: it neither starts with the name
    (a case ending), nor is the name cut short (`_cut`'s), nor is spelt like it."""
    a, b = unaccented(name), unaccented(word)
    return not (b.startswith(a[:-1]) or a.startswith(b[:-1] if len(b) > 3 else b)
                or SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.7)


def _form_written(text: str, name: str, source: str) -> bool:
    """Whether `text` writes a form of the surname `name` anywhere (see `_another_word`);
    not a word the `source` writes as it is, which is a name of its own (Garba beside
    Gabari)."""
    head = unaccented(name)[:2]
    return any(not _another_word(name, word) and not _writes_word(source, word)
               for word in set(regex.findall(r"[\p{L}\p{M}]+", text)) if unaccented(word[:2]) == head)


def _slip(ctx: Context, o: int, word: str, text: str) -> bool:
    """Whether doc o, which writes a name's `word`, writes it as a name only (capitalised
    where its language capitalises names alone) and right in its very `text` too: a
    look-alike of it there is a slip of the translator who spells it right beside it ("Keir
    Stamer ... Starmer"), not a word of the translation's language."""
    return base_language(ctx.documents[o].lang) not in _CAPITALISING and not _lower_case_word(ctx, o, word) \
        and _alone(word, text)


# Languages whose nouns take a capital: a word written capitalised may be a common noun.
_CAPITALISING = frozenset({"de", "lb"})


# A brand whose capitals are not only its first letter (OpenAI, ChatGPT, BlackRock).
_MIXED_CASE = lazy(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}\p{Ll}+\p{Lu}\p{L}*(?![\p{L}\p{M}\p{N}])")
_MIXED_HINT = lazy(r"\p{Ll}\p{Lu}")


def _recased(ctx: Context, k: int, o: int, name: str, text: str) -> bool:
    """Whether doc o's `text` writes a mixed-case brand of doc k with a capital of it
    lowered (OpenAI / OpenAi), not as a language may write every brand (Blackrock,
    BLACKROCK, blackrock), while o writes it as k does elsewhere and k never as o does
    here: a letter changed, not a house style. (A capital added, COnfigMap, is a slip
    of the keyboard in a word the reader still reads as the name.)"""
    if not _may_be_recased(name, text):
        return False
    folded = name.casefold()
    for word in set(regex.findall(r"(?<![\p{L}\p{M}\p{N}])" + regex.escape(folded) + r"(?![\p{L}\p{M}\p{N}])",
                                  text, regex.I)):
        if word in (name, name.upper(), name.lower(), name.capitalize()) or word[0] != name[0] \
                or len(word) != len(name) or any(a.isupper() and not b.isupper() for a, b in zip(word, name)):
            continue
        doc_o, doc_k = ctx.documents[o].text, ctx.documents[k].text
        if regex.search(r"(?<![\p{L}\p{M}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{M}\p{N}])", doc_o) \
                and not regex.search(r"(?<![\p{L}\p{M}\p{N}])" + regex.escape(word) + r"(?![\p{L}\p{M}\p{N}])", doc_k):
            return True
    return False


# The characters outside ASCII that `regex` (case-insensitive, simple folding) takes for
# an ASCII letter: the dotted capital I for i, the Kelvin sign for k, the long s for s.
_ASCII_LETTER_TWINS = ("\u0130", "\u212a", "\u017f")


def _may_be_recased(name: str, text: str) -> bool:
    """False where `_recased` finds nothing: an ASCII brand that `text`, its exact spellings
    taken out, no longer writes in any case. (A word `_recased` keeps is the name's length,
    all letters, and not the name: it cannot overlap one of its exact spellings, whose
    letters its boundaries forbid beside it, so it survives their removal; outside the three
    letters of `_ASCII_LETTER_TWINS` only ASCII letters match an ASCII name's, so its lower
    case is in the rest's.) The common case: the translation keeps the brand as written."""
    if not (name.isascii() and name.isalpha()):
        return True
    rest = text.replace(name, " ")
    return name.lower() in rest.lower() or any(c in rest for c in _ASCII_LETTER_TWINS)


def _written_once(ctx: Context, o: int, word: str) -> bool:
    """Whether doc o writes `word` once only (no word of its language)."""
    return len(regex.findall(r"(?<![\p{L}\p{M}])" + regex.escape(word) + r"(?![\p{L}\p{M}])",
                             ctx.documents[o].text, regex.I)) == 1


def _lower_case_word(ctx: Context, o: int, word: str) -> bool:
    """Whether doc o writes `word` in lower case somewhere: a word of its language."""
    return _writes_word(ctx.documents[o].text, word.lower())


@functools.lru_cache(maxsize=4096)
def _writes_word(text: str, word: str) -> bool:
    """Whether `text` writes `word` with no letter or mark beside it. Searched once per text
    and word: a catalogue's entries ask again for the same words (311 distinct of 454 on
    a Korean catalogue of 10,000 entries), each search reading the whole text."""
    return _alone(word, text)


_LETTER_OR_MARK = lazy(r"[\p{L}\p{M}]")
_IS_LETTER_OR_MARK: dict[str, bool] = {}  # each character's answer of _LETTER_OR_MARK, read once
# Places of a word inside longer words tried one by one before the pattern takes over.
_TRIED = 32


def _beside(ch: str) -> bool:
    found = _IS_LETTER_OR_MARK.get(ch)
    if found is None:
        found = _IS_LETTER_OR_MARK[ch] = _LETTER_OR_MARK.fullmatch(ch) is not None
    return found


def _letters_apart(text: str, at: int, end: int) -> bool:
    """Whether `text[at:end]` has no letter or mark beside it."""
    return (at == 0 or not _beside(text[at - 1])) and (end == len(text) or not _beside(text[end]))


def _alone(word: str, text: str) -> bool:
    r"""Whether `text` writes `word` with no letter or mark beside it: what the search of
    ``(?<![\p{L}\p{M}])word(?![\p{L}\p{M}])`` answers, read with `str.find` and the
    characters around each place (a pattern compiled per word cost more than its search:
    about a third of `one_letter_changed` on python-docs-ko); after `_TRIED` places inside
    longer words, the pattern itself."""
    if not word:
        return regex.search(r"(?<![\p{L}\p{M}])(?![\p{L}\p{M}])", text) is not None
    found = places(word, text, _letters_apart)
    for _ in range(_TRIED):
        place = next(found, None)
        if place is None:
            return False
        if place[1]:
            return True
    if next(found, None) is None:
        return False
    return regex.search(r"(?<![\p{L}\p{M}])" + regex.escape(word) + r"(?![\p{L}\p{M}])", text) is not None
