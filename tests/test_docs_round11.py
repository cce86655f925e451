"""Round 11 on documentation (tuning data docs10): excerpts of the Vite documentation and
its Spanish translation (MIT) and of the French catalogues of the Fortran Package Manager
documentation (MIT), attribution in fixtures/SOURCES.md, each with a twin that stays
reported (or, for a drift, a clean twin that stays quiet)."""

from __future__ import annotations

from tests.conftest import catalogue_findings, loud_texts, pair_findings


def _loud(found) -> list[tuple[str, str]]:
    return [(f.rule, f.value) for f in found if f.severity != "info"]


def _catalogue(tmp_path, entries: list[tuple[str, str]], lang: str = "fr"):
    return catalogue_findings(tmp_path, entries, lang)


# docs10/vite/api-plugin-es: the source cuts the hook's type after its arrow, the
# translation writes it on one line; in TypeScript "=> A | Promise<" is no HTML text node.
EN_SIGNATURE = """```ts
type IndexHtmlTransformHook = (
  html: string,
  ctx: { path: string },
) =>
  IndexHtmlTransformResult | void | Promise<IndexHtmlTransformResult | void>
```
"""
ES_SIGNATURE = """```ts
type IndexHtmlTransformHook = (
  html: string,
  ctx: { path: string },
) => IndexHtmlTransformResult | void | Promise<IndexHtmlTransformResult | void>
```
"""


def test_a_type_signature_cut_after_its_arrow_is_the_same_code():
    assert loud_texts(EN_SIGNATURE, "en", ES_SIGNATURE, "es") == []


def test_a_type_changed_after_the_arrow_stays_reported():
    drifted = ES_SIGNATURE.replace("| void | Promise", "| Promise")
    assert {rule for rule, _ in loud_texts(EN_SIGNATURE, "en", drifted, "es")} == {"XL703"}


# docs10/vite/server-watch-es: the source writes an admonition's title line, its text and
# its closing line apart, the translation as one paragraph.
EN_WATCH = """If set to `null`, no files will be watched.

::: warning Watching files in `node_modules`

It's currently not possible to watch files and packages in `node_modules`. For further progress and workarounds, you can follow [issue #8619](https://github.com/vitejs/vite/issues/8619).

:::

## server.middlewareMode
"""
ES_WATCH = """Si se configura en `null`, no se vigilarán archivos.

::: warning Observando archivos en `node_modules`
Actualmente no es posible ver archivos y paquetes en `node_modules`. Para obtener más avances y soluciones alternativas, puede seguir la [propuesta #8619](https://github.com/vitejs/vite/issues/8619).
:::

## server.middlewareMode
"""


def test_an_admonition_with_a_title_glued_to_its_text_pairs():
    assert loud_texts(EN_WATCH, "en", ES_WATCH, "es") == []


def test_a_link_lost_from_a_glued_admonition_stays_reported():
    drifted = ES_WATCH.replace("la [propuesta #8619](https://github.com/vitejs/vite/issues/8619)", "la propuesta")
    assert ("XL601", "github.com/vitejs/vite/issues/8619") in _loud(pair_findings(EN_WATCH, "en", drifted, "es"))


# docs10/vite/api-plugin-es: the source glues a list's lead-in to its items, the
# translation writes the lead-in as a paragraph of its own; the source also indents an
# admonition under a list item.
EN_HOOK = """- **Kind:** `async`, `sequential`

  The hook can be async and can return one of the following:
  - Transformed HTML string
  - An array of tag descriptor objects (`{ tag, attrs, children }`) to inject to the existing HTML.
  - An object containing both as `{ html, tags }`

  ::: warning Note
  This hook won't be called if you are using a framework that has custom handling of entry files.
  :::
"""
ES_HOOK = """- **Tipo:** `async`, `sequential`

El hook puede ser asíncrono y puede devolver uno de los siguientes:

- Cadena HTML transformada
- Un array de objetos de descriptores de etiquetas (`{ tag, attrs, children }`) para inyectarlos en el HTML existente.
- Un objeto que contiene ambos como `{ html, tags }`

:::warning Nota
Este hook no se llamará si estás usando un framework que tiene un manejo personalizado de archivos de entrada.
:::
"""


def test_a_lead_in_written_apart_from_its_list_pairs_with_the_glued_one():
    assert loud_texts(EN_HOOK, "en", ES_HOOK, "es") == []


