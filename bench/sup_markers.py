"""Reading time of one paragraph of N `<sup>` reference markers, in HTML and in Markdown.

    python bench/sup_markers.py [--counts 1000 10000 100000]

Each marker is cut from the prose as it is read (linter/documents/prose.py, BlockBuilder._cut):
a cut that joined the whole paragraph made the reading quadratic in the markers. Run it with
another installation's Python to compare two versions: it imports whichever `linter` that
Python has. Prints the seconds of `parse_text` for each page (one run; the page is generated).
"""

from __future__ import annotations

import argparse
import time

from linter.documents import parse_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10_000, 100_000])
    args = parser.parse_args()
    for count in args.counts:
        body = "Zinc helps.<sup>1</sup> " * count
        for name, source in (("page.html", f"<p>{body}</p>"), ("page.md", body + "\n")):
            began = time.perf_counter()
            blocks = parse_text(name, source).blocks
            seconds = time.perf_counter() - began
            markers = sum(len(block.attachments) for block in blocks)
            print(
                f"{name:<9} {count:>7,} markers  {markers:>7,} read  {seconds:6.2f} s", flush=True
            )


if __name__ == "__main__":
    main()
