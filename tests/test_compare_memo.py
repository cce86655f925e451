"""What the comparison remembers across a catalogue's groups gives what it computed anew.

A catalogue's checks ask the same whole-document questions entry after entry: whether a
document writes a word's start anywhere (`Context.opens_word`, read by the replaced
surnames), the places of a language (`places._place_keys`, read by `place_key`), a page's
format placeholders (`literals.format_placeholders`). Each is remembered; these tests
check the remembered answer against the search it replaces, on fixture texts and on
generated ones.
"""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from xlcheck.compare import places
from xlcheck.compare.context import Context
from xlcheck.compare.literals import format_placeholders
from xlcheck.glossary import Glossary
from xlcheck.io import document_from_text
from xlcheck.locales import base_language, place_names

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed"


def _searched(start: str, text: str) -> bool:
    """The search `Context.opens_word` stands for."""
    return regex.search(r"(?<![\p{L}])" + regex.escape(start), text) is not None


def _context(*texts: str) -> Context:
    documents = [document_from_text(text, lang, f"t.{lang}.txt") for text, lang in zip(texts, ("en", "de"))]
    return Context(documents, [tuple(() for _ in d.paragraphs) for d in documents], Glossary({}))


def test_opens_word_is_the_search_on_fixture_texts():
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEED.glob("deepseek.*.txt"))[:2]]
    ctx = _context(*texts)
    words = {w.lower() for text in texts for w in regex.findall(r"\p{Lu}\p{Ll}+", text)}
    assert words
    for k in (0, 1):
        text = ctx.documents[k].text
        for word in sorted(words):
            assert ctx.opens_word(k, word) == _searched(word, text)
            assert ctx.opens_word(k, word) == _searched(word, text)  # remembered


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aäbB .-'’1_\nß", max_size=40), st.text(alphabet="aäbB .-'’1_ß", min_size=1, max_size=4))
def test_opens_word_is_the_search(text, start):
    ctx = _context(text or " ", "x")
    assert ctx.opens_word(0, start) == _searched(start, ctx.documents[0].text)
    assert ctx.opens_word(0, start) == _searched(start, ctx.documents[0].text)


def test_place_key_reads_the_same_places_merged_once():
    for lang in ("en", "de", "ru", "ha", "zh"):
        names = place_names(base_language(lang))
        expected = names if base_language(lang) == "en" else {**names, **places.organisation_names()}
        assert places._place_keys(base_language(lang)) == expected
        assert places._place_keys(base_language(lang)) is places._place_keys(base_language(lang))
    assert places.place_key("de", "Berlin") is not None
    assert places.place_key("ru", "Москвы") == places.place_key("ru", "Москва")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["en", "de", "ru", "el", "zh-Hans"]),
       st.lists(st.sampled_from(["Berlin", "Москв", "ы", "а", "Paris", "Αθήν", "α", "北京", "e", "s", "x", "Brazil",
                                 "Бразили", "ю", "я"]), min_size=1, max_size=3).map("".join))
def test_place_key_remembered_is_the_look_up(lang, text):
    """`place_key` remembers its answer per language and word: asked twice, it gives what
    its look-up (the function unremembered) gives."""
    for _ in range(2):
        assert places.place_key(lang, text) == places.place_key.__wrapped__(lang, text)


def test_format_placeholders_answers_each_page():
    page = "Title Format: [`Issue Type`][`Module Name`] `Issue Description`"
    assert format_placeholders(page) == {"Issue Type", "Module Name", "Issue Description"}
    assert format_placeholders(page.replace("Module", "Unit")) == {"Issue Type", "Unit Name", "Issue Description"}
    assert format_placeholders(page) == {"Issue Type", "Module Name", "Issue Description"}
