"""SIGKILL `healthlint check --fix` at random moments; after each kill, every file must be byte
for byte its original or its fixed version, keep its mode, and no temp file may be left.

    python bench/fix_kills.py --kills 200      # about 10 minutes on a loaded 2-core machine

A site of articles in several encodings (UTF-8, UTF-8 with a BOM and CRLF, cp1252, UTF-16)
each holding a sentence the registry fix links, is fixed once to learn each file's fixed
bytes and how long its writes take; then each round restores the originals, starts a run,
waits (polling every millisecond) for the first file to be replaced, and kills the run after a
random delay within the span of the writes: a kill lands while files are being written, on a
loaded machine as on an idle one. Not run in CI (issue 21).
"""

from __future__ import annotations

import argparse
import codecs
import os
import random
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The registry entry and sentence the fix tests use (tests/widget_registry.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from widget_registry import REGISTRY, SENTENCE


def articles(count: int) -> dict[str, bytes]:
    out = {}
    for i in range(count):
        body = f"# Article {i} — café\n\nSome text first.\n\n{SENTENCE}\n\nÉté {i}.\n" * 3
        kind = i % 4
        if kind == 0:
            data = body.encode("utf-8")
        elif kind == 1:
            data = codecs.BOM_UTF8 + body.replace("\n", "\r\n").encode("utf-8")
        elif kind == 2:
            data = body.replace("—", "-").encode("cp1252")
        else:
            data = codecs.BOM_UTF16_LE + body.encode("utf-16-le")
        out[f"a{i:02d}.md"] = data
    return out


def restore(site: Path, originals: dict[str, bytes]) -> None:
    for name, data in originals.items():
        path = site / name
        path.write_bytes(data)
        os.chmod(path, 0o640)


def run(site: Path, registry: Path) -> subprocess.Popen[bytes]:
    command = [
        sys.executable, "-m", "linter", "check", "--fix", "--no-cache", "--jobs", "1",
        "--no-builtin-claims", "--claims", str(registry), str(site),
    ]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def inodes(site: Path, names: list[str]) -> list[int]:
    out = []
    for name in names:
        try:
            out.append(os.stat(site / name).st_ino)
        except OSError:
            out.append(-1)
    return out


def first_write(process: subprocess.Popen[bytes], site: Path, names: list[str]) -> float | None:
    """Wait until a file is replaced (its inode changes); when, or None if the run ended."""
    before = inodes(site, names)
    while process.poll() is None:
        if inodes(site, names) != before:
            return time.perf_counter()
        time.sleep(0.001)
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--files", type=int, default=12)
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        site, registry = Path(tmp) / "site", Path(tmp) / "claims.yaml"
        site.mkdir()
        registry.write_text(REGISTRY, encoding="utf-8")
        originals = articles(args.files)
        restore(site, originals)
        names = sorted(originals)
        process = run(site, registry)
        first = first_write(process, site, names)
        last = first or 0.0
        seen = inodes(site, names)
        while process.poll() is None:  # the last replacement: the span of the writes
            now = inodes(site, names)
            if now != seen:
                seen, last = now, time.perf_counter()
            time.sleep(0.001)
        span = max(last - (first or last), 0.001)
        fixed = {name: (site / name).read_bytes() for name in originals}
        changed = sum(fixed[n] != originals[n] for n in originals)
        print(
            f"a full run fixes {changed} of {len(originals)} files; its writes span {span * 1000:.0f} ms"
        )
        outcomes = {"original": 0, "fixed": 0}
        bad: list[str] = []
        for round_ in range(args.kills):
            restore(site, originals)
            process = run(site, registry)
            if first_write(process, site, names) is not None:
                time.sleep(rng.uniform(0, span))
            process.send_signal(signal.SIGKILL)
            process.wait()
            left = sorted(set(os.listdir(site)) - set(originals))
            if left:
                bad.append(f"round {round_}: left {left}")
            for name in originals:
                data = (site / name).read_bytes()
                if data == originals[name]:
                    outcomes["original"] += 1
                elif data == fixed[name]:
                    outcomes["fixed"] += 1
                else:
                    bad.append(f"round {round_}: {name} is neither original nor fixed")
                if stat.S_IMODE(os.stat(site / name).st_mode) != 0o640:
                    bad.append(f"round {round_}: {name} lost its mode")
        files = args.kills * len(originals)
        print(
            f"{args.kills} kills, {files} files compared byte for byte: "
            f"{outcomes['original']} original, {outcomes['fixed']} fixed, {len(bad)} problems"
        )
        for line in bad[:20]:
            print("  " + line)
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
