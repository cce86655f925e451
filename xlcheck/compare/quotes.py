"""Quotations: each quotation of speech in one version needs its own quotation near the
same place in the others (the words are translated, so presence, count and position are
compared, one to one); a quotation mark one version opens and never closes is reported on
its own, unless the source already has the stray mark."""

from __future__ import annotations

import re

import regex

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.extract.quotes import (
    _QUOTING,
    MIN_FRAGMENT_WORDS,
    MIN_SPEECH_WORDS,
    PAIRS,
    is_fragment,
    is_japanese_name,
    is_speech,
    opens_paragraph,
)
from xlcheck.model import Document, Finding, Invariant
from xlcheck.patterns import lazy
from xlcheck.rules import rule_for
from xlcheck.scripts import content_length

# How far apart (as a share of the group's length) two quotations may sit and still pair.
NEARBY = 0.35
# Two quotations this close are one quotation interrupted ("…", he said, "…"): a
# translator may join or split them.
JOINED = 60
KIND_PENALTY = 0.5
# How much the distance between two quotations' starts and ends weighs in pairing, next to
# their gap: enough to choose between two that both overlap a partner.
ENDS_WEIGHT = 0.1
# A quotation of one version is two of the other joined when it holds at least this
# share of their text (each as a share of its paragraph), and leaves more than OUTSIDE of
# its paragraph outside it (the attribution that stood between the two).
JOINED_COVER = 0.75
OUTSIDE = 0.05
# A quotation that leaves this share of its paragraph outside it has a speaker, or other
# narration, that a quotation of the whole paragraph would take in.
NARRATION = 0.25
_SENTENCE_END = lazy(r"[.!?。！？]")
_LETTER = lazy(r"\p{L}")


