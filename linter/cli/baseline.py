"""`check`'s baseline: record the run's findings, or report only the new ones.

Reading a baseline also says how many of the findings it records are gone (fixed, or their
words changed), as ESLint's bulk suppressions and PHPStan's baseline do: an entry left behind
would silently hide the same finding if it came back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from linter.cli.check_output import shown_path
from linter.cli.output import say
from linter.run import baseline as baselines

if TYPE_CHECKING:
    from linter.run.session import LintResult, Session


def record(session: Session, result: LintResult, path: str, quiet: bool) -> None:
    """Write every finding of the run to `path`; none is reported."""
    roots = baselines.root_finder(session.config_for, Path(path))
    count = baselines.write_baseline(Path(path), result.findings, roots)
    if not quiet:
        say(f"recorded {count} finding{'s' * (count != 1)} in {path}", err=True)
    result.findings = []


def compare(
    session: Session, result: LintResult, entries: Sequence[baselines.Entry], path: Path
) -> str | None:
    """Keep the findings the baseline does not record; the line about fixed ones, if any."""
    roots = baselines.root_finder(session.config_for, path)

    def rules_run(checked: str) -> set[str]:
        return set(session.engine_for(session.config_for(checked)).rules)

    fixed = baselines.fixed_entries(entries, result.findings, result.digests, rules_run, roots)
    known = Counter(e.fingerprint for e in entries)
    result.findings = baselines.new_findings(result.findings, known, roots)
    return baselines.fixed_note(fixed, Path(shown_path(str(path)))) if fixed else None
