"""The speed work changes no result, and a catalogue's check grows linearly.

The prefilters of `xlcheck.extract` decide only whether an extractor runs: every
fixture document gives the same invariants with and without them, and no gate skips a
text its pattern would match. Each shortcut is checked against the long way it replaces:
worker processes (extraction and comparison) against one process on every fixture
catalogue, number words tried where a word starts against the full scan, a glossary's
line scan against the whole text, one-to-one grouping against union-find, the one-pass
PO check against the line loop. The check of a catalogue is timed at n and 8n entries,
with a fifth of them drifted (so findings grow with it), and the ratio is compared,
never an absolute time (as in test_adversarial.py).
"""

from __future__ import annotations

import gc
import json
import time
from collections import Counter
from pathlib import Path

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import xlcheck.extract
from xlcheck import check
from xlcheck.bench import synthetic_catalogue
from xlcheck.compare.blame import _joined_groups, build_groups
from xlcheck.errors import XlcheckError
from xlcheck.extract import extract_segment
from xlcheck.glossary import BUILTIN, Glossary
from xlcheck.io import read_documents
from xlcheck.io.po import read_catalogue
from xlcheck.locales import NUMBER_WORDS, locale_info
from xlcheck.model import Alignment, Bead

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SUFFIXES = {".txt": 1, ".md": 1, ".mdx": 1, ".po": 2, ".xlf": 2}
# Linear work gives a ratio of 8 at SCALE 8; n log n about 10; n**1.5 about 23; quadratic 64.
# 16 keeps every super-linear path of degree 1.5 or more out while leaving room for a loaded
# machine (12.8 was seen once for a linear reader at load 9).
MAX_RATIO = 16
SCALE = 8


def _fixture_documents():
    for path in sorted(FIXTURES.rglob("*")):
        wanted = SUFFIXES.get(path.suffix)
        if wanted is None or not path.is_file():
            continue
        try:
            yield from read_documents(str(path), (None,) * wanted)
        except XlcheckError:
            continue  # a file whose language the name does not tell


DOCUMENTS = list(_fixture_documents())


def test_the_fixtures_hold_real_catalogues_and_documents():
    formats = {d.format for d in DOCUMENTS}
    assert "po" in formats and len(DOCUMENTS) > 50


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: f"{d.path}:{d.lang}")
def test_prefilters_change_no_invariant(document):
    info = locale_info(document.lang)
    for paragraph in document.paragraphs:
        assert extract_segment(paragraph, info) == extract_segment(paragraph, info, prefilter=False), paragraph.text


def test_prefilters_skip_what_cannot_match():
    from xlcheck.extract.prescreen import Screen

    assert not Screen("no digits here").may_have_code()
    assert Screen("NASDAQ:NVDA").may_have_code()
    assert not Screen("tout en minuscules, 한국어").may_have_name()
    assert Screen("Été").may_have_name()


def _cpu(function, repeat: int = 5) -> float:
    """The least CPU time of `repeat` runs, with the cyclic garbage collector paused: its
    full collections cost with every object alive in the test process, not with the
    work timed, and made the n-vs-8n ratio jump past the limit on a loaded machine."""
    best = float("inf")
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            function()
            best = min(best, time.process_time() - start)
    finally:
        if collecting:
            gc.enable()
    return max(best, 1e-3)


@pytest.fixture
def in_process(monkeypatch):
    # CPU time is measured in this process, so extraction must not fork workers.
    monkeypatch.setattr(xlcheck.extract, "PARALLEL_FROM", 10**9)


def test_catalogue_check_grows_linearly_with_entries_and_findings(tmp_path, in_process):
    small, large = tmp_path / "small.de.po", tmp_path / "large.de.po"
    synthetic_catalogue(150, small, seed=5, drift=0.2)
    synthetic_catalogue(150 * SCALE, large, seed=5, drift=0.2)
    check([str(small)])  # load the locales once
    assert len(check([str(large)]).findings) > SCALE * 10
    ratio = _cpu(lambda: check([str(large)])) / _cpu(lambda: check([str(small)]))
    assert ratio < MAX_RATIO, ratio


def test_po_reading_grows_linearly(tmp_path):
    path = tmp_path / "catalogue.de.po"
    synthetic_catalogue(400 * SCALE, path, seed=6)
    text = path.read_text(encoding="utf-8")
    cut = text.index("#: synthetic.rst:401\n")
    small_text = text[:cut]
    ratio = (_cpu(lambda: read_catalogue(str(path), text)) / _cpu(lambda: read_catalogue(str(path), small_text)))
    assert ratio < MAX_RATIO, ratio


# -- shortcuts that must find what the long way finds ----------------------------------

CATALOGUES = sorted(str(p) for p in FIXTURES.rglob("*.po"))


def _findings(paths):
    return [repr(f) for f in check(paths).findings]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: Path(p).name)
def test_worker_processes_change_no_finding(catalogue, monkeypatch):
    monkeypatch.setattr(xlcheck.extract, "PARALLEL_FROM", 10**9)
    alone = _findings([catalogue])
    monkeypatch.setattr(xlcheck.extract, "PARALLEL_FROM", 1)  # every catalogue split over workers
    assert _findings([catalogue]) == alone


def test_worker_processes_change_no_finding_on_a_drifted_catalogue(tmp_path, monkeypatch):
    path = tmp_path / "drifted.de.po"
    synthetic_catalogue(600, path, seed=9, drift=0.3)
    monkeypatch.setattr(xlcheck.extract, "PARALLEL_FROM", 10**9)
    alone = _findings([str(path)])
    assert len(alone) > 100
    monkeypatch.setattr(xlcheck.extract, "PARALLEL_FROM", 50)
    assert _findings([str(path)]) == alone


def test_worker_processes_keep_changed_code_lines_paired(tmp_path, monkeypatch):
    # Each worker numbers the two sides of a changed line of code from the same count.
    lines = ['msgid ""', 'msgstr ""', '"Language: de\\n"', ""]
    for i in range(40):
        lines += [f'msgid ">>> x = compute({i})\\n>>> print(x)\\n{i * 7}\\n"',
                  f'msgstr ">>> x = compute({i})\\n>>> print(x)\\n{i * 7 + (i % 3 == 0)}\\n"', ""]
    path = tmp_path / "code.de.po"
    path.write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.setattr(xlcheck.extract, "PARALLEL_FROM", 10**9)
    alone = check([str(path)]).findings
    assert len(alone) == sum(1 for i in range(40) if i % 3 == 0) and all(f.rule == "XL703" for f in alone)
    monkeypatch.setattr(xlcheck.extract, "PARALLEL_FROM", 1)
    assert check([str(path)]).findings == alone


_NUMBER_WORDS = sorted({w for lang in ("en", "de", "pt", "fr", "es", "it") for w in NUMBER_WORDS.get(lang, {})})
_PIECES = st.one_of(st.sampled_from(_NUMBER_WORDS), st.sampled_from(_NUMBER_WORDS).map(str.upper),
                    st.sampled_from([" ", "-", "–", ",", ".", "\n", "2", "x", "é", "\u0301", "ß", "İ", "(", "_"]),
                    st.text(max_size=3))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.sampled_from(["en", "de", "pt", "fr", "es", "it"]))
def test_number_words_found_where_a_word_starts_are_all_of_them(text, lang):
    from xlcheck.extract import numbers

    info = locale_info(lang)
    table = dict(info.number_words)
    table.update(numbers.APPROXIMATE.get(info.language, {}))
    pattern = numbers._word_pattern(list(table))
    leads = frozenset(numbers._lead(w) for w in table)
    assume("" not in leads)
    assert [m.span() for m in numbers._word_matches(pattern, text, leads)] == \
        [m.span() for m in pattern.finditer(text)]


_PHRASE_PIECES = st.one_of(st.sampled_from(["United States", "Estados Unidos", "EUROPEAN UNION", "Vereinigten Staaten",
                                            "U.S.", "künstliche Intelligenz", "Straße", "İstanbul", "ﬁle", "x"]),
                           st.sampled_from([" ", "\n", "\n\n", ", ", "-", "ẞ"]), st.text(max_size=4))


@settings(max_examples=200, deadline=None)
@given(st.lists(_PHRASE_PIECES, max_size=40).map("".join), st.integers(0, 5000))
def test_glossary_scans_lines_as_it_scans_the_whole_text(text, padding):
    glossary = Glossary(BUILTIN)
    long_text = "a\n" * padding + text  # past the length where only some lines are scanned
    glossary.find_spans("x")
    whole = [(glossary._phrases[glossary._ordered[int(m.lastgroup[1:])]], m.start(), m.end())
             for m in glossary._compiled().finditer(long_text)]
    assert glossary.find_spans(long_text) == whole


_GLOSSARY_PHRASES = sorted(Glossary(BUILTIN)._phrases)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "(", "«", "„", "l'", "x", "\n"]), st.sampled_from(_GLOSSARY_PHRASES),
                          st.sampled_from(["", "s", "en", "es", "n", "x"]), st.sampled_from([str, str.upper, str.title])),
                min_size=1, max_size=4))
def test_the_glossary_prefilter_lets_every_phrase_through(parts):
    # Every built-in phrase, inflected, in any case, after any punctuation: the cheap test
    # before the pattern never rules out a text the pattern matches.
    text = " ".join(case(before + phrase + ending) for before, phrase, ending, case in parts)
    glossary = Glossary(BUILTIN)
    whole = [(glossary._phrases[glossary._ordered[int(m.lastgroup[1:])]], m.start(), m.end())
             for m in glossary._compiled().finditer(text)]
    assert glossary.find_spans(text) == whole


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 3), st.integers(1, 3)), max_size=30))
def test_one_to_one_alignments_group_as_the_general_case_does(steps):
    a = b = -1
    beads = []
    for da, db in steps:
        a, b = a + da, b + db
        beads.append(Bead((a,), (b,), 1.0))
    alignment = Alignment(tuple(beads), 1.0)
    assert build_groups(2, [alignment]) == _joined_groups(2, [alignment])


