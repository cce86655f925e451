"""Page structure, links and names in documentation, round 6: each cause from a real
excerpt of the fifth documentation set (tuning data), the faithful version clean and a
drifted twin still reported.

Sources (fixtures/SOURCES.md): the Kubernetes documentation (kubernetes/website,
CC BY 4.0), ethereum.org (ethereum/ethereum-org-website, MIT), the KubeVela
documentation (kubevela/kubevela.io, Apache-2.0).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from xlcheck import check, document_from_text
from xlcheck.api import align_documents
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


def test_mdx_comment_is_no_paragraph():
    page = "Intro.\n\n{/* The English original:\nSee the guide. */}\nVoir le guide.\n"
    assert [p.text for p in paragraphs(page, "markdown")] == ["Intro.", "Voir le guide."]


def test_comment_inside_a_code_block_is_code():
    page = "Text.\n\n```html\n<!-- a comment -->\n<p>x</p>\n```\n"
    blocks = paragraphs(page, "markdown")
    assert [b.kind for b in blocks] == ["text", "code"]
    assert "<!-- a comment -->" in blocks[1].text


_PROSE = st.text(alphabet="abc XYZ.,:-*#`1", min_size=1, max_size=30).filter(
    lambda t: t.strip() and "<!--" not in t and "-->" not in t and not t.lstrip().startswith(("```", "~~~", "---")))
_COMMENT = st.one_of(
    st.text(alphabet="ab \n<>-!#", max_size=30).filter(lambda t: "-->" not in t).map(lambda t: f"<!--{t}-->"),
    st.text(alphabet="ab \n{}/*", max_size=30).filter(lambda t: "*/}" not in t).map(lambda t: f"{{/*{t}*/}}"))


@given(st.lists(_PROSE, min_size=1, max_size=6), st.lists(st.tuples(st.integers(0, 6), _COMMENT), max_size=4))
def test_comments_between_paragraphs_change_no_paragraph(blocks, comments):
    # Law: a comment on lines of its own, put between two paragraphs (or at either end),
    # leaves every paragraph's text and kind as it was.
    plain = "\n\n".join(blocks) + "\n"
    parts = list(blocks)
    for index, comment in sorted(comments, reverse=True):
        parts.insert(min(index, len(parts)), comment)
    commented = "\n\n".join(parts) + "\n"
    assert [(p.text, p.kind) for p in paragraphs(commented, "markdown")] == \
        [(p.text, p.kind) for p in paragraphs(plain, "markdown")]


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


# --- names a translation misspells: acronyms, technical names, program names ---

# ethereum/ethereum-org-website public/content/developers/docs/networking-layer/network-addresses
# and bootnodes, with their Spanish and German translations.
ENODE_EN = """# Network addresses

The port in the hostname section is the TCP listening port. If the TCP and UDP (discovery) ports differ,
the UDP port is specified as a query parameter.

Ethereum Node Records (ENRs) are a standardized format for network addresses on Ethereum. The ENR
contains a signature.
"""
ENODE_ES = """# Direcciones de red

El puerto en la sección del nombre de host es el puerto de escucha TCP. Si los puertos TCP y UDP
(Discovery) difieren, el puerto UDP se especifica como un parámetro de consulta.

