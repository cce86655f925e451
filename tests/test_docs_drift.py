"""What drifts in translated documentation, each from a real excerpt with its clean twin.

Sources (fixtures/SOURCES.md): the VitePress docs (vuejs/vitepress, MIT), the Astro docs
(withastro/docs, MIT), the OpenTelemetry website (CC BY 4.0), the Python documentation
translations (python-docs-pl, CC0; python-docs-ko, PSF licence).
"""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from xlcheck import check, document_from_text
from xlcheck.extract.code import read_block

# vuejs/vitepress docs/en/guide/deploy.md (GitHub Pages workflow), an excerpt.
WORKFLOW = """Create a file named `deploy.yml` inside `.github/workflows` directory:

```yaml
jobs:
  # Build job
  build:
    runs-on: ubuntu-latest
    steps:
      - name: Checkout
        uses: actions/checkout@v5
        with:
          fetch-depth: 0 # Not needed if lastUpdated is not enabled
      - name: Setup Node
        uses: actions/setup-node@v6
        with:
          node-version: 24
          cache: npm # or pnpm / yarn
```
"""
WORKFLOW_ES = WORKFLOW.replace("Create a file named `deploy.yml` inside `.github/workflows` directory:",
                               "Crea un archivo llamado `deploy.yml` dentro del directorio `.github/workflows`:").replace(
    "# Build job", "# Trabajo de compilación").replace(
    "# Not needed if lastUpdated is not enabled", "# No es necesario si lastUpdated no está habilitado").replace(
    "# or pnpm / yarn", "# o pnpm / yarn")


def loud(a: str, lang_a: str, b: str, lang_b: str):
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.md", "markdown"),
                    document_from_text(b, lang_b, f"b.{lang_b}.md", "markdown")], reference=0)
    return [(f.rule, f.locations[0].text, f.blamed.text, f.blamed.status) for f in report.findings
            if f.severity != "info"]


def test_translated_comments_leave_a_workflow_clean():
    assert loud(WORKFLOW, "en", WORKFLOW_ES, "es") == []


def test_a_changed_action_version_is_reported_by_its_token():
    stale = WORKFLOW_ES.replace("actions/checkout@v5", "actions/checkout@v4")
    assert loud(WORKFLOW, "en", stale, "es") == [("XL703", "actions/checkout@v5", "actions/checkout@v4",
                                                  "different")]


def test_a_changed_number_in_a_comment_is_a_number():
    stale = WORKFLOW_ES.replace("# o pnpm / yarn", "# o pnpm / yarn (Node 22)")
    source = WORKFLOW.replace("# or pnpm / yarn", "# or pnpm / yarn (Node 24)")
    found = loud(source, "en", stale, "es")
    assert [(rule, a, b) for rule, a, b, _ in found] == [("XL102", "24", "22")]


def test_a_step_dropped_from_a_workflow_is_missing():
    stale = WORKFLOW_ES.replace("""      - name: Setup Node
        uses: actions/setup-node@v6
        with:
          node-version: 24
          cache: npm # o pnpm / yarn
""", "")
    found = loud(WORKFLOW, "en", stale, "es")
    # one finding per dropped line: a reviewer reads each as a change of its own
    assert {(rule, status) for rule, _, _, status in found} == {("XL703", "missing")}
    assert [old for _, old, _, _ in found] == ["- name: Setup Node", "uses: actions/setup-node@v6", "with:",
                                               "node-version: 24", "cache: npm"]


def test_comments_end_at_their_line():
    """A comment no longer swallows the rest of the block (the digest of every block
    that started with a comment used to be the same)."""
    first = read_block("```yaml\n# Build job\nruns-on: ubuntu-latest\n```")
    second = read_block("```yaml\n# Build job\nruns-on: windows-latest\n```")
    assert first.digest != second.digest
    css = read_block("```css\n:root {\n  --vp-badge-tip-text: var(--vp-c-tip-1);\n}\n```")
    assert "--vp-badge-tip-text:" in [t.value for t in css.tokens]  # "--" in CSS is no comment


# withastro/docs src/content/docs/{en,fr}/guides/cms/keystatic.mdx (fixtures/align): the
# French page still links posts by `slug`, the English one by `id`.
KEYSTATIC = FIXTURES / "align" / "astro-keystatic-fr"


def test_a_stale_identifier_in_an_astro_component():
    en = (KEYSTATIC.parent / (KEYSTATIC.name + ".en.mdx")).read_text(encoding="utf-8")
    fr = (KEYSTATIC.parent / (KEYSTATIC.name + ".fr.mdx")).read_text(encoding="utf-8")
    assert "post.slug" in fr
    ((rule, old, new, status),) = loud(en, "en", fr, "fr")
    assert (rule, status) == ("XL703", "different") and "post.id" in old and "post.slug" in new
    assert loud(en, "en", fr.replace("post.slug", "post.id"), "fr") == []


