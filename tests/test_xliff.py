"""XLIFF files hold both versions, like PO catalogues."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import FIXTURES

XLF = FIXTURES / "po" / "python-docs-whatsnew.pt-br.xlf"


def run(*args):
    return subprocess.run([sys.executable, "-m", "xlcheck", *args], capture_output=True, text=True)


def test_real_xliff_checks_clean():
    result = run("check", str(XLF), "--format", "json")
    assert result.returncode == 0, result.stdout
    assert [d["lang"] for d in json.loads(result.stdout)["documents"]] == ["en", "pt-BR"]


def test_drift_in_a_target_points_at_its_line(tmp_path):
    text = XLF.read_text(encoding="utf-8")
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("<target>") and ":pep:`" in line)
    pep = lines[index].split(":pep:`", 1)[1].split("`", 1)[0]
    lines[index] = lines[index].replace(f":pep:`{pep}`", ":pep:`1`", 1)
    drifted = tmp_path / "whatsnew.xlf"
    drifted.write_text("\n".join(lines), encoding="utf-8")
    data = json.loads(run("check", str(drifted), "--format", "json").stdout)
    changed = [f for f in data["findings"] if f["rule"] == "XL702"]
    assert changed and changed[0]["value"] == f":pep:`{pep}`"
    target = [loc for loc in changed[0]["locations"] if loc["status"] == "different"][0]
    assert target["line"] == index + 1 and target["lang"] == "pt-BR"


def test_inline_codes_are_placeholders(tmp_path):
    xlf = tmp_path / "ui.xlf"
    xlf.write_text(
        '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" '
        'srcLang="en" trgLang="de">\n<file id="f"><unit id="1"><segment>\n'
        '<source>Click <ph id="1"/> to save 3 files.</source>\n'
        '<target>Klicke, um 3 Dateien zu speichern.</target>\n'
        '</segment></unit></file></xliff>\n', encoding="utf-8")
    data = json.loads(run("check", str(xlf), "--format", "json").stdout)
    assert [(f["rule"], f["value"]) for f in data["findings"]] == [("XL701", "{ph:1}")]


def test_bad_xliff_is_exit_two(tmp_path):
    broken = tmp_path / "broken.xlf"
    broken.write_text("<xliff><file>", encoding="utf-8")
    result = run("check", str(broken))
    assert result.returncode == 2 and "not well-formed XML" in result.stderr
    nolang = tmp_path / "nolang.xlf"
    nolang.write_text('<xliff version="1.2"><file><body><trans-unit id="1"><source>a 1</source>'
                      '<target>b 1</target></trans-unit></body></file></xliff>', encoding="utf-8")
    result = run("check", str(nolang))
    assert result.returncode == 2 and "languages" in result.stderr
