"""Reading gaps: each labelled unit a page misses, re-tested alone as bare Markdown.

    python bench/alone.py /work/realtext/KEY [--dev SITE ...] [--show]
    python bench/alone.py --wild [--show]     the wild corpora's labelled units (wild.py's
                                              sample; reuses bench/out/wild-findings.json)

For every unit of the set's prelabels.jsonl whose label no finding on its page covers (as
realjudge.py counts it), the unit's text is cut from the page, its markup taken off (tags,
entities, YAML quoting, Markdown emphasis), put after the sentence before it on the page (the
neighbouring sentence, same clean-up) as one Markdown paragraph and checked alone. A label
that fires alone but not on its page is a reading or page-context gap; one that stays silent
alone is a wording (rule) gap. Output: one line a miss, `alone-fires` or `alone-silent`, then
counts by label. The construct that hides a reading gap is named by hand (bench/README.md,
readZ). No text is written inside the repository; pages stay in /work/realtext.
"""

from __future__ import annotations

import argparse
import html
import re
import tempfile
from collections import Counter
from pathlib import Path

from common import run_json
from realjudge import flags_of, half_of
from wild import LABEL_ORDER, LABELS, load_jsonl

TAG = re.compile(r"<[^>]*>|<\?php.*?\?>|\{\{.*?\}\}|\{%.*?%\}", re.S)
SENTENCE_END = re.compile(r"[.!?][\"'\u201d)]?\s+(?=[A-Z\"'\u201c(])")


def clean(text: str) -> str:
    """Markup off: tags, template blocks, entities, YAML keys and quotes, emphasis, line breaks."""
    text = TAG.sub(" ", text)
    text = html.unescape(text)
    text = re.sub(r"^\s*[\w-]+:\s*[|>]?-?\s*", "", text, flags=re.M)  # a YAML key
    text = re.sub(r"^\s*[-*]\s+", "", text, flags=re.M)
    text = text.replace("\\n", " ").replace('\\"', '"')
    text = re.sub(r"[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}", "", text)
    text = " ".join(text.split())
    return text.strip(" '\",")


def before(source: str, start: int) -> str:
    """The last sentence of the 400 characters before the unit, cleaned."""
    window = clean(source[max(0, start - 400) : start])
    parts = SENTENCE_END.split(window)
    last = parts[-1] if parts else ""
    if not re.search(r"[.!?:]$", last.strip()):
        last = last.strip() + "." if last.strip() else ""
    return last if len(last.split()) >= 3 else ""


def set_misses(folder: Path, dev: frozenset[str]) -> list[tuple[dict, list[str], str]]:
    """A real set's labelled units whose label no finding inside the unit carries."""
    flags = flags_of(folder, sites=bool(dev))
    misses = []
    for unit in load_jsonl(folder / "prelabels.jsonl"):
        inside = [
            f for f in flags if f.file == unit["path"] and unit["offset"] <= f.start < unit["end"]
        ]
        lost = [u for u in unit["labels"] if not any(LABELS.get(f.rule) == u for f in inside)]
        if lost:
            source = (folder / unit["path"]).read_text(encoding="utf-8")
            misses.append((unit, lost, source))
    return misses


def wild_misses() -> list[tuple[dict, list[str], str]]:
    """The wild sample's labelled prose units whose label no finding inside carries."""
    import wild

    sources = wild.Sources()
    raw, _ = wild.run_corpora(True)
    findings = wild.to_findings(raw, sources)
    units = wild.sample_units(sources)
    labelled = {wild.unit_record_key(r): r for r in load_jsonl(wild.SENTENCES_FILE)}
    hits = wild.unit_findings(units, findings, sources)
    misses = []
    for u in units:
        record = labelled.get(u.key)
        if not record or record.get("not_prose"):
            continue
        lost = [x for x in record["labels"] if not any(LABELS.get(r) == x for r in hits[u.key])]
        if lost:
            source = sources.get(u.corpus, u.path)[0]
            misses.append(({"path": f"{u.corpus}/{u.path}", "offset": u.start, "end": u.end},
                           lost, source))  # fmt: skip
    return misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--dev", nargs="+", default=[])
    parser.add_argument("--wild", action="store_true", help="the wild corpora's labelled units")
    parser.add_argument("--show", action="store_true", help="print each unit's cleaned text")
    args = parser.parse_args()
    dev = frozenset(args.dev)
    if args.wild:
        misses = wild_misses()
    elif args.folder:
        misses = set_misses(args.folder, dev)
    else:
        parser.error("a set's folder or --wild")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for number, (unit, _, source) in enumerate(misses):
            lead = before(source, unit["offset"])
            body = clean(source[unit["offset"] : unit["end"]])
            path = Path(tmp) / f"{number:03}.md"
            path.write_text(f"{lead}\n{body}\n" if lead else f"{body}\n", encoding="utf-8")
            paths.append((path, len(lead) + 1 if lead else 0, body))
        found = run_json([str(p) for p, _, _ in paths], "--no-cache") if paths else []
    counts: Counter = Counter()
    for (unit, lost, _), (path, lead_len, body) in zip(misses, paths, strict=True):
        own = [f for f in found if Path(f["path"]).name == path.name]
        rules = {LABELS.get(f["rule"]) for f in own if f["line"] == 2 or not lead_len}
        for label in lost:
            fate = "alone-fires" if label in rules else "alone-silent"
            counts[(label, fate)] += 1
            half = "wild" if args.wild else half_of(unit["path"], dev)
            print(f"{fate:12} {label:6} {half:5} {unit['path']}@{unit['offset']}")
            if args.show:
                print(f"      {body[:300]}")
    print("\nby label: fires alone / silent alone")
    for label in LABEL_ORDER:
        fires, silent = counts[(label, "alone-fires")], counts[(label, "alone-silent")]
        if fires or silent:
            print(f"  {label:6} {fires:3} {silent:3}")


if __name__ == "__main__":
    main()
