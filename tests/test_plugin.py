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


def test_fixture_fails_with_the_cli_lines_reads_the_configuration_and_takes_folders(pytester):
    pytester.makefile(".pt.txt", doc="GPUs H100 e H200.\n")
    pytester.makefile(".de.txt", doc="H100-GPUs.\n")
    (pytester.path / "docs" / "de").mkdir(parents=True)
    (pytester.path / "docs" / "guide.md").write_text("Use the H100 and the H200.\n\nIt costs 40 euros.\n",
                                                     encoding="utf-8")
    (pytester.path / "docs" / "de" / "guide.md").write_text("Nutze die H100.\n\nEs kostet 40 Euro.\n",
                                                            encoding="utf-8")
    (pytester.path / "docs" / "other.md").write_text("A page.\n", encoding="utf-8")
    (pytester.path / "docs" / "de" / "other.md").write_text("Eine Seite.\n", encoding="utf-8")
    pytester.makepyfile(
        """
        def test_pair(xlcheck):
            xlcheck.assert_clean("doc.pt.txt", "doc.de.txt")

        def test_folder(xlcheck):
            xlcheck.assert_clean("docs")
        """
    )
    result = pytester.runpytest("-p", "no:randomly", "-p", "no:benchmark")
    result.assert_outcomes(failed=2)
    result.stdout.re_match_lines([r".*doc\.de\.txt:1:1: XL301 .*H200.*", r".*docs/de/guide\.md:1:1: XL301 .*H200.*"])
    pytester.makefile(".toml", xlcheck='ignore = ["XL3"]\n')
    result = pytester.runpytest("-p", "no:randomly", "-p", "no:benchmark")
    result.assert_outcomes(passed=2)
