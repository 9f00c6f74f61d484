"""The sentences of the hand-labelled real sites, as rows for the learned overstatement model
(issue 14, session 32, learnR).

Every complete RETIRED set of bench/realsets.py (a folder under /work/realtext holding
_tools/manifest.tsv; the unretired sets, this session's fresh check, are refused by name before
anything is opened). Every page of every site is read through healthlint's own reader
(bench/over_page.py's way: parse_text, the Engine's blocks and passages), one row per sentence
(Claim) with bench/learned_data.py's Row: its OVER label is the hand labels' (prelabels.jsonl,
written by reading whole pages before any run), the rules' labels those of the findings
`Engine.lint` starts inside the sentence. Every unit of every page was labelled, so a sentence
that overlaps no OVER unit is a negative.

Scoring unit: an OVER unit is one labelled unit (found when a sentence overlapping it is
flagged, as realjudge.py counts a finding starting inside it); every other sentence is a unit
of its own (a flag there is a false alarm). The group is set/site, the site's kind
(shop, clinic, blog, public) comes from SITE_KINDS (the set comments of bench/realsets.py).

The rows hold third-party text (in their Passages): they are cached under /tmp only.

    python bench/over_real_data.py          rows, positives, what the rules find
"""

from __future__ import annotations

import hashlib
import json
import pickle
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

from learned_data import Row
from realjudge import offset, pages_of
from realsets import RETIRED, ROOT
from wild import LABELS

from linter.documents import format_for, parse_text
from linter.engine import Engine

BENCH = Path(__file__).resolve().parent
# By the set comments of bench/realsets.py: shop (sells a product: supplements, oils, kits, a
# pharmacy, a paid programme), clinic (a practice, hospital, therapist or coach selling a
# service), blog (a personal, patient or app blog, a magazine, a news or information site),
# public (a charity, a public body, a university).
_KINDS = {
    "shop": "dxncare-mushroom sassyroots-herbal worldfit-protein pureblue-oils gut-innerbuddies "
    "nutricraft-supp sensiq-sleep culinary-cleanse diy-infrared-sauna gingrowth-hair "
    "clicksup-supps getlabtested-std wellpharma-rx purerelief-cbd",
    "blog": "gotostepone-crohns mecfs-advocacy silverhealth-daily thoughtarchive-heart "
    "ilovehomeo-mag rebmd-sportsnutrition mydiabetes-center keto-fast24 intuitive-column "
    "mere-psychotherapy moone-womens scarletmanuka-cfs groove-fertility medicamentalia-news "
    "pearls-physician",
    "public": "genderkit-info statesofmind-charity csn-cancer ucl-parkinsons bird-rheum-charity "
    "lk-breastscreen babu-charity dfy-ngo",
}
SITE_KINDS = {site: kind for kind, sites in _KINDS.items() for site in sites.split()}


def kind_of(site: str) -> str:
    """A site's kind; every site not named above is a clinic (practices and coaches)."""
    return SITE_KINDS.get(site.split("/")[-1], "clinic")


def complete_sets() -> list[str]:
    """The RETIRED sets whose folder is whole (its manifest written), in a fixed order."""
    return sorted(k for k in RETIRED if (ROOT / k / "_tools" / "manifest.tsv").is_file())


