"""Round 19 on documentation (tuning data docs15): excerpts of the numpy.org website
(BSD-3-Clause, © NumPy Developers) and single entries of the Dutch catalogues of the Mixxx
manual (no licence stated: short excerpts for tests), sources in fixtures/SOURCES.md, each
with its clean twin."""

from __future__ import annotations

import json

from tests.conftest import catalogue_findings, loud_catalogue, pair_findings
from xlcheck.config import Config
from xlcheck.evaluate import score_set

# numpy.org content/{en,es}/about.md: the source's Steering Council changed (Marten van
# Kerkwijk and Nathan Goldbaum in, Stephan Hoyer and Eric Wieser emeritus); the Spanish
# page, translated before, still lists the old council.
EN_COUNCIL = ("## Steering Council\n\n"
              "The NumPy Steering Council currently consists of the following members (in alphabetical order, "
              "by last name):\n\n"
              "- Sebastian Berg\n- Ralf Gommers\n- Charles Harris\n- Inessa Pawson\n- Matti Picus\n"
              "- Stéfan van der Walt\n- Melissa Weber Mendonça\n- Marten van Kerkwijk\n- Nathan Goldbaum\n\n"
              "Emeritus:\n\n"
              "- Alex Griffing (2015-2017)\n- Allan Haldane (2015-2021)\n- Travis Oliphant (project founder, 2005-2012)\n"
              "- Eric Wieser (2017-2025)\n- Stephan Hoyer (2017-2025)\n")
ES_COUNCIL = ("## Consejo Directivo\n\n"
              "El Consejo Directivo de NumPy está formado actualmente por los siguientes miembros (en orden "
              "alfabético):\n\n"
              "- Sebastian Berg\n- Ralf Gommers\n- Charles Harris\n- Stephan Hoyer\n- Inessa Pawson\n- Matti Picus\n"
              "- Stéfan van der Walt\n- Melissa Weber Mendonça\n- Eric Wieser\n\n"
              "Eméritos:\n\n"
              "- Alex Griffing (2015-2017)\n- Allan Haldane (2015-2021)\n- Marten van Kerkwijk (2017-2019)\n"
              "- Travis Oliphant (project founder, 2005-2012)\n")
ES_COUNCIL_NOW = ("## Consejo Directivo\n\n"
                  "El Consejo Directivo de NumPy está formado actualmente por los siguientes miembros (en orden "
                  "alfabético):\n\n"
                  "- Sebastian Berg\n- Ralf Gommers\n- Charles Harris\n- Inessa Pawson\n- Matti Picus\n"
                  "- Stéfan van der Walt\n- Melissa Weber Mendonça\n- Marten van Kerkwijk\n- Nathan Goldbaum\n\n"
                  "Eméritos:\n\n"
                  "- Alex Griffing (2015-2017)\n- Allan Haldane (2015-2021)\n"
                  "- Travis Oliphant (project founder, 2005-2012)\n- Eric Wieser (2017-2025)\n"
                  "- Stephan Hoyer (2017-2025)\n")


def _items_missing(source: str, translation: str, lang: str) -> list[tuple[str, str, int]]:
    """(rule, item, line of the translation) of each list item reported missing or left over."""
    return sorted((f.rule, f.value, f.locations[1].line) for f in pair_findings(source, "en", translation, lang)
                  if f.rule == "XL002")


def test_people_a_list_gained_and_lost_are_reported_by_their_names():
    assert _items_missing(EN_COUNCIL, ES_COUNCIL, "es") == [
        ("XL002", "- Eric Wieser", 13),  # still a member in es
        ("XL002", "- Eric Wieser (2017-2025)", 20),  # after the es list's last item
        ("XL002", "- Marten van Kerkwijk", 12),
        ("XL002", "- Marten van Kerkwijk (2017-2019)", 19),  # no longer emeritus in the source
        ("XL002", "- Nathan Goldbaum", 13),
        ("XL002", "- Stephan Hoyer", 8),
        ("XL002", "- Stephan Hoyer (2017-2025)", 20),
    ]


