"""Latin names a Japanese translation changes or drops: a name it writes right elsewhere and
here as a word near it (Portnoy / ポートノイ, and ポルノイ here), a person's name dropped
whole (a given name and a surname of which no word is in the translation's katakana, in the
paragraph or anywhere in the document, while the paragraph transliterates the source's other
names: Sullivan / サリバン, Cownie / コウニー, and Matt Marquardt nowhere), and a name the
translation makes a city of another sound (Atlanta / アテネ, Athens)."""

from __future__ import annotations

import functools
from collections import defaultdict

from xlcheck.compare.places import place_key, place_keys
from xlcheck.compare.spelling import near_sound
from xlcheck.locales import base_language, place_names
from xlcheck.model import Invariant
from xlcheck.patterns import lazy
from xlcheck.romanise import kana_to_latin, latin_sound, romanised_sound, sound_distance, sounds_alike

# A word Japanese romanisation could spell (Shinzo, Kishida, Tanaka): a Japanese person's
# name, which a Japanese text writes in kanji, not in katakana.
_HEPBURN = lazy(r"(?:(?:[kgsztdnhbpmr]y?|ch|sh|ts|j|f|w|y)?(?:[aeiou]|ō|ū)|n(?![aeiouy])|([kstpgdbc])(?=\1))+")
# The commonest Chinese and Korean surnames in Latin letters: a Japanese text writes these
# people's names in kanji (金正恩, 習近平).
_HAN_SURNAMES = frozenset("""kim lee park choi jung kang cho yoon jang lim moon han shin
    li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin xi""".split())
# A word of a name: capitalised, of letters only, not an acronym (a surname may join two
# parts with a hyphen or an apostrophe: O'Brien, Smith-Jones).
_NAME_WORD = lazy(r"\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*")
# A word before a name that makes it a body's or a title's, not a person's ("the Supreme
# Court", "his Supreme Court pick", "Minister of Foreign Affairs", "Institute for Disaster
# Prevention").
_NOT_A_PERSON = lazy(r"(?i)\b(?:the|an?|this|that|his|her|its|their|our|your|my|of|for)\s+$")
# The end of a longer name the run was cut from ("the Australian Securities and Investment
# Commission", "Los Angeles County"), or of a headline in title case ("Musk's Threats Darken
# as MAGA Rages").
_NAME_GOES_ON = lazy(r"\p{Lu}[\p{L}'’]*\s+(?:(?:and|&)\s+)?$")


def spoken_in_kana(value: str, lang: str) -> bool:
    """Whether a Japanese text (`lang`) can write a one-word Latin name only in katakana,
    by its sound: not a Japanese, Chinese or Korean name, which it writes in kanji."""
    return base_language(lang) == "ja" and bool(_NAME_WORD.fullmatch(value)) and len(value) >= 3 \
        and not _HEPBURN.fullmatch(value.lower()) and value.lower() not in _HAN_SURNAMES


def dropped_whole(value: str, before: str, taken: set[str], document_words: list[str]) -> bool:
    """Whether `value`, two words of a person's name after the source's text `before`, is
    dropped whole from a Japanese translation: `taken` holds the paragraph's katakana
    words that render the source's other names (a paragraph that names no one in
    katakana may say "the player" for all of them), `document_words` every katakana word
    of the translation, romanised. A place (New York) is no person. A word that sounds
    like one of the name's (within one consonant, half of one for a word of two) or
    begins with its sound is taken for it."""
    parts = value.split()
    if len(parts) != 2 or not taken or parts[0].lower() in _HAN_SURNAMES:
        return False
    if _NOT_A_PERSON.search(before[-8:]) or _NAME_GOES_ON.search(before[-40:]) or place_key("en", value):
        return False
    if any(not _NAME_WORD.fullmatch(p) or len(p) < 3 or _HEPBURN.fullmatch(p.lower()) for p in parts):
        return False
    sounds = [latin_sound(p) for p in parts]
    if any(len(s) < 2 for s in sounds):
        return False
    heard = [romanised_sound(w) for w in document_words]
    return not any(sound_distance(s, w) <= (1.0 if len(s) >= 3 else 0.5) or (len(w) > len(s) and w.startswith(s))
                   for s in sounds for w in heard)


def cut_from_longer(before: str) -> bool:
    """Whether a run of capitalised words after the source's text `before` is the end of
    a longer name the run was cut from ("the Australian Securities and Investment
    Commission"), or of a headline in title case."""
    return bool(_NAME_GOES_ON.search(before[-40:]))


def known_elsewhere(value: str, document_words: list[str], runs: list[list[str]], taken: set[str]) -> bool:
    """Whether a translation transliterates a one-word name right elsewhere (among
    `document_words`, its katakana words romanised) and here, in `runs`, writes a word near
    it but not it (nor one of `taken`, the renderings of the source's other names)."""
    if " " in value or len(latin_sound(value)) < 3:
        return False
    if not any(sounds_alike(value, w) for w in document_words):
        return False
    sound = latin_sound(value)
    return any(near_sound(sound, romanised_sound(w), 1.0) for run in runs for w in run if w not in taken)


