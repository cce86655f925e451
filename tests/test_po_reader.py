"""xlcheck's one-pass PO reader against polib, whose grammar it follows: the same entries,
the same line numbers, the same header, and an error exactly where polib has one."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlcheck.io.po import parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _polib(text: str):
    catalogue = polib.pofile(text)
    entries = [(e.msgctxt, e.msgid, e.msgid_plural, e.msgstr, dict(e.msgstr_plural), list(e.flags),
                bool(e.obsolete), e.fuzzy, e.linenum) for e in catalogue]
    return entries, dict(catalogue.metadata)


def _ours(text: str):
    entries, metadata = parse(text)
    return [(e.msgctxt, e.msgid, e.msgid_plural, e.msgstr, dict(e.msgstr_plural), list(e.flags),
             bool(e.obsolete), "fuzzy" in e.flags, e.linenum) for e in entries], metadata


def _outcome(read, text: str):
    try:
        return read(text)
    except (OSError, ValueError) as exc:
        return ("error", str(exc))


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.po")), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_every_fixture_catalogue_reads_as_polib_reads_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _ours(text) == _polib(text)


LINES = st.sampled_from([
    "", "   ", 'msgid ""', 'msgstr ""', '"Language: fr\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"',
    'msgid "One"', 'msgid "Two \\"quoted\\" \\\\ and\\ttab"', 'msgstr "Un"', 'msgstr "Deux\\n"', '"more text"',
    '"bad " quote"', 'msgctxt "menu"', 'msgid_plural "Ones"', 'msgstr[0] "un"', 'msgstr[1] "uns"', "msgstr[x] \"\"",
    "msgstr[", "#, fuzzy", "#, python-format, fuzzy", "#,", "#,fuzzy", "#: a.rst:12 b.rst", "#:", "#. generated",
    "# translator", "#", "## double", "#| msgid \"old\"", "#| \"old cont\"", "#| msgid", "#| nonsense \"x\"", "#|",
    '#~ msgid "gone"', '#~ msgstr "parti"', "#~|", "#~", "garbage", "msgid", '  msgid "indented"',
    '\ufeffmsgid "bom"', 'msgid "a\u2028b"', "msgid \"x\"\x0c",
])


@given(st.lists(LINES, max_size=14))
def test_any_sequence_of_lines_reads_as_polib_reads_it(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    assert _outcome(_ours, text) == _outcome(_polib, text)


ENTRY = st.tuples(
    st.lists(st.sampled_from(["# note", "#. extracted", "#: a.rst:1", "#, fuzzy", "#, c-format", '#| msgid "old"']),
             max_size=3),
    st.sampled_from(["", "#~ "]),
    st.sampled_from(["", 'msgctxt "ctx"\n']),
    st.sampled_from(['msgid "Hello"', 'msgid ""\n"Hel"\n"lo \\"x\\""', 'msgid "A\\nB"']),
    st.sampled_from(['msgstr "Bonjour"', 'msgstr ""', 'msgstr ""\n"Bon"\n"jour"', 'msgid_plural "Hellos"\n'
                     'msgstr[0] "un"\nmsgstr[1] "deux"']),
)


def _entry_text(entry) -> str:
    comments, obsolete, context, msgid, msgstr = entry
    body = "\n".join(obsolete + line for line in (context + msgid + "\n" + msgstr).split("\n") if line)
    return "\n".join(comments + [body])


@given(st.lists(ENTRY, max_size=8), st.sampled_from(["", 'msgid ""\nmsgstr "Language: de\\n"\n\n']))
def test_well_formed_catalogues_read_as_polib_reads_them(entries, header) -> None:
    text = header + "\n\n".join(_entry_text(e) for e in entries) + "\n"
    assert _ours(text) == _polib(text)


def test_obsolete_fuzzy_plural_and_header_entries() -> None:
    text = ('msgid ""\nmsgstr ""\n"Language: pt\\n"\n\n#, fuzzy\nmsgid "a"\nmsgstr "b"\n\n'
            'msgid "one"\nmsgid_plural "many"\nmsgstr[0] "um"\nmsgstr[1] "muitos"\n\n#~ msgid "old"\n#~ msgstr "velho"\n')
    entries, metadata = parse(text)
    assert metadata == {"Language": "pt"}
    assert [(e.msgid, "fuzzy" in e.flags, bool(e.obsolete), e.msgstr_plural) for e in entries] == [
        ("a", True, False, {}), ("one", False, False, {0: "um", 1: "muitos"}), ("old", False, True, {})]
    assert _ours(text) == _polib(text)


def test_two_header_like_entries_leave_the_later_one_as_polib_does():
    # polib drops the first entry equal to the header it finds (the last without a context)
    text = 'msgid ""\nmsgstr ""\nmsgid ""\n'
    assert _ours(text) == _polib(text)
    assert [entry[-1] for entry in _ours(text)[0]] == [3]
