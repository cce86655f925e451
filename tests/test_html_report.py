"""The HTML review page, read back with the standard library's parser (no browser):
where findings sit, escaping, the page's policy, document sets, sizes."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import SEED_DE, SEED_EN, SEED_PT
from xlcheck.api import align, check, check_tree
from xlcheck.cli import main
from xlcheck.io import document_from_text
from xlcheck.report import ALIGNMENT_REPORTERS, REPORTERS
from xlcheck.report.html import AlignmentHtmlReporter, HtmlReporter
from xlcheck.report.review import partition

VOID = {"meta", "input", "br", "img", "hr", "link", "source", "wbr", "area", "base", "col", "embed", "track"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.walk()

    def find(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [n for n in self.walk() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)]

    def up(self, cls: str) -> Node | None:
        node = self.parent
        while node is not None and cls not in node.classes:
            node = node.parent
        return node


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.node = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.node)
        self.node.children.append(node)
        if tag not in VOID:
            self.node = node

    def handle_endtag(self, tag):
        node = self.node
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None, f"stray </{tag}>"
        self.node = node.parent

    def handle_data(self, data):
        self.node.children.append(data)


def parse(page: str) -> Node:
    builder = _Builder()
    builder.feed(page)
    builder.close()
    assert builder.node is builder.root, "unclosed elements"
    return builder.root


def markers(dom: Node) -> list[Node]:
    return dom.find("div", "finding")


@pytest.fixture
def drifted(drift):
    return drift(SEED_PT, "GPUs H100 e H200", "GPUs H100", name="drift.pt.txt")


def test_registered_for_check_and_align():
    assert REPORTERS["html"] is HtmlReporter
    assert ALIGNMENT_REPORTERS["html"] is AlignmentHtmlReporter


def test_seed_drift_sits_in_the_segment_the_json_names(drifted):
    report = check([str(drifted), str(SEED_DE)])
    dom = parse(HtmlReporter().render(report))
    found = markers(dom)
    assert len(found) == len(report.findings) == 1
    for index, (marker, finding) in enumerate(zip(sorted(found, key=lambda m: int(m.attrs["data-fid"])),
                                                  report.findings)):
        assert marker.attrs["id"] == f"f{index}"
        assert (marker.attrs["data-rule"], marker.attrs["data-check"], marker.attrs["data-sev"]) == (
            finding.rule, finding.check, finding.severity)
        assert marker.up("para").attrs["data-n"] == str(finding.blamed.paragraph)
        assert marker.up("cell").attrs["lang"] == finding.blamed.lang
    # H200 is highlighted where German states it, in the row where Portuguese lacks it.
    (hit,) = dom.find("mark", "hit")
    assert hit.text() == "H200" and hit.attrs["data-fid"] == "0"
    assert hit.up("cell").attrs["lang"] == "de" and hit.up("para").attrs["data-n"] == "7"
    assert hit.up("row") is found[0].up("row")


def test_every_finding_has_one_marker_and_one_navigation_entry(drift):
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100", name="drift.pt.txt")
    de = drift(SEED_DE, "50.000", "60.000", name="drift.de.txt")
    report = check([str(pt), str(de), str(SEED_EN)])
    assert len(report.findings) >= 2
    dom = parse(HtmlReporter().render(report))
    fids = sorted(int(m.attrs["data-fid"]) for m in markers(dom))
    assert fids == list(range(len(report.findings)))
    assert sorted(int(li.attrs["data-fid"]) for li in dom.find("li", "nav")) == fids
    for marker in markers(dom):
        finding = report.findings[int(marker.attrs["data-fid"])]
        para, cell = marker.up("para"), marker.up("cell")
        if finding.blamed.paragraph is None:
            assert para is None
        else:
            assert para.attrs["data-n"] == str(finding.blamed.paragraph)
        if cell is not None or finding.blamed.paragraph is not None:
            assert cell.attrs["lang"] == finding.blamed.lang


HOSTILE_PT = """\
O modelo <script>window.__xl_pwned = 1</script> custa 50.000 dólares.

