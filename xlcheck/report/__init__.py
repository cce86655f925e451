"""Reporters: turn a `Report` into text, JSON, SARIF, GitHub annotations, JUnit XML or an HTML review page.

Chosen by name from `REPORTERS`; each returns a string and never prints.
"""

from __future__ import annotations

from typing import Protocol

from xlcheck.model import Report
from xlcheck.report.formats import GithubReporter, JsonReporter, JunitReporter, SarifReporter, TextReporter
from xlcheck.report.html import HtmlReporter


class Reporter(Protocol):
    """Renders a report as one string (the CLI writes it to stdout or --output)."""

    def render(self, report: Report) -> str: ...


REPORTERS: dict[str, type[Reporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "sarif": SarifReporter,
    "github": GithubReporter,
    "junit": JunitReporter,
    "html": HtmlReporter,
}
