"""The fixed cost of reading a block: a file's blocks read as a check reads them, against as
many copies of one short sentence, each component's CPU beside (issue 20).

    python bench/block_cost.py [FILE] [--runs 3] [--short "Share this article."]

Reads the prose blocks of FILE (default: the 1.2 MB file of bench/perf.py) through the pipeline
and the typed claims, every block anew (no repeats skipped, one process), then as many blocks
of `--short`, and prints the medians of CPU seconds: the whole reading, spaCy's `make_doc`, each
component and `passage_of`. What the short blocks cost is about what every block pays whatever
its length. Run it with another installation's Python to compare two versions: it imports
whichever `linter` that Python has (an installation whose reader has no `_processed` runs the
components through `nlp.pipe`, as it did).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from common import BIG_FILE, timer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=BIG_FILE)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--short", default="Share this article.")
    args = parser.parse_args()

    from linter.documents import read_document
    from linter.engine import Engine
    from linter.nlp import claims
    from linter.nlp.components.extensions import TEXT_KEY

    engine = Engine()
    reader, nlp = engine.reader, engine.reader.nlp
    spent: dict[str, float] = defaultdict(float)

    timed = timer(spent)

    nlp._components = [(n, timed(n, c)) for n, c in nlp._components]
    make_doc, passage_of = timed("make_doc", nlp.make_doc), timed("passage_of", claims.passage_of)
    processed = getattr(reader, "_processed", None)

    def read(texts: list[str]) -> None:
        def made() -> Iterator[Any]:
            for text in texts:
                doc = make_doc(text)
                doc.user_data[TEXT_KEY] = text
                doc._.attachments = ()
                yield doc

        docs = processed(made()) if processed else nlp.pipe(made(), batch_size=64)
        for doc in docs:
            passage_of(doc, "paragraph", "markdown")

    document = read_document(str(args.file), args.file.read_bytes())
    texts = [block.text for block in engine.blocks(document)]
    read(texts)  # warm-up: the matchers built, lazy patterns compiled
    for label, batch in ((args.file.name, texts), (repr(args.short), [args.short] * len(texts))):
        times: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.runs):
            spent.clear()
            start = time.process_time()
            read(batch)
            spent["all"] = time.process_time() - start
            for name, seconds in spent.items():
                times[name].append(seconds)
        parts = sorted(times.items(), key=lambda kv: -statistics.median(kv[1]))
        print(f"{label}: {len(batch):,} blocks, CPU s, median of {args.runs}")
        print(
            "  "
            + ", ".join(
                f"{n.removeprefix('healthlint_')} {statistics.median(r):.3f}" for n, r in parts
            )
        )


if __name__ == "__main__":
    main()
