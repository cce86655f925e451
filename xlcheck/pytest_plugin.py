"""pytest plugin: an `xlcheck` fixture that checks translations from a test.

    def test_translations(xlcheck):
        xlcheck.assert_clean("docs")                      # a folder: every document of the tree
        xlcheck.assert_clean("a.pt.md", "a.de.md")        # versions of one document

The fixture reads the project's configuration (``[tool.xlcheck]`` in pyproject.toml or
``xlcheck.toml``, from the pytest root), so rules, ignores, the reference language and
the baseline are the ones the CLI uses. A failing check fails the test with the lines
the CLI prints: ``path:line:col: XLnnn message``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from xlcheck.api import check, check_paths
from xlcheck.config import Config, load_config
from xlcheck.model import SEVERITY_RANK, Document, Finding, Report
from xlcheck.report.formats import TextReporter


class Checker:
    """What the `xlcheck` fixture gives a test."""

    def __init__(self, config: Config | None = None, root: str | Path = ".") -> None:
        self.config = config or Config()
        self.root = Path(root)

    def report(self, *sources: str | Path | Document | Sequence[str | Path | Document]) -> Report:
        """The report of `xlcheck check` on files, a folder or ready-made documents."""
        flat = _flatten(sources)
        if all(isinstance(s, Document) for s in flat):
            return check(flat, self.config)
        paths = [str(s if Path(s).is_absolute() or Path(s).exists() else self.root / s) for s in flat]
        return check_paths(paths, self.config)

    def findings(self, *sources, at_least: str | None = None) -> list[Finding]:
        """Findings at or above `at_least` (default: the configured ``fail-on``)."""
        threshold = SEVERITY_RANK[at_least or self.config.fail_on]
        return [f for f in self.report(*sources).findings if SEVERITY_RANK[f.severity] >= threshold]

    def assert_clean(self, *sources, at_least: str | None = None) -> None:
        """Fail the test, with the CLI's lines, when any finding reaches `at_least`."""
        report = self.report(*sources)
        threshold = SEVERITY_RANK[at_least or self.config.fail_on]
        failing = tuple(f for f in report.findings if SEVERITY_RANK[f.severity] >= threshold)
        if failing or report.errors:
            shown = Report(report.documents, failing, report.signature, report.version, report.errors,
                           report.hidden)
            lines = TextReporter().render(shown).rstrip("\n").split("\n")
            lines += [f"error: {error}" for error in report.errors]
            pytest.fail("\n".join(lines), pytrace=False)


def _flatten(sources) -> list:
    flat: list = []
    for source in sources:
        if isinstance(source, (list, tuple)):
            flat.extend(source)
        else:
            flat.append(source)
    return flat


@pytest.fixture
def xlcheck(request: pytest.FixtureRequest) -> Checker:
    """Check translations from a test with the project's configuration:
    ``xlcheck.assert_clean("docs")``, ``xlcheck.findings(path_a, path_b)``."""
    root = request.config.rootpath
    return Checker(load_config(start=str(root)), root)
