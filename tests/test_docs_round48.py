"""Round 48 on documentation (tuning data docs37, after its held-out score): the darktable
user manual's French po4a catalogue, whose msgids are Hugo Markdown. Source:
darktable-org/dtdocs@ab0aefdd `po/content.fr.po` (GPL-3.0), entries of
`lua/building-ui-elements.md`, `special-topics/program-invocation/darktable.md`,
`preferences-settings/general.md`, `module-reference/processing-modules/negadoctor.md`,
`special-topics/ai/overview.md`, `special-topics/color-management/color-dimensions.md`,
`module-reference/utility-modules/shared/neural-restore.md` and
`special-topics/mem-performance.md`, cut shorter."""

from __future__ import annotations

import json
import subprocess
import sys

from xlcheck import check
from xlcheck.config import Config, parse_config
from xlcheck.evaluate import score_set

HEADER = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'

# A fuzzy entry: the subsystem list gained `ai`; the msgstr still translates the previous msgid.
DEBUG_OLD = "`-d {all,act_on,cache,camctl}`\\n"
DEBUG_NEW = "`-d {all,act_on,ai,cache,camctl}`\\n"
DEBUG_TEXT = ": Enable debug output to the terminal.\\n"
DEBUG_FR = " : Active la sortie de débogage vers le terminal.\\n"


def debug_entry(msgstr_literal: str) -> str:
    return ('#: content/special-topics/program-invocation/darktable.md\n#, fuzzy, no-wrap\n'
            f'#| msgid ""\n#| "{DEBUG_OLD}"\n#| "{DEBUG_TEXT}"\n'
            f'msgid ""\n"{DEBUG_NEW}"\n"{DEBUG_TEXT}"\n'
            f'msgstr ""\n"{msgstr_literal}"\n"{DEBUG_FR}"\n\n')


# A current entry, so that the catalogue has one without the option.
CURRENT = ('#: content/special-topics/mem-performance.md\n#, no-wrap\n'
           'msgid "For most systems, tiling will probably only be used for full-sized image exports, with interactive '
           'work in the darkroom being processed more efficiently.\\n"\n'
           'msgstr "Pour la plupart des systèmes, le tuilage ne sera probablement utilisé que pour les exportations '
           'd\'images en taille réelle, le travail interactif dans la Chambre noire étant traité de manière plus '
           'efficace.\\n"\n\n')


def catalogue(tmp_path, *entries: str):
    path = tmp_path / "darktable.fr.po"
    path.write_text(HEADER + CURRENT + "".join(entries), encoding="utf-8")
    return str(path)


def loud(path: str, fuzzy: bool = False) -> list[tuple[str, str | None, int | None, bool]]:
    return [(f.rule, f.value, f.blamed.line, f.fuzzy) for f in check([path], Config(fuzzy=fuzzy)).findings
            if f.severity != "info"]


# --- fuzzy entries, checked when asked


def test_fuzzy_entries_are_skipped_by_default(tmp_path):
    assert loud(catalogue(tmp_path, debug_entry(DEBUG_OLD))) == []


def test_a_fuzzy_entry_is_checked_when_asked_and_its_finding_says_so(tmp_path):
    path = catalogue(tmp_path, debug_entry(DEBUG_OLD))
    [finding] = [f for f in check([path], Config(fuzzy=True)).findings if f.severity != "info"]
    assert (finding.rule, finding.value, finding.blamed.line, finding.fuzzy) == (
        "XL702", "`-d {all,act_on,ai,cache,camctl}`", 19, True)
    assert "fuzzy entry" in finding.message and "{all,act_on,ai,cache,camctl}`" in finding.message
    assert finding.as_dict()["fuzzy"] is True


def test_a_fuzzy_entry_of_a_catalogue_in_a_tree_is_marked_once(tmp_path):
    from xlcheck.api import check_paths

    catalogue(tmp_path, debug_entry(DEBUG_OLD))
    [finding] = [f for f in check_paths([str(tmp_path)], Config(fuzzy=True)).findings if f.severity != "info"]
    assert finding.fuzzy and finding.message.count("fuzzy entry") == 1


def test_a_fuzzy_entry_that_still_matches_its_msgid_is_clean(tmp_path):
    assert loud(catalogue(tmp_path, debug_entry(DEBUG_NEW)), fuzzy=True) == []


def test_findings_of_current_entries_are_not_marked_fuzzy(tmp_path):
    path = catalogue(tmp_path, debug_entry(DEBUG_NEW), DEFINITION.format(""))
    findings = [f for f in check([path], Config(fuzzy=True)).findings if f.severity != "info"]
    assert [(f.rule, f.value, f.fuzzy) for f in findings] == [("XL701", ": …", False)]
    assert "fuzzy" not in findings[0].as_dict() and "fuzzy" not in findings[0].message


