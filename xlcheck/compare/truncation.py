"""Translations cut off in mid-paragraph: the translation stops ("So haben", "Таким
образом", "… Wohngericht,") and the rest of its source paragraph is never translated.

A paragraph pair is cut when the source ends a sentence, the translation ends with none
(no full stop, question or exclamation mark, colon or semicolon) and the translation is
much shorter than the documents' usual ratio says it should be (lengths in Latin-letter
equivalents, `xlcheck.scripts.content_length`, so that the test holds across scripts).
A faithful headline, list intro or byline is not cut: its source does not end a sentence
either, or the translation is as long as its source.

A machine translation that stops also misleads the aligner: the cut paragraph pairs
with nothing, or is merged with the next one, and the paragraphs after it shift.
`repair` pairs such runs one to one again where that explains them by a cut, and judges
the documents without the cut paragraphs (`xlcheck.verdict.discounting`): a translation
that stops three times is still a translation, and its facts are compared paragraph by
paragraph. `cut_findings` reports each cut paragraph once (XL005), at the translation's
last words, with the untranslated tail of the source and the facts it held; each lost
fact is also a candidate of its own kind (a number word, a name, a quotation), compared
in that paragraph alone however often the documents repeat it elsewhere.
"""

from __future__ import annotations

import dataclasses
import math
import statistics
from dataclasses import dataclass
from typing import NamedTuple

from xlcheck.align import bead_score, mean_score, profile
from xlcheck.compare.arabic import written_in_arabic
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.compare.cyrillic import english_same, spelling_likeness
from xlcheck.compare.names import kanji_names_lost
from xlcheck.compare.places import PLACE_ALIASES, place_key, place_matches, places_named
from xlcheck.extract.numbers import is_cardinal
from xlcheck.extract.quotes import quotations
from xlcheck.locales import base_language, locale_info, same_places
from xlcheck.model import Alignment, Bead, Document, Finding, Invariant, Location, Segment
from xlcheck.patterns import lazy
from xlcheck.rules import rule_for
from xlcheck.scripts import content_length, distant, main_script, romanise
from xlcheck.segment import SIGNED_END, sentences
from xlcheck.verdict import discounting

# Marks that end a sentence (Latin, CJK, Devanagari, Arabic and Urdu, Armenian,
# Ethiopic), and marks a faithful paragraph may end on instead (a list intro's colon).
SENTENCE_END = ".!?…。！？‼⁇।॥؟۔։።"
OPEN_END_OK = ":;：；"
# Quotation marks and brackets that may close a paragraph after its last sentence mark.
_CLOSING = "\"'”’»«“‘)]）」』›‹"
_CLOSING_QUOTES = "\"'”’»“‘›‹」』"
# A translation ending on one of these stopped mid-sentence beyond doubt.
_DANGLING = ",、，-–—(«„“‚‹"
# Japanese stops mid-sentence, where no mark is written, on a particle that joins a clause
# or an object to what follows ("…握っているので", because; "…その単語でしか", only): the
# particle after kana or a kanji, at the end of the paragraph.
_JAPANESE_DANGLING = lazy(r"[\p{Hiragana}\p{Katakana}\p{Han}](?:ので|しか|ながら|ても|を)$")
# How much shorter than the documents' usual ratio a translation must be to be cut:
# ending on a word (an unfinished sentence may also be a headline's missing stop), or
# on a comma or dash (no sentence ends there).
CUT_RATIO = 0.8
DANGLING_RATIO = 0.95
SEVERE_RATIO = 0.5
# A source paragraph shorter than this (Latin-letter equivalents) is not judged; one whose
# translation stops on a comma or a dash, shorter than MIN_DANGLING_SOURCE.
MIN_SOURCE = 60
MIN_DANGLING_SOURCE = 30
# A cut paragraph whose translated head is shorter than this is left out of the verdict.
MIN_HEAD = 40
# The range of ratios (against the usual one) a paragraph re-paired by `repair` must
# show when it is not the cut one.
PLAUSIBLE = (0.4, 2.0)
# How many beads a re-paired run may span.
MAX_RUN = 4
_WORD = lazy(r"[\p{L}\p{M}\p{N}]+")
_CJK_LETTER = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_KANA = lazy(r"[\p{Hiragana}\p{Katakana}]")
_LATIN_RUN = lazy(r"[\p{Latin}\p{N}]{2,}")
# Languages that capitalise common nouns: a capital there names nothing.
_NOUN_CAPITALISING = frozenset({"de", "lb"})
# Nobiliary particles inside a name ("Lothar de Maizière", "Lula da Silva").
_PARTICLES = (" de ", " da ", " di ", " van ")
# Words that join the parts of one name ("Bank of England", "Cost of Living", the particles).
_NAME_JOINS = (" ", "-", " of ", " for ", " and ", " & ", *_PARTICLES)


@dataclass(frozen=True)
class Cut:
    """A translation paragraph (`target`, 0-based) that stops before the end of its
    source paragraph (`source`); the source's untranslated tail starts at offset `tail`.
    With an `end`, the translation leaves out the source's sentences from `tail` to `end`
    and goes on (a dropped sentence, `dropped`), not the rest of the paragraph."""

    source: int
    target: int
    tail: int
    end: int | None = None


# A full stop of Chinese or Japanese inside a paragraph: a sentence ends there, though no
# space follows it (`segment.sentences` splits where one does).
_CJK_STOP = lazy(r"[。！？]")
# What ends a sentence, or a part of a column (◆, ▼), in Chinese and Japanese.
_CJK_BREAKS = "。！？◆▼"


def _bare_end(text: str) -> str:
    return SIGNED_END.sub("", text.rstrip()).rstrip(_CLOSING).rstrip()


def ends_sentence(text: str) -> bool:
    """Whether a paragraph's last sentence is closed (closing quotes and brackets aside).

    >>> ends_sentence('He said "yes."'), ends_sentence("Er sagte, dass"), ends_sentence("Sieh hier:")
    (True, False, False)
    >>> ends_sentence("花粉症の季節が始まる。（桑）"), ends_sentence("大阪府の（北川）")
    (True, False)
    """
    bare = _bare_end(text)
    return bool(bare) and bare[-1] in SENTENCE_END


