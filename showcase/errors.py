"""Errors a user sees. Each carries the exit code the CLI turns it into.

Everything the CLI prints for a failure comes from one of these, so the rule
"one clear line plus a hint, never a traceback" lives in one place.
"""

from __future__ import annotations


class ShowcaseError(Exception):
    """A failure to report to the user as one line, plus an optional hint."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(ShowcaseError):
    """Bad input from the user: config, snapshot, options. Exit code 2."""

    exit_code = 2


class ConfigError(UsageError):
    """One or more problems in a config file, each already `file:line:col: path: message`."""

    def __init__(self, problems: list[str], hint: str | None = None) -> None:
        super().__init__(problems[0], hint)
        self.problems = problems


class FetchError(ShowcaseError):
    """The network or the API failed as a whole (not one repository). Exit code 1."""


class RefusedOverwrite(ShowcaseError):
    """A file exists that showcase must not replace without --force. Exit code 1."""
