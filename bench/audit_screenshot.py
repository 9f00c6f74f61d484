"""Audit 200 synthetic articles, time it, and screenshot the HTML report with headless Chromium.

Writes bench/out/audit-site/ (the articles), bench/out/audit-report.html, and the screenshots
bench/out/audit-report.png (the top of the page) and bench/out/audit-inventory.png (the claim
inventory). Not run in CI. Needs Chromium (Debian: apt-get install chromium).

    python bench/audit_screenshot.py [--articles 200] [--seed 5]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import corpus
from common import REPO, healthlint_command

OUT = REPO / "bench" / "out"


def build_site(folder: Path, count: int, seed: int) -> None:
    """The articles, from the same generator as the speed benchmark (bench/corpus.py)."""
    shutil.rmtree(folder, ignore_errors=True)
    corpus.build_site(folder, count, seed)


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(exe).exists():
        sys.exit("no chromium: install it (Debian: apt-get update && apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="healthlint-chromium-") as profile:
        flags = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--window-size=1400,2000",
            "--virtual-time-budget=5000",
        ]
        return subprocess.run(
            [exe, *flags, *args], capture_output=True, text=True, timeout=180, check=False
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    site, report = OUT / "audit-site", OUT / "audit-report.html"
    report.unlink(missing_ok=True)
    build_site(site, args.articles, args.seed)
    started = time.perf_counter()
    proc = subprocess.run(
        [*healthlint_command(), "audit", site.name, "-o", report.name],
        capture_output=True,
        text=True,
        check=False,
        cwd=OUT,  # relative paths in the report, as when run at a site's root
        # `python -m linter` needs the checkout on the path when healthlint is not installed.
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH")))),
        },
    )
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0, 1) or not report.exists():
        sys.exit(f"audit failed ({proc.returncode}): {proc.stderr.strip()}")
    print(proc.stdout.strip())
    print(f"audit of {args.articles} articles: {elapsed:.2f} s (wall, including start-up)")
    print(f"report: {report.stat().st_size / 1024:.0f} KiB")

    url = report.resolve().as_uri()
    shoot(OUT / "audit-report.png", url)
    dom = chromium("--dump-dom", url).stdout
    rows = len(re.findall(r'<tr data-key="', dom))  # the first page of the inventory
    table = "present" if 'id="inventory-table"' in dom else "MISSING"
    print(f"rendered DOM: inventory table {table}, {rows} claim rows, status: {status_of(dom)}")
    if "<script>alert(1)" in dom:
        sys.exit("untrusted <script> text reached the DOM unescaped")

    view = inventory_view(report)
    shoot(OUT / "audit-inventory.png", view.as_uri())
    status = status_of(chromium("--dump-dom", view.as_uri()).stdout)
    print(f"inventory view, 3 claims pre-ticked: {status}")


def shoot(png: Path, url: str) -> None:
    png.unlink(missing_ok=True)
    shot = chromium(f"--screenshot={png}", url)
    if not png.exists():
        sys.exit(f"no screenshot: {shot.stderr.strip()[-2000:]}")
    print(f"screenshot: {png}")


def status_of(dom: str) -> str:
    shown = re.search(r'<span class="status" id="claims-status"[^>]*>([^<]*)</span>', dom)
    return shown.group(1) if shown else "MISSING"


def inventory_view(report: Path) -> Path:
    """A copy of the report showing only the inventory, with its first 3 claims ticked.

    Headless Chromium screenshots the top of a page, and a fresh profile has no ticks: this
    copy shows the part a fact-checker works in, and that stored ticks are read back.
    """
    page = report.read_text(encoding="utf-8")
    first = re.search(r'<script type="application/json" id="hl-claims-0">(.*?)</script>', page)
    chunk = (REPO / "bench" / "out" / "audit-report.data" / "claims-0000.js").read_text
    rows = json.loads(first.group(1) if first else chunk(encoding="utf-8").split(",", 2)[2][:-3])
    keys = [row[0] for row in rows[:3]]
    store = json.dumps({k: "2024-01-01" for k in keys})
    inject = (
        "<style>main > :not(#inventory):not(#inventory ~ *) { display: none; }</style>"
        f"<script>localStorage.setItem('healthlint-audit-checked', {json.dumps(store)});</script>"
    )
    view = report.with_name("audit-inventory.html")
    view.write_text(page.replace("</head>", inject + "</head>", 1), encoding="utf-8")
    return view


if __name__ == "__main__":
    main()
