"""reST inline markup of catalogue entries that the translation broke.

A literal, role, link or strong span the source writes as markup docutils reads, and the
translation writes so that docutils no longer reads it (``False``gesetzt, `` False``,
``:term:Dashboard``, `` `text <url>` _``), is XL701 even though its backticks still hold
the same value. Markup read on both sides is left to the other comparers.
"""

from __future__ import annotations

import functools
from collections import Counter

import regex

from xlcheck.compare.blame import Blame
from xlcheck.compare.context import Context, Group
from xlcheck.extract.markup import PROSE_ROLES
from xlcheck.extract.rst_inline import Markup, may_open, read, written
from xlcheck.model import Finding, Location
from xlcheck.patterns import lazy, places
from xlcheck.rules import RULES

_ROLE_LOST_TICKS = lazy(r"(?<![\w`:])(:[\w.+-]++:)(?=[^`:\s])")
_ROLE_RENAMED = lazy(r"(?<![\w`]):[ ]?([^\W\d_][\w-]*+):[ ]?(?=`)")


def broken_markup_findings(ctx: Context, group: Group, present: list[int], blame: Blame) -> list[Finding]:
    """The markup of one group of paired catalogue entries that the translations broke."""
    units = ctx.units(group, present, lambda p: p.kind == "entry")
    if not units:
        return []
    pivot = blame.reference if blame.reference in units else present[0]
    source = units[pivot]
    if "`" not in source.text and "**" not in source.text:
        return []  # cheap gate: only a source with inline markup characters is read
    if source.n in ctx.documents[pivot].markdown:
        return []  # a Markdown page's code span is one glued to a word or before "(": not reST's rules
    source_markup = read(source.text)
    if not source_markup:
        return []
    wanted = Counter(_compared(m.value) for m in source_markup)
    findings: list[Finding] = []
    for k in present:
        if k == pivot:
            continue
        unit = units[k]
        markup = read(unit.text)
        read_spans = {(m.start, m.end) for m in markup}
        lacking = wanted - Counter(_compared(m.value) for m in markup)
        if not lacking:
            continue
        kept = {m.value for m in markup}
        strong = 0
        for loose in written(unit.text):
            if loose.value == "**":
                strong += 1
            value = _compared(loose.value)
            if lacking[value] <= 0 or (loose.start, loose.end) in read_spans:
                continue
            lacking[value] -= 1
            reason = loose.reason or _swallowed(markup, loose)
            origin = _origin(source_markup, loose.value, strong, kept)
            findings.append(_finding(ctx, pivot, source, origin, k, unit, loose, reason))
        starts = {m.start for m in markup}
        for value, count in lacking.items():
            if count > 0:
                for nth, (start, end, reason) in enumerate(_unclosed(unit.text, value, starts)[:count], 1):
                    loose = Markup(value, unit.text[start:end], start, end)
                    findings.append(_finding(ctx, pivot, source, _origin(source_markup, value, nth, kept), k, unit,
                                             loose, reason))
    return findings


def _compared(value: str) -> str:
    """What a span is matched by: a role whose content is prose (``:menuselection:``,
    ``:term:``) by its role alone, since the translation translates its words."""
    role = value.split("`", 1)[0]
    return f"{role}`…`" if role.startswith(":") and role.strip(":").rsplit(":", 1)[-1] in PROSE_ROLES else value


