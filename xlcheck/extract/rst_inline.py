"""reST inline markup as docutils reads it, and why markup that looks like it is not read.

docutils recognises inline markup by its surroundings ("Inline markup recognition rules"
of the reStructuredText specification, `docutils.parsers.rst.states.Inliner`): a
start-string follows whitespace, the start of the text or opening punctuation and is
followed by a non-space; an end-string follows a non-space and is followed by whitespace,
the end of the text or closing punctuation. ``False``gesetzt or `` False`` is no literal,
however its backticks pair up. `read()` returns what docutils reads, `written()` what a
reader pairing backticks by eye sees, each with the reason it is not read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from xlcheck.patterns import lazy

# Punctuation a start-string may follow / an end-string may precede (docutils'
# `punctuation_chars`: openers, closers and delimiters; `_` is none of them).
_BEFORE_START = frozenset(("Ps", "Pi", "Pf", "Pd", "Po"))
_AFTER_END = frozenset(("Pe", "Pi", "Pf", "Pd", "Po"))
_ROLE_NAME = r":(?:(?!_)\w)++(?:[-.+:](?:(?!_)\w)++)*+:"
_ROLE = lazy(_ROLE_NAME)
_SUFFIX = lazy(r"__?|" + _ROLE_NAME)  # after an interpreted text's closing backquote
_MARK = re.compile(r"[`*:]")  # every start-string begins with one of these (the standard `re`: one search in C)
_ANGLE_TARGET = lazy(r"<([^<>]+)>\s*$")
# A hyperlink's embedded target: docutils reads it only after whitespace (or as the whole
# text); `Mailing List<https://…>`_ is a reference named "Mailing List<https://…>".
_LINK_TARGET = lazy(r"(?:^|(?<=\s))<([^<>]+)>\s*$")
_LOOSE = lazy(
    r"(?P<literal>``(?P<code>(?:(?!``).)+?)``)"
    rf"|(?P<role>{_ROLE_NAME})?`(?P<inner>[^`]+?)`(?P<suffix>\s*__?|{_ROLE_NAME})?"
    r"|(?P<strong>\*\*(?P<bold>(?:(?!\*\*).)+?)\*\*)", regex.S)


@dataclass(frozen=True)
class Markup:
    """One inline markup span: `value` is what is compared (``"``False``"``,
    ``":ref:`label`"``, ``"`<https://…>`_"``, ``"**"``), `text` as written."""

    value: str
    text: str
    start: int
    end: int
    reason: str | None = None  # why docutils does not read it, for a span written loosely


def may_open(text: str, i: int) -> bool:
    """Whether a start-string may begin at `i`."""
    if i == 0:
        return True
    before = text[i - 1]
    if before == "\\":
        return False
    return before.isspace() or before in "<'\"([{" or unicodedata.category(before) in _BEFORE_START


def may_close(text: str, j: int) -> bool:
    """Whether an end-string may end just before `j`."""
    if j >= len(text):
        return True
    after = text[j]
    return after.isspace() or after in ">'\")]}\\" or unicodedata.category(after) in _AFTER_END


def _collapse(code: str) -> str:
    return " ".join(code.split())


# Three dots after a space ending a list of the prose's (``$or(x,y ...)``), not code's
# spread or range (``...args``, ``a...b``), which a translation may typeset as an
# ellipsis: compared as one.
PROSE_ELLIPSIS = lazy(r"(?<= )\.\.\.(?=[\s)\],]|$)")


def _literal_value(code: str) -> str:
    return "``" + PROSE_ELLIPSIS.sub("…", _collapse(code)) + "``"


def role_target(target: str) -> str:
    """A cross-reference's target as compared: ``~`` (show the last name only) and a
    leading ``.`` (search every module) change what is shown or how it is looked up, not
    what it names, and go; ``!`` (make no link) is kept, as Sphinx renders the name as
    plain text then: :meth:`!add_subparsers` is not :meth:`add_subparsers`.

    >>> role_target("~.Model.save"), role_target("!~ArgumentParser"), role_target("~!x")
    ('Model.save', '!ArgumentParser', '!x')
    """
    bare = target.lstrip("~!.")
    return "!" + bare if "!" in target[:len(target) - len(bare)] else bare


def _role_value(role: str, content: str) -> str:
    angle = _ANGLE_TARGET.search(content)
    target = angle.group(1) if angle else content
    return f"{role}`{role_target(_collapse(target))}`"


def _value(role: str | None, content: str, suffix: str) -> str:
    """What a role, a reference or interpreted text is compared by."""
    if suffix.strip().startswith("_"):
        angle = _LINK_TARGET.search(content)
        # A link's text is translated; its target is the link. A named reference is Sphinx's.
        return f"`<{angle.group(1).strip()}>`_" if angle else "`…`_"
    role = role or (suffix if suffix.startswith(":") else "")
    return _role_value(role, content) if role else f"`{_collapse(content)}`"


def _end(text: str, start: int, marker: str) -> int | None:
    """The offset of the end-string closing a span whose content starts at `start`."""
    j = text.find(marker, start + 1)
    while j != -1:
        escaped = marker != "``" and text[j - 1] == "\\"
        if not text[j - 1].isspace() and not escaped and (marker != "`" or text[j + 1:j + 2] != "`"):
            return j
        j = text.find(marker, j + 1)
    return None


def read(text: str) -> list[Markup]:
    """The literals, roles, references, interpreted text and strong spans docutils reads."""
    out: list[Markup] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c not in "`*:":
            # Jump to the next character that may start markup (in C, not one by one).
            mark = _MARK.search(text, i)
            if mark is None:
                break
            i = mark.start()
            c = text[i]
        if not may_open(text, i):
            i += 1
            continue
        if text.startswith("``", i) and i + 2 < n and not text[i + 2].isspace():
            j = i + 2
            while True:
                j = text.find("``", j + 1)
                if j == -1 or (not text[j - 1].isspace() and may_close(text, j + 2)):
                    break
            if j != -1:
                out.append(Markup(_literal_value(text[i + 2:j]), text[i:j + 2], i, j + 2))
                i = j + 2
                continue
            i += 2
            continue
        if text.startswith("**", i):
            if i + 2 < n and not text[i + 2].isspace() and text[i + 2] != "*":
                j = i + 2
                while True:
                    j = text.find("**", j + 1)
                    if j == -1 or (not text[j - 1].isspace() and may_close(text, j + 2)):
                        break
                if j != -1:
                    out.append(Markup("**", text[i:j + 2], i, j + 2))
                    i = j + 2
                    continue
            i += 2
            continue
        role = None
        k = i
        if c == ":":
            match = _ROLE.match(text, i)
            if not match or text[match.end():match.end() + 1] != "`":
                i += 1
                continue
            role, k = match.group(), match.end()
        if text[k] != "`" or text.startswith("``", k) or k + 1 >= n or text[k + 1].isspace():
            i = k + 1
            continue
        j = k
        found = None
        while True:
            j = _end(text, j, "`")
            if j is None:
                break
            after = j + 1
            suffix = ""
            tail = _SUFFIX.match(text[after:after + 40]) if role is None else None
            if tail:
                suffix = tail.group()
            if may_close(text, after + len(suffix)):
                found = (j, suffix)
                break
        if found is None:
            i = k + 1
            continue
        j, suffix = found
        end = j + 1 + len(suffix)
        out.append(Markup(_value(role, text[k + 1:j], suffix), text[i:end], i, end))
        i = end
    return out


def _gap(space: str) -> str:
    return "line break" if space in "\n\u2028" else "space"


def _loose_reason(text: str, start: int, end: int, open_len: int, close_len: int, name: str) -> str | None:
    """Why a span paired by eye is not read as markup, or None when its own edges are fine."""
    inner = text[start + open_len:end - close_len]
    if not may_open(text, start):
        # (the word: what stands after the last space or mark of markup before it)
        word = regex.split(r"[\s`*]", text[max(0, start - 12):start])[-1] or text[start - 1]
        return f"the {name} is glued to the word before it (“{word}”)"
    if inner[:1].isspace():
        return f"a {_gap(inner[0])} follows its opening mark"
    if inner[-1:].isspace():
        return f"a {_gap(inner[-1])} comes before its closing mark"
    if not may_close(text, end):
        after = text[end]
        return f"its closing mark is followed by {'a letter' if after.isalnum() else '“' + after + '”'}"
    return None


def written(text: str) -> Iterator[Markup]:
    """Markup as a reader pairing the marks sees it, each with the reason docutils does
    not read it (None when it does, or when its edges are fine)."""
    for match in _LOOSE.finditer(text):
        start, end = match.span()
        if match.group("literal"):
            yield Markup(_literal_value(match.group("code")), match.group(), start, end,
                         _loose_reason(text, start, end, 2, 2, "literal"))
        elif match.group("strong"):
            yield Markup("**", match.group(), start, end, _loose_reason(text, start, end, 2, 2, "strong span"))
        else:
            suffix = match.group("suffix") or ""
            role = match.group("role")
            value = _value(role, match.group("inner"), suffix)
            if suffix[:1].isspace():
                yield Markup(value, match.group(), start, end, "a space parts its closing ` from the _")
                continue
            opening = len(role or "") + 1
            name = "role" if role or suffix.startswith(":") else "link" if suffix else "interpreted text"
            yield Markup(value, match.group(), start, end,
                         _loose_reason(text, start, end, opening, 1 + len(suffix), name))
