"""Locale facts: the one module that reads CLDR (through Babel).

Every other module asks here for a locale's number separators, month names, number
words and scale words. The locale is always explicit; nothing is read from `LC_*`.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global
from babel.dates import format_date as _babel_format_date
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from xlcheck.errors import UnknownLanguageError
from xlcheck.scripts import letters_by_script

# Space-like group separators that writers use interchangeably.
SPACES = "\u0020\u00a0\u202f\u2009"
APOSTROPHES = "'\u2019"


@dataclass(frozen=True)
class LocaleInfo:
    """What xlcheck needs to know about one locale to read its numbers and dates."""

    tag: str
    language: str
    decimal: str
    groups: str
    months: tuple[tuple[str, int], ...]
    number_words: tuple[tuple[str, float], ...]
    scale_words: tuple[tuple[str, int], ...]
    day_dot: bool = False  # "25. Dezember": the day takes a period (de, da, fi, cs…)
    calendar_words: frozenset[str] = frozenset()  # month and weekday names, folded
    quarters: tuple[tuple[str, int], ...] = ()  # CLDR's quarter names ("चौथी तिमाही"), folded

    @property
    def month_names(self) -> dict[str, int]:
        return dict(self.months)


def normalise_tag(tag: str) -> str:
    """Normalise a BCP-47 tag (``pt_br`` -> ``pt-BR``) and check that CLDR knows it.

    >>> normalise_tag("pt_br")
    'pt-BR'
    >>> normalise_tag("zh-Hans")
    'zh-Hans'
    """
    return locale_info(tag).tag


def same_language(a: str, b: str) -> bool:
    """Whether two tags name the same locale, however they are spelt.

    >>> same_language("pt_br", "pt-BR"), same_language("pt", "pt-BR")
    (True, False)
    """
    return a.replace("_", "-").lower() == b.replace("_", "-").lower()


@functools.cache
def known_language(tag: str) -> bool:
    """Whether `tag` names a locale CLDR knows (used to tell `doc.de.txt` from `doc.v2.txt`)."""
    try:
        _parse(tag)
    except UnknownLanguageError:
        return False
    return True


@functools.cache
def known_territory(code: str) -> bool:
    """Whether `code` is a territory CLDR knows by two letters (``cn``, ``jp``, ``br``).

    >>> known_territory("cn"), known_territory("JP"), known_territory("qq")
    (True, True, False)
    """
    return len(code) == 2 and code.isalpha() and code.upper() in _parse("en").territories


def language_markers(tag: str) -> frozenset[str]:
    """How a site may mark a page as being in the language of `tag`, lower-cased with
    ``-``: the language, its script and territory (given, or the likely ones CLDR
    names), the language or the territory alone or joined to the others (``button-cn``,
    ``index.zh-CN.md``, ``README_ja.md``).

    >>> sorted(language_markers("zh"))
    ['cn', 'zh', 'zh-cn', 'zh-hans', 'zh-hans-cn']
    >>> "br" in language_markers("pt-BR"), "jp" in language_markers("ja"), language_markers("xx-unknown")
    (True, True, frozenset())
    """
    try:
        locale = _parse(tag)
    except UnknownLanguageError:
        return frozenset()
    likely = get_global("likely_subtags").get(locale.language, "").split("_")
    script = locale.script or (likely[1] if len(likely) == 3 else None)
    territory = locale.territory or (likely[-1] if len(likely) >= 2 and len(likely[-1]) == 2 else None)
    language = locale.language
    markers = {language.lower()} | ({territory.lower()} if territory else set())
    if script:
        markers.add(f"{language}-{script}".lower())
    if territory:
        markers.add(f"{language}-{territory}".lower())
    if script and territory:
        markers.add(f"{language}-{script}-{territory}".lower())
    return frozenset(markers)


def _parse(tag: str) -> Locale:
    cleaned = tag.strip().replace("_", "-")
    if not cleaned or not all(part.isalnum() for part in cleaned.split("-")):
        raise UnknownLanguageError(f"unknown language tag {tag!r}: use a BCP-47 tag such as pt, pt-BR, de-CH")
    try:
        return Locale.parse(cleaned, sep="-")
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise UnknownLanguageError(
            f"unknown language tag {tag!r}: use a BCP-47 tag CLDR knows, such as pt, pt-BR, de-CH"
        ) from exc


# Scripts a language's text may be written in besides CLDR's default for it, by their ISO
# 15924 codes, with the names `scripts.letters_by_script` counts their letters under:
# Serbian, Bosnian, Uzbek, Azerbaijani or Kazakh in their other alphabet. Chinese is left
# out (Latin letters in a Chinese text are code or pinyin, not a script the text is written
# in), and so is English.
_WRITTEN_SCRIPTS = {"Latn": "latin", "Cyrl": "cyrillic", "Arab": "arabic", "Deva": "devanagari"}
_SCRIPT_NEUTRAL = frozenset({"zh", "yue", "en"})


def written_tag(tag: str, text: str) -> str:
    """A language tag with the script its text is written in, where that is not CLDR's
    default script for the language and CLDR knows the language in it: Serbian is written
    in Cyrillic by default, and a Serbian news text in Latin letters (``sr`` tagged, as
    WMT tags ``sr_Latn_RS``) reads Latin month and country names, ``oktobra``, ``Evropa``.
    A text that writes the default script more than now and then (code in a Cyrillic page)
    keeps its tag.

    >>> written_tag("sr", "Boris Džonson je u oktobru posetio Evropu."), written_tag("sr", "Борис Џонсон")
    ('sr-Latn', 'sr')
    >>> written_tag("sr-RS", "Boris"), written_tag("sr-Cyrl", "Boris"), written_tag("ru", "Boris"), written_tag("sr", "2024")
    ('sr-Latn-RS', 'sr-Cyrl', 'ru', 'sr')
    """
    try:
        locale = _parse(tag)
    except UnknownLanguageError:
        return tag
    parts = tag.replace("_", "-").split("-")
    if named_script(tag) or locale.language in _SCRIPT_NEUTRAL:
        return tag  # the script is named (Babel fills one in for sr-RS itself)
    default = likely_script(locale.language)
    others = _other_scripts(locale.language, default)
    if not others:
        return tag  # (most languages: the text is not even read)
    letters = letters_by_script(text)
    counts = {script: letters.get(_WRITTEN_SCRIPTS[script], 0) for script in others}
    script = max(counts, key=counts.__getitem__)
    if not counts[script] or letters.get(_WRITTEN_SCRIPTS[default], 0) * 20 > counts[script]:
        return tag
    return "-".join([parts[0], script, *parts[1:]])


def named_script(tag: str) -> str | None:
    """The script subtag a language tag names, title-cased, if it names one.

    >>> named_script("sr-Latn-RS"), named_script("sr_cyrl"), named_script("sr-RS")
    ('Latn', 'Cyrl', None)
    """
    return next((part.title() for part in tag.replace("_", "-").split("-")[1:] if len(part) == 4 and part.isalpha()),
                None)


@functools.cache
def _other_scripts(language: str, default: str | None) -> tuple[str, ...]:
    """The scripts of `_WRITTEN_SCRIPTS` CLDR has a language in besides its default one."""
    if default not in _WRITTEN_SCRIPTS:
        return ()
    return tuple(script for script in _WRITTEN_SCRIPTS if script != default and localedata.exists(f"{language}_{script}"))


# A language with no word tables of its own reads those of the language CLDR knows best in
# its script: Bhojpuri, Maithili, Awadhi, Marathi, Nepali (Devanagari) Hindi's number and
# scale words (अरब, करोड़, लाख, मिलियन, the words the news in them writes), and, where
# CLDR knows the language only in outline (Bhojpuri: its months and two country names),
# Hindi's names of countries, languages and cities (ताइवान, यूक्रेन, चीनी).
_SCRIPT_KIN = {"Deva": "hi"}


@functools.cache
def likely_script(language: str) -> str | None:
    """The script CLDR's likely subtags give a language (its ISO 15924 code), if any.

    >>> likely_script("bho"), likely_script("sr"), likely_script("xx")
    ('Deva', 'Cyrl', None)
    """
    likely = get_global("likely_subtags").get(language, "").split("_")
    return likely[1] if len(likely) == 3 else None


@functools.cache
def kin_language(language: str) -> str:
    """The language whose tables `language` reads where it has none of its own: the
    language of `_SCRIPT_KIN` for its script, or itself.

    >>> kin_language("bho"), kin_language("mr"), kin_language("hi"), kin_language("de")
    ('hi', 'hi', 'hi', 'de')
    """
    return _SCRIPT_KIN.get(likely_script(language), language)


def own_or_kin(table: dict, language: str, default=None):
    """A language's entry of a table of languages, else its kin's (`kin_language`), else
    `default`."""
    if language in table:
        return table[language]
    return table.get(kin_language(language), default)


def partial_number_words(language: str) -> bool:
    """Whether the number words a language reads (its own or its kin's) only excuse a figure."""
    return language in PARTIAL_NUMBER_WORDS or (
        language not in NUMBER_WORDS and kin_language(language) in PARTIAL_NUMBER_WORDS)


@functools.cache
def _names_locale(tag: str) -> Locale:
    """The locale whose names of places and languages `tag` reads: its own, or its kin's
    (`kin_language`) where CLDR names fewer than a hundred territories in it and the tag
    names no other script."""
    locale = _parse(tag)
    kin = kin_language(locale.language)
    if kin == locale.language or len(locale.territories) >= 100:
        return locale
    return _parse(kin) if locale.script in (None, likely_script(locale.language)) else locale


@functools.cache
def locale_info(tag: str) -> LocaleInfo:
    """The number and date facts of a locale, from CLDR.

    >>> info = locale_info("de-CH")
    >>> info.decimal, "’" in info.groups and "'" in info.groups
    ('.', True)
    >>> locale_info("pt").month_names["outubro"]
    10
    """
    locale = _parse(tag)
    parts = [locale.language]
    if locale.script:
        parts.append(locale.script)
    if locale.territory:
        parts.append(locale.territory)
    decimal = get_decimal_symbol(locale)
    group = get_group_symbol(locale)
    if group in SPACES:
        groups = group + "".join(c for c in SPACES if c != group)
    elif group in APOSTROPHES:
        groups = group + "".join(c for c in APOSTROPHES if c != group)
    else:
        groups = group
    return LocaleInfo(
        tag="-".join(parts),
        language=locale.language,
        decimal=decimal,
        groups=groups,
        months=tuple(sorted(_month_names(locale).items())),
        number_words=tuple(sorted(own_or_kin(NUMBER_WORDS, locale.language, {}).items())),
        scale_words=tuple(sorted(_scale_words(locale).items())),
        day_dot="d." in locale.date_formats["long"].pattern,
        calendar_words=_calendar_words(locale),
        quarters=tuple(sorted(_quarter_names(locale).items())),
    )


# Devanagari's nukta (फ़, ज़, ड़) is often left out in writing: फरवरी is CLDR's फ़रवरी.
_NUKTA = "\u093c"


def without_nukta(name: str) -> str:
    """A Devanagari word as it is often written, without the nukta.

    >>> without_nukta("फ़रवरी") == "फरवरी", without_nukta("March")
    (True, 'March')
    """
    if _NUKTA not in name and not any("\u0958" <= ch <= "\u095f" for ch in name):
        return name
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).replace(_NUKTA, ""))


def _quarter_names(locale: Locale) -> dict[str, int]:
    """CLDR's wide quarter names of a locale ("4th quarter", "चौथी तिमाही"), folded."""
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.quarters[context]["wide"].items():
            for form in {fold(name), fold(without_nukta(name))}:
                names.setdefault(form, number)
    return names


