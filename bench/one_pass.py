"""The attribution, evidence and source finders: their patterns one by one against the
MultiMatcher's one pass, on the paragraphs of the 1.2 MB file (CPU seconds, in one process).

    python bench/one_pass.py [--runs 3] [FILE]

Each finder is timed both ways in turn, `--runs` times; the figures are medians of CPU time
(time.process_time), so another process's load changes them less than wall times. The one-pass
side includes building the matchers once per run, as a process pays it, with the prefix
readings kept in a store from the first run on, as the command line keeps them
(linter/config/pattern_prefixes.py). The finds are compared as well: any difference stops the
script.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import REPO
from corpus import big_file

from linter.config import pattern_prefixes
from linter.config.json_store import JsonStore
from linter.config.lexicon import default_lexicon
from linter.config.multi_match import MultiMatcher
from linter.documents.citations import SOURCE_PATTERNS
from linter.nlp import evidence
from linter.nlp.components.attribution_named import NamedFinder
from linter.nlp.components.attribution_vague import VagueFinder
from linter.nlp.components.attribution_words import words_of

NEVER = 10**15  # characters before the patterns are read: never


def _paragraphs(path: Path | None) -> list[str]:
    text = path.read_text(encoding="utf-8") if path else big_file(12, 1_200_000)
    return [p for p in text.split("\n\n") if p.strip()]


def _bounds(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


def _finders(together: bool) -> dict[str, Callable[[str], object]]:
    """Each finder as a function of a paragraph, its matcher read or never read."""
    words = words_of(default_lexicon())
    named, vague = NamedFinder(words), VagueFinder(words)
    patterns = evidence._patterns()
    cues = MultiMatcher({n: patterns[n] for n in evidence._SCANNED}, build_after=NEVER)
    sources = MultiMatcher(SOURCE_PATTERNS, build_after=NEVER)
    matchers = (named.matcher, named.triggers, vague.matcher, cues, sources)
    for matcher in matchers:
        matcher._build_after = 0 if together else NEVER

    def find_evidence(text: str) -> object:
        evidence._matcher = lambda: cues  # type: ignore[assignment]
        return evidence.find_evidence(text)

    return {
        "named": lambda text: named.find(text, _bounds(text)),
        "vague": lambda text: vague.find(text, _bounds(text)),
        "evidence": find_evidence,
        "sources": lambda text: [m.span() for ms in sources.matches(text).values() for m in ms],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    paragraphs = _paragraphs(args.file)
    folder = tempfile.TemporaryDirectory()
    pattern_prefixes.use_store(JsonStore(Path(folder.name) / "prefixes.json"))
    print(f"{len(paragraphs):,} paragraphs, {sum(map(len, paragraphs)):,} characters")
    times: dict[tuple[str, bool], list[float]] = {}
    finds: dict[tuple[str, bool], list[object]] = {}
    order = [False, True]
    for _ in range(args.runs):
        random.shuffle(order)
        for together in order:
            for name, find in _finders(together).items():
                started = time.process_time()
                finds[name, together] = [find(p) for p in paragraphs]
                times.setdefault((name, together), []).append(time.process_time() - started)
    total = [0.0, 0.0]
    for name in ("named", "vague", "evidence", "sources"):
        if finds[name, False] != finds[name, True]:
            raise SystemExit(f"{name}: the finds differ")
        before = statistics.median(times[name, False])
        after = statistics.median(times[name, True])
        total[0] += before
        total[1] += after
        print(f"{name:10} one by one {before:6.2f} s   one pass {after:6.2f} s")
    print(f"{'all':10} one by one {total[0]:6.2f} s   one pass {total[1]:6.2f} s  (CPU, median)")
    print(f"(from {REPO.name})")


if __name__ == "__main__":
    main()
