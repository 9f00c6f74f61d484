"""Cold start: CPU and wall of `healthlint check` on the 6 kB article, a new process each run.

    python bench/cold_start.py [--runs 7] [--healthlint LABEL=PATH ...] [ARTICLE]

Two cases for each install, taken in turn with the other installs' (interleaved, so that a change
of load on a shared machine falls on all of them): "start stores warm", the cache folder filled
by two earlier checks (compiled regular expressions, parsed YAML, pattern prefixes: what every
run after a writer's first one has; `--no-cache` does not skip them), and "start stores cold",
a new empty cache folder each run (a first run, or a new version). Each check is `check
--no-cache --jobs 1 --format json`. Prints the median and spread of CPU seconds (user + system,
of the process and its children) and of wall seconds, and the load average before and after:
on a busy machine CPU seconds are what compare. The default article is bench/perf.py's
(bench/out/perf-corpus/article-6kB.md, written here if missing); the default install is the
`healthlint` beside this Python.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from common import REPO, healthlint_command
from corpus import article

ARTICLE = REPO / "bench" / "out" / "perf-corpus" / "article-6kB.md"
CASES = ("start stores warm", "start stores cold")


def _article(path: str | None) -> Path:
    if path:
        return Path(path)
    if not ARTICLE.is_file():  # the bytes bench/perf.py writes (seeded)
        ARTICLE.parent.mkdir(parents=True, exist_ok=True)
        ARTICLE.write_text(article(random.Random(6), 6_000), encoding="utf-8")
    return ARTICLE


def _run(command: list[str], target: Path, cache: str) -> tuple[float, float]:
    """CPU and wall seconds of one check, with `cache` as the cache folder."""
    env = {**os.environ, "HEALTHLINT_CACHE_DIR": cache}
    args = ["check", "--no-cache", "--jobs", "1", "--format", "json", str(target)]
    start = time.perf_counter()
    process = subprocess.Popen(
        [*command, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"{command[0]} failed: {error[-1500:]}")
    return usage.ru_utime + usage.ru_stime, wall


def _installs(given: list[str]) -> dict[str, list[str]]:
    if not given:
        return {"this": healthlint_command()}
    return {label: [path] for label, _, path in (item.partition("=") for item in given)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--healthlint",
        action="append",
        default=[],
        metavar="LABEL=PATH",
        help="an installed healthlint to time (repeat to compare, interleaved)",
    )
    args = parser.parse_args()
    target, installs = _article(args.article), _installs(args.healthlint)
    times: dict[tuple[str, str], list[tuple[float, float]]] = {
        (label, case): [] for label in installs for case in CASES
    }
    with tempfile.TemporaryDirectory(prefix="healthlint-cold-") as tmp:
        warm = {label: str(Path(tmp) / f"warm-{n}") for n, label in enumerate(installs)}
        for label, command in installs.items():
            for _ in range(2):  # the first writes the start stores, the second completes them
                _run(command, target, warm[label])
        load_before = os.getloadavg()[0]
        for run in range(args.runs):
            for label, command in installs.items():
                times[(label, CASES[0])].append(_run(command, target, warm[label]))
                fresh = Path(tmp) / f"fresh-{run}-{label}"
                times[(label, CASES[1])].append(_run(command, target, str(fresh)))
                shutil.rmtree(fresh, ignore_errors=True)
        load_after = os.getloadavg()[0]
    print(f"{target.name}, {args.runs} runs each, interleaved\n")
    print("| install | case | CPU s, median (min-max) | wall s, median (min-max) |")
    print("|---|---|---|---|")
    for (label, case), measured in times.items():
        cpu, wall = [m[0] for m in measured], [m[1] for m in measured]
        print(
            f"| {label} | {case} | {statistics.median(cpu):.3f} ({min(cpu):.3f}-{max(cpu):.3f}) "
            f"| {statistics.median(wall):.3f} ({min(wall):.3f}-{max(wall):.3f}) |"
        )
    print(f"\nLoad average (1 min): {load_before:.2f} before, {load_after:.2f} after.")


if __name__ == "__main__":
    main()