def test_an_item_dropped_after_a_lead_in_written_apart_stays_reported():
    drifted = ES_HOOK.replace("- Un objeto que contiene ambos como `{ html, tags }`\n", "")
    assert ("XL701", "`{html,tags}`") in _loud(pair_findings(EN_HOOK, "en", drifted, "es"))


# docs10/vite/build-es: the translation repeats the block's title as its first comment.
EN_TITLED = """```js [vite.config.js]
export default defineConfig({
  build: {
    watch: {},
  },
})
```
"""
ES_TITLED = EN_TITLED.replace("```js [vite.config.js]\n", "```js [vite.config.js]\n// vite.config.js\n")


def test_a_comment_repeating_the_blocks_title_is_no_code():
    assert loud_texts(EN_TITLED, "en", ES_TITLED, "es") == []


def test_a_comment_naming_another_file_stays_reported():
    drifted = ES_TITLED.replace("// vite.config.js", "// vite.config.ts")
    assert [rule for rule, _ in loud_texts(EN_TITLED, "en", drifted, "es")] == ["XL703"]


# docs10/vite/this-environment-in-hooks-es: a scope written as inline code, translated.
EN_SCOPE = "Affected scope: `Vite Plugin Authors`\n"
ES_SCOPE = "Ámbito afectado: **`Autores de Plugins para Vite`**\n"


def test_a_title_in_inline_code_translated_is_a_localised_example():
    found = pair_findings(EN_SCOPE, "en", ES_SCOPE, "es")
    assert _loud(found) == []
    assert [f.rule for f in found] == ["XL704"]


def test_a_title_in_inline_code_changed_in_english_stays_an_error():
    assert _loud(pair_findings(EN_SCOPE, "en", "Ámbito afectado: `Vite Plugin Users`\n", "es")) == [
        ("XL702", "`Vite Plugin Authors`")]


# docs10/vite/server-proxy-es: a link to a line of a source file.
EN_PROXY = ("Extends [`http-proxy-3`](https://github.com/sagemathinc/http-proxy-3#options). Additional options are "
            "[here](https://github.com/vitejs/vite/blob/main/packages/vite/src/node/server/middlewares/proxy.ts#L13).\n")
ES_PROXY = ("Extiende [`http-proxy-3`](https://github.com/sagemathinc/http-proxy-3#options). Las opciones adicionales "
            "están [aquí](https://github.com/vitejs/vite/blob/main/packages/vite/src/node/server/middlewares/proxy.ts#L13).\n")


def test_a_link_to_the_same_line_of_a_file_is_the_same_link():
    assert loud_texts(EN_PROXY, "en", ES_PROXY, "es") == []


def test_a_link_to_another_line_of_a_file_is_reported():
    found = pair_findings(EN_PROXY, "en", ES_PROXY.replace("#L13", "#L12"), "es")
    assert [(f.rule, f.value[-12:]) for f in found if f.severity != "info"] == [("XL602", "proxy.ts#L13")]


# docs10/vite/build-es: a scoped package's name.
EN_LEGACY = ("Legacy browsers can be supported via [@vitejs/plugin-legacy](https://github.com/vitejs/vite/tree/main/"
             "packages/plugin-legacy), which will automatically generate legacy chunks.\n")
ES_LEGACY = ("Los navegadores obsoletos pueden ser soportados a través de [@vitejs/plugin-legacy](https://github.com/"
             "vitejs/vite/tree/main/packages/plugin-legacy), que generará automáticamente fragmentos.\n")


def test_a_scoped_package_kept_is_quiet():
    assert loud_texts(EN_LEGACY, "en", ES_LEGACY, "es") == []


def test_a_scoped_package_renamed_is_reported():
    found = pair_findings(EN_LEGACY, "en", ES_LEGACY.replace("[@vitejs/", "[@vite/"), "es")
    assert ("XL401", "@vitejs/plugin-legacy") in _loud(found)


# docs10/vite/server-watch-es: the translation names the bundler the older source named
# (and links that bundler's reference).
EN_SOURCEMAP = ("`server.sourcemapIgnoreList` is the equivalent of [`build.rolldownOptions.output.sourcemapIgnoreList`]"
                "(https://rolldown.rs/reference/OutputOptions.sourcemapIgnoreList) for the dev server. A difference "
                "between the two config options is that the Rolldown function is called with a relative path for "
                "`sourcePath`.\n")