_PO_LINES = st.one_of(
    st.sampled_from(['msgid "Hello"', 'msgstr "Hallo"', '"continued \\"quoted\\" text"', "#: a.rst:12", "#, fuzzy",
                     '#~ msgid "old"', "#~", '#| msgid "was"', 'msgstr[0] "x"', 'msgid_plural "xs"', "", "  ",
                     'msgid "unclosed', 'msgid "a" "b"', 'msgid "a"  ', '\tmsgid "a"', 'msgid "a"\r', "msgid",
                     'msgctxt "c"', 'msgid "back\\\\"', 'msgid "esc\\"', 'foo "x"', "#~ obsolete", 'msgidx "a"']),
    st.text(alphabet='msgidtr "#~:,\\\t\r[]0\x0c\u2028x', max_size=12))


@settings(max_examples=500, deadline=None)
@given(st.lists(_PO_LINES, max_size=12).map("\n".join))
def test_a_catalogue_read_in_one_pass_is_refused_where_the_line_loop_refuses_it(text):
    from xlcheck.io import po

    assert po.unterminated_line(text) == po._unterminated_by_line(text)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: Path(p).name)
def test_real_catalogues_pass_the_one_pass_test(catalogue):
    from xlcheck.io import po

    text = Path(catalogue).read_text(encoding="utf-8")
    assert po._unterminated_by_line(text) is None and po._PLAIN_CATALOGUE.fullmatch(text.replace("\r", ""))


# Texts rich in what the patterns below look for, to show that their cheap gates (a
# character the pattern cannot match without) never skip a match.
_RICH = st.text(alphabet="aZ09:/\\@#%{}|[]_.-Cv NASDQ:é\u0301`'\"()", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_RICH)
def test_gated_patterns_match_nothing_without_their_characters(text):
    from xlcheck.extract import codes, markup, urls
    from xlcheck.extract.prescreen import Screen

    if not Screen(text).may_have_code():
        assert not list(codes._CODE.finditer(text)) and not list(codes._VERSION.finditer(text))
    if "/" not in text and ":\\" not in text:
        assert not list(urls._PATH.finditer(text))
    if "@" not in text and "#" not in text:
        assert not list(urls._HANDLE.finditer(text))
    if not any(ch in text for ch in "%{|["):
        assert not list(markup._PLACEHOLDER.finditer(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZ09_.@-~/\\: C\n", max_size=40) | st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_paths_of_an_ascii_text_found_by_re_as_by_regex(text):
    """The paths of an ASCII paragraph, read by the standard `re`: the same as `regex`'s
    reading of the same pattern (slashes, dots, tildes, drives and underscores around)."""
    import regex

    from xlcheck.extract import urls

    pattern = regex.compile(urls._PATH_SOURCE)
    for read in (text, "_" + text + "_", "x/" + text + ".md y"):
        assert [m.span() for m in urls._PATH.finditer(read)] == [m.span() for m in pattern.finditer(read)]


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 60), st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=8),
       st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=20))
def test_claims_free_as_no_claimed_character(length, taken, asked):
    """`Claims.free` answers what `not any(mask[start:end])` did, after any claims."""
    from xlcheck.extract import Claims

    claims = Claims(length, "x" * length)
    for start, end in taken:
        claims.take(start, end)
    for start, end in asked:
        assert claims.free(start, end) == (not any(claims._mask[start:end]))


_CLOCK_TEXT = st.text(alphabet="0129 \u00a0:.-hUrbisto", max_size=30)


@settings(max_examples=500, deadline=None)
@given(_CLOCK_TEXT)
def test_the_clock_gate_skips_no_time_of_day(text):
    from xlcheck.extract import dates

    if not dates._CLOCK_HINT.search(text):
        for pattern in (dates._TIME, dates._DOTTED_TIME, dates._SHARED_UNIT):
            assert not list(pattern.finditer(text))
    for clock in ("10:30", "13.30 Uhr", "von 10 bis 22 Uhr", "9h30", "às 9 h"):
        assert dates._CLOCK_HINT.search(text + " " + clock)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0129 \u00a0:./-hUQ4apmMsre'’\"ÖQuartalnoslat-хлеtrok", max_size=30))
def test_one_search_for_all_date_hints_finds_each_of_them(text):
    from xlcheck.extract import dates

    hints = (dates._QUARTER_HINT, dates._NUMERIC_HINT, dates._TWELVE_HINT, dates._CLOCK_HINT, dates._DECADE_HINT,
             dates._SLAVIC_DECADE_HINT)
    assert (dates._ANY_HINT.search(text) is not None) == any(hint.search(text) for hint in hints)


# Letters with combining marks, Hangul syllables and conjoining jamo, line breaks: what
# NFC composes, and where.
_DECOMPOSED = st.text(alphabet="ae\u0301\u0327\u0308\n\u1100\u1161\u11a8\uac00\u212b\u00c5 ", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_DECOMPOSED)
def test_texts_are_composed_line_by_line_as_whole(text):
    import unicodedata

    from xlcheck.io import normalise_text

    assert normalise_text(text) == unicodedata.normalize("NFC", text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab `*:_<>\\-.,()x", max_size=40))
def test_rst_markup_read_by_jumps_as_character_by_character(text):
    from xlcheck.extract import rst_inline

    jumped = rst_inline.read(text)
    saved = rst_inline._MARK
    try:
        rst_inline._MARK = _EVERY_CHARACTER  # stops at every character, as the loop did before the jump
        assert rst_inline.read(text) == jumped
    finally:
        rst_inline._MARK = saved


class _EveryCharacter:
    """A stand-in for `rst_inline._MARK` that finds every character."""

    @staticmethod
    def search(text: str, pos: int):
        import regex

        return regex.compile(r"(?s).").search(text, pos)


_EVERY_CHARACTER = _EveryCharacter()


_CODE_TEXT = st.text(alphabet="aZHv09٣４Ｂ:.,-_ /NASDQé", max_size=30)


@settings(max_examples=500, deadline=None)
@given(_CODE_TEXT)
def test_code_gates_skip_no_code_or_version(text):
    from xlcheck.extract import codes

    if not codes._CODE_HINT.search(text):
        assert not list(codes._CODE.finditer(text))
    if not codes._VERSION_HINT.search(text):
        assert not list(codes._VERSION.finditer(text))
    for version in ("Python 3.13", "v2.1", "1.2.3", "Java 8,1"):
        assert codes._VERSION_HINT.search(text + " " + version)


@settings(max_examples=500, deadline=None)
@given(_CODE_TEXT)
def test_code_hint_read_from_the_digit_finds_what_the_letter_first_pattern_finds(text):
    import regex

    from xlcheck.extract import codes

    letter_first = regex.compile(r"[\p{Lu}\p{Ll}-]\d|[A-Z]:[A-Z]")
    for variant in (text, text + "H100", "NASDAQ:" + text, text.upper()):
        assert (codes._CODE_HINT.search(variant) is None) == (letter_first.search(variant) is None)


# Letters of every script main_script tells apart, and some it does not (runes, Georgian),
# Roman numerals (Latin script, no letter), digits, marks and spaces.
_SCRIPT_TEXT = st.text(alphabet="aZéßⅫдЖλΩ中国にカ한국مرשלकाไทᚠა1 ,-\u0301\u3005ー", max_size=40)


def _letter_by_letter(text: str) -> tuple[str | None, float]:
    """main_script and content_length the long way: one match per character."""
    import regex

    letter = regex.compile(r"(\p{Latin})|(\p{Cyrillic})|(\p{Greek})|([\p{Han}\p{Hiragana}\p{Katakana}])|(\p{Hangul})"
                           r"|(\p{Arabic})|(\p{Hebrew})|(\p{Devanagari})|(\p{Thai})|(\p{L})")
    names = ("latin", "cyrillic", "greek", "cjk", "hangul", "arabic", "hebrew", "devanagari", "thai", "other")
    counts = [0] * len(names)
    for match in letter.finditer(text[:20_000]):
        counts[match.lastindex - 1] += 1
    best = max(range(len(counts)), key=counts.__getitem__)
    extra = 0.0
    for match in regex.finditer(r"(\p{Han})|([\p{Hiragana}\p{Katakana}])|(\p{Hangul})", text):
        extra += (3.5, 1.5, 2.5)[match.lastindex - 1] - 1
    return (names[best] if counts[best] else None), len(text) + extra


@settings(max_examples=500, deadline=None)
@given(_SCRIPT_TEXT)
def test_scripts_counted_by_runs_as_letter_by_letter(text):
    from xlcheck.scripts import content_length, main_script

    assert (main_script(text), content_length(text)) == _letter_by_letter(text)


@pytest.mark.parametrize("language", ["en", "de", "pt", "zh", "ja", "ru", "uk", "hi"])
def test_time_zone_cities_are_babels(language):
    """The exemplar cities read from the locale data are those Babel's own (much slower)
    get_timezone_location gives, zone for zone."""
    from babel import Locale
    from babel.dates import get_timezone_location

    from xlcheck.locales import _cities

    zones = set(Locale("zh").time_zones) | set(Locale("en").time_zones)
    expected = {}
    for zone in zones:
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/")):
            city = get_timezone_location(zone, locale=language, return_city=True)
            if not any(ch.isdigit() for ch in city):
                expected[zone] = city
    assert _cities(language) == expected


def test_zone_list_is_the_zh_and_en_locales_zones():
    """`_cities` takes its zones from Babel's zone_territories: once Etc/ and POSIX zones
    are dropped, the same zones the zh and en locale data name (which it read before)."""
    from babel import Locale
    from babel.core import get_global

    def kept(zones):
        return {zone for zone in zones if "/" in zone and not zone.startswith(("Etc/", "SystemV/"))}

    assert kept(get_global("zone_territories")) == kept(set(Locale("zh").time_zones) | set(Locale("en").time_zones))


def test_english_months_and_calendar_words_are_cldrs():
    """The English fallbacks written out in `xlcheck.locales` are what CLDR's en gives."""
    from xlcheck.locales import ENGLISH_CALENDAR_WORDS, ENGLISH_MONTHS

    assert ENGLISH_MONTHS == locale_info("en").months
    assert ENGLISH_CALENDAR_WORDS == locale_info("en").calendar_words


def test_a_pair_without_english_or_chinese_loads_neither_locale_nor_numpy():
    """`check()` of the pt/de seed pair loads the CLDR data of pt and de (and root), not
    en's month names nor zh's zone list, and aligns the pages without numpy."""
    import json
    import subprocess
    import sys

    code = ("import json, sys\n"
            "from babel import localedata\n"
            "from xlcheck import check\n"
            f"report = check([{str(FIXTURES / 'seed/deepseek.pt.txt')!r}, {str(FIXTURES / 'seed/deepseek.de.txt')!r}])\n"
            "print(json.dumps([sorted(localedata._cache), 'numpy' in sys.modules]))\n")
    loaded, numpy = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                              check=True).stdout)
    assert "en" not in loaded and "zh" not in loaded and {"pt", "de"} <= set(loaded)
    assert not numpy


def test_module_patterns_compile_on_first_use():
    """Importing the checks compiles (almost) no pattern; a check compiles what it uses."""
    import subprocess
    import sys

    code = ("import regex, sys\n"
            "count = [0]\n"
            "compile = regex.compile\n"
            "def counting(*a, **k):\n"
            "    count[0] += 1\n"
            "    return compile(*a, **k)\n"
            "regex.compile = counting\n"
            "import xlcheck.api, xlcheck.cli\n"
            "print(count[0])\n")
    at_import = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                   check=True).stdout)
    assert at_import <= 25  # of about 340 patterns


def test_a_lazy_pattern_behaves_as_the_compiled_one():
    import regex

    from xlcheck.patterns import lazy

    text = "H100 and H200, 50.000 units"
    for source, flags in [(r"H\d+", 0), (r"(?P<n>\d+)", 0), (r"and", regex.I)]:
        mine, theirs = lazy(source, flags), regex.compile(source, flags)
        assert [m.span() for m in mine.finditer(text)] == [m.span() for m in theirs.finditer(text)]
        assert mine.sub("#", text) == theirs.sub("#", text)
        assert mine.pattern == theirs.pattern and mine.groupindex == theirs.groupindex


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZßİΣς \n`/:x.é\u0301한", max_size=60), st.integers(1, 8))
def test_words_read_piece_by_piece_as_from_the_whole_text(text, size):
    from xlcheck.compare.context import WORD_PARTS
    from xlcheck.compare.names import _CODE_SPANS, _LOWER_WORDS
    from xlcheck.patterns import pieces

    cut = list(pieces(text, size))
    assert "\n".join(cut) == text
    assert "\n".join(piece.casefold() for piece in cut) == text.casefold()
    assert "\n".join(piece.lower() for piece in cut) == text.lower()  # (a final sigma too)
    assert [w for piece in cut for w in WORD_PARTS.findall(piece)] == WORD_PARTS.findall(text)
    assert [w for piece in cut for w in _LOWER_WORDS.findall(_CODE_SPANS.sub(" ", piece))] == \
        _LOWER_WORDS.findall(_CODE_SPANS.sub(" ", text))


def test_a_catalogue_entry_is_its_documents_text_and_equals_a_plain_segment():
    import copy
    import pickle

    from xlcheck.model import EntrySegment, Segment

    text = 'msgid "a"\nmsgstr "b"\n\nmsgid "Hello, H200\\nsecond line"\nmsgstr "Hallo, H200"\n'
    source, target = read_catalogue("x.de.po", 'msgid ""\nmsgstr "Language: de\\n"\n\n' + text)
    for doc in (source, target):
        for paragraph in doc.paragraphs:
            assert isinstance(paragraph, EntrySegment)
            assert paragraph.text == doc.text[paragraph.start:paragraph.end]
            plain = Segment(paragraph.n, paragraph.start, paragraph.end, paragraph.line, paragraph.end_line,
                            paragraph.text, paragraph.kind, paragraph.key, paragraph.syntax)
            assert paragraph == plain and plain == paragraph and hash(paragraph) == hash(plain)
            assert repr(paragraph) == repr(plain)
            for twin in (pickle.loads(pickle.dumps(paragraph)), copy.deepcopy(paragraph)):
                assert twin == plain and twin.text == paragraph.text
    # Both sides share their entries' numbers, and a document pickled whole keeps one text.
    assert [p.n for p in source.paragraphs] == [p.n for p in target.paragraphs] == [1, 2]
    again = pickle.loads(pickle.dumps(target))
    assert again == target and again.paragraphs[1].text == "Hallo, H200"


def test_an_extracted_invariant_equals_hashes_prints_and_pickles_as_an_invariant():
    import copy
    import dataclasses
    import pickle

    from xlcheck.model import ExtractedInvariant, Invariant, Segment

    (found,) = extract_segment(Segment(1, 1000, 1010, 1, 1, "H200 chips"), locale_info("en"), ("code",))
    assert isinstance(found, ExtractedInvariant) and (found.start, found.end) == (1000, 1004)
    plain = Invariant(found.kind, found.value, found.text, found.start, found.end, found.alternatives, found.flag)
    assert found == plain and plain == found and hash(found) == hash(plain) and repr(found) == repr(plain)
    assert {plain: 1}[found] == 1
    for twin in (pickle.loads(pickle.dumps(found)), copy.deepcopy(found)):
        assert twin == plain and twin.end == 1004
    assert dataclasses.replace(found, value="H100") == dataclasses.replace(plain, value="H100")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Use", "`gzip`", "``a b``", "`", "```", "```sh", "~~~", "tar", " ", "\n", "  ```",
                                 "x`y", "Straße", "ÆON", "😉", "3d"]), max_size=40))
