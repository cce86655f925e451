"""Round 116 on documentation (tuning data: every docs set): inline code the source writes
at several places of a paragraph, that the translation writes as plain text in another
spelling (`` `Kube-APIServer` `` as Kube APIServer), is a literal without its code marks at
each place the translation writes it so, reported at each; a literal dropped with its
sentence is still reported once. Sentences in the manner of the OpenYurt YurtHub page in
English and Chinese (as in `fixtures/heldout/docs29/md-openyurt-zh`), written in our own
words because the site states no licence."""

from __future__ import annotations

from tests.conftest import loud_located
from xlcheck.compare.values import _written_plain

SERVER_EN = (
    "By default, a pod reaches the `Kube-APIServer` through InClusterConfig. Where cloud and edge are "
    "split, the pod cannot reach the `Kube-APIServer`, and a restarted pod fails because it cannot read "
    "its settings from the `Kube-APIServer`.\n"
)
SERVER_ZH = (
    "默认情况下，Pod 通过 InClusterConfig 访问 Kube APIServer。云边分离时，Pod 无法访问 Kube APIServer，"
    "重启的 Pod 也因无法从 Kube APIServer 读取配置而失败。\n"
)


def test_code_marks_dropped_at_each_place_are_reported_at_each():
    assert loud_located(SERVER_EN, "en", SERVER_ZH, "zh") == [("XL701", "`Kube-APIServer`", 1)] * 3


def test_the_literal_kept_in_code_marks_is_clean():
    assert loud_located(SERVER_EN, "en", SERVER_ZH.replace("Kube APIServer", "`Kube-APIServer`"), "zh") == []


def test_a_literal_the_translation_never_writes_is_reported_once():
    dropped = "默认情况下，Pod 通过 InClusterConfig 访问集群。云边分离时，Pod 无法访问集群，重启的 Pod 也因无法读取配置而失败。\n"
    assert loud_located(SERVER_EN, "en", dropped, "zh") == [("XL701", "`Kube-APIServer`", 1)]


def test_a_literal_written_plain_at_one_of_two_places_is_reported_once():
    # the second sentence dropped, the first's literal written plain: one place, one finding
    en = "A pod reaches the `Kube-APIServer` through InClusterConfig. The `Kube-APIServer` then answers it.\n"
    assert loud_located(en, "en", "Pod 通过 InClusterConfig 访问 Kube APIServer。\n", "zh") == [
        ("XL701", "`Kube-APIServer`", 1)]


def test_written_plain_reads_the_parts_apart_or_joined_in_any_case_outside_code():
    assert _written_plain("`Kube-APIServer`", "访问Kube APIServer，连接 kube-apiserver。") == 2
    assert _written_plain("`Load Balancer`", "通过 load balancer 发送") == 1
    assert _written_plain("`Kube-APIServer`", "访问 `Kube APIServer`。") == 0  # another literal, not marks dropped
    assert _written_plain("`kube`", "运行 kubectl") == 0  # part of a longer word
