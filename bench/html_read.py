"""CPU time of reading HTML pages into prose blocks and keeping the article (no checks).

Reads every page of bench/data/sites (or FOLDER) ROUNDS times through the HTML reader and the
page pass, in this process, and prints the CPU seconds of the best of RUNS runs. Run it on two
checkouts in turn (PYTHONPATH=other/checkout) for a paired before/after.

    python bench/html_read.py [FOLDER] [--rounds 200] [--runs 5]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from common import REPO

from linter.documents import parse_text
from linter.documents.page import article_blocks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=REPO / "bench/data/sites")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pages = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(args.folder.glob("*.htm*"))]
    size = sum(len(source) for _, source in pages)
    best = float("inf")
    for _ in range(args.runs):
        start = time.process_time()
        for _ in range(args.rounds):
            for name, source in pages:
                document = parse_text(name, source)
                article_blocks(document.blocks, document.source)
        best = min(best, time.process_time() - start)
    megabytes = size * args.rounds / 1e6
    print(f"{len(pages)} pages x {args.rounds}: {megabytes:.1f} MB, best CPU {best:.2f} s")
    print(f"{megabytes / best:.2f} MB per CPU second")


if __name__ == "__main__":
    main()
