"""Time and peak memory of `healthlint check` on one file of N short paragraphs (issue 21, item 12).

    python bench/paragraphs.py                     # 1,000,000 paragraphs (about 3 MB)
    python bench/paragraphs.py --paragraphs 100000 # a tenth, to see that the cost is linear

Each paragraph is a short word and a blank line ("ab\\n\\n"): the worst case of blocks per byte.
The check runs as a user runs it (the `healthlint` command, --no-cache --jobs 1), in a child
process whose peak RSS is read from getrusage. Not run in CI.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=1_000_000)
    parser.add_argument("--format", default="text", help="healthlint's --format")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "many.md"
        words = ("ab", "cd", "ef", "gh")
        path.write_text("".join(f"{words[i % 4]}\n\n" for i in range(args.paragraphs)))
        command = [
            sys.executable, "-m", "linter", "check", "--no-cache", "--jobs", "1",
            "--format", args.format, str(path),
        ]  # fmt: skip
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=tmp)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = os.path.getsize(path)
    print(
        f"{args.paragraphs:,} paragraphs ({size / 1e6:.1f} MB): {seconds:.1f} s, "
        f"peak RSS {peak:.0f} MB, exit {done.returncode}"
    )
    if done.returncode not in (0, 1):
        print(done.stderr[-2000:], file=sys.stderr)


if __name__ == "__main__":
    main()
