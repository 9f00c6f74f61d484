"""Does any odd shape of input cost more than linear time? The ratio of CPU from n to 4n.

    python bench/shapes.py                  # every shape at its default n
    python bench/shapes.py --only "long single line" --scale 0.5 --runs 1

Each shape is a file written as hostile or pasted input looks (the cases of
tests/test_bad_input.py and a few more: one giant paragraph, a very long list, a long line of
URLs or of numbers, a long HTML attribute), at n and at 4n repeats. Each is checked by a new
`healthlint check --no-cache --format json --jobs 1` process; the start-up CPU (an empty file)
is taken off both, so that linear cost shows as a ratio near 4 and quadratic near 16. Prints
one row per shape: bytes at n, CPU at n and at 4n (seconds, start-up off, best of --runs) and
the ratio. CPU, not wall, so that a loaded machine skews it less; report `uptime` beside it.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

from common import healthlint_command
from perf import run_once

# name -> (file suffix, builder of the text for k repeats, default k)
SHAPES: dict[str, tuple[str, Callable[[int], str], int]] = {
    "long single line": ("txt", lambda k: "word cures " * k + "\n", 10_000),
    "giant paragraph": (
        "md",
        lambda k: "Garlic cures colds, a study of 40 people found.\n" * k,
        1_000,
    ),
    "very long list": ("md", lambda k: "- The pill cures arthritis.\n" * k, 5_000),
    "huge table": ("md", lambda k: "| a | b |\n|---|---|\n" + "| cure | 5% |\n" * k, 10_000),
    "deep nested lists": ("md", lambda k: "- " * k + "cure\n", 5_000),
    "deep nested ordered lists": ("md", lambda k: "1. " * k + "cure\n", 5_000),
    "deep nested quotes": ("md", lambda k: ">" * k + " cure\n", 5_000),
    "deep nested html": ("html", lambda k: "<div>" * k + "cure" + "</div>" * k, 5_000),
    "unclosed fence": ("md", lambda k: "```\n" + "cure\n" * k, 20_000),
    "backtick runs": ("md", lambda k: "`" * k + " cure " + "`" * (k - 1) + "\n", 20_000),
    "unclosed html comment": ("html", lambda k: "<p>ok</p><!-- " + "x " * k, 50_000),
    "line of urls": ("txt", lambda k: "https://example.org/cure?id=5 " * k + "\n", 10_000),
    "line of numbers": ("txt", lambda k: "12.5% 3,400 cures " * k + "\n", 10_000),
    "long html attribute": (
        "html",
        lambda k: '<p title="' + "cure " * k + '">The pill cures arthritis.</p>',
        50_000,
    ),
}


def cpu_of(path: Path, runs: int) -> float:
    """Best CPU seconds (user + system) of checking one file in a new process."""
    command = [*healthlint_command(), "check", "--no-cache", "--format", "json"]
    command += ["--fail-on", "never", "--jobs", "1", str(path)]
    return min(run_once(command).cpu for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[], help="only this shape")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        empty = folder / "empty.md"
        empty.write_text("\n", encoding="utf-8")
        start = cpu_of(empty, args.runs)
        print(f"start-up CPU {start:.2f} s (taken off every figure)")
        print(f"{'shape':28} {'bytes at n':>11} {'cpu n':>8} {'cpu 4n':>8} {'ratio':>6}")
        for name, (suffix, build, repeats) in SHAPES.items():
            if args.only and name not in args.only:
                continue
            k = max(1, int(repeats * args.scale))
            costs = []
            for size in (k, 4 * k):
                path = folder / f"shape.{suffix}"
                path.write_text(build(size), encoding="utf-8")
                costs.append(max(cpu_of(path, args.runs) - start, 0.01))
            size_n = len(build(k).encode())
            ratio = costs[1] / costs[0]
            print(f"{name:28} {size_n:>11,} {costs[0]:>8.2f} {costs[1]:>8.2f} {ratio:>6.1f}")


if __name__ == "__main__":
    main()
