"""What `check` says about its baseline (the logic is linter/run/baseline_run.py)."""

from __future__ import annotations

from pathlib import Path

from linter.cli.check_output import shown_path
from linter.cli.output import say
from linter.run import baseline as baselines
from linter.run import baseline_run


class BaselineRun(baseline_run.BaselineRun):
    """The run's baseline, with the lines `check` prints about it."""

    def record(self, quiet: bool) -> None:
        """With --write-baseline: write every finding the run saw (and say how many)."""
        count = self.write()
        if count is not None and not quiet:
            say(f"recorded {count} finding{'s' * (count != 1)} in {self.write_to}", err=True)

    def fixed_note(self) -> str | None:
        """With a baseline read: the line that says how many recorded findings are fixed."""
        fixed = self.fixed()
        if not fixed or self.read_from is None:
            return None
        return baselines.fixed_note(fixed, Path(shown_path(str(self.read_from))))
