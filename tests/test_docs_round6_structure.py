"""Page structure, links and names in documentation, round 6: each cause from a real
excerpt of the fifth documentation set (tuning data), the faithful version clean and a
drifted twin still reported.

Sources (fixtures/SOURCES.md): the Kubernetes documentation (kubernetes/website,
CC BY 4.0), ethereum.org (ethereum/ethereum-org-website, MIT), the KubeVela
documentation (kubevela/kubevela.io, Apache-2.0).
"""

from __future__ import annotations

from xlcheck import check, document_from_text
from xlcheck.extract.urls import normalise_url
from xlcheck.locales import locale_info
from xlcheck.segment import paragraphs


def findings(a: str, lang_a: str, b: str, lang_b: str):
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.md", "markdown"),
                    document_from_text(b, lang_b, f"b.{lang_b}.md", "markdown")], reference=0)
    return report.findings


def loud(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str | None]]:
    """(rule, text of the blamed version) of every error and warning."""
    return [(f.rule, f.blamed.text if f.blamed else None) for f in findings(a, lang_a, b, lang_b)
            if f.severity != "info"]


# --- HTML comments are not rendered: neither compared nor aligned ---

# kubernetes/website content/en/docs/concepts/architecture/cri.md and
# content/zh-cn/docs/concepts/architecture/cri.md: the Chinese page keeps the English
# original in a comment before each translated paragraph.
CRI_EN = """<!-- overview -->

The CRI is a plugin interface which enables the kubelet to use a wide variety of
container runtimes, without having a need to recompile the cluster components.

<!-- body -->

## The API {#api}

{{< feature-state for_k8s_version="v1.23" state="stable" >}}

For Kubernetes v1.26 and later, the kubelet requires that the container runtime
supports the `v1` CRI API. If a container runtime does not support the `v1` API,
the kubelet will not register the node.

## Upgrading

When upgrading the Kubernetes version on a node, the kubelet restarts. If the
container runtime does not support the `v1` CRI API, the kubelet will fail to
register and report an error.
"""

CRI_ZH = """<!-- overview -->
<!--
The CRI is a plugin interface which enables the kubelet to use a wide variety of
container runtimes, without having a need to recompile the cluster components.
-->
CRI 是一个插件接口，它使 kubelet 能够使用各种容器运行时，无需重新编译集群组件。

<!-- body -->

<!--
## The API {#api}
-->
## API {#api}

{{< feature-state for_k8s_version="v1.23" state="stable" >}}

<!--
For Kubernetes v1.26 and later, the kubelet requires that the container runtime
supports the `v1` CRI API. If a container runtime does not support the `v1` API,
the kubelet will not register the node.
-->
对于 Kubernetes v1.26 及更高版本，
kubelet 要求容器运行时必须支持 `v1` 版本的 CRI API。
如果容器运行时不支持 `v1` API，kubelet 将不会注册该节点。

<!--
## Upgrading

When upgrading the Kubernetes version on a node, the kubelet restarts. If the
container runtime does not support the `v1` CRI API, the kubelet will fail to
register and report an error.
-->
## 升级  {#upgrading}

在节点上升级 Kubernetes 版本时，kubelet 会重新启动。
如果容器运行时不支持 `v1` 版本的 CRI API，kubelet 将无法注册节点并报告错误。
"""


def test_html_comments_are_no_paragraphs():
    texts = [p.text for p in paragraphs(CRI_ZH, "markdown")]
    assert texts[0].startswith("CRI 是")
    assert not any("<!--" in t or "-->" in t for t in texts)
    assert [p.kind for p in paragraphs(CRI_ZH, "markdown")][:3] == ["text", "heading", "text"]


def test_comment_kept_where_it_shares_a_line_with_text_or_is_unclosed():
    texts = [p.text for p in paragraphs("a\n<!-- x --> y\n\nb\n<!--\nq", "markdown")]
    assert texts == ["a\n<!-- x --> y", "b\n<!--\nq"]


