"""Acronyms a page writes out in words, with no parenthesis to define them: "Code of
Conduct" on a page that later says "CoC". The initials are read with their case, so a
small word stands for the small letter it gives ("of" for the "o" of CoC) and a run of
capitalised words for capitals ("Domain Name System" for DNS); two letters are too few
to tell a definition from chance."""

from __future__ import annotations

import re


def written_out(value: str, words: list[str]) -> bool:
    """Whether consecutive words have an acronym's letters, case and all, as initials.

    >>> written_out("CoC", "the Code of Conduct Committee".split()), written_out("COC", ["Code", "of", "Conduct"])
    (True, False)
    """
    size = len(value)
    if size < 3:
        return False
    return any(word[0] == value[0] and "".join(w[0] for w in words[i:i + size]) == value
               for i, word in enumerate(words[:len(words) - size + 1]))


# A capital and the count of times it repeats: the W3 of W3C (World Wide Web Consortium).
_REPEATED = re.compile(r"([A-Z])([2-4])")
_SMALL = frozenset({"of", "and", "for", "the", "on", "in"})


def counted_out(code: str, words: list[str]) -> bool:
    """Whether a code that counts a repeated initial (W3C: three W and a C) has its
    letters as the initials of consecutive capitalised words (small words between them
    aside): the name a translation gives beside the code, or the source writes instead.

    >>> counted_out("W3C", "founded the World Wide Web Consortium at MIT".split())
    True
    >>> counted_out("W3C", "the Web Consortium".split()), counted_out("H100", "Hopper".split())
    (False, False)
    """
    if not _REPEATED.search(code) or not code.isalnum():
        return False
    letters = _REPEATED.sub(lambda m: m.group(1) * int(m.group(2)), code)
    if not (letters.isalpha() and letters.isupper() and len(letters) >= 3):
        return False
    capitalised = [word for word in words if word not in _SMALL]
    size = len(letters)
    return any(all(w[:1].isupper() for w in capitalised[i:i + size])
               and "".join(w[0] for w in capitalised[i:i + size]) == letters
               for i in range(len(capitalised) - size + 1))
