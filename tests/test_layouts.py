"""Docs trees laid out the way real sites lay them out: pairing, the source language, blame.

Each tree mirrors a real site's layout and configuration (file names and settings as the
sites ship them); the page text is the seed article, in which the English source states
"H100 and H200" and the translations that lag say only "H100".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED_DE, SEED_EN, SEED_PT
from xlcheck.api import check, check_paths, check_tree
from xlcheck.config import Config, parse_config
from xlcheck.errors import ConfigError, UsageError
from xlcheck.io.discover import discover

EN = SEED_EN.read_text(encoding="utf-8")
DE = SEED_DE.read_text(encoding="utf-8")
PT = SEED_PT.read_text(encoding="utf-8")
# The translations lag: the source gained H200, neither translation has it yet.
DE_STALE = DE.replace("H100- und H200-GPUs", "H100-GPUs")
PT_STALE = PT.replace("GPUs H100 e H200", "GPUs H100")


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def blamed(report) -> list[tuple[str, str, str, str]]:
    """(rule, value, blamed file name relative to its site, status) of every finding."""
    out = []
    for finding in report.findings:
        for loc in finding.locations:
            if loc.status in ("missing", "different", "extra"):
                out.append((finding.rule, finding.value, loc.lang, loc.status))
    return sorted(out)


def pairs(tree) -> dict[str, list[str]]:
    root = tree.root
    return {s.key: [os.path.relpath(p, root) for _, p in s.versions] for s in tree.sets if len(s.versions) >= 2}


def test_mkdocs_suffix_source_gained_a_fact_and_both_translations_lag(tmp_path):
    site = write(tmp_path, {
        "mkdocs.yml": "plugins:\n  - i18n:\n      docs_structure: suffix\n      languages:\n"
                      "        - locale: en\n          default: true\n        - locale: de\n        - locale: pt\n",
        "docs/news.md": EN, "docs/news.de.md": DE_STALE, "docs/news.pt.md": PT_STALE,
    })
    tree = discover(str(site))
    assert tree.reference == "en"
    assert pairs(tree) == {"docs/news.md": ["docs/news.md", "docs/news.de.md", "docs/news.pt.md"]}
    report = check_tree(str(site))
    # Both translations are blamed; the source, which the majority disagrees with, never.
    assert blamed(report) == [("XL301", "H200", "de", "missing"), ("XL301", "H200", "pt", "missing")]


def test_without_a_source_the_odd_one_out_is_blamed(tmp_path):
    write(tmp_path, {"a.pt.txt": PT, "b.de.txt": DE, "c.en.txt": EN.replace("H100 and H200 GPUs", "H100 GPUs")})
    report = check_paths([str(tmp_path / n) for n in ("a.pt.txt", "b.de.txt", "c.en.txt")])
    assert blamed(report) == [("XL301", "H200", "en", "missing")]
    # Told which language is the source, the same files blame the two that disagree with it.
    report = check_paths([str(tmp_path / n) for n in ("a.pt.txt", "b.de.txt", "c.en.txt")],
                         Config(reference="en"))
    assert blamed(report) == [("XL301", "H200", "de", "extra"), ("XL301", "H200", "pt", "extra")]


def test_stale_translation_carrying_a_value_the_source_dropped_is_extra(tmp_path):
    write(tmp_path, {"a.en.txt": EN.replace("H100 and H200 GPUs", "H100 GPUs"), "a.de.txt": DE, "a.pt.txt": PT})
    report = check([str(tmp_path / n) for n in ("a.en.txt", "a.de.txt", "a.pt.txt")], Config(reference="en"))
    assert blamed(report) == [("XL301", "H200", "de", "extra"), ("XL301", "H200", "pt", "extra")]
    statuses = {loc.lang: loc.status for f in report.findings for loc in f.locations}
    assert statuses["en"] == "absent"


def test_compare_translations_adds_the_vote_between_translations(tmp_path):
    write(tmp_path, {"a.en.txt": EN, "a.de.txt": DE_STALE, "a.pt.txt": PT, "a.en-GB.txt": EN})
    files = [str(tmp_path / n) for n in ("a.en.txt", "a.de.txt", "a.pt.txt", "a.en-GB.txt")]
    assert blamed(check(files, Config(reference="en"))) == [("XL301", "H200", "de", "missing")]
    both = check(files, Config(reference="en", compare_translations=True))
    # de against en, and de against the other two translations (odd one out): both on de.
    assert blamed(both) == [("XL301", "H200", "de", "missing")] * 2


def test_hugo_content_dirs_from_the_site_config(tmp_path):
    site = write(tmp_path, {
        "hugo.toml": 'defaultContentLanguage = "en"\n[languages.en]\ncontentDir = "content/en"\n'
                     '[languages.de]\ncontentDir = "content/de"\n[languages.pt-br]\ncontentDir = "content/pt-br"\n',
        "content/en/blog/2024/story.md": EN, "content/de/blog/2024/story.md": DE_STALE,
        "content/pt-br/blog/2024/story.md": PT,
        "content/en/docs/only-english.md": "A page nobody translated yet, about version 1.29.\n",
        "content/de/blog/old.md": "Ein Beitrag, dessen Quelle gelöscht wurde, über Version 1.20.\n",
    })
    tree = discover(str(site))
    assert tree.reference == "en"
    assert pairs(tree)["hugo:blog/2024/story.md"] == [
        "content/en/blog/2024/story.md", "content/de/blog/2024/story.md", "content/pt-br/blog/2024/story.md"]
    report = check_tree(str(site))
    assert blamed(report) == [("XL004", "hugo:blog/old.md", "de", "extra"), ("XL301", "H200", "de", "missing")]
    (untranslated,) = [f for f in report.findings if f.rule == "XL003"]
    assert untranslated.severity == "info" and untranslated.value == "de,pt-br"
    assert untranslated.locations[0].path.endswith("content/en/docs/only-english.md")


def test_hugo_language_suffixes(tmp_path):
    site = write(tmp_path, {"content/posts/_index.md": EN, "content/posts/_index.de.md": DE_STALE})
    assert pairs(discover(str(site))) == {"content/posts/_index.md": [
        "content/posts/_index.md", "content/posts/_index.de.md"]}
    assert blamed(check_tree(str(site))) == [("XL301", "H200", "de", "missing")]


def test_docusaurus_i18n_against_docs(tmp_path):
    site = write(tmp_path, {
        "website/docusaurus.config.js": "export default {\n  i18n: {\n    defaultLocale: 'en',\n"
                                        "    locales: ['en', 'de'],\n  },\n};\n",
        "website/docs/intro.md": EN,
        "website/i18n/de/docusaurus-plugin-content-docs/current/intro.md": DE_STALE,
        "website/blog/2024-01-02-story.md": EN,
        "website/i18n/de/docusaurus-plugin-content-blog/2024-01-02-story.md": DE,
        "website/versioned_docs/version-2.0/intro.md": EN,
        "website/i18n/de/docusaurus-plugin-content-docs/version-2.0/intro.md": DE,
    })
    tree = discover(str(site))
    assert tree.reference == "en"
    assert pairs(tree) == {
        "website/blog/2024-01-02-story.md": ["website/blog/2024-01-02-story.md",
                                             "website/i18n/de/docusaurus-plugin-content-blog/2024-01-02-story.md"],
        "website/docs/intro.md": ["website/docs/intro.md",
                                  "website/i18n/de/docusaurus-plugin-content-docs/current/intro.md"],
        "website/versioned_docs/version-2.0/intro.md": [
            "website/versioned_docs/version-2.0/intro.md",
            "website/i18n/de/docusaurus-plugin-content-docs/version-2.0/intro.md"],
    }
    report = check_tree(str(site))
    assert blamed(report) == [("XL301", "H200", "de", "missing")]
    assert report.findings[0].blamed.path.endswith("current/intro.md")


STARLIGHT_CONFIG = """export const locales = {
\troot: { label: 'English', lang: 'en' },
\tde: { label: 'Deutsch', lang: 'de' },
\tit: { label: 'Italiano', lang: 'it' },
};
"""


def test_content_collection_with_the_default_language_at_the_root(tmp_path):
    site = write(tmp_path, {
        "docs/astro.config.mjs": STARLIGHT_CONFIG,
        "docs/src/content/docs/guides/story.mdx": EN,
        "docs/src/content/docs/de/guides/story.md": DE_STALE,
        "docs/src/content/docs/it/guides/story.mdx": EN,  # an untranslated copy: no drift
        "docs/src/content/docs/getting-started.mdx": "Install version 0.32 first.\n",
        "docs/src/content/docs/de/getting-started.mdx": "Installieren Sie zuerst Version 0.32.\n",
    })
    tree = discover(str(site / "docs"))
    assert tree.reference == "en"
    assert pairs(tree)["src/content/docs/*/guides/story.md"] == [
        "src/content/docs/guides/story.mdx", "src/content/docs/de/guides/story.md",
        "src/content/docs/it/guides/story.mdx"]
    assert blamed(check_tree(str(site / "docs"))) == [("XL301", "H200", "de", "missing")]


def test_content_collection_with_the_default_language_in_its_own_folder(tmp_path):
    site = write(tmp_path, {
        "src/content/docs/en/guides/story.mdx": EN,
        "src/content/docs/pt-br/guides/story.mdx": PT_STALE,
        "src/content/docs/en/index.mdx": "Welcome to version 4.\n",
        "src/content/docs/pt-br/index.mdx": "Bem-vindo à versão 4.\n",
    })
    tree = discover(str(site))
    assert pairs(tree)["src/content/docs/*/guides/story.md"] == [
        "src/content/docs/en/guides/story.mdx", "src/content/docs/pt-br/guides/story.mdx"]
    assert blamed(check_tree(str(site))) == [("XL301", "H200", "pt-BR", "missing")]


def test_folders_named_like_language_codes_are_not_languages(tmp_path):
    site = write(tmp_path, {
        "docs/it/helpdesk.md": "The IT helpdesk opens at 9.\n",
        "docs/id/tokens.md": "An ID token expires after 3600 seconds.\n",
        "docs/os/linux.md": "Linux 6.1 is supported.\n",
        "docs/ml/models.md": "Model v2 needs 16 GB.\n",
        "docs/ts/types.md": "TypeScript 5.4 types.\n",
        "docs/ml/index.md": "Machine learning.\n", "docs/os/index.md": "Operating systems.\n",
    })
    assert pairs(discover(str(site))) == {}
    with pytest.raises(UsageError, match="found no documents"):
        check_tree(str(site))


def test_configured_languages_make_folders_languages(tmp_path):
    site = write(tmp_path, {"en/story.txt": EN, "de/story.txt": DE_STALE, "it/notes.txt": "IT notes, 2024.\n"})
    tree = discover(str(site), languages=("en", "de"))
    assert pairs(tree) == {"*/story.txt": ["en/story.txt", "de/story.txt"]}


def test_sphinx_locale_catalogues(tmp_path):
    po = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
          'msgid "Python 3.12 was released in October 2023."\n'
          'msgstr "Python 3.11 wurde im Oktober 2023 veröffentlicht."\n')
    site = write(tmp_path, {"docs/conf.py": "language = 'en'\n", "docs/locale/de/LC_MESSAGES/whatsnew.po": po})
    tree = discover(str(site))
    assert [(os.path.relpath(p, site), lang) for p, lang in tree.catalogues] == [
        ("docs/locale/de/LC_MESSAGES/whatsnew.po", "de")]
    report = check_tree(str(site))
    assert [(f.rule, f.value, f.blamed.lang) for f in report.findings] == [("XL302", "3.12", "de")]


def test_langs_and_globs_restrict_a_tree(tmp_path):
    site = write(tmp_path, {"docs/news.md": EN, "docs/news.de.md": DE_STALE, "docs/news.pt.md": PT_STALE,
                            "drafts/x.md": EN, "drafts/x.de.md": DE_STALE})
    report = check_tree(str(site), Config(langs=("de",), exclude=("drafts/*",)))
    assert blamed(report) == [("XL301", "H200", "de", "missing")]
    assert {d.lang for d in report.documents} == {"en", "de"}
    report = check_tree(str(site), Config(include=("drafts/*",)))
    assert [os.path.relpath(d.path, site) for d in report.documents] == ["drafts/x.md", "drafts/x.de.md"]


def test_untranslated_and_orphan_pages_can_be_warnings(tmp_path):
    site = write(tmp_path, {"en/a.txt": EN, "de/a.txt": DE, "en/new.txt": "Version 2 adds caching.\n",
                            "de/gone.txt": "Version 1 hatte keinen Cache.\n", "pt/a.txt": PT})
    report = check_tree(str(site), Config(reference="en"))
    assert sorted((f.rule, f.severity) for f in report.findings) == [
        ("XL003", "info"), ("XL004", "info")]
    config = parse_config({"reference": "en", "severity": {"XL003": "warning", "XL004": "warning"}}, "x.toml")
    report = check_tree(str(site), config)
    assert sorted((f.rule, f.severity) for f in report.findings) == [("XL003", "warning"), ("XL004", "warning")]
    (untranslated,) = [f for f in report.findings if f.rule == "XL003"]
    assert untranslated.value == "de,pt"


def test_bad_configuration_values_are_refused():
    with pytest.raises(ConfigError, match="reference"):
        parse_config({"reference": "xx-nope-1"}, "x.toml")
    with pytest.raises(ConfigError, match="unknown rule"):
        parse_config({"severity": {"XL999": "warning"}}, "x.toml")
    with pytest.raises(ConfigError, match="must be one of"):
        parse_config({"severity": {"XL003": "loud"}}, "x.toml")


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "xlcheck", *args], capture_output=True, text=True, cwd=cwd)


def test_one_unreadable_file_does_not_hide_the_rest(tmp_path):
    site = write(tmp_path, {"en/a.txt": EN, "de/a.txt": DE_STALE, "en/b.txt": EN})
    (site / "de" / "b.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    result = run("check", str(site), "--format", "json")
    assert result.returncode == 2
    assert [line for line in result.stderr.splitlines() if "b.txt" in line]
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert [(f["rule"], f["value"]) for f in data["findings"]] == [("XL301", "H200")]


def test_reference_option_and_unknown_reference(tmp_path):
    write(tmp_path, {"a.en.txt": EN, "a.de.txt": DE_STALE, "a.pt.txt": PT_STALE})
    files = [str(tmp_path / n) for n in ("a.de.txt", "a.en.txt", "a.pt.txt")]
    result = run("check", *files, "--reference", "en", "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert sorted((f["value"], loc["lang"], loc["status"]) for f in data["findings"] for loc in f["locations"]
                  if loc["status"] != "present") == [("H200", "de", "missing"), ("H200", "pt", "missing")]
    result = run("check", *files, "--reference", "fr")
    assert result.returncode == 2 and "reference language 'fr'" in result.stderr


def test_changed_since_checks_changed_files_against_their_counterparts(tmp_path):
    site = write(tmp_path, {"docs/news.md": EN, "docs/news.de.md": DE, "docs/other.md": EN,
                            "docs/other.de.md": DE})
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "pages"]):
        subprocess.run(["git", *command], cwd=site, check=True, env=env)
    assert run("check", "--changed-since", "HEAD", cwd=site).returncode == 0  # nothing changed
    (site / "docs" / "news.de.md").write_text(DE_STALE, encoding="utf-8")
    result = run("check", "--changed-since", "HEAD", "--format", "json", cwd=site)
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert [d["path"] for d in data["documents"]] == ["docs/news.md", "docs/news.de.md"]
    assert [(f["rule"], f["value"]) for f in data["findings"]] == [("XL301", "H200")]
    assert run("check", "--changed-since", "no-such-ref", cwd=site).returncode == 2


class _Terminal:
    """A stderr that says it is a terminal, keeping what is written to it."""

    def __init__(self):
        self.text = ""

    def isatty(self):
        return True

    def write(self, text):
        self.text += text

    def flush(self):
        pass


def test_progress_on_a_terminal_only(tmp_path, monkeypatch, capsys):
    from xlcheck import cli

    site = write(tmp_path, {"en/a.txt": EN, "de/a.txt": DE, "en/b.txt": EN, "de/b.txt": DE})
    monkeypatch.delenv("CI", raising=False)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["check", str(site)]) == 0
    assert "2/2 document sets" in terminal.text
    terminal.text = ""
    assert cli.main(["check", str(site), "--quiet"]) == 0
    assert terminal.text == ""
    monkeypatch.setenv("CI", "true")
    assert cli.main(["check", str(site)]) == 0
    assert terminal.text == ""
