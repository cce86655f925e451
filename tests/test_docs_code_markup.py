"""Code blocks and markup in translated documentation: each behaviour from a real
excerpt, with its clean twin.

Sources (fixtures/SOURCES.md): the Starlight docs (withastro/starlight, MIT), the
VitePress docs (vuejs/vitepress, MIT), the Turkish and Polish Python documentation
(python/python-docs-tr, python/python-docs-pl, CC0), the OpenTelemetry website
(open-telemetry/opentelemetry.io, CC BY 4.0).
"""

from __future__ import annotations

from xlcheck import check, document_from_text


def loud(a: str, lang_a: str, b: str, lang_b: str, fmt: str = "markdown", ext: str = "md"):
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.{ext}", fmt),
                    document_from_text(b, lang_b, f"b.{lang_b}.{ext}", fmt)], reference=0)
    return [(f.rule, f.locations[0].text, f.blamed.text, f.blamed.status) for f in report.findings
            if f.severity != "info"]


# withastro/starlight docs/src/content/docs/{en,es}/reference/frontmatter.md: the English
# example moved `z` to its own import and added the docs loader; the Spanish one is older.
SCHEMA_EN = """```ts
// src/content.config.ts
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        // Make a built-in field required instead of optional.
        description: z.string(),
      }),
    }),
  }),
};
```
"""
SCHEMA_ES = """```ts
// src/content.config.ts
import { defineCollection, z } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    schema: docsSchema({
      extend: z.object({
        // Hacer un campo integrado requerido en lugar de opcional.
        description: z.string(),
      }),
    }),
  }),
};
```
"""
SCHEMA_ES_CURRENT = SCHEMA_EN.replace("// Make a built-in field required instead of optional.",
                                      "// Hacer un campo integrado requerido en lugar de opcional.")


def test_each_changed_line_of_a_block_is_a_finding_of_its_own():
    assert loud(SCHEMA_EN, "en", SCHEMA_ES_CURRENT, "es") == []
    found = loud(SCHEMA_EN, "en", SCHEMA_ES, "es")
    assert {rule for rule, *_ in found} == {"XL703"}
    # `z` moved to an import of its own, the loader's import and the loader itself added:
    # three lines missing, and the edited line reported by the token that changed
    assert sorted((old, new, status) for _, old, new, status in found) == [
        ("defineCollection", "defineCollection, z", "different"),
        ("import { docsLoader } from '@astrojs/starlight/loaders';", None, "missing"),
        ("import { z } from 'astro/zod';", None, "missing"),
        ("loader: docsLoader(),", None, "missing"),
    ]


# vuejs/vitepress docs/{en,es}/guide/custom-theme.md: the English example calls
# `app.component(...)` and `app.use(...)` in comments that stand for code; the Spanish one
# has `// ...`. A comment in words stays the translator's.
THEME_EN = """```js [.vitepress/theme/index.js]
// You can directly import Vue files in the theme entry
// VitePress is pre-configured with @vitejs/plugin-vue.
import Layout from './Layout.vue'

export default {
  Layout,
  enhanceApp({ app, router, siteData }) {
    // app.component(...)
  }
}
```
"""
THEME_ES = THEME_EN.replace(
    "// You can directly import Vue files in the theme entry",
    "// Puede importar archivos Vue directamente en el archivo de entrada del tema").replace(
    "// VitePress is pre-configured with @vitejs/plugin-vue.",
    "// VitePress ya está preconfigurado con @vitejs/plugin-vue.")


def test_a_comment_that_names_code_is_code():
    assert loud(THEME_EN, "en", THEME_ES, "es") == []
    stale = THEME_ES.replace("// app.component(...)", "// ...")
    assert [(rule, old, status) for rule, old, _, status in loud(THEME_EN, "en", stale, "es")] == [
        ("XL703", "app.component(...)", "missing")]
    # an ellipsis is no code: written another way, it is still the same comment
    assert loud(THEME_EN.replace("app.component(...)", "..."), "en", stale.replace("// ...", "// …"), "es") == []
    # the file named in the first line of an example (starlight reference/frontmatter.md)
    assert [(rule, old, new) for rule, old, new, _ in loud(SCHEMA_EN, "en", SCHEMA_EN.replace(
        "// src/content.config.ts", "// src/content/config.ts"), "es")] == [
        ("XL703", "src/content.config.ts", "src/content/config.ts")]


# withastro/starlight docs/src/content/docs/{en,ja}/guides/i18n.mdx: the example names
# the feature it links; the Japanese page still names the old one.
FEATURE_EN = """```astro {3}
<!-- src/components/Example.astro -->
<a href="https://docs.astro.build/">
	{Astro.locals.t('link.astro.custom', { feature: 'Astro Actions' })}
</a>
```
"""


