"""The ceiling of a reading gate (issue 20): how much of a file's reading holds nothing to read.

    python bench/gate_ceiling.py [FILE ...] [--runs 1]

Each prose block of each FILE (default: the 1.2 MB file and the wild 1.2 MB page of
bench/perf.py) is read on its own, timed in two ways: the floor every reading keeps (spaCy's
tokenizer, the sentencizer and the sentence cap: boundaries and offsets) and the whole reading
(every component and the typed claims). A sentence is "empty" when its Claim holds nothing the
components found (no source, attribution, figure, modifier, evidence, model scope, and the
strength reading of a sentence with no cue and no hedge), so that no check can read anything but
its text and place; "silent" when, besides, no check's hit starts in it. Blocks are empty or
silent when all their sentences are. The CPU a gate could save is the reading above the floor of
the empty blocks (block gate), and of the empty sentences (sentence gate: each block's reading
above the floor shared out by tokens, an estimate). Sentence boundaries of a gated block must
stay, so the floor is never saved. "repeated block": a block whose words an earlier block of the
file had (the reader copies their reading, linter/nlp/repeats.py); "empty block, not repeated":
what a gate could still save beside that.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from common import REPO

from linter.claim import Claim, StrengthReading
from linter.documents import format_for, read_document
from linter.engine import Engine
from linter.nlp.claims import passage_of
from linter.nlp.components.extensions import TEXT_KEY
from linter.nlp.repeats import Key, key_of
from linter.registry.match import Matches

CORPUS = REPO / "bench" / "out" / "perf-corpus"
DEFAULT_FILES = (CORPUS / "big-1.2MB.md", CORPUS / "wild-1.2MB.md")
FLOOR_PIPES = ("sentencizer", "healthlint_sentence_cap")
_NOTHING = StrengthReading()


def empty(claim: Claim) -> bool:
    """Whether the components found nothing in the sentence."""
    return not (
        claim.sources
        or claim.attributions
        or claim.figures
        or claim.modifiers
        or claim.evidence
        or claim.model_scopes
        or claim.strength != _NOTHING
    )


@dataclass
class Tally:
    blocks: int = 0
    sentences: int = 0
    tokens: int = 0
    cpu: float = 0.0  # the whole reading
    floor: float = 0.0  # tokenizer, sentencizer, cap
    by_kind: dict[str, list[float]] = field(default_factory=dict)

    def add(self, sentences: int, tokens: int, cpu: float, floor: float) -> None:
        self.blocks += 1
        self.sentences += sentences
        self.tokens += tokens
        self.cpu += cpu
        self.floor += floor


def _timed_read(engine: Engine, text: str, attachments: object, pipes: tuple[str, ...]):  # type: ignore[no-untyped-def]
    nlp = engine.reader.nlp
    start = time.process_time()
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    doc._.attachments = attachments
    for name, pipe in nlp.pipeline:
        if not pipes or name in pipes:
            doc = pipe(doc)
    return doc, time.process_time() - start


def measure(engine: Engine, path: Path) -> dict[str, Tally]:
    document = read_document(str(path), path.read_bytes(), None)
    blocks = engine.blocks(document)
    topic = engine._topic(document, blocks)
    fmt = format_for(document.path) or "text"
    names = ("all", "repeated block", "empty block", "empty block, not repeated", "silent block")
    tallies = {name: Tally() for name in names}
    seen: set[Key] = set()
    sentence_tallies = {name: Tally() for name in ("all", "empty", "silent")}
    passages = []
    costs = []
    for block in blocks:
        _, floor = _timed_read(engine, block.text, block.attachments, FLOOR_PIPES)
        doc, cpu = _timed_read(engine, block.text, block.attachments, ())
        start = time.process_time()
        passage = passage_of(doc, block.kind, fmt, engine.reader.policy)
        cpu += time.process_time() - start
        passages.append((passage, doc))
        costs.append((cpu, floor))
    for check in engine.checks:
        check.begin([p for p, _ in passages])
    pairs = zip(blocks, passages, costs, strict=True)
    for index, (block, (passage, doc), (cpu, floor)) in enumerate(pairs):
        repeated = key_of(block, fmt) in seen
        seen.add(key_of(block, fmt))
        matches = Matches(engine.registry, topic)
        hit_claims = set()
        for check in engine.checks:
            for hit in check.run_at(index, passage, matches):
                claim = passage.claim_at(hit.start)
                hit_claims.add(claim.index if claim is not None else -1)
        tokens = [
            len(doc.char_span(c.start, c.end, alignment_mode="expand") or ())
            for c in passage.claims
        ]
        block_tokens = max(1, len(doc))
        empties = [empty(c) for c in passage.claims]
        silents = [
            e and c.index not in hit_claims for e, c in zip(empties, passage.claims, strict=True)
        ]
        tallies["all"].add(len(passage.claims), len(doc), cpu, floor)
        if repeated:
            tallies["repeated block"].add(len(passage.claims), len(doc), cpu, floor)
        if all(empties):
            tallies["empty block"].add(len(passage.claims), len(doc), cpu, floor)
            if not repeated:
                tallies["empty block, not repeated"].add(len(passage.claims), len(doc), cpu, floor)
        if all(silents) and -1 not in hit_claims:
            tallies["silent block"].add(len(passage.claims), len(doc), cpu, floor)
        for count, is_empty, is_silent in zip(tokens, empties, silents, strict=True):
            share = count / block_tokens
            kinds = ["all"] + (["empty"] if is_empty else []) + (["silent"] if is_silent else [])
            for kind in kinds:
                tally = sentence_tallies[kind]
                tally.sentences += 1
                tally.tokens += count
                tally.cpu += cpu * share
                tally.floor += floor * share
    return {**tallies, **{f"{k} sentences": v for k, v in sentence_tallies.items()}}


def lint_cpu(engine: Engine, path: Path) -> float:
    """The CPU of the engine's whole check of the file (read, blocks, reading, checks)."""
    start = time.process_time()
    engine.lint(read_document(str(path), path.read_bytes(), None))
    return time.process_time() - start


def report(path: Path, runs: list[dict[str, Tally]], lint: float) -> None:
    last = runs[-1]
    whole = statistics.median(r["all"].cpu for r in runs)
    floor = statistics.median(r["all"].floor for r in runs)
    base = last["all"]
    print(
        f"\n{path.name}: {base.blocks:,} blocks, {base.sentences:,} sentences, "
        f"{base.tokens:,} tokens; reading {whole:.2f} CPU s (floor {floor:.2f}), the whole "
        f"check {lint:.2f} CPU s, median of {len(runs)}\n"
    )
    print(
        "| part | blocks | sentences | tokens | reading CPU s | above the floor | "
        "of the reading | of the check |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, tally in last.items():
        cpu = statistics.median(r[name].cpu for r in runs)
        above = statistics.median(r[name].cpu - r[name].floor for r in runs)
        blocks = f"{tally.blocks / base.blocks:.0%}" if "block" in name else ""
        print(
            f"| {name} | {blocks} | {tally.sentences / base.sentences:.0%} | "
            f"{tally.tokens / base.tokens:.0%} | {cpu:.2f} | {above:.2f} | {above / whole:.0%} | "
            f"{above / lint:.0%} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    engine = Engine()
    measure(engine, args.files[0])  # warm-up: lazy patterns, first use
    for path in args.files:
        runs = [measure(engine, path) for _ in range(args.runs)]
        lint = statistics.median(lint_cpu(engine, path) for _ in range(args.runs))
        report(path, runs, lint)


if __name__ == "__main__":
    main()
