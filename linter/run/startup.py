"""What a command-line run does first and last: read, then keep, the compiled regular expressions.

See linter/nlp/regex_cache.py: a cold check of one article compiles some 640 patterns (0.9 s of
CPU); their programs are kept in the cache folder and read back by the next run.
"""

from __future__ import annotations

from pathlib import Path

from linter.nlp import regex_cache


def regex_programs_file() -> Path:
    """The file of compiled programs in the cache folder, worked out on the first compilation
    (`--version` and `--help` compile nothing, and import no cache module)."""
    from linter.run.cache import default_cache_dir

    return regex_cache.file_in(default_cache_dir())


def install() -> None:
    """From now on, `re` compiles from the file what it holds (once per process)."""
    regex_cache.install(regex_programs_file)


def save() -> None:
    """Keep what this run compiled and the file lacked (if it was worth a rewrite)."""
    regex_cache.save()
