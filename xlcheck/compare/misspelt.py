"""Names a translation misspells where the source writes them: an acronym changed by one
letter or reordered (``TCP`` / ``TSP``, ``ENR`` / ``RNE``), a technical name one edit away
(``multiaddr`` / ``Multiadr``), a lower-case program name given capitals
(``go-ethereum`` / ``go-Ethereum``), an identifier in snake case one letter off
(``eos_lldp_interface`` / ``eds_lldp_interface``), which no translation translates.

The name checks (`names.py`) look for a name in the aligned paragraph; a misspelt name
passes them whenever the paragraph also writes it right once. Here a spelling is counted:
the source writes the name more often in the paragraph than the translation does, the
translation writes a look-alike the source never writes instead, and the translation
itself spells the name right somewhere (so the look-alike is no translation of it, as
``OTAN`` for ``NATO`` or ``ADN`` for ``DNA`` are).
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator

import regex

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.locales import base_language, latin_script
from xlcheck.model import Invariant, Segment
from xlcheck.patterns import AsciiTwin, lazy
from xlcheck.prefixes import glues_prefixes

# Inline code, link targets and addresses: compared by other checks.
_NOT_PROSE = lazy(r"(`++)[^`\n]*?\1|\]\([^)\s]*+\)|(?:https?|ftp)://\S++|www\.\S++")
# A token starts with a cased letter: every shape a look-alike is compared by does, and
# the words of scripts without case (Hangul, Han, kana) are most of a CJK text's tokens.
# Those scripts write no spaces: a word in capitals glued to them ("调用UNLINK或FLUSHDB和")
# ends where they begin, and is a token of its own (a word in lower case glued to them is
# left out: a translator's own spelling of a common word, "Pull Requst后", is no drift).
_CASELESS = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
_TOKEN = AsciiTwin(rf"(?<={_CASELESS})\p{{Lu}}++(?:(?={_CASELESS})|(?![\p{{L}}\p{{N}}_@]|[./-]\p{{L}}))"
                   rf"|(?<![\p{{L}}\p{{N}}_./@-])\p{{Lu}}++(?={_CASELESS})"
                   r"|(?<![\p{L}\p{N}_./@-])[\p{Lu}\p{Ll}\p{Lt}][\p{L}\p{N}]*+(?:-[\p{L}\p{N}]++)*+"
                   r"(?![\p{L}\p{N}_@]|[./-]\p{L})",
                   r"(?<![A-Za-z0-9_./@-])[A-Za-z][A-Za-z0-9]*+(?:-[A-Za-z0-9]++)*+(?![A-Za-z0-9_@]|[./-][A-Za-z])")
_ACRONYM = lazy(r"[A-Z]{3,6}")
_PLURAL_ACRONYM = lazy(r"[A-Z]{3,6}s")
_SHORT_ACRONYM = lazy(r"[A-Z]{2,5}")
# A longer name in capitals: a command or a constant (FLUSHALL, RUNNABLE), which a
# translation into a language of another script keeps as it is.
_CAPITALS = lazy(r"[A-Z]{7,20}")
# Formats of documentation, whose acronyms name technical things (NIC, API) that a
# translation keeps: one with a letter dropped inside is a typo there.
_DOC_FORMATS = frozenset({"markdown", "po", "rst"})
_PROGRAM = lazy(r"[a-z][a-z0-9]*+(?:-[a-z0-9]++)++")  # kube-apiserver, go-ethereum
# A technical name written in lower case (multiaddr, kubectl): a capitalised name is
# `names.py`'s, and a person's name misspelt is no documentation drift.
_WORD = lazy(r"\p{Ll}\p{L}{5,}")
# An identifier in snake case written in prose (a module, an option: eos_lldp_interface),
# which no translation translates.
_IDENTIFIER = lazy(r"(?<![\w./@-])[a-z][a-z0-9]*+(?:_[a-z0-9]++)++(?![\w@]|[./-]\w)")
_IDENTIFIER_SHAPE = lazy(r"[a-z][a-z0-9]*+(?:_[a-z0-9]++)++")
# A short word in lower case (a field, a column, a keyword of an example: ``one two three``),
# which a translation into a language of another script keeps as it is: one with two
# neighbouring letters swapped there (``tow`` for ``two``) is a typo.
_SHORT_WORD = lazy(r"[a-z]{3,5}")
# Languages whose nouns take a capital: a compound's capitals there are spelling.
_CAPITALISING = frozenset({"de", "lb"})


class _Combining(dict):
    """The combining marks, found as characters are met: each maps to None (str.translate
    drops it), any other character to itself. Asked of each character once, then read in C."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_COMBINING = _Combining()


