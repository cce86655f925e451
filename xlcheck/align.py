"""Align the segments (paragraphs, sentences, lines) of two language versions.

A bead pairs up to three segments of one side with up to three of the other: 1-1,
1-2, 2-1, 2-2, 1-3, 3-1 (and 2-3, 3-2 in plain text), or leaves one segment alone
(1-0, 0-1). Its cost, in the
units of Gale and Church's model (negative log probabilities), adds

- the bead type's prior (a skip costs more than a merge, so a sentence the
  translation split is a 1-2 bead, not a 1-1 plus a skip; only a fragment of a few
  characters, in plain text one without a word, is left alone cheaply);
- Gale and Church's length term: how far the length of one side is from the other
  side's length times the documents' ratio, against a variance that grows with length;
- anchors: tokens both documents use (numbers, capitalised words and initialisms, code
  and identifiers, the values the extractors found), a reward for those both sides of
  the bead share and a penalty for those only one side has, each weighted by how rare
  it is; an initialism matches the initials of a run of capitalised words ("NJ" = "New
  Jersey"), so a one-line heading still finds its counterpart;
- the segments' kinds (a heading, list, table or code block pairs with one of its own
  kind, and never merges with a paragraph: that is how a dropped heading would hide; a
  line of bare tags merges with whatever it wraps);
- in plain text, a second search adds a lexical term: word pairs that the first
  path's 1-1 beads hold together far more often than chance (`learn_lexicon`), and how
  many of them a bead's two sides share (the default aligner only);
- with an encoder (``--aligner embed``), 1 - cosine of the sides' sentence embeddings
  (runs of segments embedded as one text), over each side's mean against random
  segments of the other document, times the bead's segment product (vecalign's cost).

The search is dynamic programming over a band: documents small enough are searched
whole; larger ones are first aligned in blocks of k segments (recursively), and the
fine search keeps to the cells near that coarse path, so memory grows with the
length of the document, not its square, and a long dropped run is followed.
Backpointers are one byte a cell; cost rows are kept only as far back as a bead
reaches. A short document's whole matrix is searched in plain Python
(`xlcheck.pathsearch`: the same costs and path, without importing numpy).

Bead scores in [0, 1] for reports, and the translation verdict, come from
`bead_score` (character 4-grams, anchors, lengths), computed for the chosen beads.
"""

from __future__ import annotations

import functools
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Protocol

import regex

from xlcheck.model import TRANSLATION_THRESHOLD, Alignment, Bead, Invariant, Segment
from xlcheck.patterns import lazy
from xlcheck.scripts import content_length, distant, main_script
from xlcheck.verdict import (
    IN_STEP_WORST,
    MIN_SCORE,
    SURE_SCORE,
    follows_in_one_script,
    follows_in_step,
    follows_paragraphs,
    keeps_anchors,
    keeps_anchors_in_order,
    keeps_title_and_listings,
    pairs_closely,
)


class _Numpy:
    """numpy, imported where the aligner first uses it: a catalogue's entries are paired by
    their keys, never aligned, and importing numpy is a third of a short check's start."""

    def __getattr__(self, name: str) -> Any:
        import numpy

        globals()["np"] = numpy
        return getattr(numpy, name)


np = _Numpy()

ANCHOR_KINDS = frozenset({"number", "date", "code", "url", "markup"})
# A paragraph of bare tags (</Steps>, <Tabs>): structure, no text of its own.
TAG_ONLY = lazy(r"^\s*+(?:</?[\w.:-]++[^<>]*+>\s*+)++$")
_BETA2 = 4.0  # chrF's beta = 2, squared

_NUMBER = lazy(r"(?<![\p{L}\p{N}])\p{Nd}+(?:[.,’' \u00a0\u202f]\p{Nd}{3})*(?:[.,]\p{Nd}+)?")
_WORD = lazy(r"[\p{L}\p{N}_][\p{L}\p{N}_]*(?:[.\-'’][\p{L}\p{N}_]+)*")
_CODE_SPAN = lazy(r"`+([^`]+)`+")
# Starts only at a word's start and never gives back: linear on a run of 50,000 capitals.
_CAPITALISED_RUN = lazy(r"(?<!\p{L})\p{Lu}[\p{Ll}\p{Lu}]++(?:[ \-]++\p{Lu}[\p{Ll}\p{Lu}]++)++")
_RUN_GAP = lazy(r"[ \-]+")
_INITIALISM = lazy(r"^\p{Lu}{2,6}$")
_NON_DIGIT = lazy(r"\D")
_IDENTIFIER = lazy(r"[\d_.]")
# A word of four letters or more: a short segment holding one is text, not a fragment.
# Chinese and Japanese write no spaces, so four letters there are no sign of a word.
_WORDED = lazy(r"(?:(?![\p{Han}\p{Hiragana}\p{Katakana}])\p{L}){4,}")


@dataclass(frozen=True)
class Profile:
    """What the aligner needs to know about one segment, computed once.

    Its character n-grams are not kept: the search does not use them, and held for every
    paragraph of a large document they were the aligner's largest cost in memory. They
    are computed when a bead is scored, from the texts (`parts`, one per segment).
    """

    anchors: frozenset[str]
    length: int
    kind: str
    text: str = field(default="", compare=False, repr=False)
    parts: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def ngrams(self) -> frozenset[str]:
        if not self.parts:
            return char_ngrams(self.text)
        return frozenset().union(*(char_ngrams(part) for part in self.parts))


# Full-width letters and digits (Japanese and Chinese type ８４, ＪＡ) as their ASCII twins:
# the other version writes 84 and JA.
_FULL_WIDTH_ALNUM = str.maketrans({c: c - 0xFEE0 for r in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B))
                                   for c in range(*r)})
# A run of three kana or more: in a Chinese text, a Japanese name or title kept as it is
# (画廊たきた, 《ポラーノ花巻》), which pins the Japanese paragraph that writes it.
_KANA_RUN = lazy(r"[\p{Hiragana}\p{Katakana}ー]{3,}+")
_HAN_COUNT = lazy(r"[〇零一二两兩三四五六七八九十百千万萬亿億]+")


def token_anchors(text: str) -> set[str]:
    """Language-independent anchors of a text: numbers (as their digits), capitalised
    words, initialisms (also as the initials of a run of capitalised words), identifiers
    (tokens with digits, dots or underscores inside, code spans), and runs of kana.

    >>> sorted(token_anchors("Fire in NJ: 50,000 flee"))
    ['i:nj', 'n:50000', 'w:fire']
    >>> sorted(token_anchors("Brand in New Jersey: 50.000 fliehen"))
    ['i:nj', 'n:50000', 'w:brand', 'w:jersey', 'w:new']
    >>> sorted(token_anchors("US-China AI race")) == sorted(token_anchors("KI-Rennen: USA und China"))
    False
    >>> {"i:us", "w:china"} <= token_anchors("KI-Rennen: USA und China") & token_anchors("US-China AI race")
    True
    >>> sorted(token_anchors("滝田さん（８４）は「画廊たきた」に、ＪＡ"))
    ['i:ja', 'n:84', 'w:たきた']
    """
    kana = ()
    if not text.isascii():
        text = text.translate(_FULL_WIDTH_ALNUM)
        kana = _KANA_RUN.findall(text)
    anchors = {"n:" + _NON_DIGIT.sub("", m.group()) for m in _NUMBER.finditer(text)}
    anchors.update("w:" + run for run in kana)
    for found in map(_word_anchors, _WORD.findall(text)):
        if found:
            anchors.update(found)
    for match in _CAPITALISED_RUN.finditer(text):
        anchors.update(_run_anchors(match.group()))
    for match in _CODE_SPAN.finditer(text):
        anchors.update("w:" + w.lower() for w in _WORD.findall(match.group(1)))
    return anchors


# Words recur all through a document: each one's anchors are worked out once (32,768
# words at most, about 7 MB), and added in the order they were found, so every set is
# built as it was word by word (the same set, iterated in the same order).
@functools.lru_cache(maxsize=1 << 15)
def _word_anchors(token: str) -> tuple[str, ...]:
    """The anchors of one word token of `token_anchors`: the token and, when hyphenated,
    its parts ("US-China", "H100-GPUs")."""
    found = []
    for word in (token, *token.split("-")) if "-" in token else (token,):
        if not word:
            continue
        if word[0].isupper():
            if _INITIALISM.match(word):
                found.append("i:" + word.lower())
                if len(word) == 3:
                    found.append("i:" + word[:2].lower())  # USA = US (United States)
            elif len(word) > 1:
                found.append("w:" + word.lower())
        elif _IDENTIFIER.search(word) and not _NUMBER.fullmatch(word):
            found.append("w:" + word.lower())
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _run_anchors(run: str) -> tuple[str, ...]:
    """The initials of a run of capitalised words, and of its shorter runs: "Four New
    Jersey teenagers" starts with the sentence's first word, and its "nj" is what the
    other side's initialism spells."""
    initials = "".join(w[0] for w in _RUN_GAP.split(run)).lower()
    found = ["i:" + initials]
    for size in range(2, min(len(initials), 5)):
        found.extend("i:" + initials[k:k + size] for k in range(len(initials) - size + 1))
    return tuple(found)


def char_ngrams(text: str, order: int = 4) -> frozenset[str]:
    """The set of character n-grams chrF counts (lower-cased, whitespace removed).

    >>> sorted(char_ngrams("Ab cde"))
    ['abcd', 'bcde']
    """
    text = "".join(text.lower().split())
    return frozenset(map("".join, zip(*(text[k:] for k in range(order)))))


def is_title(text: str) -> bool:
    """One short line whose last word is not followed by a full stop (quotes aside)."""
    bare = text.strip().rstrip("\"'”’»“«)]")
    return bool(bare) and "\n" not in bare and len(bare) <= 120 and bare[-1] not in ".!?;:,…。！？：；，、"


# A quoted note opened by its label, one word and a colon: "> Note: …", "> 注意：…".
_QUOTED_NOTE = lazy(r"[ \t]*+>[ \t]*+[\p{L}*_]{1,12}+[:：]")


def profile(segment: Segment, invariants: tuple[Invariant, ...] = (), titles: bool = False,
            han_counts: bool = False) -> Profile:
    """The n-grams, anchors, length and kind of a segment.

    With `han_counts` (Japanese and Chinese aligned with each other), a count in Han
    numerals anchors as its figure: a Chinese translation writes 二楼 for a Japanese
    newspaper's ２階. (Against English, 两个 is as often "two" as "2", and a figure 2 of
    another paragraph, "index2", would pull it there.)

    With `titles`, a paragraph of one line without closing punctuation is a heading:
    plain text has no other mark for one, and a heading must not vanish into the
    paragraph under it. (Lines and sentences are not paragraphs: there, such a line is
    as often a fragment.)
    """
    anchors = token_anchors(segment.text)
    if segment.kind in ("heading", "table"):
        anchors.update(kept_words(segment.text, segment.kind))
    for inv in invariants:
        # In the token anchors' own spelling, so that a value both find counts once.
        if inv.kind == "number" and (inv.flag != "word" or han_counts and _HAN_COUNT.fullmatch(inv.text)
                                     and inv.value != "1"):  # (one, 一, is in too many words)
            anchors.add("n:" + _NON_DIGIT.sub("", inv.value))
        elif inv.kind == "code" or (inv.kind == "name" and inv.flag and "initial" not in inv.flag):
            value = inv.value.lower().translate(_FULL_WIDTH_ALNUM)
            anchors.add(("i:" if _INITIALISM.match(inv.value) else "w:") + value)
        elif inv.kind in ANCHOR_KINDS and inv.flag not in ("word", "image"):
            anchors.add(inv.kind + ":" + inv.value)
    kind = "tag" if TAG_ONLY.match(segment.text) else segment.kind
    if titles and kind == "text" and is_title(segment.text) and not _QUOTED_NOTE.match(segment.text):
        kind = "heading"  # a plain-text title: a line of its own with no closing punctuation
        # (a quoted note, "> 注意：…该配置项", is a note whatever it ends with)
    # In Latin-letter equivalents: a Chinese paragraph is a quarter of its English length.
    return Profile(frozenset(anchors), max(1, round(content_length(segment.text))), kind, segment.text)


# A Markdown heading's one line, and a table row's first cell when it is a key of code
# (``hosts``, ``columnLength``, `` `index_list` ``), not words a translation translates.
KEPT = "k:"  # the anchors of `kept_words`
# Anchors of words (capitalised, initialisms, identifiers, words kept), not values.
_WORD_ANCHORS = ("w:", "i:", KEPT)
_HEADING_LINE = lazy(r"[ \t]*+#{1,6}[ \t]++([^\n]*\S)[ \t]*+")
_ROW_KEY = lazy(r"^[ \t]*+\|[ \t]*+`?+([A-Za-z_$][\w$.-]*+)`?+[ \t]*+\|", regex.M)


def kept_words(text: str, kind: str) -> set[str]:
    """Anchors of the words a page's structure keeps untranslated: a heading's whole title
    (an option's section, ``### index [string]``, which no other anchor pins: its words
    are in lower case) and the keys a table's rows name. Sections of options follow each
    other under headings that differ only in these words: without them a dropped or
    added paragraph shifts every heading after it onto the next one's counterpart. A
    title or key the other version translates is in one document only, and
    `shared_anchors` drops it.

    >>> sorted(kept_words("### index [string]", "heading"))
    ['k:index [string]']
    >>> sorted(kept_words("| name | type |" + chr(10) + "|---|---|" + chr(10) + "| `hosts` | array |", "table"))
    ['k:hosts', 'k:name']

    They are words, not values (`_values`), and have an anchor kind of their own: the
    key ``reorder`` of a table pins the table, not the paragraph before it that sets
    `reorder`.
    """
    if kind == "heading":
        title = _HEADING_LINE.fullmatch(text)
        return {KEPT + title.group(1).casefold()} if title else set()
    return {KEPT + key.casefold() for key in _ROW_KEY.findall(text)}


def shared_anchors(a: list[Profile], b: list[Profile]) -> tuple[list[Profile], list[Profile]]:
    """Keep only anchors that occur somewhere in both documents.

    An anchor one side never mentions (a German noun, a dropped name) says nothing
    about where segments meet, so it must not count against a bead.
    """
    common = frozenset().union(*(p.anchors for p in a)) & frozenset().union(*(p.anchors for p in b))

    def keep(profiles: list[Profile]) -> list[Profile]:
        return [Profile(p.anchors & common, p.length, p.kind, p.text, p.parts) for p in profiles]

    return keep(a), keep(b)


def _orphans(a: list[Profile], b: list[Profile], least: int = 2) -> list[float]:
    """Prefix counts of the segments of `a` holding at least `least` inline code spans
    that `b` nowhere has: a passage one version added, not part of a merge."""
    lone = frozenset(x for x in frozenset().union(*(p.anchors for p in a)) if x.startswith("markup:`")) \
        - frozenset().union(*(p.anchors for p in b))
    out = [0.0] * (len(a) + 1)
    if lone:  # (plain text has no code spans)
        for k, p in enumerate(a):
            out[k + 1] = out[k] + (len(p.anchors & lone) >= least)
    return out


def _merge(profiles: Sequence[Profile]) -> Profile:
    if len(profiles) == 1:
        return profiles[0]
    return Profile(
        frozenset().union(*(p.anchors for p in profiles)),
        sum(p.length for p in profiles),
        _merged_kind([p.kind for p in profiles]),
        " ".join(p.text for p in profiles),
        tuple(part for p in profiles for part in (p.parts or (p.text,))),
    )


def _merged_kind(kinds: list[str]) -> str:
    # A line of bare tags (<Steps>) belongs to whatever it wraps.
    kinds = [k for k in kinds if k != "tag"] or ["tag"]
    if "heading" in kinds[1:]:
        return "across"  # a heading inside a run joins the end of one section to the next
    if len(kinds) > 1 and kinds[0] == "heading":
        return "mixed"  # two headings are two sections: one that vanished must not hide in a merge
    return kinds[0] if all(k == kinds[0] for k in kinds) else "mixed"