def quote_candidates(ctx: Context, g: int, group: Group, docs: list[int],
                     reference: int | None = None) -> tuple[list[Candidate], list[Finding]]:
    if not any(may_quote(ctx, k, group) for k in docs):
        return [], []  # (no version holds, opens, continues or closes a quotation here)
    per_doc = {k: ctx.per_doc(group, k) for k in docs}
    unbalanced = {k: [inv for inv in per_doc[k] if inv.kind == "punctuation"] for k in docs}
    # A version's own quotations are counted joined (a quotation interrupted by "he
    # said" is one); the partners another version offers, each on its own, so that a
    # translator who split or joined them is not blamed either way.
    # Words between two unknown tokens (<unk>) are a quotation whose marks machine
    # translation replaced: no partner, but where a short fragment went.
    unmarked = {k: [inv for inv in per_doc[k] if inv.flag == "unmarked"] for k in docs}
    closing = {k: _closed(ctx, k, group) for k in docs}
    continued = {k: _continued(ctx, k, group, unbalanced[k]) for k in docs}
    if reference in continued and (any(_opens_inside(ctx, reference, group, inv) for inv in continued[reference])
                                   or not unbalanced[reference] and _next_closes_first(
                                       ctx.documents[reference], max(group.members[reference], default=-1))):
        # The source's quotation runs on from inside a paragraph: a translation's mark
        # left open there partners it, whatever its next paragraph opens with. So it does
        # where the source's marks read balanced yet its next paragraph closes one: a mark
        # inside its quotation miscounted (`"I was greatly helped … to, "You may think …`
        # / `I am angry."`).
        continued.update({k: _continued(ctx, k, group, unbalanced[k], partner=True) for k in docs if k != reference})
    split = {k: sorted([inv for inv in per_doc[k] if inv.kind == "quote" and inv.flag != "unmarked"]
                       + continued[k] + closing[k] + _dash_speech(ctx, k, group), key=lambda q: q.start)
             for k in docs}
    quotes = {k: _joined(ctx, k, split[k]) for k in docs}
    # The end of a quotation opened paragraphs before pairs with a paragraph that closes a
    # mark it did not open: the opening one's mark may be lost or misread there (the
    # drift, if any, is where it opened).
    ends = {k: sorted({*split[k], *_closed(ctx, k, group, opened=False)}, key=lambda q: q.start)
            for k in docs} if any(closing.values()) else split
    findings = []
    for k in docs:
        # A straight mark the source has an odd number of (winemakers" exemption, an
        # apostrophe typed as a quotation mark) is a stray the translation may copy; a
        # mark the next paragraph opens again is a long quotation's, no stray (`'I want
        # you … feel the heat.` / `'We are mobilising …'`).
        balanced_elsewhere = all((not unbalanced[o] or _reopened(ctx.documents[o], group.members[o], unbalanced[o][0]))
                                 and ctx.text(o, group).count('"') % 2 == 0 for o in docs if o != k)
        # The source is never the version to fix: its stray mark is not a drift.
        if unbalanced[k] and balanced_elsewhere and k != reference \
                and not _title_left_open(ctx, k, group, unbalanced[k][0], per_doc) \
                and not _CURLY_CLOSE.match(ctx.documents[k].text, unbalanced[k][0].start) \
                and not (_source_runs_on(ctx, group, reference, unbalanced, per_doc)
                         and _runs_on(ctx.documents[k], group.members[k], unbalanced[k][0])):
            inv = unbalanced[k][0]
            findings.append(ctx.single(group, k, inv, rule_for("punctuation", "unbalanced"),
                                       f"quotation mark opened at “{inv.text}…” is never closed"))
    # Speech, and fragments of someone's words, need a partner; a title need not, nor a
    # short phrase in lower case, unless the translation shows its marks replaced.
    speech = {k: [inv for inv in quotes[k] if inv.flag in (None, "fragment")
                  or inv.flag == "title" and any(unmarked[o] for o in docs if o != k)
                  and is_fragment(inv.text[1:-1], 2)] for k in docs}
    if not any(speech.values()):
        return [], findings
    out = []
    seen: set[tuple[int, int]] = set()
    for k in docs:
        if reference is not None and k != reference:
            continue  # a quotation only a translation has is an addition, not a drift
        for inv in speech[k]:
            span = _span(ctx, k, group, inv)
            have = {k}
            partners = ends if inv in closing[k] else split
            for o in docs:
                theirs = [p for p in partners[o] if not (_closed_pair(p.text)
                                                         and _narration_wrapped(span, _span(ctx, o, group, p)))] \
                    if o != k else []
                if o != k and theirs and min(_apart(span, _span(ctx, o, group, p)) for p in theirs) < NEARBY \
                        and inv in _paired(ctx, group, k, o, quotes[k], theirs):
                    have.add(o)
                elif o != k and inv.flag == "title" \
                        and not any(_apart(span, _span(ctx, o, group, u)) < NEARBY for u in unmarked[o]):
                    have.add(o)  # a term or label set off, which translations may leave unmarked
                elif o != k and _in_code_marks(ctx.text(o, group), inv.text):
                    have.add(o)  # a command quoted in one version and set in code marks in another
                elif o != k and _phrase_set_off(ctx.documents[k], inv) \
                        and not any(_apart(span, _span(ctx, o, group, u)) < NEARBY for u in unmarked[o]):
                    have.add(o)  # a page's phrase set off, which the translation writes as prose
            # Joined quotations a version lacks altogether are each missing ("…", he said, "…").
            for part in _parts(inv, split[k]) if len(have) < len(docs) else ():
                key = (min(have), round(ctx.relative(k, group, part) * 20))
                if key not in seen:
                    seen.add(key)
                    out.append(Candidate(g, "quote", part.value, frozenset(have), frozenset(docs) - have, {k: part}))
    return out, findings


