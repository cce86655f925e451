"""Names between Brahmic scripts (Hindi, Bengali): a place's stem under the endings these
languages glue to it, and the places and English titles a translation from one such script
into another writes as another name or misspells."""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from xlcheck.compare.context import Candidate, Context, Group, name_lacking
from xlcheck.locales import base_language, kin_language, place_names
from xlcheck.model import Invariant, Segment
from xlcheck.patterns import lazy
from xlcheck.romanise import (
    BRAHMIC_WORD,
    brahmic_block,
    brahmic_consonants,
    brahmic_letters,
    brahmic_sound,
    brahmic_spelling,
    devanagari_to_latin,
    same_spelling,
    sound_distance,
    sounds_alike,
    to_devanagari,
)

_BRAHMIC_LETTER = lazy(r"[\u0900-\u0d7f]")
# Endings a Brahmic language glues to a place (Bengali cases and plurals, মোল্দোভার,
# মোল্দোভায়; Hindi's oblique plural) or that make its people or adjective (স্পেনীয়রা,
# বেলজিয়ান, ऑस्ट्रेलियाई): cut before a word is compared with a place.
_BRAHMIC_ENDINGS = {lang: sorted((unicodedata.normalize("NFC", e) for e in endings.split()), key=len, reverse=True)
                    for lang, endings in (
                        ("bn", "গুলোর গুলির গুলো গুলি দের য়ের েরা ের এর কে তে টি টা য় র রা ীয়রা ীয় িয়ানরা িয়ান"),
                        ("hi", "ियों ियाई ियन ों वासियों वासी"))}
# Bengali's genitive র and locative য় follow a vowel or য় (মোল্দোভার, মিশরীয়র; a consonant
# takes ের, ে): পরিসর, range, is not Paris's genitive.
_AFTER_VOWEL = frozenset(unicodedata.normalize("NFC", e) for e in ("র", "য়", "রা"))
_ENDS_IN_VOWEL = lazy(r"(?:[\u093e-\u094c\u0904-\u0914\u09be-\u09cc\u0985-\u0994]|[\u092f\u09af]\u093c|\u09af\u09bc)$")


@functools.cache
def _brahmic_places(lang: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """A Brahmic language's one-word CLDR places by their spelling without a and o
    (`brahmic_spelling`), each as its whole spelling (`brahmic_letters`) and key. Names of
    fewer than three consonants, or of three and no vowel but a and o, are left out: Hindi
    words spell them too (परत, layer, is Perth's पर्थ)."""
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, key in place_names(lang).items():
        if " " not in name and "-" not in name and len(brahmic_consonants(name)) >= 3 \
                and len(brahmic_spelling(name)) >= 4:
            index[brahmic_spelling(name)].append((brahmic_letters(name), key))
    return {spelling: tuple(places) for spelling, places in index.items()}


@functools.lru_cache(maxsize=65536)  # (a language's vocabulary: 13,600 words in the 1,012 FLORES sentences)
def _brahmic_place(word: str, lang: str) -> tuple[str, frozenset[str]] | None:
    """The stem of a Brahmic word that spells CLDR places of its language, with their
    keys: the same letters, a consonant's own vowel for an a or o the name writes
    (মোল্দোভা / মলডোভা), but not a vowel more (মানুষ, people, is not মানাউস, Manaus)."""
    if len(word) < 4:
        return None  # (है, के, और: no place has fewer than three consonants and a vowel)
    places = _brahmic_places(lang)
    for stem in _brahmic_stems(word, lang):
        spelt = places.get(brahmic_spelling(stem))
        if spelt:
            keys = frozenset(key for letters, key in spelt if same_spelling(brahmic_letters(stem), letters))
            if keys:
                return stem, keys
    return None


@functools.cache
def _brahmic_place_forms(lang: str) -> dict[str, tuple[str, ...]]:
    """A language's one-word CLDR place names by key."""
    forms: dict[str, list[str]] = defaultdict(list)
    for name, key in place_names(lang).items():
        if " " not in name:
            forms[key].append(name)
    return {key: tuple(names) for key, names in forms.items()}


@functools.lru_cache(maxsize=8192)
def _brahmic_stems(word: str, lang: str, depth: int = 3) -> tuple[str, ...]:
    """A Brahmic word as written and without the endings of its language it ends in, up
    to three stacked (মিশরীয়দের, of the Egyptians: মিশরীয়, মিশর)."""
    word = unicodedata.normalize("NFC", word)
    stems = [word]
    for ending in _BRAHMIC_ENDINGS.get(lang, _BRAHMIC_ENDINGS.get(kin_language(base_language(lang)), ())) \
            if depth else ():
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) > 2 and (ending not in _AFTER_VOWEL or _ENDS_IN_VOWEL.search(stem)):
            stems += _brahmic_stems(stem, lang, depth - 1)
    return tuple(dict.fromkeys(stems))


