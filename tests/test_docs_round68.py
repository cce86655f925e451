"""Round 68 on documentation (tuning data docs43): excerpts of the Spanish catalogue of Rust
by Example (rust-lang/rust-by-example, MIT / Apache-2.0, attribution in
fixtures/SOURCES.md), Markdown pages cut into entries by mdbook-i18n-helpers; each cause
with a twin that stays reported (or, for a drift, a clean twin that stays quiet)."""

from __future__ import annotations

import regex

from tests.conftest import loud_catalogue
from xlcheck.compare.literals import code_word
from xlcheck.extract.codes import NAMED_IN_CODE, SNAKE_CASE

# --- A catalogue of Markdown pages: code spans by Markdown's rules, not reST's ---

# src/hello/print.md:96, src/hello/print/fmt.md:72, src/index.md:50: a code span followed by
# "(" or glued to the word before or after it is a code span in Markdown (CommonMark pairs
# backticks wherever they stand); docutils would not read it as a literal.
GLUED = [
    ("Try uncommenting the line that attempts to format the `Structure` struct (see TODO)",
     "Intente quitar el comentario de la línea que intenta formatear la estructura `Structure`(ver TAREA)"),
    ("Add an implementation of the `fmt::Display` trait for the `Color` struct above so that the output "
     "displays as:",
     "Agrega una implementación del trait `fmt::Display` para la estructura `Color`arriba para que la salida "
     "se muestre como:"),
    ("[Std library types](std.md) - Learn about some custom types provided by `std` library.",
     "[Tipos de la librería std](std.md) - Aprenda sobre algunos tipos de la librería`std`."),
]


def test_a_code_span_glued_to_a_word_in_a_markdown_catalogue_is_one(tmp_path):
    assert loud_catalogue(tmp_path, GLUED, "es", "src/hello/print.md:96") == []


def test_the_same_entries_from_rest_pages_stay_reported(tmp_path):
    found = loud_catalogue(tmp_path, GLUED, "es", "../../library/fmt.rst:96")
    assert sorted(rule for rule, _ in found) == ["XL701", "XL701", "XL701"]


def test_a_code_span_changed_in_a_markdown_catalogue_stays_reported(tmp_path):
    drifted = [(GLUED[0][0], GLUED[0][1].replace("`Structure`", "`Structura`"))]
    assert [rule for rule, _ in loud_catalogue(tmp_path, drifted, "es", "src/hello/print.md:96")] == ["XL702"]


# --- A word whose first letter is accented is not cut after it ---

# src/primitives/array.md:52, a code block's comment whose Spanish translates the slice's
# metavariables: `índice_inicial` is one word, not "í" and an identifier `ndice_inicial`;
# `nombre_de_víctima` is not `nombre_de_v`.
SLICE_EN = ("// Slices can point to a section of an array.\n"
            "    // They are of the form [starting_index..ending_index].\n"
            "    // `starting_index` is the first position in the slice.\n"
            "    // `ending_index` is one more than the last position in the slice.\n")
SLICE_ES = ("// Los slices pueden apuntar a una sección de un arreglo.\n"
            "   // Estos son de la forma [índice_inicial..índice_final].\n"
            "   // `índice_inicial` es la primera posición en el slice.\n"
            "   // `índice_final` es uno más que la última posición en la porción.\n")


def test_an_identifier_is_read_whole_when_a_letter_of_it_is_accented():
    assert [m.group() for m in SNAKE_CASE.finditer(SLICE_ES)] == ["índice_inicial", "índice_inicial", "índice_final"]
    assert [m.group() for m in SNAKE_CASE.finditer("la función válida_x y nombre_de_víctima")] == [
        "válida_x", "nombre_de_víctima"]
    # docs22's Klipper catalogue (GPL-3.0): a parameter's name translated in a formula
    assert [m.group() for m in SNAKE_CASE.finditer("4.0 *diamètre_buse^2")] == ["diamètre_buse"]
    assert "starting_index" in [m.group() for m in SNAKE_CASE.finditer(SLICE_EN)]
    assert NAMED_IN_CODE.search("ápkg/app/server/discovery") is None
    assert NAMED_IN_CODE.search("see pkg/app/server/discovery") is not None


def test_no_finding_names_a_word_cut_after_its_accent(tmp_path):
    po = SLICE_EN.replace("\n", "\\n"), SLICE_ES.replace("\n", "\\n")
    found = loud_catalogue(tmp_path, [po], "es", "src/primitives/array.md:52")
    assert not [value for _, value in found if "ndice" in value and "índice" not in value]


def test_a_word_after_an_accented_letter_in_a_name_check_is_part_of_it():
    assert regex.search(code_word("ndice_final"), "`índice_final`") is None
    assert regex.search(code_word("ending_index"), "`ending_index` is one more") is not None
    assert SNAKE_CASE.fullmatch("ending_index")


# --- A code block's comment entry that lost its trailing line break ---

