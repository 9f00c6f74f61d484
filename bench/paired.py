"""Two installations of healthlint (and proselint) on the same files, in turns: before/after.

    python bench/paired.py BEFORE_BIN AFTER_BIN FILE_OR_DIR ... [--runs 3] [--jobs 1]
                           [--proselint PROSELINT]

BEFORE_BIN and AFTER_BIN are the `healthlint` executables of two virtual environments (each a
non-editable install of one commit). Each round runs `check --no-cache --format json --jobs N`
of every path with each of them (and `proselint check` of the same files, where given), one
after the other, so that the load of a shared machine falls on all alike; it prints each
command's median wall seconds, CPU seconds (user + system of the process and its children) and
peak RSS, and whether the two reports are byte-identical. Report `uptime` beside the figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from perf import Run, run_once

FIELDS = ("wall", "cpu", "rss_mb")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--proselint", type=Path)
    args = parser.parse_args()
    files = [str(p) for p in args.paths]
    check = ["check", "--no-cache", "--format", "json", "--fail-on", "never", "--jobs"]
    commands = {
        "before": [str(args.before), *check, str(args.jobs), *files],
        "after": [str(args.after), *check, str(args.jobs), *files],
    }
    if args.proselint:
        proselint_files = [str(p) for path in args.paths for p in sorted(_files(path))]
        commands["proselint"] = [str(args.proselint), "check", *proselint_files]
    results: dict[str, list[Run]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as tmp:
        outs = {name: Path(tmp) / f"{name}.out" for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                results[name].append(run_once(command, keep=outs[name]))
        same = outs["before"].read_bytes() == outs["after"].read_bytes()
    print(f"{' '.join(files)}, --jobs {args.jobs}, medians of {args.runs} rounds in turn")
    print("| command | wall s | CPU s | peak RSS MB | runs (CPU s) |\n|---|---|---|---|---|")
    for name, runs in results.items():
        wall, cpu, rss = (statistics.median(getattr(r, f) for r in runs) for f in FIELDS)
        each = ", ".join(f"{r.cpu:.2f}" for r in runs)
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | {each} |")
    print("reports byte-identical" if same else "REPORTS DIFFER")
    if not same:
        sys.exit(1)


def _files(path: Path) -> list[Path]:
    return [path] if path.is_file() else [p for p in path.rglob("*.md") if p.is_file()]


if __name__ == "__main__":
    main()