def test_prose_words_read_between_fences_as_in_the_text_without_them(parts):
    from xlcheck.compare import literals
    from xlcheck.patterns import pieces

    text = "".join(parts)
    literals._PROSE_WORDS.clear()
    bare = literals._CODE_SPAN.sub(" ", literals._FENCED.sub(" ", text))
    whole = frozenset(w for piece in pieces(bare) for w in literals._PROSE_WORD.findall(piece.casefold()))
    assert literals.prose_words(text) == whole
    small = frozenset(w for piece in literals._pieces_between_fences(text, size=3)
                      for w in literals._PROSE_WORD.findall(literals._CODE_SPAN.sub(" ", piece).casefold()))
    assert small == whole


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["msgid", " ", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "é", "😉",
                                 '"x"']), max_size=40), st.integers(1, 5))
def test_catalogue_lines_split_by_blocks_as_whole(parts, size):
    from xlcheck.io.po import _lines

    text = "".join(parts)
    assert list(_lines(text, size)) == text.splitlines()


@settings(max_examples=300, deadline=None)
@given(_SCRIPT_TEXT)
def test_beyond_latin_by_characters_as_by_the_pattern(text):
    """beyond_latin tests a paragraph's set of characters, each classified once by the
    pattern it replaces."""
    from xlcheck.scripts import _NOT_LATIN, beyond_latin

    assert beyond_latin(text) == (_NOT_LATIN.search(text) is not None)
    long = "Ökonomie und Straße\n" * 300 + text  # a whole document, read piece by piece
    assert beyond_latin(long) == (_NOT_LATIN.search(long) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZé\u0301ßд1_ -'’\t", max_size=30) | st.text(max_size=30))
def test_letter_runs_of_ascii_by_re_as_by_regex(text):
    import regex

    from xlcheck.patterns import LETTER_RUNS

    assert LETTER_RUNS.findall(text) == regex.findall(r"[\p{L}\p{M}]+", text)
    assert LETTER_RUNS.findall(text.casefold()) == regex.findall(r"[\p{L}\p{M}]+", text.casefold())


def test_slavic_hour_hint_holds_every_case_of_its_words():
    """The hint's letter classes hold every character `regex` matches case-insensitively
    with the first two letters of each word (computed over every code point)."""
    import sys

    import regex

    from xlcheck.extract import dates

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    words = regex.search(r"\(\?:\((.*?)\)\s*\|\s*\((.*?)\)\)", dates._SLAVIC_HOUR.pattern)
    assert words is not None
    for word in (words.group(1) + "|" + words.group(2)).split("|"):
        for first in regex.findall("(?i)" + regex.escape(word[0]), every):
            for second in regex.findall("(?i)" + regex.escape(word[1]), every):
                assert dates._SLAVIC_HOUR_HINT.search(f"7 {first}{second}"), (word, first, second)
                assert dates._SLAVIC_HOUR_HINT.search(f"7\u00a0{first}{second}"), (word, first, second)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0179 \u00a0rRáÁаАуУтТвВеЕᲀujvzniİwW.:,", max_size=25))
def test_slavic_hour_hint_before_every_match(text):
    from xlcheck.extract import dates

    if not dates._SLAVIC_HOUR_HINT.search(text):
        assert not list(dates._SLAVIC_HOUR.finditer(text))


def _case_variants_fold_to_themselves(letters: str) -> list[tuple[str, str]]:
    """Characters `regex` matches case-insensitively with one of `letters` whose case
    folding is not that letter's (none may be: a substring test of the case-folded text
    would miss them)."""
    import sys

    import regex

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    return [(letter, ch) for letter in sorted(set(letters))
            for ch in regex.findall("(?i)" + regex.escape(letter), every) if ch.casefold() != letter.casefold()]


def test_date_needles_hold_every_case_of_their_letters():
    from xlcheck.extract import dates

    letters = "".join(n for needles in dates.RELATIVE_NEEDLES.values() for n in needles)
    assert _case_variants_fold_to_themselves(letters + "".join(dates.SLAVIC_QUARTER_NEEDLES)) == []
    assert "|".join(dates.SLAVIC_QUARTER_NEEDLES) == dates._SLAVIC_QUARTER_HINT.pattern


# Words of the relative dates and their parts, in any case, around the needles.
_RELATIVE_WORDS = ["yesterday", "Tomorrow", "last", "this", "next", "the", "coming", "week", "MONTH", "year", "years",
                   "to come", "ahead", "earlier", "later", "in", "rest", "of", "week's", "Gestern", "morgen",
                   "letzten", "Woche", "Monats", "Jahres", "diese", "nächste", "kommenden", "Anfang", "Mitte",
                   "zu Beginn", "im Laufe", "der", "dieser", "des", "dieses", "Vorjahr", "Vormonats", "Vorwoche",
                   "wee", "mont", "yea", "jahr", "ye", "woch"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_RELATIVE_WORDS), max_size=6), st.sampled_from(["en", "de"]))