Veja [a página](javascript:window.__xl_pwned=3) e <img src="http://127.0.0.1:9/leak.png" onerror="window.__xl_pwned=2">.

Link: <a href="javascript:window.__xl_pwned=4">clique</a> https://example.com/a?b=1&c="x" e </div></template></details>.
"""

HOSTILE_DE = """\
Das Modell <script>window.__xl_pwned = 1</script> kostet 60.000 Dollar.

Siehe [die Seite](javascript:window.__xl_pwned=5) und <img src="http://127.0.0.1:9/leak.png" onerror="window.__xl_pwned=2">.

Link: <a href="javascript:window.__xl_pwned=6">klicken</a> https://example.org/a?b=1&c="y" und </div></template></details>.
"""


def hostile_report():
    return check([document_from_text(HOSTILE_PT, "pt", "evil.pt.md", "markdown"),
                  document_from_text(HOSTILE_DE, "de", "evil.de.md", "markdown")])


def test_document_text_is_text_never_markup():
    report = hostile_report()
    assert report.findings, "the hostile pair should drift (50.000 -> 60.000, links)"
    page = HtmlReporter().render(report)
    dom = parse(page)
    scripts = dom.find("script")
    assert len(scripts) == 1 and "src" not in scripts[0].attrs and "__xl_pwned" not in scripts[0].text()
    assert not dom.find("img") and not dom.find("iframe") and not dom.find("object")
    for node in dom.walk():
        for name, value in node.attrs.items():
            assert not name.startswith("on"), (node.tag, name)
            assert name != "style", node.tag
            if name in ("href", "src", "action", "formaction"):
                assert value.startswith("#"), (node.tag, name, value)
    # The text reads as written, markup and all.
    shown = "".join(p.text() for p in dom.find("div", "para"))
    assert "<script>window.__xl_pwned = 1</script>" in shown
    assert '<a href="javascript:window.__xl_pwned=4">clique</a>' in shown
    assert "</div></template></details>" in shown
    assert len(markers(dom)) == len(report.findings)


def test_policy_pins_the_page_own_style_and_script():
    page = HtmlReporter().render(hostile_report())
    dom = parse(page)
    (meta,) = [m for m in dom.find("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    policy = dict(part.strip().split(" ", 1) for part in meta.attrs["content"].split(";"))
    assert policy["default-src"] == "'none'" and policy["img-src"] == "'none'"

    def pinned(source: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"

    (style,) = dom.find("style")
    (script,) = dom.find("script")
    assert policy["style-src"] == pinned(style.text())
    assert policy["script-src"] == pinned(script.text())
    # The policy comes before anything it governs.
    assert page.index("Content-Security-Policy") < page.index("<style>") < page.index("<script>")


def test_clean_pair_has_no_markers_and_says_so():
    report = check([str(SEED_PT), str(SEED_DE)])
    assert not report.findings
    dom = parse(HtmlReporter().render(report))
    assert not markers(dom) and not dom.find("mark")
    assert any("no findings" in b.text() for b in dom.find("span", "badge"))


def test_every_segment_shows_once_with_its_invariants():
    report = check([str(SEED_PT), str(SEED_DE)])
    dom = parse(HtmlReporter().render(report))
    for doc in report.documents:
        shown = [int(p.attrs["data-n"]) for p in dom.find("div", "para")
                 if p.up("cell").attrs["lang"] == doc.lang]
        assert sorted(shown) == [p.n for p in doc.paragraphs]
    underlined = {u.text() for u in dom.find("u") if u.up("para") is not None}
    assert {"50.000", "H100", "DeepSeek", "outubro de 2023", "Oktober 2023"} <= underlined


def test_a_paragraph_one_version_lacks_is_marked_in_that_version_column(drift):
    # Paragraph 3 of the German version gone: Portuguese paragraph 3 has no counterpart.
    text = SEED_DE.read_text(encoding="utf-8").split("\n\n")
    de = drift(SEED_DE, text[2], "", name="short.de.txt")
    de.write_text(de.read_text(encoding="utf-8").replace("\n\n\n\n", "\n\n"), encoding="utf-8")
    report = check([str(SEED_PT), str(de)])
    (lost,) = [(i, f) for i, f in enumerate(report.findings) if f.rule == "XL002"]
    index, finding = lost
    assert finding.blamed.lang == "de" and finding.blamed.paragraph is None
    dom = parse(HtmlReporter().render(report))
    (marker,) = [m for m in markers(dom) if m.attrs["data-fid"] == str(index)]
    assert marker.up("para") is None and marker.up("cell").attrs["lang"] == "de"
    row = marker.up("row")
    pt_paragraphs = [p.attrs["data-n"] for c in row.find("div", "cell") if c.attrs["lang"] == "pt"
                     for p in c.find("div", "para")]
    present = [loc for loc in finding.locations if loc.lang == "pt"][0]
    assert str(present.paragraph) in pt_paragraphs


def test_not_a_translation_verdict_is_shown():
    report = check([str(SEED_EN), str(SEED_PT.parent / "deepseek-rewrite-a.en.txt")])
    assert report.findings[0].rule == "XL001"
    dom = parse(HtmlReporter().render(report))
    assert any("NOT a translation" in s.text() for s in dom.find("span", "verdict-bad"))
    (loose,) = [m for m in markers(dom) if m.attrs["data-rule"] == "XL001"]
    assert loose.up("para") is None and loose.up("set-head") is not None


def test_tree_report_has_an_index_and_one_lazy_section_per_set(tmp_path, drift):
    (tmp_path / "news").mkdir()
    (tmp_path / "pt").mkdir()
    (tmp_path / "de").mkdir()
    (tmp_path / "news" / "seed.pt.txt").write_text(SEED_PT.read_text(encoding="utf-8"), encoding="utf-8")
    drift(SEED_DE, "50.000", "60.000", name="news/seed.de.txt")
    drift(SEED_PT, "GPUs H100 e H200", "GPUs H100", name="pt/article.txt")
    (tmp_path / "de" / "article.txt").write_text(SEED_DE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["check", str(tmp_path), "--format", "html", "-o", str(out)]) == 1
    report = check_tree(str(tmp_path))
    dom = parse(out.read_text(encoding="utf-8"))
    sets = dom.find("details", "set")
    assert len(sets) == len(partition(report)) == 2
    index_links = [a.attrs["href"] for a in dom.find("table", "index")[0].find("a")]
    assert "2 document sets" in dom.find("div", "index")[0].text()
    assert index_links == [f"#{s.attrs['id']}" for s in sets]
    assert all("open" not in s.attrs for s in sets)
    for section in sets:
        (lazy,) = section.find("template", "lazy")
        paths = {d.path for d in report.documents if d.path in section.find("summary")[0].text()}
        blamed = [i for i, f in enumerate(report.findings) if f.blamed.path in paths]
        assert sorted(int(m.attrs["data-fid"]) for m in section.find("div", "finding")) == blamed
        assert lazy.find("div", "row")
    assert len(markers(dom)) == len(report.findings)


def test_a_tree_lists_its_clean_sets_without_their_rows(tmp_path, drift):
    for name in ("clean", "stale"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "doc.pt.txt").write_text(SEED_PT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "clean" / "doc.de.txt").write_text(SEED_DE.read_text(encoding="utf-8"), encoding="utf-8")
    drift(SEED_DE, "50.000", "60.000", name="stale/doc.de.txt")
    report = check_tree(str(tmp_path))
    assert len(partition(report)) == 2 and report.findings
    dom = parse(HtmlReporter().render(report))
    (section,) = dom.find("details", "set")
    assert "stale" in section.find("summary")[0].text()
    (listed,) = dom.find("details", "clean-sets")
    assert "clean" in listed.text() and "stale" not in listed.text()
    assert [a.attrs["href"] for a in dom.find("table", "index")[0].find("a")] == [f"#{section.attrs['id']}"]
    assert len(markers(dom)) == len(report.findings)


def test_align_view_has_every_pair_and_no_findings(tmp_path):
    out = tmp_path / "align.html"
    assert main(["align", str(SEED_PT), str(SEED_DE), "--format", "html", "-o", str(out)]) == 0
    dom = parse(out.read_text(encoding="utf-8"))
    assert not markers(dom) and not dom.find("nav")
    report = align([str(SEED_PT), str(SEED_DE)])
    body = [r for r in dom.find("div", "row") if "head" not in r.classes]
    assert len(body) == len(report.alignment.beads)
    for row, bead in zip(body, report.alignment.beads):
        cells = row.find("div", "cell")
        for cell, members, segments in zip(cells, (bead.a, bead.b), report.segments):
            assert [int(p.attrs["data-n"]) for p in cell.find("div", "para")] == [segments[i].n for i in members]


def test_align_by_sentence(tmp_path):
    out = tmp_path / "align.html"
    assert main(["align", str(SEED_PT), str(SEED_DE), "--segment", "sentence", "--format", "html",
                 "-o", str(out)]) == 0
    report = align([str(SEED_PT), str(SEED_DE)], "sentence")
    dom = parse(out.read_text(encoding="utf-8"))
    assert len(dom.find("div", "para")) == sum(len(s) for s in report.segments)


def test_diff_of_unrelated_paths_is_one_set(drifted):
    report = check([str(drifted), str(SEED_DE)])
    assert partition(report) == [[0, 1]]


def test_catalogue_is_one_set(tmp_path):
    po = tmp_path / "ui.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: de\\n"\n\nmsgid "Buy 3 GPUs"\nmsgstr "Kaufe 4 GPUs"\n\n'
                  'msgid "Open the H100 page"\nmsgstr "Öffne die H100-Seite"\n', encoding="utf-8")
    report = check([str(po)])
    assert [d.path for d in report.documents] == [str(po), str(po)]
    dom = parse(HtmlReporter().render(report))
    (marker,) = markers(dom)
    assert marker.attrs["data-rule"] == report.findings[0].rule
    assert marker.up("cell").attrs["lang"] == report.findings[0].blamed.lang


def _many(text: str, times: int, changed: int | None = None, old: str = "", new: str = "") -> str:
    parts = [text.strip()] * times
    if changed is not None:
        parts[changed] = parts[changed].replace(old, new, 1)
    return "\n\n".join(parts) + "\n"


def test_long_clean_stretches_fold_and_the_page_stays_small(tmp_path):
    times = 12  # 240 paragraphs a side
    pt = tmp_path / "long.pt.txt"
    de = tmp_path / "long.de.txt"
    pt.write_text(_many(SEED_PT.read_text(encoding="utf-8"), times), encoding="utf-8")
    de.write_text(_many(SEED_DE.read_text(encoding="utf-8"), times, 6, "H200", "H300"), encoding="utf-8")
    report = check([str(pt), str(de)])
    assert len(report.documents[0].paragraphs) == 20 * times
    page = HtmlReporter().render(report)
    size = len(page.encode("utf-8"))
    text = pt.stat().st_size + de.stat().st_size
    assert size < 2.5 * text + 60_000, (size, text)
    dom = parse(page)
    rows = [r for r in dom.find("div", "row") if "head" not in r.classes]
    folded = [r for r in rows if r.up("clean") is not None]
    assert len(rows) - len(folded) <= 15
    marked = {m.up("row") for m in markers(dom)}
    assert marked and not any(r.up("clean") for r in marked)
    assert json.loads(REPORTERS["json"]().render(report))["summary"]["error"] == len(markers(dom))


def test_html_to_stdout_and_exit_status(drifted, capsys):
    assert main(["diff", str(drifted), str(SEED_DE), "--format", "html"]) == 1
    page = capsys.readouterr().out
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert re.search(r'id="f0"[^>]*data-rule="XL301"', page)


def test_files_are_not_read_twice(drifted):
    # The page is built from the Report alone: documents already read are not reread.
    report = check([str(drifted), str(SEED_DE)])
    Path(drifted).unlink()
    assert 'data-rule="XL301"' in HtmlReporter().render(report)
