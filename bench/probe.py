"""Score the rules on the probe sentences of issue 14, written blind to the rules.

Each probe file holds one sentence a line: {"text", "label", "why"}, label one of the set's
labels or "none" (a near miss that must stay silent):
- bench/data/probe-attribution.jsonl: VAGUE and CITE (vague-attribution, unsourced-citation);
- bench/data/probe-over-stat.jsonl: OVER and STAT (overstatement, unsourced-statistic).
Each sentence is linted alone, as a Markdown file of one paragraph; a label is predicted when
its rule fires on it. Odd lines (1, 3, ...) are the tune half, even lines the check half, as
the odd and even passages of bench/articles.py.

    python bench/probe.py [--set attribution|over-stat|all] [--half tune|check|all] [--errors]

--errors lists the tune lines' false alarms and misses only: the check lines stay unread.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from common import prf

DATA = Path(__file__).parent / "data"
SETS = {
    "attribution": (DATA / "probe-attribution.jsonl", ("VAGUE", "CITE")),
    "over-stat": (DATA / "probe-over-stat.jsonl", ("OVER", "STAT")),
}
RULES = {
    "VAGUE": "vague-attribution",
    "CITE": "unsourced-citation",
    "OVER": "overstatement",
    "STAT": "unsourced-statistic",
}
HALVES = ("tune", "check", "all")


def load(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for number, row in enumerate(rows, 1):
        row["half"] = "tune" if number % 2 else "check"
        row["line"] = number
    return rows


def predict(rows: list[dict], labels: tuple[str, ...]) -> None:
    """Add to each row the labels its rules fire with."""
    from linter.api import lint_text
    from linter.engine import Engine

    engine = Engine()
    for row in rows:
        fired = {f.rule for f in lint_text(row["text"] + "\n", "probe.md", engine=engine)}
        row["predicted"] = {label for label in labels if RULES[label] in fired}


def report(rows: list[dict], labels: tuple[str, ...], half: str, errors: bool) -> None:
    mine = [r for r in rows if half == "all" or r["half"] == half]
    print(f"\n== {half}: {len(mine)} sentences")
    print(f"{'label':<7}{'tp':>4}{'fp':>4}{'fn':>4}{'P':>7}{'R':>7}")
    for label in labels:
        tp = sum(1 for r in mine if label in r["predicted"] and r["label"] == label)
        fp = sum(1 for r in mine if label in r["predicted"] and r["label"] != label)
        fn = sum(1 for r in mine if label not in r["predicted"] and r["label"] == label)
        precision, recall, _ = prf(tp, fp, fn)
        print(f"{label:<7}{tp:>4}{fp:>4}{fn:>4}{precision:>7.3f}{recall:>7.3f}")
    silent = [r for r in mine if r["label"] == "none"]
    loud = sum(1 for r in silent if r["predicted"])
    print(f"near misses that fired: {loud}/{len(silent)}")
    if errors:  # the tune lines only, whatever the half: the check lines stay unread
        for r in (r for r in mine if r["half"] == "tune"):
            want = {r["label"]} - {"none"}
            if r["predicted"] != want:
                got = ",".join(sorted(r["predicted"])) or "-"
                print(f"  {r['line']:>3} want {r['label']:<5} got {got:<11} {r['text']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all", help="which probe file")
    parser.add_argument("--half", choices=HALVES, help="score only this half (default: all three)")
    parser.add_argument("--errors", action="store_true", help="list tune false alarms and misses")
    args = parser.parse_args()
    for name in SETS if args.set == "all" else (args.set,):
        path, labels = SETS[name]
        print(f"\n# {name}: {path.name}")
        rows = load(path)
        predict(rows, labels)
        for half in (args.half,) if args.half else HALVES:
            report(rows, labels, half, args.errors and half == "tune")


if __name__ == "__main__":
    main()
