"""The labelled sentences the learned sentence model (issue 14) trains and is validated on.

Each source file goes through healthlint's own reader and checks (the Engine's parts, in
process), so a training row is exactly what the model sees at run time: one Claim, the labels
the rules gave it, and the gold labels of the unit that holds the claim's start (the scoring of
bench/goldscore.py: a finding counts for the unit whose range holds its start).

Sources (read from ../shared/data, never copied into the project):
- the tune half of the article passages (odd file numbers): `articles`;
- the 40 labelled windows of the wild sites: `windows`;
- any further folder in the articles format (`--folder PATH`, repeatable: numbered `.md`
  passages and a gold.jsonl), its tune half (odd file numbers; `--half all` for every passage),
  e.g. the blind-labelled real passages of /work/realtext/A, B, G, H, K-O, U. Their even
  halves are the check (`learned_cv.py --check`): scored, never tuned on.
The check half of ../shared/data/articles (even file numbers) is never opened here.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from articles import half_of
from common import shared_data
from goldscore import LABELS, gold_ranges, load_gold

from linter.claim import Claim, Passage
from linter.documents import parse_text
from linter.documents.model import Block
from linter.engine import Engine
from linter.registry.match import Matches


@dataclass(frozen=True)
class Row:
    """One sentence as the model sees it, with the rules' labels and the gold labels."""

    group: str  # the passage or window file
    unit: int  # the gold unit's number in its file
    kind: str  # the passage's kind: paragraph, heading, list_item ...
    claim: Claim
    passage: Passage
    rules: frozenset[str]  # CITE, VAGUE, STAT, OVER, CAUSAL from the current rules
    gold: frozenset[str]
    prose: bool  # False for a unit the annotators marked "not prose"
    source: str = "articles"  # its set: articles, windows or an extra folder's name
    # The site the file comes from, the unit of cross-validation: one passage per site in the
    # article sets, but ten windows from each of the four wild sites (w-<site>-NN.md).
    site: str = ""
    # Where it stands: the passage's number in its file, the sentence's in its passage and in
    # the file, and how many sentences the file has (gold units or not).
    block: int = 0
    at_sentence: int = 0
    at_file: int = 0
    file_sentences: int = 1
    # What the rules found around it: the labels of the sentences just before and after it in
    # the file, of the other sentences of its passage and of the whole file but itself.
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    in_passage: frozenset[str] = frozenset()
    in_file: tuple[tuple[str, int], ...] = ()


def _rows_of(
    folder: Path, name: str, gold: list[dict], engine: Engine, origin: str
) -> Iterator[Row]:
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

    found: list[tuple[int, Block, Passage, Claim, frozenset[str]]] = []
    for number, (block, passage) in enumerate(zip(blocks, passages, strict=False)):
        flagged: dict[int, set[str]] = {}
        matches = Matches(engine.registry, topic)
        for check in engine.checks:
            label = LABELS.get(check.rule.id)
            if label is None:
                continue
            for hit in check.run_at(number, passage, matches):
                claim = passage.claim_at(hit.start)
                if claim is not None:
                    flagged.setdefault(claim.index, set()).add(label)
        for claim in passage.claims:
            found.append((number, block, passage, claim, frozenset(flagged.get(claim.index, ()))))
    file_labels = Counter(label for *_, labels in found for label in labels)
    for at, (number, block, passage, claim, labels) in enumerate(found):
        text = passage.text[claim.start : claim.end]
        lead = len(text) - len(text.lstrip())
        source_at, _ = block.source_span(claim.start + lead, claim.end, source)
        unit = unit_at(source_at)
        if unit is None:  # no gold unit holds it: not scored, not trained on
            continue
        others = [f for f in found if f[2] is passage and f[3] is not claim]
        yield Row(
            group=name,
            site=_SITE_OF_WINDOW.sub("", name) if origin == "windows" else name,
            unit=unit["n"],
            kind=passage.kind,
            claim=claim,
            passage=passage,
            rules=labels,
            gold=frozenset(unit["labels"]),
            prose=unit.get("note") != "not prose",
            source=origin,
            block=number,
            at_sentence=claim.index,
            at_file=at,
            file_sentences=len(found),
            before=found[at - 1][4] if at else frozenset(),
            after=found[at + 1][4] if at + 1 < len(found) else frozenset(),
            in_passage=frozenset(label for f in others for label in f[4]),
            in_file=tuple(sorted((file_labels - Counter(labels)).items())),
        )


_SITE_OF_WINDOW = re.compile(r"-\d+\.md$")


def guarded(row: Row, label: str) -> bool:
    """Whether the guideline rules the label out whatever the words: a sourced sentence (for
    CITE, VAGUE, STAT) or a question."""
    text = row.passage.text[row.claim.start : row.claim.end].rstrip()
    return (label != "OVER" and row.claim.has_source) or text.endswith("?")


def _folder_of(name: str) -> tuple[Path, re.Pattern[str], Callable[[str], bool]]:
    """Where a named set lives, which of its files are passages, and which of those to read."""
    data = shared_data()
    if name == "articles":  # the check half is never read
        return data / "articles", re.compile(r"\d+-.*\.md$"), lambda f: half_of(f) == "tune"
    if name == "windows":
        return data / "wild" / "windows", re.compile(r"w-.*\.md$"), lambda f: True
    raise ValueError(name)


def load_rows(
    sets: tuple[str, ...] = ("articles", "windows"),
    folders: tuple[Path, ...] = (),
    half: str = "tune",
) -> list[Row]:
    """The rows of the named sets, then of the passages of each extra folder (articles format)
    of the given half (odd file numbers "tune", even "check", or "all"), in a fixed order.
    Groups are file names, so they must not repeat across sets."""
    engine = Engine()
    rows: list[Row] = []
    sources = [(name, *_folder_of(name)) for name in sets]
    wanted = re.compile(r"\d+-.*\.md$")
    sources += [
        (path.name, path, wanted, lambda f: half in ("all", half_of(f))) for path in folders
    ]
    for origin, folder, wanted, keep in sources:
        files = sorted(f.name for f in folder.iterdir() if wanted.match(f.name) and keep(f.name))
        gold = [g for g in load_gold(folder) if g["file"] in set(files)]
        for file in files:
            rows += _rows_of(folder, file, [g for g in gold if g["file"] == file], engine, origin)
    if len({r.group for r in rows}) != len({(r.source, r.group) for r in rows}):
        raise ValueError("a file name repeats across sets: the CV groups would merge")
    return rows


def folder_arguments(parser: argparse.ArgumentParser) -> None:
    """The --folder and --half options the scripts share."""
    parser.add_argument(
        "--folder",
        action="append",
        type=Path,
        default=[],
        help="an extra folder of passages in the articles format (repeatable)",
    )
    parser.add_argument(
        "--half",
        choices=("tune", "all"),
        default="tune",
        help="which of each --folder's passages to train and cross-validate on: the tune "
        "half (odd file numbers; the even ones are the check, learned_cv.py --check) or all",
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    folder_arguments(parser)
    arguments = parser.parse_args()
    rows = load_rows(folders=tuple(arguments.folder), half=arguments.half)
    print(
        len(rows),
        "rows;",
        len({r.group for r in rows}),
        "files,",
        len({r.site for r in rows}),
        "sites",
    )
    count: Counter[str] = Counter()
    for r in rows:
        for label in r.gold:
            count[f"gold {label}"] += 1
            count[f"rules {label} {'tp' if label in r.rules else 'fn'}"] += 1
        for label in r.rules - r.gold:
            count[f"rules {label} fp"] += 1
    print(sorted(count.items()))
