"""The extractors' pre-screen (`xlcheck.extract.prescreen`) rules a family out only where
its extractor finds nothing: on every paragraph of every fixture document, read alone
(nothing claimed before it, so nothing hides what it would find), and on generated texts
rich in the characters the families start from. Whole extraction with and without the
screen is compared in `test_speed.py`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_speed import DOCUMENTS
from xlcheck.extract import EXTRACTORS, Claims, as_read, soft_breaks_as_spaces
from xlcheck.extract.prescreen import MAY_HAVE, Screen
from xlcheck.locales import locale_info


def _ruled_out_yet_found(text: str, info, block: str) -> list[str]:
    screen = Screen(text)
    return [kind for kind, may_have in MAY_HAVE.items()
            if not may_have(screen) and EXTRACTORS[kind](text, info, Claims(len(text), text), block)]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: f"{d.path}:{d.lang}")
def test_a_family_ruled_out_finds_nothing_in_the_fixtures(document):
    info = locale_info(document.lang)
    for paragraph in document.paragraphs:
        text = as_read(soft_breaks_as_spaces(paragraph.text, paragraph.kind))
        assert not _ruled_out_yet_found(text, info, paragraph.kind), paragraph.text


# Texts made of what the families start from and what surrounds it: slashes, handles,
# quotation marks of several scripts, entities, digits of other scripts, capitals.
_RICH = st.text(alphabet="aZé 09２৭:/\\@#＠＃_%\"'‘’“”„‚«»「」『《〈<>&;quotw.-()NASDQ", max_size=40)


@settings(max_examples=1000, deadline=None)
@given(_RICH, st.sampled_from(["en", "de", "ja", "ru", "fr"]), st.sampled_from(["text", "list", "heading"]))
def test_a_family_ruled_out_finds_nothing_in_generated_texts(text, lang, block):
    assert not _ruled_out_yet_found(text, locale_info(lang), block)


def test_the_screen_reads_each_family_from_its_characters():
    assert not Screen("Der Wert liefert 42 Einträge.").may_have_url()
    assert Screen("siehe www.example.org").may_have_url()
    assert Screen("@handle").may_have_url()
    assert not Screen("no quotation at all").may_have_quote()
    assert Screen("il a dit « oui »").may_have_quote()
    assert Screen("&quot;yes&quot;").may_have_quote()
    assert Screen("x ２ y").digit and Screen("৭ টা").digit and not Screen("no digit").digit


def _dates_both_ways(text: str, info, block: str, before=()) -> tuple:
    """The dates `dates.extract` reads with and without its screen of forms with figures,
    and what each left claimed, after the extractors `before` it read the same text."""
    from xlcheck.extract import dates

    runs = []
    for screened in (True, False):
        claims = Claims(len(text), text)
        for extractor in before:
            extractor(text, info, claims, block)
        found = dates.extract(text, info, claims, block, screened=screened)
        runs.append((found, bytes(claims._mask)))
    return tuple(runs)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: f"{d.path}:{d.lang}")
def test_the_dates_screen_changes_no_date_in_the_fixtures(document):
    info = locale_info(document.lang)
    before = (EXTRACTORS["markup"], EXTRACTORS["url"])  # (the extractors that read a paragraph first)
    for paragraph in document.paragraphs:
        text = as_read(soft_breaks_as_spaces(paragraph.text, paragraph.kind))
        screened, unscreened = _dates_both_ways(text, info, paragraph.kind, before)
        assert screened == unscreened, paragraph.text


# Figures with what a date, a clock or a decade writes around them, in several cases.
_FIGURES = st.text(alphabet="0123456789１２ .:/-–‑aApPmMhUuthsndrQqlatkoecéÉ'’\"\u00a0年月日時点後秒월ГОДИНІгодинічасvnaráujuтра",
                   max_size=30)


@settings(max_examples=2000, deadline=None)
@given(_FIGURES, st.sampled_from(["en", "de", "cs", "uk", "ru", "pl", "pt", "es", "fr", "ja", "zh", "ko", "hi"]),
       st.sampled_from(["text", "code"]))
def test_the_dates_screen_changes_no_date_in_generated_texts(text, lang, block):
    screened, unscreened = _dates_both_ways(text, locale_info(lang), block)
    assert screened == unscreened


def test_the_dates_screen_lets_each_kind_of_figure_date_through():
    from xlcheck.extract import dates

    for text, lang in (("am 12.03.2024", "de"), ("um 10 Uhr", "de"), ("at 5 PM", "en"), ("on the 9th, then", "en"),
                       ("in Q3 2024", "en"), ("the 90s", "en"), ("в 70-х", "ru"), ("2024-05", "en"),
                       ("od 8.30 do 11.45", "cs"), ("в 9 вечера", "ru"), ("0200GMT", "en"), ("3時", "ja"), ("los años 30", "es"),
                       ("at noon, 3 days later", "en"), ("um 1990", "de")):
        claims = Claims(len(text), text)
        assert dates._may_have_figure_date(text, claims), text
        assert dates.extract(text, locale_info(lang), claims, "text"), text
    text = "The method returns 78916 items after 654 seconds."
    assert not dates._may_have_figure_date(text, Claims(len(text), text))
