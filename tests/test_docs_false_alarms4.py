"""False alarms on faithful documentation translations, round 4: each cause from a real
excerpt of the fourth documentation set (tuning data), the faithful version clean and a
drifted twin still reported.

Sources (fixtures/SOURCES.md): tldr-pages (tldr-pages/tldr, CC BY 4.0), Ant Design
(ant-design/ant-design, MIT), the Tauri docs (tauri-apps/tauri-docs, MIT), the Python
documentation in Polish (python/python-docs-pl, CC0).
"""

from __future__ import annotations

import pytest

from tests.conftest import loud_texts, pair_findings
from xlcheck import check
from xlcheck.extract.markup import command_shape

findings, loud = pair_findings, loud_texts


# --- tldr's placeholders: {{…}} in a command line holds words the translator translates ---

# tldr-pages/tldr pages/common/tar.md and pages.ja/common/tar.md (up to date, no drift).
TAR_EN = """- [c]reate a g[z]ipped (compressed) archive from a directory using relative paths:

`tar czf {{path/to/target.tar.gz}} {{[-C|--directory]}} {{path/to/directory}} .`

- E[x]tract a (compressed) archive [f]ile into the target directory:

`tar xf {{path/to/source.tar[.gz|.bz2|.xz]}} {{[-C|--directory]}} {{path/to/directory}}`
"""
TAR_JA = """- 相対パスを用いてディレクトリから gzip 形式のアーカイブを作成する:

`tar czf {{出力ファイル名.tar.gz}} {{[-C|--directory]}} {{ディレクトリへの相対パス}} .`

- (圧縮された)アーカイブファイルを、指定のディレクトリに展開する:

`tar xf {{入力ファイル名.tar[.gz|.bz2|.xz]}} {{[-C|--directory]}} {{ディレクトリ}}`
"""

# pages/common/sftp.md and pages.ko/common/sftp.md (no drift): absolute paths as placeholders.
SFTP_EN = "- Transfer remote directory to the local system:\n\n`get -R {{path/to/remote_directory}}`\n"
SFTP_KO = "- 원격 디렉토리를 로컬 시스템으로 전송:\n\n`get -R {{/경로/원격_디렉토리}}`\n"

# pages/common/git-clone.md and pages.fr/common/git-clone.md.
CLONE_EN = "- Clone only the last commits:\n\n`git clone --depth 10 {{remote_repository_location}}`\n"
CLONE_FR = "- Clone seulement les derniers commits :\n\n`git clone --depth 10 {{emplacement_du_depot_distant}}`\n"


def test_placeholders_translated_in_a_command_line_are_no_alarm():
    assert loud(TAR_EN, "en", TAR_JA, "ja") == []
    assert loud(SFTP_EN, "en", SFTP_KO, "ko") == []
    assert loud(CLONE_EN, "en", CLONE_FR, "fr") == []
    assert [f for f in findings(TAR_EN, "en", TAR_JA, "ja") if f.check == "markup"] == []


@pytest.mark.parametrize("drifted", [
    # an option list dropped for the short option (labelled in zgrep-ko, git-clone-fr)
    CLONE_FR.replace("--depth 10", "-d 10"),
    # a number changed: it is the command's, not a description
    CLONE_FR.replace("--depth 10", "--depth 1"),
    # a literal turned into a placeholder (git-revert-fr: `git revert {{HEAD}}` for `git revert HEAD`)
    CLONE_FR.replace("--depth 10", "--depth {{10}}"),
    # a placeholder dropped
    CLONE_FR.replace(" {{emplacement_du_depot_distant}}", ""),
])
def test_a_command_that_changed_besides_its_placeholders_is_still_reported(drifted):
    assert [rule for rule, _ in loud(CLONE_EN, "en", drifted, "fr")] == ["XL702"]


def test_option_lists_and_alternatives_in_placeholders_are_compared():
    # tar-ja with the source's list of extensions cut short
    short = TAR_JA.replace("[.gz|.bz2|.xz]", "[.gz|.bz2]")
    assert [rule for rule, _ in loud(TAR_EN, "en", short, "ja")] == ["XL702"]
    # git-show-ko: the source now names three alternatives, ko still one
    show_en = "- Show information about a commit, tag or branch:\n\n`git show {{commit|tag|branch}}`\n"
    show_ko = "- 커밋에 대한 정보 표시:\n\n`git show {{커밋}}`\n"
    assert [rule for rule, _ in loud(show_en, "en", show_ko, "ko")] == ["XL702"]
    assert loud(show_en, "en", show_ko.replace("{{커밋}}", "{{커밋|태그|브랜치}}"), "ko") == []