Los registros de nodos de Ethereum (ENR) son un formato estandarizado para las direcciones de red en
Ethereum. El ENR contiene una firma.
"""


def test_acronyms_spelt_right_are_clean():
    assert loud(ENODE_EN, "en", ENODE_ES, "es") == []


def test_acronym_changed_by_one_letter_is_reported():
    stale = ENODE_ES.replace("puertos TCP y UDP", "puertos TSP y UDP")
    assert loud(ENODE_EN, "en", stale, "es") == [("XL401", None)]
    finding = next(f for f in findings(ENODE_EN, "en", stale, "es") if f.rule == "XL401")
    assert finding.value == "TCP" and finding.blamed.line == 3


def test_acronym_reordered_where_the_translation_writes_it_elsewhere_is_reported():
    stale = ENODE_ES.replace("El ENR contiene", "El RNE contiene")
    assert [(f.rule, f.value) for f in findings(ENODE_EN, "en", stale, "es") if f.severity != "info"] \
        == [("XL401", "ENR")]


def test_acronym_the_translation_translates_throughout_is_no_misspelling():
    # NATO / OTAN: the translation never writes the source's acronym.
    en = "The NATO summit opened in Madrid.\n\nNATO members met on Tuesday.\n"
    es = "La cumbre de la OTAN se abrió en Madrid.\n\nLos miembros de la OTAN se reunieron el martes.\n"
    assert not any(f.rule == "XL401" and f.value == "NATO" for f in findings(en, "en", es, "es"))


MULTIADDR_EN = """The original Ethereum node address format was the 'multiaddr'. Multiaddr is a universal format.

For an Ethereum node, the multiaddr contains the node-ID (a hash of their public key).

Ethereum Node Records supersede multiaddr's and enodes.
"""
MULTIADDR_DE = """Das ursprüngliche Ethereum-Knotenadressformat war „Multiaddr“. Multiaddr ist ein universelles Format.

Für einen Ethereum-Knoten enthält die Multiaddr die Knoten-ID (einen Hash ihres öffentlichen Schlüssels).

Ethereum Node Records ersetzen multiaddr und Enodes.
"""


def test_technical_name_spelt_right_is_clean():
    assert loud(MULTIADDR_EN, "en", MULTIADDR_DE, "de") == []


def test_technical_name_misspelt_is_reported():
    stale = MULTIADDR_DE.replace("die Multiaddr", "die Multiadr")
    assert [(f.rule, f.value) for f in findings(MULTIADDR_EN, "en", stale, "de") if f.severity != "info"] \
        == [("XL401", "multiaddr")]


# Electron's API reference (electron/i18n, MIT) as Crowdin exports it: an untranslated
# segment stays in English, so the Portuguese holds the English "(optional)" beside its own
# "(opcional)".
OPTIONS_EN = """### `netLog.startLogging(path[, options])`

* `path` String - File path to record network logs.
* `options` Object (optional)
  * `captureMode` String (optional) - What kinds of data should be captured. By
    default, only metadata about requests will be captured.
  * `maxFileSize` Number (optional) - When the log grows beyond this size,
    logging will automatically stop. Defaults to unlimited.
"""
OPTIONS_PT = """### `netLog.startLogging(path[, options])`

* `path` String - File path to record network logs.
* Objeto `options` (opcional)
  * `captureMode` String (optional) - What kinds of data should be captured. By default, only metadata about requests will be captured.
  * `maxFileSize` Number (optional) - When the log grows beyond this size, logging will automatically stop. Defaults to unlimited.
