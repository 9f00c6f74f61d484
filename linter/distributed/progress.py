"""How a distributed audit shows its progress: a callback, and the line a terminal gets."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

# Called as parts finish: (files done, files listed (0 while the listing runs), findings so
# far, the counts so far).
ClusterProgress = Callable[[int, int, int, dict[str, Any]], None]


class TerminalProgress:
    """One line on stderr, redrawn: files done of listed, findings so far, files a second."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int, findings: int, counts: dict[str, Any]) -> None:
        rate = done / max(time.monotonic() - self.started, 1e-6)
        cached = f", {counts['cached']} from the cache" if counts["cached"] else ""
        listed = f"{total}" if total else "…"  # 0: the listing is not done yet
        line = f"Auditing: {done}/{listed} files, {findings} findings, {rate:.1f} files/s{cached}"
        sys.stderr.write(f"\r{line}\033[K")
        sys.stderr.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()
