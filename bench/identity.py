"""Identity harness: the findings and claim inventory, byte for byte, before and after a change.

A refactor must not change what healthlint reports. This runs `healthlint check --format json`
and `healthlint audit -o x.json` over fixed corpora and writes one snapshot file; with
`--compare` it reports every corpus whose output differs from an earlier snapshot.

    python bench/identity.py --write bench/out/identity-before.json
    python bench/identity.py --compare bench/out/identity-before.json [--show 5]

Corpora: every rule case in tests/rule_cases (each as its own .md file, all rules on), the seed
article, the annotated passages, the 200-file synthetic site and, with `--wild`, the four real
websites in ../shared/data/wild.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from common import REPO, healthlint_command, shared_data
from corpus import build_site


def _write_cases(folder: Path) -> None:
    for path in sorted((REPO / "tests" / "rule_cases").glob("*.yaml")):
        for index, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            (folder / f"{path.stem}-{index:03}.md").write_text(case["text"], encoding="utf-8")


def corpora(work: Path, wild: bool) -> dict[str, Path]:
    """Name -> folder to check, each built or copied under `work`."""
    data = shared_data()
    made: dict[str, Path] = {}
    cases = work / "rule-cases"
    cases.mkdir()
    _write_cases(cases)
    made["rule-cases"] = cases
    seed = work / "seed"
    seed.mkdir()
    shutil.copy(data / "000_a583bcba3e40887b.txt", seed / "article.md")
    made["seed"] = seed
    articles = work / "articles"
    shutil.copytree(data / "articles", articles, ignore=shutil.ignore_patterns("*.jsonl"))
    made["articles"] = articles
    site = work / "site"
    build_site(site, 200, seed=1)
    made["site"] = site
    if wild:
        made["wild"] = data / "wild"
    return made


def _run(args: list[str], cwd: Path, cache: Path) -> str:
    env = {**os.environ, "HEALTHLINT_CACHE_DIR": str(cache)}
    proc = subprocess.run(
        [*healthlint_command(), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"healthlint {' '.join(args)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return proc.stdout


def _undated(report: str) -> str:
    """An audit report without the times it was made (the summary's and the report's own)."""
    audit = json.loads(report)
    for key in ("generated", "date"):
        audit.get("summary", {}).pop(key, None)
    return json.dumps(audit, ensure_ascii=False, indent=1)


def snapshot(wild: bool, only: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, folder in corpora(work, wild).items():
            if only and name not in only:
                continue
            # A fresh, empty cache folder: a result never comes from an older run.
            cache = work / f"{name}-cache"
            check = ["check", "--format", "json", "--no-cache", "--jobs", "1", "--fail-on", "never"]
            out[f"{name}/check"] = _run([*check, "."], folder, cache)
            report = work / f"{name}-audit.json"
            _run(["audit", ".", "-o", str(report), "--fail-on", "never"], folder, cache)
            audit = json.loads(report.read_text(encoding="utf-8"))
            out[f"{name}/audit"] = _undated(json.dumps(audit, ensure_ascii=False, indent=1))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="write a snapshot here")
    parser.add_argument("--compare", type=Path, help="compare with this snapshot")
    parser.add_argument("--wild", action="store_true", help="also the real websites")
    parser.add_argument("--show", type=int, default=10, help="diff lines shown per corpus")
    parser.add_argument("--only", action="append", default=[], help="only this corpus")
    args = parser.parse_args()
    now = snapshot(args.wild, set(args.only))
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        args.write.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.write}: " + ", ".join(f"{k} {len(v):,} B" for k, v in now.items()))
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        # Snapshots written before the report had a date of its own still carry it.
        before = {k: _undated(v) if k.endswith("/audit") else v for k, v in before.items()}
        differ = 0
        for key in sorted(set(before) | set(now)):
            if args.only and key.split("/")[0] not in args.only:
                continue
            if before.get(key) == now.get(key):
                print(f"identical  {key}")
                continue
            differ += 1
            print(f"DIFFERENT  {key}")
            old, new = before.get(key, "").splitlines(), now.get(key, "").splitlines()
            changed = sum(1 for a, b in zip(old, new, strict=False) if a != b)
            print(f"    {len(old):,} -> {len(new):,} lines, {changed:,} differ in place")
            # A diff of the first differing stretch only: difflib is quadratic on whole reports.
            first = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), 0)
            window = slice(max(0, first - 3), first + 200)
            diff = difflib.unified_diff(old[window], new[window], lineterm="")
            for line in list(diff)[2 : 2 + args.show]:
                print(f"    {line}")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
