"""A year's era: "62 î.Hr." is 62 BC, and the same figure without its era is AD 62.

An era marker before Christ belongs to the year it follows ("5000 BC", "62 î.Hr.", "300
v. Chr.", "200 до н. э.") or precedes ("公元前62年", "기원전 62년", "MÖ 62"): a version that
keeps the figure and loses the marker states another year, a date changed (`era_dropped`).
Only where the version without the marker is in a language whose markers are read here, and
writes no marker anywhere in its paragraph (a range, "62–60 BC", marks its first year once).
"""

from __future__ import annotations

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.locales import base_language
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

_S = r"[ \u00a0\u202f]?"
# Markers written after the year, by the languages whose markers these are: English BC,
# BCE; Romanian î.Hr., î.e.n.; German v. Chr., v. u. Z.; Dutch v.Chr.; French av. J.-C.;
# Spanish, Italian, Portuguese a. C.; Russian до н. э., Ukrainian до н. е.; Czech př. n. l.;
# Slovak pred n. l.; Polish p.n.e.; Croatian, Serbian, Bosnian pr. Kr., п. н. е.;
# Scandinavian f.Kr., fvt.; Finnish eaa., eKr.; Estonian eKr., e.m.a.; Greek π.Χ.;
# Arabic ق.م; Hebrew לפנה״ס; Hindi ई.पू.; Latvian p.m.ē.; Lithuanian pr. Kr.; Vietnamese TCN.
_AFTER = (
    r"B\.?" + _S + r"C\.?(?:" + _S + r"E\.?)?(?![\p{L}])",
    r"before" + _S + r"(?:Christ|the Common Era)",
    r"î\." + _S + r"(?:Hr|Ch|e\." + _S + r"n|en)\.?",
    r"înainte de (?:Hristos|Cristos|era noastră)",
    r"v\." + _S + r"(?:Chr|u\." + _S + r"Z)\.?",
    r"vor (?:Christus|Christi Geburt|unserer Zeitrechnung)",
    r"voor Christus",
    r"av\." + _S + r"J\.?-?" + _S + r"C\.?",
    r"av\. notre ère|avant (?:J\.-C\.|Jésus-Christ|notre ère)",
    r"a\." + _S + r"(?:de" + _S + r")?C\.",
    r"a\.C(?![\p{L}])",
    r"antes de (?:Cristo|nuestra era)|avanti Cristo|a\." + _S + r"n\." + _S + r"e\.",
    r"до" + _S + r"н\." + _S + r"[эе]\.?",
    r"до (?:нашей эры|нашої ери|Рождества Христова|н\. э)",
    r"př\." + _S + r"(?:n\." + _S + r"l|Kr)\.?",
    r"před (?:naším letopočtem|Kristem)",
    r"pred" + _S + r"(?:n\." + _S + r"l|Kr)\.?",
    r"p\." + _S + r"n\." + _S + r"e\.?",
    r"przed (?:naszą erą|Chrystusem)",
    r"pr\." + _S + r"Kr\.?",
    r"prije Krista|pre nove ere|прије Христа",
    r"п\." + _S + r"н\." + _S + r"е\.?",
    r"пр\." + _S + r"Хр\.?",
    r"f\." + _S + r"Kr\.?",
    r"fyrir Krist|före Kristus|før Kristus",
    r"f\.?" + _S + r"v\.?" + _S + r"t\.?(?![\p{L}])",
    r"eaa\.?(?![\p{L}])|e\.?" + _S + r"Kr\.?(?![\p{L}])",
    r"ennen (?:ajanlaskun alkua|Kristusta)|enne Kristust",
    r"e\." + _S + r"m\." + _S + r"a\.?",
    r"π\." + _S + r"Χ\.?",
    r"ق\." + _S + r"م(?![\p{L}])|قبل الميلاد",
    r"לפנה[\"״]ס|לפני הספירה",
    r"ई\." + _S + r"पू\.?|ईसा पूर्व",
    r"p\.m\.ē\.?",
    r"trước Công nguyên",
)
# Markers written before the year: Chinese 公元前, Japanese 紀元前, Korean 기원전, Turkish
# MÖ, Hungarian Kr. e. (i. e. is "that is" too, so not read).
_BEFORE = (r"公元前|紀元前|纪元前|기원전", r"M\.?" + _S + r"Ö\.?", r"Kr\." + _S + r"e\.")
_MARKER_AFTER = lazy(r"[ \u00a0\u202f]*(?:" + "|".join(_AFTER) + ")")
_MARKER_BEFORE = lazy(r"(?:" + "|".join(_BEFORE) + r")[ \u00a0\u202f]*$")
# Any marker, anywhere in a paragraph; Xhosa and Zulu name Christ in their own words
# (ngaphambi kukaKristu, before Christ).
_ANY_MARKER = lazy(r"(?<![\p{L}])(?:" + "|".join((*_AFTER, *_BEFORE, "AEC", "TCN")) + r")|Kr[ie]stu")
# B.C. is also British Columbia ("1,200 B.C. residents"): not read as an era where a
# version names the province.
_PROVINCE = lazy(r"Columbia|Colombi|Kolumbi|Колумби|コロンビア|哥伦比亚|哥倫比亞|컬럼비아")
# The languages whose markers `_AFTER` and `_BEFORE` read: a version in another language
# may mark the era in words not read here, so its lack of a marker is no evidence.
_READ = frozenset("en ro de nl fr es it pt ca ru uk cs sk pl hr sr bs is sv da no nb nn fi et el ar he hi lv lt "
                  "vi zh ja ko tr hu xh zu".split())


