"""GitHub Actions: annotations on the config line that is wrong, and a job summary.

Workflow commands go to standard output (`::error file=…,line=…,col=…::message`); the summary is
Markdown appended to the file named by $GITHUB_STEP_SUMMARY. Both only when GITHUB_ACTIONS=true.
"""

from __future__ import annotations

import os
from pathlib import Path

from showcase.errors import ShowcaseError
from showcase.terminal import clean


def running() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def error_commands(error: ShowcaseError) -> list[str]:
    """One `::error` line per problem, pointing at its file and line when it has them."""
    if not error.problems:
        return [f"::error title=showcase::{_data(error.message)}"]
    lines = []
    for problem in error.problems:
        where = [f"file={_property(_workspace_relative(problem.file))}"]
        if problem.line is not None:
            where += [f"line={problem.line}", f"col={problem.column or 1}"]
        message = f"{problem.path}: {problem.message}" if problem.path else problem.message
        lines.append(f"::error {','.join(where)},title=showcase::{_data(message)}")
    return lines


def write_summary(markdown: str) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(markdown)


def job_summary(written: list[str], deleted: list[str], why: list[str]) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY."""
    if not written and not deleted:
        return "### showcase\n\nNothing changed: no file rewritten, nothing to commit.\n"
    lines = ["### showcase", ""]
    if why:
        lines += ["Why:", "", *(f"- {reason}" for reason in why), ""]
    lines += ["Files:", "", *(f"- wrote `{path}`" for path in written), *(f"- removed `{path}`" for path in deleted)]
    return "\n".join(lines) + "\n"


def _workspace_relative(file: str) -> str:
    """Annotations attach to paths relative to the checkout."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    path = Path(file)
    if workspace and path.is_absolute() and path.is_relative_to(workspace):
        return path.relative_to(workspace).as_posix()
    return path.as_posix()


def _data(text: str) -> str:
    # GitHub's escaping for a command's message; then nothing the server sent can end the line.
    return clean(str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
