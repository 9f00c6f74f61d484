"""Score `healthlint strength` on the labelled press-release sentences (shared claim-strength).

Feeds every sentence to `healthlint strength` on stdin, as a user would, and compares its
level with the label (0 none, 1 correlational, 2 conditional, 3 direct; absolute counts as 3).
Prints macro-F1, per-class precision/recall/F1, the confusion matrix, and speed: the whole
process (start-up included) on the set, on the set repeated ten times (20,760 lines: the
issue's "whole run" target) and on every distinct sentence of the shared sets (the dev set,
BioScope and the journal-mention sentences: no sentence repeated, so spaCy's tokenizer meets
new words throughout); the start-up alone (empty input); and the steady state.

    python bench/strength.py [--errors] [--runs 3] [--negated keep|none] [--rules-only]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time

from common import healthlint_command, prf, shared_data
from hedges import load as load_bioscope

LEVELS = {"none": 0, "correlational": 1, "conditional": 2, "direct": 3, "absolute": 3}
NAMES = ("none", "correlational", "conditional", "direct")
REPEAT = 10


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(sentences: list[str], *options: str) -> tuple[list[dict], float, float]:
    """Run the command once; its results, wall-clock seconds and CPU seconds (user + system).

    CPU time is reported too because wall-clock time on a busy machine measures the machine.
    """
    payload = "".join(s + "\n" for s in sentences)
    cpu = _cpu()
    start = time.perf_counter()
    proc = subprocess.run(
        [*healthlint_command(), "strength", *options],
        input=payload,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    elapsed = time.perf_counter() - start
    cpu = _cpu() - cpu
    if proc.returncode != 0:
        sys.exit(f"healthlint strength failed ({proc.returncode}): {proc.stderr.strip()}")
    return [json.loads(line) for line in proc.stdout.splitlines()], elapsed, cpu


def distinct_sentences(dev: list[str]) -> list[str]:
    """Every distinct sentence of the shared sets: the dev set, BioScope, the journal mentions."""
    bioscope = [
        text for text, _ in load_bioscope(str(shared_data() / "hedges" / "bioscope-abstracts.xml"))
    ]
    path = shared_data() / "journal-mentions" / "news-sentences.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        news = [" ".join(row["sentence"].split()) for row in csv.DictReader(handle)]
    return list(dict.fromkeys(s for s in [*dev, *bioscope, *news] if s))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="list every misclassified sentence")
    parser.add_argument("--runs", type=int, default=3, help="timing runs (the best is reported)")
    parser.add_argument(
        "--negated", choices=("keep", "none"), default="keep", help="passed to healthlint strength"
    )
    parser.add_argument(
        "--rules-only", action="store_true", help="the rule classifier without the learned model"
    )
    args = parser.parse_args()
    options = ("--negated", args.negated, *(("--rules-only",) if args.rules_only else ()))
    path = shared_data() / "claim-strength" / "press-release-sentences.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # One sentence a line: a sentence that holds a line break is joined with a space.
    sentences = [" ".join(r["sentence"].split()) for r in rows]
    gold = [int(r["label"]) for r in rows]

    results, whole, whole_cpu = run(sentences, *options)
    if len(results) != len(sentences):
        sys.exit(f"expected {len(sentences)} results, got {len(results)}")
    for _ in range(args.runs - 1):
        _, wall, cpu = run(sentences, *options)
        whole, whole_cpu = min(whole, wall), min(whole_cpu, cpu)
    empty = [run([], *options) for _ in range(args.runs)]
    startup, startup_cpu = min(e[1] for e in empty), min(e[2] for e in empty)
    many = [run(sentences * REPEAT, *options) for _ in range(max(1, args.runs - 1))]
    repeated, repeated_cpu = min(m[1] for m in many), min(m[2] for m in many)
    distinct = distinct_sentences(sentences)
    distinct_wall = min(run(distinct, *options)[1] for _ in range(max(1, args.runs - 1)))
    predicted = [LEVELS[r["strength"]] for r in results]

    matrix = [[0] * 4 for _ in range(4)]
    for g, p in zip(gold, predicted, strict=True):
        matrix[g][p] += 1
    print(f"{len(sentences)} sentences from {path.name}")
    print(f"{'class':14} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    f1s = []
    for k, name in enumerate(NAMES):
        tp = matrix[k][k]
        fp = sum(matrix[g][k] for g in range(4)) - tp
        fn = sum(matrix[k]) - tp
        p, r, f1 = prf(tp, fp, fn)
        f1s.append(f1)
        print(f"{k} {name:12} {p:6.3f} {r:6.3f} {f1:6.3f} {sum(matrix[k]):5}")
    accuracy = sum(matrix[k][k] for k in range(4)) / len(gold)
    print(f"macro-F1 {sum(f1s) / 4:.3f}   accuracy {accuracy:.3f}")
    print("\nconfusion (rows gold, columns predicted)")
    print("        " + " ".join(f"{n[:6]:>7}" for n in NAMES))
    for k, name in enumerate(NAMES):
        print(f"{name[:7]:7} " + " ".join(f"{v:7}" for v in matrix[k]))
    n = len(sentences)
    print(f"\nspeed (best of {args.runs} runs; CPU = user + system time of the process)")
    steady = (REPEAT - 1) * n / max(repeated - whole, 1e-9)
    steady_cpu = (REPEAT - 1) * n / max(repeated_cpu - whole_cpu, 1e-9)
    print(f"whole process: {n / whole:,.0f} sentences/s wall, {n / whole_cpu:,.0f}/s CPU")
    print(
        f"whole process, the set x{REPEAT} ({n * REPEAT:,} lines): "
        f"{n * REPEAT / repeated:,.0f} sentences/s wall, {n * REPEAT / repeated_cpu:,.0f}/s CPU"
    )
    print(
        f"whole process, {len(distinct):,} distinct sentences: "
        f"{len(distinct) / distinct_wall:,.0f} sentences/s wall"
    )
    print(f"steady state:  {steady:,.0f} sentences/s wall, {steady_cpu:,.0f}/s CPU")
    print(f"start-up:      {startup:.2f} s wall, {startup_cpu:.2f} s CPU")
    if args.errors:
        print()
        for row, g, p, res in zip(rows, gold, predicted, results, strict=True):
            if g != p:
                print(f"gold {g} got {p} {res['cues']}  {row['sentence'][:160]}")


if __name__ == "__main__":
    main()
