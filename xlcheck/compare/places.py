"""Places and organisations a paragraph names: CLDR's countries, regions and cities in each
language with their aliases (Holland, США), found in a text and keyed alike across languages,
and the stems and derived forms a place takes."""

from __future__ import annotations

import functools
import zlib
from collections import defaultdict
from collections.abc import Iterator

import regex

from xlcheck import gazetteer, regexcache
from xlcheck.compare.context import unaccented
from xlcheck.locales import base_language, fold, place_forms, place_names, same_places, territory_names
from xlcheck.patterns import lazy
from xlcheck.scripts import main_script

# Letters Unicode does not decompose, spelt as other alphabets spell them (Úkræna / Ukraena).
UNDECOMPOSED = str.maketrans({"æ": "ae", "œ": "oe", "ø": "o", "ß": "ss", "ð": "d", "þ": "th", "ł": "l", "đ": "d",
                               "ı": "i"})


def common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


# English names of countries that translations use besides CLDR's: short forms and
# demonyms the stem of the name does not give (China / Chinese, France / French).
PLACE_ALIASES = {
    "US": ("us", "u.s", "usa", "america", "american"), "GB": ("uk", "britain", "british"),
    "CN": ("chinese",), "FR": ("french",), "ES": ("spanish",), "NL": ("dutch", "holland"),
    "PH": ("filipino", "philippine"), "CH": ("swiss",), "DK": ("danish",), "SE": ("swedish",),
    "FI": ("finnish",), "PL": ("polish",), "IE": ("irish",), "TR": ("turkey", "turkish"),
    "CZ": ("czech",), "AE": ("uae", "emirati"), "SA": ("saudi",), "KP": ("dprk",),
    "MO": ("macau",), "VN": ("vietnamese",), "JP": ("japanese",), "KR": ("korean",), "TW": ("taiwanese",),
    "RU": ("russian",), "UA": ("ukrainian",), "DE": ("german",), "GR": ("greek",), "TH": ("thai",),
    "EU": ("eu", "europe", "european"), "UN": ("un",), "150": ("european", "eu"),
}
@functools.cache
def _place_names(lang: str) -> tuple[tuple[str, ...], str]:
    """CLDR place names of a language, longest first, and their script."""
    # Names of one length in a fixed order (so that the pattern's text, and the cache of
    # compiled patterns' key, is the same in every run) that favours no script: the script is
    # read from the first fifty, which an alphabetical order would fill with the gazetteer's
    # Cyrillic names before the Chinese ones.
    names = tuple(sorted(_place_spellings(base_language(lang)),
                         key=lambda name: (-len(name), zlib.crc32(name.encode()))))
    return names, main_script("".join(names[:50]))


# A run of letters and digits, and one that starts a word: where a place name may begin.
_RUN = lazy(r"[\p{L}\p{N}]+")
_WORD_RUN = lazy(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]+")
_LETTER_OR_DIGIT = lazy(r"[\p{L}\p{N}]")


@functools.cache
def _place_index(lang: str) -> dict[str, tuple[str, ...]] | None:
    """The place names of a language written as they are (no case ending, no glued
    prefix: Latin, Devanagari …) by the run of letters that begins them, longest first;
    None where `_place_pattern` is needed. Looking up each word of a text finds what the
    pattern finds, without compiling an alternation of some 900 names (0.04–0.08 s, most
    of a short document's check)."""
    names, script = _place_names(lang)
    if script in ("cjk", "hangul", "cyrillic", "greek", "hebrew", "arabic"):
        return None
    index: dict[str, list[str]] = defaultdict(list)
    for name in names:
        run = _RUN.match(name)
        if run is None:
            return None
        index[run.group()].append(name)
    return {run: tuple(same) for run, same in index.items()}


def place_matches(lang: str, text: str) -> Iterator[tuple[int, int, str, str]]:
    """The place names a text in `lang` writes, left to right, as `_place_pattern`'s
    matches: start, end, the text matched and the name in it."""
    index = _place_index(lang)
    if index is None:
        for match in _place_pattern(lang).finditer(text):
            yield match.start(), match.end(), match.group(), match.group(1)
        return
    taken = 0
    for word in _WORD_RUN.finditer(text):
        start = word.start()
        if start < taken:
            continue
        for name in index.get(word.group(), ()):
            end = start + len(name)
            if text.startswith(name, start) and not _LETTER_OR_DIGIT.match(text, end):
                yield start, end, name, name
                taken = end
                break


