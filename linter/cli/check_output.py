"""Where `check` writes its reports, in which formats, with colour or not, and its progress bar.

- `--output-format FMT[=FILE]` (repeatable, as markdownlint-cli2's outputFormatters): each
  format to its file, at most one to standard output; `--format` is standard output's format
  when no `--output-format` names one.
- `--color auto|always|never`: auto is colour on a terminal only, less NO_COLOR and plus
  FORCE_COLOR (no-color.org, force-color.org); an explicit `always`/`never` beats both.
  Colour is for the text formats on standard output, never in a file.
- With the github format and $GITHUB_STEP_SUMMARY set, every finding is appended there as
  Markdown (GitHub shows only about ten annotations a step).
- Paths: every format shows a file as the same path, relative to the current folder when it
  is inside it, with no leading `./` (an absolute path outside stays absolute).
- A progress bar on stderr when it is a terminal, outside CI, for runs of many files.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import click

from linter.errors import HealthlintError
from linter.findings import Finding
from linter.report.run_info import Problem, RunInfo

COLOR_CHOICES = ("auto", "always", "never")
TEXT_FORMATS = ("text", "concise")
# A bar for fewer files would flash and go: below this many, the run is quick anyway.
PROGRESS_MIN_FILES = 10


@dataclass(frozen=True)
class Output:
    """One report: a format, and the file it goes to (None: standard output)."""

    fmt: str
    path: str | None = None


def parse_outputs(
    values: Sequence[str], fmt: str, known: Iterable[str], fmt_given: bool = False
) -> list[Output]:
    """`--output-format` values (`sarif=out.sarif`, `text`) and `--format`, as Outputs.

    `fmt_given`: --format was on the command line, so it cannot silently lose standard output
    to an `--output-format` without a file (`--format github --output-format sarif`, the
    `=FILE` forgotten, would drop every annotation).
    """
    known = list(known)
    outputs: list[Output] = []
    for value in values:
        name, sep, path = value.partition("=")
        name = name.strip()
        if name not in known:
            raise click.BadParameter(
                f"unknown format {name!r} (known: {', '.join(known)})",
                param_hint="'--output-format'",
            )
        if sep and not path:
            raise click.BadParameter(f"{value!r} names no file", param_hint="'--output-format'")
        outputs.append(Output(name, path or None))
    to_stdout = [o for o in outputs if o.path is None]
    if len(to_stdout) > 1:
        names = " and ".join(o.fmt for o in to_stdout)
        raise click.UsageError(
            f"--output-format: {names} would both go to standard output; give one a file "
            "(FORMAT=FILE)"
        )
    if fmt_given and to_stdout and to_stdout[0].fmt != fmt:
        raise click.UsageError(
            f"--format {fmt} and --output-format {to_stdout[0].fmt} would both go to standard "
            f"output; give one a file (--output-format {to_stdout[0].fmt}=FILE)"
        )
    files = [o.path for o in outputs if o.path]
    for path in files:
        if files.count(path) > 1:
            raise click.UsageError(f"--output-format: two formats would write {path}")
    if not to_stdout:
        outputs.insert(0, Output(fmt))
    return outputs


def check_writable(outputs: Sequence[Output]) -> None:
    """Refuse a report that cannot be written before the run, not after it."""
    for output in outputs:
        if output.path is None:
            continue
        folder = os.path.dirname(os.path.abspath(output.path))
        if os.path.isdir(output.path):
            raise HealthlintError(output.path, "is a folder; cannot write the report there")
        if not os.path.isdir(folder):
            raise HealthlintError(output.path, "cannot write the report: no such folder")
        if not os.access(folder, os.W_OK):
            raise HealthlintError(output.path, "cannot write the report: permission denied")


def use_color(choice: str, stream: Any, environ: dict[str, str] | None = None) -> bool:
    """Whether to colour text for `stream`, as no-color.org and force-color.org say."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):  # "present and not an empty string", whatever its value
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def shown_path(path: str, here: str | None = None) -> str:
    """A path as every format shows it: relative to the current folder when inside it."""
    from linter.report.fingerprint import normalise_path

    if not path or not os.path.isabs(path):
        return normalise_path(path)
    here = here or os.getcwd()
    try:
        relative = os.path.relpath(path, here)
    except ValueError:  # another drive (Windows)
        return normalise_path(path)
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return normalise_path(path)
    return normalise_path(relative)


def shown_findings(findings: Sequence[Finding]) -> list[Finding]:
    here = os.getcwd()
    out = []
    for f in findings:
        path = shown_path(f.path, here)
        out.append(f if path == f.path else replace(f, path=path))
    return out


