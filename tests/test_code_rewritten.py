"""Code blocks rewritten almost line by line: still compared line by line, each change
located on its line and named by what changed.

Sources (fixtures/SOURCES.md): the Tauri documentation (tauri-apps/tauri-docs, MIT),
fourth documentation set (tuning data), fixtures/heldout/docs4/tauri.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from xlcheck import check, document_from_text

TAURI = Path(__file__).parent.parent / "fixtures" / "heldout" / "docs4" / "tauri"


def findings(a: str, lang_a: str, b: str, lang_b: str, ext: str = "md"):
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.{ext}", "markdown"),
                    document_from_text(b, lang_b, f"b.{lang_b}.{ext}", "markdown")], reference=0)
    return [f for f in report.findings if f.severity != "info"]


def workflow(name: str) -> str:
    """The GitHub Actions workflow of a page of the Tauri docs: its ```yaml block."""
    text = (TAURI / name).read_text(encoding="utf-8")
    start = text.index("```yaml")
    return text[start:text.index("```\n", start + 3) + 4]


# tauri-apps/tauri-docs src/content/docs/{en,zh-cn}/develop/Tests/WebDriver/ci.md: the
# English workflow moved from actions-rs to current actions and installs more packages;
# the Chinese one is the old workflow with its comments in English.
CI_EN = workflow("webdriver-ci-zh.en.md")
CI_ZH = workflow("webdriver-ci-zh.zh.md")


def test_a_workflow_rewritten_line_by_line_is_reported_line_by_line():
    found = findings(CI_EN, "en", CI_ZH, "zh-CN")
    assert {f.rule for f in found} == {"XL703"}
    changed = {(f.locations[0].text, f.blamed.text) for f in found if f.blamed.status == "different"}
    assert ("actions/checkout@v4", "actions/checkout@v2") in changed
    assert ("libwebkit2gtk-4.1-dev", "libwebkit2gtk-4.0-dev") in changed  # moved down the list and changed
    assert ("20", "16.x") in changed  # node-version
    assert ("|", ">-") in changed
    missing = {f.locations[0].text for f in found if f.blamed.status == "missing"}
    # each package added to the install line is a change of its own
    assert {"build-essential", "curl", "wget", "file", "libxdo-dev", "libssl-dev"} <= missing
    assert "cache: 'yarn'" in missing and "id: rust-toolchain" in missing
    extra = {f.blamed.text for f in found if f.blamed.status == "extra"}
    assert "libgtk-3-dev" in extra
    # many findings, not one for the whole block on its fence
    assert len(found) > 20 and not any(f.blamed.text and f.blamed.text.startswith("```") for f in found)


def test_a_line_the_translation_lacks_is_placed_where_it_would_be():
    found = findings(CI_EN, "en", CI_ZH, "zh-CN")
    zh_lines = CI_ZH.split("\n")
    for f in found:
        if f.blamed.status != "missing":
            continue
        assert f.blamed.line is not None and f.blamed.line > 1  # not the fence
        if f.locations[0].text == "cache: 'yarn'":
            # after `node-version: 16.x`, the last line of the step in zh, before the next step
            after = next(n for n, line in enumerate(zh_lines, 1) if line.strip() == "node-version: 16.x")
            before = next(n for n, line in enumerate(zh_lines, 1) if line.strip() == "- name: Yarn install")
            assert after < f.blamed.line <= before


def test_the_same_workflow_with_translated_comments_is_clean():
    translated = CI_EN.replace("# the name of our workflow", "# 我们工作流的名称").replace(
        "# checkout the code on the workflow runner", "# 在工作流运行器上检出代码")
    assert findings(CI_EN, "en", translated, "zh-CN") == []
    # the install command cut into other lines (a shell continuation is layout)
    recut = CI_EN.replace("sudo apt update && sudo apt install -y \\\n",
                          "sudo apt update && \\\n          sudo apt install -y \\\n")
    assert [f.blamed.status for f in findings(CI_EN, "en", recut, "zh-CN")] in ([], ["extra"], ["missing", "extra"])