def _unclosed(text: str, value: str, starts: set[int]) -> list[tuple[int, int, str]]:
    """Where `text` writes a role or link of `value` whose marks do not pair at all: a role
    without backticks or never closed, a link whose text lost its opening backtick."""
    out = []
    if value.startswith("`<"):  # a link: its target is still there, its text is not read
        target = regex.escape("<" + value[2:-3] + ">")
        for match in regex.finditer(target + r"`__?+", text):
            tick = text.rfind("`", 0, match.start())
            if tick != -1 and match.start() > tick + 1 and not text[match.start() - 1].isspace():
                reason = (f"no space between its text and its target (“{text[match.start() - 1]}<”): "
                          "docutils reads all of it as the name of a link")
            elif tick == -1 or tick in starts:
                reason = "its text has no opening backtick"
                tick = max(text.rfind(" ", 0, match.start() - 1) + 1, 0)
            elif tick > 0 and text[tick - 1] not in " \n\u2028" and any(
                    m.end == tick + 1 for m in written(text[:tick + 1])):
                reason = "its text is closed before its target: words stand between them"
                tick = text.rfind("`", 0, tick)
            elif not may_open(text, tick):
                reason = f"its opening backtick follows “{text[tick - 1]}”"
            else:
                continue
            out.append((max(tick, 0), match.end(), reason))
        for match in regex.finditer(target + r"`(?!_)", text):
            tick = text.rfind("`", 0, match.start())
            if tick in starts:
                # its text and target read as interpreted text: a title, not a link
                out.append((tick, match.end(), "it lost its trailing “_”: docutils reads it as interpreted text, "
                                                "not as a link"))
        return out
    if not value.startswith(":"):
        return out
    role = value.split("`", 1)[0]
    for match in _ROLE_RENAMED.finditer(text):
        # ": термин:`…`", ":термин:`…`": a role whose name the translation translated is
        # no role docutils knows, and Sphinx shows it as it is.
        name = match.group(1)
        if f":{name}:" != role and not name.isascii():
            out.append((match.start(), match.end(), f"its role name was changed (“{match.group().strip()}”)"))
    for match in _ROLE_LOST_TICKS.finditer(text):
        if match.group(1) == role:
            out.append((match.start(), match.end(), f"the role {role} lost its backticks"))
    for match in regex.finditer(regex.escape(role + "`"), text):
        at = match.start()
        if at not in starts and not any(m.start == at for m in written(text)):
            if not may_open(text, at):
                before = text[max(0, at - 12):at].split()
                reason = f"the role is glued to the word before it (“{before[-1] if before else text[at - 1]}”)"
            else:
                reason = "its closing backtick is missing"
            out.append((at, match.end(), reason))
    return out


def _swallowed(markup: list[Markup], loose: Markup) -> str:
    """Why markup whose own marks are fine is not read: an earlier span runs over it."""
    over = next((m for m in markup if m.start < loose.start < m.end), None)
    if over is None:
        return "a mark before it is not closed where it should be and runs into it"
    shown = " ".join(over.text.split())
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return f"docutils reads it as part of “{shown}”, markup opened before it and not closed where it should be"


def _origin(source_markup: list[Markup], value: str, nth: int, kept: set[str]) -> Markup:
    """The source's markup a broken one stands for (the nth of its value: the nth strong
    span, for strong): for a prose role whose words differ, the nth of the role's spans the
    translation does not read as written (`kept`)."""
    same = [m for m in source_markup if m.value == value]
    if not same:
        same = [m for m in source_markup if _compared(m.value) == _compared(value)]
        same = [m for m in same if m.value not in kept] or same
    return same[min(max(nth - 1, 0), len(same) - 1)]


def entry_finding(ctx: Context, code: str, message: str, value: str, source_side: tuple, other_side: tuple) -> Finding:
    """A finding on two catalogue entries: each side is (document, entry, offset in the
    entry, text there, value there), the other side's last item its status."""
    rule = RULES[code]
    locations = []
    for (k, unit, offset, text, shown, *status) in (source_side, other_side):
        doc = ctx.documents[k]
        line, column = doc.position(unit.start + offset)
        locations.append(Location(doc.path, doc.lang, unit.n, line, column, text, shown, status[0] if status else "present"))
    return Finding(rule.check, rule.code, rule.severity, message, value, tuple(locations))


def _finding(ctx: Context, s: int, source, origin: Markup, t: int, unit, loose: Markup, reason: str) -> Finding:
    shown = " ".join(origin.text.split())
    value = origin.value[2:-3] if origin.value.startswith("`<") else shown
    written_as = " ".join(loose.text.split())
    if len(written_as) > 60:
        written_as = written_as[:57] + "…"
    message = (f"“{shown}” is markup in {ctx.documents[s].lang} entry {source.n} but is not read as markup in "
               f"{ctx.documents[t].lang} entry {unit.n} (“{written_as}”): {reason}")
    return entry_finding(ctx, "XL701", message, value, (s, source, origin.start, origin.text, value),
                         (t, unit, loose.start, loose.text, value, "different"))


