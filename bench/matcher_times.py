"""CPU seconds of the attribution matchers' one passes (linter/config/multi_match.py) over a
file's blank-line blocks: the named grammar's patterns, their triggers and the vague patterns.

    python bench/matcher_times.py [FILE] [--runs 5]

The three MultiMatchers are built first (as after 50 kB of a check) and warmed by one pass;
each timed run passes every block through all three (time.process_time), and the median is
printed with a digest of every match's span, which must not change between two versions of
the code. Run it with another checkout first on `sys.path` to compare the two in turn: the
passes are about a fifth of the attributions' time in bench/read_times.py, and these figures
move less with the load than the whole reading's.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import time

from common import file_and_runs


def main() -> None:
    args = file_and_runs(__doc__)

    from linter.config.lexicon import default_lexicon
    from linter.config.multi_match import fold
    from linter.nlp.components.attribution_named import NamedFinder
    from linter.nlp.components.attribution_vague import VagueFinder
    from linter.nlp.components.attribution_words import words_of

    words = words_of(default_lexicon())
    named, vague = NamedFinder(words), VagueFinder(words)
    for matcher in (named.matcher, named.triggers, vague.matcher):
        matcher.build()
    blocks = [(b, fold(b)) for b in args.file.read_text(encoding="utf-8").split("\n\n")]

    def run() -> tuple[float, str]:
        spans = []
        start = time.process_time()
        for text, low in blocks:
            found = [
                named.matcher.matches(text, low, plain=False),
                named.triggers.matches(text, low, plain=False, first=True),
                vague.matcher.matches(text, plain=False),
            ]
            spans.append([{k: [m.span() for m in v] for k, v in f.items()} for f in found])
        took = time.process_time() - start
        return took, hashlib.sha256(json.dumps(spans).encode()).hexdigest()[:16]

    run()
    times, digests = zip(*(run() for _ in range(args.runs)), strict=True)
    print(f"{args.file.name}: {len(blocks)} blocks, the three passes, CPU s")
    print(f"  median {statistics.median(times):.3f}  runs {' '.join(f'{t:.3f}' for t in times)}")
    print(f"  matches digest {' '.join(sorted(set(digests)))}")


if __name__ == "__main__":
    main()
