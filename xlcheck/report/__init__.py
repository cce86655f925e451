"""Reporters: turn a `Report` into text, JSON, SARIF, GitHub annotations, JUnit XML or an HTML review page.

Chosen by name from `REPORTERS`; each returns a string and never prints.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from xlcheck.model import Report


class Reporter(Protocol):
    """Renders a report as one string (the CLI writes it to stdout or --output)."""

    def render(self, report: Report) -> str: ...


class Registry(Mapping):
    """Names to classes, each imported the first time it is asked for, so that
    `xlcheck --version` and `--help` load none of them."""

    def __init__(self, entries: dict[str, str]) -> None:
        self._entries = entries  # name -> "module:Class"

    def __getitem__(self, name: str) -> type:
        module, _, cls = self._entries[name].partition(":")
        return getattr(importlib.import_module(module), cls)

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


REPORTERS: Mapping[str, type[Reporter]] = Registry({
    "text": "xlcheck.report.formats:TextReporter",
    "json": "xlcheck.report.formats:JsonReporter",
    "sarif": "xlcheck.report.formats:SarifReporter",
    "github": "xlcheck.report.formats:GithubReporter",
    "junit": "xlcheck.report.formats:JunitReporter",
    "html": "xlcheck.report.html:HtmlReporter",
})
# `xlcheck align`'s reporters, named here so that the parser's choices load none of them.
ALIGNMENT_REPORTERS: Mapping[str, type] = Registry({
    "text": "xlcheck.report.alignment:AlignmentTextReporter",
    "json": "xlcheck.report.alignment:AlignmentJsonReporter",
    "html": "xlcheck.report.html:AlignmentHtmlReporter",
})
