"""Codes and model names: tokens that carry a digit (``H100``, ``o1``, ``GPT-4o``,
``UTF-16``), a ticker (``NASDAQ:NVDA``), or a version (``3.13.1``, ``Python 3.13``,
``.NET 8.0``, ``v2.1``; the value is the version itself, so "Python 3.13" and
"versão 3.13" agree and "Python 3.9" does not).

Morphology around a code is not part of it: ``H100s`` (plural), ``H100-GPUs``
(compound) and ``H100- und H200-GPUs`` (suspended hyphen) all yield ``H100``.
"""

from __future__ import annotations

import re
import unicodedata

import regex

from xlcheck.extract.numbers import currency_amount_at
from xlcheck.gazetteer import CODE_WORDS
from xlcheck.locales import LocaleInfo
from xlcheck.model import Invariant
from xlcheck.patterns import AsciiTwin, lazy
from xlcheck.prefixes import PREFIXING
from xlcheck.scripts import main_script

_CODE = lazy(
    r"""
    (?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{Lu}\p{Ll}\p{Lt}\p{N}_.@/\\:-])   # not inside a word of any cased script
    (?P<code>
        [A-Z]{2,}+:[A-Z]{1,6}                       # ticker: NASDAQ:NVDA
      | \p{Lu}[\p{Lu}\p{N}]*+-\d{1,3}(?:\.\d+)?[a-z]?(?![\p{N}])   # GPT-4o, UTF-16, F-35
      | \p{Lu}{1,6}\d+(?:\p{Lu}+\d*)?[a-z]?        # H100, A800, R1, RTX4090, H100s
      | \p{Ll}{1,3}\d{1,3}(?![\p{N}])              # o1, v3, mp3, x86 ("en2016" is a typo, not a code)
    )
    (?![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}]|[.,]\d)      # "H100の" is H100 in Japanese running text
    """,
    regex.VERBOSE,
)


# Cyrillic capitals that look like Latin ones: Russian text types "В6" for vitamin B6.
_LOOK_ALIKE = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
# How Russian capitals are spelt in Latin letters: "С-400" is the S-400, "Т-72" the T-72.
_TRANSLITERATION = str.maketrans({"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ж": "Zh", "З": "Z",
                                  "И": "I", "Й": "Y", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P",
                                  "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "Kh", "Ц": "Ts", "Ч": "Ch",
                                  "Ш": "Sh", "Щ": "Shch", "Ы": "Y", "Э": "E", "Ю": "Yu", "Я": "Ya"})
# And as the Czech, Slovak or Croatian name writes them, its háčeks dropped as a code's
# other versions drop them: "ЧТ24" is ČT24, CT24.
_WEST_SLAVIC = str.maketrans({"Ж": "Z", "Ц": "C", "Ч": "C", "Ш": "S", "Х": "CH", "Й": "J", "Ю": "JU", "Я": "JA",
                              "І": "I", "Ї": "JI", "Є": "JE", "Ґ": "G", "Г": "H"})
_CYRILLIC = lazy(r"\p{Cyrillic}")
# A metric unit with its power ("м2", "км2", "см3") is the unit Latin text writes "m2": the
# Cyrillic symbols of the units of length, which the Cyrillic languages share.
_CYRILLIC_POWER = lazy(r"(мм|см|дм|км|м)([23])")
# A vowel prefix hyphened to a figure, as Xhosa and Zulu open a sentence with one.
_OPENING_VOWEL = lazy(r"[AEIOU]-\d")
# A metric unit of length with its power as a superscript: "3,850 km²" (km2 in plain text).
_UNIT_POWER = lazy(r"(?<![\p{L}\p{N}])((?:mm|cm|dm|km|m))([²³])(?![\p{L}\p{N}])")
_CYRILLIC_UNITS = {"мм": "mm", "см": "cm", "дм": "dm", "км": "km", "м": "m"}


