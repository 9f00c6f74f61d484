"""The distributed audit at scale: local:1 against local:2, and the client's peak memory.

    python bench/dask_scale.py throughput --files 2000     # files/s with 1 and with 2 workers
    python bench/dask_scale.py memory --sizes 200 2000 20000
    python bench/dask_scale.py reports --sizes 2000 20000   # reports from synthetic shards

Sites are generated into a temporary folder from sentence templates written for this bench
(an article: a heading and five paragraphs, about 110 words; a small page for the memory runs:
a heading and two sentences). Each file's topic, numbers and figure vary with its number, so
no sentence repeats on enough pages to be collapsed as boilerplate. Every run is without the
cache (each file is really checked). The machine's load (/proc/loadavg) is printed beside each
figure: the machine is shared, and a ratio means little without it.

Memory is the client process's peak RSS (VmHWM), measured in a fresh process per size: once
after the run (listing, checking, counting: what the client holds while the cluster works), and
then for each report `audit -o` writes (HTML, Markdown, JSON), streamed from the shards as
`audit --scheduler` writes it (linter/distributed/report.py), the peak reset before each
(/proc/self/clear_refs), so each figure is that report's own peak. `--whole` measures instead
the AuditResult built from the shards and rendered to JSON (the way before the streamed report).
The LocalCluster's scheduler runs inside the client process and is counted too; the workers are
not. `reports` measures the report alone, from shards made without a cluster (dask_shards.py),
in each shard format. `--shards jsonl` (throughput, memory) writes JSON Lines shards where the
default is Parquet wherever pyarrow is installed; the shards' format and size are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOPICS = [
    "ginger", "garlic", "green tea", "cinnamon", "beetroot", "oat bran", "kale", "lentils",
    "walnuts", "blueberries", "yoga", "cold showers", "fasting", "sauna", "tai chi", "spinach",
]  # fmt: skip
OUTCOMES = ["migraines", "blood pressure", "sleep", "joint pain", "memory", "fatigue"]
ARTICLE = (
    "# {topic} and {outcome}, note {i}\n\n"
    "Research shows that {topic} cures {outcome} in {p}% of the {n} people who tried it.\n\n"
    "A trial reported in a medical journal found that {topic} lowered {outcome} scores by {q} "
    "points over {w} weeks, although the group was small.\n\n"
    "Eating {topic} may be linked to better {outcome} ([survey {i}](https://example.org/{i})).\n\n"
    "Dr. Alvarez told us that {topic} is a miracle for {outcome} and has no side effects at "
    "all, which page {i} cannot confirm.\n\n"
    "Readers asked how much {topic} to take; note {i} suggests asking a pharmacist first, "
    "since {n} readers wrote in about it.\n"
)
SMALL = (
    "# Note {i}\n\nResearch shows that {topic} eases {outcome} for {n} readers of note {i}.\n\n"
    "Page {i} says {topic} lowered {outcome} by {p}% in week {w}.\n"
)


def generate(root: Path, files: int, template: str) -> None:
    """`files` pages in folders of 1,000."""
    for i in range(files):
        folder = root / f"part{i // 1000:03d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        text = template.format(
            i=i,
            topic=TOPICS[i % len(TOPICS)],
            outcome=OUTCOMES[(i // len(TOPICS)) % len(OUTCOMES)],
            p=10 + i % 80,
            n=20 + i % 977,
            q=2 + i % 13,
            w=4 + i % 9,
        )
        (folder / f"page{i:06d}.md").write_text(text, encoding="utf-8")


def load() -> str:
    return Path("/proc/loadavg").read_text().split(" ", 3)[:3].__str__()


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def worker_cpu_seconds() -> float:
    """User and system CPU seconds of this worker process and its children (run by client.run)."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for process in [me, *me.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def reset_peak() -> bool:
    """Start VmHWM again from the current RSS (Linux 4.0+); False where it cannot."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def process_cpu_seconds() -> float:
    """User and system CPU seconds of this process alone."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def client_run(
    site: str, workers: int, report: bool, whole: bool = False, shards: str | None = None
) -> dict[str, object]:
    """One audit in this process (run by `_client`): times, counts, peak memory."""
    from linter.distributed.audit import run_on_cluster
    from linter.distributed.report import write_streamed
    from linter.distributed.scheduler import connect
    from linter.distributed.shards import build_result
    from linter.report.audit import render_json
    from linter.run.settings import Overrides

    marks: list[float] = []

    def progress(done: int, total: int, findings: int, counts: dict[str, object]) -> None:
        marks.append(time.monotonic())

    results = tempfile.mkdtemp(prefix="healthlint-dask-results-")
    with connect(f"local:{workers}") as client:
        # The workers' CPU before the run (starting Python and Dask: the cluster is up before
        # the clock starts), taken off, so the figures are the run's own.
        workers_before = sum(client.run(worker_cpu_seconds).values())
        own_before = sum(client.run(process_cpu_seconds).values())
        started = time.monotonic()
        client_before = process_cpu_seconds()
        run = run_on_cluster(
            [site], Overrides(use_cache=False), results=results, client=client, progress=progress,
            shards=shards,
        )  # fmt: skip
        finished = time.monotonic()
        cpu = sum(client.run(worker_cpu_seconds).values()) - workers_before
        worker_own = sum(client.run(process_cpu_seconds).values()) - own_before  # no children
        client_cpu = process_cpu_seconds() - client_before  # the run's, not the start-up's
        cluster_cpu = worker_cpu_seconds() - process_cpu_seconds() - workers_before
    files = int(run.counts["audited"])
    out: dict[str, object] = {
        "files": files,
        "findings_before_boilerplate": sum(run.counts["findings"].values()),
        "seconds": round(finished - started, 1),
        "files_per_s": round(files / (finished - started), 2),
        # From the first part done to the last: the rate once every worker is warm.
        "steady_files_per_s": round(
            files * (len(marks) - 1) / len(marks) / max(marks[-1] - marks[0], 1e-9), 2
        )
        if len(marks) > 1
        else None,
        "peak_rss_mb_run": round(peak_rss_mb(), 1),
        # CPU seconds of the workers and their checking processes during the run (the checking
        # processes' start-up included, the Dask workers' own before the run not): the
        # per-worker rate that a shared machine's load does not change much.
        "worker_cpu_s": round(cpu, 1),
        # ... of which the Dask worker processes themselves (the task, its pipe to the checking
        # process, the shard's JSON, Dask's own threads), the rest being the checking processes.
        "worker_own_cpu_s": round(worker_own, 1),
        # The client process (the LocalCluster's scheduler runs in it) and the nannies: what
        # the cluster costs besides checking (the checking processes are in worker_cpu_s).
        "client_cpu_s": round(client_cpu, 1),
        "nanny_cpu_s": round(cluster_cpu - cpu, 1),
        "files_per_worker_cpu_s": round(files / cpu, 2) if cpu else None,
    }
    if report and whole:
        render_json(build_result(run.folder, run.parts, run.session))
        out["peak_rss_mb_report_whole_json"] = round(peak_rss_mb(), 1)
    elif report:
        for suffix in (".html", ".md", ".json"):
            reset_peak()
            began = time.monotonic()
            write_streamed(Path(results) / f"report{suffix}", run, file_base="")
            out[f"peak_rss_mb_report{suffix}"] = round(peak_rss_mb(), 1)
            out[f"report{suffix}_s"] = round(time.monotonic() - began, 1)
    written = list((Path(results) / "shards").iterdir())
    out["shards"] = sorted({p.suffix for p in written})
    out["shard_bytes"] = sum(p.stat().st_size for p in written)
    out["load"] = load()
    shutil.rmtree(results, ignore_errors=True)
    return out


