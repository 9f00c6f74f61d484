"""Every CITE, VAGUE, STAT and OVER finding of the labelled and judged sets, as rows for a veto.

A row is one finding: where it is (set, site, file, unit or verdict key), its label, whether
the annotators agree with it, and its features (bench/veto_features.py, computed by running the
engine in this process with the finding's Passage and Block in hand). Which findings exist is
what `healthlint check` prints (bench/common.run_json, as bench/census.py and realjudge.py run
it); the in-process run only describes them.

- Labelled sets (a folder of numbered passages with gold.jsonl): a finding is right when the
  gold unit it starts in has its label (bench/goldscore.assign); findings outside every unit
  are not scored, as in census.py.
- Judged sites (a folder with verdicts.jsonl, bench/realjudge.py): right when judged useful,
  wrong when judged a false alarm; unjudged findings are left out.

Rows hold hashed features, no page text; they are written outside the repository.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from articles import half_of as passage_half
from census import HELD_OUT, site_of
from common import run_json, shared_data
from goldscore import CORE, LABELS, load_gold, offset_of
from realjudge import half_of as site_half
from realjudge import load_verdicts, pages_of
from realjudge import offset as line_offset
from realsets import SETS as JUDGED_SETS
from veto_features import features

import linter.engine as engine_module
from linter.documents import parse_text

ROOT = Path("/work/realtext")
LABELLED = ("A", "B", "G", "H", "K", "L", "M", "N", "O", "U")
JUDGED = ("C", "D", "F", "P", "Q", "R", "S")
Key = tuple[str, int, int, str]  # path, line, column, rule


@dataclass(frozen=True)
class Source:
    """One set to read rows from: labelled (gold units) or judged (verdicts)."""

    name: str
    folder: Path
    judged: bool
    verdicts: Path | None = None


def sources(verdict_root: Path | None = None) -> list[Source]:
    out = [Source(name, ROOT / name, False) for name in LABELLED]
    out.append(Source("articles", shared_data() / "articles", False))
    for name in JUDGED:
        verdicts = (verdict_root / f"{name}.jsonl") if verdict_root else None
        out.append(Source(name, ROOT / name, True, verdicts or ROOT / name / "verdicts.jsonl"))
    return out


def described(paths: list[Path]) -> dict[Key, dict[str, float]]:
    """The features of every finding the engine makes on these files, by its place and rule."""
    from linter.engine import Engine

    engine = Engine()
    table: dict[Key, dict[str, float]] = {}
    original = engine_module._finding

    def recording(rule, hit, passage, block, document):  # type: ignore[no-untyped-def]
        finding = original(rule, hit, passage, block, document)
        if LABELS.get(rule.id) in CORE:
            key = (finding.path, finding.line, finding.column, finding.rule)
            level = str(finding.level)
            table[key] = features(rule.id, level, hit.start, hit.end, passage, block)
        return finding

    engine_module._finding = recording
    try:
        for path in paths:
            text = path.read_text(encoding="utf-8")
            engine.lint(parse_text(str(path), text))
    finally:
        engine_module._finding = original
    return table


def labelled_rows(source: Source, half: str) -> Iterator[dict]:
    gold = [g for g in load_gold(source.folder) if passage_half(g["file"]) == half]
    names = sorted({g["file"] for g in gold})
    paths = [source.folder / name for name in names]
    found = run_json([str(p) for p in paths])
    table = described(paths)
    units: dict[str, list[tuple[int, int, int, set[str]]]] = {}
    for name in names:
        text = (source.folder / name).read_text(encoding="utf-8")
        cursor, spans = 0, []
        for g in (g for g in gold if g["file"] == name):
            start = text.find(g["text"], cursor)
            start = text.find(g["text"]) if start == -1 else start
            spans.append((start, start + len(g["text"]), g["n"], set(g["labels"])))
            cursor = max(cursor, start + 1)
        units[name] = spans
    texts = {name: (source.folder / name).read_text(encoding="utf-8") for name in names}
    for f in found:
        label = LABELS.get(f["rule"])
        name = Path(f["path"]).name
        if label not in CORE or name not in units:
            continue
        at = offset_of(texts[name], f["line"], f["column"])
        unit = next((u for u in units[name] if u[0] <= at < u[1]), None)
        if unit is None:
            continue
        yield {
            "set": source.name,
            "site": site_of(name),
            "file": name,
            "unit": unit[2],
            "rule": f["rule"],
            "label": label,
            "right": label in unit[3],
            "x": table.get((f["path"], f["line"], f["column"], f["rule"])),
        }


def judged_rows(source: Source, half: str, dev: tuple[str, ...]) -> Iterator[dict]:
    assert source.verdicts is not None
    verdicts = load_verdicts(source.verdicts)
    by_site = bool(dev)
    dev_sites = frozenset(dev)
    pages = [p for p in pages_of(source.folder, by_site)]
    rel = {p: (p.relative_to(source.folder).as_posix() if by_site else p.name) for p in pages}
    pages = [p for p in pages if site_half(rel[p], dev_sites) == half]
    if not pages:
        return
    found = run_json([str(p) for p in pages], "--no-cache")
    table = described(pages)
    for f in found:
        label = LABELS.get(f["rule"])
        if label not in CORE:
            continue
        path = Path(f["path"])
        name = path.relative_to(source.folder).as_posix() if by_site else path.name
        start = line_offset(path.read_text(encoding="utf-8"), f["line"], f["column"])
        record = verdicts.get((name, f["rule"], start))
        if record is None:
            continue
        site = name.split("/", 1)[0] if by_site else site_of(name)
        yield {
            "set": source.name,
            "site": f"{source.name}/{site}",
            "file": name,
            "unit": start,
            "rule": f["rule"],
            "label": label,
            "right": record["verdict"] == "useful",
            "cause": record.get("cause"),
            "x": table.get((f["path"], f["line"], f["column"], f["rule"])),
        }


def rows_of(source: Source, half: str) -> list[dict]:
    """`half`: "tune" (odd numbers, dev sites) or "check" (even numbers, check sites)."""
    if source.name in HELD_OUT or source.folder.name in HELD_OUT:
        raise SystemExit(f"{source.folder}: a held-out set, never read here")
    if not source.judged:
        return list(labelled_rows(source, half))
    dev = JUDGED_SETS[source.name]
    return list(judged_rows(source, "dev" if half == "tune" else "check", dev))


def write(rows: list[dict], path: Path) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