def test_relative_date_needles_before_every_match(words, language):
    """No relative date of English or German without one of its needles."""
    from xlcheck.extract import dates

    text = " ".join(words)
    gate, _ = dates._relative_patterns(language)
    folded = text.casefold()
    if not any(needle in folded for needle in dates.RELATIVE_NEEDLES[language]):
        assert gate.search(text) is None


def test_a_whole_document_has_the_same_terms_read_piece_by_piece():
    """Glossary.find reads a long text piece by piece: the terms of every fixture
    document, joined into one text of several hundred thousand characters (an emoji in
    it, so that the whole is stored at four bytes a character), are those of the whole
    text scanned at once, the pattern run over all of it."""
    glossary = Glossary(BUILTIN)
    text = "\n\n".join(d.text for d in DOCUMENTS) + "\n😉 Estados Unidos\n"
    assert len(text) > 1 << 18
    glossary.find_spans("x")
    whole = {glossary._phrases[glossary._ordered[int(m.lastgroup[1:])]] for m in glossary._compiled().finditer(text)}
    assert glossary.find(text) == whole
    assert len(whole) > 5


@settings(max_examples=100, deadline=None)
@given(st.lists(_PHRASE_PIECES, max_size=40).map("".join), st.integers(0, 40000))
def test_glossary_finds_by_pieces_as_in_the_whole_text(text, padding):
    glossary = Glossary(BUILTIN)
    long_text = "ab c\n" * padding + text + "\nd" * padding
    assert glossary.find(long_text) == {term for term, _, _ in glossary.find_spans(long_text)}


_ASCII_TEXT = st.text(alphabet="aZq09 _./@-(`'\n\t:[]https", max_size=40) | st.text(
    alphabet=st.characters(max_codepoint=127), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_ASCII_TEXT | st.text(alphabet="aAbBsSzZ019_.'@#/\\<$%- \n:`", max_size=40))
def test_ascii_twins_find_what_their_patterns_find(text):
    """Each pattern read by the standard `re` in an ASCII text finds the same as its
    `regex` pattern (the same texts, the same spans of every group), there and in the text
    with a letter beyond ASCII (read by regex)."""
    import regex

    import xlcheck.compare.misspelt  # noqa: F401  (registers its twins)
    import xlcheck.compare.names  # noqa: F401
    import xlcheck.extract.codes  # noqa: F401
    import xlcheck.extract.names  # noqa: F401
    import xlcheck.extract.urls  # noqa: F401
    from xlcheck.patterns import ASCII_TWINS

    def spans(matches) -> list:
        return [[m.span(i) for i in range(len(m.groups()) + 1)] for m in matches]

    assert len(ASCII_TWINS) >= 6
    for twin in ASCII_TWINS:
        pattern = regex.compile(twin.pattern, twin.flags)
        for read in (text, text + " é", "Ab" + text + "Cd_e"):
            assert twin.findall(read) == pattern.findall(read), twin.pattern
            assert spans(twin.finditer(read)) == spans(pattern.finditer(read)), twin.pattern


@settings(max_examples=300, deadline=None)
@given(_ASCII_TEXT | st.text(max_size=30))
def test_prose_is_left_alone_without_code_links_or_addresses(text):
    from xlcheck.compare import misspelt

    assert misspelt._prose(text) == misspelt._NOT_PROSE.sub(lambda m: " " * len(m.group()), text)


_ASCII_PIECES = st.one_of(st.sampled_from([w for w in _NUMBER_WORDS if w.isascii()]),
                          st.sampled_from([w.title() for w in _NUMBER_WORDS if w.isascii()]),
                          st.sampled_from([" ", "-", ",", ".", "\n", "2", "x", "(", "_", "'", "a", "an"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ASCII_PIECES, max_size=25).map("".join), st.sampled_from(["en", "de", "pt", "fr", "es", "it"]))
def test_number_words_of_an_ascii_text_found_by_its_runs_of_letters(text, lang):
    """An ASCII paragraph's runs of letters are read in one pass of the standard re: the
    same matches as the pattern's, with the leads present given as `_words` gives them."""
    from xlcheck.extract import Claims, numbers

    info = locale_info(lang)
    table = dict(info.number_words)
    table.update(numbers.APPROXIMATE.get(info.language, {}))
    pattern = numbers._word_pattern(list(table))
    leads = frozenset(numbers._lead(w) for w in table)
    assume("" not in leads)
    present = leads & Claims(len(text), text).words
    assert [m.span() for m in numbers._word_matches(pattern, text, leads, present)] == \
        [m.span() for m in pattern.finditer(text)]


_GLOSSARY_TERMS = sorted(set(Glossary(BUILTIN)._phrases.values()))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "(", "«", "l'", "x", "\n"]), st.sampled_from(_GLOSSARY_PHRASES),
                          st.sampled_from(["", "s", "en", "es", "n", "x"]), st.sampled_from([str, str.upper, str.title])),
                min_size=1, max_size=4),
       st.sets(st.sampled_from(_GLOSSARY_TERMS), min_size=1, max_size=4), st.booleans())
def test_the_glossary_gate_of_some_terms_keeps_every_one_of_them(parts, among, with_first):
    """find_spans(text, among) rules out only texts without a term `among`: the terms
    `among` that it returns are those the search of every term returns."""
    text = " ".join(case(before + phrase + ending) for before, phrase, ending, case in parts)
    among = frozenset(among | ({Glossary(BUILTIN)._phrases[parts[0][1]]} if with_first else set()))
    glossary = Glossary(BUILTIN)
    assert [s for s in glossary.find_spans(text, among) if s[0] in among] == \
        [s for s in glossary.find_spans(text) if s[0] in among]


_PLACE_LANGUAGES = ["en", "de", "pt", "fr", "es", "it", "nl", "pl", "cs", "tr", "vi", "hi", "sv", "ru", "ja"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PLACE_LANGUAGES), st.data())
def test_place_names_looked_up_by_word_are_the_patterns_matches(lang, data):
    # Place names of the language glued and spaced every way: the word look-up (Latin,
    # Devanagari …; the pattern itself where case endings or prefixes need it) finds
    # exactly the matches of the alternation it replaces, in order.
    from xlcheck.compare.places import _place_names, _place_pattern, place_matches

    names = _place_names(lang)[0]
    parts = data.draw(st.lists(st.sampled_from(names) | st.sampled_from(["", " ", "-", "a", "3", "ß", "’", ". ", "\n",
                                                                        "St", "Neu", "São"]),
                               max_size=12))
    text = "".join(parts)
    expected = [(m.start(), m.end(), m.group(), m.group(1)) for m in _place_pattern(lang).finditer(text)]
    assert list(place_matches(lang, text)) == expected


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["key", "k", "ey_1", "a", "_x"]),
       st.lists(st.sampled_from(["key", "keys", "k", "ey_1", "a", "_x", "_", "-", " ", ".", "1", "é", "\u0301", "ß",
                                 "\n", "*", "x_key"]), max_size=14))
def test_standalone_count_is_the_count_of_its_pattern(word, parts):
    # The count of a word standing alone, found by substring search and a character test,
    # is what `regex.findall` of the per-word pattern it replaces counts.
    import regex

    from xlcheck.compare.rst import _standalone_count

    text = "".join(parts)
    assert _standalone_count(word, text) == len(regex.findall(rf"(?<![\w-]){regex.escape(word)}(?![\w-])", text))


def test_invariants_built_through_their_slots_are_the_dataclasses():
    # `Invariant` and `ExtractedInvariant` set their slots through the descriptors: every
    # field, the defaults, keywords, equality, hashing, pickling and frozenness are the
    # dataclass's.
    import dataclasses
    import pickle

    from xlcheck.model import ExtractedInvariant, Invariant

    plain = Invariant("number", "50000", "50,000", 10, 16)
    assert (plain.kind, plain.value, plain.text, plain.start, plain.end, plain.alternatives, plain.flag) == \
        ("number", "50000", "50,000", 10, 16, (), None)
    assert Invariant(kind="date", value="2023-10", text="outubro de 2023", start=1, end=16, flag="word").flag == "word"
    extracted = ExtractedInvariant("number", "50000", "50,000", 10, 16)
    assert extracted == plain and hash(extracted) == hash(plain) and extracted.end == 16
    assert pickle.loads(pickle.dumps(plain)) == plain and pickle.loads(pickle.dumps(extracted)) == plain
    assert dataclasses.replace(plain, value="1").value == "1"
    with pytest.raises(dataclasses.FrozenInstanceError):
        plain.value = "2"  # type: ignore[misc]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Mr", "Mrs", "Ms", "Dr", "Prof", ".", " ", "\n", "Habeck", "Currie", "said", "says",
                                 "told", "added", "warned", "explained", "Said", "mr", "Roisin", ":", "ab"]),
                max_size=12))
def test_speakers_gated_by_needles_are_the_patterns(parts):
    # A text without a title or a verb of saying is not scanned: what the pattern finds
    # is the same as without the gate.
    from xlcheck.compare.respelt import _SPEAKER, speakers

    text = "".join(parts)
    assert speakers(text, "en") == {match.group("name") for match in _SPEAKER.finditer(text)}


@pytest.mark.parametrize("tag", ["en", "de", "pt", "fr", "es", "it", "nl", "pl", "cs", "ru", "uk", "tr", "ko", "ja",
                                 "zh", "hi", "ar"])
def test_weekday_tails_are_in_every_name(tag):
    # The tails gate the names' substring tests: each name ends in one of them, so a text
    # without a tail holds no name (or there are none, and the names are tested alone).
    from xlcheck.extract.dates import _weekday_tails
    from xlcheck.locales import weekday_names

    tails = _weekday_tails(tag)
    assert not tails or all(any(name.endswith(tail) for tail in tails) for name in weekday_names(tag))


_TOKENS = st.lists(st.sampled_from(["pip", "install", "-U", "numpy", "==", "1.26", "{", "}", "x", "pydantic>=2.7.0"]),
                   max_size=8)