# A glossary reference, :term:`operating system` or :term:`soundcards <soundcard>`.
_TERM = lazy(r"(?<![\w`]):term:`([^`<>]+?)(?:\s*+<([^<>`]++)>)?+`")


def _term(match: regex.Match[str]) -> str:
    """The term a glossary reference names, as Sphinx looks it up (case and spaces aside)."""
    return " ".join((match.group(2) or match.group(1)).split()).lower()


@functools.lru_cache(maxsize=8)
def _terms_written(text: str) -> frozenset[str]:
    """Every term a document's glossary references name (a catalogue's translation is
    one long text, asked once per entry: remembered)."""
    return frozenset(_term(m) for m in _TERM.finditer(text)) if ":term:`" in text else frozenset()


def translated_term_findings(ctx: Context, group: Group, present: list[int], blame: Blame) -> list[Finding]:
    """Glossary references whose term a catalogue's translation translates in one entry
    (:term:`besturingssysteem`) and keeps as the source writes it in another (:term:`operating
    system`): Sphinx looks a term up by the glossary's own wording, which the catalogue's
    other entries show to be the source's, so the translated one names no term (XL702).
    A term the translation writes nowhere as the source does may be the wording of its own
    glossary, which the catalogue does not show: left alone."""
    units = ctx.units(group, present, lambda p: p.kind == "entry")
    pivot = blame.reference
    if pivot not in units or ":term:`" not in units[pivot].text:
        return []
    source = units[pivot]
    wanted = [(m, _term(m)) for m in _TERM.finditer(source.text)]
    terms = {t for _, t in wanted}
    findings: list[Finding] = []
    for k, unit in units.items():
        if k == pivot or ":term:`" not in unit.text:
            continue
        written = [(m, _term(m)) for m in _TERM.finditer(unit.text)]
        lost = Counter(t for _, t in wanted) - Counter(t for _, t in written)
        new = [m for m, t in written if t not in terms]
        kept = _terms_written(ctx.documents[k].text)
        for m, term in wanted:
            if lost[term] <= 0 or not new:
                continue
            lost[term] -= 1
            if term in kept:
                findings.append(_term_finding(ctx, pivot, source, m, k, unit, new.pop(0)))
    return findings


def _term_finding(ctx: Context, s: int, source, match, t: int, unit, other) -> Finding:
    value, written_as = match.group(), other.group()
    lang_s, lang_t = ctx.documents[s].lang, ctx.documents[t].lang
    message = (f"“{value}” in {lang_s} entry {source.n} is “{written_as}” in {lang_t} entry {unit.n}, "
               f"whose other entries keep the term as {lang_s} writes it")
    return entry_finding(ctx, "XL702", message, value, (s, source, match.start(), value, value),
                         (t, unit, other.start(), written_as, written_as, "different"))


# A word in single stars: reST emphasis, which the Python documentation uses for a
# function's parameters (``*path*``) and other documentation for stress (``*not*``).
_EMPHASIS = lazy(r"(?<![\w*`\\:])\*([A-Za-z_][A-Za-z0-9_]*+)\*(?![\w*`])")
# One emphasised word in any script: what a translated name becomes (``*піделемент*``).
_EMPHASISED_WORD = lazy(r"(?<![\w*`\\:])\*(\w[\w'-]*+)\*(?![\w*`])")
# What marks an emphasised word as a parameter's name, read in the source's English:
# "The *path* argument", "argument *path*", "*count* (default one)".
_PARAMETER_WORD = lazy(r"\s++(?:keyword\s++)?+(?:argument|parameter)s?+\b|\s*+\(default\b")
_PARAMETER_BEFORE = lazy(r"\b(?:argument|parameter)s?+\s++$")
# A sentence opened by an emphasised word in lower case: prose would capitalise it
# ("*strategy* is used to tune …").
_SENTENCE_START = lazy(r"(?:^|[.!?:]\s++)$")
# Two emphasised words coordinated: "options *allow_no_value* and *delimiters*".
_COORDINATED = lazy(r"\s*+(?:,|,?+\s*+(?:and|or))\s++")


