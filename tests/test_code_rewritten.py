"""Code blocks rewritten almost line by line: still compared line by line, each change
located on its line and named by what changed.

Sources (fixtures/SOURCES.md): the Tauri documentation (tauri-apps/tauri-docs, MIT),
fourth documentation set (tuning data), fixtures/heldout/docs4/tauri.
"""

from __future__ import annotations

from pathlib import Path

from xlcheck import check, document_from_text

TAURI = Path(__file__).parent.parent / "fixtures" / "heldout" / "docs4" / "tauri"


def findings(a: str, lang_a: str, b: str, lang_b: str, ext: str = "md"):
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.{ext}", "markdown"),
                    document_from_text(b, lang_b, f"b.{lang_b}.{ext}", "markdown")], reference=0)
    return [f for f in report.findings if f.severity != "info"]


def workflow(name: str) -> str:
    """The GitHub Actions workflow of a page of the Tauri docs: its ```yaml block."""
    text = (TAURI / name).read_text(encoding="utf-8")
    start = text.index("```yaml")
    return text[start:text.index("```\n", start + 3) + 4]


# tauri-apps/tauri-docs src/content/docs/{en,zh-cn}/develop/Tests/WebDriver/ci.md: the
# English workflow moved from actions-rs to current actions and installs more packages;
# the Chinese one is the old workflow with its comments in English.
CI_EN = workflow("webdriver-ci-zh.en.md")
CI_ZH = workflow("webdriver-ci-zh.zh.md")


def test_a_workflow_rewritten_line_by_line_is_reported_line_by_line():
    found = findings(CI_EN, "en", CI_ZH, "zh-CN")
    assert {f.rule for f in found} == {"XL703"}
    changed = {(f.locations[0].text, f.blamed.text) for f in found if f.blamed.status == "different"}
    assert ("actions/checkout@v4", "actions/checkout@v2") in changed
    assert ("libwebkit2gtk-4.1-dev", "libwebkit2gtk-4.0-dev") in changed  # moved down the list and changed
    assert ("20", "16.x") in changed  # node-version
    assert ("|", ">-") in changed
    missing = {f.locations[0].text for f in found if f.blamed.status == "missing"}
    # each package added to the install line is a change of its own
    assert {"build-essential", "curl", "wget", "file", "libxdo-dev", "libssl-dev"} <= missing
    assert "cache: 'yarn'" in missing and "id: rust-toolchain" in missing
    extra = {f.blamed.text for f in found if f.blamed.status == "extra"}
    assert "libgtk-3-dev" in extra
    # many findings, not one for the whole block on its fence
    assert len(found) > 20 and not any(f.blamed.text and f.blamed.text.startswith("```") for f in found)


def test_a_line_the_translation_lacks_is_placed_where_it_would_be():
    found = findings(CI_EN, "en", CI_ZH, "zh-CN")
    zh_lines = CI_ZH.split("\n")
    for f in found:
        if f.blamed.status != "missing":
            continue
        assert f.blamed.line is not None and f.blamed.line > 1  # not the fence
        if f.locations[0].text == "cache: 'yarn'":
            # after `node-version: 16.x`, the last line of the step in zh, before the next step
            after = next(n for n, line in enumerate(zh_lines, 1) if line.strip() == "node-version: 16.x")
            before = next(n for n, line in enumerate(zh_lines, 1) if line.strip() == "- name: Yarn install")
            assert after < f.blamed.line <= before


def test_the_same_workflow_with_translated_comments_is_clean():
    translated = CI_EN.replace("# the name of our workflow", "# 我们工作流的名称").replace(
        "# checkout the code on the workflow runner", "# 在工作流运行器上检出代码")
    assert findings(CI_EN, "en", translated, "zh-CN") == []
    # the install command cut into other lines (a shell continuation is layout)
    recut = CI_EN.replace("sudo apt update && sudo apt install -y \\\n",
                          "sudo apt update && \\\n          sudo apt install -y \\\n")
    assert [f.blamed.status for f in findings(CI_EN, "en", recut, "zh-CN")] in ([], ["extra"], ["missing", "extra"])


def test_one_package_changed_in_an_edited_block():
    old = CI_EN.replace("libxdo-dev", "libxdo3")
    found = findings(CI_EN, "en", old, "zh-CN")
    assert [(f.rule, f.locations[0].text, f.blamed.text) for f in found] == [("XL703", "libxdo-dev", "libxdo3")]
