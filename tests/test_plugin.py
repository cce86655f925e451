"""The pytest plugin that installing xlcheck registers (entry point pytest11)."""

from __future__ import annotations

pytest_plugins = ["pytester"]


def test_xlcheck_fixture_reports_drift(pytester):
    pytester.makefile(".pt.txt", doc="GPUs H100 e H200.\n")
    pytester.makefile(".de.txt", doc="H100-GPUs.\n")
    pytester.makepyfile(
        """
        def test_translation(xlcheck):
            findings = xlcheck.findings(["doc.pt.txt", "doc.de.txt"])
            assert [(f.rule, f.value) for f in findings] == [("XL301", "H200")]

        def test_clean(xlcheck):
            assert xlcheck.findings(["doc.pt.txt", "doc.pt.txt"]) == []
        """
    )
    result = pytester.runpytest("-p", "no:randomly", "-p", "no:benchmark")
    result.assert_outcomes(passed=2)
