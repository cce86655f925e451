"""Round 50 on documentation (tuning data docs36 and docs37, after their held-out scores).
Sources: cloudwego/cloudwego.github.io at b9cc38f0 (Apache-2.0), `content/{en,zh}/docs/`
pages `hertz/tutorials/third-party/middleware/gzip.md`, `…/framework-exten/service_discovery.md`,
`kitex/Best Practice/graceful_shutdown.md`, `…/third-party/middleware/cache.md`,
`…/basic-feature/context/response.md`, `eino/core_modules/devops/ide_plugin_guide.md` and
`kitex/Getting started/_index.md`, cut to a few paragraphs; darktable-org/dtdocs at ab0aefdd
`po/content.fr.po` (GPL-3.0), entries of `special-topics/color-management/color-dimensions.md`,
`module-reference/processing-modules/lens-correction.md`, `…/color-harmonizer.md`,
`…/negadoctor.md` and `module-reference/utility-modules/lighttable/collection-filters.md`."""

from __future__ import annotations

from tests.conftest import loud_located
from xlcheck import check
from xlcheck.config import Config
from xlcheck.extract.codes import NAMED_IN_CODE

# --- inline code whose words the translation runs together

GZIP_EN = "### Gzip Stream\n\nSome text.\n\n## Config\n\n> The following configuration is also applicable to `{}`.\n"
GZIP_ZH = "### GzipStream\n\n一些文字。\n\n## 配置\n\n> 以下配置对 `{}` 同样适用。\n"


def test_a_phrase_in_code_marks_run_together_is_a_changed_literal():
    assert loud_located(GZIP_EN.format("Gzip Stream"), "en", GZIP_ZH.format("GzipStream"), "zh") == [
        ("XL702", "`Gzip Stream`", 7)]


def test_the_phrase_kept_in_code_marks_is_clean():
    assert loud_located(GZIP_EN.format("Gzip Stream"), "en", GZIP_ZH.format("Gzip Stream"), "zh") == []


# --- a package's path and a qualified member in prose

DISCOVERY_EN = ("Hertz supports custom discovery extensions, you can extend it to integrate other registries, "
                "which are defined under pkg/app/server/discovery.\n")
DISCOVERY_ZH = "Hertz 支持自定义发现模块，使用者可自行扩展集成其他注册中心，该扩展定义在 pkg/app/{}/discovery 下。\n"


def test_a_package_path_changed_in_one_folder_is_a_changed_code():
    assert loud_located(DISCOVERY_EN, "en", DISCOVERY_ZH.format("client"), "zh") == [
        ("XL302", "pkg/app/server/discovery", 1)]


def test_the_same_package_path_is_clean():
    assert loud_located(DISCOVERY_EN, "en", DISCOVERY_ZH.format("server"), "zh") == []


def test_three_words_joined_by_slashes_are_prose_and_a_path_with_an_extension_a_link():
    assert [m.group() for m in NAMED_IN_CODE.finditer("read/write/execute, pkg/app/server/discovery.")] == [
        "pkg/app/server/discovery"]
    assert not NAMED_IN_CODE.search("see src/pages/index.astro or /usr/local/bin/x/y")


DURATIONS_EN = """This problem fundamentally depends on several time durations:

1. K8s preStop waiting time (k8s.PreStopTime)
2. Maximum processing time for downstream service requests (server.MaxLatency)
3. K8s terminationGracePeriodSeconds{}
"""
DURATIONS_ZH = """这个问题本质上取决于几个时间：

1. K8s 的 preStop 等待时间（k8s.PreStopTime）
2. 下游服务请求最大处理时间（`server.MaxLatency`）
3. K8s 的强杀等待时间（k8s.TerminationGracePeriodSeconds）
"""


def test_a_qualified_member_one_version_lacks_is_reported():
    assert loud_located(DURATIONS_EN.format(""), "en", DURATIONS_ZH, "zh") == [
        ("XL301", "k8s.TerminationGracePeriodSeconds", 5)]


def test_qualified_members_in_both_in_code_marks_or_not_are_clean():
    assert loud_located(DURATIONS_EN.format(" (k8s.TerminationGracePeriodSeconds)"), "en", DURATIONS_ZH, "zh") == []


def test_a_sentence_run_on_after_its_full_stop_is_no_member():
    assert not NAMED_IN_CODE.search("It ends here.Then it goes on, e.g.MyThing")


# --- names the heading above, a link or an imperative account for

CACHE_EN = """### NewCacheByRequestURI

NewCacheByRequestURI is used to create middleware that caches response results with URI as the key.
"""
CACHE_ZH = """### NewCacheByRequestURI

用于创建以 URI 为 Key 的缓存响应结果的中间件。
"""


def test_a_name_the_heading_right_above_gives_is_no_name_lost():
    assert loud_located(CACHE_EN, "en", CACHE_ZH, "zh") == []