def in_fresh_process(
    site: Path, workers: int, report: bool, whole: bool = False, shards: str | None = None
) -> dict[str, object]:
    command = [sys.executable, __file__, "_client", str(site), str(workers)]
    if shards:
        command += ["--shards", shards]
    if report:
        command.append("--report")
    if whole:
        command.append("--whole")
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--files", type=int, default=2000)
    t.add_argument("--shards", choices=["parquet", "jsonl"])
    r = sub.add_parser("reports")
    r.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    r.add_argument("--formats", nargs="+", default=["parquet", "jsonl"])
    m = sub.add_parser("memory")
    m.add_argument("--shards", choices=["parquet", "jsonl"])
    m.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 20000])
    m.add_argument("--workers", type=int, default=2)
    m.add_argument("--whole", action="store_true", help="the AuditResult, not the streamed report")
    c = sub.add_parser("_client")
    c.add_argument("site")
    c.add_argument("workers", type=int)
    c.add_argument("--report", action="store_true")
    c.add_argument("--whole", action="store_true")
    c.add_argument("--shards")
    args = parser.parse_args()
    if args.what == "_client":
        got = client_run(args.site, args.workers, args.report, args.whole, args.shards)
        print(json.dumps(got))
        return
    if args.what == "reports":
        shard_reports(args.sizes, args.formats)
        return
    with tempfile.TemporaryDirectory(prefix="healthlint-dask-site-") as folder:
        if args.what == "throughput":
            site = Path(folder) / "site"
            generate(site, args.files, ARTICLE)
            print(f"{args.files} articles of about 110 words in {site}", flush=True)
            rates = {}
            for workers in (1, 2):
                got = in_fresh_process(site, workers, report=False, shards=args.shards)
                rates[workers] = got
                print(f"local:{workers}: {json.dumps(got)}", flush=True)
            for key in ("files_per_s", "steady_files_per_s"):
                one, two = rates[1].get(key), rates[2].get(key)
                if one and two:
                    print(f"local:2 / local:1 ({key}): {float(two) / float(one):.2f}x")  # type: ignore[arg-type]
            return
        for size in args.sizes:
            site = Path(folder) / f"site{size}"
            generate(site, size, SMALL)
            got = in_fresh_process(
                site, args.workers, report=True, whole=args.whole, shards=args.shards
            )
            print(f"{size} files: {json.dumps(got)}", flush=True)


def shard_reports(sizes: list[int], kinds: list[str]) -> None:
    """Each size's shards made in each format, then its reports written, in fresh processes."""
    helper = str(Path(__file__).with_name("dask_shards.py"))

    def step(*argv: str) -> dict[str, object]:
        done = subprocess.run([sys.executable, helper, *argv], capture_output=True, text=True)
        if done.returncode:
            sys.exit(done.stderr)
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))

    for size in sizes:
        for kind in kinds:
            with tempfile.TemporaryDirectory(prefix="healthlint-dask-shards-") as folder:
                url = str(Path(folder) / "results")
                made = step("make", url, str(size), kind)
                got = step("report", url, str(made["parts"]), kind)
                line = {**made, **got, "load": load()}
                print(f"{size} files, {kind} shards: {json.dumps(line)}", flush=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
