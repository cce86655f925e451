"""Fuzzing the pipeline and the command line (Hypothesis).

Any bytes, any Unicode (right-to-left scripts, combining marks, emoji, zero-width
characters) and any PO, XLIFF or Markdown structure: `main()` ends with 0, 1 or 2 and
never raises; a document checked against itself has no finding; line ends (LF, CRLF,
CR), Unicode composition (NFC, NFD) and re-wrapping of the same text add none.

The default run tries the profile's few examples; `nox -s fuzz`
(XLCHECK_HYPOTHESIS=fuzz) tries 10,000 for each law.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, SEED_DE, SEED_PT
from xlcheck import check, document_from_text, segment
from xlcheck.cli import main
from xlcheck.errors import XlcheckError

PROFILE = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                          HealthCheck.filter_too_much])

# Characters that stress text handling, mixed into any Unicode.
SPECIAL = [
    "שלום", "مرحبا", "\u200f", "\u200e", "\u202e", "\u2067",            # right-to-left, marks, overrides
    "\u0301", "\u0327", "\u0308", "e\u0301", "\u1100\u1161\u11a8",      # combining marks, decomposed Hangul
    "😀", "👨\u200d👩\u200d👧", "🇩🇪", "1\ufe0f\u20e3",                  # emoji, ZWJ sequences, flags, keycaps
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",          # zero-width and soft hyphen
    "\u00a0", "\u202f", "\u2009", "\u2028", "\t",                        # spaces and separators
    "50.000", "50,000", "1,5", "1.5", "H100", "GPT-4o", "2023", "Oktober", "October", "outubro de 2023",
    "12/03/2024", "Q3 2024", "15:30", "3 p.m.", "DeepSeek", "NASDAQ:NVDA", "v2.1.0", "(NdT: x)",
    "“", "”", "„", "«", "»", "‚", "‘", "’", "\"", "'", "`", "``", "[", "]", "(", ")", "<", ">", "{{", "}}",
    "{", "}", "%s", "%(n)d", "{0}", "|x|", ":ref:`a <b>`", "`a <https://x.org/>`_", "[a](https://x.org/en/)",
    "<b>", "</b>", "<a href=\"/x\">", "<!--", "-->", "/*", "*/", "#", "//", "\\", "\\\\", "https://x.org/(a)",
    "a@b.org", "@user", "/usr/bin", "C:\\Windows", "1. ", "- ", "* ", "> ", "| a |", "```", "~~~", "---",
    "Ab. ", "e.g. ", "Dr. ", "...", "…", "!", "?", "。", "年", "月", "日", "万",
]
UNICODE = st.one_of(st.sampled_from(SPECIAL), st.characters(exclude_categories=("Cs",)))
WORDS = st.lists(UNICODE, max_size=40).map("".join)
LANGS = st.sampled_from(["en", "de", "pt", "fr", "ja", "ar", "he", "de-CH", "zh-Hans"])
# Text without CR, so that line-end variants are made from LF only.
LF_TEXT = st.lists(st.one_of(WORDS, st.just("\n"), st.just("\n\n")), max_size=8).map(
    lambda parts: "".join(parts).replace("\r", "").replace("\x85", ""))


def _check_or_error(documents):
    try:
        return check(documents)
    except XlcheckError:
        return None


# --- the pipeline -----------------------------------------------------------------------

@PROFILE
@given(WORDS, WORDS, LANGS, LANGS, st.sampled_from(["text", "markdown"]))
def test_pipeline_never_raises(text_a, text_b, lang_a, lang_b, fmt):
    _check_or_error([document_from_text(text_a, lang_a, "a.txt", fmt), document_from_text(text_b, lang_b, "b.txt", fmt)])


@PROFILE
@given(LF_TEXT, LANGS, st.sampled_from(["text", "markdown"]))
@example("In January\n2023 it had 50,000 GPUs.\n\nEnd.", "en", "text")
@example("\U0001ccf0", "en", "text")  # a digit of Unicode 16 that this Python's int() does not know
def test_document_against_itself_has_no_finding(text, lang, fmt):
    report = _check_or_error([document_from_text(text, lang, "a.txt", fmt), document_from_text(text, lang, "b.txt", fmt)])
    assert report is None or report.findings == ()


# A space that can become a line break without starting a list item, heading, quote,
# table row or fence: between two characters that are neither blank nor markup.
_WRAP_POINT = regex.compile(r"(?<=[\p{L}\p{N}.,;]) (?=[\p{L}\p{N}])(?!\d{1,3}[.)](?:\s|$))")


def variants(text: str, wrap_every: int, fmt: str = "text") -> dict[str, str]:
    # Only prose is re-wrapped: a line break in a code block, a heading or a fence's
    # opening line is structure, not wrapping.
    prose = [(p.start, p.end) for p in segment.paragraphs(text, fmt) if p.kind == "text"]
    points = [m.start() for start, end in prose for m in _WRAP_POINT.finditer(text, start, end)]
    wrapped_points = points[::wrap_every]
    wrapped = list(text)
    for point in wrapped_points:
        wrapped[point] = "\n"
    return {
        "crlf": text.replace("\n", "\r\n"),
        "cr": text.replace("\n", "\r"),
        "nfd": unicodedata.normalize("NFD", text),
        "nfc": unicodedata.normalize("NFC", text),
        "rewrapped": "".join(wrapped),
    }


@PROFILE
@given(LF_TEXT, LANGS, st.sampled_from(["text", "markdown"]), st.integers(1, 3))
@example("In January 2023 it had 50 000 GPUs and Dr. Wang said so.\n\nCafe\u0301 at 15:30.", "en", "text", 1)
@example("```outubro de 2023", "en", "markdown", 1)  # a fence's opening line is not prose
@example("12/03/2024outubro de 2023", "en", "text", 1)
def test_equivalent_forms_add_no_finding(text, lang, fmt, wrap_every):
    # A second paragraph makes line breaks inside the first soft (a file with no blank
    # line at all has one paragraph a line).
    text = text.rstrip("\n") + "\n\nEnd."
    base = document_from_text(text, lang, "a.txt", fmt)
    for name, variant in variants(text, wrap_every, fmt).items():
        report = _check_or_error([base, document_from_text(variant, lang, "b.txt", fmt)])
        # Info notes are left out: an ambiguous numeric date in both versions is noted
        # (XL203) unless the texts are identical, which re-wrapping makes them not.
        found = [] if report is None else [f.message for f in report.findings if f.severity != "info"]
        assert found == [], name


# --- the command line -------------------------------------------------------------------

def _escape_po(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


@st.composite
def po_files(draw) -> bytes:
    charset = draw(st.sampled_from(["UTF-8", "ISO-8859-1", "CHARSET", "x-bogus", "utf-16"]))
    lines = ['msgid ""', 'msgstr ""', f'"Language: {draw(LANGS)}\\n"',
             f'"Content-Type: text/plain; charset={charset}\\n"', ""]
    for _ in range(draw(st.integers(0, 5))):
        source, target = draw(WORDS), draw(WORDS)
        if draw(st.booleans()):
            lines.append("#, fuzzy")
        prefix = "#~ " if draw(st.integers(0, 9)) == 0 else ""
        escape = _escape_po if draw(st.integers(0, 5)) else (lambda s: s)  # sometimes broken
        lines.append(f'{prefix}msgid "{escape(source)}"')
        closing = '"' if draw(st.integers(0, 9)) else ""
        lines.append(f'{prefix}msgstr "{escape(target)}{closing}')
        lines.append("")
    text = "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "latin-1", "utf-16"]))
    return text.encode(encoding, errors="replace")


def _escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def xliff_files(draw) -> bytes:
    units = []
    for index in range(draw(st.integers(0, 4))):
        escape = _escape_xml if draw(st.integers(0, 5)) else (lambda s: s)
        inline = draw(st.sampled_from(["", '<x id="1"/>', '<g id="2">b</g>', '<ph id="3">%s</ph>', "<bad>"]))
        units.append(f'<trans-unit id="{index}"><source>{escape(draw(WORDS))}{inline}</source>'
                     f'<target>{escape(draw(WORDS))}{inline}</target></trans-unit>')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="en" '
            f'target-language="{draw(LANGS)}"><body>\n' + "\n".join(units) + "\n</body></file></xliff>\n")
    return text.encode("utf-8", errors="surrogatepass")


@st.composite
def markdown_files(draw) -> bytes:
    blocks = []
    for _ in range(draw(st.integers(0, 6))):
        words = draw(WORDS)
        kind = draw(st.sampled_from(["text", "heading", "fence", "open-fence", "list", "link", "front", "html",
                                     "table", "quote"]))
        blocks.append({
            "text": words,
            "heading": f"## {words}",
            "fence": f"```python\n{words}\n```",
            "open-fence": f"~~~\n{words}",
            "list": f"- {words}\n- {words}\n  1. {words}",
            "link": f"See [{words}](https://example.org/en/{words}) and <https://x.org/{words}>",
            "front": f"---\ntitle: {words}\n---",
            "html": f"<div class=\"{words}\">{words}</div>",
            "table": f"| a | {words} |\n|---|---|\n| 1 | 2 |",
            "quote": f"> {words}",
        }[kind])
    return "\n\n".join(blocks).encode("utf-8", errors="surrogatepass")


FILES = st.one_of(
    st.tuples(st.binary(max_size=300), st.sampled_from([".txt", ".md", ".po", ".xlf", ".rst"])),
    st.tuples(WORDS.map(lambda s: s.encode("utf-8", errors="surrogatepass")), st.sampled_from([".txt", ".md"])),
    st.tuples(po_files(), st.just(".po")),
    st.tuples(xliff_files(), st.just(".xlf")),
    st.tuples(markdown_files(), st.sampled_from([".md", ".mdx"])),
)


@PROFILE
@given(FILES, st.sampled_from(["diff", "check", "align"]), st.sampled_from(["text", "json", "sarif", "github", "junit"]))
def test_command_line_never_falls_over(file, command, fmt):
    data, extension = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc.de{extension}"
        path.write_bytes(data)
        out = str(Path(folder) / "report.out")
        if extension in (".po", ".xlf") and command == "check":
            args = ["check", str(path)]
        elif command == "align":
            args = ["align", str(SEED_PT), str(path)]
        else:
            args = [command, str(SEED_PT), str(path)]
        if command != "align":
            args += ["--format", fmt]
        elif fmt == "json":
            args += ["--format", "json"]
        assert main([*args, "--output", out]) in (0, 1, 2)
        assert [name for name in os.listdir(folder) if name.startswith(".xlcheck-")] == []


# --- determinism ------------------------------------------------------------------------

def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    drifted = tmp_path / "deepseek.pt.txt"
    drifted.write_text(SEED_PT.read_text(encoding="utf-8").replace("H800", "H900").replace("2023", "2024"),
                       encoding="utf-8")
    outputs = []
    for seed in ("0", "1", "12345"):
        result = subprocess.run([sys.executable, "-m", "xlcheck", "diff", str(drifted), str(SEED_DE), "--format", "json"],
                                capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)})
        assert result.returncode == 1, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[0])["findings"]