def test_a_name_under_another_heading_is_still_lost():
    en = CACHE_EN + "\n### Options\n\nNewCacheByRequestURI takes a store.\n"
    zh = CACHE_ZH + "\n### 选项\n\n它接受一个存储。\n"
    assert loud_located(en, "en", zh, "zh") == [("XL401", "NewCacheByRequestURI", 7)]


VSCODE_EN = "### VS Code\n\n- Open Extensions, search for “Eino Dev”, and install.\n"
VSCODE_ZH = "#### VS Code\n\n- 在 VS Code 中点击「Extension 图标」，进入插件市场，搜索 Eino Dev，安装即可\n"


def test_the_product_a_heading_names_may_be_left_out_of_the_item_under_it():
    # (the Chinese heading is one level deeper, a finding of its own)
    assert loud_located(VSCODE_ZH, "zh", VSCODE_EN, "en") == [("XL702", "h4", 1)]


def test_the_product_dropped_from_an_item_under_another_heading_is_lost():
    zh = VSCODE_ZH.replace("#### VS Code", "### 安装") + "\n支持 VS Code 1.97.x。\n"
    en = VSCODE_EN.replace("### VS Code", "### Install") + "\nVS Code 1.97.x is supported.\n"
    assert loud_located(zh, "zh", en, "en") == [("XL401", "Code", 3)]


FILE_EN = """### Write

```go
func (ctx *RequestContext) Write(p []byte) (int, error)
```

### File

{} the specified file to Body Stream.
"""
FILE_ZH = """### Write

```go
func (ctx *RequestContext) Write(p []byte) (int, error)
```

### File

将指定文件写入到 Body Stream。
"""


def test_a_verb_opening_an_imperative_is_no_method_name():
    assert loud_located(FILE_EN.format("Write"), "en", FILE_ZH, "zh") == []


def test_the_method_named_as_the_subject_is_still_a_name():
    assert loud_located(FILE_EN.format("Write sends"), "en", FILE_ZH, "zh") == [("XL401", "Write", 9)]


HELP_EN = ("If you have any questions, please submit an issue on the corresponding project repository on {}. "
           "The community maintainers will promptly address and assist you.\n")
HELP_ZH = "如果你对文档内容有任何疑问无法自行解决，请在 Kitex 项目仓库提交 [Issue](https://github.com/cloudwego/kitex/issues)，社区维护者会及时跟进处理。\n"


def test_a_site_named_in_words_and_linked_by_the_translation_is_the_same_fact():
    assert loud_located(HELP_EN.format("GitHub"), "en", HELP_ZH, "zh") == []


def test_a_link_the_translation_adds_to_a_site_the_source_does_not_name_is_reported():
    assert loud_located(HELP_EN.format("our tracker"), "en", HELP_ZH, "zh") == [
        ("XL601", "github.com/cloudwego/kitex/issues", 1)]


def test_a_link_the_source_has_and_the_translation_drops_is_reported_whatever_it_names():
    en = "Please submit an [issue](https://github.com/cloudwego/kitex/issues) on GitHub.\n"
    zh = "请在 GitHub 项目仓库提交 Issue。\n"
    assert [f[:2] for f in loud_located(en, "en", zh, "zh")] == [("XL601", "github.com/cloudwego/kitex/issues")]


# --- 时 after a comparison

BODY_EN = ("> Note: When the bodySize is less than 0, all data is written. When it is greater than or equal to 0, "
           "data is written based on the set bodySize size.\n")
BODY_ZH = "> 注意：bodySize 小于 0 时数据全部写入，大于等于 0 时根据设置的 bodySize 大小写入数据。\n"


def test_a_number_after_a_comparison_and_before_shi_is_a_condition_not_an_hour():
    assert loud_located(BODY_EN, "en", BODY_ZH, "zh") == []


def test_an_hour_written_with_shi_is_still_a_time():
    assert loud_located("The shop opens at 9 o'clock.\n", "en", "商店于 8 时开门。\n", "zh") == [
        ("XL202", "T09:00", 1)]


# --- darktable: autolinks, links broken by a space, broken emphasis, fuzzy entries

HEADER = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def catalogue(tmp_path, *entries: str) -> str:
    path = tmp_path / "darktable.fr.po"
    path.write_text(HEADER + "".join(entries), encoding="utf-8")
    return str(path)


def entry(msgid: str, msgstr: str, flags: str = "no-wrap", previous: str = "") -> str:
    old = f'#| msgid "{previous}"\n' if previous else ""
    return f'#: content/x.md\n#, {flags}\n{old}msgid "{msgid}"\nmsgstr "{msgstr}"\n\n'


def loud(path: str, fuzzy: bool = False) -> list[tuple[str, str]]:
    return [(f.rule, f.value) for f in check([path], Config(fuzzy=fuzzy)).findings if f.severity != "info"]