# A word of katakana (with its long-vowel mark): a city's name, or a compound it opens
# (アテネオリンピック, the Athens Olympics).
_KATAKANA_WORD = lazy(r"[\p{Katakana}ー]{3,}")


@functools.cache
def _kana_cities() -> dict[str, str]:
    """CLDR's time-zone cities by their Japanese names written in katakana, three kana
    or more (アテネ, ミラノ): shorter ones open too many other words (パリ, parity)."""
    return {name: key for name, key in place_names("ja").items()
            if key.startswith("tz:") and len(name) >= 3 and _KATAKANA_WORD.fullmatch(name)}


@functools.cache
def _english_names() -> dict[str, tuple[str, ...]]:
    """CLDR's English names of each place key."""
    names = defaultdict(list)
    for name, key in place_names("en").items():
        names[key].append(name)
    return {key: tuple(forms) for key, forms in names.items()}


def cities_named(text: str) -> dict[str, str]:
    """The CLDR cities a Japanese text names in katakana, alone or opening a compound, by
    key, each with its kana."""
    cities = _kana_cities()
    found = {}
    for word in _KATAKANA_WORD.findall(text):
        for n in range(len(word), 2, -1):
            key = cities.get(word[:n])
            if key is not None and (n == len(word) or len(word) - n >= 3):
                found[key] = word[:n]
                break
    return found


def city_put_for(source: str, translation: str, names: list[tuple[str, Invariant]]) -> list[tuple[str, Invariant]]:
    """The names of an English paragraph (`names`: one word each, proved names, none
    rendered in the translation) that a Japanese translation replaces by a city the
    English never names, one whose sound begins as the name's ("in Atlanta" /
    アテネオリンピック, the Athens Olympics): the name heard as a better-known city.
    A city the English names in any form (Athens, Athenian, its country's capital) is
    the translation's own, and so is a city beside names of another sound."""
    cities = cities_named(translation)
    if not cities or not names:
        return []
    named = place_keys("en", source)
    words = source.casefold()
    out = []
    for key, kana in cities.items():
        if key in named or any(form[:4].casefold() in words for form in _english_names().get(key, ())):
            continue
        heard = romanised_sound(kana_to_latin(kana))
        out.extend((value, inv) for value, inv in names if heard and latin_sound(value)[:1] == heard[:1])
    return out


def loanwords_left_out(runs: list[list[str]], value: str, source_words: set[str]) -> list[list[str]]:
    """Romanised kana (or Hangul) `runs` without the words that render a word the source
    writes in lower case, as a whole or as a compound's head (ランダム化 for "randomised"),
    unless a word of the name `value` sounds just as it: a loanword a consonant away from a
    name (ランダム, Landray) is the loanword, not the name."""
    names = {latin_sound(part) for part in value.split()}
    heads = {latin_sound(word) for word in source_words}

    def loanword(word: str) -> bool:
        sound = romanised_sound(word)
        return len(sound) >= 3 and sound not in names and any(head.startswith(sound) for head in heads)

    return [[word for word in run if not loanword(word)] for run in runs]


# A voiced stop and its voiceless twin, as the sound skeletons write them: katakana keeps
# the two apart (ド / ト, グ / ク, ブ / プ), before a vowel at least.
_VOICELESS = {"D": "T", "G": "K", "B": "P"}
_LETTERS = {"D": "d", "G": "g", "B": "b"}
_VOWEL = "aeiouy"


def voicing_changed(value: str, runs: list[list[str]]) -> bool:
    """Whether a translation writes a word of a name (`value`) in katakana with one voiced
    stop made voiceless, and the word nowhere as it sounds (Eldon / エルトン, Elton): the
    name of another person. Only a stop the English spells before a vowel wherever it
    writes it (German Bernd / ベルント, Magdeburg / マクデブルク devoice theirs)."""
    heard = {romanised_sound(w) for run in runs for w in run}
    for part in value.split():
        sound = latin_sound(part)
        if len(sound) < 3 or sound in heard:
            continue
        lower = part.lower()
        for i, letter in enumerate(sound):
            voiceless = _VOICELESS.get(letter)
            if voiceless is None or any(lower[j + 1:j + 2] not in _VOWEL or lower[j + 1:j + 2] == ""
                                        for j, ch in enumerate(lower) if ch == _LETTERS[letter]):
                continue
            if sound[:i] + voiceless + sound[i + 1:] in heard:
                return True
    return False


# Latin letters in lower case glued to katakana (カムeron): a transliteration broken off.
_GLUED_TAIL = lazy(r"(?<=[\p{Katakana}ー])[a-z]{2,}+(?![A-Za-z])")


def garbled(value: str, text: str) -> bool:
    """Whether a Japanese text writes a word of a Latin name as katakana run on into the
    name's last letters in Latin (Cameron / カムeron), and the word nowhere whole: the
    name broken in transliteration."""
    tails = set(_GLUED_TAIL.findall(text)) if not text.isascii() else set()
    return bool(tails) and any(part.lower().endswith(tail) and len(part) > len(tail) and part not in text
                               for part in value.split() for tail in tails)