def problems_of(errors: Sequence[HealthlintError]) -> tuple[Problem, ...]:
    """The run's input errors as formatters take them (paths shown as findings' are)."""
    from linter.errors import each_error
    from linter.report.safe_text import unicode_path

    here = os.getcwd()
    return tuple(
        Problem(
            unicode_path(shown_path(one.path, here)) if one.path else None, one.message, one.line
        )
        for error in errors
        for one in each_error(error)
    )


def registry_links(session: Any, findings: Sequence[Finding]) -> dict[str, str]:
    """The link of each registry entry that a finding rests on: its first source's URL or DOI."""
    wanted = {f.registry_id: f.path for f in findings if f.registry_id}
    links: dict[str, str] = {}
    for entry_id, path in wanted.items():
        try:
            registry = session.registry_for(session.config_for(path))
        except HealthlintError:
            continue
        entry = registry.entries.get(entry_id) if registry is not None else None
        if entry is None:
            continue
        for source in entry.sources:
            link = _source_link(source)
            if link:
                links[entry_id] = link
                break
    return links


def _source_link(source: dict[str, Any]) -> str | None:
    if source.get("url"):
        return str(source["url"])
    if source.get("doi"):
        return f"https://doi.org/{source['doi']}"
    if source.get("pmid"):
        return f"https://pubmed.ncbi.nlm.nih.gov/{source['pmid']}/"
    return None


def render(output: Output, findings: Sequence[Finding], run: RunInfo, stats: bool) -> str:
    """One report's text. `--statistics` turns standard output's report into counts per rule."""
    from linter.report import FORMATTERS
    from linter.report.text import format_statistics

    if output.path is not None:
        run = replace(run, color=False)
    if stats and output.path is None:
        if output.fmt == "json":
            return _json_statistics(findings, run)
        return format_statistics(findings, run)
    return FORMATTERS[output.fmt](findings, run)


def render_pieces(
    output: Output, findings: Sequence[Finding], run: RunInfo, stats: bool
) -> Iterable[str]:
    """`render`'s text in pieces, a finding at a time where the format is written so (the
    join of the pieces is `render`'s text); whole otherwise."""
    from linter.report import CHUNKED

    chunked = CHUNKED.get(output.fmt)
    if chunked is None or stats or output.path is not None:
        return [render(output, findings, run, stats)]
    return chunked(findings, run)


def _json_statistics(findings: Sequence[Finding], run: RunInfo) -> str:
    import json

    from linter.report.text import statistics

    rows = [
        {"rule": rule, "count": n, "levels": levels.split(", ")}
        for rule, n, levels in statistics(findings)
    ]
    return json.dumps({"statistics": rows, "files": run.files}, indent=2) + "\n"


def write_outputs(
    outputs: Sequence[Output], findings: Sequence[Finding], run: RunInfo, stats: bool
) -> None:
    """Every report to its place: files first (atomically), then standard output."""
    from linter.cli.output import emit_pieces

    for output in outputs:
        if output.path is not None:
            from pathlib import Path

            # Here, not above: linter.run.audit brings the audit report's renderers (20 ms).
            from linter.run.audit import write_report

            write_report(Path(output.path), render(output, findings, run, stats))
    if any(o.fmt == "github" for o in outputs):
        write_step_summary(findings, run)
    for output in outputs:
        if output.path is None:
            emit_pieces(render_pieces(output, findings, run, stats))


def write_step_summary(findings: Sequence[Finding], run: RunInfo) -> None:
    """Append every finding to $GITHUB_STEP_SUMMARY as Markdown (when it is set)."""
    from linter.cli.output import say
    from linter.report.github import format_github_summary

    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as out:
            out.write(format_github_summary(findings, replace(run, color=False)))
    except OSError as exc:
        say(f"warning: {target}: cannot write the step summary: {exc.strerror or exc}", err=True)


def wants_progress(quiet: bool, stream: Any = None) -> bool:
    """A bar only for a person: stderr a terminal, not in CI, not asked to be quiet."""
    stream = stream or sys.stderr
    if quiet or os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class CheckProgress:
    """A click progress bar on stderr, made once the run knows it has many files to check."""

    def __init__(self, stream: Any = None, minimum: int = PROGRESS_MIN_FILES) -> None:
        self._bar: Any = None
        self._stream = stream or sys.stderr
        self._minimum = minimum

    def __call__(self, done: int, total: int, path: str) -> None:
        if self._bar is None:
            if total < self._minimum:
                return
            self._bar = click.progressbar(
                length=total, label="Checking", file=self._stream, show_pos=True, show_eta=True
            )
        self._bar.update(1)

    def finish(self) -> None:
        """Close the bar so that the report starts on a line of its own."""
        if self._bar is not None:
            self._bar.render_finish()
            self._bar = None
