"""`check`'s baseline: record the run's findings, or report only the new ones.

Both work on each page's own findings, before boilerplate is collapsed (the session calls
`sees` with every file's result, as the cache stores it): a baseline written over the whole
site records a disclaimer's findings on every page, so a pre-commit hook that checks one of
those pages (too few files to collapse anything) finds them known, not new.

Reading a baseline also says how many of the findings it records are gone (fixed, or their
words changed), as ESLint's bulk suppressions and PHPStan's baseline do: an entry left behind
would silently hide the same finding if it came back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from linter.cli.check_output import shown_path
from linter.cli.output import say
from linter.run import baseline as baselines

if TYPE_CHECKING:
    from linter.findings import Finding
    from linter.run.checker import Checked
    from linter.run.session import Session


class BaselineRun:
    """The baseline side of one `check` run: `--write-baseline`, or a baseline to compare."""

    def __init__(
        self,
        session: Session,
        entries: Sequence[baselines.Entry] | None,
        read_from: Path | None,
        write_to: str | None,
    ) -> None:
        self.session = session
        self.entries = entries
        self.read_from = read_from
        self.write_to = Path(write_to) if write_to else None
        self.own: dict[str, list[Finding]] = {}  # each file checked to its end: its findings
        if self.write_to is not None:
            self.roots = baselines.root_finder(session.config_for, self.write_to)
        elif read_from is not None and entries is not None:
            self.roots = baselines.root_finder(session.config_for, read_from)
            self.known = Counter(e.fingerprint for e in entries)
        else:
            return
        session.before_collapse = self.sees

    def sees(self, results: list[Checked]) -> None:
        """Every file's own findings: kept for the end, and only the new ones left to report."""
        for one in results:
            if one.digest is None or not one.result.ok:  # not read, or not to its end
                continue
            findings = list(one.result.findings)
            self.own[one.path] = findings  # a file fixed and checked again: its last findings
            if self.write_to is not None:
                new: list[Finding] = []  # recorded, not reported
            else:
                new = baselines.new_findings(findings, self.known, self.roots)
            one.result = replace(one.result, findings=new)

    def record(self, quiet: bool) -> None:
        """With --write-baseline: write every finding the run saw (and say how many)."""
        if self.write_to is None:
            return
        count = baselines.write_baseline(self.write_to, self._everything(), self.roots)
        if not quiet:
            say(f"recorded {count} finding{'s' * (count != 1)} in {self.write_to}", err=True)

    def fixed_note(self) -> str | None:
        """With a baseline read: the line that says how many recorded findings are fixed."""
        if self.write_to is not None or self.entries is None or self.read_from is None:
            return None

        def rules_run(checked: str) -> set[str]:
            return set(self.session.engine_for(self.session.config_for(checked)).rules)

        everything = self._everything()
        fixed = baselines.fixed_entries(self.entries, everything, self.own, rules_run, self.roots)
        shown = Path(shown_path(str(self.read_from)))
        return baselines.fixed_note(fixed, shown) if fixed else None

    def _everything(self) -> list[Finding]:
        return sorted(f for findings in self.own.values() for f in findings)
