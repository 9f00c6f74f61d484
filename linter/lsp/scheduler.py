"""When to check: debounced, one check at a time in the background, never a stale publish.

Everything here runs on the server's event loop except the check itself, which runs in one
worker thread (spaCy's pipeline is not shared between threads). A check carries the version of
the text it read; its result is published only if the document still has that version, so a
slow check of an old text never replaces the diagnostics of a newer one. Changes that arrive
while a check runs wait for it and are then checked together, once.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)

# Typing pauses shorter than this are one change: long enough to skip a check per keystroke of
# a fast typist, short enough not to be felt.
DEBOUNCE_SECONDS = 0.05

# (uri) -> (version, text, anything the check needs) of the open document, or None if closed.
Snapshot = Callable[[str], "tuple[int | None, str, Any] | None"]
Check = Callable[[str, str, Any], Any]  # (uri, text, extra) -> outcome, in the worker thread
Publish = Callable[[str, "int | None", Any], None]  # (uri, version, outcome), on the loop


class Scheduler:
    """Debounces changes per document and runs one check at a time in a worker thread."""

    def __init__(
        self,
        snapshot: Snapshot,
        check: Check,
        publish: Publish,
        delay: float = DEBOUNCE_SECONDS,
    ) -> None:
        self.snapshot = snapshot
        self.check = check
        self.publish = publish
        self.delay = delay
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="healthlint-check")
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._queue: OrderedDict[str, None] = OrderedDict()
        self._busy = False

    def changed(self, uri: str, delay: float | None = None) -> None:
        """The document changed (or was opened): check it once it has been quiet for `delay`."""
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        wait = self.delay if delay is None else delay
        self._timers[uri] = asyncio.get_running_loop().call_later(wait, self._ready, uri)

    def closed(self, uri: str) -> None:
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        self._queue.pop(uri, None)

    def submit(self, work: Callable[[], Any]) -> Future[Any]:
        """Other work that needs the pipeline (warming it up): in the same thread, in turn."""
        return self.executor.submit(work)

    def _ready(self, uri: str) -> None:
        self._timers.pop(uri, None)
        self._queue[uri] = None
        self._queue.move_to_end(uri)
        self._pump()

    def _pump(self) -> None:
        while self._queue and not self._busy:
            uri, _ = self._queue.popitem(last=False)
            snapshot = self.snapshot(uri)
            if snapshot is None:  # closed meanwhile
                continue
            version, text, extra = snapshot
            self._busy = True
            future = asyncio.get_running_loop().run_in_executor(
                self.executor, self.check, uri, text, extra
            )
            future.add_done_callback(functools.partial(self._done, uri, version, text))

    def _done(self, uri: str, version: int | None, text: str, future: asyncio.Future[Any]) -> None:
        self._busy = False
        try:
            outcome = future.result()
        except Exception:  # a bug in a check must not stop the server
            log.exception("checking %s failed", uri)
            outcome = None
        current = self.snapshot(uri)
        # Stale: the text changed while it was checked; the change queued a newer check.
        if outcome is not None and current is not None and current[:2] == (version, text):
            self.publish(uri, version, outcome)
        self._pump()

    def stop(self) -> None:
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
        self._queue.clear()
        self.executor.shutdown(wait=False, cancel_futures=True)