# src/primitives/literals.md:31 and src/custom_types/structs.md:73: mdBook puts the msgstr
# back in place of the msgid, so the next line of code falls into the comment.
COMMENTS = [("// Scientific notation\\n", "// Notación científica"),
            ("// Instantiate a unit struct\\n", "// Instacia una struct unitaria")]


def test_a_comment_entry_that_lost_its_trailing_line_break_is_reported(tmp_path):
    found = loud_catalogue(tmp_path, COMMENTS, "es", "src/primitives/literals.md:31")
    assert found == [("XL701", "\\n"), ("XL701", "\\n")]


def test_a_comment_entry_that_keeps_its_line_break_is_clean(tmp_path):
    kept = [(source, target + "\\n") for source, target in COMMENTS]
    assert loud_catalogue(tmp_path, kept, "es", "src/primitives/literals.md:31") == []


def test_a_blank_after_the_last_line_break_joins_nothing(tmp_path):
    # src/hello/print/print_debug.md:9: the Spanish ends "…`fmt::Debug`. \n " (a blank
    # after the line break indents the next line, which stays a line of its own).
    entry = ("// The `derive` attribute automatically creates the implementation\\n"
             "// required to make this `struct` printable with `fmt::Debug`.\\n",
             "// El atributo `derive` crea automáticamente la implementación \\n"
             " // requerida para hacer esta `struct` imprimible con `fmt::Debug`. \\n ")
    assert loud_catalogue(tmp_path, [entry], "es", "src/hello/print/print_debug.md:9") == []


# --- Code spans: a comment's prose translated, a capital added to code ---

# src/hello/comment.md:8 and :11, the comment-syntax examples: a code span that is one
# comment, whole, holds prose its translator translates (XL704, information only).
def test_a_code_span_that_is_a_comment_translated_is_no_error(tmp_path):
    entries = [("`/* Block comments which go to the closing delimiter. */`",
                "`/* Comentarios de bloque que van al delimitador de cierre. */`"),
               ("`//! Generate library docs for the enclosing item.`",
                "`//! Genera docs de librería para el artículo adjunto.`")]
    assert loud_catalogue(tmp_path, entries, "es", "src/hello/comment.md:8") == []


def test_a_comment_span_whose_marks_changed_stays_reported(tmp_path):
    entries = [("`//! Generate library docs for the enclosing item.`",
                "`// Genera docs de librería para el artículo adjunto.`")]
    assert [rule for rule, _ in loud_catalogue(tmp_path, entries, "es", "src/hello/comment.md:11")] == ["XL702"]


# src/hello/print/print_debug.md:8 and print_display.md:38: Spanish capitalises no noun, so
# `Derive` is another attribute; `Fmt::Debug` is another path in any language.
DERIVE = ("_All_ types can `derive` (automatically create) the `fmt::Debug` implementation.",
          "Todos Los tipos pueden `Derive` (crear automáticamente) la implementación `fmt::Debug`.")
DEBUG = ("`fmt::Display` is not implemented for `Vec<T>`. `fmt::Debug` must then be used for these generic cases.",
         "`fmt::Display` no se implementa para `Vec<T>`. `Fmt::Debug` debe usarse para estos casos genéricos.")


def test_code_capitalised_in_a_language_whose_nouns_take_none_is_changed(tmp_path):
    found = loud_catalogue(tmp_path, [DERIVE, DEBUG], "es", "src/hello/print/print_debug.md:8")
    assert sorted(found) == [("XL702", "`derive`"), ("XL702", "`fmt::Debug`")]


def test_the_same_code_kept_is_clean(tmp_path):
    kept = [(DERIVE[0], DERIVE[1].replace("`Derive`", "`derive`")), (DEBUG[0], DEBUG[1].replace("`Fmt::", "`fmt::"))]
    assert loud_catalogue(tmp_path, kept, "es", "src/hello/print/print_debug.md:8") == []


# --- A named format argument renamed inside a string ---

# src/hello/print.md:46 and :40, src/hello/print/print_display.md:36: the Spanish writes
# `number` as `numero` all over the page, and in the strings' format fields too, while the
# call still passes `number=1`: the example no longer compiles.
FIELDS = [('\\"{number:0>5}\\"', '\\"{numero:0>5}\\"'), ('\\"{number:0<5}\\"', '\\"{numero:0<5}\\"'),
          ("`Vec<number>`: `1,2,3` (split on `,`)", "`Vec<numero>`: `1,2,3` (partido en `,`)")]


def test_a_named_format_field_renamed_with_the_page_is_changed(tmp_path):
    found = [pair for pair in loud_catalogue(tmp_path, FIELDS, "es", "src/hello/print.md:46") if pair[0] == "XL702"]
    assert ("XL702", "{number:0>5}") in found and ("XL702", "{number:0<5}") in found


def test_the_format_fields_kept_are_clean(tmp_path):
    kept = [(source, target.replace("{numero", "{number")) for source, target in FIELDS]
    found = loud_catalogue(tmp_path, kept, "es", "src/hello/print.md:46")
    assert not [value for _, value in found if value.startswith("{")]
