"""Where a cold `healthlint check` spends its time: each step alone, in a new process each run.

    python bench/startup_parts.py [--runs 7]

Steps: the interpreter, `import linter.cli`, `import spacy` alone, `import spacy` after
linter.cli (which stands in for spacy.cli: typer, weasel, httpx, rich, see
linter/nlp/spacy_import.py), the bundled registry, the pipeline (alone it compiles every regular
expression; after linter.cli they come from the file of compiled programs that a first check
wrote, see linter/nlp/regex_cache.py), and one cold check. Medians of wall
and CPU time. Runs from an empty folder with the checkout on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from common import REPO, healthlint_command

STANDINS = "import linter.cli; "
ARTICLE = REPO / "bench" / "out" / "perf-corpus" / "article-6kB.md"
STEPS = {
    "python -c pass": "pass",
    "import linter.cli": "import linter.cli",
    "import spacy": "import spacy",
    "import spacy after linter.cli (spacy.cli deferred)": STANDINS + "import spacy",
    "import linter.run.session (spacy via linter.checks)": "import linter.run.session",
    "default_registry()": "from linter.registry.entries import default_registry; default_registry()",
    "build_nlp()": "from linter.nlp.pipeline import build_nlp; build_nlp()",
    "build_nlp() after linter.cli": STANDINS
    + "from linter.nlp.pipeline import build_nlp; build_nlp()",
}


def measure(cmd: list[str], runs: int, cwd: str, ok: tuple[int, ...]) -> tuple[float, float]:
    walls, cpus = [], []
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for i in range(runs + 1):
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) not in ok:
            sys.exit(f"{cmd} failed: {proc.stderr.read().decode()[-1500:] if proc.stderr else ''}")
        if i:  # the first run warms the disk cache
            walls.append(time.perf_counter() - start)
            cpus.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    rows = [(label, [sys.executable, "-c", code]) for label, code in STEPS.items()]
    if ARTICLE.is_file():  # written by bench/perf.py
        check = [*healthlint_command(), "check", "--no-cache", "--jobs", "1", str(ARTICLE)]
        rows.append(("healthlint check, 6 kB article", check))
    empty = tempfile.mkdtemp(prefix="healthlint-startup-")  # no stray module on sys.path[0]
    if ARTICLE.is_file():
        # One check first, as a writer's first commit would: it writes the compiled regular
        # expressions that `import linter.cli` makes every later run read (linter/nlp/regex_cache.py).
        first = [*healthlint_command(), "check", "--no-cache", "--jobs", "1", str(ARTICLE)]
        subprocess.run(first, cwd=empty, capture_output=True, check=False)
    print("| step (each a new process) | wall s | CPU s |\n|---|---|---|")
    for label, cmd in rows:
        # A check exits 1 when it finds something; a step of Python code must exit 0.
        wall, cpu = measure(
            cmd, args.runs, empty, (0, 1) if label.startswith("healthlint") else (0,)
        )
        print(f"| {label} | {wall:.3f} | {cpu:.3f} |")
    print(f"\nMedians of {args.runs} runs; load average {os.getloadavg()[0]:.2f}.")


if __name__ == "__main__":
    main()
