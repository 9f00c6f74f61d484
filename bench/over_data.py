"""The labelled sentences the learned overstatement model (issue 14, session 29) trains on.

Every written set of bench/data/written* (each written for this project, in the articles format),
but never the blind sets of sessions 29 to 32 (bench/data/written-blind29-* to -blind32-*, scored by
the lead), plus
the tune half of ../shared/data/articles (odd file numbers) and the 40 labelled windows of
../shared/data/wild/windows. Each file is read through healthlint's own reader and checks
(bench/learned_data.py), so a row is what the model sees at run time. The cross-validation
group is the SET: a written set differs from the others by writer, session and class, the
closest the data comes to wording nobody tuned on.

The rows are cached (pickled Claims) under /tmp, keyed by the commit and the data's size, since
reading 6,000 units through the checks takes a few minutes on the shared cores.
"""

from __future__ import annotations

import hashlib
import pickle
import re
import subprocess
from dataclasses import replace
from pathlib import Path

from common import shared_data
from goldscore import load_gold
from learned_data import Row, _folder_of, _rows_of

from linter.engine import Engine

BENCH = Path(__file__).resolve().parent
# Blind sets the lead scores; their names start so (never read here).
HELD_OUT = re.compile(r"written-blind(?:29|30|31|32)-")
_PASSAGE = re.compile(r"\d+-.*\.md$")


def written_sets() -> list[Path]:
    """Every written set but the held-out ones, in a fixed order."""
    folders = sorted(p for p in (BENCH / "data").glob("written*") if p.is_dir())
    return [p for p in folders if not HELD_OUT.match(p.name) and (p / "gold.jsonl").is_file()]


def _read(origin: str, folder: Path, wanted: re.Pattern[str], keep, engine: Engine) -> list[Row]:
    files = sorted(f.name for f in folder.iterdir() if wanted.match(f.name) and keep(f.name))
    gold = [g for g in load_gold(folder) if g["file"] in set(files)]
    rows: list[Row] = []
    for file in files:
        mine = [g for g in gold if g["file"] == file]
        for row in _rows_of(folder, file, mine, engine, origin):
            # The set is the group and the site: file names repeat across written sets.
            rows.append(replace(row, group=f"{origin}/{file}", site=origin))
    return rows


def _key() -> str:
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=BENCH, capture_output=True, text=True
    ).stdout.strip()
    sizes = [f"{p.name}:{(p / 'gold.jsonl').stat().st_size}" for p in written_sets()]
    return hashlib.sha256(f"{head} {' '.join(sizes)}".encode()).hexdigest()[:12]


def load_over_rows(cache: bool = True) -> list[Row]:
    """Rows of the written sets, the articles' tune half and the windows (windows grouped by
    their wild site, the articles' tune half as one set)."""
    path = Path(f"/tmp/learnO-rows-{_key()}.pkl")
    if cache and path.is_file():
        with path.open("rb") as handle:
            rows: list[Row] = pickle.load(handle)
        return rows
    engine = Engine()
    rows = []
    for name in ("articles", "windows"):
        folder, wanted, keep = _folder_of(name)
        for row in _read(name, folder, wanted, keep, engine):
            site = row.group.split("/")[-1]
            site = re.sub(r"-\d+\.md$", "", site) if name == "windows" else "articles"
            rows.append(replace(row, site=site))
    for folder in written_sets():
        rows += _read(folder.name, folder, _PASSAGE, lambda f: True, engine)
    if cache:
        with path.open("wb") as handle:
            pickle.dump(rows, handle)
    return rows


if __name__ == "__main__":
    import time
    from collections import Counter

    began = time.process_time()
    rows = load_over_rows()
    print(
        f"{len(rows)} rows, {len({r.site for r in rows})} sets, {time.process_time() - began:.0f} s"
    )
    units = {(r.group, r.unit): r for r in rows}
    over = sum("OVER" in r.gold for r in units.values())
    print(f"{len(units)} units holding a sentence start; OVER {over}")
    print(Counter(("OVER" in r.gold, "OVER" in r.rules) for r in rows))
    _ = shared_data
