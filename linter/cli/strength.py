"""`healthlint strength`: the claim strength of each stdin line, as JSON Lines."""

from __future__ import annotations

import sys
from typing import Any

import click

from linter.cli.options import EXIT_ERROR, reports_errors
from linter.cli.output import say


@click.command()
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
@click.option(
    "--probabilities",
    is_flag=True,
    help="Add the model's probability of each level (none, correlational, conditional, direct).",
)
@reports_errors
def strength(batch_size: int, negated: str, rules_only: bool, probabilities: bool) -> None:
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

    if probabilities and rules_only:
        raise click.UsageError("--probabilities comes from the model: not with --rules-only")
    with click.open_file("-", "rb") as stdin:
        results = strength_of_lines(
            lines(stdin),
            batch_size=batch_size,
            negated=negated,
            model=not rules_only,
            probabilities=probabilities,
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
