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


# fastapi/fastapi docs/{en,zh}/docs/deployment/docker.md: the Chinese list item sets the
# paths in quotation marks instead of backticks.
COPY_EN = "5. Copy the `./app` directory inside the `/code` directory.\n"
COPY_ZH = "5. 将“./app”目录复制到“/code”目录中。\n"


def test_a_path_in_quotation_marks_instead_of_backticks_lost_its_markup():
    # (the same literal, quoted: since round 26 its lost code markup is XL705, issue #10)
    assert loud(COPY_EN, "en", COPY_ZH, "zh") == [("XL705", "./app"), ("XL705", "/code")]
    assert loud(COPY_EN, "en", COPY_ZH.replace("“./app”", "`./app`").replace("“/code”", "`/code`"), "zh") == []
    stale = COPY_ZH.replace("“./app”", "“./src”")
    assert loud(COPY_EN, "en", stale, "zh") == [("XL701", "`./app`"), ("XL705", "/code")]


# docusaurus-ionic (second documentation set): a bare word kept in English but set in
# corner brackets lost its code markup: still reported.
def test_a_bare_word_in_quotation_marks_is_still_a_lost_literal():
    en = "Notice that the text and background changes based on the `color` attribute.\n"
    ja = "テキストと背景が「color」属性に基づいて変更されていることに注目してください。\n"
    assert [rule for rule, _ in loud(en, "en", ja, "ja")] == ["XL701"]


# fastapi/fastapi docs/{en,fr}/docs/tutorial/body.md: "`object`" (a JSON term in code
# markup) written as the French word in quotation marks.
OBJECT_EN = 'For example, this model above declares a JSON "`object`" (or Python `dict`) like:\n'
OBJECT_FR = 'Par exemple, le modèle ci-dessus déclare un "objet" JSON (ou `dict` Python) tel que :\n'


def test_a_term_in_code_markup_translated_in_quotation_marks_is_no_alarm():
    assert loud(OBJECT_EN, "en", OBJECT_FR, "fr") == []
    stale = OBJECT_FR.replace('"objet"', '"tableau"')
    assert loud(OBJECT_EN, "en", stale, "fr") == [("XL701", "`object`")]


# fastapi/fastapi docs/{en,fr}/docs/tutorial/body.md: spaces around an operator in inline code.
NONE_EN = "FastAPI will know that the value of `q` is not required because of the default value `= None`.\n"
NONE_FR = "**FastAPI** saura que la valeur de `q` n'est pas requise grâce à la valeur par défaut `=None`.\n"


def test_spaces_around_an_operator_in_inline_code_do_not_count():
    assert loud(NONE_EN, "en", NONE_FR, "fr") == []
    stale = NONE_FR.replace("`=None`", "`= ...`")
    assert [rule for rule, _ in loud(NONE_EN, "en", stale, "fr")] == ["XL702"]


def test_spaces_in_a_catalogue_literal_still_count():
    from xlcheck.extract.markup import extract
    from xlcheck.locales import locale_info

    class Claims:
        def free(self, start, end):
            return True

        def take(self, start, end):
            pass

    values = {inv.value for inv in extract("default ``x = None`` here", locale_info("en"), Claims(), "entry")}
    assert "``x = None``" in values
    values = {inv.value for inv in extract("default `x = None` here", locale_info("en"), Claims(), "text")}
    assert "`x=None`" in values


# fastapi/fastapi docs/{en,zh}/docs/deployment/docker.md: the source names the file twice
# in a sentence, the translation once.
TWICE_EN = ("Docker and other tools **build** these container images **incrementally**, adding **one layer on top "
            "of the other**, starting from the top of the `Dockerfile` and adding any files created by each of the "
            "instructions of the `Dockerfile`.\n")
TWICE_ZH = ("Docker之类的构建工具是通过**增量**的方式来构建这些容器镜像的。具体做法是从`Dockerfile`顶部开始，"
            "每一条指令生成的文件都是镜像的“一层”，同过把这些“层”一层一层地叠加到基础镜像上，最后我们就得到了最终的镜像。\n")


def test_inline_code_named_once_where_the_source_names_it_twice_is_no_alarm():
    assert loud(TWICE_EN, "en", TWICE_ZH, "zh") == []
    stale = TWICE_ZH.replace("`Dockerfile`", "`Containerfile`")
    assert [rule for rule, _ in loud(TWICE_EN, "en", stale, "zh")] == ["XL702"]


# open-telemetry/opentelemetry.io content/{en,zh}/docs/concepts/signals/_index.md: the
# Chinese list links the same pages from the site's root.
SIGNALS_EN = "OpenTelemetry currently supports:\n\n- [Traces](traces)\n- [Metrics](metrics)\n- [Logs](logs)\n"
SIGNALS_ZH = ("目前，OpenTelemetry 支持以下类型的信号：\n\n- [链路（Trace）](/docs/concepts/signals/traces)\n"
              "- [指标 (Metric)](/docs/concepts/signals/metrics)\n- [日志 (Log)](/docs/concepts/signals/logs)\n")