def test_a_changed_option_with_translated_placeholders_is_no_localised_example():
    # Before shapes were compared, the Japanese words made this read as a localised name (info).
    en = "- Print bytes:\n\n`tail {{[-c|--bytes]}} {{count}} {{file}}`\n"
    ja = "- バイトを表示する:\n\n`tail {{[-n|--lines]}} {{数}} {{ファイル}}`\n"
    assert [rule for rule, _ in loud(en, "en", ja, "ja")] == ["XL702"]


@pytest.mark.parametrize("code", [
    "{{feature}}",                      # a variable a program fills in (i18next), named alone
    "echo {{ .Values.name }}",          # a Go template expression
    "helm install {{- include \"x\" . }}",
    "echo ${{secrets.TOKEN}}",           # GitHub Actions
    "render {{#if ok}}",                 # Handlebars blocks
    "render {{/if}}",
    "style={{color: 'red'}}",           # a JSX object
])
def test_template_expressions_stay_verbatim(code):
    assert command_shape(code) == code


def test_command_shape_keeps_what_is_no_description():
    assert command_shape("ssh -L {{9999}}:{{example.org}}:{{80}}") == "ssh -L {{9999}}:{{…}}:{{80}}"
    assert command_shape("babel --ignore {{ignored_file1,ignored_file2,...}}") == "babel --ignore {{…,...}}"
    assert command_shape("npm {{[i|install]}} {{package_name}}@{{version}}") == "npm {{[i|install]}} {{…}}@{{…}}"
    assert command_shape("ls {{~/.ssh/config}} {{./script.sh}}") == "ls {{…}} {{…}}"


# --- a link to the translation's own edition of the same page, marked with its language ---

# ant-design/ant-design components/modal/index.en-US.md and index.zh-CN.md: each version
# links its own language's page of a component (the Chinese one ends in -cn).
MODAL_EN = ("Additionally, if you need to show a simple confirmation dialog, you can use "
            "[`App.useApp`](/components/app/) hooks.\n\n"
            "| okButtonProps | The ok button props | [ButtonProps](/components/button/#api) | - |  |\n")
MODAL_ZH = ("另外当需要一个简洁的确认框询问用户时，可以使用 [`App.useApp`](/components/app-cn/) 封装的语法糖方法。\n\n"
            "| okButtonProps | ok 按钮 props | [ButtonProps](/components/button-cn#api) | - |  |\n")


def test_a_link_to_the_translations_edition_of_the_same_page_is_no_alarm():
    assert loud(MODAL_EN, "en", MODAL_ZH, "zh") == []
    # the same convention written another way: a language tag before the extension, or after _
    marked = MODAL_ZH.replace("/components/app-cn/", "/components/app.zh-CN/").replace(
        "/components/button-cn#api", "/components/button_zh#api")
    assert loud(MODAL_EN, "en", marked, "zh") == []


@pytest.mark.parametrize("drifted", [
    MODAL_ZH.replace("/components/app-cn/", "/components/modal-cn/"),       # another page
    MODAL_ZH.replace("/components/app-cn/", "/components/app-jp/"),         # another language's page
    MODAL_ZH.replace("/components/button-cn#api", "/components/button-pro-cn#api"),
])
def test_a_link_to_another_page_is_still_reported(drifted):
    assert [rule for rule, _ in loud(MODAL_EN, "en", drifted, "zh")] == ["XL602"]


def test_a_marked_page_is_the_same_only_for_the_versions_own_language():
    from xlcheck.extract.urls import same_page

    assert same_page("/guide/intro", "en", "/guide/intro_ja", "ja")
    assert same_page("/README.md", "en", "/README.pt-BR.md", "pt-BR")
    assert same_page("/docs/guide", "en", "/jp/docs/guide", "ja")  # a folder named by the territory
    assert not same_page("/docs/guide", "en", "/jp/docs/guide", "ko")
    assert not same_page("/README.md", "en", "/README.pt-BR.md", "de")
    assert not same_page("/api/user", "en", "/api/user_id", "fr")  # `id` is Indonesian, not French


# --- Markdown inline code the translation writes as the same value in plain text ---

