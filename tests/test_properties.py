"""Laws that hold for every input (Hypothesis)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from xlcheck import check, document_from_text
from xlcheck.strategies import LANGUAGES, changed, translation_pairs, with_changed_fact, without_fact

FAST = settings()  # the profile from tests/conftest.py
TAGS = st.sampled_from(LANGUAGES + ("pt-PT", "de-CH", "en-GB", "fr-CH"))


def _draw_fact(pair, data):
    """(paragraph, index, fact) of one fact of the pair, drawn by Hypothesis."""
    paragraph = data.draw(st.integers(0, len(pair.facts) - 1))
    index = data.draw(st.integers(0, len(pair.facts[paragraph]) - 1))
    return paragraph, index, pair.facts[paragraph][index]


@FAST
@given(translation_pairs(lang_a=TAGS, lang_b=TAGS))
def test_document_against_itself_has_no_findings(pair):
    twin = document_from_text(pair.a.text, pair.a.lang, path="twin." + pair.a.path)
    assert check([pair.a, twin]).findings == ()


@FAST
@given(translation_pairs(lang_a=TAGS, lang_b=TAGS))
def test_reformatting_for_the_other_locale_adds_nothing(pair):
    report = check([pair.a, pair.b])
    assert [f for f in report.findings if f.severity != "info"] == []


@FAST
@given(translation_pairs(lang_a=TAGS, lang_b=TAGS), st.data())
def test_deleting_a_fact_is_always_reported(pair, data):
    paragraph, index, fact = _draw_fact(pair, data)
    drifted = without_fact(pair, paragraph, index)
    report = check([pair.a, drifted])
    named = [f for f in report.findings if f.value == fact.normalised and f.severity == "error"]
    assert named, (fact, [(f.rule, f.value) for f in report.findings])
    assert named[0].blamed.path == drifted.path


@FAST
@given(translation_pairs(lang_a=TAGS, lang_b=TAGS), st.data())
def test_changing_a_fact_gives_exactly_one_finding_naming_it(pair, data):
    paragraph, index, fact = _draw_fact(pair, data)
    new = changed(fact)
    others = {f.normalised for p in pair.facts for f in p}
    assume(new.normalised not in others)
    drifted = with_changed_fact(pair, paragraph, index, new)
    report = check([pair.a, drifted])
    errors = [f for f in report.findings if f.severity != "info"]
    assert len(errors) == 1, [(f.rule, f.value) for f in errors]
    assert errors[0].value == fact.normalised
    assert errors[0].blamed.path == drifted.path


# Characters that the extractors care about, so random text exercises their patterns.
NASTY = st.lists(st.sampled_from(list("0123456789 .,'’-–:/%$€(){}[]<>`*#@\"“”„«»‚‘\n\tHabcdeOoRvéßÄ年月日万") + [
    "2023", "Oktober", "H100", "GPT-4o", "http://x.y/", "```", "---", "\n\n", "Python 3.13", "(NdT : ", "1\\ :sup:`er`"]),
    max_size=60).map("".join)


@FAST
@given(st.one_of(st.text(max_size=300), NASTY), st.one_of(st.text(max_size=300), NASTY), st.sampled_from(["text", "markdown"]),
       st.sampled_from(LANGUAGES + ("ja", "hi", "de-CH")), st.sampled_from(LANGUAGES))
def test_any_text_is_checked_without_crashing(a, b, fmt, lang_a, lang_b):
    report = check([document_from_text(a, lang_a, "a", fmt), document_from_text(b, lang_b, "b", fmt)])
    for finding in report.findings:
        assert finding.rule and finding.locations