@functools.cache
def _place_pattern(lang: str) -> regex.Pattern:
    """CLDR place names of a language, longest first; in scripts with inflection
    (Cyrillic, Greek) a name may end in another case ending (Китая for Китай)."""
    names, script = _place_names(lang)
    if script == "cjk" or script == "hangul":
        # A place in katakana is a whole katakana word (タイ is Thailand, ティータイム tea time).
        return regexcache.compile("(" + "|".join(
            rf"(?<![\p{{Katakana}}ー]){regex.escape(n)}(?![\p{{Katakana}}ー])" if regex.fullmatch(r"[\p{Katakana}ー・]+", n)
            else regex.escape(n) for n in names) + ")")
    alternatives = []
    for name in names:
        if script in ("cyrillic", "greek") and len(name) >= 5 and name[-1] in "аяоеийьыуюαηοςι":
            alternatives.append(regex.escape(name[:-1]) + r"\p{L}{0,3}")
        else:
            alternatives.append(regex.escape(name) + (r"\p{L}{0,2}" if script in ("cyrillic", "greek") else ""))
    # Hebrew and Arabic write "in", "and", "the" as letters glued to the name (בישראל,
    # والقاهرة): they may stand before it.
    # Hebrew stacks them in one order, with one preposition at most: "and"/"that" (ו, ש), then
    # "in"/"as"/"to"/"from" (ב, כ, ל, מ), then "the" (ה): ובישראל, שבצרפת, מהודו; "לכ" is no
    # stack (לכיוון, "towards", is no יוון, Greece).
    prefix = {"hebrew": "(?:[וש]?[בכלמ]?ה?)", "arabic": "(?:[وفبلك]?(?:ال)?)?"}.get(script, "")
    # Case matters: "Того" is Togo, "того" a pronoun.
    return regexcache.compile(r"(?<![\p{L}\p{N}])" + prefix + "(" + "|".join(alternatives) + r")(?![\p{L}\p{N}])")


@functools.cache
def _place_spellings(lang: str) -> frozenset[str]:
    """Place names as CLDR writes them (with their capitals), and the organisations of
    `xlcheck/gazetteer.py`, for case-sensitive search."""
    from xlcheck.locales import place_spellings

    if lang == "en":
        return place_spellings(lang)
    return place_spellings(lang) | frozenset(gazetteer.spellings())


@functools.cache
def organisation_names() -> dict[str, str]:
    """Folded spellings of gazetteer entries in other scripts -> ``gaz:`` key."""
    return {fold(form): "gaz:" + key for form, key in gazetteer.spellings().items()}


def organisation_present(key: str, text: str) -> bool:
    """Whether a Latin text names an organisation by one of its English names, as a
    phrase ("China News Service", "Chinanews.com"; not "news" and "China" apart)."""
    return any(regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(form)}", text, regex.IGNORECASE)
               for form in gazetteer.english_forms(key[4:]))


@functools.cache
def organisation_words() -> dict[str, str]:
    """English one-word names of gazetteer entries (lower case) -> ``gaz:`` key."""
    return {form: "gaz:" + key for key in (*gazetteer.ORGANISATIONS, *gazetteer.CITIES)
            for form in gazetteer.english_forms(key) if " " not in form and len(form) >= 3}


def no_trace(key: str, lang: str, text: str) -> bool:
    """Whether a Chinese text has no character of any name of a place: it cannot have
    abbreviated it (港 of 香港, 俄 of 俄罗斯), it left it out. Not Japanese, which writes
    many places in kanji CLDR does not give (欧州 for ヨーロッパ, 英国 for イギリス)."""
    if base_language(lang) != "zh":
        return False
    chars = {ch for same in same_places(key)
             for form in (*place_forms(same, lang), *LOCAL_ALIASES.get("zh", {}).get(same, ()))
             for ch in form if not ch.isascii()}
    return bool(chars) and not any(ch in text for ch in chars)


def places_named(lang: str, text: str) -> set[str]:
    """The CLDR keys of the places a text in `lang` names (भारत: IN), with their same places."""
    return place_keys(lang, text)


def place_keys(lang: str, text: str) -> set[str]:
    """The keys of the CLDR places a text names (with their same places)."""
    keys = set()
    for _start, _end, _written, name in place_matches(lang, text):
        key = place_key(lang, name)
        if key is not None:
            keys |= same_places(key)
    for key, forms in LOCAL_ALIASES.get(base_language(lang), {}).items():
        if any(form in text for form in forms):
            keys |= same_places(key)
    return keys


