"""Rules of the `name` check."""


def name_missing():
    """A proper name in one version is missing in another.

    What it finds: a name (a camel-case brand such as DeepSeek, or a capitalised word or
    acronym that at least two versions write the same way, such as Sorkin or CNBC)
    present in one version's paragraph and absent from the aligned one. German
    genitives (DeepSeeks), elision (d'OpenAI) and glossary pairs (AI/IA/KI,
    USA/EUA/Estados Unidos) count as the name. A name changed into a look-alike does
    not: a letter dropped from a name kept in Latin letters in a text of another script
    (Credit Suisse / Credit Suise), a consonant or syllable lost in a transliteration
    (Байден / Baden, Kelleher / Келлер), while case endings and the usual variants
    (Zelensky / Zelenskiy / Selenskyj, Biden / Байден) still count as the name.
    Across kana and Hangul a name is compared by sound: romanised (Hepburn, Revised
    Romanisation) and reduced to its consonants as Japanese or Korean hears them, a
    transliteration is the name (BlackRock / ブラックロック), while one word of a name
    rendered as another next to a word it keeps (Robbie Williams / ロビン・ウィリアムズ),
    or written near but not as the document writes it elsewhere (Portnoy / ポートノイ,
    ポルノイ), is a changed name; a name with no counterpart in kana is not reported for
    that alone. A name written in Cyrillic or Greek letters is compared by its sound too
    (BlackRock / БлекРок, Harvard / Гарвард); a Czech, Slovak, Polish or Croatian name
    of two words is read by its language's spelling (č ř š ž c ch) and cut by case
    endings on both sides (Rakušanem / Ракушаном), and one word of it kept while the
    next is written as a near but other name is a changed name (Connor Bowman / Конан
    Боуман). Between two Brahmic scripts (Hindi and Bengali), read at one set of letters,
    a CLDR place the translation writes with a consonant of its own (Moldova / মোল্দাভিয়া,
    Moldavia) is a changed name, the place in a case or made its people is not (মোল্দোভার,
    স্পেনীয়রা); an English title after the transliterated article (द, দ্য) one of whose
    words the translation spells a near consonant apart (द प्रेसिडेंट स्पीच / দ্য প্রেসিডেন্স
    স্পিচ) is a changed name too. Croatian, Serbian, Bosnian, Slovene,
    Czech, Slovak and Polish case endings count as the name (China / u Kini, Monsanto /
    protiv Monsanta, United States / SAD). In documentation, an acronym the source page
    defines ("Internet of Things (IoT)", "Device Management Interface(DMI)") is a term a
    translation in another script may give by its meaning (物联网): not missing there,
    unless the paragraph lost figures too.
    Between Chinese and English, a Chinese person's name in pinyin is read against the
    Chinese characters' Mandarin readings (pypinyin, every reading of a character): an
    English name of a common surname's syllable and one word of one or two pinyin
    syllables ("Wang Lijing", "Zou Na") that no run of the Chinese paragraph's or
    document's characters reads as is a changed name (王礼稳, read Wang Liwen; 邬娜, Wu
    Na), reported as the characters it stands for when the source is Chinese and as the
    English name when the source is English. Names of three words or hyphenated (Kim
    Jong Un, Wen Wei Po, Ma Ying-jeou), names with a syllable pinyin lacks (Pham Minh
    Chinh, Kim Ju Ae), CLDR places, capitalised words the English also writes in lower
    case, and a spelling whose initials and final n or ng match the characters, as
    Wade-Giles does, are not read so.
    Spellings are counted: a paragraph that writes a name right once and a look-alike
    the source never writes in its place misses it once (an acronym changed by one
    letter or reordered, TCP / TSP, ENR / RNE, where the translation writes it right
    elsewhere; a technical name one letter away, multiaddr / Multiadr; a lower-case
    program name given capitals, go-ethereum / go-Ethereum). In documentation, a
    product's one-word name the translation replaces by another, in no way alike, that
    the source never writes ("the Rolldown function" / "la función de Rollup"), is
    missing, and so is a scoped package renamed (@vitejs/plugin-legacy / @vite/…), and
    a repository's or package's name that a link to it gives as its text and the
    translation, keeping the link, translates (``[darktable-ai](https://github.com/…/darktable-ai)``
    / ``[darktable-ia](…)``).
    Why it matters: a dropped name drops who said or did something.
    Example: pt "Andrew Ross Sorkin da CNBC" against de "Andrew Ross Sorkin".
    How to fix: put the name back, or add the translated form to the glossary
    (`[tool.xlcheck.glossary]`).
    """


RULES = (("XL401", "name-missing", "name", "warning", name_missing),)