def open_end(text: str) -> bool:
    """Whether a translated paragraph ends where no sentence or list intro ends.

    >>> open_end("So haben"), open_end("Die Liste:"), open_end("Das ist alles.")
    (True, False, False)
    """
    bare = _bare_end(text)
    return bool(bare) and bare[-1] not in SENTENCE_END + OPEN_END_OK


def dangling(text: str) -> bool:
    """Whether a translated paragraph ends on a comma, a dash or an opening mark."""
    stripped = text.rstrip()
    return bool(stripped) and (stripped[-1] in _DANGLING or bool(_JAPANESE_DANGLING.search(stripped)))


def usual_ratio(a: Document, b: Document, beads) -> float:
    """B's length over A's in the documents' 1-1 paragraph pairs that end as a
    paragraph ends (median): what a cut paragraph is measured against."""
    ratios = []
    for bead in beads:
        if len(bead.a) == 1 and len(bead.b) == 1 and not open_end(b.paragraphs[bead.b[0]].text):
            la = content_length(a.paragraphs[bead.a[0]].text)
            if la < 40:
                continue  # (too short to measure by: B's length is not read)
            lb = content_length(b.paragraphs[bead.b[0]].text)
            if lb >= 40:
                ratios.append(math.log(lb / la))
    # Without such pairs (a document of one paragraph), lengths in Latin-letter
    # equivalents are about equal across languages.
    return math.exp(statistics.median(ratios)) if ratios else 1.0


# A Markdown link at a text's end, and its address.
_LINK_AT_END = lazy(r"\]\(([^()\s]++)\)\s*+$")


def _last_link(text: str) -> str | None:
    """The address of the Markdown link a text ends on, if it ends on one.

    >>> _last_link("参考：[参数传递](context.md)"), _last_link("See [it](a.md) here")
    ('context.md', None)
    """
    end = _LINK_AT_END.search(text)
    return end.group(1) if end else None


def is_cut(source: Segment, target: Segment, ratio: float) -> bool:
    """Whether `target` is a translation of `source` that stops before its end."""
    if source.kind != "text" or target.kind != "text":
        return False
    if not open_end(target.text) or not ends_sentence(source.text):
        return False  # the common case, decided without measuring
    if _last_link(target.text) is not None and _last_link(target.text) == _last_link(source.text.rstrip().rstrip(SENTENCE_END)):
        return False  # "… refer to: [Parameter Context](context.md)." ends on the link the translation ends on
    la, stops = content_length(source.text), dangling(target.text)
    if la < (MIN_DANGLING_SOURCE if stops else MIN_SOURCE):
        return False
    relative = content_length(target.text) / la / ratio
    if stops:
        return relative < DANGLING_RATIO
    # One sentence translated a little short without its full stop is as often a
    # translator's (or a note's) habit: a cut there must leave most of it out.
    return relative < (CUT_RATIO if len(sentences(source)) >= 2 or _CJK_STOP.search(_bare_end(source.text)[:-1])
                       else SEVERE_RATIO)


def is_shortened(source: Segment, target: Segment, ratio: float) -> bool:
    """Whether `target` keeps only a sentence or two of `source` and drops the rest: the
    source has more sentences, and the translation, whose last sentence is closed, is
    less than half as long as the documents' usual ratio says (a weak system's output
    that translates each paragraph's first or last sentence)."""
    if source.kind != "text" or target.kind != "text" or open_end(target.text):
        return False
    la = content_length(source.text)
    if la < MIN_SOURCE or content_length(target.text) / la / ratio >= SEVERE_RATIO:
        return False
    return len(sentences(source)) > max(1, len(sentences(target)))


def dropped_runs(source: Segment, target: Segment, ratio: float, lang: str = "") -> list[tuple[int, int]]:
    """The runs of sentences of `source` (their start and end offsets) that `target` (in
    `lang`) may leave out, the likeliest first, when the translation has fewer sentences and
    its marks or its length say so: the source asks a question and the translation asks
    none, or ends on a sentence that introduces what follows (a colon) and the translation
    does not; or the translation is shorter than the usual ratio says and as long as the
    source without a run of its first or last sentences (or one sentence inside) would be,
    or it pairs sentence by sentence with what is left.

    A machine translation that drops a sentence and closes the rest ends on a full stop
    and keeps most of its paragraph's length: neither a cut (`is_cut`) nor a paragraph
    shortened to a sentence (`is_shortened`). A translator who joins two sentences keeps
    the length; one who drops a few words keeps the sentence count or the length.
    """
    if source.kind != "text" or target.kind != "text":
        return []
    theirs = sentences(target)
    if not 2 <= len(theirs) + 1 <= len(sentences(source)) <= MAX_SENTENCES:
        return []  # as many sentences, or a paragraph too long to be prose (a list run on)
    mine = _whole_sentences(source)
    if len(theirs) >= len(mine):
        return []
    if len(theirs) + _joins(target.text) - _joins(source.text) >= len(mine):
        # the translation joins sentences with a colon or a semicolon where the source has
        # a full stop ("Undeniably, Guinness is everywhere. For the 2024-25 season, …" /
        # "È innegabile che Guinness sia ovunque: per la stagione 2024-2025 …"): only the
        # marks it never writes tell a sentence left out
        return [(mine[start].start, mine[end - 1].end) for start, end in _unmarked(mine, target, lang)]
    lengths = [content_length(s.text) for s in mine]
    got = [content_length(s.text) for s in theirs]
    total, length = sum(lengths), sum(got)
    if total < MIN_HEAD or not length:
        return []
    relative = length / total / ratio
    n = len(mine)
    runs = [(0, k) for k in range(1, n)] + [(k, n) for k in range(1, n)] + [(k, k + 1) for k in range(1, n - 1)]
    found = [(-1.0, mine[start].start, mine[end - 1].end) for start, end in _unmarked(mine, target, lang)]
    for start, end in runs:
        lost = sum(lengths[start:end])
        if lost < MIN_DROPPED or n - (end - start) < len(got):
            continue
        kept = lengths[:start] + lengths[end:]
        fit = abs(math.log(length / (total - lost) / ratio))
        by_length = relative < DROPPED_RATIO and fit < DROPPED_FIT
        # Sentences that pair one to one with the kept ones, each at a steady ratio, tell
        # which were left out where the paragraph's length alone is less sure.
        steady = [t / k for t, k in zip(got, kept)] if len(kept) == len(got) >= 2 else []
        paired = bool(steady) and max(steady) / min(steady) <= PAIRED_SPREAD and relative < PAIRED_RATIO \
            and fit < PAIRED_FIT
        if by_length or paired:
            found.append((fit, mine[start].start, mine[end - 1].end))
    return [(start, end) for _, start, end in sorted(found)]


