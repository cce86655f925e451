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