def test_a_string_that_names_another_thing_on_an_unchanged_line_is_drift():
    assert loud(FEATURE_EN, "en", FEATURE_EN, "ja") == []
    stale = FEATURE_EN.replace("'Astro Actions'", "'Astro DB'")
    assert [(rule, old, new) for rule, old, new, _ in loud(FEATURE_EN, "en", stale, "ja")] == [
        ("XL703", "Astro Actions", "Astro DB")]
    # between two languages in Latin script, a capitalised word may be a translated one:
    # only names no language spells as a word count (an initialism, a digit, a capital inside)
    assert loud(FEATURE_EN, "en", FEATURE_EN.replace("'Astro Actions'", "'Astro Aktionen'"), "de") == []
    assert [(rule, old, new) for rule, old, new, _ in loud(FEATURE_EN, "en", stale, "de")] == [
        ("XL703", "Astro Actions", "Astro DB")]
    # a string whose words were translated shares no name with the source's
    assert loud(FEATURE_EN, "en", FEATURE_EN.replace("'Astro Actions'", "'アストロのアクション'"), "ja") == []


def po_findings(tmp_path, source: str, translation: str, lang: str):
    """Findings on a one-entry catalogue (its msgid the source, its msgstr the translation)."""
    catalogue = tmp_path / f"entry.{lang}.po"
    catalogue.write_text(f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                         f'msgid "{source}"\nmsgstr "{translation}"\n', encoding="utf-8")
    return [(f.rule, f.blamed.status) for f in check([str(catalogue)]).findings if f.severity != "info"]


# python-docs-tr tutorial/modules.po and python-docs-pl library/glob.po: "module::" ends a
# paragraph whose next one is a literal block; the translation's single colon makes the
# example plain text (and a double colon the source lacks makes prose a literal block).
def test_the_rest_literal_block_marker_is_markup(tmp_path):
    source = "That means that by adding this code at the end of your module::"
    faithful = "Bu, modülünüzün sonuna bu kodu ekleyerek şu anlama gelir::"
    assert po_findings(tmp_path, source, faithful, "tr") == []
    assert po_findings(tmp_path, source, faithful.replace("::", " ::"), "tr") == []  # "text ::" is the same marker
    assert po_findings(tmp_path, source, faithful[:-1], "tr") == [("XL701", "missing")]
    assert po_findings(tmp_path, "For example:", "Na przykład::", "pl") == [("XL701", "extra")]
    assert po_findings(tmp_path, "For example:", "Na przykład:", "pl") == []


# withastro/starlight docs/src/content/docs/{en,es}/components/badges.mdx: the English
# example became a list; the Spanish one still writes the badges one per line.
BADGES_EN = """<Fragment slot="preview">
	- <Badge text="Note" variant="note" />
	- <Badge text="Success" variant="success" />
	- <Badge text="Tip" variant="tip" />
</Fragment>
"""
BADGES_ES = BADGES_EN.replace('"Note"', '"Nota"').replace('"Success"', '"Éxito"').replace('"Tip"', '"Consejo"')


def test_list_markers_are_structure():
    assert loud(BADGES_EN, "en", BADGES_ES, "es", "markdown", "mdx") == []
    stale = BADGES_ES.replace("\t- <Badge", "\t<Badge")
    assert [(rule, old, status) for rule, old, _, status in loud(BADGES_EN, "en", stale, "es", "markdown", "mdx")] == [
        ("XL701", "-", "missing")]
    # a numbered list written with another bullet character is the same structure
    assert loud("1. Install it.\n2. Run it.\n", "en", "1) Instálalo.\n2) Ejecútalo.\n", "es") == []
    assert loud("- Install it.\n- Run it.\n", "en", "* Instálalo.\n* Ejecútalo.\n", "es") == []
    # lines of a comment are no list (withastro/docs guides/sessions.mdx, es)
    note = "{/* TODO: add link to\n - Node: /es/guides/integrations-guide/node/#sesiones\n*/}\n"
    assert not [f for f in loud("Sessions require a storage driver to store the session data.\n", "en",
                                note + "Las sesiones requieren un controlador de almacenamiento para guardar los "
                                "datos de la sesión.\n", "es", "markdown", "mdx") if f[1] == "-" or f[2] == "-"]
    assert [f[2] for f in loud("Sessions require a storage driver to store the session data.\n", "en",
                               note.replace("{/*", "").replace("*/}", "") + "Las sesiones requieren un controlador "
                               "de almacenamiento para guardar los datos de la sesión.\n", "es", "markdown", "mdx")
            if f[0] == "XL701"] == ["-"]