_JOIN = lazy(r"[;:；](?=\s)")


def _joins(text: str) -> int:
    """How many times a paragraph joins two clauses with a semicolon or a colon before a space."""
    return len(_JOIN.findall(text))


def _unmarked(mine: list[Segment], target: Segment, lang: str) -> list[tuple[int, int]]:
    """The sentences (first and past the last, 0-based) whose closing mark the translation
    does not write at all: the questions of the source, where the translation asks none, a
    last sentence that introduces what follows ("Bartsch ergänzte:"), where the
    translation ends on no colon, and a last sentence that closes a quotation an earlier
    one opened, where the translation leaves its quotation open (it stopped inside it)."""
    ends = [_bare_end(s.text)[-1:] for s in mine]
    runs = []
    if base_language(lang) not in _QUESTIONS_AS_STATEMENTS and not any(m in target.text for m in "?？¿؟"):
        asked = [k for k, end in enumerate(ends) if end == "?"]
        if asked and asked == list(range(asked[0], asked[-1] + 1)) and len(asked) < len(mine):
            runs.append((asked[0], asked[-1] + 1))
    if ends[-1] in ":：" and _bare_end(target.text)[-1:] not in ":：":
        runs.append((len(mine) - 1, len(mine)))
    elif len(mine) >= 2 and _closes_earlier_quotation(mine[-1].text) and _left_open(target.text):
        runs.append((len(mine) - 1, len(mine)))
    return runs


_OPENING_MARK = lazy(r"[„«‚「『“‘]|(?<![\p{L}\p{N}])[\"'](?=\p{L})")
_CLOSING_MARK = lazy(r"[»」』”’]|(?<=[\p{L}\p{N}.,!?…。！？])[\"'](?![\p{L}\p{N}])")


def _closes_earlier_quotation(sentence: str) -> bool:
    """Whether a sentence closes a quotation an earlier sentence opened: a closing mark
    with no opening one before it ('…being assessed."', 「…中止は大変残念」と話す。)."""
    close = _CLOSING_MARK.search(sentence)
    return close is not None and not _OPENING_MARK.search(sentence, 0, close.start())


def _left_open(text: str) -> bool:
    """Whether a paragraph opens a quotation it never closes, read with the marks' pairs
    of its language („…“ in German and Czech): the translation stopped inside it."""
    spans = quotations(text)
    return bool(spans) and not spans[-1][2]


# Languages whose translations often make a question a statement (…だろうか。, …呢。).
_QUESTIONS_AS_STATEMENTS = frozenset({"ja", "zh", "ko"})
# A dropped run of sentences must be at least this long (Latin-letter equivalents), and the
# translation, against the usual ratio, shorter than DROPPED_RATIO and within DROPPED_FIT
# (|log ratio|) of the kept sentences' length; or, paired sentence by sentence with the kept
# ones, shorter than PAIRED_RATIO, within PAIRED_FIT, and the pairs' ratios within
# PAIRED_SPREAD of each other.
MIN_DROPPED = 15
# A paragraph of more sentences than this is a list or a table run on, not judged.
MAX_SENTENCES = 64
DROPPED_RATIO = 0.8
DROPPED_FIT = 0.2
PAIRED_RATIO = 0.92
PAIRED_FIT = 0.35
PAIRED_SPREAD = 1.35
# A sentence that ends on an initialism ("… the U.S. Court of Appeals") or on a number of
# one or two digits (the German ordinal of "am 13. November", "der 1. Sekretär") may go on
# in the next.
_INITIALISM_END = lazy(r"(?<![\p{L}\p{M}\p{N}.,])(?:(?:\p{Lu}\.){2,}|\p{N}{1,2}\.)$")


def _whole_sentences(paragraph: Segment) -> list[Segment]:
    """A paragraph's sentences, one that ends on an initialism or an ordinal joined with
    the next."""
    groups: list[list[Segment]] = []
    for sentence in sentences(paragraph):
        if groups and _INITIALISM_END.search(groups[-1][-1].text):
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    offset = paragraph.start
    return [group[0] if len(group) == 1 else
            Segment(group[0].n, group[0].start, group[-1].end, group[0].line, group[-1].end_line,
                    paragraph.text[group[0].start - offset:group[-1].end - offset], group[0].kind)
            for group in groups]


def dropped(a: Document, b: Document, inv_a, inv_b, alignment: Alignment, cuts: list[Cut]) -> list[Cut]:
    """The sentences each translated paragraph of plain text leaves out (`dropped_runs`),
    besides the paragraphs cut (`cuts`): of the runs the marks and lengths allow, the one
    whose own figures, places and acronyms (those the rest of its source paragraph lacks)
    the translation states least against those it lacks, the likeliest first among equals;
    never a run all of whose own figures, places or acronyms the translation states (it kept
    those sentences, shorter). Where the marks and lengths allow none, the sentences whose
    names, numbers and dates the translation writes none of (`_unpaired`)."""
    if a.format != "text" or b.format != "text" or not alignment.translation:
        return []
    ratio = usual_ratio(a, b, alignment.beads)
    done = {(cut.source, cut.target) for cut in cuts}
    out = []
    for bead in alignment.beads:
        if len(bead.a) != 1 or len(bead.b) != 1 or (bead.a[0], bead.b[0]) in done:
            continue
        i, j = bead.a[0], bead.b[0]
        source, target = a.paragraphs[i], b.paragraphs[j]
        mine = [inv for inv in inv_a[i] if _figure(inv)]
        acronyms = [inv for inv in inv_a[i] if inv.kind == "name" and (inv.flag or "").startswith("acronym")]
        stated = ({inv.value for inv in inv_b[j] if _figure(inv)}, places_named(b.lang, target.text),
                  {inv.value for inv in inv_b[j] if inv.kind == "name"})
        best = None
        for rank, (start, end) in enumerate(dropped_runs(source, target, ratio, b.lang)):
            rest = a.text[source.start:start] + " " + a.text[end:source.end]
            own = ({inv.value for inv in mine if start <= inv.start < end}
                   - {inv.value for inv in mine if not start <= inv.start < end},
                   places_named(a.lang, a.text[start:end]) - places_named(a.lang, rest),
                   {inv.value for inv in acronyms if start <= inv.start < end}
                   - {inv.value for inv in acronyms if not start <= inv.start < end})
            if any(facts and facts <= theirs for facts, theirs in zip(own, stated)):
                continue
            kept = sum(len(facts & theirs) for facts, theirs in zip(own, stated))
            lacking = sum(len(facts) for facts in own) - kept
            evidence = (kept - lacking, rank)
            if best is None or evidence < best[0]:
                best = (evidence, start, end)
        if best is not None:
            out.append(Cut(i, j, best[1], best[2]))
        else:
            out.extend(Cut(i, j, start, end) for start, end in _unpaired(a, b, inv_a, inv_b, i, j, ratio))
    return out



