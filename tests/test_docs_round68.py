"""Round 68 on documentation (tuning data docs43): excerpts of the Spanish catalogue of Rust
by Example (rust-lang/rust-by-example, MIT / Apache-2.0, attribution in
fixtures/SOURCES.md), Markdown pages cut into entries by mdbook-i18n-helpers; each cause
with a twin that stays reported (or, for a drift, a clean twin that stays quiet)."""

from __future__ import annotations

from tests.conftest import loud_catalogue

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
