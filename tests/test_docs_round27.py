"""Round 27 on documentation (tuning data docs24 and docs25): entries of the German KiCad
catalogues (AsciiDoc through po4a) and of the German GNOME Help catalogue (Mallard through
itstool), passages of the Vue.js guide in English and Japanese, and passages written for the
test after the shape of Koordinator pages (no licence stated there, so none is quoted);
sources in fixtures/SOURCES.md, each with its clean twin."""

from __future__ import annotations

from tests.conftest import loud_located
from xlcheck import check


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def loud_entries(tmp_path, entries: list[tuple[str, str, str]], lang: str = "de") -> list[tuple[str, str]]:
    """(rule, value) of every error and warning of a catalogue of (reference, msgid, msgstr)
    entries, each under its ``#:`` line as po4a and itstool write it."""
    catalogue = tmp_path / "manual.po"
    body = "".join(
        f'#: {reference}\nmsgid "{_escaped(source)}"\nmsgstr "{_escaped(target)}"\n\n'
        for reference, source, target in entries
    )
    catalogue.write_text(
        f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + body,
        encoding="utf-8",
    )
    return sorted((f.rule, f.value) for f in check([str(catalogue)]).findings if f.severity != "info")


# KiCad/kicad-doc src/cvpcb/po/de.po (cvpcb_footprint_libraries_tables.adoc): AsciiDoc's ``quoted''
# option names, translated inside their quotation marks.
PLUGIN = (
    "cvpcb_footprint_libraries_tables.adoc:176",
    "The ``Plugin Type'' must be set to ``Github''. To enable the ``Copy On Write'' feature the option "
    "*allow_pretty_writing_to_this_dir* must be added to the ``Options'' setting of the footprint library "
    "table entry.",
    "Der ``Plugin Typ'' muss auf ``Github'' gesetzt sein. Um die ``Copy On Write''-Funktion (\"COW\") "
    "einzuschalten, muss die Option *allow_pretty_writing_to_this_dir* in den ``Optionen''-Einstellungen des "
    "Footprint-Bibliotheks-Tabellen-Eintrags ergänzt werden.",
)


def test_asciidoc_quotation_marks_are_no_inline_code(tmp_path):
    assert loud_entries(tmp_path, [PLUGIN]) == []


def test_the_same_entry_read_as_rest_compares_the_marks_as_literals(tmp_path):
    # Without an AsciiDoc reference the entry is read as reST, whose ``…`` is a literal.
    assert loud_entries(tmp_path, [("footprint_libraries.rst:412", *PLUGIN[1:])]) != []


# src/pcbnew/po/de.po (pcbnew_general_operations.adoc): keys in monospace, the German
# keyboard's labels in the translation.
BLOCK = (
    "pcbnew_general_operations.adoc:82",
    "| Action | Effect\n| `Shift` + Left mouse button held down\n| Trace framework for invert block\n"
    "| `Ctrl` + Left mouse button held down\n| Trace framework for rotating block 90°\n",
    "| Aktion | Auswirkung\n| `Umschalten` + linke Maustaste gedrückt halten\n| Block zum Kopieren markieren\n"
    "| `Strg` + linke Maustaste gedrückt halten\n| Block für Drehung um 90 Grad markieren\n",
)


def test_keys_named_as_the_readers_keyboard_labels_them_are_the_same_keys(tmp_path):
    assert loud_entries(tmp_path, [BLOCK]) == []


def test_another_key_is_a_changed_literal(tmp_path):
    other = (BLOCK[0], BLOCK[1], BLOCK[2].replace("`Strg`", "`Alt`"))
    assert loud_entries(tmp_path, [other]) == [("XL702", "`Ctrl`")]


# src/pcbnew/po/de.po (pcbnew_editing_tools.adoc): a nested list item whose lines go on indented.
CONTINUOUS = (
    "pcbnew_editing_tools.adoc:134",
    "** *Continuous*: the numbering just continues across a row/column break - if\n   the last item in the "
    'first row is numbered "7", the first item in the second\n   row will be "8".\n',
    "** *Fortlaufend*: Die Nummerierung wird einfach über den Spalten-/Zeilenumbruch\n   fortgesetzt. Wenn das "
    'letzte Element der ersten Zeile mit "7" nummeriert ist,\n   wird das erste Element der zweiten Zeile mit '
    '"8" nummeriert.\n',
)