ES_SOURCEMAP = ("`server.sourcemapIgnoreList` es el equivalente de [`build.rolldownOptions.output.sourcemapIgnoreList`]"
                "(https://rollupjs.org/configuration-options/#output-sourcemapignorelist) para el servidor de "
                "desarrollo. Una diferencia entre las dos opciones de configuración es que la función de Rollup se "
                "invoca con una ruta relativa para `sourcePath`.\n")


def test_another_product_named_in_the_sources_place_is_reported():
    assert ("XL401", "Rolldown") in _loud(pair_findings(EN_SOURCEMAP, "en", ES_SOURCEMAP, "es"))


def test_the_same_product_named_is_quiet():
    same = ES_SOURCEMAP.replace("de Rollup", "de Rolldown").replace(
        "https://rollupjs.org/configuration-options/#output-sourcemapignorelist",
        "https://rolldown.rs/reference/OutputOptions.sourcemapIgnoreList")
    assert loud_texts(EN_SOURCEMAP, "en", same, "es") == []


def test_a_label_named_otherwise_is_no_product_swapped():
    # the same sentence about a page of settings: no link or code names either word
    en = "Open the Settings page of your project and choose a relative path for `sourcePath`.\n"
    es = "Abre la página de Ajustes de tu proyecto y elige una ruta relativa para `sourcePath`.\n"
    assert loud_texts(en, "en", es, "es") == []


def test_a_first_word_translated_is_no_product_swapped():
    # docs4/tldr/tail-es: an imperative opens the quoted description in each version
    en = "# tail\n\n> Display the last part of a file.\n> See also: `head`.\n"
    es = "# tail\n\n> Muestra las últimas líneas de un archivo de texto determinado.\n> Vea también: `head`.\n"
    assert loud_texts(en, "en", es, "es") == []


# docs10/vite/server-watch-es: the translation dropped a link's brackets around inline code.
EN_WATCHER = ("If set to `null`, no files will be watched. [`server.watcher`](/guide/api-javascript.html#vitedevserver) "
              "will provide a compatible event emitter.\n")
ES_WATCHER = ("Si se configura en `null`, no se vigilarán archivos. [`server.watcher`](/guide/api-javascript.html"
              "#vitedevserver) proporcionará un emisor de eventos compatible.\n")


def test_a_link_around_inline_code_kept_is_quiet():
    assert loud_texts(EN_WATCHER, "en", ES_WATCHER, "es") == []


def test_a_link_around_inline_code_broken_is_reported():
    broken = ES_WATCHER.replace("[`server.watcher`](", "`server.watcher`(")
    assert [rule for rule, _ in loud_texts(EN_WATCHER, "en", broken, "es")] == ["XL702"]


# docs10/po-fpm-fr: catalogue entries of MyST pages.
def test_a_reference_link_written_out_in_a_catalogue_is_quiet(tmp_path):
    found = _catalogue(tmp_path, [(
        "The version number of the project is specified as string. A standardized way to manage and specify "
        "versions is the [Semantic Versioning] scheme.",
        "Le numéro de version du projet est spécifié sous forme d'une chaîne. Le schéma [Semantic Versioning]"
        "(https://semver.org/) est une méthode courante pour gérer et spécifier les versions.")])
    assert _loud(found) == []


def test_a_link_added_where_the_source_links_nothing_stays_reported(tmp_path):
    found = _catalogue(tmp_path, [(
        "A standardized way to manage and specify versions is the Semantic Versioning scheme.",
        "Le schéma [Semantic Versioning](https://semver.org/) est une méthode courante pour gérer les versions.")])
    assert _loud(found) == [("XL601", "semver.org")]


def test_a_myst_role_is_compared_by_name_and_target(tmp_path):
    found = _catalogue(tmp_path, [("{octicon}`book` How-To Guides", "{octicon}`mortar-board` Guides pratiques")])
    assert _loud(found) == [("XL702", "{octicon}`book`")]
    assert _loud(_catalogue(tmp_path, [("{octicon}`book` How-To Guides", "{octicon}`book` Guides pratiques")])) == []


def test_emphasis_broken_by_a_space_is_reported(tmp_path):
    found = _catalogue(tmp_path, [("*Examples of valid Fortran names:*", "* Exemples de noms Fortran valides :*")])
    assert [f.rule for f in found if f.severity != "info"] == ["XL701"]
    assert _loud(_catalogue(tmp_path, [("*Examples of valid Fortran names:*",
                                        "*Exemples de noms Fortran valides :*")])) == []


def test_emphasis_the_source_breaks_is_no_drift_of_the_translation(tmp_path):
    assert _loud(_catalogue(tmp_path, [("* Examples of valid Fortran names:*",
                                        "*Exemples de noms Fortran valides :*")])) == []


