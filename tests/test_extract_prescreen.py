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