def latin_readings(code: str) -> tuple[str, ...]:
    """A code in Cyrillic capitals as a Latin text writes it: its look-alike letters
    first (``В6`` is B6), then its transliteration (``С-400`` is S-400); a metric unit
    with its power in Cyrillic letters as its Latin symbol (``м2`` is m2).

    >>> latin_readings("В6"), latin_readings("С-400"), latin_readings("Ту-154"), latin_readings("ЧТ24")
    (('B6', 'V6'), ('C-400', 'S-400'), (), ('ChT24', 'CT24'))
    >>> latin_readings("м2"), latin_readings("км2"), latin_readings("мг2")
    (('m2',), ('km2',), ())
    """
    unit = _CYRILLIC_POWER.fullmatch(code)
    if unit:
        return (_CYRILLIC_UNITS[unit.group(1)] + unit.group(2),)
    if not _CYRILLIC.search(code) or not all(ch.isupper() or not ch.isalpha() for ch in code):
        return ()
    readings = [code.translate(_LOOK_ALIKE), code.translate(_TRANSLITERATION),
                code.translate(_WEST_SLAVIC).translate(_TRANSLITERATION)]
    return tuple(dict.fromkeys(r for r in readings if r.isascii()))


def unaccented_code(code: str) -> str:
    """A code in Latin letters without their accents: ``ČT24`` is ``CT24``."""
    return "".join(c for c in unicodedata.normalize("NFD", code) if not unicodedata.combining(c))


def normalise(code: str) -> str:
    """A code without the plural `s` a language adds (``H100s`` -> ``H100``), in
    half-width characters (Japanese text writes ``Ｂ４Ｔ`` for ``B4T``).

    >>> normalise("H100s"), normalise("GPT-4o"), normalise("o1"), normalise("Ｂ４Ｔ"), normalise("T20Is")
    ('H100', 'GPT-4o', 'o1', 'B4T', 'T20I')
    """
    if not code.isascii():
        code = unicodedata.normalize("NFKC", code)
    if len(code) > 2 and code.endswith("s") and (code[-2].isdigit() or code[-2].isupper()):
        return code[:-1]
    return code


_VERSION = lazy(
    r"(?:(?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}_.,/-])|(?<=\d\.\d+\.\d+,))(?:v(?=\d))?\d+(?:\.\d+){2,}(?:[-+][0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*)?(?![\p{N}]|\.\d)"  # 3.13.1
    r"|(?<=(?:Python|Node(?:\.js)?|\.NET|Java|PHP|Ruby|Perl|Go|Rust|Django|Flask|React|Vue|Angular|Astro|Svelte"
    r"|TypeScript|iOS|Android|macOS|Ubuntu|Debian|Fedora|Windows|Unicode|HTTP|TLS|SSL|OpenSSL|IPv|[Vv]ersion"
    r"|[Vv]ersão|[Vv]ersión|[Vv]ersione|[Vv]ersionen)[ \u00a0]?)\d+[.,]\d+(?![\p{N}]|[.,]\d)"      # Python 3.13
    r"|(?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}_.])v\d+(?:\.\d+)+(?![\p{N}])"                                               # v2.1
    r"|(?<=(?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}_.,/-])\p{Lu}{2,12})\d+(?:\.\d+){2,}(?![\p{N}]|\.\d)"               # DORIS2.0.0
)
# (A pre-release's or build's dotted parts, 1.12.2-rc.1, end at a letter or digit: the period
# after 1.12.2-new ends the sentence. Versions listed with a bare comma, 0.6.0,0.6.1, are each one.)


# What every match of each pattern holds (a digit, a separator, a digit; a letter or a
# hyphen before a digit, or a ticker's colon): one cheap scan rules most paragraphs out
# of the patterns' look-behinds, tried at every position.
_VERSION_HINT = lazy(r"\d[.,]\d")
# Whether `_CODE` may match: a letter or hyphen right before a digit, or a ticker's colon.
# Written from the digit and the colon, looking back: the pattern then starts at the
# few digits and colons of a paragraph instead of at each of its letters (2-3 times
# cheaper a paragraph; it finds a match where `[\p{Lu}\p{Ll}-]\d|[A-Z]:[A-Z]` does).
_CODE_HINT = lazy(r"(?<=[\p{Lu}\p{Ll}-])\d|(?<=[A-Z]):(?=[A-Z])")
# How a code that may be an amount with its currency letter starts: N5, R1, K2, P5, RM.
_CURRENCY_STARTS = frozenset(f"{letter}{digit}" for letter in "NRKP" for digit in "0123456789") | {"RM"}