# What a language writes for a country besides CLDR's name (США for Соединенные Штаты,
# SAD or Sjedinjene Države for Sjedinjene Američke Države): CLDR's short and variant forms,
# which Babel does not ship.
LOCAL_ALIASES = {"ru": {"US": ("США",), "GB": ("Британи",)}, "uk": {"US": ("США",)}, "bg": {"US": ("САЩ",)},
                 "zh": {"EU": ("欧盟",)}, "ja": {"US": ("米国",)},
                 "hr": {"US": ("SAD", "Sjedinjene Države"), "GB": ("UK", "Britanija")},
                 "bs": {"US": ("SAD", "Sjedinjene Države"), "GB": ("UK", "Britanija")},
                 "sr": {"US": ("SAD", "Sjedinjene Države"), "GB": ("UK", "Britanija")},
                 "sl": {"US": ("ZDA",), "GB": ("VB", "Britanija")},
                 "cs": {"US": ("USA", "Spojené státy"), "GB": ("Británie",)},
                 "sk": {"US": ("USA", "Spojené štáty"), "GB": ("Británia",)},
                 "pl": {"US": ("USA", "Stany Zjednoczone"), "GB": ("Wielka Brytania",)},
                 # and the adjective a translation writes for the country (UK licences /
                 # britische Lizenzen), where it is not the stem of the name
                 "de": {"GB": ("Großbritannien", "britisch"), "US": ("amerikanisch",)},
                 # Hausa news spells these beside CLDR's Nijeriya, Biritaniya
                 "ha": {"NG": ("Najeriya",), "GB": ("Birtaniya", "Ingila")}}

def ascii_fold(word: str) -> str:
    """A word lower-cased and folded to ASCII letters (ð d, þ th, æ ae, accents dropped)."""
    return unaccented(word.casefold().translate(UNDECOMPOSED))


def place_in(value: str, text: str) -> float:
    """Where `value` first stands in `text`, as a share of its length (0 at the start).

    >>> place_in("Daura", "Ndigbo ta ragargaji Mamman Daura")
    0.84375
    """
    return max(0, text.find(value)) / max(1, len(text))


@functools.cache
def _place_stems(lang: str) -> dict[str, tuple[str, ...]]:
    """A language's one-word place names, folded to ASCII, by their first three letters."""
    index: dict[str, list[str]] = defaultdict(list)
    for name in _place_spellings(base_language(lang)):
        folded = ascii_fold(name)
        if len(folded) >= 4 and folded.isalpha():
            index[folded[:3]].append(folded)
    return {head: tuple(names) for head, names in index.items()}


def place_stem(lang: str, word: str) -> bool:
    """Whether a word is a place of its language in a case or made an adjective or a
    compound, all but its last letters kept (Japonska, Českem, Bandaríkjaþing of Japonsko,
    Česko, Bandaríkin): a place a translation names its own way.

    >>> place_stem("cs", "Japonska"), place_stem("cs", "Bjartmar")
    (True, False)
    """
    folded = ascii_fold(word)
    return len(folded) >= 4 and any(len(common_prefix(folded, place)) >= max(4, len(place) - 2)
                                    for place in _place_stems(lang).get(folded[:3], ()))


@functools.lru_cache(maxsize=65536)
def place_key(lang: str, text: str) -> str | None:
    """The CLDR key of a place name as a text in `lang` writes it (in a case ending too).
    Remembered per language and word: a catalogue's checks ask of the same few hundred
    words tens of thousands of times, and the places read are fixed (`_place_keys`)."""
    names = _place_keys(base_language(lang))
    folded = fold(text)
    if folded in names:
        return names[folded]
    for cut in (1, 2, 3):
        stem = folded[:-cut]
        if len(stem) < 3:
            break
        keys = [names[stem + ending] for ending in ("", "а", "я", "о", "е", "и", "й", "ь", "ы", "у", "ю", "α", "η", "ο", "ς", "ι")
                if stem + ending in names]
        if keys:
            # A country before a city of the gazetteer: Бразилию is Бразилия (Brazil), not
            # Бразилиа (Brasília), though either takes one letter to reach.
            return next((key for key in keys if not key.startswith("gaz:")), keys[0])
    return None


@functools.cache
def _place_keys(language: str) -> dict[str, str]:
    """The places `place_key` reads in a language: CLDR's, and but in English the
    gazetteer's spellings in other scripts (merged once: a catalogue asks entry after entry)."""
    names = place_names(language)
    return names if language == "en" else {**names, **organisation_names()}


def country_of_city(key: str | None) -> str | None:
    """The country of a city CLDR names as a time zone's (tz:Asia/Pyongyang: KP)."""
    if key is None or not key.startswith("tz:"):
        return None
    from babel.core import get_global

    return get_global("zone_territories").get(key[3:])


def country_count(lang: str, text: str, country: str) -> int:
    """How many times a text names a country by its CLDR name."""
    return sum(place_key(lang, name) == country for _start, _end, _written, name in place_matches(lang, text))


def territory(value: str, lang: str) -> str | None:
    return territory_names(base_language(lang)).get(fold(value)) or _local_territories(base_language(lang)).get(fold(value))


@functools.cache
def _local_territories(language: str) -> dict[str, str]:
    """A language's LOCAL_ALIASES of countries written as one word (Najeriya, США), folded."""
    return {fold(form): code for code, forms in LOCAL_ALIASES.get(language, {}).items()
            for form in forms if " " not in form and len(code) == 2}


def is_country(key: str | None) -> bool:
    return key is not None and len(key) == 2 and key.isupper()
