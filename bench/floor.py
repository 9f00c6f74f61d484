"""The least time any spaCy-based check of the 1.2 MB file can take, against proselint's.

    python bench/floor.py [--runs 5]

Times, in one process, the steps every healthlint check of the file must take before a single
rule runs: importing spaCy and the linter, building the pipeline, reading the Markdown
(markdown-it-py), and spaCy's tokenizer over the prose (no component, no check). Then the
whole check, and proselint on the same file in a new process. Issue #6 asks for 3x faster
than proselint: the sum of the fixed steps against a third of proselint's time shows whether
any tuning of our own code could get there. Medians of --runs runs (the steps: each in a new
process, so that imports are cold).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

from common import REPO
from perf import CORPUS, proselint_command

BIG = CORPUS / "big-1.2MB.md"
STEPS = r"""
import json, sys, time
t0 = time.perf_counter()
import linter.cli  # as the healthlint command starts: spaCy's own CLI stood in (spacy_import)
import spacy
from linter.documents import read_document
from linter.engine import Engine, prose_blocks
t1 = time.perf_counter()
engine = Engine()
t2 = time.perf_counter()
document = read_document(sys.argv[1], open(sys.argv[1], "rb").read())
t3 = time.perf_counter()
for block in prose_blocks(document.blocks, document.source):
    engine.reader.nlp.make_doc(block.text)
t4 = time.perf_counter()
findings = engine.lint(read_document(sys.argv[1], open(sys.argv[1], "rb").read()))
t5 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, len(findings)]))
"""
LABELS = (
    "import spaCy and the linter",
    "build the pipeline and rules",
    "read the file (Markdown)",
    "spaCy's tokenizer over the prose",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not BIG.is_file():
        sys.exit(f"{BIG} is missing: run python bench/perf.py --only big first")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", STEPS, str(BIG)], env=env, capture_output=True, text=True
        )
        if out.returncode != 0:
            sys.exit(out.stderr[-2000:])
        runs.append(json.loads(out.stdout))
    steps = [statistics.median(r[i] for r in runs) for i in range(5)]
    print(f"| step, 1.2 MB file ({int(runs[0][5]):,} findings) | median s |\n|---|---|")
    for label, seconds in zip(LABELS, steps, strict=False):
        print(f"| {label} | {seconds:.2f} |")
    print(f"| **fixed steps, before any rule** | **{sum(steps[:4]):.2f}** |")
    print(f"| the whole check (components and rules) | {steps[4]:.2f} |")
    proselint = proselint_command()
    if proselint:
        walls = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run([*proselint, str(BIG)], capture_output=True, check=False)
            walls.append(time.perf_counter() - start)
        wall = statistics.median(walls)
        print(f"| proselint, whole process | {wall:.2f} |")
        print(f"| a third of proselint (the 3x target) | {wall / 3:.2f} |")
    print(f"\nMedians of {args.runs} runs; load average {os.getloadavg()[0]:.2f}.")


if __name__ == "__main__":
    main()