def _fold_text(text: str) -> str:
    """A text without its accents, case folded."""
    if text.isascii():
        return text.casefold()  # (NFKD changes no ASCII character, and none combines)
    return unicodedata.normalize("NFKD", text).translate(_COMBINING).casefold()


_fold = functools.lru_cache(maxsize=65536)(_fold_text)  # for words, which recur (lines do not)

# A character other than ASCII and the Hangul syllables (U+AC00-U+D7A3): a line without one
# is folded by case folding alone (see `_fold_line`).
_NOT_ASCII_OR_SYLLABLE = lazy(r"[^\x00-\x7f\uac00-\ud7a3]")
# The conjoining jamo NFKD takes a Hangul syllable apart into (L, V, T: U+1100-U+11FF).
_JAMO = lazy(r"[\u1100-\u11ff]")


def _fold_line(text: str) -> str:
    """A line folded for counting a folded word without jamo in it: `_fold_text`, but a
    line of ASCII and Hangul syllables only keeps its syllables whole. NFKD would take each
    syllable apart into two or three jamo, all letters as the syllable is, so a word without
    jamo is found at the same places either way, between the same letters (the rest of the
    line is folded alike: NFKD decomposes character by character, reorders combining marks
    only, which a syllable and its jamo are not, and case folding leaves both alone)."""
    if _NOT_ASCII_OR_SYLLABLE.search(text):
        return _fold_text(text)
    return text.casefold()


def _prose(text: str) -> str:
    if "`" not in text and "](" not in text and "://" not in text and "www." not in text:
        return text  # (what each branch of the pattern needs: most paragraphs have none)
    return _NOT_PROSE.sub(lambda m: " " * len(m.group()), text)


def _spelling(token: str) -> str:
    """The spelling a token is counted by (one string for all its occurrences)."""
    if token[-1] == "s" and _PLURAL_ACRONYM.fullmatch(token):
        token = token[:-1]  # ENRs: two ENR
    return sys.intern(token)


def _prose_tokens(paragraph: Segment) -> Iterator[tuple[str, int]]:
    """A paragraph's prose tokens (none in a code block), then its snake-case identifiers,
    each with its offset in the document."""
    if paragraph.kind == "code":
        return
    prose = _prose(paragraph.text)
    for match in _TOKEN.finditer(prose):
        yield _spelling(match.group()), paragraph.start + match.start()
    for match in _IDENTIFIER.finditer(prose) if "_" in prose else ():
        yield sys.intern(match.group()), paragraph.start + match.start()


class _Spellings(dict):
    """Each token's spelling (`_spelling`), found once per distinct token and then read in
    C: a document writes its words again and again."""

    def __missing__(self, token: str) -> str:
        spelling = self[token] = _spelling(token)
        return spelling


def _spellings(paragraph: Segment, spellings: dict[str, str] | None = None) -> tuple[str, ...]:
    """The spellings of `_prose_tokens`, without their offsets (read with findall)."""
    if paragraph.kind == "code":
        return ()
    prose = _prose(paragraph.text)
    tokens = list(map(spellings.__getitem__ if spellings is not None else _spelling, _TOKEN.findall(prose)))
    if "_" in prose:
        tokens += map(sys.intern, _IDENTIFIER.findall(prose))
    return tuple(tokens)


