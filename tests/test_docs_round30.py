"""Round 30 on documentation (tuning data docs28 and docs29): a passage of the Yii 2 guide in
English and Brazilian Portuguese, entries of the German TortoiseGit catalogue, and a release
table in the manner of the OpenYurt documentation in English and Chinese (the site states no
licence, so it is our own words and values); sources in fixtures/SOURCES.md, each with its
clean twin."""

from __future__ import annotations

from tests.conftest import loud_catalogue, loud_located


def rules(a: str, b: str, lang_b: str) -> list[str]:
    return [rule for rule, _, _ in loud_located(a, "en", b, lang_b)]


# The example's class and table of the Yii guide's "Working with Databases", cut shorter:
# pt-BR names them `Pais` / `pais` all over the page, and a comment writes país.
YII_EN = """\
To represent and fetch the data in the `country` table, create an [Active Record](db-active-record.md)-derived
class named `Country`, and save it in the file `models/Country.php`.

```php
class Country extends ActiveRecord
{
}
```

The `Country` class extends from [[yii\\db\\ActiveRecord]].

Using the `Country` class, you can easily manipulate data in the `country` table, as shown in these snippets:

```php
// modifies the country name to be "U.S.A." and save it to database
$country->save();
```
"""
YII_PT = """\
Para representar e buscar os dados da tabela `pais`, crie uma classe que deriva de [Active Record](db-active-record.md) chamada `Pais` e salve-a
no arquivo `models/Pais.php`.

```php
class Pais extends ActiveRecord
{
}
```

A classe `Pais` estende de [[yii\\db\\ActiveRecord]].

Usando a classe `Pais`, você pode manipular facilmente os dados na tabela
`pais`, conforme é demonstrado nos fragmentos de código a seguir:

```php
// altera o nome do país para "Brazil" e o salva no banco de dados
$pais->save();
```
"""


def test_an_examples_names_translated_all_over_the_page_are_clean():
    assert rules(YII_EN, YII_PT, "pt-BR") == []


def test_the_examples_names_kept_are_clean():
    kept = YII_PT.replace("Pais", "Country").replace("pais", "country")
    assert rules(YII_EN, kept, "pt-BR") == []


def test_an_english_name_in_their_place_all_over_the_page_is_reported():
    other = YII_PT.replace("Pais", "Nation").replace("pais", "nation")
    assert "XL702" in rules(YII_EN, other, "pt-BR")


def test_a_name_translated_with_its_accents_is_reported():
    # an identifier renamed has none: `raíz` for Vite's `root` is a config key translated
    accented = YII_PT.replace("Pais", "País").replace("pais", "país")
    assert "XL702" in rules(YII_EN, accented, "pt-BR")


def test_the_sources_name_kept_once_beside_the_translated_one_is_reported():
    mixed = YII_PT.replace("A classe `Pais`", "A classe `Country`").replace("tabela\n`pais`", "tabela\n`country`")
    mixed = mixed.replace("da tabela `pais`", "da tabela `nacao`")
    assert ("XL702", "`country`", 1) in loud_located(YII_EN, "en", mixed, "pt-BR")


# TortoiseGit's status bar hint (AFX_IDS_IDLEMESSAGE): a German keyboard labels Ctrl "Strg";
# the menu entry of TortoiseGitUDiff keeps the shortcut as the accelerator table writes it.
IDLE = (
    "For Help, press F1. Scroll horizontally with Ctrl-Scrollwheel",
    "Drücken Sie F1 für Hilfe. Mit Strg+Mausrad horizontal verschieben.",
)
FIND = ("&Find\\tCtrl+F", "&Suchen\\tCtrl+F")


def test_ctrl_named_by_the_german_keyboard_is_clean(tmp_path):
    assert loud_catalogue(tmp_path, [IDLE, FIND], "de") == []


def test_another_key_in_its_place_is_reported(tmp_path):
    assert ("XL401", "Ctrl") in loud_catalogue(tmp_path, [(IDLE[0], IDLE[1].replace("Strg", "Alt")), FIND], "de")


# TortoiseGit's tooltip of the log filter (IDS_LOG_FILTER_REGEX_TT), cut shorter: the English
# lays the expressions out in columns, the German writes them as lines of prose.
REGEX_EN = (
    "Regular expressions filter:\\n.   : any character\\nc+   : match character c one or more times\\n"
    "^   : start of line\\n$   : end of line"
)
REGEX_DE = (
    "Filtern mit regulären Ausdrücken:\\n. : Ein beliebiges Zeichen\\nc+ : Ein oder mehrere Vorkommen von 'c'\\n"
    "^ : Zeilenanfang\\n$ : Zeilenende"
)