def test_page_relative_links_and_root_links_to_the_same_pages_are_no_alarm():
    assert loud(SIGNALS_EN, "en", SIGNALS_ZH, "zh") == []
    stale = SIGNALS_ZH.replace("/signals/logs", "/signals/events")
    assert [rule for rule, _ in loud(SIGNALS_EN, "en", stale, "zh")] == ["XL602"]


# fastapi/fastapi docs/{en,ja}/docs/tutorial/query-params-str-validations.md: the Japanese
# page loads the same picture by the site's full address.
IMAGE_EN = '<img src="/img/tutorial/query-params-str-validations/image02.png">\n'
IMAGE_JA = '<img src="https://fastapi.tiangolo.com/img/tutorial/query-params-str-validations/image02.png">\n'


def test_an_image_from_the_sites_root_and_by_its_full_address_is_no_alarm():
    assert loud(IMAGE_EN, "en", IMAGE_JA, "ja") == []
    stale = IMAGE_JA.replace("image02", "image01")
    assert [rule for rule, _ in loud(IMAGE_EN, "en", stale, "ja")] == ["XL702"]


# fastapi/fastapi docs/{en,zh}/docs/deployment/docker.md: the source added a heading the
# translation lacks; the Chinese sentence that ends in a full-width colon is a sentence,
# not a title to pair with the heading.
TREE = "```\n.\n├── app\n│   ├── __init__.py\n│   └── main.py\n├── Dockerfile\n└── requirements.txt\n```\n"
LAYOUT_EN = ("/// tip\n\nReview what each line does by clicking each number bubble in the code. 👆\n\n///\n\n"
             "#### Directory Structure { #directory-structure }\n\nYou should now have a directory structure like:\n\n"
             + TREE)
LAYOUT_ZH = "/// tip\n\n通过单击代码中的每个数字气泡来查看每行的作用。 👆\n\n///\n\n你现在应该具有如下目录结构：\n" + TREE


def test_a_line_ending_in_a_full_width_colon_is_no_title():
    from xlcheck.api import align_documents

    en = document_from_text(LAYOUT_EN, "en", "a.en.md", "markdown")
    zh = document_from_text(LAYOUT_ZH, "zh", "b.zh.md", "markdown")
    pairs = {bead.a: bead.b for bead in align_documents(en, zh).beads}
    heading = next(p.n - 1 for p in en.paragraphs if p.text.startswith("####"))
    sentence = next(p.n - 1 for p in zh.paragraphs if p.text.startswith("你现在"))
    assert pairs[(heading,)] == ()
    assert pairs[(heading + 1,)] == (sentence,)
    # the heading the translation lacks is what is reported
    assert [rule for rule, _ in loud(LAYOUT_EN, "en", LAYOUT_ZH, "zh")] == ["XL002"]


# withastro/starlight docs/src/content/docs/{en,de}/components/steps.mdx: a Markdoc example
# is Markdown: its prose is translated, its tags and their attributes are not.
STEPS_EN = ("````markdoc\n{% steps %}\n\n1. Import the component into your MDX file:\n\n   ```js\n"
            "   import { Steps } from '@astrojs/starlight/components';\n   ```\n\n"
            "2. Wrap `<Steps>` around your ordered list items.\n\n{% /steps %}\n````\n")
STEPS_DE = ("````markdoc\n{% steps %}\n\n1. Importiere die Komponente in deine MDX-Datei:\n\n   ```js\n"
            "   import { Steps } from '@astrojs/starlight/components';\n   ```\n\n"
            "2. Wickle `<Steps>` um deine geordneten Listenelemente.\n\n{% /steps %}\n````\n")


def test_the_prose_of_a_markdoc_example_is_the_translators():
    assert loud(STEPS_EN, "en", STEPS_DE, "de", "mdx") == []
    renamed = STEPS_DE.replace("import { Steps }", "import { Step }")
    assert [rule for rule, _ in loud(STEPS_EN, "en", renamed, "de", "mdx")] == ["XL703"]


# withastro/starlight docs/src/content/docs/{en,fr}/guides/sidebar.mdx: the French
# examples spell one constellation the French way wherever the page names it.
def _sidebar(name: str) -> str:
    return (f"```\n.\n└── src/\n    └── content/\n        └── docs/\n            ├── constellations/\n"
            f"            │   └── {name}.md\n            └── index.md\n```\n\n"
            f"```js\nsidebar: [\n  {{ label: 'Index', slug: 'constellations/{name}' }},\n]\n```\n\n"
            f"```js\nitems: ['constellations/{name}', 'constellations/orion'],\n```\n")


def test_a_name_spelt_the_translations_way_throughout_the_page_is_localised():
    en = "Given the following file structure:\n\n" + _sidebar("andromeda")
    fr = "Étant donné la structure de fichiers suivante :\n\n" + _sidebar("andromede")
    assert loud(en, "en", fr, "fr") == []
    # once on the page, the same one-letter change is a changed literal
    once = en.split("```js")[0], fr.split("```js")[0]
    assert [rule for rule, _ in loud(once[0], "en", once[1], "fr")] == ["XL703"]
