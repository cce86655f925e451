"""News agencies a translation in Latin letters drops: "told RIA news agency on Saturday" /
"sagte am Samstag", "AP White House reporter Jill Colvin" / "die Reporterin Jill Colvin".
An agency is named the same way in every such language (`gazetteer.AGENCIES`), so a
translation that names it in none of its forms has lost it, whether or not it names it
elsewhere (the other checks compare only names two versions write)."""

from __future__ import annotations

import functools

import regex

from xlcheck import gazetteer, regexcache
from xlcheck.compare.context import Candidate, Context, Group, latin_paragraphs, name_lacking
from xlcheck.compare.places import organisation_present
from xlcheck.model import Invariant
from xlcheck.patterns import lazy, longest_first

_CAPITAL = lazy(r"\p{Lu}")


@functools.cache
def _credits() -> regex.Pattern[str]:
    """The agencies' one-word English names, as written (AP, Reuters), as whole words.
    The longest first, ties in alphabetical order: the same pattern text in every process,
    so that it is kept in the cache of compiled patterns (two forms of one length never
    match at the same place, so their order changes nothing)."""
    forms = sorted({form for key in gazetteer.AGENCIES for form in gazetteer.ORGANISATIONS[key][0] if " " not in form},
                   key=longest_first)
    return regexcache.compile(r"(?<![\p{L}\p{N}.@/-])(" + "|".join(map(regex.escape, forms))
                              + r")(?![\p{L}\p{N}@/]|\.\p{L})")


@functools.cache
def lower_case_credits() -> tuple[str, ...]:
    """The agencies' one-word names written without a capital letter (dpa): a text without
    a capital names no other (`prescreen`)."""
    return tuple(sorted({form for key in gazetteer.AGENCIES for form in gazetteer.ORGANISATIONS[key][0]
                         if " " not in form and not _CAPITAL.search(form)}))


@functools.cache
def _keys() -> dict[str, str]:
    return {form: key for key in gazetteer.AGENCIES for form in gazetteer.ORGANISATIONS[key][0]}


def agency_dropped(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """Agencies a version in Latin letters names in group `g` that another one in Latin
    letters names in none of their forms."""
    out = []
    for k, latin, paragraph in latin_paragraphs(ctx, group, docs):
        for match in _credits().finditer(paragraph.text):
            name = match.group()
            key = "gaz:" + _keys()[name]
            for o in latin:
                if o != k and not organisation_present(key, ctx.text(o, group)):
                    at = Invariant("name", name, name, paragraph.start + match.start(), paragraph.start + match.end(),
                                   (), "acronym" if name.isupper() else "capitalised")
                    out.append(name_lacking(g, docs, o, k, name, at))
    return out
