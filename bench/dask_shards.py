"""Reports from synthetic shards: the client's peak memory writing the report of a distributed
audit of 2,000 or 20,000 files, from Parquet or from JSON Lines shards, with no cluster and no
page checked more than once (`python bench/dask_scale.py reports`, which runs this).

The shards are made from the `memory` mode's small pages (dask_scale.SMALL, one per topic),
each checked once by the workers' own code (WorkerSide.check) with the placeholder number
777777 in its path and text, then copied for every file with that number replaced by the
file's own (six digits: every position stays right) and its sentences' hashes made the file's
own, so that, as in the `memory` mode's real runs, nothing is boilerplate and no two files
share a claim sentence. Parts of 64 files, written as the tasks write them (Folder.write_shard).

Each size and format is reported in a fresh process, as `audit --scheduler` does once its
workers are done: a Session with the pipeline built (the client builds it before the run), then
pyarrow imported (Parquet only: its own line, a cost that does not grow with the site), then the
HTML, Markdown and JSON reports written by write_streamed, peak RSS (VmHWM) reset before each.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import sys
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

MARK = "777777"
PLACE = f"site/part{MARK[:3]}/page{MARK}.md"
PART = 64


def templates() -> list[dict[str, Any]]:
    """One checked record per topic, with MARK where the file's number goes."""
    from dask_scale import OUTCOMES, SMALL, TOPICS

    from linter.distributed.worker_side import WorkerSide
    from linter.run.settings import Overrides

    side = WorkerSide(Overrides(use_cache=False), None)
    made = []
    for k, topic in enumerate(TOPICS):
        page = SMALL.format(
            i=MARK, topic=topic, outcome=OUTCOMES[k % len(OUTCOMES)], n=20 + k, p=10 + k, w=4 + k
        )
        record = side.check(PLACE, page.encode())
        assert record["result"]["ok"] and record["result"]["findings"], record
        made.append(record)
    return made


def make_shards(url: str, files: int, kind: str) -> dict[str, Any]:
    """`files` records in parts of PART, in `kind` ("parquet" or "jsonl"): parts and bytes."""
    from linter.distributed.store import Folder
    from linter.findings import Finding

    sentence_at = [f.name for f in fields(Finding)].index("sentence")
    texts = [json.dumps(t, ensure_ascii=False) for t in templates()]
    folder = Folder(url)
    folder.reset()
    parts = 0
    for first in range(0, files, PART):
        records = []
        for i in range(first, min(first + PART, files)):
            text = texts[i % len(texts)].replace(MARK, f"{i:06d}")
            record = json.loads(text.replace(f"part{MARK[:3]}", f"part{i // 1000:03d}"))
            for finding in record["result"]["findings"]:
                own = f"{finding[sentence_at]}:{i}".encode()
                finding[sentence_at] = hashlib.blake2b(own, digest_size=8).hexdigest()
            records.append(record)
        written = folder.write_shard(parts, records, kind)
        assert written == kind, (written, kind)
        parts += 1
    size = sum(p.stat().st_size for p in (Path(url) / "shards").iterdir())
    return {"parts": parts, "shard_bytes": size}


def rss_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def report(url: str, parts: int, kind: str) -> dict[str, Any]:
    """Write the three reports from the shards at `url`, in this (fresh) process."""
    from dask_scale import reset_peak

    from linter.distributed import parquet
    from linter.distributed.audit import Run
    from linter.distributed.report import write_streamed
    from linter.distributed.store import Folder
    from linter.distributed.tasks import new_counts
    from linter.run.session import Session
    from linter.run.settings import Overrides

    session = Session(Overrides(use_cache=False))
    session.engine_for(session.config_for("."))
    out: dict[str, Any] = {"rss_mb_session": round(rss_mb("VmRSS"), 1)}
    if kind == "parquet":
        assert parquet.available()
        out["rss_mb_pyarrow"] = round(rss_mb("VmRSS"), 1)
    run = Run(Folder(url), parts, session, new_counts(), "2026-01-01T00:00:00Z")
    for suffix in (".html", ".md", ".json"):
        reset_peak()
        began, cpu = time.monotonic(), resource.getrusage(resource.RUSAGE_SELF)
        write_streamed(Path(url) / f"report{suffix}", run, file_base="")
        after = resource.getrusage(resource.RUSAGE_SELF)
        out[f"peak_rss_mb{suffix}"] = round(rss_mb("VmHWM"), 1)
        out[f"report{suffix}_cpu_s"] = round(
            after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime, 1
        )
        out[f"report{suffix}_s"] = round(time.monotonic() - began, 1)
    return out


if __name__ == "__main__":  # python bench/dask_shards.py make|report URL N KIND
    what, url, number, kind = sys.argv[1:5]
    os.chdir(Path(url).parent)  # no config above the shards: the defaults, as in the other modes
    if what == "make":
        print(json.dumps(make_shards(url, int(number), kind)))
    else:
        print(json.dumps(report(url, int(number), kind)))