def translated_parameter_findings(ctx: Context, group: Group, present: list[int], blame: Blame) -> list[Finding]:
    """Parameter names in emphasis (``*path*``) that a catalogue's translation translated
    (``*шлях*``). Emphasis is prose elsewhere, so a word counts as a parameter's name only
    where the source marks it as one: named an argument or given a default, opening a
    sentence in lower case, coordinated with a name the translation keeps (``*allow_no_value*
    and *delimiters*``), or emphasised again in the entry where the translation keeps it
    once (``Inserts *subelement* … if *subelement* is not``)."""
    units = ctx.units(group, present, lambda p: p.kind == "entry")
    pivot = blame.reference
    if pivot not in units or "*" not in units[pivot].text:
        return []
    source = units[pivot]
    emphasised = [m for m in _EMPHASIS.finditer(source.text) if not source.text.startswith("**", m.start() - 1)]
    if not emphasised:
        return []
    counts = Counter(m.group(1) for m in emphasised)
    findings: list[Finding] = []
    for k, unit in units.items():
        if k == pivot:
            continue
        kept = Counter(m.group(1) for m in _EMPHASIS.finditer(unit.text))
        # A name the translation keeps, fewer times than the source, was translated at the
        # other places only if the translation emphasises a word the source does not
        # (``*піделемент*``); otherwise it joined the sentences that named it
        # ("The *field_names* are … Alternatively, *field_names* can be …" / "*field_names*
        # peut être … ou bien …").
        renamed = any(m.group(1) not in counts for m in _EMPHASISED_WORD.finditer(unit.text))
        reported: set[str] = set()
        for match in emphasised:
            word = match.group(1)
            if word in reported or not _is_parameter(source.text, match, emphasised, kept, counts):
                continue
            written = _standalone_count(word, unit.text)
            if written >= counts[word] or (written and not renamed):
                continue
            reported.add(word)
            findings.append(_parameter_finding(ctx, pivot, source, match, k, unit))
    return findings


_WORD_OR_HYPHEN = lazy(r"[\w-]")


def _standalone_count(word: str, text: str) -> int:
    """How often `word` (an identifier) stands in `text` with no word character or hyphen
    on either side: ``len(regex.findall(rf"(?<![\\w-]){regex.escape(word)}(?![\\w-])", text))``
    without compiling a pattern for each word (most of a catalogue's words are new to the
    pattern cache, and a compile costs a few hundred µs). An identifier starts and ends
    with a word character, so two occurrences that overlap cannot both stand alone.

    >>> _standalone_count("key", "key, keys, a-key and key_2 but key.")
    2
    """
    return sum(whole for _at, whole in places(word, text, _word_apart))


def _word_apart(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` has no word character or hyphen beside it."""
    return (start == 0 or not _WORD_OR_HYPHEN.match(text, start - 1)) and not _WORD_OR_HYPHEN.match(text, end)


def _is_parameter(text: str, match, emphasised: list, kept: Counter, counts: Counter) -> bool:
    word = match.group(1)
    if _PARAMETER_WORD.match(text, match.end()) or _PARAMETER_BEFORE.search(text, 0, match.start()):
        return True
    if word[0].islower() and _SENTENCE_START.search(text, 0, match.start()):
        return True
    if counts[word] >= 2 and kept[word]:
        return True
    for other in emphasised:
        name = other.group(1)
        if name == word or not kept[name] or not ("_" in name or any(c.isdigit() for c in name)):
            continue
        between = text[other.end():match.start()] if other.end() <= match.start() else text[match.end():other.start()]
        if _COORDINATED.fullmatch(between):
            return True
    return False


def _parameter_finding(ctx: Context, s: int, source, match, t: int, unit) -> Finding:
    value = match.group()
    message = (f"“{value}” is a parameter's name in {ctx.documents[s].lang} entry {source.n} but "
               f"{ctx.documents[t].lang} entry {unit.n} does not keep it (translated?)")
    return entry_finding(ctx, "XL701", message, value, (s, source, match.start(), value, value),
                         (t, unit, 0, unit.text[:60], value, "missing"))
