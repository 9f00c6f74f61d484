"""Score every rule on the annotated article passages (../shared/data/articles).

Runs `healthlint check --format json` over the passages, assigns each finding to the gold
sentence whose character range holds the finding's start, and reports sentence-level
precision and recall per label and over CITE, VAGUE, STAT and OVER together.

    python bench/articles.py [--errors]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

from common import prf, run_json, shared_data

LABELS = {
    "unsourced-citation": "CITE",
    "vague-attribution": "VAGUE",
    "unsourced-statistic": "STAT",
    "overstatement": "OVER",
    "causal-overreach": "CAUSAL",
    "registry-overstated": "CAUSAL",
}
CORE = ("CITE", "VAGUE", "STAT", "OVER")


def offset_of(source: str, line: int, column: int) -> int:
    starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
    return starts[line - 1] + column - 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="list false positives and misses")
    args = parser.parse_args()
    folder = shared_data() / "articles"
    gold = [
        json.loads(line)
        for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    files = sorted({g["file"] for g in gold})
    findings = run_json([str(folder / f) for f in files])
    predicted: dict[tuple[str, int], set[str]] = defaultdict(set)
    unassigned = 0
    ranges: dict[str, list[tuple[int, int, int]]] = {}
    for name in files:
        source = (folder / name).read_text(encoding="utf-8")
        cursor, spans = 0, []
        for g in (g for g in gold if g["file"] == name):
            start = source.find(g["text"], cursor)
            if start == -1:
                start = source.find(g["text"])
            spans.append((start, start + len(g["text"]), g["n"]))
            cursor = max(cursor, start + 1)
        ranges[name] = spans
    sources = {name: (folder / name).read_text(encoding="utf-8") for name in files}
    for f in findings:
        name = f["path"].rsplit("/", 1)[-1]
        label = LABELS.get(f["rule"])
        if label is None or name not in ranges:
            continue
        at = offset_of(sources[name], f["line"], f["column"])
        hit = next((n for s, e, n in ranges[name] if s <= at < e), None)
        if hit is None:
            unassigned += 1
            continue
        predicted[(name, hit)].add(label)
    counts = {label: [0, 0, 0] for label in (*CORE, "CAUSAL")}
    errors = []
    for g in gold:
        want, got = set(g["labels"]), predicted.get((g["file"], g["n"]), set())
        for label in counts:
            tp, fp, fn = label in want and label in got, label in got - want, label in want - got
            counts[label][0] += tp
            counts[label][1] += fp
            counts[label][2] += fn
            if fp or fn:
                errors.append(
                    f"{'FP' if fp else 'FN'} {label:6} {g['file'][:18]} #{g['n']}: "
                    f"{g['text'][:110]}"
                )
    print(f"{'label':8} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    total = [0, 0, 0]
    for label, (tp, fp, fn) in counts.items():
        p, r, f1 = prf(tp, fp, fn)
        print(f"{label:8} {p:6.3f} {r:6.3f} {f1:6.3f}  {tp:3} {fp:3} {fn:3}")
        if label in CORE:
            total = [a + b for a, b in zip(total, (tp, fp, fn), strict=True)]
    p, r, f1 = prf(*total)
    print(f"{'CORE':8} {p:6.3f} {r:6.3f} {f1:6.3f}  {total[0]:3} {total[1]:3} {total[2]:3}")
    print(f"findings outside any gold sentence: {unassigned}")
    if args.errors:
        print("\n".join(sorted(errors)))


if __name__ == "__main__":
    main()
