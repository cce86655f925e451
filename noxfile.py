"""Sessions: `nox -s tests` (default suite), `slow`, `lint`, `bench`."""

import os

import nox

nox.options.sessions = ["tests", "lint"]


@nox.session
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test]", "pytest-xdist")
    session.run("pytest", "-q", "-n", "2", *session.posargs)


@nox.session
def slow(session: nox.Session) -> None:
    """The property tests with a thousand examples each."""
    session.install("-e", ".[test]", "pytest-xdist")
    session.run("pytest", "-q", "-n", "2", "tests/test_properties.py", "tests/test_seed_mutations.py",
                *session.posargs, env={"XLCHECK_HYPOTHESIS": "thorough"})
    session.run("pytest", "-q", "-m", "slow", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", "xlcheck", "tests", "noxfile.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Time xlcheck against pofilter (translate-toolkit) on the same input; then sentence
    alignment (default, embed, Gale-Church) on fixtures/align-sentences/, and on
    Bleualign's held-out de-fr gold if BLEUALIGN_DATA names its folder."""
    session.install("-e", ".[embed]", "translate-toolkit", "polib")
    session.run("python", "-m", "xlcheck.bench", *session.posargs)
    heldout = os.environ.get("BLEUALIGN_DATA")
    session.run("python", "-m", "xlcheck.bench_sentences", "--aligner", "default", "--aligner", "embed",
                "--aligner", "gale-church", "--memory", *(["--heldout", heldout] if heldout else []))
