"""False alarms on faithful documentation translations, round 4: each cause from a real
excerpt of the fourth documentation set (tuning data), the faithful version clean and a
drifted twin still reported.

Sources (fixtures/SOURCES.md): tldr-pages (tldr-pages/tldr, CC BY 4.0), Ant Design
(ant-design/ant-design, MIT), the Tauri docs (tauri-apps/tauri-docs, MIT), the Python
documentation in Polish (python/python-docs-pl, CC0).
"""

from __future__ import annotations

import pytest

from xlcheck import check, document_from_text
from xlcheck.extract.markup import command_shape


def findings(a: str, lang_a: str, b: str, lang_b: str, ext: str = "md", fmt: str = "markdown"):
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.{ext}", fmt),
                    document_from_text(b, lang_b, f"b.{lang_b}.{ext}", fmt)], reference=0)
    return report.findings


def loud(a: str, lang_a: str, b: str, lang_b: str, ext: str = "md", fmt: str = "markdown") -> list[tuple[str, str]]:
    """(rule, text) of every error and warning of a two-document check."""
    return [(f.rule, f.locations[0].text) for f in findings(a, lang_a, b, lang_b, ext, fmt) if f.severity != "info"]


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
    from xlcheck.compare.literals import same_page

    assert same_page("/guide/intro", "en", "/guide/intro_ja", "ja")
    assert same_page("/README.md", "en", "/README.pt-BR.md", "pt-BR")
    assert not same_page("/README.md", "en", "/README.pt-BR.md", "de")
    assert not same_page("/api/user", "en", "/api/user_id", "fr")  # `id` is Indonesian, not French
