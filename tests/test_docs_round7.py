"""Vue and VitePress documentation, round 7: each cause of a false alarm on the Vue Router
pages of the sixth documentation set (tuning data from round 7), from a real excerpt, the
faithful version clean and a drifted twin still reported.

Sources (fixtures/SOURCES.md): the Vue Router documentation, vuejs/router@b19cce24
`packages/docs/` and `packages/docs/zh/`, MIT (Copyright (c) 2019-present Eduardo San
Martin Morote), as committed in `fixtures/heldout/docs6/vue-router/`; two causes that the
older tuning sets share, from the Ant Design documentation (`heldout/docs4/antd`, MIT) and
the Kubernetes documentation (`heldout/docs5/k8s`, CC BY 4.0).
"""

from __future__ import annotations

from xlcheck import check, document_from_text


def findings(a: str, b: str):
    report = check([document_from_text(a, "en", "a.en.md", "markdown"),
                    document_from_text(b, "zh", "b.zh.md", "markdown")], reference=0)
    return report.findings


def loud(a: str, b: str) -> list[tuple[str, str | None]]:
    """(rule, value) of every error and warning."""
    return [(f.rule, f.value) for f in findings(a, b) if f.severity != "info"]


# --- a section moved: paired where it stands, not lost in one place and left in another ---

# guide/essentials/history-mode.md: the English gives the HTML5 mode first, the Chinese
# after the hash and memory modes.
HTML5_EN = """## HTML5 Mode

The HTML5 mode is created with `createWebHistory()` and is the recommended mode:

```js
import { createRouter, createWebHistory } from 'vue-router'

const router = createRouter({
  history: createWebHistory(),
  routes: [
    //...
  ],
})
```

Here comes a problem, though: Since our app is a single page client side app, without a proper server configuration, the users will get a 404 error if they access `https://example.com/user/id` directly in their browser. Now that's ugly.
"""

HASH_EN = """## Hash Mode

The hash history mode is created with `createWebHashHistory()`:

```js
import { createRouter, createWebHashHistory } from 'vue-router'

const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    //...
  ],
})
```

It uses a hash character (`#`) before the actual URL that is internally passed. Because this section of the URL is never sent to the server, it doesn't require any special treatment on the server level. **It does however have a bad impact in SEO**. If that's a concern for you, use the HTML5 history mode.
"""

MEMORY_EN = """## Memory mode

The memory history mode doesn't assume a browser environment and therefore doesn't interact with the URL **nor automatically triggers the initial navigation**. This makes it perfect for Node environment and SSR. It is created with `createMemoryHistory()` and **requires you to push the initial navigation** after calling `app.use(router)`.
"""

HTML5_ZH = """## HTML5 模式

用 `createWebHistory()` 创建 HTML5 模式，推荐使用这个模式：

```js
import { createRouter, createWebHistory } from 'vue-router'

const router = createRouter({
  history: createWebHistory(),
  routes: [
    //...
  ],
})
```

不过，问题来了。由于我们的应用是一个单页的客户端应用，如果没有适当的服务器配置，用户在浏览器中直接访问 `https://example.com/user/id`，就会得到一个 404 错误。这就尴尬了。
"""

HASH_ZH = """## Hash 模式

hash 模式是用 `createWebHashHistory()` 创建的：

```js
import { createRouter, createWebHashHistory } from 'vue-router'

const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    //...
  ],
})
```

它在内部传递的实际 URL 之前使用了一个井号（`#`）。由于这部分 URL 从未被发送到服务器，所以它不需要在服务器层面上进行任何特殊处理。不过，**它在 SEO 中确实有不好的影响**。如果你担心这个问题，可以使用 HTML5 模式。
"""

MEMORY_ZH = """## Memory 模式

Memory 模式不会假定自己处于浏览器环境，因此不会与 URL 交互**也不会自动触发初始导航**。这使得它非常适合 Node 环境和 SSR。它是用 `createMemoryHistory()` 创建的，并且**需要你在调用 `app.use(router)` 之后手动 push 到初始导航**。
"""

INTRO_EN = ("# Different History modes\n\nThe `history` option when creating the router instance allows us to "
            "choose among different history modes.\n\n")
INTRO_ZH = "# 不同的历史模式\n\n在创建路由器实例时，`history` 配置允许我们在不同的历史模式中进行选择。\n\n"
MOVED_EN = INTRO_EN + HTML5_EN + "\n" + HASH_EN + "\n" + MEMORY_EN
MOVED_ZH = INTRO_ZH + HASH_ZH + "\n" + MEMORY_ZH + "\n" + HTML5_ZH