# A Chinese page's phrase in quotation marks that is no one's words: one that names a
# capability or a kind ("提供了『随着容器尺寸改变而改变』的能力", "provides the ability to
# change with the container's size") or says what a value stands for
# ("`{minWidth: 200, maxHeight: 300}` 表示『大于等于200px宽度，并且小于等于300px高度』").
_GLOSSED = lazy(r"(?:表示|意为|意思是|意味着|即|称为|叫做)\s*+$")
_ATTRIBUTIVE_ZH = lazy(r"\s*+的")


def _phrase_set_off(doc: Document, inv: Invariant) -> bool:
    """Whether a quotation of a page (not a plain text's: news quotes people so) in Chinese
    marks is a phrase of the page set off, as a modifier (followed by 的) or as what a value
    stands for (after 表示, 即…), which a translation writes in its words without marks."""
    if doc.format == "text" or inv.text[:1] not in "『「“":
        return False
    return _ATTRIBUTIVE_ZH.match(doc.text, inv.end) is not None \
        or _GLOSSED.search(doc.text, max(0, inv.start - 6), inv.start) is not None


def _in_code_marks(text: str, quoted: str) -> bool:
    """Whether a text writes a quotation's words as inline code: 'npm run start' in one
    version and `npm run start` in another are the same literal, not speech lost.

    >>> _in_code_marks("通过 `npm run start` 命令", "'npm run start'"), _in_code_marks("通过 npm run start", "'npm run start'")
    (True, False)
    """
    words = quoted[1:-1].strip()
    return bool(words) and f"`{words}`" in text


def _title_left_open(ctx: Context, k: int, group: Group, inv: Invariant, per_doc: dict[int, list[Invariant]]) -> bool:
    """Whether a mark left open holds a few words to its paragraph's end where every other
    version quotes only names in Japanese brackets: the marks of a name (「ベストセレクション
    賞」として, "the "Best Selection Award."), not of speech, whose loss is no drift. A short
    quotation in other marks ("Long journey!", Chinese “越反越恐”) is someone's words."""
    others = [(o, q) for o, found in per_doc.items() if o != k for q in found if q.kind == "quote"]
    if not others or not all(is_japanese_name(ctx.documents[o].text, q.start, q.end) for o, q in others):
        return False
    doc = ctx.documents[k]
    end = next((doc.paragraphs[i].end for i in group.members[k]
                if doc.paragraphs[i].start <= inv.start < doc.paragraphs[i].end), inv.end)
    return len(doc.text[inv.start + 1:end].split()) < MIN_SPEECH_WORDS


# A paragraph that opens with a dash before a capital: speech, as Hungarian, Polish,
# Russian and others set dialogue (`– Vannak régi épületek, …` for `"We've got the old
# buildings, …`), to the paragraph's end or to the dash that hands over to the speaker
# (`– Hittünk benne … – mondta.`).
_DASH_OPENS = lazy(r"[ \t]*+[–—][ \u00a0]+(?=\p{Lu})")
_DASH_HANDS_OVER = lazy(r"(?<=[\p{L}\p{N}.,!?…][ \u00a0])[–—](?=[ \u00a0]\p{Ll})")


def may_quote(ctx: Context, k: int, group: Group) -> bool:
    """Whether doc k's part of the group can give `quote_candidates` anything to read:
    one of its paragraphs holds a quotation or a mark left open (its invariants: what
    `unbalanced`, `unmarked` and the quotations of `split` are made of), one of the
    three paragraphs before one of them holds a mark left open (what `_closed` needs
    before it reads a paragraph), or one of them holds a dialogue dash (what
    `_dash_speech` opens with). When no version of a group can, every list the function
    builds is empty and it returns nothing: it is not run (`tests/test_speed.py`)."""
    invariants = ctx.invariants[k]
    punctuated = ctx.punctuated[k]
    doc = ctx.documents[k]
    for index in group.members[k]:
        if any(inv.kind == "quote" or inv.kind == "punctuation" for inv in invariants[index]) \
                or (punctuated and not punctuated.isdisjoint(range(index - 3, index))):
            return True
        paragraph = doc.paragraphs[index]
        if _DASH.search(doc.text, paragraph.start, paragraph.end):
            return True
    return False