# withastro/starlight docs/src/content/docs/{en,es}/guides/overriding-components.mdx: the
# English page dropped the sentence on `Astro.props.entry.data`; the Spanish one keeps it.
OVERRIDE_EN = ("In the following example, a replacement [`PageTitle`](/reference/overrides/#pagetitle) "
               "component displays the current page's title.\n")
OVERRIDE_ES = ("Por ejemplo, puedes leer los valores de frontmatter de la página como `Astro.props.entry.data`. "
               "En el siguiente ejemplo, un componente de reemplazo [`PageTitle`](/es/reference/overrides/#pagetitle) "
               "muestra el título de la página actual.\n")


def test_inline_code_only_the_translation_still_has_is_reported():
    found = loud(OVERRIDE_EN, "en", OVERRIDE_ES, "es", "markdown", "mdx")
    assert [(rule, new, status) for rule, _, new, status in found] == [("XL701", "`Astro.props.entry.data`", "extra")]
    # code formatting a translator adds to what the source writes plainly is no drift
    plain = OVERRIDE_EN.replace("In the following", "You can read Astro.props.entry.data. In the following")
    assert loud(plain, "en", OVERRIDE_ES, "es", "markdown", "mdx") == []


def rules(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str]]:
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.mdx", "markdown"),
                    document_from_text(b, lang_b, f"b.{lang_b}.mdx", "markdown")], reference=0)
    return [(f.rule, f.severity) for f in report.findings]


# withastro/starlight docs/src/content/docs/{en,es}/guides/overriding-components.mdx and
# components/badges.mdx: a link to another page of the translation's own language is
# another page, not a localised link; MDN's Spanish edition of the same page is.
def test_a_link_to_another_page_in_the_translations_language_is_a_changed_link():
    en = "Learn more about all the available properties in the [Route Data Reference](/reference/route-data/).\n"
    stale = ("Aprende más sobre todas las props disponibles en la [Referencia de Sobreescripciones]"
             "(/es/reference/overrides/#props-de-componentes).\n")
    assert rules(en, "en", stale, "es") == [("XL602", "error")]
    current = ("Aprende más sobre todas las propiedades disponibles en la [Referencia de datos de ruta]"
               "(/es/reference/route-data/).\n")
    assert rules(en, "en", current, "es") == []
    mdn_en = ("The `<Badge>` component accepts the following props and also any [other `<span>` attributes]"
              "(https://developer.mozilla.org/en-US/docs/Web/HTML/Global_attributes):\n")
    mdn_es = ("El componente `<Badge>` acepta las siguientes propiedades y también cualquier [otro atributo "
              "`<span>`](https://developer.mozilla.org/es/docs/Web/HTML/Atributos_globales):\n")
    assert rules(mdn_en, "en", mdn_es, "es") == [("XL603", "info")]


# withastro/starlight docs/src/content/docs/{en,es}/reference/frontmatter.md: a raw HTML
# link to the translation's own page of the site is the same link.
def test_a_raw_html_link_with_the_language_prefix_is_the_same_link():
    en = '**type:** <code>string | <a href="/reference/configuration/#badgeconfig">BadgeConfig</a></code>\n'
    es = '**tipo:** <code>string | <a href="/es/reference/configuration/#badgeconfig">BadgeConfig</a></code>\n'
    assert rules(en, "en", es, "es") == []
    other = es.replace("/es/reference/configuration/", "/es/reference/overrides/")
    assert [rule for rule, _ in rules(en, "en", other, "es")] == ["XL702"]
    # an external link in an attribute stays as written (MDN's en-US edition in both)
    mdn = '<a href="https://developer.mozilla.org/en-US/docs/Glossary/RGB" target="_blank">RGB</a> colors\n'
    assert rules(mdn, "en", mdn.replace("colors", "カラー"), "ja") == []


# withastro/starlight docs/src/content/docs/{en,es}/guides/project-structure.mdx: the
# English tree moved content/config.ts to src/content.config.ts and dropped env.d.ts.
TREE_EN = """<FileTree>

- src/
  - content/
    - docs/
      - index.mdx
  - content.config.ts
- astro.config.mjs

</FileTree>
"""
TREE_ES = """<FileTree>

- src/
  - content/
    - docs/
      - index.mdx
    - config.ts
  - env.d.ts
- astro.config.mjs

</FileTree>
"""


