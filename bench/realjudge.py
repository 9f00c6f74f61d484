"""Precision on fresh real pages judged by hand: healthlint on a folder, scored by a verdicts file.

    python bench/realjudge.py FOLDER                 precision per rule, by half, and what is unjudged
    python bench/realjudge.py FOLDER --todo          the unjudged findings with their lines
    python bench/realjudge.py FOLDER --verdicts F    another verdicts file (default FOLDER/verdicts.jsonl)
    python bench/realjudge.py FOLDER --dev A B ...   whole sites: every Markdown/HTML page under FOLDER,
                                                     the top-level folders A, B... dev, the rest check
    python bench/realjudge.py FOLDER --labels F      also recall over units labelled by hand before
                                                     the findings were seen (default FOLDER/prelabels.jsonl)

FOLDER holds pages saved as `NNN-<site>-<slug>.md` (issue 14: excerpts of real health pages,
kept outside the repository because they are third-party text). The number's parity splits
them: odd pages are the development half (false alarms seen there may be fixed), even pages
the check half (judged only after a change, to see whether a fix generalizes).
With --dev, FOLDER instead holds whole sites in their original markup, one top-level folder a
site (`<site>/<path in its repository>.md|.html`), and the split is by site: a fix must carry
over to sites never looked at, not only to other pages of the same site.

Verdicts file: one JSON object a line, keyed by the page and the finding's position, never its
text (the texts stay outside the repository, the format and this script inside):
    {"file": "301-site-slug.md", "rule": "unsourced-statistic", "start": 412, "verdict": "useful"}
    {"file": ..., "rule": ..., "start": ..., "verdict": "false-alarm", "cause": "dose"}
`start` is the character offset of the flagged text in the file (front matter included); a
later record for the same key replaces an earlier one. Causes are those of bench/wild.py.
Labels file (misses): one unit a line, labelled by reading whole pages before looking at
healthlint's findings on them, `{"path": ..., "offset": 412, "end": 498, "labels": ["VAGUE"]}`
(path as `file` above, [offset, end) the unit); a label counts as found when a finding of a
rule mapped to it (bench/wild.py LABELS) starts inside the unit.
Verdicts follow ../shared/data/articles/GUIDELINE.md and the conventions of
bench/judgements/README.md. Judged findings that healthlint no longer produces are listed as
gone (a fixed false alarm, or a lost useful finding: recall).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from common import run_json
from wild import CAUSES, LABEL_ORDER, LABELS, VERDICTS, load_jsonl

Key = tuple[str, str, int]
# The Markdown and HTML suffixes healthlint reads (linter/documents FORMATS): a Jekyll site's
# `_posts/*.markdown` pages were silently left out of set L when only .md/.html were taken.
SITE_PAGE_SUFFIXES = (".md", ".markdown", ".mdx", ".html", ".htm")
HALVES = ("dev", "check")


@dataclass(frozen=True)
class Flag:
    file: str
    rule: str
    start: int
    line: int
    text: str

    @property
    def key(self) -> Key:
        return (self.file, self.rule, self.start)


def half_of(file: str, dev_sites: frozenset[str] = frozenset()) -> str:
    """By site when dev sites are named; else odd page numbers are dev, even ones check."""
    if dev_sites:
        return "dev" if file.split("/", 1)[0] in dev_sites else "check"
    number = file.split("-", 1)[0]
    return "dev" if number.isdigit() and int(number) % 2 else "check"


def offset(source: str, line: int, column: int) -> int:
    lines = source.split("\n")
    return sum(len(text) + 1 for text in lines[: line - 1]) + column - 1


def pages_of(folder: Path, sites: bool) -> list[Path]:
    """Flat `NNN-*.md` pages, or with sites every Markdown or HTML page (SITE_PAGE_SUFFIXES) below the site folders."""
    if not sites:
        return sorted(folder.glob("*.md"))
    return sorted(
        p
        for p in folder.rglob("*")
        if p.suffix in SITE_PAGE_SUFFIXES
        and p.is_file()
        and p.parent != folder
        and not any(part.startswith("_tools") for part in p.relative_to(folder).parts)
    )


def flags_of(folder: Path, sites: bool = False) -> list[Flag]:
    pages = [str(p) for p in pages_of(folder, sites)]
    if not pages:
        # With no paths healthlint lints the working folder (bench/ itself): a folder of whole
        # sites run without --dev once scored bench/'s own files as the set's.
        hint = "" if sites else " (a folder of whole sites: name its dev sites with --dev)"
        sys.exit(f"{folder}: no pages to judge{hint}")
    out = []
    for f in run_json(pages, "--no-cache"):
        path = Path(f["path"])
        source = path.read_text(encoding="utf-8")
        start = offset(source, f["line"], f["column"])
        name = path.relative_to(folder).as_posix() if sites else path.name
        out.append(Flag(name, f["rule"], start, f["line"], f["text"]))
    return out


def load_verdicts(path: Path) -> dict[Key, dict]:
    verdicts: dict[Key, dict] = {}
    for number, record in enumerate(load_jsonl(path), 1):
        where = f"{path.name}:{number}"
        if record.get("verdict") not in VERDICTS:
            sys.exit(f"{where}: verdict must be one of {VERDICTS}")
        if record["verdict"] == "false-alarm" and record.get("cause") not in CAUSES:
            sys.exit(f"{where}: a false alarm needs a cause from bench/wild.py")
        verdicts[(record["file"], record["rule"], int(record["start"]))] = record
    return verdicts


def precision(useful: int, false: int) -> str:
    judged = useful + false
    return f"{useful / judged:.3f} ({useful}/{judged})" if judged else "-"


def report(flags: list[Flag], verdicts: dict[Key, dict], dev: frozenset[str] = frozenset()) -> None:
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    causes: Counter = Counter()
    for flag in flags:
        record = verdicts.get(flag.key)
        verdict = record["verdict"] if record else "unjudged"
        for half in (half_of(flag.file, dev), "all"):
            for rule in (flag.rule, "ALL"):
                counts[(half, rule)][verdict] += 1
        if record and verdict == "false-alarm":
            causes[(half_of(flag.file, dev), flag.rule, record["cause"])] += 1
    rules = [*sorted({f.rule for f in flags}), "ALL"]
    print(f"{'rule':22} " + " ".join(f"{h:>18}" for h in (*HALVES, "all")) + "  unjudged")
    for rule in rules:
        cells = [
            precision(counts[(h, rule)]["useful"], counts[(h, rule)]["false-alarm"])
            for h in (*HALVES, "all")
        ]
        print(
            f"{rule:22} " + " ".join(f"{c:>18}" for c in cells), counts[("all", rule)]["unjudged"]
        )
    print("\nfalse alarms by cause (half, rule, cause):")
    for (half, rule, cause), n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:3}  {half:5} {rule:22} {cause}")
    unjudged = [f for f in flags if f.key not in verdicts]
    print(f"\nfindings with no verdict: {len(unjudged)} (--todo shows their lines)")
    for f in unjudged:
        print(f"  {half_of(f.file, dev):5} {f.rule:20} {f.file}@{f.start}")
    produced = {f.key for f in flags}
    gone = [(k, r) for k, r in sorted(verdicts.items()) if k not in produced]
    print(f"\njudged findings no longer produced: {len(gone)}")
    for (file, rule, start), record in gone:
        print(f"  {record['verdict']:11} {record.get('cause', ''):18} {rule:20} {file}@{start}")


def report_recall(flags: list[Flag], path: Path, dev: frozenset[str]) -> None:
    """Recall per label and half over the units labelled before the findings were seen."""
    units = list(load_jsonl(path))
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    missed = []
    for unit in units:
        inside = [
            f for f in flags if f.file == unit["path"] and unit["offset"] <= f.start < unit["end"]
        ]
        for label in unit["labels"]:
            found = any(LABELS.get(f.rule) == label for f in inside)
            for half in (half_of(unit["path"], dev), "all"):
                counts[(half, label)]["found" if found else "missed"] += 1
            if not found:
                missed.append((label, unit["path"], unit["offset"]))
    print(f"\nrecall over {len(units)} units labelled before the findings were seen")
    print(f"{'label':8} " + " ".join(f"{h:>12}" for h in (*HALVES, "all")))
    for label in LABEL_ORDER:
        cells = []
        for half in (*HALVES, "all"):
            c = counts[(half, label)]
            total = c["found"] + c["missed"]
            cells.append(f"{c['found']}/{total}" if total else "-")
        print(f"{label:8} " + " ".join(f"{c:>12}" for c in cells))
    for label, file, start in missed:
        print(f"  missed {label:6} {file}@{start}")


def show_todo(flags: list[Flag], verdicts: dict[Key, dict], folder: Path) -> None:
    todo = [f for f in flags if f.key not in verdicts]
    print(f"{len(todo)} of {len(flags)} findings have no verdict\n")
    for f in todo:
        line = (folder / f.file).read_text(encoding="utf-8").split("\n")[f.line - 1]
        print(f"=== {f.file} {f.rule} start={f.start} line={f.line} flagged={f.text!r}")
        print(f"    {line[:600]}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verdicts", type=Path)
    parser.add_argument("--todo", action="store_true")
    parser.add_argument("--dev", nargs="+", default=[], help="site folders of the dev half")
    parser.add_argument("--labels", type=Path, help="units labelled before the findings were seen")
    args = parser.parse_args()
    verdicts = load_verdicts(args.verdicts or args.folder / "verdicts.jsonl")
    dev = frozenset(args.dev)
    flags = flags_of(args.folder, sites=bool(dev))
    if args.todo:
        show_todo(flags, verdicts, args.folder)
    else:
        report(flags, verdicts, dev)
        labels = args.labels or args.folder / "prelabels.jsonl"
        if labels.exists():
            report_recall(flags, labels, dev)


if __name__ == "__main__":
    main()
