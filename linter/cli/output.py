"""What the command line writes and reads: safe lines, checked writes, a capped stdin, signals.

- Every line on stderr goes through `printable`: a file name cannot forge a line.
- A report that cannot be written is an error (exit 2), never a silently cut report; only a
  closed pipe (`| head`) is quiet.
- Standard input is read up to the same cap as a file.
- SIGTERM unwinds like Ctrl-C (temp files removed, workers stopped) and exits 143; Ctrl-C 130.
"""

from __future__ import annotations

import contextlib
import errno
import signal
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from linter.errors import HealthlintError, InputError
from linter.report.safe_text import printable, unicode_path

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C
EXIT_TERMINATED = 143  # 128 + SIGTERM


class OutputClosed(Exception):
    """The reader of standard output went away (a closed pipe): nothing more to say."""


class OutputFailed(HealthlintError):
    """Standard output could not be written (a full disk, an I/O error)."""


class Terminated(BaseException):
    """SIGTERM, raised where the program is, so that every `finally` runs."""


def _write(stream: Any, data: str | bytes) -> None:
    try:
        stream.write(data)
        stream.flush()
    except BrokenPipeError:
        raise OutputClosed from None
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise OutputClosed from None
        raise OutputFailed(None, f"cannot write the output: {exc.strerror or exc}") from None


def emit(text: str) -> None:
    """Write a report to standard output, all of it or an error."""
    _write(sys.stdout, text)


# Pieces are gathered to about this many characters before a write: one write (and flush)
# per finding would be a system call each.
_EMIT_BATCH = 1 << 16


def emit_pieces(pieces: Iterable[str]) -> None:
    """Write a report made piece by piece, as it is made: the same bytes as `emit` of their
    join, without ever holding the whole report."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= _EMIT_BATCH:
            _write(sys.stdout, "".join(batch))
            batch, size = [], 0
    if batch:
        _write(sys.stdout, "".join(batch))


def emit_bytes(data: bytes) -> None:
    _write(getattr(sys.stdout, "buffer", sys.stdout), data)


def say(line: str, err: bool = False) -> None:
    """One line (control characters escaped) on stderr or stdout."""
    text = printable(line) + "\n"
    stream = sys.stderr if err else sys.stdout
    try:
        _write(stream, text)
    except OutputFailed:
        if not err:
            raise
    except OutputClosed:
        if not err:
            raise


def say_error(error: Exception) -> None:
    """An error on stderr, one line each: a config's several errors (ConfigErrors) each on its
    own line, each line escaped."""
    from linter.errors import HealthlintError, each_error

    for each in each_error(error) if isinstance(error, HealthlintError) else [error]:
        say(str(each), err=True)


def displayable(findings: Sequence[Any]) -> list[Any]:
    """Findings whose paths encode as UTF-8 (undecodable bytes of a file name as `\\xNN`)."""
    return [
        f if unicode_path(f.path) == f.path else replace(f, path=unicode_path(f.path))
        for f in findings
    ]


def read_stdin(name: str) -> bytes:
    """Standard input, up to the cap of a file (stdin can be /dev/zero)."""
    from linter.config.safe_read import ReadRefused, read_fd_capped
    from linter.run.files import MAX_FILE_BYTES

    stream: Any = getattr(sys.stdin, "buffer", sys.stdin)
    try:
        try:
            fd = stream.fileno()
        except (OSError, ValueError, AttributeError):  # a test's stdin: bytes in memory
            data: bytes = stream.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise ReadRefused(f"larger than {MAX_FILE_BYTES} bytes") from None
            return data
        return read_fd_capped(fd, MAX_FILE_BYTES)
    except ReadRefused as exc:
        raise InputError(name, f"standard input: {exc}; skipped") from None
    except OSError as exc:
        raise InputError(name, f"cannot read standard input: {exc.strerror or exc}") from None


def terminate_on_sigterm() -> None:
    """Make SIGTERM raise Terminated in the main thread instead of ending the process at once."""

    def handler(signum: int, frame: Any) -> None:
        raise Terminated

    with contextlib.suppress(ValueError, OSError):  # not the main thread (an embedding program)
        signal.signal(signal.SIGTERM, handler)


__all__ = [
    "EXIT_INTERRUPTED",
    "EXIT_TERMINATED",
    "OutputClosed",
    "OutputFailed",
    "Terminated",
    "displayable",
    "emit",
    "emit_bytes",
    "emit_pieces",
    "read_stdin",
    "say",
    "sys",
]
