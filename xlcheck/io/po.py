"""Gettext catalogues (PO): one file holds two versions, the msgids and the msgstrs.

Each translated entry becomes one paragraph of a source document and of a target
document, placed on the line of the PO file where its `msgid` (or `msgstr`) starts, so
findings point into the catalogue itself. Untranslated, fuzzy and obsolete entries are
left out: they are not translations yet (gettext and po4a publish no fuzzy translation).
Asked to (``--fuzzy``), fuzzy entries are read too, as a reviewer checks them: the
documents map each such entry's paragraph to its previous msgid (``#| msgid``, or "").
"""

from __future__ import annotations

import itertools
import operator
import re
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex

from xlcheck.errors import InputError
from xlcheck.io.lang import language_from_path
from xlcheck.locales import normalise_tag
from xlcheck.model import LINE_SEPARATOR, Document, EntrySegment, Segment
from xlcheck.patterns import lazy

# The language of msgids when the catalogue does not say otherwise.
DEFAULT_SOURCE = "en"

# A PO format flag -> the placeholder syntaxes of the entry (`extract/placeholders.py`).
FORMAT_FLAGS = {
    "c-format": ("printf",), "objc-format": ("printf",), "sh-format": ("printf",),
    "python-format": ("printf",), "php-format": ("printf",), "javascript-format": ("printf",),
    "perl-format": ("printf",), "gcc-internal-format": ("printf",), "awk-format": ("printf",),
    "python-brace-format": ("brace",), "csharp-format": ("brace",), "perl-brace-format": ("brace",),
    "java-format": ("icu",), "java-printf-format": ("printf",), "qt-format": ("qt",), "kde-format": ("qt",),
    "qt-plural-format": ("qt",), "ruby-format": ("ruby", "printf"), "lua-format": ("printf",),
}
# The forms of a plural entry (msgid | msgid_plural, msgstr[0] | msgstr[1] …) in one unit.
FORM_SEPARATOR = " \u241e "
_NPLURALS = lazy(r"nplurals\s*=\s*(\d+)")


def entry_syntax(flags: list[str]) -> tuple[str, ...]:
    """The placeholder syntaxes an entry's format flags name (``no-c-format`` names none).

    >>> entry_syntax(["fuzzy", "python-format"]), entry_syntax(["no-c-format"])
    (('printf',), ())
    """
    found: list[str] = []
    for flag in flags:
        found.extend(FORMAT_FLAGS.get(flag.strip(), ()))
    return tuple(dict.fromkeys(found))


def _keyword_line(text: str, starts: array, start: int, keyword: str) -> int:
    """0-based index of the first line at or after `start` that begins with `keyword`
    (`starts`: where each line of `text` starts; a keyword holds no line break, so a
    line that begins with it does whatever follows it)."""
    spaced, indexed = keyword + " ", keyword + "["
    for index in range(max(0, start - 1), len(starts)):
        at = starts[index]
        if text.startswith(spaced, at) or text.startswith(indexed, at):
            return index
    return max(0, start - 1)


_LINE_BREAK = lazy(r"\n")
# A PO string line: a keyword (or none, for a continuation) and one quoted string.
_KEYWORD = lazy(r"(?:#~\s*+)?(?:msgctxt|msgid_plural|msgid|msgstr(?:\[\d++\])?+)?+\s*+")
_STRING = lazy(r'"(?:[^"\\]++|\\.)*+"\s*+')


# A catalogue every line of which is blank, a comment or a closed string (after its
# keyword): the lines the loop below accepts, told in one pass of the standard `re`
# (several times faster than a loop over the lines).
_PLAIN_LINE = (r'[ \t]*+(?:#(?!~)[^\n]*+|(?:#~[ \t]*+)?(?:(?:msgctxt|msgid_plural|msgid|msgstr(?:\[\d++\])?+)[ \t]*+)?+'
               r'"(?:[^"\\\n]++|\\[^\n])*+"[ \t]*+)?+')
_PLAIN_CATALOGUE = re.compile(rf"(?:{_PLAIN_LINE}\n)*+{_PLAIN_LINE}")


