"""The reporters themselves. The JSON shape is the public ``xlcheck.report/1`` contract."""

from __future__ import annotations

from xlcheck.config import fingerprint
from xlcheck.model import Finding, Location, Report
from xlcheck.rules import RULES

SCHEMA = "xlcheck.report/1"
# json and hashlib are imported by the reporters that use them: the text report of a
# short check (`xlcheck diff`) loads neither.


def where(location: Location) -> str:
    """``path:line:col`` (column 1 when the location has none)."""
    if location.line is None:
        return location.path
    return f"{location.path}:{location.line}:{location.column or 1}"


_COLOURS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m", "path": "\033[1m",
            "reset": "\033[0m"}


class TextReporter:
    """Compiler-style lines, ``path:line:col: CODE message``, then a summary line.

    With `color`, the location is bold and the code coloured by severity (as ruff does).
    """

    def __init__(self, color: bool = False) -> None:
        self.color = color

    def _line(self, finding: Finding) -> str:
        if not self.color:
            return f"{where(finding.blamed)}: {finding.rule} {finding.message}"
        c = _COLOURS
        return (f"{c['path']}{where(finding.blamed)}{c['reset']}: {c[finding.severity]}{finding.rule}{c['reset']} "
                f"{finding.message}")

    def render(self, report: Report) -> str:
        lines = [self._line(f) for f in report.findings]
        counts = report.summary()
        if report.findings:
            parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]]
            lines.append(f"Found {len(report.findings)} finding{'s' if len(report.findings) != 1 else ''} "
                         f"({', '.join(parts)}) in {len(report.documents)} documents.")
        else:
            names = ", ".join(f"{d.path} ({d.lang})" for d in report.documents)
            lines.append(f"No drift found: {names} agree." if names else "No drift found: nothing to compare.")
        if report.hidden:
            lines.append(f"{report.hidden} known finding{'s' if report.hidden != 1 else ''} hidden by the baseline.")
        return "\n".join(lines) + "\n"


def report_dict(report: Report) -> dict[str, object]:
    return {
        "schema": SCHEMA,
        "tool": {"name": "xlcheck", "version": report.version, "signature": report.signature},
        "documents": [{"path": d.path, "lang": d.lang, "paragraphs": len(d.paragraphs)} for d in report.documents],
        "findings": [f.as_dict() for f in report.findings],
        "summary": report.summary(),
    }


class JsonReporter:
    """The ``xlcheck.report/1`` JSON document."""

    def render(self, report: Report) -> str:
        import json

        return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


class SarifReporter:
    """SARIF 2.1.0, with every rule's documentation in ``tool.driver.rules``."""

    def render(self, report: Report) -> str:
        rules = [
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.doc},
                "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
                "properties": {"check": rule.check},
            }
            for rule in RULES.values()
        ]
        index = {code: i for i, code in enumerate(RULES)}
        results = [self._result(f, index) for f in report.findings]
        log = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "xlcheck", "version": report.version,
                                    "informationUri": "https://pypi.org/project/xlcheck/", "rules": rules}},
                "results": results,
                "properties": {"signature": report.signature},
            }],
        }
        import json

        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"

    @staticmethod
    def _result(finding: Finding, index: dict[str, int]) -> dict[str, object]:
        def physical(location: Location) -> dict[str, object]:
            region: dict[str, object] = {}
            if location.line is not None:
                region["startLine"] = location.line
                region["startColumn"] = location.column or 1
            out: dict[str, object] = {"artifactLocation": {"uri": location.path}}
            if region:
                out["region"] = region
            return {"physicalLocation": out}

        blamed = finding.blamed
        related = [
            dict(physical(loc), id=i, message={"text": f"{loc.lang}: {loc.status}"})
            for i, loc in enumerate(finding.locations) if loc is not blamed
        ]
        return {
            "ruleId": finding.rule,
            "ruleIndex": index.get(finding.rule, -1),
            "level": _SARIF_LEVEL[finding.severity],
            "message": {"text": finding.message},
            "locations": [physical(blamed)],
            "relatedLocations": related,
            # The baseline's fingerprint, so code scanning follows a finding across commits
            # (lines move; the rule, the value, the file and what happened to it do not).
            "partialFingerprints": {"xlcheck/v1": sarif_fingerprint(finding)},
            "properties": {"check": finding.check, "value": finding.value},
        }


def sarif_fingerprint(finding: Finding) -> str:
    """A stable hash of the fingerprint the baseline uses (`config.fingerprint`)."""
    import hashlib

    blamed = finding.blamed
    key = "\x1f".join(fingerprint(finding.rule, finding.value, blamed.path, blamed.status))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _gh_escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_escape(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    """GitHub Actions workflow commands (``::error file=…,line=…::message``)."""

    _LEVEL = {"error": "error", "warning": "warning", "info": "notice"}

    def render(self, report: Report) -> str:
        lines = []
        for f in report.findings:
            loc = f.blamed
            props = [f"file={_gh_property(loc.path)}"]
            if loc.line is not None:
                props += [f"line={loc.line}", f"col={loc.column or 1}"]
            props.append(f"title={_gh_property(f.rule + ' ' + f.check)}")
            lines.append(f"::{self._LEVEL[f.severity]} {','.join(props)}::{_gh_escape(f.message)}")
        return "\n".join(lines) + ("\n" if lines else "")


class JunitReporter:
    """JUnit XML: one test case per document, failed by the findings that blame it."""

    def render(self, report: Report) -> str:
        from xml.sax.saxutils import escape, quoteattr  # imports urllib: only for this format

        cases = []
        for doc in report.documents:
            mine = [f for f in report.findings if f.blamed.path == doc.path]
            failures = "".join(
                f"<failure type={quoteattr(f.rule)} message={quoteattr(f.message)}>"
                f"{escape(where(f.blamed))}: {escape(f.rule)} {escape(f.message)}</failure>"
                for f in mine
            )
            cases.append(f'  <testcase classname="xlcheck" name={quoteattr(doc.path)}>{failures}</testcase>')
        failed = sum(1 for d in report.documents if any(f.blamed.path == d.path for f in report.findings))
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuite name="xlcheck" tests="{len(report.documents)}" failures="{failed}" errors="0">\n'
            + "\n".join(cases)
            + "\n</testsuite>\n"
        )
