"""Countries a Chinese text writes by one character, and the English translation that
loses or changes them.

Chinese names the parties of a relation by the first character of each country's name
(美日菲 the United States, Japan and the Philippines; 土叙 Turkey and Syria; 港澳 Hong
Kong and Macao, 香港 giving its second character), once the text has named them in
full. A character alone is ambiguous (澳 is Macao or Australia, 新 is "new"), so it is
read as the country only when the document names in full exactly one country whose name
starts with it. Two findings follow:

- a run of two such characters or more whose countries the English paragraph names in
  part: it rendered the run as countries and lost or changed one (越新 "Vietnam-Vietnam",
  菲日领导人 "the Philippine leaders");
- a country the English paragraph names that the Chinese document never names, whose
  Chinese name starts with the character the paragraph writes for another country the
  document does name (来澳 "to Australia" in a text about Macao, 中波 "China and Poland"
  in one about Bosnia and Herzegovina, 波黑).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable

from xlcheck.compare.context import Candidate, Context, Group, name_lacking
from xlcheck.compare.places import is_country, place_keys, place_matches
from xlcheck.locales import base_language, place_forms, same_places
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

# Names Chinese writes for a country besides CLDR's, and the character it abbreviates a
# country by where that is not its name's first (香港: 港).
_NAMES = {"AU": ("澳洲",), "BA": ("波黑",)}
_SHORT = {"HK": "港"}
# 中 is also "in" (会谈中美方表示, "in the talks the US side said"): never read as China.
_NOT_SHORT = frozenset("中")
# 日 is also "day": after a numeral or a word of time (9日, 今日, 每日) it is no country.
_DAY = lazy(r"(?<=[0-9０-９一二三四五六七八九十廿卅今昨明前后每次当同元近节生假末周])日")
# A run followed by one of these names languages (中英文, 日英双语), not countries.
_LANGUAGE_AFTER = frozenset("文语")


@functools.lru_cache(maxsize=256)
def _short_forms(text: str) -> dict[str, str]:
    """The characters a Chinese document may write for a country it names in full, each
    with the one country (code) it can be: a character two of its countries begin with
    stands for neither."""
    named = _countries_named(text)
    found: dict[str, set[str]] = defaultdict(set)
    for code in named:
        for form in _forms(code):
            if form in text:
                found[_SHORT.get(code, form[0])].add(code)
    return {ch: next(iter(codes)) for ch, codes in found.items() if len(codes) == 1 and ch not in _NOT_SHORT}


@functools.lru_cache(maxsize=256)
def _countries_named(text: str) -> frozenset[str]:
    """The countries (two-letter codes) a Chinese text names in full."""
    codes = {key for key in place_keys("zh", text) if is_country(key)}
    codes |= {code for code, forms in _NAMES.items() if any(form in text for form in forms)}
    return frozenset(codes)


def _forms(code: str) -> tuple[str, ...]:
    """A country's Chinese names that Chinese abbreviates: CLDR's of two to five
    characters, the name of a time zone's city that is the country itself (澳门 of
    中国澳门特别行政区, 新加坡), and `_NAMES`'s."""
    own = place_forms(code, "zh")
    forms = [f for f in own if 2 <= len(f) <= 5]
    forms += [f for same in same_places(code) if same != code for f in place_forms(same, "zh")
              if 2 <= len(f) <= 5 and any(f in o for o in own)]
    return (*forms, *_NAMES.get(code, ()))


def _full_spans(text: str) -> list[tuple[int, int]]:
    """Where a Chinese paragraph writes a place in full."""
    spans = [(start, end) for start, end, _written, _name in place_matches("zh", text)]
    for forms in _NAMES.values():
        for form in forms:
            at = text.find(form)
            while at >= 0:
                spans.append((at, at + len(form)))
                at = text.find(form, at + 1)
    return spans


def _short_positions(text: str, shorts: dict[str, str]) -> list[tuple[int, str]]:
    """The characters of a paragraph that stand for a country: position and code."""
    spans = _full_spans(text)
    out = []
    for i, ch in enumerate(text):
        if ch not in shorts or any(s <= i < e for s, e in spans):
            continue
        if ch == "日" and _DAY.match(text, i):
            continue
        out.append((i, shorts[ch]))
    return out


def _runs(text: str, positions: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Runs of two abbreviations or more for distinct countries, side by side."""
    runs: list[list[tuple[int, str]]] = []
    for i, code in positions:
        if runs and runs[-1][-1][0] == i - 1:
            runs[-1].append((i, code))
        else:
            runs.append([(i, code)])
    return [run for run in runs if len(run) >= 2 and len({c for _, c in run}) == len(run)
            and text[run[-1][0] + 1:run[-1][0] + 2] not in _LANGUAGE_AFTER]


def abbreviated_countries(ctx: Context, g: int, group: Group, docs: list[int],
                          present: Callable[[str, str, int], bool]) -> list[Candidate]:
    """Countries a Chinese version writes by one character that an English version loses
    or names as another country (see the module's note). `present(code, lang, o)` tells
    whether doc o's group names a country."""
    out = []
    for k in docs:
        doc = ctx.documents[k]
        if base_language(doc.lang) != "zh":
            continue
        shorts = _short_forms(doc.text)
        if not shorts:
            continue
        for o in docs:
            if o == k or base_language(ctx.documents[o].lang) != "en":
                continue
            to_lang = ctx.documents[o].lang
            reported: set[int] = set()
            english: set[str] | None = None  # (the countries o's group names, read once if asked)
            for index in group.members[k]:
                paragraph = doc.paragraphs[index]
                positions = _short_positions(paragraph.text, shorts)
                if not positions:
                    continue
                in_full = _countries_named(paragraph.text)
                for run in _runs(paragraph.text, positions):
                    named = [present(code, to_lang, o) for _, code in run]
                    if not any(there and code not in in_full for (_, code), there in zip(run, named)):
                        # 日菲两国 / "the two countries": the run not read as countries (a
                        # country the paragraph also names in full, 日本媒体 / "Japanese
                        # media", does not tell)
                        continue
                    for (i, _code), there in zip(run, named):
                        if not there:
                            reported.add(paragraph.start + i)
                            out.append(_lacking(g, docs, o, k, paragraph.start + i, doc.text))
                seen: set[str] = set()
                for i, code in positions:
                    ch = paragraph.text[i]
                    if paragraph.start + i in reported or ch in seen:
                        continue
                    seen.add(ch)
                    if english is None:
                        english = {key for key in place_keys("en", ctx.text(o, group)) if is_country(key)}
                    if _stray(english, doc.text, ch, code):
                        out.append(_lacking(g, docs, o, k, paragraph.start + i, doc.text))
    return out


def _stray(english: set[str], source: str, ch: str, code: str) -> bool:
    """Whether an English text, by the countries it names (`english`, keys), names one the
    Chinese document never names, whose Chinese name starts with `ch`, the character the
    source writes for country `code`."""
    named = _countries_named(source)
    for key in english:
        if key == code or key in named or same_places(key) & same_places(code):
            continue
        if any(form[0] == ch for form in _forms(key)):
            return True
    return False


def _lacking(g: int, docs: list[int], o: int, k: int, start: int, text: str) -> Candidate:
    ch = text[start]
    return name_lacking(g, docs, o, k, ch, Invariant("name", ch, ch, start, start + 1, (), "abbreviation"))
