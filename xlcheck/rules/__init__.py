"""The rule table: one stable code per kind of drift, each documented.

A rule's docstring has four parts (*What it finds*, *Why it matters*, *Example*,
*How to fix*); it feeds `xlcheck explain`, the SARIF `rules[]` array and the docs.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from xlcheck.model import Severity
from xlcheck.rules import alignment, codes, dates, keys, markup, names, numbers, placeholders, quotes, urls


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


RULES: dict[str, Rule] = _collect(alignment, numbers, dates, codes, names, quotes, urls, markup, placeholders, keys)


def rule_for(check: str, what: str) -> Rule:
    """The rule for a check and a kind of drift (``missing``, ``changed``...)."""
    for rule in RULES.values():
        if rule.check == check and rule.name.endswith(what):
            return rule
    raise KeyError(f"{check}-{what}")


SECTIONS = ("What it finds:", "Why it matters:", "Example:", "How to fix:")


def markdown() -> str:
    """The rule documentation as Markdown (docs/rules.md is this, kept in step by a test)."""
    parts = ["# Rules\n\nGenerated from the rules' docstrings (`xlcheck explain CODE` prints the same).\n"]
    for rule in RULES.values():
        parts.append(f"\n## {rule.code} {rule.name}\n\nCheck `{rule.check}`, default severity **{rule.severity}**. "
                     f"{rule.summary}\n\n")
        body = " ".join(rule.doc.split("\n")[1:]).split()
        text = " ".join(body)
        for section in SECTIONS:
            text = text.replace(section, f"\n- **{section}**")
        parts.append(text.strip().replace(" \n", "\n") + "\n")
    return "".join(parts)