def unterminated_line(text: str) -> int | None:
    """The 1-based line of the first PO string that is not closed, or None.

    polib reads an unclosed string up to the end of its line and drops the last
    character, so such a catalogue must be refused before it is parsed.

    >>> unterminated_line('msgid "Hello"\\nmsgstr "Hallo"'), unterminated_line('msgid "Hello\\nmsgstr "x"')
    (None, 1)
    """
    if _PLAIN_CATALOGUE.fullmatch(text):
        return None
    return _unterminated_by_line(text)


def _unterminated_by_line(text: str) -> int | None:
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if not stripped or (stripped.startswith("#") and not stripped.startswith("#~")):
            continue
        keyword = _KEYWORD.match(stripped)
        rest = keyword.end() if keyword else 0
        if rest < len(stripped) and stripped[rest] == '"':
            string = _STRING.match(stripped, rest)
            if string is None or string.end() != len(stripped):
                return number
    return None


def read_catalogue(path: str, text: str, source_lang: str | None = None,
                   target_lang: str | None = None, fuzzy: bool = False) -> tuple[Document, Document]:
    """The (source, target) documents of a PO catalogue (`fuzzy`: its fuzzy entries too)."""
    bad = unterminated_line(text)
    if bad is not None:
        raise InputError(path, f"line {bad}: a string is not closed (or has text after its closing quote)",
                         "close the string with a quote; `msgfmt -c` checks the file")
    try:
        parsed, metadata = parse(text)
    except (OSError, ValueError) as exc:
        raise InputError(path, f"is not a valid PO catalogue ({exc})", "check it with `msgfmt -c`") from exc
    target = target_lang or metadata.get("Language") or language_from_path(path)
    if not target:
        raise InputError(path, "does not say its language (no Language: header)",
                         "add the header, name the file like doc.fr.po, or pass --langs en,fr")
    source = source_lang or DEFAULT_SOURCE
    # Where each line starts (an array: a list of a large catalogue's lines cost tens of MB).
    raw = array("q", itertools.chain((0,), (match.end() for match in _LINE_BREAK.finditer(text))))
    entries = []
    match = _NPLURALS.search(metadata.get("Plural-Forms", ""))
    nplurals = f"nplurals={match.group(1)}" if match else None
    for entry in parsed:
        stale = "fuzzy" in entry.flags
        if not entry.msgid or (stale and not fuzzy) or entry.obsolete or _EXTERNAL_REF.fullmatch(entry.msgid):
            continue
        previous = entry.previous if stale else None
        syntax = entry_syntax(entry.flags)
        msgid_at = _keyword_line(text, raw, entry.linenum, "msgid")
        msgstr_at = _keyword_line(text, raw, msgid_at + 1, "msgstr")
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)]
            if not any(forms):
                continue
            # Every msgstr[n] against msgid and msgid_plural (compare/placeholders.py).
            syntax = (*syntax, "gettext-plural", *((nplurals,) if nplurals else ()))
            entries.append(Entry(entry.msgid + FORM_SEPARATOR + entry.msgid_plural, FORM_SEPARATOR.join(forms),
                                 msgid_at, msgstr_at, syntax, previous=previous))
            continue
        if not entry.msgstr:
            continue
        entries.append(Entry(entry.msgid, entry.msgstr, msgid_at, msgstr_at, syntax, entry_kind(entry.msgid, entry.notes),
                             previous, from_markdown(entry.notes)))
    parsed.clear()  # (what is left of the entries read: not held while the documents are built)
    if not entries:
        raise InputError(path, "has no translated entries", "translate some entries or check another file")
    return entry_documents(path, entries, source, target, len(raw))


# --- Reading: the grammar and state machine of polib 1.2, in one pass without its objects.
# (polib's `_POFileParser`: the same transitions, the same unescaping, the same errors and
# the same entry line numbers; `tests/test_po_reader.py` checks the two agree.)

