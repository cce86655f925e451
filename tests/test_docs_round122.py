"""Round 122 on documentation (tuning data: docs53 and every docs set). Sentences in the
manner of the Nacos FAQ in Chinese and English (as in `fixtures/heldout/docs53/md-nacos-en`),
written in our own words.

A year and its month joined by a dot in Chinese or Japanese prose (``2019.1``) is the month
the other version writes as "January 2019": neither the number nor the date is missing."""

from __future__ import annotations

from tests.conftest import loud_located

RELEASE_ZH = "Nacos 在2019.1发布了 Pre-GA 版本，支持安全隔离和监控。\n"
RELEASE_EN = "Nacos issued a Pre-GA version in January 2019, supporting security isolation and monitoring.\n"


def test_a_dotted_year_and_month_is_the_month_the_translation_names():
    assert loud_located(RELEASE_ZH, "zh", RELEASE_EN, "en") == []


def test_a_dotted_year_and_month_in_japanese_is_the_month_too():
    ja = "Nacos は2019.1に Pre-GA 版をリリースし、セキュリティ分離と監視に対応しました。\n"
    assert loud_located(ja, "ja", RELEASE_EN, "en") == []


def test_another_month_is_still_reported():
    found = loud_located(RELEASE_ZH, "zh", RELEASE_EN.replace("January", "March"), "en")
    assert ("XL101", "2019.1", 1) in found


def test_the_figure_without_the_month_on_the_other_side_is_still_a_number():
    found = loud_located(RELEASE_ZH, "zh", RELEASE_EN.replace(" in January 2019", ""), "en")
    assert ("XL101", "2019.1", 1) in found


# A heading whose hashes lost their space (``###I want…``) is a paragraph to CommonMark: the
# heading the other version keeps is markup that drifted.
QUESTION_ZH = ("## 简介\n\n正文。\n\n### 启动nacos2.0时希望用nginx代理，9848这个端口怎样处理，要通过nginx暴露出来么？\n\n"
               "需要暴露。\n")
QUESTION_EN = ("## Introduction\n\nBody.\n\n###I want to start nacos2.0 with an nginx proxy, how to deal with the "
               "port 9848, should it be exposed through nginx?\n\nIt must be exposed.\n")


def test_a_heading_whose_hashes_lost_their_space_is_reported():
    assert loud_located(QUESTION_ZH, "zh", QUESTION_EN, "en") == [("XL701", "h3", 5)]


def test_the_heading_with_its_space_is_clean():
    assert loud_located(QUESTION_ZH, "zh", QUESTION_EN.replace("###I", "### I"), "en") == []


# A table row whose cell bar one version writes as the full-width ``｜``: Markdown splits no
# cell there, the row has a cell fewer.
TABLE_ZH = ("| 属性 | 含义 | 类型 | 默认值 | 支持版本 |\n|---|---|---|---|---|\n"
            "|db.user|数据库连接的用户名|字符串|空|>=0.1.0|\n"
            "|spring.datasource.platform|数据库类型|字符串|mysql|>=1.3.0|\n")
TABLE_EN = ("| Name | Meaning | Type | Default | Version |\n|---|---|---|---|---|\n"
            "|db.user|User name of the database connection|string|null|>=0.1.0|\n"
            "|spring.datasource.platform|Database type|string|mysql｜>=1.3.0|\n")


def test_a_full_width_cell_bar_is_a_cell_lost():
    assert loud_located(TABLE_ZH, "zh", TABLE_EN, "en") == [("XL701", "|", 4)]


def test_the_ascii_cell_bar_is_clean():
    assert loud_located(TABLE_ZH, "zh", TABLE_EN.replace("｜", "|"), "en") == []