# Either dash `_DASH_OPENS` opens a paragraph's speech with.
_DASH = re.compile("[–—]")


def _dash_speech(ctx: Context, k: int, group: Group) -> list[Invariant]:
    """The speech of each paragraph of doc k that opens with a dialogue dash: a partner for
    a quotation of another version, never missed itself (a list may be set with dashes)."""
    doc = ctx.documents[k]
    out = []
    for index in group.members[k]:
        paragraph = doc.paragraphs[index]
        opens = _DASH_OPENS.match(doc.text, paragraph.start, paragraph.end)
        if not opens:
            continue
        handed = _DASH_HANDS_OVER.search(doc.text, opens.end(), paragraph.end)
        end = handed.start() if handed else paragraph.end
        words = doc.text[opens.end():end].split()
        if is_speech(" ".join(words)):
            value = " ".join(words[:5]) + ("…" if len(words) > 5 else "")
            out.append(Invariant("quote", value, doc.text[opens.start():end].strip(), opens.start(), end, (), "dash"))
    return out


def _continued(ctx: Context, k: int, group: Group, unbalanced: list[Invariant], partner: bool = False) -> list[Invariant]:
    """Quotations that run on into the next paragraph: English and other languages open
    each paragraph of a long quotation and close only the last one, so a paragraph that
    opens with a mark it never closes is speech to its end, and so is one that opens a
    mark inside and never closes it where the next paragraph opens with a mark (`Berners-Lee
    said they are not talking to "Facebook and Google about …` / `"We are not asking…"`).
    A translation that drops the mark has lost the quotation (a stray mark inside a
    paragraph stays XL502's). With `partner`, a translation's mark left open inside a
    paragraph, whatever its next paragraph opens with (machine translation garbles or
    drops that mark: `&quot;`, `<unk>`): it partners such a quotation of the source."""
    doc = ctx.documents[k]
    out = []
    for inv in unbalanced:
        for index in group.members[k]:
            paragraph = doc.paragraphs[index]
            if paragraph.start <= inv.start < paragraph.end:
                break
        else:
            continue
        opener = doc.text[inv.start]
        if opener in "'‘" and not opens_paragraph(doc.text[paragraph.start:paragraph.end], inv.start - paragraph.start) \
                or opener == "‚" or doc.text[paragraph.start:inv.start].strip() and not (
                    partner or opener in '"“„«' and _next_opens_with(doc, index, opener)):
            continue
        inner = doc.text[inv.start + 1:paragraph.end]
        if is_speech(inner):
            words = inner.split()
            value = " ".join(words[:5]) + ("…" if len(words) > 5 else "")
            out.append(Invariant("quote", value, doc.text[inv.start:paragraph.end], inv.start, paragraph.end))
    return out


# A straight mark that opened and the first curly mark after it, a closing one after a
# word's end or a sentence's, before any curly quotation opens: the quotation closed with
# the other mark ("Le gambe … maciullate”, ha dichiarato … “Wu”), not left open.
_CURLY_CLOSE = lazy(r"\"[^“”\"\n]*?(?<=[\p{L}\p{N}.,!?…])”(?![\p{L}\p{N}])")
# Any quotation mark (a single straight one is as often an apostrophe).
_ANY_MARK = lazy(r"[\"“”„«»‹›「」『』‘’‚]")
# What stands before a mark that opens a paragraph's speech: nothing, or a colon or a comma
# after the speaker (`Hamilton, "Zor bir gündü …`), not a word (a stray mark inside a phrase).
_INTRODUCED = lazy(r"^\s*$|[:,]\s*$")
# Marks that open a quotation and the mark that closes it, where the two differ.
_CLOSERS = {"「": "」", "『": "』", "“": "”", "«": "»", "„": "“", "‹": "›"}


