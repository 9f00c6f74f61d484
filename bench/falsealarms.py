"""Every false alarm healthlint still raises on the development half of the hand-judged site sets.

    python bench/falsealarms.py                    the development pool: dev halves, and every
                                                   page of the RETIRED sets
    python bench/falsealarms.py --half check       the fresh check half instead (read, never tune
                                                   on it): the check sites of the other sets
    python bench/falsealarms.py --jsonl OUT        also write the rows (keys, cause, note, no text)

The census behind issue 14's question "which constructions cause the false alarms, on how many
sites": for each set (a folder of judged real pages outside the repository, the folder's
`verdicts.jsonl`, its dev sites) it runs healthlint as realjudge.py does, keeps the findings
judged false alarms on the chosen half, and prints them with their page line so the classes can
be sorted by hand. A site is the top-level folder of a page (sets split by site) or, for the flat
sets of numbered pages, the site name in the page's file name. Page text is printed at run time
only; the JSONL output holds keys and the judge's own notes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from census import site_of as site_of_page
from realjudge import flags_of, half_of, load_verdicts
from realsets import RETIRED, ROOT, SETS


def pool_of(name: str, file_half: str) -> str:
    """The census half a page counts in: a retired set's check pages count as development."""
    return "dev" if name in RETIRED else file_half


def site_of(file: str, by_site: bool) -> str:
    """The site folder, or the site word of a flat `NNN-site-slug.md` page."""
    return file.split("/", 1)[0] if by_site else site_of_page(file)


def census(root: Path, half: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for name, dev in SETS.items():
        folder = root / name
        if not folder.is_dir():
            # The sets live outside the repository; one missing here (C..V were lost with
            # the old machine) is skipped, since linting no pages would lint the cwd instead.
            print(f"set {name}: no folder {folder}, skipped", file=sys.stderr)
            continue
        verdicts = load_verdicts(folder / "verdicts.jsonl")
        dev_sites = frozenset(dev)
        for flag in flags_of(folder, sites=bool(dev_sites)):
            record = verdicts.get(flag.key)
            if not record or record["verdict"] != "false-alarm":
                continue
            if pool_of(name, half_of(flag.file, dev_sites)) != half:
                continue
            page = (folder / flag.file).read_text(encoding="utf-8").split("\n")[flag.line - 1]
            rows.append(
                {
                    "set": name,
                    "site": site_of(flag.file, bool(dev_sites)),
                    "file": flag.file,
                    "rule": flag.rule,
                    "start": flag.start,
                    "cause": record["cause"],
                    "note": record.get("note", ""),
                    "flagged": flag.text,
                    "line": page.strip()[:300],
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--half", choices=("dev", "check"), default="dev")
    parser.add_argument("--jsonl", type=Path, help="write keys, causes and notes (no page text)")
    args = parser.parse_args()
    rows = census(args.root, args.half)
    for row in rows:
        print(f"[{row['set']}/{row['site']}] {row['rule']} {row['cause']}: {row['note']}")
        print(f"    flagged {row['flagged']!r} in: {row['line']}\n")
    by_cause = Counter((r["cause"]) for r in rows)
    sites = {c: {(r["set"], r["site"]) for r in rows if r["cause"] == c} for c in by_cause}
    print(f"{len(rows)} false alarms on the {args.half} half")
    for cause, n in by_cause.most_common():
        print(f"  {n:3}  {len(sites[cause]):2} sites  {cause}")
    if args.jsonl:
        with args.jsonl.open("w", encoding="utf-8") as out:
            for row in rows:
                keep = {k: row[k] for k in ("set", "site", "file", "rule", "start", "cause")}
                out.write(json.dumps({**keep, "note": row["note"]}) + "\n")


if __name__ == "__main__":
    main()
