"""@handles that documentation tags people with (issue #10): names no version translates.
Real excerpt: the CNCF glossary's contributing guide, en and its stale tr translation
(`fixtures/heldout/docs2/hugo-cncf-glossary`, CC BY 4.0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from xlcheck import check, document_from_text

PAGE = Path(__file__).parent.parent / "fixtures" / "heldout" / "docs2" / "hugo-cncf-glossary"
EN = "tag _@iamnoah_, _@nate-double-u_, _@Seokho Son_, _@Jihoon Seo_ and/or _@Junya Okabe_ to be sure they don't miss it."
TR = ("_@Catherine Paganini_, _@Seokho Son_, _@Jihoon Seo_ ve _@iamnoah_ kullanıcılarını da, görmelerinden emin "
      "olmak için mesajınızda etiketleyin.")
TR_CLEAN = ("_@iamnoah_, _@nate-double-u_, _@Seokho Son_, _@Jihoon Seo_ ve _@Junya Okabe_ kullanıcılarını da, "
            "görmelerinden emin olmak için mesajınızda etiketleyin.")


def _names(tr: str) -> set[tuple[str, str, str]]:
    report = check([document_from_text(EN, "en", "a.en.md", "markdown"),
                    document_from_text(tr, "tr", "a.tr.md", "markdown")], reference=0)
    return {(f.rule, f.value, f.blamed.status) for f in report.findings if f.check == "name"}


def test_excerpts_are_the_real_pages():
    assert EN in (PAGE / "contribute-tr.en.md").read_text(encoding="utf-8")
    assert TR in (PAGE / "contribute-tr.tr.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("tr", "expected"), [
    (TR, {("XL401", "@nate-double-u", "missing"), ("XL401", "@Junya Okabe", "missing"),
          ("XL401", "@Catherine Paganini", "extra")}),
    (TR_CLEAN, set()),
], ids=["stale", "clean"])
def test_tagged_handles_are_compared(tr, expected):
    assert _names(tr) == expected
