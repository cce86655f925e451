"""Round 17 on documentation (tuning data docs3, docs7): excerpts of the Pinia documentation
(MIT, © Eduardo San Martin Morote), the Apache RocketMQ website (Apache-2.0) and the
Ukrainian Python documentation (CC0), attribution in fixtures/SOURCES.md, each with a
clean twin."""

from __future__ import annotations

from tests.conftest import loud_catalogue, loud_texts, pair_findings

# docs7/pinia/ssr-zh: the Chinese page highlights the hydration example as JavaScript
# where the English page marks it TypeScript.
EN_HYDRATION = ("For example, we can write this:\n\n"
                "```ts\n"
                "const pinia = createPinia()\n"
                "const app = createApp(App)\n"
                "app.use(pinia)\n"
                "```\n")
ZH_HYDRATION = ("例如，我们可以这样写：\n\n"
                "```js\n"
                "const pinia = createPinia()\n"
                "const app = createApp(App)\n"
                "app.use(pinia)\n"
                "```\n")


def test_a_code_block_in_another_language_is_reported():
    assert loud_texts(EN_HYDRATION, "en", ZH_HYDRATION, "zh") == [("XL702", "```ts")]


def test_a_code_block_in_the_same_language_is_clean():
    assert loud_texts(EN_HYDRATION, "en", ZH_HYDRATION.replace("```js", "```ts"), "zh") == []


def test_two_names_of_one_language_are_one_language():
    assert loud_texts(EN_HYDRATION, "en", ZH_HYDRATION.replace("```js", "```typescript"), "zh") == []


# docs7/rocketmq/dledger-en: the English page dropped the block's ```properties.
ZH_CONFIG = ("配置如下：\n\n"
             "```properties\n"
             "brokerClusterName = RaftCluster\n"
             "brokerName=RaftNode00\n"
             "listenPort=30911\n"
             "```\n")
EN_CONFIG = ("The configuration is as follows:\n\n"
             "```\n"
             "brokerClusterName = RaftCluster\n"
             "brokerName=RaftNode00\n"
             "listenPort=30911\n"
             "```\n")


def test_a_fence_that_lost_its_language_is_reported():
    assert loud_texts(ZH_CONFIG, "zh", EN_CONFIG, "en") == [("XL701", "```properties")]


def test_a_fence_that_keeps_its_language_is_clean():
    assert loud_texts(ZH_CONFIG, "zh", EN_CONFIG.replace("```\nbroker", "```properties\nbroker"), "en") == []


# docs7/pinia/nuxt-zh: the source now installs with one command; the Chinese page keeps
# the two of the older version, each line reported.
EN_INSTALL = "## Installation\n\n```bash\nnpx nuxi@latest module add pinia\n```\n"
ZH_INSTALL = ("## 安装\n\n```bash\n"
              "yarn add pinia @pinia/nuxt\n"
              "# 或者使用 npm\n"
              "npm install pinia @pinia/nuxt\n"
              "```\n")


def test_lines_rewritten_into_more_lines_are_reported_one_by_one():
    found = [f for f in pair_findings(EN_INSTALL, "en", ZH_INSTALL, "zh") if f.severity != "info"]
    assert [[loc.text for loc in f.locations] for f in found] == [
        ["npx nuxi@latest module add pinia", "yarn add pinia @pinia/nuxt"], [None, "npm install pinia @pinia/nuxt"]]
    assert {f.rule for f in found} == {"XL703"}


def test_the_same_install_command_is_clean():
    same = ZH_INSTALL.replace("yarn add pinia @pinia/nuxt\n# 或者使用 npm\nnpm install pinia @pinia/nuxt",
                              "npx nuxi@latest module add pinia")
    assert loud_texts(EN_INSTALL, "en", same, "zh") == []


# docs7/pinia/actions-zh: the Chinese example still names the store 'main'.
EN_STORE = ("```js\n"
            "export const useCounterStore = defineStore('counter', {\n"
            "  state: () => ({\n"
            "    count: 0,\n"
            "  }),\n"
            "})\n"
            "```\n")


def test_an_identifier_string_changed_between_scripts_is_reported():
    zh = "示例：\n\n" + EN_STORE.replace("'counter'", "'main'")
    assert [rule for rule, _ in loud_texts("Example:\n\n" + EN_STORE, "en", zh, "zh")] == ["XL703"]


def test_the_same_identifier_string_is_clean():
    assert loud_texts("Example:\n\n" + EN_STORE, "en", "示例：\n\n" + EN_STORE, "zh") == []


