"""Speed and memory of `healthlint check`, side by side with proselint, on corpora it writes.

    python bench/perf.py                       # everything (about half an hour on 2 cores)
    python bench/perf.py --quick               # a 200-file site and 3 runs: a few minutes
    python bench/perf.py --only article,big    # a subset: article big site shared cold strength
                                               # wild linear

Corpora (bench/out/perf-corpus, git-ignored; the same bytes on every machine, seeded):
one 6 kB article, one 1.2 MB Markdown file, and a site of 2,000 articles (about 2M words),
written by bench/corpus.py; plus ../shared/data when present (the real article and the
annotated article passages, and real pages of ../shared/data/wild one after another: a 1.2 MB
file beside proselint, and 0.3, 1.2 and 4.8 MB files to see that the cost stays linear). Every figure is the median of --runs runs after a warm-up, each a
new process as a user would start it; proselint runs on the same files, interleaved with
healthlint so that the load of the machine falls on both alike. Peak memory is the child's
maximum resident set (os.wait4; with a pool of workers, the largest process, not the sum).

Writes a Markdown report to stdout and bench/out/perf.md. Install the tool as users get it
(non-editable) to measure it: python -m venv v && v/bin/pip install . proselint
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from common import REPO, healthlint_command
from corpus import article, big_file, build_site, sentence, words

OUT = REPO / "bench" / "out"
CORPUS = OUT / "perf-corpus"
SHARED = Path(os.environ.get("HEALTHLINT_DATA", REPO.parent / "shared" / "data"))
SECTIONS = ("article", "big", "site", "shared", "cold", "strength", "wild", "linear")
WILD_SIZES = {"0.3 MB": 300_000, "1.2 MB": 1_200_000, "4.8 MB": 4_800_000}


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    code: int


@dataclass
class Measure:
    label: str
    runs: list[Run] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def rss(self) -> float:
        return max(r.rss_mb for r in self.runs)

    def spread(self) -> str:
        walls = [r.wall for r in self.runs]
        return f"{min(walls):.2f}–{max(walls):.2f}"


def run_once(
    cmd: list[str],
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    keep: Path | None = None,
) -> Run:
    """One child process: wall time, its CPU time and peak RSS (from wait4, so only its own).
    With `keep`, its standard output alone is written there, to compare reports."""
    with (
        keep.open("w+b") if keep else tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as given,
    ):
        if stdin is not None:
            given.write(stdin.encode("utf-8"))
            given.seek(0)
        errors = subprocess.DEVNULL if keep else subprocess.STDOUT
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=given, stdout=out, stderr=errors, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            out.seek(0)
            tail = out.read().decode("utf-8", "replace")[-2000:]
            sys.exit(f"{' '.join(cmd[:4])} ... failed ({proc.returncode}):\n{tail}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


def interleaved(
    commands: dict[str, Callable[[], Run]], runs: int, warm_up: bool = True
) -> list[Measure]:
    """Run each command `runs` times, taking turns, after one warm-up run of each."""
    if warm_up:
        for command in commands.values():
            command()
    measures = {label: Measure(label) for label in commands}
    for _ in range(runs):
        for label, command in commands.items():
            measures[label].runs.append(command())
    return list(measures.values())


def proselint_command() -> list[str] | None:
    """`proselint check` (0.16 and later) or plain `proselint` (earlier), if installed."""
    exe = Path(sys.executable).with_name("proselint")
    found = str(exe) if exe.exists() else shutil.which("proselint")
    if not found:
        return None
    usage = subprocess.run([found, "--help"], capture_output=True, text=True, check=False).stdout
    return [found, "check"] if "check" in usage else [found]


def tool_version(cmd: list[str]) -> str:
    proc = subprocess.run([*cmd, "--version"], capture_output=True, text=True, check=False)
    if proc.returncode != 0:  # proselint 0.16: a `version` command
        proc = subprocess.run([*cmd, "version"], capture_output=True, text=True, check=False)
    return (
        (proc.stdout + proc.stderr).strip().splitlines()[-1] if proc.stdout + proc.stderr else "?"
    )


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.healthlint = healthlint_command()
        self.proselint = proselint_command()
        self.cache_root = Path(tempfile.mkdtemp(prefix="healthlint-perf-cache-"))
        self.env = {**os.environ, "HEALTHLINT_CACHE_DIR": str(self.cache_root / "default")}
        self.rows: list[list[str]] = []
        self.extra: list[str] = []

    def check(self, paths: list[Path], *options: str) -> Callable[[], Run]:
        cmd = [*self.healthlint, "check", "--fail-on", "never", "--no-cache", *options]
        cmd += [str(p) for p in paths]
        return lambda: run_once(cmd, env=self.env)

    def compare(self, name: str, paths: list[Path], runs: int, jobs: tuple[str, ...] = ()) -> None:
        """healthlint (default jobs, and each of `jobs`) against proselint on the same files."""
        files = [f for p in paths for f in (sorted(p.rglob("*.md")) if p.is_dir() else [p])]
        count = sum(words(f.read_text(encoding="utf-8")) for f in files)
        commands = {f"healthlint --jobs {j}": self.check(paths, "--jobs", j) for j in jobs}
        if not jobs:
            commands["healthlint"] = self.check(paths)
        if self.proselint:
            cmd = [*self.proselint, *map(str, paths)]
            commands["proselint"] = lambda: run_once(cmd)
        if len(files) > 50:  # a cheap warm-up: the files into the page cache, each tool once
            for f in files:
                f.read_bytes()
            warm = {"h": self.check(files[:1])}
            if self.proselint:
                warm["p"] = lambda: run_once([*self.proselint, str(files[0])])
            interleaved(warm, 0)
        measures = interleaved(commands, runs, warm_up=len(files) <= 50)
        proselint = next((m for m in measures if m.label == "proselint"), None)
        for m in measures:
            ratio = (
                f"{proselint.wall / m.wall:.2f}x (CPU {proselint.cpu / m.cpu:.2f}x)"
                if proselint and m is not proselint
                else ""
            )
            self.rows.append(
                [
                    name,
                    f"{len(files):,}",
                    f"{count:,}",
                    m.label,
                    f"{m.wall:.2f}",
                    m.spread(),
                    f"{count / m.wall:,.0f}",
                    f"{m.cpu:.2f}",
                    f"{m.rss:.0f}",
                    ratio,
                ]
            )
        print(
            f"  {name}: " + ", ".join(f"{m.label} {m.wall:.2f} s" for m in measures),
            file=sys.stderr,
        )
        if jobs:
            by = {m.label: m for m in measures}
            one, two = by.get("healthlint --jobs 1"), by.get("healthlint --jobs 2")
            if one and two:
                self.extra.append(
                    f"- {name}: --jobs 2 is {one.wall / two.wall:.2f}x as fast as --jobs 1 "
                    f"({two.wall:.2f} s against {one.wall:.2f} s; CPU {two.cpu:.2f} against "
                    f"{one.cpu:.2f} s)."
                )

    def linear(self, files: dict[str, Path], runs: int) -> None:
        """CPU per word over files of growing size: linear if it stays flat."""
        for name, path in files.items():
            count = words(path.read_text(encoding="utf-8"))
            (m,) = interleaved({name: self.check([path], "--jobs", "1")}, runs, warm_up=False)
            self.extra.append(
                f"- linear, wild {name} ({count:,} words): CPU {m.cpu:.2f} s (median of "
                f"{len(m.runs)}), {m.cpu / count * 1e6:.1f} us a word, peak RSS {m.rss:.0f} MB."
            )
            print(f"  linear {name}: CPU {m.cpu:.2f} s", file=sys.stderr)

    def cache(self, name: str, paths: list[Path], runs: int) -> None:
        """First run (an empty cache) against the second (every file a hit)."""
        first, second = Measure("first run, empty cache"), Measure("second run, all hits")
        for i in range(runs + 1):
            folder = self.cache_root / f"run-{i}"
            cmd = [*self.healthlint, "check", "--fail-on", "never", "--cache-dir", str(folder)]
            cmd += [str(p) for p in paths]
            a, b = run_once(cmd, env=self.env), run_once(cmd, env=self.env)
            if i:  # the first pair is the warm-up
                first.runs.append(a)
                second.runs.append(b)
            shutil.rmtree(folder, ignore_errors=True)
        self.extra.append(
            f"- {name}, cache: first run {first.wall:.2f} s, second run {second.wall:.2f} s "
            f"({first.wall / second.wall:.0f}x; peak RSS {first.rss:.0f} and {second.rss:.0f} MB)."
        )
        print(f"  cache: {first.wall:.2f} s then {second.wall:.2f} s", file=sys.stderr)

    def cold(self, article: Path, runs: int) -> None:
        commands = {
            "healthlint --version": lambda: run_once([*self.healthlint, "--version"]),
            "healthlint check (6 kB, cold)": self.check([article], "--jobs", "1"),
        }
        for m in interleaved(commands, runs):
            self.extra.append(
                f"- {m.label}: median {m.wall:.3f} s (min–max {m.spread()} s, CPU {m.cpu:.3f} s, "
                f"peak RSS {m.rss:.0f} MB, {len(m.runs)} runs)."
            )

    def strength(self, runs: int) -> None:
        """Sentences a second: the whole process, and net of start-up (an empty input)."""
        source = SHARED / "claim-strength" / "press-release-sentences.csv"
        if source.is_file():
            with source.open(encoding="utf-8", newline="") as handle:
                sentences = [row["sentence"].replace("\n", " ") for row in csv.DictReader(handle)]
            origin = f"{source.relative_to(SHARED.parent)}"
        else:
            rng = random.Random(3)
            sentences = [sentence(rng, "green tea", "asthma") for _ in range(2000)]
            origin = "bench/corpus.py sentences"
        # Ten times over (20,760 lines from the shared set): the whole-run target is
        # for thousands of sentences, where start-up is a small part. bench/strength.py also
        # times distinct sentences.
        sentences = sentences * 10
        text = "".join(s + "\n" for s in sentences)
        cmd = [*self.healthlint, "strength"]
        empty, full = interleaved(
            {"empty": lambda: run_once(cmd, ""), "full": lambda: run_once(cmd, text)}, runs
        )
        net = max(full.wall - empty.wall, 1e-9)
        self.extra.append(
            f"- healthlint strength, {len(sentences):,} lines ({origin} ten times): "
            f"{len(sentences) / full.wall:,.0f} sentences/s for the whole process "
            f"({full.wall:.2f} s), {len(sentences) / net:,.0f} sentences/s net of start-up "
            f"({empty.wall:.2f} s with no input)."
        )

    def report(self) -> str:
        head = [
            "corpus",
            "files",
            "words",
            "tool",
            "wall s (median)",
            "min–max s",
            "words/s",
            "CPU s",
            "peak RSS MB",
            "proselint ÷ this (wall; CPU)",
        ]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines) + "\n\n" + "\n".join(self.extra) + "\n"


def corpora(quick: bool) -> dict[str, list[Path]]:
    """Write (or reuse) the corpora; the real data too when ../shared/data is there."""
    CORPUS.mkdir(parents=True, exist_ok=True)
    found: dict[str, list[Path]] = {}
    one = CORPUS / "article-6kB.md"
    _write(one, article(random.Random(6), 6_000))
    found["article"] = [one]
    big = CORPUS / "big-1.2MB.md"
    _write(big, big_file(12, 1_200_000))
    found["big"] = [big]
    site = CORPUS / ("site-200" if quick else "site-2000")
    build_site(site, 200 if quick else 2_000, seed=2000, article_bytes=5_600)
    found["site"] = [site]
    if SHARED.is_dir():
        shared = CORPUS / "shared"
        real = SHARED / "000_a583bcba3e40887b.txt"
        texts = [real] if real.is_file() else []
        texts += sorted(p for p in (SHARED / "articles").glob("[0-9]*.md"))
        for path in texts:
            _write(shared / (path.stem + ".md"), path.read_text(encoding="utf-8"))
        if texts:
            found["shared"] = [shared]
        for name, size in WILD_SIZES.items():
            text = wild_file(size)
            if text is not None:
                path = CORPUS / f"wild-{name.replace(' ', '')}.md"
                _write(path, text)
                found[f"wild {name}"] = [path]
    return found


WILD_CORPORA = ("healthline", "mskcc-patient-ed", "va-health", "vpa-supplement-blog")


def wild_file(target_bytes: int) -> str | None:
    """Real Markdown pages of ../shared/data/wild one after another, the four sites taking
    turns (each in path order), whole files until `target_bytes`: the same bytes every time.
    The few files that are not UTF-8 are left out (decoded apart, they would change how the
    whole concatenation decodes)."""
    root = SHARED / "wild"
    queues = [sorted((root / name).rglob("*.md")) for name in WILD_CORPORA]
    if not all(queues):
        return None
    parts: list[str] = []
    size = 0
    while size < target_bytes and any(queues):
        for queue in queues:
            if queue and size < target_bytes:
                try:
                    text = queue.pop(0).read_bytes().decode("utf-8")
                except UnicodeDecodeError:
                    continue
                parts.append(text)
                size += len(text.encode("utf-8")) + 1
    return "\n".join(parts)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each command")
    parser.add_argument(
        "--site-runs", type=int, default=None, help="runs for the site (default: --runs)"
    )
    parser.add_argument("--quick", action="store_true", help="a 200-file site and 3 runs")
    args = parser.parse_args()
    runs = 3 if args.quick and args.runs == 5 else args.runs
    site_runs = args.site_runs or runs
    wanted = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = wanted - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section {sorted(unknown)[0]!r} (sections: {', '.join(SECTIONS)})")
    bench = Bench(args)
    found = corpora(args.quick)
    started, load = time.strftime("%Y-%m-%d %H:%M"), os.getloadavg()[0]
    try:
        if "article" in wanted:
            bench.compare("6 kB article", found["article"], runs)
        if "big" in wanted:
            bench.compare("1.2 MB file", found["big"], runs, jobs=("1", "2"))
        if "site" in wanted:
            name = "site (200 files)" if args.quick else "site (2,000 files)"
            bench.compare(name, found["site"], site_runs, jobs=("1", "2"))
            bench.cache(name, found["site"], site_runs)
        if "shared" in wanted and "shared" in found:
            bench.compare("shared/data articles", found["shared"], runs)
        if "wild" in wanted and "wild 1.2 MB" in found:
            bench.compare("wild pages, 1.2 MB file", found["wild 1.2 MB"], runs)
        if "linear" in wanted and "wild 0.3 MB" in found:
            sizes = {name: found[f"wild {name}"][0] for name in WILD_SIZES}
            bench.linear(sizes, runs)
        if "cold" in wanted:
            bench.cold(found["article"][0], max(runs, 7))
        if "strength" in wanted:
            bench.strength(runs)
    finally:
        shutil.rmtree(bench.cache_root, ignore_errors=True)
    machine = (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; {tool_version(bench.healthlint)}; "
        + (tool_version(bench.proselint[:1]) if bench.proselint else "proselint not installed")
    )
    text = (
        f"Measured {started} on {machine}. Load average {load:.2f} at the start and "
        f"{os.getloadavg()[0]:.2f} at the end (other work on the machine slows every figure).\n"
        f"Median of {runs} runs ({site_runs} for the site) after a warm-up, each a new process; "
        "healthlint with --no-cache unless stated.\n\n" + bench.report()
    )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "perf.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
