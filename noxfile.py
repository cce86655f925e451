"""Sessions: `nox -s tests` (default suite), `slow`, `fuzz`, `lint`, `bench`, `browser`."""

import nox

nox.options.sessions = ["tests", "lint"]


@nox.session
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test]", "pytest-xdist")
    session.run("pytest", "-q", "-n", "2", *session.posargs)


@nox.session
def slow(session: nox.Session) -> None:
    """The property tests with a thousand examples each, and the tests marked slow
    (the dask extra too: the check on a LocalCluster against one process)."""
    session.install("-e", ".[test,dask]", "pytest-xdist")
    session.run("pytest", "-q", "-n", "2", "tests/test_properties.py", "tests/test_seed_mutations.py",
                *session.posargs, env={"XLCHECK_HYPOTHESIS": "thorough"})
    # Tests marked slow (the held-out labelled sets, the adversarial inputs at larger sizes).
    session.run("pytest", "-q", "-n", "2", "-m", "slow", "tests", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """The fuzz tests with 10,000 examples each (random bytes, Unicode, PO, XLIFF, Markdown)."""
    session.install("-e", ".[test]", "pytest-xdist", "-c", "constraints.txt")
    session.run("pytest", "-q", "-n", "2", "tests/test_fuzz.py", *session.posargs, env={"XLCHECK_HYPOTHESIS": "fuzz"})


@nox.session
def browser(session: nox.Session) -> None:
    """The HTML report in headless Chromium. Needs Debian's browser and driver, installed
    once with `apt-get install chromium chromium-driver` (or `.ci/browser`): nothing here
    downloads a browser. Point XLCHECK_CHROMIUM / XLCHECK_CHROMEDRIVER elsewhere if need be."""
    session.install("-e", ".[browser]")
    session.run("pytest", "-q", "-p", "no:xdist", "-m", "browser", "tests/browser", *session.posargs,
                env={"XLCHECK_BROWSER_REQUIRED": "1"})


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", "xlcheck", "tests", "noxfile.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Time xlcheck against pofilter (translate-toolkit) on the same catalogues, in one run.

    Real catalogues are given by path: `nox -s bench -- path/to/python-docs-ko` (a folder
    of PO files or one file); without one, only the synthetic catalogue is timed.
    """
    session.install("-e", ".", "translate-toolkit", "polib")
    session.run("python", "-m", "xlcheck.bench", *session.posargs)