FOOTNOTE_EN = "[^7]: CIE definition of _saturation_: <https://cie.co.at/eilvterm/17-22-073>"
FOOTNOTE_FR = "[^7]: Définition de la _saturation_ selon la CIE : <https://cie.co.at/eilvterm/17-22-{}>"


def test_an_autolink_changed_is_a_changed_link(tmp_path):
    assert loud(catalogue(tmp_path, entry(FOOTNOTE_EN, FOOTNOTE_FR.format("074")))) == [
        ("XL602", "cie.co.at/eilvterm/17-22-073")]


def test_the_same_autolink_is_clean(tmp_path):
    assert loud(catalogue(tmp_path, entry(FOOTNOTE_EN, FOOTNOTE_FR.format("073")))) == []


TIMELINE_EN = "Please see the [timeline](../lighttable/timeline.md) documentation for more information."
TIMELINE_FR = "Voir la documentation de la [chronologie]({}) pour plus d'informations."


def test_a_link_broken_by_a_space_is_named_so(tmp_path):
    [finding] = [f for f in check([catalogue(tmp_path, entry(TIMELINE_EN, TIMELINE_FR.format(
        "../lighttable /timeline.md")))], Config()).findings if f.severity != "info"]
    assert (finding.rule, finding.value) == ("XL601", "lighttable/timeline.md")
    assert finding.message.endswith("fr entry 1 writes “../lighttable /timeline.md”, a link broken by a space")


def test_a_scheme_spaced_as_french_spaces_a_colon_is_named_so(tmp_path):
    en = "run the [`lensfun-add-adapter`](https://lensfun.github.io/manual/latest/lensfun-add-adapter.html) tool"
    fr = "lancer l'outil [`lensfun-add-adapter`](https ://lensfun.github.io/manual/latest/lensfun-add-adapter.html)"
    [finding] = [f for f in check([catalogue(tmp_path, entry(en, fr))], Config()).findings if f.rule == "XL601"]
    assert "“https ://lensfun.github.io/manual/latest/lensfun-add-adapter.html”, a link broken by a space" \
        in finding.message


def test_a_link_kept_whole_is_clean(tmp_path):
    assert loud(catalogue(tmp_path, entry(TIMELINE_EN, TIMELINE_FR.format("../lighttable/timeline.md")))) == []


HUE_EN = ": The primary hue from which all node positions are derived (not shown in *custom* mode)."
HUE_FR = ": La teinte primaire à partir de laquelle toutes les positions des nœuds sont dérivées (non affichée en mode {})."


def test_broken_emphasis_is_reported_with_the_sources_emphasis(tmp_path):
    [finding] = [f for f in check([catalogue(tmp_path, entry(HUE_EN, HUE_FR.format("* personnalisé*")))], Config()
                                  ).findings if f.severity != "info"]
    assert finding.rule == "XL701"
    assert [(loc.lang, loc.text) for loc in finding.locations] == [("en", "*custom*"), ("fr", "* personnalisé*")]
    assert finding.message.startswith("the emphasis “*custom*” of en entry 1 is written “* personnalisé*” in fr entry 1")


def test_emphasis_kept_is_clean(tmp_path):
    assert loud(catalogue(tmp_path, entry(HUE_EN, HUE_FR.format("*personnalisé*")))) == []


NEGADOCTOR_EN = ("The _working profile_ parameter in darktable's [_input color profile_](input-color-profile.md) "
                 "module should be set to either _linear Rec. 2020 RGB_, or to an ICC profile.")
NEGADOCTOR_FR = ("Le paramètre Profil de travail dans le module [_Profil de couleur d'entrée_](input-color-profile.md) "
                 "de darktable doit être RVB Rec2020 linéaire_, ou un profil ICC.")


def test_an_underscore_closing_nothing_is_paired_with_the_emphasis_it_resembles(tmp_path):
    [finding] = [f for f in check([catalogue(tmp_path, entry(NEGADOCTOR_EN, NEGADOCTOR_FR))], Config()).findings
                 if f.severity != "info"]
    assert finding.locations[0].text == "_linear Rec. 2020 RGB_"


LENS_OLD = "If you are using lenses for a different mount with an adapter (for example a Four Thirds lens adapted to a Micro Four Thirds body), then you must run the tool."
LENS_NEW = "If you are using lenses for a different mount with an adapter (for example a Canon EF lens adapted to a Nikon Z body), then you must run the tool."
LENS_FR = "Si vous utilisez des objectifs pour une monture différente avec un adaptateur (par exemple un objectif {} monté sur un boîtier {}), vous devez lancer l'outil."