def test_one_package_changed_in_an_edited_block():
    old = CI_EN.replace("libxdo-dev", "libxdo3")
    found = findings(CI_EN, "en", old, "zh-CN")
    assert [(f.rule, f.locations[0].text, f.blamed.text) for f in found] == [("XL703", "libxdo-dev", "libxdo3")]


def block(name: str, number: int, fence: str = "```json") -> str:
    """The `number`-th (0-based) block of a page of the Tauri docs opened by `fence`."""
    text = (TAURI / name).read_text(encoding="utf-8")
    start = -1
    for _ in range(number + 1):
        start = text.index(fence, start + 1)
    end = text.index("```", start + len(fence))
    return "\n".join(line.strip() for line in text[start:end + 3].split("\n")) + "\n"


# tauri-apps/tauri-docs src/content/docs/{en,fr}/start/frontend/nextjs.mdx: Tauri 2
# renamed the configuration keys (`devPath` → `devUrl`, `distDir` → `frontendDist`); the
# French page still has the Tauri 1 keys in all three tabs.
def test_a_key_renamed_with_another_english_name_is_a_changed_literal():
    en, fr = block("nextjs-fr.en.mdx", 0), block("nextjs-fr.fr.mdx", 0)
    found = {(f.rule, f.severity, f.locations[0].text, f.blamed.text) for f in findings(en, "en", fr, "fr")}
    assert ("XL703", "warning", '"devUrl":', '"devPath":') in found
    assert all(rule != "XL704" for rule, *_ in found)
    prose_en = "- Use the `out` directory as `frontendDist` in `tauri.conf.json`.\n"
    prose_fr = "- Utilisez `out` en tant que `distDir` dans `tauri.conf.json`.\n"
    assert [(f.rule, f.severity) for f in findings(prose_en, "en", prose_fr, "fr")] == [("XL702", "error")]
    # the same key in the Chinese translation: no Chinese word either
    assert any(f.rule == "XL703" for f in findings(en, "en", fr, "zh-CN"))
    # the French page brought up to date: clean
    current = fr.replace('"devPath"', '"devUrl"').replace('"distDir": "../dist"', '"frontendDist": "../out"')
    assert findings(en, "en", current.replace("// tauri.conf.json", "// src-tauri/tauri.conf.json"), "fr") == []


def test_a_name_spelt_in_the_translations_words_stays_a_localised_example():
    # withastro/docs src/content/docs/pt-br/recipes/making-toolbar-apps.mdx (MIT)
    en = "Add it:\n\n```ts\nimport myIntegration from './my-toolbar-app/my-integration.ts';\n```\n"
    pt = "Adicione:\n\n```ts\nimport minhaIntegracao from './meu-app-toolbar/minha-integracao.ts';\n```\n"
    report = check([document_from_text(en, "en", "a.en.md", "markdown"),
                    document_from_text(pt, "pt-BR", "b.pt-BR.md", "markdown")], reference=0)
    assert {(f.rule, f.severity) for f in report.findings} == {("XL704", "info")}
    # a word the translation's prose writes: `dossier` in French
    en = "Put the page in the folder:\n\n```sh\nmkdir my-folder\n```\n"
    fr = "Mettez la page dans le dossier :\n\n```sh\nmkdir mon-dossier\n```\n"
    report = check([document_from_text(en, "en", "a.en.md", "markdown"),
                    document_from_text(fr, "fr", "b.fr.md", "markdown")], reference=0)
    assert {(f.rule, f.severity) for f in report.findings} == {("XL704", "info")}
    fr_other = fr.replace("mon-dossier", "my-path")
    report = check([document_from_text(en, "en", "a.en.md", "markdown"),
                    document_from_text(fr_other, "fr", "b.fr.md", "markdown")], reference=0)
    assert {(f.rule, f.severity) for f in report.findings} == {("XL703", "warning")}