class ParsedEntry:
    """One entry as read: what `read_catalogue` needs of it."""

    __slots__ = ("msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr_plural", "flags", "obsolete", "linenum",
                 "notes", "previous")

    def __init__(self, linenum: int) -> None:
        self.msgctxt: str | None = None
        self.msgid = ""
        self.msgid_plural = ""
        self.msgstr = ""
        self.msgstr_plural: dict[int, str] = {}
        self.flags: list[str] = []
        self.obsolete = 0
        self.linenum = linenum
        # Its `#.` and `#:` lines, as written: what tells the tool that made the catalogue.
        self.notes = ""
        # The previous msgid (`#| msgid`) of a fuzzy entry: what its msgstr translates.
        self.previous = ""


_ALL_STATES = ["st", "he", "gc", "oc", "fl", "ct", "pc", "pm", "pp", "tc", "ms", "mp", "mx", "mi"]
_TRANSITIONS: dict[tuple[str, str], str] = {}
for _symbol, _states, _next in (
        ("tc", ["st", "he"], "he"),
        ("tc", ["gc", "oc", "fl", "tc", "pc", "pm", "pp", "ms", "mp", "mx", "mi"], "tc"),
        ("gc", _ALL_STATES, "gc"), ("oc", _ALL_STATES, "oc"), ("fl", _ALL_STATES, "fl"),
        ("pc", _ALL_STATES, "pc"), ("pm", _ALL_STATES, "pm"), ("pp", _ALL_STATES, "pp"),
        ("ct", ["st", "he", "gc", "oc", "fl", "tc", "pc", "pm", "pp", "ms", "mx"], "ct"),
        ("mi", ["st", "he", "gc", "oc", "fl", "ct", "tc", "pc", "pm", "pp", "ms", "mx"], "mi"),
        ("mp", ["tc", "gc", "pc", "pm", "pp", "mi"], "mp"),
        ("ms", ["mi", "mp", "tc"], "ms"),
        ("mx", ["mi", "mx", "mp", "tc"], "mx"),
        ("mc", ["ct", "mi", "mp", "ms", "mx", "pm", "pp", "pc"], "mc")):
    for _state in _states:
        _TRANSITIONS[(_symbol, _state)] = _next
_KEYWORDS = {"msgctxt": "ct", "msgid": "mi", "msgstr": "ms", "msgid_plural": "mp"}
_PREVIOUS = {"msgid_plural": "pp", "msgid": "pm", "msgctxt": "pc"}
_COMMENTS = {"#:": "oc", "#,": "fl", "#.": "gc"}
_UNESCAPED_QUOTE = re.compile(r'([^\\]|^)"')
_ESCAPE = re.compile(r'\\(\\|n|t|r|v|b|f|")')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "\\": "\\"}


def _unescape(string: str) -> str:
    if "\\" not in string:
        return string
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), string)


def _syntax_error(number: int, detail: str = "") -> OSError:
    return OSError(f"Syntax error in po file (line {number}){detail}")


