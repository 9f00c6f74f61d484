"""`--jobs 0` (one worker per CPU) against `--jobs 1` (in this process) on 100 real pages.

    python bench/jobs.py                 # 100 files of ../shared/data/wild, 3 runs of each
    python bench/jobs.py --runs 5 --files 100 --jobs 0,1,2

The files are a fixed, stratified choice: every k-th file of each site of ../shared/data/wild
(sorted), so every run checks the same bytes. Each run is a new process as a user starts it,
with the cache off (`--no-cache`), and the settings are interleaved (0, 1, 0, 1 ...) so that
the load of the machine (other developers' tests, benchmarks) falls on each alike. The load
average is recorded before each run: the question is what is fastest on a loaded machine,
not on an idle one. Writes a Markdown table to stdout and bench/out/jobs.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from common import REPO, healthlint_command, shared_data

OUT = REPO / "bench" / "out"
SUFFIXES = {".md", ".markdown", ".html", ".htm", ".txt"}


def pick_files(count: int) -> list[str]:
    """`count` files spread over the sites of wild/ (the same ones on every machine)."""
    wild = shared_data() / "wild"
    sites = sorted(p for p in wild.iterdir() if p.is_dir() and p.name != "windows")
    per_site = [
        sorted(str(f) for f in site.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        for site in sites
    ]
    chosen: list[str] = []
    share = max(1, count // max(1, len(per_site)))
    for files in per_site:
        step = max(1, len(files) // share)
        chosen += files[::step][:share]
    rest = sorted({f for files in per_site for f in files} - set(chosen))
    chosen += rest[: count - len(chosen)]
    return sorted(chosen[:count])


def run_once(files: list[str], jobs: str) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of the children, and the exit code of one run."""
    cmd = [*healthlint_command(), "check", "--no-cache", "--fail-on", "never"]
    cmd += ["--format", "json", "--jobs", jobs, *files]
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"healthlint failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return wall, cpu, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", default="0,1", help="settings to compare, comma-separated")
    args = parser.parse_args()
    files = pick_files(args.files)
    settings = [s.strip() for s in args.jobs.split(",") if s.strip()]
    size = sum(os.path.getsize(f) for f in files)
    walls: dict[str, list[float]] = {s: [] for s in settings}
    cpus: dict[str, list[float]] = {s: [] for s in settings}
    loads: dict[str, list[float]] = {s: [] for s in settings}
    run_once(files[:2], "1")  # warm the file cache and the interpreter's own caches
    for run in range(args.runs):
        for jobs in settings if run % 2 == 0 else list(reversed(settings)):
            load = os.getloadavg()[0]
            wall, cpu, _ = run_once(files, jobs)
            walls[jobs].append(wall)
            cpus[jobs].append(cpu)
            loads[jobs].append(load)
            print(f"run {run + 1} --jobs {jobs}: {wall:.1f} s (load {load:.1f})", file=sys.stderr)
    lines = [
        f"# --jobs on {len(files)} files of wild/ ({size / 1e6:.1f} MB), "
        f"{os.cpu_count()} CPUs, {args.runs} runs each",
        "",
        "| --jobs | median wall s | min | max | median CPU s | median load before |",
        "|---|---|---|---|---|---|",
    ]
    for jobs in settings:
        w = walls[jobs]
        lines.append(
            f"| {jobs} | {statistics.median(w):.1f} | {min(w):.1f} | {max(w):.1f} | "
            f"{statistics.median(cpus[jobs]):.1f} | {statistics.median(loads[jobs]):.1f} |"
        )
    report = "\n".join(lines) + "\n"
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "jobs.md").write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
