"""Literals, inline code, shortcodes, tables and inline markup, round 6: each cause from a
real excerpt of the fifth documentation set (tuning data), the faithful version clean and
a drifted twin still reported.

Sources (fixtures/SOURCES.md): the Kubernetes documentation (kubernetes/website,
CC BY 4.0), the KubeVela documentation (kubevela/kubevela.io, Apache-2.0), the
ethereum.org developer documentation (ethereum/ethereum-org-website, MIT), the French
Django documentation catalogues (django/django-docs-translations, BSD-3-Clause), Ant
Design (ant-design/ant-design, MIT).
"""

from __future__ import annotations

from tests.conftest import loud_texts, pair_findings
from xlcheck import check

findings, loud = pair_findings, loud_texts


def rules(a: str, lang_a: str, b: str, lang_b: str) -> set[str]:
    return {f.rule for f in findings(a, lang_a, b, lang_b)}


# --- Hugo shortcodes: an attribute that holds words is prose ---

# content/en/docs/concepts/architecture/cri.md and content/ja/… (glossary definition).
CRI_EN = ('The Container Runtime Interface (CRI) is the main protocol.\n\n'
          '{{< glossary_definition prepend="The Container Runtime Interface (CRI) is" term_id="cri" '
          'length="all" >}}\n')
CRI_JA = ('コンテナランタイムインターフェース(CRI)はメインのプロトコルです。\n\n'
          '{{< glossary_definition prepend="コンテナランタイムインターフェース(CRI)は" term_id="cri" '
          'length="all" >}}\n')
CRI_FR = ('L\'Interface de Runtime de Conteneur (CRI) est le protocole principal.\n\n'
          '{{< glossary_definition prepend="L\'Interface de Runtime de Conteneur (CRI) est" term_id="cri" '
          'length="all" >}}\n')


def test_a_shortcodes_prose_attribute_translated_is_no_alarm():
    assert loud(CRI_EN, "en", CRI_JA, "ja") == []
    assert loud(CRI_EN, "en", CRI_FR, "fr") == []


def test_a_shortcodes_identifier_changed_is_still_reported():
    drifted = CRI_JA.replace('term_id="cri"', 'term_id="container-runtime"')
    assert [rule for rule, _ in loud(CRI_EN, "en", drifted, "ja")] == ["XL702"]
    drifted = CRI_FR.replace('length="all"', 'length="short"')
    assert [rule for rule, _ in loud(CRI_EN, "en", drifted, "fr")] == ["XL702"]


def test_a_class_list_in_a_tag_is_still_compared():
    en = 'Press the button.\n\n<div class="btn btn-primary">Go</div>\n'
    fr = 'Appuyez sur le bouton.\n\n<div class="btn btn-secondary">Aller</div>\n'
    assert [rule for rule, _ in loud(en, "en", fr, "fr")] == ["XL702"]


# --- metavariables in code blocks: words the reader replaces, in the reader's language ---

# content/en/docs/concepts/containers/container-environment.md and content/fr/….
ENV_EN = ("For a service named *foo* the following variables are defined:\n\n"
          "```shell\nFOO_SERVICE_HOST=<the host the service is running on>\n"
          "FOO_SERVICE_PORT=<the port the service is running on>\n```\n")
ENV_FR = ("Pour un service nommé *foo* les variables suivantes sont définies:\n\n"
          "```shell\nFOO_SERVICE_HOST=<l'hôte sur lequel le service est exécuté>\n"
          "FOO_SERVICE_PORT=<le port sur lequel le service fonctionne>\n```\n")
ENV_JA = ("*foo*という名前のサービスでは、次の変数が定義されています:\n\n"
          "```shell\nFOO_SERVICE_HOST=<サービスが実行されているホスト>\n"
          "FOO_SERVICE_PORT=<サービスが実行されているポート>\n```\n")

# kubevela.io docs/platform-engineers/addon/addon-offline.md (i18n/zh/…).
ADDON_EN = ("Use the CLI to enable an addon from a local directory.\n\n"
            "```yaml\n$ vela addon enable /your/local/addon/directory\n```\n")
ADDON_ZH = "指定一个本地的目录进行离线安装。例如：\n\n```yaml\n$ vela addon enable <本地目录>\n```\n"


def test_a_metavariable_in_the_readers_words_is_no_alarm():
    assert loud(ENV_EN, "en", ENV_FR, "fr") == []
    assert loud(ENV_EN, "en", ENV_JA, "ja") == []
    assert loud(ADDON_EN, "en", ADDON_ZH, "zh") == []


