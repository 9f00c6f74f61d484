"""Fuzz healthlint for a bounded time: random Markdown, HTML, text and bytes; no exception,
exact offsets. Not run in CI.

    python bench/fuzz.py --seconds 600 --mode reader      # the readers only: fast, many runs
    python bench/fuzz.py --seconds 600 --mode check       # the whole pipeline and the rules

Every failing input is written to bench/out/fuzz-failures/ to be turned into a test.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from linter import lint_text
from linter.documents import read_document
from linter.documents.normalise import CONFUSABLE
from linter.engine import Engine
from linter.errors import InputError

PIECES = [
    "cures", "miracle", "Research shows", "a study published in The Lancet found", "80%", "HSCT",
    "lupus", "not", "may", "[1]", "(Smith et al., 2020)", "doi:10.1000/x", "é", "—", "“", "”",
    "*", "_", "**", "`", "```", "#", "> ", "- ", "1. ", "|", "[", "]", "(", ")", "<", ">", "&amp;",
    "&#x", "\\", "![", "<!-- ", " -->", "<sup>1</sup>", "---", "<br>", "^1", "[^1]", "[^1]: ref",
    "<p>", "</p>", "<li>", "<a href='x'>", "</a>", "<script>", "</script>", "<td>", "\t", "\r\n",
    "\n", "\n\n", "    ", "<!-- healthlint-disable-next-line overstatement -->", "http://x.y/z",
    "\u00ad", "&shy;", "\u200b", "\u200d", "\ufeff", "mir\u0430cle", "\u0441ures", "\u2028", "\x1b[31m",
]  # fmt: skip
EXTENSIONS = (".md", ".html", ".txt")
OUT = Path(__file__).resolve().parent / "out" / "fuzz-failures"


def sample(rng: random.Random) -> bytes:
    if rng.random() < 0.05:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 200)))
    text = "".join(
        rng.choice(PIECES) if rng.random() < 0.7 else chr(rng.randint(1, 0x2FFF))
        for _ in range(rng.randint(0, 80))
    )
    return text.encode(rng.choice(["utf-8", "utf-8", "utf-16", "latin-1"]), errors="ignore")


def check_offsets(source: str, path: str, engine: Engine) -> None:
    starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
    for f in lint_text(source, path, engine=engine):
        start = starts[f.line - 1] + f.column - 1
        end = starts[f.end_line - 1] + f.end_column - 1
        if source[start:end] != f.text:
            raise AssertionError(
                f"finding text {f.text!r} is not the source at {f.line}:{f.column}"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--mode", choices=("reader", "check"), default="reader")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    engine = Engine() if args.mode == "check" else None
    runs = failures = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        for _ in range(100):
            data, ext = sample(rng), rng.choice(EXTENSIONS)
            try:
                document = read_document(f"fuzz{ext}", data)
                for block in document.blocks:
                    for i, char in enumerate(block.text):
                        origin = document.source[block.offsets[i]]
                        if char == origin or char.isspace() or not origin.strip():
                            continue
                        if CONFUSABLE.get(origin) == char:  # a look-alike read as its letter
                            continue
                        if origin not in "&\\" and char != origin:
                            raise AssertionError(f"offset of {char!r} points at {origin!r}")
                if engine is not None:
                    check_offsets(document.source, f"fuzz{ext}", engine)
            except InputError:
                pass  # binary input: refused, as it should be
            except Exception:
                failures += 1
                OUT.mkdir(parents=True, exist_ok=True)
                (OUT / f"failure-{failures}{ext}").write_bytes(data)
                traceback.print_exc()
            runs += 1
    print(f"{args.mode}: {runs} executions in {args.seconds:.0f} s, {failures} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
