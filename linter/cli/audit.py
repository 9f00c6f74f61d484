"""`healthlint audit`: a report on a whole site, with the claim inventory."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from linter.cli.options import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    cache_options,
    overrides_from,
    reports_errors,
    run_options,
)
from linter.cli.output import displayable, say


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="The report to write: .html/.htm, .md or .json (the extension picks the format).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run on a Dask cluster: local, local:N (N worker processes) or a scheduler's "
    "address (tcp://host:8786). PATHS may then be fsspec URLs (s3://, gs://, file://). "
    "Needs the dask extra.",
)
@run_options
@cache_options
@reports_errors
def audit(paths: tuple[str, ...], output: str, scheduler: str | None, **options: Any) -> None:
    """Audit a whole site: write a report with totals, findings and the claim inventory."""
    from linter.report.audit import AUDIT_FORMATS, summary_line
    from linter.run.audit import audit_paths, write_report

    render = AUDIT_FORMATS.get(Path(output).suffix.lower())
    if render is None:
        raise click.BadParameter(
            f"{output!r} must end in {', '.join(AUDIT_FORMATS)}", param_hint="'-o' / '--output'"
        )
    overrides = overrides_from(options)
    bar = _ProgressBar() if sys.stderr.isatty() else None
    try:
        if scheduler is None:
            result = audit_paths(paths or ["."], overrides, progress=bar)
        else:  # linter.distributed: results as shards in OUT's results folder
            from linter.distributed.audit import audit_on_cluster

            result = audit_on_cluster(paths, overrides, scheduler, output, say=_stderr)
    finally:
        if bar is not None:
            bar.finish()
    for warning in result.warnings:
        say(f"warning: {warning}", err=True)
    for error in result.errors:
        say(str(error), err=True)
    write_report(Path(output), render(displayable_audit(result)))
    say(summary_line(result, output))
    if result.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if result.failing() else EXIT_CLEAN)


def _stderr(text: str) -> None:
    say(text, err=True)


def displayable_audit(result: Any) -> Any:
    """The audit with every path encodable as UTF-8 (a file name's undecodable bytes as \\xNN)."""
    from dataclasses import replace

    from linter.report.safe_text import unicode_path

    shown = replace(result)
    shown.findings = displayable(result.findings)
    shown.claims = [
        c if unicode_path(c.path) == c.path else replace(c, path=unicode_path(c.path))
        for c in result.claims
    ]
    shown.paths = [unicode_path(p) for p in result.paths]
    shown.fail_on = {unicode_path(p): v for p, v in result.fail_on.items()}
    shown.digests = {unicode_path(p): v for p, v in result.digests.items()}
    return shown


class _ProgressBar:
    """A click progress bar on stderr, made when the first file is done (its length known)."""

    def __init__(self) -> None:
        self._bar: Any = None

    def __call__(self, done: int, total: int, path: str) -> None:
        if self._bar is None:
            self._bar = click.progressbar(
                length=total, label="Auditing", file=sys.stderr, show_pos=True
            )
        self._bar.update(1)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.render_finish()
