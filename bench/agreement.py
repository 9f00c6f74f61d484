"""Two annotators on the same units: their agreement, and healthlint scored on what both agree on.

Issue 14 scores healthlint on the labels two editors agree on. Our own held-out real sets were
labelled by one annotator each; a second annotator labels the same units blind (the same
`file`, `n` and `text`, in the same order) into another file. This prints Cohen's kappa per
label between the two, then healthlint's precision and recall against each annotator alone and
against the agreed units: for a label, a unit both gave it is a positive, a unit neither gave it
a negative, and a unit only one gave it is left out of that label's counts.

    python bench/agreement.py --folder /work/realtext/I --second gold.second.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from common import run_json
from goldscore import ALL_LABELS, Score, assign, load_gold, print_table

Key = tuple[str, int]


def load_second(folder: Path, name: str, first: list[dict[str, object]]) -> dict[Key, set[str]]:
    """The second annotator's labels by unit; the units must be the first annotator's, in order."""
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    second = [json.loads(line) for line in lines if line]
    if [(g["file"], g["n"], g["text"]) for g in second] != [
        (g["file"], g["n"], g["text"]) for g in first
    ]:
        raise SystemExit(f"{folder / name}: its units are not those of gold.jsonl, in order")
    return {(g["file"], g["n"]): set(g["labels"]) for g in second}


def kappa(first: list[set[str]], second: list[set[str]], label: str) -> float:
    """Cohen's kappa for one label over the units (1.0 when both never or always use it)."""
    a = [label in labels for labels in first]
    b = [label in labels for labels in second]
    total = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / total
    pa, pb = sum(a) / total, sum(b) / total
    expected = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def counts_against(
    keys: list[Key],
    wanted: dict[Key, set[str]],
    left_out: dict[Key, set[str]],
    got: dict[Key, set[str]],
) -> dict[str, list[int]]:
    """tp/fp/fn per label; a unit is skipped for the labels in its `left_out` set."""
    counts = {label: [0, 0, 0] for label in ALL_LABELS}
    for key in keys:
        want, found = wanted[key], got.get(key, set())
        for label in ALL_LABELS:
            if label in left_out.get(key, set()):
                continue
            counts[label][0] += label in want and label in found
            counts[label][1] += label in found and label not in want
            counts[label][2] += label in want and label not in found
    return counts


def print_counts(title: str, counts: dict[str, list[int]]) -> None:
    print_table(Score(counts, []), f"\n== {title}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, required=True, help="passages and gold.jsonl")
    parser.add_argument("--second", required=True, help="the second annotator's file, in folder")
    args = parser.parse_args()
    gold = load_gold(args.folder)
    second = load_second(args.folder, args.second, gold)
    keys = [(g["file"], g["n"]) for g in gold]
    first = {(g["file"], g["n"]): set(g["labels"]) for g in gold}

    print(f"{len(keys)} units; label: first, second, both, kappa")
    for label in ALL_LABELS:
        a = sum(label in first[k] for k in keys)
        b = sum(label in second[k] for k in keys)
        both = sum(label in first[k] and label in second[k] for k in keys)
        k = kappa([first[k] for k in keys], [second[k] for k in keys], label)
        print(f"{label:8} {a:4} {b:4} {both:4}  {k:.3f}")

    findings = run_json([str(args.folder / name) for name in sorted({g["file"] for g in gold})])
    got = assign(args.folder, gold, findings).predicted
    agreed = {k: first[k] & second[k] for k in keys}
    split = {k: first[k] ^ second[k] for k in keys}
    print_counts("against the first annotator", counts_against(keys, first, {}, got))
    print_counts("against the second annotator", counts_against(keys, second, {}, got))
    print_counts("against the agreed units", counts_against(keys, agreed, split, got))


if __name__ == "__main__":
    main()
