"""Reading files: regular files only, a size limit, encodings named by a BOM or a header,
and texts that differ only in line ends, Unicode composition or wrapping read the same."""

from __future__ import annotations

import json
import os
import textwrap
import unicodedata

import pytest

from tests.conftest import SEED_DE, SEED_PT
from xlcheck import check, document_from_text
from xlcheck.cli import main


def findings(capsys, *args: str) -> tuple[int, list[dict]]:
    code = main([*args, "--format", "json"])
    out = capsys.readouterr().out
    return code, (json.loads(out)["findings"] if out else [])


def error_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0]
    return err[0]


def seed_pt() -> str:
    return SEED_PT.read_text(encoding="utf-8")


# --- what may be read -------------------------------------------------------------------

def test_character_device_is_refused_at_once(capsys):
    assert main(["diff", str(SEED_PT), "/dev/zero", "--langs", "pt,de"]) == 2
    assert "/dev/zero: is a device" in error_line(capsys)


def test_fifo_is_refused_without_hanging(tmp_path, capsys):
    fifo = tmp_path / "doc.de.txt"
    os.mkfifo(fifo)
    assert main(["diff", str(SEED_PT), str(fifo)]) == 2
    assert f"{fifo}: is a FIFO" in error_line(capsys)


def test_size_limit_is_configurable(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XLCHECK_MAX_SIZE", "1KB")
    assert main(["diff", str(SEED_PT), str(SEED_DE)]) == 2
    line = error_line(capsys)
    assert str(SEED_PT) in line and "over the limit of 1,000" in line and "XLCHECK_MAX_SIZE" in line
    monkeypatch.setenv("XLCHECK_MAX_SIZE", "10MB")
    assert main(["diff", str(SEED_PT), str(SEED_DE)]) == 0
    monkeypatch.setenv("XLCHECK_MAX_SIZE", "lots")
    assert main(["diff", str(SEED_PT), str(SEED_DE)]) == 2
    assert "XLCHECK_MAX_SIZE" in error_line(capsys)


# --- encodings --------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                                      "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_read(tmp_path, capsys, encoding):
    copy = tmp_path / "doc.pt.txt"
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00",
           "utf-32-be": b"\x00\x00\xfe\xff"}.get(encoding, b"")
    copy.write_bytes(bom + seed_pt().encode(encoding))
    assert findings(capsys, "diff", str(copy), str(SEED_DE)) == (0, [])
    # And a drift in it is still found, at the right line.
    copy.write_bytes(bom + seed_pt().replace("H800", "H900", 1).encode(encoding))
    code, found = findings(capsys, "diff", str(copy), str(SEED_DE))
    line = next(i for i, text in enumerate(seed_pt().split("\n"), 1) if "H800" in text)
    assert code == 1 and any(loc["line"] == line and loc["path"] == str(copy)
                             for f in found for loc in f["locations"])


def test_utf16_without_a_mark_is_binary(tmp_path, capsys):
    copy = tmp_path / "doc.pt.txt"
    copy.write_bytes(seed_pt().encode("utf-16-le"))
    assert main(["diff", str(copy), str(SEED_DE)]) == 2
    assert "binary" in error_line(capsys)


PO_LATIN1 = """\
msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=ISO-8859-1\\n"

msgid "The laboratory in Munich has 50,000 GPUs."
msgstr "Das Labor in München hat 50.000 GPUs."

msgid "Prices rose by 3.5 percent."
msgstr "Die Preise stiegen um 4,5 Prozent."
"""


def test_po_is_decoded_by_its_declared_charset(tmp_path, capsys):
    po = tmp_path / "messages.po"
    po.write_bytes(PO_LATIN1.encode("latin-1"))
    code, found = findings(capsys, "check", str(po))
    assert code == 1
    assert [f["check"] for f in found] == ["number"] and found[0]["locations"][0]["value"] == "3.5"
    assert found[0]["locations"][1]["line"] == 10


def test_po_declaring_an_unknown_charset_is_exit_two(tmp_path, capsys):
    po = tmp_path / "messages.po"
    po.write_bytes(PO_LATIN1.replace("ISO-8859-1", "X-NOT-A-CHARSET").encode("latin-1"))
    assert main(["check", str(po)]) == 2
    assert "X-NOT-A-CHARSET" in error_line(capsys)


def test_po_string_left_unterminated_is_exit_two(tmp_path, capsys):
    po = tmp_path / "messages.po"
    po.write_text(PO_LATIN1.replace('Preise stiegen um 4,5 Prozent."', "Preise stiegen um 4,5 Prozent."),
                  encoding="utf-8")
    assert main(["check", str(po)]) == 2
    line = error_line(capsys)
    assert str(po) in line and "line 10" in line


def test_xliff_is_decoded_by_its_declaration(tmp_path, capsys):
    xlf = tmp_path / "messages.xlf"
    xlf.write_bytes("""<?xml version="1.0" encoding="ISO-8859-1"?>
<xliff version="1.2"><file source-language="en" target-language="de"><body>
<trans-unit id="1"><source>The lab in Munich has 50,000 GPUs.</source>
<target>Das Labor in München hat 50.000 GPUs.</target></trans-unit>
</body></file></xliff>
""".encode("latin-1"))
    assert findings(capsys, "check", str(xlf)) == (0, [])


