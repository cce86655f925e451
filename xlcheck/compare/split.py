"""Identifiers a translation writes broken apart.

A machine translation reads the stop of a file's or a property's name as the end of a
sentence and the hyphen of a name as a dash: ``cluster.conf`` comes out as "the cluster.
The conf configuration", ``application.properties`` as "application. properties",
``Nacos-Sync`` as "Nacos - Sync", the JVM option ``-D`` as "- D". A reader who types what
the translation says types another name. Where the source writes such an identifier as
plain text and the translation writes it fewer times, but writes its pieces in its place
with a space at the stop or the hyphen, the identifier changed: one pair of candidates a
place, bound as one change (a hyphenated name of capitals, a name, is reported missing).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from xlcheck.compare.code import pair_ids
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.compare.literals import without_code_spans, written_code
from xlcheck.extract import urls
from xlcheck.model import Invariant
from xlcheck.patterns import lazy, places

# A dotted name of the source (``cluster.conf``, ``nacos.home``, ``com.alibaba.nacos.
# naming.log.level``): a word of Latin letters, then each piece after a stop in lower case
# (a capital after a stop opens a sentence run on, ``IP.Then``); pieces of two letters or
# more (``e.g``).
_DOTTED = lazy(r"(?<![A-Za-z0-9_.@/\\:$-])[A-Za-z][A-Za-z0-9_]++(?:-[A-Za-z0-9_]++)*+"
               r"(?:\.[a-z][A-Za-z0-9_]++(?:-[A-Za-z0-9_]++)*+)++(?![A-Za-z0-9_@/\\-]|\.[A-Za-z0-9])")
# A hyphenated name (``Nacos-Sync``, ``Pre-GA``): words of Latin letters and digits, each
# opening with a letter (``COVID-19`` written "Covid- 19" is the number's typography).
_HYPHENATED = lazy(r"(?<![A-Za-z0-9_.@/\\:$-])[A-Za-z][A-Za-z0-9]*+(?:-[A-Za-z][A-Za-z0-9]*+)++"
                   r"(?![A-Za-z0-9_@/\\-]|\.[A-Za-z0-9])")
# An option of a command line (``-D``, ``--debug``) standing alone, not a list's marker;
# one only where the page's code passes it.
_OPTION = lazy(r"(?<![A-Za-z0-9_.@/\\:$-])--?+[A-Za-z][A-Za-z0-9_]*+(?![A-Za-z0-9_.=/\\-])")
# What a dotted name holds that most prose does not (a sentence's stop is before a space).
_STOP_THEN_LOWER = lazy(r"\.[a-z]")
# A Markdown link's target, masked as an address is.
_LINK_TARGET = lazy(r"\]\([^()\s]*+\)")
# At most this many words between a stop read as a sentence's end and the name's next piece
# ("nacos. The value of the home").
_WORDS_BETWEEN = 4


def split_candidates(ctx: Context, g: int, group: Group, present: list[int]) -> list[Candidate]:
    """The identifiers of the source (version 0) a translation writes broken apart in group
    `g` (see the module's docstring)."""
    if len(present) < 2 or present[0] != 0:
        return []
    source = _prose(ctx, 0, group)
    if "-" not in source and not _STOP_THEN_LOWER.search(source):
        return []  # (what each pattern needs: a hyphen, or a stop before a lower-case letter)
    names: dict[str, tuple[str, int]] = {}  # identifier -> (kind, its first offset)
    for pattern in (_DOTTED, _HYPHENATED, _OPTION):
        for match in pattern.finditer(source):
            value = match.group()
            # (a hyphenated name with a capital, ``Pre-GA``, is a name; ``nacos-sync`` a command's or a file's)
            kind = "name" if pattern is _HYPHENATED and value.lower() != value else "code"
            if pattern is _OPTION and not _in_code(value, written_code(ctx.documents[0].text)):
                continue  # (a dash before a word, "性能测试-CW", is no option the page's code passes)
            names.setdefault(value, (kind, match.start()))
    if not names:
        return []
    out = []
    whole_source = ctx.text(0, group)
    for k in present[1:]:
        prose = _prose(ctx, k, group)
        whole = ctx.text(k, group)
        for value, (kind, at) in names.items():
            lost = _count(value, whole_source) - _count(value, whole)
            if lost <= 0:
                continue
            if not _may_be_broken(value, prose):
                continue
            broken = [m for m in _broken(value).finditer(prose) if not _list_marker(prose, m.start())]
            for match in broken[:lost]:
                start = ctx.document_offset(k, group, match.start())
                text = match.group()
                source_inv = Invariant(kind, value, value, ctx.document_offset(0, group, at), ctx.document_offset(0, group, at)
                                       + len(value))
                if kind == "name":  # (a name is missing once, however often it was broken)
                    out.append(Candidate(g, "name", value, frozenset({0}), frozenset({k}), {0: source_inv},
                                         near={k: start}))
                    break
                pair = next(pair_ids)
                out.append(Candidate(g, "code", value, frozenset({0}), frozenset({k}), {0: source_inv}, pair))
                out.append(Candidate(g, "code", text, frozenset({k}), frozenset({0}),
                                     {k: Invariant("code", text, text, start, start + len(text))}, pair))
    return out


def _prose(ctx: Context, k: int, group: Group) -> str:
    """Version k's text of a group outside code (blocks and inline code), addresses and
    link targets masked, a space for each character, its paragraphs joined by newlines."""
    parts = []
    for index in group.members[k]:
        paragraph = ctx.documents[k].paragraphs[index]
        if paragraph.kind in ("code", "frontmatter", "html"):
            parts.append(" " * len(paragraph.text))
            continue
        text = without_code_spans(paragraph.text)
        text = _LINK_TARGET.sub(lambda m: " " * len(m.group()), text)
        if "://" in text or "www." in text or "@" in text:
            text = urls.URL.sub(lambda m: " " * len(m.group()), text)
        parts.append(text)
    return "\n".join(parts)



# What may not stand beside an identifier written whole (`_whole`): an ASCII letter, a
# digit, an underscore or a hyphen; after it, nor a stop before a letter or a digit.
_ID_NEIGHBOURS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _count(value: str, text: str) -> int:
    """How often `text` writes identifier `value` whole, in code or out: what
    `_whole(value).findall(text)` counts (each place from the left, a match's end the next
    search's start, a place that fails the boundaries passed by one character), read with
    `str.find` and the neighbouring characters instead of a pattern compiled per identifier
    (about 600 on python-docs-ko's 10,000 entries, each costing more than its search)."""
    if not value:
        return len(_whole(value).findall(text))
    return sum(whole for _at, whole in places(value, text, _identifier_apart))


def _identifier_apart(text: str, at: int, end: int) -> bool:
    """Whether `text[at:end]` has no `_ID_NEIGHBOURS` beside it, nor a stop and a letter or a
    digit after it: `_whole`'s boundaries."""
    return (at == 0 or text[at - 1] not in _ID_NEIGHBOURS) and (end == len(text) or text[end] not in _ID_NEIGHBOURS and not (
        text[end] == "." and end + 1 < len(text) and text[end + 1] in _ALNUM))


@lru_cache(maxsize=1024)
def _whole(value: str) -> regex.Pattern:
    """The pattern of identifier `value` written whole (`_count` reads it without)."""
    return regex.compile(rf"(?<![A-Za-z0-9_-]){regex.escape(value)}(?![A-Za-z0-9_-]|\.[A-Za-z0-9])")


def _may_be_broken(value: str, prose: str) -> bool:
    """Whether `prose` holds every piece `_broken(value)` needs: an option's name as it is,
    each ASCII piece of another identifier in any case (the pattern ignores case, and a
    character that folds to an ASCII letter, ``K`` or ``ſ``, folds so in `str.casefold` too).
    False means `_broken(value)` finds nothing in `prose`."""
    if value.startswith("-"):
        return value.lstrip("-") in prose
    folded = prose.casefold()
    return all(piece.casefold() in folded for piece in regex.split(r"[.-]", value) if piece.isascii())


@lru_cache(maxsize=1024)
def _broken(value: str) -> regex.Pattern:
    """The pattern of `value` with a space put at a stop or a hyphen between its pieces,
    and for a stop read as a sentence's end up to `_WORDS_BETWEEN` words after it; an
    option's dashes with a space after them (``- D``)."""
    if value.startswith("-"):
        name = value.lstrip("-")
        return regex.compile(rf"(?<![A-Za-z0-9_-]){'-' * (len(value) - len(name))}[ \t]++{regex.escape(name)}"
                             r"(?![A-Za-z0-9_])")
    pattern = []
    for i, piece in enumerate(regex.split(r"([.-])", value)):
        if i % 2 == 0:
            pattern.append(regex.escape(piece))
        elif piece == ".":
            pattern.append(rf"(?:[ \t]++\.[ \t]*+|\.[ \t]++(?:[\p{{L}}\p{{N}}'’]++[ \t]++){{0,{_WORDS_BETWEEN}}}?)")
        else:
            pattern.append(r"(?:[ \t]++-[ \t]*+|[ \t]*+-[ \t]++)")
    return regex.compile(rf"(?<![A-Za-z0-9_])(?i:{''.join(pattern)})(?![A-Za-z0-9_])")


def _in_code(option: str, code: str) -> bool:
    """Whether the page's code passes `option`, alone or with its value glued to it
    (``-Dcom.alibaba.nacos.naming.log.level=error`` passes ``-D``)."""
    return regex.search(rf"(?<![A-Za-z0-9_-]){regex.escape(option)}", code) is not None


def _list_marker(text: str, at: int) -> bool:
    """Whether offset `at` opens a line's text (a list's marker, ``- D`` of "- Deploy")."""
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()
