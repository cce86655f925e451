"""Mutating any code, name or quotation of the seed pair in one version is always reported."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED_DE, SEED_PT
from xlcheck import check, document_from_text
from xlcheck.compare.context import Context
from xlcheck.compare.names import Names
from xlcheck.extract import extract_document
from xlcheck.glossary import Glossary

TEXTS = {"pt": SEED_PT.read_text(encoding="utf-8"), "de": SEED_DE.read_text(encoding="utf-8")}
DOCS = {lang: document_from_text(text, lang, f"seed.{lang}.txt") for lang, text in TEXTS.items()}
INVARIANTS = {lang: extract_document(doc) for lang, doc in DOCS.items()}
GLOSSARY = Glossary()
NAMES = Names(Context([DOCS["pt"], DOCS["de"]], [INVARIANTS["pt"], INVARIANTS["de"]], GLOSSARY))
COMPARABLE = NAMES.comparable


def _value(inv):
    """The value the check compares: names in their canonical form (KI -> AI, DeepSeeks -> DeepSeek)."""
    return NAMES.value(inv) if inv.kind == "name" else inv.value


def _elsewhere(lang: str, index: int, value: str) -> bool:
    """Whether a name also occurs (non-initially) in another paragraph of the same version."""
    return any(inv.kind == "name" and _value(inv) == value and "initial" not in (inv.flag or "")
               for i, paragraph in enumerate(INVARIANTS[lang]) if i != index for inv in paragraph)


def _targets():
    """(language, paragraph index, kind, value) of every code, quotation and comparable name.

    A name must survive elsewhere in its version (or be camel-case): one that a version
    drops altogether and names only once cannot be told from a translated proper noun
    (Natal / Weihnachtstag), so xlcheck does not claim to catch that.
    """
    targets = []
    for lang, per_paragraph in INVARIANTS.items():
        for index, paragraph in enumerate(per_paragraph):
            seen = set()
            for inv in paragraph:
                key = (inv.kind, _value(inv))
                if key in seen:
                    continue
                if inv.kind == "code" or (inv.kind == "quote" and inv.flag != "title") or (
                        inv.kind == "name" and _value(inv) in COMPARABLE
                        and (inv.flag.startswith("camel") or _elsewhere(lang, index, _value(inv)))
                        # Glossary names have other forms ("inteligência artificial", "Amerikas")
                        # that still say the same once one form is gone.
                        and len(GLOSSARY.terms(_value(inv))) == 1):
                    seen.add(key)
                    targets.append((lang, index, inv.kind, _value(inv)))
    return targets


TARGETS = _targets()


def _mutate(lang: str, index: int, kind: str, value: str, alter: bool) -> str:
    """The language's text with `value` deleted (or altered) throughout paragraph `index`."""
    doc = DOCS[lang]
    paragraph = doc.paragraphs[index]
    text = paragraph.text
    for inv in sorted((i for i in INVARIANTS[lang][index] if i.kind == kind and _value(i) == value),
                      key=lambda i: -i.start):
        start, end = inv.start - paragraph.start, inv.end - paragraph.start
        if kind == "quote":
            replacement = text[start + 1:end - 1]  # the quotation becomes plain speech
        elif alter:
            replacement = regex.sub(r"\d", lambda m: str((int(m.group()) + 1) % 10), inv.text) if kind == "code" \
                else inv.text[0] + "x" + inv.text[1:]
        else:
            replacement = ""
        text = text[:start] + replacement + text[end:]
    return doc.text[:paragraph.start] + text + doc.text[paragraph.end:]


@settings(max_examples=max(80, settings.default.max_examples))
@given(st.sampled_from(TARGETS), st.booleans())
def test_any_mutated_invariant_is_reported(target, alter):
    lang, index, kind, value = target
    other = "de" if lang == "pt" else "pt"
    mutated = document_from_text(_mutate(lang, index, kind, value, alter), lang, f"mutated.{lang}.txt")
    report = check([DOCS[other], mutated])
    named = [f for f in report.findings if f.blamed.path == mutated.path
             and (f.value == value or (kind == "quote" and f.rule == "XL501"))]
    # A short heading that loses its only name may no longer pair with its counterpart:
    # then the drift is reported as that paragraph having no counterpart.
    unpaired = [f for f in report.findings if f.rule == "XL002" and mutated.path in
                {loc.path for loc in f.locations if loc.status in ("missing", "present")}]
    assert named or unpaired, (target, alter, [(f.rule, f.value) for f in report.findings])


def test_targets_cover_codes_names_and_quotes():
    kinds = {kind for _, _, kind, _ in TARGETS}
    assert kinds == {"code", "name", "quote"}
    assert len(TARGETS) > 60
