"""Direct quotations in any locale's marks: “…”, „…“, «…», ‚…‘, 「…」, "…".

The words inside are translated, so the value is not the text: a quotation is compared
by presence and position. Short quoted titles and scare quotes (a few words, no
sentence punctuation) are not quotations of speech and are left to other checks.
"""

from __future__ import annotations

from xlcheck.extract.markup import unknown_element
from xlcheck.locales import LocaleInfo, quotation_marks
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

# Opening mark -> closing marks it may pair with (German „…“ and Swedish ”…” included).
PAIRS: dict[str, str] = {
    "“": "”“",
    "„": "“”",
    "«": "»",
    "»": "«",
    "‚": "‘’",
    "「": "」",
    "『": "』",
    "《": "》",
    "〈": "〉",
    '"': '"',
    "”": "”",
    "‘": "’‘",
    "'": "'‘",
}

# A straight quote glued to the end of a word (workers" compensation) opens nothing, nor
# does a German „ with nothing after it (…zurückzukommen. „: the mark turned round, closing
# a quotation of earlier paragraphs).
# A straight quote with nothing after it closes a quotation of earlier paragraphs, and so
# does one before the sentence's last mark ("…Paddingtonu ".), a space left by a translation.
# Three ASCII marks or more, none a mark of punctuation or a bracket that a language may
# write its own way (``"()"`` / ``“（）”``, ``"..."`` / ``“……”``): a quoted literal.
_SYMBOLS = lazy(r"[#$%&*+/<=>@\\^_`|~-]{3,}+")
# Chinese and Japanese write no space before a quotation: a straight quote there opens one
# (我越觉得"我的性别是男性").
# (An Arabic particle glued to the quotation it governs, with a tatweel or without, is
# before the opening mark: بـ"قسم الكفاءة", و"الهمسات".)
_OPENERS = lazy(r"[«»‚「『《〈”]|„(?!\s*+$)|(?<![\p{L}\p{N}.,!?…])“|“(?![\s,.;:!?)]|$)|(?<![\p{L}\p{N}](?<!ـ|(?<![\p{L}])[وفبلك]))[\"'‘](?=\p{L}|\")|(?<=[\p{Han}\p{Hiragana}\p{Katakana}])\"(?=\p{L}|[^\s\"\p{L}\p{N}]++\")|(?<![\p{L}\p{N}.,!?])\"(?=\s*+\S)(?![.,;:!?]+(?:\s|$))")
# A single quote with a letter on both sides is an apostrophe (Doesn't, O’Mara), never a closer;
# not beside Hangul, which has none: Korean glues its particle to the closing mark
# (‘…마침표’가, "the finale" as the subject).
_APOSTROPHE = lazy(r"\p{L}(?<!\p{Hangul})['’](?!\p{Hangul})\p{L}")
# A plural genitive's mark before a word in lower case ("students' behaviour").
_GENITIVE_IN_SPEECH = lazy(r"['’] \p{Ll}")
# Korean closes a quotation with the quoting particle glued to the mark ("…합니다.”라고
# 말했습니다): a curly close that follows a straight opening mark.
_KOREAN_CLOSE = lazy(r"(?<=[\p{Hangul}.,!?…])”(?=\p{Hangul})")
# A straight single mark after a space or a colon and before a capital opens a quotation
# inside the one a straight single mark opened.
_NESTED_SINGLE = lazy(r"[\s:]'(?=\p{Lu})")
# A straight double quote typed for the apostrophe of a French elision, a space put before
# it or not ("plus de mal à l "économie qu'un président"): where the paragraph has an odd
# number of them, no quotation opens there.
_ELIDED = lazy(r"(?i)(?<=(?<![\p{L}\p{N}])(?:[cdjlmnst]|qu)[ ]?)\"(?=[aeiouyhàâéèêîôûœ])")
_SENTENCE_END = lazy(r"[.!?…。！？]\s*$")
# A single mark after a colon and before a capital opens speech, closed or not (`telling
# reporters: 'I am simply saying: …`, a quotation that runs on into the next paragraph);
# an elision ('90s, 'em) follows no colon.
_SPEECH_AFTER_COLON = lazy(r"(?<=:[ \u00a0])['‘](?=\p{Lu})")
# Swedish and Finnish open a quotation with the mark that closes it (”Jag brukar inte gråta,
# …”): one that opens its paragraph before a letter opens speech, closed or not (a
# quotation over several paragraphs closes only the last). Not in Chinese, where the
# mark opening a paragraph closes the quotation the paragraph before opened.
_SWEDISH_OPEN = lazy(r"(?<![^\n])[ \t]*+”(?=\p{L})")
# A curly mark after a sentence's end with nothing after it: the straight quotation's close.
_CURLY_LAST = lazy(r"(?<=[.!?…][ \u00a0]?)[“”](?=\s*$)")
# Hungarian (and Polish, Czech, Romanian, the languages that quote with „…”) may hand a
# quotation over to its speaker with a dash instead of the closing mark: „Fontos pont volt
# … ellen – nyilatkozta a 31 éves játékos ("It was a good point …," said the 31-year-old).
# A spaced dash before a word in lower case (the verb of saying) closes a „ left open.
_DASH_CLOSE = lazy(r"(?<=[\p{L}\p{N}.,!?…][ \u00a0])[–—](?=[ \u00a0]\p{Ll})")
_HAN = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_HEBREW = lazy(r"\p{Hebrew}")
# Hebrew marks an abbreviation with gershayim before its last letter (ארה"ב, the USA; צה"ל;
# ד"ר, Dr), often typed as a quotation mark (ארה“ב): a mark between Hebrew letters with one
# letter after it is no quotation's mark. A prefix letter glued to an opening mark has a
# word after it, not one letter (ל“ערי רפאים“, into "ghost towns").
_GERSHAYIM = lazy(r"(?<=\p{Hebrew})[\"“”](?=\p{Hebrew}(?![\p{L}\p{M}]))")
# A single mark shaped as an opener but set as a closer, after a word and before no letter:
# the closing mark of right-to-left text typed the other way round ('הים הוא שלנו‘, 'The sea
# is ours').
_TURNED_CLOSE = lazy(r"(?<=[\p{L}\p{N}.,!?…])‘(?![\p{L}\p{N}])")
# Chinese book-title marks: 《你想活出怎样的人生》 is the 「君たちはどう生きるか」 of a Japanese
# text, a title that can partner a quotation but is never one.
_TITLE_MARKS = "《〈"
# Fewer words than this and no sentence punctuation: a title, not speech.
MIN_SPEECH_WORDS = 6
# Japanese quotes speech in 「…」 followed by a quoting particle (と, って); the same marks
# name projects, centres, menus and dishes, and 『…』 titles works. Speech ends on a verb,
# an adjective or a particle (written in hiragana) or on sentence punctuation; a name ends
# on a noun (kanji, katakana, Latin letters, a figure) and is not quoted by と or って.
_KANA = lazy(r"[\p{Hiragana}\p{Katakana}]")
_NOUN_END = lazy(r"[\p{Han}\p{Katakana}ー\p{Latin}\p{N}）)]\s*$")
# として ("as"), とする, となる and とともに ("with") name what the brackets hold, not speech:
# 「ベストセレクション賞」として表彰 (honoured with the "Best Selection Award").
_QUOTING = lazy(r"\s*(?:と(?!して|する|なる|なっ|ともに|共に)|って|っ て)")
_OBJECT = lazy(r"\s*を")
_COMMA = lazy(r"[、，,]")


