"""`check`'s baseline over one run: record the run's findings, or keep only the new ones.

Both work on each page's own findings, before boilerplate is collapsed (the session calls
`sees` with every file's result, as the cache stores it): a baseline written over the whole
site records a disclaimer's findings on every page, so a pre-commit hook that checks one of
those pages (too few files to collapse anything) finds them known, not new.

Reading a baseline also tells how many of the findings it records are gone (fixed, or their
words changed), as ESLint's bulk suppressions and PHPStan's baseline do: an entry left behind
would silently hide the same finding if it came back. What is said about either is the CLI's
(cli/baseline.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

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

    def write(self) -> int | None:
        """With --write-baseline: write every finding the run saw; how many (else None)."""
        if self.write_to is None:
            return None
        return baselines.write_baseline(self.write_to, self._everything(), self.roots)

    def fixed(self) -> int:
        """With a baseline read: how many of the findings it records are fixed (else 0)."""
        if self.write_to is not None or self.entries is None or self.read_from is None:
            return 0

        def rules_run(checked: str) -> set[str]:
            return set(self.session.engine_for(self.session.config_for(checked)).rules)

        everything = self._everything()
        return baselines.fixed_entries(self.entries, everything, self.own, rules_run, self.roots)

    def _everything(self) -> list[Finding]:
        return sorted(f for findings in self.own.values() for f in findings)