# docs7/rocketmq/autofailover-v5-en: the English page cuts the status name written plain.
ZH_STATUS = ("- minInSyncReplicas：最小需保持同步的副本组数量，若 SyncStateSet 中副本个数小于 minInSyncReplicas "
             "则 putMessage 直接返回 PutMessageStatus.IN_SYNC_REPLICAS_NOT_ENOUGH，默认为1。\n")
EN_STATUS = ("- minInSyncReplicas: The minimum number of replica groups that need to be kept in sync. If the "
             "number of replicas in SyncStateSet is less than minInSyncReplicas, putMessage will return "
             "PutMessageStatus.IN_SYNC_REPLICAS_NOT_ENOUGH, the default is 1\n")


def test_a_constant_written_plain_and_cut_is_reported():
    cut = EN_STATUS.replace("IN_SYNC_REPLICAS_NOT_ENOUGH", "IN_SYNC_REPLICAS")
    assert "PutMessageStatus.IN_SYNC_REPLICAS_NOT_ENOUGH" in [text for _, text in loud_texts(ZH_STATUS, "zh", cut, "en")]


def test_a_constant_written_plain_and_kept_is_clean():
    assert loud_texts(ZH_STATUS, "zh", EN_STATUS, "en") == []


# docs3/po-python-uk: parameter names in emphasis translated.
PATH = ("The *path* argument is the directory for which the finder is in charge of searching.",
        "Аргумент *шлях* — це каталог, пошук якого відповідає за пошук.")
STRATEGY = ("*strategy* is used to tune the compression algorithm.",
            "*стратегія* використовується для налаштування алгоритму стиснення.")
DELIMITERS = ("it's not recommended to override it because that would interfere with constructor options "
              "*allow_no_value* and *delimiters*.",
              "не рекомендується перевизначати його, оскільки це заважатиме параметрам конструктора "
              "*allow_no_value* і *роздільники*.")
SUBELEMENT = ("Inserts *subelement* at the given position in this element.  Raises :exc:`TypeError` if "
              "*subelement* is not an :class:`Element`.",
              "Вставляє *піделемент* у задану позицію цього елемента. Викликає :exc:`TypeError`, якщо "
              "*subelement* не є :class:`Element`.")
# Emphasis that stresses a word, translated: no parameter.
STRESS = ("Note that :class:`LZMAFile` and :class:`bz2.BZ2File` are *not* thread-safe.",
          "Зауважте, що :class:`LZMAFile` і :class:`bz2.BZ2File` *не* потокобезпечні.")


def _loud(tmp_path, entries):
    return loud_catalogue(tmp_path, entries, "uk")


def test_translated_parameter_names_are_reported(tmp_path):
    assert sorted(_loud(tmp_path, [PATH, STRATEGY, DELIMITERS, SUBELEMENT])) == [
        ("XL701", "*delimiters*"), ("XL701", "*path*"), ("XL701", "*strategy*"), ("XL701", "*subelement*")]


def test_kept_parameter_names_and_translated_stress_are_clean(tmp_path):
    kept = [(source, target.replace("*шлях*", "*path*").replace("*стратегія*", "*strategy*")
             .replace("*роздільники*", "*delimiters*").replace("*піделемент*", "*subelement*"))
            for source, target in (PATH, STRATEGY, DELIMITERS, SUBELEMENT)]
    assert _loud(tmp_path, [*kept, STRESS]) == []


# docs7/pinia/ssr-zh: the Chinese comment keeps neither name the English one gives;
# `isClient` is still in the code below it, `import.meta.client` nowhere.
EN_CLIENT = ("Then:\n\n```ts\n"
             "// `isClient` depends on the environment, e.g. on Nuxt it's `import.meta.client`\n"
             "if (isClient) {\n"
             "  pinia.state.value = JSON.parse(window.__pinia)\n"
             "}\n```\n")
ZH_CLIENT = ("然后：\n\n```ts\n"
             "// 必须由用户设置\n"
             "if (isClient) {\n"
             "  pinia.state.value = JSON.parse(window.__pinia)\n"
             "}\n```\n")


def test_a_comment_that_lost_one_of_its_names_is_reported():
    assert [rule for rule, _ in loud_texts(EN_CLIENT, "en", ZH_CLIENT, "zh")] == ["XL703"]


def test_a_translated_comment_that_keeps_its_names_is_clean():
    kept = ZH_CLIENT.replace("必须由用户设置", "`isClient` 取决于环境，例如在 Nuxt 中是 `import.meta.client`")
    assert loud_texts(EN_CLIENT, "en", kept, "zh") == []