# withastro/docs src/content/docs/pt-br/recipes/making-toolbar-apps.mdx: the translator
# renamed the example's identifiers; that is a localised example, not drift.
TOOLBAR_EN = "```ts\nimport myIntegration from './my-toolbar-app/my-integration.ts';\n```\n"
TOOLBAR_PT = "```ts\nimport minhaIntegracao from './meu-app-toolbar/minha-integracao.ts';\n```\n"


def test_identifiers_spelt_in_the_target_language_are_a_localised_example():
    report = check([document_from_text("Add it:\n\n" + TOOLBAR_EN, "en", "a.en.md", "markdown"),
                    document_from_text("Adicione:\n\n" + TOOLBAR_PT, "pt-BR", "b.pt-BR.md", "markdown")], reference=0)
    assert {f.rule for f in report.findings} == {"XL704"}
    assert all(f.severity == "info" for f in report.findings)


@pytest.mark.parametrize(("source", "translation"), [
    # python-docs-pl: a method name one letter off is another method, not a localisation.
    ("Call ``clear()`` first.", "Najpierw wywołaj ``clean()``."),
    ("Serve ``404.html``.", "Serwuj ``404.htm``."),
])
def test_a_literal_one_edit_away_is_changed_not_localised(source, translation):
    report = check([document_from_text(source, "en", "a.en.po", "text"),
                    document_from_text(translation, "pl", "b.pl.po", "text")], reference=0)
    assert [(f.rule, f.severity) for f in report.findings] == [("XL702", "error")]


# python-docs-ko library/asyncio-eventloop.po: `Event Loop Methods`_ is a reference whose
# name the translation may translate; Sphinx maps it back to the target.
@pytest.mark.parametrize("translation", [
    "`이벤트 루프 메서드 <Event Loop Methods_>`_ 를 참조하십시오.",
    "`이벤트 루프 메서드`_ 를 참조하십시오.",
])
def test_a_translated_reference_name_is_no_drift(translation):
    report = check([document_from_text("See `Event Loop Methods`_.", "en", "a.po"),
                    document_from_text(translation, "ko", "b.po")], reference=0)
    assert report.findings == ()


@pytest.mark.parametrize(("translation", "rule"), [
    ("Zobacz class:`Path`.", "XL701"),             # the role's colon dropped: plain text now
    ("Zobacz „Path”.", "XL701"),                    # the literal quoted instead
    ("Zobacz :class:`PurePath`.", "XL702"),         # another target
])
def test_broken_rest_markup_is_reported_though_its_target_is_in_the_text(translation, rule):
    report = check([document_from_text("See :class:`Path`.", "en", "a.po"),
                    document_from_text(translation, "pl", "b.po")], reference=0)
    assert [f.rule for f in report.findings] == [rule]
    assert check([document_from_text("See :class:`Path`.", "en", "a.po"),
                  document_from_text("Zobacz :class:`Path`.", "pl", "b.po")], reference=0).findings == ()


# open-telemetry/opentelemetry.io content/{en,ja}/docs/demo/_index.md: a heading's own
# anchor is translated with it, or kept; either way it is no link.
def test_heading_anchors_are_not_links():
    en = "## Running the demo {#running-the-demo}\n\nWant to deploy the demo and see it in action?\n"
    ja = "## デモの実行 {#running-the-demo}\n\nデモをデプロイして実際に動作を確認したいですか？\n"
    ja_translated = "## デモの実行 {#デモの実行}\n\nデモをデプロイして実際に動作を確認したいですか？\n"
    assert loud(en, "en", ja, "ja") == [] and loud(en, "en", ja_translated, "ja") == []


def test_hugo_shortcodes_compare_identifiers_not_prose():
    en = '{{< figure src="/img/otel-diagram.svg" title="OpenTelemetry Reference Architecture" >}}\n'
    fr = '{{< figure src="/img/otel-diagram.svg" title="Architecture de référence OpenTelemetry" >}}\n'
    stale = '{{< figure src="/img/otel-diagram-old.svg" title="Architecture de référence OpenTelemetry" >}}\n'
    assert loud(en, "en", fr, "fr") == []
    assert [f[0] for f in loud(en, "en", stale, "fr")] == ["XL702"]


def test_an_alert_replaced_by_another_kind_of_callout_is_markup_drift():
    en = "> [!WARNING]\n> The API is not stable yet.\n"
    es = '{{% alert title="Importante" %}}\nLa API aún no es estable.\n{{% /alert %}}\n'
    assert [f[0] for f in loud(en, "en", es, "es")] == ["XL702"]
    assert loud(en, "en", "> [!WARNING]\n> La API aún no es estable.\n", "es") == []


