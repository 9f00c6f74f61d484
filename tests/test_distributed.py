"""`audit --scheduler`: a real Dask LocalCluster (2 worker processes) gives the single-process
audit's findings and claims, file for file; faults (a hanging file, a crashing file, a killed
worker) and an interrupted run; the same audit from memory:// and file:// URLs."""

from __future__ import annotations

import json
import os
import signal
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("fsspec")

from click.testing import CliRunner

from linter.cli import main
from linter.distributed.audit import audit_on_cluster
from linter.distributed.sandbox import FAULTS_VAR
from linter.distributed.scheduler import parse_scheduler
from linter.distributed.store import SHARDS_VAR, Folder
from linter.errors import ConfigError
from linter.run.audit import AuditResult, audit_paths
from linter.run.settings import Overrides

# A few seconds each on an idle machine; a shared machine at a load of 20 restarts the
# checking children (spaCy) slowly, and the fault test restarts four of them.
pytestmark = pytest.mark.timeout(900)

# Our own sentences. The last line of each page is the same on every page: boilerplate, which
# a run reports once (on the first page) in both ways of running.
TOPICS = ["ginger", "garlic", "green tea", "cinnamon", "beetroot", "oat bran", "kale", "lentils"]
PAGE = (
    "# Notes on {topic}\n\n"
    "Research shows that {topic} cures migraines in {n}% of people who try it.\n\n"
    "A trial reported in a medical journal found that {topic} lowered blood pressure.\n\n"
    "Eating {topic} may be linked to better sleep ([survey](https://example.org/{n})).\n\n"
    "Our miracle tonic is guaranteed to melt fat overnight.\n"
)
HTML = (
    "<html><head><title>Walking</title></head><body><h1>Walking</h1>"
    "<p>Experts say brisk walking reverses heart disease in 3 of 4 adults.</p></body></html>"
)
FAULTS = {"hang": "hang-here", "crash": "crash-here", "slow": "slow-here", "worker": "raise-here"}
NO_CACHE = Overrides(use_cache=False)


