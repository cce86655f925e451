"""Round 21 on documentation (tuning data docs17): excerpts of the Nushell book
(nushell/nushell.github.io, MIT) in English and Korean, of the Spanish catalogue of the FRC
control-system documentation (wpilibsuite/frc-docs-translations, CC BY 4.0) and of the Chaos
Mesh documentation (chaos-mesh/website, CC BY 4.0), sources in fixtures/SOURCES.md, each
with its clean twin."""

from __future__ import annotations

from tests.conftest import catalogue_findings, loud_located


def _loud(source: str, translation: str, lang: str = "ko") -> list[tuple[str, str, int]]:
    return loud_located(source, "en", translation, lang)


# nushell.github.io book/special_variables.md and ko/book/special_variables.md: the
# `$nu.is-interactive` example; ko translates the block's comment (Nushell writes comments
# with #), keeping the flag it names.
EN_INTERACTIVE = ("```nu\n"
                  "nu -c \"$nu.is-interactive\"\n"
                  "# => false\n\n"
                  "# Force interactive with --interactive (-i)\n"
                  "nu -i -c \"$nu.is-interactive\"\n"
                  "# => true\n"
                  "```\n")
KO_INTERACTIVE = EN_INTERACTIVE.replace("# Force interactive with --interactive (-i)", "# --interactive(-i)로 대화형 강제 실행")


def test_a_translated_comment_of_a_nushell_block_is_prose():
    assert _loud(EN_INTERACTIVE, KO_INTERACTIVE) == []


def test_a_changed_command_of_a_nushell_block_is_still_reported():
    assert _loud(EN_INTERACTIVE, KO_INTERACTIVE.replace("nu -i -c", "nu -c")) == [("XL703", "code:-i", 1)]


# nushell.github.io book/aliases.md and ko/book/aliases.md: the recursion error example; ko
# translates the one-word comments that title the output (#output: as #출력:).
EN_RECURSION = ("```nu\n"
                "def ls [] { ls }; ls    # Do *NOT* do this! This will throw a recursion error\n\n"
                "#output:\n"
                "#Error: nu::shell::recursion_limit_reached\n"
                "#\n"
                "#  × Recursion limit (50) reached\n"
                "```\n")
KO_RECURSION = EN_RECURSION.replace("Do *NOT* do this! This will throw a recursion error", "이렇게 하지 마십시오! 재귀 오류가 발생합니다.").replace(
    "#output:", "#출력:").replace("#Error:", "#오류:").replace("× Recursion limit (50) reached", "× 재귀 제한(50)에 도달했습니다.")


def test_a_one_word_comment_that_titles_the_output_is_prose():
    assert _loud(EN_RECURSION, KO_RECURSION) == []


def test_the_code_of_a_block_with_such_comments_is_still_compared():
    assert _loud(EN_RECURSION, KO_RECURSION.replace("def ls [] { ls }; ls", "def ls [] { ls }")) == [("XL703", "code:}; ls", 2)]


# nushell.github.io book/modules/creating_modules.md and its ko page: the go.nu example;
# ko translates the error in the comment and writes the particle 을 on to the variable's name.
EN_GO = ("```nu\n"
         "use go.nu\n"
         "go home\n"
         "# => Works\n"
         "go modules\n"
         "# => Error: $env.NU_MODULES_DIR is not found\n"
         "```\n")
KO_GO = EN_GO.replace("# => Works", "# => 작동함").replace(
    "# => Error: $env.NU_MODULES_DIR is not found", "# => 오류: $env.NU_MODULES_DIR을 찾을 수 없습니다.")


def test_a_korean_particle_on_a_name_in_a_comment_keeps_the_name():
    assert _loud(EN_GO, KO_GO) == []


def test_a_name_a_comment_drops_is_still_reported():
    assert _loud(EN_GO, KO_GO.replace("$env.NU_MODULES_DIR을", "환경 변수를")) == [
        ("XL703", "code:=> Error: $env.NU_MODULES_DIR is not found", 6)]