"""


def test_word_written_right_only_in_untranslated_lines_is_no_misspelling():
    # "(optional)" kept only where a line was left in English: "opcional" is the
    # translation's own word, not a technical name misspelt.
    assert not any(f.rule == "XL401" for f in findings(OPTIONS_EN, "en", OPTIONS_PT, "pt"))


def test_word_written_right_in_translated_lines_and_misspelt_once_is_reported():
    # The same word kept in two lines the translation did translate: one "opcional"
    # beside them is a look-alike, as before.
    pt = OPTIONS_PT.replace("What kinds of data should be captured. By default, only metadata about requests "
                            "will be captured.", "Quais dados capturar; por padrão só metadados.") \
        .replace("When the log grows beyond this size, logging will automatically stop. Defaults to unlimited.",
                 "Quando o log passa deste tamanho, para; sem limite por padrão.")
    assert [(f.rule, f.value) for f in findings(OPTIONS_EN, "en", pt, "pt") if f.rule == "XL401"] \
        == [("XL401", "optional")]


def test_word_the_translation_writes_its_own_way_throughout_is_no_misspelling():
    # "default" / "défaut": a word of the translation's language, written in several places.
    en = "Use the default value.\n\nThe default depends on the backend.\n\nSee default settings.\n"
    fr = "Utilisez la valeur par défaut.\n\nLe défaut dépend du moteur.\n\nVoir les réglages par défaut (default).\n"
    assert not any(f.rule == "XL401" for f in findings(en, "en", fr, "fr"))


BOOTNODES_EN = ("A list of builtin bootnodes within go-ethereum can be found in the repository. These bootnodes are "
                "maintained by the Ethereum Foundation and the go-ethereum team.\n")
BOOTNODES_ES = ("Puede encontrar una lista de nodos de arranque incorporados en go-ethereum en el repositorio. Estos "
                "nodos de arranque los mantiene Ethereum Foundation y el equipo de go-ethereum.\n")


def test_program_name_kept_is_clean():
    assert loud(BOOTNODES_EN, "en", BOOTNODES_ES, "es") == []


def test_program_name_given_capitals_is_reported():
    stale = BOOTNODES_ES.replace("go-ethereum", "go-Ethereum")
    assert [(f.rule, f.value) for f in findings(BOOTNODES_EN, "en", stale, "es") if f.severity != "info"] \
        == [("XL401", "go-ethereum")]


def test_compound_capitalised_in_german_is_spelling():
    en = "It is an open-source tool for peer-to-peer networks.\n"
    de = "Es ist ein Open-Source-Werkzeug für peer-to-Peer-Netzwerke.\n"
    assert not any(f.rule == "XL401" for f in findings(en, "en", de, "de"))


# --- a paragraph rewritten on both sides between two pairs is paired ---

# kubevela/kubevela.io docs/tutorials/trigger.md and its Chinese edition (Docusaurus i18n):
# the introduction was reworded on both sides.
TRIGGER_EN = """## Introduction

In our daily development, when image tags changed, it is more convenient for CI/CD if the environments can automatically deploy the new image. KubeVela provides this mechanism.

