"""The run's warning and error lines on stderr, each file named as the reports name it."""

from __future__ import annotations

import os
from collections.abc import Sequence

from linter.cli.check_output import shown_path
from linter.cli.output import say
from linter.errors import HealthlintError, each_error


def say_run_problems(warnings: Sequence[str], errors: Sequence[Exception]) -> None:
    """A run's warning and error lines on stderr, each file named as the reports name it
    (`healthlint check` walks `.`: `./a.md` and `$PWD/a.md` are both `a.md`)."""
    here = os.getcwd()
    for warning in warnings:
        say(f"warning: {_shown_prefix(warning, here)}", err=True)
    for error in errors:
        for each in each_error(error) if isinstance(error, HealthlintError) else [error]:
            text = str(each)
            if isinstance(each, HealthlintError) and each.path and text.startswith(each.path):
                text = f"{shown_path(each.path, here)}{text[len(each.path) :]}"
            say(text, err=True)


def _shown_prefix(line: str, here: str) -> str:
    """A warning line (it opens with its file's path) with the path as reports show it."""
    if line.startswith("./"):
        return line[2:].lstrip("/")
    if line.startswith(here.rstrip(os.sep) + os.sep):
        return line[len(here.rstrip(os.sep)) + 1 :]
    return line
