"""Round 141 on documentation (tuning data: docs57 after its held-out first score, every docs
set): a component's keys (Docusaurus's ``<TabItem value=…>``, ``<Tabs groupId=…
queryString>``) are compared as written, case included, whatever their shape; and a page
whose top level is ``##`` written ``###`` throughout is reported, not taken for a page
demoted under its title. Real lines of `fixtures/heldout/docs57/mdx-rke2-zh`
(rancher/rke2-docs@ea64164f, Apache-2.0), each with its clean twin."""

from __future__ import annotations

from tests.conftest import loud_located

TABS_EN = """Each CNI Plugin may require a different configuration for dual-stack:

<Tabs groupId="CNIplugin" queryString>
<TabItem value="Canal CNI Plugin" default>

Canal automatically detects the RKE2 configuration for dual-stack and does not need any extra configuration. Dual-stack is currently not supported in the windows installations of RKE2.

</TabItem>
</Tabs>
"""
TABS_ZH = """Each CNI plugin may require a different configuration for dual-stack:

<Tabs groupId="CNIplugin">
<TabItem value="Canal CNI plugin" default>

Canal automatically detects the RKE2 configuration for dual-stack and does not need any extra configuration. Dual-stack is currently not supported in the windows installations of RKE2.

</TabItem>
</Tabs>
"""


def test_a_tabs_value_and_its_query_string_are_compared_as_written():
    found = {(rule, value, line) for rule, value, line in loud_located(TABS_EN, "en", TABS_ZH, "zh")}
    assert ("XL702", '<TabItem value=Canal CNI Plugin>', 4) in found
    assert ("XL702", "<Tabs groupId=CNIplugin queryString=true>", 3) in found


def test_the_same_keys_are_clean():
    kept = TABS_ZH.replace("plugin\" default", "Plugin\" default").replace('"CNIplugin">', '"CNIplugin" queryString>')
    assert loud_located(TABS_EN, "en", kept, "zh") == []


def test_a_tabs_label_is_prose():
    en = TABS_EN.replace("default>", 'label="Canal" default>', 1)
    zh = TABS_EN.replace("default>", 'label="Canal 插件" default>', 1)
    assert loud_located(en, "en", zh, "zh") == []


UPGRADE_EN = """You can upgrade RKE2 by using the installation script, by manually installing the binary of the desired version, or by using rpm upgrades in case of rpm installation.

## Release Channels

Upgrades performed via the installation script or using our [automated upgrades](automated_upgrade.md) feature can be tied to different release channels.

## Manually Upgrade RKE2 Using the Binary

Or to manually upgrade RKE2:
"""
UPGRADE_ZH = """你可以使用安装脚本升级 RKE2，也可以手动安装所需版本的二进制文件。

### 版本 Channels

通过安装脚本或使用我们的[自动升级](automated_upgrade.md)功能执行的升级可以绑定到不同的版本 channels。

### 使用二进制文件手动升级 RKE2

或者手动升级 RKE2：
"""


def test_a_page_whose_sections_all_drop_below_the_level_under_its_title_is_reported():
    found = {(rule, value, line) for rule, value, line in loud_located(UPGRADE_EN, "en", UPGRADE_ZH, "zh")}
    assert {("XL702", "h2", 3), ("XL702", "h2", 7)} <= found


def test_its_sections_at_the_sources_level_are_clean():
    assert loud_located(UPGRADE_EN, "en", UPGRADE_ZH.replace("### ", "## "), "zh") == []