@settings(max_examples=600, deadline=None)
@given(_TOKENS, _TOKENS)
def test_line_similarity_by_bounds_is_the_ratio_where_it_counts(values_a, values_b):
    """Code lines ruled out by the ratio's upper bounds are ruled out by the ratio itself;
    where a pair reaches one half, the value is the ratio (or the short lines' 0.5)."""
    import difflib

    from xlcheck.compare.code import _similarity

    exact = difflib.SequenceMatcher(None, values_a, values_b, autojunk=False).ratio()
    value = _similarity(values_a, values_b)
    if exact >= 0.5:
        assert value == exact
    else:
        assert value <= 0.5  # below one half, or the short lines' rule (0.5), as before


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["x", " ", "C", "OVID", "ovi", "d", "코로나", "주요", "主要", "орон", "а", "семёрк", "新"]),
                max_size=10).map("".join))
def test_code_word_hints_searched_at_once_as_one_by_one(text):
    from xlcheck.extract.codes import _CODE_WORD_HINTS, may_have_code_word

    assert may_have_code_word(text) == any(hint in text for hint in _CODE_WORD_HINTS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZé\u0301ßİ Ω한1-", max_size=12))
def test_unaccented_of_ascii_is_the_long_way(word):
    import unicodedata

    from xlcheck.compare.context import unaccented

    long_way = "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))
    assert unaccented(word) == long_way


def test_a_groups_text_kept_for_the_last_group_is_its_paragraphs_joined(tmp_path):
    from xlcheck.compare.context import Context, Group

    catalogue = tmp_path / "x.de.po"
    catalogue.write_text('msgid ""\nmsgstr ""\n"Language: de\\n"\n\n'
                         + "".join(f'msgid "Entry {n}"\nmsgstr "Eintrag {n}"\n\n' for n in range(4)), encoding="utf-8")
    documents = read_documents(str(catalogue), (None, None))
    ctx = Context(documents, [tuple(() for _ in d.paragraphs) for d in documents], Glossary())
    groups = [Group(((0,), (0,))), Group(((1, 2), (1, 2))), Group(((3,), ())), Group(((0,), (0,)))]
    for group in groups + groups[::-1]:
        for k, doc in enumerate(documents):
            expected = "\n".join(doc.paragraphs[i].text for i in group.members[k])
            assert ctx.text(k, group) == ctx.text(k, group) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="ab \n\t\u2028\u3000한", max_size=8), min_size=2, max_size=3))
def test_same_words_by_first_characters_is_the_comparison_of_normalised_texts(texts):
    from xlcheck.compare import _same_words

    assert _same_words(texts) == (len({" ".join(text.split()) for text in texts}) == 1)


def test_a_documents_folded_tokens_counted_by_spelling_as_token_by_token():
    from collections import Counter

    from xlcheck.compare.context import Context
    from xlcheck.compare.misspelt import Misspellings, _fold

    documents = read_documents(str(Path(__file__).parent.parent / "fixtures/po/python-docs.fr.po"), (None, None))
    misspellings = Misspellings(Context(documents, [tuple(() for _ in d.paragraphs) for d in documents], Glossary()))
    for k in range(len(documents)):
        tokens = [t for paragraph in misspellings._read(k) for t in paragraph]
        written, folded = misspellings._document(k)
        assert written == Counter(tokens)
        assert list(folded.items()) == list(Counter(_fold(t) for t in tokens).items())


@settings(max_examples=1000, deadline=None)
@given(st.from_regex(r"[A-Z]{7,12}|[a-z]{3,5}", fullmatch=True),
       st.from_regex(r"[A-Za-z]{2,13}", fullmatch=True) | st.from_regex(r"[A-Z]{7,12}|[a-z]{3,5}", fullmatch=True),
       st.sampled_from(["en", "de", "fr", "pt-BR", "sr-Latn", "ja", "ko", "zh", "ru", "hi"]), st.booleans())
def test_names_in_capitals_and_short_words_are_misspelt_only_in_documentation_in_another_script(name, other,
                                                                                                    lang, documentation):
    """`Misspellings._lookalikes` leaves a name in capitals (FLUSHALL) and a short word in
    lower case (two) out of its index unless both versions are documentation and the
    translation is in another script than Latin: elsewhere `_look_alike` takes no word for
    a misspelling of one (the same word with two letters swapped included)."""
    from xlcheck.compare import misspelt
    from xlcheck.locales import latin_script

    shapes = misspelt._by_shape(Counter([name]))
    assert set(shapes) <= {"capitals"} or all(shape[0] == "short" for shape in shapes)
    swapped = name[1] + name[0] + name[2:]
    for word in (other, swapped, name[:-1] + other[-1]):
        if not (documentation and not latin_script(lang)):
            assert not misspelt._look_alike(name, word, lang, documentation)


def test_spellings_read_through_a_documents_table_are_those_read_token_by_token():
    from xlcheck.compare import misspelt

    for document in DOCUMENTS:
        table = misspelt._Spellings()
        for paragraph in document.paragraphs:
            assert misspelt._spellings(paragraph, table) == misspelt._spellings(paragraph)


def test_a_forked_pool_gives_the_collector_back_its_objects():
    import gc

    from xlcheck.extract import forked_pool

    before = gc.get_freeze_count()
    with forked_pool(2) as pool:
        assert gc.get_freeze_count() > before  # the workers' collections leave the parent's objects alone
        assert list(pool.map(abs, [-1, -2, 3])) == [1, 2, 3]
    assert gc.get_freeze_count() == before


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from("abcde"), max_size=6), st.lists(st.sampled_from("abcdef"), max_size=6),
       st.booleans())
def test_code_line_similarity_bounds_are_difflibs(values_a, values_b, counted):
    import difflib
    from collections import Counter

    from xlcheck.compare.code import _similarity

    matcher = difflib.SequenceMatcher(None, values_a, values_b, autojunk=False)
    expected = matcher.real_quick_ratio()
    if expected >= 0.5:
        expected = matcher.quick_ratio()
        if expected >= 0.5:
            expected = matcher.ratio()
    counts = (Counter(values_a), Counter(values_b)) if counted else None
    got = _similarity(values_a, values_b, counts)
    # (lines of one or two tokens may be raised to one half by their names: not the bounds' matter)
    assert got == expected or got == 0.5 > expected and len(values_a) <= 2 and len(values_b) <= 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "x", "\n", "a\n" * 2100]), st.sampled_from(_GLOSSARY_PHRASES),
                          st.lists(st.sampled_from(["", "s", "en", "es", "x", "ern"]), min_size=8, max_size=8),
                          st.sampled_from([str, str.upper, str.title])),
                min_size=1, max_size=4))
def test_the_glossary_tries_its_pattern_where_every_inflected_phrase_begins(parts):
    # Every word of a phrase inflected, short texts and long ones (scanned line by line):
    # the pattern tried only where a phrase's literal beginning stands finds what it finds
    # tried at every character of the lines scanned.
    from xlcheck.patterns import casefolded

    texts = []
    for before, phrase, endings, case in parts:
        words = phrase.split(" ")
        texts.append(before + case(" ".join(w + e for w, e in zip(words, endings))))
    text = " ".join(texts)
    glossary = Glossary(BUILTIN)
    folded = casefolded(text)
    every_character = [(glossary._phrases[glossary._ordered[int(m.lastgroup[1:])]], m.start(), m.end())
                       for start, end in glossary._lines_to_scan(text, folded)
                       for m in glossary._compiled().finditer(text, start, end)] if glossary._may_hold(folded) else []
    assert glossary.find_spans(text) == every_character


_NAMED_TEXT = st.text(alphabet="abkzAKZ09./-_ :@$é", max_size=40) | st.lists(
    st.sampled_from(["pkg", "app", "/", ".", "Max", "Latency", "k8s", "server", ".com", ".io", ".dev", "ns", "2", "-",
                     " ", "_", "Db", "a1", "é", ".cn", ".local"]), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(_NAMED_TEXT)
def test_named_in_code_and_host_gates_skip_no_match(text):
    from xlcheck.extract import codes

    if not codes.may_be_named_in_code(text):
        assert codes.NAMED_IN_CODE.search(text) is None
    if not codes._HOST_HINT.search(text):
        assert codes.HOST_NAME.search(text) is None
    assert (codes.IDENTIFIER_HINT.search(text) is None) == (regex.search(r"_|[a-z][A-Z]", text) is None)
    for named in ("pkg/app/server/discovery", "k8s.TerminationGracePeriodSeconds", "server.MaxLatency"):
        assert codes.may_be_named_in_code(text + " " + named)
    assert codes._HOST_HINT.search(text + " 38037492dc-pol25.cn-shanghai.nas.aliyuncs.com")


_ASCII_GATED = st.text(alphabet="aZ:` *²³¹ä ß-\n\t", max_size=30)


@settings(max_examples=500, deadline=None)
@given(_ASCII_GATED)
def test_gates_by_ascii_and_literal_skip_no_match(text):
    from xlcheck.compare import names
    from xlcheck.extract import markup, numbers, rst_inline

    if text.isascii():
        assert names._LONE_LETTER_HINT.search(text) is None
        assert numbers._SUPERSCRIPT_HINT.search(text) is None
    if "::" not in text:
        assert markup._LITERAL_MARKER.search(text) is None
    for start in range(len(text) + 1):
        found = rst_inline._MARK.search(text, start)
        expected = regex.compile(r"[`*:]").search(text, start)
        assert (found and found.span()) == (expected and expected.span())
    assert (markup._MARKUP_CHARS.search(text) is None) == (regex.search(r"[`<%{\[|]", text) is None)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([":", "：", " ", "\t", "\u00a0", "\u202f", "\n", "\u2028", "a", "한", "x:"]),
                max_size=12).map("".join))
def test_definition_hint_skips_no_definition(text):
    """The definition pattern runs only where its hint (a colon opening a line, a blank
    after it) is found: where the hint is not, the pattern finds nothing."""
    from xlcheck.extract import markup

    if markup._DEFINITION_HINT.search(text) is None:
        assert markup._DEFINITION.search(text) is None


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([":", "`", "py", ":func", "meth", ".", "+", "\\", " ", "x", "한", "\n", "_"]),
                max_size=16).map("".join))
def test_roles_blanked_from_their_spans_as_by_sub(text):
    """The text without its roles, written from the spans `_ROLE.finditer` found, is what
    `_ROLE.sub` writes (one scan of the paragraph, not two)."""
    from xlcheck.extract import markup

    expected = markup._ROLE.sub(lambda m: " " * len(m.group()), text)
    assert markup._blanked(text, [m.span() for m in markup._ROLE.finditer(text)]) == expected


