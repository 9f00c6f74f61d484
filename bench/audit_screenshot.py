"""Audit 200 synthetic articles, time it, and screenshot the HTML report with headless Chromium.

Writes bench/out/audit-site/ (the articles), bench/out/audit-report.html, and the screenshots
bench/out/audit-report.png (the top of the page) and bench/out/audit-inventory.png (the claim
inventory). Not run in CI. Needs Chromium (Debian: apt-get install chromium).

    python bench/audit_screenshot.py [--articles 200] [--seed 5]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, healthlint_command

OUT = REPO / "bench" / "out"
THINGS = (
    "green tea",
    "turmeric",
    "vitamin D",
    "yoga",
    "intermittent fasting",
    "fish oil",
    "acupuncture",
    "brisk walking",
    "probiotics",
    "a Mediterranean diet",
)
CONDITIONS = (
    "arthritis",
    "migraine",
    "type 2 diabetes",
    "asthma",
    "depression",
    "high blood pressure",
    "eczema",
    "insomnia",
)
SENTENCES = {
    "hype": (
        "{X} cures {Y}.",
        "This miracle remedy reverses {Y} in weeks.",
        "{X} is 100% effective against {Y}, with no side effects.",
        "Fans call {X} a breakthrough and a game changer for {Y}.",
    ),
    "vague": (
        "Research shows that {X} lowers the risk of {Y}.",
        "Experts say {X} helps with {Y}.",
        "Studies have shown that {X} may ease {Y}.",
        "Doctors recommend {X} for anyone with {Y}.",
    ),
    "named": (
        "A study published in The Lancet found that {X} reduced {Y} symptoms.",
        "According to a 2021 trial in JAMA, {X} improved sleep in people with {Y}.",
        "Researchers at Harvard report that {X} is linked to lower rates of {Y}.",
    ),
    "figures": (
        "About 1 in 5 adults will develop {Y}.",
        "{X} cut the risk of {Y} by 30%.",
        "The five-year survival rate for people with {Y} is 68%.",
        "Around 12% of patients stop treatment in the first year.",
    ),
    "sourced": (
        "A 2020 review of 12 trials found that {X} may modestly reduce {Y} "
        "([review](https://example.org/review-{N})).",
        "{X} was associated with fewer {Y} flare-ups (Smith et al., 2019).",
        "In one small trial, {X} could help some people with {Y} [{N}].",
    ),
    "clean": (
        "{Y} is a long-term condition that affects people differently.",
        "Talk to your doctor before changing your treatment.",
        "Many people find it helps to keep a symptom diary.",
        "The clinic is open on weekdays from nine to five.",
        "Bring a list of your medicines to each appointment.",
    ),
}
WEIGHTS = {"hype": 2, "vague": 2, "named": 2, "figures": 2, "sourced": 2, "clean": 6}


def sentence(rng: random.Random, thing: str, condition: str) -> str:
    kind = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    text = rng.choice(SENTENCES[kind])
    text = text.format(X=thing, Y=condition, N=rng.randint(1, 9))
    return text[0].upper() + text[1:]


def article(rng: random.Random, index: int) -> tuple[str, str]:
    """One article: (file name, text), Markdown mostly, some HTML and plain text."""
    thing, condition = rng.choice(THINGS), rng.choice(CONDITIONS)
    title = f"{thing.capitalize()} and {condition}"
    paragraphs = [
        " ".join(sentence(rng, thing, condition) for _ in range(rng.randint(2, 4)))
        for _ in range(rng.randint(3, 6))
    ]
    if index == 7:  # untrusted text must come out escaped in the report
        paragraphs.append("Some sites say <script>alert(1)</script> cures everything.")
    if index % 10 == 3:
        body = "".join(f"<p>{p.replace('<', '&lt;')}</p>\n" for p in paragraphs)
        return f"article-{index:03}.html", f"<html><body><h1>{title}</h1>\n{body}</body></html>\n"
    if index == 7:
        return f"article-{index:03}.txt", title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    text = f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"
    if "[" in text:
        text += "\n## References\n\n" + "".join(
            f"{n}. Example reference {n}, https://example.org/ref-{n}\n" for n in range(1, 10)
        )
    return f"article-{index:03}.md", text


def build_site(folder: Path, count: int, seed: int) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(seed)
    for index in range(count):
        section = folder / f"section-{index % 8}"
        section.mkdir(parents=True, exist_ok=True)
        name, text = article(rng, index)
        (section / name).write_text(text, encoding="utf-8")


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
    rows = len(re.findall(r'<tr data-key="', dom))
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
    shown = re.search(r'<span id="shown">([^<]*)</span>', dom)
    return shown.group(1) if shown else "MISSING"


def inventory_view(report: Path) -> Path:
    """A copy of the report showing only the inventory, with its first 3 claims ticked.

    Headless Chromium screenshots the top of a page, and a fresh profile has no ticks: this
    copy shows the part a fact-checker works in, and that stored ticks are read back.
    """
    page = report.read_text(encoding="utf-8")
    keys = re.findall(r'<tr data-key="([^"]*)"', page)[:3]
    store = json.dumps({html.unescape(k): "2024-01-01" for k in keys})
    inject = (
        "<style>main > :not(#inventory):not(#inventory ~ *) { display: none; }</style>"
        f"<script>localStorage.setItem('healthlint-audit-checked', {json.dumps(store)});</script>"
    )
    view = report.with_name("audit-inventory.html")
    view.write_text(page.replace("</head>", inject + "</head>", 1), encoding="utf-8")
    return view


if __name__ == "__main__":
    main()