def _figure(inv: Invariant) -> str | None:
    """The year an invariant states as a figure ("62", a year "0062"), else None."""
    value = inv.value
    return str(int(value)) if value.isdigit() and len(value) <= 5 else None


def _marked(text: str, inv: Invariant) -> int | None:
    """Where a year's era marker ends, if one is written next to it ("62 î.Hr."), or
    begins, if written before it ("公元前62年"); None where it has none."""
    after = _MARKER_AFTER.match(text, inv.end, min(len(text), inv.end + 30))
    if after is not None:
        return after.end()
    before = _MARKER_BEFORE.search(text, max(0, inv.start - 8), inv.start)
    return before.start() if before is not None else None


def era_dropped(ctx: Context, g: int, group: Group, docs: list[int], by_kind) -> list[Candidate]:
    """A year that one version marks before Christ ("ku-5000 BC", "din 62 î.Hr.") and
    another writes with the same figure and no era marker in the paragraph ("emva 5,000
    USUK", "62 r."): the year changed by two millennia or more, reported as a date changed
    (each side's year paired as one change). Not where the version without a marker is in a
    language whose markers are not read here."""
    out: list[Candidate] = []
    if any(_PROVINCE.search(ctx.text(k, group)) for k in docs):
        return out
    for k in docs:
        text = ctx.documents[k].text
        for inv in [*by_kind[k].get("number", ()), *by_kind[k].get("date", ())]:
            figure = _figure(inv)
            edge = _marked(text, inv) if figure else None
            if edge is None:
                continue
            marked = Invariant(inv.kind, inv.value, text[min(edge, inv.start):max(edge, inv.end)],
                               min(edge, inv.start), max(edge, inv.end))
            for o in docs:
                if o == k or base_language(ctx.documents[o].lang) not in _READ \
                        or _ANY_MARKER.search(ctx.text(o, group)):
                    continue
                theirs = next((other for other in [*by_kind[o].get("number", ()), *by_kind[o].get("date", ())]
                               if _figure(other) == figure), None)
                if theirs is None:
                    continue
                out.append(Candidate(g, "date", marked.text, frozenset({k}), frozenset({o}), {k: marked}))
                out.append(Candidate(g, "date", theirs.text, frozenset({o}), frozenset({k}), {o: theirs}))
    return out

