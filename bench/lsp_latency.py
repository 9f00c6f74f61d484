"""Latency of `healthlint server`: time to diagnostics after didOpen and after didChange.

    python bench/lsp_latency.py [--runs 5] [--changes 15]

Drives the server over stdio as an editor would (tests/lsp_client.py) on synthetic articles
from bench/corpus.py (seeded; about 6 kB and 60 kB):
- cold: a new server process per run: from spawning it to the first diagnostics of a 6 kB
  article opened right after `initialize` (and from that didOpen);
- warm open: another 6 kB article (never seen, so nothing cached) in a running server;
- change: one character typed in one paragraph of an open 6 kB or 60 kB article, waiting for
  its diagnostics before the next, from didChange to publishDiagnostics (50 ms of it is the
  debounce); and the first check of each article, for comparison.
Medians (with min and max), and the load average before and after: the machine is shared, so
the cold rows also give the CPU time the server process used until its first diagnostics, and
`healthlint check` of the same article in a new process (wall and CPU) as the yardstick.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import healthlint_command
from corpus import article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from lsp_client import LspClient


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a running process has used (Linux's /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def summary(label: str, times: list[float]) -> str:
    ms = [t * 1000 for t in times]
    return (
        f"{label:<44} median {statistics.median(ms):7.0f} ms"
        f"  (min {min(ms):.0f}, max {max(ms):.0f}, n={len(ms)})"
    )


def timed_open(client: LspClient, path: Path, text: str) -> float:
    start = time.perf_counter()
    uri = client.open(path, text)
    client.diagnostics(uri, version=1, timeout=300)
    return time.perf_counter() - start


def cold(folder: Path, runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"spawn": [], "open": [], "cpu": [], "cli": [], "cli cpu": []}
    text = article(random.Random(1), 6_000)
    path = folder / "cold.md"
    path.write_text(text, encoding="utf-8")
    for _ in range(runs):
        start = time.perf_counter()
        client = LspClient(folder)
        try:
            client.initialize(folder)
            times["open"].append(timed_open(client, path, text))
            times["spawn"].append(time.perf_counter() - start)
            times["cpu"].append(cpu_seconds(client.process.pid))
            client.shutdown()
        finally:
            client.close()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        command = [*healthlint_command(), "check", "--no-cache", str(path)]
        subprocess.run(command, capture_output=True, check=False)
        times["cli"].append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times["cli cpu"].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times


def typing(client: LspClient, path: Path, text: str, changes: int) -> tuple[float, list[float]]:
    """The first check of `text`, then one typed character at a time in its middle paragraph."""
    first = timed_open(client, path, text)
    uri = path.as_uri()
    paragraphs = [i for i, block in enumerate(text.split("\n\n")) if block[:1].isalpha()]
    blocks = text.split("\n\n")
    middle = paragraphs[len(paragraphs) // 2]
    times = []
    for version in range(2, changes + 2):
        blocks[middle] = blocks[middle].replace(" ", "  ", 1)  # a space typed
        start = time.perf_counter()
        client.change(uri, version, "\n\n".join(blocks))
        client.diagnostics(uri, version=version, timeout=300)
        times.append(time.perf_counter() - start)
    return first, times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5, help="cold starts and warm opens")
    parser.add_argument("--changes", type=int, default=15, help="typed characters per article")
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cold_times = cold(folder, args.runs)
        client = LspClient(folder)
        try:
            client.initialize(folder)
            timed_open(client, folder / "warm-up.md", article(random.Random(99), 6_000))
            warm = [
                timed_open(client, folder / f"warm-{n}.md", article(random.Random(10 + n), 6_000))
                for n in range(args.runs)
            ]
            small = article(random.Random(2), 6_000)
            large = article(random.Random(3), 60_000)
            first_small, small_changes = typing(client, folder / "small.md", small, args.changes)
            first_large, large_changes = typing(client, folder / "large.md", large, args.changes)
            client.shutdown()
        finally:
            client.close()
    load_after = os.getloadavg()
    print(f"load average (1, 5, 15 min) before: {', '.join(f'{x:.2f}' for x in load_before)}")
    print(summary("cold server, spawn to first diagnostics (6 kB)", cold_times["spawn"]))
    print(summary("  its CPU time until then", cold_times["cpu"]))
    print(summary("cold server, didOpen to first diagnostics", cold_times["open"]))
    print(summary("healthlint check of the same file (for scale)", cold_times["cli"]))
    print(summary("  its CPU time", cold_times["cli cpu"]))
    print(summary("warm server, didOpen of a new 6 kB article", warm))
    print(summary(f"6 kB ({len(small):,} chars), first check", [first_small]))
    print(summary("6 kB, didChange to diagnostics", small_changes))
    print(summary(f"60 kB ({len(large):,} chars), first check", [first_large]))
    print(summary("60 kB, didChange to diagnostics", large_changes))
    print(f"load average (1, 5, 15 min) after: {', '.join(f'{x:.2f}' for x in load_after)}")


if __name__ == "__main__":
    main()
