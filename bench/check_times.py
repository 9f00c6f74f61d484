"""CPU seconds of each check over one file, its passages read once beforehand.

    python bench/check_times.py [FILE] [--runs 3]

Reads FILE (default: the 1.2 MB file of bench/perf.py) in one process, then times, --runs times
over the same passages, building the article's discourse (context_links: the studies and the
references to them) and each check's `begin` and `run` over every passage, as the engine calls
them. Medians of CPU time (time.process_time), so a busy machine shifts them less than wall
times. Run it with another installation's Python to compare two versions side by side: the
script imports whichever `linter` that Python has installed.
"""

from __future__ import annotations

import statistics
import time

from common import file_and_runs


def main() -> None:
    args = file_and_runs(__doc__)

    import linter.nlp.reader as reader_module
    from linter.checks import context_links
    from linter.documents import format_for, read_document
    from linter.engine import Engine
    from linter.registry.match import Matches

    reader_module._split_possible = lambda: False  # type: ignore[attr-defined]  # one process
    engine = Engine()
    document = read_document(str(args.file), args.file.read_bytes())
    blocks = engine.blocks(document)
    passages = list(engine.reader.passages(blocks, format_for(document.path) or "text"))
    topic = engine._topic(document, blocks)
    times: dict[str, list[float]] = {}
    for _ in range(args.runs):
        context_links._LAST[0] = None  # the discourse is read again in every run
        start = time.process_time()
        context_links.discourse_of(passages)
        times.setdefault("(discourse)", []).append(time.process_time() - start)
        for check in engine.checks:
            start = time.process_time()
            check.begin(passages)
            for index, passage in enumerate(passages):
                for _hit in check.run_at(index, passage, Matches(engine.registry, topic)):
                    pass
            times.setdefault(check.rule.id, []).append(time.process_time() - start)
    print(f"{args.file.name}: {len(passages):,} passages, median of {args.runs} (CPU s)")
    for name, values in sorted(times.items(), key=lambda item: -statistics.median(item[1])):
        print(f"  {name:28} {statistics.median(values):7.3f}")
    print(f"  {'total':28} {sum(statistics.median(v) for v in times.values()):7.3f}")


if __name__ == "__main__":
    main()
