"""Round 63 on documentation: a link named by a capital, a 2 read "to" and the same
capital (P2P, peer-to-peer) written out, left out or added as a translation rewords, read
as a model's code that went missing (tuning data docs40). Source, Apache-2.0:
dragonflyoss/d7y.io@a92c4331 (`docs/operations/integrations/git-lfs.md` and its
`i18n/zh/docusaurus-plugin-content-docs/current/` page, as in
`fixtures/heldout/docs40/mdx-dragonfly-zh`): the title of the Helm charts step and the
"Performance testing" section without its image, cut after its list of scenarios. The twins are
the same excerpt with the translation mended, or a code of another shape dropped, written
for the test."""

from __future__ import annotations

from tests.conftest import loud_located

PERFORMANCE_EN = """##### Create Dragonfly cluster based on helm charts

## Performance testing

Test the performance of single-machine large files download after the integration of Git LFS and Dragonfly P2P.
Due to the influence of the network environment of the machine itself, the actual download time is not important,
but the ratio of the increase in the download time in different scenarios is very important.

- Git LFS: Use Git LFS to download large files directly.
- Git LFS & Dragonfly Cold Boot: Use Git LFS to download large files via Dragonfly P2P network and no cache hits.
- Hit Dragonfly Remote Peer Cache: Use Git LFS to download large files via
  Dragonfly P2P network and hit the remote peer cache.
- Hit Dragonfly Remote Local Cache: Use Git LFS to download large files via
  Dragonfly P2P network and hit the local peer cache.
"""
# The Chinese as the site has it: "P2P" in the step's title, which the English lacks, and
# "直接下载" (downloads directly) where the scenarios go through the P2P network.
PERFORMANCE_ZH = """##### 基于 Helm Charts 创建 Dragonfly P2P 集群

## 性能测试

测试 Git LFS 与 Dragonfly 集成后的单机大文件下载的性能。 由于机器本身网络环境、配置等影响，实际下载时间不具有参考价值， 但是不同场景下载时间所提升的比率是有重要意义的。

- Git LFS: 使用 Git LFS 直接下载大文件。
- Git LFS & Dragonfly Cold Boot: 使用 Git LFS 直接下载大文件，没有命中任何缓存。
- Hit Dragonfly Remote Peer Cache: 使用 Git LFS 直接下载大文件，在命中 Dragonfly 的远端 Peer 缓存。
- Hit Dragonfly Remote Local Cache: 使用 Git LFS 直接下载大文件，在命中 Dragonfly 的本地 Peer 缓存。
"""


def test_a_peer_to_peer_acronym_reworded_away_or_added_is_no_missing_code():
    assert loud_located(PERFORMANCE_EN, "en", PERFORMANCE_ZH, "zh") == []


def test_clean_twin_the_acronym_written_where_the_english_writes_it():
    mended = PERFORMANCE_ZH.replace("Dragonfly P2P 集群", "Dragonfly 集群") \
        .replace("Git LFS 与 Dragonfly 集成", "Git LFS 与 Dragonfly P2P 集成") \
        .replace("直接下载大文件，", "通过 Dragonfly P2P 网络下载大文件，")
    assert mended.count("P2P") == PERFORMANCE_EN.count("P2P")
    assert loud_located(PERFORMANCE_EN, "en", mended, "zh") == []


def test_a_code_of_another_shape_dropped_is_still_missing():
    # An architecture's code (letters, then figures) stays a code: dropped, it is reported.
    en = PERFORMANCE_EN.replace("single-machine large files download", "single-machine large files download on ARM64")
    assert ("XL301", "ARM64", 5) in loud_located(en, "en", PERFORMANCE_ZH, "zh")
    assert loud_located(en, "en", PERFORMANCE_ZH.replace("单机大文件", "ARM64 单机大文件"), "zh") == []
