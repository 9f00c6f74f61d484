"""CPU of the main process and of its forked children, `--jobs 1` against `--jobs 2`, on one file.

    python bench/split_cpu.py [FILE] [--runs 3]

On a machine that others load, wall times say little about what a second process gains. The
main process's own CPU time does: with a free core for the child, a run takes about that long
(plus any wait for the child). This runs `healthlint check --format json --no-cache` on FILE
(default: the 1.2 MB file of bench/perf.py) in a new Python process, each --jobs in turn, and
prints the medians of that process's CPU (RUSAGE_SELF), its children's (RUSAGE_CHILDREN: the
forked halves) and the wall time. It checks that both give the same bytes. Uses the linter
installed beside the Python that runs it.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import file_and_runs

CHILD = r"""
import resource, sys
from linter.cli import main
try:
    main(sys.argv[1:], prog_name="healthlint")
except SystemExit:
    pass
mine = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write("\nCPU " + repr([mine.ru_utime + mine.ru_stime, kids.ru_utime + kids.ru_stime]))
"""


def once(file: Path, jobs: str) -> tuple[float, float, float, str]:
    """Wall s, the main process's CPU s, its children's CPU s, and the output."""
    args = ["check", "--format", "json", "--no-cache", "--fail-on", "never", "--jobs", jobs]
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, *args, str(file)], capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - start
    line = proc.stderr.rsplit("\nCPU ", 1)
    if len(line) != 2:
        sys.exit(f"healthlint failed: {proc.stderr[-2000:]}")
    mine, kids = json.loads(line[1])
    return wall, mine, kids, proc.stdout


def main() -> None:
    args = file_and_runs(__doc__)
    runs: dict[str, list[tuple[float, float, float, str]]] = {"1": [], "2": []}
    for _ in range(args.runs):
        for jobs, done in runs.items():  # taking turns: the load falls on both alike
            done.append(once(args.file, jobs))
    outputs = {run[3] for done in runs.values() for run in done}
    print(f"{args.file.name}: medians of {args.runs} (s); same output: {len(outputs) == 1}")
    for jobs, done in runs.items():
        wall, mine, kids = (statistics.median(run[k] for run in done) for k in range(3))
        print(
            f"  --jobs {jobs}: wall {wall:6.2f}  main process CPU {mine:6.2f}  children {kids:6.2f}"
        )


if __name__ == "__main__":
    main()