_LINKED_TEXT = st.lists(st.sampled_from(["https", "http", "ftp", ":", "//", "www", ".", "@", "a", "example", "com",
                                         " ", "（", "。", "链接", "SS", "AW", "FW", "23", "-", "(", "“", "`", "’",
                                         "round", "robin", ")", "'"]), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(_LINKED_TEXT)
def test_url_season_and_phrase_gates_skip_no_match(text):
    from xlcheck.compare import glued
    from xlcheck.extract import dates, urls

    assert urls.without_urls(text) == urls.URL.sub(" ", text)
    if not ("SS" in text or "AW" in text or "FW" in text):
        assert dates._SEASON_CODE.search(text) is None
    if glued._PHRASE_OPENER.search(text) is None:
        assert glued._PHRASE.search(text) is None


_RECASED_NAMES = ["OpenAI", "PyObject", "KiSs", "SkIs"]
_RECASED_TEXT = st.lists(st.tuples(st.sampled_from(["OpenAI", "OpenAi", "OPENAI", "openai", "Open", "AI", "PyObject",
                                                     "PyObJect", "Pyobject", "KiSs", "Kiss", "KISS", "Kiſs", "KiSſ",
                                                     "SkIs", "Skis", "SkİS", "Skİs", "K", "İ", "ſ", "x", "é", "1"]),
                                    st.sampled_from([" ", " ", "-", "", "x"])),
                         max_size=6).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_RECASED_NAMES), _RECASED_TEXT)
def test_recased_gate_skips_no_recased_brand(name, text):
    """Where `_may_be_recased` says no, `_recased` finds no word: the documents are set so
    that any word its spelling test keeps is reported (o writes the name, k never the word)."""
    from types import SimpleNamespace
    from unittest import mock

    from xlcheck.compare import oneletter

    ctx = SimpleNamespace(documents=[SimpleNamespace(text=""), SimpleNamespace(text=name)])
    with mock.patch.object(oneletter, "_may_be_recased", lambda name, text: True):  # the long way
        expected = oneletter._recased(ctx, 0, 1, name, text)
    assert oneletter._recased(ctx, 0, 1, name, text) == expected
    if not oneletter._may_be_recased(name, text):
        assert not expected
    assert oneletter._recased(ctx, 0, 1, name, f"{text} {name[:-1]}{name[-1].lower()} ") \
        or name[-1].islower()
    assert oneletter._may_be_recased(name, text + " OpenAi PyObJect Kiss Skis")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "É", "é", "e\u0301", "ﬁ", "İ", "ß", "Ω", "ǅ", "\u0308", "\u05b0", "한", "ガ", "½",
                                 "①", "Ⅻ", "ŉ", " ", "\n", "x", "Ł", "ø", "\u0345", "\u1e9e"]), max_size=12).map("".join))
def test_text_folded_in_c_as_character_by_character(text):
    """`misspelt._fold_text` (NFKD, combining marks dropped by `str.translate`, ASCII as it
    is) folds as the character loop it replaced does."""
    import unicodedata

    from xlcheck.compare import misspelt

    expected = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    assert misspelt._fold_text(text) == expected
    assert misspelt._fold_text(text.encode("ascii", "ignore").decode()) == \
        text.encode("ascii", "ignore").decode().casefold()


_HANGUL_WORDS = ["api", "café", "cafe\u0301", "Straße", "strasse", "python", "한국", "a한국어", "\u1100\u1161",
                 "x\u1161", "ㄱ", "ﬁle", "file", "файл", "λόγος"]
_HANGUL_LINE = st.lists(st.sampled_from(["한", "국", "가", "\u1100", "\u1161", "\u11a8", "\u1100\u1161", "ㄱ", "ㅏ",
                                         "\uffa1", "\uffc2", "㉾", "㈀", " ", "_", "1", "api", "API", "café", "é",
                                         "e\u0301", "\u0301", "ﬁ", "file", "ß", "ss", "strasse", "файл", "λόγος", ".",
                                         "python", "Python", "a", "x", "-"]), max_size=14).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(_HANGUL_WORDS), _HANGUL_LINE)
def test_hangul_syllables_left_whole_find_a_word_as_often(word, line):
    """A folded word without jamo is found in `_fold_line`'s line (Hangul syllables whole)
    as often as in `_fold_text`'s (syllables taken apart into jamo), and
    `_translated_count` counts as it did with `_fold_text` for every line."""
    from types import SimpleNamespace

    from xlcheck.compare import misspelt

    folded = misspelt._fold(word)
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}_]){regex.escape(folded)}(?![\p{{L}}\p{{N}}_])")
    expected = len(pattern.findall(misspelt._fold_text(line)))
    if not misspelt._JAMO.search(folded):
        assert len(pattern.findall(misspelt._fold_line(line))) == expected
    text = f"{line}\n{line} {word}\n한국어 {word} 입니다"
    expected = sum(len(pattern.findall(misspelt._fold_text(raw))) for raw in text.splitlines()
                   if folded[:3] in raw.casefold() or not raw.isascii())
    ctx = SimpleNamespace(documents=[SimpleNamespace(text="원본"), SimpleNamespace(text=text)])
    assert misspelt.Misspellings(ctx)._translated_count(0, 1, word) == expected


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(["Word", "word", "WORD", "café", "cafe\u0301", "İstanbul", "straße", "x", "one-two", "a1", "é",
                        "ǅemal", "Ωmega", ""]),
       st.lists(st.sampled_from(["word", "Word", "words", "café", "cafe\u0301", "\u0301", "i\u0307stanbul", "straße",
                                 "x", "one-two", "one", "a1", "é", "ǆemal", "ωmega", " ", "-", "1", "_", "한", "'"]),
                max_size=10).map("".join))
def test_lower_case_word_looked_up_among_letter_runs(word, text):
    """`oneletter._lower_case_word` (remembered per text and word) answers as the search of
    the whole text it replaced, asked once or twice."""
    from types import SimpleNamespace

    from xlcheck.compare import oneletter

    expected = regex.search(r"(?<![\p{L}\p{M}])" + regex.escape(word.lower()) + r"(?![\p{L}\p{M}])", text) is not None
    ctx = SimpleNamespace(documents=[SimpleNamespace(text=text)])
    assert oneletter._lower_case_word(ctx, 0, word) == expected
    assert oneletter._lower_case_word(ctx, 0, word) == expected  # (remembered)


def _unit_changes_ungated(ctx, g, docs, numbers):
    """`units.unit_changes` as it was written before its gate: every figure with a unit read."""
    from xlcheck.compare import units

    out = []
    for k in docs:
        measured = [inv for inv in numbers.get(k, ()) if units._units(ctx, k, inv, units._any_imperial())]
        for o in docs if measured else ():
            if o == k:
                continue
            theirs = {inv.value: inv for inv in numbers.get(o, ())}
            for imperial, metric, convert in units._CONVERSIONS[:-1]:
                for inv in measured:
                    other = theirs.get(inv.value)
                    number = units._number(inv.value)
                    if other is None or number is None or not number or units.agrees(convert(number), inv.value) \
                            or not units.pattern_after(ctx, k, inv, imperial) \
                            or not units.pattern_after(ctx, o, other, metric) \
                            or units.pattern_after(ctx, k, inv, metric) or units.pattern_after(ctx, o, other, imperial):
                        continue
                    unit = imperial.match(ctx.documents[k].text, inv.end)
                    out.append((k, o, inv.value, unit.group()))
    return out


def _currency_dropped_ungated(ctx, group, docs, numbers):
    """`units.currency_dropped` as it was written before its gates."""
    from xlcheck.compare import units

    out = []
    for o in docs:
        text = ctx.text(o, group)
        if units.main_script(text) != "cjk" or units._CJK_CURRENCY.search(text):
            continue
        bare = {inv.value for inv in numbers.get(o, ())}
        for k in docs:
            if k == o or units.main_script(ctx.text(k, group)) == "cjk":
                continue
            for inv in numbers.get(k, ()):
                currency = units._currency(ctx.documents[k].text, inv) if inv.value in bare else None
                if currency is not None and currency[0] not in ("kopeck", "cent", "haler"):
                    out.append((k, o, currency[1].value))
    return out


_MEASURED = st.lists(st.sampled_from(["20", "6", "11", "3.5", " feet", " ft", " miles", " pounds", " metara",
                                      " metres", " km", " kg", "£", "$", " million", "万", "ポンド", "の資産", "推定",
                                      " (6 m)", " waves", "波", " ", "stopa"]), max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(_MEASURED, min_size=2, max_size=3))
def test_unit_and_currency_gates_change_no_candidate(texts):
    """A figure only one version writes can be no unit translated unconverted nor a sum left
    bare: `unit_changes` and `currency_dropped` skip such figures and versions without
    figures, and report what they reported reading everything."""
    from types import SimpleNamespace

    from xlcheck.compare import units
    from xlcheck.model import Invariant

    ctx = SimpleNamespace(documents=[SimpleNamespace(text=text) for text in texts],
                          text=lambda k, group: texts[k])
    numbers = {k: [Invariant("number", m.group(), m.group(), *m.span()) for m in regex.finditer(r"\d+(?:\.\d+)?", text)]
               for k, text in enumerate(texts)}
    docs = list(range(len(texts)))
    found = [(next(iter(c.have)), next(iter(c.lack)), c.value) for c in units.unit_changes(ctx, 0, docs, numbers)]
    assert [(k, o, inv.split()[0]) for k, o, inv in found] == \
        [(k, o, value) for k, o, value, _ in _unit_changes_ungated(ctx, 0, docs, numbers)]
    assert [(next(iter(c.have)), next(iter(c.lack)), c.value) for c in units.currency_dropped(
        ctx, 0, None, docs, numbers)] == _currency_dropped_ungated(ctx, None, docs, numbers)


def test_the_unit_gate_keeps_a_figure_both_versions_write():
    from types import SimpleNamespace

    from xlcheck.compare import units
    from xlcheck.model import Invariant

    texts = ["waves as high as 20 feet", "valove visoke i do 20 metara"]
    ctx = SimpleNamespace(documents=[SimpleNamespace(text=text) for text in texts])
    numbers = {k: [Invariant("number", "20", "20", text.index("20"), text.index("20") + 2)]
               for k, text in enumerate(texts)}
    (found,) = units.unit_changes(ctx, 0, [0, 1], numbers)
    assert (found.value, found.have, found.lack) == ("20 feet", frozenset({0}), frozenset({1}))