def _source_runs_on(ctx: Context, group: Group, reference: int | None, unbalanced, per_doc) -> bool:
    """Whether the source's quotation, if any, is still open at this paragraph's end: it
    leaves a mark open here, or the paragraph holds no quotation and closes none (the
    middle of a long one, which English does not reopen)."""
    if reference is None or reference not in unbalanced:
        return False
    return bool(unbalanced[reference]) or not any(inv.kind == "quote" for inv in per_doc[reference]) \
        and _CLOSER.search(ctx.text(reference, group)) is None \
        or _next_closes_first(ctx.documents[reference], max(group.members[reference], default=-1))


def _runs_on(doc: Document, members, inv: Invariant) -> bool:
    """Whether a mark a paragraph leaves open runs on into the paragraphs after it: the next
    paragraph opens with the same mark (a long quotation reopened at each paragraph), or a
    later one closes it before any new quotation opens (「…。 / 「…。 / …。」と彼は述べた), or
    the mark opens its paragraph or follows a colon or a comma that introduces speech, and
    the paragraphs after it, to the text's end, hold no quotation mark (an excerpt that ends
    inside the speech: `Kit sözlerine şöyle devam etti: "Neler …?` for `He continued:
    'What's …?`, or the last paragraph opening one the source's next sentence, outside the
    excerpt, would close). Asked only where the source's quotation runs on too (`_source_runs_on`): where the
    source closes its quotation here, the translation's mark left open lost its close."""
    index = next((i for i in members if doc.paragraphs[i].start <= inv.start < doc.paragraphs[i].end), None)
    if index is None:
        return False
    opener = doc.text[inv.start]
    if _next_opens_with(doc, index, opener):
        return True
    if not _ANY_MARK.search(doc.text, doc.paragraphs[index].end) \
            and _INTRODUCED.search(doc.text[doc.paragraphs[index].start:inv.start]):
        # speech opened (its paragraph, or after a colon or a comma), the text ending
        # inside it (an excerpt)
        return True
    if _next_closes_first(doc, index, opener):
        return True
    closer = _CLOSERS.get(opener)
    if closer is None:
        return _next_closes(doc, index, opener)
    rest = doc.text[doc.paragraphs[index].end:]
    close, reopen = rest.find(closer), rest.find(opener)
    return close >= 0 and (reopen < 0 or close < reopen)


def _next_closes(doc: Document, index: int, mark: str) -> bool:
    """Whether the paragraph after paragraph `index` closes a mark that opens and closes
    alike (a straight one) before it opens any: `"Voglio che … la Brexit.` / `Intendiamo …
    e fiero".`, the quotation's second paragraph, not reopened."""
    if index + 1 >= len(doc.paragraphs):
        return False
    following = doc.paragraphs[index + 1]
    first = doc.text.find(mark, following.start, following.end)
    close = _CLOSER.search(doc.text, following.start, following.end)
    return first >= 0 and close is not None and close.start() == first


def _reopened(doc: Document, members, inv: Invariant) -> bool:
    """Whether the paragraph after the one a mark is left open in opens with that mark."""
    index = next((i for i in members if doc.paragraphs[i].start <= inv.start < doc.paragraphs[i].end), None)
    return index is not None and _next_opens_with(doc, index, doc.text[inv.start])


def _next_closes_first(doc: Document, index: int, opener: str | None = None) -> bool:
    """Whether the first quotation mark of the paragraph after paragraph `index` closes a
    quotation (one that mark `opener` may open, if given): the quotation an earlier
    paragraph opened runs on into it (`…she'd say to the person, „Ai putea crede că sunt
    tristă…` / `Sunt nervoasă.”`), whatever that earlier paragraph's marks read."""
    if not 0 <= index < len(doc.paragraphs) - 1:
        return False
    following = doc.paragraphs[index + 1]
    close = _CLOSER.search(doc.text, following.start, following.end)
    first = _ANY_MARK.search(doc.text, following.start, following.end)
    return close is not None and first is not None and close.start() == first.start() \
        and (opener is None or doc.text[close.start()] in PAIRS.get(opener, ""))


