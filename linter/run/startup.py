"""What a command-line run does first and last: read, then keep, what earlier runs worked out
from the bundled data and the code alone.

- Compiled regular expressions (linter/nlp/regex_cache.py): a cold check of one article compiles
  some 640 patterns (0.9 s of CPU); their programs are kept in the cache folder.
- The bundled YAML files, parsed (linter/config/yamlio.py), and the literal prefixes of the long
  patterns the one-pass matcher reads (linter/config/pattern_prefixes.py) and the strings their
  matches hold (linter/config/required_literals.py): plain JSON files beside the programs
  (linter/config/json_store.py), under digests of their inputs and code.
- The cyclic garbage collector: a short-lived command builds some million objects that live to
  its end (spaCy's vocabulary, the grammar, the parsed data); with Python's default thresholds
  the collector walks them again and again as they are made.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from linter.config import pattern_prefixes, required_literals, yamlio
from linter.config.json_store import JsonStore
from linter.nlp import regex_cache

# The youngest generation is collected after this many new objects (Python's default: 700):
# start-up allocates in the hundreds of thousands, and reference cycles are rare in what
# healthlint makes, so a larger first generation saves most collections and little memory.
GC_THRESHOLD = (50_000, 20, 20)

_stores: list[JsonStore] = []


def _cache_dir() -> Path:
    from linter.run.cache import default_cache_dir

    return default_cache_dir()


def regex_programs_file() -> Path:
    """The file of compiled programs in the cache folder, worked out on the first compilation
    (`--version` and `--help` compile nothing, and import no cache module)."""
    return regex_cache.file_in(_cache_dir())


def store_file(name: str) -> Path:
    """A JSON store's file in the cache folder, one for each kind of interpreter."""
    return _cache_dir() / "regex" / f"{name}-{sys.implementation.cache_tag}.json"


def install() -> None:
    """From now on, `re` compiles from the file what it holds, bundled YAML and pattern prefixes
    come from their stores, and the collector runs less often (once per process)."""
    regex_cache.install(regex_programs_file)
    if not _stores:
        prefixes = JsonStore(lambda: store_file("prefixes"))
        parsed = yamlio.parse_store(lambda: store_file("parsed-yaml"))
        pattern_prefixes.use_store(prefixes)
        required_literals.use_store(prefixes)  # keys of its own: one file for both readings
        yamlio.use_store(parsed)
        _stores.extend((prefixes, parsed))
        gc.set_threshold(*GC_THRESHOLD)


def save() -> None:
    """Keep what this run worked out and the files lacked (if it was worth a rewrite)."""
    regex_cache.save()
    for store in _stores:
        store.save()
