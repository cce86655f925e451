"""Round 91 on documentation (tuning data: the docs sets with the most false alarms per
clean unit): a GitHub address that names its branch by the full ref
(``raw.githubusercontent.com/o/r/refs/heads/main/…``, the form GitHub's "Raw" button gives)
is the address at the short name; an element's text on a line of its own in a JSX block
(``<p key={name}>`` / ``{name}, Age: {age}`` / ``</p>``) is words, its expressions code,
as on one line; a name a Chinese paragraph writes glued to its characters (新的podgroup) is
no name a cut translation lost; "PR" (a pull request, 代码检视 in Chinese) is a generic
acronym, no name. Sources: volcano-sh/website@0ef50ca7, the load-aware
descheduling page, the queue page's "Closing" state and the membership page (whole,
read from the set) (Apache-2.0; as in
`fixtures/heldout/docs16/docusaurus-volcano`); preactjs/preact-www@b3833be0, the debugging page's "unique keys" example in English and Japanese (MIT; as in
`fixtures/heldout/docs18/markdown-preact`). The twins that change a value are written for
the test."""

from __future__ import annotations

from pathlib import Path

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


# content/en/guide/v10/debugging.md and content/ja/guide/v10/debugging.md: the "unique keys"
# example; the source's formatter writes the element over lines in parentheses, ja's older
# copy on one line.
PERSONS_EN = """```jsx
const persons = [
\t{ name: 'John', age: 22 },
\t{ name: 'Sarah', age: 24 }
];

// Somewhere later in your component
<div>
\t{persons.map(({ name, age }) => {
\t\treturn (
\t\t\t<p key={name}>
\t\t\t\t{name}, Age: {age}
\t\t\t</p>
\t\t);
\t})}
</div>;
```
"""
PERSONS_JA = """```jsx
const persons = [
  { name: 'John', age: 22 },
  { name: 'Sarah', age: 24 }
];

// コンポーネントのrender部分
<div>
  {persons.map(({ name, age }) => {
    return <p key={name}>{name}, Age: {age}</p>;
  })}
</div>
```
"""


def test_element_text_on_a_line_of_its_own_is_the_text_on_one_line():
    assert loud_located(PERSONS_EN, "en", PERSONS_JA, "ja") == []


def test_element_text_translated_on_a_line_of_its_own_is_clean():
    assert loud_located(PERSONS_EN, "en", PERSONS_EN.replace("Age:", "年齢:"), "ja") == []


def test_an_expression_changed_in_element_text_is_still_reported():
    stale = PERSONS_JA.replace("{age}</p>", "{years}</p>")
    assert ("XL703", "code:{name}{age}", 10) in loud_located(PERSONS_EN, "en", stale, "ja")
    assert loud_located(PERSONS_EN, "en", PERSONS_EN.replace("{age}", "{years}"), "ja") == [
        ("XL703", "code:{name}{age}", 12)]


def test_a_figure_in_element_text_on_its_own_line_is_still_compared():
    en = PERSONS_EN.replace("{name}, Age: {age}", "{name}, Age: {age} of 120")
    ja = PERSONS_EN.replace("{name}, Age: {age}", "{name}, 年齢: {age} of 150")
    assert [rule for rule, _, _ in loud_located(en, "en", ja, "ja")] == ["XL703"]


# Queue.md and its zh-Hans page: the Closing state; zh writes the name in lower case, glued
# to the characters before it, and says "is becoming unavailable" for the transient state.
CLOSING_EN = """### Closing
`Closing` indicates that the queue is becoming unavailable. It is a transient state. A `Closing` queue cannot accept any new PodGroups.
"""
CLOSING_ZH = """### Closing
该Queue正在转化为不可用状态，不可接收新的podgroup
"""


def test_a_name_glued_to_chinese_characters_is_no_name_a_cut_lost():
    assert loud_located(CLOSING_EN, "en", CLOSING_ZH, "zh") == []


def test_a_name_a_cut_chinese_paragraph_lacks_is_still_reported():
    cut = CLOSING_ZH.replace("，不可接收新的podgroup", "")
    assert ("XL401", "PodGroup", 2) in loud_located(CLOSING_EN, "en", cut, "zh")


# Contribution/communitymembership.md and its zh-Hans page, whole, as committed in the set.
VOLCANO = Path(__file__).parent.parent / "fixtures" / "heldout" / "docs16" / "docusaurus-volcano"


def _membership(lang: str) -> str:
    return (VOLCANO / f"membership-zh.{lang}.md").read_text(encoding="utf-8")


def test_a_pull_request_given_in_words_is_no_name_missing():
    # ("PR review" / 代码检视; "the Volcano GitHub organization" / Volcano社区组织 stays reported)
    found = loud_located(_membership("en"), "en", _membership("zh"), "zh")
    assert found == [("XL401", "GitHub", 7)]

