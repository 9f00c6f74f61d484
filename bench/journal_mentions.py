"""Score unsourced-citation on the journal-mention sentences (../shared/data/journal-mentions).

Each sentence becomes one paragraph of a text file; healthlint runs once over it. Reports the
share of label-1 sentences flagged with the journal's name inside the flagged span, and how
often the rule fires on label-0 sentences (with examples: naming an institution is a citation too).

    python bench/journal_mentions.py [--examples N]
"""

from __future__ import annotations

import argparse
import csv
import tempfile
from pathlib import Path

from common import run_json, shared_data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=10)
    args = parser.parse_args()
    with open(shared_data() / "journal-mentions" / "news-sentences.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sentences.txt"
        # One sentence per paragraph: line 2i+1 holds sentence i.
        path.write_text(
            "\n\n".join(" ".join(r["sentence"].split()) for r in rows) + "\n", encoding="utf-8"
        )
        findings = run_json([str(path)], "--select", "unsourced-citation")
    by_row: dict[int, list[dict]] = {}
    for finding in findings:
        by_row.setdefault((finding["line"] - 1) // 2, []).append(finding)
    positives = [i for i, r in enumerate(rows) if r["label"] == "1"]
    negatives = [i for i, r in enumerate(rows) if r["label"] == "0"]
    fired = [i for i in positives if i in by_row]
    with_name = [i for i in fired if any(_name_in(rows[i]["jo"], f["text"]) for f in by_row[i])]
    fired_neg = [i for i in negatives if i in by_row]
    print(
        f"label 1: {len(positives)} sentences; fired on {len(fired)} "
        f"({len(fired) / len(positives):.1%});"
        f" journal name inside the span: {len(with_name)} ({len(with_name) / len(positives):.1%})"
    )
    print(
        f"label 0: {len(negatives)} sentences; fired on {len(fired_neg)} "
        f"({len(fired_neg) / len(negatives):.1%})"
    )
    print("\nlabel 1 missed (journal not in span):")
    for i in [i for i in positives if i not in with_name][: args.examples]:
        print(f"  [{rows[i]['jo']}] {' '.join(rows[i]['sentence'].split())[:200]}")
    print("\nlabel 0 fired on (what was flagged):")
    for i in fired_neg[: args.examples]:
        print(f"  [{by_row[i][0]['text']}] {' '.join(rows[i]['sentence'].split())[:160]}")


def _name_in(journal: str, span: str) -> bool:
    simplify = lambda s: " ".join(s.lower().replace("the ", "").split())  # noqa: E731
    return simplify(journal)[:12] in simplify(span)


if __name__ == "__main__":
    main()