def _written_accented_ungated(word: str, text: str) -> bool:
    """`literals._written_accented` before speed round 26: every word of the length, in order."""
    from xlcheck.compare.context import unaccented
    from xlcheck.compare.literals import _NON_ASCII_LETTER

    folded = word.casefold()
    return any(_NON_ASCII_LETTER.search(match) and unaccented(match.casefold()) == folded
               for match in regex.findall(rf"(?<!\p{{L}})\p{{L}}{{{len(word)}}}(?!\p{{L}})", text))


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(["pais", "cafe", "file", "strasse", "gro", "ko", "ㄱ", "한국", "país", "Pais", "ﬁle"]),
       st.lists(st.sampled_from(["país", "pais", "PAÍS", "pai\u0301s", "café", "cafe\u0301", "ﬁle", "file", "ｆｉｌｅ",
                                 "straße", "groß", "한", "국", "한국", "\u1100\u1161", "ㄱ", "\uffa1", "ㅏ", "ko", "kó",
                                 "K", "\u212a", " ", "-", "1", "_", "é", "ı"]), max_size=10).map("".join))
def test_written_accented_skips_hangul_and_repeats_only(word, text):
    """`literals._written_accented` (each distinct word once, words with a Hangul letter
    skipped for an ASCII word) answers as the scan of every word it replaced; no Hangul
    letter folds to an ASCII character."""
    from xlcheck.compare.literals import _written_accented

    assert _written_accented(word, text) == _written_accented_ungated(word, text)


def test_no_hangul_letter_folds_to_ascii():
    import sys
    import unicodedata

    from xlcheck.compare.context import unaccented
    from xlcheck.compare.literals import _HANGUL_LETTER

    letters = [chr(cp) for cp in range(sys.maxunicode + 1) if _HANGUL_LETTER.search(chr(cp))]
    assert len(letters) > 11_000
    assert all(any(not ch.isascii() and not unicodedata.combining(ch) for ch in unaccented(c.casefold()))
               for c in letters)


# Sets whose versions quote speech, run on over paragraphs, leave marks open and open
# dialogue with dashes, and documentation catalogues (python-docs-ko) that quote little.
_QUOTE_SETS = ["news/wmt23-ende", "news/mlqepe-ruen", "news/wmt23-zhen", "news10/wmt22-enru", "news13/wmt22-enja",
               "news11/wmt22-ukcs"]


def _quote_items(per_set: int = 3):
    for name in _QUOTE_SETS:
        labels = FIXTURES / "heldout" / name / "labels.json"
        if not labels.exists():
            continue
        items = [item for item in json.loads(labels.read_text(encoding="utf-8"))["items"]
                 if all((labels.parent / f).exists() for f in item["files"])]
        for item in items[:per_set]:
            yield pytest.param([str(labels.parent / f) for f in item["files"]], tuple(item.get("langs", ())),
                               id=f"{name}:{item['files'][0]}")
    for seed in (["pt", "de"], ["pt", "de", "en"]):
        yield pytest.param([str(FIXTURES / "seed" / f"deepseek.{lang}.txt") for lang in seed], (), id="seed-" + "".join(seed))
    for catalogue in sorted((FIXTURES / "po").glob("*.po"))[:4]:
        yield pytest.param([str(catalogue)], (), id="po-" + catalogue.name)


_DIALOGUE = ("— Ты готов? — спросил он.\n\nОн молчал.\n\n"
             "Она сказала: «Мы придём завтра.\n\nИ принесём всё, что нужно.\n\nЭто точно».")
_DIALOGUE_EN = ('"Are you ready?" he asked.\n\nHe was silent.\n\n'
                'She said: "We will come tomorrow.\n\nAnd we will bring all that is needed.\n\nThat is certain."')


@pytest.mark.parametrize(("files", "langs"), [*_quote_items(), pytest.param(None, (), id="dialogue")])
def test_quotations_are_compared_wherever_a_version_may_quote(files, langs, monkeypatch, tmp_path):
    """`quotes.may_quote` decides only whether `quote_candidates` runs: wherever no version of
    a group may quote, the function run in full finds no quotation and no stray mark."""
    import xlcheck.compare as compare_module
    from xlcheck.compare import quotes
    from xlcheck.config import Config

    if files is None:
        (tmp_path / "d.en.txt").write_text(_DIALOGUE_EN, encoding="utf-8")
        (tmp_path / "d.ru.txt").write_text(_DIALOGUE, encoding="utf-8")
        files = [str(tmp_path / "d.en.txt"), str(tmp_path / "d.ru.txt")]
    real_may_quote = quotes.may_quote
    monkeypatch.setattr(quotes, "may_quote", lambda ctx, k, group: True)
    counts = {"skipped": 0, "run": 0}

    def full(ctx, g, group, docs, reference=None):
        found = quotes.quote_candidates(ctx, g, group, docs, reference)
        if not any(real_may_quote(ctx, k, group) for k in docs):
            counts["skipped"] += 1
            assert found == ([], []), [c.value for c in found[0]] + [f.message for f in found[1]]
        else:
            counts["run"] += 1
        return found

    monkeypatch.setattr(compare_module, "quote_candidates", full)
    check(files, Config(langs=langs), reference=0)
    assert counts["skipped"] + counts["run"] > 0
    if files[0].endswith("d.en.txt"):
        assert counts["run"] >= 3  # a dialogue dash, a quotation run on and the paragraph that closes it


_LATIN_CHECKS = ("one_letter_changed", "surname_replaced", "speaker_dropped")
_MIXED_EN = ("President Joe Biden met Angela Merkel in Berlin, said Olaf Scholz.\n\n"
             "Call os.path.join() with Path objects, as Guido van Rossum wrote.\n\n"
             "Dr. Jane Goodall spoke to Hassan Jallow.")
_MIXED_KO = ("올라프 숄츠는 조 바이든 대통령이 베를린에서 앙겔라 메르켈을 만났다고 말했다.\n\n"
             "Call os.path.join() with Path objects, as Guido van Rossm wrote.\n\n"
             "제인 구달 박사가 하산 잘로우에게 말했다.")


@pytest.mark.parametrize(("files", "langs"), [*_quote_items(), pytest.param(None, (), id="en-ko")])
def test_the_latin_names_checks_find_nothing_where_the_prescreen_skips_them(files, langs, monkeypatch, tmp_path):
    """`GroupScripts.may_run` skips `one_letter_changed`, `surname_replaced` and
    `speaker_dropped` where fewer than two versions are in Latin letters (or no English
    one is, or no other beside the English): run in full there, each finds nothing."""
    from xlcheck.compare import names as names_module
    from xlcheck.compare import prescreen
    from xlcheck.config import Config

    if files is None:  # Korean prose (ruled out) and a paragraph of code in Latin letters on both sides (run)
        (tmp_path / "m.en.txt").write_text(_MIXED_EN, encoding="utf-8")
        (tmp_path / "m.ko.txt").write_text(_MIXED_KO, encoding="utf-8")
        files = [str(tmp_path / "m.en.txt"), str(tmp_path / "m.ko.txt")]
    real_may_run = prescreen.GroupScripts.may_run
    monkeypatch.setattr(prescreen.GroupScripts, "may_run",
                        lambda self, check: check in _LATIN_CHECKS or real_may_run(self, check))
    counts = {"skipped": 0, "run": 0}

    def guarded(name):
        original = getattr(names_module, name)

        def run(ctx, g, group, docs):
            found = original(ctx, g, group, docs)
            if not real_may_run(prescreen.GroupScripts(ctx, group, docs), name):
                counts["skipped"] += 1
                assert not found, (name, [c.value for c in found])
            else:
                counts["run"] += 1
            return found
        return run

    for name in _LATIN_CHECKS:
        monkeypatch.setattr(names_module, name, guarded(name))
    check(files, Config(langs=langs), reference=0)
    assert counts["skipped"] + counts["run"] > 0
    if files[0].endswith("m.en.txt"):
        assert counts["skipped"] >= 3 * 2 and counts["run"] >= 3  # the prose skipped, the code line run


@pytest.mark.parametrize("value, prose", [
    ("cluster.conf", "Modify the cluster. The conf configuration file"),
    ("cluster.conf", "Modify the CLUSTER. conf file"),
    ("application.properties", "in application. properties"),
    ("-D", "pass - D twice"),
    ("Pre-GA", "the Pre - GA release"),
    ("Nacos-Sync", "use Nacos - Sync"),
    ("nacos.home", "nacos. The value of the home"),
    ("cluster.conf", "the cluster. The file"),
    ("-D", "pass -- Dee"),
    ("Pre-GA", "the Pre release"),
    ("nacos.home", "NACOS. The value of the HOME"),
    ("nacos.home", "naco. The home"),
])
def test_split_gate_skips_only_prose_without_a_piece(value, prose):
    """`split._may_be_broken` is a necessary condition of `split._broken` matching: where it
    says no, the full pattern finds nothing; where the pattern finds a break, it says yes."""
    from xlcheck.compare import split

    found = split._broken(value).search(prose) is not None
    if found:
        assert split._may_be_broken(value, prose)
    if not split._may_be_broken(value, prose):
        assert not found
    assert split._count(value, prose) == len(split._whole(value).findall(prose))


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(["cluster.conf", "Nacos-Sync", "-D", "--debug", "a.b", "x", "nacos.home", "a-b-c", "é.fr"]),
       st.lists(st.sampled_from(["cluster.conf", "cluster", ".conf", "Nacos-Sync", "Nacos", "-Sync", "-D", "--debug",
                                 "D", "a.b", "a", "b", "x", "nacos.home", "a-b-c", "é.fr", ".", "-", "_", " ", "\n",
                                 "1", "Z", "é", "ß", "K", "\u212a", "..", "-x"]), max_size=12).map("".join))
