"""Cold start: the wall time of `healthlint check` on one article, a new process each run.

    python bench/startup.py [--runs 7] [ARTICLE]

Reports the median and the spread; the default article is the real one in ../shared/data
(copied to a .md file, as a writer would have it). `check` runs with --no-cache (every run does
the work); `check, cached` is the same file again with the cache on (a pre-commit run on a file
that has not changed).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from common import healthlint_command, shared_data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.md"
        shutil.copy(args.article or shared_data() / "000_a583bcba3e40887b.txt", article)
        check = [*healthlint_command(), "check", str(article)]
        cache = ["--cache-dir", str(Path(tmp) / "cache")]
        for label, cmd in (
            ("--version", [*healthlint_command(), "--version"]),
            ("check", [*check, "--no-cache"]),
            ("check, cached", [*check, *cache]),
        ):
            subprocess.run(cmd, capture_output=True, check=False)  # warm the disk cache
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                subprocess.run(cmd, capture_output=True, check=False)
                times.append(time.perf_counter() - start)
            print(
                f"healthlint {label}: median {statistics.median(times):.3f} s "
                f"(min {min(times):.3f}, max {max(times):.3f}, {args.runs} runs)"
            )


if __name__ == "__main__":
    main()