# tauri-apps/tauri-docs …/nextjs.mdx, yarn and pnpm tabs: the French page runs `yarn
# generate` before the build, the English one `yarn build`; the strings of a JSON example
# that are commands are code, compared verbatim.
def test_a_command_in_a_string_of_a_configuration_is_compared_verbatim():
    en, fr = block("nextjs-fr.en.mdx", 1), block("nextjs-fr.fr.mdx", 1)
    found = {(f.rule, f.locations[0].text, f.blamed.text) for f in findings(en, "en", fr, "fr")}
    assert ("XL703", "yarn build", "yarn generate") in found
    only_command = en.replace("yarn build", "yarn generate")
    assert [(f.rule, f.blamed.text) for f in findings(en, "en", only_command, "fr")] == [("XL703", "yarn generate")]
    assert findings(en, "en", en.replace("// src-tauri/tauri.conf.json", "// src-tauri/tauri.conf.json "), "fr") == []


def test_a_string_of_words_translated_in_an_example_is_no_command():
    # words translated, the program's name kept: text, not a command (Starlight's examples)
    en = '```js\nconst greeting = "hello world";\nconsole.log(greeting);\n```\n'
    fr = 'Le message « bonjour » :\n\n' + en.replace("hello world", "bonjour monde")
    assert findings('The "hello" message:\n\n' + en, "en", fr, "fr") == []
    es = en.replace("hello world", "hola mundo")
    assert findings(en, "en", es, "es") == []


# ant-design/ant-design components/modal/index.{en-US,zh-CN}.md (MIT): the English FAQ
# example tells in a comment which call to use; the Chinese one lacks the comment.
MODAL_EN = """```tsx
const [modal, contextHolder] = Modal.useModal();

// then call modal.confirm instead of Modal.confirm

return (
  <Context1.Provider value="Ant">
    {/* contextHolder is in Context1, which means modal will get context of Context1 */}
    {contextHolder}
  </Context1.Provider>
);
```
"""
MODAL_ZH = """```tsx
const [modal, contextHolder] = Modal.useModal();

return (
  <Context1.Provider value="Ant">
    {/* contextHolder 在 Context1 内，它可以获得 Context1 的 context */}
    {contextHolder}
  </Context1.Provider>
);
```
"""


def test_a_comment_that_names_code_missing_in_the_translation():
    found = findings(MODAL_EN, "en", MODAL_ZH, "zh-CN")
    assert [(f.rule, f.blamed.status) for f in found] == [("XL703", "missing")]
    assert "modal.confirm" in found[0].locations[0].text
    assert found[0].blamed.line in (3, 4)  # where the comment would be, not the fence
    translated = MODAL_ZH.replace("\nreturn (", "\n// 然后调用 modal.confirm 而不是 Modal.confirm\n\nreturn (")
    assert findings(MODAL_EN, "en", translated, "zh-CN") == []
    # a comment of words only, dropped: prose, left to the other checks
    plain = MODAL_EN.replace("then call modal.confirm instead of Modal.confirm", "then call it")
    assert findings(plain, "en", MODAL_ZH, "zh-CN") == []


# tauri-apps/tauri-docs src/content/docs/{en,es,zh-cn}/start/frontend/trunk.mdx: the
# English page puts its steps in a <Steps> component, imported, each step's title a
# level-5 heading; the older translations number plain lines.
TRUNK_EN = """import { Tabs, TabItem, Steps } from '@astrojs/starlight/components';

Trunk is a WASM web application bundler for Rust.

<Steps>

1. ##### Update Tauri configuration

   Set the development URL.

1. ##### Update Trunk configuration

   Set the address.

</Steps>
"""
TRUNK_ES = """import { Tabs, TabItem } from '@astrojs/starlight/components';

Trunk es una herramienta de empaquetado de aplicaciones web WASM para Rust.

1. Actualiza la configuración de Tauri:

   Define la URL de desarrollo.

2. Actualiza la configuración de Trunk:

   Define la dirección.
"""
TRUNK_ES_CURRENT = """import { Tabs, TabItem, Steps } from '@astrojs/starlight/components';

Trunk es una herramienta de empaquetado de aplicaciones web WASM para Rust.

<Steps>

1. ##### Actualiza la configuración de Tauri

   Define la URL de desarrollo.

1. ##### Actualiza la configuración de Trunk

   Define la dirección.

</Steps>
"""