# `locale_info("en").months` and `.calendar_words` (CLDR), written out: every language's
# month table and names' calendar words fall back to English, and loading the en locale
# data for them was a share of a short check's start where no version is English
# (tests/test_speed.py holds them equal to what CLDR gives).
ENGLISH_MONTHS = (
    ("apr", 4), ("april", 4), ("aug", 8), ("august", 8), ("dec", 12), ("december", 12),
    ("feb", 2), ("february", 2), ("jan", 1), ("january", 1), ("jul", 7), ("july", 7),
    ("jun", 6), ("june", 6), ("mar", 3), ("march", 3), ("may", 5), ("nov", 11),
    ("november", 11), ("oct", 10), ("october", 10), ("sep", 9), ("sept", 9), ("september", 9),
)
ENGLISH_CALENDAR_WORDS = frozenset({name for name, _ in ENGLISH_MONTHS} | {
    "mon", "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday",
    "sat", "saturday", "sun", "sunday"})


def _calendar_words(locale: Locale) -> frozenset[str]:
    words = set(_month_names(locale))
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            words.update(fold(name).rstrip(".") for name in locale.days[context][width].values())
    if locale.language == "ha":
        words.update(_HAUSA_WEEKDAYS)
    return frozenset(words)


def _month_names(locale: Locale) -> dict[str, int]:
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                key = fold(name).rstrip(".")
                # Some locales' stand-alone forms are digits ("10月"): not a name.
                if len(key) >= 3 and any(ch.isalpha() for ch in key) and not any(ch.isdigit() for ch in key):
                    names[key] = number
                    names.setdefault(without_nukta(key), number)
    if locale.language == "en":
        names.pop("may", None)  # handled separately: "may" is also a verb
        names["may"] = 5
        names["sept"] = 9
    for number, forms in enumerate(MONTH_CASES.get(locale.language, ()), start=1):
        for form in forms.split():
            names.setdefault(form, number)
    if locale.language == "ha":
        # The spellings news sites write beside CLDR's (BBC, VOA and Legit Hausa write
        # February "Fabrairu" or "Fabarairu", October "Okotoba", April "Afrilu"), and the
        # linker -n that joins a month to what follows: "Yulin da muke ciki" (this July,
        # "the July that we are in"), "watan Afrilun bara".
        for name, number in _HAUSA_MONTHS.items():
            names.setdefault(name, number)
        for name, number in list(names.items()):
            if len(name) >= 4 and name[-1] in "aeiou":
                names.setdefault(name + "n", number)
    if locale.language in _NGUNI_SISTERS:
        # Zulu and Xhosa spell the month loans with and without the aspirated "th"
        # (Septhemba, Septemba; Okthoba, Oktoba) and write each other's spellings.
        for context in ("format", "stand-alone"):
            for number, name in Locale.parse(_NGUNI_SISTERS[locale.language]).months[context]["wide"].items():
                names.setdefault(fold(name), number)
    if locale.language == "xh":
        # Xhosa's own month names beside CLDR's loans, which translations write as often,
        # glued to the locative or instrumental prefix: "wama-24 kweyethupha" (on the 24th
        # of August), "ngeyomsintsi" (in September), "kuCanzibe" (in May).
        for name, number in _XHOSA_MONTHS.items():
            for prefix in ("", "kw", "ng", "ku", "ngo") if not name.startswith("ey") else ("", "kw", "ng"):
                names.setdefault(prefix + name, number)
    if locale.language == "he":
        # Hebrew writes "in", "to", "from", "and" as letters glued to the word: בינואר 2023.
        for name, number in list(names.items()):
            for prefix in ("ב", "ל", "מ", "ה", "ו", "וב", "ול", "ומ", "שב", "כ"):
                names.setdefault(prefix + name, number)
    return names


_NGUNI_SISTERS = {"zu": "xh", "xh": "zu"}
_XHOSA_MONTHS = {"eyomqungu": 1, "eyomdumba": 2, "eyokwindla": 3, "tshazimpuzi": 4, "canzibe": 5, "eyesilimela": 6,
                 "eyekhala": 7, "eyethupha": 8, "eyomsintsi": 9, "eyedwarha": 10, "eyenkanga": 11, "eyomnga": 12}
_HAUSA_MONTHS = {"fabrairu": 2, "fabarairu": 2, "febrairu": 2, "afrilu": 4, "okotoba": 10}


# Days of the month written as ordinal words before the month's name ("níunda janúar",
# the ninth of January), as careful prose in some languages writes them. Kept as data
# (CLDR's spell-out rules are not shipped by Babel): the forms a date takes.
_IS_ORDINALS = {1: "fyrsta", 2: "annan annars öðrum", 3: "þriðja", 4: "fjórða", 5: "fimmta", 6: "sjötta",
                7: "sjöunda", 8: "áttunda", 9: "níunda", 10: "tíunda", 11: "ellefta", 12: "tólfta", 13: "þrettánda",
                14: "fjórtánda", 15: "fimmtánda", 16: "sextánda", 17: "sautjánda", 18: "átjánda", 19: "nítjánda",
                20: "tuttugasta", 30: "þrítugasta"}
DAY_ORDINALS: dict[str, dict[str, int]] = {
    "is": {**{form: day for day, forms in _IS_ORDINALS.items() for form in forms.split()},
           **{f"{tens} og {form}": tens_day + day for tens_day, tens in ((20, "tuttugasta"), (30, "þrítugasta"))
              for day in range(1, 10 if tens_day == 20 else 2) for form in _IS_ORDINALS[day].split()}},
}


# Month names in the cases CLDR does not give. CLDR has the nominative (stand-alone) and
# the genitive (format: "25 октября"); a sentence also writes "в октябре 2022 года",
# "у жовтні", "w październiku", "v říjnu" (locative), "перед октябрём" (instrumental).
# Forms that are everyday words too are left out (Ukrainian "лютим", fierce).
MONTH_CASES: dict[str, tuple[str, ...]] = {
    "ru": ("январе январю январём январем", "феврале февралю февралём февралем", "марте марту мартом",
           "апреле апрелю апрелем", "мае маю маем", "июне июню июнем", "июле июлю июлем",
           "августе августу августом", "сентябре сентябрю сентябрём сентябрем",
           "октябре октябрю октябрём октябрем", "ноябре ноябрю ноябрём ноябрем",
           "декабре декабрю декабрём декабрем"),
    "uk": ("січні січню січнем", "лютому", "березні березню березнем", "квітні квітню квітнем",
           "травні травню травнем", "червні червню червнем", "липні липню липнем", "серпні серпню серпнем",
           "вересні вересню вереснем", "жовтні жовтню жовтнем", "листопаді листопаду листопадом",
           "грудні грудню груднем"),
    "pl": ("styczniu styczniem", "lutym", "marcu marcem", "kwietniu kwietniem", "maju majem", "czerwcu czerwcem",
           "lipcu lipcem", "sierpniu sierpniem", "wrześniu wrześniem", "październiku październikiem",
           "listopadzie listopadem", "grudniu grudniem"),
    "cs": ("lednu lednem", "únoru únorem", "březnu březnem", "dubnu dubnem", "květnu květnem", "červnu červnem",
           "červenci červencem", "srpnu srpnem", "zářím", "říjnu říjnem", "listopadem", "prosinci prosincem"),
    "sk": ("januári", "februári", "marci", "apríli", "máji", "júni", "júli", "auguste", "septembri", "októbri",
           "novembri", "decembri"),
    "hr": ("siječnju", "veljači", "ožujku", "travnju", "svibnju", "lipnju", "srpnju", "kolovozu", "rujnu",
           "listopadu", "studenom studenome", "prosincu"),
    # Serbian and Bosnian: the genitive, locative and instrumental ("u oktobru", "pred novembrom"), in
    # Latin letters and, for Serbian, in Cyrillic ("у октобру"); CLDR has the nominative and genitive.
    "sr": tuple(" ".join((stem + "a", stem + "u", stem + ("em" if stem == "maj" else "om"), cyrillic + "а", cyrillic + "у",
                          cyrillic + ("ем" if stem == "maj" else "ом"))) for stem, cyrillic in (
        ("januar", "јануар"), ("februar", "фебруар"), ("mart", "март"), ("april", "април"), ("maj", "мај"),
        ("jun", "јун"), ("jul", "јул"), ("avgust", "август"), ("septembr", "септембр"), ("oktobr", "октобр"),
        ("novembr", "новембр"), ("decembr", "децембр"))),
    "bs": ("januaru januarom", "februaru februarom", "martu martom", "aprilu aprilom", "maju majem", "junu junom",
           "julu julom", "augustu augustom", "septembru septembrom", "oktobru oktobrom", "novembru novembrom",
           "decembru decembrom"),
    "sl": ("januarja januarju", "februarja februarju", "marca marcu", "aprila aprilu", "maja maju", "junija juniju",
           "julija juliju", "avgusta avgustu", "septembra septembru", "oktobra oktobru", "novembra novembru",
           "decembra decembru"),
    # Estonian: "24. jaanuari" (of January), "jaanuaris" (in), "jaanuarist" (from), "jaanuarini" (until).
    "et": tuple(" ".join(stem + ending for ending in ("", "s", "st", "ni", "ks", "le")) for stem in (
        "jaanuari", "veebruari", "märtsi", "aprilli", "mai", "juuni", "juuli", "augusti", "septembri", "oktoobri",
        "novembri", "detsembri")),
    # Finnish: "tammikuussa" (in January), "tammikuusta" (from), "tammikuuhun" (until), "tammikuun" (of).
    "fi": tuple(" ".join(stem + ending for ending in ("ssa", "sta", "hun", "n")) for stem in (
        "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
        "lokakuu", "marraskuu", "joulukuu")),
    "hu": ("januárban", "februárban", "márciusban", "áprilisban", "májusban", "júniusban", "júliusban",
           "augusztusban", "szeptemberben", "októberben", "novemberben", "decemberben"),
    # Greek: the accusative ("τον Ιανουάριο του 2023"); CLDR has the nominative and genitive.
    "el": ("ιανουάριο", "φεβρουάριο", "μάρτιο", "απρίλιο", "μάιο", "ιούνιο", "ιούλιο", "αύγουστο", "σεπτέμβριο",
           "οκτώβριο", "νοέμβριο", "δεκέμβριο"),
}


def base_language(tag: str) -> str:
    """The language of a tag without its script or region: ``zh-Hans-CN`` is ``zh``."""
    return tag.split("-")[0]


def fold(text: str) -> str:
    """Case-fold and NFC-normalise a word for table look-ups.

    >>> fold("OUTUBRO")
    'outubro'
    """
    return unicodedata.normalize("NFC", text).casefold() if not text.isascii() else text.casefold()


