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
    say_error,
    terminate_on_sigterm,
)
from linter.nlp.spacy_import import defer_spacy_cli
from linter.report import FORMATTERS
from linter.version import __version__

# The command line never uses spaCy's own; 0.2 s of every cold run (see linter/nlp/spacy_import.py).
defer_spacy_cli()
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
    from linter.cli.fix import apply_fixes, show_diff
    from linter.report import RunInfo
    from linter.run import baseline as baselines
    from linter.run.session import LintResult, Session

    outputs = out.parse_outputs(output_format, fmt, FORMATTERS)
    out.check_writable(outputs)
    session = Session(overrides_from(options))
    config = session.config_for(".")
    session.engine_for(config)  # a bad config or rule id stops here, with exit 2
    read_from = baselines.baseline_path(baseline, config, writing=bool(write_baseline))
    known = baselines.load_baseline(read_from) if read_from else None
    if (fix or diff) and "-" in paths:
        raise click.UsageError("--fix and --diff work on files, not on standard input")
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
    if write_baseline:
        roots = baselines.root_finder(session.config_for, Path(write_baseline))
        count = baselines.write_baseline(Path(write_baseline), result.findings, roots)
        if not quiet:
            say(f"recorded {count} finding{'s' * (count != 1)} in {write_baseline}", err=True)
        result.findings = []
    elif known is not None and read_from is not None:
        roots = baselines.root_finder(session.config_for, read_from)
        result.findings = baselines.new_findings(result.findings, known, roots)
    if diff:
        sys.exit(show_diff(result))
    if fix:
        apply_fixes(session, result)
    for warning in result.warnings:
        say(f"warning: {warning}", err=True)
    for error in result.errors:
        say_error(error)
    findings = displayable(out.shown_findings(result.findings))  # escaped after, not before
    run = RunInfo(
        files=result.files,
        rules=session.rules(),
        version=__version__,
        problems=out.problems_of(result.errors),
        links=out.registry_links(session, findings),
        color=out.use_color(color, sys.stdout),
        quiet=quiet,
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

    known = load_rules()
    check_rule_ids([rule_id], known)
    click.echo(render_docs(known[rule_id]))


@main.group()
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
    from linter.errors import ConfigError
    from linter.registry.entries import load_registry
    from linter.registry.show import render_entry

    registry = load_registry([Path(p) for p in extra])
    if entry_id not in registry.entries:
        raise ConfigError(None, f"no registry entry {entry_id!r} (see: healthlint claims list)")
    # A user's registry file is content too: each line printed as a line, nothing forged.
    for line in render_entry(registry.entries[entry_id]).split("\n"):
        say(line)


@main.command()
@click.option("--batch-size", default=512, show_default=True, help="Sentences per spaCy batch.")
@click.option(
    "--negated",
    type=click.Choice(["keep", "none"]),
    default="keep",
    show_default=True,
    help="A negated claim ('did not reduce') keeps its level, or counts as none.",
)
@click.option(
    "--rules-only",
    is_flag=True,
    help="The rule classifier alone, without the learned model.",
)
@reports_errors
def strength(batch_size: int, negated: str, rules_only: bool) -> None:
    """Claim strength of each stdin line (one sentence a line), as one JSON object a line."""
    import json

    from linter.cli.output import emit_bytes
    from linter.nlp.strength import strength_of_lines

    # Bytes in and out: a line ends at "\n" only, and the output is UTF-8 whatever the locale.
    # A line longer than spaCy takes (or than a sentence could be) is answered with an error
    # object in its place, the later lines are still scored, and the exit code is 2.
    too_long: list[int] = []
    failed: list[int] = []

    def lines(stdin: Any) -> Any:
        for number, raw in enumerate(_capped_lines(stdin, MAX_STRENGTH_LINE), 1):
            if raw is None:
                too_long.append(number)
                yield ""
            else:
                yield raw.decode("utf-8", "replace").rstrip("\r\n")

    with click.open_file("-", "rb") as stdin:
        results = strength_of_lines(
            lines(stdin), batch_size=batch_size, negated=negated, model=not rules_only
        )
        for number, result in enumerate(results, 1):
            if too_long and too_long[0] == number:
                too_long.pop(0)
                message = f"stdin:{number}: longer than {MAX_STRENGTH_LINE} bytes; not scored"
                say(message, err=True)
                result = {"text": None, "strength": None, "cues": [], "error": message}
                failed.append(number)
            emit_bytes(json.dumps(result, ensure_ascii=False).encode("utf-8") + b"\n")
    if failed:
        sys.exit(EXIT_ERROR)


# spaCy refuses a text over 1,000,000 characters (E088); no sentence is a tenth of that.
MAX_STRENGTH_LINE = 100_000


def _capped_lines(stream: Any, limit: int) -> Any:
    """Each line of a binary stream, or None for a line over `limit` bytes (read, not kept)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):  # the rest of the long line, a piece at a time
            line = stream.readline(limit)
        yield None


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
        from linter.lsp.server import serve
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

main.add_command(audit)


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
