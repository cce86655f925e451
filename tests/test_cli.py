"""The command line, run through the real entry points."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, SEED_DE, SEED_EN, SEED_PT
from xlcheck.cli import main


def run(*args: str, cwd=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "xlcheck", *args], capture_output=True, text=True, cwd=cwd)


def test_clean_pair_exits_zero():
    result = run("diff", str(SEED_PT), str(SEED_DE))
    assert result.returncode == 0
    assert result.stderr == ""
    assert "No drift found" in result.stdout


def test_drift_exits_one_with_compiler_style_line(drift):
    de = drift(SEED_DE, "H100- und H200-GPUs", "H100-GPUs")
    result = run("diff", str(SEED_PT), str(de))
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{de}:13:1: XL301 ")
    assert "H200" in first
    assert result.stdout.splitlines()[-1].startswith("Found 1 finding")


def test_json_report_contract(drift):
    de = drift(SEED_DE, "H100- und H200-GPUs", "H100-GPUs")
    result = run("diff", str(SEED_PT), str(de), "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["schema"] == "xlcheck.report/1"
    assert data["tool"]["name"] == "xlcheck" and "aligner=" in data["tool"]["signature"]
    assert data["documents"] == [{"path": str(SEED_PT), "lang": "pt", "paragraphs": 20},
                                 {"path": str(de), "lang": "de", "paragraphs": 20}]
    assert data["summary"] == {"error": 1, "warning": 0, "info": 0}
    (finding,) = data["findings"]
    assert set(finding) == {"check", "rule", "severity", "message", "value", "locations"}
    assert (finding["check"], finding["rule"], finding["severity"], finding["value"]) == ("code", "XL301", "error", "H200")
    for location in finding["locations"]:
        assert set(location) == {"path", "lang", "paragraph", "line", "column", "text", "value", "status"}
    assert [loc["status"] for loc in finding["locations"]] == ["present", "missing"]
    assert finding["locations"][0]["text"] == "H200"


def test_diff_blames_b_for_a_fact_only_b_has(drift):
    """A is the reference: a value only B states is `extra` in B, never missing in A."""
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100")
    result = run("diff", str(pt), str(SEED_DE), "--format", "json")
    assert result.returncode == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["value"] == "H200"
    assert [(loc["path"], loc["status"]) for loc in finding["locations"]] == [
        (str(pt), "absent"), (str(SEED_DE), "extra")]


def test_check_three_files_console_script():
    result = subprocess.run(["xlcheck", "check", str(SEED_EN), str(SEED_PT), str(SEED_DE)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_version_and_help():
    assert run("--version").stdout.strip() == "xlcheck 0.1.0"
    help_text = run("--help").stdout
    assert "diff" in help_text and "exit status" in help_text


def _modules_after(code: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(*sorted(sys.modules), file=sys.stderr)"],
                            capture_output=True, text=True, check=True)
    return set(result.stderr.split())


# What `xlcheck --version` and `xlcheck explain` may load of xlcheck: the parser's own
# modules and, for explain, the rule table.
PARSER_MODULES = {"xlcheck", "xlcheck.cli", "xlcheck.choices", "xlcheck.embed", "xlcheck.errors", "xlcheck.report"}
# Modules of the pipeline, and the heavy ones it pulls in, none of which those commands need.
HEAVY = {"xlcheck.model", "xlcheck.config", "xlcheck.api", "xlcheck.patterns", "xlcheck.locales", "regex", "numpy",
         "babel", "dataclasses", "inspect", "tomllib", "json", "tempfile"}


@pytest.mark.parametrize("argv", [["--version"], ["explain"], ["explain", "XL301"], ["explain", "--markdown"]])
def test_version_and_explain_import_nothing_of_the_pipeline(argv):
    bare = _modules_after("pass")
    loaded = _modules_after(f"from xlcheck.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass")
    new = loaded - bare
    assert not new & HEAVY
    rules = {m for m in new if m == "xlcheck.rules" or m.startswith("xlcheck.rules.")}
    assert {m for m in new if m.startswith("xlcheck")} - rules <= PARSER_MODULES
    assert bool(rules) == (argv[0] == "explain")


def test_a_short_diff_loads_no_worker_pool_xml_git_or_json(tmp_path):
    """The text report of two short documents needs no worker processes, no XML reader,
    no git, no JSON or hashes, no numpy (its pages are aligned by `pathsearch`), no tree
    discovery and no TOML reader where there is no configuration file: those modules
    load where they are used."""
    bare = _modules_after("pass")
    loaded = _modules_after(f"import os\nos.chdir({str(tmp_path)!r})\nfrom xlcheck.cli import main\n"
                            f"main(['diff', {str(SEED_PT)!r}, {str(SEED_DE)!r}])")
    assert not (loaded - bare) & {"multiprocessing", "concurrent.futures", "subprocess", "xml.etree.ElementTree",
                                  "json", "hashlib", "numpy", "xlcheck.parallel", "xlcheck.distributed",
                                  "xlcheck.io.discover", "tomllib"}


@pytest.mark.parametrize(
    "setup, expect",
    [
        ("missing", "no such file"),
        ("directory", "is a directory"),
        ("binary", "binary"),
        ("latin1", "not valid UTF-8"),
        ("empty", "is empty"),
        ("fifo", "is a FIFO"),
        ("nul-late", "binary"),
        ("unknown-lang", "cannot tell its language"),
    ],
)
def test_bad_input_is_one_line_and_exit_two(tmp_path, setup, expect):
    bad = tmp_path / "bad.de.txt"
    if setup == "directory":
        bad = tmp_path / "folder.de.txt"
        bad.mkdir()
    elif setup == "binary":
        bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    elif setup == "latin1":
        bad.write_bytes("Straße und Käse".encode("latin-1"))
    elif setup == "fifo":
        os.mkfifo(bad)  # never opened for writing: reading it would hang
    elif setup == "nul-late":
        bad.write_bytes(b"Das Labor hat 50.000 GPUs.\n" * 1000 + b"\x00")
    elif setup == "empty":
        bad.write_text("  \n\n")
    elif setup == "unknown-lang":
        bad = tmp_path / "bad.txt"
        bad.write_text("Hallo Welt.\n")
    result = run("diff", str(SEED_PT), str(bad))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(bad) in lines[0] and expect in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_language_tag_is_exit_two():
    result = run("diff", str(SEED_PT), str(SEED_DE), "--langs", "pt,xx")
    assert result.returncode == 2
    assert "'xx'" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_langs_option_sets_languages(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(SEED_PT.read_text(encoding="utf-8"), encoding="utf-8")
    b.write_text(SEED_DE.read_text(encoding="utf-8"), encoding="utf-8")
    assert run("diff", str(a), str(b), "--langs", "pt-BR,de-DE").returncode == 0
    # In Swiss German '.' is the decimal point: "50.000" is wrong for the locale.
    result = run("diff", str(a), str(b), "--langs", "pt-BR,de-CH", "--format", "json")
    assert result.returncode == 1
    rules = {(f["rule"], f["severity"]) for f in json.loads(result.stdout)["findings"]}
    assert rules == {("XL103", "warning")}


def test_language_folder(tmp_path):
    (tmp_path / "pt").mkdir()
    (tmp_path / "de").mkdir()
    (tmp_path / "pt" / "doc.txt").write_text(SEED_PT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "de" / "doc.txt").write_text(SEED_DE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("diff", str(tmp_path / "pt" / "doc.txt"), str(tmp_path / "de" / "doc.txt"), "--format", "json")
    assert [d["lang"] for d in json.loads(result.stdout)["documents"]] == ["pt", "de"]


def test_only_one_file_is_usage_error(tmp_path):
    alone = tmp_path / "story.pt.txt"
    alone.write_text(SEED_PT.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("check", str(alone))
    assert result.returncode == 2
    assert "at least two" in result.stderr


def test_one_file_is_checked_against_its_counterparts(tmp_path, drift):
    """As pre-commit passes it: the changed file, checked against the versions beside it."""
    de = drift(SEED_DE, "H100- und H200-GPUs", "H100-GPUs", name="story.de.txt")
    (tmp_path / "story.en.txt").write_text(SEED_EN.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "story.pt.txt").write_text(SEED_PT.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("check", str(de), "--format", "json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert sorted(d["lang"] for d in data["documents"]) == ["de", "en", "pt"]
    assert [(f["rule"], f["value"], f["locations"][-1]["status"]) for f in data["findings"]] == [
        ("XL301", "H200", "missing")]
    assert data["findings"][0]["locations"][-1]["path"].endswith("story.de.txt")


def test_bad_input_does_not_overwrite_output(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("previous good report")
    result = run("diff", str(SEED_PT), str(tmp_path / "missing.de.txt"), "--output", str(out))
    assert result.returncode == 2
    assert out.read_text() == "previous good report"


def test_output_file_written(tmp_path, drift):
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100")
    out = tmp_path / "report.json"
    assert main(["diff", str(pt), str(SEED_DE), "--format", "json", "--output", str(out)]) == 1
    assert json.loads(out.read_text())["findings"][0]["value"] == "H200"


def test_fail_on_error_ignores_warnings(drift):
    de = drift(SEED_DE, "Andrew Ross Sorkin von CNBC", "Andrew Ross Sorkin")
    assert main(["diff", str(SEED_PT), str(de)]) == 1
    assert main(["diff", str(SEED_PT), str(de), "--fail-on", "error"]) == 0


def test_select_and_ignore(drift):
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100")
    assert main(["diff", str(pt), str(SEED_DE), "--ignore", "XL3"]) == 0
    assert main(["diff", str(pt), str(SEED_DE), "--select", "code"]) == 1
    assert main(["diff", str(pt), str(SEED_DE), "--select", "XL1"]) == 0


def test_explain_known_and_unknown(capsys):
    assert main(["explain", "XL301"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("XL301 code-missing") and "How to fix" in out
    assert main(["explain", "XL999"]) == 2
    assert "unknown rule" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit"])
def test_other_formats_name_the_rule(fmt, drift):
    de = drift(SEED_DE, "H100- und H200-GPUs", "H100-GPUs")
    result = run("diff", str(SEED_PT), str(de), "--format", fmt)
    assert result.returncode == 1
    assert "XL301" in result.stdout
    if fmt == "sarif":
        log = json.loads(result.stdout)
        (res,) = log["runs"][0]["results"]
        assert res["ruleId"] == "XL301"
        assert res["locations"][0]["physicalLocation"]["region"]["startLine"] == 13
    if fmt == "github":
        assert result.stdout.startswith(f"::error file={de},line=13,col=1,")


def test_bad_config_is_exit_two(tmp_path):
    config = tmp_path / "xlcheck.toml"
    config.write_text("select = [1, 2]\n")
    result = run("diff", str(SEED_PT), str(SEED_DE), "--config", str(config))
    assert result.returncode == 2
    assert str(config) in result.stderr and "select" in result.stderr
    config.write_text("select = [\n")
    result = run("diff", str(SEED_PT), str(SEED_DE), "--config", str(config))
    assert result.returncode == 2 and "not valid TOML" in result.stderr
    config.write_text("colour = 'red'\n")
    result = run("diff", str(SEED_PT), str(SEED_DE), "--config", str(config))
    assert result.returncode == 2 and "unknown option 'colour'" in result.stderr


def test_config_in_pyproject_is_found(tmp_path, drift):
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100")
    (tmp_path / "pyproject.toml").write_text("[tool.xlcheck]\nignore = ['XL301']\n")
    result = run("diff", str(pt), str(SEED_DE), cwd=tmp_path)
    assert result.returncode == 0, result.stdout


def test_check_tree_pairs_by_name_and_folder(tmp_path, drift):
    (tmp_path / "docs" / "en").mkdir(parents=True)
    (tmp_path / "docs" / "de").mkdir(parents=True)
    (tmp_path / "news").mkdir()
    (tmp_path / "docs" / "en" / "guide.txt").write_text(SEED_EN.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "docs" / "de" / "guide.txt").write_text(SEED_DE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "news" / "story.pt.txt").write_text(
        SEED_PT.read_text(encoding="utf-8").replace("GPUs H100 e H200", "GPUs H100"), encoding="utf-8")
    (tmp_path / "news" / "story.de.txt").write_text(SEED_DE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("No language here.\n")
    result = run("check", str(tmp_path), "--format", "json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert sorted(d["lang"] for d in data["documents"]) == ["de", "de", "en", "pt"]
    assert [(f["rule"], f["value"]) for f in data["findings"]] == [("XL301", "H200")]
    missing = [loc for loc in data["findings"][0]["locations"] if loc["status"] == "missing"]
    assert [loc["path"][-12:] for loc in missing] == ["story.pt.txt"]


def test_check_tree_without_versions_is_exit_two(tmp_path):
    (tmp_path / "notes.txt").write_text("No language here.\n")
    result = run("check", str(tmp_path))
    assert result.returncode == 2 and "found no documents" in result.stderr


def test_po_catalogue_checks_itself():
    result = run("check", str(FIXTURES / "po" / "python-docs.fr.po"), "--format", "json")
    data = json.loads(result.stdout)
    assert [d["lang"] for d in data["documents"]] == ["en", "fr"]
    # A real drift of the French translation: utctimetuple became utcfromtimetuple.
    assert ("XL702", ":meth:`datetime.utctimetuple`") in {(f["rule"], f["value"]) for f in data["findings"]}
    assert result.returncode == 1


def test_baseline_silences_known_findings_only(tmp_path, drift):
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100")
    baseline = tmp_path / "baseline.json"
    assert main(["diff", str(pt), str(SEED_DE), "--format", "json", "--output", str(baseline)]) == 1
    assert main(["diff", str(pt), str(SEED_DE), "--baseline", str(baseline)]) == 0
    # A new drift (the date dropped too) is still reported.
    pt.write_text(pt.read_text(encoding="utf-8").replace("em outubro de 2023", ""), encoding="utf-8")
    assert main(["diff", str(pt), str(SEED_DE), "--baseline", str(baseline)]) == 1
    result = run("diff", str(pt), str(SEED_DE), "--baseline", str(tmp_path / "nope.json"))
    assert result.returncode == 2 and "no such baseline" in result.stderr


def test_color_always_marks_the_code_and_never_is_plain(drift):
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100")
    coloured = run("diff", str(pt), str(SEED_DE), "--color", "always").stdout
    assert "\033[1;31mXL301\033[0m" in coloured
    plain = run("diff", str(pt), str(SEED_DE), "--color", "never").stdout
    assert "\033[" not in plain and " XL301 " in plain
