"""Which of the names' checks can find anything in a group, decided once per group.

Most of the names' checks compare versions in two given scripts (a Latin source and a
Cyrillic, Devanagari or katakana translation) or two given languages (Japanese and
Chinese); a catalogue of one pair in other scripts runs each of them on every entry for
nothing. `GroupScripts` reads what those checks test first, the main script of each
version's text (`main_script`, remembered for the checks themselves), whether it is all
ASCII, and the documents' languages, and `may_run` answers, for one check, whether its
first tests can pass. Each answer is a condition the check itself requires before it
reads anything (its docstring and first lines say which), so skipping a check it rules
out changes no finding; `tests/test_prescreen.py` runs every check on fixture groups and
checks that a check ruled out finds nothing.

Most checks of names written in Latin letters read a capitalised word of the paragraph (a
title, a speaker, a run of capitalised words) or a name the extractors found in it: a
group whose versions hold no capital letter (no upper-case letter) and no name (a catalogue's
entries of lower-case prose) skips them, one search of each version's text deciding.
"""

from __future__ import annotations

from xlcheck.compare.agencies import lower_case_credits
from xlcheck.compare.context import Context, Group
from xlcheck.compare.cyrillic import ENDINGS
from xlcheck.locales import base_language, latin_script, serbian_latin
from xlcheck.patterns import lazy
from xlcheck.scripts import main_script

_KATAKANA = lazy(r"\p{Katakana}")
_CAPITAL = lazy(r"\p{Lu}")
_CYRILLIC_OR_GREEK = frozenset({"cyrillic", "greek"})
# Languages that capitalise their nouns (a German version's lone names are never compared).
NOUN_CAPITALISING = frozenset({"de", "lb"})
# Languages whose press names bodies by their English acronyms (NDDC, FUTA in Hausa).
ENGLISH_ACRONYMS = frozenset({"ha"})
# Ukrainian, Russian, Belarusian: the adjectives of places and organisations they make.
_EAST_SLAVIC = frozenset({"uk", "ru", "be"})


class GroupScripts:
    """The scripts and languages of one group's versions, read once for every check."""

    def __init__(self, ctx: Context, group: Group, docs: list[int],
                 names: dict[int, dict] | None = None) -> None:
        texts = [ctx.text(k, group) for k in docs]
        self.texts = texts
        self.mains = [main_script(text) for text in texts]
        self.langs = [ctx.documents[k].lang for k in docs]
        self.beyond_ascii = 0
        # A capital letter in some version's text (what a capitalised word, a title or an
        # acronym starts with), a katakana letter, and a name in some version: an invariant
        # of kind "name" the extractors found, or one the names' check found (`names`: a
        # glossary's term too).
        self.capitals = self.kana = False
        for text in texts:
            if not text.isascii():
                self.beyond_ascii += 1
                self.kana = self.kana or _KATAKANA.search(text) is not None
            self.capitals = self.capitals or _CAPITAL.search(text) is not None
        self.named = any(names.values()) if names else False
        if not self.named:
            invariants = ctx.invariants
            self.named = any(inv.kind == "name" for k in docs for index in group.members[k]
                             for inv in invariants[k][index])
        self.lower_credit = not self.capitals and any(
            form in text for form in lower_case_credits() for text in texts)
        # Every test reads only these: the answers of one signature hold for every group
        # that has it (a catalogue's entries share a handful), found once for all of them.
        key = (tuple(self.mains), tuple(self.langs), min(self.beyond_ascii, 2), self.capitals, self.named,
               self.kana, self.lower_credit)
        allowed = _ALLOWED.get(key)
        if allowed is None:
            self.scripts = set(self.mains)
            self.bases = {base_language(lang) for lang in self.langs}
            allowed = _ALLOWED[key] = frozenset(check for check, test in _TESTS.items() if test(self))
        self.allowed = allowed

    def may_run(self, check: str) -> bool:
        """Whether the names' check `check` (its method's name) can find anything here."""
        return check in self.allowed or check not in _TESTS

    def _latin_and(self, others: frozenset[str] | set[str]) -> bool:
        return "latin" in self.scripts and not self.scripts.isdisjoint(others)

    def _kana(self) -> bool:
        return self.kana

    def _own_script_pair(self) -> bool:
        # `_lookalike_candidates`: a version in Latin letters and one in another script
        # (or in Latin letters of a language written otherwise, or of Serbian, "own").
        return "latin" in self.scripts and any(
            main not in (None, "latin") or not latin_script(lang) or serbian_latin(lang)
            for main, lang in zip(self.mains, self.langs) if main is not None)

    def _two_latin(self) -> bool:
        # `latin_paragraphs` and `surname_replaced`: two versions whose text is mainly in
        # Latin letters (a version with no paragraph in the group has no text, no script).
        return self.mains.count("latin") >= 2

    def _latin_english(self) -> bool:
        # `surname_replaced`: besides, a translation into English read in Latin letters.
        return self._two_latin() and any(
            main == "latin" and base == "en" for main, base in zip(self.mains, map(base_language, self.langs)))

    def _nouns_and_latin(self) -> bool:
        # `_misspelt_from_nouns`: a version in Latin letters of a language that capitalises
        # its nouns, and another in Latin letters of one that does not.
        nouns = [main == "latin" and base_language(lang) in NOUN_CAPITALISING
                 for main, lang in zip(self.mains, self.langs)]
        return any(nouns) and any(main == "latin" and not noun for main, noun in zip(self.mains, nouns))

    def _english_and_latin(self) -> bool:
        # `speaker_dropped`: an English version and another version in Latin letters.
        return any(base_language(lang) == "en" and any(main == "latin" for j, main in enumerate(self.mains) if j != i)
                   for i, lang in enumerate(self.langs))


