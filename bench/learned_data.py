"""The labelled sentences the learned sentence model (issue 14) trains and is validated on.

Each source file goes through healthlint's own reader and checks (the Engine's parts, in
process), so a training row is exactly what the model sees at run time: one Claim, the labels
the rules gave it, and the gold labels of the unit that holds the claim's start (the scoring of
bench/goldscore.py: a finding counts for the unit whose range holds its start).

Sources (read from ../shared/data, never copied into the project):
- the tune half of the article passages (odd file numbers): `articles`;
- the 40 labelled windows of the wild sites: `windows`.
The check half (even file numbers) is never opened here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from articles import half_of
from common import shared_data
from goldscore import LABELS, gold_ranges, load_gold

from linter.claim import Claim, Passage
from linter.documents import parse_text
from linter.engine import Engine
from linter.registry.match import Matches


@dataclass(frozen=True)
class Row:
    """One sentence as the model sees it, with the rules' labels and the gold labels."""

    group: str  # the passage or window file: the unit of cross-validation
    unit: int  # the gold unit's number in its file
    kind: str  # the passage's kind: paragraph, heading, list_item ...
    claim: Claim
    passage: Passage
    rules: frozenset[str]  # CITE, VAGUE, STAT, OVER, CAUSAL from the current rules
    gold: frozenset[str]
    prose: bool  # False for a unit the annotators marked "not prose"


def _rows_of(folder: Path, name: str, gold: list[dict], engine: Engine) -> Iterator[Row]:
    source = (folder / name).read_text(encoding="utf-8")
    document = parse_text(str(folder / name), source)
    blocks = engine.blocks(document)
    fmt = "markdown"
    topic = engine._topic(document, blocks)
    passages = list(engine.reader.passages(blocks, fmt))
    for check in engine.checks:
        check.begin(passages)
    spans = gold_ranges(folder, gold)[name]
    by_n = {g["n"]: g for g in gold}

    def unit_at(at: int) -> dict | None:
        n = next((n for s, e, n in spans if s <= at < e), None)
        return by_n.get(n) if n is not None else None

    for block, passage in zip(blocks, passages, strict=False):
        flagged: dict[int, set[str]] = {}
        matches = Matches(engine.registry, topic)
        for check in engine.checks:
            label = LABELS.get(check.rule.id)
            if label is None:
                continue
            for hit in check.run(passage, matches):
                claim = passage.claim_at(hit.start)
                if claim is not None:
                    flagged.setdefault(claim.index, set()).add(label)
        for claim in passage.claims:
            text = passage.text[claim.start : claim.end]
            lead = len(text) - len(text.lstrip())
            start, _ = block.source_span(claim.start + lead, claim.end, source)
            unit = unit_at(start)
            if unit is None:  # no gold unit holds it: not scored, not trained on
                continue
            yield Row(
                group=name,
                unit=unit["n"],
                kind=passage.kind,
                claim=claim,
                passage=passage,
                rules=frozenset(flagged.get(claim.index, ())),
                gold=frozenset(unit["labels"]),
                prose=unit.get("note") != "not prose",
            )


def guarded(row: Row, label: str) -> bool:
    """Whether the guideline rules the label out whatever the words: a sourced sentence (for
    CITE, VAGUE, STAT) or a question."""
    text = row.passage.text[row.claim.start : row.claim.end].rstrip()
    return (label != "OVER" and row.claim.has_source) or text.endswith("?")


def load_rows(sets: tuple[str, ...] = ("articles", "windows")) -> list[Row]:
    """The rows of the named sets, in a fixed order."""
    engine = Engine()
    rows: list[Row] = []
    data = shared_data()
    for name in sets:
        if name == "articles":
            folder = data / "articles"
            wanted = re.compile(r"\d+-.*\.md$")
            keep = lambda f: half_of(f) == "tune"  # noqa: E731 - the check half is never read
        elif name == "windows":
            folder = data / "wild" / "windows"
            wanted = re.compile(r"w-.*\.md$")
            keep = lambda f: True  # noqa: E731
        else:
            raise ValueError(name)
        files = sorted(f.name for f in folder.iterdir() if wanted.match(f.name) and keep(f.name))
        gold = [g for g in load_gold(folder) if g["file"] in set(files)]
        for file in files:
            rows += _rows_of(folder, file, [g for g in gold if g["file"] == file], engine)
    return rows


if __name__ == "__main__":
    from collections import Counter

    rows = load_rows()
    print(len(rows), "rows;", len({r.group for r in rows}), "groups")
    count: Counter[str] = Counter()
    for r in rows:
        for label in r.gold:
            count[f"gold {label}"] += 1
            count[f"rules {label} {'tp' if label in r.rules else 'fn'}"] += 1
        for label in r.rules - r.gold:
            count[f"rules {label} fp"] += 1
    print(sorted(count.items()))
