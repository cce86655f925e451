"""The exceptions a user can cause. Each message quotes the bad value and says what to do.

The CLI turns any `XlcheckError` into one line on stderr and exit status 2.
"""

from __future__ import annotations


class XlcheckError(Exception):
    """Root of every error xlcheck raises on purpose."""


class UsageError(XlcheckError, ValueError):
    """The command line or the call to `check()` does not make sense."""


class InputError(XlcheckError, OSError):
    """A file cannot be read as a text document (missing, binary, bad encoding, empty)."""

    def __init__(self, path: str, problem: str, advice: str) -> None:
        super().__init__(f"{path}: {problem}; {advice}")
        self.path = path
        self.problem = problem
        self.advice = advice


class UnknownLanguageError(XlcheckError, LookupError):
    """A language tag that CLDR (Babel) does not know, or a file whose language is unknown."""


class ConfigError(XlcheckError, ValueError):
    """A configuration file that cannot be read or holds a bad value."""


class OutputError(XlcheckError, OSError):
    """The report cannot be written where the user asked (a directory, an input file, a full disk)."""
