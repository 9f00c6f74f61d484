"""Pool the false alarms and misses of one half over several annotated folders.

Scores the tune (or check) half of every folder given, plus the shared articles, in one run per
folder, and writes one tab-separated line per error: kind, label, folder, site, unit, the rules
that fired on the unit with their matched text, and the unit's text. Per-folder and pooled
precision/recall per label go to stdout. The error lines hold third-party text: write them
outside the repository (`--out`).

    python bench/pool_errors.py /work/realtext/A /work/realtext/B --half tune --out FILE
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from articles import half_of
from common import run_json, shared_data
from goldscore import ALL_LABELS, LABELS, Score, assign, load_gold, print_table, score


def site_of(name: str) -> str:
    """The site part of a passage name: '101-quicknews-fasting-...' -> 'quicknews'."""
    return name.split("-", 2)[1] if name.count("-") >= 1 else name


def fired_on(
    folder: Path, gold: list[dict], findings: list[dict]
) -> dict[tuple[str, int], list[str]]:
    """(file, unit) -> 'LABEL rule: matched text' of each finding placed on the unit."""
    from goldscore import gold_ranges, offset_of

    ranges = gold_ranges(folder, gold)
    sources = {name: (folder / name).read_text(encoding="utf-8") for name in ranges}
    placed: dict[tuple[str, int], list[str]] = defaultdict(list)
    for f in findings:
        name = f["path"].rsplit("/", 1)[-1]
        if name not in ranges or f["rule"] not in LABELS:
            continue
        at = offset_of(sources[name], f["line"], f["column"])
        hit = next((n for s, e, n in ranges[name] if s <= at < e), None)
        if hit is not None:
            placed[(name, hit)].append(f"{LABELS[f['rule']]} {f['rule']}: {f.get('text') or ''}")
    return placed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--no-shared", action="store_true", help="leave the shared articles out")
    parser.add_argument("--out", type=Path, help="write the error lines here (tab-separated)")
    args = parser.parse_args()
    folders = list(args.folders)
    if not args.no_shared:
        folders.append(shared_data() / "articles")
    pooled = {label: [0, 0, 0] for label in ALL_LABELS}
    lines: list[str] = []
    for folder in folders:
        gold = [g for g in load_gold(folder) if half_of(g["file"]) == args.half]
        files = sorted({g["file"] for g in gold})
        findings = run_json([str(folder / f) for f in files])
        result: Score = score(gold, assign(folder, gold, findings), outside_is_fp=False)
        print_table(result, f"\n== {folder.name} {args.half}: {len(files)} passages")
        for label, counts in result.counts.items():
            pooled[label] = [a + b for a, b in zip(pooled[label], counts, strict=True)]
        placed = fired_on(folder, gold, findings)
        for g in gold:
            got = {p.split(" ", 1)[0] for p in placed.get((g["file"], g["n"]), [])}
            for label in ALL_LABELS:
                kind = (
                    "FP"
                    if label in got - set(g["labels"])
                    else "FN"
                    if label in set(g["labels"]) - got
                    else ""
                )
                if kind:
                    fired = " | ".join(placed.get((g["file"], g["n"]), []))
                    lines.append(
                        "\t".join(
                            (
                                kind,
                                label,
                                folder.name,
                                site_of(g["file"]),
                                f"{g['file']}#{g['n']}",
                                fired,
                                g["text"].replace("\t", " "),
                                g.get("note", ""),
                            )
                        )
                    )
    print_table(Score(pooled, []), f"\n== pooled {args.half}: {len(folders)} folders")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