def _opens_inside(ctx: Context, k: int, group: Group, inv: Invariant) -> bool:
    """Whether a quotation of doc k opens after other text of its paragraph."""
    doc = ctx.documents[k]
    return any(doc.paragraphs[i].start <= inv.start < doc.paragraphs[i].end
               and doc.text[doc.paragraphs[i].start:inv.start].strip() for i in group.members[k])


def _next_opens_with(doc: Document, index: int, mark: str) -> bool:
    """Whether the paragraph after paragraph `index` of a document opens with `mark`."""
    if index + 1 >= len(doc.paragraphs):
        return False
    following = doc.paragraphs[index + 1]
    return doc.text[following.start:following.end].lstrip().startswith(mark)


# A closing mark after sentence punctuation ("…running," he said) or before it, or a
# Japanese 」 anywhere (it only ever closes): the end of a quotation
# the paragraph before opened.
# German and others put the comma after the mark ("…Sitzplätzen", heißt es); Japanese may
# close the paragraph's last sentence with the mark alone (…永遠に悪い").
# Tokenised machine translation may glue the closing mark to the attribution after it
# (…with a good game, "demanded Flick.): a straight mark after a comma that only a few
# words follow to the paragraph's end; and a German „ turned round at the paragraph's end.
_CLOSER = lazy(r"(?<=[.,!?…。！？，]\s?)[\"”»“」](?=\s|$|[,，])|(?<=[\p{L}\p{N}]\s?)[\"”“»](?=[,.;:])|」"
               r"|(?<=[\p{Han}\p{Hiragana}\p{Katakana}])[\"”](?=\s*$)"
               r"|(?<=,\s)\"(?=\p{L}+(?:\s\S+){0,2}[.!?]?\s*$)|(?<=[.,!?…]\s?)„(?=\s*$)"
               r"|(?<=[\p{Hangul}.,!?…])['’\"”](?=\p{Hangul})")


def _closed(ctx: Context, k: int, group: Group, opened: bool = True) -> list[Invariant]:
    """The last paragraph of a quotation that runs over several: it opens with no mark
    and closes one the paragraph before left open. Speech from its start to the mark.
    With `opened` false, any paragraph that closes a mark it did not open: a partner
    another version offers, whose opening mark may be lost or misread."""
    doc = ctx.documents[k]
    out = []
    for index in group.members[k]:
        # The paragraph that opened it, over at most two that hold no quotation (a
        # speaker's words in three segments, only the first opened: "We have always…).
        before = index - 1
        while index - before <= 2 and before > 0 and not any(
                inv.kind in ("quote", "punctuation") for inv in ctx.invariants[k][before]):
            before -= 1
        if opened and (before < 0 or not any(inv.kind == "punctuation" for inv in ctx.invariants[k][before])):
            continue
        paragraph = doc.paragraphs[index]
        close = _CLOSER.search(doc.text, paragraph.start, paragraph.end)
        if close and any(inv.kind in ("quote", "punctuation") and inv.start < close.start()
                         for inv in ctx.invariants[k][index]):
            continue  # the paragraph opens a quotation of its own first: not a continuation
        # Spanish and French put the stop after the closing mark (escasea".): the sentence's.
        # Speech from the paragraph before, however short its end ("Вы готовы?», — …", the
        # last two words of a call the paragraph before opened), and a clause of a few words
        # before the comma that hands over to the speaker (`Bugün söyledikleri şey yalan
        # haber," dedi.`: Turkish says in five words what English says in six).
        spoken = doc.text[paragraph.start:close.start()] + doc.text[close.end():close.end() + 1].strip(",;:") \
            if close else ""
        if close and (is_speech(spoken) or opened and (_SENTENCE_END.search(spoken.rstrip("»”\"'’"))
                                                       or len(spoken.split()) >= MIN_FRAGMENT_WORDS)):
            inner = doc.text[paragraph.start:close.start()].split()
            value = " ".join(inner[:5]) + ("…" if len(inner) > 5 else "")
            out.append(Invariant("quote", value, doc.text[paragraph.start:close.end()], paragraph.start, close.end()))
    return out