def test_split_count_reads_the_places_the_pattern_finds(value, text):
    """`split._count` (`str.find` and the neighbouring characters) counts what the pattern
    of the identifier written whole (`split._whole`) finds, overlaps and a stop before a
    letter included."""
    from xlcheck.compare import split

    assert split._count(value, text) == len(split._whole(value).findall(text))


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(["Starmer", "ab", "a", "é", "e\u0301", "Li", "straße", "한국", "ko", "\u0301"]),
       st.lists(st.sampled_from(["Starmer", "Starmers", "Stamer", "ab", "abab", "a", "é", "e", "\u0301", "Li", "li",
                                 "Lima", "straße", "한국", "한", "국어", "ko", "kó", " ", "-", "1", "_", "'", "ı", "\u212a",
                                 "ﬁ", "Ⅻ", "\u0903"]), max_size=12).map("".join),
       st.integers(0, 3))
def test_one_letter_word_alone_answers_as_the_pattern(word, text, repeat):
    """`oneletter._alone` (`str.find` and the characters around each place, the pattern
    after `_TRIED` places inside longer words) answers as the search it replaced, with no
    letter or mark beside the word; with the try limit at 0, 1 and 2 as well."""
    from xlcheck.compare import oneletter

    expected = regex.search(r"(?<![\p{L}\p{M}])" + regex.escape(word) + r"(?![\p{L}\p{M}])", text) is not None
    tried = oneletter._TRIED
    oneletter._TRIED = (32, 0, 1, 2)[repeat]
    try:
        assert oneletter._alone(word, text) == expected
    finally:
        oneletter._TRIED = tried


def _lookalikes_unread(self, g, group, docs):
    """`Names._lookalike_candidates` before speed round 29: both versions' Latin words read
    before `_kept_latin_lost_letters`, whether or not the other version has any."""
    scripts = {k: self._script_of(k, group) for k in docs}
    out = []
    latin_words = {}
    for k in docs:
        for o in docs:
            if o == k or scripts[k] is None or scripts[o] is None or scripts[k] == scripts[o]:
                continue
            if "latin" not in (scripts[k], scripts[o]):
                continue
            for d in (k, o):
                if d not in latin_words:
                    latin_words[d] = self._latin_words(d, group)
            out.extend(self._kept_latin_lost_letters(g, docs, k, o, latin_words[k], latin_words[o]))
            if scripts[k] in ("cyrillic", "greek") or scripts[o] in ("cyrillic", "greek"):
                out.extend(self._transliteration_lost_letters(g, group, docs, k, o, scripts[k] == "latin"))
    return out


@pytest.mark.parametrize(("files", "langs"), [*_quote_items(), pytest.param(None, (), id="en-ko")])
def test_lookalikes_read_a_version_s_latin_words_only_where_the_other_has_some(files, langs, monkeypatch, tmp_path):
    """`Names._lookalike_candidates` reads a version's capitalised Latin words only where
    the version it is compared with has some (`_kept_latin_lost_letters` compares them
    with those): on every group it finds what the function reading both always found."""
    from xlcheck.compare.names import Names
    from xlcheck.config import Config

    if files is None:
        (tmp_path / "m.en.txt").write_text(_MIXED_EN, encoding="utf-8")
        (tmp_path / "m.ko.txt").write_text(_MIXED_KO, encoding="utf-8")
        files = [str(tmp_path / "m.en.txt"), str(tmp_path / "m.ko.txt")]
    gated = Names._lookalike_candidates
    counts = {"groups": 0, "found": 0}

    def both(self, g, group, docs):
        found = gated(self, g, group, docs)
        assert found == _lookalikes_unread(self, g, group, docs)
        counts["groups"] += 1
        counts["found"] += len(found)
        return found

    monkeypatch.setattr(Names, "_lookalike_candidates", both)
    check(files, Config(langs=langs), reference=0)
    if files[0].endswith("m.en.txt"):
        assert counts["groups"] >= 3  # (two versions in Latin letters only: the check is not run)


def _by_shape_unguarded(counts):
    """`misspelt._by_shape` as it was: every pattern tried on every name."""
    from collections import defaultdict

    from xlcheck.compare import misspelt

    shapes = defaultdict(list)
    for name in counts:
        if misspelt._ACRONYM.fullmatch(name):
            shapes["acronym"].append(name)
        elif misspelt._CAPITALS.fullmatch(name):
            shapes["capitals"].append(name)
        elif misspelt._IDENTIFIER_SHAPE.fullmatch(name):
            shapes[("identifier", name.count("_"))].append(name)
        elif misspelt._PROGRAM.fullmatch(name):
            shapes[("program", name)].append(name)
        elif misspelt._SHORT_WORD.fullmatch(name):
            shapes[("short", "".join(sorted(name)))].append(name)
        elif misspelt._WORD.fullmatch(name):
            folded = misspelt._fold(name)
            shapes[("word", folded[0], folded[-1])].append(name)
    return shapes


def _lookalikes_full_index(self, k, o):
    """`Misspellings._lookalikes` as it was: every acronym, word and identifier of doc k
    (and, in documentation in another script, its capitals and short words) indexed, every
    word of doc o that doc k does not write looked up."""
    from collections import defaultdict

    from xlcheck.compare import misspelt
    from xlcheck.locales import latin_script

    source_written, source_folded = self._document(k)
    written, _ = self._document(o)
    lang = self.ctx.documents[o].lang
    documentation = self._documentation(k, o)
    names = _by_shape_unguarded(source_written)
    other_script = documentation and not latin_script(lang)
    index = defaultdict(list)
    for shape, members in names.items():
        if shape == "acronym" or shape[0] in ("word", "identifier") or other_script and (
                shape == "capitals" or shape[0] == "short"):
            for name in members:
                for key in misspelt._edit_keys(name):
                    index[key].append(name)
    found = set()
    for token in written:
        if token in source_written:
            continue
        recased = misspelt._fold(token) in source_folded
        suspects = names.get(("program", token.casefold()), []) if recased else \
            {name for key in misspelt._edit_keys(token) for name in index.get(key, ())}
        if any(recased == bool(misspelt._PROGRAM.fullmatch(name))
               and misspelt._look_alike(name, token, lang, documentation) for name in suspects):
            found.add(token)
    return frozenset(found)


_SHAPED = st.sampled_from(["NIC", "NC", "TCP", "TSP", "PCT", "ENR", "RNE", "API", "AP", "FLUSHALL", "FLUSHALI",
                           "two", "tow", "from", "form", "multiaddr", "Multiadr", "multiadr", "go-ethereum",
                           "go-Ethereum", "eos_lldp_interface", "eds_lldp_interface", "eos_lldp_intérface",
                           "Ereignis", "Ereigniss", "ereignis", "straße", "strasse", "ﬁlename", "filename",
                           "café", "cafe\u0301", "İstanbul", "Istanbul", "ΣΟΦΙΑ", "x", "A", "AB", "a_b", "a_c"])
_LETTERS = st.text(alphabet="abeAEé_-ßİﬁ\u0301", min_size=1, max_size=9)


@settings(max_examples=2000, deadline=None)
@given(_SHAPED | _LETTERS, _SHAPED | _LETTERS, st.sampled_from(["en", "de", "pt-BR", "ja", "ko", "ru", "zh"]),
       st.booleans())
def test_every_name_a_word_may_misspell_is_of_a_shape_the_word_asks_for(name, other, lang, documentation):
    """`_wanted` is a necessary condition: a name of any shape the index holds that
    `_look_alike` takes `other` to misspell is of a shape `_wanted(other)` names; and
    `_by_shape` with its guards sorts every name as the patterns alone do."""
    from xlcheck.compare import misspelt
    from xlcheck.locales import latin_script

    shapes = misspelt._by_shape(Counter([name]))
    assert shapes == _by_shape_unguarded(Counter([name]))
    other_script = documentation and not latin_script(lang)
    for shape in shapes:
        if shape[0] != "program" and misspelt._look_alike(name, other, lang, documentation):
            assert shape in misspelt._wanted(other, other_script)


def test_the_shapes_of_every_fixture_token_sorted_as_the_patterns_alone_do():
    from xlcheck.compare import misspelt

    for document in DOCUMENTS:
        counts = Counter(t for paragraph in document.paragraphs for t in misspelt._spellings(paragraph))
        assert misspelt._by_shape(counts) == _by_shape_unguarded(counts)


_LOOKALIKE_SETS = ["docs/po-python-ko", "docs11/po-ansible-ja", "docs12/hexo", "docs17/vuepress-nushell",
                   "docs13/docusaurus-chaos-mesh", "docs/hugo-otel"]


def _lookalike_items(per_set: int = 3):
    for name in _LOOKALIKE_SETS:
        labels = FIXTURES / "heldout" / name / "labels.json"
        if not labels.exists():
            continue
        items = [item for item in json.loads(labels.read_text(encoding="utf-8"))["items"]
                 if all((labels.parent / f).exists() for f in item["files"])]
        for item in items[:per_set]:
            yield pytest.param([str(labels.parent / f) for f in item["files"]], tuple(item.get("langs", ())),
                               id=f"{name}:{item['files'][0]}")


_FOUND = {"pairs": 0, "lookalikes": 0}


@pytest.mark.parametrize(("files", "langs"), [*_lookalike_items(), *_quote_items(1)])
def test_the_lookalikes_of_the_shapes_asked_for_are_those_of_the_full_index(files, langs, monkeypatch):
    """`Misspellings._lookalikes`, its index built of the shapes the translation's words ask
    for only (or not at all), finds the look-alikes the full index found, every way round,
    on labelled documentation pairs in other scripts (catalogues, Markdown), news pairs,
    the seed texts and the real catalogues."""
    from xlcheck.compare.misspelt import Misspellings
    from xlcheck.config import Config

    asked = Misspellings._lookalikes

    def both(self, k, o):
        found = asked(self, k, o)
        assert found == _lookalikes_full_index(self, k, o)
        _FOUND["pairs"] += 1
        _FOUND["lookalikes"] += len(found)
        return found

    monkeypatch.setattr(Misspellings, "_lookalikes", both)
    check(files, Config(langs=langs), reference=0)


def test_the_full_index_comparison_is_not_vacuous():
    """(Run after the comparison above, in file order: it met look-alikes to compare.)"""
    if _FOUND["pairs"]:
        assert _FOUND["lookalikes"] > 0