# --- equivalent texts -------------------------------------------------------------------

@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_do_not_matter(tmp_path, capsys, newline):
    copy = tmp_path / "doc.pt.txt"
    copy.write_bytes(seed_pt().replace("\n", newline).encode("utf-8"))
    assert findings(capsys, "diff", str(copy), str(SEED_DE)) == (0, [])
    copy.write_bytes(seed_pt().replace("H800", "H900", 1).replace("\n", newline).encode("utf-8"))
    code, found = findings(capsys, "diff", str(copy), str(SEED_DE))
    line = next(i for i, text in enumerate(seed_pt().split("\n"), 1) if "H800" in text)
    column = seed_pt().split("\n")[line - 1].index("H800") + 1
    assert code == 1
    assert (line, column) in [(loc["line"], loc["column"]) for f in found for loc in f["locations"]]


@pytest.mark.parametrize("form", ["NFD", "NFKD"])
def test_decomposed_text_reads_as_composed(tmp_path, capsys, form):
    copy = tmp_path / "doc.pt.txt"
    decomposed = unicodedata.normalize(form, seed_pt()) if form == "NFD" else \
        "".join(unicodedata.normalize("NFD", c) if c.isalpha() else c for c in seed_pt())
    assert decomposed != seed_pt()
    copy.write_text(decomposed, encoding="utf-8")
    assert findings(capsys, "diff", str(copy), str(SEED_DE)) == (0, [])


def test_hangul_decomposed_reads_as_composed():
    composed = "2023년 10월에 DeepSeek는 H100 GPU 5만 개를 발표했다."
    a = document_from_text(composed, "ko")
    b = document_from_text(unicodedata.normalize("NFD", composed), "ko")
    assert check([a, b]).findings == ()


def test_column_counts_composed_characters():
    decomposed = unicodedata.normalize("NFD", "Ação e ciência: H100.")
    report = check([document_from_text("Ação e ciência: H100.", "pt"),
                    document_from_text(decomposed.replace("H100", "H200"), "pt")])
    columns = {loc.column for f in report.findings for loc in f.locations if loc.column}
    assert columns == {"Ação e ciência: ".__len__() + 1}


def test_rewrapped_paragraphs_add_no_finding(tmp_path, capsys):
    wrapped = "\n\n".join(textwrap.fill(p, width=38) for p in seed_pt().split("\n\n"))
    assert wrapped.count("\n") > seed_pt().count("\n") * 2
    copy = tmp_path / "doc.pt.txt"
    copy.write_text(wrapped, encoding="utf-8")
    assert findings(capsys, "diff", str(copy), str(SEED_DE)) == (0, [])


@pytest.mark.parametrize("wrapped", ["In January\n2023 the lab bought 50,000\nGPUs.",
                                     "In\nJanuary 2023 the lab bought\n50,000 GPUs."])
def test_soft_line_break_is_a_space(wrapped):
    # (A file with no blank line at all has one paragraph a line: a second paragraph
    # makes the line breaks in the first one soft.)
    one_line = "In January 2023 the lab bought 50,000 GPUs.\n\nThe end."
    report = check([document_from_text(one_line, "en"), document_from_text(wrapped + "\n\nThe end.", "en")])
    assert report.findings == ()


def test_hard_breaks_before_list_items_stay():
    from xlcheck.extract import soft_breaks_as_spaces

    text = "Steps:\n1. Install\n2. Run\n- more\n> quote"
    assert soft_breaks_as_spaces(text) == text


def test_fifo_in_a_tree_is_exit_two_not_a_hang(tmp_path, capsys):
    (tmp_path / "doc.pt.txt").write_bytes(SEED_PT.read_bytes())
    os.mkfifo(tmp_path / "doc.de.txt")
    assert main(["check", str(tmp_path)]) == 2
    assert "doc.de.txt: is a FIFO" in error_line(capsys)


@pytest.mark.parametrize("module", ["apple", "properties"])
def test_key_value_readers_read_regular_files_only(tmp_path, module, monkeypatch):
    import importlib

    from xlcheck.errors import InputError

    decode = importlib.import_module(f"xlcheck.io.{module}").decode
    fifo = tmp_path / "messages.de"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="is a FIFO"):
        decode(str(fifo))
    big = tmp_path / "big.de"
    big.write_text('"k" = "v";\n' * 200, encoding="utf-8")
    monkeypatch.setenv("XLCHECK_MAX_SIZE", "1KB")
    with pytest.raises(InputError, match="over the limit"):
        decode(str(big))


def test_strings_file_with_an_unclosed_string_is_exit_two(tmp_path):
    from xlcheck.errors import InputError
    from xlcheck.io.apple import read_strings

    strings = tmp_path / "Localizable.strings"
    strings.write_text('"greeting" = "Hallo";\n"farewell" = "Tschüss\\";\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2: a string is not closed"):
        read_strings(str(strings), "de")
