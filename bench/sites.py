"""Trust on sites nobody tuned on: whole HTML pages with furniture (bench/data/sites, issue 9).

Runs `healthlint check --format json` over every page of the folder and scores findings
against its gold.jsonl, where only the listed sentences are problems and everything else on
the page must stay silent:

- precision: findings that start inside a gold sentence holding their label / all findings
  (a finding of a rule with no label, such as a registry rule, counts as a false alarm);
- recall: (sentence, label) pairs of the gold that some finding found / all of them.

    python bench/sites.py [--folder PATH] [--errors]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from common import REPO, run_json
from goldscore import LABELS, gold_ranges, load_gold, offset_of

DEFAULT = REPO / "bench" / "data" / "sites"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list false alarms and misses")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    gold = load_gold(args.folder)
    pages = sorted(p.name for p in args.folder.glob("*.htm*"))
    ranges = gold_ranges(args.folder, gold)
    labels_of = {(g["file"], g["n"]): set(g["labels"]) for g in gold}
    findings = run_json([str(args.folder / name) for name in pages], "--no-cache")
    good, total, found = Counter[str](), Counter[str](), set[tuple[str, int, str]]()
    errors: list[str] = []
    for f in findings:
        name = f["path"].rsplit("/", 1)[-1]
        source = (args.folder / name).read_text(encoding="utf-8")
        at = offset_of(source, f["line"], f["column"])
        unit = next((n for s, e, n in ranges.get(name, []) if s <= at < e), None)
        label = LABELS.get(f["rule"], f["rule"])
        total[name] += 1
        if unit is not None and label in labels_of[(name, unit)]:
            good[name] += 1
            found.add((name, unit, label))
            continue
        where = f"#{unit} wrong label" if unit is not None else "outside the gold"
        errors.append(f"FP {name[:28]:28} line {f['line']:<4} {label:6} {where}: {f['text'][:70]}")
    wanted = Counter(g["file"] for g in gold for _ in g["labels"])
    hits = Counter(name for name, _, _ in found)
    for g in gold:
        for label in sorted(set(g["labels"])):
            if (g["file"], g["n"], label) not in found:
                errors.append(f"FN {g['file'][:28]:28} #{g['n']:<8} {label:6}: {g['text'][:80]}")
    print(f"{'page':36} {'precision':>14} {'recall':>12}")
    for name in pages:
        print(
            f"{name[:36]:36} {ratio(good[name], total[name]):>14} {ratio(hits[name], wanted[name]):>12}"
        )
    print(
        f"{'all pages':36} {ratio(sum(good.values()), sum(total.values())):>14} "
        f"{ratio(sum(hits.values()), sum(wanted.values())):>12}"
    )
    if args.errors:
        print("\n".join(sorted(errors)))


def ratio(part: int, whole: int) -> str:
    share = f"{part / whole:.2f}" if whole else "  - "
    return f"{part}/{whole} {share}"


if __name__ == "__main__":
    main()
