"""The public Hypothesis strategies: every CLDR language, names, quotations and whole
documents."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xlcheck import check
from xlcheck.io import document_from_text
from xlcheck.locales import cldr_languages, quotation_marks, written_tag
from xlcheck.strategies import (
    LANGUAGES,
    all_facts,
    languages,
    quotations,
    translation_documents,
    translation_pairs,
)

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_languages_cover_every_cldr_language():
    assert len(cldr_languages()) > 500
    assert {"sw", "pt-BR", "zh-Hans", "de-CH", "yo", "km"} <= set(cldr_languages())


@SETTINGS
@given(translation_pairs(languages(), languages(), max_paragraphs=2))
def test_pairs_in_any_cldr_language_are_checked(pair):
    report = check([pair.a, pair.b])
    # each version keeps its tag, or names the script its letters are written in (a Serbian
    # version in Latin letters is read as sr-Latn)
    assert [d.lang for d in report.documents] == [written_tag(d.lang, d.text) for d in (pair.a, pair.b)]
    assert len(pair.a.paragraphs) == len(pair.b.paragraphs) == len(pair.facts)


def test_a_version_in_another_script_than_its_languages_is_reported_in_that_script():
    latin = document_from_text("Boris Džonson je u oktobru posetio Evropu.", "sr", "sr.txt")
    afar = document_from_text("Boris Johnson visited Europe in October.", "aa", "aa.txt")
    assert [d.lang for d in check([afar, latin]).documents] == ["aa", "sr-Latn"]


@SETTINGS
@given(quotations(), st.sampled_from(LANGUAGES))
def test_quotations_take_the_locale_marks(fact, tag):
    opening, closing = quotation_marks(tag)
    assert fact.render(tag) == f"{opening}{fact.value}{closing}"


@SETTINGS
@given(translation_pairs(st.sampled_from(LANGUAGES), st.sampled_from(LANGUAGES), fact_strategy=all_facts()))
def test_faithful_pairs_with_names_and_quotations_state_the_same_facts(pair):
    for paragraph_a, paragraph_b, facts in zip(pair.a.paragraphs, pair.b.paragraphs, pair.facts):
        for fact in facts:
            if fact.kind in ("name", "quote"):
                assert fact.value in paragraph_a.text and fact.value in paragraph_b.text


@SETTINGS
@given(translation_documents())
def test_whole_documents_are_markdown_with_headings_and_the_same_facts(pair):
    assert pair.a.format == pair.b.format == "markdown"
    assert len(pair.a.paragraphs) == len(pair.b.paragraphs)
    assert pair.a.paragraphs[0].kind == "heading"
    report = check([pair.a, pair.b])
    assert not [f for f in report.findings if f.severity == "error" and f.check in ("number", "code", "date")]
