"""`healthlint audit`: a report on a whole site, with the claim inventory."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, NoReturn

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
from linter.cli.output import displayable, say, say_error
from linter.cli.problems import say_run_problems


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
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Leave out the findings this baseline file records (written by check --write-baseline).",
)
@click.option(
    "--link-template",
    metavar="URL",
    help="Link file locations to a web view: {path} and {line} are filled in, e.g. "
    "'https://github.com/o/r/blob/main/{path}#L{line}'.",
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
def audit(
    paths: tuple[str, ...],
    output: str,
    baseline: str | None,
    link_template: str | None,
    scheduler: str | None,
    **options: Any,
) -> None:
    """Audit a whole site: write a report with totals, findings and the claim inventory."""
    from linter.report.audit import AUDIT_FORMATS, summary_line
    from linter.run import baseline as baselines
    from linter.run.audit import (
        apply_baseline,
        audit_paths,
        check_writable,
        write_html,
        write_report,
    )

    suffix = Path(output).suffix.lower()
    render = AUDIT_FORMATS.get(suffix)
    if render is None:
        raise click.BadParameter(
            f"{output!r} must end in {', '.join(AUDIT_FORMATS)}", param_hint="'-o' / '--output'"
        )
    if link_template is not None and (
        not link_template.startswith(("https://", "http://")) or "{path}" not in link_template
    ):
        raise click.BadParameter(
            "must be an http(s) URL with {path} (and optionally {line}) in it",
            param_hint="'--link-template'",
        )
    check_writable(Path(output))  # before the run, not after it
    known = baselines.load_baseline(Path(baseline)) if baseline else None
    overrides = overrides_from(options)
    if scheduler is not None:  # linter.distributed: shards in OUT's results folder
        _audit_on_cluster(paths, output, overrides, scheduler, known, baseline, link_template)
    bar = _ProgressBar() if sys.stderr.isatty() else None
    try:
        result = audit_paths(paths or ["."], overrides, progress=bar)
    finally:
        if bar is not None:
            bar.finish()
    if known is not None and baseline is not None:
        apply_baseline(result, known, baseline)
    say_run_problems(result.warnings, result.errors)
    shown = displayable_audit(result)
    if suffix in (".html", ".htm"):
        run = shown.run(link_template, file_base=_file_base(Path(output)))
        write_html(Path(output), shown.per_file(), run)
    else:
        write_report(Path(output), render(shown))
    say(summary_line(result, output))
    if result.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if result.failing() else EXIT_CLEAN)


def _audit_on_cluster(
    paths: tuple[str, ...],
    output: str,
    overrides: Any,
    scheduler: str,
    known: Any,
    baseline: str | None,
    link_template: str | None,
) -> NoReturn:
    """The audit on a Dask cluster; the report streamed from its shards (never the whole
    result in memory), equal to the one written without --scheduler. Exits as audit does."""
    from linter.distributed.audit import run_on_cluster
    from linter.distributed.report import Baseline, write_streamed

    run = run_on_cluster(paths, overrides, scheduler, output, say=_stderr)
    written = write_streamed(
        Path(output),
        run,
        baseline=Baseline(known, baseline) if known is not None and baseline else None,
        link_template=link_template,
        file_base=_file_base(Path(output)),
    )
    for warning in written.warnings:
        say(f"warning: {warning}", err=True)
    for error in written.errors:
        say_error(error)
    say(written.summary_line(output))
    if written.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if written.failing else EXIT_CLEAN)


def _file_base(output: Path) -> str:
    """The way from the report's folder to the current folder (audited paths are relative)."""
    import os

    way = os.path.relpath(".", os.path.abspath(output.parent)).replace(os.sep, "/")
    return "" if way == "." else way + "/"


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
