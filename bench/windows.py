"""Score healthlint on the 40 labelled windows of real websites (../shared/data/wild/windows).

Scored like bench/articles.py (a finding counts for the unit whose character range holds its
start), with one difference from the README: a finding on text that no unit covers is a false
alarm too. Most units carry no label, so these windows mostly measure how quiet healthlint
stays on careful pages and on page furniture; the report also counts findings on units
labelled [] with the note "not prose".

    python bench/windows.py [--errors]
"""

from __future__ import annotations

import argparse
import re

from common import run_json, shared_data
from goldscore import assign, load_gold, print_table, score

CORPUS = re.compile(r"w-(.+)-\d+\.md$")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="list false alarms and misses")
    args = parser.parse_args()
    folder = shared_data() / "wild" / "windows"
    gold = load_gold(folder)
    files = sorted({g["file"] for g in gold})
    findings = run_json([str(folder / f) for f in files], "--no-cache")
    corpora = sorted({CORPUS.match(name).group(1) for name in files})
    for corpus in (*corpora, "all"):
        mine = [g for g in gold if corpus == "all" or CORPUS.match(g["file"]).group(1) == corpus]
        assignment = assign(folder, mine, findings)
        result = score(mine, assignment, outside_is_fp=True)
        not_prose = {(g["file"], g["n"]) for g in mine if g.get("note") == "not prose"}
        on_furniture = sum(len(v) for k, v in assignment.predicted.items() if k in not_prose)
        labelled = sum(1 for g in mine if g["labels"])
        print_table(
            result,
            f"\n== {corpus}: {len({g['file'] for g in mine})} windows, {len(mine)} units, "
            f"{labelled} labelled, {len(not_prose)} not prose",
        )
        print(
            f"findings outside any unit: {len(assignment.outside)}; "
            f"labels flagged on not-prose units: {on_furniture}; "
            f"findings of unmapped rules: {assignment.unmapped}"
        )
        if args.errors:
            print("\n".join(sorted(result.errors)))


if __name__ == "__main__":
    main()
