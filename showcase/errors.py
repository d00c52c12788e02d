"""Errors a user sees. Each carries the exit code the CLI turns it into, and where it happened.

Everything the CLI prints for a failure comes from one of these, so the rule "one clear line plus
a hint, never a traceback" lives in one place. A problem in a file is data (file, line, column,
field path, message), so the CLI can print it for people and annotate the line in GitHub Actions.
"""

from __future__ import annotations


class Problem(str):
    """One problem in a file, as data; as text, `file:line:col: path: message`."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str

    def __new__(
        cls, file: str, message: str, line: int | None = None, column: int | None = None, path: str = ""
    ) -> Problem:
        where = file if line is None else f"{file}:{line}:{column or 1}"
        text = f"{where}: {path}: {message}" if path else f"{where}: {message}"
        problem = super().__new__(cls, text)
        problem.file, problem.line, problem.column, problem.path, problem.message = file, line, column, path, message
        return problem


class ShowcaseError(Exception):
    """A failure to report to the user as one line, plus an optional hint."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    @property
    def problems(self) -> list[Problem]:
        """Where it happened, when that is a place in a file; otherwise empty."""
        return [self.message] if isinstance(self.message, Problem) else []


class UsageError(ShowcaseError):
    """Bad input from the user: config, snapshot, options. Exit code 2."""

    exit_code = 2


class ConfigError(UsageError):
    """One or more problems in a config file."""

    def __init__(self, problems: list[Problem], hint: str | None = None) -> None:
        super().__init__(problems[0], hint)
        self._problems = problems

    @property
    def problems(self) -> list[Problem]:
        return self._problems


class FetchError(ShowcaseError):
    """The network or the API failed as a whole (not one repository). Exit code 1."""


class RefusedOverwrite(ShowcaseError):
    """A file exists that showcase must not replace without --force. Exit code 1."""