def test_the_same_people_listed_are_clean():
    assert _items_missing(EN_COUNCIL, ES_COUNCIL_NOW, "es") == []


# numpy.org content/{en,pt}/news.md, NumPy 2.2.0: a list of highlights in words, which the
# translation words otherwise ("Many improved annotations" / "Várias melhorias nas
# anotações de tipos"): no item is told by its capitalised words.
EN_HIGHLIGHTS = ("Highlights are:\n\n"
                 "* New functions ``matvec`` and ``vecmat``,\n* Many improved annotations,\n"
                 "* Improved support for the new StringDType,\n* Improved support for free threaded Python,\n"
                 "* Fixes for f2py.\n")
PT_HIGHLIGHTS = ("Alguns dos destaques são:\n\n"
                 "- Novas funções `matvec` e `vecmat`,\n- Várias melhorias nas anotações de tipos,\n"
                 "- Suporte melhorado para o novo StringDType,\n- Suporte aprimorado para Python free-threaded,\n"
                 "- Correções para o f2py.\n")


def test_a_list_of_highlights_worded_otherwise_is_clean():
    assert _items_missing(EN_HIGHLIGHTS, PT_HIGHLIGHTS, "pt") == []


def test_a_highlight_dropped_stays_reported():
    dropped = PT_HIGHLIGHTS.replace("- Novas funções `matvec` e `vecmat`,\n", "")
    assert [rule for rule, _, _ in _items_missing(EN_HIGHLIGHTS, dropped, "pt")] == ["XL002"]


# mixxx-manual-markup.nl.po (microphones, preferences/sound_hardware, glossary): "microphones" is
# "microfoons" all over the Dutch catalogue, and so is the label of a :ref: (the Dutch build
# has no such label: the reference is broken). The first entry also parts the role from its
# backticks, and is reported as before.
MICROPHONES = [
    ("Refer to the section below for details about :ref:`microphones-dj-controllers`.",
     "Raadpleeg het onderstaande gedeelte voor meer informatie over :ref: `microfoons-dj-controllers`."),
    ("The :ref:`hardware` chapter explains different types of DJ hardware. If you are using a microphone, "
     "refer to the :ref:`microphones` chapter.",
     "Het :ref:`hardware` hoofdstuk legt uit welke de verschillende soorten DJ hardware er zijn. Indien u een "
     "microfoon gebruikt, ga naar het :ref:`microfoons` hoofdstuk."),
    ("A feature of many soundcards that allows microphones and other input signals to be heard through the "
     "soundcard outputs with no perceivable latency.",
     "Een kenmerk van veel geluidskaarten dat toestaat om microfoons en andere ingangssignalen te beluisteren "
     "via de uitgangen van de geluidskaart zonder waarneembare latentie."),
]


def _loud(tmp_path, entries, lang="nl"):
    return loud_catalogue(tmp_path, entries, lang)


def test_a_reference_label_translated_with_the_word_all_over_is_reported(tmp_path):
    assert _loud(tmp_path, MICROPHONES) == [("XL702", ":ref:`microphones-dj-controllers`"),
                                            ("XL702", ":ref:`microphones`")]


def test_a_reference_label_kept_is_clean(tmp_path):
    kept = [(source, target.replace(":ref:`microfoons`", ":ref:`microphones`")) for source, target in MICROPHONES]
    assert _loud(tmp_path, kept) == [("XL702", ":ref:`microphones-dj-controllers`")]


# mixxx-manual-markup.nl.po (appendix/mixxx_controls): a :menuselection: role glued to the
# word before it, its menu names translated: docutils does not read it as a role.
MENU = ("Switches to 1 if the play position is within the end range defined in "
        ":menuselection:`Preferences --> Waveforms --> End of track warning`.",
        "Springt op 1 indien de afspeelpositie binnen het einde-bereik ligt dat gedefinieerd is "
        "in:menuselection:`Voorkeuren --> Waveforms --> Einde van de track waarschuwen`.")