def test_a_one_word_metavariable_in_the_readers_words_is_no_alarm():
    en = "Enable it offline.\n\n```shell\n$ vela addon enable <directory>\n```\n"
    zh = "离线安装。\n\n```shell\n$ vela addon enable <本地目录>\n```\n"
    assert loud(en, "en", zh, "zh") == []


def test_a_real_path_made_a_placeholder_is_still_reported():
    en = "Enable it offline.\n\n```shell\n$ vela addon enable /usr/local/addons\n```\n"
    zh = "离线安装。\n\n```shell\n$ vela addon enable <本地目录>\n```\n"
    assert [rule for rule, _ in loud(en, "en", zh, "zh")] == ["XL703"]


def test_the_code_around_a_metavariable_is_still_compared():
    drifted = ENV_FR.replace("FOO_SERVICE_PORT=", "FOO_SERVICE_PORTS=")
    assert [rule for rule, _ in loud(ENV_EN, "en", drifted, "fr")] == ["XL703"]
    drifted = ADDON_ZH.replace("enable", "disable")
    assert [rule for rule, _ in loud(ADDON_EN, "en", drifted, "zh")] == ["XL703"]


def test_an_html_tag_in_a_code_block_is_no_metavariable():
    en = "Markup:\n\n```html\n<div>\n  <span>x</span>\n</div>\n```\n"
    de = "Markup:\n\n```html\n<div>\n  <b>x</b>\n</div>\n```\n"
    assert loud(en, "en", de, "de") != []


# --- Markdown tables: cells are no reST substitutions, dashes are layout ---

# kubevela.io addon-offline.md and secure-database.md (tables of images and parameters).
TABLE_EN = ("Sync these images:\n\n|Images|files|\n|---------|---------|\n|oamdev/vela-core:v1.2.0|a.tgz|\n")
TABLE_ZH = ("同步这些镜像：\n\n|需同步镜像|文件|\n|-----|-----|\n|oamdev/vela-core:v1.2.0|a.tgz|\n")


def test_a_translated_header_cell_and_shorter_dashes_are_no_alarm():
    assert loud(TABLE_EN, "en", TABLE_ZH, "zh") == []


def test_a_changed_cell_value_and_a_rest_substitution_are_still_reported():
    drifted = TABLE_ZH.replace("v1.2.0", "v1.1.0")
    assert loud(TABLE_EN, "en", drifted, "zh") != []
    en = "The version is |version| today.\n"
    fr = "La version est |release| aujourd'hui.\n"
    assert [rule for rule, _ in loud(en, "en", fr, "fr")] == ["XL702"]


# --- reST literals in catalogues: patterns to fill in ---

def _po(tmp_path, pairs: list[tuple[str, str]]):
    catalogue = tmp_path / "x.fr.po"
    body = "".join(f'msgid "{a}"\nmsgstr "{b}"\n\n' for a, b in pairs)
    catalogue.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n' + body, encoding="utf-8")
    return {(f.rule, f.locations[0].text) for f in check([str(catalogue)]).findings if f.severity != "info"}


# translations/fr/LC_MESSAGES/ref.po (admin checks, message mixin, ABSOLUTE_URL_OVERRIDES).
DJANGO = [
    ("``<model>`` has no ``GenericForeignKey`` using content type field ``<field name>``.",
     "``<modèle>`` n'a pas de clé ``GenericForeignKey`` utilisant le champ ``<nom_de_champ>``."),
    ("The cleaned data is available for interpolation using the ``%(field_name)s`` syntax.",
     "Les données nettoyées sont disponibles avec la syntaxe ``%(nom_champ)s``."),
    ('A dictionary mapping ``\\"app_label.model_name\\"`` strings to functions.',
     'Un dictionnaire faisant correspondre des chaînes ``\\"étiquette_app.nom_modèle\\"`` à des fonctions.'),
]


def test_placeholders_of_a_catalogues_literals_translated_are_no_alarm(tmp_path):
    assert _po(tmp_path, DJANGO) == set()


def test_an_api_name_translated_in_a_catalogue_literal_is_still_reported(tmp_path):
    pairs = [("Set ``max_length`` on the field.", "Définissez ``longueur_max`` sur le champ."),
             ("Use ``%(field_name)s`` here.", "Utilisez ``%(field_name)d`` ici.")]
    assert {rule for rule, _ in _po(tmp_path, pairs)} == {"XL702"}
    assert len(_po(tmp_path, pairs)) == 2


# --- inline code of one word translated: a field or value the user types ---

# ethereum-org-website developers/docs/blocks (pt-br) and kubernetes/website
# concepts/workloads/controllers/ttlafterfinished (ja).
BLOCKS_EN = ("The `withdrawals` list contains objects:\n\n| Field | Description |\n|:--|:--|\n"
             "| `address` | account address that has withdrawn |\n| `amount` | withdrawal amount |\n")