# nushell.github.io book/nushell_map.md and ko/book/nushell_map.md: rows of the table of
# commands in other languages (SQL, .Net LINQ, PowerShell, Bash), cut to four columns; ko
# keeps the code of every cell as written. The drifted ko is the page as it stands: the
# source gives `Out-File`, `> foo.txt` for save, ko still `Write-Output`, `Out-File`, and
# ko still gives `ForEach-Object` for update, whose source cell is empty. Each literal is
# elsewhere in the table too (`> foo.txt` in the Bash column, `Write-Output` for print,
# `ForEach-Object` for each), which the paragraph's values do not tell.
MAP_HEAD = ("| Nushell | SQL | PowerShell (without external modules) | Bash (Linux and Unix) |\n"
            "| ------- | --- | ------------------------------------- | --------------------- |\n")
EN_MAP = MAP_HEAD + (
    "| [`each`](/commands/docs/each.md) | Cursors | `ForEach-Object`, `foreach`, `for` | `for` |\n"
    "| [`print`](/commands/docs/print.md) | `print`, `union all` | `Write-Output`, `write` | `echo`, `print` |\n"
    "| [`ps`](/commands/docs/ps.md) | | `Get-Process`, `ps`, `gps` | `ps` |\n"
    "| [`pwd`](/commands/docs/pwd.md) | | `Get-Location`, `pwd` | `pwd` |\n"
    "| [`save`](/commands/docs/save.md) | | `Out-File`, `> foo.txt` | `> foo.txt` |\n"
    "| [`update`](/commands/docs/update.md) | | | |\n")
KO_MAP = EN_MAP.replace("Cursors", "커서").replace("(without external modules)", "(외부 모듈 없이)").replace("| `> foo.txt` |", "| `> foo.txt` 리디렉션 |")
KO_MAP_STALE = KO_MAP.replace("`Out-File`, `> foo.txt`", "`Write-Output`, `Out-File`").replace(
    "| [`update`](/commands/docs/update.md) | | | |", "| [`update`](/commands/docs/update.md) | | `ForEach-Object` | |")


def test_a_table_that_keeps_its_code_keeps_each_cell():
    assert _loud(EN_MAP, KO_MAP) == []


def test_code_a_cell_lost_or_kept_from_an_older_source_is_reported():
    assert _loud(EN_MAP, KO_MAP_STALE) == [("XL301", "> foo.txt", 1), ("XL301", "ForEach-Object", 8),
                                           ("XL301", "Write-Output", 7)]


