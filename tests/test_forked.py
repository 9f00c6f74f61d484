"""One piece of work in a forked child (linter/forked.py): Ctrl-C and SIGTERM reach each process
only inside the code that cleans up after it, so that no child is left running and no child
unwinds its parent's stack."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable

import pytest

from linter import forked

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "pthread_sigmask"), reason="signals cannot be masked here"
)


def _mask() -> set[int | signal.Signals]:
    return signal.pthread_sigmask(signal.SIG_BLOCK, [])


def test_the_signal_mask_is_as_before_in_both_processes() -> None:
    before = _mask()
    mine, theirs = forked.in_two(_mask, _mask)
    assert mine == before and theirs == before and _mask() == before
    assert signal.SIGINT not in before


def test_ctrl_c_just_after_the_fork_kills_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    # The parent's Ctrl-C arrives as the fork returns, before any code of in_two runs: it must
    # be raised where the child is killed, not before (the child would read on, unwatched).
    real: Callable[[], int] = os.fork
    made: list[int] = []

    def fork() -> int:
        pid = real()
        if pid:
            made.append(pid)
            # To this thread: the only one where a command forks (forked.fork_possible), while
            # a test run may have others, which would take a signal sent to the process.
            signal.pthread_kill(threading.get_ident(), signal.SIGINT)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    try:
        with pytest.raises(KeyboardInterrupt):
            forked.in_two(lambda: time.sleep(30), lambda: time.sleep(30))
        assert len(made) == 1
        with pytest.raises(ChildProcessError):  # killed and waited for by in_two
            os.waitpid(made[0], os.WNOHANG)
    finally:
        for pid in made:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass


def test_an_interrupt_in_the_fork_leaves_nothing_held_back(monkeypatch: pytest.MonkeyPatch) -> None:
    # Raised by the fork itself (as when another thread takes the signal): the mask is restored,
    # or every later command this process starts would ignore Ctrl-C.
    before = _mask()

    def fork() -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fork", fork)
    with pytest.raises(KeyboardInterrupt):
        forked.in_two(lambda: None, lambda: None)
    assert _mask() == before