def ngram_f(a: frozenset[str], b: frozenset[str]) -> float:
    """chrF's F-beta (beta 2) over two n-gram sets, in [0, 1]."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    if not common:
        return 0.0
    precision = common / len(a)
    recall = common / len(b)
    return (1 + _BETA2) * precision * recall / (_BETA2 * precision + recall)


def bead_score(pa: Profile, pb: Profile, ratio: float = 1.0) -> float:
    """How well two (merged) segments look like translations of each other, 0..1."""
    deviation = abs(math.log((pb.length / pa.length) / ratio))
    length = math.exp(-1.6 * deviation)
    union = pa.anchors | pb.anchors
    if distant(pa.text, pb.text):
        # Different scripts share no n-grams: anchors and length are all the evidence.
        if union:
            shared = len(pa.anchors & pb.anchors)
            score = 0.65 * shared / len(union) + 0.35 * length
            if shared == 0:
                score *= 0.7
        else:
            score = 0.5 * length
    elif union:
        chrf = min(1.0, ngram_f(pa.ngrams, pb.ngrams) / 0.35)
        shared = len(pa.anchors & pb.anchors)
        anchor = shared / len(union)
        score = 0.45 * anchor + 0.3 * chrf + 0.25 * length
        if shared == 0:
            score *= 0.7
    else:
        chrf = min(1.0, ngram_f(pa.ngrams, pb.ngrams) / 0.35)
        score = 0.55 * chrf + 0.45 * length
    if pa.kind != pb.kind and not heading_as_item(pa, pb):
        # A heading, list, table or code block is translated as one of the same kind.
        score *= 0.3 if "code" in (pa.kind, pb.kind) else 0.55
    elif pa.kind != "text":
        score += (1.0 - score) * (0.45 if pa.kind == "heading" else 0.25)
    return score


_TITLE_MARK = lazy(r"^[ \t]*+(?:#{1,6}|[-*+])[ \t]++")


def title_words(p: Profile | Segment) -> str:
    """A one-line heading's or list item's words, without its marker, folded."""
    return _TITLE_MARK.sub("", p.text.strip()).casefold()


def heading_as_item(pa: Profile | Segment, pb: Profile | Segment) -> bool:
    """Whether one side is a heading and the other a one-line list item of the same words
    (``### Open`` written ``* Open``): the title kept, only its markup changed.

    >>> heading_as_item(Profile(frozenset(), 8, "heading", "### Open"), Profile(frozenset(), 6, "list", "* Open"))
    True
    """
    if {pa.kind, pb.kind} != {"heading", "list"} or "\n" in pa.text.strip() or "\n" in pb.text.strip():
        return False
    words = title_words(pa)
    return bool(words) and words == title_words(pb)


class Encoder(Protocol):
    """A sentence encoder: unit-length vectors, one row per text."""

    def encode(self, texts: list[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class Params:
    """The cost model's constants (negative log probabilities, Gale-Church units)."""

    skip: float = 4.2  # per segment left alone
    skip_text: float | None = 4.5  # ... in the second search of plain text (None: `skip`)
    skip_short: float = 1.5  # per segment of no more than `short` characters
    # Structured documents (code, lists, tables, front matter): a section one version added or dropped
    # is skipped rather than paired, paragraph by paragraph, with the unrelated one the
    # other version has in its place.
    skip_structured: float = 3.8  # per segment left alone, structured documents
    short: float = 20.0
    merge: float = 3.0  # 1-2, 2-1
    merge22: float = 3.5
    merge13: float = 4.6  # 1-3, 3-1
    merge23: float = 9.0  # 2-3, 3-2 (plain text only; inf: none)
    merge14: float = 7.5  # 1-4, 4-1 (plain text only; inf: none)
    variance: float = 6.8  # Gale-Church's s^2
    length_weight: float = 1.0
    anchor_reward: float = 3.0
    anchor_penalty: float = 1.1
    kind_mismatch: float = 3.0
    unshared: float = 2.5  # structured documents: both sides hold anchors and share none
    # Structured documents: a merge that takes in a segment holding inline code the other
    # version never has (a paragraph one version added, not half of a split one).
    orphan_merge: float = 2.5
    code_mismatch: float = 6.0
    # A run that goes on past a heading (a table and the next section's heading): two
    # sections made one, which hides a heading or a paragraph either version lacks.
    across_heading: float = 40.0
    kind_match: float = 1.0  # reward for a heading with a heading, a list with a list
    embed_weight: float = 2.0
    # Across scripts, with an encoder: lengths (counted in Latin-letter equivalents) tell
    # less, the embeddings more (None: as in one script).
    embed_weight_far: float | None = None
    length_weight_far: float | None = None
    mark_mismatch: float = 1.5  # per mark (?, !, quotes, parentheses, figures) one side of a bead lacks
    mark_match: float = 0.25  # per mark both sides have
    band_margin: int = 12
    two_pass: bool = True  # re-estimate the length ratio from the first path's 1-1 beads
    ratio_tolerance: float = 0.02  # ... and search again if it moved by more than this (log)
    lexicon_weight: float = 1.0  # weight of the word pairs learnt from the first path (0: none)
    lexicon_dice: float = 0.3  # least Dice coefficient of such a pair
    lexicon_count: int = 2  # least number of 1-1 beads it occurs in
    full_cells: int = 250_000  # search whole matrices up to this many cells


PARAMS = Params()
# With sentence embeddings (constants chosen on the dev splits): 2-3 beads cost less,
# 2-2 beads more, and the lexical term of the second search adds nothing (the dev splits
# lost with it); 1-4 and 4-1 beads (runs of four embedded too) cost less and are searched
# in the first pass; across scripts the embeddings weigh twice as much against lengths.
EMBED_PARAMS = Params(merge22=4.0, merge23=6.0, lexicon_weight=0.0, skip_text=None, merge14=6.0,
                      embed_weight_far=4.0, length_weight_far=0.75)

# Bead types: (segments of A, segments of B). 0-1 is handled by a scan along the row.
_MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (1, 3), (3, 1))
# Plain text (sentences, lines) also has 2-3 and 3-2 beads: a passage re-cut.
_WIDE_MOVES = _MOVES + ((2, 3), (3, 2))
# ... and 1-4 and 4-1 beads: a long sentence cut in four.
_FOUR_MOVES = ((1, 4), (4, 1))
_SPANS = (1, 2, 3, 4)
_LONG_TEXT = 30  # segments a side from which plain text takes `skip_text`
_COMMON_ANCHOR = 64  # an anchor in more segments of B than this pins nothing
_KINDS = ("text", "heading", "list", "table", "code", "frontmatter", "tag", "mixed", "html", "quote", "across")


# Marks a translation keeps in the same sentence, whatever the language: a question, an
# exclamation, a quotation, a parenthesis (each one of these characters), a figure (any
# decimal digit). Each is one bit of a segment's marks.
_MARK_CHARS = ("?？¿", "!！¡", "“”„«»\"「」『』‹›", "(（")
_FIGURE = lazy(r"\p{Nd}")
_FIGURE_BIT = 1 << len(_MARK_CHARS)
_MARK_PAIRS = _FIGURE_BIT << 1  # combinations of bits


@functools.cache
def _mark_pair_costs(params: Params) -> tuple[list[float], list[float]]:
    """For each pair of marks' bits (A's times _MARK_PAIRS plus B's): what the marks one
    side lacks cost, and what those both have earn."""
    costs, earnings = [], []
    for pair in range(_MARK_PAIRS * _MARK_PAIRS):
        bits_a, bits_b = divmod(pair, _MARK_PAIRS)
        costs.append(params.mark_mismatch * float(bin(bits_a ^ bits_b).count("1")))
        earnings.append(params.mark_match * float(bin(bits_a & bits_b).count("1")))
    return costs, earnings


def marks(text: str) -> int:
    """The bits of the marks a text holds (see `_MARK_CHARS`). Each character is looked
    for by `in`: a scan in C, several times cheaper than a pattern's search.

    >>> marks("Wer? 3 Leute!"), marks("Qui ? Trois personnes !"), marks("plain")
    (19, 3, 0)
    """
    bits = 0
    for k, chars in enumerate(_MARK_CHARS):
        if any(char in text for char in chars):
            bits |= 1 << k
    return bits | _FIGURE_BIT if _FIGURE.search(text) else bits


class _Side:
    """One document's segments as arrays: prefix sums of lengths, merged anchors and kinds
    for runs of 1-4 segments ending at each position, and (optionally) embeddings."""

    def __init__(self, profiles: list[Profile], anchor_ids: dict[str, int], weights: np.ndarray,
                 vectors: dict[int, np.ndarray] | None, bits: list[int] | None = None) -> None:
        count = len(profiles)
        self.count = count
        self.prefix = np.zeros(count + 1)
        self.prefix[1:] = np.cumsum([p.length for p in profiles])
        self.length: dict[int, np.ndarray] = {}  # of each run, by its end: prefix[end] - prefix[end - span]
        self.anchor_weight: dict[int, np.ndarray] = {}
        self.kind: dict[int, np.ndarray] = {}
        self.marks: dict[int, np.ndarray] = {}
        bits = np.array(bits if bits is not None else [marks(p.text) if p.text else 0 for p in profiles],
                        dtype=np.int64)
        ids = [sorted(anchor_ids[x] for x in p.anchors if x in anchor_ids) for p in profiles]
        for span in _SPANS:
            self.length[span] = np.zeros(count + 1)
            self.length[span][span:] = self.prefix[span:] - self.prefix[:max(0, count + 1 - span)]
            self.anchor_weight[span] = _run_weights(ids, weights, span)
            self.kind[span] = _run_kinds([p.kind for p in profiles], span)
            ored = np.zeros(count + 1, dtype=np.int64)
            for k in range(span):  # the run ending at `end` holds bits of end-span..end-1
                ored[span:] |= bits[span - 1 - k:count - k] if count >= span else 0
            self.marks[span] = ored
        self.worded = np.array([_WORDED.search(p.text) is not None for p in profiles], dtype=bool)
        self.vectors = vectors
        self.norms: dict[int, np.ndarray] = {}


