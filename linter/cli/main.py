"""The `healthlint` command: parses options, calls the API, returns an exit code."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any

import click

from linter.cli.options import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    cache_options,
    given_on_command_line,
    output_options,
    overrides_from,
    reports_errors,
    run_options,
)
from linter.cli.output import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    OutputClosed,
    displayable,
    say,
    terminate_on_sigterm,
)
from linter.cli.problems import say_run_problems
from linter.nlp.spacy_import import defer_spacy_cli
from linter.report import FORMATTERS
from linter.run import startup
from linter.version import __version__

# The command line never uses spaCy's own; 0.2 s of every cold run (see linter/nlp/spacy_import.py).
defer_spacy_cli()
# Regular expressions compiled by an earlier run come from a file, as .pyc files do: 0.9 s of
# CPU in a cold check of one article (see linter/nlp/regex_cache.py).
startup.install()
# numpy, which spaCy imports, starts OpenBLAS's pool of threads as it loads: 0.15 s of CPU and
# 0.04 s of wall time in every cold run, for matrix code the blank pipeline never calls (and
# with --jobs, a pool per worker). A user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="healthlint")
def main() -> None:
    """healthlint: a fact-checking linter for health writing."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATTERS)),
    default="text",
    show_default=True,
    help="The report on standard output (text: each finding with its words and suggestion).",
)
@output_options
@run_options
@click.option(
    "--stdin-filename",
    default=None,
    help="Name (and so format) for text read from '-' (default: stdin.md, or stdin.html when "
    "the text begins as an HTML document does).",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Report only findings that this baseline file does not record.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="Record every current finding in this file (and exit 0).",
)
@click.option("--fix", is_flag=True, help="Apply safe, mechanical fixes (registry source links).")
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff; change nothing.")
@cache_options
@reports_errors
def check(
    paths: tuple[str, ...],
    fmt: str,
    stdin_filename: str | None,
    baseline: str | None,
    write_baseline: str | None,
    fix: bool,
    diff: bool,
    output_format: tuple[str, ...],
    color: str,
    quiet: bool,
    statistics: bool,
    **options: Any,
) -> None:
    """Check health articles (Markdown, HTML, text) for unsupported claims."""
    from linter.cli import check_output as out
    from linter.cli.baseline import BaselineRun
    from linter.cli.fix import apply_fixes, show_diff
    from linter.report import RunInfo
    from linter.run import baseline as baselines
    from linter.run.session import LintResult, Session

    outputs = out.parse_outputs(output_format, fmt, FORMATTERS, given_on_command_line("fmt"))
    out.check_writable(outputs)
    session = Session(overrides_from(options))
    config = session.config_for(".")
    session.engine_for(config)  # a bad config or rule id stops here, with exit 2
    read_from = baselines.baseline_path(baseline, config, writing=bool(write_baseline))
    known = baselines.load_entries(read_from) if read_from else None
    if (fix or diff) and "-" in paths:
        raise click.UsageError("--fix and --diff work on files, not on standard input")
    kept = BaselineRun(session, known, read_from, write_baseline)
    result = LintResult()
    if "-" in paths:
        from linter.cli.stdin import stdin_document

        name, data = stdin_document(stdin_filename)
        result.merge(session.lint_document_bytes(name, data))
    named = [p for p in paths if p != "-"] if paths else ["."]
    if named:
        bar = out.CheckProgress() if out.wants_progress(quiet) else None
        try:
            result.merge(session.lint_paths(named, progress=bar))
        finally:
            if bar is not None:
                bar.finish()
    result.findings.sort()
    kept.record(quiet)
    if diff:
        sys.exit(show_diff(result))
    if fix:
        apply_fixes(session, result)
    say_run_problems(result.warnings, result.errors)
    fixed_note = kept.fixed_note()  # after --fix: what it fixed is fixed
    if fixed_note and not quiet:
        say(fixed_note, err=True)
    findings = displayable(out.shown_findings(result.findings))  # escaped after, not before
    run = RunInfo(
        files=result.files,
        rules=session.rules(),
        version=__version__,
        problems=out.problems_of(result.errors),
        links=out.registry_links(session, findings),
        color=out.use_color(color, sys.stdout),
        quiet=quiet or bool(write_baseline),  # not "No problems found": they were recorded
    )
    out.write_outputs(outputs, findings, run, statistics)
    if result.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if result.failing() else EXIT_CLEAN)


@main.group()
def rules() -> None:
    """List the rules or explain one."""