def test_links_with_and_without_the_language_prefix_or_one_folder_deeper_are_one_link():
    en = "See [the concepts](/docs/concepts/) and [the API](../../reference/api.md).\n"
    ko = "[개념](/ko/docs/concepts/)과 [API](../../../reference/api.md)를 참조하세요.\n"
    assert loud(en, "en", ko, "ko") == []
    moved = "[개념](/ko/docs/concepts/)과 [API](../../../reference/api-v2.md)를 참조하세요.\n"
    assert [f[0] for f in loud(en, "en", moved, "ko")] == ["XL602"]


def test_a_dropped_heading_is_a_dropped_section():
    en = "## Deploy\n\nRun the build.\n\n### harvis\n\nSee the harvis docs.\n"
    pt = "## Implantação\n\nExecute o build.\n\nVeja a documentação.\n"
    found = loud(en, "en", pt, "pt-BR")
    assert ("XL002", "### harvis", None, "missing") in found


def test_a_literal_the_source_writes_twice_and_the_translation_once_is_missing_once():
    # python-docs-pl library/glob.po style: two literals, the translation keeps one.
    source = "Use ``glob.glob()`` or ``glob.iglob()``; ``glob.glob()`` returns a list."
    clean = "Użyj ``glob.glob()`` lub ``glob.iglob()``; ``glob.glob()`` zwraca listę."
    drift = "Użyj ``glob.glob()`` lub ``glob.iglob()``; zwraca ona listę."
    pair = [document_from_text(source, "en", "a.po")]
    assert check(pair + [document_from_text(clean, "pl", "b.po")], reference=0).findings == ()
    findings = check(pair + [document_from_text(drift, "pl", "b.po")], reference=0).findings
    assert [(f.rule, f.value, f.blamed.status) for f in findings] == [("XL701", "`glob.glob()`", "missing")]


def test_a_markdown_link_broken_by_the_translator_is_drift_though_its_url_is_there():
    en = "Read the [Kubernetes docs](https://kubernetes.io/docs/home/) first.\n"
    broken = "Lesen Sie zuerst die [Kubernetes-Dokumentation] (https://kubernetes.io/docs/home/).\n"
    fixed = "Lesen Sie zuerst die [Kubernetes-Dokumentation](https://kubernetes.io/docs/home/).\n"
    assert loud(en, "en", fixed, "de") == []
    assert [(f[0], f[3]) for f in loud(en, "en", broken, "de")] == [("XL701", "extra")]


# withastro/starlight docs/src/content/docs/{en,es}/guides/overriding-components.mdx: the
# highlighted lines of an example moved with its code in English, not in Spanish.
OVERRIDE_EN = """```astro {3,7}
---
import Default from '@astrojs/starlight/components/SocialIcons.astro';
---

<a href="mailto:houston@example.com">E-mail Me</a>
<Default><slot /></Default>
```
"""


def test_line_ranges_on_a_fence_move_with_the_code():
    assert loud(OVERRIDE_EN, "en", OVERRIDE_EN.replace("E-mail Me", "Escríbeme"), "es") == []
    stale = OVERRIDE_EN.replace("{3,7}", "{4,8}").replace("E-mail Me", "Escríbeme")
    assert [(f[0], f[1], f[2]) for f in loud(OVERRIDE_EN, "en", stale, "es")] == [("XL702", "{3,7}", "{4,8}")]


def test_a_demoted_section_heading_is_markup_drift():
    # ionic-team/ionic-docs docs/theming/colors.md and its Japanese translation.
    en = "## Layered Colors\n\nEach color has several properties.\n"
    ja = "### レイヤードカラー\n\n各色にはいくつかのプロパティがあります。\n"
    assert [(f[0], f[1], f[2]) for f in loud(en, "en", ja, "ja")] == [("XL702", "##", "###")]
    assert loud(en, "en", "## レイヤードカラー\n\n各色にはいくつかのプロパティがあります。\n", "ja") == []


# withastro/starlight docs/src/content/docs/{en,fr,ko}/components/*.mdx: the text of an
# example's elements, and the links to the translation's own pages, are the translator's.
CARDS_EN = """```astro
<p>The title of this site is “{siteTitle}”</p>
<Card title="Check this out" icon="open-book">
	Interesting content you want to highlight.
</Card>
<a href="/reference/configuration/">Configuration</a>
```
"""
CARDS_FR = """```astro
<p>Le titre de ce site est « {siteTitle} »</p>
<Card title="Check this out" icon="open-book">
	Un contenu intéressant que vous voulez mettre en avant.
</Card>
<a href="/fr/reference/configuration/">Configuration</a>
```
"""


def test_the_text_of_elements_and_links_to_own_pages_in_code_are_the_translators():
    assert loud(CARDS_EN, "en", CARDS_FR, "fr") == []
    stale = CARDS_FR.replace("{siteTitle}", "{title}").replace("/fr/reference/configuration/", "/fr/reference/")
    found = [(f[0], f[1], f[2]) for f in loud(CARDS_EN, "en", stale, "fr")]
    assert [rule for rule, _, _ in found] == ["XL703", "XL703"]
    assert "{siteTitle}" in found[0][1] and "{title}" in found[0][2]
