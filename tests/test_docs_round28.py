"""Round 28 on documentation (tuning data docs26): entries of the German catalogue of the Git
manual pages (AsciiDoc through po4a) and passages of the Angular documentation in English and
Japanese; sources in fixtures/SOURCES.md, each with its clean twin."""

from __future__ import annotations

from tests.conftest import loud_located
from xlcheck import check


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def loud_entries(tmp_path, entries: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """(rule, value) of every error and warning of a German catalogue of (reference, msgid,
    msgstr) entries, each under its ``#:`` line and po4a's flags as the Git catalogue writes
    them."""
    catalogue = tmp_path / "documentation.de.po"
    body = "".join(
        f'#: {reference}\n#, no-wrap, priority:80\nmsgid "{_escaped(source)}"\nmsgstr "{_escaped(target)}"\n\n'
        for reference, source, target in entries
    )
    catalogue.write_text(
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + body,
        encoding="utf-8",
    )
    return sorted((f.rule, f.value) for f in check([str(catalogue)]).findings if f.severity != "info")


# jnavila/git-manpages-l10n po/documentation.de.po: option list labels and running text with
# placeholders, their names translated as the project's README asks.
FORMAT = ("en/git-ls-tree.adoc:86", "--format=<format>", "--format=<Format>")
REVISION = ("en/git-svn.adoc:532", "--revision=<n>", "--revision=<Anz>")
EXCLUDE = ("en/git-apply.adoc:175", "--exclude=<path-pattern>", "--exclude=<Pfad-Muster>")
OBJECT = (
    "en/git.adoc:440",
    "Any Git command accepting any <object> can also use the following symbolic notation:",
    "Jeder Git-Befehl der ein beliebiges <Objekt> akzeptiert kann auch die folgende symbolische Notation verwenden:",
)


def test_placeholder_names_translated_in_their_brackets_are_clean(tmp_path):
    assert loud_entries(tmp_path, [FORMAT, REVISION, EXCLUDE, OBJECT]) == []


def test_placeholders_kept_as_written_are_clean(tmp_path):
    kept = [(reference, source, source) for reference, source, _ in (FORMAT, REVISION, EXCLUDE)]
    assert loud_entries(tmp_path, kept) == []


def test_a_placeholder_that_lost_its_brackets_is_missing(tmp_path):
    lost = (OBJECT[0], OBJECT[1], OBJECT[2].replace("<Objekt>", "Objekt"))
    assert loud_entries(tmp_path, [lost]) == [("XL701", "<…>")]


def test_a_placeholder_dropped_from_an_option_is_missing(tmp_path):
    assert loud_entries(tmp_path, [(FORMAT[0], FORMAT[1], "--format")]) == [("XL701", "<…>")]


def test_the_same_entry_outside_asciidoc_is_still_a_tag(tmp_path):
    # Without an AsciiDoc reference `<object>` is HTML's element, compared as written.
    assert loud_entries(tmp_path, [("git.rst:440", *OBJECT[1:])]) != []


# angular/angular-ja adev-ja/src/content/tutorials/home.{en.,}md: a card's link text translated.
CARDS_EN = """\
<docs-card-container>
  <docs-card title="Learn Angular in your browser" link="Start coding" href="tutorials/learn-angular" \
imgSrc="adev/src/assets/images/learn-angular-browser.svg">
    via the Playground
  </docs-card>
</docs-card-container>
"""
CARDS_JA = """\
<docs-card-container>
  <docs-card title="ブラウザで Angular を学ぶ" link="コーディングを開始" href="tutorials/learn-angular" \
imgSrc="adev/src/assets/images/learn-angular-browser.svg">
    Playground を使用
  </docs-card>
</docs-card-container>
"""


def test_a_cards_link_text_translated_is_clean():
    assert loud_located(CARDS_EN, "en", CARDS_JA, "ja") == []


def test_a_cards_link_target_changed_is_reported():
    moved = CARDS_JA.replace('href="tutorials/learn-angular"', 'href="tutorials/first-app"')
    assert [rule for rule, _, _ in loud_located(CARDS_EN, "en", moved, "ja")] == ["XL702"]


# adev-ja/src/content/tutorials/signals/steps/7-using-signals-with-services/README: a step's
# anchor written in its tag in ja, the step kept.
STEP_EN = """\
<docs-step title="Add cart store signals">
Add readonly and computed signals to make the cart state reactive in `cart-store.ts`.
</docs-step>
"""
STEP_JA = """\
<docs-step title="カートストアシグナルを追加する" {#add-cart-store-signals}>
`cart-store.ts`でカートの状態をリアクティブにするために、読み取り専用シグナルと計算済みシグナルを追加します。
</docs-step>
"""


def test_a_steps_anchor_in_its_tag_keeps_the_step():
    assert loud_located(STEP_EN, "en", STEP_JA, "ja") == []


def test_a_step_that_became_a_paragraph_is_still_reported():
    flat = STEP_JA.replace('<docs-step title="カートストアシグナルを追加する" {#add-cart-store-signals}>\n', "")
    assert [rule for rule, _, _ in loud_located(STEP_EN, "en", flat, "ja")] != []


# en/diff-format.adoc:35: an example of raw output, its row captions and file names in German.
RAW = (
    "en/diff-format.adoc:35",
    "in-place edit  :100644 100644 bcd1234 0123456 M file0\n"
    "copy-edit      :100644 100644 abcd123 1234567 C68 file1 file2\n"
    "rename-edit    :100644 100644 abcd123 1234567 R86 file1 file3\n"
    "create         :000000 100644 0000000 1234567 A file4\n"
    "delete         :100644 000000 1234567 0000000 D file5\n"
    "unmerged       :000000 000000 0000000 0000000 U file6\n",
    "direkt-bearbeiten      :100644 100644 bcd1234 0123456 M Datei0\n"
    "kopieren-bearbeiten    :100644 100644 abcd123 1234567 C68 Datei1 Datei2\n"
    "umbenennen-bearbeiten  :100644 100644 abcd123 1234567 R86 Datei1 Datei3\n"
    "erstellen              :000000 100644 0000000 1234567 A Datei4\n"
    "löschen                :100644 000000 1234567 0000000 D Datei5\n"
    "nicht gemergt          :000000 000000 0000000 0000000 U Datei6\n",
)


def test_output_rows_localised_throughout_are_clean(tmp_path):
    assert loud_entries(tmp_path, [RAW]) == []


def test_the_output_kept_in_english_is_clean(tmp_path):
    assert loud_entries(tmp_path, [(RAW[0], RAW[1], RAW[1])]) == []


def test_a_score_changed_in_localised_rows_is_reported(tmp_path):
    changed = (RAW[0], RAW[1], RAW[2].replace("R86", "R68"))
    assert loud_entries(tmp_path, [changed]) != []


def test_one_file_named_otherwise_in_localised_rows_is_reported(tmp_path):
    changed = (RAW[0], RAW[1], RAW[2].replace("Datei5", "Akte5"))
    assert loud_entries(tmp_path, [changed]) != []


def test_a_row_dropped_from_localised_rows_is_reported(tmp_path):
    dropped = (RAW[0], RAW[1], RAW[2].replace("löschen                :100644 000000 1234567 0000000 D Datei5\n", ""))
    assert loud_entries(tmp_path, [dropped]) != []


# apache/rocketmq-site docs/04-deployment/01deploy.md (as in heldout/docs7/rocketmq): rows
# of commands, where a changed word names another program.
BROKERS = """\
```bash
$ nohup sh mqbroker -n 192.168.1.1:9876 -c $ROCKETMQ_HOME/conf/2m-2s-async/broker-a.properties &
$ nohup sh mqbroker -n 192.168.1.1:9876 -c $ROCKETMQ_HOME/conf/2m-2s-async/broker-b.properties &
$ nohup sh mqbroker -n 192.168.1.1:9876 -c $ROCKETMQ_HOME/conf/2m-2s-async/broker-a-s.properties &
```
"""


def test_rows_of_commands_kept_are_clean():
    assert loud_located(BROKERS, "zh", BROKERS, "en") == []


def test_another_program_in_every_row_of_commands_is_reported():
    other = BROKERS.replace("mqbroker", "mqproxy")
    assert loud_located(BROKERS, "zh", other, "en") != []