_UNSPACED_SCRIPT = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _code_word_pattern() -> regex.Pattern[str]:
    spaced, unspaced = [], []
    for form in sorted((f for forms in CODE_WORDS.values() for f in forms), key=len, reverse=True):
        (unspaced if _UNSPACED_SCRIPT.search(form) else spaced).append(regex.escape(form))
    # A word in Latin or Cyrillic letters takes its endings and compounds ("коронавируса",
    # "Coronakrise", "Covid-19", and "Covid- 19" as machine translation detokenises it),
    # but "coronation" is not the virus.
    return lazy(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(spaced)})(?:(?:[-‑][ ]?|[ ])?19)?(?!tion)\p{{L}}*"
                         rf"|(?:{'|'.join(unspaced)})", regex.IGNORECASE)


_CODE_WORD = _code_word_pattern()
_CODE_WORD_VALUE = {form.casefold(): code for code, forms in CODE_WORDS.items() for form in forms}
# The cheap test first (substring tests, several times cheaper than a pattern): one of
# these is in every form of `CODE_WORDS`, in any case.
_CODE_WORD_HINTS = ("新冠", "冠状", "冠狀", "コロナ", "코로나", "国集团", "國集團", "主要", "OVID", "ovid", "Ovid", "orona",
                    "орона", "овид", "ОВИД", "семёрк", "семерк", "двадцатк")


# The hints as one alternation of the standard `re`: one search in C, half the cost of
# testing them one by one (a paragraph without a digit asks it before the code gate).
_CODE_WORD_HINT = re.compile("|".join(re.escape(hint) for hint in _CODE_WORD_HINTS))


def may_have_code_word(text: str) -> bool:
    """Whether `text` may hold a code written as a word (新冠肺炎 for COVID-19)."""
    return _CODE_WORD_HINT.search(text) is not None


def _code_words(text: str, claims) -> list[Invariant]:
    found = []
    for match in _CODE_WORD.finditer(text):
        start, end = match.span()
        word = match.group().casefold()
        code = next((value for form, value in _CODE_WORD_VALUE.items() if word.startswith(form)), None)
        if code is None or not claims.free(start, end):
            continue
        claims.take(start, end)
        # Written with the code's digits ("Covid-19", "코로나19") it is the code itself.
        hard = any(ch.isdigit() for ch in match.group())
        found.append(Invariant("code", code, match.group(), start, end, (), None if hard else "word"))
    return found


# An identifier in snake case written in prose (delayed_gcode, nozzle_diameter), in
# lower camel case (sinkConnector, fetchUser), or in upper camel case of three parts or
# more (KclAbiVersion, a Go package's exported constant; two parts are as often a brand,
# GitHub, JavaScript): a name of code, which no translation translates or respells.
# (Two letters first: x86_64 is an architecture, read by the code patterns; iPhone and
# eBay are brands, read as names.) Snake case is read whole with accented letters too
# (`diamètre_buse`, `índice_inicial`: an identifier a translation spelt in its words), and
# is bounded by Latin letters of any accent, never read from inside a word.
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
SNAKE_CASE = AsciiTwin(rf"(?<![\p{{Latin}}0-9_.$/@-])(?:[{_LOWER}]{{2}}[{_LOWER}0-9]*+(?:_[{_LOWER}0-9]++)++"
                       r"|[a-z]{2}[a-z0-9]*+(?:[A-Z][a-z0-9]++)++"
                       r"|[A-Z][a-z][a-z0-9]*+(?:[A-Z][a-z0-9]++){2,}+)"
                       r"(?![\p{Latin}0-9_$/@-]|\.\w)",
                       # (in ASCII: the Latin letters are A-Z and a-z, a word's characters those and 0-9 and _)
                       r"(?<![A-Za-z0-9_.$/@-])(?:[a-z]{2}[a-z0-9]*+(?:_[a-z0-9]++)++"
                       r"|[a-z]{2}[a-z0-9]*+(?:[A-Z][a-z0-9]++)++"
                       r"|[A-Z][a-z][a-z0-9]*+(?:[A-Z][a-z0-9]++){2,}+)"
                       r"(?![A-Za-z0-9_$/@-]|\.[A-Za-z0-9_])")