def one_edit(a: str, b: str) -> bool:
    """Whether b is a one letter away from a: one replaced, dropped, added, or two
    neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1 or _swapped(a, b)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return inserted_at(short, long_) is not None


def inserted_at(short: str, long_: str) -> int | None:
    """Where `long_`, one letter longer, has the letter `short` lacks, if that letter is
    all that tells them apart.

    >>> inserted_at("Nicod", "Nicodi"), inserted_at("Mintti", "Miniutti")
    (5, None)
    """
    i = next((n for n in range(len(short)) if short[n] != long_[n]), len(short))
    return i if short[i:] == long_[i + 1:] else None


def _look_alike(name: str, other: str, lang: str, documentation: bool = False) -> bool:
    """Whether `other` (written by a translation) is `name` misspelt."""
    if _ACRONYM.fullmatch(name):
        if documentation and _inner_letter_dropped(name, other):
            return True
        return bool(_ACRONYM.fullmatch(other)) and (
            one_edit(name, other) and len(name) == len(other) or sorted(name) == sorted(other))
    if _CAPITALS.fullmatch(name):
        # One letter replaced (or two swapped) in documentation written in another script:
        # no such language spells a word of its own in Latin capitals (in a Latin-script
        # one a word may: WARNING / WARNUNG).
        return (documentation and not latin_script(lang) and bool(_CAPITALS.fullmatch(other))
                and len(other) == len(name) and one_edit(name, other))
    if _IDENTIFIER_SHAPE.fullmatch(name):
        # one letter off in one of its words, as long as the name: a typo, not another name
        return (len(name) >= 8 and len(other) == len(name) and other.count("_") == name.count("_")
                and one_edit(name, other))
    if _PROGRAM.fullmatch(name):
        # go-Ethereum: capitals inside a lower-case name (a capital to start it is a sentence's).
        # Not in a language that hyphens a prefix to a word and may capitalise the word as
        # a name's ("nge-chestnut" / "nge-Chestnut", chestnut-coloured).
        return (other != name and other.casefold() == name and other[0] == name[0]
                and base_language(lang) not in _CAPITALISING and not glues_prefixes(lang))
    if _SHORT_WORD.fullmatch(name):
        return (documentation and not latin_script(lang) and bool(_SHORT_WORD.fullmatch(other))
                and len(other) == len(name) and _swapped(name, other))
    if _WORD.fullmatch(name):
        a, b = _fold(name), _fold(other)
        # The same first and last letters: an inflection (Formats, modelo) changes the end.
        return len(b) >= 6 and a[0] == b[0] and a[-1] == b[-1] and one_edit(a, b)
    return False


def _swapped(name: str, other: str) -> bool:
    """Whether `other` is `name` with two neighbouring letters swapped (and nothing else).

    >>> _swapped("two", "tow"), _swapped("two", "twa"), _swapped("from", "form"), _swapped("abc", "cba")
    (True, False, True, False)
    """
    diff = [i for i in range(len(name)) if name[i] != other[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and name[diff[0]] == other[diff[1]] \
        and name[diff[1]] == other[diff[0]]


def _inner_letter_dropped(name: str, other: str) -> bool:
    """Whether `other` is acronym `name` with one letter inside it left out (NIC / NC).

    >>> _inner_letter_dropped("NIC", "NC"), _inner_letter_dropped("NIC", "IC"), _inner_letter_dropped("API", "AP")
    (True, False, False)
    """
    return bool(_SHORT_ACRONYM.fullmatch(other)) and len(other) == len(name) - 1 and any(
        name[:i] + name[i + 1:] == other for i in range(1, len(name) - 1))


def _by_shape(counts: Counter[str]) -> dict:
    """The names a paragraph holds that a look-alike may stand for, by what a look-alike
    of each shares with it: acronyms all together, program names by their letters in
    lower case, words by their first and last letters (folded)."""
    shapes: dict = defaultdict(list)
    for name in counts:
        # (each pattern is tried only where the character or length it needs is there:
        # a capital A-Z first, an underscore, a hyphen, three to five letters, six or more)
        capital = "A" <= name[:1] <= "Z"
        if capital and _ACRONYM.fullmatch(name):
            shapes["acronym"].append(name)
        elif capital and _CAPITALS.fullmatch(name):
            shapes["capitals"].append(name)
        elif "_" in name and _IDENTIFIER_SHAPE.fullmatch(name):
            shapes[("identifier", name.count("_"))].append(name)
        elif "-" in name and _PROGRAM.fullmatch(name):
            shapes[("program", name)].append(name)
        elif 3 <= len(name) <= 5 and _SHORT_WORD.fullmatch(name):
            shapes[("short", "".join(sorted(name)))].append(name)
        elif len(name) >= 6 and _WORD.fullmatch(name):
            folded = _fold(name)
            shapes[("word", folded[0], folded[-1])].append(name)
    return shapes


def _edit_keys(word: str) -> set[str]:
    """Keys two words share when one is a look-alike of the other (`_look_alike`): the
    folded word with each letter left out in turn (one letter replaced, dropped, added or
    two swapped), and its letters sorted (an acronym reordered)."""
    folded = _fold(word)
    keys = {folded, "\x00" + "".join(sorted(folded))}
    keys.update(folded[:i] + folded[i + 1:] for i in range(len(folded)))
    return keys


def _wanted(token: str, other_script: bool) -> set:
    """The shapes (`_by_shape`) of the names `token` may misspell, by what `_look_alike`
    asks of the translation's word for each: a name is an acronym only if the word is in
    capitals A-Z, two to six of them; in capitals (seven or more) only if other_script;
    an identifier only if the word has as many underscores; a short word only if
    other_script and the word is its letters in lower case a-z, in another order; a word
    only if the word is six letters or more once folded, with the same first and last
    letters. (A program's look-alike is a recased word, not asked of the index.)"""
    shapes: set = set()
    if token.isascii():
        if token.isupper() and token.isalpha():
            if len(token) <= 6:
                shapes.add("acronym")
            elif other_script:
                shapes.add("capitals")
        elif other_script and token.islower() and token.isalpha() and 3 <= len(token) <= 5:
            shapes.add(("short", "".join(sorted(token))))
    if "_" in token:
        shapes.add(("identifier", token.count("_")))
    folded = _fold(token)
    if len(folded) >= 6:
        shapes.add(("word", folded[0], folded[-1]))
    return shapes


def _suspects(token: str, recased: bool, names: dict) -> list[str]:
    """The names of `names` (see `_by_shape`) that `token` may misspell."""
    if recased:
        return names.get(("program", token.casefold()), [])
    if _ACRONYM.fullmatch(token) or _SHORT_ACRONYM.fullmatch(token):
        return names.get("acronym", [])
    if _CAPITALS.fullmatch(token):
        return names.get("capitals", [])
    if _IDENTIFIER_SHAPE.fullmatch(token):
        return names.get(("identifier", token.count("_")), [])
    if _SHORT_WORD.fullmatch(token):
        return names.get(("short", "".join(sorted(token))), [])
    if len(token) >= 6:
        folded = _fold(token)
        return names.get(("word", folded[0], folded[-1]), [])
    return []


class Misspellings:
    """The prose tokens of each document, read once, for every group's comparison."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._paragraphs: dict[int, list[tuple[str, ...]]] = {}
        self._folded: dict[int, Counter[str]] = {}
        self._written: dict[int, Counter[str]] = {}
        self._maybe: dict[tuple[int, int], frozenset[str]] = {}
        self._collapsed: dict[int, str] = {}

    def _read(self, k: int) -> list[tuple[str, ...]]:
        """Each paragraph's prose tokens (one string for each spelling), read once per
        document and kept compact: a catalogue has tens of thousands. Their offsets are
        read again only for the few groups that hold a look-alike (`_tokens`)."""
        if k not in self._paragraphs:
            spellings = _Spellings()  # (one document's words: dropped once it is read)
            self._paragraphs[k] = [_spellings(paragraph, spellings) for paragraph in self.ctx.documents[k].paragraphs]
        return self._paragraphs[k]

    def _tokens(self, k: int, indices) -> list[tuple[str, int]]:
        paragraphs = self.ctx.documents[k].paragraphs
        return [pair for index in indices for pair in _prose_tokens(paragraphs[index])]

    def _documentation(self, k: int, o: int) -> bool:
        return all(self.ctx.documents[d].format in _DOC_FORMATS for d in (k, o))

    def _document(self, k: int) -> tuple[Counter[str], Counter[str]]:
        if k not in self._written:
            written = self._written[k] = Counter(t for paragraph in self._read(k) for t in paragraph)
            # Each distinct spelling folded once (a catalogue repeats its words thousands of
            # times), its count carried: the same counts, in the same order.
            folded = self._folded[k] = Counter()
            for token, count in written.items():
                folded[_fold(token)] += count
        return self._written[k], self._folded[k]

    def _lookalikes(self, k: int, o: int) -> frozenset[str]:
        """The words of document o that may misspell a name document k writes, found once
        for the whole documents: a group's look-alike is always among them, so a group
        whose translation holds none of them is not read word by word."""
        if (k, o) not in self._maybe:
            source_written, source_folded = self._document(k)
            written, _ = self._document(o)
            lang = self.ctx.documents[o].lang
            documentation = self._documentation(k, o)
            # (a name in capitals or a short word is misspelt only in documentation in
            # another script than Latin, `_look_alike`: elsewhere none is looked for)
            other_script = documentation and not latin_script(lang)
            # The translation's words the index is asked of, and the shapes of name each
            # may misspell (`_wanted`): most words are the source's own, or too short to
            # misspell a word and no acronym or identifier, and are not looked up. The
            # index holds those shapes only, of words only those of the same first and
            # last letters; none is built where no word is asked of it.
            recased, asked, wanted = [], [], set()
            for token in written:
                if token in source_written:
                    continue
                if _fold(token) in source_folded:
                    recased.append(token)
                    continue
                shapes = _wanted(token, other_script)
                if shapes:
                    asked.append(token)
                    wanted |= shapes
            found = set()
            if not recased and not asked:
                self._maybe[(k, o)] = frozenset(found)
                return self._maybe[(k, o)]
            names = _by_shape(source_written)
            index: dict[str, list[str]] = defaultdict(list)
            for shape, members in names.items() if asked else ():
                if shape in wanted:
                    for name in members:
                        for key in _edit_keys(name):
                            index[key].append(name)
            for token in recased:
                if any(_PROGRAM.fullmatch(name) and _look_alike(name, token, lang, documentation)
                       for name in names.get(("program", token.casefold()), [])):
                    found.add(token)
            for token in asked:
                suspects = {name for key in _edit_keys(token) for name in index.get(key, ())}
                if any(not _PROGRAM.fullmatch(name) and _look_alike(name, token, lang, documentation)
                       for name in suspects):
                    found.add(token)
            self._maybe[(k, o)] = frozenset(found)
        return self._maybe[(k, o)]

    def _translated_count(self, k: int, o: int, word: str) -> int:
        """How often doc o writes a word (folded) outside the lines it copies unchanged
        from doc k: a line of three words or more that doc k holds as it is (its spaces
        and line breaks aside) is a segment left untranslated, the source's own words.
        (Asked only of a look-alike's name: the lines that hold it are read.)"""
        if k not in self._collapsed:
            self._collapsed[k] = " ".join(self.ctx.documents[k].text.split())
        source = self._collapsed[k]
        folded = _fold(word)
        pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}_]){regex.escape(folded)}(?![\p{{L}}\p{{N}}_])")
        fold = _fold_text if _JAMO.search(folded) else _fold_line  # (a word of jamo: syllables taken apart)
        count = 0
        for raw in self.ctx.documents[o].text.splitlines():
            if folded[:3] not in raw.casefold() and raw.isascii():
                continue
            hits = len(pattern.findall(fold(raw)))
            if hits:
                line = " ".join(raw.split())
                if line.count(" ") < 2 or line not in source:
                    count += hits
        return count

    def _holds_lookalike(self, k: int, group: Group, present: list[int]) -> bool:
        """Whether doc k has prose tokens in the group and another version one of the
        look-alikes of doc k's names (read from the token tuples, nothing counted)."""
        if not any(self._read(k)[index] for index in group.members[k]):
            return False
        for o in present:
            if o != k:
                lookalikes = self._lookalikes(k, o)
                if lookalikes and any(not lookalikes.isdisjoint(self._read(o)[index])
                                      for index in group.members[o]):
                    return True
        return False

    def candidates(self, g: int, group: Group, present: list[int]) -> list[Candidate]:
        # Most groups hold no look-alike at all: they are ruled out before their tokens
        # are paired with offsets and counted.
        active = [k for k in present if self._holds_lookalike(k, group, present)]
        if not active:
            return []
        # name -> (the version it is taken from, where), {version that misspells it: where the look-alike is}
        lost: dict[str, tuple[tuple[int, int], dict[int, int]]] = {}
        again: list[tuple[str, int, int, int, int]] = []  # (name, k, where, o, where o misspells it)
        tokens = {k: self._tokens(k, group.members[k]) for k in present}
        counted = {k: Counter(t for t, _ in tokens[k]) for k in present}
        for k in active:
            source = tokens[k]
            counts = counted[k]
            names = _by_shape(counts)
            if not names:
                continue
            first = {}
            for token, start in source:
                first.setdefault(token, start)
            source_written, source_folded = self._document(k)
            for o in present:
                if o == k:
                    continue
                lang = self.ctx.documents[o].lang
                documentation = self._documentation(k, o)
                other, other_counts = tokens[o], counted[o]
                written, folded = self._document(o)
                reported = set()
                for token, position in other:
                    if token in source_written or token in reported or (
                            written[token] > other_counts[token] and not _SHORT_WORD.fullmatch(token)):
                        # A word the translation writes elsewhere too is its own word; not
                        # a short word of the source's example with two letters swapped,
                        # which a translator copies from paragraph to paragraph (``tow``).
                        continue
                    recased = _fold(token) in source_folded  # go-Ethereum for go-ethereum
                    for name in _suspects(token, recased, names):
                        count = counts[name]
                        if name in reported or other_counts[name] >= count:
                            continue
                        program = bool(_PROGRAM.fullmatch(name))
                        if recased != program or not _look_alike(name, token, lang, documentation):
                            continue
                        # The translation spells the name right elsewhere (a word, twice):
                        # the look-alike is no translation of it. (No language writes an
                        # acronym of documentation with a letter left out inside.)
                        # Nor does a language of another script spell a word of its own
                        # in Latin capitals (`_look_alike`).
                        # (Written right only in lines left in the source's words, a
                        # segment the translation never translated, is no spelling of its
                        # own: "`options` Objeto (opcional)" beside an English line's
                        # "(optional)".)
                        dropped = documentation and _inner_letter_dropped(name, token)
                        if not program and not dropped and not _IDENTIFIER_SHAPE.fullmatch(name) \
                                and not _CAPITALS.fullmatch(name) and (
                                folded[_fold(name)] < 2 or self._translated_count(k, o, name) < 2
                                if _WORD.fullmatch(name) else not written[name]):
                            continue
                        start = first[name]
                        lost.setdefault(name, ((k, start), {}))[1][o] = position
                        reported.update((name, token))
                        if _SHORT_WORD.fullmatch(name):
                            # each place the example's word is misspelt is a change of its
                            # own (``one tow three four``, then ``select one, tow, …``)
                            places = [p for t, p in other if t == token and p != position]
                            starts = [p for t, p in source if t == name and p != start]
                            again.extend((name, k, s, o, p) for s, p in zip(starts, places))
                        break
        out = []
        for name, ((k, start), near) in lost.items():
            # The versions that do not misspell the name have it, as the one it came from does.
            # A command or a constant in capitals is a literal of the text, not a name, and
            # so is a short word in lower case kept in a text of another script.
            kind = "code" if _CAPITALS.fullmatch(name) or _SHORT_WORD.fullmatch(name) else "name"
            out.append(Candidate(g, kind, name, frozenset(present) - frozenset(near), frozenset(near),
                                 {k: Invariant(kind, name, name, start, start + len(name))}, near=near))
        for name, k, start, o, position in again:
            out.append(Candidate(g, "code", name, frozenset(present) - {o}, frozenset({o}),
                                 {k: Invariant("code", name, name, start, start + len(name))}, near={o: position}))
        return out
