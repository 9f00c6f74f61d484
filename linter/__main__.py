"""`python -m linter` runs the healthlint command."""

from linter.cli import run

run()