def _brahmic_renamed(forms: set[str], words: list[tuple[str, ...]]) -> bool:
    """Whether a translation's words (each with its stems) write none of a place's forms,
    in its consonants or cut by the last one or two for its people (Belgium / বেলজিয়ান),
    and one of them sounds like a form with a consonant of its own (মোল্দাভিয়া)."""
    consonants = {brahmic_consonants(form) for form in forms}
    sounds = {sound for sound in map(brahmic_sound, forms) if len(sound) >= 3}
    renamed = False
    for stems in words:
        for stem in stems:
            have = brahmic_consonants(stem)
            if have in consonants or len(have) >= 3 and any(c.startswith(have) and len(c) - len(have) <= 2
                                                          for c in consonants):
                return False
            renamed = renamed or brahmic_sound(stem) in sounds
    return renamed


def _brahmic_name(paragraph: Segment, start: int, end: int) -> Invariant:
    """A name at `start:end` of a paragraph in a Brahmic script."""
    text = paragraph.text[start:end]
    return Invariant("name", text, text, paragraph.start + start, paragraph.start + end, (), "brahmic")


# The English article as Hindi and Bengali spell it (द, दि; দ্য), at Devanagari's offsets.
_BRAHMIC_ARTICLES = frozenset({"द", "दि", "द्य"})
_TITLE_GAP = lazy(r"[ \u00a0-]+")
# Its da (at the same offset in every block) alone or with the i sign or a y after a virama.
_ARTICLE_HINT = lazy("(?<![\u0900-\u0d7f])[" + "".join(chr(block + 0x26) for block in range(0x0900, 0x0D80, 0x80))
                     + "](?:" + "|".join(chr(block + 0x4D) + chr(block + 0x2F) for block in range(0x0900, 0x0D80, 0x80))
                     + "|" + "|".join(chr(block + 0x3F) for block in range(0x0900, 0x0D80, 0x80)) + ")?[ \u00a0]")


