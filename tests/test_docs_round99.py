"""Round 99 on documentation (tuning data docs50 after its held-out score): a page linked by
its title, the words of the title percent-encoded (the ECharts handbook's
``[5分钟上手ECharts](~5%20%E5%88%86%E9%92%9F%E4%B8%8A%E6%89%8B%20ECharts)``), which the
translation writes in its own words (``(~Get%20Started%20with%20ECharts%20in%205%20minutes)``).
Source: apache/echarts-doc@24cf98b1 (Apache-2.0; styling.md of
`fixtures/heldout/docs50/md-echarts-en`). The twins that drop or change a value are written
for the test."""

from __future__ import annotations

from tests.conftest import loud_located, pair_findings

# styling.md: the link to the getting-started tutorial, by its title.
TITLE_ZH = ("# 样式\n\n[5分钟上手ECharts](~5%20%E5%88%86%E9%92%9F%E4%B8%8A%E6%89%8B%20ECharts) "
            "中讲了如何绘制一个简单的柱状图，这次要画的是饼图。\n")
TITLE_EN = ("# Styles\n\n[Getting started tutorial](~Get%20Started%20with%20ECharts%20in%205%20minutes) "
            "introduced how to make a simple bar chart. This time, we are going to make a pie chart.\n")


def test_a_title_link_written_in_the_translations_words_is_no_drift():
    assert loud_located(TITLE_ZH, "zh", TITLE_EN, "en") == []


def test_twin_a_title_link_dropped_is_reported_with_the_titles_number():
    dropped = TITLE_EN.replace("[Getting started tutorial](~Get%20Started%20with%20ECharts%20in%205%20minutes)",
                               "The getting started tutorial")
    # (a title is compared as an anchor is, by how many links name one: value "#")
    assert loud_located(TITLE_ZH, "zh", dropped, "en") == [("XL101", "5", 3), ("XL601", "#", 3)]
    (lost,) = [f for f in pair_findings(TITLE_ZH, "zh", dropped, "en") if f.rule == "XL601"]
    assert "~5%20%E5%88%86%E9%92%9F%E4%B8%8A%E6%89%8B%20ECharts" in lost.message


def test_twin_a_number_the_title_does_not_hold_is_still_missing():
    changed = TITLE_EN.replace("in%205%20minutes", "in%2010%20minutes")
    assert loud_located(TITLE_ZH, "zh", changed, "en") == [("XL101", "5", 3)]


def test_a_link_with_a_path_suffix_or_anchor_is_no_title():
    from xlcheck.extract.markup import _TITLE_TARGET

    assert [bool(_TITLE_TARGET.match(t)) for t in (
        "~Get%20Started%20with%20ECharts", "Home%20Page", "tutorial.html#ECharts%205%20Upgrade%20Guide",
        "~series-pie.itemStyle", "docs/a%20b", "a%20b.md", "https://a.org/x%20y")] == [
        True, True, False, False, False, False, False]