# A full stop, question or exclamation mark that ends a sentence before a capital, with or
# without the space a machine translation may leave out ("Це тест.Поки що"): the count of
# a translation's sentences that `sentences` would undercount.
_STOP_BEFORE_CAPITAL = lazy(r"[.!?…](?=[\"'”»)]*+\s*+\p{Lu})")


class _Versions(NamedTuple):
    """The documents and invariants `_lost_facts` reads (a `Context`'s two fields)."""

    documents: tuple[Document, Document]
    invariants: tuple


def _without(b: Document, j: int) -> Document:
    """Document b with paragraph j emptied: what a sentence's facts are lost against to
    count them all."""
    paragraphs = list(b.paragraphs)
    paragraphs[j] = dataclasses.replace(paragraphs[j], text="")
    return dataclasses.replace(b, paragraphs=tuple(paragraphs))


def _unpaired(a: Document, b: Document, inv_a, inv_b, i: int, j: int, ratio: float) -> list[tuple[int, int]]:
    """The runs of sentences (start and end offsets) of source paragraph i that translated
    paragraph j leaves out, told by the values they carry where the lengths alone do not
    tell (`dropped_runs`: a short last sentence, "And Ricky Gervais's After Life.", shortens
    a paragraph by less than its thresholds allow).

    A sentence is left out when the translation has fewer sentences and ends one, the
    sentence carries names, numbers or dates of which the translated paragraph writes none
    (a name in none of its words of four letters or more, inflected, transliterated or by
    its sound; a figure in no form), and the translation is nearer the documents' usual
    ratio without the sentence than with it. A value the rest of the source paragraph also
    states is no evidence either way: the translation writes it for the sentences it keeps
    ("Predictably, Vance was one of the three main early investors in Rumble…", whose
    translation is gone while "Rumble" is written for the next sentence, which names it
    too). Quotations are no evidence here: a translation joins a quoted sentence to the one
    before ("…motto. "Everybody knows the rules."" /
    «Один укус, — гласит девиз. — Все знают правила»). Only Latin-script sources, and
    translations in Latin letters or, from English, in Cyrillic or Arabic ones, where a
    name's presence can be read; elsewhere (katakana, Han, Devanagari) a name kept is a
    name not found.
    """
    source, target = a.paragraphs[i], b.paragraphs[j]
    if source.kind != "text" or target.kind != "text" or not ends_sentence(target.text):
        return []  # a translation that stops mid-sentence is a cut's (`is_cut`)
    mine = _whole_sentences(source)
    if not 2 <= len(mine) <= MAX_SENTENCES:
        return []
    if max(len(sentences(target)), len(_STOP_BEFORE_CAPITAL.findall(target.text)) + 1) >= len(mine):
        return []
    script = main_script(target.text)
    if main_script(source.text) != "latin" or not (
            script == "latin" or (base_language(a.lang) == "en" and script in ("cyrillic", "arabic"))):
        return []
    lengths = [content_length(sentence.text) for sentence in mine]
    total, length = sum(lengths), content_length(target.text)
    if not length:
        return []
    versions = _Versions((a, b), (inv_a, inv_b))
    empty = _without(b, j)
    nothing = _Versions((a, empty), (inv_a, [()] * len(empty.paragraphs)))
    words = _forms(target.text)

    def name_words(inv: Invariant) -> list[str]:
        return [w for w in _WORD.findall(inv.text) if len(w) >= 4 and w[0].isupper()]

    def written(inv: Invariant) -> bool:
        return inv.kind == "name" and any(_part_kept(w, words) or _sounded(w, target.text) for w in name_words(inv))

    def left_out(k: int) -> bool:
        if lengths[k] < MIN_DROPPED:
            return False  # "The Rev.": an abbreviation the sentences were split after
        if abs(math.log(length / max(1.0, total - lengths[k]) / ratio)) >= abs(math.log(length / total / ratio)):
            return False  # the translation is no nearer the usual ratio without it
        cut = Cut(i, j, mine[k].start, mine[k].end)
        rest = a.text[source.start:mine[k].start] + " " + a.text[mine[k].end:source.end]
        others = {inv.value for inv in inv_a[i] if not mine[k].start <= inv.start < mine[k].end}
        words_else = set(_WORD.findall(rest))

        def shared(inv: Invariant) -> bool:
            # A value the rest of the source paragraph also states is no evidence either
            # way: the translation writes it for the sentences it keeps ("Rumble").
            if inv.kind != "name":
                return inv.value in others
            parts = name_words(inv)
            return bool(parts) and all(w in words_else for w in parts)

        carried = [inv for inv in _lost_facts(nothing, 0, 1, cut) if inv.kind != "quote" and not shared(inv)]
        if not carried or any(written(inv) for inv in carried):
            return False
        lost = {(inv.kind, inv.value) for inv in _lost_facts(versions, 0, 1, cut)}
        return all((inv.kind, inv.value) in lost for inv in carried)

    runs: list[list[int]] = []
    for k in filter(left_out, range(len(mine))):
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return [(mine[run[0]].start, mine[run[-1]].end) for run in runs]


def _figure(inv: Invariant) -> bool:
    """Whether an invariant is a figure written with digits (19, the 19th): "einen
    Herzinfarkt" and "a number of" are no count kept."""
    return inv.kind in _FIGURES and (inv.flag != "word" or any(c.isdigit() for c in inv.text))


