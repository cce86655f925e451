"""Placeholders, read by their syntax: what a program fills in must survive translation.

A unit's reader says which syntaxes its text uses (`Segment.syntax`): ``icu`` (ICU
MessageFormat, parsed for real, with its ``plural``/``select``/``selectordinal``
branches; Java MessageFormat ``{0}`` too), ``printf`` (C, Objective-C and Swift
``%1$@``, ``%lld``, ``%@``, Python ``%(name)s``), ``brace`` (Python/C# ``{name}``,
``{0}``), ``qt`` (``%1``, ``%n``), ``ruby`` (``%{name}``, ``%<name>s``), ``mustache``
(``{{name}}``, i18next ``$t(key)``) and ``fluent`` (``{ $name }``). Text with no syntax
named is left to the markup extractor, which guesses; this module never guesses.

Each placeholder gets an identity compared across versions: ``{count}``, ``%1$d``,
``%(name)s``. Unnumbered printf conversions are numbered in order (``%s %d`` is
``%1$s %2$d``), so a translation that swaps them is caught.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from xlcheck.model import Invariant
from xlcheck.patterns import lazy

SYNTAXES = ("icu", "printf", "brace", "qt", "ruby", "mustache", "fluent")
# "noquote" with "icu": apostrophes are text, never ICU quoting (JSON files of libraries
# that only borrow ICU's braces).

_PRINTF = lazy(
    r"%%"
    r"|%\((?P<name>[\w.]+)\)[-+#0]*\d*(?:\.\d+)?(?P<pytype>[diouxXeEfFgGcrsa])"
    r"|%(?:(?P<pos>[1-9]\d?)\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
    r"(?P<length>hh|h|ll|l|q|L|z|j|t)?(?P<conv>[diouxXeEfFgGaAcsSp@])"
    r"|%#@(?P<var>\w+)@"
)
_BRACE = lazy(r"\{\{|\}\}|\{(?P<name>[A-Za-z_][\w.]*|\d*)(?:\[[^\]{}]*\])?(?:![rsa])?(?::[^{}]*)?\}")
_QT = lazy(r"%%|%L?(?P<n>[1-9]\d?|n)(?!\d)")
_RUBY = lazy(r"%%|%\{(?P<name>\w+)\}|%<(?P<fmt>\w+)>[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]")
_MUSTACHE = lazy(r"\{\{-?\s*(?P<name>[\w.$-]+)\s*(?:,[^{}]*)?-?\}\}|\$t\((?P<key>[^()]+)\)")
_FLUENT = lazy(r"\{\s*\$(?P<name>[\w-]+)\s*\}")
# What the markup extractor would guess to be a placeholder in text of no known syntax.
GUESSED = lazy(r"%\(?[\w.]*\)?[-+#0]*\d*(?:\.\d+)?[a-zA-Z@]|\{[^{}\s]*\}|\{\{[^{}]*\}\}")
_SAME_TYPE = {"i": "d", "F": "f", "S": "s"}


@dataclass(frozen=True)
class Placeholder:
    """One placeholder: its identity (compared across versions) and where it is."""

    value: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Branches:
    """An ICU ``plural``/``selectordinal``/``select`` argument and its cases."""

    name: str
    type: str
    cases: tuple[tuple[str, Message], ...]
    start: int
    end: int


@dataclass(frozen=True)
class Message:
    """A message's placeholders at this level, its branching arguments, the spans that
    are syntax (claimed, so that no other extractor reads them), and a parse error."""

    placeholders: tuple[Placeholder, ...] = ()
    branches: tuple[Branches, ...] = ()
    syntax_spans: tuple[tuple[int, int], ...] = ()
    error: str | None = None

    def values(self) -> set[str]:
        """Every placeholder identity in the message, branches included (``#`` left out:
        a singular branch may say "one file" for "# files")."""
        found = {p.value for p in self.placeholders}
        for branch in self.branches:
            found.add("{" + branch.name + "}")
            for _, case in branch.cases:
                found |= case.values()
        found.discard("#")
        return found

    def first(self, value: str) -> Placeholder | None:
        """The first occurrence of a placeholder identity, branches included."""
        for placeholder in self.placeholders:
            if placeholder.value == value:
                return placeholder
        for branch in self.branches:
            if "{" + branch.name + "}" == value:
                return Placeholder(value, branch.name, branch.start, branch.end)
            for _, case in branch.cases:
                found = case.first(value)
                if found is not None:
                    return found
        return None


@dataclass
class _Scope:
    """Collects the placeholders of one message level while parsing."""

    placeholders: list[Placeholder] = field(default_factory=list)
    branches: list[Branches] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def message(self, error: str | None = None) -> Message:
        return Message(tuple(self.placeholders), tuple(self.branches), tuple(self.spans), error)


def parse(text: str, syntax: tuple[str, ...], start: int = 0, end: int | None = None) -> Message:
    """The placeholders of `text[start:end]` in the given syntaxes.

    >>> m = parse("{count, plural, one {# file in {folder}} other {# files in {folder}}}", ("icu",))
    >>> sorted(m.values()), [key for key, _ in m.branches[0].cases]
    (['{count}', '{folder}'], ['one', 'other'])
    >>> sorted(parse("%s of %d (%1$@)", ("printf",)).values())
    ['%1$@', '%1$s', '%2$d']
    """
    end = len(text) if end is None else end
    if "icu" in syntax:
        try:
            message, _ = _Icu(text, syntax, end).message(start, plural=None)
            return message
        except _IcuError as exc:
            flat = _flat(text, tuple(s for s in syntax if s not in ("icu", "noquote")) + ("brace",), start, end)
            return Message(flat.placeholders, (), flat.syntax_spans, str(exc))
    return _flat(text, syntax, start, end)


def _flat(text: str, syntax: tuple[str, ...], start: int, end: int) -> Message:
    """Placeholders of the regular (non-nesting) syntaxes in `text[start:end]`."""
    scope = _Scope()
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(value: str, a: int, b: int) -> None:
        taken.append((a, b))
        scope.placeholders.append(Placeholder(value, text[a:b], a, b))
        scope.spans.append((a, b))

    segment = text[start:end]
    if "mustache" in syntax:
        for m in _MUSTACHE.finditer(segment):
            a, b = m.start() + start, m.end() + start
            add("{{" + m.group("name") + "}}" if m.group("name") else "$t(" + m.group("key").strip() + ")", a, b)
    if "fluent" in syntax:
        for m in _FLUENT.finditer(segment):
            a, b = m.start() + start, m.end() + start
            if free(a, b):
                add("{$" + m.group("name") + "}", a, b)
    if "ruby" in syntax:
        for m in _RUBY.finditer(segment):
            a, b = m.start() + start, m.end() + start
            if m.group() != "%%" and free(a, b):
                add("%{" + (m.group("name") or m.group("fmt")) + "}", a, b)
    if "printf" in syntax:
        counter = 0
        for m in _PRINTF.finditer(segment):
            a, b = m.start() + start, m.end() + start
            if m.group() == "%%" or not free(a, b):
                taken.append((a, b))
                continue
            if m.group("name"):
                value = f"%({m.group('name')}){_SAME_TYPE.get(m.group('pytype'), m.group('pytype'))}"
            elif m.group("var"):
                value = f"%#@{m.group('var')}@"
            else:
                if m.group("pos"):
                    position = int(m.group("pos"))
                else:
                    counter += 1
                    position = counter
                conv = _SAME_TYPE.get(m.group("conv"), m.group("conv"))
                value = f"%{position}${m.group('length') or ''}{conv}"
            add(value, a, b)
    if "qt" in syntax:
        for m in _QT.finditer(segment):
            a, b = m.start() + start, m.end() + start
            if m.group() != "%%" and free(a, b):
                add("%" + m.group("n"), a, b)
    if "brace" in syntax:
        counter = 0
        for m in _BRACE.finditer(segment):
            a, b = m.start() + start, m.end() + start
            if m.group("name") is None or not free(a, b):
                continue
            name = m.group("name")
            if name == "":
                name = str(counter)
                counter += 1
            add("{" + name + "}", a, b)
    scope.placeholders.sort(key=lambda p: p.start)
    return scope.message()


class _IcuError(ValueError):
    pass


_ARG = lazy(r"\s*(\$?[\w.-]+)\s*(?:,\s*(\w+)\s*)?")
_KEY = lazy(r"\s*(=\s*-?\d+(?:\.\d+)?|[\w-]+)\s*\{")
_OFFSET = lazy(r"\s*offset\s*:\s*\d+")
BRANCHING = ("plural", "select", "selectordinal")


class _Icu:
    """A recursive-descent reader of ICU MessageFormat (apostrophe quoting as ICU's
    default: a quote only starts literal text before ``{``, ``}``, ``#``, ``|`` or a quote)."""

    def __init__(self, text: str, syntax: tuple[str, ...], end: int) -> None:
        self.text = text
        self.end = end
        self.flat = tuple(s for s in syntax if s not in ("icu", "noquote"))
        # "noquote": braces are never quoted by apostrophes (vue-i18n, i18next: "l'{name}").
        self.quoting = "noquote" not in syntax

    def message(self, i: int, plural: str | None) -> tuple[Message, int]:
        scope = _Scope()
        literal_start = i
        text, end = self.text, self.end

        def flush(upto: int) -> None:
            if upto > literal_start and self.flat:
                inner = _flat(text, self.flat, literal_start, upto)
                scope.placeholders.extend(inner.placeholders)
                scope.spans.extend(inner.syntax_spans)

        while i < end:
            c = text[i]
            if c == "'" and self.quoting and i + 1 < end and text[i + 1] in "{}#|'":
                if text[i + 1] == "'":
                    i += 2
                    continue
                close = text.find("'", i + 1)
                i = end if close < 0 or close >= end else close + 1
                continue
            if c == "{" and "ruby" in self.flat and i > 0 and text[i - 1] == "%":
                close = text.find("}", i)  # Ruby's %{name}: read with the words, by the ruby syntax
                if 0 <= close < end:
                    i = close + 1
                    continue
            if c == "{" and "mustache" in self.flat and text.startswith("{{", i):
                close = text.find("}}", i)
                if 0 <= close < end:
                    i = close + 2
                    continue
            if c == "{":
                flush(i)
                i = self.argument(i, scope)
                literal_start = i
                continue
            if c == "}":
                if plural is None:
                    raise _IcuError(f"unmatched '}}' at offset {i}")
                flush(i)
                return scope.message(), i
            if c == "#" and plural is not None:
                flush(i)
                scope.placeholders.append(Placeholder("#", "#", i, i + 1))
                scope.spans.append((i, i + 1))
                literal_start = i + 1
            i += 1
        flush(end)
        if plural is not None:
            raise _IcuError(f"a {plural} case is not closed")
        return scope.message(), end

    def argument(self, i: int, scope: _Scope) -> int:
        """Read ``{name}``, ``{name, type, style}`` or a branching argument at `i`."""
        text = self.text
        m = _ARG.match(text, i + 1, self.end)
        if not m or not m.group(1):
            raise _IcuError(f"no argument name after '{{' at offset {i}")
        name, kind = m.group(1), (m.group(2) or "")
        j = m.end()
        if kind in BRANCHING:
            if j >= self.end or text[j] != ",":
                raise _IcuError(f"{{{name}, {kind}}} has no cases")
            j += 1
            offset = _OFFSET.match(text, j, self.end)
            if offset:
                j = offset.end()
            cases = []
            while True:
                key = _KEY.match(text, j, self.end)
                if not key:
                    break
                inner, close = self.message(key.end(), plural=kind)
                cases.append((regex.sub(r"\s+", "", key.group(1)), inner))
                j = close + 1
            while j < self.end and text[j].isspace():
                j += 1
            if j >= self.end or text[j] != "}" or not cases:
                raise _IcuError(f"{{{name}, {kind}, …}} is not closed")
            scope.branches.append(Branches(name, kind, tuple(cases), i, j + 1))
            scope.spans.append((i, key_end(text, i)))
            for _, inner in cases:
                scope.spans.extend(inner.syntax_spans)
            return j + 1
        depth = 1
        k = j
        while k < self.end and depth:
            depth += {"{": 1, "}": -1}.get(text[k], 0)
            k += 1
        if depth:
            raise _IcuError(f"{{{name} is not closed")
        scope.placeholders.append(Placeholder("{" + name + "}", text[i:k], i, k))
        scope.spans.append((i, k))
        return k


def key_end(text: str, start: int) -> int:
    """The end of a branching argument's head (``{count, plural,``)."""
    second = text.find(",", text.find(",", start) + 1)
    return second + 1 if second > 0 else start + 1


def extract(text: str, syntax: tuple[str, ...], claims) -> list[Invariant]:
    """Placeholder invariants of a unit's text; claims their spans and the ICU syntax,
    so that the other extractors read only the words."""
    message = parse(text, syntax)
    found: list[Invariant] = []

    def walk(m: Message) -> None:
        for p in m.placeholders:
            if p.value != "#":
                found.append(Invariant("placeholder", p.value, p.text, p.start, p.end))
        for branch in m.branches:
            for _, case in branch.cases:
                walk(case)

    walk(message)
    for a, b in message.syntax_spans:
        claims.take(a, b)
    # The reader named the syntax: whatever else looks like a placeholder is not one
    # ("%d" in a Rails date format, "{" in prose), so the markup extractor must not guess.
    for guess in GUESSED.finditer(text):
        claims.take(*guess.span())
    for branch in _all_branches(message):
        claims.take(branch.start, key_end(text, branch.start))
        for key in regex.finditer(r"(=\s*-?\d+(?:\.\d+)?|[\w-]+)\s*\{", text[branch.start:branch.end]):
            claims.take(branch.start + key.start(), branch.start + key.end())
    return found


def _all_branches(message: Message):
    for branch in message.branches:
        yield branch
        for _, case in branch.cases:
            yield from _all_branches(case)