def test_a_moved_section_is_paired_where_it_stands():
    assert loud(MOVED_EN, MOVED_ZH) == []


def test_a_moved_section_is_still_compared():
    # the moved section's server error changed: reported as a changed number, not two
    # sections lost and left over
    drifted = MOVED_ZH.replace("404 错误", "500 错误")
    rules = loud(MOVED_EN, drifted)
    assert ("XL102", "404") in rules or ("XL101", "404") in rules
    assert not any(rule == "XL002" for rule, _ in rules)


def test_a_moved_section_that_lost_a_paragraph_is_no_move():
    drifted = MOVED_ZH.replace(HTML5_ZH, HTML5_ZH.split("\n\n不过")[0] + "\n")
    rules = [rule for rule, _ in loud(MOVED_EN, drifted)]
    assert rules.count("XL002") >= 3


def test_sections_in_the_same_order_still_report_a_lost_section():
    drifted = INTRO_ZH + HASH_ZH + "\n" + MEMORY_ZH
    rules = [rule for rule, _ in loud(MOVED_EN, drifted)]
    assert rules.count("XL002") == 4


# --- a bracket on a line of its own is layout ---

# guide/essentials/named-views.md: the Chinese block opens and closes the children on
# the lines of their neighbours.
NESTED_EN = """The routes:

```js
{
  path: '/settings',
  // You could also have named views at the top
  component: UserSettings,
  children: [
    {
      path: 'emails',
      component: UserEmailsSubscriptions
    },
    {
      path: 'profile',
      components: {
        default: UserProfile,
        helper: UserProfilePreview
      }
    }
  ]
}
```
"""

NESTED_ZH = """路由：

```js
{
  path: '/settings',
  // 你也可以在顶级路由就配置命名视图
  component: UserSettings,
  children: [{
    path: 'emails',
    component: UserEmailsSubscriptions
  }, {
    path: 'profile',
    components: {
      default: UserProfile,
      helper: UserProfilePreview
    }
  }]
}
```
"""


def test_brackets_laid_out_otherwise_are_the_same_code():
    assert loud(NESTED_EN, NESTED_ZH) == []


def test_a_changed_value_among_relaid_brackets_is_reported():
    drifted = NESTED_ZH.replace("component: UserEmailsSubscriptions", "component: UserEmails")
    assert loud(NESTED_EN, drifted) == [("XL703", "code:UserEmailsSubscriptions")]


def test_a_dropped_bracket_line_with_a_value_is_reported():
    drifted = NESTED_ZH.replace("      helper: UserProfilePreview\n", "")
    assert any(rule == "XL703" for rule, _ in loud(NESTED_EN, drifted))


# --- a localised edition on a territory's subdomain ---

# guide/index.md: the Chinese links the Chinese edition of the Vue documentation.
REGISTER_EN = ("1. [Globally registering](https://vuejs.org/guide/components/registration.html#global-registration) "
               "the `RouterView` and `RouterLink` components.\n")
REGISTER_ZH = ("1. [全局注册](https://cn.vuejs.org/guide/components/registration.html#global-registration) "
               "`RouterView` 和 `RouterLink` 组件。\n")


def test_a_territory_subdomain_is_the_site_in_the_readers_language():
    assert loud(REGISTER_EN, REGISTER_ZH) == []
    assert [f.rule for f in findings(REGISTER_EN, REGISTER_ZH)] == ["XL603"]


def test_another_page_on_the_territory_subdomain_is_a_changed_link():
    drifted = REGISTER_ZH.replace("components/registration.html", "components/props.html")
    assert [rule for rule, _ in loud(REGISTER_EN, drifted)] == ["XL602"]


def test_a_subdomain_that_names_no_territory_is_another_site():
    drifted = REGISTER_ZH.replace("cn.vuejs.org", "v2.vuejs.org")
    assert [rule for rule, _ in loud(REGISTER_EN, drifted)] == ["XL602"]


# --- a page of the site linked with or without its file's suffix ---

# guide/advanced/navigation-guards.md
META_EN = ("It is possible to achieve similar behavior to per-route guards by using "
           "[route meta fields](./meta) and global navigation guards.\n")
META_ZH = "你也可以通过使用[路由元信息字段](./meta.md)和全局导航守卫来实现类似的行为。\n"