def test_a_tooltip_in_columns_written_as_prose_lines_is_clean(tmp_path):
    assert loud_catalogue(tmp_path, [(REGEX_EN, REGEX_DE)], "de") == []


def test_output_in_columns_the_translation_keeps_is_still_compared_as_code(tmp_path):
    output = "NAME     SIZE     DATE\\nmain.c     1024     2024-01-05\\nutil.c     512     2024-01-06"
    changed = output.replace("512", "521")
    assert loud_catalogue(tmp_path, [(output, output)], "de") == []
    assert [rule for rule, _ in loud_catalogue(tmp_path, [(output, changed)], "de")] == ["XL703"]


# A release table in the manner of OpenYurt's component pages (our own rows): the Chinese
# writes the month of a release with its zero.
RELEASES_EN = """\
Releases of the agent:

| Version | Image                       | Date    | Type    |
|---------|-----------------------------|---------|---------|
| v0.3.0  | openyurt/relay-agent:v0.3.0 | 2023.1  | feature |
| v0.4.0  | openyurt/relay-agent:v0.4.0 | 2023.11 | feature |
"""
RELEASES_ZH = """\
代理的版本发布：

| 版本 | 镜像 | 发布时间 | 类型 |
|---|---|---|---|
| v0.3.0 | openyurt/relay-agent:v0.3.0 | 2023.01 | 新特性 |
| v0.4.0 | openyurt/relay-agent:v0.4.0 | 2023.11 | 新特性 |
"""


def test_a_release_month_written_with_its_zero_is_clean():
    assert rules(RELEASES_EN, RELEASES_ZH, "zh") == []


def test_another_release_month_is_reported():
    assert rules(RELEASES_EN, RELEASES_ZH.replace("2023.01", "2023.02"), "zh") == ["XL102"]


# Two labels of TortoiseGit's colour settings dialog (IDD_SETTINGSCOLORS_3), placeholders in
# capitals that the German writes as words.
def test_a_label_in_capitals_written_as_a_word_and_its_number_is_clean(tmp_path):
    assert loud_catalogue(tmp_path, [("LINE4", "Linie 4"), ("LINE5", "Linie 5")], "de") == []


def test_another_number_after_the_word_is_reported(tmp_path):
    assert ("XL301", "LINE5") in loud_catalogue(tmp_path, [("LINE4", "Linie 4"), ("LINE5", "Linie 6")], "de")


# In the manner of OpenYurt's YurtStaticSet page (our own words): the Chinese abbreviates
# Kubernetes as K8s.
STATIC_EN = "A static pod is a special kind of pod in Kubernetes, which the kubelet manages directly.\n"
STATIC_ZH = "静态 pod 是 K8s 中一种特殊的 pod，由 kubelet 直接管理。\n"


def test_k8s_for_kubernetes_is_clean():
    assert rules(STATIC_EN, STATIC_ZH, "zh") == []


def test_k8s_where_the_source_names_no_kubernetes_is_reported():
    assert rules(STATIC_EN.replace("Kubernetes", "a cluster"), STATIC_ZH, "zh") == ["XL301"]


# TortoiseGit's first-start wizard (IDD_FIRSTSTARTWIZARD_USER): the German breaks the Windows
# environment variable of the path with a space.
GITCONFIG = (
    "These settings will be stored to your global git configuration (%HOME%/.gitconfig) and will be used "
    "for all your git repositories as a default."
)
GITCONFIG_DE = (
    "Diese Einstellungen werden in Ihrer globalen git-Konfiguration (% HOME%/.gitconfig) gespeichert und "
    "standardmäßig für alle git-Repositories verwendet."
)


def test_an_environment_variable_broken_by_a_space_is_reported(tmp_path):
    assert ("XL301", "%HOME%") in loud_catalogue(tmp_path, [(GITCONFIG, GITCONFIG_DE)], "de")


def test_the_environment_variable_kept_is_clean(tmp_path):
    kept = GITCONFIG_DE.replace("% HOME%", "%HOME%")
    assert loud_catalogue(tmp_path, [(GITCONFIG, kept)], "de") == []