def test_an_indented_asciidoc_list_item_is_prose(tmp_path):
    assert loud_entries(tmp_path, [CONTINUOUS]) == []


def test_a_number_changed_in_that_item_is_reported(tmp_path):
    changed = (CONTINUOUS[0], CONTINUOUS[1], CONTINUOUS[2].replace('"8"', '"9"'))
    assert loud_entries(tmp_path, [changed]) == [("XL102", "8")]


# src/getting_started_in_kicad/po/de.po (getting_started_in_kicad.adoc): a URL in emphasis,
# the full stop inside the marks in English and outside in German.
REGEXR = (
    "getting_started_in_kicad.adoc:1437",
    "Mind, however, that all its power comes for the arcane and yet amazingly useful Regular Expression "
    "syntax: _http://gskinner.com/RegExr/._",
    "Dessen Mächtigkeit stammt aus dem verborgenen und verblüffenden Gebrauch von Regular Expressions: "
    "_http://gskinner.com/RegExr/_.",
)


def test_emphasis_marks_around_a_url_are_not_part_of_it(tmp_path):
    assert loud_entries(tmp_path, [REGEXR]) == []


def test_another_url_in_emphasis_is_changed(tmp_path):
    other = (REGEXR[0], REGEXR[1], REGEXR[2].replace("RegExr", "RegEx"))
    assert loud_entries(tmp_path, [other]) == [("XL602", "http://gskinner.com/RegExr")]


# GNOME/gnome-user-docs gnome-help/de/de.po: an image itstool refers to (its msgstr "is not used
# at all", itstool's own comment), a link to the German Wikipedia for the English one, one to
# the English Wikipedia kept, and an example address in German words.
FIGURE = (
    "C/quick-settings.page:54 C/shell-introduction.page:166",
    "external ref='figures/shell-exit.png' md5='9d495ef0e70091db5e6b2be61bba9ec8'",
    "ok",
)
COMPOSE = (
    "C/tips-specialchars.page:124",
    'For more compose key sequences, see <link href="https://en.wikipedia.org/wiki/Compose_key#Common_compose_'
    'combinations">the compose key page on Wikipedia</link>.',
    "Weitere Tastaturfolgen für die Nutzung der Compose-Taste finden Sie auf der <link "
    'href="https://de.wikipedia.org/wiki/Compose-Taste">entsprechenden Seite in Wikipedia</link>.',
)
REGION = (
    "C/video-dvd.page:69",
    'Learn more about <link href="https://en.wikipedia.org/wiki/DVD_region_code">DVD region codes</link>.',
    'Erfahren Sie mehr über <link href="https://en.wikipedia.org/wiki/DVD_region_code">DVD-Regionalcodes</link>.',
)
ADDRESS = (
    "C/nautilus-connect.page:122",
    "<sys>ssh://username@servername.example.com/folder</sys>",
    "<sys>ssh://benutzername@servername.beispiel.com/ordner</sys>",
)


def test_itstool_image_references_hold_nothing_to_compare(tmp_path):
    assert loud_entries(tmp_path, [FIGURE, ADDRESS]) == []


def test_the_same_path_in_a_translated_entry_is_still_compared(tmp_path):
    media = (
        "C/shell-exit.page:72",
        '<media src="figures/shell-exit.png"/> Log out',
        '<media src="figures/shell-exit-de.png"/> Abmelden',
    )
    assert loud_entries(tmp_path, [media]) != []


def test_a_wikipedia_link_to_the_readers_edition_or_the_sources_is_localised(tmp_path):
    assert loud_entries(tmp_path, [COMPOSE, REGION]) == []


def test_a_link_to_another_site_is_changed(tmp_path):
    other = (COMPOSE[0], COMPOSE[1], COMPOSE[2].replace("de.wikipedia.org/wiki/Compose-Taste", "example.org/compose"))
    assert loud_entries(tmp_path, [other]) != []


def test_an_example_address_in_the_readers_words_is_localised(tmp_path):
    assert loud_entries(tmp_path, [ADDRESS]) == []


def test_an_example_address_of_another_shape_is_changed(tmp_path):
    other = (
        ADDRESS[0],
        ADDRESS[1],
        ADDRESS[2].replace("benutzername@", "benutzername.").replace(".beispiel", "@beispiel"),
    )
    assert loud_entries(tmp_path, [other]) != []


