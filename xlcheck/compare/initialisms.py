"""Acronyms a page writes out in words, with no parenthesis to define them: "Code of
Conduct" on a page that later says "CoC". The initials are read with their case, so a
small word stands for the small letter it gives ("of" for the "o" of CoC) and a run of
capitalised words for capitals ("Domain Name System" for DNS); two letters are too few
to tell a definition from chance."""

from __future__ import annotations


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
