"""Score every rule on annotated passages (default ../shared/data/articles).

Runs `healthlint check --format json` over the passages, assigns each finding to the gold
sentence whose character range holds the finding's start, and reports sentence-level
precision and recall per label and over CITE, VAGUE, STAT and OVER together.

The passages are split in two halves so that tuning on one can be checked on the other: the
tune half is the passages whose file number (the number the file name starts with) is odd, the
check half those whose number is even. By default all three tables print from one run.
`--folder` scores another folder in the same format, such as the blind set written for
issue 14 (bench/data/written).

    python bench/articles.py [--folder PATH] [--half tune|check|all] [--errors]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import run_json, shared_data
from goldscore import assign, load_gold, print_table, score

HALVES = ("tune", "check", "all")


def half_of(name: str) -> str:
    """'tune' for an odd file number, 'check' for an even one."""
    digits = ""
    for char in name:
        if not char.isdigit():
            break
        digits += char
    if not digits:
        raise SystemExit(f"{name}: the file name does not start with a number")
    return "tune" if int(digits) % 2 else "check"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--folder",
        type=Path,
        help="passages and their gold.jsonl (default: the shared articles)",
    )
    parser.add_argument("--half", choices=HALVES, help="score only this half (default: all three)")
    parser.add_argument("--errors", action="store_true", help="list false positives and misses")
    return parser.parse_args(argv)


def gold_folder(args: argparse.Namespace) -> Path:
    """The folder asked for, else the shared articles; it must hold a gold.jsonl."""
    # The shared data is looked up only when needed: --folder works without it.
    folder: Path = args.folder if args.folder else shared_data() / "articles"
    if not (folder / "gold.jsonl").is_file():
        raise SystemExit(f"{folder}: no gold.jsonl there")
    return folder


def main() -> None:
    args = parse_args()
    folder = gold_folder(args)
    gold = load_gold(folder)
    files = sorted({g["file"] for g in gold})
    findings = run_json([str(folder / f) for f in files])
    for half in (args.half,) if args.half else HALVES:
        mine = [g for g in gold if half == "all" or half_of(g["file"]) == half]
        names = {g["file"] for g in mine}
        assignment = assign(folder, mine, findings)
        result = score(mine, assignment, outside_is_fp=False)
        title = "all passages" if half == "all" else f"{half} half"
        print_table(result, f"\n== {title}: {len(names)} passages, {len(mine)} sentences")
        print(f"findings outside any gold sentence: {len(assignment.outside)}")
        if args.errors:
            print("\n".join(sorted(result.errors)))


if __name__ == "__main__":
    main()