def _plausible(source: Segment, target: Segment, ratio: float) -> bool:
    if source.kind != target.kind:
        return False
    relative = max(1.0, content_length(target.text)) / max(1.0, content_length(source.text)) / ratio
    return PLAUSIBLE[0] <= relative <= PLAUSIBLE[1]


def _diagonal(beads: list[Bead], a: Document, b: Document, ratio: float,
              shortened: bool = False) -> list[tuple[int, int]] | None:
    """The run of beads paired one to one in order, when that explains it by a cut:
    the same number of paragraphs on both sides, at least one pair cut (or shortened to
    a sentence, where `shortened` allows it) and the others of plausible lengths."""
    left = [i for bead in beads for i in bead.a]
    right = [j for bead in beads for j in bead.b]
    if not left or len(left) != len(right) or left != sorted(left) or right != sorted(right):
        return None
    pairs = list(zip(left, right))
    cut = [is_cut(a.paragraphs[i], b.paragraphs[j], ratio)
           or (shortened and (is_shortened(a.paragraphs[i], b.paragraphs[j], ratio)
                              or bool(dropped_runs(a.paragraphs[i], b.paragraphs[j], ratio, b.lang)))) for i, j in pairs]
    if not any(cut):
        return None
    if all(c or _plausible(a.paragraphs[i], b.paragraphs[j], ratio) for c, (i, j) in zip(cut, pairs)):
        return pairs
    return None


def repair(a: Document, b: Document, inv_a, inv_b, alignment: Alignment) -> tuple[Alignment, list[Cut]]:
    """The alignment with cut paragraphs paired one to one again, judged without them,
    and the cuts found (none: the alignment as it was)."""
    beads = list(alignment.beads)
    if not beads or not a.paragraphs or not b.paragraphs:
        return alignment, []
    ratio = usual_ratio(a, b, beads)
    k = 0
    # A weak system that shortens most paragraphs to a sentence shifts the aligner over
    # long runs: the whole document one to one first, where that explains it. Plain
    # text only: a page's paragraphs are lists, tables and notes a translation may
    # restructure, and its aligner has their kinds to go by.
    prose = a.format == b.format == "text"
    whole = _diagonal(beads, a, b, ratio, prose) if any(len(bead.a) != 1 or len(bead.b) != 1 for bead in beads) \
        else None
    repaired = whole is not None
    if whole is not None:
        kept = {(bead.a, bead.b): bead for bead in beads}  # the pairs the aligner made keep their scores
        beads = [kept.get(((i,), (j,)), Bead((i,), (j,), None)) for i, j in whole]
    while k < len(beads):
        bead = beads[k]
        if len(bead.a) == 1 and len(bead.b) == 1:
            k += 1
            continue
        done = False
        for size in range(1, MAX_RUN + 1):
            for start in range(max(0, k - size + 1), min(k, len(beads) - size) + 1):
                pairs = _diagonal(beads[start:start + size], a, b, ratio, prose)
                if pairs is None:
                    continue
                beads[start:start + size] = [Bead((i,), (j,), None) for i, j in pairs]
                k, done, repaired = start + len(pairs), True, True
                break
            if done:
                break
        if not done:
            k += 1
    cuts = []
    for bead in beads:
        if len(bead.a) == 1 and len(bead.b) == 1:
            i, j = bead.a[0], bead.b[0]
            if is_cut(a.paragraphs[i], b.paragraphs[j], ratio) or (
                    prose and repaired and is_shortened(a.paragraphs[i], b.paragraphs[j], ratio)):
                cuts.append(Cut(i, j, _tail(a, b, inv_a, inv_b, i, j, ratio)))
    if repaired:
        beads = [_scored(bead, a, b, inv_a, inv_b, ratio) for bead in beads]
    if not cuts:
        # Paragraphs that left out sentences, paired one to one again (`dropped` finds
        # the sentences); the aligner's verdict stands.
        return (Alignment(tuple(beads), alignment.score, alignment.verdict) if repaired else alignment), []
    far = distant(" ".join(p.text for p in a.paragraphs[:40]), " ".join(p.text for p in b.paragraphs[:40]))
    # A cut paragraph translates the head of its source: scored against that head, or
    # left out when the head is a few words ("So haben"), which say nothing either way.
    by_pair = {(c.source, c.target): c for c in cuts}
    kept = []
    for bead in beads:
        cut = by_pair.get((bead.a[0], bead.b[0])) if len(bead.a) == 1 and len(bead.b) == 1 else None
        if cut is None:
            kept.append(bead)
        elif content_length(a.text[a.paragraphs[cut.source].start:cut.tail]) >= MIN_HEAD:
            kept.append(_head_scored(bead, cut, a, b, inv_a, inv_b, ratio))
    lengths_a = [content_length(p.text) for p in a.paragraphs]
    lengths_b = [content_length(p.text) for p in b.paragraphs]
    for cut in cuts:
        # A cut paragraph's steady length ratio is its head's, which it translates.
        lengths_a[cut.source] = content_length(a.text[a.paragraphs[cut.source].start:cut.tail])
    score, verdict = discounting(kept, lengths_a, lengths_b, mean_score(kept), far)
    if alignment.translation:
        score, verdict = max(score, alignment.score), alignment.verdict
    repaired_alignment = Alignment(tuple(beads), score, verdict)
    if not repaired_alignment.translation and whole is not None and (_anchored(whole, inv_a, inv_b)
                                                                     or _stops_often(cuts, b, beads)):
        repaired_alignment = Alignment(tuple(beads), score, True)
    if not repaired_alignment.translation:
        # Still no translation: judged (and its score reported, XL001) as the aligner saw it.
        return Alignment(tuple(beads), alignment.score, alignment.verdict), cuts
    return repaired_alignment, cuts


