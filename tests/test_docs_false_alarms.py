"""False alarms on faithful documentation translations, round 2: each cause from a real
excerpt of the third documentation set (tuning data), the faithful version clean and a
drifted twin still reported.

Sources (fixtures/SOURCES.md): the Helm website (helm/helm-www, MIT), the FastAPI docs
(fastapi/fastapi, MIT), the Node.js website (nodejs/nodejs.org, MIT).
"""

from __future__ import annotations

from xlcheck import check, document_from_text


def loud(a: str, lang_a: str, b: str, lang_b: str, ext: str = "md") -> list[tuple[str, str]]:
    """(rule, text) of every error and warning of a two-document check."""
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.{ext}", "markdown"),
                    document_from_text(b, lang_b, f"b.{lang_b}.{ext}", "markdown")], reference=0)
    return [(f.rule, f.locations[0].text) for f in report.findings if f.severity != "info"]


# helm/helm-www versioned_docs/version-3/intro/install.md and its zh edition: the
# translation links the page next to it relatively (Docusaurus resolves both), with its
# anchor translated.
HELM_EN = ("Once you have the Helm Client successfully installed, you can move on to using Helm to manage\n"
           "charts and [add the stable chart repository](/intro/quickstart.md#initialize-a-helm-chart-repository).\n")
HELM_ZH = "一旦你成功安装了 Helm 客户端，就可以继续使用 Helm 管理 chart 和[添加稳定的仓库](./quickstart.md#初始化-helm-chart-仓库)。\n"


def test_a_relative_link_to_the_same_file_as_a_root_link_is_no_alarm():
    assert loud(HELM_EN, "en", HELM_ZH, "zh") == []
    assert loud(HELM_EN, "en", HELM_ZH.replace("./quickstart.md", "quickstart.md"), "zh") == []
    other = HELM_ZH.replace("./quickstart.md", "./install.md")
    assert [rule for rule, _ in loud(HELM_EN, "en", other, "zh")] == ["XL602"]
    deeper = HELM_ZH.replace("./quickstart.md", "./faq/quickstart.md")
    assert [rule for rule, _ in loud(HELM_EN, "en", deeper, "zh")] == ["XL602"]


# nodejs/nodejs.org apps/site/pages/{en,tr}/about/branding.mdx: the Turkish table puts
# blank lines between its cells and rows, the English one none; an HTML table is one block.
BRANDING_EN = """### Node.js® Stacked Logo

<table>
  <tbody>
    <tr>
      <td>
        <img
          alt="Node.js Dark Stacked Logo"
          src="/static/logos/nodejsStackedDark.svg"
          className="h-[164px] w-[267px]"
          width="267"
          height="164"
        />
      </td>
    </tr>
    <tr>
      <td>
        <img
          alt="Node.js Black Stacked Logo"
          src="/static/logos/nodejsStackedBlack.svg"
        />
      </td>
      <td>
        <img
          alt="Node.js White Stacked Logo"
          src="/static/logos/nodejsStackedWhite.svg"
          className="rounded-xs bg-neutral-950 p-2 dark:bg-transparent"
        />
      </td>
    </tr>
  </tbody>
</table>

### JS Icons
"""
BRANDING_TR = """### Node.js® Dikey Logo

<table>
<tbody>
  <tr>
    <td>
      <img alt="Node.js Koyu Dikey Logo" src="/static/logos/nodejsStackedDark.svg" className="h-[164px] w-[267px]" width="267" height="164" />
    </td>

  </tr>

  <tr>
    <td>
      <img alt="Node.js Siyah Dikey Logo" src="/static/logos/nodejsStackedBlack.svg" />
    </td>

    <td>
      <img alt="Node.js Beyaz Dikey Logo" src="/static/logos/nodejsStackedWhite.svg" className="rounded-xs bg-neutral-950 p-2 dark:bg-transparent" />
    </td>

  </tr>
</tbody>
</table>

### JS Simgeleri
"""


def test_an_html_table_spaced_out_with_blank_lines_is_one_block():
    assert loud(BRANDING_EN, "en", BRANDING_TR, "tr", "mdx") == []
    stale = BRANDING_TR.replace("nodejsStackedWhite.svg", "nodejsStackedLight.svg")
    assert [rule for rule, _ in loud(BRANDING_EN, "en", stale, "tr", "mdx")] == ["XL702"]


def test_an_html_table_ends_at_its_closing_tag_or_at_a_heading():
    from xlcheck.segment import paragraphs

    text = "<table>\n<tr><td>a</td></tr>\n\n<tr><td>b</td></tr>\n</table>\n\nAfter.\n"
    assert [p.text.split("\n")[0] for p in paragraphs(text, "markdown")] == ["<table>", "After."]
    unclosed = "<table>\n<tr><td>a</td></tr>\n\n## Next\n\nAfter.\n"
    assert [p.text.split("\n")[0] for p in paragraphs(unclosed, "markdown")] == ["<table>", "## Next", "After."]
    assert [p.text for p in paragraphs(text, "text")][:2] == ["<table>\n<tr><td>a</td></tr>", "<tr><td>b</td></tr>\n</table>"]
