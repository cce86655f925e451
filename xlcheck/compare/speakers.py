"""People an English source names by a title or as a speaker that a translation in Latin
letters drops: "recalled Ms. Schroeder about how the press reacted" / "wspomina reakcje prasy",
"Spillane told" / "sagði". A title (Mr, Ms, Dr, Sen.) or a verb of saying next to a
capitalised word inside a sentence (after a lower-case word, a comma, or the comma and closing
quote of a quotation: '…," Spillane told') makes it a person's name, which a translation into a
language in Latin letters keeps (inflected or respelt at most); one that writes no word like
it in the paragraph has lost the person."""

from __future__ import annotations

from xlcheck.compare.context import Candidate, Context, Group, english_against_latin, name_lacking
from xlcheck.compare.places import place_key, territory
from xlcheck.compare.respelt import written_like
from xlcheck.compare.titles import ADDRESS, ADDRESSES
from xlcheck.locales import wide_calendar_names
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

_NAME = r"\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*+(?:[ \u00a0]\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*+){0,2}"
_TITLED = lazy(r"(?<![\p{L}\p{M}])" + ADDRESS + r"\.?[ \u00a0](" + _NAME + r")(?![\p{L}\p{M}'’])")
_SPEAKER = lazy(r"(?<=[a-z,][ \u00a0]|,[\"”][ \u00a0])(?<![Tt]he[ \u00a0]|['’]s[ \u00a0]|\p{Lu}\p{L}*[ \u00a0])(" + _NAME + r")[ \u00a0](?:said|says|told|added|recalled|explained|wrote)\b"
                r"|(?<![\p{L}\p{M}])(?:said|says|told|added|recalled|explained|wrote)[ \u00a0](" + _NAME + r")"
                r"(?=[,.;:]|[ \u00a0](?:of|on|in|at|to|who)\b)")


def speaker_dropped(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """People an English doc names by a title or as a speaker that another doc in Latin
    letters writes in no form in the group (see the module's notes)."""
    out = []
    for k, others in english_against_latin(ctx, group, docs):
        doc = ctx.documents[k]
        for index in group.members[k] if others else ():
            paragraph = doc.paragraphs[index]
            for pattern in (_TITLED, _SPEAKER):  # (a month or a weekday after "said" is a date)
                for match in pattern.finditer(paragraph.text):
                    span = 1 if match.group(1) else 2
                    name = match.group(span)
                    parts = name.split()
                    if parts[0] in ADDRESSES or parts[0] == "The" or any(place_key(doc.lang, p) or territory(p, doc.lang) for p in (*parts, name)) \
                            or name.lower() in wide_calendar_names("en"):
                        continue
                    for o in others:
                        if not any(written_like(part, ctx.text(o, group)) for part in parts):
                            at = Invariant("name", name, name, paragraph.start + match.start(span),
                                           paragraph.start + match.end(span))
                            out.append(name_lacking(g, docs, o, k, name, at))
    return out