def test_names_a_fuzzy_entrys_msgid_gained_are_missing_from_its_stale_msgstr(tmp_path):
    path = catalogue(tmp_path, entry(LENS_NEW, LENS_FR.format("« 4/3 »", "« Micro 4/3 »"), "fuzzy, no-wrap", LENS_OLD))
    assert [value for rule, value in loud(path, fuzzy=True) if rule == "XL401"] == ["Canon EF", "Nikon"]


def test_a_fuzzy_entry_that_writes_the_new_names_has_none_missing(tmp_path):
    path = catalogue(tmp_path, entry(LENS_NEW, LENS_FR.format("Canon EF", "Nikon Z"), "fuzzy, no-wrap", LENS_OLD))
    assert loud(path, fuzzy=True) == []


def test_names_of_a_current_entry_are_compared_as_before(tmp_path):
    path = catalogue(tmp_path, entry(LENS_NEW, LENS_FR.format("« 4/3 »", "« Micro 4/3 »")))
    assert "XL401" not in {rule for rule, _ in loud(path)}



# --- twins from other sets: words joined by slashes, a member named alone, a link renamed
# (karmada-io/website at 747f80c4, `docs/contributor/lifted.md`, CC BY 4.0; the CloudWeGo
# graceful-shutdown list above; reactjs/react.dev at 12d692da and es.react.dev at e91a76a9,
# `learn/build-a-react-app-from-scratch.md`, CC BY 4.0)


def test_four_words_joined_by_slashes_and_translated_are_no_path():
    en = "| lifted file | source file | const/var/type/func | changed |\n|---|---|---|---|\n| a.go | b.go | Foo | N |\n"
    zh = "| Lift 的文件 | 源文件 | 常量/变量/类型/函数 | 是否变更 |\n|---|---|---|---|\n| a.go | b.go | Foo | N |\n"
    assert loud_located(en, "en", zh, "zh") == []


def test_a_member_the_other_version_names_alone_is_no_qualified_name_lost():
    # ("configurations.YurtCluster Operator": a sentence run on after its full stop, read as
    # a qualified member, where the translation writes "YurtCluster Operator")
    en = "3. Maximum processing time for downstream service requests (MaxLatency)\n"
    zh = "3. 下游服务请求最大处理时间（server.MaxLatency）\n"
    assert loud_located(zh, "zh", en, "en") == []


def test_a_link_to_the_same_site_under_another_name_still_lacks_the_name():
    en = "- [TanStack Query](https://tanstack.com/query/)\n- [SWR](https://swr.vercel.app/)\n"
    es = "- [React Query](https://react-query.tanstack.com/)\n- [SWR](https://swr.vercel.app/)\n"
    assert ("XL401", "TanStack", 1) in loud_located(en, "en", es, "es")


# --- a sentence the translation wrote into the paragraph before

OPTIONS_EN = """### WithCoreEnc

Encoder is a format-agnostic interface for all log entry marshalers, `WithCoreEnc` passes `zapcore.Encoder` into configuration

Function Signature:

### WithCoreWs

`WithCoreWs` specifies the location where the log is written through the `zapcore.AddSync(file)`, and passes `zapcore.WriteSyncer` into the configuration

Function Signature:

### WithCoreLevel

`WithCoreLevel` passes `zap.AtomicLevel` into configuration

Function Signature:

### WithZapOptions

`WithZapOptions` uses the `append()` method to append the original zap configuration

Function Signature:

### WithExtraKeyAsStr

`WithExtraKeyAsStr` convert `extraKey` to a string type when retrieving value from context

Not recommended for use, only for compatibility with certain situations

Typically used with `WithExtraKeys`
"""
OPTIONS_ZH = """### WithCoreEnc

Encoder 是一个提供给日志条目编码器的格式不可知的接口，`WithCoreEnc` 将 `zapcore.Encoder` 传入配置

函数签名：

### WithCoreWs

`WithCoreWs` 通过内置的 `zapcore.AddSync(file)` 指定日志写入的位置，将 `zapcore.WriteSyncer` 传入配置

函数签名：

### WithCoreLevel

`WithCoreLevel` 将 `zap.AtomicLevel` 传入配置

函数签名：

### WithZapOptions

`WithZapOptions` 利用 `append()` 方法添加原始的 zap 配置

函数签名：

### WithExtraKeyAsStr

`WithExtraKeyAsStr` 从上下文检索值时将 `extraKey` 转换为字符串类型{}

一般与 `WithExtraKeys` 一起使用
"""


def test_a_sentence_written_into_the_paragraph_before_is_no_paragraph_lost():
    assert loud_located(OPTIONS_EN, "en", OPTIONS_ZH.format("，只是为了一些情况下的兼容性，并不推荐使用。"), "zh") == []


def test_a_sentence_the_translation_does_not_have_is_a_paragraph_lost():
    assert [rule for rule, _, _ in loud_located(OPTIONS_EN, "en", OPTIONS_ZH.format("。"), "zh")] == ["XL002"]