def test_comment_inside_a_code_block_is_code():
    page = "Text.\n\n```html\n<!-- a comment -->\n<p>x</p>\n```\n"
    blocks = paragraphs(page, "markdown")
    assert [b.kind for b in blocks] == ["text", "code"]
    assert "<!-- a comment -->" in blocks[1].text


def test_page_keeping_the_original_in_comments_is_clean():
    assert loud(CRI_EN, "en", CRI_ZH, "zh") == []


def test_page_keeping_the_original_in_comments_still_reports_a_drift():
    drifted = CRI_ZH.replace("对于 Kubernetes v1.26 及更高版本", "对于 Kubernetes v1.24 及更高版本")
    assert loud(CRI_EN, "en", drifted, "zh") == [("XL302", "v1.24")]


def test_a_paragraph_left_only_in_a_comment_is_missing():
    # The translation keeps the English "Upgrading" section in a comment but never
    # translated it: nothing of it is rendered.
    cut = CRI_ZH[:CRI_ZH.index("## 升级")].rstrip() + "\n"
    assert "XL002" in {rule for rule, _ in loud(CRI_EN, "en", cut, "zh")}


# --- a link's scheme: a source moved to https, a translation still on http ---

# kubernetes/website content/en/docs/concepts/containers/container-environment.md and
# content/fr/… (the French page is older).
ENV_EN = """The *hostname* of a Container is the name of the Pod in which the Container is running.
It is available through the `hostname` command or the
[`gethostname`](https://man7.org/linux/man-pages/man2/gethostname.2.html)
function call in libc.
"""
ENV_FR = """Le nom d'*hôte* d'un conteneur est le nom du pod dans lequel le conteneur est en cours d'exécution.
Il est disponible via la commande `hostname` ou
[`gethostname`](https://man7.org/linux/man-pages/man2/gethostname.2.html)
dans libc.
"""


def test_same_link_is_clean():
    assert loud(ENV_EN, "en", ENV_FR, "fr") == []


def test_link_left_on_http_is_a_changed_link():
    stale = ENV_FR.replace("https://man7.org", "http://man7.org")
    rules = loud(ENV_EN, "en", stale, "fr")
    assert ("XL602", "http://man7.org/linux/man-pages/man2/gethostname.2.html") in rules


def test_scheme_https_and_none_read_as_one_http_does_not():
    fr = locale_info("fr")
    assert normalise_url("https://www.example.org/a/", fr) == normalise_url("www.example.org/a", fr)
    assert normalise_url("ftp://example.org/a", fr) == normalise_url("https://example.org/a", fr)
    assert normalise_url("http://example.org/a", fr) != normalise_url("https://example.org/a", fr)
    assert normalise_url("HTTP://example.org/a/", fr) == normalise_url("http://example.org/a", fr)


# --- a branch in a repository's path is no language folder ---

# ethereum/ethereum-org-website public/content/developers/docs/networking-layer/network-addresses
# and its Chinese translation (older: the link still names the master branch).
ENR_EN = ("Consensus clients use a [specific ENR structure](https://github.com/ethereum/consensus-specs/"
          "blob/dev/specs/phase0/p2p-interface.md#enr-structure) to identify boot nodes.\n")
ENR_ZH = ("共识客户端使用[特定的 ENR 结构](https://github.com/ethereum/consensus-specs/"
          "blob/dev/specs/phase0/p2p-interface.md#enr-structure)来识别引导节点。\n")


def test_same_branch_is_clean():
    assert loud(ENR_EN, "en", ENR_ZH, "zh") == []


def test_changed_branch_is_a_changed_link():
    stale = ENR_ZH.replace("/blob/dev/", "/blob/master/")
    assert [rule for rule, _ in loud(ENR_EN, "en", stale, "zh")] == ["XL602"]


def test_language_folder_of_another_site_is_still_its_edition():
    # Another site's page in the translation's language stays a localised link (XL603, info).
    en = "See the [guide](https://example.org/docs/install/).\n"
    ko = "[가이드](https://example.org/ko/docs/install/)를 보세요.\n"
    assert loud(en, "en", ko, "ko") == []
