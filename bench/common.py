"""Shared helpers for the benchmarks: where the data is, and running healthlint as a user would."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# The 1.2 MB Markdown file bench/perf.py writes (--only big).
BIG_FILE = REPO / "bench" / "out" / "perf-corpus" / "big-1.2MB.md"


def file_and_runs(doc: str) -> argparse.Namespace:
    """`[FILE] [--runs N]` of a benchmark of one file (default: BIG_FILE, which must exist)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=BIG_FILE)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.file.is_file():
        sys.exit(f"no file {args.file}: run bench/perf.py --only big once to write it")
    return args


def shared_data() -> Path:
    """../shared/data beside the checkout, or $HEALTHLINT_DATA."""
    path = Path(os.environ.get("HEALTHLINT_DATA", REPO.parent / "shared" / "data"))
    if not path.is_dir():
        sys.exit(f"no data at {path}: set HEALTHLINT_DATA to the shared data folder")
    return path


def healthlint_command() -> list[str]:
    """The installed `healthlint` next to this Python, else `python -m linter` from the checkout."""
    exe = Path(sys.executable).with_name("healthlint")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("healthlint")
    return [found] if found else [sys.executable, "-m", "linter"]


def run_json(paths: list[str], *args: str, cwd: Path | None = None) -> list[dict]:
    """Run `healthlint check --format json` and return its findings."""
    cmd = [*healthlint_command(), "check", "--format", "json", "--fail-on", "never", *args, *paths]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, check=False)
    if proc.returncode not in (0, 1):
        sys.exit(f"healthlint failed ({proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)["findings"]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def timer(spent: dict[str, float]) -> Callable[[str, Callable[..., Any]], Callable[..., Any]]:
    """`timed(name, call)`: `call` wrapped to add its CPU seconds to `spent[name]` (the
    per-component tables of read_times.py and block_cost.py)."""

    def timed(name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def run(*a: Any, **k: Any) -> Any:
            start = time.process_time()
            try:
                return call(*a, **k)
            finally:
                spent[name] += time.process_time() - start

        return run

    return timed


def rule_fires(*rules: str) -> Callable[[str], bool]:
    """`fires(text)`: whether the given rules flag anything in a one-line document (the class
    grids vague_grid.py, cite_grid.py and stat_grid.py ask it of every combination)."""
    from linter.api import lint_text
    from linter.engine import Engine

    engine = Engine(select=list(rules))
    return lambda text: bool(lint_text(text + "\n", "grid.md", engine=engine))


def report_near_misses(near_misses: Sequence[str], fires: Callable[[str], bool]) -> None:
    """Print how many of a grid's sentences that must stay quiet fired, and which."""
    alarms = [text for text in near_misses if fires(text)]
    print(f"near misses that fired: {len(alarms)}/{len(near_misses)}")
    for text in alarms:
        print("  fired:", text.splitlines()[0])


def print_found(axis: str, total: Counter[str], missed: Counter[str], indent: str = "") -> None:
    """A class grid's table for one axis: per value, the combinations found of those tried."""
    print(f"{axis:<{12 + len(indent)}}{'found':>7}{'of':>6}")
    for key, count in total.items():
        print(f"{indent}{key:<12}{count - missed[key]:>7}{count:>6}")
