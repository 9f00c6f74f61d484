"""Pool the scores and the errors of several labelled sets, for a census of misses by class.

Runs healthlint once per folder (each holding passages and a gold.jsonl, as bench/articles.py
reads them), and prints precision and recall per label for each set and pooled over all of
them, on one half (tune: odd file numbers, check: even). With `--errors FILE` (tune half only:
the check half's sentences are not to be read) it writes one JSON line per false alarm and miss
of the labels asked for, with the set, the site (the file name's word after its number), the
sentence, the gold note and the words each finding flagged, to sort into classes by hand.
Write that file outside the repository: it holds third-party text.

    python bench/census.py DIR [DIR ...] [--shared] [--half tune|check] [--labels OVER CAUSAL]
        [--errors OUT.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from articles import half_of
from common import prf, run_json, shared_data
from goldscore import ALL_LABELS, LABELS, gold_ranges, load_gold, offset_of

# Held-out sets nobody develops on: never scored or read here.
HELD_OUT = {"E", "I", "J"}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path, help="labelled sets")
    parser.add_argument("--shared", action="store_true", help="add ../shared/data/articles")
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--labels", nargs="+", default=list(ALL_LABELS))
    parser.add_argument("--errors", type=Path, help="write the errors here (tune half only)")
    args = parser.parse_args(argv)
    if args.errors and args.half != "tune":
        parser.error("--errors reads sentences: only the tune half")
    for folder in args.folders:
        if folder.resolve().name in HELD_OUT:
            parser.error(f"{folder}: a held-out set")
    return args


def site_of(name: str) -> str:
    """The word after the file number: '101-quicknews-fasting.md' -> 'quicknews'."""
    parts = name.split("-")
    return parts[1] if len(parts) > 1 else name


def score_set(
    folder: Path, half: str, labels: list[str]
) -> tuple[dict[str, list[int]], list[dict]]:
    """tp/fp/fn per label on one half of one set, and its errors as records."""
    gold = [g for g in load_gold(folder) if half_of(g["file"]) == half]
    files = sorted({g["file"] for g in gold})
    findings = run_json([str(folder / f) for f in files])
    ranges = gold_ranges(folder, gold)
    sources = {name: (folder / name).read_text(encoding="utf-8") for name in files}
    flagged: dict[tuple[str, int], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for f in findings:
        name, label = f["path"].rsplit("/", 1)[-1], LABELS.get(f["rule"])
        if name not in ranges or label is None:
            continue
        at = offset_of(sources[name], f["line"], f["column"])
        hit = next((n for s, e, n in ranges[name] if s <= at < e), None)
        if hit is not None:
            flagged[(name, hit)][label].append(f"{f['rule']}: {f.get('text') or ''}")
    counts = {label: [0, 0, 0] for label in labels}
    errors = []
    for g in gold:
        want, got = set(g["labels"]), flagged.get((g["file"], g["n"]), {})
        for label in labels:
            kind = "TP" if label in want and label in got else "FP" if label in got else None
            kind = kind or ("FN" if label in want else None)
            if kind is None:
                continue
            counts[label][("TP", "FP", "FN").index(kind)] += 1
            if kind != "TP":
                errors.append(
                    {
                        "set": folder.name,
                        "site": site_of(g["file"]),
                        "file": g["file"],
                        "n": g["n"],
                        "kind": kind,
                        "label": label,
                        "text": g["text"],
                        "note": g.get("note", ""),
                        "gold": g["labels"],
                        "flagged": got.get(label, []),
                    }
                )
    return counts, errors


def print_row(name: str, counts: dict[str, list[int]]) -> None:
    cells = []
    for label, (tp, fp, fn) in counts.items():
        p, r, _ = prf(tp, fp, fn)
        cells.append(f"{label} {p:.3f}/{r:.3f} ({tp}/{fp}/{fn})")
    print(f"{name:8} " + "  ".join(cells))


def main() -> None:
    args = parse_args()
    folders = list(args.folders) + ([shared_data() / "articles"] if args.shared else [])
    pooled = {label: [0, 0, 0] for label in args.labels}
    errors: list[dict] = []
    print(f"{args.half} half, P/R (tp/fp/fn) per label")
    for folder in folders:
        counts, found = score_set(folder, args.half, args.labels)
        print_row(folder.name, counts)
        errors += found
        for label, row in counts.items():
            pooled[label] = [a + b for a, b in zip(pooled[label], row, strict=True)]
    print_row("POOL", pooled)
    if args.errors:
        lines = [json.dumps(e, ensure_ascii=False) for e in errors]
        args.errors.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(errors)} errors -> {args.errors}")


if __name__ == "__main__":
    main()