# Number words per language: the words a translator writes instead of digits.
# Kept as data here (CLDR's spell-out rules are not shipped by Babel).
NUMBER_WORDS: dict[str, dict[str, float]] = {
    "en": {
        "zero": 0, "one": 1, "ones": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
        "single": 1, "both": 2, "pair": 2, "twice": 2, "half": 0.5, "a": 1, "an": 1, "once": 1,
        "couple": 2, "binary": 2, "octal": 8, "decimal": 10, "hexadecimal": 16, "hex": 16, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "dozen": 12, "fortnight": 14,  # "the last fortnight" / "posledních čtrnáct dní"
        # A rate's unit written without its one: "2.53 per million departures" is 100万 (one
        # million) in a Japanese or Chinese translation.
        "per thousand": 10**3, "per million": 10**6, "per billion": 10**9,
        # Multiples and decades of age: ３倍 "triple", 70代 "in his seventies".
        "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "threefold": 3, "quadruple": 4,
        "quadrupled": 4, "fourfold": 4, "thrice": 3, "twenties": 20, "thirties": 30, "forties": 40,
        "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
        # Ranks past the fifth, as sport counts innings, rounds and places (９回 "the ninth
        # inning"), and half an hour for 30分.
        "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "half an hour": 30, "half hour": 30, "half-hour": 30,
        # All day long, which translations write with its hours ("24 sata na dan", "24 Stunden").
        "round the clock": 24, "around the clock": 24, "round-the-clock": 24, "around-the-clock": 24,
    },
    "de": {
        "null": 0, "eins": 1, "binär": 2, "binäre": 2, "oktal": 8, "dezimal": 10, "hexadezimal": 16, "erste": 1, "ersten": 1, "zweite": 2, "dritte": 3, "beide": 2, "beiden": 2,
        "paar": 2, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2,
        "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
        "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
        "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
        "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
        "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "dutzend": 12,
    },
    "pt": {
        "zero": 0, "um": 1, "binário": 2, "binária": 2, "octal": 8, "decimal": 10, "hexadecimal": 16,
        "primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3,
        "terceira": 3, "ambos": 2, "ambas": 2, "par": 2, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
        "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
        "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16,
        "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
        "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
        "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90,
        "cem": 100, "cento": 100, "dúzia": 12,
    },
    "es": {
        "cero": 0, "uno": 1, "binario": 2, "octal": 8, "decimal": 10, "hexadecimal": 16, "primero": 1, "primera": 1, "segundo": 2, "tercero": 3, "ambos": 2, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
        "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
        "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
        "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40,
        "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
        "cien": 100, "ciento": 100, "docena": 12,
    },
    "fr": {
        "zéro": 0, "un": 1, "binaire": 2, "décimal": 10, "décimale": 10, "hexadécimal": 16,
        "hexadécimale": 16, "premier": 1, "première": 1, "deuxième": 2, "troisième": 3, "paire": 2,
        "couple": 2, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
        "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
        "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
        "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
        "douzaine": 12,
    },
    "it": {
        "zero": 0, "uno": 1, "binario": 2, "ottale": 8, "decimale": 10, "esadecimale": 16, "primo": 1, "prima": 1, "secondo": 2, "terzo": 3, "entrambi": 2, "una": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
        "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11,
        "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
        "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20, "trenta": 30,
        "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80,
        "novanta": 90, "cento": 100, "dozzina": 12,
    },
}

# Ranks past the third, as English's past the fifth ("took match four" / "la quatrième
# partie", "il quarto set"): they excuse a figure or a count, never looked for themselves
# (`NOT_CARDINAL`). Italian, Spanish and Portuguese "quarto"/"cuarto" is also a quarter or
# a room: an excuse only.
ROMANCE_RANKS: dict[str, dict[str, int]] = {
    "fr": {"quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
           "dixième": 10, "onzième": 11, "douzième": 12},
    "it": {"seconda": 2, "terza": 3, "quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "sesto": 6, "sesta": 6,
           "settimo": 7, "settima": 7, "ottavo": 8, "ottava": 8, "nono": 9, "nona": 9, "decimo": 10, "decima": 10,
           "undicesimo": 11, "undicesima": 11, "dodicesimo": 12, "dodicesima": 12},
    "es": {"segunda": 2, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6,
           "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10,
           "décima": 10},
    "pt": {"quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "sétimo": 7, "sétima": 7,
           "oitavo": 8, "oitava": 8, "nono": 9, "nona": 9, "décimo": 10, "décima": 10},
}
for _language, _ranks in ROMANCE_RANKS.items():
    for _word, _rank in _ranks.items():
        NUMBER_WORDS[_language].setdefault(_word, _rank)


