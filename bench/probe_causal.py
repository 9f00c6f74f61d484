"""Precision and recall of causal-overreach on the hand-written probe passages.

bench/data/probe-causal.jsonl holds short passages written blind to the rules, one a line:
{"text", "label_sentence": index of the overreaching sentence or null, "why"}. Half are
positives, half near misses (trial evidence, hedges, "linked to", caveats). A passage's
sentences are cut at ". " (the probe is written so that this is exact); a finding counts for
the sentence that holds its start. A positive passage is a true positive when its labelled
sentence has a finding, else a miss; any finding in another sentence is a false alarm.
Lines are split by their 1-based number: odd lines are the tune half, even lines the check half.

    python bench/probe_causal.py [--half tune|check|all] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re

from common import REPO, prf

PROBE = REPO / "bench" / "data" / "probe-causal.jsonl"
RULE = "causal-overreach"
# A sentence ends at ., ! or ? followed by a space; the probe avoids abbreviations.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentence_starts(text: str) -> list[int]:
    """The character offset where each sentence of the passage starts."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def flagged_sentences(text: str, engine: object) -> set[int]:
    """The indexes of the sentences holding the start of a causal-overreach finding."""
    from linter.api import lint_text

    starts = sentence_starts(text)
    lines = text.split("\n")
    found: set[int] = set()
    for finding in lint_text(text, "probe.md", engine=engine):  # type: ignore[arg-type]
        if finding.rule != RULE:
            continue
        offset = sum(len(line) + 1 for line in lines[: finding.line - 1]) + finding.column - 1
        found.add(max(k for k, s in enumerate(starts) if s <= offset))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("tune", "check", "all"))
    parser.add_argument("--errors", action="store_true", help="list false alarms and misses")
    args = parser.parse_args()
    from linter.engine import Engine

    engine = Engine()
    items = [json.loads(line) for line in PROBE.read_text().splitlines() if line.strip()]
    flagged = [flagged_sentences(item["text"], engine) for item in items]
    for half in (args.half,) if args.half else ("tune", "check", "all"):
        tp = fp = fn = 0
        errors: list[str] = []
        for number, (item, found) in enumerate(zip(items, flagged, strict=True), start=1):
            if half != "all" and (number % 2 == 1) != (half == "tune"):
                continue
            gold = item["label_sentence"]
            if gold is not None:
                if gold in found:
                    tp += 1
                else:
                    fn += 1
                    errors.append(f"MISS line {number}: {item['why']}")
            for k in sorted(found - ({gold} if gold is not None else set())):
                fp += 1
                errors.append(f"FALSE line {number} sentence {k}: {item['why']}")
        precision, recall, _ = prf(tp, fp, fn)
        print(f"{half:5}  tp {tp:2}  fp {fp:2}  fn {fn:2}  P {precision:.2f}  R {recall:.2f}")
        if args.errors:
            print("\n".join(errors))


if __name__ == "__main__":
    main()