def _prelabels(folder: Path) -> dict[str, list[dict]]:
    units: dict[str, list[dict]] = {}
    for line in (folder / "prelabels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            unit = json.loads(line)
            units.setdefault(unit["path"], []).append(unit)
    return units


def page_rows(
    engine: Engine, key: str, folder: Path, page: Path, units: list[dict], source: str | None = None
) -> list[Row]:
    """One row per sentence of one page (its text read as realjudge.py reads it, or given)."""
    source = page.read_text(encoding="utf-8") if source is None else source
    name = page.relative_to(folder).as_posix()
    site = name.split("/", 1)[0]
    document = parse_text(str(page), source)
    starts: list[tuple[int, str]] = []
    for f in engine.lint(document):
        if f.rule in LABELS:
            starts.append((offset(source, f.line, f.column), LABELS[f.rule]))
    document = parse_text(str(page), source)
    blocks = engine.blocks(document)
    passages = engine.reader.passages(blocks, format_for(document.path) or "text")
    rows: list[Row] = []
    for number, (block, passage) in enumerate(zip(blocks, passages, strict=True)):
        for claim in passage.claims:
            text = passage.text[claim.start : claim.end]
            lead = len(text) - len(text.lstrip())
            if not text.strip():
                continue
            start, end = block.source_span(claim.start + lead, claim.end, source)
            rules = frozenset(label for at, label in starts if start <= at < end)
            inside = [(i, u) for i, u in enumerate(units) if u["offset"] < end and start < u["end"]]
            over = [i for i, u in inside if "OVER" in u["labels"]]
            gold = frozenset(label for _, u in inside for label in u["labels"])
            rows.append(
                Row(
                    group=f"{key}/{name}",
                    unit=over[0] if over else -1 - len(rows),
                    kind=passage.kind,
                    claim=claim,
                    passage=passage,
                    rules=rules,
                    gold=gold,
                    prose=True,
                    source=key,
                    site=f"{key}/{site}",
                    block=number,
                    at_sentence=claim.index,
                    at_file=len(rows),
                )
            )
    return [replace(r, file_sentences=len(rows)) for r in rows]


def _key(sets: list[str]) -> str:
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=BENCH, capture_output=True, text=True
    ).stdout.strip()
    sizes = [f"{k}:{(ROOT / k / 'prelabels.jsonl').stat().st_size}" for k in sets]
    return hashlib.sha256(f"{head} {' '.join(sizes)}".encode()).hexdigest()[:12]


def load_real_rows(cache: bool = True) -> list[Row]:
    """The rows of every complete RETIRED set (cached under /tmp by commit and labels)."""
    sets = complete_sets()
    path = Path(f"/tmp/learnR-rows-{_key(sets)}.pkl")
    if cache and path.is_file():
        with path.open("rb") as handle:
            cached: list[Row] = pickle.load(handle)
        return cached
    engine, rows = Engine(), []
    for key in sets:
        folder = ROOT / key
        units = _prelabels(folder)
        for page in pages_of(folder, sites=True):
            name = page.relative_to(folder).as_posix()
            rows += page_rows(engine, key, folder, page, units.get(name, []))
    if cache:
        with path.open("wb") as handle:
            pickle.dump(rows, handle)
    return rows


def over_units(rows: list[Row]) -> dict[tuple[str, int], tuple[bool, bool]]:
    """(group, unit) -> (the rules flag a sentence of it, it is OVER) for every scoring unit."""
    units: dict[tuple[str, int], tuple[bool, bool]] = {}
    for r in rows:
        ruled, gold = units.get((r.group, r.unit), (False, False))
        units[(r.group, r.unit)] = (ruled or "OVER" in r.rules, gold or "OVER" in r.gold)
    return units


def main() -> None:
    import time

    began = time.process_time()
    rows = load_real_rows()
    sets = sorted({r.source for r in rows})
    print(
        f"{len(rows)} sentences, {len({r.group for r in rows})} pages, "
        f"{len({r.site for r in rows})} sites, {len(sets)} sets ({' '.join(sets)}), "
        f"{time.process_time() - began:.0f} s CPU"
    )
    units = over_units(rows)
    labelled = sum(
        "OVER" in u["labels"] for k in sets for page in _prelabels(ROOT / k).values() for u in page
    )
    over = sum(g for _, g in units.values())
    print(f"OVER units {over} of the {labelled} labelled (the rest overlap no sentence read)")
    print("units (rules flag, OVER):", sorted(Counter(units.values()).items()))
    kinds = Counter(kind_of(r.site) for r in rows)
    over_kinds = Counter(
        kind_of("/".join(g.split("/")[:2])) for (g, _), (_, o) in units.items() if o
    )
    print("sentences by kind:", dict(kinds), " OVER units by kind:", dict(over_kinds))


if __name__ == "__main__":
    main()
