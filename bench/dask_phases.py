"""Where a distributed audit's fixed cost goes: a timeline of one run's phases.

    python bench/dask_phases.py --files 2000 --workers 1 2

For each cluster size, in a fresh process, one `run_on_cluster` over the throughput bench's
site (bench/dask_scale.py's articles, without the cache), timed as dask_scale.py times it
(the cluster is up before the clock starts), with Dask's task stream: the seconds from the
start of the run to the client's own checks (Session, its engine), the first task submitted,
the listing task (its checking process's start-up, then the walk), each worker's warm task
(its checking process's start-up: imports and the pipeline), the first and last part, the run's
end on the client, and the client process's CPU seconds (the LocalCluster's scheduler runs in
it) until the first part was done and until the last. Seconds are wall clock on one machine (worker and client clocks are
the same clock). The machine's load is printed beside each timeline.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dask_scale import ARTICLE, generate, load


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timeline(site: str, workers: int) -> dict[str, Any]:
    """One run's phases, in seconds from the start of the run (in this process)."""
    import linter.distributed.audit as audit
    from linter.distributed.scheduler import connect
    from linter.run.settings import Overrides

    marks: dict[str, float] = {}
    original_run = audit._run

    def timed_run(*args: Any, **kwargs: Any) -> int:
        marks["client_ready"] = time.time()  # Session, engine, results folder: done
        return int(original_run(*args, **kwargs))

    audit._run = timed_run  # type: ignore[assignment]
    parts: list[float] = []
    client_cpu: list[float] = []  # this process's CPU seconds (the LocalCluster's scheduler too)
    results = tempfile.mkdtemp(prefix="healthlint-dask-phases-")
    with connect(f"local:{workers}") as client:
        client.run(lambda: None)
        from distributed import get_task_stream

        with get_task_stream(client) as stream:
            began, cpu_before = time.time(), cpu()
            audit.run_on_cluster(
                [site], Overrides(use_cache=False), results=results, client=client,
                progress=lambda *_: (parts.append(time.time()), client_cpu.append(cpu())),
            )  # fmt: skip
            ended = time.time()
        tasks = stream.data
    out: dict[str, Any] = {"workers": workers, "client_ready": marks["client_ready"] - began}
    by_kind: dict[str, list[tuple[float, float, str]]] = {}
    for task in tasks:
        kind = task["key"].split("-")[1]
        compute = [s for s in task["startstops"] if s["action"] == "compute"]
        if compute:
            span = (compute[0]["start"] - began, compute[-1]["stop"] - began, task["worker"])
            by_kind.setdefault(kind, []).append(span)
    for kind, spans in sorted(by_kind.items()):
        spans.sort()
        out[kind] = {
            "tasks": len(spans),
            "first_start": round(spans[0][0], 2),
            "last_stop": round(max(s[1] for s in spans), 2),
            "busy_s": round(sum(s[1] - s[0] for s in spans), 2),
        }
        shown = spans if kind in ("list", "warm") else spans[:3] + spans[-3:]
        out[kind]["spans"] = [(round(a, 2), round(b, 2)) for a, b, _ in shown]
    part_spans = sorted(by_kind.get("part", []), key=lambda s: s[1])
    if part_spans:  # the tail: how long the last part ran with the other workers idle
        last_by_worker = {}
        for _, stop, worker in part_spans:
            last_by_worker[worker] = stop
        stops = sorted(last_by_worker.values())
        out["tail_s"] = round(stops[-1] - stops[0], 2)
    out["first_part_done"] = round(parts[0] - began, 2) if parts else None
    out["last_part_done"] = round(parts[-1] - began, 2) if parts else None
    out["end"] = round(ended - began, 2)
    if client_cpu:  # the client's CPU seconds until the first part was done, and the last
        out["client_cpu_s_first_part"] = round(client_cpu[0] - cpu_before, 2)
        out["client_cpu_s_end"] = round(client_cpu[-1] - cpu_before, 2)
    out["client_ready"] = round(out["client_ready"], 2)
    out["load"] = load()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # site, workers: in-process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(timeline(args.one[0], int(args.one[1]))))
        return
    with tempfile.TemporaryDirectory(prefix="healthlint-dask-site-") as folder:
        site = Path(folder) / "site"
        generate(site, args.files, ARTICLE)
        for workers in args.workers:
            command = [sys.executable, __file__, "--one", str(site), str(workers)]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            print(f"local:{workers}: {done.stdout.strip().splitlines()[-1]}", flush=True)


if __name__ == "__main__":
    main()
