"""Sentence-level scoring against a gold.jsonl: shared by bench/articles.py and bench/windows.py."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from common import prf

LABELS = {
    "unsourced-citation": "CITE",
    "vague-attribution": "VAGUE",
    "unsourced-statistic": "STAT",
    "overstatement": "OVER",
    "causal-overreach": "CAUSAL",
    "registry-overstated": "CAUSAL",
}
CORE = ("CITE", "VAGUE", "STAT", "OVER")
ALL_LABELS = (*CORE, "CAUSAL")


def load_gold(folder: Path) -> list[dict]:
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def offset_of(source: str, line: int, column: int) -> int:
    starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
    return starts[line - 1] + column - 1


def gold_ranges(folder: Path, gold: list[dict]) -> dict[str, list[tuple[int, int, int]]]:
    """File -> (start, end, n) of each gold unit, found in order as an exact substring."""
    ranges: dict[str, list[tuple[int, int, int]]] = {}
    for name in sorted({g["file"] for g in gold}):
        source = (folder / name).read_text(encoding="utf-8")
        # The passage starts after the front matter, whose `title:` may repeat the first line.
        front = re.match(r"---\n.*?\n---\n", source, re.S)
        cursor, spans = (front.end() if front else 0), []
        for g in (g for g in gold if g["file"] == name):
            start = source.find(g["text"], cursor)
            if start == -1:
                start = source.find(g["text"])
            spans.append((start, start + len(g["text"]), g["n"]))
            cursor = max(cursor, start + 1)
        ranges[name] = spans
    return ranges


@dataclass
class Assignment:
    """Findings placed on gold units; `outside` holds (file, label, line, text) of the rest.

    `fired` keeps, per unit, 'LABEL rule: matched text' of each finding placed on it, so that an
    error can be sorted by the rule and words that made it.
    """

    predicted: dict[tuple[str, int], set[str]] = field(default_factory=lambda: defaultdict(set))
    fired: dict[tuple[str, int], list[str]] = field(default_factory=lambda: defaultdict(list))
    outside: list[tuple[str, str, int, str]] = field(default_factory=list)
    unmapped: int = 0


def assign(folder: Path, gold: list[dict], findings: list[dict]) -> Assignment:
    """A finding counts for the unit whose character range holds the finding's start."""
    ranges = gold_ranges(folder, gold)
    sources = {name: (folder / name).read_text(encoding="utf-8") for name in ranges}
    result = Assignment()
    for f in findings:
        name = f["path"].rsplit("/", 1)[-1]
        label = LABELS.get(f["rule"])
        if name not in ranges:
            continue
        if label is None:
            result.unmapped += 1
            continue
        at = offset_of(sources[name], f["line"], f["column"])
        hit = next((n for s, e, n in ranges[name] if s <= at < e), None)
        if hit is None:
            result.outside.append((name, label, f["line"], f.get("text") or ""))
            continue
        result.predicted[(name, hit)].add(label)
        result.fired[(name, hit)].append(f"{label} {f['rule']}: {f.get('text') or ''}")
    return result


@dataclass
class Score:
    counts: dict[str, list[int]]
    errors: list[str]


def score(gold: list[dict], assignment: Assignment, outside_is_fp: bool) -> Score:
    """tp/fp/fn per label over the gold units (and, if asked, findings outside every unit)."""
    counts = {label: [0, 0, 0] for label in ALL_LABELS}
    errors = []
    for g in gold:
        want, got = set(g["labels"]), assignment.predicted.get((g["file"], g["n"]), set())
        for label in counts:
            tp, fp, fn = label in want and label in got, label in got - want, label in want - got
            counts[label][0] += tp
            counts[label][1] += fp
            counts[label][2] += fn
            if fp or fn:
                note = " [not prose]" if g.get("note") == "not prose" else ""
                errors.append(
                    f"{'FP' if fp else 'FN'} {label:6} {g['file'][:24]} #{g['n']}{note}: "
                    f"{g['text'][:110]}"
                )
    if outside_is_fp:
        for name, label, line, text in assignment.outside:
            counts[label][1] += 1
            errors.append(f"FP {label:6} {name[:24]} line {line} [outside any unit]: {text[:80]}")
    return Score(counts, errors)


def print_table(score_: Score, title: str = "") -> None:
    if title:
        print(title)
    print(f"{'label':8} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    total = [0, 0, 0]
    for label, (tp, fp, fn) in score_.counts.items():
        p, r, f1 = prf(tp, fp, fn)
        print(f"{label:8} {p:6.3f} {r:6.3f} {f1:6.3f}  {tp:3} {fp:3} {fn:3}")
        if label in CORE:
            total = [a + b for a, b in zip(total, (tp, fp, fn), strict=True)]
    p, r, f1 = prf(*total)
    print(f"{'CORE':8} {p:6.3f} {r:6.3f} {f1:6.3f}  {total[0]:3} {total[1]:3} {total[2]:3}")
