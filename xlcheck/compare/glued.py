"""Terms a translation into another script writes with their words glued together.

A translation into Chinese or Japanese keeps the Latin words it does not translate as the
source writes them: an option's value, an algorithm's name. Where the source names a term
in brackets or quotation marks, ``(round-robin)`` or ``(lower weight)``, and the
translation writes ``roundrobin`` or ``lowerweight``, a word the source never writes, the
term was respelt: a reader who types it types another value. One pair of candidates each,
kind code, bound as one change.
"""

from __future__ import annotations

import re

import regex

from xlcheck.compare.code import pair_ids
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.compare.literals import without_code_spans
from xlcheck.locales import latin_script
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

# A word of the translation in lower-case Latin letters, not part of a longer token
# (a path, an address, an identifier with digits or underscores).
_GLUED = lazy(r"(?<![\p{Latin}\d_./@-])\p{Ll}{6,}+(?![\p{Latin}\d_/@-]|\.\w)")
# Two or three words of the source in lower case, apart by a space or a hyphen, that
# brackets or quotation marks set apart as a term ("Smoothing polling (round-robin)"): in
# running prose a compound may be spelt either way (stand-alone / standalone).
_PHRASE = lazy(r"(?<=[(（`\"“'‘])\p{Ll}++(?:[ -]\p{Ll}++){1,2}+(?=[)）`\"”'’])")
# What opens every phrase: a paragraph without one of these is not searched (the standard `re`).
_PHRASE_OPENER = re.compile(r"[(（`\"“'‘]")


def glued_candidates(ctx: Context, g: int, group: Group, present: list[int]) -> list[Candidate]:
    """A term of the source (version 0) that a translation into another script writes with
    its words glued together (``round-robin`` / ``roundrobin``), where the source writes
    the glued word nowhere."""
    if len(present) < 2 or present[0] != 0:
        return []
    phrases = {regex.sub(r"[ -]", "", text): (text, start) for text, start in _matches(ctx, 0, group, _PHRASE,
                                                                                             _PHRASE_OPENER)}
    if not phrases:
        return []
    out = []
    for k in present[1:]:
        if latin_script(ctx.documents[k].lang):
            continue
        for word, start in _matches(ctx, k, group, _GLUED):
            if word not in phrases or word in ctx.folded_text(0):
                continue
            pair = next(pair_ids)
            for version, lack, (text, at) in ((0, k, phrases[word]), (k, 0, (word, start))):
                out.append(Candidate(g, "code", text, frozenset({version}), frozenset({lack}),
                                     {version: Invariant("code", text, text, at, at + len(text))}, pair))
    return out


def _matches(ctx: Context, k: int, group: Group, pattern: regex.Pattern,
             needed: re.Pattern[str] | None = None) -> list[tuple[str, int]]:
    """The texts a pattern matches in version k's paragraphs of a group (overlapping), each
    with its offset in the document; the first of each text only. `needed`: what every
    match needs in its paragraph (a paragraph without it is not searched)."""
    out: dict[str, int] = {}
    for index in group.members[k]:
        paragraph = ctx.documents[k].paragraphs[index]
        if needed is not None and needed.search(paragraph.text) is None:
            continue
        for match in pattern.finditer(paragraph.text, overlapped=True):
            out.setdefault(match.group(), paragraph.start + match.start())
    return list(out.items())


# A call in prose outside code marks: a name (dotted or not) and empty brackets, require().
_CALL = lazy(r"(?<![\p{L}\p{N}_$.`/\\])([A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+)*+)\(\)(?![\p{L}\p{N}_`(])")


def bare_call_candidates(ctx: Context, g: int, group: Group, present: list[int]) -> list[Candidate]:
    """A call the source's Markdown prose writes with its empty brackets (``using the
    require() function``) that a translation writes as the bare name, never with them
    (``requireによって``): the name of a function made a word. One candidate each, kind
    code, the call missing from the translation."""
    if len(present) < 2 or present[0] != 0 or ctx.documents[0].format != "markdown" or "()" not in ctx.text(0, group):
        return []
    calls: dict[str, tuple[int, int]] = {}
    for index in group.members[0]:
        paragraph = ctx.documents[0].paragraphs[index]
        for match in _CALL.finditer(without_code_spans(paragraph.text)):
            count, at = calls.get(match.group(), (0, paragraph.start + match.start()))
            calls[match.group()] = (count + 1, at)
    out = []
    for k in present[1:]:
        text = ctx.text(k, group)
        for call, (count, at) in calls.items():
            name = call[:-2]
            if text.count(call) < count and regex.search(rf"(?<![\p{{Latin}}\d_$.]){regex.escape(name)}"
                                                         rf"(?![\p{{Latin}}\d_$(])", text):
                out.append(Candidate(g, "code", call, frozenset({0}), frozenset({k}),
                                     {0: Invariant("code", call, call, at, at + len(call))}))
    return out