def test_the_file_names_of_a_file_tree_are_compared():
    assert loud(TREE_EN, "en", TREE_EN, "es", "markdown", "mdx") == []
    found = [(rule, old, new) for rule, old, new, _ in loud(TREE_EN, "en", TREE_ES, "es", "markdown", "mdx")]
    assert ("XL702", "content.config.ts", "config.ts") in found
    assert ("XL701", None, "env.d.ts") in found
    # a list of words is no file tree
    assert loud("- Install it\n- Run it\n", "en", "- Instálalo\n- Ejecútalo\n", "es") == []


# withastro/starlight docs/src/content/docs/{en,zh-cn}/reference/plugins.md: the output a
# plugin logs, translated into Chinese; the plugin's name in it is still code.
LOG_EN = "```shell\n[long-process-plugin] Starting long process…\n```\n"
LOG_ZH = "```shell\n[long-process-plugin] 启动一个长流程…\n```\n"


def test_output_words_translated_into_another_script_are_the_translators():
    assert loud(LOG_EN, "en", LOG_ZH, "zh-CN") == []
    stale = LOG_ZH.replace("[long-process-plugin]", "[long-plugin]")
    assert [rule for rule, *_ in loud(LOG_EN, "en", stale, "zh-CN")] == ["XL703"]


# python-docs-tr sphinx.po (tools/templates/layout.html): a template's message with inline
# HTML, read as a literal block; the text around its tags is the translator's.
TEMPLATE_EN = (r'This is a deploy preview created from a <a href=\"%(repository_url)s/pull/%(pr_id)s\">'
               r'pull request</a>.\n"' + '\n' + r'"  For authoritative documentation, see')
TEMPLATE_TR = (r'Bu, <a href=\"%(repository_url)s/pull/%(pr_id)s\">pull request</a>' + "'ten oluşturulan bir "
               r'dağıtım önizlemesidir.\n"' + '\n' + r'"  Asıl dokümantasyon için, bkz.')


def test_text_around_the_tags_of_a_catalogue_template_is_the_translators(tmp_path):
    assert po_findings(tmp_path, TEMPLATE_EN, TEMPLATE_TR, "tr") == []
    stale = TEMPLATE_TR.replace("/pull/%(pr_id)s", "/pulls/%(pr_id)s")
    assert [rule for rule, _ in po_findings(tmp_path, TEMPLATE_EN, stale, "tr")] == ["XL703"]


# python-docs-pl tutorial/controlflow.po: only the message inside the call was translated.
def test_a_literal_whose_only_change_is_a_translated_message_is_localised():
    report = check([document_from_text("For example: ``ask_ok('OK to overwrite the file?', 2)``", "en", "a.po"),
                    document_from_text("Na przykład: ``ask_ok('OK nadpisać plik?', 2)``", "pl", "b.po")], reference=0)
    assert [(f.rule, f.severity) for f in report.findings] == [("XL704", "info")]
    report = check([document_from_text("For example: ``ask_ok('OK to overwrite the file?', 2)``", "en", "a.po"),
                    document_from_text("Na przykład: ``ask_ok('OK nadpisać plik?', 3)``", "pl", "b.po")], reference=0)
    assert [(f.rule, f.severity) for f in report.findings] == [("XL702", "error")]


# vuejs/vitepress docs/{en,ru}/guide/asset-handling.md: the Russian page links the Russian
# edition of the Vite docs, the same page on another host.
def test_a_link_to_an_edition_of_the_site_in_the_translations_language_is_localised():
    en = "All Markdown files are compiled into Vue components and processed by [Vite](https://vite.dev/guide/assets.html).\n"
    ru = ("Все файлы Markdown компилируются в компоненты Vue и обрабатываются "
          "[Vite](https://vite-docs.ru/guide/assets.html).\n")
    assert rules(en, "en", ru, "ru") == [("XL603", "info")]
    other = ru.replace("vite-docs.ru/guide/assets.html", "vite-docs.ru/guide/static-deploy.html")
    assert rules(en, "en", other, "ru") == [("XL602", "error")]


# withastro/starlight docs/src/content/docs/{en,ru}/guides/customization.mdx: a diff of a
# configuration file, its comment translated.
DIFF_EN = """```diff lang="js"
// astro.config.mjs
export default defineConfig({
	integrations: [
		starlight({
			customCss: [
+				// Relative path to your @font-face CSS file.
+				'./src/fonts/font-face.css',
			],
		}),
	],
});
```
"""
DIFF_RU = DIFF_EN.replace("// Relative path to your @font-face CSS file.",
                          "// Относительный путь к вашему CSS-файлу с @font-face.")


