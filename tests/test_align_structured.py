"""Paragraph alignment of structured pages (headings, code, lists): a section one version
added is skipped, not paired paragraph by paragraph with what the other has in its place."""

from __future__ import annotations

import numpy as np

from tests.conftest import FIXTURES
from xlcheck import document_from_text
from xlcheck.align import PARAMS, Params, Profile, _CostModel
from xlcheck.api import align_documents

PAGE = FIXTURES / "structured" / "fastapi-required-ja"


def _pair():
    en = document_from_text((PAGE.parent / (PAGE.name + ".en.md")).read_text(), "en", "page.en.md", "markdown")
    ja = document_from_text((PAGE.parent / (PAGE.name + ".ja.md")).read_text(), "ja", "page.ja.md", "markdown")
    return en, ja


def _index(doc, start):
    return next(k for k, p in enumerate(doc.paragraphs) if p.text.startswith(start))


def test_paragraphs_each_version_alone_has_are_left_unpaired():
    # The source added a code example where the Japanese page still has its sentence
    # 'this tells FastAPI the parameter is required': the two are no translation.
    en, ja = _pair()
    added = _index(en, "{* ../../docs_src/query_params_str_validations/tutorial006c")
    kept = _index(ja, "これは **FastAPI**")
    pairs = {(bead.a, bead.b) for bead in align_documents(en, ja).beads}
    assert ((added,), ()) in pairs
    assert ((), (kept,)) in pairs
    # The sections around them still pair one to one.
    assert ((_index(en, "## Query parameter list"),), (_index(ja, "## クエリパラメータのリスト"),)) in pairs


def test_structured_skip_cost_applies_to_structured_documents_only():
    text = [Profile(frozenset(), 100, "text", "x") for _ in range(3)]
    titled = [Profile(frozenset(), 10, "heading", "Title")] + text  # a plain-text article's title
    structured = text + [Profile(frozenset(), 100, "code", "```x```")]
    params = Params(skip=4.2, skip_structured=3.0)
    assert _CostModel(text, text, params).skip_costs()[0][0] == 4.2
    assert _CostModel(titled, titled, params).skip_costs()[0][1] == 4.2
    assert _CostModel(structured, structured, params).skip_costs()[0][0] == 3.0
    assert PARAMS.skip_structured <= PARAMS.skip


def test_unshared_anchors_cost_more_in_structured_documents_only():
    def pair(extra):
        a = [Profile(frozenset({"w:alpha"}), 100, "text", "alpha")] + extra
        b = [Profile(frozenset({"w:beta"}), 100, "text", "beta")] + extra
        return a, b

    code = [Profile(frozenset(), 100, "code", "```x```")]
    title = [Profile(frozenset(), 10, "heading", "Title")]
    costs = {}
    for name, extra in (("plain", []), ("titled", title), ("structured", code)):
        for unshared in (0.0, 2.5):
            model = _CostModel(*pair(extra), Params(unshared=unshared))
            costs[name, unshared] = model.costs(1, 1, *np.ones((3, 1), dtype=np.int64))[0]  # the cell (1, 1)
    assert costs["plain", 2.5] == costs["plain", 0.0]
    assert costs["titled", 2.5] == costs["titled", 0.0]
    assert costs["structured", 2.5] == costs["structured", 0.0] + 2.5


def test_a_paragraph_with_code_the_other_version_lacks_is_no_half_of_a_merge():
    # VitePress custom theme page: the source added a paragraph on `onBeforeRouteChange`
    # and `onBeforePageLoad` that the Spanish page lacks; it is left alone, not merged
    # into the paragraph after it (which reported its code as missing from that one).
    page = FIXTURES / "structured" / "vitepress-custom-theme-es"
    en = document_from_text((page.parent / (page.name + ".en.md")).read_text(), "en", "page.en.md", "markdown")
    es = document_from_text((page.parent / (page.name + ".es.md")).read_text(), "es", "page.es.md", "markdown")
    added = _index(en, "Return `false` from `onBeforeRouteChange`")
    pairs = {(bead.a, bead.b) for bead in align_documents(en, es).beads}
    assert ((added,), ()) in pairs
    assert ((added + 1,), (_index(es, "La exportación por defecto"),)) in pairs
