"""Round 14 on documentation (tuning data docs4, docs5, docs7): excerpts of the Kubernetes
documentation (CC BY 4.0, © The Kubernetes Authors) and of the Apache RocketMQ website
(Apache-2.0), attribution in fixtures/SOURCES.md, each with a twin that stays reported."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import loud_texts

# docs5/k8s/ttlafterfinished-ko: the Korean page still opens its sections with the old
# template shortcode, where the English page marks them with a comment.
EN_SECTION = ("<!-- overview -->\n\n"
              "The TTL controller provides a TTL (time to live) mechanism to limit the lifetime of resource\n"
              "objects that have finished execution.\n\n"
              "<!-- body -->\n\n"
              "## TTL Controller\n")
KO_SECTION = ("{{% capture overview %}}\n\n"
              "TTL 컨트롤러는 실행이 완료된 리소스 오브젝트의 수명을\n"
              "제한하는 TTL (time to live) 메커니즘을 제공한다.\n\n"
              "{{% /capture %}}\n\n"
              "{{% capture body %}}\n\n"
              "## TTL 컨트롤러\n")


def test_a_section_shortcode_where_the_source_has_its_comment_is_layout():
    assert loud_texts(EN_SECTION, "en", KO_SECTION, "ko") == []


def test_a_section_shortcode_the_source_does_not_mark_stays_reported():
    unmarked = EN_SECTION.replace("<!-- body -->\n\n", "")
    assert [rule for rule, _ in loud_texts(unmarked, "en", KO_SECTION, "ko")] == ["XL002"]


# docs7/rocketmq/consumergroup-v5-en: the English translation makes the second sentence of
# a list item a paragraph of its own, and the name it holds goes with it. (The excerpt,
# three sections long, is read from the tuning set: shorter ones align otherwise.)
ROCKETMQ = Path(__file__).parent.parent / "fixtures" / "heldout" / "docs7" / "rocketmq"


def _sections(name: str, first: str, last: str) -> str:
    text = (ROCKETMQ / name).read_text(encoding="utf-8")
    return text[text.index(first):text.index(last) + len(last)] + "\n"


ZH_ITEM = _sections("consumergroup-v5-en.zh.md", "## 模型关系", "## 行为约束")
EN_ITEM = _sections("consumergroup-v5-en.en.md", "## Model relationship", "## Behavior constraints")


def test_a_name_whose_sentence_became_a_paragraph_is_not_missing():
    assert [rule for rule, _ in loud_texts(ZH_ITEM, "zh", EN_ITEM, "en")] == ["XL002"]


def test_a_name_the_new_paragraph_does_not_hold_stays_missing():
    dropped = EN_ITEM.replace("The Apache RocketMQ broker persists", "The broker persists")
    assert "XL401" in [rule for rule, _ in loud_texts(ZH_ITEM, "zh", dropped, "en")]
