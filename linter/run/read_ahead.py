"""A big file's Markdown read in a forked child while this process builds its pipeline (issue 20).

The first file a process checks waits for spaCy's import and the pipeline (about 0.7 s), and a
1.2 MB file's Markdown read and prose blocks cost about as much again; neither needs the other.
With two processes allowed (`--jobs 2`, or `--jobs 0` with two idle CPUs), a file of more than
`READ_AHEAD_BYTES` is read (`read_document`, then `prose_blocks`) in a forked child while this
process builds the engine; the child sends the document and its blocks back pickled (some
60 ms both ways for 1.2 MB). The reading is a function of the bytes alone, so what comes back
is what this process would have read; if the child fails (a file that does not read raises in
it, or the fork is refused), this process reads the file itself, and any error is raised here
as before. `--jobs 1` never forks, nor does a file checked with the pipeline already built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from linter.documents import read_document
from linter.documents.model import Block, Document
from linter.documents.prose_blocks import prose_blocks
from linter.forked import fork_possible, in_two

Built = TypeVar("Built")

# As the reader's split (linter/nlp/reader.py SPLIT_AFTER_CHARS, not imported: that loads
# spaCy): below this, a fork costs more than the overlap saves.
READ_AHEAD_BYTES = 300_000

Read = tuple[Document, list[Block]]


def read_file(path: str, data: bytes, fmt: str | None) -> Read:
    """The document and its prose blocks (what `Engine.lint` reads first)."""
    document = read_document(path, data, fmt)
    return document, prose_blocks(document.blocks, document.source)


def built_and_read(
    build: Callable[[], Built], ready: bool, path: str, data: bytes, processes: int, fmt: str | None
) -> tuple[Built, Read | None]:
    """`build()`, and the file read in a forked child at the same time where that pays (not
    `ready` yet, two processes allowed, a big file): the read, or None for the caller to read."""
    if ready or processes < 2 or len(data) <= READ_AHEAD_BYTES or not fork_possible():
        return build(), None
    return in_two(build, lambda: read_file(path, data, fmt))