def _anchored(pairs: list[tuple[int, int]], inv_a, inv_b) -> bool:
    """Whether a document paired one to one keeps its source's figures paragraph by
    paragraph: at least MIN_ANCHORED pairs share a number or date, and few translated
    paragraphs state one their source paragraph lacks. A translation that shortens
    every paragraph scores low on text (the sentences it kept are not the ones it was
    measured against), but an unrelated text does not repeat another's figures in the
    same paragraphs.

    >>> year = Invariant("date", "2030", "2030", 0, 4)
    >>> _anchored([(0, 0), (1, 1), (2, 2)], [(year,)] * 3, [(year,)] * 3), _anchored([(0, 0)], [(year,)], [(year,)])
    (True, False)
    """
    shared = strays = 0
    for i, j in pairs:
        mine = {inv.value for inv in inv_a[i] if inv.kind in _FIGURES}
        theirs = {inv.value for inv in inv_b[j] if inv.kind in _FIGURES}
        shared += bool(mine & theirs)
        strays += bool(theirs - mine)
    return shared >= MIN_ANCHORED and strays <= shared // 3


def _stops_often(cuts: list[Cut], b: Document, beads: list[Bead]) -> bool:
    """Whether a translation paired one to one with its source, paragraph for paragraph,
    stops on a comma or a dash in at least MIN_ANCHORED of those paragraphs, and in a third
    of them, each where its source paragraph ends a sentence: a system that cuts most
    segments short keeps too little of each to score as a translation. (Without the pairing
    one to one, four of 90 unrelated pairs of news17's cut en→zh windows passed; with it,
    none more than the aligner's own verdict.)"""
    stopped = sum(1 for cut in cuts if dangling(b.paragraphs[cut.target].text))
    one_to_one = sum(1 for bead in beads if len(bead.a) == 1 and len(bead.b) == 1)
    return stopped >= MIN_ANCHORED and 3 * stopped >= one_to_one


_FIGURES = ("number", "date")
# Pairs sharing a figure that make a document paired one to one a translation.
MIN_ANCHORED = 3


def _scored(bead: Bead, a: Document, b: Document, inv_a, inv_b, ratio: float) -> Bead:
    if bead.score is not None or not bead.a or not bead.b:
        return bead
    (i,), (j,) = bead.a, bead.b
    score = bead_score(profile(a.paragraphs[i], inv_a[i], titles=True), profile(b.paragraphs[j], inv_b[j],
                                                                                 titles=True), ratio)
    return Bead(bead.a, bead.b, score)


def _head_scored(bead: Bead, cut: Cut, a: Document, b: Document, inv_a, inv_b, ratio: float) -> Bead:
    """A cut pair's bead scored as the translation of its source's head (or as the whole
    paragraph's, if that scores better: a cut never makes a pair less of a translation)."""
    source = a.paragraphs[cut.source]
    # (A Segment built whole: a catalogue's entry slices its text from its document's.)
    head = Segment(source.n, source.start, cut.tail, source.line, source.end_line, a.text[source.start:cut.tail],
                   source.kind, source.key, source.syntax)
    invariants = tuple(inv for inv in inv_a[cut.source] if inv.end <= cut.tail)
    score = bead_score(profile(head, invariants, titles=True), profile(b.paragraphs[cut.target], inv_b[cut.target],
                                                                       titles=True), ratio)
    return Bead(bead.a, bead.b, max(score, bead.score or 0.0))


def _tail(a: Document, b: Document, inv_a, inv_b, i: int, j: int, ratio: float) -> int:
    """Where the untranslated tail of source paragraph i starts: as far into it as the
    translation's length reaches, and after the last value the translation kept."""
    source, target = a.paragraphs[i], b.paragraphs[j]
    # A usual ratio under one is often a system's that cuts most paragraphs (its whole
    # pairs are short too): the tail then starts no later than at equal lengths.
    covered = content_length(target.text) / max(ratio, 1.0)
    text = source.text
    offset, length = 0, 0.0
    while offset < len(text) and length < covered:
        length += content_length(text[offset])
        offset += 1
    kept = [inv.value for inv in inv_b[j] if inv.kind in ("number", "date", "code")]
    seen: dict[str, int] = {}
    for inv in sorted(inv_a[i], key=lambda x: x.start):
        if inv.kind not in ("number", "date", "code") or inv.flag == "word":
            continue
        seen[inv.value] = seen.get(inv.value, 0) + 1
        if kept.count(inv.value) >= seen[inv.value]:
            offset = max(offset, inv.end - source.start)
    anchors = _last_words_anchors(source, target, inv_a[i], inv_b[j])
    if anchors:
        # Where the translation's last words are in the source says more than its length.
        return source.start + min(anchors, key=lambda x: abs(x - offset))
    if 0 < offset < len(text) and (_CJK_LETTER.match(text, offset - 1) or _CJK_LETTER.match(text, offset)):
        # Chinese and Japanese write no spaces: the start of the sentence the estimate fell in
        clause = max(text.rfind(mark, 0, offset) for mark in _CJK_BREAKS)
        return source.start + (clause + 1 if clause >= 0 else offset)
    while 0 < offset < len(text) and not text[offset - 1].isspace():
        offset -= 1  # the start of the word the estimate fell in
    return source.start + min(offset, len(text))


def _last_words_anchors(source: Segment, target: Segment, inv_source, inv_target) -> list[int]:
    """Offsets in the source paragraph where the translation may have stopped: after a
    name its last word renders (… проведенном Киевский / … by the Kiev), after the
    quotation its closing mark closes (… в этом году», / … this year," Taras Kremen said)."""
    anchors = []
    words = _WORD.findall(target.text)
    if words:
        last = _forms(words[-1])
        for inv in inv_source:
            if inv.kind == "name" and len(inv.text) >= 4 and any(_part_kept(inv.text, {w}) for w in last):
                anchors.append(inv.end - source.start)
    if target.text.rstrip().rstrip(",;").rstrip()[-1:] in _CLOSING_QUOTES:
        count = sum(1 for inv in inv_target if inv.kind == "quote")
        quotes = sorted((inv for inv in inv_source if inv.kind == "quote"), key=lambda x: x.start)
        if 1 <= count <= len(quotes):
            anchors.append(quotes[count - 1].end - source.start)
    return anchors


# -- findings --------------------------------------------------------------------------


def _runs(doc: Document, invariants: list[Invariant]) -> list[list[Invariant]]:
    """Name invariants joined into the names they spell ("Scottish Government")."""
    runs: list[list[Invariant]] = []
    for inv in sorted(invariants, key=lambda x: x.start):
        if runs and doc.text[runs[-1][-1].end:inv.start] in _NAME_JOINS and "initial" not in (inv.flag or ""):
            runs[-1].append(inv)
        else:
            runs.append([inv])
    return runs


