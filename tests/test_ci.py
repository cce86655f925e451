"""The CI drop-in: the README's examples parse and name real inputs and hooks, the
pre-commit hook's entry and the GitHub Action's script run as CI would run them."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import regex
import yaml

from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
FORMATS = FIXTURES / "formats"


def _readme_examples() -> list[dict]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Use it in CI", 1)[1].split("\n## ", 1)[0]
    return [yaml.safe_load(block) for block in regex.findall(r"```yaml\n(.*?)```", section, flags=regex.S)]


def test_readme_ci_examples_parse_and_use_real_inputs_and_hooks():
    github, gitlab, precommit = _readme_examples()
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    steps = github["jobs"]["xlcheck"]["steps"]
    uses = next(step for step in steps if "xlcheck" in step.get("uses", ""))
    assert set(uses["with"]) <= set(action["inputs"])
    assert github["jobs"]["xlcheck"]["permissions"]["security-events"] == "write"
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {h["id"] for h in precommit["repos"][0]["hooks"]} <= {h["id"] for h in hooks}
    commands = [line for line in gitlab["xlcheck"]["script"] if line.startswith("xlcheck ")]
    assert commands and gitlab["xlcheck"]["artifacts"]["reports"]["junit"] == "xlcheck.xml"


def test_the_gitlab_command_runs(tmp_path, monkeypatch):
    from xlcheck.cli import main

    _, gitlab, _ = _readme_examples()
    command = next(line for line in gitlab["xlcheck"]["script"] if line.startswith("xlcheck "))
    docs = tmp_path / "docs"
    (docs / "de").mkdir(parents=True)
    shutil.copy(FIXTURES / "seed" / "deepseek.pt.txt", docs / "article.txt")
    shutil.copy(FIXTURES / "seed" / "deepseek.de.txt", docs / "de" / "article.txt")
    monkeypatch.chdir(tmp_path)
    argv = shlex.split(command)[1:]
    assert main([*argv, "--langs", "pt,de"]) in (0, 1)
    assert (tmp_path / "xlcheck.xml").read_text(encoding="utf-8").startswith("<?xml")


@pytest.fixture
def shim(tmp_path):
    """An `xlcheck` command on PATH that runs this checkout (as pip install would)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "xlcheck"
    script.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m xlcheck "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}


def _repo(tmp_path: Path, env) -> Path:
    """A git repository with an app's strings in English and German."""
    repo = tmp_path / "app"
    for source, target in (("android/res/values/strings.xml", "res/values/strings.xml"),
                           ("android/clean/values-de/strings.xml", "res/values-de/strings.xml")):
        (repo / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(FORMATS / source, repo / target)
    (repo / "README.md").write_text("An app.\n", encoding="utf-8")
    for command in (["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "a"]):
        subprocess.run(["git", *command], cwd=repo, check=True, env=env)
    return repo


def test_the_pre_commit_hook_checks_changed_files_against_their_counterparts(tmp_path, shim):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    repo = _repo(tmp_path, shim)
    files = ["res/values-de/strings.xml", "README.md"]
    assert all(regex.search(hook["files"], f) for f in files[:1])
    entry = shlex.split(hook["entry"])

    def run():
        return subprocess.run([*entry, *files], cwd=repo, env=shim, capture_output=True, text=True)

    clean = run()
    assert clean.returncode == 0, clean.stdout + clean.stderr
    drifted = (FORMATS / "android/drift/values-de/strings.xml").read_text(encoding="utf-8")
    (repo / "res/values-de/strings.xml").write_text(drifted, encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=shim)
    result = run()
    assert result.returncode == 1
    assert "res/values-de/strings.xml:30:15: XL803" in result.stdout


def test_the_action_script_annotates_and_writes_sarif(tmp_path, shim):
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    outputs = tmp_path / "github_output"
    env = {**shim, "GITHUB_OUTPUT": str(outputs), "XLCHECK_ARGS": "--fail-on error",
           "XLCHECK_PATHS": f"{FORMATS / 'json/en/translation.json'} {FORMATS / 'json/drift/de/translation.json'}",
           "XLCHECK_SARIF": str(tmp_path / "xlcheck.sarif")}
    result = subprocess.run(["bash", "-c", step["run"]], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "::error file=" in result.stdout and "title=XL803" in result.stdout
    assert "exit-code=1" in outputs.read_text(encoding="utf-8")
    log = json.loads((tmp_path / "xlcheck.sarif").read_text(encoding="utf-8"))
    schema = json.loads((FIXTURES / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    assert {r["ruleId"] for r in log["runs"][0]["results"]} >= {"XL803", "XL102"}


@pytest.mark.slow
def test_pre_commit_runs_the_hook(tmp_path, shim):
    """pre-commit itself runs the hook (as a local hook with this checkout's command, so
    that no package index is needed)."""
    if shutil.which("pre-commit") is None or shutil.which("git") is None:
        pytest.skip("pre-commit or git is not installed")
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    repo = _repo(tmp_path, shim)
    local = {**hook, "language": "system"}
    local.pop("additional_dependencies", None)
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}), encoding="utf-8")
    drifted = (FORMATS / "android/drift/values-de/strings.xml").read_text(encoding="utf-8")
    (repo / "res/values-de/strings.xml").write_text(drifted, encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=shim)
    env = {**shim, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    result = subprocess.run(["pre-commit", "run", "--files", "res/values-de/strings.xml"], cwd=repo, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "XL803" in result.stdout