# For each check, what its first tests require (a version's main script, a letter outside
# ASCII, a language); checks not listed run on every group.
_TESTS = {
    # a Devanagari translation (main_script "devanagari")
    "_devanagari_candidates": lambda s: "devanagari" in s.scripts,
    # two versions holding a letter of the Brahmic blocks (U+0900-U+0D7F), none of them ASCII
    "brahmic_candidates": lambda s: s.beyond_ascii >= 2,
    # a Latin version and one in another script
    "_script_candidates": lambda s: s._latin_and(s.scripts - {None, "latin"}),
    # a Latin and a Cyrillic version
    "_left_in_cyrillic": lambda s: s._latin_and({"cyrillic"}),
    "_changed_across_scripts": lambda s: s._latin_and({"cyrillic"}),
    # a Cyrillic or Greek version and a Latin one
    "_known_transliteration_lost": lambda s: s._latin_and(_CYRILLIC_OR_GREEK),
    # a Latin version and a Cyrillic one, one that writes katakana, or a Korean one in Hangul
    "_sound_candidates": lambda s: "latin" in s.scripts and (
        "cyrillic" in s.scripts or s._kana() or "hangul" in s.scripts and "ko" in s.bases),
    "_lookalike_candidates": GroupScripts._own_script_pair,
    # an English version and a Japanese one; a Japanese and a Chinese one
    "_unrendered_in_kana": lambda s: {"en", "ja"} <= s.bases,
    "_kanji_candidates": lambda s: {"ja", "zh"} <= s.bases,
    # two versions in Latin letters (`latin_paragraphs`), a capitalised word in one
    # (`oneletter._RUN`, `_SINGLE`, `_MIXED_CASE`)
    "one_letter_changed": lambda s: s.capitals and s._two_latin(),
    # two versions in Latin letters, one of them English, and a person's name (`spelling._PERSON`)
    "surname_replaced": lambda s: s.capitals and s._latin_english(),
    # an English version and another in Latin letters, a capitalised word (a title, a speaker)
    "speaker_dropped": lambda s: s.capitals and s._english_and_latin(),
    # a capitalised word in some version: a full name and its surname (`surnames._PAIR`), a
    # name's final s (`spelling._S_OPENS_NAME`), a German street or two names with a slash
    "surname_dropped": lambda s: s.capitals,
    "ending_s_dropped": lambda s: s.capitals,
    "_streets_and_pairs": lambda s: s.capitals,
    # a name some version holds (`Names._lone_names`, `Names._known_initials`)
    "_lone_candidates": lambda s: s.named,
    "_unaccounted": lambda s: s.named,
    # a name, or a capitalised word (a speaker named by the surname, `respelt.speakers`)
    "_respelt_candidates": lambda s: s.capitals or s.named,
    # an agency's name as it is written (`agencies._credits`): all but a few hold a capital
    "agency_dropped": lambda s: s.capitals or s.lower_credit,
    # a German version in Latin letters and another language's in Latin letters, and a
    # capitalised name in running text (a name, or a quoted title of one capitalised word)
    "_misspelt_from_nouns": lambda s: (s.capitals or s.named) and s._nouns_and_latin(),
    # a version in Ukrainian, Russian or Belarusian and one in Latin letters
    "_organisation_adjectives": lambda s: "latin" in s.scripts and not s.bases.isdisjoint(_EAST_SLAVIC),
    # a version in Ukrainian, Russian or Belarusian and one in Czech, Slovak, Polish,
    # Croatian... (`cyrillic.ENDINGS`), either way
    "_place_made_city": lambda s: not s.bases.isdisjoint(_EAST_SLAVIC) and not s.bases.isdisjoint(ENDINGS),
    # a Chinese version and one in Latin letters
    "_byline_candidates": lambda s: "zh" in s.bases and "latin" in s.scripts,
    # a Cyrillic or Greek version and a Latin one
    "_listed_name_lost": lambda s: s._latin_and(_CYRILLIC_OR_GREEK),
    # two versions in Latin letters, one in Hausa (`ENGLISH_ACRONYMS`), one in English
    "_acronym_never_written": lambda s: s._two_latin() and "en" in s.bases and not s.bases.isdisjoint(ENGLISH_ACRONYMS),
    # two versions whose texts hold a letter outside ASCII (the letter set apart, the word it belongs to)
    "_broken_apart": lambda s: s.beyond_ascii >= 2,
}
# The checks each signature of `GroupScripts` may run.
_ALLOWED: dict[tuple, frozenset[str]] = {}
