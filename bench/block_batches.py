"""What each block's fixed reading cost adds up to: a file's blocks read one by one, against the
same text read as fewer, longer blocks (issue 20).

    python bench/block_batches.py [FILE] [--join 20] [--runs 2]

Reads the prose blocks of FILE (default: the 1.2 MB file of bench/perf.py) through the pipeline
and the typed claims as the reader does (no repeats skipped), then the same texts joined `--join`
at a time with a blank line, in turns, and prints the CPU seconds of each. The joined reading
finds other things (sentences and patterns run across block borders): it is no option for the
checks, only a measure of what the per-block work of spaCy and the components costs, and so
of what reading many short blocks in one Doc could save.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from common import BIG_FILE

from linter.documents import read_document
from linter.engine import Engine
from linter.nlp.claims import passage_of
from linter.nlp.components.extensions import TEXT_KEY


def read(engine: Engine, texts: list[str]) -> float:
    nlp = engine.reader.nlp
    start = time.process_time()

    def made():  # type: ignore[no-untyped-def]
        for text in texts:
            doc = nlp.make_doc(text)
            doc.user_data[TEXT_KEY] = text
            doc._.attachments = ()
            yield doc

    for doc in nlp.pipe(made(), batch_size=64):
        passage_of(doc, "paragraph", "markdown")
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=BIG_FILE)
    parser.add_argument("--join", type=int, default=20)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    engine = Engine()
    document = read_document(str(args.file), args.file.read_bytes())
    texts = [block.text for block in engine.blocks(document)]
    joined = ["\n\n".join(texts[i : i + args.join]) for i in range(0, len(texts), args.join)]
    read(engine, texts[:2000])  # warm-up: the matchers built, lazy patterns compiled
    for _ in range(args.runs):
        alone, together = read(engine, texts), read(engine, joined)
        print(
            f"{args.file.name}: {len(texts):,} blocks {alone:.2f} CPU s; joined {args.join} "
            f"at a time, {len(joined):,} blocks {together:.2f} CPU s ({together / alone - 1:+.0%})"
        )


if __name__ == "__main__":
    main()
