"""Search composed CMS pages (bench/markup_shapes.py) for internal errors and broken findings.

    python bench/shape_search.py --pages 3000 --seed 1           # in process, every page
    python bench/shape_search.py --pages 600 --seed 2 --cli 300  # and 300 of them by the CLI

Every page goes through the one "check one file" path (run/checker.py's Checker.check_bytes,
as `healthlint check` calls it); an exception is an internal error, grouped by its type and the
innermost frame in linter/. An input error is allowed only if its message names the file.
Invariants on every page's findings: line and column inside the file, the finding's text the
source at its position, findings sorted, and the JSON and SARIF outputs parse with the
positions they should. With --cli, every N-th page is also checked by `healthlint check` in
batches (JSON and SARIF at once): the exit code must be 0 or 1 and the stderr hold no
"internal error". Failing pages are written to bench/out/shape-failures/ (class, seed, page).
Prints the pages run, the time, and one line per failure class with a count and an example.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import healthlint_command
from markup_shapes import page

from linter.checks.rules import load_rules
from linter.documents import read_document
from linter.errors import HealthlintError
from linter.findings import Finding
from linter.report import FORMATTERS
from linter.report.json import format_json
from linter.report.run_info import RunInfo
from linter.report.sarif import format_sarif
from linter.run.checker import Checker
from linter.run.settings import Overrides

OUT = Path(__file__).resolve().parent / "out" / "shape-failures"
RULES = load_rules()  # the formatters describe each rule a finding names


def crash_class(exc: BaseException) -> str:
    """The exception's type and the innermost frame of healthlint's own code."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/linter/" in f.filename]
    where = f"{frames[-1].filename.split('/linter/')[-1]}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at linter/{where}"


def broken_invariants(name: str, data: bytes, findings: list[Finding]) -> list[str]:
    """What is wrong with a page's findings (an empty list: nothing)."""
    source = read_document(name, data).source
    starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
    problems = []
    if findings != sorted(findings):
        problems.append("findings not sorted")
    for f in findings:
        inside = 1 <= f.line <= f.end_line <= len(starts) and f.column >= 1 and f.end_column >= 1
        if not inside:
            problems.append(f"position {f.line}:{f.column}-{f.end_line}:{f.end_column} outside")
            continue
        start = starts[f.line - 1] + f.column - 1
        end = starts[f.end_line - 1] + f.end_column - 1
        line_end = len(source) if f.line == len(starts) else starts[f.line] - 1
        if start > line_end or end > len(source) or end < start:
            problems.append(f"position {f.line}:{f.column} past its line")
        elif source[start:end] != f.text:
            problems.append(f"text {f.text!r} is not the source at {f.line}:{f.column}")
    run = RunInfo(files=1, rules=RULES)
    reported = json.loads(format_json(findings, run))["findings"]
    if [(r["line"], r["column"]) for r in reported] != [(f.line, f.column) for f in findings]:
        problems.append("JSON positions differ from the findings'")
    for formatter in FORMATTERS.values():  # none may fail on what a page's findings hold
        formatter(findings, run)
    sarif = json.loads(format_sarif(findings, run))
    results = sarif["runs"][0]["results"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in results]
    if [(g["startLine"], g["startColumn"]) for g in regions] != [
        (f.line, f.column) for f in findings
    ]:
        problems.append("SARIF regions differ from the findings'")
    return problems


def keep(label: str, seed: str, name: str, data: bytes, seen: Counter[str]) -> None:
    seen[label] += 1
    if seen[label] <= 3:  # a few examples of each class are enough to reduce by hand
        OUT.mkdir(parents=True, exist_ok=True)
        slug = "".join(c if c.isalnum() else "-" for c in label)[:80]
        (OUT / f"{slug}-{seed}{Path(name).suffix}").write_bytes(data)


SPACER_AFTER = re.compile(rb"(</p>|</ul>|</ol>|</table>|</h[1-6]>)")


def variants(name: str, data: bytes) -> dict[str, bytes]:
    """The same page as a reader must read it the same: its lines ended by CR LF; with a byte
    order mark; an HTML page with an editor's spacer paragraph after every paragraph, list,
    table and heading."""
    lf = data.replace(b"\r\n", b"\n")
    # A page with a lone CR is searched for errors only: its lines are not LF's lines.
    out = {} if b"\r" in lf else {"CR LF": lf.replace(b"\n", b"\r\n")}
    if not data.startswith(b"\xef\xbb\xbf"):
        out["a byte order mark"] = b"\xef\xbb\xbf" + data
    if name.endswith(".html"):
        out["spacers"] = SPACER_AFTER.sub(rb"\1<p>&#8205;</p>", data)
    return out


def differences(checker: Checker, path: str, data: bytes, findings: list[Finding]) -> list[str]:
    """How the variants' findings differ: by place for CR LF (lines stay lines), by rule and
    text for spacers (which move columns)."""
    lf = data.replace(b"\r\n", b"\n")
    problems = []
    for what, variant in variants(path, data).items():
        other = checker.check_bytes(path, variant).result.findings
        if what != "spacers":  # the same places
            base = findings
            if what == "CR LF" and lf != data:  # compare with the page with LF endings
                base = checker.check_bytes(path, lf).result.findings
            same = [(f.rule, f.line, f.column) for f in base] == [
                (f.rule, f.line, f.column) for f in other
            ]
        else:
            same = Counter((f.rule, f.text) for f in findings) == Counter(
                (f.rule, f.text) for f in other
            )
        if not same:
            problems.append(f"findings change with {what}")
    return problems


