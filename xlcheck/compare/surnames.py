"""A person an English source names in full and elsewhere by the surname alone, that a
translation in Latin letters writes nowhere in its whole document: "Chief executive Roisin
Currie told PA … Currie said:" / "Framkvæmdastjóri Roisin sagði …", "Team Pilot claims …
in favour of Mr Pilot" / "Lið Flugmaður …". A run of two capitalised words is a person's name
when the document also writes its last word alone as a person's: after a title (Mr, Ms, Dr),
or before a verb of saying, an age or "who" ("Currie said", "Sims, 20,", "Newman, who"). A
recurring surname alone is not enough: "Central Sulawesi … the island of Sulawesi" (news39,
Polish "Celebes") is a place. A language that keeps foreign names as they are spelt
(`respelt.keeps_spellings`) writes that surname, inflected at most, wherever it names the
person; one whose document has no word like it anywhere has dropped or replaced the person.
Round 60's speaker rule (`speakers.py`) looks for the name in the paragraph only, and only
where the title or the verb stands next to it."""

from __future__ import annotations

import regex

from xlcheck.compare.context import Candidate, Context, Group, english_against_latin, name_lacking
from xlcheck.compare.places import place_key, territory
from xlcheck.compare.respelt import keeps_spellings, written_like
from xlcheck.compare.titles import ADDRESS, ADDRESSES, TITLES
from xlcheck.locales import wide_calendar_names
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

_WORD = r"\p{Lu}\p{Ll}+"
_SURNAME = r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?"
# Two capitalised words alone: neither part of a longer run of them, nor after "the", a
# possessive or an initial, nor followed by an apostrophe's word ("Paul Newman" in "said Paul
# Newman on", not "The White House", "the Supreme Court", "New York Times").
_PAIR = lazy(r"(?<![\p{L}\p{M}'’.&-])(?<!\p{Lu}\p{L}*[ \u00a0])(?<![Tt]he[ \u00a0])(?<!['’]s[ \u00a0])"
             r"(" + _WORD + r")[ \u00a0](" + _SURNAME + r")(?![\p{L}\p{M}-]|[ \u00a0]\p{Lu}|[ \u00a0]?&)")
# What makes a lone surname a person's: a verb of saying or an age after it, "who"; a title
# before it ("Currie said:", "Sims, 20, was shot", "Mr Corbyn").
_AS_PERSON = lazy(r"[ \u00a0](?:said|says|told|added|explained|wrote|recalled|noted|stated|insisted|admitted|replied)\b"
                  r"|,[ \u00a0](?:\d{1,3},|who\b)")


def _persons(ctx: Context, k: int) -> dict[str, tuple[str, int, int]]:
    """The people English doc k names as `Given Surname` and by the surname alone later:
    each full name with its surname and where it is first written."""
    cache = ctx.__dict__.setdefault("_surname_persons", {})
    if k in cache:
        return cache[k]
    doc = ctx.documents[k]
    text = doc.text
    lower = {w for w in regex.findall(r"(?<![\p{L}\p{M}])\p{Ll}+", text)}
    first: dict[str, tuple[str, int, int]] = {}
    for match in _PAIR.finditer(text):
        given, surname = match.group(1), match.group(2)
        name = match.group()
        if name in first or given in TITLES or given in ADDRESSES:  # (a title names no one by itself)
            continue
        if any(p.casefold() in lower for p in (given, surname)) \
                or any(place_key(doc.lang, p) or territory(p, doc.lang) for p in (given, surname, name)) \
                or any(p.lower() in wide_calendar_names("en") for p in (given, surname)):
            continue
        first[name] = (surname, match.start(), match.end())
    persons = {}
    for name, (surname, start, end) in first.items():
        alone = lazy(r"(?<![\p{L}\p{M}'’.&-])(?<!\p{Lu}\p{L}*[ \u00a0])(?<![Tt]he[ \u00a0])(?<!['’]s[ \u00a0])"
                     + regex.escape(surname) + r"(?![\p{L}\p{M}'’-]|[ \u00a0]\p{Lu})")
        titled = lazy(r"(?<![\p{L}\p{M}])" + ADDRESS + r"\.?[ \u00a0]" + regex.escape(surname) + r"(?![\p{L}\p{M}-])")
        if titled.search(text, end) or any(_AS_PERSON.match(text, again.end()) for again in alone.finditer(text, end)):
            persons[name] = (surname, start, end)
    cache[k] = persons
    return persons


def surname_dropped(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """People an English doc names in full and then by surname (see the module's notes)
    whose surname another doc in Latin letters, of a language that keeps names' spellings,
    writes nowhere in its document; reported where the full name is first written."""
    out = []
    for k, latin in english_against_latin(ctx, group, docs):
        doc = ctx.documents[k]
        others = [o for o in latin if keeps_spellings(ctx.documents[o].lang)]
        if not others:
            continue
        spans = [(doc.paragraphs[i].start, doc.paragraphs[i].start + len(doc.paragraphs[i].text))
                 for i in group.members[k]]
        for name, (surname, start, end) in _persons(ctx, k).items():
            if not any(a <= start < b for a, b in spans):
                continue
            for o in others:
                if not written_like(surname, ctx.documents[o].text):
                    out.append(name_lacking(g, docs, o, k, name, Invariant("name", name, name, start, end)))
    return out