def _forms(text: str) -> set[str]:
    """A paragraph's words, lower-cased, with Latin spellings of Cyrillic and Greek ones,
    and the Latin runs of a word glued to Chinese, Japanese or Korean text (新的podgroup
    writes podgroup: those languages put no space around a name)."""
    words = set()
    for word in _WORD.findall(text):
        lower = word.lower()
        words.add(lower)
        if not lower.isascii():
            words.add(romanise(lower))
            if _CJK_LETTER.search(lower):
                words.update(_LATIN_RUN.findall(lower))
    return words


def _part_kept(part: str, words: set[str]) -> bool:
    """Whether a word of a name is among a paragraph's words, inflected or transliterated
    (a shared stem of four letters or more)."""
    lower = part.lower()
    if lower in words:
        return True
    stem = lower[:max(4, len(lower) - 3)]
    return len(lower) >= 4 and any(w.startswith(stem) or (len(w) >= 4 and lower.startswith(w[:max(4, len(w) - 3)])
                                                           and len(w) >= len(lower) - 3) for w in words)


def _sounded(part: str, target: str) -> bool:
    """Whether an English word of a name is written in the translated paragraph `target` by
    its sound, in Cyrillic (Guinness / Гіннесса: г is h, a case ending) or Arabic letters.
    A Cyrillic word that renders a name is capitalised as the name is, or spelt as it is
    (Kiwi polish / лаком для ківи, a brand written as a common noun): a lower-case word only
    near its sound is a common word (Hugo / його, Lord / людей, Hulk / хорошим)."""
    if any(english_same(part, word) and (word[0].isupper() or spelling_likeness(part, word) >= _SPELT_ALIKE)
           for word in _CYRILLIC_WORD.findall(target)):
        return True
    return _ARABIC_LETTER.search(target) is not None and written_in_arabic(part, target)


_CYRILLIC_WORD = lazy(r"\p{Cyrillic}{3,}")
# How like a name's spelling a lower-case Cyrillic word must read to write it (ківи is 0.75 of
# Kiwi; його is 0.57 of Hugo, людей of Lord).
_SPELT_ALIKE = 0.7
# English adjectives of peoples among the places' aliases (Irish, British, European): what a
# dropped sentence loses with them is told by its XL006, not as a name missing.
_DEMONYMS = frozenset(alias for aliases in PLACE_ALIASES.values() for alias in aliases
                      if alias.endswith(("ish", "ese", "an", "ch", "i")))
_ARABIC_LETTER = lazy(r"\p{Arabic}")


def _lost_names(ctx: Context, k: int, names: list[Invariant], tail: int, words: set[str],
                places: frozenset[str] | set[str] = frozenset(), end: int | None = None,
                target: str = "") -> list[Invariant]:
    """The names of a source paragraph that end in its untranslated tail (a name the cut
    went through, "Kiev International Institute of Sociology" / "Киевский", too), or start
    before the `end` of its untranslated sentences, and that the translated paragraph does
    not write in full, nor as the CLDR place it is (`places`: the keys of the places the
    translated paragraph names, India / भारत), nor, for an English name, by its sound in
    the translated paragraph's other sentences (`target`: Guinness / Гіннесса)."""
    doc = ctx.documents[k]
    runs = [run for run in _runs(doc, [inv for inv in names if inv.kind == "name" and inv.flag])
            if run[-1].end > tail and (end is None or run[0].start < end)]
    lang = base_language(doc.lang)
    english = lang == "en" and bool(target)
    calendar = locale_info(doc.lang).calendar_words
    lost = []
    for run in runs:
        if lang in _NOUN_CAPITALISING and not any((inv.flag or "").startswith(("acronym", "camel")) for inv in run) \
                and not _named_among_nouns(doc, run):
            continue  # every noun is capitalised there
        if len(run) == 1 and "initial" in run[0].flag and not run[0].flag.startswith("acronym"):
            continue  # a sentence's first word
        if any(inv.text.lower() in calendar for inv in run):
            continue
        if lang == "en" and len(run) == 1 and run[0].text.lower() in _DEMONYMS:
            continue  # "the Irish stout": a people's adjective, not a name of its own
        parts = [inv.text for inv in run if len(inv.text) >= 2]
        if parts and not all(_part_kept(part, words) or english and _sounded(part, target) for part in parts):
            text = doc.text[run[0].start:run[-1].end]
            key = place_key(doc.lang, text) if places else None
            if key is not None and same_places(key) & places:
                continue
            lost.append(Invariant("name", text, text, run[0].start, run[-1].end, (), run[0].flag))
    return lost


def _named_among_nouns(doc: Document, run: list[Invariant]) -> bool:
    """Whether capitalised words of a language that capitalises its nouns are a name: a CLDR
    place (Estland), or two words or more in a row, not opening a sentence, with nothing but
    a space between them (Thomas Bach, Prime Day, Weimarer Republik), which German nouns
    seldom are."""
    text = doc.text[run[0].start:run[-1].end]
    if place_key(doc.lang, text) not in (None, _WORLD):
        return True
    return len(run) >= 2 and "initial" not in (run[0].flag or "") and all(
        doc.text[x.end:y.start] in _PARTICLE_JOINS for x, y in zip(run, run[1:]))


# CLDR's region of the whole world ("Welt"): a common noun, not a place's name.
_WORLD = "001"
# What joins the words of a name in a language that capitalises its nouns, where "of" and
# "and" join nouns: a space, or a nobiliary particle ("Lothar de Maizière").
_PARTICLE_JOINS = frozenset({" ", *_PARTICLES})