def test_the_comments_of_a_diff_are_prose():
    assert loud(DIFF_EN, "en", DIFF_RU, "ru", "markdown", "mdx") == []
    stale = DIFF_RU.replace("'./src/fonts/font-face.css'", "'./src/font-face.css'")
    # (the trailing comma before the closing `],` is layout, and left out of the value)
    assert [(rule, old, new) for rule, old, new, _ in loud(DIFF_EN, "en", stale, "ru", "markdown", "mdx")] == [
        ("XL703", "'./src/fonts/font-face.css'", "'./src/font-face.css'")]


# withastro/starlight docs/src/content/docs/{en,zh-cn,fr,ja}/components/*.mdx and
# guides/sidebar.mdx: what the translator writes inside an example's markup.
def test_what_translators_write_in_markup_examples_is_theirs():
    # a link to the translation's own page, its language written /zh-cn/ (zh-Hans-CN)
    card_en = '```markdoc\n{% linkcard title="Authoring Markdown" href="/guides/authoring-content/" /%}\n```\n'
    card_zh = '```markdoc\n{% linkcard title="Markdown 创作" href="/zh-cn/guides/authoring-content/" /%}\n```\n'
    assert loud(card_en, "en", card_zh, "zh-CN") == []
    assert [rule for rule, *_ in loud(card_en, "en", card_zh.replace("authoring-content", "authoring"), "zh-CN")
            ] == ["XL703"]
    # a title attribute's text, though it reads like a code string (no space, a hyphen)
    grid_en = '```markdoc\n{% card title="Check this out" icon="open-book" %}\n```\n'
    grid_fr = '```markdoc\n{% card title="Regardez-ça" icon="open-book" %}\n```\n'
    assert loud(grid_en, "en", grid_fr, "fr") == []
    assert [rule for rule, *_ in loud(grid_en, "en", grid_fr.replace("open-book", "book"), "fr")] == ["XL703"]
    # the text of an element, Japanese without spaces, and emphasised English
    tabs_en = ('```markdoc\n_Some stars:_\n\n{% tabs syncKey="constellations" %}\n{% tabitem label="Orion" %}\n'
               'Bellatrix, Rigel, Betelgeuse\n{% /tabitem %}\n```\n')
    tabs_ja = ('```markdoc\n_いくつかの星:_\n\n{% tabs syncKey="constellations" %}\n{% tabitem label="オリオン座" %}\n'
               'ベラトリックス、リゲル、ベテルギウス\n{% /tabitem %}\n```\n')
    assert loud(tabs_en, "en", tabs_ja, "ja") == []
    assert [rule for rule, *_ in loud(tabs_en, "en", tabs_ja.replace("{% tabs ", "{% tab "), "ja")] == ["XL703"]


def test_an_anchor_on_the_page_in_a_raw_link_is_translated_with_its_heading():
    en = ('**Type:** <code>Array&lt;<a href="#sidebarlink-type">SidebarLink</a> | '
          '<a href="#sidebargroup-type">SidebarGroup</a>&gt;</code>\n')
    fr = ('**Type :** <code>Array&lt;<a href="#type-sidebarlink">SidebarLink</a> | '
          '<a href="#type-sidebargroup">SidebarGroup</a>&gt;</code>\n')
    assert rules(en, "en", fr, "fr") == []


def test_file_names_of_an_example_tree_spelt_in_the_translations_language_are_localised():
    tree_en = "<FileTree>\n\n- constellations/\n  - carina.md\n  - centaurus.md\n\n</FileTree>\n"
    tree_fr = "<FileTree>\n\n- constellations/\n  - carene.md\n  - centaure.md\n\n</FileTree>\n"
    assert {severity for _, severity in rules(tree_en, "en", tree_fr, "fr")} == {"info"}


# withastro/starlight docs/src/content/docs/{en,es,de,fr}/…: an example's text between
# Markdoc tags, its language keys, its placeholders: all localised by the translator.
def test_an_example_localised_in_its_text_language_keys_and_placeholders():
    button_en = '```markdoc\n{% linkbutton href="/getting-started/" %}Get started{% /linkbutton %}\n```\n'
    button_es = '```markdoc\n{% linkbutton href="/es/getting-started/" %}Comienza{% /linkbutton %}\n```\n'
    assert loud(button_en, "en", button_es, "es") == []
    badge_en = "```js\nbadge: {\n\ttext: {\n\t\ten: 'New',\n\t\t'pt-BR': 'Novo',\n\t},\n},\n```\n"
    badge_de = badge_en.replace("en: 'New'", "de: 'Neu'")
    assert loud(badge_en, "en", badge_de, "de") == []
    assert [rule for rule, *_ in loud(badge_en, "en", badge_de.replace("'pt-BR'", "'pt-PT'"), "de")] == ["XL703"]
    search_en = "```js\nstarlightDocSearch({\n\tappId: 'YOUR_APP_ID',\n\tindexName: 'YOUR_INDEX_NAME',\n}),\n```\n"
    search_fr = search_en.replace("YOUR_APP_ID", "VOTRE_ID_APP").replace("YOUR_INDEX_NAME", "VOTRE_NOM_D_INDEX")
    assert {(rule, severity) for rule, severity in rules(search_en, "en", search_fr, "fr")} == {("XL704", "info")}


