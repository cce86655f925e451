"""Round 12 on documentation (tuning data docs11): excerpts of the Biome website and its
Chinese translation (MIT, attribution in fixtures/SOURCES.md), each with a twin that stays
reported (or, for a drift, a clean twin that stays quiet). The Ansible catalogues are
GPL-3.0-or-later and are not copied here: their catalogue cases are written in this
project's own words, in the same reST shape."""

from __future__ import annotations

from tests.conftest import loud_texts, pair_findings


def _catalogue(tmp_path, entries: list[tuple[str, str]], lang: str = "ja"):
    """The findings of checking a PO catalogue of (msgid, msgstr) entries."""
    from xlcheck import check

    catalogue = tmp_path / "docs.po"
    body = "".join(f'msgid "{source}"\nmsgstr "{target}"\n\n' for source, target in entries)
    catalogue.write_text(f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                         + body, encoding="utf-8")
    return check([str(catalogue)]).findings


# docs11/biome/suppressions-zhcn: the suppression comment kept, its placeholder word
# ("reason") written as a placeholder in Chinese.
EN_SUPPRESSION = "The following code will suppress the rule: `biome-ignore lint/suspicious/noDebugger: reason`.\n"
ZH_SUPPRESSION = "以下代码将禁用该规则：`biome-ignore lint/suspicious/noDebugger: <说明>`。\n"


def test_a_placeholder_word_translated_in_inline_code_is_a_localised_example():
    found = pair_findings(EN_SUPPRESSION, "en", ZH_SUPPRESSION, "zh")
    assert [(f.rule, f.severity) for f in found] == [("XL704", "info")]


def test_the_code_around_a_translated_placeholder_changed_stays_an_error():
    drifted = ZH_SUPPRESSION.replace("suspicious/noDebugger", "suspicious/noConsole")
    assert [rule for rule, _ in loud_texts(EN_SUPPRESSION, "en", drifted, "zh")] == ["XL702"]


# Interpreted text with no role in a reST catalogue (docutils' default role: a title
# reference, shown as a citation) is prose; inline code in Markdown is not.
REST_SOURCE = "``u=bob`` is the user `running` the tool, not the remote user."
REST_TRANSLATION = "``u=bob`` はツールを `実行` しているユーザーです。リモートユーザーではありません。"


def test_interpreted_text_translated_in_a_rest_catalogue_is_localised(tmp_path):
    found = _catalogue(tmp_path, [(REST_SOURCE, REST_TRANSLATION)])
    assert [(f.rule, f.severity) for f in found] == [("XL704", "info")]


def test_a_literal_translated_in_a_rest_catalogue_stays_an_error(tmp_path):
    found = _catalogue(tmp_path, [(REST_SOURCE.replace("`running`", "``running``"),
                                   REST_TRANSLATION.replace("`実行`", "``実行``"))])
    assert [f.rule for f in found if f.severity == "error"] == ["XL702"]


def test_inline_code_word_translated_in_markdown_stays_an_error():
    found = pair_findings("Set `root` to the folder.\n", "en", "将 `根目录` 设为该文件夹。\n", "zh")
    assert [f.rule for f in found if f.severity == "error"] == ["XL702"]
