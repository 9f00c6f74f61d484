"""The `healthlint` command line: click commands that parse options and call the API."""

from linter.cli.main import main, run

__all__ = ["main", "run"]