# vuejs/docs src/guide/built-ins/suspense.md (ja: vuejs-translations/docs-ja): a component tree
# whose notes in brackets are translated.
TREE_EN = """```
<Suspense>
└─ <Dashboard>
   ├─ <Profile>
   │  └─ <FriendStatus> (component with async setup())
   └─ <Content>
      ├─ <ActivityFeed> (async component)
      └─ <Stats> (async component)
```
"""
TREE_JA = """```
<Suspense>
└─ <Dashboard>
   ├─ <Profile>
   │  └─ <FriendStatus>（async setup() を使用したコンポーネント）
   └─ <Content>
      ├─ <ActivityFeed>（非同期コンポーネント）
      └─ <Stats>（非同期コンポーネント）
```
"""


def test_notes_of_a_tree_drawing_are_prose():
    assert loud_located(TREE_EN, "en", TREE_JA, "ja") == []


def test_a_node_of_the_tree_dropped_is_changed_code():
    dropped = TREE_JA.replace("      └─ <Stats>（非同期コンポーネント）\n", "")
    assert [rule for rule, _, _ in loud_located(TREE_EN, "en", dropped, "ja")] == ["XL703"]


# src/api/options-lifecycle.md: the hook named twice, misspelt at one place in ja (cut shorter).
HOOK_EN = (
    "- An `errorCaptured` hook can return `false` to prevent the error from propagating further. It will "
    "prevent any additional `errorCaptured` hooks or `app.config.errorHandler` from being invoked.\n"
)
HOOK_JA = (
    "- `errrorCaptured` フックで `false` を返すと、エラーがそれ以上伝搬しないようにできます。追加の "
    "`errorCaptured` フックや `app.config.errorHandler` が呼び出されるのを防ぎます。\n"
)


def test_inline_code_misspelt_at_one_of_its_places_is_changed():
    assert loud_located(HOOK_EN, "en", HOOK_JA, "ja") == [("XL702", "`errorCaptured`", 1)]


def test_the_hook_spelt_right_at_both_places_is_clean():
    assert loud_located(HOOK_EN, "en", HOOK_JA.replace("errrorCaptured", "errorCaptured"), "ja") == []


# src/guide/extras/web-components.md: a code group's title names the file of the example.
IMPL_EN = "```vue [SomeElementImpl.vue]\n<script setup>\ndefineProps({ msg: String })\n</script>\n```\n"


def test_a_file_a_fence_title_names_is_compared():
    assert loud_located(IMPL_EN, "en", IMPL_EN.replace(" [SomeElementImpl.vue]", ""), "ja") == [
        ("XL701", "file:SomeElementImpl.vue", 1)
    ]


def test_the_title_kept_is_clean():
    assert loud_located(IMPL_EN, "en", IMPL_EN, "ja") == []


# src/guide/quick-start.md: the list of tips, the Vite docs linked at the Japanese edition.
TIPS_EN = """Here are some additional tips:

- More tooling details are discussed in the [Tooling Guide](/guide/scaling-up/tooling).
- To learn more about the underlying build tool Vite, check out the [Vite docs](https://vite.dev/).
"""
TIPS_JA = """いくつか追加のヒントをどうぞ:

- ツールのさらなる詳細については、[ツールガイド](/guide/scaling-up/tooling) で説明しています。
- 基礎となっているビルドツール Vite について学ぶには、[Vite のドキュメント](https://ja.vite.dev/) を確認しましょう。
"""


def test_an_item_linking_the_readers_edition_is_the_same_item():
    assert loud_located(TIPS_EN, "en", TIPS_JA, "ja") == []


def test_an_item_dropped_is_missing():
    dropped = TIPS_JA.split("- 基礎")[0]
    assert [rule for rule, _, _ in loud_located(TIPS_EN, "en", dropped, "ja")] == ["XL002"]


# Written for the test after the shape of Koordinator's device-scheduling and priority pages
# (koordinator-sh/website states no licence, so nothing of it is quoted): comments kept in
# English that name another vendor's card, a YAML comment in Chinese right after a value, a
# table without outer pipes, a plural name given once in Chinese, a loose list against a tight one,
# a socket path after unix:///.
CARD_EN = """```yaml
labels:
  node.example.sh/gpu-model: X100 # The model of the Acme card.
  node.example.sh/gpu-vendor: acme # The vendor of the card.
```
"""


def test_a_comment_kept_in_its_words_but_another_name_is_changed():
    assert loud_located(CARD_EN, "en", CARD_EN.replace("Acme card", "Globex card"), "zh") != []