def _lost_facts(ctx: Context, k: int, o: int, cut: Cut) -> list[Invariant]:
    """The source's facts in a cut paragraph's tail that the translated paragraph lacks."""
    source = ctx.documents[k]
    target_text = ctx.documents[o].paragraphs[cut.target].text
    paragraph_invs = ctx.invariants[k][cut.source]
    theirs = ctx.invariants[o][cut.target]
    kept = {inv.value for inv in theirs if inv.kind in ("number", "date", "code", "url")}
    quotes_kept = sum(1 for inv in theirs if inv.kind == "quote")
    info = locale_info(source.lang)
    tail = [inv for inv in paragraph_invs if inv.start >= cut.tail and (cut.end is None or inv.start < cut.end)]
    lost: list[Invariant] = []
    quotes_before = sum(1 for inv in paragraph_invs if inv.kind == "quote" and inv.start < cut.tail)
    for inv in tail:
        if inv.kind in ("number", "date", "code", "url"):
            if inv.value in kept or inv.flag == "prose-role":
                continue
            if inv.flag == "word" and not is_cardinal(source.text, inv, info):
                continue  # "a", "one", "first": an article or a rank, not a count
            lost.append(inv)
        elif inv.kind == "quote":
            quotes_before += 1
            if quotes_kept < quotes_before:
                lost.append(inv)
    places = places_named(ctx.documents[o].lang, target_text)
    lost.extend(_lost_names(ctx, k, paragraph_invs, cut.tail, _forms(target_text), places, cut.end, target_text))
    start, end = cut.tail, cut.end if cut.end is not None else source.paragraphs[cut.source].end
    if base_language(source.lang) in _UNCASED_NAMES:
        lost.extend(_lost_places(source, start, end, places))
    if base_language(source.lang) == "ja" and base_language(ctx.documents[o].lang) == "zh":
        lost.extend(Invariant("name", name, name, start + s, start + e, (), "kanji")
                    for s, e, name in kanji_names_lost(source.text[start:end], target_text))
    once: dict[tuple[str, str], Invariant] = {}
    for inv in sorted(lost, key=lambda inv: inv.start):
        once.setdefault((inv.kind, inv.value), inv)  # a value lost twice is one fact lost
    return list(once.values())


# Languages whose names no capital marks (extracted as names only in Latin letters): the
# places of a cut tail are read by their CLDR names (日本, ベトナム).
_UNCASED_NAMES = frozenset({"ja", "zh"})


def _lost_places(source: Document, start: int, end: int, places: set[str]) -> list[Invariant]:
    """The CLDR places a cut tail (`source.text[start:end]`) names that the translated
    paragraph does not name."""
    lost = []
    for s, e, written, name in place_matches(source.lang, source.text[start:end]):
        key = place_key(source.lang, name)
        if _CJK_LETTER.match(source.text, start + e) and not _KANA.match(source.text, start + e):
            continue  # 中国語, Chinese: a word made of the place's name, not the place
        if key is not None and not same_places(key) & places:
            lost.append(Invariant("name", written, written, start + s, start + e, (), "place"))
    return lost


def _continued(doc: Document, j: int) -> bool:
    """Whether paragraph j's sentence goes on in the next paragraph, which opens in lower
    case ("… 820 000 ljudi u državi," / "a oko 40 000 novih slučajeva …")."""
    if j + 1 >= len(doc.paragraphs):
        return False
    first = _WORD.search(doc.paragraphs[j + 1].text)
    return first is not None and first.group()[0].islower()


def _words_at(text: str, count: int, last: bool = False) -> str:
    words = text.split()
    return " ".join(words[-count:] if last else words[:count])


def cut_findings(ctx: Context, groups: list[Group], cuts: list[tuple[int, int, Cut]],
                 candidates: list[Candidate]) -> list[Finding]:
    """XL005 for each cut paragraph (`cuts`: group, version, cut; the source is version
    0), XL006 for each run of sentences a paragraph left out, and a candidate for each
    fact lost with the tail or the sentences that no comparer found."""
    findings = []
    have = {(c.group, c.kind, c.value) for c in candidates} | {
        (c.group, c.kind, inv.start) for c in candidates for inv in c.occurrences.values()}
    for g, o, cut in cuts:
        group = groups[g]
        source, target = ctx.documents[0], ctx.documents[o]
        lost = _lost_facts(ctx, 0, o, cut)
        # The other versions of the group (a third one too) are taken to hold the fact.
        holding = frozenset(k for k in range(len(ctx.documents)) if group.members[k] and k != o)
        for inv in lost:
            if (g, inv.kind, inv.value) in have or (g, inv.kind, inv.start) in have:
                continue
            candidates.append(Candidate(g, inv.kind, inv.value, holding, frozenset({o}), {0: inv}))
        paragraph = target.paragraphs[cut.target]
        end = paragraph.start + len(paragraph.text.rstrip())
        line, column = target.position(max(paragraph.start, end - 1))
        tail_text = source.text[cut.tail:source.paragraphs[cut.source].end if cut.end is None else cut.end]
        shown = _words_at(tail_text, 8)
        s_line, s_column = source.position(cut.tail)
        facts = list(dict.fromkeys("a quotation" if inv.kind == "quote" else inv.text for inv in lost))
        held = f" (holds {', '.join(facts[:10])}{', …' if len(facts) > 10 else ''})" if facts else ""
        last = _words_at(paragraph.text, 4, last=True)
        if cut.end is None:
            rule = rule_for("alignment", "cut-off")
            message = (f"{ctx.where(o, group)} stops at “…{last}”: the rest of {ctx.where(0, group)}, "
                       f"“{shown}…”{held}, is not translated")
            # A tail with no fact lost is noted, not failed, unless the translation stops
            # on a comma or a dash, where no sentence ends, and its next paragraph does not
            # go on with the sentence (a translator who joins two segments into one).
            stops = dangling(paragraph.text) and not _continued(target, cut.target)
            severity = rule.severity if lost or stops else "info"
        else:
            # A whole sentence left out is a loss of its own, with or without a fact in it.
            rule = rule_for("alignment", "sentence-missing")
            more = "…" if len(tail_text.split()) > 8 else ""
            message = f"{ctx.where(o, group)} leaves out “{shown}{more}” of {ctx.where(0, group)}{held}"
            severity = rule.severity if lost else "warning"
            line, column, last = paragraph.line, None, None
        findings.append(Finding(rule.check, rule.code, severity, message, shown, (
            Location(source.path, source.lang, source.paragraphs[cut.source].n, s_line, s_column, shown,
                     None, "present"),
            Location(target.path, target.lang, paragraph.n, line, column, last, None, "missing"),
        )))
    return findings


__all__ = ["Cut", "cut_findings", "dropped", "dropped_runs", "ends_sentence", "is_cut", "open_end", "repair"]