def _brahmic_titles(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """English titles a Brahmic text opens with the article: its start, the end of its
    last word of three consonants or more and those words, among the three that follow
    the article in the same clause."""
    if not _ARTICLE_HINT.search(text):
        return
    words = list(BRAHMIC_WORD.finditer(text))
    for i, article in enumerate(words):
        if to_devanagari(article.group()) not in _BRAHMIC_ARTICLES:
            continue
        title = []
        end = article.end()
        for word in words[i + 1:i + 4]:
            if not _TITLE_GAP.fullmatch(text, end, word.start()):
                break
            title.append(word)
            end = word.end()
        long = [w for w in title if len(brahmic_consonants(w.group())) >= 3]
        if long:
            yield article.start(), long[-1].end(), [w.group() for w in long]


def _brahmic_misspelt(stems: tuple[str, ...], words: list[tuple[str, ...]]) -> bool:
    """Whether no word of a translation (each with its stems) writes a transliterated
    word's consonants and one sounds like it, a near consonant apart (প্রেসিডেন্ট /
    প্রেসিডেন্স)."""
    consonants = {brahmic_consonants(stem) for stem in stems}
    sounds = {sound for sound in map(brahmic_sound, stems) if len(sound) >= 4}
    if not sounds:
        return False
    near = False
    for their_stems in words:
        for stem in their_stems:
            if brahmic_consonants(stem) in consonants:
                return False
            near = near or any(sound_distance(brahmic_sound(stem), sound) <= 0.5 for sound in sounds)
    return near


def brahmic_candidates(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """Names of group `g` that a translation between two Brahmic scripts changes: a CLDR
    place written as another name, an English title misspelt."""
    pairs = _brahmic_pairs(ctx, group, docs)
    if not pairs:
        return []
    return _brahmic_place_changed(ctx, g, docs, group, pairs) + _brahmic_title_misspelt(ctx, g, docs, group, pairs) \
        + _latin_name_dropped(ctx, g, docs, group, pairs)


def _brahmic_place_changed(ctx: Context, g: int, docs: list[int], group: Group,
                           pairs: list[tuple[int, int]]) -> list[Candidate]:
    """Places that a translation between two Brahmic scripts (Hindi and Bengali) writes
    as another name: a word of the source that spells a CLDR place of its language
    (मोल्दोवा, माल्डोवा for मॉल्डोवा), where no word of the translation writes that place
    (the source's spelling or CLDR's in the translation's language, in a case, or cut
    for its people: মোল্দোভার, স্পেনীয়রা, বেলজিয়ান) but one sounds like it with a
    consonant of its own, a y or an l more (মোল্দাভিয়া, Moldavia; अस्ट्रेलिया for
    অস্ট্রিয়া). A place rendered by a word of another sound (ব্রিটেন / যুক্তরাজ্য) or
    respelt by a near consonant (চিসিনৌ / কিশিনাউ) is left alone: without capitals
    there is no telling a name from a translated word, so only a place CLDR lists is
    compared, and only against a rendering that sounds like it."""
    out = []
    for k, o in pairs:
        theirs = None
        doc, from_lang = ctx.documents[k], base_language(ctx.documents[k].lang)
        to_lang = base_language(ctx.documents[o].lang)
        seen: set[str] = set()
        for index in group.members[k]:
            paragraph = doc.paragraphs[index]
            for word in dict.fromkeys(BRAHMIC_WORD.findall(paragraph.text)):
                place = _brahmic_place(word, from_lang) if word not in seen else None
                seen.add(word)
                if place is None:
                    continue
                stem, keys = place
                forms = {stem} | {name for key in keys for name in _brahmic_place_forms(to_lang).get(key, ())}
                theirs = _brahmic_words(ctx, o, group) if theirs is None else theirs
                if _brahmic_renamed(forms, theirs):
                    at = next(m for m in BRAHMIC_WORD.finditer(paragraph.text) if m.group() == word)
                    out.append(name_lacking(g, docs, o, k, word, _brahmic_name(paragraph, at.start(), at.end())))
    return out

def _brahmic_title_misspelt(ctx: Context, g: int, docs: list[int], group: Group,
                            pairs: list[tuple[int, int]]) -> list[Candidate]:
    """English titles that a translation between two Brahmic scripts misspells. A title
    the source opens with the English article transliterated (द, दि, দ্য) is English
    words spelt by their sound, which the translation spells again with the same
    consonants in its script (द प्रेसिडेंट स्पीच / দ্য প্রেসিডেন্ট স্পিচ): a word of the
    title (of three consonants or more) that no word of the translation writes with
    its consonants, while one sounds like it but for a near consonant (প্রেসিডেন্স,
    "Presidence"), is misspelt, and so is the title. A title the translation gives in
    words of its own (সোভিয়েত-পোলিশ অনাক্রমণ চুক্তি) sounds like none of it: left alone."""
    out = []
    for k, o in pairs:
        theirs = None
        doc, from_lang = ctx.documents[k], base_language(ctx.documents[k].lang)
        for index in group.members[k]:
            paragraph = doc.paragraphs[index]
            for start, end, words in _brahmic_titles(paragraph.text):
                theirs = _brahmic_words(ctx, o, group) if theirs is None else theirs
                if any(_brahmic_misspelt(_brahmic_stems(word, from_lang), theirs) for word in words):
                    out.append(name_lacking(g, docs, o, k, paragraph.text[start:end], _brahmic_name(paragraph, start, end)))
    return out

# A capitalised word in Latin letters inside a Brahmic text, a case ending hyphened to it or
# not (Ürümqi-তে): a name kept as the source language wrote it. Not an acronym (Hindi spells
# those by its letters' names) nor the head of a hyphened Latin word (Super-G).
_LATIN_NAME = lazy(r"(?<![\p{L}\p{M}-])\p{Lu}\p{Ll}[\p{Latin}\p{M}]{2,}+(?![\p{L}\p{M}]|-\p{Latin})")


def _latin_name_dropped(ctx: Context, g: int, docs: list[int], group: Group,
                        pairs: list[tuple[int, int]]) -> list[Candidate]:
    """Names a Brahmic source keeps in Latin letters ("Ürümqi-তে জরুরি অবতরণ", an emergency
    landing at Ürümqi) that the translation in another Brahmic script writes neither in
    Latin letters nor in its own letters by their sound (उरुमची): a Latin word in such a
    text is a name, which no translation renders by a word of its own."""
    out = []
    for k, o in pairs:
        doc = ctx.documents[k]
        text = ctx.text(o, group)
        heard = None
        for index in group.members[k]:
            paragraph = doc.paragraphs[index]
            for match in _LATIN_NAME.finditer(paragraph.text):
                word = match.group()
                if word.casefold() in text.casefold():
                    continue
                if heard is None:
                    heard = [devanagari_to_latin(to_devanagari(w)) for w in set(BRAHMIC_WORD.findall(text))]
                if not any(sounds_alike(word, w) for w in heard if w):
                    out.append(name_lacking(g, docs, o, k, word, _brahmic_name(paragraph, match.start(), match.end())))
    return out


def _brahmic_pairs(ctx: Context, group: Group, docs: list[int]) -> list[tuple[int, int]]:
    """Each source k and translation o of a group in two different Brahmic scripts: what
    the two checks of Brahmic names compare (none, after one search per version, in
    other scripts)."""
    ctx = ctx
    blocks = {k: brahmic_block(ctx.text(k, group)) if _BRAHMIC_LETTER.search(ctx.text(k, group)) else None
              for k in docs}
    return [(k, o) for o in docs if blocks[o] is not None for k in docs if blocks[k] not in (None, blocks[o])]

def _brahmic_words(ctx: Context, o: int, group: Group) -> list[tuple[str, ...]]:
    """Doc o's words of a group in a Brahmic script, each with its stems (read only
    where a source word is a place or a title: most groups have neither)."""
    lang = base_language(ctx.documents[o].lang)
    return [_brahmic_stems(word, lang) for word in set(BRAHMIC_WORD.findall(ctx.text(o, group)))]