# A sentence's end inside a quotation: not the dots of an ellipsis ("understanding of ...
# how"), nor the quotation's own last mark.
_INNER_END = lazy(r"(?<![.…])[.!?。！？।؟](?![.…])(?=.*[\p{L}\p{N}])", regex.DOTALL)


def _sentence_count(quotation: str) -> int:
    """How many sentences a quotation holds (one at least)."""
    return 1 + len(_INNER_END.findall(quotation))


def _span(ctx: Context, k: int, group: Group, inv: Invariant) -> tuple[float, float]:
    """Where a quotation starts and ends in its group's text, from 0 to 1."""
    end = Invariant(inv.kind, inv.value, inv.text, max(inv.start, inv.end - 1), inv.end)
    return ctx.relative(k, group, inv), ctx.relative(k, group, end)


def _closed_pair(quotation: str) -> bool:
    """Whether a quotation's text opens with a mark and ends with one that closes it (not a
    quotation left open to its paragraph's end, nor the close of one opened before)."""
    return quotation[:1] in PAIRS and len(quotation) > 1 and quotation.rstrip()[-1] in PAIRS[quotation[0]]


def _narration_wrapped(mine: tuple[float, float], theirs: tuple[float, float]) -> bool:
    """Whether a quotation that encloses its whole paragraph (marks at both ends: not the
    close of one opened paragraphs before) stands for one that leaves a
    good part of its own outside (the speaker, "হু ... অনুপ্রেরণা দিয়েছিল, "…""): the marks
    moved to the paragraph's ends (a machine translation wrapping the segment, "हू ने ...
    प्रेरित किया।"), so the narration is quoted and the words are not set apart; no partner."""
    return theirs[0] <= OUTSIDE and theirs[1] >= 1 - OUTSIDE and mine[1] - mine[0] < 1 - NARRATION


