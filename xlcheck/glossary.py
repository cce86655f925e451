"""Names that translators legitimately change: AI/IA/KI, USA/EUA/Estados Unidos.

A glossary maps every form to one canonical form, so the `name` check compares
canonical names. Users extend the built-in set with ``[tool.xlcheck.glossary]``::

    [tool.xlcheck.glossary]
    "Munich" = ["München", "Munique"]
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from array import array
from collections.abc import Iterable, Iterator, Mapping

import regex

from xlcheck import gazetteer, regexcache
from xlcheck.patterns import casefolded, lazy, longest_first, pieces
from xlcheck.scripts import beyond_latin

BUILTIN: dict[str, tuple[str, ...]] = {
    "AI": ("IA", "KI", "artificial intelligence", "künstliche Intelligenz", "künstlichen Intelligenz",
           "inteligência artificial", "inteligencia artificial", "intelligence artificielle",
           "intelligenza artificiale",
           # Estonian in the cases it takes most, Finnish, Korean (인공지능; "AI" kept is
           # the same name)
           "tehisintellekt", "tehisintellekti", "tehisintellekte", "tehisintellektil", "tehisintellektile",
           "tehisintellektiga", "tehisintellektist", "tehisintellektis", "tehisintellektiks",
           "tehisintelligents", "tehisintelligentsi", "tehisintelligentsil", "tehisintelligentsile",
           "tehisintelligentsiga", "tehisintelligentsist", "tehisintelligentsis",
           "tekoäly", "tekoälyn", "tekoälyä", "tekoälyyn", "tekoälyssä", "tekoälystä", "인공지능",
           # Greek (its cases are the endings every phrase may take: "Τεχνητής Νοημοσύνης");
           # Hebrew with the article and the one-letter prefixes glued on ("לבינה מלאכותית",
           # for artificial intelligence; "הבינה המלאכותית")
           "τεχνητή νοημοσύνη",
           *(prefix + "בינה " + article + "מלאכותית" for prefix in ("", "ה", "ו", "ב", "ל", "מ", "ש", "כ", "וה",
                                                                    "וב", "ול", "ומ", "שה", "מה", "שב", "של")
             for article in ("", "ה"))),
    "USA": ("US", "U.S.", "EUA", "EE.UU.", "EE. UU.", "Estados Unidos", "United States", "Vereinigte Staaten",
            "États-Unis", "Stati Uniti", "Amerika", "America", "América", "SUA", "Statele Unite"),
    "EU": ("UE", "European Union", "Europäische Union", "União Europeia", "Unión Europea", "Union européenne",
           "Unione europea"),
    "UN": ("ONU", "UNO", "United Nations", "Vereinte Nationen", "Nações Unidas", "Naciones Unidas"),
    "NATO": ("OTAN",),
    "UK": ("United Kingdom", "Reino Unido", "Vereinigtes Königreich", "Royaume-Uni", "Regno Unito"),
    "Germany": ("Deutschland", "Alemanha", "Alemania", "Allemagne", "Germania"),
    "China": ("Chine", "Cina"),
    "Munich": ("München", "Munique", "Múnich", "Monaco di Baviera"),
    # German places English and the Romance languages name by their own exonyms ("Bayerns
    # Lewandowski" / "Bavaria's Lewandowski").
    "Bavaria": ("Bayern", "Baviera", "Bavière"),
    "Cologne": ("Köln", "Colônia"),
    "Nuremberg": ("Nürnberg", "Núremberg", "Nuremberga", "Norimberga"),
    "Saxony": ("Sachsen", "Saxônia", "Sajonia", "Saxe", "Sassonia"),
    "Vienna": ("Wien", "Viena", "Vienne"),
    "Europe": ("Europa",),
    # Institutions whose initials each language spells from its own words (EEA / EWR).
    "EEA": ("EWR", "EEE", "SEE", "European Economic Area", "Europäischer Wirtschaftsraum",
            "Espaço Económico Europeu", "Espacio Económico Europeo", "Espace économique européen"),
    "WHO": ("OMS", "World Health Organization", "Weltgesundheitsorganisation", "Organização Mundial da Saúde",
            "Organización Mundial de la Salud", "Organisation mondiale de la santé"),
    "IMF": ("IWF", "FMI", "International Monetary Fund", "Internationaler Währungsfonds", "Fundo Monetário Internacional",
            "Fondo Monetario Internacional", "Fonds monétaire international"),
    "ECB": ("EZB", "BCE", "European Central Bank", "Europäische Zentralbank", "Banco Central Europeu",
            "Banco Central Europeo", "Banque centrale européenne"),
    "WTO": ("OMC", "World Trade Organization", "Welthandelsorganisation", "Organização Mundial do Comércio",
            "Organización Mundial del Comercio", "Organisation mondiale du commerce"),
    # Public services a translation names by what they are (NHS / das Gesundheitssystem).
    "NHS": ("National Health Service", "Gesundheitssystem", "Gesundheitswesen", "Gesundheitsdienst",
            "nationale Gesundheitsdienst", "sistema de salud", "servicio de salud", "sistema sanitario",
            "Servicio Nacional de Salud", "système de santé", "service de santé", "service national de santé",
            "sistema de saúde", "serviço de saúde", "Serviço Nacional de Saúde"),
    "OECD": ("OCDE", "OCSE"),
    "IAEA": ("IAEO", "AIEA"),
    "OPEC": ("OPEP",),
    "IOC": ("IOK", "COI", "CIO"),
    "GDP": ("BIP", "PIB", "Bruttoinlandsprodukt", "gross domestic product"),
    "NGO": ("NGOs", "NRO", "ONG", "ONGs"),
    # A degree each language names by its own words: the doctorate (博士号, Doktortitel) or
    # the degree that stands for it (кандидат наук, the Soviet-era candidate of sciences).
    "PhD": ("Ph.D.", "PhDs", "博士号", "博士学位", "박사 학위", "кандидат наук", "кандидатів наук", "доктор філософії",
            "Doktortitel", "Doktorgrad", "doctorat", "doctorado", "doutorado", "doutoramento",
            "dottorato"),
    # Keys a software catalogue names by the reader's keyboard ("Ctrl-Scrollwheel" /
    # "Strg+Mausrad"): `extract/keyboard.py`'s labels that are no words of their language.
    "Ctrl": ("Strg",),
    "Shift": ("Umschalt", "Maj", "Mayús", "Maiusc"),
    "Delete": ("Entf", "Suppr", "Supr", "Canc"),
}
# The gazetteer's names in other scripts (FedEx / 联邦快递, Pentagon / Пентагон).
for _canonical, _forms in gazetteer.cross_script_forms().items():
    BUILTIN[_canonical] = BUILTIN.get(_canonical, ()) + _forms
# Scripts that write no space between words: a form in them is found inside a longer run
# of letters (联邦快递球场, "the FedEx stadium"), and takes no inflection.
_UNSPACED = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_SCRIPTS = tuple((name, lazy(pattern)) for name, pattern in (
    ("han", r"\p{Han}"), ("kana", r"[\p{Hiragana}\p{Katakana}]"), ("hangul", r"\p{Hangul}"),
    ("cyrillic", r"\p{Cyrillic}"), ("greek", r"\p{Greek}"), ("arabic", r"\p{Arabic}")))
_SCRIPT_OF = dict(_SCRIPTS)


# (Module-level calls with a pattern's text cost a look-up in regex's cache each: ~10 µs,
# hundreds of times at start-up.)
_LONG_WORD = lazy(r"(\p{L}{3,})")
_WORD_END = lazy(r"[\s.]")


def _inflected(phrase: str) -> str:
    """A phrase as a pattern whose words of three letters or more may take an ending of
    up to three letters: German and Portuguese inflect names made of adjectives and nouns.

    >>> bool(regex.fullmatch(_inflected("vereinigtes königreich"), "vereinigten königreichs"))
    True
    """
    parts = _LONG_WORD.split(phrase)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            stem = part[:-2] if len(part) >= 8 else part  # "vereinigtes" -> "vereinigt" + "en"
            out.append(regex.escape(stem) + (r"\p{L}{0,4}" if stem != part else r"\p{L}{0,3}"))
        else:
            out.append(regex.escape(part))
    return "".join(out)


_ACRONYM = lazy(r"[A-Z]{2,5}")


def _spellings(form: str) -> tuple[str, ...]:
    """A form and the other ways it is written: an acronym also with a full stop after
    each letter, as news writes it ("EUA" / "E.U.A.", "USA" / "U.S.A.").

    >>> _spellings("EUA"), _spellings("Estados Unidos")
    (('EUA', 'E.U.A.'), ('Estados Unidos',))
    """
    if _ACRONYM.fullmatch(form):
        return form, "".join(f"{letter}." for letter in form)
    return (form,)


def _literal_start(phrase: str) -> str:
    """What every match of a phrase's pattern begins with, as written in the phrase: a
    phrase of a script without spaces is matched as it is; another up to the stem of its
    first word that `_inflected` lets take an ending (the whole phrase if none does).

    >>> _literal_start("vereinigtes königreich"), _literal_start("u.s."), _literal_start("l'onu")
    ('vereinigt', 'u.s.', "l'onu")
    """
    if _UNSPACED.search(phrase):
        return phrase
    parts = _LONG_WORD.split(phrase)
    if len(parts) == 1:
        return phrase
    word = parts[1]
    return parts[0] + (word[:-2] if len(word) >= 8 else word)


class Glossary:
    """Equivalence classes of names, each with one canonical form."""

    def __init__(self, entries: Mapping[str, Iterable[str]] = BUILTIN) -> None:
        self._canonical: dict[str, str] = {}
        self._phrases: dict[str, str] = {}
        self._terms: dict[str, set[str]] = {}
        for canonical, forms in entries.items():
            self.add(canonical, forms)
        self._pattern: regex.Pattern[str] | None = None
        self._starts: re.Pattern[str] | None = None  # where a match of `_pattern` may begin
        self._ordered: list[str] = []
        self._first_words: frozenset[str] | None = None
        self._by_script: dict[str, frozenset[str]] = {}
        self._key_of: dict[str, str] = {}  # each phrase's key
        self._among: dict[frozenset[str], tuple[str, ...]] = {}  # the keys of some terms' phrases

    def add(self, canonical: str, forms: Iterable[str]) -> None:
        """Declare `forms` equivalent to `canonical` (merging with what is known)."""
        canonical = self._canonical.get(canonical, canonical)
        terms = self._terms.setdefault(canonical, {canonical})
        for form in (spelling for written in forms for spelling in _spellings(written)):
            terms.add(form)
            self._canonical[form] = canonical
            if " " in form or "." in form or _UNSPACED.search(form):
                self._phrases[form.casefold()] = canonical
                self._first_words = None
        self._canonical[canonical] = canonical
        self._pattern = self._starts = None

    def extended(self, entries: Mapping[str, Iterable[str]]) -> Glossary:
        """A copy with `entries` added."""
        copy = Glossary({c: tuple(t - {c}) for c, t in self._terms.items()})
        for canonical, forms in entries.items():
            copy.add(canonical, forms)
        return copy

    def canonical(self, name: str) -> str:
        """The canonical form of a name (the name itself when unknown).

        >>> Glossary().canonical("KI"), Glossary().canonical("Wang")
        ('AI', 'Wang')
        """
        return self._canonical.get(name, name)

    def terms(self, canonical: str) -> set[str]:
        return self._terms.get(canonical, {canonical})

    def phrase_terms(self) -> frozenset[str]:
        """Every term `find_spans` may return."""
        return frozenset(self._phrases.values())

    def _compiled(self) -> regex.Pattern[str]:
        if self._pattern is None:
            phrases = sorted(self._phrases, key=longest_first)
            self._ordered = phrases
            # Each word may carry an inflection ("des Vereinigten Königreichs").
            spaced = "|".join(f"(?P<p{i}>{_inflected(p)})" for i, p in enumerate(phrases)
                              if not _UNSPACED.search(p)) or r"(?!)"
            unspaced = "|".join(f"(?P<p{i}>{regex.escape(p)})" for i, p in enumerate(phrases)
                                if _UNSPACED.search(p)) or r"(?!)"
            self._pattern = regexcache.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{spaced})(?![\p{{L}}\p{{N}}])|{unspaced}",
                                               regex.IGNORECASE)
        return self._pattern

    def find_spans(self, text: str, among: frozenset[str] | None = None) -> list[tuple[str, int, int]]:
        """Multi-word glossary terms in `text`: (canonical, start, end).

        A caller that wants only the terms `among` gets [] for a text that holds none of
        their phrases' keys (the search is the costly part); otherwise every term found, as
        without `among`, which the caller keeps or drops.

        >>> Glossary().find_spans("entre os Estados Unidos e a China")
        [('USA', 9, 23)]
        >>> Glossary().find_spans("entre os Estados Unidos e a China", among=frozenset({"EU"}))
        []
        """
        folded = casefolded(text)
        if among is not None and not any(key in folded for key in self._keys_among(among)):
            return []
        if not self._may_hold(folded):
            return []  # substring tests in C are much cheaper than the pattern
        pattern = self._compiled()
        matches = (self._finditer(pattern, text, folded, start, end) for start, end in self._lines_to_scan(text, folded))
        return [(self._phrases[self._ordered[int(m.lastgroup[1:])]], m.start(), m.end()) for found in matches
                for m in found]

    def _finditer(self, pattern: regex.Pattern[str], text: str, folded: str, start: int,
                  end: int) -> Iterator[regex.Match[str]]:
        """``pattern.finditer(text, start, end)``, the pattern tried only where the
        case-folded text holds the beginning every match of a phrase starts with
        (`_literal_start`): the pattern, hundreds of phrases with look-arounds, costs
        microseconds at each character where it is tried, and a catalogue's lines that
        hold a phrase's first word mostly hold no phrase. Where case folding moved the
        offsets, every character is tried."""
        if len(folded) != len(text):
            yield from pattern.finditer(text, start, end)
            return
        if self._starts is None:
            beginnings = {_literal_start(p).casefold() for p in self._phrases}
            self._starts = re.compile("|".join(re.escape(b) for b in sorted(beginnings, key=longest_first)) or "(?!)")
        at = start
        # (a search of the standard `re` for the beginnings skips in C the characters none
        # of them starts with; searched again from the next character, or after a match, as
        # finditer goes on)
        while (candidate := self._starts.search(folded, at, end)) is not None:
            match = pattern.match(text, candidate.start(), end)
            if match is None:
                at = candidate.start() + 1
            else:
                at = match.end()
                yield match

    def _keys(self) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
        """What a text must hold for a phrase to be in it, as substrings: the first word of
        each phrase, or the whole phrase when that word is short enough to occur inside any
        text ("u" of "U.S."); all of them, and grouped by the script they need (a key with
        a Han character cannot be in a text without one)."""
        if self._first_words is None:
            firsts = {p: _WORD_END.split(p)[0] for p in self._phrases}
            self._key_of = {p: first[:6] if len(first) >= 4 else p for p, first in firsts.items()}
            self._among = {}
            self._first_words = frozenset(self._key_of.values())
            groups: dict[str, set[str]] = {}
            for key in self._first_words:
                script = next((name for name, pattern in _SCRIPTS if pattern.search(key)),
                              "other" if beyond_latin(key) else "latin")
                groups.setdefault(script, set()).add(key)
            self._by_script = {script: frozenset(keys) for script, keys in groups.items()}
        return self._first_words, self._by_script

    def _keys_among(self, among: frozenset[str]) -> tuple[str, ...]:
        """The keys (as `_keys` gives them) of the phrases of the terms `among`."""
        self._keys()
        keys = self._among.get(among)
        if keys is None:
            keys = self._among[among] = tuple(sorted({self._key_of[p] for p, canonical in self._phrases.items()
                                                      if canonical in among}))
        return keys

    def _may_hold(self, folded: str) -> bool:
        """Whether a case-folded text may hold a phrase (never False when it does). Most
        phrases are in other scripts than Latin (联邦快递, Пентагон): a text is searched only
        for those whose script it has."""
        _, by_script = self._keys()
        if any(word in folded for word in by_script.get("latin", ())):
            return True
        if not beyond_latin(folded):
            return False
        return any(any(word in folded for word in keys) for script, keys in by_script.items()
                   if script != "latin" and (script == "other" or _SCRIPT_OF[script].search(folded)))

    def _lines_to_scan(self, text: str, folded: str) -> list[tuple[int, int]]:
        """The spans of `text` worth scanning: in a long text, only the lines holding a
        phrase's first word (a phrase never spans a line break, and the pattern's look-arounds
        read a line's ends as they read the break), else the whole text."""
        if len(text) < 4096 or any("\n" in p for p in self._phrases):
            return [(0, len(text))]
        # A key of a script the text lacks (a Han key in an English text) cannot be in it.
        _, by_script = self._keys()
        keys = [key for script, group in by_script.items()
                if script in ("latin", "other") or _SCRIPT_OF[script].search(folded) for key in group]
        hits = sorted(at for word in keys for at in _occurrences(folded, word))
        if not hits:
            return []
        if len(folded) == len(text):
            # Case folding kept every offset (the common case): each hit's line is read
            # around it, without the start of every line of a large document in memory.
            spans = set()
            for at in hits:
                end = text.find("\n", at)
                spans.add((text.rfind("\n", 0, at) + 1, end if end >= 0 else len(text)))
            return sorted(spans)
        # Case folding may change a line's length, never the lines: the n-th line of
        # `folded` is the folded n-th line of `text`.
        folded_starts, starts = _line_starts(folded), _line_starts(text)
        lines = sorted({bisect.bisect_right(folded_starts, at) - 1 for at in hits})
        return [(starts[n], starts[n + 1] - 1 if n + 1 < len(starts) else len(text)) for n in lines]

    def find(self, text: str) -> set[str]:
        """The terms of `text`: a whole document is read piece by piece, cut at line breaks
        (no phrase spans one). A piece of ASCII prose is stored at one byte a character
        where the whole text may take four (one emoji is enough), and the substring tests
        that find the lines to scan read every piece once per key.

        >>> sorted(Glossary().find("entre os Estados Unidos e a China\\n" * 3000))
        ['USA']
        """
        if len(text) <= 1 << 16 or any("\n" in p for p in self._phrases):
            return {canonical for canonical, _, _ in self.find_spans(text)}
        return {canonical for piece in pieces(text) for canonical, _, _ in self.find_spans(piece)}


def _occurrences(text: str, word: str) -> list[int]:
    found = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _line_starts(text: str) -> array:
    """Where each line of `text` starts (counted in C: a 3 MB document has 50,000 lines),
    in an array (an int object costs four times an item)."""
    lines = text.split("\n")
    return array("q", map(operator.add, itertools.accumulate(map(len, lines), initial=0), range(len(lines))))
