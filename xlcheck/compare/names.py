"""Proper names: compared only where they can be told from translated words.

A name is comparable when at least two versions write it the same way (or it is a
camel-case brand such as DeepSeek) and no version uses it as a common word in running
text. A comparable name is present in a version when it occurs there, inflected or
compounded ("DeepSeeks", "Checkliste") or in a glossary form.
"""

from __future__ import annotations

from collections import defaultdict

import regex

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.locales import locale_info
from xlcheck.model import Invariant

# Words, with Latin runs split from Chinese and Japanese ones ("Pythonの" holds "Python").
_WORDS = regex.compile(r"[\p{Latin}\p{Greek}\p{Cyrillic}\p{M}\p{N}]+|[^\p{Latin}\p{Greek}\p{Cyrillic}\p{M}\p{N}\W_]+")
# "OpenAIs", "NVIDIAs": a genitive s after a brand's capitals is never part of the name.
_CAMEL_OR_CAPS = regex.compile(r"\p{Ll}\p{Lu}|\p{Lu}{2}$")
_LOWER_WORDS = regex.compile(r"(?<![\p{L}\p{M}\p{N}_./-])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{M}\p{N}_(])")
_CODE_SPANS = regex.compile(r"`[^`\n]*`|https?://\S+")


class Names:
    """The comparable names of a set of documents, and where each version has them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.vocabulary = frozenset(
            ctx.glossary.canonical(inv.value)
            for per_paragraph in ctx.invariants for paragraph in per_paragraph for inv in paragraph
            if inv.kind == "name"
        )
        self.comparable = self._comparable_names()

    def value(self, inv: Invariant) -> str:
        """The canonical name: glossary form, without a genitive or plural `s`
        when some version writes the bare stem (DeepSeeks -> DeepSeek)."""
        value = self.ctx.glossary.canonical(inv.value)
        if value.endswith("s") and (value[:-1] in self.vocabulary or _CAMEL_OR_CAPS.search(value[:-1])):
            return self.ctx.glossary.canonical(value[:-1])
        return value

    def _comparable_names(self) -> frozenset[str]:
        """Names at least two versions write the same way (or camel-case brands)."""
        ctx = self.ctx
        attested: dict[str, set[int]] = defaultdict(set)
        camel: set[str] = set()
        for k, per_paragraph in enumerate(ctx.invariants):
            for term in ctx.glossary.find(ctx.documents[k].text):
                attested[term].add(k)
            for paragraph in per_paragraph:
                for inv in paragraph:
                    if inv.kind != "name" or not inv.flag:
                        continue
                    value = self.value(inv)
                    if inv.flag.startswith("camel"):
                        camel.add(value)
                    if "initial" not in inv.flag:
                        attested[value].add(k)
        shared = {v for v, docs in attested.items() if len(docs) >= 2}
        common = self._common_words()
        # Month and weekday names are capitalised in some languages (Monday / lundi).
        common |= locale_info("en").calendar_words
        for doc in ctx.documents:
            common |= locale_info(doc.lang).calendar_words
        return frozenset(v for v in shared | camel if v.lower() not in common)

    def _common_words(self) -> set[str]:
        """Words some version writes in lower case in running text: common nouns, not names
        ("Windows and Pads" is a heading, "a window object" gives it away)."""
        words: set[str] = set()
        for doc in self.ctx.documents:
            prose = _CODE_SPANS.sub(" ", doc.text)
            for word in _LOWER_WORDS.findall(prose):
                words.add(word)
                if word.endswith("s"):
                    words.add(word[:-1])
        return words

    def _names_in(self, k: int, paragraphs: tuple[int, ...]) -> dict[str, Invariant]:
        """The comparable names of a group in document k, each with one occurrence."""
        ctx = self.ctx
        found: dict[str, Invariant] = {}
        doc = ctx.documents[k]
        for index in paragraphs:
            paragraph = doc.paragraphs[index]
            for term, start, end in ctx.glossary.find_spans(paragraph.text):
                if term in self.comparable and term not in found:
                    found[term] = Invariant("name", term, paragraph.text[start:end],
                                            paragraph.start + start, paragraph.start + end)
            for inv in ctx.invariants[k][index]:
                if inv.kind != "name":
                    continue
                value = self.value(inv)
                if value not in self.comparable and value.endswith("s") and value[:-1] in self.comparable:
                    value = value[:-1]
                if value in self.comparable and value not in found:
                    found[value] = inv
        return found

    def _words_in(self, k: int, paragraphs: tuple[int, ...]) -> set[str]:
        """Every word form of a group in document k, lower-cased (also without a final s)."""
        ctx = self.ctx
        words: set[str] = set()
        doc = ctx.documents[k]
        for index in paragraphs:
            text = doc.paragraphs[index].text
            for word in _WORDS.findall(text):
                lower = word.lower()
                words.add(lower)
                if lower.endswith("s"):
                    words.add(lower[:-1])
            for term, _, _ in ctx.glossary.find_spans(text):
                words.add(term.lower())
            for inv in ctx.invariants[k][index]:
                if inv.kind == "name":
                    words.add(self.value(inv).lower())
        return words

    def candidates(self, g: int, group: Group, docs: list[int]) -> list[Candidate]:
        """The comparable names some of `docs` have in group `g` and others lack."""
        names = {k: self._names_in(k, group.members[k]) for k in docs}
        words: dict[int, set[str]] = {}
        out = []
        for value in sorted({v for k in docs for v in names[k]}):
            for k in docs:
                if value not in names[k] and k not in words:
                    words[k] = self._words_in(k, group.members[k])  # only when a name is missing
            have = frozenset(k for k in docs if value in names[k] or self._word_present(value, words[k]))
            if len(have) == len(docs):
                continue
            out.append(Candidate(g, "name", value, have, frozenset(docs) - have,
                                 {k: names[k][value] for k in have if value in names[k]}))
        return out

    def _word_present(self, value: str, words: set[str]) -> bool:
        """Whether a name occurs among a group's words, inflected or compounded
        ("Checklist" in "Checkliste", "DeepSeek" in "DeepSeeks")."""
        for term in self.ctx.glossary.terms(value) | {value}:
            lower = term.lower()
            if lower in words:
                return True
            if len(lower) >= 4 and any(w.startswith(lower) and len(w) - len(lower) <= 3 for w in words):
                return True
        return False
