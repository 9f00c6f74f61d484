"""Measure a claim-level + page-level reading of OVER before any checker code (issue 14, overP).

Hypothesis: a sentence is OVER when (a) it claims a benefit or the safety of a product or a
practice at direct or absolute strength (the strength reading of the claim layer) with a word of
benefit, (b) standard care is not its subject, and (c) its page is promotional, by page-level
signals of promotional genres (commerce and call-to-action words, second-person address,
imperatives, the page's other overstatement findings; bench/over_page_signals.py), not by topic.

For every unit healthlint does not already flag as OVER, this counts what the reading would
add for each setting of the claim reading and of the page gate: a true positive where the gold
says OVER, a false alarm where it does not. The development pool (odd passages of the ready
sets and of the shared articles) is split by site (a seeded hash of the site name) into a half
to choose a setting on and a half to confirm it on; the check half (even passages) prints
figures only. Two ORACLE gates read the gold page (a page its annotators found OVER on): a
diagnosis of whether the claim-level reading or the page signal is what fails, not a setting.

    python bench/over_page.py --ready --shared                       the table
    python bench/over_page.py --ready --shared --show choose --setting 'none,any+can'
    python bench/over_page.py --ready --shared --misses confirm      misses, with their reading

`--show` and `--misses` print development sentences (third-party text): write them outside the
repository. Neither takes the check half.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Callable
from pathlib import Path

from articles import half_of
from census import folders_of, site_of
from goldscore import gold_ranges, load_gold, offset_of
from over_page_signals import Page, Unit, claim_features

from linter.claim import Strength
from linter.documents import format_for, parse_text
from linter.engine import Engine

SEED = "overP-2026"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
PARTS = ("choose", "confirm", "check")
WEAK_MODALS = {"may", "might", "could", "may help", "might help", "could help"}
# The claim reading: "cue" (the deciding strength cue is a word of benefit) or "any" (one in the
# sentence); "+can" lets "can" through; "+hedged" lets a hedge through ("hedged or not",
# GUIDELINE.md); "+remedy" asks for an alternative remedy, herb, supplement or product named in
# the sentence (rules/lexicon/hype.yaml); "strict" the narrower class of benefit words
# (STRICT_BENEFIT); "abs" the absolute level only.
CLAIMS = (
    "cue",
    "cue+can",
    "any",
    "any+can",
    "any+can+hedged",
    "any+remedy",
    "any+can+remedy",
    "any+can+hedged+remedy",
    "strict",
    "strict+can",
    "strict+can+hedged",
    "abs",
)
GATES: dict[str, Callable[[Page], bool]] = {
    "none": lambda p: True,
    "over>=1": lambda p: p.over >= 1,
    "over>=2": lambda p: p.over >= 2,
    "over>=3": lambda p: p.over >= 3,
    "promo>=1": lambda p: p.promo >= 1,
    "promo>=3": lambda p: p.promo >= 3,
    "you>=.3": lambda p: p.you >= 0.3,
    "imp>=.05": lambda p: p.imperative >= 0.05,
    "imp>=.1": lambda p: p.imperative >= 0.1,
    "over>=1&promo>=1": lambda p: p.over >= 1 and p.promo >= 1,
    "over>=2&promo>=1": lambda p: p.over >= 2 and p.promo >= 1,
    "over>=1&you>=.2": lambda p: p.over >= 1 and p.you >= 0.2,
    "over>=2&you>=.2": lambda p: p.over >= 2 and p.you >= 0.2,
    "over>=3&you>=.2": lambda p: p.over >= 3 and p.you >= 0.2,
    "over>=1&imp>=.05": lambda p: p.over >= 1 and p.imperative >= 0.05,
    "over>=2|promo>=3": lambda p: p.over >= 2 or p.promo >= 3,
    "score>=3": lambda p: p.score() >= 3,
    "score>=4": lambda p: p.score() >= 4,
    "score>=5": lambda p: p.score() >= 5,
    "ORACLE gold>=1": lambda p: p.gold_over() >= 1,
    "ORACLE gold>=3": lambda p: p.gold_over() >= 3,
}


def part_of(name: str) -> str:
    """check for an even passage; else choose or confirm by a seeded hash of its site."""
    if half_of(name) == "check":
        return "check"
    digest = hashlib.sha256(f"{SEED}:{site_of(name)}".encode()).digest()
    return "choose" if digest[0] % 2 == 0 else "confirm"


def read_page(engine: Engine, folder: Path, name: str, gold: list[dict]) -> Page:
    """The passage read as healthlint reads it: its OVER findings, claims and page signals."""
    source = (folder / name).read_text(encoding="utf-8")
    ranges = gold_ranges(folder, gold)[name]
    page = Page(
        f"{folder.name}/{site_of(name)}",
        part_of(name),
        {g["n"]: Unit(set(g["labels"])) for g in gold},
    )

    def unit_at(offset: int) -> int | None:
        return next((n for s, e, n in ranges if s <= offset < e), None)

    for f in engine.lint(parse_text(str(folder / name), source)):
        n = unit_at(offset_of(source, f.line, f.column))
        if f.rule == "overstatement" and n is not None:
            page.units[n].flagged = True
    document = parse_text(str(folder / name), source)
    blocks = engine.blocks(document)
    passages = engine.reader.passages(blocks, format_for(document.path) or "text")
    # The page signals read every block the reader gives, furniture included: the prose filter
    # drops a call to action ("Order now ...") as page furniture, and the claims are its prose.
    sentences = [s for b in document.blocks for s in SENTENCE_END.split(b.text) if s.strip()]
    for sentence in sentences:
        page.count(sentence)
    for block, passage in zip(blocks, passages, strict=True):
        for claim in passage.claims:
            n = unit_at(block.source_span(claim.start, max(claim.start + 1, claim.end))[0])
            if n is not None:
                page.units[n].claims.append(claim_features(claim, passage.text))
    page.finish(len(sentences))
    return page


def claim_ok(c: dict, setting: str) -> bool:
    """The claim-level reading (a)+(b) under one setting of CLAIMS."""
    level = Strength.ABSOLUTE if setting == "abs" else Strength.DIRECT
    if c["level"] < level or c["negated"] or c["reported"] or c["question"]:
        return False
    hedged = "hedged" not in setting and (c["hedged"] or c["modal"] in WEAK_MODALS)
    if hedged or ("can" not in setting and c["modal"].startswith("can")):
        return False
    if c["standard"] or ("remedy" in setting and not c["remedy"]):
        return False
    if setting.startswith("strict"):
        return bool(c["strict"])
    return bool(c["cue_benefit"] if setting.startswith("cue") else c["benefit"])


def added(page: Page, gate: str, setting: str) -> list[tuple[int, Unit, bool]]:
    """The units the reading would add on this page: (unit number, unit, gold says OVER)."""
    if not GATES[gate](page):
        return []
    return [
        (n, unit, "OVER" in unit.labels)
        for n, unit in page.units.items()
        if not unit.flagged and any(claim_ok(c, setting) for c in unit.claims)
    ]


def print_table(pages: list[Page]) -> None:
    now = {p: [0, 0, 0] for p in PARTS}  # OVER tp/fp/fn of healthlint as it is
    for page in pages:
        for unit in page.units.values():
            gold, got = "OVER" in unit.labels, unit.flagged
            row = now[page.part]
            row[0] += gold and got
            row[1] += got and not gold
            row[2] += gold and not got
    print("OVER now (tp/fp/fn): " + "  ".join(f"{p} {now[p]}" for p in PARTS))
    for gate, passes in GATES.items():  # how many pages each gate lets through, per part
        counts = [
            f"{sum(passes(p) for p in pages if p.part == x)}/{sum(p.part == x for p in pages)}"
            for x in PARTS
        ]
        print(f"pages through {gate:18} " + " ".join(f"{c:>8}" for c in counts))
    print(f"{'page gate':18} {'claim reading':22} " + " ".join(f"{p:>16}" for p in PARTS))
    for gate in GATES:
        for setting in CLAIMS:
            cells = []
            for part in PARTS:
                hits = [a for p in pages if p.part == part for a in added(p, gate, setting)]
                tp = sum(h[2] for h in hits)
                precision = tp / len(hits) if hits else 1.0
                cells.append(f"+{tp}/-{len(hits) - tp} ({precision:.2f})")
            print(f"{gate:18} {setting:22} " + " ".join(f"{c:>16}" for c in cells))


def show_added(pages: list[Page], part: str, gate: str, setting: str) -> None:
    for page in (p for p in pages if p.part == part):
        for n, unit, ok in added(page, gate, setting):
            texts = " | ".join(c["text"] for c in unit.claims)
            print(f"{'TP' if ok else 'FP'} {page.site} #{n} {signals(page)}: {texts[:240]}")


def show_misses(pages: list[Page], part: str) -> None:
    """The OVER misses of a development part, with what the reading saw of each claim."""
    for page in (p for p in pages if p.part == part):
        for n, unit in page.units.items():
            if "OVER" in unit.labels and not unit.flagged:
                print(f"MISS {page.site} #{n} {signals(page)}")
                for c in unit.claims:
                    print(
                        f"   L{int(c['level'])} hedged={c['hedged']:d} negated={c['negated']:d} "
                        f"reported={c['reported']:d} modal={c['modal']!r} cue={c['cue']!r} "
                        f"benefit={c['benefit']:d} standard={c['standard']:d}: {c['text'][:200]}"
                    )


def signals(page: Page) -> str:
    return f"over={page.over} promo={page.promo} you={page.you:.2f} imp={page.imperative:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="labelled sets: folders, or names under --root")
    parser.add_argument("--root", type=Path, default=Path("/work/realtext"))
    parser.add_argument("--ready", action="store_true", help="add every ready set under --root")
    parser.add_argument("--shared", action="store_true", help="add ../shared/data/articles")
    parser.add_argument("--show", choices=PARTS[:2], help="the added units of a development part")
    parser.add_argument("--setting", default="none,any+can", help="GATE,CLAIM for --show")
    parser.add_argument("--misses", choices=PARTS[:2], help="the misses of a development part")
    args = parser.parse_args()
    engine, pages = Engine(), []
    for folder in folders_of(args, parser):  # refuses the held-out sets by name
        gold = load_gold(folder)
        for name in sorted({g["file"] for g in gold}):
            pages.append(read_page(engine, folder, name, [g for g in gold if g["file"] == name]))
        print(f"read {folder.name}", file=sys.stderr)
    print_table(pages)
    if args.show:
        gate, setting = args.setting.split(",")
        show_added(pages, args.show, gate, setting)
    if args.misses:
        show_misses(pages, args.misses)


if __name__ == "__main__":
    main()
