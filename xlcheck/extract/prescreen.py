"""Which extractor families a paragraph can hold, decided by one scan of its text.

Most paragraphs of a catalogue hold no link, no quotation and no code: each extractor
used to find that out with tests of its own (a slash, an @, a quotation mark opening at
each place, a digit), one Python call or more each. One pass of a character class (the
standard `re`, in C) collects the characters these families start from; each family is
then a test of that small set. A family the set rules out is not run: its extractor
could have found nothing there, since every form it reads holds one of its characters
(`tests/test_speed.py` checks each family on every paragraph of every fixture document,
and on generated texts, and that extraction gives the same invariants without the
screen).
"""

from __future__ import annotations

import re

from xlcheck.extract.codes import (
    DOTTED_HINT,
    DOTTED_KEY,
    IDENTIFIER_HINT,
    NAMED_IN_CODE,
    SHORT_OPTION,
    may_be_named_in_code,
    may_have_code_word,
)
from xlcheck.patterns import lazy

# Every character a family below starts from, ASCII digits included (a digit of another
# script is looked for only in a text outside ASCII).
_TRIGGERS = re.compile(r"[0-9/\\@#＠＃:_%\"'‘“”„‚«»「『《〈<&]")
_ASCII_DIGITS = frozenset("0123456789")
_DIGIT = lazy(r"\d")
_UPPER = lazy(r"\p{Lu}")
# A link or a path has a slash or a drive's backslash, a handle an @ or a # (`urls.py`);
# a URL without a scheme starts with "www.".
_URL_MARKS = frozenset("/\\@#＠＃")
# What opens a quotation (`quotes._OPENERS`), an entity that stands for a quotation mark
# (&quot;, &#39;) and the unknown token of machine translation that replaced the marks
# (<unk>).
_QUOTE_MARKS = frozenset("\"'‘“”„‚«»「『《〈<&")
# Every ticker (NASDAQ:NVDA) has a capital on each side of its colon.
_TICKER_HINT = re.compile(r"[A-Z]:[A-Z]")


class Screen:
    """The trigger characters of one paragraph's text (as the extractors see it)."""

    __slots__ = ("digit", "marks", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks = frozenset(_TRIGGERS.findall(text))
        # (in ASCII, a digit is 0-9; elsewhere also ２, ৭, ٣…, which the extractors' \d reads)
        self.digit = not self.marks.isdisjoint(_ASCII_DIGITS) or (
            not text.isascii() and _DIGIT.search(text) is not None)

    def may_have_url(self) -> bool:
        return not self.marks.isdisjoint(_URL_MARKS) or "www." in self.text

    def may_have_quote(self) -> bool:
        return not self.marks.isdisjoint(_QUOTE_MARKS)

    def may_have_code(self) -> bool:
        # Every code form of `codes.py` has a digit, except a ticker, a code written as a
        # word (新冠肺炎 for COVID-19), an identifier in snake or camel case, an environment
        # variable, a package's path, a qualified member, a short option and a dotted key.
        marks = self.marks
        text = self.text
        return self.digit or "_" in marks or "%" in marks \
            or (":" in marks and _TICKER_HINT.search(text) is not None) or may_have_code_word(text) \
            or IDENTIFIER_HINT.search(text) is not None \
            or (may_be_named_in_code(text) and NAMED_IN_CODE.search(text) is not None) \
            or ("-" in text and SHORT_OPTION.search(text) is not None) \
            or (DOTTED_HINT.search(text) is not None and DOTTED_KEY.search(text) is not None)

    def may_have_name(self) -> bool:
        # Every name `names.py` reads starts with an upper-case letter, or is an @handle.
        return "@" in self.marks or _UPPER.search(self.text) is not None


# The families the screen decides, by extractor; the others (markup, dates, numbers)
# test their own triggers first.
MAY_HAVE = {"url": Screen.may_have_url, "quote": Screen.may_have_quote, "code": Screen.may_have_code,
            "name": Screen.may_have_name}