def test_a_page_linked_with_its_suffix_is_the_same_page():
    assert loud(META_EN, META_ZH) == []


def test_another_page_linked_with_its_suffix_is_reported():
    drifted = META_ZH.replace("./meta.md", "./navigation-failures.md")
    assert [rule for rule, _ in loud(META_EN, drifted)] == ["XL602"]


# --- strings in inline code written with the other quote marks ---

# ant-design components/input-number/index.en-US.md and index.zh-CN.md
WHEEL_EN = ("The InputNumber component allows you to use all the attributes of the input element and ultimately "
            "pass them to the input element, This attribute will also be added to the input element when you pass "
            "in `type='number'`, which will activate native behavior (allowing the mouse wheel to change the value), "
            "As a result `changeOnWheel` cannot control whether the mouse wheel changes the value.\n")
WHEEL_ZH = ("InputNumber 组件允许你使用 input 元素的所有属性最终透传至 input 元素，当你传入 `type=\"number\"` 时 input "
            "元素也会添加这个属性，这会使 input 元素触发原生特性（允许鼠标滚轮改变数值），从而导致 `changeOnWheel` "
            "无法控制鼠标滚轮是否改变数值。\n")


def test_inline_code_in_the_other_quote_marks_is_the_same_code():
    assert [rule for rule, _ in loud(WHEEL_EN, WHEEL_ZH) if rule.startswith("XL7")] == []


def test_inline_code_with_another_string_is_still_changed():
    drifted = WHEEL_ZH.replace('`type="number"`', '`type="text"`')
    assert ("XL702", "`type='number'`") in loud(WHEEL_EN, drifted)


# --- a number word kept as written in an untranslated title ---

# kubernetes/website content/en|es/docs/concepts/configuration/configmap.md
FACTOR_EN = ("* Read [The Twelve-Factor App](https://12factor.net/) to understand the motivation for\n"
             "  separating code from configuration.\n")
FACTOR_ES = ("* Leer [The Twelve-Factor App](https://12factor.net/)  para entender el motivo de separar\n"
             "  el código de la configuración.\n")


def test_a_number_word_kept_in_an_untranslated_title_is_no_lost_number():
    report = check([document_from_text(FACTOR_EN, "en", "a.en.md", "markdown"),
                    document_from_text(FACTOR_ES, "es", "b.es.md", "markdown")], reference=0)
    assert [f.rule for f in report.findings if f.severity != "info"] == []


def test_a_number_word_translated_otherwise_is_still_reported():
    drifted = FACTOR_ES.replace("The Twelve-Factor App", "La aplicación de once factores")
    report = check([document_from_text(FACTOR_EN, "en", "a.en.md", "markdown"),
                    document_from_text(drifted, "es", "b.es.md", "markdown")], reference=0)
    assert any(f.rule in ("XL101", "XL102") and f.value == "12" for f in report.findings)


# --- a link changed at each of its places is changed as often ---

# guide/advanced/dynamic-routing.md: the English moved both items to another page of the
# API; the Chinese links the old page twice.
EXISTING_EN = """Vue Router gives you two functions to look at existing routes:

- [`router.hasRoute()`](/api/interfaces/RouterClassic.md#hasRoute-): check if a route exists.
- [`router.getRoutes()`](/api/interfaces/RouterClassic.md#getRoutes-): get an array with all the route records.
"""
EXISTING_ZH = """Vue Router 提供了两个功能来查看现有的路由：

- [`router.hasRoute()`](../../api/interfaces/Router.md#Methods-hasRoute)：检查路由是否存在。
- [`router.getRoutes()`](../../api/interfaces/Router.md#Methods-getRoutes)：获取一个包含所有路由记录的数组。
"""


def test_a_link_changed_at_two_places_is_reported_at_both():
    changed = [f for f in findings(EXISTING_EN, EXISTING_ZH) if f.rule == "XL602"]
    assert sorted(f.blamed.line for f in changed) == [3, 4]


def test_the_same_link_at_two_places_is_clean():
    faithful = EXISTING_ZH.replace("../../api/interfaces/Router.md#Methods-hasRoute",
                                   "/api/interfaces/RouterClassic.md#hasRoute-").replace(
        "../../api/interfaces/Router.md#Methods-getRoutes", "/api/interfaces/RouterClassic.md#getRoutes-")
    assert loud(EXISTING_EN, faithful) == []
