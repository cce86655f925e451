"""Hypothesis strategies for property-based tests of translated content.

Public API: use them to test your own pipeline (or xlcheck) the way xlcheck tests itself.

>>> from hypothesis import given
>>> from xlcheck.strategies import translation_pairs
>>> @given(translation_pairs("pt", "de"))
... def test_faithful_pairs_are_clean(pair):
...     assert check([pair.a, pair.b]).findings == ()

A `Fact` is a value that must survive translation; `translation_pairs` renders the same
facts in two locales (separators, month names from CLDR) inside neutral sentences.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st

from xlcheck.io import document_from_text
from xlcheck.locales import base_language, cldr_languages, format_date, format_number, quotation_marks
from xlcheck.model import Document

# Neutral sentences with one slot each, free of capitalised names and digits.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": ("The report mentions {} in this section.", "According to the team, the figure was {}.",
           "It was noted that {} was relevant here."),
    "pt": ("O relatório menciona {} nesta seção.", "Segundo a equipe, o valor foi {}.",
           "Foi observado que {} era relevante aqui."),
    "de": ("Der Bericht nennt {} in diesem Abschnitt.", "Laut dem Team lag der Wert bei {}.",
           "Es wurde festgestellt, dass {} hier wichtig war."),
    "fr": ("Le rapport mentionne {} dans cette section.", "Selon l’équipe, la valeur était de {}.",
           "Il a été noté que {} était important ici."),
    "es": ("El informe menciona {} en esta sección.", "Según el equipo, el valor fue {}.",
           "Se observó que {} era relevante aquí."),
    "it": ("Il rapporto menziona {} in questa sezione.", "Secondo il gruppo, il valore era {}.",
           "È stato osservato che {} era rilevante qui."),
}
LANGUAGES = tuple(TEMPLATES)
# Any other language: each fact in brackets, so that two facts never read as one number.
NEUTRAL_TEMPLATES = ("({})", "[{}]", "({}).")
HEADINGS = {"en": "Overview", "pt": "Visão geral", "de": "Überblick", "fr": "Aperçu", "es": "Resumen",
            "it": "Panoramica"}
# People whose names no translation changes.
NAMES = ("Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "Margaret Hamilton",
         "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth")
# What the quoted words are does not matter to the check: it compares presence.
QUOTED = ("Veni, vidi, vici", "Eppur si muove", "Alea iacta est", "Carpe diem", "Festina lente")


def languages() -> st.SearchStrategy[str]:
    """Any language CLDR has locale data for (over a thousand tags: ``sw``, ``pt-BR``,
    ``zh-Hans``, ``de-CH``…); facts are rendered with that locale's separators and
    month names."""
    return st.deferred(lambda: st.sampled_from(cldr_languages()))


def _templates(tag: str) -> tuple[str, ...]:
    return TEMPLATES.get(base_language(tag).lower(), NEUTRAL_TEMPLATES)


@dataclass(frozen=True)
class Fact:
    """One invariant: a number, a date (day or month precision) or a code."""

    kind: str
    value: Decimal | datetime.date | str
    precision: str = "day"

    def render(self, tag: str) -> str:
        """The fact as a writer of locale `tag` would write it."""
        if self.kind == "number":
            return format_number(self.value, tag)
        if self.kind == "date":
            return format_date(self.value, tag, self.precision)
        if self.kind == "quote":
            opening, closing = quotation_marks(tag)
            return f"{opening}{self.value}{closing}"
        return str(self.value)

    @property
    def normalised(self) -> str:
        """The value xlcheck reports for this fact (``50000``, ``2023-10``, ``H200``)."""
        if self.kind == "number":
            text = format(Decimal(self.value).normalize(), "f")
            return text.rstrip("0").rstrip(".") if "." in text else text
        if self.kind == "date":
            return self.value.strftime("%Y-%m") if self.precision == "month" else self.value.isoformat()
        return str(self.value)


@dataclass(frozen=True)
class TranslationPair:
    """Two documents stating the same facts, and the facts paragraph by paragraph."""

    a: Document
    b: Document
    facts: tuple[tuple[Fact, ...], ...]


def numbers() -> st.SearchStrategy[Fact]:
    """Quantities people write: integers up to ten million, decimals with two places.

    Small integers are left out: the writer of a translation may spell them as words.
    """
    integers = st.integers(min_value=13, max_value=10_000_000).map(Decimal)
    decimals = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2).filter(
        lambda d: d != d.to_integral_value()
    )
    return st.one_of(integers, decimals).map(lambda d: Fact("number", d))


def dates() -> st.SearchStrategy[Fact]:
    """Dates between 1950 and 2049, at day or month precision."""
    return st.builds(
        lambda d, precision: Fact("date", d, precision),
        st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2049, 12, 31)),
        st.sampled_from(["day", "month"]),
    )


def codes() -> st.SearchStrategy[Fact]:
    """Model and product codes such as H100, A800, R1."""
    return st.builds(
        lambda letter, number: Fact("code", f"{letter}{number}"),
        st.sampled_from("ABHRVX"),
        st.integers(min_value=1, max_value=999),
    )


def names() -> st.SearchStrategy[Fact]:
    """Names of people, written the same way in every language."""
    return st.sampled_from(NAMES).map(lambda name: Fact("name", name))


def quotations() -> st.SearchStrategy[Fact]:
    """Direct quotations, in the quotation marks of each locale („…“, «…», “…”)."""
    return st.sampled_from(QUOTED).map(lambda words: Fact("quote", words))


def facts() -> st.SearchStrategy[Fact]:
    """Numbers, dates and codes."""
    return st.one_of(numbers(), dates(), codes())


def all_facts() -> st.SearchStrategy[Fact]:
    """Numbers, dates, codes, names and quotations."""
    return st.one_of(numbers(), dates(), codes(), names(), quotations())


def _render(paragraphs: tuple[tuple[Fact, ...], ...], tag: str, choices: tuple[tuple[int, ...], ...]) -> str:
    templates = _templates(tag)
    out = []
    for paragraph, picks in zip(paragraphs, choices):
        out.append(" ".join(templates[pick].format(fact.render(tag)) for fact, pick in zip(paragraph, picks)))
    return "\n\n".join(out) + "\n"


@st.composite
def translation_pairs(
    draw,
    lang_a: str | st.SearchStrategy[str] = st.sampled_from(LANGUAGES),
    lang_b: str | st.SearchStrategy[str] = st.sampled_from(LANGUAGES),
    max_paragraphs: int = 5,
    fact_strategy: st.SearchStrategy[Fact] | None = None,
) -> TranslationPair:
    """Two documents in two locales that state the same facts in the same paragraphs.

    Any CLDR language works (`languages()`); the six of `TEMPLATES` get sentences, the
    others bracketed facts. `fact_strategy` chooses the facts (`facts()` by default,
    `all_facts()` for names and quotations too).
    """
    tag_a = lang_a if isinstance(lang_a, str) else draw(lang_a)
    tag_b = lang_b if isinstance(lang_b, str) else draw(lang_b)
    kinds = fact_strategy if fact_strategy is not None else facts()
    paragraphs = tuple(
        tuple(draw(st.lists(kinds, min_size=1, max_size=3, unique_by=lambda f: f.normalised)))
        for _ in range(draw(st.integers(min_value=1, max_value=max_paragraphs)))
    )
    # Each paragraph's facts must be distinct across paragraphs too, so a deletion is visible.
    seen: set[str] = set()
    unique = []
    for paragraph in paragraphs:
        kept = tuple(f for f in paragraph if f.normalised not in seen)
        seen.update(f.normalised for f in kept)
        if kept:
            unique.append(kept)
    paragraphs = tuple(unique)
    choices = tuple(tuple(j % 3 for j in range(len(p))) for p in paragraphs)
    text_a = _render(paragraphs, tag_a, choices)
    text_b = _render(paragraphs, tag_b, choices)
    return TranslationPair(
        document_from_text(text_a, tag_a, path=f"generated.{tag_a}.txt"),
        document_from_text(text_b, tag_b, path=f"generated.{tag_b}.txt"),
        paragraphs,
    )


def without_fact(pair: TranslationPair, paragraph: int, index: int) -> Document:
    """Document B of `pair` with one fact dropped from its sentence (the sentence stays)."""
    return _rewrite_b(pair, paragraph, index, "")


def with_changed_fact(pair: TranslationPair, paragraph: int, index: int, replacement: Fact) -> Document:
    """Document B of `pair` with one fact replaced by another."""
    return _rewrite_b(pair, paragraph, index, replacement.render(pair.b.lang))


def changed(fact: Fact) -> Fact:
    """A fact of the same kind with another value (a digit, a day or a model number off)."""
    if fact.kind == "number":
        return Fact("number", Decimal(fact.value) + (1 if Decimal(fact.value) > 100 else Decimal("0.01")))
    if fact.kind == "date":
        shift = datetime.timedelta(days=1 if fact.precision == "day" else 40)
        return Fact("date", fact.value + shift if fact.value.year < 2049 else fact.value - shift, fact.precision)
    letters = "".join(c for c in str(fact.value) if c.isalpha())
    digits = int("".join(c for c in str(fact.value) if c.isdigit()))
    return Fact("code", f"{letters}{digits + 1 if digits < 999 else digits - 1}")


def _rewrite_b(pair: TranslationPair, paragraph: int, index: int, text: str) -> Document:
    tag = pair.b.lang
    templates = _templates(tag)
    out = []
    for i, facts in enumerate(pair.facts):
        sentences = []
        for j, fact in enumerate(facts):
            template = templates[j % len(templates)]
            sentences.append(template.format(text if (i, j) == (paragraph, index) else fact.render(tag)))
        out.append(" ".join(" ".join(s.split()) for s in sentences))
    return document_from_text("\n\n".join(out) + "\n", tag, path=pair.b.path)


@st.composite
def translation_documents(
    draw,
    lang_a: str | st.SearchStrategy[str] = st.sampled_from(LANGUAGES),
    lang_b: str | st.SearchStrategy[str] = st.sampled_from(LANGUAGES),
    max_sections: int = 4,
) -> TranslationPair:
    """Two whole Markdown documents in two locales: a heading per section, paragraphs and
    list items stating the same facts (numbers, dates, codes, names, quotations)."""
    tag_a = lang_a if isinstance(lang_a, str) else draw(lang_a)
    tag_b = lang_b if isinstance(lang_b, str) else draw(lang_b)
    seen: set[str] = set()
    sections = []
    for _ in range(draw(st.integers(min_value=1, max_value=max_sections))):
        paragraph = tuple(draw(st.lists(all_facts(), min_size=1, max_size=3, unique_by=lambda f: f.normalised)))
        listed = tuple(draw(st.lists(facts(), min_size=0, max_size=3, unique_by=lambda f: f.normalised)))
        paragraph = tuple(f for f in paragraph if f.normalised not in seen)
        seen.update(f.normalised for f in paragraph)
        listed = tuple(f for f in listed if f.normalised not in seen)
        seen.update(f.normalised for f in listed)
        if paragraph:
            sections.append((paragraph, listed))

    def render(tag: str) -> str:
        templates = _templates(tag)
        heading = HEADINGS.get(base_language(tag).lower(), "§")
        out = []
        for paragraph, listed in sections:
            out.append(f"## {heading}")
            out.append(" ".join(templates[j % 3].format(f.render(tag)) for j, f in enumerate(paragraph)))
            if listed:
                out.append("\n".join(f"- {templates[j % 3].format(f.render(tag))}" for j, f in enumerate(listed)))
        return "\n\n".join(out) + "\n"

    facts_by_paragraph: list[tuple[Fact, ...]] = []
    for paragraph, listed in sections:
        facts_by_paragraph += [(), paragraph] + ([listed] if listed else [])
    return TranslationPair(
        document_from_text(render(tag_a), tag_a, path=f"generated.{tag_a}.md", fmt="markdown"),
        document_from_text(render(tag_b), tag_b, path=f"generated.{tag_b}.md", fmt="markdown"),
        tuple(facts_by_paragraph),
    )
