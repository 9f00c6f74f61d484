"""Pool the tune-half misses and false alarms of every ready real set, by label, for a census.

Each real set (a folder of numbered passages with a gold.jsonl, ready once its DONE file
exists) is split as bench/articles.py splits it: odd file numbers are the tune half, even
ones the check half. Of the check half only the figures print; of the tune half every miss
(FN) and false alarm (FP) of the labels asked for is written, one a line, with its set, site
and the annotators' note, so that misses can be sorted into construction classes and counted
by distinct site. The shared articles (../shared/data/articles) are set "S".

Held-out sets are refused by name. The output holds third-party text: write it outside the
repository.

    python bench/census_pool.py --labels VAGUE --out DIR [--root /work/realtext] [SET ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from articles import half_of
from common import prf, run_json, shared_data
from goldscore import ALL_LABELS, CORE, assign, load_gold, score

# Nobody develops on these; the lead measures them once at the end.
HELD_OUT = frozenset({"E", "I", "J"})
DEVELOPMENT = ("A", "B", "G", "H", "K", "L", "M", "N", "O", "U")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (default: every ready one)")
    parser.add_argument("--labels", nargs="+", default=["VAGUE"], choices=ALL_LABELS)
    parser.add_argument("--root", type=Path, default=Path("/work/realtext"))
    parser.add_argument("--out", type=Path, required=True, help="folder for errors-LABEL.txt")
    return parser.parse_args()


def ready_sets(root: Path, asked: list[str]) -> list[str]:
    names = asked or [s for s in DEVELOPMENT if (root / s / "DONE").is_file()]
    refused = HELD_OUT.intersection(names)
    if refused:
        raise SystemExit(f"held-out sets are never scored here: {sorted(refused)}")
    return names


def site_of(file: str) -> str:
    """'903-example-topic.md' -> 'example' (the site is the word after the number)."""
    return file.split("-", 2)[1] if file.count("-") >= 1 else file


def figures(label_counts: dict[str, list[int]], labels: list[str]) -> str:
    cells = []
    for label in [*labels, "CORE"]:
        if label == "CORE":
            tp, fp, fn = (sum(label_counts[c][i] for c in CORE) for i in range(3))
        else:
            tp, fp, fn = label_counts[label]
        p, r, _ = prf(tp, fp, fn)
        cells.append(f"{label} P {p:.3f} R {r:.3f} ({tp}/{fp}/{fn})")
    return "  ".join(cells)


def main() -> None:
    args = parse_args()
    folders = {s: args.root / s for s in ready_sets(args.root, args.sets)}
    folders["S"] = shared_data() / "articles"
    args.out.mkdir(parents=True, exist_ok=True)
    pooled: dict[str, list[str]] = {label: [] for label in args.labels}
    for name, folder in folders.items():
        gold = load_gold(folder)
        findings = run_json([str(folder / f) for f in sorted({g["file"] for g in gold})])
        for half in ("tune", "check"):
            mine = [g for g in gold if half_of(g["file"]) == half]
            result = score(mine, assign(folder, mine, findings), outside_is_fp=False)
            print(f"{name} {half:5} {figures(result.counts, args.labels)}")
            if half != "tune":
                continue  # never the check half's sentences
            got = assign(folder, mine, findings).predicted
            for g in mine:
                have = got.get((g["file"], g["n"]), set())
                for label in args.labels:
                    kind = "FN" if label in g["labels"] and label not in have else None
                    kind = "FP" if label in have and label not in g["labels"] else kind
                    if kind:
                        unit = f"{kind}\t{name}\t{site_of(g['file'])}\t{g['file'].split('-')[0]}#{g['n']}"
                        note = (g.get("note") or "").replace("\n", " ")
                        pooled[label].append(f"{unit}\t{g['text']}\t|| {note}")
    for label, lines in pooled.items():
        (args.out / f"errors-{label}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        fn = sum(line.startswith("FN") for line in lines)
        print(f"{label}: {fn} FN, {len(lines) - fn} FP -> {args.out}/errors-{label}.txt")


if __name__ == "__main__":
    main()
