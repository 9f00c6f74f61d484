"""Where a whole `healthlint` command spends its CPU, by sampling (py-spy is not available here).

    python bench/sample_profile.py OUT.txt check --no-cache --format json --jobs 1 FILE > /dev/null

Runs the command in this process (the linter installed beside this Python) with a SIGPROF timer
every millisecond of CPU. Each sample is weighted by the CPU spent since the one before, so a
long call into C (a regular expression, spaCy's tokenizer) counts in full for the Python frame
that made it, where cProfile would inflate every Python call instead (a check of the 1.2 MB
file takes 20 s under cProfile, 8 s here against 7.5 s without). Writes to OUT.txt each
function's inclusive CPU (its own and that of what it called), the lines of linter code that
were running, and the innermost frames. Forked children are not sampled (their timer is not
inherited): profile `--jobs 1`.
"""

from __future__ import annotations

import collections
import os
import signal
import sys
import time
from types import FrameType

INTERVAL = 0.001


def main() -> None:
    out, command = sys.argv[1], sys.argv[2:]
    inclusive: collections.Counter[str] = collections.Counter()
    lines: collections.Counter[str] = collections.Counter()
    leaf: collections.Counter[str] = collections.Counter()
    last = [time.process_time(), 0.0]  # the previous sample's CPU time, the total

    def name(frame: FrameType) -> str:
        code = frame.f_code
        where = code.co_filename.split("site-packages/")[-1]
        return f"{where}:{code.co_firstlineno}({code.co_name})"

    def sample(signum: int, frame: FrameType | None) -> None:
        now = time.process_time()
        weight, last[0] = now - last[0], now
        last[1] += weight
        seen = set()
        at = frame
        while at is not None and "linter/" not in at.f_code.co_filename:
            at = at.f_back
        if at is not None:
            lines[f"{name(at)}:{at.f_lineno}"] += weight
        if frame is not None:
            leaf[name(frame)] += weight
        while frame is not None:
            key = name(frame)
            if key not in seen:
                inclusive[key] += weight
                seen.add(key)
            frame = frame.f_back

    def report(code: int) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        total = last[1] or 1.0
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(f"{total:.2f} CPU s sampled\n")
            for title, counts, rows in (
                ("inclusive", inclusive, 150),
                ("lines", lines, 100),
                ("leaf", leaf, 60),
            ):
                fh.write(f"== {title} ==\n")
                for key, spent in counts.most_common(rows):
                    fh.write(f"{spent:7.2f}s {100 * spent / total:5.1f}% {key}\n")
        real_exit(code)

    # The command line leaves through os._exit (linter/cli/main.py): write the report first.
    real_exit = os._exit
    os._exit = report  # type: ignore[assignment]
    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    sys.argv = ["healthlint", *command]
    from linter.cli import run

    run()


if __name__ == "__main__":
    main()