# pages/common/tar.md and pages.ja/common/tar.md (no drift): the description keeps the
# programs' names, without code marks.
TAR_INTRO_EN = "> Archiving utility.\n> Often combined with a compression method, such as `gzip` or `bzip2`.\n"
TAR_INTRO_JA = "> アーカイブ(複数のファイルやフォルダを 1 つのファイルに纏める)の為のユーティリティー。\n" \
               "> gzip や bzip2 などの圧縮方法と組み合わせることが多いです。\n"
# ant-design/ant-design components/tree-select/index.{en-US,zh-CN}.md, "When To Use".
TREE_EN = ("`TreeSelect` is similar to `Select`, but the values are provided in a tree like structure. Any data "
           "whose entries are defined in a hierarchical manner is fit to use this control.\n")
TREE_ZH = "类似 Select 的选择控件，可选择的数据结构是一个树形结构时，可以使用 TreeSelect，例如公司层级、学科系统、分类目录等等。\n"
# pages/common/ssh.md and pages.de/common/ssh.md.
SSH_EN = ("- SSH tunneling: Forward a specific port (`localhost:9999` to `example.org:80`) along with disabling "
          "pseudo-[T]ty allocation and executio[N] of remote commands:\n")
SSH_DE = ("- SSH Tunneln: Leite einen spezifischen Ports (localhost:9999 zu example.org:80) weiter zusammen mit "
          "deaktivierter pseudy-tty Provisionierung für die Ausführung eines Befehls:\n")


@pytest.mark.parametrize(("en", "other", "lang", "plain"), [
    (TAR_INTRO_EN, TAR_INTRO_JA, "ja", ["bzip2", "gzip"]), (TREE_EN, TREE_ZH, "zh", ["Select", "TreeSelect"]),
    (SSH_EN, SSH_DE, "de", ["example.org:80", "localhost:9999"])])
def test_inline_code_written_as_the_same_plain_value_lost_only_its_markup(en, other, lang, plain):
    # (the value is kept: since round 26 its lost code markup is XL705, issue #10, not XL701)
    assert sorted(loud(en, "en", other, lang)) == [("XL705", value) for value in plain]


def test_a_name_the_page_also_writes_plain_keeps_no_markup():
    # The Ant Design page names TreeSelect plain in its API section: its code marks style a name.
    page = TREE_EN + "\n## API\n\nTreeSelect and Select share their props.\n"
    assert loud(page, "en", TREE_ZH + "\n## API\n\nTreeSelect 和 Select 共用属性。\n", "zh") == []


@pytest.mark.parametrize(("en", "other", "lang", "lost"), [
    (TAR_INTRO_EN, TAR_INTRO_JA.replace("gzip や ", ""), "ja", "`gzip`"),
    (TREE_EN, TREE_ZH.replace("类似 Select 的", ""), "zh", "`Select`"),
    (SSH_EN, SSH_DE.replace("localhost:9999", "localhost:9998"), "de", "`localhost:9999`"),
])
def test_inline_code_lost_with_its_value_is_still_reported(en, other, lang, lost):
    assert ("XL701", lost) in loud(en, "en", other, lang)


def test_a_value_inside_other_inline_code_is_no_plain_value():
    other = TREE_ZH.replace("使用 TreeSelect", "使用 `TreeSelect.TreeNode`")
    assert loud(TREE_EN, "en", other, "zh") == [("XL705", "Select"), ("XL702", "`TreeSelect`")]


# ionic-team/ionic-docs docs/theming/colors.md (en, ja; MIT): the source uses "color" as a
# word of its prose; without its marks the property name reads as the word (labelled drift
# in the second documentation set).
COLOR_EN = ("Ionic has nine default colors that can be used to change the color of many components.\n\n"
            "After the class is added, the color can be used on any Ionic component that supports the `color` "
            "property. An example of using the `favorite` color on an Ionic button is below.\n")
COLOR_JA = ("Ionic には 9 つのデフォルトカラーがあり、多くのコンポーネントの色を変更するために使用できます。\n\n"
            "クラスを追加すると、color プロパティーをサポートする任意の Ionic コンポーネントでカラーを使用できるようになります。"
            "Ionic ボタンに`favorite`の色を使用する例を以下に示します。\n")