def test_a_prose_role_glued_to_the_word_before_is_reported(tmp_path):
    found = [f for f in catalogue_findings(tmp_path, [MENU], "nl") if f.severity != "info"]
    assert [(f.rule, f.value) for f in found] == [
        ("XL701", ":menuselection:`Preferences --> Waveforms --> End of track warning`")]
    assert "glued to the word before it (“in”)" in found[0].message


def test_a_prose_role_translated_and_read_is_clean(tmp_path):
    assert _loud(tmp_path, [(MENU[0], MENU[1].replace("in:menuselection:", "in :menuselection:"))]) == []


# numpy.org content/{en,ja}/learn.md: the Japanese page still dates the free first edition
# to 2006 (2006年), which the source no longer does; reported as a date, labelled a number.
EN_GUIDE = ("* [Guide to NumPy](https://web.mit.edu/dvp/Public/numpybook.pdf) *by Travis E. Oliphant*\n"
            "  This is the first and *free* edition of the book.\n")
JA_GUIDE = ("* [NumPyガイド *Travis E. Oliphant著*](https://web.mit.edu/dvp/Public/numpybook.pdf) "
            "これは2006年の無料版の初版です\n")


def test_a_year_labelled_a_number_is_found_by_the_date_finding_that_names_it(tmp_path):
    (tmp_path / "learn.en.md").write_text(EN_GUIDE, encoding="utf-8")
    (tmp_path / "learn.ja.md").write_text(JA_GUIDE, encoding="utf-8")
    for value, found in (("2006", {"number": 1}), ("2015", {})):
        labels = {"set": "t", "items": [{"files": ["learn.en.md", "learn.ja.md"], "drifts": [
            {"kind": "number", "value": value, "file": "learn.ja.md", "line": 1, "source_line": 1}]}]}
        (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
        _, score = score_set(tmp_path / "labels.json", Config())
        assert +score.found == found and score.labelled == {"number": 1}


# mixxx-manual-markup.nl.po (glossary, "pitch bend"): interpreted text with no role (a title
# reference, set in italics) that the translation sets in quotation marks; the entry after
# it writes reST (the :menuselection: above, read).
BENDS = ("A technique used by DJs that temporarily `bends` the rate of a track up or down, usually while a "
         "button is held.",
         "Een techniek die door DJ's wordt gebruikt en die de snelheid van een nummer tijdelijk 'ombuigt' naar "
         "omhoog of omlaag, meestal terwijl er een toets ingedrukt wordt gehouden.")
MENU_READ = (MENU[0], MENU[1].replace("in:menuselection:", "in :menuselection:"))


def test_interpreted_words_set_in_quotation_marks_are_clean(tmp_path):
    assert _loud(tmp_path, [BENDS, MENU_READ]) == []


def test_interpreted_code_dropped_stays_reported(tmp_path):
    # (the twin names the control the technique drives, `rate_temp_up`, in the source's place)
    source = BENDS[0].replace("`bends` the rate", "raises `rate_temp_up`")
    assert _loud(tmp_path, [(source, BENDS[1]), MENU_READ]) == [("XL701", "`rate_temp_up`")]


# numpy.org content/{en,es}/contribute.md: the source glues "NumPy" to "Documentation" (a
# space lost in a link's text); the Spanish page writes "Documentación NumPy".
EN_CONTRIBUTE = ("### Reviewing pull requests\n"
                 "If you're a developer who knows NumPy, you can help even if you're not familiar with the\n"
                 "codebase. You can:\n"
                 "* summarize a long-running discussion\n* triage documentation PRs\n* test proposed changes\n\n"
                 "### Developing educational materials\n\n"
                 "NumPy's [User Guide](https://numpy.org/devdocs) is undergoing rehabilitation.\n"
                 "We'd also welcome worked examples, notebooks, and videos. [NEP 44 — Restructuring the\n"
                 "NumPyDocumentation](https://numpy.org/neps/nep-0044-restructuring-numpy-docs.html)\n"
                 "lays out our ideas -- and you may have others.\n")
ES_CONTRIBUTE = ("### Revisando solicitudes de cambios\n"
                 "Si eres un desarrollador que conoce NumPy, puedes ayudar aunque no estés familiarizado con el "
                 "código base. Puedes:\n"
                 "* resumir un debate extenso\n* categorizar documentación de solicitudes de incorporación de cambios\n"
                 "* probar los cambios propuestos\n\n"
                 "### Creando material educativo\n\n"
                 "La [Guía de usuario](https://numpy.org/devdocs) de NumPy está en proceso de rehabilitación. "
                 "También ejemplos prácticos, notebooks y vídeos. La propuesta [NEP 44 - Reestructuración de la "
                 "Documentación NumPy](https://numpy.org/neps/nep-0044-restructuring-numpy-docs.html) expone "
                 "nuestras ideas -- y tal vez tú puedas tener otras.\n")


def _names_missing(source: str, translation: str, lang: str) -> list[str]:
    return [f.value for f in pair_findings(source, "en", translation, lang) if f.rule == "XL401"]


def test_a_name_glued_to_a_translated_word_is_there_with_the_name():
    assert _names_missing(EN_CONTRIBUTE, ES_CONTRIBUTE, "es") == []


def test_a_camel_case_name_whose_second_word_is_never_a_word_stays_reported():
    # (the twin leaves out the item that writes "documentation" as a word, in both versions)
    source = EN_CONTRIBUTE.replace("* triage documentation PRs\n", "")
    translation = ES_CONTRIBUTE.replace("* categorizar documentación de solicitudes de incorporación de cambios\n", "")
    assert _names_missing(source, translation, "es") == ["NumPyDocumentation"]


# numpy.org content/{en,es}/about.md, Institutional Partners: the source adds Mateusz Sokol
# to the Quansight people; the Spanish item keeps the others.
EN_PARTNERS = ("Current Institutional Partners include:\n\n"
               "- UC Berkeley (Stéfan van der Walt)\n"
               "- Quansight (Nathan Goldbaum, Ralf Gommers, Matti Picus, Melissa Weber Mendonça, Mateusz Sokol)\n"
               "- NVIDIA (Sebastian Berg)\n")
ES_PARTNERS = ("Entre los actuales socios institucionales se encuentran:\n\n"
               "- UC Berkeley (Stéfan van der Walt)\n"
               "- Quansight (Nathan Goldbaum, Ralf Gommers, Matti Picus, Melissa Weber Mendonça)\n"
               "- NVIDIA (Sebastian Berg)\n")


def test_a_person_left_out_of_an_item_of_names_is_reported():
    found = [f for f in pair_findings(EN_PARTNERS, "en", ES_PARTNERS, "es") if f.severity != "info"]
    assert [(f.rule, f.value, f.locations[1].line, f.locations[1].status) for f in found] == [
        ("XL401", "Mateusz Sokol", 4, "missing")]


def test_the_same_people_in_an_item_are_clean():
    now = ES_PARTNERS.replace("Mendonça)", "Mendonça, Mateusz Sokol)")
    assert [f.rule for f in pair_findings(EN_PARTNERS, "en", now, "es") if f.severity != "info"] == []


# numpy.org content/{en,ja}/learn.md, NumPy Talks (cut to two talks): the Japanese page writes
# the speaker "Jaime Fernadez", an accent and a letter lost, with kana glued to the name;
# the paragraph is mostly Latin letters (titles, links, names) in a Japanese page.
EN_TALKS = ("## NumPy Talks\n\n"
            "* [The Future of NumPy Indexing](https://www.youtube.com/watch?v=o0EacbIbf58) *by Jaime Fernández* (2016)\n"
            "* [Evolution of Array Computing in Python](https://www.youtube.com/watch?v=HVLPJnvInzM&t=10s) "
            "*by Ralf Gommers* (2019)\n")
JA_TALKS = ("## NumPyに関する講演\n\n"
            "* [NumPyにおけるインデックス指定の未来](https://www.youtube.com/watch?v=o0EacbIbf58) *Jaime Fernadezによる* (2016)\n"
            "* [Pythonにおける配列計算の進化](https://www.youtube.com/watch?v=HVLPJnvInzM&t=10s) *Ralf Gommersによる* (2019)\n")


def test_a_name_kept_in_latin_letters_with_a_letter_lost_is_reported():
    found = [(f.rule, f.value, f.locations[1].line) for f in pair_findings(EN_TALKS, "en", JA_TALKS, "ja")
             if f.severity != "info"]
    assert found == [("XL401", "Fernández", 3)]


def test_a_name_kept_as_written_is_clean():
    kept = JA_TALKS.replace("Fernadez", "Fernández")
    assert [f.rule for f in pair_findings(EN_TALKS, "en", kept, "ja") if f.severity != "info"] == []


# mixxx-manual-markup.nl.po (library; preferences/sound_hardware, cut to the sentence): a
# glossary term translated in one entry (:term:`besturingssysteem`) that another entry keeps as
# the source writes it; Sphinx finds no glossary term by the translated wording.
OS_TRANSLATED = ("Depending on your :term:`operating system`, your music will usually be found in the "
                 "“My Music” or “Music” folder.",
                 "Afhankelijk van uw :term:`besturingssysteem`,zal uw muziek zich bevinden in de “Mijn muziek” of "
                 "“Muziek” map.")
OS_KEPT = ("The audio buffer setting determines how quickly your :term:`operating system` expects Mixxx to react.",
           "De audio buffer instelling bepaalt hoe snel uw :term:`operating system` verwacht dat Mixxx reageert.")


def test_a_glossary_term_translated_where_another_entry_keeps_it_is_reported(tmp_path):
    found = [f for f in catalogue_findings(tmp_path, [OS_TRANSLATED, OS_KEPT], "nl") if f.severity != "info"]
    assert [(f.rule, f.value, f.locations[1].text) for f in found] == [
        ("XL702", ":term:`operating system`", ":term:`besturingssysteem`")]


def test_a_glossary_term_translated_throughout_is_left_to_the_glossary(tmp_path):
    # (no entry keeps the term: the translation's glossary may well define it so)
    assert _loud(tmp_path, [OS_TRANSLATED]) == []


# react.dev src/content/learn/build-a-react-app-from-scratch.md (docs9 react, en/es): the
# source names the library TanStack Query and links tanstack.com; the Spanish page still says
# React Query, linking the library's old site, whose address holds "tanstack".
EN_FETCHING = ("If you're fetching data from most backends or REST-style APIs, we suggest using:\n\n"
               "- [TanStack Query](https://tanstack.com/query/)\n- [SWR](https://swr.vercel.app/)\n"
               "- [RTK Query](https://redux-toolkit.js.org/rtk-query/overview)\n")
ES_FETCHING = ("Si estás obteniendo datos de la mayoría de backends o APIs de estilo REST, sugerimos usar:\n\n"
               "- [React Query](https://react-query.tanstack.com/)\n- [SWR](https://swr.vercel.app/)\n"
               "- [RTK Query](https://redux-toolkit.js.org/rtk-query/overview)\n")


def test_a_name_only_in_a_link_of_the_translations_own_is_reported():
    assert _names_missing(EN_FETCHING, ES_FETCHING, "es") == ["TanStack"]


def test_a_name_in_a_link_both_versions_share_is_there():
    # (the twin links the source's address under the old name: the link names what both link to)
    shared = ES_FETCHING.replace("https://react-query.tanstack.com/", "https://tanstack.com/query/")
    assert _names_missing(EN_FETCHING, shared, "es") == []