def _lines(text: str, size: int = 1 << 16) -> Iterator[str]:
    """``text.splitlines()``, split a block of about `size` characters at a time (each cut
    right after a "\n", where every way of splitting lines ends one): a list of a large
    catalogue's lines costs tens of MB."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield from text[start:end].splitlines()
        start = end


def parse(text: str) -> tuple[list[ParsedEntry], dict[str, str]]:
    """The entries (header left out) and the header's metadata of a PO catalogue's text.

    >>> entries, meta = parse('msgid ""\\nmsgstr "Language: fr\\\\n"\\n\\n#, fuzzy\\nmsgid "a"\\nmsgstr "b"\\n')
    >>> [(e.msgid, e.msgstr, e.flags, e.linenum) for e in entries], meta
    ([('a', 'b', ['fuzzy'], 4)], {'Language': 'fr'})
    """
    entries: list[ParsedEntry] = []
    entry = ParsedEntry(0)
    state = "st"
    plural_index = 0
    tokens: list[str] = []
    transitions = _TRANSITIONS
    number = 0
    for line in _lines(text):
        number += 1
        if number == 1 and line.startswith("\ufeff"):
            line = line[1:]
        line = line.strip()
        if not line:
            continue
        tokens = line.split(None, 2)
        first = tokens[0]
        if first == "#~|":
            continue
        if first == "#~" and len(tokens) > 1:
            line = line[3:].strip()
            tokens = tokens[1:]
            first = tokens[0]
            obsolete = 1
        else:
            obsolete = 0
        if first in _KEYWORDS and len(tokens) > 1:
            line = line[len(first):].lstrip()
            if '"' in line[1:-1] and _UNESCAPED_QUOTE.search(line[1:-1]):
                raise _syntax_error(number, ": unescaped double quote found")
            symbol = _KEYWORDS[first]
        elif first == "#:" or first == "#," or first == "#.":
            if len(tokens) <= 1:
                continue
            symbol = _COMMENTS[first]
        elif line[:1] == '"':
            if '"' in line[1:-1] and _UNESCAPED_QUOTE.search(line[1:-1]):
                raise _syntax_error(number, ": unescaped double quote found")
            symbol = "mc"
        elif line[:7] == "msgstr[":
            symbol = "mx"
        elif first == "#" or first.startswith("##"):
            symbol = "tc"
        elif first == "#|":
            if len(tokens) <= 1:
                raise _syntax_error(number)
            line = line[2:].lstrip()
            if tokens[1].startswith('"'):
                symbol = "mc"
            elif len(tokens) == 2:
                raise _syntax_error(number, ": invalid continuation line")
            elif tokens[1] not in _PREVIOUS:
                raise _syntax_error(number, f": unknown keyword {tokens[1]}")
            else:
                line = line[len(tokens[1]):].lstrip()
                symbol = _PREVIOUS[tokens[1]]
        else:
            raise _syntax_error(number)
        following = transitions.get((symbol, state))
        if following is None:
            raise _syntax_error(number)
        try:
            if symbol == "mc":
                token = _unescape(line[1:-1])
                if state == "ct":
                    entry.msgctxt += token
                elif state == "mi":
                    entry.msgid += token
                elif state == "mp":
                    entry.msgid_plural += token
                elif state == "ms":
                    entry.msgstr += token
                elif state == "mx":
                    entry.msgstr_plural[plural_index] += token
                elif state == "pm":
                    entry.previous += token
                continue  # a continuation keeps the state
            if following == "he":
                state = following
                continue
            if symbol not in ("mp", "ms", "mx") and state in ("ms", "mx"):
                entries.append(entry)
                entry = ParsedEntry(number)
            if symbol == "fl":
                entry.flags += [flag.strip() for flag in line[3:].split(",")]
            elif symbol == "oc" or symbol == "gc":
                entry.notes += line + "\n"
            elif symbol == "ct":
                entry.msgctxt = _unescape(line[1:-1])
            elif symbol == "pm":
                entry.previous = _unescape(line[1:-1])
            elif symbol == "mi":
                entry.obsolete = obsolete
                entry.msgid = _unescape(line[1:-1])
            elif symbol == "mp":
                entry.msgid_plural = _unescape(line[1:-1])
            elif symbol == "ms":
                entry.msgstr = _unescape(line[1:-1])
            elif symbol == "mx":
                plural_index = int(line[7])
                entry.msgstr_plural[plural_index] = _unescape(line[line.find('"') + 1:-1])
        except Exception as exc:  # as polib: any failure of an action is a syntax error
            raise _syntax_error(number) from exc
        state = following
    if tokens and not tokens[0].startswith("#"):
        entries.append(entry)
    return _without_header(entries)


def _without_header(entries: list[ParsedEntry]) -> tuple[list[ParsedEntry], dict[str, str]]:
    """The entries without the header (polib's `find("")`), and the header's metadata."""
    matches = [e for e in entries if not e.obsolete and e.msgid == ""]
    if not matches:
        return entries, {}
    header = matches[0]
    if len(matches) > 1:
        header = next((m for m in reversed(matches) if not m.msgctxt), matches[0])
    # (polib removes the first entry equal to the one it found, as its entries compare:
    # two header-like entries with the same strings, the first goes)
    same = _polib_key(header)
    entries.pop(next(n for n, e in enumerate(entries) if _polib_key(e) == same))
    metadata: dict[str, str] = {}
    key = None
    for line in header.msgstr.splitlines():
        try:
            key, value = line.split(":", 1)
            metadata[key] = value.strip()
        except (ValueError, KeyError):
            if key is not None:
                metadata[key] += "\n" + line.strip()
    return entries, metadata


def _polib_key(entry: ParsedEntry) -> tuple:
    """What polib compares two entries by: obsolete, references, context, strings."""
    references = sorted(token for line in entry.notes.splitlines() if line.startswith("#:")
                        for token in line[2:].split())
    return (entry.obsolete, references, entry.msgctxt or "0", entry.msgid_plural or "0",
            list(entry.msgstr_plural.values()), entry.msgid, entry.msgstr)


@dataclass(frozen=True)
class Entry:
    """One translated entry: the two strings, the 0-based lines they start on, its kind
    (``code`` for a literal block, ``asciidoc`` for AsciiDoc; None: told by `is_code`), and
    for a fuzzy entry its previous msgid ("" when the catalogue keeps none; None: not fuzzy);
    `markdown`: cut from a Markdown page (`from_markdown`)."""

    source: str
    target: str
    source_line: int
    target_line: int
    syntax: tuple[str, ...] = ()
    kind: str | None = None
    previous: str | None = None
    markdown: bool = False


# An image or video itstool refers to (`external ref='figures/x.png' md5='…'`): itstool's
# own comment on such an entry says its msgstr "is not used at all" (the md5 tells the
# translator when to update a localised copy of the file), so it holds nothing to compare.
_EXTERNAL_REF = lazy(r"external ref='[^']*+' md5='[0-9a-f]*+'")
# An entry cut from a Markdown page: a reference line opens with one (mdBook's
# `#: src/hello/print.md:12`, po4a's, translate-toolkit's `docs/API_Server.md:block 72`,
# Sphinx's MyST pages `#: ../../pages/design/logo.md:7`).
_MARKDOWN_PAGE = lazy(r"^#:[ \t]*+[^\s:]*?\.(?:md|markdown|mdx|mdown|mkd)(?=[:\s]|$)", regex.M)
# An entry po4a cut from AsciiDoc: its reference names an AsciiDoc file (`#: pcbnew.adoc:12`),
# or its type is one only po4a's AsciiDoc module writes (titles of `=`, image macros,
# delimited blocks, block titles, labelled lists).
_ASCIIDOC = lazy(r"^#:.*?\.(?:adoc|asciidoc|asc):\d|^#\. type: (?:Title =|Target for macro|delimited block"
                 r"|Block title|Labeled list|.* argument for macro)", regex.M)
# What opens an AsciiDoc list item, table cell or labelled item: the lines after it are the
# item's text, however they are indented (`** *Continuous*: the numbering …⏎   the last item`).
_ASCIIDOC_ITEM = lazy(r"[ \t]*+(?:(?:\*{1,5}|-|\.{1,5}|\d{1,3}\.)[ \t]|\|)|[^\n]{1,80}?::(?:[ \t]|$)")


def from_markdown(notes: str) -> bool:
    """Whether an entry comes from a Markdown page (`notes`: its `#.` and `#:` lines), so
    that its inline markup is Markdown's (a code span glued to a word or followed by "(" is
    still one), not reST's as in a Sphinx catalogue of reST pages.

    >>> from_markdown("#: src/SUMMARY.md:39 src/conversion/from_into.md:1" + chr(10))
    True
    >>> from_markdown("#: ../../library/os.rst:12" + chr(10)), from_markdown("")
    (False, False)
    """
    return "#:" in notes and _MARKDOWN_PAGE.search(notes) is not None


def entry_kind(message: str, notes: str) -> str | None:
    """An entry's kind by the markup of the file it comes from (`notes`: its `#.` and `#:`
    lines): an AsciiDoc listing or literal block is ``code``, an AsciiDoc list item or
    table ``asciidoc`` however indented, other AsciiDoc text ``asciidoc`` unless it reads
    as code; None where the catalogue does not say (`is_code` tells).

    >>> entry_kind("** *Fortlaufend*: Die …" + chr(10) + "   fortgesetzt.", "#: pcbnew.adoc:12" + chr(10))
    'asciidoc'
    >>> entry_kind("(export (version D))", "#. type: delimited block -" + chr(10)), entry_kind("Text.", "")
    ('code', None)
    """
    if not notes or _ASCIIDOC.search(notes) is None:
        return None
    if "type: delimited block -" in notes or "type: delimited block ." in notes:
        return "code"
    if _ASCIIDOC_ITEM.match(message) is None and is_code(message):
        return "code"
    return "asciidoc"


_COLUMNS = lazy(r"\S\s{3,}+\S")
_CODE_LINE = lazy(r"^(?:>>>|\.\.\. |\$ |[ \t]{2,}\S)", regex.M)


def is_code(message: str, translation: str | None = None) -> bool:
    """Whether an entry is a literal block (a doctest, a shell session, indented code).
    Columns make program output only where the `translation` keeps them: a software
    catalogue's tooltip laid out in columns (".   : any character"), which the translation
    writes as lines of prose (". : Ein beliebiges Zeichen"), is text.

    >>> is_code(">>> print(1)" + chr(10) + "1"), is_code("A sentence." + chr(10) + "Another one.")
    (True, False)
    >>> table = "x   : any" + chr(10) + "y   : none"
    >>> is_code(table), is_code(table, "x : alle" + chr(10) + "y : keins"), is_code(table, table)
    (True, False, True)
    """
    lines = [line for line in message.split("\n") if line.strip()]
    if len(lines) < 2:
        return message.startswith(">>> ")
    if message.lstrip().startswith((">>>", "$ ")) or len(_CODE_LINE.findall(message)) * 2 >= len(lines):
        return True
    # Program output in columns ("1,0-1,3:      NAME     'def'"): few words per line.
    if _in_columns(lines) and (translation is None or _in_columns(translation.split("\n"))):
        return True
    # Statements, one a line (a Lua or Python example po4a cut from a fenced block whose
    # comment the catalogue does not keep), that the translation keeps as statements.
    return _statements(lines) and (translation is None or _statements(translation.split("\n")))


# A string literal, a line that opens a Markdown block (a table row, a list item, a quote,
# a heading, a definition), punctuation that only code puts on a line, and three words in
# a row parted by single spaces: prose.
_STRING_LITERAL = lazy(r"\"(?:[^\"\\\n]|\\.)*+\"|'(?:[^'\\\n]|\\.)*+'")
_MARKDOWN_BLOCK = lazy(r"[ \t]*+(?:\||[-*+>:][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t])")
_CODE_PUNCTUATION = lazy(r"[=(){}\[\];]")
_PROSE_RUN = lazy(r"\p{L}++ \p{L}++ \p{L}++")


def _statements(lines: list[str]) -> bool:
    """Whether three lines or more are all statements: code punctuation on each line that
    has any, none opens a Markdown block, and no three words run as prose does.

    >>> _statements(['local my_label = darktable.new_widget("label")', 'my_label.label = "Hello, world !"',
    ...              'dt.register_lib("test",false,{', '    },my_label)'])
    True
    >>> _statements(["Set `x = 1` (the default)", "to enable the feature.", "Then restart."])
    False
    """
    lines = [line for line in lines if line.strip()]
    if len(lines) < 3:
        return False
    punctuated = 0
    for line in lines:
        bare = _STRING_LITERAL.sub('""', line)
        if _MARKDOWN_BLOCK.match(bare) or _PROSE_RUN.search(bare):
            return False
        punctuated += bool(_CODE_PUNCTUATION.search(bare))
    return punctuated * 2 >= len(lines)


def _in_columns(lines: list[str]) -> bool:
    """Whether half the lines or more are laid out in columns."""
    lines = [line for line in lines if line.strip()]
    return sum(1 for line in lines if _COLUMNS.search(line)) * 2 >= len(lines)


def msgid_changes(previous: str, msgid: str, most: int = 3) -> str:
    """What a fuzzy entry's msgid gained and lost since its previous msgid (the one its
    msgstr translates), word by word; "" when the catalogue kept no previous msgid.

    >>> msgid_changes("Run `-d {act_on,cache}` now", "Run `-d {act_on,ai,cache}` now")
    'its msgid gained “{act_on,ai,cache}`”; lost “{act_on,cache}`”'
    >>> msgid_changes("", "x"), msgid_changes("a  b", "a b")
    ('', 'its msgid changed only in spacing')
    """
    if not previous:
        return ""
    old, new = previous.split(), msgid.split()
    gained, lost = Counter(new) - Counter(old), Counter(old) - Counter(new)
    if not gained and not lost:
        return "its msgid changed only in spacing"

    def words(tokens: list[str], counts: Counter) -> str:
        shown = list(dict.fromkeys(t for t in tokens if counts[t]))
        quoted = ", ".join(f"“{t if len(t) <= 40 else t[:39] + '…'}”" for t in shown[:most])
        return quoted + (f" (+{len(shown) - most} more)" if len(shown) > most else "")

    parts = ([f"gained {words(new, gained)}"] if gained else []) + ([f"lost {words(old, lost)}"] if lost else [])
    return "its msgid " + "; ".join(parts)


def entry_documents(path: str, entries: list[Entry], source: str, target: str, count: int) -> tuple[Document, Document]:
    """The source and target documents of a list of entries, one paragraph each.

    Each string sits on its entry's line, with its own newlines turned into line
    separators (U+2028), so that every entry is one paragraph on one line.
    """
    kinds = [e.kind or ("code" if is_code(e.source, e.target) else "entry") for e in entries]
    syntax = [e.syntax for e in entries]
    numbers = list(range(1, len(entries) + 1))  # paragraph numbers, one int object for both sides
    documents = (
        entries_document(path, source, [(e.source_line, e.source) for e in entries], kinds, count, syntax, numbers),
        entries_document(path, target, [(e.target_line, e.target) for e in entries], kinds, count, syntax, numbers),
    )
    fuzzy = {n: e.previous for n, e in zip(numbers, entries) if e.previous is not None}
    markdown = frozenset(n for n, e in zip(numbers, entries) if e.markdown)
    if not fuzzy and not markdown:
        return documents
    return (replace(documents[0], fuzzy=fuzzy, markdown=markdown),
            replace(documents[1], fuzzy=fuzzy, markdown=markdown))


def entries_document(path: str, lang: str, placed: list[tuple[int, str]], kinds: list[str], count: int,
                     syntax: list[tuple[str, ...]] | None = None, numbers: list[int] | None = None) -> Document:
    """One side of a catalogue as a document: each message placed at its line (of `count`
    lines), a paragraph an entry, with the entries' kinds, syntax and numbers."""
    lines = [""] * max(count, max(line for line, _ in placed) + 1)
    for index, message in placed:
        lines[index] = message.replace("\n", LINE_SEPARATOR)
    text = "\n".join(lines)
    syntax = syntax or [()] * len(kinds)
    # `segment.line_starts(text)`, from the lines (none holds a newline any more), as an
    # array: a catalogue has several lines an entry, and an int object costs four times
    # an array's item.
    starts = array("q", map(operator.add, itertools.accumulate(map(len, lines[:-1]), initial=0), range(len(lines))))
    # Only the lines placed hold text: they are the non-empty lines, in order, that
    # `segment.non_empty_lines` would find by reading every line of `text`.
    occupied = sorted({index for index, _ in placed})
    non_empty = [(index, lines[index]) for index in occupied if lines[index].strip()]
    # An entry's text is sliced from the document's when asked for (`EntrySegment`), not
    # kept twice; one ending in "\r" (its paragraph's text stops before it) keeps its own.
    paragraphs = tuple(
        EntrySegment(i + 1 if numbers is None else numbers[i], start, start + len(line), number, number, text,
                     kind, None, forms) if line[-1:] != "\r" else
        Segment(n=i + 1, start=start, end=start + len(line), line=number, end_line=number, text=line.rstrip("\r"),
                kind=kind, syntax=forms)
        for i, ((index, line), kind, forms) in enumerate(zip(non_empty, kinds, syntax))
        for number, start in ((index + 1, starts[index]),)  # one int object for both line numbers
    )
    return Document(path=path, lang=normalise_tag(lang), text=text, paragraphs=paragraphs, format="po",
                    line_starts=starts)
