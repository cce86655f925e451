"""pytest plugin: an `xlcheck` fixture that checks texts and returns the findings.

    def test_translation(xlcheck):
        assert xlcheck.findings(["docs/a.pt.md", "docs/a.de.md"]) == []
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from xlcheck.api import check
from xlcheck.config import Config
from xlcheck.model import Document, Finding


class Checker:
    """What the `xlcheck` fixture gives a test."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def findings(self, sources: Sequence[str | Document], at_least: str = "warning") -> list[Finding]:
        """Findings at or above `at_least` severity for the given versions."""
        rank = {"info": 0, "warning": 1, "error": 2}
        report = check(sources, self.config)
        return [f for f in report.findings if rank[f.severity] >= rank[at_least]]


@pytest.fixture
def xlcheck() -> Checker:
    """Check translations from a test: ``xlcheck.findings([path_a, path_b])``."""
    return Checker()