From KubeVela 1.2, [VelaUX](../install#2-install-velaux) provides a good way to do this. We can use KubeVela triggers to apply applications automatically.

In this section, we will use GitLab as code repository and Harbor as image repository to integrate with KubeVela triggers, as a result, it will automatically update application when image tags changed.

## Create Application

To use triggers, we need to create a new application on VelaUX first. We can create a new WebService type application and use LoadBalancer to expose port 80 for access.

![alt](../resources/acr-trigger-newapp.png)
"""
TRIGGER_ZH = """## 简介

在日常研发的过程中，当项目中的镜像版本发生变化时，通常我们需要将最新版本更新到各个环境中。在这个更新部署的过程中，手动部署不仅繁琐，且容易出错。因此，我们需要一个工具来完成基于镜像版本的自动化部署。

在 KubeVela 1.2 版本中，[VelaUX](../install#3-安装-velaux) 自带的应用触发器提供了一个很好的入口。我们可以使用这个触发器，来帮助我们完成这些自动部署的工作。

本文将详细介绍如何使用 KubeVela 触发器来完成基于镜像版本的自动化部署，在本文的例子当中，我们将使用 GitLab 作为代码仓库，Harbor 作为镜像仓库来完成演示。

> 该教程仅适用于 UI 用户。

## 创建应用

要使用触发器，首先我们需要在 VelaUX 上新建一个应用。在这里，我们可以新建一个 WebService 类型的应用，并使用 LoadBalancer 为其暴露 80 端口以便访问。

![alt](../resources/acr-trigger-newapp.png)
"""


def test_paragraph_reworded_on_both_sides_is_paired():
    a = document_from_text(TRIGGER_EN, "en", "a.en.md", "markdown")
    b = document_from_text(TRIGGER_ZH, "zh", "b.zh.md", "markdown")
    beads = [(bead.a, bead.b) for bead in align_documents(a, b).beads]
    assert ((1,), (1,)) in beads
    assert not any(rule == "XL002" and "CI" in (text or "") for rule, text in loud(TRIGGER_EN, "en", TRIGGER_ZH, "zh"))


def test_paragraphs_whose_anchors_differ_stay_unpaired():
    # Each version wrote another paragraph there, each with a link the other's lacks
    # (both links are on both pages): they are no counterparts.
    en = TRIGGER_EN.replace(TRIGGER_EN.split("\n\n")[1], "Install [VelaUX](../install#2-install-velaux) first.")
    zh = TRIGGER_ZH.replace(TRIGGER_ZH.split("\n\n")[1], "新建应用的界面如 ![alt](../resources/acr-trigger-newapp.png) 所示。")
    a = document_from_text(en, "en", "a.en.md", "markdown")
    b = document_from_text(zh, "zh", "b.zh.md", "markdown")
    beads = [(bead.a, bead.b) for bead in align_documents(a, b).beads]
    assert ((1,), (1,)) not in beads


# --- a list item the source added ---

# ethereum/ethereum-org-website public/content/developers/docs/gas and its Italian
# translation (older: the source added the ETH Gas Tracker item).
GAS_EN = """If you want to monitor gas prices, so you can send your ETH for less, you can use many different tools such as:

- [Etherscan](https://etherscan.io/gastracker) _Transaction gas price estimator_
- [ETH Gas Tracker](https://www.ethgastracker.com/) _Monitor and track the Ethereum, and L2 gas prices to reduce transaction fees and save money_
- [Blocknative ETH Gas Estimator](https://chrome.google.com/webstore/detail/blocknative-eth-gas-estim/ablbagjepecncofimgjmdpnhnfjiecfm) _Gas estimating Chrome extension_
"""
GAS_IT = """Se desideri monitorare i prezzi del gas, così da poter inviare i tuoi ETH a un costo inferiore, puoi usare molti strumenti differenti, come:

- [Etherscan](https://etherscan.io/gastracker): _Strumento di stima del prezzo del gas delle transazioni_
- [ETH Gas Tracker](https://www.ethgastracker.com/): _Monitora e traccia i prezzi del gas di Ethereum e dei L2 per ridurre le commissioni_
- [Blocknative ETH Gas Estimator](https://chrome.google.com/webstore/detail/blocknative-eth-gas-estim/ablbagjepecncofimgjmdpnhnfjiecfm): _Estensione di stima del gas di Chrome_
"""


def test_list_with_every_item_is_clean():
    assert loud(GAS_EN, "en", GAS_IT, "it") == []


def test_list_item_the_translation_lacks_is_a_missing_paragraph():
    stale = "\n".join(line for line in GAS_IT.split("\n") if "ethgastracker" not in line)
    gaps = [f for f in findings(GAS_EN, "en", stale, "it") if f.rule == "XL002"]
    assert len(gaps) == 1
    assert "ETH Gas Tracker" in gaps[0].value
    assert gaps[0].blamed.lang == "it" and gaps[0].blamed.line == 4  # where the item would stand


def test_list_item_split_in_two_is_no_missing_item():
    # The translation writes one item as two: more items, every link kept.
    split = GAS_IT.replace(": _Monitora e traccia", "\n- _Monitora e traccia")
    assert not any(f.rule == "XL002" for f in findings(GAS_EN, "en", split, "it"))


# --- a list's lead-in sentence written as a paragraph of its own ---

# kubernetes/website content/en/docs/concepts/architecture/cri.md and content/fr/… (the
# French page writes "This is particularly useful for:" as a paragraph of its own).
STREAM_EN = """The standard CRI list RPCs (`ListContainers`, `ListPodSandbox`, `ListImages`) return
all results in a single unary response. On nodes with a large number of containers
(for example, more than roughly 10,000 including both running and stopped), these
responses can exceed gRPC's default 16 MiB message size limit, causing the kubelet
to fail when reconciling state with the container runtime.

With the `CRIListStreaming` feature gate enabled, the kubelet uses server-side
streaming RPCs (such as `StreamContainers`, `StreamPodSandboxes`,
`StreamImages`) that allow the container runtime to divide results across
multiple response messages, bypassing the per-message size limit. This is
particularly useful for:

- High container churn environments (CI/CD systems)
- Large-scale batch processing workloads

If the container runtime does not support streaming RPCs, the kubelet
automatically falls back to the standard unary RPCs for backward
compatibility.
"""
STREAM_FR = """Les RPC de liste CRI standards (`ListContainers`, `ListPodSandbox`, `ListImages`) renvoient tous les résultats dans une unique réponse unaire. Sur les nœuds contenant un grand nombre de conteneurs (par exemple plus de 10 000, y compris les conteneurs en cours d'exécution et arrêtés), ces réponses peuvent dépasser la limite par défaut de 16 Mio des messages gRPC, ce qui peut empêcher le kubelet de synchroniser correctement son état avec le runtime de conteneur.

Lorsque la porte de fonctionnalité `CRIListStreaming` est activée, le kubelet utilise des RPC de diffusion en flux côté serveur (tels que `StreamContainers`, `StreamPodSandboxes` et `StreamImages`) qui permettent au runtime de conteneur de répartir les résultats sur plusieurs messages de réponse, contournant ainsi la limite de taille par message.

Cette fonctionnalité est particulièrement utile pour :

- Les environnements avec un fort renouvellement de conteneurs (systèmes CI/CD)
- Les charges de travail de traitement par lots à grande échelle

Si le runtime de conteneur ne prend pas en charge les RPC de diffusion en flux, le kubelet revient automatiquement aux RPC unaires standards afin d'assurer la rétrocompatibilité.
"""


def test_lead_in_of_a_list_written_apart_is_paired_with_its_paragraph():
    a = document_from_text(STREAM_EN, "en", "a.en.md", "markdown")
    b = document_from_text(STREAM_FR, "fr", "b.fr.md", "markdown")
    assert ((1,), (1, 2)) in [(bead.a, bead.b) for bead in align_documents(a, b).beads]
    assert loud(STREAM_EN, "en", STREAM_FR, "fr") == []


def test_paragraph_added_without_a_colon_stays_apart():
    added = STREAM_FR.replace("Cette fonctionnalité est particulièrement utile pour :",
                              "Cette fonctionnalité est encore expérimentale.")
    assert "XL002" in {rule for rule, _ in loud(STREAM_EN, "en", added, "fr")}


def test_misspelt_acronym_among_three_versions_blames_the_one_that_misspells_it():
    stale = ENODE_ES.replace("puertos TCP y UDP", "puertos TSP y UDP")
    report = check([document_from_text(ENODE_EN, "en", "a.en.md", "markdown"),
                    document_from_text(stale, "es", "b.es.md", "markdown"),
                    document_from_text(ENODE_ES, "pt", "c.pt.md", "markdown")], reference=0)
    lost = [f for f in report.findings if f.rule == "XL401" and f.value == "TCP"]
    assert len(lost) == 1
    assert [loc.lang for loc in lost[0].locations if loc.status == "missing"] == ["es"]


def test_http_link_to_another_page_is_still_a_changed_link():
    en = "See [the guide](http://example.org/docs/install) now.\n"
    fr = "Voir [le guide](http://example.org/docs/setup) maintenant.\n"
    assert [rule for rule, _ in loud(en, "en", fr, "fr")] == ["XL602"]


def test_http_link_to_the_page_of_its_own_language_is_the_same_link():
    en = "See [the guide](http://example.org/docs/button) now.\n"
    zh = "参见[指南](http://example.org/docs/button-cn)。\n"
    assert loud(en, "en", zh, "zh") == []
