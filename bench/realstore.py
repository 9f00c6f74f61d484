"""Store pages of a real-site set byte for byte from records of the index's read_file answers.

    python bench/realstore.py FOLDER           write FOLDER/<site>/<path> from FOLDER/_tools/raw/*.jsonl
    python bench/realstore.py FOLDER --mark    first mark the records whose count is short by k
                                               times their lines (below), then write

Each raw record is one JSON object a line, copied from read_file's answer: {"site", "repo",
"path", "commit", "total_chars", "text"} and, for a file with CR LF line ends, "crlf": true
(read_file shows the text without its CRs but counts them: a count short by exactly the
number of lines gives it away). A count short by exactly k times the number of lines is a file
whose every line ends in k CRs and a LF (converted twice or more): "cr_per_line": k. The text
is written with no newline translation and checked against total_chars; `.php` and `.aspx` pages get an added `.html` suffix so healthlint and
realjudge.py read them as HTML. FOLDER/_tools/manifest.tsv lists every page with its source and
"ok" or the mismatch. The pages are third-party text: FOLDER lives outside the repository.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def mark(folder: Path) -> None:
    """Add "crlf" or "cr_per_line" to each raw record whose total_chars exceeds its text's
    length by exactly k times its number of LFs (k = 1: CR LF)."""
    for raw in sorted((folder / "_tools" / "raw").glob("*.jsonl")):
        rows = [json.loads(line) for line in raw.read_text(encoding="utf-8").splitlines() if line]
        for r in rows:
            gap, lines = r["total_chars"] - len(r["text"]), r["text"].count("\n")
            if gap > 0 and lines and gap % lines == 0 and "crlf" not in r:
                r.update({"crlf": True} if gap == lines else {"cr_per_line": gap // lines})
        raw.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def store(folder: Path) -> tuple[int, int]:
    """Write every raw record's page; return (pages, mismatches)."""
    rows = [
        json.loads(line)
        for raw in sorted((folder / "_tools" / "raw").glob("*.jsonl"))
        for line in raw.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    bad = 0
    lines = []
    for r in rows:
        rel = r["path"] + (".html" if r["path"].endswith((".php", ".aspx")) else "")
        out = folder / r["site"] / rel
        if not out.resolve().is_relative_to((folder / r["site"]).resolve()):
            raise ValueError(f"{r['site']}/{rel}: a page's path must stay inside its site")
        out.parent.mkdir(parents=True, exist_ok=True)
        crs = r.get("cr_per_line", 1 if r.get("crlf") else 0)
        text = r["text"].replace("\n", "\r" * crs + "\n")
        with open(out, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        ok = len(text) == r["total_chars"]
        bad += not ok
        state = "ok" if ok else f"MISMATCH {len(text)}"
        lines.append(
            f"{r['site']}/{rel}\t{r['repo']}\t{r['path']}\t{r['commit']}\t{r['total_chars']}\t{state}"
        )
    (folder / "_tools" / "manifest.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows), bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--mark", action="store_true", help="mark CR line ends first")
    args = parser.parse_args()
    if args.mark:
        mark(args.folder)
    pages, bad = store(args.folder)
    print(f"{pages} pages, {bad} mismatches")


if __name__ == "__main__":
    main()