def test_the_fuzzy_option_on_the_command_line_and_in_the_configuration(tmp_path):
    path = catalogue(tmp_path, debug_entry(DEBUG_OLD))
    run = [sys.executable, "-m", "xlcheck", "check", path, "--format", "json"]
    plain = subprocess.run(run, capture_output=True, text=True)
    asked = subprocess.run([*run, "--fuzzy"], capture_output=True, text=True)
    assert plain.returncode == 0 and asked.returncode == 1
    assert [f.get("fuzzy") for f in json.loads(asked.stdout)["findings"]] == [True]
    assert parse_config({"fuzzy": True}, "xlcheck.toml").fuzzy is True
    assert Config().fuzzy is False


def test_evaluation_checks_fuzzy_entries_where_the_labels_say_so(tmp_path):
    catalogue(tmp_path, debug_entry(DEBUG_OLD))
    drift = {"kind": "code", "value": "`-d {all,act_on,ai,cache,camctl}`", "file": "darktable.fr.po", "line": 19}
    labels = {"set": "t", "items": [{"files": ["darktable.fr.po"], "drifts": [drift]}]}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    assert sum(score_set(tmp_path / "labels.json", Config())[1].found.values()) == 0
    (tmp_path / "labels.json").write_text(json.dumps({**labels, "fuzzy": True}), encoding="utf-8")
    assert sum(score_set(tmp_path / "labels.json", Config())[1].found.values()) == 1
    assert sum(score_set(tmp_path / "labels.json", Config(), fuzzy=False)[1].found.values()) == 0


# --- broken Markdown in the msgstr

DEFINITION = ('#: content/preferences-settings/general.md\n#, no-wrap\n'
              'msgid ": If you notice any issues after applying your CSS, you can uncheck the box to revert.\\n"\n'
              'msgstr "{}Si vous remarquez des problèmes après avoir appliqué votre CSS, vous pouvez décocher la case '
              'pour revenir en arrière.\\n"\n\n')


def test_a_definition_that_lost_its_colon_leaves_the_definition_list(tmp_path):
    assert loud(catalogue(tmp_path, DEFINITION.format(""))) == [("XL701", ": …", 14, False)]


def test_a_definition_with_its_colon_spaced_as_french_writes_it_is_clean(tmp_path):
    for colon in (": ", " : ", "\u00a0: ", "\u202f: "):
        assert loud(catalogue(tmp_path, DEFINITION.format(colon))) == []


NEGADOCTOR = ('#: content/module-reference/processing-modules/negadoctor.md\n#, no-wrap\n'
              'msgid "The _working profile_ parameter should be set to either _linear Rec. 2020 RGB_, or to an ICC '
              'profile.\\n"\n'
              'msgstr "Le paramètre Profil de travail doit être {}, ou un profil ICC.\\n"\n\n')


def test_emphasis_closed_by_an_underscore_nothing_opened_is_broken(tmp_path):
    assert loud(catalogue(tmp_path, NEGADOCTOR.format("RVB Rec2020 linéaire_"))) == [
        ("XL701", "* … *", 14, False)]


def test_emphasis_opened_and_closed_is_clean(tmp_path):
    assert loud(catalogue(tmp_path, NEGADOCTOR.format("_RVB Rec2020 linéaire_"))) == []


OVERVIEW = ('#: content/special-topics/ai/overview.md\n#, no-wrap\n'
            'msgid "**No training:** darktable ships pre-trained models and runs inference only. The '
            '[darktable-ai](https://github.com/darktable-org/darktable-ai) repository holds the conversion '
            'scripts.\\n"\n'
            'msgstr "**Pas de _training_ :** darktable est livré avec des modèles pré-entraînés et exécute '
            'seulement l\'inférence. Le référentiel [{}](https://github.com/darktable-org/darktable-ai) contient les '
            'scripts de conversion.\\n"\n\n')


def test_a_repository_name_translated_in_its_link_text_is_another_name(tmp_path):
    assert loud(catalogue(tmp_path, OVERVIEW.format("darktable-ia"))) == [("XL401", "darktable-ai", 14, False)]


def test_a_repository_name_kept_in_its_link_text_is_clean(tmp_path):
    assert loud(catalogue(tmp_path, OVERVIEW.format("darktable-ai"))) == []
    assert loud(catalogue(tmp_path, OVERVIEW.format("dépôt darktable-ai"))) == []


def test_a_link_text_of_words_around_the_name_is_translated_freely(tmp_path):
    phrase = OVERVIEW.replace("The [darktable-ai](", "The [darktable-ai repository](").replace(" repository holds", " holds")
    assert loud(catalogue(tmp_path, phrase.format("dépôt d'IA de darktable"))) == []