# chaos-mesh/website docs/simulate-time-chaos-on-kubernetes.md and its zh page (the docs13
# set): the field table; zh formats as inline code the name the source writes as text
# (<clock>clock_gettime</clock>), no value lost.
EN_CLOCK = "".join([
    '| Parameter | Type | Note | Default value | Required | Example |\n',
    '| --- | --- | --- | --- | --- | --- |\n',
    '| timeOffset | string | Specifies the length of time offset. | None | Yes | `-5m` |\n',
    '| clockIds | []string | Specifies the ID of clock that will be offset. See the [<clock>clock_gettime</clock> documentation](https://man7.org/linux/man-pages/man2/clock_gettime.2.html) for details. | `["CLOCK_REALTIME"]` | No | `["CLOCK_REALTIME", "CLOCK_MONOTONIC"]` |\n',
    '| mode | string | Specifies the mode of the experiment. The mode options include `one` (selecting a random Pod), `all` (selecting all eligible Pods), `fixed` (selecting a specified number of eligible Pods), `fixed-percent` (selecting a specified percentage of Pods from the eligible Pods), and `random-max-percent` (selecting the maximum percentage of Pods from the eligible Pods). | None | Yes | `one` |\n',
    '| value | string | Provides parameters for the `mode` configuration, depending on `mode`.For example, when `mode` is set to `fixed-percent`, `value` specifies the percentage of Pods. | None | No | 1 |\n',
    '| containerNames | []string | Specifies the name of the container into which the fault is injected. | None | No | `["nginx"]` |\n',
    '| selector | struct | Specifies the target Pod. For details, refer to [Define the experiment scope](./define-chaos-experiment-scope.md). | None | Yes |  |\n',
])
ZH_CLOCK = "".join([
    '| 参数 | 类型 | 说明 | 默认值 | 是否必填 | 示例 |\n',
    '| --- | --- | --- | --- | --- | --- |\n',
    '| timeOffset | string | 指定时间偏移的长度 | 无 | 是 | `-5m` |\n',
    '| clockIds | []string | 指定时间偏移作用的时钟，详见 [`clock_gettime` 文档](https://man7.org/linux/man-pages/man2/clock_gettime.2.html) | `["CLOCK_REALTIME"]` | 否 | `["CLOCK_REALTIME","CLOCK_MONOTONIC"]` |\n',
    '| mode | string | 指定实验的运行方式，可选择的方式包括：`one`（表示随机选出一个符合条件的 Pod）、`all`（表示选出所有符合条件的 Pod）、`fixed`（表示选出指定数量且符合条件的 Pod）、`fixed-percent`（表示选出占符合条件的 Pod 中指定百分比的 Pod）、`random-max-percent`（表示选出占符合条件的 Pod 中不超过指定百分比的 Pod） | 无 | 是 | `one` |\n',
    '| value | string | 取决于 `mode` 的配置，为 `mode` 提供对应的参数。例如，当你将 `mode` 配置为 `fixed-percent` 时，`value` 用于指定 Pod 的百分比 | 无 | 否 | 1 |\n',
    '| containerNames | []string | 指定注入的容器名称 | 无 | 否 | `["nginx"]` |\n',
    '| selector | struct | 指定注入故障的目标 Pod，详情请参考[定义实验范围](./define-chaos-experiment-scope.md) | 无 | 是 |  |\n',
])


def test_a_name_a_cell_formats_as_code_is_the_same_value():
    assert _loud(EN_CLOCK, ZH_CLOCK, "zh") == []


def test_a_cell_that_drops_its_code_is_still_reported():
    found = _loud(EN_CLOCK, ZH_CLOCK.replace("| 否 | `[\"CLOCK_REALTIME\",\"CLOCK_MONOTONIC\"]` |", "| 否 | |"), "zh")
    assert found == [("XL701", '`["CLOCK_REALTIME","CLOCK_MONOTONIC"]`', 1)]


# wpilibsuite/frc-docs-translations locale/es/LC_MESSAGES/docs/zero-to-robot/step-2/
# radio-programming.po: es writes the D-Link radio's model DAP1522 as "DAP 1522".
RADIO = ("The OM5P-AN and AC use the same power plug as the D-Link DAP1522, however they are 12V radios. Wire the "
         "radio to the 12V 2A terminals on the VRM (center-pin positive).",
         "El OM5P-AN y AC usan el mismo enchufe que el D-Link DAP 1522, sin embargo, son radios de 12V. Conecte la "
         "radio a los terminales de 12V 2A en el VRM (pin central positivo).")


def _catalogue(tmp_path, entry: tuple[str, str]) -> list[tuple[str, str]]:
    return [(f.rule, f.value) for f in catalogue_findings(tmp_path, [entry], "es") if f.severity != "info"]


def test_a_model_name_written_apart_is_the_same_code(tmp_path):
    assert _catalogue(tmp_path, RADIO) == []


def test_another_model_number_is_still_reported(tmp_path):
    assert sorted(_catalogue(tmp_path, (RADIO[0], RADIO[1].replace("DAP 1522", "DAP 1520")))) == [
        ("XL101", "1520"), ("XL301", "DAP1522")]
