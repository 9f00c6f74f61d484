"""Precision and recall of OVER and STAT on a sentence probe set (bench/data/probe-over-stat.jsonl).

Each line is {"text", "label": OVER|STAT|none, "why"}: a sentence written for issue 14 before the
rules were changed, to measure wording the lexicons have not seen. Every sentence is checked as
its own paragraph of one Markdown file through the command line, as a user would. Odd lines
(1, 3, ...) are the tune half, even lines the check half; both halves print.

    python bench/probe.py [--file PATH] [--errors]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from common import REPO, prf, run_json

PROBE = REPO / "bench" / "data" / "probe-over-stat.jsonl"
RULES = {"overstatement": "OVER", "unsourced-statistic": "STAT"}
LABELS = ("OVER", "STAT")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def predicted_labels(rows: list[dict]) -> list[set[str]]:
    """The OVER/STAT labels healthlint gives each row, the rows written one paragraph each."""
    with tempfile.TemporaryDirectory() as folder:
        doc = Path(folder) / "probe.md"
        # A blank line between rows keeps each its own paragraph (and a heading its own block).
        doc.write_text("\n\n".join(row["text"] for row in rows) + "\n", encoding="utf-8")
        findings = run_json([str(doc)])
    found: list[set[str]] = [set() for _ in rows]
    for finding in findings:
        label = RULES.get(finding["rule"])
        if label:
            # Row i sits on line 2*i + 1 of the file.
            found[(finding["line"] - 1) // 2].add(label)
    return found


def report(title: str, rows: list[dict], found: list[set[str]], errors: bool) -> None:
    print(f"\n== {title}: {len(rows)} sentences")
    print(f"{'label':<6} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6}")
    for label in LABELS:
        tp = sum(1 for r, f in zip(rows, found, strict=True) if r["label"] == label and label in f)
        fp = sum(1 for r, f in zip(rows, found, strict=True) if r["label"] != label and label in f)
        fn = sum(
            1 for r, f in zip(rows, found, strict=True) if r["label"] == label and label not in f
        )
        precision, recall, _ = prf(tp, fp, fn)
        print(f"{label:<6} {tp:>4} {fp:>4} {fn:>4} {precision:>6.3f} {recall:>6.3f}")
    if errors:
        for row, labels in zip(rows, found, strict=True):
            gold = {row["label"]} - {"none"}
            for label in sorted(labels - gold):
                print(f"  FP {label}: {row['text']}")
            for label in sorted(gold - labels):
                print(f"  FN {label}: {row['text']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=PROBE)
    parser.add_argument("--errors", action="store_true", help="list false alarms and misses")
    parser.add_argument("--half", choices=("tune", "check"), help="print only this half")
    args = parser.parse_args()
    rows = load(args.file)
    found = predicted_labels(rows)
    for half, start in (("tune", 0), ("check", 1)):
        if args.half in (None, half):
            report(f"{half} half", rows[start::2], found[start::2], args.errors)


if __name__ == "__main__":
    main()