IDENTIFIER_HINT = re.compile(r"_|[a-z][A-Z]")  # (the standard `re`: ASCII only, one search in C)

# A constant in capitals, its words joined by underscores (AT_LEAST_ONCE, LD_LIBRARY_PATH,
# MAX_POOL_SIZE), written bare in prose: a name of code, which no translation gives in its
# own words (a lower-case identifier, "a message_id", may be; SNAKE_CASE's missing ones are
# excused so, these are not). Two letters first, so that a part is no initial (A_1).
CONSTANT_CASE = lazy(r"(?<![\p{Latin}0-9_.$/@-])[A-Z][A-Z0-9]++(?:_[A-Z0-9]++)++(?![\p{Latin}0-9_$/@-]|\.\w)")

# A command's short option written bare in prose, after a space ("runs with -s option",
# "-d, --dest"): one letter, which a translation keeps as it is or drops.
SHORT_OPTION = lazy(r"(?:(?<=[ \t])|^)-[A-Za-z](?=[ \t,，])")

# A configuration key or a file's name written bare in prose, lower-case words joined by
# full stops (batch.delaytime, mysql.slave.port, subscriptionGroup.json): a name of code.
# (A host's name or a library's, example.com, node.js, is another kind of thing, and a
# member given a value or called, "cell4.textContent = …", a line of a script.)
DOTTED_KEY = lazy(r"(?<![\p{Latin}0-9_.$/@:~\\-])[a-z][a-z0-9_]*+(?:[A-Z][a-z0-9_]*+)*+"
                  r"(?:\.[a-z][a-z0-9_]*+(?:[A-Z][a-z0-9_]*+)*+)*?\.([a-z][a-z0-9_]*+(?:[A-Z][a-z0-9_]*+)*+)"
                  r"(?![\p{Latin}0-9_$/@-]|\.\w|[ \t]*+[=(])")
DOTTED_HINT = re.compile(r"[a-z0-9_]\.[a-z]")  # (the standard `re`: one search in C)
_NOT_A_KEY = frozenset({"com", "org", "net", "io", "cn", "dev", "local", "internal", "cloud", "edu", "gov", "js",
                        "ai", "app", "uk", "de", "jp", "fr", "ru", "info", "me", "co", "us", "eu", "ly", "to", "tv"})

# Two lower-case words joined by a stop, the second no file's extension: a key in a text
# of unspaced words ("间隔时间 batch.delaytime"), but among spaced ones as likely two
# sentences run together.
_EXTENSIONS = (r"(?:json|ya?ml|toml|xml|conf|cfg|ini|properties|sh|bat|cmd|ps1|py|go|java|rs|rb"
               r"|php|txt|md|sql|jar|log|env|lock|gradle|csv|html|css|vi|pem|crt|key|tar|gz|zip)")
_TWO_WORDS = lazy(rf"[a-z]++\.(?!{_EXTENSIONS}$)[a-z]++")
FILE_EXTENSION = lazy(_EXTENSIONS)


def bare_shape(value: str) -> bool:
    """Whether `value` is one of the codes read in prose by their shape alone: a constant
    in capitals, a short option or a dotted key (none of them in code marks).

    >>> bare_shape("AT_LEAST_ONCE"), bare_shape("-s"), bare_shape("batch.size"), bare_shape("H100")
    (True, True, True, False)
    """
    return CONSTANT_CASE.fullmatch(value) is not None or _dotted_key(DOTTED_KEY.fullmatch(value)) \
        or (len(value) == 2 and SHORT_OPTION.match(value + " ") is not None)


