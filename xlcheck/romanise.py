"""Latin spellings of Japanese kana and Korean Hangul, and a skeleton of how a name
sounds once a language of those scripts has taken it in, so that "BlackRock" and
ブラックロック, or "Seoul" and 서울, can be told to be one name and "Robbie" and ロビン two.

Katakana is romanised by modified Hepburn (long marks on the vowel a ー lengthens, small
kana joined to the kana before them, ッ doubling the next consonant, ・ as a word break),
Hangul syllable by syllable by the Revised Romanisation, with the consonant carried over
a silent ㅇ (한국어 hangugeo). Neither needs a dictionary: kana and Hangul spell sounds.

The skeleton keeps a name's consonants in classes the target language does not tell
apart (Japanese and Korean have one r for English l and r, b for v; Japanese s for th),
drops vowels (the epenthetic ones Japanese adds after every consonant, and the vowels
English spells one way and says another) and doubled consonants, and an English r after
a vowel (Portnoy / ポートノイ). Two skeletons are compared by a weighted edit distance
in which the sounds a transliteration often loses or confuses cost less.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

import regex

from xlcheck.patterns import lazy

_KANA = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "ku", "ケ": "ke", "コ": "ko",
    "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so", "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te",
    "ト": "to", "ナ": "na", "ニ": "ni", "ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha", "ヒ": "hi", "フ": "fu",
    "ヘ": "he", "ホ": "ho", "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo", "ヤ": "ya", "ユ": "yu",
    "ヨ": "yo", "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro", "ワ": "wa", "ヰ": "i", "ヱ": "e",
    "ヲ": "o", "ン": "n", "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go", "ザ": "za", "ジ": "ji",
    "ズ": "zu", "ゼ": "ze", "ゾ": "zo", "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do", "バ": "ba",
    "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo", "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po",
    "ヴ": "vu", "ヷ": "va", "ヸ": "vi", "ヹ": "ve", "ヺ": "vo",
}
_SMALL_VOWELS = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ヮ": "a"}
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}
_LONG = {"a": "ā", "i": "ī", "u": "ū", "e": "ē", "o": "ō"}
_BREAKS = "・･＝= 　"


def _katakana(ch: str) -> str:
    """Hiragana to katakana (the two tables are 0x60 apart); anything else as it is."""
    code = ord(ch)
    return chr(code + 0x60) if 0x3041 <= code <= 0x3096 else ch


@lru_cache(maxsize=4096)
def kana_to_latin(text: str) -> str:
    """Katakana or hiragana in modified Hepburn, lower case; other characters kept.

    >>> kana_to_latin("ブラックロック"), kana_to_latin("ロビン・ウィリアムズ"), kana_to_latin("ディープシーク")
    ('burakkurokku', 'robin wiriamuzu', 'dīpushīku')
    >>> kana_to_latin("マッチャ"), kana_to_latin("ヴァイオリン"), kana_to_latin("しんいち")
    ('matcha', 'vaiorin', "shin'ichi")
    """
    out: list[str] = []
    double = False
    for ch in text:
        ch = _katakana(ch)
        if ch in _BREAKS:
            out.append(" ")
            double = False
            continue
        if ch == "ッ":
            double = True
            continue
        if ch == "ー":
            if out and out[-1] and out[-1][-1] in _LONG:
                out[-1] = out[-1][:-1] + _LONG[out[-1][-1]]
            continue
        if ch in _SMALL_Y and out and out[-1].endswith("i") and len(out[-1]) >= 2:
            prev = out[-1][:-1]
            out[-1] = prev + _SMALL_Y[ch] if prev in ("sh", "ch", "j", "tch", "ssh") else prev + "y" + _SMALL_Y[ch]
            continue
        if ch in _SMALL_Y and out and out[-1].endswith("e") and len(out[-1]) >= 2:
            out[-1] = out[-1][:-1] + "y" + _SMALL_Y[ch]  # デュ dyu, フュ fyu
            continue
        if ch in _SMALL_VOWELS and out and out[-1]:
            prev = out[-1]
            if prev in ("u", "ū"):
                out[-1] = "w" + _SMALL_VOWELS[ch]  # ウィ wi, ウェ we, ウォ wo
            elif prev[-1] in "aiueo" and len(prev) >= 2:
                stem = prev[:-1]
                out[-1] = ("ts" if stem == "ts" else stem) + _SMALL_VOWELS[ch]  # ファ fa, ティ ti, シェ she
            else:
                out.append(_SMALL_VOWELS[ch])
            continue
        if ch in _SMALL_VOWELS or ch in _SMALL_Y:
            out.append(_SMALL_VOWELS.get(ch) or _SMALL_Y[ch])
            continue
        latin = _KANA.get(ch)
        if latin is None:
            out.append(ch.lower())
            double = False
            continue
        if double and latin[0] not in "aiueon":
            latin = ("t" + latin) if latin.startswith("ch") else latin[0] + latin
        double = False
        if out and out[-1] == "n" and latin[0] in "aiueoy":
            out[-1] = "n'"
        out.append(latin)
    return "".join(out).strip()


_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
            "yu", "eu", "ui", "i")
# Final consonants at a syllable's end (or before another consonant) ...
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
           "ng", "t", "t", "k", "t", "p", "t")
# ... and carried into the next syllable when that one opens on a silent ㅇ.
_CARRIED = ("", "g", "kk", "ks", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r", "m", "b", "bs",
            "s", "ss", "ng", "j", "ch", "k", "t", "p", "")


@lru_cache(maxsize=4096)
def hangul_to_latin(text: str) -> str:
    """Hangul in the Revised Romanisation, syllable by syllable, lower case; a final
    consonant before a silent ㅇ is carried over, ㄴ or ㄹ before ㄹ is "ll".

    >>> hangul_to_latin("서울"), hangul_to_latin("한국어"), hangul_to_latin("블룸버그"), hangul_to_latin("신라")
    ('seoul', 'hangugeo', 'beullumbeogeu', 'silla')
    """
    syllables: list[tuple[int, int, int] | str] = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            syllables.append((code // 588, (code % 588) // 28, code % 28))
        else:
            syllables.append(ch)
    out = []
    for n, syl in enumerate(syllables):
        if isinstance(syl, str):
            out.append(" " if syl in _BREAKS else syl.lower())
            continue
        first, middle, last = syl
        initial = _INITIALS[first]
        if first == 5 and n and isinstance(syllables[n - 1], tuple) and syllables[n - 1][2] in (4, 8):
            initial = "l"  # 신라 silla, 블룸 beullum
        elif n and isinstance(syllables[n - 1], tuple) and first == 11:
            initial = ""
        nxt = syllables[n + 1] if n + 1 < len(syllables) else None
        if last and isinstance(nxt, tuple) and nxt[0] == 11 and last != 21:
            final = _CARRIED[last]
        elif last and isinstance(nxt, tuple) and nxt[0] == 5 and last in (4, 8):
            final = "l"
        else:
            final = _FINALS[last]
        out.append(initial + _MEDIALS[middle] + final)
    return "".join(out).strip()


_KANA_RUN = lazy(r"[\p{Katakana}ー・ｰ]+")
_HANGUL_RUN = lazy(r"\p{Hangul}+")

# Devanagari letters as the Latin letters a transliterated English name spells them with
# (vowels matter little: the skeleton drops them). Aspirates lose their h (English has
# none), थ is English th (स्मिथ), फ f, and a nukta letter its Persian sound (ज़ z, ड़ r).
_DEVANAGARI = {
    "क": "k", "ख": "k", "ग": "g", "घ": "g", "ङ": "n", "च": "ch", "छ": "ch", "ज": "j", "झ": "j", "ञ": "n",
    "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "ण": "n", "त": "t", "थ": "θ", "द": "d", "ध": "d", "न": "n",
    "प": "p", "फ": "f", "ब": "b", "भ": "b", "म": "m", "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "sh", "ष": "sh", "स": "s", "ह": "h", "क़": "k", "ख़": "k", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "r",
    "फ़": "f", "य़": "y",
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai", "ओ": "o",
    "औ": "au", "ऑ": "o", "ऍ": "e",
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai", "ो": "o", "ौ": "au",
    "ॉ": "o", "ॅ": "e", "ं": "n", "ः": "h",
}
_DEVANAGARI = {unicodedata.normalize("NFD", letter): latin for letter, latin in _DEVANAGARI.items()}
_NUKTA = "\u093c"
_DEVANAGARI_WORD = lazy(r"[\p{Devanagari}&&[^\u0964\u0965\u0966-\u096f]]+", regex.V1)
_CLAUSE_BREAK = lazy(r"[,;:()।॥.!?\"“”‘’«»]|&quot;|\s[-–—]\s")


@lru_cache(maxsize=8192)
def devanagari_to_latin(word: str) -> str:
    """A Devanagari word in the Latin letters of the English name it may transliterate
    (inherent vowels left out: the skeleton does not read vowels).

    >>> devanagari_to_latin("मैककोनेल"), devanagari_to_latin("स्मिथ"), devanagari_to_latin("फ़रवरी")
    ('maikkonel', 'smiθ', 'frvri')
    """
    letters = unicodedata.normalize("NFD", word)
    out = []
    for i, ch in enumerate(letters):
        if ch == _NUKTA:
            continue
        if i + 1 < len(letters) and letters[i + 1] == _NUKTA:
            ch += _NUKTA  # फ़, ज़: a letter of another sound (NFC keeps them apart)
        out.append(_DEVANAGARI.get(ch, ""))
    return "".join(out)


def devanagari_runs(text: str) -> list[list[str]]:
    """A Devanagari text's clauses as runs of romanised words (a name's words are
    neighbours in one clause: एलैक्सा एयरलाइन).

    >>> devanagari_runs("एलैक्सा एयरलाइन, और गूगल।")
    [['elaiksa', 'eyrlain'], ['aur', 'gugl']]
    """
    runs = []
    for clause in _CLAUSE_BREAK.split(text):
        words = [devanagari_to_latin(w) for w in _DEVANAGARI_WORD.findall(clause)]
        words = [w for w in words if w]
        if words:
            runs.append(words)
    return runs


# Brahmic scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
# Malayalam) lay their letters out alike, each in a block of 128 code points from U+0900: a
# letter of one is mostly the letter at the same offset in another (क U+0915, ক U+0995). A
# name transliterated from one of them into another keeps its letters, so each is read as
# the letters at Devanagari's offsets, its nukta dropped (the nukta's offset in every
# block), Bengali's khanda ta (ৎ) as its ta.
_TO_DEVANAGARI = {code: None if code % 128 == 0x3C else 0x0900 + code % 128 for code in range(0x0900, 0x0D80)}
_TO_DEVANAGARI[0x09CE] = 0x0924
BRAHMIC_WORD = lazy(r"[\u0900-\u0d7f&&[^\u0964\u0965\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef"
                    r"\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f]]+", regex.V1)
_BRAHMIC_RUN = lazy(r"[\u0900-\u0d7f]+")
_NOT_DEVANAGARI = lazy(r"[^\u0900-\u097fa]+")  # (a: the mark of a consonant's own vowel)
_DEVANAGARI_ONLY = lazy(r"[\u0900-\u097fa]*")
# Consonant classes two of these scripts (and Hindi and Bengali spelling) do not keep
# apart in a foreign name: aspirates (ভ for व), retroflex and dental (ড / द in मोल्दोवा /
# মোল্দোভা), v and b (Bengali has one letter), the three sibilants. L and R stay apart
# and so does y, which a name's ending holds (Australia, Moldavia).
_BRAHMIC_CONSONANTS = {letter: cls for letters, cls in (
    ("कख", "K"), ("गघ", "G"), ("चछ", "C"), ("जझ", "J"), ("टठतथ", "T"), ("डढदध", "D"), ("णनङञऩं", "N"),
    ("पफ", "P"), ("बभव", "B"), ("म", "M"), ("य", "Y"), ("रऱृऋ", "R"), ("लळऴ", "L"), ("शषस", "S"), ("ह", "H"))
    for letter in letters}
# Vowel signs and letters in the classes foreign names are spelt with, long and short
# one; a and o only where the whole spelling is read (`brahmic_letters`): English o is ॉ,
# ो or ा (मॉल्डोवा, मोल्दोवा, माल्डोवा) or the vowel a consonant carries unwritten (মলডোভা).
_BRAHMIC_VOWELS = {letter: cls for letters, cls in (("इईिी", "I"), ("उऊुू", "U"), ("एऐेैॅऍ", "E"))
                   for letter in letters}
_A_VOWELS = "अआाॉऑओऔोौ"
_INHERENT = "a"  # a consonant's own vowel, written by no sign: sounded or not (মলডোভা is Moldova)
# Each reading keeps more of a word than the one before: every other Devanagari letter dropped.
_CONSONANT_CLASSES = dict.fromkeys(map(chr, range(0x0900, 0x0980))) | _BRAHMIC_CONSONANTS
_SPELLING_CLASSES = _CONSONANT_CLASSES | _BRAHMIC_VOWELS
_LETTER_CLASSES = {
    "consonants": str.maketrans(_CONSONANT_CLASSES),
    "spelling": str.maketrans(_SPELLING_CLASSES),
    "letters": str.maketrans(_SPELLING_CLASSES | dict.fromkeys(_A_VOWELS, "A") | {_INHERENT: _INHERENT}),
}
_VIRAMA, _VIRAMA_Y = "\u094d", "\u094dय"
_ANUSVARA_BEFORE_LABIAL = lazy(r"ं(?=[पफबभवम])")  # read m (इस्तांबुल / ইস্তাম্বুল)
# A consonant before another with no sign or virama between carries its own vowel (the
# anusvara and vocalic r are written as signs: no vowel of their own, none before them).
_BEFORE_CONSONANT = lazy(r"([\u0915-\u0939])(?=[\u0915-\u0939])")
_REPEATED_CLASS = lazy(r"([^Aa])\1+")


def brahmic_block(text: str) -> int | None:
    """The first code point of the Brahmic block most of a text's letters are in (None
    without any).

    >>> hex(brahmic_block("মোল্দোভার রাজধানী চিসিনৌ")), brahmic_block("Moldova")
    ('0x980', None)
    """
    counts: Counter[int] = Counter()
    for run in _BRAHMIC_RUN.findall(text):  # (a word's letters are of one block)
        counts[0x0900 + (ord(run[0]) - 0x0900) // 128 * 128] += len(run)
    return counts.most_common(1)[0][0] if counts else None


@lru_cache(maxsize=8192)
def to_devanagari(word: str) -> str:
    """A word of a Brahmic script in the letters at Devanagari's offsets, nukta dropped.
    (NFC first: it keeps a two-part vowel sign one letter, ো and not ে and া, and splits
    a nukta off its letter, য় and क़ being excluded from composition.)

    >>> to_devanagari("মোল্দোভা")
    'मोल्दोभा'
    """
    return unicodedata.normalize("NFC", word).translate(_TO_DEVANAGARI)


def _brahmic_classes(word: str, reading: str) -> str:
    """A Brahmic word in the classes of one reading (`_LETTER_CLASSES`), a class repeated
    written once (a written a, and a consonant's own, excepted)."""
    text = to_devanagari(word).replace(_VIRAMA_Y, _VIRAMA)  # a y after a virama marks the vowel (ব্যাপক)
    if reading == "letters":
        text = _BEFORE_CONSONANT.sub(r"\1" + _INHERENT, text)
    if not _DEVANAGARI_ONLY.fullmatch(text):
        text = _NOT_DEVANAGARI.sub("", text)
    if "ं" in text:
        text = _ANUSVARA_BEFORE_LABIAL.sub("म", text)
    return _REPEATED_CLASS.sub(r"\1", text.translate(_LETTER_CLASSES[reading]))


@lru_cache(maxsize=8192)
def brahmic_consonants(word: str) -> str:
    """A word's consonants in classes the Brahmic scripts share (aspirates, retroflex and
    dental, v and b, the sibilants as one), y and l kept apart from vowels and r.

    >>> brahmic_consonants("माल्डोवा"), brahmic_consonants("মোল্দোভা"), brahmic_consonants("মোল্দাভিয়া")
    ('MLDB', 'MLDB', 'MLDBY')
    """
    return _brahmic_classes(word, "consonants")


@lru_cache(maxsize=8192)
def brahmic_spelling(word: str) -> str:
    """A word's consonants and its vowels i, u and e, in the classes of a foreign name's
    spelling (long and short vowels one; a and o, written or not, left out).

    >>> brahmic_spelling("मॉल्डोवा") == brahmic_spelling("मोल्दोवा"), brahmic_spelling("करीब") == brahmic_spelling("किरोव")
    (True, False)
    """
    return _brahmic_classes(word, "spelling")


@lru_cache(maxsize=8192)
def brahmic_letters(word: str) -> str:
    """A word's spelling in the classes of `brahmic_spelling` with its a and o too: "A"
    for a sign or letter written, "a" where a consonant stands before another with no
    sign or virama (its own vowel, which Bengali and Hindi may leave unsounded).

    >>> brahmic_letters("মলডোভা"), brahmic_letters("मोल्दोवा"), brahmic_letters("মানুষ")
    ('MaLaDABA', 'MALDABA', 'MANUS')
    """
    return _brahmic_classes(word, "letters")


def same_spelling(a: str, b: str) -> bool:
    """Whether two `brahmic_letters` spellings are one, a consonant's own vowel ("a")
    standing for an a or o the other writes, or for none.

    >>> same_spelling("MaLaDABA", "MALDABA"), same_spelling("MANUS", "MANAUS")
    (True, False)
    """
    @cache
    def match(i: int, j: int) -> bool:
        if i == len(a) or j == len(b):
            return a[i:].strip(_INHERENT) == "" and b[j:].strip(_INHERENT) == ""
        if a[i] == _INHERENT and (match(i + 1, j) or b[j] == "A" and match(i + 1, j + 1)):
            return True
        if b[j] == _INHERENT and (match(i, j + 1) or a[i] == "A" and match(i + 1, j + 1)):
            return True
        return a[i] == b[j] and match(i + 1, j + 1)
    return match(0, 0)


# The names of the Latin letters as Hindi writes them (Bengali's are the same letters at
# Bengali's offsets): an acronym is often written by them, METI as एमईटीआई, NASA's NPWS as
# एनपीडब्ल्यूएस. Long and short i and u are read as one (বি is बि, B).
_LETTER_NAMES = {
    "A": "ए", "B": "बी", "C": "सी", "D": "डी", "E": "ई", "F": "एफ", "G": "जी", "H": "एच एइच", "I": "आई", "J": "जे",
    "K": "के", "L": "एल", "M": "एम", "N": "एन", "O": "ओ", "P": "पी", "Q": "क्यू किउ", "R": "आर", "S": "एस",
    "T": "टी", "U": "यू इउ", "V": "वी भि", "W": "डब्ल्यू डब्लिउ", "X": "एक्स", "Y": "वाई ओयाइ", "Z": "जेड ज़ेड",
}
_SHORT_VOWELS = str.maketrans("ीू", "िु")
_NAMED_LETTERS = {name.translate(_SHORT_VOWELS): letter for letter, names in _LETTER_NAMES.items()
                  for name in names.split()}


@lru_cache(maxsize=8192)
def brahmic_initials(word: str) -> str | None:
    """The Latin acronym a Brahmic word spells by the names of its letters (None if it
    spells none).

    >>> brahmic_initials("एमईटीआई"), brahmic_initials("এনপিডব্লিউএস"), brahmic_initials("मंत्रालय")
    ('METI', 'NPWS', None)
    """
    text = to_devanagari(word).translate(_SHORT_VOWELS)

    @cache
    def spell(i: int) -> str | None:
        if i == len(text):
            return ""
        for name, letter in _NAMED_LETTERS.items():
            if text.startswith(name, i):
                rest = spell(i + len(name))
                if rest is not None:
                    return letter + rest
        return None
    return spell(0) or None


@lru_cache(maxsize=8192)
def brahmic_sound(word: str) -> str:
    """A Brahmic word's consonants as they sound (`brahmic_consonants` with y dropped, l
    and r one), in the classes `sound_distance` weighs: ts is two consonants here (the
    English possessive of प्रेसिडेंट्स), not the one sound of a kana ツ.

    >>> brahmic_sound("মোল্দাভিয়া") == brahmic_sound("मोल्दोवा"), brahmic_sound("প্রেসিডেন্টস")
    (True, 'PRSDNTS')
    """
    out: list[str] = []
    for cls in brahmic_consonants(word).replace("Y", "").replace("L", "R"):
        if not out or out[-1] != cls:
            out.append(cls)
    return "".join(out)


def kana_words(text: str) -> list[str]:
    """The katakana words of a text (a run of katakana split at ・), romanised."""
    return [word for run in _KANA_RUN.findall(text) for word in kana_to_latin(run).split()]


def hangul_words(text: str) -> list[str]:
    """The Hangul words of a text, romanised."""
    return [hangul_to_latin(run) for run in _HANGUL_RUN.findall(text)]


# English spelling to sounds, longest first (applied to a name written in Latin letters).
_SPELLING = (("tth", "th"), ("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("ck", "k"), ("ph", "f"), ("th", "θ"), ("gh", ""), ("qu", "kw"),
             ("x", "ks"), ("wh", "w"), ("dg", "j"), ("tz", "s"), ("ts", "s"), ("mb", "nb"), ("mp", "np"),
             ("ng", "n"))
# Consonant classes: letters a language of these scripts writes alike share one.
_CLASSES = {"b": "B", "v": "B", "p": "P", "f": "F", "h": "H", "t": "T", "d": "D", "k": "K", "c": "K", "q": "K",
            "g": "G", "s": "S", "z": "S", "j": "J", "θ": "Θ", "ç": "C", "l": "R", "r": "R", "m": "M", "n": "N", "w": "W"}
# What a transliteration loses or confuses at little cost.
_WEAK = {"R": 0.4, "H": 0.4, "W": 0.3, "J": 0.8}
_NEAR = {
    frozenset("ΘS"): 0.3, frozenset("ΘT"): 0.3, frozenset("ΘD"): 0.5,  # Smith / スミス, Thomas / トーマス
    frozenset("CJ"): 0.3, frozenset("CS"): 0.5, frozenset("CK"): 0.5, frozenset("CT"): 0.5,  # Putin / プーチン
    frozenset("SJ"): 0.5, frozenset("ST"): 0.5, frozenset("JK"): 0.8, frozenset("JG"): 0.5,  # Elez / エレツ
    frozenset("KG"): 0.5, frozenset("TD"): 0.5, frozenset("BP"): 0.5, frozenset("MN"): 0.5,
    frozenset("FH"): 0.3, frozenset("FP"): 0.3, frozenset("FB"): 0.5, frozenset("WB"): 0.5,  # Hutter / フッター
}


def _plain(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch) and ch.isalpha())


@lru_cache(maxsize=8192)
def latin_sound(word: str) -> str:
    """The consonant skeleton of a name as English spells it, as a language of kana or
    Hangul would hear it: r after a vowel is silent, c before e, i, y is s.

    >>> latin_sound("BlackRock"), latin_sound("Eggers"), latin_sound("Smith")
    ('BRKRK', 'GS', 'SMΘ')
    """
    sounds = latin_sounds(word)
    return sounds[0] if sounds else ""


_DROPPED_END = lazy(r"[^aeiousy']s$|(?:ai|oi|au|eu)[sxt]$|(?<=ar)d$")

# Spellings English gives two sounds (Schreck / Schooner, Rachel / Michael, George / Gary),
# gh between vowels read g (Gallagher / Галлагер), and a j after a name's first consonant
# read as a y, as Scandinavian names have it (Bjorn / Бьорн, Kjell / Кьелль).
_ALTERNATIVES = ((r"sch", "sk"), (r"ch", "k"), (r"g(?=[eiy])", "j"), (r"(?<=[aeiou])gh(?=[aeiouy])", "g"),
                 (r"(?<=^[bfkmnpsv])j", ""))


@lru_cache(maxsize=8192)
def latin_sounds(word: str, silent_r: bool = True) -> tuple[str, ...]:
    """The skeletons a name's spelling may stand for, the likeliest first; a plural or
    genitive s a transliteration leaves out (Labs / ラボ) is one of them. An r after a
    vowel is silent unless `silent_r` is false (Cyrillic writes it: George / Джордж).

    >>> latin_sounds("Schooner"), latin_sounds("Labs")
    (('SN', 'SKN'), ('RBS', 'RB'))
    """
    text = _plain(word)
    if text.startswith(("kn", "wr", "ps")):
        text = text[1:]
    texts = [text]
    for pattern, sound in _ALTERNATIVES:
        texts += [regex.sub(pattern, sound, t) for t in texts if regex.search(pattern, t)]
    out: list[str] = []
    for text in texts:
        for a, b in _SPELLING:
            text = text.replace(a, b)
        text = text.replace("ch", "ç").replace("sh", "s")
        text = regex.sub(r"c(?=[eiy])", "s", text)
        if silent_r:
            text = regex.sub(r"(?<=[aeiouy])r+(?![aeiouy])", "", text)  # Portnoy / ポートノイ
        text = regex.sub(r"(?<=[aeo])w(?![aeiouy])", "", text)  # Matthew, Shaw: a vowel
        text = regex.sub(r"d[sz]$", "z", text)  # Leeds / リーズ
        # A plural s, or the silent last letter of a French name (Calais / カレー,
        # Illinois / イリノイ, Bordeaux / ボルドー, Bouchard / Бушар), may be left out.
        for sound in (_skeleton(text), _skeleton(text[:-1]) if _DROPPED_END.search(text) else ""):
            if sound and sound not in out:
                out.append(sound)
    return tuple(out)


@lru_cache(maxsize=8192)
def romanised_sound(word: str) -> str:
    """The consonant skeleton of a romanised kana or Hangul word (``burakkurokku``).

    >>> romanised_sound("burakkurokku"), romanised_sound("merutsu")
    ('BRKRK', 'MRS')
    """
    text = _plain(word).replace("'", "")
    text = text.replace("tsu", "su").replace("ts", "s").replace("tch", "ch")  # ツ: ts, tz, German z
    text = text.replace("ch", "ç").replace("sh", "s")
    text = text.replace("ng", "n")  # Korean ng, Japanese ン before g: "ing" / イング counts n g
    return _skeleton(text)


def _skeleton(text: str) -> str:
    out = []
    for ch in text:
        cls = _CLASSES.get(ch)
        if cls is None:
            continue  # vowels, y
        if not out or out[-1] != cls:
            out.append(cls)
    return "".join(out)


def sound_distance(a: str, b: str) -> float:
    """A weighted edit distance between two skeletons: r, h and w lost cost less than a
    consonant, near sounds (s and j, k and g, b and p) less than others.

    >>> sound_distance("BRKRK", "BRKRK"), sound_distance("RB", "RBN"), sound_distance("DPNT", "DPN")
    (0.0, 1.0, 1.0)
    """
    n, m = len(a), len(b)
    row = [0.0] * (m + 1)
    for j in range(1, m + 1):
        row[j] = row[j - 1] + _WEAK.get(b[j - 1], 1.0)
    for i in range(1, n + 1):
        prev, row[0] = row[0], row[0] + _WEAK.get(a[i - 1], 1.0)
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                cost = 0.0
            else:
                cost = _NEAR.get(frozenset((a[i - 1], b[j - 1])), 1.0)
            prev, row[j] = row[j], min(prev + cost, row[j] + _WEAK.get(a[i - 1], 1.0),
                                       row[j - 1] + _WEAK.get(b[j - 1], 1.0))
    return row[m]


def sounds_alike(latin: str, romanised: str) -> bool:
    """Whether a name in Latin letters and a romanised kana or Hangul word are one name
    by their skeletons: within one weak loss or a near sound (a short name), or within
    one consonant (a name of four consonants or more).

    >>> sounds_alike("BlackRock", "burakkurokku"), sounds_alike("DeepSeek", "dīpushīku")
    (True, True)
    >>> sounds_alike("Robbie", "robin"), sounds_alike("Murnau", "murunau")
    (False, True)
    """
    b = romanised_sound(romanised)
    if not b:
        return False
    for a in latin_sounds(latin):
        limit = 1.0 if max(len(a), len(b)) >= 4 else 0.5
        if sound_distance(a, b) <= limit:
            return True
    return False


def kana_runs(text: str) -> list[list[str]]:
    """Each katakana run of a text as its romanised words (split at ・)."""
    return [words for words in (kana_to_latin(run).split() for run in _KANA_RUN.findall(text)) if words]


def scripted_runs(text: str) -> list[list[str]]:
    """The names a text may write in kana or Hangul, romanised: each katakana run as its
    words (split at ・), each prefix of a Hangul word's syllables as a run of its own (a
    Korean noun carries its particle: 블룸버그는).

    >>> scripted_runs("ロビン・ウィリアムズと서울은")
    [['robin', 'wiriamuzu'], ['seoureun'], ['seoul'], ['seo']]
    """
    runs = [kana_to_latin(run).split() for run in _KANA_RUN.findall(text)]
    for word in _HANGUL_RUN.findall(text):
        runs.extend([hangul_to_latin(word[:n])] for n in range(len(word), 0, -1))
    # A name whose head is transliterated and whose capitals are kept (챗GPT for ChatGPT,
    # チャットGPT): one word, the Latin letters as they are.
    for match in _HALF_LATIN.finditer(text):
        head = match.group(1)
        runs.append([(hangul_to_latin(head) if _HANGUL_RUN.fullmatch(head) else kana_to_latin(head)).replace(" ", "")
                     + match.group(2).casefold()])
    return [run for run in runs if run]


_HALF_LATIN = lazy(r"([\p{Hangul}]+|[\p{Katakana}ー]+)(\p{Lu}{2,}\d*)(?![\p{L}])")


_NAME_GAP = lazy(r"[\s\-‐]+")


def name_words(name: str) -> list[str]:
    """A name's words, parted at spaces and hyphens."""
    return [p for p in _NAME_GAP.split(name) if p]


def sound_present(name: str, runs: list[list[str]]) -> bool:
    """Whether a Latin name (one or more words) is among romanised runs by its sound:
    the whole name as one word or as words in a row, or each of its words somewhere.

    >>> sound_present("Wells Fargo", scripted_runs("ウェルズ・ファーゴ")), sound_present("Robbie", scripted_runs("ロビン"))
    (True, False)
    """
    parts = name_words(name)
    whole = "".join(parts)
    sound = latin_sound(whole)
    if not sound:
        return False
    for run in runs:
        if len(sound) >= 3 and any(romanised_sound(w).startswith(sound) and len(romanised_sound(w)) > len(sound) + 1
                                   for w in run):
            return True  # the head of a compound (Magnum / マグナムロリポップ)
        for i in range(len(run)):
            if len(parts) >= 2 and all(sounds_alike(part, word) for part, word in zip(parts, run[i:i + len(parts)])) \
                    and i + len(parts) <= len(run):
                return True  # word for word (Wells Fargo / ウェルズ・ファーゴ)
            for j in range(i + 1, min(len(run), i + len(parts) + 1) + 1):
                if (j - i != len(parts) or len(parts) == 1) and sounds_alike(whole, "".join(run[i:j])):
                    return True  # written as one word (Coterra Energy / コテラエナジー), or one word in two
    if len(parts) >= 2:
        # Each word elsewhere (a name split by a particle), but then spelt all but alike.
        words = [romanised_sound(w) for run in runs for w in run]
        return all(any(sound_distance(sound, w) <= 0.3 for sound in latin_sounds(part) for w in words)
                   for part in parts)
    return False


# Cyrillic letters in the consonant classes above, as Ukrainian and Russian write a foreign
# name: дж is English j or soft g (Bridget / Бриджит), г both g and h (Hollywood / Голлівуд,
# Greg / Грег), нг the English ng (Washington / Вашингтон), ц the English ts, тч tch.
_CYRILLIC_CLASSES = {"б": "B", "в": "B", "п": "P", "ф": "F", "г": "G", "ґ": "G", "х": "H", "д": "D", "т": "T",
                     "к": "K", "ж": "J", "з": "S", "с": "S", "ц": "S", "ш": "S", "щ": "S", "ч": "C", "л": "R",
                     "р": "R", "м": "M", "н": "N"}
_CYRILLIC_SPELLING = (("дж", "ж"), ("нг", "н"), ("тс", "ц"), ("тч", "ч"))


@lru_cache(maxsize=8192)
def cyrillic_sound(word: str, spelling: bool = True) -> str:
    """The consonant skeleton of a Cyrillic word, in the classes of `latin_sound`; with
    `spelling` false, every letter as it is (тс two consonants, not the English ts).

    >>> cyrillic_sound("Бриджит"), cyrillic_sound("Вашингтон")
    ('BRJT', 'BSNTN')
    """
    text = word.casefold()
    for a, b in _CYRILLIC_SPELLING if spelling else ():
        text = text.replace(a, b)
    out: list[str] = []
    for ch in text:
        cls = _CYRILLIC_CLASSES.get(ch)
        if cls is not None and (not out or out[-1] != cls):
            out.append(cls)
    return "".join(out)


@lru_cache(maxsize=8192)
def english_cyrillic_distance(latin: str, cyrillic: str) -> float:
    """How far an English name's sound is from a Cyrillic word's (the nearest of the
    name's readings): English th is т, h may be г, w в, ch ш (Charlotte / Шарлотта).

    >>> english_cyrillic_distance("Bridget", "Бриджит"), english_cyrillic_distance("Harris", "Гарріс")
    (0.0, 0.0)
    >>> english_cyrillic_distance("Vicente", "Вісенте"), english_cyrillic_distance("Vicente", "Вікентій")
    (0.0, 1.0)
    """
    b = cyrillic_sound(cyrillic)
    if not b:
        return 99.0
    best = 99.0
    for spelling in respellings(latin):
        for a in latin_sounds(spelling, silent_r=False):
            a = a.replace("Θ", "T")
            for variant in dict.fromkeys((a, a.replace("H", "G"), a.replace("W", "B"), a.replace("C", "S"))):
                best = min(best, sound_distance(variant, b))
    return best


def respellings(latin: str) -> tuple[str, ...]:
    """A name as English writes it, and as it may stand for a name of Arabic or French
    spelling: kh one sound, х (Fakhfakh / Фахфах), and one ch between vowels that French
    reads ш where the other stays ч (Mechichi / Мешичи).

    >>> respellings("Mechichi"), respellings("French")
    (('Mechichi', 'Meshichi', 'Mechishi'), ('French',))
    """
    out = [latin.replace("kh", "h").replace("Kh", "H")]
    out += [latin[:m.start()] + "sh" + latin[m.end():] for m in _VOWEL_CH.finditer(latin)]
    return tuple(dict.fromkeys([latin, *out]))


_VOWEL_CH = lazy(r"(?<=[aeiouy])ch(?=[aeiouy])")


# -- Arabic script ------------------------------------------------------------------------
# Arabic letters in the consonant classes of `latin_sound`, as Arabic writes a foreign name:
# few vowels (ا و ي stand for long vowels, or for the short ones a foreign name has), b for
# English p (no p in Arabic: أوبن for Open), ف for f and v, ج for j and g (Egypt reads it g),
# ش for sh, غ and ق for g, ث and ذ for th. Letters that are vowels or only carry one (ا أ إ آ ء
# ئ ؤ ى ة ع, و and ي inside a word) have no class. Persian and North African letters for
# sounds Arabic lacks: پ p, ڤ v, گ g, چ ch.
_ARABIC_CLASSES = {"ب": "B", "پ": "P", "ت": "T", "ث": "Θ", "ج": "J", "ح": "H", "خ": "H", "د": "D", "ذ": "Θ",
                   "ر": "R", "ز": "S", "س": "S", "ش": "S", "ص": "S", "ض": "D", "ط": "T", "ظ": "S", "غ": "G",
                   "ف": "F", "ڤ": "B", "ق": "K", "ك": "K", "ک": "K", "گ": "G", "ل": "R", "م": "M", "ن": "N",
                   "ه": "H", "چ": "C"}
_ARABIC_WORD = lazy(r"[\p{Arabic}&&\p{L}]+", regex.V1)
# The particles and the article Arabic glues before a name (و and, ف so, ب with, ل for, ك as,
# ال the), longest first: وبرودكوم is "and Broadcom", لتيك "for Tik(Tok)".
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "وك", "فب", "و", "ب", "ل", "ف", "ك")
# How English reads a capital of an acronym, as a transliteration spells it out ("GPT" is
# جي بي تي, "AI" إيه آي).
_LETTER_NAMES_EN = {"A": "ei", "B": "bi", "C": "si", "D": "di", "E": "i", "F": "ef", "G": "ji", "H": "eich", "I": "ai",
                    "J": "jei", "K": "kei", "L": "el", "M": "em", "N": "en", "O": "ou", "P": "pi", "Q": "kiu",
                    "R": "ar", "S": "es", "T": "ti", "U": "iu", "V": "vi", "W": "dabeliu", "X": "eks", "Y": "wai",
                    "Z": "zed"}