def test_step_titles_wrapper_and_import_of_a_steps_component():
    found = findings(TRUNK_EN, "en", TRUNK_ES, "es", "mdx")
    said = {(f.rule, f.locations[0].text or f.message) for f in found}
    assert len([f for f in found if f.rule == "XL701" and f.locations[0].text == "#####"]) == 2
    assert ("XL701", "Steps") in said  # the name the import lost
    assert sum(f.rule == "XL002" and "Steps>" in f.message for f in found) == 2  # <Steps> and </Steps>
    assert findings(TRUNK_EN, "en", TRUNK_ES_CURRENT, "es", "mdx") == []
    # </Steps> written on the line of the last step's text is the same component
    joined = TRUNK_ES_CURRENT.replace("dirección.\n\n</Steps>", "dirección.\n</Steps>")
    assert not any("Steps" in f.message for f in findings(TRUNK_EN, "en", joined, "es", "mdx"))


# withastro/docs src/content/docs/{en,fr}/guides/authentication.mdx and {en,de}/tutorial/…
# (MIT): example domains spelt in French words run together; a comment translated into
# German, its inline code capitalised.
def test_example_names_in_words_run_together_and_capitalised_code_in_comments():
    en = "Set the domain to your company's site, `app.yourcompany.com`.\n"
    fr = "Définissez le domaine du site de votre entreprise, `app.votreentreprise.com`.\n"
    assert findings(en, "en", fr, "fr") == []
    assert [f.rule for f in findings(en, "en", fr.replace("votreentreprise", "example"), "fr")] == ["XL702"]
    block_en = "```ts\n// Define a `loader` and `schema` for each collection\nconst blog = defineCollection({});\n```\n"
    block_de = ("```ts\n// Definiere für jede Collection einen `Loader` und ein `Schema`\n"
                "const blog = defineCollection({});\n```\n")
    assert findings(block_en, "en", block_de, "de") == []


# tauri-apps/tauri-docs …/distribute/debian.mdx: a JSON example with `//` comments, translated
# in French; and the nextjs page's comment naming the file, a folder shorter in French.
DEB_EN = """```json
{
  "bundle": {
    "linux": {
      "deb": {
        "files": {
          "/usr/share/README.md": "../README.md", // copies the README.md file to /usr/share/README.md
          "/usr/share/assets": "../assets/" // copies the entire assets directory to /usr/share/assets
        }
      }
    }
  }
}
```
"""
DEB_FR = DEB_EN.replace("// copies the README.md file to", "// copie le fichier README.md dans").replace(
    "// copies the entire assets directory to", "// copies toutes le dossier assets dans")


def test_comments_of_a_json_example_are_the_translators():
    assert findings(DEB_EN, "en", DEB_FR, "fr") == []
    stale = DEB_FR.replace('"../assets/"', '"../public/"')
    assert [(f.rule, f.blamed.text) for f in findings(DEB_EN, "en", stale, "fr")] == [("XL703", '"../public/"')]


def test_a_file_named_in_a_comment_that_lost_a_folder_is_no_renamed_example():
    en, fr = block("nextjs-fr.en.mdx", 0), block("nextjs-fr.fr.mdx", 0)
    found = {(f.locations[0].text, f.blamed.text) for f in findings(en, "en", fr, "fr")}
    assert ("src-tauri/tauri.conf.json", "tauri.conf.json") in found


# withastro/docs src/content/docs/{en,fr}/install-and-setup.mdx (MIT): what `create astro`
# prints, translated in a ```sh block whose output has no prompt to tell it from commands.
CREATE_EN = """```sh
$ npm create astro@latest
Welcome to Astro!
Where should we create your new project?
./my-site
$ cd my-site
$ npm install
How would you like to start your new project?
Use the blog template
$ npm run dev
```
"""
CREATE_FR = CREATE_EN.replace("Welcome to Astro!", "Bienvenue dans Astro !").replace(
    "Where should we create your new project?", "Où devons-nous créer votre nouveau projet ?").replace(
    "How would you like to start your new project?", "Comment souhaitez-vous démarrer votre nouveau projet ?").replace(
    "Use the blog template", "Utiliser le modèle de blog")


