"""CPU seconds of each part of reading one file: the Markdown read, the blocks, spaCy's tokenizer,
each pipeline component and the typed claims.

    python bench/read_times.py [FILE] [--runs 3]

Reads FILE (default: the 1.2 MB file of bench/perf.py) --runs times in one process (one
process: no fork), timing each component's call on every block, and prints the medians of CPU
time (time.process_time). The first run builds the matchers (after 50 kB of text, as a check
does), so later runs are a little faster than a command-line check. Run it with another
installation's Python to compare two versions side by side: the script imports whichever
`linter` that Python has installed. bench/check_times.py times the checks.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict

from common import file_and_runs, timer


def main() -> None:
    args = file_and_runs(__doc__)

    import linter.nlp.reader as reader_module
    from linter.documents import format_for, read_document
    from linter.engine import Engine

    reader_module._split_possible = lambda: False  # type: ignore[attr-defined]  # one process
    engine = Engine()
    nlp = engine.reader.nlp
    spent: dict[str, float] = defaultdict(float)

    timed = timer(spent)

    nlp._components = [(n, timed(n, c)) for n, c in nlp._components]  # type: ignore[attr-defined]
    nlp.tokenizer = timed("tokenizer", nlp.tokenizer)  # type: ignore[assignment]
    reader_module.passage_of = timed("typed claims", reader_module.passage_of)  # type: ignore[attr-defined]
    times: dict[str, list[float]] = defaultdict(list)
    data = args.file.read_bytes()
    for _ in range(args.runs):
        spent.clear()
        start = time.process_time()
        document = timed("Markdown read", read_document)(str(args.file), data)
        blocks = timed("blocks", engine.blocks)(document)
        fmt = format_for(document.path) or "text"
        for _passage in engine.reader.passages(blocks, fmt):
            pass
        spent["all"] = time.process_time() - start
        for name, seconds in spent.items():
            times[name].append(seconds)
    print(f"{args.file.name}: CPU s, median of {args.runs}")
    for name, runs in sorted(times.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"  {statistics.median(runs):6.3f}  {name}")


if __name__ == "__main__":
    main()