def test_a_long_rewritten_block_is_compared_in_linear_time():
    """A rewritten stretch is one change: its lines are not paired one by one, nor its
    tokens read for translated words (both quadratic in its length). Measured as the ratio
    of CPU times at n and 8n lines, never as an absolute time: linear is about 8, the old
    quadratic pairing 64."""
    import time

    def cost(lines: int) -> tuple[float, list]:
        old = "```js\n" + "\n".join(f"const value{i} = compute({i}, 'x{i}');" for i in range(lines)) + "\n```\n"
        new = "```js\n" + "\n".join(f"let other{i} = run({i * 7}, 'y{i}');" for i in range(lines * 17 // 20)) + "\n```\n"
        best, found = float("inf"), []
        for _ in range(2):
            started = time.process_time()
            found = loud(old, "en", new, "de")
            best = min(best, time.process_time() - started)
        return best, found

    small, _ = cost(250)
    large, found = cost(2000)
    assert large < 24 * small + 0.05
    assert [rule for rule, *_ in found] == ["XL703"]


# withastro/starlight docs/src/content/docs/{en,fr,ru}/…: more of what translators localise
# in examples: emphasised text with French spacing, an object's label, the languages of
# an example tree, the names in comments of example files.
def test_more_localised_examples():
    tabs_en = '```markdoc\n_Some stars:_\n\n{% tabs syncKey="constellations" %}\n```\n'
    tabs_fr = '```markdoc\n_Quelques étoiles :_\n\n{% tabs syncKey="constellations" %}\n```\n'
    assert loud(tabs_en, "en", tabs_fr, "fr") == []
    pages_en = "```astro\n<StarlightPage\n\tsidebar={[\n\t\t{\n\t\t\tlabel: 'Constellations',\n\t\t},\n\t]}\n>\n```\n"
    assert loud(pages_en, "en", pages_en.replace("'Constellations'", "'Созвездия'"), "ru") == []
    tree_en = "<FileTree>\n\n- src/\n  - content/\n    - i18n/\n      - ar.json\n      - zh-CN.json\n\n</FileTree>\n"
    tree_ru = tree_en.replace("zh-CN.json", "ru.json")
    assert {severity for _, severity in rules(tree_en, "en", tree_ru, "ru")} == {"info"}
    example_en = "```astro\n<!-- src/components/Example.astro -->\n<a href={url}>Link</a>\n```\n"
    assert loud(example_en, "en", example_en.replace("Example.astro", "Exemple.astro"), "fr") == []


# open-telemetry/opentelemetry.io content/{en,ja}/docs/contributing/pull-requests.md (CC BY
# 4.0): a Mermaid flowchart, its labels translated; and a YAML comment written without a
# space after its hash (platforms/faas/lambda-collector.md).
FLOW_EN = """```mermaid
flowchart LR
    subgraph first[How to contribute]
    direction TB
       B[Fork the repo in GitHub] --- C[Write docs in markdown<br>and build site with Hugo]
       C --- D[Push source to the fork]
    end
```
"""
FLOW_JA = """```mermaid
flowchart LR
    subgraph first[コントリビュートする方法]
    direction TB
       B[GitHub でフォークする] --- C[Markdownでドキュメントを作成し、Hugo でサイトをビルドする]
       C --- D[フォーク先にソースコードを push する]
    end
```
"""


def test_the_labels_of_a_diagram_are_the_translators():
    assert loud(FLOW_EN, "en", FLOW_JA, "ja") == []
    stale = FLOW_JA.replace("C --- D[", "C --> D[")
    assert [rule for rule, *_ in loud(FLOW_EN, "en", stale, "ja")] == ["XL703"]


def test_a_comment_without_a_space_after_its_hash_is_a_comment():
    en = "```yaml\n#collector.yaml in the root directory\nreceivers:\n  otlp:\n    endpoint: 0.0.0.0:4317\n```\n"
    ja = "```yaml\n#ルートディレクトリの collector.yaml\nreceivers:\n  otlp:\n    endpoint: 0.0.0.0:4317\n```\n"
    assert loud(en, "en", ja, "ja") == []
    assert [rule for rule, *_ in loud(en, "en", ja.replace(":4317", ":4318"), "ja")] == ["XL703"]


# vuejs/vitepress docs/{en,es}/guide/markdown.md (MIT): a template literal that runs over
# lines, its words translated; and `data ()` written `data()`.
HIGHLIGHT_EN = """```js{1,4,6-8}
export default { // Highlighted
  data () {
    return {
      msg: `Highlighted!
      This line isn't highlighted,
      but this and the next 2 are.`,
      motd: 'VitePress is awesome',
      lorem: 'ipsum'
    }
  }
}
```
"""
HIGHLIGHT_ES = """```js{1,4,6-8}
export default { // Destacado
  data() {
    return {
      msg: `Destacado!
      Esta linea no está destacada,
      pero esta y las próximas están.`,
      motd: 'VitePress es increible',
      lorem: 'ipsum'
    }
  }
}
```
"""


def test_a_template_literal_over_several_lines_is_the_translators():
    assert loud(HIGHLIGHT_EN, "en", HIGHLIGHT_ES, "es") == []
    stale = HIGHLIGHT_ES.replace("lorem: 'ipsum'", "lorem: 'ipsum',\n      dolor: 'sit'")
    assert [(rule, status) for rule, _, _, status in loud(HIGHLIGHT_EN, "en", stale, "es")] == [
        ("XL703", "different"), ("XL703", "extra")]


# dapr-cn/docs src/content/sdks_js/js-workflow/_index.md (MIT), en and
# zh_CN: log messages in template literals, translated with their slots kept; the
# Chinese is written without spaces, its words glued to `${id}`.
WORKFLOW_EN = """```typescript
  const id = await workflowClient.scheduleNewWorkflow(sequence);
  console.log(`Orchestration scheduled with ID: ${id}`);

  const state = await workflowClient.waitForWorkflowCompletion(id, undefined, 30);
  console.log(`Orchestration completed! Result: ${state?.serializedOutput}`);
```
"""
WORKFLOW_ZH = """```typescript
  const id = await workflowClient.scheduleNewWorkflow(sequence);
  console.log(`编排已调度，ID：${id}`);

  const state = await workflowClient.waitForWorkflowCompletion(id, undefined, 30);
  console.log(`编排完成！结果：${state?.serializedOutput}`);
```
"""


def test_a_template_literal_of_chinese_words_around_its_slots_is_the_translators():
    assert loud(WORKFLOW_EN, "en", WORKFLOW_ZH, "zh") == []
    stale = WORKFLOW_ZH.replace("undefined, 30", "undefined, 60")
    assert [(rule, status) for rule, _, _, status in loud(WORKFLOW_EN, "en", stale, "zh")] == [("XL703", "different")]
    # a slot's code outside the literal still counts; a template of code, no words, too
    assert [rule for rule, *_ in loud(WORKFLOW_EN.replace("${id}`", "${id}`, id"), "en", WORKFLOW_ZH, "zh")] == ["XL703"]
    code_en, code_zh = "```js\nfetch(`/api/${id}`);\n```\n", "```js\nfetch(`/api/v2/${id}`);\n```\n"
    assert [rule for rule, *_ in loud(code_en, "en", code_zh, "zh")] == ["XL703"]


# Project-HAMi/website docs/userguide/awsneuron-device/enable-awsneuron-managing.md and its
# zh page (CC BY 4.0, as in heldout/docs41): a key with placeholders in the reader's words
# is code with placeholders, not a message, though its Chinese has no space.
ANNOTATION_EN = """```bash
kubectl get pod <pod-name> -o yaml | grep -A 10 "hami.io/<card-type>-devices-allocated"
```
"""
ANNOTATION_ZH = """```bash
kubectl get pod <pod名称> -o yaml | grep -A 10 "hami.io/<卡类型>-devices-allocated"
```
"""


def test_a_key_with_placeholders_in_chinese_words_stays_code():
    assert loud(ANNOTATION_EN, "en", ANNOTATION_ZH, "zh") == []
    stale = ANNOTATION_ZH.replace("-devices-allocated", "-devices-to-allocate")
    assert [rule for rule, *_ in loud(ANNOTATION_EN, "en", stale, "zh")] == ["XL703"]


# The same page: the program's output below, its messages translated as the program's
# were; its ids, counts and quoted names kept, some in another order.
OUTPUT_EN = """```
== APP == Orchestration scheduled with ID: dc040bea-6436-4051-9166-c9294f9d2201
== APP == Waiting 30 seconds for instance dc040bea-6436-4051-9166-c9294f9d2201 to complete...
== APP == Received "Orchestrator Request" work item with instance id 'dc040bea-6436-4051-9166-c9294f9d2201'
== APP == dc040bea-6436-4051-9166-c9294f9d2201: Processing 2 new history event(s): [ORCHESTRATORSTARTED=1, EXECUTIONSTARTED=1]
== APP == Activity hello completed with output "Hello Tokyo!" (14 chars)
== APP == dc040bea-6436-4051-9166-c9294f9d2201: Orchestration completed with status COMPLETED
```
"""
OUTPUT_ZH = """```
== APP == 编排已调度，ID：dc040bea-6436-4051-9166-c9294f9d2201
== APP == 等待 30 秒以完成实例 dc040bea-6436-4051-9166-c9294f9d2201...
== APP == 收到实例 id 为 'dc040bea-6436-4051-9166-c9294f9d2201' 的 "Orchestrator Request" 工作项
== APP == dc040bea-6436-4051-9166-c9294f9d2201: 处理 2 个新历史事件：[ORCHESTRATORSTARTED=1, EXECUTIONSTARTED=1]
== APP == 活动 hello 完成，输出 "Hello Tokyo!" (14 个字符)
== APP == dc040bea-6436-4051-9166-c9294f9d2201: 编排完成，状态为 COMPLETED
```
"""


def test_a_programs_output_translated_with_its_values_kept_is_the_translators():
    assert loud(OUTPUT_EN, "en", OUTPUT_ZH, "zh") == []
    # a count, a status or a quoted name of the output changed, or a word of its own: drift
    for stale in (OUTPUT_ZH.replace("(14 ", "(13 "), OUTPUT_ZH.replace("为 COMPLETED", "为 FAILED"),
                  OUTPUT_ZH.replace('"Hello Tokyo!"', '"Hello Paris!"'), OUTPUT_ZH.replace("活动 hello", "活动 greet")):
        assert "XL703" in {rule for rule, *_ in loud(OUTPUT_EN, "en", stale, "zh")}, stale


# rancher/rke2-docs@ea64164f docs/architecture.md and its zh page (Apache-2.0, as in
# heldout/docs61): the charts the server applies, a list whose items name files joined by
# "or" and "and/or" before a note in brackets; the zh page is older (fewer charts).
CHARTS_EN = """On server nodes, the `helm-controller` can now apply to the cluster any charts found in `/var/lib/rancher/rke2/server/manifests`.

- rke2-canal.yaml or rke2-cilium.yaml or rke2-calico.yaml or rke2-flannel.yaml or rke2-multus.yaml (daemonset, bootstrap)
- rke2-coredns.yaml (deployment, bootstrap)
- rke2-ingress-nginx.yaml and/or rke2-traefik.yaml and rke2-traefik-crd.yaml (deployment)
- rke2-metrics-server.yaml (deployment)
"""
CHARTS_ZH = """在 Server 节点上，`helm-controller` 可以将在 `/var/lib/rancher/rke2/server/manifests` 中找到的任何 Chart 应用于集群。

- rke2-canal.yaml or rke2-cilium.yaml (daemonset, bootstrap)
- rke2-coredns.yaml (deployment, bootstrap)
- rke2-ingress-nginx.yaml (deployment)
- rke2-metrics-server.yaml (deployment)
"""


def test_each_file_of_a_list_item_of_file_names_is_a_value():
    found = {(rule, text) for rule, text, *_ in loud(CHARTS_EN, "en", CHARTS_ZH, "zh")}
    assert {text for _, text in found} == {"rke2-calico.yaml", "rke2-flannel.yaml", "rke2-multus.yaml",
                                           "rke2-traefik.yaml", "rke2-traefik-crd.yaml"}
    # the same list, the files joined by the translation's words: the same files
    current = CHARTS_ZH.replace(
        "rke2-canal.yaml or rke2-cilium.yaml (", "rke2-canal.yaml 或 rke2-cilium.yaml 或 rke2-calico.yaml 或 "
        "rke2-flannel.yaml 或 rke2-multus.yaml (").replace(
        "rke2-ingress-nginx.yaml (", "rke2-ingress-nginx.yaml 和/或 rke2-traefik.yaml 以及 rke2-traefik-crd.yaml (")
    assert loud(CHARTS_EN, "en", current, "zh") == []
