"""Sessions: `nox -s tests` (default suite), `slow`, `lint`, `bench`."""

import nox

nox.options.sessions = ["tests", "lint"]


@nox.session
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test]", "pytest-xdist")
    session.run("pytest", "-q", "-n", "2", *session.posargs)


@nox.session
def slow(session: nox.Session) -> None:
    """The property tests with a thousand examples each, and the held-out news sets."""
    session.install("-e", ".[test]", "pytest-xdist")
    session.run("pytest", "-q", "-n", "2", "tests/test_properties.py", "tests/test_seed_mutations.py",
                "tests/test_heldout_news.py", "-m", "slow or not slow",
                *session.posargs, env={"XLCHECK_HYPOTHESIS": "thorough"})


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", "xlcheck", "tests", "noxfile.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Time xlcheck against pofilter (translate-toolkit) on the same input."""
    session.install("-e", ".", "translate-toolkit", "polib")
    session.run("python", "-m", "xlcheck.bench", *session.posargs)