# docs10/vite/build-es: a key of the configuration written in inline code, translated,
# though the sentence also uses its word as prose ("a different root").
EN_ROOT = ("If you specify a different root, remember that `import.meta.dirname` will still be the folder of your "
           "`vite.config.js` file when resolving the input paths. Therefore, you will need to add your `root` entry "
           "to the arguments for `resolve`.\n")
ES_ROOT = ("Si especificas una raíz diferente, recuerda que `import.meta.dirname` seguirá siendo la carpeta de tu "
           "archivo `vite.config.js` cuando resuelva las rutas de entrada. Por lo tanto, debes agregar tu entrada "
           "`raíz` a los argumentos para `resolve`.\n")


def test_a_lower_case_key_translated_in_inline_code_is_changed():
    assert _loud(pair_findings(EN_ROOT, "en", ES_ROOT, "es")) == [("XL702", "`root`")]


def test_a_lower_case_key_kept_in_inline_code_is_quiet():
    assert loud_texts(EN_ROOT, "en", ES_ROOT.replace("`raíz`", "`root`"), "es") == []


# docs9/react/apis-ko: the source's lead-in and list pair with the translation's two
# paragraphs; an item only the source's list has is lacking from the translation's list.
EN_RESOURCES = """You can pass these types of resources to [`use`](/reference/react/use):

* A [Promise](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise) to read its resolved value.
* A [context](/learn/passing-data-deeply-with-context) to read its value.
* <CanaryBadge /> The value returned by [`browser`](/reference/react-dom/browser) to mark a component as browser-only during server rendering.
"""
KO_RESOURCES = """Resource에서 값을 읽으려면 다음 API를 사용하세요.

- [`use`](/reference/react/use)를 사용하면 [Promise](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise)나 [Context](/learn/passing-data-deeply-with-context)와 같은 Resource의 값을 읽을 수 있습니다.
"""


def test_a_value_lacking_from_a_list_is_placed_at_the_list():
    found = [f for f in pair_findings(EN_RESOURCES, "en", KO_RESOURCES, "ko") if f.severity != "info"]
    # (Since round 23 the item that holds the link is reported missing, and names it; the
    # link is not reported again on its own.)
    items = [f for f in found if f.rule == "XL002"]
    assert len(items) == 1 and "/reference/react-dom/browser" in items[0].message
    lacking = [loc for f in found for loc in f.locations if loc.status == "missing"]
    assert lacking and {loc.line for loc in lacking} == {3}


def test_a_value_lacking_from_a_lone_paragraph_is_placed_at_it():
    en = "Extends [`http-proxy-3`](https://github.com/sagemathinc/http-proxy-3#options).\n"
    found = [f for f in pair_findings(en, "en", "Extiende `http-proxy-3`.\n", "es") if f.severity != "info"]
    assert [(f.rule, [loc.line for loc in f.locations if loc.status == "missing"]) for f in found] == [
        ("XL601", [1])]


# docs9/react/versioning-policy-es: the translation puts a paragraph under the heading
# the source puts it above, and writes a list loose that the source writes tight.
EN_POLICY = """Minor releases are the most common type of release.

We know our users continue to use old versions of React in production. If we learn of a security vulnerability in React, we release a backported fix for all major versions that are affected by the vulnerability.

### Breaking changes {/*breaking-changes*/}

Breaking changes are inconvenient for everyone, so we try to minimize the number of major releases – for example, React 15 was released in April 2016 and React 16 was released in September 2017, and React 17 was released in October 2020.

**Both Latest and Canary channels are officially supported for user-facing applications, but with different expectations**:

* Latest releases follow the traditional semver model.
* Canary releases [must be pinned](/blog/2023/05/03/react-canaries) and may include breaking changes.

The Experimental releases are provided for testing purposes only.
"""
ES_POLICY = """Las versiones menores son el tipo de versión más común.

### Cambios importantes {/*breaking-changes*/}

Sabemos que nuestros usuarios continúan usando versiones antiguas de React en producción. Si descubrimos una vulnerabilidad de seguridad en React, lanzamos una corrección retroportada para todas las versiones principales que se ven afectadas por la vulnerabilidad.

Los cambios importantes son inconvenientes para todos, por lo que intentamos minimizar el número de versiones mayores; por ejemplo, React 15 fue lanzado en abril de 2016 y React 16 fue lanzado en septiembre de 2017, y React 17 fue lanzado en octubre de 2020.

**Tanto los canales latest como canary son oficialmente soportados para aplicaciones orientadas al usuario, pero con diferentes expectativas**:

* Los lanzamientos latest siguen el modelo tradicional de semver.

* Los lanzamientos canary [deben ser fijados](/blog/2023/05/03/react-canaries) y pueden incluir cambios importantes.

Los lanzamientos experimentales se proporcionan solo con fines de prueba.
"""