def write_site(root: Path, extra: dict[str, str] | None = None) -> None:
    for i, topic in enumerate(TOPICS):
        folder = root / ("more" if i % 3 == 2 else "")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{topic.replace(' ', '-')}.md").write_text(
            PAGE.format(topic=topic, n=20 + i), encoding="utf-8"
        )
    (root / "walking.html").write_text(HTML, encoding="utf-8")
    (root / "binary.md").write_bytes(b"\x00\x01\x02 not text")
    for name, text in (extra or {}).items():
        (root / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def here(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One folder for the module (the sandboxes of one setup are then reused across tests)."""
    root = tmp_path_factory.mktemp("distributed")
    write_site(root / "site")
    before = os.getcwd()
    os.chdir(root)
    yield root
    os.chdir(before)


@pytest.fixture(scope="module")
def client(here: Path) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    os.environ[FAULTS_VAR] = json.dumps(FAULTS)  # the workers' sandboxes inherit it
    try:
        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
            ) as cluster,
            Client(cluster) as made,
        ):
            yield made
    finally:
        os.environ.pop(FAULTS_VAR, None)


@pytest.fixture(scope="module")
def single(here: Path) -> AuditResult:
    return audit_paths(["site"], NO_CACHE)


def by_file(result: AuditResult, prefix: str = "") -> dict[str, Any]:
    """Findings and claims per file, the paths less `prefix` (a URL's scheme and root)."""
    files: dict[str, Any] = defaultdict(lambda: {"findings": [], "claims": []})
    for f in result.findings:
        files[f.path.removeprefix(prefix)]["findings"].append(
            (f.line, f.column, f.rule, f.level, f.message, f.text)
        )
    for c in result.claims:
        files[c.path.removeprefix(prefix)]["claims"].append(
            {**c.to_dict(), "path": c.path.removeprefix(prefix)}
        )
    return dict(files)


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_same_findings_and_claims_as_one_process(
    client: Any, single: AuditResult, kind: str
) -> None:
    if kind == "parquet":
        pytest.importorskip("pyarrow")
    shown: list[dict[str, Any]] = []
    result = audit_on_cluster(
        ["site"], NO_CACHE, results=f"{kind}.results", client=client, chunk=3,
        progress=lambda done, total, findings, counts: shown.append(dict(counts)), shards=kind,
    )  # fmt: skip
    assert by_file(result) == by_file(single)
    assert result.findings == single.findings  # order and messages too (boilerplate note)
    assert any("boilerplate" in f.message for f in result.findings)
    assert result.paths == single.paths
    assert [str(e) for e in result.errors] == [str(e) for e in single.errors]
    assert result.files == single.files == len(TOPICS) + 1
    assert result.fail_on == single.fail_on and result.rules.keys() == single.rules.keys()
    assert result.registry.keys() == single.registry.keys()
    assert shown[-1]["files"] == len(TOPICS) + 2 and shown[-1]["cached"] == 0
    # Each part's results stand in their own shard, in the format asked for.
    shards = sorted(Path(f"{kind}.results/shards").iterdir())
    assert [s.name for s in shards] == [f"{n:06d}.{kind}" for n in range(4)]
    folder = Folder(f"{kind}.results")
    assert all(len(list(folder.read_shard(n))) <= 3 for n in range(4))


def test_memory_and_file_urls_give_the_same_results(
    client: Any, single: AuditResult, here: Path
) -> None:
    pages = {p.relative_to(here).as_posix(): p.read_bytes() for p in here.glob("site/**/*.*")}

    def fill() -> None:  # every worker process has a memory:// of its own
        import fsspec

        fs = fsspec.filesystem("memory")
        for name, data in pages.items():
            fs.pipe_file(f"/{name}", data)

    client.run(fill)
    memory = audit_on_cluster(["memory://site"], NO_CACHE, results="mem.results", client=client)
    assert by_file(memory, "memory://") == by_file(single)
    url = f"file://{here}/site"
    local = audit_on_cluster([url], NO_CACHE, results="file.results", client=client)
    assert by_file(local, f"file://{here}/") == by_file(single)


def test_hanging_and_crashing_files_are_input_errors(client: Any, here: Path) -> None:
    write_site(here / "faulty", {"hang-here.md": "Garlic cures colds.\n", "crash-here.md": "x\n"})
    result = audit_on_cluster(
        ["faulty"], NO_CACHE, results="faulty.results", client=client, file_timeout=4
    )
    errors = {e.path: e.message for e in result.errors}
    assert "no answer in 4 s (tried twice)" in errors["faulty/hang-here.md"]
    assert "died (exit code 3) (tried twice)" in errors["faulty/crash-here.md"]
    # The other files are checked as usual.
    expected = by_file(audit_paths(["faulty"], NO_CACHE))
    assert by_file(result) == {k: v for k, v in expected.items() if "-here" not in k}
    assert result.files == len(TOPICS) + 1


def test_a_file_that_fails_only_in_the_worker_is_retried_alone(client: Any, here: Path) -> None:
    """The part task fails twice on one file (in the Dask worker, not its checking process):
    the part is split, its other files are checked one task each, and that file, failing
    twice alone too, is an input error."""
    write_site(here / "upset", {"raise-here.md": "Garlic cures colds in 9 of 10 adults.\n"})
    shown: list[dict[str, Any]] = []
    result = audit_on_cluster(
        ["upset"], NO_CACHE, results="upset.results", client=client, chunk=3,
        progress=lambda done, total, findings, counts: shown.append(dict(counts)),
    )  # fmt: skip
    errors = {e.path: e.message for e in result.errors}
    message = errors["upset/raise-here.md"]
    assert "its part failed twice (RuntimeError)" in message
    assert "the file alone failed twice (RuntimeError)" in message
    expected = by_file(audit_paths(["upset"], NO_CACHE))
    assert expected["upset/raise-here.md"]["findings"]  # checked in one process
    assert by_file(result) == {k: v for k, v in expected.items() if "raise-here" not in k}
    assert result.files == len(TOPICS) + 1  # every other page, the part's neighbours too
    assert shown[-1]["files"] == len(TOPICS) + 3
    assert sorted(int(s.stem) for s in Path("upset.results/shards").iterdir()) == list(range(4))


def test_a_worker_killed_mid_run(client: Any, here: Path) -> None:
    slow = {f"slow-here-{i}.md": f"Beetroot juice cures {i} kinds of fatigue.\n" for i in range(6)}
    write_site(here / "slow", slow)
    pids = list(client.run(os.getpid).values())
    killed: list[int] = []

    def kill_one(done: int, total: int, findings: int, counts: dict[str, Any]) -> None:
        if not killed:
            killed.append(pids[0])
            os.kill(pids[0], signal.SIGKILL)

    result = audit_on_cluster(
        ["slow"], NO_CACHE, results="slow.results", client=client, chunk=2, progress=kill_one
    )
    assert killed
    expected = audit_paths(["slow"], NO_CACHE)
    assert by_file(result) == by_file(expected)
    assert [str(e) for e in result.errors] == [str(e) for e in expected.errors]
    client.wait_for_workers(2, timeout=120)


class Interrupted(Exception):
    pass


def executing(dask_worker: Any) -> int:
    """Tasks still running in a worker (a cancelled one runs to its end)."""
    return int(dask_worker.state.executing_count)


def test_a_rerun_after_interruption_checks_only_the_rest(client: Any, here: Path) -> None:
    write_site(here / "resume")
    cache = here / "cache"
    overrides = Overrides(use_cache=True, cache_dir=cache)

    def stop(done: int, total: int, findings: int, counts: dict[str, Any]) -> None:
        raise Interrupted

    with pytest.raises(Interrupted):
        audit_on_cluster(
            ["resume"], overrides, results="resume.results", client=client, chunk=1, progress=stop
        )
    deadline = time.monotonic() + 120  # the parts already running finish on their own
    while any(client.run(executing).values()) and time.monotonic() < deadline:
        time.sleep(0.2)
    stored = len(list(cache.glob("v*/*/*.json")))
    readable = len(TOPICS) + 2  # the binary file's error is stored too
    assert 0 < stored < readable
    final: list[dict[str, Any]] = []
    result = audit_on_cluster(
        ["resume"], overrides, results="resume.results", client=client, chunk=1,
        progress=lambda done, total, findings, counts: final.append(dict(counts)),
    )  # fmt: skip
    assert final[-1]["cached"] == stored
    assert final[-1]["checked"] == readable - stored
    assert by_file(result) == by_file(audit_paths(["resume"], NO_CACHE))


def test_the_command_line_on_a_running_scheduler(
    client: Any, here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SHARDS_VAR, "jsonl")  # JSON Lines even where pyarrow is installed
    address = client.scheduler.address
    run = CliRunner().invoke(
        main, ["audit", "site", "-o", "cli.json", "--no-cache", "--scheduler", address]
    )
    assert run.exit_code == 2, run.output  # binary.md is an input error
    assert f"Audited {len(TOPICS) + 1} files" in run.output
    report = json.loads(Path("cli.json").read_text(encoding="utf-8"))
    assert report["summary"]["files"] == len(TOPICS) + 1
    assert [p.name for p in Path("cli.json.results/shards").iterdir()] == ["000000.jsonl"]
    # The report streamed from the shards is the one audit writes in one process (the date
    # aside), and so are the lines printed.
    alone = CliRunner().invoke(main, ["audit", "site", "-o", "alone.json", "--no-cache"])
    assert alone.exit_code == 2
    assert alone.output.replace("alone.json", "cli.json") in run.output
    single = json.loads(Path("alone.json").read_text(encoding="utf-8"))
    assert report["summary"].pop("date") and single["summary"].pop("date")
    assert report == single


def test_the_streamed_reports_are_the_single_process_reports(client: Any, here: Path) -> None:
    """Every format `audit -o` writes, from the shards in a streaming pass, is byte for byte
    the report of the single-process audit of the same site (same date), also with a
    baseline that leaves out some findings (and with them some claims' rules)."""
    from dataclasses import replace

    from linter.cli.audit import displayable_audit
    from linter.distributed.audit import run_on_cluster
    from linter.distributed.report import Baseline, write_streamed
    from linter.report.audit import render_json, render_markdown
    from linter.run.audit import apply_baseline, write_html
    from linter.run.baseline import load_baseline, write_baseline

    run = run_on_cluster(["site"], NO_CACHE, results="streamed.results", client=client, chunk=3)
    single = audit_paths(["site"], NO_CACHE)
    assert single.findings and single.claims and single.errors
    write_baseline(here / "half.baseline", single.findings[::2])
    known = load_baseline(here / "half.baseline")
    for name in (None, "half.baseline"):
        expected = replace(single, findings=list(single.findings), date=run.date)
        if name is not None:
            apply_baseline(expected, known, name)
            assert 0 < len(expected.findings) < len(single.findings)
        shown = displayable_audit(expected)
        baseline = Baseline(known, name) if name is not None else None
        for suffix, render in ((".json", render_json), (".md", render_markdown), (".html", None)):
            streamed = here / f"streamed{suffix}"
            written = write_streamed(streamed, run, baseline=baseline, file_base="")
            if render is None:
                (here / "single").mkdir(exist_ok=True)  # the same name: the chunks' folder
                page = here / "single" / streamed.name
                write_html(page, shown.per_file(), shown.run(None, file_base=""))
                want = page.read_text(encoding="utf-8")
            else:
                want = render(shown)
            assert streamed.read_text(encoding="utf-8") == want, (name, suffix)
            assert written.failing == expected.failing()
            assert [str(e) for e in written.errors] == [str(e) for e in expected.errors]
            assert written.warnings == expected.warnings
    assert "Date | 20" in (here / "streamed.md").read_text(encoding="utf-8")  # a real date


def test_scheduler_addresses() -> None:
    assert parse_scheduler("local:3") == (None, 3)
    assert parse_scheduler("local")[0] is None
    assert parse_scheduler("tcp://10.0.0.5:8786") == ("tcp://10.0.0.5:8786", 0)
    for bad in ("local:0", "nowhere", "local:x"):
        with pytest.raises(ConfigError):
            parse_scheduler(bad)


def test_a_local_cluster_runs_with_dask_housekeeping_made_rarer() -> None:
    """`--scheduler local:N`: the workers run without the profiler, with a 1 s event-loop tick
    and a 10 s system monitor (what an idle cluster burns drops from about 60 to 16 ms of CPU
    a second); the config reaches the worker processes, not only the client."""
    import dask

    from linter.distributed.scheduler import LOCAL_CONFIG, connect

    keys = sorted(LOCAL_CONFIG)

    def seen() -> list[Any]:
        return [dask.config.get(key) for key in keys]

    with connect("local:1") as made:
        assert list(made.run(seen).values()) == [[LOCAL_CONFIG[k] for k in keys]]
    assert dask.config.get("distributed.admin.tick.interval") != "1s"  # only inside connect
