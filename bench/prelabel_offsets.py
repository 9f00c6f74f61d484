"""Turn units labelled by their text into the offsets realjudge.py's labels file wants.

    python bench/prelabel_offsets.py FOLDER UNITS.json     writes FOLDER/prelabels.jsonl

Labelling by hand is done reading the page, so a unit is noted as the exact text it covers
(`{"path": ..., "unit": "<exact text>", "labels": ["VAGUE"], "note": ...}`, with `"occ": N` to take
the N-th later occurrence when the text repeats); offsets counted by hand go wrong. This finds
each unit in the stored page, read as realjudge.py reads it (universal newlines: a CR LF page's
offsets count each line end as one character, as the findings' and the verdicts' offsets do), and
refuses a unit that is missing or ambiguous rather than guess where it was.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def locate(text: str, unit: str, occurrence: int | None) -> int:
    """The offset of `unit` in `text`, its `occurrence`-th repeat when given (0 = the first)."""
    start = text.find(unit)
    if start < 0:
        raise ValueError(f"not in the page: {unit[:60]!r}")
    if occurrence is None:
        if text.count(unit) > 1:
            raise ValueError(f"occurs more than once, say which with occ: {unit[:60]!r}")
        return start
    for _ in range(occurrence):
        start = text.find(unit, start + 1)
        if start < 0:
            raise ValueError(f"fewer than {occurrence + 1} occurrences: {unit[:60]!r}")
    return start


def records(folder: Path, units: list[dict[str, object]]) -> list[dict[str, object]]:
    """One labels-file record per unit: path, [offset, end), labels and the note."""
    out: list[dict[str, object]] = []
    for unit in units:
        path, covered = str(unit["path"]), str(unit["unit"])
        # Not newline="": realjudge.py places findings in the page read with universal newlines,
        # so a CR LF page's raw offsets would put every unit after the findings that fall in it.
        text = (folder / path).read_text(encoding="utf-8")
        occ = unit.get("occ")
        start = locate(text, covered, int(str(occ)) if occ is not None else None)
        out.append(
            {
                "path": path,
                "offset": start,
                "end": start + len(covered),
                "labels": unit["labels"],
                "note": unit.get("note", ""),
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("units", type=Path)
    args = parser.parse_args()
    units = json.loads(args.units.read_text(encoding="utf-8"))
    found = records(args.folder, units)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found)
    (args.folder / "prelabels.jsonl").write_text(lines, encoding="utf-8")
    print(len(found), "units")


if __name__ == "__main__":
    main()