def test_a_paragraph_moved_under_the_next_heading_and_a_loose_list_pair():
    assert loud_texts(EN_POLICY, "en", ES_POLICY, "es") == []


def test_a_paragraph_dropped_next_to_the_heading_stays_reported():
    cut = ES_POLICY.split("\n\n")
    drifted = "\n\n".join(part for part in cut if not part.startswith("Sabemos"))
    assert [rule for rule, _ in loud_texts(EN_POLICY, "en", drifted, "es")] == ["XL002"]


def test_a_link_lost_from_a_loose_list_stays_reported():
    drifted = ES_POLICY.replace("[deben ser fijados](/blog/2023/05/03/react-canaries)", "deben ser fijados")
    assert _loud(pair_findings(EN_POLICY, "en", drifted, "es")) == [("XL601", "/blog/2023/05/03/react-canaries")]


# docs9/react/apis-ko: the index of APIs gained an item in the source and kept four in the
# Korean page that the source no longer lists (the lists otherwise the same, reordered).
EN_APIS = """## APIs

* [`createContext`](/reference/react/createContext) lets you define and provide context to the child components. Used with [`useContext`.](/reference/react/useContext)
* [`lazy`](/reference/react/lazy) lets you defer loading a component's code until it's rendered for the first time.
* [`memo`](/reference/react/memo) lets your component skip re-renders with same props. Used with [`useMemo`](/reference/react/useMemo) and [`useCallback`.](/reference/react/useCallback)
* [`startTransition`](/reference/react/startTransition) lets you mark a state update as non-urgent. Similar to [`useTransition`.](/reference/react/useTransition)
* [`act`](/reference/react/act) lets you wrap renders and interactions in tests to ensure updates have processed before making assertions.
* [`cache`](/reference/react/cache) lets you cache the result of a data fetch or computation.
* [`cacheSignal`](/reference/react/cacheSignal) lets you know when the `cache()` lifetime is over.
* [`captureOwnerStack`](/reference/react/captureOwnerStack) reads the current Owner Stack in development and returns it as a string if available.
"""
KO_APIS = """## APIs

---
* [`act`](/reference/react/act)를 통해 테스트에서 렌더링이나 상호작용을 감싸서 관련된 업데이트가 모두 처리된 뒤에 검증합니다.
* [`cache`](/reference/react/cache)를 통해 가져온 데이터나 연산의 결과를 캐싱합니다.
* [`captureOwnerStack`](/reference/react/captureOwnerStack)을 통해 개발 환경에서 현재 Owner Stack을 읽고, 사용가능한 문자열을 반환합니다.
* [`createContext`](/reference/react/createContext)를 통해 자식 컴포넌트들에게 전달할 수 있는 컨텍스트를 정의하고 제공합니다. 보통 [`useContext`](/reference/react/useContext)와 함께 사용합니다.
* [`lazy`](/reference/react/lazy)를 통해 컴포넌트가 처음 렌더링될 때까지 해당 컴포넌트의 코드를 로딩하는 것을 지연합니다.
* [`memo`](/reference/react/memo)를 통해 동일한 Props일 경우 컴포넌트가 다시 렌더링되지 않도록 최적화합니다. 주로 [`useMemo`](/reference/react/useMemo), [`useCallback`](/reference/react/useCallback)과 함께 사용합니다.
* [`startTransition`](/reference/react/startTransition)을 통해 상태 업데이트를 "덜 긴급한 작업"으로 표시하여 UI의 반응성을 유지합니다. [`useTransition`](/reference/react/useTransition)과 유사합니다.
* [`use`](/reference/react/use)는 Promise나 Context와 같은 데이터를 참조하는 React Hook입니다.
* [`taintObjectReference`](/reference/react/experimental_taintObjectReference)를 통해 `user` 객체와 같은 특정한 객체 인스턴스를 클라이언트 컴포넌트로 전송하는 것을 방지합니다.
* [`taintUniqueValue`](/reference/react/experimental_taintUniqueValue)를 통해 패스워드, 키 또는 토큰과 같은 고유 값을 클라이언트 컴포넌트로 전송하는 것을 방지합니다.
* [`addTransitionType`](/reference/react/addTransitionType)를 통해, 트랜지션이 발생한 원인을 상세히 나타냅니다.
---
"""


