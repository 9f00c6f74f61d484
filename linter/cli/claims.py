"""`healthlint claims`: validate, list and show the registry of sourced claims."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from linter.cli.options import EXIT_ERROR, reports_errors
from linter.cli.output import say


@click.group()
def claims() -> None:
    """Validate, list and show the registry of sourced claims."""


@claims.command("validate")
@click.argument("files", nargs=-1, type=click.Path())
def claims_validate(files: tuple[str, ...]) -> None:
    """Check registry files (default: the bundled registry); every problem as file:line."""
    from linter.registry.entries import builtin_files, validate_files

    paths = [Path(f) for f in files] or builtin_files()
    entries, problems = validate_files(paths)
    for problem in problems:
        say(str(problem), err=True)
    if problems:
        sys.exit(EXIT_ERROR)
    click.echo(f"{len(entries)} entries in {len(paths)} file{'s' * (len(paths) != 1)}: valid.")


@claims.command("list")
@click.option("--claims", "extra", multiple=True, type=click.Path(), help="Add a registry file.")
@reports_errors
def claims_list(extra: tuple[str, ...]) -> None:
    """One line an entry: id, evidence level, max strength, statement."""
    from linter.registry.entries import load_registry

    for entry in load_registry([Path(p) for p in extra]).entries.values():
        statement = entry.statement if len(entry.statement) <= 70 else entry.statement[:69] + "…"
        say(f"{entry.id:<40} {entry.evidence_level:<18} {entry.max_strength:<13} {statement}")


@claims.command("show")
@click.argument("entry_id")
@click.option("--claims", "extra", multiple=True, type=click.Path(), help="Add a registry file.")
@reports_errors
def claims_show(entry_id: str, extra: tuple[str, ...]) -> None:
    """Everything the registry holds about one entry."""
    from linter.errors import ConfigError, did_you_mean
    from linter.registry.entries import load_registry
    from linter.registry.show import render_entry

    registry = load_registry([Path(p) for p in extra])
    if entry_id not in registry.entries:
        hint = did_you_mean(entry_id, registry.entries)  # as a misspelt rule id gets
        message = f"no registry entry {entry_id!r}{hint} (see: healthlint claims list)"
        raise ConfigError(None, message)
    # A user's registry file is content too: each line printed as a line, nothing forged.
    for line in render_entry(registry.entries[entry_id]).split("\n"):
        say(line)
