"""Options `check` and `audit` share, as one decorator, and the Overrides they make."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from linter.cli.output import OutputClosed, say, say_error
from linter.findings import FAIL_ON

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
Command = Callable[..., Any]


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a HealthlintError into one line on stderr and exit 2 (a traceback with --debug)."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from linter.errors import HealthlintError

        try:
            return command(*args, **kwargs)
        except HealthlintError as exc:
            from linter.cli.output import OutputFailed

            if isinstance(exc, OutputFailed):
                raise  # the command line's own exit: said once, exit 2
            if kwargs.get("debug"):
                traceback.print_exc()
            say_error(exc)
            sys.exit(EXIT_ERROR)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except OutputClosed:  # "| head" while the report is written: quiet, as `main` says
            raise
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                raise OutputClosed from None
            if kwargs.get("debug"):
                traceback.print_exc()
            say(f"healthlint: {exc.strerror or exc} (--debug shows where)", err=True)
            sys.exit(EXIT_ERROR)
        except Exception as exc:  # a bug: still one line and exit 2, the traceback on request
            if kwargs.get("debug"):
                traceback.print_exc()
            name = type(exc).__name__
            say(f"healthlint: internal error: {name}: {exc} (--debug shows where)", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper


def rule_ids(values: tuple[str, ...]) -> list[str]:
    """--select a,b --select c -> [a, b, c]."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


_SHARED = (
    click.option(
        "--fail-on",
        type=click.Choice(FAIL_ON),
        default=None,
        help="Exit 1 when a finding is at or above this level (default: the config's, or warning).",
    ),
    click.option(
        "--select", multiple=True, help="Only these rule ids (comma-separated, repeatable)."
    ),
    click.option(
        "--ignore", multiple=True, help="Skip these rule ids (comma-separated, repeatable)."
    ),
    click.option(
        "--config",
        type=click.Path(dir_okay=False),
        help="Use this config file for every file (default: the nearest .healthlint.yaml).",
    ),
    click.option(
        "--model", default=None, help="An installed spaCy pipeline instead of blank English."
    ),
    click.option(
        "--claims",
        "claims",
        multiple=True,
        type=click.Path(),
        help="A registry file of sourced claims to add (repeatable).",
    ),
    click.option("--no-builtin-claims", is_flag=True, help="Do not use the bundled registry."),
    click.option(
        "--no-exclude",
        is_flag=True,
        help="Check named files and walk folders whatever the config's include/exclude say.",
    ),
    click.option("--debug", is_flag=True, help="Show tracebacks of internal errors."),
)


_CACHE_AND_JOBS = (
    click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=0),
        default=0,
        show_default=True,
        help="Worker processes (0: one per idle CPU, so never more than the machine has free; "
        "1: check in this process).",
    ),
    click.option("--no-cache", is_flag=True, help="Neither read nor write the cache of results."),
    click.option(
        "--cache-dir",
        type=click.Path(),  # one that is not a folder is a warning, not a refusal of the run
        envvar="HEALTHLINT_CACHE_DIR",
        show_envvar=True,
        help="Where the cache of results lives (default: ~/.cache/healthlint or $XDG_CACHE_HOME).",
    ),
)


def _add(
    options: tuple[Callable[..., Any], ...], command: Callable[..., Any]
) -> Callable[..., Any]:
    for option in reversed(options):
        command = option(command)
    return command


def run_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options every command that checks files takes."""
    return _add(_SHARED, command)


def cache_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --jobs, --no-cache and --cache-dir (how files are checked, not what is found)."""
    return _add(_CACHE_AND_JOBS, command)


_OUTPUT = (
    click.option(
        "--output-format",
        "output_format",
        multiple=True,
        metavar="FORMAT[=FILE]",
        help="A report in FORMAT, to FILE or to standard output (repeatable): "
        "--output-format sarif=out.sarif --output-format text. Formats as --format's.",
    ),
    click.option(
        "--color",
        type=click.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="Colour the text report: auto is a terminal only, less NO_COLOR, plus FORCE_COLOR.",
    ),
    click.option(
        "-q", "--quiet", is_flag=True, help="Only the findings: no summary line, no progress bar."
    ),
    click.option(
        "--statistics",
        is_flag=True,
        help="Counts per rule instead of the findings on standard output (files keep them all).",
    ),
)


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --output-format, --color, --quiet and --statistics (how `check` reports)."""
    return _add(_OUTPUT, command)


def overrides_from(options: dict[str, Any]) -> Any:
    """The Overrides that the shared options and the cache options ask for."""
    from linter.run.settings import Overrides

    return Overrides(
        select=tuple(rule_ids(options["select"])) or None,
        ignore=tuple(rule_ids(options["ignore"])),
        claims=tuple(Path(c) for c in options["claims"]),
        builtin_claims=False if options["no_builtin_claims"] else None,
        fail_on=options["fail_on"],
        model=options["model"],
        config=Path(options["config"]) if options["config"] else None,
        jobs=options["jobs"],
        use_cache=not options["no_cache"],
        cache_dir=Path(options["cache_dir"]) if options["cache_dir"] else None,
        no_exclude=bool(options.get("no_exclude")),
    )


def given_on_command_line(parameter: str) -> bool:
    """Whether the running command's `parameter` was typed, not left at its default."""
    from click.core import ParameterSource

    source = click.get_current_context().get_parameter_source(parameter)
    return source is ParameterSource.COMMANDLINE
