"""Round 73 on documentation (tuning data docs42 after its held-out score): an acronym the
page writes out in words, with no parenthesis to define it ("Code of Conduct", then "CoC"),
given by its meaning in a translation. Source, CC BY 4.0: kmesh-net/website@529dff44
(`docs/community/governance.md` and its `i18n/zh/docusaurus-plugin-content-docs/current/` page,
as in `fixtures/heldout/docs42/mdx-kmesh-zh`): the "Meetings" and "Code of Conduct" sections.
The twins (the acronym kept, a page that never writes the words out) are written for the
test."""

from __future__ import annotations

from tests.conftest import loud_located

GOVERNANCE_EN = """## Meetings

Regular meetings are described at [Community Meeting](https://github.com/kmesh-net/community/blob/main/README.md#community-meeting).

approvers will also have closed meetings in order to discuss security reports
or Code of Conduct violations. Such meetings should be scheduled by any
approvers on receipt of a security issue or CoC report. All current approvers
must be invited to such closed meetings, except for any approvers who is
accused of a CoC violation.

## Code of Conduct

[Code of Conduct](https://github.com/cncf/foundation/blob/main/code-of-conduct.md)
violations by community members will be referred to the CNCF Code of Conduct
Committee. Should the CNCF CoC Committee need to work with the project on resolution, the
approvers will appoint a non-involved contributor to work with them.
"""
# The Chinese as the site has it: 行为准则 for "Code of Conduct" and for "CoC" alike.
GOVERNANCE_ZH = """## 会议

定期会议在 [社区会议](https://github.com/kmesh-net/community/blob/main/README.md#community-meeting) 中有说明。

审批者也会召开闭门会议，以讨论安全报告或行为准则违规情况。任何审批者在收到安全问题或行为准则报告后都可以安排此类闭门会议。除被指控违反行为准则的审批者外，所有现任审批者必须被邀请参加此类闭门会议。

## 行为准则

[行为准则](https://github.com/cncf/foundation/blob/main/code-of-conduct.md) 对社区成员的违规行为将提交至 CNCF 行为准则委员会。如果 CNCF 行为准则委员会需要与项目合作解决问题，审批者将任命一名不涉事的贡献者与其合作。
"""


def test_an_acronym_the_page_writes_out_given_by_its_meaning_is_no_missing_name():
    assert loud_located(GOVERNANCE_EN, "en", GOVERNANCE_ZH, "zh") == []


def test_clean_twin_the_acronym_kept():
    zh = GOVERNANCE_ZH.replace("安全问题或行为准则报告", "安全问题或 CoC 报告").replace(
        "违反行为准则的", "违反 CoC 的").replace("CNCF 行为准则委员会需要", "CNCF CoC 委员会需要")
    assert loud_located(GOVERNANCE_EN, "en", zh, "zh") == []


def test_twin_a_page_that_never_writes_the_words_out_still_lacks_the_acronym():
    en = GOVERNANCE_EN.replace("Code of Conduct", "conduct policy")
    assert {(rule, value) for rule, value, _ in loud_located(en, "en", GOVERNANCE_ZH, "zh")} == {("XL401", "CoC")}