@rules.command("list")
@click.option("--markdown", is_flag=True, help="Print the README's rule table.")
@reports_errors
def rules_list(markdown: bool) -> None:
    """Every rule: id, default level, and what it flags."""
    from linter.checks.rules import load_rules, markdown_table

    if markdown:
        click.echo(markdown_table(load_rules()), nl=False)
        return
    for rule in load_rules().values():
        what = " ".join(str(rule.docs["what"]).split())
        short = what if len(what) <= 72 else what[:71].rsplit(" ", 1)[0] + " …"
        click.echo(f"{rule.id:<25} {rule.level!s:<8} {short}")


@rules.command("explain")
@click.argument("rule_id")
@reports_errors
def rules_explain(rule_id: str) -> None:
    """What a rule flags, why it matters, how to fix it, and examples."""
    from linter.checks.rules import check_rule_ids, load_rules, render_docs
    from linter.report.run_info import INPUT_ERROR, INPUT_ERROR_DOCS

    if rule_id == INPUT_ERROR:  # the reports name it as a rule: a CI user looks it up so
        click.echo(INPUT_ERROR_DOCS)
        return
    known = load_rules()
    check_rule_ids([rule_id], known)
    click.echo(render_docs(known[rule_id]))


@main.command()
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@reports_errors
def init(force: bool) -> None:
    """Write a commented .healthlint.yaml and an example registry file here."""
    from linter.config.starter import STARTER_CLAIMS, STARTER_CONFIG
    from linter.errors import ConfigError

    files = {
        Path(".healthlint.yaml"): STARTER_CONFIG,
        Path("healthlint-claims.yaml"): STARTER_CLAIMS,
    }
    existing = [str(p) for p in files if p.exists()]
    if existing and not force:
        raise ConfigError(existing[0], "already exists (use --force to overwrite)")
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        click.echo(f"wrote {path}")


@main.command()
@click.option("--stdio", is_flag=True, help="Talk over stdin/stdout (the default and only way).")
def server(stdio: bool) -> None:
    """The language server for editors (LSP over stdin and stdout); see the README."""
    try:
        from linter.lsp.features import serve
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("pygls", "lsprotocol", "cattrs", "attrs"):
            raise
        click.echo(
            "healthlint server needs the server extra: pip install 'healthlint[server]'", err=True
        )
        sys.exit(EXIT_ERROR)
    sys.exit(serve())


# Commands in their own modules, registered here so that `healthlint` is one group.
from linter.cli.audit import audit  # noqa: E402
from linter.cli.claims import claims  # noqa: E402
from linter.cli.strength import strength  # noqa: E402

main.add_command(audit)
main.add_command(claims)
main.add_command(strength)


def run() -> None:
    """The console script: `main`, then leave without tearing the interpreter down.

    Freeing spaCy's tables and every module one by one at exit takes 0.15 s of a 1 s run, and
    the operating system frees the memory anyway. Output is flushed first; nothing healthlint
    does relies on exit handlers (worker pools are shut down inside `main`). Ctrl-C exits 130
    and SIGTERM 143, as a shell reports them, after the same clean-up as any error (temp files
    removed, workers stopped); a report that could not be written exits 2 with one line.
    """
    from linter.cli.output import OutputFailed, Terminated

    terminate_on_sigterm()
    try:
        code = _main()
    except OutputClosed:  # "| head": the reader has what it wanted
        code = EXIT_FINDINGS
    except OutputFailed as exc:
        say(f"healthlint: {exc.message}", err=True)
        code = EXIT_ERROR
    except Terminated:
        code = EXIT_TERMINATED
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # a closed pipe ("| head"): nothing more to say
            code = code or EXIT_FINDINGS
        except OSError as exc:  # a full disk: the report is cut short, and that is an error
            if stream is sys.stdout:
                with contextlib.suppress(OSError, ValueError):
                    sys.stderr.write(f"healthlint: cannot write the output: {exc.strerror}\n")
                    sys.stderr.flush()
                code = EXIT_ERROR
    startup.save()
    os._exit(code)


def _main() -> int:
    """`main` as click runs it, its outcome as an exit code (Ctrl-C is raised, not 1)."""
    try:
        returned = main.main(standalone_mode=False)
        return returned if isinstance(returned, int) else EXIT_CLEAN  # click's Exit(code)
    except click.exceptions.Abort as abort:
        if isinstance(abort.__cause__ or abort.__context__, KeyboardInterrupt):
            raise KeyboardInterrupt from None
        say("Aborted!", err=True)
        return EXIT_FINDINGS
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exit_:
        return exit_.exit_code
    except SystemExit as exit_:
        if isinstance(exit_.code, str):
            say(exit_.code, err=True)
        return exit_.code if isinstance(exit_.code, int) else EXIT_FINDINGS if exit_.code else 0