def big_pages(pages: list[tuple[str, str, bytes]], count: int) -> list[tuple[str, str, bytes]]:
    """Pages over the size at which a file is read in two processes (nlp/reader.py): the
    composed pages of one format, end to end, until there are 400,000 bytes."""
    big = []
    for n in range(count):
        name = (".md", ".html", ".mdx")[n % 3]
        same = [data for _, page_name, data in pages[n:] + pages[:n] if page_name.endswith(name)]
        data, used = b"", 0
        while len(data) < 400_000 and same:
            data += same[used % len(same)] + b"\n\n"
            used += 1
        big.append((f"big-{n}", f"big{name}", data))
    return big


def in_process(
    pages: list[tuple[str, str, bytes]], folder: Path, processes: int = 1, every: int = 0
) -> Counter[str]:
    checker = Checker(Overrides())
    failures: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for n, (seed, name, data) in enumerate(pages):
        path = str(folder / name)
        try:
            checked = checker.check_bytes(path, data, processes=processes)
        except Exception as exc:
            label = "crash: " + crash_class(exc)
            examples.setdefault(label, f"{seed} {exc!r}"[:200])
            keep(label, seed, name, data, failures)
            continue
        for error in checked.result.errors:
            if not isinstance(error, HealthlintError) or error.path != path or error.line is None:
                label = f"error not naming the file and line: {error}"[:120]
                keep(label, seed, name, data, failures)
        problems = broken_invariants(path, data, checked.result.findings)
        if every and n % every == 0:
            problems += differences(checker, path, data, checked.result.findings)
        for problem in problems:
            label = "invariant: " + problem.split(" is not")[0].split(" at ")[0][:60]
            examples.setdefault(label, f"{seed} {problem}"[:200])
            keep(label, seed, name, data, failures)
    for label, example in examples.items():
        print(f"  example of {label}: {example}")
    return failures


def exited_well(proc: subprocess.CompletedProcess[str], folder: Path) -> bool:
    """Exit 0 or 1; or 2 with every stderr line an error naming a file of `folder` and a line."""
    if "internal error" in proc.stderr or proc.returncode not in (0, 1, 2):
        return False
    lines = [line for line in proc.stderr.splitlines() if not line.startswith("warning:")]
    named = re.compile(re.escape(str(folder)) + r"/[^:]+:\d+: ")
    return proc.returncode != 2 or (bool(lines) and all(named.match(line) for line in lines))


def by_cli(pages: list[tuple[str, str, bytes]], folder: Path, batch: int = 50) -> Counter[str]:
    failures: Counter[str] = Counter()
    for first in range(0, len(pages), batch):
        part = folder / f"batch-{first}"
        part.mkdir()
        for seed, name, data in pages[first : first + batch]:
            (part / f"{seed}-{name}").write_bytes(data)
        sarif = folder / f"batch-{first}.sarif"
        command = [*healthlint_command(), "check", "--no-cache", "--jobs", "1", "--format", "json"]
        command += ["--output-format", f"sarif={sarif}", str(part)]
        proc = subprocess.run(command, capture_output=True, text=True, check=False)
        if not exited_well(proc, part):
            failures[f"cli check exit {proc.returncode}: {proc.stderr.strip()[:150]}"] += 1
            continue
        audit = [*healthlint_command(), "audit", "--no-cache", str(part), "-o"]
        for report in ("audit.html", "audit.json"):
            done = subprocess.run([*audit, str(folder / report)], capture_output=True, text=True)
            if not exited_well(done, part):
                failures[f"cli audit exit {done.returncode}: {done.stderr.strip()[:150]}"] += 1
        found = json.loads(proc.stdout)["findings"]
        results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
        if len(found) != len(results):
            failures["cli: JSON and SARIF differ in their number of findings"] += 1
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cli", type=int, default=0, help="also check this many by the CLI")
    parser.add_argument("--variants", type=int, default=4, help="every N-th page, 0: none")
    parser.add_argument("--big", type=int, default=0, help="this many 400 kB pages, 2 processes")
    args = parser.parse_args()
    pages = []
    for i in range(args.pages):
        seed = f"{args.seed}-{i}"
        name, data = page(random.Random(seed))
        pages.append((seed, name, data))
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        failures = in_process(pages, Path(tmp), every=args.variants)
        if args.big:
            failures += in_process(big_pages(pages, args.big), Path(tmp), processes=2)
        step = max(1, args.pages // args.cli) if args.cli else 0
        cli = by_cli(pages[::step][: args.cli], Path(tmp)) if step else Counter[str]()
    took = time.monotonic() - started
    print(
        f"{args.pages} pages in process (seed {args.seed}), {args.big} big, {args.cli} by the CLI, {took:.0f} s"
    )
    for label, count in sorted((failures + cli).items(), key=lambda item: -item[1]):
        print(f"{count:6}  {label}")
    print(f"{sum(failures.values()) + sum(cli.values())} failures in all")
    sys.exit(1 if failures or cli else 0)


if __name__ == "__main__":
    main()