BLOCKS_PT = ("A lista `withdrawals` contém objetos:\n\n| Campo | Descrição |\n|:--|:--|\n"
             "| `endereço` | endereço da conta que retirou |\n| `amount` | quantidade retirada |\n")
TTL_EN = "Clean up finished Jobs (either `Complete` or `Failed`) automatically.\n"
TTL_JA = "終了したJob(`完了した`もしくは`失敗した`)を自動的に削除します。\n"


def test_a_field_name_or_value_translated_is_a_changed_literal():
    assert loud(BLOCKS_EN, "en", BLOCKS_PT, "pt") == [("XL702", "`address`")]
    assert sorted(loud(TTL_EN, "en", TTL_JA, "ja")) == [("XL702", "`Complete`"), ("XL702", "`Failed`")]


# ant-design components/modal/index.en-US.md and index.zh-CN.md: a default label in the
# table's default column, which the component shows in the reader's language.
MODAL_EN = ("| Property | Description | Type | Default |\n| --- | --- | --- | --- |\n"
            "| cancelText | Text of the Cancel button | ReactNode | `Cancel` |\n")
MODAL_ZH = ("| 参数 | 说明 | 类型 | 默认值 |\n| --- | --- | --- | --- |\n"
            "| cancelText | 取消按钮文字 | ReactNode | `取消` |\n")


def test_a_localised_default_in_a_tables_later_cell_is_no_alarm():
    assert loud(MODAL_EN, "en", MODAL_ZH, "zh") == []
    assert "XL704" in rules(MODAL_EN, "en", MODAL_ZH, "zh")


def test_a_label_the_source_also_writes_as_a_word_is_still_localised():
    en = "Press the Save button: click `Save` to keep the file.\n"
    ja = "保存ボタンを押します。`保存` をクリックしてファイルを残します。\n"
    assert loud(en, "en", ja, "ja") == []
    assert "XL704" in rules(en, "en", ja, "ja")
    assert loud(en.replace("the Save button", "the button"), "en", ja, "ja") == [("XL702", "`Save`")]


def test_an_example_name_in_the_readers_words_is_still_localised():
    en = "Create `myIntegration` in the folder.\n"
    pt = "Crie `minhaIntegracao` na pasta.\n"
    assert loud(en, "en", pt, "pt") == []


# --- a literal's case ---

# kubevela.io docs/how-to/dashboard/trigger/overview.md and topology-rule.md (zh).
def test_a_case_changed_inside_a_name_or_a_capital_dropped_is_reported():
    en = "You can see that the most recent revision was from `Webhook`.\n"
    zh = "可以看到，最近一次部署是来自 `webhook` 的部署。\n"
    assert loud(en, "en", zh, "zh") == [("XL702", "`Webhook`")]
    en = "In the example above, the parent type is `Cloneset` in group `apps.kruise.io`.\n"
    zh = "在上面的例子中，我们定义了一个 `apps.kruise.io` 组下的 `CloneSet` 类型资源。\n"
    assert loud(en, "en", zh, "zh") == [("XL702", "`Cloneset`")]


def test_a_noun_capitalised_in_german_is_still_localised():
    en = "Use `import` to load it.\n"
    de = "Verwende `Import`, um es zu laden.\n"
    assert loud(en, "en", de, "de") == []


# --- inline code written plain ---

# kubevela.io addon-offline.md (zh) and tauri-docs webdriver ci (zh). Since round 26 a
# literal written plain lost its code markup (issue #10): a warning, XL705, no longer clean.
def test_a_phrase_of_code_written_plain_amid_chinese_lost_its_markup():
    en = "5. Use `vela cli` to enable an addon with a local addon dir to install offline.\n"
    zh = "5. 通过 vela cli 指定一个本地的目录进行离线安装。\n"
    assert loud(en, "en", zh, "zh") == [("XL705", "vela cli")]
    assert loud(en, "en", zh.replace("vela cli", "`vela cli`"), "zh") == []
    en = "The test runner runs when `yarn test` is used in that directory.\n"
    zh = "当运行 yarn test 时运行测试。\n"
    assert loud(en, "en", zh, "zh") == [("XL705", "yarn test")]


def test_a_phrase_dropped_or_quoted_amid_chinese_is_still_reported():
    en = "5. Use `vela cli` to enable an addon with a local addon dir to install offline.\n"
    assert loud(en, "en", "5. 通过命令行指定一个本地的目录进行离线安装。\n", "zh") == [("XL701", "`vela cli`")]
    assert loud(en, "en", "5. 通过「vela cli」指定一个本地的目录进行离线安装。\n", "zh") == [("XL701", "`vela cli`")]
