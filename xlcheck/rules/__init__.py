"""The rule table: one stable code per kind of drift, each documented.

A rule's docstring has four parts (*What it finds*, *Why it matters*, *Example*,
*How to fix*); it feeds `xlcheck explain`, the SARIF `rules[]` array and the docs.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from xlcheck.model import Severity
from xlcheck.rules import alignment, codes, dates, markup, names, numbers, quotes, urls


@dataclass(frozen=True)
class Rule:
    """A stable rule: its code, name, the check it belongs to and its default severity."""

    code: str
    name: str
    check: str
    severity: Severity
    doc: str

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0]


def _collect(*modules) -> dict[str, Rule]:
    table: dict[str, Rule] = {}
    for module in modules:
        for code, name, check, severity, function in module.RULES:
            table[code] = Rule(code, name, check, severity, inspect.cleandoc(function.__doc__ or ""))
    return dict(sorted(table.items()))


RULES: dict[str, Rule] = _collect(alignment, numbers, dates, codes, names, quotes, urls, markup)


def rule_for(check: str, what: str) -> Rule:
    """The rule for a check and a kind of drift (``missing``, ``changed``...)."""
    for rule in RULES.values():
        if rule.check == check and rule.name.endswith(what):
            return rule
    raise KeyError(f"{check}-{what}")
