"""Round 21 on documentation (tuning data docs17): excerpts of the Nushell book
(nushell/nushell.github.io, MIT) in English and Korean, sources in fixtures/SOURCES.md,
each with its clean twin."""

from __future__ import annotations

from tests.conftest import pair_findings


def _loud(source: str, translation: str, lang: str = "ko") -> list[tuple[str, str, int]]:
    """(rule, value, line of the translation) of each error and warning."""
    return sorted((f.rule, f.value, f.locations[-1].line or 0) for f in pair_findings(source, "en", translation, lang)
                  if f.severity != "info")


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
