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

SOURCES = {
    "markdown link": lambda s: f"[{s[:20]}](https://doi.org/10.1000/example){s[20:]}",
    "DOI": lambda s: s.rstrip(".") + " (doi:10.1000/example).",
    "PMID": lambda s: s.rstrip(".") + " (PMID: 12345678).",
    "[1] marker": lambda s: s.rstrip(".") + " [1].",
    "author-year": lambda s: s.rstrip(".") + " (Smith et al., 2020).",
}


def with_sources(rows: list[dict]) -> None:
    """The label-1 sentences again, each with a source attached: nothing should fire."""
    positives = [" ".join(r["sentence"].split()) for r in rows if r["label"] == "1"]
    print("\nthe label-1 sentences with a source attached (should not fire):")
    for name, attach in SOURCES.items():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "sourced.md"
            text = "\n\n".join(attach(s.replace("*", "\\*").replace("[", "\\[")) for s in positives)
            path.write_text(text + "\n", encoding="utf-8")
            rules = ("unsourced-citation", "unsourced-statistic")
            findings = run_json([str(path)], "--select", ",".join(rules))
        fired = {(f["line"] - 1) // 2 for f in findings}
        share = len(fired) / len(positives)
        print(f"  {name:14} still fires on {len(fired)} of {len(positives)} ({share:.1%})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=10)
    parser.add_argument("--with-sources", action="store_true", help="also the sourced variants")
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
    if args.with_sources:
        with_sources(rows)
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