def _in_link_text(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a Markdown link's text (``[JAVA_HOME settings](…)``),
    which a translation words its own way.

    >>> _in_link_text("see [JAVA_HOME settings](https://x)", 5, 14), _in_link_text("set JAVA_HOME [x](y)", 4, 13)
    (True, False)
    """
    return text.rfind("[", 0, start) > text.rfind("]", 0, start) and _LINK_TEXT_END.match(text, end) is not None


_LINK_TEXT_END = re.compile(r"[^\[\]\n]*+\]\(")


def file_name(value: str) -> bool:
    """Whether `value`, a code read in prose by its shape, is a file's name (its last piece
    an extension: ``values.yaml``, ``subscriptionGroup.json``).

    >>> file_name("values.yaml"), file_name("batch.delaytime")
    (True, False)
    """
    return _dotted_key(DOTTED_KEY.fullmatch(value)) and FILE_EXTENSION.fullmatch(value.rpartition(".")[2]) is not None


def _dotted_key(match) -> bool:
    """Whether a match of DOTTED_KEY is a key: no host's or library's name, no piece of one letter."""
    return match is not None and match.group(1) not in _NOT_A_KEY and all(
        len(piece) > 1 for piece in match.group().split("."))


# A server's host name written bare in prose, with a figure in it (an instance's generated
# name, ``38037492dc-pol25.cn-shanghai.nas.aliyuncs.com``): an address to connect to, which
# no translation words otherwise. (A site's name, ``example.com``, is read as the site.)
HOST_NAME = lazy(r"(?<![\w.@/:-])(?=[a-z0-9.-]*\d)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+"
                 r"\.(?:com|net|org|io|cn|local|internal|cloud|dev)(?![\w@/-]|\.\w)")
# Every host name ends in one of these: a search of the standard `re` for them first.
_HOST_HINT = re.compile(r"\.(?:com|net|org|io|cn|local|internal|cloud|dev)")


# A package's or folder's path of four or more names in lower case, without a slash before or
# an extension (pkg/app/server/discovery, a Go package): a name of the code, as an identifier
# is. Three words joined by slashes may be prose (read/write/execute); four are a path.
_PACKAGE_PATH = r"(?<![\p{Latin}0-9_/.:~\\-])[a-z_][a-z0-9_-]*+(?:/[a-z_][a-z0-9_-]*+){3,}(?![\p{Latin}0-9_/@-]|\.\w)"

def one_folder_apart(a: str, b: str) -> bool:
    """Whether two paths differ in one of their names, as many of them
    (``pkg/app/server/discovery`` / ``pkg/app/client/discovery``).

    >>> one_folder_apart("pkg/app/server/discovery", "pkg/app/client/discovery"), one_folder_apart("a/b", "c/d")
    (True, False)
    """
    parts_a, parts_b = a.split("/"), b.split("/")
    return len(parts_a) == len(parts_b) > 1 and sum(x != y for x, y in zip(parts_a, parts_b)) == 1


# A member named with its package or object, in camel case (``k8s.TerminationGracePeriodSeconds``,
# ``server.MaxLatency``, Go's exported names): an identifier, which no translation translates
# (names of two letters or more: "e.g.MyThing" is an abbreviation run on).
_QUALIFIED = r"(?<![\p{Latin}0-9_.$/@-])[a-z][a-z0-9]++(?:\.[a-z][a-z0-9]++)*+\.[A-Z][a-z0-9]++(?:[A-Z][a-z0-9]*+)++(?![\p{Latin}0-9_$/@-]|\.\w)"
NAMED_IN_CODE = lazy(f"{_PACKAGE_PATH}|{_QUALIFIED}")
# What every match of NAMED_IN_CODE holds: three slashes (a package's path) or a lower-case
# letter or digit, a full stop and a capital (a qualified member's last dot). One count and
# one search of the standard `re`, in C, rule out most paragraphs, where the pattern's
# look-behind was tried at every place of the text (about 7 % of extraction's time).
_QUALIFIED_HINT = re.compile(r"[a-z0-9]\.[A-Z]")


def may_be_named_in_code(text: str) -> bool:
    """Whether NAMED_IN_CODE can match somewhere in `text` (a necessary condition only)."""
    return text.count("/") >= 3 or _QUALIFIED_HINT.search(text) is not None


_MEMBER = lazy(r"[a-z][a-z0-9]++(?:\.[a-z][a-z0-9]++)*+\.([A-Z][A-Za-z0-9]++)")


def member_of(code: str) -> str | None:
    """The member a qualified name names (``TerminationGracePeriodSeconds`` of
    ``k8s.TerminationGracePeriodSeconds``), or None for other codes.

    >>> member_of("k8s.TerminationGracePeriodSeconds"), member_of("pkg/app/server"), member_of("H100")
    ('TerminationGracePeriodSeconds', None, None)
    """
    match = _MEMBER.fullmatch(code)
    return match.group(1) if match else None


# A Windows environment variable (%HOME%, %APPDATA%), a path often starting with it
# ("%HOME%/.gitconfig"): a name of the system, which no translation translates.
ENVIRONMENT_VARIABLE = lazy(r"(?<![\w%])%[A-Z][A-Za-z0-9_]++%(?![\w%])")


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    found = []
    for match in _UNIT_POWER.finditer(text) if "²" in text or "³" in text else ():
        # "km²" is the unit a plain text writes "km2" (its power, not a number of its own);
        # soft, as a unit is: it excuses the other version's "km2", and "square kilometres"
        # or "平方キロ" need not write it.
        if claims.free(*match.span()):
            claims.take(*match.span())
            found.append(Invariant("code", match.group(1) + ("2" if match.group(2) == "²" else "3"),
                                   match.group(), *match.span(), (), "word"))
    if may_have_code_word(text):
        found.extend(_code_words(text, claims))
    for match in ENVIRONMENT_VARIABLE.finditer(text) if "%" in text else ():
        if claims.free(*match.span()):
            claims.take(*match.span())
            found.append(Invariant("code", match.group(), match.group(), *match.span()))
    for match in HOST_NAME.finditer(text) if "." in text and _HOST_HINT.search(text) else ():
        if claims.free(*match.span()):
            claims.take(*match.span())
            found.append(Invariant("code", match.group(), match.group(), *match.span()))
    for match in NAMED_IN_CODE.finditer(text) if may_be_named_in_code(text) else ():
        if claims.free(*match.span()):
            claims.take(*match.span())
            found.append(Invariant("code", match.group(), match.group(), *match.span()))
    for match in SNAKE_CASE.finditer(text) if IDENTIFIER_HINT.search(text) else ():
        if "_" not in match.group() and (info.language in PREFIXING or block == "code"):
            # "waseHungary", "kuBaba": a name after its noun-class prefix, no identifier; and
            # a code block's comments name its identifiers as `compare.code` reads them
            continue
        if claims.free(*match.span()):
            if match.group()[0].islower():
                claims.take(*match.span())
            # (one in upper camel case stays a name too: a name dropped, or misspelt, is the
            # names check's; as code it is compared where it became another identifier)
            found.append(Invariant("code", match.group(), match.group(), *match.span()))
    for match in SHORT_OPTION.finditer(text) if "-" in text and block != "code" else ():
        if claims.free(*match.span()) and not _in_link_text(text, *match.span()):
            claims.take(*match.span())
            found.append(Invariant("code", match.group(), match.group(), *match.span()))
    for match in DOTTED_KEY.finditer(text) if block != "code" and DOTTED_HINT.search(text) else ():
        if claims.free(*match.span()) and _dotted_key(match) and not _in_link_text(text, *match.span()) and not (
                _TWO_WORDS.fullmatch(match.group()) and main_script(text) in ("latin", None)):
            # ("berekend.values": in a text of spaced words, two words joined by a stop
            # may be a sentence run on; a file's extension or a third key tells a key)
            claims.take(*match.span())
            found.append(Invariant("code", match.group(), match.group(), *match.span()))
    for match in CONSTANT_CASE.finditer(text) if "_" in text and block != "code" else ():
        if claims.free(*match.span()) and not _in_link_text(text, *match.span()):
            claims.take(*match.span())
            found.append(Invariant("code", match.group(), match.group(), *match.span()))
    for match in _VERSION.finditer(text) if "." in text and _VERSION_HINT.search(text) else ():
        start, end = match.span()
        parts = match.group().lstrip("v").split(".")
        if len(parts) > 2 and all(len(p) == 3 for p in parts[1:]):
            continue  # 1.000.000 is a number grouped in threes
        if len(parts) > 2 and "." in info.groups and len(parts[0]) <= 2 and len(parts[-1]) == 3 \
                and all(len(p) == 2 for p in parts[1:-1]):
            continue  # 2.06.737: an Indian number (2,06,737) grouped with the locale's points
        if claims.free(start, end):
            claims.take(start, end)
            # "Python 3,10" with a decimal comma is still version 3.10.
            found.append(Invariant("code", match.group().lstrip("v").replace(",", "."), match.group(), start, end))
    for match in _CODE.finditer(text) if _CODE_HINT.search(text) else ():
        start, end = match.span("code")
        if not claims.free(start, end) or (len(match.group("code")) > 1 and match.group("code")[:2] in _CURRENCY_STARTS
                                           and currency_amount_at(text, start, info)):
            continue  # "N585 million": an amount in naira, which the number reader takes
        if info.language in PREFIXING and _OPENING_VOWEL.match(match.group("code")) and not text[:start].strip(" \"“("):
            continue  # "I-20 yeepesenti": a noun-class prefix capitalised at the paragraph's start
        claims.take(start, end)
        raw = match.group("code")
        value = normalise(raw)
        readings = latin_readings(value) if not raw.isascii() else ()
        if not readings and not value.isascii():
            value = unaccented_code(value)  # ČT24 is CT24, as other versions and ЧТ24 write it
        found.append(Invariant("code", readings[0], raw, start, end, readings[1:]) if readings
                     else Invariant("code", value, raw, start, end, (), "word" if _SAME_TO_SAME.fullmatch(value) else None))
        found.extend(_range_end(text, value, end, claims))
    return found


# One capital, a 2 read "to", the same capital: P2P (peer-to-peer), B2B, E2E, M2M. A kind of
# link named as an acronym, not a model's code: a translation writes it out (点对点, 端到端),
# leaves it out or adds it as it rewords ("Dragonfly 集群" / "Dragonfly P2P 集群"), so it is
# soft, as a code written as a word is (I2C, U2F, whose letters differ, stay codes).
_SAME_TO_SAME = lazy(r"(\p{Lu})2\1")


# The other end of a range of codes written with its number only: "EF4～5" is EF4 to EF5.
_CODE_LETTERS = lazy(r"(\p{Lu}+)\d+")
_RANGE_END = lazy(r"[ \u00a0]?(?:～|〜|~|–|—|-|to|bis|à|a|до)[ \u00a0]?(\d{1,3})(?![\p{Latin}\p{N}]|[.,]\d)")


def _range_end(text: str, code: str, end: int, claims) -> list[Invariant]:
    """The code a range's second end stands for, when it is written as a bare number.

    >>> from xlcheck.extract import Claims
    >>> [(inv.value, inv.text) for inv in _range_end("EF4～5と", "EF4", 3, Claims(6))]
    [('EF5', '5')]
    """
    letters = _CODE_LETTERS.fullmatch(code)
    match = _RANGE_END.match(text, end) if letters else None
    if match is None or not claims.free(*match.span(1)):
        return []
    claims.take(*match.span(1))
    return [Invariant("code", letters.group(1) + match.group(1), match.group(1), *match.span(1))]