def test_a_word_of_the_sources_prose_written_without_code_marks_is_still_reported():
    assert loud(COLOR_EN, "en", COLOR_JA, "ja") == [("XL701", "`color`")]
    # a phrase of words reads as prose without its marks in a sentence of Latin words; amid
    # Chinese it is the command kept (webdriver-ci-zh's `yarn test`, labelled no drift in
    # the fourth set: see tests/test_docs_round6_literals.py)
    en = "The test runner runs when `yarn test` is used in that directory.\n"
    fr = "Le programme de test tourne quand yarn test est lancé dans ce dossier.\n"
    assert loud(en, "en", fr, "fr") == [("XL701", "`yarn test`")]


def test_plain_values_in_a_catalogue_are_still_broken_markup(tmp_path):
    # A Sphinx catalogue: ``literal`` written as plain text is reST markup that broke.
    catalogue = tmp_path / "x.pl.po"
    catalogue.write_text('msgid ""\nmsgstr ""\n"Language: pl\\n"\n\n'
                         'msgid "Use ``os.path`` and ``TreeNode`` here."\n'
                         'msgstr "Użyj os.path i TreeNode tutaj."\n', encoding="utf-8")
    rules = {(f.rule, f.value) for f in check([str(catalogue)]).findings}
    assert {("XL701", "``os.path``"), ("XL701", "``TreeNode``")} <= rules


# pages/common/tail.md and pages.es/common/tail.md: the description names the command's
# placeholders, which the translation translated with them.
TAIL_EN = ("- Show last `count` lines in a file and refresh every `seconds` seconds:\n\n"
           "`tail {{[-n|--lines]}} {{count}} {{[-s|--sleep-interval]}} {{seconds}} {{[-f|--follow]}} {{path/to/file}}`\n")
TAIL_ES = ("- Imprime las últimas líneas de 'recuento' en 'archivo' y se actualiza cada 'n' segundos:\n\n"
           "`tail {{[-n|--lines]}} {{recuento}} {{[-s|--sleep-interval]}} {{segundos}} {{[-f|--follow]}} "
           "{{ruta/al/archivo}}`\n")


def test_inline_code_naming_a_translated_placeholder_is_no_alarm():
    assert loud(TAIL_EN, "en", TAIL_ES, "es") == []
    # placeholders kept in English: the description's names are the page's values
    kept = TAIL_ES.replace("{{recuento}}", "{{count}}").replace("{{segundos}}", "{{seconds}}")
    assert sorted(loud(TAIL_EN, "en", kept, "es")) == [("XL701", "`count`"), ("XL701", "`seconds`")]


def test_an_examples_values_in_a_placeholder_are_the_commands():
    # tldr-pages pages/common/git-request-pull.md: a release given as an example
    en = "- Produce a request summarizing the changes:\n\n`git request-pull {{v0.1}} {{https://example.com/project}}`\n"
    fr = "- Produire une requête résumant les changements :\n\n" \
         "`git request-pull {{v0.1}} {{https://exemple.com/projet}}`\n"
    assert loud(en, "en", fr, "fr") == []
    assert [rule for rule, _ in loud(en, "en", fr.replace("{{v0.1}}", "{{v1.1}}"), "fr")] == ["XL702"]
    # a single digit numbers a description: translated with it
    assert command_shape("zgrep -e {{pattern_1}}") == command_shape("zgrep -e {{패턴_1}}")
    assert command_shape("docker rm {{container1 container2 ...}}") != command_shape("docker rm {{nombre}}")


def test_inline_code_naming_a_subcommand_is_no_placeholder_name():
    # tldr-pages pages/common/docker.md and pages.es/common/docker.md: `image` names a
    # subcommand in the header; the `{{image}}` of a later command is another thing.
    en = ("> Manage Docker containers and images.\n"
          "> Some subcommands such as `container` and `image` have their own usage documentation.\n\n"
          "- Start a container from an image, with a custom name:\n\n"
          "`docker {{[run|container run]}} --name {{container_name}} {{image}}`\n")
    es = ("> Administra contenedores e imágenes de Docker.\n"
          "> Algunos subcomandos, como `container`, tienen su propia documentación de uso.\n\n"
          "- Inicia un contenedor a partir de una imagen con un nombre personalizado:\n\n"
          "`docker {{[run|container run]}} --name {{nombre_de_contenedor}} {{imagen}}`\n")
    assert [(rule, text) for rule, text in loud(en, "en", es, "es") if rule.startswith("XL7")] == [("XL701", "`image`")]
