"""The rule table: one stable code per kind of drift, each documented.

A rule's docstring has four parts (*What it finds*, *Why it matters*, *Example*,
*How to fix*); it feeds `xlcheck explain`, the SARIF `rules[]` array and the docs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from xlcheck.rules import alignment, codes, dates, keys, markup, names, numbers, placeholders, quotes, urls

if TYPE_CHECKING:
    from xlcheck.model import Severity


class Rule(NamedTuple):
    """A stable rule: its code, name, the check it belongs to and its default severity.

    A named tuple, not a dataclass: `xlcheck explain` reads the table, and importing
    dataclasses (which imports inspect, ast and dis) was most of its start-up."""

    code: str
    name: str
    check: str
    severity: Severity
    doc: str

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0]


def cleandoc(doc: str) -> str:
    """`inspect.cleandoc` without importing inspect: the first line stripped, the others
    dedented by their common indentation, blank lines at either end dropped."""
    lines = doc.expandtabs().split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents, default=0)
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _collect(*modules) -> dict[str, Rule]:
    table: dict[str, Rule] = {}
    for module in modules:
        for code, name, check, severity, function in module.RULES:
            table[code] = Rule(code, name, check, severity, cleandoc(function.__doc__ or ""))
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
