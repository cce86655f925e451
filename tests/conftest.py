"""Shared test helpers: the seed fixtures and a way to write drifted copies of them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The default run stays quick; `nox -s slow` (XLCHECK_HYPOTHESIS=thorough) digs deeper.
settings.register_profile("default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
# `nox -s fuzz`: the fuzz tests (tests/test_fuzz.py) with ten thousand examples each.
settings.register_profile("fuzz", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("XLCHECK_HYPOTHESIS", "default"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "seed"
SEED_PT = SEED / "deepseek.pt.txt"
SEED_DE = SEED / "deepseek.de.txt"
SEED_EN = SEED / "deepseek.en.txt"
REWRITE_EN = SEED / "deepseek-rewrite-a.en.txt"


@pytest.fixture
def drift(tmp_path):
    """Copy a fixture into tmp_path with `old` replaced by `new` (which must be there)."""

    def make(source: Path, old: str, new: str, name: str | None = None) -> Path:
        text = source.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in {source}"
        target = tmp_path / (name or source.name)
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
        return target

    return make


def pair_findings(a: str, lang_a: str, b: str, lang_b: str, ext: str = "md", fmt: str = "markdown") -> tuple:
    """The findings of checking `b` against `a` (the source), two documents from text."""
    from xlcheck import check, document_from_text

    return check([document_from_text(a, lang_a, f"a.{lang_a}.{ext}", fmt),
                  document_from_text(b, lang_b, f"b.{lang_b}.{ext}", fmt)], reference=0).findings


def catalogue_findings(tmp_path, entries: list[tuple[str, str]], lang: str, reference: str = "") -> tuple:
    """The findings of checking a PO catalogue of (msgid, msgstr) entries in `lang`, each
    entry under the `#:` line `reference` if one is given."""
    from xlcheck import check

    catalogue = tmp_path / "docs.po"
    where = f"#: {reference}\n" if reference else ""
    body = "".join(f'{where}msgid "{source}"\nmsgstr "{target}"\n\n' for source, target in entries)
    catalogue.write_text(f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                         + body, encoding="utf-8")
    return check([str(catalogue)]).findings


def loud_texts(a: str, lang_a: str, b: str, lang_b: str, ext: str = "md", fmt: str = "markdown") -> list[tuple[str, str]]:
    """(rule, text) of every error and warning of a two-document check."""
    return [(f.rule, f.locations[0].text) for f in pair_findings(a, lang_a, b, lang_b, ext, fmt) if f.severity != "info"]


def loud_located(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, int]]:
    """(rule, value, line of the translation) of every error and warning of a two-document
    Markdown check, sorted."""
    return sorted((f.rule, f.value, f.locations[-1].line or 0) for f in pair_findings(a, lang_a, b, lang_b)
                  if f.severity != "info")


def loud_catalogue(tmp_path, entries: list[tuple[str, str]], lang: str, reference: str = "") -> list[tuple[str, str]]:
    """(rule, value) of every error and warning of checking a PO catalogue of (msgid, msgstr)
    entries in `lang` (each under the `#:` line `reference` if one is given)."""
    return [(f.rule, f.value) for f in catalogue_findings(tmp_path, entries, lang, reference) if f.severity != "info"]


def loud_values(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str]]:
    """(rule, value) of every error and warning of a two-document plain-text check."""
    return [(f.rule, f.value) for f in pair_findings(a, lang_a, b, lang_b, "txt", "text")
            if f.severity in ("error", "warning")]


def extracted(module, text: str, lang: str) -> list[tuple[str, str]]:
    """(value, text) of every invariant an extractor module finds in a plain text."""
    from xlcheck.extract import Claims
    from xlcheck.locales import locale_info

    return [(inv.value, inv.text) for inv in module.extract(text, locale_info(lang), Claims(len(text), text), "text")]