# A name's pieces: a run of capitals (an acronym: "GPT" of "ChatGPT"), a word or a piece of
# one that begins with at most one capital.
_ACRONYM_PART = lazy(r"\p{Lu}{2,}(?=\p{Lu}\p{Ll}|$)|\p{Lu}?[^\p{Lu}]+|\p{Lu}")
def name_pieces(name: str) -> list[str]:
    """A name's pieces (`_ACRONYM_PART`): ``ChatGPT`` is ``Chat``, ``GPT``."""
    return _ACRONYM_PART.findall(name)


@lru_cache(maxsize=8192)
def arabic_sound(word: str) -> str:
    """The consonant skeleton of a word in Arabic script, in the classes of `latin_sound`:
    و is w only first in a word (a vowel after a consonant), ه last in a word only marks a
    vowel (إيه, the letter A), تش is ch.

    >>> arabic_sound("بلاك"), arabic_sound("روك"), arabic_sound("دوبونت"), arabic_sound("إيه")
    ('BRK', 'RK', 'DBNT', '')
    >>> arabic_sound("ترامب"), arabic_sound("كالينج")
    ('TRNB', 'KRN')
    """
    text = word.replace("تش", "چ")
    if text.endswith(("نج", "نغ")) and len(text) > 2:
        text = text[:-1]  # -ing, Hong Kong: كالينج, هونغ (English ng is one sound, n)
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == "و" and i == 0:
            cls: str | None = "W"
        elif ch == "ه" and i == len(text) - 1 and i > 0:
            cls = None
        else:
            cls = _ARABIC_CLASSES.get(ch)
        if cls is not None and (not out or out[-1] != cls):
            out.append(cls)
    # m before b is n before b, as `latin_sound` spells it (Trump / ترامب)
    return "".join(out).replace("MB", "NB")