def _run_weights(ids: list[list[int]], weights: np.ndarray, span: int) -> np.ndarray:
    """For each run of `span` segments, by its end: the weights of the anchors its segments
    hold (their ids, ascending), each anchor once, summed by numpy for all the runs of
    one size at once (a matrix summed along its rows adds each row as its own sum does)."""
    count = len(ids)
    total = np.zeros(count + 1)
    sizes = np.array([len(x) for x in ids], dtype=np.int64)
    if count < span or not sizes.any():
        return total
    flat = np.array([k for x in ids for k in x], dtype=np.int64)
    starts = np.cumsum(sizes) - sizes
    runs = np.arange(count - span + 1)  # run r: segments r..r+span-1
    first = starts[runs]
    taken = starts[runs + span - 1] + sizes[runs + span - 1] - first
    keys = _unique(np.repeat(runs, taken) * len(weights) + flat[_ranges(first, taken)])
    values = weights[keys % len(weights)]
    held = np.bincount(keys // len(weights), minlength=len(runs))
    at = np.cumsum(held) - held
    for size in _unique(held[held > 0]).tolist():
        which = np.flatnonzero(held == size)
        total[which + span] = values[_ranges(at[which], np.full(len(which), size))].reshape(-1, size).sum(axis=1)
    return total


def _unique(values: np.ndarray) -> np.ndarray:
    """The distinct values, ascending, as `np.unique` gives them: by a sort. (numpy 2's
    `unique` without counts goes through a hash table, 50 times slower on half a million
    keys, and imports `numpy.ma` to ask whether the array is masked.)"""
    values = np.sort(values)
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = values[1:] != values[:-1]
    return values[keep]


def _run_kinds(kinds: list[str], span: int) -> np.ndarray:
    """For each run of `span` segments, by its end: the code in `_KINDS` of its merged kind
    (`_merged_kind`), worked out once for each sequence of kinds that occurs."""
    names = sorted(set(kinds))
    index = {kind: k for k, kind in enumerate(names)}
    local = np.array([index[kind] for kind in kinds], dtype=np.int64)
    out = np.zeros(len(kinds) + 1, dtype=np.int64)
    if len(kinds) < span:
        return out
    runs = np.zeros(len(kinds) - span + 1, dtype=np.int64)
    for k in range(span):
        runs = runs * len(names) + local[k:len(kinds) - span + 1 + k]
    found, where = np.unique(runs, return_inverse=True)
    codes = {k: c for c, k in enumerate(_KINDS)}
    merged = []
    for run in found.tolist():
        sequence = []
        for _ in range(span):
            run, last = divmod(run, len(names))
            sequence.append(names[last])
        merged.append(codes.get(_merged_kind(sequence[::-1]) if span > 1 else sequence[0], 0))
    out[span:] = np.array(merged, dtype=np.int64)[where]
    return out


def _kind_table(params: Params) -> list[list[float]]:
    """What pairing a run of one kind (its code in `_KINDS`) with a run of another costs."""
    size = len(_KINDS)
    table = [[float(params.kind_mismatch)] * size for _ in range(size)]
    for code, kind in enumerate(_KINDS):
        table[code][code] = 0.0 if kind in ("text", "mixed") else -params.kind_match
    tag = _KINDS.index("tag")
    for other in range(size):
        table[tag][other] = table[other][tag] = 0.0
    code = _KINDS.index("code")
    for other in range(size):
        if other not in (code, tag):
            table[code][other] = table[other][code] = float(params.code_mismatch)
    # A run that mixes kinds (a heading and the paragraph under it) is no translation of
    # anything: that is how a dropped heading would hide.
    mixed = _KINDS.index("mixed")
    for other in range(size):
        table[mixed][other] = max(table[mixed][other], params.code_mismatch)
    for other in range(size):
        table[other][mixed] = max(table[other][mixed], params.code_mismatch)
    across = _KINDS.index("across")
    for other in range(size):
        table[across][other] = table[other][across] = float(params.across_heading)
    return table


def _ranges(first: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """first[k], first[k] + 1, ... (sizes[k] numbers), for each k in turn, as one array."""
    ends = np.cumsum(sizes)
    return np.arange(ends[-1] if len(ends) else 0) + np.repeat(first - (ends - sizes), sizes)


@dataclass(frozen=True)
class _Frame:
    """Rows r0.. and columns c0.. of pairs (`_Pairs`, `_Lexical`), flat, `width` columns a
    row: the cells a block of bead cells reads, read once for all its moves."""

    r0: int
    c0: int
    width: int
    values: np.ndarray

    @functools.cached_property
    def nonzero(self) -> bool:
        return bool(self.values.any())

    def cells(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Where the cells (i[k], j[k]) are in `values`."""
        return (i - self.r0) * self.width + (j - self.c0)


class _Pairs:
    """Pairs (segment i of A, segment j of B) with a value each, as one sorted array of
    keys i * stride + j: the pairs a block of bead cells holds are read at once, from a
    dense window of the rows and columns those cells reach."""

    def __init__(self, cols: list[list[int]], values: list[float], width: int) -> None:
        self.stride = width + 1
        self.keys = np.array([row * self.stride + col for row, found in enumerate(cols) for col in found],
                             dtype=np.int64)
        self.values = np.array(values, dtype=np.float64)

    def window(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        """Rows r0..r1-1 and columns c0..c1-1 as a matrix: each pair's value, 0 where there is none."""
        starts = np.arange(r0, r1) * self.stride
        first = np.searchsorted(self.keys, starts + c0)
        sizes = np.searchsorted(self.keys, starts + c1) - first
        index = _ranges(first, sizes)
        width = c1 - c0
        flat = self.keys[index] - np.repeat(starts + c0 - np.arange(r1 - r0) * width, sizes)
        return np.bincount(flat, self.values[index], minlength=(r1 - r0) * width).reshape(r1 - r0, width)

    def frame(self, r0: int, r1: int, c0: int, c1: int) -> _Frame:
        """`window` as a `_Frame`. (Each pair is one key: a cell's value is the same in any window.)"""
        return _Frame(r0, c0, c1 - c0, self.window(r0, r1, c0, c1).ravel())

    def shared(self, di: int, dj: int, rows: np.ndarray, starts: np.ndarray, stops: np.ndarray,
               i: np.ndarray, j: np.ndarray, frame: _Frame | None = None) -> np.ndarray:
        """For each cell (i[k], j[k]) of `_CostModel.costs`, the sum of the values of its
        bead's pairs, A[i-di:i] x B[j-dj:j]. Float sums depend on their order: they are
        added row by row and, within a row, by column as the code that went row by row
        added them (descending where the row had more than 8 pairs in its cells' reach,
        one bincount per offset then, ascending otherwise), so that the sums, and the
        paths, stay what they were. `frame` holds at least the rows and columns the
        cells reach (read here without it)."""
        frame = frame or self.frame(int(rows[0]) - di, int(rows[-1]), int(starts.min()) - dj, int(stops.max()))
        if not frame.nonzero:
            return np.zeros(len(i))
        flat = frame.values
        sizes = stops - starts + 1
        cell = np.repeat((rows - frame.r0) * frame.width - frame.c0, sizes) + j  # frame.cells(i, j)
        shared = None
        for u in range(di):
            at = cell + ((u - di) * frame.width - dj)  # the pair (i - di + u, j - dj)
            backwards = None
            if dj > 1:
                keys = (rows - di + u) * self.stride
                reach = np.searchsorted(self.keys, keys + stops) - np.searchsorted(self.keys, keys + starts - dj)
                if (reach > 8).any():
                    backwards = np.repeat(reach > 8, sizes)
            for t in range(dj):
                # flat[t:][at] is flat[at + t]; the first term is the sum (0 + x is x: no value is -0).
                value = flat[t:][at] if backwards is None else flat[at + np.where(backwards, dj - 1 - t, t)]
                if shared is None:
                    shared = value
                else:
                    shared += value
        return shared


class _CostModel:
    """Vectorised bead costs: for the cells of a block of rows, each an A run against a B run."""

    def __init__(self, a: list[Profile], b: list[Profile], params: Params,
                 vectors: tuple[dict[int, np.ndarray], dict[int, np.ndarray]] | None = None,
                 ratio: float | None = None) -> None:
        self.params = params
        frequency = Counter(chain.from_iterable(p.anchors for p in a + b))
        in_b = Counter(chain.from_iterable(p.anchors for p in b))
        anchors = sorted(frequency)
        anchor_ids = {x: k for k, x in enumerate(anchors)}
        # A rare anchor says more than one every other segment has; one in very many
        # segments says nothing.
        weight_of = [0.0 if in_b[x] > _COMMON_ANCHOR else 1.0 / math.sqrt(max(1.0, frequency[x] / 2))
                     for x in anchors]
        # What both searches read, in Python: the numpy search's arrays (`a`, `b`,
        # `pairs`, `kinds`, `mark_costs`) are made from these when it first asks for them,
        # and a short document's search (`pathsearch`) never does.
        self.profiles = a, b
        self.anchor_ids = anchor_ids
        self.weight_of = weight_of
        self.vectors = vectors
        self.ratio = ratio if ratio is not None else length_ratio(a, b)
        self.variance = params.variance
        self.kind_table = _kind_table(params)
        self.prior = {(1, 1): 0.0, (2, 1): params.merge, (1, 2): params.merge, (2, 2): params.merge22,
                      (1, 3): params.merge13, (3, 1): params.merge13,
                      (2, 3): params.merge23, (3, 2): params.merge23,
                      (1, 4): params.merge14, (4, 1): params.merge14}
        # For each segment of A, the segments of B that share an anchor with it and the
        # shared weight, sorted by column. Anchors in very many segments are left out.
        positions: dict[int, list[int]] = {}
        for index, p in enumerate(b):
            for x in p.anchors:
                positions.setdefault(anchor_ids[x], []).append(index)
        pair_cols: list[list[int]] = []
        pair_weights: list[float] = []
        for p in a:
            shared: dict[int, float] = {}
            for x in p.anchors:
                k = anchor_ids[x]
                where = positions.get(k, ())
                if len(where) > _COMMON_ANCHOR:
                    continue
                for col in where:
                    shared[col] = shared.get(col, 0.0) + weight_of[k]
            cols = sorted(shared)
            pair_cols.append(cols)
            pair_weights.extend(shared[c] for c in cols)
        self.pair_cols, self.pair_weights = pair_cols, pair_weights
        self.has_kinds = any(p.kind != "text" for p in a + b)
        # Markup beyond headings (code, lists, tables, front matter): a title line makes a
        # plain-text article have kinds, not structure.
        self.structured = any(p.kind not in ("text", "heading") for p in a + b)
        if not self.structured:
            # a plain text's title lines are guessed (a short line without a full stop): a
            # run past one is as mixed as any
            across, mixed = _KINDS.index("across"), _KINDS.index("mixed")
            table = self.kind_table
            table[across] = list(table[mixed])
            for row in table:
                row[across] = row[mixed]
        # A heading the other version writes as a list item of the same words (``### Open``,
        # ``* Open``): pairs of segments the kinds' table would keep apart.
        self.retitled: dict[int, list[int]] = {}
        if self.structured:
            items = {}
            for j, p in enumerate(b):
                if p.kind in ("heading", "list"):
                    items.setdefault(title_words(p), []).append(j)
            for i, p in enumerate(a):
                found = [j for j in items.get(title_words(p), ()) if heading_as_item(p, b[j])] \
                    if p.kind in ("heading", "list") else []
                if found:
                    self.retitled[i] = found
        self.lexicon: _Lexical | None = None
        self.bits = [marks(p.text) if p.text else 0 for p in a], [marks(p.text) if p.text else 0 for p in b]
        self.marked = bool(params.mark_mismatch or params.mark_match) and (any(self.bits[0]) or any(self.bits[1]))
        # Prefix counts of segments holding inline code the other version never has.
        self.orphans_a = [0.0] * (len(a) + 1)
        self.orphans_b = [0.0] * (len(b) + 1)
        self.moves = _WIDE_MOVES if math.isfinite(params.merge23) and not self.has_kinds else _MOVES
        if vectors and 4 in vectors[0] and math.isfinite(params.merge14) and not self.has_kinds:
            self.moves += _FOUR_MOVES  # with embeddings, which have no second search, in the first

    @functools.cached_property
    def weights(self) -> np.ndarray:
        return np.array(self.weight_of, dtype=np.float64)

    def _side(self, k: int) -> _Side:
        """Version A's (k = 0) or B's tables for the search."""
        side = _Side(self.profiles[k], self.anchor_ids, self.weights, self.vectors[k] if self.vectors else None,
                     self.bits[k])
        if self.vectors:
            side.norms = _random_pair_costs(self.vectors[k], self.vectors[1 - k][1])
        return side

    @functools.cached_property
    def a(self) -> _Side:
        return self._side(0)

    @functools.cached_property
    def b(self) -> _Side:
        return self._side(1)

    @functools.cached_property
    def pairs(self) -> _Pairs:
        return _Pairs(self.pair_cols, self.pair_weights, len(self.profiles[1]))

    @functools.cached_property
    def kinds(self) -> np.ndarray:
        return np.array(self.kind_table, dtype=np.float64)

    @functools.cached_property
    def mark_costs(self) -> tuple[np.ndarray, np.ndarray] | None:
        """What each pair of marks' bits (A's times _MARK_PAIRS plus B's) costs and earns;
        none where neither side has a mark (the coarse search's blocks have no text), where
        every cost would add 0."""
        if not self.marked:
            return None
        costs, earnings = _mark_pair_costs(self.params)
        return np.array(costs, dtype=np.float64), np.array(earnings, dtype=np.float64)

    def skip_costs(self) -> tuple[np.ndarray, np.ndarray]:
        """Cost of leaving each segment of A alone, and the running total of leaving B's
        first j segments alone. A fragment (a short line, OCR debris) is dropped more
        readily than a sentence. In plain text a short line with a word in it ("Deixe um
        comentário", "Fonte e Imagens") is not one: it is text a translation renders, and a
        discount for it decided which of two short titles was the dropped one by their
        lengths alone (the seed pair)."""
        params = self.params

        def side(lengths: np.ndarray, worded: np.ndarray) -> np.ndarray:
            scale = np.minimum(1.0, lengths / params.short)
            if not self.structured:
                scale = np.where(worded, 1.0, scale)
            skip = params.skip_structured if self.structured else params.skip
            return skip - (skip - params.skip_short) * (1.0 - scale)

        costs_a = side(np.diff(self.a.prefix), self.a.worded)
        totals_b = np.zeros(self.b.count + 1)
        totals_b[1:] = np.cumsum(side(np.diff(self.b.prefix), self.b.worded))
        return costs_a, totals_b

    def frames(self, r0: int, r1: int, c0: int, c1: int) -> tuple[_Frame, _Frame | None]:
        """The anchor pairs and the lexicon's pairs of rows r0..r1-1 and columns c0..c1-1."""
        return self.pairs.frame(r0, r1, c0, c1), self.lexicon.frame(r0, r1, c0, c1) if self.lexicon is not None else None

    def costs(self, di: int, dj: int, rows: np.ndarray, starts: np.ndarray, stops: np.ndarray,
              frames: tuple[_Frame, _Frame | None] | None = None) -> np.ndarray:
        """Costs of the beads A[i-di:i] ~ B[j-dj:j] for the cells of several rows at once,
        row i = rows[k] from column starts[k] to stops[k] (inclusive), flat, row after row.
        `frames` (from `frames`) hold the pairs of every cell's bead, for all the moves of a
        block (read for these cells alone without them).

        Many rows in one call: one call per row spent more in numpy's overhead than in
        arithmetic. Every term is the same elementwise operation, in the same order, as
        when it was computed row by row, so the costs do not depend on how the rows are
        grouped.
        """
        params = self.params
        a, b = self.a, self.b
        sizes = stops - starts + 1
        i = np.repeat(rows, sizes)
        j = _ranges(starts, sizes)
        ends = np.cumsum(sizes)
        # What A's run alone decides is worked out once a row and repeated along it.
        length_a = np.repeat(a.length[di][rows] * self.ratio, sizes)
        length_b = b.length[dj][j]
        delta = np.abs(length_b - length_a)
        delta /= np.sqrt((length_a + length_b) * (self.variance / 2) + 1e-9)
        # -log(2 (1 - Phi(delta))), closely: delta^2 / 2 + log(1 + delta sqrt(pi / 2))
        cost = delta * delta
        cost *= 0.5
        cost += np.log1p(delta * 1.2533)
        if params.length_weight != 1.0:
            cost *= params.length_weight
        cost += self.prior[(di, dj)]
        total_a = np.repeat(a.anchor_weight[di][rows], sizes)
        total_b = b.anchor_weight[dj][j]
        cost += params.anchor_penalty * total_b
        shared = self.pairs.shared(di, dj, rows, starts, stops, i, j, frames[0] if frames else None)
        # Where A's run holds no anchor, shared is 0 and these add 0.
        np.minimum(shared, np.minimum(total_a, total_b), out=shared)
        cost += params.anchor_penalty * total_a
        cost -= (2 * params.anchor_penalty + params.anchor_reward) * shared
        if self.structured and params.unshared:
            cost += params.unshared * ((total_a > 0) & (total_b > 0) & (shared == 0))
        if self.has_kinds:
            cost += self.kinds[a.kind[di][i], b.kind[dj][j]]
            if di == 1 and dj == 1:
                for row, cols in self.retitled.items():
                    for col in cols:
                        # the cell (row + 1, col + 1), where its row's columns reach it
                        at = np.searchsorted(rows, row + 1)
                        if at < len(rows) and rows[at] == row + 1 and starts[at] <= col + 1 <= stops[at]:
                            cost[ends[at] - sizes[at] + col + 1 - starts[at]] -= params.kind_mismatch + params.kind_match
        if self.structured and params.orphan_merge and (di > 1 or dj > 1):
            orphans_a, orphans_b = np.asarray(self.orphans_a), np.asarray(self.orphans_b)
            orphans = orphans_b[j] - orphans_b[j - dj] if dj > 1 else 0.0
            if di > 1:
                orphans = orphans + (orphans_a[i] - orphans_a[i - di])
            cost += params.orphan_merge * (np.asarray(orphans) > 0)
        if self.mark_costs is not None:
            pair = np.repeat(a.marks[di][rows] * _MARK_PAIRS, sizes)
            pair += b.marks[dj][j]
            cost += self.mark_costs[0][pair]
            cost -= self.mark_costs[1][pair]
        if self.lexicon is not None:
            cost += params.lexicon_weight * self.lexicon.costs(di, dj, i, j, frames[1] if frames else None)
        if a.vectors is not None:
            # vecalign's cost: 1 - cosine over what the two sides cost against random
            # segments, times the bead's segment product, so a merge gains nothing from
            # counting its distance once where two 1-1 beads count it twice. (One product
            # a row, as before: a product over all the rows at once sums in another order.)
            similarity = np.concatenate([b.vectors[dj][start:stop + 1] @ a.vectors[di][row]
                                         for row, start, stop in zip(rows.tolist(), starts.tolist(), stops.tolist())])
            cost += (params.embed_weight * 2 * di * dj) * (1.0 - similarity) / (a.norms[di][i] + b.norms[dj][j])
        return cost


def length_ratio(a: Sequence[Profile], b: Sequence[Profile]) -> float:
    """B's length over A's, shrunk towards 1 for short documents, where one dropped
    segment would bias it (and a dropped paragraph would then pass for a merge)."""
    total_a = sum(p.length for p in a) or 1
    total_b = sum(p.length for p in b) or 1
    weight = len(a) / (len(a) + 20)
    return math.exp(math.log(total_b / total_a) * weight)


def _random_pair_costs(runs: dict[int, np.ndarray], other: np.ndarray, samples: int = 64) -> dict[int, np.ndarray]:
    """For each run, the mean 1 - cosine against random segments of the other document:
    what an unrelated pair costs for this run."""
    rng = np.random.default_rng(0)
    rows = other[1:]
    if not len(rows):
        return {span: np.ones(len(matrix)) for span, matrix in runs.items()}
    sample = rows[rng.integers(0, len(rows), samples)]
    return {span: np.maximum(1.0 - (matrix @ sample.T).mean(axis=1), 1e-3) for span, matrix in runs.items()}


# Band cells whose bead costs one call computes, per move: enough that numpy's overhead
# per call no longer counts, few enough that memory stays flat.
_BLOCK_CELLS = 1 << 14
# Rows of cheapest costs the search keeps: a bead reaches back four rows at most.
_KEPT_ROWS = 5


def _block_costs(model: _CostModel, first: int, last: int, lo: np.ndarray, hi: np.ndarray,
                 skip_a: np.ndarray) -> np.ndarray:
    """The costs of the beads that end in rows first..last-1: a row of a matrix per move,
    each band cell of those rows in turn (row after row), inf where the move does not
    reach. Leaving A's segment alone costs its skip cost."""
    sizes = hi[first:last] - lo[first:last] + 1
    costs = np.full((len(model.moves), int(sizes.sum())), math.inf)
    cells = {}
    for index, (di, dj) in enumerate(model.moves):
        if di == 0 or last <= di:
            continue
        rows = np.arange(max(first, di), last)
        starts = np.maximum(lo[rows], lo[rows - di] + dj)
        stops = np.minimum(hi[rows], hi[rows - di] + dj)
        keep = starts <= stops
        if keep.any():
            cells[index] = rows[keep], starts[keep], stops[keep]
    # The segments every move's beads take: their pairs are read once for the block.
    reach = [(int(rows[0]) - model.moves[index][0], int(rows[-1]), int(starts.min()) - model.moves[index][1],
              int(stops.max())) for index, (rows, starts, stops) in cells.items() if model.moves[index][1]]
    frames = model.frames(min(r[0] for r in reach), max(r[1] for r in reach), min(r[2] for r in reach),
                          max(r[3] for r in reach)) if reach else None
    row_at = np.cumsum(sizes) - sizes - lo[first:last]  # cell (i, j) is at row_at[i - first] + j
    for index, (rows, starts, stops) in cells.items():
        di, dj = model.moves[index]
        at = _ranges(row_at[rows - first] + starts, stops - starts + 1)
        costs[index, at] = np.repeat(skip_a[rows - 1], stops - starts + 1) if dj == 0 \
            else model.costs(di, dj, rows, starts, stops, frames)
    return costs


def _search(model: _CostModel, n: int, m: int, lo: np.ndarray, hi: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Cheapest path through the band lo[i]..hi[i] of each row; beads as (i0, i1, j0, j1).

    Bead costs are computed for blocks of rows at once (`_block_costs`). The cheapest
    costs of the last rows are kept in a ring, row i at (i % _KEPT_ROWS) * width; each
    row reads, for every move at once, the cells its beads start from (one gather a row,
    not a slice and an addition for each move)."""
    skip_a, skip_b = model.skip_costs()
    inf = math.inf
    sizes = hi - lo + 1
    width = int(sizes.max())
    kept = np.full(_KEPT_ROWS * width, inf)
    columns = np.arange(width)
    back: list[np.ndarray] = []
    ends = np.cumsum(sizes)
    bounds = list(zip(lo.tolist(), hi.tolist()))
    shifts = np.array([[di, dj] for di, dj in model.moves], dtype=np.int64)
    first = 0
    while first <= n:
        done = int(ends[first - 1]) if first else 0
        last = min(n + 1, max(first + 1, int(np.searchsorted(ends, done + _BLOCK_CELLS, side="right"))))
        costs = _block_costs(model, first, last, lo, hi, skip_a)
        # For each row and move, where in the ring the row's first cell's bead starts (a
        # move that does not reach reads any cell: its cost is inf).
        rows = np.arange(first, last)[:, None]
        before = np.maximum(rows - shifts[:, 0], 0)
        origins = (before % _KEPT_ROWS * width + lo[rows] - shifts[:, 1] - lo[before])[:, :, None]
        at = 0
        for i in range(first, last):
            left, right = bounds[i]
            count = right - left + 1
            # One row of candidates a move: the cheapest wins, the first move on a tie.
            candidates = kept.take(origins[i - first] + columns[:count], mode="clip")
            candidates += costs[:, at:at + count]
            at += count
            # Where no bead ends (the start, outside every move's reach) the cost is inf and
            # the move is never read: the path keeps to cells of finite cost.
            move = candidates.argmin(axis=0).astype(np.int8)
            best = candidates.min(axis=0)
            if i == 0 and left == 0:
                best[0] = 0.0
            # 0-1 beads run along the row: best[j] = min(best[j], best[j-1] + skip).
            steps = skip_b[left:right + 1]  # cost of leaving B[0:j] alone, for j in the row
            scanned = np.minimum.accumulate(best - steps) + steps
            # (x - s) + s need not give x back: compare with a tolerance, and never at the edge.
            from_left = scanned < best - 1e-9 * (1.0 + np.abs(scanned))
            from_left[0] = False
            if from_left.any():
                best = np.where(from_left, scanned, best)
                move[from_left] = _MOVES.index((0, 1))
            start = i % _KEPT_ROWS * width
            kept[start:start + count] = best
            back.append(move)
        first = last
    if kept[n % _KEPT_ROWS * width + m - int(lo[n])] == inf:
        raise RuntimeError("alignment band lost the path")  # cannot happen: the band is connected
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        di, dj = model.moves[int(back[i][j - int(lo[i])])]
        beads.append((i - di, i, j - dj, j))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


# Bead cells (a matrix's cells times the moves) the search in Python (`pathsearch`) takes
# on, measured on the fixtures' pages: it spends about 1.9 µs a bead cell, numpy's
# search 5-15 ms a page and importing numpy 0.10 s of CPU. Up to `_PLAIN_CELLS` Python is
# as fast as numpy's search itself; beyond, it is used until the bead cells it searched
# in this process would cost about what importing numpy does (`_PLAIN_BUDGET`): a short
# check never imports numpy, and a long one loses at most that much before it does.
_PLAIN_CELLS = 3_000
_PLAIN_BUDGET = 50_000
_plain_spent = [0]  # bead cells searched in Python while numpy was not imported


def _search_whole(model: _CostModel, n: int, m: int) -> list[tuple[int, int, int, int]]:
    """`_search` over the whole matrix; in Python where it costs less and the cost model
    has no embeddings or lexicon (`pathsearch`: the same path, the same costs)."""
    cells = (n + 1) * (m + 1) * len(model.moves)
    if model.vectors is None and model.lexicon is None:
        cheap = cells <= _PLAIN_CELLS
        if not cheap and "numpy" not in sys.modules and _plain_spent[0] + cells <= _PLAIN_BUDGET:
            _plain_spent[0] += cells
            cheap = True
        if cheap:
            from xlcheck.pathsearch import search

            return search(model, n, m)
    return _search(model, n, m, np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64))


def _band(n: int, m: int, coarse: list[tuple[int, int, int, int]], block: int, margin: int) -> tuple[
        np.ndarray, np.ndarray]:
    """Column bounds for each fine row: the coarse path's cells, widened by `margin`."""
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for i0, i1, j0, j1 in coarse:
        r0, r1 = min(n, i0 * block), min(n, i1 * block)
        c0, c1 = min(m, j0 * block), min(m, j1 * block)
        rows = slice(max(0, r0 - margin), min(n, r1 + margin) + 1)
        lo[rows] = np.minimum(lo[rows], max(0, c0 - margin))
        hi[rows] = np.maximum(hi[rows], min(m, c1 + margin))
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0] = 0
    hi[n] = m
    hi = np.maximum(hi, lo)
    return lo, hi


def _blocks(profiles: list[Profile], block: int) -> list[Profile]:
    return [Profile(frozenset().union(*(p.anchors for p in profiles[k:k + block])),
                    sum(p.length for p in profiles[k:k + block]), "text")
            for k in range(0, len(profiles), block)]


def _block_vectors(vectors: dict[int, np.ndarray], count: int, block: int) -> dict[int, np.ndarray]:
    singles = vectors[1][1:count + 1]
    means = np.add.reduceat(singles, np.arange(0, count, block), axis=0)
    means /= np.linalg.norm(means, axis=1, keepdims=True) + 1e-9
    out = {1: np.vstack([np.zeros((1, singles.shape[1]), dtype=singles.dtype), means])}
    for span in vectors:
        out[span] = out[1]  # merges of blocks are scored by the single block vectors
    return out


def _align(a: list[Profile], b: list[Profile], params: Params,
           vectors: tuple[dict[int, np.ndarray], dict[int, np.ndarray]] | None,
           ratio: float | None = None, model: _CostModel | None = None) -> list[tuple[int, int, int, int]]:
    n, m = len(a), len(b)
    model = model or _CostModel(a, b, params, vectors, ratio)
    if (n + 1) * (m + 1) <= params.full_cells:
        return _search_whole(model, n, m)
    block = max(2, math.ceil(max(n, m) / math.sqrt(params.full_cells)))
    coarse_vectors = None
    if vectors:
        coarse_vectors = (_block_vectors(vectors[0], n, block), _block_vectors(vectors[1], m, block))
    coarse_params = Params(**{**params.__dict__, "skip": params.skip * math.sqrt(block)})
    coarse = _align(_blocks(a, block), _blocks(b, block), coarse_params, coarse_vectors, model.ratio)
    lo, hi = _band(n, m, coarse, block, max(params.band_margin, block))
    return _search(model, n, m, lo, hi)


def run_vectors(profiles: list[Profile], encoder: Encoder, spans: Sequence[int] = (1, 2, 3)) -> dict[int, np.ndarray]:
    """Embeddings of each run of 1-3 segments (or `spans`), indexed by the run's end (row 0 unused)."""
    texts = [p.text for p in profiles]
    out: dict[int, np.ndarray] = {}
    for span in spans:
        runs = [" ".join(texts[end - span:end]) for end in range(span, len(texts) + 1)]
        encoded = encoder.encode(runs) if runs else np.zeros((0, 1), dtype=np.float32)
        width = encoded.shape[1] if encoded.size else 1
        matrix = np.zeros((len(texts) + 1, width), dtype=np.float32)
        if runs:
            matrix[span:] = encoded
        out[span] = matrix
    width = max(matrix.shape[1] for matrix in out.values())
    return {span: (matrix if matrix.shape[1] == width else np.zeros((len(texts) + 1, width), dtype=np.float32))
            for span, matrix in out.items()}


def align_profiles(a: list[Profile], b: list[Profile], band: int | None = None, encoder: Encoder | None = None,
                   params: Params | None = None, ratio: float | None = None) -> Alignment:
    """The cheapest monotonic alignment of two profile lists.

    `band` widens the fine search around the coarse path (segments on each side);
    `encoder` adds the embedding term; `ratio` is B's length over A's where the caller
    knows it better than these segments tell (sentences of one paragraph pair).
    """
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        beads = tuple(Bead((i,), (), None) for i in range(n)) + tuple(Bead((), (j,), None) for j in range(m))
        return Alignment(beads, 0.0)
    orphans = _orphans(a, b), _orphans(b, a)
    raw = a, b
    a, b = shared_anchors(a, b)
    params = params or (EMBED_PARAMS if encoder is not None else PARAMS)
    if any(p.kind != "text" for p in a + b):
        # Documents with structure keep the paragraph constants, in the coarse search too.
        params = Params(**{**params.__dict__, "merge14": math.inf})
    elif params.skip_text is not None and min(n, m) >= _LONG_TEXT:
        params = Params(**{**params.__dict__, "skip": params.skip_text})
    if band is not None:
        params = Params(**{**params.__dict__, "band_margin": band})
    spans = _SPANS if math.isfinite(params.merge14) else (1, 2, 3)
    vectors = (run_vectors(a, encoder, spans), run_vectors(b, encoder, spans)) if encoder is not None else None
    ratio = ratio if ratio is not None else length_ratio(a, b)
    far = distant(" ".join(p.text for p in a[:40]), " ".join(p.text for p in b[:40]))
    if far and (params.mark_mismatch or params.mark_match):
        # Marks were weighed on versions in one script; across scripts figures, quotation
        # marks and brackets are written differently (九二共识 = "1992 Consensus").
        params = Params(**{**params.__dict__, "mark_mismatch": 0.0, "mark_match": 0.0})
    if far and encoder is not None and params.embed_weight_far is not None:
        params = Params(**{**params.__dict__, "embed_weight": params.embed_weight_far,
                           "length_weight": params.length_weight_far or params.length_weight})
    model = _CostModel(a, b, params, vectors, ratio)
    model.orphans_a, model.orphans_b = orphans
    path = _align(a, b, params, vectors, ratio, model)
    # Documents with structure (headings, code, lists) are left as they are: their kinds
    # pin the path, and code, which is not translated, skews the 1-1 beads' ratio
    # (the paragraph gold lost recall with a second pass).
    estimate = _length_ratio_of(a, b, path) if params.two_pass and not model.has_kinds else None
    moved = estimate is not None and abs(math.log(estimate / ratio)) > params.ratio_tolerance
    # Plain text only: word pairs the first path's 1-1 beads show far more often than
    # chance become anchors of the second search (hunalign's realign).
    words = None
    if estimate is not None and params.lexicon_weight:
        words = [_words(p.text) for p in a], [_words(p.text) for p in b]  # once, for both
    lexicon = learn_lexicon(a, b, path, params, words) if words else {}
    if moved or lexicon:
        # Second pass with the ratio the first path's 1-1 beads show, in a band around
        # that path: a few beads move, the search costs a fraction of the first.
        ratio = estimate if moved else ratio
        if lexicon:
            model.lexicon = _Lexical(a, b, lexicon, words)
        model.ratio = ratio
        if math.isfinite(params.merge14) and vectors is None:
            # 1-4 and 4-1 beads in the second search only: it is the one that decides,
            # and the first, over the wider band, stays as fast as it was.
            model.moves = model.moves + _FOUR_MOVES
        if (n + 1) * (m + 1) <= params.full_cells:
            path = _search_whole(model, n, m)
        else:
            path = _search(model, n, m, *_band(n, m, path, 1, params.band_margin))
    if model.structured or sum(p.kind == "heading" for p in a + b) > 2:
        # Pages (markup, or sections), not a plain-text article with its title line: there
        # a paragraph replaced by another text is the drift to report, not a pair to make.
        path = _headings_by_their_bodies(a, b, _pairs_slid(a, b, path, ratio))
        path = _fold_directives(a, b, _fold_lead_ins(a, b, _pair_lone_skips(a, b, path, ratio, raw)))
        path = _pair_lone_skips(a, b, path, ratio, raw)  # skips a folded tip no longer stands between
        path = _merges_split_by_skips(a, b, path, ratio, raw)
        path = _headings_replaced(a, b, path, raw)
        path = _sections_replaced(a, b, path, raw, ratio)
        path = _listings_rewrapped(a, b, _strangers_split(a, b, _strangers_apart(a, b, path, raw, ratio), raw))
        path = _lead_ins_glued_to_lists(a, b, _lead_ins_from_headings(a, b, path))
        path = _fold_list_items(raw[0], raw[1], _join_broken_sentences(raw[0], raw[1], path))
    lengths = [p.length for p in a], [p.length for p in b]
    values = [_values(p) for p in raw[0]], [_values(p) for p in raw[1]]
    in_step = far and not model.structured and follows_in_step(*lengths, *values)
    if in_step and follows_in_step(*lengths, *values, IN_STEP_WORST):
        # Paragraph for paragraph at a steady length ratio across scripts: the n-th is the
        # n-th, where anchors are too few for the search to be sure.
        path = [(i, i + 1, i, i + 1) for i in range(n)]
    beads = []
    for i0, i1, j0, j1 in path:
        score = bead_score(_merge(a[i0:i1]), _merge(b[j0:j1]), ratio) if i1 > i0 and j1 > j0 else None
        beads.append(Bead(tuple(range(i0, i1)), tuple(range(j0, j1)), score))
    score = mean_score(beads)
    verdict = None
    if far:
        verdict = follows_paragraphs(beads, *lengths, score) or (in_step and score >= MIN_SCORE)
    elif score < TRANSLATION_THRESHOLD and (pairs_closely(beads, *lengths, score)
                                            or follows_in_one_script(beads, *lengths, *values, score)):
        verdict = True  # one script: the score decides, unless the paragraphs pair closely
    if verdict is False or (verdict is None and score < TRANSLATION_THRESHOLD):
        anchors = [neutral_anchors(p) for p in raw[0]], [neutral_anchors(p) for p in raw[1]]
        if (keeps_anchors(*anchors)
                or _pairs_but_for_its_ends(beads)
                or _pairs_but_for_a_last_section(beads, a, b)
                or keeps_title_and_listings(_title_names(raw[0]), _title_names(raw[1]),
                                            [p.text for p in raw[0] if p.kind == "code"],
                                            [p.text for p in raw[1] if p.kind == "code"])):
            verdict = True  # a translation the source left behind by whole sections
        elif score >= MIN_SCORE and _sections(raw[0]) and _sections(raw[1]) and keeps_anchors_in_order(*anchors):
            verdict = True  # a page rewritten around the sections its translation kept
    return Alignment(tuple(beads), score, verdict)


def _sections(page: list[Profile]) -> bool:
    """Whether a version is a page of sections (headings), not a plain-text article."""
    return sum(p.kind == "heading" for p in page) >= 2


def _title_names(page: list[Profile]) -> frozenset[str]:
    """The names a page's title holds (capitalised words, initialisms, identifiers; not
    the initials of a run of words), when the page opens with a heading.

    >>> sorted(_title_names([profile(Segment(1, 0, 0, 1, 1, "# Collect Trace with Zipkin", kind="heading"))]))
    ['w:collect', 'w:trace', 'w:zipkin']
    """
    if not page or page[0].kind != "heading":
        return frozenset()
    return frozenset(chain.from_iterable(map(_word_anchors, _WORD.findall(page[0].text))))


# A run of segments only one version has, at a page's start or end, long enough to be a
# section (one the source moved to a page of its own, the translation still has).
MIN_END_SECTION = 3


def _pairs_but_for_its_ends(beads: list[Bead]) -> bool:
    """Whether the versions pair surely (SURE_SCORE) once a section only one of them has
    at the start or the end of the page is left out: the mean score counts its segments
    as 0 and would call the page no translation."""
    lo, hi = 0, len(beads)
    while lo < hi and not (beads[lo].a and beads[lo].b):
        lo += 1
    while hi > lo and not (beads[hi - 1].a and beads[hi - 1].b):
        hi -= 1
    cut = sum(len(b.a) + len(b.b) for b in beads[:lo] + beads[hi:])
    return cut >= MIN_END_SECTION and hi - lo >= MIN_END_SECTION and mean_score(beads[lo:hi]) >= SURE_SCORE


def _pairs_but_for_a_last_section(beads: list[Bead], a: list[Profile], b: list[Profile]) -> bool:
    """Whether the versions pair surely once a last section only one of them has (from a
    heading to the page's end) is left out, and then what only the other has at its ends:
    a stale translation whose source dropped a section and added another at its end, the
    pages pairing from their first segment on (their titles). The search pairs the two ends' paragraphs with each other, weakly (under MIN_SCORE), so
    neither end is a run of skips. The section's segments must pair with nothing
    surely, and no bead may hold both the section and what comes before it."""
    for side, page in enumerate((a, b)):
        for start in (h for h, p in enumerate(page) if p.kind == "heading" and h > 0):
            rest = _without_section(beads, side, start)
            if rest is not None:
                return bool(rest[0].a and rest[0].b) and _pairs_but_for_its_ends(rest)
    return False


def _without_section(beads: list[Bead], side: int, start: int) -> list[Bead] | None:
    """The beads with the segments of one version (`side`) from `start` on left out, or
    None when one of them pairs at MIN_SCORE or more, or shares a bead with one before."""
    out = []
    for bead in beads:
        own, other = (bead.a, bead.b) if side == 0 else (bead.b, bead.a)
        kept = tuple(i for i in own if i < start)
        if len(kept) < len(own) and (kept or (other and (bead.score or 0.0) >= MIN_SCORE)):
            return None
        if kept or other:
            pair = (kept, other) if side == 0 else (other, kept)
            out.append(Bead(*pair, bead.score if kept and other else None))
    return out


# Anchors no language changes: numbers of two digits or more, URLs, code spans, and
# words holding a digit, an underscore, a dot or a slash (not a capitalised word, which
# a translation into another script does not keep, nor "e.g").
_NEUTRAL_ANCHOR = lazy(r"n:\d{2,}|url:.+|markup:`.+|w:(?=.*[\d_./]).{4,}")


def neutral_anchors(p: Profile) -> frozenset[str]:
    """The anchors of a segment that a translation into any language keeps as they are.

    >>> sorted(neutral_anchors(profile(Segment(1, 0, 0, 1, 1, "Set `APISIX_PROFILE` to e.g. Prod, port 80"))))
    ['n:80', 'w:apisix_profile']
    """
    return frozenset(anchor for anchor in p.anchors if _NEUTRAL_ANCHOR.fullmatch(anchor))


_PAIRABLE_KINDS = frozenset({"text", "list", "quote"})


def _value_anchors(p: Profile) -> frozenset[str]:
    return frozenset(x for x in p.anchors if not x.startswith((*_WORD_ANCHORS, "markup:h")))


def _strangers_split(a: list[Profile], b: list[Profile], path: list[tuple[int, int, int, int]],
                     raw: tuple[list[Profile], list[Profile]]) -> list[tuple[int, int, int, int]]:
    """A paragraph of prose at the end of a merge (two paragraphs of a tip paired with the
    other version's one) that holds values, none of which the other side of the pair has
    (``Also note that `--changed` applies to both…``): the paragraph the other version
    lacks, left alone, so that it is reported as one. (A lead-in, "Test with `curl`:", is
    the code's, not the pair's.)"""
    out = []
    for bead in path:
        i0, i1, j0, j1 = bead
        for side, (s0, s1, t0, t1), mine in ((0, (i0, i1, j0, j1), a), (1, (j0, j1, i0, i1), b)):
            if s1 - s0 < 2 or t1 - t0 != 1:
                continue
            other = frozenset().union(*(_value_anchors(raw[1 - side][t]) for t in range(t0, t1)))
            last = mine[s1 - 1]
            theirs = " ".join(raw[1 - side][t].text for t in range(t0, t1))
            values = {x for x in _value_anchors(raw[side][s1 - 1]) if not _written_plain(x, theirs)}
            lead_in = _LEAD_IN_END.search(last.text) and not last.text.rstrip().endswith("::")  # (not a tip's ":::")
            if last.kind == "text" and not lead_in and values and not values & other \
                    and other and all(
                    _value_anchors(raw[side][s]) & other or not _value_anchors(raw[side][s])
                    for s in range(s0, s1 - 1)):
                if side == 0:
                    out.extend([(i0, i1 - 1, j0, j1), (i1 - 1, i1, j1, j1)])
                else:
                    out.extend([(i0, i1, j0, j1 - 1), (i1, i1, j1 - 1, j1)])
                break
        else:
            out.append(bead)
    return out


def _strangers_apart(a: list[Profile], b: list[Profile], path: list[tuple[int, int, int, int]],
                     raw: tuple[list[Profile], list[Profile]], ratio: float) -> list[tuple[int, int, int, int]]:
    """Two paragraphs of prose or more merged with one of the other version that score as
    no translation (under STRANGERS), each holding values and none of them a value of the
    other side (``…unavailable after 5 minutes`` and ``…every 30s`` against ``需要设置 3
    个注释``): paragraphs each version has alone, where a page's ends were rewritten, left
    apart so that each is reported as the paragraph it is."""
    out = []
    for bead in path:
        i0, i1, j0, j1 = bead
        sizes = sorted((i1 - i0, j1 - j0))
        if sizes[0] == 1 and sizes[1] >= 2 \
                and all(p.kind == "text" for p in a[i0:i1] + b[j0:j1]) \
                and bead_score(_merge(a[i0:i1]), _merge(b[j0:j1]), ratio) < STRANGERS:
            mine = [_value_anchors(raw[0][x]) for x in range(i0, i1)]
            theirs = [_value_anchors(raw[1][y]) for y in range(j0, j1)]
            if all(mine) and all(theirs) and not frozenset().union(*mine) & frozenset().union(*theirs):
                out.extend((x, x + 1, j0, j0) for x in range(i0, i1))
                out.extend((i1, i1, y, y + 1) for y in range(j0, j1))
                continue
        out.append(bead)
    return out


# A code span's anchor (see `profile`): ``markup:`source` ``.
_CODE_ANCHOR = lazy(r"markup:`([^`]++)`")


def _written_plain(anchor: str, text: str) -> bool:
    """Whether a code span's anchor names a word that a text writes plain ("If you don't
    config source" for `source`): the same word, marked as code by one version only.

    >>> _written_plain("markup:`source`", "If you don't config source, it is read"), _written_plain("markup:`_id`", "the id")
    (True, False)
    """
    code = _CODE_ANCHOR.fullmatch(anchor)
    return code is not None and regex.search(rf"(?<![\w`]){regex.escape(code.group(1))}(?![\w`])", text) is not None


def _headings_replaced(a: list[Profile], b: list[Profile], path: list[tuple[int, int, int, int]],
                       raw: tuple[list[Profile], list[Profile]]) -> list[tuple[int, int, int, int]]:
    """Two headings in one script paired, that share nothing but their level and of which
    one holds a number the other lacks (``#### Using Biome globally`` / ``#### Helix
    23.10``): a section the source replaced, not a heading translated. Each is left alone,
    so that both are reported as the paragraphs they are."""
    out = []
    for bead in path:
        i0, i1, j0, j1 = bead
        if i1 - i0 == 1 and j1 - j0 == 1 and a[i0].kind == b[j0].kind == "heading" \
                and main_script(a[i0].text) == main_script(b[j0].text) == "latin":
            # (a word glued to a number, "Top10 CPU进程", shares its parts: `_unglued`)
            mine = {x for x in _unglued(raw[0][i0]) if not x.startswith(("markup:h", KEPT))}
            theirs = {x for x in _unglued(raw[1][j0]) if not x.startswith(("markup:h", KEPT))}
            if mine and theirs and not mine & theirs and any(x.startswith("n:") for x in mine ^ theirs):
                out.extend([(i0, i1, j0, j0), (i1, i1, j0, j1)])
                continue
        out.append(bead)
    return out


def _sections_replaced(a: list[Profile], b: list[Profile], path: list[tuple[int, int, int, int]],
                       raw: tuple[list[Profile], list[Profile]], ratio: float) -> list[tuple[int, int, int, int]]:
    """Two headings in Latin script that share no word nor spelling (no four letters in a
    row), each followed by prose that pairs poorly (under
    STRANGERS) and holds values the other lacks (``### Configuring JSX`` and its list of
    links to the tsconfig reference against ``## Factory Function`` and a paragraph on
    ``jsxFactory`` and the ``@jsx`` pragma): a section the source replaced by another, not
    one translated. The headings and the prose under them are left alone, so that each is
    reported as the paragraph it is."""
    out = []
    k = 0
    while k < len(path):
        bead = path[k]
        body = path[k + 1] if k + 1 < len(path) else None
        i0, i1, j0, j1 = bead
        if body is not None and i1 - i0 == 1 and j1 - j0 == 1 and a[i0].kind == b[j0].kind == "heading" \
                and main_script(a[i0].text) == main_script(b[j0].text) == "latin" \
                and not {x for x in raw[0][i0].anchors & raw[1][j0].anchors if not x.startswith("markup:h")} \
                and not ngram_f(char_ngrams(title_words(a[i0])), char_ngrams(title_words(b[j0]))) \
                and body[1] > body[0] and body[3] > body[2]:
            pa, pb = _merge(a[body[0]:body[1]]), _merge(b[body[2]:body[3]])
            anchors_a = frozenset().union(*(raw[0][x].anchors for x in range(body[0], body[1])))
            anchors_b = frozenset().union(*(raw[1][y].anchors for y in range(body[2], body[3])))
            if bead_score(pa, pb, ratio) < STRANGERS and _told_apart(anchors_a, anchors_b):
                out.extend([(i0, i1, j0, j0), (i1, i1, j0, j1)])
                out.extend((x, x + 1, body[2], body[2]) for x in range(body[0], body[1]))
                out.extend((body[1], body[1], y, y + 1) for y in range(body[2], body[3]))
                k += 2
                continue
        out.append(bead)
        k += 1
    return out


# The kinds of a code block's frame: an element that wraps it (``<Listing …>``,
# ``</Listing>``) or a line of markup that names or captions it (``<span class="caption">``).
_FRAME_KINDS = frozenset({"tag", "html"})


def _listings_rewrapped(a: list[Profile], b: list[Profile],
                        path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """One code block framed in markup that each version writes its own way: mdBook's
    ``<Listing number=… file-name=… caption=…>`` element around it, where an older text
    puts ``<span class="filename">`` before it and ``<span class="caption">`` after it. A
    code block whose text one version includes (``{{#include …}}``) and the other pastes
    shares nothing to pair by, so the search pairs the frames across it, or merges a
    closing tag with the paragraph after it. In a run of beads of nothing but such frames
    and one code block on each side (with the frames the pairs either side begin or end
    with), the code blocks are each other's, the frames before them pair, and so do those
    after them. (Two code blocks alone, unframed, are left as the search found them: one
    version's output replaced by another's.)"""
    out = list(path)
    k = 0
    while k < len(out):
        n = k
        while n < len(out) and _framing(a, b, out[n]):
            n += 1
        if n == k:
            k += 1
            continue
        before = _frames_peeled(a, b, out[k - 1], last=True) if k else None
        after = _frames_peeled(a, b, out[n], last=False) if n < len(out) else None
        run = [*(before[:1] if before else ()), *out[k:n], *(after[:1] if after else ())]
        i0, i1, j0, j1 = run[0][0], run[-1][1], run[0][2], run[-1][3]
        code_a = [x for x in range(i0, i1) if a[x].kind == "code"]
        code_b = [y for y in range(j0, j1) if b[y].kind == "code"]
        framed = any(a[x].kind in _FRAME_KINDS for x in range(i0, i1)) or any(b[y].kind in _FRAME_KINDS for y in range(j0, j1))
        if len(code_a) == len(code_b) == 1 and len(run) > 1 and framed:
            x, y = code_a[0], code_b[0]
            beads = []
            for p0, p1, q0, q1 in ((i0, x, j0, y), (x, x + 1, y, y + 1), (x + 1, i1, y + 1, j1)):
                if p1 > p0 and q1 > q0:
                    beads.append((p0, p1, q0, q1))
                else:
                    beads.extend((p, p + 1, q0, q0) for p in range(p0, p1))
                    beads.extend((p1, p1, q, q + 1) for q in range(q0, q1))
            first, last = (k - 1 if before else k), (n + 1 if after else n)
            out[first:last] = [*(before[1:] if before else ()), *beads, *(after[1:] if after else ())]
            k = first + len(beads) + (1 if before else 0)
        else:
            k = n
    return out


def _framing(a: list[Profile], b: list[Profile], bead: tuple[int, int, int, int]) -> bool:
    """Whether every segment of a bead is a code block or a frame of one."""
    i0, i1, j0, j1 = bead
    return all(a[x].kind in _FRAME_KINDS | {"code"} for x in range(i0, i1)) \
        and all(b[y].kind in _FRAME_KINDS | {"code"} for y in range(j0, j1))


def _frames_peeled(a: list[Profile], b: list[Profile], bead: tuple[int, int, int, int],
                   last: bool) -> tuple[tuple[int, int, int, int], tuple[int, int, int, int]] | None:
    """A pair's bare tags at its end (`last`) or start, and the pair without them, or None:
    ``</Listing>`` merged with the paragraph after it."""
    i0, i1, j0, j1 = bead
    if i1 == i0 or j1 == j0:
        return None
    if last:
        x, y = i1, j1
        while x > i0 + 1 and a[x - 1].kind == "tag":
            x -= 1
        while y > j0 + 1 and b[y - 1].kind == "tag":
            y -= 1
        return ((x, i1, y, j1), (i0, x, j0, y)) if (x, y) != (i1, j1) else None
    x, y = i0, j0
    while x < i1 - 1 and a[x].kind == "tag":
        x += 1
    while y < j1 - 1 and b[y].kind == "tag":
        y += 1
    return ((i0, x, j0, y), (x, i1, y, j1)) if (x, y) != (i0, j0) else None


_LINK_DEFINITION_LINE = lazy(r"[ \t]{0,3}\[([^\]\n]++)\]:[ \t]*+\S[^\n]*+")


def definitions_only(text: str) -> bool:
    """Whether a paragraph is nothing but link definitions.

    >>> definitions_only("[meetup]: https://www.meetup.com/topics/ruby/" + chr(10) + "[onruby]: https://www.onruby.eu/")
    True
    >>> definitions_only("See [meetup] for more.")
    False
    """
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(_LINK_DEFINITION_LINE.fullmatch(line) for line in lines)


def _pair_lone_skips(a: list[Profile], b: list[Profile], path: list[tuple[int, int, int, int]],
                     ratio: float, raw: tuple[list[Profile], list[Profile]]) -> list[tuple[int, int, int, int]]:
    """A page's paragraph one version rewrote (a list written as one paragraph, a
    paragraph reworded at length) is left unpaired on both sides when a skip costs less
    than the poor pair: where the gap between two pairs holds exactly one paragraph of
    each version, of one kind of prose, of lengths a translation can have and with no
    anchors that tell them apart, they are each other's counterpart. `raw` are the
    profiles with every anchor, those only one document has included.
    """
    out = list(path)
    k = 0
    while k + 1 < len(out):
        first, second = out[k], out[k + 1]
        skips = [bead for bead in (first, second) if (bead[1] - bead[0]) + (bead[3] - bead[2]) == 1]
        before = out[k - 1] if k else None
        after = out[k + 2] if k + 2 < len(out) else None
        lone = all(bead is None or (bead[1] > bead[0] and bead[3] > bead[2]) for bead in (before, after))
        if len(skips) == 2 and lone and (first[1] > first[0]) != (second[1] > second[0]):
            i = first[0] if first[1] > first[0] else second[0]
            j = first[2] if first[3] > first[2] else second[2]
            pa, pb = a[i], b[j]
            gap_a, gap_b = _gap_anchors(raw, i, j)
            anchored = pa.anchors and pb.anchors and not pa.anchors & pb.anchors
            share = pb.length / max(pa.length, 1) / max(ratio, 1e-6)
            # Two blocks of link definitions are each page's list of links, whatever
            # links each holds: a link defined for text one version lacks went with it.
            if (_prose_kinds(pa, pb) and not anchored and 1 / 4 <= share <= 4 and not _told_apart(gap_a, gap_b)) \
                    or (definitions_only(pa.text) and definitions_only(pb.text)) \
                    or _one_heading(raw[0][i], raw[1][j]):
                out[k:k + 2] = [(i, i + 1, j, j + 1)]
        k += 1
    return out


# Anchors of inline typography (``Apache ECharts<sup>TM</sup>``): a translator's choice
# (the tags of emphasis and type of `extract.markup.INLINE_TAGS`).
_TYPOGRAPHY = frozenset(f"markup:<{tag}>" for tag in ("b", "i", "em", "strong", "u", "small", "mark", "sup", "sub",
                                                       "s", "span", "br", "wbr", "center"))


def _gap_anchors(raw: tuple[list[Profile], list[Profile]], i: int, j: int) -> tuple[frozenset[str], frozenset[str]]:
    """The anchors of paragraph i of A and j of B, each alone in a gap between two pairs,
    that may tell them apart: all but inline typography (``Apache ECharts<sup>TM</sup>``
    where the Chinese writes no trademark)."""
    return raw[0][i].anchors - _TYPOGRAPHY, raw[1][j].anchors - _TYPOGRAPHY


def _one_heading(pa: Profile, pb: Profile) -> bool:
    """Whether two headings of one level, each alone where the other stands, are one
    heading reworded: they share a word ("## Install Stargz Snapshotter for containerd
    with Systemd" / "## containerd 集成 Stargz") and no anchor tells them apart. A word a
    Chinese or Japanese heading glues to a number or to its own script ("Top10 CPU进程"
    for "Top 10 CPU Processes") is read as the words and the number it is made of."""
    if pa.kind != pb.kind or pa.kind != "heading":
        return False
    anchors_a, anchors_b = _unglued(pa), _unglued(pb)
    shared = anchors_a & anchors_b
    return any(x.startswith("markup:h") for x in shared) and any(x.startswith(("w:", "i:")) for x in shared) \
        and not _told_apart(anchors_a, anchors_b)


# A run of Latin letters glued to digits or to Han or kana ("Top10", "CPU进程"), and the
# seams to part them at.
_GLUED = lazy(r"[A-Za-z]++(?=[\p{Nd}\p{Han}\p{Hiragana}\p{Katakana}])|(?<=[\p{Han}\p{Hiragana}\p{Katakana}])[A-Za-z]")
_SEAM = lazy(r"(?<=[A-Za-z])(?=[\p{Nd}\p{Han}\p{Hiragana}\p{Katakana}])|(?<=[\p{Han}\p{Hiragana}\p{Katakana}])(?=[A-Za-z])")


def _unglued(p: Profile) -> frozenset[str]:
    """A heading's anchors with those of its glued words taken apart: "Top10 CPU进程"
    anchors ``top``, ``10`` and ``cpu`` as "Top 10 CPU Processes" does, not ``top10``
    and ``cpu进程``, words no other version writes. A heading with nothing glued keeps
    its anchors.

    >>> sorted(x for x in _unglued(Profile(frozenset(), 1, "heading", "## Top10 CPU进程")) if x[0] in "ni")
    ['i:cp', 'i:cpu', 'n:10']
    """
    if not _GLUED.search(p.text):
        return p.anchors
    return (p.anchors - token_anchors(p.text)) | frozenset(token_anchors(_SEAM.sub(" ", p.text)))


def _prose_kinds(pa: Profile, pb: Profile) -> bool:
    """Whether two paragraphs are prose of one kind, a line taken for a plain-text title
    (no heading's mark) counting as text: its translation may wrap it onto two lines
    ("Changelog-Data-Capture Format Format: Serialization Schema…" / "变更数据捕获格式:" and
    "序列化模式、反序列化模式" under it), which no longer reads as a title."""
    if pa.kind == pb.kind:
        return pa.kind in _PAIRABLE_KINDS
    title, text = (pa, pb) if pa.kind == "heading" else (pb, pa)
    return title.kind == "heading" and text.kind == "text" and not _HEADING_MARK.match(title.text) \
        and "\n" in text.text.strip() and "\n" not in title.text.strip()


# A Markdown heading's mark, or a setext heading's underline.
_HEADING_MARK = lazy(r"[ \t]*+#{1,6}[ \t]|[^\n]*+\n[ \t]*+(?:=+|-+)[ \t]*+$")


# A pair of paragraphs scoring under this is no translation of one text.
STRANGERS = 0.3
# What a run of pairs slid across the paragraphs only one version holds must gain, a
# pair, for the slid run to be taken (or may lose, where it then keeps sections whole).
SLIDE_GAIN = 0.2
_HEADING_MARK = lazy(r"[ \t]*+#{1,6}[ \t]")


def _pairs_slid(a: list[Profile], b: list[Profile], path: list[tuple[int, int, int, int]],
                ratio: float) -> list[tuple[int, int, int, int]]:
    """A run of 1-1 pairs beside paragraphs only one version holds, slid along them where
    it then keeps the sections whole: a page whose source added sections before the ones
    the translation holds (a heading and its text each) is paired from the first heading
    on, so the translation's sections pair with the source's new ones, and the pair after
    them (an image of the section) stands in another section of the source than the rest
    of its own. Slid to where no heading of the source parts them, or where the pairs
    score better by far."""
    out: list[tuple[int, int, int, int]] = []
    k = 0
    while k < len(path):
        stretch = _one_sided_stretch(path, k)
        if stretch is None:
            out.append(path[k])
            k += 1
            continue
        end, side = stretch
        around = (path[k - 1] if k else None, path[end] if end < len(path) else None)
        out.extend(_best_offset((a, b), path[k:end], side, around, ratio))
        k = end
    return out


def _level(p: Profile) -> int:
    """A Markdown heading's level (``###`` is 3), 0 for any other paragraph."""
    mark = _ATX_LEVEL.match(p.text) if _heads_section(p) else None
    return len(mark.group(1)) if mark else 0


_ATX_LEVEL = lazy(r"[ \t]*+(#{1,6})[ \t]")


def _headings_by_their_bodies(a: list[Profile], b: list[Profile],
                              path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A heading heads the text after it: where two headings of one level are paired, then
    one version's paragraphs stand alone up to a heading of that level, and the text after
    that heading pairs with the text after the other version's heading, the other's
    heading is that later one (``### Prepare cloudcore binary``, its section the source
    added, ``### Prepare config file``, then the config block, against ``### 准备配置文件``
    and the block): the section before it is the one the other version lacks."""
    out = list(path)
    k = 0
    while k < len(out):
        i0, i1, j0, j1 = out[k]
        end = k + 1
        while end < len(out) and (out[end][2] == out[end][3]) != (out[end][0] == out[end][1]):
            end += 1
        skips = out[k + 1:end]
        sides = {0 if bead[2] == bead[3] else 1 for bead in skips}
        if i1 - i0 == 1 and j1 - j0 == 1 and len(sides) == 1 and end < len(out) \
                and out[end][1] > out[end][0] and out[end][3] > out[end][2] \
                and _level(a[i0]) and _level(a[i0]) == _level(b[j0]):
            side = sides.pop()
            many = a if side == 0 else b
            last = skips[-1][2 * side + 1] - 1
            if _level(many[last]) == _level(a[i0]) and not _heading_named(a[i0], b[j0], many[last]):
                if side == 0:
                    out[k:end] = [(i0, i1, j0, j0)] + [(x, x + 1, j1, j1) for x in range(i1, last)] + [(last, last + 1, j0, j1)]
                else:
                    out[k:end] = [(i0, i0, j0, j1)] + [(i1, i1, y, y + 1) for y in range(j1, last)] + [(i0, i1, last, last + 1)]
                k = end
                continue
        moved = _heading_and_items_moved(a, b, out, k)
        if moved is not None:
            out[k:moved[0]] = moved[1]
            k += len(moved[1])
            continue
        k += 1
    return out


def _heading_named(pa: Profile, pb: Profile, later: Profile) -> bool:
    """Whether two paired headings share a name or a word the later heading they would move
    to lacks (``# Seata AT 模式`` / ``# Seata AT mode``, not ``# The basic idea``, a
    heading the translation added under the title): they are the same heading.

    >>> from xlcheck.model import Segment
    >>> head = lambda text: profile(Segment(1, 0, 0, 1, 1, text, kind="heading"))
    >>> _heading_named(head("# Seata AT 模式"), head("# Seata AT mode"), head("# The basic idea"))
    True
    >>> _heading_named(head("# 准备"), head("# Prepare cloudcore"), head("# Prepare config"))
    False
    """
    shared = {x for x in pa.anchors & pb.anchors if not x.startswith("markup:")}
    return bool(shared) and not shared & later.anchors


def _heading_and_items_moved(a: list[Profile], b: list[Profile], out: list[tuple[int, int, int, int]],
                             k: int) -> tuple[int, list[tuple[int, int, int, int]]] | None:
    """`_headings_by_their_bodies` where the heading's first paragraphs paired too: a heading
    pair, then 1-1 pairs among paragraphs of one version only, up to a heading of that level
    followed by as many paragraphs, of the paired ones' kinds, as the other version paired
    (``### Prepare edgecore binary``, its text and a list item ``- Download from github
    release.`` the source added, ``### Prepare config file`` and ``- generate config file``,
    against ``### 准备配置文件`` and ``- 生成配置文件``): the later heading and its paragraphs
    are the pairs, the section before them the one the other version lacks, where the page
    pairs the later heading's text with the other's elsewhere (the cloud section's ``###
    Prepare config file`` and ``### 准备配置文件``); bead scores do not tell one heading of
    a step from another. The beads the
    change covers end at (the end of `out` it replaces) and what replaces them; None where
    the beads are not so."""
    i0, i1, j0, j1 = out[k]
    if i1 - i0 != 1 or j1 - j0 != 1 or not _level(a[i0]) or _level(a[i0]) != _level(b[j0]):
        return None
    pairs: list[tuple[int, int]] = []
    side = None
    for end in range(k + 1, len(out)):
        x0, x1, y0, y1 = out[end]
        if x1 - x0 == 1 and y1 - y0 == 1:
            if len(pairs) == _MOVED_ITEMS:
                return None
            pairs.append((x0, y0))
            continue
        side = side if side is not None else (0 if y1 == y0 else 1)
        if not _skip_of(out[end], side):
            return None
        following = out[end + 1] if end + 1 < len(out) else None
        if pairs and (following is None or not _skip_of(following, side)):
            # the end of a run of skips: the heading may move to one that closes it
            moved = _moved_beads(a, b, (i0, j0), pairs, side, (x1 if side == 0 else y1) - 1)
            if moved is not None and _paired_elsewhere(a, b, out, moved[-len(pairs) - 1]):
                return end + 1, moved
    return None


def _paired_elsewhere(a: list[Profile], b: list[Profile], out: list[tuple[int, int, int, int]],
                      bead: tuple[int, int, int, int]) -> bool:
    """Whether the page pairs, in another 1-1 bead of `out`, a paragraph of the same text as
    `bead`'s with one of the same text as its other paragraph: a page that repeats a heading
    (``### Prepare config file`` in its cloud and its edge sections) whose translation
    repeats its rendering (``### 准备配置文件``) pairs them the same way twice."""
    i0, _, j0, _ = bead
    text_a, text_b = a[i0].text.strip(), b[j0].text.strip()
    return any(x1 - x0 == 1 and y1 - y0 == 1 and x0 != i0 and a[x0].text.strip() == text_a
               and b[y0].text.strip() == text_b for x0, x1, y0, y1 in out)


def _skip_of(bead: tuple[int, int, int, int], side: int) -> bool:
    """Whether a bead holds paragraphs of version `side` (0 or 1) only."""
    own, other = bead[2 * side:2 * side + 2], bead[2 - 2 * side:4 - 2 * side]
    return own[1] > own[0] and other[1] == other[0]


def _moved_beads(a: list[Profile], b: list[Profile], heading: tuple[int, int], pairs: list[tuple[int, int]],
                 side: int, last: int) -> list[tuple[int, int, int, int]] | None:
    """The beads of `_heading_and_items_moved` once the heading pair moves to the heading
    of the one-sided version `len(pairs)` paragraphs before `last`; None where no heading
    of the level stands there or the paragraphs after it differ in kind from the other's."""
    many, few = (a, b) if side == 0 else (b, a)
    own = [pair[side] for pair in pairs]
    other = [pair[1 - side] for pair in pairs]
    head_many, head_few = heading[side], heading[1 - side]
    target = last - len(pairs)
    if target <= head_many or other != list(range(head_few + 1, head_few + 1 + len(pairs))) \
            or _level(many[target]) != _level(many[head_many]):
        return None
    if any(many[target + 1 + t].kind != few[y].kind or _heads_section(many[target + 1 + t]) for t, y in enumerate(other)):
        return None
    if own == list(range(target + 1, last + 1)):
        return None  # already where they belong
    beads = []
    for x in range(head_many, last + 1):
        if x < target:
            ys = (head_few, head_few)
        else:
            y = head_few + (x - target)
            ys = (y, y + 1)
        beads.append((x, x + 1, *ys) if side == 0 else (*ys, x, x + 1))
    return beads


_MOVED_ITEMS = 3


def _heads_section(p: Profile) -> bool:
    """Whether a paragraph is a Markdown heading (an image's line is of kind heading too)."""
    return p.kind == "heading" and _HEADING_MARK.match(p.text) is not None


def _one_sided_stretch(path: list[tuple[int, int, int, int]], k: int) -> tuple[int, int] | None:
    """Where a stretch of beads from `k` ends that holds one run of 1-1 pairs and beads of
    one version only (0: the source's, 1: the translation's), both, and the side."""
    for side in (0, 1):
        seen = [False, False, False]  # skips before the run, the run, skips after it
        state = 0
        end = k
        while end < len(path):
            i0, i1, j0, j1 = path[end]
            pair = i1 - i0 == 1 and j1 - j0 == 1
            skip = (j1 == j0 and i1 > i0) if side == 0 else (i1 == i0 and j1 > j0)
            if pair and state < 2:
                state = 1
            elif skip:
                state = 2 if state >= 1 else 0
            else:
                break
            seen[state] = True
            end += 1
        if seen[1] and (seen[0] or seen[2]):
            return end, side
    return None


def _best_offset(docs: tuple[list[Profile], list[Profile]], beads: list[tuple[int, int, int, int]], side: int,
                 around: tuple, ratio: float) -> list[tuple[int, int, int, int]]:
    """The beads of a one-sided stretch with its run of pairs at the offset that keeps the
    sections whole (or, if none is better so, that scores best by `SLIDE_GAIN` a pair)."""
    many, few = docs[side], docs[1 - side]
    span = (beads[0][2 * side], beads[-1][2 * side + 1])
    run = [bead[2 - 2 * side] for bead in beads if bead[1] - bead[0] == 1 and bead[3] - bead[2] == 1]
    at = next(bead[2 * side] for bead in beads if bead[1] - bead[0] == 1 and bead[3] - bead[2] == 1)
    offsets = range(span[0], span[1] - len(run) + 1)

    def score(offset: int) -> float:
        return sum(bead_score(*((many[offset + t], few[y])[::1 - 2 * side]), ratio) for t, y in enumerate(run))

    def parted(offset: int) -> bool:
        """Whether a heading of the many side, unpaired, parts the run from the pair
        beside it that the few side holds in the run's section."""
        before, after = around
        if before is not None and not _heads_section(few[run[0]]) \
                and any(_heads_section(many[x]) for x in range(span[0], offset)):
            return True
        return after is not None and after[2 - 2 * side] == run[-1] + 1 and not _heads_section(few[run[-1] + 1]) \
            and any(_heads_section(many[x]) for x in range(offset + len(run), span[1]))

    def alike(offset: int) -> bool:
        """Whether each pair at an offset pairs a heading with a heading, text with text."""
        return all(_heads_section(many[offset + t]) == _heads_section(few[y]) for t, y in enumerate(run))

    whole = [offset for offset in offsets if not parted(offset) and alike(offset)]
    if parted(at) and whole:
        best = max(whole, key=score)
        if score(best) < score(at) - SLIDE_GAIN * len(run):
            return beads
    else:
        best = max(offsets, key=score)
        if score(best) < score(at) + SLIDE_GAIN * len(run):
            return beads
    out = []
    for x in range(*span):
        t = x - best
        y = run[t] if 0 <= t < len(run) else run[0] if t < 0 else run[-1] + 1
        ys = (y, y + 1) if 0 <= t < len(run) else (y, y)
        out.append((x, x + 1, *ys) if side == 0 else (*ys, x, x + 1))
    return out


def _fits(pa: Profile, pb: Profile, ratio: float, raw_a: Profile, raw_b: Profile) -> bool:
    """Whether two paragraphs of prose may be one text: one kind, lengths a translation can
    have, no anchors that tell them apart (as `_pair_lone_skips` pairs them)."""
    share = pb.length / max(pa.length, 1) / max(ratio, 1e-6)
    return pa.kind == pb.kind and pa.kind in _PAIRABLE_KINDS and 1 / 4 <= share <= 4 \
        and not _told_apart(raw_a.anchors, raw_b.anchors)


def _merges_split_by_skips(a: list[Profile], b: list[Profile], path: list[tuple[int, int, int, int]],
                           ratio: float, raw: tuple[list[Profile], list[Profile]]) -> list[tuple[int, int, int, int]]:
    """A paragraph left alone next to two paragraphs of the other version merged with one
    (``In this way, a generic type…`` and the next paragraph paired with the next one,
    ``Dessa forma, um tipo genérico…`` left alone before them): where a page's length ratio
    is skewed by a section only one version has, a short paragraph costs less merged
    than paired. The merge's member on the side of the lone paragraph is its counterpart
    when each of the two pairs so made may be one text (`_fits`) and scores STRANGERS or
    more."""
    out = list(path)
    k = 0
    while k + 1 < len(out):
        first, second = out[k], out[k + 1]
        split = None
        for lone, merge, before in ((first, second, True), (second, first, False)):
            lone_a, lone_b = lone[1] - lone[0], lone[3] - lone[2]
            merged_a, merged_b = merge[1] - merge[0], merge[3] - merge[2]
            if (lone_a, lone_b, merged_a, merged_b) == (0, 1, 2, 1):
                i, j = (merge[0], lone[2]) if before else (merge[1] - 1, lone[2])
                rest = (merge[1] - 1, merge[2]) if before else (merge[0], merge[2])
                pairs = [(i, j), rest]
            elif (lone_a, lone_b, merged_a, merged_b) == (1, 0, 1, 2):
                i, j = (lone[0], merge[2]) if before else (lone[0], merge[3] - 1)
                rest = (merge[0], merge[3] - 1) if before else (merge[0], merge[2])
                pairs = [(i, j), rest]
            else:
                continue
            if all(_fits(a[x], b[y], ratio, raw[0][x], raw[1][y]) and bead_score(a[x], b[y], ratio) >= STRANGERS
                   for x, y in pairs):
                beads = [(x, x + 1, y, y + 1) for x, y in sorted(pairs)]
                split = beads
                break
        if split is not None:
            out[k:k + 2] = split
        k += 1
    return out


_LEAD_IN_END = lazy(r"[:：]\s*$")


def _fold_lead_ins(a: list[Profile], b: list[Profile],
                   path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A list's lead-in sentence ("This is particularly useful for:") that one version
    ends its paragraph with and the other writes as a paragraph of its own: the lone
    paragraph joins the pair before it, whose paragraph on the same side does not end
    with a colon while the other side's does."""
    out = list(path)
    k = 1
    while k < len(out):
        p0, p1, q0, q1 = out[k - 1]
        after = out[k + 1] if k + 1 < len(out) else None
        paired = p1 - p0 == 1 and q1 - q0 == 1
        side = _lone_side(a, b, out[k])
        if paired and side and (after is None or (after[1] > after[0] and after[3] > after[2])):
            lone_a, lone = side
            mine, theirs = (a[p0], b[q0]) if lone_a else (b[q0], a[p0])
            if lone.kind == mine.kind == theirs.kind == "text" and _LEAD_IN_END.search(lone.text) \
                    and _LEAD_IN_END.search(theirs.text) and not _LEAD_IN_END.search(mine.text):
                out[k - 1:k + 1] = [(p0, p1 + lone_a, q0, q1 + (not lone_a))]
                continue
        k += 1
    return out


# A paragraph that opens with a list's lead-in (a line ending with a colon), then the items.
_GLUED_LEAD_IN = lazy(r"[^\n]*[:：][ \t]*\n[ \t]*+(?:[-*+]|\d{1,3}[.)])[ \t]")


def _lead_ins_glued_to_lists(a: list[Profile], b: list[Profile],
                             path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A list's lead-in ("The hook can return one of the following:") that one version
    writes as a paragraph of its own before the list and the other glues to the list's
    first item: the lone lead-in joins the pair after it, whose paragraph on its side is
    the list and on the other side opens with the glued lead-in."""
    out = list(path)
    k = 0
    while k + 1 < len(out):
        n0, n1, m0, m1 = out[k + 1]
        side = _lone_side(a, b, out[k])
        if side and n1 - n0 == 1 and m1 - m0 == 1:
            lone_a, lone = side
            mine, theirs = (a[n0], b[m0]) if lone_a else (b[m0], a[n0])
            if lone.kind == "text" and _LEAD_IN_END.search(lone.text) and _LIST_START.match(mine.text) \
                    and _GLUED_LEAD_IN.match(theirs.text):
                _merge_beads(out, k, k + 1)
        k += 1
    return out


# A paragraph that is a list: it opens with an item's mark.
_LIST_START = lazy(r"[ \t]*+(?:[-*+]|\d{1,3}[.)])[ \t]")


def _lead_ins_from_headings(a: list[Profile], b: list[Profile],
                            path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A list's lead-in ("Subscribe by the following steps:") that one version writes as a
    paragraph of its own, paired with a heading only the other version has, because the
    other glues its lead-in to the list: the heading is left alone, and the lead-in joins
    the list after it, whose counterpart opens with the glued lead-in."""
    out = list(path)
    for k in range(len(out) - 1):
        i0, i1, j0, j1 = out[k]
        n0, n1, m0, m1 = out[k + 1]
        if not (i1 - i0 == j1 - j0 == n1 - n0 == m1 - m0 == 1):
            continue
        for heading, lead_in, glued, items, swap in ((a[i0], b[j0], a[n0], b[m0], False),
                                                     (b[j0], a[i0], b[m0], a[n0], True)):
            if heading.kind == "heading" and lead_in.kind == "text" and _LEAD_IN_END.search(lead_in.text) \
                    and items.kind == "list" and _GLUED_LEAD_IN.match(glued.text):
                if swap:  # the heading is b's, the lead-in a's
                    out[k:k + 2] = [(i0, i0, j0, j1), (i0, n1, m0, m1)]
                else:
                    out[k:k + 2] = [(i0, i1, j0, j0), (n0, n1, j0, m1)]
                break
    return out


# An admonition's opening line (":::note", "::: tip", "::: warning Watching files"), its
# title translated: the kind is what two versions share.
DIRECTIVE_LINE = lazy(r"[ \t]*+:{3,}+[ \t]*+([\w-]++)(?:[ \t]++[^\n]*+)?(?:\n|$)")
# ... as the last line of a paragraph it is glued to.
_DIRECTIVE_LAST_LINE = lazy(r"\n[ \t]*+:{3,}+[ \t]*+([\w-]++)(?:[ \t]++[^\n]*+)?$")


def _fold_directives(a: list[Profile], b: list[Profile],
                     path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """An admonition's opening line (":::note") that one version writes as a paragraph of
    its own and the other glues to a paragraph next to it: the lone line joins the pair
    after it, whose paragraph on the other side opens with the same line (the tip's first
    sentence glued to it), or the pair before it, whose paragraph on the other side ends
    with it (glued to the paragraph before the tip)."""
    out = list(path)
    k = 0
    while k < len(out):
        i0, i1, j0, j1 = out[k]
        side = _lone_side(a, b, out[k])
        lone_a = side is not None and side[0]
        alone = DIRECTIVE_LINE.fullmatch(side[1].text) if side else None
        for step in (1, -1) if alone else ():
            n = k + step
            # (past paragraphs of the other version left alone between: a paragraph the
            # source added or rewrote before the tip)
            while 0 <= n < len(out) and _lone_of(out[n], not lone_a):
                n += step
            if not 0 <= n < len(out):
                continue
            n0, n1, m0, m1 = out[n]
            if n1 == n0 or m1 == m0:
                continue
            theirs, mine = (b[m0 if n > k else m1 - 1], a[n0 if n > k else n1 - 1]) if lone_a \
                else (a[n0 if n > k else n1 - 1], b[m0 if n > k else m1 - 1])
            if n > k:
                glued = DIRECTIVE_LINE.match(theirs.text)
                glued = glued if glued and glued.end() < len(theirs.text) else None
                own = DIRECTIVE_LINE.match(mine.text)
            else:
                glued = _DIRECTIVE_LAST_LINE.search(theirs.text)
                own = _DIRECTIVE_LAST_LINE.search(mine.text)
            if glued and glued.group(1) == alone.group(1) and not own:
                between = out[min(k, n) + 1:max(k, n)]
                folded = (min(i0, n0), max(i1, n1), m0, m1) if lone_a else (n0, n1, min(j0, m0), max(j1, m1))
                out[min(k, n):max(k, n) + 1] = [*between, folded] if n > k else [folded, *between]
                break
        k += 1
    return out


def _lone_of(bead: tuple[int, int, int, int], side_a: bool) -> bool:
    """Whether a bead is one paragraph of version A (`side_a`) or B left alone."""
    i0, i1, j0, j1 = bead
    return (i1 - i0 == 1 and j1 == j0) if side_a else (j1 - j0 == 1 and i1 == i0)


def _lone_side(a: list[Profile], b: list[Profile],
               bead: tuple[int, int, int, int]) -> tuple[bool, Profile] | None:
    """The paragraph a bead leaves alone, and whether it is version A's; None when the
    bead is no lone paragraph."""
    if _lone_of(bead, True):
        return True, a[bead[0]]
    if _lone_of(bead, False):
        return False, b[bead[2]]
    return None


_ITEM_MARKS = frozenset({"markup:-", "markup:1."})


def _values(p: Profile) -> frozenset[str]:
    """A segment's anchors that are values (links, numbers, code), not words or list marks."""
    return frozenset(x for x in p.anchors if not x.startswith(_WORD_ANCHORS) and x not in _ITEM_MARKS)


# The end of a sentence (or a lead-in): its mark, perhaps inside quotes, brackets or emphasis.
_SENTENCE_ENDS = lazy(r"[.!?;:。！？；：…][\"'”’)）\]*_`]*+\s*+$")


# A paragraph the profile calls a heading by its marks, not only for being one short line.
_MARKED_HEADING = lazy(r"[ \t]*+[#*_<=]")


def _broken_off(p: Profile) -> bool:
    """Whether a paragraph of text or a list stops in the middle of a sentence."""
    return _prose_piece(p) and _SENTENCE_ENDS.search(p.text) is None


def _prose_piece(p: Profile) -> bool:
    """Whether a paragraph is prose or a list, or a line of prose the profile took for a
    title (one line with no closing punctuation, no heading's mark)."""
    return p.kind in ("text", "list") or p.kind == "heading" and _MARKED_HEADING.match(p.text) is None


def _merge_beads(out: list[tuple[int, int, int, int]], k: int, n: int) -> None:
    """Beads k and n of a path, next to each other, made one (in place)."""
    (i0, i1, j0, j1), (n0, n1, m0, m1) = out[k], out[n]
    out[min(k, n):max(k, n) + 1] = [(min(i0, n0), max(i1, n1), min(j0, m0), max(j1, m1))]


def _join_broken_sentences(a: list[Profile], b: list[Profile],
                           path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A paragraph the translator cut where the source wraps its lines (a blank line after
    ``…Volcano 允许用户配置操作``, ``和插件。…`` after it): a paragraph of text (no list
    item in it) left alone next to a bead joins it when the two pieces meet in the middle
    of a sentence (the one before stops without a sentence's end, and the one after is no
    list item), the bead's other side is one paragraph written on several lines, where
    the cut can fall, and holds every value of the piece (a paragraph with a value of its
    own is one the source lacks)."""
    out = list(path)
    k = 0
    while k < len(out):
        lone_a, lone = _lone_side(a, b, out[k]) or (False, None)
        joined = False
        if lone is not None and lone.kind != "list" and _prose_piece(lone) and not _items(lone):
            for n in (k - 1, k + 1):
                if not 0 <= n < len(out) or (lone.kind != "text" and n < k):
                    continue
                n0, n1, m0, m1 = out[n]
                mine, theirs = (a[n0:n1], b[m0:m1]) if lone_a else (b[m0:m1], a[n0:n1])
                if not mine or len(theirs) != 1 or theirs[0].kind not in ("text", "list") \
                        or "\n" not in theirs[0].text.strip() or not _values(lone) <= _values(theirs[0]):
                    continue
                # (before a list item, a line without a sentence's end is a lead-in of its own)
                if _broken_off(mine[-1]) if n < k else _broken_off(lone) and mine[0].kind == "text" \
                        and not _items(mine[0]):
                    _merge_beads(out, k, n)
                    joined = True
                    break
        k = max(0, k - 1) if joined else k + 1
    return out


def _fold_list_items(a: list[Profile], b: list[Profile],
                     path: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A list one version writes loose (each item a paragraph, apart by blank lines) and
    the other tight (one paragraph) pairs in a bead of at most three items a side: an item
    left alone next to that bead joins it when the other side's list holds its values (a
    link, a number, code) and the bead's items on its own side do not. So does a table
    whose rows one version sets apart by blank lines (no table is made: the markup's
    drift, not rows of their own). `a` and `b` are the profiles with every anchor."""
    out = list(path)
    k = 0
    while k < len(out):
        lone_a, lone = _lone_side(a, b, out[k]) or (False, None)
        folded = False
        kind = lone.kind if lone is not None and lone.kind in ("list", "table") else None
        kind = "list" if lone is not None and _labelled_item(lone) else kind
        lead_in = lone is not None and lone.kind in ("text", "heading") and _ITEMS_LEAD_IN.search(lone.text) is not None
        # (or a sentence that breaks off on a line of its own, "With this connector, you can",
        # which the list's items go on with)
        # (words only, ending on a word: no value, no code such as ``PORT=`<port>```)
        broken = lone is not None and not kind and not lead_in and "\n" not in lone.text.strip() and _broken_off(lone) \
            and not _values(lone) and _ENDS_ON_A_WORD.search(lone.text) is not None
        lead_in = lead_in or broken
        values = _values(lone) if kind else frozenset()
        if kind or lead_in:
            for n in (k - 1, k + 1) if kind else (k + 1,):
                if not 0 <= n < len(out):
                    continue
                n0, n1, m0, m1 = out[n]
                mine, theirs = (a[n0:n1], b[m0:m1]) if lone_a else (b[m0:m1], a[n0:n1])
                if not mine or not theirs or any(p.kind != (kind or "list") and not (kind == "list" and _labelled_item(p))
                                                 and not _opens_list(p, side, kind, broken)
                                                 and not (x and kind == "list" and _broken_off(side[x - 1]))
                                                 for side in (mine, theirs) for x, p in enumerate(side)):
                    continue
                if lead_in:
                    # A lead-in of its own before a bead whose other side glues its lead-in
                    # to the list ("**Rule:**" / "**规则：**\n1. …"): it is the bead's.
                    if mine[0].kind == "list" and (_GLUED_BROKEN_LEAD_IN if broken else _GLUED_ITEMS_LEAD_IN).match(
                            theirs[0].text):
                        _merge_beads(out, k, k + 1)
                        folded = True
                    break
                held = frozenset().union(*(_values(p) for p in theirs))
                # An item joins while the items do not outnumber the other side's and the
                # other side holds its values, if it has any (a loose list's items join one
                # by one, nested items counted, though an item before named a value too; a
                # row of a table likewise: its header and separator are rows apart as well).
                # An item's sentence the translator went on with in a paragraph of its own
                # (`_join_broken_sentences`) is no item of its own. Beyond that count, an
                # item joins whose values the other side's list holds and the bead's own
                # items do not name.
                rows = _items(lone) + sum(map(_items, mine))
                fits = rows <= sum(map(_items, theirs))
                if values <= held and (fits or values and not values & frozenset().union(*(_values(p) for p in mine))):
                    _merge_beads(out, k, n)
                    folded = True
                    break
        # After a fold, the item left alone before the grown bead is asked again.
        k = max(0, k - 1) if folded else k + 1
    return out


def _labelled_item(p: Profile) -> bool:
    """Whether a paragraph of text opens with a label in bold and a colon (``**Scenario:**
    after a branch…``): an item of a list written loose, one paragraph an item, which the
    other version may write as a list (``* 场景 ： …``).

    >>> from xlcheck.model import Segment
    >>> _labelled_item(profile(Segment(1, 0, 0, 1, 1, "**Scenario:** after a branch registers.")))
    True
    >>> _labelled_item(profile(Segment(1, 0, 0, 1, 1, "**Note** that a branch registers: first.")))
    False
    """
    return p.kind == "text" and _LABEL_OPENING.match(p.text) is not None


_LABEL_OPENING = lazy(r"[ \t]*+\*\*[^*\n]{1,40}?(?:[:：]\*\*|\*\*[ \t]*+[:：])[ \t]*+\S")


# A list's lead-in, its colon perhaps inside emphasis ("**Calculation rule:**"), on its
# own or glued to the list's first item.
_ITEMS_LEAD_IN = lazy(r"[:：][*_]*+\s*+$")
_ENDS_ON_A_WORD = lazy(r"\p{L}[ \t]*+$")
_GLUED_BROKEN_LEAD_IN = lazy(r"[^\n]*[^\s.!?;:。！？；：…][ \t]*\n[ \t]*+(?:[-*+]|\d{1,3}[.)])[ \t]")
_GLUED_ITEMS_LEAD_IN = lazy(r"[^\n]*[:：][*_]*+[ \t]*\n[ \t]*+(?:[-*+]|\d{1,3}[.)])[ \t]")


def _opens_list(p: Profile, side: list[Profile], kind: str | None, broken: bool = False) -> bool:
    """Whether a paragraph of text is the lead-in that opens one side of a bead of a list
    (one in bold on a line of its own is profiled as a heading); with `broken`, a sentence
    the list's first item goes on with may be the lead-in glued to it."""
    return kind != "table" and p is side[0] and p.kind in ("text", "heading") and (
        _ITEMS_LEAD_IN.search(p.text) is not None or _GLUED_ITEMS_LEAD_IN.match(p.text) is not None
        or broken and _GLUED_BROKEN_LEAD_IN.match(p.text) is not None)


_ITEM_LINE = lazy(r"^[ \t]*+(?:[-*+]|\d{1,3}[.)])[ \t]|^[ \t]*+\|(?![ \t]*+:?-)|^[ \t]{0,3}:[ \t]", regex.M)


def _items(p: Profile) -> int:
    """How many items of a list a paragraph holds (its lines that open with an item's
    mark, or a definition's ``:``), or rows of a table (its separator row aside)."""
    return len(_ITEM_LINE.findall(p.text))


def _told_apart(anchors_a: frozenset[str], anchors_b: frozenset[str]) -> bool:
    """Whether two paragraphs' anchors say they are not one text: a value (number, link,
    code, markup) only one of them holds, or two names or more each that the other lacks
    (a section rewritten about other things). A value left out is drift that the two
    paragraphs, left unpaired, report as a missing paragraph."""
    if {x for x in anchors_a ^ anchors_b if not x.startswith(_WORD_ANCHORS)}:
        return True
    return len(anchors_a - anchors_b) >= 2 and len(anchors_b - anchors_a) >= 2


def _length_ratio_of(a: list[Profile], b: list[Profile], path: list[tuple[int, int, int, int]],
                     least: int = 30) -> float | None:
    """B's length over A's in the 1-1 beads of a first alignment (None when there are
    too few to tell): unlike the documents' totals, it is not biased by what one side
    dropped or added. (Re-estimating Gale-Church's variance the same way made things
    worse on the dev splits: the first path's own 1-1 beads understate it.)"""
    total_a = total_b = 0
    count = 0
    for i0, i1, j0, j1 in path:
        if i1 - i0 == 1 and j1 - j0 == 1:
            total_a += a[i0].length
            total_b += b[j0].length
            count += 1
    return total_b / total_a if count >= least else None


_LEXICON_WORD = lazy(r"\p{L}[\p{L}\p{M}]{2,}")
# Chinese and Japanese write no spaces: their "words" are pairs of characters.
_UNSPACED = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}]{2,}")


def _words(text: str) -> set[str]:
    """Lower-cased word types of at least three letters; in Han and kana, pairs of characters.

    >>> sorted(_words("Der Berg, 山の雪"))
    ['berg', 'der', 'の雪', '山の']
    """
    runs = _UNSPACED.findall(text)
    words = set(map(str.lower, _LEXICON_WORD.findall(_UNSPACED.sub(" ", text) if runs else text)))
    for run in runs:
        words.update(run[k:k + 2] for k in range(len(run) - 1))
    return words


def learn_lexicon(a: list[Profile], b: list[Profile], path: list[tuple[int, int, int, int]],
                  params: Params = PARAMS, words: tuple[list[set[str]], list[set[str]]] | None = None) -> dict[str, str]:
    """Word pairs of the document itself: A's word types and B's that occur together in
    the 1-1 beads of a first alignment far more often than apart (Dice coefficient at
    least `params.lexicon_dice`, in at least `params.lexicon_count` beads), each the
    other's best partner. Words in more than a fifth of the beads (function words) are
    left out. Returns A's word -> B's word. `words` are each segment's `_words`, where
    the caller has them.

    >>> a = [Profile(frozenset(), 10, "text", t) for t in ("der Berg ruft", "ein Berg", "das Tal", "ein Tal")]
    >>> b = [Profile(frozenset(), 10, "text", t) for t in ("la montagne appelle", "une montagne", "la vallée", "une vallée")]
    >>> sorted(learn_lexicon(a, b, [(k, k + 1, k, k + 1) for k in range(4)]).items())
    [('berg', 'montagne'), ('ein', 'une'), ('tal', 'vallée')]
    """
    beads = [(i0, j0) for i0, i1, j0, j1 in path if i1 - i0 == 1 and j1 - j0 == 1]
    words = words or ([_words(p.text) for p in a], [_words(p.text) for p in b])
    words_a = [words[0][i] for i, _ in beads]
    words_b = [words[1][j] for _, j in beads]
    least = params.lexicon_count
    most = max(least, len(beads) // 5)
    freq_a = Counter(chain.from_iterable(words_a))
    freq_b = Counter(chain.from_iterable(words_b))
    keep_a = {w for w, c in freq_a.items() if least <= c <= most}
    keep_b = {w for w, c in freq_b.items() if least <= c <= most}
    # Pairs counted as numbers (A's word's index times B's vocabulary plus B's): Chinese
    # character pairs make hundreds of pairs a bead, too many to hold as tuples of strings.
    vocab_a, vocab_b = sorted(keep_a), sorted(keep_b)
    xs, x_bead = _word_ids(words_a, {w: k for k, w in enumerate(vocab_a)})
    ys, y_bead = _word_ids(words_b, {w: k for k, w in enumerate(vocab_b)})
    # Each of A's words with each of B's words of its bead, for all the beads at once.
    y_count = np.bincount(y_bead, minlength=len(beads))
    y_first = np.cumsum(y_count) - y_count
    reps = y_count[x_bead]
    codes = np.repeat(xs * len(vocab_b), reps) + ys[_ranges(y_first[x_bead], reps)]
    if not codes.size:
        return {}
    found, counts = np.unique(codes, return_counts=True)
    found, counts = found[counts >= least], counts[counts >= least]
    u, v = np.divmod(found, len(vocab_b))
    # Dice of every pair at once (integers to floats, one division: what Python's gives).
    totals = np.array([freq_a[w] for w in vocab_a])[u] + np.array([freq_b[w] for w in vocab_b])[v]
    dice = 2 * counts / totals
    strong = dice >= params.lexicon_dice
    if not strong.any():
        return {}
    u, v, dice = u[strong], v[strong], dice[strong]
    # Each word's best partner: the highest Dice, a tie to the alphabetically first word
    # (the vocabularies are sorted), so the same pairs whatever the hash seed.
    best_b = _best_partners(u, v, dice, len(vocab_a))
    return {vocab_a[x]: vocab_b[y] for x, y in _best_partners(v, u, dice, len(vocab_b)).items() if best_b[y] == x}


def _word_ids(words: list[set[str]], ids: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The ids of the words of each bead that `ids` holds, flat, and the bead of each."""
    found = np.array([ids.get(w, -1) for bead_words in words for w in bead_words], dtype=np.int64)
    bead = np.repeat(np.arange(len(words)), [len(bead_words) for bead_words in words])
    held = found >= 0
    return found[held], bead[held]


def _best_partners(partner: np.ndarray, word: np.ndarray, dice: np.ndarray, partners: int) -> dict[int, int]:
    """For each word, the partner of its highest Dice, the lowest of them on a tie; words
    ascending. (`partners`: more than the highest partner. The pairs are sorted by word
    and partner, and each word's first pair of its highest Dice taken.)"""
    order = np.argsort(word * partners + partner)
    word, partner, dice = word[order], partner[order], dice[order]
    starts = np.flatnonzero(np.concatenate(([True], word[1:] != word[:-1])))
    sizes = np.diff(np.append(starts, len(word)))
    best = np.flatnonzero(dice == np.repeat(np.maximum.reduceat(dice, starts), sizes))
    first = np.ones(len(best), dtype=bool)
    first[1:] = word[best[1:]] != word[best[:-1]]
    best = best[first]
    return dict(zip(word[best].tolist(), partner[best].tolist()))


class _Lexical:
    """The lexical term of a second search: for a bead, 1 - the Dice overlap of the word
    pairs of `learn_lexicon` its two sides hold (each side counts the pairs it has its
    word of), times the bead's segment product as the embedding term is; 0 where
    neither side holds any."""

    def __init__(self, a: list[Profile], b: list[Profile], lexicon: dict[str, str],
                 words: tuple[list[set[str]], list[set[str]]] | None = None) -> None:
        ids = {u: k for k, u in enumerate(lexicon)}
        reverse = {v: ids[u] for u, v in lexicon.items()}
        words = words or ([_words(p.text) for p in a], [_words(p.text) for p in b])
        sets_a = [sorted({ids[w] for w in found if w in ids}) for found in words[0]]
        sets_b = [sorted({reverse[w] for w in found if w in reverse}) for found in words[1]]
        self.totals_a = self._totals(sets_a)
        self.totals_b = self._totals(sets_b)
        # Each segment of A's pairs, and where B holds each pair's other side (keys
        # pair * stride + column, sorted): a block's columns are joined when it is searched,
        # not stored for every segment (a Chinese text's character pairs make millions).
        self.stride = len(b) + 1
        self.ptr = np.zeros(len(a) + 1, dtype=np.int64)
        self.ptr[1:] = np.cumsum([len(found) for found in sets_a])
        self.ids = np.array([k for found in sets_a for k in found], dtype=np.int64)
        self.where = np.sort(np.array([k * self.stride + col for col, found in enumerate(sets_b) for k in found],
                                      dtype=np.int64))

    @staticmethod
    def _totals(sets: list[list[int]]) -> dict[int, np.ndarray]:
        """For each run of 1-4 segments, by its end: how many pairs its segments hold."""
        prefix = np.zeros(len(sets) + 1, dtype=np.int64)
        prefix[1:] = np.cumsum([len(found) for found in sets])
        out = {}
        for span in _SPANS:
            total = np.zeros(len(sets) + 1)
            total[span:] = prefix[span:] - prefix[:len(sets) + 1 - span]
            out[span] = total
        return out

    def window(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        """Rows r0..r1-1 and columns c0..c1-1 as a matrix: how many pairs each cell's
        segments hold together."""
        ids = self.ids[self.ptr[r0]:self.ptr[r1]] * self.stride
        rows = np.repeat(np.arange(r1 - r0), np.diff(self.ptr[r0:r1 + 1]))
        first = np.searchsorted(self.where, ids + c0)
        sizes = np.searchsorted(self.where, ids + c1) - first
        width = c1 - c0
        flat = self.where[_ranges(first, sizes)] - np.repeat(ids + c0 - rows * width, sizes)
        return np.bincount(flat, minlength=(r1 - r0) * width).reshape(r1 - r0, width)

    def frame(self, r0: int, r1: int, c0: int, c1: int) -> _Frame:
        """`window` as a `_Frame` (whole numbers: the same in any window)."""
        return _Frame(r0, c0, c1 - c0, self.window(r0, r1, c0, c1).ravel())

    def costs(self, di: int, dj: int, i: np.ndarray, j: np.ndarray, frame: _Frame | None = None) -> np.ndarray:
        """The term for the beads A[i-di:i] ~ B[j-dj:j] of cells (i[k], j[k]), i ascending;
        `frame` holds at least the rows and columns they reach (read here without it)."""
        frame = frame or self.frame(int(i[0]) - di, int(i[-1]), int(j.min()) - dj, int(j.max()))
        flat, cell = frame.values, frame.cells(i, j)
        shared = np.zeros(len(i))  # counts: whole numbers, the same in any order
        for u in range(di):
            at = cell + ((u - di) * frame.width - dj)  # the pair (i - di + u, j - dj)
            for v in range(dj):
                shared += flat[v:][at]  # flat[at + v]
        total = self.totals_a[di][i] + self.totals_b[dj][j]
        with np.errstate(invalid="ignore", divide="ignore"):
            overlap = np.where(total > 0, np.minimum(1.0, 2 * shared / np.maximum(total, 1e-9)), 1.0)
        return (1.0 - overlap) * (di * dj)


def mean_score(beads: list[Bead]) -> float:
    """Document score: bead scores weighted by segments covered; skipped ones count 0.

    A merge is weaker evidence than a 1-1 pair (the union of two segments shares more
    with anything), so its score counts by sqrt(2 / segments): an unrelated rewrite,
    which the search covers with merges rather than skips, stays below the verdict's
    threshold.
    """
    covered = sum(len(bead.a) + len(bead.b) for bead in beads) or 1
    return sum((bead.score or 0.0) * (len(bead.a) + len(bead.b)) * math.sqrt(2 / (len(bead.a) + len(bead.b)))
               for bead in beads) / covered