def test_items_added_to_both_lists_are_each_reported():
    found = [f for f in pair_findings(EN_APIS, "en", KO_APIS, "ko") if f.rule == "XL002"]
    assert sorted(f.value.split("]")[0] for f in found) == [
        "* [`addTransitionType`", "* [`cacheSignal`", "* [`taintObjectReference`", "* [`taintUniqueValue`",
        "* [`use`"]


def test_the_same_items_reordered_are_no_drift():
    reordered = "## APIs\n\n---\n" + "\n".join(line for line in KO_APIS.split("\n") if any(
        f"[`{name}`]" in line for name in ("act", "cache", "captureOwnerStack", "createContext", "lazy", "memo",
                                          "startTransition"))) + "\n---\n"
    cut = "\n".join(line for line in EN_APIS.split("\n") if "cacheSignal" not in line) + "\n"
    assert [f.rule for f in pair_findings(cut, "en", reordered, "ko") if f.rule == "XL002"] == []


def test_an_item_lacking_from_a_list_after_its_lead_in_is_reported():
    found = [f for f in pair_findings(EN_RESOURCES, "en", KO_RESOURCES, "ko") if f.rule == "XL002"]
    assert [f.value.split("]")[0] for f in found] == ["* <CanaryBadge /> The value returned by [`browser`"]


def test_a_list_after_its_lead_in_with_every_item_is_quiet():
    ko = KO_RESOURCES.rstrip("\n") + "\n- <CanaryBadge /> [`browser`](/reference/react-dom/browser)가 반환한 값.\n"
    assert [f.rule for f in pair_findings(EN_RESOURCES, "en", ko, "ko") if f.rule == "XL002"] == []


def test_a_number_inside_broken_emphasis_is_still_compared(tmp_path):
    found = _catalogue(tmp_path, [("*Examples of valid Fortran names in 2023:*",
                                   "* Exemples de noms Fortran valides en 2022 :*")])
    assert [f.rule for f in found if f.severity != "info"] == ["XL701", "XL202"]


# apache/incubator-answer-website (Apache-2.0) docs/installation.md and its zh-CN page: the
# aaPanel tab's list of settings, the first item's default value translated inside its code.
EN_SETTINGS = """You need to fill in the following information to complete the basic configuration initialization:

- Name: Application name, default `answer_random characters`
- Version selection: default `latest`
- Allow external access: If you need to access directly through `IP+Port`, please check it.
- Port: default `9080`, you can modify it yourself
- Site name: Site name, such as `Apache Answer`
"""
ZH_SETTINGS = """需要填写以下内容用于完成基本配置的初始化：

- 名称：应用名称，默认 `answer_随机字符`
- 版本选择：默认 `latest`
- 允许外部访问：如你需通过 `IP+Port` 直接访问，请勾选。
- 端口：默认 `9080`，可自行修改
- 网站名称：站点名称，如 `Apache Answer`
"""


def test_items_rewritten_in_place_are_each_others_counterparts():
    # One item's code changed on both sides at the same place: no item is missing.
    assert [f.rule for f in pair_findings(EN_SETTINGS, "en", ZH_SETTINGS, "zh") if f.rule == "XL002"] == []


def test_an_item_replaced_at_another_place_is_still_missing():
    # The changed item moved to the end of the translation's list: items lost at different
    # places on the two sides are not rewritten in place.
    lines = ZH_SETTINGS.rstrip("\n").split("\n")
    moved = "\n".join(lines[:2] + lines[3:] + [lines[2]]) + "\n"
    assert [f.rule for f in pair_findings(EN_SETTINGS, "en", moved, "zh") if f.rule == "XL002"] == ["XL002", "XL002"]


def test_a_linked_item_rewritten_in_place_is_still_missing_on_both_sides():
    # An item told by a link whose target changed names another page: not paired in place.
    en = EN_SETTINGS.replace("default `answer_random characters`", "see [the guide](https://answer.apache.org/docs)")
    zh = ZH_SETTINGS.replace("默认 `answer_随机字符`", "见 [指南](https://example.com/guide)")
    assert [f.rule for f in pair_findings(en, "en", zh, "zh") if f.rule == "XL002"] == ["XL002", "XL002"]