def arabic_words(text: str) -> list[tuple[str, int]]:
    """The words of a text in Arabic letters, with their offsets."""
    return [(match.group(), match.start()) for match in _ARABIC_WORD.finditer(text)]


def _arabic_stems(word: str) -> tuple[str, ...]:
    """A word, and the word without each particle or article it may carry."""
    return tuple(dict.fromkeys([word] + [word[len(p):] for p in _ARABIC_PREFIXES
                                         if word.startswith(p) and len(word) - len(p) >= 2]))


def latin_spoken(name: str) -> str:
    """A Latin name as a transliteration hears it: its acronyms letter by letter
    ("ChatGPT" as "Chat jipiti", "OpenAI" as "Open eiai").

    >>> latin_spoken("ChatGPT"), latin_spoken("OpenAI"), latin_spoken("BlackRock")
    ('Chatjipiti', 'Openeiai', 'BlackRock')
    """
    parts = name_pieces(name)
    return "".join("".join(_LETTER_NAMES_EN.get(c, c) for c in part) if len(part) >= 2 and part.isupper()
                   else part for part in parts)


@lru_cache(maxsize=8192)
def english_arabic_distance(latin: str, arabic: str) -> float:
    """How far a Latin name's sound is from words in Arabic letters (one or several, as
    one string with spaces; the first may carry a particle): the nearest of the name's
    readings, r sounded (Arabic writes it: Broadcom / برودكوم), its acronyms spelt out.

    >>> english_arabic_distance("BlackRock", "وبلاك روك"), english_arabic_distance("TikTok", "تيك توك")
    (0.0, 0.0)
    >>> english_arabic_distance("ChatGPT", "شات جي بي تي"), english_arabic_distance("Trump", "ترامب")
    (0.0, 0.0)
    """
    words = arabic.split()
    if not words:
        return 99.0
    rest = "".join(arabic_sound(w) for w in words[1:])
    sounds = {arabic_sound(stem) + rest for stem in _arabic_stems(words[0])}
    best = 99.0
    for spelling in respellings(latin_spoken(latin)):
        for a in latin_sounds(spelling, silent_r=False):
            a = a.replace("P", "B")  # Arabic has no p
            for variant in dict.fromkeys((a, a.replace("C", "S"), a.replace("Θ", "S"))):
                for b in sounds:
                    if b:
                        best = min(best, sound_distance(variant, b))
    return best


