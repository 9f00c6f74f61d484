"""One piece of work in a forked child while this process does another (issue 20: a big file
checked in two processes).

The child is forked when the parent holds everything both pieces need (a whole document read,
every check's `begin` done), so it works on the same objects without their being sent; only
its result comes back, pickled through a pipe. Whatever goes wrong in the child (an exception,
a result that cannot be pickled, a kill) makes the result None, and the caller does that piece
itself: a fork can cost time, never findings. Whatever stops this side (Ctrl-C to this process
alone, SIGTERM, an error) kills the child: no process is left behind, and the exit does not
wait for work no one will read.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

First = TypeVar("First")
Second = TypeVar("Second")


def fork_possible() -> bool:
    """Whether a fork may take part of a file: not without fork (Windows), not with one
    processor, not in a worker of a pool (it has its own share of the processors), not with
    threads that a fork would not copy (the language server)."""
    if not hasattr(os, "fork"):
        return False
    import multiprocessing  # here: only a big file asks (40 ms to import)

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if (cpus or 1) < 2 or multiprocessing.parent_process() is not None:
        return False
    return threading.active_count() == 1


def in_two(here: Callable[[], First], there: Callable[[], Second]) -> tuple[First, Second | None]:
    """`here()` in this process and `there()` in a forked child, at the same time: both
    results, the child's None if it failed (or could not be forked)."""
    try:
        reader, writer = os.pipe()
    except OSError:  # out of file descriptors: no child
        return here(), None
    # Ctrl-C and SIGTERM wait until each process is inside its `try`: raised in the child
    # before it, KeyboardInterrupt would unwind the parent's stack there (writing the parent's
    # buffered output, saving its stores); in this process, it would leave the child unkilled.
    mask = _block_interrupts()
    try:
        pid = os.fork()
    except BaseException as failed:  # out of processes or memory, or an interrupt let in
        _restore(mask)  # never left held back (another thread may take a process's signal)
        os.close(reader)
        os.close(writer)
        if not isinstance(failed, OSError):
            raise
        return here(), None
    if pid == 0:  # the child: work, hand the result over, and leave at once
        code = 1
        try:
            _restore(mask)
            os.close(reader)
            with os.fdopen(writer, "wb") as out:
                pickle.dump(there(), out, protocol=pickle.HIGHEST_PROTOCOL)
            code = 0
        finally:
            os._exit(code)  # no atexit handlers, no flushing of the parent's buffers
    os.close(writer)
    given = os.fdopen(reader, "rb")
    result: Second | None = None
    done = False
    try:
        _restore(mask)
        mine = here()
        try:
            result = pickle.load(given)
        except Exception:  # a child that died mid-way leaves any broken stream
            result = None  # the caller does the child's part
        done = True
    finally:
        # Closed before waiting: a child still writing then fails at once instead of waiting
        # for a reader that never comes.
        given.close()
        if not done:
            # This side failed (Ctrl-C sent to this process alone, SIGTERM, an error): the
            # child's work is of no use, and waiting for it would hold the exit back.
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    return mine, result


_INTERRUPTS = {signal.SIGINT, signal.SIGTERM}


def _block_interrupts() -> set[int | signal.Signals] | None:
    """Hold Ctrl-C and SIGTERM back (delivered once `_restore`d); the mask before, or None
    where signals cannot be masked."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)


def _restore(mask: set[int | signal.Signals] | None) -> None:
    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def halfway(sizes: Sequence[int], least: int) -> int | None:
    """Where to cut a run of pieces of these sizes in two of about the same size (the index of
    the first piece of the second run), or None: less than `least` in all (not worth a fork),
    a single piece, or no safe fork."""
    if sum(sizes) <= least or len(sizes) < 2 or not fork_possible():
        return None
    return middle(sizes)


def middle(sizes: Sequence[int]) -> int:
    """The index of the first piece of the second half: about half the size on each side, and
    at least one piece on each side (of two or more)."""
    total = sum(sizes)
    seen = 0
    for index, size in enumerate(sizes):
        seen += size
        if seen * 2 >= total:
            return max(1, min(index + 1, len(sizes) - 1))
    return len(sizes) - 1