def test_the_comment_kept_or_translated_is_clean():
    assert loud_located(CARD_EN, "en", CARD_EN, "zh") == []
    translated = CARD_EN.replace("The model of the Acme card.", "Acme 卡的型号。").replace(
        "The vendor of the card.", "卡的厂商。"
    )
    assert loud_located(CARD_EN, "en", translated, "zh") == []


QOS_EN = "```yaml\nmetadata:\n  labels:\n    example.sh/qosClass: 'BE' # Specify the QoS class as BE.\n```\n"
QOS_ZH = "```yaml\nmetadata:\n  labels:\n    example.sh/qosClass: 'BE' #指定Pod的QoS级别为BE。\n```\n"


def test_a_comment_of_chinese_words_after_a_value_needs_no_space():
    assert loud_located(QOS_EN, "en", QOS_ZH, "zh") == []
    assert loud_located(QOS_EN, "en", QOS_ZH.replace("qosClass", "qosLevel"), "zh") != []


TABLE_EN = """Classes:

PriorityClass | Priority Ranges | Description
----- | ----------- | --------
prod | [9000, 9999] | Planned in advance
batch | [5000, 5999] | Borrowing allowed

The cluster gets four PriorityClasses.
"""
TABLE_ZH = """类型:

PriorityClass|优先级范围|描述
----- | ----------- | --------
prod | [9000, 9999] | 需要提前规划
batch | [5000, 5999] | 允许借用

集群会得到这四个 PriorityClass。
"""


def test_cells_of_a_table_without_outer_pipes_and_a_plural_name_are_clean():
    assert loud_located(TABLE_EN, "en", TABLE_ZH, "zh") == []


def test_a_range_changed_in_that_table_is_reported():
    assert loud_located(TABLE_EN, "en", TABLE_ZH.replace("[5000, 5999]", "[4000, 5999]"), "zh") != []


LIST_EN = """### Prerequisites

- Kubernetes >= 1.18
- Koordinator >= 0.4
- An operating system which supports Group Identity:
  - Alibaba Cloud Linux
  - Anolis OS >= 8.6

### Installation
"""
LIST_ZH = """### 前提条件

- Kubernetes >= 1.18

- Koordinator >= 0.4

- 支持Group Identity的操作系统

  - Alibaba Cloud Linux
  - Anolis OS >= 8.6

### 安装
"""


def test_a_loose_list_is_the_tight_list():
    assert loud_located(LIST_EN, "en", LIST_ZH, "zh") == []


def test_a_version_changed_in_the_loose_list_is_reported():
    assert loud_located(LIST_EN, "en", LIST_ZH.replace("0.4", "0.3"), "zh") != []


SOCKET_EN = (
    "```\n# If the kubelet version is at least 1.24:\nkubelet <other options> \\\n"
    "   --container-runtime-endpoint=unix:///var/run/proxy/proxy.sock\n```\n"
)
SOCKET_ZH = SOCKET_EN.replace("If the kubelet version is at least 1.24:", "如果 kubelet 版本大于等于 1.24:")


def test_a_socket_path_after_unix_slashes_is_code():
    assert loud_located(SOCKET_EN, "en", SOCKET_ZH, "zh") == []
    broken = SOCKET_ZH.replace("/var/run/proxy", "/vagir/run/proxy")
    assert [rule for rule, _, _ in loud_located(SOCKET_EN, "en", broken, "zh")] == ["XL703"]


DEVICE_EN = (
    "# Device Scheduling - Acme GPU\n\n"
    "Koordinator supports Acme GPUs. Resources are aggregated into the `Device` object for scheduling.\n"
)
DEVICE_ZH = "# 设备调度 - Acme GPU\n\nKoordinator 支持 Acme GPU。资源汇总到 Device 中用于调度。\n"


def test_code_written_plain_that_the_source_writes_plain_only_in_a_title_lost_its_markup():
    assert loud_located(DEVICE_EN, "en", DEVICE_ZH, "zh") == [("XL705", "`Device`", 3)]


def test_code_kept_or_written_plain_in_the_sources_sentences_too_is_clean():
    assert loud_located(DEVICE_EN, "en", DEVICE_ZH.replace(" Device ", " `Device` "), "zh") == []
    plain = DEVICE_EN + "\nEach node reports one Device.\n"
    assert loud_located(plain, "en", DEVICE_ZH + "\n每个节点上报一个 Device。\n", "zh") == []