SHORTCUTS = ('#: content/preferences-settings/shortcuts.md\n#, no-wrap\n'
             'msgid ""\n"**To change the default speed of a slider:**\\n"\n'
             '"Scroll with your mouse wheel while in visual mapping mode when hovering over the slider -- scroll up to '
             'increase and down to decrease.\\n"\n'
             'msgstr ""\n"{}Faites défiler avec la molette de votre souris en mode mappage visuel lorsque vous survolez '
             'le curseur -- faites défiler vers le haut pour augmenter et vers le bas pour diminuer.\\n"\n\n')


def test_a_bold_lead_in_line_the_translation_lacks_is_structure_lost(tmp_path):
    assert loud(catalogue(tmp_path, SHORTCUTS.format(""))) == [("XL701", "**…**", 16, False)]


def test_a_bold_lead_in_line_translated_is_clean(tmp_path):
    lead_in = "**Pour modifier la vitesse par défaut d'un curseur :**\\n"
    assert loud(catalogue(tmp_path, SHORTCUTS.format(lead_in))) == []


FOOTNOTE = ('#: content/special-topics/color-management/color-dimensions.md\n#, no-wrap\n'
            'msgid "[^7]: CIE definition of _saturation_: <https://cie.co.at/eilvterm/17-22-073>"\n'
            'msgstr "[^7]: Définition de la _saturation_ selon la CIE : <https://cie.co.at/eilvterm/{}>"\n\n')


def test_a_footnote_definition_holds_text_not_a_link_target(tmp_path):
    assert loud(catalogue(tmp_path, FOOTNOTE.format("17-22-073"))) == []


def test_a_link_definition_whose_target_changed_is_still_drift(tmp_path):
    entry = FOOTNOTE.format("17-22-073").replace(
        '<https://cie.co.at/eilvterm/17-22-073>"\n', '[CIE][7]\\n\\n[7]: ../color-management/rendering-intent.md"\n')
    assert loud(catalogue(tmp_path, entry)) == []
    drifted = entry.replace('rendering-intent.md"\n\n', 'variables.md"\n\n')
    assert loud(catalogue(tmp_path, drifted)) == [("XL602", "color-management/rendering-intent.md", 14, False)]


NEURAL = ('#: content/module-reference/utility-modules/shared/neural-restore.md\n#, no-wrap\n'
          'msgid "The AI features this module drives are configured in [AI '
          'preferences](../../../preferences-settings/ai.md).\\n"\n'
          'msgstr "Les fonctions d\'IA de ce module se règlent dans [Préférences > {}](../../../preferences-settings/'
          '{}.md).\\n"\n\n')


def test_a_relative_link_to_another_page_named_in_english_is_another_page(tmp_path):
    assert loud(catalogue(tmp_path, NEURAL.format("Chambre noire", "darkroom"))) == [
        ("XL602", "preferences-settings/ai.md", 14, False)]


def test_a_relative_link_whose_path_is_in_the_translations_words_is_localised(tmp_path):
    assert loud(catalogue(tmp_path, NEURAL.format("IA", "ia"))) == []


# --- an example in code, cut from a fenced block, read as code

LUA_NEW = ['darktable = require \\"darktable\\"', "", 'local my_label = darktable.new_widget(\\"label\\")',
           'my_label.label = \\"Hello, world !\\"', "", 'darktable.register_lib(\\"test\\",\\"test\\",false,false,{',
           '    [darktable.gui.views.lighttable] = {\\"DT_UI_CONTAINER_PANEL_LEFT_CENTER\\",20},', "  },my_label)"]
LUA_OLD = ['local my_label = darktable.new_widget(\\"label\\")', 'my_label.label = \\"Hello, world !\\"', "",
           'dt.register_lib(\\"test\\",\\"test\\",false,{',
           '    [dt.gui.views.lighttable] = {\\"DT_UI_CONTAINER_PANEL_LEFT_CENTER\\",20},', "    },my_label)"]


def lua_entry(msgstr: list[str]) -> str:
    def lines(keyword: str, code: list[str]) -> str:
        return f'{keyword} ""\n' + "".join(f'"{line}\\n"\n' for line in code)

    return "#: content/lua/building-ui-elements.md\n#, no-wrap\n" + lines("msgid", LUA_NEW) + lines("msgstr", msgstr) + "\n"


def test_an_example_of_statements_is_compared_as_code(tmp_path):
    found = loud(catalogue(tmp_path, lua_entry(LUA_OLD)))
    assert found and {rule for rule, *_ in found} <= {"XL701", "XL702", "XL703"}
    assert any("register_lib" in (value or "") for _, value, _, _ in found)


def test_an_example_of_statements_kept_is_clean(tmp_path):
    assert loud(catalogue(tmp_path, lua_entry(LUA_NEW))) == []
