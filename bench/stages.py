"""Where a check's CPU and memory go, stage by stage, as Engine.lint runs them (issue 20).

    python bench/stages.py cpu bench/out/perf-corpus/site-2000 [--files 300]
    python bench/stages.py memory bench/out/perf-corpus/wild-4.8MB.md

`cpu`: the CPU seconds of each stage over the first N files of a folder (in one process, after
one warm-up file, so start-up is not in them): the Markdown read, the prose blocks and the
registry topic, the NLP reader (spaCy and the components: the passages), the checks' `begin`,
the checks, and what follows them (directives, supersede); then per file and per word, beside
`healthlint check`'s own total for the same files. `memory`: Python's traced memory (what
tracemalloc sees: objects, not the interpreter or spaCy's C buffers) held after each stage of
one file, and the peak while it ran, with the process's peak RSS. Stages are the engine's own
calls (linter.engine), so a change there shows here.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from corpus import words

from linter.documents import read_document
from linter.engine import Engine, _Part, apply_directives, supersede
from linter.run.checker import Checker, _built
from linter.run.settings import Overrides

STAGES = ("read document", "blocks and topic", "passages (NLP)", "begin", "checks", "after")


def _engine(path: Path) -> Engine:
    checker = Checker(Overrides())
    return _built(checker.engine_for(checker.config_for(str(path))))


def _stages(engine: Engine, path: Path, mark: Callable[[str], None]) -> None:
    """One file through the engine's stages, `mark(stage)` after each."""
    document = read_document(str(path), path.read_bytes(), None)
    mark(STAGES[0])
    blocks = engine.blocks(document)
    topic = engine._topic(document, blocks)
    mark(STAGES[1])
    passages = list(engine.reader.passages(blocks, "markdown", 1))
    mark(STAGES[2])
    for check in engine.checks:
        check.begin(passages)
    mark(STAGES[3])
    part = _Part(engine, document, blocks, passages, topic, False)
    findings, _ = part.check(0, len(blocks), [], [])
    mark(STAGES[4])
    findings = sorted(apply_directives(findings, document.directives))
    supersede(findings, {check.rule.id: check.rule for check in engine.checks})
    mark(STAGES[5])


def cpu(folder: Path, count: int) -> None:
    files = sorted(folder.rglob("*.md"))[: count + 1]
    engine = _engine(files[0])
    _stages(engine, files[0], lambda stage: None)  # warm-up: lazy patterns, first use
    spent: Counter[str] = Counter()
    last = [time.process_time()]

    def mark(stage: str) -> None:
        now = time.process_time()
        spent[stage] += now - last[0]
        last[0] = now

    total_words = 0
    for path in files[1:]:
        total_words += words(path.read_text(encoding="utf-8"))
        last[0] = time.process_time()
        _stages(engine, path, mark)
    n = len(files) - 1
    whole = sum(spent.values())
    print(f"{n} files of {folder}, {total_words:,} words, CPU s by stage (one process):\n")
    print("| stage | CPU s | ms a file | us a word | share |\n|---|---|---|---|---|")
    for stage in STAGES:
        s = spent[stage]
        print(
            f"| {stage} | {s:.2f} | {s / n * 1e3:.1f} | {s / total_words * 1e6:.1f} | "
            f"{s / whole:.0%} |"
        )
    print(f"| all | {whole:.2f} | {whole / n * 1e3:.1f} | {whole / total_words * 1e6:.1f} | |")


def memory(path: Path) -> None:
    engine = _engine(path)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    print(f"{path} ({path.stat().st_size / 1e6:.1f} MB), traced memory after each stage:\n")
    print("| stage | held MB | peak so far MB | peak RSS MB |\n|---|---|---|---|")

    def mark(stage: str) -> None:
        held, peak = tracemalloc.get_traced_memory()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"| {stage} | {(held - base) / 1e6:.1f} | {(peak - base) / 1e6:.1f} | {rss:.0f} |")

    _stages(engine, path, mark)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("cpu", "memory"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--files", type=int, default=300, help="files of the folder (cpu)")
    args = parser.parse_args()
    if not args.path.exists():
        sys.exit(f"no {args.path}: run bench/perf.py --only site,linear once to write it")
    if args.what == "cpu":
        cpu(args.path, args.files)
    else:
        memory(args.path)


if __name__ == "__main__":
    main()