def _apart(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart two quotations sit: 0 when they overlap. Word order moves a
    quotation's start ("X said: «…»" / "«…», said X"; Japanese puts the speaker first and
    the verb last) but a long quotation still covers the same stretch of the paragraph."""
    return max(0.0, b[0] - a[1], a[0] - b[1])


def _parts(joined: Invariant, quotes: list[Invariant]) -> list[Invariant]:
    """The quotations a joined one is made of (itself when it is one)."""
    parts = [q for q in quotes if joined.start <= q.start and q.end <= joined.end and q.flag != "title"]
    return parts if len(parts) > 1 and parts[0].start == joined.start else [joined]


def _joined(ctx: Context, k: int, quotes: list[Invariant]) -> list[Invariant]:
    """Quotations with the ones interrupted by a short attribution ("…", he said, "…")
    joined into one: a translator may join or split them. A Japanese 「…」 not followed
    by a quoting particle (と, って) is an utterance of its own: the next 「…」 is another
    (「…」 都の担当者は「…」と, two speakers; 「…」「…」, two voices)."""
    text = ctx.documents[k].text
    out: list[Invariant] = []
    for inv in sorted(quotes, key=lambda q: q.start):
        if out and inv.start - out[-1].end <= JOINED and {out[-1].flag, inv.flag} <= {None, "fragment"} \
                and None in (out[-1].flag, inv.flag) \
                and not _SENTENCE_END.search(text, out[-1].end, inv.start) \
                and not (_SENTENCE_END.search(text, out[-1].end - 2, out[-1].end)
                         and _LETTER.search(text, out[-1].end, inv.start)) \
                and not (text[out[-1].end - 1] == "」" and not _QUOTING.match(text, out[-1].end)):
            last = out[-1]
            out[-1] = Invariant("quote", last.value, last.text, last.start, inv.end, last.alternatives, last.flag)
        else:
            out.append(inv)
    return out


# The flags of a quotation of speech: set in quotation marks, or opened by a dialogue dash.
_SPOKEN = (None, "dash")


def _speech(quotation: Invariant) -> bool:
    """Whether a quotation is speech, a sentence that names code among its words counted
    ("I could just store the keys in a `Vec`." is read as a quoted literal, a title, by
    its backticks alone).

    >>> _speech(Invariant("quote", "", '"I could just store the keys in a `Vec`."', 0, 41, (), "title"))
    True
    >>> _speech(Invariant("quote", "", '"`cargo build --release`"', 0, 26, (), "title"))
    False
    """
    return quotation.flag is None or quotation.flag == "title" and "`" in quotation.text \
        and is_speech(quotation.text[1:-1].replace("`", ""))


def _paired(ctx: Context, group: Group, k: int, o: int, mine: list[Invariant],
            theirs: list[Invariant]) -> set[Invariant]:
    """The quotations of doc k that have a partner in doc o: matched one to one and in
    order, as many as possible, then the nearest."""
    if len(theirs) >= len(mine):
        return set(mine)
    a = [_span(ctx, k, group, q) for q in mine]
    b = [_span(ctx, o, group, q) for q in theirs]

    def cost(i: int, j: int) -> float:
        # A short quotation (a title, a fragment) pairs with a short one, speech with
        # speech, before anything else; of two that both overlap a partner, the one
        # whose start and end lie nearer its own (the first of two quotations, when the
        # translation kept only the first).
        return _apart(a[i], b[j]) + (KIND_PENALTY if (mine[i].flag in _SPOKEN) != (theirs[j].flag in _SPOKEN) else 0) \
            + ENDS_WEIGHT * (abs(a[i][0] - b[j][0]) + abs(a[i][1] - b[j][1]))

    # best[i][j]: (matches, -distance) pairing mine[:i] with theirs[:j] in order.
    best = [[(0, 0.0)] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            options = [best[i - 1][j], best[i][j - 1]]
            if _apart(a[i - 1], b[j - 1]) < NEARBY:
                matches, total = best[i - 1][j - 1]
                options.append((matches + 1, total - cost(i - 1, j - 1)))
            best[i][j] = max(options)
    paired: set[Invariant] = set()
    text = ctx.documents[k].text
    my_length, their_length = max(1.0, content_length(ctx.text(k, group))), max(1.0, content_length(ctx.text(o, group)))
    i, j = len(a), len(b)
    while i and j:
        if _apart(a[i - 1], b[j - 1]) < NEARBY and \
                best[i][j] == (best[i - 1][j - 1][0] + 1, best[i - 1][j - 1][1] - cost(i - 1, j - 1)):
            paired.add(mine[i - 1])
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    for j, partner in enumerate(theirs):
        # Two quotations around an attribution ("…," the draft states. "…") that a
        # translation joined into one, the attribution moved out (该草案指出：“…。…”): the
        # one overlaps both and pairs with each. Not two voices (「…」「…」) one of which
        # was dropped: words stand between the two. Word order moves a quotation about
        # (Hindi puts the speaker first, and one quotation left of two still overlaps
        # both places), so what it holds decides: as many sentences as both, and as much
        # of its paragraph's text.
        covered = [i for i in range(len(a)) if _speech(mine[i]) and _apart(a[i], b[j]) == 0]
        if _speech(partner) and len(covered) >= 2 and (b[j][0] > OUTSIDE or b[j][1] < 1 - OUTSIDE) \
                and all(_LETTER.search(text, mine[i].end, mine[i + 1].start) for i in covered[:-1]) \
                and _sentence_count(partner.text) >= sum(_sentence_count(mine[i].text) for i in covered) \
                and content_length(partner.text) / their_length >= JOINED_COVER * sum(
                    content_length(mine[i].text) for i in covered) / my_length:
            paired.update(mine[i] for i in covered)
    return paired