def test_output_translated_between_two_latin_languages_is_no_change():
    assert findings(CREATE_EN, "en", CREATE_FR, "fr") == []
    stale = CREATE_FR.replace("$ npm run dev", "$ npm start")
    assert [(f.rule, f.locations[0].text, f.blamed.text) for f in findings(CREATE_EN, "en", stale, "fr")] == [
        ("XL703", "run dev", "start")]


def test_a_command_changed_in_a_block_whose_output_is_translated():
    en = "Run the following command in your terminal to start the install wizard:\n\n" + CREATE_EN
    fr = ("Exécutez la commande suivante dans votre terminal pour lancer l'assistant d'installation :\n\n"
          + CREATE_FR)
    assert findings(en, "en", fr, "fr") == []
    stale = fr.replace("./my-site", "./my-project").replace("$ npm run dev", "$ npm start")
    found = [(f.rule, f.locations[0].text, f.blamed.text) for f in findings(en, "en", stale, "fr")]
    assert found == [("XL703", "./my-site", "./my-project"), ("XL703", "run dev", "start")]


# python/python-docs-pl tutorial/introduction.po (CC0): the input line renames the
# variable, the line before it and the traceback still say `prefix`.
PREFIX_EN = """```pycon
>>> prefix = 'Py'
>>> prefix 'thon'  # can't concatenate a variable and a string literal
  File "<stdin>", line 1
    prefix 'thon'
           ^^^^^^
SyntaxError: invalid syntax
```
"""
PREFIX_PL = PREFIX_EN.replace(">>> prefix 'thon'  # can't concatenate a variable and a string literal",
                              ">>> prefiks 'thon'  # nie można łączyć zmiennej i literału ciagu znaków")


def test_a_name_renamed_on_one_line_only_is_a_changed_literal():
    found = findings(PREFIX_EN, "en", PREFIX_PL, "pl")
    assert [(f.rule, f.locations[0].text, f.blamed.text) for f in found] == [("XL703", "prefix", "prefiks")]
    # renamed on every line: the translator's example (information)
    everywhere = PREFIX_EN.replace("prefix", "prefiks").replace(
        "# can't concatenate a variable and a string literal", "# nie można łączyć zmiennej i literału")
    assert findings(PREFIX_EN, "en", everywhere, "pl") == []

_KEYS = st.lists(st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8), min_size=4, max_size=30, unique=True)


@settings(max_examples=40, deadline=None)
@given(keys=_KEYS, data=st.data())
def test_a_line_dropped_from_an_edited_block_is_one_finding_on_its_line(keys, data):
    """Law: a line dropped from a block is one finding, that line, placed in the version
    that lacks it between its neighbours; the block against itself is clean."""
    lines = [f"{key}: {key}-{n}.0" for n, key in enumerate(keys)]
    en = "```yaml\n" + "\n".join(lines) + "\n```\n"
    assert findings(en, "en", en, "de") == []
    gone = data.draw(st.integers(0, len(lines) - 1))
    de = "```yaml\n" + "\n".join(lines[:gone] + lines[gone + 1:]) + "\n```\n"
    found = findings(en, "en", de, "de")
    assert [(f.rule, f.locations[0].text, f.blamed.status) for f in found] == [("XL703", lines[gone], "missing")]
    # line numbers are 1-based and the fence is line 1: the gap is after line `gone + 1`
    assert found[0].blamed.line in (gone + 1, gone + 2)


def test_a_version_range_in_a_string_is_compared_verbatim():
    # a package.json's engines (the shape of Starlight's and VitePress's examples)
    en = '```json\n{\n  "name": "docs",\n  "type": "module",\n  "private": true,\n  "engines": { "node": ">=18.0 <21" }\n}\n```\n'
    old = en.replace(">=18.0 <21", ">=16.0 <19")
    assert [(f.rule, f.locations[0].text, f.blamed.text) for f in findings(en, "en", old, "fr")] == [
        ("XL703", ">=18.0 <21", ">=16.0 <19")]
    assert findings(en, "en", en, "fr") == []
