"""Round 16 on documentation (tuning data docs13): excerpts of the German catalogues of the
MusicBrainz Picard documentation (CC0 1.0) and of the Chaos Mesh documentation (CC BY 4.0,
© Chaos Mesh Authors), attribution in fixtures/SOURCES.md, each with a twin that stays
reported."""

from __future__ import annotations

from tests.conftest import catalogue_findings

# picard-docs-markup.de.po: keyboard shortcuts named by the keys of a German keyboard.
KEYS = [(":kbd:`Ctrl+Shift+S`", ":kbd:`Strg+Umschalt+S`"), (":kbd:`Del`", ":kbd:`Entf`"),
        (":kbd:`Return`", ":kbd:`Eingabe`")]


def _loud(tmp_path, entries, lang="de"):
    return [(f.rule, f.value) for f in catalogue_findings(tmp_path, entries, lang) if f.severity != "info"]


def test_keys_named_by_the_readers_keyboard_are_the_shortcut(tmp_path):
    assert _loud(tmp_path, KEYS) == []


def test_another_letter_of_a_shortcut_stays_reported(tmp_path):
    entries = [*KEYS, (":kbd:`Ctrl+V`", ":kbd:`Strg+C`")]
    assert _loud(tmp_path, entries) == [("XL702", ":kbd:`Ctrl+V`")]


# picard-docs-markup.de.po, functions/func_copy: the arguments of the example named in German.
COPY = ("Copies metadata from variable ``source`` to ``target``. The difference from "
        "``$set(target,%source%)`` is that ``$copy(target,source)`` copies multi-value variables "
        "without flattening them.",
        "Kopiert Metadaten von der Variablen ``quelle`` nach ``ziel``. Der Unterschied zu "
        "``$set(ziel,%quelle%)`` ist, dass ``$copy(ziel,quelle)`` mehrwertige Variablen kopiert, "
        "ohne sie zu glätten.")
# functions/func_eq_any: the list's three dots typeset as an ellipsis.
EQ_ANY = ("Functionally equivalent to ``$or($eq(x,a1),$eq(x,a2) ...)``.",
          "Funktional gleichwertig zu ``$or($eq(x,a1),$eq(x,a2) …)``.")
# functions/func_firstwords: the words to truncate translated, with the count that fits them.
FIRSTWORDS = ("(e.g.: ``$firstwords(one two three,-3)`` is the same as ``$firstwords(one two three,10)``)",
              "(z. B. ist ``$firstwords(eins zwei drei,-3)`` gleichwertig zu ``$firstwords(eins zwei drei,11)``)")


def test_the_words_of_an_example_translated_are_localised(tmp_path):
    assert _loud(tmp_path, [COPY, EQ_ANY, FIRSTWORDS]) == []


def test_a_function_renamed_stays_reported(tmp_path):
    renamed = (COPY[0], COPY[1].replace("$copy(ziel", "$kopiere(ziel"))
    assert _loud(tmp_path, [renamed, EQ_ANY]) == [("XL702", "``$copy(target,source)``")]


def test_a_number_changed_alone_stays_reported(tmp_path):
    alone = (FIRSTWORDS[0], FIRSTWORDS[1].replace("eins zwei drei", "one two three"))
    assert _loud(tmp_path, [COPY, alone]) == [("XL702", "``$firstwords(one two three,10)``")]


def test_three_dots_that_are_code_stay_reported(tmp_path):
    spread = ("Call ``f(a, ...args)``.", "Rufen Sie ``f(a, …args)`` auf.")
    assert [rule for rule, _ in _loud(tmp_path, [COPY, spread])] == ["XL702"]


def test_a_word_kept_in_another_literal_of_the_entry_was_not_translated(tmp_path):
    kept = (COPY[0], COPY[1].replace("``$copy(ziel,quelle)``", "``$copy(target,quelle)``"))
    assert ("XL702", "``target``") in _loud(tmp_path, [kept, EQ_ANY])


# picard-docs-markup.de.po, extending/extending: "MusicBrainz Picard" written "Picard", in a
# catalogue whose links are musicbrainz.org's: the documentation's own project, implied.
EXTENDING = ("There are two primary ways that the functionality of MusicBrainz Picard can be extended: "
             ":doc:`plugins <plugins>` and :doc:`scripts <scripts>`.",
             "Der Funktionsumfang von Picard kann hauptsächlich auf zwei Arten erweitert werden: "
             ":doc:`Plugins <plugins>` und :doc:`Skripte <scripts>`.")
LINKS = [("...add metadata tags to your music files, based on information available from the "
          "`MusicBrainz website <https://musicbrainz.org/>`_.",
          "… Musik-Dateien mit Metadaten, basierend auf den Informationen von der "
          "`MusicBrainz-Website <https://musicbrainz.org/>`_, versehen."),
         ("`Artist <https://musicbrainz.org/doc/Artist>`_", "`Interpret <https://musicbrainz.org/doc/Artist>`_"),
         ("`ISRC <https://musicbrainz.org/doc/ISRC>`_", "`ISRC <https://musicbrainz.org/doc/ISRC>`_")]


def test_the_documentations_own_project_left_implied_is_no_drift(tmp_path):
    assert _loud(tmp_path, [EXTENDING, *LINKS]) == []


def test_a_name_of_a_project_not_linked_stays_missing(tmp_path):
    assert _loud(tmp_path, [EXTENDING]) == [("XL401", "MusicBrainz")]
