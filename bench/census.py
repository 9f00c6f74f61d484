"""Pool the misses and false alarms of chosen labels over the tune halves of several sets.

For a census of the wording that carries a label (issue 14): every folder of annotated real
passages is scored on its tune half only (odd file numbers; the check half is never read, only
scored by bench/articles.py), and each miss (FN) and false alarm (FP) of the asked labels is
printed in full with its set, site and gold note. The output holds third-party text: write it
outside the repository.

    python bench/census.py --labels CITE,STAT FOLDER [FOLDER ...] > /elsewhere/pool.txt

A folder without a DONE file is skipped unless it is the shared articles (no DONE there).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from articles import half_of
from common import run_json
from goldscore import assign, load_gold, score


def site_of(name: str) -> str:
    """The site slug of `NNN-site-topic.md`: the word after the number."""
    parts = name.split("-")
    return parts[1] if len(parts) > 1 else name


def census(
    folder: Path, labels: set[str], show_tp: bool = False
) -> tuple[dict[str, list[int]], list[str]]:
    gold = [g for g in load_gold(folder) if half_of(g["file"]) == "tune"]
    files = sorted({g["file"] for g in gold})
    findings = run_json([str(folder / f) for f in files])
    assignment = assign(folder, gold, findings)
    result = score(gold, assignment, outside_is_fp=False)
    lines = []
    for g in gold:
        got = assignment.predicted.get((g["file"], g["n"]), set())
        for label in sorted(labels):
            want = label in g["labels"]
            if want == (label in got) and not (show_tp and want):
                continue
            kind = ("TP" if label in got else "FN") if want else "FP"
            lines.append(
                f"{kind}\t{label}\t{folder.name}\t{site_of(g['file'])}\t{g['file']}#{g['n']}\t"
                f"{g['text']}\tNOTE: {g.get('note', '')}"
            )
    return result.counts, lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", default="CITE,STAT", help="comma-separated")
    parser.add_argument("--tp", action="store_true", help="also list the units found")
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    labels = set(args.labels.split(","))
    totals = {label: [0, 0, 0] for label in labels}
    for folder in args.folders:
        if not (folder / "gold.jsonl").is_file() or (
            folder.parent.name == "realtext" and not (folder / "DONE").exists()
        ):
            print(f"# {folder}: not ready, skipped")
            continue
        counts, lines = census(folder, labels, args.tp)
        for label in sorted(labels):
            tp, fp, fn = counts[label]
            totals[label] = [a + b for a, b in zip(totals[label], counts[label], strict=True)]
            print(f"# {folder.name} {label} tp={tp} fp={fp} fn={fn}")
        print("\n".join(lines))
    for label, (tp, fp, fn) in sorted(totals.items()):
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"# POOL {label} P={p:.3f} R={r:.3f} tp={tp} fp={fp} fn={fn}")


if __name__ == "__main__":
    main()
