"""Strict options: unknown rule codes are an error, the baseline says what it hides,
xlcheck.toml reads the README's [tool.xlcheck] table, per-file ignores and inline
suppression comments."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from xlcheck import check
from xlcheck.cli import main
from xlcheck.config import Config, load_config

PT, DE = str(FIXTURES / "seed" / "deepseek.pt.txt"), str(FIXTURES / "seed" / "deepseek.de.txt")


def _drifted(tmp_path, name="drift.de.txt"):
    text = open(DE, encoding="utf-8").read().replace("H100- und H200-GPUs", "H100-GPUs")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("option", [["--select", "XL999"], ["--ignore", "nmae"], ["--select", "XL1,XLX"]])
def test_an_unknown_rule_in_select_or_ignore_is_exit_2_naming_it(option, capsys):
    assert main(["diff", PT, DE, *option]) == 2
    err = capsys.readouterr().err
    assert option[1].split(",")[-1] in err and "xlcheck explain" in err


def test_an_unknown_rule_in_the_configuration_is_exit_2(tmp_path, capsys):
    (tmp_path / "xlcheck.toml").write_text('ignore = ["XL4O1"]\n', encoding="utf-8")
    assert main(["diff", PT, DE, "--config", str(tmp_path / "xlcheck.toml")]) == 2
    assert "XL4O1" in capsys.readouterr().err


def test_prefixes_and_check_names_are_accepted():
    assert Config(select=("XL3", "name"), ignore=("XL", "placeholder")).select == ("XL3", "name")


def test_a_run_whose_findings_the_baseline_all_hides_says_so(tmp_path, capsys):
    drift = _drifted(tmp_path)
    baseline = tmp_path / "baseline.json"
    assert main(["diff", PT, str(drift), "--format", "json", "--output", str(baseline)]) == 1
    capsys.readouterr()
    assert main(["diff", PT, str(drift), "--baseline", str(baseline)]) == 0
    out = capsys.readouterr().out
    assert "1 known finding hidden by the baseline" in out


def test_xlcheck_toml_takes_the_readme_table(tmp_path):
    (tmp_path / "xlcheck.toml").write_text(
        '[tool.xlcheck]\nignore = ["XL401"]\nfail-on = "error"\n[tool.xlcheck.glossary]\n'
        '"Munich" = ["München", "Munique"]\n', encoding="utf-8")
    config = load_config(str(tmp_path / "xlcheck.toml"))
    assert config.ignore == ("XL401",) and config.fail_on == "error" and "Munich" in config.glossary


def test_per_file_ignores(tmp_path):
    drift = _drifted(tmp_path)
    assert any(f.rule == "XL301" for f in check([PT, str(drift)]).findings)
    config = Config(per_file_ignores={"drift.*.txt": ("XL3",)})
    assert not any(f.rule == "XL301" for f in check([PT, str(drift)], config).findings)
    other = Config(per_file_ignores={"other/*.txt": ("XL3",)})
    assert any(f.rule == "XL301" for f in check([PT, str(drift)], other).findings)


def test_per_file_ignores_from_the_configuration(tmp_path):
    (tmp_path / "xlcheck.toml").write_text('[per-file-ignores]\n"docs/legacy/*" = ["XL1", "name"]\n',
                                           encoding="utf-8")
    assert load_config(str(tmp_path / "xlcheck.toml")).per_file_ignores == {"docs/legacy/*": ("XL1", "name")}


def test_inline_suppression_in_markdown(tmp_path):
    de = open(DE, encoding="utf-8").read().split("\n\n")
    pt = open(PT, encoding="utf-8").read().split("\n\n")
    index = next(i for i, p in enumerate(pt) if "GPUs H100 e H200" in p)
    pt[index] = pt[index].replace("GPUs H100 e H200", "GPUs H100")
    (tmp_path / "a.de.md").write_text("\n\n".join(de), encoding="utf-8")
    (tmp_path / "a.pt.md").write_text("\n\n".join(pt), encoding="utf-8")
    paths = [str(tmp_path / "a.de.md"), str(tmp_path / "a.pt.md")]
    assert any(f.rule == "XL301" for f in check(paths).findings)
    pt.insert(index, "<!-- xlcheck: ignore XL301 -->")
    (tmp_path / "a.pt.md").write_text("\n\n".join(pt), encoding="utf-8")
    assert not any(f.rule == "XL301" for f in check(paths).findings)
    pt[index] = "<!-- xlcheck: ignore XL101 -->"  # another rule: still reported
    (tmp_path / "a.pt.md").write_text("\n\n".join(pt), encoding="utf-8")
    assert any(f.rule == "XL301" for f in check(paths).findings)


def test_inline_suppression_in_a_po_entry(tmp_path):
    entry = '#, python-format\nmsgid "Hello %(name)s"\nmsgstr "Cześć %(imie)s"\n'
    header = 'msgid ""\nmsgstr ""\n"Language: pl\\n"\n\n'
    path = tmp_path / "app.po"
    path.write_text(header + entry, encoding="utf-8")
    assert [f.rule for f in check([str(path)]).findings] == ["XL803"]
    path.write_text(header + "#. xlcheck: ignore XL803\n" + entry, encoding="utf-8")
    assert check([str(path)]).findings == ()


def test_the_readme_configuration_works_in_both_files(tmp_path):
    import regex

    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    table = regex.search(r"## Configuration.*?```toml\n(.*?)```", readme, flags=regex.S).group(1)
    (tmp_path / "xlcheck.toml").write_text(table, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(table, encoding="utf-8")
    assert load_config(str(tmp_path / "xlcheck.toml")) == load_config(str(tmp_path / "pyproject.toml")).__class__(
        **{**load_config(str(tmp_path / "pyproject.toml")).__dict__, "source": str(tmp_path / "xlcheck.toml")})


def test_inline_suppression_in_rest(tmp_path):
    de = open(DE, encoding="utf-8").read().split("\n\n")
    pt = open(PT, encoding="utf-8").read().split("\n\n")
    index = next(i for i, p in enumerate(pt) if "GPUs H100 e H200" in p)
    pt[index] = pt[index].replace("GPUs H100 e H200", "GPUs H100")
    paths = [str(tmp_path / "a.de.rst"), str(tmp_path / "a.pt.rst")]
    (tmp_path / "a.de.rst").write_text("\n\n".join(de), encoding="utf-8")
    (tmp_path / "a.pt.rst").write_text("\n\n".join(pt), encoding="utf-8")
    assert any(f.rule == "XL301" for f in check(paths).findings)
    pt.insert(index, ".. xlcheck: ignore XL3")
    (tmp_path / "a.pt.rst").write_text("\n\n".join(pt), encoding="utf-8")
    assert not any(f.rule == "XL301" for f in check(paths).findings)
