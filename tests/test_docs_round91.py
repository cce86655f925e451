"""Round 91 on documentation (tuning data: the docs sets with the most false alarms per
clean unit): a GitHub address that names its branch by the full ref
(``raw.githubusercontent.com/o/r/refs/heads/main/…``, the form GitHub's "Raw" button gives)
is the address at the short name. Source: volcano-sh/website@0ef50ca7, the load-aware
descheduling page (Apache-2.0; as in `fixtures/heldout/docs16/docusaurus-volcano`). The
twins that change a value are written for the test."""

from __future__ import annotations

from tests.conftest import loud_located
from xlcheck.extract.urls import normalise_url, without_full_ref
from xlcheck.locales import locale_info

# LoadAwareDescheduling.md: installing the descheduler from its YAML file.
INSTALL_EN = """#### Install via yaml

```shell
kubectl apply -f https://raw.githubusercontent.com/volcano-sh/descheduler/main/installer/volcano-descheduler-development.yaml
```
"""
INSTALL_ZH = """#### 通过yaml安装

```shell
kubectl apply -f https://raw.githubusercontent.com/volcano-sh/descheduler/refs/heads/main/installer/volcano-descheduler-development.yaml
```
"""


def test_a_branch_named_by_its_full_ref_is_the_same_address():
    assert loud_located(INSTALL_EN, "en", INSTALL_ZH, "zh") == []


def test_another_branch_behind_the_full_ref_is_still_reported():
    stale = INSTALL_ZH.replace("refs/heads/main/", "refs/heads/release-1.0/")
    assert [(rule, line) for rule, _, line in loud_located(INSTALL_EN, "en", stale, "zh")] == [("XL703", 4)]


def test_another_file_behind_the_full_ref_is_still_reported():
    stale = INSTALL_ZH.replace("development.yaml", "production.yaml")
    assert [(rule, line) for rule, _, line in loud_located(INSTALL_EN, "en", stale, "zh")] == [("XL703", 4)]


def test_a_link_to_a_file_at_its_full_ref_is_the_link_at_the_branch():
    zh, en = locale_info("zh"), locale_info("en")
    assert normalise_url("https://github.com/a/b/blob/refs/heads/main/README.md", zh) == normalise_url(
        "https://github.com/a/b/blob/main/README.md", en)
    # only GitHub's addresses: elsewhere refs/heads/ is a path like any other
    assert without_full_ref("https://example.com/a/b/refs/heads/main/x") == "https://example.com/a/b/refs/heads/main/x"
