"""Pool the scores and the errors of several labelled sets, for a census of misses by class.

Runs healthlint once per set (a folder of numbered passages with a gold.jsonl, as
bench/articles.py reads it) and prints precision and recall per label, and over the core
labels, for each set and pooled, on each half asked for (tune: odd file numbers, check: even).
With `--out FILE` it writes one JSON line per false alarm and miss of the labels asked for,
from the tune half only (the check half's sentences are never read, only its figures print):
the set, the site (the file name's word after its number), the unit, its text, the
annotators' note, the words each finding of that label flagged and every rule that fired on
the unit, to sort into construction classes by hand and count by distinct site. That file holds
third-party text: write it outside the repository.

A set is a folder, or a name under `--root`; `--ready` adds every set there that has its DONE
file. The held-out sets are refused by name before anything in them is read.

    python bench/census.py [DIR|SET ...] [--ready] [--root /work/realtext] [--shared]
        [--half tune|check|both] [--labels OVER CAUSAL] [--out OUT.jsonl]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from articles import half_of
from common import prf, run_json, shared_data
from goldscore import ALL_LABELS, CORE, assign, load_gold, score

# Held-out sets nobody develops on: the lead measures them once at the end, never here.
HELD_OUT = frozenset({"E", "I", "J"})
HALVES = {"tune": ("tune",), "check": ("check",), "both": ("tune", "check")}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="labelled sets: folders, or names under --root")
    parser.add_argument("--root", type=Path, default=Path("/work/realtext"))
    parser.add_argument("--ready", action="store_true", help="add every ready set under --root")
    parser.add_argument("--shared", action="store_true", help="add ../shared/data/articles")
    parser.add_argument("--half", choices=tuple(HALVES), default="tune")
    parser.add_argument("--labels", nargs="+", default=list(ALL_LABELS), choices=ALL_LABELS)
    # `--errors` is the name census.py had before the three pooling scripts became this one.
    parser.add_argument("--out", "--errors", dest="out", type=Path, help="errors (tune half)")
    args = parser.parse_args(argv)
    if args.out and "tune" not in HALVES[args.half]:
        parser.error("--out reads sentences: only the tune half")
    args.folders = folders_of(args, parser)
    return args


def folders_of(args: argparse.Namespace, parser: argparse.ArgumentParser) -> list[Path]:
    """The folders to score, every held-out one refused before it is opened."""
    folders = [Path(s) if Path(s).is_dir() else args.root / s for s in args.sets]
    if args.ready:
        ready = sorted(p for p in args.root.iterdir() if p.name not in HELD_OUT and p.is_dir())
        folders += [p for p in ready if (p / "DONE").is_file() and p not in folders]
    for folder in folders:
        if folder.name in HELD_OUT or folder.resolve().name in HELD_OUT:
            parser.error(f"{folder}: a held-out set, never scored here")
    return folders + ([shared_data() / "articles"] if args.shared else [])


def site_of(name: str) -> str:
    """The word after the file number: '101-quicknews-fasting.md' -> 'quicknews'."""
    parts = name.split("-")
    return parts[1] if len(parts) > 1 else name


def figures(counts: dict[str, list[int]], labels: list[str]) -> str:
    """P/R (tp/fp/fn) of each label asked for and of the core labels together."""
    core = [sum(counts[label][i] for label in CORE) for i in range(3)]
    cells = []
    for label, (tp, fp, fn) in [*((label, counts[label]) for label in labels), ("CORE", core)]:
        p, r, _ = prf(tp, fp, fn)
        cells.append(f"{label} {p:.3f}/{r:.3f} ({tp}/{fp}/{fn})")
    return "  ".join(cells)


def errors_of(
    folder: Path, gold: list[dict], findings: list[dict], labels: list[str]
) -> list[dict]:
    """One record per false alarm and miss of `labels` on these (tune) units."""
    placed = assign(folder, gold, findings)
    records = []
    for g in gold:
        unit = (g["file"], g["n"])
        want, got = set(g["labels"]), placed.predicted.get(unit, set())
        fired = placed.fired.get(unit, [])
        for label in labels:
            kind = "FP" if label in got - want else "FN" if label in want - got else None
            if kind is None:
                continue
            records.append(
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
                    "flagged": [f.split(" ", 1)[1] for f in fired if f.startswith(f"{label} ")],
                    "fired": fired,
                }
            )
    return records


def main() -> None:
    args = parse_args()
    halves = HALVES[args.half]
    pooled = {half: {label: [0, 0, 0] for label in ALL_LABELS} for half in halves}
    errors: list[dict] = []
    print(f"P/R (tp/fp/fn) per label, {' and '.join(halves)} half")
    for folder in args.folders:
        gold = [g for g in load_gold(folder) if half_of(g["file"]) in halves]
        findings = run_json([str(folder / f) for f in sorted({g["file"] for g in gold})])
        for half in halves:
            mine = [g for g in gold if half_of(g["file"]) == half]
            counts = score(mine, assign(folder, mine, findings), outside_is_fp=False).counts
            print(f"{folder.name:8} {half:5} {figures(counts, args.labels)}")
            for label, row in counts.items():
                pooled[half][label] = [a + b for a, b in zip(pooled[half][label], row, strict=True)]
            if half == "tune" and args.out:
                errors += errors_of(folder, mine, findings, args.labels)
    for half in halves:
        print(f"{'POOL':8} {half:5} {figures(pooled[half], args.labels)}")
    if args.out:
        lines = [json.dumps(e, ensure_ascii=False) for e in errors]
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        fn = sum(e["kind"] == "FN" for e in errors)
        print(f"{fn} misses, {len(errors) - fn} false alarms -> {args.out}")


if __name__ == "__main__":
    main()