# -- a Latin name against one Hangul rendering of it, vowels and liquids read ----------
#
# The consonant skeleton of `latin_sound` hears 그웬스 as Gwyneth and 해리 as Harley: it drops vowels and has
# one class for l and r. Korean spelling of a foreign name keeps both apart in ways a
# usual transliteration follows: a pronounced l after a vowel or a consonant is ㄹㄹ or a
# final ㄹ (Harley 할리, Klein 클라인, Paul 폴), an r before a vowel a single ㄹ opening
# a syllable after an open one (Harry 해리, Bristol 브리스톨); every vowel of a syllable
# is written, and a consonant without a vowel of its own gets the vowel ㅡ (스, 트) and
# opens no vowel of the next syllable (소, not 스오). `hangul_misread` answers where a
# rendering breaks one of these, and only there: vowels' qualities are not compared
# (English a is 아, 애, 에이 or 어 as it is said).

_EU, _NO_INITIAL, _RIEUL_INITIAL, _RIEUL_FINAL = 18, 11, 5, 8
_PLAIN_VOWELS = frozenset((0, 1, 4, 5, 8, 13, 18, 20))  # ㅏ ㅐ ㅓ ㅔ ㅗ ㅜ ㅡ ㅣ: no w or y glide


def _syllables(word: str) -> list[tuple[int, int, int]]:
    return [((code := ord(ch) - 0xAC00) // 588, code % 588 // 28, code % 28)
            for ch in word if 0 <= ord(ch) - 0xAC00 < 11172]


def _open_eu(syllable: tuple[int, int, int]) -> bool:
    """A syllable of ㅡ and no final: the vowel Korean gives a lone consonant (스, 트)."""
    return syllable[1] == _EU and syllable[2] == 0


def _hangul_liquids(syllables: list[tuple[int, int, int]]) -> tuple[int, int, int]:
    """How many l and how many r a Hangul word writes: ㄹ as a final or doubled (ㄹㄹ) is
    l; ㄹ opening a syllable after an open one is r. A word's first ㄹ, a ㄹ after
    another final (헨리 Henry, 스탠리 Stanley) and one after a lone consonant's ㅡ
    (브리 for br, and 이드리브 for Idlib beside 이들리브) may be either and are not
    counted apart (the third number)."""
    ls = rs = either = 0
    for n, (first, _, last) in enumerate(syllables):
        if last == _RIEUL_FINAL:
            ls += 1  # (with the ㄹ after it, if any: one l)
        if first == _RIEUL_INITIAL and n and syllables[n - 1][2] != _RIEUL_FINAL:
            if syllables[n - 1][2] == 0 and not _open_eu(syllables[n - 1]):
                rs += 1
            else:
                either += 1
    return ls, rs, either


_SILENT_L = lazy(r"(?<=[ao])l(?=[km])|(?<=a)l(?=f$)")  # walk, Holmes, Palmer, half
# An l opening the second word of a compound, which Korean writes as that word's first
# letter (Disneyland 디즈니랜드, Airline 에어라인).
_COMPOUND_L = lazy(r"(?<=..)l(?=(?:and|ake|ane|ine|ight|ife|ab|ink|ock|ook|ord|ady)s?$)")
_LATIN_L = lazy(r"(?<=.)l+")
_LATIN_R = lazy(r"(?<=.)r+(?=[aeiouy])")


def _latin_liquids(text: str) -> tuple[int, int, int]:
    """How many l, how many r said before a vowel, and how many l that may be either
    (one opening a compound's second word) a name spells (a first letter left out:
    Korean writes both ㄹ there)."""
    text = _SILENT_L.sub("", text)
    either = len(_COMPOUND_L.findall(text))
    return len(_LATIN_L.findall(text)) - either, len(_LATIN_R.findall(text)), either


def _latin_reading(word: str) -> str:
    """A name's letters as English says them, vowels kept: the spellings of
    `latin_sounds`, and e silent at the end, before a last s or between a syllable and
    the next word of a compound (Grace, James, Lovelace)."""
    text = _plain(word)
    if text.startswith(("kn", "wr", "ps")):
        text = text[1:]
    text = regex.sub(r"(?<=[gq])ue$", "", text.replace("gh", ""))  # League, Monique
    for a, b in _SPELLING:
        if a != "gh":
            text = text.replace(a, b)
    text = text.replace("ch", "ç").replace("sh", "s")
    text = regex.sub(r"c(?=[eiy])", "s", text)
    text = regex.sub(r"(?<=[aeiouy])r+(?![aeiouy])", "", text)
    text = regex.sub(r"(?<=[^aeiouy])e$|(?<=[^aeiouy])e(?=s$)|(?<=[aeiouy][^aeiouy])e(?=[^aeiouy][aeiouy])", "", text)
    return text


_LATIN_VOWEL_GROUP = lazy(r"(?<=.)y(?=[aeiou])|[aeiouy]+")


def _vowel_groups(reading: str) -> list[regex.Match]:
    return [m for m in _LATIN_VOWEL_GROUP.finditer(reading) if not (m.start() == 0 and m.group() == "y")
            and regex.search(r"[aeiou]|(?<![aeiou])y", m.group())]


# What may follow a name in the same word and open on a vowel: particles, 어 (a
# language: 웨일스어), 인 (a person).
_VOWEL_SUFFIXES = ("은", "을", "의", "에", "와", "으", "이", "인", "어", "여", "았", "었", "였")


def hangul_misread(latin: str, hangul: str) -> str | None:
    """Why a Hangul word cannot be a usual Korean spelling of a Latin name that its
    consonant skeleton is alike (None if it can be): an l written as an r or an r as an
    l (Harley / 해리, not 할리), the vowel of the name's last syllable dropped and its
    consonants run together (Gwyneth / 그웬스, not 귀네스), or a consonant given the
    vowel ㅡ before a vowel of its own (Exotic / 익스오티크, not 익조틱; 드와, 스위 write a
    consonant w).

    >>> hangul_misread("Harley", "해리"), hangul_misread("Harry", "해리"), hangul_misread("Klein", "클라인")
    ('liquid', None, None)
    >>> hangul_misread("Disneyland", "디즈니랜드"), hangul_misread("Ireland", "아일랜드"), hangul_misread("Idlib", "이드리브")
    (None, None, None)
    >>> hangul_misread("Gwyneth", "그웬스"), hangul_misread("Gwyneth", "귀네스"), hangul_misread("James", "제임스")
    ('vowel', None, None)
    >>> hangul_misread("Exotic", "익스오티크"), hangul_misread("Marx", "마르크스")
    ('split', None)
    """
    syllables = _syllables(hangul)
    if not syllables or len(syllables) != len(hangul):
        return None
    reading = _latin_reading(latin)
    kl, kr, either = _hangul_liquids(syllables)
    ll, lr, compound = _latin_liquids(reading)
    if kl + either < ll and kr > lr or kl > ll + compound and kr + either < lr:
        return "liquid"
    voiced = [n for n, syl in enumerate(syllables) if not _open_eu(syl)]
    groups = _vowel_groups(reading)
    if voiced and len(groups) >= 2 and len(voiced) < len(groups):
        last = voiced[-1]
        tail = (syllables[last][2] != 0) + sum(1 for syl in syllables[last + 1:] if syl[0] != _RIEUL_INITIAL)
        latin_tail = len(_skeleton(reading[groups[-1].end():]))
        if tail > latin_tail >= 1:
            return "vowel"  # (a name that ends in a vowel and is written without it, Vienna / 빈, is another name)
    for n, (a, b) in enumerate(zip(syllables, syllables[1:])):
        if _open_eu(a) and b[0] == _NO_INITIAL and b[1] in _PLAIN_VOWELS \
                and not hangul[n + 1:].startswith(_VOWEL_SUFFIXES):
            return "split"
    return None


# Particles a Korean noun carries (longest first; two may follow one another: 에서부터).
_PARTICLES = tuple(sorted((
    "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "와", "과", "로", "으로", "도", "만", "처럼",
    "까지", "부터", "나", "이나", "라는", "이라는", "며", "이며", "고", "이고", "께서", "한테", "보다", "같은",
    "와의", "과의", "로서", "으로서", "라고", "이라고", "인", "이다", "였다", "이었다", "씨", "들"), key=len, reverse=True))


def hangul_stems(word: str, carries: bool = True) -> list[str]:
    """A Hangul word and, if it `carries` particles, the word without one or two of them.

    >>> hangul_stems("스트리트에서부터"), hangul_stems("해리", carries=False)
    (['스트리트에서부터', '스트리트에서', '스트리트'], ['해리'])
    """
    out = [word]
    for _ in range(2 if carries else 0):
        stem = out[-1]
        cut = next((stem[:-len(p)] for p in _PARTICLES if stem.endswith(p) and len(stem) > len(p)), None)
        if cut is None:
            break
        out.append(cut)
    return out


def hangul_renders(latin: str, word: str, carries: bool = True, closest: bool = False) -> bool | None:
    """Whether a Hangul word (less its particles) renders a Latin name's word: True if a
    stem of it is alike by skeleton and a usual spelling, False if alike stems are all
    misread (`hangul_misread`), None if no stem is alike (with `closest`, none within
    a near sound of one of the name's skeletons)."""
    if closest:
        alike = [s for s in hangul_stems(word, carries) if any(
            sound_distance(a, romanised_sound(hangul_to_latin(s))) <= 0.3 for a in latin_sounds(latin))]
    else:
        alike = [s for s in hangul_stems(word, carries) if sounds_alike(latin, hangul_to_latin(s))]
    if not alike:
        return None
    return any(hangul_misread(latin, s) is None for s in alike)


_HANGUL_WORDS_RUN = lazy(r"\p{Hangul}+(?:[ \u00b7]\p{Hangul}+)*")


def hangul_changed(parts: list[str], text: str, others: Iterable[str] = ()) -> bool:
    """Whether a Korean text renders one word of a Latin name of several words right and
    the word next to it, in the same run of Hangul words, as a word alike by skeleton
    but misread (Gwyneth Paltrow / 그웬스 팰트로나: Paltrow is right, 그웬스 is not
    Gwyneth), the name's word being written right nowhere else in the text. Only the
    last word of a name carries a particle. Words that render one of `others` (the
    source's other names) are another name's.

    >>> hangul_changed(["Gwyneth", "Paltrow"], "그웬스 팰트로나 레이첼 조와 같은")
    True
    >>> hangul_changed(["Gwyneth", "Paltrow"], "귀네스 팰트로나 레이첼 조와 같은")
    False
    """
    runs = [regex.split(r"[ \u00b7]", run) for run in _HANGUL_WORDS_RUN.findall(text)]
    words = [w for run in runs for w in run]
    others = list(others)
    taken = {w for w in words if any(hangul_renders(name, w) for name in others)} if others else set()
    for p, part in enumerate(parts):
        for run in runs:
            for i, word in enumerate(run):
                if word in taken or not hangul_renders(part, word, carries=p == len(parts) - 1):
                    continue
                for step in (-1, 1):
                    q, j = p + step, i + step
                    if not (0 <= q < len(parts) and 0 <= j < len(run)) or run[j] in taken:
                        continue
                    other = parts[q]
                    if len(latin_sound(other)) < 2 or len(latin_sound(part)) + len(latin_sound(other)) < 4:
                        continue
                    if hangul_renders(other, run[j], carries=q == len(parts) - 1) is False and not any(
                            hangul_renders(other, w, closest=True) for w in words):
                        return True
    return False
