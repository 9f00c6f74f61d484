"""How fast the audit's HTML report opens in headless Chromium, at 1,000 and 10,000 files.

    python bench/audit_load.py [--files 1000] [--scale 10] [--repeat 3] [--jobs 2]

1. Builds a synthetic site of `--files` articles (bench/corpus.py: the project's own sentences)
   in bench/out/audit-load/site and audits it in-process (the cache makes a rerun quick).
2. Writes the report of that audit, and the report of a site `--scale` times bigger made from
   the same per-file results: every file repeated under `copy-N/` with `(copy N)` added to each
   claim's sentence, so that copies are not grouped into one row (no flattering of the big one).
   Both go through the renderer's streaming interface, html_parts(), as a sharded run would.
3. Opens each in headless Chromium (--dump-dom) `--repeat` times and reads `data-ready`, the
   milliseconds from navigation start until the first page of the claim inventory is on screen
   (set by the page's own script), and the wall time of the whole Chromium run beside that of
   a trivial page (what any page costs on the machine at that moment). Prints file sizes,
   the median times and the machine's load average.
4. Screenshots at 1400 and 800 px wide: the top of the page and the claim inventory
   (bench/out/audit-load/*.png).

Skips (exit 0, with a note) when Chromium is not installed (Debian: apt-get install chromium).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import corpus
from common import REPO

from linter.report.audit.model import AuditRun, FileAudit
from linter.run.audit import AuditResult, audit_paths, write_html
from linter.run.settings import Overrides

OUT = REPO / "bench" / "out" / "audit-load"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def chromium_exe() -> str | None:
    exe = shutil.which("chromium") or "/usr/bin/chromium"
    return exe if Path(exe).exists() else None


def chromium(exe: str, *args: str, width: int = 1400, height: int = 1600) -> tuple[str, float]:
    """Run headless Chromium on a fresh profile; its stdout and its wall time in seconds."""
    with tempfile.TemporaryDirectory(prefix="healthlint-chromium-") as profile:
        started = time.perf_counter()
        proc = subprocess.run(
            [exe, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}", *args],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        return proc.stdout, time.perf_counter() - started


def size_of(report: Path) -> tuple[int, int, int]:
    """The page's bytes, the data folder's bytes and its number of files."""
    data = report.with_name(report.stem + ".data")
    files = list(data.iterdir()) if data.is_dir() else []
    return report.stat().st_size, sum(f.stat().st_size for f in files), len(files)


def scaled(result: AuditResult, times: int) -> Iterator[FileAudit]:
    """The audit's per-file results `times` over, each copy under its own folder and text."""
    for n in range(times):
        for one in result.per_file():
            path = f"copy-{n}/{one.path}"
            yield FileAudit(
                path,
                tuple(replace(f, path=path) for f in one.findings),
                tuple(replace(c, path=path, text=f"{c.text} (copy {n})") for c in one.claims),
            )


def load_times(exe: str, report: Path, repeat: int) -> tuple[list[int], list[float]]:
    ready, wall = [], []
    for _ in range(repeat):
        dom, seconds = chromium(exe, "--dump-dom", report.resolve().as_uri())
        found = re.search(r'<html[^>]* data-ready="(\d+)"', dom)
        if not found:
            sys.exit(f"{report}: the page never showed its inventory")
        ready.append(int(found.group(1)))
        wall.append(seconds)
    return ready, wall


def shots(exe: str, report: Path, tag: str) -> None:
    """The top of the page, and a copy beside it that shows only the claim inventory.

    Headless Chromium screenshots the top of a page (a #fragment is not scrolled to before
    the shot), so the inventory is shot from a copy with the sections above it hidden.
    """
    view = report.with_name(f"{report.stem}-inventory-view.html")
    hide = "<style>main > :not(#inventory):not(#inventory ~ *) { display: none; }</style>"
    page = report.read_text(encoding="utf-8")
    view.write_text(page.replace("</head>", hide + "</head>", 1), encoding="utf-8")
    for width in (1400, 800):
        for part, url in (("top", report), ("inventory", view)):
            png = OUT / f"{tag}-{width}-{part}.png"
            png.unlink(missing_ok=True)
            chromium(exe, f"--screenshot={png}", url.resolve().as_uri(), width=width, height=1400)
            print(f"  screenshot {png}" if png.exists() else f"  NO {png}")


def trivial_page() -> Path:
    """A page that only marks itself ready: what any page costs on this machine right now."""
    page = OUT / "trivial.html"
    page.write_text(
        "<!DOCTYPE html><html><body><p>x</p><script>document.documentElement.setAttribute("
        '"data-ready", String(Math.round(performance.now())));</script></body></html>\n',
        encoding="utf-8",
    )
    return page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--site", type=Path, help="audit this folder instead (built if missing)")
    args = parser.parse_args()
    exe = chromium_exe()
    if exe is None:
        print("skipped: no Chromium (Debian: apt-get update && apt-get install -y chromium)")
        return
    OUT.mkdir(parents=True, exist_ok=True)
    site = (args.site or OUT / "site").resolve()
    if not site.is_dir():
        corpus.build_site(site, args.files, args.seed)
    os.chdir(site.parent)  # paths in the report relative to the site's folder, as at a site root
    started = time.perf_counter()
    # A cache of its own: the user's cache is shared, and pruned past 512 MB.
    cache = OUT / "cache"
    result = audit_paths([site.name], Overrides(jobs=args.jobs, use_cache=True, cache_dir=cache))
    print(f"audit of {result.files} files: {time.perf_counter() - started:.1f} s (cache on)")
    print(f"  {len(result.findings)} findings, {len(result.claims)} claims")
    run: AuditRun = result.run("https://github.com/o/r/blob/main/{path}#L{line}")
    trivial, trivial_wall = load_times(exe, trivial_page(), args.repeat)
    empty_wall = statistics.median(trivial_wall)
    print(
        f"a trivial page: ready after {statistics.median(trivial)} ms (of {trivial}), "
        f"Chromium wall {empty_wall:.2f} s (the machine's load: {os.getloadavg()[0]:.1f})"
    )
    reports = [(f"report-{result.files}", result.per_file())]
    if args.scale > 1:
        reports.append((f"report-{result.files * args.scale}", scaled(result, args.scale)))
    runs = {reports[-1][0]: replace(run, sources=(f"{site.name} x{args.scale} (copies)",))}
    for tag, files in reports:
        report = OUT / f"{tag}.html"
        started = time.perf_counter()
        chunks = write_html(report, files, runs.get(tag, run))
        made = time.perf_counter() - started
        page, data, count = size_of(report)
        print(
            f"{tag}: written in {made:.1f} s; page {page / 1e6:.2f} MB, "
            f"{count} chunk files beside it ({data / 1e6:.2f} MB)"
            if chunks
            else f"{tag}: written in {made:.1f} s; one self-contained page of {page / 1e6:.2f} MB"
        )
        ready, wall = load_times(exe, report, args.repeat)
        print(
            f"  inventory on screen after {statistics.median(ready)} ms (median of {ready}); "
            f"Chromium wall {statistics.median(wall):.2f} s (trivial page {empty_wall:.2f} s); "
            f"load {os.getloadavg()[0]:.1f}"
        )
        shots(exe, report, tag)


if __name__ == "__main__":
    main()
