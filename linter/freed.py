"""Memory a big file's read has freed, handed back to the system before its checks (issue 20).

The Markdown read and the registry topic of a big file make large transient objects (the text
of every block joined and folded, the lines as strings, markdown-it's tokens). Freed, glibc's
allocator keeps what it took from its heap for later: its threshold for giving a large block
its own mapping grows with every large block freed, so after the first few the rest come from
the heap, and the heap is given back only from its top. The passages and the checks' page state
that follow are mostly small objects, which Python's allocator takes in arenas mapped apart from
that heap, so most of the kept memory was not used again and stayed in the peak (on the wild
4.8 MB file 39 MB are handed back after the topic and the peak is some 9 MB lower: the rest is
what the passages would have reused). `malloc_trim` hands the free pages back; nothing read or
found changes.
Where there is no glibc (macOS, musl, Windows), there is nothing to call and nothing happens.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

# Below this much text the transients are a few MB: not worth a call (nor ctypes' import
# cost at start-up, which is paid here only on first need).
HAND_BACK_CHARS = 1_000_000


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, or None where the C library has none."""
    import ctypes

    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):  # TypeError: Windows loads no library by None
        return None
    return trim


def hand_back(chars: int) -> None:
    """After a document of `chars` characters is read: the freed heap pages given back."""
    if chars < HAND_BACK_CHARS:
        return
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