# English capitalises a work's title word by word but for its small words ("Just the Funny
# Parts: And a Few Hard Truths About Sneaking Into the Hollywood Boys' Club"); speech it
# writes as sentences. A translation may set the title in italics or without marks.
_TITLE_SMALL = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "to", "for", "with",
                          "by", "at", "as", "from", "into", "vs", "per", "via"})
_TITLE_WORD = lazy(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
MIN_TITLE_WORDS = 4


def is_english_title(inner: str) -> bool:
    """Whether quoted English words are a title in title case, not speech: four words or
    more, each capitalised but the small ones, no sentence's end.

    >>> is_english_title("Just the Funny Parts: And a Few Hard Truths About Sneaking Into the Hollywood Boys")
    True
    >>> is_english_title("We Are Going to Win."), is_english_title("We are going to win this fight")
    (False, False)
    """
    words = _TITLE_WORD.findall(inner)
    return len(words) >= MIN_TITLE_WORDS and not _SENTENCE_END.search(inner) and words[0][0].isupper() \
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def _in_prose(text: str, start: int, end: int) -> bool:
    """Whether what stands around a quotation is prose in sentence case (a word in lower
    case that is not a small one), not a headline that capitalises every word, speech in
    its quotations too (`'We Hope' Biden Has a Plan …, 'If They Do, They Haven't …'`)."""
    return any(not w[0].isupper() and not w[0].isdigit() and w.lower() not in _TITLE_SMALL
               for w in _TITLE_WORD.findall(text[:start] + " " + text[end:]))


def is_speech(inner: str) -> bool:
    """Whether quoted text reads as a quotation of speech rather than a title.

    >>> is_speech("Humanity’s Last Exam")
    False
    >>> is_speech("In Zukunft werden sie eingeschränkt sein.")
    True
    >>> is_speech("立即调动大量欧盟资金"), is_speech("永久性的危机")
    (True, False)
    """
    if "`" in inner or "://" in inner or "<" in inner:
        return False  # a quoted link or literal
    words = len(inner.split())
    han = len(_HAN.findall(inner))
    if han:
        # Chinese and Japanese write no spaces: about one word in 1.5 characters.
        words = max(words, round(han / 1.5))
    return words >= MIN_SPEECH_WORDS or (words >= 3 and bool(_SENTENCE_END.search(inner)))


# A few words quoted that open in lower case ("stop being naive", "no plans currently"): a
# piece of someone's sentence, not a title (titles are capitalised). Two words in lower
# case are as often a term set off ("pasta space", a "continuing resolution"), and so is a
# label after an article (an "if you know, you know" order), which translations write
# without marks: those count only where the translation shows its marks replaced (see
# `replaced_marks`).
MIN_FRAGMENT_WORDS = 3
_LOWER_START = lazy(r"[\s\p{P}]*+\p{Ll}")


# Two English words in lower case that are a piece of someone's sentence, not a term:
# an adverb and a verb ("personally announced"), a superlative and its noun ("longest
# job", which takes "the" like a label but is no label).
_SENTENCE_PIECE = lazy(r"\p{Ll}+ly \p{Ll}+ed|(?!(?:inter|hon|prot|for|mod|requ|harv|cont|manif|sugg|inv|arr|dig|conqu|"
                       r"earn|inc|gu|ch|w|r|t|n|b|l|z|p|v|qu|cr|f)est )\p{Ll}{2,}est \p{Ll}{2,}")


def is_fragment(inner: str, words: int = MIN_FRAGMENT_WORDS) -> bool:
    """Whether short quoted text is a fragment of someone's words rather than a title or
    a term: `words` words or more, opening in lower case (scripts without case have none).

    >>> is_fragment("stab in the back,"), is_fragment("…опасность для жизни"), is_fragment("huge risks")
    (True, True, False)
    >>> is_fragment("The Gilded Age"), is_fragment("final", 2), is_fragment("huge risks", 2)
    (False, False, True)
    """
    return len(inner.split()) >= words and _LOWER_START.match(inner) is not None


# Machine translation writes an unknown token (<unk>) for a character it cannot produce:
# one on each side of some words stands where the quotation marks were.
_REPLACED_MARKS = lazy(r"(<([a-z]++)>)(?=\S)([^<>\n]{1,300}?)(?<=\S)\1")


def replaced_marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of words set between two unknown tokens (``<unk>``), the
    marks of a quotation replaced.

    >>> replaced_marks("eines <unk>Stichs in den Rücken<unk>, während <unk> und")
    [(6, 36)]
    >>> replaced_marks("use <b>bold</b> and <code>x</code>")
    []
    """
    return [match.span() for match in _REPLACED_MARKS.finditer(text) if unknown_element(match.group(1))]


# A quotation after an article or a possessive is a label used as a noun ("the
# "pensioner arrested after brawl outside bookies" vibe"), not speech.
# English only ("a" is a preposition in Spanish); not "that" or "her", which also stand
# before speech (said that "…", told her "…").
_ATTRIBUTIVE = lazy(r"(?:^|\s)(?i:the|a|an|his|its|their|our|my|your|this)\s$")
# Unless no noun follows it for it to qualify: a preposition or a conjunction after it, or
# the sentence's end, and the quoted words are the noun phrase itself, someone's words
# ("she'll take a "hard look at running for president" after the November elections").
_HEADLESS = lazy(r"[ \u00a0]+(?:after|before|at|in|on|for|to|from|with|by|about|over|since|until|during|and|or|but"
                 r"|when|if|because|as|that|which)(?![\p{L}])")


def is_japanese_name(text: str, start: int, end: int) -> bool:
    """Whether a Japanese 「…」 or 『…』 at text[start:end] marks a name or a title (a
    noun phrase) rather than speech: it may partner a quotation, it is never missing.

    >>> t = "取り組み「おきたま×みなと開港プロジェクト」が縁で決まった。"
    >>> is_japanese_name(t, 4, t.index("」") + 1)
    True
    >>> t = "千葉さんは「困難に打ち勝つための一助になってくれると思う」と語った。"
    >>> is_japanese_name(t, 5, t.index("」") + 1)
    False
    """
    if text[start] not in "「『" or not _KANA.search(text, 0, min(len(text), end + 200)):
        return False  # Chinese writes no kana: its 「…」 is a quotation
    inner = text[start + 1:end - 1]
    if _SENTENCE_END.search(inner):
        return False
    if text[start] == "『":
        return True  # the title of a work
    if _OBJECT.match(text, end) and not _COMMA.search(inner):
        return True  # 「乾側歴史ものがたり」を発行: an object named, a title that ends in kana
    return bool(_NOUN_END.search(inner)) and not _QUOTING.match(text, end)


def quotations(text: str, closer_opens: bool = False) -> list[tuple[int, int, bool]]:
    """(start, end, balanced) of each quotation; an unclosed one runs to the end. With
    `closer_opens` (a language that opens with ”, Swedish, Finnish), a ” that opens its
    paragraph before a letter opens a quotation even where none closes it.

    A straight double quote the marks' spacing leaves open, in a paragraph that holds an
    even number of them, is paired in order instead: a translation that spaced the marks
    the wrong way round (категорію" пул " Twitch) has lost no quotation.
    """
    spans = _quotations(text, closer_opens)
    if spans and not spans[-1][2] and text[spans[-1][0]] == '"' and text.count('"') % 2 == 0:
        marks = [i for i, ch in enumerate(text) if ch == '"']
        straight = [(marks[i], marks[i + 1] + 1, True) for i in range(0, len(marks), 2)]
        others = [span for span in spans if text[span[0]] != '"'
                  and not any(a <= span[0] < b for a, b, _ in straight)]
        return sorted(others + straight)
    return spans


def _quotations(text: str, closer_opens: bool) -> list[tuple[int, int, bool]]:
    spans = []
    pos = 0
    # Where the last « and ” are: whether one follows is then one comparison, not a scan.
    last_left_guillemet = text.rfind("«")
    last_right_quote = text.rfind("”")
    hebrew = _HEBREW.search(text) is not None
    while True:
        match = _OPENERS.search(text, pos)
        if not match:
            return spans
        opener = match.group()
        if opener == "»" and last_left_guillemet < match.end():
            pos = match.end()  # a closing guillemet on its own
            continue
        if opener == "”" and last_right_quote < match.end() and not (closer_opens and _SWEDISH_OPEN.match(text, match.start())):
            pos = match.end()  # a closing mark on its own
            continue
        if opener == '"' and _ELIDED.match(text, match.start()) and text.count('"') % 2:
            pos = match.end()
            continue
        if hebrew and _GERSHAYIM.match(text, match.start()):
            pos = match.end()  # ארה“ב: an abbreviation's mark
            continue
        closers = PAIRS[opener]
        close = -1
        nested = 0
        # „ inside „ (a quotation quoted inside another with the same marks): counted, where
        # the paragraph closes as many as it opens.
        nests = opener == "„" and text.count("„") > 1 and text.count("„") == sum(
            text.count(mark) for mark in "“”") - (len(_GERSHAYIM.findall(text)) if hebrew else 0)
        for index in range(match.end(), len(text)):
            if nests and text[index] == "„":
                nested += 1
                continue
            if text[index] in closers:
                if hebrew and text[index] in '"“”' and _GERSHAYIM.match(text, index):
                    continue
                if text[index] == "‘" and not _TURNED_CLOSE.match(text, index):
                    continue
                if text[index] in "'’‘" and (_APOSTROPHE.match(text, index - 1) or text[index - 1] == "s"
                                           and index + 1 < len(text) and text[index + 1] == " "
                                           and opener in "'‘" and (_closes_later(text, index + 1)
                                                                   or _GENITIVE_IN_SPEECH.match(text, index)
                                                                   and opens_paragraph(text, match.start()))):
                    # an apostrophe, or a plural genitive ("the workers' union"; "'We know it
                    # won't change students' behaviour", speech that runs on into the next paragraph)
                    continue
                if opener == "'" and text[index] == "'" and _NESTED_SINGLE.match(text, index - 1):
                    nested += 1  # 'At the end … said: 'Why am I …?': a quotation inside, with its own close
                    continue
                if nested:
                    nested -= 1
                    continue
                close = index
                break
        if close == -1 and opener in "„“" and '"' in text[match.end():] and not any(
                mark in text[match.end():] for mark in "“”"):
            close = text.index('"', match.end())  # „…" closed with the straight mark typed
        elif close == -1 and opener == "„" and (dash := _DASH_CLOSE.search(text, match.end())):
            close = dash.start()  # „… – mondta: closed by the dash before the speaker
        elif close == -1 and opener == '"' and _CURLY_LAST.search(text, match.end()):
            close = _CURLY_LAST.search(text, match.end()).start()  # "…development. “ closed with a curly mark
        elif close == -1 and opener == '"' and (korean := _KOREAN_CLOSE.search(text, match.end())):
            close = korean.start()  # "이제 해야 합니다.”라고: a straight mark closed as a curly one
        elif close == -1 and opener == "'" and opens_paragraph(text, match.start()) and "”" in text[match.end():]:
            close = text.index("”", match.end())  # 'During today …,” she said: a straight single mark closed as a double
        if close == -1:
            if opener in "'‘" and not opens_paragraph(text, match.start()) \
                    and not _SPEECH_AFTER_COLON.match(text, match.start()):
                pos = match.end()  # a lone apostrophe ('90s, 'em), not a quotation
                continue
            spans.append((match.start(), len(text), False))
            return spans
        spans.append((match.start(), close + 1, True))
        pos = close + 1


def opens_paragraph(text: str, start: int) -> bool:
    """Whether a single quote opens its paragraph before a capital ('Honestly, I didn't…)
    or a letter of a script without case ('우리는 …, Korean): a quotation in single marks
    that runs on into the next paragraph, not an elision ('90s, 'em)."""
    if text[:start].strip() or start + 1 >= len(text):
        return False
    first = text[start + 1]
    return first.isupper() or first.isalpha() and first.lower() == first.upper()


def _closes_later(text: str, start: int) -> bool:
    """Whether a single quote further on closes the quotation (so this one was a genitive)."""
    return any(not (i + 1 < len(text) and text[i + 1].isalpha()) and not text[i - 1].isspace()
               for i in range(start, min(len(text), start + 200)) if text[i] in "'’")


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    if block in ("code", "frontmatter"):
        return []
    found = []
    if "&quot;" in text or "&#39;" in text:
        # Entities left escaped in plain text (as in some exported news): the same
        # marks, at the same offsets.
        text = text.replace("&quot;", '"     ').replace("&#39;", "'    ")
    # Straight quotes doubled (""As ever,"" writes…): nesting written with one mark, so
    # where each quotation starts and ends cannot be told; they may partner, never be missing.
    nested = '""' in text
    closer_opens = "”" in text and quotation_marks(info.tag)[0] == "”"
    for start, end, balanced in quotations(text, closer_opens):
        if not claims.free(start, min(end, start + 1)):
            continue  # a quoted attribute value inside a tag, a string in code
        inner = text[start + 1:end - 1 if balanced else end]
        if not balanced:
            found.append(Invariant("punctuation", "unbalanced-quote", text[start:min(end, start + 40)], start,
                                   min(end, start + 40)))
            continue
        words = inner.split()
        value = " ".join(words[:5]) + ("…" if len(words) > 5 else "")
        attributive = info.language == "en" and _ATTRIBUTIVE.search(text, max(0, start - 8), start) \
            and not _SENTENCE_PIECE.fullmatch(inner) and not _HEADLESS.match(text, end)
        quoted = text[start] not in _TITLE_MARKS and not is_japanese_name(text, start, end) \
            and not (nested and text[start] == '"') and not attributive
        if quoted and is_speech(inner) and not (info.language == "en" and is_english_title(inner)
                                                and _in_prose(text, start, end)):
            found.append(Invariant("quote", value, text[start:end], start, end))
        else:
            # A title or scare quote: it can partner a quotation elsewhere but need not
            # have one. A quoted title may be translated in one version and kept in
            # another, so its capitalised words are not names to compare. A fragment of
            # someone's words is as short, but is speech all the same.
            flag = "fragment" if quoted and (is_fragment(inner) or info.language == "en"
                                             and _SENTENCE_PIECE.fullmatch(inner)) else "title"
            found.append(Invariant("quote", value, text[start:end], start, end, (), flag))
            if _SYMBOLS.fullmatch(inner):
                # A run of marks quoted (the marker row ``"|||||"`` a page explains): a
                # literal, the same in every language, compared as code.
                found.append(Invariant("code", inner, inner, start + 1, end - 1))
            claims.take(start, end)
    if "<" in text:
        for start, end in replaced_marks(text):
            words = text[start:end].split(">", 1)[1].rsplit("<", 1)[0].split()
            value = " ".join(words[:5]) + ("…" if len(words) > 5 else "")
            found.append(Invariant("quote", value, text[start:end], start, end, (), "unmarked"))
    return found