def _compounds() -> None:
    """Add 21-99 written as words: twenty-one, vinte e um, veintiuno, einundzwanzig…"""
    units = {
        "en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
        "pt": ["um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
        "es": ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
        "fr": ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
        "it": ["uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
        "de": ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    }
    tens = {
        "en": ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        "pt": ["vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"],
        "es": ["veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
        "fr": ["vingt", "trente", "quarante", "cinquante", "soixante"],
        "it": ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"],
        "de": ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"],
    }
    for language, words in NUMBER_WORDS.items():
        for t, ten in enumerate(tens[language]):
            for u, unit in enumerate(units[language]):
                value = (t + 2) * 10 + u + 1
                forms = {
                    "en": [f"{ten}-{unit}", f"{ten} {unit}"],
                    "pt": [f"{ten} e {unit}"],
                    "es": [f"{ten} y {unit}"] if t else ["veinti" + {"uno": "uno", "dos": "dós", "tres": "trés",
                                                                       "seis": "séis"}.get(unit, unit)],
                    "fr": [f"{ten} et un" if u == 0 else f"{ten}-{unit}", f"{ten}-et-un" if u == 0 else f"{ten}-{unit}"],
                    "it": [(ten[:-1] if unit[0] in "uo" else ten) + ("tré" if unit == "tre" else unit)],
                    "de": [f"{'ein' if u == 0 else unit}und{ten}"],
                }[language]
                for form in forms:
                    words[form] = value


_compounds()


def _halves() -> None:
    """Add "two and a half", "zweieinhalb", "dois e meio": a count and a half."""
    units = {"en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
             "de": ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"],
             "pt": ["um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"]}
    for language, words in units.items():
        for value, unit in enumerate(words, start=1):
            forms = {"en": [f"{unit} and a half"], "de": [f"{unit}einhalb"],
                     "pt": [f"{unit} e meio", f"{unit} e meia"] + (["duas e meia"] if unit == "dois" else [])}
            for form in forms[language]:
                NUMBER_WORDS[language][form] = value + 0.5
    NUMBER_WORDS["de"]["anderthalb"] = 1.5


_halves()


def _french() -> None:
    """Add what French counts past sixteen in words of its own: dix-sept, soixante-dix,
    quatre-vingts, quatre-vingt-dix-neuf, and the Belgian and Swiss septante, huitante,
    octante, nonante (each also with the 1990 spelling's hyphens: soixante-et-onze)."""
    words = NUMBER_WORDS["fr"]
    units = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
    teens = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
    words.update({"dix-sept": 17, "dix-huit": 18, "dix-neuf": 19})
    for tens, base in (("soixante", 60), ("quatre-vingt", 80)):
        for offset, teen in enumerate(teens):
            value = base + 10 + offset
            forms = [f"{tens}-{teen}"]
            if offset == 1 and base == 60:
                forms += ["soixante et onze", "soixante-et-onze"]
            for form in forms:
                words[form] = value
    words.update({"quatre-vingts": 80, "quatre-vingt": 80})
    for offset, unit in enumerate(units, start=1):
        words[f"quatre-vingt-{unit}"] = 80 + offset
    for tens, base in (("septante", 70), ("huitante", 80), ("octante", 80), ("nonante", 90)):
        words[tens] = base
        for offset, unit in enumerate(units, start=1):
            for form in ([f"{tens} et un", f"{tens}-et-un"] if offset == 1 else [f"{tens}-{unit}"]):
                words[form] = base + offset


_french()
# Swiss German writes ss for ß; a hundred is also "einhundert", "one hundred".
NUMBER_WORDS["de"].update({word.replace("ß", "ss"): value for word, value in NUMBER_WORDS["de"].items()
                           if "ß" in word})
NUMBER_WORDS["de"]["einhundert"] = 100
NUMBER_WORDS["en"]["one hundred"] = 100


def _hundreds_and_thousands() -> None:
    """Add the hundreds and thousands each language writes as one word (zweihundert,
    doscientos, duzentas, duecento, zweitausend, duemila) and a thousand alone (mil,
    mille, tausend); "three hundred", "deux cents", "dos mil" are a word and its scale."""
    de = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
    it = ["", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
    for value, unit in enumerate(de, start=1):
        NUMBER_WORDS["de"][f"{unit}hundert"] = value * 100
        NUMBER_WORDS["de"][f"{unit}tausend"] = value * 1000
    NUMBER_WORDS["de"].update({"tausend": 1000, "zehntausend": 10**4, "hunderttausend": 10**5})
    for value, unit in enumerate(it, start=1):
        NUMBER_WORDS["it"][f"{unit}cento"] = value * 100
        if unit:
            NUMBER_WORDS["it"][f"{unit}mila"] = value * 1000
    NUMBER_WORDS["it"]["mille"] = 1000
    hundreds = {"es": ["doscient", "trescient", "cuatrocient", "quinient", "seiscient", "setecient", "ochocient",
                       "novecient"],
                "pt": ["duzent", "trezent", "quatrocent", "quinhent", "seiscent", "setecent", "oitocent", "novecent"]}
    for language, stems in hundreds.items():
        for value, stem in enumerate(stems, start=2):
            NUMBER_WORDS[language][stem + "os"] = NUMBER_WORDS[language][stem + "as"] = value * 100
        NUMBER_WORDS[language]["mil"] = 1000
    NUMBER_WORDS["fr"]["mille"] = 1000


_hundreds_and_thousands()


def _dutch() -> dict[str, float]:
    """Dutch number words: the cardinals, 21-99 unit first in one word (eenentwintig,
    tweeëntwintig), the hundreds and thousands in one word (driehonderd, vierduizend), and
    the words for "both" and the ranks (`DUTCH_RANKS`), which only excuse a number."""
    units = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    words: dict[str, float] = {"nul": 0, "één": 1, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
                               "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
                               "negentien": 19, "honderd": 100, "duizend": 1000, "beide": 2, "beiden": 2}
    words.update({unit: value for value, unit in enumerate(units, start=1)})
    tens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
    for t, ten in enumerate(tens, start=2):
        words[ten] = t * 10
        for u, unit in enumerate(units, start=1):
            words[f"{unit}{'ën' if unit.endswith('e') else 'en'}{ten}"] = t * 10 + u
    for value, unit in enumerate(units[1:], start=2):
        words[f"{unit}honderd"] = value * 100
        words[f"{unit}duizend"] = value * 1000
    words.update(DUTCH_RANKS)
    return words


# Dutch ranks ("de eerste vier holes", "het derde doelpunt"): an excuse, never looked for.
DUTCH_RANKS: dict[str, int] = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6,
                               "zevende": 7, "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12}
NUMBER_WORDS["nl"] = _dutch()


def _russian() -> dict[str, float]:
    """Russian cardinals in every case ("десять", "десяти", "десятью"), hundreds in the
    nominative and genitive, and the collective and multiplying forms ("трое", "втрое"),
    which `xlcheck.extract.numbers` only lets excuse a number. Compounds ("двадцать пять")
    are joined by the reader, word after word."""
    cases = {
        0: "ноль нуль нуля нулю нулём", 1: "один одна одно одного одной одному одним одном одну",
        2: "два две двух двум двумя", 3: "три трёх трех трём трем тремя",
        4: "четыре четырёх четырех четырём четырем четырьмя",
        # "семью" is also "family" (семья): left out.
        7: "семь семи", 8: "восемь восьми восемью восьмью", 40: "сорок сорока", 90: "девяносто девяноста",
        50: "пятьдесят пятидесяти пятьюдесятью", 60: "шестьдесят шестидесяти шестьюдесятью",
        70: "семьдесят семидесяти семьюдесятью", 80: "восемьдесят восьмидесяти восьмьюдесятью восемьюдесятью",
        100: "сто ста", 200: "двести двухсот", 300: "триста трёхсот трехсот", 400: "четыреста четырёхсот четырехсот",
        500: "пятьсот пятисот", 600: "шестьсот шестисот", 700: "семьсот семисот", 800: "восемьсот восьмисот",
        900: "девятьсот девятисот", 1000: "тысяча тысячу тысячей тысяче",
    }
    words: dict[str, float] = {form: value for value, forms in cases.items() for form in forms.split()}
    # The rest end in -ь and decline alike: пять, пяти, пятью.
    for value, word in {5: "пять", 6: "шесть", 9: "девять", 10: "десять", 11: "одиннадцать", 12: "двенадцать",
                        13: "тринадцать", 14: "четырнадцать", 15: "пятнадцать", 16: "шестнадцать",
                        17: "семнадцать", 18: "восемнадцать", 19: "девятнадцать", 20: "двадцать",
                        30: "тридцать"}.items():
        for form in (word, word[:-1] + "и", word[:-1] + "ью"):
            words[form] = value
    for value, forms in COLLECTIVE_RU.items():
        for form in forms.split():
            words[form] = value
    return words


# Russian words for a count that are not plain cardinals: collectives ("трое"), "both",
# "twice", "threefold", "a couple", "one and a half", and the group nouns of news
# ("тройка лидеров", "Большая семёрка").
COLLECTIVE_RU: dict[float, str] = {
    2: "оба обе обоих обеих обоим обеим обоими двое двоих вдвое дважды пара пару парой",
    3: "трое троих втрое трижды тройка тройки тройку тройкой", 4: "четверо четверых вчетверо четвёрка четверка",
    5: "пятеро пятерых впятеро пятёрка пятерка пятёрки пятерки пятёрку пятерку",
    6: "шестеро шестерых", 7: "семеро семерых семёрка семерка семёрки семерки семёрку семерку",
    8: "восьмёрка восьмерка", 10: "вдесятеро", 20: "двадцатка двадцатки двадцатку",
    1.5: "полтора полторы полутора",
}
# The group nouns in every case ("в первой четвёрке", the top four; "тройкой лидеров").
for _value, _stems in {3: "тройк", 4: "четвёрк четверк", 5: "пятёрк пятерк", 6: "шестёрк шестерк",
                       7: "семёрк семерк", 8: "восьмёрк восьмерк", 20: "двадцатк"}.items():
    COLLECTIVE_RU[_value] += "".join(f" {stem}{ending}" for stem in _stems.split() for ending in ("а", "и", "е", "у", "ой", "ою"))


def _russian_ordinals() -> dict[str, int]:
    """Russian ordinals in every case and gender ("седьмой главы" for "Chapter Seven"):
    they excuse a number, they are never looked for."""
    stems = {1: "перв", 2: "втор", 4: "четвёрт четверт", 5: "пят", 6: "шест", 7: "седьм", 8: "восьм", 9: "девят",
             10: "десят", 11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат", 15: "пятнадцат",
             16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат", 20: "двадцат",
             30: "тридцат", 40: "сороков", 50: "пятидесят", 60: "шестидесят", 70: "семидесят", 80: "восьмидесят",
             90: "девяност", 100: "сот"}
    endings = "ый ой ая ое ые ого ому ым ом ую ых ыми ей".split()
    words = {stem + ending: value for value, forms in stems.items() for stem in forms.split() for ending in endings}
    words.update({"трет" + ending: 3 for ending in "ий ья ье ьего ьей ьему ьим ьем ью ьи ьих ьими".split()})
    return words


RUSSIAN_ORDINALS = _russian_ordinals()
NUMBER_WORDS["ru"] = {**RUSSIAN_ORDINALS, **_russian()}


# Words for a half (the English one is in the table above): soft, as every number word, and
# read as 50 too (`xlcheck.extract.numbers`): "at least 50% made up of" is "наполовину
# состоит из" (made up by half) in a faithful Russian translation.
HALF_WORDS = {
    "ru": "половина половины половине половину половиной наполовину",
    "uk": "половина половини половині половину половиною наполовину",
    "cs": "polovina poloviny polovině polovinu polovinou napůl",
    "pl": "połowa połowy połowie połowę połową",
    "de": "hälfte",
    "fr": "moitié",
    "es": "mitad",
    "pt": "metade",
    "it": "metà",
}
for _language, _words in HALF_WORDS.items():
    # (only where the language's number words are read: elsewhere a table would make its
    # counts expected in words it cannot read, "pet" for five)
    for _word in _words.split() if _language in NUMBER_WORDS else ():
        NUMBER_WORDS[_language].setdefault(_word, 0.5)


# Cardinals of Ukrainian, Czech, Polish and Icelandic in their common cases ("десять",
# "десяти"; "deset", "deseti"; "dziesięć", "dziesięciu"; "tveir", "tvær"). Their case
# forms are not all listed, so they only excuse a number the other version writes in
# digits or words: a count is not looked for in these languages, nor demanded from them
# (`PARTIAL_NUMBER_WORDS`).
_SLAVIC_CARDINALS: dict[str, dict[int, str]] = {
    "uk": {0: "нуль", 1: "один одна одне одного одної одному одній одним одною", 2: "два дві двох двом двома",
           3: "три трьох трьом трьома", 4: "чотири чотирьох чотирьом чотирма",
           5: "п'ять п'яти п'ятьох п'ятьма", 6: "шість шести шістьох шістьма", 7: "сім семи сімох сьома",
           8: "вісім восьми вісьмох вісьма", 9: "дев'ять дев'яти дев'ятьох дев'ятьма",
           10: "десять десяти десятьох десятьма", 11: "одинадцять одинадцяти", 12: "дванадцять дванадцяти",
           13: "тринадцять тринадцяти", 14: "чотирнадцять чотирнадцяти", 15: "п'ятнадцять п'ятнадцяти",
           16: "шістнадцять шістнадцяти", 17: "сімнадцять сімнадцяти", 18: "вісімнадцять вісімнадцяти",
           19: "дев'ятнадцять дев'ятнадцяти", 20: "двадцять двадцяти", 30: "тридцять тридцяти", 40: "сорок сорока",
           50: "п'ятдесят п'ятдесяти", 60: "шістдесят шістдесяти", 70: "сімдесят сімдесяти",
           80: "вісімдесят вісімдесяти", 90: "дев'яносто дев'яноста", 100: "сто ста", 1000: "тисяча тисячу"},
    "cs": {0: "nula", 1: "jeden jedna jedno jednoho jedné jednomu jednom jedním", 2: "dva dvě dvou dvěma",
           3: "tři tří třem třech třemi", 4: "čtyři čtyř čtyřem čtyřech čtyřmi", 5: "pět pěti", 6: "šest šesti",
           7: "sedm sedmi", 8: "osm osmi", 9: "devět devíti", 10: "deset deseti", 11: "jedenáct jedenácti",
           12: "dvanáct dvanácti", 13: "třináct třinácti", 14: "čtrnáct čtrnácti", 15: "patnáct patnácti",
           16: "šestnáct šestnácti", 17: "sedmnáct sedmnácti", 18: "osmnáct osmnácti", 19: "devatenáct devatenácti",
           20: "dvacet dvaceti", 30: "třicet třiceti", 40: "čtyřicet čtyřiceti", 50: "padesát padesáti",
           60: "šedesát šedesáti", 70: "sedmdesát sedmdesáti", 80: "osmdesát osmdesáti",
           90: "devadesát devadesáti", 100: "sto", 1000: "tisíc"},
    "pl": {0: "zero", 1: "jeden jedna jedno jednego jednej jednemu jednym jedną", 2: "dwa dwie dwóch dwoma dwiema",
           3: "trzy trzech trzem trzema", 4: "cztery czterech czterem czterema", 5: "pięć pięciu pięcioma",
           6: "sześć sześciu sześcioma", 7: "siedem siedmiu siedmioma", 8: "osiem ośmiu ośmioma",
           9: "dziewięć dziewięciu dziewięcioma", 10: "dziesięć dziesięciu dziesięcioma",
           11: "jedenaście jedenastu", 12: "dwanaście dwunastu", 13: "trzynaście trzynastu",
           14: "czternaście czternastu", 15: "piętnaście piętnastu", 16: "szesnaście szesnastu",
           17: "siedemnaście siedemnastu", 18: "osiemnaście osiemnastu", 19: "dziewiętnaście dziewiętnastu",
           20: "dwadzieścia dwudziestu", 30: "trzydzieści trzydziestu", 40: "czterdzieści czterdziestu",
           50: "pięćdziesiąt pięćdziesięciu", 60: "sześćdziesiąt sześćdziesięciu",
           70: "siedemdziesiąt siedemdziesięciu", 80: "osiemdziesiąt osiemdziesięciu",
           90: "dziewięćdziesiąt dziewięćdziesięciu", 100: "sto stu", 1000: "tysiąc tysiąca"},
    # Icelandic declines one to four by gender and case; the rest are invariable.
    "is": {1: "einn ein eitt einum einni eins einnar", 2: "tveir tvær tvö tveimur tveggja",
           3: "þrír þrjár þrjú þremur þriggja", 4: "fjórir fjórar fjögur fjórum fjögurra", 5: "fimm", 6: "sex",
           7: "sjö", 8: "átta", 9: "níu", 10: "tíu", 11: "ellefu", 12: "tólf", 13: "þrettán", 14: "fjórtán",
           15: "fimmtán", 16: "sextán", 17: "sautján", 18: "átján", 19: "nítján", 20: "tuttugu", 30: "þrjátíu",
           40: "fjörutíu", 50: "fimmtíu", 60: "sextíu", 70: "sjötíu", 80: "áttatíu", 90: "níutíu",
           100: "hundrað"},
}
# More case forms, by data: Czech "jednu", "sta", "tisíce"; Czech writes 21-99 unit first
# in one word ("sedmadvacet", "sedmadvaceti"); Ukrainian numerals from five in their
# dative and instrumental ("п'ятьом", "п'ятьома", "двадцятьома").
_SLAVIC_CARDINALS["cs"][1] += " jednu jedny jedni jedněch jedněm jedněmi"
_SLAVIC_CARDINALS["cs"][100] += " sta stu stech stem"
_SLAVIC_CARDINALS["cs"][1000] += " tisíce tisíci"
_CS_UNITS = {1: "jeden", 2: "dva", 3: "tři", 4: "čtyři", 5: "pět", 6: "šest", 7: "sedm", 8: "osm", 9: "devět"}
_CS_TENS = {20: "dvacet", 30: "třicet", 40: "čtyřicet", 50: "padesát", 60: "šedesát", 70: "sedmdesát",
            80: "osmdesát", 90: "devadesát"}
for _tens, _ten in _CS_TENS.items():
    for _unit, _one in _CS_UNITS.items():
        _SLAVIC_CARDINALS["cs"][_tens + _unit] = f"{_one}a{_ten} {_one}a{_ten}i"
    _SLAVIC_CARDINALS["cs"][_tens + 1] += f" jedna{_ten} jedna{_ten}i"  # jednatřicet, as often as jedenatřicet
for _value in (5, 6, 7, 8, 9, 10, 20, 30, 50, 60, 70, 80):
    _form = _SLAVIC_CARDINALS["uk"][_value].split()[0]
    _SLAVIC_CARDINALS["uk"][_value] += f" {_form[:-1]}ьом {_form[:-1]}ьома" if _form.endswith("ь") else ""
_SLAVIC_CARDINALS["uk"][7] += " сімом сімома"
_SLAVIC_CARDINALS["uk"][8] += " восьмом вісьмома"
for _language, _cardinals in _SLAVIC_CARDINALS.items():
    NUMBER_WORDS[_language] = {form.replace("'", apostrophe): value for value, forms in _cardinals.items()
                               for form in forms.split() for apostrophe in "'’ʼ"}


def _slavic_ranks() -> dict[str, int]:
    """Czech and Ukrainian ordinals in every case and gender ("čtvrtý den" for "day four",
    "третього кварталу"), multiples ("trojnásobně", "втричі") and groups ("trojice", "троє"):
    they excuse a number, they are never looked for."""
    hard = {"cs": "ý á é ého ém ému ou ých ými ým í", "uk": "ий а е ого ому им ій ої у і их ими ою"}
    stems = {"cs": {2: "druh", 4: "čtvrt", 5: "pát", 6: "šest", 7: "sedm", 8: "osm", 9: "devát", 10: "desát",
                    11: "jedenáct", 12: "dvanáct"},
             "uk": {1: "перш", 2: "друг", 4: "четверт", 5: "п'ят п’ят", 6: "шост", 7: "сьом", 8: "восьм",
                    9: "дев'ят дев’ят", 10: "десят"}}
    ranks = {stem + ending: value for language, table in stems.items() for value, forms in table.items()
             for stem in forms.split() for ending in hard[language].split()}
    # Multiples: Czech "trojnásobně" (threefold), "dvojnásobek"; Ukrainian "втричі", "вдвоє".
    for value, stem in enumerate(("dvoj", "troj", "čtyř", "pěti", "šesti", "sedmi", "osmi", "devíti", "deseti"), 2):
        ranks.update(dict.fromkeys((f"{stem}násob{ending}" for ending in
                                    ("", "ně", "ek", "ku", "kem", "ný", "ná", "né", "ného", "ném", "nou", "ných")), value))
    ranks.update({"вдвічі": 2, "вдвоє": 2, "втричі": 3, "втроє": 3, "вчетверо": 4, "вп'ятеро": 5, "вп’ятеро": 5,
                  "вдесятеро": 10})
    # Groups: Czech "trojice nových čipů" (three new chips), "dvojka"; Ukrainian "трійка", "троє".
    for value, stem in enumerate(("dvojic", "trojic", "čtveřic", "pětic", "šestic", "sedmic", "osmic", "devític",
                                  "desític"), 2):
        ranks.update(dict.fromkeys((stem + ending for ending in ("e", "i", "í", "", "emi", "ím", "ích")), value))
    ranks.update({form: value for value, forms in {
        2: "dvojka dvojky dvojku dvojkou двоє двійка двійки двійку", 3: "trojka trojky trojku trojkou троє "
        "трійка трійки трійку", 4: "čtyřka čtyřky четверо четвірка четвірки", 5: "pětka pětky п'ятеро п’ятеро"}.items()
        for form in forms.split()})
    ranks.update(dict.fromkeys("první prvního prvním prvnímu prvních prvními".split(), 1))
    ranks.update(dict.fromkeys("třetí třetího třetím třetímu třetích třetími".split(), 3))
    ranks.update(dict.fromkeys("третій третя третє третього третьому третім третю треті третіх третіми".split(), 3))
    return ranks


SLAVIC_RANKS = _slavic_ranks()
for _language in ("cs", "uk"):
    NUMBER_WORDS[_language].update({word: value for word, value in SLAVIC_RANKS.items()
                                    if (word[0] in "абвгдеєжзийіїклмнопрстуфхцчшщьюя") == (_language == "uk")})

# Hindi and Bengali cardinals (one word for each of 1 to 99), ordinals and counted forms: a
# translation between them, or from either, writes a figure as a word ("2টি যৌগ" is "दो
# यौगिक", two compounds; "১১তম" or "একাদশ স্থান" is "11वें स्थान", eleventh place). Left
# out where the word is as often another one: Bengali নয় (nine; "is not"), বার (twelve;
# "times"), দু alone; Hindi पहले ("first", as often "before"). Their forms with endings are
# too many to list (Bengali writes the ordinal ending তম apart, "পনেরো তম"), so, as the
# Slavic ones, they only excuse a number the other version writes.
_HINDI_CARDINALS = (
    "एक दो तीन चार पाँच/पांच छह/छः सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह/पन्द्रह सोलह सत्रह अठारह उन्नीस बीस इक्कीस बाईस तेईस "
    "चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस तीस इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस "
    "चालीस इकतालीस बयालीस तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास पचास इक्यावन बावन तिरेपन चौवन "
    "पचपन छप्पन सत्तावन अट्ठावन उनसठ साठ इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर सत्तर इकहत्तर "
    "बहत्तर तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी अस्सी इक्यासी बयासी तिरासी चौरासी पचासी छियासी "
    "सत्तासी अट्ठासी नवासी नब्बे इक्यानवे बानवे तिरानवे चौरानवे पचानवे छियानवे सत्तानवे अट्ठानवे निन्यानवे")
_BENGALI_CARDINALS = (
    "এক দুই তিন চার পাঁচ ছয় সাত আট - দশ এগারো/এগার বারো তেরো/তের চোদ্দ/চৌদ্দ পনেরো/পনের ষোলো/ষোল "
    "সতেরো/সতের আঠারো/আঠার উনিশ বিশ/কুড়ি একুশ বাইশ তেইশ "
    "চব্বিশ পঁচিশ ছাব্বিশ সাতাশ আটাশ ঊনত্রিশ/উনত্রিশ ত্রিশ/তিরিশ একত্রিশ বত্রিশ তেত্রিশ চৌত্রিশ পঁয়ত্রিশ ছত্রিশ সাঁইত্রিশ আটত্রিশ "
    "ঊনচল্লিশ চল্লিশ একচল্লিশ বিয়াল্লিশ তেতাল্লিশ চুয়াল্লিশ পঁয়তাল্লিশ ছেচল্লিশ সাতচল্লিশ আটচল্লিশ ঊনপঞ্চাশ পঞ্চাশ "
    "একান্ন বাহান্ন তিপ্পান্ন চুয়ান্ন পঞ্চান্ন ছাপ্পান্ন সাতান্ন আটান্ন ঊনষাট ষাট একষট্টি বাষট্টি তেষট্টি চৌষট্টি "
    "পঁয়ষট্টি ছেষট্টি সাতষট্টি আটষট্টি ঊনসত্তর সত্তর একাত্তর বাহাত্তর তিয়াত্তর চুয়াত্তর পঁচাত্তর ছিয়াত্তর সাতাত্তর "
    "আটাত্তর ঊনআশি আশি একাশি বিরাশি তিরাশি চুরাশি পঁচাশি ছিয়াশি সাতাশি অষ্টাশি ঊননব্বই নব্বই একানব্বই বিরানব্বই "
    "তিরানব্বই চুরানব্বই পঁচানব্বই ছিয়ানব্বই সাতানব্বই আটানব্বই নিরানব্বই")
_BRAHMIC_NUMBER_FORMS: dict[str, dict[int, str]] = {
    "hi": {1: "पहला पहली", 2: "दूसरा दूसरे दूसरी दोनों", 3: "तीसरा तीसरे तीसरी", 4: "चौथा चौथे चौथी",
           6: "छठा छठे छठी", 100: "सौ"},
    "bn": {1: "একটি একটা একজন প্রথম", 2: "দুটি দুটো দুজন দ্বিতীয়", 3: "তৃতীয়", 4: "চতুর্থ", 5: "পঞ্চম",
           6: "ষষ্ঠ", 7: "সপ্তম", 8: "অষ্টম", 9: "নবম নয়টি নয়জন", 10: "দশম", 11: "একাদশ", 12: "দ্বাদশ",
           13: "ত্রয়োদশ", 14: "চতুর্দশ", 15: "পঞ্চদশ", 16: "ষোড়শ", 17: "সপ্তদশ", 18: "অষ্টাদশ", 19: "ঊনবিংশ",
           20: "বিংশ", 100: "একশো একশ"},
}
# The endings glued to a cardinal, and the values that take them: Hindi ordinals from the
# fifth (पाँचवाँ, ग्यारहवें; the first four and the sixth are words of their own); Bengali
# counted forms up to ten (তিনটি, পাঁচজন) and ordinals (ষোলতম, "পনেরো তম").
_BRAHMIC_ENDINGS: dict[str, tuple[tuple[str, range], ...]] = {
    "hi": (("वाँ वां वें वीं वा", range(5, 100)),),
    "bn": (("টি টা জন", range(1, 11)), ("তম", range(1, 100))),
}


def _brahmic_number_words(language: str, cardinals: str) -> dict[str, int]:
    """Each cardinal of `cardinals` (1 to 99 in order, spellings of one number joined by
    "/", "-" for one left out), with its endings, and the other forms of
    `_BRAHMIC_NUMBER_FORMS`."""
    words: dict[str, int] = {}
    for value, spellings in enumerate(cardinals.split(), 1):
        for cardinal in spellings.split("/") if spellings != "-" else ():
            words[cardinal] = value
            for endings, values in _BRAHMIC_ENDINGS[language]:
                if value in values and not (language == "hi" and value == 6):
                    words.update(dict.fromkeys((cardinal + ending for ending in endings.split()), value))
            if language == "bn":
                words[f"{cardinal} তম"] = value
    for value, forms in _BRAHMIC_NUMBER_FORMS[language].items():
        words.update(dict.fromkeys(forms.split(), value))
    return words


NUMBER_WORDS["hi"] = _brahmic_number_words("hi", _HINDI_CARDINALS)
NUMBER_WORDS["bn"] = _brahmic_number_words("bn", _BENGALI_CARDINALS)
# Polish counts people and mixed groups with words of their own (dwaj, troje, czworo), and
# groups with nouns (trójka, czwórka): with them its cardinals are whole enough to look a
# count up in a Polish version ("all four of his matches" / "wszystkie mecze" lost the
# four). "Both" (oba, obie, obaj) and the ranks only excuse a number (`POLISH_RANKS`).
_POLISH_MORE: dict[int, str] = {
    2: "dwaj dwoje dwojga dwójka dwójki dwójkę dwójką oba obie obaj obu obydwa obydwie obydwaj obydwu",
    3: "trzej troje trojga trójka trójki trójkę trójką", 4: "czterej czworo czworga czwórka czwórki czwórkę czwórką",
    5: "pięcioro pięciorga piątka piątki piątkę piątką", 6: "sześcioro sześciorga szóstka szóstki szóstkę",
    7: "siedmioro siódemka siódemki", 8: "ośmioro ósemka ósemki", 9: "dziewięcioro dziewiątka",
    10: "dziesięcioro dziesiątka dziesiątki",
}
POLISH_RANKS: dict[str, int] = {
    stem + ending: value
    for value, stem in {1: "pierwsz", 3: "trzec", 4: "czwart", 5: "piąt", 6: "szóst", 7: "siódm", 8: "ósm",
                        9: "dziewiąt", 10: "dziesiąt"}.items()
    for ending in (("y", "a", "e", "ego", "ej", "emu", "ym", "ą", "ych", "ymi", "i") if value != 3
                   else ("i", "ia", "ie", "iego", "iej", "iemu", "im", "ią", "ich", "imi"))}
for _value, _forms in _POLISH_MORE.items():
    NUMBER_WORDS["pl"].update(dict.fromkeys(_forms.split(), _value))
NUMBER_WORDS["pl"].update(POLISH_RANKS)
# Korean counts things in its native numerals, in the form they take before a counter
# (두 명, two people; 세 개, three items; 네 번, four times): `xlcheck.extract.numbers` reads
# them only there (`KOREAN_COUNTERS`), as 세 is also an age after a figure and 네 "yes" or
# "your". Not 한 (one), which is as often the verb's "did" before a noun (발표를 한 대통령).
# A partial table (`PARTIAL_NUMBER_WORDS`): Korean also counts in Sino-Korean numerals and
# glues counters on (두명), and writes "both" as 양국, so a count is not demanded from it;
# its words excuse a figure the other version writes ("3 people" / "세 명").
NUMBER_WORDS["ko"] = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
                      "열한": 11, "열두": 12, "스무": 20}
KOREAN_COUNTERS = ("명", "개", "번", "가지", "곳", "마리", "살", "시간", "달", "차례", "대", "척", "권", "잔", "병", "채",
                   "벌", "장", "편", "배", "개월", "주", "주일", "해", "경기", "골", "점", "건", "세트", "라운드", "사람",
                   "분", "쌍", "팀", "종류", "나라", "군데", "바퀴", "걸음", "발")
# Estonian: the counts to twelve in the three cases a count takes most (kaks, kahe, kahte:
# "kaks sektorit", two sectors). A partial table too: the other cases are not here, and
# "viis" is also "took", "kuus" also "in the month".
NUMBER_WORDS["et"] = {form: value for value, forms in enumerate((
    "üks ühe üht ühte", "kaks kahe kahte", "kolm kolme", "neli nelja", "viis viie viit", "kuus kuue kuut",
    "seitse seitsme seitset", "kaheksa kaheksat", "üheksa üheksat", "kümme kümne kümmet",
    "üksteist üheteistkümne", "kaksteist kaheteistkümne"), start=1) for form in forms.split()}
# Arabic: the cardinals in both cases (ثلاثون, ثلاثين), both genders (ثلاث, ثلاثة) and the
# ordinals (الثالثة, the third: "Article 3" is المادة الثالثة), each with the article and the
# particles Arabic glues to a word (و and, ف so, ب with, ل for, ك as): "السبعة الكبار" (the
# Magnificent Seven), "هذه القضايا الأربعون" (these 40 cases). A partial table: the dual
# ending counts two on any noun ("قطاعان", two sectors), and ست, سبع, أحد and ثانية are also
# "lady", "lion", "Sunday" and "a second", so a count is never looked for in Arabic.
_ARABIC_NUMBERS: dict[int, str] = {
    1: "واحد واحدة أحد إحدى أول أولى", 2: "اثنان اثنين اثنتان اثنتين إثنين اثنتا اثنا ثان ثاني ثانية",
    3: "ثلاث ثلاثة ثالث ثالثة", 4: "أربع أربعة رابع رابعة", 5: "خمس خمسة خامس خامسة",
    6: "ست ستة سادس سادسة", 7: "سبع سبعة سابع سابعة", 8: "ثمان ثماني ثمانية ثامن ثامنة",
    9: "تسع تسعة تاسع تاسعة", 10: "عشر عشرة عاشر عاشرة", 20: "عشرون عشرين", 30: "ثلاثون ثلاثين",
    40: "أربعون أربعين", 50: "خمسون خمسين", 60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين",
    90: "تسعون تسعين", 100: "مئة مائة", 1000: "ألف",
}
_ARABIC_PARTICLES = ("", "و", "ف", "ب", "ك", "وب", "فب", "وك")


def _arabic_forms(word: str) -> set[str]:
    """A word with the article and the particles glued before it: ل before the article
    drops its alif (لل)."""
    forms = {particle + article + word for particle in _ARABIC_PARTICLES for article in ("", "ال")}
    forms |= {particle + "ل" + word for particle in ("", "و", "ف")}
    forms |= {particle + "لل" + word for particle in ("", "و", "ف")}
    return forms


NUMBER_WORDS["ar"] = {form: value for value, words in _ARABIC_NUMBERS.items() for word in words.split()
                      for form in _arabic_forms(word)}
# Greek cardinals in their genders and cases (ένας, μία, ένα; τρεις, τρία, τριών) and the
# first ranks; Hebrew's in both genders and the construct state (שלושה, שלוש, שלושת), with
# the one-letter prefixes glued on as Arabic's are (ו, ב, ל, מ, ה, ש, כ: "בשלושה", in three).
# Both partial: "ένα" is also the article, "שני" also "second" and "Monday".
_GREEK_NUMBERS: dict[int, str] = {
    1: "ένας μία μια ένα ενός μιας έναν πρώτος πρώτη πρώτο", 2: "δύο δυο δεύτερος δεύτερη δεύτερο",
    3: "τρεις τρία τριών τρίτος τρίτη τρίτο", 4: "τέσσερις τέσσερα τεσσάρων", 5: "πέντε", 6: "έξι",
    7: "επτά εφτά", 8: "οκτώ οχτώ", 9: "εννέα εννιά", 10: "δέκα", 11: "έντεκα", 12: "δώδεκα",
    20: "είκοσι", 30: "τριάντα", 40: "σαράντα", 50: "πενήντα", 60: "εξήντα", 70: "εβδομήντα",
    80: "ογδόντα", 90: "ενενήντα", 100: "εκατό", 1000: "χίλια χίλιοι χίλιες",
}
NUMBER_WORDS["el"] = {fold(word): value for value, words in _GREEK_NUMBERS.items() for word in words.split()}
_HEBREW_NUMBERS: dict[int, str] = {
    1: "אחד אחת", 2: "שניים שתיים שני שתי", 3: "שלושה שלוש שלושת", 4: "ארבעה ארבע ארבעת",
    5: "חמישה חמש חמשת", 6: "שישה שש ששת", 7: "שבעה שבע שבעת", 8: "שמונה שמונת", 9: "תשעה תשע תשעת",
    10: "עשרה עשר עשרת", 20: "עשרים", 30: "שלושים", 40: "ארבעים", 50: "חמישים", 60: "שישים",
    70: "שבעים", 80: "שמונים", 90: "תשעים", 100: "מאה", 1000: "אלף",
}
NUMBER_WORDS["he"] = {prefix + word: value for value, words in _HEBREW_NUMBERS.items() for word in words.split()
                      for prefix in ("", "ו", "ב", "ל", "מ", "ה", "ש", "כ", "וב", "ול", "ומ", "וה", "שה", "מה")}
PARTIAL_NUMBER_WORDS = frozenset({*_SLAVIC_CARDINALS, "hi", "bn", "ko", "et", "ar", "el", "he"} - {"pl", "cs", "uk"})
_SCALES: dict[str, dict[str, int]] = {
    "en": {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12,
           "decade": 10, "decades": 10},  # "two decades" is 20年
    "de": {"tausend": 10**3, "tsd": 10**3, "million": 10**6, "millionen": 10**6, "mio": 10**6,
           "milliarde": 10**9, "milliarden": 10**9, "mrd": 10**9, "billion": 10**12,
           "billionen": 10**12, "bio": 10**12},
    "pt": {"mil": 10**3, "milhão": 10**6, "milhões": 10**6, "mi": 10**6,
           "bilhão": 10**9, "bilhões": 10**9, "bi": 10**9, "trilhão": 10**12, "trilhões": 10**12},
    "es": {"mil": 10**3, "millón": 10**6, "millones": 10**6, "billón": 10**12, "billones": 10**12},
    "fr": {"mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9,
           "milliards": 10**9, "billion": 10**12, "billions": 10**12},
    "it": {"mila": 10**3, "mille": 10**3, "milione": 10**6, "milioni": 10**6,
           "miliardo": 10**9, "miliardi": 10**9, "bilione": 10**12},
    "ro": {"mii": 10**3, "mie": 10**3, "milion": 10**6, "milioane": 10**6, "mil": 10**6, "miliard": 10**9,
           "miliarde": 10**9, "mld": 10**9},
    "ru": {"к": 10**3, "тыс": 10**3, "тысяч": 10**3, "млн": 10**6, "млрд": 10**9, "трлн": 10**12},
    "uk": {"тис": 10**3, "тисяч": 10**3, "млн": 10**6, "млрд": 10**9, "трлн": 10**12},
    # Arabic: the singular after a figure from 11 up ("70 مليون", "90 مليار"), the plural
    # from 3 to 10 ("3 ملايين"); بليون is the older word for a billion.
    "ar": {"ألف": 10**3, "آلاف": 10**3, "مليون": 10**6, "ملايين": 10**6, "مليار": 10**9, "مليارات": 10**9,
           "بليون": 10**9, "تريليون": 10**12},
    "cs": {"tis": 10**3, "mil": 10**6, "mld": 10**9},
    "pl": {"tys": 10**3, "mln": 10**6, "mld": 10**9, "bln": 10**12},
    "hr": {"tis": 10**3, "mil": 10**6, "mlrd": 10**9, "bilijun": 10**12, "bilijuna": 10**12},
    "sr": {"hiljada": 10**3, "hiljade": 10**3, "hilj": 10**3, "milion": 10**6, "miliona": 10**6, "mil": 10**6,
           "milijarda": 10**9, "milijarde": 10**9, "milijardi": 10**9, "mlrd": 10**9, "хиљада": 10**3,
           "хиљаде": 10**3, "милион": 10**6, "милиона": 10**6, "милијарда": 10**9, "милијарде": 10**9,
           "милијарди": 10**9},
    "sl": {"tisoč": 10**3, "mio": 10**6, "milijard": 10**9, "mrd": 10**9},
    "sk": {"tis": 10**3, "mil": 10**6, "mld": 10**9},
    "bg": {"хил": 10**3, "млн": 10**6, "млрд": 10**9},
    "nl": {"duizend": 10**3, "miljoen": 10**6, "mln": 10**6, "miljard": 10**9, "mld": 10**9, "biljoen": 10**12},
    "sv": {"tusen": 10**3, "miljon": 10**6, "miljoner": 10**6, "mn": 10**6, "miljard": 10**9, "miljarder": 10**9,
           "mdr": 10**9},
    "da": {"tusind": 10**3, "million": 10**6, "millioner": 10**6, "mio": 10**6, "milliard": 10**9,
           "milliarder": 10**9, "mia": 10**9},
    "nb": {"tusen": 10**3, "million": 10**6, "millioner": 10**6, "mill": 10**6, "milliard": 10**9,
           "milliarder": 10**9, "mrd": 10**9},
    # Turkish: "142 milyon takipçi", "3,6 milyar dolar", "5 bin kişi"; the case endings are
    # glued ("milyona", "milyonluk") or follow an apostrophe after a figure.
    "tr": {"bin": 10**3, "milyon": 10**6, "milyar": 10**9, "trilyon": 10**12},
    # Estonian glues its case endings on: "11,7 miljardi naelani" (to £11.7bn), "5 miljonit".
    "et": {stem + ending: value for stem, value in (("miljon", 10**6), ("miljard", 10**9), ("triljon", 10**12))
           for ending in ("", "i", "it", "id", "ile", "iga", "ist", "ilt", "iks", "ini", "is", "isse", "ite")}
          | {"tuhat": 10**3, "tuhande": 10**3, "tuhandet": 10**3, "mln": 10**6, "mld": 10**9, "mlrd": 10**9},
    "is": {"þúsund": 10**3, "milljón": 10**6, "milljónir": 10**6, "milljóna": 10**6, "milljarður": 10**9,
           "milljarðar": 10**9, "milljarða": 10**9},
    # Chinese, Japanese and Korean technical writing keeps the Latin "10k" (ten thousand
    # people, "10k+ 级别"); "m" stays a metre there.
    "zh": {"k": 10**3}, "ja": {"k": 10**3}, "ko": {"k": 10**3},
    # Hebrew writes large round numbers as a figure and a word: "50 אלף תושבים" (50,000
    # residents), "126.5 מיליון".
    "he": {"אלף": 10**3, "אלפים": 10**3, "מיליון": 10**6, "מיליונים": 10**6, "מיליארד": 10**9,
           "מיליארדים": 10**9, "טריליון": 10**12},
    # Greek: "2 δισεκατομμύρια δολάρια", "100 εκατομμύρια", "120 εκατ. λίρες", "2 δις" (the
    # spoken short form of δισεκατομμύρια, also "δισ."), in every case and number below.
    # The keys are folded (final ς to σ), as the look-up folds the word.
    "el": {fold(stem + ending): value for stem, endings, value in (
        ("χιλιάδ", ("α", "ες", "ων"), 10**3),
        ("εκατομμύρι", ("ο", "α", "ου"), 10**6), ("εκατομμυρί", ("ου", "ων"), 10**6),
        ("δισεκατομμύρι", ("ο", "α", "ου"), 10**9), ("δισεκατομμυρί", ("ου", "ων"), 10**9),
        ("τρισεκατομμύρι", ("ο", "α", "ου"), 10**12), ("τρισεκατομμυρί", ("ου", "ων"), 10**12))
        for ending in endings}
          | {"χιλ": 10**3, "εκατ": 10**6, "δισ": 10**9, "τρισ": 10**12},
    # Hindi counts in lakhs (10⁵) and crores (10⁷) as well as in millions.
    "hi": {"हज़ार": 10**3, "हजार": 10**3, "लाख": 10**5, "करोड़": 10**7, "करोड": 10**7, "मिलियन": 10**6,
           "अरब": 10**9, "बिलियन": 10**9, "खरब": 10**11, "ट्रिलियन": 10**12},
    # Hungarian counts on the long scale (CLDR: "9 milliárd", 9 billion; "billió" is 10¹²) and
    # glues its endings on: "9 milliárd fontos", "2 milliót" (the object), "milliárdos" (worth
    # billions), "5 milliós város" (a town of five million), "több mint 100 ezren" (people).
    "hu": {stem + ending: value for stem, endings, value in (
        ("ezer", ("", "t", "en", "nyi", "rel", "re", "ről", "ből", "be", "ben", "nek", "hez", "ig", "es"), 10**3),
        ("millió", ("", "t", "n", "an", "nyi", "val", "ra", "ról", "ból", "ba", "ban", "nak", "hoz", "ig", "s"), 10**6),
        ("milliárd", ("", "ot", "nyi", "dal", "ra", "ról", "ból", "ba", "ban", "nak", "hoz", "ig", "os"), 10**9),
        ("billió", ("", "t", "nyi", "val", "ra", "ról", "ból", "ba", "ban", "nak", "hoz", "ig", "s"), 10**12))
        for ending in endings} | {"mrd": 10**9},
    # Indonesian and Malay (CLDR: "9 ribu", "9 juta", Indonesian "9 miliar", also spelt
    # "milyar", Malay "9 bilion"; "rb" and "jt" in short).
    "id": {"ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "milyar": 10**9,
           "triliun": 10**12},
    "ms": {"ribu": 10**3, "juta": 10**6, "bilion": 10**9, "trilion": 10**12},
}

# Scale words written before the figure: Hausa "Dala miliyan 200" (200 million dollars),
# "dubu 50" (50,000), "dubu dari 3" (300,000: a thousand hundreds times three).
LEADING_SCALES: dict[str, dict[str, int]] = {
    "ha": {"dubu": 10**3, "miliyan": 10**6, "milyan": 10**6, "biliyan": 10**9, "tiriliyan": 10**12},
}

# Hausa cardinals, which count with a scale word first ("dubu ashirin", twenty thousand;
# "dari shida da biyu", 602) and join parts with "da" (and) and "sha" (ten "sha" two,
# 12). The standard forms (P. Newman, *A Hausa-English Dictionary*, Yale 2007), each
# with the hooked ɗ and without, as news sites write both. Kept apart from NUMBER_WORDS:
# read as whole numbers by `extract.numbers`, not word by word.
HAUSA_NUMBERS: dict[str, int] = {
    "daya": 1, "ɗaya": 1, "biyu": 2, "uku": 3, "hudu": 4, "huɗu": 4, "biyar": 5, "shida": 6, "bakwai": 7,
    "takwas": 8, "tara": 9, "goma": 10, "ashirin": 20, "talatin": 30, "arba'in": 40, "hamsin": 50,
    "sittin": 60, "saba'in": 70, "tamanin": 80, "casa'in": 90,
}

# Xhosa and Zulu counts: a stem behind the concord of the noun counted ("ezine", four
# (things); "abathathu", three (people); "yeshumi", the tenth) and, past ten, ten "having"
# the unit ("ishumi elinesixhenxe", 17; "yeshumi nambili", the 12th). Each value is a
# pattern of the word's end: the concord before a short stem is spelt out, so that
# "phambili" (ahead) is no two and "ukukhombisa" (to show) no seven. The concords are too
# many to list every form, so these words only excuse a figure the other version writes
# (as `PARTIAL_NUMBER_WORDS` do); a count is not looked for in them.
NGUNI_NUMBERS: dict[int, str] = {
    1: r"(?:na|ne|ena|eli|ali)nye",
    2: r"(?:zi|zo|na|ne|i)mb(?:ili|ini)|(?:ba|ma|si|li|lu|bu|ku|wa)b(?:ili|ini)",
    3: r"(?:zi|na|ne)ntathu|(?:ba|ma|si|li|lu|bu|ku|zo|mi)thathu",
    4: r"[aeiou](?:ba|ma|zi|mi|li|si|lu|bu|ku)ne|(?:na|ne|eli|ali)(?:si)?ne",
    5: r"n?hlanu",
    6: r"thandathu|sithupha",
    7: r"sixhenxe|sikhombisa",
    8: r"sibhozo|shiyagalombili",
    9: r"(?:li|si|we|ne)thoba|shiyagalolunye",
    10: r"shumi",
}
# Round counts in the plural: thousands ("amawaka", "izinkulungwane"), millions ("izigidi").
NGUNI_ROUND: dict[int, str] = {10**3: r"(?:i|ma)waka|zinkulungwane", 10**6: r"(?:si|zi)gidi"}


# Slavic scale words in all their cases (after a figure the noun takes the case the sentence
# needs: "з 567,5 мільйонами доларів", "s 12,7 miliardami korun"): stem x endings, by data.
_SLAVIC_SCALE_CASES: dict[str, tuple[tuple[str, str, int], ...]] = {
    "ru": (("тысяч", "а и у ей ею е ам ами ах", 10**3),
           ("миллион", "- а у ом е ы ов ам ами ах", 10**6), ("миллиард", "- а у ом е ы ов ам ами ах", 10**9),
           ("триллион", "- а у ом е ы ов ам ами ах", 10**12)),
    "uk": (("тисяч", "а і у ею ам ами ах", 10**3),
           ("мільйон", "- а у ом і и ів ам ами ах", 10**6), ("мільярд", "- а у ом і и ів ам ами ах", 10**9),
           ("трильйон", "- а у ом і и ів ам ами ах", 10**12)),
    "cs": (("tisíc", "- e i em ům ích", 10**3), ("milion", "- u em y ů ům ech", 10**6),
           ("miliard", "a y ě u ou - ám ami ách", 10**9), ("bilion", "- u em y ů ům ech", 10**12)),
    "sk": (("tisíc", "- e om och ami", 10**3), ("milión", "- a u e om y ov och ami", 10**6),
           ("miliard", "a y e u ou ám ami ách", 10**9), ("miliárd", "-", 10**9)),
    "pl": (("tysiąc", "- a u em e om ami ach", 10**3), ("tysięcy", "-", 10**3),
           ("milion", "- a ie em y ów om ami ach", 10**6), ("miliard", "- a ie em y ów om ami ach", 10**9),
           ("bilion", "- a ie em y ów om ami ach", 10**12)),
    "hr": (("tisuć", "a e i u om ama", 10**3), ("milijun", "- a u om i e ima", 10**6),
           ("milijard", "a e i u om ama", 10**9)),
    "sl": (("milijon", "- a u om i e ov ih oma ama", 10**6), ("milijard", "a e i o ami ah", 10**9)),
    "bg": (("хиляд", "а и", 10**3), ("милион", "- а и", 10**6), ("милиард", "- а и", 10**9)),
}
for _language, _stems in _SLAVIC_SCALE_CASES.items():
    for _stem, _endings, _value in _stems:
        for _ending in _endings.split():
            _SCALES[_language].setdefault(_stem + ("" if _ending == "-" else _ending), _value)

# European Portuguese uses the long scale: "bilião" is 10^12, "mil milhões" 10^9.
_PT_PT = {"bilião": 10**12, "biliões": 10**12}


# Chinese, Japanese and Korean write large numbers with these, right after the digits.
CJK_SCALES = {"千": 10**3, "万": 10**4, "萬": 10**4, "億": 10**8, "亿": 10**8, "兆": 10**12,
              "천": 10**3, "만": 10**4, "억": 10**8, "조": 10**12}


def _scale_words(locale: Locale) -> dict[str, int]:
    words = dict(own_or_kin(_SCALES, locale.language, {}))
    if locale.language == "pt" and locale.territory == "PT":
        words.update(_PT_PT)
    return words


def format_number(value: Decimal | int, tag: str) -> str:
    """A number as the locale writes it (CLDR pattern, grouping on).

    >>> format_number(Decimal("50000"), "de"), format_number(Decimal("1.5"), "pt"), format_number(50000, "en")
    ('50.000', '1,5', '50,000')
    """
    return format_decimal(value, locale=_parse(tag), decimal_quantization=False)


def format_date(value: datetime.date, tag: str, precision: str = "day") -> str:
    """A date as the locale writes it in prose: ``day`` (long form) or ``month`` (month and year).

    >>> format_date(datetime.date(2023, 10, 1), "pt", "month")
    'outubro de 2023'
    >>> format_date(datetime.date(2024, 12, 25), "de")
    '25. Dezember 2024'
    """
    locale = _parse(tag)
    if precision == "month":
        return _babel_format_date(value, format=locale.datetime_skeletons["yMMMM"], locale=locale)
    return _babel_format_date(value, format="long", locale=locale)


_COMPACT_OPERAND = re.compile(r"\b[ec] (?:in|not in|=|!=)")


@functools.cache
def plural_categories(tag: str, ordinal: bool = False) -> frozenset[str]:
    """The CLDR plural categories a language's messages must cover (``other`` always).

    A category that only compact large numbers reach (French ``many``: "1 million de
    fichiers") is left out: falling back to ``other`` there is what most catalogues do.

    >>> sorted(plural_categories("pl")), sorted(plural_categories("ja")), sorted(plural_categories("fr"))
    (['few', 'many', 'one', 'other'], ['other'], ['one', 'other'])
    >>> sorted(plural_categories("en", ordinal=True))
    ['few', 'one', 'other', 'two']
    """
    locale = _parse(tag)
    rules = locale.ordinal_form if ordinal else locale.plural_form
    wanted = {"other"}
    for category, rule in rules.rules.items():
        if _COMPACT_OPERAND.search(rule):
            continue
        wanted.add(category)
    return frozenset(wanted)


def plural_category_covered(tag: str, category: str, explicit: frozenset[int], ordinal: bool = False) -> bool:
    """Whether exact-value cases (``=0``, ``=1``) cover every whole number of a plural
    category above zero: Polish ``one`` is only 1, so ``=1`` covers it, and so does French
    ``one`` (0 and 1); Russian ``one`` (1, 21, 31…) is not; Czech ``many`` holds no whole
    number at all.

    >>> plural_category_covered("pl", "one", frozenset({1})), plural_category_covered("ru", "one", frozenset({1}))
    (True, False)
    >>> plural_category_covered("cs", "many", frozenset()), plural_category_covered("fr", "one", frozenset({1}))
    (True, True)
    """
    if category == "other":
        return False  # every message needs it
    locale = _parse(tag)
    rule = locale.ordinal_form if ordinal else locale.plural_form
    # Plurals count things: a category only fractions reach (Czech "many": 1.5) is
    # covered by having no whole number left out. Zero is left out too: a message that
    # treats "=1" as singular and 0 as plural, as its source does, is what most apps ship
    # (French and Hindi "one" also holds 0).
    return not any(rule(n) == category and n not in explicit for n in range(1, 1000))


@functools.cache
def cldr_languages() -> tuple[str, ...]:
    """Every language CLDR (through Babel) has locale data for, as BCP 47 tags
    (``en``, ``pt-BR``, ``zh-Hans``…), the ones xlcheck can read numbers and dates in.

    >>> tags = cldr_languages()
    >>> len(tags) > 500 and {"pt-BR", "de-CH", "zh-Hans", "sw"} <= set(tags)
    True
    """
    from babel.localedata import locale_identifiers

    tags = []
    for identifier in locale_identifiers():
        if identifier == "root" or "_POSIX" in identifier:
            continue
        tag = identifier.replace("_", "-")
        try:
            _parse(tag)
            get_decimal_symbol(Locale.parse(identifier))
        except (UnknownLanguageError, UnknownLocaleError, ValueError, KeyError):
            continue
        tags.append(tag)
    return tuple(sorted(tags))


# Outer quotation marks by language (CLDR's delimiters; Babel does not expose them).
QUOTATION_MARKS = {
    "de": ("„", "“"), "cs": ("„", "“"), "sk": ("„", "“"), "sl": ("„", "“"), "lt": ("„", "“"), "is": ("„", "“"),
    "pl": ("„", "”"), "ro": ("„", "”"), "hu": ("„", "”"), "hr": ("„", "”"), "bg": ("„", "“"), "nl": ("‘", "’"),
    "fr": ("«", "»"), "es": ("«", "»"), "it": ("«", "»"), "ru": ("«", "»"), "uk": ("«", "»"), "ca": ("«", "»"),
    "el": ("«", "»"), "nb": ("«", "»"), "no": ("«", "»"), "fa": ("«", "»"), "ar": ("”", "“"), "he": ("”", "”"),
    "sv": ("”", "”"), "fi": ("”", "”"), "ja": ("「", "」"), "zh": ("“", "”"), "ko": ("“", "”"), "da": ("“", "”"),
}


def quotation_marks(tag: str) -> tuple[str, str]:
    """The outer quotation marks of a locale (“…” en, „…“ de, «…» fr).

    >>> quotation_marks("de"), quotation_marks("fr"), quotation_marks("en-GB")
    (('„', '“'), ('«', '»'), ('“', '”'))
    """
    return QUOTATION_MARKS.get(_parse(tag).language, ("“", "”"))

@functools.cache
def territory_names(tag: str) -> dict[str, str]:
    """CLDR's names of countries and regions in a language, folded, each with its code:
    the name list that tells a place name from a translated noun.

    >>> territory_names("de")["simbabwe"], territory_names("en")["oceania"]
    ('ZW', '009')
    """
    names: dict[str, str] = {}
    for code, name in _names_locale(tag).territories.items():
        if name and not any(ch.isdigit() for ch in name) and "(" not in name:
            names.setdefault(fold(name), code)
    return names


@functools.cache
def language_codes(tag: str) -> dict[str, str]:
    """CLDR's names of languages in a language, folded, each with its code: English
    "greek" is ``el``.

    >>> language_codes("en")["french"], language_codes("de")["griechisch"]
    ('fr', 'el')
    """
    names: dict[str, str] = {}
    for code, name in _names_locale(tag).languages.items():
        if name and "_" not in code and " " not in name and "(" not in name:
            names.setdefault(fold(name), code)
    return names


@functools.cache
def language_name(code: str, tag: str) -> str | None:
    """How a language names a language (CLDR), folded. In many languages a people's
    adjective is its language's name (Griechisch / griechischen, французский /
    французских).

    >>> language_name("el", "de"), language_name("fr", "ru")
    ('griechisch', 'французский')
    """
    name = _names_locale(tag).languages.get(code)
    return fold(name) if name and " " not in name else None


@functools.cache
def territory_forms(code: str, tag: str) -> tuple[str, ...]:
    """How a language names a territory (CLDR), folded: ``("simbabwe",)`` for ZW in de."""
    name = _names_locale(tag).territories.get(code)
    return (fold(name),) if name else ()


# Words CLDR adds to a territory's name that translations leave out ("Macao SAR China").
_TERRITORY_TAIL = re.compile(r"\s+SAR\s+China$|\s*\(.*\)$")


@functools.cache
def hausa_currencies() -> frozenset[str]:
    """The head words of CLDR's Hausa currency names ("Dalar Amurka", "Nairar Najeriya",
    "Yuwan na ƙasar Sin"), folded, with and without the linker -r or -n the news leaves
    out before a figure ("Dala miliyan 200")."""
    heads = {fold(name.split()[0]) for name in _parse("ha").currencies.values() if name}
    return frozenset(heads | {head[:-1] for head in heads if head.endswith(("r", "n")) and len(head) > 4})


@functools.cache
def place_names(tag: str) -> dict[str, str]:
    """CLDR's names of countries, regions and time-zone cities in a language, folded,
    each with a key (``"KP"``, ``"tz:Asia/Pyongyang"``): a gazetteer in any script, so
    that a place written in Chinese or Russian is found in an English translation.
    Names of one character are left out (in Chinese they are parts of words).

    >>> place_names("zh")["朝鲜"], place_names("zh")["平壤"], place_names("ru")["пхеньян"]
    ('KP', 'tz:Asia/Pyongyang', 'tz:Asia/Pyongyang')
    """
    locale = _names_locale(tag)
    names: dict[str, str] = {}
    for code, name in locale.territories.items():
        if name and len(name) >= 2 and not any(ch.isdigit() for ch in name):
            names.setdefault(fold(name), code)
            short = _TERRITORY_TAIL.sub("", name)
            if short != name and len(short) >= 2:
                names.setdefault(fold(short), code)
    for zone, city in _cities(locale.language).items():
        if len(city) >= 2:
            names.setdefault(fold(city), "tz:" + zone)
    return names


@functools.cache
def place_spellings(tag: str) -> frozenset[str]:
    """The names of `place_names` as CLDR writes them, capitals kept."""
    locale = _names_locale(tag)
    names = {n for n in locale.territories.values() if n and len(n) >= 2 and not any(c.isdigit() for c in n)}
    names |= {_TERRITORY_TAIL.sub("", n) for n in names}
    names |= {c for c in _cities(locale.language).values() if len(c) >= 2}
    return frozenset(n for n in names if len(n) >= 2)


@functools.cache
def place_forms(key: str, tag: str) -> tuple[str, ...]:
    """How a language names a place of `place_names` (CLDR), folded, short forms too:
    ``("north korea",)`` for KP in en, ``("macao sar china", "macao")`` for MO."""
    if key.startswith("tz:"):
        city = _cities(_names_locale(tag).language).get(key[3:])
        return (fold(city),) if city else ()
    name = _names_locale(tag).territories.get(key)
    if not name:
        return ()
    short = _TERRITORY_TAIL.sub("", name)
    return (fold(name),) if short == name else (fold(name), fold(short))


@functools.cache
def same_places(key: str) -> frozenset[str]:
    """A place key with the keys that name the same place: a country of one time zone
    and that zone's city ("MO" and "tz:Asia/Macau": Chinese writes 澳门 for both).

    >>> sorted(same_places("MO")), sorted(same_places("tz:Asia/Hong_Kong"))
    (['MO', 'tz:Asia/Macau'], ['HK', 'tz:Asia/Hong_Kong'])
    """
    from babel.core import get_global

    zones = get_global("zone_territories")
    territory = zones.get(key[3:]) if key.startswith("tz:") else key
    if territory is None:
        return frozenset({key})
    own = [zone for zone, code in zones.items() if code == territory]
    if len(own) != 1:
        return frozenset({key})
    return frozenset({territory, "tz:" + own[0]})


@functools.cache
def _cities(language: str) -> dict[str, str]:
    """Time-zone exemplar cities of a language (CLDR): zone id -> city name, as Babel's
    ``get_timezone_location(zone, locale, return_city=True)`` gives them, read from the
    locale data directly (Babel's function loads every zone's tz rules first: 20 times
    slower, and most of `xlcheck diff`'s start-up on a short pair)."""
    from babel.core import get_global

    aliases, metazones = get_global("zone_aliases"), get_global("meta_zones")
    locale = Locale.parse(language)
    # Every zone CLDR assigns a territory: the zones the zh and en data name (a superset
    # of every other locale's), less the Etc/ and POSIX ones dropped below, without
    # loading two locales a pair of other languages does not use.
    zones = get_global("zone_territories")
    cities: dict[str, str] = {}
    for zone in sorted(zones):
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/")):
            continue
        canonical = aliases.get(zone, zone)
        city = (locale.time_zones.get(canonical, {}).get("city")
                or locale.meta_zones.get(metazones.get(canonical), {}).get("city")
                or canonical.rpartition("/")[2].replace("_", " "))
        if not any(ch.isdigit() for ch in city):
            cities[zone] = city
    return cities


@functools.cache
def weekday_names(tag: str) -> dict[str, tuple[int, bool]]:
    """A locale's weekday names (CLDR, wide), folded: name -> (ISO weekday, written with a
    capital). Abbreviations are left out: "So", "Mar", "Sat" are words too.

    >>> weekday_names("de")["samstag"], weekday_names("pt")["sexta-feira"]
    ((6, True), (5, False))
    """
    locale = _parse(tag)
    names: dict[str, tuple[int, bool]] = {}
    # Chinese, Japanese and Korean news write the short form (周五 for 星期五).
    widths = ("wide", "abbreviated") if locale.language == "zh" else ("wide",)
    for width in widths:
        for context in ("format", "stand-alone"):
            for number, name in locale.days[context][width].items():
                if len(name) >= 2:  # never one character ("月" is Monday and a month)
                    names.setdefault(fold(name), (number + 1, name[:1].isupper()))
    for name, number in _HAUSA_WEEKDAYS.items() if locale.language == "ha" else ():
        names.setdefault(name, (number, True))
    if locale.language == "et":
        # Estonian glues its case endings on (CLDR gives the nominative): "esmaspäeval" (on
        # Monday), "reedest" (from Friday), "teisipäeviti" (on Tuesdays).
        for name, (number, capital) in list(names.items()):
            stem = name + "a" if name.endswith("päev") else name
            for form in [stem + ending for ending in ("", "l", "st", "ni", "ks", "le", "s")] + \
                    [name[:-1] + "viti" if name.endswith("päev") else name + "ti"]:
                names.setdefault(form, (number, capital))
    if locale.language == "zh":
        names.setdefault("星期天", (7, False))  # the spoken Sunday ("血腥星期天", Bloody Sunday)
    return names


@functools.cache
def wide_calendar_names(tag: str) -> frozenset[str]:
    """A locale's month and weekday names as CLDR writes them in full (no abbreviations),
    folded.

    >>> sorted(wide_calendar_names("en"))[:3]
    ['april', 'august', 'december']
    """
    locale = _parse(tag)
    months = {fold(name) for context in ("format", "stand-alone") for name in locale.months[context]["wide"].values()}
    return frozenset(months | {fold(name) for context in ("format", "stand-alone") for name in locale.days[context]["wide"].values()})


# Hausa weekdays as news writes them beside CLDR's: Friday "Juma'a" (CLDR "Jummaʼa") with
# any apostrophe, and every name with the linker -r or -n ("Talatar makon nan", this
# week's Tuesday; "Lahadin da ta gabata", last Sunday).
_HAUSA_WEEKDAYS = {
    form + linker: number
    for number, forms in ((1, "litinin"), (2, "talata"), (3, "laraba"), (4, "alhamis"), (5, "juma'a jumma'a"),
                          (6, "asabar"), (7, "lahadi"))
    for form in (f.replace("'", mark) for f in forms.split() for mark in "'’ʼ")
    for linker in (("", "r", "n") if form[-1] in "aeiou" else ("",))
}

# Languages whose weekdays xlcheck reads in every form a sentence gives them (the CLDR
# name, uninflected; Russian, Ukrainian, Czech and Polish in their cases, "в пятницу",
# "w piątek", "v pátek"; Estonian with its endings, "esmaspäeval"): elsewhere a weekday is
# not compared.
WEEKDAY_LANGUAGES = frozenset({"en", "de", "pt", "es", "fr", "it", "nl", "zh", "ja", "ko", "ru", "uk", "cs", "pl",
                               "ha", "et"})


@functools.cache
def latin_script(lang: str) -> bool:
    """Whether a language is written in Latin script (by CLDR's likely subtags); an
    unknown one is taken to be.

    >>> latin_script("fr"), latin_script("zh-CN"), latin_script("ru"), latin_script("sr"), latin_script("sr-Latn")
    (True, False, False, False, True)
    """
    from babel.core import get_global

    likely = get_global("likely_subtags")
    tag = lang.replace("-", "_")
    named = named_script(lang)
    if named:  # the tag names its script: sr-Latn is Latin, whatever Serbian's default
        return named == "Latn"
    full = likely.get(tag) or likely.get(tag.split("_")[0]) or ""
    return "_Latn" in full or not full


def serbian_latin(lang: str) -> bool:
    """Whether a version is Serbian in Latin letters (its tag says so: `written_tag`).

    >>> serbian_latin("sr-Latn"), serbian_latin("sr"), serbian_latin("hr")
    (True, False, False)
    """
    return base_language(lang) == "sr" and latin_script(lang)
